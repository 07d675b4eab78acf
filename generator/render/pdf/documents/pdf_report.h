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
#include "../../../view/docs.h"
#include "../../../theme/pdf_theme.h"

/*
 * Lays out and writes the report to the sink, in the theme's colours and
 * fonts, from the documents' facts and labels (view_docs_build), dated
 * their build's date. Returns 0, or -1 when the PDF could not be made
 * (why is added to d).
 */
int	 pdf_report_render(const struct view_docs *, const struct pdf_theme *,
	    struct sink *, struct diags *d);

#endif
