/*
 * WCAG 2.1 contrast (see contrast.h).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* One colour of a pair: its name as printed, its value. */
struct side {
	const char	*name;
	uint32_t	 rgb;
};

/*
 * Warns at `at` that fg on bg fails its minimum (chart: 3:1, else
 * 4.5:1), telling to change key (fg or bg, the one set at `at`).
 */
static void
warn(struct diags *d, struct pos at, const struct side *fg,
    const struct side *bg, const struct side *key, int chart)
{
	const struct side	*other = key == fg ? bg : fg;
	char			 f[8], b[8];
	int			 darker, hundredths;

	hundredths = (int)floor(contrast_ratio(fg->rgb, bg->rgb) * 100);
	snprintf(f, sizeof(f), "#%06X", (unsigned)fg->rgb);
	snprintf(b, sizeof(b), "#%06X", (unsigned)bg->rgb);
	darker = darker_helps(luminance(key->rgb), luminance(other->rgb),
	    chart ? 3.0 : 4.5);
	/*
	 * Each message names the pair and the ratio (its whole part and
	 * hundredths: the decimal separator is the translation's), and
	 * what to do with the key warned about.
	 */
#define PAIR	fg->name, f, bg->name, b, hundredths / 100, hundredths % 100, \
	    key->name
	if (!chart && darker)
		diag_warning(d, at, _("%s (%s) on %s (%s) has a contrast of "
		    "%d.%02d:1, below the 4.5:1 that text needs: choose a "
		    "darker %s"), PAIR);
	else if (!chart)
		diag_warning(d, at, _("%s (%s) on %s (%s) has a contrast of "
		    "%d.%02d:1, below the 4.5:1 that text needs: choose a "
		    "lighter %s"), PAIR);
	else if (darker)
		diag_warning(d, at, _("%s (%s) on %s (%s) has a contrast of "
		    "%d.%02d:1, below the 3:1 that a chart's marks need: "
		    "choose a darker %s"), PAIR);
	else
		diag_warning(d, at, _("%s (%s) on %s (%s) has a contrast of "
		    "%d.%02d:1, below the 3:1 that a chart's marks need: "
		    "choose a lighter %s"), PAIR);
#undef PAIR
}

/* A colour of the PDF style as a side: its key quoted, or the page. */
static struct side
pdf_side(const struct pdf_theme *t, int key, char *buf, size_t size)
{
	struct side	 s = { _("the white page"), PAGE_COLOUR };

	if (key != PAGE) {
		snprintf(buf, size, _("'%s'"), pdf_theme_keys[key]);
		s.name = buf;
		s.rgb = t->colour[key];
	}
	return s;
}

static void
warn_pair(const struct pdf_theme *t, const struct pair *p,
    struct diags *d)
{
	char		 nf[32], nb[32];
	struct side	 fg = pdf_side(t, p->fg, nf, sizeof(nf));
	struct side	 bg = pdf_side(t, p->bg, nb, sizeof(nb));
	int		 onbg = layer_of(t, p->bg) > layer_of(t, p->fg);

	warn(d, t->colour_pos[onbg ? p->bg : p->fg], &fg, &bg, onbg ? &bg :
	    &fg, p->chart);
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
		ratio = contrast_ratio(t->colour[p->fg], p->bg == PAGE ?
		    PAGE_COLOUR : t->colour[p->bg]);
		if (ratio < (p->chart ? 3.0 : 4.5))
			warn_pair(t, p, d);
	}
}

/*
 * The site's colours: custom properties written "--name: #rrggbb" (or
 * "#rgb") in a style sheet of the theme, the last one of a name winning
 * as in CSS. Anything else (a colour by name, rgb(), var()) is left to
 * the browser: not checked.
 */
struct css_colour {
	const char	*name;		/* "--accent" */
	uint32_t	 rgb;
	struct pos	 pos;		/* pos.file NULL: not found */
};

/* "#rrggbb" or "#rgb" at s (not followed by a hex digit) into *rgb. */
static int
css_hex(const char *s, const char *end, uint32_t *rgb)
{
	size_t	 n, i;

	for (n = 0; s + 1 + n < end &&
	    pdf_theme_hex_digit((unsigned char)s[1 + n]) >= 0; n++)
		;
	if (*s != '#' || (n != 6 && n != 3))
		return -1;
	*rgb = 0;
	for (i = 0; i < 6; i++)
		*rgb = *rgb << 4 | (uint32_t)pdf_theme_hex_digit(
		    (unsigned char)s[1 + (n == 3 ? i / 2 : i)]);
	return 0;
}

/* Whether "--name" is declared at s, with a colour: sets c. */
static void
css_declaration(const char *s, const char *end, struct css_colour *c,
    struct pos at)
{
	size_t		 n = strlen(c->name);
	const char	*v = s + n;

	if ((size_t)(end - s) <= n || strncmp(s, c->name, n) != 0 ||
	    *v == '-' || isalnum((unsigned char)*v))
		return;
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	if (v >= end || *v++ != ':')
		return;
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	at.col += (int)(v - s);
	if (v < end && css_hex(v, end, &c->rgb) == 0)
		c->pos = at;
}

/* Moves at past the character that starts at s. */
static void
advance(struct pos *at, const char *s)
{
	if (*s == '\n') {
		at->line++;
		at->col = 1;
	} else if (((unsigned char)*s & 0xC0) != 0x80)
		at->col++;
}

/* Finds the colours of vars in a style sheet, comments left out. */
static void
css_scan(const char *file, const char *data, size_t len,
    struct css_colour *vars, size_t n)
{
	const char	*s = data, *end = data + len;
	struct pos	 at = { file, 1, 1 };
	const char	*open = NULL;	/* the comment's start, if in one */
	size_t		 i;

	for (; s < end; advance(&at, s++)) {
		if (open == NULL && s + 1 < end && s[0] == '/' && s[1] == '*')
			open = s;
		else if (open != NULL && s >= open + 3 && s[-1] == '*' &&
		    s[0] == '/')
			open = NULL;
		else if (open == NULL && s + 1 < end && s[0] == '-' &&
		    s[1] == '-')
			for (i = 0; i < n; i++)
				css_declaration(s, end, &vars[i], at);
	}
}

/* Reads path's colours from the first layer of th that has the file. */
static void
css_read(const struct theme *th, const char *path, struct css_colour *vars,
    size_t n)
{
	struct buf	 b = BUF_INIT;
	struct theme_file f = { NULL, 0, NULL };

	if (theme_find(th, path, 0, &b, &f) >= 0)
		css_scan(theme_keep(th, f.where), f.data, f.len, vars, n);
	free(f.where);
	buf_release(&b);
}

void
contrast_check_site(const struct theme *th, struct diags *d)
{
	struct css_colour	 id[] = { { "--accent", 0, { NULL, 0, 0 } },
				    { "--accent-dark", 0, { NULL, 0, 0 } },
				    { "--accent-tint", 0, { NULL, 0, 0 } } };
	struct css_colour	 ink = { "--ink", 0, { NULL, 0, 0 } };
	struct side		 white = { _("white"), 0xFFFFFF }, v[3], t;
	char			 names[3][32], inkname[32];
	size_t			 i;

	css_read(th, "assets/css/identity.css", id, 3);
	css_read(th, "assets/css/site.css", &ink, 1);
	for (i = 0; i < 3; i++) {
		snprintf(names[i], sizeof(names[i]), _("'%s'"), id[i].name);
		v[i] = (struct side){ names[i], id[i].rgb };
	}
	/* White text on the header and the badges (accent), the menu. */
	for (i = 0; i < 2; i++)
		if (id[i].pos.file != NULL &&
		    contrast_ratio(white.rgb, v[i].rgb) < 4.5)
			warn(d, id[i].pos, &white, &v[i], &v[i], 0);
	/* The text on the tint: tags, the current year's row. */
	snprintf(inkname, sizeof(inkname), _("'%s'"), ink.name);
	t = (struct side){ inkname, ink.rgb };
	if (id[2].pos.file != NULL && ink.pos.file != NULL &&
	    contrast_ratio(t.rgb, v[2].rgb) < 4.5)
		warn(d, id[2].pos, &t, &v[2], &v[2], 0);
}
