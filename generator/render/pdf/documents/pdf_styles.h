/*
 * The look of the two documents that the typesetting engine takes as
 * parameters (struct pdf_style, pdf_layout.h): page sizes, margins, type
 * sizes. Their accent colours come from the theme (pdf_theme.h).
 */
#ifndef CLSPD_PDF_STYLES_H
#define CLSPD_PDF_STYLES_H

#include "../typeset/pdf_layout.h"

/* The A4 report's style; the A5 charter booklet's, larger type. */
extern const struct pdf_style pdf_style_a4;
extern const struct pdf_style pdf_style_a5;

/*
 * The line spacing (× the size) of texts set outside the flow: labels,
 * covers' lines, contacts, feet of pages.
 */
#define PDF_LEADING	1.3f

#endif
