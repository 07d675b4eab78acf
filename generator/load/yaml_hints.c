/*
 * Messages for the YAML mistakes French writers make, in place of
 * libyaml's, which speak of tokens and scanners and often point far from
 * the mistake (see yaml_hints.h). Each looks at the text around the
 * error libyaml found, and reports the mistake where it was made, saying
 * what to write instead.
 */
#include <string.h>

#include "../util/i18n.h"
#include "yaml_hints.h"

/* The text of one line: its start, its length without the newline. */
struct line {
	const char	*s;
	size_t		 len;
};

/*
 * The line that starts at byte i of data; *next is where the following
 * line starts (len + 1 when there is none).
 */
static struct line
line_from(const char *data, size_t len, size_t i, size_t *next)
{
	struct line	 l = { data + i, 0 };
	const char	*nl = memchr(l.s, '\n', len - i);

	l.len = nl ? (size_t)(nl - l.s) : len - i;
	*next = nl ? i + l.len + 1 : len + 1;
	if (l.len > 0 && l.s[l.len - 1] == '\r')
		l.len--;
	return l;
}

/* Line number n (0-based) of data; len 0 past the end. */
static struct line
line_at(const char *data, size_t len, size_t n)
{
	struct line	 l = { data + len, 0 };
	size_t		 i = 0, next;

	for (; i <= len; i = next) {
		l = line_from(data, len, i, &next);
		if (n-- == 0)
			return l;
	}
	return (struct line){ data + len, 0 };
}

/* The column (1-based, in characters) of byte off of a line. */
static int
column(struct line l, size_t off)
{
	size_t	 i;
	int	 col = 1;

	for (i = 0; i < off && i < l.len; i++)
		if (((unsigned char)l.s[i] & 0xC0) != 0x80)
			col++;
	return col;
}

/*
 * The offset where the value of a line "key: value" or "- value" starts,
 * or -1. The key is what comes before the first ": ".
 */
static long
value_start(struct line l, size_t *key_len)
{
	size_t	 i = 0, k;

	while (i < l.len && l.s[i] == ' ')
		i++;
	if (i + 1 < l.len && l.s[i] == '-' && l.s[i + 1] == ' ') {
		*key_len = 0;
		i += 2;
	} else {
		for (k = i; k + 1 < l.len; k++)
			if (l.s[k] == ':' && l.s[k + 1] == ' ')
				break;
		if (k + 1 >= l.len || l.s[i] == '\'' || l.s[i] == '"')
			return -1;
		*key_len = k;
		i = k + 2;
	}
	while (i < l.len && l.s[i] == ' ')
		i++;
	return i < l.len ? (long)i : -1;
}

static struct pos
hint_pos(const struct yaml_hint_input *in, size_t line, int col)
{
	struct pos	 p = { in->path, (int)line + 1 + in->line0, col };

	return p;
}

/*
 * 'Permanence d'aide': the apostrophe closes the text in single quotes,
 * and libyaml stumbles further on. Looks at each line up to the error
 * for a single-quoted value closed before letters.
 */
static int
hint_apostrophe(const struct yaml_hint_input *in, struct diags *d)
{
	struct line	 l;
	size_t		 n, i, next, q, end, key_len;
	long		 v;

	/* Line after line, not line_at: a long file stays linear. */
	for (n = 0, i = 0; n <= in->line && i <= in->len; n++, i = next) {
		l = line_from(in->data, in->len, i, &next);
		if ((v = value_start(l, &key_len)) < 0 || l.s[v] != '\'')
			continue;
		for (q = (size_t)v + 1; q < l.len; q++) {
			if (l.s[q] != '\'')
				continue;
			if (q + 1 < l.len && l.s[q + 1] == '\'') {
				q++;
				continue;
			}
			break;
		}
		if (q + 1 >= l.len || l.s[q + 1] == ' ' || l.s[q + 1] == ',' ||
		    l.s[q + 1] == ']' || l.s[q + 1] == '}' ||
		    l.s[q + 1] == '#')
			continue;
		for (end = l.len; end > q && l.s[end - 1] == ' '; end--)
			;
		if (l.s[end - 1] == '\'')
			end--;
		diag_error(d, hint_pos(in, n, column(l, q)), _("this "
		    "apostrophe ends the text in single quotes: write the text "
		    "in double quotes, \"%.*s\", or double the apostrophe, "
		    "'%.*s''%.*s'"), (int)(end - (size_t)v - 1), l.s + v + 1,
		    (int)(q - (size_t)v - 1), l.s + v + 1,
		    (int)(end - q - 1), l.s + q + 1);
		return 1;
	}
	return 0;
}

/*
 * A quote never closed: libyaml reports the end of the file; the
 * mistake is at the quote, which its context mark points at.
 */
static int
hint_unclosed_quote(const struct yaml_hint_input *in, struct diags *d)
{
	const yaml_parser_t	*p = in->parser;
	struct line		 l;
	size_t			 i, col = 0;

	if (p->problem == NULL || p->context == NULL ||
	    strstr(p->problem, "unexpected end of stream") == NULL ||
	    strstr(p->context, "quoted scalar") == NULL)
		return 0;
	l = line_at(in->data, in->len, p->context_mark.line);
	for (i = 0; i < l.len && col < p->context_mark.column; i++)
		if (((unsigned char)l.s[i] & 0xC0) != 0x80)
			col++;
	diag_error(d, hint_pos(in, p->context_mark.line,
	    (int)p->context_mark.column + 1), _("this quote is never "
	    "closed: add %c at the end of the text"),
	    i < l.len ? l.s[i] : '"');
	return 1;
}

/* A tab, where YAML wants spaces. */
static int
hint_tab(const struct yaml_hint_input *in, struct diags *d)
{
	struct line	 l = line_at(in->data, in->len, in->line);
	size_t		 i;

	for (i = 0; i < l.len && (l.s[i] == ' ' || l.s[i] == '\t'); i++)
		if (l.s[i] == '\t') {
			diag_error(d, hint_pos(in, in->line, column(l, i)),
			    _("a tab: YAML indents with spaces only; replace "
			    "this tab with spaces"));
			return 1;
		}
	return 0;
}

/* Whether s starts with a typographic quote: « “ ” ‘ ’. */
static int
typographic_quote(const char *s, size_t len)
{
	static const char *const quotes[] = { "\xC2\xAB", "\xE2\x80\x9C",
		"\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99" };
	size_t	 i;

	for (i = 0; i < sizeof(quotes) / sizeof(quotes[0]); i++)
		if (len >= strlen(quotes[i]) &&
		    memcmp(s, quotes[i], strlen(quotes[i])) == 0)
			return 1;
	return 0;
}

/*
 * "public: Objectif : remobiliser": a second ': ' on the line of a key,
 * which YAML reads as a key inside the value. The text is given back in
 * double quotes; when it was in « » or ’ ’, the message says that these
 * are not YAML's quotes.
 */
static int
hint_colon_in_value(const struct yaml_hint_input *in, struct diags *d)
{
	const yaml_parser_t	*p = in->parser;
	struct line		 l = line_at(in->data, in->len, in->line);
	size_t			 key_len, end;
	long			 v;

	if (p->problem == NULL ||
	    strstr(p->problem, "mapping values are not allowed") == NULL ||
	    (v = value_start(l, &key_len)) < 0 || key_len == 0 ||
	    (size_t)v > in->column_byte)
		return 0;
	for (end = l.len; end > (size_t)v && l.s[end - 1] == ' '; end--)
		;
	/* ’…’ and “…” stood for quotes: dropped; « » stay in the text. */
	if (end - (size_t)v >= 6 && typographic_quote(l.s + v, 3) &&
	    typographic_quote(l.s + end - 3, 3)) {
		diag_error(d, hint_pos(in, in->line, column(l, (size_t)v)),
		    _("« » and ’ are not quotes for YAML, and this text holds "
		    "': ': put it in straight double quotes, as in %.*s: "
		    "\"%.*s\""), (int)key_len, l.s,
		    (int)(end - (size_t)v - 6), l.s + v + 3);
		return 1;
	}
	if (typographic_quote(l.s + v, end - (size_t)v))
		diag_error(d, hint_pos(in, in->line, column(l, (size_t)v)),
		    _("« » and ’ are not quotes for YAML, and this text holds "
		    "': ': put it in straight double quotes, as in %.*s: "
		    "\"%.*s\""), (int)key_len, l.s,
		    (int)(end - (size_t)v), l.s + v);
	else
		diag_error(d, hint_pos(in, in->line, column(l,
		    in->column_byte)), _("this text holds ': ', which YAML "
		    "reads as a new key: put the text in double quotes, as in "
		    "%.*s: \"%.*s\""), (int)key_len, l.s,
		    (int)(end - (size_t)v), l.s + v);
	return 1;
}

int
yaml_hints_report(struct yaml_hint_input *in, struct diags *d)
{
	struct line	 l = line_at(in->data, in->len, in->line);
	size_t		 i, col = 0;

	/* The byte of the error's column, for the hints that need it. */
	for (i = 0; i < l.len && col < in->column; i++)
		if (((unsigned char)l.s[i] & 0xC0) != 0x80)
			col++;
	in->column_byte = i;
	return hint_unclosed_quote(in, d) || hint_tab(in, d) ||
	    hint_apostrophe(in, d) || hint_colon_in_value(in, d);
}
