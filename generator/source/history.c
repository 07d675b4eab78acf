/*
 * One walk of the first-parent history for every file's last change
 * (history.h). Each commit's content folder is compared with its
 * parent's by tree id first: commits that did not touch the content
 * cost one lookup; the others a tree-to-tree diff, which skips equal
 * subtrees by id.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/sort.h"
#include "history.h"
#include "repo.h"

static int
path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The tree of the content folder in commit c, or NULL when it has none. */
static git_tree *
content_tree(git_repository *repo, const git_commit *c, const char *prefix)
{
	git_tree	*root = NULL, *sub = NULL;
	git_tree_entry	*e = NULL;
	char		*p;
	size_t		 n = strlen(prefix);

	if (git_commit_tree(&root, c) < 0)
		return NULL;
	if (n == 0)
		return root;
	p = xstrndup(prefix, n - 1);
	if (git_tree_entry_bypath(&e, root, p) == 0 &&
	    git_tree_entry_type(e) == GIT_OBJECT_TREE)
		git_tree_lookup(&sub, repo, git_tree_entry_id(e));
	git_tree_entry_free(e);
	git_tree_free(root);
	free(p);
	return sub;
}

static int
collect(const char *root, const git_tree_entry *e, void *arg)
{
	struct source_dates	*d = arg;

	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB)
		return 0;
	if ((d->n & (d->n - 1)) == 0)
		d->paths = xreallocarray(d->paths, d->n ? d->n * 2 : 1,
		    sizeof(*d->paths));
	d->paths[d->n++] = xasprintf("%s%s", root, git_tree_entry_name(e));
	return 0;
}

/* Dates path with c's date, unless a later commit did. Returns 1 if so. */
static size_t
date_path(struct source_dates *d, const char *path, const git_commit *c)
{
	char	**found = bsearch(&path, d->paths, d->n, sizeof(*d->paths),
		    path_cmp);

	if (found == NULL || d->when[found - d->paths].t != 0)
		return 0;
	d->when[found - d->paths].t = (time_t)git_commit_time(c);
	d->when[found - d->paths].offset = git_commit_time_offset(c);
	return 1;
}

/*
 * What dating one commit's changes needs at every level of its trees:
 * the repository to read subtrees from, the commit whose date is given,
 * and the files to date.
 */
struct dating {
	git_repository		*repo;
	const git_commit	*c;
	struct source_dates	*d;
};

static size_t	date_changes(const struct dating *, const git_tree *,
		    const git_tree *, const char *, int);

/* The same for the subtree at path (its entries are "path/name"). */
static size_t
date_changes_below(const struct dating *w, const git_tree *parent,
    const git_tree *tree, const char *path, int depth)
{
	char	*dir = xasprintf("%s/", path);
	size_t	 n;

	n = date_changes(w, parent, tree, dir, depth + 1);

	free(dir);
	return n;
}

/*
 * git's order of tree entries: by name, a folder's name read as if it
 * ended with "/". Both trees are in that order, so that one pass over
 * the two lists pairs their entries.
 */
static int
entry_order(const git_tree_entry *a, const git_tree_entry *b)
{
	const char	*na = git_tree_entry_name(a);
	const char	*nb = git_tree_entry_name(b);
	size_t		 la = strlen(na), lb = strlen(nb);
	size_t		 n = la < lb ? la : lb;
	int		 c = memcmp(na, nb, n);
	unsigned char	 ca, cb;

	if (c != 0)
		return c;
	ca = la > n ? (unsigned char)na[n] : git_tree_entry_type(a) ==
	    GIT_OBJECT_TREE ? '/' : 0;
	cb = lb > n ? (unsigned char)nb[n] : git_tree_entry_type(b) ==
	    GIT_OBJECT_TREE ? '/' : 0;
	return (int)ca - (int)cb;
}

/*
 * Dates with w->c's date every file of tree (below dir, "" or "a/") that
 * parent (NULL: an empty tree) does not hold with the same id; subtrees
 * with the same id are skipped whole. Returns the number of files
 * dated. One pass over the two sorted lists of entries: no diff objects,
 * which cost several times more on a folder of a thousand records.
 */
static size_t
date_changes(const struct dating *w, const git_tree *parent,
    const git_tree *tree, const char *dir, int depth)
{
	const git_tree_entry	*e, *pe;
	git_tree		*sub, *psub;
	char			*path;
	size_t			 i, j = 0, n = git_tree_entrycount(tree);
	size_t			 pn = parent != NULL ?
				    git_tree_entrycount(parent) : 0;
	size_t			 dated = 0;
	int			 cmp = 1;

	for (i = 0; i < n; i++) {
		e = git_tree_entry_byindex(tree, i);
		pe = NULL;
		while (j < pn && (cmp = entry_order(pe = git_tree_entry_byindex(
		    parent, j), e)) < 0)
			j++;
		if (j < pn && cmp == 0 && git_oid_equal(git_tree_entry_id(e),
		    git_tree_entry_id(pe)))
			continue;
		if (j >= pn || cmp != 0)
			pe = NULL;
		path = xasprintf("%s%s", dir, git_tree_entry_name(e));
		if (git_tree_entry_type(e) == GIT_OBJECT_BLOB)
			dated += date_path(w->d, path, w->c);
		else if (git_tree_entry_type(e) == GIT_OBJECT_TREE &&
		    depth < 32 && git_tree_lookup(&sub, w->repo,
		    git_tree_entry_id(e)) == 0) {
			psub = NULL;
			if (pe != NULL && git_tree_entry_type(pe) ==
			    GIT_OBJECT_TREE)
				git_tree_lookup(&psub, w->repo,
				    git_tree_entry_id(pe));
			dated += date_changes_below(w, psub, sub, path,
			    depth);
			git_tree_free(psub);
			git_tree_free(sub);
		}
		free(path);
	}
	return dated;
}

/*
 * Walks from start until every file is dated, each commit's content
 * tree read once (the parent's is the next commit's). Returns 0 or -1.
 */
static int
dates_walk(git_repository *repo, const git_oid *start, const char *prefix,
    struct source_dates *d)
{
	git_revwalk	*walk = NULL;
	git_commit	*c = NULL, *p = NULL;
	git_tree	*tree = NULL, *ptree = NULL;
	git_oid		 oid, next;
	size_t		 left = d->n;
	int		 rc = -1, have_next = 0;

	/*
	 * Reading every tree of the history, hashing each again to verify
	 * it (libgit2's default, not git's) would take half the time.
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	if (git_revwalk_new(&walk, repo) < 0 ||
	    git_revwalk_push(walk, start) < 0)
		goto out;
	git_revwalk_simplify_first_parent(walk);
	while (left > 0 && git_revwalk_next(&oid, walk) == 0) {
		if (git_commit_lookup(&c, repo, &oid) < 0)
			goto out;
		if (!have_next || !git_oid_equal(&oid, &next)) {
			git_tree_free(tree);
			tree = content_tree(repo, c, prefix);
		}
		have_next = 0;
		if (git_commit_parentcount(c) > 0 &&
		    git_commit_parent(&p, c, 0) == 0) {
			ptree = content_tree(repo, p, prefix);
			git_oid_cpy(&next, git_commit_id(p));
			have_next = 1;
		}
		if (tree != NULL && (ptree == NULL ||
		    !git_oid_equal(git_tree_id(tree), git_tree_id(ptree)))) {
			struct dating	 w = { repo, c, d };

			left -= date_changes(&w, ptree, tree, "", 0);
		}
		git_tree_free(tree);
		tree = ptree;
		ptree = NULL;
		git_commit_free(p);
		git_commit_free(c);
		p = c = NULL;
	}
	rc = 0;
out:
	git_tree_free(tree);
	git_revwalk_free(walk);
	return rc;
}

int
source_dates_read(const char *content, const char *rev,
    struct source_dates *d, const char **err)
{
	struct source_repo	 r;
	git_object		*obj = NULL;
	git_commit		*c = NULL;
	git_tree		*tree = NULL;
	int			 rc = -1, m;

	memset(d, 0, sizeof(*d));
	if ((m = source_repo_open(content, &r, err)) != 1) {
		rc = m;
		goto out;
	}
	if (git_repository_is_shallow(r.repo)) {
		d->shallow = 1;
		rc = 0;
		goto out;
	}
	if (git_revparse_single(&obj, r.repo, rev != NULL ? rev : "HEAD") < 0 ||
	    git_object_peel((git_object **)&c, obj, GIT_OBJECT_COMMIT) < 0) {
		rc = 0;		/* no commit yet: nothing to date */
		goto out;
	}
	if ((tree = content_tree(r.repo, c, r.prefix)) == NULL) {
		rc = 0;
		goto out;
	}
	if (git_tree_walk(tree, GIT_TREEWALK_PRE, collect, d) < 0)
		goto git;
	sort_array(d->paths, d->n, sizeof(*d->paths), path_cmp);
	d->when = xcalloc(d->n + 1, sizeof(*d->when));
	if (dates_walk(r.repo, git_commit_id(c), r.prefix, d) == -1)
		goto git;
	rc = 0;
	goto out;
git:
	*err = source_git_error();
	source_dates_release(d);
out:
	git_tree_free(tree);
	git_commit_free(c);
	git_object_free(obj);
	source_repo_close(&r);
	return rc;
}

const struct source_when *
source_dates_find(const struct source_dates *d, const char *path)
{
	char	**found;

	if (d->n == 0)
		return NULL;
	found = bsearch(&path, d->paths, d->n, sizeof(*d->paths), path_cmp);
	if (found == NULL || d->when[found - d->paths].t == 0)
		return NULL;
	return &d->when[found - d->paths];
}

void
source_dates_release(struct source_dates *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		free(d->paths[i]);
	free(d->paths);
	free(d->when);
	memset(d, 0, sizeof(*d));
}
