/*
 * clspd serve (serve.h): the thread that builds and watches. The site
 * (--only site,data) is built in this process into a private folder;
 * the PDFs are built after it by a child process (clspd build --only
 * pdf,charter) into a folder of their own, so that a site refresh never
 * waits for a PDF and a PDF link serves the last PDF that built. Signals
 * are blocked in every thread and read here from a signalfd.
 */
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../build/build.h"
#include "../render/html/markdown.h"
#include "../source/repo.h"
#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/exit.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "../util/trace.h"
#include "http.h"
#include "page.h"
#include "../publish/publish.h"
#include "serve.h"
#include "sync.h"

#define QUIET_MS	50	/* the debounce: no event for so long */
#define SAVED_MS	5	/* or so long after a save ended */
#define LATEST_MS	500	/* or so long after the first event */
#define PDF_AFTER_MS	300	/* the PDFs start so long after the site */

extern char **environ;

/* The watched folders: an inotify descriptor's path. */
struct watch {
	int	 wd;
	char	*path;
};

struct server {
	const struct serve_options *o;
	struct serve_state	 st;
	char			*tmp;		/* the private folder */
	char			*site_out;	/* tmp/site: --only site,data */
	char			*pdf_out;	/* tmp/pdf: --only pdf,charter */
	int			 ifd;		/* inotify */
	int			 sfd;		/* signalfd */
	struct watch		*w;
	size_t			 nw;
	struct site_sync	 sync;		/* the served folder */
	struct output_set	 set;		/* the site being built */
	struct build_report	 report;	/* its report */
	int			 published;	/* its site is served */
	struct trace		 tr;
	pid_t			 pdf_pid;	/* the PDF build, or 0 */
	int			 pdf_wanted;	/* a PDF build is due */
	long			 pdf_due;	/* when it starts */
};

static long
now_ms(void)
{
	struct timespec	 t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Whether a name is one an editor or a tool keeps aside (.git, .x.swp). */
static int
ignored_name(const char *name)
{
	return name[0] == '.';
}

/* Watches path and every folder under it. */
static void
watch_tree(struct server *s, const char *path)
{
	const uint32_t	 mask = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE |
	    IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB |
	    IN_DELETE_SELF | IN_ONLYDIR;
	DIR		*d;
	struct dirent	*e;
	char		*sub;
	int		 wd;

	if ((wd = inotify_add_watch(s->ifd, path, mask)) == -1)
		return;
	s->w = xreallocarray(s->w, s->nw + 1, sizeof(*s->w));
	s->w[s->nw].wd = wd;
	s->w[s->nw++].path = xstrdup(path);
	if ((d = opendir(path)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (ignored_name(e->d_name))
			continue;
		sub = fs_join(path, e->d_name);
		if (fs_is_dir(sub))
			watch_tree(s, sub);
		free(sub);
	}
	closedir(d);
}

static const char *
watch_path(const struct server *s, int wd)
{
	size_t	 i;

	for (i = s->nw; i > 0; i--)
		if (s->w[i - 1].wd == wd)
			return s->w[i - 1].path;
	return NULL;
}

/*
 * Reads the pending events: returns 0 when none changes the content or
 * the theme, 2 when the last one ends a save, else 1. A new folder
 * (created, or renamed in) is watched in turn.
 */
static int
watch_read(struct server *s)
{
	char			 ev[16384] __attribute__((aligned(8)));
	const struct inotify_event *e;
	const char		*dir;
	char			*sub;
	ssize_t			 n;
	size_t			 off;
	int			 changed = 0;

	while ((n = read(s->ifd, ev, sizeof(ev))) > 0)
		for (off = 0; off < (size_t)n; off += sizeof(*e) + e->len) {
			e = (const struct inotify_event *)(ev + off);
			if (e->mask & IN_Q_OVERFLOW) {
				changed = 1;
				continue;
			}
			if (e->len > 0 && ignored_name(e->name))
				continue;
			if (e->mask & IN_IGNORED)
				continue;
			/* A save ends with a close, a rename or a removal. */
			changed = e->mask & (IN_CLOSE_WRITE | IN_MOVED_TO |
			    IN_DELETE) ? 2 : 1;
			if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE |
			    IN_MOVED_TO)) && e->len > 0 &&
			    (dir = watch_path(s, e->wd)) != NULL) {
				sub = fs_join(dir, e->name);
				watch_tree(s, sub);
				free(sub);
			}
		}
	return changed;
}

/* Starts the PDFs' build, a child process; 0 or -1. */
static int
pdf_start(struct server *s)
{
	posix_spawnattr_t	 attr;
	posix_spawn_file_actions_t fa;
	sigset_t		 none;
	char			*log = fs_join(s->tmp, "pdf.log");
	/* posix_spawn takes char *const[]: the literals are copies. */
	char			 a0[] = "clspd", a1[] = "build", a3[] = "-o",
				 a5[] = "--only", a6[] = "pdf,charter",
				 a7[] = "--theme", a9[] = "-q";
	char *const		 argv[] = { a0, a1, (char *)s->o->content, a3,
	    s->pdf_out, a5, a6, a7, (char *)s->o->theme, a9, NULL };
	int			 rc;

	sigemptyset(&none);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 2, log,
	    O_WRONLY | O_CREAT | O_TRUNC, 0600);
	rc = posix_spawn(&s->pdf_pid, "/proc/self/exe", &fa, &attr, argv,
	    environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	free(log);
	if (rc != 0) {
		fprintf(stderr, _("clspd: cannot start the PDFs' build: %s\n"),
		    strerror(rc));
		s->pdf_pid = 0;
		s->pdf_wanted = 0;
		return -1;
	}
	/* Below the site's builds and the browser's requests. */
	setpriority(PRIO_PROCESS, (id_t)s->pdf_pid, 10);
	s->pdf_wanted = 0;
	return 0;
}

/* Reaps the PDFs' build when it ended; says when it failed. */
static void
pdf_reap(struct server *s)
{
	int	 status;

	if (s->pdf_pid == 0 || waitpid(s->pdf_pid, &status, WNOHANG) <= 0)
		return;
	s->pdf_pid = 0;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		fprintf(stderr, _("clspd: the PDFs are built\n"));
	else if (!WIFSIGNALED(status))
		fprintf(stderr, _("clspd: the PDFs did not build; the last "
		    "ones built are served (see %s/pdf.log)\n"), s->tmp);
}

/*
 * Stops the PDFs' build at once: SIGTERM would wait for the PDF under
 * way to reach its next write. What it leaves beside its folder goes at
 * its next build, or with the private folder.
 */
static void
pdf_stop(struct server *s)
{
	int	 status;

	if (s->pdf_pid == 0)
		return;
	kill(s->pdf_pid, SIGKILL);
	waitpid(s->pdf_pid, &status, 0);
	s->pdf_pid = 0;
}

/*
 * Swaps in the report of a site build: the error page when it failed,
 * the text injected into pages; the new generation makes the open pages
 * reload.
 */
static void
site_publish(struct server *s, const struct build_report *r, int rc)
{
	struct buf		 err = BUF_INIT, inj = BUF_INIT;
	unsigned long		 gen;

	pthread_mutex_lock(&s->st.lock);
	gen = s->st.generation + 1;
	pthread_mutex_unlock(&s->st.lock);
	if (rc != 0)
		page_error(&err, r, gen);
	page_inject_text(&inj, r, gen);
	pthread_mutex_lock(&s->st.lock);
	free(s->st.error_page);
	free(s->st.inject);
	s->st.error_page = rc != 0 ? buf_detach(&err) : NULL;
	s->st.inject = buf_detach(&inj);
	s->st.generation = gen;
	pthread_cond_broadcast(&s->st.changed);
	pthread_mutex_unlock(&s->st.lock);
}

/*
 * The site is rendered (build_options' site_done): its changed files go
 * into the served folder and the pages reload, before the open data is
 * made.
 */
static void
site_ready(void *ctx)
{
	struct server	*s = ctx;

	sync_apply(&s->sync, &s->set, 0);
	trace_mark(&s->tr, "site-sync");
	s->report.status = 0;
	site_publish(s, &s->report, 0);
	s->published = 1;
	if (s->tr.on)
		fprintf(stderr, "clspd trace: serve reload sent, %zu files "
		    "written, %zu removed\n", s->sync.written,
		    s->sync.removed);
}

/*
 * Builds the site (--only site,data semantics) into memory; site_ready
 * serves it as soon as it is rendered, then the data follows. A build
 * that failed serves the error page. Returns build_run's exit status.
 */
static int
site_build(struct server *s)
{
	struct build_options	 bo;
	int			 rc;

	memset(&bo, 0, sizeof(bo));
	memset(&s->report, 0, sizeof(s->report));
	output_set_init(&s->set);
	s->published = 0;
	trace_start(&s->tr, "serve");
	bo.content = s->o->content;
	bo.content_given = 1;
	bo.output = s->site_out;
	bo.theme = s->o->theme;
	bo.parts = BUILD_SITE | BUILD_DATA;
	bo.no_archives = 1;
	bo.report = &s->report;
	bo.sink = &s->set.sink;
	bo.site_done = site_ready;
	bo.ctx = s;
	rc = build_run(&bo);
	html_markdown_sweep();
	if (rc == 0 && sync_apply(&s->sync, &s->set, 1) == -1)
		rc = EXIT_IO;
	trace_mark(&s->tr, "data-sync");
	s->report.status = rc;
	if (!s->published || rc != 0)
		site_publish(s, &s->report, rc);
	output_set_release(&s->set);
	build_report_release(&s->report);
	return rc;
}

/*
 * A change: the site now, the PDFs a little after it (stopped if under
 * way), so that the reloading pages are served first.
 */
static void
rebuild(struct server *s)
{
	pdf_stop(s);
	if (site_build(s) == 0) {
		s->pdf_wanted = 1;
		s->pdf_due = now_ms() + PDF_AFTER_MS;
	}
}

/* --open: asks the desktop to open the URL; a failure is only said. */
static void
open_browser(const char *url)
{
	char		 cmd[] = "xdg-open";
	char *const	 argv[] = { cmd, (char *)url, NULL };
	pid_t		 pid;

	if (posix_spawnp(&pid, "xdg-open", NULL, NULL, argv, environ) != 0)
		fprintf(stderr, _("clspd: cannot open a browser: open %s "
		    "yourself\n"), url);
}

/*
 * Watches and rebuilds until a signal: a change starts the quiet time,
 * each further change restarts it, its end rebuilds; changes that never
 * stop (a program writing all the time) rebuild every LATEST_MS.
 */
static void
serve_loop(struct server *s)
{
	struct pollfd		 p[2];
	struct signalfd_siginfo	 si;
	long			 last = 0, first = 0;
	int			 pending = 0, timeout, quiet = QUIET_MS, ev;

	p[0].fd = s->ifd;
	p[0].events = POLLIN;
	p[1].fd = s->sfd;
	p[1].events = POLLIN;
	for (;;) {
		timeout = -1;
		if (pending)
			timeout = (int)((last + quiet < first + LATEST_MS ?
			    last + quiet : first + LATEST_MS) - now_ms());
		if (pending && timeout <= 0) {
			pending = 0;
			if (trace_enabled())
				fprintf(stderr, "clspd trace: serve rebuild "
				    "%ld ms after the first event\n",
				    now_ms() - first);
			rebuild(s);
			continue;
		}
		if (!pending && s->pdf_wanted && s->pdf_pid == 0) {
			timeout = (int)(s->pdf_due - now_ms());
			if (timeout <= 0) {
				pdf_start(s);
				continue;
			}
		}
		if (poll(p, 2, timeout) == -1 && errno != EINTR)
			break;
		if ((p[0].revents & POLLIN) && (ev = watch_read(s)) != 0) {
			/* After a save, a short quiet time is enough. */
			quiet = ev == 2 ? SAVED_MS : QUIET_MS;
			last = now_ms();
			if (!pending)
				first = last;
			pending = 1;
		}
		if (!(p[1].revents & POLLIN))
			continue;
		if (read(s->sfd, &si, sizeof(si)) != sizeof(si))
			continue;
		if (si.ssi_signo == SIGCHLD) {
			pdf_reap(s);
			continue;
		}
		break;
	}
}

/* Blocks the signals in every thread to come; returns a signalfd. */
static int
signals_block(sigset_t *old)
{
	sigset_t	 set;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGCHLD);
	signal(SIGPIPE, SIG_IGN);
	pthread_sigmask(SIG_BLOCK, &set, old);
	return signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
}

/*
 * Creates the private folder and its paths; 0 or -1 (printed). It goes
 * in $TMPDIR, else in /dev/shm when there is one (a build writes every
 * page again: memory is faster than a disk, twice as fast on a loaded
 * machine at 1,000 actions), else in /tmp.
 */
static int
private_folder(struct server *s)
{
	const char	*t = getenv("TMPDIR");
	char		*tmpl;

	if (t == NULL || *t == '\0')
		t = access("/dev/shm", W_OK | X_OK) == 0 &&
		    fs_is_dir("/dev/shm") ? "/dev/shm" : "/tmp";
	tmpl = fs_join(t, "clspd-serve-XXXXXX");
	if (mkdtemp(tmpl) == NULL) {
		fprintf(stderr, _("clspd: cannot create a private folder "
		    "%s: %s\n"), tmpl, strerror(errno));
		free(tmpl);
		return -1;
	}
	s->tmp = tmpl;
	s->site_out = fs_join(tmpl, "site");
	s->pdf_out = fs_join(tmpl, "pdf");
	s->st.site_root = fs_join(s->site_out, "site");
	sync_init(&s->sync, s->site_out);
	s->st.pdf_root = fs_join(s->pdf_out, "pdf");
	return 0;
}

static void
server_free(struct server *s)
{
	size_t	 i;

	if (s->tmp != NULL)
		fs_remove_tree(s->tmp);
	if (s->sync.root != NULL)
		sync_release(&s->sync);
	free(s->tmp);
	free(s->site_out);
	free(s->pdf_out);
	free((char *)s->st.site_root);
	free((char *)s->st.pdf_root);
	free(s->st.error_page);
	free(s->st.inject);
	for (i = 0; i < s->nw; i++)
		free(s->w[i].path);
	free(s->w);
	if (s->ifd != -1)
		close(s->ifd);
	if (s->sfd != -1)
		close(s->sfd);
	pthread_mutex_destroy(&s->st.lock);
	pthread_cond_destroy(&s->st.changed);
}

int
serve_run(const struct serve_options *o)
{
	struct server		 s;
	struct MHD_Daemon	*d = NULL;
	sigset_t		 old;
	const char		*addr = o->bind != NULL ? o->bind : "127.0.0.1";
	char			*url = NULL;
	int			 rc = EXIT_IO;

	memset(&s, 0, sizeof(s));
	s.o = o;
	s.ifd = s.sfd = -1;
	pthread_mutex_init(&s.st.lock, NULL);
	pthread_cond_init(&s.st.changed, NULL);
	/* Ctrl-C is ours: the builds run here must not end the process. */
	publish_signals_off();
	if ((s.sfd = signals_block(&old)) == -1 ||
	    (s.ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) == -1 ||
	    private_folder(&s) == -1)
		goto out;
	/* Most texts are the same from one build to the next. */
	html_markdown_memo(1);
	source_git_keep(1);
	watch_tree(&s, o->content);
	if (strcmp(o->theme, "default") != 0)
		watch_tree(&s, o->theme);
	/* Bad usage (a theme) or no content at all: nothing to serve. */
	if ((rc = site_build(&s)) == EXIT_USAGE || rc == EXIT_IO)
		goto out;
	rc = EXIT_IO;
	if ((d = http_start(&s.st, addr, o->port, SERVE_TRIES)) == NULL)
		goto out;
	url = xasprintf(strchr(addr, ':') != NULL ? "http://[%s]:%u/" :
	    "http://%s:%u/", addr, s.st.port);
	printf(_("clspd: serving %s on %s (Ctrl-C stops)\n"), o->content,
	    url);
	fflush(stdout);
	if (o->open_browser)
		open_browser(url);
	s.pdf_wanted = s.st.error_page == NULL;
	s.pdf_due = now_ms();
	serve_loop(&s);
	rc = EXIT_OK;
out:
	if (d != NULL)
		http_stop(d, &s.st);
	pdf_stop(&s);
	free(url);
	server_free(&s);
	html_markdown_memo(0);
	source_git_keep(0);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return rc;
}
