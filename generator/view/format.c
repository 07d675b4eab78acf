/*
 * Numbers and dates for people (see format.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "format.h"

#define NNBSP	"\xE2\x80\xAF"	/* U+202F narrow no-break space */
#define NBSP	"\xC2\xA0"	/* U+00A0 no-break space */
#define MINUS	"\xE2\x88\x92"	/* U+2212 minus sign */

enum locale
format_locale(const char *s)
{
	return s != NULL && strcmp(s, "en") == 0 ? LOCALE_EN : LOCALE_FR;
}

/*
 * Writes the digits of an integer part in groups of three, separated by
 * sep: "15000" → "15 000".
 */
static void
format_grouped(struct buf *b, const char *digits, const char *sep)
{
	size_t	 len = strlen(digits), i;

	for (i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			buf_puts(b, sep);
		buf_putc(b, digits[i]);
	}
}

/*
 * Writes a non-negative decimal given as text ("15000.5") with the
 * locale's separators; min_decimals pads the fraction (2 for cents).
 */
static void
format_decimal_text(struct buf *b, const char *text, enum locale loc,
    int min_decimals)
{
	char		 whole[400];
	const char	*dot = strchr(text, '.');
	size_t		 wl = dot ? (size_t)(dot - text) : strlen(text);
	int		 frac = dot ? (int)strlen(dot + 1) : 0;

	memcpy(whole, text, wl);
	whole[wl] = '\0';
	format_grouped(b, whole, loc == LOCALE_FR ? NNBSP : ",");
	if (frac == 0 && min_decimals == 0)
		return;
	buf_putc(b, loc == LOCALE_FR ? ',' : '.');
	if (dot != NULL)
		buf_puts(b, dot + 1);
	for (; frac < min_decimals; frac++)
		buf_putc(b, '0');
}

void
format_number(struct buf *b, decimal d, enum locale loc)
{
	char	 text[32];

	if (d < 0)
		buf_puts(b, loc == LOCALE_FR ? MINUS : "-");
	decimal_format(d < 0 ? -d : d, text);
	format_decimal_text(b, text, loc, 0);
}

void
format_amount(struct buf *b, decimal d, enum locale loc)
{
	char	 text[32];
	int	 cents = d % DECIMAL_SCALE != 0;

	decimal_format(d < 0 ? -d : d, text);
	if (loc == LOCALE_EN) {
		buf_puts(b, d < 0 ? "-€" : "€");
		format_decimal_text(b, text, loc, cents ? 2 : 0);
		return;
	}
	if (d < 0)
		buf_puts(b, MINUS);
	format_decimal_text(b, text, loc, cents ? 2 : 0);
	buf_puts(b, NBSP "€");
}

/* Writes |ratio| × 100, rounded to a unit, or to a tenth below 10. */
static void
format_percent_digits(struct buf *b, double ratio, enum locale loc)
{
	double	 p = fabs(ratio) * 100;
	char	 text[400];
	size_t	 len;

	/*
	 * Just below 100 % stays below: 99.6 % of a target is not "100 %"
	 * beside a status that says the target is not reached.
	 */
	if (p >= 99.5 && p < 100)
		snprintf(text, sizeof(text), "%.1f", fmin(floor(p * 10) / 10,
		    99.9));
	else
		snprintf(text, sizeof(text), p < 9.95 ? "%.1f" : "%.0f", p);
	len = strlen(text);
	if (len >= 2 && strcmp(text + len - 2, ".0") == 0)
		text[len - 2] = '\0';
	format_decimal_text(b, text, loc, 0);
	buf_puts(b, loc == LOCALE_FR ? NNBSP "%" : "%");
}

void
format_percent(struct buf *b, double ratio, enum locale loc)
{
	if (ratio < 0 && fabs(ratio) * 100 >= 0.05)
		buf_puts(b, loc == LOCALE_FR ? MINUS : "-");
	format_percent_digits(b, ratio, loc);
}

void
format_evolution(struct buf *b, double ratio, enum locale loc)
{
	if (fabs(ratio) * 100 >= 0.05)
		buf_puts(b, ratio < 0 ? (loc == LOCALE_FR ? MINUS : "-") :
		    "+");
	format_percent_digits(b, ratio, loc);
}

static const char *const months_fr[] = {
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"
};

static const char *const months_en[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static void
format_ymd(struct buf *b, int y, int m, int d, enum locale loc)
{
	if (loc == LOCALE_FR)
		buf_printf(b, "%d%s" NBSP "%s" NBSP "%d", d, d == 1 ? "er" : "",
		    months_fr[m - 1], y);
	else
		buf_printf(b, "%d %s %d", d, months_en[m - 1], y);
}

void
format_date(struct buf *b, time_t t, enum locale loc)
{
	struct tm	 tm;

	gmtime_r(&t, &tm);
	format_ymd(b, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, loc);
}

void
format_iso_date(struct buf *b, const char *s, enum locale loc)
{
	int	 y, m, d;

	if (s == NULL)
		return;
	if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12) {
		buf_puts(b, s);
		return;
	}
	format_ymd(b, y, m, d, loc);
}

void
format_phone(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++)
		if (*s == ' ')
			buf_puts(b, NBSP);
		else
			buf_putc(b, *s);
}

void
format_fill(struct buf *b, const char *key, const char *value)
{
	char	*at = strstr(buf_cstr(b), key), *rest;

	if (at == NULL)
		return;
	rest = xstrdup(at + strlen(key));
	buf_truncate(b, (size_t)(at - b->data));
	buf_puts(b, value);
	buf_puts(b, rest);
	free(rest);
}
