/*
 * The site (see site.h). Templates are parsed once for the whole site;
 * pages are rendered one at a time into one buffer, handed to the sink,
 * and their scratch memory (the page map, charts, Markdown documents)
 * is reset before the next one, so memory does not grow with the report.
 */
#include <stdlib.h>
#include <string.h>

#include "../../markdown/markdown.h"
#include "../../util/alloc.h"
#include "../../util/escape.h"
#include "../../util/i18n.h"
#include "../../view/chart.h"
#include "../../view/format.h"
#include "markdown.h"
#include "mustache.h"
#include "site.h"
#include "svg.h"

/* Above this many actions the partners × actions table is left out. */
#define SITE_MATRIX_MAX 60

/* A template's text read from a theme folder, kept for the set's life. */
struct source {
	struct buf	 data;
	char		*where;
};

struct site {
	const struct value	*view;
	const struct value	*labels;
	const struct theme	*theme;
	enum locale		 loc;
	struct sink		*sink;
	struct diags		*d;
	struct mustache_set	*set;
	struct mustache_hooks	 hooks;
	struct arena		*page;	/* the page's scratch, reset per page */
	struct buf		 out;
	int			 top;	/* level of a text's top heading */
	const char		*root;	/* the page's "" or "../" */
	struct svg_labels	 svg;
	int			 check_only;	/* assets: report, write nothing */
	struct source		*src;
	size_t			 nsrc;
	size_t			 capsrc;
};

/* A label of the theme, or "" for a missing one. */
static const char *
label(const struct site *s, const char *key)
{
	return value_str(s->labels, key);
}

/* The mustache source: templates/<name>.mustache from the theme. */
static int
site_find(void *ctx, const char *name, const char **src, size_t *len,
    const char **where)
{
	struct site	*s = ctx;
	struct source	*t;
	struct theme_file f = { NULL, 0, NULL };
	char		*path;
	int		 layer;

	if (s->nsrc == s->capsrc) {
		s->capsrc = s->capsrc ? s->capsrc * 2 : 16;
		s->src = xreallocarray(s->src, s->capsrc, sizeof(*s->src));
	}
	t = &s->src[s->nsrc];
	memset(t, 0, sizeof(*t));
	path = xasprintf("templates/%s.mustache", name);
	layer = theme_find(s->theme, path, 0, &t->data, &f);
	free(path);
	t->where = f.where;
	if (layer != -1)
		*src = f.data;
	if (layer == THEME_UNUSABLE) {
		diag_error(s->d, ((struct pos){ theme_keep(s->theme, t->where),
		    1, 1 }), _("this template is %s"), f.data);
		free(t->where);
		buf_release(&t->data);
		return -2;
	}
	if (layer == -1) {
		buf_release(&t->data);
		return -1;
	}
	*len = f.len;
	*where = t->where;
	s->nsrc++;
	return 0;
}

static void
site_markdown(void *ctx, struct buf *out, const struct value *md)
{
	struct site		*s = ctx;
	struct html_images	 img = { s->view, s->root };

	html_markdown(out, md, s->top, &img);
}

static const struct value *
chart_svg(struct site *s, const struct value *ind, int years)
{
	struct chart	 c;
	struct buf	 b = BUF_INIT;
	struct value	*r;
	char		*id;

	if (!(years ? chart_years(s->page, ind, s->labels, s->loc, &c) :
	    chart_breakdown(s->page, ind, s->labels, s->loc, &c)))
		return value_null(s->page);
	id = xasprintf("chart-%s-%s", years ? "years" : "breakdown",
	    value_str(ind, "id"));
	if (years)
		svg_chart_years(&b, &c, &s->svg, id);
	else
		svg_chart_breakdown(&b, &c, &s->svg, id);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	free(id);
	return r;
}

/* The address's "mailto:" URI (escape_mailto). */
static const struct value *
email_href(struct site *s, const char *email)
{
	struct buf	 b = BUF_INIT;
	struct value	*r;

	escape_mailto(&b, email);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	return r;
}

/* The number's "tel:" URI (escape_tel). */
static const struct value *
phone_href(struct site *s, const char *phone)
{
	struct buf	 b = BUF_INIT;
	struct value	*r;

	escape_tel(&b, phone);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	return r;
}

/* An action's period, "2023–2026", "2023–", or null. */
static const struct value *
period(struct site *s, const struct value *a)
{
	const struct value	*from = value_get(a, "period_start");
	const struct value	*to = value_get(a, "period_end");
	char			 x[32], y[32], both[80];

	if (from == NULL || from->type != VALUE_DECIMAL)
		return value_null(s->page);
	decimal_format(from->u.dec, x);
	if (to == NULL || to->type != VALUE_DECIMAL)
		y[0] = '\0';
	else
		decimal_format(to->u.dec, y);
	snprintf(both, sizeof(both), "%s\xE2\x80\x93%s", x, y);
	return value_string(s->page, both);
}

/*
 * A partner's roles, each once with its list (partners.html): label,
 * dir ("actions" or "thematics", for links) and items (references with
 * id and title); a role without items is left out.
 */
static const struct value *
partner_roles(struct site *s, const struct value *partner)
{
	static const char *const roles[][2] = {
		{ "pilot_of", "actions" }, { "partner_of", "actions" },
		{ "funder_of", "actions" }, { "group_of", "thematics" },
	};
	const struct value	*items;
	struct value		*list = value_list(s->page), *e;
	size_t			 i;

	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++) {
		items = value_get(partner, roles[i][0]);
		if (items == NULL || items->type != VALUE_LIST ||
		    items->u.list.n == 0)
			continue;
		e = value_push(s->page, list, value_map(s->page));
		value_set(s->page, e, "label", value_string(s->page,
		    label(s, roles[i][0])));
		value_set(s->page, e, "dir", value_string(s->page,
		    roles[i][1]));
		value_set(s->page, e, "items", (struct value *)items);
	}
	return list;
}

/*
 * Names a frame of the tree does not have but a template may ask for
 * (site.h). NULL when the frame is not of the right kind.
 */
static const struct value *
site_computed(void *ctx, const struct value *frame, const char *name)
{
	struct site		*s = ctx;
	const struct value	*v;

	if (strcmp(name, "chart_years_svg") == 0 &&
	    value_get(frame, "years") != NULL)
		return chart_svg(s, frame, 1);
	if (strcmp(name, "chart_breakdown_svg") == 0 &&
	    value_get(frame, "breakdown") != NULL)
		return chart_svg(s, frame, 0);
	if (strcmp(name, "partner_roles") == 0 &&
	    value_get(frame, "pilot_of") != NULL)
		return partner_roles(s, frame);
	if (strcmp(name, "period") == 0 &&
	    value_get(frame, "period_start") != NULL)
		return period(s, frame);
	if (strcmp(name, "email_href") == 0 &&
	    (v = value_get(frame, "email")) != NULL)
		return v->type == VALUE_STRING ? email_href(s, v->u.str.s) :
		    value_null(s->page);
	if (strcmp(name, "phone_href") == 0 &&
	    (v = value_get(frame, "phone")) != NULL)
		return v->type == VALUE_STRING ? phone_href(s, v->u.str.s) :
		    value_null(s->page);
	return NULL;
}

static struct value *
str_value(struct site *s, const char *str)
{
	return value_string(s->page, str);
}

/* A link of the navigation or the breadcrumbs. */
static void
link_add(struct site *s, struct value *list, const char *lbl,
    const char *href, const char *path)
{
	struct value	*e = value_push(s->page, list, value_map(s->page));

	value_set(s->page, e, "label", str_value(s, lbl));
	value_set(s->page, e, "href", href != NULL ? str_value(s, href) :
	    value_null(s->page));
	value_set(s->page, e, "current", value_bool(s->page, href != NULL &&
	    path != NULL && strcmp(href, path) == 0));
}

/*
 * The links to the narrative pages that open the report (opening set),
 * or to the others.
 */
static void
nav_pages(struct site *s, struct value *nav, const char *path, int opening)
{
	const struct value	*l = value_get(s->view, "pages"), *o;
	char			 href[160];
	size_t			 i;

	for (i = 0; l != NULL && i < l->u.list.n; i++) {
		o = value_get(l->u.list.v[i], "opens_report");
		if ((o != NULL && o->type == VALUE_BOOL && o->u.boolean) !=
		    opening)
			continue;
		snprintf(href, sizeof(href), "pages/%s.html",
		    value_str(l->u.list.v[i], "id"));
		link_add(s, nav, value_str(l->u.list.v[i], "title"), href, path);
	}
}

/* The changes since the last report (build.c), or NULL. */
static const struct value *
evolutions(const struct site *s)
{
	const struct value	*e = value_get(s->view, "evolutions");

	return e != NULL && e->type == VALUE_MAP ? e : NULL;
}

static void
nav_add(struct site *s, struct value *page, const char *path)
{
	const struct value	*l;
	struct value		*nav, *th;
	char			 href[160];
	size_t			 i;

	nav = value_set(s->page, page, "nav", value_list(s->page));
	link_add(s, nav, label(s, "home"), "index.html", path);
	nav_pages(s, nav, path, 1);
	link_add(s, nav, label(s, "indicators"), "indicators.html", path);
	link_add(s, nav, label(s, "partners"), "partners.html", path);
	nav_pages(s, nav, path, 0);
	if (value_get(s->view, "charter")->type == VALUE_MAP)
		link_add(s, nav, label(s, "charter"), "charter.html", path);
	if (evolutions(s) != NULL)
		link_add(s, nav, value_str(evolutions(s), "title"),
		    "evolutions.html", path);
	th = value_set(s->page, page, "nav_thematics", value_list(s->page));
	l = value_get(s->view, "thematics");
	for (i = 0; i < l->u.list.n; i++) {
		snprintf(href, sizeof(href), "thematics/%s.html",
		    value_str(l->u.list.v[i], "id"));
		link_add(s, th, value_str(l->u.list.v[i], "title"), href, path);
	}
}

/* "Produit le {date}" with the view's date. */
static struct value *
generated(struct site *s)
{
	const char	*t = label(s, "generated"), *at = strstr(t, "{date}");
	struct buf	 b = BUF_INIT;
	struct value	*r;

	if (at == NULL)
		return str_value(s, t);
	buf_put(&b, t, (size_t)(at - t));
	buf_puts(&b, value_str(s->view, "date"));
	buf_puts(&b, at + 6);
	r = str_value(s, buf_cstr(&b));
	buf_release(&b);
	return r;
}

/*
 * base + "/" + path, one "/" between them (base_url may end with one);
 * the text a sitemap's <loc> and a canonical link hold, unescaped.
 */
static void
absolute_url(struct buf *b, const char *base, const char *path)
{
	size_t	 n = strlen(base);

	buf_puts(b, base);
	if (n == 0 || base[n - 1] != '/')
		buf_putc(b, '/');
	buf_puts(b, path);
}

/* The page's canonical URL, or null when base_url is not set. */
static struct value *
canonical(struct site *s, const char *path)
{
	const char	*base = value_str(s->view, "base_url");
	struct buf	 b = BUF_INIT;
	struct value	*r;

	const char	*self = value_str(s->view, "archives_self");
	char		*full;

	if (*base == '\0')
		return value_null(s->page);
	/* A past report's pages are below site/archives/<year>/. */
	full = xasprintf("%s%s", self, path);
	absolute_url(&b, base, full);
	free(full);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	return r;
}

/*
 * The link to the list of past reports (site/archives/index.html) from
 * the page at path, or null when no past report was built. A past
 * report's own site is site/archives/<year>/: its view's archives_root
 * ("../../") leads back to the top.
 */
static struct value *
archives_href(struct site *s, const char *path)
{
	const struct value	*l = value_get(s->view, "archives");
	const struct value	*up = value_get(s->view, "archives_root");
	char			*h;
	struct value		*r;

	if (l == NULL || l->type != VALUE_LIST || l->u.list.n == 0)
		return value_null(s->page);
	h = xasprintf("%s%sarchives/index.html", strchr(path, '/') ? "../" :
	    "", up != NULL && up->type == VALUE_STRING ? up->u.str.s : "");
	r = str_value(s, h);
	free(h);
	return r;
}

/*
 * The map every page starts from (site.h): the view root's members,
 * then the page's own. crumbs is the breadcrumb trail before the page
 * itself: pairs of label and href, NULL-ended.
 */
static struct value *
page_new(struct site *s, const char *path, const char *title,
    const char *const *crumbs)
{
	struct value	*p, *bc;
	size_t		 i;

	arena_reset(s->page);
	p = value_map(s->page);
	for (i = 0; i < s->view->u.map.n; i++)
		value_set(s->page, p, s->view->u.map.v[i].key,
		    s->view->u.map.v[i].value);
	value_set(s->page, p, "root", str_value(s, strchr(path, '/') ?
	    "../" : ""));
	value_set(s->page, p, "path", str_value(s, path));
	value_set(s->page, p, "canonical", canonical(s, path));
	value_set(s->page, p, "page_title", str_value(s, title));
	nav_add(s, p, path);
	/* A map of items, null on the home page: no trail to show there. */
	if (strcmp(path, "index.html") == 0)
		value_set(s->page, p, "breadcrumbs", value_null(s->page));
	else {
		bc = value_set(s->page, value_set(s->page, p, "breadcrumbs",
		    value_map(s->page)), "items", value_list(s->page));
		link_add(s, bc, label(s, "home"), "index.html", NULL);
		for (i = 0; crumbs != NULL && crumbs[i] != NULL; i += 2)
			link_add(s, bc, crumbs[i], crumbs[i + 1], NULL);
		link_add(s, bc, title, NULL, NULL);
	}
	value_set(s->page, p, "generated", generated(s));
	value_set(s->page, p, "archives_href", archives_href(s, path));
	return p;
}

/* Renders template name with page and hands it to the sink as path. */
static int
page_write(struct site *s, const char *template, const char *path,
    const struct value *page, int top)
{
	char	*out;
	int	 rc;

	s->top = top;
	s->root = value_str(page, "root");
	buf_truncate(&s->out, 0);
	rc = mustache_render(s->set, template, page, &s->hooks, &s->out,
	    s->d);
	markdown_scratch_reset();
	if (rc == -1)
		return -1;
	out = xasprintf("site/%s", path);
	rc = sink_write(s->sink, out, &s->out);
	free(out);
	return rc;
}

/*
 * A breakdown-like list for chart_breakdown from a funding list of the
 * view (items with label or name, amount, amount_raw, share).
 */
static struct value *
funding_chart(struct site *s, const struct value *list, const char *title,
    const char *id, const char *name_key)
{
	struct value	*ind = value_map(s->page), *bd, *e;
	const struct value *it;
	struct chart	 c;
	struct buf	 b = BUF_INIT;
	struct value	*r;
	size_t		 i;

	value_set(s->page, ind, "label", str_value(s, title));
	bd = value_set(s->page, ind, "breakdown", value_list(s->page));
	for (i = 0; i < list->u.list.n; i++) {
		it = list->u.list.v[i];
		e = value_push(s->page, bd, value_map(s->page));
		value_set(s->page, e, "label", value_get(it, name_key));
		value_set(s->page, e, "value", value_get(it, "amount"));
		value_set(s->page, e, "value_raw", value_get(it, "amount_raw"));
		value_set(s->page, e, "share", value_get(it, "share"));
	}
	if (!chart_breakdown(s->page, ind, s->labels, s->loc, &c))
		return value_null(s->page);
	svg_chart_breakdown(&b, &c, &s->svg, id);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	return r;
}

static void
download_add(struct site *s, struct value *list, const char *key,
    const char *href, const char *kind)
{
	struct value	*e = value_push(s->page, list, value_map(s->page));

	value_set(s->page, e, "label", str_value(s, label(s, key)));
	value_set(s->page, e, "href", str_value(s, href));
	value_set(s->page, e, "kind", str_value(s, kind));
}

static int
site_index(struct site *s)
{
	struct value		*p, *dl;
	const struct value	*f = value_get(s->view, "funding"), *sub;
	char			 year[32], href[64];

	p = page_new(s, "index.html", value_str(s->view, "title"), NULL);
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
	value_set(s->page, p, "funding_family_svg", funding_chart(s,
	    value_get(f, "by_family"), label(s, "funding_by_family"),
	    "chart-funding-family", "label"));
	value_set(s->page, p, "funding_funder_svg", funding_chart(s,
	    value_get(f, "by_funder"), label(s, "funding_by_funder"),
	    "chart-funding-funder", "name"));
	return page_write(s, "index", "index.html", p, 2);
}

/*
 * One page per record of the view's list: DIR/<id>.html from the
 * template name, which also names the record in the page ("thematic",
 * "page").
 */
static int
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
		p = page_new(s, path, value_str(r, "title"), NULL);
		value_set(s->page, p, name, (struct value *)r);
		if (page_write(s, name, path, p, 2) == -1)
			return -1;
	}
	return 0;
}

static int
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
		p = page_new(s, path, value_str(a, "title"), t->type == VALUE_MAP ?
		    (const char *const[]){ value_str(t, "title"), thref, NULL } :
		    NULL);
		value_set(s->page, p, "action", (struct value *)a);
		value_set(s->page, p, "thematic", (struct value *)t);
		/* The narrative's "#" under the page's h2: h3. */
		if (page_write(s, "action", path, p, 3) == -1)
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

	value_set(s->page, e, "abbr", str_value(s, label(s, abbr)));
	value_set(s->page, e, "label", str_value(s, label(s, lbl)));
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

	p = page_new(s, "partners.html", label(s, "partners_directory"),
	    NULL);
	value_set(s->page, p, "matrix", n <= SITE_MATRIX_MAX ? matrix(s) :
	    value_null(s->page));
	value_set(s->page, p, "matrix_omitted", value_bool(s->page,
	    n > SITE_MATRIX_MAX));
	return page_write(s, "partners", "partners.html", p, 3);
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
	p = page_new(s, "archives/index.html", label(s, "archives"), NULL);
	return page_write(s, "archives", "archives/index.html", p, 2);
}

static int
site_single_pages(struct site *s)
{
	struct value	*p;

	p = page_new(s, "indicators.html", label(s, "indicators_dashboard"),
	    NULL);
	if (page_write(s, "indicators", "indicators.html", p, 2) == -1)
		return -1;
	if (site_partners(s) == -1)
		return -1;
	if (value_get(s->view, "charter")->type == VALUE_MAP) {
		p = page_new(s, "charter.html", value_str(value_get(s->view,
		    "charter"), "title"), NULL);
		if (page_write(s, "charter", "charter.html", p, 2) == -1)
			return -1;
	}
	p = page_new(s, "accessibilite.html",
	    label(s, "accessibility_statement"), NULL);
	if (page_write(s, "accessibility", "accessibilite.html", p, 2) == -1)
		return -1;
	if (evolutions(s) != NULL) {
		p = page_new(s, "evolutions.html", value_str(evolutions(s),
		    "title"), NULL);
		if (page_write(s, "evolutions", "evolutions.html", p, 2) == -1)
			return -1;
	}
	return site_archives(s);
}

/* Copies one asset of the theme to site/<path>. */
static int
asset_copy(void *ctx, const char *path)
{
	struct site	*s = ctx;
	struct buf	 b = BUF_INIT, file = BUF_INIT;
	struct theme_file f;
	char		*out;
	int		 rc = -1;

	switch (theme_find(s->theme, path, 0, &b, &f)) {
	case -1:
		goto done;
	case THEME_UNUSABLE:
		diag_error(s->d, ((struct pos){ theme_keep(s->theme, f.where),
		    1, 1 }), _("this asset is %s"), f.data);
		free(f.where);
		goto done;
	default:
		break;
	}
	free(f.where);
	if (s->check_only) {
		rc = 0;
		goto done;
	}
	buf_put(&file, f.data, f.len);
	out = xasprintf("site/%s", path);
	rc = sink_write(s->sink, out, &file);
	free(out);
done:
	buf_release(&b);
	buf_release(&file);
	return rc;
}

/* Copies the images the content uses to site/media/ (view_media). */
static int
media_copy(struct site *s)
{
	const struct value	*l = value_get(s->view, "media"), *f, *data;
	struct buf		 file = BUF_INIT;
	char			*out;
	size_t			 i;
	int			 rc = 0;

	for (i = 0; rc == 0 && l != NULL && i < l->u.list.n; i++) {
		f = l->u.list.v[i];
		data = value_get(f, "data");
		buf_truncate(&file, 0);
		buf_put(&file, data->u.str.s, data->u.str.len);
		out = xasprintf("site/%s", value_str(f, "src"));
		rc = sink_write(s->sink, out, &file);
		free(out);
	}
	buf_release(&file);
	return rc;
}

/*
 * sitemap.xml: absolute URLs of every page, when base_url is set, with
 * the <lastmod> of a record's page when git dates it (lastmod NULL or
 * "" leaves it out).
 */
static void
sitemap_url_dated(struct buf *b, const char *base, const char *path,
    const char *lastmod)
{
	struct buf	 url = BUF_INIT;

	absolute_url(&url, base, path);
	buf_puts(b, "  <url><loc>");
	escape_xml(b, url.data, url.len);
	buf_puts(b, "</loc>");
	if (lastmod != NULL && *lastmod != '\0') {
		buf_puts(b, "<lastmod>");
		escape_xml(b, lastmod, strlen(lastmod));
		buf_puts(b, "</lastmod>");
	}
	buf_puts(b, "</url>\n");
	buf_release(&url);
}

static void
sitemap_url(struct buf *b, const char *base, const char *path)
{
	sitemap_url_dated(b, base, path, NULL);
}

static void
sitemap_list(struct buf *b, const char *base, const struct value *list,
    const char *dir)
{
	char	 path[96];
	size_t	 i;

	for (i = 0; i < list->u.list.n; i++) {
		snprintf(path, sizeof(path), "%s/%s.html", dir,
		    value_str(list->u.list.v[i], "id"));
		sitemap_url_dated(b, base, path, value_str(list->u.list.v[i],
		    "updated_iso"));
	}
}

static int
site_sitemap(struct site *s)
{
	const char	*base = value_str(s->view, "base_url");
	struct buf	 b = BUF_INIT;
	int		 rc;

	/* A past report (site/archives/<year>/) has none of its own. */
	if (*base == '\0' || *value_str(s->view, "archives_self") != '\0')
		return 0;
	buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
	sitemap_url(&b, base, "index.html");
	sitemap_list(&b, base, value_get(s->view, "thematics"), "thematics");
	sitemap_list(&b, base, value_get(s->view, "actions"), "actions");
	sitemap_url(&b, base, "indicators.html");
	sitemap_url(&b, base, "partners.html");
	sitemap_list(&b, base, value_get(s->view, "pages"), "pages");
	if (value_get(s->view, "charter")->type == VALUE_MAP)
		sitemap_url_dated(&b, base, "charter.html", value_str(
		    value_get(s->view, "charter"), "updated_iso"));
	sitemap_url(&b, base, "accessibilite.html");
	buf_puts(&b, "</urlset>\n");
	rc = sink_write(s->sink, "site/sitemap.xml", &b);
	buf_release(&b);
	return rc;
}

/* The templates of the pages, each compiled before anything is written. */
static const char *const templates[] = { "index", "thematic", "action",
    "page", "partners", "indicators", "charter", "accessibility",
    "archives", "evolutions" };

int
site_check(const struct theme *theme, size_t *errors)
{
	struct diags		 d;
	struct site		 s;
	struct mustache_source	 src;
	size_t			 i;
	int			 rc = 0;

	memset(&s, 0, sizeof(s));
	memset(&d, 0, sizeof(d));
	s.theme = theme;
	s.d = &d;
	s.page = arena_new();
	s.check_only = 1;
	src.find = site_find;
	src.ctx = &s;
	s.set = mustache_set_new(&src, 1);
	for (i = 0; i < sizeof(templates) / sizeof(templates[0]); i++)
		if (mustache_compile(s.set, templates[i], &d) == -1)
			rc = -1;
	/* Printed here: the positions point into the templates' sources. */
	diags_print(&d, stderr);
	*errors += d.errors;
	diags_release(&d);
	mustache_set_free(s.set);
	for (i = 0; i < s.nsrc; i++) {
		buf_release(&s.src[i].data);
		free(s.src[i].where);
	}
	free(s.src);
	arena_free(s.page);
	return rc;
}

int
site_render(const struct value *view, const struct theme *theme,
    struct sink *sink, size_t *errors)
{
	struct diags		 d;
	struct site		 s;
	struct mustache_source	 src;
	size_t			 i;
	int			 rc = -1;

	memset(&s, 0, sizeof(s));
	s.view = view;
	s.labels = value_get(view, "labels");
	s.theme = theme;
	s.loc = format_locale(value_str(view, "lang"));
	s.sink = sink;
	memset(&d, 0, sizeof(d));
	s.d = &d;
	s.page = arena_new();
	s.svg.value = label(&s, "value");
	s.svg.target = label(&s, "target");
	s.svg.priority = label(&s, "priority");
	src.find = site_find;
	src.ctx = &s;
	s.set = mustache_set_new(&src, 1);
	s.hooks.markdown = site_markdown;
	s.hooks.computed = site_computed;
	s.hooks.ctx = &s;
	/* Every template first: all their mistakes, before any page. */
	for (i = 0; i < sizeof(templates) / sizeof(templates[0]); i++)
		if (mustache_compile(s.set, templates[i], &d) == -1)
			rc = -2;
	if (rc == -2) {
		/* The assets' problems too, in the same run. */
		s.check_only = 1;
		theme_list(theme, "assets/", asset_copy, &s, &d);
		rc = -1;
		goto out;
	}
	if (site_index(&s) == -1 ||
	    site_records(&s, "thematics", "thematics", "thematic") == -1 ||
	    site_actions(&s) == -1 || site_single_pages(&s) == -1 ||
	    site_records(&s, "pages", "pages", "page") == -1 ||
	    theme_list(theme, "assets/", asset_copy, &s, &d) != 0 ||
	    media_copy(&s) == -1 || site_sitemap(&s) == -1)
		goto out;
	rc = 0;
out:
	/* Printed here: the positions point into the templates' sources. */
	diags_print(&d, stderr);
	*errors += d.errors;
	diags_release(&d);
	mustache_set_free(s.set);
	for (i = 0; i < s.nsrc; i++) {
		buf_release(&s.src[i].data);
		free(s.src[i].where);
	}
	free(s.src);
	buf_release(&s.out);
	arena_free(s.page);
	return rc;
}
