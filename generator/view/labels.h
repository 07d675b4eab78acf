/*
 * The theme's labels that the PDFs and the charts print, as a typed
 * struct: a field per label, so that a label renamed or removed is a
 * compile error in the document that prints it, not a blank (or a key)
 * in a PDF. VIEW_LABELS lists them once; it makes the struct's fields
 * and the table from each key of the theme's strings (strings.h) to its
 * field. The site's templates keep the tree's "labels" map (view.h),
 * which has every key of the theme.
 */
#ifndef CLSPD_VIEW_LABELS_H
#define CLSPD_VIEW_LABELS_H

#include <stddef.h>

#include "../theme/strings.h"
#include "../util/arena.h"
#include "format.h"

/* X(key): a label, named as in the theme's strings/<locale>.yaml. */
#define VIEW_LABELS(X)							\
	X(achievement_rate) X(action) X(actions) X(actions_by_status)	\
	X(adopted) X(all_indicators) X(amount) X(annexes)		\
	X(attainment) X(attainment_mean) X(baseline) X(breakdown)	\
	X(charter) X(charter_litter) X(column_description)		\
	X(column_difficulties) X(column_evaluation) X(column_funders)	\
	X(column_identification) X(column_means) X(column_objectives)	\
	X(column_partners) X(column_physical_partners) X(column_public)	\
	X(column_suggestions) X(contact) X(contents) X(coordinator)	\
	X(evolution) X(family) X(funder) X(funder_of) X(funding)	\
	X(funding_by_family) X(funding_by_funder) X(funding_evolution)	\
	X(funding_previous) X(funding_total) X(generated) X(group)	\
	X(group_of) X(indicator) X(indicator_status) X(indicators)	\
	X(indicators_by_status) X(key_figures) X(kind) X(narrative)	\
	X(no_action) X(none) X(note) X(page_of) X(partner)		\
	X(partner_of) X(partners) X(period) X(pilot) X(pilot_of)	\
	X(preamble) X(previous) X(priority) X(report) X(roles) X(share)	\
	X(signatories) X(status) X(target) X(thematic) X(total)		\
	X(value) X(version) X(year)

/*
 * Each label as the theme gives it, typography applied in French: ""
 * when the theme leaves it empty, its key when the theme lacks it (as
 * strings_get, a theme bug that the strings tests catch).
 */
struct view_labels {
#define VIEW_LABEL_FIELD(k)	const char *k;
	VIEW_LABELS(VIEW_LABEL_FIELD)
#undef VIEW_LABEL_FIELD
};

/* The labels from the theme's strings of loc; they live in the arena. */
void		 view_labels_build(struct view_labels *, struct arena *,
		    const struct strings *, enum locale);

/*
 * Each empty label replaced by its key: what the PDFs have always
 * printed for a label the theme leaves empty.
 */
void		 view_labels_or_keys(struct view_labels *);

/*
 * The keys of the labels that s lacks, in VIEW_LABELS's order: the
 * first max of them into keys; returns how many there are.
 */
size_t		 view_labels_missing(const struct strings *s,
		    const char **keys, size_t max);

#endif
