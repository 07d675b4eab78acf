/*
 * The metrics of docs/format.md, each computed as defined there.
 * Amounts and values are exact decimals; ratios are doubles computed from
 * them in one division, so they are the correctly rounded quotients as
 * long as both operands are below 2^53 millionths (about 9 billion).
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/sort.h"
#include "metrics.h"

const char *
metrics_status_name(enum indicator_status s)
{
	static const char *const names[] = {
		"no-data", "no-target", "achieved", "close", "behind"
	};

	return s < ISTATUS__MAX ? names[s] : "no-data";
}

/* a / b as a ratio; null when b is 0. */
static struct ratio
ratio_of(decimal a, decimal b)
{
	struct ratio	 r = { 0, 0 };

	if (b != 0) {
		r.set = 1;
		r.v = (double)a / (double)b;
	}
	return r;
}

/* Adds b to *a, noting an overflow in the figures. */
static void
sum_add(struct figures *f, decimal *a, decimal b)
{
	if (decimal_add(*a, b, a) == -1)
		f->overflow = 1;
}

static struct opt
year_value(const struct year_nums *yn, int year)
{
	const struct year_num	*v = model_year_find(yn, year);
	struct opt		 o = { 0, 0 };

	if (v != NULL) {
		o.set = 1;
		o.v = v->value.v;
	}
	return o;
}

static struct opt
indicator_target(const struct indicator *ind, int year)
{
	struct opt	 o = { 0, 0 };

	if (ind->target.set) {
		o.set = 1;
		o.v = ind->target.v;
		return o;
	}
	return year_value(&ind->targets, year);
}

static struct ratio
indicator_attainment(const struct indicator *ind, struct opt value,
    struct opt target)
{
	struct ratio	 r = { 0, 0 };

	if (!value.set || !target.set)
		return r;
	if (ind->direction == DIRECTION_INCREASE)
		return target.v > 0 ? ratio_of(value.v, target.v) : r;
	return value.v > 0 ? ratio_of(target.v, value.v) : r;
}

static enum indicator_status
indicator_status(const struct indicator *ind, const struct indicator_figures *f)
{
	if (!f->value.set)
		return ISTATUS_NO_DATA;
	if (!f->target.set)
		return ISTATUS_NO_TARGET;
	if (ind->direction == DIRECTION_INCREASE ?
	    f->value.v >= f->target.v : f->value.v <= f->target.v)
		return ISTATUS_ACHIEVED;
	if (f->attainment.set && f->attainment.v >= 0.8)
		return ISTATUS_CLOSE;
	return ISTATUS_BEHIND;
}

static void
indicator_breakdown(struct figures *all, const struct indicator *ind,
    struct indicator_figures *f, int year)
{
	const struct breakdown_year	*by = NULL;
	size_t				 i, best = 0;

	for (i = 0; i < ind->nbreakdown; i++)
		if (ind->breakdown[i].year == year)
			by = &ind->breakdown[i];
	if (by == NULL || by->n == 0)
		return;
	f->breakdown = xcalloc(by->n, sizeof(*f->breakdown));
	f->nbreakdown = by->n;
	for (i = 0; i < by->n; i++) {
		f->breakdown[i].label = by->v[i].label.s;
		f->breakdown[i].value = by->v[i].value.v;
		sum_add(all, &f->breakdown_total, by->v[i].value.v);
		if (by->v[i].value.v > by->v[best].value.v)
			best = i;
	}
	for (i = 0; i < by->n; i++)
		f->breakdown[i].share = ratio_of(f->breakdown[i].value,
		    f->breakdown_total);
	f->priority = by->v[best].label.s;
}

static int
int_cmp(const void *a, const void *b)
{
	int	 x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

/*
 * The years of an indicator that have a value or a target, ascending,
 * each with both (a target given as a plain number is the target of Y).
 */
static void
indicator_years(const struct indicator *ind, struct indicator_figures *f,
    int y)
{
	int	*years;
	size_t	 n = 0, i, k;

	years = xcalloc(ind->values.n + ind->targets.n + 1, sizeof(*years));
	for (i = 0; i < ind->values.n; i++)
		years[n++] = ind->values.v[i].year;
	for (i = 0; i < ind->targets.n; i++)
		years[n++] = ind->targets.v[i].year;
	if (ind->target.set)
		years[n++] = y;
	sort_array(years, n, sizeof(*years), int_cmp);
	f->years = xcalloc(n + 1, sizeof(*f->years));
	for (i = 0; i < n; i++) {
		if (i > 0 && years[i] == years[i - 1])
			continue;
		k = f->nyears++;
		f->years[k].year = years[i];
		f->years[k].value = year_value(&ind->values, years[i]);
		if (ind->target.set) {
			f->years[k].target.set = years[i] == y;
			f->years[k].target.v = ind->target.v;
		} else
			f->years[k].target = year_value(&ind->targets,
			    years[i]);
	}
	free(years);
}

static void
metrics_indicator(struct figures *all, const struct indicator *ind,
    struct indicator_figures *f, int y)
{
	indicator_years(ind, f, y);
	f->value = year_value(&ind->values, y);
	f->previous = year_value(&ind->values, y - 1);
	f->target = indicator_target(ind, y);
	if (f->value.set && f->previous.set && f->previous.v != 0)
		f->evolution = ratio_of(f->value.v - f->previous.v,
		    f->previous.v);
	f->attainment = indicator_attainment(ind, f->value, f->target);
	if (f->value.set && f->target.set && ind->baseline.set &&
	    f->target.v != ind->baseline.v)
		f->progress = ratio_of(f->value.v - ind->baseline.v,
		    f->target.v - ind->baseline.v);
	f->status = indicator_status(ind, f);
	indicator_breakdown(all, ind, f, y);
}

/* The sum of the amounts of an action for year (0 when none). */
static decimal
action_funding(struct figures *all, const struct action *a, int year)
{
	decimal	 total = 0;
	size_t	 i, j;

	for (i = 0; i < a->nfunding; i++) {
		if (a->funding[i].year != year)
			continue;
		for (j = 0; j < a->funding[i].n; j++)
			if (a->funding[i].v[j].amount.set)
				sum_add(all, &total,
				    a->funding[i].v[j].amount.v);
	}
	return total;
}

static int
funder_index_cmp(const void *a, const void *b)
{
	const struct funder_amount	*x = a, *y = b;

	return x->partner < y->partner ? -1 : x->partner > y->partner;
}

/*
 * The amounts of year in a per funder: one entry per funder that has an
 * amount, in partner (id) order, the amounts of a funder listed twice
 * added up. Sets *n; the caller frees the result.
 */
static struct funder_amount *
action_by_funder(struct figures *all, const struct action *a, int year,
    size_t *n)
{
	const struct funding_entry	*e;
	struct funder_amount		*v = NULL;
	size_t				 i, j, k = 0;

	*n = 0;
	for (i = 0; i < a->nfunding; i++) {
		if (a->funding[i].year != year)
			continue;
		for (j = 0; j < a->funding[i].n; j++) {
			e = &a->funding[i].v[j];
			if (!e->funder.ok || !e->amount.set)
				continue;
			v = xreallocarray(v, *n + 1, sizeof(*v));
			v[*n].partner = e->funder.index;
			v[*n].amount = e->amount.v;
			v[*n].share.set = 0;
			(*n)++;
		}
	}
	if (*n == 0)
		return v;
	sort_array(v, *n, sizeof(*v), funder_index_cmp);
	for (i = 1; i < *n; i++) {
		if (v[i].partner == v[k].partner)
			sum_add(all, &v[k].amount, v[i].amount);
		else
			v[++k] = v[i];
	}
	*n = k + 1;
	return v;
}

static void
metrics_action(struct figures *all, const struct model *m, size_t ai)
{
	const struct action		*a = &m->actions[ai];
	struct action_figures		*f = &all->actions[ai];
	const struct indicator_figures	*ifg;
	size_t				 i, n = 0;
	double				 sum = 0;

	f->funding_total = action_funding(all, a, all->year);
	f->funding_previous = action_funding(all, a, all->year - 1);
	f->funding_years = xcalloc(a->nfunding + 1, sizeof(*f->funding_years));
	for (i = 0; i < a->nfunding; i++)
		f->funding_years[i] = action_funding(all, a,
		    a->funding[i].year);
	f->by_funder = action_by_funder(all, a, all->year, &f->nby_funder);
	for (i = 0; i < a->nindicators; i++) {
		ifg = &all->indicators[a->indicators[i]];
		if (!ifg->attainment.set)
			continue;
		sum += ifg->attainment.v < 1 ? ifg->attainment.v : 1;
		n++;
	}
	if (n > 0) {
		f->attainment_mean.set = 1;
		f->attainment_mean.v = sum / (double)n;
	}
}

/* Appends v to the list (*list, *n) unless it is its last element. */
static void
list_add(size_t **list, size_t *n, size_t v)
{
	if (*n > 0 && (*list)[*n - 1] == v)
		return;
	*list = xreallocarray(*list, *n + 1, sizeof(**list));
	(*list)[(*n)++] = v;
}

/* Counts action i for partner j once, whatever its roles. */
static void
partner_count(struct figures *all, size_t *last, size_t j, size_t i)
{
	if (last[j] != i + 1) {
		all->partners[j].actions++;
		last[j] = i + 1;
	}
}

/* The roles of every partner, walking actions in their order. */
static void
metrics_partners(struct figures *all, const struct model *m)
{
	const struct action	*a;
	const struct funding_entry *e;
	struct partner_figures	*p;
	size_t			 i, j, k, *last;

	last = xcalloc(m->npartners + 1, sizeof(*last));
	for (i = 0; i < m->nactions; i++) {
		a = &m->actions[i];
		if (a->pilot.ok) {
			p = &all->partners[a->pilot.index];
			list_add(&p->pilot_of, &p->npilot_of, i);
			partner_count(all, last, a->pilot.index, i);
		}
		for (j = 0; j < a->partners.n; j++) {
			if (!a->partners.v[j].ok)
				continue;
			p = &all->partners[a->partners.v[j].index];
			list_add(&p->partner_of, &p->npartner_of, i);
			partner_count(all, last, a->partners.v[j].index, i);
		}
		for (j = 0; j < a->nfunding; j++) {
			if (a->funding[j].year != all->year)
				continue;
			for (k = 0; k < a->funding[j].n; k++) {
				e = &a->funding[j].v[k];
				if (!e->funder.ok)
					continue;
				p = &all->partners[e->funder.index];
				list_add(&p->funder_of, &p->nfunder_of, i);
				partner_count(all, last, e->funder.index, i);
				if (e->amount.set)
					sum_add(all, &p->funded_amount,
					    e->amount.v);
			}
		}
	}
	free(last);
	for (i = 0; i < m->council.nthematics; i++)
		for (j = 0; j < m->council.thematics[i].group.n; j++)
			if (m->council.thematics[i].group.v[j].ok) {
				p = &all->partners[
				    m->council.thematics[i].group.v[j].index];
				list_add(&p->group_of, &p->ngroup_of, i);
			}
}

/* By amount, descending, then partner id (arg: the model). */
static int
funder_cmp(const void *a, const void *b, void *arg)
{
	const struct funder_amount	*x = a, *y = b;
	const struct model		*m = arg;

	if (x->amount != y->amount)
		return x->amount > y->amount ? -1 : 1;
	return strcmp(m->partners[x->partner].id, m->partners[y->partner].id);
}

/*
 * The report's funders: the sums of the actions' amounts per funder,
 * sorted by amount then id, and the sums per family.
 */
static void
metrics_funders(struct figures *all, const struct model *m)
{
	decimal		*sum = xcalloc(m->npartners + 1, sizeof(*sum));
	unsigned char	*has = xcalloc(m->npartners + 1, 1);
	const struct action_figures *af;
	size_t		 i, j;

	for (i = 0; i < m->nactions; i++) {
		af = &all->actions[i];
		for (j = 0; j < af->nby_funder; j++) {
			sum_add(all, &sum[af->by_funder[j].partner],
			    af->by_funder[j].amount);
			has[af->by_funder[j].partner] = 1;
		}
	}
	all->by_funder = xcalloc(m->npartners + 1, sizeof(*all->by_funder));
	for (i = 0; i < m->npartners; i++) {
		if (!has[i])
			continue;
		all->by_funder[all->nby_funder].partner = i;
		all->by_funder[all->nby_funder].amount = sum[i];
		all->by_funder[all->nby_funder].share =
		    ratio_of(sum[i], all->funding_total);
		all->nby_funder++;
		sum_add(all, &all->by_family[m->partners[i].family], sum[i]);
	}
	for (i = 0; i < FAMILY__MAX; i++)
		all->by_family_share[i] = ratio_of(all->by_family[i],
		    all->funding_total);
	sort_array_r(all->by_funder, all->nby_funder, sizeof(*all->by_funder),
	    funder_cmp, (void *)m);
	free(sum);
	free(has);
}

static void
metrics_summary(struct figures *all, const struct model *m)
{
	size_t	 i, n = 0, done;
	double	 sum = 0;
	const struct indicator_figures *f;

	for (i = 0; i < m->nactions; i++) {
		all->actions_by_status[m->actions[i].status]++;
		sum_add(all, &all->funding_total,
		    all->actions[i].funding_total);
		sum_add(all, &all->funding_previous,
		    all->actions[i].funding_previous);
	}
	/* After an overflow the sums mean nothing (and may not subtract). */
	if (all->funding_previous != 0 && !all->overflow)
		all->funding_evolution = ratio_of(all->funding_total -
		    all->funding_previous, all->funding_previous);
	for (i = 0; i < m->nindicators; i++) {
		f = &all->indicators[i];
		all->indicators_by_status[f->status]++;
		if (f->attainment.set) {
			sum += f->attainment.v < 1 ? f->attainment.v : 1;
			n++;
		}
	}
	if (n > 0) {
		all->attainment_mean.set = 1;
		all->attainment_mean.v = sum / (double)n;
	}
	done = all->indicators_by_status[ISTATUS_ACHIEVED] +
	    all->indicators_by_status[ISTATUS_CLOSE] +
	    all->indicators_by_status[ISTATUS_BEHIND];
	all->achievement_rate = ratio_of(
	    (decimal)all->indicators_by_status[ISTATUS_ACHIEVED], (decimal)done);
}

struct figures *
metrics_compute(const struct model *m)
{
	struct figures	*all = xcalloc(1, sizeof(*all));
	size_t		 i;
	struct thematic_figures *t;

	all->year = m->council.y;
	all->indicators = xcalloc(m->nindicators + 1, sizeof(*all->indicators));
	all->actions = xcalloc(m->nactions + 1, sizeof(*all->actions));
	all->thematics = xcalloc(m->council.nthematics + 1,
	    sizeof(*all->thematics));
	all->partners = xcalloc(m->npartners + 1, sizeof(*all->partners));
	if (m->council.min_count.set)
		all->min_count = m->council.min_count.v;
	for (i = 0; i < m->nindicators; i++) {
		metrics_indicator(all, &m->indicators[i], &all->indicators[i],
		    all->year);
		if (all->min_count > 0 && m->indicators[i].sensitive)
			metrics_mask_indicator(&m->indicators[i],
			    &all->indicators[i], all->min_count);
	}
	for (i = 0; i < m->nactions; i++) {
		metrics_action(all, m, i);
		if (m->actions[i].thematic_rank >= m->council.nthematics)
			continue;
		t = &all->thematics[m->actions[i].thematic_rank];
		list_add(&t->actions, &t->nactions, i);
		sum_add(all, &t->funding_total, all->actions[i].funding_total);
	}
	metrics_summary(all, m);
	metrics_funders(all, m);
	metrics_partners(all, m);
	return all;
}

void
metrics_free(struct figures *f, const struct model *m)
{
	size_t	 i;

	if (f == NULL)
		return;
	for (i = 0; i < m->nindicators; i++) {
		free(f->indicators[i].breakdown);
		free(f->indicators[i].years);
	}
	for (i = 0; i < m->nactions; i++) {
		free(f->actions[i].by_funder);
		free(f->actions[i].funding_years);
	}
	for (i = 0; i < m->council.nthematics; i++)
		free(f->thematics[i].actions);
	for (i = 0; i < m->npartners; i++) {
		free(f->partners[i].pilot_of);
		free(f->partners[i].partner_of);
		free(f->partners[i].funder_of);
		free(f->partners[i].group_of);
	}
	free(f->indicators);
	free(f->actions);
	free(f->thematics);
	free(f->partners);
	free(f->by_funder);
	free(f);
}
