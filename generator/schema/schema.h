/*
 * `clspd schema DIR`: the JSON Schemas (draft-07) of the content files
 * and of the theme's YAML files, written from the loaders' own tables
 * (load/fields.h, pdf_theme_keys, the default strings), so that an
 * editor's help can never disagree with what clspd accepts.
 */
#ifndef CLSPD_SCHEMA_H
#define CLSPD_SCHEMA_H

#include "../util/buf.h"
#include "../util/exit.h"

/* One schema file: its name in DIR and the record it describes. */
struct schema_file {
	const char	*name;		/* "action.schema.json" */
	const char	*content;	/* the files it is for: "actions/<id>.yaml" */
};

/* The files schema_write writes, ending with a NULL name. */
extern const struct schema_file schema_files[];

/*
 * Where `clspd init` writes the schemas, in the content folder: the
 * loader reads no folder whose name starts with a dot, and an editor
 * finds them offline, for the version of clspd that wrote the folder.
 */
#define SCHEMA_DIR	".clspd/schemas"

/*
 * The schema of the content file at path (relative to the content
 * folder: "partners/mairie.yaml"), or NULL for a file without one.
 */
const char *schema_for(const char *path);

/*
 * Appends the schema named name (one of schema_files) to out. Returns 0,
 * or -1 when there is no such schema or the default theme is broken.
 */
int	 schema_text(const char *name, struct buf *out);

/*
 * Writes every schema into the folder dir, created if needed. Returns
 * EXIT_OK or EXIT_IO (an input/output failure, reported on stderr).
 */
int	 schema_write(const char *dir);

#endif
