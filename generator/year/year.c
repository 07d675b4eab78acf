/*
 * "clspd year YEAR [CONTENT]" (see year.h). The content is loaded and
 * checked as a build would: its positions say where each missing value
 * goes. Only the digits of year: change in clspd.yaml, so its comments
 * and layout stay; the file is replaced by a rename, never half written.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../load/fields.h"
#include "../load/load.h"
#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/diag.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "year.h"

/* The year typed: four digits in the loader's range, or -1. */
static int
year_parse(const char *s)
{
	int	 y = 0;
	size_t	 i;

	if (strlen(s) != 4)
		return -1;
	for (i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		y = y * 10 + (s[i] - '0');
	}
	return y >= FIELDS_YEAR_MIN && y <= FIELDS_YEAR_MAX ? y : -1;
}

/* The byte offset of line:col (1-based, col in characters), or -1. */
static long
year_offset(const struct buf *b, int line, int col)
{
	size_t	 i = 0;
	int	 l = 1, c = 1;

	while (i < b->len && l < line)
		if (b->data[i++] == '\n')
			l++;
	for (; i < b->len && b->data[i] != '\n'; i++) {
		if (((unsigned char)b->data[i] & 0xC0) == 0x80)
			continue;
		if (c++ == col)
			return (long)i;
	}
	return l == line && c == col ? (long)i : -1;
}

/* Writes data over path through a file beside it; 0 or -1 (printed). */
static int
year_replace(const char *path, const char *data, size_t len)
{
	char		*tmp = xasprintf("%s.clspd-year", path);
	const char	*step = "write";
	struct stat	 st;
	int		 rc = 0;

	if (fs_write_file(tmp, data, len, &step) == -1 ||
	    (stat(path, &st) == 0 && chmod(tmp, st.st_mode & 07777) == -1) ||
	    (step = "rename", rename(tmp, path) == -1)) {
		fprintf(stderr, _("clspd: %s: %s failed: %s\n"), path, step,
		    strerror(errno));
		unlink(tmp);
		rc = -1;
	}
	free(tmp);
	return rc;
}

/*
 * Sets year: to y in clspd.yaml: the digits at the year's position, and
 * nothing else, change. Returns 0 or an exit status (printed).
 */
static int
year_set(const struct council *c, int y)
{
	struct buf	 b = { 0 }, out = { 0 };
	long		 at;
	size_t		 n;
	int		 rc = 0;

	if (fs_read_file(c->file, LOAD_MAX_FILE, &b) != 0) {
		fprintf(stderr, _("clspd: %s: cannot read: %s\n"), c->file,
		    strerror(errno));
		buf_release(&b);
		return EXIT_IO;
	}
	at = year_offset(&b, c->year.pos.line, c->year.pos.col);
	if (at >= 0 && (b.data[at] == '"' || b.data[at] == '\''))
		at++;
	for (n = 0; at >= 0 && (size_t)at + n < b.len &&
	    b.data[at + n] >= '0' && b.data[at + n] <= '9'; n++)
		;
	if (at < 0 || n != 4) {
		fprintf(stderr, _("clspd: %s:%d:%d: cannot find the year to "
		    "change: write year: %d there yourself\n"), c->file,
		    c->year.pos.line, c->year.pos.col, y);
		buf_release(&b);
		return EXIT_IO;
	}
	buf_put(&out, b.data, (size_t)at);
	buf_printf(&out, "%04d", y);
	buf_put(&out, b.data + at + 4, b.len - (size_t)at - 4);
	if (year_replace(c->file, out.data, out.len) == -1)
		rc = EXIT_IO;
	buf_release(&b);
	buf_release(&out);
	return rc;
}

/* The number of lines of a file, for "write at its end"; 0 if unread. */
static int
year_lines(const char *path)
{
	struct buf	 b = { 0 };
	size_t		 i;
	int		 n = 0;

	if (fs_read_file(path, LOAD_MAX_FILE, &b) == 0) {
		for (i = 0; i < b.len; i++)
			if (b.data[i] == '\n')
				n++;
		if (b.len > 0 && b.data[b.len - 1] != '\n')
			n++;
	}
	buf_release(&b);
	return n;
}

/* The line after the last entry of a map of years, or the file's end. */
static int
year_after(const struct year_nums *yn, const char *file)
{
	int	 line = 0;
	size_t	 i;

	for (i = 0; i < yn->n; i++)
		if (yn->v[i].value.pos.line > line)
			line = yn->v[i].value.pos.line;
	return line > 0 ? line + 1 : year_lines(file) + 1;
}

/* The line after the last funding entry written, or the file's end. */
static int
year_after_funding(const struct action *a)
{
	const struct funding_entry	*e;
	int				 line = 0;
	size_t				 i, j;

	for (i = 0; i < a->nfunding; i++) {
		if (a->funding[i].pos.line > line)
			line = a->funding[i].pos.line;
		for (j = 0; j < a->funding[i].n; j++) {
			e = &a->funding[i].v[j];
			if (e->funder.id.pos.line > line)
				line = e->funder.id.pos.line;
			if (e->amount.pos.line > line)
				line = e->amount.pos.line;
			if (e->note.pos.line > line)
				line = e->note.pos.line;
		}
	}
	return line > 0 ? line + 1 : year_lines(a->file) + 1;
}

/* Whether an action runs in year y, by its period and status. */
static int
year_runs(const struct action *a, int y)
{
	if (a->status == STATUS_TERMINEE && a->period_end != 0 &&
	    a->period_end < y)
		return 0;
	return (a->period_start == 0 || a->period_start <= y) &&
	    (a->period_end == 0 || a->period_end >= y);
}

/* Whether any action of the content records funding, for any year. */
static int
year_keeps_funding(const struct model *m)
{
	size_t	 i;

	for (i = 0; i < m->nactions; i++)
		if (m->actions[i].nfunding > 0)
			return 1;
	return 0;
}

/* One item of the checklist. */
static void
year_item(size_t *n, const char *file, int line, const char *what)
{
	printf("  [ ] %s:%d: %s\n", file, line, what);
	(*n)++;
}

/* The items of one indicator: its value, its target when set per year. */
static void
year_indicator(const struct indicator *ind, int y, size_t *n)
{
	char	*what;

	if (model_year_find(&ind->values, y) == NULL) {
		what = xasprintf(_("the value for %d of '%s' (under values:, "
		    "%d: …)"), y, ind->label.s != NULL ? ind->label.s :
		    ind->id, y);
		year_item(n, ind->file, year_after(&ind->values, ind->file),
		    what);
		free(what);
	}
	if (ind->targets.n > 0 && model_year_find(&ind->targets, y) == NULL) {
		what = xasprintf(_("the target for %d of '%s' (under target:, "
		    "%d: …)"), y, ind->label.s != NULL ? ind->label.s :
		    ind->id, y);
		year_item(n, ind->file, year_after(&ind->targets, ind->file),
		    what);
		free(what);
	}
}

/* The items of one action: its funding, then its indicators'. */
static void
year_action(const struct model *m, const struct action *a, int y,
    size_t *n)
{
	char	*what;
	size_t	 i;
	int	 funded = 0;

	if (!year_runs(a, y))
		return;
	for (i = 0; i < a->nfunding; i++)
		if (a->funding[i].year == y)
			funded = 1;
	if (!funded && year_keeps_funding(m)) {
		what = xasprintf(_("the funding for %d of '%s' (under "
		    "funding:, %d: with each funder and amount)"), y,
		    a->title.s != NULL ? a->title.s : a->id, y);
		year_item(n, a->file, year_after_funding(a), what);
		free(what);
	}
	for (i = 0; i < a->nindicators; i++)
		year_indicator(&m->indicators[a->indicators[i]], y, n);
}

/* Prints the checklist of year y; returns the number of items. */
static size_t
year_checklist(const struct model *m, int y)
{
	char	 old[16], *what;
	size_t	 i, n = 0;

	snprintf(old, sizeof(old), "%d", m->council.y);
	if (m->council.title.s != NULL && m->council.y != y &&
	    strstr(m->council.title.s, old) != NULL) {
		what = xasprintf(_("the title still says %d"), m->council.y);
		year_item(&n, m->council.file, m->council.title.pos.line,
		    what);
		free(what);
	}
	for (i = 0; i < m->nactions; i++)
		year_action(m, &m->actions[i], y, &n);
	return n;
}

/*
 * Loads and checks the content; prints its errors and returns NULL with
 * *rc set when it has any: the checklist needs every position right.
 */
static struct model *
year_load(const char *content, int *rc)
{
	struct diags	 d;
	struct model	*m;
	const char	*err = NULL;

	memset(&d, 0, sizeof(d));
	if ((m = load_content(content, &d, &err)) == NULL) {
		fprintf(stderr, _("clspd: %s: %s\n"), content, err);
		*rc = EXIT_IO;
		diags_release(&d);
		return NULL;
	}
	check_model(m, &d);
	if (d.errors > 0) {
		diags_sort(&d);
		diags_print(&d, stderr);
		fprintf(stderr, _("clspd: %s has errors: correct them (clspd "
		    "check), then run clspd year again\n"), content);
		model_free(m);
		m = NULL;
		*rc = EXIT_CONTENT;
	}
	diags_release(&d);
	return m;
}

int
year_run(const char *content, const char *year, int force)
{
	struct model	*m;
	size_t		 n;
	int		 y, was, rc = 0;

	if ((y = year_parse(year)) == -1) {
		fprintf(stderr, _("clspd: year '%s': write a year from %d to "
		    "%d, such as %d\n"), year, FIELDS_YEAR_MIN,
		    FIELDS_YEAR_MAX, 2026);
		return EXIT_USAGE;
	}
	if ((m = year_load(content, &rc)) == NULL)
		return rc;
	was = m->council.y;
	if (!force && (y < was || y > was + 1)) {
		fprintf(stderr, _("clspd: year %d: the report's year is %d, "
		    "and the next one is %d; to go back or skip years, add "
		    "--force\n"), y, was, was + 1);
		model_free(m);
		return EXIT_USAGE;
	}
	if (y != was && (rc = year_set(&m->council, y)) != 0) {
		model_free(m);
		return rc;
	}
	if (y != was)
		printf(_("clspd: %s: year: %d (was %d)\n"), m->council.file, y,
		    was);
	printf(_("To fill for %d:\n"), y);
	n = year_checklist(m, y);
	if (n == 0)
		printf("%s\n", _("  nothing: every value and every funding is "
		    "there"));
	else
		printf(ngettext("%zu item; run clspd year %d again to list "
		    "what is left.\n", "%zu items; run clspd year %d again to "
		    "list what is left.\n", n), n, y);
	model_free(m);
	return EXIT_OK;
}
