/*
 * The tags that mark adopted reports (issue 11): "bilan-<year>", e.g.
 * "bilan-2025", set on the commit whose content the plenary session
 * adopted. clspd diff compares with the latest by default; clspd build
 * rebuilds the past ones as archives.
 */
#ifndef CLSPD_SOURCE_TAGS_H
#define CLSPD_SOURCE_TAGS_H

#include <stddef.h>

struct source_tag {
	char	*name;		/* "bilan-2025", owned */
	int	 year;
};

struct source_tags {
	struct source_tag *v;	/* by year, oldest first */
	size_t		   n;
};

/*
 * The bilan-<year> tags of the repository that holds the folder content
 * (a year of four digits, nothing after it). Returns 1, 0 outside git
 * (no tags then), or -1 with *err set (a static message).
 */
int	 source_tags_read(const char *content, struct source_tags *,
	    const char **err);

/* The latest (highest year), or NULL when there is none. */
const struct source_tag *source_tags_latest(const struct source_tags *);

void	 source_tags_release(struct source_tags *);

#endif
