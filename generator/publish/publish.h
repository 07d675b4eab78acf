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
 * sink and the output set are in util/sink.{c,h}, below the renderers.
 */
#ifndef CLSPD_PUBLISH_H
#define CLSPD_PUBLISH_H

#include <sys/types.h>

#include <stddef.h>
#include <stdio.h>

#include "../util/buf.h"
#include "../util/sink.h"

/* The sink of a real build: a temporary folder swapped in at the end. */
struct publisher {
	struct sink	 sink;	/* first: a struct sink * is a publisher */
	char		*out;
	char		*staging;	/* ".<name>.new-<random>" beside out */
	int		 dir;		/* the staging folder, held open */
	dev_t		 dev;		/* and what it is, to check at the end */
	ino_t		 ino;
	char		*lock_path;	/* ".<name>.lock" beside out */
	int		 lock;		/* its descriptor, flock'ed; or -1 */
	FILE		*file;	/* the file being written */
	char		*path;	/* its path */
	int		 own_signals;	/* publish_begin caught the signals */
	int		 no_sync; /* a private folder (clspd serve): no fsync */
};

/*
 * Checks, before anything is built, that out may be replaced: it is not
 * the content folder, inside it or one of its parents, nor a mount
 * point, and it is either absent, empty, or an output of clspd (it holds
 * the marker file .clspd-output, or, written by a version before the
 * marker, only site/ with its index.html and pdf/).
 * Returns 0, or -1 with *why set to a message.
 */
int		 publish_check(const char *out, const char *content,
		    const char **why);

/*
 * Puts the PDFs of staging/pdf/ in staging/site/pdf/ too, as hard links
 * (mirror.c), adding them to *files. Returns 0 or -1 (printed).
 */
int		 publish_mirror_pdfs(const char *staging, size_t *files);

/*
 * From here to publish_signals_release, SIGINT, SIGTERM and SIGHUP are
 * handled by a thread of the publish stage: until OUT is replaced, one
 * ends the build at once ("interrupted; OUT is left as it was", the
 * temporary folder removed, the process ended by the signal); after,
 * the build is complete and goes on to its end. A build calls it first,
 * so that a signal while it reads says so too; publish_begin calls it
 * when it was not.
 */
void		 publish_signals_catch(const char *out);
void		 publish_signals_release(void);
/* For a caller that handles SIGINT, SIGTERM, SIGHUP itself (serve). */
void		 publish_signals_off(void);

/*
 * Puts back a previous output that a build killed between its two
 * renames left beside out (only when out is missing, and only when no
 * build holds the lock), so that a failed build leaves it in place too.
 */
void		 publish_tidy(const char *out);

/*
 * Takes the lock of out (another build of it fails at once), cleans
 * what a killed build left beside it, creates the temporary folder and
 * starts handling SIGINT, SIGTERM and SIGHUP. Returns 0 or -1 (printed).
 */
int		 publish_begin(struct publisher *, const char *out);
/*
 * Writes the marker, flushes, checks the temporary folder is still the
 * one this build filled, and swaps it into place. Returns 0 or -1
 * (printed, rolled back).
 */
int		 publish_commit(struct publisher *);
/*
 * Removes the temporary folder (or, after a commit, the previous
 * output), releases the lock and the signals. Safe after a commit, a
 * failed begin, or twice.
 */
void		 publish_abort(struct publisher *);

#endif
