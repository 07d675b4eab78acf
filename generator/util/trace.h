/*
 * Phase timings for developers (docs/dev/speed.md): when the environment
 * sets CLSPD_TRACE (to anything but "" or "0"), trace_mark prints on
 * stderr the wall and CPU time spent since the previous mark of the same
 * trace. Not a user-facing message: English only, never translated,
 * never part of an output, and off unless asked for.
 */
#ifndef CLSPD_TRACE_H
#define CLSPD_TRACE_H

#include <time.h>

struct trace {
	int		 on;
	const char	*name;	/* "build", "serve": prefixes each line */
	struct timespec	 wall;	/* at the previous mark */
	struct timespec	 cpu;	/* the process's, at the previous mark */
	double		 total;	/* wall ms since trace_start */
};

/* Starts a trace named name (a string literal), on when CLSPD_TRACE is. */
void	 trace_start(struct trace *, const char *name);

/* Prints "clspd trace: NAME PHASE: W ms wall, C ms cpu" when on. */
void	 trace_mark(struct trace *, const char *phase);

/* Whether CLSPD_TRACE is set. */
int	 trace_enabled(void);

#endif
