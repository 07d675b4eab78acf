/*
 * French typography (see typo.h). The text is walked one code point at a
 * time; each decision looks at the code point written before and the one
 * that comes next.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/utf8.h"
#include "typo.h"

#define NBSP	0x00A0
#define NNBSP	0x202F

static int
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == NBSP || c == NNBSP;
}

static int
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* A letter, digit or closing mark after which French puts a space. */
static int
is_word_end(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    is_digit(c) || (c >= 0xC0 && c != 0xD7 && c != 0xF7 &&
	    c < 0x2000) || c == ')' || c == ']' || c == 0xBB || c == '*' ||
	    c == 0x2019 || c == 0x201D || c == '"' || c == '.';
}

/* A letter: ASCII, or Latin-1 and beyond (×, ÷ and spaces left out). */
static int
is_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000);
}

/* Whether what follows may end a phrase: space, end, punctuation. */
static int
is_phrase_end(uint32_t c)
{
	return c == 0 || is_space(c) || c == ')' || c == ']' || c == '.' ||
	    c == ',' || c == ';' || c == '!' || c == '?' || c == 0xBB ||
	    c == 0x201D || c == '"' || c == 0x2026;
}

/* Decodes the code point at s[i] (0 at the end) and its length. */
static uint32_t
peek(const char *s, size_t len, size_t i, size_t *n)
{
	uint32_t	 c = 0;

	*n = 0;
	if (i < len)
		*n = utf8_decode(s + i, len - i, &c);
	return c;
}

static void
put_cp(struct buf *out, uint32_t c)
{
	char	 enc[4];

	buf_put(out, enc, utf8_encode(c, enc));
}

/*
 * Replaces the space just written (if any) by space, or inserts space
 * when want_insert and nothing separates. Returns the code point now last.
 */
static void
space_before(struct buf *out, uint32_t *prev, uint32_t space, int insert)
{
	size_t	 n;

	if (*prev == ' ' || *prev == NBSP || *prev == NNBSP) {
		n = *prev == ' ' ? 1 : (*prev == NBSP ? 2 : 3);
		if (out->len >= n)
			buf_truncate(out, out->len - n);
		put_cp(out, space);
	} else if (insert)
		put_cp(out, space);
}

/*
 * Whether a space at s[i - 1] separates groups of thousands: one to three
 * digits written just before it, exactly three digits after it.
 */
static int
thousands_group(const struct buf *out, const char *s, size_t len, size_t i)
{
	size_t	 k, before = 0;

	while (before < out->len && before < 4 &&
	    is_digit((unsigned char)out->data[out->len - 1 - before]))
		before++;
	if (before == 0 || before > 3)
		return 0;

	for (k = 0; k < 3; k++)
		if (i + k >= len || !is_digit((unsigned char)s[i + k]))
			return 0;
	return i + 3 >= len || !is_digit((unsigned char)s[i + 3]);
}

void
typo_french(struct buf *out, const char *s, size_t len, uint32_t *prev)
{
	size_t		 i = 0, n, m;
	uint32_t	 c, next;

	while (i < len) {
		/* A run of plain ASCII needs no rule: copied as it is. */
		for (n = i; n < len && (unsigned char)s[n] < 0x80 &&
		    strchr(";!?:% '", s[n]) == NULL; n++)
			;
		if (n > i) {
			buf_put(out, s + i, n - i);
			*prev = (unsigned char)s[n - 1];
			i = n;
			continue;
		}
		c = peek(s, len, i, &n);
		next = peek(s, len, i + n, &m);
		switch (c) {
		case ';':
		case '!':
		case '?':
			space_before(out, prev, NNBSP, is_word_end(*prev) &&
			    *prev != '.' && is_phrase_end(next));
			break;
		case ':':
			space_before(out, prev, NBSP, is_word_end(*prev) &&
			    !is_digit(*prev) && *prev != '.' &&
			    (next == 0 || is_space(next)));
			break;
		case '%':
			space_before(out, prev, NNBSP, is_digit(*prev));
			break;
		case '\'':
			/*
			 * An elision (l'espace, aujourd'hui): the typographic
			 * apostrophe, as Markdown's smart punctuation writes
			 * it; a quote that opens or closes stays as typed.
			 */
			if (is_letter(*prev) && is_letter(next))
				c = 0x2019;
			break;
		case 0x20AC:	/* € */
			space_before(out, prev, NBSP, is_digit(*prev));
			break;
		case 0x201D:	/* ” */
		case 0xBB:	/* » */
			space_before(out, prev, NBSP, *prev != 0 &&
			    !is_space(*prev));
			c = 0xBB;
			break;
		case ' ':
			if (is_digit(*prev) && thousands_group(out, s, len, i + 1))
				c = NNBSP;
			else if (*prev == 0xAB)
				c = 0;	/* the space after « is written */
			break;
		default:
			break;
		}
		if (c == 0x201C || c == 0xAB) {	/* “ or « */
			put_cp(out, 0xAB);
			put_cp(out, NBSP);
			*prev = 0xAB;
			i += n;
			if (next == ' ')
				i += m;	/* the author's space */
			continue;
		}
		if (c != 0)
			put_cp(out, c);
		if (c != 0)
			*prev = c;
		i += n;
	}
}

char *
typo_french_string(const char *s)
{
	struct buf	 b = BUF_INIT;
	uint32_t	 prev = 0;

	typo_french(&b, s, strlen(s), &prev);
	return buf_detach(&b);
}

void
typo_french_markdown(cmark_node *doc)
{
	cmark_iter	*it;
	cmark_event_type ev;
	cmark_node	*n;
	struct buf	 b = BUF_INIT;
	uint32_t	 prev = 0;
	const char	*lit;

	if (doc == NULL)
		return;
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		n = cmark_iter_get_node(it);
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
			if ((lit = cmark_node_get_literal(n)) == NULL)
				break;
			buf_truncate(&b, 0);
			typo_french(&b, lit, strlen(lit), &prev);
			cmark_node_set_literal(n, buf_cstr(&b));
			break;
		case CMARK_NODE_CODE:
			prev = 'x';
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			prev = ' ';
			break;
		default:
			if (ev == CMARK_EVENT_ENTER &&
			    cmark_node_get_type(n) < CMARK_NODE_FIRST_INLINE)
				prev = 0;
			break;
		}
	}
	cmark_iter_free(it);
	buf_release(&b);
}
