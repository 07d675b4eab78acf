/*
 * Theme layers (see theme.h).
 */
#include <sys/stat.h>

#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "embedded.h"
#include "theme.h"

/* Paths named in diagnostics, freed with the theme. */
struct theme_paths {
	char	**v;
	size_t	  n, cap;
};

const char *
theme_keep(const struct theme *t, const char *path)
{
	struct theme_paths	*k = t->kept;

	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 8;
		k->v = xreallocarray(k->v, k->cap, sizeof(*k->v));
	}
	return k->v[k->n++] = xstrdup(path);
}

int
theme_open(struct theme *t, const char *content, const char *name)
{
	char	*own;

	memset(t, 0, sizeof(*t));
	t->kept = xcalloc(1, sizeof(*t->kept));
	own = fs_join(content, "theme");
	/* A link is left out; the loader reports it (load.c). */
	if (fs_is_dir(own) && !fs_is_link(own)) {
		t->dirs[t->ndirs++] = own;
		t->own = 1;
	}
	else
		free(own);
	if (name == NULL || strcmp(name, "default") == 0)
		return 0;
	if (!fs_is_dir(name)) {
		theme_close(t);
		return -1;
	}
	t->dirs[t->ndirs++] = xstrdup(name);
	return 0;
}

void
theme_close(struct theme *t)
{
	size_t	 i;

	for (i = 0; i < t->ndirs; i++)
		free(t->dirs[i]);
	if (t->kept != NULL) {
		for (i = 0; i < t->kept->n; i++)
			free(t->kept->v[i]);
		free(t->kept->v);
		free(t->kept);
	}
	memset(t, 0, sizeof(*t));
}

int
theme_find(const struct theme *t, const char *path, int start,
    struct buf *out, struct theme_file *f)
{
	size_t	 i;
	char	*p;

	struct stat	 st;
	int		 rc;

	for (i = (size_t)start; i < t->ndirs; i++) {
		p = fs_join(t->dirs[i], path);
		if (lstat(p, &st) == -1) {
			free(p);
			continue;
		}
		/* The loader reported the links of CONTENT/theme (load.c). */
		if (S_ISLNK(st.st_mode) && i == 0 && t->own) {
			free(p);
			continue;
		}
		f->where = p;
		if (S_ISLNK(st.st_mode)) {
			f->data = _("a symbolic link: theme files must be "
			    "plain files");
			return THEME_UNUSABLE;
		}
		/* No link below the theme's folder either, even swapped in. */
		if ((rc = fs_read_beneath(t->dirs[i], path, 16u << 20,
		    out)) != 0) {
			f->data = rc == -4 ? _("a symbolic link: theme files "
			    "must be plain files") :
			    rc == -2 ? _("larger than 16 MiB") :
			    rc == -3 ? _("not a regular file") :
			    _("cannot be read");
			return THEME_UNUSABLE;
		}
		f->data = buf_cstr(out);
		f->len = out->len;
		return (int)i;
	}
	for (i = 0; embedded_files[i].path != NULL; i++)
		if (strcmp(embedded_files[i].path, path) == 0) {
			f->data = embedded_files[i].data;
			f->len = embedded_files[i].len;
			f->where = xasprintf("themes/default/%s", path);
			return THEME_MAX_LAYERS;
		}
	return -1;
}

/* The names theme_list collects before sorting them. */
struct names {
	char	**v;
	size_t	  n;
	size_t	  cap;
};

static void
names_add(struct names *ns, char *name)
{
	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? ns->cap * 2 : 32;
		ns->v = xreallocarray(ns->v, ns->cap, sizeof(*ns->v));
	}
	ns->v[ns->n++] = name;
}

/*
 * Adds every file below dir/rel (rel is "" or ends with "/") as
 * rel + name, recursively. Folders nested deeper than 16 are left out:
 * a theme has no reason for them, and the walk stays bounded.
 */
static void
names_walk(const struct theme *t, struct names *ns, const char *dir,
    const char *rel, int depth, struct diags *d)
{
	char		**names, *path, *sub, *full;
	unsigned char	 *dirs;
	struct stat	  st;
	size_t		  n, i;

	path = fs_join(dir, rel);
	if (depth > 16 || fs_list_dir_kinds(path, &names, &dirs, &n) == -1) {
		free(path);
		return;
	}
	for (i = 0; i < n; i++) {
		if (names[i][0] == '.')
			continue;
		full = fs_join(path, names[i]);
		if (lstat(full, &st) == 0 && S_ISLNK(st.st_mode)) {
			diag_error(d, ((struct pos){ theme_keep(t, full), 1,
			    1 }), _("a symbolic link: theme files must be plain "
			    "files (a link could publish a file from outside "
			    "the theme)"));
			free(full);
			continue;
		}
		free(full);
		if (dirs[i]) {
			sub = xasprintf("%s%s/", rel, names[i]);
			names_walk(t, ns, dir, sub, depth + 1, d);
			free(sub);
		} else
			names_add(ns, xasprintf("%s%s", rel, names[i]));
	}
	fs_names_free(names, n);
	free(dirs);
	free(path);
}

static int
names_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
theme_list(const struct theme *t, const char *prefix,
    int (*fn)(void *ctx, const char *path), void *ctx, struct diags *d)
{
	struct names	 ns = { NULL, 0, 0 };
	size_t		 i, plen = strlen(prefix), errors = d->errors;
	const char	*base;
	int		 rc = 0;

	for (i = 0; i < t->ndirs; i++)
		names_walk(t, &ns, t->dirs[i], prefix, 0, d);
	if (d->errors > errors)
		rc = -1;
	for (i = 0; embedded_files[i].path != NULL; i++) {
		base = strrchr(embedded_files[i].path, '/');
		base = base != NULL ? base + 1 : embedded_files[i].path;
		if (strncmp(embedded_files[i].path, prefix, plen) == 0 &&
		    base[0] != '.')
			names_add(&ns, xstrdup(embedded_files[i].path));
	}
	if (ns.n > 0)
		qsort(ns.v, ns.n, sizeof(*ns.v), names_cmp);
	for (i = 0; i < ns.n && rc == 0; i++)
		if (i == 0 || strcmp(ns.v[i], ns.v[i - 1]) != 0)
			rc = fn(ctx, ns.v[i]);
	for (i = 0; i < ns.n; i++)
		free(ns.v[i]);
	free(ns.v);
	return rc;
}
