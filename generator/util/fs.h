/*
 * File-system helpers. Only the loader (reading) and the publish stage
 * (writing) use them; renderers work in memory.
 */
#ifndef CLSPD_FS_H
#define CLSPD_FS_H

#include <stddef.h>

struct buf;

/*
 * Reads the regular file at path into out (replacing its contents).
 * Returns 0 on success; -1 when it cannot be read, with errno set; -2
 * when it is larger than max bytes (out is then empty); -3 when it is
 * not a regular file (a FIFO, a device: never waited on).
 */
int	 fs_read_file(const char *path, size_t max, struct buf *out);

/*
 * The same for the file rel below the folder root (root/rel), following
 * no symbolic link below root: every folder of rel and the file itself
 * are opened with O_NOFOLLOW, so that a link swapped in after the walk
 * is refused too. Returns what fs_read_file returns, or -4 when a part
 * of rel is a symbolic link. root itself may be a link.
 */
int	 fs_read_beneath(const char *root, const char *rel, size_t max,
	    struct buf *out);

/*
 * Lists the names in folder path, sorted bytewise, "." and ".." left out.
 * Returns 0 and sets *names (an array the caller frees with
 * fs_names_free) and *n; returns -1 with errno set on failure.
 */
int	 fs_list_dir(const char *path, char ***names, size_t *n);
void	 fs_names_free(char **names, size_t n);
/* The same, with (*dirs)[i] set for the names that are folders. */
int	 fs_list_dir_kinds(const char *path, char ***names,
	    unsigned char **dirs, size_t *n);

/* Whether path is a folder, a regular file; 0 when it does not exist. */
int	 fs_is_dir(const char *path);
int	 fs_is_file(const char *path);
/* Whether path itself is a symbolic link (not followed). */
int	 fs_is_link(const char *path);

/* Creates path and its missing parents (mode 0755). Returns 0 or -1. */
int	 fs_mkdir_p(const char *path);

/*
 * Writes len bytes to path, checking every write, flush and close.
 * Returns 0, or -1 with errno set and *step naming the failed step. It
 * does not sync: `clspd init` and the tests use it; outputs go through
 * the publisher (publish.h), which syncs a whole output once.
 */
int	 fs_write_file(const char *path, const char *data, size_t len,
	    const char **step);

/* Flushes the file system holding path to disk (syncfs). Returns 0 or -1. */
int	 fs_sync_tree(const char *path);

/* Removes path and everything below it. Returns 0 or -1. */
int	 fs_remove_tree(const char *path);

/* Joins a and b with one "/"; the caller frees the result. */
char	*fs_join(const char *a, const char *b);

#endif
