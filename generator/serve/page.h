/*
 * The pages the server makes itself: the script that reloads a page when
 * the site is rebuilt, the warnings' banner, and the error page that
 * stands for every page while the content has errors. Pure functions of
 * a build's report, in the content's language (clspd.yaml's locale).
 */
#ifndef CLSPD_SERVE_PAGE_H
#define CLSPD_SERVE_PAGE_H

#include <stddef.h>

#include "../build/build.h"
#include "../util/buf.h"

/* The URL of the server-sent events, served by http.c. */
#define PAGE_EVENTS	"/__clspd/events"

/*
 * What goes before </body> of every served page of generation gen: the
 * listening script, and the banner when the report has warnings.
 */
void	 page_inject_text(struct buf *, const struct build_report *,
	    unsigned long gen);

/* The error page for a report with errors (or a failed build). */
void	 page_error(struct buf *, const struct build_report *,
	    unsigned long gen);

/*
 * Copies the HTML page html into out with inject before its last
 * </body> (at its end when it has none).
 */
void	 page_inject(struct buf *out, const char *html, size_t len,
	    const char *inject);

#endif
