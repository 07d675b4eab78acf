/*
 * "clspd init DIR", second part: DIR becomes a git repository (libgit2,
 * unless it is already inside one) ready to use: a .gitignore for what
 * builds write, a pre-commit hook that checks what is staged (clspd
 * check --staged), and CI files for the two forges communes use most,
 * GitLab (GitLab Pages) and GitHub (GitHub Pages), that build the site on
 * every push to the main branch and publish it. Nothing is committed:
 * the first commit is the coordinator's, under their own name.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <git2.h>

#include "../source/repo.h"
#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "init.h"

static const char gitignore[] =
"# What clspd and the CI files write: built again from the content,\n"
"# never committed.\n"
"/output/\n"
"/public/\n"
"/_site/\n"
".*.new-*/\n";

/* Runs in the work tree's top folder, where git runs hooks. */
static const char hook[] =
"#!/bin/sh\n"
"# Installed by clspd init: before each commit, checks the content as it\n"
"# is staged (git add), not as it is in the folder, and refuses the\n"
"# commit when it has errors. To commit anyway: git commit --no-verify.\n"
"if ! command -v clspd >/dev/null 2>&1; then\n"
"    echo 'pre-commit: clspd is not installed: the content was not' \\\n"
"        'checked' >&2\n"
"    exit 0\n"
"fi\n"
"exec clspd check --staged -q .\n";

/*
 * clspd itself, in CI: built from its source when the image has none.
 * CLSPD_GIT is where the source is (set it to your copy).
 */
#define CI_INSTALL \
	"command -v clspd >/dev/null || { apt-get update -qq && " \
	"apt-get install -y -qq ca-certificates git make gcc pkg-config " \
	"libyaml-dev " \
	"libcmark-dev libhpdf-dev zlib1g-dev libhyphen-dev hyphen-fr " \
	"fonts-lato libgit2-dev && git clone -q --depth 1 \"$CLSPD_GIT\" " \
	"/tmp/clspd-src && mkdir -p /tmp/clspd-src/build && " \
	"touch /tmp/clspd-src/build/.deps && make -C /tmp/clspd-src clspd && " \
	"install -m 755 /tmp/clspd-src/clspd /usr/local/bin/clspd; }"

static const char gitlab_ci[] =
"# GitLab CI, written by clspd init: on every push the content is checked;\n"
"# on the default branch the site is built and published with GitLab\n"
"# Pages (Settings > Pages gives its address). The PDFs are in the site.\n"
"variables:\n"
"  # The whole history: the pages' \"Mis à jour le\" dates need it.\n"
"  GIT_DEPTH: \"0\"\n"
"  # Where clspd's source is, when the image has no clspd.\n"
"  CLSPD_GIT: \"https://forge.example/clspd/clspd.git\"\n"
"\n"
"default:\n"
"  image: debian:12\n"
"  before_script:\n"
"    - '" CI_INSTALL "'\n"
"\n"
"check:\n"
"  script:\n"
"    - clspd check .\n"
"\n"
"pages:\n"
"  script:\n"
"    - clspd build . -o \"${TMPDIR:-/tmp}/clspd-output\"\n"
"    - rm -rf public && cp -R \"${TMPDIR:-/tmp}/clspd-output/site\" public\n"
"  artifacts:\n"
"    paths:\n"
"      - public\n"
"  rules:\n"
"    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n";

static const char github_ci[] =
"# GitHub Actions, written by clspd init: on every push to main the\n"
"# content is checked, the site built and published with GitHub Pages\n"
"# (Settings > Pages > Source: GitHub Actions). The PDFs are in the site.\n"
"name: clspd\n"
"on:\n"
"  push:\n"
"    branches: [main]\n"
"  workflow_dispatch:\n"
"permissions:\n"
"  contents: read\n"
"  pages: write\n"
"  id-token: write\n"
"concurrency:\n"
"  group: pages\n"
"  cancel-in-progress: false\n"
"env:\n"
"  # Where clspd's source is, when the image has no clspd.\n"
"  CLSPD_GIT: https://github.com/example/clspd.git\n"
"jobs:\n"
"  build:\n"
"    runs-on: ubuntu-latest\n"
"    container: debian:12\n"
"    steps:\n"
"      - name: Install git\n"
"        run: command -v git >/dev/null || { apt-get update -qq && "
"apt-get install -y -qq git ca-certificates; }\n"
"      - uses: actions/checkout@v4\n"
"        with:\n"
"          # The whole history: the pages' \"Mis à jour le\" dates need it.\n"
"          fetch-depth: 0\n"
"      - name: Install clspd\n"
"        run: '" CI_INSTALL "'\n"
"      - name: Check\n"
"        run: clspd check .\n"
"      - name: Build\n"
"        run: clspd build . -o \"${RUNNER_TEMP:-/tmp}/clspd-output\"\n"
"      - uses: actions/upload-pages-artifact@v3\n"
"        with:\n"
"          path: ${{ runner.temp }}/clspd-output/site\n"
"  deploy:\n"
"    needs: build\n"
"    runs-on: ubuntu-latest\n"
"    environment:\n"
"      name: github-pages\n"
"      url: ${{ steps.deployment.outputs.page_url }}\n"
"    steps:\n"
"      - id: deployment\n"
"        uses: actions/deploy-pages@v4\n";

struct init_git_file {
	const char	*path;	/* below DIR; "/…": below .git/ */
	const char	*text;
	mode_t		 mode;
};

static const struct init_git_file git_files[] = {
	{ ".gitignore", gitignore, 0644 },
	{ ".gitlab-ci.yml", gitlab_ci, 0644 },
	{ ".github/workflows/clspd.yml", github_ci, 0644 },
	{ "/hooks/pre-commit", hook, 0755 },
};

/* Writes text to path (making its folder), with mode. Returns 0 or -1. */
static int
init_git_write(const char *path, const char *text, mode_t mode)
{
	char		*dir = xstrdup(path), *slash = strrchr(dir, '/');
	const char	*step = "write";
	int		 rc = -1;

	if (slash != NULL)
		*slash = '\0';
	if ((slash != NULL && fs_mkdir_p(dir) == -1) ||
	    fs_write_file(path, text, strlen(text), &step) == -1 ||
	    chmod(path, mode) == -1)
		fprintf(stderr, _("clspd: %s: %s failed: %s\n"), path, step,
		    strerror(errno));
	else
		rc = 0;
	free(dir);
	return rc;
}

int
init_git(const char *dir)
{
	struct source_repo		 r;
	git_repository			*repo = NULL;
	git_repository_init_options	 opts;
	const char			*err = NULL;
	char				*path;
	size_t				 i;
	int				 rc = EXIT_IO, found;

	if ((found = source_repo_open(dir, &r, &err)) != 0) {
		if (found == 1)
			printf(_("clspd: %s is inside a git repository "
			    "already: no new repository, hook or CI files\n"),
			    dir);
		source_repo_close(&r);
		return found == 1 ? EXIT_OK : EXIT_IO;
	}
	source_repo_close(&r);
	git_libgit2_init();
	git_repository_init_options_init(&opts,
	    GIT_REPOSITORY_INIT_OPTIONS_VERSION);
	opts.flags = GIT_REPOSITORY_INIT_MKPATH;
	opts.initial_head = "main";
	if (git_repository_init_ext(&repo, dir, &opts) < 0) {
		fprintf(stderr, _("clspd: %s: cannot make a git repository: "
		    "%s\n"), dir, source_git_error());
		goto out;
	}
	for (i = 0; i < sizeof(git_files) / sizeof(git_files[0]); i++) {
		path = git_files[i].path[0] == '/' ? xasprintf("%s%s",
		    git_repository_path(repo), git_files[i].path + 1) :
		    fs_join(dir, git_files[i].path);
		if (init_git_write(path, git_files[i].text,
		    git_files[i].mode) == -1) {
			free(path);
			goto out;
		}
		free(path);
	}
	printf(_("clspd: made %s a git repository (branch main), with a "
	    "pre-commit hook that runs 'clspd check --staged' and CI files "
	    "for GitLab and GitHub; the first commit is yours:\n"
	    "  cd %s && git add -A && git commit -m 'Premier bilan'\n"), dir,
	    dir);
	rc = EXIT_OK;
out:
	git_repository_free(repo);
	git_libgit2_shutdown();
	return rc;
}
