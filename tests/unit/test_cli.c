/*
 * The command line as a user runs it (FORMAT.md section 4): exit codes,
 * messages, init, determinism, and atomicity of the output folder.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../generator/util/fs.h"
#include "helpers.h"

TestSuite(cli, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

#define RUN(...) test_run(60, (const char *const[]){ __VA_ARGS__, NULL })

/*
 * Checks that text is want followed by a time and " s\n": the summary
 * line ends with the elapsed time, which varies.
 */
static void
assert_timed(const char *text, const char *want)
{
	size_t	 n = strlen(want);

	cr_assert(strncmp(text, want, n) == 0, "got:\n%s\nwant:\n%s...", text,
	    want);
	cr_assert(strcmp(text + strlen(text) - 3, " s\n") == 0, "%s", text);
}

Test(cli, help_and_version)
{
	struct run	 r = RUN("--help");

	cr_assert_eq(r.status, 0);
	cr_assert(strstr(r.out, "usage: clspd build [CONTENT] [-o OUT] "
	    "[--theme NAME|DIR]") != NULL, "%s", r.out);
	run_free(&r);
	r = RUN("--version");
	cr_assert_eq(r.status, 0);
	cr_assert(strncmp(r.out, "clspd ", 6) == 0, "%s", r.out);
	run_free(&r);
}

Test(cli, bad_usage_exits_2)
{
	struct run	 r = RUN("frobnicate");

	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "clspd: unknown command 'frobnicate'\n") ==
	    r.err, "%s", r.err);
	run_free(&r);
	r = RUN("build", "--bogus");
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "unknown option '--bogus'") != NULL);
	run_free(&r);
	r = RUN("build", "content", "-o");
	cr_assert_eq(r.status, 2);
	run_free(&r);
	/* Crop marks are for a build: check writes no sheet. */
	r = RUN("check", "content", "--crop-marks");
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "clspd: unknown option '--crop-marks'\n") ==
	    r.err, "%s", r.err);
	run_free(&r);
	r = RUN("build", "a", "b");
	cr_assert_eq(r.status, 2);
	run_free(&r);
	r = test_run(60, (const char *const[]){ NULL });
	cr_assert_eq(r.status, 2);
	run_free(&r);
}

Test(cli, missing_content_exits_3)
{
	struct run	 r = RUN("check", "nowhere");

	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: nowhere: not a content folder (it "
	    "must hold clspd.yaml)\n");
	run_free(&r);
}

Test(cli, build_writes_the_data_files)
{
	struct run	 r;

	test_content(NULL, 0);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(fs_is_file("out/site/data/metrics.json"));
	cr_assert(fs_is_file("out/site/data/indicators.csv"));
	cr_assert(fs_is_file("out/pdf/rapport-2025.pdf"));
	assert_timed(r.err, "clspd: built content into out: 5 files read, 12 "
	    "files written, 0 warnings, ");
	run_free(&r);
}

Test(cli, defaults_are_content_and_output)
{
	struct run	 r;

	test_content(NULL, 0);
	r = RUN("build");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(fs_is_file("output/site/data/metrics.json"));
	run_free(&r);
	r = RUN("check");
	cr_assert_eq(r.status, 0, "%s", r.err);
	assert_timed(r.err, "clspd: checked content: 5 files read, 0 errors, "
	    "0 warnings, ");
	run_free(&r);
}

Test(cli, content_errors_exit_1_and_are_all_reported)
{
	static const struct tfile bad[] = {
		{ "partners/p.yaml", "name: P\nkind: comune\n" },
		{ "indicators/i.yaml", "action: b\nlabel: L\nvalues: {}\n" },
	};
	struct run	 r;

	test_content(bad, 2);
	r = RUN("check", "content");
	cr_assert_eq(r.status, 1);
	assert_timed(r.err,
	    "content/actions/a.yaml:1:8: warning: action 'a' has no "
	    "indicator\n"
	    "content/indicators/i.yaml:1:9: error: unknown action 'b' (did "
	    "you mean 'a'?)\n"
	    "content/partners/p.yaml:2:7: error: unknown partner kind "
	    "'comune' (did you mean 'commune'?)\n"
	    "clspd: checked content: 5 files read, 2 errors, 1 warning, ");
	run_free(&r);
}

Test(cli, failed_build_leaves_output_untouched)
{
	static const struct tfile bad[] = {
		{ "actions/a.yaml", "title: A\nthematic: nope\n" },
	};
	struct run	 r;
	char		**names;
	size_t		 n, i;

	/* The two builds compared must print the same date. */
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	test_content(NULL, 0);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	/* A file of the user's own inside the output, and the old tree. */
	test_write_file("out/site/mine.txt", "mine", 4);
	r = RUN("build", "content", "-o", "before");
	run_free(&r);
	test_write_file("before/site/mine.txt", "mine", 4);
	test_write_files("content", bad, 1);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "clspd: build failed: 3 errors, 0 warnings "
	    "in 5 files read; out left as it was\n") != NULL, "%s", r.err);
	run_free(&r);
	cr_assert(test_same_tree("out", "before"),
	    "the failed build changed the output");
	/* No temporary folder is left behind. */
	cr_assert(fs_list_dir(".", &names, &n) == 0);
	for (i = 0; i < n; i++)
		cr_assert(names[i][0] != '.', "left behind: %s", names[i]);
	fs_names_free(names, n);
}

Test(cli, refuses_to_replace_a_folder_it_did_not_write)
{
	struct run	 r;

	test_content(NULL, 0);
	test_write_file("docs/important.txt", "keep", 4);
	r = RUN("build", "content", "-o", "docs");
	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: cannot build into docs: it is not "
	    "empty and was not written by clspd (it holds no site/ or pdf/); "
	    "remove it or choose another folder\n");
	run_free(&r);
	cr_assert(fs_is_file("docs/important.txt"));
	r = RUN("build", "content", "-o", "content");
	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: cannot build into content: it is "
	    "the content folder or inside it\n");
	run_free(&r);
	r = RUN("build", "content", "-o", "content/actions/out");
	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: cannot build into content/actions/out: "
	    "it is the content folder or inside it\n");
	run_free(&r);
	r = RUN("build", "content", "-o", ".");
	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: cannot build into .: it holds the "
	    "content folder\n");
	run_free(&r);
	cr_assert(fs_is_file("content/clspd.yaml"));
	cr_assert(!fs_is_dir("content/actions/out"));
}

Test(cli, rebuilds_are_byte_identical)
{
	struct run	 r;
	char		*content = test_repo_path("content");

	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	r = RUN("build", content, "-o", "one");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	r = RUN("build", content, "-o", "two");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(test_same_tree("one", "two"));
	/* Rebuilding over an existing output replaces it the same way. */
	r = RUN("build", content, "-o", "one");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(test_same_tree("one", "two"));
	free(content);
}

Test(cli, bad_source_date_epoch_is_bad_usage)
{
	struct run	 r;

	test_content(NULL, 0);
	setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: SOURCE_DATE_EPOCH must be a number of "
	    "seconds since 1970, not 'yesterday'\n");
	run_free(&r);
}

/* The README's and the man page's first steps, as written there. */
Test(cli, init_writes_content_that_builds)
{
	struct run	 r = RUN("init", "mine");

	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	r = RUN("check", "mine");
	cr_assert_eq(r.status, 0, "%s", r.err);
	assert_timed(r.err, "clspd: checked mine: 10 files read, 0 errors, "
	    "0 warnings, ");
	run_free(&r);
	r = RUN("build", "mine", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	assert_timed(r.err, "clspd: built mine into out: 10 files read, 16 "
	    "files written, 0 warnings, ");
	run_free(&r);
	/* It never writes over an existing folder's files. */
	r = RUN("init", "mine");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: mine: folder is not empty; init "
	    "writes only into a new or empty folder\n");
	run_free(&r);
}

Test(cli, unknown_theme_is_bad_usage)
{
	struct run	 r;

	test_content(NULL, 0);
	r = RUN("build", "content", "--theme", "fancy");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: --theme fancy: no such theme (a "
	    "built-in name: default, or a folder)\n");
	run_free(&r);
}

/*
 * Hostile inputs, run as a user would: each must give exit 1 and its
 * diagnostic, without crashing, hanging (a 20 s guard) or using more
 * than a bounded amount of memory. The times are printed, not asserted.
 */
static void
expect_hostile(const char *name, const char *path, const char *data,
    size_t len, const char *want)
{
	struct run	 r;

	test_content(NULL, 0);
	test_write_file(path, data, len);
	r = test_run(20, (const char *const[]){ "build", "content", "-o",
	    "out", NULL });
	cr_assert_eq(r.status, 1, "%s: status %d\n%s", name, r.status, r.err);
	cr_assert(strstr(r.err, want) != NULL, "%s: want \"%s\" in:\n%s",
	    name, want, r.err);
	cr_assert_lt(r.maxrss_kib, 256 * 1024, "%s: %ld KiB", name,
	    r.maxrss_kib);
	cr_log_info("%s: %.3f s, %ld KiB", name, r.seconds, r.maxrss_kib);
	cr_assert(!fs_is_dir("out"));
	run_free(&r);
}

Test(cli, hostile_alias_bomb)
{
	const char	*bomb =
	    "name: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	    "kind: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
	    "email: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
	    "phone: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
	    "address: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
	    "website: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
	    "description: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n";

	expect_hostile("alias bomb", "content/partners/p.yaml", bomb,
	    strlen(bomb), "content/partners/p.yaml:1:7: error: YAML anchors "
	    "and aliases are not allowed (anchor '&a')\n");
}

Test(cli, hostile_deep_nesting)
{
	size_t	 n = 200000;
	char	*s = malloc(n + 8);

	memcpy(s, "name: ", 6);
	memset(s + 6, '[', n);
	s[n + 6] = '\n';
	expect_hostile("200,000 brackets", "content/partners/p.yaml", s,
	    n + 7, "content/partners/p.yaml:1:70: error: YAML nested deeper "
	    "than 64 levels\n");
	free(s);
}

Test(cli, hostile_huge_scalar)
{
	size_t	 n = 20u << 20;
	char	*s = malloc(n + 32);

	memcpy(s, "name: ", 6);
	memset(s + 6, 'x', n);
	memcpy(s + 6 + n, "\nkind: etat\n", 12);
	expect_hostile("20 MiB scalar", "content/partners/p.yaml", s, n + 18,
	    "content/partners/p.yaml:1:1: error: file larger than 4 MiB\n");
	free(s);
}

Test(cli, hostile_random_binary)
{
	size_t		 n = 65536, i;
	unsigned char	*s = malloc(n);
	unsigned int	 x = 12345;

	for (i = 0; i < n; i++) {
		x = x * 1103515245u + 12345u;
		s[i] = (unsigned char)(x >> 16);
	}
	s[0] = 0xFF;	/* so the first problem is known */
	expect_hostile("random binary", "content/actions/a.yaml",
	    (const char *)s, n, "content/actions/a.yaml:1:1: error: invalid "
	    "UTF-8 (save the file as UTF-8)\n");
	free(s);
}

Test(cli, hostile_invalid_utf8)
{
	const char	*s = "name: Caf\xC3\xA9\nkind: commune\n"
	    "address: 1 rue de l'\xC9glise\n";

	expect_hostile("invalid UTF-8", "content/partners/p.yaml", s,
	    strlen(s), "content/partners/p.yaml:3:21: error: invalid UTF-8 "
	    "(save the file as UTF-8)\n");
}

/* The part of a summary line before its time, for comparisons. */
static void
strip_time(char *err)
{
	char	*last = strrchr(err, ',');

	if (last != NULL)
		*last = '\0';
}

/*
 * Loading runs on several threads; what it reports and builds must not
 * depend on how many: one thread and three give the same bytes.
 */
Test(cli, same_result_whatever_the_threads)
{
	char		 path[64], text[256];
	struct run	 one, three;
	int		 i;

	test_content(NULL, 0);
	for (i = 0; i < 120; i++) {
		snprintf(path, sizeof(path), "content/actions/x%03d.yaml", i);
		snprintf(text, sizeof(text), "title: X%d\nthematic: %s\n"
		    "description: D.\nobjectives: O.\n%s", i,
		    i % 17 == 0 ? "nope" : "t", i % 23 == 0 ? "colour: red\n" :
		    "pilot: p\n");
		test_write_file(path, text, strlen(text));
		snprintf(path, sizeof(path), "content/indicators/x%03d.yaml",
		    i);
		snprintf(text, sizeof(text), "action: x%03d\nlabel: L\n"
		    "target: 10\nvalues: {2024: %d, 2025: %d}\n", i, i, i * 2);
		test_write_file(path, text, strlen(text));
	}
	setenv("CLSPD_JOBS", "1", 1);
	one = test_run(60, (const char *const[]){ "check", "content", NULL });
	setenv("CLSPD_JOBS", "3", 1);
	three = test_run(60, (const char *const[]){ "check", "content",
	    NULL });
	cr_assert_eq(one.status, 1);
	cr_assert_eq(three.status, 1);
	strip_time(one.err);
	strip_time(three.err);
	cr_assert_str_eq(three.err, one.err);
	cr_assert(strstr(one.err, "content/actions/x000.yaml:2:11: error: "
	    "unknown thematic 'nope': a thematic's id is the one written "
	    "after 'id:' under 'thematics:' in clspd.yaml; the thematics "
	    "are: t\n") != NULL, "%s", one.err);
	run_free(&one);
	run_free(&three);
	/* Without the errors, the outputs are the same too. */
	for (i = 0; i < 120; i += 17) {
		snprintf(path, sizeof(path), "content/actions/x%03d.yaml", i);
		test_write_file(path, "title: X\nthematic: t\ndescription: D."
		    "\nobjectives: O.\n", 52);
	}
	for (i = 0; i < 120; i += 23) {
		snprintf(path, sizeof(path), "content/actions/x%03d.yaml", i);
		test_write_file(path, "title: X\nthematic: t\ndescription: D."
		    "\nobjectives: O.\n", 52);
	}
	/* The PDF is dated: the same date for both builds. */
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	setenv("CLSPD_JOBS", "1", 1);
	one = test_run(60, (const char *const[]){ "build", "content", "-o",
	    "one", NULL });
	setenv("CLSPD_JOBS", "3", 1);
	three = test_run(60, (const char *const[]){ "build", "content", "-o",
	    "three", NULL });
	cr_assert_eq(one.status, 0, "%s", one.err);
	cr_assert_eq(three.status, 0, "%s", three.err);
	cr_assert(test_same_tree("one", "three"));
	run_free(&one);
	run_free(&three);
}

/* What an interrupted build left beside the output goes at the next. */
Test(cli, leftovers_of_an_interrupted_build_are_removed)
{
	struct run	 r;

	test_content(NULL, 0);
	test_write_file(".out.new-2147483646/site/x", "x", 1);
	test_write_file(".out.old-2147483645/site/x", "x", 1);
	test_write_file(".other.new-2147483646/x", "x", 1);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(!fs_is_dir(".out.new-2147483646"));
	cr_assert(!fs_is_dir(".out.old-2147483645"));
	cr_assert(fs_is_dir(".other.new-2147483646"), "not ours: kept");
	cr_assert(fs_is_file("out/site/data/metrics.json"));
}

/*
 * More diagnostics than are printed: the ones printed are the first by
 * position, whatever the number of threads that found them.
 */
Test(cli, first_thousand_diagnostics_whatever_the_threads)
{
	char		 path[64], text[128];
	struct run	 one, three;
	int		 i;

	test_content(NULL, 0);
	for (i = 0; i < 400; i++) {
		snprintf(path, sizeof(path), "content/indicators/x%03d.yaml",
		    i);
		snprintf(text, sizeof(text), "action: a\nlabel: L\nvalues: {}\n"
		    "colour: red\nsize: 3\nshape: round\n");
		test_write_file(path, text, strlen(text));
	}
	setenv("CLSPD_JOBS", "1", 1);
	one = test_run(60, (const char *const[]){ "check", "content", NULL });
	setenv("CLSPD_JOBS", "3", 1);
	three = test_run(60, (const char *const[]){ "check", "content",
	    NULL });
	cr_assert_eq(one.status, 1);
	strip_time(one.err);
	strip_time(three.err);
	cr_assert_str_eq(three.err, one.err);
	cr_assert(strstr(one.err, "clspd: 200 more diagnostics not shown\n") !=
	    NULL, "%s", one.err + strlen(one.err) - 200);
	run_free(&one);
	run_free(&three);
}

/* A FIFO in a record folder is refused, not waited on. */
Test(cli, fifo_is_not_read)
{
	struct run	 r;

	test_content(NULL, 0);
	cr_assert(mkfifo("content/partners/pipe.yaml", 0644) == 0);
	r = test_run(20, (const char *const[]){ "check", "content", NULL });
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "content/partners/pipe.yaml:1:1: error: not "
	    "a regular file\n") == r.err, "%s", r.err);
	run_free(&r);
}

Test(cli, bad_jobs_is_bad_usage)
{
	struct run	 r;

	test_content(NULL, 0);
	setenv("CLSPD_JOBS", "4x", 1);
	r = RUN("check", "content");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: CLSPD_JOBS must be a number of "
	    "threads from 1 to 64, not '4x'\n");
	run_free(&r);
}

/* A sum too large is found by check as by build. */
Test(cli, check_finds_a_sum_too_large)
{
	struct buf	 b = BUF_INIT;
	struct run	 r;
	int		 i;

	test_content(NULL, 0);
	buf_puts(&b, "title: A\nthematic: t\ndescription: D.\n"
	    "objectives: O.\nfunding:\n  2025:\n");
	for (i = 0; i < 10; i++)
		buf_puts(&b, "    - {funder: p, amount: 999999999999.99}\n");
	test_write_file("content/actions/a.yaml", buf_cstr(&b), b.len);
	buf_release(&b);
	r = RUN("check", "content");
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "content/clspd.yaml:1:1: error: a sum of "
	    "amounts or values is too large to be computed exactly (over "
	    "9 223 billion)\n") == r.err, "%s", r.err);
	run_free(&r);
}

/*
 * SIGTERM at any moment of a build: the output is the old one or the
 * new one, whole, and no temporary folder stays behind.
 */
Test(cli, interrupted_builds_leave_old_or_new_output)
{
	char		 path[64], text[256];
	struct run	 r;
	pid_t		 pid;
	int		 i, st;
	double		 took;
	posix_spawn_file_actions_t fa;
	char		**names;
	size_t		 n, k;
	const char	*argv[] = { test_clspd, "build", "content", "-o", "out",
			    "-q", NULL };

	/* The PDF is dated: the same date for every build. */
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	test_content(NULL, 0);
	for (i = 0; i < 300; i++) {
		snprintf(path, sizeof(path), "content/actions/x%03d.yaml", i);
		snprintf(text, sizeof(text), "title: X%d\nthematic: t\n"
		    "description: D.\nobjectives: O.\npilot: p\n", i);
		test_write_file(path, text, strlen(text));
		snprintf(path, sizeof(path), "content/indicators/x%03d.yaml",
		    i);
		snprintf(text, sizeof(text), "action: x%03d\nlabel: L\n"
		    "values: {2025: %d}\n", i, i);
		test_write_file(path, text, strlen(text));
	}
	r = RUN("build", "content", "-o", "out", "-q");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	r = RUN("build", "content", "-o", "whole", "-q");
	took = r.seconds;
	run_free(&r);
	/* Signals spread over the second half of a build, where it writes. */
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	for (i = 0; i < 40; i++) {
		cr_assert(posix_spawn(&pid, test_clspd, &fa, NULL,
		    (char *const *)argv, environ) == 0);
		usleep((useconds_t)(took * 1e6 * (0.4 + 0.02 * i)));
		kill(pid, SIGTERM);
		waitpid(pid, &st, 0);
		cr_assert(test_same_tree("out", "whole"),
		    "try %d: the output is not whole", i);
		cr_assert(fs_list_dir(".", &names, &n) == 0);
		for (k = 0; k < n; k++)
			cr_assert(names[k][0] != '.', "try %d left %s", i,
			    names[k]);
		fs_names_free(names, n);
	}
	posix_spawn_file_actions_destroy(&fa);
}
