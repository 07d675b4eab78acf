/*
 * The request handler (http.h). Every request goes through the same
 * gate: GET or HEAD only (405), a Host that is localhost or an address
 * (421 otherwise: a page of another site cannot reach the server through
 * DNS rebinding), a path without control characters or "..", then a file
 * opened with openat2 beneath the served folder without following any
 * symbolic link. Every response says Cache-Control: no-store.
 */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/i18n.h"
#include "http.h"
#include "page.h"

#define MAX_HTML	(64u << 20)	/* a page read to inject the script */
#define PING_SECONDS	15		/* an event stream's keep-alive */

/* The content type of a file, by its extension. */
static const char *
content_type(const char *path)
{
	static const struct {
		const char	*ext;
		const char	*type;
	} types[] = {
		{ ".html", "text/html; charset=utf-8" },
		{ ".css", "text/css; charset=utf-8" },
		{ ".js", "text/javascript; charset=utf-8" },
		{ ".json", "application/json" },
		{ ".csv", "text/csv; charset=utf-8" },
		{ ".xml", "application/xml" },
		{ ".txt", "text/plain; charset=utf-8" },
		{ ".svg", "image/svg+xml" },
		{ ".png", "image/png" },
		{ ".jpg", "image/jpeg" },
		{ ".jpeg", "image/jpeg" },
		{ ".gif", "image/gif" },
		{ ".webp", "image/webp" },
		{ ".ico", "image/vnd.microsoft.icon" },
		{ ".woff", "font/woff" },
		{ ".woff2", "font/woff2" },
		{ ".ttf", "font/ttf" },
		{ ".otf", "font/otf" },
		{ ".pdf", "application/pdf" },
		{ ".xlsx", "application/vnd.openxmlformats-officedocument."
		    "spreadsheetml.sheet" },
	};
	const char	*dot = strrchr(path, '.');
	size_t		 i;

	if (dot != NULL && strchr(dot, '/') == NULL)
		for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
			if (strcasecmp(dot, types[i].ext) == 0)
				return types[i].type;
	return "application/octet-stream";
}

/* Queues resp with the headers every response carries; frees it. */
static enum MHD_Result
respond(struct MHD_Connection *c, unsigned status,
    struct MHD_Response *resp, const char *type)
{
	enum MHD_Result	 rc;

	if (resp == NULL)
		return MHD_NO;
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL,
	    "no-store");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW,
		    "GET, HEAD");
	rc = MHD_queue_response(c, status, resp);
	MHD_destroy_response(resp);
	return rc;
}

/* A short plain-text answer: an error status. */
static enum MHD_Result
respond_text(struct MHD_Connection *c, unsigned status, const char *text)
{
	return respond(c, status, MHD_create_response_from_buffer(
	    strlen(text), (void *)text, MHD_RESPMEM_PERSISTENT),
	    "text/plain; charset=utf-8");
}

static enum MHD_Result
respond_buf(struct MHD_Connection *c, unsigned status, struct buf *b,
    const char *type)
{
	size_t	 len = b->len;
	char	*data = buf_detach(b);

	if (data == NULL)
		data = xcalloc(1, 1);
	return respond(c, status, MHD_create_response_from_buffer(len, data,
	    MHD_RESPMEM_MUST_FREE), type);
}

/*
 * Whether the Host header names this server: "localhost" or an address
 * literal, with our port or none. A name that resolves here by DNS
 * rebinding is refused.
 */
static int
host_allowed(const char *host, unsigned port)
{
	char		 name[128], addr[16];
	const char	*colon;
	size_t		 n;

	if (host == NULL)
		return 0;
	if (host[0] == '[') {
		if ((colon = strchr(host, ']')) == NULL)
			return 0;
		n = (size_t)(colon - host - 1);
		if (n >= sizeof(name))
			return 0;
		memcpy(name, host + 1, n);
		name[n] = '\0';
		colon++;
		if (*colon != '\0' && *colon != ':')
			return 0;
		if (inet_pton(AF_INET6, name, addr) != 1)
			return 0;
	} else {
		colon = strchr(host, ':');
		n = colon != NULL ? (size_t)(colon - host) : strlen(host);
		if (n >= sizeof(name))
			return 0;
		memcpy(name, host, n);
		name[n] = '\0';
		if (strcasecmp(name, "localhost") != 0 &&
		    inet_pton(AF_INET, name, addr) != 1)
			return 0;
	}
	if (colon == NULL || *colon == '\0')
		return 1;
	return strtoul(colon + 1, NULL, 10) == port &&
	    strspn(colon + 1, "0123456789") == strlen(colon + 1);
}

/*
 * Whether the decoded path may be served: it starts with '/', holds no
 * control character (the unescape callback turns %00 into one) and no
 * ".." segment.
 */
static int
path_allowed(const char *url)
{
	const char	*s;

	if (url[0] != '/')
		return 0;
	for (s = url; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 0;
	for (s = url; s != NULL; s = strchr(s + 1, '/'))
		if (strncmp(s, "/..", 3) == 0 && (s[3] == '/' ||
		    s[3] == '\0'))
			return 0;
	return 1;
}

/*
 * Decodes %XX in place; a decoded control character (NUL above all) or a
 * broken escape becomes 0x01, which path_allowed refuses.
 */
static size_t
unescape(void *cls, struct MHD_Connection *c, char *s)
{
	char		*w = s;
	const char	*r = s;
	unsigned	 v;

	while (*r != '\0') {
		if (*r != '%') {
			*w++ = *r++;
			continue;
		}
		if (sscanf(r + 1, "%2x", &v) != 1 || strspn(r + 1,
		    "0123456789abcdefABCDEF") < 2) {
			*w++ = 0x01;
			r++;
			continue;
		}
		*w++ = v < 0x20 || v == 0x7f ? 0x01 : (char)v;
		r += 3;
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* Opens rel beneath the folder dirfd, following no symbolic link. */
static int
open_beneath(int dirfd, const char *rel)
{
	struct open_how	 how;

	memset(&how, 0, sizeof(how));
	how.flags = O_RDONLY | O_CLOEXEC;
	how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS |
	    RESOLVE_NO_MAGICLINKS;
	return (int)syscall(SYS_openat2, dirfd, rel, &how, sizeof(how));
}

/*
 * Opens the file the path names under root: a folder stands for its
 * index.html. Sets *rel_out to the path opened (owned). Returns the
 * descriptor, or -1 with errno. A rebuild that swaps the folder between
 * opening it and the file is retried.
 */
static int
open_served(const char *root, const char *path, char **rel_out)
{
	struct buf	 rel = BUF_INIT;
	struct stat	 st;
	int		 dirfd, fd = -1, tries;

	*rel_out = NULL;
	for (tries = 0; tries < 3; tries++) {
		buf_truncate(&rel, 0);
		buf_puts(&rel, path[0] != '\0' ? path : ".");
		if ((dirfd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC)) ==
		    -1)
			break;
		fd = open_beneath(dirfd, rel.data);
		if (fd != -1 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			close(fd);
			buf_puts(&rel, "/index.html");
			fd = open_beneath(dirfd, rel.data);
		}
		if (fd == -1 && errno == ENOENT && fstat(dirfd, &st) == 0 &&
		    st.st_nlink == 0) {
			close(dirfd);
			continue;
		}
		close(dirfd);
		break;
	}
	if (fd != -1 && (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode))) {
		close(fd);
		fd = -1;
		errno = ENOENT;
	}
	*rel_out = buf_detach(&rel);
	return fd;
}

/* The reload events: the generation now, then at each change. */
struct events {
	struct serve_state	*st;
	unsigned long		 sent;
	int			 started;
};

static ssize_t
events_read(void *cls, uint64_t pos, char *out, size_t max)
{
	struct events		*ev = cls;
	struct serve_state	*st = ev->st;
	struct timespec		 until;
	int			 n, rc = 0;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += PING_SECONDS;
	pthread_mutex_lock(&st->lock);
	while (!st->stopping && ev->started && st->generation == ev->sent &&
	    rc == 0)
		rc = pthread_cond_timedwait(&st->changed, &st->lock, &until);
	if (st->stopping)
		n = -1;
	else if (!ev->started || st->generation != ev->sent) {
		ev->sent = st->generation;
		ev->started = 1;
		n = snprintf(out, max, "data: %lu\n\n", ev->sent);
	} else
		n = snprintf(out, max, ": ping\n\n");
	pthread_mutex_unlock(&st->lock);
	if (n < 0 || (size_t)n >= max)
		return MHD_CONTENT_READER_END_OF_STREAM;
	return n;
}

static enum MHD_Result
serve_events(struct MHD_Connection *c, struct serve_state *st)
{
	struct events	*ev = xcalloc(1, sizeof(*ev));

	ev->st = st;
	return respond(c, MHD_HTTP_OK, MHD_create_response_from_callback(
	    MHD_SIZE_UNKNOWN, 256, events_read, ev, free),
	    "text/event-stream");
}

/* Reads the whole page from fd (closed) and injects the script. */
static enum MHD_Result
serve_html(struct MHD_Connection *c, struct serve_state *st, int fd)
{
	struct buf	 html = BUF_INIT, out = BUF_INIT;
	char		 chunk[65536];
	ssize_t		 n;

	while ((n = read(fd, chunk, sizeof(chunk))) > 0 &&
	    html.len < MAX_HTML)
		buf_put(&html, chunk, (size_t)n);
	close(fd);
	if (n < 0) {
		buf_release(&html);
		return respond_text(c, MHD_HTTP_INTERNAL_SERVER_ERROR,
		    "500 read error\n");
	}
	pthread_mutex_lock(&st->lock);
	page_inject(&out, html.data != NULL ? html.data : "", html.len,
	    st->inject != NULL ? st->inject : "");
	pthread_mutex_unlock(&st->lock);
	buf_release(&html);
	return respond_buf(c, MHD_HTTP_OK, &out, "text/html; charset=utf-8");
}

/* Whether the path asks for a page (rather than an asset). */
static int
is_page(const char *path)
{
	size_t	 n = strlen(path);

	return n == 0 || path[n - 1] == '/' || (n >= 5 &&
	    strcasecmp(path + n - 5, ".html") == 0) || strchr(strrchr(path,
	    '/') != NULL ? strrchr(path, '/') : path, '.') == NULL;
}

/* The error page, for every page while the content has errors. */
static enum MHD_Result
serve_error_page(struct MHD_Connection *c, struct serve_state *st,
    int *done)
{
	struct buf	 b = BUF_INIT;

	pthread_mutex_lock(&st->lock);
	if (st->error_page != NULL)
		buf_puts(&b, st->error_page);
	pthread_mutex_unlock(&st->lock);
	*done = b.len > 0;
	if (!*done)
		return MHD_NO;
	return respond_buf(c, MHD_HTTP_OK, &b, "text/html; charset=utf-8");
}

static enum MHD_Result
handle(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *upload,
    size_t *upload_size, void **con_cls)
{
	struct serve_state	*st = cls;
	const char		*root, *path;
	char			*rel;
	int			 fd, done;
	enum MHD_Result		 rc;

	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
		return respond_text(c, MHD_HTTP_METHOD_NOT_ALLOWED,
		    "405 only GET and HEAD\n");
	if (!host_allowed(MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_HOST), st->port))
		return respond_text(c, 421, "421 unknown host\n");
	if (!path_allowed(url))
		return respond_text(c, MHD_HTTP_FORBIDDEN, "403 forbidden\n");
	if (strcmp(url, PAGE_EVENTS) == 0)
		return serve_events(c, st);
	if (strncmp(url, "/pdf/", 5) == 0) {
		root = st->pdf_root;
		path = url + 5;
	} else {
		root = st->site_root;
		path = url + 1;
		if (is_page(path)) {
			rc = serve_error_page(c, st, &done);
			if (done)
				return rc;
		}
	}
	fd = open_served(root, path, &rel);
	if (fd == -1) {
		free(rel);
		return respond_text(c, MHD_HTTP_NOT_FOUND, "404 not found\n");
	}
	if (strcmp(content_type(rel), "text/html; charset=utf-8") == 0) {
		free(rel);
		return serve_html(c, st, fd);
	}
	rc = respond(c, MHD_HTTP_OK, MHD_create_response_from_fd(
	    (uint64_t)lseek(fd, 0, SEEK_END), fd), content_type(rel));
	free(rel);
	return rc;
}

/* Fills the socket address of addr and port; 0, or -1 (not one). */
static int
sock_addr(const char *addr, unsigned port, struct sockaddr_storage *ss,
    int *v6)
{
	struct sockaddr_in	*in4 = (struct sockaddr_in *)ss;
	struct sockaddr_in6	*in6 = (struct sockaddr_in6 *)ss;

	memset(ss, 0, sizeof(*ss));
	if (inet_pton(AF_INET, addr, &in4->sin_addr) == 1) {
		in4->sin_family = AF_INET;
		in4->sin_port = htons((uint16_t)port);
		*v6 = 0;
		return 0;
	}
	if (inet_pton(AF_INET6, addr, &in6->sin6_addr) == 1) {
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t)port);
		*v6 = 1;
		return 0;
	}
	return -1;
}

struct MHD_Daemon *
http_start(struct serve_state *st, const char *addr, unsigned port,
    unsigned tries)
{
	struct sockaddr_storage	 ss;
	struct MHD_Daemon	*d = NULL;
	const union MHD_DaemonInfo *info;
	unsigned		 i;
	int			 v6;

	for (i = 0; i < (port == 0 ? 1 : tries) && d == NULL; i++) {
		if (sock_addr(addr, port == 0 ? 0 : port + i, &ss, &v6) ==
		    -1)
			return NULL;
		d = MHD_start_daemon(MHD_USE_THREAD_PER_CONNECTION |
		    MHD_USE_INTERNAL_POLLING_THREAD | (v6 ? MHD_USE_IPv6 : 0),
		    (uint16_t)(port == 0 ? 0 : port + i), NULL, NULL, handle,
		    st, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
		    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
		    MHD_OPTION_CONNECTION_LIMIT, (unsigned)256,
		    MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
		    MHD_OPTION_END);
	}
	if (d == NULL) {
		fprintf(stderr, _("clspd: cannot listen on %s, port %u to %u: "
		    "all taken (choose another with --port)\n"), addr, port,
		    port + (port == 0 ? 0 : tries - 1));
		return NULL;
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	st->port = info != NULL ? info->port : port + i - 1;
	return d;
}

void
http_stop(struct MHD_Daemon *d, struct serve_state *st)
{
	pthread_mutex_lock(&st->lock);
	st->stopping = 1;
	pthread_cond_broadcast(&st->changed);
	pthread_mutex_unlock(&st->lock);
	MHD_stop_daemon(d);
}
