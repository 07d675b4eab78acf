/*
 * indicators/<id>.yaml: one evaluation indicator of an action, as a table
 * of keys (fields.h).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/i18n.h"
#include "fields.h"
#include "records.h"

static const char *const directions[] = { "increase", "decrease", NULL };

static const struct field baseline_v[] = {
	{ .key = "year", .kind = FIELD_YEAR, .required = 1,
	  .off = offsetof(struct indicator, baseline_year),
	  .title = "Année de référence", .doc = "Année de la valeur de "
	  "référence.", .example = "2022" },
	{ .key = "value", .kind = FIELD_NUM, .required = 1,
	  .off = offsetof(struct indicator, baseline),
	  .title = "Valeur de référence", .doc = "Valeur de l'indicateur "
	  "cette année-là, point de départ des évolutions.",
	  .example = "40" },
	{ NULL }
};

/* A baseline is both a year and a value, or nothing. */
static void
baseline_after(struct loader *l, const struct ynode *map, void *rec)
{
	struct indicator	*ind = rec;

	if (ind->baseline_year == 0 || !ind->baseline.set) {
		ind->baseline_year = 0;
		ind->baseline.set = 0;
	}
}

static const struct fields baseline_fields = {
	.what = N_("baseline"), .v = baseline_v, .after = baseline_after,
	.title = "Référence", .doc = "La valeur de départ : une année et "
	"une valeur.",
};

/* A target is one number, or a number per year. */
static void
read_target(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
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
read_breakdown(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
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

static const struct field indicator_v[] = {
	{ .key = "action", .kind = FIELD_REF, .required = 1, .what = "action",
	  .off = offsetof(struct indicator, action),
	  .title = "Action", .doc = "Identifiant de l'action que "
	  "l'indicateur évalue (nom de son fichier dans actions/, sans "
	  ".yaml).", .example = "mediation-nuit" },
	{ .key = "label", .kind = FIELD_STR, .required = 1,
	  .off = offsetof(struct indicator, label),
	  .title = "Libellé", .doc = "Ce que l'indicateur mesure.",
	  .example = "Jeunes accompagnés" },
	{ .key = "unit", .kind = FIELD_STR,
	  .off = offsetof(struct indicator, unit),
	  .title = "Unité", .doc = "Unité des valeurs, écrite après les "
	  "nombres.", .example = "jeunes" },
	{ .key = "direction", .kind = FIELD_ENUM, .names = directions,
	  .what = "direction", .off = offsetof(struct indicator,
	  direction_str), .index = offsetof(struct indicator, direction) + 1,
	  .title = "Sens", .doc = "increase (par défaut) quand plus est "
	  "mieux, decrease quand moins est mieux.", .example = "increase" },
	{ .key = "baseline", .kind = FIELD_MAP, .sub = &baseline_fields,
	  .title = "Référence", .doc = "Valeur de départ : year (année) et "
	  "value (valeur)." },
	{ .key = "target", .kind = FIELD_NUM_OR_YEARS, .read = read_target,
	  .title = "Cible", .doc = "Valeur visée : un nombre, ou un nombre "
	  "par année (2025: 100).", .example = "100" },
	{ .key = "values", .kind = FIELD_YEAR_NONNEGS,
	  .required = FIELD_MAY_BE_EMPTY,
	  .off = offsetof(struct indicator, values),
	  .title = "Valeurs", .doc = "Valeur mesurée de chaque année, les "
	  "années en retrait sous values: (2024: 95).",
	  .example = "{2024: 95, 2025: 120}" },
	{ .key = "breakdown", .kind = FIELD_YEAR_LABELS,
	  .read = read_breakdown,
	  .title = "Répartition", .doc = "Par année, la répartition de la "
	  "valeur entre des libellés de votre choix (libellé: nombre).",
	  .example = "{2025: {Filles: 50, Garçons: 70}}" },
	{ .key = "sensitive", .kind = FIELD_BOOL,
	  .off = offsetof(struct indicator, sensitive),
	  .title = "Indicateur sensible", .doc = "true si l'indicateur "
	  "compte des personnes : quand clspd.yaml fixe privacy.min_count, "
	  "ses effectifs inférieurs au seuil sont masqués partout.",
	  .example = "true" },
	{ .key = "source", .kind = FIELD_TEXT,
	  .off = offsetof(struct indicator, source),
	  .title = "Source", .doc = "D'où viennent les chiffres.",
	  .example = "Tableau de bord du service de médiation" },
	{ .key = "order", .kind = FIELD_INT,
	  .off = offsetof(struct indicator, order),
	  .title = "Ordre", .doc = "Rang de l'indicateur dans son action "
	  "(nombre entier).", .example = "1" },
	{ NULL }
};

const struct fields records_indicator_fields = {
	.what = N_("indicator"), .v = indicator_v,
	.title = "Indicateur (indicators/<id>.yaml)",
	.doc = "Un indicateur d'évaluation d'une action ; son identifiant "
	"est le nom du fichier.",
};

void
records_indicator_read(struct loader *l, const struct ynode *root,
    struct indicator *ind)
{
	fields_read_map(l, root, &records_indicator_fields, ind);
}
