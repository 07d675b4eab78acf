/*
 * The conduct charter booklet (docs/format.md): pdf/charte.pdf, A5
 * pages in reading order, and pdf/charte-impression.pdf, the same pages
 * imposed two by two on A4 landscape sheets for saddle-stitch printing.
 * Both are drawn from one layout: the booklet is typeset once.
 */
#ifndef CLSPD_PDF_CHARTER_H
#define CLSPD_PDF_CHARTER_H

#include <time.h>

#include "../../../util/sink.h"
#include "../../../util/diag.h"
#include "../../../view/docs.h"
#include "../../../theme/pdf_theme.h"

struct pdf_charter_options {
	int	 crop_marks;	/* the imposed sheets with crop marks */
};

/*
 * Lays out the charter of the documents' facts (view_docs_build; nothing
 * without one), dated their build's date, and writes both files to the
 * sink. The labels are the facts' too (docs->labels), and so are the
 * images (the head's logo, the content's media).
 * Returns 0, or -1 when a PDF could not be made (why is added to d).
 */
int	 pdf_charter_render(const struct view_docs *, const struct pdf_theme *,
	    const struct pdf_charter_options *, struct sink *, struct diags *d);

#endif
