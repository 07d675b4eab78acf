/*
 * The site (see site.h). Templates are parsed once for the whole site;
 * pages are rendered one at a time into one buffer, handed to the sink,
 * and their scratch memory (the page map, charts, Markdown documents)
 * is reset before the next one, so memory does not grow with the report.
 * The parts of the site are in files of their own (site_int.h): the
 * pages (site_pages.c), what every page has (site_links.c), the names
 * computed for the templates (site_computed.c), the assets, images and
 * sitemap.xml (site_files.c).
 */
#include <stdlib.h>
#include <string.h>

#include "../../markdown/markdown.h"
#include "../../util/alloc.h"
#include "../../util/i18n.h"
#include "../../view/format.h"
#include "markdown.h"
#include "mustache.h"
#include "site.h"
#include "site_int.h"

/* A label of the theme, or "" for a missing one. */
const char *
site_label(const struct site *s, const char *key)
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

/* Renders template name with page and hands it to the sink as path. */
int
site_page_write(struct site *s, const char *template, const char *path,
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
site_render(const struct value *view, const struct view_docs *docs,
    const struct theme *theme, struct sink *sink, size_t *errors)
{
	struct diags		 d;
	struct site		 s;
	struct mustache_source	 src;
	size_t			 i;
	int			 rc = -1;

	memset(&s, 0, sizeof(s));
	s.view = view;
	s.docs = docs;
	s.labels = value_get(view, "labels");
	s.theme = theme;
	s.loc = format_locale(value_str(view, "lang"));
	s.sink = sink;
	memset(&d, 0, sizeof(d));
	s.d = &d;
	s.page = arena_new();
	s.svg.value = site_label(&s, "value");
	s.svg.target = site_label(&s, "target");
	s.svg.priority = site_label(&s, "priority");
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
		theme_list(theme, "assets/", site_asset_copy, &s, &d);
		rc = -1;
		goto out;
	}
	if (site_index(&s) == -1 ||
	    site_records(&s, "thematics", "thematics", "thematic") == -1 ||
	    site_actions(&s) == -1 || site_single_pages(&s) == -1 ||
	    site_records(&s, "pages", "pages", "page") == -1 ||
	    theme_list(theme, "assets/", site_asset_copy, &s, &d) != 0 ||
	    site_media_copy(&s) == -1 || site_sitemap(&s) == -1)
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
