/*
 * UTF-8 helpers: validation with the position of the first bad byte, and
 * decoding one code point at a time.
 */
#ifndef CLSPD_UTF8_H
#define CLSPD_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Checks that s[0..len) is valid UTF-8 without NUL bytes. Returns 0 when
 * it is; otherwise -1, with *line and *col (1-based, col in characters)
 * set to the first offending byte and *why to "invalid UTF-8" or
 * "NUL byte".
 */
int	 utf8_check(const char *s, size_t len, int *line, int *col,
	    const char **why);

/*
 * Decodes the code point at s (of at most len bytes), stores it in *cp and
 * returns its length in bytes; an invalid sequence gives U+FFFD and 1.
 */
size_t	 utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Appends the UTF-8 encoding of cp to out (at least 4 bytes); returns its length. */
size_t	 utf8_encode(uint32_t cp, char *out);

/* Number of code points in the NUL-terminated string s. */
size_t	 utf8_length(const char *s);
/*
 * Whether cp is invisible by definition (Unicode's default ignorables:
 * soft hyphen, zero-width spaces and joiners, direction marks, the byte
 * order mark...): nothing is drawn for it.
 */
int	 utf8_invisible(uint32_t cp);
/* Whether cp is a letter of a right-to-left script (Hebrew, Arabic...). */
int	 utf8_rtl(uint32_t cp);

#endif
