/*
 * An action sheet of the report: the columns of the seed's "fiche
 * action", its pilot, status, period, partners and funders, its
 * indicators (table and charts), its funding and its narrative.
 */
#include <stdio.h>
#include <string.h>

#include "../../../markdown/markdown.h"
#include "../../../view/chart.h"
#include "../../../view/view.h"
#include "pdf_report_int.h"

/* The names of a list of partners, or the none label. */
static const char *
joined(struct report *r, const struct value *list, const char *key)
{
	return rp_joined(r, list, key, rp_label(r, "none"));
}

/* "2023 – 2026", "2023 –", or the none label. */
static const char *
period(struct report *r, const struct value *a)
{
	char	 s[64];
	double	 from = rp_num(a, "period_start"), to = rp_num(a, "period_end");

	if (from > 0 && to > 0)
		snprintf(s, sizeof(s), "%.0f \xE2\x80\x93 %.0f", from, to);
	else if (from > 0)
		snprintf(s, sizeof(s), "%.0f \xE2\x80\x93", from);
	else
		return rp_label(r, "none");
	return rp_keep(r, s);
}

static void
facts(struct report *r, const struct value *a)
{
	static const float	 w[] = { 0.27f, 0.73f };
	const struct value	*pilot = value_get(a, "pilot");
	struct pdf_table	 tb;

	pdf_table_begin(&tb, &r->fl, 2, w, NULL);
	pdf_table_cell(&tb, rp_label(r, "pilot"), PDF_BOLD);
	pdf_table_cell(&tb, pilot != NULL && pilot->type == VALUE_MAP ?
	    value_str(pilot, "name") : rp_label(r, "none"), PDF_REGULAR);
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_cell(&tb, rp_label(r, "status"), PDF_BOLD);
	pdf_table_cell(&tb, value_str(a, "status_label"), PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_cell(&tb, rp_label(r, "period"), PDF_BOLD);
	pdf_table_cell(&tb, period(r, a), PDF_REGULAR);
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_cell(&tb, rp_label(r, "column_physical_partners"), PDF_BOLD);
	pdf_table_cell(&tb, joined(r, rp_list(a, "partners"), "name"),
	    PDF_REGULAR);
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_cell(&tb, rp_label(r, "column_funders"), PDF_BOLD);
	pdf_table_cell(&tb, joined(r, rp_list(a, "funders"), "name"),
	    PDF_REGULAR);
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_cell(&tb, rp_label(r, "funding_total"), PDF_BOLD);
	pdf_table_cell(&tb, value_str(a, "funding_total"), PDF_REGULAR);
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_end(&tb);
}

static void
column(struct report *r, const struct value *a, const char *key,
    const char *label)
{
	const struct value	*v = value_get(a, key);

	if (v == NULL || v->type != VALUE_MARKDOWN)
		return;
	pdf_flow_heading(&r->fl, 3, rp_label(r, label), -1, -1);
	pdf_flow_markdown(&r->fl, view_markdown(v), 3);
}

static void
partners_column(struct report *r, const struct value *a)
{
	struct buf		 b = BUF_INIT;

	pdf_flow_heading(&r->fl, 3, rp_label(r, "column_partners"), -1, -1);
	buf_printf(&b, "%s%s%s.", rp_label(r, "column_physical_partners"),
	    rp_colon(r), joined(r, rp_list(a, "partners"), "name"));
	pdf_flow_paragraph(&r->fl, rp_keep(r, buf_cstr(&b)), PDF_REGULAR,
	    r->L.style->body_size, r->L.style->text, PDF_JUSTIFY);
	buf_truncate(&b, 0);
	buf_printf(&b, "%s%s%s.", rp_label(r, "column_funders"),
	    rp_colon(r), joined(r, rp_list(a, "funders"), "name"));
	pdf_flow_paragraph(&r->fl, rp_keep(r, buf_cstr(&b)), PDF_REGULAR,
	    r->L.style->body_size, r->L.style->text, PDF_JUSTIFY);
	buf_release(&b);
}

/* The baseline's cell: "142 (2023)", or the dash of a missing figure. */
static const char *
baseline_cell(struct report *r, const struct value *ind)
{
	struct buf	 b = BUF_INIT;
	const char	*s;

	if (value_get(ind, "baseline_year") == NULL ||
	    value_get(ind, "baseline_year")->type != VALUE_DECIMAL)
		return value_str(ind, "baseline");
	buf_printf(&b, "%s (%.0f)", value_str(ind, "baseline"),
	    rp_num(ind, "baseline_year"));
	s = rp_keep(r, buf_cstr(&b));
	buf_release(&b);
	return s;
}

void
rp_indicator_table(struct report *r, const struct value *list,
    int with_action)
{
	static const float	 w8[] = { 0.26f, 0.12f, 0.09f, 0.09f, 0.1f,
	    0.1f, 0.1f, 0.14f };
	static const float	 w9[] = { 0.12f, 0.18f, 0.11f, 0.08f, 0.07f,
	    0.1f, 0.1f, 0.1f, 0.14f };
	static const enum pdf_align al8[] = { PDF_LEFT, PDF_RIGHT, PDF_RIGHT,
	    PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_LEFT };
	static const enum pdf_align al9[] = { PDF_LEFT, PDF_LEFT, PDF_RIGHT,
	    PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_RIGHT, PDF_LEFT };
	static const char *const keys[] = { "value", "target", "attainment",
	    "previous", "evolution" };
	struct pdf_table	 tb;
	size_t			 i, k;

	if (list == NULL || list->u.list.n == 0)
		return;
	pdf_table_begin(&tb, &r->fl, with_action ? 9 : 8,
	    with_action ? w9 : w8, with_action ? al9 : al8);
	if (with_action)
		pdf_table_cell(&tb, rp_label(r, "action"), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "indicator"), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "baseline"), PDF_BOLD);
	for (k = 0; k < 5; k++)
		pdf_table_cell(&tb, rp_label(r, keys[k]), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "indicator_status"), PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (i = 0; i < list->u.list.n; i++) {
		const struct value	*ind = list->u.list.v[i];
		const struct value	*act = value_get(ind, "action");
		const char		*st = value_str(ind, "status");

		if (with_action)
			pdf_table_cell(&tb, act != NULL && act->type ==
			    VALUE_MAP ? value_str(act, "title") : "",
			    PDF_REGULAR);
		pdf_table_cell(&tb, value_str(ind, "label"), PDF_REGULAR);
		pdf_table_cell(&tb, baseline_cell(r, ind), PDF_REGULAR);
		for (k = 0; k < 5; k++)
			pdf_table_cell(&tb, value_str(ind, keys[k]), k == 0 ?
			    PDF_BOLD : PDF_REGULAR);
		/* The status is told by its words, in bold when achieved. */
		pdf_table_cell(&tb, value_str(ind, "status_label"),
		    strcmp(st, "achieved") == 0 ? PDF_BOLD : PDF_REGULAR);
		pdf_table_row(&tb, PDF_ROW_BODY);
	}
	pdf_table_end(&tb);
}

static void
indicator_charts(struct report *r, const struct value *list)
{
	struct chart	 c;
	size_t		 i;

	for (i = 0; list != NULL && i < list->u.list.n; i++) {
		const struct value	*ind = list->u.list.v[i];

		if (chart_years(r->doc.arena, ind, r->labels, r->loc, &c))
			pdf_flow_chart_years(&r->fl, &c, rp_label(r,
			    "target"));
		if (chart_breakdown(r->doc.arena, ind, r->labels, r->loc, &c))
			pdf_flow_chart_bars(&r->fl, &c, rp_label(r,
			    "priority"));
	}
}

static void
funding(struct report *r, const struct value *a)
{
	static const float	 w[] = { 0.1f, 0.36f, 0.16f, 0.38f };
	static const enum pdf_align al[] = { PDF_LEFT, PDF_LEFT, PDF_RIGHT,
	    PDF_LEFT };
	const struct value	*years = rp_list(a, "funding"), *es;
	struct pdf_table	 tb;
	char			 y[16];
	size_t			 i, j;

	if (years == NULL || years->u.list.n == 0)
		return;
	pdf_flow_heading(&r->fl, 3, rp_label(r, "funding"), -1, -1);
	pdf_table_begin(&tb, &r->fl, 4, w, al);
	pdf_table_cell(&tb, rp_label(r, "year"), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "funder"), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "amount"), PDF_BOLD);
	pdf_table_cell(&tb, rp_label(r, "note"), PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (i = 0; i < years->u.list.n; i++) {
		const struct value	*yr = years->u.list.v[i];

		snprintf(y, sizeof(y), "%.0f", rp_num(yr, "year"));
		es = rp_list(yr, "entries");
		for (j = 0; es != NULL && j < es->u.list.n; j++) {
			const struct value	*e = es->u.list.v[j];
			const struct value	*f = value_get(e, "funder");

			pdf_table_cell(&tb, j == 0 ? rp_keep(r, y) : NULL,
			    PDF_BOLD);
			pdf_table_cell(&tb, f != NULL && f->type == VALUE_MAP ?
			    value_str(f, "name") : "", PDF_REGULAR);
			pdf_table_cell(&tb, value_str(e, "amount"), PDF_REGULAR);
			pdf_table_cell(&tb, value_str(e, "note"), PDF_ITALIC);
			pdf_table_row(&tb, PDF_ROW_BODY);
		}
		pdf_table_cell(&tb, NULL, PDF_BOLD);
		pdf_table_cell(&tb, rp_label(r, "total"), PDF_BOLD);
		pdf_table_cell(&tb, value_str(yr, "total"), PDF_BOLD);
		pdf_table_row(&tb, PDF_ROW_TOTAL);
	}
	pdf_table_end(&tb);
}

void
rp_action(struct report *r, const struct value *a)
{
	static const char *const cols[][2] = {
		{ "description", "column_description" },
		{ "objectives", "column_objectives" },
		{ "public", "column_public" },
		{ "identification", "column_identification" },
		{ "means", "column_means" },
	};
	static const char *const after[][2] = {
		{ "evaluation", "column_evaluation" },
		{ "difficulties", "column_difficulties" },
		{ "suggestions", "column_suggestions" },
	};
	const char	*title = value_str(a, "title");
	int		 anchor = rp_anchor(r, title, 1);
	size_t		 i;

	pdf_flow_page_break(&r->fl);
	rp_overline(r, rp_label(r, "action"));
	pdf_flow_heading(&r->fl, 2, title, anchor, -1);
	facts(r, a);
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		column(r, a, cols[i][0], cols[i][1]);
	partners_column(r, a);
	for (i = 0; i < sizeof(after) / sizeof(after[0]); i++)
		column(r, a, after[i][0], after[i][1]);
	if (rp_list(a, "indicators") != NULL &&
	    rp_list(a, "indicators")->u.list.n > 0) {
		pdf_flow_heading(&r->fl, 3, rp_label(r, "indicators"), -1, -1);
		rp_indicator_table(r, rp_list(a, "indicators"), 0);
		indicator_charts(r, rp_list(a, "indicators"));
	}
	funding(r, a);
	column(r, a, "narrative", "narrative");
	markdown_scratch_reset();
}
