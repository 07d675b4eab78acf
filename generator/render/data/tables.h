/*
 * The open data as flat tables: indicators, funding, actions and partners,
 * one row per record (or per record and year). Each table is described
 * once here, its columns typed, titled and explained; the CSV writer, the
 * workbook and the Data Package descriptor (datapackage.json) all read
 * these descriptions, so a column added here appears in all three, with
 * the same name, type and order.
 */
#ifndef CLSPD_RENDER_DATA_TABLES_H
#define CLSPD_RENDER_DATA_TABLES_H

#include <stddef.h>

#include "../../load/model.h"
#include "../../metrics/metrics.h"
#include "../../util/arena.h"

/* What a column holds; it decides the CSV text, the cell and the schema. */
enum column_type {
	COLUMN_ID,		/* a record id (id syntax) */
	COLUMN_TEXT,		/* free text */
	COLUMN_CODE,		/* one of a closed list of words (enum_values) */
	COLUMN_SIRET,		/* 14 digits */
	COLUMN_RNA,		/* W and 9 digits or capitals */
	COLUMN_YEAR,		/* a year, 2000 to 2100 */
	COLUMN_NUMBER,		/* an exact decimal, ≥ 0 */
	COLUMN_AMOUNT,		/* an exact decimal in euros, ≥ 0, cents */
	COLUMN_RATIO,		/* a ratio, 1 = 100 % */
	COLUMN_COUNT,		/* a whole number ≥ 0 */
	COLUMN_FLAG,		/* true or false */
	COLUMN_DATE,		/* YYYY-MM-DD */
	COLUMN_PERIOD		/* YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD */
};

struct column {
	const char	*name;		/* the CSV header and the schema name */
	const char	*title;		/* French, the workbook's header */
	const char	*description;	/* French, for the schema */
	enum column_type type;
	int		 required;	/* never empty */
	const char *const *enum_values;	/* COLUMN_CODE: NULL-terminated */
	double		 width;		/* in the workbook, in characters */
	int		 secrecy_only;	/* only under statistical secrecy */
};

/* A foreign key: a column whose values are ids of another table. */
struct foreign_key {
	const char	*column;
	const char	*table;		/* the other table's name */
	const char	*other;		/* its primary key column */
};

/* A cell of a row: null, text, or a number of the column's type. */
struct cell {
	int		 set;
	const char	*text;		/* ID, TEXT, CODE, SIRET, RNA */
	decimal		 dec;		/* YEAR, NUMBER, AMOUNT, COUNT */
	double		 ratio;		/* RATIO */
	int		 flag;		/* FLAG */
};

struct table;

/* Fills the rows (ncols cells each) of a table; returns the row count. */
typedef size_t	(*table_fill_fn)(const struct table *, struct arena *,
		    const struct model *, const struct figures *,
		    struct cell **rows);

struct table {
	const char	*name;		/* "funding": funding.csv */
	const char	*title;		/* French: the workbook's sheet */
	const char	*description;	/* French, for the schema */
	const struct column *columns;
	size_t		 ncolumns;
	const char *const *primary_key;	/* NULL-terminated, or NULL */
	const struct foreign_key *foreign_keys;	/* NULL column ends */
	table_fill_fn	 fill;
	/* Whether the table is written (NULL: always). */
	int		(*present)(const struct model *);
	const char	*schema_url;	/* a national schema it follows */
};

/* The tables, in the order of the files and of the workbook's sheets. */
extern const struct table *const data_tables[];
extern const size_t data_ntables;

/*
 * Whether a column is written for these figures: a column that only
 * flags what statistical secrecy hid exists only when it is on, so that
 * the files of other councils keep the columns of the format reference.
 */
int		 data_column_shown(const struct column *,
		    const struct figures *);

/* Whether the table t is written for this model. */
int		 data_table_present(const struct table *, const struct model *);

/*
 * The rows of t: an array of rows of t->ncolumns cells each, allocated in
 * a; *nrows is set to their count. Strings point into the model.
 */
struct cell	*data_table_rows(const struct table *t, struct arena *a,
		    const struct model *, const struct figures *,
		    size_t *nrows);

#endif
