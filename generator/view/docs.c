/*
 * The documents' typed facts (see docs.h), and the view tree's nodes made
 * from them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../markdown/markdown.h"
#include "../util/buf.h"
#include "docs.h"
#include "docs_int.h"
#include "typo.h"

const char *
view_dtext(const struct view_from *d, const char *s)
{
	char		*t;
	const char	*r;

	if (s == NULL || d->loc != LOCALE_FR)
		return s == NULL ? NULL : arena_strdup(d->a, s);
	t = typo_french_string(s);
	r = arena_strdup(d->a, t);
	free(t);
	return r;
}

const char *
view_dbuf(const struct view_from *d, struct buf *b, int typo)
{
	const char	*r = typo ? view_dtext(d, buf_cstr(b)) :
			    arena_strndup(d->a, buf_cstr(b), b->len);

	buf_truncate(b, 0);
	return r;
}

/* The report title: clspd.yaml's, or the theme's with {year} filled. */
static const char *
head_title(const struct view_from *d)
{
	struct buf	 b = BUF_INIT;
	const char	*r;
	char		 year[16];

	if (d->m->council.title.s != NULL)
		return view_dtext(d, d->m->council.title.s);
	buf_puts(&b, strings_get(d->s, "title"));
	snprintf(year, sizeof(year), "%d", d->m->council.y);
	format_fill(&b, "{year}", year);
	r = view_dbuf(d, &b, 1);
	buf_release(&b);
	return r;
}

/*
 * The git commit of the content (stamp.h): its id, 7 characters of it,
 * its date as the documents print dates (in the committer's time zone),
 * whether the work tree had changes, and the sentence that says so.
 */
static void
head_stamp(const struct view_from *d, struct view_stamp *out)
{
	const struct source_stamp *st = &d->m->source;
	struct buf	 b = BUF_INIT;

	memset(out, 0, sizeof(*out));
	if (!st->found)
		return;
	out->found = 1;
	out->modified = st->modified;
	out->commit = arena_strdup(d->a, st->commit);
	out->short_id = arena_strndup(d->a, st->commit, 7);
	format_date(&b, st->date + (time_t)st->offset * 60, d->loc);
	out->date = view_dbuf(d, &b, 0);
	buf_puts(&b, strings_get(d->s, st->modified ?
	    "content_version_modified" : "content_version"));
	format_fill(&b, "{commit}", out->short_id);
	format_fill(&b, "{date}", out->date);
	out->text = view_dbuf(d, &b, 1);
	buf_release(&b);
}

static void
head_build(const struct view_from *d, time_t date, struct view_head *h)
{
	const struct council	*c = &d->m->council;
	struct buf		 b = BUF_INIT;

	h->loc = d->loc;
	h->lang = d->loc == LOCALE_FR ? "fr" : "en";
	h->council = view_dtext(d, c->council.s);
	h->territory = view_dtext(d, c->territory.s);
	h->year = c->y;
	h->title = head_title(d);
	h->when = date;
	format_date(&b, date, d->loc);
	h->date = view_dbuf(d, &b, 0);
	h->base_url = c->base_url.s == NULL ? NULL :
	    arena_strdup(d->a, c->base_url.s);
	h->coordinator.name = view_dtext(d, c->coordinator.name.s);
	h->coordinator.email = c->coordinator.email.s == NULL ? NULL :
	    arena_strdup(d->a, c->coordinator.email.s);
	if (c->coordinator.phone.s != NULL) {
		format_phone(&b, c->coordinator.phone.s);
		h->coordinator.phone = view_dbuf(d, &b, 0);
	}
	h->logo = c->logo.s == NULL ? NULL : model_media_find(d->m, c->logo.s);
	head_stamp(d, &h->stamp);
	buf_release(&b);
}

void
view_partner_ref_make(const struct view_from *d, size_t i,
    struct view_partner_ref *r)
{
	const struct partner	*p = &d->m->partners[i];

	r->id = arena_strdup(d->a, p->id);
	r->name = view_dtext(d, p->name.s);
	r->short_name = view_dtext(d, p->short_name.s);
	r->label = view_dtext(d, p->short_name.s != NULL ? p->short_name.s :
	    p->name.s);
}

const struct view_partner_ref *
view_partner_refs(const struct view_from *d, const struct refs *refs,
    size_t *n)
{
	struct view_partner_ref	*r;
	size_t			 i;

	r = arena_alloc(d->a, (refs->n > 0 ? refs->n : 1) * sizeof(*r));
	for (*n = i = 0; i < refs->n; i++)
		if (refs->v[i].ok)
			view_partner_ref_make(d, refs->v[i].index, &r[(*n)++]);
	return r;
}

static const struct view_charter *
charter_build(const struct view_from *d)
{
	const struct charter	*c = d->m->charter;
	struct view_charter	*r;
	struct buf		 b = BUF_INIT;

	if (c == NULL)
		return NULL;
	r = arena_alloc(d->a, sizeof(*r));
	memset(r, 0, sizeof(*r));
	r->title = view_dtext(d, c->title.s);
	r->subtitle = view_dtext(d, c->subtitle.s);
	if (c->adopted.s != NULL) {
		r->adopted_iso = arena_strdup(d->a, c->adopted.s);
		format_iso_date(&b, c->adopted.s, d->loc);
		r->adopted = view_dbuf(d, &b, 0);
	}
	r->version = view_dtext(d, c->version.s);
	r->signatories = view_partner_refs(d, &c->signatories,
	    &r->nsignatories);
	r->body.text = &c->body;
	r->body.french = d->loc == LOCALE_FR;
	r->updated = view_updated(d, c->file, NULL);
	buf_release(&b);
	return r;
}

/* The date of the last change of file (a record's), or NULL. */
static const struct source_when *
file_when(const struct view_from *d, const char *file)
{
	const char	*root = d->m->root;
	size_t		 n = strlen(root);

	if (file == NULL || strncmp(file, root, n) != 0)
		return NULL;
	if (file[n] == '/')
		n++;
	else if (n == 0 || root[n - 1] != ':')
		return NULL;
	return source_dates_find(&d->m->dates, file + n);
}

struct view_updated
view_updated(const struct view_from *d, const char *a, const char *b)
{
	const struct source_when *wa = file_when(d, a), *wb = file_when(d, b);
	const struct source_when *w = wa == NULL ? wb : wb == NULL ? wa :
				    wb->t > wa->t ? wb : wa;
	struct view_updated	 u = { NULL, NULL };
	struct buf		 t = BUF_INIT, day = BUF_INIT;
	struct tm		 tm;
	time_t			 local;

	if (w == NULL)
		return u;
	local = w->t + (time_t)w->offset * 60;
	format_date(&day, local, d->loc);
	buf_puts(&t, strings_get(d->s, "updated"));
	format_fill(&t, "{date}", buf_cstr(&day));
	buf_release(&day);
	u.text = view_dbuf(d, &t, 1);
	gmtime_r(&local, &tm);
	buf_printf(&t, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday);
	u.iso = view_dbuf(d, &t, 0);
	buf_release(&t);
	return u;
}

struct view_docs *
view_docs_build(struct arena *a, const struct model *m,
    const struct figures *f, const struct strings *s, time_t date)
{
	struct view_from	 d = { a, m, s, LOCALE_FR };
	struct view_docs	*r = arena_alloc(a, sizeof(*r));

	d.loc = format_locale(m->council.locale.s);
	memset(r, 0, sizeof(*r));
	head_build(&d, date, &r->head);
	r->charter = charter_build(&d);
	r->media.v = m->media;
	r->media.n = m->nmedia;
	view_labels_build(&r->labels, a, s, d.loc);
	view_docs_body_build(&d, f, r);
	return r;
}

cmark_node *
view_text_document(const struct view_text *t)
{
	cmark_node	*doc;

	if (t == NULL || t->text == NULL)
		return NULL;
	doc = markdown_document(t->text);
	if (t->french)
		typo_french_markdown(doc);
	return doc;
}

static struct value *
stamp_value(struct arena *a, const struct view_stamp *st)
{
	struct value	*r;

	if (!st->found)
		return value_null(a);
	r = value_map(a);
	value_set(a, r, "commit", value_string(a, st->commit));
	value_set(a, r, "short", value_string(a, st->short_id));
	value_set(a, r, "modified", value_bool(a, st->modified));
	value_set(a, r, "date", value_string(a, st->date));
	value_set(a, r, "text", value_string(a, st->text));
	return r;
}

void
view_docs_head_set(struct arena *a, const struct view_head *h,
    struct value *root)
{
	struct value	*c;

	value_set(a, root, "lang", value_string(a, h->lang));
	value_set(a, root, "council", value_string(a, h->council));
	value_set(a, root, "territory", value_string(a, h->territory));
	value_set(a, root, "year", value_decimal(a,
	    (decimal)h->year * DECIMAL_SCALE));
	value_set(a, root, "title", value_string(a, h->title));
	value_set(a, root, "date", value_string(a, h->date));
	value_set(a, root, "base_url", value_string(a, h->base_url));
	value_set(a, root, "content_version", stamp_value(a, &h->stamp));
	c = value_set(a, root, "coordinator", value_map(a));
	value_set(a, c, "name", value_string(a, h->coordinator.name));
	value_set(a, c, "email", value_string(a, h->coordinator.email));
	value_set(a, c, "phone", value_string(a, h->coordinator.phone));
}

static struct value *
partner_ref_value(struct arena *a, const struct view_partner_ref *p)
{
	struct value	*r = value_map(a);

	value_set(a, r, "id", value_string(a, p->id));
	value_set(a, r, "name", value_string(a, p->name));
	value_set(a, r, "short", value_string(a, p->short_name));
	value_set(a, r, "label", value_string(a, p->label));
	return r;
}

struct value *
view_charter_value(struct arena *a, const struct view_charter *c)
{
	struct value	*r = value_map(a), *l;
	size_t		 i;

	value_set(a, r, "title", value_string(a, c->title));
	value_set(a, r, "subtitle", value_string(a, c->subtitle));
	value_set(a, r, "adopted_iso", value_string(a, c->adopted_iso));
	value_set(a, r, "adopted", value_string(a, c->adopted));
	value_set(a, r, "version", value_string(a, c->version));
	l = value_set(a, r, "signatories", value_list(a));
	for (i = 0; i < c->nsignatories; i++)
		value_push(a, l, partner_ref_value(a, &c->signatories[i]));
	value_set(a, r, "body", value_markdown(a, c->body.text,
	    c->body.french));
	value_set(a, r, "updated", value_string(a, c->updated.text));
	value_set(a, r, "updated_iso", value_string(a, c->updated.iso));
	return r;
}
