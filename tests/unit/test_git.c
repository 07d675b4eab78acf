/*
 * Content in git (generator/source/): real repositories made here with
 * the git command, with fixed authors and dates and no user or system
 * configuration, then built by the clspd binary. Where a build comes
 * from (the stamps in metrics.json, the site's footer, the PDFs' last
 * pages and XMP), the commit's date as the documents' date, and byte-
 * identical builds of one commit at two times and in two clones.
 */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../generator/util/alloc.h"
#include "../../generator/util/buf.h"
#include "helpers.h"

TestSuite(git, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

#define NBSP "\xC2\xA0"

/* Commits every change of the work tree at date (ISO 8601). */
static void
commit_all(const char *date, const char *message)
{
	free(test_git("export GIT_AUTHOR_DATE='%s' GIT_COMMITTER_DATE='%s'; "
	    "git add -A && git commit -q -m '%s'", date, date, message));
}

/* The id of HEAD (or rev), without its newline. Caller frees. */
static char *
rev_id(const char *rev)
{
	char	*id = test_git("git rev-parse %s", rev);

	id[strcspn(id, "\n")] = '\0';
	return id;
}

static const struct tfile charter[] = {
	{ "charter.md", "---\ntitle: Charte\n---\n\n## Respect\n\n"
	    "Chacun respecte l'espace public.\n" },
};

/* The test's content (with a charter) in a new repository, committed. */
static void
repo_new(void)
{
	test_content(charter, 1);
	free(test_git("git init -q -b main . && printf 'out*/\\n' > .gitignore"));
	commit_all("2026-03-12T10:00:00+01:00", "Bilan");
}

static void
build(const char *content, const char *out)
{
	struct run	 r = test_run(60, (const char *const[]){ "build",
	    content, "-o", out, "-q", NULL });

	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

static int
has(const char *path, const char *needle)
{
	size_t	 len;
	char	*s = test_read(path, &len);
	int	 found = memmem(s, len, needle, strlen(needle)) != NULL;

	free(s);
	return found;
}

/* The text of a PDF's last page. Caller frees. */
static char *
last_page(const char *pdf)
{
	char	*n = test_git("pdfinfo %s | sed -n 's/^Pages: *//p'", pdf), *t;

	n[strcspn(n, "\n")] = '\0';
	t = test_git("pdftotext -f %s -l %s %s -", n, n, pdf);
	free(n);
	return t;
}

Test(git, stamps_in_every_output)
{
	char	*id, *want, *t;

	repo_new();
	id = rev_id("HEAD");
	unsetenv("SOURCE_DATE_EPOCH");
	build("content", "out");
	want = xasprintf("  \"territory\": \"Testville\",\n"
	    "  \"source\": {\n    \"commit\": \"%s\",\n"
	    "    \"date\": \"2026-03-12T10:00:00+01:00\",\n"
	    "    \"modified\": false\n  },\n  \"summary\"", id);
	cr_assert(has("out/site/data/metrics.json", want), "%s",
	    test_read("out/site/data/metrics.json", NULL));
	free(want);
	want = xasprintf("<p class=\"footer-version\">Version du contenu"
	    NBSP ": %.7s, 12" NBSP "mars" NBSP "2026</p>", id);
	cr_assert(has("out/site/index.html", want));
	cr_assert(has("out/site/actions/a.html", want));
	cr_assert(has("out/site/charter.html", want));
	free(want);
	/* The documents' date is the commit's. */
	cr_assert(has("out/site/index.html", "Produit le 12" NBSP "mars"));
	want = xasprintf("%.7s, 12 mars 2026", id);
	t = last_page("out/pdf/rapport-2025.pdf");
	cr_assert(strstr(t, "Version du contenu") && strstr(t, want), "%s", t);
	free(t);
	t = last_page("out/pdf/charte.pdf");
	cr_assert(strstr(t, "Version du contenu") && strstr(t, want), "%s", t);
	free(t);
	free(want);
	want = xasprintf("<xmpMM:VersionID>%s</xmpMM:VersionID>", id);
	cr_assert(has("out/pdf/rapport-2025.pdf", want));
	cr_assert(has("out/pdf/charte.pdf", want));
	cr_assert(has("out/pdf/charte-impression.pdf", want));
	free(want);
	free(id);
}

/* English content says it in English. */
Test(git, stamp_in_english)
{
	static const struct tfile en[] = {
		{ "theme/strings/en.yaml", "generated: Built {date}\n" },
	};
	char	*id, *want;

	test_content(en, 1);
	free(test_git("sed -i 's/^year:/locale: en\\nyear:/' content/clspd.yaml && "
	    "git init -q -b main ."));
	commit_all("2026-03-12T10:00:00+01:00", "Report");
	id = rev_id("HEAD");
	free(test_git("echo '# draft' >> content/actions/a.yaml"));
	build("content", "out");
	want = xasprintf("Content version: %.7s, 12 March 2026, unsaved "
	    "changes", id);
	cr_assert(has("out/site/index.html", want), "%s",
	    test_read("out/site/index.html", NULL));
	free(want);
	free(id);
}

/* Changed, added or deleted files of the content are modifications. */
Test(git, modified_work_tree)
{
	static const char *const changes[] = {
		"echo '# draft' >> content/actions/a.yaml",
		"mkdir content/pages && printf -- '---\\ntitle: P\\n---\\n"
		    "\\nText.\\n' > content/pages/new.md",
		"git rm -q content/charter.md",
		"rm content/charter.md",
		"echo '# staged' >> content/actions/a.yaml && git add -A",
	};
	size_t	 i;

	for (i = 0; i < sizeof(changes) / sizeof(changes[0]); i++) {
		free(test_sh("rm -rf ./* ./.git ./.gitignore", NULL));
		repo_new();
		free(test_git("%s", changes[i]));
		build("content", "out");
		cr_assert(has("out/site/data/metrics.json",
		    "\"modified\": true"), "after %s", changes[i]);
		cr_assert(has("out/site/index.html", "modifications non "
		    "enregistrées"), "after %s", changes[i]);
	}
}

/* Ignored files and files outside the content folder do not count. */
Test(git, ignored_and_outside_files_are_not_modifications)
{
	repo_new();
	free(test_git("printf '*.bak\\n' >> .gitignore && git add .gitignore"));
	commit_all("2026-03-13T10:00:00+01:00", "Ignore");
	free(test_git("echo x > content/notes.bak && echo x > README.md"));
	build("content", "out");
	cr_assert(has("out/site/data/metrics.json", "\"modified\": false"));
	cr_assert(!has("out/site/index.html", "non enregistrées"));
}

/*
 * A build from inside the content folder writes output/ there: even not
 * ignored, it is no modification of the content (nor its staging).
 */
Test(git, output_inside_the_content_is_not_a_modification)
{
	struct run	 r;

	repo_new();
	free(test_git("printf '/out*/\\n' > .gitignore"));
	commit_all("2026-03-13T10:00:00+01:00", "Ignore at the top only");
	cr_assert_eq(chdir("content"), 0);
	r = test_run(60, (const char *const[]){ "build", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	r = test_run(60, (const char *const[]){ "build", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(has("output/site/data/metrics.json", "\"modified\": false"));
	free(test_git("echo '# draft' >> actions/a.yaml"));
	build(".", "output");
	cr_assert(has("output/site/data/metrics.json", "\"modified\": true"));
}

/*
 * The routine of issue 13 in a folder made by clspd init: committed,
 * built from inside (cd mon-clspd && clspd build), git sees nothing new
 * (its .gitignore lists output/, and no lock or staging is left), and
 * the build says it is the commit, unmodified.
 */
Test(git, init_then_build_inside_leaves_git_clean)
{
	struct run	 r = test_run(60, (const char *const[]){ "init",
	    "mon-clspd", NULL });
	char		*st;

	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(chdir("mon-clspd"), 0);
	commit_all("2026-03-12T10:00:00+01:00", "Premier bilan");
	r = test_run(60, (const char *const[]){ "build", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	st = test_git("git status --porcelain --ignored=no");
	cr_assert_str_eq(st, "");
	free(st);
	cr_assert(has("output/site/data/metrics.json", "\"modified\": false"));
}

/* Outside git: as before, "source": null and no sentence. */
Test(git, outside_git_no_stamp)
{
	test_content(charter, 1);
	build("content", "out");
	cr_assert(has("out/site/data/metrics.json",
	    "\"territory\": \"Testville\",\n  \"source\": null,\n"));
	cr_assert(!has("out/site/index.html", "footer-version"));
	cr_assert(!has("out/pdf/rapport-2025.pdf", "xmpMM"));
}

/*
 * Reproducible by default: one commit built at two clock times, and in
 * a clone, gives the same bytes without SOURCE_DATE_EPOCH. A modified
 * work tree takes the current time: its builds differ (the PDFs' dates
 * have seconds), which shows the comparison can fail.
 */
Test(git, same_commit_same_bytes)
{
	repo_new();
	unsetenv("SOURCE_DATE_EPOCH");
	build("content", "out1");
	usleep(1100 * 1000);
	build("content", "out2");
	cr_assert(test_same_tree("out1", "out2"));
	free(test_git("git clone -q . other && mkdir -p elsewhere && "
	    "git clone -q . elsewhere/clone"));
	build("elsewhere/clone/content", "out3");
	cr_assert(test_same_tree("out1", "out3"));
	free(test_git("echo '# draft' >> content/actions/a.yaml"));
	build("content", "out4");
	usleep(1100 * 1000);
	build("content", "out5");
	cr_assert(!test_same_tree("out4", "out5"));
}

/* SOURCE_DATE_EPOCH still wins over the commit's date. */
Test(git, source_date_epoch_wins)
{
	repo_new();
	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	build("content", "out");
	cr_assert(has("out/site/index.html", "Produit le 1er" NBSP "janvier"
	    NBSP "2026"));
	/* The stamp still names the commit and its own date. */
	cr_assert(has("out/site/index.html", ", 12" NBSP "mars" NBSP "2026"));
}

/* A shallow clone has its commit too. */
Test(git, shallow_clone_stamp)
{
	char	*id, *want;

	repo_new();
	free(test_git("echo '# two' >> content/actions/a.yaml"));
	commit_all("2026-03-14T09:30:00-04:00", "Two");
	id = rev_id("HEAD");
	free(test_git("git clone -q --depth 1 \"file://$PWD\" shallow"));
	build("shallow/content", "out");
	want = xasprintf("\"commit\": \"%s\",\n    \"date\": "
	    "\"2026-03-14T09:30:00-04:00\",\n    \"modified\": false", id);
	cr_assert(has("out/site/data/metrics.json", want));
	free(want);
	free(id);
}

/* Debian 12's PDFBox 2.0 preflight (as in test_pdf_pdfa.c). */
#define PREFLIGHT "java -cp /usr/share/java/preflight.jar:" \
	"/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:" \
	"/usr/share/java/xmpbox.jar:/usr/share/java/commons-logging.jar:" \
	"/usr/share/java/javax.activation.jar:/usr/share/java/jaxb-api.jar " \
	"org.apache.pdfbox.preflight.Validator_A1b "

/* The commit in the XMP keeps the PDFs PDF/A-1b. */
Test(git, stamped_pdfs_pass_preflight)
{
	static const char *const pdfs[] = { "out/pdf/rapport-2025.pdf",
	    "out/pdf/charte.pdf" };
	char	*out;
	int	 st;
	size_t	 i;

	repo_new();
	build("content", "out");
	for (i = 0; i < 2; i++) {
		out = test_git("%s%s 2>&1; true", PREFLIGHT, pdfs[i]);
		cr_assert(strstr(out, "is a valid PDF/A-1b file") != NULL,
		    "%s: %s", pdfs[i], out);
		free(out);
	}
	(void)st;
}

/* Runs clspd; returns the run (the caller frees it). */
static struct run
clspd(const char *const argv[])
{
	return test_run(60, argv);
}

/*
 * --rev reads the commit from the repository: the same bytes as a build
 * of a checkout of that commit, whatever the work tree holds, and the
 * work tree is left as it was. The content has a theme override, read
 * from the commit too.
 */
Test(git, rev_same_bytes_as_checkout)
{
	static const struct tfile theme[] = {
		{ "theme/strings/fr.yaml", "generated: Fabriqué le {date}\n" },
	};
	struct run	 r;
	char		*status;

	repo_new();
	test_write_files("content", theme, 1);
	commit_all("2026-03-13T10:00:00+01:00", "Thème");
	free(test_git("git tag bilan-2025"));
	free(test_git("printf 'title: Action B\\nthematic: t\\ndescription: D.\\n"
	    "objectives: O.\\n' > content/actions/b.yaml && "
	    "sed -i 's/Fabriqué/Construit/' content/theme/strings/fr.yaml && "
	    "git rm -q content/charter.md"));
	commit_all("2026-04-01T10:00:00+02:00", "Suite");
	free(test_git("echo '# draft' >> content/actions/a.yaml"));
	unsetenv("SOURCE_DATE_EPOCH");
	r = clspd((const char *const[]){ "build", "content", "--rev",
	    "bilan-2025", "-o", "out-rev", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	status = test_git("git status --porcelain");
	cr_assert_str_eq(status, " M content/actions/a.yaml\n");
	free(status);
	free(test_git("git clone -q . checkout && cd checkout && "
	    "git checkout -q bilan-2025"));
	build("checkout/content", "out-checkout");
	cr_assert(test_same_tree("out-rev", "out-checkout"));
	cr_assert(has("out-rev/site/index.html", "Fabriqué le 13"));
	cr_assert(!has("out-rev/site/actions/a.html", "draft"));
	cr_assert(has("out-rev/pdf/charte.pdf", "%PDF"));
	/* And the work tree's build is another one. */
	build("content", "out-now");
	cr_assert(!test_same_tree("out-rev", "out-now"));
}

/* Diagnostics name REV:path, git's name of a file in a commit. */
Test(git, rev_diagnostics_name_the_revision)
{
	struct run	 r;

	repo_new();
	free(test_git("sed -i 's/thematic: t/thematic: tt/' "
	    "content/actions/a.yaml"));
	commit_all("2026-03-13T10:00:00+01:00", "Faute");
	free(test_git("git tag faute && git revert --no-edit HEAD >/dev/null"));
	r = clspd((const char *const[]){ "check", "content", "--rev", "faute",
	    NULL });
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strncmp(r.err, "faute:content/actions/a.yaml:2:11: error: ",
	    42) == 0, "%s", r.err);
	cr_assert(strstr(r.err, "clspd: checked faute:content: ") != NULL,
	    "%s", r.err);
	run_free(&r);
	/* The work tree is right. */
	r = clspd((const char *const[]){ "check", "content", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	r = clspd((const char *const[]){ "check", "content", "--rev", "nope",
	    NULL });
	cr_assert_eq(r.status, 2);
	cr_assert_str_eq(r.err, "clspd: nope: unknown revision 'nope': give "
	    "a tag, a branch or a commit id (git tag, git log)\n");
	run_free(&r);
}

/* A content folder at the top of its repository: "REV:actions/…". */
Test(git, rev_at_repository_top)
{
	struct run	 r;

	test_content(NULL, 0);
	free(test_git("cd content && git init -q -b main . && "
	    "sed -i 's/thematic: t/thematic: tt/' actions/a.yaml && "
	    "export GIT_AUTHOR_DATE=2026-03-12T10:00:00Z "
	    "GIT_COMMITTER_DATE=2026-03-12T10:00:00Z && git add -A && "
	    "git commit -q -m x"));
	r = clspd((const char *const[]){ "check", "content", "--rev", "main",
	    NULL });
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strncmp(r.err, "main:actions/a.yaml:2:11: error: ", 33) == 0,
	    "%s", r.err);
	run_free(&r);
}

/* A symbolic link in a commit is refused, as in a folder. */
Test(git, rev_refuses_symbolic_links)
{
	struct run	 r;

	repo_new();
	free(test_git("ln -s a.yaml content/actions/b.yaml"));
	commit_all("2026-03-13T10:00:00+01:00", "Lien");
	r = clspd((const char *const[]){ "check", "content", "--rev", "HEAD",
	    NULL });
	cr_assert_eq(r.status, 1, "%s", r.err);
	cr_assert(strstr(r.err, "HEAD:content/actions/b.yaml:1:1: error: "
	    "a symbolic link: clspd follows no link in the content folder "
	    "(one could publish a file from outside it); replace the link by "
	    "the file or folder itself\n") != NULL, "%s", r.err);
	run_free(&r);
}

/* clspd init's repository: PATH finds the clspd under test. */
static void
init_repo(const char *dir)
{
	char		*path, *slash;
	struct run	 r;

	r = clspd((const char *const[]){ "init", dir, NULL });

	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.out, "made ") != NULL, "%s", r.out);
	run_free(&r);
	path = xstrdup(test_clspd);
	slash = strrchr(path, '/');
	*slash = '\0';
	slash = xasprintf("%s:%s", path, getenv("PATH"));
	setenv("PATH", slash, 1);	/* setenv copies it */
	free(slash);
	free(path);
}

/*
 * The pre-commit hook checks what is staged, not the work tree: a bad
 * staged file is refused while the work tree's is right; once the right
 * one is staged, the commit goes; git commit -a stages the work tree
 * (into an index of its own): a bad work tree is then refused.
 */
Test(git, hook_checks_what_is_staged)
{
	char	*out, *log;
	int	 st;

	init_repo("mon-clspd");
	cr_assert(access("mon-clspd/.git/hooks/pre-commit", X_OK) == 0);
	free(test_git("cd mon-clspd && git add -A && git commit -q -m Premier"));
	free(test_git("cd mon-clspd && cp clspd.yaml good && "
	    "sed -i 's/^year: .*/year: deux-mille/' clspd.yaml && git add "
	    "clspd.yaml && cp good clspd.yaml && rm good"));
	out = test_git("cd mon-clspd && git commit -q -m Faute 2>&1; echo rc=$?");
	cr_assert(strstr(out, "./clspd.yaml:") != NULL && strstr(out,
	    ": error: expected a number, found 'deux-mille'") != NULL &&
	    strstr(out, "rc=1") != NULL, "%s", out);
	free(out);
	log = test_git("cd mon-clspd && git log --oneline | wc -l");
	cr_assert_str_eq(log, "1\n");
	free(log);
	free(test_git("cd mon-clspd && echo '# ok' >> clspd.yaml && "
	    "git add clspd.yaml && git commit -q -m Bon"));
	free(test_git("cd mon-clspd && sed -i 's/^year: .*/year: x/' clspd.yaml"));
	out = test_sh(TEST_GIT_ENV "cd mon-clspd && git commit -a -q -m Faute "
	    "2>&1", &st);
	cr_assert_neq(st, 0, "%s", out);
	free(out);
	log = test_git("cd mon-clspd && git log --oneline | wc -l");
	cr_assert_str_eq(log, "2\n", "the bad work tree was committed");
	free(log);
}

/* The CI files are valid YAML and their commands build the site here. */
Test(git, ci_files_parse_and_run)
{
	char	*script = test_repo_path("tests/unit/ci_run.py"), *out;

	init_repo("mon-clspd");
	free(test_git("cd mon-clspd && git add -A && git commit -q -m Premier"));
	out = test_git("python3 %s mon-clspd 2>&1", script);
	cr_assert(strstr(out, "ci_run: ok") != NULL, "%s", out);
	free(out);
	free(script);
}

/* Inside a repository already: no new one, no hook, no CI files. */
Test(git, init_inside_a_repository)
{
	struct run	 r;

	free(test_git("git init -q -b main ."));
	r = clspd((const char *const[]){ "init", "sub", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.out, "inside a git repository already") != NULL,
	    "%s", r.out);
	run_free(&r);
	cr_assert(access("sub/.git", F_OK) == -1);
	cr_assert(access("sub/.gitlab-ci.yml", F_OK) == -1);
	cr_assert(access("sub/clspd.yaml", F_OK) == 0);
}

/*
 * The last change of each record (repo_new commits every file on 12
 * March, the next commits go back to January): the action's (its sheet
 * or its narrative, the later), the indicator's, the thematic's
 * (clspd.yaml),
 * a renamed page's (the rename), the charter's; a deleted action has no
 * page; the sitemap has <lastmod>. A build of an older revision has
 * that revision's dates.
 */
Test(git, last_change_of_each_record)
{
	struct run	 r;

	repo_new();
	free(test_git("echo 'base_url: https://clspd.example' >> "
	    "content/clspd.yaml && mkdir content/pages && printf -- "
	    "'---\\ntitle: P\\n---\\n\\nTexte.\\n' > content/pages/p.md"));
	commit_all("2026-01-10T10:00:00+01:00", "Un");
	free(test_git("echo 'public: Tous.' >> content/actions/a.yaml && printf "
	    "'title: C\\nthematic: t\\ndescription: D.\\nobjectives: O.\\n' "
	    "> content/actions/c.yaml"));
	commit_all("2026-02-15T10:00:00+01:00", "Deux");
	free(test_git("git tag deux && git rm -q content/actions/c.yaml"));
	commit_all("2026-03-20T10:00:00+01:00", "Trois");
	free(test_git("git mv content/pages/p.md content/pages/q.md && "
	    "echo 'Récit.' > content/actions/a.md"));
	commit_all("2026-04-05T23:30:00-02:00", "Quatre");
	build("content", "out");
	cr_assert(has("out/site/actions/a.html", "<h1>Action A</h1>\n<p "
	    "class=\"updated\">Mis à jour le 5" NBSP "avril" NBSP "2026</p>"));
	cr_assert(has("out/site/actions/a.html", "<p class=\"updated\">Mis à "
	    "jour le 12" NBSP "mars" NBSP "2026</p>"), "the indicator");
	cr_assert(has("out/site/thematics/t.html", "Mis à jour le 10" NBSP
	    "janvier"));
	cr_assert(has("out/site/pages/q.html", "Mis à jour le 5" NBSP "avril"));
	cr_assert(has("out/site/charter.html", "Mis à jour le 12" NBSP "mars"));
	cr_assert(access("out/site/actions/c.html", F_OK) == -1);
	cr_assert(has("out/site/sitemap.xml", "<loc>https://clspd.example/"
	    "actions/a.html</loc><lastmod>2026-04-05</lastmod>"));
	cr_assert(has("out/site/sitemap.xml", "<loc>https://clspd.example/"
	    "index.html</loc></url>"));
	r = clspd((const char *const[]){ "build", "content", "--rev", "deux",
	    "-o", "out-deux", "-q", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(has("out-deux/site/actions/a.html", "<h1>Action A</h1>\n<p "
	    "class=\"updated\">Mis à jour le 15" NBSP "février"));
	cr_assert(has("out-deux/site/actions/c.html", "Mis à jour le 15"));
	cr_assert(has("out-deux/site/pages/p.html", "Mis à jour le 10"));
}

/* A shallow clone: a warning, and no dates rather than wrong ones. */
Test(git, shallow_clone_has_no_dates)
{
	struct run	 r;

	repo_new();
	free(test_git("echo '# two' >> content/actions/a.yaml"));
	commit_all("2026-03-14T09:30:00+01:00", "Two");
	free(test_git("git clone -q --depth 1 \"file://$PWD\" shallow"));
	r = clspd((const char *const[]){ "build", "shallow/content", "-o",
	    "out", NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.err, "clspd: warning: shallow/content is in a "
	    "shallow clone (git clone --depth): the dates of last change are "
	    "left out of the pages; clone the whole history (git fetch "
	    "--unshallow, or fetch-depth: 0 in CI)\n") != NULL, "%s", r.err);
	run_free(&r);
	cr_assert(!has("out/site/actions/a.html", "class=\"updated\""));
	cr_assert(has("out/site/index.html", "footer-version"));
	/* The whole history dates them. */
	build("content", "out-full");
	cr_assert(has("out-full/site/actions/a.html", "class=\"updated\""));
}

/* --rev of a content folder renamed since: read from the commit. */
Test(git, rev_of_a_folder_renamed_since)
{
	struct run	 r;

	repo_new();
	free(test_git("git tag avant && git mv content contenu"));
	commit_all("2026-03-13T10:00:00+01:00", "Renommage");
	r = clspd((const char *const[]){ "check", "content", "--rev", "avant",
	    NULL });
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.err, "clspd: checked avant:content: ") != NULL,
	    "%s", r.err);
	run_free(&r);
}
