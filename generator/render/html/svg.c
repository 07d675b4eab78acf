/*
 * Inline SVG charts (see svg.h). Coordinates are in a fixed viewBox; the
 * CSS scales the picture to its column.
 */
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "../../util/escape.h"
#include "svg.h"

/* The years chart's box. */
#define YW	640.0
#define YH	280.0
#define YLEFT	56.0
#define YRIGHT	16.0
#define YTOP	36.0
#define YBOTTOM	36.0

/* The breakdown chart's rows. */
#define BW	640.0
#define BROW	48.0
#define BBAR	16.0
#define BTEXT	170.0	/* room kept right of the longest bar for its value */

/*
 * A printf for the charts' markup, knowing only %s, %.0f and %.1f: the
 * coordinates of 10,000 pages' charts went through libc's floating-point
 * printf, a third of the whole build; these are integer conversions.
 */
static void
svg_printf(struct buf *out, const char *fmt, ...)
{
	va_list		 ap;
	const char	*p, *s;
	char		 digits[32];
	long long	 v;
	double		 x;
	int		 tenths, n;

	va_start(ap, fmt);
	for (p = fmt; *p != '\0'; p++) {
		if (*p != '%') {
			s = p;
			while (p[1] != '\0' && p[1] != '%')
				p++;
			buf_put(out, s, (size_t)(p - s + 1));
			continue;
		}
		if (p[1] == 's') {
			buf_puts(out, va_arg(ap, const char *));
			p++;
			continue;
		}
		/* "%.0f" or "%.1f". */
		tenths = p[2] == '1';
		p += 3;
		x = va_arg(ap, double);
		v = llround(tenths ? x * 10 : x);
		if (v < 0) {
			buf_putc(out, '-');
			v = -v;
		}
		n = 0;
		do {
			digits[n++] = (char)('0' + v % 10);
			v /= 10;
		} while (v > 0 || (tenths && n < 2));
		while (n > 0) {
			buf_putc(out, digits[--n]);
			if (tenths && n == 1)
				buf_putc(out, '.');
		}
	}
	va_end(ap);
}

static void
put_text(struct buf *out, const char *s)
{
	if (s != NULL)
		escape_xml(out, s, strlen(s));
}

/* <svg …> with its title and description. */
static void
svg_open(struct buf *out, const struct chart *c, const char *id,
    const char *kind, double w, double h)
{
	svg_printf(out, "<svg class=\"chart chart-%s\" id=\"%s\" "
	    "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
	    "width=\"%.0f\" height=\"%.0f\" role=\"img\" "
	    "aria-labelledby=\"%s-t\" aria-describedby=\"%s-d\">"
	    "<title id=\"%s-t\">", kind, id, w, h, w, h, id, id, id);
	put_text(out, c->title);
	svg_printf(out, "</title><desc id=\"%s-d\">", id);
	put_text(out, c->desc);
	buf_puts(out, "</desc>");
}

/* The legend of the years chart: a bar, and the target marker if any. */
static void
years_legend(struct buf *out, const struct chart *c,
    const struct svg_labels *l)
{
	svg_printf(out, "<g class=\"legend\"><rect class=\"bar\" x=\"%.0f\" "
	    "y=\"8\" width=\"14\" height=\"14\" fill=\"#0f5e6e\"/>"
	    "<text x=\"%.0f\" y=\"20\">", YLEFT, YLEFT + 20);
	put_text(out, l->value);
	buf_puts(out, "</text>");
	if (c->has_target) {
		svg_printf(out, "<line class=\"target-halo\" x1=\"%.0f\" "
		    "y1=\"15\" x2=\"%.0f\" y2=\"15\" stroke=\"#fff\" "
		    "stroke-width=\"7\"/><line class=\"target\" x1=\"%.0f\" "
		    "y1=\"15\" x2=\"%.0f\" y2=\"15\" stroke=\"#1b1f24\" "
		    "stroke-width=\"3\"/><text x=\"%.0f\" y=\"20\">",
		    YLEFT + 140, YLEFT + 168, YLEFT + 140, YLEFT + 168,
		    YLEFT + 176);
		put_text(out, l->target);
		buf_puts(out, "</text>");
	}
	buf_puts(out, "</g>");
}

/* The horizontal grid and the scale's labels. */
static void
years_grid(struct buf *out, const struct chart *c)
{
	double	 ph = YH - YTOP - YBOTTOM, y;
	size_t	 i;

	buf_puts(out, "<g class=\"grid\">");
	for (i = 0; i < c->nticks; i++) {
		y = YTOP + ph * (1 - c->ticks[i].pos);
		svg_printf(out, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" "
		    "y2=\"%.1f\" stroke=\"#d5d9de\"/><text class=\"tick\" "
		    "x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">", YLEFT, y,
		    YW - YRIGHT, y, YLEFT - 8, y + 4);
		put_text(out, c->ticks[i].label);
		buf_puts(out, "</text>");
	}
	buf_puts(out, "</g>");
}

/* One year: its bar (or a dash), its value, its target, its label. */
static void
years_bar(struct buf *out, const struct chart *c, size_t i)
{
	const struct chart_bar	*b = &c->bars[i];
	double			 pw = YW - YLEFT - YRIGHT;
	double			 ph = YH - YTOP - YBOTTOM;
	double			 slot = pw / (double)c->nbars;
	double			 bw = slot * 0.55 > 72 ? 72 : slot * 0.55;
	double			 x = YLEFT + slot * (double)i + (slot - bw) / 2;
	double			 h = b->missing ? 0 : ph * b->height;
	double			 base = YTOP + ph, ty;

	svg_printf(out, "<g class=\"year%s\">", b->current ? " current" : "");
	if (!b->missing)
		svg_printf(out, "<rect class=\"bar%s\" x=\"%.1f\" y=\"%.1f\" "
		    "width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
		    b->current ? " bar-current" : "", x, base - h, bw, h,
		    b->current ? "#0f5e6e" : "#5d6b78");
	if (b->has_target) {
		ty = YTOP + ph * (1 - b->target);
		svg_printf(out, "<line class=\"target-halo\" x1=\"%.1f\" "
		    "y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#fff\" "
		    "stroke-width=\"7\"/><line class=\"target\" x1=\"%.1f\" "
		    "y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1b1f24\" "
		    "stroke-width=\"3\"/>", x - 8, ty, x + bw + 8, ty, x - 8,
		    ty, x + bw + 8, ty);
	}
	/* The value above the bar, and above its target when that is near. */
	ty = base - h - 8;
	if (b->has_target && YTOP + ph * (1 - b->target) - 8 < ty &&
	    YTOP + ph * (1 - b->target) > base - h - 24)
		ty = YTOP + ph * (1 - b->target) - 8;
	svg_printf(out, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" "
	    "text-anchor=\"middle\">", x + bw / 2, ty);
	put_text(out, b->value);
	svg_printf(out, "</text><text class=\"label\" x=\"%.1f\" y=\"%.1f\" "
	    "text-anchor=\"middle\">", x + bw / 2, base + 22);
	put_text(out, b->label);
	buf_puts(out, "</text></g>");
}

void
svg_chart_years(struct buf *out, const struct chart *c,
    const struct svg_labels *l, const char *id)
{
	size_t	 i;

	svg_open(out, c, id, "years", YW, YH);
	years_legend(out, c, l);
	years_grid(out, c);
	for (i = 0; i < c->nbars; i++)
		years_bar(out, c, i);
	svg_printf(out, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.0f\" "
	    "x2=\"%.0f\" y2=\"%.0f\" stroke=\"#1b1f24\"/></svg>", YLEFT,
	    YH - YBOTTOM, YW - YRIGHT, YH - YBOTTOM);
}

/* The hatching of the priority bar, defined once per chart. */
static void
breakdown_pattern(struct buf *out, const char *id)
{
	svg_printf(out, "<defs><pattern id=\"%s-hatch\" width=\"8\" "
	    "height=\"8\" patternUnits=\"userSpaceOnUse\" "
	    "patternTransform=\"rotate(45)\"><rect class=\"bar-priority\" "
	    "width=\"8\" height=\"8\" fill=\"#0f5e6e\"/><line x1=\"0\" "
	    "y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#fff\" stroke-width=\"3\"/>"
	    "</pattern></defs>", id);
}

static void
breakdown_row(struct buf *out, const struct chart *c,
    const struct svg_labels *l, const char *id, size_t i)
{
	const struct chart_bar	*b = &c->bars[i];
	double			 y = 8 + BROW * (double)i;
	double			 w = b->missing ? 0 : (BW - BTEXT) * b->height;

	svg_printf(out, "<g class=\"row%s\"><text class=\"label\" x=\"0\" "
	    "y=\"%.0f\">", b->priority ? " priority" : "", y + 15);
	put_text(out, b->label);
	if (b->priority) {
		buf_puts(out, "<tspan class=\"priority-mark\" "
		    "font-weight=\"bold\"> \xE2\x80\x94 ");
		put_text(out, l->priority);
		buf_puts(out, "</tspan>");
	}
	svg_printf(out, "</text><rect class=\"bar%s\" x=\"0\" y=\"%.0f\" "
	    "width=\"%.1f\" height=\"%.0f\" ", b->priority ?
	    " bar-hatched" : "", y + 21, w, BBAR);
	if (b->priority)
		svg_printf(out, "fill=\"url(#%s-hatch)\" stroke=\"#0f5e6e\"/>",
		    id);
	else
		buf_puts(out, "fill=\"#5d6b78\"/>");
	svg_printf(out, "<text class=\"value\" x=\"%.1f\" y=\"%.0f\">",
	    w + 8, y + 35);
	put_text(out, b->value);
	if (b->share != NULL) {
		buf_puts(out, " (");
		put_text(out, b->share);
		buf_putc(out, ')');
	}
	buf_puts(out, "</text></g>");
}

void
svg_chart_breakdown(struct buf *out, const struct chart *c,
    const struct svg_labels *l, const char *id)
{
	size_t	 i;

	svg_open(out, c, id, "breakdown", BW, 16 + BROW * (double)c->nbars);
	breakdown_pattern(out, id);
	for (i = 0; i < c->nbars; i++)
		breakdown_row(out, c, l, id, i);
	buf_puts(out, "</svg>");
}
