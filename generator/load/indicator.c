/*
 * indicators/<id>.yaml: one evaluation indicator of an action.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/i18n.h"
#include "fields.h"
#include "records.h"

static void
read_action(struct loader *l, const struct ynode *n, void *rec)
{
	fields_ref(l, n, &((struct indicator *)rec)->action);
}

static void
read_label(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct indicator *)rec)->label);
}

static void
read_unit(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct indicator *)rec)->unit);
}

static void
read_direction(struct loader *l, const struct ynode *n, void *rec)
{
	static const char *const names[] = { "increase", "decrease", NULL };
	struct indicator	*ind = rec;

	if (fields_enum(l, n, &ind->direction_str, names,
	    _("unknown direction '%s' (did you mean '%s'?)"),
	    _("unknown direction '%s' (expected one of: %s)")) == 0)
		ind->direction = strcmp(ind->direction_str.s, "decrease") == 0 ?
		    DIRECTION_DECREASE : DIRECTION_INCREASE;
}

static void
read_baseline_year(struct loader *l, const struct ynode *n, void *rec)
{
	fields_year(l, n, &((struct indicator *)rec)->baseline_year);
}

static void
read_baseline_value(struct loader *l, const struct ynode *n, void *rec)
{
	fields_num(l, n, &((struct indicator *)rec)->baseline);
}

static const struct field baseline_fields[] = {
	{ "year", 1, read_baseline_year },
	{ "value", 1, read_baseline_value },
	{ NULL, 0, NULL }
};

static void
read_baseline(struct loader *l, const struct ynode *n, void *rec)
{
	struct indicator	*ind = rec;

	fields_read_map(l, n, baseline_fields, ind, N_("baseline"));
	if (ind->baseline_year == 0 || !ind->baseline.set) {
		ind->baseline_year = 0;
		ind->baseline.set = 0;
	}
}

static void
read_target(struct loader *l, const struct ynode *n, void *rec)
{
	struct indicator	*ind = rec;

	if (n->type == YNODE_MAP)
		fields_year_nums(l, n, &ind->targets, 0);
	else if (n->type == YNODE_SCALAR)
		fields_num(l, n, &ind->target);
	else
		diag_error(l->diags, n->pos, _("expected a number or a mapping "
		    "of years to numbers, found %s"), ynode_kind(n));
}

static void
read_values(struct loader *l, const struct ynode *n, void *rec)
{
	fields_year_nums(l, n, &((struct indicator *)rec)->values, 1);
}

/* Reads the breakdown of one year: a mapping label → number. */
static void
read_breakdown_year(struct loader *l, const struct ynode *key,
    const struct ynode *map, struct indicator *ind, int *lines)
{
	struct breakdown_year	*by;
	struct breakdown_entry	*e;
	size_t			 i;
	int			 year;

	if (fields_year_key(l, key, &year) == -1)
		return;
	if (fields_year_seen(l, key, year, lines))
		return;
	if (map->type != YNODE_MAP) {
		diag_error(l->diags, map->pos, _("expected a mapping of labels "
		    "to numbers for year %d, found %s"), year, ynode_kind(map));
		return;
	}
	by = &ind->breakdown[ind->nbreakdown++];
	by->year = year;
	by->pos = key->pos;
	by->v = arena_alloc(l->arena, (YNODE_PAIRS(map) + 1) * sizeof(*by->v));
	for (i = 0; i + 1 < map->nkids; i += 2) {
		e = &by->v[by->n];
		if (map->kids[i]->type != YNODE_SCALAR ||
		    map->kids[i]->null) {
			if (map->kids[i]->type == YNODE_SCALAR)
				diag_error(l->diags, map->kids[i]->pos,
				    _("empty breakdown label"));
			continue;
		}
		if (map->kids[i]->duplicate)
			continue;	/* reported by the YAML reader */
		if (fields_nonneg(l, map->kids[i + 1], &e->value) == -1) {
			by->invalid = 1;
			continue;
		}
		fields_str(l, map->kids[i], &e->label);
		by->n++;
	}
}

static void
read_breakdown(struct loader *l, const struct ynode *n, void *rec)
{
	struct indicator	*ind = rec;
	size_t			 i;
	int			 lines[FIELDS_YEARS] = { 0 };

	if (n->type != YNODE_MAP) {
		diag_error(l->diags, n->pos, _("expected a mapping of years to "
		    "breakdowns, found %s"), ynode_kind(n));
		return;
	}
	ind->breakdown = arena_alloc(l->arena, (YNODE_PAIRS(n) + 1) *
	    sizeof(*ind->breakdown));
	for (i = 0; i + 1 < n->nkids; i += 2)
		read_breakdown_year(l, n->kids[i], n->kids[i + 1], ind, lines);
}

static void
read_source(struct loader *l, const struct ynode *n, void *rec)
{
	fields_text(l, n, &((struct indicator *)rec)->source);
}

static void
read_order(struct loader *l, const struct ynode *n, void *rec)
{
	fields_int(l, n, &((struct indicator *)rec)->order);
}

static const struct field indicator_fields[] = {
	{ "action", 1, read_action },
	{ "label", 1, read_label },
	{ "unit", 0, read_unit },
	{ "direction", 0, read_direction },
	{ "baseline", 0, read_baseline },
	{ "target", 0, read_target },
	{ "values", FIELD_MAY_BE_EMPTY, read_values },
	{ "breakdown", 0, read_breakdown },
	{ "source", 0, read_source },
	{ "order", 0, read_order },
	{ NULL, 0, NULL }
};

void
records_indicator_read(struct loader *l, const struct ynode *root,
    struct indicator *ind)
{
	fields_read_map(l, root, indicator_fields, ind, N_("indicator"));
}

/* Frees what the indicator owns outside the model's arena. */
void
records_indicator_release(struct indicator *ind)
{
	free(ind->id);
	free(ind->file);
}
