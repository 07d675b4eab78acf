/*
 * What the parts of the site (site*.c) share: the site being rendered
 * and the functions each part gives the others. site.c compiles the
 * templates and writes the pages one by one; site_pages.c has each
 * page, site_links.c the map every page starts from, site_computed.c
 * the names computed for the templates, site_files.c the assets, the
 * images and sitemap.xml.
 */
#ifndef CLSPD_RENDER_HTML_SITE_INT_H
#define CLSPD_RENDER_HTML_SITE_INT_H

#include <stddef.h>

#include "../../theme/theme.h"
#include "../../util/arena.h"
#include "../../util/buf.h"
#include "../../util/diag.h"
#include "../../util/sink.h"
#include "../../view/docs.h"
#include "../../view/format.h"
#include "../../view/value.h"
#include "mustache.h"
#include "svg.h"

/* A template's text read from a theme folder, kept for the set's life. */
struct source {
	struct buf	 data;
	char		*where;
};

struct site {
	const struct value	*view;
	const struct view_docs	*docs;	/* the facts the tree was made from */
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

/* site.c */
/* A label of the theme, or "" for a missing one. */
const char	*site_label(const struct site *, const char *key);
/* Renders template with page and hands it to the sink as site/<path>. */
int		 site_page_write(struct site *, const char *template,
		    const char *path, const struct value *page, int top);

/* site_links.c */
/* A string of the page's scratch. */
struct value	*site_str(struct site *, const char *);
/* The changes since the last report (build.c), or NULL. */
const struct value *site_evolutions(const struct site *);
/* base + "/" + path, one "/" between them. */
void		 site_absolute_url(struct buf *, const char *base,
		    const char *path);
/*
 * The map every page starts from (site.h); crumbs is the trail before
 * the page: pairs of label and href, NULL-ended.
 */
struct value	*site_page_new(struct site *, const char *path,
		    const char *title, const char *const *crumbs);

/* site_computed.c: the mustache "computed" hook (site.h). */
const struct value *site_computed(void *site, const struct value *frame,
		    const char *name);

/* site_pages.c: each writes its pages; 0 or -1. */
int		 site_index(struct site *);
/* A page per record of the view's list: dir/<id>.html. */
int		 site_records(struct site *, const char *list,
		    const char *dir, const char *name);
int		 site_actions(struct site *);
/* Indicators, partners, charter, accessibility, changes, archives. */
int		 site_single_pages(struct site *);

/* site_files.c */
/* Copies one asset of the theme to site/<path> (a theme_list walker). */
int		 site_asset_copy(void *site, const char *path);
/* Copies the images the content uses to site/media/. */
int		 site_media_copy(struct site *);
/* site/sitemap.xml, when the view has a base_url. */
int		 site_sitemap(struct site *);

#endif
