/*
 * The whole pipeline behind "clspd build" and "clspd check": load, check,
 * metrics, view, render, publish (docs/dev/architecture.md). Kept apart
 * from main.c so that tests drive the same code.
 */
#ifndef CLSPD_BUILD_H
#define CLSPD_BUILD_H

#include <time.h>

#include "../load/model.h"
#include "../metrics/metrics.h"
#include "../publish/publish.h"
#include "../theme/pdf_theme.h"
#include "../theme/theme.h"
#include "../util/diag.h"
#include "../theme/strings.h"
#include "../util/trace.h"

/* The parts of the outputs (clspd build --only). */
#define BUILD_SITE	0x1u	/* the HTML site, site/ but site/data/ */
#define BUILD_DATA	0x2u	/* the open data, site/data/ */
#define BUILD_PDF	0x4u	/* the report, pdf/rapport-YEAR.pdf */
#define BUILD_CHARTER	0x8u	/* the booklet, pdf/charte*.pdf */
#define BUILD_ALL	0xfu

/*
 * Reads a comma-separated list of parts ("site,data") into *parts.
 * Returns 0, or -1 for an empty or unknown name.
 */
int	 build_parts_parse(const char *, unsigned *parts);

/*
 * What a build leaves for its caller (clspd serve): the diagnostics,
 * sorted, and the content's locale. Released by build_report_release.
 */
struct build_problem {
	enum diag_level	 level;
	char		*file;		/* owned */
	int		 line;
	int		 col;
	char		*msg;		/* owned */
};

struct build_report {
	struct build_problem *v;	/* sorted by file and position */
	size_t		 n;
	size_t		 errors;
	size_t		 warnings;
	char		*locale;	/* clspd.yaml's, or NULL */
	int		 status;	/* build_run's */
};

void	 build_report_release(struct build_report *);

struct build_options {
	const char	*content;
	int		 content_given;
	const char	*output;
	const char	*theme;
	int		 check_only;
	int		 quiet;
	int		 crop_marks;	/* on the charter's imposed sheets */
	const char	*rev;		/* --rev: CONTENT as commit rev has it */
	int		 staged;	/* --staged: as the index has it */
	unsigned	 parts;		/* BUILD_*, 0 for all */
	int		 no_sync;	/* OUT is private: not flushed to disk */
	int		 no_archives;	/* no past reports (archives.h) */
	struct build_report *report;	/* filled when not NULL */
	/*
	 * clspd serve: the outputs go into sink instead of OUT (nothing is
	 * published), the site first; site_done(ctx) is called once the
	 * site is rendered without error, before the data, with *report
	 * already filled.
	 */
	struct sink	*sink;
	void		(*site_done)(void *ctx);
	void		*ctx;
};

struct archives;
struct diff;

/* What the outputs are rendered from. */
struct build_input {
	const struct model	*model;
	const struct figures	*figures;
	const struct strings	*labels;	/* the report's locale's */
	const struct theme	*theme;		/* templates and assets */
	const struct pdf_theme	*pdf;		/* the PDFs' colours, fonts */
	time_t			 date;		/* printed in documents */
	int			 crop_marks;	/* charte-impression.pdf */
	unsigned		 parts;		/* BUILD_*, 0 for all */
	size_t			*errors;	/* template errors, counted */
	const struct archives	*archives;	/* past reports, or NULL */
	int			 archive_year;	/* a past report's, or 0 */
	const struct diff	*evolutions;	/* since the last report */
	int			 evolutions_year;	/* its year */
	struct trace		*trace;		/* CLSPD_TRACE, or NULL */
	void			(*site_done)(void *);	/* build_options' */
	void			*site_ctx;
};

/*
 * Renders every output of a checked model and its figures into the sink,
 * from one view tree. Returns 0, or -1 after printing the reason: an I/O
 * failure, or the theme's errors (a broken template, counted in
 * *in->errors).
 */
int	 build_render(const struct build_input *in, struct sink *);

/*
 * Runs the pipeline with the options; prints the diagnostics and a
 * summary line on stderr. Returns an exit status of util/exit.h.
 */
int	 build_run(const struct build_options *);

/*
 * The date printed in documents: SOURCE_DATE_EPOCH when set, else now.
 * Returns 0, or -1 when SOURCE_DATE_EPOCH is set but not a number.
 */
int	 build_date(time_t *);

/*
 * The same for content from git (stamp.h): SOURCE_DATE_EPOCH when set,
 * else the commit's date when the content is that commit unmodified
 * (reproducible by default), else now.
 */
int	 build_date_of(const struct source_stamp *, time_t *);

#endif
