/*
 * Charts as vectors (see pdf_layout.h), from the geometry of chart.h, so
 * that the booklet shows the site's charts: bars over the years with
 * the target of each year as a marker, and breakdown bars with the
 * priority one named. The title goes above, the description below.
 */
#include <stdio.h>
#include <string.h>

#include "pdf_layout.h"

#define BAR_COLOR	0x9CC9CC
#define TARGET_COLOR	0xB4461E

/* Text at (x, y) aligned on x (left, right or centre); returns width. */
static float
text_at(struct pdf_flow *fl, float x, float y, const char *s, int font,
    float size, uint32_t color, enum pdf_align align)
{
	struct pdf_op	 op;
	size_t		 len = strlen(s);
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
	struct pdf_op	 op;

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_RECT;
	op.color = color;
	op.x = x;
	op.y = y;
	op.w = w;
	op.h = h;
	pdf_flow_op(fl, &op);
}

static void
line(struct pdf_flow *fl, float x, float y, float w, float h, float width,
    uint32_t color)
{
	struct pdf_op	 op;

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_LINE;
	op.color = color;
	op.x = x;
	op.y = y;
	op.w = w;
	op.h = h;
	op.size = width;
	pdf_flow_op(fl, &op);
}

static void
caption(struct pdf_flow *fl, const struct chart *c)
{
	const struct pdf_style	*st = fl->layout->style;

	pdf_flow_space(fl, 3);
	if (c->desc != NULL)
		pdf_flow_paragraph(fl, c->desc, PDF_ITALIC, st->small_size,
		    st->muted, PDF_LEFT);
	pdf_flow_space(fl, 8);
}

void
pdf_flow_chart_years(struct pdf_flow *fl, const struct chart *c,
    const char *target_label)
{
	const struct pdf_style	*st = fl->layout->style;
	float			 fs = st->small_size, axis = 40;
	float			 top = 30, ph = 110, pw, slot, bw, x, y, h;
	float			 total = top + ph + 30;
	size_t			 i;

	pw = (fl->width < 330 ? fl->width : 330) - axis;
	slot = pw / (float)(c->nbars > 0 ? c->nbars : 1);
	bw = slot * 0.55f > 34 ? 34 : slot * 0.55f;
	pdf_flow_space(fl, 6);
	pdf_flow_box(fl, total);
	text_at(fl, 0, 12, c->title, PDF_BOLD, st->body_size, st->text,
	    PDF_LEFT);
	for (i = 0; i < c->nticks; i++) {
		y = top + ph - (float)c->ticks[i].pos * ph;
		line(fl, axis, y, pw, 0, i == 0 ? 0.8f : 0.3f, i == 0 ?
		    st->muted : st->rule);
		text_at(fl, axis - 4, y + fs * 0.35f, c->ticks[i].label,
		    PDF_REGULAR, fs * 0.9f, st->muted, PDF_RIGHT);
	}
	for (i = 0; i < c->nbars; i++) {
		const struct chart_bar	*b = &c->bars[i];

		x = axis + slot * (float)i + (slot - bw) / 2;
		h = (float)b->height * ph;
		if (!b->missing && h > 0)
			rect(fl, x, top + ph - h, bw, h, b->current ?
			    st->accent : BAR_COLOR);
		/* The value above its bar and above its target marker. */
		if (b->has_target && (float)b->target * ph > h - 2)
			h = (float)b->target * ph + 3;
		text_at(fl, x + bw / 2, top + ph - h - 3, b->value,
		    b->current ? PDF_BOLD : PDF_REGULAR, fs, st->text,
		    PDF_CENTER);
		text_at(fl, x + bw / 2, top + ph + fs + 3, b->label,
		    b->current ? PDF_BOLD : PDF_REGULAR, fs, st->text,
		    PDF_CENTER);
		if (b->has_target)
			line(fl, x - 5, top + ph - (float)b->target * ph,
			    bw + 10, 0, 1.6f, TARGET_COLOR);
	}
	if (c->has_target) {
		x = axis + pw + 10;
		line(fl, x, top + 6, 14, 0, 1.6f, TARGET_COLOR);
		text_at(fl, x + 18, top + 6 + fs * 0.35f, target_label, PDF_REGULAR,
		    fs, st->muted, PDF_LEFT);
	}
	caption(fl, c);
}

void
pdf_flow_chart_bars(struct pdf_flow *fl, const struct chart *c,
    const char *priority_label)
{
	const struct pdf_style	*st = fl->layout->style;
	float			 fs = st->small_size, row = fs * 2.1f;
	float			 lw = fl->width * 0.34f, bx = lw + 8;
	float			 bmax = fl->width - bx - 90, y, w;
	size_t			 i;

	pdf_flow_space(fl, 6);
	pdf_flow_box(fl, 20 + row * (float)c->nbars);
	text_at(fl, 0, 12, c->title, PDF_BOLD, st->body_size, st->text,
	    PDF_LEFT);
	line(fl, bx, 20, 0, row * (float)c->nbars, 0.8f, st->muted);
	for (i = 0; i < c->nbars; i++) {
		const struct chart_bar	*b = &c->bars[i];
		char			 tail[128];
		int			 f = b->priority ? PDF_BOLD :
					    PDF_REGULAR;

		y = 20 + row * (float)i;
		text_at(fl, lw, y + row / 2 + fs * 0.35f, b->label, f, fs,
		    st->text, PDF_RIGHT);
		w = (float)b->height * bmax;
		if (!b->missing && w > 0)
			rect(fl, bx, y + row * 0.18f, w, row * 0.64f,
			    b->priority ? st->accent : BAR_COLOR);
		if (b->share != NULL)
			snprintf(tail, sizeof(tail), "%s (%s)", b->value,
			    b->share);
		else
			snprintf(tail, sizeof(tail), "%s", b->value);
		text_at(fl, bx + w + 5, y + row / 2 + fs * 0.35f, tail, f,
		    fs, st->text, PDF_LEFT);
		if (b->priority && priority_label != NULL)
			text_at(fl, fl->width, y + row / 2 + fs * 0.35f,
			    priority_label, PDF_BOLD, fs, st->accent_dark,
			    PDF_RIGHT);
	}
	caption(fl, c);
}
