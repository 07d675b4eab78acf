/*
 * The documentation kept true by the tests: the key tables of
 * docs/format.md and of the guide (docs/guide/fichiers.md) hold exactly
 * the keys the loader accepts (tests/docs/format_keys.py asks the
 * program itself); the messages the guide quotes are those clspd prints
 * for the same mistakes (tests/docs/guide_messages.py); and the
 * repository stands alone: nothing cites the material it was started
 * from, which lived beside it.
 */
#include <sys/wait.h>

#include <criterion/criterion.h>
#include <stdlib.h>

#include "../../generator/util/alloc.h"
#include "helpers.h"

TestSuite(docs, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

/* Runs a script of tests/docs/ on the binary and the repository. */
static void
docs_script(const char *name)
{
	char	*rel = xasprintf("tests/docs/%s", name);
	char	*script = test_repo_path(rel);
	char	*repo = test_repo_path(".");
	char	*cmd = xasprintf("python3 '%s' '%s' '%s' 2>&1", script,
		    test_clspd, repo);
	char	*out;
	int	 status;

	out = test_sh(cmd, &status);
	cr_assert_eq(status, 0, "%s", out);
	cr_assert_str_eq(out, "");
	free(out);
	free(cmd);
	free(repo);
	free(script);
	free(rel);
}

Test(docs, format_keys_are_the_loaders)
{
	docs_script("format_keys.py");
}

Test(docs, guide_quotes_the_messages)
{
	docs_script("guide_messages.py");
}

/*
 * The brackets keep this file from matching its own patterns. The
 * generator's comments outside init/ and main.c are another change's.
 */
Test(docs, nothing_cites_outside_the_repository)
{
	char	*repo = test_repo_path(".");
	char	*cmd = xasprintf("cd '%s' && grep -rnE "
		    "'[.][.]/shared|shared/(bench|testdata)|"
		    "(FORMAT|DESIGN|DOMAIN|STYLE)[.]md' README.md clspd.1 clspd.fr.1 "
		    "Makefile docs tests tools generator/init generator/main.c "
		    "themes content --exclude-dir=node_modules "
		    "--exclude-dir=golden 2>&1", repo);
	char	*out;
	int	 status;

	out = test_sh(cmd, &status);
	/* grep's status 1: no line matched, and no file was missing. */
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 1, "%s", out);
	cr_assert_str_eq(out, "", "cited:\n%s", out);
	free(out);
	free(cmd);
	free(repo);
}
