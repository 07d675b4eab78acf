/*
 * The tree of values the outputs show: null, booleans, numbers, strings,
 * lists, maps with ordered keys, and Markdown texts. The view builds
 * it; the JSON writer serializes it; the HTML templates (Mustache) read it.
 * Every node and string of a tree lives in one arena, freed at once.
 */
#ifndef CLSPD_VALUE_H
#define CLSPD_VALUE_H

#include <stddef.h>

#include "../load/model.h"
#include "../util/arena.h"
#include "../util/decimal.h"

enum value_type {
	VALUE_NULL,
	VALUE_BOOL,
	VALUE_DOUBLE,	/* a ratio; written in its shortest exact form */
	VALUE_DECIMAL,	/* an exact decimal (amounts, values) */
	VALUE_STRING,
	VALUE_LIST,
	VALUE_MAP,
	VALUE_MARKDOWN	/* a text of the model: see view_markdown (view.h) */
};

struct value;

struct member {
	const char	*key;
	struct value	*value;
};

struct value {
	enum value_type	 type;
	union {
		int		 boolean;
		double		 number;
		decimal		 dec;
		struct {
			const char	*s;
			size_t		 len;
		} str;
		struct {
			struct value	**v;
			size_t		 n;
			size_t		 cap;
		} list;
		struct {
			struct member	*v;
			size_t		 n;
			size_t		 cap;
		} map;
		struct {
			const struct text *text;
			int		 french;	/* typography */
		} markdown;
	} u;
};

struct value	*value_null(struct arena *);
struct value	*value_bool(struct arena *, int);
struct value	*value_double(struct arena *, double);
struct value	*value_decimal(struct arena *, decimal);
/* A copy of s; NULL gives a null value. */
struct value	*value_string(struct arena *, const char *s);
struct value	*value_stringn(struct arena *, const char *s, size_t len);
/*
 * A string of len bytes (any bytes: an image file) that is not copied:
 * it must live as long as the tree, as the model's strings do.
 */
struct value	*value_bytes(struct arena *, const char *s, size_t len);
struct value	*value_list(struct arena *);
struct value	*value_map(struct arena *);
/* A Markdown text of the model; an absent text gives a null value. */
struct value	*value_markdown(struct arena *, const struct text *,
		    int french);

/* Appends to a list; returns the item. */
struct value	*value_push(struct arena *, struct value *list, struct value *);
/*
 * Adds key to a map, after the keys already there; returns v. The key is
 * not copied: it must live as long as the tree (a literal, a string of
 * the model, or one of the arena).
 */
struct value	*value_set(struct arena *, struct value *map, const char *key,
		    struct value *v);
/* The value of key in map, or NULL. */
struct value	*value_get(const struct value *map, const char *key);
/* The string of key in map (NULL: none), or "" when absent or not one. */
const char	*value_str(const struct value *map, const char *key);

/*
 * Writes the shortest decimal form of d that reads back as the same
 * double ("0.25", "1", "0.1"), into out (at least 32 bytes); returns out.
 */
char		*value_format_double(double d, char *out);

#endif
