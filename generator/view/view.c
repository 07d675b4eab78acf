/*
 * The view tree (see view.h). One builder function per record type;
 * small helpers turn figures into text in the report's locale.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/escape.h"
#include "../util/image.h"
#include "../markdown/markdown.h"
#include "../load/subsidy.h"
#include "format.h"
#include "typo.h"
#include "view.h"

struct view {
	struct arena		*a;
	const struct model	*m;
	const struct figures	*f;
	const struct strings	*s;
	enum locale		 loc;
};

/* A text for people: typography applied in French. NULL gives null. */
static struct value *
vtext(struct view *v, const char *s)
{
	char		*t;
	struct value	*r;

	if (s == NULL)
		return value_null(v->a);
	if (v->loc != LOCALE_FR)
		return value_string(v->a, s);
	t = typo_french_string(s);
	r = value_string(v->a, t);
	free(t);
	return r;
}

static struct value *
vmarkdown(struct view *v, const struct text *t)
{
	return value_markdown(v->a, t, v->loc == LOCALE_FR);
}

static struct value *
vlabel(struct view *v, const char *key)
{
	return vtext(v, strings_get(v->s, key));
}

/* A label whose key is prefix + name ("status_" + "en-cours"). */
static struct value *
vlabel2(struct view *v, const char *prefix, const char *name)
{
	char		*key = xasprintf("%s%s", prefix, name);
	struct value	*r = vlabel(v, key);

	free(key);
	return r;
}

static struct value *
vbuf(struct view *v, struct buf *b)
{
	struct value	*r = value_stringn(v->a, buf_cstr(b), b->len);

	buf_release(b);
	return r;
}

/*
 * A SIRET as it is usually printed, SIREN by threes then the
 * establishment's five digits ("213 505 623 00013"), with no-break spaces.
 */
static struct value *
vsiret(struct view *v, const char *s)
{
	char	 out[32];

	if (s == NULL || strlen(s) != 14)
		return value_string(v->a, s);
	snprintf(out, sizeof(out), "%.3s\u00a0%.3s\u00a0%.3s\u00a0%.5s", s,
	    s + 3, s + 6, s + 9);
	return value_string(v->a, out);
}

/*
 * A record's last change, the later of its two files (b may be NULL):
 * "updated" and "updated_iso" (view_updated, docs.h), null without a date.
 */
static void
set_updated(struct view *v, struct value *r, const char *a, const char *b)
{
	struct view_from	 from = { v->a, v->m, v->s, v->loc };
	struct view_updated	 u = view_updated(&from, a, b);

	value_set(v->a, r, "updated", value_string(v->a, u.text));
	value_set(v->a, r, "updated_iso", value_string(v->a, u.iso));
}

/* A phone number that never breaks (format_phone). NULL gives null. */
static struct value *
vphone(struct view *v, const char *s)
{
	struct buf	 b = BUF_INIT;

	if (s == NULL)
		return value_null(v->a);
	format_phone(&b, s);
	return vbuf(v, &b);
}

static struct value *
vnull_text(struct view *v)
{
	return vlabel(v, "none");
}

static struct value *
vnumber(struct view *v, struct opt o)
{
	struct buf	 b = BUF_INIT;

	if (!o.set)
		return vnull_text(v);
	format_number(&b, o.v, v->loc);
	return vbuf(v, &b);
}

static struct value *
vamount(struct view *v, decimal d)
{
	struct buf	 b = BUF_INIT;

	format_amount(&b, d, v->loc);
	return vbuf(v, &b);
}

static struct value *
vpercent(struct view *v, struct ratio r)
{
	struct buf	 b = BUF_INIT;

	if (!r.set)
		return vnull_text(v);
	format_percent(&b, r.v, v->loc);
	return vbuf(v, &b);
}

static struct value *
vevolution(struct view *v, struct ratio r)
{
	struct buf	 b = BUF_INIT;

	if (!r.set)
		return vnull_text(v);
	format_evolution(&b, r.v, v->loc);
	return vbuf(v, &b);
}

static struct value *
vraw_opt(struct view *v, struct opt o)
{
	return o.set ? value_decimal(v->a, o.v) : value_null(v->a);
}

static struct value *
vraw_ratio(struct view *v, struct ratio r)
{
	return r.set ? value_double(v->a, r.v) : value_null(v->a);
}

static struct value *
vcount(struct view *v, size_t n)
{
	struct opt	 o = { 1, (decimal)n * DECIMAL_SCALE };

	return vnumber(v, o);
}

/* "key_raw", in the arena: the name of a figure's raw number. */
static const char *
raw_key(struct view *v, const char *key)
{
	size_t	 n = strlen(key);
	char	*raw = arena_alloc(v->a, n + 5);

	memcpy(raw, key, n);
	memcpy(raw + n, "_raw", 5);
	return raw;
}

/* Sets key (text) and key_raw (number) for an optional figure. */
static void
set_opt(struct view *v, struct value *map, const char *key, struct opt o)
{
	value_set(v->a, map, key, vnumber(v, o));
	value_set(v->a, map, raw_key(v, key), vraw_opt(v, o));
}

static void
set_ratio(struct view *v, struct value *map, const char *key, struct ratio r,
    int signed_change)
{
	value_set(v->a, map, key, signed_change ? vevolution(v, r) :
	    vpercent(v, r));
	value_set(v->a, map, raw_key(v, key), vraw_ratio(v, r));
}

/* "key_masked", in the arena. */
static const char *
masked_key(struct view *v, const char *key)
{
	size_t	 n = strlen(key);
	char	*k = arena_alloc(v->a, n + 8);

	memcpy(k, key, n);
	memcpy(k + n, "_masked", 8);
	return k;
}

/*
 * A count hidden by statistical secrecy: the text "< N" (label
 * secret_count), a null raw number and key_masked true, in place of
 * set_opt's three values.
 */
static void
set_secret_count(struct view *v, struct value *map, const char *key)
{
	const char	*t = strings_get(v->s, "secret_count"), *at;
	struct buf	 b = BUF_INIT, n = BUF_INIT;

	format_number(&n, v->f->min_count, v->loc);
	if ((at = strstr(t, "{n}")) != NULL) {
		buf_put(&b, t, (size_t)(at - t));
		buf_puts(&b, buf_cstr(&n));
		buf_puts(&b, at + 3);
	} else
		buf_puts(&b, t);
	value_set(v->a, map, key, vtext(v, buf_cstr(&b)));
	value_set(v->a, map, raw_key(v, key), value_null(v->a));
	buf_release(&b);
	buf_release(&n);
}

/* A figure of the indicator, hidden or not (masked: MASK_* of it). */
static void
set_opt_secret(struct view *v, struct value *map, const char *key,
    struct opt o, int masked)
{
	if (masked)
		set_secret_count(v, map, key);
	else
		set_opt(v, map, key, o);
	value_set(v->a, map, masked_key(v, key), value_bool(v->a, masked));
}

/* A ratio hidden because it would give a count away: "masked". */
static void
set_ratio_secret(struct view *v, struct value *map, const char *key,
    struct ratio r, int signed_change, int masked)
{
	if (masked) {
		value_set(v->a, map, key, vlabel(v, "secret_figure"));
		value_set(v->a, map, raw_key(v, key), value_null(v->a));
	} else
		set_ratio(v, map, key, r, signed_change);
	value_set(v->a, map, masked_key(v, key), value_bool(v->a, masked));
}

static void
set_amount(struct view *v, struct value *map, const char *key, decimal d)
{
	value_set(v->a, map, key, vamount(v, d));
	value_set(v->a, map, raw_key(v, key), value_decimal(v->a, d));
}

/* A short reference to a partner: id, name, short name. */
static struct value *
partner_ref(struct view *v, size_t i)
{
	const struct partner	*p = &v->m->partners[i];
	struct value		*r = value_map(v->a);

	value_set(v->a, r, "id", value_string(v->a, p->id));
	value_set(v->a, r, "name", vtext(v, p->name.s));
	value_set(v->a, r, "short", vtext(v, p->short_name.s));
	value_set(v->a, r, "label", vtext(v, p->short_name.s ?
	    p->short_name.s : p->name.s));
	return r;
}

static struct value *
partner_refs(struct view *v, const struct refs *refs)
{
	struct value	*list = value_list(v->a);
	size_t		 i;

	for (i = 0; i < refs->n; i++)
		if (refs->v[i].ok)
			value_push(v->a, list, partner_ref(v, refs->v[i].index));
	return list;
}

/* A short reference to an action: id, title. */
static struct value *
action_ref(struct view *v, size_t i)
{
	struct value	*r = value_map(v->a);

	value_set(v->a, r, "id", value_string(v->a, v->m->actions[i].id));
	value_set(v->a, r, "title", vtext(v, v->m->actions[i].title.s));
	return r;
}

static struct value *
action_refs(struct view *v, const size_t *idx, size_t n)
{
	struct value	*list = value_list(v->a);
	size_t		 i;

	for (i = 0; i < n; i++)
		value_push(v->a, list, action_ref(v, idx[i]));
	return list;
}

static struct value *
thematic_ref(struct view *v, size_t i)
{
	struct value	*r = value_map(v->a);

	value_set(v->a, r, "id", value_string(v->a,
	    v->m->council.thematics[i].id.s));
	value_set(v->a, r, "title", vtext(v,
	    v->m->council.thematics[i].title.s));
	return r;
}

/* The years of an indicator, ascending, each with value and target. */
static struct value *
indicator_years(struct view *v, const struct indicator *ind,
    const struct indicator_figures *f)
{
	struct value	*list = value_list(v->a), *e;
	size_t		 i;

	for (i = 0; i < f->nyears; i++) {
		e = value_push(v->a, list, value_map(v->a));
		value_set(v->a, e, "year", value_decimal(v->a,
		    (decimal)f->years[i].year * DECIMAL_SCALE));
		value_set(v->a, e, "current", value_bool(v->a,
		    f->years[i].year == v->m->council.y));
		set_opt_secret(v, e, "value", f->years[i].value,
		    f->years[i].value_masked);
		set_opt(v, e, "target", f->years[i].target);
		/* The year of the baseline is marked in the years table. */
		value_set(v->a, e, "baseline", value_bool(v->a,
		    ind->baseline.set && f->years[i].year ==
		    ind->baseline_year));
	}
	return list;
}

static struct value *
indicator_breakdown(struct view *v, const struct indicator_figures *f)
{
	struct value	*list = value_list(v->a), *e;
	struct opt	 o;
	size_t		 i;

	for (i = 0; i < f->nbreakdown; i++) {
		e = value_push(v->a, list, value_map(v->a));
		value_set(v->a, e, "label", vtext(v, f->breakdown[i].label));
		o.set = 1;
		o.v = f->breakdown[i].value;
		set_opt_secret(v, e, "value", o, f->breakdown[i].masked);
		set_ratio_secret(v, e, "share", f->breakdown[i].share, 0,
		    (f->masked & MASK_BREAKDOWN) != 0);
		value_set(v->a, e, "priority", value_bool(v->a,
		    f->priority != NULL &&
		    f->breakdown[i].label == f->priority));
	}
	return list;
}

static struct value *
view_indicator(struct view *v, size_t i)
{
	const struct indicator		*ind = &v->m->indicators[i];
	const struct indicator_figures	*f = &v->f->indicators[i];
	struct value			*r = value_map(v->a);
	struct opt			 total = { 1, f->breakdown_total };
	const char			*status = metrics_status_name(f->status);

	value_set(v->a, r, "id", value_string(v->a, ind->id));
	value_set(v->a, r, "label", vtext(v, ind->label.s));
	value_set(v->a, r, "unit", vtext(v, ind->unit.s));
	value_set(v->a, r, "action", ind->action.ok ?
	    action_ref(v, ind->action.index) : value_null(v->a));
	value_set(v->a, r, "direction", value_string(v->a,
	    model_direction_name(ind->direction)));
	value_set(v->a, r, "direction_label", vlabel2(v, "direction_",
	    model_direction_name(ind->direction)));
	set_opt_secret(v, r, "value", f->value, (f->masked & MASK_VALUE) != 0);
	set_opt_secret(v, r, "previous", f->previous,
	    (f->masked & MASK_PREVIOUS) != 0);
	set_opt(v, r, "target", f->target);
	set_ratio_secret(v, r, "evolution", f->evolution, 1,
	    (f->masked & MASK_EVOLUTION) != 0);
	set_ratio_secret(v, r, "attainment", f->attainment, 0,
	    (f->masked & MASK_ATTAINMENT) != 0);
	set_ratio_secret(v, r, "progress", f->progress, 0,
	    (f->masked & MASK_PROGRESS) != 0);
	value_set(v->a, r, "secret", value_bool(v->a, f->secret));
	value_set(v->a, r, "status", value_string(v->a, status));
	value_set(v->a, r, "status_label", vlabel2(v, "indicator_", status));
	value_set(v->a, r, "years", indicator_years(v, ind, f));
	value_set(v->a, r, "breakdown", indicator_breakdown(v, f));
	if (f->masked & MASK_BREAKDOWN) {
		/* Not a small count: a figure that would give one back. */
		value_set(v->a, r, "breakdown_total",
		    vlabel(v, "secret_figure"));
		value_set(v->a, r, "breakdown_total_raw", value_null(v->a));
		value_set(v->a, r, "breakdown_total_masked",
		    value_bool(v->a, 1));
	} else
		set_opt_secret(v, r, "breakdown_total", total, 0);
	value_set(v->a, r, "priority", vtext(v, f->priority));
	if (ind->baseline.set) {
		struct opt	 b = { 1, ind->baseline.v };

		value_set(v->a, r, "baseline_year", value_decimal(v->a,
		    (decimal)ind->baseline_year * DECIMAL_SCALE));
		set_opt_secret(v, r, "baseline", b,
		    (f->masked & MASK_BASELINE) != 0);
	} else {
		value_set(v->a, r, "baseline_year", value_null(v->a));
		set_opt(v, r, "baseline", (struct opt){ 0, 0 });
	}
	value_set(v->a, r, "source", vmarkdown(v, &ind->source));
	set_updated(v, r, ind->file, NULL);
	return r;
}

/* The funding of an action, year by year in the order written. */
static struct value *
action_funding(struct view *v, const struct action *a,
    const struct action_figures *f)
{
	struct value			*list = value_list(v->a), *y, *es, *e;
	const struct funding_entry	*fe;
	size_t				 i, j;

	for (i = 0; i < a->nfunding; i++) {
		y = value_push(v->a, list, value_map(v->a));
		value_set(v->a, y, "year", value_decimal(v->a,
		    (decimal)a->funding[i].year * DECIMAL_SCALE));
		value_set(v->a, y, "current", value_bool(v->a,
		    a->funding[i].year == v->m->council.y));
		es = value_set(v->a, y, "entries", value_list(v->a));
		for (j = 0; j < a->funding[i].n; j++) {
			fe = &a->funding[i].v[j];
			e = value_push(v->a, es, value_map(v->a));
			value_set(v->a, e, "funder", fe->funder.ok ?
			    partner_ref(v, fe->funder.index) :
			    value_null(v->a));
			if (fe->amount.set)
				set_amount(v, e, "amount", fe->amount.v);
			else {
				value_set(v->a, e, "amount", vnull_text(v));
				value_set(v->a, e, "amount_raw",
				    value_null(v->a));
			}
			value_set(v->a, e, "note", vtext(v, fe->note.s));
		}
		set_amount(v, y, "total", f->funding_years[i]);
	}
	return list;
}

static struct value *
view_action(struct view *v, size_t i, const struct value *indicators)
{
	const struct action		*a = &v->m->actions[i];
	const struct action_figures	*f = &v->f->actions[i];
	struct value			*r = value_map(v->a), *l, *e;
	size_t				 j;

	value_set(v->a, r, "id", value_string(v->a, a->id));
	value_set(v->a, r, "title", vtext(v, a->title.s));
	value_set(v->a, r, "thematic", a->thematic.ok ?
	    thematic_ref(v, a->thematic.index) : value_null(v->a));
	value_set(v->a, r, "status", value_string(v->a,
	    model_status_name(a->status)));
	value_set(v->a, r, "status_label", vlabel2(v, "status_",
	    model_status_name(a->status)));
	value_set(v->a, r, "pilot", a->pilot.ok ?
	    partner_ref(v, a->pilot.index) : value_null(v->a));
	value_set(v->a, r, "period_start", a->period_start ?
	    value_decimal(v->a, (decimal)a->period_start * DECIMAL_SCALE) :
	    value_null(v->a));
	value_set(v->a, r, "period_end", a->period_end ?
	    value_decimal(v->a, (decimal)a->period_end * DECIMAL_SCALE) :
	    value_null(v->a));
	value_set(v->a, r, "description", vmarkdown(v, &a->description));
	value_set(v->a, r, "objectives", vmarkdown(v, &a->objectives));
	value_set(v->a, r, "public", vmarkdown(v, &a->public));
	value_set(v->a, r, "identification", vmarkdown(v, &a->identification));
	value_set(v->a, r, "means", vmarkdown(v, &a->means));
	value_set(v->a, r, "partners", partner_refs(v, &a->partners));
	value_set(v->a, r, "funding", action_funding(v, a, f));
	set_amount(v, r, "funding_total", f->funding_total);
	set_amount(v, r, "funding_previous", f->funding_previous);
	l = value_set(v->a, r, "funders", value_list(v->a));
	for (j = 0; j < f->nby_funder; j++) {
		e = value_push(v->a, l, partner_ref(v,
		    f->by_funder[j].partner));
		set_amount(v, e, "amount", f->by_funder[j].amount);
	}
	value_set(v->a, r, "evaluation", vmarkdown(v, &a->evaluation));
	value_set(v->a, r, "difficulties", vmarkdown(v, &a->difficulties));
	value_set(v->a, r, "suggestions", vmarkdown(v, &a->suggestions));
	value_set(v->a, r, "narrative", vmarkdown(v, &a->narrative));
	l = value_set(v->a, r, "indicators", value_list(v->a));
	for (j = 0; j < a->nindicators; j++)
		value_push(v->a, l, indicators->u.list.v[a->indicators[j]]);
	set_ratio(v, r, "attainment_mean", f->attainment_mean, 0);
	set_updated(v, r, a->file, a->narrative_file);
	return r;
}

static struct value *
view_thematic(struct view *v, size_t i, struct value *actions)
{
	const struct thematic		*t = &v->m->council.thematics[i];
	const struct thematic_figures	*f = &v->f->thematics[i];
	struct value			*r = value_map(v->a), *l;
	size_t				 j;

	value_set(v->a, r, "id", value_string(v->a, t->id.s));
	value_set(v->a, r, "title", vtext(v, t->title.s));
	value_set(v->a, r, "description", vmarkdown(v, &t->description));
	value_set(v->a, r, "group", partner_refs(v, &t->group));
	l = value_set(v->a, r, "actions", value_list(v->a));
	for (j = 0; j < f->nactions; j++)
		value_push(v->a, l, actions->u.list.v[f->actions[j]]);
	set_amount(v, r, "funding_total", f->funding_total);
	/* A thematic is written in clspd.yaml. */
	set_updated(v, r, v->m->council.file, NULL);
	return r;
}

static struct value *
view_partner(struct view *v, size_t i)
{
	const struct partner		*p = &v->m->partners[i];
	const struct partner_figures	*f = &v->f->partners[i];
	struct value			*r = partner_ref(v, i), *g;
	size_t				 j;

	value_set(v->a, r, "kind", value_string(v->a, p->kind.s));
	value_set(v->a, r, "kind_label", vlabel2(v, "kind_", p->kind.s ?
	    p->kind.s : "autre"));
	value_set(v->a, r, "family", value_string(v->a,
	    model_family_name(p->family)));
	value_set(v->a, r, "family_label", vlabel2(v, "family_",
	    model_family_name(p->family)));
	value_set(v->a, r, "website", value_string(v->a, p->website.s));
	value_set(v->a, r, "email", value_string(v->a, p->email.s));
	value_set(v->a, r, "phone", vphone(v, p->phone.s));
	value_set(v->a, r, "address", vtext(v, p->address.s));
	value_set(v->a, r, "siret", vsiret(v, p->siret.s));
	value_set(v->a, r, "rna", value_string(v->a, p->rna.s));
	value_set(v->a, r, "description", vmarkdown(v, &p->description));
	value_set(v->a, r, "pilot_of", action_refs(v, f->pilot_of,
	    f->npilot_of));
	value_set(v->a, r, "partner_of", action_refs(v, f->partner_of,
	    f->npartner_of));
	value_set(v->a, r, "funder_of", action_refs(v, f->funder_of,
	    f->nfunder_of));
	g = value_set(v->a, r, "group_of", value_list(v->a));
	for (j = 0; j < f->ngroup_of; j++)
		value_push(v->a, g, thematic_ref(v, f->group_of[j]));
	set_amount(v, r, "funded_amount", f->funded_amount);
	value_set(v->a, r, "actions", vcount(v, f->actions));
	return r;
}

static struct value *
view_summary(struct view *v)
{
	const struct figures	*f = v->f;
	struct value		*r = value_map(v->a), *l, *e;
	size_t			 i;

	value_set(v->a, r, "actions", vcount(v, v->m->nactions));
	l = value_set(v->a, r, "actions_by_status", value_list(v->a));
	for (i = 0; i < STATUS__MAX; i++) {
		e = value_push(v->a, l, value_map(v->a));
		value_set(v->a, e, "status", value_string(v->a,
		    model_status_name((enum status)i)));
		value_set(v->a, e, "label", vlabel2(v, "status_",
		    model_status_name((enum status)i)));
		value_set(v->a, e, "count", vcount(v, f->actions_by_status[i]));
		value_set(v->a, e, "count_raw", value_decimal(v->a,
		    (decimal)f->actions_by_status[i] * DECIMAL_SCALE));
	}
	value_set(v->a, r, "indicators", vcount(v, v->m->nindicators));
	l = value_set(v->a, r, "indicators_by_status", value_list(v->a));
	for (i = 0; i < ISTATUS__MAX; i++) {
		e = value_push(v->a, l, value_map(v->a));
		value_set(v->a, e, "status", value_string(v->a,
		    metrics_status_name((enum indicator_status)i)));
		value_set(v->a, e, "label", vlabel2(v, "indicator_",
		    metrics_status_name((enum indicator_status)i)));
		value_set(v->a, e, "count",
		    vcount(v, f->indicators_by_status[i]));
		value_set(v->a, e, "count_raw", value_decimal(v->a,
		    (decimal)f->indicators_by_status[i] * DECIMAL_SCALE));
	}
	set_ratio(v, r, "achievement_rate", f->achievement_rate, 0);
	set_ratio(v, r, "attainment_mean", f->attainment_mean, 0);
	set_amount(v, r, "funding_total", f->funding_total);
	set_amount(v, r, "funding_previous", f->funding_previous);
	set_ratio(v, r, "funding_evolution", f->funding_evolution, 1);
	return r;
}

static struct value *
view_funding(struct view *v)
{
	const struct figures	*f = v->f;
	struct value		*r = value_map(v->a), *l, *e;
	size_t			 i;

	l = value_set(v->a, r, "by_funder", value_list(v->a));
	for (i = 0; i < f->nby_funder; i++) {
		e = value_push(v->a, l, partner_ref(v, f->by_funder[i].partner));
		set_amount(v, e, "amount", f->by_funder[i].amount);
		set_ratio(v, e, "share", f->by_funder[i].share, 0);
	}
	/*
	 * The documents leave out a family that funds nothing (a bar and a
	 * row at 0 € tell nothing); metrics.json keeps all four.
	 */
	l = value_set(v->a, r, "by_family", value_list(v->a));
	for (i = 0; i < FAMILY__MAX; i++) {
		if (f->by_family[i] == 0)
			continue;
		e = value_push(v->a, l, value_map(v->a));
		value_set(v->a, e, "family", value_string(v->a,
		    model_family_name((enum family)i)));
		value_set(v->a, e, "label", vlabel2(v, "family_",
		    model_family_name((enum family)i)));
		set_amount(v, e, "amount", f->by_family[i]);
		set_ratio(v, e, "share", f->by_family_share[i], 0);
	}
	return r;
}

/* The label key with its placeholder ("{year}") replaced by with. */
static struct value *
vfill(struct view *v, const char *key, const char *placeholder,
    const char *with)
{
	const char	*t = strings_get(v->s, key), *at;
	struct buf	 b = BUF_INIT;
	struct value	*r;

	if (t == NULL || (at = strstr(t, placeholder)) == NULL)
		return vtext(v, t);
	buf_put(&b, t, (size_t)(at - t));
	buf_puts(&b, with);
	buf_puts(&b, at + strlen(placeholder));
	r = vtext(v, buf_cstr(&b));
	buf_release(&b);
	return r;
}

/*
 * The accessibility statement's figures (RGAA): the status declared in
 * clspd.yaml, "non" without one, and a contact (the coordinator's email
 * unless another is given).
 */
static struct value *
view_accessibility(struct view *v)
{
	const struct accessibility	*acc = &v->m->council.accessibility;
	struct value			*r = value_map(v->a);
	const char			*status = acc->status.s != NULL ?
					    acc->status.s : "non";
	struct buf			 b = BUF_INIT;

	value_set(v->a, r, "status", value_string(v->a, status));
	value_set(v->a, r, "status_label", vlabel2(v, "a11y_status_",
	    status));
	value_set(v->a, r, "mention", vfill(v, "accessibility_mention",
	    "{status}", value_get(r, "status_label")->u.str.s));
	if (acc->rate.set) {
		/* As written: an audit's rate keeps its decimal. */
		format_number(&b, acc->rate.v, v->loc);
		buf_puts(&b, v->loc == LOCALE_FR ? "\xE2\x80\xAF%" : "%");
		value_set(v->a, r, "rate", vbuf(v, &b));
	} else
		value_set(v->a, r, "rate", value_null(v->a));
	if (acc->audit.s != NULL) {
		format_iso_date(&b, acc->audit.s, v->loc);
		value_set(v->a, r, "audit", vbuf(v, &b));
	} else
		value_set(v->a, r, "audit", value_null(v->a));
	value_set(v->a, r, "email", value_string(v->a,
	    acc->contact.s != NULL ? acc->contact.s :
	    v->m->council.coordinator.email.s));
	buf_release(&b);
	return r;
}

static struct value *
view_labels(struct view *v)
{
	struct value	*r = value_map(v->a);
	size_t		 i;

	for (i = 0; i < v->s->n; i++)
		value_set(v->a, r, v->s->keys[i], vlabel(v, v->s->keys[i]));
	return r;
}

cmark_node *
view_markdown(const struct value *v)
{
	struct view_text	 t;

	if (v == NULL || v->type != VALUE_MARKDOWN)
		return NULL;
	t.text = v->u.markdown.text;
	t.french = v->u.markdown.french;
	return view_text_document(&t);
}

/*
 * An image of media/ for the renderers: its path from the site's root
 * (the content's own, "media/photo.jpg") as written (src) and as a URL
 * (url), its format, size and bytes.
 */
static struct value *
view_media_file(struct view *v, const struct media_file *mf)
{
	struct value	*e = value_map(v->a);
	char		 n[32];
	struct buf	 b = BUF_INIT;

	value_set(v->a, e, "src", value_string(v->a, mf->path));
	/* Its address in a page: spaces and accents percent-encoded. */
	escape_uri(&b, mf->path, strlen(mf->path));
	value_set(v->a, e, "url", vbuf(v, &b));
	value_set(v->a, e, "format", value_string(v->a,
	    image_format_name((enum image_format)mf->format)));
	snprintf(n, sizeof(n), "%d", mf->width);
	value_set(v->a, e, "width", value_string(v->a, n));
	snprintf(n, sizeof(n), "%d", mf->height);
	value_set(v->a, e, "height", value_string(v->a, n));
	value_set(v->a, e, "data", value_bytes(v->a, mf->data, mf->len));
	return e;
}

/* "logo" (null without one) and "media", every image the content uses. */
static void
view_media(struct view *v, struct value *r, const struct media_file *logo)
{
	const struct model	*m = v->m;
	struct value		*l;
	size_t			 i;

	value_set(v->a, r, "logo", logo == NULL ? value_null(v->a) :
	    view_media_file(v, logo));
	l = value_set(v->a, r, "media", value_list(v->a));
	for (i = 0; i < m->nmedia; i++)
		value_push(v->a, l, view_media_file(v, &m->media[i]));
}

const struct value *
view_media_find(const struct value *view, const char *src)
{
	const struct value	*l = value_get(view, "media");
	size_t			 i;

	if (l == NULL || l->type != VALUE_LIST)
		return NULL;
	for (i = 0; i < l->u.list.n; i++)
		if (strcmp(value_str(l->u.list.v[i], "src"), src) == 0)
			return l->u.list.v[i];
	return NULL;
}

struct value *
view_build(struct arena *a, const struct model *m, const struct figures *f,
    const struct strings *s, time_t date)
{
	return view_build_docs(a, view_docs_build(a, m, f, s, date), m, f, s);
}

struct value *
view_build_docs(struct arena *a, const struct view_docs *docs,
    const struct model *m, const struct figures *f, const struct strings *s)
{
	struct view	 v = { a, m, f, s, docs->head.loc };
	struct value	*r = value_map(a), *l, *actions, *indicators, *e;
	struct value	*opening;
	size_t		 i;

	view_docs_head_set(a, &docs->head, r);
	view_media(&v, r, docs->head.logo);
	value_set(a, r, "labels", view_labels(&v));
	value_set(a, r, "accessibility", view_accessibility(&v));
	value_set(a, r, "summary", view_summary(&v));
	value_set(a, r, "funding", view_funding(&v));
	value_set(a, r, "has_subsidies", value_bool(a, subsidy_any(m)));
	/* Indicators, then actions that share their nodes, then thematics. */
	indicators = value_list(a);
	for (i = 0; i < m->nindicators; i++)
		value_push(a, indicators, view_indicator(&v, i));
	actions = value_list(a);
	for (i = 0; i < m->nactions; i++)
		value_push(a, actions, view_action(&v, i, indicators));
	l = value_set(a, r, "thematics", value_list(a));
	for (i = 0; i < m->council.nthematics; i++)
		value_push(a, l, view_thematic(&v, i, actions));
	value_set(a, r, "actions", actions);
	value_set(a, r, "indicators", indicators);
	l = value_set(a, r, "partners", value_list(a));
	for (i = 0; i < m->npartners; i++)
		value_push(a, l, view_partner(&v, i));
	l = value_set(a, r, "pages", value_list(a));
	opening = value_set(a, r, "opening_pages", value_list(a));
	for (i = 0; i < m->npages; i++) {
		e = value_push(a, l, value_map(a));
		value_set(a, e, "id", value_string(a, m->pages[i].id));
		value_set(a, e, "title", vtext(&v, m->pages[i].title.s));
		value_set(a, e, "body", vmarkdown(&v, &m->pages[i].body));
		value_set(a, e, "opens_report", value_bool(a,
		    m->pages[i].opens_report));
		set_updated(&v, e, m->pages[i].file, NULL);
		/* Sorted first (check.c): also listed alone, for the home. */
		if (m->pages[i].opens_report)
			value_push(a, opening, e);
	}
	value_set(a, r, "charter", docs->charter != NULL ?
	    view_charter_value(a, docs->charter) : value_null(a));
	return r;
}
