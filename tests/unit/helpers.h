/*
 * Helpers shared by the unit and regress tests: content folders written
 * from strings into a fresh temporary folder, the pipeline run on them,
 * and the clspd binary run as a user would.
 */
#ifndef CLSPD_TEST_HELPERS_H
#define CLSPD_TEST_HELPERS_H

#include <stddef.h>

#include "../../generator/load/load.h"
#include "../../generator/metrics/metrics.h"
#include "../../generator/util/buf.h"
#include "../../generator/util/diag.h"

/* A file of a test content folder: a path below the folder and its text. */
struct tfile {
	const char	*path;
	const char	*text;
};

/*
 * Moves the test process into a new empty temporary folder (each
 * Criterion test runs in its own process) and returns its path. The
 * folder is removed by test_leave_tmp.
 */
const char	*test_enter_tmp(void);
void		 test_leave_tmp(void);

/* Writes files below dir (created as needed); fails the test on error. */
void		 test_write_files(const char *dir, const struct tfile *files,
		    size_t n);
void		 test_write_file(const char *path, const char *data,
		    size_t len);

/*
 * A minimal valid content folder ("content/"): the council with one
 * thematic "t", partners "p" and "q", action "a" with indicator "i".
 * Files given in extra replace files of the same path or add to them;
 * a NULL text removes a file.
 */
void		 test_content(const struct tfile *extra, size_t n);

/*
 * Loads and checks "content" and returns every diagnostic as the text
 * clspd prints ("path:line:col: level: message\n" each, sorted). The
 * caller frees it. With mp set, the model is returned too.
 */
char		*test_diagnostics(struct model **mp);

/*
 * Runs `clspd check content` as a user would, in the language of the
 * environment, and returns its standard error without the summary line
 * (caller frees); its exit status in *status.
 */
char		*test_check_err(int *status);

/* Loads, checks and computes; fails the test if there is any error. */
struct model	*test_model(struct figures **fp);

/* Result of running the clspd binary. */
struct run {
	int	 status;	/* exit status, or 128 + signal */
	char	*out;		/* standard output */
	char	*err;		/* standard error */
	double	 seconds;	/* wall time */
	long	 maxrss_kib;	/* peak resident memory */
};

/*
 * Runs $CLSPD (the binary under test) with the arguments (NULL-ended),
 * with a hang guard of timeout seconds. The caller frees with run_free.
 */
struct run	 test_run(int timeout, const char *const argv[]);
void		 run_free(struct run *);

/* The binary under test, an absolute path, set by test_enter_tmp. */
extern char	 test_clspd[];
extern char	**environ;

/* A monotonic clock, in seconds. */
double		 test_now(void);

/*
 * Builds content (NULL: the repository's sample) into out with
 * SOURCE_DATE_EPOCH set, and an extra option (or NULL); fails the test
 * unless the build succeeds.
 */
void		 test_build(const char *content, const char *out,
		    const char *option);

/*
 * Runs a shell command and returns its standard output (caller frees);
 * its exit status in *status, or a failed test when status is NULL and
 * the command failed.
 */
char		*test_sh(const char *cmd, int *status);

/*
 * The environment of the tests' git commands: no configuration of the
 * user or the machine, fixed names, so that commits and their ids are
 * the same on every machine.
 */
#define TEST_GIT_ENV "export HOME=\"$PWD\" GIT_CONFIG_NOSYSTEM=1 " \
	"GIT_CONFIG_GLOBAL=/dev/null GIT_AUTHOR_NAME=Camille " \
	"GIT_AUTHOR_EMAIL=camille@example.org GIT_COMMITTER_NAME=Camille " \
	"GIT_COMMITTER_EMAIL=camille@example.org; "

/*
 * Runs a shell command (printf-style) with TEST_GIT_ENV and returns its
 * output (caller frees); fails the test if the command fails.
 */
char		*test_git(const char *fmt, ...)
		    __attribute__((format(printf, 1, 2)));
/* Every file below dir, recursively, checked by fn. */
void		 test_walk(const char *dir, void (*fn)(const char *path));

/* Reads a whole file; fails the test when it cannot. Caller frees. */
char		*test_read(const char *path, size_t *len);

/* Whether two folders hold the same files with the same bytes. */
int		 test_same_tree(const char *a, const char *b);

/*
 * The absolute path of rel, a path in the repository (e.g. "content"),
 * valid after test_enter_tmp. The caller frees it.
 */
char		*test_repo_path(const char *rel);

#endif
