/*
 * The data renderer: data/metrics.json and data/indicators.csv, written
 * into buffers (the publish stage writes the files).
 */
#ifndef CLSPD_RENDER_DATA_H
#define CLSPD_RENDER_DATA_H

#include "../../load/model.h"
#include "../../metrics/metrics.h"
#include "../../util/sink.h"
#include "../../util/buf.h"
#include "../../view/value.h"

/*
 * Writes data/metrics.json and data/indicators.csv to the sink. The JSON
 * is written record by record, each built in a scratch arena, so that its
 * memory does not grow with the report. Returns 0 or -1 (printed).
 */
int	 data_render(const struct model *, const struct figures *,
	    struct sink *);

/* Serializes a value tree as JSON, two-space indented, keys in order. */
void	 data_json_write(struct buf *, const struct value *);
/* One value at an indentation depth, without a final newline. */
void	 data_json_value(struct buf *, const struct value *, int depth);

/*
 * The indicators' values and targets per year (docs/format.md),
 * into b; with a sink, b is flushed to it as it grows (the caller has
 * opened the file and closes it).
 */
void	 data_csv_write(struct sink *, struct buf *, const struct model *,
	    const struct figures *);

#endif
