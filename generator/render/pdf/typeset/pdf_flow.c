/*
 * Boxes and pages (see pdf_layout.h). The flow is a list of boxes, each
 * with its drawing relative to its top-left corner; pagination stacks
 * them into the text frame of each page. A box that must stay with the
 * next one (a heading, the first line of a paragraph, a table header)
 * makes a chain that moves to the next page whole when it does not fit.
 */
#include <stdlib.h>
#include <string.h>

#include "../../../util/alloc.h"
#include "pdf_layout.h"

/* Between a list's marker and its text, in points. */
#define MARKER_GAP	5

/* Around a heading, × its size (a level 1 heading mostly opens a page). */
static const struct {
	float	 above_first;	/* above a level 1 heading */
	float	 above;		/* above the others */
	float	 below;
} heading_space = { .above_first = 0.6f, .above = 1.1f, .below = 0.35f };

void
pdf_style_theme(struct pdf_style *st, const struct pdf_theme *t)
{
	st->text = t->colour[PDF_TEXT];
	st->muted = t->colour[PDF_MUTED];
	st->accent = t->colour[PDF_ACCENT];
	st->accent_dark = t->colour[PDF_ACCENT_DARK];
	st->accent_light = t->colour[PDF_ACCENT_LIGHT];
	st->on_accent = t->colour[PDF_ON_ACCENT];
	st->rule = t->colour[PDF_RULE];
	st->fill = t->colour[PDF_FILL];
	st->chart_bar = t->colour[PDF_CHART_BAR];
	st->chart_target = t->colour[PDF_CHART_TARGET];
}

void
pdf_flow_init(struct pdf_flow *fl, struct pdf_layout *L)
{
	memset(fl, 0, sizeof(*fl));
	fl->layout = L;
	fl->width = L->style->width - L->style->margin_left -
	    L->style->margin_right;
	fl->section = -1;
}

void
pdf_flow_release(struct pdf_flow *fl)
{
	if (fl == NULL)
		return;
	free(fl->boxes);
	pdf_page_release(&fl->ops);
	memset(fl, 0, sizeof(*fl));
}

void
pdf_flow_space(struct pdf_flow *fl, float s)
{
	if (s > fl->space)
		fl->space = s;
}

void
pdf_flow_page_break(struct pdf_flow *fl)
{
	fl->new_page = 1;
}

void
pdf_flow_need(struct pdf_flow *fl, float h)
{
	if (h > fl->need)
		fl->need = h;
}

size_t
pdf_flow_box(struct pdf_flow *fl, float h)
{
	struct pdf_box	*b;

	if (fl->n == fl->cap) {
		fl->cap = fl->cap ? fl->cap * 2 : 256;
		fl->boxes = xreallocarray(fl->boxes, fl->cap,
		    sizeof(*fl->boxes));
	}
	b = &fl->boxes[fl->n];
	memset(b, 0, sizeof(*b));
	b->height = h;
	b->space_before = fl->space;
	b->first_op = (uint32_t)fl->ops.n;
	b->header = -1;
	b->section = fl->section;
	b->new_page = fl->new_page != 0;
	b->need = fl->need;
	fl->space = 0;
	fl->need = 0;
	fl->section = -1;
	fl->new_page = 0;
	return fl->n++;
}

struct pdf_op *
pdf_flow_op(struct pdf_flow *fl, const struct pdf_op *op)
{
	fl->boxes[fl->n - 1].nops++;
	return pdf_page_push(&fl->ops, op);
}

void
pdf_flow_keep(struct pdf_flow *fl)
{
	if (fl->n > 0)
		fl->boxes[fl->n - 1].keep_next = 1;
}

/* The bars of a block quote (or code) in the box being laid out. */
static void
draw_bars(struct pdf_flow *fl, const float *bars, size_t n, float h)
{
	struct pdf_op	 op;
	size_t		 i;

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_RECT;
	op.color = fl->layout->style->accent;
	op.w = 2;
	op.h = h;
	for (i = 0; i < n; i++) {
		op.x = bars[i];
		pdf_flow_op(fl, &op);
	}
}

void
pdf_flow_bars_space(struct pdf_flow *fl, const float *bars, size_t n)
{
	float	 h = fl->space;

	if (h <= 0 || n == 0)
		return;
	fl->space = 0;
	pdf_flow_box(fl, h);
	fl->boxes[fl->n - 1].spacer = 1;
	draw_bars(fl, bars, n, h);
}

/* A line's baseline below its top, the cap height centred in it. */
static float
baseline(float line_height, float size)
{
	return (line_height + size * PDF_CAP_HEIGHT) / 2;
}

static void
draw_marker(struct pdf_flow *fl, const struct pdf_text *t,
    const struct pdf_block *bl, float base)
{
	struct pdf_op	 op;
	struct pdf_font	*f = &fl->layout->fonts->f[bl->marker_font];
	size_t		 len = strlen(bl->marker);

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_TEXT;
	op.font = bl->marker_font;
	op.color = bl->marker_color;
	op.size = t->size;
	op.x = bl->indent - MARKER_GAP - (float)pdf_font_width(f, bl->marker,
	    len, t->size);
	op.y = base;
	op.text = arena_strndup(fl->layout->doc->arena, bl->marker, len);
	op.len = (uint32_t)len;
	pdf_flow_op(fl, &op);
}

void
pdf_flow_text(struct pdf_flow *fl, const struct pdf_text *t,
    const struct pdf_block *bl)
{
	struct pdf_layout	*L = fl->layout;
	struct pdf_lines	 ls;
	float			 w = fl->width - bl->indent - bl->indent_right;
	float			 lh = t->size * L->style->leading;
	float			 base = baseline(lh, t->size);
	struct pdf_op		 op;
	size_t			 i;

	pdf_text_break(L, t, w, &ls);
	for (i = 0; i < ls.n; i++) {
		pdf_flow_box(fl, lh);
		if (i == 0 && bl->anchor >= 0) {
			memset(&op, 0, sizeof(op));
			op.kind = PDF_OP_ANCHOR;
			op.anchor = bl->anchor;
			pdf_flow_op(fl, &op);
		}
		if (i == 0 && bl->marker != NULL)
			draw_marker(fl, t, bl, base);
		draw_bars(fl, bl->bars, bl->nbars, lh);
		pdf_text_draw_line(L, t, &ls, i, PDF_AT(bl->indent, base, w),
		    &fl->ops);
		fl->boxes[fl->n - 1].nops = (uint32_t)(fl->ops.n -
		    fl->boxes[fl->n - 1].first_op);
		/*
		 * No orphan (after the first), no widow (before the last),
		 * no word hyphenated across two pages.
		 */
		if (bl->keep_next || (i == 0 && ls.n > 1) ||
		    (i + 2 == ls.n) || (i + 1 < ls.n &&
		    ls.tok[ls.v[i].last].hyphen))
			pdf_flow_keep(fl);
	}
	pdf_lines_release(&ls);
}

void
pdf_flow_heading(struct pdf_flow *fl, int level, const char *text,
    int anchor, int section)
{
	const struct pdf_style	*st = fl->layout->style;
	struct pdf_text		 t;
	struct pdf_block	 bl;
	int			 l = level < 1 ? 0 : level > PDF_HEADING_LEVELS ?
				    PDF_HEADING_LEVELS - 1 : level - 1;

	pdf_text_init(&t, st->heading_size[l], PDF_LEFT);
	t.no_hyphens = 1;
	pdf_text_add(&t, st->heading_face[l], l < 2 ? st->accent_dark :
	    st->text, text, strlen(text));
	memset(&bl, 0, sizeof(bl));
	bl.keep_next = 1;
	bl.anchor = anchor;
	pdf_flow_space(fl, st->heading_size[l] * (l == 0 ?
	    heading_space.above_first : heading_space.above));
	if (section >= 0)
		fl->section = section;
	pdf_flow_text(fl, &t, &bl);
	pdf_flow_space(fl, st->heading_size[l] * heading_space.below);
	pdf_text_release(&t);
}

void
pdf_flow_paragraph(struct pdf_flow *fl, const char *text, int font,
    float size, uint32_t color, enum pdf_align align)
{
	struct pdf_text		 t;
	struct pdf_block	 bl;

	pdf_text_init(&t, size, align);
	pdf_text_add(&t, font, color, text, strlen(text));
	memset(&bl, 0, sizeof(bl));
	bl.anchor = -1;
	pdf_flow_text(fl, &t, &bl);
	pdf_flow_space(fl, fl->layout->style->paragraph_space);
	pdf_text_release(&t);
}

/* Pagination state. */
struct pager {
	struct pdf_flow	*fl;
	struct pdf_doc	*doc;
	struct pdf_page	*page;
	size_t		 page_index;
	float		 y;		/* used height of the frame */
	float		 frame_h;
	int		 section;
	size_t		 added;
};

static void
place(struct pager *pg, size_t k, int at_top);

static void
new_page(struct pager *pg, size_t next)
{
	const struct pdf_box	*b = &pg->fl->boxes[next];

	pg->page = pdf_doc_add_page(pg->doc);
	pg->page_index = pg->doc->npages - 1;
	pg->page->section = b->section >= 0 ? b->section : pg->section;
	pg->y = 0;
	pg->added++;
	/* A table row that starts a page gets its header again. */
	if (b->header >= 0 && !b->is_header)
		place(pg, (size_t)b->header, 1);
}

static void
place(struct pager *pg, size_t k, int at_top)
{
	const struct pdf_style	*st = pg->fl->layout->style;
	const struct pdf_box	*b = &pg->fl->boxes[k];
	float			 top;
	size_t			 i;

	if (b->spacer && pg->y == 0)
		return;
	if (pg->y > 0)
		pg->y += b->space_before;
	top = st->margin_top + pg->y;
	for (i = 0; i < b->nops; i++) {
		struct pdf_op	*op = pdf_page_push(pg->page,
		    &pg->fl->ops.ops[b->first_op + i]);

		op->x += st->margin_left;
		op->y += top;
		if (op->kind == PDF_OP_ANCHOR) {
			pg->doc->anchors[op->anchor].page =
			    (int)pg->page_index;
			pg->doc->anchors[op->anchor].y = op->y;
		}
	}
	if (b->section >= 0) {
		pg->section = b->section;
		if (at_top || pg->y == 0)
			pg->page->section = b->section;
	}
	pg->y += b->height;
}

/* The height of boxes i..j placed from the current position. */
static float
chain_height(const struct pager *pg, size_t i, size_t j)
{
	float	 h = 0;
	size_t	 k;

	for (k = i; k <= j; k++)
		h += pg->fl->boxes[k].height + ((k > i || pg->y > 0) ?
		    pg->fl->boxes[k].space_before : 0);
	return h;
}

/*
 * The room each box needs (pdf_flow_need), into need[]: no more than the
 * height of its group, the boxes up to the next one that needs room or
 * starts a page (a one-line chapter does not need a third of a page).
 */
static void
needs(const struct pdf_flow *fl, float *need)
{
	size_t	 i, k;
	float	 h;

	for (i = 0; i < fl->n; i++) {
		need[i] = 0;
		if (fl->boxes[i].need <= 0)
			continue;
		h = fl->boxes[i].height;
		for (k = i + 1; k < fl->n && h < fl->boxes[i].need &&
		    fl->boxes[k].need <= 0 && !fl->boxes[k].new_page; k++)
			h += fl->boxes[k].space_before + fl->boxes[k].height;
		need[i] = h < fl->boxes[i].need ? h : fl->boxes[i].need;
	}
}

/*
 * Whether the chain i..j fits from the current position: its height,
 * and for each box that needs room, the chain above it and that room.
 */
static int
chain_fits(const struct pager *pg, size_t i, size_t j, const float *need)
{
	size_t	 k;

	if (pg->y + chain_height(pg, i, j) > pg->frame_h + PDF_SLACK)
		return 0;
	for (k = i; k <= j; k++)
		if (need[k] > 0 && pg->y + chain_height(pg, i, k) -
		    pg->fl->boxes[k].height + need[k] > pg->frame_h + PDF_SLACK)
			return 0;
	return 1;
}

size_t
pdf_flow_paginate(struct pdf_flow *fl, struct pdf_doc *doc)
{
	const struct pdf_style	*st = fl->layout->style;
	struct pager		 pg;
	float			*need;
	size_t			 i = 0, j, k;

	memset(&pg, 0, sizeof(pg));
	pg.fl = fl;
	pg.doc = doc;
	pg.frame_h = doc->height - st->margin_top - st->margin_bottom;
	pg.section = -1;
	need = xreallocarray(NULL, fl->n ? fl->n : 1, sizeof(*need));
	needs(fl, need);
	while (i < fl->n) {
		for (j = i; j + 1 < fl->n && fl->boxes[j].keep_next; j++)
			;
		if (pg.page == NULL || (fl->boxes[i].new_page && pg.y > 0) ||
		    (pg.y > 0 && !chain_fits(&pg, i, j, need)))
			new_page(&pg, i);
		/* A chain longer than a page: box by box. */
		for (k = i; k <= j; k++) {
			if (pg.y > 0 && !chain_fits(&pg, k, k, need))
				new_page(&pg, k);
			place(&pg, k, 0);
		}
		i = j + 1;
	}
	free(need);
	return pg.added;
}
