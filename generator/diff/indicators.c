/*
 * The indicators compared (compare.h): added, removed, their values and
 * targets per year, their target.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "compare.h"
#include "diff.h"

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
	qsort(v, n, sizeof(*v), diff_int_cmp);
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
		c = diff_value_change(d, DIFF_INDICATORS, "indicator", b->id,
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

void
diff_indicators(struct diff *d, const struct model *from,
    const struct model *to)
{
	static const struct year_nums	 none;
	const struct indicator		*a, *b;
	struct diff_change		*c;
	size_t				 i;

	for (i = 0; i < to->nindicators; i++) {
		b = &to->indicators[i];
		if ((a = diff_indicator_find(from, b->id)) == NULL) {
			c = diff_change_new(d, DIFF_INDICATORS, DIFF_ADDED,
			    "indicator", b->id);
			c->title = b->label.s;
		}
		diff_year_map(d, b, "values", a != NULL ? &a->values : &none,
		    &b->values);
		diff_year_map(d, b, "targets", a != NULL ? &a->targets : &none,
		    &b->targets);
		if ((c = diff_value_change(d, DIFF_INDICATORS, "indicator",
		    b->id, a != NULL ? &a->target : NULL, &b->target)) !=
		    NULL) {
			c->field = "target";
			c->unit = b->unit.s;
		}
	}
	for (i = 0; i < from->nindicators; i++)
		if (diff_indicator_find(to, from->indicators[i].id) == NULL) {
			c = diff_change_new(d, DIFF_INDICATORS, DIFF_REMOVED,
			    "indicator", from->indicators[i].id);
			c->title = from->indicators[i].label.s;
		}
}
