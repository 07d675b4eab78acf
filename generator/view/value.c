/*
 * The value tree and its arena (see value.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "value.h"

static struct value *
value_new(struct arena *a, enum value_type type)
{
	struct value	*v = arena_alloc(a, sizeof(*v));

	v->type = type;
	return v;
}

struct value *
value_null(struct arena *a)
{
	return value_new(a, VALUE_NULL);
}

struct value *
value_bool(struct arena *a, int b)
{
	struct value	*v = value_new(a, VALUE_BOOL);

	v->u.boolean = b != 0;
	return v;
}

struct value *
value_double(struct arena *a, double d)
{
	struct value	*v = value_new(a, VALUE_DOUBLE);

	v->u.number = d;
	return v;
}

struct value *
value_decimal(struct arena *a, decimal d)
{
	struct value	*v = value_new(a, VALUE_DECIMAL);

	v->u.dec = d;
	return v;
}

struct value *
value_stringn(struct arena *a, const char *s, size_t len)
{
	struct value	*v;

	if (s == NULL)
		return value_null(a);
	v = value_new(a, VALUE_STRING);
	v->u.str.s = arena_strndup(a, s, len);
	v->u.str.len = len;
	return v;
}

struct value *
value_string(struct arena *a, const char *s)
{
	return s == NULL ? value_null(a) : value_stringn(a, s, strlen(s));
}

struct value *
value_bytes(struct arena *a, const char *s, size_t len)
{
	struct value	*v = value_new(a, VALUE_STRING);

	v->u.str.s = s;
	v->u.str.len = len;
	return v;
}

struct value *
value_list(struct arena *a)
{
	return value_new(a, VALUE_LIST);
}

struct value *
value_map(struct arena *a)
{
	return value_new(a, VALUE_MAP);
}

struct value *
value_markdown(struct arena *a, const struct text *t, int french)
{
	struct value	*v;

	if (t == NULL || t->n == 0)
		return value_null(a);
	v = value_new(a, VALUE_MARKDOWN);
	v->u.markdown.text = t;
	v->u.markdown.french = french;
	return v;
}

/* Grows an arena array of elem-sized items to hold one more. */
static void *
arena_grow(struct arena *a, void *old, size_t n, size_t *cap, size_t elem)
{
	void	*p;

	if (n < *cap)
		return old;
	*cap = *cap ? *cap * 2 : 4;
	p = arena_alloc(a, *cap * elem);
	if (n > 0)
		memcpy(p, old, n * elem);
	return p;
}

struct value *
value_push(struct arena *a, struct value *list, struct value *item)
{
	list->u.list.v = arena_grow(a, list->u.list.v, list->u.list.n,
	    &list->u.list.cap, sizeof(*list->u.list.v));
	list->u.list.v[list->u.list.n++] = item;
	return item;
}

struct value *
value_set(struct arena *a, struct value *map, const char *key,
    struct value *v)
{
	map->u.map.v = arena_grow(a, map->u.map.v, map->u.map.n,
	    &map->u.map.cap, sizeof(*map->u.map.v));
	map->u.map.v[map->u.map.n].key = key;
	map->u.map.v[map->u.map.n].value = v;
	map->u.map.n++;
	return v;
}

struct value *
value_get(const struct value *map, const char *key)
{
	size_t	 i;

	if (map == NULL || map->type != VALUE_MAP)
		return NULL;
	/* The first byte first: templates look names up page after page. */
	for (i = 0; i < map->u.map.n; i++)
		if (map->u.map.v[i].key[0] == key[0] &&
		    strcmp(map->u.map.v[i].key, key) == 0)
			return map->u.map.v[i].value;
	return NULL;
}

char *
value_format_double(double d, char *out)
{
	int	 prec;

	if (d == 0) {
		strcpy(out, "0");
		return out;
	}
	/*
	 * Any decimal of at most 15 significant digits reads back exactly
	 * from a double, and %g drops trailing zeros: when 15 digits round
	 * trip, they are the shortest form. Otherwise 16, then 17.
	 */
	for (prec = 15; prec <= 17; prec++) {
		snprintf(out, 32, "%.*g", prec, d);
		if (strtod(out, NULL) == d)
			break;
	}
	return out;
}

const char *
value_str(const struct value *map, const char *key)
{
	const struct value	*v = map != NULL ? value_get(map, key) : NULL;

	return v != NULL && v->type == VALUE_STRING ? v->u.str.s : "";
}
