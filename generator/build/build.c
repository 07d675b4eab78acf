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

#include "../load/load.h"
#include "../load/markdown.h"
#include "../load/yaml.h"
#include "../render/data/data.h"
#include "../render/pdf/pdf_charter.h"
#include "../render/pdf/pdf_coverage.h"
#include "../render/pdf/pdf_report.h"
#include "../render/html/site.h"
#include "../util/alloc.h"
#include "../util/diag.h"
#include "../util/exit.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "../util/thread.h"
#include "../theme/theme.h"
#include "../view/strings.h"
#include "../view/value.h"
#include "../view/view.h"
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

/*
 * A PDF, the report or the charter booklet, rendered in a thread of its
 * own beside the site (the booklet's two files load the fonts twice:
 * beside the report, it costs no time).
 */
struct pdf_job {
	const struct value	*view;
	const struct pdf_theme	*theme;
	struct pdf_charter_options charter;
	int			 is_charter;
	time_t			 date;
	struct sink		*sink;	/* a lane of the build's sink */
	struct diags		 diags;	/* why the PDF could not be made */
	int			 rc;
};

static void *
pdf_job_run(void *arg)
{
	struct pdf_job	*j = arg;

	if (j->is_charter)
		j->rc = pdf_charter_render(j->view, j->theme, &j->charter,
		    j->date, j->sink, &j->diags);
	else
		j->rc = pdf_report_render(j->view, j->theme, j->date,
		    j->sink, &j->diags);
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
	struct pdf_job	 pdf[2];
	pthread_t	 thread[2];
	int		 started[2] = { 0, 0 }, threaded = render_threaded();
	int		 rc;
	size_t		 i;

	view = view_build(a, in->model, in->figures, in->labels, in->date);
	for (i = 0; i < 2; i++) {
		memset(&pdf[i], 0, sizeof(pdf[i]));
		pdf[i].view = view;
		pdf[i].theme = in->pdf;
		pdf[i].date = in->date;
		pdf[i].charter.crop_marks = in->crop_marks;
		pdf[i].is_charter = i == 1;
		pdf[i].rc = -1;
		pdf[i].sink = sink;
		if (!threaded)
			continue;
		pdf[i].sink = sink_lane(sink);
		if (thread_start(&thread[i], pdf_job_run, &pdf[i]) == 0)
			started[i] = 1;
		else {
			sink_lane_end(sink, pdf[i].sink);
			pdf[i].sink = sink;
		}
	}
	rc = data_render(in->model, in->figures, in->date, sink);
	if (rc == 0)
		rc = site_render(view, in->theme, sink, in->errors);
	/* Joined in order: the lanes' files come in the same order. */
	for (i = 0; i < 2; i++) {
		if (started[i]) {
			pthread_join(thread[i], NULL);
			if (sink_lane_end(sink, pdf[i].sink) == -1)
				rc = -1;
		} else if (rc == 0)
			pdf_job_run(&pdf[i]);
		if (pdf[i].rc == -1)
			rc = -1;
		/* In order, whatever the thread that found them. */
		diags_print(&pdf[i].diags, stderr);
		diags_release(&pdf[i].diags);
	}
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
		    o->content, read, errors, warnings, elapsed(start));
	else if (d->errors > 0)
		/* TRANSLATORS: N errors, N warnings in N files read; OUT
		   left as it was */
		fprintf(stderr, _("clspd: build failed: %s, %s in %s; %s left "
		    "as it was\n"), errors, warnings, read, o->output);
	else
		/* TRANSLATORS: built CONTENT into OUT: N files read,
		   N files written, N warnings, SECONDS s */
		fprintf(stderr, _("clspd: built %s into %s: %s, %s, %s, "
		    "%.3f s\n"), o->content, o->output, read, wrote, warnings,
		    elapsed(start));
	free(read);
	free(wrote);
	free(errors);
	free(warnings);
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
	if (o->check_only)
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
	const char		*err = NULL;
	size_t			 errors;
	int			 rc;

	clock_gettime(CLOCK_MONOTONIC, &start);
	if ((rc = build_preflight(o)) != 0)
		return rc;
	memset(&d, 0, sizeof(d));
	memset(&pub, 0, sizeof(pub));
	if (!o->check_only)
		publish_signals_catch(o->output);
	if ((m = load_content(o->content, &d, &err)) == NULL) {
		fprintf(stderr, "clspd: %s: %s\n", o->content, err);
		publish_signals_release();
		return EXIT_IO;
	}
	check_model(m, &d);
	memset(&labels, 0, sizeof(labels));
	memset(&pdf, 0, sizeof(pdf));
	if (theme_open(&theme, o->content, o->theme) == 0) {
		strings_load(&labels, &theme, m->council.locale.s ?
		    m->council.locale.s : "fr", &d);
		pdf_theme_load(&pdf, &theme, &d);
		pdf_coverage_check(m, &pdf, &d);
	}
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
	rc = d.errors > 0 ? EXIT_CONTENT : 0;
	if (rc == 0 && !o->check_only) {
		errors = 0;
		in = (struct build_input){ .model = m, .figures = f,
		    .labels = &labels, .theme = &theme, .pdf = &pdf,
		    .errors = &errors, .crop_marks = o->crop_marks };
		build_date(&in.date);
		if (publish_begin(&pub, o->output) == -1 ||
		    build_render(&in, &pub.sink) == -1 ||
		    publish_commit(&pub) == -1)
			rc = EXIT_IO;
		publish_abort(&pub);
		/* A broken template of the theme is the content's error. */
		if (errors > 0) {
			d.errors += errors;
			rc = EXIT_CONTENT;
		}
	}
	if (rc != EXIT_IO)
		summary(o, m, &d, pub.sink.files, &start);
	publish_signals_release();
	strings_release(&labels);
	pdf_theme_release(&pdf);
	theme_close(&theme);
	metrics_free(f, m);
	markdown_scratch_free();
	yaml_scratch_free();
	model_free(m);
	diags_release(&d);
	return rc;
}
