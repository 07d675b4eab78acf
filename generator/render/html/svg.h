/*
 * Charts of the site as inline SVG, drawn from the geometry of chart.h
 * (the same charts as the PDFs). Each chart is an image for assistive
 * technologies: role="img", a <title> and a <desc> that tells every
 * figure (chart.h writes it), referenced by aria-labelledby and
 * aria-describedby. Colours come from the theme's CSS (classes), with
 * fallbacks in the SVG, and nothing is told by colour alone: values are
 * written on the bars, targets are a dark rule with a halo, the priority
 * bar is hatched and named.
 */
#ifndef CLSPD_RENDER_HTML_SVG_H
#define CLSPD_RENDER_HTML_SVG_H

#include "../../util/buf.h"
#include "../../view/chart.h"

/* Labels the charts print besides the chart's own strings. */
struct svg_labels {
	const char	*value;		/* legend of the bars: "Valeur" */
	const char	*target;	/* legend of the markers: "Cible" */
	const char	*priority;	/* mark of the priority bar */
};

/*
 * Appends the years chart (vertical bars, target markers) to out. id is
 * unique in the page and made of [a-z0-9-] (ids of content are).
 */
void	 svg_chart_years(struct buf *out, const struct chart *,
	    const struct svg_labels *, const char *id);

/* Appends a breakdown chart (horizontal bars, the priority hatched). */
void	 svg_chart_breakdown(struct buf *out, const struct chart *,
	    const struct svg_labels *, const char *id);

#endif
