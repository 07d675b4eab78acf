/*
 * Writing an output folder atomically (see publish.h). The new output is
 * written to ".<name>.new-<pid>" beside OUT; once complete and flushed,
 * it is exchanged with OUT in one renameat2(RENAME_EXCHANGE), and the old
 * tree, now under the temporary name, is removed. Where the file system
 * cannot exchange, OUT is renamed aside first, then the new one in.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "publish.h"

/*
 * The signal that interrupted the build, 0 if none. While a publisher is
 * open, SIGINT, SIGTERM and SIGHUP only set it: the next write fails, the
 * temporary folder is removed, then the signal is raised again.
 */
static volatile sig_atomic_t publish_signal;

static void
publish_on_signal(int signo)
{
	publish_signal = signo;
}

/* Fails the sink once a signal came. */
static int
sink_interrupted(struct sink *s)
{
	if (publish_signal == 0)
		return 0;
	if (!s->failed)
		fprintf(stderr, _("clspd: interrupted; the output is left as it "
		    "was\n"));
	s->failed = 1;
	return 1;
}

int
sink_open(struct sink *s, const char *path)
{
	if (s->failed || sink_interrupted(s))
		return -1;
	if (s->open(s, path) == -1)
		s->failed = 1;
	return s->failed ? -1 : 0;
}

int
sink_flush(struct sink *s, struct buf *b)
{
	sink_interrupted(s);
	if (!s->failed && b->len > 0 &&
	    s->append(s, buf_cstr(b), b->len) == -1)
		s->failed = 1;
	buf_truncate(b, 0);
	return s->failed ? -1 : 0;
}

/* Closes the file being written and counts it. */
static int
sink_end(struct sink *s)
{
	if (s->close(s) == -1) {
		s->failed = 1;
		return -1;
	}
	s->files++;
	return 0;
}

int
sink_close(struct sink *s, struct buf *b)
{
	if (sink_flush(s, b) == -1)
		return -1;
	return sink_end(s);
}

int
sink_write(struct sink *s, const char *path, const struct buf *b)
{
	if (sink_open(s, path) == -1)
		return -1;
	if (b->len > 0 && s->append(s, buf_cstr(b), b->len) == -1) {
		s->failed = 1;
		return -1;
	}
	return sink_end(s);
}

struct sink *
sink_lane(struct sink *s)
{
	return s->lane_new(s);
}

int
sink_lane_end(struct sink *s, struct sink *lane)
{
	int	 failed = lane->failed;

	s->files += lane->files;
	s->lane_end(s, lane);
	if (failed)
		s->failed = 1;
	return s->failed ? -1 : 0;
}

static int
output_set_open(struct sink *sink, const char *path)
{
	struct output_set	*s = (struct output_set *)sink;
	struct output_file	*f;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	f = &s->v[s->n++];
	f->path = xstrdup(path);
	memset(&f->data, 0, sizeof(f->data));
	return 0;
}

static int
output_set_append(struct sink *sink, const char *data, size_t len)
{
	struct output_set	*s = (struct output_set *)sink;

	buf_put(&s->v[s->n - 1].data, data, len);
	return 0;
}

static int
output_set_close(struct sink *sink)
{
	(void)sink;
	return 0;
}

static struct sink *
output_set_lane_new(struct sink *sink)
{
	struct output_set	*lane = xcalloc(1, sizeof(*lane));

	(void)sink;
	output_set_init(lane);
	return &lane->sink;
}

/* The lane's files go after the set's own, in the order written. */
static void
output_set_lane_end(struct sink *sink, struct sink *l)
{
	struct output_set	*s = (struct output_set *)sink;
	struct output_set	*lane = (struct output_set *)l;
	size_t			 i;

	for (i = 0; i < lane->n; i++) {
		if (s->n == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 16;
			s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
		}
		s->v[s->n++] = lane->v[i];
	}
	free(lane->v);
	free(lane);
}

void
output_set_init(struct output_set *s)
{
	memset(s, 0, sizeof(*s));
	s->sink.open = output_set_open;
	s->sink.append = output_set_append;
	s->sink.close = output_set_close;
	s->sink.lane_new = output_set_lane_new;
	s->sink.lane_end = output_set_lane_end;
}

const struct output_file *
output_set_find(const struct output_set *s, const char *path)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i].path, path) == 0)
			return &s->v[i];
	return NULL;
}

void
output_set_release(struct output_set *s)
{
	size_t	 i;

	for (i = 0; i < s->n; i++) {
		free(s->v[i].path);
		buf_release(&s->v[i].data);
	}
	free(s->v);
	output_set_init(s);
}

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

int
publish_check(const char *out, const char *content, const char **why)
{
	char		 ro[PATH_MAX], rc[PATH_MAX], *site, *pdf;
	size_t		 lo;
	struct stat	 st;
	int		 ours;

	if (publish_inside(out, content)) {
		*why = _("it is the content folder or inside it");
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

	if (dir_is_empty(out))
		return 0;
	site = fs_join(out, "site");
	pdf = fs_join(out, "pdf");
	ours = fs_is_dir(site) || fs_is_dir(pdf);
	free(site);
	free(pdf);
	if (!ours) {
		*why = _("it is not empty and was not written by clspd "
		    "(it holds no site/ or pdf/); remove it or choose another "
		    "folder");
		return -1;
	}
	return 0;
}

/*
 * Opens a file below the staging folder, creating its folders as
 * needed. Returns 0 or -1 (printed).
 */
static int
publisher_open(struct sink *sink, const char *rel)
{
	struct publisher	*p = (struct publisher *)sink;
	char			*slash;

	p->path = fs_join(p->staging, rel);
	if ((p->file = fopen(p->path, "wb")) == NULL && errno == ENOENT &&
	    (slash = strrchr(p->path, '/')) != NULL) {
		*slash = '\0';
		if (fs_mkdir_p(p->path) == -1) {
			fprintf(stderr, _("clspd: %s: cannot create folder: "
			    "%s\n"), p->path, strerror(errno));
			*slash = '/';
			return -1;
		}
		*slash = '/';
		p->file = fopen(p->path, "wb");
	}
	if (p->file == NULL) {
		fprintf(stderr, _("clspd: %s: open failed: %s\n"), p->path,
		    strerror(errno));
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
	fprintf(stderr, _("clspd: %s: write failed: %s\n"), p->path,
	    strerror(errno));
	return -1;
}

/* Flushes and closes the file, checking both. Returns 0 or -1 (printed). */
static int
publisher_close(struct sink *sink)
{
	struct publisher	*p = (struct publisher *)sink;
	const char		*step = _("flush");
	int			 rc = 0;

	int			 saved = 0;

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
		fprintf(stderr, _("clspd: %s: %s failed: %s\n"), p->path, step,
		    strerror(saved));
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

/* The temporary name beside out: "<parent>/.<name>.<tag>-<pid>". */
static char *
publish_temp_name(const char *out, const char *tag)
{
	char		*copy = xstrdup(out), *base, *result;
	size_t		 len = strlen(copy);

	while (len > 1 && copy[len - 1] == '/')
		copy[--len] = '\0';
	base = strrchr(copy, '/');
	if (base == NULL)
		result = xasprintf(".%s.%s-%ld", copy, tag, (long)getpid());
	else {
		*base = '\0';
		result = xasprintf("%s/.%s.%s-%ld", base == copy ? "" : copy,
		    base + 1, tag, (long)getpid());
	}
	free(copy);
	return result;
}

/*
 * Removes the temporary folders that an interrupted build of out left
 * beside it: ".<name>.new-<pid>" and ".<name>.old-<pid>" whose process
 * is gone; an old output whose replacement never came is put back. A
 * build running now keeps its own.
 */
static void
publish_remove_stale(const char *out)
{
	char	*copy = xstrdup(out), *base, *dir, *prefix, **names, *path;
	size_t	 len = strlen(copy), n, i, plen;
	long	 pid;
	char	*end;

	while (len > 1 && copy[len - 1] == '/')
		copy[--len] = '\0';
	if ((base = strrchr(copy, '/')) != NULL) {
		*base++ = '\0';
		dir = *copy != '\0' ? copy : "/";
	} else {
		base = copy;
		dir = ".";
	}
	prefix = xasprintf(".%s.", base);
	plen = strlen(prefix);
	if (fs_list_dir(dir, &names, &n) == 0) {
		for (i = 0; i < n; i++) {
			if (strncmp(names[i], prefix, plen) != 0 ||
			    (strncmp(names[i] + plen, "new-", 4) != 0 &&
			    strncmp(names[i] + plen, "old-", 4) != 0))
				continue;
			pid = strtol(names[i] + plen + 4, &end, 10);
			if (*end != '\0' || pid <= 0 || pid > 0x7fffffff)
				continue;
			/* Alive, or not ours to ask: leave it. */
			if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
				continue;
			path = fs_join(dir, names[i]);
			/*
			 * A previous output moved aside by a build that died
			 * before moving the new one in: put it back.
			 */
			if (strncmp(names[i] + plen, "old-", 4) != 0 ||
			    fs_is_dir(out) || rename(path, out) == -1)
				fs_remove_tree(path);
			free(path);
		}
		fs_names_free(names, n);
	}
	free(prefix);
	free(copy);
}

/* Catches (on) or restores (off) the signals that end a build. */
static void
publish_signals(int on)
{
	static const int	 signals[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction	 sa;
	size_t			 i;

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on ? publish_on_signal : SIG_DFL;
	for (i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		sigaction(signals[i], &sa, NULL);
}

int
publish_begin(struct publisher *p, const char *out)
{
	char	*parent, *slash;

	memset(p, 0, sizeof(*p));
	p->sink.open = publisher_open;
	p->sink.append = publisher_append;
	p->sink.close = publisher_close;
	p->sink.lane_new = publisher_lane_new;
	p->sink.lane_end = publisher_lane_end;
	p->out = xstrdup(out);
	p->staging = publish_temp_name(out, "new");
	publish_remove_stale(out);
	publish_signal = 0;
	publish_signals(1);
	/* The parent must exist; the staging folder must be new. */
	parent = xstrdup(p->staging);
	if ((slash = strrchr(parent, '/')) != NULL && slash != parent) {
		*slash = '\0';
		fs_mkdir_p(parent);
	}
	free(parent);
	if (fs_remove_tree(p->staging) == -1 ||
	    mkdir(p->staging, 0755) == -1) {
		fprintf(stderr, _("clspd: %s: cannot create folder: %s\n"),
		    p->staging, strerror(errno));
		publish_abort(p);
		return -1;
	}
	return 0;
}

/* Moves staging into place at out; returns 0 or -1 (printed). */
static int
publish_swap(const char *staging, const char *out)
{
	char	*old;
	int	 rc = -1;

	if (!fs_is_dir(out)) {
		if (rename(staging, out) == 0)
			return 0;
		fprintf(stderr, _("clspd: %s: cannot move the new output into "
		    "place: %s\n"), out, strerror(errno));
		return -1;
	}
	if (renameat2(AT_FDCWD, staging, AT_FDCWD, out, RENAME_EXCHANGE) == 0) {
		/* staging now holds the previous output. */
		if (fs_remove_tree(staging) == -1)
			fprintf(stderr, _("clspd: %s: cannot remove the "
			    "previous output: %s\n"), staging, strerror(errno));
		return 0;
	}
	old = publish_temp_name(out, "old");
	if (rename(out, old) == -1) {
		fprintf(stderr, _("clspd: %s: cannot move the previous output "
		    "aside: %s\n"), out, strerror(errno));
		goto out;
	}
	if (rename(staging, out) == -1) {
		fprintf(stderr, _("clspd: %s: cannot move the new output into "
		    "place: %s\n"), out, strerror(errno));
		if (rename(old, out) == -1)
			fprintf(stderr, _("clspd: the previous output is in %s; "
			    "cannot move it back: %s\n"), old, strerror(errno));
		goto out;
	}
	fs_remove_tree(old);
	rc = 0;
out:
	free(old);
	return rc;
}

int
publish_commit(struct publisher *p)
{
	int	 rc = -1;

	sigset_t	 all, old;

	if (p->sink.failed || sink_interrupted(&p->sink))
		goto out;
	if (fs_sync_tree(p->staging) == -1) {
		fprintf(stderr, _("clspd: %s: sync failed: %s\n"), p->staging,
		    strerror(errno));
		goto out;
	}
	/* No signal between the renames: both happen or neither. */
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	rc = publish_swap(p->staging, p->out);
	sigprocmask(SIG_SETMASK, &old, NULL);
out:
	publish_abort(p);
	return rc;
}

void
publish_abort(struct publisher *p)
{
	if (p->file != NULL)
		fclose(p->file);
	p->file = NULL;
	free(p->path);
	p->path = NULL;
	if (p->staging != NULL)
		fs_remove_tree(p->staging);
	free(p->staging);
	free(p->out);
	p->staging = p->out = NULL;
	publish_signals(0);
	if (publish_signal != 0)
		raise(publish_signal);	/* end as the signal meant */
}
