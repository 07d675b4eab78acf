/*
 * The new output swapped into place (publish_commit): once complete,
 * flushed and checked to be still the folder this build created, the
 * staging folder is exchanged with OUT in one
 * renameat2(RENAME_EXCHANGE); where the file system cannot exchange,
 * OUT is renamed aside to ".<name>.old-<random>", then the new one in,
 * and a kill between the two is recovered by the next build (lock.c).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/fs.h"
#include "../util/i18n.h"
#include "publish.h"
#include "publish_int.h"

/*
 * Whether the folder at the staging name is still the one this build
 * created and filled: same device and inode as the descriptor held since
 * (a folder deleted and made again by someone else is not).
 */
int
publish_still_ours(const struct publisher *p)
{
	struct stat	 st, held;

	return lstat(p->staging, &st) == 0 && S_ISDIR(st.st_mode) &&
	    st.st_dev == p->dev && st.st_ino == p->ino &&
	    fstat(p->dir, &held) == 0 && held.st_nlink > 0;
}

/*
 * Whether to use two renames instead of an exchange: CLSPD_TEST_EXCHANGE
 * set to "none" (the fallback) or "kill" (the fallback, killed between
 * its renames) lets the tests take the path of file systems without
 * RENAME_EXCHANGE.
 */
static int
publish_no_exchange(void)
{
	const char	*env = getenv("CLSPD_TEST_EXCHANGE");

	return env != NULL && (strcmp(env, "none") == 0 ||
	    strcmp(env, "kill") == 0);
}

/*
 * Without an exchange: out aside to ".<name>.old-<random>", then the new
 * one in. A kill between the two leaves out missing; the next build puts
 * the old one back (publish_recover). Returns 0 or -1 (printed).
 */
static int
publish_two_renames(struct publisher *p)
{
	char	*tag = publish_random_tag("old"), *old;
	int	 rc = -1;

	old = publish_beside(p->out, tag);
	free(tag);
	if (rename(p->out, old) == -1) {
		fprintf(stderr, _("clspd: %s: cannot move the previous output "
		    "aside: %s\n"), p->out, strerror(errno));
		goto out;
	}
	if (getenv("CLSPD_TEST_EXCHANGE") != NULL &&
	    strcmp(getenv("CLSPD_TEST_EXCHANGE"), "kill") == 0)
		raise(SIGKILL);
	if (rename(p->staging, p->out) == -1) {
		fprintf(stderr, _("clspd: %s: cannot move the new output into "
		    "place: %s\n"), p->out, strerror(errno));
		if (rename(old, p->out) == -1)
			fprintf(stderr, _("clspd: the previous output is in "
			    "%s; cannot move it back: %s\n"), old,
			    strerror(errno));
		goto out;
	}
	publish_done = 1;
	fs_remove_tree(old);
	rc = 0;
out:
	free(old);
	return rc;
}

/* Moves staging into place at out; returns 0 or -1 (printed). */
int
publish_swap(struct publisher *p)
{
	if (!fs_is_dir(p->out)) {
		if (rename(p->staging, p->out) == 0) {
			publish_done = 1;
			return 0;
		}
		fprintf(stderr, _("clspd: %s: cannot move the new output into "
		    "place: %s\n"), p->out, strerror(errno));
		return -1;
	}
	if (!publish_no_exchange() && renameat2(AT_FDCWD, p->staging,
	    AT_FDCWD, p->out, RENAME_EXCHANGE) == 0) {
		/* staging now holds the previous output. */
		publish_done = 1;
		return 0;
	}
	if (errno == EBUSY) {
		fprintf(stderr, _("clspd: %s: cannot replace it: it is a mount "
		    "point (a volume); build into a folder inside it (-o "
		    "OUT/NAME)\n"), p->out);
		return -1;
	}
	return publish_two_renames(p);
}
