/*
 * Statistical secrecy. A CLSPD publishes counts about people (victims,
 * young people followed, interventions in a small neighbourhood); a small
 * count can point at someone. When clspd.yaml sets privacy.min_count N,
 * every count of an indicator marked sensitive that is below N is hidden,
 * and so is every figure that would let a reader recompute one:
 *
 * - the value of a year below N (the years' values, Y's value, Y−1's);
 * - the evolution when Y's or Y−1's value is hidden, the attainment and
 *   the progress when Y's value is hidden, the progress when the baseline
 *   is below N (value, target and progress give the baseline back);
 * - in Y's breakdown, every entry below N; when a single entry would be
 *   hidden among several, the next smallest entry too (secondary
 *   suppression: otherwise the year's value minus the others gives it
 *   back); and with any entry hidden, the breakdown's total and every
 *   share (a share and a shown value give the total).
 *
 * The means of attainment (an action's, the report's) are computed
 * without the hidden attainments, so that they do not give one back.
 * The indicator's status (achieved, close, behind) stays: it tells a
 * range, not a count.
 */
#include "metrics.h"

static int
below(struct opt o, decimal min)
{
	return o.set && o.v < min;
}

/* Hides a ratio that was computed; records that it was. */
static void
mask_ratio(struct indicator_figures *f, struct ratio *r, unsigned bit)
{
	if (r->set) {
		r->set = 0;
		r->v = 0;
		f->masked |= bit;
	}
}

static void
mask_breakdown(struct indicator_figures *f, decimal min)
{
	size_t	 i, n = 0, smallest = f->nbreakdown;

	for (i = 0; i < f->nbreakdown; i++)
		if (f->breakdown[i].value < min) {
			f->breakdown[i].masked = 1;
			n++;
		}
	if (n == 0)
		return;
	if (n == 1 && f->nbreakdown > 1) {
		for (i = 0; i < f->nbreakdown; i++)
			if (!f->breakdown[i].masked && (smallest ==
			    f->nbreakdown || f->breakdown[i].value <
			    f->breakdown[smallest].value))
				smallest = i;
		f->breakdown[smallest].masked = 1;
	}
	for (i = 0; i < f->nbreakdown; i++) {
		if (f->breakdown[i].masked)
			f->breakdown[i].value = 0;
		f->breakdown[i].share.set = 0;
		f->breakdown[i].share.v = 0;
	}
	f->breakdown_total = 0;
	f->masked |= MASK_BREAKDOWN;
}

void
metrics_mask_indicator(const struct indicator *ind,
    struct indicator_figures *f, decimal min)
{
	size_t	 i;

	f->secret = 1;
	for (i = 0; i < f->nyears; i++)
		if (below(f->years[i].value, min)) {
			f->years[i].value.set = 0;
			f->years[i].value.v = 0;
			f->years[i].value_masked = 1;
		}
	if (ind->baseline.set && ind->baseline.v < min) {
		f->masked |= MASK_BASELINE;
		mask_ratio(f, &f->progress, MASK_PROGRESS);
	}
	if (below(f->previous, min)) {
		f->previous.set = 0;
		f->previous.v = 0;
		f->masked |= MASK_PREVIOUS;
		mask_ratio(f, &f->evolution, MASK_EVOLUTION);
	}
	if (below(f->value, min)) {
		f->value.set = 0;
		f->value.v = 0;
		f->masked |= MASK_VALUE;
		mask_ratio(f, &f->evolution, MASK_EVOLUTION);
		mask_ratio(f, &f->attainment, MASK_ATTAINMENT);
		mask_ratio(f, &f->progress, MASK_PROGRESS);
	}
	mask_breakdown(f, min);
}
