/*
 * The report (see pdf_report.h): the body is laid out first, so that
 * its anchors know their pages; then the contents, whose length does
 * not depend on the numbers it shows (they sit in a column of their
 * own), is laid out after it; then the cover; the pages are put in
 * reading order, and the running header and footer added once the
 * number of pages is known.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../../markdown/markdown.h"
#include "../../../util/alloc.h"
#include "../backend/pdf_backend.h"
#include "pdf_media.h"
#include "pdf_report.h"
#include "pdf_report_int.h"
#include "pdf_styles.h"

const char *
rp_text(const char *s)
{
	return s != NULL ? s : "";
}

const char *
rp_colon(const struct report *r)
{
	return r->loc == LOCALE_FR ? "\xC2\xA0: " : ": ";
}

const char *
rp_semicolon(const struct report *r)
{
	return r->loc == LOCALE_FR ? "\xE2\x80\xAF; " : "; ";
}

const char *
rp_keep(struct report *r, const char *s)
{
	return arena_strdup(r->doc.arena, s);
}

int
rp_anchor(struct report *r, const char *title, int level)
{
	int	 a = pdf_doc_anchor(&r->doc, title, level);

	if (r->ntoc == r->captoc) {
		r->captoc = r->captoc ? r->captoc * 2 : 64;
		r->toc = xreallocarray(r->toc, r->captoc, sizeof(*r->toc));
	}
	r->toc[r->ntoc++] = a;
	return a;
}

/* "{key}" in s replaced by value, into b. */
static void
fill(struct buf *b, const char *s, const char *key, const char *value)
{
	const char	*at = strstr(s, key);

	if (at == NULL) {
		buf_puts(b, s);
		return;
	}
	buf_put(b, s, (size_t)(at - s));
	buf_puts(b, value);
	buf_puts(b, at + strlen(key));
}

/*
 * The cover's layout, in points on the A4 page (or a share of its height
 * H): a band of the dark accent with the council, the title, the
 * territory and the year; under it, the report's name, its date and the
 * coordinator at the foot.
 */
static const struct {
	float	 band;		/* × H: the band's height */
	float	 strip;		/* the accent strip under it */
	float	 council_top;	/* the council's baseline */
	float	 council_size;
	float	 rule_top, rule_width, rule_height;	/* under the council */
	float	 title_top;	/* × H: the title's first baseline */
	float	 title_size, title_lead;
	float	 title_width;	/* × the text's width */
	float	 territory_max, territory_min;	/* its size, shrunk to fit */
	float	 territory_step;
	float	 territory_below;	/* its top under the title's baseline */
	float	 territory_room;	/* above it, out of its room */
	float	 year_room;	/* kept for the year at the band's foot */
	float	 year_size;
	float	 year_tint;	/* the year's colour: accent to white */
	float	 year_left;	/* drawn that far left of the margin */
	float	 year_above;	/* its baseline above the band's foot */
	float	 name_below;	/* the report's name under the band */
	float	 name_size;
	float	 date_below;	/* the date under the report's name */
	float	 date_size;
	float	 coordinator_size;	/* at the foot */
	float	 year_lead;
	float	 logo_top;	/* the logo's panel, at the right margin */
	struct pdf_logo_box logo;
} cover_layout = {
	.band = 0.58f, .strip = 7, .council_top = 92, .council_size = 13,
	.rule_top = 104, .rule_width = 40, .rule_height = 2.5f,
	.title_top = 0.26f, .title_size = 34, .title_lead = 1.12f,
	.title_width = 0.9f,
	.territory_max = 15, .territory_min = 7, .territory_step = 0.5f,
	.territory_below = 19, .territory_room = 34, .year_room = 100,
	.year_size = 88, .year_tint = 0.3f, .year_left = 4, .year_above = 26,
	.name_below = 60, .name_size = 12, .date_below = 18, .date_size = 10,
	.coordinator_size = 9, .year_lead = 1,
	.logo_top = 24, .logo = { .max_w = 150, .max_h = 44, .pad = 6 },
};

/* The cover: a colour band with the council, the title and the year. */
static void
cover(struct report *r)
{
	const struct pdf_style	*st = r->L.style;
	struct pdf_page		*p = pdf_doc_add_page(&r->doc);
	float			 W = r->doc.width, H = r->doc.height;
	float			 x = st->margin_left, w = W - 2 * x, y, ts;
	float			 band = H * cover_layout.band;
	const struct view_contact *c = &r->h->coordinator;
	const char		*territory = rp_text(r->h->territory);
	char			 year[16];
	struct buf		 b = BUF_INIT;
	struct pdf_image_src	 logo;

	snprintf(year, sizeof(year), "%d", r->h->year);
	pdf_page_rect(p, 0, 0, W, band, st->accent_dark);
	pdf_page_rect(p, 0, band, W, cover_layout.strip, st->accent);
	/* The logo top right, above the council's line. */
	pdf_page_logo(p, &r->doc, pdf_media_image(r->h->logo, &logo),
	    W - st->margin_right, cover_layout.logo_top, &cover_layout.logo);
	pdf_page_text(&r->L, p, rp_text(r->h->council),
	    PDF_TEXT_STYLE(PDF_BOLD, cover_layout.council_size, st->on_accent,
	    PDF_LEADING, 0), PDF_AT(x, cover_layout.council_top, w));
	pdf_page_rect(p, x, cover_layout.rule_top, cover_layout.rule_width,
	    cover_layout.rule_height, st->accent_light);
	y = pdf_page_text(&r->L, p, rp_text(r->h->title),
	    PDF_TEXT_STYLE(PDF_HEADING, cover_layout.title_size, st->on_accent,
	    cover_layout.title_lead, 0), PDF_AT(x, H * cover_layout.title_top,
	    w * cover_layout.title_width));
	/* Above the year: a long territory (communes) in smaller type. */
	ts = cover_layout.territory_max;
	while ((float)pdf_page_text_lines(&r->L, territory, PDF_REGULAR, ts,
	    w) * ts * PDF_LEADING > band -
	    cover_layout.year_room - y - cover_layout.territory_room &&
	    ts > cover_layout.territory_min)
		ts -= cover_layout.territory_step;
	pdf_page_text(&r->L, p, territory,
	    PDF_TEXT_STYLE(PDF_REGULAR, ts, st->accent_light, PDF_LEADING, 0),
	    PDF_AT(x, y + cover_layout.territory_below + ts, w));
	pdf_page_text(&r->L, p, year, PDF_TEXT_STYLE(PDF_HEADING,
	    cover_layout.year_size, pdf_color_mix(st->accent, st->on_accent,
	    cover_layout.year_tint), cover_layout.year_lead, 0),
	    PDF_AT(x - cover_layout.year_left,
	    band - cover_layout.year_above, w));
	y = band + cover_layout.name_below;
	y = pdf_page_text(&r->L, p, r->labels.report,
	    PDF_TEXT_STYLE(PDF_BOLD, cover_layout.name_size, st->accent_dark,
	    PDF_LEADING, 0), PDF_AT(x, y, w));
	fill(&b, r->labels.generated, "{date}", rp_text(r->h->date));
	pdf_page_text(&r->L, p, buf_cstr(&b), PDF_TEXT_STYLE(PDF_REGULAR,
	    cover_layout.date_size, st->muted, PDF_LEADING, 0), PDF_AT(x,
	    y + cover_layout.date_below, w));
	buf_truncate(&b, 0);
	if (c->name != NULL && *c->name != '\0') {
		buf_printf(&b, "%s%s%s", r->labels.coordinator,
		    rp_colon(r), c->name);
		if (c->email != NULL && *c->email != '\0')
			buf_printf(&b, " \xE2\x80\x94 %s", c->email);
		pdf_page_text(&r->L, p, rp_keep(r, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_REGULAR, cover_layout.coordinator_size,
		    st->muted, PDF_LEADING, 0), PDF_AT(x, H - st->margin_bottom,
		    w));
	}
	buf_release(&b);
}

/*
 * The contents, in points: its heading, then a line per entry, a part's
 * (level 0) in bold, a section's indented under it, each page number
 * set against the right edge.
 */
static const struct {
	float	 space;		/* under the heading, before the first entry */
	float	 part_bigger;	/* a part's type, above the body's size */
	float	 part_above;	/* room above a part's entry */
	float	 section_above;	/* room above a section's entry */
	float	 section_indent;
	float	 page_room;	/* kept at the right for the page numbers */
	float	 x_height;	/* × size: a line's middle above its baseline */
	size_t	 tries;		/* laid out again while its length changes */
} toc_layout = {
	.space = 10, .part_bigger = 1, .part_above = 9, .section_above = 2,
	.section_indent = 16, .page_room = 40, .x_height = 0.7f, .tries = 8,
};

/* One line of the contents: its title, linked, and its page. */
static void
toc_entry(struct report *r, struct pdf_flow *fl, int anchor, int offset)
{
	const struct pdf_style	*st = r->L.style;
	const struct pdf_anchor	*a = &r->doc.anchors[anchor];
	struct pdf_text		 t;
	struct pdf_block	 bl;
	struct pdf_span		*sp;
	struct pdf_op		 op;
	char			 num[16];
	int			 top = a->level == 0;

	pdf_text_init(&t, top ? st->body_size + toc_layout.part_bigger :
	    st->body_size, PDF_LEFT);
	sp = pdf_text_add(&t, top ? PDF_BOLD : PDF_REGULAR, top ?
	    st->accent_dark : st->text, a->title, strlen(a->title));
	sp->goto_anchor = anchor;
	memset(&bl, 0, sizeof(bl));
	bl.anchor = -1;
	bl.indent = top ? 0 : toc_layout.section_indent;
	bl.indent_right = toc_layout.page_room;
	pdf_flow_space(fl, top ? toc_layout.part_above :
	    toc_layout.section_above);
	pdf_flow_text(fl, &t, &bl);
	snprintf(num, sizeof(num), "%d", a->page + offset + 1);
	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_TEXT;
	op.font = top ? PDF_BOLD : PDF_REGULAR;
	op.color = st->text;
	op.size = t.size;
	op.x = fl->width - (float)pdf_font_width(&r->L.fonts->f[op.font], num,
	    strlen(num), t.size);
	op.y = (t.size * st->leading + t.size * toc_layout.x_height) / 2;
	op.text = rp_keep(r, num);
	op.len = (uint32_t)strlen(num);
	pdf_flow_op(fl, &op);
	pdf_text_release(&t);
}

/* Lays out the contents after the body; returns its number of pages. */
static size_t
contents(struct report *r, size_t guess)
{
	struct pdf_flow	 fl;
	size_t		 i, n;

	pdf_flow_init(&fl, &r->L);
	pdf_flow_heading(&fl, 1, r->labels.contents, r->contents,
	    r->contents);
	pdf_flow_space(&fl, toc_layout.space);
	/* Body pages come after the cover and the contents. */
	for (i = 0; i < r->ntoc; i++)
		toc_entry(r, &fl, r->toc[i], (int)guess + 1);
	n = pdf_flow_paginate(&fl, &r->doc);
	pdf_flow_release(&fl);
	return n;
}

/* Puts the pages in reading order: cover, contents, body. */
static void
reorder(struct pdf_doc *d, size_t body, size_t toc)
{
	struct pdf_page	*v = xreallocarray(NULL, d->npages, sizeof(*v));

	v[0] = d->pages[body + toc];
	memcpy(v + 1, d->pages + body, toc * sizeof(*v));
	memcpy(v + 1 + toc, d->pages, body * sizeof(*v));
	free(d->pages);
	d->pages = v;
	d->cappages = d->npages;
}

/*
 * The running header and footer of every page but the cover, in points
 * from the margins: the council at the left and the section at the
 * right above a rule, "page X / N" at the foot, at the right, with the
 * colophon at its left on the last page.
 */
static const struct {
	float	 head_size;
	float	 lead;		/* of every line here */
	float	 council_share;	/* × the text's width: the council's most */
	float	 section_share;	/* × the text's width: the section's most */
	float	 head_above;	/* the header's baseline above the top margin */
	float	 rule_above;	/* the rule's, above the top margin */
	float	 rule_width;	/* its thickness */
	float	 foot_size;	/* "page X / N" */
	float	 foot_below;	/* its baseline below the bottom margin */
	float	 colophon_size;
	float	 colophon_gap;	/* between the colophon and "page X / N" */
} running_layout = {
	.head_size = 7.5f, .lead = 1.2f, .council_share = 0.45f,
	.section_share = 0.52f, .head_above = 30, .rule_above = 24,
	.rule_width = 0.5f, .foot_size = 8, .foot_below = 34,
	.colophon_size = 8, .colophon_gap = 12,
};

/*
 * The last page's colophon, at the left of its folio: the git commit
 * the content comes from (stamp.h), when it has one, on one line.
 */
static void
colophon(struct report *r, struct pdf_page *p, float w)
{
	const struct pdf_style	*st = r->L.style;
	const char		*s = rp_text(r->h->stamp.text);

	if (*s == '\0' || w <= 0)
		return;
	s = pdf_text_ellipsis(&r->L, PDF_REGULAR,
	    running_layout.colophon_size, s, w);
	pdf_page_text(&r->L, p, rp_keep(r, s),
	    PDF_TEXT_STYLE(PDF_REGULAR, running_layout.colophon_size,
	    st->muted, running_layout.lead, 0), PDF_AT(st->margin_left,
	    r->doc.height - st->margin_bottom + running_layout.foot_below, w));
}

/* The running header (council, section) and footer (page X / N). */
static void
running(struct report *r)
{
	const struct pdf_style	*st = r->L.style;
	float			 W = r->doc.width, H = r->doc.height;
	float			 x = st->margin_left, w = W - x - st->margin_right;
	float			 hs = running_layout.head_size;
	float			 head = st->margin_top - running_layout.head_above;
	struct buf		 b = BUF_INIT, n = BUF_INIT;
	char			 page[32], pages[32];
	struct pdf_op		 op;
	size_t			 i;

	snprintf(pages, sizeof(pages), "%zu", r->doc.npages);
	for (i = 1; i < r->doc.npages; i++) {
		struct pdf_page	*p = &r->doc.pages[i];
		const char	*sec = p->section >= 0 ?
				    r->doc.anchors[p->section].title :
				    rp_text(r->h->title);
		float		 sw;

		/* One line each, above the rule: long ones end with "…". */
		pdf_page_text(&r->L, p, pdf_text_ellipsis(&r->L, PDF_BOLD, hs,
		    rp_text(r->h->council), w * running_layout.council_share),
		    PDF_TEXT_STYLE(PDF_BOLD, hs, st->accent,
		    running_layout.lead, 0), PDF_AT(x, head,
		    w * running_layout.council_share));
		sec = pdf_text_ellipsis(&r->L, PDF_REGULAR, hs, sec,
		    w * running_layout.section_share);
		sw = (float)pdf_font_width(&r->L.fonts->f[PDF_REGULAR], sec,
		    strlen(sec), hs);
		pdf_page_text(&r->L, p, sec, PDF_TEXT_STYLE(PDF_REGULAR, hs,
		    st->muted, running_layout.lead, 0), PDF_AT(x + w - sw,
		    head, sw + 1));
		memset(&op, 0, sizeof(op));
		op.kind = PDF_OP_LINE;
		op.color = st->rule;
		op.x = x;
		op.y = st->margin_top - running_layout.rule_above;
		op.w = w;
		op.size = running_layout.rule_width;
		pdf_page_push(p, &op);
		snprintf(page, sizeof(page), "%zu", i + 1);
		buf_truncate(&b, 0);
		buf_truncate(&n, 0);
		fill(&n, r->labels.page_of, "{page}", page);
		fill(&b, buf_cstr(&n), "{pages}", pages);
		sw = (float)pdf_font_width(&r->L.fonts->f[PDF_REGULAR], b.data,
		    b.len, running_layout.foot_size);
		pdf_page_text(&r->L, p, rp_keep(r, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_REGULAR, running_layout.foot_size,
		    st->muted, running_layout.lead, 0), PDF_AT(x + w - sw,
		    H - st->margin_bottom + running_layout.foot_below, sw + 1));
		if (i + 1 == r->doc.npages)
			colophon(r, p, w - sw - running_layout.colophon_gap);
	}
	buf_release(&b);
	buf_release(&n);
}

/* The whole layout into r->doc. */
static void
report_layout(struct report *r)
{
	size_t	 body, toc, guess = 1, i;

	/* The contents' anchor first: the outline is in reading order. */
	r->contents = pdf_doc_anchor(&r->doc, r->labels.contents, 0);
	pdf_flow_init(&r->fl, &r->L);
	rp_pages(r, 1);
	rp_key_figures(r);
	rp_pages(r, 0);
	rp_thematics(r);
	rp_annexes(r);
	body = pdf_flow_paginate(&r->fl, &r->doc);
	pdf_flow_release(&r->fl);
	for (;;) {
		toc = contents(r, guess);
		if (toc == guess || guess > toc_layout.tries)
			break;
		for (i = body; i < r->doc.npages; i++)
			pdf_page_release(&r->doc.pages[i]);
		r->doc.npages = body;
		guess = toc;
	}
	cover(r);
	reorder(&r->doc, body, toc);
	for (i = 0; i < r->doc.nanchors; i++) {
		struct pdf_anchor	*a = &r->doc.anchors[i];

		if (a->page < 0)
			continue;
		a->page = (size_t)a->page >= body ? a->page - (int)body + 1 :
		    a->page + 1 + (int)toc;
	}
	running(r);
}

static int
report_write(struct report *r, time_t date, struct sink *sink)
{
	struct pdf_backend	 be;
	struct pdf_place	 pl = { 0, 0, 1, { 0, 0, 0, 0 } };
	struct pdf_info		 info;
	struct buf		 path = BUF_INIT;
	HPDF_Page		 sheet;
	size_t			 i;
	int			 rc = -1;

	if (pdf_backend_open(&be, r->diags) == -1)
		return -1;
	if (pdf_fonts_load(r->L.fonts, be.pdf,
	    (const char *const *)r->theme->fonts, r->diags) == -1)
		goto done;
	be.fonts = r->L.fonts;
	report_layout(r);
	for (i = 0; i < r->doc.npages; i++) {
		if ((sheet = pdf_backend_sheet(&be, r->doc.width,
		    r->doc.height)) == NULL)
			goto done;
		pdf_backend_draw(&be, sheet, &r->doc, i, &pl);
	}
	pdf_backend_finish(&be, &r->doc);
	/* The pages are in the PDF now: their lists are memory to give back. */
	pdf_doc_release(&r->doc);
	memset(&info, 0, sizeof(info));
	info.title = rp_text(r->h->title);
	info.author = rp_text(r->h->council);
	info.subject = rp_text(r->h->territory);
	info.lang = rp_text(r->h->lang);
	info.date = date;
	info.commit = rp_text(r->h->stamp.commit);
	pdf_backend_info(&be, &info);
	buf_printf(&path, "pdf/rapport-%d.pdf", r->h->year);
	rc = pdf_backend_save(&be, sink, buf_cstr(&path));
	buf_release(&path);
done:
	pdf_fonts_release(r->L.fonts);
	pdf_backend_close(&be);
	return rc;
}

int
pdf_report_render(const struct view_docs *docs, const struct pdf_theme *theme,
    struct sink *sink, struct diags *d)
{
	struct report		 r;
	struct pdf_fonts	 fonts;
	struct pdf_images	 media;
	int			 rc;

	memset(&r, 0, sizeof(r));
	r.docs = docs;
	r.h = &docs->head;
	r.diags = d;
	r.labels = docs->labels;
	view_labels_or_keys(&r.labels);
	r.loc = docs->head.loc;
	pdf_doc_init(&r.doc, pdf_style_a4.width, pdf_style_a4.height);
	r.L.fonts = &fonts;
	r.theme = theme;
	r.style = pdf_style_a4;
	pdf_style_theme(&r.style, theme);
	r.L.style = &r.style;
	r.L.doc = &r.doc;
	pdf_media_images(&media, &docs->media);
	r.L.media = &media;
	r.L.hyph = r.loc == LOCALE_FR ? pdf_hyph_open(PDF_HYPH_FR, d) : NULL;
	rc = report_write(&r, docs->head.when, sink);
	pdf_hyph_close(r.L.hyph);
	pdf_doc_release(&r.doc);
	pdf_media_release(&media);
	free(r.toc);
	markdown_scratch_reset();
	return rc;
}
