/*
 * Label strings (see strings.h).
 */
#include <stdlib.h>
#include <string.h>

#include "../load/yaml.h"
#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/suggest.h"
#include "../util/i18n.h"
#include "strings.h"

/*
 * Keeps a copy of a file's path for as long as the strings live:
 * diagnostics point to it. Returns the copy.
 */
static const char *
strings_keep_path(struct strings *s, const char *where)
{
	s->files = xreallocarray(s->files, s->nfiles + 1, sizeof(*s->files));
	return s->files[s->nfiles++] = xstrdup(where);
}

/* Reads one strings file; base says whether it may add keys. */
static void
strings_read(struct strings *s, const char *where, const char *data,
    size_t len, int base, struct diags *d)
{
	struct ynode	*root;
	const struct ynode *k, *v;
	size_t		 i, j;
	const char	*near;

	where = strings_keep_path(s, where);
	if ((root = yaml_read(where, data, len, 0, d)) == NULL)
		return;
	if (root->type != YNODE_MAP) {
		diag_error(d, root->pos, _("expected a mapping of label keys to "
		    "strings"));
		ynode_forget(root);
		return;
	}
	for (i = 0; i + 1 < root->nkids; i += 2) {
		k = root->kids[i];
		v = root->kids[i + 1];
		if (k->type != YNODE_SCALAR)
			continue;	/* the YAML reader reported it */
		if (v->type != YNODE_SCALAR) {
			diag_error(d, v->pos, _("expected a string for '%s'"),
			    k->scalar);
			continue;
		}
		for (j = 0; j < s->n; j++)
			if (strcmp(s->keys[j], k->scalar) == 0)
				break;
		if (j == s->n && !base) {
			near = suggest_nearest(k->scalar,
			    (const char *const *)s->keys, s->n);
			if (near != NULL)
				diag_error(d, k->pos, _("unknown label '%s' (did "
				    "you mean '%s'?)"), k->scalar, near);
			else
				diag_error(d, k->pos, _("unknown label '%s'"),
				    k->scalar);
			continue;
		}
		if (j == s->n) {
			s->keys = xreallocarray(s->keys, s->n + 1,
			    sizeof(*s->keys));
			s->values = xreallocarray(s->values, s->n + 1,
			    sizeof(*s->values));
			s->keys[s->n] = xstrdup(k->scalar);
			s->values[s->n++] = NULL;
		}
		free(s->values[j]);
		s->values[j] = xstrdup(v->scalar);
	}
	ynode_forget(root);
}

int
strings_load(struct strings *s, const struct theme *t, const char *locale,
    struct diags *d)
{
	struct buf	 b = BUF_INIT;
	struct theme_file f;
	size_t		 i;
	char		*path, *where;
	struct theme	 none;
	int		 rc = -1;

	memset(s, 0, sizeof(*s));
	memset(&none, 0, sizeof(none));
	path = xasprintf("strings/%s.yaml", locale);
	/* The embedded default first: it defines the keys. */
	if (theme_find(&none, path, 0, &b, &f) == -1)
		goto out;
	strings_read(s, f.where, f.data, f.len, 1, d);
	free(f.where);
	/* Then the folders, last layer first, so that the first wins. */
	for (i = t->ndirs; i > 0; i--) {
		where = fs_join(t->dirs[i - 1], path);
		/* A link in CONTENT/theme: the loader reported it. */
		if (fs_is_file(where) && !(fs_is_link(where) && i == 1 &&
		    t->own)) {
			if (fs_read_beneath(t->dirs[i - 1], path, 1u << 20,
			    &b) == 0)
				strings_read(s, where, buf_cstr(&b), b.len, 0,
				    d);
			else
				diag_error(d, ((struct pos){
				    strings_keep_path(s, where), 1, 1 }),
				    _("cannot read this strings file"));
		}
		free(where);
	}
	rc = 0;
out:
	buf_release(&b);
	free(path);
	return rc;
}

void
strings_release(struct strings *s)
{
	size_t	 i;

	for (i = 0; i < s->n; i++) {
		free(s->keys[i]);
		free(s->values[i]);
	}
	for (i = 0; i < s->nfiles; i++)
		free(s->files[i]);
	free(s->keys);
	free(s->values);
	free(s->files);
	memset(s, 0, sizeof(*s));
}

const char *
strings_get(const struct strings *s, const char *key)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->keys[i], key) == 0)
			return s->values[i];
	return key;
}
