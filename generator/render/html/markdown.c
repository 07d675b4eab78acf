/*
 * Markdown as HTML (see markdown.h).
 */
#include <stdlib.h>
#include <string.h>

#include "../../util/alloc.h"
#include "../../util/escape.h"
#include "../../load/markdown.h"
#include "../../view/view.h"
#include "markdown.h"

/* The description of an image, its children's text. */
static void
image_alt(cmark_node *image, struct buf *alt)
{
	cmark_iter		*it = cmark_iter_new(image);
	cmark_event_type	 ev;
	const char		*lit;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
		if (ev == CMARK_EVENT_ENTER && (lit = cmark_node_get_literal(
		    cmark_iter_get_node(it))) != NULL)
			buf_puts(alt, lit);
	cmark_iter_free(it);
}

/*
 * Replaces an image of media/ by our own <img>, with its path from the
 * page (root), its description and its size in pixels, so that the page
 * does not move as it loads. cmark writes a custom node's text as it
 * is; every part of it is escaped here. Returns 0, or -1 for an image
 * the view does not hold (then it is unwrapped).
 */
static int
image_tag(cmark_node *n, const struct html_images *img)
{
	const struct value	*f;
	const char		*url = cmark_node_get_url(n);
	struct buf		 b = BUF_INIT, u = BUF_INIT, alt = BUF_INIT;
	cmark_node		*tag;

	if (img == NULL || url == NULL ||
	    (f = view_media_find(img->view, url)) == NULL)
		return -1;
	buf_puts(&u, img->root);
	escape_uri(&u, url, strlen(url));
	image_alt(n, &alt);
	buf_puts(&b, "<img src=\"");
	escape_html_attr(&b, u.data, u.len);
	buf_puts(&b, "\" alt=\"");
	escape_html_attr(&b, alt.data != NULL ? alt.data : "", alt.len);
	buf_printf(&b, "\" width=\"%s\" height=\"%s\">",
	    value_str(f, "width"), value_str(f, "height"));
	tag = markdown_node_new(CMARK_NODE_CUSTOM_INLINE);
	cmark_node_set_on_enter(tag, buf_cstr(&b));
	cmark_node_insert_before(n, tag);
	cmark_node_free(n);
	buf_release(&b);
	buf_release(&u);
	buf_release(&alt);
	return 0;
}

/*
 * Replaces every image of doc by an <img> of the published media/
 * (image_tag), or, without images (a document of no view), by its
 * children, its alternative text, rather than a broken link. Images are
 * collected first, since cmark's iterator allows no change during the
 * walk, and changed innermost first.
 */
static void
unwrap_images(cmark_node *doc, const struct html_images *img)
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
		if (image_tag(n, img) == 0)
			continue;
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
	html_markdown_images(out, doc, top, NULL);
}

void
html_markdown_images(struct buf *out, cmark_node *doc, int top,
    const struct html_images *img)
{
	char	*html;

	if (doc == NULL)
		return;
	renumber_headings(doc, top);
	unwrap_images(doc, img);
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
html_markdown(struct buf *out, const struct value *md, int top,
    const struct html_images *img)
{
	html_markdown_images(out, view_markdown(md), top, img);
}
