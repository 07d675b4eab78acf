/*
 * Writing an output folder atomically (see publish.h and
 * docs/dev/robustness.md, "Publishing the output").
 *
 * A build first takes an exclusive lock on OUT (flock on ".<name>.lock"
 * beside it): a second build of the same OUT fails at once instead of
 * mixing its files in. Under the lock, what a killed build left beside
 * OUT is cleaned (or put back). The new output is written into
 * ".<name>.new-<random>", created by this build and held open; each file
 * is created from that folder's descriptor, so a folder deleted or
 * replaced during the build makes the build fail, never publishes a
 * partial tree. Once complete and flushed, and checked to be still the
 * folder this build created, it is exchanged with OUT in one
 * renameat2(RENAME_EXCHANGE); where the file system cannot exchange, OUT
 * is renamed aside to ".<name>.old-<random>", then the new one in, and
 * a kill between the two is recovered by the next build.
 *
 * SIGINT, SIGTERM and SIGHUP are handled by a thread of their own while
 * a publisher is open: before the exchange, it removes the new folder,
 * says so once and ends the process by the signal at once; after it,
 * the build is complete and ends normally.
 */
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "publish.h"

/* The file clspd writes at the top of every output it publishes. */
#define MARKER		".clspd-output"
#define MARKER_TEXT	"This folder was written by clspd, which replaces it " \
	"as a whole at each build: keep no files of your own in it.\n"

/*
 * The signal that interrupted the build, 0 if none; set by the signal
 * thread, which also stops the sinks (sink_interrupt).
 */
static volatile sig_atomic_t publish_signal;

/*
 * The signal thread's view of the publisher: one build publishes at a
 * time in a process, so it is static. The mutex makes the choice between
 * "interrupted" and "published" atomic: publish_commit holds it from the
 * last check of the flag to the end of the exchange.
 */
static pthread_mutex_t	 publish_mutex = PTHREAD_MUTEX_INITIALIZER;
static struct publisher	*publish_current;	/* NULL: no staging yet */
static int		 publish_done;		/* OUT was replaced */
static pthread_t	 publish_thread;
static int		 publish_watching;
static int		 publish_signals_disabled;	/* publish_signals_off */
static sigset_t		 publish_saved_mask;
static char		*publish_out_name;	/* OUT, for the message */

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

/*
 * Opens rel below the folder dir (a descriptor), creating its folders
 * as needed, following no link. Returns a descriptor, or -1 with errno
 * set: ENOENT once dir was deleted (nothing is created in a deleted
 * folder, so a build whose folder went never fills another one).
 */
static int
publish_create(int dir, const char *rel)
{
	char	*copy = xstrdup(rel), *part, *slash;
	int	 fd, at = dir, saved;

	for (part = copy; (slash = strchr(part, '/')) != NULL;
	    part = slash + 1) {
		*slash = '\0';
		if (mkdirat(at, part, 0755) == -1 && errno != EEXIST)
			fd = -1;
		else
			fd = openat(at, part, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
		saved = errno;
		if (at != dir)
			close(at);
		errno = saved;
		if ((at = fd) == -1)
			goto out;
	}
	fd = openat(at, part, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW |
	    O_CLOEXEC, 0644);
	saved = errno;
	if (at != dir)
		close(at);
	errno = saved;
out:
	free(copy);
	return fd;
}

/* Prints a failure, unless the build was interrupted (already said). */
static void
publish_error(const char *path, const char *step, int err)
{
	if (publish_signal == 0)
		fprintf(stderr, _("clspd: %s: %s failed: %s\n"), path, step,
		    strerror(err));
}

/* Opens a file below the staging folder. Returns 0 or -1 (printed). */
static int
publisher_open(struct sink *sink, const char *rel)
{
	struct publisher	*p = (struct publisher *)sink;
	int			 fd;

	p->path = fs_join(p->staging, rel);
	if ((fd = publish_create(p->dir, rel)) == -1 ||
	    (p->file = fdopen(fd, "wb")) == NULL) {
		publish_error(p->path, _("open"), errno);
		if (fd != -1)
			close(fd);
		return -1;
	}
	return 0;
}

static int
publisher_append(struct sink *sink, const char *data, size_t len)
{
	struct publisher	*p = (struct publisher *)sink;

	if (fwrite(data, 1, len, p->file) == len)
		return 0;
	publish_error(p->path, _("write"), errno);
	return -1;
}

/* Flushes and closes the file, checking both. Returns 0 or -1 (printed). */
static int
publisher_close(struct sink *sink)
{
	struct publisher	*p = (struct publisher *)sink;
	const char		*step = _("flush");
	int			 rc = 0, saved = 0;

	if (p->file == NULL)
		return -1;
	if (fflush(p->file) != 0) {
		saved = errno;
		rc = -1;
	}
	if (fclose(p->file) != 0 && rc == 0) {
		saved = errno;
		step = _("close");
		rc = -1;
	}
	if (rc == -1)
		publish_error(p->path, step, saved);
	p->file = NULL;
	free(p->path);
	p->path = NULL;
	return rc;
}

/*
 * A lane of a publisher is a publisher of its own that writes into the
 * same staging folder and owns neither that folder nor OUT.
 */
static struct sink *
publisher_lane_new(struct sink *sink)
{
	struct publisher	*p = (struct publisher *)sink;
	struct publisher	*lane = xcalloc(1, sizeof(*lane));

	lane->sink = p->sink;
	lane->sink.files = 0;
	lane->sink.failed = 0;
	lane->staging = p->staging;
	lane->dir = p->dir;
	lane->lock = -1;
	return &lane->sink;
}

static void
publisher_lane_end(struct sink *sink, struct sink *l)
{
	struct publisher	*lane = (struct publisher *)l;

	(void)sink;
	if (lane->file != NULL)
		fclose(lane->file);
	free(lane->path);
	free(lane);
}

/*
 * Splits out into the folder that holds it and its name, without the
 * trailing slashes: "a/b/" gives "a" and "b", "b" gives "." and "b".
 * Both are owned by the caller.
 */
static void
publish_split(const char *out, char **dir, char **base)
{
	char	*copy = xstrdup(out), *slash;
	size_t	 len = strlen(copy);

	while (len > 1 && copy[len - 1] == '/')
		copy[--len] = '\0';
	if ((slash = strrchr(copy, '/')) == NULL) {
		*dir = xstrdup(".");
		*base = copy;
		return;
	}
	*base = xstrdup(slash + 1);
	*slash = '\0';
	*dir = xstrdup(*copy != '\0' ? copy : "/");
	free(copy);
}

/* "<dir>/.<base>.<tag>" beside out; the caller frees it. */
static char *
publish_beside(const char *out, const char *tag)
{
	char	*dir, *base, *name, *path;

	publish_split(out, &dir, &base);
	name = xasprintf(".%s.%s", base, tag);
	path = fs_join(dir, name);
	free(name);
	free(dir);
	free(base);
	return path;
}

/* A random tag for a temporary name: 16 hexadecimal digits. */
static char *
publish_random_tag(const char *kind)
{
	unsigned char	 r[8];
	size_t		 got = 0;
	ssize_t		 n;

	while (got < sizeof(r)) {
		n = getrandom(r + got, sizeof(r) - got, 0);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			/* No getrandom: the time and the pid, mixed. */
			unsigned long long	 x = (unsigned long long)
			    getpid() * 0x9E3779B97F4A7C15ULL ^
			    (unsigned long long)(size_t)&r ^
			    (unsigned long long)time(NULL);

			memcpy(r, &x, sizeof(r));
			break;
		}
		got += (size_t)n;
	}
	return xasprintf("%s-%02x%02x%02x%02x%02x%02x%02x%02x", kind, r[0],
	    r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
}

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

static int
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
static void
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
static void
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

/*
 * Removes the staging folder, trying again while threads still writing
 * into it add files (they stop once their folder is gone).
 */
static void
publish_remove_staging(const char *staging)
{
	int	 i;

	for (i = 0; i < 20 && fs_remove_tree(staging) == -1; i++)
		usleep(1000);
}

/*
 * The signal thread: waits for SIGINT, SIGTERM or SIGHUP. Before OUT is
 * replaced, the build is abandoned at once: the staging folder removed,
 * the lock released, one line said, and the process ended by the
 * signal. After, the build is complete: it goes on to its end.
 */
static void *
publish_watch(void *arg)
{
	sigset_t	*set = arg, one;
	int		 signo;

	for (;;) {
		if (sigwait(set, &signo) != 0)
			continue;
		pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
		pthread_mutex_lock(&publish_mutex);
		if (publish_done) {
			pthread_mutex_unlock(&publish_mutex);
			pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL);
			continue;
		}
		publish_signal = signo;
		sink_interrupt(signo);
		fprintf(stderr, _("clspd: interrupted; %s is left as it "
		    "was\n"), publish_out_name);
		if (publish_current != NULL) {
			if (publish_current->staging != NULL)
				publish_remove_staging(
				    publish_current->staging);
			publish_unlock(publish_current);
		}
		signal(signo, SIG_DFL);
		sigemptyset(&one);
		sigaddset(&one, signo);
		pthread_sigmask(SIG_UNBLOCK, &one, NULL);
		raise(signo);
		_exit(128 + signo);	/* not reached */
	}
	return NULL;
}

void
publish_signals_catch(const char *out)
{
	static sigset_t	 set;

	if (publish_watching || publish_signals_disabled)
		return;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	publish_signal = 0;
	sink_interrupt(0);
	publish_done = 0;
	free(publish_out_name);
	publish_out_name = xstrdup(out);
	pthread_sigmask(SIG_BLOCK, &set, &publish_saved_mask);
	publish_watching = pthread_create(&publish_thread, NULL,
	    publish_watch, &set) == 0;
	if (!publish_watching)
		pthread_sigmask(SIG_SETMASK, &publish_saved_mask, NULL);
}

/*
 * A caller that handles the signals itself (clspd serve, whose builds
 * run in a process that must stop cleanly, not end by the signal) turns
 * the publish stage's handling off, once, before any build.
 */
void
publish_signals_off(void)
{
	publish_signals_disabled = 1;
}

void
publish_signals_release(void)
{
	sigset_t		 set;
	struct timespec		 zero = { 0, 0 };

	if (!publish_watching)
		return;
	pthread_cancel(publish_thread);
	pthread_join(publish_thread, NULL);
	publish_watching = 0;
	/*
	 * Published: the build is complete and ends normally, so the
	 * signals stay blocked until the process ends (one that came is
	 * dropped), instead of killing a finished build on its way out
	 * with a status that says it failed. Not published: as before.
	 */
	if (publish_done) {
		sigemptyset(&set);
		sigaddset(&set, SIGINT);
		sigaddset(&set, SIGTERM);
		sigaddset(&set, SIGHUP);
		while (sigtimedwait(&set, NULL, &zero) > 0)
			;
	} else
		pthread_sigmask(SIG_SETMASK, &publish_saved_mask, NULL);
	free(publish_out_name);
	publish_out_name = NULL;
}

int
publish_begin(struct publisher *p, const char *out)
{
	char		*dir, *base, *tag;
	struct stat	 st;

	memset(p, 0, sizeof(*p));
	p->sink.open = publisher_open;
	p->sink.append = publisher_append;
	p->sink.close = publisher_close;
	p->sink.lane_new = publisher_lane_new;
	p->sink.lane_end = publisher_lane_end;
	p->dir = p->lock = -1;
	p->out = xstrdup(out);
	p->lock_path = publish_beside(out, "lock");
	/* Unless the build caught them already, from its start. */
	p->own_signals = !publish_watching;
	publish_signals_catch(out);
	pthread_mutex_lock(&publish_mutex);
	publish_current = p;
	/* The folder that holds out must exist. */
	publish_split(out, &dir, &base);
	fs_mkdir_p(dir);
	free(dir);
	free(base);
	if (publish_lock(p) == -1)
		goto fail;
	publish_recover(out);
	tag = publish_random_tag("new");
	p->staging = publish_beside(out, tag);
	free(tag);
	if (mkdir(p->staging, 0755) == -1 ||
	    (p->dir = open(p->staging, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1 || fstat(p->dir, &st) == -1) {
		fprintf(stderr, _("clspd: %s: cannot create folder: %s\n"),
		    p->staging, strerror(errno));
		goto fail;
	}
	p->dev = st.st_dev;
	p->ino = st.st_ino;
	pthread_mutex_unlock(&publish_mutex);
	return 0;
fail:
	pthread_mutex_unlock(&publish_mutex);
	publish_abort(p);
	return -1;
}

/*
 * Whether the folder at the staging name is still the one this build
 * created and filled: same device and inode as the descriptor held since
 * (a folder deleted and made again by someone else is not).
 */
static int
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
static int
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

/* Writes the marker file into the staging folder. Returns 0 or -1. */
static int
publish_mark(struct publisher *p)
{
	struct buf	 b = BUF_INIT;
	int		 rc;

	buf_puts(&b, MARKER_TEXT);
	rc = sink_write(&p->sink, MARKER, &b);
	p->sink.files--;	/* not one of the outputs */
	buf_release(&b);
	return rc;
}

int
publish_commit(struct publisher *p)
{
	int	 rc = -1;

	if (p->sink.failed || publish_signal != 0 ||
	    publish_mirror_pdfs(p->staging, &p->sink.files) == -1 ||
	    publish_mark(p) == -1)
		goto out;
	if (!p->no_sync && fs_sync_tree(p->staging) == -1) {
		fprintf(stderr, _("clspd: %s: sync failed: %s\n"), p->staging,
		    strerror(errno));
		goto out;
	}
	/* The signal thread waits: published, or not, wholly. */
	pthread_mutex_lock(&publish_mutex);
	if (publish_signal == 0 && !publish_still_ours(p))
		fprintf(stderr, _("clspd: %s: the folder being built was "
		    "removed or replaced during the build; %s is left as it "
		    "was\n"), p->staging, p->out);
	else if (publish_signal == 0)
		rc = publish_swap(p);
	pthread_mutex_unlock(&publish_mutex);
out:
	publish_abort(p);
	return rc;
}

void
publish_abort(struct publisher *p)
{
	if (p->out == NULL)
		return;		/* already ended */
	pthread_mutex_lock(&publish_mutex);
	if (p->file != NULL)
		fclose(p->file);
	p->file = NULL;
	free(p->path);
	p->path = NULL;
	if (p->dir != -1)
		close(p->dir);
	p->dir = -1;
	/*
	 * Not published: the new tree goes. Published by an exchange: the
	 * staging name holds the previous output, which goes too.
	 */
	if (p->staging != NULL)
		fs_remove_tree(p->staging);
	publish_unlock(p);
	publish_current = NULL;
	pthread_mutex_unlock(&publish_mutex);
	if (p->own_signals)
		publish_signals_release();
	free(p->staging);
	free(p->out);
	free(p->lock_path);
	p->staging = p->out = p->lock_path = NULL;
}
