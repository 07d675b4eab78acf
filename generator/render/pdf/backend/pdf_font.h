/*
 * The fonts of a PDF: TrueType files embedded by libharu in its UTF-8
 * mode, and their advance widths cached per code point so that line
 * breaking measures text with table lookups, not library calls.
 *
 * libharu's UTF-8 mode writes a ToUnicode "CMap" that is a copy of its
 * encoding CMap (a begincidrange, which a ToUnicode map may not hold):
 * poppler warns and other readers may not extract text. The codes it
 * writes are the UTF-16 units of the text (Basic Multilingual Plane
 * only), so pdf_fonts_load replaces that stream with an identity
 * ToUnicode map (bfrange), which every reader understands.
 */
#ifndef CLSPD_PDF_FONT_H
#define CLSPD_PDF_FONT_H

#include <stddef.h>
#include <stdint.h>

#include <hpdf.h>

struct diags;

#include "../../../theme/pdf_theme.h"	/* enum pdf_face */

/* In a font's widths: not known yet; no glyph in the font. */
#define PDF_WIDTH_UNKNOWN	UINT16_MAX
#define PDF_WIDTH_NO_GLYPH	(UINT16_MAX - 1)

struct pdf_font {
	HPDF_Font	 hpdf;
	uint16_t	*widths;	/* 65536 entries, 1/1000 em, or above */
	int		 ascent;	/* 1/1000 em */
	int		 descent;	/* negative */
};

struct pdf_fonts {
	struct pdf_font	 f[PDF_FACE__MAX];
};

/*
 * Loads the TrueType files paths[face] into pdf (which must be in UTF-8
 * mode: HPDF_UseUTFEncodings), embedded. Returns 0, or -1 after adding
 * to d which file failed (an error at line 0 of that file). The report
 * and the charter booklet load the same files: the build prints their
 * lists together, each message once (diags_unique).
 */
int	 pdf_fonts_load(struct pdf_fonts *, HPDF_Doc pdf,
	    const char *const paths[PDF_FACE__MAX], struct diags *d);
void	 pdf_fonts_release(struct pdf_fonts *);

/*
 * The advance of code point cp, in 1/1000 em: 0 beyond the BMP, for an
 * invisible character (utf8_invisible), for a letter of a right-to-left
 * script (the typesetter has no bidirectional layout nor Arabic shaping:
 * it would print the letters unjoined, in reverse order) and for a
 * character the font has no glyph for (a PDF/A file may not show a code
 * its font lacks). None of them is drawn; pdf_coverage.h warns.
 */
unsigned pdf_font_advance(struct pdf_font *, uint32_t cp);
/*
 * Whether cp, measured before with pdf_font_advance (which the backend
 * does for every character it draws), has a glyph: a lookup, safe from
 * several threads.
 */
int	 pdf_font_drawn(const struct pdf_font *, uint32_t cp);

/*
 * Completes the font's subset before the file is written: every part of
 * a composite glyph libharu will embed, and the parts of those parts.
 * libharu flags the parts of a glyph it measures only when that glyph
 * was not flagged already, and not their own parts: a font made of
 * composites (DejaVu's "έ", "ǻ") printed letters without their accents,
 * or blank. Returns 0, or -1 when the font's data cannot be read.
 */
int	 pdf_font_close_glyphs(struct pdf_font *);

/* The width of s[0..len) at size, in points. */
double	 pdf_font_width(struct pdf_font *, const char *s, size_t len,
	    double size);
/*
 * The same, measured only until it passes cap: the exact width when it
 * is at most cap (then *whole is 1), else a width above cap (*whole 0).
 * The line breaker measures the rest of a split word with it, so that a
 * word of megabytes costs a line's worth of measuring per line.
 */
double	 pdf_font_width_capped(struct pdf_font *, const char *s, size_t len,
	    double size, double cap, int *whole);

/* The default faces: Lato from Debian's fonts-lato. */
extern const char *const pdf_fonts_lato[PDF_FACE__MAX];

#endif
