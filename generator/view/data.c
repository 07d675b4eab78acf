/*
 * The tree of data/metrics.json (see data.h). Keys are added in the order
 * docs/format.md lists them, which is the order the JSON writer keeps.
 */
#include <string.h>

#include "data.h"

static struct value *
ratio_value(struct arena *a, struct ratio r)
{
	return r.set ? value_double(a, r.v) : value_null(a);
}

static struct value *
opt_value(struct arena *a, struct opt o)
{
	return o.set ? value_decimal(a, o.v) : value_null(a);
}

/* A list of the ids of the actions at indices v[0..n). */
static struct value *
action_ids(struct arena *a, const struct model *m, const size_t *v, size_t n)
{
	struct value	*list = value_list(a);
	size_t		 i;

	for (i = 0; i < n; i++)
		value_push(a, list, value_string(a, m->actions[v[i]].id));
	return list;
}

static struct value *
data_summary(struct arena *a, const struct model *m, const struct figures *f)
{
	struct value	*s = value_map(a), *by;
	size_t		 i;

	value_set(a, s, "actions", value_decimal(a,
	    (decimal)m->nactions * DECIMAL_SCALE));
	by = value_set(a, s, "actions_by_status", value_map(a));
	for (i = 0; i < STATUS__MAX; i++)
		value_set(a, by, model_status_name((enum status)i),
		    value_decimal(a, (decimal)f->actions_by_status[i] *
		    DECIMAL_SCALE));
	value_set(a, s, "indicators", value_decimal(a,
	    (decimal)m->nindicators * DECIMAL_SCALE));
	by = value_set(a, s, "indicators_by_status", value_map(a));
	for (i = 0; i < ISTATUS__MAX; i++)
		value_set(a, by, metrics_status_name((enum indicator_status)i),
		    value_decimal(a, (decimal)f->indicators_by_status[i] *
		    DECIMAL_SCALE));
	value_set(a, s, "achievement_rate", ratio_value(a, f->achievement_rate));
	value_set(a, s, "attainment_mean", ratio_value(a, f->attainment_mean));
	value_set(a, s, "funding_total", value_decimal(a, f->funding_total));
	value_set(a, s, "funding_previous",
	    value_decimal(a, f->funding_previous));
	value_set(a, s, "funding_evolution",
	    ratio_value(a, f->funding_evolution));
	return s;
}

static struct value *
data_funding(struct arena *a, const struct model *m, const struct figures *f)
{
	struct value	*fu = value_map(a), *list, *e, *fam;
	size_t		 i;

	list = value_set(a, fu, "by_funder", value_list(a));
	for (i = 0; i < f->nby_funder; i++) {
		e = value_push(a, list, value_map(a));
		value_set(a, e, "partner",
		    value_string(a, m->partners[f->by_funder[i].partner].id));
		value_set(a, e, "amount",
		    value_decimal(a, f->by_funder[i].amount));
		value_set(a, e, "share", ratio_value(a, f->by_funder[i].share));
	}
	fam = value_set(a, fu, "by_family", value_map(a));
	for (i = 0; i < FAMILY__MAX; i++)
		value_set(a, fam, model_family_name((enum family)i),
		    value_decimal(a, f->by_family[i]));
	return fu;
}

static struct value *
data_thematics(struct arena *a, const struct model *m, const struct figures *f)
{
	struct value	*list = value_list(a), *t;
	size_t		 i;

	for (i = 0; i < m->council.nthematics; i++) {
		t = value_push(a, list, value_map(a));
		value_set(a, t, "id", value_string(a,
		    m->council.thematics[i].id.s));
		value_set(a, t, "title", value_string(a,
		    m->council.thematics[i].title.s));
		value_set(a, t, "actions", action_ids(a, m,
		    f->thematics[i].actions, f->thematics[i].nactions));
		value_set(a, t, "funding_total",
		    value_decimal(a, f->thematics[i].funding_total));
	}
	return list;
}

struct value *
view_data_action(struct arena *a, const struct model *m, const struct figures *f,
    size_t i)
{
	const struct action		*ac = &m->actions[i];
	const struct action_figures	*af = &f->actions[i];
	struct value			*v = value_map(a), *by, *ids;
	size_t				 j;

	value_set(a, v, "id", value_string(a, ac->id));
	value_set(a, v, "title", value_string(a, ac->title.s));
	value_set(a, v, "thematic", value_string(a, ac->thematic.id.s));
	value_set(a, v, "status", value_string(a,
	    model_status_name(ac->status)));
	value_set(a, v, "pilot", value_string(a, ac->pilot.id.s));
	value_set(a, v, "funding_total", value_decimal(a, af->funding_total));
	value_set(a, v, "funding_previous",
	    value_decimal(a, af->funding_previous));
	by = value_set(a, v, "funding_by_funder", value_map(a));
	for (j = 0; j < af->nby_funder; j++)
		value_set(a, by, m->partners[af->by_funder[j].partner].id,
		    value_decimal(a, af->by_funder[j].amount));
	ids = value_set(a, v, "indicators", value_list(a));
	for (j = 0; j < ac->nindicators; j++)
		value_push(a, ids, value_string(a,
		    m->indicators[ac->indicators[j]].id));
	value_set(a, v, "attainment_mean",
	    ratio_value(a, af->attainment_mean));
	return v;
}

/*
 * The figures of a sensitive indicator hidden by statistical secrecy, by
 * their keys: the flag beside each null that stands for a hidden number.
 */
static struct value *
masked_list(struct arena *a, unsigned masked)
{
	static const struct {
		unsigned	 bit;
		const char	*key;
	} keys[] = {
		{ MASK_VALUE, "value" }, { MASK_PREVIOUS, "previous" },
		{ MASK_EVOLUTION, "evolution" },
		{ MASK_ATTAINMENT, "attainment" },
		{ MASK_PROGRESS, "progress" },
		{ MASK_BREAKDOWN, "breakdown_total" },
		{ MASK_BASELINE, "baseline" }
	};
	struct value	*l = value_list(a);
	size_t		 i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (masked & keys[i].bit)
			value_push(a, l, value_string(a, keys[i].key));
	return l;
}

struct value *
view_data_indicator(struct arena *a, const struct model *m,
    const struct figures *f, size_t i)
{
	const struct indicator		*ind = &m->indicators[i];
	const struct indicator_figures	*fi = &f->indicators[i];
	struct value			*v = value_map(a), *list, *e;
	size_t				 j;

	value_set(a, v, "id", value_string(a, ind->id));
	value_set(a, v, "action", value_string(a, ind->action.id.s));
	value_set(a, v, "label", value_string(a, ind->label.s));
	value_set(a, v, "unit", value_string(a, ind->unit.s));
	value_set(a, v, "direction", value_string(a,
	    model_direction_name(ind->direction)));
	value_set(a, v, "value", opt_value(a, fi->value));
	value_set(a, v, "previous", opt_value(a, fi->previous));
	value_set(a, v, "target", opt_value(a, fi->target));
	value_set(a, v, "evolution", ratio_value(a, fi->evolution));
	value_set(a, v, "attainment", ratio_value(a, fi->attainment));
	value_set(a, v, "progress", ratio_value(a, fi->progress));
	value_set(a, v, "status", value_string(a,
	    metrics_status_name(fi->status)));
	list = value_set(a, v, "breakdown", value_list(a));
	for (j = 0; j < fi->nbreakdown; j++) {
		e = value_push(a, list, value_map(a));
		value_set(a, e, "label", value_string(a,
		    fi->breakdown[j].label));
		value_set(a, e, "value", fi->breakdown[j].masked ?
		    value_null(a) : value_decimal(a, fi->breakdown[j].value));
		value_set(a, e, "share", ratio_value(a,
		    fi->breakdown[j].share));
		if (fi->secret)
			value_set(a, e, "masked", value_bool(a,
			    fi->breakdown[j].masked));
	}
	value_set(a, v, "breakdown_total", fi->masked & MASK_BREAKDOWN ?
	    value_null(a) : value_decimal(a, fi->breakdown_total));
	value_set(a, v, "priority", value_string(a, fi->priority));
	if (fi->secret)
		value_set(a, v, "masked", masked_list(a, fi->masked));
	return v;
}

struct value *
view_data_partner(struct arena *a, const struct model *m, const struct figures *f,
    size_t i)
{
	const struct partner		*p = &m->partners[i];
	const struct partner_figures	*pf = &f->partners[i];
	struct value			*v = value_map(a), *g;
	size_t				 j;

	value_set(a, v, "id", value_string(a, p->id));
	value_set(a, v, "name", value_string(a, p->name.s));
	value_set(a, v, "kind", value_string(a, p->kind.s));
	value_set(a, v, "family", value_string(a,
	    model_family_name(p->family)));
	value_set(a, v, "pilot_of", action_ids(a, m, pf->pilot_of,
	    pf->npilot_of));
	value_set(a, v, "partner_of", action_ids(a, m, pf->partner_of,
	    pf->npartner_of));
	value_set(a, v, "funder_of", action_ids(a, m, pf->funder_of,
	    pf->nfunder_of));
	g = value_set(a, v, "group_of", value_list(a));
	for (j = 0; j < pf->ngroup_of; j++)
		value_push(a, g, value_string(a,
		    m->council.thematics[pf->group_of[j]].id.s));
	value_set(a, v, "funded_amount", value_decimal(a, pf->funded_amount));
	value_set(a, v, "actions", value_decimal(a,
	    (decimal)pf->actions * DECIMAL_SCALE));
	return v;
}

/* Where the content comes from: its git commit, or null outside git. */
static struct value *
data_source(struct arena *a, const struct source_stamp *st)
{
	struct value	*r;
	char		 iso[64];

	if (!st->found)
		return value_null(a);
	r = value_map(a);
	value_set(a, r, "commit", value_string(a, st->commit));
	source_stamp_iso(st, iso);
	value_set(a, r, "date", value_string(a, iso));
	value_set(a, r, "modified", value_bool(a, st->modified));
	return r;
}

struct value *
view_data_head(struct arena *a, const struct model *m, const struct figures *f)
{
	struct value	*root = value_map(a);

	value_set(a, root, "year", value_decimal(a,
	    (decimal)f->year * DECIMAL_SCALE));
	value_set(a, root, "council", value_string(a, m->council.council.s));
	value_set(a, root, "territory",
	    value_string(a, m->council.territory.s));
	value_set(a, root, "source", data_source(a, &m->source));
	value_set(a, root, "summary", data_summary(a, m, f));
	value_set(a, root, "funding", data_funding(a, m, f));
	value_set(a, root, "thematics", data_thematics(a, m, f));
	return root;
}

struct value *
view_data(struct arena *a, const struct model *m, const struct figures *f)
{
	struct value	*root = view_data_head(a, m, f), *list;
	size_t		 i;

	list = value_set(a, root, "actions", value_list(a));
	for (i = 0; i < m->nactions; i++)
		value_push(a, list, view_data_action(a, m, f, i));
	list = value_set(a, root, "indicators", value_list(a));
	for (i = 0; i < m->nindicators; i++)
		value_push(a, list, view_data_indicator(a, m, f, i));
	list = value_set(a, root, "partners", value_list(a));
	for (i = 0; i < m->npartners; i++)
		value_push(a, list, view_data_partner(a, m, f, i));
	return root;
}
