/*
 * Exact decimal numbers. Every number of the content (amounts, indicator
 * values, targets) is kept as a count of millionths in a 64-bit integer,
 * so that sums of amounts are exact to the cent and a value written
 * "12.5" is written back "12.5". Ratios are computed in double from these.
 */
#ifndef CLSPD_DECIMAL_H
#define CLSPD_DECIMAL_H

#include <stdint.h>

#define DECIMAL_SCALE		1000000LL	/* units per 1 */
#define DECIMAL_DIGITS		6		/* decimal places kept */
#define DECIMAL_MAX_UNITS	999999999999LL	/* largest integer part */

typedef int64_t decimal;

/*
 * Parses s as a YAML integer or decimal ("12", "-3", "1500.50", "0.25",
 * ".5"). Returns 0 and sets *out; returns -1 and sets *why to a message
 * (English, marked N_(): the caller translates it with _()) when s is
 * not such a number, starts with a superfluous 0 (an octal number in
 * YAML 1.1), has more than DECIMAL_DIGITS decimals or exceeds
 * DECIMAL_MAX_UNITS.
 */
int	 decimal_parse(const char *s, decimal *out, const char **why);

/* The number as a double (correctly rounded below 2^53 millionths). */
double	 decimal_to_double(decimal);

/* Sets *out to a + b and returns 0, or returns -1 when the sum overflows. */
int	 decimal_add(decimal a, decimal b, decimal *out);

/*
 * Writes the shortest exact decimal form ("12.5", "-3", "0.000001") into
 * out, which must hold 32 bytes; returns out.
 */
char	*decimal_format(decimal, char *out);

/* Whether the number is a whole number. */
int	 decimal_is_integer(decimal);

#endif
