/*
 * The command line as a user runs it (docs/format.md section 4): exit codes,
 * messages, init, determinism, and atomicity of the output folder.
 */
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../generator/util/alloc.h"
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
	cr_assert(fs_is_file("out/site/data/funding.csv"));
	cr_assert(fs_is_file("out/site/data/actions.csv"));
	cr_assert(fs_is_file("out/site/data/partners.csv"));
	cr_assert(fs_is_file("out/site/data/datapackage.json"));
	cr_assert(fs_is_file("out/site/data/bilan-2025.xlsx"));
	cr_assert(fs_is_file("out/pdf/rapport-2025.pdf"));
	assert_timed(r.err, "clspd: built content into out: 5 files read, 18 "
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

/*
 * From inside the content folder (cd mon-clspd && clspd build): CONTENT
 * is the current folder, OUT its output/, which the loader leaves unread
 * (the same 5 files read on a rebuild), and outside the folder holding
 * clspd.yaml the default is still content.
 */
Test(cli, defaults_inside_the_content_folder)
{
	struct run	 r;
	int		 i;

	test_content(NULL, 0);
	cr_assert_eq(chdir("content"), 0);
	for (i = 0; i < 2; i++) {
		r = i == 0 ? RUN("build") : RUN("build", ".");
		cr_assert_eq(r.status, 0, "%s", r.err);
		assert_timed(r.err, "clspd: built . into output: 5 files read, "
		    "18 files written, 0 warnings, ");
		run_free(&r);
	}
	cr_assert(fs_is_file("output/site/index.html"));
	r = RUN("check");
	cr_assert_eq(r.status, 0, "%s", r.err);
	assert_timed(r.err, "clspd: checked .: 5 files read, 0 errors, "
	    "0 warnings, ");
	run_free(&r);
	cr_assert_eq(chdir(".."), 0);
	r = RUN("build", "content", "-o", "content/output", "-q");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	r = RUN("build", "content", "-o", "content/pages/output");
	cr_assert_eq(r.status, 3);
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
	    "empty and was not written by clspd (it has no .clspd-output "
	    "file); remove it or choose another folder\n");
	run_free(&r);
	cr_assert(fs_is_file("docs/important.txt"));
	r = RUN("build", "content", "-o", "content");
	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: cannot build into content: it is "
	    "the content folder or inside it (only its folder output, beside "
	    "clspd.yaml, is allowed)\n");
	run_free(&r);
	r = RUN("build", "content", "-o", "content/actions/out");
	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: cannot build into content/actions/out: "
	    "it is the content folder or inside it (only its folder output, "
	    "beside clspd.yaml, is allowed)\n");
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

/*
 * The first line of a starter file points the YAML language server at
 * its schema, by a path relative to the file.
 */
static void
assert_schema_line(const char *path, const char *schema)
{
	char	*text = test_read(path, NULL), want[256];

	snprintf(want, sizeof(want), "# yaml-language-server: $schema=%s\n",
	    schema);
	cr_assert(strncmp(text, want, strlen(want)) == 0, "%s starts:\n%.80s",
	    path, text);
	free(text);
}

/* The README's and the man page's first steps, as written there. */
Test(cli, init_writes_content_that_builds)
{
	struct run	 r = RUN("init", "mine");

	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	assert_schema_line("mine/clspd.yaml",
	    ".clspd/schemas/clspd.schema.json");
	assert_schema_line("mine/partners/commune.yaml",
	    "../.clspd/schemas/partner.schema.json");
	assert_schema_line("mine/actions/mediation-sociale.yaml",
	    "../.clspd/schemas/action.schema.json");
	assert_schema_line("mine/indicators/conflits-resolus.yaml",
	    "../.clspd/schemas/indicator.schema.json");
	/* The schemas are those of clspd schema, in a folder clspd skips. */
	r = RUN("schema", "s");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(test_same_tree("s", "mine/.clspd/schemas"));
	r = RUN("check", "mine");
	cr_assert_eq(r.status, 0, "%s", r.err);
	assert_timed(r.err, "clspd: checked mine: 10 files read, 0 errors, "
	    "0 warnings, ");
	run_free(&r);
	r = RUN("build", "mine", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	assert_timed(r.err, "clspd: built mine into out: 10 files read, 24 "
	    "files written, 0 warnings, ");
	run_free(&r);
	/* It never writes over an existing folder's files. */
	r = RUN("init", "mine");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: mine: folder is not empty; init "
	    "writes only into a new or empty folder\n");
	run_free(&r);
}

/*
 * The starter teaches the format: every key of every file of
 * docs/format.md's tables is in it, live or commented out as "# key:",
 * and restoring every commented key still gives content that checks and
 * builds without a warning (so each commented key is one the loader
 * accepts, with a value it accepts).
 */
Test(cli, init_starter_has_every_key_commented)
{
	static const char uncomment[] =
	    "find mine -type f \\( -name '*.yaml' -o -name '*.md' \\) -exec "
	    "sed -i -E 's/^( *)# ( *)([a-z_]+:|- |[0-9]{4}:|\"[^\"]*\":)/"
	    "\\1\\2\\3/' {} + && grep -rc '^ *# *[a-z_]*:' mine | "
	    "grep -v ':0$' || true";
	static const char keys[] =
	    "awk -F'`' '/^##/{f=\"\"} /^### `/{f=$2} "
	    "f!=\"\" && /^\\| `/{print f, $2}' \"%s\"";
	static const char missing[] =
	    "%s | while read -r file key; do "
	    "case $file in theme/*) continue;; esac; "
	    "glob=$(printf '%%s' \"$file\" | sed 's/<id>/*/'); "
	    "leaf=${key##*.}; leaf=${leaf%%\\[\\]}; "
	    "case $leaf in *'<'*) continue;; esac; "
	    "(cd mine && grep -Eq \"(^|[ {,-])$leaf:\" $glob) || "
	    "echo \"$file: $key\"; done";
	struct run	 r = RUN("init", "mine");
	char		*format, *list, *cmd, *out;
	size_t		 n = 0;
	const char	*c;

	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	/* The tables are read: a change of their notation fails here. */
	format = test_repo_path("docs/format.md");
	list = xasprintf(keys, format);
	out = test_sh(list, NULL);
	for (c = out; *c != '\0'; c++)
		n += *c == '\n';
	cr_assert_geq(n, 60, "only %zu keys found in %s", n, format);
	free(out);
	out = test_sh(uncomment, NULL);
	cr_assert_str_eq(out, "", "lines still commented like keys:\n%s",
	    out);
	free(out);
	cmd = xasprintf(missing, list);
	out = test_sh(cmd, NULL);
	cr_assert_str_eq(out, "", "keys of docs/format.md missing from the "
	    "starter:\n%s", out);
	free(out);
	free(cmd);
	free(list);
	free(format);
	r = RUN("check", "mine");
	cr_assert_eq(r.status, 0, "%s", r.err);
	assert_timed(r.err, "clspd: checked mine: 10 files read, 0 errors, "
	    "0 warnings, ");
	run_free(&r);
	r = RUN("build", "mine", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

/*
 * clspd schema writes one JSON Schema per kind of file (their content is
 * checked against schemas/ and by real tools in tests/schemas/).
 */
Test(cli, schema_writes_the_schemas)
{
	static const char *const names[] = { "clspd", "partner", "action",
	    "indicator", "page", "charter", "style", "strings-fr",
	    "strings-en" };
	struct run	 r = RUN("schema");
	char		 path[64];
	size_t		 i;

	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "clspd: schema needs one folder\n") == r.err,
	    "%s", r.err);
	run_free(&r);
	r = RUN("schema", "s/t");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "");
	run_free(&r);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(path, sizeof(path), "s/t/%s.schema.json", names[i]);
		cr_assert(access(path, R_OK) == 0, "no %s", path);
	}
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
	cr_assert(strstr(one.err, "clspd: 200 more diagnostics not shown "
	    "(200 errors, 0 warnings)\n") != NULL, "%s",
	    one.err + strlen(one.err) - 200);
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

/*
 * A symbolic link anywhere clspd reads in the content folder is an
 * error at its path, never followed: a file or a folder, pointing
 * outside or inside, dangling or looping.
 */
#define LINK_ERROR ":1:1: error: a symbolic link: clspd follows no link " \
	"in the content folder (one could publish a file from outside it); " \
	"replace the link by the file or folder itself\n"

/* Checks content with the one link made by making; the error is at at. */
static void
expect_link_refused(const char *target, const char *link, const char *at)
{
	struct run	 r;
	char		*want = NULL;

	if (!fs_is_dir("content"))
		test_content(NULL, 0);
	test_write_file("secret/key.md", "TOPSECRET\n", 10);
	test_write_file("secret/s.yaml", "name: TOPSECRET\nkind: commune\n",
	    30);
	cr_assert(symlink(target, link) == 0, "%s", link);
	r = RUN("check", "content");
	cr_assert_eq(r.status, 1, "%s: %s", link, r.err);
	cr_assert(asprintf(&want, "%s%s", at, LINK_ERROR) > 0);
	cr_assert(strstr(r.err, want) != NULL, "%s:\n%s", link, r.err);
	cr_assert(strstr(r.err, "TOPSECRET") == NULL, "%s", r.err);
	run_free(&r);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 1, "%s: %s", link, r.err);
	cr_assert(strstr(r.err, want) != NULL, "%s:\n%s", link, r.err);
	run_free(&r);
	cr_assert(!fs_is_dir("out"), "%s: built", link);
	free(want);
}

Test(cli, link_to_a_secret_file_is_refused)
{
	char	*secret;

	/* An absolute path, as a link to a runner's file would be. */
	test_write_file("secret/key.md", "TOPSECRET\n", 10);
	secret = realpath("secret/key.md", NULL);
	expect_link_refused(secret, "content/actions/a.md",
	    "content/actions/a.md");
	free(secret);
}

Test(cli, link_to_proc_is_refused)
{
	expect_link_refused("/proc/self/status", "content/charter.md",
	    "content/charter.md");
}

Test(cli, link_inside_the_content_is_refused)
{
	expect_link_refused("p.yaml", "content/partners/r.yaml",
	    "content/partners/r.yaml");
}

Test(cli, dangling_link_is_refused)
{
	test_content(NULL, 0);
	test_write_file("content/pages/.keep", "", 0);
	expect_link_refused("nowhere.md", "content/pages/gone.md",
	    "content/pages/gone.md");
}

Test(cli, link_loop_is_refused)
{
	test_content(NULL, 0);
	test_write_file("content/pages/.keep", "", 0);
	expect_link_refused("loop.md", "content/pages/loop.md",
	    "content/pages/loop.md");
}

Test(cli, linked_council_file_is_refused)
{
	test_content(NULL, 0);
	cr_assert(rename("content/clspd.yaml", "council.yaml") == 0);
	expect_link_refused("../council.yaml", "content/clspd.yaml",
	    "content/clspd.yaml");
}

Test(cli, linked_record_folder_is_refused)
{
	test_content(NULL, 0);
	test_write_file("content/pages/.keep", "", 0);
	cr_assert(rename("content/pages", "pages-real") == 0);
	expect_link_refused("../pages-real", "content/pages", "content/pages");
}

Test(cli, linked_partners_folder_is_refused)
{
	test_content(NULL, 0);
	test_write_file("secret/s.yaml", "name: TOPSECRET\nkind: commune\n",
	    30);
	cr_assert(system("mv content/partners/* secret/ && rmdir "
	    "content/partners") == 0);
	expect_link_refused("../secret", "content/partners",
	    "content/partners");
}

Test(cli, linked_theme_folder_is_refused)
{
	test_write_file("secret/templates/x.html", "TOPSECRET", 9);
	expect_link_refused("../secret", "content/theme", "content/theme");
}

/* Inside the theme, the theme's own rule and message. */
Test(cli, link_inside_the_theme_is_refused)
{
	struct run	 r;

	test_content(NULL, 0);
	test_write_file("content/theme/assets/.keep", "", 0);
	test_write_file("secret.css", "TOPSECRET", 9);
	cr_assert(symlink("../../../secret.css",
	    "content/theme/assets/style.css") == 0);
	/* Read, they would say what they hold: read by no one. */
	test_write_file("secret.yaml", "accent: TOPSECRET\n", 18);
	test_write_file("content/theme/pdf/.keep", "", 0);
	test_write_file("content/theme/strings/.keep", "", 0);
	cr_assert(symlink("../../../secret.yaml",
	    "content/theme/pdf/style.yaml") == 0);
	cr_assert(symlink("../../../secret.yaml",
	    "content/theme/strings/fr.yaml") == 0);
	r = RUN("check", "content");
	cr_assert_eq(r.status, 1, "%s", r.err);
	strip_time(r.err);
	cr_assert_str_eq(r.err, "content/theme/assets/style.css" LINK_ERROR
	    "content/theme/pdf/style.yaml" LINK_ERROR
	    "content/theme/strings/fr.yaml" LINK_ERROR "clspd: checked "
	    "content: 5 files read, 3 errors, 0 warnings");
	run_free(&r);
}

/* CONTENT itself, named on the command line, may be a link. */
Test(cli, content_given_as_a_link_builds)
{
	struct run	 r;

	test_content(NULL, 0);
	cr_assert(symlink("content", "linked") == 0);
	r = RUN("build", "linked", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(fs_is_file("out/site/index.html"));
}

/*
 * A link swapped in after the walk (a race) is refused by the read
 * itself: every part of the path is opened without following links.
 */
Test(cli, reads_follow_no_link_below_the_root)
{
	struct buf	 b = BUF_INIT;

	test_write_file("root/real/f.md", "x", 1);
	test_write_file("outside/f.md", "SECRET", 6);
	cr_assert(symlink("../outside", "root/dir") == 0);
	cr_assert(symlink("../outside/f.md", "root/real/g.md") == 0);
	cr_assert_eq(fs_read_beneath("root", "real/f.md", 100, &b), 0);
	cr_assert_str_eq(buf_cstr(&b), "x");
	cr_assert_eq(fs_read_beneath("root", "dir/f.md", 100, &b), -4);
	cr_assert_eq(fs_read_beneath("root", "real/g.md", 100, &b), -4);
	cr_assert_eq(fs_read_beneath("root", "real/none.md", 100, &b), -1);
	cr_assert(symlink("root", "rootlink") == 0);
	cr_assert_eq(fs_read_beneath("rootlink", "real/f.md", 100, &b), 0);
	buf_release(&b);
}

/*
 * Publishing (docs/dev/robustness.md, "Publishing the output"): a lock,
 * a staging folder of this build only, a marker, signals.
 */

/* A content folder large enough for a build to take a while. */
static void
big_content(const char *council)
{
	char	 path[64], text[256];
	int	 i;

	test_content(NULL, 0);
	snprintf(text, sizeof(text), "council: %s\nterritory: Testville\n"
	    "year: 2025\nthematics:\n  - id: t\n    title: T\n    group: "
	    "[p]\n", council);
	test_write_file("content/clspd.yaml", text, strlen(text));
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
}

/* Starts clspd build content -o out -q, its errors into the file err. */
static pid_t
spawn_build_in(int ns, const char *content, const char *out,
    const char *err)
{
	posix_spawn_file_actions_t fa;
	pid_t		 pid;
	const char	*argv[] = { "/usr/bin/unshare", "--pid", "--fork",
			    test_clspd, "build", content, "-o", out, "-q",
			    NULL };
	const char	*const *run = ns ? argv : argv + 3;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 2, err, O_WRONLY | O_CREAT |
	    O_TRUNC, 0644);
	cr_assert(posix_spawn(&pid, run[0], &fa, NULL, (char *const *)run,
	    environ) == 0);
	posix_spawn_file_actions_destroy(&fa);
	return pid;
}

static pid_t
spawn_build(const char *out, const char *err)
{
	return spawn_build_in(0, "content", out, err);
}

/* The names beginning with a dot in the current folder, or "". */
static char *
dot_names(void)
{
	struct buf	 b = BUF_INIT;
	char		**names;
	size_t		 n, i;

	cr_assert(fs_list_dir(".", &names, &n) == 0);
	for (i = 0; i < n; i++)
		if (names[i][0] == '.') {
			buf_puts(&b, names[i]);
			buf_puts(&b, " ");
		}
	fs_names_free(names, n);
	buf_puts(&b, "");
	return buf_detach(&b);
}

/* Every output carries the marker, beside site/ and pdf/. */
Test(cli, outputs_carry_the_marker)
{
	char	*text;

	test_content(NULL, 0);
	test_build("content", "out", NULL);
	text = test_read("out/.clspd-output", NULL);
	cr_assert_str_eq(text, "This folder was written by clspd, which "
	    "replaces it as a whole at each build: keep no files of your own "
	    "in it.\n");
	free(text);
	cr_assert(!fs_is_file("out/site/.clspd-output"));
}

/*
 * A folder with a pdf/ or site/ of its own is not an output (a thesis
 * was lost so); an output of a version before the marker, holding only
 * site/ with its index.html and pdf/, is replaced.
 */
Test(cli, only_outputs_of_clspd_are_replaced)
{
	struct run	 r;

	test_content(NULL, 0);
	test_write_file("thesis/pdf/chapter1.pdf", "%PDF", 4);
	test_write_file("thesis/notes.txt", "keep", 4);
	test_write_file("pdfonly/pdf/mine.pdf", "%PDF", 4);
	test_write_file("siteonly/site/mine.html", "<p>", 3);
	test_write_file("old/site/index.html", "<p>", 3);
	test_write_file("old/pdf/rapport-2024.pdf", "%PDF", 4);
	r = RUN("build", "content", "-o", "thesis");
	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: cannot build into thesis: it is not "
	    "empty and was not written by clspd (it has no .clspd-output "
	    "file); remove it or choose another folder\n");
	run_free(&r);
	cr_assert(fs_is_file("thesis/notes.txt"));
	r = RUN("build", "content", "-o", "pdfonly");
	cr_assert_eq(r.status, 3, "%s", r.err);
	run_free(&r);
	r = RUN("build", "content", "-o", "siteonly");
	cr_assert_eq(r.status, 3, "%s", r.err);
	run_free(&r);
	cr_assert(fs_is_file("pdfonly/pdf/mine.pdf"));
	cr_assert(fs_is_file("siteonly/site/mine.html"));
	r = RUN("build", "content", "-o", "old");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(fs_is_file("old/.clspd-output"));
	cr_assert(!fs_is_file("old/pdf/rapport-2024.pdf"));
}

/* A build that finds OUT locked fails at once and says by whom. */
Test(cli, a_locked_output_is_not_built)
{
	struct run	 r;
	int		 fd;

	test_content(NULL, 0);
	test_build("content", "out", NULL);
	free(test_sh("cp -a out before", NULL));
	fd = open(".out.lock", O_RDWR | O_CREAT, 0644);
	cr_assert(fd != -1);
	cr_assert(write(fd, "4242\n", 5) == 5);
	cr_assert(flock(fd, LOCK_EX) == 0);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 3);
	cr_assert_str_eq(r.err, "clspd: another clspd build is writing out "
	    "(pid 4242): wait for it to end, or build into another folder "
	    "with -o\n");
	run_free(&r);
	close(fd);
	cr_assert(test_same_tree("out", "before"));
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(!fs_is_file(".out.lock"), "the lock file stays");
}

/*
 * Two builds of different contents into one OUT at once, many times,
 * each in a PID namespace of its own where both are pid 1 (two
 * containers sharing the folder): one fails on the lock (or they follow
 * each other), and OUT is always one whole tree, never a mix. The test
 * fails, never skips, when it cannot make namespaces.
 */
Test(cli, concurrent_builds_never_mix, .timeout = 240)
{
	pid_t	 a, b;
	int	 sa, sb, i;
	char	*ea, *eb;
	const char *lock = "clspd: another clspd build is writing out (pid ";

	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	big_content("Conseil A");
	free(test_sh("mv content content-a", NULL));
	big_content("Conseil B");
	free(test_sh("mv content content-b", NULL));
	test_build("content-a", "whole-a", NULL);
	test_build("content-b", "whole-b", NULL);
	ea = test_sh("unshare --pid --fork sh -c 'echo $$' 2>&1", &sa);
	cr_assert(sa == 0 && strcmp(ea, "1\n") == 0, "cannot make a PID "
	    "namespace for the test (run as root): %s", ea);
	free(ea);
	for (i = 0; i < 8; i++) {
		a = spawn_build_in(1, "content-a", "out", "a.txt");
		usleep((useconds_t)(i * 3000));
		b = spawn_build_in(1, "content-b", "out", "b.txt");
		waitpid(a, &sa, 0);
		waitpid(b, &sb, 0);
		ea = test_read("a.txt", NULL);
		eb = test_read("b.txt", NULL);
		cr_assert(WIFEXITED(sa) && WIFEXITED(sb), "try %d", i);
		cr_assert(WEXITSTATUS(sa) == 0 || (WEXITSTATUS(sa) == 3 &&
		    strncmp(ea, lock, strlen(lock)) == 0), "try %d: %s", i, ea);
		cr_assert(WEXITSTATUS(sb) == 0 || (WEXITSTATUS(sb) == 3 &&
		    strncmp(eb, lock, strlen(lock)) == 0), "try %d: %s", i, eb);
		cr_assert(WEXITSTATUS(sa) == 0 || WEXITSTATUS(sb) == 0);
		cr_assert(test_same_tree("out", "whole-a") ||
		    test_same_tree("out", "whole-b"), "try %d: mixed", i);
		free(ea);
		free(eb);
	}
}

/*
 * The staging folder deleted during the build (by another container
 * that took it for stale, by hand): the build fails, OUT is untouched,
 * nothing is published; also when a folder of the same name is made
 * again.
 */
Test(cli, staging_folder_deleted_mid_build, .timeout = 240)
{
	pid_t	 pid;
	int	 st, i, hit = 0;
	char	*err, *dots, cmd[256];
	double	 t0;
	const char *changed = "title: Y\nthematic: t\ndescription: D.\n"
	    "objectives: O.\n";

	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	big_content("Conseil A");
	test_build("content", "out", NULL);
	free(test_sh("cp -a out before", NULL));
	test_write_file("content/actions/x001.yaml", changed, strlen(changed));
	for (i = 0; i < 6; i++) {
		pid = spawn_build("out", "err.txt");
		/* Wait for the staging folder, then remove it (and remake). */
		t0 = test_now();
		dots = NULL;
		while (test_now() - t0 < 20) {
			free(dots);
			dots = test_sh("ls -a | grep '^\\.out\\.new-' || true",
			    NULL);
			if (*dots != '\0')
				break;
			usleep(500);
		}
		dots[strcspn(dots, "\n")] = '\0';
		usleep(20000);
		/* rm fails while the build adds files: again. */
		snprintf(cmd, sizeof(cmd), "for k in 1 2 3 4 5; do rm -rf '%s' "
		    "2>/dev/null && break; done; %s", dots, i % 2 ?
		    "mkdir -p '" : "true");
		if (i % 2)
			snprintf(cmd + strlen(cmd), sizeof(cmd) - strlen(cmd),
			    "%s/site' || true", dots);
		free(test_sh(cmd, NULL));
		free(dots);
		waitpid(pid, &st, 0);
		err = test_read("err.txt", NULL);
		cr_assert(WIFEXITED(st), "try %d", i);
		if (WEXITSTATUS(st) == 0) {
			/* Done before the removal: whole and new. */
			cr_assert(!test_same_tree("out", "before"));
			free(test_sh("rm -rf out && cp -a before out", NULL));
		} else {
			hit++;
			cr_assert_eq(WEXITSTATUS(st), 3, "try %d: %s", i, err);
			cr_assert(test_same_tree("out", "before"),
			    "try %d: the output changed", i);
		}
		free(err);
		free(test_sh("rm -rf .out.new-*", NULL));
	}
	cr_assert(hit >= 3, "the removal came too late %d times", 6 - hit);
}

/* What a build killed with SIGKILL left beside OUT goes at the next. */
Test(cli, a_killed_build_is_cleaned_up, .timeout = 120)
{
	pid_t	 pid;
	int	 st;
	char	*dots;
	struct run r;

	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	big_content("Conseil A");
	test_build("content", "out", NULL);
	pid = spawn_build("out", "err.txt");
	for (;;) {
		dots = test_sh("ls -a | grep '^\\.out\\.new-' || true", NULL);
		if (*dots != '\0')
			break;
		free(dots);
		usleep(500);
	}
	free(dots);
	usleep(50000);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	dots = dot_names();
	cr_assert(strstr(dots, ".out.new-") != NULL, "%s", dots);
	free(dots);
	r = RUN("build", "content", "-o", "out", "-q");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	dots = dot_names();
	cr_assert_str_eq(dots, "");
	free(dots);
}

/*
 * SIGTERM, SIGINT or SIGHUP at any moment of a build (from its start to
 * past its end): either the build ended by the signal, said
 * "interrupted" once and left OUT exactly as it was, or it completed,
 * exit 0, and OUT is exactly the new tree. The signal acts at once.
 */
Test(cli, signals_leave_old_or_new_output, .timeout = 300)
{
	static const int sigs[] = { SIGTERM, SIGINT, SIGHUP };
	struct run	 r;
	pid_t		 pid;
	int		 i, st, sig, killed = 0, done = 0;
	double		 took, t0, lag, worst = 0;
	char		*err;

	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	big_content("Conseil A");
	free(test_sh("mv content content-a", NULL));
	big_content("Conseil B");
	test_build("content-a", "whole-a", NULL);
	r = RUN("build", "content", "-o", "whole-b", "-q");
	cr_assert_eq(r.status, 0, "%s", r.err);
	took = r.seconds;
	run_free(&r);
	for (i = 0; i < 24; i++) {
		free(test_sh("rm -rf out && cp -a whole-a out", NULL));
		sig = sigs[i % 3];
		pid = spawn_build("out", "err.txt");
		/* The last one comes well after the end: a whole build. */
		usleep((useconds_t)(took * 1e6 * (i < 23 ? 0.05 * i : 5.0)));
		t0 = test_now();
		kill(pid, sig);
		waitpid(pid, &st, 0);
		lag = test_now() - t0;
		err = test_read("err.txt", NULL);
		if (WIFSIGNALED(st)) {
			killed++;
			cr_assert_eq(WTERMSIG(st), sig, "try %d", i);
			/* Before main, the default action: nothing said. */
			if (i > 2 || *err != '\0')
				cr_assert_str_eq(err, "clspd: interrupted; out "
				    "is left as it was\n", "try %d: %s", i, err);
			cr_assert(test_same_tree("out", "whole-a"),
			    "try %d: the output changed", i);
			if (lag > worst)
				worst = lag;
			if (lag > 0.2)
				cr_log_info("try %d: %.3f s to act", i, lag);
		} else {
			done++;
			cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0,
			    "try %d: %s", i, err);
			cr_assert_str_eq(err, "", "try %d", i);
			cr_assert(test_same_tree("out", "whole-b"),
			    "try %d: the output is not whole", i);
		}
		free(err);
		err = dot_names();
		cr_assert_str_eq(err, "", "try %d left %s", i, err);
		free(err);
	}
	cr_log_info("signals: %d builds interrupted, %d completed, slowest "
	    "%.3f s from the signal to the end (a build takes %.3f s)",
	    killed, done, worst, took);
	cr_assert(killed >= 8 && done >= 1, "%d killed, %d done", killed,
	    done);
}

/*
 * A signal while a long PDF renders acts at once: the signal thread
 * ends the process, instead of the build waiting for the renderers'
 * threads to reach their next write (3.8 s seen). The time left is the
 * removal of the few files written; the best of three tries is compared
 * with the build's time, so that a loaded machine does not decide.
 */
Test(cli, a_signal_during_a_long_pdf_acts_at_once, .timeout = 240)
{
	struct buf	 b = BUF_INIT;
	struct run	 r;
	pid_t		 pid;
	int		 i, k, st;
	double		 took, t0, lag, best = 1e9;
	static const char *const words[] = { "lorem", "ipsum", "dolor",
	    "sit", "amet", "consectetur", "adipiscing", "elit" };

	test_content(NULL, 0);
	buf_puts(&b, "---\ntitle: Charte\n---\n\n## Article\n\n");
	for (i = 0; i < 3000; i++) {
		for (k = 0; k < 60; k++) {
			buf_puts(&b, words[(i * 7 + k * 3) % 8]);
			buf_puts(&b, " ");
		}
		buf_puts(&b, "fin.\n\n");
	}
	test_write_file("content/charter.md", b.data, b.len);
	buf_release(&b);
	r = RUN("build", "content", "-o", "whole", "-q");
	cr_assert_eq(r.status, 0, "%s", r.err);
	took = r.seconds;
	run_free(&r);
	for (i = 0; i < 3; i++) {
		pid = spawn_build("out", "err.txt");
		usleep((useconds_t)(took * 1e6 * 0.3));
		t0 = test_now();
		kill(pid, SIGTERM);
		waitpid(pid, &st, 0);
		lag = test_now() - t0;
		cr_assert(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);
		cr_assert(!fs_is_dir("out"));
		if (lag < best)
			best = lag;
	}
	cr_log_info("long PDF: a build takes %.3f s, SIGTERM at 30%% acts in "
	    "%.3f s", took, best);
	cr_assert(best < took * 0.25, "SIGTERM took %.3f s to act (a build "
	    "takes %.3f s)", best, took);
}

/*
 * Without RENAME_EXCHANGE (forced by CLSPD_TEST_EXCHANGE), OUT is moved
 * aside, then the new one in; a build killed between the two leaves OUT
 * missing, and the next build of it, even one that fails, puts it back.
 */
Test(cli, two_renames_killed_between_are_recovered)
{
	struct run	 r;
	char		*dots;

	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	test_content(NULL, 0);
	test_build("content", "out", NULL);
	free(test_sh("cp -a out before", NULL));
	test_write_file("content/actions/b.yaml", "title: B\nthematic: t\n"
	    "description: D.\nobjectives: O.\n", 52);
	setenv("CLSPD_TEST_EXCHANGE", "none", 1);
	r = RUN("build", "content", "-o", "new");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	free(test_sh("cp -a out out2", NULL));
	r = RUN("build", "content", "-o", "out2");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(test_same_tree("out2", "new"), "the fallback published");
	setenv("CLSPD_TEST_EXCHANGE", "kill", 1);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 128 + SIGKILL, "%s", r.err);
	run_free(&r);
	cr_assert(!fs_is_dir("out"), "the hook did not kill in between");
	dots = dot_names();
	cr_assert(strstr(dots, ".out.old-") != NULL, "%s", dots);
	free(dots);
	unsetenv("CLSPD_TEST_EXCHANGE");
	/* A failing build puts it back too. */
	test_write_file("content/actions/c.yaml", "title: C\n", 9);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "clspd: out: put back the previous output, "
	    "moved aside by a build that was stopped\n") == r.err, "%s",
	    r.err);
	run_free(&r);
	cr_assert(test_same_tree("out", "before"));
	dots = dot_names();
	cr_assert_str_eq(dots, "");
	free(dots);
}

/*
 * An OUT that is a mount point (a container's volume) cannot be
 * renamed: refused before building, saying what to do. The test
 * mounts a folder there (root in the sandbox); it fails, never skips,
 * when it cannot.
 */
Test(cli, a_mount_point_is_refused_with_what_to_do)
{
	struct run	 r;
	int		 st;
	char		*out;

	test_content(NULL, 0);
	test_write_file("vol/.keep", "", 0);
	test_write_file("out/.keep", "", 0);
	out = test_sh("mount --bind vol out 2>&1", &st);
	cr_assert_eq(st, 0, "cannot mount for the test (run as root): %s",
	    out);
	free(out);
	r = RUN("build", "content", "-o", "out");
	free(test_sh("umount out", NULL));
	cr_assert_eq(r.status, 3, "%s", r.err);
	cr_assert_str_eq(r.err, "clspd: cannot build into out: it is a mount "
	    "point (a volume), which cannot be replaced as a whole; build "
	    "into a folder inside it (-o OUT/NAME) or mount the folder above "
	    "it\n");
	run_free(&r);
}

/* --only: OUT holds the parts asked for, and nothing else. */
Test(cli, only_builds_the_parts_asked_for)
{
	static const struct tfile charter[] = {
		{ "charter.md", "---\ntitle: \"Charte\"\nadopted: 2024-03-05\n"
		    "version: \"1\"\nsignatories: [p, q]\n---\n\nUn texte.\n" },
	};
	struct run	 r;

	test_content(charter, 1);
	r = RUN("build", "content", "-o", "out", "--only", "site");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(fs_is_file("out/site/index.html"));
	cr_assert(!fs_is_dir("out/site/data"));
	cr_assert(!fs_is_dir("out/pdf"));
	run_free(&r);
	r = RUN("build", "content", "-o", "out", "--only=data");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(fs_is_file("out/site/data/metrics.json"));
	cr_assert(!fs_is_file("out/site/index.html"));
	cr_assert(!fs_is_dir("out/pdf"));
	run_free(&r);
	r = RUN("build", "content", "-o", "out", "--only", "pdf");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(fs_is_file("out/pdf/rapport-2025.pdf"));
	cr_assert(!fs_is_file("out/pdf/charte.pdf"));
	cr_assert(!fs_is_dir("out/site"));
	run_free(&r);
	r = RUN("build", "content", "-o", "out", "--only", "charter");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(fs_is_file("out/pdf/charte.pdf"));
	cr_assert(fs_is_file("out/pdf/charte-impression.pdf"));
	cr_assert(!fs_is_file("out/pdf/rapport-2025.pdf"));
	cr_assert(!fs_is_dir("out/site"));
	run_free(&r);
	r = RUN("build", "content", "-o", "out", "--only", "site,data,pdf");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(fs_is_file("out/site/index.html"));
	cr_assert(fs_is_file("out/site/data/metrics.json"));
	cr_assert(fs_is_file("out/pdf/rapport-2025.pdf"));
	cr_assert(!fs_is_file("out/pdf/charte.pdf"));
	run_free(&r);
}

Test(cli, only_with_an_unknown_part_is_bad_usage)
{
	struct run	 r;

	test_content(NULL, 0);
	r = RUN("build", "content", "-o", "out", "--only", "site,pdfs");
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "clspd: --only 'site,pdfs': the parts are "
	    "site, data, pdf and charter, separated by commas\n") == r.err,
	    "%s", r.err);
	cr_assert(!fs_is_dir("out"));
	run_free(&r);
	r = RUN("build", "content", "-o", "out", "--only", "");
	cr_assert_eq(r.status, 2);
	run_free(&r);
	r = RUN("build", "content", "-o", "out", "--only");
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "clspd: --only needs a list of parts: site, "
	    "data, pdf, charter\n") == r.err, "%s", r.err);
	run_free(&r);
	/* check writes nothing: it has no part to choose. */
	r = RUN("check", "content", "--only", "site");
	cr_assert_eq(r.status, 2);
	run_free(&r);
}

/* The content of the year tests: last year's, in block style. */
static const struct tfile year_files[] = {
	{ "clspd.yaml", "council: CLSPD de Test\nterritory: Testville\n"
	  "year: 2025  # l'année du bilan\ntitle: Bilan 2025\n"
	  "thematics:\n  - id: t\n    title: Thématique\n    group: [p]\n" },
	{ "actions/a.yaml", "title: Action A\nthematic: t\n"
	  "description: Décrire.\nobjectives: Viser.\n# Financements\n"
	  "funding:\n  2025:\n    - funder: p\n      amount: 10\n# Fin\n" },
	{ "indicators/i.yaml", "action: a\nlabel: Compter\ntarget:\n"
	  "  2025: 12\nvalues:\n  2024: 8\n  2025: 10\n" },
};

/*
 * clspd year: only the year's digits change in clspd.yaml (its comment
 * stays), and each missing item is listed where to write it; again,
 * the same list without changing anything.
 */
Test(cli, year_sets_the_year_and_lists_what_to_fill)
{
	static const char list[] =
	    "To fill for 2026:\n"
	    "  [ ] content/clspd.yaml:4: the title still says 2025\n"
	    "  [ ] content/actions/a.yaml:10: the funding for 2026 of "
	    "'Action A' (under funding:, 2026: with each funder and amount)\n"
	    "  [ ] content/indicators/i.yaml:8: the value for 2026 of "
	    "'Compter' (under values:, 2026: …)\n"
	    "  [ ] content/indicators/i.yaml:5: the target for 2026 of "
	    "'Compter' (under target:, 2026: …)\n"
	    "4 items; run clspd year 2026 again to list what is left.\n";
	struct run	 r;
	char		*text;
	size_t		 len;

	test_content(year_files, 3);
	r = RUN("year", "2026", "content");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "");
	text = xasprintf("clspd: content/clspd.yaml: year: 2026 (was 2025)\n"
	    "%s", list);
	cr_assert_str_eq(r.out, text);
	free(text);
	run_free(&r);
	text = test_read("content/clspd.yaml", &len);
	cr_assert_str_eq(text, "council: CLSPD de Test\nterritory: Testville\n"
	    "year: 2026  # l'année du bilan\ntitle: Bilan 2025\n"
	    "thematics:\n  - id: t\n    title: Thématique\n    group: [p]\n");
	free(text);
	r = RUN("year", "2026", "content");
	cr_assert_eq(r.status, 0, "%s", r.err);
	/* The title is the coordinator's to write: not listed twice. */
	text = xasprintf("To fill for 2026:\n%.*s3 items; run clspd year 2026 "
	    "again to list what is left.\n", (int)(strstr(list, "4 items") -
	    strstr(list, "  [ ] content/actions")),
	    strstr(list, "  [ ] content/actions"));
	cr_assert_str_eq(r.out, text);
	free(text);
	run_free(&r);
}

/* Nothing left: said so. From inside the folder, CONTENT is optional. */
Test(cli, year_with_everything_filled)
{
	static const struct tfile filled[] = {
		{ "actions/a.yaml", "title: Action A\nthematic: t\n"
		  "description: D.\nobjectives: O.\n"
		  "funding: {2025: [{funder: p, amount: 10}]}\n" },
	};
	struct run	 r;

	test_content(filled, 1);
	cr_assert_eq(chdir("content"), 0);
	r = RUN("year", "2025");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "To fill for 2025:\n  nothing: every value "
	    "and every funding is there\n");
	run_free(&r);
}

/*
 * Backwards, or skipping a year, is refused unless --force; a year that
 * is not one is bad usage; content with errors is corrected first. The
 * file is left as it was each time.
 */
Test(cli, year_refuses_going_back_or_skipping)
{
	static const struct tfile broken[] = {
		{ "indicators/i.yaml", "action: a\nlabel: Compter\n"
		  "values: {2025: dix}\n" },
	};
	struct run	 r;
	char		*text;
	size_t		 len;

	test_content(year_files, 3);
	r = RUN("year", "2027", "content");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: year 2027: the report's year is "
	    "2025, and the next one is 2026; to go back or skip years, add "
	    "--force\n");
	cr_assert_str_eq(r.out, "");
	run_free(&r);
	r = RUN("year", "2024", "content");
	cr_assert_eq(r.status, 2);
	run_free(&r);
	r = RUN("year", "26", "content");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: year '26': write a year from 2000 to "
	    "2100, such as 2026\n");
	run_free(&r);
	r = RUN("year");
	cr_assert_eq(r.status, 2);
	cr_assert(strncmp(r.err, "clspd: year needs a year, such as clspd "
	    "year 2026\n", 50) == 0, "%s", r.err);
	run_free(&r);
	text = test_read("content/clspd.yaml", &len);
	cr_assert(strstr(text, "year: 2025  #") != NULL);
	free(text);
	r = RUN("year", "2024", "content", "--force");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	text = test_read("content/clspd.yaml", &len);
	cr_assert(strstr(text, "year: 2024  #") != NULL);
	free(text);
	test_content(broken, 1);
	r = RUN("year", "2025", "content");
	cr_assert_eq(r.status, 1);
	cr_assert_str_eq(r.err, "content/indicators/i.yaml:3:16: error: "
	    "expected a number, found 'dix'\nclspd: content has errors: "
	    "correct them (clspd check), then run clspd year again\n");
	run_free(&r);
}
