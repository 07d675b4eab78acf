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
#include "../render/pdf/pdf_theme.h"
#include "../theme/theme.h"
#include "../view/strings.h"

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
};

/* What the outputs are rendered from. */
struct build_input {
	const struct model	*model;
	const struct figures	*figures;
	const struct strings	*labels;	/* the report's locale's */
	const struct theme	*theme;		/* templates and assets */
	const struct pdf_theme	*pdf;		/* the PDFs' colours, fonts */
	time_t			 date;		/* printed in documents */
	int			 crop_marks;	/* charte-impression.pdf */
	size_t			*errors;	/* template errors, counted */
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
