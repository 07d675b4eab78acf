/*
 * The PDFs' part of the theme: pdf/style.yaml, read key by key across
 * the layers like the label strings (the default first, then each theme
 * folder, the first layer winning), so that a commune changes its accent
 * colour or its fonts without copying the rest. Every colour the PDFs
 * draw comes from here: the renderers hold none of their own.
 */
#ifndef CLSPD_PDF_THEME_H
#define CLSPD_PDF_THEME_H

#include <stdint.h>

#include "../util/diag.h"
#include "theme.h"

/* The faces of a PDF's type, one TrueType file each. */
enum pdf_face {
	PDF_REGULAR,
	PDF_BOLD,
	PDF_ITALIC,
	PDF_BOLD_ITALIC,
	PDF_HEADING,		/* a heavier weight, for titles */
	PDF_FACE__MAX
};

/* The colours of pdf/style.yaml, in the order of pdf_theme_keys. */
enum pdf_colour {
	PDF_ACCENT,		/* titles' rules, charts' current bar */
	PDF_ACCENT_DARK,	/* the covers' band, headings */
	PDF_ACCENT_LIGHT,	/* tints: table heads, the cover's lines */
	PDF_ON_ACCENT,		/* text on the accent and its dark shade */
	PDF_TEXT,		/* body text, on the white page */
	PDF_MUTED,		/* notes, axes, captions */
	PDF_RULE,		/* hairlines, the charts' grid */
	PDF_FILL,		/* light backgrounds */
	PDF_CHART_BAR,		/* the charts' other bars */
	PDF_CHART_TARGET,	/* the years chart's target marks */
	PDF_COLOUR__MAX
};

struct pdf_theme {
	uint32_t	 colour[PDF_COLOUR__MAX];	/* 0xRRGGBB */
	struct pos	 colour_pos[PDF_COLOUR__MAX];	/* where each was set */
	char		*fonts[PDF_FACE__MAX];	/* paths of .ttf files */
	struct pos	 font_pos[PDF_FACE__MAX];	/* where each was set */
	int		 font_builtin[PDF_FACE__MAX];
	char		*files[THEME_MAX_LAYERS + 1];	/* kept for diags */
	size_t		 nfiles;
};

/*
 * The keys of pdf/style.yaml, NULL-terminated, in the order of the
 * default file: PDF_THEME_COLOURS colours written "#RRGGBB" (enum
 * pdf_colour), then the paths of the TrueType fonts (enum pdf_face).
 * `clspd schema` describes them from here.
 */
extern const char *const pdf_theme_keys[];
#define PDF_THEME_COLOURS PDF_COLOUR__MAX

/*
 * Reads pdf/style.yaml from every layer of t. Mistakes (an unknown key,
 * a colour that is not #RRGGBB) are errors in d at their position. The
 * colours' contrast is checked by contrast_check_pdf (contrast.h), the
 * font files by the PDF renderer (pdf_theme_fonts_check): here they are
 * only named. Returns 0, or -1 when the default theme's own
 * file is missing.
 */
int	 pdf_theme_load(struct pdf_theme *, const struct theme *,
	    struct diags *);
void	 pdf_theme_release(struct pdf_theme *);

/*
 * The value of a hexadecimal digit, or -1: the colours of the PDF style
 * and of the site's identity.css (contrast.c) are read with it.
 */
int	 pdf_theme_hex_digit(int c);

#endif
