/*
 * Past reports (issue 11, item 5): each bilan-<year> tag of a year
 * before the content's is built again, with the current theme, into
 * site/archives/<year>/ (its site, and its PDFs under pdf/), and the
 * sites link to the list site/archives/index.html. A tag whose content
 * does not build is a warning naming it; the build goes on without it.
 */
#ifndef CLSPD_BUILD_ARCHIVES_H
#define CLSPD_BUILD_ARCHIVES_H

#include <stddef.h>

#include "../source/stamp.h"
#include "../source/tags.h"
#include "../util/sink.h"

struct model;
struct figures;
struct value;
struct arena;

struct archive {
	const struct source_tag	*tag;
	struct model		*m;
	struct figures		*f;
	struct source_stamp	 stamp;
};

struct archives {
	struct source_tags	 tags;
	struct archive		*v;		/* the ones that build */
	size_t			 n;
	int			 render;	/* built: not --no-archives */
};

/*
 * Loads and checks the tags of years before year of the repository
 * holding content (with all 0, the latest only: the one the page of
 * changes compares with); prints a warning for each that does not
 * build, and counts it in *warnings.
 */
void	 archives_load(struct archives *, const char *content, int year,
	    int all, size_t *warnings);

/* The latest past report loaded, or NULL. */
const struct archive *archives_latest(const struct archives *);

/*
 * Sets, in the view root, "archives" (a list of {year, title, href},
 * newest first: none unless rendered), "archives_root" (from a site's
 * top to the main site's: "" or "../../", for site.c's links) and
 * "archives_self" ("archives/<year>/" in a past report's site, for its
 * canonical links; it has no sitemap). archive_year: the site's, 0 for
 * the main one.
 */
struct strings;
void	 archives_view(struct arena *, struct value *view,
	    const struct archives *, const struct strings *labels,
	    int archive_year);

/*
 * A sink that puts a past report's files in its folder: site/X in
 * site/archives/<year>/X, pdf/X in site/archives/<year>/pdf/X; the end
 * counts its files in inner and frees it.
 */
struct sink	*archives_sink(struct sink *inner, int year);
void		 archives_sink_end(struct sink *inner, struct sink *);

void	 archives_release(struct archives *);

#endif
