/*
 * The report's body as typed facts (docs.h): every figure formatted once
 * here, as text and as a number, in the report's locale; every text with
 * its typography. docs_values.c makes the tree's records from them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../load/subsidy.h"
#include "../util/alloc.h"
#include "../util/buf.h"
#include "docs.h"
#include "docs_int.h"

/* What a builder reads: the model, its figures, where to put facts. */
struct body {
	const struct view_from	*d;
	const struct figures	*f;
	struct view_docs	*docs;
};

/* n items of size each, zeroed, in the arena (one at least). */
static void *
zalloc(const struct view_from *d, size_t n, size_t size)
{
	void	*p = arena_alloc(d->a, (n > 0 ? n : 1) * size);

	memset(p, 0, (n > 0 ? n : 1) * size);
	return p;
}

static const char *
label(const struct view_from *d, const char *key)
{
	return view_dtext(d, strings_get(d->s, key));
}

/* A label whose key is prefix + name ("status_" + "en-cours"). */
static const char *
label2(const struct view_from *d, const char *prefix, const char *name)
{
	char		*key = xasprintf("%s%s", prefix, name);
	const char	*r = label(d, key);

	free(key);
	return r;
}

/* A Markdown text of the model; an empty one is none. */
static struct view_text
text(const struct view_from *d, const struct text *t)
{
	struct view_text	 r;

	r.text = t != NULL && t->n > 0 ? t : NULL;
	r.french = d->loc == LOCALE_FR;
	return r;
}

/* A missing figure: the none label, no number. */
static struct view_figure
fig_none(const struct view_from *d)
{
	struct view_figure	 r;

	memset(&r, 0, sizeof(r));
	r.text = label(d, "none");
	return r;
}

static struct view_figure
fig_number(const struct view_from *d, struct opt o)
{
	struct view_figure	 r = fig_none(d);
	struct buf		 b = BUF_INIT;

	if (!o.set)
		return r;
	format_number(&b, o.v, d->loc);
	r.text = view_dbuf(d, &b, 0);
	r.raw = VIEW_RAW_DECIMAL;
	r.dec = o.v;
	buf_release(&b);
	return r;
}

static struct view_figure
fig_count(const struct view_from *d, size_t n)
{
	struct opt	 o = { 1, (decimal)n * DECIMAL_SCALE };

	return fig_number(d, o);
}

static struct view_figure
fig_amount(const struct view_from *d, decimal v)
{
	struct view_figure	 r = fig_none(d);
	struct buf		 b = BUF_INIT;

	format_amount(&b, v, d->loc);
	r.text = view_dbuf(d, &b, 0);
	r.raw = VIEW_RAW_DECIMAL;
	r.dec = v;
	buf_release(&b);
	return r;
}

/* A ratio: a percentage, or a signed change ("+12 %"). */
static struct view_figure
fig_ratio(const struct view_from *d, struct ratio v, int signed_change)
{
	struct view_figure	 r = fig_none(d);
	struct buf		 b = BUF_INIT;

	if (!v.set)
		return r;
	if (signed_change)
		format_evolution(&b, v.v, d->loc);
	else
		format_percent(&b, v.v, d->loc);
	r.text = view_dbuf(d, &b, 0);
	r.raw = VIEW_RAW_RATIO;
	r.ratio = v.v;
	buf_release(&b);
	return r;
}

/* A count hidden by statistical secrecy: "< N" (label secret_count). */
static struct view_figure
fig_secret_count(const struct body *bd)
{
	const struct view_from	*d = bd->d;
	const char		*t = strings_get(d->s, "secret_count"), *at;
	struct view_figure	 r = fig_none(d);
	struct buf		 b = BUF_INIT, n = BUF_INIT;

	format_number(&n, bd->f->min_count, d->loc);
	if ((at = strstr(t, "{n}")) != NULL) {
		buf_put(&b, t, (size_t)(at - t));
		buf_puts(&b, buf_cstr(&n));
		buf_puts(&b, at + 3);
	} else
		buf_puts(&b, t);
	r.text = view_dbuf(d, &b, 1);
	r.raw = VIEW_RAW_NULL;
	r.masked = 1;
	buf_release(&b);
	buf_release(&n);
	return r;
}

/* A figure that would give a small count back: the secret_figure label. */
static struct view_figure
fig_secret(const struct view_from *d)
{
	struct view_figure	 r = fig_none(d);

	r.text = label(d, "secret_figure");
	r.masked = 1;
	return r;
}

static struct view_figure
fig_number_secret(const struct body *bd, struct opt o, int masked)
{
	return masked ? fig_secret_count(bd) : fig_number(bd->d, o);
}

static struct view_figure
fig_ratio_secret(const struct body *bd, struct ratio v, int signed_change,
    int masked)
{
	return masked ? fig_secret(bd->d) : fig_ratio(bd->d, v, signed_change);
}

double
view_figure_number(const struct view_figure *f)
{
	if (f->raw == VIEW_RAW_DECIMAL)
		return decimal_to_double(f->dec);
	if (f->raw == VIEW_RAW_RATIO)
		return f->ratio;
	return 0;
}

static struct view_ref *
action_ref(const struct view_from *d, size_t i, struct view_ref *r)
{
	r->id = arena_strdup(d->a, d->m->actions[i].id);
	r->title = view_dtext(d, d->m->actions[i].title.s);
	return r;
}

static struct view_ref *
thematic_ref(const struct view_from *d, size_t i, struct view_ref *r)
{
	r->id = arena_strdup(d->a, d->m->council.thematics[i].id.s);
	r->title = view_dtext(d, d->m->council.thematics[i].title.s);
	return r;
}

static const struct view_partner_ref *
partner_ref(const struct view_from *d, size_t i)
{
	struct view_partner_ref	*r = zalloc(d, 1, sizeof(*r));

	view_partner_ref_make(d, i, r);
	return r;
}

static const struct view_ref *
action_refs(const struct view_from *d, const size_t *idx, size_t n)
{
	struct view_ref	*r = zalloc(d, n, sizeof(*r));
	size_t		 i;

	for (i = 0; i < n; i++)
		action_ref(d, idx[i], &r[i]);
	return r;
}

static const struct view_indicator_year *
indicator_years(const struct body *bd, const struct indicator *ind,
    const struct indicator_figures *f)
{
	struct view_indicator_year	*r;
	size_t				 i;

	r = zalloc(bd->d, f->nyears, sizeof(*r));
	for (i = 0; i < f->nyears; i++) {
		r[i].year = f->years[i].year;
		r[i].current = f->years[i].year == bd->d->m->council.y;
		r[i].value = fig_number_secret(bd, f->years[i].value,
		    f->years[i].value_masked);
		r[i].target = fig_number(bd->d, f->years[i].target);
		r[i].baseline = ind->baseline.set &&
		    f->years[i].year == ind->baseline_year;
	}
	return r;
}

static const struct view_breakdown_row *
indicator_breakdown(const struct body *bd, const struct indicator_figures *f)
{
	struct view_breakdown_row	*r;
	struct opt			 o;
	size_t				 i;

	r = zalloc(bd->d, f->nbreakdown, sizeof(*r));
	for (i = 0; i < f->nbreakdown; i++) {
		r[i].label = view_dtext(bd->d, f->breakdown[i].label);
		o.set = 1;
		o.v = f->breakdown[i].value;
		r[i].value = fig_number_secret(bd, o, f->breakdown[i].masked);
		r[i].share = fig_ratio_secret(bd, f->breakdown[i].share, 0,
		    (f->masked & MASK_BREAKDOWN) != 0);
		r[i].priority = f->priority != NULL &&
		    f->breakdown[i].label == f->priority;
	}
	return r;
}

/* The figures of an indicator, hidden or not (MASK_*). */
static void
indicator_figures(const struct body *bd, const struct indicator *ind,
    const struct indicator_figures *f, struct view_indicator *r)
{
	struct opt	 total = { 1, f->breakdown_total };
	struct opt	 base = { 1, ind->baseline.v };

	r->value = fig_number_secret(bd, f->value,
	    (f->masked & MASK_VALUE) != 0);
	r->previous = fig_number_secret(bd, f->previous,
	    (f->masked & MASK_PREVIOUS) != 0);
	r->target = fig_number(bd->d, f->target);
	r->evolution = fig_ratio_secret(bd, f->evolution, 1,
	    (f->masked & MASK_EVOLUTION) != 0);
	r->attainment = fig_ratio_secret(bd, f->attainment, 0,
	    (f->masked & MASK_ATTAINMENT) != 0);
	r->progress = fig_ratio_secret(bd, f->progress, 0,
	    (f->masked & MASK_PROGRESS) != 0);
	/* A masked total is not a small count: a figure that gives one. */
	r->breakdown_total = (f->masked & MASK_BREAKDOWN) ?
	    fig_secret(bd->d) : fig_number(bd->d, total);
	if (ind->baseline.set) {
		r->baseline_year = ind->baseline_year;
		r->baseline = fig_number_secret(bd, base,
		    (f->masked & MASK_BASELINE) != 0);
	} else
		r->baseline = fig_none(bd->d);
}

static void
indicator_build(const struct body *bd, size_t i, struct view_indicator *r)
{
	const struct view_from		*d = bd->d;
	const struct indicator		*ind = &d->m->indicators[i];
	const struct indicator_figures	*f = &bd->f->indicators[i];
	const char			*dir = model_direction_name(
					    ind->direction);

	r->index = i;
	r->id = arena_strdup(d->a, ind->id);
	r->label = view_dtext(d, ind->label.s);
	r->unit = view_dtext(d, ind->unit.s);
	if (ind->action.ok)
		r->action = action_ref(d, ind->action.index,
		    zalloc(d, 1, sizeof(struct view_ref)));
	r->direction = dir;
	r->direction_label = label2(d, "direction_", dir);
	indicator_figures(bd, ind, f, r);
	r->secret = f->secret;
	r->status = f->status;
	r->status_name = metrics_status_name(f->status);
	r->status_label = label2(d, "indicator_", r->status_name);
	r->years = indicator_years(bd, ind, f);
	r->nyears = f->nyears;
	r->breakdown = indicator_breakdown(bd, f);
	r->nbreakdown = f->nbreakdown;
	r->priority = view_dtext(d, f->priority);
	r->source = text(d, &ind->source);
	r->updated = view_updated(d, ind->file, NULL);
}

/* The funding of an action, year by year in the order written. */
static const struct view_funding_year *
action_funding(const struct body *bd, const struct action *a,
    const struct action_figures *f)
{
	const struct view_from		*d = bd->d;
	const struct funding_entry	*fe;
	struct view_funding_year	*r = zalloc(d, a->nfunding, sizeof(*r));
	struct view_funding_entry	*e;
	size_t				 i, j;

	for (i = 0; i < a->nfunding; i++) {
		r[i].year = a->funding[i].year;
		r[i].current = a->funding[i].year == d->m->council.y;
		e = zalloc(d, a->funding[i].n, sizeof(*e));
		for (j = 0; j < a->funding[i].n; j++) {
			fe = &a->funding[i].v[j];
			if (fe->funder.ok)
				e[j].funder = partner_ref(d, fe->funder.index);
			e[j].amount = fe->amount.set ?
			    fig_amount(d, fe->amount.v) : fig_none(d);
			e[j].note = view_dtext(d, fe->note.s);
		}
		r[i].entries = e;
		r[i].nentries = a->funding[i].n;
		r[i].total = fig_amount(d, f->funding_years[i]);
	}
	return r;
}

/* The funders of an amount list (funder_amount), with their share or not. */
static const struct view_funder *
funders(const struct view_from *d, const struct funder_amount *fa, size_t n,
    int share)
{
	struct view_funder	*r = zalloc(d, n, sizeof(*r));
	size_t			 i;

	for (i = 0; i < n; i++) {
		r[i].partner = partner_ref(d, fa[i].partner);
		r[i].amount = fig_amount(d, fa[i].amount);
		r[i].share = share ? fig_ratio(d, fa[i].share, 0) :
		    fig_none(d);
	}
	return r;
}

static void
action_texts(const struct view_from *d, const struct action *a,
    struct view_action *r)
{
	r->description = text(d, &a->description);
	r->objectives = text(d, &a->objectives);
	r->public = text(d, &a->public);
	r->identification = text(d, &a->identification);
	r->means = text(d, &a->means);
	r->evaluation = text(d, &a->evaluation);
	r->difficulties = text(d, &a->difficulties);
	r->suggestions = text(d, &a->suggestions);
	r->narrative = text(d, &a->narrative);
}

static void
action_build(const struct body *bd, size_t i, struct view_action *r)
{
	const struct view_from		*d = bd->d;
	const struct action		*a = &d->m->actions[i];
	const struct action_figures	*f = &bd->f->actions[i];
	const struct view_indicator	**inds;
	size_t				 j;

	r->index = i;
	r->id = arena_strdup(d->a, a->id);
	r->title = view_dtext(d, a->title.s);
	if (a->thematic.ok)
		r->thematic = thematic_ref(d, a->thematic.index,
		    zalloc(d, 1, sizeof(struct view_ref)));
	r->status = a->status;
	r->status_name = model_status_name(a->status);
	r->status_label = label2(d, "status_", r->status_name);
	if (a->pilot.ok)
		r->pilot = partner_ref(d, a->pilot.index);
	r->period_start = a->period_start;
	r->period_end = a->period_end;
	action_texts(d, a, r);
	r->partners = view_partner_refs(d, &a->partners, &r->npartners);
	r->funding = action_funding(bd, a, f);
	r->nfunding = a->nfunding;
	r->funding_total = fig_amount(d, f->funding_total);
	r->funding_previous = fig_amount(d, f->funding_previous);
	r->funders = funders(d, f->by_funder, f->nby_funder, 0);
	r->nfunders = f->nby_funder;
	inds = zalloc(d, a->nindicators, sizeof(*inds));
	for (j = 0; j < a->nindicators; j++)
		inds[j] = &bd->docs->indicators[a->indicators[j]];
	r->indicators = inds;
	r->nindicators = a->nindicators;
	r->attainment_mean = fig_ratio(d, f->attainment_mean, 0);
	r->updated = view_updated(d, a->file, a->narrative_file);
}

static void
thematic_build(const struct body *bd, size_t i, struct view_thematic *r)
{
	const struct view_from		*d = bd->d;
	const struct thematic		*t = &d->m->council.thematics[i];
	const struct thematic_figures	*f = &bd->f->thematics[i];
	const struct view_action	**acts;
	size_t				 j;

	r->id = arena_strdup(d->a, t->id.s);
	r->title = view_dtext(d, t->title.s);
	r->description = text(d, &t->description);
	r->group = view_partner_refs(d, &t->group, &r->ngroup);
	acts = zalloc(d, f->nactions, sizeof(*acts));
	for (j = 0; j < f->nactions; j++)
		acts[j] = &bd->docs->actions[f->actions[j]];
	r->actions = acts;
	r->nactions = f->nactions;
	r->funding_total = fig_amount(d, f->funding_total);
	/* A thematic is written in clspd.yaml. */
	r->updated = view_updated(d, d->m->council.file, NULL);
}

/*
 * A SIRET as it is usually printed, SIREN by threes then the
 * establishment's five digits ("213 505 623 00013"), with no-break spaces.
 */
static const char *
siret(const struct view_from *d, const char *s)
{
	char	 out[32];

	if (s == NULL || strlen(s) != 14)
		return s == NULL ? NULL : arena_strdup(d->a, s);
	snprintf(out, sizeof(out), "%.3s\u00a0%.3s\u00a0%.3s\u00a0%.5s", s,
	    s + 3, s + 6, s + 9);
	return arena_strdup(d->a, out);
}

/* A string as written, in the arena; NULL stays NULL. */
static const char *
dup(const struct view_from *d, const char *s)
{
	return s == NULL ? NULL : arena_strdup(d->a, s);
}

static void
partner_build(const struct body *bd, size_t i, struct view_partner *r)
{
	const struct view_from		*d = bd->d;
	const struct partner		*p = &d->m->partners[i];
	const struct partner_figures	*f = &bd->f->partners[i];
	struct view_ref			*g;
	struct buf			 b = BUF_INIT;
	size_t				 j;

	r->ref = partner_ref(d, i);
	r->kind = dup(d, p->kind.s);
	r->kind_label = label2(d, "kind_", p->kind.s ? p->kind.s : "autre");
	r->family = model_family_name(p->family);
	r->family_label = label2(d, "family_", r->family);
	r->website = dup(d, p->website.s);
	r->email = dup(d, p->email.s);
	if (p->phone.s != NULL) {
		format_phone(&b, p->phone.s);
		r->phone = view_dbuf(d, &b, 0);
	}
	r->address = view_dtext(d, p->address.s);
	r->siret = siret(d, p->siret.s);
	r->rna = dup(d, p->rna.s);
	r->description = text(d, &p->description);
	r->pilot_of = action_refs(d, f->pilot_of, f->npilot_of);
	r->npilot_of = f->npilot_of;
	r->partner_of = action_refs(d, f->partner_of, f->npartner_of);
	r->npartner_of = f->npartner_of;
	r->funder_of = action_refs(d, f->funder_of, f->nfunder_of);
	r->nfunder_of = f->nfunder_of;
	g = zalloc(d, f->ngroup_of, sizeof(*g));
	for (j = 0; j < f->ngroup_of; j++)
		thematic_ref(d, f->group_of[j], &g[j]);
	r->group_of = g;
	r->ngroup_of = f->ngroup_of;
	r->funded_amount = fig_amount(d, f->funded_amount);
	r->actions = fig_count(d, f->actions).text;
	buf_release(&b);
}

static void
page_build(const struct view_from *d, size_t i, struct view_page *r)
{
	const struct page	*p = &d->m->pages[i];

	r->id = arena_strdup(d->a, p->id);
	r->title = view_dtext(d, p->title.s);
	r->body = text(d, &p->body);
	r->opens_report = p->opens_report;
	r->updated = view_updated(d, p->file, NULL);
}

static void
summary_build(const struct body *bd, struct view_summary *r)
{
	const struct view_from	*d = bd->d;
	const struct figures	*f = bd->f;
	size_t			 i;

	r->actions = fig_count(d, d->m->nactions).text;
	for (i = 0; i < STATUS__MAX; i++) {
		r->actions_by_status[i].status =
		    model_status_name((enum status)i);
		r->actions_by_status[i].label = label2(d, "status_",
		    r->actions_by_status[i].status);
		r->actions_by_status[i].count = fig_count(d,
		    f->actions_by_status[i]);
	}
	r->indicators = fig_count(d, d->m->nindicators).text;
	for (i = 0; i < ISTATUS__MAX; i++) {
		r->indicators_by_status[i].status =
		    metrics_status_name((enum indicator_status)i);
		r->indicators_by_status[i].label = label2(d, "indicator_",
		    r->indicators_by_status[i].status);
		r->indicators_by_status[i].count = fig_count(d,
		    f->indicators_by_status[i]);
	}
	r->achievement_rate = fig_ratio(d, f->achievement_rate, 0);
	r->attainment_mean = fig_ratio(d, f->attainment_mean, 0);
	r->funding_total = fig_amount(d, f->funding_total);
	r->funding_previous = fig_amount(d, f->funding_previous);
	r->funding_evolution = fig_ratio(d, f->funding_evolution, 1);
}

static void
funding_build(const struct body *bd, struct view_funding *r)
{
	const struct view_from		*d = bd->d;
	const struct figures		*f = bd->f;
	struct view_family_amount	*fam;
	size_t				 i;

	r->by_funder = funders(d, f->by_funder, f->nby_funder, 1);
	r->nby_funder = f->nby_funder;
	/*
	 * The documents leave out a family that funds nothing (a bar and a
	 * row at 0 € tell nothing); metrics.json keeps all four.
	 */
	fam = zalloc(d, FAMILY__MAX, sizeof(*fam));
	for (i = 0; i < FAMILY__MAX; i++) {
		if (f->by_family[i] == 0)
			continue;
		fam[r->nby_family].family = model_family_name((enum family)i);
		fam[r->nby_family].label = label2(d, "family_",
		    fam[r->nby_family].family);
		fam[r->nby_family].amount = fig_amount(d, f->by_family[i]);
		fam[r->nby_family].share = fig_ratio(d, f->by_family_share[i],
		    0);
		r->nby_family++;
	}
	r->by_family = fam;
}

void
view_docs_body_build(const struct view_from *d, const struct figures *f,
    struct view_docs *docs)
{
	const struct model	*m = d->m;
	struct body		 bd = { d, f, docs };
	struct view_indicator	*inds = zalloc(d, m->nindicators,
				    sizeof(*inds));
	struct view_action	*acts = zalloc(d, m->nactions, sizeof(*acts));
	struct view_thematic	*ths;
	struct view_partner	*ps;
	struct view_page	*pgs;
	size_t			 i;

	summary_build(&bd, &docs->summary);
	funding_build(&bd, &docs->funding);
	docs->has_subsidies = subsidy_any(m);
	/* Indicators, then actions that point at them, then thematics. */
	for (i = 0; i < m->nindicators; i++)
		indicator_build(&bd, i, &inds[i]);
	docs->indicators = inds;
	docs->nindicators = m->nindicators;
	for (i = 0; i < m->nactions; i++)
		action_build(&bd, i, &acts[i]);
	docs->actions = acts;
	docs->nactions = m->nactions;
	ths = zalloc(d, m->council.nthematics, sizeof(*ths));
	for (i = 0; i < m->council.nthematics; i++)
		thematic_build(&bd, i, &ths[i]);
	docs->thematics = ths;
	docs->nthematics = m->council.nthematics;
	ps = zalloc(d, m->npartners, sizeof(*ps));
	for (i = 0; i < m->npartners; i++)
		partner_build(&bd, i, &ps[i]);
	docs->partners = ps;
	docs->npartners = m->npartners;
	pgs = zalloc(d, m->npages, sizeof(*pgs));
	for (i = 0; i < m->npages; i++)
		page_build(d, i, &pgs[i]);
	docs->pages = pgs;
	docs->npages = m->npages;
}
