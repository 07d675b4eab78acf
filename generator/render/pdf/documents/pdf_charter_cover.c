/*
 * The charter booklet's covers (see pdf_charter_int.h): the front cover,
 * a band of the accent colour with the council, the title and the
 * subtitle, then the adoption date and version; the back cover, the
 * coordinator's contacts, the charter's title and version, and the
 * council in the accent band at the foot. Both bleed (BLEED).
 */
#include <stdio.h>
#include <string.h>

#include "../../../util/buf.h"
#include "../../../util/escape.h"
#include "pdf_media.h"
#include "pdf_charter_int.h"
#include "pdf_styles.h"

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
	float	 logo_top;	/* the logo's panel, at the right margin */
	struct pdf_logo_box logo;
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
	.logo_top = 14, .logo = { .max_w = 110, .max_h = 26, .pad = 4 },
};

/*
 * The cover's band: the council (four lines at most), "Charte", the
 * title and the subtitle (six lines at most). A long title is set
 * smaller, and the band grows, until they fit; a title that still does
 * not (a hundred words) ends with "…" where the band must stop: the back
 * cover and the document properties have it whole. Returns the band's
 * height.
 */
static float
cover_band(struct booklet *ch, struct pdf_page *p)
{
	const struct pdf_style	*st = &ch->style;
	struct pdf_layout	*L = &ch->L;
	float			 W = ch->doc.width, H = ch->doc.height;
	float			 x = st->margin_left, w = W - 2 * x;
	float			 top, band, size, y, tl = 0, sl = 0, room;
	const char		*council = ch_text(ch->h->council);
	const char		*title = ch_text(ch->c->title);
	const char		*sub = ch_text(ch->c->subtitle);
	size_t			 nc, nt, ns = 0, most;
	struct pdf_image_src	 logo;

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
	pdf_page_logo(p, &ch->doc, pdf_media_image(ch->h->logo, &logo),
	    W - st->margin_right, cover_layout.logo_top, &cover_layout.logo);
	y = pdf_page_text(L, p, council, PDF_TEXT_STYLE(PDF_BOLD,
	    cover_layout.council_size, st->on_accent, PDF_LEADING,
	    cover_layout.council_lines), PDF_AT(x, cover_layout.council_top,
	    w));
	pdf_page_rect(p, x, y + cover_layout.rule_gap, cover_layout.rule_width,
	    cover_layout.rule_height, st->accent);
	pdf_page_text(L, p, ch->labels.charter, PDF_TEXT_STYLE(PDF_BOLD,
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
void
ch_cover(struct booklet *ch)
{
	const struct pdf_style	*st = &ch->style;
	struct pdf_page		*p = pdf_doc_add_page(&ch->doc);
	float			 H = ch->doc.height, x = st->margin_left;
	float			 w = ch->doc.width - 2 * x, y;
	struct buf		 b = BUF_INIT;

	y = cover_band(ch, p) + cover_foot.date_below;
	if (ch_has(ch->c->adopted)) {
		buf_printf(&b, "%s %s", ch->labels.adopted, ch->c->adopted);
		y = pdf_page_text(&ch->L, p, ch_keep(ch, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_BOLD, cover_foot.date_size,
		    st->accent_dark, PDF_LEADING, 0), PDF_AT(x, y, w)) +
		    cover_foot.line_gap;
	}
	if (ch_has(ch->c->version)) {
		buf_truncate(&b, 0);
		buf_printf(&b, "%s %s", ch->labels.version, ch->c->version);
		y = pdf_page_text(&ch->L, p, ch_keep(ch, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_REGULAR, cover_foot.version_size,
		    st->muted, PDF_LEADING, cover_foot.version_lines),
		    PDF_AT(x, y, w)) + cover_foot.line_gap;
	}
	foot_text(ch, p, ch_text(ch->h->territory),
	    PDF_TEXT_STYLE(PDF_REGULAR, cover_foot.territory_size, st->muted,
	    PDF_LEADING, 0), PDF_AT(x, H - st->margin_bottom +
	    cover_foot.territory_drop, w), y + cover_foot.territory_clear);
	buf_release(&b);
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

	if (!ch_has(co->name))
		return y;
	y = pdf_page_text(&ch->L, p, ch->labels.contact,
	    PDF_TEXT_STYLE(PDF_BOLD, contact_layout.label_size, st->accent,
	    PDF_LEADING, 0), PDF_AT(x, y, w));
	pdf_page_rect(p, x, y + contact_layout.rule_gap,
	    contact_layout.rule_width, contact_layout.rule_height, st->accent);
	y = pdf_page_text(&ch->L, p, co->name,
	    PDF_TEXT_STYLE(PDF_HEADING, contact_layout.name_size,
	    st->accent_dark, contact_layout.name_lead,
	    contact_layout.name_lines), PDF_AT(x,
	    y + contact_layout.name_below, w)) + contact_layout.name_gap;
	buf_printf(&b, "%s, %s", ch->labels.coordinator,
	    ch_text(ch->h->council));
	y = pdf_page_text(&ch->L, p, ch_keep(ch, buf_cstr(&b)),
	    PDF_TEXT_STYLE(PDF_REGULAR, contact_layout.role_size, st->muted,
	    PDF_LEADING, contact_layout.role_lines), PDF_AT(x, y, w)) +
	    contact_layout.role_gap;
	if (ch_has(s = co->email)) {
		buf_truncate(&b, 0);
		escape_mailto(&b, s);
		y = line_link(ch, p, s, ch_keep(ch, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_BOLD, contact_layout.link_size,
		    st->accent, PDF_LEADING, 0), PDF_AT(x, y, w)) +
		    contact_layout.link_gap;
	}
	if (ch_has(s = co->phone)) {
		buf_truncate(&b, 0);
		escape_tel(&b, s);
		y = line_link(ch, p, s,
		    ch_keep(ch, buf_cstr(&b)), PDF_TEXT_STYLE(PDF_BOLD,
		    contact_layout.link_size, st->accent, PDF_LEADING, 0),
		    PDF_AT(x, y, w)) + contact_layout.link_gap;
	}
	buf_release(&b);
	return y + contact_layout.after;
}

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
	float	 version_size;
	float	 stamp_size;	/* the content's commit, under the version */
	size_t	 stamp_lines;	/* at most */
	float	 stamp_gap;	/* its baseline under the version's */
	float	 litter_size;
} back_layout = {
	.council_size = 14, .council_lead = 1.2f, .council_lines = 3,
	.territory_size = 10.5f, .territory_lines = 5, .territory_gap = 18,
	.room = 48, .council_drop = 44, .band_max = 0.74f, .clear = 40,
	.litter_above = 22, .strip = 5,
	.title_size = 10.5f, .title_lines = 3, .version_lines = 2,
	.title_gap = 15, .top = 14, .version_size = 10, .stamp_size = 8.5f,
	.stamp_lines = 2, .stamp_gap = 16, .litter_size = 8.5f,
};

/*
 * The back cover: the contacts, the charter's title and version, and the
 * council and territory in the accent band at the foot, which rises
 * when they take lines. Long texts stop at a few lines, with "…".
 */
void
ch_back_cover(struct booklet *ch)
{
	const struct pdf_style	*st = &ch->style;
	struct pdf_page		*p = pdf_doc_add_page(&ch->doc);
	float			 W = ch->doc.width, H = ch->doc.height;
	float			 x = st->margin_left, w = W - 2 * x, band, y;
	struct buf		 b = BUF_INIT;
	const char		*s, *council = ch_text(ch->h->council);
	const char		*territory = ch_text(ch->h->territory);
	size_t			 nc, nt;

	y = contacts(ch, p, st->margin_top + back_layout.top);
	y = pdf_page_text(&ch->L, p, ch_text(ch->c->title),
	    PDF_TEXT_STYLE(PDF_BOLD, back_layout.title_size, st->text,
	    PDF_LEADING, back_layout.title_lines), PDF_AT(x, y, w)) +
	    back_layout.title_gap;
	if (ch_has(ch->c->version))
		buf_printf(&b, "%s %s", ch->labels.version, ch->c->version);
	if (ch_has(ch->c->adopted))
		buf_printf(&b, "%s%s %s", b.len > 0 ? " \xC2\xB7 " : "",
		    ch->labels.adopted, ch->c->adopted);
	if (b.len > 0)
		y = pdf_page_text(&ch->L, p, ch_keep(ch, buf_cstr(&b)),
		    PDF_TEXT_STYLE(PDF_REGULAR, back_layout.version_size,
		    st->muted, PDF_LEADING, back_layout.version_lines),
		    PDF_AT(x, y, w));
	/* The content's git commit, when it has one (stamp.h). */
	if (ch_has(s = ch->h->stamp.text))
		y = pdf_page_text(&ch->L, p, ch_keep(ch, s),
		    PDF_TEXT_STYLE(PDF_REGULAR, back_layout.stamp_size,
		    st->muted, PDF_LEADING, back_layout.stamp_lines),
		    PDF_AT(x, y + back_layout.stamp_gap, w));
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
	if (ch_has(ch->litter))
		pdf_page_text(&ch->L, p, ch->litter, PDF_TEXT_STYLE(PDF_ITALIC,
		    back_layout.litter_size, st->muted, PDF_LEADING, 0),
		    PDF_AT(x,
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
