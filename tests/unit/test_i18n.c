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

/*
 * The time a summary line ends with: "1.247 s\n", however long the
 * build took on a loaded machine.
 */
static int
seconds_then_end(const char *s)
{
	size_t	 n;

	n = strspn(s, "0123456789");
	if (n == 0 || s[n] != '.' || strspn(s + n + 1, "0123456789") != 3)
		return 0;
	return strcmp(s + n + 4, " s\n") == 0;
}

Test(i18n, summary_lines_in_french)
{
	struct run	 r;
	const char	*p;

	test_content(NULL, 0);
	r = RUN("check", "content");
	cr_assert_eq(r.status, 0);
	p = "clspd\u00a0: content vérifié\u00a0: 5 fichiers lus, 0 erreur, "
	    "0 avertissement, ";
	cr_assert(strncmp(r.err, p, strlen(p)) == 0, "%s", r.err);
	cr_assert(seconds_then_end(r.err + strlen(p)), "%s", r.err);
	run_free(&r);
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 0);
	cr_assert(strstr(r.err, "clspd\u00a0: content construit dans "
	    "out\u00a0: 5 fichiers lus, ") == r.err, "%s", r.err);
	p = strstr(r.err, " fichiers écrits, 0 avertissement, ");
	cr_assert(p != NULL, "%s", r.err);
	cr_assert(seconds_then_end(p + strlen(" fichiers écrits, 0 "
	    "avertissement, ")), "%s", r.err);
	run_free(&r);
}

/*
 * A sample of the content's mistakes, one of each kind of message (an
 * unknown value, a number, a year, a duplicate, an unknown key, an id, a
 * quoted number, an octal, a mapping, a URL), in French.
 */
static const struct tfile sample_mistakes[] = {
	{ "actions/a.yaml",
	  "title: Action A\n"
	  "thematic: t\n"
	  "description: Décrire.\n"
	  "objectives: Viser.\n"
	  "status: fini\n"
	  "order: 1,5\n"
	  "period: {start: 2024, end: 2023}\n" },
	{ "clspd.yaml",
	  "council: CLSPD de Test\n"
	  "territory: Testville\n"
	  "year: 1999\n"
	  "thematics:\n"
	  "  - id: t\n"
	  "    title: Thématique\n"
	  "    group: [p, p]\n"
	  "    colour: bleu\n" },
	{ "indicators/i.yaml",
	  "action: b\n"
	  "label: Compter\n"
	  "values: {2025: \"10\", 2024: 012}\n"
	  "baseline: [1]\n" },
	{ "indicators/j.yaml",
	  "action: a\n"
	  "label: Compter\n"
	  "values: {2025: 10}\n" },
	{ "partners/p.yaml",
	  "name: Partenaire P\n"
	  "kind: comune\n"
	  "website: www.example.fr\n" },
	{ "partners/q.yaml",
	  "name: Partenaire Q\n"
	  "kind: etat\n" },
};

static const char sample_mistakes_fr[] =
    "content/actions/a.yaml:5:9: erreur: statut inconnu "
    "«\u00a0fini\u00a0» (valeurs possibles\u00a0: prevue, "
    "en-cours, terminee, suspendue)\n"
    "content/actions/a.yaml:6:8: erreur: on attend un nombre, "
    "on trouve «\u00a01,5\u00a0» (écrivez les décimales après "
    "un point\u00a0: 1.5)\n"
    "content/actions/a.yaml:7:9: erreur: la période commence "
    "après sa fin (2024 > 2023)\n"
    "content/clspd.yaml:3:7: erreur: année hors limites\u00a0: "
    "1999 (de 2000 à 2100)\n"
    "content/clspd.yaml:7:16: avertissement: «\u00a0p\u00a0» "
    "figure deux fois dans le groupe\n"
    "content/clspd.yaml:8:5: erreur: clé inconnue "
    "«\u00a0colour\u00a0» dans la thématique (clés "
    "possibles\u00a0: id, title, description, group)\n"
    "content/indicators/i.yaml:1:9: erreur: action inconnue "
    "«\u00a0b\u00a0» (vouliez-vous dire "
    "«\u00a0a\u00a0»\u202f?)\n"
    "content/indicators/i.yaml:3:16: erreur: on attend un "
    "nombre, on trouve un texte entre guillemets (enlevez les "
    "guillemets)\n"
    "content/indicators/i.yaml:3:28: erreur: un nombre ne doit "
    "pas commencer par 0 (YAML le lit en octal)\u00a0: "
    "«\u00a0012\u00a0»\n"
    "content/indicators/i.yaml:4:11: erreur: on attend des clés "
    "(clé\u00a0: valeur) pour la valeur de référence, on trouve "
    "une liste\n"
    "content/partners/p.yaml:2:7: erreur: type de partenaire "
    "inconnu «\u00a0comune\u00a0» (vouliez-vous dire "
    "«\u00a0commune\u00a0»\u202f?)\n"
    "content/partners/p.yaml:3:10: erreur: on attend une "
    "adresse complète en http:// ou https://, on trouve "
    "«\u00a0www.example.fr\u00a0»\n";

Test(i18n, diagnostics_in_french)
{
	char	*err;
	int	 status;

	test_write_files("content", sample_mistakes,
	    sizeof(sample_mistakes) / sizeof(sample_mistakes[0]));
	err = test_check_err(&status);
	cr_assert_eq(status, 1);
	cr_assert_str_eq(err, sample_mistakes_fr);
	free(err);
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

/* The CLI's own sample (test_cli.c), in French, with its summary line. */
Test(i18n, content_errors_in_french)
{
	static const struct tfile bad[] = {
		{ "partners/p.yaml", "name: P\nkind: comune\n" },
		{ "indicators/i.yaml", "action: b\nlabel: L\nvalues: {}\n" },
	};
	static const char want[] =
	    "content/actions/a.yaml:1:8: avertissement: l’action "
	    "«\u00a0a\u00a0» n’a pas d’indicateur\n"
	    "content/indicators/i.yaml:1:9: erreur: action inconnue "
	    "«\u00a0b\u00a0» (vouliez-vous dire «\u00a0a\u00a0»\u202f?)\n"
	    "content/partners/p.yaml:2:7: erreur: type de partenaire inconnu "
	    "«\u00a0comune\u00a0» (vouliez-vous dire "
	    "«\u00a0commune\u00a0»\u202f?)\n"
	    "clspd\u00a0: content vérifié\u00a0: 5 fichiers lus, 2 erreurs, "
	    "1 avertissement, ";
	struct run	 r;

	test_content(bad, 2);
	r = RUN("check", "content");
	cr_assert_eq(r.status, 1);
	cr_assert(strncmp(r.err, want, strlen(want)) == 0, "got:\n%s", r.err);
	cr_assert(strcmp(r.err + strlen(r.err) - 3, " s\n") == 0, "%s", r.err);
	run_free(&r);
}

/*
 * The check `make test` runs over po/ (tools/po-check.sh) fails on a
 * message of the sources that po/fr.po does not translate, naming it,
 * before anyone ran `make po`; and passes on the sources as they are.
 */
Test(i18n, po_check_names_an_untranslated_message)
{
	static const char src[] = "const char *f(void) { return "
	    "_(\"a message nobody translated\"); }\n";
	char	*repo = test_repo_path(""), *cmd, *out, cwd[PATH_MAX];
	int	 status;

	cr_assert(getcwd(cwd, sizeof(cwd)) != NULL);
	test_write_file("new.c", src, strlen(src));
	cmd = xasprintf("cd '%s' && sh tools/po-check.sh '%s/po' fr xgettext "
	    "--language=C --from-code=UTF-8 --keyword=_ -- generator/main.c "
	    "'%s/new.c' 2>&1", repo, cwd, cwd);
	out = test_sh(cmd, &status);
	cr_assert_neq(status, 0, "%s", out);
	cr_assert(strstr(out, "po/fr.po: messages not translated; run make "
	    "po and translate:\n  msgid \"a message nobody translated\"\n") !=
	    NULL, "%s", out);
	free(out);
	free(cmd);
	cmd = xasprintf("cd '%s' && sh tools/po-check.sh '%s/po' fr xgettext "
	    "--language=C --from-code=UTF-8 --keyword=_ -- generator/main.c "
	    "2>&1", repo, cwd);
	out = test_sh(cmd, &status);
	cr_assert_eq(status, 0, "%s", out);
	free(out);
	free(cmd);
	free(repo);
}

/*
 * Last year's content with this year's year, in French: each warning
 * once, at clspd.yaml's year; then clspd year's checklist in French.
 */
Test(i18n, year_warnings_and_checklist_in_french)
{
	static const struct tfile f[] = {
		{ "clspd.yaml", "council: C\nterritory: T\nyear: 2026\n"
		  "thematics:\n  - id: t\n    title: Thématique\n"
		  "    group: [p]\n" },
		{ "actions/a.yaml", "title: Action A\nthematic: t\n"
		  "description: D.\nobjectives: O.\n"
		  "funding: {2025: [{funder: p, amount: 10}]}\n" },
	};
	struct run	 r;
	char		*err;
	int		 status;

	test_content(f, 2);
	err = test_check_err(&status);
	cr_assert_eq(status, 0);
	cr_assert_str_eq(err,
	    "content/clspd.yaml:3:7: avertissement: aucun "
	    "indicateur n’a de valeur pour 2026, l’année du rapport, mais "
	    "d’autres années en ont\u00a0: ajoutez les valeurs de l’année "
	    "(values: 2026: …) ou vérifiez year:\n"
	    "content/clspd.yaml:3:7: avertissement: aucune action "
	    "n’a de financement pour 2026, l’année du rapport, mais d’autres "
	    "années en ont\u00a0: ajoutez-le sous funding: 2026: dans les "
	    "fiches action, ou vérifiez year:\n");
	free(err);
	r = RUN("year", "2026", "content");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.out, "À remplir pour 2026\u00a0:\n"
	    "  [ ] content/actions/a.yaml:6: les financements 2026 de "
	    "«\u00a0Action A\u00a0» (sous funding:, 2026: avec chaque "
	    "financeur et son montant)\n"
	    "  [ ] content/indicators/i.yaml:4: la valeur 2026 de "
	    "«\u00a0Compter\u00a0» (sous values:, 2026: …)\n"
	    "2 éléments\u202f; relancez clspd year 2026 pour lister ce qui "
	    "reste.\n");
	run_free(&r);
	r = RUN("year", "2030", "content");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd\u00a0: année 2030\u00a0: l’année du "
	    "bilan est 2026, et la suivante 2027\u202f; pour revenir en "
	    "arrière ou sauter des années, ajoutez --force\n");
	run_free(&r);
}
