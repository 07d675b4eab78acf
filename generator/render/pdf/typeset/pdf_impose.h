/*
 * Saddle-stitch imposition: the pages of a booklet put two by two on
 * the sides of sheets that, printed on both sides, stacked, folded in
 * the middle and stapled on the fold, read in order.
 *
 * A booklet of n pages takes N = n rounded up to a multiple of four
 * slots; the missing N − n pages are blank and go before the last page,
 * the back cover, which stays on the outside (a single page is a front
 * cover, with three blanks after it). Side s (0 to N/2 − 1) is
 * the front (s even) or the back (s odd) of sheet s / 2; for 8 slots the
 * sides read 8|1, 2|7, 6|3, 4|5 (1-based slots, left|right).
 */
#ifndef CLSPD_PDF_IMPOSE_H
#define CLSPD_PDF_IMPOSE_H

#include <stddef.h>

/* The number of slots for n pages: n rounded up to a multiple of 4. */
size_t	 pdf_impose_slots(size_t n);

/*
 * The page (0-based) in slot (0-based) of a booklet of n pages, or -1
 * for a blank slot.
 */
long	 pdf_impose_page(size_t n, size_t slot);

/* The slots (0-based) on the left and the right of side s of N slots. */
void	 pdf_impose_side(size_t N, size_t s, size_t *left, size_t *right);

#endif
