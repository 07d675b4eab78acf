/*
 * The source of a Markdown text (see text.h): filled in the model's
 * arena, never freed alone.
 */
#include <string.h>

#include "../util/arena.h"
#include "text.h"

void
markdown_text_alloc(struct arena *a, struct text *t, size_t n)
{
	markdown_text_release(t);
	t->items = arena_alloc(a, n * sizeof(*t->items));
	t->lens = arena_alloc(a, n * sizeof(*t->lens));
	t->item_pos = arena_alloc(a, n * sizeof(*t->item_pos));
}

void
markdown_text_add(struct arena *a, struct text *t, const char *s,
    size_t len, struct pos pos)
{
	t->items[t->n] = arena_strndup(a, s, len);
	t->lens[t->n] = len;
	t->item_pos[t->n] = pos;
	t->n++;
}

void
markdown_text_from_file(struct arena *a, struct text *out, const char *s,
    size_t len, struct pos pos)
{
	markdown_text_alloc(a, out, 1);
	markdown_text_add(a, out, s, len, pos);
	out->whole_file = 1;
	out->pos = pos;
}

void
markdown_text_release(struct text *t)
{
	memset(t, 0, sizeof(*t));
}
