/*
 * UTF-8 validation and decoding (see utf8.h). Validation follows RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"
#include "i18n.h"

/*
 * Returns the length of the valid sequence starting at s, or 0 when the
 * bytes there are not valid UTF-8.
 */
static size_t
utf8_valid_length(const unsigned char *s, size_t len)
{
	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		return (len >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
	if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (s[0] == 0xE0 && s[1] < 0xA0)
			return 0;
		if (s[0] == 0xED && s[1] >= 0xA0)
			return 0;
		return 3;
	}
	if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		if (len < 4 || (s[1] & 0xC0) != 0x80 ||
		    (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if (s[0] == 0xF0 && s[1] < 0x90)
			return 0;
		if (s[0] == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

/*
 * Where the byte at offset lies: 1-based line and column in characters.
 * LF, CRLF and a lone CR each end a line, as in YAML.
 */
static void
utf8_position(const unsigned char *u, size_t len, size_t offset, int *line,
    int *col)
{
	size_t	 i;
	int	 l = 1, c = 1;

	for (i = 0; i < offset && i < len; i++) {
		if (u[i] == '\n' || (u[i] == '\r' && (i + 1 == len ||
		    u[i + 1] != '\n'))) {
			l++;
			c = 1;
		} else if (u[i] != '\r' && (u[i] & 0xC0) != 0x80)
			c++;
	}
	*line = l;
	*col = c;
}

/*
 * Validation runs over the whole file without counting lines: ASCII is
 * skipped eight bytes at a time, and the position is computed only for
 * the rare file that has a problem.
 */
int
utf8_check(const char *s, size_t len, int *line, int *col, const char **why)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, n;
	uint64_t		 w;

	while (i < len) {
		if (i + 8 <= len) {
			memcpy(&w, u + i, 8);
			/* No byte ≥ 0x80 and no zero byte: plain ASCII. */
			if ((w & 0x8080808080808080ULL) == 0 &&
			    ((w - 0x0101010101010101ULL) & ~w &
			    0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		if (u[i] == '\0') {
			*why = "NUL byte";
			goto bad;
		}
		if ((n = utf8_valid_length(u + i, len - i)) == 0) {
			*why = "invalid UTF-8";
			goto bad;
		}
		i += n;
	}
	return 0;
bad:
	utf8_position(u, len, i, line, col);
	return -1;
}

size_t
utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n;

	if (len == 0 || (n = utf8_valid_length(u, len)) == 0) {
		*cp = 0xFFFD;
		return 1;
	}
	switch (n) {
	case 1:
		*cp = u[0];
		break;
	case 2:
		*cp = ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
		break;
	case 3:
		*cp = ((uint32_t)(u[0] & 0x0F) << 12) |
		    ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
		break;
	default:
		*cp = ((uint32_t)(u[0] & 0x07) << 18) |
		    ((uint32_t)(u[1] & 0x3F) << 12) |
		    ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
		break;
	}
	return n;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char	*o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
utf8_length(const char *s)
{
	size_t	 n = 0, len = strlen(s), i = 0;
	uint32_t cp;

	while (i < len) {
		i += utf8_decode(s + i, len - i, &cp);
		n++;
	}
	return n;
}

int
utf8_invisible(uint32_t cp)
{
	return cp == 0x00AD || cp == 0x034F || cp == 0x061C ||
	    cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) ||
	    cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F);
}

int
utf8_rtl(uint32_t cp)
{
	return (cp >= 0x0590 && cp <= 0x08FF && cp != 0x061C) ||
	    (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE) ||
	    (cp >= 0x10800 && cp <= 0x10FFF) ||
	    (cp >= 0x1E800 && cp <= 0x1EFFF);
}
