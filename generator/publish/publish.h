/*
 * The publish stage: the only code that writes an output folder.
 *
 * Renderers fill a buffer per output file and hand it to a sink with
 * sink_write (or in parts, sink_open/sink_flush/sink_close, for large
 * files). The publisher is the sink of a real build: it writes each file
 * as it comes into a temporary folder beside OUT (so that memory holds
 * one file at a time, not the whole site), and on publish_commit flushes
 * the folder to disk and swaps it into place. publish_abort, any failure,
 * or SIGINT, SIGTERM or SIGHUP during the build removes the temporary
 * folder and leaves OUT exactly as it was; what an interrupted build
 * could not remove (a kill -9) goes at the next build of OUT.
 * Tests use an output_set, a sink that keeps the files in memory. The
 * sink and the output set are declared in util/sink.h, below the
 * renderers; their code is in publish.c.
 */
#ifndef CLSPD_PUBLISH_H
#define CLSPD_PUBLISH_H

#include <stddef.h>
#include <stdio.h>

#include "../util/buf.h"
#include "../util/sink.h"

/* The sink of a real build: a temporary folder swapped in at the end. */
struct publisher {
	struct sink	 sink;	/* first: a struct sink * is a publisher */
	char		*out;
	char		*staging;
	FILE		*file;	/* the file being written */
	char		*path;	/* its path */
};

/*
 * Checks, before anything is built, that out may be replaced: it is not
 * the content folder, inside it or one of its parents, and it is either
 * absent, empty, or a previous output of clspd (it holds site/ or pdf/).
 * Returns 0, or -1 with *why set to a message.
 */
int		 publish_check(const char *out, const char *content,
		    const char **why);

/* Creates the temporary folder beside out. Returns 0 or -1 (printed). */
int		 publish_begin(struct publisher *, const char *out);
/* Flushes and swaps into place. Returns 0 or -1 (printed, rolled back). */
int		 publish_commit(struct publisher *);
/* Removes the temporary folder. Safe after a commit or a failed begin. */
void		 publish_abort(struct publisher *);

#endif
