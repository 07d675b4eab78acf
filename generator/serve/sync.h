/*
 * The served folder, kept in step with the last build (sync.c): a site
 * build renders into memory, then only the files whose bytes changed
 * are written, each atomically (a new file renamed over the old one),
 * and the files the build no longer makes are removed. The folder is
 * never swapped: a page being served reads a whole old file or a whole
 * new one, and a rebuild that changes one page writes one page.
 */
#ifndef CLSPD_SERVE_SYNC_H
#define CLSPD_SERVE_SYNC_H

#include <stddef.h>

#include "../util/sink.h"

struct site_sync {
	char			*root;	/* the folder the set's paths are in */
	struct output_set	 served;	/* what it holds, by path */
	size_t			 written;	/* by the last sync_apply */
	size_t			 removed;
};

/* Starts with root (created when missing) and nothing served. */
void	 sync_init(struct site_sync *, const char *root);
void	 sync_release(struct site_sync *);

/*
 * Brings the files of one kind under root in step with set: the open
 * data (site/data/) when data is 1, the rest when 0. The set's files of
 * that kind are moved into the served list (set keeps empty entries).
 * Returns 0, or -1 after printing what could not be written.
 */
int	 sync_apply(struct site_sync *, struct output_set *set, int data);

#endif
