/*
 * Writing an output folder atomically (see publish.h and
 * docs/dev/robustness.md, "Publishing the output").
 *
 * A build first takes an exclusive lock on OUT (flock on ".<name>.lock"
 * beside it, lock.c): a second build of the same OUT fails at once
 * instead of mixing its files in. Under the lock, what a killed build
 * left beside OUT is cleaned (or put back). The new output is written
 * into ".<name>.new-<random>", created by this build and held open; each
 * file is created from that folder's descriptor (write.c), so a folder
 * deleted or replaced during the build makes the build fail, never
 * publishes a partial tree. Once complete and flushed, and checked to be
 * still the folder this build created, it is exchanged with OUT in one
 * renameat2(RENAME_EXCHANGE); where the file system cannot exchange, OUT
 * is renamed aside to ".<name>.old-<random>", then the new one in, and
 * a kill between the two is recovered by the next build (swap.c).
 *
 * SIGINT, SIGTERM and SIGHUP are handled by a thread of their own while
 * a publisher is open (signals.c): before the exchange, it removes the
 * new folder, says so once and ends the process by the signal at once;
 * after it, the build is complete and ends normally.
 *
 * Here: the build's output begun, committed or abandoned, and the names
 * beside OUT.
 */
#include <sys/random.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "publish.h"
#include "publish_int.h"

/*
 * Splits out into the folder that holds it and its name, without the
 * trailing slashes: "a/b/" gives "a" and "b", "b" gives "." and "b".
 * Both are owned by the caller.
 */
void
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
char *
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
char *
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

int
publish_begin(struct publisher *p, const char *out)
{
	char		*dir, *base, *tag;
	struct stat	 st;

	memset(p, 0, sizeof(*p));
	publish_sink_init(p);
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
