/*
 * Markdown in content: parsed once with cmark into a document tree, then
 * made safe (raw HTML removed, links to unsafe schemes unwrapped), so that
 * no renderer needs to care.
 */
#ifndef CLSPD_MARKDOWN_H
#define CLSPD_MARKDOWN_H

#include <stddef.h>

#include <cmark.h>

#include "fields.h"

/*
 * Parses s[0..len) written at pos. When exact_lines is set, the text is a
 * whole Markdown file (or its body) starting at pos.line, and warnings
 * point at the exact line; otherwise (a YAML string) they point at pos.
 * Returns a sanitized document the caller frees with markdown_free.
 */
cmark_node	*markdown_parse(struct loader *, const char *s, size_t len,
		    struct pos pos, int exact_lines);

/* A YAML list of strings as one document holding a bulleted list. */
cmark_node	*markdown_parse_list(struct loader *, const struct ynode *seq);

void		 markdown_free(cmark_node *);

/*
 * Whether a link destination is safe to publish: relative, a fragment, or
 * one of the schemes http, https, mailto, tel.
 */
int		 markdown_url_is_safe(const char *url);

#endif
