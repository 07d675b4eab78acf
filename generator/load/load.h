/*
 * The load and check stages: a content folder into a model.
 *
 * load_content reads every file of the folder (docs/format.md) and
 * reports every problem it finds into diags; it never stops at the first.
 * check_model then resolves the references, sorts the records into the
 * orders of docs/format.md and adds the content warnings.
 */
#ifndef CLSPD_LOAD_H
#define CLSPD_LOAD_H

#include "../util/diag.h"
#include "model.h"

/* The largest content file read, in bytes. */
#define LOAD_MAX_FILE (4u * 1024 * 1024)

/*
 * Reads the content folder root. Returns the model (never NULL when the
 * folder could be listed; the caller frees it with model_free), or NULL
 * when root is not a readable folder, with *err set to a message for
 * the command line.
 */
struct model	*load_content(const char *root, struct diags *,
		    const char **err);

/*
 * The same through a content reader (source/tree.h): a folder, or the
 * content as a git commit or the index has it. The model's paths are
 * the tree's (tree->root joined with the path below it); tree must
 * outlive nothing but this call.
 */
struct source_tree;
struct model	*load_content_tree(const struct source_tree *tree,
		    struct diags *, const char **err);

/* Resolves references and sorts; see above. */
void		 check_model(struct model *, struct diags *);

#endif
