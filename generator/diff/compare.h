/*
 * What the passes of the comparison share (diff_compare, compare.c):
 * the list of changes, the records found by id, and one pass per
 * section of diff.h, each in a file of its own: actions.c,
 * indicators.c, funding.c, partners.c, texts.c (the text fields of
 * every record) and charter.c (the charter's paragraphs). Private to
 * diff/.
 */
#ifndef CLSPD_DIFF_COMPARE_H
#define CLSPD_DIFF_COMPARE_H

#include "../load/model.h"
#include "diff.h"

/* A new change at the end of d's list, its other members zeroed. */
struct diff_change *diff_change_new(struct diff *, enum diff_section,
	    enum diff_kind, const char *record, const char *id);
/* Hands s to d, which frees it in diff_release; returns s. */
const char	*diff_own(struct diff *, char *s);
/* Whether two strings, either of them NULL, are the same. */
int		 diff_str_eq(const char *, const char *);
/* A value change, its kind from what each side has; NULL: no change. */
struct diff_change *diff_value_change(struct diff *, enum diff_section,
	    const char *record, const char *id, const struct num *old,
	    const struct num *new);
/* Two ints, for qsort. */
int		 diff_int_cmp(const void *, const void *);

/* The record of m with that id, or NULL. */
const struct action	*diff_action_find(const struct model *,
			    const char *id);
const struct indicator	*diff_indicator_find(const struct model *,
			    const char *id);
const struct partner	*diff_partner_find(const struct model *,
			    const char *id);
const struct page	*diff_page_find(const struct model *,
			    const char *id);
const struct thematic	*diff_thematic_find(const struct model *,
			    const char *id);

/* The sum of an action's known amounts from funder in year (funding.c). */
decimal	 diff_funding_sum(const struct action *, const char *funder,
	    int year, int *any);

/* The text fields of one record: a change made on the first one. */
struct diff_fields {
	struct diff		*d;
	struct diff_change	*c;
	const char		*record, *id;
};

/* Notes field when a and b differ (texts.c). */
void	 diff_field_str(struct diff_fields *, const char *field,
	    const struct str *a, const struct str *b);
/* A record added or removed, with its title (texts.c). */
void	 diff_record_added(struct diff *, enum diff_kind,
	    const char *record, const char *id, const char *title);

/* The passes, in the order of the sections. */
void	 diff_actions(struct diff *, const struct model *from,
	    const struct model *to);
void	 diff_indicators(struct diff *, const struct model *from,
	    const struct model *to);
void	 diff_funding(struct diff *, const struct model *from,
	    const struct model *to);
void	 diff_partners(struct diff *, const struct model *from,
	    const struct model *to);
void	 diff_texts(struct diff *, const struct model *from,
	    const struct model *to);
void	 diff_charter(struct diff *, const struct model *from,
	    const struct model *to);

#endif
