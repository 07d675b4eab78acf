/*
 * The pipeline (see build.h): content → model → figures → outputs →
 * output folder. Nothing is written unless every earlier step succeeded.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../diff/diff.h"
#include "../load/load.h"
#include "../load/yaml.h"
#include "../markdown/markdown.h"
#include "../render/data/data.h"
#include "../render/pdf/documents/pdf_charter.h"
#include "../render/pdf/documents/pdf_coverage.h"
#include "../render/pdf/backend/pdf_font_check.h"
#include "../render/pdf/documents/pdf_report.h"
#include "../render/html/site.h"
#include "../source/history.h"
#include "../source/stamp.h"
#include "../source/tree.h"
#include "../util/alloc.h"
#include "../util/diag.h"
#include "../util/exit.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "../util/thread.h"
#include "../theme/contrast.h"
#include "../util/trace.h"
#include "../theme/theme.h"
#include "../theme/strings.h"
#include "../view/value.h"
#include "../view/view.h"
#include "archives.h"
#include "build.h"

int
build_date(time_t *t)
{
	const char	*s = getenv("SOURCE_DATE_EPOCH");
	char		*end;
	long long	 v;

	if (s == NULL || *s == '\0') {
		*t = time(NULL);
		return 0;
	}
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 0 || v > 253402300799LL)
		return -1;
	*t = (time_t)v;
	return 0;
}

int
build_date_of(const struct source_stamp *st, time_t *t)
{
	const char	*s = getenv("SOURCE_DATE_EPOCH");

	if ((s == NULL || *s == '\0') && st->found && !st->modified) {
		*t = st->date;
		return 0;
	}
	return build_date(t);
}

/*
 * The git stamp of the content (stamp.h) into m->source; a repository
 * that cannot be read is a warning, and the build goes on without it.
 */
static void
build_source(const struct build_options *o, struct model *m)
{
	const char	*err = "";

	if (source_stamp_read(o->content, &m->source, &err) == -1)
		fprintf(stderr, _("clspd: warning: %s: cannot read its git "
		    "repository (%s); the outputs carry no content version\n"),
		    o->content, err);
}

/*
 * The last change of each file (history.h) into m->dates, from the
 * commit built; a shallow clone is a warning, and the dates are left out
 * rather than shown wrong.
 */
static void
build_dates(const struct build_options *o, struct model *m)
{
	const char	*err = "";

	if (!m->source.found)
		return;
	if (source_dates_read(o->content, o->rev, &m->dates, &err) == -1)
		fprintf(stderr, _("clspd: warning: %s: cannot read its git "
		    "history (%s); the pages carry no dates\n"), o->content,
		    err);
	else if (m->dates.shallow)
		fprintf(stderr, _("clspd: warning: %s is in a shallow clone "
		    "(git clone --depth): the dates of last change are left "
		    "out of the pages; clone the whole history (git fetch "
		    "--unshallow, or fetch-depth: 0 in CI)\n"), o->content);
}

/*
 * What the content is read from (source/tree.h): the folder, or with
 * --rev or --staged the repository; *stamp is rev's commit then. Returns
 * the tree, or NULL after printing why.
 */
static struct source_tree *
build_tree(const struct build_options *o, struct source_stamp *stamp)
{
	struct source_tree	*t;
	char			*err = NULL;

	memset(stamp, 0, sizeof(*stamp));
	if (o->rev == NULL && !o->staged)
		return source_tree_folder(o->content);
	if ((t = source_tree_git(o->content, o->rev, stamp, &err)) == NULL) {
		fprintf(stderr, _("clspd: %s: %s\n"), o->rev != NULL ? o->rev :
		    "--staged", err);
		free(err);
	}
	return t;
}

/*
 * The theme's layers: CONTENT/theme/ comes from the tree too. A commit's
 * or the index's is copied into the temporary folder *tmp first (the
 * layers are read as files), removed by the caller. Returns 0 or -1.
 */
static int
build_theme(const struct build_options *o, const struct source_tree *t,
    struct theme *theme, char **tmp)
{
	char	 dir[] = "/tmp/clspd-theme-XXXXXX", *own, *err = NULL;

	*tmp = NULL;
	if (o->rev == NULL && !o->staged)
		return theme_open(theme, o->content, o->theme);
	if (mkdtemp(dir) == NULL) {
		fprintf(stderr, _("clspd: cannot make a temporary folder: "
		    "%s\n"), strerror(errno));
		return -1;
	}
	*tmp = xstrdup(dir);
	own = fs_join(dir, "theme");
	if (source_tree_extract(t, "theme", own, &err) == -1) {
		fprintf(stderr, _("clspd: %s\n"), err);
		free(err);
		free(own);
		return -1;
	}
	free(own);
	return theme_open(theme, dir, o->theme);
}

int
build_parts_parse(const char *s, unsigned *parts)
{
	static const struct {
		const char	*name;
		unsigned	 bit;
	} names[] = { { "site", BUILD_SITE }, { "data", BUILD_DATA },
	    { "pdf", BUILD_PDF }, { "charter", BUILD_CHARTER } };
	const char	*end;
	size_t		 i, n;

	*parts = 0;
	for (;;) {
		end = strchr(s, ',');
		n = end != NULL ? (size_t)(end - s) : strlen(s);
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (strlen(names[i].name) == n &&
			    strncmp(names[i].name, s, n) == 0)
				break;
		if (i == sizeof(names) / sizeof(names[0]))
			return -1;
		*parts |= names[i].bit;
		if (end == NULL)
			return 0;
		s = end + 1;
	}
}

void
build_report_release(struct build_report *r)
{
	size_t	 i;

	for (i = 0; i < r->n; i++) {
		free(r->v[i].file);
		free(r->v[i].msg);
	}
	free(r->v);
	free(r->locale);
	memset(r, 0, sizeof(*r));
}

/*
 * A PDF, the report or the charter booklet, rendered in a thread of its
 * own beside the site (the booklet's two files load the fonts twice:
 * beside the report, it costs no time).
 */
struct pdf_job {
	const struct view_docs	*docs;
	const struct pdf_theme	*theme;
	struct pdf_charter_options charter;
	int			 is_charter;
	struct sink		*sink;	/* a lane of the build's sink */
	struct diags		 diags;	/* why the PDF could not be made */
	int			 rc;
};

static void *
pdf_job_run(void *arg)
{
	struct pdf_job	*j = arg;

	if (j->is_charter)
		j->rc = pdf_charter_render(j->docs, j->theme, &j->charter,
		    j->sink, &j->diags);
	else
		j->rc = pdf_report_render(j->docs, j->theme, j->sink,
		    &j->diags);
	markdown_scratch_free();
	return NULL;
}

/*
 * Whether the outputs may be rendered in two threads: unless CLSPD_JOBS
 * is 1 or there is one processor. The files are the same either way.
 */
static int
render_threaded(void)
{
	const char	*env = getenv("CLSPD_JOBS");

	if (env != NULL)
		return strtol(env, NULL, 10) > 1;
	return sysconf(_SC_NPROCESSORS_ONLN) > 1;
}

int
build_render(const struct build_input *in, struct sink *sink)
{
	struct arena	*a = arena_new();
	struct value	*view;
	struct view_docs *docs;
	struct pdf_job	 pdf[2];
	struct diags	 data_diags;	/* the data's, then the PDFs' */
	pthread_t	 thread[2];
	int		 started[2] = { 0, 0 }, threaded = render_threaded();
	int		 wanted[2];
	unsigned	 parts = in->parts != 0 ? in->parts : BUILD_ALL;
	int		 rc = 0;
	size_t		 i;

	docs = view_docs_build(a, in->model, in->figures, in->labels,
	    in->date);
	view = view_build_docs(a, docs, in->model, in->figures, in->labels);
	archives_view(a, view, in->archives, in->labels, in->archive_year);
	value_set(a, view, "evolutions", in->evolutions != NULL ?
	    diff_view(a, in->evolutions, in->labels, in->evolutions_year,
	    in->model->council.min_count.set) : value_null(a));
	if (in->trace != NULL)
		trace_mark(in->trace, "view");
	memset(&data_diags, 0, sizeof(data_diags));
	wanted[0] = (parts & BUILD_PDF) != 0;
	wanted[1] = (parts & BUILD_CHARTER) != 0;
	for (i = 0; i < 2; i++) {
		memset(&pdf[i], 0, sizeof(pdf[i]));
		pdf[i].docs = docs;
		pdf[i].theme = in->pdf;
		pdf[i].charter.crop_marks = in->crop_marks;
		pdf[i].is_charter = i == 1;
		pdf[i].rc = -1;
		pdf[i].sink = sink;
		if (!threaded || !wanted[i])
			continue;
		pdf[i].sink = sink_lane(sink);
		if (thread_start(&thread[i], pdf_job_run, &pdf[i]) == 0)
			started[i] = 1;
		else {
			sink_lane_end(sink, pdf[i].sink);
			pdf[i].sink = sink;
		}
	}
	/* clspd serve wants the site first, the data after it. */
	if ((parts & BUILD_DATA) && in->site_done == NULL)
		rc = data_render(in->model, in->figures, in->date, sink,
		    &data_diags);
	if (rc == 0 && (parts & BUILD_SITE))
		rc = site_render(view, docs, in->theme, sink, in->errors);
	if (in->trace != NULL)
		trace_mark(in->trace, "site");
	if (in->site_done != NULL && rc == 0 && *in->errors == 0 &&
	    !sink->failed)
		in->site_done(in->site_ctx);
	if ((parts & BUILD_DATA) && in->site_done != NULL && rc == 0)
		rc = data_render(in->model, in->figures, in->date, sink,
		    &data_diags);
	if (in->trace != NULL)
		trace_mark(in->trace, "data");
	/* Joined in order: the lanes' files come in the same order. */
	for (i = 0; i < 2; i++) {
		if (started[i]) {
			pthread_join(thread[i], NULL);
			if (sink_lane_end(sink, pdf[i].sink) == -1)
				rc = -1;
		} else if (!wanted[i])
			continue;
		else if (rc == 0)
			pdf_job_run(&pdf[i]);
		if (pdf[i].rc == -1)
			rc = -1;
	}
	/* In order, whatever the thread that found them; each once. */
	diags_merge(&data_diags, &pdf[0].diags);
	diags_merge(&data_diags, &pdf[1].diags);
	diags_unique(&data_diags);
	diags_print(&data_diags, stderr);
	diags_release(&data_diags);
	arena_free(a);
	return rc;
}

static double
elapsed(const struct timespec *start)
{
	struct timespec	 now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - start->tv_sec) +
	    (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/*
 * The counts of the summary lines, each a phrase of its own with its
 * plural form, as git does for "3 files changed, 1 insertion": a
 * sentence with three counts would need every combination of forms.
 * Each returns a string the caller frees.
 */
static char *
count_read(size_t n)
{
	return xasprintf(ngettext("%zu file read", "%zu files read", n), n);
}

static char *
count_written(size_t n)
{
	return xasprintf(ngettext("%zu file written", "%zu files written", n),
	    n);
}

static char *
count_errors(size_t n)
{
	return xasprintf(ngettext("%zu error", "%zu errors", n), n);
}

static char *
count_warnings(size_t n)
{
	return xasprintf(ngettext("%zu warning", "%zu warnings", n), n);
}

static void
summary(const struct build_options *o, const struct model *m,
    const struct diags *d, size_t written, const struct timespec *start)
{
	char	*read, *wrote, *errors, *warnings;

	if (o->quiet)
		return;
	read = count_read(m->files);
	wrote = count_written(written);
	errors = count_errors(d->errors);
	warnings = count_warnings(d->warnings);
	if (o->check_only)
		/* TRANSLATORS: checked CONTENT: N files read, N errors,
		   N warnings, SECONDS s */
		fprintf(stderr, _("clspd: checked %s: %s, %s, %s, %.3f s\n"),
		    m->root, read, errors, warnings, elapsed(start));
	else if (d->errors > 0)
		/* TRANSLATORS: N errors, N warnings in N files read; OUT
		   left as it was */
		fprintf(stderr, _("clspd: build failed: %s, %s in %s; %s left "
		    "as it was\n"), errors, warnings, read, o->output);
	else
		/* TRANSLATORS: built CONTENT into OUT: N files read,
		   N files written, N warnings, SECONDS s */
		fprintf(stderr, _("clspd: built %s into %s: %s, %s, %s, "
		    "%.3f s\n"), m->root, o->output, read, wrote, warnings,
		    elapsed(start));
	free(read);
	free(wrote);
	free(errors);
	free(warnings);
}

/* Copies what the caller keeps: the model and diagnostics are freed. */
static void
report_fill(struct build_report *r, const struct model *m,
    const struct diags *d, int status)
{
	size_t	 i, n = d->n < DIAG_MAX ? d->n : DIAG_MAX;

	r->v = xreallocarray(NULL, n + 1, sizeof(*r->v));
	for (i = 0; i < n; i++) {
		r->v[i].level = d->v[i].level;
		r->v[i].file = xstrdup(d->v[i].pos.file != NULL ?
		    d->v[i].pos.file : "");
		r->v[i].line = d->v[i].pos.line;
		r->v[i].col = d->v[i].pos.col;
		r->v[i].msg = xstrdup(d->v[i].msg);
	}
	r->n = n;
	r->errors = d->errors;
	r->warnings = d->warnings;
	r->status = status;
	if (m->council.locale.s != NULL)
		r->locale = xstrdup(m->council.locale.s);
}

/*
 * Renders each past report with in's theme and parts into the sink,
 * under site/archives/<year>/ (archives.h). Returns 0 or -1.
 */
static int
build_archives(const struct archives *a, const struct build_input *in,
    struct sink *sink)
{
	struct build_input	 one;
	struct sink		*s;
	size_t			 i;
	int			 rc = 0;

	for (i = 0; a->render && i < a->n && rc == 0; i++) {
		one = *in;
		one.model = a->v[i].m;
		one.figures = a->v[i].f;
		one.archive_year = a->v[i].tag->year;
		one.evolutions = NULL;
		build_date_of(&a->v[i].stamp, &one.date);
		s = archives_sink(sink, one.archive_year);
		rc = build_render(&one, s);
		if (s->failed)
			rc = -1;
		archives_sink_end(sink, s);
	}
	return rc;
}

/*
 * The past reports (unless --no-archives) and the changes since the
 * latest, for the site's page "Évolutions depuis le bilan <year>".
 */
static void
build_evolutions(const struct build_options *o, const struct model *m,
    struct archives *arch, struct diff *evo, struct build_input *in,
    struct diags *d)
{
	const struct archive	*last;

	archives_load(arch, o->content, m->council.y, !o->no_archives,
	    &d->warnings);
	if ((last = archives_latest(arch)) == NULL)
		return;
	diff_compare(evo, last->m, m);
	in->evolutions = evo;
	in->evolutions_year = last->tag->year;
}

/*
 * Renders into o->sink (clspd serve), or into OUT through the publisher
 * pub (its sink counts the files written). Returns 0 or EXIT_IO.
 */
static int
build_write(const struct build_options *o, struct build_input *in,
    struct publisher *pub)
{
	int	 rc = 0;

	if (o->sink != NULL) {
		in->site_done = o->site_done;
		in->site_ctx = o->ctx;
		rc = build_render(in, o->sink) == -1 ||
		    build_archives(in->archives, in, o->sink) == -1 ? EXIT_IO :
		    0;
		pub->sink.files = o->sink->files;
		return rc;
	}
	if (publish_begin(pub, o->output) == -1)
		rc = EXIT_IO;
	else {
		pub->no_sync = o->no_sync;
		if (build_render(in, &pub->sink) == -1 ||
		    build_archives(in->archives, in, &pub->sink) == -1 ||
		    publish_commit(pub) == -1)
			rc = EXIT_IO;
	}
	publish_abort(pub);
	return rc;
}

/* Checks the options that need no content; returns 0 or an exit status. */
static int
build_preflight(const struct build_options *o)
{
	const char	*why, *jobs;
	char		*end;
	time_t		 t;

	if (build_date(&t) == -1) {
		fprintf(stderr, _("clspd: SOURCE_DATE_EPOCH must be a number "
		    "of seconds since 1970, not '%s'\n"),
		    getenv("SOURCE_DATE_EPOCH"));
		return EXIT_USAGE;
	}
	if ((jobs = getenv("CLSPD_JOBS")) != NULL &&
	    (strtol(jobs, &end, 10) < 1 || strtol(jobs, &end, 10) > 64 ||
	    *end != '\0')) {
		fprintf(stderr, _("clspd: CLSPD_JOBS must be a number of "
		    "threads from 1 to 64, not '%s'\n"), jobs);
		return EXIT_USAGE;
	}
	if (strcmp(o->theme, "default") != 0 && !fs_is_dir(o->theme)) {
		fprintf(stderr, _("clspd: --theme %s: no such theme (a "
		    "built-in name: default, or a folder)\n"), o->theme);
		return EXIT_USAGE;
	}
	if (o->check_only || o->sink != NULL)
		return 0;
	if (publish_check(o->output, o->content, &why) == -1) {
		fprintf(stderr, _("clspd: cannot build into %s: %s\n"),
		    o->output, why);
		return EXIT_IO;
	}
	publish_tidy(o->output);
	return 0;
}

int
build_run(const struct build_options *o)
{
	struct timespec		 start;
	struct diags		 d;
	struct model		*m;
	struct figures		*f = NULL;
	struct publisher	 pub;
	struct theme		 theme;
	struct strings		 labels;
	struct pdf_theme	 pdf;
	struct build_input	 in;
	struct source_tree	*tree;
	struct source_stamp	 stamp;
	struct archives		 arch;
	struct diff		 evo;
	struct trace		 tr;
	const char		*err = NULL;
	char			*theme_tmp = NULL;
	size_t			 errors;
	int			 rc, theme_ok;

	clock_gettime(CLOCK_MONOTONIC, &start);
	memset(&arch, 0, sizeof(arch));
	memset(&evo, 0, sizeof(evo));
	trace_start(&tr, "build");
	if ((rc = build_preflight(o)) != 0)
		return rc;
	if ((tree = build_tree(o, &stamp)) == NULL)
		return EXIT_USAGE;
	memset(&d, 0, sizeof(d));
	memset(&pub, 0, sizeof(pub));
	if (!o->check_only && o->sink == NULL)
		publish_signals_catch(o->output);
	if ((m = load_content_tree(tree, &d, &err)) == NULL) {
		fprintf(stderr, _("clspd: %s: %s\n"), tree->root, err);
		publish_signals_release();
		source_tree_free(tree);
		return EXIT_IO;
	}
	trace_mark(&tr, "load");
	m->source = stamp;
	check_model(m, &d);
	trace_mark(&tr, "check");
	memset(&labels, 0, sizeof(labels));
	memset(&pdf, 0, sizeof(pdf));
	memset(&theme, 0, sizeof(theme));
	if ((theme_ok = build_theme(o, tree, &theme, &theme_tmp) == 0)) {
		strings_load(&labels, &theme, m->council.locale.s ?
		    m->council.locale.s : "fr", &d);
		pdf_theme_load(&pdf, &theme, &d);
		contrast_check_pdf(&pdf, &d);
		contrast_check_site(&theme, &d);
		pdf_theme_fonts_check(&pdf, &d);
		pdf_coverage_check(m, &pdf, &d);
	}
	trace_mark(&tr, "theme");
	/* check computes the figures too: a sum too large is an error. */
	if (d.errors == 0) {
		f = metrics_compute(m);
		if (f->overflow)
			diag_error(&d, ((struct pos){ m->council.file, 1, 1 }),
			    "%s", _("a sum of amounts or values is too large "
			    "to be computed exactly (over 9 223 billion)"));
	}
	diags_sort(&d);
	diags_print(&d, stderr);
	trace_mark(&tr, "metrics");
	/* check reads the templates too: a broken one is found before build. */
	if (o->check_only && theme_ok) {
		errors = 0;
		site_check(&theme, &errors);
		d.errors += errors;
	}
	rc = d.errors > 0 ? EXIT_CONTENT : EXIT_OK;
	if (rc == EXIT_OK && !o->check_only) {
		errors = 0;
		in = (struct build_input){ .model = m, .figures = f,
		    .labels = &labels, .theme = &theme, .pdf = &pdf,
		    .errors = &errors, .crop_marks = o->crop_marks,
		    .parts = o->parts, .archives = &arch, .trace = &tr };
		/* Past reports go with the site (site/archives/). */
		if ((o->parts != 0 ? o->parts : BUILD_ALL) & BUILD_SITE)
			build_evolutions(o, m, &arch, &evo, &in, &d);
		if (o->rev == NULL)
			build_source(o, m);
		build_dates(o, m);
		build_date_of(&m->source, &in.date);
		trace_mark(&tr, "git");
		if (o->report != NULL && o->site_done != NULL)
			report_fill(o->report, m, &d, 0);
		rc = build_write(o, &in, &pub);
		trace_mark(&tr, "commit");
		/* A broken template of the theme is the content's error. */
		if (errors > 0) {
			d.errors += errors;
			rc = EXIT_CONTENT;
		}
	}
	if (rc != EXIT_IO)
		summary(o, m, &d, pub.sink.files, &start);
	if (o->report != NULL) {
		build_report_release(o->report);
		report_fill(o->report, m, &d, rc);
	}
	publish_signals_release();
	strings_release(&labels);
	pdf_theme_release(&pdf);
	theme_close(&theme);
	if (theme_tmp != NULL)
		fs_remove_tree(theme_tmp);
	free(theme_tmp);
	source_tree_free(tree);
	diff_release(&evo);
	archives_release(&arch);
	metrics_free(f, m);
	markdown_scratch_free();
	yaml_scratch_free();
	model_free(m);
	diags_release(&d);
	trace_mark(&tr, "free");
	return rc;
}
