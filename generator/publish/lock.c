/*
 * The lock of OUT (an exclusive flock on ".<name>.lock" beside it): a
 * second build of the same OUT fails at once instead of mixing its files
 * in. Under the lock, what a killed build left beside OUT is cleaned,
 * or put back.
 */
#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "publish.h"
#include "publish_int.h"

/*
 * Takes the lock of out: an exclusive flock on ".<name>.lock" beside it,
 * which holds the pid of the build. A lock file that another build
 * removed between our open and our flock is not the lock any more: try
 * again. Returns 0, or -1 (printed) when another build holds it.
 */
static int
publish_lock_as(struct publisher *p, int quiet)
{
	struct stat	 a, b;
	char		 pid[32];
	ssize_t		 n;
	int		 fd, tries;

	for (tries = 0; tries < 100; tries++) {
		if ((fd = open(p->lock_path, O_RDWR | O_CREAT | O_NOFOLLOW |
		    O_CLOEXEC, 0644)) == -1 && quiet)
			return -1;
		if (fd == -1) {
			fprintf(stderr, _("clspd: %s: cannot create the lock "
			    "file: %s\n"), p->lock_path, strerror(errno));
			return -1;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) == -1 && quiet) {
			close(fd);
			return -1;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) == -1) {
			n = read(fd, pid, sizeof(pid) - 1);
			pid[n > 0 ? n : 0] = '\0';
			pid[strcspn(pid, "\n")] = '\0';
			close(fd);
			fprintf(stderr, _("clspd: another clspd build is writing "
			    "%s (pid %s): wait for it to end, or build into "
			    "another folder with -o\n"), p->out,
			    *pid != '\0' ? pid : "?");
			return -1;
		}
		if (fstat(fd, &a) == 0 && lstat(p->lock_path, &b) == 0 &&
		    a.st_dev == b.st_dev && a.st_ino == b.st_ino)
			break;
		close(fd);
		fd = -1;
	}
	if (fd == -1)
		return -1;
	n = snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
	/* The pid is only shown to the next build: no harm if it fails. */
	if (ftruncate(fd, 0) == 0 && write(fd, pid, (size_t)n) != n)
		pid[0] = '\0';
	p->lock = fd;
	return 0;
}

int
publish_lock(struct publisher *p)
{
	return publish_lock_as(p, 0);
}

/* The same, saying nothing when the lock is taken. */
static int
publish_lock_quiet(struct publisher *p)
{
	return publish_lock_as(p, 1);
}

/* Releases the lock: the file goes first, while still held. */
void
publish_unlock(struct publisher *p)
{
	if (p->lock == -1)
		return;
	unlink(p->lock_path);
	close(p->lock);
	p->lock = -1;
}

/*
 * Under the lock, what a killed build of out left beside it is ours to
 * clean: ".<name>.new-*" go; ".<name>.old-*", the previous output moved
 * aside by a build killed before it moved the new one in, is put back
 * when out is missing (else it goes). Names of other folders are kept.
 */
void
publish_recover(const char *out)
{
	char	*dir, *base, *prefix, **names, *path;
	size_t	 n, i, plen;
	int	 old;

	publish_split(out, &dir, &base);
	prefix = xasprintf(".%s.", base);
	plen = strlen(prefix);
	if (fs_list_dir(dir, &names, &n) == 0) {
		for (i = 0; i < n; i++) {
			if (strncmp(names[i], prefix, plen) != 0)
				continue;
			old = strncmp(names[i] + plen, "old-", 4) == 0;
			if (!old && strncmp(names[i] + plen, "new-", 4) != 0)
				continue;
			path = fs_join(dir, names[i]);
			if (old && !fs_is_dir(out) && rename(path, out) == 0)
				fprintf(stderr, _("clspd: %s: put back the "
				    "previous output, moved aside by a build "
				    "that was stopped\n"), out);
			else
				fs_remove_tree(path);
			free(path);
		}
		fs_names_free(names, n);
	}
	free(prefix);
	free(dir);
	free(base);
}

void
publish_tidy(const char *out)
{
	struct publisher	 p;

	memset(&p, 0, sizeof(p));
	p.out = (char *)out;
	p.lock_path = publish_beside(out, "lock");
	if (fs_is_dir(out) || publish_lock_quiet(&p) == -1) {
		free(p.lock_path);
		return;
	}
	publish_recover(out);
	publish_unlock(&p);
	free(p.lock_path);
}
