/*
 * The charts of an indicator, as geometry: what the site draws in SVG and
 * the PDFs draw as vectors, computed once here so that both show the same
 * chart (docs/dev/architecture.md: a figure is formatted in one place).
 *
 * Two charts per indicator:
 *   - years: one vertical bar per year that has a value or a target,
 *     with the target of each year as a marker across its bar, the
 *     indicator's baseline as a dashed line across the plot, and a
 *     scale from 0 with "nice" ticks;
 *   - breakdown: the breakdown of the report's year as horizontal bars
 *     (e.g. by place), longest = largest value, the priority one marked.
 *
 * The geometry (struct chart and its bars and ticks) is plain data in
 * util/chart_data.h, which the PDFs' engine reads without this header.
 *
 * Both read an indicator's typed facts (struct view_indicator, docs.h)
 * and the theme's labels (struct view_labels, labels.h), never the view
 * tree: a field renamed is a compile error here, not a blank chart. The
 * site's home page draws the funding tables the same way, as the
 * breakdown of an indicator made for it.
 *
 * Positions are fractions of the plot area (0 = the axis, 1 = the top of
 * the scale), so each renderer chooses its own size. Every string is
 * formatted for the report's locale and lives in the arena (or in the
 * facts' own).
 */
#ifndef CLSPD_CHART_H
#define CLSPD_CHART_H

#include <stddef.h>

#include "../util/arena.h"
#include "../util/chart_data.h"
#include "docs.h"
#include "format.h"
#include "value.h"

/*
 * The years chart of an indicator, with the theme's labels baseline and
 * target (labels.h; an empty one prints nothing). Returns 1 and fills c,
 * or 0 when there is nothing to draw (no year has a value or a target).
 */
int	 chart_years(struct arena *, const struct view_indicator *,
	    const struct view_labels *labels, enum locale, struct chart *c);

/*
 * The breakdown chart of the report's year (labels breakdown and
 * priority). A masked share is left out; another share is said in the
 * text alternative. Returns 1 and fills c, or 0 when the indicator has
 * no breakdown for that year.
 */
int	 chart_breakdown(struct arena *, const struct view_indicator *,
	    const struct view_labels *labels, enum locale, struct chart *c);

#endif
