/*
 * Where renderers put their files: a sink. Renderers fill a buffer per
 * output file and hand it to a sink with sink_write (or in parts,
 * sink_open/sink_flush/sink_close, for large files); they never touch
 * the file system. Declared here, below the renderers, so that a stage
 * depends only on the stages below it: the sink of a real build is the
 * publisher (publish/publish.h), the sink of tests an output_set that
 * keeps the files in memory (its code is in sink.c, the publisher's in
 * publish/write.c).
 */
#ifndef CLSPD_SINK_H
#define CLSPD_SINK_H

#include <stddef.h>

#include "buf.h"

/*
 * Where renderers put their files. A file is opened, written in one or
 * more parts, and closed; sink_write does all three for a whole buffer.
 */
struct sink {
	/* Starts the file at path (relative, "/"-separated); 0 or -1. */
	int	(*open)(struct sink *, const char *path);
	/* Appends to the file being written; 0 or -1. */
	int	(*append)(struct sink *, const char *data, size_t len);
	/* Ends it; 0 or -1. */
	int	(*close)(struct sink *);
	/* A sink of the same output for another thread (sink_lane). */
	struct sink *(*lane_new)(struct sink *);
	/* Takes back a lane's files and frees it (sink_lane_end). */
	void	(*lane_end)(struct sink *, struct sink *lane);
	size_t	  files;	/* files written so far */
	int	  failed;	/* a write failed; later writes are skipped */
};

/*
 * Writes one file to the sink. Returns 0, or -1 once any write has
 * failed (the reason was printed by the sink).
 */
int		 sink_write(struct sink *, const char *path,
		    const struct buf *);

/*
 * The same in parts, for large files: sink_open, then sink_flush with
 * the buffer whenever it has grown (it is emptied), then sink_close with
 * the rest. Each returns 0, or -1 once any write has failed.
 */
int		 sink_open(struct sink *, const char *path);
int		 sink_flush(struct sink *, struct buf *);
int		 sink_close(struct sink *, struct buf *);

/*
 * Renderers that run in threads of their own each write to a lane: a
 * sink of the same output with its own open file. sink_lane_end, after
 * the thread is joined, adds the lane's files to the sink (an in-memory
 * set keeps them after its own, in order) and frees the lane; it returns
 * -1 when the lane failed, which fails the sink too.
 */
struct sink	*sink_lane(struct sink *);
int		 sink_lane_end(struct sink *, struct sink *lane);

/*
 * Once called with a signal's number, every later write to any sink
 * fails, silently: the publish stage's signal thread, which says why,
 * calls it when a signal ends the build; 0 lets writes go on again.
 */
void		 sink_interrupt(int signo);

/* An in-memory sink: every file kept, in the order written. */
struct output_file {
	char		*path;	/* owned */
	struct buf	 data;	/* owned */
};

struct output_set {
	struct sink	 sink;	/* first: a struct sink * is an output set */
	struct output_file *v;
	size_t		 n;
	size_t		 cap;
};

void		 output_set_init(struct output_set *);
/* The file at path, or NULL. */
const struct output_file *output_set_find(const struct output_set *,
		    const char *path);
void		 output_set_release(struct output_set *);

#endif
