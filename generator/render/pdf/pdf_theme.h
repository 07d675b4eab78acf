/*
 * The PDFs' part of the theme: pdf/style.yaml, read key by key across
 * the layers like the label strings (the default first, then each theme
 * folder, the first layer winning), so that a commune changes its accent
 * colour or its fonts without copying the rest.
 */
#ifndef CLSPD_PDF_THEME_H
#define CLSPD_PDF_THEME_H

#include <stdint.h>

#include "../../theme/theme.h"
#include "../../util/diag.h"
#include "backend/pdf_font.h"

struct pdf_theme {
	uint32_t	 accent, accent_dark, accent_light;	/* 0xRRGGBB */
	char		*fonts[PDF_FACE__MAX];	/* paths of .ttf files */
	struct pos	 font_pos[PDF_FACE__MAX];	/* where each was set */
	int		 font_builtin[PDF_FACE__MAX];
	char		*files[THEME_MAX_LAYERS + 1];	/* kept for diags */
	size_t		 nfiles;
};

/*
 * The keys of pdf/style.yaml, NULL-terminated, in the order of the
 * default file: PDF_THEME_COLOURS colours written "#RRGGBB", then the
 * paths of the TrueType fonts. `clspd schema` describes them from here.
 */
extern const char *const pdf_theme_keys[];
#define PDF_THEME_COLOURS 3

/*
 * Reads pdf/style.yaml from every layer of t. Mistakes (an unknown key,
 * a colour that is not #RRGGBB, a font file that does not exist) are
 * errors in d at their position. Returns 0, or -1 when the default
 * theme's own file is missing.
 */
int	 pdf_theme_load(struct pdf_theme *, const struct theme *,
	    struct diags *);
void	 pdf_theme_release(struct pdf_theme *);

#endif
