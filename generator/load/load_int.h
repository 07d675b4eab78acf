/*
 * The load stage's own parts (load.c, files.c), not for other stages:
 * what one loading thread holds, the tasks the folder walk gathers, and
 * the reading of one content file.
 *
 * files.c finds the content's files (the folder walk, file names into
 * ids, the links it refuses) and reads each with the limits of
 * docs/format.md (size, UTF-8, NUL bytes); load.c hands each file to the
 * loader of its record type, on threads, and assembles the model.
 */
#ifndef CLSPD_LOAD_INT_H
#define CLSPD_LOAD_INT_H

#include <stddef.h>

#include "../util/buf.h"
#include "../util/diag.h"
#include "fields.h"
#include "model.h"
#include "yaml.h"

struct source_tree;

/* A record file to load: its path, its id and its place in the model. */
enum task_kind {
	TASK_PARTNER,
	TASK_ACTION,
	TASK_INDICATOR,
	TASK_PAGE,
	TASK_NARRATIVE		/* slot: the action it belongs to */
};

struct task {
	enum task_kind	 kind;
	char		*path;	/* owned until handed to the record */
	char		*id;	/* likewise */
	size_t		 slot;
};

/*
 * What one loading thread needs: its own diagnostics, buffer and list of
 * kept paths, merged into the model's once every thread is done. The
 * first (or only) one also serves the folder walk, which is sequential.
 */
struct load {
	const struct source_tree *tree;	/* what the files are read from */
	struct model	*m;
	struct loader	 l;
	struct diags	 diags;
	struct buf	 data;		/* the file being read */
	char		**kept;		/* paths of files not loaded */
	size_t		 nkept;
	size_t		 files;		/* files read */
	const struct task *tasks;
	size_t		 ntasks;
	size_t		 first;		/* this thread takes first, first + step… */
	size_t		 step;
};

/* The tasks of a content folder, gathered by the sequential walk. */
struct tasks {
	struct task	*v;
	size_t		 n;
	size_t		 cap;
	size_t		 count[TASK_NARRATIVE + 1];
};

/* The position of a whole file, for the messages about it. */
static inline struct pos
file_pos(const char *path)
{
	struct pos	 p = { path, 1, 1 };

	return p;
}

/*
 * Reports path if it is a symbolic link (in a folder, or a link entry of
 * a git tree); returns whether it is.
 */
int		 load_link(struct load *, const char *path);

/*
 * Keeps the path of a file that was not loaded in the model: diagnostics
 * point to their file's path, so it must live as long as the model.
 */
void		 load_keep(struct load *, char *path);

/*
 * Reads path into ld->data and checks the limits of docs/format.md.
 * Returns 0, or -1 after reporting. A UTF-8 byte order mark is dropped.
 */
int		 load_read(struct load *, const char *path);

/* Reads a YAML file; returns its tree or NULL after reporting. */
struct ynode	*load_yaml(struct load *, const char *path);

/* A file, or a link that reading will report. */
int		 load_is_file(const struct load *, const char *path);

/*
 * The links of CONTENT/theme, and the folder itself as a link, are
 * errors here, so that check finds them; the theme leaves them out
 * (theme_open, theme_find).
 */
void		 load_theme_links(struct load *);

/*
 * Walks the record folders (partners/, actions/, indicators/, pages/)
 * into tasks, one for each well-named file, reporting the names that do
 * not fit; the narratives of actions/ go into narratives, each given the
 * slot of its action (a narrative without one is reported and dropped).
 */
void		 load_walk(struct load *, struct tasks *ts,
		    struct tasks *narratives);

#endif
