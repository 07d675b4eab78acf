/*
 * "clspd init DIR": a small content folder that builds, to start from.
 */
#ifndef CLSPD_INIT_H
#define CLSPD_INIT_H

#include <stddef.h>

#include "../util/exit.h"

/*
 * Writes the starter content into dir, which must not exist, or hold
 * nothing but dotfiles (.git). Returns 0, or after printing why on
 * stderr EXIT_USAGE (dir is a file, or a folder with content) or EXIT_IO
 * (it could not be written).
 */
int	 init_write(const char *dir);

/*
 * Makes dir, once written, a git repository with a .gitignore, a
 * pre-commit hook (clspd check --staged) and CI files for GitLab and
 * GitHub (init_git.c); does nothing when dir is inside a repository
 * already. Returns 0 or EXIT_IO after printing why.
 */
int	 init_git(const char *dir);

/*
 * Copies the default theme compiled into clspd (templates, CSS, strings,
 * PDF style) into dir, which must not exist or hold nothing but
 * dotfiles, for the user to edit and build with --theme dir
 * (init_theme.c). Returns 0, or after printing why on stderr EXIT_USAGE
 * or EXIT_IO, as init_write.
 */
int	 init_theme(const char *dir);

/* Writes data[0..len) at dir/rel, making its folders. 0 or EXIT_IO. */
int	 init_file(const char *dir, const char *rel, const char *data,
	    size_t len);

#endif
