/*
 * The open-data tree: every figure of docs/format.md in the shape of
 * data/metrics.json (docs/format.md), with raw numbers. The JSON writer
 * serializes it as it is; templates may read it too.
 */
#ifndef CLSPD_VIEW_DATA_H
#define CLSPD_VIEW_DATA_H

#include "../load/model.h"
#include "../metrics/metrics.h"
#include "value.h"

/* The whole tree of metrics.json. */
struct value	*view_data(struct arena *, const struct model *,
		    const struct figures *);

/*
 * Its parts, for a writer that streams: the head (year, council,
 * territory, summary, funding, thematics), then the records of the lists
 * "actions", "indicators" and "partners", one at a time.
 */
struct value	*view_data_head(struct arena *, const struct model *,
		    const struct figures *);
struct value	*view_data_action(struct arena *, const struct model *,
		    const struct figures *, size_t);
struct value	*view_data_indicator(struct arena *, const struct model *,
		    const struct figures *, size_t);
struct value	*view_data_partner(struct arena *, const struct model *,
		    const struct figures *, size_t);

#endif
