/*
 * French hyphenation with libhyphen and Debian's hyphen-fr patterns
 * (the TeX patterns of LibreOffice). Only words that do not fit are
 * hyphenated, so this is called rarely.
 */
#ifndef CLSPD_PDF_HYPH_H
#define CLSPD_PDF_HYPH_H

#include <stddef.h>

#include "../../../util/diag.h"

#define PDF_HYPH_FR "/usr/share/hyphen/hyph_fr.dic"

struct pdf_hyph;

/* Loads the patterns at path; NULL (told in d) when they cannot be read. */
struct pdf_hyph	*pdf_hyph_open(const char *path, struct diags *d);
void		 pdf_hyph_close(struct pdf_hyph *);

/*
 * Marks in points[0..len) where the word s[0..len) may be broken:
 * points[i] = 1 when a hyphen may go after byte i. The word may hold
 * punctuation, apostrophes and no-break spaces: only its runs of letters
 * are hyphenated, at least 2 letters before a break and 3 after. After
 * an explicit hyphen or a slash, points[i] = 2 (a break with no hyphen
 * added). Returns the number of points.
 */
size_t		 pdf_hyph_points(struct pdf_hyph *, const char *s,
		    size_t len, char *points);

#endif
