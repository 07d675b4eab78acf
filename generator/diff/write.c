/*
 * The three forms of a comparison (diff.h): text for the terminal,
 * Markdown for a merge request or a note to the council, JSON for
 * tools (docs/format.md, "clspd diff"). The text and Markdown lines are
 * the same sentences; numbers are written as the documents write them
 * (view/format.h), in the newer version's locale.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/escape.h"
#include "../util/i18n.h"
#include "../view/format.h"
#include "diff.h"

#define NBSP	"\xC2\xA0"
#define ELLIPSIS "\xE2\x80\xA6"
#define PARA_MAX 60		/* characters of a paragraph shown */

static const char *const headings[DIFF__SECTIONS] = {
	N_("Actions"), N_("Indicators"), N_("Funding"), N_("Partners"),
	N_("Texts"), N_("Charter")
};

char *
diff_side(const struct diff *d, const struct diff_change *c, int new)
{
	struct buf	 b = { 0 };
	enum locale	 loc = format_locale(d->locale);

	if (!(new ? c->has_new : c->has_old))
		return xstrdup(FORMAT_NULL);
	if (!c->number)
		return xstrdup(new ? c->snew : c->sold);
	if (c->amount)
		format_amount(&b, new ? c->dnew : c->dold, loc);
	else
		format_number(&b, new ? c->dnew : c->dold, loc);
	if (c->unit != NULL)
		buf_printf(&b, NBSP "%s", c->unit);
	return buf_detach(&b);
}

/* A paragraph, cut after PARA_MAX characters; the caller frees. */
static char *
excerpt(const char *s)
{
	size_t	 i, chars = 0;

	for (i = 0; s[i] != '\0'; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == PARA_MAX)
			return xasprintf("%.*s" ELLIPSIS, (int)i, s);
	return xstrdup(s);
}

/* An id, in Markdown as code. */
static char *
ident(const char *id, int md)
{
	return xasprintf(md ? "`%s`" : "%s", id != NULL ? id : "");
}

/* "pilot of action a", and the other roles; the caller frees. */
static char *
role_phrase(const char *role, const char *of)
{
	if (strcmp(role, "pilot") == 0)
		return xasprintf(_("pilot of action %s"), of);
	if (strcmp(role, "partner") == 0)
		return xasprintf(_("partner of action %s"), of);
	if (strcmp(role, "funder") == 0)
		return xasprintf(_("funder of action %s"), of);
	return xasprintf(_("member of the group of thematic %s"), of);
}

static int
record_rank(const char *record)
{
	static const char *const names[] = { "action", "indicator",
	    "partner", "thematic", "page" };
	int	 i;

	for (i = 0; i < 5; i++)
		if (strcmp(record, names[i]) == 0)
			return i;
	return 5;	/* the charter */
}

/* A record added or removed, or its text fields changed (arg). */
static void
record_line(struct buf *b, const char *record, enum diff_kind k,
    const char *id, const char *arg)
{
	switch (record_rank(record) * 3 + (int)k) {
	case 0: buf_printf(b, _("new action %s: %s"), id, arg); break;
	case 1: buf_printf(b, _("action %s removed: %s"), id, arg); break;
	case 2: buf_printf(b, _("action %s, text changed: %s"), id, arg);
		break;
	case 3: buf_printf(b, _("new indicator %s: %s"), id, arg); break;
	case 4: buf_printf(b, _("indicator %s removed: %s"), id, arg); break;
	case 5: buf_printf(b, _("indicator %s, text changed: %s"), id, arg);
		break;
	case 6: buf_printf(b, _("new partner %s: %s"), id, arg); break;
	case 7: buf_printf(b, _("partner %s removed: %s"), id, arg); break;
	case 8: buf_printf(b, _("partner %s, text changed: %s"), id, arg);
		break;
	case 9: buf_printf(b, _("new thematic %s: %s"), id, arg); break;
	case 10: buf_printf(b, _("thematic %s removed: %s"), id, arg); break;
	case 11: buf_printf(b, _("thematic %s, text changed: %s"), id, arg);
		break;
	case 12: buf_printf(b, _("new page %s: %s"), id, arg); break;
	case 13: buf_printf(b, _("page %s removed: %s"), id, arg); break;
	case 14: buf_printf(b, _("page %s, text changed: %s"), id, arg);
		break;
	case 15: buf_printf(b, _("new charter: %s"), arg); break;
	case 16: buf_printf(b, _("charter removed: %s"), arg); break;
	default: buf_printf(b, _("charter, text changed: %s"), arg); break;
	}
}

static void
line_fields(struct buf *b, const struct diff_change *c, const char *id,
    int md)
{
	struct buf	 f = { 0 };
	size_t		 i;

	for (i = 0; i < c->nfields; i++)
		buf_printf(&f, md ? "%s`%s`" : "%s%s", i > 0 ? ", " : "",
		    c->fields[i]);
	record_line(b, c->record, c->kind, id, buf_cstr(&f));
	buf_release(&f);
}

/* The sentence of a value change. */
static void
line_value(struct buf *b, const struct diff *d, const struct diff_change *c,
    const char *id, const char *funder)
{
	char	*o = diff_side(d, c, 0), *n = diff_side(d, c, 1);

	if (strcmp(c->record, "total") == 0)
		buf_printf(b, _("total funding %d: %s → %s"), c->year,
		    o, n);
	else if (strcmp(c->field, "funding") == 0)
		buf_printf(b, _("action %s, funding from %s in %d: %s →"
		    " %s"), id, funder, c->year, o, n);
	else if (strcmp(c->field, "values") == 0)
		buf_printf(b, _("indicator %s, value %d: %s → %s"), id,
		    c->year, o, n);
	else if (strcmp(c->field, "targets") == 0)
		buf_printf(b, _("indicator %s, target %d: %s → %s"), id,
		    c->year, o, n);
	else if (strcmp(c->field, "target") == 0)
		buf_printf(b, _("indicator %s, target: %s → %s"), id,
		    o, n);
	else if (strcmp(c->field, "status") == 0)
		buf_printf(b, _("action %s, status: %s → %s"), id, o, n);
	else
		buf_printf(b, _("action %s, pilot: %s → %s"), id, o, n);
	free(o);
	free(n);
}

static void
line_paragraph(struct buf *b, const struct diff_change *c)
{
	char	*t = excerpt(c->kind == DIFF_REMOVED ? c->sold : c->snew);

	if (c->kind == DIFF_ADDED)
		buf_printf(b, _("charter, paragraph %zu added: %s"), c->index,
		    t);
	else if (c->kind == DIFF_REMOVED)
		buf_printf(b, _("charter, paragraph %zu removed: %s"),
		    c->index, t);
	else
		buf_printf(b, _("charter, paragraph %zu changed: %s"),
		    c->index, t);
	free(t);
}

/* One change as a sentence, without its bullet. */
static void
line(struct buf *b, const struct diff *d, const struct diff_change *c,
    int md)
{
	char	*id = ident(c->id, md), *x, *r;

	if (c->field != NULL && strcmp(c->field, "paragraph") == 0)
		line_paragraph(b, c);
	else if (c->field != NULL && strcmp(c->field, "role") == 0) {
		x = ident(c->of, md);
		r = role_phrase(c->role, x);
		buf_printf(b, c->kind == DIFF_ADDED ? _("partner %s, now %s") :
		    _("partner %s, no longer %s"), id, r);
		free(r);
		free(x);
	} else if (c->nfields > 0)
		line_fields(b, c, id, md);
	else if (c->field == NULL)
		record_line(b, c->record, c->kind, id,
		    c->title != NULL ? c->title : "");
	else {
		x = ident(c->funder, md);
		line_value(b, d, c, id, x);
		free(x);
	}
	free(id);
}

/* "bilan-2025 (1a2b3c4)", or the work tree; the caller frees. */
static char *
side_name(const char *rev, const char *commit, int modified, int md)
{
	if (rev == NULL)
		return xstrdup(modified ? _("the work tree, with unsaved "
		    "changes") : _("the work tree"));
	if (commit == NULL)
		return ident(rev, md);
	return xasprintf(md ? "`%s` (%.7s)" : "%s (%.7s)", rev, commit);
}

static void
write_lines(struct buf *b, const struct diff *d,
    const struct diff_sides *s, int md)
{
	char	*from = side_name(s->from_rev, s->from_commit, 0, md);
	char	*to = side_name(s->to_rev, s->to_commit, s->to_modified, md);
	int	 section = -1;
	size_t	 i;

	if (md)
		buf_puts(b, "# ");
	buf_printf(b, _("Changes from %s to %s"), from, to);
	buf_puts(b, "\n");
	if (d->n == 0) {
		buf_printf(b, "\n%s\n", _("No change."));
	}
	for (i = 0; i < d->n; i++) {
		if ((int)d->v[i].section != section) {
			section = (int)d->v[i].section;
			buf_printf(b, md ? "\n## %s\n\n" : "\n%s\n",
			    _(headings[section]));
		}
		buf_puts(b, md ? "- " : "  ");
		line(b, d, &d->v[i], md);
		buf_puts(b, "\n");
	}
	free(from);
	free(to);
}

/* --- JSON --------------------------------------------------------- */

static void
json_str(struct buf *b, const char *key, const char *s)
{
	buf_printf(b, ", \"%s\": ", key);
	if (s == NULL) {
		buf_puts(b, "null");
		return;
	}
	escape_json(b, s, strlen(s));
}

static void
json_side(struct buf *b, const struct diff_change *c, int new)
{
	char	 num[32];

	if (!(new ? c->has_new : c->has_old))
		buf_printf(b, ", \"%s\": null", new ? "new" : "old");
	else if (c->number)
		buf_printf(b, ", \"%s\": %s", new ? "new" : "old",
		    decimal_format(new ? c->dnew : c->dold, num));
	else
		json_str(b, new ? "new" : "old", new ? c->snew : c->sold);
}

static void
json_change(struct buf *b, const struct diff_change *c)
{
	static const char *const sections[DIFF__SECTIONS] = { "actions",
	    "indicators", "funding", "partners", "texts", "charter" };
	static const char *const kinds[] = { "added", "removed", "changed" };
	size_t	 i;

	buf_printf(b, "    {\"section\": \"%s\", \"change\": \"%s\"",
	    sections[c->section], kinds[c->kind]);
	json_str(b, "record", c->record);
	if (c->id != NULL)
		json_str(b, "id", c->id);
	if (c->title != NULL)
		json_str(b, "title", c->title);
	if (c->field != NULL)
		json_str(b, "field", c->field);
	if (c->funder != NULL)
		json_str(b, "funder", c->funder);
	if (c->role != NULL) {
		json_str(b, "role", c->role);
		json_str(b, "of", c->of);
	}
	if (c->year != 0)
		buf_printf(b, ", \"year\": %d", c->year);
	if (c->index != 0)
		buf_printf(b, ", \"paragraph\": %zu", c->index);
	if (c->field != NULL && (c->number || c->has_old || c->has_new)) {
		json_side(b, c, 0);
		json_side(b, c, 1);
	}
	if (c->nfields > 0) {
		buf_puts(b, ", \"fields\": [");
		for (i = 0; i < c->nfields; i++)
			buf_printf(b, "%s\"%s\"", i > 0 ? ", " : "",
			    c->fields[i]);
		buf_puts(b, "]");
	}
	buf_puts(b, "}");
}

static void
json_version(struct buf *b, const char *key, const char *rev,
    const char *commit, int modified)
{
	buf_printf(b, "  \"%s\": {\"rev\": ", key);
	if (rev == NULL)
		buf_puts(b, "null");
	else
		escape_json(b, rev, strlen(rev));
	json_str(b, "commit", commit);
	buf_printf(b, ", \"modified\": %s},\n", modified ? "true" : "false");
}

static void
write_json(struct buf *b, const struct diff *d, const struct diff_sides *s)
{
	size_t	 i;

	buf_puts(b, "{\n");
	json_version(b, "from", s->from_rev, s->from_commit, 0);
	json_version(b, "to", s->to_rev, s->to_commit, s->to_modified);
	buf_puts(b, "  \"changes\": [");
	for (i = 0; i < d->n; i++) {
		buf_puts(b, i > 0 ? ",\n" : "\n");
		json_change(b, &d->v[i]);
	}
	buf_puts(b, d->n > 0 ? "\n  ]\n}\n" : "]\n}\n");
}

void
diff_write(struct buf *b, const struct diff *d, const struct diff_sides *s,
    enum diff_format f)
{
	if (f == DIFF_JSON)
		write_json(b, d, s);
	else
		write_lines(b, d, s, f == DIFF_MARKDOWN);
}
