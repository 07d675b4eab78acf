/*
 * Markdown into the flow (see pdf_layout.h): a sanitized cmark tree
 * (markdown/markdown.h: no raw HTML) as paragraphs with bold, italic,
 * code and links, headings, nested lists, block quotes, code blocks and rules.
 * cmark caps little of the nesting (a quote or a list may be 100,000
 * deep), so the recursion is bounded: inlines are walked with cmark's
 * iterator, and blocks nested deeper than MD_MAX_DEPTH are laid out
 * flat, at the indent of that depth, rather than dropped: the PDF shows
 * all the text the site shows.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../../util/alloc.h"
#include "pdf_image.h"
#include "pdf_layout.h"

#define MD_MAX_DEPTH 16

/* Measures of the Markdown's blocks, in points unless said. */
static const struct {
	float	 quote_bar;	/* a quote's bar, right of its indent */
	float	 quote_indent;	/* a quote's text, right of its indent */
	float	 code_bar;	/* a code block's bar, likewise */
	float	 code_indent;	/* its text */
	float	 indent_div;	/* the frame ÷ it: the most nesting indents */
	float	 rule_space;	/* above and below a rule */
	float	 rule_x;	/* of the frame: where a rule starts */
	float	 rule_w;	/* of the frame: its length */
	float	 rule_line;	/* its width */
} md_layout = {
	.quote_bar = 4, .quote_indent = 14, .code_bar = 2, .code_indent = 12,
	.indent_div = 3, .rule_space = 6, .rule_x = 0.3f, .rule_w = 0.4f,
	.rule_line = 0.6f,
};

struct md {
	struct pdf_flow	*fl;
	int		 heading_base;
	float		 indent;
	float		 bars[MD_MAX_DEPTH + 1];	/* quotes' bars, x */
	size_t		 nbars;		/* quotes open */
	size_t		 started;	/* of them, with a block laid out */
	const char	*marker;	/* for the next paragraph */
	int		 tight;
	int		 split;		/* chapters' heading level, or 0 */
	int		 in_heading;	/* no link address in a title */
	void		(*open)(void *, const char *);
	void		*ctx;
};

/* A list open in a flat walk (md_blocks_flat). */
struct md_flat_list {
	int		 number;	/* of its next item */
	int		 ordered;
	int		 tight;		/* of the list around it */
};

static void	 md_blocks(struct md *, cmark_node *, int depth);

static int
face(int bold, int italic)
{
	return bold ? (italic ? PDF_BOLD_ITALIC : PDF_BOLD) :
	    (italic ? PDF_ITALIC : PDF_REGULAR);
}

static void
add(struct pdf_text *t, int font, uint32_t color, const char *s,
    const char *link)
{
	struct pdf_span	*sp;

	if (s == NULL || *s == '\0')
		return;
	sp = pdf_text_add(t, font, color, s, strlen(s));
	sp->link = link;
}

/*
 * A printed page cannot be clicked: after a link's text (spans first..
 * of t), its address in parentheses, unless the text says it already
 * ("https://…" as its own text, an email address for "mailto:…"). Only
 * addresses a PDF links to (pdf_uri_is_absolute) are written.
 */
static void
md_link_address(struct md *m, struct pdf_text *t, size_t first,
    const char *url)
{
	const char	*shown = url;
	struct buf	 b = BUF_INIT;
	size_t		 i;

	if (url == NULL || !pdf_uri_is_absolute(url) || m->in_heading)
		return;
	/* An address, without its query ("?subject=…"); a number. */
	if (strncmp(url, "mailto:", 7) == 0)
		shown = arena_strndup(m->fl->layout->doc->arena, url + 7,
		    strcspn(url + 7, "?"));
	else if (strncmp(url, "tel:", 4) == 0)
		shown = url + 4;
	for (i = first; i < t->n; i++)
		buf_put(&b, t->v[i].text, t->v[i].len);
	if (b.len == 0 || strcmp(buf_cstr(&b), shown) != 0) {
		add(t, PDF_REGULAR, m->fl->layout->style->muted, " (", NULL);
		add(t, PDF_REGULAR, m->fl->layout->style->muted, shown, url);
		add(t, PDF_REGULAR, m->fl->layout->style->muted, ")", NULL);
	}
	buf_release(&b);
}

/*
 * Whether c is an image md_images draws (one of the layout's media); an
 * image in a heading stays its alternative text, as a title is one line
 * of text.
 */
static int
md_image_drawn(const struct md *m, cmark_node *c)
{
	const char	*url;

	return cmark_node_get_type(c) == CMARK_NODE_IMAGE && !m->in_heading &&
	    (url = cmark_node_get_url(c)) != NULL &&
	    pdf_images_find(m->fl->layout->media, url) != NULL;
}

/*
 * Collects the inlines of node into t, in a walk with cmark's iterator
 * (no recursion, whatever the nesting): italic inside any emphasis, bold
 * inside any strong emphasis or code, linked inside a link, followed by
 * its address (md_link_address). An image of media/ is left out here:
 * it is drawn under its paragraph (md_images), and its alternative text
 * is not printed; any other image (a document without media) is its
 * children, its alternative text. Raw HTML is gone (sanitized).
 */
static void
md_inlines(struct md *m, struct pdf_text *t, cmark_node *node)
{
	const struct pdf_style	*st = m->fl->layout->style;
	cmark_iter		*it = cmark_iter_new(node);
	cmark_event_type	 ev;
	cmark_node		*c, *link = NULL;
	const char		*url = NULL;
	int			 emph = 0, strong = 0, d;
	cmark_node		*drawn = NULL;	/* an image being skipped */
	uint32_t		 color;
	size_t			 first = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if ((c = cmark_iter_get_node(it)) == node)
			continue;
		d = ev == CMARK_EVENT_ENTER ? 1 : -1;
		if (drawn == NULL && d > 0 && md_image_drawn(m, c))
			drawn = c;
		if (drawn != NULL) {
			if (d < 0 && c == drawn)
				drawn = NULL;
			continue;
		}
		/* A relative link means nothing on paper: plain text. */
		color = url != NULL && pdf_uri_is_absolute(url) ?
		    st->accent_dark : st->text;
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
			add(t, face(strong > 0, emph > 0), color,
			    cmark_node_get_literal(c), url);
			break;
		case CMARK_NODE_CODE:
			add(t, face(1, emph > 0), st->accent_dark,
			    cmark_node_get_literal(c), url);
			break;
		case CMARK_NODE_SOFTBREAK:
			add(t, PDF_REGULAR, color, " ", url);
			break;
		case CMARK_NODE_LINEBREAK:
			add(t, PDF_REGULAR, color, "\n", url);
			break;
		case CMARK_NODE_EMPH:
			emph += d;
			break;
		case CMARK_NODE_STRONG:
			strong += d;
			break;
		case CMARK_NODE_LINK:
			/* Links do not nest: the outermost one holds. */
			if (d > 0 && link == NULL) {
				link = c;
				url = cmark_node_get_url(c);
				first = t->n;
			} else if (d < 0 && link == c) {
				md_link_address(m, t, first, url);
				link = NULL;
				url = NULL;
			}
			break;
		default:	/* other images: their children */
			break;
		}
	}
	cmark_iter_free(it);
}

/*
 * Before a block: the space above it draws the bars of the quotes that
 * go on (those with a block above), so that each bar is continuous.
 */
static void
md_gap(struct md *m)
{
	pdf_flow_bars_space(m->fl, m->bars, m->started);
	m->started = m->nbars;
}

/*
 * The images of a paragraph of media/ (pdf_images_find), each drawn in a
 * box of its own under the paragraph's text, at its indent.
 */
static void
md_images(struct md *m, cmark_node *node)
{
	cmark_iter		*it;
	cmark_event_type	 ev;
	cmark_node		*c;
	const char		*url;
	const struct pdf_images	*media = m->fl->layout->media;

	if (media == NULL)
		return;
	it = cmark_iter_new(node);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		c = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER || !md_image_drawn(m, c) ||
		    (url = cmark_node_get_url(c)) == NULL)
			continue;
		md_gap(m);
		pdf_flow_image(m->fl, pdf_images_find(media, url), m->indent);
	}
	cmark_iter_free(it);
}

static void
md_paragraph(struct md *m, cmark_node *node)
{
	const struct pdf_style	*st = m->fl->layout->style;
	struct pdf_text		 t;
	struct pdf_block	 bl;

	pdf_text_init(&t, st->body_size, PDF_JUSTIFY);
	md_inlines(m, &t, node);
	memset(&bl, 0, sizeof(bl));
	bl.indent = m->indent;
	bl.anchor = -1;
	bl.marker = m->marker;
	bl.marker_font = PDF_BOLD;
	bl.marker_color = st->accent;
	bl.bars = m->bars;
	bl.nbars = m->nbars;
	m->marker = NULL;
	if (t.n > 0) {
		md_gap(m);
		pdf_flow_text(m->fl, &t, &bl);
	}
	pdf_flow_space(m->fl, m->tight ? st->item_space : st->paragraph_space);
	pdf_text_release(&t);
	md_images(m, node);
}

static void
md_heading(struct md *m, cmark_node *node, int depth)
{
	struct pdf_text	 t;
	struct buf	 b = BUF_INIT;
	size_t		 i;

	pdf_text_init(&t, 10, PDF_LEFT);
	m->in_heading = 1;
	md_inlines(m, &t, node);
	m->in_heading = 0;
	for (i = 0; i < t.n; i++)
		buf_put(&b, t.v[i].text, t.v[i].len);
	if (depth == 0 && m->open != NULL &&
	    cmark_node_get_heading_level(node) == m->split)
		m->open(m->ctx, buf_cstr(&b));
	else
		pdf_flow_heading(m->fl, cmark_node_get_heading_level(node) +
		    m->heading_base, buf_cstr(&b), -1, -1);
	buf_release(&b);
	pdf_text_release(&t);
}

/*
 * The marker of an item of a list nested depth deep: its number (into
 * num, of size 16) when ordered, else a bullet or a dash by turns.
 */
static const char *
md_marker(int ordered, int number, int depth, char *num)
{
	if (ordered) {
		snprintf(num, 16, "%d.", number);
		return num;
	}
	return depth % 2 ? "\xE2\x80\x93" : "\xE2\x80\xA2";
}

/*
 * Indents by step, up to a third of the frame: deeper lists and quotes
 * keep their markers and bars but no longer narrow the column (20
 * levels would leave a column one letter wide). Returns the indent
 * added, to take back after.
 */
static float
md_indent(struct md *m, float step)
{
	float	 room = m->fl->width / md_layout.indent_div - m->indent;

	if (step > room)
		step = room > 0 ? room : 0;
	m->indent += step;
	return step;
}

static void
md_list(struct md *m, cmark_node *node, int depth)
{
	const struct pdf_style	*st = m->fl->layout->style;
	int			 n = cmark_node_get_list_start(node);
	int			 ordered = cmark_node_get_list_type(node) ==
				    CMARK_ORDERED_LIST;
	int			 tight = m->tight;
	char			 num[16];
	cmark_node		*item;
	float			 in = md_indent(m, st->list_indent);

	m->tight = cmark_node_get_list_tight(node);
	for (item = cmark_node_first_child(node); item;
	    item = cmark_node_next(item)) {
		m->marker = md_marker(ordered, n++, depth, num);
		md_blocks(m, item, depth + 1);
		m->marker = NULL;
	}
	m->indent -= in;
	m->tight = tight;
	pdf_flow_space(m->fl, st->paragraph_space);
}

static void
md_code_block(struct md *m, cmark_node *node)
{
	const struct pdf_style	*st = m->fl->layout->style;
	const char		*s = cmark_node_get_literal(node), *nl;
	struct pdf_text		 t;
	struct pdf_block	 bl;
	float			 bars[MD_MAX_DEPTH + 2];

	pdf_text_init(&t, st->small_size, PDF_LEFT);
	while (s != NULL && *s != '\0') {
		nl = strchr(s, '\n');
		pdf_text_add(&t, PDF_REGULAR, st->accent_dark, s,
		    nl ? (size_t)(nl - s) : strlen(s));
		if (nl == NULL)
			break;
		pdf_text_add(&t, PDF_REGULAR, st->text, "\n", 1);
		s = nl + 1;
	}
	memset(&bl, 0, sizeof(bl));
	bl.indent = m->indent + md_layout.code_indent;
	bl.anchor = -1;
	/* The quotes' bars, then the code's own. */
	memcpy(bars, m->bars, m->nbars * sizeof(bars[0]));
	bars[m->nbars] = m->indent + md_layout.code_bar;
	bl.bars = bars;
	bl.nbars = m->nbars + 1;
	if (t.n > 0) {
		md_gap(m);
		pdf_flow_text(m->fl, &t, &bl);
	}
	pdf_flow_space(m->fl, st->paragraph_space);
	pdf_text_release(&t);
}

static void
md_rule(struct md *m)
{
	struct pdf_op	 op;

	pdf_flow_space(m->fl, md_layout.rule_space);
	pdf_flow_box(m->fl, 1);
	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_LINE;
	op.color = m->fl->layout->style->rule;
	op.x = m->fl->width * md_layout.rule_x;
	op.w = m->fl->width * md_layout.rule_w;
	op.size = md_layout.rule_line;
	pdf_flow_op(m->fl, &op);
	pdf_flow_space(m->fl, md_layout.rule_space);
}

/*
 * A block quote: its blocks indented, one bar at the quote's own left
 * for each level, whatever the blocks inside (lists) indent. Quotes are
 * at most MD_MAX_DEPTH deep here (md_blocks), so their bars fit.
 */
static void
md_quote(struct md *m, cmark_node *node, int depth)
{
	float	 in;

	if (m->nbars >= MD_MAX_DEPTH) {
		md_blocks(m, node, depth + 1);
		return;
	}
	m->bars[m->nbars++] = m->indent + md_layout.quote_bar;
	in = md_indent(m, md_layout.quote_indent);
	md_blocks(m, node, depth + 1);
	m->indent -= in;
	m->nbars--;
	if (m->started > m->nbars)
		m->started = m->nbars;
}

/*
 * A list entered or left in a flat walk: lists open are kept on the
 * heap (*open, *n of them, *cap room), not on the stack, whatever their
 * number.
 */
static void
md_flat_list(struct md *m, cmark_node *node, cmark_event_type ev,
    struct md_flat_list **open, size_t *n, size_t *cap)
{
	struct md_flat_list	*l;

	if (ev == CMARK_EVENT_EXIT) {
		m->tight = (*open)[--*n].tight;
		pdf_flow_space(m->fl, m->fl->layout->style->paragraph_space);
		return;
	}
	if (*n == *cap)
		*open = xreallocarray(*open, *cap = *cap ? *cap * 2 : 16,
		    sizeof(**open));
	l = &(*open)[(*n)++];
	l->number = cmark_node_get_list_start(node);
	l->ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
	l->tight = m->tight;
	m->tight = cmark_node_get_list_tight(node);
}

/*
 * The blocks of node, nested too deep for md_blocks, laid out flat in a
 * walk with cmark's iterator: no more indent nor bar, but each item
 * still has its marker, each list its spacing. depth is node's.
 */
static void
md_blocks_flat(struct md *m, cmark_node *node, int depth)
{
	cmark_iter		*it = cmark_iter_new(node);
	cmark_event_type	 ev;
	cmark_node		*c;
	struct md_flat_list	*open = NULL, *l;
	size_t			 n = 0, cap = 0;
	char			 num[16];
	int			 leaf;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if ((c = cmark_iter_get_node(it)) == node)
			continue;
		leaf = 1;
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_PARAGRAPH:
			md_paragraph(m, c);
			break;
		case CMARK_NODE_HEADING:
			md_heading(m, c, depth);
			break;
		case CMARK_NODE_CODE_BLOCK:
			md_code_block(m, c);
			break;
		case CMARK_NODE_THEMATIC_BREAK:
			md_rule(m);
			break;
		case CMARK_NODE_LIST:
			md_flat_list(m, c, ev, &open, &n, &cap);
			leaf = 0;
			break;
		case CMARK_NODE_ITEM:
			l = n > 0 ? &open[n - 1] : NULL;
			if (ev == CMARK_EVENT_ENTER && l != NULL)
				m->marker = md_marker(l->ordered, l->number++,
				    depth + (int)n, num);
			else
				m->marker = NULL;
			leaf = 0;
			break;
		default:	/* quotes and the like: their blocks */
			leaf = 0;
			break;
		}
		/*
		 * A paragraph or a heading: its inlines are done, and its
		 * exit is skipped (leaves have none).
		 */
		if (leaf && ev == CMARK_EVENT_ENTER)
			cmark_iter_reset(it, c, CMARK_EVENT_EXIT);
	}
	cmark_iter_free(it);
	free(open);
}

/*
 * The blocks of node, nested depth deep: laid out in recursion up to
 * MD_MAX_DEPTH, which bounds the stack, and flat below.
 */
static void
md_blocks(struct md *m, cmark_node *node, int depth)
{
	cmark_node	*c;

	if (depth > MD_MAX_DEPTH) {
		md_blocks_flat(m, node, depth);
		return;
	}
	for (c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_PARAGRAPH:
			md_paragraph(m, c);
			break;
		case CMARK_NODE_HEADING:
			md_heading(m, c, depth);
			break;
		case CMARK_NODE_LIST:
			md_list(m, c, depth);
			break;
		case CMARK_NODE_BLOCK_QUOTE:
			md_quote(m, c, depth);
			break;
		case CMARK_NODE_CODE_BLOCK:
			md_code_block(m, c);
			break;
		case CMARK_NODE_THEMATIC_BREAK:
			md_rule(m);
			break;
		default:
			md_blocks(m, c, depth + 1);
			break;
		}
	}
}

void
pdf_flow_markdown_chapters(struct pdf_flow *fl, cmark_node *doc,
    int heading_base, int split, void (*open)(void *, const char *),
    void *ctx)
{
	struct md	 m;

	if (doc == NULL)
		return;
	memset(&m, 0, sizeof(m));
	m.fl = fl;
	m.heading_base = heading_base;
	m.split = split;
	m.open = open;
	m.ctx = ctx;
	md_blocks(&m, doc, 0);
}

void
pdf_flow_markdown(struct pdf_flow *fl, cmark_node *doc, int heading_base)
{
	pdf_flow_markdown_chapters(fl, doc, heading_base, 0, NULL, NULL);
}
