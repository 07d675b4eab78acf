/*
 * The publish stage: the only code that writes an output folder.
 * Renderers add files (a relative path and its bytes) to an output set;
 * publish writes the whole set into a temporary folder beside OUT, flushes
 * it to disk, then swaps it into place. A failure at any step leaves OUT
 * exactly as it was and removes the temporary folder.
 */
#ifndef CLSPD_PUBLISH_H
#define CLSPD_PUBLISH_H

#include <stddef.h>

#include "../util/buf.h"

struct output_file {
	char		*path;	/* relative, "/"-separated, owned */
	struct buf	 data;	/* owned */
};

struct output_set {
	struct output_file *v;
	size_t		 n;
	size_t		 cap;
};

/*
 * Adds a file to the set and returns its buffer, for the renderer to fill.
 * The path is copied.
 */
struct buf	*output_add(struct output_set *, const char *path);
void		 output_set_release(struct output_set *);

/*
 * Checks, before anything is built, that out may be replaced: it is not
 * the content folder nor one of its parents, and it is either absent,
 * empty, or a previous output of clspd (it holds site/ or pdf/). Returns
 * 0, or -1 with *why set to a message.
 */
int		 publish_check(const char *out, const char *content,
		    const char **why);

/*
 * Writes the set to out as described above. Returns 0, or -1 after
 * printing which step failed and why on stderr.
 */
int		 publish(const struct output_set *, const char *out);

#endif
