/*
 * Markdown in content. The model keeps each text's source (struct text);
 * the loader checks it once with markdown_check, and each renderer asks
 * markdown_document for a parsed document when it needs one. Every
 * document is sanitized the same way: raw HTML removed, links and images
 * to unsafe schemes unwrapped to their text, so no renderer needs to care.
 *
 * Documents live in a scratch arena of the calling thread (cmark's memory
 * hooks), which makes parsing cheap and freeing free: a document stays
 * valid until that thread calls markdown_scratch_reset.
 */
#ifndef CLSPD_MARKDOWN_H
#define CLSPD_MARKDOWN_H

#include <stddef.h>

#include <cmark.h>

#include "fields.h"

/*
 * Fills out from a YAML value: a string, or a list of strings. The
 * source is copied into the loader's arena. Returns 0, or -1 after reporting a wrong shape.
 */
int		 markdown_text_from_yaml(struct loader *, const struct ynode *,
		    struct text *out);

/* Fills out with a whole Markdown file's text s[0..len), starting at pos. */
void		 markdown_text_from_file(struct loader *, struct text *out,
		    const char *s, size_t len, struct pos pos);

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
void		 markdown_check(struct loader *, const struct text *);

/*
 * The sanitized document of text (a bulleted list for a list), in the
 * thread's scratch arena, or NULL when the text is absent. Do not free
 * it; it is valid until markdown_scratch_reset.
 */
cmark_node	*markdown_document(const struct text *);

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
