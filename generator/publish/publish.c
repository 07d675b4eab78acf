/*
 * Writing an output folder atomically (see publish.h). The new output is
 * written to ".<name>.new-<pid>" beside OUT; once complete and flushed,
 * it is exchanged with OUT in one renameat2(RENAME_EXCHANGE), and the old
 * tree, now under the temporary name, is removed. Where the file system
 * cannot exchange, OUT is renamed aside first, then the new one in.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "publish.h"

int
sink_write(struct sink *s, const char *path, const struct buf *b)
{
	if (s->failed)
		return -1;
	if (s->write(s, path, buf_cstr(b), b->len) == -1) {
		s->failed = 1;
		return -1;
	}
	s->files++;
	return 0;
}

static int
output_set_write(struct sink *sink, const char *path, const char *data,
    size_t len)
{
	struct output_set	*s = (struct output_set *)sink;
	struct output_file	*f;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	f = &s->v[s->n++];
	f->path = xstrdup(path);
	memset(&f->data, 0, sizeof(f->data));
	buf_put(&f->data, data, len);
	return 0;
}

void
output_set_init(struct output_set *s)
{
	memset(s, 0, sizeof(*s));
	s->sink.write = output_set_write;
}

const struct output_file *
output_set_find(const struct output_set *s, const char *path)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i].path, path) == 0)
			return &s->v[i];
	return NULL;
}

void
output_set_release(struct output_set *s)
{
	size_t	 i;

	for (i = 0; i < s->n; i++) {
		free(s->v[i].path);
		buf_release(&s->v[i].data);
	}
	free(s->v);
	output_set_init(s);
}

/* Whether the folder at path holds nothing. */
static int
dir_is_empty(const char *path)
{
	char	**names;
	size_t	 n;

	if (fs_list_dir(path, &names, &n) == -1)
		return 0;
	fs_names_free(names, n);
	return n == 0;
}

int
publish_check(const char *out, const char *content, const char **why)
{
	char		 ro[PATH_MAX], rc[PATH_MAX], *site, *pdf;
	size_t		 lo;
	struct stat	 st;
	int		 ours;

	if (lstat(out, &st) == -1)
		return 0;	/* absent: nothing to lose */
	if (!S_ISDIR(st.st_mode)) {
		*why = "it exists and is not a folder";
		return -1;
	}
	if (realpath(out, ro) != NULL && realpath(content, rc) != NULL) {
		lo = strlen(ro);
		if (strncmp(ro, rc, lo) == 0 &&
		    (rc[lo] == '\0' || rc[lo] == '/' || lo == 1)) {
			*why = "it is the content folder or holds it";
			return -1;
		}
	}
	if (dir_is_empty(out))
		return 0;
	site = fs_join(out, "site");
	pdf = fs_join(out, "pdf");
	ours = fs_is_dir(site) || fs_is_dir(pdf);
	free(site);
	free(pdf);
	if (!ours) {
		*why = "it is not empty and was not written by clspd "
		    "(it holds no site/ or pdf/)";
		return -1;
	}
	return 0;
}

/*
 * Writes one file below the staging folder, creating its folders as
 * needed. Returns 0 or -1 (printed).
 */
static int
publisher_write(struct sink *sink, const char *rel, const char *data,
    size_t len)
{
	struct publisher	*p = (struct publisher *)sink;
	char			*path = fs_join(p->staging, rel), *slash;
	const char		*step;
	int			 rc = -1;

	if (fs_write_file(path, data, len, &step) == 0) {
		free(path);
		return 0;
	}
	if (errno == ENOENT && (slash = strrchr(path, '/')) != NULL) {
		*slash = '\0';
		if (fs_mkdir_p(path) == -1) {
			fprintf(stderr, "clspd: %s: cannot create folder: "
			    "%s\n", path, strerror(errno));
			goto out;
		}
		*slash = '/';
		if (fs_write_file(path, data, len, &step) == 0) {
			rc = 0;
			goto out;
		}
	}
	fprintf(stderr, "clspd: %s: %s failed: %s\n", path, step,
	    strerror(errno));
out:
	free(path);
	return rc;
}

/* The temporary name beside out: "<parent>/.<name>.<tag>-<pid>". */
static char *
publish_temp_name(const char *out, const char *tag)
{
	char		*copy = xstrdup(out), *base, *result;
	size_t		 len = strlen(copy);

	while (len > 1 && copy[len - 1] == '/')
		copy[--len] = '\0';
	base = strrchr(copy, '/');
	if (base == NULL)
		result = xasprintf(".%s.%s-%ld", copy, tag, (long)getpid());
	else {
		*base = '\0';
		result = xasprintf("%s/.%s.%s-%ld", base == copy ? "" : copy,
		    base + 1, tag, (long)getpid());
	}
	free(copy);
	return result;
}

int
publish_begin(struct publisher *p, const char *out)
{
	memset(p, 0, sizeof(*p));
	p->sink.write = publisher_write;
	p->out = xstrdup(out);
	p->staging = publish_temp_name(out, "new");
	fs_remove_tree(p->staging);
	if (fs_mkdir_p(p->staging) == -1) {
		fprintf(stderr, "clspd: %s: cannot create folder: %s\n",
		    p->staging, strerror(errno));
		publish_abort(p);
		return -1;
	}
	return 0;
}

/* Moves staging into place at out; returns 0 or -1 (printed). */
static int
publish_swap(const char *staging, const char *out)
{
	char	*old;
	int	 rc = -1;

	if (!fs_is_dir(out)) {
		if (rename(staging, out) == 0)
			return 0;
		fprintf(stderr, "clspd: %s: cannot move the new output into "
		    "place: %s\n", out, strerror(errno));
		return -1;
	}
	if (renameat2(AT_FDCWD, staging, AT_FDCWD, out, RENAME_EXCHANGE) == 0) {
		/* staging now holds the previous output. */
		if (fs_remove_tree(staging) == -1)
			fprintf(stderr, "clspd: %s: cannot remove the "
			    "previous output: %s\n", staging, strerror(errno));
		return 0;
	}
	old = publish_temp_name(out, "old");
	if (rename(out, old) == -1) {
		fprintf(stderr, "clspd: %s: cannot move the previous output "
		    "aside: %s\n", out, strerror(errno));
		goto out;
	}
	if (rename(staging, out) == -1) {
		fprintf(stderr, "clspd: %s: cannot move the new output into "
		    "place: %s\n", out, strerror(errno));
		rename(old, out);
		goto out;
	}
	fs_remove_tree(old);
	rc = 0;
out:
	free(old);
	return rc;
}

int
publish_commit(struct publisher *p)
{
	int	 rc = -1;

	if (p->sink.failed)
		goto out;
	if (fs_sync_tree(p->staging) == -1) {
		fprintf(stderr, "clspd: %s: sync failed: %s\n", p->staging,
		    strerror(errno));
		goto out;
	}
	rc = publish_swap(p->staging, p->out);
out:
	publish_abort(p);
	return rc;
}

void
publish_abort(struct publisher *p)
{
	if (p->staging != NULL)
		fs_remove_tree(p->staging);
	free(p->staging);
	free(p->out);
	p->staging = p->out = NULL;
}
