/*
 * Markdown parsing and sanitizing (see markdown.h). cmark's own renderers
 * are safe by default, but clspd has renderers of its own (the PDF), so the
 * tree itself is cleaned once here: one mechanism for every output.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "markdown.h"

#define MARKDOWN_OPTIONS (CMARK_OPT_DEFAULT | CMARK_OPT_SMART)

int
markdown_url_is_safe(const char *url)
{
	size_t	 i;
	static const char *const schemes[] = {
		"http:", "https:", "mailto:", "tel:", NULL
	};

	/* A scheme is letters, digits, + - . before the first ':'. */
	for (i = 0; url[i] != '\0'; i++) {
		if (url[i] == ':')
			break;
		if (url[i] == '/' || url[i] == '?' || url[i] == '#')
			return 1;
		if (!isalnum((unsigned char)url[i]) && url[i] != '+' &&
		    url[i] != '-' && url[i] != '.' &&
		    !((unsigned char)url[i] <= ' '))
			return 1;
	}
	if (url[i] == '\0')
		return 1;
	for (i = 0; schemes[i] != NULL; i++)
		if (strncasecmp(url, schemes[i], strlen(schemes[i])) == 0)
			return 1;
	return 0;
}

/*
 * Where markdown_node_pos is in the text: cmark counts columns in bytes,
 * diagnostics in characters, so the text is read up to each node. Nodes
 * come in document order, so the cursor only moves forward and a whole
 * text is read once, however many nodes it holds.
 */
struct md_cursor {
	const char	*s;
	size_t		 len;
	int		 line;		/* 1-based, the line at line_start */
	size_t		 line_start;
	size_t		 bytes;		/* of that line read so far */
	int		 chars;		/* characters in those bytes */
};

/*
 * The column, in characters, of the 1-based byte column col of line
 * (1-based). Lines end as cmark ends them: "\n", "\r\n" or "\r".
 */
static int
markdown_char_col(struct md_cursor *c, int line, int col)
{
	size_t	 i, end;

	if (line < c->line || (line == c->line &&
	    (size_t)(col - 1) < c->bytes)) {
		if (line < c->line) {
			c->line = 1;
			c->line_start = 0;
		}
		c->bytes = 0;
		c->chars = 0;
	}
	for (i = c->line_start; c->line < line && i < c->len; i++) {
		if (c->s[i] == '\r' && i + 1 < c->len && c->s[i + 1] == '\n')
			i++;
		if (c->s[i] == '\n' || c->s[i] == '\r') {
			c->line++;
			c->line_start = i + 1;
			c->bytes = 0;
			c->chars = 0;
		}
	}
	end = c->line_start + (size_t)(col - 1);
	for (i = c->line_start + c->bytes; i < end && i < c->len &&
	    c->s[i] != '\n' && c->s[i] != '\r'; i++)
		if (((unsigned char)c->s[i] & 0xC0) != 0x80)
			c->chars++;
	c->bytes = i - c->line_start;
	return c->chars + 1;
}

/* The position of a node: exact for whole files, else the string's. */
static struct pos
markdown_node_pos(cmark_node *n, struct md_cursor *c, struct pos base,
    int exact_lines)
{
	struct pos	 p = base;
	int		 line = cmark_node_get_start_line(n);
	int		 col = cmark_node_get_start_column(n);

	if (exact_lines && line > 0) {
		p.line = base.line + line - 1;
		p.col = markdown_char_col(c, line, col < 1 ? 1 : col);
	}
	return p;
}

/* Replaces node by its children (an unsafe link keeps its text). */
static void
markdown_unwrap(cmark_node *node)
{
	cmark_node	*kid;

	while ((kid = cmark_node_first_child(node)) != NULL)
		cmark_node_insert_before(node, kid);
	cmark_node_free(node);
}

/*
 * Removes raw HTML and unwraps links and images whose destination is not
 * safe, with a warning for each, since content is not meant to hold them.
 * Nodes are collected first and changed after the walk, as cmark's
 * iterator does not allow changes during it.
 */
static void
markdown_sanitize(struct loader *l, cmark_node *doc, const char *s,
    size_t len, struct pos base, int exact_lines)
{
	cmark_iter	*it = cmark_iter_new(doc);
	cmark_event_type ev;
	cmark_node	*n, **drop = NULL, **unwrap = NULL;
	size_t		 ndrop = 0, nunwrap = 0, capdrop = 0, capunwrap = 0, i;
	cmark_node_type	 t;
	const char	*url;
	struct md_cursor c = { s, len, 1, 0, 0, 0 };

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev != CMARK_EVENT_ENTER)
			continue;
		n = cmark_iter_get_node(it);
		t = cmark_node_get_type(n);
		if (t == CMARK_NODE_HTML_BLOCK || t == CMARK_NODE_HTML_INLINE) {
			diag_warning(l->diags, markdown_node_pos(n, &c, base,
			    exact_lines), "raw HTML is not published; "
			    "write Markdown instead");
			if (ndrop == capdrop)
				drop = xreallocarray(drop, capdrop = capdrop ?
				    capdrop * 2 : 16, sizeof(*drop));
			drop[ndrop++] = n;
		} else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
			url = cmark_node_get_url(n);
			if (url != NULL && !markdown_url_is_safe(url)) {
				diag_warning(l->diags, markdown_node_pos(n, &c,
				    base, exact_lines), "link to '%.40s' "
				    "removed (only http, https, mailto and "
				    "tel links are published)", url);
				if (nunwrap == capunwrap)
					unwrap = xreallocarray(unwrap,
					    capunwrap = capunwrap ?
					    capunwrap * 2 : 16,
					    sizeof(*unwrap));
				unwrap[nunwrap++] = n;
			}
		}
	}
	cmark_iter_free(it);
	for (i = 0; i < ndrop; i++)
		cmark_node_free(drop[i]);
	for (i = nunwrap; i > 0; i--)
		markdown_unwrap(unwrap[i - 1]);
	free(drop);
	free(unwrap);
}

cmark_node *
markdown_parse(struct loader *l, const char *s, size_t len, struct pos pos,
    int exact_lines)
{
	cmark_node	*doc;

	doc = cmark_parse_document(s, len, MARKDOWN_OPTIONS);
	if (doc == NULL) {
		fprintf(stderr, "clspd: out of memory in cmark\n");
		exit(3);
	}
	markdown_sanitize(l, doc, s, len, pos, exact_lines);
	return doc;
}

cmark_node *
markdown_parse_list(struct loader *l, const struct ynode *seq)
{
	cmark_node	*doc, *list, *item, *part, *kid;
	size_t		 i;

	doc = cmark_node_new(CMARK_NODE_DOCUMENT);
	list = cmark_node_new(CMARK_NODE_LIST);
	cmark_node_set_list_type(list, CMARK_BULLET_LIST);
	cmark_node_set_list_tight(list, 1);
	cmark_node_append_child(doc, list);
	for (i = 0; i < seq->nkids; i++) {
		part = markdown_parse(l, seq->kids[i]->scalar,
		    seq->kids[i]->len, seq->kids[i]->pos, 0);
		item = cmark_node_new(CMARK_NODE_ITEM);
		while ((kid = cmark_node_first_child(part)) != NULL)
			cmark_node_append_child(item, kid);
		cmark_node_append_child(list, item);
		cmark_node_free(part);
	}
	return doc;
}

void
markdown_free(cmark_node *doc)
{
	if (doc != NULL)
		cmark_node_free(doc);
}
