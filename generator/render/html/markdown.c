/*
 * Markdown as HTML (see markdown.h).
 */
#include <stdlib.h>

#include "../../util/alloc.h"
#include "../../view/view.h"
#include "markdown.h"

/*
 * Replaces every image of doc by its children, its alternative text: the
 * report publishes no image file, so an <img> would be a broken link.
 * Images are collected first, since cmark's iterator allows no change
 * during the walk, and unwrapped innermost first.
 */
static void
unwrap_images(cmark_node *doc)
{
	cmark_iter		*it;
	cmark_event_type	 ev;
	cmark_node		*n, *kid, **images = NULL;
	size_t			 nimages = 0, cap = 0;

	for (it = cmark_iter_new(doc); (ev = cmark_iter_next(it)) !=
	    CMARK_EVENT_DONE; )
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(
		    n = cmark_iter_get_node(it)) == CMARK_NODE_IMAGE) {
			if (nimages == cap)
				images = xreallocarray(images, cap = cap ?
				    cap * 2 : 16, sizeof(*images));
			images[nimages++] = n;
		}
	cmark_iter_free(it);
	while (nimages > 0) {
		n = images[--nimages];
		while ((kid = cmark_node_first_child(n)) != NULL)
			cmark_node_insert_before(n, kid);
		cmark_node_free(n);
	}
	free(images);
}

/*
 * Renumbers the headings of doc so that its highest level becomes top
 * and each level present below it the next one (at most 6): a narrative
 * that starts at "##", or skips a level, still fits the page's outline
 * (WCAG 1.3.1; a heading never jumps more than one level down).
 */
static void
renumber_headings(cmark_node *doc, int top)
{
	cmark_iter		*it;
	cmark_event_type	 ev;
	cmark_node		*n;
	int			 present[7] = { 0 }, map[7], level, next;

	for (it = cmark_iter_new(doc); (ev = cmark_iter_next(it)) !=
	    CMARK_EVENT_DONE; )
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(
		    n = cmark_iter_get_node(it)) == CMARK_NODE_HEADING)
			present[cmark_node_get_heading_level(n)] = 1;
	cmark_iter_free(it);
	for (level = 1, next = top; level <= 6; level++)
		if (present[level]) {
			map[level] = next > 6 ? 6 : next;
			next++;
		}
	for (it = cmark_iter_new(doc); (ev = cmark_iter_next(it)) !=
	    CMARK_EVENT_DONE; )
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(
		    n = cmark_iter_get_node(it)) == CMARK_NODE_HEADING)
			cmark_node_set_heading_level(n,
			    map[cmark_node_get_heading_level(n)]);
	cmark_iter_free(it);
}

void
html_markdown_doc(struct buf *out, cmark_node *doc, int top)
{
	char	*html;

	if (doc == NULL)
		return;
	renumber_headings(doc, top);
	unwrap_images(doc);
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
html_markdown(struct buf *out, const struct value *md, int top)
{
	html_markdown_doc(out, view_markdown(md), top);
}
