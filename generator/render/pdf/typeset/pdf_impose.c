/*
 * Saddle-stitch imposition (see pdf_impose.h).
 */
#include "pdf_impose.h"

size_t
pdf_impose_slots(size_t n)
{
	return n == 0 ? 4 : (n + 3) / 4 * 4;
}

long
pdf_impose_page(size_t n, size_t slot)
{
	size_t	 N = pdf_impose_slots(n);

	if (n == 0 || slot >= N)
		return -1;
	/* One page is a cover: the front. */
	if (n == 1)
		return slot == 0 ? 0 : -1;
	if (slot == N - 1)
		return (long)(n - 1);
	if (slot < n - 1)
		return (long)slot;
	return -1;
}

void
pdf_impose_side(size_t N, size_t s, size_t *left, size_t *right)
{
	size_t	 k = s / 2;		/* the sheet, from the outside */

	if (s % 2 == 0) {
		/* Front: the outer page on the left, its facing page right. */
		*left = N - 1 - 2 * k;
		*right = 2 * k;
	} else {
		*left = 2 * k + 1;
		*right = N - 2 - 2 * k;
	}
}
