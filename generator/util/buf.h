/*
 * A growable byte buffer, always NUL-terminated, growing geometrically
 * (after cmark's strbuf). Renderers write into buffers; only the publish
 * stage writes files.
 */
#ifndef CLSPD_BUF_H
#define CLSPD_BUF_H

#include <stddef.h>

struct buf {
	char	*data;	/* NUL-terminated; NULL until the first write */
	size_t	 len;	/* bytes in use, not counting the NUL */
	size_t	 cap;	/* bytes allocated */
};

#define BUF_INIT { NULL, 0, 0 }

void	 buf_grow(struct buf *, size_t extra);
void	 buf_put(struct buf *, const char *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_truncate(struct buf *, size_t len);
const char *buf_cstr(const struct buf *);
char	*buf_detach(struct buf *);
void	 buf_release(struct buf *);

#endif
