/*
 * qsort for arrays that may be empty: qsort's first argument must not be
 * NULL even when there is nothing to sort (C11 7.22.5), and an empty
 * array here is often a NULL pointer.
 */
#ifndef CLSPD_SORT_H
#define CLSPD_SORT_H

#include <stdlib.h>

static inline void
sort_array(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

/* The same with a context for the comparison (no global needed). */
static inline void
sort_array_r(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *, void *), void *arg)
{
	if (n > 1)
		qsort_r(base, n, size, cmp, arg);
}

#endif
