/*
 * SIRET and RNA numbers (see ident.h).
 */
#include <string.h>

#include "ident.h"

/* La Poste's SIREN, whose establishments follow their own rule. */
#define LA_POSTE_SIREN	"356000000"

static int
luhn_ok(const char *d, size_t n)
{
	size_t	 i;
	int	 sum = 0, v;

	for (i = 0; i < n; i++) {
		v = d[n - 1 - i] - '0';
		if (i % 2 == 1 && (v *= 2) > 9)
			v -= 9;
		sum += v;
	}
	return sum % 10 == 0;
}

static int
digit_sum(const char *d, size_t n)
{
	size_t	 i;
	int	 sum = 0;

	for (i = 0; i < n; i++)
		sum += d[i] - '0';
	return sum;
}

enum ident_problem
ident_siret(const char *s, char out[15])
{
	size_t	 n = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ')
			continue;
		if (*s < '0' || *s > '9')
			return IDENT_CHARACTER;
		if (n == 14)
			return IDENT_LENGTH;
		out[n++] = *s;
	}
	out[n] = '\0';
	if (n != 14)
		return IDENT_LENGTH;
	if (luhn_ok(out, 14))
		return IDENT_OK;
	if (strncmp(out, LA_POSTE_SIREN, 9) == 0 && digit_sum(out, 14) % 5 == 0)
		return IDENT_OK;
	return IDENT_CHECKSUM;
}

enum ident_problem
ident_rna(const char *s)
{
	size_t	 i, n = strlen(s);

	if (n > 0 && s[0] != 'W')
		return IDENT_CHARACTER;
	for (i = 1; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'A' && s[i] <= 'Z')))
			return IDENT_CHARACTER;
	return n == 10 ? IDENT_OK : IDENT_LENGTH;
}
