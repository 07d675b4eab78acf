/*
 * Hyphenation (see pdf_hyph.h). libhyphen wants lower-case words; the letters
 * of French are lowered here in place of a copy of the same length
 * (ASCII, and Latin-1 capitals, which stay two bytes in UTF-8).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>

#include "../../../util/alloc.h"
#include "../../../util/i18n.h"
#include "../../../util/utf8.h"
#include "../../../util/i18n.h"
#include "pdf_hyph.h"

#define HYPH_MAX_WORD 64

struct pdf_hyph {
	HyphenDict	*dict;
};

struct pdf_hyph *
pdf_hyph_open(const char *path, struct diags *d)
{
	struct pdf_hyph	*h;
	HyphenDict	*dict;

	if ((dict = hnj_hyphen_load(path)) == NULL) {
		diag_error(d, ((struct pos){ NULL, 0, 0 }),
		    _("%s: cannot read hyphenation patterns"), path);
		return NULL;
	}
	h = xmalloc(sizeof(*h));
	h->dict = dict;
	return h;
}

void
pdf_hyph_close(struct pdf_hyph *h)
{
	if (h == NULL)
		return;
	hnj_hyphen_free(h->dict);
	free(h);
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

/* Hyphenates the letters s[0..len) (at most HYPH_MAX_WORD bytes). */
static size_t
hyph_run(struct pdf_hyph *h, const char *s, size_t len, char *points)
{
	char		 low[HYPH_MAX_WORD + 1], marks[HYPH_MAX_WORD + 5];
	char		**rep = NULL;
	int		*pos = NULL, *cut = NULL;
	size_t		 i, c, n = 0;
	uint32_t	 cp;

	memcpy(low, s, len);
	low[len] = '\0';
	for (i = 0; i < len; i++) {
		unsigned char	 ch = (unsigned char)low[i];

		if (ch >= 'A' && ch <= 'Z')
			low[i] = (char)(ch + 32);
		else if (ch == 0xC3 && i + 1 < len &&
		    (unsigned char)low[i + 1] >= 0x80 &&
		    (unsigned char)low[i + 1] <= 0x9E &&
		    (unsigned char)low[i + 1] != 0x97) {
			i++;
			low[i] = (char)((unsigned char)low[i] + 32);
		}
	}
	memset(marks, 0, sizeof(marks));
	if (hnj_hyphen_hyphenate3(h->dict, low, (int)len, marks, NULL, &rep,
	    &pos, &cut, 2, 3, 2, 3) != 0)
		return 0;
	/* With a UTF-8 dictionary, marks are per character, not byte. */
	for (i = 0, c = 0; i < len; c++) {
		i += utf8_decode(low + i, len - i, &cp);
		if (i < len && (marks[c] & 1)) {
			points[i - 1] = 1;
			n++;
		}
	}
	if (rep != NULL) {
		/* Non-standard hyphenation (none in French): ignore it. */
		for (i = 0; i < len; i++)
			free(rep[i]);
		free(rep);
	}
	free(pos);
	free(cut);
	return n;
}

size_t
pdf_hyph_points(struct pdf_hyph *h, const char *s, size_t len, char *points)
{
	size_t		 i = 0, start = 0, letters = 0, n = 0, l;
	uint32_t	 cp;

	memset(points, 0, len);
	while (i <= len) {
		cp = 0;
		l = i < len ? utf8_decode(s + i, len - i, &cp) : 1;
		if (i < len && is_letter(cp)) {
			if (letters++ == 0)
				start = i;
			i += l;
			continue;
		}
		if (letters >= 5 && i - start <= HYPH_MAX_WORD)
			n += hyph_run(h, s + start, i - start, points + start);
		letters = 0;
		if (i < len && (cp == '-' || cp == '/') && i > 0 &&
		    i + 1 < len) {
			points[i] = 2;
			n++;
		}
		i += l;
	}
	return n;
}

/*
 * libhyphen 2.8's loader loses a few bytes per pattern with a
 * replacement (hnj_hyphen_load_line), which no call can free: tell
 * LeakSanitizer, in sanitizer builds, that this one is not ours.
 */
const char	*__lsan_default_suppressions(void);

__attribute__((used)) const char *
__lsan_default_suppressions(void)
{
	return "leak:hnj_hyphen_load_line\nleak:libhyphen.so\n";
}

/* And not to list the suppression on stderr, which tests compare. */
const char	*__lsan_default_options(void);

__attribute__((used)) const char *
__lsan_default_options(void)
{
	return "print_suppressions=0";
}
