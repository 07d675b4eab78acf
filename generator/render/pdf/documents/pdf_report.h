/*
 * The annual report booklet, pdf/rapport-<Y>.pdf (docs/format.md):
 * a cover, the contents, the key figures and their charts, the pages,
 * each thematic with its group and its action sheets (columns,
 * indicators, charts, funding, narrative), and annexes; a running header
 * and footer, an outline, document properties.
 */
#ifndef CLSPD_PDF_REPORT_H
#define CLSPD_PDF_REPORT_H

#include <time.h>

#include "../../../util/sink.h"
#include "../../../util/diag.h"
#include "../../../view/value.h"
#include "../../../theme/pdf_theme.h"

/*
 * Lays out and writes the report of the view tree (view_build) to the
 * sink, in the theme's colours and fonts, dated date. Returns 0, or -1
 * when the PDF could not be made (why is added to d).
 */
int	 pdf_report_render(const struct value *view, const struct pdf_theme *,
	    time_t date, struct sink *, struct diags *d);

#endif
