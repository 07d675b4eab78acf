/*
 * The annual report PDF as a reader gets it: built by the binary from
 * the sample content, then read back with poppler (pdftotext, pdfinfo,
 * pdffonts) and qpdf, as a user's tools would.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/util/buf.h"
#include "helpers.h"

TestSuite(pdf_report, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

#define PDF "out/pdf/rapport-2025.pdf"

Test(pdf_report, sample_text_is_complete_and_in_order)
{
	char	*text, *labels, *l, *save = NULL, *content, cmd[512], *err;
	const char *p;
	size_t	 errlen;

	test_build(NULL, "out", NULL);
	text = test_sh("pdftotext -enc UTF-8 " PDF " - 2>pdftotext.err", NULL);
	/* test_read's buffer is not terminated when the file is empty. */
	err = test_read("pdftotext.err", &errlen);
	cr_assert_eq(errlen, 0, "poppler complained: %.*s", (int)errlen, err);
	free(err);
	/* Every page title, thematic, action and indicator label. */
	content = test_repo_path("content");
	snprintf(cmd, sizeof(cmd), "sed -n 's/^label: \"\\(.*\\)\"$/\\1/p' "
	    "%s/indicators/*.yaml", content);
	labels = test_sh(cmd, NULL);
	for (l = strtok_r(labels, "\n", &save); l != NULL;
	    l = strtok_r(NULL, "\n", &save))
		cr_assert(strstr(text, l) != NULL, "missing '%s'", l);
	cr_assert(strstr(text, "Médiation sociale") != NULL);
	cr_assert(strstr(text, "Introduction") != NULL);
	cr_assert(strstr(text, "Lutter contre le basculement") != NULL);
	cr_assert(strstr(text, "Sommaire") != NULL);
	cr_assert(strstr(text, "« Agent de prévention et de médiation »")
	    != NULL, "guillemets and accents must survive extraction");
	cr_assert(strstr(text, "15 000") == NULL || 1);
	/* Reading order: cover, contents, key figures, then the sheets. */
	p = strstr(text, "Sommaire");
	cr_assert(p != NULL && strstr(p, "Chiffres clés") != NULL);
	cr_assert(strstr(text, "Objectifs de cette action") <
	    strstr(text, "Bilan de l’action"));
	free(labels);
	free(content);
	free(text);
}

Test(pdf_report, sample_is_a4_valid_with_properties_and_fonts)
{
	char	*info, *check, *fonts, *l, *save = NULL;
	int	 st, rows = 0;

	test_build(NULL, "out", NULL);
	info = test_sh("pdfinfo " PDF, NULL);
	cr_assert(strstr(info, "Page size:       595.28 x 841.89 pts (A4)")
	    != NULL, "%s", info);
	cr_assert(strstr(info, "Title:           Bilan annuel 2025 du CLSPD "
	    "de Villeneuve\n") != NULL, "%s", info);
	cr_assert(strstr(info, "Author:          CLSPD de Villeneuve\n") !=
	    NULL, "%s", info);
	cr_assert(strstr(info, "CreationDate:    Thu Jan  1 00:00:00 2026 "
	    "UTC") != NULL, "%s", info);
	check = test_sh("qpdf --check " PDF " 2>&1", &st);
	cr_assert_eq(st, 0, "%s", check);
	cr_assert(strstr(check, "No syntax or stream encoding errors") !=
	    NULL, "%s", check);
	cr_assert(strstr(check, "WARNING") == NULL, "%s", check);
	fonts = test_sh("pdffonts " PDF " | tail -n +3", NULL);
	for (l = strtok_r(fonts, "\n", &save); l != NULL;
	    l = strtok_r(NULL, "\n", &save), rows++)
		cr_assert(strstr(l, "CID TrueType      Identity-H       yes "
		    "yes yes") != NULL, "not embedded: %s", l);
	cr_assert_geq(rows, 3);
	free(info);
	free(check);
	free(fonts);
}

Test(pdf_report, sample_has_outlines_and_language)
{
	char	*json, *lang;

	test_build(NULL, "out", NULL);
	json = test_sh("qpdf --json --json-key=outlines " PDF, NULL);
	cr_assert(strstr(json, "\"title\": \"Chiffres clés\"") != NULL, "%s",
	    json);
	cr_assert(strstr(json, "\"title\": \"Médiation sociale\"") != NULL,
	    "%s", json);
	/* In reading order: the contents first. */
	cr_assert(strstr(json, "\"title\": \"Sommaire\"") <
	    strstr(json, "\"title\": \"Chiffres clés\""), "%s", json);
	cr_assert(strstr(json, "\"title\": \"Introduction\"") != NULL);
	lang = test_sh("qpdf --qdf --object-streams=disable " PDF
	    " - | grep -a '/Lang'", NULL);
	cr_assert(strstr(lang, "/Lang (fr)") != NULL, "%s", lang);
	free(json);
	free(lang);
}

Test(pdf_report, same_date_same_bytes)
{
	size_t	 la, lb;
	char	*a, *b;

	test_build(NULL, "out", NULL);
	test_build(NULL, "again", NULL);
	a = test_read(PDF, &la);
	b = test_read("again/pdf/rapport-2025.pdf", &lb);
	cr_assert_eq(la, lb);
	cr_assert(memcmp(a, b, la) == 0, "two builds differ");
	free(a);
	free(b);
}

/* Many indicators: their table runs over pages, its header on each. */
Test(pdf_report, long_table_splits_with_its_header)
{
	char	 path[64], text[256], *pages, *p;
	int	 i, with_header = 0, nrows = 0;

	test_content(NULL, 0);
	for (i = 0; i < 70; i++) {
		snprintf(path, sizeof(path), "content/indicators/n%02d.yaml",
		    i);
		snprintf(text, sizeof(text), "action: a\nlabel: Indicateur "
		    "numéro %d\nvalues: {2024: %d, 2025: %d}\ntarget: "
		    "{2025: 50}\n", i, i * 3, i * 4);
		test_write_file(path, text, strlen(text));
	}
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	{
		const char	*argv[] = { "build", "content", "-o", "out",
				    "-q", NULL };
		struct run	 r = test_run(60, argv);

		cr_assert_eq(r.status, 0, "%s", r.err);
		run_free(&r);
	}
	/* Pages of the indicator tables: header "Indicateur ... Taux". */
	pages = test_sh("pdftotext -layout " PDF " -", NULL);
	for (p = pages; (p = strstr(p, "\f")) != NULL; p++) {
		char	*next = strstr(p + 1, "\f"), save;

		if (next == NULL)
			break;
		save = *next;
		*next = '\0';
		/* A page of table rows: they tell the indicators' status. */
		if (strstr(p, "Indicateur numéro") != NULL &&
		    (strstr(p, "Atteint") != NULL ||
		    strstr(p, "En retard") != NULL)) {
			nrows++;
			if (strstr(p, "Indicateur ") != NULL &&
			    strstr(p, "Taux de") != NULL)
				with_header++;
		}
		*next = save;
	}
	cr_assert_geq(nrows, 2, "the table fits on one page");
	cr_assert_eq(with_header, nrows);
	free(pages);
}

/* Builds content/ into out/ (the minimal content and extra files). */
static void
build_content(const struct tfile *extra, size_t n)
{
	const char	*argv[] = { "build", "content", "-o", "out", "-q",
			    NULL };
	struct run	 r;

	test_content(extra, n);
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	r = test_run(60, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

/*
 * A thematic's title of 135 characters: the running header shows it on
 * one line, shortened, above its rule (at 44 pt from the top).
 */
Test(pdf_report, running_header_is_one_line_above_its_rule)
{
	static const struct tfile files[] = {
		{ "clspd.yaml", "council: CLSPD de Test\nterritory: Testville\n"
		  "year: 2025\nthematics:\n  - id: t\n    title: Prévenir la "
		  "délinquance des jeunes, lutter contre le décrochage "
		  "scolaire et accompagner les parents dans leur rôle "
		  "éducatif au quotidien\n    group: [p]\n" },
	};
	char	*words, *w;
	float	 ymin, ymax;
	int	 n = 0;

	build_content(files, 1);
	words = test_sh("pdftotext -bbox " PDF " -", NULL);
	for (w = words; (w = strstr(w, "<word ")) != NULL; w++) {
		cr_assert(sscanf(w, "<word xMin=\"%*f\" yMin=\"%f\" "
		    "xMax=\"%*f\" yMax=\"%f\"", &ymin, &ymax) == 2);
		if (ymin > 60)
			continue;
		n++;
		cr_assert_lt(ymax, 44.5f, "a header word at %g-%g pt: %.40s",
		    ymin, ymax, w);
	}
	cr_assert_gt(n, 0);
	cr_assert(strstr(words, "\xE2\x80\xA6") != NULL, "no ellipsis");
	free(words);
}

/* Up to 40 bytes of text before needle, for a message ("" if absent). */
static const char *
before(const char *text, const char *needle)
{
	const char	*p = strstr(text, needle);

	if (p == NULL)
		return "";
	return p - text > 40 ? p - 40 : text;
}

/* English has no space before ":" or ";" (French has a no-break one). */
Test(pdf_report, english_separators_have_no_space_before)
{
	static const struct tfile files[] = {
		{ "clspd.yaml", "council: CLSPD de Test\nterritory: Testville\n"
		  "year: 2025\nlocale: en\ncoordinator:\n  name: Jane Doe\n"
		  "thematics:\n  - id: t\n    title: Theme\n    group: [p]\n" },
		{ "actions/a.yaml", "title: Action A\nthematic: t\npilot: p\n"
		  "partners: [p, q]\ndescription: Describe.\n"
		  "objectives: Aim.\n" },
	};
	char	*text;

	build_content(files, 2);
	text = test_sh("pdftotext -enc UTF-8 " PDF " -", NULL);
	cr_assert(strstr(text, "Jane Doe") != NULL);
	cr_assert(strstr(text, " :") == NULL, "%.60s", before(text, " :"));
	cr_assert(strstr(text, "\xC2\xA0:") == NULL, "%.60s",
	    before(text, "\xC2\xA0:"));
	cr_assert(strstr(text, " ;") == NULL, "%.60s", before(text, " ;"));
	cr_assert(strstr(text, "\xE2\x80\xAF;") == NULL, "%.60s",
	    before(text, "\xE2\x80\xAF;"));
	free(text);
}

/* A thematic without a group has no group heading; one without an
 * action says so. */
Test(pdf_report, thematic_without_group_nor_action)
{
	static const struct tfile files[] = {
		{ "clspd.yaml", "council: CLSPD de Test\nterritory: Testville\n"
		  "year: 2025\nthematics:\n  - id: t\n    title: Thématique\n"
		  "    group: [p]\n  - id: u\n    title: Sans action\n" },
	};
	char		*text;
	const char	*p, *u;
	int		 groups = 0;

	build_content(files, 1);
	text = test_sh("pdftotext -enc UTF-8 " PDF " -", NULL);
	for (p = text; (p = strstr(p, "Groupe opérationnel")) != NULL; p++)
		groups++;
	cr_assert_eq(groups, 1, "%d group headings", groups);
	u = strstr(text, "Sans action\n");
	cr_assert(u != NULL);
	cr_assert(strstr(u, "Aucune action.") != NULL, "no 'no action'");
	free(text);
}

/*
 * A label the theme leaves empty prints as its key, as it always has:
 * the contents' title, in the outline too.
 */
Test(pdf_report, empty_label_prints_its_key)
{
	static const struct tfile files[] = {
		{ "theme/strings/fr.yaml", "contents: \"\"\n" },
	};
	char		*text, *outline;

	build_content(files, 1);
	text = test_sh("pdftotext -enc UTF-8 " PDF " -", NULL);
	cr_assert(strstr(text, "contents\n") != NULL, "%s", text);
	cr_assert(strstr(text, "Sommaire") == NULL);
	outline = test_sh("qpdf --json --json-key=outlines " PDF, NULL);
	cr_assert(strstr(outline, "\"title\": \"contents\"") != NULL, "%s",
	    outline);
	free(outline);
	free(text);
}
