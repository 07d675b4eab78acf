/*
 * actions/<id>.yaml: one action sheet ("fiche action"), its keys following
 * the columns of the sheet.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/i18n.h"
#include "fields.h"
#include "markdown.h"
#include "records.h"

#define ACTION_STR(name, member)					\
static void								\
read_##name(struct loader *l, const struct ynode *n, void *rec)	\
{									\
	fields_str(l, n, &((struct action *)rec)->member);		\
}

#define ACTION_TEXT(name)						\
static void								\
read_##name(struct loader *l, const struct ynode *n, void *rec)	\
{									\
	fields_text(l, n, &((struct action *)rec)->name);		\
}

ACTION_STR(title, title)
ACTION_TEXT(description)
ACTION_TEXT(objectives)
ACTION_TEXT(public)
ACTION_TEXT(identification)
ACTION_TEXT(means)
ACTION_TEXT(evaluation)
ACTION_TEXT(difficulties)
ACTION_TEXT(suggestions)

static void
read_thematic(struct loader *l, const struct ynode *n, void *rec)
{
	fields_ref(l, n, &((struct action *)rec)->thematic);
}

static void
read_status(struct loader *l, const struct ynode *n, void *rec)
{
	static const char *const names[] = {
		"prevue", "en-cours", "terminee", "suspendue", NULL
	};
	struct action	*a = rec;
	size_t		 i;

	if (fields_enum(l, n, &a->status_str, names,
	    _("unknown status '%s' (did you mean '%s'?)"),
	    _("unknown status '%s' (expected one of: %s)")) == -1)
		return;
	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i], a->status_str.s) == 0)
			a->status = (enum status)i;
}

static void
read_pilot(struct loader *l, const struct ynode *n, void *rec)
{
	fields_ref(l, n, &((struct action *)rec)->pilot);
}

static void
read_period_start(struct loader *l, const struct ynode *n, void *rec)
{
	fields_year(l, n, &((struct action *)rec)->period_start);
}

static void
read_period_end(struct loader *l, const struct ynode *n, void *rec)
{
	fields_year(l, n, &((struct action *)rec)->period_end);
}

static const struct field period_fields[] = {
	{ "start", 0, read_period_start },
	{ "end", 0, read_period_end },
	{ NULL, 0, NULL }
};

/*
 * "period: 2024-2026" (or "2024 - 2026", "2024–2026"), the way a period
 * is written in French: reported with the form to write. Returns 1 when
 * it reported.
 */
static int
period_as_range(struct loader *l, const struct ynode *n)
{
	char	 from[5], to[5], dash[4];
	int	 used = 0;

	if (n->type != YNODE_SCALAR ||
	    sscanf(n->scalar, "%4[0-9] %3[-\xE2\x80\x93] %4[0-9]%n", from,
	    dash, to, &used) != 3 || n->scalar[used] != '\0' ||
	    strlen(from) != 4 || strlen(to) != 4)
		return 0;
	diag_error(l->diags, n->pos, _("a period is written with its first "
	    "and last years: period: {start: %s, end: %s}"), from, to);
	return 1;
}

static void
read_period(struct loader *l, const struct ynode *n, void *rec)
{
	struct action	*a = rec;

	if (period_as_range(l, n))
		return;
	if (fields_read_map(l, n, period_fields, a, N_("period")) == -1)
		return;
	if (a->period_start && a->period_end &&
	    a->period_start > a->period_end)
		diag_error(l->diags, n->pos, _("period starts after it ends "
		    "(%d > %d)"), a->period_start, a->period_end);
}

static void
read_order(struct loader *l, const struct ynode *n, void *rec)
{
	fields_int(l, n, &((struct action *)rec)->order);
}

static void
read_partners(struct loader *l, const struct ynode *n, void *rec)
{
	fields_refs(l, n, &((struct action *)rec)->partners);
}

static void
read_funder(struct loader *l, const struct ynode *n, void *rec)
{
	fields_ref(l, n, &((struct funding_entry *)rec)->funder);
}

static void
read_amount(struct loader *l, const struct ynode *n, void *rec)
{
	struct funding_entry	*e = rec;

	e->amount_written = 1;
	if (fields_nonneg(l, n, &e->amount) == -1)
		return;
	if (e->amount.v % (DECIMAL_SCALE / 100) != 0) {
		diag_error(l->diags, n->pos, _("an amount has at most two "
		    "decimals (cents): '%s'"), n->scalar);
		e->amount.set = 0;
	}
}

static void
read_note(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct funding_entry *)rec)->note);
}

static const struct field funding_entry_fields[] = {
	{ "funder", 1, read_funder },
	{ "amount", 0, read_amount },
	{ "note", 0, read_note },
	{ NULL, 0, NULL }
};

/*
 * Whether a funding entry holds a key that is not one of its own
 * ("montant: 12000"): it was reported, and most likely stands for the
 * amount, so the entry is not also warned about as lacking one.
 */
static int
funding_entry_has_unknown_key(const struct ynode *map)
{
	size_t	 i, f;

	if (map->type != YNODE_MAP)
		return 0;
	for (i = 0; i + 1 < map->nkids; i += 2) {
		if (map->kids[i]->type != YNODE_SCALAR)
			continue;
		for (f = 0; funding_entry_fields[f].key != NULL; f++)
			if (strcmp(funding_entry_fields[f].key,
			    map->kids[i]->scalar) == 0)
				break;
		if (funding_entry_fields[f].key == NULL)
			return 1;
	}
	return 0;
}

/* Reads one year of funding: a list of {funder, amount, note}. */
static void
read_funding_year(struct loader *l, const struct ynode *key,
    const struct ynode *list, struct action *a, int *lines)
{
	struct funding_year	*fy;
	struct funding_entry	*e;
	size_t			 i;
	int			 year;

	if (fields_year_key(l, key, &year) == -1)
		return;
	if (fields_year_seen(l, key, year, lines))
		return;
	if (list->type == YNODE_SCALAR && list->null)
		return;		/* "2025:" with nothing: no funding */
	if (list->type != YNODE_SEQ) {
		diag_error(l->diags, list->pos, _("expected a list of "
		    "{funder, amount} for year %d, found %s"), year,
		    ynode_kind(list));
		return;
	}
	fy = &a->funding[a->nfunding++];
	fy->year = year;
	fy->pos = key->pos;
	fy->v = arena_alloc(l->arena, (list->nkids + 1) * sizeof(*fy->v));
	for (i = 0; i < list->nkids; i++) {
		e = &fy->v[fy->n];
		fields_read_map(l, list->kids[i], funding_entry_fields, e,
		    N_("funding entry"));
		if (funding_entry_has_unknown_key(list->kids[i]))
			e->amount_written = 1;
		if (e->funder.id.s == NULL) {
			records_funding_entry_release(e);
			memset(e, 0, sizeof(*e));
			continue;
		}
		fy->n++;
	}
}

static void
read_funding(struct loader *l, const struct ynode *n, void *rec)
{
	struct action	*a = rec;
	size_t		 i;
	int		 lines[FIELDS_YEARS] = { 0 };

	if (n->type != YNODE_MAP) {
		diag_error(l->diags, n->pos, _("expected a mapping of years to "
		    "lists of funders, found %s"), ynode_kind(n));
		return;
	}
	a->funding = arena_alloc(l->arena, (YNODE_PAIRS(n) + 1) *
	    sizeof(*a->funding));
	for (i = 0; i + 1 < n->nkids; i += 2)
		read_funding_year(l, n->kids[i], n->kids[i + 1], a, lines);
}

static const struct field action_fields[] = {
	{ "title", 1, read_title },
	{ "thematic", 1, read_thematic },
	{ "status", 0, read_status },
	{ "pilot", 0, read_pilot },
	{ "period", 0, read_period },
	{ "order", 0, read_order },
	{ "description", 1, read_description },
	{ "objectives", 1, read_objectives },
	{ "public", 0, read_public },
	{ "identification", 0, read_identification },
	{ "means", 0, read_means },
	{ "partners", 0, read_partners },
	{ "funding", 0, read_funding },
	{ "evaluation", 0, read_evaluation },
	{ "difficulties", 0, read_difficulties },
	{ "suggestions", 0, read_suggestions },
	{ NULL, 0, NULL }
};

void
records_action_read(struct loader *l, const struct ynode *root,
    struct action *a)
{
	a->status = STATUS_EN_COURS;
	fields_read_map(l, root, action_fields, a, N_("action"));
}

void
records_funding_entry_release(struct funding_entry *e)
{
	memset(e, 0, sizeof(*e));
}

/* Frees what the action owns outside the model's arena. */
void
records_action_release(struct action *a)
{
	free(a->id);
	free(a->file);
	free(a->narrative_file);
	free(a->indicators);
}
