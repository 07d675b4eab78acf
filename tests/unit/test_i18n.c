/*
 * clspd in French: the binary run with a French environment prints its
 * help, usage errors, summary lines and diagnostics in French (po/fr.po),
 * chooses the language as GNU tools do (LANGUAGE, LC_ALL, LC_MESSAGES,
 * LANG), and writes the same files whatever the language. The exact
 * English messages are asserted by the other suites; the hints in both
 * languages are asserted here and in test_hints.c.
 */
#include <criterion/criterion.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../generator/util/alloc.h"
#include "helpers.h"

#define RUN(...) test_run(60, (const char *const[]){ __VA_ARGS__, NULL })

/* French through LANGUAGE, over C.UTF-8, which every glibc has. */
static void
french(void)
{
	test_enter_tmp();
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "fr", 1);
}

TestSuite(i18n, .init = french, .fini = test_leave_tmp);

/* Sets LOCPATH to the French locale the Makefile builds beside clspd. */
static void
use_built_locales(void)
{
	char	 bin[2 * PATH_MAX], *dir, *path;

	snprintf(bin, sizeof(bin), "%s", test_clspd);
	dir = dirname(bin);
	path = xasprintf("%s/locales", dir);
	cr_assert(access(path, R_OK) == 0, "%s: run make %s", path, path);
	setenv("LOCPATH", path, 1);
	free(path);
}

Test(i18n, help_in_french)
{
	struct run	 r = RUN("--help");

	cr_assert_eq(r.status, 0);
	cr_assert(strncmp(r.out, "usage\u00a0: clspd build [CONTENU] "
	    "[-o SORTIE] [--theme NOM|DOSSIER] [--crop-marks]\n", 76) == 0,
	    "%s", r.out);
	cr_assert(strstr(r.out, "Commandes\u00a0:\n  build [CONTENU]   lit "
	    "CONTENU") != NULL, "%s", r.out);
	run_free(&r);
}

Test(i18n, usage_errors_in_french)
{
	struct run	 r = RUN("frobnicate");

	cr_assert_eq(r.status, 2);
	cr_assert(strncmp(r.err, "clspd\u00a0: commande inconnue "
	    "«\u00a0frobnicate\u00a0»\nusage\u00a0: clspd build", 54) == 0,
	    "%s", r.err);
	run_free(&r);
	r = RUN("build", "--bogus");
	cr_assert_eq(r.status, 2);
	cr_assert(strncmp(r.err, "clspd\u00a0: option inconnue "
	    "«\u00a0--bogus\u00a0»\n", 38) == 0, "%s", r.err);
	run_free(&r);
	r = RUN("init");
	cr_assert_eq(r.status, 2);
	cr_assert(strncmp(r.err, "clspd\u00a0: init demande un dossier, et "
	    "un seul\n", 45) == 0, "%s", r.err);
	run_free(&r);
}

Test(i18n, summary_lines_in_french)
{
	struct run	 r;

	test_content(NULL, 0);
	r = RUN("check", "content");
	cr_assert_eq(r.status, 0);
	cr_assert(strncmp(r.err, "clspd\u00a0: content vérifié\u00a0: 5 "
	    "fichiers lus, 0 erreur, 0 avertissement, 0.", 69) == 0, "%s",
	    r.err);
	run_free(&r);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 0);
	cr_assert(strstr(r.err, "clspd\u00a0: content construit dans "
	    "out\u00a0: 5 fichiers lus, ") == r.err, "%s", r.err);
	cr_assert(strstr(r.err, " fichiers écrits, 0 avertissement, 0.") !=
	    NULL, "%s", r.err);
	run_free(&r);
}

/*
 * The language comes from the environment as for every GNU tool:
 * LANGUAGE first (unless the locale is C), then LC_ALL, LC_MESSAGES,
 * LANG. fr_FR.UTF-8 is the locale built by the Makefile (LOCPATH).
 */
Test(i18n, language_follows_the_environment)
{
	static const struct {
		const char	*lc_all, *lc_messages, *lang, *language;
		int		 french;
	} cases[] = {
		{ NULL, NULL, "fr_FR.UTF-8", NULL, 1 },
		{ NULL, "fr_FR.UTF-8", "C.UTF-8", NULL, 1 },
		{ "fr_FR.UTF-8", "C", "C", NULL, 1 },
		{ "C", NULL, "fr_FR.UTF-8", NULL, 0 },
		{ NULL, "C", "fr_FR.UTF-8", NULL, 0 },
		{ "C", NULL, NULL, "fr", 0 },	/* C ignores LANGUAGE */
		{ "C.UTF-8", NULL, NULL, "fr", 1 },
		{ "fr_FR.UTF-8", NULL, NULL, "en", 0 },
		{ "C.UTF-8", NULL, NULL, "de:fr", 1 },
	};
	struct run	 r;
	size_t		 i;

	use_built_locales();
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		unsetenv("LC_ALL");
		unsetenv("LC_MESSAGES");
		unsetenv("LANG");
		unsetenv("LANGUAGE");
		if (cases[i].lc_all)
			setenv("LC_ALL", cases[i].lc_all, 1);
		if (cases[i].lc_messages)
			setenv("LC_MESSAGES", cases[i].lc_messages, 1);
		if (cases[i].lang)
			setenv("LANG", cases[i].lang, 1);
		if (cases[i].language)
			setenv("LANGUAGE", cases[i].language, 1);
		r = RUN("frobnicate");
		cr_assert(strncmp(r.err, cases[i].french ?
		    "clspd\u00a0: commande inconnue" :
		    "clspd: unknown command", 22) == 0, "case %zu: %s", i,
		    r.err);
		run_free(&r);
	}
}

/*
 * Only the messages change: with LC_ALL=fr_FR.UTF-8 (a decimal comma in
 * the C library's numbers), the files written are the same bytes, and a
 * number with a point in the content is still read as before.
 */
Test(i18n, same_files_in_french)
{
	char	*content = test_repo_path("content");

	use_built_locales();
	setenv("LC_ALL", "fr_FR.UTF-8", 1);
	test_build(content, "fr", NULL);
	unsetenv("LANGUAGE");
	setenv("LC_ALL", "C", 1);
	test_build(content, "en", NULL);
	cr_assert(test_same_tree("fr", "en"));
	free(content);
}
