/*
 * The HTML site: the pages of docs/format.md section 3 for the sample, every
 * content string escaped (hostile content in every field), broken
 * templates failing the build at their position with the output left
 * as it was, single-file theme overrides, the sitemap, the charts' SVG.
 */
#include <sys/stat.h>

#include <criterion/criterion.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/render/html/svg.h"
#include "../../generator/util/fs.h"
#include "../../generator/view/chart.h"
#include "helpers.h"

TestSuite(site, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp, .timeout = 60);

static struct run
build(const char *content, const char *out)
{
	return test_run(30, (const char *const[]){ "build", content, "-o",
	    out, "-q", NULL });
}

static void
build_ok(const char *content, const char *out)
{
	struct run	 r = build(content, out);

	cr_assert_eq(r.status, 0, "build failed:\n%s", r.err);
	run_free(&r);
}

static int
has_file(const char *path)
{
	return fs_is_file(path);
}

static char *
slurp(const char *path)
{
	size_t	 len;

	return test_read(path, &len);
}

/* How many times what occurs in s. */
static size_t
count(const char *s, const char *what)
{
	size_t	 n = 0;

	while ((s = strstr(s, what)) != NULL) {
		n++;
		s += strlen(what);
	}
	return n;
}

Test(site, sample_has_every_page)
{
	static const char *const pages[] = {
		"index.html", "thematics/basculement-delinquance-recidive.html",
		"actions/mediation-sociale.html", "indicators.html",
		"partners.html", "pages/introduction.html", "charter.html",
		"accessibilite.html", "assets/css/site.css",
		"assets/css/identity.css", "assets/css/print.css",
		"sitemap.xml", "data/metrics.json", "data/indicators.csv",
	};
	char	*content = test_repo_path("content"), *p, *html;
	size_t	 i;

	build_ok(content, "out");
	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		p = fs_join("out/site", pages[i]);
		cr_expect(has_file(p), "missing %s", p);
		free(p);
	}
	html = slurp("out/site/index.html");
	cr_expect(strstr(html, "<html lang=\"fr\">") != NULL);
	cr_expect(strstr(html, "href=\"#main\"") != NULL, "skip link");
	cr_expect(strstr(html, "href=\"pdf/rapport-2025.pdf\"") != NULL);
	cr_expect(strstr(html, "data/indicators.csv") != NULL);
	cr_expect(strstr(html, "Accessibilité\xC2\xA0: non conforme") !=
	    NULL, "RGAA mention");
	cr_expect(strstr(html, "href=\"accessibilite.html\"") != NULL);
	free(html);
	html = slurp("out/site/actions/mediation-sociale.html");
	cr_expect(strstr(html, "href=\"../assets/css/site.css\"") != NULL,
	    "relative links");
	cr_expect(strstr(html, "role=\"img\"") != NULL);
	cr_expect(strstr(html, "Objectifs de cette action") != NULL);
	cr_expect(strstr(html, "Difficultés identifiées") != NULL);
	cr_expect(strstr(html, "<h1>") != NULL);
	free(html);
	free(content);
}


static size_t	 pages_checked;

/*
 * Whether what occurs inside a tag of s (after a '<' not yet closed by
 * '>'): escaped text shows "onerror=" harmlessly, an attribute does not.
 */
static int
in_tag(const char *s, const char *what)
{
	const char	*at = s, *q;

	while ((at = strstr(at, what)) != NULL) {
		for (q = at; q > s && *q != '<' && *q != '>'; q--)
			;
		if (*q == '<')
			return 1;
		at += strlen(what);
	}
	return 0;
}

/* No injected markup survives, in any page. */
static void
no_injection(const char *path)
{
	char	*s, *lower, *q;
	size_t	 n = strlen(path);

	if (n < 5 || strcmp(path + n - 5, ".html") != 0)
		return;
	pages_checked++;
	s = slurp(path);
	lower = strdup(s);
	for (q = lower; *q != '\0'; q++)
		*q = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
	cr_expect(strstr(lower, "<script") == NULL, "%s: <script", path);
	cr_expect(!in_tag(lower, "onerror="), "%s: onerror=", path);
	cr_expect(!in_tag(lower, "onclick="), "%s: onclick=", path);
	cr_expect(!in_tag(lower, "javascript:"), "%s: javascript:", path);
	cr_expect(strstr(lower, "<img") == NULL, "%s: <img", path);
	cr_expect(strstr(lower, "</title>x") == NULL, "%s: </title>", path);
	cr_expect(strstr(s, "<b>raw</b>") == NULL, "%s: raw HTML", path);
	cr_expect(strstr(s, "<div onclick") == NULL, "%s: raw HTML", path);
	free(lower);
	free(s);
}

#define EVIL "<script>alert(1)</script>\\\"><img src=x onerror=alert(1)>" \
	"</title>x{{evil}}"
#define EVIL_MD "<script>alert(1)</script> <b>raw</b> " \
	"[clic](javascript:alert(1)) <img src=x onerror=alert(1)> " \
	"</title>x {{evil}}"

Test(site, hostile_strings_are_escaped)
{
	static const struct tfile files[] = {
		{ "clspd.yaml",
		  "council: \"" EVIL "\"\n"
		  "territory: \"" EVIL "\"\n"
		  "title: \"" EVIL "\"\n"
		  "year: 2025\n"
		  "base_url: \"https://example.org/\"\n"
		  "coordinator:\n"
		  "  name: \"" EVIL "\"\n"
		  "  email: \"" EVIL "\"\n"
		  "  phone: \"01 23 " EVIL "\"\n"
		  "thematics:\n"
		  "  - id: t\n"
		  "    title: \"" EVIL "\"\n"
		  "    description: \"" EVIL_MD "\"\n"
		  "    group: [p]\n" },
		{ "partners/p.yaml",
		  "name: \"" EVIL "\"\nshort: \"" EVIL "\"\nkind: commune\n"
		  "email: \"" EVIL "\"\nphone: \"01 23 " EVIL "\"\n"
		  "address: \"" EVIL "\"\n"
		  "description: \"" EVIL_MD "\"\n" },
		{ "actions/a.yaml",
		  "title: \"" EVIL "\"\n"
		  "thematic: t\n"
		  "pilot: p\n"
		  "partners: [q]\n"
		  "description: \"" EVIL_MD "\"\n"
		  "objectives: [\"" EVIL_MD "\", \"" EVIL_MD "\"]\n"
		  "public: \"" EVIL_MD "\"\n"
		  "identification: \"" EVIL_MD "\"\n"
		  "means: \"" EVIL_MD "\"\n"
		  "evaluation: \"" EVIL_MD "\"\n"
		  "difficulties: \"" EVIL_MD "\"\n"
		  "suggestions: \"" EVIL_MD "\"\n"
		  "funding:\n"
		  "  2025:\n"
		  "    - funder: q\n"
		  "      amount: 100\n"
		  "      note: \"" EVIL "\"\n" },
		{ "actions/a.md", "# " EVIL_MD "\n\n" EVIL_MD "\n\n"
		  "<div onclick=x><script>alert(1)</script></div>\n" },
		{ "indicators/i.yaml",
		  "action: a\n"
		  "label: \"" EVIL "\"\n"
		  "unit: \"" EVIL "\"\n"
		  "source: \"" EVIL_MD "\"\n"
		  "target: {2025: 12}\n"
		  "values: {2024: 8, 2025: 10}\n"
		  "breakdown:\n"
		  "  2025:\n"
		  "    \"" EVIL "\": 6\n"
		  "    \"b\": 4\n" },
		{ "pages/p1.md", "---\ntitle: \"" EVIL "\"\n---\n\n" EVIL_MD
		  "\n" },
		{ "charter.md", "---\ntitle: \"" EVIL "\"\nsubtitle: \"" EVIL
		  "\"\nversion: \"" EVIL "\"\nsignatories: [p]\n---\n\n"
		  EVIL_MD "\n" },
	};

	test_content(files, sizeof(files) / sizeof(files[0]));
	build_ok("content", "out");
	pages_checked = 0;
	test_walk("out/site", no_injection);
	cr_expect_geq(pages_checked, 8);
	{
		char	*s = slurp("out/site/actions/a.html");

		cr_expect(strstr(s, "&lt;script&gt;") != NULL,
		    "the text is shown, escaped");
		free(s);
	}
}

Test(site, broken_template_fails_at_its_position)
{
	static const struct tfile unclosed[] = {
		{ "theme/templates/thematic.mustache",
		  "{{<layout}}{{$main}}\n<h1>{{#thematic}}{{title}}</h1>\n"
		  "{{/main}}{{/layout}}\n" },
	};
	static const struct tfile partial[] = {
		{ "theme/templates/thematic.mustache",
		  "{{<layout}}{{$main}}\n\n  {{>nowhere}}\n"
		  "{{/main}}{{/layout}}\n" },
	};
	struct run	 r;

	test_content(NULL, 0);
	build_ok("content", "out");
	test_write_file("out/site/marker", "x", 1);
	test_content(unclosed, 1);
	r = build("content", "out");
	cr_expect_eq(r.status, 1, "%s", r.err);
	/* Where the section opens (line 2) or where the mismatch is (3). */
	cr_expect((strstr(r.err, "content/theme/templates/thematic.mustache:"
	    "2:") != NULL || strstr(r.err, "content/theme/templates/"
	    "thematic.mustache:3:") != NULL) && strstr(r.err, "thematic'") !=
	    NULL, "position: %s", r.err);
	run_free(&r);
	cr_expect(has_file("out/site/marker"), "output left untouched");
	test_content(partial, 1);
	r = build("content", "out");
	cr_expect_eq(r.status, 1, "%s", r.err);
	cr_expect(strstr(r.err, "content/theme/templates/thematic.mustache:"
	    "3:3:") != NULL && strstr(r.err, "nowhere") != NULL,
	    "position: %s", r.err);
	run_free(&r);
	cr_expect(has_file("out/site/marker"), "output left untouched");
}

/*
 * check reads the templates as build does: a broken one is an error at
 * its position, with the content's own count, and nothing is written.
 */
Test(site, check_finds_a_broken_template)
{
	static const struct tfile partial[] = {
		{ "theme/templates/thematic.mustache",
		  "{{<layout}}{{$main}}\n\n  {{>nowhere}}\n"
		  "{{/main}}{{/layout}}\n" },
	};
	struct run	 r;

	test_content(partial, 1);
	r = test_run(60, (const char *const[]){ "check", "content", NULL });
	cr_expect_eq(r.status, 1, "%s", r.err);
	cr_expect(strstr(r.err, "content/theme/templates/thematic.mustache:"
	    "3:3: error: ") != NULL && strstr(r.err, "nowhere") != NULL,
	    "position: %s", r.err);
	cr_expect(strstr(r.err, "1 error") != NULL, "%s", r.err);
	run_free(&r);
	cr_expect(!has_file("out"), "check writes nothing");
	/* The default theme's templates pass. */
	test_content(NULL, 0);
	test_write_file("content/theme/templates/thematic.mustache", "", 0);
	r = test_run(60, (const char *const[]){ "check", "content", NULL });
	cr_expect_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

Test(site, theme_overrides_one_file)
{
	static const struct tfile files[] = {
		{ "theme/templates/footer.mustache",
		  "<footer>OWN FOOTER {{council}}</footer>\n" },
		{ "theme/strings/fr.yaml", "skip_link: Sauter au texte\n" },
		{ "theme/assets/css/identity.css", ":root{--accent:#7a1f3d}\n" },
		{ "theme/assets/img/logo.svg", "<svg/>\n" },
	};
	char	*s;

	test_content(files, sizeof(files) / sizeof(files[0]));
	build_ok("content", "out");
	s = slurp("out/site/index.html");
	cr_expect(strstr(s, "OWN FOOTER CLSPD de Test") != NULL);
	cr_expect(strstr(s, "Sauter au texte") != NULL);
	cr_expect(strstr(s, "class=\"site-header\"") != NULL,
	    "the other templates are the default's");
	free(s);
	s = slurp("out/site/assets/css/identity.css");
	cr_expect_str_eq(s, ":root{--accent:#7a1f3d}\n");
	free(s);
	cr_expect(has_file("out/site/assets/css/site.css"));
	cr_expect(has_file("out/site/assets/img/logo.svg"));
}

Test(site, sitemap_only_with_base_url)
{
	static const struct tfile with[] = {
		{ "clspd.yaml",
		  "council: CLSPD de Test\nterritory: Testville\nyear: 2025\n"
		  "base_url: \"https://clspd.example/rapport\"\n"
		  "thematics:\n  - id: t\n    title: T\n    group: [p]\n" },
	};
	char	*s;

	test_content(NULL, 0);
	build_ok("content", "out");
	cr_expect(!has_file("out/site/sitemap.xml"));
	test_content(with, 1);
	build_ok("content", "out2");
	s = slurp("out2/site/sitemap.xml");
	cr_expect(strstr(s, "<loc>https://clspd.example/rapport/index.html"
	    "</loc>") != NULL, "%s", s);
	cr_expect(strstr(s, "<loc>https://clspd.example/rapport/actions/"
	    "a.html</loc>") != NULL);
	cr_expect(strstr(s, "accessibilite.html") != NULL);
	free(s);
}

/*
 * partners.html names each role of a partner once, with its list of
 * actions (or thematics): a pilot of two actions has one "Pilote de".
 */
Test(site, partner_roles_once_with_their_list)
{
	static const struct tfile files[] = {
		{ "clspd.yaml",
		  "council: CLSPD de Test\nterritory: Testville\nyear: 2025\n"
		  "thematics:\n  - id: t\n    title: Thème T\n    group: [p]\n"
		  "  - id: u\n    title: Thème U\n    group: [p]\n" },
		{ "actions/a.yaml", "title: Action A\nthematic: t\npilot: p\n"
		  "partners: [q]\ndescription: D.\nobjectives: O.\n" },
		{ "actions/b.yaml", "title: Action B\nthematic: u\npilot: p\n"
		  "partners: [q]\ndescription: D.\nobjectives: O.\n" },
	};
	char	*s, *card;

	test_content(files, sizeof(files) / sizeof(files[0]));
	build_ok("content", "out");
	s = slurp("out/site/partners.html");
	card = strstr(s, "id=\"partner-p\"");
	cr_assert(card != NULL, "%s", s);
	cr_expect_eq(count(s, "<dt>Pilote de</dt>"), 1, "%s", s);
	cr_expect_eq(count(s, "<dt>Membre du groupe</dt>"), 1);
	cr_expect_eq(count(s, "<dt>Partenaire de</dt>"), 1);
	cr_expect(strstr(card, "<dt>Pilote de</dt><dd><ul class=\"role-list\">"
	    "<li><a href=\"actions/a.html\">Action A</a></li>"
	    "<li><a href=\"actions/b.html\">Action B</a></li></ul></dd>") !=
	    NULL, "%s", card);
	cr_expect(strstr(card, "<dt>Membre du groupe</dt><dd><ul class=\""
	    "role-list\"><li><a href=\"thematics/t.html\">Thème T</a></li>"
	    "<li><a href=\"thematics/u.html\">Thème U</a></li></ul></dd>") !=
	    NULL, "%s", card);
	cr_expect(strstr(card, "<dt>Financeur de</dt>") == NULL);
	free(s);
}

/*
 * A Markdown image of media/ is an <img> with its description as alt
 * text (the text of its children, without their emphasis) and its size,
 * in a narrative and in a field alike, inside a link too; its title is
 * left out.
 */
Test(site, markdown_image_as_img)
{
	static const char png[] = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52"
	    "\x00\x00\x00\x02\x00\x00\x00\x01\x08\x02\x00\x00\x00\x7b\x40\xe8"
	    "\xdd\x00\x00\x00\x0d\x49\x44\x41\x54\x78\x9c\x63\xf8\xcf\x00\x04"
	    "\xff\x01\x07\x00\x01\xff\xe2\x23\x9e\x59\x00\x00\x00\x00\x49\x45"
	    "\x4e\x44\xae\x42\x60\x82";
	static const struct tfile files[] = {
		{ "actions/a.yaml",
		  "title: Action A\nthematic: t\n"
		  "description: \"Voir ![le *plan* du quartier](media/plan.png).\"\n"
		  "objectives: Viser.\n" },
		{ "actions/a.md", "Avant ![photo](media/plan.png \"titre\") "
		  "après, [![logo](media/plan.png)](https://example.org/).\n" },
	};
	char	*s;

	test_content(files, sizeof(files) / sizeof(files[0]));
	test_write_file("content/media/plan.png", png, sizeof(png) - 1);
	build_ok("content", "out");
	s = slurp("out/site/actions/a.html");
	cr_expect(strstr(s, "Voir <img src=\"../media/plan.png\" alt=\"le plan "
	    "du quartier\" width=\"2\" height=\"1\">.") != NULL, "%s", s);
	cr_expect(strstr(s, "Avant <img src=\"../media/plan.png\" alt=\"photo\" "
	    "width=\"2\" height=\"1\"> après, <a href=\"https://example.org/\">"
	    "<img src=\"../media/plan.png\" alt=\"logo\" width=\"2\" "
	    "height=\"1\"></a>.") != NULL, "%s", s);
	cr_expect(strstr(s, "titre") == NULL, "%s", s);
	free(s);
}

/*
 * With base_url, every page names its absolute URL as canonical (one
 * "/" between base and path, whether base_url ends with one or not);
 * without, none does.
 */
Test(site, canonical_link_with_base_url)
{
	static const struct tfile slash[] = {
		{ "clspd.yaml",
		  "council: CLSPD de Test\nterritory: Testville\nyear: 2025\n"
		  "base_url: \"https://clspd.example/rapport/\"\n"
		  "thematics:\n  - id: t\n    title: T\n    group: [p]\n" },
	};
	static const struct tfile bare[] = {
		{ "clspd.yaml",
		  "council: CLSPD de Test\nterritory: Testville\nyear: 2025\n"
		  "base_url: \"https://clspd.example/rapport\"\n"
		  "thematics:\n  - id: t\n    title: T\n    group: [p]\n" },
	};
	static const char *const pages[][2] = {
		{ "index.html", "index.html" },
		{ "actions/a.html", "actions/a.html" },
		{ "thematics/t.html", "thematics/t.html" },
		{ "partners.html", "partners.html" },
		{ "accessibilite.html", "accessibilite.html" },
	};
	char	*s, *p, want[200];
	size_t	 i, k;

	test_content(NULL, 0);
	build_ok("content", "out");
	s = slurp("out/site/index.html");
	cr_expect(strstr(s, "rel=\"canonical\"") == NULL);
	free(s);
	for (k = 0; k < 2; k++) {
		test_content(k == 0 ? slash : bare, 1);
		build_ok("content", k == 0 ? "out1" : "out2");
		for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
			p = fs_join(k == 0 ? "out1/site" : "out2/site",
			    pages[i][0]);
			s = slurp(p);
			snprintf(want, sizeof(want), "<link rel=\"canonical\" "
			    "href=\"https://clspd.example/rapport/%s\">",
			    pages[i][1]);
			cr_expect(strstr(s, want) != NULL, "%s: no %s", p,
			    want);
			cr_expect_eq(count(s, "rel=\"canonical\""), 1);
			free(s);
			free(p);
		}
	}
}

Test(site, chart_svg_structure)
{
	struct chart_bar	 bars[3] = {
		{ "2023", "10", NULL, 0.5, 0, 0, 0, 0, 0, NULL },
		{ "2024", "\xE2\x80\x94", NULL, 0, 1, 0, 0, 1, 0.6, "12" },
		{ "2025 <b>", "20", NULL, 1, 0, 1, 0, 1, 0.9, "18" },
	};
	struct chart		 c;
	struct svg_labels	 l = { "Valeur", "Cible", "Priorité" };
	struct buf		 b = BUF_INIT;

	memset(&c, 0, sizeof(c));
	c.title = "Titre & <unité>";
	c.desc = "Description.";
	c.bars = bars;
	c.nbars = 3;
	c.has_target = 1;
	svg_chart_years(&b, &c, &l, "chart-x");
	cr_expect(strstr(b.data, "role=\"img\"") != NULL);
	cr_expect(strstr(b.data, "aria-labelledby=\"chart-x-t\"") != NULL);
	cr_expect(strstr(b.data, "aria-describedby=\"chart-x-d\"") != NULL);
	cr_expect(strstr(b.data, "<title id=\"chart-x-t\">Titre &amp; "
	    "&lt;unité&gt;</title>") != NULL, "%s", b.data);
	cr_expect(strstr(b.data, "<desc id=\"chart-x-d\">Description.</desc>")
	    != NULL);
	/* Two bars drawn (one year has no value), one legend swatch. */
	cr_expect_eq(count(b.data, "<rect class=\"bar"), 3, "%s", b.data);
	cr_expect_eq(count(b.data, "<line class=\"target\""), 3);
	cr_expect(strstr(b.data, "2025 &lt;b&gt;") != NULL);
	buf_release(&b);
	bars[2].priority = 1;
	svg_chart_breakdown(&b, &c, &l, "chart-y");
	cr_expect_eq(count(b.data, "<g class=\"row"), 3);
	cr_expect_eq(count(b.data, "url(#chart-y-hatch)"), 1);
	cr_expect(strstr(b.data, "Priorité") != NULL);
	buf_release(&b);
}

/* The number after `attr="` at the first `what` of s, or -1. */
static double
number_after(const char *s, const char *what, const char *attr)
{
	char	 pat[64];

	if ((s = strstr(s, what)) == NULL)
		return -1;
	snprintf(pat, sizeof(pat), " %s=\"", attr);
	if ((s = strstr(s, pat)) == NULL)
		return -1;
	return strtod(s + strlen(pat), NULL);
}

/*
 * The scale's labels of big numbers are not cut: the left margin grows
 * with the longest, and the plot starts there.
 */
Test(site, chart_years_margin_from_ticks)
{
	struct chart_bar	 bars[1] = {
		{ "2025", "2 000 000", NULL, 1, 0, 1, 0, 0, 0, NULL },
	};
	struct chart		 c;
	struct svg_labels	 l = { "Valeur", "Cible", "Priorité" };
	struct buf		 b = BUF_INIT;
	double			 left;

	memset(&c, 0, sizeof(c));
	c.title = "T";
	c.desc = "D.";
	c.bars = bars;
	c.nbars = 1;
	c.nticks = 2;
	c.ticks[0] = (struct chart_tick){ 0, "0" };
	c.ticks[1] = (struct chart_tick){ 1, "20" };
	svg_chart_years(&b, &c, &l, "chart-x");
	cr_expect_eq(number_after(b.data, "<line class=\"axis\"", "x1"), 56,
	    "short labels keep the usual margin: %s", b.data);
	buf_release(&b);
	c.ticks[1] = (struct chart_tick){ 1, "1\xE2\x80\xAF" "000\xE2\x80\xAF"
	    "000\xE2\x80\xAF" "000" };
	svg_chart_years(&b, &c, &l, "chart-x");
	left = number_after(b.data, "<line class=\"axis\"", "x1");
	/* 13 characters at 12 px: some 75 units, right of 8 of padding. */
	cr_expect_geq(left, 85, "%s", b.data);
	cr_expect_leq(left, 200);
	cr_expect_eq(number_after(b.data, "<text class=\"tick\"", "x"),
	    left - 8);
	buf_release(&b);
}

/*
 * The legend has its own row: the value of the highest bar, under its
 * target, is not drawn on the legend's "Cible" (baseline 20, 13 px).
 */
Test(site, chart_years_legend_above_values)
{
	struct chart_bar	 bars[2] = {
		{ "2024", "150", NULL, 1, 0, 0, 0, 0, 0, NULL },
		{ "2025", "118", NULL, 0.78, 0, 1, 0, 1, 0.8, "120" },
	};
	struct chart		 c;
	struct svg_labels	 l = { "Valeur", "Cible", "Priorité" };
	struct buf		 b = BUF_INIT;
	const char		*p;
	double			 y, legend_bottom = 20 + 4;

	memset(&c, 0, sizeof(c));
	c.title = "T";
	c.desc = "D.";
	c.bars = bars;
	c.nbars = 2;
	c.has_target = 1;
	c.nticks = 1;
	c.ticks[0] = (struct chart_tick){ 0, "0" };
	svg_chart_years(&b, &c, &l, "chart-x");
	for (p = b.data; (p = strstr(p, "<text class=\"value\"")) != NULL;
	    p++) {
		y = number_after(p, "<text", "y");
		cr_expect_geq(y - 13, legend_bottom, "value at y=%g: %s", y,
		    b.data);
	}
	cr_expect_gt(number_after(b.data, "<g class=\"grid\"", "y1"), 40);
	buf_release(&b);
}

/*
 * A long label of a breakdown goes on two lines; a longer one is cut
 * with "…" (the whole label is in the description); a short one stays
 * one plain text. The rows grow to hold the second lines.
 */
Test(site, chart_breakdown_long_labels)
{
	static const char	 long90[] = "Association départementale de "
	    "sauvegarde de l'enfance, de l'adolescence et des adultes du Nord";
	char			 word[201];
	struct chart_bar	 bars[3] = {
		{ "Commune", "32 000 €", "58 %", 1, 0, 0, 0, 0, 0, NULL },
		{ long90, "15 000 €", "27 %", 0.5, 0, 0, 1, 0, 0, NULL },
		{ word, "8 000 €", "15 %", 0.25, 0, 0, 0, 0, 0, NULL },
	};
	struct chart		 c;
	struct svg_labels	 l = { "Valeur", "Cible", "Priorité" };
	struct buf		 b = BUF_INIT;

	memset(word, 'm', 200);
	word[200] = '\0';
	memset(&c, 0, sizeof(c));
	c.title = "T";
	c.desc = "D.";
	c.bars = bars;
	c.nbars = 3;
	svg_chart_breakdown(&b, &c, &l, "chart-y");
	cr_expect(strstr(b.data, "<text class=\"label\" x=\"0\" y=\"23\">"
	    "Commune</text>") != NULL, "%s", b.data);
	cr_expect_eq(count(b.data, "<tspan x=\"0\""), 4, "%s", b.data);
	cr_expect(strstr(b.data, ">Association départementale de ") !=
	    NULL);
	cr_expect(strstr(b.data, "du Nord<tspan class=\"priority-mark\"") !=
	    NULL, "the mark ends the second line: %s", b.data);
	cr_expect_eq(count(b.data, "\xE2\x80\xA6"), 1, "%s", b.data);
	cr_expect(strstr(b.data, word) == NULL, "the word is cut");
	cr_expect_eq(number_after(b.data, "<svg", "height"),
	    16 + 3 * 48 + 2 * 19);
	buf_release(&b);
}

/*
 * Every link and resource of every page points to a file of the site
 * folder (not outside it: site/ is published as it is), and every
 * fragment to an id of its page: no broken link.
 */
static size_t	 links_checked;

static int
has_id(const char *file, const char *id)
{
	char	*html = slurp(file), pat[300];
	int	 found;

	snprintf(pat, sizeof(pat), "id=\"%s\"", id);
	found = strstr(html, pat) != NULL;
	free(html);
	return found;
}

/* Whether path, once resolved, is in out/site/. */
static int
inside_site(const char *path)
{
	char	 site[PATH_MAX], real[PATH_MAX];

	if (realpath("out/site", site) == NULL ||
	    realpath(path, real) == NULL)
		return 0;
	return strncmp(real, site, strlen(site)) == 0 &&
	    real[strlen(site)] == '/';
}

static void
check_links(const char *path)
{
	static const char *const attrs[] = { " href=\"", " src=\"" };
	char		*html, *dir, *slash, *target, *frag, *p, *end;
	char		 url[512];
	size_t		 a, len;

	if (strlen(path) < 5 || strcmp(path + strlen(path) - 5, ".html") != 0)
		return;
	html = slurp(path);
	dir = strdup(path);
	slash = strrchr(dir, '/');
	*slash = '\0';
	for (a = 0; a < 2; a++)
		for (p = html; (p = strstr(p, attrs[a])) != NULL; p = end) {
			p += strlen(attrs[a]);
			end = strchr(p, '"');
			cr_assert(end != NULL);
			len = (size_t)(end - p);
			cr_assert(len < sizeof(url));
			memcpy(url, p, len);
			url[len] = '\0';
			if (strncmp(url, "https:", 6) == 0 ||
			    strncmp(url, "http:", 5) == 0 ||
			    strncmp(url, "mailto:", 7) == 0 ||
			    strncmp(url, "tel:", 4) == 0)
				continue;
			links_checked++;
			if ((frag = strchr(url, '#')) != NULL)
				*frag++ = '\0';
			target = url[0] == '\0' ? strdup(path) :
			    fs_join(dir, url);
			cr_expect(has_file(target), "%s: broken link to %s",
			    path, url);
			cr_expect(inside_site(target), "%s: %s is outside "
			    "the site folder", path, url);
			if (frag != NULL && has_file(target))
				cr_expect(has_id(target, frag), "%s: no id '%s' "
				    "in %s", path, frag, target);
			free(target);
		}
	free(dir);
	free(html);
}

Test(site, no_broken_link)
{
	char	*content = test_repo_path("content");

	build_ok(content, "out");
	links_checked = 0;
	test_walk("out/site", check_links);
	cr_expect_gt(links_checked, 100, "only %zu links checked",
	    links_checked);
	free(content);
}

/*
 * The site folder can be published as it is: its PDFs are in site/pdf/,
 * hard links to OUT/pdf/'s (the same bytes, stored once).
 */
Test(site, site_folder_holds_its_pdfs)
{
	static const char *const names[] = { "rapport-2025.pdf", "charte.pdf",
	    "charte-impression.pdf" };
	char		*content = test_repo_path("content"), a[64], b[64];
	struct stat	 sa, sb;
	size_t		 i;

	build_ok(content, "out");
	for (i = 0; i < 3; i++) {
		snprintf(a, sizeof(a), "out/pdf/%s", names[i]);
		snprintf(b, sizeof(b), "out/site/pdf/%s", names[i]);
		cr_assert(stat(a, &sa) == 0 && stat(b, &sb) == 0, "%s", b);
		cr_expect(sa.st_ino == sb.st_ino && sa.st_dev == sb.st_dev,
		    "%s is not a hard link to %s", b, a);
	}
	free(content);
}

/*
 * A theme file that is a symbolic link is refused, not followed: it
 * could publish a file from outside the theme, or make the walk loop.
 * An asset too large to copy is an error at its path, not a silent
 * failure.
 */
Test(site, theme_links_and_unusable_assets_are_errors)
{
	char		*content = test_repo_path("content");
	struct run	 r;
	struct buf	 big = BUF_INIT;
	char		 cmd[4096];

	snprintf(cmd, sizeof(cmd), "cp -r '%s' c && mkdir -p c/theme/assets/x "
	    "c/theme/templates && ln -s /etc/passwd c/theme/assets/leak.css && "
	    "ln -s . c/theme/assets/x/loop && ln -s ../../x.mustache "
	    "c/theme/templates/page.mustache", content);
	cr_assert(system(cmd) == 0);
	r = build("c", "out");
	cr_assert_eq(r.status, 1, "%s", r.err);
	/* Found by the content's walk (load.c), with the content's rule. */
	cr_assert(strstr(r.err, "c/theme/assets/leak.css:1:1: error: a "
	    "symbolic link: clspd follows no link in the content folder (one "
	    "could publish a file from outside it); replace the link by the "
	    "file or folder itself\n") != NULL, "%s", r.err);
	cr_assert(strstr(r.err, "c/theme/assets/x/loop:1:1: error: a symbolic "
	    "link") != NULL, "%s", r.err);
	cr_assert(strstr(r.err, "c/theme/templates/page.mustache:1:1: error: "
	    "a symbolic link: clspd follows no link") != NULL, "%s", r.err);
	cr_assert(strstr(r.err, "unknown template") == NULL, "%s", r.err);
	cr_assert(!has_file("out/site/assets/leak.css"));
	run_free(&r);
	cr_assert(system("rm c/theme/assets/leak.css c/theme/assets/x/loop "
	    "c/theme/templates/page.mustache") == 0);
	buf_grow(&big, (17u << 20) + 1);
	memset(big.data, 'x', 17u << 20);
	test_write_file("c/theme/assets/big.bin", big.data, 17u << 20);
	buf_release(&big);
	r = build("c", "out");
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "c/theme/assets/big.bin:1:1: error: this asset "
	    "is larger than 16 MiB\n") != NULL, "%s", r.err);
	run_free(&r);
	free(content);
}

/*
 * The baseline is shown: a figure of the indicator's card, its year
 * marked in the years table, a dashed line in the chart, a column of
 * the dashboard; and in the report's indicator table.
 */
Test(site, baseline_is_shown)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Compter\n"
		  "baseline: {year: 2024, value: 7}\n"
		  "values: {2024: 7, 2025: 10}\n" },
	};
	char	*act, *dash, *pdf;

	test_content(f, 1);
	build_ok("content", "out");
	act = slurp("out/site/actions/a.html");
	cr_assert(strstr(act, "<div class=\"figure\"><dt>Référence 2024</dt>"
	    "<dd><span class=\"figure-value\">7</span></dd></div>") != NULL,
	    "%s", act);
	cr_assert(strstr(act, "<th scope=\"row\">2024 <span "
	    "class=\"baseline-tag\">(Référence)</span></th>") != NULL, "%s",
	    act);
	cr_assert(strstr(act, "<th scope=\"row\">2025</th>") != NULL);
	cr_assert_eq(count(act, "<line class=\"baseline\""), 2);
	dash = slurp("out/site/indicators.html");
	cr_assert(strstr(dash, "<th scope=\"col\" class=\"num\">Référence</th>")
	    != NULL, "%s", dash);
	cr_assert(strstr(dash, "<td class=\"num\">7 <span "
	    "class=\"baseline-year\">(2024)</span></td>") != NULL, "%s", dash);
	free(act);
	free(dash);
	pdf = test_sh("pdftotext out/pdf/rapport-2025.pdf -", NULL);
	cr_assert(strstr(pdf, "7 (2024)") != NULL, "%s", pdf);
	cr_assert(strstr(pdf, "Référence 2024") != NULL, "%s", pdf);
	free(pdf);
}

/*
 * opens_report: the page comes right after the home in the menu, in
 * full on the home page before the key figures, and in the report
 * before the key figures; without it, pages come after them.
 */
Test(site, page_opens_the_report)
{
	static const struct tfile f[] = {
		{ "pages/intro.md", "---\ntitle: Introduction\norder: 1\n---\n"
		  "\nLe texte.\n" },
		{ "pages/mot.md", "---\ntitle: Le mot du maire\norder: 9\n"
		  "opens_report: true\n---\n\nChers habitants.\n" },
	};
	char	*home, *pdf;

	test_content(f, 2);
	build_ok("content", "out");
	home = slurp("out/site/index.html");
	cr_assert(strstr(home, "pages/mot.html") < strstr(home,
	    "indicators.html"), "%s", home);
	cr_assert(strstr(home, "indicators.html") < strstr(home,
	    "pages/intro.html"), "%s", home);
	cr_assert(strstr(home, "<h2 id=\"page-mot\"><a href=\"pages/mot.html\">"
	    "Le mot du maire</a></h2>\n<div class=\"prose\"><p>Chers "
	    "habitants.</p>") != NULL, "%s", home);
	cr_assert(strstr(home, "Chers habitants") < strstr(home,
	    "id=\"key-figures\""));
	cr_assert(strstr(home, "Le texte.") == NULL);
	free(home);
	pdf = test_sh("pdftotext -f 3 -l 3 out/pdf/rapport-2025.pdf -", NULL);
	cr_assert(strstr(pdf, "Le mot du maire") != NULL, "%s", pdf);
	cr_assert(strstr(pdf, "Chiffres clés") == NULL, "%s", pdf);
	free(pdf);
	pdf = test_sh("pdftotext -f 4 -l 4 out/pdf/rapport-2025.pdf -", NULL);
	cr_assert(strstr(pdf, "Chiffres clés") != NULL, "%s", pdf);
	free(pdf);
}

/* A funding family that funds nothing is left out, not shown at 0 €. */
Test(site, empty_funding_family_left_out)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", "title: A\nthematic: t\ndescription: D.\n"
		  "objectives: O.\nfunding: {2025: [{funder: p, amount: 100},"
		  " {funder: q, amount: 50}]}\n" },
	};
	char	*home, *pdf;

	test_content(f, 1);
	build_ok("content", "out");
	home = slurp("out/site/index.html");
	cr_assert(strstr(home, "Collectivités") != NULL, "%s", home);
	cr_assert(strstr(home, "État") != NULL);
	cr_assert(strstr(home, "Associations") == NULL, "%s", home);
	cr_assert(strstr(home, "Autres partenaires") == NULL);
	free(home);
	pdf = test_sh("pdftotext out/pdf/rapport-2025.pdf -", NULL);
	cr_assert(strstr(pdf, "Collectivités") != NULL, "%s", pdf);
	cr_assert(strstr(pdf, "Associations") == NULL, "%s", pdf);
	cr_assert(strstr(pdf, "Autres partenaires") == NULL, "%s", pdf);
	free(pdf);
	pdf = slurp("out/site/data/metrics.json");
	cr_assert(strstr(pdf, "\"associations\"") != NULL, "%s", pdf);
	free(pdf);
}

/*
 * The charts of an indicator are found by its id (site_computed.c) and
 * drawn from its typed facts: a sensitive breakdown's hidden counts read
 * "< N" and its shares, all hidden, are neither drawn nor said.
 */
Test(site, chart_of_a_masked_breakdown)
{
	static const struct tfile f[] = {
		{ "clspd.yaml", "council: C\nterritory: T\nyear: 2025\n"
		  "coordinator: {email: c@v.fr}\nprivacy: {min_count: 5}\n"
		  "thematics: [{id: t, title: T}]\n" },
		{ "actions/a.yaml", "title: A\nthematic: t\ndescription: D.\n"
		  "objectives: O.\n" },
		{ "indicators/i.yaml", "action: a\nlabel: Lieux\n"
		  "sensitive: true\nvalues: {2025: 35}\n"
		  "breakdown: {2025: {Gare: 2, Parc: 3, Place: 30}}\n" },
	};
	char	*act;

	test_content(f, 3);
	build_ok("content", "out");
	act = slurp("out/site/actions/a.html");
	cr_assert(strstr(act, "<desc id=\"chart-years-i-d\">Lieux\xC2\xA0: "
	    "2025\xC2\xA0: 35.</desc>") != NULL, "%s", act);
	cr_assert(strstr(act, "<desc id=\"chart-breakdown-i-d\">Répartition"
	    "\xC2\xA0: Lieux\xC2\xA0: Gare\xC2\xA0: &lt; 5\xE2\x80\xAF; "
	    "Parc\xC2\xA0: &lt; 5\xE2\x80\xAF; Place\xC2\xA0: 30. "
	    "Priorité\xC2\xA0: Place.</desc>") != NULL, "%s", act);
	/* The bars' values alone, without " (share)". */
	cr_assert_eq(count(act, "y=\"139\">30</text>"), 1, "%s", act);
	cr_assert_eq(count(act, ">&lt; 5</text>"), 2, "%s", act);
	free(act);
}
