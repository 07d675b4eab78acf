/*
 * The check stage: resolves every reference of the model (thematic,
 * pilot, partners, funders, group members, signatories, indicator
 * actions), sorts the records into the orders of docs/format.md and
 * adds the content warnings.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/i18n.h"
#include "../util/sort.h"
#include "../util/suggest.h"
#include "../util/i18n.h"
#include "load.h"
#include "subsidy.h"

/* What the ids of an index name: each has its own messages. */
enum idmap_kind {
	IDMAP_THEMATIC,
	IDMAP_ACTION,
	IDMAP_PARTNER
};

/* An index of ids, sorted, for binary search and suggestions. */
struct idmap {
	const char	**ids;	/* sorted */
	size_t		 *index;	/* model index of ids[i] */
	size_t		  n;
	enum idmap_kind	  kind;
};

/* Compares two record indices by their ids (arg: the ids). */
static int
idmap_cmp(const void *a, const void *b, void *arg)
{
	const char *const	*ids = arg;

	return strcmp(ids[*(const size_t *)a], ids[*(const size_t *)b]);
}

/* Builds an index over n ids (ids[i] is the id of record i). */
static void
idmap_init(struct idmap *map, const char **ids, size_t n,
    enum idmap_kind kind)
{
	size_t	 i, *order = xcalloc(n + 1, sizeof(*order));

	for (i = 0; i < n; i++)
		order[i] = i;
	sort_array_r(order, n, sizeof(*order), idmap_cmp, (void *)ids);
	map->ids = xcalloc(n + 1, sizeof(*map->ids));
	map->index = order;
	for (i = 0; i < n; i++)
		map->ids[i] = ids[order[i]];
	map->n = n;
	map->kind = kind;
}

static void
idmap_release(struct idmap *map)
{
	free(map->ids);
	free(map->index);
}

/* At most this many ids are listed after an unknown one. */
#define IDMAP_LISTED	10

/*
 * A known id that the unknown id s begins, or that begins s ("fipd" for
 * "fipd-etat", "mediation-sociale" for "mediation"), or NULL.
 */
static const char *
idmap_prefix(const struct idmap *map, const char *s)
{
	size_t	 i, n = strlen(s), k;

	for (i = 0; i < map->n; i++) {
		k = strlen(map->ids[i]);
		if ((k > n && strncmp(map->ids[i], s, n) == 0 &&
		    map->ids[i][n] == '-') || (n > k &&
		    strncmp(s, map->ids[i], k) == 0 && s[k] == '-'))
			return map->ids[i];
	}
	return NULL;
}

/*
 * The formats below come from tables of whole sentences marked N_():
 * gcc cannot check them at the call, msgfmt --check checks each
 * translation against its English.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
/*
 * Reports an unknown id, with the nearest known one when there is one;
 * else with what an id is (a file's name) and the ids there are, or
 * where to see them when they are many.
 */
static void
idmap_unknown(const struct idmap *map, const struct ref *ref,
    const char *near, struct diags *d)
{
	static const char *const with_near[] = {
		N_("unknown thematic '%s' (did you mean '%s'?)"),
		N_("unknown action '%s' (did you mean '%s'?)"),
		N_("unknown partner '%s' (did you mean '%s'?)"),
	};
	static const char *const listed[] = {
		N_("unknown thematic '%s': a thematic's id is the one written "
		    "after 'id:' under 'thematics:' in clspd.yaml; the "
		    "thematics are: %s"),
		N_("unknown action '%s': an action's id is the name of its "
		    "file in actions/, without .yaml; the actions are: %s"),
		N_("unknown partner '%s': a partner's id is the name of its "
		    "file in partners/, without .yaml; the partners are: %s"),
	};
	static const char *const many[] = {
		N_("unknown thematic '%s': a thematic's id is the one written "
		    "after 'id:' under 'thematics:' in clspd.yaml"),
		N_("unknown action '%s': an action's id is the name of its "
		    "file in actions/, without .yaml (see the files there)"),
		N_("unknown partner '%s': a partner's id is the name of its "
		    "file in partners/, without .yaml (see the files there)"),
	};
	struct buf	 list;
	size_t		 i;

	if (near != NULL) {
		diag_error(d, ref->id.pos, _(with_near[map->kind]), ref->id.s,
		    near);
		return;
	}
	if (map->n == 0 || map->n > IDMAP_LISTED) {
		diag_error(d, ref->id.pos, _(many[map->kind]), ref->id.s);
		return;
	}
	memset(&list, 0, sizeof(list));
	for (i = 0; i < map->n; i++)
		buf_printf(&list, "%s%s", i > 0 ? ", " : "", map->ids[i]);
	diag_error(d, ref->id.pos, _(listed[map->kind]), ref->id.s,
	    buf_cstr(&list));
	buf_release(&list);
}
#pragma GCC diagnostic pop

/*
 * Resolves one reference; an unknown id is an error with the nearest
 * known id as a hint. Returns 0 when resolved.
 */
static int
idmap_resolve(const struct idmap *map, struct ref *ref, struct diags *d)
{
	size_t		 lo = 0, hi = map->n, mid;
	int		 c;
	const char	*near;

	ref->ok = 0;
	if (ref->id.s == NULL)
		return -1;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(ref->id.s, map->ids[mid]);
		if (c == 0) {
			ref->index = map->index[mid];
			ref->ok = 1;
			return 0;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	/* No hint past the diagnostics kept: nobody would read it. */
	/* Hints cost a comparison per known id: only for the first 100. */
	near = map->n <= 5000 && d->n < 100 ?
	    suggest_nearest(ref->id.s, map->ids, map->n) : NULL;
	if (near == NULL && map->n <= 5000 && d->n < 100)
		near = idmap_prefix(map, ref->id.s);
	idmap_unknown(map, ref, near, d);
	return -1;
}

/*
 * The formats below come from tables of whole sentences marked N_():
 * gcc cannot check them at the call, msgfmt --check checks each
 * translation against its English.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
/*
 * Resolves a list of references; an id listed twice is a warning (twice,
 * translated, with the id's %s), and only its first mention is kept: the
 * outputs print each record once, so that a list of 450,000 times the
 * same id prints one name, not pages of it. Each record seen is marked,
 * so that a long list costs no more than its length.
 */
static void
idmap_resolve_all(const struct idmap *map, struct refs *refs,
    struct diags *d, const char *twice)
{
	size_t		 i, kept = 0;
	unsigned char	*seen;

	if (refs->n == 0)
		return;
	seen = xcalloc(map->n + 1, 1);
	for (i = 0; i < refs->n; i++) {
		if (idmap_resolve(map, &refs->v[i], d) == 0) {
			if (seen[refs->v[i].index]) {
				diag_warning(d, refs->v[i].id.pos, twice,
				    refs->v[i].id.s);
				continue;
			}
			seen[refs->v[i].index] = 1;
		}
		refs->v[kept++] = refs->v[i];
	}
	refs->n = kept;
	free(seen);
}
#pragma GCC diagnostic pop

/* An absent order sorts after every given one. */
static int
order_cmp(const struct num *a, const struct num *b)
{
	if (a->set != b->set)
		return a->set ? -1 : 1;
	if (a->set && a->v != b->v)
		return a->v < b->v ? -1 : 1;
	return 0;
}

static int
partner_cmp(const void *a, const void *b)
{
	return strcmp(((const struct partner *)a)->id,
	    ((const struct partner *)b)->id);
}

static int
action_cmp(const void *a, const void *b)
{
	const struct action	*x = a, *y = b;
	int			 c;

	if (x->thematic_rank != y->thematic_rank)
		return x->thematic_rank < y->thematic_rank ? -1 : 1;
	if ((c = order_cmp(&x->order, &y->order)) != 0)
		return c;
	return strcmp(x->id, y->id);
}

static int
indicator_cmp(const void *a, const void *b)
{
	const struct indicator	*x = a, *y = b;
	size_t			 xa = x->action.ok ? x->action.index : SIZE_MAX;
	size_t			 ya = y->action.ok ? y->action.index : SIZE_MAX;
	int			 c;

	if (xa != ya)
		return xa < ya ? -1 : 1;
	if ((c = order_cmp(&x->order, &y->order)) != 0)
		return c;
	return strcmp(x->id, y->id);
}

static int
page_cmp(const void *a, const void *b)
{
	const struct page	*x = a, *y = b;
	int			 c;

	/* The pages that open the report come first, in their order. */
	if (x->opens_report != y->opens_report)
		return x->opens_report ? -1 : 1;
	if ((c = order_cmp(&x->order, &y->order)) != 0)
		return c;
	return strcmp(x->id, y->id);
}

/* Places each action after its thematic, then sorts the actions. */
static void
check_actions(struct model *m, struct diags *d)
{
	const char	**ids = xcalloc(m->council.nthematics + 1, sizeof(*ids));
	struct idmap	 map;
	size_t		 i;

	for (i = 0; i < m->council.nthematics; i++)
		ids[i] = m->council.thematics[i].id.s;
	idmap_init(&map, ids, m->council.nthematics, IDMAP_THEMATIC);
	for (i = 0; i < m->nactions; i++) {
		m->actions[i].thematic_rank = SIZE_MAX;
		if (!m->council.loaded)
			continue;	/* no thematic to resolve against */
		if (idmap_resolve(&map, &m->actions[i].thematic, d) == 0)
			m->actions[i].thematic_rank =
			    m->actions[i].thematic.index;
	}
	idmap_release(&map);
	free(ids);
	sort_array(m->actions, m->nactions, sizeof(*m->actions),
	    action_cmp);
}

/* Resolves indicator → action, sorts indicators, lists them per action. */
static void
check_indicators(struct model *m, struct diags *d)
{
	const char	**ids = xcalloc(m->nactions + 1, sizeof(*ids));
	struct idmap	 map;
	struct action	*a;
	size_t		 i;

	for (i = 0; i < m->nactions; i++)
		ids[i] = m->actions[i].id;
	idmap_init(&map, ids, m->nactions, IDMAP_ACTION);
	for (i = 0; i < m->nindicators; i++)
		idmap_resolve(&map, &m->indicators[i].action, d);
	idmap_release(&map);
	free(ids);
	sort_array(m->indicators, m->nindicators, sizeof(*m->indicators),
	    indicator_cmp);
	for (i = 0; i < m->nindicators; i++) {
		if (!m->indicators[i].action.ok)
			continue;
		a = &m->actions[m->indicators[i].action.index];
		a->indicators = xreallocarray(a->indicators,
		    a->nindicators + 1, sizeof(*a->indicators));
		a->indicators[a->nindicators++] = i;
	}
}

/* Resolves every partner reference of the model. */
static void
check_partners(struct model *m, struct diags *d)
{
	const char	**ids = xcalloc(m->npartners + 1, sizeof(*ids));
	struct idmap	 map;
	struct action	*a;
	size_t		 i, j, k;

	sort_array(m->partners, m->npartners, sizeof(*m->partners),
	    partner_cmp);
	for (i = 0; i < m->npartners; i++)
		ids[i] = m->partners[i].id;
	idmap_init(&map, ids, m->npartners, IDMAP_PARTNER);
	for (i = 0; i < m->council.nthematics; i++)
		idmap_resolve_all(&map, &m->council.thematics[i].group, d,
		    _("'%s' is listed twice in the group"));
	for (i = 0; i < m->nactions; i++) {
		a = &m->actions[i];
		if (a->pilot.id.s != NULL)
			idmap_resolve(&map, &a->pilot, d);
		idmap_resolve_all(&map, &a->partners, d,
		    _("'%s' is listed twice in partners"));
		for (j = 0; j < a->nfunding; j++)
			for (k = 0; k < a->funding[j].n; k++)
				idmap_resolve(&map, &a->funding[j].v[k].funder,
				    d);
	}
	if (m->charter != NULL)
		idmap_resolve_all(&map, &m->charter->signatories, d,
		    _("'%s' is listed twice in signatories"));
	idmap_release(&map);
	free(ids);
}

/* The warnings of docs/format.md, which do not fail a build. */
static void
check_warnings(struct model *m, struct diags *d)
{
	const struct indicator	*ind;
	const struct action	*a;
	const struct year_num	*v;
	size_t			 i, j, k;
	int			 orphans;
	decimal			 total;
	char			 t[32], w[32];
	struct pos		 p;

	for (i = 0; i < m->nindicators; i++) {
		ind = &m->indicators[i];
		for (j = 0; j < ind->nbreakdown; j++) {
			v = model_year_find(&ind->values,
			    ind->breakdown[j].year);
			/* An entry refused already: its total means nothing. */
			if (v == NULL || ind->breakdown[j].invalid)
				continue;
			total = 0;
			for (k = 0; k < ind->breakdown[j].n; k++)
				if (decimal_add(total,
				    ind->breakdown[j].v[k].value.v, &total))
					break;
			if (total != v->value.v)
				diag_warning(d, ind->breakdown[j].pos,
				    _("breakdown for %d totals %s, but the "
				    "value for %d is %s"),
				    ind->breakdown[j].year,
				    decimal_format(total, t),
				    ind->breakdown[j].year,
				    decimal_format(v->value.v, w));
		}
	}
	/*
	 * An indicator that names no action (its file could not be read,
	 * or lacks the key) has an error already, and might be the one an
	 * action lacks: then no "no indicator" warning on top of it.
	 */
	orphans = 0;
	for (i = 0; i < m->nindicators; i++)
		if (m->indicators[i].action.id.s == NULL)
			orphans = 1;
	for (i = 0; i < m->nactions; i++) {
		a = &m->actions[i];
		/*
		 * An action without a title, or whose file could not be
		 * read, has an error already: no warning on top of it.
		 */
		if (a->nindicators == 0 && a->title.s != NULL && !orphans) {
			p = a->title.pos;
			diag_warning(d, p, _("action '%s' has no indicator"),
			    a->id);
		}
		for (j = 0; j < a->nfunding; j++) {
			if (a->funding[j].year != m->council.y)
				continue;
			for (k = 0; k < a->funding[j].n; k++)
				if (!a->funding[j].v[k].amount_written)
					diag_warning(d,
					    a->funding[j].v[k].funder.id.pos,
					    _("funder '%s' listed without an "
					    "amount for %d"),
					    a->funding[j].v[k].funder.id.s,
					    m->council.y);
		}
	}
}

/*
 * Last year's content with this year's year: values or funding written
 * for other years but none for Y, and the report would print "0 €" and
 * "−100 %". Said once each, at clspd.yaml's year. A council that keeps
 * no funding (or no values) at all is not warned, nor content with
 * errors: a value refused for Y is one mistake, already said.
 */
static void
check_year_filled(const struct model *m, struct diags *d)
{
	size_t	 i, j;
	int	 values = 0, other_values = 0, funding = 0, other_funding = 0;

	if (!m->council.year.set || d->errors > 0)
		return;
	for (i = 0; i < m->nindicators; i++) {
		if (model_year_find(&m->indicators[i].values, m->council.y))
			values = 1;
		else if (m->indicators[i].values.n > 0)
			other_values = 1;
	}
	for (i = 0; i < m->nactions; i++)
		for (j = 0; j < m->actions[i].nfunding; j++) {
			if (m->actions[i].funding[j].n == 0)
				continue;
			if (m->actions[i].funding[j].year == m->council.y)
				funding = 1;
			else
				other_funding = 1;
		}
	if (other_values && !values)
		diag_warning(d, m->council.year.pos, _("no indicator has a "
		    "value for %d, the report's year, but other years have "
		    "some: add the year's values (values: %d: …) or check "
		    "year:"), m->council.y, m->council.y);
	if (other_funding && !funding)
		diag_warning(d, m->council.year.pos, _("no action has funding "
		    "for %d, the report's year, but other years have some: add "
		    "it under funding: %d: in the action sheets, or check "
		    "year:"), m->council.y, m->council.y);
}

void
check_model(struct model *m, struct diags *d)
{
	check_actions(m, d);
	check_indicators(m, d);
	check_partners(m, d);
	sort_array(m->pages, m->npages, sizeof(*m->pages), page_cmp);
	check_warnings(m, d);
	check_year_filled(m, d);
	subsidy_check(m, d);
}
