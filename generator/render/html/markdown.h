/*
 * Markdown of the view as HTML, for the site. Documents come sanitized
 * from the loader (no raw HTML, no unsafe link); they are rendered with
 * cmark's HTML renderer in its safe mode, which drops raw HTML and
 * unsafe URLs a second time, with their headings renumbered so that a
 * text takes its place in the page's heading order, and with each image
 * shown as its alternative text (the site publishes no image).
 */
#ifndef CLSPD_RENDER_HTML_MARKDOWN_H
#define CLSPD_RENDER_HTML_MARKDOWN_H

#include <cmark.h>

#include "../../util/buf.h"
#include "../../view/value.h"

/*
 * Appends the HTML of doc to out, its headings renumbered from top down
 * (top 3: the text's highest heading becomes <h3>, the next level <h4>),
 * capped at <h6>. The document is changed in place (it is the caller's
 * scratch copy). A NULL doc writes nothing.
 */
void	 html_markdown_doc(struct buf *out, cmark_node *doc, int top);

/*
 * Where a page finds the images of media/: the view (its "media" list)
 * and the page's path to the site's root ("" or "../").
 */
struct html_images {
	const struct value	*view;
	const char		*root;
};

/* html_markdown_doc, with the images of img as <img> elements. */
void	 html_markdown_images(struct buf *out, cmark_node *doc, int top,
	    const struct html_images *img);

/* The same for a VALUE_MARKDOWN of the view (nothing for other values). */
void	 html_markdown(struct buf *out, const struct value *md, int top,
	    const struct html_images *img);

/*
 * clspd serve builds the site again after each change, with most texts
 * unchanged: with the memo on, html_markdown keeps the HTML of each
 * source (its bytes, list or not, French or not, top: all the HTML
 * depends on) and gives it again without parsing. html_markdown_sweep,
 * after a build, drops what that build did not use. Off frees it all.
 * For one thread: html_markdown is the site's, rendered on one thread.
 */
void	 html_markdown_memo(int on);
void	 html_markdown_sweep(void);

#endif
