/*
 * Opening the repository of a content folder (see repo.h): the search
 * goes up from the folder, as git's does, and the folder's place in the
 * work tree becomes the prefix of its paths in commits and the index.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "repo.h"

const char *
source_git_error(void)
{
	const git_error	*e = git_error_last();

	return e != NULL && e->message != NULL ? e->message :
	    "unknown libgit2 error";
}

/*
 * The prefix of abs (a real path) below the work tree wt (a real path
 * ending with "/"): "" for the work tree itself, "a/b/" below it; NULL
 * when abs is not inside wt (a content folder inside .git).
 */
static char *
repo_prefix(const char *abs, const char *wt)
{
	size_t	 n = strlen(wt);

	if (n > 0 && wt[n - 1] == '/' && strncmp(abs, wt, n - 1) == 0 &&
	    abs[n - 1] == '\0')
		return xstrdup("");
	if (strncmp(abs, wt, n) != 0 || abs[n] == '\0')
		return NULL;
	if (strncmp(abs + n, ".git", 4) == 0 &&
	    (abs[n + 4] == '/' || abs[n + 4] == '\0'))
		return NULL;
	return xasprintf("%s/", abs + n);
}

/*
 * The real path of content into abs; a folder that is not in the work
 * tree (any more: --rev of a folder since renamed) is its parent's real
 * path and its name. Returns 0 or -1.
 */
static int
content_realpath(const char *content, char abs[PATH_MAX])
{
	char		 parent[PATH_MAX];
	const char	*slash = strrchr(content, '/'), *name;
	size_t		 n;

	if (realpath(content, abs) != NULL)
		return 0;
	name = slash != NULL ? slash + 1 : content;
	n = slash != NULL ? (size_t)(slash - content) : 0;
	if (*name == '\0' || strcmp(name, ".") == 0 ||
	    strcmp(name, "..") == 0 || n >= sizeof(parent))
		return -1;
	memcpy(parent, slash != NULL ? content : ".", slash != NULL ? n : 1);
	parent[slash != NULL ? (n > 0 ? n : 1) : 1] = '\0';
	if (slash == content)
		strcpy(parent, "/");
	if (realpath(parent, abs) == NULL ||
	    strlen(abs) + strlen(name) + 2 > PATH_MAX)
		return -1;
	if (strcmp(abs, "/") != 0)
		strcat(abs, "/");
	strcat(abs, name);
	return 0;
}

int
source_repo_open(const char *content, struct source_repo *r,
    const char **err)
{
	char		 abs[PATH_MAX], wt[PATH_MAX], start[PATH_MAX];
	const char	*w;
	int		 rc;

	memset(r, 0, sizeof(*r));
	git_libgit2_init();
	if (content_realpath(content, abs) == -1)
		return 0;
	/* A folder since renamed: the search starts from its parent. */
	strcpy(start, abs);
	if (access(start, F_OK) == -1 && strrchr(start, '/') != NULL)
		*(strrchr(start, '/') == start ? start + 1 :
		    strrchr(start, '/')) = '\0';
	rc = git_repository_open_ext(&r->repo, start, 0, NULL);
	if (rc == GIT_ENOTFOUND)
		return 0;
	if (rc < 0) {
		*err = source_git_error();
		return -1;
	}
	if (git_repository_is_bare(r->repo) ||
	    (w = git_repository_workdir(r->repo)) == NULL ||
	    realpath(w, wt) == NULL)
		return 0;
	if (strcmp(wt, "/") != 0)
		strncat(wt, "/", sizeof(wt) - strlen(wt) - 1);
	if ((r->prefix = repo_prefix(abs, wt)) == NULL)
		return 0;
	return 1;
}

void
source_repo_close(struct source_repo *r)
{
	git_repository_free(r->repo);
	free(r->prefix);
	memset(r, 0, sizeof(*r));
	git_libgit2_shutdown();
}

void
source_git_keep(int on)
{
	if (on)
		git_libgit2_init();
	else
		git_libgit2_shutdown();
}
