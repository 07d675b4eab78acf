/*
 * A small YAML document tree with positions, read with libyaml's event
 * parser. It enforces the rules docs/format.md sets for every YAML input:
 * one document, unique map keys, scalar keys, no anchors or aliases, no
 * tags, nesting at most YAML_MAX_DEPTH levels. Problems become
 * diagnostics: a duplicate key or a tag leaves the rest of the tree
 * usable; a syntax error, an alias or too deep a nesting stops the file. Reading stops at
 * a syntax error, past the nesting limit and at the first alias.
 */
#ifndef CLSPD_YAML_H
#define CLSPD_YAML_H

#include <stddef.h>

#include "../util/diag.h"

#define YAML_MAX_DEPTH 64

enum ynode_type {
	YNODE_SCALAR,
	YNODE_SEQ,
	YNODE_MAP
};

struct ynode {
	enum ynode_type	 type;
	struct pos	 pos;
	char		*scalar;	/* YNODE_SCALAR: the text, NUL-terminated */
	size_t		 len;
	int		 plain;		/* an unquoted, non-block scalar */
	int		 null;		/* plain "", "~", "null", "Null", "NULL" */
	int		 duplicate;	/* a map key written before in its map */
	struct ynode	**kids;		/* SEQ: items; MAP: key, value, key, … */
	size_t		 nkids;
};

/*
 * Parses data[0..len) of the file named path. line0 is added to every
 * line (for front matter, which starts below line 1). Returns the root
 * node, an empty map for an empty document, or NULL when the text is not
 * YAML, in which case at least one error was added to diags. The caller
 * forgets the tree with ynode_forget. Trees live in an arena of the
 * calling thread, reused once all its trees are forgotten: read one file
 * at a time.
 */
struct ynode	*yaml_read(const char *path, const char *data, size_t len,
		    int line0, struct diags *diags);
void		 ynode_forget(struct ynode *);
/* Frees the calling thread's arena, before the thread ends. */
void		 yaml_scratch_free(void);

/* The number of key/value pairs of a map node. */
#define YNODE_PAIRS(n) ((n)->nkids / 2)

/* A short description of a node's type for messages: "a list", … */
const char	*ynode_kind(const struct ynode *);

#endif
