/*
 * The charts' geometry (generator/view/chart.c) and the accessibility
 * statement's figures, on small content written here.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "../../generator/markdown/markdown.h"
#include "../../generator/theme/theme.h"
#include "../../generator/view/chart.h"
#include "../../generator/theme/strings.h"
#include "../../generator/view/view.h"
#include "helpers.h"

#define NN "\xE2\x80\xAF"	/* U+202F */
#define NB "\xC2\xA0"		/* U+00A0 */

struct fixture {
	struct model	*m;
	struct figures	*f;
	struct theme	 t;
	struct strings	 s;
	struct diags	 d;
	struct arena	*a;
	struct view_docs *docs;
	struct value	*v;
	const struct view_labels *labels;
};

static void
fixture_build(struct fixture *x, const struct tfile *files, size_t n)
{
	memset(x, 0, sizeof(*x));
	test_content(files, n);
	x->m = test_model(&x->f);
	x->a = arena_new();
	cr_assert(theme_open(&x->t, "content", NULL) == 0);
	cr_assert(strings_load(&x->s, &x->t, x->m->council.locale.s ?
	    x->m->council.locale.s : "fr", &x->d) == 0);
	x->docs = view_docs_build(x->a, x->m, x->f, &x->s, 1767225600);
	x->v = view_build_docs(x->a, x->docs, x->m, x->f, &x->s);
	x->labels = &x->docs->labels;
}

static void
fixture_release(struct fixture *x)
{
	markdown_scratch_reset();
	arena_free(x->a);
	strings_release(&x->s);
	theme_close(&x->t);
	diags_release(&x->d);
	metrics_free(x->f, x->m);
	model_free(x->m);
}

static const struct view_indicator *
indicator(const struct fixture *x, size_t i)
{
	cr_assert_lt(i, x->docs->nindicators);
	return &x->docs->indicators[i];
}

TestSuite(chart, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

Test(chart, years_scale_bars_and_target)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Conflits\n"
		  "unit: conflits\ntarget: 20\n"
		  "values: {2023: 3, 2024: 8, 2025: 10}\n" },
	};
	struct fixture	 x;
	struct chart	 c;

	fixture_build(&x, f, 1);
	cr_assert_eq(chart_years(x.a, indicator(&x, 0),
	    x.labels, LOCALE_FR, &c), 1);
	cr_assert_str_eq(c.title, "Conflits (conflits)");
	cr_assert_eq(c.nbars, 3);
	/* 20 is the largest figure: a scale of 0 to 20 by 5. */
	cr_assert_eq(c.nticks, 5);
	cr_assert_str_eq(c.ticks[4].label, "20");
	cr_assert_float_eq(c.ticks[1].pos, 0.25, 1e-12);
	cr_assert_float_eq(c.bars[0].height, 0.15, 1e-12);
	cr_assert_float_eq(c.bars[2].height, 0.5, 1e-12);
	cr_assert(c.bars[2].current && !c.bars[1].current);
	cr_assert(!c.bars[1].has_target && c.bars[2].has_target);
	cr_assert_float_eq(c.bars[2].target, 1.0, 1e-12);
	cr_assert_str_eq(c.desc, "Conflits (conflits)" NB ": 2023" NB ": 3"
	    NN "; 2024" NB ": 8" NN "; 2025" NB ": 10 (Cible 20).");
	fixture_release(&x);
}

Test(chart, years_missing_value_and_thousands)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Passages\n"
		  "target: {2024: 1200}\nvalues: {2025: 1512}\n" },
	};
	struct fixture	 x;
	struct chart	 c;

	fixture_build(&x, f, 1);
	cr_assert_eq(chart_years(x.a, indicator(&x, 0),
	    x.labels, LOCALE_FR, &c), 1);
	cr_assert_eq(c.nbars, 2);
	/* 2024 has a target but no value: a marker, no bar. */
	cr_assert(c.bars[0].missing && c.bars[0].has_target);
	cr_assert_str_eq(c.bars[0].value, "—");
	/* 1 512 on a scale of 0 to 2 000 by 500. */
	cr_assert_eq(c.nticks, 5);
	cr_assert_str_eq(c.ticks[4].label, "2" NN "000");
	cr_assert_float_eq(c.bars[1].height, 0.756, 1e-12);
	fixture_release(&x);
}

/*
 * The baseline: a line across the plot at its value, in the scale (here
 * the largest figure), and in the text alternative; none without one.
 */
Test(chart, years_baseline)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Conflits\n"
		  "baseline: {year: 2023, value: 40}\n"
		  "values: {2024: 8, 2025: 10}\n" },
		{ "indicators/j.yaml", "action: a\nlabel: Autres\n"
		  "values: {2025: 10}\n" },
	};
	struct fixture	 x;
	struct chart	 c;

	fixture_build(&x, f, 2);
	cr_assert_eq(chart_years(x.a, indicator(&x, 0),
	    x.labels, LOCALE_FR, &c), 1);
	cr_assert(c.has_baseline);
	cr_assert_str_eq(c.ticks[c.nticks - 1].label, "40");
	cr_assert_float_eq(c.baseline, 1.0, 1e-12);
	cr_assert_str_eq(c.baseline_label, "Référence 2023" NB ": 40");
	cr_assert_str_eq(c.desc, "Conflits" NB ": 2024" NB ": 8" NN "; 2025"
	    NB ": 10" NN "; Référence 2023" NB ": 40.");
	cr_assert_eq(chart_years(x.a, indicator(&x, 1),
	    x.labels, LOCALE_FR, &c), 1);
	cr_assert(!c.has_baseline);
	fixture_release(&x);
}

Test(chart, nothing_to_draw)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Rien\nvalues: {}\n" },
	};
	struct fixture	 x;
	struct chart	 c;

	fixture_build(&x, f, 1);
	cr_assert_eq(chart_years(x.a, indicator(&x, 0),
	    x.labels, LOCALE_FR, &c), 0);
	cr_assert_eq(chart_breakdown(x.a, indicator(&x, 0),
	    x.labels, LOCALE_FR, &c), 0);
	fixture_release(&x);
}

Test(chart, breakdown_with_priority)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Lieux\n"
		  "values: {2025: 10}\n"
		  "breakdown: {2025: {Gare: 2, Marché: 6, Parc: 2}}\n" },
	};
	struct fixture	 x;
	struct chart	 c;

	fixture_build(&x, f, 1);
	cr_assert_eq(chart_breakdown(x.a, indicator(&x, 0),
	    x.labels, LOCALE_FR, &c), 1);
	cr_assert_eq(c.nbars, 3);
	cr_assert(c.bars[1].priority && !c.bars[0].priority);
	cr_assert_str_eq(c.bars[1].share, "60" NN "%");
	cr_assert_float_eq(c.bars[1].height, 1.0, 1e-12);
	cr_assert_str_eq(c.desc, "Répartition" NB ": Lieux" NB ": Gare" NB
	    ": 2 (20" NN "%)" NN "; Marché" NB ": 6 (60" NN "%)" NN "; Parc" NB
	    ": 2 (20" NN "%). Priorité" NB ": Marché.");
	fixture_release(&x);
}

Test(chart, accessibility_statement_defaults_and_given)
{
	static const struct tfile none[] = { { "pages/x.md", NULL } };
	static const struct tfile given[] = {
		{ "clspd.yaml", "council: C\nterritory: T\nyear: 2025\n"
		  "coordinator: {email: coord@ville.fr}\n"
		  "accessibility: {status: partielle, rate: 75.5, "
		  "audit: 2026-03-02}\n"
		  "thematics: [{id: t, title: T}]\n" },
	};
	struct fixture		 x;
	const struct value	*acc;

	fixture_build(&x, none, 1);
	acc = value_get(x.v, "accessibility");
	cr_assert_str_eq(value_get(acc, "status")->u.str.s, "non");
	cr_assert_str_eq(value_get(acc, "status_label")->u.str.s,
	    "non conforme");
	cr_assert_eq(value_get(acc, "rate")->type, VALUE_NULL);
	fixture_release(&x);

	fixture_build(&x, given, 1);
	acc = value_get(x.v, "accessibility");
	cr_assert_str_eq(value_get(acc, "status_label")->u.str.s,
	    "partiellement conforme");
	cr_assert_str_eq(value_get(acc, "rate")->u.str.s, "75,5" NN "%");
	cr_assert_str_eq(value_get(acc, "audit")->u.str.s, "2" NB "mars" NB
	    "2026");
	cr_assert_str_eq(value_get(acc, "email")->u.str.s,
	    "coord@ville.fr");
	fixture_release(&x);
}

/* Counts get whole ticks: 0, 5, 10, 15, not 0, 2.5, 5… */
Test(chart, counts_have_whole_ticks)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Réunions\n"
		  "values: {2024: 12, 2025: 3}\n" },
		{ "indicators/j.yaml", "action: a\nlabel: Taux\n"
		  "values: {2024: 0.5, 2025: 1.2}\n" },
	};
	struct fixture	 x;
	struct chart	 c;

	fixture_build(&x, f, 2);
	cr_assert_eq(chart_years(x.a, indicator(&x, 0),
	    x.labels, LOCALE_FR, &c), 1);
	cr_assert_eq(c.nticks, 4);
	cr_assert_str_eq(c.ticks[1].label, "5");
	cr_assert_str_eq(c.ticks[3].label, "15");
	/* Decimals may have decimal ticks. */
	cr_assert_eq(chart_years(x.a, indicator(&x, 1),
	    x.labels, LOCALE_FR, &c), 1);
	cr_assert_str_eq(c.ticks[1].label, "0,25");
	fixture_release(&x);
}

/*
 * Made by hand: a share hidden by statistical secrecy is neither drawn
 * nor said; a value hidden has no bar. The chart reads only the typed
 * facts (labels of a theme that lacks them: their keys stand in).
 */
Test(chart, breakdown_masked_share_left_out)
{
	struct view_breakdown_row	 rows[2];
	struct view_indicator		 ind;
	struct chart			 c;
	struct arena			*a = arena_new();
	struct strings			 none;
	struct view_labels		 l;

	memset(rows, 0, sizeof(rows));
	memset(&ind, 0, sizeof(ind));
	rows[0].label = "Gare";
	rows[0].value.text = "< 5";
	rows[0].value.masked = 1;
	rows[0].share.text = "secret";
	rows[0].share.masked = 1;
	rows[1].label = "Parc";
	rows[1].value.text = "12";
	rows[1].value.raw = VIEW_RAW_DECIMAL;
	rows[1].value.dec = 12 * DECIMAL_SCALE;
	rows[1].share.text = "80 %";
	rows[1].share.raw = VIEW_RAW_RATIO;
	rows[1].share.ratio = 0.8;
	rows[1].priority = 1;
	ind.label = "Lieux";
	ind.breakdown = rows;
	ind.nbreakdown = 2;
	memset(&none, 0, sizeof(none));
	view_labels_build(&l, a, &none, LOCALE_EN);
	cr_assert_eq(chart_breakdown(a, &ind, &l, LOCALE_EN, &c), 1);
	cr_assert(c.bars[0].missing && c.bars[0].share == NULL);
	cr_assert_str_eq(c.bars[1].share, "80 %");
	cr_assert_float_eq(c.bars[1].height, 12.0 / 15, 1e-12);
	cr_assert_str_eq(c.desc, "breakdown: Lieux: Gare: < 5; Parc: 12 "
	    "(80 %). priority: Parc.");
	arena_free(a);
}
