/*
 * The served folder in step with the last build (see sync.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "../util/sort.h"
#include "sync.h"

#define DATA_PREFIX	"site/data/"

void
sync_init(struct site_sync *y, const char *root)
{
	memset(y, 0, sizeof(*y));
	y->root = xstrdup(root);
	output_set_init(&y->served);
	fs_mkdir_p(root);
}

void
sync_release(struct site_sync *y)
{
	output_set_release(&y->served);
	free(y->root);
	y->root = NULL;
}

static int
is_data(const char *path)
{
	return strncmp(path, DATA_PREFIX, sizeof(DATA_PREFIX) - 1) == 0;
}

/* Whether f is of the kind: a file moved out of the set is of none. */
static int
of_kind(const struct output_file *f, int data)
{
	return f->path != NULL && is_data(f->path) == data;
}

/* By path; the set's entries moved out (no path) come first. */
static int
by_path(const void *a, const void *b)
{
	const char	*pa = ((const struct output_file *)a)->path;
	const char	*pb = ((const struct output_file *)b)->path;

	if (pa == NULL || pb == NULL)
		return (pa != NULL) - (pb != NULL);
	return strcmp(pa, pb);
}

/* The served file at path, or NULL: the list is sorted by path. */
static struct output_file *
served_find(struct site_sync *y, const char *path)
{
	struct output_file	 key;

	if (y->served.n == 0)
		return NULL;
	key.path = (char *)path;
	return bsearch(&key, y->served.v, y->served.n, sizeof(key), by_path);
}

/* Says that a file could not be written, as the publisher does. */
static void
sync_error(const char *root, const char *rel)
{
	char	*path = fs_join(root, rel);

	fprintf(stderr, _("clspd: %s: %s failed: %s\n"), path, _("write"),
	    strerror(errno));
	free(path);
}

/*
 * Writes rel under root atomically: its folders made as needed, the
 * bytes into ".clspd-sync" beside it, renamed over it. No link is
 * followed. Returns 0 or -1 with errno set.
 */
static int
write_atomic(const char *root, const char *rel, const struct buf *b)
{
	char	*path = fs_join(root, rel), *slash = strrchr(path, '/');
	char	*tmp;
	int	 fd, rc = -1, saved;
	size_t	 off = 0;
	ssize_t	 n;

	*slash = '\0';
	fs_mkdir_p(path);
	tmp = fs_join(path, ".clspd-sync");
	*slash = '/';
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
	    0644);
	while (fd != -1 && off < b->len && (n = write(fd, b->data + off,
	    b->len - off)) > 0)
		off += (size_t)n;
	if (fd != -1 && off == b->len && close(fd) == 0 &&
	    rename(tmp, path) == 0)
		rc = 0;
	else if (fd != -1 && off != b->len)
		close(fd);
	saved = errno;
	if (rc == -1)
		unlink(tmp);
	free(tmp);
	free(path);
	errno = saved;
	return rc;
}

/* Removes rel under root, and its folders left empty. */
static void
remove_served(const char *root, const char *rel)
{
	char	*path = fs_join(root, rel), *slash;
	size_t	 keep = strlen(root);

	unlink(path);
	while ((slash = strrchr(path, '/')) != NULL &&
	    (size_t)(slash - path) > keep) {
		*slash = '\0';
		if (rmdir(path) == -1)
			break;
	}
	free(path);
}

/* Writes the files of set of the kind that changed; counts them. */
static int
sync_write(struct site_sync *y, struct output_set *set, int data)
{
	struct output_file	*f, *old;
	size_t			 i;
	int			 rc = 0;

	for (i = 0; i < set->n; i++) {
		f = &set->v[i];
		if (!of_kind(f, data))
			continue;
		old = served_find(y, f->path);
		if (old != NULL && old->data.len == f->data.len &&
		    (f->data.len == 0 || memcmp(old->data.data, f->data.data,
		    f->data.len) == 0))
			continue;
		if (write_atomic(y->root, f->path, &f->data) == -1) {
			sync_error(y->root, f->path);
			rc = -1;
			continue;
		}
		y->written++;
	}
	return rc;
}

/*
 * Removes the served files of the kind that set lacks, and drops every
 * served entry of the kind: the set's take their place.
 */
static void
sync_prune(struct site_sync *y, struct output_set *set, int data)
{
	struct output_file	*f, key;
	size_t			 i, kept = 0;

	sort_array(set->v, set->n, sizeof(*set->v), by_path);
	for (i = 0; i < y->served.n; i++) {
		f = &y->served.v[i];
		if (is_data(f->path) != data) {
			y->served.v[kept++] = *f;
			continue;
		}
		key.path = f->path;
		if (set->n == 0 || bsearch(&key, set->v, set->n, sizeof(key),
		    by_path) == NULL) {
			remove_served(y->root, f->path);
			y->removed++;
		}
		free(f->path);
		buf_release(&f->data);
	}
	y->served.n = kept;
}

/* Moves the set's files of the kind into the served list, sorted. */
static void
sync_adopt(struct site_sync *y, struct output_set *set, int data)
{
	struct output_file	*f;
	size_t			 i;

	for (i = 0; i < set->n; i++) {
		f = &set->v[i];
		if (!of_kind(f, data))
			continue;
		if (y->served.n == y->served.cap) {
			y->served.cap = y->served.cap ? y->served.cap * 2 : 64;
			y->served.v = xreallocarray(y->served.v,
			    y->served.cap, sizeof(*y->served.v));
		}
		y->served.v[y->served.n++] = *f;
		f->path = NULL;
		memset(&f->data, 0, sizeof(f->data));
	}
	sort_array(y->served.v, y->served.n, sizeof(*y->served.v), by_path);
}

int
sync_apply(struct site_sync *y, struct output_set *set, int data)
{
	int	 rc;

	y->written = y->removed = 0;
	rc = sync_write(y, set, data);
	sync_prune(y, set, data);
	sync_adopt(y, set, data);
	/* What failed is not served: forget it all, to write it all next. */
	if (rc == -1) {
		output_set_release(&y->served);
		output_set_init(&y->served);
	}
	return rc;
}
