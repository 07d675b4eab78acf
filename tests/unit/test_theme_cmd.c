/*
 * clspd theme DIR: the default theme copied into a folder to edit, which
 * builds to the same bytes as the default; a folder with files in it is
 * refused, untouched.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/util/fs.h"
#include "helpers.h"

TestSuite(theme_cmd, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp, .timeout = 120);

#define RUN(...) test_run(60, (const char *const[]){ __VA_ARGS__, NULL })

Test(theme_cmd, copy_is_the_default_and_builds_the_same_bytes)
{
	char		*sample = test_repo_path("content");
	char		*themes = test_repo_path("themes/default");
	struct run	 r = RUN("theme", "mine");

	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "clspd: copied the default theme into mine: "
	    "edit its files (delete those you keep as they are), then build "
	    "with:\n  clspd build CONTENT --theme mine\n");
	run_free(&r);
	/* Every file of the default theme, as in the sources. */
	cr_assert(test_same_tree(themes, "mine"));
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	r = RUN("build", sample, "-o", "default", "-q");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	r = RUN("build", sample, "-o", "copied", "-q", "--theme", "mine");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(test_same_tree("default", "copied"));
	free(sample);
	free(themes);
}

/* An empty folder, or one with only dotfiles (.git), is fine. */
Test(theme_cmd, empty_folder_or_dotfiles_only)
{
	struct run	 r;

	cr_assert(fs_mkdir_p("mine/.git") == 0);
	r = RUN("theme", "mine");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(fs_is_file("mine/pdf/style.yaml"));
	cr_assert(fs_is_file("mine/templates/layout.mustache"));
	cr_assert(fs_is_file("mine/assets/css/identity.css"));
	cr_assert(fs_is_file("mine/strings/fr.yaml"));
}

Test(theme_cmd, refuses_a_folder_with_files)
{
	struct run	 r;
	char		*kept;

	cr_assert(fs_mkdir_p("mine/pdf") == 0);
	test_write_file("mine/pdf/style.yaml", "accent: \"#8a1538\"\n", 18);
	r = RUN("theme", "mine");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: mine: folder is not empty; theme "
	    "copies the default theme only into a new or empty folder (it "
	    "overwrites nothing)\n");
	run_free(&r);
	kept = test_read("mine/pdf/style.yaml", NULL);
	cr_assert_str_eq(kept, "accent: \"#8a1538\"\n");
	free(kept);
	cr_assert(!fs_is_dir("mine/templates"));
	test_write_file("file", "x", 1);
	r = RUN("theme", "file");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: file: a file of that name exists\n");
	run_free(&r);
	r = RUN("theme");
	cr_assert_eq(r.status, 2);
	cr_assert(strncmp(r.err, "clspd: theme needs one folder\n", 30) == 0,
	    "%s", r.err);
	run_free(&r);
}

Test(theme_cmd, refusal_in_french)
{
	struct run	 r;

	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "fr", 1);
	cr_assert(fs_mkdir_p("mine") == 0);
	test_write_file("mine/notes.txt", "x", 1);
	r = RUN("theme", "mine");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd\u00a0: mine\u00a0: le dossier n’est pas "
	    "vide\u00a0; theme ne copie le thème par défaut que dans un "
	    "dossier nouveau ou vide (il n’écrase rien)\n");
	run_free(&r);
}
