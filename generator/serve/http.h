/*
 * The HTTP side of clspd serve (libmicrohttpd, a thread per connection):
 * the built site and PDFs, read-only and safe by default (docs/dev/
 * serve.md), the reload events, and the error page while the content
 * has errors.
 */
#ifndef CLSPD_SERVE_HTTP_H
#define CLSPD_SERVE_HTTP_H

#include "state.h"

struct MHD_Daemon;

/*
 * Listens on addr (an IPv4 or IPv6 address) at port, or at the next
 * free one of tries, or at any free port when port is 0; sets
 * st->port. Returns the daemon, or NULL (printed).
 */
struct MHD_Daemon *http_start(struct serve_state *st, const char *addr,
	    unsigned port, unsigned tries);

/* Ends the events' streams and stops the daemon. */
void	 http_stop(struct MHD_Daemon *, struct serve_state *);

#endif
