/*
 * YAML document tree (see yaml.h). libyaml's event parser keeps its own
 * stacks, so deep input costs memory, not C stack; we stop reading a file
 * as soon as its nesting passes YAML_MAX_DEPTH, which bounds both.
 */
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "../util/alloc.h"
#include "../util/diag.h"
#include "yaml.h"

struct yaml_reader {
	const char	*path;
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

static struct ynode *
ynode_new(enum ynode_type type, struct pos pos)
{
	struct ynode	*n = xcalloc(1, sizeof(*n));

	n->type = type;
	n->pos = pos;
	return n;
}

/*
 * Frees a tree without recursion: children are moved onto an explicit
 * stack. (Depth is capped anyway, but this keeps the promise of STYLE.md.)
 */
void
ynode_free(struct ynode *root)
{
	struct ynode	**stack = NULL, *n;
	size_t		 len = 0, cap = 0, i;

	if (root == NULL)
		return;
	stack = xreallocarray(NULL, cap = 16, sizeof(*stack));
	stack[len++] = root;
	while (len > 0) {
		n = stack[--len];
		for (i = 0; i < n->nkids; i++) {
			if (n->kids[i] == NULL)
				continue;
			if (len == cap)
				stack = xreallocarray(stack, cap *= 2,
				    sizeof(*stack));
			stack[len++] = n->kids[i];
		}
		free(n->kids);
		free(n->scalar);
		free(n);
	}
	free(stack);
}

const char *
ynode_kind(const struct ynode *n)
{
	if (n == NULL)
		return "nothing";
	switch (n->type) {
	case YNODE_SEQ:
		return "a list";
	case YNODE_MAP:
		return "a mapping";
	default:
		return n->null ? "an empty value" : "a single value";
	}
}

static void
ynode_push_kid(struct ynode *parent, struct ynode *kid)
{
	parent->kids = xreallocarray(parent->kids, parent->nkids + 1,
	    sizeof(*parent->kids));
	parent->kids[parent->nkids++] = kid;
}

/*
 * Checks that a key just added to a map is a scalar and is not already
 * there. Keys are compared as written.
 */
static void
yaml_check_key(struct yaml_reader *r, struct ynode *map, struct ynode *key)
{
	size_t	 i;

	if (key->type != YNODE_SCALAR) {
		diag_error(r->diags, key->pos,
		    "a mapping key must be a single value, not %s",
		    ynode_kind(key));
		return;
	}
	for (i = 0; i + 1 < map->nkids; i += 2) {
		if (map->kids[i]->type == YNODE_SCALAR &&
		    strcmp(map->kids[i]->scalar, key->scalar) == 0) {
			diag_error(r->diags, key->pos,
			    "duplicate key '%s' (first written at line %d)",
			    key->scalar, map->kids[i]->pos.line);
			return;
		}
	}
}

/* Attaches a finished node to its parent, or makes it the root. */
static void
yaml_attach(struct yaml_reader *r, struct ynode *n)
{
	struct ynode	*parent;

	if (r->depth == 0) {
		if (r->root == NULL)
			r->root = n;
		else
			ynode_free(n);
		return;
	}
	parent = r->stack[r->depth - 1];
	ynode_push_kid(parent, n);
	if (parent->type == YNODE_MAP && parent->nkids % 2 == 1)
		yaml_check_key(r, parent, n);
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

/* Reports anchors and tags, which FORMAT.md refuses. */
static void
yaml_check_props(struct yaml_reader *r, const yaml_event_t *e,
    const yaml_char_t *anchor, const yaml_char_t *tag, int implicit)
{
	if (anchor != NULL)
		diag_error(r->diags, yaml_pos(r, e->start_mark),
		    "YAML anchors and aliases are not allowed (anchor '&%s')",
		    (const char *)anchor);
	if (tag != NULL && !implicit)
		diag_error(r->diags, yaml_pos(r, e->start_mark),
		    "YAML tags are not allowed ('%s')", (const char *)tag);
}

static void
yaml_on_scalar(struct yaml_reader *r, const yaml_event_t *e)
{
	struct ynode	*n = ynode_new(YNODE_SCALAR, yaml_pos(r, e->start_mark));

	yaml_check_props(r, e, e->data.scalar.anchor, e->data.scalar.tag,
	    e->data.scalar.plain_implicit || e->data.scalar.quoted_implicit);
	n->scalar = xstrndup((const char *)e->data.scalar.value,
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
		    "YAML nested deeper than %d levels", YAML_MAX_DEPTH);
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
	yaml_attach(r, n);
}

static void
yaml_on_alias(struct yaml_reader *r, const yaml_event_t *e)
{
	struct ynode	*n = ynode_new(YNODE_SCALAR, yaml_pos(r, e->start_mark));

	diag_error(r->diags, n->pos,
	    "YAML anchors and aliases are not allowed (alias '*%s')",
	    (const char *)e->data.alias.anchor);
	n->scalar = xstrdup("");
	n->null = 1;
	yaml_attach(r, n);
}

static void
yaml_syntax_error(struct yaml_reader *r, const yaml_parser_t *p)
{
	yaml_mark_t	 m = p->problem_mark;

	if (p->error == YAML_READER_ERROR) {
		/* Only reached for encodings we did not check before. */
		m.line = 0;
		m.column = 0;
	}
	if (p->context != NULL)
		diag_error(r->diags, yaml_pos(r, m),
		    "invalid YAML: %s (%s at line %d)",
		    p->problem ? p->problem : "syntax error", p->context,
		    (int)p->context_mark.line + 1 + r->line0);
	else
		diag_error(r->diags, yaml_pos(r, m), "invalid YAML: %s",
		    p->problem ? p->problem : "syntax error");
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
			    "only one YAML document is allowed here");
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
		yaml_on_alias(r, e);
		break;
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

	memset(&r, 0, sizeof(r));
	r.path = path;
	r.line0 = line0;
	r.diags = diags;
	if (!yaml_parser_initialize(&p)) {
		fprintf(stderr, "clspd: cannot initialise libyaml\n");
		exit(3);
	}
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
	while (r.depth > 0)
		ynode_free(r.stack[--r.depth]);
	if (rc == -1) {
		ynode_free(r.root);
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
