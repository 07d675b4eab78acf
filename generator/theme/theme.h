/*
 * Themes: templates, styles, assets and label strings, looked up in
 * layers so that a user overrides any single file without copying the
 * theme. From the first layer that has the file:
 *
 *   1. CONTENT/theme/          the content folder's own overrides;
 *   2. --theme DIR             a theme folder given on the command line;
 *   3. the default theme       compiled into clspd (themes/default/).
 *
 * Label strings are merged key by key across the layers (strings.h).
 */
#ifndef CLSPD_THEME_H
#define CLSPD_THEME_H

#include <stddef.h>

#include "../util/buf.h"
#include "../util/diag.h"

#define THEME_MAX_LAYERS 3

struct theme_paths;

struct theme {
	char	*dirs[THEME_MAX_LAYERS];	/* folders, first wins */
	size_t	 ndirs;
	struct theme_paths *kept;	/* paths named in diagnostics */
	int	 own;		/* dirs[0] is CONTENT/theme */
};

/*
 * Sets up the layers for a content folder (its theme/ folder is used when
 * it exists) and a --theme argument ("default" or a folder; NULL for
 * default). Returns 0, or -1 when name is neither.
 */
int	 theme_open(struct theme *, const char *content, const char *name);
void	 theme_close(struct theme *);

/* A file of the theme as theme_find found it. */
struct theme_file {
	const char	*data;	/* its contents, or why it is unusable */
	size_t		 len;
	char		*where;	/* a path for messages (free it) */
};

/*
 * Finds path (e.g. "strings/fr.yaml") in the layers, from first to last
 * when all is 0. Sets f->data to the contents (in out for files on disk,
 * or the embedded bytes) and f->where to a path for messages (owned by
 * the caller; free it). Returns the layer index (THEME_MAX_LAYERS for the
 * embedded default), or -1 when no layer has it (f is left as it was).
 * With start > 0, layers before start are skipped, which lets a caller
 * walk every layer. A layer's file that cannot be used (a symbolic link,
 * over 16 MiB, unreadable, not a regular file) is not skipped for the
 * next layer's: it is an error: THEME_UNUSABLE, with f->where set and
 * f->data the reason.
 */
#define THEME_UNUSABLE	(-2)
int	 theme_find(const struct theme *, const char *path, int start,
	    struct buf *out, struct theme_file *f);

/* A copy of path that lives as long as the theme, for diagnostics. */
const char *theme_keep(const struct theme *, const char *path);

/*
 * Calls fn(ctx, path) once for every file below the folder prefix (e.g.
 * "assets/", with its final slash) in any layer: the union of the
 * layers' names, in bytewise order, each listed once (theme_find gives
 * the first layer's file). path is relative to the theme, e.g.
 * "assets/css/site.css", and lives only during the call. Hidden files
 * (names starting with a dot) are left out. Symbolic links are not
 * followed: each is an error in d (a link could publish a file from
 * outside the theme, or loop), and nothing is listed. Returns 0, -1
 * after such errors, or the first nonzero value fn returned (the walk
 * stops there).
 */
int	 theme_list(const struct theme *, const char *prefix,
	    int (*fn)(void *ctx, const char *path), void *ctx,
	    struct diags *d);

#endif
