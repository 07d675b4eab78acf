/*
 * Nearest-word suggestions for unknown keys and ids (see suggest.h).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "suggest.h"

/*
 * Edit distance between a and b (bytes) where inserting, deleting or
 * replacing a character, or swapping two neighbours ("etta" for "etat"),
 * each count one (the optimal string alignment distance). Inputs longer
 * than 64 bytes are not compared: ids and keys are shorter.
 */
static size_t
suggest_distance(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j, cost, best;
	size_t	 d[65][65];

	if (la > 64 || lb > 64)
		return (size_t)-1;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			cost = a[i - 1] != b[j - 1];
			best = d[i - 1][j - 1] + cost;
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb];
}

const char *
suggest_nearest(const char *s, const char *const *words, size_t n)
{
	const char	*best = NULL;
	size_t		 i, d, bestd = (size_t)-1, limit, len, wl;

	/* One edit in three letters, at least one: "de" suggests nothing. */
	limit = (strlen(s) + 1) / 3;
	if (limit < 1)
		limit = 1;
	/* The same word in another case ("PAEJ" for "paej") first. */
	for (i = 0; i < n; i++)
		if (strcasecmp(s, words[i]) == 0)
			return words[i];
	len = strlen(s);
	for (i = 0; i < n; i++) {
		/* Lengths further apart than the limit cannot be near. */
		wl = strlen(words[i]);
		if ((wl > len ? wl - len : len - wl) > limit)
			continue;
		d = suggest_distance(s, words[i]);
		if (d < bestd) {
			bestd = d;
			best = words[i];
		}
	}
	return bestd <= limit ? best : NULL;
}
