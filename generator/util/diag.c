/*
 * Diagnostic list (see diag.h).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "diag.h"
#include "i18n.h"
#include "utf8.h"

/* Whether d keeps one more diagnostic of level (DIAG_KEEP of each). */
static int
diag_room(const struct diags *d, enum diag_level level)
{
	if (level == DIAG_ERROR)
		return d->kept_errors < DIAG_KEEP;
	return d->n - d->kept_errors < DIAG_KEEP;
}

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
	if (!diag_room(d, level))
		return;
	d->kept_errors += level == DIAG_ERROR;
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
		if (!diag_room(into, from->v[i].level)) {
			free(from->v[i].msg);
			continue;
		}
		into->kept_errors += from->v[i].level == DIAG_ERROR;
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

/* By file, line, column, level and message: equal ones side by side. */
static int
diag_same_cmp(const struct diag *x, const struct diag *y)
{
	int	 c;

	if ((c = strcmp(x->pos.file ? x->pos.file : "",
	    y->pos.file ? y->pos.file : "")) != 0)
		return c;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.col != y->pos.col)
		return x->pos.col < y->pos.col ? -1 : 1;
	if (x->level != y->level)
		return x->level < y->level ? -1 : 1;
	return strcmp(x->msg, y->msg);
}

/* The same, then the earlier in the list first. */
static int
diag_ptr_cmp(const void *a, const void *b)
{
	const struct diag	*x = *(const struct diag *const *)a;
	const struct diag	*y = *(const struct diag *const *)b;
	int			 c;

	if ((c = diag_same_cmp(x, y)) != 0)
		return c;
	return x < y ? -1 : x > y;
}

void
diags_unique(struct diags *d)
{
	struct diag	**by;
	unsigned char	 *drop;
	size_t		  i, n;

	if (d->n < 2)
		return;
	by = xreallocarray(NULL, d->n, sizeof(*by));
	drop = xcalloc(d->n, 1);
	for (i = 0; i < d->n; i++)
		by[i] = &d->v[i];
	qsort(by, d->n, sizeof(*by), diag_ptr_cmp);
	for (i = 1; i < d->n; i++)
		if (diag_same_cmp(by[i - 1], by[i]) == 0)
			drop[by[i] - d->v] = 1;
	free(by);
	for (i = n = 0; i < d->n; i++) {
		if (!drop[i]) {
			d->v[n++] = d->v[i];
			continue;
		}
		if (d->v[i].level == DIAG_ERROR) {
			d->errors--;
			d->kept_errors--;
		} else
			d->warnings--;
		free(d->v[i].msg);
	}
	d->n = n;
	free(drop);
}

/* Sorts by file, line, column, then order of arrival. */
void
diags_sort(struct diags *d)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), diag_cmp);
}

/*
 * The length of the character at s, and in *escape whether diags_print
 * escapes it: a control character, or a byte that does not start valid
 * UTF-8 (its code point in *cp, -1 for a bad byte).
 */
static size_t
diag_char(const unsigned char *s, long *cp, int *escape)
{
	size_t		 n;
	uint32_t	 c;

	*cp = s[0];
	*escape = s[0] < 0x20 || s[0] == 0x7F;
	if (s[0] < 0x80)
		return 1;
	n = utf8_decode((const char *)s, strnlen((const char *)s, 4), &c);
	if (c == 0xFFFD && n == 1) {
		*cp = -1;
		*escape = 1;
		return 1;
	}
	*cp = (long)c;
	*escape = (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
	    (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	return n;
}

void
diag_put_escaped(FILE *f, const char *str)
{
	const unsigned char	*s = (const unsigned char *)str;
	size_t			 n;
	long			 cp;
	int			 escape;

	while (*s != '\0') {
		n = diag_char(s, &cp, &escape);
		if (!escape)
			fwrite(s, 1, n, f);
		else if (cp == '\n')
			fputs("\\n", f);
		else if (cp == '\r')
			fputs("\\r", f);
		else if (cp == '\t')
			fputs("\\t", f);
		else if (cp < 0)
			fprintf(f, "\\x%02x", *s);
		else if (cp < 0x80)
			fprintf(f, "\\x%02lx", cp);
		else
			fprintf(f, "\\u%04lx", cp);
		s += n;
	}
}

/*
 * "path:line:col: level: message", or "path: level: message" for a whole
 * file or none ("clspd: error: …"), control characters escaped so that a
 * diagnostic is always one line.
 */
static void
diag_print_one(const struct diag *dg, FILE *f)
{
	/*
	 * TRANSLATORS: the level in FILE:LINE:COL: error: MESSAGE. The
	 * colons around it stay as they are, without a space before them:
	 * editors read these lines, as they read gcc's.
	 */
	const char	*level = dg->level == DIAG_ERROR ? _("error") :
			    _("warning");

	diag_put_escaped(f, dg->pos.file ? dg->pos.file : "clspd");
	if (dg->pos.line == 0)
		fprintf(f, ": %s: ", level);
	else
		fprintf(f, ":%d:%d: %s: ", dg->pos.line, dg->pos.col, level);
	diag_put_escaped(f, dg->msg);
	fputc('\n', f);
}

/*
 * Prints the first DIAG_MAX kept diagnostics by position, errors before
 * warnings (every error kept up to DIAG_MAX, then warnings in the room
 * left), then a line for those not shown.
 */
void
diags_print(const struct diags *d, FILE *f)
{
	size_t	 i, errors = 0, warnings = 0, room, more;

	room = DIAG_MAX - (d->kept_errors < DIAG_MAX ? d->kept_errors :
	    DIAG_MAX);
	for (i = 0; i < d->n; i++) {
		if (d->v[i].level == DIAG_ERROR) {
			if (errors == DIAG_MAX)
				continue;
			errors++;
		} else {
			if (warnings == room)
				continue;
			warnings++;
		}
		diag_print_one(&d->v[i], f);
	}
	more = d->errors + d->warnings - errors - warnings;
	if (more > 0)
		fprintf(f, ngettext("clspd: %zu more diagnostic not shown (%zu "
		    "errors, %zu warnings)\n", "clspd: %zu more diagnostics not "
		    "shown (%zu errors, %zu warnings)\n", more), more,
		    d->errors - errors, d->warnings - warnings);
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
