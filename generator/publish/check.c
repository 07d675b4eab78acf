/*
 * Whether a build may replace OUT at all (publish.h, publish_check),
 * asked before anything is built: not the content folder, not inside it
 * (but for its folder output), not one of its parents, not a mount
 * point, and absent, empty or an output of clspd.
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "publish.h"
#include "publish_int.h"

/* Whether the folder at path holds nothing. */
static int
dir_is_empty(const char *path)
{
	char	**names;
	size_t	 n;

	if (fs_list_dir(path, &names, &n) == -1)
		return 0;
	fs_names_free(names, n);
	return n == 0;
}

/*
 * Whether out, which may not exist yet, lies inside the folder content:
 * its nearest existing parent is content or below it.
 */
static int
publish_inside(const char *out, const char *content)
{
	char	 rc[PATH_MAX], rp[PATH_MAX], *parent = xstrdup(out), *slash;
	size_t	 lc;
	int	 inside = 0;

	if (realpath(content, rc) == NULL) {
		free(parent);
		return 0;
	}
	lc = strlen(rc);
	for (;;) {
		if (realpath(parent, rp) != NULL) {
			inside = strncmp(rp, rc, lc) == 0 &&
			    (rp[lc] == '\0' || rp[lc] == '/');
			break;
		}
		if ((slash = strrchr(parent, '/')) == NULL) {
			inside = realpath(".", rp) != NULL &&
			    strncmp(rp, rc, lc) == 0 &&
			    (rp[lc] == '\0' || rp[lc] == '/');
			break;
		}
		*slash = '\0';
		if (*parent == '\0')
			break;
	}
	free(parent);
	return inside;
}

/*
 * Whether out is the default output folder at the top of content
 * ("output", beside clspd.yaml), the one place inside the content folder
 * a build may write: the loader reads only its own files and folders.
 */
static int
publish_default_inside(const char *out, const char *content)
{
	char	 rc[PATH_MAX], rp[PATH_MAX], *copy = xstrdup(out), *base;
	size_t	 n = strlen(copy);
	int	 yes = 0;

	while (n > 1 && copy[n - 1] == '/')
		copy[--n] = '\0';
	if ((base = strrchr(copy, '/')) != NULL) {
		*base++ = '\0';
		if (*copy == '\0')
			strcpy(copy, "/");
	} else
		base = copy;
	if (strcmp(base, "output") == 0 && realpath(content, rc) != NULL &&
	    realpath(base == copy ? "." : copy, rp) != NULL)
		yes = strcmp(rc, rp) == 0;
	free(copy);
	return yes;
}

/*
 * Whether out is an output of clspd: it holds the marker file, or it is
 * an output of a version before the marker (only site/ with its
 * index.html and pdf/, nothing else), accepted for the transition.
 */
static int
publish_is_ours(const char *out)
{
	char		**names, *path;
	size_t		  n, i;
	struct stat	  st;
	int		  ours;

	path = fs_join(out, MARKER);
	ours = lstat(path, &st) == 0 && S_ISREG(st.st_mode);
	free(path);
	if (ours || fs_list_dir(out, &names, &n) == -1)
		return ours;
	ours = 1;
	for (i = 0; i < n; i++)
		if (strcmp(names[i], "site") != 0 &&
		    strcmp(names[i], "pdf") != 0)
			ours = 0;
	fs_names_free(names, n);
	path = fs_join(out, "site/index.html");
	ours = ours && lstat(path, &st) == 0 && S_ISREG(st.st_mode);
	free(path);
	return ours;
}

/* Whether path is the root of a mount (a container's volume). */
static int
publish_is_mount(const char *path)
{
	struct statx	 sx;

	if (statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS,
	    &sx) == -1)
		return 0;
	return (sx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) != 0 &&
	    (sx.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
}

int
publish_check(const char *out, const char *content, const char **why)
{
	char		 ro[PATH_MAX], rc[PATH_MAX];
	size_t		 lo;
	struct stat	 st;

	if (publish_inside(out, content) &&
	    !publish_default_inside(out, content)) {
		*why = _("it is the content folder or inside it (only its "
		    "folder output, beside clspd.yaml, is allowed)");
		return -1;
	}
	if (lstat(out, &st) == -1)
		return 0;	/* absent: nothing to lose */
	if (!S_ISDIR(st.st_mode)) {
		*why = _("it exists and is not a folder");
		return -1;
	}
	if (realpath(out, ro) != NULL && realpath(content, rc) != NULL) {
		lo = strlen(ro);
		if (strncmp(ro, rc, lo) == 0 &&
		    (rc[lo] == '\0' || rc[lo] == '/' || lo == 1)) {
			*why = _("it holds the content folder");
			return -1;
		}
	}
	if (publish_is_mount(out)) {
		*why = _("it is a mount point (a volume), which cannot be "
		    "replaced as a whole; build into a folder inside it (-o "
		    "OUT/NAME) or mount the folder above it");
		return -1;
	}
	if (!dir_is_empty(out) && !publish_is_ours(out)) {
		/* The file's name is MARKER's, written out for xgettext. */
		*why = _("it is not empty and was not written by clspd (it "
		    "has no .clspd-output file); remove it or choose another "
		    "folder");
		return -1;
	}
	return 0;
}
