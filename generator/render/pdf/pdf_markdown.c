/*
 * Markdown into the flow (see pdf_layout.h): the sanitized cmark tree of
 * the view (view_markdown) as paragraphs with bold, italic, code and
 * links, headings, nested lists, block quotes, code blocks and rules.
 * Nesting is capped (cmark itself caps nothing), so recursion is bounded.
 */
#include <stdio.h>
#include <string.h>

#include "pdf_layout.h"

#define MD_MAX_DEPTH 16

struct md {
	struct pdf_flow	*fl;
	int		 heading_base;
	float		 indent;
	float		 bars[MD_MAX_DEPTH + 1];	/* quotes' bars, x */
	size_t		 nbars;		/* quotes open */
	size_t		 started;	/* of them, with a block laid out */
	const char	*marker;	/* for the next paragraph */
	int		 tight;
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

/* Collects the inlines of node into t. */
static void
md_inlines(struct md *m, struct pdf_text *t, cmark_node *node, int bold,
    int italic, const char *link, int depth)
{
	const struct pdf_style	*st = m->fl->layout->style;
	uint32_t		 color = link ? st->accent_dark : st->text;
	cmark_node		*c;

	if (depth > MD_MAX_DEPTH)
		return;
	for (c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
			add(t, face(bold, italic), color,
			    cmark_node_get_literal(c), link);
			break;
		case CMARK_NODE_CODE:
			add(t, face(1, italic), st->accent_dark,
			    cmark_node_get_literal(c), link);
			break;
		case CMARK_NODE_SOFTBREAK:
			add(t, PDF_REGULAR, color, " ", link);
			break;
		case CMARK_NODE_LINEBREAK:
			add(t, PDF_REGULAR, color, "\n", link);
			break;
		case CMARK_NODE_EMPH:
			md_inlines(m, t, c, bold, 1, link, depth + 1);
			break;
		case CMARK_NODE_STRONG:
			md_inlines(m, t, c, 1, italic, link, depth + 1);
			break;
		case CMARK_NODE_LINK:
			md_inlines(m, t, c, bold, italic,
			    cmark_node_get_url(c), depth + 1);
			break;
		default:	/* images: their text; raw HTML is gone */
			md_inlines(m, t, c, bold, italic, link, depth + 1);
			break;
		}
	}
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

static void
md_paragraph(struct md *m, cmark_node *node, int depth)
{
	const struct pdf_style	*st = m->fl->layout->style;
	struct pdf_text		 t;
	struct pdf_block	 bl;

	pdf_text_init(&t, st->body_size, PDF_JUSTIFY);
	md_inlines(m, &t, node, 0, 0, NULL, depth);
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
	pdf_flow_space(m->fl, m->tight ? 1.5f : st->paragraph_space);
	pdf_text_release(&t);
}

static void
md_heading(struct md *m, cmark_node *node, int depth)
{
	struct pdf_text	 t;
	struct buf	 b = BUF_INIT;
	size_t		 i;

	pdf_text_init(&t, 10, PDF_LEFT);
	md_inlines(m, &t, node, 0, 0, NULL, depth);
	for (i = 0; i < t.n; i++)
		buf_put(&b, t.v[i].text, t.v[i].len);
	pdf_flow_heading(m->fl, cmark_node_get_heading_level(node) +
	    m->heading_base, buf_cstr(&b), -1, -1);
	buf_release(&b);
	pdf_text_release(&t);
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

	m->indent += st->list_indent;
	m->tight = cmark_node_get_list_tight(node);
	for (item = cmark_node_first_child(node); item;
	    item = cmark_node_next(item)) {
		if (ordered) {
			snprintf(num, sizeof(num), "%d.", n++);
			m->marker = num;
		} else
			m->marker = depth % 2 ? "\xE2\x80\x93" : "\xE2\x80\xA2";
		md_blocks(m, item, depth + 1);
		m->marker = NULL;
	}
	m->indent -= st->list_indent;
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
	bl.indent = m->indent + 12;
	bl.anchor = -1;
	/* The quotes' bars, then the code's own. */
	memcpy(bars, m->bars, m->nbars * sizeof(bars[0]));
	bars[m->nbars] = m->indent + 2;
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

	pdf_flow_space(m->fl, 6);
	pdf_flow_box(m->fl, 1);
	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_LINE;
	op.color = m->fl->layout->style->rule;
	op.x = m->fl->width * 0.3f;
	op.w = m->fl->width * 0.4f;
	op.size = 0.6f;
	pdf_flow_op(m->fl, &op);
	pdf_flow_space(m->fl, 6);
}

/*
 * A block quote: its blocks indented, one bar at the quote's own left
 * for each level, whatever the blocks inside (lists) indent.
 */
static void
md_quote(struct md *m, cmark_node *node, int depth)
{
	if (m->nbars >= MD_MAX_DEPTH)
		return;
	m->bars[m->nbars++] = m->indent + 4;
	m->indent += 14;
	md_blocks(m, node, depth + 1);
	m->indent -= 14;
	m->nbars--;
	if (m->started > m->nbars)
		m->started = m->nbars;
}

static void
md_blocks(struct md *m, cmark_node *node, int depth)
{
	cmark_node	*c;

	if (depth > MD_MAX_DEPTH)
		return;
	for (c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_PARAGRAPH:
			md_paragraph(m, c, depth);
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
pdf_flow_markdown(struct pdf_flow *fl, cmark_node *doc, int heading_base)
{
	struct md	 m;

	if (doc == NULL)
		return;
	memset(&m, 0, sizeof(m));
	m.fl = fl;
	m.heading_base = heading_base;
	md_blocks(&m, doc, 0);
}
