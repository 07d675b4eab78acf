/*
 * The theme's colour pairs against WCAG 2.1 contrast (contrast.h): the
 * ratio itself on known pairs, and the warnings a theme gets, at the key
 * that set the colour, in English and in French.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/theme/contrast.h"
#include "helpers.h"

TestSuite(contrast, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp, .timeout = 60);

/* Known pairs: the ends of the scale, WCAG's own examples. */
Test(contrast, ratio_of_known_pairs)
{
	cr_expect_float_eq(contrast_ratio(0xFFFFFF, 0x000000), 21, 1e-9);
	cr_expect_float_eq(contrast_ratio(0x000000, 0xFFFFFF), 21, 1e-9);
	cr_expect_float_eq(contrast_ratio(0x777777, 0x777777), 1, 1e-9);
	/* #767676 is the lightest grey that passes 4.5:1 on white. */
	cr_expect_geq(contrast_ratio(0x767676, 0xFFFFFF), 4.5);
	cr_expect_lt(contrast_ratio(0x777777, 0xFFFFFF), 4.5);
	/* White on the default teal passes; white on gold does not. */
	cr_expect_gt(contrast_ratio(0xFFFFFF, 0x0F5E6E), 7);
	cr_expect_lt(contrast_ratio(0xFFFFFF, 0xD4A017), 2.5);
}

/* The default theme passes all its pairs: no warning from it. */
Test(contrast, default_theme_passes)
{
	struct run	 r;

	test_content(NULL, 0);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
}

static const struct tfile gold[] = {
	{ "theme/pdf/style.yaml", "# The commune's gold.\n"
	  "accent: \"#d4a017\"\n"
	  "chart_bar: \"#dddddd\"\n" },
};

/*
 * A gold accent: too light as text on the page and under white text;
 * a pale chart bar: too light as a chart's mark. Each at the key the
 * theme set, saying which way to go.
 */
Test(contrast, gold_accent_and_pale_bars_are_warnings)
{
	struct run	 r;

	test_content(gold, 1);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err,
	    "content/theme/pdf/style.yaml:2:9: warning: 'accent' (#D4A017) on "
	    "the white page (#FFFFFF) has a contrast of 2.37:1, below the "
	    "4.5:1 that text needs: choose a darker 'accent'\n"
	    "content/theme/pdf/style.yaml:2:9: warning: 'on_accent' (#FFFFFF) "
	    "on 'accent' (#D4A017) has a contrast of 2.37:1, below the 4.5:1 "
	    "that text needs: choose a darker 'accent'\n"
	    "content/theme/pdf/style.yaml:3:12: warning: 'chart_bar' (#DDDDDD) "
	    "on the white page (#FFFFFF) has a contrast of 1.35:1, below the "
	    "3:1 that a chart's marks need: choose a darker 'chart_bar'\n");
	run_free(&r);
}

/* Text made too dark for the dark band: lighter, then. */
Test(contrast, dark_on_dark_asks_for_a_lighter_colour)
{
	static const struct tfile f[] = {
		{ "theme/pdf/style.yaml", "on_accent: \"#333333\"\n" },
	};
	struct run	 r;

	test_content(f, 1);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.err, "content/theme/pdf/style.yaml:1:12: warning: "
	    "'on_accent' (#333333) on 'accent_dark' (#0A4350) has a contrast "
	    "of 1.") != NULL, "%s", r.err);
	cr_assert(strstr(r.err, "choose a lighter 'on_accent'\n") != NULL,
	    "%s", r.err);
	run_free(&r);
}

Test(contrast, warnings_in_french)
{
	struct run	 r;

	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "fr", 1);
	test_content(gold, 1);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err,
	    "content/theme/pdf/style.yaml:2:9: avertissement: «\u00a0accent"
	    "\u00a0» (#D4A017) sur la page blanche (#FFFFFF) a un contraste de "
	    "2,37:1, sous les 4,5:1 que demande un texte\u00a0: choisissez "
	    "pour «\u00a0accent\u00a0» une couleur plus foncée\n"
	    "content/theme/pdf/style.yaml:2:9: avertissement: «\u00a0on_accent"
	    "\u00a0» (#FFFFFF) sur «\u00a0accent\u00a0» (#D4A017) a un "
	    "contraste de 2,37:1, sous les 4,5:1 que demande un texte\u00a0: "
	    "choisissez pour «\u00a0accent\u00a0» une couleur plus foncée\n"
	    "content/theme/pdf/style.yaml:3:12: avertissement: «\u00a0chart_bar"
	    "\u00a0» (#DDDDDD) sur la page blanche (#FFFFFF) a un contraste "
	    "de 1,35:1, sous les 3:1 que demandent les marques d’un "
	    "graphique\u00a0: choisissez pour «\u00a0chart_bar\u00a0» "
	    "une couleur plus foncée\n");
	run_free(&r);
}

static const struct tfile gold_site[] = {
	{ "theme/assets/css/identity.css", "/*\n"
	  " * Gold: --accent: #000000 in a comment is not read.\n */\n"
	  ":root {\n\t--accent: #d4a017;\n\t--accent-dark:#5c0e25;\n"
	  "\t--accent-tint: #333;\n}\n" },
};

/*
 * The site's colours, from identity.css: white text on a gold accent,
 * the site's ink on a dark tint; the dark shade passes. Comments are
 * not read, and #rgb counts.
 */
Test(contrast, site_colours_are_checked)
{
	struct run	 r;

	test_content(gold_site, 1);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err,
	    "content/theme/assets/css/identity.css:5:12: warning: white "
	    "(#FFFFFF) on '--accent' (#D4A017) has a contrast of 2.37:1, "
	    "below the 4.5:1 that text needs: choose a darker '--accent'\n"
	    "content/theme/assets/css/identity.css:7:17: warning: '--ink' "
	    "(#1B1F24) on '--accent-tint' (#333333) has a contrast of 1.31:1, "
	    "below the 4.5:1 that text needs: choose a lighter "
	    "'--accent-tint'\n");
	run_free(&r);
}

Test(contrast, site_warnings_in_french)
{
	struct run	 r;

	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "fr", 1);
	test_content(gold_site, 1);
	r = test_run(30, (const char *const[]){ "check", "content", "-q",
	    NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err,
	    "content/theme/assets/css/identity.css:5:12: avertissement: blanc "
	    "(#FFFFFF) sur «\u00a0--accent\u00a0» (#D4A017) a un contraste de "
	    "2,37:1, sous les 4,5:1 que demande un texte\u00a0: choisissez "
	    "pour «\u00a0--accent\u00a0» une couleur plus foncée\n"
	    "content/theme/assets/css/identity.css:7:17: avertissement: "
	    "«\u00a0--ink\u00a0» (#1B1F24) sur «\u00a0--accent-tint\u00a0» "
	    "(#333333) a un contraste de 1,31:1, sous les 4,5:1 que demande "
	    "un texte\u00a0: choisissez pour «\u00a0--accent-tint\u00a0» une "
	    "couleur plus claire\n");
	run_free(&r);
}
