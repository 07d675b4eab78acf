/*
 * Growable NUL-terminated byte buffer (see buf.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"

/*
 * Make room for extra more bytes plus the terminating NUL, doubling the
 * capacity so that appending n bytes one at a time costs O(n).
 */
void
buf_grow(struct buf *b, size_t extra)
{
	size_t	 need = b->len + extra + 1, cap;

	if (extra <= (size_t)-1 / 4 && need <= b->cap)
		return;
	/* Past a quarter of the address space, doubling would wrap. */
	if (extra > (size_t)-1 / 4 || need > (size_t)-1 / 4)
		alloc_die(need);
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void
buf_put(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n > 0)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_put(b, s, strlen(s));
}

void
buf_putc(struct buf *b, char c)
{
	buf_grow(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
buf_truncate(struct buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->data[len] = '\0';
	}
}

/* Returns the contents as a C string, "" for a buffer never written. */
const char *
buf_cstr(const struct buf *b)
{
	return b->data ? b->data : "";
}

/* Hands the contents to the caller, who frees them; the buffer is reset. */
char *
buf_detach(struct buf *b)
{
	char	*p = b->data ? b->data : xstrdup("");

	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void
buf_release(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
