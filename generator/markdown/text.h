/*
 * The source of a Markdown text, as the model keeps it: a Markdown
 * string, or a list of strings rendered as a bulleted list, or a whole
 * Markdown file (a narrative, a page's body). The loader fills it (from
 * YAML in fields_text, from a file with markdown_text_from_file) and
 * checks it once with markdown_check; each renderer gets a parsed,
 * sanitized document from markdown_document (markdown.h) when it needs
 * one. Keeping sources rather than trees keeps memory in proportion to
 * the content (a cmark tree is several times its text).
 *
 * Its sources live in the arena given when it was filled (the model's),
 * as long as that arena: a text owns nothing of its own and is never
 * freed alone.
 */
#ifndef CLSPD_MARKDOWN_TEXT_H
#define CLSPD_MARKDOWN_TEXT_H

#include <stddef.h>

#include "../util/arena.h"
#include "../util/diag.h"

struct text {
	char		**items;	/* n sources, in the arena */
	size_t		*lens;
	struct pos	*item_pos;
	size_t		 n;		/* 0 when absent */
	int		 list;		/* a YAML list: a bulleted list */
	int		 whole_file;	/* positions inside are exact */
	struct pos	 pos;
};

/*
 * Fills out with a whole Markdown file's text s[0..len), starting at pos,
 * copied into a.
 */
void		 markdown_text_from_file(struct arena *a, struct text *out,
		    const char *s, size_t len, struct pos pos);

/*
 * Empties t and makes room in it for n sources, in a; then
 * markdown_text_add adds each, copied into a, at its position.
 */
void		 markdown_text_alloc(struct arena *a, struct text *t,
		    size_t n);
void		 markdown_text_add(struct arena *a, struct text *t,
		    const char *s, size_t len, struct pos pos);

/* Forgets a text; its memory belongs to the arena it was filled in. */
void		 markdown_text_release(struct text *);

#endif
