/*
 * Hints for the mistakes French writers make (a " : " in a list item, an
 * apostrophe in single quotes, a period written 2024-2026, years not
 * indented, an unclosed quote, an amount with spaces or a sign, an
 * unknown id, a tab, oui/non, French quotes, a Latin-1 file, a key in
 * French, a bad file name): each gives one message, at the place of the
 * mistake, saying what to write. Each is asserted exactly in English and
 * in French, through the binary as a user runs it.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

TestSuite(hints, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

/*
 * Writes the test content with files over it, checks it in English and
 * in French, and compares each run's diagnostics with en and fr.
 */
static void
hint_assert(const struct tfile *files, size_t n, const char *en,
    const char *fr)
{
	char	*err;
	int	 status;

	test_content(files, n);
	err = test_check_err(&status);
	cr_assert_eq(status, 1, "%s", err);
	cr_assert_str_eq(err, en);
	free(err);
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "fr", 1);
	err = test_check_err(&status);
	unsetenv("LC_ALL");
	unsetenv("LANGUAGE");
	cr_assert_eq(status, 1, "%s", err);
	cr_assert_str_eq(err, fr);
	free(err);
}

#define HINT(files, en, fr) \
	hint_assert((files), sizeof(files) / sizeof((files)[0]), (en), (fr))

/* "- Moyens : un médiateur": YAML reads a key and its value. */
Test(hints, colon_in_a_list_item)
{
	static const struct tfile files[] = {
		{ "actions/a.yaml", "title: Action A\nthematic: t\n"
		  "description: Décrire.\nobjectives:\n"
		  "  - Viser.\n  - Moyens : un médiateur\n" },
	};

	HINT(files, "content/actions/a.yaml:6:5: error: this list item holds "
	    "': ', which YAML reads as a key and its value: put the whole "
	    "text in double quotes, as in - \"Moyens : un médiateur\"\n",
	    "content/actions/a.yaml:6:5: erreur: cet élément de liste "
	    "contient «\u00a0:\u00a0», que YAML lit comme une clé et sa "
	    "valeur\u00a0: mettez tout le texte entre guillemets droits, "
	    "comme - \"Moyens : un médiateur\"\n");
}
