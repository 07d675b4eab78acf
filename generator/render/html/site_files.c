/*
 * The files of the site that are not pages: the theme's assets, the
 * images the content uses, and sitemap.xml.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../util/alloc.h"
#include "../../util/escape.h"
#include "../../util/i18n.h"
#include "site_int.h"

/* Copies one asset of the theme to site/<path>. */
int
site_asset_copy(void *ctx, const char *path)
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
int
site_media_copy(struct site *s)
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

	site_absolute_url(&url, base, path);
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

int
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
