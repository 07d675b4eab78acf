/*
 * "clspd theme DIR": the default theme, as compiled into clspd, copied
 * into a folder to edit (see init.h), so that nobody copies files out of
 * the source tree nor needs it: an installed clspd has no data folder.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../theme/embedded.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "init.h"

/* 0 when dir is absent or holds only dotfiles, else why, printed. */
static int
theme_target(const char *dir)
{
	char	**names;
	size_t	  n, i, visible;

	if (fs_is_file(dir)) {
		fprintf(stderr, _("clspd: %s: a file of that name exists\n"),
		    dir);
		return EXIT_USAGE;
	}
	if (!fs_is_dir(dir))
		return 0;
	if (fs_list_dir(dir, &names, &n) == -1) {
		fprintf(stderr, _("clspd: %s: %s\n"), dir, strerror(errno));
		return EXIT_IO;
	}
	/* Dotfiles (.git, .DS_Store) are not a theme's. */
	for (i = 0, visible = 0; i < n; i++)
		if (names[i][0] != '.')
			visible++;
	fs_names_free(names, n);
	if (visible == 0)
		return 0;
	fprintf(stderr, _("clspd: %s: folder is not empty; theme copies the "
	    "default theme only into a new or empty folder (it overwrites "
	    "nothing)\n"), dir);
	return EXIT_USAGE;
}

int
init_theme(const char *dir)
{
	const struct embedded_file	*f;
	int				 rc;

	if ((rc = theme_target(dir)) != 0)
		return rc;
	for (f = embedded_files; f->path != NULL && rc == 0; f++)
		rc = init_file(dir, f->path, f->data, f->len);
	if (rc != 0)
		return rc;
	printf(_("clspd: copied the default theme into %s: edit its files "
	    "(delete those you keep as they are), then build with:\n"
	    "  clspd build CONTENT --theme %s\n"), dir, dir);
	return EXIT_OK;
}
