/*
 * The metrics of docs/format.md section 2: every figure and its edge cases, on
 * small content folders, each expectation computed by hand from the
 * definition (never copied from the program's output).
 *
 * Ratios: a figure that is one division a / b of exact decimals is
 * compared exactly with the same quotient written as a double division
 * (IEEE division is correctly rounded, so two divisions of the same
 * rational number give the same double: 8000000.0 / 10000000 == 8.0 / 10).
 * Means, which add rounded terms before dividing, are compared within
 * 1e-12 (RATIO_NEAR), unless every term is exact in binary.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static struct model	*M;
static struct figures	*F;

static void
setup(void)
{
	test_enter_tmp();
}

static void
teardown(void)
{
	if (F != NULL)
		metrics_free(F, M);
	if (M != NULL)
		model_free(M);
	F = NULL;
	M = NULL;
	test_leave_tmp();
}

TestSuite(metrics, .init = setup, .fini = teardown);

/* Writes the base content with extra files, loads, checks, computes. */
static void
load(const struct tfile *extra, size_t n)
{
	test_content(extra, n);
	M = test_model(&F);
}

#define LOAD(files) load(files, sizeof(files) / sizeof(files[0]))

/* A whole number of units, and millionths, as decimals. */
#define D(n)	((decimal)(n) * DECIMAL_SCALE)
#define MU(n)	((decimal)(n))

/* The index of a record by id; fails the test when there is none. */
static size_t
ind_at(const char *id)
{
	size_t	 i;

	for (i = 0; i < M->nindicators; i++)
		if (strcmp(M->indicators[i].id, id) == 0)
			return i;
	cr_assert_fail("no indicator '%s'", id);
	return 0;
}

static size_t
act_at(const char *id)
{
	size_t	 i;

	for (i = 0; i < M->nactions; i++)
		if (strcmp(M->actions[i].id, id) == 0)
			return i;
	cr_assert_fail("no action '%s'", id);
	return 0;
}

static size_t
par_at(const char *id)
{
	size_t	 i;

	for (i = 0; i < M->npartners; i++)
		if (strcmp(M->partners[i].id, id) == 0)
			return i;
	cr_assert_fail("no partner '%s'", id);
	return 0;
}

static size_t
thm_at(const char *id)
{
	size_t	 i;

	for (i = 0; i < M->council.nthematics; i++)
		if (strcmp(M->council.thematics[i].id.s, id) == 0)
			return i;
	cr_assert_fail("no thematic '%s'", id);
	return 0;
}

static const struct indicator_figures *
IND(const char *id)
{
	return &F->indicators[ind_at(id)];
}

static const struct action_figures *
ACT(const char *id)
{
	return &F->actions[act_at(id)];
}

static const struct partner_figures *
PAR(const char *id)
{
	return &F->partners[par_at(id)];
}

static const struct thematic_figures *
THM(const char *id)
{
	return &F->thematics[thm_at(id)];
}

static void
opt_is(struct opt o, decimal want, const char *what)
{
	char	 g[32], w[32];

	cr_assert(o.set, "%s: null, expected %s", what,
	    decimal_format(want, w));
	cr_assert(o.v == want, "%s: got %s, expected %s", what,
	    decimal_format(o.v, g), decimal_format(want, w));
}

static void
opt_null(struct opt o, const char *what)
{
	char	 g[32];

	cr_assert(!o.set, "%s: got %s, expected null", what,
	    decimal_format(o.v, g));
}

static void
dec_is(decimal got, decimal want, const char *what)
{
	char	 g[32], w[32];

	cr_assert(got == want, "%s: got %s, expected %s", what,
	    decimal_format(got, g), decimal_format(want, w));
}

static void
ratio_is(struct ratio r, double want, const char *what)
{
	cr_assert(r.set, "%s: null, expected %.17g", what, want);
	cr_assert(r.v == want, "%s: got %.17g, expected %.17g", what, r.v,
	    want);
}

static void
ratio_near(struct ratio r, double want, const char *what)
{
	cr_assert(r.set, "%s: null, expected %.17g", what, want);
	cr_assert(fabs(r.v - want) <= 1e-12, "%s: got %.17g, expected %.17g",
	    what, r.v, want);
}

static void
ratio_null(struct ratio r, const char *what)
{
	cr_assert(!r.set, "%s: got %.17g, expected null", what, r.v);
}

#define OPT_IS(o, w)		opt_is((o), (w), #o)
#define OPT_NULL(o)		opt_null((o), #o)
#define DEC_IS(d, w)		dec_is((d), (w), #d)
#define RATIO_IS(r, w)		ratio_is((r), (w), #r)
#define RATIO_NEAR(r, w)	ratio_near((r), (w), #r)
#define RATIO_NULL(r)		ratio_null((r), #r)
#define STATUS_IS(id, s)						\
	cr_assert_str_eq(metrics_status_name(IND(id)->status), (s),	\
	    "status of %s", (id))

/* The ids of actions v[0..n), space-separated, in a static buffer. */
static const char *
action_list(const size_t *v, size_t n)
{
	static char	 s[1024];
	size_t		 i;

	s[0] = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(s, " ");
		strcat(s, M->actions[v[i]].id);
	}
	return s;
}

static const char *
thematic_list(const size_t *v, size_t n)
{
	static char	 s[1024];
	size_t		 i;

	s[0] = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(s, " ");
		strcat(s, M->council.thematics[v[i]].id.s);
	}
	return s;
}

#define ACTIONS_ARE(v, n, want) \
	cr_assert_str_eq(action_list((v), (n)), (want), "%s", #v)
#define THEMATICS_ARE(v, n, want) \
	cr_assert_str_eq(thematic_list((v), (n)), (want), "%s", #v)

/* An action of thematic t with the given extra YAML lines. */
#define ACTION(extra) \
	"title: Action\nthematic: t\ndescription: D.\nobjectives: O.\n" extra

/* An indicator of action a with the given extra YAML lines. */
#define INDICATOR(extra) "action: a\nlabel: L\n" extra

/* ---- Per indicator: value, previous, target ---- */

Test(metrics, value_and_previous)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2023: 1, 2024: 8, 2025: 10.5, 2026: 99}\n") },
	};

	LOAD(f);
	OPT_IS(IND("i")->value, MU(10500000));
	OPT_IS(IND("i")->previous, D(8));
}

Test(metrics, value_and_previous_absent)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR("values: {}\n") },
		{ "indicators/j.yaml", INDICATOR("values: {2023: 4}\n") },
		{ "indicators/k.yaml", INDICATOR("values: {2024: 7}\n") },
		{ "indicators/l.yaml", INDICATOR("values: {2025: 0}\n") },
	};

	LOAD(f);
	OPT_NULL(IND("i")->value);
	OPT_NULL(IND("i")->previous);
	OPT_NULL(IND("j")->value);
	OPT_NULL(IND("j")->previous);
	OPT_NULL(IND("k")->value);
	OPT_IS(IND("k")->previous, D(7));
	/* 0 is a value, not a missing one. */
	OPT_IS(IND("l")->value, 0);
	OPT_NULL(IND("l")->previous);
}

Test(metrics, target_plain_number)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 3}\ntarget: 12.25\n") },
		{ "indicators/j.yaml", INDICATOR(
		  "values: {2025: 3}\ntarget: 0\n") },
	};

	LOAD(f);
	OPT_IS(IND("i")->target, MU(12250000));
	OPT_IS(IND("j")->target, 0);
}

Test(metrics, target_map_entry_for_y)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 3}\n"
		  "target: {2024: 5, 2025: 15, 2026: 20}\n") },
	};

	LOAD(f);
	OPT_IS(IND("i")->target, D(15));
}

Test(metrics, target_map_without_y_is_null)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 3}\n"
		  "baseline: {year: 2020, value: 1}\n"
		  "target: {2024: 5, 2026: 20}\n") },
		{ "indicators/j.yaml", INDICATOR("values: {2025: 3}\n") },
	};

	LOAD(f);
	OPT_NULL(IND("i")->target);
	RATIO_NULL(IND("i")->attainment);
	RATIO_NULL(IND("i")->progress);
	STATUS_IS("i", "no-target");
	OPT_NULL(IND("j")->target);
	STATUS_IS("j", "no-target");
}

/* ---- evolution ---- */

Test(metrics, evolution)
{
	static const struct tfile f[] = {
		{ "indicators/up.yaml", INDICATOR(
		  "values: {2024: 8, 2025: 10}\n") },
		{ "indicators/down.yaml", INDICATOR(
		  "values: {2024: 10, 2025: 4}\n") },
		{ "indicators/zero.yaml", INDICATOR(
		  "values: {2024: 5, 2025: 0}\n") },
		{ "indicators/same.yaml", INDICATOR(
		  "values: {2024: 3, 2025: 3}\n") },
		{ "indicators/dec.yaml", INDICATOR(
		  "values: {2024: 0.3, 2025: 0.1}\n") },
	};

	LOAD(f);
	RATIO_IS(IND("up")->evolution, 2.0 / 8.0);	/* 0.25 */
	RATIO_IS(IND("down")->evolution, -6.0 / 10.0);	/* -0.6 */
	RATIO_IS(IND("zero")->evolution, -1.0);
	RATIO_IS(IND("same")->evolution, 0.0);
	/* (0.1 - 0.3) / 0.3 = -2/3, one division of exact decimals. */
	RATIO_IS(IND("dec")->evolution, -2.0 / 3.0);
}

Test(metrics, evolution_null_cases)
{
	static const struct tfile f[] = {
		{ "indicators/noprev.yaml", INDICATOR("values: {2025: 10}\n") },
		{ "indicators/novalue.yaml", INDICATOR(
		  "values: {2024: 10}\n") },
		{ "indicators/prevzero.yaml", INDICATOR(
		  "values: {2024: 0, 2025: 10}\n") },
		{ "indicators/bothzero.yaml", INDICATOR(
		  "values: {2024: 0, 2025: 0}\n") },
		{ "indicators/gap.yaml", INDICATOR(
		  "values: {2023: 4, 2025: 10}\n") },
	};

	LOAD(f);
	RATIO_NULL(IND("noprev")->evolution);
	RATIO_NULL(IND("novalue")->evolution);
	RATIO_NULL(IND("prevzero")->evolution);
	RATIO_NULL(IND("bothzero")->evolution);
	/* previous is Y−1 only, not the latest earlier year. */
	RATIO_NULL(IND("gap")->evolution);
}

/* ---- attainment ---- */

Test(metrics, attainment_increase)
{
	static const struct tfile f[] = {
		{ "indicators/quarter.yaml", INDICATOR(
		  "values: {2025: 10}\ntarget: 40\n") },
		{ "indicators/over.yaml", INDICATOR(
		  "values: {2025: 30}\ntarget: {2025: 20}\n") },
		{ "indicators/third.yaml", INDICATOR(
		  "values: {2025: 1}\ntarget: 3\n") },
		{ "indicators/none.yaml", INDICATOR(
		  "values: {2025: 0}\ntarget: 10\n") },
		{ "indicators/explicit.yaml", INDICATOR(
		  "direction: increase\nvalues: {2025: 5}\ntarget: 4\n") },
	};

	LOAD(f);
	RATIO_IS(IND("quarter")->attainment, 10.0 / 40.0);
	RATIO_IS(IND("over")->attainment, 30.0 / 20.0);	/* not capped */
	RATIO_IS(IND("third")->attainment, 1.0 / 3.0);
	RATIO_IS(IND("none")->attainment, 0.0);
	RATIO_IS(IND("explicit")->attainment, 5.0 / 4.0);
}

Test(metrics, attainment_increase_target_not_positive_is_null)
{
	static const struct tfile f[] = {
		{ "indicators/zero.yaml", INDICATOR(
		  "values: {2025: 10}\ntarget: 0\n") },
		{ "indicators/neg.yaml", INDICATOR(
		  "values: {2025: 3}\ntarget: -5\n") },
	};

	LOAD(f);
	RATIO_NULL(IND("zero")->attainment);
	RATIO_NULL(IND("neg")->attainment);
	/* value ≥ target: achieved, attainment or not. */
	STATUS_IS("zero", "achieved");
	STATUS_IS("neg", "achieved");
}

Test(metrics, attainment_decrease)
{
	static const struct tfile f[] = {
		{ "indicators/short.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 8}\ntarget: 6\n") },
		{ "indicators/better.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 8}\ntarget: 12\n") },
		{ "indicators/tzero.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 5}\ntarget: 0\n") },
		{ "indicators/third.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 3}\ntarget: 1\n") },
	};

	LOAD(f);
	RATIO_IS(IND("short")->attainment, 6.0 / 8.0);	/* target/value */
	RATIO_IS(IND("better")->attainment, 12.0 / 8.0);
	RATIO_IS(IND("tzero")->attainment, 0.0);	/* 0 / 5 */
	RATIO_IS(IND("third")->attainment, 1.0 / 3.0);
	STATUS_IS("tzero", "behind");
}

Test(metrics, attainment_decrease_value_zero_is_null)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 0}\ntarget: 5\n") },
		{ "indicators/j.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 0}\ntarget: 0\n") },
	};

	LOAD(f);
	RATIO_NULL(IND("i")->attainment);
	RATIO_NULL(IND("j")->attainment);
	/* value ≤ target: achieved, attainment or not. */
	STATUS_IS("i", "achieved");
	STATUS_IS("j", "achieved");
}

Test(metrics, attainment_null_without_value_or_target)
{
	static const struct tfile f[] = {
		{ "indicators/novalue.yaml", INDICATOR(
		  "values: {2024: 5}\ntarget: 10\n") },
		{ "indicators/notarget.yaml", INDICATOR(
		  "values: {2025: 5}\n") },
		{ "indicators/dnovalue.yaml", INDICATOR(
		  "direction: decrease\nvalues: {}\ntarget: 10\n") },
		{ "indicators/dnotarget.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 5}\n") },
	};

	LOAD(f);
	RATIO_NULL(IND("novalue")->attainment);
	RATIO_NULL(IND("notarget")->attainment);
	RATIO_NULL(IND("dnovalue")->attainment);
	RATIO_NULL(IND("dnotarget")->attainment);
}

/* ---- progress ---- */

Test(metrics, progress)
{
	static const struct tfile f[] = {
		{ "indicators/half.yaml", INDICATOR(
		  "baseline: {year: 2020, value: 4}\n"
		  "values: {2025: 10}\ntarget: 16\n") },
		{ "indicators/dec.yaml", INDICATOR(
		  "direction: decrease\n"
		  "baseline: {year: 2020, value: 20}\n"
		  "values: {2025: 14}\ntarget: 10\n") },
		{ "indicators/back.yaml", INDICATOR(
		  "baseline: {year: 2020, value: 4}\n"
		  "values: {2025: 2}\ntarget: 16\n") },
		{ "indicators/beyond.yaml", INDICATOR(
		  "baseline: {year: 2020, value: 4}\n"
		  "values: {2025: 20}\ntarget: 16\n") },
		{ "indicators/map.yaml", INDICATOR(
		  "baseline: {year: 2022, value: 0}\n"
		  "values: {2025: 2}\ntarget: {2025: 8, 2026: 100}\n") },
		{ "indicators/start.yaml", INDICATOR(
		  "baseline: {year: 2024, value: 7}\n"
		  "values: {2025: 7}\ntarget: 9\n") },
	};

	LOAD(f);
	RATIO_IS(IND("half")->progress, 6.0 / 12.0);
	/* (14 − 20) / (10 − 20) = −6 / −10. */
	RATIO_IS(IND("dec")->progress, 6.0 / 10.0);
	RATIO_IS(IND("back")->progress, -2.0 / 12.0);
	RATIO_IS(IND("beyond")->progress, 16.0 / 12.0);
	RATIO_IS(IND("map")->progress, 2.0 / 8.0);
	RATIO_IS(IND("start")->progress, 0.0);
}

Test(metrics, progress_null_cases)
{
	static const struct tfile f[] = {
		{ "indicators/flat.yaml", INDICATOR(
		  "baseline: {year: 2020, value: 10}\n"
		  "values: {2025: 12}\ntarget: 10\n") },
		{ "indicators/nobase.yaml", INDICATOR(
		  "values: {2025: 12}\ntarget: 10\n") },
		{ "indicators/novalue.yaml", INDICATOR(
		  "baseline: {year: 2020, value: 1}\n"
		  "values: {2024: 12}\ntarget: 10\n") },
		{ "indicators/notarget.yaml", INDICATOR(
		  "baseline: {year: 2020, value: 1}\n"
		  "values: {2025: 12}\n") },
	};

	LOAD(f);
	RATIO_NULL(IND("flat")->progress);
	RATIO_NULL(IND("nobase")->progress);
	RATIO_NULL(IND("novalue")->progress);
	RATIO_NULL(IND("notarget")->progress);
}

/* ---- status ---- */

Test(metrics, status_increase)
{
	static const struct tfile f[] = {
		{ "indicators/nd.yaml", INDICATOR("values: {}\ntarget: 10\n") },
		{ "indicators/nd2.yaml", INDICATOR("values: {2024: 5}\n") },
		{ "indicators/nt.yaml", INDICATOR("values: {2025: 5}\n") },
		{ "indicators/eq.yaml", INDICATOR(
		  "values: {2025: 10}\ntarget: 10\n") },
		{ "indicators/gt.yaml", INDICATOR(
		  "values: {2025: 11}\ntarget: 10\n") },
		{ "indicators/c80.yaml", INDICATOR(
		  "values: {2025: 8}\ntarget: 10\n") },
		{ "indicators/c80b.yaml", INDICATOR(
		  "values: {2025: 2.4}\ntarget: 3\n") },
		{ "indicators/c99.yaml", INDICATOR(
		  "values: {2025: 9.999999}\ntarget: 10\n") },
		{ "indicators/b79.yaml", INDICATOR(
		  "values: {2025: 7.999999}\ntarget: 10\n") },
		{ "indicators/b0.yaml", INDICATOR(
		  "values: {2025: 0}\ntarget: 10\n") },
	};

	LOAD(f);
	STATUS_IS("nd", "no-data");
	STATUS_IS("nd2", "no-data");	/* no-data comes before no-target */
	STATUS_IS("nt", "no-target");
	STATUS_IS("eq", "achieved");	/* value ≥ target, = included */
	STATUS_IS("gt", "achieved");
	/* Attainment exactly 0.8 (8 / 10 and 2.4 / 3) is close. */
	RATIO_IS(IND("c80")->attainment, 0.8);
	RATIO_IS(IND("c80b")->attainment, 0.8);
	STATUS_IS("c80", "close");
	STATUS_IS("c80b", "close");
	STATUS_IS("c99", "close");
	STATUS_IS("b79", "behind");
	STATUS_IS("b0", "behind");
}

Test(metrics, status_decrease)
{
	static const struct tfile f[] = {
		{ "indicators/nd.yaml", INDICATOR(
		  "direction: decrease\nvalues: {}\ntarget: 10\n") },
		{ "indicators/nt.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 5}\n") },
		{ "indicators/eq.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 5}\ntarget: 5\n") },
		{ "indicators/lt.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 3}\ntarget: 5\n") },
		{ "indicators/c80.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 10}\ntarget: 8\n") },
		{ "indicators/b70.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 10}\ntarget: 7\n") },
		{ "indicators/big.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 11}\ntarget: 10\n") },
	};

	LOAD(f);
	STATUS_IS("nd", "no-data");
	STATUS_IS("nt", "no-target");
	STATUS_IS("eq", "achieved");	/* value ≤ target, = included */
	STATUS_IS("lt", "achieved");
	RATIO_IS(IND("c80")->attainment, 8.0 / 10.0);
	STATUS_IS("c80", "close");
	STATUS_IS("b70", "behind");
	STATUS_IS("big", "close");	/* 10 / 11 */
}

/* ---- breakdown ---- */

Test(metrics, breakdown_order_shares_priority)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 10}\n"
		  "breakdown:\n"
		  "  2024: {Gare: 9, Centre: 1}\n"
		  "  2025: {Gare: 3, Centre: 5, Parc: 2}\n") },
	};
	const struct indicator_figures *i;

	LOAD(f);
	i = IND("i");
	cr_assert_eq(i->nbreakdown, 3);
	cr_assert_str_eq(i->breakdown[0].label, "Gare");
	cr_assert_str_eq(i->breakdown[1].label, "Centre");
	cr_assert_str_eq(i->breakdown[2].label, "Parc");
	DEC_IS(i->breakdown[0].value, D(3));
	DEC_IS(i->breakdown[1].value, D(5));
	DEC_IS(i->breakdown[2].value, D(2));
	RATIO_IS(i->breakdown[0].share, 3.0 / 10.0);
	RATIO_IS(i->breakdown[1].share, 5.0 / 10.0);
	RATIO_IS(i->breakdown[2].share, 2.0 / 10.0);
	DEC_IS(i->breakdown_total, D(10));
	cr_assert_str_eq(i->priority, "Centre");
}

Test(metrics, breakdown_written_order_not_sorted)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 0.3}\n"
		  "breakdown: {2025: {Zone B: 0.1, Zone A: 0.2}}\n") },
	};
	const struct indicator_figures *i;

	LOAD(f);
	i = IND("i");
	cr_assert_eq(i->nbreakdown, 2);
	cr_assert_str_eq(i->breakdown[0].label, "Zone B");
	cr_assert_str_eq(i->breakdown[1].label, "Zone A");
	DEC_IS(i->breakdown_total, MU(300000));	/* 0.1 + 0.2, exactly */
	RATIO_IS(i->breakdown[0].share, 1.0 / 3.0);
	RATIO_IS(i->breakdown[1].share, 2.0 / 3.0);
	cr_assert_str_eq(i->priority, "Zone A");
}

Test(metrics, breakdown_tie_first_written_is_priority)
{
	static const struct tfile f[] = {
		{ "indicators/first.yaml", INDICATOR(
		  "values: {2025: 9}\n"
		  "breakdown: {2025: {B: 4, A: 4, C: 1}}\n") },
		{ "indicators/later.yaml", INDICATOR(
		  "values: {2025: 9}\n"
		  "breakdown: {2025: {A: 1, C: 4, B: 4}}\n") },
	};

	LOAD(f);
	cr_assert_str_eq(IND("first")->priority, "B");
	cr_assert_str_eq(IND("later")->priority, "C");
}

Test(metrics, breakdown_total_zero_shares_null)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 0}\n"
		  "breakdown: {2025: {X: 0, Y: 0}}\n") },
	};
	const struct indicator_figures *i;

	LOAD(f);
	i = IND("i");
	cr_assert_eq(i->nbreakdown, 2);
	RATIO_NULL(i->breakdown[0].share);
	RATIO_NULL(i->breakdown[1].share);
	DEC_IS(i->breakdown_total, 0);
	/* The largest value is 0, X is written first. */
	cr_assert_str_eq(i->priority, "X");
}

Test(metrics, breakdown_absent_for_y)
{
	static const struct tfile f[] = {
		{ "indicators/other.yaml", INDICATOR(
		  "values: {2024: 3, 2025: 3}\n"
		  "breakdown: {2024: {X: 3}}\n") },
		{ "indicators/none.yaml", INDICATOR("values: {2025: 3}\n") },
		{ "indicators/empty.yaml", INDICATOR(
		  "values: {2025: 0}\n"
		  "breakdown: {2025: {}}\n") },
	};

	LOAD(f);
	cr_assert_eq(IND("empty")->nbreakdown, 0);
	DEC_IS(IND("empty")->breakdown_total, 0);
	cr_assert_null(IND("empty")->priority);
	cr_assert_eq(IND("other")->nbreakdown, 0);
	DEC_IS(IND("other")->breakdown_total, 0);
	cr_assert_null(IND("other")->priority);
	cr_assert_eq(IND("none")->nbreakdown, 0);
	DEC_IS(IND("none")->breakdown_total, 0);
	cr_assert_null(IND("none")->priority);
}

Test(metrics, breakdown_without_value_for_y)
{
	/* The breakdown for Y stands on its own, value or not. */
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {}\n"
		  "breakdown: {2025: {X: 1, Y: 3}}\n") },
	};

	LOAD(f);
	cr_assert_eq(IND("i")->nbreakdown, 2);
	DEC_IS(IND("i")->breakdown_total, D(4));
	RATIO_IS(IND("i")->breakdown[1].share, 3.0 / 4.0);
	cr_assert_str_eq(IND("i")->priority, "Y");
	STATUS_IS("i", "no-data");
}

/* ---- Per action: funding ---- */

Test(metrics, funding_cents_exact)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: p, amount: 0.10}\n"
		  "    - {funder: q, amount: 0.20}\n"
		  "  2024:\n"
		  "    - {funder: p, amount: 0.01}\n"
		  "    - {funder: p, amount: 0.02}\n"
		  "    - {funder: q, amount: 1500.50}\n") },
	};
	char	 s[32];

	LOAD(f);
	/* In doubles 0.1 + 0.2 != 0.3; in decimals it is exactly 0.30. */
	DEC_IS(ACT("a")->funding_total, MU(300000));
	cr_assert_str_eq(decimal_format(ACT("a")->funding_total, s), "0.3");
	DEC_IS(ACT("a")->funding_previous, MU(1500530000));
	cr_assert_str_eq(decimal_format(ACT("a")->funding_previous, s),
	    "1500.53");
	DEC_IS(F->funding_total, MU(300000));
	DEC_IS(F->funding_previous, MU(1500530000));
	cr_assert_eq(F->overflow, 0);
}

Test(metrics, funding_big_sums_exact)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: q, amount: 0.01}\n"
		  "  2024:\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: p, amount: 999999999999.99}\n"
		  "    - {funder: p, amount: 999999999999.99}\n") },
	};
	char	 s[32];

	LOAD(f);
	DEC_IS(ACT("a")->funding_total, D(1000000000000LL));
	cr_assert_str_eq(decimal_format(ACT("a")->funding_total, s),
	    "1000000000000");
	/* 9 × 999999999999.99 = 8999999999999.91, beyond 2^53 millionths. */
	DEC_IS(ACT("a")->funding_previous, 8999999999999910000LL);
	cr_assert_str_eq(decimal_format(ACT("a")->funding_previous, s),
	    "8999999999999.91");
	DEC_IS(F->funding_total, D(1000000000000LL));
	DEC_IS(PAR("p")->funded_amount, MU(999999999999990000LL));
	cr_assert_eq(F->overflow, 0);
}

Test(metrics, funding_overflow_is_flagged)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n"
		  "    - {funder: p, amount: 999999999999}\n") },
	};

	LOAD(f);
	/* 10^13 euros is 10^19 millionths, beyond 2^63. */
	cr_assert_eq(F->overflow, 1);
}

Test(metrics, funding_only_y_and_previous)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2023: [{funder: p, amount: 1}]\n"
		  "  2026: [{funder: p, amount: 2}]\n") },
		{ "actions/b.yaml", ACTION("") },
		{ "actions/c.yaml", ACTION(
		  "funding:\n"
		  "  2025: [{funder: p}]\n"
		  "  2024: [{funder: q}]\n") },
	};

	LOAD(f);
	DEC_IS(ACT("a")->funding_total, 0);
	DEC_IS(ACT("a")->funding_previous, 0);
	cr_assert_eq(ACT("a")->nby_funder, 0);
	DEC_IS(ACT("b")->funding_total, 0);
	DEC_IS(ACT("b")->funding_previous, 0);
	cr_assert_eq(ACT("b")->nby_funder, 0);
	DEC_IS(ACT("c")->funding_total, 0);
	DEC_IS(ACT("c")->funding_previous, 0);
	cr_assert_eq(ACT("c")->nby_funder, 0);
}

Test(metrics, funding_by_funder)
{
	static const struct tfile f[] = {
		{ "partners/r.yaml", "name: R\nkind: association\n" },
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: q, amount: 10}\n"
		  "    - {funder: p, amount: 5}\n"
		  "    - {funder: q, amount: 2.5}\n"
		  "    - {funder: r}\n"
		  "    - {funder: p, note: à préciser}\n"
		  "  2024:\n"
		  "    - {funder: r, amount: 100}\n") },
	};
	const struct action_figures *a;

	LOAD(f);
	a = ACT("a");
	DEC_IS(a->funding_total, MU(17500000));
	DEC_IS(a->funding_previous, D(100));
	/* p (5, plus an entry without amount), q (10 + 2.5); r absent. */
	cr_assert_eq(a->nby_funder, 2);
	cr_assert_str_eq(M->partners[a->by_funder[0].partner].id, "p");
	DEC_IS(a->by_funder[0].amount, D(5));
	cr_assert_str_eq(M->partners[a->by_funder[1].partner].id, "q");
	DEC_IS(a->by_funder[1].amount, MU(12500000));
}

/* ---- Per action: attainment_mean ---- */

Test(metrics, action_attainment_mean)
{
	static const struct tfile f[] = {
		{ "actions/b.yaml", ACTION("") },
		{ "actions/c.yaml", ACTION("") },
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 5}\ntarget: 10\n") },		/* 0.5 */
		{ "indicators/j.yaml", INDICATOR(
		  "values: {2025: 15}\ntarget: 10\n") },	/* 1.5 → 1 */
		{ "indicators/k.yaml", INDICATOR(
		  "values: {2025: 15}\n") },			/* null */
		{ "indicators/l.yaml", INDICATOR(
		  "values: {2025: 0}\ntarget: 4\n") },		/* 0 */
		{ "indicators/m.yaml", INDICATOR(
		  "direction: decrease\n"
		  "values: {2025: 5}\ntarget: 10\n") },	/* 2 → 1 */
		{ "indicators/n.yaml", "action: b\nlabel: L\n"
		  "values: {2025: 15}\n" },			/* null */
		{ "indicators/o.yaml", "action: b\nlabel: L\n"
		  "values: {2025: 10}\ntarget: 0\n" },		/* null */
	};

	LOAD(f);
	/* i 0.5 (base indicator i replaced), j 1, l 0, m 1: 2.5 / 4. */
	RATIO_IS(ACT("a")->attainment_mean, 2.5 / 4.0);
	RATIO_NULL(ACT("b")->attainment_mean);
	RATIO_NULL(ACT("c")->attainment_mean);	/* no indicator */
}

Test(metrics, action_attainment_mean_inexact_terms)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 1}\ntarget: 3\n") },
		{ "indicators/j.yaml", INDICATOR(
		  "values: {2025: 2}\ntarget: 3\n") },
		{ "indicators/k.yaml", INDICATOR(
		  "values: {2025: 1}\ntarget: 10\n") },
	};

	LOAD(f);
	/* (1/3 + 2/3 + 1/10) / 3 = 11/30, within 1e-12. */
	RATIO_NEAR(ACT("a")->attainment_mean, 11.0 / 30.0);
}

/* ---- Per thematic ---- */

Test(metrics, thematic_actions_in_order)
{
	static const struct tfile f[] = {
		{ "clspd.yaml",
		  "council: C\nterritory: T\nyear: 2025\n"
		  "thematics:\n"
		  "  - {id: t, title: T}\n"
		  "  - {id: u, title: U}\n"
		  "  - {id: v, title: V}\n" },
		{ "actions/b.yaml", ACTION("order: 2\n"
		  "funding: {2025: [{funder: p, amount: 1.5}]}\n") },
		{ "actions/c.yaml", ACTION("order: 1\n"
		  "funding: {2025: [{funder: q, amount: 2.25}]}\n") },
		{ "actions/e.yaml", ACTION("order: 1\n") },
		{ "actions/d.yaml", ACTION(
		  "funding: {2024: [{funder: q, amount: 1000}]}\n") },
		{ "actions/f.yaml", ACTION("order: -1\n") },
		{ "actions/g.yaml",
		  "title: G\nthematic: u\ndescription: D.\nobjectives: O.\n"
		  "order: 0\n"
		  "funding: {2025: [{funder: p, amount: 7}]}\n" },
	};

	LOAD(f);
	/* By order (−1, 1, 1, 2), ties by id, missing order last by id. */
	ACTIONS_ARE(THM("t")->actions, THM("t")->nactions, "f c e b a d");
	DEC_IS(THM("t")->funding_total, MU(3750000));	/* 1.5 + 2.25 */
	ACTIONS_ARE(THM("u")->actions, THM("u")->nactions, "g");
	DEC_IS(THM("u")->funding_total, D(7));
	ACTIONS_ARE(THM("v")->actions, THM("v")->nactions, "");
	DEC_IS(THM("v")->funding_total, 0);
}

/* ---- Over the report ---- */

Test(metrics, actions_by_status)
{
	static const struct tfile f[] = {
		{ "actions/b.yaml", ACTION("status: prevue\n") },
		{ "actions/c.yaml", ACTION("status: terminee\n") },
		{ "actions/d.yaml", ACTION("status: suspendue\n") },
		{ "actions/e.yaml", ACTION("status: en-cours\n") },
		{ "actions/f.yaml", ACTION("status: terminee\n") },
	};

	LOAD(f);
	cr_assert_eq(F->actions_by_status[STATUS_PREVUE], 1);
	cr_assert_eq(F->actions_by_status[STATUS_EN_COURS], 2); /* a, e */
	cr_assert_eq(F->actions_by_status[STATUS_TERMINEE], 2);
	cr_assert_eq(F->actions_by_status[STATUS_SUSPENDUE], 1);
	cr_assert_str_eq(model_status_name(M->actions[act_at("a")].status),
	    "en-cours");
}

Test(metrics, actions_by_status_zero_counts)
{
	load(NULL, 0);
	cr_assert_eq(F->actions_by_status[STATUS_PREVUE], 0);
	cr_assert_eq(F->actions_by_status[STATUS_EN_COURS], 1);
	cr_assert_eq(F->actions_by_status[STATUS_TERMINEE], 0);
	cr_assert_eq(F->actions_by_status[STATUS_SUSPENDUE], 0);
}

Test(metrics, indicators_by_status_and_achievement_rate)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR("values: {}\n") },
		{ "indicators/nt1.yaml", INDICATOR("values: {2025: 1}\n") },
		{ "indicators/nt2.yaml", INDICATOR("values: {2025: 2}\n") },
		{ "indicators/a1.yaml", INDICATOR(
		  "values: {2025: 10}\ntarget: 10\n") },
		{ "indicators/a2.yaml", INDICATOR(
		  "values: {2025: 12}\ntarget: 10\n") },
		{ "indicators/a3.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 1}\ntarget: 2\n") },
		{ "indicators/c1.yaml", INDICATOR(
		  "values: {2025: 9}\ntarget: 10\n") },
		{ "indicators/b1.yaml", INDICATOR(
		  "values: {2025: 1}\ntarget: 10\n") },
		{ "indicators/b2.yaml", INDICATOR(
		  "direction: decrease\nvalues: {2025: 10}\ntarget: 1\n") },
	};

	LOAD(f);
	cr_assert_eq(F->indicators_by_status[ISTATUS_NO_DATA], 1);
	cr_assert_eq(F->indicators_by_status[ISTATUS_NO_TARGET], 2);
	cr_assert_eq(F->indicators_by_status[ISTATUS_ACHIEVED], 3);
	cr_assert_eq(F->indicators_by_status[ISTATUS_CLOSE], 1);
	cr_assert_eq(F->indicators_by_status[ISTATUS_BEHIND], 2);
	/* 3 / (3 + 1 + 2); no-data and no-target do not count. */
	RATIO_IS(F->achievement_rate, 3.0 / 6.0);
}

Test(metrics, achievement_rate_null)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR("values: {}\ntarget: 3\n") },
		{ "indicators/j.yaml", INDICATOR("values: {2025: 1}\n") },
	};

	LOAD(f);
	cr_assert_eq(F->indicators_by_status[ISTATUS_NO_DATA], 1);
	cr_assert_eq(F->indicators_by_status[ISTATUS_NO_TARGET], 1);
	cr_assert_eq(F->indicators_by_status[ISTATUS_ACHIEVED], 0);
	cr_assert_eq(F->indicators_by_status[ISTATUS_CLOSE], 0);
	cr_assert_eq(F->indicators_by_status[ISTATUS_BEHIND], 0);
	RATIO_NULL(F->achievement_rate);
	RATIO_NULL(F->attainment_mean);
}

Test(metrics, achievement_rate_zero)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 1}\ntarget: 3\n") },
	};

	LOAD(f);
	RATIO_IS(F->achievement_rate, 0.0);
}

Test(metrics, report_attainment_mean)
{
	static const struct tfile f[] = {
		{ "actions/b.yaml", ACTION("") },
		{ "indicators/i.yaml", INDICATOR(
		  "values: {2025: 1}\ntarget: 4\n") },		/* 0.25 */
		{ "indicators/j.yaml", INDICATOR(
		  "values: {2025: 8}\ntarget: 4\n") },	/* 2 → 1 */
		{ "indicators/k.yaml", "action: b\nlabel: L\n"
		  "values: {2025: 8}\n" },			/* null */
		{ "indicators/l.yaml", "action: b\nlabel: L\n"
		  "direction: decrease\n"
		  "values: {2025: 8}\ntarget: 4\n" },		/* 0.5 */
	};

	LOAD(f);
	/* (0.25 + 1 + 0.5) / 3: the terms and their sum are exact. */
	RATIO_IS(F->attainment_mean, 1.75 / 3.0);
	RATIO_IS(ACT("a")->attainment_mean, 1.25 / 2.0);
	RATIO_IS(ACT("b")->attainment_mean, 0.5);
}

Test(metrics, report_funding)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025: [{funder: p, amount: 1000}]\n"
		  "  2024: [{funder: p, amount: 600}]\n") },
		{ "actions/b.yaml", ACTION(
		  "funding:\n"
		  "  2025: [{funder: q, amount: 500}]\n"
		  "  2024: [{funder: q, amount: 400}]\n") },
	};

	LOAD(f);
	DEC_IS(F->funding_total, D(1500));
	DEC_IS(F->funding_previous, D(1000));
	RATIO_IS(F->funding_evolution, 500.0 / 1000.0);
}

Test(metrics, report_funding_evolution_negative)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025: [{funder: p, amount: 300}]\n"
		  "  2024: [{funder: p, amount: 1200}]\n") },
		{ "actions/b.yaml", ACTION(
		  "funding:\n"
		  "  2024: [{funder: q, amount: 800}]\n") },
	};

	LOAD(f);
	DEC_IS(F->funding_total, D(300));
	DEC_IS(F->funding_previous, D(2000));
	RATIO_IS(F->funding_evolution, -1700.0 / 2000.0);
}

Test(metrics, report_funding_evolution_null_when_previous_zero)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025: [{funder: p, amount: 300}]\n"
		  "  2024: [{funder: p}]\n") },
	};

	LOAD(f);
	DEC_IS(F->funding_total, D(300));
	DEC_IS(F->funding_previous, 0);
	RATIO_NULL(F->funding_evolution);
}

Test(metrics, report_funding_none)
{
	load(NULL, 0);
	DEC_IS(F->funding_total, 0);
	DEC_IS(F->funding_previous, 0);
	RATIO_NULL(F->funding_evolution);
	cr_assert_eq(F->nby_funder, 0);
	DEC_IS(F->by_family[FAMILY_COLLECTIVITES], 0);
	DEC_IS(F->by_family[FAMILY_ETAT], 0);
	DEC_IS(F->by_family[FAMILY_ASSOCIATIONS], 0);
	DEC_IS(F->by_family[FAMILY_AUTRES], 0);
}

Test(metrics, report_by_funder_sorted)
{
	static const struct tfile f[] = {
		{ "partners/r.yaml", "name: R\nkind: association\n" },
		{ "partners/s.yaml", "name: S\nkind: gip\n" },
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: r, amount: 100}\n"
		  "    - {funder: q, amount: 300}\n"
		  "  2024:\n"
		  "    - {funder: s, amount: 9999}\n") },
		{ "actions/b.yaml", ACTION(
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: p, amount: 100}\n"
		  "    - {funder: q, amount: 50}\n"
		  "    - {funder: s}\n") },
	};

	LOAD(f);
	DEC_IS(F->funding_total, D(550));
	/* q 350, then p and r tied at 100 by id; s has no amount for Y. */
	cr_assert_eq(F->nby_funder, 3);
	cr_assert_str_eq(M->partners[F->by_funder[0].partner].id, "q");
	DEC_IS(F->by_funder[0].amount, D(350));
	RATIO_IS(F->by_funder[0].share, 350.0 / 550.0);
	cr_assert_str_eq(M->partners[F->by_funder[1].partner].id, "p");
	DEC_IS(F->by_funder[1].amount, D(100));
	RATIO_IS(F->by_funder[1].share, 100.0 / 550.0);
	cr_assert_str_eq(M->partners[F->by_funder[2].partner].id, "r");
	DEC_IS(F->by_funder[2].amount, D(100));
	RATIO_IS(F->by_funder[2].share, 100.0 / 550.0);
	DEC_IS(F->by_family[FAMILY_COLLECTIVITES], D(100));
	DEC_IS(F->by_family[FAMILY_ETAT], D(350));
	DEC_IS(F->by_family[FAMILY_ASSOCIATIONS], D(100));
	DEC_IS(F->by_family[FAMILY_AUTRES], 0);
}

Test(metrics, report_by_funder_share_null_when_total_zero)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml", ACTION(
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: q, amount: 0}\n"
		  "    - {funder: p, amount: 0.00}\n") },
	};

	LOAD(f);
	DEC_IS(F->funding_total, 0);
	/* An amount of 0 is an amount: both funders are listed, by id. */
	cr_assert_eq(F->nby_funder, 2);
	cr_assert_str_eq(M->partners[F->by_funder[0].partner].id, "p");
	cr_assert_str_eq(M->partners[F->by_funder[1].partner].id, "q");
	RATIO_NULL(F->by_funder[0].share);
	RATIO_NULL(F->by_funder[1].share);
}

/* Every kind of docs/format.md's table, in its order, with its family. */
static const struct {
	const char	*kind;
	enum family	 family;
} kinds[] = {
	{ "commune", FAMILY_COLLECTIVITES },
	{ "intercommunalite", FAMILY_COLLECTIVITES },
	{ "departement", FAMILY_COLLECTIVITES },
	{ "region", FAMILY_COLLECTIVITES },
	{ "etat", FAMILY_ETAT },
	{ "police", FAMILY_ETAT },
	{ "gendarmerie", FAMILY_ETAT },
	{ "justice", FAMILY_ETAT },
	{ "education", FAMILY_ETAT },
	{ "association", FAMILY_ASSOCIATIONS },
	{ "prevention-specialisee", FAMILY_ASSOCIATIONS },
	{ "mediation-sociale", FAMILY_ASSOCIATIONS },
	{ "centre-social", FAMILY_ASSOCIATIONS },
	{ "paej", FAMILY_ASSOCIATIONS },
	{ "mission-locale", FAMILY_ASSOCIATIONS },
	{ "bailleur-social", FAMILY_AUTRES },
	{ "transport", FAMILY_AUTRES },
	{ "sante", FAMILY_AUTRES },
	{ "gip", FAMILY_AUTRES },
	{ "entreprise", FAMILY_AUTRES },
	{ "autre", FAMILY_AUTRES },
};
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

Test(metrics, report_by_family_every_kind)
{
	static char	 paths[NKINDS][64], texts[NKINDS][128], action[4096];
	struct tfile	 f[NKINDS + 1];
	size_t		 i;

	/* Partner k-<kind> funds action a with i + 1 euros. */
	strcpy(action, ACTION("funding:\n  2025:\n"));
	for (i = 0; i < NKINDS; i++) {
		snprintf(paths[i], sizeof(paths[i]), "partners/k-%s.yaml",
		    kinds[i].kind);
		snprintf(texts[i], sizeof(texts[i]), "name: K\nkind: %s\n",
		    kinds[i].kind);
		f[i].path = paths[i];
		f[i].text = texts[i];
		snprintf(action + strlen(action), sizeof(action) -
		    strlen(action), "    - {funder: k-%s, amount: %zu}\n",
		    kinds[i].kind, i + 1);
	}
	f[NKINDS].path = "actions/a.yaml";
	f[NKINDS].text = action;
	load(f, NKINDS + 1);
	for (i = 0; i < NKINDS; i++) {
		snprintf(paths[i], sizeof(paths[i]), "k-%s", kinds[i].kind);
		cr_assert_str_eq(model_family_name(
		    M->partners[par_at(paths[i])].family),
		    model_family_name(kinds[i].family), "family of %s",
		    kinds[i].kind);
	}
	DEC_IS(F->by_family[FAMILY_COLLECTIVITES], D(1 + 2 + 3 + 4));
	DEC_IS(F->by_family[FAMILY_ETAT], D(5 + 6 + 7 + 8 + 9));
	DEC_IS(F->by_family[FAMILY_ASSOCIATIONS],
	    D(10 + 11 + 12 + 13 + 14 + 15));
	DEC_IS(F->by_family[FAMILY_AUTRES], D(16 + 17 + 18 + 19 + 20 + 21));
	DEC_IS(F->funding_total, D(231));
	cr_assert_eq(F->nby_funder, NKINDS);
	/* Amount descending: the last kind's 21 euros first. */
	cr_assert_str_eq(M->partners[F->by_funder[0].partner].id, "k-autre");
	RATIO_IS(F->by_funder[0].share, 21.0 / 231.0);
	cr_assert_str_eq(M->partners[F->by_funder[NKINDS - 1].partner].id,
	    "k-commune");
	cr_assert_str_eq(model_family_name(FAMILY_COLLECTIVITES),
	    "collectivites");
	cr_assert_str_eq(model_family_name(FAMILY_ETAT), "etat");
	cr_assert_str_eq(model_family_name(FAMILY_ASSOCIATIONS),
	    "associations");
	cr_assert_str_eq(model_family_name(FAMILY_AUTRES), "autres");
}

/* ---- Per partner ---- */

Test(metrics, partner_roles)
{
	static const struct tfile f[] = {
		{ "clspd.yaml",
		  "council: C\nterritory: T\nyear: 2025\n"
		  "thematics:\n"
		  "  - {id: t, title: T, group: [q, p]}\n"
		  "  - {id: u, title: U, group: [p]}\n" },
		{ "partners/r.yaml", "name: R\nkind: association\n" },
		{ "partners/s.yaml", "name: S\nkind: sante\n" },
		{ "actions/a.yaml", ACTION(
		  "pilot: p\n"
		  "partners: [q]\n"
		  "funding:\n"
		  "  2025: [{funder: r, amount: 10}, {funder: q}]\n"
		  "  2024: [{funder: p, amount: 99}]\n") },
		{ "actions/b.yaml", ACTION(
		  "order: 1\n"
		  "pilot: q\n"
		  "partners: [r, p]\n"
		  "funding:\n"
		  "  2025: [{funder: p, amount: 5}, {funder: p, amount: 7}]\n"
		  "  2026: [{funder: s, amount: 1}]\n") },
		{ "actions/c.yaml",
		  "title: C\nthematic: u\ndescription: D.\nobjectives: O.\n"
		  "pilot: p\n"
		  "partners: [p]\n"
		  "funding:\n"
		  "  2024: [{funder: q, amount: 50}]\n"
		  "  2025: [{funder: p, amount: 0.5}]\n" },
	};
	const struct partner_figures *p;

	LOAD(f);
	/* Actions in order: b (order 1), a, then c of thematic u. */
	p = PAR("p");
	ACTIONS_ARE(p->pilot_of, p->npilot_of, "a c");
	ACTIONS_ARE(p->partner_of, p->npartner_of, "b c");
	ACTIONS_ARE(p->funder_of, p->nfunder_of, "b c");
	THEMATICS_ARE(p->group_of, p->ngroup_of, "t u");
	DEC_IS(p->funded_amount, MU(12500000));	/* 5 + 7 + 0.5 */
	cr_assert_eq(p->actions, 3);
	p = PAR("q");
	ACTIONS_ARE(p->pilot_of, p->npilot_of, "b");
	ACTIONS_ARE(p->partner_of, p->npartner_of, "a");
	ACTIONS_ARE(p->funder_of, p->nfunder_of, "a");	/* no amount */
	THEMATICS_ARE(p->group_of, p->ngroup_of, "t");
	DEC_IS(p->funded_amount, 0);
	cr_assert_eq(p->actions, 2);			/* c's 2024 not */
	p = PAR("r");
	ACTIONS_ARE(p->pilot_of, p->npilot_of, "");
	ACTIONS_ARE(p->partner_of, p->npartner_of, "b");
	ACTIONS_ARE(p->funder_of, p->nfunder_of, "a");
	THEMATICS_ARE(p->group_of, p->ngroup_of, "");
	DEC_IS(p->funded_amount, D(10));
	cr_assert_eq(p->actions, 2);
	p = PAR("s");					/* 2026 only */
	ACTIONS_ARE(p->pilot_of, p->npilot_of, "");
	ACTIONS_ARE(p->partner_of, p->npartner_of, "");
	ACTIONS_ARE(p->funder_of, p->nfunder_of, "");
	THEMATICS_ARE(p->group_of, p->ngroup_of, "");
	DEC_IS(p->funded_amount, 0);
	cr_assert_eq(p->actions, 0);
}

/* ---- Orders ---- */

Test(metrics, orders)
{
	static const struct tfile f[] = {
		{ "clspd.yaml",
		  "council: C\nterritory: T\nyear: 2025\n"
		  "thematics:\n"
		  "  - {id: u, title: U}\n"
		  "  - {id: t, title: T}\n" },
		{ "partners/a-b.yaml", "name: AB\nkind: autre\n" },
		{ "partners/b.yaml", "name: B\nkind: autre\n" },
		{ "partners/a.yaml", "name: A\nkind: autre\n" },
		{ "partners/a0.yaml", "name: A0\nkind: autre\n" },
		{ "actions/x.yaml", ACTION("order: 1\n") },
		{ "actions/z.yaml", ACTION("") },
		{ "actions/y.yaml",
		  "title: Y\nthematic: u\ndescription: D.\nobjectives: O.\n" },
		{ "actions/w.yaml",
		  "title: W\nthematic: u\ndescription: D.\nobjectives: O.\n"
		  "order: 5\n" },
		{ "indicators/i2.yaml", "action: w\nlabel: L\nvalues: {}\n"
		  "order: 2\n" },
		{ "indicators/i1.yaml", "action: w\nlabel: L\nvalues: {}\n"
		  "order: 2\n" },
		{ "indicators/i0.yaml", "action: w\nlabel: L\nvalues: {}\n" },
		{ "indicators/k.yaml", "action: x\nlabel: L\nvalues: {}\n" },
		{ "indicators/j.yaml", "action: a\nlabel: L\nvalues: {}\n"
		  "order: 1\n" },
		{ "indicators/h.yaml", "action: z\nlabel: L\nvalues: {}\n"
		  "order: -3\n" },
	};
	char	 s[1024];
	size_t	 i;

	LOAD(f);
	/* Thematics as written: u then t. */
	cr_assert_str_eq(M->council.thematics[0].id.s, "u");
	cr_assert_str_eq(M->council.thematics[1].id.s, "t");
	/* Actions: u (w order 5, y), then t (x order 1, a, z). */
	s[0] = '\0';
	for (i = 0; i < M->nactions; i++)
		strcat(strcat(s, i ? " " : ""), M->actions[i].id);
	cr_assert_str_eq(s, "w y x a z");
	/* Indicators by their action's place, then (order, id). */
	s[0] = '\0';
	for (i = 0; i < M->nindicators; i++)
		strcat(strcat(s, i ? " " : ""), M->indicators[i].id);
	cr_assert_str_eq(s, "i1 i2 i0 k j i h");
	/* Partners by id: "a" before "a-b" before "a0" (bytes). */
	s[0] = '\0';
	for (i = 0; i < M->npartners; i++)
		strcat(strcat(s, i ? " " : ""), M->partners[i].id);
	cr_assert_str_eq(s, "a a-b a0 b p q");
	/* Id lists inside records follow the same orders. */
	ACTIONS_ARE(THM("u")->actions, THM("u")->nactions, "w y");
	ACTIONS_ARE(THM("t")->actions, THM("t")->nactions, "x a z");
	s[0] = '\0';
	for (i = 0; i < M->actions[act_at("w")].nindicators; i++)
		strcat(strcat(s, i ? " " : ""), M->indicators[
		    M->actions[act_at("w")].indicators[i]].id);
	cr_assert_str_eq(s, "i1 i2 i0");
	s[0] = '\0';
	for (i = 0; i < M->actions[act_at("a")].nindicators; i++)
		strcat(strcat(s, i ? " " : ""), M->indicators[
		    M->actions[act_at("a")].indicators[i]].id);
	cr_assert_str_eq(s, "j i");
}

Test(metrics, partner_lists_follow_action_order)
{
	static const struct tfile f[] = {
		{ "clspd.yaml",
		  "council: C\nterritory: T\nyear: 2025\n"
		  "thematics:\n"
		  "  - {id: v, title: V, group: [p]}\n"
		  "  - {id: u, title: U}\n"
		  "  - {id: t, title: T, group: [p]}\n" },
		{ "actions/a.yaml", ACTION("pilot: p\npartners: [p]\n"
		  "funding: {2025: [{funder: p}]}\n") },
		{ "actions/b.yaml",
		  "title: B\nthematic: u\ndescription: D.\nobjectives: O.\n"
		  "pilot: p\npartners: [p]\n"
		  "funding: {2025: [{funder: p}]}\n" },
		{ "actions/c.yaml", ACTION("order: 1\npilot: p\n"
		  "partners: [p]\nfunding: {2025: [{funder: p}]}\n") },
	};
	const struct partner_figures *p;

	LOAD(f);
	/* Thematic u comes before t; within t, c (order 1) before a. */
	p = PAR("p");
	ACTIONS_ARE(p->pilot_of, p->npilot_of, "b c a");
	ACTIONS_ARE(p->partner_of, p->npartner_of, "b c a");
	ACTIONS_ARE(p->funder_of, p->nfunder_of, "b c a");
	THEMATICS_ARE(p->group_of, p->ngroup_of, "v t");
	cr_assert_eq(p->actions, 3);
}
