/*
 * The PDFs' labels as a typed struct (see labels.h), from the theme's
 * strings by the table VIEW_LABELS makes.
 */
#include <stdlib.h>
#include <string.h>

#include "labels.h"
#include "typo.h"

/* A label's key in the theme's strings and its field. */
static const struct {
	const char	*key;
	size_t		 offset;
} fields[] = {
#define VIEW_LABEL_ENTRY(k)	{ #k, offsetof(struct view_labels, k) },
	VIEW_LABELS(VIEW_LABEL_ENTRY)
#undef VIEW_LABEL_ENTRY
};

#define NFIELDS	(sizeof(fields) / sizeof(fields[0]))

static const char **
field(struct view_labels *l, size_t i)
{
	return (const char **)(void *)((char *)l + fields[i].offset);
}

/* The index of key in s, or s->n when s lacks it. */
static size_t
find(const struct strings *s, const char *key)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->keys[i], key) == 0)
			break;
	return i;
}

void
view_labels_build(struct view_labels *l, struct arena *a,
    const struct strings *s, enum locale loc)
{
	size_t	 i, j;
	char	*t;

	for (i = 0; i < NFIELDS; i++) {
		if ((j = find(s, fields[i].key)) == s->n) {
			*field(l, i) = fields[i].key;
			continue;
		}
		if (loc != LOCALE_FR) {
			*field(l, i) = arena_strdup(a, s->values[j]);
			continue;
		}
		t = typo_french_string(s->values[j]);
		*field(l, i) = arena_strdup(a, t);
		free(t);
	}
}

void
view_labels_or_keys(struct view_labels *l)
{
	size_t	 i;

	for (i = 0; i < NFIELDS; i++)
		if (**field(l, i) == '\0')
			*field(l, i) = fields[i].key;
}

size_t
view_labels_missing(const struct strings *s, const char **keys, size_t max)
{
	size_t	 i, n = 0;

	for (i = 0; i < NFIELDS; i++)
		if (find(s, fields[i].key) == s->n) {
			if (n < max)
				keys[n] = fields[i].key;
			n++;
		}
	return n;
}
