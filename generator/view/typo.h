/*
 * French typography: no-break spaces where French wants them, applied to
 * the text people read, never to identifiers or URLs (the numbers' own
 * rules: docs/format.md, "Numbers"; the rest is said here).
 *
 * - a narrow no-break space (U+202F) before ; ! ? and %, and between
 *   groups of thousands written with a space ("1 512");
 * - a no-break space (U+00A0) before : and €, and inside « »;
 * - English curly double quotes (from Markdown's smart punctuation or
 *   typed) become « » with their no-break spaces;
 * - a straight apostrophe between two letters (l'espace) becomes the
 *   typographic one (U+2019), as in Markdown, for texts from YAML.
 * A plain space in those places is replaced; where the author wrote no
 * space at all, one is inserted.
 */
#ifndef CLSPD_TYPO_H
#define CLSPD_TYPO_H

#include <stddef.h>
#include <stdint.h>

#include <cmark.h>

#include "../util/buf.h"

/*
 * Appends s[0..len) to out with French typography. *prev is the code
 * point written just before s (0 at the start of a block) and is updated
 * to the last one written, so that text split into several pieces (as
 * Markdown inlines are) is treated as one.
 */
void	 typo_french(struct buf *out, const char *s, size_t len,
	    uint32_t *prev);

/* The same for a whole string; the caller frees the result. */
char	*typo_french_string(const char *s);

/*
 * Applies typo_french to every text node of a Markdown document, in
 * place, treating the inlines of each block as one text.
 */
void	 typo_french_markdown(cmark_node *doc);

#endif
