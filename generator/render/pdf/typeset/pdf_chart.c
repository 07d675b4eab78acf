/*
 * Charts as vectors (see pdf_layout.h), from the geometry of
 * util/chart_data.h (which view/chart.c computes), so that the booklet
 * shows the site's charts: bars over the years with the target of each
 * year as a marker, and breakdown bars with the priority one named.
 * The title goes above, the description below.
 */
#include <stdio.h>
#include <string.h>

#include "pdf_layout.h"

/*
 * The charts' measures, in points unless said: the engine's, not a
 * document's, like the look of a table.
 */
static const struct {
	float	 above;		/* before a chart's title */
	float	 below;		/* after its description */
	float	 desc_gap;	/* between a chart and its description */
	float	 axis_line;	/* the axis, a line's width */
	float	 centre;	/* × the size: a baseline this far below a
				   line centres a text on it (half a cap) */
} chart_layout = {
	.above = 6, .below = 8, .desc_gap = 3, .axis_line = 0.8f,
	.centre = PDF_CAP_HEIGHT / 2,
};

/* The years chart: a plot of bars, the value axis at its left. */
static const struct years_geom {
	float	 axis_min;	/* the axis's room, at least */
	float	 tick_size;	/* × the small type: the ticks' labels */
	float	 tick_gap;	/* between a tick's label and the axis */
	float	 tick_room;	/* the same, when the axis makes room */
	float	 grid_line;	/* a tick's line across the plot */
	float	 top;		/* above the plot: the values over the bars */
	float	 plot_h;
	float	 bottom;	/* below it: the years */
	float	 max_w;		/* the plot and its axis, at most */
	float	 bar_share;	/* of its slot: a bar's width */
	float	 bar_max;	/* a bar's widest */
	float	 value_gap;	/* between a bar and its value, its year */
	float	 target_near;	/* a target this close under a bar's top
				   lifts the value over the target */
	float	 target_over;	/* a target marker past its bar, each side */
	float	 target_line;	/* its width */
	float	 legend_gap;	/* between the plot and the legends */
	float	 legend_drop;	/* the first legend's line below the top */
	float	 legend_mark;	/* a legend's marker */
	float	 legend_text;	/* a legend's text from its marker's start */
	float	 baseline_row;	/* × the small type: the baseline's legend
				   line below the first */
	float	 baseline_text;	/* × the small type: its text's baseline */
	float	 dash, dash_step;	/* the baseline's dashes */
	float	 dash_line;	/* their width */
} years_layout = {
	.axis_min = 40, .tick_size = 0.9f, .tick_gap = 4, .tick_room = 6,
	.grid_line = 0.3f,
	.top = 17, .plot_h = 110, .bottom = 30, .max_w = 330,
	.bar_share = 0.55f, .bar_max = 34, .value_gap = 3, .target_near = 2,
	.target_over = 5, .target_line = 1.6f,
	.legend_gap = 10, .legend_drop = 6, .legend_mark = 14,
	.legend_text = 18, .baseline_row = 1.6f, .baseline_text = 1.95f,
	.dash = 4, .dash_step = 7, .dash_line = 1.2f,
};

/* The breakdown bars: a label column, then a bar per row. */
static const struct bars_geom {
	float	 label_share;	/* of the frame: the label column's most */
	float	 label_lead;	/* × the small type: a label's lines */
	float	 label_gap;	/* between the labels and the bars */
	float	 row;		/* × the small type: a row of one line */
	float	 bar_h;		/* × a row: a bar's height */
	float	 bar_min;	/* of the frame: the longest bar's least */
	float	 tail_gap;	/* between a bar and its value */
	float	 priority_gap;	/* between the value and the priority's
				   label */
	float	 title_gap;	/* between the title and the first bar */
} bars_layout = {
	.label_share = 0.4f, .label_lead = 1.15f, .label_gap = 8,
	.row = 2.1f, .bar_h = 0.64f, .bar_min = 0.2f, .tail_gap = 5,
	.priority_gap = 10, .title_gap = 6,
};

/* A face, size and colour for text_at (one line: no spacing, no limit). */
#define ONE_LINE(font, size, color) PDF_TEXT_STYLE((font), (size), \
	    (color), 0, 0)

/*
 * s on one line at (x, y), aligned on x (left, right or centre), in the
 * face, size and colour of st; returns its width.
 */
static float
text_at(struct pdf_flow *fl, const char *s, const struct pdf_text_style *st,
    float x, float y, enum pdf_align align)
{
	struct pdf_op	 op;
	size_t		 len = strlen(s);
	int		 font = st->font;
	float		 size = st->size;
	uint32_t	 color = st->color;
	float		 w = (float)pdf_font_width(&fl->layout->fonts->f[font],
			    s, len, size);

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_TEXT;
	op.font = font;
	op.color = color;
	op.size = size;
	op.x = align == PDF_RIGHT ? x - w : align == PDF_CENTER ? x - w / 2 :
	    x;
	op.y = y;
	op.text = arena_strndup(fl->layout->doc->arena, s, len);
	op.len = (uint32_t)len;
	pdf_flow_op(fl, &op);
	return w;
}

static void
rect(struct pdf_flow *fl, float x, float y, float w, float h,
    uint32_t color)
{
	struct pdf_op	 op = pdf_op_rect(x, y, w, h, color);

	pdf_flow_op(fl, &op);
}

/* A line from (x, y) to (x + w, y + h). */
struct segment {
	float	 x, y, w, h;
};

static void
line(struct pdf_flow *fl, struct segment sg, float width, uint32_t color)
{
	struct pdf_op	 op;

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_LINE;
	op.color = color;
	op.x = sg.x;
	op.y = sg.y;
	op.w = sg.w;
	op.h = sg.h;
	op.size = width;
	pdf_flow_op(fl, &op);
}

static void
caption(struct pdf_flow *fl, const struct chart *c)
{
	const struct pdf_style	*st = fl->layout->style;
	size_t			 i, n0;

	pdf_flow_space(fl, chart_layout.desc_gap);
	/* The chart and its description (its text alternative) stay on
	 * one page, together. */
	if (c->desc != NULL && fl->n > 0)
		fl->boxes[fl->n - 1].keep_next = 1;
	n0 = fl->n;
	if (c->desc != NULL)
		pdf_flow_paragraph(fl, c->desc, PDF_ITALIC, st->small_size,
		    st->muted, PDF_LEFT);
	for (i = n0; i + 1 < fl->n; i++)
		fl->boxes[i].keep_next = 1;
	pdf_flow_space(fl, chart_layout.below);
}

/* The title above a chart: a paragraph, kept with the chart. */
static void
chart_title(struct pdf_flow *fl, const char *title)
{
	const struct pdf_style	*st = fl->layout->style;
	struct pdf_text		 t;
	struct pdf_block	 bl;

	pdf_flow_space(fl, chart_layout.above);
	if (title == NULL || *title == '\0')
		return;
	pdf_text_init(&t, st->body_size, PDF_LEFT);
	pdf_text_add(&t, PDF_BOLD, st->text, title, strlen(title));
	memset(&bl, 0, sizeof(bl));
	bl.anchor = -1;
	bl.keep_next = 1;
	pdf_flow_text(fl, &t, &bl);
	pdf_text_release(&t);
}

/*
 * The baseline across the plot (p: its left, top, width and height), as
 * dashes drawn as short lines, and its legend under the target's.
 */
static void
years_baseline(struct pdf_flow *fl, const struct chart *c, struct segment p)
{
	const struct years_geom	*g = &years_layout;
	const struct pdf_style	*st = fl->layout->style;
	float			 y = p.y + p.h - (float)c->baseline * p.h, x, d;

	if (!c->has_baseline)
		return;
	for (x = p.x; x < p.x + p.w; x += g->dash_step)
		line(fl, (struct segment){ x, y, x + g->dash < p.x + p.w ?
		    g->dash : p.x + p.w - x, 0 }, g->dash_line,
		    st->chart_target);
	x = p.x + p.w + g->legend_gap;
	for (d = 0; d < g->legend_mark; d += g->dash_step)
		line(fl, (struct segment){ x + d, p.y + g->legend_drop +
		    st->small_size * g->baseline_row, g->dash, 0 },
		    g->dash_line, st->chart_target);
	text_at(fl, c->baseline_label, ONE_LINE(PDF_REGULAR, st->small_size,
	    st->muted), x + g->legend_text, p.y + g->legend_drop +
	    st->small_size * g->baseline_text, PDF_LEFT);
}

void
pdf_flow_chart_years(struct pdf_flow *fl, const struct chart *c,
    const char *target_label)
{
	const struct years_geom	*g = &years_layout;
	const struct pdf_style	*st = fl->layout->style;
	float			 fs = st->small_size, axis = g->axis_min;
	float			 top = g->top, ph = g->plot_h, pw, slot, bw;
	float			 total = top + ph + g->bottom, x, y, h, w;
	float			 mid = fs * chart_layout.centre;
	size_t			 i;

	/* The axis as far right as its widest tick label needs. */
	for (i = 0; i < c->nticks; i++) {
		w = (float)pdf_font_width(&fl->layout->fonts->f[PDF_REGULAR],
		    c->ticks[i].label, strlen(c->ticks[i].label),
		    fs * g->tick_size) + g->tick_room;
		axis = w > axis ? w : axis;
	}
	pw = (fl->width < g->max_w ? fl->width : g->max_w) - axis;
	slot = pw / (float)(c->nbars > 0 ? c->nbars : 1);
	bw = slot * g->bar_share > g->bar_max ? g->bar_max :
	    slot * g->bar_share;
	chart_title(fl, c->title);
	pdf_flow_box(fl, total);
	for (i = 0; i < c->nticks; i++) {
		y = top + ph - (float)c->ticks[i].pos * ph;
		line(fl, (struct segment){ axis, y, pw, 0 }, i == 0 ?
		    chart_layout.axis_line : g->grid_line, i == 0 ? st->muted :
		    st->rule);
		text_at(fl, c->ticks[i].label, ONE_LINE(PDF_REGULAR,
		    fs * g->tick_size, st->muted), axis - g->tick_gap, y + mid,
		    PDF_RIGHT);
	}
	for (i = 0; i < c->nbars; i++) {
		const struct chart_bar	*b = &c->bars[i];

		x = axis + slot * (float)i + (slot - bw) / 2;
		h = (float)b->height * ph;
		if (!b->missing && h > 0)
			rect(fl, x, top + ph - h, bw, h, b->current ?
			    st->accent : st->chart_bar);
		/* The value above its bar and above its target marker. */
		if (b->has_target && (float)b->target * ph > h - g->target_near)
			h = (float)b->target * ph + g->value_gap;
		text_at(fl, b->value, ONE_LINE(b->current ? PDF_BOLD :
		    PDF_REGULAR, fs, st->text), x + bw / 2,
		    top + ph - h - g->value_gap, PDF_CENTER);
		text_at(fl, b->label, ONE_LINE(b->current ? PDF_BOLD :
		    PDF_REGULAR, fs, st->text), x + bw / 2,
		    top + ph + fs + g->value_gap, PDF_CENTER);
		if (b->has_target)
			line(fl, (struct segment){ x - g->target_over,
			    top + ph - (float)b->target * ph,
			    bw + 2 * g->target_over, 0 },
			    g->target_line, st->chart_target);
	}
	if (c->has_target) {
		x = axis + pw + g->legend_gap;
		line(fl, (struct segment){ x, top + g->legend_drop,
		    g->legend_mark, 0 }, g->target_line, st->chart_target);
		text_at(fl, target_label, ONE_LINE(PDF_REGULAR, fs, st->muted),
		    x + g->legend_text, top + g->legend_drop + mid, PDF_LEFT);
	}
	years_baseline(fl, c, (struct segment){ axis, top, pw, ph });
	caption(fl, c);
}

/* The bar chart's label column and rows. */
struct bars {
	struct pdf_flow	*fl;
	float		 fs;		/* text size */
	float		 row;		/* height of a row of one line */
	float		 lw;		/* width of the label column */
	float		 bx, bmax;	/* where the bars start, longest */
};

/*
 * The width of the label column: the widest label, at most 40 % of the
 * frame, so that bars keep the rest.
 */
static float
label_width(struct pdf_flow *fl, const struct chart *c, float fs)
{
	const struct bars_geom	*g = &bars_layout;
	float	 w = 0, lw;
	size_t	 i;

	for (i = 0; i < c->nbars; i++) {
		lw = (float)pdf_font_width(&fl->layout->fonts->f[
		    c->bars[i].priority ? PDF_BOLD : PDF_REGULAR],
		    c->bars[i].label, strlen(c->bars[i].label), fs);
		w = lw > w ? lw : w;
	}
	return w < fl->width * g->label_share ? w :
	    fl->width * g->label_share;
}

/*
 * The label of a bar in the label column: on one line, or two, the
 * second shortened with "…" when the label needs more. Fills lines
 * (strings in the arena) and returns how many.
 */
static size_t
label_lines(struct bars *bs, const char *label, int font,
    const char *lines[2])
{
	struct pdf_layout	*L = bs->fl->layout;
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	struct buf		 b = BUF_INIT;
	size_t			 n;

	pdf_text_init(&t, bs->fs, PDF_LEFT);
	pdf_text_add(&t, font, 0, label, strlen(label));
	pdf_text_break(L, &t, bs->lw, &ls);
	n = ls.n < 2 ? ls.n : 2;
	if (n > 0) {
		pdf_lines_string(&t, &ls, 0, &b);
		lines[0] = arena_strndup(L->doc->arena, b.data, b.len);
	}
	if (ls.n == 2) {
		buf_truncate(&b, 0);
		pdf_lines_string(&t, &ls, 1, &b);
		lines[1] = arena_strndup(L->doc->arena, b.data, b.len);
	} else if (ls.n > 2)
		lines[1] = pdf_text_ellipsis(L, font, bs->fs, label +
		    ls.tok[ls.v[1].first].off, bs->lw);
	buf_release(&b);
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	return n;
}

/* The value (and share) after a bar: "1 512 (42 %)". */
static void
bar_tail(const struct chart_bar *b, char *tail, size_t size)
{
	if (b->share != NULL)
		snprintf(tail, size, "%s (%s)", b->value, b->share);
	else
		snprintf(tail, size, "%s", b->value);
}

/*
 * The room the longest bar leaves at its right: its value and the
 * priority label, so that they end within the frame.
 */
static float
tail_width(struct pdf_flow *fl, const struct chart *c, float fs,
    const char *priority_label)
{
	const struct bars_geom	*g = &bars_layout;
	struct pdf_font	*bold = &fl->layout->fonts->f[PDF_BOLD];
	char		 tail[128];
	float		 w = 0, tw;
	size_t		 i;

	for (i = 0; i < c->nbars; i++) {
		bar_tail(&c->bars[i], tail, sizeof(tail));
		tw = (float)pdf_font_width(bold, tail, strlen(tail), fs);
		if (c->bars[i].priority && priority_label != NULL)
			tw += g->priority_gap + (float)pdf_font_width(bold,
			    priority_label,
			    strlen(priority_label), fs);
		w = tw > w ? tw : w;
	}
	return w;
}

/* One bar and its label as a box of its own, kept with the next. */
static void
bar_row(struct bars *bs, const struct chart_bar *b,
    const char *priority_label)
{
	const struct bars_geom	*g = &bars_layout;
	struct pdf_flow		*fl = bs->fl;
	const struct pdf_style	*st = fl->layout->style;
	const char		*lines[2] = { "", "" };
	char			 tail[128];
	int			 f = b->priority ? PDF_BOLD : PDF_REGULAR;
	size_t			 n = label_lines(bs, b->label, f, lines), i;
	float			 lead = bs->fs * g->label_lead;
	float			 h = bs->row + (n > 1 ? lead : 0), mid = h / 2;
	float			 base = mid + bs->fs * chart_layout.centre, w;

	pdf_flow_box(fl, h);
	pdf_flow_keep(fl);
	line(fl, (struct segment){ bs->bx, 0, 0, h }, chart_layout.axis_line,
	    st->muted);
	for (i = 0; i < n; i++)
		text_at(fl, lines[i], ONE_LINE(f, bs->fs, st->text), bs->lw,
		    base - (float)(n - 1) * lead / 2 + (float)i * lead,
		    PDF_RIGHT);
	w = (float)b->height * bs->bmax;
	if (!b->missing && w > 0)
		rect(fl, bs->bx, mid - bs->row * g->bar_h / 2, w,
		    bs->row * g->bar_h, b->priority ? st->accent :
		    st->chart_bar);
	bar_tail(b, tail, sizeof(tail));
	text_at(fl, tail, ONE_LINE(f, bs->fs, st->text),
	    bs->bx + w + g->tail_gap, base, PDF_LEFT);
	if (b->priority && priority_label != NULL)
		text_at(fl, priority_label, ONE_LINE(PDF_BOLD, bs->fs,
		    st->accent_dark), fl->width, base, PDF_RIGHT);
}

/*
 * Breakdown bars: the title as a paragraph, then one box per bar (a
 * chart taller than a page splits between bars), the labels in a column
 * as wide as they need up to 40 % of the frame, wrapped on two lines.
 */
void
pdf_flow_chart_bars(struct pdf_flow *fl, const struct chart *c,
    const char *priority_label)
{
	const struct bars_geom	*g = &bars_layout;
	const struct pdf_style	*st = fl->layout->style;
	struct bars		 bs;
	size_t			 i;

	memset(&bs, 0, sizeof(bs));
	bs.fl = fl;
	bs.fs = st->small_size;
	bs.row = bs.fs * g->row;
	bs.lw = label_width(fl, c, bs.fs);
	bs.bx = bs.lw + g->label_gap;
	bs.bmax = fl->width - bs.bx - tail_width(fl, c, bs.fs,
	    priority_label) - g->tail_gap;
	if (bs.bmax < fl->width * g->bar_min)
		bs.bmax = fl->width * g->bar_min;
	chart_title(fl, c->title);
	/* Room between the title and the first bar. */
	pdf_flow_box(fl, g->title_gap);
	pdf_flow_keep(fl);
	for (i = 0; i < c->nbars; i++)
		bar_row(&bs, &c->bars[i], priority_label);
	if (fl->n > 0)
		fl->boxes[fl->n - 1].keep_next = 0;
	caption(fl, c);
}
