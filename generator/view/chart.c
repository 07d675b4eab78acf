/*
 * The charts' geometry (see chart.h), from an indicator's typed facts
 * (docs.h): a figure's number gives the height, its text the label, so
 * that a chart says what the tables say.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../util/buf.h"
#include "chart.h"

/* A figure's number: 1 and *out, or 0 when it has none (missing, hidden). */
static int
number(const struct view_figure *f, double *out)
{
	if (f->raw == VIEW_RAW_NULL)
		return 0;
	*out = view_figure_number(f);
	return 1;
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
years_baseline(struct arena *a, const struct view_indicator *ind,
    const struct view_labels *labels, enum locale loc, struct chart *c,
    struct buf *b)
{
	double	 v;

	if (ind->baseline_year == 0 || !number(&ind->baseline, &v) ||
	    ind->baseline.text == NULL)
		return;
	c->has_baseline = 1;
	c->baseline = v;
	buf_printf(b, "%s %d%s%s", labels->baseline,
	    ind->baseline_year, loc == LOCALE_FR ? "\xC2\xA0: " : ": ",
	    ind->baseline.text);
	c->baseline_label = dup_buf(a, b);
}

/* "Label (unit)". */
static const char *
title(struct arena *a, const struct view_indicator *ind, struct buf *b)
{
	buf_puts(b, ind->label != NULL ? ind->label : "");
	if (ind->unit != NULL)
		buf_printf(b, " (%s)", ind->unit);
	return dup_buf(a, b);
}

/* " : " in French (no-break space before the colon), ": " in English. */
static const char *
colon(enum locale loc)
{
	return loc == LOCALE_FR ? "\xC2\xA0: " : ": ";
}

/* A bar of the years chart; *max and *whole follow its figures. */
static void
year_bar(struct arena *a, const struct view_indicator_year *y,
    struct chart_bar *bar, double *max, int *whole)
{
	char	 num[16];
	double	 v;

	memset(bar, 0, sizeof(*bar));
	snprintf(num, sizeof(num), "%d", y->year);
	bar->label = arena_strdup(a, num);
	bar->value = y->value.text;
	bar->current = y->current;
	if (number(&y->value, &v)) {
		bar->height = v;
		*max = v > *max ? v : *max;
		*whole &= v == floor(v);
	} else
		bar->missing = 1;
	if (number(&y->target, &v)) {
		*whole &= v == floor(v);
		bar->has_target = 1;
		bar->target = v;
		bar->target_text = y->target.text;
		*max = v > *max ? v : *max;
	}
}

int
chart_years(struct arena *a, const struct view_indicator *ind,
    const struct view_labels *labels, enum locale loc, struct chart *c)
{
	struct buf	 b = BUF_INIT;
	double		 max = 0;
	size_t		 i;
	int		 whole = 1;

	memset(c, 0, sizeof(*c));
	if (ind->nyears == 0)
		return 0;
	c->bars = arena_alloc(a, ind->nyears * sizeof(*c->bars));
	c->title = title(a, ind, &b);
	for (i = 0; i < ind->nyears; i++) {
		year_bar(a, &ind->years[i], &c->bars[c->nbars++], &max,
		    &whole);
		c->has_target |= c->bars[i].has_target;
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
			buf_printf(&b, " (%s %s)", labels->target,
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
chart_breakdown(struct arena *a, const struct view_indicator *ind,
    const struct view_labels *labels, enum locale loc, struct chart *c)
{
	const struct view_breakdown_row	*e;
	struct buf			 b = BUF_INIT;
	double				 max = 0, v;
	size_t				 i;
	int				 whole = 1;

	memset(c, 0, sizeof(*c));
	if (ind->nbreakdown == 0)
		return 0;
	c->bars = arena_alloc(a, ind->nbreakdown * sizeof(*c->bars));
	buf_printf(&b, "%s%s", labels->breakdown, colon(loc));
	buf_puts(&b, ind->label != NULL ? ind->label : "");
	c->title = dup_buf(a, &b);
	for (i = 0; i < ind->nbreakdown; i++) {
		struct chart_bar	*bar = &c->bars[c->nbars++];

		e = &ind->breakdown[i];
		memset(bar, 0, sizeof(*bar));
		bar->label = e->label;
		bar->value = e->value.text;
		/* A share hidden by statistical secrecy is left out. */
		bar->share = e->share.masked ? NULL : e->share.text;
		bar->priority = e->priority;
		if (number(&e->value, &v)) {
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
		if (!ind->breakdown[i].share.masked)
			buf_printf(&b, " (%s)", c->bars[i].share != NULL ?
			    c->bars[i].share : FORMAT_NULL);
	}
	for (i = 0; i < c->nbars; i++)
		if (c->bars[i].priority)
			buf_printf(&b, ". %s%s%s", labels->priority,
			    colon(loc), c->bars[i].label);
	buf_putc(&b, '.');
	c->desc = dup_buf(a, &b);
	buf_release(&b);
	return 1;
}
