/*
 * The compiled form of a Mustache template, shared by the compiler
 * (mustache_parse.c) and the renderer (mustache.c); not for other
 * modules, which use mustache.h.
 *
 * A template compiles to a flat array of nodes in source order. A
 * section, parent or block is followed by its contents, and its end is
 * the index after them, so that rendering is a loop over an array and
 * skipping a section is one assignment. Whitespace rules (standalone
 * lines, indentation) are settled by the compiler: the renderer only
 * writes text, values and indentation where the flags say.
 */
#ifndef CLSPD_MUSTACHE_PARSE_H
#define CLSPD_MUSTACHE_PARSE_H

#include <stddef.h>

#include "../../util/arena.h"
#include "../../util/diag.h"

enum node_type {
	NODE_TEXT,	/* literal text, at most one line */
	NODE_VAR,	/* {{x}}: escaped */
	NODE_RAW,	/* {{{x}}} and {{&x}} */
	NODE_SECTION,	/* {{#x}} */
	NODE_INVERTED,	/* {{^x}} */
	NODE_PARTIAL,	/* {{>x}} */
	NODE_PARENT,	/* {{<x}}: its contents are its block arguments */
	NODE_BLOCK	/* {{$x}} */
};

/* The first node of a template line: the line's indentation goes first. */
#define NODE_BOL	0x01
/*
 * A partial or parent alone on its line (the line removed), or a block
 * whose opening tag ends a line that was removed, or a block alone with
 * its closing tag on a line: its contents are indented by node->indent
 * more than the line where it stands.
 */
#define NODE_STANDALONE	0x02
/* A problem of this node was reported: it is not reported again. */
#define NODE_REPORTED	0x04

/*
 * Sections, parents and blocks nested deeper in one template are an error
 * (the compiler's stack).
 */
#define MUSTACHE_MAX_NESTING	100

struct template;

struct node {
	enum node_type	 type;
	unsigned	 flags;
	size_t		 end;	/* the index after it and its own */
	const char	*s;	/* the text (in src), or the tag's name */
	size_t		 len;
	const char	**parts; /* the name split at dots; none for "." */
	size_t		 nparts;
	const char	*indent; /* NODE_STANDALONE: the extra indentation */
	size_t		 indent_len;
	int		 line;	/* of the tag, 1-based */
	int		 col;	/* in characters, 1-based */
	struct template	*target; /* partials and parents, once found */
};

enum template_state {
	TEMPLATE_READY,
	TEMPLATE_BROKEN,	/* did not compile: reported */
	TEMPLATE_MISSING	/* the source does not have it */
};

struct template {
	const char		*name;	/* in the set's arena */
	const char		*where;	/* a path, for messages */
	const char		*src;	/* the text, not owned */
	size_t			 len;
	enum template_state	 state;
	int			 walked; /* mustache_compile's generation */
	struct node		*nodes;	/* owned */
	size_t			 n;
};

/*
 * Compiles t->src into t->nodes, names and parts allocated in a, with
 * the whitespace rules of the specification. In strict mode, text or
 * tags inside a parent tag outside its blocks are an error. Returns 0,
 * or -1 with the first mistake added to d at t->where.
 */
int	 template_compile(struct template *t, struct arena *a, int strict,
	    struct diags *d);

#endif
