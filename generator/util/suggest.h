/*
 * "Did you mean" hints: the nearest of a list of known words.
 */
#ifndef CLSPD_SUGGEST_H
#define CLSPD_SUGGEST_H

#include <stddef.h>

/*
 * Returns the word of words[0..n) nearest to s by edit distance, when it
 * is near enough to be a plausible typo (one edit in three letters, at
 * least one edit allowed), or NULL. The result points into words.
 */
const char	*suggest_nearest(const char *s, const char *const *words,
		    size_t n);

#endif
