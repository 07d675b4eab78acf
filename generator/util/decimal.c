/*
 * Exact decimal numbers (see decimal.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "decimal.h"
#include "i18n.h"

int
decimal_parse(const char *s, decimal *out, const char **why)
{
	int		 neg = 0, digits = 0, frac = 0;
	int64_t		 whole = 0, part = 0;

	*why = N_("expected a number");
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if ((*s < '0' || *s > '9') && !(*s == '.' && s[1] >= '0' &&
	    s[1] <= '9'))
		return -1;
	if (s[0] == '0' && s[1] >= '0' && s[1] <= '9') {
		/* YAML 1.1 reads "017" as an octal 15: too easy to misread. */
		*why = N_("a number must not start with 0 (YAML reads it as "
		    "octal)");
		return -1;
	}
	while (*s >= '0' && *s <= '9') {
		if (whole > DECIMAL_MAX_UNITS / 10) {
			*why = N_("number too large");
			return -1;
		}
		whole = whole * 10 + (*s++ - '0');
		digits++;
	}
	if (whole > DECIMAL_MAX_UNITS) {
		*why = N_("number too large");
		return -1;
	}
	if (*s == '.') {
		s++;
		while (*s >= '0' && *s <= '9') {
			if (frac == DECIMAL_DIGITS) {
				if (*s != '0') {
					*why = N_("too many decimal places "
					    "(at most 6)");
					return -1;
				}
				s++;
				continue;
			}
			part = part * 10 + (*s++ - '0');
			frac++;
		}
	}
	if (*s != '\0' || (digits == 0 && frac == 0))
		return -1;
	while (frac++ < DECIMAL_DIGITS)
		part *= 10;
	*out = (whole * DECIMAL_SCALE + part) * (neg ? -1 : 1);
	return 0;
}

double
decimal_to_double(decimal d)
{
	/*
	 * Both operands are exact in a double when |d| < 2^53, so the
	 * quotient is then the correctly rounded value of the decimal.
	 */
	return (double)d / (double)DECIMAL_SCALE;
}

int
decimal_add(decimal a, decimal b, decimal *out)
{
	return __builtin_add_overflow(a, b, out) ? -1 : 0;
}

char *
decimal_format(decimal d, char *out)
{
	uint64_t	 u = d < 0 ? (uint64_t)0 - (uint64_t)d : (uint64_t)d;
	uint64_t	 whole = u / DECIMAL_SCALE, part = u % DECIMAL_SCALE;
	char		 digits[24], *o = out;
	int		 n = 0, i, frac = DECIMAL_DIGITS;

	if (d < 0)
		*o++ = '-';
	do {
		digits[n++] = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole > 0);
	while (n > 0)
		*o++ = digits[--n];
	if (part != 0) {
		while (part % 10 == 0) {
			part /= 10;
			frac--;
		}
		*o++ = '.';
		for (i = frac - 1; i >= 0; i--) {
			o[i] = (char)('0' + part % 10);
			part /= 10;
		}
		o += frac;
	}
	*o = '\0';
	return out;
}

int
decimal_is_integer(decimal d)
{
	return d % DECIMAL_SCALE == 0;
}
