/*
 * Hostile theme fonts: Lato with one table damaged the way a fuzzer or a
 * bad converter damages it. Each is an error at its key in pdf/style.yaml,
 * found by check and by build (exit 1, never a crash, a libharu error or
 * a sanitizer report); a name made of raw bytes gives the PDF a clean
 * PostScript name; random damage always ends in exit 0 or 1.
 */
#include <criterion/criterion.h>
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../generator/render/pdf/backend/pdf_backend.h"
#include "../../generator/render/pdf/backend/pdf_font.h"
#include "../../generator/render/pdf/backend/pdf_font_check.h"
#include "../../generator/util/alloc.h"
#include "../../generator/util/diag.h"
#include "../../generator/util/fs.h"
#include "../../generator/util/i18n.h"
#include "helpers.h"

TestSuite(font, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp, .timeout = 120);

#define BAD	"content/theme/fonts/bad.ttf"
#define WHERE	"content/theme/pdf/style.yaml:1:15: error: '" BAD "' is a " \
		"damaged TrueType font: "

/* Lato Regular, in memory, with its tables found. */
struct font {
	unsigned char	*p;
	size_t		 len;
};

static unsigned
get16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

static void
put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v >> 8);
	p[1] = (unsigned char)v;
}

static void
put32(unsigned char *p, uint32_t v)
{
	put16(p, v >> 16);
	put16(p + 2, v & 0xFFFF);
}

static struct font
lato(void)
{
	struct font	 f;

	f.p = (unsigned char *)test_read(pdf_fonts_lato[PDF_REGULAR], &f.len);
	cr_assert_gt(f.len, 40000);
	return f;
}

/* The directory record of table tag. */
static unsigned char *
record(struct font *f, const char *tag)
{
	unsigned	 n = get16(f->p + 4), i;

	for (i = 0; i < n; i++)
		if (memcmp(f->p + 12 + 16 * i, tag, 4) == 0)
			return f->p + 12 + 16 * i;
	cr_assert_fail("no table %s", tag);
	return NULL;
}

static unsigned char *
table(struct font *f, const char *tag)
{
	return f->p + get32(record(f, tag) + 8);
}

static unsigned
glyphs(struct font *f)
{
	return get16(table(f, "maxp") + 4);
}

static int
long_loca(struct font *f)
{
	return get16(table(f, "head") + 50) == 1;
}

static uint32_t
loca_get(struct font *f, unsigned g)
{
	unsigned char	*l = table(f, "loca");

	return long_loca(f) ? get32(l + 4 * g) : 2 * get16(l + 2 * g);
}

static void
loca_set(struct font *f, unsigned g, uint32_t v)
{
	unsigned char	*l = table(f, "loca");

	if (long_loca(f))
		put32(l + 4 * g, v);
	else
		put16(l + 2 * g, v / 2);
}

/* The first composite glyph, and the bytes of its first part's index. */
static unsigned
first_composite(struct font *f, unsigned char **part)
{
	unsigned char	*gl = table(f, "glyf");
	unsigned	 g;

	for (g = 0; g < glyphs(f); g++)
		if (loca_get(f, g + 1) > loca_get(f, g) &&
		    (gl[loca_get(f, g)] & 0x80)) {
			*part = gl + loca_get(f, g) + 12;
			return g;
		}
	cr_assert_fail("no composite glyph");
	return 0;
}

/* The Windows Unicode format 4 character map. */
static unsigned char *
cmap4(struct font *f)
{
	unsigned char	*c = table(f, "cmap");
	unsigned	 i;

	for (i = 0; i < get16(c + 2); i++)
		if (get16(c + 4 + 8 * i) == 3 && get16(c + 6 + 8 * i) == 1)
			return c + get32(c + 8 + 8 * i);
	cr_assert_fail("no cmap");
	return NULL;
}

static const char *
runs_clean(const struct run *r)
{
	if (strstr(r->err, "Sanitizer") != NULL ||
	    strstr(r->err, "runtime error") != NULL)
		return "a sanitizer report";
	if (strstr(r->err, "libharu") != NULL)
		return "a libharu error";
	return NULL;
}

/*
 * Writes f as the theme's regular font, then asserts that check and
 * build both stop with exit 1 and exactly the diagnostic that ends with
 * why. Frees f.
 */
static void
refused(struct font *f, const char *why)
{
	static const struct tfile style[] = {
		{ "theme/pdf/style.yaml", "font_regular: fonts/bad.ttf\n" },
	};
	const char	*check[] = { "check", "content", "-q", NULL };
	const char	*build[] = { "build", "content", "-o", "out", "-q",
			    NULL };
	const char	*const *argv[] = { check, build };
	char		 want[512];
	struct run	 r;
	size_t		 i;

	test_content(style, 1);
	test_write_file(BAD, (const char *)f->p, f->len);
	free(f->p);
	snprintf(want, sizeof(want), "%s%s\n", WHERE, why);
	for (i = 0; i < 2; i++) {
		r = test_run(60, argv[i]);
		cr_expect_eq(r.status, 1, "%s: exit %d\n%s", argv[i][0],
		    r.status, r.err);
		cr_expect_str_eq(r.err, want, "%s", argv[i][0]);
		cr_expect_null(runs_clean(&r), "%s", r.err);
		run_free(&r);
	}
	cr_assert(!fs_is_file("out/pdf/rapport-2025.pdf"));
}

Test(font, units_per_em_zero)
{
	struct font	 f = lato();

	put16(table(&f, "head") + 18, 0);
	refused(&f, "its 'head' table gives 0 units per em (16 to 16384 "
	    "expected)");
}

Test(font, no_glyphs)
{
	struct font	 f = lato();

	put16(table(&f, "maxp") + 4, 0);
	refused(&f, "its 'maxp' table gives 0 glyphs");
}

Test(font, no_horizontal_metrics)
{
	struct font	 f = lato();

	put16(table(&f, "hhea") + 34, 0);
	refused(&f, "its 'hhea' table gives 0 horizontal metrics");
}

Test(font, more_metrics_than_glyphs)
{
	struct font	 f = lato();
	char		 why[128];

	put16(table(&f, "hhea") + 34, glyphs(&f) + 1);
	snprintf(why, sizeof(why), "its 'hhea' table gives %u horizontal "
	    "metrics for %u glyphs", glyphs(&f) + 1, glyphs(&f));
	refused(&f, why);
}

Test(font, loca_past_glyf)
{
	struct font	 f = lato();
	char		 why[128];
	unsigned	 n = glyphs(&f);

	loca_set(&f, n, get32(record(&f, "glyf") + 12) + 2);
	snprintf(why, sizeof(why), "its glyph %u goes past the end of the "
	    "'glyf' table", n - 1);
	refused(&f, why);
}

Test(font, loca_backwards)
{
	struct font	 f = lato();
	char		 why[128];
	unsigned	 g = 10;

	cr_assert_gt(loca_get(&f, g), 0);
	loca_set(&f, g + 1, 0);
	snprintf(why, sizeof(why), "its 'loca' table goes backwards at "
	    "glyph %u", g);
	refused(&f, why);
}

Test(font, table_past_the_end)
{
	struct font	 f = lato();

	put32(record(&f, "hmtx") + 8, (uint32_t)f.len + 16);
	refused(&f, "its table 'hmtx' goes past the end of the file");
}

/* Offset plus length wraps around 2^32 to a small number. */
Test(font, table_length_wraps)
{
	struct font	 f = lato();

	put32(record(&f, "post") + 12, 0xFFFFFFFFu -
	    get32(record(&f, "post") + 8) + 40);
	refused(&f, "its table 'post' goes past the end of the file");
}

Test(font, cmap_segment_outside)
{
	struct font	 f = lato();
	unsigned char	*c = cmap4(&f);
	unsigned	 seg = get16(c + 6) / 2;
	char		 why[128];

	/* The first segment reads its glyphs far past the table. */
	put16(c + 16 + 6 * seg, 0xFFFE);
	snprintf(why, sizeof(why), "its character map points outside its "
	    "list of glyphs at U+%04X", get16(c + 16 + 2 * seg));
	refused(&f, why);
}

Test(font, cmap_glyph_out_of_range)
{
	struct font	 f = lato();
	unsigned char	*c = cmap4(&f);
	unsigned	 seg = get16(c + 6) / 2, i = 0, start;
	char		 why[160];

	while (get16(c + 16 + 6 * seg + 2 * i) != 0)
		i++;
	start = get16(c + 16 + 2 * seg + 2 * i);
	put16(c + 16 + 4 * seg + 2 * i, (glyphs(&f) - start) & 0xFFFF);
	snprintf(why, sizeof(why), "its character map gives U+%04X glyph "
	    "%u, but the font has %u glyphs", start, glyphs(&f), glyphs(&f));
	refused(&f, why);
}

Test(font, composite_part_out_of_range)
{
	struct font	 f = lato();
	unsigned char	*part;
	unsigned	 g = first_composite(&f, &part);
	char		 why[160];

	put16(part, 0xFFF0);
	snprintf(why, sizeof(why), "its glyph %u is made of glyph 65520, "
	    "which the font does not have", g);
	refused(&f, why);
}

Test(font, composite_made_of_itself)
{
	struct font	 f = lato();
	unsigned char	*part;
	unsigned	 g = first_composite(&f, &part);
	char		 why[160];

	put16(part, g);
	snprintf(why, sizeof(why), "its glyph %u is made of itself, or of "
	    "parts nested more than 16 deep", g);
	refused(&f, why);
}

Test(font, licence_forbids_embedding)
{
	struct font	 f = lato();

	put16(table(&f, "OS/2") + 8, 0x0002);
	refused(&f, "its licence does not allow embedding it in a PDF "
	    "(fsType in its 'OS/2' table)");
}

/* Overwrites the bytes of every PostScript name (id 6) with fill(). */
static void
name_fill(struct font *f, unsigned char (*fill)(size_t))
{
	unsigned char	*n = table(f, "name"), *r, *s;
	unsigned	 i, k, len;

	for (i = 0; i < get16(n + 2); i++) {
		r = n + 6 + 12 * i;
		if (get16(r + 6) != 6)
			continue;
		s = n + get16(n + 4) + get16(r + 10);
		len = get16(r + 8);
		for (k = 0; k < len; k++)
			s[k] = fill(k);
	}
}

static unsigned char
raw_bytes(size_t k)
{
	static const char	 raw[] = "L(a\001t o/\033%\x80\xff";

	return k < sizeof(raw) - 1 ? (unsigned char)raw[k] : 'x';
}

static unsigned char
control(size_t k)
{
	return k % 2 ? 0x01 : 0x7F;
}

/* The fonts of the report PDF built with f as the regular font. */
static char *
built_fonts(struct font *f, const char *file)
{
	char	 style[128], *out;

	snprintf(style, sizeof(style), "font_regular: fonts/%s\n", file);
	test_content((const struct tfile[]){ { "theme/pdf/style.yaml",
	    style } }, 1);
	snprintf(style, sizeof(style), "content/theme/fonts/%s", file);
	test_write_file(style, (const char *)f->p, f->len);
	free(f->p);
	test_build("content", "out", NULL);
	out = test_sh("pdffonts out/pdf/rapport-2025.pdf", NULL);
	return out;
}

Test(font, raw_name_bytes_give_a_clean_name)
{
	struct font	 f = lato();
	char		*fonts, *pdf;
	size_t		 len;

	name_fill(&f, raw_bytes);
	fonts = built_fonts(&f, "raw.ttf");
	cr_expect(strstr(fonts, "+Lato ") != NULL, "%s", fonts);
	pdf = test_read("out/pdf/rapport-2025.pdf", &len);
	cr_expect(memmem(pdf, len, "/BaseFont /HPDFAA+Lato\n", 23) != NULL);
	free(pdf);
	free(fonts);
}

/* Two faces whose names reduce to the same: the second is numbered. */
Test(font, two_names_reduced_alike_stay_apart)
{
	struct font	 f = lato(), black;
	char		*fonts;

	black.p = (unsigned char *)test_read(pdf_fonts_lato[PDF_HEADING],
	    &black.len);
	name_fill(&f, raw_bytes);
	name_fill(&black, raw_bytes);
	test_content((const struct tfile[]){ { "theme/pdf/style.yaml",
	    "font_regular: fonts/a.ttf\nfont_heading: fonts/b.ttf\n" } }, 1);
	test_write_file("content/theme/fonts/a.ttf", (char *)f.p, f.len);
	test_write_file("content/theme/fonts/b.ttf", (char *)black.p,
	    black.len);
	free(f.p);
	free(black.p);
	test_build("content", "out", NULL);
	fonts = test_sh("pdffonts out/pdf/rapport-2025.pdf", NULL);
	cr_expect(strstr(fonts, "+Lato ") != NULL, "%s", fonts);
	cr_expect(strstr(fonts, "+Lato-2 ") != NULL, "%s", fonts);
	free(fonts);
}

Test(font, a_name_of_control_characters_takes_the_file_name)
{
	struct font	 f = lato();
	char		*fonts;

	name_fill(&f, control);
	fonts = built_fonts(&f, "Mon titre (2).ttf");
	cr_expect(strstr(fonts, "+Montitre2 ") != NULL, "%s", fonts);
	free(fonts);
}

Test(font, postscript_names_are_reduced)
{
	char	 out[PDF_FONT_NAME_MAX + 1];
	char	 lng[200];

	pdf_font_ps_name("Lato-Bold,Bold", "x.ttf", out);
	cr_expect_str_eq(out, "Lato-Bold,Bold");
	pdf_font_ps_name("A (b) [c] {d} <e> /f %g\001\x80", "x.ttf", out);
	cr_expect_str_eq(out, "Abcdefg");
	pdf_font_ps_name("\001 ()", "/t/fonts/Titre Gras.TTF", out);
	cr_expect_str_eq(out, "TitreGras");
	pdf_font_ps_name("", "/t/fonts/()", out);
	cr_expect_str_eq(out, "Font");
	memset(lng, 'N', sizeof(lng) - 1);
	lng[sizeof(lng) - 1] = '\0';
	pdf_font_ps_name(lng, "x.ttf", out);
	cr_expect_eq(strlen(out), PDF_FONT_NAME_MAX);
}

/* Every font the project uses passes, and quickly. */
Test(font, the_project_fonts_pass)
{
	static const char *const dejavu[] = {
		"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
		"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
		"/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
	};
	char		 why[160], *data;
	size_t		 i, len;

	for (i = 0; i < PDF_FACE__MAX + 3; i++) {
		const char *path = i < PDF_FACE__MAX ? pdf_fonts_lato[i] :
		    dejavu[i - PDF_FACE__MAX];

		data = test_read(path, &len);
		cr_expect_eq(pdf_font_check((unsigned char *)data, len, why,
		    sizeof(why)), 0, "%s: %s", path, why);
		free(data);
	}
}

/* A deterministic generator for the random damage. */
static uint32_t
next(uint32_t *state)
{
	*state = *state * 1664525u + 1013904223u;
	return *state >> 8;
}

/*
 * 300 copies of Lato, each with a few bytes changed in one table (small
 * tables as often as the glyphs): every build ends with exit 0 or 1, no
 * crash, no libharu error, no sanitizer report.
 */
Test(font, random_damage_never_crashes, .timeout = 900)
{
	static const struct tfile style[] = {
		{ "theme/pdf/style.yaml", "font_regular: fonts/bad.ttf\n" },
	};
	const char	*build[] = { "build", "content", "-o", "out", "-q",
			    NULL };
	struct font	 f = lato();
	unsigned char	*copy = malloc(f.len), *rec;
	uint32_t	 state = 16, off, len;
	unsigned	 run, k, n, ntab = get16(f.p + 4), refused = 0;
	struct run	 r;

	cr_assert_not_null(copy);
	test_content(style, 1);
	for (run = 0; run < 300; run++) {
		memcpy(copy, f.p, f.len);
		rec = f.p + 12 + 16 * (next(&state) % ntab);
		off = get32(rec + 8);
		len = get32(rec + 12);
		n = 1 + next(&state) % 4;
		for (k = 0; k < n && len > 0; k++)
			copy[off + next(&state) % len] =
			    (unsigned char)next(&state);
		if (next(&state) % 8 == 0)
			copy[12 + next(&state) % (16 * ntab)] =
			    (unsigned char)next(&state);
		test_write_file(BAD, (const char *)copy, f.len);
		r = test_run(60, build);
		cr_assert(r.status == 0 || r.status == 1, "run %u: exit %d\n%s",
		    run, r.status, r.err);
		cr_assert_null(runs_clean(&r), "run %u: %s", run, r.err);
		refused += r.status == 1;
		run_free(&r);
	}
	cr_log_info("%u of 300 damaged fonts refused", refused);
	free(copy);
	free(f.p);
}

/*
 * Loads the Lato faces with path as the regular one into a new PDF, as
 * the report or one file of the charter booklet does, adding to d.
 */
static int
load_beside(const char *path, struct diags *d)
{
	struct pdf_backend	 be;
	struct pdf_fonts	 fs;
	const char		*paths[PDF_FACE__MAX];
	int			 rc;

	memcpy(paths, pdf_fonts_lato, sizeof(paths));
	paths[PDF_REGULAR] = path;
	cr_assert(pdf_backend_open(&be, d) == 0);
	if ((rc = pdf_fonts_load(&fs, be.pdf, paths, d)) == 0)
		pdf_fonts_release(&fs);
	pdf_backend_close(&be);
	return rc;
}

/*
 * The build's diagnostics of the PDFs: the report loads the fonts once,
 * the booklet twice (its two files); merged, each message once.
 */
static char *
pdf_fonts_said(const char *path)
{
	struct diags	 report, charter;
	char		*text = NULL;
	size_t		 len = 0;
	FILE		*f;

	memset(&report, 0, sizeof(report));
	memset(&charter, 0, sizeof(charter));
	cr_expect_eq(load_beside(path, &report), -1);
	cr_expect_eq(load_beside(path, &charter), -1);
	cr_expect_eq(load_beside(path, &charter), -1);
	/* One line each, not libharu's number beside it. */
	cr_expect_eq(report.n, 1);
	cr_expect_eq(charter.n, 2);
	diags_merge(&report, &charter);
	diags_unique(&report);
	cr_expect_eq(report.errors, 1);
	cr_assert_not_null(f = open_memstream(&text, &len));
	diags_print(&report, f);
	fclose(f);
	diags_release(&report);
	return text;
}

Test(font, a_font_libharu_refuses_is_said_once_with_its_path)
{
	char	*said;

	test_write_file("bad.ttf", "\0\1\0\0 not a font", 16);
	said = pdf_fonts_said("bad.ttf");
	cr_expect_str_eq(said, "bad.ttf: error: cannot load this TrueType "
	    "font into the PDF\n");
	free(said);
}

Test(font, a_font_libharu_refuses_is_said_in_french)
{
	char	 bin[PATH_MAX], *dir, *path, *said;

	snprintf(bin, sizeof(bin), "%s", test_clspd);
	dir = dirname(bin);
	path = xasprintf("%s/locale", dir);
	cr_assert(access(path, R_OK) == 0, "%s: run make", path);
	setenv("LANGUAGE", "fr", 1);
	setlocale(LC_ALL, "C.UTF-8");
	bindtextdomain(I18N_DOMAIN, path);
	bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
	textdomain(I18N_DOMAIN);
	test_write_file("bad.ttf", "\0\1\0\0 not a font", 16);
	said = pdf_fonts_said("bad.ttf");
	unsetenv("LANGUAGE");
	setlocale(LC_ALL, "C");
	textdomain(I18N_DOMAIN);
	cr_expect_str_eq(said, "bad.ttf: erreur: impossible de charger cette "
	    "police TrueType dans le PDF\n");
	free(said);
	free(path);
}
