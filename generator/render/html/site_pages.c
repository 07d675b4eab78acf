/*
 * The pages of the site, each from its template with the map of
 * site_page_new and its own members (site.h): the home page with its
 * downloads and funding charts, a page per thematic, action and
 * narrative page, the indicators, the partners with their table of
 * roles, the charter, the accessibility statement, the changes since the
 * last report, and the list of past reports.
 */
#include <stdio.h>
#include <string.h>

#include "../../view/chart.h"
#include "site_int.h"
#include "svg.h"

/* Above this many actions the partners × actions table is left out. */
#define SITE_MATRIX_MAX 60

/*
 * A funding table as a breakdown chart (chart_breakdown): an indicator
 * made of its lines, each with its label, amount and share.
 */
static struct value *
funding_chart(struct site *s, struct view_breakdown_row *rows, size_t n,
    const char *title, const char *id)
{
	struct view_indicator	 ind;
	struct chart		 c;
	struct buf		 b = BUF_INIT;
	struct value		*r;

	memset(&ind, 0, sizeof(ind));
	ind.label = title;
	ind.breakdown = rows;
	ind.nbreakdown = n;
	if (!chart_breakdown(s->page, &ind, &s->docs->labels, s->loc, &c))
		return value_null(s->page);
	svg_chart_breakdown(&b, &c, &s->svg, id);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	return r;
}

/* n zeroed lines of a chart, in the page's scratch (one at least). */
static struct view_breakdown_row *
chart_rows(struct site *s, size_t n)
{
	size_t			 size = (n > 0 ? n : 1) * sizeof(struct
				    view_breakdown_row);
	struct view_breakdown_row *rows = arena_alloc(s->page, size);

	memset(rows, 0, size);
	return rows;
}

/* The home page's charts of the funding tables: by family, by funder. */
static void
funding_charts(struct site *s, struct value *p)
{
	const struct view_funding	*f = &s->docs->funding;
	struct view_breakdown_row	*rows;
	size_t				 i;

	rows = chart_rows(s, f->nby_family);
	for (i = 0; i < f->nby_family; i++) {
		rows[i].label = f->by_family[i].label;
		rows[i].value = f->by_family[i].amount;
		rows[i].share = f->by_family[i].share;
	}
	value_set(s->page, p, "funding_family_svg", funding_chart(s, rows,
	    f->nby_family, site_label(s, "funding_by_family"),
	    "chart-funding-family"));
	rows = chart_rows(s, f->nby_funder);
	for (i = 0; i < f->nby_funder; i++) {
		rows[i].label = f->by_funder[i].partner->name;
		rows[i].value = f->by_funder[i].amount;
		rows[i].share = f->by_funder[i].share;
	}
	value_set(s->page, p, "funding_funder_svg", funding_chart(s, rows,
	    f->nby_funder, site_label(s, "funding_by_funder"),
	    "chart-funding-funder"));
}

static void
download_add(struct site *s, struct value *list, const char *key,
    const char *href, const char *kind)
{
	struct value	*e = value_push(s->page, list, value_map(s->page));

	value_set(s->page, e, "label", site_str(s, site_label(s, key)));
	value_set(s->page, e, "href", site_str(s, href));
	value_set(s->page, e, "kind", site_str(s, kind));
}

int
site_index(struct site *s)
{
	struct value		*p, *dl;
	const struct value	*sub;
	char			 year[32], href[64];

	p = site_page_new(s, "index.html", value_str(s->view, "title"), NULL);
	dl = value_set(s->page, p, "downloads", value_list(s->page));
	decimal_format(value_get(s->view, "year")->u.dec, year);
	snprintf(href, sizeof(href), "pdf/rapport-%s.pdf", year);
	download_add(s, dl, "download_report", href, "PDF");
	if (value_get(s->view, "charter")->type == VALUE_MAP) {
		download_add(s, dl, "download_charter", "pdf/charte.pdf",
		    "PDF");
		download_add(s, dl, "download_charter_print",
		    "pdf/charte-impression.pdf", "PDF");
	}
	snprintf(href, sizeof(href), "data/bilan-%s.xlsx", year);
	download_add(s, dl, "download_workbook", href, "XLSX");
	download_add(s, dl, "download_metrics", "data/metrics.json", "JSON");
	download_add(s, dl, "download_indicators", "data/indicators.csv",
	    "CSV");
	download_add(s, dl, "download_funding", "data/funding.csv", "CSV");
	download_add(s, dl, "download_actions", "data/actions.csv", "CSV");
	download_add(s, dl, "download_partners", "data/partners.csv", "CSV");
	sub = value_get(s->view, "has_subsidies");
	if (sub != NULL && sub->type == VALUE_BOOL && sub->u.boolean)
		download_add(s, dl, "download_subsidies",
		    "data/subventions.csv", "CSV");
	download_add(s, dl, "download_datapackage", "data/datapackage.json",
	    "JSON");
	funding_charts(s, p);
	return site_page_write(s, "index", "index.html", p, 2);
}

/*
 * One page per record of the view's list: DIR/<id>.html from the
 * template name, which also names the record in the page ("thematic",
 * "page").
 */
int
site_records(struct site *s, const char *list, const char *dir,
    const char *name)
{
	const struct value	*l = value_get(s->view, list), *r;
	struct value		*p;
	char			 path[96];
	size_t			 i;

	for (i = 0; i < l->u.list.n; i++) {
		r = l->u.list.v[i];
		snprintf(path, sizeof(path), "%s/%s.html", dir, value_str(r, "id"));
		p = site_page_new(s, path, value_str(r, "title"), NULL);
		value_set(s->page, p, name, (struct value *)r);
		if (site_page_write(s, name, path, p, 2) == -1)
			return -1;
	}
	return 0;
}

int
site_actions(struct site *s)
{
	const struct value	*l = value_get(s->view, "actions"), *a, *t;
	struct value		*p;
	char			 path[96], thref[96];
	size_t			 i;

	for (i = 0; i < l->u.list.n; i++) {
		a = l->u.list.v[i];
		t = value_get(a, "thematic");
		snprintf(path, sizeof(path), "actions/%s.html", value_str(a, "id"));
		snprintf(thref, sizeof(thref), "thematics/%s.html",
		    value_str(t, "id"));
		p = site_page_new(s, path, value_str(a, "title"),
		    t->type == VALUE_MAP ? (const char *const[]){
		    value_str(t, "title"), thref, NULL } : NULL);
		value_set(s->page, p, "action", (struct value *)a);
		value_set(s->page, p, "thematic", (struct value *)t);
		/* The narrative's "#" under the page's h2: h3. */
		if (site_page_write(s, "action", path, p, 3) == -1)
			return -1;
	}
	return 0;
}

/* Whether the list of references holds id. */
static int
refs_have(const struct value *list, const char *id)
{
	size_t	 i;

	if (list == NULL || list->type != VALUE_LIST)
		return 0;
	for (i = 0; i < list->u.list.n; i++)
		if (strcmp(value_str(list->u.list.v[i], "id"), id) == 0)
			return 1;
	return 0;
}

static void
role_add(struct site *s, struct value *roles, const char *abbr,
    const char *lbl)
{
	struct value	*e = value_push(s->page, roles, value_map(s->page));

	value_set(s->page, e, "abbr", site_str(s, site_label(s, abbr)));
	value_set(s->page, e, "label", site_str(s, site_label(s, lbl)));
}

/* The partners × actions table: who pilots, partners, funds what. */
static struct value *
matrix(struct site *s)
{
	const struct value	*acts = value_get(s->view, "actions");
	const struct value	*parts = value_get(s->view, "partners");
	const struct value	*pa, *a;
	struct value		*m = value_map(s->page), *rows, *row, *cells;
	struct value		*roles;
	const char		*id;
	size_t			 i, j;

	value_set(s->page, m, "actions", (struct value *)acts);
	rows = value_set(s->page, m, "rows", value_list(s->page));
	for (i = 0; i < parts->u.list.n; i++) {
		pa = parts->u.list.v[i];
		id = value_str(pa, "id");
		row = value_push(s->page, rows, value_map(s->page));
		value_set(s->page, row, "partner", (struct value *)pa);
		cells = value_set(s->page, row, "cells", value_list(s->page));
		for (j = 0; j < acts->u.list.n; j++) {
			a = acts->u.list.v[j];
			roles = value_list(s->page);
			if (strcmp(value_str(value_get(a, "pilot"), "id"), id) == 0)
				role_add(s, roles, "role_pilot_abbr", "pilot");
			if (refs_have(value_get(a, "partners"), id))
				role_add(s, roles, "role_partner_abbr",
				    "partner");
			if (refs_have(value_get(a, "funders"), id))
				role_add(s, roles, "role_funder_abbr",
				    "funder");
			value_set(s->page, value_push(s->page, cells,
			    value_map(s->page)), "roles", roles);
		}
	}
	return m;
}

static int
site_partners(struct site *s)
{
	struct value	*p;
	size_t		 n = value_get(s->view, "actions")->u.list.n;

	p = site_page_new(s, "partners.html",
	    site_label(s, "partners_directory"), NULL);
	value_set(s->page, p, "matrix", n <= SITE_MATRIX_MAX ? matrix(s) :
	    value_null(s->page));
	value_set(s->page, p, "matrix_omitted", value_bool(s->page,
	    n > SITE_MATRIX_MAX));
	return site_page_write(s, "partners", "partners.html", p, 3);
}

/* The list of past reports, on the main site when there are some. */
static int
site_archives(struct site *s)
{
	const struct value	*up = value_get(s->view, "archives_root");
	const struct value	*l = value_get(s->view, "archives");
	struct value		*p;

	if (l == NULL || l->type != VALUE_LIST || l->u.list.n == 0 ||
	    (up != NULL && up->type == VALUE_STRING && *up->u.str.s != '\0'))
		return 0;
	p = site_page_new(s, "archives/index.html", site_label(s, "archives"),
	    NULL);
	return site_page_write(s, "archives", "archives/index.html", p, 2);
}

int
site_single_pages(struct site *s)
{
	struct value	*p;

	p = site_page_new(s, "indicators.html",
	    site_label(s, "indicators_dashboard"), NULL);
	if (site_page_write(s, "indicators", "indicators.html", p, 2) == -1)
		return -1;
	if (site_partners(s) == -1)
		return -1;
	if (value_get(s->view, "charter")->type == VALUE_MAP) {
		p = site_page_new(s, "charter.html",
		    value_str(value_get(s->view, "charter"), "title"), NULL);
		if (site_page_write(s, "charter", "charter.html", p, 2) == -1)
			return -1;
	}
	p = site_page_new(s, "accessibilite.html",
	    site_label(s, "accessibility_statement"), NULL);
	if (site_page_write(s, "accessibility", "accessibilite.html", p,
	    2) == -1)
		return -1;
	if (site_evolutions(s) != NULL) {
		p = site_page_new(s, "evolutions.html",
		    value_str(site_evolutions(s), "title"), NULL);
		if (site_page_write(s, "evolutions", "evolutions.html", p,
		    2) == -1)
			return -1;
	}
	return site_archives(s);
}
