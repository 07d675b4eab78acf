/*
 * data/datapackage.json: the open-data tables described as a Frictionless
 * Tabular Data Package (specs of frictionlessdata.io, version 1), which
 * open-data portals read to show and check the tables: for each CSV its
 * dialect, and a Table Schema (each column's type, French title and
 * description, constraints, primary and foreign keys). Everything comes
 * from the tables' descriptions (tables.h), so the schema cannot drift
 * from the files.
 */
#include <stdio.h>
#include <string.h>

#include "../../view/value.h"
#include "data.h"

/*
 * Table Schema's patterns are anchored by the specification (XML Schema
 * style), but some validators search instead (tableschema-js): anchors
 * written out make both read the same pattern.
 */
#define ID_PATTERN	"^[a-z0-9]+(-[a-z0-9]+)*$"

static const char *
field_type(enum column_type t)
{
	switch (t) {
	case COLUMN_YEAR:
		return "year";
	case COLUMN_COUNT:
		return "integer";
	case COLUMN_FLAG:
		return "boolean";
	case COLUMN_DATE:
		return "date";
	case COLUMN_NUMBER:
	case COLUMN_AMOUNT:
	case COLUMN_RATIO:
		return "number";
	default:
		return "string";
	}
}

static struct value *
field_constraints(struct arena *a, const struct column *c)
{
	struct value	*k = value_map(a), *e;
	size_t		 i;

	if (c->required)
		value_set(a, k, "required", value_bool(a, 1));
	switch (c->type) {
	case COLUMN_ID:
		value_set(a, k, "pattern", value_string(a, ID_PATTERN));
		break;
	case COLUMN_SIRET:
		value_set(a, k, "pattern", value_string(a, "^[0-9]{14}$"));
		break;
	case COLUMN_RNA:
		value_set(a, k, "pattern", value_string(a,
		    "^W[0-9A-Z]{9}$"));
		break;
	case COLUMN_PERIOD:
		value_set(a, k, "pattern", value_string(a, "^[0-9]{4}-[0-9]{2}"
		    "-[0-9]{2}(/[0-9]{4}-[0-9]{2}-[0-9]{2})?$"));
		break;
	case COLUMN_CODE:
		e = value_set(a, k, "enum", value_list(a));
		for (i = 0; c->enum_values[i] != NULL; i++)
			value_push(a, e, value_string(a, c->enum_values[i]));
		break;
	case COLUMN_YEAR:
		value_set(a, k, "minimum", value_decimal(a,
		    2000 * DECIMAL_SCALE));
		value_set(a, k, "maximum", value_decimal(a,
		    2100 * DECIMAL_SCALE));
		break;
	case COLUMN_NUMBER:
	case COLUMN_AMOUNT:
	case COLUMN_COUNT:
		value_set(a, k, "minimum", value_decimal(a, 0));
		break;
	default:
		break;
	}
	return k->u.map.n > 0 ? k : NULL;
}

static struct value *
field_value(struct arena *a, const struct column *c)
{
	struct value	*f = value_map(a), *k;

	value_set(a, f, "name", value_string(a, c->name));
	value_set(a, f, "title", value_string(a, c->title));
	value_set(a, f, "description", value_string(a, c->description));
	value_set(a, f, "type", value_string(a, field_type(c->type)));
	if (c->type == COLUMN_AMOUNT)
		value_set(a, f, "unit", value_string(a, "EUR"));
	if ((k = field_constraints(a, c)) != NULL)
		value_set(a, f, "constraints", k);
	return f;
}

static struct value *
schema_value(struct arena *a, const struct table *t, const struct figures *f)
{
	struct value	*s = value_map(a), *l, *fk, *ref;
	size_t		 i;

	l = value_set(a, s, "fields", value_list(a));
	for (i = 0; i < t->ncolumns; i++)
		if (data_column_shown(&t->columns[i], f))
			value_push(a, l, field_value(a, &t->columns[i]));
	l = value_set(a, s, "missingValues", value_list(a));
	value_push(a, l, value_string(a, ""));
	if (t->primary_key != NULL) {
		l = value_set(a, s, "primaryKey", value_list(a));
		for (i = 0; t->primary_key[i] != NULL; i++)
			value_push(a, l, value_string(a, t->primary_key[i]));
	}
	if (t->foreign_keys[0].column == NULL)
		return s;
	l = value_set(a, s, "foreignKeys", value_list(a));
	for (i = 0; t->foreign_keys[i].column != NULL; i++) {
		fk = value_push(a, l, value_map(a));
		value_set(a, fk, "fields", value_string(a,
		    t->foreign_keys[i].column));
		ref = value_set(a, fk, "reference", value_map(a));
		value_set(a, ref, "resource", value_string(a,
		    t->foreign_keys[i].table));
		value_set(a, ref, "fields", value_string(a,
		    t->foreign_keys[i].other));
	}
	return s;
}

/* The national schema a table follows. */
static struct value *
sources_value(struct arena *a, const struct table *t)
{
	struct value	*l = value_list(a), *e;

	e = value_push(a, l, value_map(a));
	value_set(a, e, "title", value_string(a, t->title));
	value_set(a, e, "path", value_string(a, t->schema_url));
	return l;
}

static struct value *
resource_value(struct arena *a, const struct table *t, const struct figures *f)
{
	struct value	*r = value_map(a), *d;
	char		 path[64];

	snprintf(path, sizeof(path), "%s.csv", t->name);
	value_set(a, r, "profile", value_string(a, "tabular-data-resource"));
	value_set(a, r, "name", value_string(a, t->name));
	value_set(a, r, "path", value_string(a, path));
	value_set(a, r, "title", value_string(a, t->title));
	value_set(a, r, "description", value_string(a, t->description));
	value_set(a, r, "format", value_string(a, "csv"));
	value_set(a, r, "mediatype", value_string(a, "text/csv"));
	value_set(a, r, "encoding", value_string(a, "utf-8"));
	d = value_set(a, r, "dialect", value_map(a));
	value_set(a, d, "delimiter", value_string(a, ","));
	value_set(a, d, "lineTerminator", value_string(a, "\r\n"));
	value_set(a, d, "quoteChar", value_string(a, "\""));
	value_set(a, d, "doubleQuote", value_bool(a, 1));
	value_set(a, d, "header", value_bool(a, 1));
	value_set(a, r, "schema", schema_value(a, t, f));
	if (t->schema_url != NULL)
		value_set(a, r, "sources", sources_value(a, t));
	return r;
}

/*
 * The licence of the data, from clspd.yaml's licence key: the Licence
 * Ouverte 2.0 of Etalab by default, or the ODbL, the two licences French
 * administrations use for data (décret 2017-638).
 */
static struct value *
licenses_value(struct arena *a, const struct model *m)
{
	struct value	*l = value_list(a), *e;
	const char	*key = m->council.licence.s;

	e = value_push(a, l, value_map(a));
	if (key != NULL && strcmp(key, "odbl-1.0") == 0) {
		value_set(a, e, "name", value_string(a, "ODbL-1.0"));
		value_set(a, e, "path", value_string(a,
		    "https://opendatacommons.org/licenses/odbl/1-0/"));
		value_set(a, e, "title", value_string(a,
		    "Open Data Commons Open Database License 1.0"));
		return l;
	}
	value_set(a, e, "name", value_string(a, "etalab-2.0"));
	value_set(a, e, "path", value_string(a,
	    "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"));
	value_set(a, e, "title", value_string(a,
	    "Licence Ouverte / Open Licence version 2.0"));
	return l;
}

void
data_package_write(struct buf *b, const struct model *m,
    const struct figures *f)
{
	struct arena	*a = arena_new();
	struct value	*p = value_map(a), *l, *e;
	char		 s[512];
	size_t		 i;

	value_set(a, p, "profile", value_string(a, "tabular-data-package"));
	snprintf(s, sizeof(s), "clspd-bilan-%d", m->council.y);
	value_set(a, p, "name", value_string(a, s));
	snprintf(s, sizeof(s), "Bilan %d – %.400s", m->council.y,
	    m->council.council.s != NULL ? m->council.council.s : "");
	value_set(a, p, "title", value_string(a, s));
	value_set(a, p, "description", value_string(a, "Chiffres du bilan "
	    "annuel du conseil : indicateurs d’évaluation, financements des "
	    "actions, actions et partenaires. Les montants sont en euros, "
	    "écrits exactement (séparateur décimal : le point) ; une cellule "
	    "vide est une valeur absente."));
	value_set(a, p, "licenses", licenses_value(a, m));
	l = value_set(a, p, "contributors", value_list(a));
	e = value_push(a, l, value_map(a));
	value_set(a, e, "title", value_string(a, m->council.council.s));
	value_set(a, e, "role", value_string(a, "publisher"));
	if (m->council.territory.s != NULL) {
		l = value_set(a, p, "keywords", value_list(a));
		value_push(a, l, value_string(a, "CLSPD"));
		value_push(a, l, value_string(a, "prévention de la "
		    "délinquance"));
		value_push(a, l, value_string(a, m->council.territory.s));
	}
	l = value_set(a, p, "resources", value_list(a));
	for (i = 0; i < data_ntables; i++)
		if (data_table_present(data_tables[i], m))
			value_push(a, l, resource_value(a, data_tables[i], f));
	data_json_write(b, p);
	arena_free(a);
}
