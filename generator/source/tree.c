/*
 * The content reader's interface (tree.h) and its folder implementation:
 * each question handed to fs.c as it is.
 */
#include <sys/stat.h>

#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/i18n.h"
#include "../util/fs.h"
#include "tree.h"

int
source_tree_list(const struct source_tree *t, const char *path,
    char ***names, unsigned char **dirs, size_t *n)
{
	return t->ops->list(t, path, names, dirs, n);
}

int
source_tree_read(const struct source_tree *t, const char *path, size_t max,
    struct buf *out)
{
	return t->ops->read(t, path, max, out);
}

enum source_kind
source_tree_kind(const struct source_tree *t, const char *path)
{
	return t->ops->kind(t, path);
}

char *
source_tree_join(const struct source_tree *t, const char *dir,
    const char *name)
{
	size_t	 n = strlen(dir);

	if (n > 0 && dir[n - 1] == ':' && strcmp(dir, t->root) == 0)
		return xasprintf("%s%s", dir, name);
	return fs_join(dir, name);
}

/* Copies the folder path of the tree into dest, depth-first. */
static int
extract_dir(const struct source_tree *t, const char *path, const char *dest,
    int depth, char **err)
{
	char		**names = NULL, *from, *to;
	unsigned char	*dirs = NULL;
	const char	*step;
	struct buf	 b = BUF_INIT;
	size_t		 n = 0, i;
	int		 rc = -1, r;

	if (depth > 16 || source_tree_list(t, path, &names, &dirs, &n) == -1 ||
	    fs_mkdir_p(dest) == -1) {
		*err = xasprintf(_("%s: cannot copy the folder"), path);
		goto out;
	}
	for (i = 0; i < n; i++) {
		from = source_tree_join(t, path, names[i]);
		to = fs_join(dest, names[i]);
		if (dirs[i])
			r = extract_dir(t, from, to, depth + 1, err);
		else if ((r = source_tree_read(t, from, 16u << 20, &b)) != 0)
			*err = xasprintf(r == SOURCE_READ_LINK ?
			    _("%s: a symbolic link") : _("%s: cannot be "
			    "read"), from);
		else if ((r = fs_write_file(to, b.data ? b.data : "", b.len,
		    &step)) != 0)
			*err = xasprintf(_("%s: cannot %s"), to, step);
		free(from);
		free(to);
		if (r != 0)
			goto out;
	}
	rc = 0;
out:
	fs_names_free(names, n);
	free(dirs);
	buf_release(&b);
	return rc;
}

int
source_tree_extract(const struct source_tree *t, const char *name,
    const char *dest, char **err)
{
	char	*path = source_tree_join(t, t->root, name);
	int	 rc = 0;

	if (source_tree_kind(t, path) == SOURCE_DIR)
		rc = extract_dir(t, path, dest, 0, err);
	free(path);
	return rc;
}

void
source_tree_free(struct source_tree *t)
{
	if (t != NULL)
		t->ops->free(t);
}

static int
folder_list(const struct source_tree *t, const char *path, char ***names,
    unsigned char **dirs, size_t *n)
{
	return fs_list_dir_kinds(path, names, dirs, n);
}

/*
 * Reads path, a path below the root (as source_tree_join made it), one
 * component at a time with O_NOFOLLOW (fs_read_beneath): a link swapped
 * in after the walk looked is refused too (SOURCE_READ_LINK).
 */
static int
folder_read(const struct source_tree *t, const char *path, size_t max,
    struct buf *out)
{
	size_t	 n = strlen(t->root);

	if (strncmp(path, t->root, n) != 0 || (path[n] != '/' &&
	    path[n] != '\0'))
		return fs_read_file(path, max, out);
	while (path[n] == '/')
		n++;
	return fs_read_beneath(t->root, path + n, max, out);
}

/*
 * What is at path, without following a link: a symbolic link in the
 * content folder is SOURCE_LINK, whatever it points to (the root itself
 * may be one: the user chose it).
 */
static enum source_kind
folder_kind(const struct source_tree *t, const char *path)
{
	struct stat	 st;

	if (strcmp(path, t->root) == 0)
		return fs_is_dir(path) ? SOURCE_DIR : fs_is_file(path) ?
		    SOURCE_FILE : SOURCE_NONE;
	if (lstat(path, &st) == -1)
		return SOURCE_NONE;
	if (S_ISLNK(st.st_mode))
		return SOURCE_LINK;
	if (S_ISDIR(st.st_mode))
		return SOURCE_DIR;
	return S_ISREG(st.st_mode) ? SOURCE_FILE : SOURCE_OTHER;
}

static void
folder_free(struct source_tree *t)
{
	free(t->root);
	free(t);
}

static const struct source_tree_ops folder_ops = {
	folder_list, folder_read, folder_kind, folder_free
};

struct source_tree *
source_tree_folder(const char *root)
{
	struct source_tree	*t = xcalloc(1, sizeof(*t));

	t->ops = &folder_ops;
	t->root = xstrdup(root);
	return t;
}
