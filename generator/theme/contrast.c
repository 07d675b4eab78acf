/*
 * WCAG 2.1 contrast (see contrast.h).
 */
#include <math.h>
#include <stdio.h>

#include "../util/i18n.h"
#include "contrast.h"

/* The PDFs' page: white paper, which no theme key sets. */
#define PAGE	(-1)
#define PAGE_COLOUR	0xFFFFFFu

/* A pair the PDFs draw: fg on bg (a key, or PAGE), and its minimum. */
struct pair {
	int	 fg, bg;
	int	 chart;		/* 3:1 (a chart's mark), else 4.5:1 (text) */
};

static const struct pair pdf_pairs[] = {
	{ PDF_TEXT, PAGE, 0 },
	{ PDF_MUTED, PAGE, 0 },
	{ PDF_ACCENT, PAGE, 0 },		/* small labels */
	{ PDF_ACCENT_DARK, PAGE, 0 },		/* headings */
	{ PDF_TEXT, PDF_ACCENT_LIGHT, 0 },	/* tables' heads */
	{ PDF_ACCENT_DARK, PDF_FILL, 0 },	/* key figures */
	{ PDF_MUTED, PDF_FILL, 0 },		/* their labels */
	{ PDF_ON_ACCENT, PDF_ACCENT_DARK, 0 },	/* the covers' titles */
	{ PDF_ON_ACCENT, PDF_ACCENT, 0 },	/* the charter's numbers */
	{ PDF_ACCENT_LIGHT, PDF_ACCENT_DARK, 0 },	/* the cover's place */
	{ PDF_CHART_BAR, PAGE, 1 },
	{ PDF_CHART_TARGET, PAGE, 1 },
};

/* sRGB channel 0..255 to linear light (WCAG 2.1's relative luminance). */
static double
channel(uint32_t c)
{
	double	 v = (double)(c & 0xFF) / 255.0;

	return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double
luminance(uint32_t rgb)
{
	return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) +
	    0.0722 * channel(rgb);
}

double
contrast_ratio(uint32_t a, uint32_t b)
{
	double	 la = luminance(a), lb = luminance(b);

	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) /
	    (la + 0.05);
}

/*
 * How specific the layer that set key is: the index of its file among
 * those read (the default first, the content's theme/ last), -1 for
 * the page.
 */
static int
layer_of(const struct pdf_theme *t, int key)
{
	size_t	 i;

	if (key == PAGE)
		return -1;
	for (i = 0; i < t->nfiles; i++)
		if (t->colour_pos[key].file == t->files[i])
			return (int)i;
	return 0;
}

static uint32_t
colour_of(const struct pdf_theme *t, int key)
{
	return key == PAGE ? PAGE_COLOUR : t->colour[key];
}

/*
 * Whether the colour of luminance lk should get darker (else lighter)
 * to reach min against the one of luminance lo: the way it already
 * goes, unless only the other way can get there (black text on a dark
 * band never reaches 4.5:1, however dark).
 */
static int
darker_helps(double lk, double lo, double min)
{
	double	 best_dark = (lo + 0.05) / 0.05;	/* black against lo */
	double	 best_light = 1.05 / (lo + 0.05);	/* white against lo */

	if (best_dark < min && best_light < min)
		return best_dark > best_light;
	if (best_dark < min || best_light < min)
		return best_dark >= min;
	return lk < lo;
}

/* key's name quoted, or "the page", in out. */
static const char *
name(int key, char *out, size_t size)
{
	if (key == PAGE)
		return _("the white page");
	snprintf(out, size, _("'%s'"), pdf_theme_keys[key]);
	return out;
}

static void
warn_pair(const struct pdf_theme *t, const struct pair *p, double ratio,
    struct diags *d)
{
	char	 fg[8], bg[8], nf[32], nb[32], nk[32];
	int	 key, other, darker, hundredths = (int)floor(ratio * 100);

	key = layer_of(t, p->bg) > layer_of(t, p->fg) ? p->bg : p->fg;
	other = key == p->fg ? p->bg : p->fg;
	snprintf(fg, sizeof(fg), "#%06X", (unsigned)colour_of(t, p->fg));
	snprintf(bg, sizeof(bg), "#%06X", (unsigned)colour_of(t, p->bg));
	darker = darker_helps(luminance(colour_of(t, key)),
	    luminance(colour_of(t, other)), p->chart ? 3.0 : 4.5);
	/*
	 * Each message names the pair and the ratio (its whole part and
	 * hundredths: the decimal separator is the translation's), and
	 * what to do with the key warned about.
	 */
#define PAIR	name(p->fg, nf, sizeof(nf)), fg, name(p->bg, nb, sizeof(nb)), \
	    bg, hundredths / 100, hundredths % 100, name(key, nk, sizeof(nk))
	if (!p->chart && darker)
		diag_warning(d, t->colour_pos[key], _("%s (%s) on %s (%s) has a "
		    "contrast of %d.%02d:1, below the 4.5:1 that text needs: "
		    "choose a darker %s"), PAIR);
	else if (!p->chart)
		diag_warning(d, t->colour_pos[key], _("%s (%s) on %s (%s) has a "
		    "contrast of %d.%02d:1, below the 4.5:1 that text needs: "
		    "choose a lighter %s"), PAIR);
	else if (darker)
		diag_warning(d, t->colour_pos[key], _("%s (%s) on %s (%s) has a "
		    "contrast of %d.%02d:1, below the 3:1 that a chart's marks "
		    "need: choose a darker %s"), PAIR);
	else
		diag_warning(d, t->colour_pos[key], _("%s (%s) on %s (%s) has a "
		    "contrast of %d.%02d:1, below the 3:1 that a chart's marks "
		    "need: choose a lighter %s"), PAIR);
#undef PAIR
}

void
contrast_check_pdf(const struct pdf_theme *t, struct diags *d)
{
	const struct pair	*p;
	double			 ratio;
	size_t			 i;

	for (i = 0; i < sizeof(pdf_pairs) / sizeof(pdf_pairs[0]); i++) {
		p = &pdf_pairs[i];
		if (t->colour_pos[p->fg].file == NULL || (p->bg != PAGE &&
		    t->colour_pos[p->bg].file == NULL))
			continue;	/* an error said why */
		ratio = contrast_ratio(colour_of(t, p->fg), colour_of(t, p->bg));
		if (ratio < (p->chart ? 3.0 : 4.5))
			warn_pair(t, p, ratio, d);
	}
}
