/*
 * Theme layers (see theme.h).
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "embedded.h"
#include "theme.h"

int
theme_open(struct theme *t, const char *content, const char *name)
{
	char	*own;

	memset(t, 0, sizeof(*t));
	own = fs_join(content, "theme");
	if (fs_is_dir(own))
		t->dirs[t->ndirs++] = own;
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
	memset(t, 0, sizeof(*t));
}

int
theme_find(const struct theme *t, const char *path, int start,
    struct buf *out, const char **data, size_t *len, char **where)
{
	size_t	 i;
	char	*p;

	for (i = (size_t)start; i < t->ndirs; i++) {
		p = fs_join(t->dirs[i], path);
		if (fs_is_file(p) && fs_read_file(p, 16u << 20, out) == 0) {
			*data = buf_cstr(out);
			*len = out->len;
			*where = p;
			return (int)i;
		}
		free(p);
	}
	for (i = 0; embedded_files[i].path != NULL; i++)
		if (strcmp(embedded_files[i].path, path) == 0) {
			*data = embedded_files[i].data;
			*len = embedded_files[i].len;
			*where = xasprintf("themes/default/%s", path);
			return THEME_MAX_LAYERS;
		}
	return -1;
}
