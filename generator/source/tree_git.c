/*
 * The content folder as a git commit or the index has it (tree.h): the
 * entries below the folder are gathered once, sorted by path, and every
 * question is a binary search among them; files are read from the
 * repository's objects. Loading threads read files at the same time: a
 * mutex keeps libgit2's repository to one of them at a time.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/i18n.h"
#include "../util/sort.h"
#include "repo.h"
#include "tree.h"

struct git_entry {
	char		*path;		/* below the content folder */
	unsigned	 mode;		/* git's: 040000 a folder */
	git_oid		 oid;
};

struct git_tree_reader {
	struct source_tree	 base;	/* first: the interface */
	struct source_repo	 repo;
	struct git_entry	*v;
	size_t			 n, cap;
	pthread_mutex_t		 lock;
};

static void
entry_add(struct git_tree_reader *g, const char *path, unsigned mode,
    const git_oid *oid)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 64;
		g->v = xreallocarray(g->v, g->cap, sizeof(*g->v));
	}
	g->v[g->n].path = xstrdup(path);
	g->v[g->n].mode = mode;
	g->v[g->n].oid = *oid;
	g->n++;
}

static int
entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct git_entry *)a)->path,
	    ((const struct git_entry *)b)->path);
}

/* The path below the root of a path as diagnostics name it; NULL if not. */
static const char *
git_rel(const struct source_tree *t, const char *path)
{
	size_t	 n = strlen(t->root);

	if (strncmp(path, t->root, n) != 0)
		return NULL;
	if (path[n] == '\0')
		return "";
	if (path[n] == '/')
		return path + n + 1;
	/* "REV:" when the content is the repository's top. */
	return n > 0 && t->root[n - 1] == ':' ? path + n : NULL;
}

/* The first entry whose path is not below key (lower bound). */
static size_t
git_lower(const struct git_tree_reader *g, const char *key)
{
	size_t	 lo = 0, hi = g->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(g->v[mid].path, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const struct git_entry *
git_find(const struct git_tree_reader *g, const char *rel)
{
	size_t	 i = git_lower(g, rel);

	return i < g->n && strcmp(g->v[i].path, rel) == 0 ? &g->v[i] : NULL;
}

static enum source_kind
git_kind(const struct source_tree *t, const char *path)
{
	const struct git_tree_reader *g = (const void *)t;
	const struct git_entry	*e;
	const char		*rel = git_rel(t, path);
	char			*dir;
	size_t			 i;
	int			 below;

	if (rel == NULL)
		return SOURCE_NONE;
	if (*rel == '\0')
		return SOURCE_DIR;
	if ((e = git_find(g, rel)) != NULL)
		switch (e->mode & 0170000) {
		case 0040000:
			return SOURCE_DIR;
		case 0100000:
			return SOURCE_FILE;
		case 0120000:
			return SOURCE_LINK;
		default:
			return SOURCE_OTHER;
		}
	/* The index has no folders: one is there when a file is below it. */
	dir = xasprintf("%s/", rel);
	i = git_lower(g, dir);
	below = i < g->n && strncmp(g->v[i].path, dir, strlen(dir)) == 0;
	free(dir);
	return below ? SOURCE_DIR : SOURCE_NONE;
}

struct child {
	char		*name;
	unsigned char	 dir;
};

static int
child_cmp(const void *a, const void *b)
{
	return strcmp(((const struct child *)a)->name,
	    ((const struct child *)b)->name);
}

static int
git_list(const struct source_tree *t, const char *path, char ***names,
    unsigned char **dirs, size_t *n)
{
	const struct git_tree_reader *g = (const void *)t;
	const char	*rel = git_rel(t, path), *name, *slash;
	char		*dir;
	struct child	*c = NULL;
	size_t		 i, k = 0, len, m = 0;

	if (git_kind(t, path) != SOURCE_DIR) {
		errno = ENOTDIR;
		return -1;
	}
	dir = *rel == '\0' ? xstrdup("") : xasprintf("%s/", rel);
	len = strlen(dir);
	c = xcalloc(g->n + 1, sizeof(*c));
	for (i = git_lower(g, dir); i < g->n &&
	    strncmp(g->v[i].path, dir, len) == 0; i++) {
		name = g->v[i].path + len;
		slash = strchr(name, '/');
		c[k].name = slash ? xstrndup(name, (size_t)(slash - name)) :
		    xstrdup(name);
		c[k].dir = slash != NULL || (g->v[i].mode & 0170000) ==
		    0040000;
		k++;
	}
	free(dir);
	sort_array(c, k, sizeof(*c), child_cmp);
	*names = xcalloc(k + 1, sizeof(**names));
	*dirs = xcalloc(k + 1, 1);
	for (i = 0; i < k; i++) {
		if (m > 0 && strcmp((*names)[m - 1], c[i].name) == 0) {
			(*dirs)[m - 1] |= c[i].dir;
			free(c[i].name);
			continue;
		}
		(*names)[m] = c[i].name;
		(*dirs)[m++] = c[i].dir;
	}
	free(c);
	*n = m;
	return 0;
}

static int
git_read(const struct source_tree *t, const char *path, size_t max,
    struct buf *out)
{
	struct git_tree_reader	*g = (void *)t;
	const struct git_entry	*e;
	const char		*rel = git_rel(t, path);
	git_blob		*blob;
	int			 rc = -1;

	buf_truncate(out, 0);
	if (rel == NULL || (e = git_find(g, rel)) == NULL) {
		errno = git_kind(t, path) == SOURCE_DIR ? EISDIR : ENOENT;
		return errno == EISDIR ? -3 : -1;
	}
	if ((e->mode & 0170000) == 0120000)
		return SOURCE_READ_LINK;
	if ((e->mode & 0170000) != 0100000)
		return -3;
	pthread_mutex_lock(&g->lock);
	if (git_blob_lookup(&blob, g->repo.repo, &e->oid) < 0) {
		errno = EIO;
		goto out;
	}
	if ((size_t)git_blob_rawsize(blob) > max)
		rc = -2;
	else {
		buf_put(out, git_blob_rawcontent(blob),
		    (size_t)git_blob_rawsize(blob));
		rc = 0;
	}
	git_blob_free(blob);
out:
	pthread_mutex_unlock(&g->lock);
	return rc;
}

static void
git_free(struct source_tree *t)
{
	struct git_tree_reader	*g = (void *)t;
	size_t			 i;

	for (i = 0; i < g->n; i++)
		free(g->v[i].path);
	free(g->v);
	pthread_mutex_destroy(&g->lock);
	source_repo_close(&g->repo);
	free(t->root);
	free(g);
}

static const struct source_tree_ops git_ops = {
	git_list, git_read, git_kind, git_free
};

/* git_tree_walk's callback: every entry, with its path below the root. */
static int
walk_entry(const char *root, const git_tree_entry *e, void *arg)
{
	struct git_tree_reader	*g = arg;
	char			*path = xasprintf("%s%s", root,
				    git_tree_entry_name(e));

	entry_add(g, path, (unsigned)git_tree_entry_filemode_raw(e),
	    git_tree_entry_id(e));
	free(path);
	return 0;
}

/*
 * The entries of commit rev below the prefix; fills stamp. Returns 0,
 * or -1 with *err set.
 */
static int
gather_commit(struct git_tree_reader *g, const char *rev,
    struct source_stamp *stamp, char **err)
{
	git_object	*obj = NULL;
	git_commit	*c = NULL;
	git_tree	*tree = NULL, *sub = NULL;
	git_tree_entry	*e = NULL;
	char		*prefix = xstrdup(g->repo.prefix);
	size_t		 n = strlen(prefix);
	int		 rc = -1;

	if (git_revparse_single(&obj, g->repo.repo, rev) < 0 ||
	    git_object_peel((git_object **)&c, obj, GIT_OBJECT_COMMIT) < 0) {
		*err = xasprintf(_("unknown revision '%s': give a tag, a "
		    "branch or a commit id (git tag, git log)"), rev);
		goto out;
	}
	if (git_commit_tree(&tree, c) < 0)
		goto git;
	if (n > 0) {
		prefix[n - 1] = '\0';
		if (git_tree_entry_bypath(&e, tree, prefix) < 0 ||
		    git_tree_entry_type(e) != GIT_OBJECT_TREE) {
			*err = xasprintf(_("%s has no folder %s"), rev, prefix);
			goto out;
		}
		if (git_tree_lookup(&sub, g->repo.repo,
		    git_tree_entry_id(e)) < 0)
			goto git;
	}
	if (git_tree_walk(sub != NULL ? sub : tree, GIT_TREEWALK_PRE,
	    walk_entry, g) < 0)
		goto git;
	if (stamp != NULL)
		source_stamp_of_commit(c, stamp);
	rc = 0;
	goto out;
git:
	*err = xstrdup(source_git_error());
out:
	git_tree_entry_free(e);
	git_tree_free(sub);
	git_tree_free(tree);
	git_commit_free(c);
	git_object_free(obj);
	free(prefix);
	return rc;
}

/* The staged entries below the prefix. Returns 0, or -1 with *err set. */
static int
gather_index(struct git_tree_reader *g, char **err)
{
	git_index		*index;
	const git_index_entry	*e;
	size_t			 i, n, len = strlen(g->repo.prefix);

	const char		*file = getenv("GIT_INDEX_FILE");

	/* git commit -a and git commit FILE stage into an index of their
	   own, which they name to the pre-commit hook. */
	if ((file != NULL && *file != '\0' ? git_index_open(&index, file) :
	    git_repository_index(&index, g->repo.repo)) < 0) {
		*err = xstrdup(source_git_error());
		return -1;
	}
	n = git_index_entrycount(index);
	for (i = 0; i < n; i++) {
		e = git_index_get_byindex(index, i);
		if (GIT_INDEX_ENTRY_STAGE(e) != 0 ||
		    strncmp(e->path, g->repo.prefix, len) != 0)
			continue;
		entry_add(g, e->path + len, e->mode, &e->id);
	}
	git_index_free(index);
	return 0;
}

struct source_tree *
source_tree_git(const char *content, const char *rev,
    struct source_stamp *stamp, char **err)
{
	struct git_tree_reader	*g = xcalloc(1, sizeof(*g));
	const char		*why = NULL;
	size_t			 n;
	int			 rc;

	g->base.ops = &git_ops;
	pthread_mutex_init(&g->lock, NULL);
	if ((rc = source_repo_open(content, &g->repo, &why)) != 1) {
		*err = rc == 0 ? xasprintf(_("%s is not in a git work tree"),
		    content) : xstrdup(why);
		goto fail;
	}
	if (rev != NULL) {
		n = strlen(g->repo.prefix);
		g->base.root = xasprintf("%s:%.*s", rev, (int)(n > 0 ? n - 1 :
		    0), g->repo.prefix);
		rc = gather_commit(g, rev, stamp, err);
	} else {
		g->base.root = xstrdup(content);
		rc = gather_index(g, err);
	}
	if (rc == -1)
		goto fail;
	sort_array(g->v, g->n, sizeof(*g->v), entry_cmp);
	return &g->base;
fail:
	git_free(&g->base);
	return NULL;
}
