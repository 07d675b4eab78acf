/*
 * Markdown as HTML (see markdown.h).
 */
#include "../../view/view.h"
#include "markdown.h"

/* Raises every heading of doc by shift levels, at most to 6. */
static void
shift_headings(cmark_node *doc, int shift)
{
	cmark_iter		*it;
	cmark_event_type	 ev;
	cmark_node		*n;
	int			 level;

	if (shift <= 0)
		return;
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		n = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER ||
		    cmark_node_get_type(n) != CMARK_NODE_HEADING)
			continue;
		level = cmark_node_get_heading_level(n) + shift;
		cmark_node_set_heading_level(n, level > 6 ? 6 : level);
	}
	cmark_iter_free(it);
}

void
html_markdown_doc(struct buf *out, cmark_node *doc, int shift)
{
	char	*html;

	if (doc == NULL)
		return;
	shift_headings(doc, shift);
	/* Safe mode: no CMARK_OPT_UNSAFE, so raw HTML and javascript: go. */
	html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
	buf_puts(out, html);
	/*
	 * Not freed: cmark allocates the result with the document's memory,
	 * the scratch arena (load/markdown.c), which markdown_scratch_reset
	 * frees with the document.
	 */
}

void
html_markdown(struct buf *out, const struct value *md, int shift)
{
	html_markdown_doc(out, view_markdown(md), shift);
}
