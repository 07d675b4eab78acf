/*
 * clspd serve: a preview server (docs/dev/serve.md). It builds the site
 * into a private folder, serves it on the loopback address, watches the
 * content and the theme, rebuilds after a change and makes the open pages
 * reload themselves. The stage sits above build/: it drives build_run.
 */
#ifndef CLSPD_SERVE_H
#define CLSPD_SERVE_H

#define SERVE_PORT	8014	/* the default port (docs/dev/serve.md) */
#define SERVE_TRIES	10	/* ports tried from the first one */

struct serve_options {
	const char	*content;
	const char	*theme;
	const char	*bind;		/* an address; NULL for 127.0.0.1 */
	unsigned	 port;		/* 0: any free port */
	int		 open_browser;	/* --open: xdg-open the URL */
};

/*
 * Serves until SIGINT, SIGTERM or SIGHUP, then removes the private
 * folder. Returns an exit status: 0 after a signal, 2 for a bad theme, 3
 * when the content cannot be read at all or no port could be bound.
 */
int	 serve_run(const struct serve_options *);

#endif
