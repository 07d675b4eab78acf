/*
 * The map every page starts from (site.h, site_page_new): the view
 * root's members and the page's links: the navigation, the breadcrumbs,
 * its canonical URL, the link to the past reports, and "Produit le".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../util/alloc.h"
#include "site_int.h"

struct value *
site_str(struct site *s, const char *str)
{
	return value_string(s->page, str);
}

/* A link of the navigation or the breadcrumbs. */
static void
link_add(struct site *s, struct value *list, const char *lbl,
    const char *href, const char *path)
{
	struct value	*e = value_push(s->page, list, value_map(s->page));

	value_set(s->page, e, "label", site_str(s, lbl));
	value_set(s->page, e, "href", href != NULL ? site_str(s, href) :
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
const struct value *
site_evolutions(const struct site *s)
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
	link_add(s, nav, site_label(s, "home"), "index.html", path);
	nav_pages(s, nav, path, 1);
	link_add(s, nav, site_label(s, "indicators"), "indicators.html", path);
	link_add(s, nav, site_label(s, "partners"), "partners.html", path);
	nav_pages(s, nav, path, 0);
	if (value_get(s->view, "charter")->type == VALUE_MAP)
		link_add(s, nav, site_label(s, "charter"), "charter.html",
		    path);
	if (site_evolutions(s) != NULL)
		link_add(s, nav, value_str(site_evolutions(s), "title"),
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
	const char	*t = site_label(s, "generated");
	const char	*at = strstr(t, "{date}");
	struct buf	 b = BUF_INIT;
	struct value	*r;

	if (at == NULL)
		return site_str(s, t);
	buf_put(&b, t, (size_t)(at - t));
	buf_puts(&b, value_str(s->view, "date"));
	buf_puts(&b, at + 6);
	r = site_str(s, buf_cstr(&b));
	buf_release(&b);
	return r;
}

/*
 * base + "/" + path, one "/" between them (base_url may end with one);
 * the text a sitemap's <loc> and a canonical link hold, unescaped.
 */
void
site_absolute_url(struct buf *b, const char *base, const char *path)
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
	site_absolute_url(&b, base, full);
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
	r = site_str(s, h);
	free(h);
	return r;
}

/*
 * The map every page starts from (site.h): the view root's members,
 * then the page's own. crumbs is the breadcrumb trail before the page
 * itself: pairs of label and href, NULL-ended.
 */
struct value *
site_page_new(struct site *s, const char *path, const char *title,
    const char *const *crumbs)
{
	struct value	*p, *bc;
	size_t		 i;

	arena_reset(s->page);
	p = value_map(s->page);
	for (i = 0; i < s->view->u.map.n; i++)
		value_set(s->page, p, s->view->u.map.v[i].key,
		    s->view->u.map.v[i].value);
	value_set(s->page, p, "root", site_str(s, strchr(path, '/') ?
	    "../" : ""));
	value_set(s->page, p, "path", site_str(s, path));
	value_set(s->page, p, "canonical", canonical(s, path));
	value_set(s->page, p, "page_title", site_str(s, title));
	nav_add(s, p, path);
	/* A map of items, null on the home page: no trail to show there. */
	if (strcmp(path, "index.html") == 0)
		value_set(s->page, p, "breadcrumbs", value_null(s->page));
	else {
		bc = value_set(s->page, value_set(s->page, p, "breadcrumbs",
		    value_map(s->page)), "items", value_list(s->page));
		link_add(s, bc, site_label(s, "home"), "index.html", NULL);
		for (i = 0; crumbs != NULL && crumbs[i] != NULL; i += 2)
			link_add(s, bc, crumbs[i], crumbs[i + 1], NULL);
		link_add(s, bc, title, NULL, NULL);
	}
	value_set(s->page, p, "generated", generated(s));
	value_set(s->page, p, "archives_href", archives_href(s, path));
	return p;
}
