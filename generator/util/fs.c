/*
 * File-system helpers (see fs.h).
 */
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>

#include <linux/openat2.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "buf.h"
#include "fs.h"
#include "i18n.h"

static int	 fs_read_fd(int, size_t, struct buf *);
static int	 fs_is_link_at(const char *, const char *, size_t);

/*
 * Opens rel below the folder root, following no symbolic link on the
 * way: each folder of rel is opened with O_NOFOLLOW from the one above,
 * and the file itself too. A link found (even one swapped in after the
 * content was listed) fails with ELOOP. root itself may be a link.
 */
static int
fs_open_walk(int dir, const char *root, const char *rel)
{
	char	*copy = xstrdup(rel), *part, *slash;
	int	 fd = -1, saved;

	for (part = copy; (slash = strchr(part, '/')) != NULL;
	    part = slash + 1) {
		*slash = '\0';
		if (*part == '\0')
			continue;
		fd = openat(dir, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		saved = errno;
		close(dir);
		/* A link to a folder, opened as a folder without following. */
		if (fd == -1 && saved == ENOTDIR)
			saved = fs_is_link_at(root, rel,
			    (size_t)(slash - copy)) ? ELOOP : saved;
		errno = saved;
		if ((dir = fd) == -1)
			goto out;
	}
	/* Non-blocking, so that a FIFO is refused, not waited on. */
	fd = openat(dir, part, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY |
	    O_NOFOLLOW);
	saved = errno;
	close(dir);
	errno = saved;
out:
	free(copy);
	return fd;
}

/*
 * The same in one system call where the kernel has openat2 (Linux 5.6):
 * the walk above costs two calls per folder, and a build reads every
 * file of the content (5,000 at 1,000 actions), again at each change
 * under clspd serve. A link anywhere fails with ELOOP there too. When
 * openat2 is missing or refused (ENOSYS, a sandbox's EPERM), or cannot
 * tell (EAGAIN: a rename raced it; EXDEV), the walk decides.
 */
static int
fs_open_beneath(const char *root, const char *rel)
{
	struct open_how	 how;
	int		 dir, fd, saved;

	if ((dir = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	memset(&how, 0, sizeof(how));
	how.flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY;
	how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS |
	    RESOLVE_NO_MAGICLINKS;
	fd = (int)syscall(SYS_openat2, dir, rel, &how, sizeof(how));
	saved = errno;
	if (fd != -1 || (saved != ENOSYS && saved != EPERM &&
	    saved != EAGAIN && saved != EXDEV && saved != E2BIG)) {
		close(dir);
		errno = saved;
		return fd;
	}
	return fs_open_walk(dir, root, rel);
}

int
fs_read_file(const char *path, size_t max, struct buf *out)
{
	int	 fd;

	buf_truncate(out, 0);
	/* Non-blocking, so that a FIFO is refused below, not waited on. */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK |
	    O_NOCTTY)) == -1)
		return -1;
	return fs_read_fd(fd, max, out);
}

int
fs_read_beneath(const char *root, const char *rel, size_t max,
    struct buf *out)
{
	int	 fd;

	buf_truncate(out, 0);
	if ((fd = fs_open_beneath(root, rel)) == -1)
		return errno == ELOOP ? -4 : -1;
	return fs_read_fd(fd, max, out);
}

/* Reads the open file fd into out and closes it (fs_read_file). */
static int
fs_read_fd(int fd, size_t max, struct buf *out)
{
	int		 rc = -1, saved;
	struct stat	 st;
	ssize_t		 n;

	if (fstat(fd, &st) == -1)
		goto out;
	if (!S_ISREG(st.st_mode)) {
		rc = -3;
		goto out;
	}
	if ((size_t)st.st_size > max) {
		rc = -2;
		goto out;
	}
	for (;;) {
		buf_grow(out, 65536);
		out->data[out->len] = '\0';	/* an empty file: "" */
		n = read(fd, out->data + out->len, out->cap - out->len - 1);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			goto out;
		if (n == 0) {
			out->data[out->len] = '\0';	/* an empty file too */
			break;
		}
		out->len += (size_t)n;
		out->data[out->len] = '\0';
		if (out->len > max) {
			/* The file grew while we read it. */
			buf_truncate(out, 0);
			rc = -2;
			goto out;
		}
	}
	rc = 0;
out:
	saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

/* A name and whether it is a folder, sorted together. */
struct entry {
	char		*name;
	unsigned char	 dir;
};

static int
fs_entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name,
	    ((const struct entry *)b)->name);
}

int
fs_list_dir_kinds(const char *path, char ***names, unsigned char **dirs,
    size_t *n)
{
	DIR		*d;
	struct dirent	*e;
	struct entry	*v = NULL;
	size_t		 cap = 0, i;
	char		*full;

	*names = NULL;
	*n = 0;
	if (dirs != NULL)
		*dirs = NULL;
	if ((d = opendir(path)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		v[*n].name = xstrdup(e->d_name);
		if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
			/* The file system does not say, or a link: ask. */
			full = fs_join(path, e->d_name);
			v[*n].dir = (unsigned char)fs_is_dir(full);
			free(full);
		} else
			v[*n].dir = e->d_type == DT_DIR;
		(*n)++;
	}
	closedir(d);
	if (*n > 1)
		qsort(v, *n, sizeof(*v), fs_entry_cmp);
	*names = xcalloc(*n + 1, sizeof(**names));
	if (dirs != NULL)
		*dirs = xcalloc(*n + 1, 1);
	for (i = 0; i < *n; i++) {
		(*names)[i] = v[i].name;
		if (dirs != NULL)
			(*dirs)[i] = v[i].dir;
	}
	free(v);
	return 0;
}

int
fs_list_dir(const char *path, char ***names, size_t *n)
{
	return fs_list_dir_kinds(path, names, NULL, n);
}

void
fs_names_free(char **names, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

int
fs_is_dir(const char *path)
{
	struct stat	 st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int
fs_is_link(const char *path)
{
	struct stat	 st;

	return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
}

/*
 * Whether root/ followed by the first len bytes of rel is a symbolic
 * link: tells a link from a plain file where open(O_DIRECTORY |
 * O_NOFOLLOW) fails with ENOTDIR for both.
 */
static int
fs_is_link_at(const char *root, const char *rel, size_t len)
{
	char	*sub, *path;
	int	 link;

	sub = xstrndup(rel, len);
	path = fs_join(root, sub);
	link = fs_is_link(path);
	free(path);
	free(sub);
	return link;
}

int
fs_is_file(const char *path)
{
	struct stat	 st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int
fs_mkdir_p(const char *path)
{
	char	*p = xstrdup(path), *s;
	int	 rc = -1;

	for (s = p + 1; *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0755) == -1 && errno != EEXIST)
			goto out;
		*s = '/';
	}
	if (mkdir(p, 0755) == -1 && errno != EEXIST)
		goto out;
	rc = 0;
out:
	free(p);
	return rc;
}

int
fs_write_file(const char *path, const char *data, size_t len,
    const char **step)
{
	FILE	*f;
	int	 saved;

	*step = _("open");
	if ((f = fopen(path, "wb")) == NULL)
		return -1;
	*step = _("write");
	if (len > 0 && fwrite(data, 1, len, f) != len)
		goto fail;
	*step = _("flush");
	if (fflush(f) != 0)
		goto fail;
	*step = _("close");
	return fclose(f) == 0 ? 0 : -1;
fail:
	saved = errno;
	fclose(f);
	errno = saved;
	return -1;
}

int
fs_sync_tree(const char *path)
{
	int	 fd, rc;

	if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	rc = syncfs(fd);
	close(fd);
	return rc;
}

static int
fs_remove_one(const char *path, const struct stat *st, int flag,
    struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

int
fs_remove_tree(const char *path)
{
	struct stat	 st;

	if (lstat(path, &st) == -1)
		return errno == ENOENT ? 0 : -1;
	return nftw(path, fs_remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *
fs_join(const char *a, const char *b)
{
	size_t	 la = strlen(a);

	if (la > 0 && a[la - 1] == '/')
		return xasprintf("%s%s", a, b);
	return xasprintf("%s/%s", a, b);
}
