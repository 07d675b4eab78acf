/*
 * Allocation wrappers: the one out-of-memory policy of clspd.
 * Each wrapper aborts the program with a message when memory runs out, so
 * callers never check for NULL after them.
 */
#ifndef CLSPD_ALLOC_H
#define CLSPD_ALLOC_H

#include <stddef.h>

/*
 * Prints "clspd: out of memory" (with the size asked, when known, else 0)
 * and exits with EXIT_IO. The wrappers below call it; so does any code
 * whose memory comes from elsewhere (a library's own allocator, a buffer
 * past its limit) when it runs out. Nothing else exits on out of memory.
 */
void	 alloc_die(size_t size) __attribute__((noreturn));

void	*xmalloc(size_t size);
void	*xcalloc(size_t count, size_t size);
void	*xrealloc(void *ptr, size_t size);
void	*xreallocarray(void *ptr, size_t count, size_t size);
char	*xstrdup(const char *s);
char	*xstrndup(const char *s, size_t n);
char	*xasprintf(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

#endif
