/*
 * Nearest-word suggestions for unknown keys and ids (see suggest.h).
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "suggest.h"

/*
 * Levenshtein distance between a and b (bytes), with one row of memory.
 * Inputs longer than 64 bytes are not compared: ids and keys are shorter.
 */
static size_t
suggest_distance(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j, prev, tmp;
	size_t	 row[65];

	if (la > 64 || lb > 64)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			row[j] = prev + (a[i - 1] != b[j - 1]);
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (tmp + 1 < row[j])
				row[j] = tmp + 1;
			prev = tmp;
		}
	}
	return row[lb];
}

const char *
suggest_nearest(const char *s, const char *const *words, size_t n)
{
	const char	*best = NULL;
	size_t		 i, d, bestd = (size_t)-1, limit;

	limit = strlen(s) / 3;
	if (limit < 2)
		limit = 2;
	for (i = 0; i < n; i++) {
		d = suggest_distance(s, words[i]);
		if (d < bestd) {
			bestd = d;
			best = words[i];
		}
	}
	return bestd <= limit ? best : NULL;
}
