/*
 * A bump allocator: many small allocations of one lifetime (a value tree,
 * a YAML document, a Markdown document), freed at once. Allocations are
 * zeroed and aligned for pointers.
 */
#ifndef CLSPD_ARENA_H
#define CLSPD_ARENA_H

#include <stddef.h>

struct arena;

struct arena	*arena_new(void);
void		 arena_free(struct arena *);
/* Forgets everything allocated, keeping one chunk for reuse. */
void		 arena_reset(struct arena *);
void		*arena_alloc(struct arena *, size_t);
char		*arena_strdup(struct arena *, const char *);
char		*arena_strndup(struct arena *, const char *, size_t);
/*
 * Resizes p (of old_size bytes, allocated in this arena) to size bytes:
 * a new block holding the old contents; the old block is not reused.
 */
void		*arena_realloc(struct arena *, void *p, size_t old_size,
		    size_t size);

#endif
