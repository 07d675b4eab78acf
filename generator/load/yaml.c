/*
 * YAML document tree (see yaml.h). libyaml's event parser keeps its own
 * stacks, so deep input costs memory, not C stack; we stop reading a file
 * as soon as its nesting passes YAML_MAX_DEPTH, which bounds both.
 */
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "../util/alloc.h"
#include "../util/arena.h"
#include "../util/diag.h"
#include "../util/i18n.h"
#include "yaml.h"
#include "yaml_hints.h"

struct yaml_reader {
	const char	*path;
	const char	*data;		/* the text read, for reader errors */
	size_t		 len;
	int		 line0;
	struct diags	*diags;
	struct ynode	*stack[YAML_MAX_DEPTH + 1];
	size_t		 depth;
	struct ynode	*root;
	int		 documents;
	int		 failed;	/* stop reading this file */
};

static struct pos
yaml_pos(const struct yaml_reader *r, yaml_mark_t m)
{
	struct pos	 p;

	p.file = r->path;
	p.line = (int)m.line + 1 + r->line0;
	p.col = (int)m.column + 1;
	return p;
}

/*
 * The nodes and strings of YAML trees live in an arena of the reading
 * thread, reset when the last tree read by that thread is freed: loading
 * reads one file at a time, so the arena holds one tree and is reused.
 */
static _Thread_local struct arena *yaml_arena;
static _Thread_local size_t yaml_live;	/* trees not freed yet */

static struct ynode *
ynode_new(enum ynode_type type, struct pos pos)
{
	struct ynode	*n = arena_alloc(yaml_arena, sizeof(*n));

	n->type = type;
	n->pos = pos;
	return n;
}

/* Counts one tree less; the arena is reset when none is left. */
static void
yaml_release(void)
{
	if (yaml_live > 0 && --yaml_live == 0)
		arena_reset(yaml_arena);
}

void
yaml_scratch_free(void)
{
	arena_free(yaml_arena);
	yaml_arena = NULL;
	yaml_live = 0;
}

/*
 * Forgets a tree (its memory is the arena's): once every tree of the
 * thread is forgotten, the arena is reset for the next ones.
 */
void
ynode_forget(struct ynode *root)
{
	if (root != NULL)
		yaml_release();
}

const char *
ynode_kind(const struct ynode *n)
{
	if (n == NULL)
		return _("nothing");
	switch (n->type) {
	case YNODE_SEQ:
		return _("a list");
	case YNODE_MAP:
		return _("a mapping");
	default:
		return n->null ? _("an empty value") : _("a single value");
	}
}

/* Adds a child; the array grows by doubling (nkids 0, 1, 2, 4, …). */
static void
ynode_push_kid(struct ynode *parent, struct ynode *kid)
{
	size_t	 n = parent->nkids;

	if ((n & (n - 1)) == 0)		/* full: 0 or a power of two */
		parent->kids = arena_realloc(yaml_arena, parent->kids,
		    n * sizeof(*parent->kids),
		    (n ? n * 2 : 1) * sizeof(*parent->kids));
	parent->kids[parent->nkids++] = kid;
}

/* Checks that a key just added to a map is a scalar. */
static void
yaml_check_key(struct yaml_reader *r, struct ynode *key)
{
	if (key->type != YNODE_SCALAR)
		diag_error(r->diags, key->pos,
		    _("a mapping key must be a single value, not %s"),
		    ynode_kind(key));
}

/* Keys by text, then in the order written. */
static int
yaml_key_cmp(const void *a, const void *b)
{
	const struct ynode	*x = *(struct ynode *const *)a;
	const struct ynode	*y = *(struct ynode *const *)b;
	int			 c;

	if ((c = strcmp(x->scalar, y->scalar)) != 0)
		return c;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	return x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col;
}

/*
 * Reports the keys of a finished map written twice (as written, the
 * later ones) and marks them. The keys are sorted, not compared pairwise,
 * so that a map of many keys costs n log n.
 */
static void
yaml_check_duplicates(struct yaml_reader *r, struct ynode *map)
{
	struct ynode	**keys;
	size_t		 n = 0, i, first = 0;

	if (map->nkids < 4)
		return;
	keys = xcalloc(map->nkids / 2, sizeof(*keys));
	for (i = 0; i + 1 < map->nkids; i += 2)
		if (map->kids[i]->type == YNODE_SCALAR)
			keys[n++] = map->kids[i];
	if (n > 1)
		qsort(keys, n, sizeof(*keys), yaml_key_cmp);
	for (i = 1; i < n; i++) {
		if (strcmp(keys[first]->scalar, keys[i]->scalar) != 0) {
			first = i;
			continue;
		}
		keys[i]->duplicate = 1;
		diag_error(r->diags, keys[i]->pos,
		    _("duplicate key '%s' (first written at line %d)"),
		    keys[i]->scalar, keys[first]->pos.line);
	}
	free(keys);
}

/* Attaches a finished node to its parent, or makes it the root. */
static void
yaml_attach(struct yaml_reader *r, struct ynode *n)
{
	struct ynode	*parent;

	if (r->depth == 0) {
		if (r->root == NULL)
			r->root = n;
		return;
	}
	parent = r->stack[r->depth - 1];
	ynode_push_kid(parent, n);
	if (parent->type == YNODE_MAP && parent->nkids % 2 == 1)
		yaml_check_key(r, n);
}

static int
yaml_is_null(const yaml_event_t *e)
{
	const char	*s = (const char *)e->data.scalar.value;

	if (e->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	return strcmp(s, "") == 0 || strcmp(s, "~") == 0 ||
	    strcmp(s, "null") == 0 || strcmp(s, "Null") == 0 ||
	    strcmp(s, "NULL") == 0;
}

/* Reports anchors and tags, which docs/format.md refuses. */
static void
yaml_check_props(struct yaml_reader *r, const yaml_event_t *e,
    const yaml_char_t *anchor, const yaml_char_t *tag, int implicit)
{
	if (anchor != NULL)
		diag_error(r->diags, yaml_pos(r, e->start_mark),
		    _("YAML anchors and aliases are not allowed (anchor '&%s')"),
		    (const char *)anchor);
	if (tag != NULL && !implicit) {
		/* Shown as written: "!!str", not "tag:yaml.org,2002:str". */
		if (strncmp((const char *)tag, "tag:yaml.org,2002:", 18) == 0)
			diag_error(r->diags, yaml_pos(r, e->start_mark),
			    _("YAML tags are not allowed ('!!%s')"),
			    (const char *)tag + 18);
		else
			diag_error(r->diags, yaml_pos(r, e->start_mark),
			    _("YAML tags are not allowed ('%s')"),
			    (const char *)tag);
	}
}

static void
yaml_on_scalar(struct yaml_reader *r, const yaml_event_t *e)
{
	struct ynode	*n = ynode_new(YNODE_SCALAR, yaml_pos(r, e->start_mark));

	yaml_check_props(r, e, e->data.scalar.anchor, e->data.scalar.tag,
	    e->data.scalar.plain_implicit || e->data.scalar.quoted_implicit);
	if (memchr(e->data.scalar.value, '\0', e->data.scalar.length) != NULL)
		diag_error(r->diags, n->pos, _("a NUL character (\\0) is not "
		    "allowed in a text"));
	n->scalar = arena_strndup(yaml_arena,
	    (const char *)e->data.scalar.value,
	    e->data.scalar.length);
	n->len = e->data.scalar.length;
	n->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	n->null = yaml_is_null(e);
	yaml_attach(r, n);
}

/* Opens a sequence or a map; returns -1 past the nesting limit. */
static int
yaml_on_open(struct yaml_reader *r, const yaml_event_t *e,
    enum ynode_type type)
{
	struct ynode	*n;

	if (type == YNODE_SEQ)
		yaml_check_props(r, e, e->data.sequence_start.anchor,
		    e->data.sequence_start.tag,
		    e->data.sequence_start.implicit);
	else
		yaml_check_props(r, e, e->data.mapping_start.anchor,
		    e->data.mapping_start.tag,
		    e->data.mapping_start.implicit);
	if (r->depth == YAML_MAX_DEPTH) {
		diag_error(r->diags, yaml_pos(r, e->start_mark),
		    _("YAML nested deeper than %d levels"), YAML_MAX_DEPTH);
		return -1;
	}
	n = ynode_new(type, yaml_pos(r, e->start_mark));
	r->stack[r->depth++] = n;
	return 0;
}

static void
yaml_on_close(struct yaml_reader *r)
{
	struct ynode	*n;

	if (r->depth == 0)
		return;
	n = r->stack[--r->depth];
	if (n->type == YNODE_MAP)
		yaml_check_duplicates(r, n);
	yaml_attach(r, n);
}

/*
 * An alias stops the reading of the file: it is refused, and a value put
 * in its place would only bring further, misleading errors.
 */
static int
yaml_on_alias(struct yaml_reader *r, const yaml_event_t *e)
{
	diag_error(r->diags, yaml_pos(r, e->start_mark),
	    _("YAML anchors and aliases are not allowed (alias '*%s')"),
	    (const char *)e->data.alias.anchor);
	return -1;
}

/* The first byte of the character at mark m (0-based), or 0. */
static char
yaml_char_at(const struct yaml_reader *r, yaml_mark_t m)
{
	size_t	 i = 0, line = 0, col = 0;

	while (i < r->len && line < m.line)
		if (r->data[i++] == '\n')
			line++;
	for (; i < r->len && r->data[i] != '\n'; i++) {
		if (((unsigned char)r->data[i] & 0xC0) == 0x80)
			continue;
		if (col++ == m.column)
			return r->data[i];
	}
	return 0;
}

/*
 * A hint for the commonest mistakes behind libyaml's messages, which
 * speak of tokens and contexts: a ": " or a leading character that YAML
 * reads as syntax in a text written without quotes, a tab. Returns a
 * translated sentence, or NULL.
 */
static const char *
yaml_hint(const struct yaml_reader *r, const yaml_parser_t *p, yaml_mark_t m)
{
	const char	*problem = p->problem ? p->problem : "";
	char		 c = yaml_char_at(r, m);

	if (strstr(problem, "mapping values are not allowed") != NULL)
		return _("a text holding ': ' must be in quotes, as in "
		    "\"Objectif : remobiliser\"");
	if (strstr(problem, "cannot start any token") != NULL && c == '\t')
		return _("indent with spaces, not tabs");
	if (strstr(problem, "cannot start any token") != NULL && c != 0)
		return _("a text starting with this character must be in "
		    "quotes");
	if (p->context != NULL && (strstr(p->context, "alias") != NULL ||
	    strstr(p->context, "anchor") != NULL))
		return _("a text starting with '*' or '&' must be in quotes");
	if (strstr(problem, "could not find expected ':'") != NULL)
		return _("a key is followed by ':' and a space");
	return NULL;
}

static void
yaml_syntax_error(struct yaml_reader *r, const yaml_parser_t *p)
{
	yaml_mark_t	 m = p->problem_mark;
	size_t		 i;
	const char	*problem, *hint;
	int		 line;
	struct yaml_hint_input in;

	if (p->error == YAML_READER_ERROR) {
		/*
		 * The reader gives a byte offset, not a mark: count lines
		 * and characters up to it (control characters, which valid
		 * UTF-8 may hold but YAML refuses).
		 */
		m.line = 0;
		m.column = 0;
		for (i = 0; i < p->problem_offset && i < r->len; i++) {
			if (r->data[i] == '\n') {
				m.line++;
				m.column = 0;
			} else if (((unsigned char)r->data[i] & 0xC0) != 0x80)
				m.column++;
		}
	}
	in = (struct yaml_hint_input){ r->path, r->data, r->len, r->line0,
	    p, m.line, m.column, 0 };
	if (yaml_hints_report(&in, r->diags))
		return;
	/*
	 * libyaml's problem and context are English words of the YAML
	 * specification, quoted as they are in every language.
	 */
	problem = p->problem ? p->problem : "syntax error";
	hint = yaml_hint(r, p, m);
	line = (int)p->context_mark.line + 1 + r->line0;
	if (p->context != NULL && hint != NULL)
		diag_error(r->diags, yaml_pos(r, m),
		    _("invalid YAML: %s (%s at line %d); %s"), problem,
		    p->context, line, hint);
	else if (p->context != NULL)
		diag_error(r->diags, yaml_pos(r, m),
		    _("invalid YAML: %s (%s at line %d)"), problem,
		    p->context, line);
	else if (hint != NULL)
		diag_error(r->diags, yaml_pos(r, m), _("invalid YAML: %s; %s"),
		    problem, hint);
	else
		diag_error(r->diags, yaml_pos(r, m), _("invalid YAML: %s"),
		    problem);
}

/* Handles one event; returns 1 at the end of the stream, -1 to stop. */
static int
yaml_on_event(struct yaml_reader *r, const yaml_event_t *e)
{
	switch (e->type) {
	case YAML_STREAM_END_EVENT:
		return 1;
	case YAML_DOCUMENT_START_EVENT:
		if (++r->documents > 1) {
			diag_error(r->diags, yaml_pos(r, e->start_mark),
			    _("only one YAML document is allowed here"));
			return -1;
		}
		break;
	case YAML_SCALAR_EVENT:
		yaml_on_scalar(r, e);
		break;
	case YAML_SEQUENCE_START_EVENT:
		return yaml_on_open(r, e, YNODE_SEQ);
	case YAML_MAPPING_START_EVENT:
		return yaml_on_open(r, e, YNODE_MAP);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		yaml_on_close(r);
		break;
	case YAML_ALIAS_EVENT:
		return yaml_on_alias(r, e);
	default:
		break;
	}
	return 0;
}

struct ynode *
yaml_read(const char *path, const char *data, size_t len, int line0,
    struct diags *diags)
{
	yaml_parser_t		 p;
	yaml_event_t		 e;
	struct yaml_reader	 r;
	int			 rc = 0;
	struct pos		 start;

	if (yaml_arena == NULL)
		yaml_arena = arena_new();
	yaml_live++;
	memset(&r, 0, sizeof(r));
	r.path = path;
	r.data = data;
	r.len = len;
	r.line0 = line0;
	r.diags = diags;
	/* libyaml fails to start only when out of memory. */
	if (!yaml_parser_initialize(&p))
		alloc_die(0);
	yaml_parser_set_input_string(&p, (const unsigned char *)data, len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	while (rc == 0) {
		if (!yaml_parser_parse(&p, &e)) {
			yaml_syntax_error(&r, &p);
			rc = -1;
			break;
		}
		rc = yaml_on_event(&r, &e);
		yaml_event_delete(&e);
	}
	yaml_parser_delete(&p);
	if (rc == -1) {
		yaml_release();	/* what was read goes with the arena */
		return NULL;
	}
	if (r.root == NULL) {
		start.file = path;
		start.line = 1 + line0;
		start.col = 1;
		r.root = ynode_new(YNODE_MAP, start);
	}
	return r.root;
}
