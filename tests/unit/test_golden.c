/*
 * Golden test: the sample content/ builds into exactly the files kept in
 * tests/golden/content/, byte for byte, with a fixed SOURCE_DATE_EPOCH.
 * `make golden` regenerates them, on purpose only: a difference is
 * printed first, in words a reviewer can judge.
 *
 * The sample is copied out of the project's repository first: inside it,
 * the outputs would carry the project's current commit (stamp.h), which
 * changes with every commit. Outside git they carry no stamp, as for a
 * council that does not use git; tests/unit/test_git.c checks the
 * stamps on repositories of its own.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/util/alloc.h"
#include "../../generator/util/fs.h"
#include "helpers.h"

TestSuite(golden, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

/*
 * Prints what changed between the golden file want and got, readably
 * (tests/golden-diff.sh: a PDF's changed pages as words and positions, a
 * unified diff for text), so that nobody regenerates the golden files
 * without reading what changed.
 */
static void
print_difference(const char *want, const char *got)
{
	char	*script = test_repo_path("tests/golden-diff.sh");
	char	*cmd, *out;
	int	 status;

	cmd = xasprintf("sh '%s' '%s' '%s'", script, want, got);
	out = test_sh(cmd, &status);
	fprintf(stderr, "golden: %s differs from %s:\n%s\n", got, want, out);
	free(out);
	free(cmd);
	free(script);
}

/*
 * Compares every file of want with got, printing the difference of each
 * that differs; returns how many did.
 */
static size_t
compare_tree(const char *want, const char *got)
{
	char	**names;
	size_t	 n, i, differ = 0;
	char	*w, *g;

	cr_assert(fs_list_dir(want, &names, &n) == 0, "no golden %s", want);
	for (i = 0; i < n; i++) {
		w = fs_join(want, names[i]);
		g = fs_join(got, names[i]);
		if (fs_is_dir(w))
			differ += compare_tree(w, g);
		else if (!test_same_tree(w, g)) {
			print_difference(w, g);
			differ++;
		}
		free(w);
		free(g);
	}
	fs_names_free(names, n);
	return differ;
}

Test(golden, sample_content)
{
	char		*content = test_repo_path("content");
	char		*golden = test_repo_path("tests/golden/content");
	char		*cmd = xasprintf("cp -R '%s' sample", content);
	struct run	 r;
	size_t		 differ;

	free(test_sh(cmd, NULL));
	free(cmd);
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	r = test_run(60, (const char *const[]){ "build", "sample", "-o", "out",
	    "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	differ = compare_tree(golden, "out");
	cr_assert_eq(differ, 0, "%zu files differ from tests/golden/content "
	    "(printed above; `make golden` only if the change is wanted)",
	    differ);
	/* And no file more than the golden ones. */
	cr_assert(test_same_tree(golden, "out"));
	free(content);
	free(golden);
}
