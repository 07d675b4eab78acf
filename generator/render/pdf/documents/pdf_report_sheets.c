/*
 * The body of the report (see pdf_report.c): key figures, pages,
 * thematics with their action sheets, annexes; all read from the
 * documents' typed facts (docs.h), whose figures are already formatted.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../../../markdown/markdown.h"
#include "../../../view/chart.h"
#include "pdf_report_int.h"

/* A small label above a heading, in capitals' place: accent, bold. */
void
rp_overline(struct report *r, const char *s)
{
	pdf_flow_paragraph(&r->fl, s, PDF_BOLD, r->L.style->small_size,
	    r->L.style->accent, PDF_LEFT);
	pdf_flow_keep(&r->fl);
	r->fl.space = 0;
}

/* The key figures' page: its tiles, in points, and its spaces. */
static const struct {
	float		 tile_height;
	float		 tile_bar;	/* the accent bar at the tile's left */
	float		 figure_size;	/* the big figure's, at most */
	float		 figure_fit;	/* the width it leaves in the tile */
	float		 text_inset;	/* the texts' left, from the tile's */
	float		 text_margin;	/* the width the texts leave */
	float		 figure_y;	/* its baseline, from the tile's top */
	float		 label_y;	/* the label's first line */
	float		 label_leading;
	size_t		 label_lines;	/* at most */
	float		 gap;		/* between tiles, and under a row */
	size_t		 per_row;
	float		 after_title;
	float		 after_tiles;
	double		 funding_top;	/* the higher funding bar's height */
} key_layout = {
	64, 3, 20, 18, 11, 16, 28, 43, 10.5f, 2, 8, 4, 8, 10, 0.9,
};

/* The other parts' spaces, in points, and the annex's columns. */
static const struct {
	float		 after_page_title;
	float		 after_thematic_title;
	float		 partners[3];	/* partner, kind, roles */
	float		 funding[3];	/* funder or family, amount, share */
} body_layout = {
	6, 4,
	{ 0.32f, 0.2f, 0.48f },
	{ 0.6f, 0.22f, 0.18f },
};

/* A chart of n bars titled title, to fill; 0 when there is none. */
static int
bars_begin(struct report *r, struct chart *c, const char *title, size_t n)
{
	memset(c, 0, sizeof(*c));
	if (n == 0)
		return 0;
	c->title = title;
	c->bars = arena_alloc(r->doc.arena, n * sizeof(*c->bars));
	memset(c->bars, 0, n * sizeof(*c->bars));
	c->nbars = n;
	return 1;
}

/* The bars' heights (their numbers), as fractions of the highest. */
static void
bars_scale(struct chart *c)
{
	double		 max = 0;
	size_t		 i;

	for (i = 0; i < c->nbars; i++)
		max = c->bars[i].height > max ? c->bars[i].height : max;
	for (i = 0; i < c->nbars; i++)
		c->bars[i].height = max > 0 ? c->bars[i].height / max : 0;
}

/* A bar of a figure: its label, its text, its number. */
static void
bar(struct chart_bar *b, const char *label, const struct view_figure *f)
{
	b->label = rp_text(label);
	b->value = rp_text(f->text);
	b->height = view_figure_number(f);
}

/* How many actions or indicators have each status, as bars. */
static int
status_chart(struct report *r, struct chart *c, const char *title,
    const struct view_status_count *s, size_t n)
{
	size_t		 i;

	if (!bars_begin(r, c, title, n))
		return 0;
	for (i = 0; i < n; i++)
		bar(&c->bars[i], s[i].label, &s[i].count);
	bars_scale(c);
	return 1;
}

/* The funders' amounts, each bar with its share. */
static int
funder_chart(struct report *r, struct chart *c, const struct view_funding *f)
{
	size_t		 i;

	if (!bars_begin(r, c, r->labels.funding_by_funder,
	    f->nby_funder))
		return 0;
	for (i = 0; i < f->nby_funder; i++) {
		bar(&c->bars[i], f->by_funder[i].partner->label,
		    &f->by_funder[i].amount);
		c->bars[i].share = rp_text(f->by_funder[i].share.text);
	}
	bars_scale(c);
	return 1;
}

/* The families' amounts, each bar with its share. */
static int
family_chart(struct report *r, struct chart *c, const struct view_funding *f)
{
	size_t		 i;

	if (!bars_begin(r, c, r->labels.funding_by_family,
	    f->nby_family))
		return 0;
	for (i = 0; i < f->nby_family; i++) {
		bar(&c->bars[i], f->by_family[i].label,
		    &f->by_family[i].amount);
		c->bars[i].share = rp_text(f->by_family[i].share.text);
	}
	bars_scale(c);
	return 1;
}

/* A tile of the key figures: a big figure and its label. */
static void
tile(struct report *r, float x, float w, const char *figure,
    const char *label)
{
	const struct pdf_style	*st = r->L.style;
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	struct pdf_op		 op;
	float			 size, fit = w - key_layout.figure_fit;
	float			 tw = w - key_layout.text_margin;
	float			 tx = x + key_layout.text_inset;
	size_t			 i, box = r->fl.n - 1;

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_RECT;
	op.color = st->fill;
	op.x = x;
	op.w = w;
	op.h = key_layout.tile_height;
	pdf_flow_op(&r->fl, &op);
	op.color = st->accent;
	op.w = key_layout.tile_bar;
	pdf_flow_op(&r->fl, &op);
	/* The figure at its size, smaller when it would not fit. */
	size = (float)pdf_font_width(&r->L.fonts->f[PDF_HEADING], figure,
	    strlen(figure), key_layout.figure_size);
	size = size > fit ? key_layout.figure_size * fit / size :
	    key_layout.figure_size;
	pdf_text_init(&t, size, PDF_LEFT);
	pdf_text_add(&t, PDF_HEADING, st->accent_dark, figure, strlen(figure));
	pdf_text_break(&r->L, &t, tw, &ls);
	if (ls.n > 0)
		pdf_text_draw_line(&r->L, &t, &ls, 0, PDF_AT(tx,
		    key_layout.figure_y, tw), &r->fl.ops);
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	pdf_text_init(&t, st->small_size, PDF_LEFT);
	pdf_text_add(&t, PDF_REGULAR, st->muted, label, strlen(label));
	pdf_text_break(&r->L, &t, tw, &ls);
	for (i = 0; i < ls.n && i < key_layout.label_lines; i++)
		pdf_text_draw_line(&r->L, &t, &ls, i, PDF_AT(tx,
		    key_layout.label_y + (float)i * key_layout.label_leading,
		    tw), &r->fl.ops);
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	r->fl.boxes[box].nops = (uint32_t)(r->fl.ops.n -
	    r->fl.boxes[box].first_op);
}

/* A key figure of a tile: its text and the label that names it. */
struct key_figure {
	const char	*text;
	const char	*label;
};

/* A row of tiles, as wide as per_row of them would be. */
static void
tiles(struct report *r, const struct key_figure *k, size_t n)
{
	float	 gap = key_layout.gap;
	float	 w = (r->fl.width - gap * (float)(key_layout.per_row - 1)) /
		    (float)key_layout.per_row;
	size_t	 i;

	pdf_flow_box(&r->fl, key_layout.tile_height);
	for (i = 0; i < n; i++)
		tile(r, (float)i * (w + gap), w, rp_text(k[i].text),
		    k[i].label);
	pdf_flow_space(&r->fl, gap);
}

/* Funding of the year before and of the year, as two bars. */
static void
funding_chart(struct report *r, const struct view_summary *sum)
{
	struct chart	 c;
	int		 y = r->h->year;
	double		 prev = view_figure_number(&sum->funding_previous);
	double		 cur = view_figure_number(&sum->funding_total);
	double		 max = prev > cur ? prev : cur;
	double		 top = key_layout.funding_top;
	char		 buf[256];

	bars_begin(r, &c, r->labels.funding_total, 2);
	snprintf(buf, sizeof(buf), "%d", y - 1);
	c.bars[0].label = rp_keep(r, buf);
	c.bars[0].value = rp_text(sum->funding_previous.text);
	c.bars[0].height = max > 0 ? prev / max * top : 0;
	snprintf(buf, sizeof(buf), "%d", y);
	c.bars[1].label = rp_keep(r, buf);
	c.bars[1].value = rp_text(sum->funding_total.text);
	c.bars[1].height = max > 0 ? cur / max * top : 0;
	c.bars[1].current = 1;
	snprintf(buf, sizeof(buf), "%s%s%s %s%s%s %s (%s%s%s).",
	    r->labels.funding_total, rp_colon(r), c.bars[0].label,
	    c.bars[0].value, r->loc == LOCALE_FR ? " \xE2\x86\x92 " : " -> ",
	    c.bars[1].label, c.bars[1].value, r->labels.evolution,
	    rp_colon(r), rp_text(sum->funding_evolution.text));
	c.desc = rp_keep(r, buf);
	pdf_flow_chart_years(&r->fl, &c, r->labels.target);
}

void
rp_key_figures(struct report *r)
{
	const struct view_docs		*docs = r->docs;
	const struct view_summary	*sum = &docs->summary;
	const struct view_labels	*l = &r->labels;
	const struct key_figure		 row1[] = {
		{ sum->actions, l->actions },
		{ sum->indicators, l->indicators },
		{ sum->achievement_rate.text, l->achievement_rate },
		{ sum->attainment_mean.text, l->attainment_mean },
	}, row2[] = {
		{ sum->funding_total.text, l->funding_total },
		{ sum->funding_previous.text, l->funding_previous },
		{ sum->funding_evolution.text, l->funding_evolution },
	};
	const char			*title = r->labels.key_figures;
	int				 a = rp_anchor(r, title, 0);
	struct chart			 c;

	pdf_flow_page_break(&r->fl);
	pdf_flow_heading(&r->fl, 1, title, a, a);
	pdf_flow_space(&r->fl, key_layout.after_title);
	tiles(r, row1, sizeof(row1) / sizeof(row1[0]));
	tiles(r, row2, sizeof(row2) / sizeof(row2[0]));
	pdf_flow_space(&r->fl, key_layout.after_tiles);
	if (status_chart(r, &c, r->labels.actions_by_status,
	    sum->actions_by_status, STATUS__MAX))
		pdf_flow_chart_bars(&r->fl, &c, NULL);
	if (status_chart(r, &c, r->labels.indicators_by_status,
	    sum->indicators_by_status, ISTATUS__MAX))
		pdf_flow_chart_bars(&r->fl, &c, NULL);
	funding_chart(r, sum);
	if (family_chart(r, &c, &docs->funding))
		pdf_flow_chart_bars(&r->fl, &c, NULL);
	if (funder_chart(r, &c, &docs->funding))
		pdf_flow_chart_bars(&r->fl, &c, NULL);
}

void
rp_pages(struct report *r, int opening)
{
	const struct view_docs	*docs = r->docs;
	size_t			 i;
	int			 a;

	for (i = 0; i < docs->npages; i++) {
		const struct view_page	*p = &docs->pages[i];

		if ((p->opens_report != 0) != opening)
			continue;
		a = rp_anchor(r, rp_text(p->title), 0);
		pdf_flow_page_break(&r->fl);
		pdf_flow_heading(&r->fl, 1, rp_text(p->title), a, a);
		pdf_flow_space(&r->fl, body_layout.after_page_title);
		pdf_flow_markdown(&r->fl, view_text_document(&p->body), 1);
		markdown_scratch_reset();
	}
}

/* The names of partners, joined with ", ". */
static const char *
partner_names(struct report *r, const struct view_partner_ref *p, size_t n)
{
	struct buf	 b = BUF_INIT;
	const char	*s;
	size_t		 i;

	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i > 0 ? ", " : "", rp_text(p[i].name));
	s = rp_keep(r, buf_cstr(&b));
	buf_release(&b);
	return s;
}

static void
thematic(struct report *r, size_t i, const struct view_thematic *t)
{
	char		 over[256];
	size_t		 j;
	int		 a = rp_anchor(r, rp_text(t->title), 0);

	pdf_flow_page_break(&r->fl);
	snprintf(over, sizeof(over), "%s %zu", r->labels.thematic, i + 1);
	r->fl.section = a;
	rp_overline(r, rp_keep(r, over));
	pdf_flow_heading(&r->fl, 1, rp_text(t->title), a, -1);
	pdf_flow_space(&r->fl, body_layout.after_thematic_title);
	pdf_flow_markdown(&r->fl, view_text_document(&t->description), 2);
	/* No group, no heading; no action, a sentence that says so. */
	if (t->ngroup > 0) {
		pdf_flow_heading(&r->fl, 3, r->labels.group, -1, -1);
		pdf_flow_paragraph(&r->fl, partner_names(r, t->group,
		    t->ngroup), PDF_REGULAR, r->L.style->body_size,
		    r->L.style->text, PDF_LEFT);
	}
	markdown_scratch_reset();
	if (t->nactions == 0)
		pdf_flow_paragraph(&r->fl, r->labels.no_action,
		    PDF_ITALIC, r->L.style->body_size, r->L.style->muted,
		    PDF_LEFT);
	for (j = 0; j < t->nactions; j++)
		rp_action(r, t->actions[j]);
}

void
rp_thematics(struct report *r)
{
	const struct view_docs	*docs = r->docs;
	size_t			 i;

	for (i = 0; i < docs->nthematics; i++)
		thematic(r, i, &docs->thematics[i]);
}

/* "Label : title, title" of a role, after "; ". */
static void
role(struct report *r, struct buf *b, const char *label,
    const struct view_ref *refs, size_t n)
{
	size_t		 i;

	if (n == 0)
		return;
	buf_printf(b, "%s%s%s", b->len > 0 ? rp_semicolon(r) : "",
	    label, rp_colon(r));
	for (i = 0; i < n; i++)
		buf_printf(b, "%s%s", i > 0 ? ", " : "",
		    rp_text(refs[i].title));
}

static void
annex_partners(struct report *r)
{
	const struct view_docs	*docs = r->docs;
	const struct view_labels *l = &r->labels;
	struct pdf_table	 tb;
	struct buf		 b = BUF_INIT;
	size_t			 i;
	int			 a = rp_anchor(r, l->partners, 1);

	pdf_flow_heading(&r->fl, 2, l->partners, a, -1);
	pdf_table_begin(&tb, &r->fl, 3, body_layout.partners, NULL);
	pdf_table_cell(&tb, l->partner, PDF_BOLD);
	pdf_table_cell(&tb, l->kind, PDF_BOLD);
	pdf_table_cell(&tb, l->roles, PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (i = 0; i < docs->npartners; i++) {
		const struct view_partner	*p = &docs->partners[i];

		buf_truncate(&b, 0);
		role(r, &b, l->pilot_of, p->pilot_of, p->npilot_of);
		role(r, &b, l->partner_of, p->partner_of, p->npartner_of);
		role(r, &b, l->funder_of, p->funder_of, p->nfunder_of);
		role(r, &b, l->group_of, p->group_of, p->ngroup_of);
		pdf_table_cell(&tb, rp_text(p->ref->name), PDF_BOLD);
		pdf_table_cell(&tb, rp_text(p->kind_label), PDF_REGULAR);
		pdf_table_cell(&tb, rp_keep(r, buf_cstr(&b)), PDF_REGULAR);
		pdf_table_row(&tb, PDF_ROW_BODY);
	}
	pdf_table_end(&tb);
	buf_release(&b);
}

/* A line of a funding annex: who, how much, which share. */
struct funding_row {
	const char		*who;
	const struct view_figure *amount;
	const struct view_figure *share;
};

/* A funding table (its title and first column's labels) and its total. */
static void
annex_funding(struct report *r, const char *title, const char *column,
    const struct funding_row *rows, size_t n)
{
	static const enum pdf_align al[] = { PDF_LEFT, PDF_RIGHT, PDF_RIGHT };
	struct pdf_table	 tb;
	size_t			 i;
	int			 a = rp_anchor(r, title, 1);

	pdf_flow_heading(&r->fl, 2, title, a, -1);
	pdf_table_begin(&tb, &r->fl, 3, body_layout.funding, al);
	pdf_table_cell(&tb, column, PDF_BOLD);
	pdf_table_cell(&tb, r->labels.amount, PDF_BOLD);
	pdf_table_cell(&tb, r->labels.share, PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (i = 0; i < n; i++) {
		pdf_table_cell(&tb, rp_text(rows[i].who), PDF_REGULAR);
		pdf_table_cell(&tb, rp_text(rows[i].amount->text),
		    PDF_REGULAR);
		pdf_table_cell(&tb, rp_text(rows[i].share->text), PDF_REGULAR);
		pdf_table_row(&tb, PDF_ROW_BODY);
	}
	pdf_table_cell(&tb, r->labels.total, PDF_BOLD);
	pdf_table_cell(&tb, rp_text(r->docs->summary.funding_total.text),
	    PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_TOTAL);
	pdf_table_end(&tb);
}

/* The funding by funder (their names), then by family. */
static void
annex_fundings(struct report *r)
{
	const struct view_funding *f = &r->docs->funding;
	struct funding_row	*rows;
	size_t			 i, n = f->nby_funder > f->nby_family ?
				    f->nby_funder : f->nby_family;

	rows = arena_alloc(r->doc.arena, (n > 0 ? n : 1) * sizeof(*rows));
	for (i = 0; i < f->nby_funder; i++) {
		rows[i].who = f->by_funder[i].partner->name;
		rows[i].amount = &f->by_funder[i].amount;
		rows[i].share = &f->by_funder[i].share;
	}
	annex_funding(r, r->labels.funding_by_funder, r->labels.funder, rows,
	    f->nby_funder);
	for (i = 0; i < f->nby_family; i++) {
		rows[i].who = f->by_family[i].label;
		rows[i].amount = &f->by_family[i].amount;
		rows[i].share = &f->by_family[i].share;
	}
	annex_funding(r, r->labels.funding_by_family, r->labels.family, rows,
	    f->nby_family);
}

void
rp_annexes(struct report *r)
{
	const struct view_docs	*docs = r->docs;
	const struct view_indicator **all;
	const char		*title = r->labels.annexes;
	int			 a = rp_anchor(r, title, 0), b;
	size_t			 i;

	pdf_flow_page_break(&r->fl);
	pdf_flow_heading(&r->fl, 1, title, a, a);
	annex_partners(r);
	annex_fundings(r);
	b = rp_anchor(r, r->labels.all_indicators, 1);
	pdf_flow_heading(&r->fl, 2, r->labels.all_indicators, b, -1);
	all = arena_alloc(r->doc.arena, (docs->nindicators > 0 ?
	    docs->nindicators : 1) * sizeof(*all));
	for (i = 0; i < docs->nindicators; i++)
		all[i] = &docs->indicators[i];
	rp_indicator_table(r, all, docs->nindicators, 1);
}
