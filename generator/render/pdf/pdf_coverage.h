/*
 * The characters of the content that the PDF cannot show: those the
 * theme's font lacks (libharu draws an empty box) and those beyond the
 * BMP, such as emoji (libharu's UTF-8 encoding has no codes for them:
 * the PDF leaves them out). The site shows both. One warning per text
 * names the characters it is the first to use (each is named once).
 */
#ifndef CLSPD_PDF_COVERAGE_H
#define CLSPD_PDF_COVERAGE_H

#include "../../load/model.h"
#include "../../util/diag.h"
#include "pdf_theme.h"

void	 pdf_coverage_check(const struct model *, const struct pdf_theme *,
	    struct diags *);

#endif
