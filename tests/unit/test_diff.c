/*
 * clspd diff (generator/diff/): real repositories made here with the git
 * command (fixed authors, dates and no configuration), a bilan-<year>
 * tag, then every kind of change, compared in the three formats with
 * exact outputs; the default --from, and the messages without a tag or
 * outside git.
 */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/util/alloc.h"
#include "helpers.h"

TestSuite(diff, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

/* Every commit of these tests at one date, so that its id is fixed. */
#define DATED "export GIT_AUTHOR_DATE=2026-03-12T10:00:00+01:00 " \
	"GIT_COMMITTER_DATE=2026-03-12T10:00:00+01:00; "

#define NNBSP "\xE2\x80\xAF"
#define NBSP "\xC2\xA0"

/* The version adopted in 2025: tagged bilan-2025. */
static const struct tfile v2025[] = {
	{ "actions/a.yaml",
	  "title: Action A\nthematic: t\nstatus: en-cours\npilot: p\n"
	  "partners: [q]\n"
	  "description: Décrire.\nobjectives: Viser.\n"
	  "funding:\n  2025:\n    - {funder: p, amount: 1000}\n"
	  "    - {funder: q, amount: 200}\n" },
	{ "actions/c.yaml",
	  "title: Action C\nthematic: t\ndescription: D.\n"
	  "objectives: O.\n" },
	{ "indicators/i.yaml",
	  "action: a\nlabel: Compter\nunit: personnes\n"
	  "values: {2024: 8, 2025: 10}\n" },
	{ "charter.md", "---\ntitle: Charte\n---\n\n## Respect\n\n"
	    "Chacun respecte l'espace public.\n\n"
	    "1. Je dis bonjour.\n2. Je garde les lieux propres.\n" },
};

/* The work tree since: one change of every kind. */
static const struct tfile now[] = {
	{ "actions/a.yaml",
	  "title: Action A\nthematic: t\nstatus: terminee\npilot: q\n"
	  "partners: [p]\n"
	  "description: Décrire autrement.\nobjectives: Viser.\n"
	  "funding:\n  2025:\n    - {funder: p, amount: 1500.5}\n"
	  "  2026:\n    - {funder: r, amount: 300}\n" },
	{ "actions/b.yaml",
	  "title: Action B\nthematic: t\ndescription: D.\n"
	  "objectives: O.\n" },
	{ "actions/c.yaml", NULL },
	{ "indicators/i.yaml",
	  "action: a\nlabel: Compter\nunit: personnes\n"
	  "values: {2024: 8, 2025: 1200}\ntarget: {2026: 1500}\n" },
	{ "partners/r.yaml", "name: Partenaire R\nkind: association\n" },
	{ "charter.md", "---\ntitle: Charte\n---\n\n## Respect\n\n"
	    "Chacun respecte toujours l'espace public.\n\n"
	    "1. Je dis bonjour.\n2. Je garde les lieux propres.\n"
	    "3. Je ne fais pas de bruit.\n" },
};

/* A repository with v2025 tagged bilan-2025, and the work tree now. */
static char *
repo_changed(void)
{
	char	*id;

	test_content(v2025, sizeof(v2025) / sizeof(v2025[0]));
	free(test_git(DATED "git init -q -b main . && git add -A && "
	    "git commit -q -m 'Bilan 2025' && git tag bilan-2025"));
	id = test_git(DATED "git rev-parse --short=7 HEAD");
	id[strcspn(id, "\n")] = '\0';
	test_write_files("content", now, sizeof(now) / sizeof(now[0]));
	return id;
}

static struct run
diff(const char *format)
{
	return test_run(60, (const char *const[]){ "diff", "content",
	    "--format", format, NULL });
}

Test(diff, text)
{
	char		*id = repo_changed(), *want;
	struct run	 r = diff("text");

	cr_assert_eq(r.status, 0, "%s", r.err);
	want = xasprintf(
	    "Changes from bilan-2025 (%s) to the work tree, with unsaved "
	    "changes\n"
	    "\n"
	    "Actions\n"
	    "  action a, status: en-cours → terminee\n"
	    "  action a, pilot: p → q\n"
	    "  new action b: Action B\n"
	    "  action c removed: Action C\n"
	    "\n"
	    "Indicators\n"
	    "  indicator i, value 2025: 10" NBSP "personnes → 1" NNBSP "200"
	    NBSP "personnes\n"
	    "  indicator i, target 2026: — → 1" NNBSP "500" NBSP "personnes\n"
	    "\n"
	    "Funding\n"
	    "  action a, funding from p in 2025: 1" NNBSP "000" NBSP "€ → 1"
	    NNBSP "500,50" NBSP "€\n"
	    "  action a, funding from q in 2025: 200" NBSP "€ → —\n"
	    "  action a, funding from r in 2026: — → 300" NBSP "€\n"
	    "  total funding 2025: 1" NNBSP "200" NBSP "€ → 1" NNBSP "500,50"
	    NBSP "€\n"
	    "  total funding 2026: — → 300" NBSP "€\n"
	    "\n"
	    "Partners\n"
	    "  partner p, now partner of action a\n"
	    "  partner p, no longer pilot of action a\n"
	    "  partner q, now pilot of action a\n"
	    "  partner q, no longer partner of action a\n"
	    "  partner q, no longer funder of action a\n"
	    "  new partner r: Partenaire R\n"
	    "\n"
	    "Texts\n"
	    "  action a, text changed: description\n"
	    "\n"
	    "Charter\n"
	    "  charter, paragraph 2 changed: Chacun respecte toujours "
	    "l'espace public.\n"
	    "  charter, paragraph 5 added: 3. Je ne fais pas de bruit.\n", id);
	cr_assert_str_eq(r.out, want);
	free(want);
	run_free(&r);
	free(id);
}


/* The same sentences for a merge request: headings, bullets, ids as code. */
Test(diff, markdown)
{
	char		*id = repo_changed(), *want;
	struct run	 r = diff("markdown");

	cr_assert_eq(r.status, 0, "%s", r.err);
	want = xasprintf(
	    "# Changes from `bilan-2025` (%.7s) to the work tree, with "
	    "unsaved changes\n"
	    "\n"
	    "## Actions\n"
	    "\n"
	    "- action `a`, status: en-cours → terminee\n"
	    "- action `a`, pilot: p → q\n"
	    "- new action `b`: Action B\n"
	    "- action `c` removed: Action C\n"
	    "\n"
	    "## Indicators\n"
	    "\n"
	    "- indicator `i`, value 2025: 10" NBSP "personnes → 1" NNBSP "200"
	    NBSP "personnes\n"
	    "- indicator `i`, target 2026: — → 1" NNBSP "500" NBSP "personnes\n"
	    "\n"
	    "## Funding\n"
	    "\n"
	    "- action `a`, funding from `p` in 2025: 1" NNBSP "000" NBSP "€ → "
	    "1" NNBSP "500,50" NBSP "€\n"
	    "- action `a`, funding from `q` in 2025: 200" NBSP "€ → —\n"
	    "- action `a`, funding from `r` in 2026: — → 300" NBSP "€\n"
	    "- total funding 2025: 1" NNBSP "200" NBSP "€ → 1" NNBSP "500,50"
	    NBSP "€\n"
	    "- total funding 2026: — → 300" NBSP "€\n"
	    "\n"
	    "## Partners\n"
	    "\n"
	    "- partner `p`, now partner of action `a`\n"
	    "- partner `p`, no longer pilot of action `a`\n"
	    "- partner `q`, now pilot of action `a`\n"
	    "- partner `q`, no longer partner of action `a`\n"
	    "- partner `q`, no longer funder of action `a`\n"
	    "- new partner `r`: Partenaire R\n"
	    "\n"
	    "## Texts\n"
	    "\n"
	    "- action `a`, text changed: `description`\n"
	    "\n"
	    "## Charter\n"
	    "\n"
	    "- charter, paragraph 2 changed: Chacun respecte toujours "
	    "l'espace public.\n"
	    "- charter, paragraph 5 added: 3. Je ne fais pas de bruit.\n", id);
	cr_assert_str_eq(r.out, want);
	free(want);
	run_free(&r);
	free(id);
}

/* For tools: raw numbers, null for a side that has none (docs/format.md). */
Test(diff, json)
{
	char		*id = repo_changed(), *full, *want;
	struct run	 r = diff("json");

	cr_assert_eq(r.status, 0, "%s", r.err);
	full = test_git(DATED "git rev-parse HEAD");
	full[strcspn(full, "\n")] = '\0';
	want = xasprintf(
	    "{\n"
	    "  \"from\": {\"rev\": \"bilan-2025\", \"commit\": \"%s\", "
	    "\"modified\": false},\n"
	    "  \"to\": {\"rev\": null, \"commit\": \"%s\", \"modified\": "
	    "true},\n"
	    "  \"changes\": [\n"
	    "    {\"section\": \"actions\", \"change\": \"changed\", "
	    "\"record\": \"action\", \"id\": \"a\", \"field\": \"status\", "
	    "\"old\": \"en-cours\", \"new\": \"terminee\"},\n"
	    "    {\"section\": \"actions\", \"change\": \"changed\", "
	    "\"record\": \"action\", \"id\": \"a\", \"field\": \"pilot\", "
	    "\"old\": \"p\", \"new\": \"q\"},\n"
	    "    {\"section\": \"actions\", \"change\": \"added\", "
	    "\"record\": \"action\", \"id\": \"b\", \"title\": \"Action "
	    "B\"},\n"
	    "    {\"section\": \"actions\", \"change\": \"removed\", "
	    "\"record\": \"action\", \"id\": \"c\", \"title\": \"Action "
	    "C\"},\n"
	    "    {\"section\": \"indicators\", \"change\": \"changed\", "
	    "\"record\": \"indicator\", \"id\": \"i\", \"field\": \"values\", "
	    "\"year\": 2025, \"old\": 10, \"new\": 1200},\n"
	    "    {\"section\": \"indicators\", \"change\": \"added\", "
	    "\"record\": \"indicator\", \"id\": \"i\", \"field\": "
	    "\"targets\", \"year\": 2026, \"old\": null, \"new\": 1500},\n"
	    "    {\"section\": \"funding\", \"change\": \"changed\", "
	    "\"record\": \"action\", \"id\": \"a\", \"field\": \"funding\", "
	    "\"funder\": \"p\", \"year\": 2025, \"old\": 1000, \"new\": "
	    "1500.5},\n"
	    "    {\"section\": \"funding\", \"change\": \"removed\", "
	    "\"record\": \"action\", \"id\": \"a\", \"field\": \"funding\", "
	    "\"funder\": \"q\", \"year\": 2025, \"old\": 200, \"new\": "
	    "null},\n"
	    "    {\"section\": \"funding\", \"change\": \"added\", "
	    "\"record\": \"action\", \"id\": \"a\", \"field\": \"funding\", "
	    "\"funder\": \"r\", \"year\": 2026, \"old\": null, \"new\": "
	    "300},\n"
	    "    {\"section\": \"funding\", \"change\": \"changed\", "
	    "\"record\": \"total\", \"field\": \"funding\", \"year\": 2025, "
	    "\"old\": 1200, \"new\": 1500.5},\n"
	    "    {\"section\": \"funding\", \"change\": \"added\", "
	    "\"record\": \"total\", \"field\": \"funding\", \"year\": 2026, "
	    "\"old\": null, \"new\": 300},\n"
	    "    {\"section\": \"partners\", \"change\": \"added\", "
	    "\"record\": \"partner\", \"id\": \"p\", \"field\": \"role\", "
	    "\"role\": \"partner\", \"of\": \"a\"},\n"
	    "    {\"section\": \"partners\", \"change\": \"removed\", "
	    "\"record\": \"partner\", \"id\": \"p\", \"field\": \"role\", "
	    "\"role\": \"pilot\", \"of\": \"a\"},\n"
	    "    {\"section\": \"partners\", \"change\": \"added\", "
	    "\"record\": \"partner\", \"id\": \"q\", \"field\": \"role\", "
	    "\"role\": \"pilot\", \"of\": \"a\"},\n"
	    "    {\"section\": \"partners\", \"change\": \"removed\", "
	    "\"record\": \"partner\", \"id\": \"q\", \"field\": \"role\", "
	    "\"role\": \"partner\", \"of\": \"a\"},\n"
	    "    {\"section\": \"partners\", \"change\": \"removed\", "
	    "\"record\": \"partner\", \"id\": \"q\", \"field\": \"role\", "
	    "\"role\": \"funder\", \"of\": \"a\"},\n"
	    "    {\"section\": \"partners\", \"change\": \"added\", "
	    "\"record\": \"partner\", \"id\": \"r\", \"title\": \"Partenaire "
	    "R\"},\n"
	    "    {\"section\": \"texts\", \"change\": \"changed\", "
	    "\"record\": \"action\", \"id\": \"a\", \"fields\": "
	    "[\"description\"]},\n"
	    "    {\"section\": \"charter\", \"change\": \"changed\", "
	    "\"record\": \"charter\", \"field\": \"paragraph\", "
	    "\"paragraph\": 2, \"old\": \"Chacun respecte l'espace public.\", "
	    "\"new\": \"Chacun respecte toujours l'espace public.\"},\n"
	    "    {\"section\": \"charter\", \"change\": \"added\", "
	    "\"record\": \"charter\", \"field\": \"paragraph\", "
	    "\"paragraph\": 5, \"old\": null, \"new\": \"3. Je ne fais pas de "
	    "bruit.\"}\n"
	    "  ]\n"
	    "}\n", full, full);
	cr_assert_str_eq(r.out, want);
	free(want);
	free(full);
	run_free(&r);
	free(id);
}

/*
 * --from defaults to the latest bilan-<year> tag (by year, whatever the
 * order they were made in; other tags are not reports); --from and --to
 * name any two versions.
 */
Test(diff, default_from_is_the_latest_report)
{
	struct run	 r;
	char		*id;

	test_content(v2025, sizeof(v2025) / sizeof(v2025[0]));
	free(test_git(DATED "git init -q -b main . && git add -A && "
	    "git commit -q -m 'Bilan 2025' && git tag bilan-2025 && "
	    "sed -i 's/en-cours/prevue/' content/actions/a.yaml && "
	    "git commit -q -am 'Bilan 2024?' && git tag bilan-2024 && "
	    "git tag bilan-brouillon && git tag bilan-20255"));
	id = test_git(DATED "git rev-parse --short=7 bilan-2025");
	id[strcspn(id, "\n")] = '\0';
	r = test_run(60, (const char *const[]){ "diff", "content", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strncmp(r.out, "Changes from bilan-2025 (", 25) == 0, "%s",
	    r.out);
	cr_assert(strstr(r.out, "  action a, status: en-cours → prevue\n"),
	    "%s", r.out);
	run_free(&r);
	r = test_run(60, (const char *const[]){ "diff", "content", "--from",
	    "bilan-2024", "--to", "bilan-2025", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.out, " to bilan-2025 (") != NULL, "%s", r.out);
	cr_assert(strstr(r.out, "  action a, status: prevue → en-cours\n"),
	    "%s", r.out);
	run_free(&r);
	r = test_run(60, (const char *const[]){ "diff", "content", "--from",
	    "HEAD", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.out, "\n\nNo change.\n") != NULL, "%s", r.out);
	run_free(&r);
	free(id);
}

/* No report tagged yet: say what to do; outside git: say why not. */
Test(diff, no_tag_no_git)
{
	struct run	 r;

	test_content(NULL, 0);
	r = test_run(60, (const char *const[]){ "diff", "content", NULL });
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: diff: content is not in a git "
	    "repository: clspd diff compares two versions of it in git\n");
	run_free(&r);
	free(test_git(DATED "git init -q -b main . && git add -A && git commit -q -m a"));
	r = test_run(60, (const char *const[]){ "diff", "content", NULL });
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: diff: no bilan-YEAR tag in the git "
	    "repository of content: tag the adopted report (git tag "
	    "bilan-2025), or say what to compare with --from REV\n");
	cr_assert_str_eq(r.out, "");
	run_free(&r);
	r = test_run(60, (const char *const[]){ "diff", "content", "--from",
	    "nope", NULL });
	cr_assert_eq(r.status, 2);
	cr_assert(strncmp(r.err, "clspd: nope: ", 13) == 0, "%s", r.err);
	run_free(&r);
	r = test_run(60, (const char *const[]){ "diff", "content", "--format",
	    "html", NULL });
	cr_assert_eq(r.status, 2);
	cr_assert(strncmp(r.err, "clspd: --format 'html': the formats are "
	    "text, markdown and json\n", 63) == 0, "%s", r.err);
	run_free(&r);
}

/* A version with errors is not compared: its problems, then why. */
Test(diff, version_with_errors)
{
	struct run	 r;

	test_content(NULL, 0);
	free(test_git(DATED "git init -q -b main . && git add -A && git commit -q -m a "
	    "&& git tag bilan-2025 && echo 'pilot: zz' >> "
	    "content/actions/a.yaml"));
	r = test_run(60, (const char *const[]){ "diff", "content", NULL });
	cr_assert_eq(r.status, 1);
	cr_assert(strstr(r.err, "content/actions/a.yaml:5:8: error: ") !=
	    NULL, "%s", r.err);
	cr_assert(strstr(r.err, "clspd: content has errors: correct them to "
	    "compare it\n") != NULL, "%s", r.err);
	cr_assert_str_eq(r.out, "");
	run_free(&r);
}

/* In French, as the coordinators read it. */
Test(diff, french)
{
	char		*id;
	struct run	 r;

	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "fr", 1);
	id = repo_changed();
	r = diff("text");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.out, "\nFinancements\n"
	    "  action a, financement de p en 2025" NBSP ": 1" NNBSP "000"
	    NBSP "€ → 1" NNBSP "500,50" NBSP "€\n") != NULL, "%s", r.out);
	cr_assert(strstr(r.out, "  partenaire q, n’est plus financeur de "
	    "l’action a\n") != NULL, "%s", r.out);
	cr_assert(strstr(r.out, "  charte, paragraphe 5 ajouté" NBSP ": 3. Je "
	    "ne fais pas de bruit.\n") != NULL, "%s", r.out);
	run_free(&r);
	free(test_git(DATED "git tag -d bilan-2025"));
	r = diff("text");
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd" NBSP ": diff" NBSP ": aucune "
	    "étiquette bilan-ANNÉE dans le dépôt git de content" NBSP ": "
	    "marquez le bilan adopté (git tag bilan-2025), ou dites avec quoi "
	    "comparer avec --from RÉV\n");
	run_free(&r);
	free(id);
}
