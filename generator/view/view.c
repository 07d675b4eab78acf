/*
 * The view tree (see view.h), its page-level part: the labels, the
 * accessibility statement, the images, and the assembly of the tree. The
 * records (actions, indicators, thematics, partners, pages) and the key
 * figures are made from the documents' typed facts (docs_values.c), the
 * head and the charter too (docs.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/escape.h"
#include "../util/image.h"
#include "../markdown/markdown.h"
#include "format.h"
#include "typo.h"
#include "view.h"

struct view {
	struct arena		*a;
	const struct model	*m;
	const struct figures	*f;
	const struct strings	*s;
	enum locale		 loc;
};

/* A text for people: typography applied in French. NULL gives null. */
static struct value *
vtext(struct view *v, const char *s)
{
	char		*t;
	struct value	*r;

	if (s == NULL)
		return value_null(v->a);
	if (v->loc != LOCALE_FR)
		return value_string(v->a, s);
	t = typo_french_string(s);
	r = value_string(v->a, t);
	free(t);
	return r;
}

static struct value *
vlabel(struct view *v, const char *key)
{
	return vtext(v, strings_get(v->s, key));
}

/* A label whose key is prefix + name ("status_" + "en-cours"). */
static struct value *
vlabel2(struct view *v, const char *prefix, const char *name)
{
	char		*key = xasprintf("%s%s", prefix, name);
	struct value	*r = vlabel(v, key);

	free(key);
	return r;
}

static struct value *
vbuf(struct view *v, struct buf *b)
{
	struct value	*r = value_stringn(v->a, buf_cstr(b), b->len);

	buf_release(b);
	return r;
}

/* The label key with its placeholder ("{year}") replaced by with. */
static struct value *
vfill(struct view *v, const char *key, const char *placeholder,
    const char *with)
{
	const char	*t = strings_get(v->s, key), *at;
	struct buf	 b = BUF_INIT;
	struct value	*r;

	if (t == NULL || (at = strstr(t, placeholder)) == NULL)
		return vtext(v, t);
	buf_put(&b, t, (size_t)(at - t));
	buf_puts(&b, with);
	buf_puts(&b, at + strlen(placeholder));
	r = vtext(v, buf_cstr(&b));
	buf_release(&b);
	return r;
}

/*
 * The accessibility statement's figures (RGAA): the status declared in
 * clspd.yaml, "non" without one, and a contact (the coordinator's email
 * unless another is given).
 */
static struct value *
view_accessibility(struct view *v)
{
	const struct accessibility	*acc = &v->m->council.accessibility;
	struct value			*r = value_map(v->a);
	const char			*status = acc->status.s != NULL ?
					    acc->status.s : "non";
	struct buf			 b = BUF_INIT;

	value_set(v->a, r, "status", value_string(v->a, status));
	value_set(v->a, r, "status_label", vlabel2(v, "a11y_status_",
	    status));
	value_set(v->a, r, "mention", vfill(v, "accessibility_mention",
	    "{status}", value_get(r, "status_label")->u.str.s));
	if (acc->rate.set) {
		/* As written: an audit's rate keeps its decimal. */
		format_number(&b, acc->rate.v, v->loc);
		buf_puts(&b, v->loc == LOCALE_FR ? "\xE2\x80\xAF%" : "%");
		value_set(v->a, r, "rate", vbuf(v, &b));
	} else
		value_set(v->a, r, "rate", value_null(v->a));
	if (acc->audit.s != NULL) {
		format_iso_date(&b, acc->audit.s, v->loc);
		value_set(v->a, r, "audit", vbuf(v, &b));
	} else
		value_set(v->a, r, "audit", value_null(v->a));
	value_set(v->a, r, "email", value_string(v->a,
	    acc->contact.s != NULL ? acc->contact.s :
	    v->m->council.coordinator.email.s));
	buf_release(&b);
	return r;
}

static struct value *
view_labels(struct view *v)
{
	struct value	*r = value_map(v->a);
	size_t		 i;

	for (i = 0; i < v->s->n; i++)
		value_set(v->a, r, v->s->keys[i], vlabel(v, v->s->keys[i]));
	return r;
}

cmark_node *
view_markdown(const struct value *v)
{
	struct view_text	 t;

	if (v == NULL || v->type != VALUE_MARKDOWN)
		return NULL;
	t.text = v->u.markdown.text;
	t.french = v->u.markdown.french;
	return view_text_document(&t);
}

/*
 * An image of media/ for the renderers: its path from the site's root
 * (the content's own, "media/photo.jpg") as written (src) and as a URL
 * (url), its format, size and bytes.
 */
static struct value *
view_media_file(struct view *v, const struct media_file *mf)
{
	struct value	*e = value_map(v->a);
	char		 n[32];
	struct buf	 b = BUF_INIT;

	value_set(v->a, e, "src", value_string(v->a, mf->path));
	/* Its address in a page: spaces and accents percent-encoded. */
	escape_uri(&b, mf->path, strlen(mf->path));
	value_set(v->a, e, "url", vbuf(v, &b));
	value_set(v->a, e, "format", value_string(v->a,
	    image_format_name((enum image_format)mf->format)));
	snprintf(n, sizeof(n), "%d", mf->width);
	value_set(v->a, e, "width", value_string(v->a, n));
	snprintf(n, sizeof(n), "%d", mf->height);
	value_set(v->a, e, "height", value_string(v->a, n));
	value_set(v->a, e, "data", value_bytes(v->a, mf->data, mf->len));
	return e;
}

/* "logo" (null without one) and "media", every image the content uses. */
static void
view_media(struct view *v, struct value *r, const struct media_file *logo)
{
	const struct model	*m = v->m;
	struct value		*l;
	size_t			 i;

	value_set(v->a, r, "logo", logo == NULL ? value_null(v->a) :
	    view_media_file(v, logo));
	l = value_set(v->a, r, "media", value_list(v->a));
	for (i = 0; i < m->nmedia; i++)
		value_push(v->a, l, view_media_file(v, &m->media[i]));
}

const struct value *
view_media_find(const struct value *view, const char *src)
{
	const struct value	*l = value_get(view, "media");
	size_t			 i;

	if (l == NULL || l->type != VALUE_LIST)
		return NULL;
	for (i = 0; i < l->u.list.n; i++)
		if (strcmp(value_str(l->u.list.v[i], "src"), src) == 0)
			return l->u.list.v[i];
	return NULL;
}

struct value *
view_build(struct arena *a, const struct model *m, const struct figures *f,
    const struct strings *s, time_t date)
{
	return view_build_docs(a, view_docs_build(a, m, f, s, date), m, f, s);
}

struct value *
view_build_docs(struct arena *a, const struct view_docs *docs,
    const struct model *m, const struct figures *f, const struct strings *s)
{
	struct view	 v = { a, m, f, s, docs->head.loc };
	struct value	*r = value_map(a);

	view_docs_head_set(a, &docs->head, r);
	view_media(&v, r, docs->head.logo);
	value_set(a, r, "labels", view_labels(&v));
	value_set(a, r, "accessibility", view_accessibility(&v));
	view_docs_body_set(a, docs, r);
	value_set(a, r, "charter", docs->charter != NULL ?
	    view_charter_value(a, docs->charter) : value_null(a));
	return r;
}
