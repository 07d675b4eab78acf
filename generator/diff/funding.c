/*
 * The funding compared (compare.h): each action's amounts per funder
 * and year, then the totals per year.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "compare.h"
#include "diff.h"

/* The sum of an action's known amounts from funder in year; *any set
   when it has such an entry. */
decimal
diff_funding_sum(const struct action *a, const char *funder, int year, int *any)
{
	decimal	 s = 0;
	size_t	 i, j;

	*any = 0;
	for (i = 0; a != NULL && i < a->nfunding; i++) {
		if (a->funding[i].year != year)
			continue;
		for (j = 0; j < a->funding[i].n; j++) {
			if (!diff_str_eq(a->funding[i].v[j].funder.id.s,
			    funder))
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
			    diff_str_eq(a->funding[k].v[l].funder.id.s,
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
	o.v = diff_funding_sum(old, e->funder.id.s, year, &o.set);
	n.v = diff_funding_sum(new, e->funder.id.s, year, &n.set);
	if ((c = diff_value_change(d, DIFF_FUNDING, "action", id, &o,
	    &n)) == NULL)
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
				diff_funding_sum(new,
				    a->funding[i].v[j].funder.id.s,
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
	qsort(all, no + nn, sizeof(*all), diff_int_cmp);
	for (i = k = 0; i < no + nn; i++)
		if (k == 0 || all[k - 1] != all[i])
			all[k++] = all[i];
	for (i = 0; i < k; i++) {
		total_find(yo, to_, no, all[i], &o);
		total_find(yn, tn, nn, all[i], &n);
		if ((c = diff_value_change(d, DIFF_FUNDING, "total", NULL, &o,
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

void
diff_funding(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct action	*a;
	size_t			 i, n0;

	for (i = 0; i < to->nactions; i++) {
		a = diff_action_find(from, to->actions[i].id);
		n0 = d->n;
		funding_pairs(d, a, &to->actions[i], 0);
		funding_pairs(d, a, &to->actions[i], 1);
		/* d->v is null while nothing changed: qsort takes no null. */
		if (d->n > n0)
			qsort(d->v + n0, d->n - n0, sizeof(*d->v),
			    funding_cmp);
	}
	for (i = 0; i < from->nactions; i++)
		if (diff_action_find(to, from->actions[i].id) == NULL) {
			n0 = d->n;
			funding_pairs(d, &from->actions[i], NULL, 1);
			if (d->n > n0)
				qsort(d->v + n0, d->n - n0, sizeof(*d->v),
				    funding_cmp);
		}
	diff_totals(d, from, to);
}
