/*
 * The characters of the content that the PDF cannot show, and leaves
 * out: those the theme's font lacks (a PDF/A file may not show a code
 * its font has no glyph for; pdf_font_drawn), those beyond the BMP,
 * such as emoji (libharu's UTF-8 encoding has no codes for them), and
 * the letters of right-to-left scripts (Hebrew, Arabic: the typesetter
 * has no bidirectional layout nor shaping, and would print them
 * unjoined and reversed). The site shows them all. One warning per text
 * and reason names the characters it is the first to use (each is
 * named once). Invisible characters (zero-width joiners, soft hyphens,
 * direction marks) are left out without a word.
 */
#ifndef CLSPD_PDF_COVERAGE_H
#define CLSPD_PDF_COVERAGE_H

#include "../../../load/model.h"
#include "../../../util/diag.h"
#include "../../../theme/pdf_theme.h"

void	 pdf_coverage_check(const struct model *, const struct pdf_theme *,
	    struct diags *);

#endif
