/*
 * The PDFs' part of the theme (pdf/style.yaml): overridden key by key,
 * every mistake reported at its position.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/render/pdf/backend/pdf_font.h"
#include "../../generator/util/alloc.h"
#include "../../generator/util/fs.h"
#include "helpers.h"

TestSuite(pdf_theme, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp, .timeout = 60);

Test(pdf_theme, mistakes_are_reported_at_their_position)
{
	static const struct tfile f[] = {
		{ "theme/pdf/style.yaml", "acent: \"#ff0000\"\n"
		  "accent_dark: blue\n"
		  "font_heading: fonts/none.ttf\n"
		  "font_bold: [a]\n" },
	};
	struct run	 r;

	test_content(f, 1);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 1);
	cr_assert_str_eq(r.err,
	    "content/theme/pdf/style.yaml:1:1: error: unknown PDF style key "
	    "'acent' (did you mean 'accent'?)\n"
	    "content/theme/pdf/style.yaml:2:14: error: expected a colour "
	    "written #RRGGBB for 'accent_dark', found 'blue'\n"
	    "content/theme/pdf/style.yaml:3:15: error: no font file "
	    "'content/theme/fonts/none.ttf'\n"
	    "content/theme/pdf/style.yaml:4:12: error: expected a string for "
	    "'font_bold'\n");
	run_free(&r);
}

/* One colour and one font changed; the rest comes from the default. */
Test(pdf_theme, one_key_overrides_the_default)
{
	static const struct tfile f[] = {
		{ "theme/pdf/style.yaml", "accent: \"#8a1538\"\n"
		  "font_heading: fonts/Titre.ttf\n" },
	};
	struct buf	 lato = BUF_INIT, a = BUF_INIT, b = BUF_INIT;
	struct run	 r;

	test_content(f, 1);
	cr_assert(fs_read_file("/usr/share/fonts/truetype/lato/"
	    "Lato-Semibold.ttf", 4u << 20, &lato) == 0);
	cr_assert(fs_mkdir_p("content/theme/fonts") == 0);
	test_write_file("content/theme/fonts/Titre.ttf", lato.data, lato.len);
	r = test_run(30, (const char *const[]){ "build", "content", "-o",
	    "out", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(fs_remove_tree("content/theme") == 0);
	r = test_run(30, (const char *const[]){ "build", "content", "-o",
	    "default", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(fs_read_file("out/pdf/rapport-2025.pdf", 64u << 20, &a) == 0);
	cr_assert(fs_read_file("default/pdf/rapport-2025.pdf", 64u << 20,
	    &b) == 0);
	/* The font's name is in the file, and the files differ. */
	cr_assert(memmem(a.data, a.len, "Lato-Semibold", 13) != NULL);
	cr_assert(memmem(b.data, b.len, "Lato-Semibold", 13) == NULL);
	cr_assert(memmem(b.data, b.len, "Lato-Black", 10) != NULL);
	buf_release(&lato);
	buf_release(&a);
	buf_release(&b);
}

/* A list as a key (reported by the YAML reader) and a font that is not
 * TrueType: errors at their positions, no crash. */
Test(pdf_theme, list_key_and_a_font_of_another_kind)
{
	static const struct tfile f[] = {
		{ "theme/pdf/style.yaml", "? [a]\n: \"#000000\"\n"
		  "font_regular: fonts/x.otf\n" },
		{ "theme/fonts/x.otf", "OTTO and the rest of a CFF font" },
	};
	struct run	 r;

	test_content(f, 2);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert_str_eq(r.err,
	    "content/theme/pdf/style.yaml:1:3: error: a mapping key must be "
	    "a single value, not a list\n"
	    "content/theme/pdf/style.yaml:3:15: error: "
	    "'content/theme/fonts/x.otf' is not a TrueType font (.ttf); "
	    "libharu reads no other kind (not CFF .otf, not .woff)\n");
	run_free(&r);
}

/*
 * Damaged TrueType files that start right: Lato cut short, and a header
 * followed by noise. Both are errors at their key, found by check (not
 * left for libharu to fail on in the middle of a build).
 */
Test(pdf_theme, damaged_fonts_are_errors)
{
	static const struct tfile f[] = {
		{ "theme/pdf/style.yaml", "font_regular: fonts/cut.ttf\n"
		  "font_bold: fonts/noise.ttf\n" },
	};
	char		*lato, *err;
	size_t		 len;
	struct run	 r;
	const char	*want = "content/theme/pdf/style.yaml:1:15: error: "
			    "'content/theme/fonts/cut.ttf' is a damaged TrueType "
			    "font: its table '";

	test_content(f, 1);
	lato = test_read(pdf_fonts_lato[PDF_REGULAR], &len);
	cr_assert_gt(len, 40000);
	test_write_file("content/theme/fonts/cut.ttf", lato, len / 2);
	memcpy(lato + 12, "\x80\x01\x02\x03 noise of a damaged copy", 29);
	test_write_file("content/theme/fonts/noise.ttf", lato, 200);
	free(lato);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 1, "%s", r.err);
	err = r.err;
	cr_assert(strncmp(err, want, strlen(want)) == 0, "%s", err);
	err = strchr(err + strlen(want), '\'');
	cr_assert(err != NULL && strncmp(err, "' goes past the end of the "
	    "file\ncontent/theme/pdf/style.yaml:2:12: error: "
	    "'content/theme/fonts/noise.ttf' is a damaged TrueType font: its "
	    "table directory is not valid\n", 200) == 0, "%s", r.err);
	run_free(&r);
}

/*
 * Characters the PDF cannot show: one warning per text, at the string's
 * place in YAML or at the character in a Markdown file, each character
 * named once in the whole content.
 */
Test(pdf_theme, characters_the_pdf_cannot_show_are_warnings)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", "title: Action ✅ 中文 ✅\nthematic: t\n"
		  "description: D\nobjectives: O\n" },
		{ "actions/a.md", "Première ligne.\n\nUn 🚸 et un ✅ ici.\n" },
	};
	struct run	 r;

	test_content(f, 2);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err,
	    "content/actions/a.md:3:4: warning: the PDF's font has no glyph "
	    "for 🚸 (U+1F6B8): the PDF leaves it out (the site shows it)\n"
	    "content/actions/a.yaml:1:8: warning: the PDF's font has no glyph "
	    "for ✅ (U+2705), 中 (U+4E2D), 文 (U+6587): the PDF leaves them "
	    "out (the site shows them)\n");
	run_free(&r);
}

/*
 * Right-to-left letters (Hebrew, Arabic) cannot be set, even with a font
 * that has them (DejaVu): a warning of their own, and they are left out;
 * invisible characters (zero-width joiner, soft hyphen, direction mark)
 * are left out without a word, never drawn as a box or a bar.
 */
Test(pdf_theme, right_to_left_and_invisible_characters)
{
	static const struct tfile f[] = {
		{ "actions/a.md", "Shalom \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D et "
		  "salam \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85, "
		  "co\xC2\xADop\xC3\xA9\xE2\x80\x8Dra\xE2\x80\x8Etion.\n" },
		{ "theme/pdf/style.yaml", "font_regular: /usr/share/fonts/"
		  "truetype/dejavu/DejaVuSans.ttf\n" },
	};
	struct run	 r;
	char		*text;

	test_content(f, 2);
	r = test_run(30, (const char *const[]){ "build", "content", "-o",
	    "out", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err,
	    "content/actions/a.md:1:8: warning: the PDF cannot set the "
	    "right-to-left letters \xD7\xA9 (U+05E9), \xD7\x9C (U+05DC), "
	    "\xD7\x95 (U+05D5), \xD7\x9D (U+05DD), \xD8\xB3 (U+0633) and 3 "
	    "more: the PDF leaves them out (the site shows them)\n");
	run_free(&r);
	text = test_sh("pdftotext -enc UTF-8 out/pdf/rapport-2025.pdf - | "
	    "tr -s ' \\n' '  '", NULL);
	cr_assert(strstr(text, "Shalom et salam , coop\xC3\xA9ration.") !=
	    NULL, "%s", text);
	free(text);
}

/*
 * Every colour the PDFs draw comes from the theme: with each key of
 * pdf/style.yaml set, the report's and the booklet's pages use those
 * colours, and no other but two tints mixed from them (the cover's year,
 * the booklet's subtitle): no colour of the renderer's own is left.
 */
Test(pdf_theme, every_colour_comes_from_the_theme)
{
	static const struct tfile f[] = {
		{ "theme/pdf/style.yaml", "accent: \"#330000\"\n"
		  "accent_dark: \"#003300\"\naccent_light: \"#ffffcc\"\n"
		  "on_accent: \"#ccffff\"\ntext: \"#000033\"\n"
		  "muted: \"#333300\"\nrule: \"#cccc99\"\nfill: \"#ffccff\"\n"
		  "chart_bar: \"#336666\"\nchart_target: \"#993300\"\n" },
	};
	static const char *const allowed[] = {
		"0.2 0 0", "0 0.2 0", "1 1 0.8", "0.8 1 1", "0 0 0.2",
		"0.2 0.2 0", "0.8 0.8 0.6", "1 0.8 1", "0.2 0.4 0.4",
		"0.6 0.2 0", "0.38 0.302 0.302", "0.878 0.851 0.678", NULL
	};
	static const char *const seen[] = { "0.2 0.4 0.4 rg", "0.6 0.2 0 RG",
		"0.8 0.8 0.6 RG", "1 0.8 1 rg", "0.8 1 1 rg", "0 0 0.2 rg",
		NULL };
	char		*ops, *line, *save, *end, *cmd, *out;
	char		*sample = test_repo_path("content");
	size_t		 i;
	struct run	 r;

	/*
	 * The sample: a charter, targets over the years, key figures;
	 * without its logo, whose panel is the paper's white (pdf_image.c),
	 * so that a white of the renderer's own would show.
	 */
	cmd = xasprintf("cp -R '%s' content && sed -i '/^logo:/d' "
	    "content/clspd.yaml", sample);
	out = test_sh(cmd, NULL);
	free(out);
	free(cmd);
	free(sample);
	test_write_files("content", f, 1);
	r = test_run(60, (const char *const[]){ "build", "content", "-o",
	    "out", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	ops = test_sh("for f in out/pdf/rapport-*.pdf out/pdf/charte.pdf; do "
	    "qpdf --qdf --object-streams=disable \"$f\" - | grep -aE "
	    "'^[0-9.]+ [0-9.]+ [0-9.]+ (rg|RG)$'; done", NULL);
	for (i = 0; seen[i] != NULL; i++)
		cr_expect(strstr(ops, seen[i]) != NULL, "no %s", seen[i]);
	for (line = strtok_r(ops, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		end = line + strlen(line) - 3;
		*end = '\0';
		for (i = 0; allowed[i] != NULL; i++)
			if (strcmp(line, allowed[i]) == 0)
				break;
		cr_expect(allowed[i] != NULL, "a colour not from the theme: "
		    "%s", line);
	}
	free(ops);
}
