/*
 * A chart as geometry, plain data: what view/chart.c computes from an
 * indicator's facts and the renderers draw (the site in SVG, the PDFs as
 * vectors). It lives down here, with no function, so that the PDFs'
 * typesetting engine draws a chart without knowing the view that made
 * it (docs/dev/architecture.md).
 *
 * Positions are fractions of the plot area (0 = the axis, 1 = the top of
 * the scale), so each renderer chooses its own size; strings are already
 * formatted, and live with whoever made the chart.
 */
#ifndef CLSPD_UTIL_CHART_DATA_H
#define CLSPD_UTIL_CHART_DATA_H

#include <stddef.h>

#define CHART_MAX_TICKS 8

struct chart_bar {
	const char	*label;		/* "2024", or a breakdown label */
	const char	*value;		/* "1 512", or "—" when missing */
	const char	*share;		/* breakdown: "42 %"; else NULL */
	double		 height;	/* 0..1 of the scale; 0 when missing */
	int		 missing;	/* no value for that bar */
	int		 current;	/* the report's year */
	int		 priority;	/* breakdown: the priority label */
	int		 has_target;
	double		 target;	/* 0..1 of the scale */
	const char	*target_text;	/* "50", when has_target */
};

struct chart_tick {
	double		 pos;		/* 0..1 of the scale */
	const char	*label;		/* "0", "250", "1 000" */
};

struct chart {
	const char	*title;		/* the indicator's label (unit) */
	const char	*desc;		/* the chart in one or two sentences */
	struct chart_bar *bars;
	size_t		 nbars;
	struct chart_tick ticks[CHART_MAX_TICKS];
	size_t		 nticks;
	int		 has_target;	/* some bar has a target */
	int		 has_baseline;	/* years: the indicator has one */
	double		 baseline;	/* 0..1 of the scale */
	const char	*baseline_label; /* "Référence 2023 : 142" */
};

#endif
