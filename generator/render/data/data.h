/*
 * The data renderer: data/metrics.json, the tables as CSV
 * (data/indicators.csv, funding.csv, actions.csv, partners.csv), the
 * workbook data/bilan-<Y>.xlsx and their description data/datapackage.json,
 * written into buffers (the publish stage writes the files).
 */
#ifndef CLSPD_RENDER_DATA_H
#define CLSPD_RENDER_DATA_H

#include <time.h>

#include "../../load/model.h"
#include "../../metrics/metrics.h"
#include "../../util/sink.h"
#include "../../util/buf.h"
#include "../../util/diag.h"
#include "../../view/value.h"
#include "tables.h"

/*
 * Writes every file of site/data/ to the sink. The JSON is written record
 * by record, each built in a scratch arena, so that its memory does not
 * grow with the report. date is the documents' date (the workbook's
 * creation date). Returns 0 or -1 (why added to d, or the sink's).
 */
int	 data_render(const struct model *, const struct figures *,
	    time_t date, struct sink *, struct diags *);

/* Serializes a value tree as JSON, two-space indented, keys in order. */
void	 data_json_write(struct buf *, const struct value *);
/* One value at an indentation depth, without a final newline. */
void	 data_json_value(struct buf *, const struct value *, int depth);

/*
 * A table's rows as CSV into b; with a sink, b is flushed to it as it
 * grows (the caller has opened the file and closes it).
 */
void	 data_csv_write(struct sink *, struct buf *, const struct table *,
	    const struct cell *rows, size_t nrows, const struct figures *);
/* The same for a table by name ("indicators"), its rows computed here. */
void	 data_csv_table(struct buf *, const char *name, const struct model *,
	    const struct figures *);

/* The workbook site/data/bilan-<Y>.xlsx, to the sink. 0 or -1 (as above). */
int	 data_xlsx_render(const struct model *, const struct figures *,
	    time_t date, struct sink *, struct diags *);

/* datapackage.json: the tables' Data Package descriptor, into b. */
void	 data_package_write(struct buf *, const struct model *,
	    const struct figures *);

#endif
