/*
 * The report's body as typed facts (docs.h): what the PDF reads of the
 * sample's action, indicators, funding and key figures, and the site's
 * tree made from the same facts.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/markdown/markdown.h"
#include "../../generator/theme/strings.h"
#include "../../generator/theme/theme.h"
#include "../../generator/util/alloc.h"
#include "../../generator/view/docs.h"
#include "../../generator/view/view.h"
#include "helpers.h"

#define NN "\xE2\x80\xAF"	/* U+202F */
#define NB "\xC2\xA0"		/* U+00A0 */

/* The figure's text and number are the tree's key and key_raw. */
static void
same_figure(const struct value *map, const char *key,
    const struct view_figure *f)
{
	char			*raw = xasprintf("%s_raw", key);
	const struct value	*v = value_get(map, raw);

	cr_assert_str_eq(value_str(map, key), f->text, "%s", key);
	cr_assert_not_null(v, "%s", raw);
	switch (f->raw) {
	case VIEW_RAW_DECIMAL:
		cr_assert_eq(v->type, VALUE_DECIMAL, "%s", raw);
		cr_assert_eq(v->u.dec, f->dec, "%s", raw);
		break;
	case VIEW_RAW_RATIO:
		cr_assert_eq(v->type, VALUE_DOUBLE, "%s", raw);
		cr_assert_eq(v->u.number, f->ratio, "%s", raw);
		break;
	default:
		cr_assert_eq(v->type, VALUE_NULL, "%s", raw);
	}
	free(raw);
}

static const struct view_indicator *
indicator(const struct view_docs *docs, const char *id)
{
	size_t	 i;

	for (i = 0; i < docs->nindicators; i++)
		if (strcmp(docs->indicators[i].id, id) == 0)
			return &docs->indicators[i];
	cr_assert_fail("no indicator %s", id);
	return NULL;
}

/* The sample's action and one of its indicators, as the PDF reads them. */
static void
check_facts(const struct view_docs *docs)
{
	const struct view_action	*a;
	const struct view_indicator	*ind;

	cr_assert_eq(docs->nactions, 1);
	a = &docs->actions[0];
	cr_assert_str_eq(a->id, "mediation-sociale");
	cr_assert_str_eq(a->title, "Médiation sociale");
	cr_assert_str_eq(a->status_name, "en-cours");
	cr_assert_eq(a->status, STATUS_EN_COURS);
	cr_assert_not_null(a->pilot);
	cr_assert_str_eq(a->pilot->id, "trait-d-union");
	cr_assert_eq(a->period_start, 2023);
	cr_assert_eq(a->period_end, 2026);
	cr_assert_not_null(a->description.text);
	cr_assert_not_null(a->thematic);
	cr_assert_str_eq(a->thematic->id, "basculement-delinquance-recidive");
	cr_assert_eq(a->nindicators, 6);
	cr_assert_gt(a->nfunding, 0);
	cr_assert_eq(a->funding_total.raw, VIEW_RAW_DECIMAL);
	ind = indicator(docs, "interventions-par-lieu");
	cr_assert_eq(ind->action != NULL &&
	    strcmp(ind->action->id, "mediation-sociale") == 0, 1);
	cr_assert_str_eq(ind->value.text, "1" NN "512");
	cr_assert_eq(ind->value.raw, VIEW_RAW_DECIMAL);
	cr_assert_eq(ind->value.dec, (decimal)1512 * DECIMAL_SCALE);
	cr_assert_eq(ind->value.masked, 0);
	cr_assert_str_eq(ind->target.text, "1" NN "500");
	cr_assert_eq(ind->baseline_year, 2023);
	cr_assert_str_eq(ind->baseline.text, "1" NN "240");
	cr_assert_eq(ind->status, ISTATUS_ACHIEVED);
	cr_assert_eq(ind->nyears, 3);
	cr_assert_eq(ind->years[0].year, 2023);
	cr_assert_eq(ind->years[0].baseline, 1);
	cr_assert_eq(ind->years[2].current, 1);
	cr_assert_str_eq(ind->years[1].value.text, "1" NN "385");
	cr_assert_eq(ind->nbreakdown, 5);
	cr_assert_eq(ind->attainment.raw, VIEW_RAW_RATIO);
	/* The key figures. */
	cr_assert_str_eq(docs->summary.actions, "1");
	cr_assert_str_eq(docs->summary.indicators, "6");
	cr_assert_eq(docs->summary.actions_by_status[STATUS_EN_COURS].count.dec,
	    (decimal)1 * DECIMAL_SCALE);
	cr_assert_gt(docs->funding.nby_funder, 0);
	cr_assert_gt(docs->funding.nby_family, 0);
	cr_assert_eq(docs->nthematics, 1);
	cr_assert_eq(docs->thematics[0].nactions, 1);
	cr_assert_eq(docs->thematics[0].actions[0], a);
	cr_assert_eq(docs->npages, 1);
	cr_assert_eq(docs->npartners, 19);
}

static void
same_indicator(const struct value *v, const struct view_indicator *ind)
{
	const struct value	*y = value_get(v, "years");
	size_t			 i;

	cr_assert_str_eq(value_str(v, "id"), ind->id);
	cr_assert_str_eq(value_str(v, "label"), ind->label);
	cr_assert_str_eq(value_str(v, "status"), ind->status_name);
	cr_assert_str_eq(value_str(v, "status_label"), ind->status_label);
	same_figure(v, "value", &ind->value);
	same_figure(v, "target", &ind->target);
	same_figure(v, "previous", &ind->previous);
	same_figure(v, "evolution", &ind->evolution);
	same_figure(v, "attainment", &ind->attainment);
	same_figure(v, "progress", &ind->progress);
	same_figure(v, "baseline", &ind->baseline);
	same_figure(v, "breakdown_total", &ind->breakdown_total);
	cr_assert_eq(y->u.list.n, ind->nyears);
	for (i = 0; i < ind->nyears; i++) {
		same_figure(y->u.list.v[i], "value", &ind->years[i].value);
		same_figure(y->u.list.v[i], "target", &ind->years[i].target);
	}
	cr_assert_eq(value_get(v, "breakdown")->u.list.n, ind->nbreakdown);
}

static void
same_action(const struct value *v, const struct view_action *a,
    const struct value *indicators)
{
	const struct value	*f = value_get(v, "funding"), *e;
	size_t			 i;

	cr_assert_str_eq(value_str(v, "title"), a->title);
	cr_assert_str_eq(value_str(v, "status_label"), a->status_label);
	cr_assert_str_eq(value_str(value_get(v, "pilot"), "name"),
	    a->pilot->name);
	same_figure(v, "funding_total", &a->funding_total);
	same_figure(v, "attainment_mean", &a->attainment_mean);
	cr_assert_eq(value_get(v, "partners")->u.list.n, a->npartners);
	cr_assert_eq(value_get(v, "funders")->u.list.n, a->nfunders);
	cr_assert_eq(f->u.list.n, a->nfunding);
	for (i = 0; i < a->nfunding; i++) {
		same_figure(f->u.list.v[i], "total", &a->funding[i].total);
		e = value_get(f->u.list.v[i], "entries");
		cr_assert_eq(e->u.list.n, a->funding[i].nentries);
		same_figure(e->u.list.v[0], "amount",
		    &a->funding[i].entries[0].amount);
	}
	/* The action's indicators are the nodes of the report's list. */
	for (i = 0; i < a->nindicators; i++)
		cr_assert_eq(value_get(v, "indicators")->u.list.v[i],
		    indicators->u.list.v[a->indicators[i]->index]);
}

static void
same_summary(const struct value *root, const struct view_docs *docs)
{
	const struct value	*sum = value_get(root, "summary");
	const struct value	*fund = value_get(root, "funding"), *l;
	size_t			 i;

	cr_assert_str_eq(value_str(sum, "actions"), docs->summary.actions);
	same_figure(sum, "achievement_rate", &docs->summary.achievement_rate);
	same_figure(sum, "funding_total", &docs->summary.funding_total);
	same_figure(sum, "funding_previous", &docs->summary.funding_previous);
	same_figure(sum, "funding_evolution",
	    &docs->summary.funding_evolution);
	l = value_get(fund, "by_funder");
	cr_assert_eq(l->u.list.n, docs->funding.nby_funder);
	for (i = 0; i < l->u.list.n; i++) {
		cr_assert_str_eq(value_str(l->u.list.v[i], "name"),
		    docs->funding.by_funder[i].partner->name);
		same_figure(l->u.list.v[i], "amount",
		    &docs->funding.by_funder[i].amount);
		same_figure(l->u.list.v[i], "share",
		    &docs->funding.by_funder[i].share);
	}
	l = value_get(fund, "by_family");
	cr_assert_eq(l->u.list.n, docs->funding.nby_family);
	for (i = 0; i < l->u.list.n; i++)
		same_figure(l->u.list.v[i], "amount",
		    &docs->funding.by_family[i].amount);
}

/* The suite's setup (test_view.c) runs each test in a directory of its own. */
Test(view, typed_body)
{
	char			*content = test_repo_path("content");
	char			*cmd = xasprintf("cp -R '%s' content", content);
	struct model		*m;
	struct figures		*fg;
	struct theme		 t;
	struct strings		 s;
	struct diags		 d;
	struct arena		*a = arena_new();
	struct view_docs	*docs;
	const struct value	*v, *l;
	size_t			 i;

	memset(&d, 0, sizeof(d));
	free(test_sh(cmd, NULL));
	m = test_model(&fg);
	cr_assert(theme_open(&t, "content", NULL) == 0);
	cr_assert(strings_load(&s, &t, "fr", &d) == 0);
	docs = view_docs_build(a, m, fg, &s, 1767225600);
	check_facts(docs);
	/* The site's tree says the same, from the same structs. */
	v = view_build_docs(a, docs, m, fg, &s);
	l = value_get(v, "indicators");
	cr_assert_eq(l->u.list.n, docs->nindicators);
	for (i = 0; i < docs->nindicators; i++)
		same_indicator(l->u.list.v[i], &docs->indicators[i]);
	same_action(value_get(v, "actions")->u.list.v[0], &docs->actions[0],
	    l);
	same_summary(v, docs);
	cr_assert_str_eq(value_str(value_get(v, "thematics")->u.list.v[0],
	    "title"), docs->thematics[0].title);
	cr_assert_str_eq(value_str(value_get(v, "partners")->u.list.v[0],
	    "kind_label"), docs->partners[0].kind_label);
	arena_free(a);
	strings_release(&s);
	theme_close(&t);
	diags_release(&d);
	metrics_free(fg, m);
	model_free(m);
	free(cmd);
	free(content);
}
