/*
 * Diagnostic list (see diag.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "diag.h"
#include "i18n.h"

/*
 * Adds one diagnostic. The message is formatted here and owned by the
 * list. Past DIAG_KEEP diagnostics, only the counters grow, so that a
 * hostile file cannot make the report itself unbounded.
 */
void
diag_add(struct diags *d, enum diag_level level, struct pos pos,
    const char *fmt, ...)
{
	va_list		 ap;
	int		 n;
	struct diag	*dg;

	if (level == DIAG_ERROR)
		d->errors++;
	else
		d->warnings++;
	if (d->n >= DIAG_KEEP)
		return;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = xreallocarray(d->v, d->cap, sizeof(*d->v));
	}
	dg = &d->v[d->n];
	dg->level = level;
	dg->pos = pos;
	dg->seq = d->n++;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	dg->msg = xmalloc(n < 0 ? 1 : (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(dg->msg, n < 0 ? 1 : (size_t)n + 1, fmt, ap);
	va_end(ap);
}

static int
diag_cmp(const void *a, const void *b)
{
	const struct diag	*x = a, *y = b;
	int			 c;

	c = strcmp(x->pos.file ? x->pos.file : "",
	    y->pos.file ? y->pos.file : "");
	if (c != 0)
		return c;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.col != y->pos.col)
		return x->pos.col < y->pos.col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
diags_merge(struct diags *into, struct diags *from)
{
	size_t	 i;

	for (i = 0; i < from->n; i++) {
		if (into->n >= DIAG_KEEP) {
			free(from->v[i].msg);
			continue;
		}
		if (into->n == into->cap) {
			into->cap = into->cap ? into->cap * 2 : 16;
			into->v = xreallocarray(into->v, into->cap,
			    sizeof(*into->v));
		}
		into->v[into->n] = from->v[i];
		into->v[into->n].seq = into->n;
		into->n++;
	}
	into->errors += from->errors;
	into->warnings += from->warnings;
	free(from->v);
	memset(from, 0, sizeof(*from));
}

/* Sorts by file, line, column, then order of arrival. */
void
diags_sort(struct diags *d)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), diag_cmp);
}

/*
 * Prints every kept diagnostic, one a line, then a line for those that
 * were only counted.
 */
/* "path:line:col: level: message", or without line for a whole file. */
static void
diag_print(const struct diag *g, FILE *f)
{
	const char	*file = g->pos.file ? g->pos.file : "clspd";
	int		 err = g->level == DIAG_ERROR;

	/*
	 * TRANSLATORS: FILE:LINE:COL: error: MESSAGE. Keep the colons as
	 * they are, without a space before them: editors read these lines,
	 * as they read gcc's.
	 */
	if (g->pos.line == 0)
		fprintf(f, err ? _("%s: error: %s\n") : _("%s: warning: %s\n"),
		    file, g->msg);
	else
		fprintf(f, err ? _("%s:%d:%d: error: %s\n") :
		    _("%s:%d:%d: warning: %s\n"), file, g->pos.line,
		    g->pos.col, g->msg);
}

void
diags_print(const struct diags *d, FILE *f)
{
	size_t	 i, total = d->errors + d->warnings;
	size_t	 shown = d->n < DIAG_MAX ? d->n : DIAG_MAX;

	for (i = 0; i < shown; i++)
		diag_print(&d->v[i], f);
	if (total > shown)
		fprintf(f, ngettext("clspd: %zu more diagnostic not shown\n",
		    "clspd: %zu more diagnostics not shown\n", total - shown),
		    total - shown);
}

void
diags_release(struct diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		free(d->v[i].msg);
	free(d->v);
	memset(d, 0, sizeof(*d));
}
