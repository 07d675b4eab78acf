/*
 * The test runner's main: Criterion's own, but for its ending.
 *
 * Every test runs in a worker process of its own, which Criterion starts
 * and which ends inside Criterion, never back here: the leak check of
 * AddressSanitizer (make sanitize) runs there, on our code and the
 * tests'. This process only schedules the workers and prints their
 * results; Criterion 2.4 leaves a few of its own 48-byte blocks
 * allocated in it (one per some worker events, two or three a run),
 * which LeakSanitizer would report at exit and fail the run on code
 * that is not ours. A suppression cannot name them (Criterion is built
 * without symbols, and every worker's stack also runs through it, so a
 * suppression by library would hide our leaks too). So this process
 * ends with _exit, after flushing what it printed, and the leak check
 * runs where the tests run.
 */
#include <stdio.h>
#include <unistd.h>

#include <criterion/criterion.h>

int
main(int argc, char *argv[])
{
	struct criterion_test_set	*tests;
	int				 rc = 0, args;

	tests = criterion_initialize();
	/* 0: said all (--help, --list); below 0: a bad option. */
	if ((args = criterion_handle_args(argc, argv, true)) < 0)
		rc = 1;
	else if (args > 0)
		rc = !criterion_run_all_tests(tests);
	criterion_finalize(tests);
	fflush(NULL);
	_exit(rc);
}
