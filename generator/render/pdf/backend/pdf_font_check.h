/*
 * The TrueType validator: a theme's fonts come from the content folder,
 * so they are input like any other file, but libharu reads them without
 * checking offsets, counts or glyph indices (a font with 0 units per em
 * divides by zero; one with 0 glyphs corrupts the heap). Every table
 * that libharu or clspd reads is checked here first, on the file's
 * bytes, with no library: pdf_theme_fonts_check refuses a font that
 * fails, at its key in pdf/style.yaml, before libharu ever opens it.
 */
#ifndef CLSPD_PDF_FONT_CHECK_H
#define CLSPD_PDF_FONT_CHECK_H

#include <stddef.h>

#include "../../../theme/pdf_theme.h"
#include "../../../util/diag.h"

/* The longest PostScript name a PDF gets from clspd. */
#define PDF_FONT_NAME_MAX	63

/*
 * Checks the TrueType font data[0..len). Returns 0 when libharu can load,
 * measure, subset and embed it and clspd can read it; else -1, with why
 * set to a phrase in plain words (translated) that completes "the font
 * is damaged: ", such as "its 'head' table gives 0 units per em".
 */
int	 pdf_font_check(const unsigned char *data, size_t len, char *why,
	    size_t whysize);

/*
 * The PostScript name a PDF may name the font by, from raw (the name
 * libharu read from the font's 'name' table, NUL-terminated): raw without
 * the bytes a PostScript name may not hold (controls, spaces, non-ASCII
 * and ()[]{}<>/%), at most PDF_FONT_NAME_MAX bytes; when nothing is
 * left, the same made from the base of path without ".ttf", and else
 * "Font". out has room for PDF_FONT_NAME_MAX + 1 bytes.
 */
void	 pdf_font_ps_name(const char *raw, const char *path,
	    char out[PDF_FONT_NAME_MAX + 1]);

/*
 * Checks the font files that t names (pdf_theme_load): each must exist
 * and be a whole TrueType font. Each that is not is an error in d at its
 * key, and is dropped from t (set to NULL), so that nothing loads it.
 */
void	 pdf_theme_fonts_check(struct pdf_theme *t, struct diags *d);

#endif
