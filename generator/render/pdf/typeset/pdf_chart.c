/*
 * Charts as vectors (see pdf_layout.h), from the geometry of chart.h, so
 * that the booklet shows the site's charts: bars over the years with
 * the target of each year as a marker, and breakdown bars with the
 * priority one named. The title goes above, the description below.
 */
#include <stdio.h>
#include <string.h>

#include "pdf_layout.h"

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

	pdf_flow_space(fl, 3);
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
	pdf_flow_space(fl, 8);
}

/* The title above a chart: a paragraph, kept with the chart. */
static void
chart_title(struct pdf_flow *fl, const char *title)
{
	const struct pdf_style	*st = fl->layout->style;
	struct pdf_text		 t;
	struct pdf_block	 bl;

	pdf_flow_space(fl, 6);
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
	const struct pdf_style	*st = fl->layout->style;
	float			 y = p.y + p.h - (float)c->baseline * p.h, x, d;

	if (!c->has_baseline)
		return;
	for (x = p.x; x < p.x + p.w; x += 7)
		line(fl, (struct segment){ x, y, x + 4 < p.x + p.w ? 4 :
		    p.x + p.w - x, 0 }, 1.2f, st->chart_target);
	x = p.x + p.w + 10;
	for (d = 0; d < 14; d += 7)
		line(fl, (struct segment){ x + d, p.y + 6 + st->small_size *
		    1.6f, 4, 0 }, 1.2f, st->chart_target);
	text_at(fl, c->baseline_label, ONE_LINE(PDF_REGULAR, st->small_size,
	    st->muted), x + 18, p.y + 6 + st->small_size * 1.95f, PDF_LEFT);
}

void
pdf_flow_chart_years(struct pdf_flow *fl, const struct chart *c,
    const char *target_label)
{
	const struct pdf_style	*st = fl->layout->style;
	float			 fs = st->small_size, axis = 40;
	float			 top = 17, ph = 110, pw, slot, bw, x, y, h, w;
	float			 total = top + ph + 30;
	size_t			 i;

	/* The axis as far right as its widest tick label needs. */
	for (i = 0; i < c->nticks; i++) {
		w = (float)pdf_font_width(&fl->layout->fonts->f[PDF_REGULAR],
		    c->ticks[i].label, strlen(c->ticks[i].label), fs * 0.9f) +
		    6;
		axis = w > axis ? w : axis;
	}
	pw = (fl->width < 330 ? fl->width : 330) - axis;
	slot = pw / (float)(c->nbars > 0 ? c->nbars : 1);
	bw = slot * 0.55f > 34 ? 34 : slot * 0.55f;
	chart_title(fl, c->title);
	pdf_flow_box(fl, total);
	for (i = 0; i < c->nticks; i++) {
		y = top + ph - (float)c->ticks[i].pos * ph;
		line(fl, (struct segment){ axis, y, pw, 0 }, i == 0 ? 0.8f :
		    0.3f, i == 0 ? st->muted : st->rule);
		text_at(fl, c->ticks[i].label, ONE_LINE(PDF_REGULAR, fs * 0.9f,
		    st->muted), axis - 4, y + fs * 0.35f, PDF_RIGHT);
	}
	for (i = 0; i < c->nbars; i++) {
		const struct chart_bar	*b = &c->bars[i];

		x = axis + slot * (float)i + (slot - bw) / 2;
		h = (float)b->height * ph;
		if (!b->missing && h > 0)
			rect(fl, x, top + ph - h, bw, h, b->current ?
			    st->accent : st->chart_bar);
		/* The value above its bar and above its target marker. */
		if (b->has_target && (float)b->target * ph > h - 2)
			h = (float)b->target * ph + 3;
		text_at(fl, b->value, ONE_LINE(b->current ? PDF_BOLD :
		    PDF_REGULAR, fs, st->text), x + bw / 2, top + ph - h - 3,
		    PDF_CENTER);
		text_at(fl, b->label, ONE_LINE(b->current ? PDF_BOLD :
		    PDF_REGULAR, fs, st->text), x + bw / 2, top + ph + fs + 3,
		    PDF_CENTER);
		if (b->has_target)
			line(fl, (struct segment){ x - 5, top + ph -
			    (float)b->target * ph, bw + 10, 0 }, 1.6f,
			    st->chart_target);
	}
	if (c->has_target) {
		x = axis + pw + 10;
		line(fl, (struct segment){ x, top + 6, 14, 0 }, 1.6f,
		    st->chart_target);
		text_at(fl, target_label, ONE_LINE(PDF_REGULAR, fs, st->muted),
		    x + 18, top + 6 + fs * 0.35f, PDF_LEFT);
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
	float	 w = 0, lw;
	size_t	 i;

	for (i = 0; i < c->nbars; i++) {
		lw = (float)pdf_font_width(&fl->layout->fonts->f[
		    c->bars[i].priority ? PDF_BOLD : PDF_REGULAR],
		    c->bars[i].label, strlen(c->bars[i].label), fs);
		w = lw > w ? lw : w;
	}
	return w < fl->width * 0.4f ? w : fl->width * 0.4f;
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
	struct pdf_font	*bold = &fl->layout->fonts->f[PDF_BOLD];
	char		 tail[128];
	float		 w = 0, tw;
	size_t		 i;

	for (i = 0; i < c->nbars; i++) {
		bar_tail(&c->bars[i], tail, sizeof(tail));
		tw = (float)pdf_font_width(bold, tail, strlen(tail), fs);
		if (c->bars[i].priority && priority_label != NULL)
			tw += 10 + (float)pdf_font_width(bold, priority_label,
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
	struct pdf_flow		*fl = bs->fl;
	const struct pdf_style	*st = fl->layout->style;
	const char		*lines[2] = { "", "" };
	char			 tail[128];
	int			 f = b->priority ? PDF_BOLD : PDF_REGULAR;
	size_t			 n = label_lines(bs, b->label, f, lines), i;
	float			 lead = bs->fs * 1.15f;
	float			 h = bs->row + (n > 1 ? lead : 0), mid = h / 2;
	float			 base = mid + bs->fs * 0.35f, w;

	pdf_flow_box(fl, h);
	pdf_flow_keep(fl);
	line(fl, (struct segment){ bs->bx, 0, 0, h }, 0.8f, st->muted);
	for (i = 0; i < n; i++)
		text_at(fl, lines[i], ONE_LINE(f, bs->fs, st->text), bs->lw,
		    base - (float)(n - 1) * lead / 2 + (float)i * lead,
		    PDF_RIGHT);
	w = (float)b->height * bs->bmax;
	if (!b->missing && w > 0)
		rect(fl, bs->bx, mid - bs->row * 0.32f, w, bs->row * 0.64f,
		    b->priority ? st->accent : st->chart_bar);
	bar_tail(b, tail, sizeof(tail));
	text_at(fl, tail, ONE_LINE(f, bs->fs, st->text), bs->bx + w + 5,
	    base, PDF_LEFT);
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
	const struct pdf_style	*st = fl->layout->style;
	struct bars		 bs;
	size_t			 i;

	memset(&bs, 0, sizeof(bs));
	bs.fl = fl;
	bs.fs = st->small_size;
	bs.row = bs.fs * 2.1f;
	bs.lw = label_width(fl, c, bs.fs);
	bs.bx = bs.lw + 8;
	bs.bmax = fl->width - bs.bx - tail_width(fl, c, bs.fs,
	    priority_label) - 5;
	if (bs.bmax < fl->width * 0.2f)
		bs.bmax = fl->width * 0.2f;
	chart_title(fl, c->title);
	/* Room between the title and the first bar. */
	pdf_flow_box(fl, 6);
	pdf_flow_keep(fl);
	for (i = 0; i < c->nbars; i++)
		bar_row(&bs, &c->bars[i], priority_label);
	if (fl->n > 0)
		fl->boxes[fl->n - 1].keep_next = 0;
	caption(fl, c);
}
