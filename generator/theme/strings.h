/*
 * Label strings: the words the outputs print around the content
 * ("Objectifs de cette action", "Atteint", "Bilan annuel {year}"), per
 * locale, from the theme's strings/<locale>.yaml. The layers of the theme
 * are merged key by key: the default theme defines every key, a theme
 * folder or the content's theme/ may override any; an unknown key there
 * is an error, with the nearest known key as a hint.
 */
#ifndef CLSPD_STRINGS_H
#define CLSPD_STRINGS_H

#include <stddef.h>

#include "theme.h"
#include "../util/diag.h"

struct strings {
	char	**keys;		/* in the default theme's order */
	char	**values;
	size_t	  n;
	char	**files;	/* paths of the files read, for positions */
	size_t	  nfiles;
};

/*
 * Loads the strings of locale ("fr", "en") from the theme's layers.
 * Problems are added to diags. Returns 0, or -1 when the default theme
 * itself has no strings for locale.
 */
int		 strings_load(struct strings *, const struct theme *,
		    const char *locale, struct diags *);
void		 strings_release(struct strings *);

/* The string for key; the key itself when there is none (a theme bug). */
const char	*strings_get(const struct strings *, const char *key);

#endif
