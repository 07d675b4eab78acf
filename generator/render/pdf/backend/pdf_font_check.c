/*
 * The TrueType validator (see pdf_font_check.h). It follows what libharu
 * 2.3's hpdf_fontdef_tt.c reads, table by table, and what clspd reads
 * through it (pdf_font.c: advances, the parts of composite glyphs; the
 * PDF/A descriptor: CapHeight from the glyph of 'H'), and refuses any
 * font where one of those reads would leave its table, divide by zero,
 * index past an array libharu allocated, or loop without end. Fonts that
 * pass are loaded exactly as before: a valid font's PDF is unchanged.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../../util/alloc.h"
#include "../../../util/buf.h"
#include "../../../util/fs.h"
#include "../../../util/i18n.h"
#include "pdf_font_check.h"

/* Tables libharu reads and clspd requires, in the directory. */
enum table {
	T_HEAD, T_HHEA, T_HMTX, T_MAXP, T_LOCA, T_GLYF, T_CMAP, T_NAME,
	T_POST, T_OS2, T__MAX
};

static const char *const table_tags[T__MAX] = {
	"head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap", "name",
	"post", "OS/2"
};

#define MAX_TABLES	64	/* in the directory: ample for a TrueType */
#define MAX_DEPTH	16	/* composite glyphs inside composites */
#define MAX_NAMES	119	/* libharu: PostScript and style names */

struct span {
	const unsigned char	*p;
	size_t			 len;
};

struct font {
	struct span	 t[T__MAX];
	unsigned	 upem, long_loca, nglyphs, nmetrics;
	char		*why;
	size_t		 whysize;
};

static unsigned
u16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static int
s16(const unsigned char *p)
{
	unsigned v = u16(p);

	return v >= 0x8000 ? (int)v - 0x10000 : (int)v;
}

static uint32_t
u32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

static int	 fail(struct font *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

/* Sets the font's reason; returns -1, for "return fail(...)". */
static int
fail(struct font *f, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(f->why, f->whysize, fmt, ap);
	va_end(ap);
	return -1;
}

/* A table shorter than what libharu reads from it. */
static int
short_table(struct font *f, enum table t, size_t need)
{
	if (f->t[t].len >= need)
		return 0;
	return fail(f, _("its '%s' table is cut short"), table_tags[t]);
}

/*
 * The table directory: every table inside the file (libharu copies
 * each one it embeds, cvt, fpgm and prep too), and the first of each
 * tag (the one libharu's FindTable finds) kept.
 */
static int
check_directory(struct font *f, const unsigned char *d, size_t len)
{
	const unsigned char	*r;
	size_t			 n, i, k;
	uint32_t		 off, tlen;

	if (len < 12)
		return fail(f, _("it is too short"));
	n = u16(d + 4);
	if (n == 0 || n > MAX_TABLES || len < 12 + 16 * n)
		return fail(f, _("its table directory is not valid"));
	for (i = 0; i < n; i++) {
		r = d + 12 + 16 * i;
		for (k = 0; k < 4; k++)
			if (r[k] < 0x20 || r[k] > 0x7E)
				return fail(f, _("its table directory is not "
				    "valid"));
		off = u32(r + 8);
		tlen = u32(r + 12);
		if (off > len || tlen > len - off)
			return fail(f, _("its table '%.4s' goes past the end "
			    "of the file"), (const char *)r);
		for (k = 0; k < T__MAX; k++)
			if (memcmp(r, table_tags[k], 4) == 0 &&
			    f->t[k].p == NULL) {
				/* libharu takes offset 0 for "no name". */
				if (off < 12 + 16 * n)
					return fail(f, _("its table directory "
					    "is not valid"));
				f->t[k].p = d + off;
				f->t[k].len = tlen;
			}
	}
	for (k = 0; k < T__MAX; k++)
		if (f->t[k].p == NULL)
			return fail(f, _("it has no '%s' table"), table_tags[k]);
	return 0;
}

/* head, maxp, hhea, hmtx, post, OS/2: the counts and sizes. */
static int
check_header(struct font *f)
{
	const unsigned char	*h = f->t[T_HEAD].p;
	int			 fmt;

	if (short_table(f, T_HEAD, 54) == -1)
		return -1;
	f->upem = u16(h + 18);
	if (f->upem < 16 || f->upem > 16384)
		return fail(f, _("its 'head' table gives %u units per em "
		    "(16 to 16384 expected)"), f->upem);
	if (s16(h + 36) > s16(h + 40) || s16(h + 38) > s16(h + 42))
		return fail(f, _("its 'head' table gives a bounding box whose "
		    "corners are swapped"));
	if ((fmt = s16(h + 50)) != 0 && fmt != 1)
		return fail(f, _("its 'head' table gives an unknown format of "
		    "glyph offsets (%d)"), fmt);
	f->long_loca = fmt == 1;
	if (short_table(f, T_MAXP, 6) == -1)
		return -1;
	if ((f->nglyphs = u16(f->t[T_MAXP].p + 4)) == 0)
		return fail(f, _("its 'maxp' table gives 0 glyphs"));
	if (short_table(f, T_HHEA, 36) == -1)
		return -1;
	f->nmetrics = u16(f->t[T_HHEA].p + 34);
	if (f->nmetrics == 0)
		return fail(f, _("its 'hhea' table gives 0 horizontal "
		    "metrics"));
	if (f->nmetrics > f->nglyphs)
		return fail(f, _("its 'hhea' table gives %u horizontal metrics "
		    "for %u glyphs"), f->nmetrics, f->nglyphs);
	if (f->t[T_HMTX].len < 4 * (size_t)f->nmetrics +
	    2 * (size_t)(f->nglyphs - f->nmetrics))
		return fail(f, _("its 'hmtx' table is too short for its %u "
		    "glyphs"), f->nglyphs);
	if (short_table(f, T_POST, 32) == -1 ||
	    short_table(f, T_OS2, 42) == -1)
		return -1;
	/* libharu reads the code page ranges of a version 1 table on. */
	if (u16(f->t[T_OS2].p) > 0 && short_table(f, T_OS2, 86) == -1)
		return -1;
	if (u16(f->t[T_OS2].p + 8) & (0x0002 | 0x0100 | 0x0200))
		return fail(f, _("its licence does not allow embedding it in a "
		    "PDF (fsType in its 'OS/2' table)"));
	return 0;
}

/* Glyph g's offset in 'glyf', from 'loca' (long enough, checked). */
static size_t
glyph_offset(const struct font *f, unsigned g)
{
	const unsigned char *l = f->t[T_LOCA].p;

	return f->long_loca ? u32(l + 4 * (size_t)g) :
	    2 * (size_t)u16(l + 2 * (size_t)g);
}

/* Glyph g's bytes; a composite when its contour count is negative. */
static struct span
glyph(const struct font *f, unsigned g)
{
	size_t	 off = glyph_offset(f, g);

	return (struct span){ f->t[T_GLYF].p + off,
	    glyph_offset(f, g + 1) - off };
}

/*
 * The next part of composite glyph g at *at (10 on the first call): its
 * glyph in *part. Returns 1, 0 after the last part, -1 when the part
 * goes past the glyph's end.
 */
static int
glyph_part(struct span g, size_t *at, unsigned *part, int *more)
{
	unsigned	 flags;
	size_t		 size;

	if (!*more)
		return 0;
	if (g.len - *at < 4)
		return -1;
	flags = u16(g.p + *at);
	*part = u16(g.p + *at + 2);
	size = 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 :
	    flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
	if (g.len - *at < size)
		return -1;
	*at += size;
	*more = (flags & 0x0020) != 0;
	return 1;
}

static int
is_composite(struct span g)
{
	return g.len >= 10 && (g.p[0] & 0x80);
}

/* 'loca' and 'glyf': offsets in order inside 'glyf', parts that exist. */
static int
check_glyphs(struct font *f)
{
	struct span	 gl;
	size_t		 at;
	unsigned	 g, part;
	int		 more, r;

	if (f->t[T_LOCA].len < ((size_t)f->nglyphs + 1) *
	    (f->long_loca ? 4 : 2))
		return fail(f, _("its 'loca' table is too short for its %u "
		    "glyphs"), f->nglyphs);
	for (g = 0; g < f->nglyphs; g++) {
		if (glyph_offset(f, g + 1) < glyph_offset(f, g))
			return fail(f, _("its 'loca' table goes backwards at "
			    "glyph %u"), g);
		if (glyph_offset(f, g + 1) > f->t[T_GLYF].len)
			return fail(f, _("its glyph %u goes past the end of "
			    "the 'glyf' table"), g);
		gl = glyph(f, g);
		if (gl.len > 0 && gl.len < 10)
			return fail(f, _("its glyph %u is cut short"), g);
		if (!is_composite(gl))
			continue;
		at = 10;
		more = 1;
		while ((r = glyph_part(gl, &at, &part, &more)) == 1)
			if (part >= f->nglyphs)
				return fail(f, _("its glyph %u is made of glyph "
				    "%u, which the font does not have"), g,
				    part);
		if (r == -1)
			return fail(f, _("its glyph %u has parts that go past "
			    "its end"), g);
	}
	return 0;
}

#define DEPTH_OPEN	0xFF	/* being measured: a cycle if met again */

/*
 * The nesting depth of glyph g (1 for a simple glyph) into depth[g], or
 * -1 for a composite that contains itself or nests too deep. Recursion
 * is bounded by MAX_DEPTH; each glyph is measured once.
 */
static int
glyph_depth(const struct font *f, unsigned char *depth, unsigned g,
    unsigned level)
{
	struct span	 gl = glyph(f, g);
	size_t		 at = 10;
	unsigned	 part, d = 1;
	int		 more = 1;

	if (depth[g] == DEPTH_OPEN || level > MAX_DEPTH)
		return -1;
	if (depth[g] != 0)
		return 0;
	if (is_composite(gl)) {
		depth[g] = DEPTH_OPEN;
		while (glyph_part(gl, &at, &part, &more) == 1) {
			if (glyph_depth(f, depth, part, level + 1) == -1)
				return -1;
			if (depth[part] + 1u > d)
				d = depth[part] + 1u;
		}
		if (d > MAX_DEPTH)
			return -1;
	}
	depth[g] = (unsigned char)d;
	return 0;
}

static int
check_nesting(struct font *f)
{
	unsigned char	*depth = xcalloc(f->nglyphs, 1);
	unsigned	 g;
	int		 rc = 0;

	for (g = 0; g < f->nglyphs && rc == 0; g++)
		if (glyph_depth(f, depth, g, 1) == -1)
			rc = fail(f, _("its glyph %u is made of itself, or of "
			    "parts nested more than %d deep"), g, MAX_DEPTH);
	free(depth);
	return rc;
}

/*
 * The Windows Unicode (3, 1) format 4 subtable that libharu uses: the
 * first one; each record before it must point inside 'cmap' (libharu
 * reads their formats). Returns its offset in 'cmap', or 0.
 */
static size_t
cmap_find(struct font *f)
{
	struct span	 c = f->t[T_CMAP];
	size_t		 n, i;
	uint32_t	 off;

	if (c.len < 4 || u16(c.p) != 0) {
		fail(f, _("its 'cmap' table has an unknown version"));
		return 0;
	}
	n = u16(c.p + 2);
	if (c.len < 4 + 8 * n) {
		fail(f, _("its 'cmap' table is cut short"));
		return 0;
	}
	for (i = 0; i < n; i++) {
		off = u32(c.p + 4 + 8 * i + 4);
		if (off > c.len || c.len - off < 2) {
			fail(f, _("its 'cmap' table points outside itself"));
			return 0;
		}
		if (u16(c.p + 4 + 8 * i) == 3 && u16(c.p + 6 + 8 * i) == 1 &&
		    u16(c.p + off) == 4 && off > 0)
			return off;
	}
	fail(f, _("it has no Unicode character map (a Windows Unicode "
	    "'cmap' subtable in format 4)"));
	return 0;
}

/* The glyph libharu's HPDF_TTFontDef_GetGlyphid gives code c, or -1. */
static long
cmap_glyph(struct font *f, struct span s, unsigned seg, unsigned i,
    unsigned c)
{
	const unsigned char	*ends = s.p + 14;
	unsigned		 start = u16(ends + 2 * seg + 2 + 2 * i);
	unsigned		 delta = u16(ends + 4 * seg + 2 + 2 * i);
	unsigned		 range = u16(ends + 6 * seg + 2 + 2 * i);
	size_t			 count = (s.len - (16 + 8 * (size_t)seg)) / 2;
	uint32_t		 idx;

	if (range == 0)
		return (long)((c + delta) & 0xFFFF);
	idx = (uint32_t)(range / 2 + (c - start) - (seg - i));
	if (idx >= count) {
		fail(f, _("its character map points outside its list of "
		    "glyphs at U+%04X"), c);
		return -1;
	}
	return (long)((u16(s.p + 16 + 8 * (size_t)seg + 2 * (size_t)idx) +
	    delta) & 0xFFFF);
}

/*
 * cmap: the subtable inside the table, its segments in order and ending
 * at U+FFFF (libharu reads past its arrays otherwise), and every code
 * mapped to a glyph the font has.
 */
static int
check_cmap(struct font *f)
{
	struct span	 s;
	size_t		 off;
	unsigned	 seg, i, c, start, end, prev = 0;
	long		 gid;

	if ((off = cmap_find(f)) == 0)
		return -1;
	s.p = f->t[T_CMAP].p + off;
	s.len = f->t[T_CMAP].len - off;
	if (s.len < 14 || u16(s.p + 2) > s.len)
		return fail(f, _("its character map goes past the end of its "
		    "'cmap' table"));
	s.len = u16(s.p + 2);
	seg = u16(s.p + 6) / 2;
	if (seg == 0 || u16(s.p + 6) % 2 != 0 ||
	    s.len < 16 + 8 * (size_t)seg)
		return fail(f, _("its character map is cut short"));
	for (i = 0; i < seg; i++) {
		end = u16(s.p + 14 + 2 * i);
		start = u16(s.p + 16 + 2 * seg + 2 * i);
		if (start > end || (i > 0 && start <= prev))
			return fail(f, _("its character map has segments out "
			    "of order"));
		prev = end;
		for (c = start; c <= end; c++) {
			if ((gid = cmap_glyph(f, s, seg, i, c)) == -1)
				return -1;
			if (gid >= (long)f->nglyphs)
				return fail(f, _("its character map gives "
				    "U+%04X glyph %ld, but the font has %u "
				    "glyphs"), c, gid, f->nglyphs);
		}
	}
	if (prev != 0xFFFF)
		return fail(f, _("its character map does not end at U+FFFF"));
	return 0;
}

/* Name records libharu looks for: (platform, encoding, name id). */
struct name_pick {
	size_t	 off, len;
	int	 found;
};

static int
name_inside(struct font *f, size_t off, size_t len)
{
	if (off > f->t[T_NAME].len || len > f->t[T_NAME].len - off)
		return fail(f, _("its 'name' table points outside itself"));
	return 0;
}

/*
 * name: every record's string inside the table (libharu copies them all
 * into the embedded font), the PostScript and style names there, short
 * enough for libharu's buffer; the last record of each kind wins, as in
 * libharu's ParseName.
 */
static int
check_name(struct font *f)
{
	const unsigned char	*n = f->t[T_NAME].p, *r;
	struct name_pick	 pick[4];	/* mac 6, mac 2, win 6, win 2 */
	size_t			 count, strings, i, off, len, l6, l2;
	unsigned		 pl, enc, lang, id;

	memset(pick, 0, sizeof(pick));
	if (short_table(f, T_NAME, 6) == -1)
		return -1;
	count = u16(n + 2);
	strings = u16(n + 4);
	if (f->t[T_NAME].len < 6 + 12 * count)
		return fail(f, _("its 'name' table is cut short"));
	for (i = 0; i < count; i++) {
		r = n + 6 + 12 * i;
		pl = u16(r);
		enc = u16(r + 2);
		lang = u16(r + 4);
		id = u16(r + 6);
		len = u16(r + 8);
		off = strings + u16(r + 10);
		if (name_inside(f, off, len) == -1)
			return -1;
		if ((id != 6 && id != 2) || !((pl == 1 && enc == 0) ||
		    (pl == 3 && enc == 1 && lang == 0x0409)))
			continue;
		pick[(pl == 3) * 2 + (id == 2)] = (struct name_pick){ off, len,
		    1 };
	}
	if (!(pick[0].found || pick[2].found) ||
	    !(pick[1].found || pick[3].found))
		return fail(f, _("its 'name' table has no PostScript name or no "
		    "style name"));
	/* libharu's lengths: a Mac name's, else half the Windows one's. */
	l6 = pick[0].found && pick[0].len > 0 ? pick[0].len :
	    (pick[2].len + 1) / 2;
	l2 = pick[1].found && pick[1].len > 0 ? pick[1].len :
	    (pick[3].len + 1) / 2;
	if (l6 + l2 + 8 > MAX_NAMES + 8)
		return fail(f, _("its PostScript and style names are too long "
		    "(%zu bytes, at most %d)"), l6 + l2, MAX_NAMES);
	/* A Mac record is read with the length taken from the other. */
	if ((pick[0].found && name_inside(f, pick[0].off, l6) == -1) ||
	    (pick[1].found && name_inside(f, pick[1].off, l2) == -1))
		return -1;
	return 0;
}

int
pdf_font_check(const unsigned char *data, size_t len, char *why,
    size_t whysize)
{
	struct font	 f;

	memset(&f, 0, sizeof(f));
	f.why = why;
	f.whysize = whysize;
	if (whysize > 0)
		why[0] = '\0';
	if (check_directory(&f, data, len) == -1 ||
	    check_header(&f) == -1 || check_glyphs(&f) == -1 ||
	    check_nesting(&f) == -1 || check_cmap(&f) == -1 ||
	    check_name(&f) == -1)
		return -1;
	return 0;
}

/* Whether byte c may be part of a PostScript name. */
static int
ps_name_byte(unsigned char c)
{
	return c > 0x20 && c < 0x7F && strchr("()[]{}<>/%", c) == NULL;
}

/* s[0..len) reduced into out; returns the length kept. */
static size_t
ps_name_reduce(const char *s, size_t len, char out[PDF_FONT_NAME_MAX + 1])
{
	size_t	 i, n = 0;

	for (i = 0; i < len && n < PDF_FONT_NAME_MAX; i++)
		if (ps_name_byte((unsigned char)s[i]))
			out[n++] = s[i];
	out[n] = '\0';
	return n;
}

void
pdf_font_ps_name(const char *raw, const char *path,
    char out[PDF_FONT_NAME_MAX + 1])
{
	const char	*base, *slash;
	size_t		 len;

	if (raw != NULL && ps_name_reduce(raw, strlen(raw), out) > 0)
		return;
	base = path != NULL ? path : "";
	if ((slash = strrchr(base, '/')) != NULL)
		base = slash + 1;
	len = strlen(base);
	if (len > 4 && (strcmp(base + len - 4, ".ttf") == 0 ||
	    strcmp(base + len - 4, ".TTF") == 0))
		len -= 4;
	if (ps_name_reduce(base, len, out) == 0)
		strcpy(out, "Font");
}

/* Whether path starts like a TrueType font: version 1.0 or "true". */
static int
is_truetype(const char *path)
{
	unsigned char	 m[4];
	FILE		*f = fopen(path, "rb");
	int		 ok;

	if (f == NULL)
		return 0;
	ok = fread(m, 1, 4, f) == 4 && (memcmp(m, "\0\1\0\0", 4) == 0 ||
	    memcmp(m, "true", 4) == 0);
	fclose(f);
	return ok;
}

#define FONT_MAX	(64u << 20)	/* bytes in a font file */

/*
 * Why the TrueType font at path (its start checked by is_truetype) is
 * not one libharu can embed safely, or NULL: a table missing, cut short
 * or going past the end of the file, a count or a glyph index libharu
 * would trust (pdf_font_check.h).
 */
static const char *
ttf_damage(const char *path)
{
	static char	 why[160];
	struct buf	 b = BUF_INIT;
	const char	*rc = NULL;
	int		 got;

	if ((got = fs_read_file(path, FONT_MAX, &b)) == -2)
		rc = _("it is larger than 64 MiB");
	else if (got != 0)
		rc = _("it cannot be read");
	else if (pdf_font_check((const unsigned char *)b.data, b.len, why,
	    sizeof(why)) == -1)
		rc = why;
	buf_release(&b);
	return rc;
}

/* The fonts that won the layers: those must exist and be whole TrueType. */
void
pdf_theme_fonts_check(struct pdf_theme *t, struct diags *d)
{
	const char	*why;
	size_t		 i;

	for (i = 0; i < PDF_FACE__MAX; i++) {
		if (t->fonts[i] == NULL)
			continue;
		if (!fs_is_file(t->fonts[i]) && t->font_builtin[i])
			diag_error(d, t->font_pos[i], _("no font file '%s' "
			    "(install fonts-lato, or set the fonts in a "
			    "theme's %s)"), t->fonts[i], "pdf/style.yaml");
		else if (!fs_is_file(t->fonts[i]))
			diag_error(d, t->font_pos[i], _("no font file '%s'"),
			    t->fonts[i]);
		else if (!is_truetype(t->fonts[i]))
			diag_error(d, t->font_pos[i], _("'%s' is not a TrueType "
			    "font (.ttf); libharu reads no other kind (not "
			    "CFF .otf, not .woff)"), t->fonts[i]);
		else if ((why = ttf_damage(t->fonts[i])) != NULL)
			diag_error(d, t->font_pos[i], _("'%s' is a damaged "
			    "TrueType font: %s"), t->fonts[i], why);
		else
			continue;
		/* Nothing may load a font refused here (check's coverage). */
		free(t->fonts[i]);
		t->fonts[i] = NULL;
	}
}
