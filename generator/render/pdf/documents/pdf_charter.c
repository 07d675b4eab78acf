/*
 * The charter booklet (see pdf_charter.h). Reading order: the cover
 * (title, subtitle, council, adoption date, version); the preamble, the
 * body before its first "##", in a larger type; one chapter per "##",
 * each opened by its number in a square of the accent colour and its
 * title; the signatories, each name above room to sign; the back cover
 * with the contacts. Every page but the covers has its number at the
 * foot. This file lays out the body and writes the files; the covers
 * are pdf_charter_cover.c's.
 *
 * Chapters flow one after the other (a booklet handed out in the
 * street is cheap to print when it has few sheets); an opening never
 * sits in the last third of a page, nor the signatories' in the last
 * half unless they all fit there.
 *
 * Colour areas that touch the edge of a page are drawn 3 mm beyond it
 * (the bleed): charte.pdf's page box cuts them, and on imposed sheets
 * with crop marks they reach past the trim, so that a cut a little off
 * leaves no white edge.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../../markdown/markdown.h"
#include "../../../util/alloc.h"
#include "../../../view/format.h"
#include "../../../view/docs.h"
#include "../backend/pdf_backend.h"
#include "pdf_charter.h"
#include "pdf_charter_int.h"
#include "pdf_media.h"
#include "pdf_styles.h"
#include "../typeset/pdf_impose.h"
#include "../typeset/pdf_layout.h"

#define MARK_GAP	8.5f	/* crop marks start 3 mm from the trim */
#define MARK_LEN	17.0f	/* and are 6 mm long */
#define SLUG		34.0f	/* 12 mm of sheet around the trim for them */
#define A4_LONG		841.89f
#define A4_SHORT	595.28f

const char *
ch_text(const char *s)
{
	return s != NULL ? s : "";
}

int
ch_has(const char *s)
{
	return s != NULL && *s != '\0';
}

const char *
ch_keep(struct booklet *ch, const char *s)
{
	return arena_strdup(ch->doc.arena, s);
}

/* A section's opening (below), in points. */
static const struct {
	float	 square;	/* the number's square, its side */
	float	 gap;		/* between the square and the title */
	float	 size, lead;	/* the title's */
	float	 num_size, num_min;	/* the number's, shrunk to fit */
	float	 num_pad;	/* kept on each side of it, in the square */
	float	 num_drop;	/* × size: its baseline under the middle */
	float	 x_height;	/* × size: a line's middle above its baseline */
	float	 rule_below, rule_height;	/* the rule under it all */
	float	 box_below;	/* its box's height under it all, rule in */
	float	 space;		/* under the box, before the text */
} opening_layout = {
	.square = 40, .gap = 14, .size = 17, .lead = 1.18f,
	.num_size = 24, .num_min = 8, .num_pad = 4, .num_drop = 0.36f,
	.x_height = 0.7f, .rule_below = 7, .rule_height = 1.5f,
	.box_below = 12, .space = 12,
};

/*
 * A section's opening in the flow: its number (NULL: none) white in a
 * square of the accent colour, its title beside it, an anchor for the
 * outline; kept with what follows.
 */
static void
opening(struct booklet *ch, const char *num, const char *title, int anchor)
{
	const struct pdf_style	*st = &ch->style;
	struct pdf_flow		*fl = &ch->fl;
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	struct pdf_op		 op;
	float			 sq = opening_layout.square;
	float			 size = opening_layout.size;
	float			 lh = size * opening_layout.lead;
	float			 x = num != NULL ? sq + opening_layout.gap : 0;
	float			 w = fl->width - x;
	float			 nsize = opening_layout.num_size, th, top, h;
	size_t			 box, i;

	pdf_text_init(&t, size, PDF_LEFT);
	t.no_hyphens = 1;
	pdf_text_add(&t, PDF_HEADING, st->accent_dark, title, strlen(title));
	pdf_text_break(&ch->L, &t, w, &ls);
	th = (float)ls.n * lh;
	h = num != NULL && th < sq ? sq : th;
	/* One line sits in the middle of the square, more from its top. */
	top = num != NULL && th < sq ? (sq - th) / 2 : 0;
	box = pdf_flow_box(fl, h + opening_layout.box_below);
	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_ANCHOR;
	op.anchor = anchor;
	op.y = 0;
	pdf_flow_op(fl, &op);
	if (num != NULL) {
		struct pdf_font	*f = &ch->L.fonts->f[PDF_HEADING];
		float		 nw;

		pdf_flow_op(fl, &(struct pdf_op){ .kind = PDF_OP_RECT,
		    .color = st->accent, .w = sq, .h = sq });
		while ((nw = (float)pdf_font_width(f, num, strlen(num),
		    nsize)) > sq - 2 * opening_layout.num_pad &&
		    nsize > opening_layout.num_min)
			nsize -= 1;
		memset(&op, 0, sizeof(op));
		op.kind = PDF_OP_TEXT;
		op.font = PDF_HEADING;
		op.color = st->on_accent;
		op.size = nsize;
		op.x = (sq - nw) / 2;
		op.y = sq / 2 + nsize * opening_layout.num_drop;
		op.text = ch_keep(ch, num);
		op.len = (uint32_t)strlen(num);
		pdf_flow_op(fl, &op);
	}
	for (i = 0; i < ls.n; i++)
		pdf_text_draw_line(&ch->L, &t, &ls, i, PDF_AT(x, top +
		    (float)i * lh + (lh + size * opening_layout.x_height) / 2,
		    w), &fl->ops);
	pdf_flow_op(fl, &(struct pdf_op){ .kind = PDF_OP_RECT,
	    .color = st->accent_light, .x = x, .y = h +
	    opening_layout.rule_below, .w = fl->width - x,
	    .h = opening_layout.rule_height });
	fl->boxes[box].nops = (uint32_t)(fl->ops.n - fl->boxes[box].first_op);
	pdf_flow_keep(fl);
	pdf_flow_space(fl, opening_layout.space);
	pdf_lines_release(&ls);
	pdf_text_release(&t);
}

/* Between chapters, in points. */
static const struct {
	float	 above;		/* room above a chapter's opening */
	float	 keep_out;	/* an opening never in the last 1/keep_out */
} chapter_layout = { .above = 30, .keep_out = 3 };

/* A "##" heading of the body: a chapter, in the body's type again. */
static void
chapter_open(void *arg, const char *title)
{
	struct booklet	*ch = arg;
	char		 num[16];
	float		 frame = ch->doc.height - ch->style.margin_top -
			    ch->style.margin_bottom;

	ch->L.style = &ch->style;
	snprintf(num, sizeof(num), "%d", ++ch->chapter);
	pdf_flow_space(&ch->fl, chapter_layout.above);
	pdf_flow_need(&ch->fl, frame / chapter_layout.keep_out);
	opening(ch, num, title, pdf_doc_anchor(&ch->doc, title, 0));
}

/*
 * The signatories, in points: their heading, after room as a chapter's,
 * then rows of two names, each above room to sign and a rule.
 */
static const struct {
	float	 above;		/* room above the heading */
	float	 below;		/* between the heading and the first row */
	float	 heading;	/* the heading's own height, for the rows' */
	float	 gap;		/* between the two columns */
	float	 size;		/* a name's type size */
	size_t	 lines;		/* of a name at most, then "…" */
	float	 x_height;	/* × size: a line's middle above its baseline */
	float	 room;		/* to sign, below a name */
	float	 rule_up;	/* the rule, above the row's foot */
	float	 rule_width;
	float	 row_gap;	/* between two rows */
} sign_layout = {
	.above = 30, .below = 6, .heading = 60, .gap = 18, .size = 10.5f,
	.lines = 4, .x_height = 0.7f, .room = 50, .rule_up = 0.5f,
	.rule_width = 0.6f, .row_gap = 16,
};

/* The height of the row of signatories i and i + 1 (when there). */
static float
sign_row(struct booklet *ch, size_t i, float cw)
{
	const struct view_charter *c = ch->c;
	size_t	 k, m, most = 1;

	for (k = i; k < i + 2 && k < c->nsignatories; k++)
		if ((m = pdf_page_text_lines(&ch->L,
		    ch_text(c->signatories[k].name), PDF_BOLD, sign_layout.size,
		    cw)) > most)
			most = m < sign_layout.lines ? m : sign_layout.lines;
	return (float)most * sign_layout.size * PDF_LEADING +
	    sign_layout.room;
}

/*
 * The signatories, two by two: each name, then room to sign above a
 * rule; a row never splits across pages. The heading starts a page
 * when less than half a page is left and the whole list does not fit.
 */
static void
signatories(struct booklet *ch)
{
	const struct pdf_style	*st = &ch->style;
	size_t			 n = ch->c->nsignatories;
	struct pdf_flow		*fl = &ch->fl;
	float			 cw = (fl->width - sign_layout.gap) / 2, h;
	float			 all = sign_layout.heading;
	float			 half = (ch->doc.height - st->margin_top -
				    st->margin_bottom) / 2;
	float			 lh = sign_layout.size * PDF_LEADING;
	size_t			 i, k, box;

	if (n == 0)
		return;
	for (i = 0; i < n && all < half; i += 2)
		all += sign_row(ch, i, cw) + sign_layout.row_gap;
	pdf_flow_space(fl, sign_layout.above);
	pdf_flow_need(fl, all < half ? all : half);
	opening(ch, NULL, ch->labels.signatories, pdf_doc_anchor(&ch->doc,
	    ch->labels.signatories, 0));
	pdf_flow_space(fl, sign_layout.below);
	for (i = 0; i < n; i += 2) {
		h = sign_row(ch, i, cw);
		box = pdf_flow_box(fl, h);
		for (k = i; k < i + 2 && k < n; k++) {
			float	 x = (float)(k - i) * (cw + sign_layout.gap);

			pdf_page_text(&ch->L, &fl->ops,
			    ch_text(ch->c->signatories[k].name),
			    PDF_TEXT_STYLE(PDF_BOLD, sign_layout.size,
			    st->accent_dark, PDF_LEADING, sign_layout.lines),
			    PDF_AT(x, (lh + sign_layout.size *
			    sign_layout.x_height) / 2, cw));
			pdf_flow_op(fl, &(struct pdf_op){ .kind = PDF_OP_LINE,
			    .color = st->muted, .x = x,
			    .y = h - sign_layout.rule_up, .w = cw,
			    .size = sign_layout.rule_width });
		}
		fl->boxes[box].nops = (uint32_t)(fl->ops.n -
		    fl->boxes[box].first_op);
		pdf_flow_space(fl, sign_layout.row_gap);
	}
}


/* The page numbers, in points: their baseline under the bottom margin. */
static const struct {
	float	 size, lead;
	float	 below;
} folio_layout = { .size = 9, .lead = 1.2f, .below = 36 };

/* The page numbers, at the foot of every page but the covers. */
static void
folios(struct booklet *ch)
{
	const struct pdf_style	*st = &ch->style;
	char			 num[32];
	float			 w;
	size_t			 i;

	for (i = 1; i + 1 < ch->doc.npages; i++) {
		snprintf(num, sizeof(num), "%zu", i + 1);
		w = (float)pdf_font_width(&ch->L.fonts->f[PDF_BOLD], num,
		    strlen(num), folio_layout.size);
		pdf_page_text(&ch->L, &ch->doc.pages[i], ch_keep(ch, num),
		    PDF_TEXT_STYLE(PDF_BOLD, folio_layout.size, st->accent,
		    folio_layout.lead, 0), PDF_AT((ch->doc.width - w) / 2,
		    ch->doc.height - st->margin_bottom + folio_layout.below,
		    w + 1));
	}
}

/* The whole booklet into ch->doc, in reading order. */
static void
layout(struct booklet *ch)
{
	cmark_node	*body = view_text_document(&ch->c->body);
	cmark_node	*first = body != NULL ? cmark_node_first_child(body) :
			    NULL;

	ch_cover(ch);
	pdf_flow_init(&ch->fl, &ch->L);
	pdf_flow_page_break(&ch->fl);
	/* The preamble, when the body does not open on a chapter. */
	if (first != NULL && !(cmark_node_get_type(first) ==
	    CMARK_NODE_HEADING && cmark_node_get_heading_level(first) == 2)) {
		opening(ch, NULL, ch->labels.preamble, pdf_doc_anchor(
		    &ch->doc, ch->labels.preamble, 0));
		ch->L.style = &ch->lead;
	}
	pdf_flow_markdown_chapters(&ch->fl, body, 1, 2, chapter_open, ch);
	ch->L.style = &ch->style;
	markdown_scratch_reset();
	signatories(ch);
	/* The flow's pages (and anchors) come after the cover. */
	pdf_flow_paginate(&ch->fl, &ch->doc);
	pdf_flow_release(&ch->fl);
	ch_back_cover(ch);
	folios(ch);
}

static void
info(struct booklet *ch, struct pdf_backend *be, time_t date)
{
	struct pdf_info	 in;

	memset(&in, 0, sizeof(in));
	in.title = ch_text(ch->c->title);
	in.author = ch_text(ch->h->council);
	in.subject = ch_text(ch->c->subtitle);
	in.lang = ch_text(ch->h->lang);
	in.date = date;
	in.commit = ch_text(ch->h->stamp.commit);
	pdf_backend_info(be, &in);
}

/* charte.pdf: a sheet per page, the outline. */
static int
write_reading(struct booklet *ch, struct pdf_backend *be, time_t date,
    struct sink *sink)
{
	struct pdf_place	 pl = { 0, 0, 1, { 0, 0, 0, 0 } };
	HPDF_Page		 sheet;
	size_t			 i;

	for (i = 0; i < ch->doc.npages; i++) {
		if ((sheet = pdf_backend_sheet(be, ch->doc.width,
		    ch->doc.height)) == NULL)
			return -1;
		pdf_backend_draw(be, sheet, &ch->doc, i, &pl);
	}
	pdf_backend_finish(be, &ch->doc);
	info(ch, be, date);
	return pdf_backend_save(be, sink, "pdf/charte.pdf");
}

/* A crop mark: a line of the marks' page, black, hairline. */
static void
mark(struct pdf_page *p, float x, float y, float w, float h)
{
	pdf_page_push(p, &(struct pdf_op){ .kind = PDF_OP_LINE,
	    .color = 0x000000, .x = x, .y = y, .w = w, .h = h, .size = 0.3f });
}

/*
 * The crop marks around the trim (x, y, w, h) of a sheet, and the fold's
 * marks above and below its middle, as a page of marks drawn on every
 * sheet.
 */
static void
marks_page(struct pdf_doc *d, float x, float y, float w, float h)
{
	struct pdf_page	*p = pdf_doc_add_page(d);
	float		 xs[2] = { x, x + w }, dash = MARK_LEN / 5;
	size_t		 i;

	for (i = 0; i < 2; i++) {
		mark(p, xs[i], y - MARK_GAP - MARK_LEN, 0, MARK_LEN);
		mark(p, xs[i], y + h + MARK_GAP, 0, MARK_LEN);
	}
	/* The fold's marks are dashed: a print shop folds there, not cuts. */
	for (i = 0; i < 5; i += 2) {
		mark(p, x + w / 2, y - MARK_GAP - MARK_LEN + (float)i * dash, 0,
		    dash);
		mark(p, x + w / 2, y + h + MARK_GAP + (float)i * dash, 0, dash);
	}
	mark(p, x - MARK_GAP - MARK_LEN, y, MARK_LEN, 0);
	mark(p, x - MARK_GAP - MARK_LEN, y + h, MARK_LEN, 0);
	mark(p, x + w + MARK_GAP, y, MARK_LEN, 0);
	mark(p, x + w + MARK_GAP, y + h, MARK_LEN, 0);
}

/*
 * charte-impression.pdf: the pages two by two on A4 landscape sheets in
 * saddle-stitch order (pdf_impose.h), each clipped at the fold; with
 * crop marks, each sheet has a slug around the trim for them and the
 * pages bleed beyond the trim on their outer sides.
 */
static int
write_imposed(struct booklet *ch, struct pdf_backend *be, int crop,
    time_t date, struct sink *sink)
{
	float		 pw = ch->doc.width, ph = ch->doc.height;
	float		 sw = A4_LONG, sh = A4_SHORT, x0, y0, bl;
	size_t		 N = pdf_impose_slots(ch->doc.npages), s, slot[2], k;
	struct pdf_doc	 marks;
	HPDF_Page	 sheet;
	long		 page;
	int		 rc;

	pdf_doc_init(&marks, 0, 0);
	if (crop) {
		sw = 2 * pw + 2 * SLUG;
		sh = ph + 2 * SLUG;
	}
	marks.width = sw;
	marks.height = sh;
	/* The spread in the middle of the sheet, the fold in its middle. */
	x0 = (sw - 2 * pw) / 2;
	y0 = (sh - ph) / 2;
	bl = crop ? BLEED : 0;
	if (crop)
		marks_page(&marks, x0, y0, 2 * pw, ph);
	for (s = 0; s < N / 2; s++) {
		if ((sheet = pdf_backend_sheet(be, sw, sh)) == NULL) {
			pdf_doc_release(&marks);
			return -1;
		}
		if (crop) {
			pdf_backend_trim(be, sheet, (const float[4]){ x0, y0,
			    x0 + 2 * pw, y0 + ph }, BLEED);
			pdf_backend_draw(be, sheet, &marks, 0,
			    &(struct pdf_place){ 0, 0, 1, { 0, 0, 0, 0 } });
		}
		pdf_impose_side(N, s, &slot[0], &slot[1]);
		for (k = 0; k < 2; k++) {
			struct pdf_place	 pl = { x0 + (float)k * pw, y0,
						    1, { 0, 0, 0, 0 } };

			if ((page = pdf_impose_page(ch->doc.npages,
			    slot[k])) < 0)
				continue;
			/* Cut at the fold; beyond the trim on the others. */
			pl.clip[0] = k == 0 ? -bl : 0;
			pl.clip[1] = -bl;
			pl.clip[2] = k == 0 ? pw : pw + bl;
			pl.clip[3] = ph + bl;
			pdf_backend_draw(be, sheet, &ch->doc, (size_t)page,
			    &pl);
		}
	}
	pdf_backend_finish(be, NULL);
	info(ch, be, date);
	rc = pdf_backend_save(be, sink, "pdf/charte-impression.pdf");
	pdf_doc_release(&marks);
	return rc;
}

/* One of the two files, with its own libharu document and fonts. */
static int
write_one(struct booklet *ch, int imposed, int crop, time_t date,
    struct sink *sink)
{
	struct pdf_backend	 be;
	struct pdf_fonts	 fonts;
	int			 rc = -1;

	if (pdf_backend_open(&be, ch->diags) == -1)
		return -1;
	/* A font that does not load: the build says it once (diags_unique). */
	if (pdf_fonts_load(&fonts, be.pdf,
	    (const char *const *)ch->theme->fonts, ch->diags) == -1)
		goto done;
	be.fonts = &fonts;
	if (!imposed) {
		ch->L.fonts = &fonts;
		layout(ch);
		rc = write_reading(ch, &be, date, sink);
		ch->L.fonts = NULL;
	} else
		rc = write_imposed(ch, &be, crop, date, sink);
	pdf_fonts_release(&fonts);
done:
	pdf_backend_close(&be);
	return rc;
}

/* The preamble's larger type: it reads as an address to the reader. */
static const struct {
	float	 size, leading;
} preamble_type = { .size = 13.5f, .leading = 1.4f };

int
pdf_charter_render(const struct view_docs *docs, const struct pdf_theme *theme,
    const struct pdf_charter_options *o, struct sink *sink, struct diags *d)
{
	struct booklet	 ch;
	struct pdf_images media;
	time_t		 date = docs->head.when;
	int		 rc;

	memset(&ch, 0, sizeof(ch));
	if ((ch.c = docs->charter) == NULL)
		return 0;
	ch.h = &docs->head;
	ch.diags = d;
	ch.labels = docs->labels;
	view_labels_or_keys(&ch.labels);
	ch.litter = docs->labels.charter_litter;
	ch.loc = docs->head.loc;
	ch.theme = theme;
	ch.style = pdf_style_a5;
	pdf_style_theme(&ch.style, theme);
	ch.lead = ch.style;
	ch.lead.body_size = preamble_type.size;
	ch.lead.leading = preamble_type.leading;
	ch.L.style = &ch.style;
	ch.L.doc = &ch.doc;
	pdf_media_images(&media, &docs->media);
	ch.L.media = &media;
	ch.L.hyph = ch.loc == LOCALE_FR ? pdf_hyph_open(PDF_HYPH_FR, d) : NULL;
	pdf_doc_init(&ch.doc, pdf_style_a5.width, pdf_style_a5.height);
	rc = write_one(&ch, 0, 0, date, sink);
	if (rc == 0)
		rc = write_one(&ch, 1, o != NULL && o->crop_marks, date, sink);
	pdf_hyph_close(ch.L.hyph);
	pdf_doc_release(&ch.doc);
	pdf_media_release(&media);
	markdown_scratch_reset();
	return rc;
}
