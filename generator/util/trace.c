/*
 * Phase timings (see trace.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace.h"

int
trace_enabled(void)
{
	const char	*s = getenv("CLSPD_TRACE");

	return s != NULL && *s != '\0' && strcmp(s, "0") != 0;
}

static double
ms_since(const struct timespec *then, const struct timespec *now)
{
	return (double)(now->tv_sec - then->tv_sec) * 1e3 +
	    (double)(now->tv_nsec - then->tv_nsec) / 1e6;
}

void
trace_start(struct trace *t, const char *name)
{
	memset(t, 0, sizeof(*t));
	t->name = name;
	if (!(t->on = trace_enabled()))
		return;
	clock_gettime(CLOCK_MONOTONIC, &t->wall);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t->cpu);
}

void
trace_mark(struct trace *t, const char *phase)
{
	struct timespec	 wall, cpu;
	double		 w;

	if (!t->on)
		return;
	clock_gettime(CLOCK_MONOTONIC, &wall);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
	w = ms_since(&t->wall, &wall);
	t->total += w;
	/* Developers' output: not translated (trace.h). */
	fprintf(stderr, "clspd trace: %s %-12s %8.1f ms wall %8.1f ms cpu "
	    "(%.1f ms)\n", t->name, phase, w, ms_since(&t->cpu, &cpu),
	    t->total);
	t->wall = wall;
	t->cpu = cpu;
}
