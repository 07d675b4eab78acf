/*
 * Past reports (generator/build/archives.c): a real repository made
 * here with the git command, with bilan-<year> tags, one of them broken,
 * built into site/archives/<year>/ and linked from every page; the
 * links all resolve inside site/; --no-archives and --only.
 */
#include <criterion/criterion.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/util/alloc.h"
#include "../../generator/util/fs.h"
#include "helpers.h"

TestSuite(archives, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

/* Every commit of these tests at one date, so that its id is fixed. */
#define DATED "export GIT_AUTHOR_DATE=2026-03-12T10:00:00+01:00 " \
	"GIT_COMMITTER_DATE=2026-03-12T10:00:00+01:00; "

static const struct tfile charter[] = {
	{ "charter.md", "---\ntitle: Charte\n---\n\n## Respect\n\n"
	    "Chacun respecte l'espace public.\n" },
};

/*
 * bilan-2023 (broken), bilan-2024, then the 2025 report at HEAD, also
 * tagged bilan-2025 (not a past report: the content's own year).
 */
static void
repo_with_reports(void)
{
	test_content(charter, 1);
	free(test_git(DATED "git init -q -b main . && printf 'out*/\\n' > .gitignore && "
	    "sed -i 's/^year: 2025/year: 2023/' content/clspd.yaml && "
	    "echo 'pilot: nobody' >> content/actions/a.yaml && "
	    "git add -A && git commit -q -m 2023 && git tag bilan-2023 && "
	    "git checkout -q HEAD -- . && "
	    "sed -i '/^pilot: nobody/d' content/actions/a.yaml && "
	    "sed -i 's/^year: 2023/year: 2024/' content/clspd.yaml && "
	    "git commit -q -am 2024 && git tag bilan-2024 && "
	    "sed -i 's/^year: 2024/year: 2025/' content/clspd.yaml && "
	    "git commit -q -am 2025 && git tag bilan-2025"));
}

static struct run
build(const char *extra)
{
	return test_run(120, (const char *const[]){ "build", "content", "-o",
	    "out", extra != NULL ? extra : "-q", "-q", NULL });
}

static int
has(const char *path, const char *needle)
{
	char	*s = test_read(path, NULL);
	int	 found = strstr(s, needle) != NULL;

	free(s);
	return found;
}

static size_t	 pages, linked, links;

/*
 * Every relative link of a page resolves to a file inside out/site/,
 * and the page links to the list of past reports.
 */
static void
check_page(const char *path)
{
	char	*html, *dir, *p, *end, *target, real[PATH_MAX], site[PATH_MAX];
	char	 url[512];
	size_t	 len;

	if (strlen(path) < 5 || strcmp(path + strlen(path) - 5, ".html") != 0)
		return;
	pages++;
	html = test_read(path, NULL);
	dir = xstrdup(path);
	*strrchr(dir, '/') = '\0';
	cr_assert(realpath("out/site", site) != NULL);
	for (p = html; (p = strstr(p, " href=\"")) != NULL; p = end) {
		p += 7;
		end = strchr(p, '"');
		len = (size_t)(end - p);
		cr_assert(len < sizeof(url));
		memcpy(url, p, len);
		url[len] = '\0';
		if (strchr(url, ':') != NULL || url[0] == '#')
			continue;
		url[strcspn(url, "#")] = '\0';
		links++;
		target = fs_join(dir, url);
		cr_expect(fs_is_file(target), "%s: broken link to %s", path,
		    url);
		cr_expect(realpath(target, real) != NULL &&
		    strncmp(real, site, strlen(site)) == 0, "%s: %s is outside "
		    "the site", path, url);
		if (realpath(target, real) != NULL &&
		    strcmp(real + strlen(site), "/archives/index.html") == 0)
			linked++;
		free(target);
	}
	free(dir);
	free(html);
}

Test(archives, built_linked_and_a_broken_tag_warned)
{
	struct run	 r;

	repo_with_reports();
	r = build(NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "clspd: warning: bilan-2023: its content "
	    "does not build (1 error: clspd check --rev bilan-2023 shows "
	    "it); no archive of 2023\n");
	run_free(&r);
	cr_assert(fs_is_file("out/site/archives/2024/index.html"));
	cr_assert(fs_is_file("out/site/archives/2024/actions/a.html"));
	cr_assert(fs_is_file("out/site/archives/2024/pdf/rapport-2024.pdf"));
	cr_assert(fs_is_file("out/site/archives/2024/pdf/charte.pdf"));
	cr_assert(fs_is_file("out/site/archives/2024/data/metrics.json"));
	cr_assert(!fs_is_dir("out/site/archives/2023"));
	cr_assert(!fs_is_dir("out/site/archives/2025"));
	/* The past report is the tag's content, with its own stamp. */
	cr_assert(has("out/site/archives/2024/data/metrics.json",
	    "\"year\": 2024"));
	cr_assert(has("out/site/archives/index.html",
	    "<li><a href=\"2024/index.html\">Bilan 2024</a></li>"));
	cr_assert(has("out/site/index.html",
	    "<a href=\"archives/index.html\">Bilans des années passées</a>"));
	cr_assert(has("out/site/actions/a.html",
	    "<a href=\"../archives/index.html\">"));
	cr_assert(has("out/site/archives/2024/actions/a.html",
	    "<a href=\"../../../archives/index.html\">"));
	pages = linked = links = 0;
	test_walk("out/site", check_page);
	cr_expect_eq(pages, 16, "%zu pages", pages);
	cr_expect_eq(linked, pages, "%zu pages of %zu link to the past "
	    "reports", linked, pages);
	cr_expect_gt(links, 100, "%zu links", links);
}

/* Same content, same SOURCE_DATE_EPOCH: same bytes, archives included. */
Test(archives, deterministic)
{
	struct run	 r;

	repo_with_reports();
	r = build(NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	free(test_sh("mv out out1", NULL));
	r = build(NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(test_same_tree("out1", "out"));
}

/* --no-archives: none, no link, no warning; --only follows the site. */
Test(archives, no_archives_and_only)
{
	struct run	 r;

	repo_with_reports();
	r = build("--no-archives");
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
	cr_assert(!fs_is_dir("out/site/archives"));
	cr_assert(!has("out/site/index.html", "archives/index.html"));
	r = build("--only=pdf");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(!fs_is_dir("out/site"));
	r = build("--only=site");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(fs_is_file("out/site/archives/2024/index.html"));
	cr_assert(!fs_is_dir("out/site/archives/2024/pdf"));
	cr_assert(!fs_is_dir("out/site/archives/2024/data"));
}

/* Without tags (or outside git): as before, no link. */
Test(archives, none_without_tags)
{
	struct run	 r;

	test_content(charter, 1);
	r = build(NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(!fs_is_dir("out/site/archives"));
	cr_assert(!has("out/site/index.html", "archives/index.html"));
}

/* The warning in French. */
Test(archives, broken_tag_in_french)
{
	struct run	 r;

	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "fr", 1);
	repo_with_reports();
	r = build(NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert_str_eq(r.err, "clspd\xC2\xA0: avertissement\xC2\xA0: "
	    "bilan-2023\xC2\xA0: son contenu ne se construit pas (1 "
	    "erreur\xC2\xA0: clspd check --rev bilan-2023 la montre)\xC2\xA0; "
	    "pas d’archive de 2023\n");
	run_free(&r);
}

/*
 * The page "Évolutions depuis le bilan <year>": the changes since the
 * latest past report, in the theme's French sentences, linked from the
 * navigation; not in the past reports themselves; there with
 * --no-archives too.
 */
Test(archives, evolutions_page)
{
	struct run	 r;

	repo_with_reports();
	free(test_sh("sed -i 's/^title: Action A/title: Action A\\n"
	    "status: terminee/' content/actions/a.yaml && "
	    "sed -i 's/2025: 10/2025: 1200/' content/indicators/i.yaml",
	    NULL));
	r = build("--no-archives");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(has("out/site/evolutions.html",
	    "<h1>Évolutions depuis le bilan 2024</h1>\n"
	    "<p>Ce qui a changé dans le contenu du bilan depuis celui de 2024, "
	    "tel qu’il a été adopté.</p>\n\n"
	    "<h2>Actions</h2>\n<ul class=\"evolutions\">\n"
	    "<li>Action «\xC2\xA0" "Action A\xC2\xA0», statut\xC2\xA0: — → "
	    "Terminée</li>\n</ul>\n"
	    "<h2>Indicateurs</h2>\n<ul class=\"evolutions\">\n"
	    "<li>Indicateur «\xC2\xA0" "Compter\xC2\xA0», valeur 2025\xC2\xA0: "
	    "10 → "
	    "1\xE2\x80\xAF" "200"
	    "</li>\n</ul>\n"), "%s", test_read("out/site/evolutions.html",
	    NULL));
	cr_assert(has("out/site/index.html", "<a href=\"evolutions.html\""));
	cr_assert(has("out/site/actions/a.html",
	    "<a href=\"../evolutions.html\""));
	r = build(NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(fs_is_file("out/site/evolutions.html"));
	cr_assert(!fs_is_file("out/site/archives/2024/evolutions.html"));
	cr_assert(!has("out/site/archives/2024/index.html", "evolutions"));
}
