/*
 * The open-data writers: the JSON writer on small value trees, the
 * escaping functions, data/indicators.csv, and the whole of
 * data/metrics.json for a small content folder, every expected text
 * written by hand from docs/format.md sections 2 and 3.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/render/data/data.h"
#include "../../generator/util/escape.h"
#include "../../generator/view/data.h"
#include "../../generator/view/value.h"
#include "helpers.h"

static struct arena	*A;

static void
setup(void)
{
	test_enter_tmp();
	A = arena_new();
}

static void
teardown(void)
{
	arena_free(A);
	A = NULL;
	test_leave_tmp();
}

TestSuite(data, .init = setup, .fini = teardown);

/* The JSON text of v; the caller frees it. */
static char *
json_of(const struct value *v)
{
	struct buf	 b = BUF_INIT;

	data_json_write(&b, v);
	return buf_detach(&b);
}

static void
json_is(const struct value *v, const char *want)
{
	char	*got = json_of(v);

	cr_assert_str_eq(got, want);
	free(got);
}

/* An escape_ function of s[0..len), as a string. */
static void
escape_is(void (*fn)(struct buf *, const char *, size_t), const char *s,
    size_t len, const char *want)
{
	struct buf	 b = BUF_INIT;

	fn(&b, s, len);
	cr_assert_str_eq(buf_cstr(&b), want, "escaping '%s'", s);
	buf_release(&b);
}

#define JSON_ESC(s, want)	escape_is(escape_json, s, strlen(s), want)
#define CSV_ESC(s, want)	escape_is(escape_csv, s, strlen(s), want)

/* ---- JSON writer ---- */

Test(data, json_scalars)
{
	json_is(value_null(A), "null\n");
	json_is(value_bool(A, 1), "true\n");
	json_is(value_bool(A, 0), "false\n");
	json_is(value_string(A, NULL), "null\n");
	json_is(value_string(A, ""), "\"\"\n");
	json_is(value_string(A, "abc"), "\"abc\"\n");
}

Test(data, json_decimals)
{
	json_is(value_decimal(A, 12500000), "12.5\n");
	json_is(value_decimal(A, -3000000), "-3\n");
	json_is(value_decimal(A, 1), "0.000001\n");
	json_is(value_decimal(A, 100000000), "100\n");
	json_is(value_decimal(A, 0), "0\n");
	json_is(value_decimal(A, -500000), "-0.5\n");
	json_is(value_decimal(A, 300000), "0.3\n");
	json_is(value_decimal(A, 1500530000), "1500.53\n");
	json_is(value_decimal(A, 1000000000000000000LL), "1000000000000\n");
	json_is(value_decimal(A, 8999999999999999991LL),
	    "8999999999999.999991\n");
}

Test(data, json_doubles_shortest_round_trip)
{
	char	 s[32];

	json_is(value_double(A, 0.1), "0.1\n");
	json_is(value_double(A, 1.0 / 3.0), "0.3333333333333333\n");
	json_is(value_double(A, 2.0 / 3.0), "0.6666666666666666\n");
	json_is(value_double(A, 4.0 / 3.0), "1.3333333333333333\n");
	json_is(value_double(A, -2.0 / 3.0), "-0.6666666666666666\n");
	json_is(value_double(A, 0.25), "0.25\n");
	json_is(value_double(A, 0.8), "0.8\n");
	json_is(value_double(A, -0.6), "-0.6\n");
	json_is(value_double(A, 1.0), "1\n");
	json_is(value_double(A, 1.5), "1.5\n");
	json_is(value_double(A, 0.0), "0\n");
	json_is(value_double(A, 0.1 + 0.2), "0.30000000000000004\n");
	json_is(value_double(A, 150.5 / 200.0), "0.7525\n");
	/*
	 * 1e-7: one significant digit. C's %g writes the exponent with two
	 * digits ("1e-07", as Python's repr does); "1e-7" is as good. Both
	 * are JSON numbers that read back as the same double.
	 */
	value_format_double(1e-7, s);
	cr_assert(strcmp(s, "1e-07") == 0 || strcmp(s, "1e-7") == 0,
	    "1e-7 written %s", s);
	cr_assert(strtod(s, NULL) == 1e-7);
}

/*
 * Ratios of 10 or more with trailing zeros (an evolution of +900 %, a
 * decrease attainment of 20): the shortest decimal form is "10", not
 * %g's "1e+01".
 */
Test(data, json_doubles_whole_numbers_plain)
{
	json_is(value_double(A, 10.0), "10\n");
	json_is(value_double(A, 20.0), "20\n");
	json_is(value_double(A, 100.0), "100\n");
	json_is(value_double(A, 250.0), "250\n");
	json_is(value_double(A, -10.0), "-10\n");
}

Test(data, json_empty_containers)
{
	json_is(value_list(A), "[]\n");
	json_is(value_map(A), "{}\n");
}

Test(data, json_nested_key_order_kept)
{
	struct value	*root = value_map(A), *list, *m;

	value_set(A, root, "zeta", value_string(A, "x"));
	list = value_set(A, root, "list", value_list(A));
	value_push(A, list, value_decimal(A, 1000000));
	value_push(A, list, value_list(A));
	value_push(A, list, value_map(A));
	m = value_push(A, list, value_map(A));
	value_set(A, m, "b", value_null(A));
	value_set(A, m, "a", value_double(A, 0.5));
	value_set(A, root, "alpha", value_map(A));
	value_set(A, root, "flag", value_bool(A, 1));
	json_is(root,
	    "{\n"
	    "  \"zeta\": \"x\",\n"
	    "  \"list\": [\n"
	    "    1,\n"
	    "    [],\n"
	    "    {},\n"
	    "    {\n"
	    "      \"b\": null,\n"
	    "      \"a\": 0.5\n"
	    "    }\n"
	    "  ],\n"
	    "  \"alpha\": {},\n"
	    "  \"flag\": true\n"
	    "}\n");
}

Test(data, json_nested_lists)
{
	struct value	*root = value_list(A), *inner;

	inner = value_push(A, root, value_list(A));
	value_push(A, inner, value_string(A, "a"));
	value_push(A, inner, value_list(A));
	value_push(A, root, value_null(A));
	json_is(root,
	    "[\n"
	    "  [\n"
	    "    \"a\",\n"
	    "    []\n"
	    "  ],\n"
	    "  null\n"
	    "]\n");
}

Test(data, json_string_escaping)
{
	struct value	*root = value_map(A);

	value_set(A, root, "k\"ey", value_string(A,
	    "say \"hi\" \\ back\nnew\ttab\x01 \x1f é €"));
	json_is(root,
	    "{\n"
	    "  \"k\\\"ey\": \"say \\\"hi\\\" \\\\ back\\nnew\\ttab\\u0001 "
	    "\\u001f é €\"\n"
	    "}\n");
}

Test(data, escape_json_direct)
{
	JSON_ESC("", "\"\"");
	JSON_ESC("plain", "\"plain\"");
	JSON_ESC("a\"b", "\"a\\\"b\"");
	JSON_ESC("a\\b", "\"a\\\\b\"");
	JSON_ESC("a\nb", "\"a\\nb\"");
	JSON_ESC("a\rb", "\"a\\rb\"");
	JSON_ESC("a\tb", "\"a\\tb\"");
	JSON_ESC("\x01", "\"\\u0001\"");
	JSON_ESC("\x1f", "\"\\u001f\"");
	JSON_ESC("\x10", "\"\\u0010\"");
	JSON_ESC("é € 😀", "\"é € 😀\"");
	JSON_ESC("/", "\"/\"");
	/* A NUL inside the given length is a control character too. */
	escape_is(escape_json, "a\0b", 3, "\"a\\u0000b\"");
	/* Only len bytes are written. */
	escape_is(escape_json, "abc", 2, "\"ab\"");
}

Test(data, escape_csv_direct)
{
	CSV_ESC("", "");
	CSV_ESC("plain", "plain");
	CSV_ESC(" spaced ", " spaced ");
	CSV_ESC("é €", "é €");
	CSV_ESC("a,b", "\"a,b\"");
	CSV_ESC("say \"hi\"", "\"say \"\"hi\"\"\"");
	CSV_ESC("\"", "\"\"\"\"");
	CSV_ESC("line\nbreak", "\"line\nbreak\"");
	CSV_ESC("cr\rhere", "\"cr\rhere\"");
	CSV_ESC("a;b\tc", "a;b\tc");
	escape_is(escape_csv, "a,b", 1, "a");
}

/* ---- data/indicators.csv ---- */

Test(data, csv_rows)
{
	static const struct tfile f[] = {
		{ "clspd.yaml",
		  "council: C\nterritory: T\nyear: 2025\n"
		  "thematics:\n"
		  "  - {id: u, title: U}\n"
		  "  - {id: t, title: T}\n" },
		{ "actions/b.yaml",
		  "title: B\nthematic: u\ndescription: D.\nobjectives: O.\n" },
		{ "indicators/z.yaml",
		  "action: b\nlabel: L\nvalues: {2025: 1}\n" },
		{ "indicators/i.yaml",
		  "action: a\nlabel: \"Médiations, nuit\"\nunit: conflits\n"
		  "values: {2025: 10, 2023: 5}\ntarget: 20\n" },
		{ "indicators/j.yaml",
		  "action: a\nlabel: 'Dit \"stop\"'\ndirection: decrease\n"
		  "values: {2025: 2.5}\ntarget: {2026: 1, 2024: 3}\n" },
		{ "indicators/k.yaml",
		  "action: a\nlabel: \"a\\nb\"\nvalues: {}\ntarget: 7\n" },
		{ "indicators/l.yaml",
		  "action: a\nlabel: \"x\\ry\"\nvalues: {2025: 0}\n" },
		{ "indicators/m.yaml",
		  "action: a\nlabel: L\nunit: '%'\n"
		  "values: {2024: 1}\ntarget: {2024: 2}\n" },
		{ "indicators/n.yaml",
		  "action: a\nlabel: L\nvalues: {}\n"
		  "breakdown: {2025: {X: 1}}\n" },
	};
	struct model	*m;
	struct figures	*fig;
	struct buf	 b = BUF_INIT;

	test_content(f, sizeof(f) / sizeof(f[0]));
	m = test_model(&fig);
	data_csv_table(&b, "indicators", m, fig);
	/*
	 * z first (its action b is in thematic u, first); then a's by id.
	 * i: the plain target is Y's only. j: years of values and targets
	 * merged, ascending. k: a target without value. n: no value, no
	 * target, no row (a breakdown alone does not make one).
	 */
	cr_assert_str_eq(buf_cstr(&b),
	    "indicator,action,thematic,label,unit,direction,year,value,"
	    "target\r\n"
	    "z,b,u,L,,increase,2025,1,\r\n"
	    "i,a,t,\"Médiations, nuit\",conflits,increase,2023,5,\r\n"
	    "i,a,t,\"Médiations, nuit\",conflits,increase,2025,10,20\r\n"
	    "j,a,t,\"Dit \"\"stop\"\"\",,decrease,2024,,3\r\n"
	    "j,a,t,\"Dit \"\"stop\"\"\",,decrease,2025,2.5,\r\n"
	    "j,a,t,\"Dit \"\"stop\"\"\",,decrease,2026,,1\r\n"
	    "k,a,t,\"a\nb\",,increase,2025,,7\r\n"
	    "l,a,t,\"x\ry\",,increase,2025,0,\r\n"
	    "m,a,t,L,%,increase,2024,1,2\r\n");
	buf_release(&b);
	metrics_free(fig, m);
	model_free(m);
}

Test(data, csv_header_only)
{
	static const struct tfile f[] = {
		{ "indicators/i.yaml", "action: a\nlabel: L\nvalues: {}\n" },
	};
	struct model	*m;
	struct figures	*fig;
	struct buf	 b = BUF_INIT;

	test_content(f, 1);
	m = test_model(&fig);
	data_csv_table(&b, "indicators", m, fig);
	cr_assert_str_eq(buf_cstr(&b), "indicator,action,thematic,label,unit,"
	    "direction,year,value,target\r\n");
	buf_release(&b);
	metrics_free(fig, m);
	model_free(m);
}

/* ---- data/funding.csv, actions.csv, partners.csv ---- */

/*
 * Funding rows come per action, years ascending, funders as written; an
 * unknown amount is an empty cell; the pilot and the funder's family are
 * repeated on each row so that a spreadsheet filter needs no lookup.
 */
Test(data, funding_csv_rows)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml",
		  "title: Action A\nthematic: t\ndescription: D.\n"
		  "objectives: O.\npilot: q\n"
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: q, amount: 1500.5, note: \"Appel, 2025\"}\n"
		  "    - {funder: p}\n"
		  "  2024:\n"
		  "    - {funder: p, amount: 0.1}\n" },
		{ "actions/b.yaml",
		  "title: B\nthematic: t\ndescription: D.\nobjectives: O.\n"
		  "funding: {2025: [{funder: p, amount: 7}]}\n" },
	};
	struct model	*m;
	struct figures	*fig;
	struct buf	 b = BUF_INIT;

	test_content(f, sizeof(f) / sizeof(f[0]));
	m = test_model(&fig);
	data_csv_table(&b, "funding", m, fig);
	cr_assert_str_eq(buf_cstr(&b),
	    "year,action,thematic,pilot,funder,family,amount,note\r\n"
	    "2024,a,t,q,p,collectivites,0.1,\r\n"
	    "2025,a,t,q,q,etat,1500.5,\"Appel, 2025\"\r\n"
	    "2025,a,t,q,p,collectivites,,\r\n"
	    "2025,b,t,,p,collectivites,7,\r\n");
	buf_release(&b);
	data_csv_table(&b, "actions", m, fig);
	cr_assert_str_eq(buf_cstr(&b),
	    "action,title,thematic,pilot,status,period_start,period_end,"
	    "funding_total,funding_previous,attainment_mean\r\n"
	    "a,Action A,t,q,en-cours,,,1500.5,0.1,\r\n"
	    "b,B,t,,en-cours,,,7,0,\r\n");
	buf_release(&b);
	data_csv_table(&b, "partners", m, fig);
	cr_assert_str_eq(buf_cstr(&b),
	    "partner,name,short,kind,family,siret,rna,roles,funded_amount\r\n"
	    "p,Partenaire P,,commune,collectivites,,,funder;group,7\r\n"
	    "q,Partenaire Q,,etat,etat,,,pilot;funder,1500.5\r\n");
	buf_release(&b);
	metrics_free(fig, m);
	model_free(m);
}

/* An action's period, status and attainment mean in actions.csv. */
Test(data, actions_csv_period_and_mean)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml",
		  "title: \"A, \\\"dit\\\"\"\nthematic: t\ndescription: D.\n"
		  "objectives: O.\nstatus: terminee\n"
		  "period: {start: 2023, end: 2025}\n" },
		{ "indicators/i.yaml",
		  "action: a\nlabel: L\nvalues: {2025: 3}\ntarget: 4\n" },
	};
	struct model	*m;
	struct figures	*fig;
	struct buf	 b = BUF_INIT;

	test_content(f, sizeof(f) / sizeof(f[0]));
	m = test_model(&fig);
	data_csv_table(&b, "actions", m, fig);
	cr_assert_str_eq(buf_cstr(&b),
	    "action,title,thematic,pilot,status,period_start,period_end,"
	    "funding_total,funding_previous,attainment_mean\r\n"
	    "a,\"A, \"\"dit\"\"\",t,,terminee,2023,2025,0,0,0.75\r\n");
	buf_release(&b);
	metrics_free(fig, m);
	model_free(m);
}

/*
 * The descriptor names each CSV with its columns in the order of the
 * files, their types and keys: checked here on its text; tests/data/
 * validates the files against it with an independent validator.
 */
Test(data, datapackage_describes_every_table)
{
	struct model	*m;
	struct figures	*fig;
	struct buf	 b = BUF_INIT;
	const char	*s;

	test_content(NULL, 0);
	m = test_model(&fig);
	data_package_write(&b, m, fig);
	s = buf_cstr(&b);
	cr_assert(strstr(s, "\"profile\": \"tabular-data-package\""));
	cr_assert(strstr(s, "\"name\": \"clspd-bilan-2025\""));
	cr_assert(strstr(s, "\"title\": \"Bilan 2025 – CLSPD de Test\""));
	cr_assert(strstr(s, "\"name\": \"etalab-2.0\""));
	cr_assert(strstr(s, "\"title\": \"CLSPD de Test\",\n"
	    "      \"role\": \"publisher\""));
	cr_assert(strstr(s, "\"path\": \"indicators.csv\""));
	cr_assert(strstr(s, "\"path\": \"funding.csv\""));
	cr_assert(strstr(s, "\"path\": \"actions.csv\""));
	cr_assert(strstr(s, "\"path\": \"partners.csv\""));
	cr_assert(strstr(s, "\"name\": \"amount\",\n"
	    "            \"title\": \"Montant\""));
	cr_assert(strstr(s, "\"primaryKey\": [\n"
	    "          \"indicator\",\n          \"year\"\n"));
	cr_assert(strstr(s, "\"fields\": \"funder\",\n"
	    "            \"reference\": {\n"
	    "              \"resource\": \"partners\",\n"
	    "              \"fields\": \"partner\""));
	buf_release(&b);
	metrics_free(fig, m);
	model_free(m);
}

/* ---- data/metrics.json ---- */

/*
 * The content of the whole-file test, and the figures worked out by hand:
 *
 * Actions in order: b (order 1), a. Indicators: j (of b), i (of a).
 * i: value 10, previous 8, target 20; evolution 2/8 = 0.25; attainment
 *    10/20 = 0.5; progress (10 − 0)/(20 − 0) = 0.5; 0.5 < 0.8: behind;
 *    breakdown Gare 6 (0.6), Centre 4 (0.4), total 10, priority Gare.
 * j: decrease, value 3, no previous, target 4 (map); attainment 4/3;
 *    3 ≤ 4: achieved; no baseline: progress null; no breakdown.
 * a: funding 2025 p 150.5 + q 49.5 (+ q without amount) = 200;
 *    2024 q 100; attainment_mean min(0.5, 1) = 0.5.
 * b: no funding; attainment_mean min(4/3, 1) = 1.
 * Report: achieved 1, behind 1: rate 0.5; attainment_mean (1 + 0.5)/2
 *    = 0.75; funding 200, previous 100, evolution 1; by funder p 150.5
 *    (0.7525), q 49.5 (0.2475); by family collectivites (commune p)
 *    150.5, etat (q) 49.5.
 * Partners: p pilots a, funds a, is in t's group; q is a partner of a
 *    and funds it (with and without amount): 49.5.
 */
static const struct tfile json_content[] = {
	{ "clspd.yaml",
	  "council: CLSPD de Test\n"
	  "territory: Testville\n"
	  "year: 2025\n"
	  "thematics:\n"
	  "  - id: t\n"
	  "    title: Thématique\n"
	  "    group: [p]\n"
	  "  - id: u\n"
	  "    title: 'Autre \"thème\"'\n" },
	{ "actions/a.yaml",
	  "title: Action A\n"
	  "thematic: t\n"
	  "pilot: p\n"
	  "partners: [q]\n"
	  "description: D.\n"
	  "objectives: O.\n"
	  "funding:\n"
	  "  2024: [{funder: q, amount: 100}]\n"
	  "  2025:\n"
	  "    - {funder: p, amount: 150.5}\n"
	  "    - {funder: q, amount: 49.5}\n"
	  "    - {funder: q}\n" },
	{ "actions/b.yaml",
	  "title: Action B\n"
	  "thematic: t\n"
	  "status: terminee\n"
	  "order: 1\n"
	  "description: D.\n"
	  "objectives: O.\n" },
	{ "indicators/i.yaml",
	  "action: a\n"
	  "label: Médiations\n"
	  "unit: médiations\n"
	  "baseline: {year: 2023, value: 0}\n"
	  "values: {2024: 8, 2025: 10}\n"
	  "target: 20\n"
	  "breakdown:\n"
	  "  2025: {Gare: 6, Centre: 4}\n" },
	{ "indicators/j.yaml",
	  "action: b\n"
	  "label: Réduire\n"
	  "direction: decrease\n"
	  "values: {2025: 3}\n"
	  "target: {2025: 4}\n" },
};

static const char json_expected[] =
"{\n"
"  \"year\": 2025,\n"
"  \"council\": \"CLSPD de Test\",\n"
"  \"territory\": \"Testville\",\n"
"  \"source\": null,\n"
"  \"summary\": {\n"
"    \"actions\": 2,\n"
"    \"actions_by_status\": {\n"
"      \"prevue\": 0,\n"
"      \"en-cours\": 1,\n"
"      \"terminee\": 1,\n"
"      \"suspendue\": 0\n"
"    },\n"
"    \"indicators\": 2,\n"
"    \"indicators_by_status\": {\n"
"      \"no-data\": 0,\n"
"      \"no-target\": 0,\n"
"      \"achieved\": 1,\n"
"      \"close\": 0,\n"
"      \"behind\": 1\n"
"    },\n"
"    \"achievement_rate\": 0.5,\n"
"    \"attainment_mean\": 0.75,\n"
"    \"funding_total\": 200,\n"
"    \"funding_previous\": 100,\n"
"    \"funding_evolution\": 1\n"
"  },\n"
"  \"funding\": {\n"
"    \"by_funder\": [\n"
"      {\n"
"        \"partner\": \"p\",\n"
"        \"amount\": 150.5,\n"
"        \"share\": 0.7525\n"
"      },\n"
"      {\n"
"        \"partner\": \"q\",\n"
"        \"amount\": 49.5,\n"
"        \"share\": 0.2475\n"
"      }\n"
"    ],\n"
"    \"by_family\": {\n"
"      \"collectivites\": 150.5,\n"
"      \"etat\": 49.5,\n"
"      \"associations\": 0,\n"
"      \"autres\": 0\n"
"    }\n"
"  },\n"
"  \"thematics\": [\n"
"    {\n"
"      \"id\": \"t\",\n"
"      \"title\": \"Thématique\",\n"
"      \"actions\": [\n"
"        \"b\",\n"
"        \"a\"\n"
"      ],\n"
"      \"funding_total\": 200\n"
"    },\n"
"    {\n"
"      \"id\": \"u\",\n"
"      \"title\": \"Autre \\\"thème\\\"\",\n"
"      \"actions\": [],\n"
"      \"funding_total\": 0\n"
"    }\n"
"  ],\n"
"  \"actions\": [\n"
"    {\n"
"      \"id\": \"b\",\n"
"      \"title\": \"Action B\",\n"
"      \"thematic\": \"t\",\n"
"      \"status\": \"terminee\",\n"
"      \"pilot\": null,\n"
"      \"funding_total\": 0,\n"
"      \"funding_previous\": 0,\n"
"      \"funding_by_funder\": {},\n"
"      \"indicators\": [\n"
"        \"j\"\n"
"      ],\n"
"      \"attainment_mean\": 1\n"
"    },\n"
"    {\n"
"      \"id\": \"a\",\n"
"      \"title\": \"Action A\",\n"
"      \"thematic\": \"t\",\n"
"      \"status\": \"en-cours\",\n"
"      \"pilot\": \"p\",\n"
"      \"funding_total\": 200,\n"
"      \"funding_previous\": 100,\n"
"      \"funding_by_funder\": {\n"
"        \"p\": 150.5,\n"
"        \"q\": 49.5\n"
"      },\n"
"      \"indicators\": [\n"
"        \"i\"\n"
"      ],\n"
"      \"attainment_mean\": 0.5\n"
"    }\n"
"  ],\n"
"  \"indicators\": [\n"
"    {\n"
"      \"id\": \"j\",\n"
"      \"action\": \"b\",\n"
"      \"label\": \"Réduire\",\n"
"      \"unit\": null,\n"
"      \"direction\": \"decrease\",\n"
"      \"value\": 3,\n"
"      \"previous\": null,\n"
"      \"target\": 4,\n"
"      \"evolution\": null,\n"
"      \"attainment\": 1.3333333333333333,\n"
"      \"progress\": null,\n"
"      \"status\": \"achieved\",\n"
"      \"breakdown\": [],\n"
"      \"breakdown_total\": 0,\n"
"      \"priority\": null\n"
"    },\n"
"    {\n"
"      \"id\": \"i\",\n"
"      \"action\": \"a\",\n"
"      \"label\": \"Médiations\",\n"
"      \"unit\": \"médiations\",\n"
"      \"direction\": \"increase\",\n"
"      \"value\": 10,\n"
"      \"previous\": 8,\n"
"      \"target\": 20,\n"
"      \"evolution\": 0.25,\n"
"      \"attainment\": 0.5,\n"
"      \"progress\": 0.5,\n"
"      \"status\": \"behind\",\n"
"      \"breakdown\": [\n"
"        {\n"
"          \"label\": \"Gare\",\n"
"          \"value\": 6,\n"
"          \"share\": 0.6\n"
"        },\n"
"        {\n"
"          \"label\": \"Centre\",\n"
"          \"value\": 4,\n"
"          \"share\": 0.4\n"
"        }\n"
"      ],\n"
"      \"breakdown_total\": 10,\n"
"      \"priority\": \"Gare\"\n"
"    }\n"
"  ],\n"
"  \"partners\": [\n"
"    {\n"
"      \"id\": \"p\",\n"
"      \"name\": \"Partenaire P\",\n"
"      \"kind\": \"commune\",\n"
"      \"family\": \"collectivites\",\n"
"      \"pilot_of\": [\n"
"        \"a\"\n"
"      ],\n"
"      \"partner_of\": [],\n"
"      \"funder_of\": [\n"
"        \"a\"\n"
"      ],\n"
"      \"group_of\": [\n"
"        \"t\"\n"
"      ],\n"
"      \"funded_amount\": 150.5,\n"
"      \"actions\": 1\n"
"    },\n"
"    {\n"
"      \"id\": \"q\",\n"
"      \"name\": \"Partenaire Q\",\n"
"      \"kind\": \"etat\",\n"
"      \"family\": \"etat\",\n"
"      \"pilot_of\": [],\n"
"      \"partner_of\": [\n"
"        \"a\"\n"
"      ],\n"
"      \"funder_of\": [\n"
"        \"a\"\n"
"      ],\n"
"      \"group_of\": [],\n"
"      \"funded_amount\": 49.5,\n"
"      \"actions\": 1\n"
"    }\n"
"  ]\n"
"}\n";

Test(data, metrics_json_whole_file)
{
	struct model	*m;
	struct figures	*fig;
	char		*got;

	test_content(json_content, sizeof(json_content) /
	    sizeof(json_content[0]));
	m = test_model(&fig);
	got = json_of(view_data(A, m, fig));
	cr_assert_str_eq(got, json_expected);
	free(got);
	metrics_free(fig, m);
	model_free(m);
}

/* A PDF's URI is 7-bit ASCII: the rest percent-encoded, once. */
Test(data, escape_uri_for_pdf)
{
	const char	*s = "https://x.fr/caf\xC3\xA9/a b(c)?q=%41";

	escape_is(escape_uri, s, strlen(s),
	    "https://x.fr/caf%C3%A9/a%20b(c)?q=%41");
	escape_is(escape_uri, "mailto:a@b.fr", 13, "mailto:a@b.fr");
}

/* Phone numbers as people write them, as a "tel:" URI. */
Test(data, escape_tel_numbers)
{
	static const char *const cases[][2] = {
		{ "01 99 00 12 34", "tel:0199001234" },
		{ "+33 (0)1 99 00 12 34 poste 12", "tel:+33199001234" },
		{ "+33 1 99 00 12 34", "tel:+33199001234" },
		{ "01.99.00.12.34 ext. 3", "tel:0199001234" },
		{ "(0)1 99 00 12 34", "tel:0199001234" },
	};
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		buf_truncate(&b, 0);
		escape_tel(&b, cases[i][0]);
		cr_assert_str_eq(buf_cstr(&b), cases[i][1], "%s", cases[i][0]);
	}
	buf_release(&b);
}

/* Email addresses as a "mailto:" URI: what RFC 6068 reserves, encoded. */
Test(data, escape_mailto_addresses)
{
	static const char *const cases[][2] = {
		{ "jean.dupont@ville.fr", "mailto:jean.dupont@ville.fr" },
		{ "a+b_c-d@x.fr", "mailto:a+b_c-d@x.fr" },
		{ "a?b%c&d=e#f@x.fr", "mailto:a%3Fb%25c%26d%3De%23f@x.fr" },
		{ "élodie@mairie.fr", "mailto:%C3%A9lodie@mairie.fr" },
		{ "a b@x.fr", "mailto:a%20b@x.fr" },
	};
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		buf_truncate(&b, 0);
		escape_mailto(&b, cases[i][0]);
		cr_assert_str_eq(buf_cstr(&b), cases[i][1], "%s", cases[i][0]);
	}
	buf_release(&b);
}
