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

/* 'Permanence d'aide': the apostrophe ends the text. */
Test(hints, apostrophe_in_single_quotes)
{
	static const struct tfile files[] = {
		{ "partners/p.yaml",
		  "name: 'Permanence d'aide'\n"
		  "kind: commune\n" },
	};

	HINT(files,
	    "content/partners/p.yaml:1:20: error: this apostrophe "
	    "ends the text in single quotes: write the text in double "
	    "quotes, \"Permanence d'aide\", or double the apostrophe, "
	    "'Permanence d''aide'\n",
	    "content/partners/p.yaml:1:20: erreur: cette apostrophe "
	    "termine le texte entre apostrophes\u00a0: écrivez le "
	    "texte entre guillemets droits, \"Permanence d'aide\", ou "
	    "doublez l’apostrophe, 'Permanence d''aide'\n");
}

/* A quote never closed is reported at the quote, not at the end of the file. */
Test(hints, unclosed_quote)
{
	static const struct tfile files[] = {
		{ "partners/p.yaml",
		  "name: \"Partenaire P\n"
		  "kind: commune\n"
		  "short: P\n" },
	};

	HINT(files,
	    "content/partners/p.yaml:1:7: error: this quote is never "
	    "closed: add \" at the end of the text\n",
	    "content/partners/p.yaml:1:7: erreur: ce guillemet n’est "
	    "jamais fermé\u00a0: ajoutez \" à la fin du texte\n");
}

/* A tab in the indentation. */
Test(hints, tab)
{
	static const struct tfile files[] = {
		{ "indicators/i.yaml",
		  "action: a\n"
		  "label: Compter\n"
		  "values:\n"
		  "\t2025: 10\n" },
	};

	HINT(files,
	    "content/indicators/i.yaml:4:1: error: a tab: YAML "
	    "indents with spaces only; replace this tab with spaces\n",
	    "content/indicators/i.yaml:4:1: erreur: une "
	    "tabulation\u00a0: YAML n’indente qu’avec des "
	    "espaces\u202f; remplacez cette tabulation par des "
	    "espaces\n");
}

/* public: Objectif : remobiliser: a second ': ' on the line. */
Test(hints, colon_in_a_value)
{
	static const struct tfile files[] = {
		{ "partners/p.yaml",
		  "name: Partenaire P\n"
		  "kind: commune\n"
		  "description: Objectif : remobiliser\n" },
	};

	HINT(files,
	    "content/partners/p.yaml:3:23: error: this text holds ': "
	    "', which YAML reads as a new key: put the text in double "
	    "quotes, as in description: \"Objectif : remobiliser\"\n",
	    "content/partners/p.yaml:3:23: erreur: ce texte contient "
	    "«\u00a0:\u00a0», que YAML lit comme une nouvelle "
	    "clé\u00a0: mettez le texte entre guillemets droits, "
	    "comme description: \"Objectif : remobiliser\"\n");
}

/* « » and ’ ’ used as YAML quotes around a ': '. */
Test(hints, french_quotes_are_not_yaml_quotes)
{
	static const struct tfile files[] = {
		{ "partners/p.yaml",
		  "name: Partenaire P\n"
		  "kind: commune\n"
		  "description: « Objectif : remobiliser »\n" },
		{ "partners/q.yaml",
		  "name: Partenaire Q\n"
		  "kind: etat\n"
		  "description: ’Objectif : remobiliser’\n" },
	};

	HINT(files,
	    "content/partners/p.yaml:3:14: error: « » and ’ are not "
	    "quotes for YAML, and this text holds ': ': put it in "
	    "straight double quotes, as in description: \"« Objectif "
	    ": remobiliser »\"\n"
	    "content/partners/q.yaml:3:14: error: « » and ’ are not "
	    "quotes for YAML, and this text holds ': ': put it in "
	    "straight double quotes, as in description: \"Objectif : "
	    "remobiliser\"\n",
	    "content/partners/p.yaml:3:14: erreur: «\u00a0» et ’ ne "
	    "sont pas des guillemets pour YAML, et ce texte contient "
	    "«\u00a0:\u00a0»\u00a0: mettez-le entre guillemets "
	    "droits, comme description: \"« Objectif : remobiliser "
	    "»\"\n"
	    "content/partners/q.yaml:3:14: erreur: «\u00a0» et ’ ne "
	    "sont pas des guillemets pour YAML, et ce texte contient "
	    "«\u00a0:\u00a0»\u00a0: mettez-le entre guillemets "
	    "droits, comme description: \"Objectif : remobiliser\"\n");
}

/* nom: for name: one message, not a second one for the missing name. */
Test(hints, key_in_french_for_a_required_key)
{
	static const struct tfile files[] = {
		{ "partners/p.yaml",
		  "nom: Partenaire P\n"
		  "kind: commune\n" },
	};

	HINT(files,
	    "content/partners/p.yaml:1:1: error: unknown key 'nom' in "
	    "partner (did you mean 'name'? keys are written in "
	    "English)\n",
	    "content/partners/p.yaml:1:1: erreur: clé inconnue "
	    "«\u00a0nom\u00a0» dans le partenaire (vouliez-vous dire "
	    "«\u00a0name\u00a0»\u202f? les clés s’écrivent en "
	    "anglais)\n");
}

/* montant: for amount: no warning of a funder without an amount on top. */
Test(hints, key_in_french_for_the_amount)
{
	static const struct tfile files[] = {
		{ "actions/a.yaml",
		  "title: Action A\n"
		  "thematic: t\n"
		  "description: Décrire.\n"
		  "objectives: Viser.\n"
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: p, montant: 12000}\n" },
	};

	HINT(files,
	    "content/actions/a.yaml:7:19: error: unknown key "
	    "'montant' in funding entry (did you mean 'amount'? keys "
	    "are written in English)\n",
	    "content/actions/a.yaml:7:19: erreur: clé inconnue "
	    "«\u00a0montant\u00a0» dans une ligne de financement "
	    "(vouliez-vous dire «\u00a0amount\u00a0»\u202f? les clés "
	    "s’écrivent en anglais)\n");
}

/* A file with a bad name: the name to give it, and its other mistakes now. */
Test(hints, bad_file_name_hides_nothing)
{
	static const struct tfile files[] = {
		{ "partners/q.yaml", NULL },
		{ "partners/Partenaire Q.yaml",
		  "name: Partenaire Q\n"
		  "kind: etta\n" },
	};

	HINT(files,
	    "content/partners/Partenaire Q.yaml:1:1: error: invalid "
	    "id 'Partenaire Q' in file name: an id is written with "
	    "lowercase letters without accents, digits and single "
	    "hyphens; rename the file partenaire-q.yaml\n"
	    "content/partners/Partenaire Q.yaml:2:7: error: unknown "
	    "partner kind 'etta' (did you mean 'etat'?)\n",
	    "content/partners/Partenaire Q.yaml:1:1: erreur: "
	    "identifiant invalide «\u00a0Partenaire Q\u00a0» dans le "
	    "nom du fichier\u00a0: un identifiant s’écrit en lettres "
	    "minuscules sans accent, chiffres et tirets "
	    "simples\u202f; renommez le fichier partenaire-q.yaml\n"
	    "content/partners/Partenaire Q.yaml:2:7: erreur: type de "
	    "partenaire inconnu «\u00a0etta\u00a0» (vouliez-vous dire "
	    "«\u00a0etat\u00a0»\u202f?)\n");
}

/*
 * An unknown id without a near one: what an id is, and the ids there
 * are; a prefix is a near one.
 */
Test(hints, unknown_ids_say_what_an_id_is)
{
	static const struct tfile files[] = {
		{ "indicators/i.yaml",
		  "action: prevention-routiere\n"
		  "label: Compter\n"
		  "values: {2025: 10}\n" },
		{ "indicators/j.yaml",
		  "action: a-b\n"
		  "label: Compter\n"
		  "values: {2025: 10}\n" },
		{ "actions/a.yaml",
		  "title: Action A\n"
		  "thematic: tranquillite\n"
		  "description: Décrire.\n"
		  "objectives: Viser.\n"
		  "pilot: mairie\n" },
	};

	HINT(files,
	    "content/actions/a.yaml:1:8: warning: action 'a' has no "
	    "indicator\n"
	    "content/actions/a.yaml:2:11: error: unknown thematic "
	    "'tranquillite': a thematic's id is the one written after "
	    "'id:' under 'thematics:' in clspd.yaml; the thematics "
	    "are: t\n"
	    "content/actions/a.yaml:5:8: error: unknown partner "
	    "'mairie': a partner's id is the name of its file in "
	    "partners/, without .yaml; the partners are: p, q\n"
	    "content/indicators/i.yaml:1:9: error: unknown action "
	    "'prevention-routiere': an action's id is the name of its "
	    "file in actions/, without .yaml; the actions are: a\n"
	    "content/indicators/j.yaml:1:9: error: unknown action "
	    "'a-b' (did you mean 'a'?)\n",
	    "content/actions/a.yaml:1:8: avertissement: l’action "
	    "«\u00a0a\u00a0» n’a pas d’indicateur\n"
	    "content/actions/a.yaml:2:11: erreur: thématique inconnue "
	    "«\u00a0tranquillite\u00a0»\u00a0: l’identifiant d’une "
	    "thématique est celui écrit après «\u00a0id:\u00a0» sous "
	    "«\u00a0thematics:\u00a0» dans clspd.yaml\u202f; les "
	    "thématiques sont\u00a0: t\n"
	    "content/actions/a.yaml:5:8: erreur: partenaire inconnu "
	    "«\u00a0mairie\u00a0»\u00a0: l’identifiant d’un "
	    "partenaire est le nom de son fichier dans partners/, "
	    "sans .yaml\u202f; les partenaires sont\u00a0: p, q\n"
	    "content/indicators/i.yaml:1:9: erreur: action inconnue "
	    "«\u00a0prevention-routiere\u00a0»\u00a0: l’identifiant "
	    "d’une action est le nom de son fichier dans actions/, "
	    "sans .yaml\u202f; les actions sont\u00a0: a\n"
	    "content/indicators/j.yaml:1:9: erreur: action inconnue "
	    "«\u00a0a-b\u00a0» (vouliez-vous dire "
	    "«\u00a0a\u00a0»\u202f?)\n");
}

/* period: 2024-2026, as French writes it. */
Test(hints, period_written_as_a_range)
{
	static const struct tfile files[] = {
		{ "actions/a.yaml",
		  "title: Action A\n"
		  "thematic: t\n"
		  "description: Décrire.\n"
		  "objectives: Viser.\n"
		  "period: 2024-2026\n" },
	};

	HINT(files,
	    "content/actions/a.yaml:5:9: error: a period is written "
	    "with its first and last years: period: {start: 2024, "
	    "end: 2026}\n",
	    "content/actions/a.yaml:5:9: erreur: une période s’écrit "
	    "avec sa première et sa dernière année\u00a0: period: "
	    "{start: 2024, end: 2026}\n");
}

/*
 * The years of values: written at the start of the line: one message,
 * at the first year.
 */
Test(hints, years_not_indented_under_values)
{
	static const struct tfile files[] = {
		{ "indicators/i.yaml",
		  "action: a\n"
		  "label: Compter\n"
		  "values:\n"
		  "2024: 8\n"
		  "2025: 10\n" },
	};

	HINT(files,
	    "content/indicators/i.yaml:4:1: error: the year 2024 is "
	    "not indented under 'values:' (line 3): put two spaces "
	    "before each of its years\n",
	    "content/indicators/i.yaml:4:1: erreur: l’année 2024 "
	    "n’est pas en retrait sous «\u00a0values:\u00a0» (ligne "
	    "3)\u00a0: mettez deux espaces devant chacune de ses "
	    "années\n");
}

/* 12 500, 32000 € and 90 %: the number to write. */
Test(hints, amounts_with_spaces_currency_or_percent)
{
	static const struct tfile files[] = {
		{ "actions/a.yaml",
		  "title: Action A\n"
		  "thematic: t\n"
		  "description: Décrire.\n"
		  "objectives: Viser.\n"
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: p, amount: 12 500}\n"
		  "    - {funder: q, amount: 32000 €}\n" },
		{ "indicators/i.yaml",
		  "action: a\n"
		  "label: Compter\n"
		  "target: 90 %\n"
		  "values: {2025: 12\u00a0500}\n" },
	};

	HINT(files,
	    "content/actions/a.yaml:7:27: error: expected a number, "
	    "found '12 500': write the number without spaces, as in "
	    "12500\n"
	    "content/actions/a.yaml:8:27: error: expected a number, "
	    "found '32000 €': write the amount without the currency, "
	    "as in 32000 (amounts are in euros)\n"
	    "content/indicators/i.yaml:3:9: error: expected a number, "
	    "found '90 %': write the number without the percent sign, "
	    "as in 90 (the unit goes in 'unit:')\n"
	    "content/indicators/i.yaml:4:16: error: expected a "
	    "number, found '12\u00a0500': write the number without "
	    "spaces, as in 12500\n",
	    "content/actions/a.yaml:7:27: erreur: on attend un "
	    "nombre, on trouve «\u00a012 500\u00a0»\u00a0: écrivez le "
	    "nombre sans espaces, comme 12500\n"
	    "content/actions/a.yaml:8:27: erreur: on attend un "
	    "nombre, on trouve «\u00a032000 €\u00a0»\u00a0: écrivez "
	    "le montant sans la monnaie, comme 32000 (les montants "
	    "sont en euros)\n"
	    "content/indicators/i.yaml:3:9: erreur: on attend un "
	    "nombre, on trouve «\u00a090 %\u00a0»\u00a0: écrivez le "
	    "nombre sans le signe pour cent, comme 90 (l’unité va "
	    "dans «\u00a0unit:\u00a0»)\n"
	    "content/indicators/i.yaml:4:16: erreur: on attend un "
	    "nombre, on trouve «\u00a012\u00a0500\u00a0»\u00a0: "
	    "écrivez le nombre sans espaces, comme 12500\n");
}

/* oui where a number is expected. */
Test(hints, yes_or_no_for_a_number)
{
	static const struct tfile files[] = {
		{ "indicators/i.yaml",
		  "action: a\n"
		  "label: Compter\n"
		  "target: oui\n"
		  "values: {2025: non}\n" },
	};

	HINT(files,
	    "content/indicators/i.yaml:3:9: error: expected a number, "
	    "found 'oui': a yes or a no is not a number; write the "
	    "figure itself, as in 12\n"
	    "content/indicators/i.yaml:4:16: error: expected a "
	    "number, found 'non': a yes or a no is not a number; "
	    "write the figure itself, as in 12\n",
	    "content/indicators/i.yaml:3:9: erreur: on attend un "
	    "nombre, on trouve «\u00a0oui\u00a0»\u00a0: un oui ou un "
	    "non n’est pas un nombre\u202f; écrivez le chiffre "
	    "lui-même, comme 12\n"
	    "content/indicators/i.yaml:4:16: erreur: on attend un "
	    "nombre, on trouve «\u00a0non\u00a0»\u00a0: un oui ou un "
	    "non n’est pas un nombre\u202f; écrivez le chiffre "
	    "lui-même, comme 12\n");
}

/* A file saved in Latin-1 or in Windows-1252: the encoding is named. */
Test(hints, file_saved_in_latin1_or_windows_1252)
{
	static const struct tfile files[] = {
		{ "partners/p.yaml", "name: Partenaire \xc9" "tat\n"
		  "kind: commune\n" },
		{ "partners/q.yaml", "name: Partenaire l\x92" "\xe9" "t\xe9\n"
		  "kind: etat\n" },
	};

	HINT(files,
	    "content/partners/p.yaml:1:18: error: this file is not in UTF-8 "
	    "but most likely in Latin-1 (this character is 'É'): save it as "
	    "UTF-8 from your editor, or convert it with iconv -f LATIN1 -t "
	    "UTF-8\n"
	    "content/partners/q.yaml:1:19: error: this file is not in UTF-8 "
	    "but most likely in Windows-1252 (this character is '’'): save "
	    "it as UTF-8 from your editor, or convert it with iconv -f "
	    "WINDOWS-1252 -t UTF-8\n",
	    "content/partners/p.yaml:1:18: erreur: ce fichier n’est pas en "
	    "UTF-8 mais sans doute en Latin-1 (ce caractère est "
	    "«\u00a0É\u00a0»)\u00a0: enregistrez-le en UTF-8 depuis votre "
	    "éditeur, ou convertissez-le avec iconv -f LATIN1 -t UTF-8\n"
	    "content/partners/q.yaml:1:19: erreur: ce fichier n’est pas en "
	    "UTF-8 mais sans doute en Windows-1252 (ce caractère est "
	    "«\u00a0’\u00a0»)\u00a0: enregistrez-le en UTF-8 depuis votre "
	    "éditeur, ou convertissez-le avec iconv -f WINDOWS-1252 -t "
	    "UTF-8\n");
}
