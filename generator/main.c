/*
 * clspd: the command line (docs/format.md, section 4).
 *
 *   clspd build [CONTENT] [-o OUT] [--theme NAME|DIR] [--crop-marks]
 *               [--rev REV] [--only PARTS] [--no-archives]
 *   clspd check [CONTENT] [--theme NAME|DIR] [--rev REV | --staged]
 *   clspd diff [CONTENT] [--from REV] [--to REV]
 *              [--format text|markdown|json]
 *   clspd serve [CONTENT] [--port N] [--theme NAME|DIR] [--open]
 *               [--bind ADDR]
 *   clspd init DIR
 *   clspd theme DIR
 *   clspd year YEAR [CONTENT] [--force]
 *   clspd schema DIR
 *
 * Exit status: util/exit.h.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "build/build.h"
#include "diff/diff.h"
#include "init/init.h"
#include "year/year.h"
#include "schema/schema.h"
#include "serve/serve.h"
#include "util/alloc.h"
#include "util/exit.h"
#include "util/fs.h"
#include "util/i18n.h"

/* Translated where printed (_()): the tables only mark them. */
static const char usage_text[] = N_(
"usage: clspd build [CONTENT] [-o OUT] [--theme NAME|DIR] [--crop-marks]\n"
"                   [--rev REV] [--only PARTS] [--no-archives]\n"
"       clspd check [CONTENT] [--theme NAME|DIR] [--rev REV | --staged]\n"
"       clspd diff [CONTENT] [--from REV] [--to REV]\n"
"                  [--format text|markdown|json]\n"
"       clspd serve [CONTENT] [--port N] [--theme NAME|DIR] [--open]\n"
"                   [--bind ADDR]\n"
"       clspd init DIR\n"
"       clspd theme DIR\n"
"       clspd year YEAR [CONTENT] [--force]\n"
"       clspd schema DIR\n"
"       clspd --help | --version\n");

static const char help_text[] = N_(
"clspd publishes the annual report of a CLSPD (Conseil local de sécurité\n"
"et de prévention de la délinquance) from a folder of YAML and Markdown.\n"
"\n"
"Commands:\n"
"  build [CONTENT]   read CONTENT (default: the current folder when it holds\n"
"                    clspd.yaml, else content), check it, compute the\n"
"                    evaluation metrics and write OUT (default: output,\n"
"                    the one folder allowed inside CONTENT, which it\n"
"                    leaves unread): the HTML site (site/), the report\n"
"                    PDF (pdf/rapport-YEAR.pdf), the charter booklet when\n"
"                    there is a charter.md (pdf/charte.pdf, A5 pages, and\n"
"                    pdf/charte-impression.pdf, imposed on A4 sheets for\n"
"                    saddle-stitch printing) and the open data in\n"
"                    site/data/ (metrics.json, CSV tables, a workbook,\n"
"                    datapackage.json; docs/format.md lists them).\n"
"                    The PDFs are in site/pdf/ too (hard links), so that\n"
"                    site/ can be published as it is on a web server.\n"
"                    OUT is replaced only when the whole build succeeded;\n"
"                    it must be absent, empty or an output of clspd\n"
"                    (OUT/.clspd-output), and one build writes it at a time.\n"
"  check [CONTENT]   read and check CONTENT, print every problem, write\n"
"                    nothing.\n"
"  diff [CONTENT]    say what changed in CONTENT between two versions, in\n"
"                    the council's terms: actions, status and pilots,\n"
"                    indicator values and targets, funding and its totals,\n"
"                    partners and their roles, the text fields changed,\n"
"                    the charter's paragraphs. --from REV (default: the\n"
"                    latest bilan-YEAR tag) and --to REV (default: the\n"
"                    work tree); --format text (default), markdown (for a\n"
"                    merge request or a note) or json (for tools).\n"
"  serve [CONTENT]   build the site into a private folder, serve it on\n"
"                    http://127.0.0.1:8014/ (or the next free port) and\n"
"                    rebuild it whenever a file of CONTENT or of the\n"
"                    theme changes: open pages reload by themselves, and\n"
"                    show the problems while the content has errors; the\n"
"                    PDFs follow in the background. Ctrl-C stops.\n"
"  init DIR          write a small content folder that builds, to start from,\n"
"                    and make it a git repository (unless it is in one):\n"
"                    .gitignore, a pre-commit hook (check --staged), CI files\n"
"                    publishing the site (GitLab Pages, GitHub Pages).\n"
"  theme DIR         copy the default theme (templates, CSS, strings, PDF\n"
"                    style) into DIR, a new or empty folder, to edit; then\n"
"                    build with --theme DIR.\n"
"  year YEAR [CONTENT]\n"
"                    start the report of YEAR: set year: in clspd.yaml\n"
"                    (only that line changes) and list what to fill for\n"
"                    it (values, targets, funding of each action), each\n"
"                    at the FILE:LINE where to write it; run it again to\n"
"                    list what is left. YEAR is the report's year or the\n"
"                    next one, unless --force.\n"
"  schema DIR        write into DIR the JSON Schemas of the content files\n"
"                    and of the theme's YAML files, for editors that\n"
"                    check YAML as it is typed (init also writes them,\n"
"                    in DIR/.clspd/schemas).\n"
"\n";

/* In two parts: C compilers need not take one string over 4,095 bytes. */
static const char help_options[] = N_(
"Options:\n"
"  -o, --output OUT  where build writes (default: output)\n"
"  --theme NAME|DIR  the theme: a built-in name (default) or a folder of\n"
"                    templates, assets, PDF styles and strings layered\n"
"                    over it (CONTENT/theme is layered over both)\n"
"  --crop-marks      print-shop sheets for the charter: crop and fold\n"
"                    marks around the two A5 pages, colour bled 3 mm\n"
"                    past the trim (the sheets are then larger than A4)\n"
"  --rev REV         read CONTENT as it is in git commit REV (a tag, a\n"
"                    branch, a commit id), straight from the repository,\n"
"                    without touching the work tree; problems are named\n"
"                    REV:PATH:LINE:COL\n"
"  --staged          (check) read CONTENT as it is staged for the next\n"
"                    commit (git add), not as it is in the work tree: what\n"
"                    the pre-commit hook of clspd init runs\n"
"  --only PARTS      build only these parts of the outputs, separated by\n"
"                    commas: site (the HTML pages and assets), data\n"
"                    (site/data/), pdf (the report), charter (the\n"
"                    booklets); OUT then holds only them\n"
"  --no-archives     (build) leave out the past reports: without it, each\n"
"                    git tag bilan-YEAR of a year before the content's is\n"
"                    built again, with the current theme, into\n"
"                    site/archives/YEAR/ (its site and PDFs), listed in\n"
"                    site/archives/index.html, which every page links to;\n"
"                    a tag that does not build is a warning\n"
"  --port N          serve's first port to try (default 8014; 0: any)\n"
"  --bind ADDR       serve's address (default 127.0.0.1, this computer\n"
"                    only; 0.0.0.0 opens it to the network)\n"
"  --open            serve opens the site in the desktop's browser\n"
"  --force           year: go back, or skip years\n"
"  -q, --quiet       no summary line\n"
"  -h, --help        this help\n"
"  -V, --version     the version\n"
"\n"
"Problems are printed as FILE:LINE:COL: error: MESSAGE (or warning:).\n"
"Exit status: 0 success (warnings allowed), 1 content errors, 2 bad\n"
"usage, 3 input/output or internal failure.\n"
"\n"
"Content in git: when CONTENT is in a git work tree, the outputs say which\n"
"commit they come from (\"Version du contenu : 1a2b3c4, date\", and\n"
"\"source\" in metrics.json), and the documents' date is that commit's, so\n"
"that builds of one commit are byte-identical; with unsaved changes they\n"
"say so and take the current date. Pages show the date of each record's\n"
"last commit (\"Mis à jour le\"), except in a shallow clone.\n"
"\n"
"Environment: SOURCE_DATE_EPOCH, when set, is the date printed in\n"
"documents, so that rebuilds are byte-identical. CLSPD_JOBS sets the\n"
"number of threads that read the content (with 1, the site and the PDFs\n"
"are also rendered one after the other; the files are the same).\n"
"Messages are in the language of LANGUAGE, LC_ALL, LC_MESSAGES or LANG\n"
"(French or English); the documents' language is the content's locale.\n"
"See clspd(1) and the guide, docs/guide/README.md (in the sources, or\n"
"under PREFIX/share/doc/clspd/ once installed).\n"));

/* Prints "clspd: " and the message, then the usage; returns EXIT_USAGE. */
static int usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static int
usage_error(const char *fmt, ...)
{
	char	 msg[1024];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(stderr, _("clspd: %s\n"), msg);
	fputs(_(usage_text), stderr);
	return EXIT_USAGE;
}

/* --only's list of parts; 0, or the exit status of bad usage. */
static int
parse_parts(const char *list, struct build_options *o)
{
	if (build_parts_parse(list, &o->parts) == -1)
		return usage_error(_("--only '%s': the parts are site, data, "
		    "pdf and charter, separated by commas"), list);
	return 0;
}

/* The usage, then the help: --help, and -h of each command. */
static void
print_help(void)
{
	fputs(_(usage_text), stdout);
	fputs("\n", stdout);
	fputs(_(help_text), stdout);
	fputs(_(help_options), stdout);
}

/*
 * Reads the options and at most one operand after the command. Returns
 * 0, an exit status for bad usage, or -1 when it printed the help.
 */
static int
parse_args(int argc, char *argv[], struct build_options *o, int allow_out)
{
	int	 i;

	for (i = 2; i < argc; i++) {
		if (strcmp(argv[i], "-h") == 0 ||
		    strcmp(argv[i], "--help") == 0) {
			print_help();
			return -1;
		} else if (strcmp(argv[i], "-q") == 0 ||
		    strcmp(argv[i], "--quiet") == 0)
			o->quiet = 1;
		else if (allow_out && strcmp(argv[i], "--crop-marks") == 0)
			o->crop_marks = 1;
		else if (allow_out && strcmp(argv[i], "--no-archives") == 0)
			o->no_archives = 1;
		else if (!allow_out && strcmp(argv[i], "--staged") == 0)
			o->staged = 1;
		else if (strcmp(argv[i], "--rev") == 0) {
			if (++i == argc || argv[i][0] == '\0')
				return usage_error(_("%s needs a revision (a "
				    "tag, a branch or a commit id)"),
				    argv[i - 1]);
			o->rev = argv[i];
		} else if (strncmp(argv[i], "--rev=", 6) == 0 &&
		    argv[i][6] != '\0')
			o->rev = argv[i] + 6;
		else if (allow_out && (strcmp(argv[i], "-o") == 0 ||
		    strcmp(argv[i], "--output") == 0)) {
			if (++i == argc)
				return usage_error(_("%s needs a folder"),
				    argv[i - 1]);
			o->output = argv[i];
		} else if (allow_out && strncmp(argv[i], "--output=", 9) == 0)
			o->output = argv[i] + 9;
		else if (allow_out && strcmp(argv[i], "--only") == 0) {
			if (++i == argc)
				return usage_error(_("%s needs a list of parts: "
				    "site, data, pdf, charter"), argv[i - 1]);
			if (parse_parts(argv[i], o) != 0)
				return EXIT_USAGE;
		} else if (allow_out && strncmp(argv[i], "--only=", 7) == 0) {
			if (parse_parts(argv[i] + 7, o) != 0)
				return EXIT_USAGE;
		}
		else if (strcmp(argv[i], "--theme") == 0) {
			if (++i == argc)
				return usage_error(_("%s needs a name or a "
				    "folder"), argv[i - 1]);
			o->theme = argv[i];
		} else if (strncmp(argv[i], "--theme=", 8) == 0)
			o->theme = argv[i] + 8;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return usage_error(_("unknown option '%s'"), argv[i]);
		else if (o->content_given)
			return usage_error(_("unexpected argument '%s'"),
			    argv[i]);
		else {
			o->content = argv[i];
			o->content_given = 1;
		}
	}
	if (o->rev != NULL && o->staged)
		return usage_error("%s", _("--rev and --staged cannot be "
		    "given together: check one version at a time"));
	if (o->output != NULL && o->output[0] == '\0')
		return usage_error("%s",
		    _("the output folder must not be empty"));
	return 0;
}

/*
 * CONTENT when none is given: the current folder when it holds
 * clspd.yaml (cd mon-clspd && clspd build), else "content".
 */
static const char *
default_content(void)
{
	return fs_is_file("clspd.yaml") ? "." : "content";
}

/* clspd year YEAR [CONTENT] [--force]; returns an exit status. */
static int
run_year(int argc, char *argv[])
{
	const char	*year = NULL, *content = NULL;
	int		 i, force = 0;

	for (i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--force") == 0)
			force = 1;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return usage_error(_("unknown option '%s'"), argv[i]);
		else if (year == NULL)
			year = argv[i];
		else if (content == NULL)
			content = argv[i];
		else
			return usage_error(_("unexpected argument '%s'"),
			    argv[i]);
	}
	if (year == NULL)
		return usage_error("%s", _("year needs a year, such as "
		    "clspd year 2026"));
	return year_run(content != NULL ? content : default_content(), year,
	    force);
}

/* clspd diff's options and run; an exit status (0 after the help). */
static int
run_diff(int argc, char *argv[])
{
	const char		*content = NULL, *from = NULL, *to = NULL;
	const char		*fmt = "text", **slot;
	enum diff_format	 f;
	int			 i;

	for (i = 2; i < argc; i++) {
		if (strcmp(argv[i], "-h") == 0 ||
		    strcmp(argv[i], "--help") == 0) {
			print_help();
			return EXIT_OK;
		}
		slot = strcmp(argv[i], "--from") == 0 ? &from :
		    strcmp(argv[i], "--to") == 0 ? &to :
		    strcmp(argv[i], "--format") == 0 ? &fmt : NULL;
		if (slot != NULL) {
			if (++i == argc || argv[i][0] == '\0')
				return usage_error(_("%s needs a value"),
				    argv[i - 1]);
			*slot = argv[i];
		} else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return usage_error(_("unknown option '%s'"), argv[i]);
		else if (content != NULL)
			return usage_error(_("unexpected argument '%s'"),
			    argv[i]);
		else
			content = argv[i];
	}
	if (strcmp(fmt, "text") == 0)
		f = DIFF_TEXT;
	else if (strcmp(fmt, "markdown") == 0)
		f = DIFF_MARKDOWN;
	else if (strcmp(fmt, "json") == 0)
		f = DIFF_JSON;
	else
		return usage_error(_("--format '%s': the formats are text, "
		    "markdown and json"), fmt);
	return diff_run(content != NULL ? content : default_content(), from,
	    to, f);
}

/* clspd serve's options; 0, an exit status, or -1 after the help. */
static int
parse_serve(int argc, char *argv[], struct serve_options *so)
{
	struct build_options	 o;
	unsigned char		 addr[16];
	char			*end;
	unsigned long		 port;
	int			 i, rc, n = 1;
	char			*rest[3] = { argv[0], argv[1], NULL };
	char			**args = xreallocarray(NULL, (size_t)argc + 1,
				    sizeof(*args));

	/* --port, --bind and --open here; the rest as build reads them. */
	memcpy(args, rest, 2 * sizeof(*args));
	n = 2;
	rc = 0;
	for (i = 2; i < argc && rc == 0; i++) {
		if (strcmp(argv[i], "--open") == 0)
			so->open_browser = 1;
		else if (strcmp(argv[i], "--port") == 0 ||
		    strcmp(argv[i], "--bind") == 0) {
			if (i + 1 == argc)
				rc = usage_error(_("%s needs a value"),
				    argv[i]);
			else if (argv[i][2] == 'b')
				so->bind = argv[++i];
			else {
				errno = 0;
				port = strtoul(argv[++i], &end, 10);
				if (errno != 0 || *end != '\0' ||
				    argv[i][0] == '\0' || argv[i][0] == '-' ||
				    port > 65535)
					rc = usage_error(_("--port '%s': a port "
					    "is a number from 0 to 65535"),
					    argv[i]);
				so->port = (unsigned)port;
			}
		} else
			args[n++] = argv[i];
	}
	args[n] = NULL;
	if (rc == 0 && so->bind != NULL &&
	    inet_pton(AF_INET, so->bind, addr) != 1 &&
	    inet_pton(AF_INET6, so->bind, addr) != 1)
		rc = usage_error(_("--bind '%s': write an IP address, such as "
		    "127.0.0.1 or 0.0.0.0"), so->bind);
	memset(&o, 0, sizeof(o));
	o.content = default_content();
	o.theme = "default";
	if (rc == 0 && (rc = parse_args(n, args, &o, 0)) == 0) {
		so->content = o.content;
		so->theme = o.theme;
	}
	free(args);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct build_options	 o;
	int			 rc;

	i18n_init();
	memset(&o, 0, sizeof(o));
	o.content = default_content();
	o.output = "output";
	o.theme = "default";
	if (argc < 2)
		return usage_error("%s", _("missing command"));
	if ((strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "help") == 0 || strcmp(argv[1], "-V") == 0 ||
	    strcmp(argv[1], "--version") == 0) && argc > 2)
		return usage_error(_("unexpected argument '%s'"), argv[2]);
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		print_help();
		return EXIT_OK;
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		printf("clspd %s\n", CLSPD_VERSION);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "build") == 0) {
		if ((rc = parse_args(argc, argv, &o, 1)) != 0)
			return rc == -1 ? EXIT_OK : rc;
		return build_run(&o);
	}
	if (strcmp(argv[1], "check") == 0) {
		if ((rc = parse_args(argc, argv, &o, 0)) != 0)
			return rc == -1 ? EXIT_OK : rc;
		o.check_only = 1;
		return build_run(&o);
	}
	if (strcmp(argv[1], "diff") == 0)
		return run_diff(argc, argv);
	if (strcmp(argv[1], "serve") == 0) {
		struct serve_options	 so;

		memset(&so, 0, sizeof(so));
		so.port = SERVE_PORT;
		if ((rc = parse_serve(argc, argv, &so)) != 0)
			return rc == -1 ? EXIT_OK : rc;
		return serve_run(&so);
	}
	if (strcmp(argv[1], "init") == 0) {
		if (argc != 3 || argv[2][0] == '-')
			return usage_error("%s", _("init needs one folder"));
		if ((rc = init_write(argv[2])) != 0)
			return rc;
		return init_git(argv[2]);
	}
	if (strcmp(argv[1], "theme") == 0) {
		if (argc != 3 || argv[2][0] == '-')
			return usage_error("%s", _("theme needs one folder"));
		return init_theme(argv[2]);
	}
	if (strcmp(argv[1], "year") == 0)
		return run_year(argc, argv);
	if (strcmp(argv[1], "schema") == 0) {
		if (argc != 3 || argv[2][0] == '-')
			return usage_error("%s", _("schema needs one folder"));
		return schema_write(argv[2]);
	}
	return usage_error(_("unknown command '%s'"), argv[1]);
}
