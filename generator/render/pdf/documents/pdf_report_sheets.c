/*
 * The body of the report (see pdf_report.c): key figures, pages,
 * thematics with their action sheets, annexes; all read from the view
 * tree, whose figures are already formatted.
 */
#include <stdio.h>
#include <string.h>

#include "../../../markdown/markdown.h"
#include "../../../view/chart.h"
#include "../../../view/view.h"
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

/* The "label" (short name or name) of each partner ref, joined. */
static const char *
names(struct report *r, const struct value *list, const char *key)
{
	return rp_joined(r, list, key, "");
}

static void
markdown(struct report *r, const struct value *map, const char *key,
    int base)
{
	pdf_flow_markdown(&r->fl, view_markdown(value_get(map, key)), base);
}

/*
 * The keys of a list's entries that make a bar: its label, its figure
 * (formatted), the raw number that sets its height and its share (NULL:
 * none).
 */
struct bar_keys {
	const char	*label;
	const char	*value;
	const char	*raw;
	const char	*share;
};

static const struct bar_keys count_keys = { "label", "count", "count_raw",
	NULL };
static const struct bar_keys amount_keys = { "label", "amount",
	"amount_raw", "share" };

/* A chart of bars from a list of the view, each entry read with k. */
static int
list_chart(struct report *r, struct chart *c, const char *title,
    const struct value *list, const struct bar_keys *k)
{
	double		 max = 0, v;
	size_t		 i;

	memset(c, 0, sizeof(*c));
	if (list == NULL || list->u.list.n == 0)
		return 0;
	c->title = title;
	c->bars = arena_alloc(r->doc.arena, list->u.list.n *
	    sizeof(*c->bars));
	for (i = 0; i < list->u.list.n; i++) {
		const struct value	*e = list->u.list.v[i];
		struct chart_bar	*b = &c->bars[c->nbars++];

		b->label = value_str(e, k->label);
		b->value = value_str(e, k->value);
		b->share = k->share != NULL ? value_str(e, k->share) : NULL;
		b->height = rp_num(e, k->raw);
		max = b->height > max ? b->height : max;
	}
	for (i = 0; i < c->nbars; i++) {
		v = c->bars[i].height;
		c->bars[i].height = max > 0 ? v / max : 0;
	}
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
	float			 size;
	size_t			 i, box = r->fl.n - 1;

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_RECT;
	op.color = st->fill;
	op.x = x;
	op.w = w;
	op.h = 64;
	pdf_flow_op(&r->fl, &op);
	op.color = st->accent;
	op.w = 3;
	pdf_flow_op(&r->fl, &op);
	/* The figure at 20 pt, smaller when it would not fit. */
	size = (float)pdf_font_width(&r->L.fonts->f[PDF_HEADING], figure,
	    strlen(figure), 20);
	size = size > w - 18 ? 20 * (w - 18) / size : 20;
	pdf_text_init(&t, size, PDF_LEFT);
	pdf_text_add(&t, PDF_HEADING, st->accent_dark, figure, strlen(figure));
	pdf_text_break(&r->L, &t, w - 16, &ls);
	if (ls.n > 0)
		pdf_text_draw_line(&r->L, &t, &ls, 0, PDF_AT(x + 11, 28,
		    w - 16), &r->fl.ops);
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	pdf_text_init(&t, st->small_size, PDF_LEFT);
	pdf_text_add(&t, PDF_REGULAR, st->muted, label, strlen(label));
	pdf_text_break(&r->L, &t, w - 16, &ls);
	for (i = 0; i < ls.n && i < 2; i++)
		pdf_text_draw_line(&r->L, &t, &ls, i, PDF_AT(x + 11, 43 +
		    (float)i * 10.5f, w - 16), &r->fl.ops);
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	r->fl.boxes[box].nops = (uint32_t)(r->fl.ops.n -
	    r->fl.boxes[box].first_op);
}

static void
tiles(struct report *r, const struct value *sum, const char *const *keys,
    size_t n)
{
	float	 gap = 8, w = (r->fl.width - gap * 3) / 4;
	size_t	 i;

	pdf_flow_box(&r->fl, 64);
	for (i = 0; i < n; i++)
		tile(r, (float)i * (w + gap), w, value_str(sum, keys[i]),
		    rp_label(r, keys[i]));
	pdf_flow_space(&r->fl, gap);
}

/* Funding of the year before and of the year, as two bars. */
static void
funding_chart(struct report *r, const struct value *sum)
{
	struct chart	 c;
	double		 y = r->h->year;
	double		 prev = rp_num(sum, "funding_previous_raw");
	double		 cur = rp_num(sum, "funding_total_raw");
	double		 max = prev > cur ? prev : cur;
	char		 buf[256];

	memset(&c, 0, sizeof(c));
	c.title = rp_label(r, "funding_total");
	c.bars = arena_alloc(r->doc.arena, 2 * sizeof(*c.bars));
	c.nbars = 2;
	snprintf(buf, sizeof(buf), "%.0f", y - 1);
	c.bars[0].label = rp_keep(r, buf);
	c.bars[0].value = value_str(sum, "funding_previous");
	c.bars[0].height = max > 0 ? prev / max * 0.9 : 0;
	snprintf(buf, sizeof(buf), "%.0f", y);
	c.bars[1].label = rp_keep(r, buf);
	c.bars[1].value = value_str(sum, "funding_total");
	c.bars[1].height = max > 0 ? cur / max * 0.9 : 0;
	c.bars[1].current = 1;
	snprintf(buf, sizeof(buf), "%s%s%s %s%s%s %s (%s%s%s).",
	    rp_label(r, "funding_total"), rp_colon(r), c.bars[0].label,
	    c.bars[0].value, r->loc == LOCALE_FR ? " \xE2\x86\x92 " : " -> ",
	    c.bars[1].label, c.bars[1].value, rp_label(r, "evolution"),
	    rp_colon(r), value_str(sum, "funding_evolution"));
	c.desc = rp_keep(r, buf);
	pdf_flow_chart_years(&r->fl, &c, rp_label(r, "target"));
}

void
rp_key_figures(struct report *r)
{
	static const char *const row1[] = { "actions", "indicators",
	    "achievement_rate", "attainment_mean" };
	static const char *const row2[] = { "funding_total",
	    "funding_previous", "funding_evolution" };
	const struct value	*sum = value_get(r->root, "summary");
	const struct value	*fund = value_get(r->root, "funding");
	const char		*title = rp_label(r, "key_figures");
	int			 a = rp_anchor(r, title, 0);
	struct chart		 c;

	pdf_flow_page_break(&r->fl);
	pdf_flow_heading(&r->fl, 1, title, a, a);
	pdf_flow_space(&r->fl, 8);
	tiles(r, sum, row1, 4);
	tiles(r, sum, row2, 3);
	pdf_flow_space(&r->fl, 10);
	if (list_chart(r, &c, rp_label(r, "actions_by_status"),
	    rp_list(sum, "actions_by_status"), &count_keys))
		pdf_flow_chart_bars(&r->fl, &c, NULL);
	if (list_chart(r, &c, rp_label(r, "indicators_by_status"),
	    rp_list(sum, "indicators_by_status"), &count_keys))
		pdf_flow_chart_bars(&r->fl, &c, NULL);
	funding_chart(r, sum);
	if (list_chart(r, &c, rp_label(r, "funding_by_family"),
	    rp_list(fund, "by_family"), &amount_keys))
		pdf_flow_chart_bars(&r->fl, &c, NULL);
	if (list_chart(r, &c, rp_label(r, "funding_by_funder"),
	    rp_list(fund, "by_funder"), &amount_keys))
		pdf_flow_chart_bars(&r->fl, &c, NULL);
}

void
rp_pages(struct report *r, int opening)
{
	const struct value	*pages = rp_list(r->root, "pages");
	const struct value	*o;
	size_t			 i;
	int			 a;

	for (i = 0; pages != NULL && i < pages->u.list.n; i++) {
		const struct value	*p = pages->u.list.v[i];

		o = value_get(p, "opens_report");
		if ((o != NULL && o->type == VALUE_BOOL && o->u.boolean) !=
		    opening)
			continue;
		a = rp_anchor(r, value_str(p, "title"), 0);
		pdf_flow_page_break(&r->fl);
		pdf_flow_heading(&r->fl, 1, value_str(p, "title"), a, a);
		pdf_flow_space(&r->fl, 6);
		markdown(r, p, "body", 1);
		markdown_scratch_reset();
	}
}

void
rp_thematics(struct report *r)
{
	const struct value	*list = rp_list(r->root, "thematics");
	const struct value	*acts;
	char			 over[256];
	size_t			 i, j;
	int			 a;

	for (i = 0; list != NULL && i < list->u.list.n; i++) {
		const struct value	*t = list->u.list.v[i];

		a = rp_anchor(r, value_str(t, "title"), 0);
		pdf_flow_page_break(&r->fl);
		snprintf(over, sizeof(over), "%s %zu", rp_label(r, "thematic"),
		    i + 1);
		r->fl.section = a;
		rp_overline(r, rp_keep(r, over));
		pdf_flow_heading(&r->fl, 1, value_str(t, "title"), a, -1);
		pdf_flow_space(&r->fl, 4);
		markdown(r, t, "description", 2);
		/* No group, no heading; no action, a sentence that says so. */
		if (rp_list(t, "group") != NULL &&
		    rp_list(t, "group")->u.list.n > 0) {
			pdf_flow_heading(&r->fl, 3, rp_label(r, "group"), -1,
			    -1);
			pdf_flow_paragraph(&r->fl, names(r, rp_list(t, "group"),
			    "name"), PDF_REGULAR, r->L.style->body_size,
			    r->L.style->text, PDF_LEFT);
		}
		markdown_scratch_reset();
		acts = rp_list(t, "actions");
		if (acts == NULL || acts->u.list.n == 0)
			pdf_flow_paragraph(&r->fl, rp_label(r, "no_action"),
			    PDF_ITALIC, r->L.style->body_size,
			    r->L.style->muted, PDF_LEFT);
		for (j = 0; acts != NULL && j < acts->u.list.n; j++)
			rp_action(r, acts->u.list.v[j]);
	}
}

static void
roles(struct report *r, struct buf *b, const struct value *p,
    const char *key, const char *what)
{
	const struct value	*l = rp_list(p, key);

	if (l == NULL || l->u.list.n == 0)
		return;
	buf_printf(b, "%s%s%s%s", b->len > 0 ? rp_semicolon(r) : "",
	    rp_label(r, key), rp_colon(r), names(r, l, what));
}

static void
annex_partners(struct report *r)
{
	static const float	 w[] = { 0.32f, 0.2f, 0.48f };
	const struct value	*list = rp_list(r->root, "partners");
	struct pdf_table	 tb;
	struct buf		 b = BUF_INIT;
	size_t			 i;
	int			 a = rp_anchor(r, rp_label(r, "partners"), 1);

	pdf_flow_heading(&r->fl, 2, rp_label(r, "partners"), a, -1);
	pdf_table_begin(&tb, &r->fl, 3, w, NULL);
	pdf_table_cell(&tb, rp_label(r, "partner"), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "kind"), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "roles"), PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (i = 0; list != NULL && i < list->u.list.n; i++) {
		const struct value	*p = list->u.list.v[i];

		buf_truncate(&b, 0);
		roles(r, &b, p, "pilot_of", "title");
		roles(r, &b, p, "partner_of", "title");
		roles(r, &b, p, "funder_of", "title");
		roles(r, &b, p, "group_of", "title");
		pdf_table_cell(&tb, value_str(p, "name"), PDF_BOLD);
		pdf_table_cell(&tb, value_str(p, "kind_label"), PDF_REGULAR);
		pdf_table_cell(&tb, rp_keep(r, buf_cstr(&b)), PDF_REGULAR);
		pdf_table_row(&tb, PDF_ROW_BODY);
	}
	pdf_table_end(&tb);
	buf_release(&b);
}

static void
annex_funding(struct report *r, const char *title_key, const char *list_key,
    const char *label_key, const char *column_key)
{
	static const float	 w[] = { 0.6f, 0.22f, 0.18f };
	static const enum pdf_align al[] = { PDF_LEFT, PDF_RIGHT, PDF_RIGHT };
	const struct value	*list = rp_list(value_get(r->root, "funding"),
				    list_key);
	const struct value	*sum = value_get(r->root, "summary");
	struct pdf_table	 tb;
	size_t			 i;
	int			 a = rp_anchor(r, rp_label(r, title_key), 1);

	pdf_flow_heading(&r->fl, 2, rp_label(r, title_key), a, -1);
	pdf_table_begin(&tb, &r->fl, 3, w, al);
	pdf_table_cell(&tb, rp_label(r, column_key), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "amount"), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "share"), PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (i = 0; list != NULL && i < list->u.list.n; i++) {
		const struct value	*e = list->u.list.v[i];

		pdf_table_cell(&tb, value_str(e, label_key), PDF_REGULAR);
		pdf_table_cell(&tb, value_str(e, "amount"), PDF_REGULAR);
		pdf_table_cell(&tb, value_str(e, "share"), PDF_REGULAR);
		pdf_table_row(&tb, PDF_ROW_BODY);
	}
	pdf_table_cell(&tb, rp_label(r, "total"), PDF_BOLD);
	pdf_table_cell(&tb, value_str(sum, "funding_total"), PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_TOTAL);
	pdf_table_end(&tb);
}

void
rp_annexes(struct report *r)
{
	const char	*title = rp_label(r, "annexes");
	int		 a = rp_anchor(r, title, 0), b;

	pdf_flow_page_break(&r->fl);
	pdf_flow_heading(&r->fl, 1, title, a, a);
	annex_partners(r);
	annex_funding(r, "funding_by_funder", "by_funder", "name", "funder");
	annex_funding(r, "funding_by_family", "by_family", "label", "family");
	b = rp_anchor(r, rp_label(r, "all_indicators"), 1);
	pdf_flow_heading(&r->fl, 2, rp_label(r, "all_indicators"), b, -1);
	rp_indicator_table(r, rp_list(r->root, "indicators"), 1);
}
