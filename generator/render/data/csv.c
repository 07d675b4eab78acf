/*
 * data/indicators.csv: RFC 4180 (CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break), UTF-8, one row per indicator and
 * per year that has a value or a target, indicators in their order, years
 * ascending.
 */
#include <stdlib.h>
#include <string.h>

#include "../../util/alloc.h"
#include "../../util/sort.h"
#include "../../util/escape.h"
#include "data.h"

static int
int_cmp(const void *a, const void *b)
{
	int	 x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

/* The target of ind for year: the map's entry, or the number for Y. */
static const struct num *
csv_target(const struct indicator *ind, int year, int y)
{
	const struct year_num	*t;

	if (ind->target.set)
		return year == y ? &ind->target : NULL;
	t = model_year_find(&ind->targets, year);
	return t != NULL ? &t->value : NULL;
}

/* The four digits of a year (2000 to 2100, checked at load). */
static const char *
year_text(int year, char *out)
{
	out[0] = (char)('0' + year / 1000 % 10);
	out[1] = (char)('0' + year / 100 % 10);
	out[2] = (char)('0' + year / 10 % 10);
	out[3] = (char)('0' + year % 10);
	out[4] = '\0';
	return out;
}

static void
csv_field(struct buf *b, const char *s)
{
	if (s != NULL)
		escape_csv(b, s, strlen(s));
}

static void
csv_indicator(struct buf *b, const struct model *m, const struct indicator *ind)
{
	int		*years;
	size_t		 n = 0, i;
	const struct num *t;
	const struct year_num *v;
	const char	*thematic = NULL;
	char		 num[32];

	years = xcalloc(ind->values.n + ind->targets.n + 1, sizeof(*years));
	for (i = 0; i < ind->values.n; i++)
		years[n++] = ind->values.v[i].year;
	for (i = 0; i < ind->targets.n; i++)
		if (model_year_find(&ind->values, ind->targets.v[i].year) == NULL)
			years[n++] = ind->targets.v[i].year;
	if (ind->target.set &&
	    model_year_find(&ind->values, m->council.y) == NULL)
		years[n++] = m->council.y;
	sort_array(years, n, sizeof(*years), int_cmp);
	if (ind->action.ok)
		thematic = m->actions[ind->action.index].thematic.id.s;
	for (i = 0; i < n; i++) {
		csv_field(b, ind->id);
		buf_putc(b, ',');
		csv_field(b, ind->action.id.s);
		buf_putc(b, ',');
		csv_field(b, thematic);
		buf_putc(b, ',');
		csv_field(b, ind->label.s);
		buf_putc(b, ',');
		csv_field(b, ind->unit.s);
		buf_putc(b, ',');
		buf_puts(b, model_direction_name(ind->direction));
		buf_putc(b, ',');
		buf_put(b, year_text(years[i], num), 4);
		buf_putc(b, ',');
		if ((v = model_year_find(&ind->values, years[i])) != NULL)
			buf_puts(b, decimal_format(v->value.v, num));
		buf_putc(b, ',');
		if ((t = csv_target(ind, years[i], m->council.y)) != NULL)
			buf_puts(b, decimal_format(t->v, num));
		buf_puts(b, "\r\n");
	}
	free(years);
}

void
data_csv_write(struct sink *sink, struct buf *b, const struct model *m)
{
	size_t	 i;

	buf_puts(b, "indicator,action,thematic,label,unit,direction,year,"
	    "value,target\r\n");
	for (i = 0; i < m->nindicators; i++) {
		csv_indicator(b, m, &m->indicators[i]);
		if (sink != NULL && b->len >= (1u << 20))
			sink_flush(sink, b);
	}
}
