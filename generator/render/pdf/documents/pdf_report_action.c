/*
 * An action sheet of the report: the columns of the seed's "fiche
 * action", its pilot, status, period, partners and funders, its
 * indicators (table and charts), its funding and its narrative; read
 * from the documents' typed facts (docs.h).
 */
#include <stdio.h>

#include "../../../markdown/markdown.h"
#include "../../../view/chart.h"
#include "pdf_report_int.h"

/* The tables' columns, as fractions of the text's width. */
static const struct {
	float		 facts[2];		/* label, what */
	float		 indicators[8];		/* an action's indicators */
	float		 all_indicators[9];	/* the annex's, with action */
	float		 funding[4];		/* year, funder, amount, note */
} layout = {
	{ 0.27f, 0.73f },
	{ 0.26f, 0.12f, 0.09f, 0.09f, 0.1f, 0.1f, 0.1f, 0.14f },
	{ 0.12f, 0.18f, 0.11f, 0.08f, 0.07f, 0.1f, 0.1f, 0.1f, 0.14f },
	{ 0.1f, 0.36f, 0.16f, 0.38f },
};

/* names, joined with ", "; the none label when there is none. */
static const char *
joined(struct report *r, struct buf *b)
{
	const char	*s = rp_keep(r, b->len > 0 ? buf_cstr(b) :
			    r->labels.none);

	buf_release(b);
	return s;
}

static const char *
partner_names(struct report *r, const struct view_partner_ref *p, size_t n)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i > 0 ? ", " : "", rp_text(p[i].name));
	return joined(r, &b);
}

static const char *
funder_names(struct report *r, const struct view_funder *f, size_t n)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i > 0 ? ", " : "",
		    rp_text(f[i].partner->name));
	return joined(r, &b);
}

/* "2023 – 2026", "2023 –", or the none label. */
static const char *
period(struct report *r, const struct view_action *a)
{
	char	 s[64];

	if (a->period_start > 0 && a->period_end > 0)
		snprintf(s, sizeof(s), "%d \xE2\x80\x93 %d", a->period_start,
		    a->period_end);
	else if (a->period_start > 0)
		snprintf(s, sizeof(s), "%d \xE2\x80\x93", a->period_start);
	else
		return r->labels.none;
	return rp_keep(r, s);
}

/* A line of the facts' table: its label and its text, in face. */
static void
fact(struct pdf_table *tb, const char *label, const char *text,
    enum pdf_face face)
{
	pdf_table_cell(tb, label, PDF_BOLD);
	pdf_table_cell(tb, text, face);
	pdf_table_row(tb, PDF_ROW_BODY);
}

static void
facts(struct report *r, const struct view_action *a)
{
	const struct view_labels *l = &r->labels;
	struct pdf_table	 tb;

	pdf_table_begin(&tb, &r->fl, 2, layout.facts, NULL);
	fact(&tb, l->pilot, a->pilot != NULL ? rp_text(a->pilot->name) :
	    l->none, PDF_REGULAR);
	fact(&tb, l->status, rp_text(a->status_label), PDF_BOLD);
	fact(&tb, l->period, period(r, a), PDF_REGULAR);
	fact(&tb, l->column_physical_partners, partner_names(r, a->partners,
	    a->npartners), PDF_REGULAR);
	fact(&tb, l->column_funders, funder_names(r, a->funders,
	    a->nfunders), PDF_REGULAR);
	fact(&tb, l->funding_total, rp_text(a->funding_total.text),
	    PDF_REGULAR);
	pdf_table_end(&tb);
}

/* A text of the action under its heading (a label); none, nothing. */
static void
column(struct report *r, const struct view_text *t, const char *label)
{
	if (t->text == NULL)
		return;
	pdf_flow_heading(&r->fl, 3, label, -1, -1);
	pdf_flow_markdown(&r->fl, view_text_document(t), 3);
}

/* "Label : names." as a paragraph. */
static void
names_paragraph(struct report *r, const char *label, const char *names)
{
	struct buf	 b = BUF_INIT;

	buf_printf(&b, "%s%s%s.", label, rp_colon(r), names);
	pdf_flow_paragraph(&r->fl, rp_keep(r, buf_cstr(&b)), PDF_REGULAR,
	    r->L.style->body_size, r->L.style->text, PDF_JUSTIFY);
	buf_release(&b);
}

static void
partners_column(struct report *r, const struct view_action *a)
{
	pdf_flow_heading(&r->fl, 3, r->labels.column_partners, -1, -1);
	names_paragraph(r, r->labels.column_physical_partners,
	    partner_names(r, a->partners, a->npartners));
	names_paragraph(r, r->labels.column_funders, funder_names(r,
	    a->funders, a->nfunders));
}

/* The baseline's cell: "142 (2023)", or the dash of a missing figure. */
static const char *
baseline_cell(struct report *r, const struct view_indicator *ind)
{
	struct buf	 b = BUF_INIT;
	const char	*s;

	if (ind->baseline_year == 0)
		return rp_text(ind->baseline.text);
	buf_printf(&b, "%s (%d)", rp_text(ind->baseline.text),
	    ind->baseline_year);
	s = rp_keep(r, buf_cstr(&b));
	buf_release(&b);
	return s;
}

/* The head of the indicators' table. */
static void
indicator_head(struct report *r, struct pdf_table *tb, int with_action)
{
	const struct view_labels *l = &r->labels;
	const char	*heads[] = { l->value, l->target, l->attainment,
			    l->previous, l->evolution };
	size_t		 k;

	if (with_action)
		pdf_table_cell(tb, r->labels.action, PDF_BOLD);
	pdf_table_cell(tb, r->labels.indicator, PDF_BOLD);
	pdf_table_cell(tb, r->labels.baseline, PDF_BOLD);
	for (k = 0; k < sizeof(heads) / sizeof(heads[0]); k++)
		pdf_table_cell(tb, heads[k], PDF_BOLD);
	pdf_table_cell(tb, r->labels.indicator_status, PDF_BOLD);
	pdf_table_row(tb, PDF_ROW_HEADER);
}

static void
indicator_row(struct report *r, struct pdf_table *tb,
    const struct view_indicator *ind, int with_action)
{
	/* In the order of indicator_head's columns. */
	const struct view_figure *figs[] = { &ind->value, &ind->target,
	    &ind->attainment, &ind->previous, &ind->evolution };
	size_t		 k;

	if (with_action)
		pdf_table_cell(tb, ind->action != NULL ?
		    rp_text(ind->action->title) : "", PDF_REGULAR);
	pdf_table_cell(tb, rp_text(ind->label), PDF_REGULAR);
	pdf_table_cell(tb, baseline_cell(r, ind), PDF_REGULAR);
	for (k = 0; k < sizeof(figs) / sizeof(figs[0]); k++)
		pdf_table_cell(tb, rp_text(figs[k]->text), k == 0 ?
		    PDF_BOLD : PDF_REGULAR);
	/* The status is told by its words, in bold when achieved. */
	pdf_table_cell(tb, rp_text(ind->status_label),
	    ind->status == ISTATUS_ACHIEVED ? PDF_BOLD : PDF_REGULAR);
	pdf_table_row(tb, PDF_ROW_BODY);
}

void
rp_indicator_table(struct report *r, const struct view_indicator *const *list,
    size_t n, int with_action)
{
	static const enum pdf_align al8[] = { PDF_LEFT, PDF_RIGHT, PDF_RIGHT,
	    PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_LEFT };
	static const enum pdf_align al9[] = { PDF_LEFT, PDF_LEFT, PDF_RIGHT,
	    PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_LEFT };
	struct pdf_table	 tb;
	size_t			 i;

	if (n == 0)
		return;
	pdf_table_begin(&tb, &r->fl, with_action ? 9 : 8, with_action ?
	    layout.all_indicators : layout.indicators, with_action ? al9 : al8);
	indicator_head(r, &tb, with_action);
	for (i = 0; i < n; i++)
		indicator_row(r, &tb, list[i], with_action);
	pdf_table_end(&tb);
}

/* The charts of the indicators (chart.h, which the site shares). */
static void
indicator_charts(struct report *r, const struct view_action *a)
{
	struct chart	 c;
	size_t		 i;

	for (i = 0; i < a->nindicators; i++) {
		if (chart_years(r->doc.arena, a->indicators[i],
		    &r->docs->labels, r->loc, &c))
			pdf_flow_chart_years(&r->fl, &c, r->labels.target);
		if (chart_breakdown(r->doc.arena, a->indicators[i],
		    &r->docs->labels, r->loc, &c))
			pdf_flow_chart_bars(&r->fl, &c, r->labels.priority);
	}
}

/* The lines of a year of funding, then its total. */
static void
funding_year(struct report *r, struct pdf_table *tb,
    const struct view_funding_year *yr)
{
	char		 y[16];
	size_t		 j;

	snprintf(y, sizeof(y), "%d", yr->year);
	for (j = 0; j < yr->nentries; j++) {
		const struct view_funding_entry	*e = &yr->entries[j];

		pdf_table_cell(tb, j == 0 ? rp_keep(r, y) : NULL, PDF_BOLD);
		pdf_table_cell(tb, e->funder != NULL ?
		    rp_text(e->funder->name) : "", PDF_REGULAR);
		pdf_table_cell(tb, rp_text(e->amount.text), PDF_REGULAR);
		pdf_table_cell(tb, rp_text(e->note), PDF_ITALIC);
		pdf_table_row(tb, PDF_ROW_BODY);
	}
	pdf_table_cell(tb, NULL, PDF_BOLD);
	pdf_table_cell(tb, r->labels.total, PDF_BOLD);
	pdf_table_cell(tb, rp_text(yr->total.text), PDF_BOLD);
	pdf_table_row(tb, PDF_ROW_TOTAL);
}

static void
funding(struct report *r, const struct view_action *a)
{
	static const enum pdf_align al[] = { PDF_LEFT, PDF_LEFT, PDF_RIGHT,
	    PDF_LEFT };
	struct pdf_table	 tb;
	size_t			 i;

	if (a->nfunding == 0)
		return;
	pdf_flow_heading(&r->fl, 3, r->labels.funding, -1, -1);
	pdf_table_begin(&tb, &r->fl, 4, layout.funding, al);
	pdf_table_cell(&tb, r->labels.year, PDF_BOLD);
	pdf_table_cell(&tb, r->labels.funder, PDF_BOLD);
	pdf_table_cell(&tb, r->labels.amount, PDF_BOLD);
	pdf_table_cell(&tb, r->labels.note, PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (i = 0; i < a->nfunding; i++)
		funding_year(r, &tb, &a->funding[i]);
	pdf_table_end(&tb);
}

void
rp_action(struct report *r, const struct view_action *a)
{
	const struct view_labels *l = &r->labels;
	/* The seed's columns before the partners, then after them. */
	const struct {
		const struct view_text	*text;
		const char		*label;
	} cols[] = {
		{ &a->description, l->column_description },
		{ &a->objectives, l->column_objectives },
		{ &a->public, l->column_public },
		{ &a->identification, l->column_identification },
		{ &a->means, l->column_means },
	}, after[] = {
		{ &a->evaluation, l->column_evaluation },
		{ &a->difficulties, l->column_difficulties },
		{ &a->suggestions, l->column_suggestions },
	};
	const char	*title = rp_text(a->title);
	int		 anchor = rp_anchor(r, title, 1);
	size_t		 i;

	pdf_flow_page_break(&r->fl);
	rp_overline(r, r->labels.action);
	pdf_flow_heading(&r->fl, 2, title, anchor, -1);
	facts(r, a);
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		column(r, cols[i].text, cols[i].label);
	partners_column(r, a);
	for (i = 0; i < sizeof(after) / sizeof(after[0]); i++)
		column(r, after[i].text, after[i].label);
	if (a->nindicators > 0) {
		pdf_flow_heading(&r->fl, 3, r->labels.indicators, -1, -1);
		rp_indicator_table(r, a->indicators, a->nindicators, 0);
		indicator_charts(r, a);
	}
	funding(r, a);
	column(r, &a->narrative, l->narrative);
	markdown_scratch_reset();
}
