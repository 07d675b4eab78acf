/*
 * The comparison of two models (diff.h). Records are matched by id;
 * each section lists the newer version's records in their order, then
 * the ones removed in the older's order, so that the output is the same
 * for the same two versions. Each section has a pass of its own
 * (compare.h); here are what they share, the names people read, and
 * the whole comparison.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "compare.h"
#include "diff.h"

struct diff_change *
diff_change_new(struct diff *d, enum diff_section s, enum diff_kind k,
    const char *record, const char *id)
{
	struct diff_change	*c;

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 32;
		d->v = xreallocarray(d->v, d->cap, sizeof(*d->v));
	}
	c = &d->v[d->n++];
	memset(c, 0, sizeof(*c));
	c->section = s;
	c->kind = k;
	c->record = record;
	c->id = id;
	return c;
}

const char *
diff_own(struct diff *d, char *s)
{
	d->owned = xreallocarray(d->owned, d->nowned + 1, sizeof(*d->owned));
	d->owned[d->nowned++] = s;
	return s;
}

int
diff_str_eq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* A value change: kind from what each side has. */
struct diff_change *
diff_value_change(struct diff *d, enum diff_section s, const char *record,
    const char *id, const struct num *old, const struct num *new)
{
	struct diff_change	*c;
	int			 o = old != NULL && old->set;
	int			 n = new != NULL && new->set;

	if (!o && !n)
		return NULL;
	if (o && n && old->v == new->v)
		return NULL;
	c = diff_change_new(d, s, !o ? DIFF_ADDED : !n ? DIFF_REMOVED :
	    DIFF_CHANGED, record, id);
	c->number = 1;
	c->has_old = o;
	c->has_new = n;
	c->dold = o ? old->v : 0;
	c->dnew = n ? new->v : 0;
	return c;
}

int
diff_int_cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

const struct action *
diff_action_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->nactions; i++)
		if (strcmp(m->actions[i].id, id) == 0)
			return &m->actions[i];
	return NULL;
}

const struct indicator *
diff_indicator_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->nindicators; i++)
		if (strcmp(m->indicators[i].id, id) == 0)
			return &m->indicators[i];
	return NULL;
}

const struct partner *
diff_partner_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->npartners; i++)
		if (strcmp(m->partners[i].id, id) == 0)
			return &m->partners[i];
	return NULL;
}

const struct page *
diff_page_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->npages; i++)
		if (strcmp(m->pages[i].id, id) == 0)
			return &m->pages[i];
	return NULL;
}

const struct thematic *
diff_thematic_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->council.nthematics; i++)
		if (diff_str_eq(m->council.thematics[i].id.s, id))
			return &m->council.thematics[i];
	return NULL;
}

/* The title, label or name of record id, in m; NULL when none. */
static const char *
record_name(const struct model *m, const char *record, const char *id)
{
	const struct action	*a;
	const struct indicator	*i;
	const struct partner	*p;
	const struct thematic	*t;
	const struct page	*g;

	if (id == NULL)
		return NULL;
	if (strcmp(record, "action") == 0)
		return (a = diff_action_find(m, id)) != NULL ? a->title.s :
		    NULL;
	if (strcmp(record, "indicator") == 0)
		return (i = diff_indicator_find(m, id)) != NULL ? i->label.s :
		    NULL;
	if (strcmp(record, "partner") == 0)
		return (p = diff_partner_find(m, id)) != NULL ? p->name.s :
		    NULL;
	if (strcmp(record, "thematic") == 0)
		return (t = diff_thematic_find(m, id)) != NULL ? t->title.s :
		    NULL;
	if (strcmp(record, "page") == 0)
		return (g = diff_page_find(m, id)) != NULL ? g->title.s : NULL;
	return NULL;
}

/* The newer version's name, else the older's, else the id. */
static const char *
name_of(const struct model *from, const struct model *to,
    const char *record, const char *id)
{
	const char	*n = record_name(to, record, id);

	if (n == NULL)
		n = record_name(from, record, id);
	return n != NULL ? n : id;
}

static void
names(struct diff *d, const struct model *from, const struct model *to)
{
	struct diff_change	*c;
	size_t			 i;

	for (i = 0; i < d->n; i++) {
		c = &d->v[i];
		c->name = name_of(from, to, c->record, c->id);
		c->funder_name = name_of(from, to, "partner", c->funder);
		if (c->field != NULL && strcmp(c->field, "pilot") == 0) {
			c->old_name = name_of(from, to, "partner", c->sold);
			c->new_name = name_of(from, to, "partner", c->snew);
		}
		if (c->of != NULL)
			c->of_name = name_of(from, to, strcmp(c->role,
			    "group") == 0 ? "thematic" : "action", c->of);
	}
}

void
diff_compare(struct diff *d, const struct model *from,
    const struct model *to)
{
	struct diff_change	*sorted;
	size_t			 i, s, k;

	memset(d, 0, sizeof(*d));
	d->locale = to->council.locale.s;
	diff_actions(d, from, to);
	diff_indicators(d, from, to);
	diff_funding(d, from, to);
	diff_partners(d, from, to);
	diff_texts(d, from, to);
	diff_charter(d, from, to);
	/* Texts may come from several passes: a stable grouping by section. */
	sorted = xreallocarray(NULL, d->n + 1, sizeof(*sorted));
	for (s = k = 0; s < DIFF__SECTIONS; s++)
		for (i = 0; i < d->n; i++)
			if (d->v[i].section == (enum diff_section)s)
				sorted[k++] = d->v[i];
	free(d->v);
	d->v = sorted;
	d->cap = d->n;
	names(d, from, to);
}

void
diff_release(struct diff *d)
{
	size_t	 i;

	for (i = 0; i < d->nowned; i++)
		free(d->owned[i]);
	free(d->owned);
	free(d->v);
	memset(d, 0, sizeof(*d));
}
