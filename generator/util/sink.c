/*
 * The sink renderers write to, and the in-memory output set (sink.h).
 * The publisher, the sink of a real build, is in publish/ (write.c).
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "sink.h"

/*
 * The signal that interrupted the build, 0 if none: set by the publish
 * stage's signal thread (sink_interrupt), read by every sink (a write
 * after it fails, silently).
 */
static volatile sig_atomic_t sink_signal;

void
sink_interrupt(int signo)
{
	sink_signal = signo;
}

/* Fails the sink once a signal came; the signal thread said so. */
static int
sink_interrupted(struct sink *s)
{
	if (sink_signal == 0)
		return 0;
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
