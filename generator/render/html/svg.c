/*
 * Inline SVG charts (see svg.h). Coordinates are in a fixed viewBox; the
 * CSS scales the picture to its column. The room for text (the scale's
 * labels, the breakdown's labels and values) is sized from an estimate
 * of the text's width, since a viewBox clips what overflows it.
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "../../util/escape.h"
#include "../../util/utf8.h"
#include "svg.h"

/* The years chart's box; the left margin grows with the scale's labels. */
#define YW	640.0
#define YH	292.0
#define YLEFT	56.0	/* the least left margin */
#define YLEFTMAX 200.0	/* the most */
#define YRIGHT	16.0
#define YTOP	48.0	/* the legend's row, and the top bar's value */
#define YBOTTOM	36.0
#define YTEXT	13.0	/* font sizes of site.css: .chart text */
#define YTICK	12.0	/* .chart .tick */

/* The breakdown chart's rows. */
#define BW	640.0
#define BROW	48.0
#define BLINE	19.0	/* a label's second line */
#define BBAR	16.0
#define BTEXT	170.0	/* the least room right of the longest bar */
#define BFONT	15.0	/* .chart-breakdown text */

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

/*
 * Advance widths of ASCII 32..126 in thousandths of an em: Arial's, which
 * Liberation Sans shares; Lato, the first font of the theme, is a little
 * narrower, so the estimate errs on the side of room.
 */
static const unsigned short ascii_width[95] = {
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278,
	333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
	278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611,
	778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
	611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333,
	556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
	556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,
	334, 260, 334, 584,
};

/* The width of a code point, in thousandths of an em. */
static unsigned
char_width(uint32_t cp)
{
	if (cp >= 32 && cp < 127)
		return ascii_width[cp - 32];
	if (cp == 0xA0)
		return 278;
	if (cp == 0x202F || cp == 0x2009)
		return 200;
	if (cp >= 0xC0 && cp <= 0xDE)
		return 722;		/* À..Þ */
	if (cp >= 0xDF && cp <= 0x24F)
		return 556;		/* ß..ÿ, Latin Extended */
	if (cp == 0x2014 || cp == 0x2026)
		return 1000;		/* — … */
	if (cp >= 0x2018 && cp <= 0x201F)
		return 333;
	if (cp >= 0x1100)
		return 1000;		/* CJK, emoji: wide */
	return 600;
}

/*
 * The estimated width of s[0..len) at size px, 5 % more than Arial's
 * for fonts of the stack a little wider.
 */
static double
text_width_n(const char *s, size_t len, double size)
{
	uint32_t	 cp;
	size_t		 i, n;
	unsigned long	 w = 0;

	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		w += char_width(cp);
	}
	return (double)w * size * 1.05 / 1000;
}

static double
text_width(const char *s, double size)
{
	return s != NULL ? text_width_n(s, strlen(s), size) : 0;
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

/* The years chart's plot area: its left edge, width and height. */
struct years_box {
	double		 left;
	double		 pw;
	double		 ph;
};

/*
 * The left margin holds the longest of the scale's labels (2 000 000,
 * 1 000 000 000) right-aligned 8 units left of the axis, within
 * YLEFT..YLEFTMAX.
 */
static void
years_box(const struct chart *c, struct years_box *box)
{
	double	 w, left = YLEFT;
	size_t	 i;

	for (i = 0; i < c->nticks; i++) {
		w = text_width(c->ticks[i].label, YTICK) + 8 + 6;
		left = w > left ? w : left;
	}
	box->left = left > YLEFTMAX ? YLEFTMAX : ceil(left);
	box->pw = YW - box->left - YRIGHT;
	box->ph = YH - YTOP - YBOTTOM;
}

/*
 * The legend of the years chart, in its own row above the plot (YTOP
 * keeps the top bar's value clear of it): a bar, and the target marker
 * if any, placed after the first label's width.
 */
static void
years_legend(struct buf *out, const struct chart *c,
    const struct svg_labels *l, const struct years_box *box)
{
	double	 x = box->left + 20 + text_width(l->value, YTEXT) + 24;

	svg_printf(out, "<g class=\"legend\"><rect class=\"bar\" x=\"%.0f\" "
	    "y=\"8\" width=\"14\" height=\"14\" fill=\"#0f5e6e\"/>"
	    "<text x=\"%.0f\" y=\"20\">", box->left, box->left + 20);
	put_text(out, l->value);
	buf_puts(out, "</text>");
	if (c->has_target) {
		svg_printf(out, "<line class=\"target-halo\" x1=\"%.0f\" "
		    "y1=\"15\" x2=\"%.0f\" y2=\"15\" stroke=\"#fff\" "
		    "stroke-width=\"7\"/><line class=\"target\" x1=\"%.0f\" "
		    "y1=\"15\" x2=\"%.0f\" y2=\"15\" stroke=\"#1b1f24\" "
		    "stroke-width=\"3\"/><text x=\"%.0f\" y=\"20\">",
		    x, x + 28, x, x + 28, x + 36);
		put_text(out, l->target);
		buf_puts(out, "</text>");
		x += 36 + text_width(l->target, YTEXT) + 24;
	}
	if (c->has_baseline) {
		svg_printf(out, "<line class=\"baseline\" x1=\"%.0f\" "
		    "y1=\"15\" x2=\"%.0f\" y2=\"15\" stroke=\"#1b1f24\" "
		    "stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text "
		    "x=\"%.0f\" y=\"20\">", x, x + 28, x + 36);
		put_text(out, c->baseline_label);
		buf_puts(out, "</text>");
	}
	buf_puts(out, "</g>");
}

/* The baseline, a dashed line across the plot, over the bars. */
static void
years_baseline(struct buf *out, const struct chart *c,
    const struct years_box *box)
{
	double	 y = YTOP + box->ph * (1 - c->baseline);

	if (!c->has_baseline)
		return;
	svg_printf(out, "<line class=\"baseline\" x1=\"%.0f\" y1=\"%.1f\" "
	    "x2=\"%.0f\" y2=\"%.1f\" stroke=\"#1b1f24\" stroke-width=\"2\" "
	    "stroke-dasharray=\"6 4\"/>", box->left, y, YW - YRIGHT, y);
}

/* The horizontal grid and the scale's labels. */
static void
years_grid(struct buf *out, const struct chart *c,
    const struct years_box *box)
{
	double	 y;
	size_t	 i;

	buf_puts(out, "<g class=\"grid\">");
	for (i = 0; i < c->nticks; i++) {
		y = YTOP + box->ph * (1 - c->ticks[i].pos);
		svg_printf(out, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" "
		    "y2=\"%.1f\" stroke=\"#d5d9de\"/><text class=\"tick\" "
		    "x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">", box->left, y,
		    YW - YRIGHT, y, box->left - 8, y + 4);
		put_text(out, c->ticks[i].label);
		buf_puts(out, "</text>");
	}
	buf_puts(out, "</g>");
}

/* The centre of a centred text of width w near x, kept in the box. */
static double
centre_in_box(double x, double w)
{
	if (x - w / 2 < 2)
		x = 2 + w / 2;
	if (x + w / 2 > YW - 2)
		x = YW - 2 - w / 2;
	return x;
}

/* One year: its bar (or a dash), its value, its target, its label. */
static void
years_bar(struct buf *out, const struct chart *c,
    const struct years_box *box, size_t i)
{
	const struct chart_bar	*b = &c->bars[i];
	double			 ph = box->ph;
	double			 slot = box->pw / (double)c->nbars;
	double			 bw = slot * 0.55 > 72 ? 72 : slot * 0.55;
	double			 x = box->left + slot * (double)i +
				    (slot - bw) / 2;
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
	    "text-anchor=\"middle\">", centre_in_box(x + bw / 2,
	    text_width(b->value, YTEXT)), ty);
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
	struct years_box	 box;
	size_t			 i;

	years_box(c, &box);
	svg_open(out, c, id, "years", YW, YH);
	years_legend(out, c, l, &box);
	years_grid(out, c, &box);
	for (i = 0; i < c->nbars; i++)
		years_bar(out, c, &box, i);
	years_baseline(out, c, &box);
	svg_printf(out, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.0f\" "
	    "x2=\"%.0f\" y2=\"%.0f\" stroke=\"#1b1f24\"/></svg>", box.left,
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

/*
 * A breakdown label on at most two lines of BW units: the first ends at
 * the last space that fits (or mid-word, for a word longer than the
 * line), the second holds the rest, cut with "…" when it does not fit
 * either. The priority mark, of width mark, ends the last line. The
 * whole label stays in the chart's description (chart.h).
 */
struct label_lines {
	size_t		 first;		/* bytes of the first line */
	const char	*rest;		/* the second line, NULL for none */
	size_t		 nrest;		/* its bytes */
	int		 cut;		/* "…" after the second line */
};

/* The longest prefix of s[0..len) of at most w units, in bytes. */
static size_t
prefix_fitting(const char *s, size_t len, double w, size_t *space)
{
	uint32_t	 cp;
	size_t		 i, n;
	double		 x = 0;

	*space = 0;
	for (i = 0; i < len; i += n) {
		n = utf8_decode(s + i, len - i, &cp);
		x += char_width(cp) * BFONT * 1.05 / 1000;
		if (x > w)
			break;
		if (cp == ' ')
			*space = i;
	}
	return i;
}

static void
label_wrap(const char *s, double mark, struct label_lines *ll)
{
	size_t	 len = s != NULL ? strlen(s) : 0, space, n;

	memset(ll, 0, sizeof(*ll));
	ll->first = len;
	if (text_width_n(s, len, BFONT) + mark <= BW)
		return;
	n = prefix_fitting(s, len, BW, &space);
	ll->first = space > 0 ? space : n;
	ll->rest = s + ll->first;
	while (*ll->rest == ' ')
		ll->rest++;
	ll->nrest = len - (size_t)(ll->rest - s);
	if (text_width_n(ll->rest, ll->nrest, BFONT) + mark <= BW)
		return;
	ll->nrest = prefix_fitting(ll->rest, ll->nrest, BW - mark -
	    text_width("\xE2\x80\xA6", BFONT), &space);
	while (ll->nrest > 0 && ll->rest[ll->nrest - 1] == ' ')
		ll->nrest--;
	ll->cut = 1;
}

/* The width of the priority mark, " — Priorité" in bold (10 % wider). */
static double
mark_width(const struct chart_bar *b, const struct svg_labels *l)
{
	return b->priority ? text_width(" \xE2\x80\x94 ", BFONT) +
	    1.1 * text_width(l->priority, BFONT) : 0;
}

/* The height of a row: one more line for a label on two. */
static double
row_height(const struct chart_bar *b, const struct svg_labels *l)
{
	struct label_lines	 ll;

	label_wrap(b->label, mark_width(b, l), &ll);
	return BROW + (ll.rest != NULL ? BLINE : 0);
}

static void
breakdown_label(struct buf *out, const struct chart_bar *b,
    const struct svg_labels *l, double y)
{
	struct label_lines	 ll;

	label_wrap(b->label, mark_width(b, l), &ll);
	svg_printf(out, "<text class=\"label\" x=\"0\" y=\"%.0f\">", y);
	if (ll.rest == NULL)
		put_text(out, b->label);
	else {
		svg_printf(out, "<tspan x=\"0\" y=\"%.0f\">", y);
		escape_xml(out, b->label, ll.first);
		svg_printf(out, "</tspan><tspan x=\"0\" y=\"%.0f\">",
		    y + BLINE);
		escape_xml(out, ll.rest, ll.nrest);
		if (ll.cut)
			buf_puts(out, "\xE2\x80\xA6");
	}
	if (b->priority) {
		buf_puts(out, "<tspan class=\"priority-mark\" "
		    "font-weight=\"bold\"> \xE2\x80\x94 ");
		put_text(out, l->priority);
		buf_puts(out, "</tspan>");
	}
	if (ll.rest != NULL)
		buf_puts(out, "</tspan>");
	buf_puts(out, "</text>");
}

/* The bar's value and share: "1 512 (42 %)". */
static double
value_width(const struct chart_bar *b)
{
	return text_width(b->value, BFONT) + (b->share != NULL ?
	    text_width(" ()", BFONT) + text_width(b->share, BFONT) : 0);
}

/*
 * A breakdown chart being drawn: where to, its labels, its id (which
 * names its hatch pattern) and the room kept right of the longest bar
 * for its value.
 */
struct breakdown {
	struct buf		*out;
	const struct svg_labels	*l;
	const char		*id;
	double			 room;
};

/* Bar b's row at y: its label (one or two lines), its bar, its value. */
static double
breakdown_row(const struct breakdown *bd, const struct chart_bar *b,
    double y)
{
	struct buf		*out = bd->out;
	const struct svg_labels	*l = bd->l;
	double			 w = b->missing ? 0 : (BW - bd->room) *
				    b->height;
	double			 h = row_height(b, l);
	double			 dy = h - BROW;

	svg_printf(out, "<g class=\"row%s\">", b->priority ? " priority" :
	    "");
	breakdown_label(out, b, l, y + 15);
	svg_printf(out, "<rect class=\"bar%s\" x=\"0\" y=\"%.0f\" "
	    "width=\"%.1f\" height=\"%.0f\" ", b->priority ?
	    " bar-hatched" : "", y + dy + 21, w, BBAR);
	if (b->priority)
		svg_printf(out, "fill=\"url(#%s-hatch)\" stroke=\"#0f5e6e\"/>",
		    bd->id);
	else
		buf_puts(out, "fill=\"#5d6b78\"/>");
	svg_printf(out, "<text class=\"value\" x=\"%.1f\" y=\"%.0f\">",
	    w + 8, y + dy + 35);
	put_text(out, b->value);
	if (b->share != NULL) {
		buf_puts(out, " (");
		put_text(out, b->share);
		buf_putc(out, ')');
	}
	buf_puts(out, "</text></g>");
	return h;
}

void
svg_chart_breakdown(struct buf *out, const struct chart *c,
    const struct svg_labels *l, const char *id)
{
	struct breakdown bd = { out, l, id, BTEXT };
	double		 h = 16, y = 8, w;
	size_t		 i;

	/* Room for the widest value, within half the chart. */
	for (i = 0; i < c->nbars; i++) {
		h += row_height(&c->bars[i], l);
		w = ceil(value_width(&c->bars[i]) + 16);
		bd.room = w > bd.room ? w : bd.room;
	}
	bd.room = bd.room > BW / 2 ? BW / 2 : bd.room;
	svg_open(out, c, id, "breakdown", BW, h);
	breakdown_pattern(out, id);
	for (i = 0; i < c->nbars; i++)
		y += breakdown_row(&bd, &c->bars[i], y);
	buf_puts(out, "</svg>");
}
