/*
 * The characters of the content that the PDF cannot show, and leaves
 * out: those the theme's font lacks (a PDF/A file may not show a code
 * its font has no glyph for; pdf_font_drawn) and those beyond the BMP,
 * such as emoji (libharu's UTF-8 encoding has no codes for them). The
 * site shows both. One warning per text
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
