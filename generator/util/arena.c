/*
 * A bump allocator (see arena.h).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"

#define ARENA_CHUNK (256 * 1024)

struct chunk {
	struct chunk	*next;
	size_t		 used;
	size_t		 size;
	max_align_t	 data[];
};

struct arena {
	struct chunk	*head;
};

struct arena *
arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

void
arena_free(struct arena *a)
{
	struct chunk	*c, *next;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

void
arena_reset(struct arena *a)
{
	struct chunk	*c, *next;

	if (a->head == NULL)
		return;
	for (c = a->head->next; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head->next = NULL;
	a->head->used = 0;
}

void *
arena_alloc(struct arena *a, size_t size)
{
	struct chunk	*c = a->head;
	size_t		 align = sizeof(void *);
	void		*p;

	if (size > (size_t)-1 / 2)
		alloc_die(size);
	size = (size + align - 1) / align * align;
	if (c == NULL || c->size - c->used < size) {
		c = xmalloc(sizeof(*c) + (size > ARENA_CHUNK ? size :
		    ARENA_CHUNK));
		c->size = size > ARENA_CHUNK ? size : ARENA_CHUNK;
		c->used = 0;
		if (size > ARENA_CHUNK / 4 && a->head != NULL) {
			/* A big block: keep the current chunk in front. */
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	p = (char *)c->data + c->used;
	c->used += size;
	memset(p, 0, size);
	return p;
}

void *
arena_realloc(struct arena *a, void *p, size_t old_size, size_t size)
{
	void	*q;

	if (p != NULL && size <= old_size)
		return p;
	q = arena_alloc(a, size);
	if (p != NULL && old_size > 0)
		memcpy(q, p, old_size);
	return q;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char	*p = arena_alloc(a, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

