/*
 * WCAG 2.1 contrast between a theme's colours: a pair that a reader with
 * low vision cannot tell apart (below 4.5:1 for text, 3:1 for large text
 * and for the charts' marks against the page) is a warning at the key
 * that set it, not an error: the commune's colours are its own choice.
 */
#ifndef CLSPD_CONTRAST_H
#define CLSPD_CONTRAST_H

#include <stdint.h>

#include "../util/diag.h"
#include "pdf_theme.h"
#include "theme.h"

/* The contrast ratio of two colours 0xRRGGBB, from 1 to 21 (WCAG 2.1). */
double	 contrast_ratio(uint32_t, uint32_t);

/*
 * Warns in d about each pair of t's colours that the PDFs draw one on
 * the other and that fails its WCAG minimum, at the position of the key
 * set by the most specific layer of the two.
 */
void	 contrast_check_pdf(const struct pdf_theme *t, struct diags *d);

/*
 * Warns in d about the site's colours, read from the theme's style
 * sheets (custom properties written #rrggbb or #rgb): white text on
 * --accent (the header, links on white) and on --accent-dark (the
 * menu), --ink (site.css) on --accent-tint (identity.css), each at the
 * identity.css declaration to change.
 */
void	 contrast_check_site(const struct theme *th, struct diags *d);

#endif
