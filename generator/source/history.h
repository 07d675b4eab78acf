/*
 * The last change of each file of the content (source stage): the date
 * of the last commit, on the first-parent line from HEAD (or --rev),
 * that changed it. The view prints it on each record's page ("Mis à
 * jour le 12 mars 2026") and the sitemap as <lastmod>. One walk of the
 * history dates every file at once; it stops as soon as all are dated.
 * A shallow clone has lost the history that dates its files (every one
 * would look changed by its last commit): no dates then, and the caller
 * warns.
 */
#ifndef CLSPD_SOURCE_HISTORY_H
#define CLSPD_SOURCE_HISTORY_H

#include <stddef.h>
#include <time.h>

struct source_when {
	time_t	 t;
	int	 offset;	/* minutes east of UTC, the committer's */
};

struct source_dates {
	char			**paths;	/* below the content,
						   sorted */
	struct source_when	 *when;
	size_t			  n;
	int			  shallow;	/* a shallow clone: none */
};

/*
 * Dates the files of the content folder content as commit rev (NULL:
 * HEAD) has them. Returns 0 (with d->n == 0 outside git or in a shallow
 * clone, d->shallow then set), or -1 with *err set to libgit2's message.
 */
int	 source_dates_read(const char *content, const char *rev,
	    struct source_dates *d, const char **err);

/* The date of path (below the content), or NULL when it has none. */
const struct source_when *source_dates_find(const struct source_dates *,
	    const char *path);

void	 source_dates_release(struct source_dates *);

#endif
