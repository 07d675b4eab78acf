/*
 * The comparison of two models (diff.h). Records are matched by id;
 * each section lists the newer version's records in their order, then
 * the ones removed in the older's order, so that the output is the same
 * for the same two versions.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "diff.h"

static struct diff_change *
change_new(struct diff *d, enum diff_section s, enum diff_kind k,
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

static const char *
own(struct diff *d, char *s)
{
	d->owned = xreallocarray(d->owned, d->nowned + 1, sizeof(*d->owned));
	d->owned[d->nowned++] = s;
	return s;
}

static int
str_eq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static int
text_eq(const struct text *a, const struct text *b)
{
	size_t	 i;

	if (a->n != b->n || (a->n > 0 && a->list != b->list))
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->lens[i] != b->lens[i] ||
		    memcmp(a->items[i], b->items[i], a->lens[i]) != 0)
			return 0;
	return 1;
}

/* A value change: kind from what each side has. */
static struct diff_change *
value_change(struct diff *d, enum diff_section s, const char *record,
    const char *id, const struct num *old, const struct num *new)
{
	struct diff_change	*c;
	int			 o = old != NULL && old->set;
	int			 n = new != NULL && new->set;

	if (!o && !n)
		return NULL;
	if (o && n && old->v == new->v)
		return NULL;
	c = change_new(d, s, !o ? DIFF_ADDED : !n ? DIFF_REMOVED :
	    DIFF_CHANGED, record, id);
	c->number = 1;
	c->has_old = o;
	c->has_new = n;
	c->dold = o ? old->v : 0;
	c->dnew = n ? new->v : 0;
	return c;
}

/* --- actions ------------------------------------------------------ */

static const struct action *
action_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->nactions; i++)
		if (strcmp(m->actions[i].id, id) == 0)
			return &m->actions[i];
	return NULL;
}

static void
str_change(struct diff *d, const struct action *a, const char *field,
    const char *old, const char *new)
{
	struct diff_change	*c;

	if (str_eq(old, new))
		return;
	c = change_new(d, DIFF_ACTIONS, DIFF_CHANGED, "action", a->id);
	c->field = field;
	c->sold = old;
	c->snew = new;
	c->has_old = old != NULL;
	c->has_new = new != NULL;
}

static void
diff_actions(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct action	*a, *b;
	struct diff_change	*c;
	size_t			 i;

	for (i = 0; i < to->nactions; i++) {
		b = &to->actions[i];
		if ((a = action_find(from, b->id)) == NULL) {
			c = change_new(d, DIFF_ACTIONS, DIFF_ADDED, "action",
			    b->id);
			c->title = b->title.s;
			continue;
		}
		str_change(d, b, "status", a->status_str.s, b->status_str.s);
		str_change(d, b, "pilot", a->pilot.id.s, b->pilot.id.s);
	}
	for (i = 0; i < from->nactions; i++)
		if (action_find(to, from->actions[i].id) == NULL) {
			c = change_new(d, DIFF_ACTIONS, DIFF_REMOVED, "action",
			    from->actions[i].id);
			c->title = from->actions[i].title.s;
		}
}

/* --- indicators --------------------------------------------------- */

static const struct indicator *
indicator_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->nindicators; i++)
		if (strcmp(m->indicators[i].id, id) == 0)
			return &m->indicators[i];
	return NULL;
}

static int
int_cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* The years of two year maps, sorted, without repeats, into *out. */
static size_t
years_union(const struct year_nums *a, const struct year_nums *b,
    int **out)
{
	size_t	 i, n = 0, k;
	int	*v = xreallocarray(NULL, a->n + b->n + 1, sizeof(*v));

	for (i = 0; i < a->n; i++)
		v[n++] = a->v[i].year;
	for (i = 0; i < b->n; i++)
		v[n++] = b->v[i].year;
	qsort(v, n, sizeof(*v), int_cmp);
	for (i = k = 0; i < n; i++)
		if (k == 0 || v[k - 1] != v[i])
			v[k++] = v[i];
	*out = v;
	return k;
}

static void
diff_year_map(struct diff *d, const struct indicator *b, const char *field,
    const struct year_nums *old, const struct year_nums *new)
{
	const struct year_num	*o, *n;
	struct diff_change	*c;
	int			*years;
	size_t			 i, ny = years_union(old, new, &years);

	for (i = 0; i < ny; i++) {
		o = model_year_find(old, years[i]);
		n = model_year_find(new, years[i]);
		c = value_change(d, DIFF_INDICATORS, "indicator", b->id,
		    o != NULL ? &o->value : NULL, n != NULL ? &n->value : NULL);
		if (c != NULL) {
			c->field = field;
			c->year = years[i];
			c->unit = b->unit.s;
			c->sensitive = b->sensitive;
		}
	}
	free(years);
}

static void
diff_indicators(struct diff *d, const struct model *from,
    const struct model *to)
{
	static const struct year_nums	 none;
	const struct indicator		*a, *b;
	struct diff_change		*c;
	size_t				 i;

	for (i = 0; i < to->nindicators; i++) {
		b = &to->indicators[i];
		if ((a = indicator_find(from, b->id)) == NULL) {
			c = change_new(d, DIFF_INDICATORS, DIFF_ADDED,
			    "indicator", b->id);
			c->title = b->label.s;
		}
		diff_year_map(d, b, "values", a != NULL ? &a->values : &none,
		    &b->values);
		diff_year_map(d, b, "targets", a != NULL ? &a->targets : &none,
		    &b->targets);
		if ((c = value_change(d, DIFF_INDICATORS, "indicator", b->id,
		    a != NULL ? &a->target : NULL, &b->target)) != NULL) {
			c->field = "target";
			c->unit = b->unit.s;
		}
	}
	for (i = 0; i < from->nindicators; i++)
		if (indicator_find(to, from->indicators[i].id) == NULL) {
			c = change_new(d, DIFF_INDICATORS, DIFF_REMOVED,
			    "indicator", from->indicators[i].id);
			c->title = from->indicators[i].label.s;
		}
}

/* --- funding ------------------------------------------------------ */

/* The sum of an action's known amounts from funder in year; *any set
   when it has such an entry. */
static decimal
funding_sum(const struct action *a, const char *funder, int year, int *any)
{
	decimal	 s = 0;
	size_t	 i, j;

	*any = 0;
	for (i = 0; a != NULL && i < a->nfunding; i++) {
		if (a->funding[i].year != year)
			continue;
		for (j = 0; j < a->funding[i].n; j++) {
			if (!str_eq(a->funding[i].v[j].funder.id.s, funder))
				continue;
			*any = 1;
			if (a->funding[i].v[j].amount.set)
				(void)decimal_add(s, a->funding[i].v[j].amount.v,
				    &s);
		}
	}
	return s;
}

/* Whether the pair (funder, year) comes before entry (i, j) of a. */
static int
pair_seen(const struct action *a, size_t i, size_t j)
{
	const struct funding_entry	*e = &a->funding[i].v[j];
	size_t				 k, l;

	for (k = 0; k <= i; k++)
		for (l = 0; l < (k == i ? j : a->funding[k].n); l++)
			if (a->funding[k].year == a->funding[i].year &&
			    str_eq(a->funding[k].v[l].funder.id.s,
			    e->funder.id.s))
				return 1;
	return 0;
}

static void
funding_pair(struct diff *d, const struct action *old,
    const struct action *new, const struct funding_entry *e, int year)
{
	struct num		 o, n;
	struct diff_change	*c;
	const char		*id = new != NULL ? new->id : old->id;

	memset(&o, 0, sizeof(o));
	memset(&n, 0, sizeof(n));
	o.v = funding_sum(old, e->funder.id.s, year, &o.set);
	n.v = funding_sum(new, e->funder.id.s, year, &n.set);
	if ((c = value_change(d, DIFF_FUNDING, "action", id, &o, &n)) == NULL)
		return;
	c->field = "funding";
	c->funder = e->funder.id.s;
	c->year = year;
	c->amount = 1;
}

/* The pairs of side, and with other NULL-or-not, the ones other lacks. */
static void
funding_pairs(struct diff *d, const struct action *old,
    const struct action *new, int removed_only)
{
	const struct action	*a = removed_only ? old : new;
	size_t			 i, j;
	int			 any;

	for (i = 0; a != NULL && i < a->nfunding; i++)
		for (j = 0; j < a->funding[i].n; j++) {
			if (pair_seen(a, i, j))
				continue;
			if (removed_only && new != NULL) {
				funding_sum(new, a->funding[i].v[j].funder.id.s,
				    a->funding[i].year, &any);
				if (any)
					continue;
			}
			funding_pair(d, old, new, &a->funding[i].v[j],
			    a->funding[i].year);
		}
}

/* Adds amount to the total of year. */
static void
total_add(decimal *tot, int *years, size_t *n, int year, decimal v)
{
	size_t	 i;

	for (i = 0; i < *n && years[i] != year; i++)
		;
	if (i == *n) {
		years[(*n)++] = year;
		tot[i] = 0;
	}
	(void)decimal_add(tot[i], v, &tot[i]);
}

/* The funding totals per year of m, into *years and *tot (n returned). */
static size_t
totals(const struct model *m, int **years, decimal **tot)
{
	size_t	 i, j, k, n = 0, cap = 1;

	for (i = 0; i < m->nactions; i++)
		cap += m->actions[i].nfunding;
	*years = xreallocarray(NULL, cap, sizeof(**years));
	*tot = xreallocarray(NULL, cap, sizeof(**tot));
	for (i = 0; i < m->nactions; i++)
		for (j = 0; j < m->actions[i].nfunding; j++)
			for (k = 0; k < m->actions[i].funding[j].n; k++)
				if (m->actions[i].funding[j].v[k].amount.set)
					total_add(*tot, *years, &n,
					    m->actions[i].funding[j].year,
					    m->actions[i].funding[j].v[k].
					    amount.v);
	return n;
}

static void
total_find(const int *years, const decimal *tot, size_t n, int year,
    struct num *out)
{
	size_t	 i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < n; i++)
		if (years[i] == year) {
			out->set = 1;
			out->v = tot[i];
		}
}

static void
diff_totals(struct diff *d, const struct model *from, const struct model *to)
{
	int			*yo, *yn, *all;
	decimal			*to_, *tn;
	size_t			 no = totals(from, &yo, &to_);
	size_t			 nn = totals(to, &yn, &tn), i, k;
	struct num		 o, n;
	struct diff_change	*c;

	all = xreallocarray(NULL, no + nn + 1, sizeof(*all));
	/* memcpy and qsort take no null pointer, even for nothing. */
	if (no > 0)
		memcpy(all, yo, no * sizeof(*all));
	if (nn > 0)
		memcpy(all + no, yn, nn * sizeof(*all));
	qsort(all, no + nn, sizeof(*all), int_cmp);
	for (i = k = 0; i < no + nn; i++)
		if (k == 0 || all[k - 1] != all[i])
			all[k++] = all[i];
	for (i = 0; i < k; i++) {
		total_find(yo, to_, no, all[i], &o);
		total_find(yn, tn, nn, all[i], &n);
		if ((c = value_change(d, DIFF_FUNDING, "total", NULL, &o,
		    &n)) != NULL) {
			c->field = "funding";
			c->year = all[i];
			c->amount = 1;
		}
	}
	free(all);
	free(yo);
	free(yn);
	free(to_);
	free(tn);
}

/* An action's funding changes by year, then funder. */
static int
funding_cmp(const void *x, const void *y)
{
	const struct diff_change *a = x, *b = y;

	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	return strcmp(a->funder != NULL ? a->funder : "",
	    b->funder != NULL ? b->funder : "");
}

static void
diff_funding(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct action	*a;
	size_t			 i, n0;

	for (i = 0; i < to->nactions; i++) {
		a = action_find(from, to->actions[i].id);
		n0 = d->n;
		funding_pairs(d, a, &to->actions[i], 0);
		funding_pairs(d, a, &to->actions[i], 1);
		/* d->v is null while nothing changed: qsort takes no null. */
		if (d->n > n0)
			qsort(d->v + n0, d->n - n0, sizeof(*d->v),
			    funding_cmp);
	}
	for (i = 0; i < from->nactions; i++)
		if (action_find(to, from->actions[i].id) == NULL) {
			n0 = d->n;
			funding_pairs(d, &from->actions[i], NULL, 1);
			if (d->n > n0)
				qsort(d->v + n0, d->n - n0, sizeof(*d->v),
				    funding_cmp);
		}
	diff_totals(d, from, to);
}

/* --- partners and their roles ------------------------------------- */

static const struct partner *
partner_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->npartners; i++)
		if (strcmp(m->partners[i].id, id) == 0)
			return &m->partners[i];
	return NULL;
}

static int
refs_has(const struct refs *r, const char *id)
{
	size_t	 i;

	for (i = 0; i < r->n; i++)
		if (str_eq(r->v[i].id.s, id))
			return 1;
	return 0;
}

static int
funds(const struct action *a, const char *id)
{
	int	 any = 0;
	size_t	 i;

	for (i = 0; i < a->nfunding && !any; i++)
		(void)funding_sum(a, id, a->funding[i].year, &any);
	return any;
}

/* Whether partner id has role in record of (an action or a thematic). */
static int
has_role(const struct model *m, const char *id, const char *role,
    const char *of)
{
	const struct action	*a;
	size_t			 i;

	if (strcmp(role, "group") == 0) {
		for (i = 0; i < m->council.nthematics; i++)
			if (str_eq(m->council.thematics[i].id.s, of))
				return refs_has(&m->council.thematics[i].group,
				    id);
		return 0;
	}
	if ((a = action_find(m, of)) == NULL)
		return 0;
	if (strcmp(role, "pilot") == 0)
		return str_eq(a->pilot.id.s, id);
	if (strcmp(role, "partner") == 0)
		return refs_has(&a->partners, id);
	return funds(a, id);
}

static void
role_changes(struct diff *d, const struct model *has,
    const struct model *lacks, const char *id, enum diff_kind k)
{
	static const char *const roles[] = { "pilot", "partner", "funder" };
	struct diff_change	*c;
	const char		*of;
	size_t			 i, r;

	for (i = 0; i < has->nactions + has->council.nthematics; i++)
		for (r = 0; r < (i < has->nactions ? 3 : 1); r++) {
			of = i < has->nactions ? has->actions[i].id :
			    has->council.thematics[i - has->nactions].id.s;
			if (!has_role(has, id, i < has->nactions ? roles[r] :
			    "group", of) || has_role(lacks, id,
			    i < has->nactions ? roles[r] : "group", of))
				continue;
			c = change_new(d, DIFF_PARTNERS, k, "partner", id);
			c->field = "role";
			c->role = i < has->nactions ? roles[r] : "group";
			c->of = of;
		}
}

static void
diff_partners(struct diff *d, const struct model *from,
    const struct model *to)
{
	struct diff_change	*c;
	size_t			 i;

	for (i = 0; i < to->npartners; i++) {
		if (partner_find(from, to->partners[i].id) == NULL) {
			c = change_new(d, DIFF_PARTNERS, DIFF_ADDED, "partner",
			    to->partners[i].id);
			c->title = to->partners[i].name.s;
			continue;
		}
		role_changes(d, to, from, to->partners[i].id, DIFF_ADDED);
		role_changes(d, from, to, to->partners[i].id, DIFF_REMOVED);
	}
	for (i = 0; i < from->npartners; i++)
		if (partner_find(to, from->partners[i].id) == NULL) {
			c = change_new(d, DIFF_PARTNERS, DIFF_REMOVED,
			    "partner", from->partners[i].id);
			c->title = from->partners[i].name.s;
		}
}

/* --- text fields -------------------------------------------------- */

/* The text fields of one record: a change made on the first one. */
struct fields {
	struct diff		*d;
	struct diff_change	*c;
	const char		*record, *id;
};

static void
field_note(struct fields *f, const char *field)
{
	if (f->c == NULL)
		f->c = change_new(f->d, DIFF_TEXTS, DIFF_CHANGED, f->record,
		    f->id);
	if (f->c->nfields < DIFF_FIELDS)
		f->c->fields[f->c->nfields++] = field;
}

static void
field_str(struct fields *f, const char *field, const struct str *a,
    const struct str *b)
{
	if (!str_eq(a->s, b->s))
		field_note(f, field);
}

static void
field_text(struct fields *f, const char *field, const struct text *a,
    const struct text *b)
{
	if (!text_eq(a, b))
		field_note(f, field);
}

static void
texts_action(struct diff *d, const struct action *a, const struct action *b)
{
	struct fields	 f = { d, NULL, "action", b->id };

	field_str(&f, "title", &a->title, &b->title);
	field_str(&f, "thematic", &a->thematic.id, &b->thematic.id);
#define T(x)	field_text(&f, #x, &a->x, &b->x)
	T(description);
	T(objectives);
	T(public);
	T(identification);
	T(means);
	T(evaluation);
	T(difficulties);
	T(suggestions);
	T(narrative);
#undef T
}

static void
texts_indicator(struct diff *d, const struct indicator *a,
    const struct indicator *b)
{
	struct fields	 f = { d, NULL, "indicator", b->id };

	field_str(&f, "label", &a->label, &b->label);
	field_str(&f, "unit", &a->unit, &b->unit);
	field_text(&f, "source", &a->source, &b->source);
}

static void
texts_partner(struct diff *d, const struct partner *a,
    const struct partner *b)
{
	struct fields	 f = { d, NULL, "partner", b->id };

	field_str(&f, "name", &a->name, &b->name);
	field_str(&f, "short", &a->short_name, &b->short_name);
	field_text(&f, "description", &a->description, &b->description);
}

static const struct page *
page_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->npages; i++)
		if (strcmp(m->pages[i].id, id) == 0)
			return &m->pages[i];
	return NULL;
}

static const struct thematic *
thematic_find(const struct model *m, const char *id)
{
	size_t	 i;

	for (i = 0; i < m->council.nthematics; i++)
		if (str_eq(m->council.thematics[i].id.s, id))
			return &m->council.thematics[i];
	return NULL;
}

static void
record_added(struct diff *d, enum diff_kind k, const char *record,
    const char *id, const char *title)
{
	struct diff_change	*c = change_new(d, DIFF_TEXTS, k, record, id);

	c->title = title;
}

static void
texts_pages(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct page	*a;
	struct fields		 f;
	size_t			 i;

	for (i = 0; i < to->npages; i++) {
		if ((a = page_find(from, to->pages[i].id)) == NULL) {
			record_added(d, DIFF_ADDED, "page", to->pages[i].id,
			    to->pages[i].title.s);
			continue;
		}
		f = (struct fields){ d, NULL, "page", a->id };
		field_str(&f, "title", &a->title, &to->pages[i].title);
		field_text(&f, "body", &a->body, &to->pages[i].body);
	}
	for (i = 0; i < from->npages; i++)
		if (page_find(to, from->pages[i].id) == NULL)
			record_added(d, DIFF_REMOVED, "page",
			    from->pages[i].id, from->pages[i].title.s);
}

static void
texts_thematics(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct thematic	*a, *b;
	struct fields		 f;
	size_t			 i;

	for (i = 0; i < to->council.nthematics; i++) {
		b = &to->council.thematics[i];
		if ((a = thematic_find(from, b->id.s)) == NULL) {
			record_added(d, DIFF_ADDED, "thematic", b->id.s,
			    b->title.s);
			continue;
		}
		f = (struct fields){ d, NULL, "thematic", b->id.s };
		field_str(&f, "title", &a->title, &b->title);
		field_text(&f, "description", &a->description,
		    &b->description);
	}
	for (i = 0; i < from->council.nthematics; i++)
		if (thematic_find(to, from->council.thematics[i].id.s) == NULL)
			record_added(d, DIFF_REMOVED, "thematic",
			    from->council.thematics[i].id.s,
			    from->council.thematics[i].title.s);
}

static void
diff_texts(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct action	*aa;
	const struct indicator	*ai;
	const struct partner	*ap;
	size_t			 i;

	texts_thematics(d, from, to);
	for (i = 0; i < to->nactions; i++)
		if ((aa = action_find(from, to->actions[i].id)) != NULL)
			texts_action(d, aa, &to->actions[i]);
	for (i = 0; i < to->nindicators; i++)
		if ((ai = indicator_find(from, to->indicators[i].id)) != NULL)
			texts_indicator(d, ai, &to->indicators[i]);
	for (i = 0; i < to->npartners; i++)
		if ((ap = partner_find(from, to->partners[i].id)) != NULL)
			texts_partner(d, ap, &to->partners[i]);
	texts_pages(d, from, to);
}

/* --- the charter's paragraphs ------------------------------------- */

struct paras {
	char	**v;		/* each one line, spaces collapsed, owned */
	size_t	  n;
};

/* Whether a line starts a block of its own: a heading, a list item. */
static int
starts_block(const char *s, const char *eol)
{
	const char	*p = s;

	while (p < eol && *p == ' ')
		p++;
	if (p < eol && *p == '#')
		return 1;
	if (p + 1 < eol && (*p == '-' || *p == '*' || *p == '+') &&
	    p[1] == ' ')
		return 1;
	while (p < eol && *p >= '0' && *p <= '9')
		p++;
	return p > s && p + 1 < eol && (*p == '.' || *p == ')') &&
	    p[1] == ' ' && p[-1] >= '0' && p[-1] <= '9';
}

static void
para_push(struct paras *p, struct buf *cur)
{
	if (cur->len == 0)
		return;
	p->v = xreallocarray(p->v, p->n + 1, sizeof(*p->v));
	p->v[p->n++] = buf_detach(cur);
}

/*
 * The paragraphs of a Markdown source: runs of lines that are not
 * blank; a heading or a list item (a rule of the charter) is one too.
 */
static void
paras_split(const struct text *t, struct paras *p)
{
	struct buf	 cur = { 0 };
	const char	*s, *end, *eol;
	size_t		 i, k;
	int		 blank;

	memset(p, 0, sizeof(*p));
	for (i = 0; i <= t->n; i++) {
		s = i < t->n ? t->items[i] : "";
		end = i < t->n ? s + t->lens[i] : s;
		for (; s <= end; s = eol + 1) {
			eol = memchr(s, '\n', (size_t)(end - s));
			if (eol == NULL)
				eol = end;
			for (k = 0, blank = 1; s + k < eol; k++)
				if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r')
					blank = 0;
			if (blank || starts_block(s, eol))
				para_push(p, &cur);
			if (blank)
				continue;
			if (cur.len > 0)
				buf_putc(&cur, ' ');
			buf_put(&cur, s, (size_t)(eol - s));
		}
	}
	buf_release(&cur);
}

/* A paragraph's change; text is handed to d. */
static void
para_change(struct diff *d, enum diff_kind k, size_t index, char *old,
    char *new)
{
	struct diff_change	*c = change_new(d, DIFF_CHARTER, k, "charter",
				    NULL);

	c->field = "paragraph";
	c->index = index;
	if (old != NULL)
		c->sold = own(d, xstrdup(old));
	if (new != NULL)
		c->snew = own(d, xstrdup(new));
	c->has_old = old != NULL;
	c->has_new = new != NULL;
}

/*
 * The paragraphs between two common ones: old[i..i+nr) removed and
 * new[j..j+na) added; the first of each, paired, are changed ones.
 */
struct run {
	size_t	 i, nr, j, na;
};

static void
para_run(struct diff *d, const struct paras *a, const struct paras *b,
    struct run r)
{
	size_t	 k, i = r.i, nr = r.nr, j = r.j, na = r.na;

	for (k = 0; k < nr || k < na; k++)
		if (k < nr && k < na)
			para_change(d, DIFF_CHANGED, j + k + 1, a->v[i + k],
			    b->v[j + k]);
		else if (k < nr)
			para_change(d, DIFF_REMOVED, i + k + 1, a->v[i + k],
			    NULL);
		else
			para_change(d, DIFF_ADDED, j + k + 1, NULL,
			    b->v[j + k]);
}

/* The longest common subsequence of paragraphs, walked from the start. */
static void
paras_diff(struct diff *d, const struct paras *a, const struct paras *b)
{
	size_t	 n = a->n, m = b->n, i, j, ri, rj;
	size_t	*L = xreallocarray(NULL, (n + 1) * (m + 1), sizeof(*L));

#define AT(x, y)	L[(x) * (m + 1) + (y)]
	for (i = n + 1; i-- > 0;)
		for (j = m + 1; j-- > 0;)
			AT(i, j) = i == n || j == m ? 0 :
			    strcmp(a->v[i], b->v[j]) == 0 ? AT(i + 1, j + 1) + 1 :
			    AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) :
			    AT(i, j + 1);
	i = j = ri = rj = 0;
	while (i < n || j < m) {
		if (i < n && j < m && strcmp(a->v[i], b->v[j]) == 0) {
			para_run(d, a, b, (struct run){ ri, i - ri, rj,
			    j - rj });
			ri = ++i;
			rj = ++j;
		} else if (j == m || (i < n && AT(i + 1, j) >= AT(i, j + 1)))
			i++;
		else
			j++;
	}
	para_run(d, a, b, (struct run){ ri, i - ri, rj, j - rj });
#undef AT
	free(L);
}

static void
paras_free(struct paras *p)
{
	size_t	 i;

	for (i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
}

static void
diff_charter(struct diff *d, const struct model *from,
    const struct model *to)
{
	static const struct text	 none;
	const struct charter		*a = from->charter, *b = to->charter;
	struct paras			 pa, pb;
	struct fields			 f = { d, NULL, "charter", NULL };

	if (a != NULL && b != NULL) {
		field_str(&f, "title", &a->title, &b->title);
		field_str(&f, "subtitle", &a->subtitle, &b->subtitle);
		field_str(&f, "adopted", &a->adopted, &b->adopted);
		field_str(&f, "version", &a->version, &b->version);
	} else if (a != NULL || b != NULL)
		record_added(d, a == NULL ? DIFF_ADDED : DIFF_REMOVED,
		    "charter", NULL, (a != NULL ? a : b)->title.s);
	paras_split(a != NULL ? &a->body : &none, &pa);
	paras_split(b != NULL ? &b->body : &none, &pb);
	paras_diff(d, &pa, &pb);
	paras_free(&pa);
	paras_free(&pb);
}

/* --- names, for people ------------------------------------------- */

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
		return (a = action_find(m, id)) != NULL ? a->title.s : NULL;
	if (strcmp(record, "indicator") == 0)
		return (i = indicator_find(m, id)) != NULL ? i->label.s : NULL;
	if (strcmp(record, "partner") == 0)
		return (p = partner_find(m, id)) != NULL ? p->name.s : NULL;
	if (strcmp(record, "thematic") == 0)
		return (t = thematic_find(m, id)) != NULL ? t->title.s : NULL;
	if (strcmp(record, "page") == 0)
		return (g = page_find(m, id)) != NULL ? g->title.s : NULL;
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

/* --- the whole comparison ----------------------------------------- */

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
