/*
 * The data renderer: data/metrics.json and data/indicators.csv, written
 * into buffers (the publish stage writes the files).
 */
#ifndef CLSPD_RENDER_DATA_H
#define CLSPD_RENDER_DATA_H

#include "../../load/model.h"
#include "../../metrics/metrics.h"
#include "../../util/buf.h"
#include "../../view/value.h"

/* Serializes a value tree as JSON, two-space indented, keys in order. */
void	 data_json_write(struct buf *, const struct value *);

/* The indicators' values and targets per year (FORMAT.md section 3). */
void	 data_csv_write(struct buf *, const struct model *);

#endif
