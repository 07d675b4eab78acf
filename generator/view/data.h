/*
 * The open-data tree: every figure of FORMAT.md section 2 in the shape of
 * data/metrics.json (section 3), with raw numbers. The JSON writer
 * serializes it as it is; templates may read it too.
 */
#ifndef CLSPD_VIEW_DATA_H
#define CLSPD_VIEW_DATA_H

#include "../load/model.h"
#include "../metrics/metrics.h"
#include "value.h"

struct value	*view_data(struct arena *, const struct model *,
		    const struct figures *);

#endif
