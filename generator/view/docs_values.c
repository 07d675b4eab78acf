/*
 * The view tree's records made from the report's body (docs.h), key by
 * key: what the site's templates read is what the PDF prints. Each
 * figure is its text ("key"), its number ("key_raw", null without one)
 * and, where secrecy may hide it, "key_masked".
 */
#include <string.h>

#include "docs.h"

/* "key" + suffix, in the arena: a figure's raw number, its mask. */
static const char *
key_with(struct arena *a, const char *key, const char *suffix)
{
	size_t	 n = strlen(key), m = strlen(suffix);
	char	*k = arena_alloc(a, n + m + 1);

	memcpy(k, key, n);
	memcpy(k + n, suffix, m + 1);
	return k;
}

static struct value *
raw(struct arena *a, const struct view_figure *f)
{
	if (f->raw == VIEW_RAW_DECIMAL)
		return value_decimal(a, f->dec);
	if (f->raw == VIEW_RAW_RATIO)
		return value_double(a, f->ratio);
	return value_null(a);
}

/* key and key_raw. */
static void
set_fig(struct arena *a, struct value *map, const char *key,
    const struct view_figure *f)
{
	value_set(a, map, key, value_string(a, f->text));
	value_set(a, map, key_with(a, key, "_raw"), raw(a, f));
}

/* key, key_raw and key_masked: a figure that secrecy may hide. */
static void
set_fig_masked(struct arena *a, struct value *map, const char *key,
    const struct view_figure *f)
{
	set_fig(a, map, key, f);
	value_set(a, map, key_with(a, key, "_masked"),
	    value_bool(a, f->masked));
}

static struct value *
year_value(struct arena *a, int year)
{
	return value_decimal(a, (decimal)year * DECIMAL_SCALE);
}

static void
set_updated(struct arena *a, struct value *r, const struct view_updated *u)
{
	value_set(a, r, "updated", value_string(a, u->text));
	value_set(a, r, "updated_iso", value_string(a, u->iso));
}

static struct value *
markdown(struct arena *a, const struct view_text *t)
{
	return value_markdown(a, t->text, t->french);
}

static struct value *
partner_ref(struct arena *a, const struct view_partner_ref *p)
{
	struct value	*r;

	if (p == NULL)
		return value_null(a);
	r = value_map(a);
	value_set(a, r, "id", value_string(a, p->id));
	value_set(a, r, "name", value_string(a, p->name));
	value_set(a, r, "short", value_string(a, p->short_name));
	value_set(a, r, "label", value_string(a, p->label));
	return r;
}

static struct value *
partner_refs(struct arena *a, const struct view_partner_ref *p, size_t n)
{
	struct value	*l = value_list(a);
	size_t		 i;

	for (i = 0; i < n; i++)
		value_push(a, l, partner_ref(a, &p[i]));
	return l;
}

/* An action's or a thematic's reference: id, title. */
static struct value *
ref(struct arena *a, const struct view_ref *r)
{
	struct value	*v;

	if (r == NULL)
		return value_null(a);
	v = value_map(a);
	value_set(a, v, "id", value_string(a, r->id));
	value_set(a, v, "title", value_string(a, r->title));
	return v;
}

static struct value *
refs(struct arena *a, const struct view_ref *r, size_t n)
{
	struct value	*l = value_list(a);
	size_t		 i;

	for (i = 0; i < n; i++)
		value_push(a, l, ref(a, &r[i]));
	return l;
}

static struct value *
indicator_years(struct arena *a, const struct view_indicator *ind)
{
	struct value	*l = value_list(a), *e;
	size_t		 i;

	for (i = 0; i < ind->nyears; i++) {
		const struct view_indicator_year *y = &ind->years[i];

		e = value_push(a, l, value_map(a));
		value_set(a, e, "year", year_value(a, y->year));
		value_set(a, e, "current", value_bool(a, y->current));
		set_fig_masked(a, e, "value", &y->value);
		set_fig(a, e, "target", &y->target);
		value_set(a, e, "baseline", value_bool(a, y->baseline));
	}
	return l;
}

static struct value *
indicator_breakdown(struct arena *a, const struct view_indicator *ind)
{
	struct value	*l = value_list(a), *e;
	size_t		 i;

	for (i = 0; i < ind->nbreakdown; i++) {
		const struct view_breakdown_row *b = &ind->breakdown[i];

		e = value_push(a, l, value_map(a));
		value_set(a, e, "label", value_string(a, b->label));
		set_fig_masked(a, e, "value", &b->value);
		set_fig_masked(a, e, "share", &b->share);
		value_set(a, e, "priority", value_bool(a, b->priority));
	}
	return l;
}

static struct value *
indicator_value(struct arena *a, const struct view_indicator *ind)
{
	struct value	*r = value_map(a);

	value_set(a, r, "id", value_string(a, ind->id));
	value_set(a, r, "label", value_string(a, ind->label));
	value_set(a, r, "unit", value_string(a, ind->unit));
	value_set(a, r, "action", ref(a, ind->action));
	value_set(a, r, "direction", value_string(a, ind->direction));
	value_set(a, r, "direction_label", value_string(a,
	    ind->direction_label));
	set_fig_masked(a, r, "value", &ind->value);
	set_fig_masked(a, r, "previous", &ind->previous);
	set_fig(a, r, "target", &ind->target);
	set_fig_masked(a, r, "evolution", &ind->evolution);
	set_fig_masked(a, r, "attainment", &ind->attainment);
	set_fig_masked(a, r, "progress", &ind->progress);
	value_set(a, r, "secret", value_bool(a, ind->secret));
	value_set(a, r, "status", value_string(a, ind->status_name));
	value_set(a, r, "status_label", value_string(a, ind->status_label));
	value_set(a, r, "years", indicator_years(a, ind));
	value_set(a, r, "breakdown", indicator_breakdown(a, ind));
	set_fig_masked(a, r, "breakdown_total", &ind->breakdown_total);
	value_set(a, r, "priority", value_string(a, ind->priority));
	if (ind->baseline_year != 0) {
		value_set(a, r, "baseline_year", year_value(a,
		    ind->baseline_year));
		set_fig_masked(a, r, "baseline", &ind->baseline);
	} else {
		value_set(a, r, "baseline_year", value_null(a));
		set_fig(a, r, "baseline", &ind->baseline);
	}
	value_set(a, r, "source", markdown(a, &ind->source));
	set_updated(a, r, &ind->updated);
	return r;
}

/* The funding of an action, year by year in the order written. */
static struct value *
action_funding(struct arena *a, const struct view_action *act)
{
	struct value	*l = value_list(a), *y, *es, *e;
	size_t		 i, j;

	for (i = 0; i < act->nfunding; i++) {
		const struct view_funding_year *fy = &act->funding[i];

		y = value_push(a, l, value_map(a));
		value_set(a, y, "year", year_value(a, fy->year));
		value_set(a, y, "current", value_bool(a, fy->current));
		es = value_set(a, y, "entries", value_list(a));
		for (j = 0; j < fy->nentries; j++) {
			e = value_push(a, es, value_map(a));
			value_set(a, e, "funder", partner_ref(a,
			    fy->entries[j].funder));
			set_fig(a, e, "amount", &fy->entries[j].amount);
			value_set(a, e, "note", value_string(a,
			    fy->entries[j].note));
		}
		set_fig(a, y, "total", &fy->total);
	}
	return l;
}

/* Funders with their amount, and their share when with_share. */
static struct value *
funders(struct arena *a, const struct view_funder *f, size_t n,
    int with_share)
{
	struct value	*l = value_list(a), *e;
	size_t		 i;

	for (i = 0; i < n; i++) {
		e = value_push(a, l, partner_ref(a, f[i].partner));
		set_fig(a, e, "amount", &f[i].amount);
		if (with_share)
			set_fig(a, e, "share", &f[i].share);
	}
	return l;
}

static struct value *
period_value(struct arena *a, int year)
{
	return year != 0 ? year_value(a, year) : value_null(a);
}

/* An action; its indicators are the nodes of the list indicators. */
static struct value *
action_value(struct arena *a, const struct view_action *act,
    const struct value *indicators)
{
	struct value	*r = value_map(a), *l;
	size_t		 j;

	value_set(a, r, "id", value_string(a, act->id));
	value_set(a, r, "title", value_string(a, act->title));
	value_set(a, r, "thematic", ref(a, act->thematic));
	value_set(a, r, "status", value_string(a, act->status_name));
	value_set(a, r, "status_label", value_string(a, act->status_label));
	value_set(a, r, "pilot", partner_ref(a, act->pilot));
	value_set(a, r, "period_start", period_value(a, act->period_start));
	value_set(a, r, "period_end", period_value(a, act->period_end));
	value_set(a, r, "description", markdown(a, &act->description));
	value_set(a, r, "objectives", markdown(a, &act->objectives));
	value_set(a, r, "public", markdown(a, &act->public));
	value_set(a, r, "identification", markdown(a, &act->identification));
	value_set(a, r, "means", markdown(a, &act->means));
	value_set(a, r, "partners", partner_refs(a, act->partners,
	    act->npartners));
	value_set(a, r, "funding", action_funding(a, act));
	set_fig(a, r, "funding_total", &act->funding_total);
	set_fig(a, r, "funding_previous", &act->funding_previous);
	value_set(a, r, "funders", funders(a, act->funders, act->nfunders, 0));
	value_set(a, r, "evaluation", markdown(a, &act->evaluation));
	value_set(a, r, "difficulties", markdown(a, &act->difficulties));
	value_set(a, r, "suggestions", markdown(a, &act->suggestions));
	value_set(a, r, "narrative", markdown(a, &act->narrative));
	l = value_set(a, r, "indicators", value_list(a));
	for (j = 0; j < act->nindicators; j++)
		value_push(a, l,
		    indicators->u.list.v[act->indicators[j]->index]);
	set_fig(a, r, "attainment_mean", &act->attainment_mean);
	set_updated(a, r, &act->updated);
	return r;
}

/* A thematic; its actions are the nodes of the list actions. */
static struct value *
thematic_value(struct arena *a, const struct view_thematic *t,
    const struct value *actions)
{
	struct value	*r = value_map(a), *l;
	size_t		 j;

	value_set(a, r, "id", value_string(a, t->id));
	value_set(a, r, "title", value_string(a, t->title));
	value_set(a, r, "description", markdown(a, &t->description));
	value_set(a, r, "group", partner_refs(a, t->group, t->ngroup));
	l = value_set(a, r, "actions", value_list(a));
	for (j = 0; j < t->nactions; j++)
		value_push(a, l, actions->u.list.v[t->actions[j]->index]);
	set_fig(a, r, "funding_total", &t->funding_total);
	set_updated(a, r, &t->updated);
	return r;
}

static struct value *
partner_value(struct arena *a, const struct view_partner *p)
{
	struct value	*r = partner_ref(a, p->ref);

	value_set(a, r, "kind", value_string(a, p->kind));
	value_set(a, r, "kind_label", value_string(a, p->kind_label));
	value_set(a, r, "family", value_string(a, p->family));
	value_set(a, r, "family_label", value_string(a, p->family_label));
	value_set(a, r, "website", value_string(a, p->website));
	value_set(a, r, "email", value_string(a, p->email));
	value_set(a, r, "phone", value_string(a, p->phone));
	value_set(a, r, "address", value_string(a, p->address));
	value_set(a, r, "siret", value_string(a, p->siret));
	value_set(a, r, "rna", value_string(a, p->rna));
	value_set(a, r, "description", markdown(a, &p->description));
	value_set(a, r, "pilot_of", refs(a, p->pilot_of, p->npilot_of));
	value_set(a, r, "partner_of", refs(a, p->partner_of, p->npartner_of));
	value_set(a, r, "funder_of", refs(a, p->funder_of, p->nfunder_of));
	value_set(a, r, "group_of", refs(a, p->group_of, p->ngroup_of));
	set_fig(a, r, "funded_amount", &p->funded_amount);
	value_set(a, r, "actions", value_string(a, p->actions));
	return r;
}

static struct value *
page_value(struct arena *a, const struct view_page *p)
{
	struct value	*e = value_map(a);

	value_set(a, e, "id", value_string(a, p->id));
	value_set(a, e, "title", value_string(a, p->title));
	value_set(a, e, "body", markdown(a, &p->body));
	value_set(a, e, "opens_report", value_bool(a, p->opens_report));
	set_updated(a, e, &p->updated);
	return e;
}

static struct value *
status_counts(struct arena *a, const struct view_status_count *c, size_t n)
{
	struct value	*l = value_list(a), *e;
	size_t		 i;

	for (i = 0; i < n; i++) {
		e = value_push(a, l, value_map(a));
		value_set(a, e, "status", value_string(a, c[i].status));
		value_set(a, e, "label", value_string(a, c[i].label));
		set_fig(a, e, "count", &c[i].count);
	}
	return l;
}

static struct value *
summary_value(struct arena *a, const struct view_summary *s)
{
	struct value	*r = value_map(a);

	value_set(a, r, "actions", value_string(a, s->actions));
	value_set(a, r, "actions_by_status", status_counts(a,
	    s->actions_by_status, STATUS__MAX));
	value_set(a, r, "indicators", value_string(a, s->indicators));
	value_set(a, r, "indicators_by_status", status_counts(a,
	    s->indicators_by_status, ISTATUS__MAX));
	set_fig(a, r, "achievement_rate", &s->achievement_rate);
	set_fig(a, r, "attainment_mean", &s->attainment_mean);
	set_fig(a, r, "funding_total", &s->funding_total);
	set_fig(a, r, "funding_previous", &s->funding_previous);
	set_fig(a, r, "funding_evolution", &s->funding_evolution);
	return r;
}

static struct value *
funding_value(struct arena *a, const struct view_funding *f)
{
	struct value	*r = value_map(a), *l, *e;
	size_t		 i;

	value_set(a, r, "by_funder", funders(a, f->by_funder, f->nby_funder,
	    1));
	l = value_set(a, r, "by_family", value_list(a));
	for (i = 0; i < f->nby_family; i++) {
		e = value_push(a, l, value_map(a));
		value_set(a, e, "family", value_string(a,
		    f->by_family[i].family));
		value_set(a, e, "label", value_string(a,
		    f->by_family[i].label));
		set_fig(a, e, "amount", &f->by_family[i].amount);
		set_fig(a, e, "share", &f->by_family[i].share);
	}
	return r;
}

/* pages, and opening_pages: those that open the report, for the home. */
static void
pages_set(struct arena *a, const struct view_docs *docs, struct value *root)
{
	struct value	*l, *opening, *e;
	size_t		 i;

	l = value_set(a, root, "pages", value_list(a));
	opening = value_set(a, root, "opening_pages", value_list(a));
	for (i = 0; i < docs->npages; i++) {
		e = value_push(a, l, page_value(a, &docs->pages[i]));
		/* Sorted first (check.c): also listed alone. */
		if (docs->pages[i].opens_report)
			value_push(a, opening, e);
	}
}

void
view_docs_body_set(struct arena *a, const struct view_docs *docs,
    struct value *root)
{
	struct value	*l, *actions, *indicators;
	size_t		 i;

	value_set(a, root, "summary", summary_value(a, &docs->summary));
	value_set(a, root, "funding", funding_value(a, &docs->funding));
	value_set(a, root, "has_subsidies", value_bool(a,
	    docs->has_subsidies));
	/* Indicators, then actions that share their nodes, then thematics. */
	indicators = value_list(a);
	for (i = 0; i < docs->nindicators; i++)
		value_push(a, indicators, indicator_value(a,
		    &docs->indicators[i]));
	actions = value_list(a);
	for (i = 0; i < docs->nactions; i++)
		value_push(a, actions, action_value(a, &docs->actions[i],
		    indicators));
	l = value_set(a, root, "thematics", value_list(a));
	for (i = 0; i < docs->nthematics; i++)
		value_push(a, l, thematic_value(a, &docs->thematics[i],
		    actions));
	value_set(a, root, "actions", actions);
	value_set(a, root, "indicators", indicators);
	l = value_set(a, root, "partners", value_list(a));
	for (i = 0; i < docs->npartners; i++)
		value_push(a, l, partner_value(a, &docs->partners[i]));
	pages_set(a, docs, root);
}
