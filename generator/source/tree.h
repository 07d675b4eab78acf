/*
 * What the loader reads content through (load.c): a folder on disk, or
 * the content folder as it is in a git commit or in the index, read
 * straight from the repository's objects without touching the work tree
 * (clspd build --rev, clspd check --rev and --staged). One loader, two
 * implementations of three questions: list a folder, read a file, what
 * is at a path (a file, a folder, a symbolic link).
 *
 * Paths are the names diagnostics print: the tree's root joined with
 * the path below it (fs_join). A folder's root is the folder as given
 * ("content"); a commit's is "REV:path", the path of the content folder
 * in the repository, as `git show REV:path` names a file; the index's
 * is the folder as given (the staged files are the user's own).
 */
#ifndef CLSPD_SOURCE_TREE_H
#define CLSPD_SOURCE_TREE_H

#include <stddef.h>

#include "stamp.h"

struct buf;
struct source_tree;

enum source_kind {
	SOURCE_NONE,		/* nothing there */
	SOURCE_FILE,
	SOURCE_DIR,
	SOURCE_LINK,		/* a symbolic link (git mode 120000) */
	SOURCE_OTHER		/* a submodule, a device… */
};

/* The read codes of fs_read_file, and one more. */
#define SOURCE_READ_LINK	(-4)	/* a symbolic link: not followed */

struct source_tree_ops {
	int	(*list)(const struct source_tree *, const char *path,
		    char ***names, unsigned char **dirs, size_t *n);
	int	(*read)(const struct source_tree *, const char *path,
		    size_t max, struct buf *out);
	enum source_kind (*kind)(const struct source_tree *, const char *path);
	void	(*free)(struct source_tree *);
};

struct source_tree {
	const struct source_tree_ops *ops;
	char		*root;		/* owned */
};

/*
 * The folder root as it is on disk: a thin wrapper over fs.c (which
 * decides how links are met). Free with source_tree_free.
 */
struct source_tree *source_tree_folder(const char *root);

/*
 * The content folder content as it is in commit rev (a tag, a branch, a
 * hash), or in the index when rev is NULL, from the repository that
 * holds content. Returns the tree, or NULL with *err set (a message the
 * caller frees). With stamp set, fills it with rev's commit.
 */
struct source_tree *source_tree_git(const char *content, const char *rev,
		    struct source_stamp *stamp, char **err);

/*
 * Lists the names in folder path, sorted bytewise, with (*dirs)[i] set
 * for folders, as fs_list_dir_kinds does; frees with fs_names_free and
 * free. Returns 0, or -1 with errno set.
 */
int		 source_tree_list(const struct source_tree *,
		    const char *path, char ***names, unsigned char **dirs, size_t *n);

/*
 * Reads the file at path into out: 0, or the codes of fs_read_file (-1
 * with errno, -2 too large, -3 not a regular file), or SOURCE_READ_LINK.
 */
int		 source_tree_read(const struct source_tree *,
		    const char *path, size_t max, struct buf *out);

enum source_kind source_tree_kind(const struct source_tree *,
		    const char *path);

/*
 * The path of name in folder dir of the tree: fs_join's, except below a
 * commit's top ("REV:" + "clspd.yaml"). The caller frees it.
 */
char		*source_tree_join(const struct source_tree *,
		    const char *dir, const char *name);

/*
 * Copies the folder name of the tree's root, and everything below it,
 * into the folder dest on disk (for the theme/ of a commit, which the
 * theme layers read as files). Returns 0 (also when there is no such
 * folder), or -1 with *err set (the caller frees it); a link is refused.
 */
int		 source_tree_extract(const struct source_tree *,
		    const char *name, const char *dest, char **err);

void		 source_tree_free(struct source_tree *);

#endif
