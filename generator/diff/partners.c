/*
 * The partners compared (compare.h): added, removed, and each role
 * taken or left: pilot, partner or funder of an action, member of a
 * thematic's group.
 */
#include <string.h>

#include "compare.h"
#include "diff.h"

static int
refs_has(const struct refs *r, const char *id)
{
	size_t	 i;

	for (i = 0; i < r->n; i++)
		if (diff_str_eq(r->v[i].id.s, id))
			return 1;
	return 0;
}

static int
funds(const struct action *a, const char *id)
{
	int	 any = 0;
	size_t	 i;

	for (i = 0; i < a->nfunding && !any; i++)
		(void)diff_funding_sum(a, id, a->funding[i].year, &any);
	return any;
}

/* Whether partner id has role in record of (an action or a thematic). */
static int
has_role(const struct model *m, const char *id, const char *role,
    const char *of)
{
	const struct action	*a;
	size_t			 i;

	if (strcmp(role, "group") == 0) {
		for (i = 0; i < m->council.nthematics; i++)
			if (diff_str_eq(m->council.thematics[i].id.s, of))
				return refs_has(&m->council.thematics[i].group,
				    id);
		return 0;
	}
	if ((a = diff_action_find(m, of)) == NULL)
		return 0;
	if (strcmp(role, "pilot") == 0)
		return diff_str_eq(a->pilot.id.s, id);
	if (strcmp(role, "partner") == 0)
		return refs_has(&a->partners, id);
	return funds(a, id);
}

static void
role_changes(struct diff *d, const struct model *has,
    const struct model *lacks, const char *id, enum diff_kind k)
{
	static const char *const roles[] = { "pilot", "partner", "funder" };
	struct diff_change	*c;
	const char		*of;
	size_t			 i, r;

	for (i = 0; i < has->nactions + has->council.nthematics; i++)
		for (r = 0; r < (i < has->nactions ? 3 : 1); r++) {
			of = i < has->nactions ? has->actions[i].id :
			    has->council.thematics[i - has->nactions].id.s;
			if (!has_role(has, id, i < has->nactions ? roles[r] :
			    "group", of) || has_role(lacks, id,
			    i < has->nactions ? roles[r] : "group", of))
				continue;
			c = diff_change_new(d, DIFF_PARTNERS, k, "partner", id);
			c->field = "role";
			c->role = i < has->nactions ? roles[r] : "group";
			c->of = of;
		}
}

void
diff_partners(struct diff *d, const struct model *from,
    const struct model *to)
{
	struct diff_change	*c;
	size_t			 i;

	for (i = 0; i < to->npartners; i++) {
		if (diff_partner_find(from, to->partners[i].id) == NULL) {
			c = diff_change_new(d, DIFF_PARTNERS, DIFF_ADDED,
			    "partner", to->partners[i].id);
			c->title = to->partners[i].name.s;
			continue;
		}
		role_changes(d, to, from, to->partners[i].id, DIFF_ADDED);
		role_changes(d, from, to, to->partners[i].id, DIFF_REMOVED);
	}
	for (i = 0; i < from->npartners; i++)
		if (diff_partner_find(to, from->partners[i].id) == NULL) {
			c = diff_change_new(d, DIFF_PARTNERS, DIFF_REMOVED,
			    "partner", from->partners[i].id);
			c->title = from->partners[i].name.s;
		}
}
