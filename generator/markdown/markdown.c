/*
 * Markdown parsing and sanitizing (see markdown.h). cmark's own renderers
 * are safe by default, but clspd has renderers of its own (the PDF), so the
 * tree itself is cleaned here: one mechanism for every output.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/i18n.h"
#include "../util/utf8.h"
#include "markdown.h"

#define MARKDOWN_OPTIONS (CMARK_OPT_DEFAULT | CMARK_OPT_SMART)

/*
 * cmark's memory hooks over a thread's arena. cmark's hooks carry no
 * context, hence the thread-local arena; realloc needs the old size,
 * kept in a word before each block. free does nothing (md_forget): the
 * arena is reset as a whole. Out of memory is alloc_die's, as everywhere:
 * cmark does not expect NULL from its hooks.
 */
static _Thread_local struct arena *md_arena;

static void *
md_calloc(size_t count, size_t size)
{
	size_t	*p;

	if (md_arena == NULL)
		md_arena = arena_new();
	if (size != 0 && count > ((size_t)-1 - sizeof(size_t)) / size)
		alloc_die(SIZE_MAX);
	p = arena_alloc(md_arena, count * size + sizeof(size_t));
	p[0] = count * size;
	return p + 1;
}

static void *
md_realloc(void *old, size_t size)
{
	size_t	 old_size;
	void	*p;

	if (old == NULL)
		return md_calloc(1, size);
	old_size = ((size_t *)old)[-1];
	if (size <= old_size)
		return old;
	p = md_calloc(1, size);
	memcpy(p, old, old_size);
	return p;
}

static void
md_forget(void *p)
{
	(void)p;
}

static cmark_mem md_mem = { md_calloc, md_realloc, md_forget };

cmark_node *
markdown_node_new(cmark_node_type type)
{
	return cmark_node_new_with_mem(type, &md_mem);
}

void
markdown_scratch_reset(void)
{
	if (md_arena != NULL)
		arena_reset(md_arena);
}

void
markdown_scratch_free(void)
{
	arena_free(md_arena);
	md_arena = NULL;
}

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
 * text is read once, however many nodes it holds. The cursor knows where
 * its text starts (base) and whether cmark's lines are the file's
 * (exact_lines: a whole file), else every node is at base.
 */
struct md_cursor {
	const char	*s;
	size_t		 len;
	struct pos	 base;
	int		 exact_lines;
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
markdown_node_pos(cmark_node *n, struct md_cursor *c)
{
	struct pos	 p = c->base;
	int		 line = cmark_node_get_start_line(n);
	int		 col = cmark_node_get_start_column(n);

	if (c->exact_lines && line > 0) {
		p.line = c->base.line + line - 1;
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
 * Counts the elements and links of a document as the walk meets them,
 * and reports the first one past each limit (markdown.h).
 */
struct md_count {
	size_t	 nodes;
	size_t	 links;
	size_t	 skip;	/* bytes of the first line before the piece counted */
};

/* markdown_node_pos, in a piece that starts skip bytes into its line. */
static struct pos
markdown_count_pos(cmark_node *n, struct md_cursor *c, size_t skip)
{
	struct pos	 p = c->base;
	int		 line = cmark_node_get_start_line(n);
	int		 col = cmark_node_get_start_column(n);

	if (c->exact_lines && line > 0) {
		if (line == 1)
			col += (int)skip;
		p.line = c->base.line + line - 1;
		p.col = markdown_char_col(c, line, col < 1 ? 1 : col);
	}
	return p;
}

static void
markdown_count(struct diags *d, cmark_node *n, cmark_node_type t,
    struct md_count *k, struct md_cursor *c)
{
	if (d == NULL)
		return;
	if (++k->nodes == MARKDOWN_MAX_NODES + 1)
		diag_error(d, markdown_count_pos(n, c, k->skip),
		    _("more than %d Markdown elements (paragraphs, lines, "
		    "list items, emphasis, links) in one text; split it "
		    "into several pages"), MARKDOWN_MAX_NODES);
	if ((t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) &&
	    ++k->links == MARKDOWN_MAX_LINKS + 1)
		diag_error(d, markdown_count_pos(n, c, k->skip),
		    _("more than %d links in one text; split it into "
		    "several pages"), MARKDOWN_MAX_LINKS);
}

/* The characters of a heading's text (its texts and code spans). */
static size_t
markdown_heading_chars(cmark_node *heading)
{
	cmark_iter	*it = cmark_iter_new(heading);
	cmark_event_type ev;
	cmark_node	*n;
	const char	*lit;
	size_t		 chars = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		n = cmark_iter_get_node(it);
		if (ev == CMARK_EVENT_ENTER &&
		    (lit = cmark_node_get_literal(n)) != NULL)
			chars += utf8_length(lit);
	}
	cmark_iter_free(it);
	return chars;
}

/*
 * Removes raw HTML and unwraps links and images whose destination is not
 * safe, with a warning for each, since content is not meant to hold them.
 * Nodes are collected first and changed after the walk, as cmark's
 * iterator does not allow changes during it.
 */
static void
markdown_sanitize(struct diags *d, cmark_node *doc, const char *s,
    size_t len, struct pos base, int exact_lines)
{
	cmark_iter	*it = cmark_iter_new(doc);
	cmark_event_type ev;
	cmark_node	*n, **drop = NULL, **unwrap = NULL;
	size_t		 ndrop = 0, nunwrap = 0, capdrop = 0, capunwrap = 0, i;
	size_t		 chars;
	cmark_node_type	 t;
	const char	*url;
	struct md_cursor c = { s, len, base, exact_lines, 1, 0, 0, 0 };
	struct md_count	 k = { 0, 0, 0 };

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev != CMARK_EVENT_ENTER)
			continue;
		n = cmark_iter_get_node(it);
		t = cmark_node_get_type(n);
		markdown_count(d, n, t, &k, &c);
		if (t == CMARK_NODE_HEADING && d != NULL &&
		    (chars = markdown_heading_chars(n)) > MARKDOWN_MAX_LINE)
			diag_error(d, markdown_node_pos(n, &c),
			    _("heading of %zu characters, longer than %d: a "
			    "heading is one line; write a shorter one"), chars,
			    MARKDOWN_MAX_LINE);
		if (t == CMARK_NODE_HTML_BLOCK || t == CMARK_NODE_HTML_INLINE) {
			if (d != NULL)
				diag_warning(d, markdown_node_pos(n, &c),
				    _("raw HTML is not published; write "
				    "Markdown instead"));
			if (ndrop == capdrop)
				drop = xreallocarray(drop, capdrop = capdrop ?
				    capdrop * 2 : 16, sizeof(*drop));
			drop[ndrop++] = n;
		} else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
			url = cmark_node_get_url(n);
			if (url != NULL && !markdown_url_is_safe(url)) {
				if (d != NULL)
					diag_warning(d, markdown_node_pos(n,
					    &c), _("link to '%.40s' removed "
					    "(only http, https, mailto and "
					    "tel links are published)"), url);
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

/* Parses one source into the scratch arena and sanitizes it. */
static cmark_node *
markdown_parse_one(struct diags *d, const char *s, size_t len,
    struct pos pos, int exact_lines)
{
	cmark_parser	*p = cmark_parser_new_with_mem(MARKDOWN_OPTIONS,
			    &md_mem);
	cmark_node	*doc;

	cmark_parser_feed(p, s, len);
	doc = cmark_parser_finish(p);
	cmark_parser_free(p);
	if (doc == NULL)	/* cmark gives up only when out of memory */
		alloc_die(0);
	markdown_sanitize(d, doc, s, len, pos, exact_lines);
	return doc;
}

/* The document of a text; warnings go to d when it is not NULL. */
static cmark_node *
markdown_build(struct diags *d, const struct text *t)
{
	cmark_node	*doc, *list, *item, *part, *kid;
	size_t		 i;

	if (t->n == 0)
		return NULL;
	if (!t->list)
		return markdown_parse_one(d, t->items[0], t->lens[0],
		    t->item_pos[0], t->whole_file);
	doc = cmark_node_new_with_mem(CMARK_NODE_DOCUMENT, &md_mem);
	list = cmark_node_new_with_mem(CMARK_NODE_LIST, &md_mem);
	cmark_node_set_list_type(list, CMARK_BULLET_LIST);
	cmark_node_set_list_tight(list, 1);
	cmark_node_append_child(doc, list);
	for (i = 0; i < t->n; i++) {
		part = markdown_parse_one(d, t->items[i], t->lens[i],
		    t->item_pos[i], 0);
		item = cmark_node_new_with_mem(CMARK_NODE_ITEM, &md_mem);
		while ((kid = cmark_node_first_child(part)) != NULL)
			cmark_node_append_child(item, kid);
		cmark_node_append_child(list, item);
	}
	return doc;
}

cmark_node *
markdown_document(const struct text *t)
{
	return markdown_build(NULL, t);
}

/*
 * Whether a source may hold something sanitizing removes: raw HTML needs
 * a '<', a link with a scheme needs a ':', written or as an entity ('&').
 * A short text without any of the three is safe as it is, and is not
 * parsed.
 */
static int
markdown_may_need_sanitizing(const struct text *t)
{
	size_t	 i, total = 0;

	for (i = 0; i < t->n; i++)
		total += t->lens[i];
	/* Long enough to pass a limit (markdown.h): counted. */
	if (total > MARKDOWN_SMALL)
		return 1;
	/* Long enough for a heading too long (load/fields.h), with one. */
	for (i = 0; total > MARKDOWN_MAX_LINE && i < t->n; i++)
		if (memchr(t->items[i], '#', t->lens[i]) != NULL ||
		    memchr(t->items[i], '=', t->lens[i]) != NULL ||
		    memchr(t->items[i], '-', t->lens[i]) != NULL)
			return 1;
	for (i = 0; i < t->n; i++)
		if (memchr(t->items[i], '<', t->lens[i]) != NULL ||
		    memchr(t->items[i], ':', t->lens[i]) != NULL ||
		    memchr(t->items[i], '&', t->lens[i]) != NULL)
			return 1;
	return 0;
}

/*
 * Counts the elements of one piece of a text, parsed alone, into k,
 * reporting the first past a limit. Returns 1 when a limit was passed.
 */
static int
markdown_count_chunk(struct diags *d, const char *s, size_t len,
    struct pos base, int exact_lines, struct md_count *k)
{
	cmark_parser	*p = cmark_parser_new_with_mem(MARKDOWN_OPTIONS,
			    &md_mem);
	cmark_node	*doc, *n;
	cmark_iter	*it;
	cmark_event_type ev;
	struct md_cursor c = { s - k->skip, len + k->skip, base, exact_lines,
			    1, 0, 0, 0 };

	cmark_parser_feed(p, s, len);
	doc = cmark_parser_finish(p);
	cmark_parser_free(p);
	if (doc == NULL)
		alloc_die(0);	/* cmark returns NULL only out of memory */
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
		if (ev == CMARK_EVENT_ENTER) {
			n = cmark_iter_get_node(it);
			markdown_count(d, n, cmark_node_get_type(n), k, &c);
		}
	cmark_iter_free(it);
	markdown_scratch_reset();
	return k->nodes > MARKDOWN_MAX_NODES || k->links > MARKDOWN_MAX_LINKS;
}

/* Whether the line s[i..] opens or closes a code fence. */
static int
markdown_is_fence(const char *s, size_t len, size_t i)
{
	size_t	 sp = 0;

	while (i < len && s[i] == ' ' && sp < 3) {
		i++;
		sp++;
	}
	return i + 3 <= len && (memcmp(s + i, "```", 3) == 0 ||
	    memcmp(s + i, "~~~", 3) == 0);
}

/*
 * The end of the piece of s[0..len) that starts at from, the line ends
 * it holds in *lines and where its last line starts in *last: after a
 * blank line outside a code fence once the piece is MARKDOWN_CHUNK bytes
 * long, after any line end at four times that, or after a space in a
 * line longer than that (a paragraph of megabytes on one line). Lines
 * end as cmark ends them ("\n", "\r\n", "\r").
 */
static size_t
markdown_chunk_end(const char *s, size_t len, size_t from, int *lines,
    size_t *last)
{
	size_t	 i = from, start;
	int	 fence = 0, blank;

	*lines = 0;
	*last = from;
	while (i < len) {
		start = i;
		*last = start;
		if (markdown_is_fence(s, len, i))
			fence = !fence;
		blank = 1;
		for (; i < len && s[i] != '\n' && s[i] != '\r'; i++) {
			blank &= s[i] == ' ' || s[i] == '\t';
			if (s[i] == ' ' && i - from >= 4 * MARKDOWN_CHUNK)
				return i + 1;
		}
		if (i < len && s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
			i++;
		if (i < len)
			i++;
		(*lines)++;
		*last = i;
		if ((i - from >= MARKDOWN_CHUNK && blank && !fence &&
		    i > start) || i - from >= 4 * MARKDOWN_CHUNK)
			break;
	}
	return i;
}

/*
 * Counts a long text's elements piece by piece, each piece parsed alone
 * and forgotten, so that counting a text of megabytes takes the memory
 * of a piece. Pieces start after blank lines where they can, so the
 * count is close to the whole document's. Returns 1 when a limit was
 * passed (reported).
 */
static int
markdown_count_text(struct diags *d, const struct text *t)
{
	struct md_count	 k = { 0, 0, 0 };
	struct pos	 base;
	size_t		 i, from, end, last;
	int		 lines;

	for (i = 0; i < t->n; i++) {
		base = t->item_pos[i];
		k.skip = 0;
		for (from = 0; from < t->lens[i]; from = end) {
			end = markdown_chunk_end(t->items[i], t->lens[i], from,
			    &lines, &last);
			if (markdown_count_chunk(d, t->items[i] + from,
			    end - from, base, t->whole_file, &k))
				return 1;
			if (t->whole_file)
				base.line += lines;
			k.skip = (lines == 0 ? k.skip : 0) + (end - last);
		}
	}
	return 0;
}

/* The text of an image's description (its children's literals). */
static void
markdown_alt(cmark_node *image, struct buf *alt)
{
	cmark_iter	*it = cmark_iter_new(image);
	cmark_event_type ev;
	const char	*lit;

	buf_truncate(alt, 0);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
		if (ev == CMARK_EVENT_ENTER && (lit = cmark_node_get_literal(
		    cmark_iter_get_node(it))) != NULL)
			buf_puts(alt, lit);
	cmark_iter_free(it);
}

void
markdown_images(const struct text *t, markdown_image_fn fn, void *ctx)
{
	cmark_node	*doc, *n;
	cmark_iter	*it;
	cmark_event_type ev;
	struct buf	 alt = BUF_INIT;
	size_t		 i;
	const char	*url;

	for (i = 0; i < t->n; i++) {
		struct md_cursor c = { t->items[i], t->lens[i], t->item_pos[i],
				    t->whole_file, 1, 0, 0, 0 };

		if (memmem(t->items[i], t->lens[i], "![", 2) == NULL)
			continue;
		doc = markdown_parse_one(NULL, t->items[i], t->lens[i],
		    t->item_pos[i], t->whole_file);
		it = cmark_iter_new(doc);
		while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
			n = cmark_iter_get_node(it);
			if (ev != CMARK_EVENT_ENTER ||
			    cmark_node_get_type(n) != CMARK_NODE_IMAGE)
				continue;
			markdown_alt(n, &alt);
			url = cmark_node_get_url(n);
			fn(ctx, url != NULL ? url : "", buf_cstr(&alt),
			    markdown_node_pos(n, &c));
		}
		cmark_iter_free(it);
		markdown_scratch_reset();
	}
	buf_release(&alt);
}

void
markdown_check(struct diags *d, const struct text *t)
{
	if (!markdown_may_need_sanitizing(t))
		return;
	if (markdown_count_text(d, t))
		return;
	markdown_build(d, t);
	markdown_scratch_reset();
}
