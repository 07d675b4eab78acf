/*
 * clspd serve over HTTP, through the binary (docs/dev/serve.md): each
 * test starts a server on a free port of 127.0.0.1 (--port 0) in its own
 * temporary folder, talks to it with raw requests (so that the Host, the
 * method and the path are exactly what a hostile client would send), and
 * stops it with SIGTERM. The server dies with the test's process
 * (PR_SET_PDEATHSIG) and each test has a timeout: nothing hangs or stays.
 */
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <fcntl.h>
#include <glob.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../generator/util/alloc.h"
#include "../../generator/util/buf.h"
#include "../../generator/util/fs.h"
#include "helpers.h"

TestSuite(serve, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp, .timeout = 120);

struct server {
	pid_t	 pid;
	unsigned port;
};

/* Starts clspd serve content --port 0 [extra]; waits for its URL. */
static struct server
server_start(const char *extra)
{
	struct server	 s = { 0, 0 };
	char		*out, *at;
	double		 until;
	int		 fd;

	fs_mkdir_p("tmpd");
	setenv("TMPDIR", "tmpd", 1);
	s.pid = fork();
	cr_assert(s.pid != -1);
	if (s.pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		fd = open("serve.out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		dup2(fd, 1);
		fd = open("serve.err", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		dup2(fd, 2);
		execl(test_clspd, "clspd", "serve", "content", "--port",
		    extra != NULL ? extra : "0", (char *)NULL);
		_exit(127);
	}
	for (until = test_now() + 60; test_now() < until; usleep(20000)) {
		if (!fs_is_file("serve.out"))
			continue;
		out = test_read("serve.out", NULL);
		at = strstr(out, "http://127.0.0.1:");
		if (at != NULL)
			s.port = (unsigned)strtoul(at + 17, NULL, 10);
		free(out);
		if (s.port != 0)
			return s;
	}
	kill(s.pid, SIGKILL);
	cr_assert_fail("the server printed no URL");
	return s;
}

/* Stops the server with sig; returns its exit status. */
static int
server_stop(struct server *s, int sig)
{
	double	 until = test_now() + 20;
	int	 status;

	kill(s->pid, sig);
	while (waitpid(s->pid, &status, WNOHANG) == 0) {
		if (test_now() > until) {
			kill(s->pid, SIGKILL);
			waitpid(s->pid, &status, 0);
			cr_assert_fail("the server did not stop within 20 s");
		}
		usleep(10000);
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 +
	    WTERMSIG(status);
}

static int
connect_to(unsigned port)
{
	struct sockaddr_in	 a;
	struct timeval		 tv = { 10, 0 };
	int			 fd = socket(AF_INET, SOCK_STREAM, 0);

	cr_assert(fd != -1);
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((uint16_t)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	cr_assert(connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0);
	return fd;
}

/* A response: the status, the head and the body, NUL-terminated. */
struct resp {
	int	 status;
	char	*head;
	char	*body;
};

/* Sends the raw request and reads the response until the server closes. */
static struct resp
raw(unsigned port, const char *request)
{
	struct resp	 r = { 0, NULL, NULL };
	struct buf	 b = BUF_INIT;
	char		 chunk[8192], *sep;
	ssize_t		 n;
	int		 fd = connect_to(port);

	cr_assert(write(fd, request, strlen(request)) ==
	    (ssize_t)strlen(request));
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		buf_put(&b, chunk, (size_t)n);
	close(fd);
	buf_putc(&b, '\0');
	b.len--;
	if (b.data != NULL && sscanf(b.data, "HTTP/1.%*d %d", &r.status) == 1 &&
	    (sep = strstr(b.data, "\r\n\r\n")) != NULL) {
		r.body = xstrdup(sep + 4);
		*sep = '\0';
		r.head = xstrdup(b.data);
	} else {
		r.head = xstrdup("");
		r.body = xstrdup("");
	}
	buf_release(&b);
	return r;
}

/* GET path with a good Host. */
static struct resp
get(unsigned port, const char *path)
{
	char	 req[1024];

	snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: 127.0.0.1:%u"
	    "\r\nConnection: close\r\n\r\n", path, port);
	return raw(port, req);
}

static void
resp_free(struct resp *r)
{
	free(r->head);
	free(r->body);
}

/* Waits until GET path's body holds (want=1) or lacks (0) text. */
static void
wait_for(unsigned port, const char *path, const char *text, int want)
{
	struct resp	 r;
	double		 until = test_now() + 30;
	int		 found;

	for (;;) {
		r = get(port, path);
		found = strstr(r.body, text) != NULL;
		resp_free(&r);
		if (found == want)
			return;
		cr_assert(test_now() < until, "%s %s '%s' after 30 s", path,
		    want ? "still lacks" : "still has", text);
		usleep(20000);
	}
}

/* The private folder's built site, found under tmpd/. */
static char *
private_site(void)
{
	glob_t	 g;
	char	*path;

	cr_assert(glob("tmpd/clspd-serve-*/site/site", 0, NULL, &g) == 0);
	cr_assert_eq(g.gl_pathc, 1);
	path = xstrdup(g.gl_pathv[0]);
	globfree(&g);
	return path;
}

Test(serve, serves_pages_with_the_script_injected)
{
	struct server	 s;
	struct resp	 r;
	char		*site, *path, *built;
	char		 req[256];

	test_content(NULL, 0);
	s = server_start(NULL);
	r = get(s.port, "/");
	cr_assert_eq(r.status, 200, "%s", r.head);
	cr_assert(strstr(r.head, "Content-Type: text/html; charset=utf-8") !=
	    NULL, "%s", r.head);
	cr_assert(strstr(r.head, "Cache-Control: no-store") != NULL);
	cr_assert(strstr(r.body, "new EventSource(\"/__clspd/events\")") !=
	    NULL);
	/* Before </body>, once. */
	cr_assert(strstr(strstr(r.body, "EventSource"), "</body>") != NULL);
	cr_assert(strstr(strstr(r.body, "EventSource") + 1, "EventSource") ==
	    NULL);
	resp_free(&r);
	/* Never in a built file. */
	site = private_site();
	path = fs_join(site, "index.html");
	built = test_read(path, NULL);
	cr_assert(strstr(built, "EventSource") == NULL);
	cr_assert(strstr(built, "</body>") != NULL);
	free(built);
	free(path);
	free(site);
	/* Not in other files; their own types. */
	r = get(s.port, "/assets/css/site.css");
	cr_assert_eq(r.status, 200);
	cr_assert(strstr(r.head, "Content-Type: text/css; charset=utf-8") !=
	    NULL, "%s", r.head);
	cr_assert(strstr(r.head, "Cache-Control: no-store") != NULL);
	cr_assert(strstr(r.body, "EventSource") == NULL);
	resp_free(&r);
	r = get(s.port, "/data/metrics.json");
	cr_assert_eq(r.status, 200);
	cr_assert(strstr(r.head, "Content-Type: application/json") != NULL);
	resp_free(&r);
	r = get(s.port, "/no-such-page.html");
	cr_assert_eq(r.status, 404);
	resp_free(&r);
	snprintf(req, sizeof(req), "HEAD / HTTP/1.1\r\nHost: localhost:%u\r\n"
	    "Connection: close\r\n\r\n", s.port);
	r = raw(s.port, req);
	cr_assert_eq(r.status, 200);
	cr_assert_str_eq(r.body, "");
	resp_free(&r);
	/* The PDFs follow, from their own build. */
	wait_for(s.port, "/pdf/rapport-2025.pdf", "%PDF-", 1);
	r = get(s.port, "/pdf/rapport-2025.pdf");
	cr_assert(strstr(r.head, "Content-Type: application/pdf") != NULL);
	resp_free(&r);
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
}

Test(serve, refuses_paths_outside_the_site)
{
	static const char *const bad[] = {
		"/../../../../etc/passwd",
		"/..",
		"/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
		"/%2E%2E/%2E%2E/etc/passwd",
		"/assets/..%2f..%2f..%2fetc/passwd",
		"/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
		"/index.html%00.css",
		"/%00",
		"/a%0d%0aSet-Cookie:%20x=1",
		"/%zz",
		"/secret.html",
		"/root/etc/passwd",
		"/assets/",
		"/assets",
	};
	struct server	 s;
	struct resp	 r;
	char		*site, *link;
	size_t		 i;

	test_content(NULL, 0);
	s = server_start(NULL);
	/* Symbolic links placed in the served folder are not followed. */
	site = private_site();
	link = fs_join(site, "secret.html");
	cr_assert(symlink("/etc/passwd", link) == 0);
	free(link);
	link = fs_join(site, "root");
	cr_assert(symlink("/", link) == 0);
	free(link);
	free(site);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		r = get(s.port, bad[i]);
		cr_assert(r.status == 403 || r.status == 404 || r.status ==
		    400, "%s: %d", bad[i], r.status);
		cr_assert(strstr(r.body, "root:") == NULL, "%s", bad[i]);
		cr_assert(strstr(r.head, "Set-Cookie") == NULL, "%s", bad[i]);
		cr_assert(strstr(r.body, "<a href") == NULL, "%s: a listing",
		    bad[i]);
		resp_free(&r);
	}
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
}

/* hosts[i] with its "%u", if any, replaced by the port. */
static void
host_fill(char *out, size_t size, const char *pattern, unsigned port)
{
	const char	*at = strstr(pattern, "%u");

	if (at == NULL)
		snprintf(out, size, "%s", pattern);
	else
		snprintf(out, size, "%.*s%u%s", (int)(at - pattern), pattern,
		    port, at + 2);
}

Test(serve, refuses_other_hosts_and_methods)
{
	static const char *const hosts[] = {
		"evil.example", "evil.example:%u", "localhost.evil.example:%u",
		"127.0.0.1:1", "127.0.0.1:%u0", "[::1", "",
	};
	static const char *const methods[] = {
		"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE",
	};
	struct server	 s;
	struct resp	 r;
	char		 host[128], req[512];
	size_t		 i;

	test_content(NULL, 0);
	s = server_start(NULL);
	for (i = 0; i < sizeof(hosts) / sizeof(hosts[0]); i++) {
		host_fill(host, sizeof(host), hosts[i], s.port);
		snprintf(req, sizeof(req), "GET / HTTP/1.1\r\nHost: %s\r\n"
		    "Connection: close\r\n\r\n", host);
		r = raw(s.port, req);
		cr_assert(r.status == 421 || r.status == 400, "Host %s: %d",
		    host, r.status);
		cr_assert(strstr(r.body, "<html") == NULL);
		resp_free(&r);
	}
	/* HTTP/1.0 without a Host. */
	r = raw(s.port, "GET / HTTP/1.0\r\n\r\n");
	cr_assert(r.status == 421 || r.status == 400, "%d", r.status);
	resp_free(&r);
	snprintf(req, sizeof(req), "GET / HTTP/1.1\r\nHost: localhost:%u\r\n"
	    "Connection: close\r\n\r\n", s.port);
	r = raw(s.port, req);
	cr_assert_eq(r.status, 200);
	resp_free(&r);
	for (i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
		snprintf(req, sizeof(req), "%s / HTTP/1.1\r\nHost: "
		    "127.0.0.1:%u\r\nContent-Length: 0\r\nConnection: "
		    "close\r\n\r\n", methods[i], s.port);
		r = raw(s.port, req);
		cr_assert_eq(r.status, 405, "%s: %d", methods[i], r.status);
		cr_assert(strstr(r.head, "Allow: GET, HEAD") != NULL);
		resp_free(&r);
	}
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
}

/* Replaces the first "from" in content/clspd.yaml by "to". */
static void
edit_council(const char *from, const char *to)
{
	struct buf	 b = BUF_INIT;
	char		*text = test_read("content/clspd.yaml", NULL);
	char		*at = strstr(text, from);

	cr_assert(at != NULL, "%s", from);
	buf_put(&b, text, (size_t)(at - text));
	buf_puts(&b, to);
	buf_puts(&b, at + strlen(from));
	test_write_file("content/clspd.yaml.tmp", b.data, b.len);
	/* Saved as editors do: a new file renamed over the old one. */
	cr_assert(rename("content/clspd.yaml.tmp", "content/clspd.yaml") == 0);
	buf_release(&b);
	free(text);
}

/* The line of content/clspd.yaml that holds text, from 1. */
static int
council_line(const char *text)
{
	char	*all = test_read("content/clspd.yaml", NULL);
	char	*at = strstr(all, text), *s;
	int	 line = 1;

	cr_assert(at != NULL);
	for (s = all; s < at; s++)
		line += *s == '\n';
	free(all);
	return line;
}

Test(serve, error_page_while_the_content_has_errors)
{
	struct server	 s;
	struct resp	 r;
	char		 want[256];
	int		 line;

	test_content(NULL, 0);
	s = server_start(NULL);
	wait_for(s.port, "/", "Testville", 1);
	edit_council("year: 2025", "year: \"deux\" # <b>");
	line = council_line("year: \"deux\"");
	wait_for(s.port, "/", "Le contenu a des erreurs", 1);
	r = get(s.port, "/partners.html");
	cr_assert_eq(r.status, 200);
	cr_assert(strstr(r.body, "<html lang=\"fr\">") != NULL);
	snprintf(want, sizeof(want), "<code>content/clspd.yaml:%d:7</code>: "
	    "<strong>erreur</strong>: expected a number, found a quoted "
	    "string (remove the quotes)</p>", line);
	cr_assert(strstr(r.body, want) != NULL, "%s", r.body);
	/* The line, escaped, with the place marked. */
	cr_assert(strstr(r.body, "year: <mark>\"</mark>deux\" # &lt;b&gt;") !=
	    NULL, "%s", r.body);
	cr_assert(strstr(r.body, "<b>") == NULL);
	cr_assert(strstr(r.body, "new EventSource") != NULL);
	resp_free(&r);
	/* Assets are still served. */
	r = get(s.port, "/assets/css/site.css");
	cr_assert_eq(r.status, 200);
	resp_free(&r);
	/* In the terminal too. */
	wait_for(s.port, "/", "Le contenu a des erreurs", 1);
	{
		char	*err = test_read("serve.err", NULL);

		snprintf(want, sizeof(want), "content/clspd.yaml:%d:7: error: "
		    "expected a number", line);
		cr_assert(strstr(err, want) != NULL, "%s", err);
		free(err);
	}
	edit_council("year: \"deux\" # <b>", "year: 2025");
	wait_for(s.port, "/", "Le contenu a des erreurs", 0);
	wait_for(s.port, "/", "Testville", 1);
	/* In English when the content is. */
	edit_council("year: 2025", "year: 2025\nlocale: en\nyearr: 1");
	wait_for(s.port, "/", "The content has errors", 1);
	r = get(s.port, "/");
	cr_assert(strstr(r.body, "<html lang=\"en\">") != NULL);
	cr_assert(strstr(r.body, "<strong>error</strong>") != NULL);
	resp_free(&r);
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
}

/* Reads the events stream until a "data:" line; returns its number. */
static long
next_event(int fd, struct buf *b)
{
	char	 chunk[512], *at;
	ssize_t	 n;
	long	 v;

	for (;;) {
		if ((at = strstr(b->data != NULL ? b->data : "", "data: ")) !=
		    NULL && strstr(at, "\n\n") != NULL) {
			v = strtol(at + 6, NULL, 10);
			memmove(b->data, strstr(at, "\n\n") + 2,
			    strlen(strstr(at, "\n\n") + 2) + 1);
			b->len = strlen(b->data);
			return v;
		}
		n = read(fd, chunk, sizeof(chunk));
		cr_assert(n > 0, "the events stream ended");
		buf_put(b, chunk, (size_t)n);
	}
}

Test(serve, events_tell_each_rebuild)
{
	static const char page[] = "---\ntitle: Nouvelle\n---\n\nUne page.\n";
	struct server	 s;
	struct buf	 b = BUF_INIT;
	char		 req[256];
	long		 first, second, third;
	int		 fd;

	test_content(NULL, 0);
	s = server_start(NULL);
	fd = connect_to(s.port);
	snprintf(req, sizeof(req), "GET /__clspd/events HTTP/1.1\r\nHost: "
	    "127.0.0.1:%u\r\n\r\n", s.port);
	cr_assert(write(fd, req, strlen(req)) > 0);
	first = next_event(fd, &b);
	cr_assert_geq(first, 1);
	/* A new folder: a rebuild, and the folder is watched in turn. */
	fs_mkdir_p("content/nouveau");
	second = next_event(fd, &b);
	cr_assert_gt(second, first);
	test_write_file("content/nouveau/page.md", page, strlen(page));
	third = next_event(fd, &b);
	cr_assert_gt(third, second);
	close(fd);
	buf_release(&b);
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
}

/*
 * Waits until the served folder holds exactly what a full build of the
 * same content makes (clspd build --only site,data): the site comes
 * first, the open data just after it, so this may take a moment.
 */
static void
served_equals_full_build(const char *what)
{
	const char	*argv[] = { "build", "content", "-o", "full", "-q",
			    "--only", "site,data", NULL };
	struct run	 r = test_run(60, argv);
	char		*site = private_site();
	double		 until = test_now() + 30;

	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	while (!test_same_tree(site, "full/site")) {
		cr_assert(test_now() < until, "after %s, the served folder is "
		    "not what a full build makes (30 s)", what);
		usleep(20000);
	}
	free(site);
}

/*
 * The served folder is kept in step file by file, and the HTML of
 * Markdown is kept between rebuilds: after each edit, what it holds is
 * byte for byte a full build of the same content, files removed too.
 */
Test(serve, rebuilds_equal_full_builds)
{
	static const char page[] = "---\ntitle: Nouvelle\n---\n\nUne "
	    "*nouvelle* page.\n";
	struct server	 s;
	char		*sample = test_repo_path("content"), *cmd, *intro;
	size_t		 len;

	cmd = xasprintf("cp -R '%s' content", sample);
	free(test_sh(cmd, NULL));
	free(cmd);
	free(sample);
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	s = server_start(NULL);
	served_equals_full_build("the first build");
	/* Every page changes. */
	edit_council("CLSPD de Villeneuve", "CLSPD de Rebuild");
	wait_for(s.port, "/", "CLSPD de Rebuild", 1);
	served_equals_full_build("an edit of clspd.yaml");
	/* A page goes; a narrative changes. */
	intro = test_read("content/pages/introduction.md", &len);
	cr_assert(unlink("content/pages/introduction.md") == 0);
	wait_for(s.port, "/", "pages/introduction.html", 0);
	served_equals_full_build("a page removed");
	/* The page comes back changed, another one comes. */
	intro[len - 2] = '!';
	test_write_file("content/pages/introduction.md", intro, len);
	test_write_file("content/pages/nouvelle.md", page, strlen(page));
	wait_for(s.port, "/pages/nouvelle.html", "nouvelle", 1);
	wait_for(s.port, "/", "pages/introduction.html", 1);
	served_equals_full_build("pages added");
	free(intro);
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
}

/*
 * Touches content/clspd.yaml until *stop: rebuild after rebuild. Each
 * write is a new file renamed over the old one, as editors save, so
 * that a rebuild never reads a file half written (which would be a
 * content error, not what this test is about).
 */
static void *
toucher(void *arg)
{
	volatile int	*stop = arg;
	char		*text = test_read("content/clspd.yaml", NULL);

	while (!*stop) {
		test_write_file("content/.clspd.yaml.new", text, strlen(text));
		if (rename("content/.clspd.yaml.new", "content/clspd.yaml") != 0)
			break;
		usleep(30000);
	}
	free(text);
	return NULL;
}

Test(serve, thousands_of_requests_while_rebuilding)
{
	static const char *const paths[] = {
		"/", "/partners.html", "/assets/css/site.css",
		"/data/metrics.json",
	};
	struct server	 s;
	struct resp	 r;
	pthread_t	 t;
	volatile int	 stop = 0;
	int		 i, bad = 0;
	char		*err;

	test_content(NULL, 0);
	s = server_start(NULL);
	cr_assert(pthread_create(&t, NULL, toucher, (void *)&stop) == 0);
	for (i = 0; i < 2000; i++) {
		r = get(s.port, paths[i % 4]);
		if (r.status != 200)
			bad++;
		resp_free(&r);
	}
	stop = 1;
	pthread_join(t, NULL);
	cr_assert_eq(bad, 0, "%d of 2000 requests failed", bad);
	err = test_read("serve.err", NULL);
	/* It did rebuild meanwhile. */
	cr_assert(strstr(strstr(err, "clspd: built") + 1, "clspd: built") !=
	    NULL, "%s", err);
	free(err);
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
}

Test(serve, clients_that_vanish_do_not_block_rebuilds)
{
	struct server	 s;
	struct resp	 r;
	struct linger	 l = { 1, 0 };
	char		 req[256], chunk[100];
	int		 fd, i, slow[8];

	test_content(NULL, 0);
	s = server_start(NULL);
	wait_for(s.port, "/pdf/rapport-2025.pdf", "%PDF-", 1);
	/* Cut mid-response: reset after the first bytes of a PDF. */
	for (i = 0; i < 20; i++) {
		fd = connect_to(s.port);
		snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: "
		    "127.0.0.1:%u\r\n\r\n", i % 2 ? "/pdf/rapport-2025.pdf" :
		    "/__clspd/events", s.port);
		cr_assert(write(fd, req, strlen(req)) > 0);
		cr_assert(read(fd, chunk, sizeof(chunk)) > 0);
		setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
		close(fd);
	}
	/* Slow clients: connected, half a request, never more. */
	for (i = 0; i < 8; i++) {
		slow[i] = connect_to(s.port);
		cr_assert(write(slow[i], "GET / HTTP/1.1\r\nHo", 18) == 18);
	}
	/* A rebuild still happens and is served. */
	edit_council("Testville", "Autreville");
	wait_for(s.port, "/", "Autreville", 1);
	r = get(s.port, "/");
	cr_assert_eq(r.status, 200);
	resp_free(&r);
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
	for (i = 0; i < 8; i++)
		close(slow[i]);
}

Test(serve, ctrl_c_stops_and_leaves_nothing)
{
	struct server	 s;
	glob_t		 g;

	test_content(NULL, 0);
	s = server_start(NULL);
	cr_assert(glob("tmpd/clspd-serve-*", 0, NULL, &g) == 0);
	globfree(&g);
	cr_assert_eq(server_stop(&s, SIGINT), 0);
	cr_assert_eq(glob("tmpd/*", 0, NULL, &g), GLOB_NOMATCH);
}

Test(serve, next_port_when_taken)
{
	struct sockaddr_in	 a;
	socklen_t		 len = sizeof(a);
	struct server		 s;
	char			 port[16];
	int			 fd = socket(AF_INET, SOCK_STREAM, 0);

	test_content(NULL, 0);
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	cr_assert(bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0);
	cr_assert(listen(fd, 1) == 0);
	getsockname(fd, (struct sockaddr *)&a, &len);
	snprintf(port, sizeof(port), "%u", ntohs(a.sin_port));
	s = server_start(port);
	cr_assert_neq(s.port, ntohs(a.sin_port));
	cr_assert(s.port > ntohs(a.sin_port) && s.port < ntohs(a.sin_port) +
	    10u, "%u", s.port);
	cr_assert_eq(server_stop(&s, SIGTERM), 0);
	close(fd);
}

Test(serve, bad_usage)
{
	struct run	 r;

	test_content(NULL, 0);
	r = test_run(30, (const char *const[]){ "serve", "content", "--port",
	    "http", NULL });
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "clspd: --port 'http': a port is a number "
	    "from 0 to 65535\n") == r.err, "%s", r.err);
	run_free(&r);
	r = test_run(30, (const char *const[]){ "serve", "content", "--bind",
	    "example.org", NULL });
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "clspd: --bind 'example.org': write an IP "
	    "address, such as 127.0.0.1 or 0.0.0.0\n") == r.err, "%s", r.err);
	run_free(&r);
	r = test_run(30, (const char *const[]){ "serve", "nowhere", "--port",
	    "0", NULL });
	cr_assert_eq(r.status, 3);
	run_free(&r);
	r = test_run(30, (const char *const[]){ "serve", "content", "-o",
	    "out", NULL });
	cr_assert_eq(r.status, 2);
	run_free(&r);
}
