/*
 * The git repository that holds a content folder, opened with libgit2
 * (see stamp.h and tree.h, its two users).
 */
#ifndef CLSPD_SOURCE_REPO_H
#define CLSPD_SOURCE_REPO_H

#include <git2.h>

struct source_repo {
	git_repository	*repo;
	char		*prefix;	/* content below the work
					   tree: "" or "a/b/", owned */
};

/*
 * Opens the repository whose work tree holds the folder content.
 * Returns 1 when found, 0 when content is in no work tree (or in a bare
 * repository), -1 with *err set when the repository cannot be read.
 * Close it with source_repo_close, also after 0 or -1.
 */
int	 source_repo_open(const char *content, struct source_repo *,
	    const char **err);
void	 source_repo_close(struct source_repo *);

/*
 * A process that builds again and again (clspd serve) keeps libgit2
 * initialised between builds with source_git_keep(1), and lets it go
 * with source_git_keep(0): each build's own initialisation then costs
 * nothing (it loads the TLS library and the settings otherwise, 5 ms).
 */
void	 source_git_keep(int on);

/* libgit2's last error message, or a fallback. */
const char *source_git_error(void);

#endif
