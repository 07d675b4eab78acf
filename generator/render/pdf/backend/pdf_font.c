/*
 * Fonts (see pdf_font.h): loading, the ToUnicode repair, cached widths.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "../../../util/alloc.h"
#include "../../../util/diag.h"
#include "../../../util/utf8.h"
#include "../../../util/i18n.h"
#include "pdf_font.h"
#include "pdf_font_check.h"

#define LATO "/usr/share/fonts/truetype/lato/"

const char *const pdf_fonts_lato[PDF_FACE__MAX] = {
	LATO "Lato-Regular.ttf",
	LATO "Lato-Bold.ttf",
	LATO "Lato-Italic.ttf",
	LATO "Lato-BoldItalic.ttf",
	LATO "Lato-Black.ttf",
};

/*
 * An identity ToUnicode map over the BMP without the surrogates: one
 * bfrange per high byte (a range may not cross one), at most 100 per
 * block as the CMap format requires.
 */
static void
to_unicode_write(HPDF_Stream s)
{
	char		 line[64];
	unsigned	 hi, in_block = 0, left = 256 - 8;

	HPDF_Stream_WriteStr(s, "/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
	    "/Ordering (UCS) /Supplement 0 >> def\n/CMapName "
	    "/Adobe-Identity-UCS def\n/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	for (hi = 0; hi < 256; hi++) {
		if (hi >= 0xD8 && hi <= 0xDF)
			continue;
		if (in_block == 0) {
			snprintf(line, sizeof(line), "%u beginbfrange\n",
			    left < 100 ? left : 100);
			HPDF_Stream_WriteStr(s, line);
		}
		snprintf(line, sizeof(line), "<%02X00> <%02XFF> <%02X00>\n",
		    hi, hi, hi);
		HPDF_Stream_WriteStr(s, line);
		left--;
		if (++in_block == 100 || left == 0) {
			HPDF_Stream_WriteStr(s, "endbfrange\n");
			in_block = 0;
		}
	}
	HPDF_Stream_WriteStr(s, "endcmap\nCMapName currentdict /CMap "
	    "defineresource pop\nend\nend\n");
}

/* Replaces the font's ToUnicode stream by an identity map; 0 or -1. */
static int
to_unicode_fix(HPDF_Font font)
{
	HPDF_Dict	 cmap;

	cmap = HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT);
	if (cmap == NULL || cmap->stream == NULL)
		return -1;
	HPDF_MemStream_FreeData(cmap->stream);
	to_unicode_write(cmap->stream);
	return 0;
}

/*
 * Gives the font libharu just loaded from path a valid PostScript name
 * (pdf_font_ps_name): libharu takes the bytes of the font's 'name' table
 * as they are, and writes them into /BaseFont. A name another font holds
 * already gets a number. Returns the name to ask libharu for the font
 * by, or NULL.
 */
static const char *
font_rename(HPDF_Doc pdf, const char *name, const char *path)
{
	HPDF_FontDef		 def, other;
	HPDF_TTFontDefAttr	 a;
	char			 clean[PDF_FONT_NAME_MAX + 1];
	size_t			 len;
	unsigned		 n;

	if ((def = HPDF_Doc_FindFontDef(pdf, name)) == NULL ||
	    def->type != HPDF_FONTDEF_TYPE_TRUETYPE)
		return NULL;
	pdf_font_ps_name(def->base_font, path, clean);
	if (strcmp(clean, def->base_font) == 0)
		return def->base_font;
	len = strlen(clean);
	for (n = 2; (other = HPDF_Doc_FindFontDef(pdf, clean)) != NULL &&
	    other != def && n < 100; n++)
		snprintf(clean + (len < PDF_FONT_NAME_MAX - 3 ? len :
		    PDF_FONT_NAME_MAX - 3), 4, "-%u", n);
	a = (HPDF_TTFontDefAttr)def->attr;
	snprintf(def->base_font, sizeof(def->base_font), "%s", clean);
	/* The subset's name: its tag ("HPDFAA+"), then the font's. */
	snprintf(a->base_font, sizeof(a->base_font), "%.*s%s",
	    a->tag_name[0] != '\0' ? (int)sizeof(a->tag_name) : 0,
	    a->tag_name, clean);
	return def->base_font;
}

/*
 * Loads one face; 0 or -1. libharu's error handler (the backend's, which
 * adds "PDF: libharu error" to the diagnostics) is muted meanwhile: a
 * font that does not load is said once, by pdf_fonts_load, with its path.
 */
static int
font_load(struct pdf_font *f, HPDF_Doc pdf, const char *path)
{
	HPDF_Error_Handler	 handler = pdf->error.error_fn;
	const char		*name;
	int			 rc = 0;

	pdf->error.error_fn = NULL;
	if ((name = HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE)) == NULL ||
	    (name = font_rename(pdf, name, path)) == NULL ||
	    (f->hpdf = HPDF_GetFont(pdf, name, "UTF-8")) == NULL ||
	    to_unicode_fix(f->hpdf) == -1) {
		HPDF_ResetError(pdf);
		rc = -1;
	}
	pdf->error.error_fn = handler;
	return rc;
}

int
pdf_fonts_load(struct pdf_fonts *fs, HPDF_Doc pdf,
    const char *const paths[PDF_FACE__MAX], struct diags *d)
{
	size_t		 i;

	memset(fs, 0, sizeof(*fs));
	for (i = 0; i < PDF_FACE__MAX; i++) {
		struct pdf_font	*f = &fs->f[i];

		if (font_load(f, pdf, paths[i]) == -1) {
			diag_error(d, ((struct pos){ paths[i], 0, 0 }), "%s",
			    _("cannot load this TrueType font into the PDF"));
			pdf_fonts_release(fs);
			return -1;
		}
		f->widths = xmalloc(65536 * sizeof(*f->widths));
		memset(f->widths, 0xFF, 65536 * sizeof(*f->widths));
		f->ascent = HPDF_Font_GetAscent(f->hpdf);
		f->descent = HPDF_Font_GetDescent(f->hpdf);
	}
	return 0;
}

void
pdf_fonts_release(struct pdf_fonts *fs)
{
	size_t	 i;

	if (fs == NULL)
		return;
	for (i = 0; i < PDF_FACE__MAX; i++) {
		free(fs->f[i].widths);
		fs->f[i].widths = NULL;
	}
}

unsigned
pdf_font_advance(struct pdf_font *f, uint32_t cp)
{
	HPDF_FontAttr	 attr;
	unsigned	 w;

	if (cp > 0xFFFF)
		return 0;
	if (f->widths[cp] == PDF_WIDTH_UNKNOWN) {
		attr = (HPDF_FontAttr)f->hpdf->attr;
		/* Invisible, right to left (not set), or not in the font. */
		if (utf8_invisible(cp) || utf8_rtl(cp) || (cp != 0 &&
		    HPDF_TTFontDef_GetGlyphid(attr->fontdef,
		    (HPDF_UINT16)cp) == 0))
			f->widths[cp] = PDF_WIDTH_NO_GLYPH;
		else {
			w = (unsigned)HPDF_Font_GetUnicodeWidth(f->hpdf,
			    (HPDF_UNICODE)cp);
			f->widths[cp] = (uint16_t)(w < PDF_WIDTH_NO_GLYPH ? w :
			    PDF_WIDTH_NO_GLYPH - 1);
		}
	}
	return f->widths[cp] == PDF_WIDTH_NO_GLYPH ? 0 : f->widths[cp];
}

int
pdf_font_drawn(const struct pdf_font *f, uint32_t cp)
{
	return cp <= 0xFFFF && f->widths[cp] < PDF_WIDTH_NO_GLYPH;
}

double
pdf_font_width(struct pdf_font *f, const char *s, size_t len, double size)
{
	unsigned long	 w = 0;
	uint32_t	 cp;
	size_t		 i = 0;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i++];
			w += f->widths[cp] < PDF_WIDTH_NO_GLYPH ?
			    f->widths[cp] : pdf_font_advance(f, cp);
			continue;
		}
		i += utf8_decode(s + i, len - i, &cp);
		w += pdf_font_advance(f, cp);
	}
	return (double)w * size / 1000.0;
}

double
pdf_font_width_capped(struct pdf_font *f, const char *s, size_t len,
    double size, double cap, int *whole)
{
	unsigned long	 w = 0;
	uint32_t	 cp;
	size_t		 i = 0;

	*whole = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i++];
			w += f->widths[cp] < PDF_WIDTH_NO_GLYPH ?
			    f->widths[cp] : pdf_font_advance(f, cp);
		} else {
			i += utf8_decode(s + i, len - i, &cp);
			w += pdf_font_advance(f, cp);
		}
		if ((double)w * size / 1000.0 > cap)
			return (double)w * size / 1000.0;
	}
	*whole = 1;
	return (double)w * size / 1000.0;
}

/* TrueType composite glyphs' component flags. */
#define TT_ARGS_ARE_WORDS	0x0001
#define TT_SCALE		0x0008
#define TT_MORE_COMPONENTS	0x0020
#define TT_XY_SCALE		0x0040
#define TT_TWO_BY_TWO		0x0080

static int
tt_read(HPDF_Stream s, unsigned char *b, HPDF_UINT n)
{
	HPDF_UINT	 got = n;

	return HPDF_Stream_Read(s, b, &got) == HPDF_OK && got == n ? 0 : -1;
}

/*
 * The parts of glyph gid, when it is a composite, flagged as used; those
 * newly flagged are pushed on stack. Returns 0 or -1.
 */
static int
glyph_parts(HPDF_TTFontDefAttr a, HPDF_UINT16 gid, HPDF_UINT16 *stack,
    size_t *n)
{
	HPDF_UINT32	 off = a->glyph_tbl.offsets[gid];
	HPDF_UINT32	 end = a->glyph_tbl.offsets[gid + 1];
	unsigned char	 b[4];
	unsigned	 flags, part, skip;
	size_t		 guard;

	if (a->header.index_to_loc_format == 0) {
		off *= 2;
		end *= 2;
	}
	if (end <= off + 10)
		return 0;	/* empty, or no room for components */
	if (HPDF_Stream_Seek(a->stream, a->glyph_tbl.base_offset + off,
	    HPDF_SEEK_SET) != HPDF_OK || tt_read(a->stream, b, 2) == -1)
		return -1;
	if ((b[0] & 0x80) == 0)
		return 0;	/* contours >= 0: a simple glyph */
	if (HPDF_Stream_Seek(a->stream, 8, HPDF_SEEK_CUR) != HPDF_OK)
		return -1;
	/* At most a component per 4 bytes of the glyph. */
	for (guard = (end - off) / 4; guard > 0; guard--) {
		if (tt_read(a->stream, b, 4) == -1)
			return -1;
		flags = (unsigned)b[0] << 8 | b[1];
		part = (unsigned)b[2] << 8 | b[3];
		if (part < a->num_glyphs && !a->glyph_tbl.flgs[part]) {
			a->glyph_tbl.flgs[part] = 1;
			stack[(*n)++] = (HPDF_UINT16)part;
		}
		if (!(flags & TT_MORE_COMPONENTS))
			break;
		skip = (flags & TT_ARGS_ARE_WORDS ? 4 : 2) +
		    (flags & TT_TWO_BY_TWO ? 8 : flags & TT_XY_SCALE ? 4 :
		    flags & TT_SCALE ? 2 : 0);
		if (HPDF_Stream_Seek(a->stream, (HPDF_INT32)skip,
		    HPDF_SEEK_CUR) != HPDF_OK)
			return -1;
	}
	return 0;
}

int
pdf_font_close_glyphs(struct pdf_font *f)
{
	HPDF_FontAttr		 fa = (HPDF_FontAttr)f->hpdf->attr;
	HPDF_TTFontDefAttr	 a = (HPDF_TTFontDefAttr)fa->fontdef->attr;
	HPDF_UINT16		*stack;
	size_t			 n = 0, g;
	int			 rc = 0;

	if (a == NULL || a->stream == NULL || a->glyph_tbl.flgs == NULL)
		return 0;
	/* Each glyph is pushed once: when it is first seen flagged. */
	stack = xreallocarray(NULL, (size_t)a->num_glyphs + 1,
	    sizeof(*stack));
	for (g = 0; g < a->num_glyphs; g++)
		if (a->glyph_tbl.flgs[g])
			stack[n++] = (HPDF_UINT16)g;
	while (n > 0 && rc == 0)
		rc = glyph_parts(a, stack[--n], stack, &n);
	free(stack);
	return rc;
}
