/*
 * The charter booklet (see pdf_charter.h). Reading order: the cover
 * (title, subtitle, council, adoption date, version); the preamble, the
 * body before its first "##", in a larger type; one chapter per "##",
 * each opened by its number in a square of the accent colour and its
 * title; the signatories, each name above room to sign; the back cover
 * with the contacts. Every page but the covers has its number at the
 * foot.
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
#include "../../../util/escape.h"
#include "../../../view/format.h"
#include "../../../view/docs.h"
#include "../../../view/view.h"
#include "../backend/pdf_backend.h"
#include "pdf_charter.h"
#include "pdf_styles.h"
#include "../typeset/pdf_impose.h"
#include "../typeset/pdf_layout.h"
#include "../typeset/pdf_image.h"

#define BLEED		8.5f	/* 3 mm */
#define MARK_GAP	8.5f	/* crop marks start 3 mm from the trim */
#define MARK_LEN	17.0f	/* and are 6 mm long */
#define SLUG		34.0f	/* 12 mm of sheet around the trim for them */
#define A4_LONG		841.89f
#define A4_SHORT	595.28f

struct booklet {
	struct pdf_layout	 L;
	struct diags		*diags;		/* the PDFs' failures */
	struct pdf_style	 style;		/* A5, in the theme's colours */
	struct pdf_style	 lead;		/* the preamble's larger type */
	const struct pdf_theme	*theme;
	struct pdf_doc		 doc;
	struct pdf_flow		 fl;
	const struct value	*root;		/* the tree: the logo's image */
	const struct value	*labels;
	const struct view_head	*h;		/* council, contact… */
	const struct view_charter *c;		/* the charter */
	enum locale		 loc;
	int			 chapter;	/* the last chapter's number */
};

static const char *
label(const struct booklet *ch, const char *key)
{
	const char	*s = value_str(ch->labels, key);

	return *s != '\0' ? s : key;
}

/* A text of the view, "" for none. */
static const char *
text(const char *s)
{
	return s != NULL ? s : "";
}

static int
has(const char *s)
{
	return s != NULL && *s != '\0';
}

static const char *
keep(struct booklet *ch, const char *s)
{
	return arena_strdup(ch->doc.arena, s);
}

/*
 * s in style st at at, a link to uri; returns the last line's baseline.
 */
static float
line_link(struct booklet *ch, struct pdf_page *p, const char *s,
    const char *uri, const struct pdf_text_style *st, struct pdf_text_at at)
{
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	struct pdf_span		*sp;
	size_t			 i;
	float			 y = at.y;

	pdf_text_init(&t, st->size, PDF_LEFT);
	t.no_hyphens = 1;
	sp = pdf_text_add(&t, st->font, st->color, s, strlen(s));
	sp->link = uri;
	pdf_text_break(&ch->L, &t, at.width, &ls);
	for (i = 0; i < ls.n; i++)
		pdf_text_draw_line(&ch->L, &t, &ls, i, PDF_AT(at.x, y +
		    (float)i * st->size * st->lead, at.width), p);
	y += (float)(ls.n > 0 ? ls.n - 1 : 0) * st->size * st->lead;
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	return y;
}

/*
 * s at the foot of a page in style st, its last line's baseline at at.y,
 * below top: a long one (the communes of an intercommunal council) grows
 * upwards, in a smaller size when it takes more than four lines, and
 * ends with "…" if it still does not fit.
 */
static void
foot_text(struct booklet *ch, struct pdf_page *p, const char *s,
    const struct pdf_text_style *st, struct pdf_text_at at, float top)
{
	struct pdf_text_style	 fit = *st;
	size_t			 n, most;

	while ((n = pdf_page_text_lines(&ch->L, s, fit.font, fit.size,
	    at.width)) > 4 && fit.size > 6.5f)
		fit.size -= 0.5f;
	most = at.y - top > 0 ?
	    (size_t)((at.y - top) / (fit.size * fit.lead)) + 1 : 1;
	fit.max_lines = n < most ? n : most;
	at.y -= (float)(fit.max_lines - 1) * fit.size * fit.lead;
	pdf_page_text(&ch->L, p, s, &fit, at);
}

/*
 * The cover's band: the council (four lines at most), "Charte", the
 * title and the subtitle (six lines at most). A long title is set
 * smaller, and the band grows, until they fit; a title that still does
 * not (a hundred words) ends with "…" where the band must stop: the back
 * cover and the document properties have it whole. Returns the band's
 * height.
 */
/*
 * The front cover's band, in points on the A5 page (or a share of its
 * height H): the council at the top in white, the accent rule, the word
 * "Charte", the title, the subtitle; a strip of the accent under it.
 */
static const struct {
	float	 council_top;	/* the council's first baseline */
	float	 council_size;
	size_t	 council_lines;	/* at most */
	float	 rule_gap;	/* the rule under the council's last line */
	float	 rule_width, rule_height;
	float	 title_gap;	/* from the council's last line to the title */
	float	 label_above;	/* "Charte", above the title's top */
	float	 title_top_min;	/* × H: the title's top at least there */
	float	 title_size_max, title_size_min;
	float	 title_may_grow;	/* below this size, the band may grow */
	float	 title_lead;
	float	 title_drop;	/* × size: the first baseline under the top */
	float	 sub_size, sub_lead;
	size_t	 sub_lines;	/* at most */
	float	 sub_gap;	/* room above the subtitle */
	float	 sub_below;	/* its first baseline under the title's last */
	float	 band_min;	/* × H: the band's height at least */
	float	 band_room;	/* under the title and subtitle, in the band */
	float	 foot_room;	/* kept under the band: date, version, foot */
	float	 strip;		/* the accent strip under the band */
	float	 sub_tint;	/* the subtitle's colour: accent_light to accent */
} cover_layout = {
	.council_top = 58, .council_size = 10.5f, .council_lines = 4,
	.rule_gap = 10, .rule_width = 32, .rule_height = 2.5f,
	.title_gap = 62, .label_above = 30, .title_top_min = 0.25f,
	.title_size_max = 27, .title_size_min = 9, .title_may_grow = 20,
	.title_lead = 1.12f, .title_drop = 0.4f,
	.sub_size = 12, .sub_lead = 1.35f, .sub_lines = 6, .sub_gap = 22,
	.sub_below = 26,
	.band_min = 0.62f, .band_room = 40, .foot_room = 190, .strip = 5,
	.sub_tint = 0.15f,
};

static float
cover_band(struct booklet *ch, struct pdf_page *p)
{
	const struct pdf_style	*st = &ch->style;
	struct pdf_layout	*L = &ch->L;
	float			 W = ch->doc.width, H = ch->doc.height;
	float			 x = st->margin_left, w = W - 2 * x;
	float			 top, band, size, y, tl = 0, sl = 0, room;
	const char		*council = text(ch->h->council);
	const char		*title = text(ch->c->title);
	const char		*sub = text(ch->c->subtitle);
	size_t			 nc, nt, ns = 0, most;

	nc = pdf_page_text_lines(L, council, PDF_BOLD,
	    cover_layout.council_size, w);
	nc = nc < cover_layout.council_lines ? nc : cover_layout.council_lines;
	top = cover_layout.council_top + (float)(nc > 0 ? nc - 1 : 0) *
	    cover_layout.council_size * PDF_LEADING + cover_layout.title_gap;
	top = top > H * cover_layout.title_top_min ? top :
	    H * cover_layout.title_top_min;
	if (*sub != '\0') {
		ns = pdf_page_text_lines(L, sub, PDF_REGULAR,
		    cover_layout.sub_size, w);
		ns = ns < cover_layout.sub_lines ? ns : cover_layout.sub_lines;
		sl = cover_layout.sub_gap + (float)ns * cover_layout.sub_size *
		    cover_layout.sub_lead;
	}
	room = H - cover_layout.foot_room - top - sl;
	for (size = cover_layout.title_size_max;
	    size > cover_layout.title_size_min; size -= 1) {
		tl = (float)pdf_page_text_lines(L, title, PDF_HEADING, size, w) *
		    size * cover_layout.title_lead;
		if (tl <= H * cover_layout.band_min - cover_layout.band_room -
		    top - sl || (size < cover_layout.title_may_grow &&
		    tl <= room))
			break;
	}
	most = room > size * cover_layout.title_lead ?
	    (size_t)(room / (size * cover_layout.title_lead)) : 1;
	nt = pdf_page_text_lines(L, title, PDF_HEADING, size, w);
	nt = nt < most ? nt : most;
	tl = (float)nt * size * cover_layout.title_lead;
	band = top + tl + sl + cover_layout.band_room;
	band = band > H * cover_layout.band_min ? band :
	    H * cover_layout.band_min;
	pdf_page_rect(p, -BLEED, -BLEED, W + 2 * BLEED, band + BLEED,
	    st->accent_dark);
	pdf_page_rect(p, -BLEED, band, W + 2 * BLEED, cover_layout.strip,
	    st->accent);
	/* The logo top right, above the council's first line. */
	pdf_page_logo(p, &ch->doc, value_get(ch->root, "logo"),
	    W - st->margin_right, 14, (const float[3]){ 110, 26, 4 });
	y = pdf_page_text(L, p, council, PDF_TEXT_STYLE(PDF_BOLD,
	    cover_layout.council_size, st->on_accent, PDF_LEADING,
	    cover_layout.council_lines), PDF_AT(x, cover_layout.council_top,
	    w));
	pdf_page_rect(p, x, y + cover_layout.rule_gap, cover_layout.rule_width,
	    cover_layout.rule_height, st->accent);
	pdf_page_text(L, p, label(ch, "charter"), PDF_TEXT_STYLE(PDF_BOLD,
	    cover_layout.council_size, st->accent_light, PDF_LEADING, 0),
	    PDF_AT(x, top - cover_layout.label_above, w));
	y = pdf_page_text(L, p, title, PDF_TEXT_STYLE(PDF_HEADING, size,
	    st->on_accent, cover_layout.title_lead, most), PDF_AT(x,
	    top + size * cover_layout.title_drop, w));
	if (*sub != '\0')
		pdf_page_text(L, p, sub, PDF_TEXT_STYLE(PDF_REGULAR,
		    cover_layout.sub_size, pdf_color_mix(st->accent_light,
		    st->accent, cover_layout.sub_tint), cover_layout.sub_lead,
		    cover_layout.sub_lines), PDF_AT(x,
		    y + cover_layout.sub_below, w));
	return band;
}

/*
 * Below the front cover's band, in points: the adoption date, the
 * version, and the territory at the foot.
 */
static const struct {
	float	 date_below;	/* the date's baseline under the band */
	float	 date_size;
	float	 version_size;
	size_t	 version_lines;	/* at most */
	float	 line_gap;	/* under the date's, the version's baseline */
	float	 territory_size;
	float	 territory_drop;	/* its last baseline below the margin */
	float	 territory_clear;	/* kept under the text above it */
} cover_foot = {
	.date_below = 46, .date_size = 11.5f,
	.version_size = 10.5f, .version_lines = 2, .line_gap = 18,
	.territory_size = 9.5f, .territory_drop = 20, .territory_clear = 8,
};

/*
 * The cover: the band (cover_band), the adoption date and the version
 * below it, the territory at the foot.
 */
static void
cover(struct booklet *ch)
{
	const struct pdf_style	*st = &ch->style;
	struct pdf_page		*p = pdf_doc_add_page(&ch->doc);
	float			 H = ch->doc.height, x = st->margin_left;
	float			 w = ch->doc.width - 2 * x, y;
	struct buf		 b = BUF_INIT;

	y = cover_band(ch, p) + cover_foot.date_below;
	if (has(ch->c->adopted)) {
		buf_printf(&b, "%s %s", label(ch, "adopted"), ch->c->adopted);
		y = pdf_page_text(&ch->L, p, keep(ch, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_BOLD, cover_foot.date_size,
		    st->accent_dark, PDF_LEADING, 0), PDF_AT(x, y, w)) +
		    cover_foot.line_gap;
	}
	if (has(ch->c->version)) {
		buf_truncate(&b, 0);
		buf_printf(&b, "%s %s", label(ch, "version"), ch->c->version);
		y = pdf_page_text(&ch->L, p, keep(ch, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_REGULAR, cover_foot.version_size,
		    st->muted, PDF_LEADING, cover_foot.version_lines),
		    PDF_AT(x, y, w)) + cover_foot.line_gap;
	}
	foot_text(ch, p, text(ch->h->territory),
	    PDF_TEXT_STYLE(PDF_REGULAR, cover_foot.territory_size, st->muted,
	    PDF_LEADING, 0), PDF_AT(x, H - st->margin_bottom +
	    cover_foot.territory_drop, w), y + cover_foot.territory_clear);
	buf_release(&b);
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
		op.text = keep(ch, num);
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
	pdf_flow_space(&ch->fl, 30);
	pdf_flow_need(&ch->fl, frame / 3);
	opening(ch, num, title, pdf_doc_anchor(&ch->doc, title, 0));
}

#define SIGN_GAP	18	/* between the two columns */
#define SIGN_SIZE	10.5f	/* a name's type size */
#define SIGN_ROOM	50	/* to sign, below a name */
#define SIGN_LINES	4	/* of a name at most, then "…" */

/* The height of the row of signatories i and i + 1 (when there). */
static float
sign_row(struct booklet *ch, size_t i, float cw)
{
	const struct view_charter *c = ch->c;
	size_t	 k, m, most = 1;

	for (k = i; k < i + 2 && k < c->nsignatories; k++)
		if ((m = pdf_page_text_lines(&ch->L,
		    text(c->signatories[k].name), PDF_BOLD, SIGN_SIZE,
		    cw)) > most)
			most = m < SIGN_LINES ? m : SIGN_LINES;
	return (float)most * SIGN_SIZE * PDF_LEADING + SIGN_ROOM;
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
	float			 cw = (fl->width - SIGN_GAP) / 2, h, all = 60;
	float			 half = (ch->doc.height - st->margin_top -
				    st->margin_bottom) / 2;
	float			 lh = SIGN_SIZE * PDF_LEADING;
	size_t			 i, k, box;

	if (n == 0)
		return;
	for (i = 0; i < n && all < half; i += 2)
		all += sign_row(ch, i, cw) + 16;
	pdf_flow_space(fl, 30);
	pdf_flow_need(fl, all < half ? all : half);
	opening(ch, NULL, label(ch, "signatories"), pdf_doc_anchor(&ch->doc,
	    label(ch, "signatories"), 0));
	pdf_flow_space(fl, 6);
	for (i = 0; i < n; i += 2) {
		h = sign_row(ch, i, cw);
		box = pdf_flow_box(fl, h);
		for (k = i; k < i + 2 && k < n; k++) {
			float	 x = (float)(k - i) * (cw + SIGN_GAP);

			pdf_page_text(&ch->L, &fl->ops,
			    text(ch->c->signatories[k].name),
			    PDF_TEXT_STYLE(PDF_BOLD, SIGN_SIZE, st->accent_dark,
			    PDF_LEADING, SIGN_LINES), PDF_AT(x,
			    (lh + SIGN_SIZE * 0.7f) / 2, cw));
			pdf_flow_op(fl, &(struct pdf_op){ .kind = PDF_OP_LINE,
			    .color = st->muted, .x = x, .y = h - 0.5f,
			    .w = cw, .size = 0.6f });
		}
		fl->boxes[box].nops = (uint32_t)(fl->ops.n -
		    fl->boxes[box].first_op);
		pdf_flow_space(fl, 16);
	}
}

/*
 * The back cover's contacts, in points: the word "Contact" over an
 * accent rule, the coordinator's name, their role, the email and phone.
 */
static const struct {
	float	 label_size;
	float	 rule_gap;	/* the rule under the label's baseline */
	float	 rule_width, rule_height;
	float	 name_below;	/* the name's baseline under the label's */
	float	 name_size, name_lead;
	size_t	 name_lines;	/* at most */
	float	 name_gap;	/* under the name's last baseline */
	float	 role_size;
	size_t	 role_lines;	/* at most */
	float	 role_gap;	/* under the role's last baseline */
	float	 link_size;
	float	 link_gap;	/* under the email's, the phone's baseline */
	float	 after;		/* under the last line, before what follows */
} contact_layout = {
	.label_size = 10.5f, .rule_gap = 9, .rule_width = 32,
	.rule_height = 2.5f, .name_below = 38, .name_size = 16,
	.name_lead = 1.2f, .name_lines = 2, .name_gap = 17,
	.role_size = 10.5f, .role_lines = 3, .role_gap = 22,
	.link_size = 11, .link_gap = 18, .after = 22,
};

/*
 * The back cover's contacts: the coordinator, their role, email and
 * phone as links. Returns where the next text may start.
 */
static float
contacts(struct booklet *ch, struct pdf_page *p, float y)
{
	const struct pdf_style	*st = &ch->style;
	const struct view_contact *co = &ch->h->coordinator;
	float			 x = st->margin_left, w = ch->doc.width - 2 * x;
	struct buf		 b = BUF_INIT;
	const char		*s;

	if (!has(co->name))
		return y;
	y = pdf_page_text(&ch->L, p, label(ch, "contact"),
	    PDF_TEXT_STYLE(PDF_BOLD, contact_layout.label_size, st->accent,
	    PDF_LEADING, 0), PDF_AT(x, y, w));
	pdf_page_rect(p, x, y + contact_layout.rule_gap,
	    contact_layout.rule_width, contact_layout.rule_height, st->accent);
	y = pdf_page_text(&ch->L, p, co->name,
	    PDF_TEXT_STYLE(PDF_HEADING, contact_layout.name_size,
	    st->accent_dark, contact_layout.name_lead,
	    contact_layout.name_lines), PDF_AT(x,
	    y + contact_layout.name_below, w)) + contact_layout.name_gap;
	buf_printf(&b, "%s, %s", label(ch, "coordinator"),
	    text(ch->h->council));
	y = pdf_page_text(&ch->L, p, keep(ch, buf_cstr(&b)),
	    PDF_TEXT_STYLE(PDF_REGULAR, contact_layout.role_size, st->muted,
	    PDF_LEADING, contact_layout.role_lines), PDF_AT(x, y, w)) +
	    contact_layout.role_gap;
	if (has(s = co->email)) {
		buf_truncate(&b, 0);
		escape_mailto(&b, s);
		y = line_link(ch, p, s, keep(ch, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_BOLD, contact_layout.link_size,
		    st->accent, PDF_LEADING, 0), PDF_AT(x, y, w)) +
		    contact_layout.link_gap;
	}
	if (has(s = co->phone)) {
		buf_truncate(&b, 0);
		escape_tel(&b, s);
		y = line_link(ch, p, s,
		    keep(ch, buf_cstr(&b)), PDF_TEXT_STYLE(PDF_BOLD,
		    contact_layout.link_size, st->accent, PDF_LEADING, 0),
		    PDF_AT(x, y, w)) + contact_layout.link_gap;
	}
	buf_release(&b);
	return y + contact_layout.after;
}

/*
 * The back cover: the contacts, the charter's title and version, and the
 * council and territory in the accent band at the foot, which rises
 * when they take lines. Long texts stop at a few lines, with "…".
 */
/*
 * The back cover's band at the foot, in points (or a share of the page's
 * height H): the council in white, then the territory; the band rises
 * with their lines, but not above band_max, nor onto the text above it.
 */
static const struct {
	float	 council_size, council_lead;
	size_t	 council_lines;	/* at most */
	float	 territory_size;
	size_t	 territory_lines;	/* at most */
	float	 territory_gap;	/* under the council's last baseline */
	float	 room;		/* in the band, above and below the texts */
	float	 council_drop;	/* the council's first baseline under the top */
	float	 band_max;	/* × H: the band starts at least that low */
	float	 clear;		/* between the text above and the band */
	float	 litter_above;	/* the litter notice's baseline, above it */
	float	 strip;		/* the accent strip along its top */
	float	 title_size;	/* the charter's title, above the band */
	size_t	 title_lines, version_lines;
	float	 title_gap;	/* under the title's last baseline */
	float	 top;		/* the contacts, under the top margin */
} back_layout = {
	.council_size = 14, .council_lead = 1.2f, .council_lines = 3,
	.territory_size = 10.5f, .territory_lines = 5, .territory_gap = 18,
	.room = 48, .council_drop = 44, .band_max = 0.74f, .clear = 40,
	.litter_above = 22, .strip = 5,
	.title_size = 10.5f, .title_lines = 3, .version_lines = 2,
	.title_gap = 15, .top = 14,
};

static void
back_cover(struct booklet *ch)
{
	const struct pdf_style	*st = &ch->style;
	struct pdf_page		*p = pdf_doc_add_page(&ch->doc);
	float			 W = ch->doc.width, H = ch->doc.height;
	float			 x = st->margin_left, w = W - 2 * x, band, y;
	struct buf		 b = BUF_INIT;
	const char		*s, *council = text(ch->h->council);
	const char		*territory = text(ch->h->territory);
	size_t			 nc, nt;

	y = contacts(ch, p, st->margin_top + back_layout.top);
	y = pdf_page_text(&ch->L, p, text(ch->c->title),
	    PDF_TEXT_STYLE(PDF_BOLD, back_layout.title_size, st->text,
	    PDF_LEADING, back_layout.title_lines), PDF_AT(x, y, w)) +
	    back_layout.title_gap;
	if (has(ch->c->version))
		buf_printf(&b, "%s %s", label(ch, "version"), ch->c->version);
	if (has(ch->c->adopted))
		buf_printf(&b, "%s%s %s", b.len > 0 ? " \xC2\xB7 " : "",
		    label(ch, "adopted"), ch->c->adopted);
	if (b.len > 0)
		y = pdf_page_text(&ch->L, p, keep(ch, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_REGULAR, 10, st->muted, PDF_LEADING,
		    back_layout.version_lines), PDF_AT(x, y, w));
	/* The content's git commit, when it has one (stamp.h). */
	if (has(s = ch->h->stamp.text))
		y = pdf_page_text(&ch->L, p, keep(ch, s),
		    PDF_TEXT_STYLE(PDF_REGULAR, 8.5f, st->muted, PDF_LEADING,
		    2), PDF_AT(x, y + 16, w));
	nc = pdf_page_text_lines(&ch->L, council, PDF_HEADING,
	    back_layout.council_size, w);
	nc = nc < back_layout.council_lines ? nc : back_layout.council_lines;
	nt = pdf_page_text_lines(&ch->L, territory, PDF_REGULAR,
	    back_layout.territory_size, w);
	nt = nt < back_layout.territory_lines ? nt :
	    back_layout.territory_lines;
	band = H - st->margin_bottom - back_layout.room - (float)nc *
	    back_layout.council_size * back_layout.council_lead - (float)nt *
	    back_layout.territory_size * PDF_LEADING;
	band = band < H * back_layout.band_max ? band :
	    H * back_layout.band_max;
	band = band > y + back_layout.clear ? band : y + back_layout.clear;
	if (*(s = value_str(ch->labels, "charter_litter")) != '\0')
		pdf_page_text(&ch->L, p, s, PDF_TEXT_STYLE(PDF_ITALIC, 8.5f,
		    st->muted, PDF_LEADING, 0), PDF_AT(x,
		    band - back_layout.litter_above, w));
	pdf_page_rect(p, -BLEED, band, W + 2 * BLEED, H - band + BLEED,
	    st->accent_dark);
	pdf_page_rect(p, -BLEED, band, W + 2 * BLEED, back_layout.strip,
	    st->accent);
	y = pdf_page_text(&ch->L, p, council, PDF_TEXT_STYLE(PDF_HEADING,
	    back_layout.council_size, st->on_accent, back_layout.council_lead,
	    nc),
	    PDF_AT(x, band + back_layout.council_drop, w));
	pdf_page_text(&ch->L, p, territory, PDF_TEXT_STYLE(PDF_REGULAR,
	    back_layout.territory_size, pdf_color_mix(st->accent_light,
	    st->accent, cover_layout.sub_tint), PDF_LEADING, nt), PDF_AT(x,
	    y + back_layout.territory_gap, w));
	buf_release(&b);
}

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
		    strlen(num), 9);
		pdf_page_text(&ch->L, &ch->doc.pages[i], keep(ch, num),
		    PDF_TEXT_STYLE(PDF_BOLD, 9, st->accent, 1.2f, 0),
		    PDF_AT((ch->doc.width - w) / 2,
		    ch->doc.height - st->margin_bottom + 36, w + 1));
	}
}

/* The whole booklet into ch->doc, in reading order. */
static void
layout(struct booklet *ch)
{
	cmark_node	*body = view_text_document(&ch->c->body);
	cmark_node	*first = body != NULL ? cmark_node_first_child(body) :
			    NULL;

	cover(ch);
	pdf_flow_init(&ch->fl, &ch->L);
	pdf_flow_page_break(&ch->fl);
	/* The preamble, when the body does not open on a chapter. */
	if (first != NULL && !(cmark_node_get_type(first) ==
	    CMARK_NODE_HEADING && cmark_node_get_heading_level(first) == 2)) {
		opening(ch, NULL, label(ch, "preamble"), pdf_doc_anchor(
		    &ch->doc, label(ch, "preamble"), 0));
		ch->L.style = &ch->lead;
	}
	pdf_flow_markdown_chapters(&ch->fl, body, 1, 2, chapter_open, ch);
	ch->L.style = &ch->style;
	markdown_scratch_reset();
	signatories(ch);
	/* The flow's pages (and anchors) come after the cover. */
	pdf_flow_paginate(&ch->fl, &ch->doc);
	pdf_flow_release(&ch->fl);
	back_cover(ch);
	folios(ch);
}

static void
info(struct booklet *ch, struct pdf_backend *be, time_t date)
{
	struct pdf_info	 in;

	memset(&in, 0, sizeof(in));
	in.title = text(ch->c->title);
	in.author = text(ch->h->council);
	in.subject = text(ch->c->subtitle);
	in.lang = text(ch->h->lang);
	in.date = date;
	in.commit = text(ch->h->stamp.commit);
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
	/* A font that does not load is said by the report, beside. */
	if (pdf_fonts_load(&fonts, be.pdf,
	    (const char *const *)ch->theme->fonts, 1) == -1)
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

int
pdf_charter_render(const struct value *view, const struct view_docs *docs,
    const struct pdf_theme *theme, const struct pdf_charter_options *o,
    struct sink *sink, struct diags *d)
{
	struct booklet	 ch;
	time_t		 date = docs->head.when;
	int		 rc;

	memset(&ch, 0, sizeof(ch));
	if ((ch.c = docs->charter) == NULL)
		return 0;
	ch.h = &docs->head;
	ch.root = view;
	ch.diags = d;
	ch.labels = value_get(view, "labels");
	ch.loc = docs->head.loc;
	ch.theme = theme;
	ch.style = pdf_style_a5;
	pdf_style_theme(&ch.style, theme);
	ch.lead = ch.style;
	ch.lead.body_size = 13.5f;
	ch.lead.leading = 1.4f;
	ch.L.style = &ch.style;
	ch.L.doc = &ch.doc;
	ch.L.view = view;
	ch.L.hyph = ch.loc == LOCALE_FR ? pdf_hyph_open(PDF_HYPH_FR, d) : NULL;
	pdf_doc_init(&ch.doc, pdf_style_a5.width, pdf_style_a5.height);
	rc = write_one(&ch, 0, 0, date, sink);
	if (rc == 0)
		rc = write_one(&ch, 1, o != NULL && o->crop_marks, date, sink);
	pdf_hyph_close(ch.L.hyph);
	pdf_doc_release(&ch.doc);
	markdown_scratch_reset();
	return rc;
}
