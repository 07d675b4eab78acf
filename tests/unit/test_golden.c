/*
 * Golden test: the sample content/ builds into exactly the files kept in
 * tests/golden/content/, byte for byte, with a fixed SOURCE_DATE_EPOCH.
 * `make golden` regenerates them, on purpose only.
 *
 * The sample is copied out of the project's repository first: inside it,
 * the outputs would carry the project's current commit (stamp.h), which
 * changes with every commit. Outside git they carry no stamp, as for a
 * council that does not use git; tests/unit/test_git.c checks the
 * stamps on repositories of its own.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/util/alloc.h"
#include "../../generator/util/fs.h"
#include "helpers.h"

TestSuite(golden, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

/* Compares every file of want with got, naming the first difference. */
static void
compare_tree(const char *want, const char *got)
{
	char	**names;
	size_t	 n, i;
	char	*w, *g;

	cr_assert(fs_list_dir(want, &names, &n) == 0, "no golden %s", want);
	for (i = 0; i < n; i++) {
		w = fs_join(want, names[i]);
		g = fs_join(got, names[i]);
		if (fs_is_dir(w))
			compare_tree(w, g);
		else
			cr_assert(test_same_tree(w, g), "%s differs from %s "
			    "(run `diff -r` to see; `make golden` only if "
			    "the change is wanted)", g, w);
		free(w);
		free(g);
	}
	fs_names_free(names, n);
}

Test(golden, sample_content)
{
	char		*content = test_repo_path("content");
	char		*golden = test_repo_path("tests/golden/content");
	char		*cmd = xasprintf("cp -R '%s' sample", content);
	struct run	 r;

	free(test_sh(cmd, NULL));
	free(cmd);
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	r = test_run(60, (const char *const[]){ "build", "sample", "-o", "out",
	    "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	compare_tree(golden, "out");
	/* And no file more than the golden ones. */
	cr_assert(test_same_tree(golden, "out"));
	free(content);
	free(golden);
}
