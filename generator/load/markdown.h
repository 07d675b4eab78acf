/*
 * Markdown in content. The model keeps each text's source (struct text);
 * the loader checks it once with markdown_check, and each renderer asks
 * markdown_document for a parsed document when it needs one. Every
 * document is sanitized the same way: raw HTML removed, links and images
 * to unsafe schemes unwrapped to their text, so no renderer needs to care.
 *
 * Who owns what, until when:
 * - a struct text's sources are in the arena given when it was filled
 *   (the model's): they live as long as the model;
 * - a parsed document (cmark_node) lives in a scratch arena of the
 *   thread that asked for it (cmark's memory hooks), which makes parsing
 *   cheap and freeing free. It belongs to no one else, must not be
 *   freed, and stays valid until that same thread calls
 *   markdown_scratch_reset (each renderer does, once its document is
 *   laid out) or markdown_scratch_free (before a thread ends; build and
 *   the loading workers do).
 * This stage sits beside the loader, which calls it to fill and check
 * texts, and below the renderers; it knows the model's struct text and
 * the YAML nodes, not the loader.
 */
#ifndef CLSPD_MARKDOWN_H
#define CLSPD_MARKDOWN_H

#include <stddef.h>

#include <cmark.h>

#include "../util/arena.h"
#include "../util/diag.h"
#include "model.h"
#include "yaml.h"

/*
 * Fills out from a YAML value: a string, or a list of strings. The
 * source is copied into a (the model's arena). Returns 0, or -1 after
 * reporting a wrong shape in d.
 */
int		 markdown_text_from_yaml(struct arena *a, struct diags *d,
		    const struct ynode *, struct text *out);

/*
 * Fills out with a whole Markdown file's text s[0..len), starting at pos,
 * copied into a.
 */
void		 markdown_text_from_file(struct arena *a, struct text *out,
		    const char *s, size_t len, struct pos pos);

/*
 * The longest Markdown heading, in characters: a heading goes whole into
 * the PDF's outline as one string, as a one-line text of a YAML file
 * does, so it has the same limit (FIELDS_MAX_LINE in fields.h, which
 * explains it; the two must stay equal).
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

void		 markdown_text_release(struct text *);

/*
 * Whether a link destination is safe to publish: relative, a fragment, or
 * one of the schemes http, https, mailto, tel.
 */
int		 markdown_url_is_safe(const char *url);

#endif
