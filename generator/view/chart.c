/*
 * The charts' geometry (see chart.h), from the figures of the view tree:
 * the raw numbers ("value_raw") give the heights, the formatted ones
 * ("value") the labels, so that a chart says what the tables say.
 */
#include <math.h>
#include <string.h>

#include "../util/buf.h"
#include "chart.h"

static const char *
str(const struct value *map, const char *key)
{
	const struct value	*v = value_get(map, key);

	return v != NULL && v->type == VALUE_STRING ? v->u.str.s : NULL;
}

/* A raw figure: 1 and *out for a number, 0 for null or absent. */
static int
raw(const struct value *map, const char *key, double *out)
{
	const struct value	*v = value_get(map, key);

	if (v == NULL)
		return 0;
	if (v->type == VALUE_DECIMAL) {
		*out = decimal_to_double(v->u.dec);
		return 1;
	}
	if (v->type == VALUE_DOUBLE) {
		*out = v->u.number;
		return 1;
	}
	return 0;
}

static const char *
label(const struct value *labels, const char *key)
{
	const char	*s = str(labels, key);

	return s != NULL ? s : key;
}

static const char *
dup_buf(struct arena *a, struct buf *b)
{
	const char	*s = arena_strdup(a, buf_cstr(b));

	buf_truncate(b, 0);
	return s;
}

/*
 * The top of a scale from 0 that holds max, with ticks at a "nice" step
 * (1, 2, 2.5 or 5 times a power of ten) and at most 6 intervals. For
 * counts (whole numbers only), no step of 2.5 or below 1: a scale of
 * people or meetings reads 0, 5, 10, not 0, 2.5, 5.
 */
static double
nice_scale(double max, int whole, double *step)
{
	static const double	 mult[] = { 1, 2, 2.5, 5, 10 };
	double			 p, s = 1;
	size_t			 i;

	if (!(max > 0))
		max = 1;
	p = pow(10, floor(log10(max / 5)));
	for (i = 0; i < sizeof(mult) / sizeof(mult[0]); i++) {
		s = mult[i] * p;
		if (whole && (s < 1 || (mult[i] == 2.5 && p < 10)))
			continue;
		if (max / s <= 5.0000001)
			break;
	}
	*step = s;
	return ceil(max / s - 1e-9) * s;
}

static void
ticks(struct arena *a, struct chart *c, double max, int whole,
    enum locale loc, struct buf *b)
{
	double		 step, top = nice_scale(max, whole, &step), t;
	size_t		 i;

	for (i = 0; i < CHART_MAX_TICKS; i++) {
		t = step * (double)i;
		if (t > top * (1 + 1e-9))
			break;
		c->ticks[i].pos = t / top;
		format_number(b, (decimal)llround(t * DECIMAL_SCALE), loc);
		c->ticks[i].label = dup_buf(a, b);
	}
	c->nticks = i;
	for (i = 0; i < c->nbars; i++) {
		c->bars[i].height = c->bars[i].missing ? 0 :
		    c->bars[i].height / top;
		if (c->bars[i].has_target)
			c->bars[i].target /= top;
	}
	c->baseline /= top;
}

/*
 * The indicator's baseline (its year and value), unless it has none or
 * it is masked: "Référence 2023 : 142" and its value (raw, scaled by
 * ticks) into c.
 */
static void
years_baseline(struct arena *a, const struct value *ind,
    const struct value *labels, enum locale loc, struct chart *c,
    struct buf *b)
{
	const struct value	*y = value_get(ind, "baseline_year");
	char			 num[32];
	double			 v;

	if (y == NULL || y->type != VALUE_DECIMAL ||
	    !raw(ind, "baseline_raw", &v) || str(ind, "baseline") == NULL)
		return;
	c->has_baseline = 1;
	c->baseline = v;
	buf_printf(b, "%s %s%s%s", label(labels, "baseline"),
	    decimal_format(y->u.dec, num), loc == LOCALE_FR ? "\xC2\xA0: " :
	    ": ", str(ind, "baseline"));
	c->baseline_label = dup_buf(a, b);
}

/* "Label (unit)". */
static const char *
title(struct arena *a, const struct value *ind, struct buf *b)
{
	const char	*unit = str(ind, "unit");

	buf_puts(b, str(ind, "label") != NULL ? str(ind, "label") : "");
	if (unit != NULL)
		buf_printf(b, " (%s)", unit);
	return dup_buf(a, b);
}

/* " : " in French (no-break space before the colon), ": " in English. */
static const char *
colon(enum locale loc)
{
	return loc == LOCALE_FR ? "\xC2\xA0: " : ": ";
}

int
chart_years(struct arena *a, const struct value *ind,
    const struct value *labels, enum locale loc, struct chart *c)
{
	const struct value	*years = value_get(ind, "years"), *y;
	struct buf		 b = BUF_INIT;
	double			 max = 0, v;
	char			 num[32];
	size_t			 i;
	int			 whole = 1;

	memset(c, 0, sizeof(*c));
	if (years == NULL || years->type != VALUE_LIST || years->u.list.n == 0)
		return 0;
	c->bars = arena_alloc(a, years->u.list.n * sizeof(*c->bars));
	c->title = title(a, ind, &b);
	for (i = 0; i < years->u.list.n; i++) {
		struct chart_bar	*bar = &c->bars[c->nbars++];
		const struct value	*cur;

		y = years->u.list.v[i];
		memset(bar, 0, sizeof(*bar));
		bar->label = arena_strdup(a, decimal_format(
		    value_get(y, "year")->u.dec, num));
		bar->value = str(y, "value");
		cur = value_get(y, "current");
		bar->current = cur != NULL && cur->type == VALUE_BOOL &&
		    cur->u.boolean;
		if (raw(y, "value_raw", &v)) {
			bar->height = v;
			max = v > max ? v : max;
			whole &= v == floor(v);
		} else
			bar->missing = 1;
		if (raw(y, "target_raw", &v)) {
			whole &= v == floor(v);
			bar->has_target = 1;
			bar->target = v;
			bar->target_text = str(y, "target");
			c->has_target = 1;
			max = v > max ? v : max;
		}
	}
	years_baseline(a, ind, labels, loc, c, &b);
	if (c->has_baseline) {
		max = c->baseline > max ? c->baseline : max;
		whole &= c->baseline == floor(c->baseline);
	}
	ticks(a, c, max, whole, loc, &b);

	/* The text alternative: every bar, its value and its target. */
	buf_printf(&b, "%s%s", c->title, colon(loc));
	for (i = 0; i < c->nbars; i++) {
		buf_printf(&b, "%s%s%s%s", i > 0 ? (loc == LOCALE_FR ?
		    "\xE2\x80\xAF; " : "; ") : "", c->bars[i].label,
		    colon(loc), c->bars[i].value);
		if (c->bars[i].has_target)
			buf_printf(&b, " (%s %s)", label(labels, "target"),
			    c->bars[i].target_text);
	}
	if (c->has_baseline)
		buf_printf(&b, "%s%s", loc == LOCALE_FR ? "\xE2\x80\xAF; " :
		    "; ", c->baseline_label);
	buf_putc(&b, '.');
	c->desc = dup_buf(a, &b);
	buf_release(&b);
	return 1;
}

int
chart_breakdown(struct arena *a, const struct value *ind,
    const struct value *labels, enum locale loc, struct chart *c)
{
	const struct value	*list = value_get(ind, "breakdown"), *e, *p;
	struct buf		 b = BUF_INIT;
	double			 max = 0, v;
	size_t			 i;
	int			 whole = 1;

	memset(c, 0, sizeof(*c));
	if (list == NULL || list->type != VALUE_LIST || list->u.list.n == 0)
		return 0;
	c->bars = arena_alloc(a, list->u.list.n * sizeof(*c->bars));
	buf_printf(&b, "%s%s", label(labels, "breakdown"), colon(loc));
	buf_puts(&b, str(ind, "label") != NULL ? str(ind, "label") : "");
	c->title = dup_buf(a, &b);
	for (i = 0; i < list->u.list.n; i++) {
		struct chart_bar	*bar = &c->bars[c->nbars++];

		e = list->u.list.v[i];
		memset(bar, 0, sizeof(*bar));
		bar->label = str(e, "label");
		bar->value = str(e, "value");
		bar->share = str(e, "share");
		/* A share hidden by statistical secrecy is left out. */
		p = value_get(e, "share_masked");
		if (p != NULL && p->type == VALUE_BOOL && p->u.boolean)
			bar->share = NULL;
		p = value_get(e, "priority");
		bar->priority = p != NULL && p->type == VALUE_BOOL &&
		    p->u.boolean;
		if (raw(e, "value_raw", &v)) {
			bar->height = v;
			max = v > max ? v : max;
			whole &= v == floor(v);
		} else
			bar->missing = 1;
	}
	ticks(a, c, max, whole, loc, &b);

	buf_printf(&b, "%s%s", c->title, colon(loc));
	for (i = 0; i < c->nbars; i++) {
		buf_printf(&b, "%s%s%s%s", i > 0 ? (loc == LOCALE_FR ?
		    "\xE2\x80\xAF; " : "; ") : "", c->bars[i].label,
		    colon(loc), c->bars[i].value);
		if (c->bars[i].share != NULL || value_get(list->u.list.v[i],
		    "share_masked") == NULL)
			buf_printf(&b, " (%s)", c->bars[i].share != NULL ?
			    c->bars[i].share : FORMAT_NULL);
	}
	for (i = 0; i < c->nbars; i++)
		if (c->bars[i].priority)
			buf_printf(&b, ". %s%s%s", label(labels, "priority"),
			    colon(loc), c->bars[i].label);
	buf_putc(&b, '.');
	c->desc = dup_buf(a, &b);
	buf_release(&b);
	return 1;
}
