/*
 * Markdown in content, a stage of its own (generator/markdown/), below
 * the loader and the renderers, above util/: it parses, sanitizes,
 * limits and checks Markdown texts, and owns the scratch arena of their
 * parsed documents. The model keeps each text's source (struct text,
 * text.h); the loader fills it and checks it once with markdown_check,
 * and each renderer asks markdown_document for a parsed document when it
 * needs one. Every document is sanitized the same way: raw HTML removed,
 * links and images to unsafe schemes unwrapped to their text, so no
 * renderer needs to care.
 *
 * Who owns what, until when:
 * - a struct text's sources are in the arena given when it was filled
 *   (the model's): they live as long as the model;
 * - a parsed document (cmark_node) lives in a scratch arena of the
 *   thread that asked for it (cmark's memory hooks), which makes parsing
 *   cheap and freeing free. It belongs to no one else, must not be
 *   freed, and stays valid until that same thread calls
 *   markdown_scratch_reset (each renderer does, once its document is
 *   laid out; markdown_check and markdown_images do too) or
 *   markdown_scratch_free (before a thread ends; build and the loading
 *   workers do).
 * This stage knows struct text and util/, not the loader, its YAML or
 * the model (tools/check-includes.py): reading a text out of YAML is the
 * loader's (fields_text).
 */
#ifndef CLSPD_MARKDOWN_H
#define CLSPD_MARKDOWN_H

#include <stddef.h>

#include <cmark.h>

#include "../util/diag.h"
#include "text.h"

/*
 * The longest Markdown heading, in characters: a heading goes whole into
 * the PDF's outline as one string, as a one-line text of a YAML file
 * does, so it has the same limit (FIELDS_MAX_LINE in load/fields.h,
 * which explains it; load/fields_values.c asserts that they are equal).
 */
#define MARKDOWN_MAX_LINE	10000

/*
 * Limits of one text (a Markdown file or a YAML text), each an error at
 * the first element past it: a document's tree costs about 150 bytes an
 * element in cmark, held by the site and the PDF at once, and a link
 * about 7 KiB in the PDF (libharu's annotation), so that 4 MiB of "*a* "
 * or of links took 1.5 to 1.8 GiB. 100,000 elements is a 300-page book;
 * a report's text has a few hundred. A text shorter than MARKDOWN_SMALL
 * bytes cannot pass them (at most about three elements a byte, one link
 * in five bytes) and is not counted.
 */
#define MARKDOWN_MAX_NODES	100000
#define MARKDOWN_MAX_LINKS	1000
#define MARKDOWN_SMALL		4096
/* Long texts are counted in pieces of about this size (markdown.c). */
#define MARKDOWN_CHUNK		65536

/*
 * Parses text and reports, as warnings, the raw HTML and unsafe links
 * that publishing will drop, at their positions (exact in whole files,
 * at the string's position in YAML), and as errors a text past the
 * limits above.
 */
void		 markdown_check(struct diags *, const struct text *);

/*
 * The sanitized document of text (a bulleted list for a list), in the
 * thread's scratch arena, or NULL when the text is absent. Do not free
 * it; it is valid until markdown_scratch_reset.
 */
cmark_node	*markdown_document(const struct text *);

/*
 * Calls fn for each image of text, in order, with its destination, its
 * description (the alternative text, "" when none) and its position
 * (exact in whole files). Images whose destination is unsafe are
 * already gone. Resets the thread's scratch arena.
 */
typedef void	(*markdown_image_fn)(void *ctx, const char *url,
		    const char *alt, struct pos);
void		 markdown_images(const struct text *, markdown_image_fn,
		    void *ctx);

/*
 * A new node in the thread's scratch arena, for a renderer that changes
 * a document (it goes with the document).
 */
cmark_node	*markdown_node_new(cmark_node_type);

/* Forgets every document of the calling thread. */
void		 markdown_scratch_reset(void);
/* Frees the calling thread's arena, before the thread ends. */
void		 markdown_scratch_free(void);

/*
 * Whether a link destination is safe to publish: relative, a fragment, or
 * one of the schemes http, https, mailto, tel.
 */
int		 markdown_url_is_safe(const char *url);

#endif
