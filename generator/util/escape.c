/*
 * Escaping functions, one per output context (see escape.h).
 */
#include <stddef.h>
#include <string.h>

#include "buf.h"
#include "escape.h"

void
escape_json(struct buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t		 i, run = 0;
	unsigned char	 c;

	buf_putc(b, '"');
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_put(b, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"':
			buf_puts(b, "\\\"");
			break;
		case '\\':
			buf_puts(b, "\\\\");
			break;
		case '\n':
			buf_puts(b, "\\n");
			break;
		case '\r':
			buf_puts(b, "\\r");
			break;
		case '\t':
			buf_puts(b, "\\t");
			break;
		case '\b':
			buf_puts(b, "\\b");
			break;
		case '\f':
			buf_puts(b, "\\f");
			break;
		default:
			buf_puts(b, "\\u00");
			buf_putc(b, hex[c >> 4]);
			buf_putc(b, hex[c & 0xF]);
			break;
		}
	}
	buf_put(b, s + run, len - run);
	buf_putc(b, '"');
}

void
escape_csv(struct buf *b, const char *s, size_t len)
{
	size_t	 i;

	if (memchr(s, ',', len) == NULL && memchr(s, '"', len) == NULL &&
	    memchr(s, '\n', len) == NULL && memchr(s, '\r', len) == NULL) {
		buf_put(b, s, len);
		return;
	}
	buf_putc(b, '"');
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			buf_putc(b, '"');
		buf_putc(b, s[i]);
	}
	buf_putc(b, '"');
}

/*
 * Writes s with each character of special replaced by its entity; the
 * characters handled are & < > " '.
 */
static void
escape_entities(struct buf *b, const char *s, size_t len, const char *special)
{
	size_t	 i, run = 0;

	for (i = 0; i < len; i++) {
		if (strchr(special, s[i]) == NULL || s[i] == '\0')
			continue;
		buf_put(b, s + run, i - run);
		run = i + 1;
		switch (s[i]) {
		case '&':
			buf_puts(b, "&amp;");
			break;
		case '<':
			buf_puts(b, "&lt;");
			break;
		case '>':
			buf_puts(b, "&gt;");
			break;
		case '"':
			buf_puts(b, "&quot;");
			break;
		default:
			buf_puts(b, "&#39;");
			break;
		}
	}
	buf_put(b, s + run, len - run);
}

void
escape_html_text(struct buf *b, const char *s, size_t len)
{
	escape_entities(b, s, len, "&<>");
}

void
escape_html_attr(struct buf *b, const char *s, size_t len)
{
	escape_entities(b, s, len, "&<>\"'");
}

void
escape_xml(struct buf *b, const char *s, size_t len)
{
	escape_entities(b, s, len, "&<>\"'");
}

void
escape_uri(struct buf *b, const char *s, size_t len)
{
	static const char	 hexd[] = "0123456789ABCDEF";
	unsigned char		 c;
	size_t			 i;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c > 0x20 && c < 0x7F)
			buf_putc(b, (char)c);
		else {
			buf_putc(b, '%');
			buf_putc(b, hexd[c >> 4]);
			buf_putc(b, hexd[c & 15]);
		}
	}
}

void
escape_mailto(struct buf *b, const char *email)
{
	static const char	 hexd[] = "0123456789ABCDEF";
	const unsigned char	*p;

	buf_puts(b, "mailto:");
	for (p = (const unsigned char *)email; *p != '\0'; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("@.-_+", *p) != NULL)
			buf_putc(b, (char)*p);
		else {
			buf_putc(b, '%');
			buf_putc(b, hexd[*p >> 4]);
			buf_putc(b, hexd[*p & 15]);
		}
}

void
escape_tel(struct buf *b, const char *phone)
{
	const char	*p;
	size_t		 start = b->len;

	buf_puts(b, "tel:");
	for (p = phone; *p != '\0'; p++) {
		if (*p == '+' && b->len == start + 4)
			buf_putc(b, '+');
		else if (*p >= '0' && *p <= '9')
			buf_putc(b, *p);
		else if (strncmp(p, "(0)", 3) == 0 && b->data[start + 4] == '+')
			p += 2;
		else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
			break;
	}
}
