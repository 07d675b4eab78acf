/*
 * Allocation wrappers (see alloc.h). Out of memory is not a condition the
 * generator can recover from in a useful way: alloc_die prints one line
 * and exits with EXIT_IO (input/output or internal failure).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "i18n.h"
#include "exit.h"

void
alloc_die(size_t size)
{
	if (size > 0)
		fprintf(stderr, _("clspd: out of memory (%zu bytes)\n"), size);
	else
		fprintf(stderr, "%s", _("clspd: out of memory\n"));
	exit(EXIT_IO);
}

void *
xmalloc(size_t size)
{
	void	*p = malloc(size ? size : 1);

	if (p == NULL)
		alloc_die(size);
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void	*p = calloc(count ? count : 1, size ? size : 1);

	if (p == NULL)
		alloc_die(count * size);
	return p;
}

void *
xrealloc(void *ptr, size_t size)
{
	void	*p = realloc(ptr, size ? size : 1);

	if (p == NULL)
		alloc_die(size);
	return p;
}

void *
xreallocarray(void *ptr, size_t count, size_t size)
{
	if (size != 0 && count > SIZE_MAX / size)
		alloc_die(SIZE_MAX);
	return xrealloc(ptr, count * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		alloc_die(0);
	p = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}
