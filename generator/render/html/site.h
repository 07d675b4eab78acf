/*
 * The HTML renderer: every page of the site (docs/format.md) from
 * the view tree and the theme's templates, its assets and sitemap.xml,
 * handed to a sink one file at a time.
 *
 * Each page is a template (templates/<name>.mustache of the theme's
 * layers) rendered with a small map made for that page, whose members
 * point into the view tree (nothing is copied):
 *
 *   every page   lang, title, council, territory, year, date, base_url,
 *                coordinator, labels, summary, funding, thematics,
 *                actions, indicators, partners, pages, charter (the view
 *                root's members); root ("" or "../", prefix of every
 *                link); path (the page's own path); canonical (base_url
 *                joined to path, null without base_url); page_title; nav
 *                (main items: label, href, current), nav_thematics (the
 *                same for the thematics); breadcrumbs (null on the home page,
 *                else items: label, href; the last one without href); accessibility (mention,
 *                status); generated ("Produit le …").
 *   index        downloads (label, href, kind), funding_family_svg,
 *                funding_funder_svg
 *   thematic     thematic
 *   action       action, thematic
 *   indicators   (the root's actions and indicators)
 *   partners     matrix (actions; rows: partner, cells: roles: abbr,
 *                label) or matrix_omitted
 *   page         page;  charter: (the root's charter)
 *
 * Names computed on a frame of the tree (mustache "computed" hook):
 *   on an indicator  chart_years_svg, chart_breakdown_svg (inline SVG)
 *   on an action     period (e.g. "2023–2026")
 *   on a partner     partner_roles (label, dir, items: each role with
 *                    its actions or thematics, once; none without)
 *   on a partner or the coordinator  email_href, phone_href
 */
#ifndef CLSPD_RENDER_HTML_SITE_H
#define CLSPD_RENDER_HTML_SITE_H

#include "../../util/sink.h"
#include "../../theme/theme.h"
#include "../../view/docs.h"
#include "../../view/value.h"

/*
 * Writes the pages, site/assets/ and, when the view has a base_url,
 * site/sitemap.xml to the sink. docs are the typed facts the view was
 * made from (view_build_docs): the charts are drawn from them. Template problems are printed on stderr
 * as "file:line:col: error: message" (the template's position) and
 * counted in *errors. Returns 0, or -1 (printed: by the sink for I/O).
 */
int	 site_render(const struct value *view, const struct view_docs *,
	    const struct theme *, struct sink *, size_t *errors);

/*
 * What `clspd check` does of the theme: compiles every page template, as
 * site_render does before writing, and prints their problems the same
 * way, counted in *errors. (The theme's links are the content walk's;
 * an asset's size is found by build.) Returns 0 or -1.
 */
int	 site_check(const struct theme *, size_t *errors);

#endif
