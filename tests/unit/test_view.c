/*
 * The view stage: French and English number formats, French typography,
 * label strings and their overrides, and the display tree.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/markdown/markdown.h"
#include "../../generator/util/alloc.h"
#include "../../generator/theme/theme.h"
#include "../../generator/view/format.h"
#include "../../generator/theme/strings.h"
#include "../../generator/view/docs.h"
#include "../../generator/view/typo.h"
#include "../../generator/view/view.h"
#include "helpers.h"

#define NN "\xE2\x80\xAF"	/* U+202F */
#define NB "\xC2\xA0"		/* U+00A0 */
#define MINUS "\xE2\x88\x92"	/* U+2212 */
#define D(x) ((decimal)((x) * 1000000.0 + ((x) < 0 ? -0.5 : 0.5)))

typedef void (*decimal_fmt)(struct buf *, decimal, enum locale);
typedef void (*ratio_fmt)(struct buf *, double, enum locale);

static void
check_dec(decimal_fmt f, decimal d, enum locale loc, const char *want)
{
	struct buf	 b = BUF_INIT;

	f(&b, d, loc);
	cr_assert_str_eq(buf_cstr(&b), want);
	buf_release(&b);
}

static void
check_ratio(ratio_fmt f, double r, enum locale loc, const char *want)
{
	struct buf	 b = BUF_INIT;

	f(&b, r, loc);
	cr_assert_str_eq(buf_cstr(&b), want);
	buf_release(&b);
}

Test(format, numbers_fr)
{
	check_dec(format_number, D(0), LOCALE_FR, "0");
	check_dec(format_number, D(999), LOCALE_FR, "999");
	check_dec(format_number, D(1512), LOCALE_FR, "1" NN "512");
	check_dec(format_number, D(1.5), LOCALE_FR, "1,5");
	check_dec(format_number, D(1234567.25), LOCALE_FR,
	    "1" NN "234" NN "567,25");
	check_dec(format_number, D(-3), LOCALE_FR, MINUS "3");
	check_dec(format_number, 1, LOCALE_FR, "0,000001");
}

Test(format, numbers_en)
{
	check_dec(format_number, D(1512), LOCALE_EN, "1,512");
	check_dec(format_number, D(1.5), LOCALE_EN, "1.5");
	check_dec(format_number, D(-1234.5), LOCALE_EN, "-1,234.5");
}

Test(format, amounts)
{
	check_dec(format_amount, D(15000), LOCALE_FR, "15" NN "000" NB "€");
	check_dec(format_amount, D(12500.5), LOCALE_FR,
	    "12" NN "500,50" NB "€");
	check_dec(format_amount, D(0.05), LOCALE_FR, "0,05" NB "€");
	check_dec(format_amount, D(0), LOCALE_FR, "0" NB "€");
	check_dec(format_amount, D(105750.75), LOCALE_EN, "€105,750.75");
	check_dec(format_amount, D(15000), LOCALE_EN, "€15,000");
}

Test(format, percentages)
{
	check_ratio(format_percent, 0.92, LOCALE_FR, "92" NN "%");
	check_ratio(format_percent, 0.9234, LOCALE_FR, "92" NN "%");
	check_ratio(format_percent, 1, LOCALE_FR, "100" NN "%");
	check_ratio(format_percent, 0.045, LOCALE_FR, "4,5" NN "%");
	check_ratio(format_percent, 0.05, LOCALE_FR, "5" NN "%");
	check_ratio(format_percent, 0, LOCALE_FR, "0" NN "%");
	check_ratio(format_percent, 12.5, LOCALE_FR, "1" NN "250" NN "%");
	check_ratio(format_percent, 0.92, LOCALE_EN, "92%");
	check_ratio(format_percent, 0.045, LOCALE_EN, "4.5%");
	/* Just short of the target is never shown as 100 %. */
	check_ratio(format_percent, 0.995, LOCALE_FR, "99,5" NN "%");
	check_ratio(format_percent, 0.9999, LOCALE_FR, "99,9" NN "%");
	check_ratio(format_percent, 0.9949, LOCALE_FR, "99" NN "%");
	check_ratio(format_percent, 1.004, LOCALE_FR, "100" NN "%");
}

Test(format, evolutions)
{
	check_ratio(format_evolution, 0.12, LOCALE_FR, "+12" NN "%");
	check_ratio(format_evolution, -0.05, LOCALE_FR, MINUS "5" NN "%");
	check_ratio(format_evolution, 0, LOCALE_FR, "0" NN "%");
	check_ratio(format_evolution, 0.0126, LOCALE_FR, "+1,3" NN "%");
	check_ratio(format_evolution, -0.25, LOCALE_EN, "-25%");
}

Test(format, dates)
{
	struct buf	 b = BUF_INIT;

	format_date(&b, 1767225600, LOCALE_FR);	/* 2026-01-01 */
	cr_assert_str_eq(buf_cstr(&b), "1er" NB "janvier" NB "2026");
	buf_truncate(&b, 0);
	format_date(&b, 1764115200, LOCALE_EN);	/* 2025-11-26 */
	cr_assert_str_eq(buf_cstr(&b), "26 November 2025");
	buf_truncate(&b, 0);
	format_iso_date(&b, "2025-11-18", LOCALE_FR);
	cr_assert_str_eq(buf_cstr(&b), "18" NB "novembre" NB "2025");
	buf_release(&b);
}

static void
check_typo(const char *in, const char *want)
{
	char	*got = typo_french_string(in);

	cr_assert_str_eq(got, want, "typography of \"%s\"", in);
	free(got);
}

Test(typo, spaces_before_high_punctuation)
{
	check_typo("Pourquoi ?", "Pourquoi" NN "?");
	check_typo("Pourquoi?", "Pourquoi" NN "?");
	check_typo("Oui ! Non ?!", "Oui" NN "! Non" NN "?!");
	check_typo("a ; b", "a" NN "; b");
	check_typo("Note : ceci", "Note" NB ": ceci");
	check_typo("Note: ceci", "Note" NB ": ceci");
	check_typo("92%", "92" NN "%");
	check_typo("92 %", "92" NN "%");
	check_typo("15 000 €", "15" NN "000" NB "€");
}

Test(typo, leaves_urls_times_and_code_alone)
{
	check_typo("https://exemple.fr/a?b=1", "https://exemple.fr/a?b=1");
	check_typo("à 10:30", "à 10:30");
	check_typo("en 2024 250 personnes", "en 2024 250 personnes");
	check_typo("", "");
}

Test(typo, guillemets)
{
	check_typo("« bonne conduite »", "«" NB "bonne conduite" NB "»");
	check_typo("«bonne»", "«" NB "bonne" NB "»");
	check_typo("\xE2\x80\x9C" "bonne" "\xE2\x80\x9D",
	    "«" NB "bonne" NB "»");
}

/* Texts from YAML get Markdown's typographic apostrophe (issue 13). */
Test(typo, apostrophes)
{
	check_typo("l'espace public", "l\u2019espace public");
	check_typo("Aujourd'hui, qu'à l'été", "Aujourd\u2019hui, qu\u2019à "
	    "l\u2019été");
	check_typo("'cité' et 90' et l'", "'cité' et 90' et l'");
}

Test(typo, thousands)
{
	check_typo("1 512 médiations", "1" NN "512 médiations");
	check_typo("12 345 678", "12" NN "345" NN "678");
	check_typo("1 5121", "1 5121");
}

Test(typo, markdown_across_inlines)
{
	const char	*md = "**Pourquoi**? Voir `a : b` et \"ceci\".";
	cmark_node	*doc = cmark_parse_document(md, strlen(md),
			    CMARK_OPT_SMART);
	char		*html;

	typo_french_markdown(doc);
	html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
	cr_assert_str_eq(html, "<p><strong>Pourquoi</strong>" NN "? Voir "
	    "<code>a : b</code> et «" NB "ceci" NB "».</p>\n");
	free(html);
	cmark_node_free(doc);
}

TestSuite(strings, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

Test(strings, default_and_overrides)
{
	struct theme	 t;
	struct strings	 s;
	struct diags	 d;

	memset(&d, 0, sizeof(d));
	test_write_file("content/theme/strings/fr.yaml",
	    "title: Rapport {year}\n", 21);
	cr_assert(theme_open(&t, "content", NULL) == 0);
	cr_assert(strings_load(&s, &t, "fr", &d) == 0);
	cr_assert_eq(d.errors, 0);
	cr_assert_str_eq(strings_get(&s, "title"), "Rapport {year}");
	cr_assert_str_eq(strings_get(&s, "status_en-cours"), "En cours");
	strings_release(&s);
	theme_close(&t);
	cr_assert(theme_open(&t, "elsewhere", NULL) == 0);
	cr_assert(strings_load(&s, &t, "en", &d) == 0);
	cr_assert_str_eq(strings_get(&s, "title"), "Annual report {year}");
	strings_release(&s);
	theme_close(&t);
	diags_release(&d);
}

Test(strings, every_key_in_both_locales)
{
	struct theme	 t;
	struct strings	 fr, en;
	struct diags	 d;
	size_t		 i;

	memset(&d, 0, sizeof(d));
	cr_assert(theme_open(&t, "nowhere", NULL) == 0);
	cr_assert(strings_load(&fr, &t, "fr", &d) == 0);
	cr_assert(strings_load(&en, &t, "en", &d) == 0);
	cr_assert_eq(d.errors, 0);
	cr_assert_eq(fr.n, en.n);
	for (i = 0; i < fr.n; i++)
		cr_assert_str_eq(fr.keys[i], en.keys[i]);
	strings_release(&fr);
	strings_release(&en);
	theme_close(&t);
	diags_release(&d);
}

/* Every label the PDFs print (labels.h) is a key of both locales. */
Test(strings, every_pdf_label_in_both_locales)
{
	static const char *const locales[] = { "fr", "en" };
	struct theme	 t;
	struct strings	 s;
	struct diags	 d;
	const char	*missing[8];
	size_t		 i, n;

	memset(&d, 0, sizeof(d));
	cr_assert(theme_open(&t, "nowhere", NULL) == 0);
	for (i = 0; i < 2; i++) {
		cr_assert(strings_load(&s, &t, locales[i], &d) == 0);
		n = view_labels_missing(&s, missing, 8);
		cr_assert_eq(n, 0, "%s lacks %zu labels, '%s' first",
		    locales[i], n, n > 0 ? missing[0] : "");
		strings_release(&s);
	}
	cr_assert_eq(d.errors, 0);
	theme_close(&t);
	diags_release(&d);
}

/* A label the theme lacks is listed, and prints as its key. */
Test(strings, missing_pdf_label_is_listed)
{
	struct theme	 t;
	struct strings	 s;
	struct diags	 d;
	struct view_labels l;
	struct arena	*a = arena_new();
	const char	*missing[2], *key;
	char		*value;
	size_t		 i;

	memset(&d, 0, sizeof(d));
	cr_assert(theme_open(&t, "nowhere", NULL) == 0);
	cr_assert(strings_load(&s, &t, "fr", &d) == 0);
	for (i = 0; i < s.n && strcmp(s.keys[i], "page_of") != 0; i++)
		;
	cr_assert_lt(i, s.n);
	/* Hidden behind the others, then put back for strings_release. */
	key = s.keys[i];
	value = s.values[i];
	s.keys[i] = s.keys[s.n - 1];
	s.values[i] = s.values[s.n - 1];
	s.n--;
	cr_assert_eq(view_labels_missing(&s, missing, 2), 1);
	cr_assert_str_eq(missing[0], "page_of");
	cr_assert_eq(view_labels_missing(&s, NULL, 0), 1);
	view_labels_build(&l, a, &s, LOCALE_FR);
	cr_assert_str_eq(l.page_of, "page_of");
	cr_assert_str_eq(l.contents, "Sommaire");
	s.keys[s.n] = s.keys[i];
	s.values[s.n] = s.values[i];
	s.keys[i] = (char *)key;
	s.values[i] = value;
	s.n++;
	strings_release(&s);
	theme_close(&t);
	diags_release(&d);
	arena_free(a);
}

/*
 * The typed labels say what the tree's "labels" map said, typography
 * included; one the theme leaves empty stays empty (a chart prints
 * nothing for it, the charter's litter line is left out), and the PDFs
 * print its key instead, as their lookup in the map did.
 */
Test(strings, pdf_labels_as_the_tree_and_empty_ones)
{
	struct theme	 t;
	struct strings	 s;
	struct diags	 d;
	struct model	*m;
	struct figures	*f;
	struct arena	*a = arena_new();
	struct view_docs *docs;
	const struct value *map;
	struct view_labels l;

	memset(&d, 0, sizeof(d));
	test_content((const struct tfile[]){ { "theme/strings/fr.yaml",
	    "contents: \"\"\ncharter_litter: \"\"\n" } }, 1);
	m = test_model(&f);
	cr_assert(theme_open(&t, "content", NULL) == 0);
	cr_assert(strings_load(&s, &t, "fr", &d) == 0);
	cr_assert_eq(d.errors, 0);
	docs = view_docs_build(a, m, f, &s, 1767225600);
	map = value_get(view_build_docs(a, docs, m, f, &s), "labels");
#define SAME_AS_TREE(k)	cr_assert_str_eq(docs->labels.k, \
	    value_str(map, #k), "label %s", #k);
	VIEW_LABELS(SAME_AS_TREE)
#undef SAME_AS_TREE
	cr_assert_str_eq(docs->labels.page_of, "{page} / {pages}");
	cr_assert_str_eq(docs->labels.contents, "");
	cr_assert_str_eq(docs->labels.charter_litter, "");
	l = docs->labels;
	view_labels_or_keys(&l);
	cr_assert_str_eq(l.contents, "contents");
	cr_assert_str_eq(l.charter_litter, "charter_litter");
	cr_assert_str_eq(l.report, docs->labels.report);
	strings_release(&s);
	theme_close(&t);
	diags_release(&d);
	metrics_free(f, m);
	model_free(m);
	arena_free(a);
}

Test(strings, unknown_override_is_an_error_with_hint)
{
	struct theme	 t;
	struct strings	 s;
	struct diags	 d;

	memset(&d, 0, sizeof(d));
	test_write_file("mytheme/strings/fr.yaml", "# mine\ntitel: X\n", 16);
	cr_assert(theme_open(&t, "content", "mytheme") == 0);
	cr_assert(strings_load(&s, &t, "fr", &d) == 0);
	cr_assert_eq(d.errors, 1);
	cr_assert_str_eq(d.v[0].pos.file, "mytheme/strings/fr.yaml");
	cr_assert_eq(d.v[0].pos.line, 2);
	cr_assert_eq(d.v[0].pos.col, 1);
	cr_assert_str_eq(d.v[0].msg, "unknown label 'titel' (did you mean "
	    "'title'?)");
	strings_release(&s);
	theme_close(&t);
	diags_release(&d);
}

TestSuite(view, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

Test(view, display_tree_of_the_base_content)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Compter\n"
		  "target: 20\nvalues: {2024: 8, 2025: 10}\n" },
		{ "actions/a.yaml", "title: Action A\nthematic: t\n"
		  "description: Décrire ici !\nobjectives: Viser.\n"
		  "pilot: p\nfunding: {2025: [{funder: q, amount: 15000}]}\n" },
	};
	struct model	*m;
	struct figures	*fg;
	struct theme	 t;
	struct strings	 s;
	struct diags	 d;
	struct arena	*a = arena_new();
	struct value	*v, *ind, *act;
	char		*html;

	memset(&d, 0, sizeof(d));
	test_content(f, 2);
	m = test_model(&fg);
	cr_assert(theme_open(&t, "content", NULL) == 0);
	cr_assert(strings_load(&s, &t, "fr", &d) == 0);
	v = view_build(a, m, fg, &s, 1767225600);
	cr_assert_str_eq(value_get(v, "title")->u.str.s, "Bilan annuel 2025");
	cr_assert_str_eq(value_get(v, "date")->u.str.s,
	    "1er" NB "janvier" NB "2026");
	ind = value_get(v, "indicators")->u.list.v[0];
	cr_assert_str_eq(value_get(ind, "value")->u.str.s, "10");
	cr_assert_str_eq(value_get(ind, "attainment")->u.str.s, "50" NN "%");
	cr_assert_str_eq(value_get(ind, "evolution")->u.str.s, "+25" NN "%");
	cr_assert_str_eq(value_get(ind, "status_label")->u.str.s,
	    "En retard");
	cr_assert_eq(value_get(ind, "attainment_raw")->u.number, 0.5);
	cr_assert_str_eq(value_get(ind, "progress")->u.str.s, "—");
	act = value_get(v, "actions")->u.list.v[0];
	cr_assert_str_eq(value_get(act, "funding_total")->u.str.s,
	    "15" NN "000" NB "€");
	cr_assert_str_eq(value_get(value_get(act, "pilot"), "name")->u.str.s,
	    "Partenaire P");
	/* The action's indicators are the same nodes as the report's. */
	cr_assert_eq(value_get(act, "indicators")->u.list.v[0], ind);
	/* view_markdown's document and cmark's output are in the scratch. */
	html = cmark_render_html(view_markdown(value_get(act, "description")),
	    CMARK_OPT_DEFAULT);
	cr_assert_str_eq(html, "<p>Décrire ici" NN "!</p>\n");
	markdown_scratch_reset();
	arena_free(a);
	strings_release(&s);
	theme_close(&t);
	diags_release(&d);
	metrics_free(fg, m);
	model_free(m);
}

/* The level-2 headings of a Markdown document: the charter's chapters. */
static size_t
chapters(cmark_node *doc)
{
	cmark_node	*n;
	size_t		 k = 0;

	for (n = cmark_node_first_child(doc); n != NULL;
	    n = cmark_node_next(n))
		if (cmark_node_get_type(n) == CMARK_NODE_HEADING &&
		    cmark_node_get_heading_level(n) == 2)
			k++;
	return k;
}

/*
 * The sample's charter and head as the PDFs read them (docs.h), and the
 * site's tree made from the same facts.
 */
Test(view, typed_charter)
{
	char			*content = test_repo_path("content");
	char			*cmd = xasprintf("cp -R '%s' content", content);
	struct model		*m;
	struct figures		*fg;
	struct theme		 t;
	struct strings		 s;
	struct diags		 d;
	struct arena		*a = arena_new();
	struct view_docs	*docs;
	const struct view_charter *c;
	const struct value	*v, *vc;
	cmark_node		*body;

	memset(&d, 0, sizeof(d));
	free(test_sh(cmd, NULL));
	m = test_model(&fg);
	cr_assert(theme_open(&t, "content", NULL) == 0);
	cr_assert(strings_load(&s, &t, "fr", &d) == 0);
	docs = view_docs_build(a, m, fg, &s, 1767225600);
	cr_assert_str_eq(docs->head.council, "CLSPD de Villeneuve");
	cr_assert_str_eq(docs->head.territory, "Commune de Villeneuve");
	cr_assert_str_eq(docs->head.lang, "fr");
	cr_assert_eq(docs->head.year, 2025);
	cr_assert_str_eq(docs->head.date, "1er" NB "janvier" NB "2026");
	cr_assert_not_null(docs->head.coordinator.name);
	/* The sample's logo: media/logo.svg, 200 x 80. */
	cr_assert_not_null(docs->head.logo);
	cr_assert_str_eq(docs->head.logo->path, "media/logo.svg");
	cr_assert_eq(docs->head.logo->width, 200);
	cr_assert_eq(docs->head.logo->height, 80);
	/* Copied out of the project's repository: no commit to stamp. */
	cr_assert_eq(docs->head.stamp.found, 0);
	cr_assert_not_null(c = docs->charter);
	cr_assert_str_eq(c->title,
	    "Livret de bonne conduite au sein de l’espace public");
	cr_assert_str_eq(c->version, "1.0");
	cr_assert_str_eq(c->adopted_iso, "2025-11-18");
	cr_assert_str_eq(c->adopted, "18" NB "novembre" NB "2025");
	cr_assert_eq(c->nsignatories, 15);
	cr_assert_null(c->updated.text);	/* no history outside git */
	cr_assert_str_eq(c->signatories[0].id, "commune-villeneuve");
	body = view_text_document(&c->body);
	cr_assert_eq(chapters(body), 5);
	/* The preamble: the body does not open on a chapter. */
	cr_assert_eq(cmark_node_get_type(cmark_node_first_child(body)),
	    CMARK_NODE_PARAGRAPH);
	markdown_scratch_reset();
	/* The site's tree says the same, from the same struct. */
	v = view_build_docs(a, docs, m, fg, &s);
	vc = value_get(v, "charter");
	cr_assert_str_eq(value_str(vc, "title"), c->title);
	cr_assert_str_eq(value_str(vc, "adopted"), c->adopted);
	cr_assert_eq(value_get(vc, "signatories")->u.list.n, 15);
	cr_assert_str_eq(value_str(v, "council"), docs->head.council);
	arena_free(a);
	strings_release(&s);
	theme_close(&t);
	diags_release(&d);
	metrics_free(fg, m);
	model_free(m);
	free(cmd);
	free(content);
}
