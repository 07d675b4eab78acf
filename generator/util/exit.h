/*
 * The exit statuses of clspd, defined once (clspd(1), "EXIT STATUS"):
 * main returns them, build and init compute them, and the one
 * out-of-memory handler (util/alloc.c) exits with EXIT_IO.
 */
#ifndef CLSPD_EXIT_H
#define CLSPD_EXIT_H

enum exit_status {
	EXIT_OK = 0,		/* success, warnings allowed */
	EXIT_CONTENT = 1,	/* errors in the content */
	EXIT_USAGE = 2,		/* bad usage (options, arguments, init) */
	EXIT_IO = 3		/* input/output or internal failure */
};

#endif
