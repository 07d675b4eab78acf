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
struct build_input;
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
	const char		*root;		/* from a site to the top:
						   "" or "../../" */
};

/*
 * Loads and checks the tags of years before year of the repository
 * holding content; prints a warning for each that does not build, and
 * counts it in *warnings.
 */
void	 archives_load(struct archives *, const char *content, int year,
	    size_t *warnings);

/*
 * Sets, in the view root, "archives" (a list of {year, title, href},
 * newest first), "archives_root" (site.c makes the links) and
 * "archives_self" ("archives/<year>/" in a past report's site, for its
 * canonical links; it has no sitemap).
 */
void	 archives_view(struct arena *, struct value *view,
	    const struct build_input *);

/*
 * Renders each archive with in's theme and parts into the sink, under
 * site/archives/<year>/. Returns 0 or -1.
 */
int	 archives_render(const struct archives *, const struct build_input *in,
	    struct sink *);

void	 archives_release(struct archives *);

#endif
