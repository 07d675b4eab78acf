/*
 * What changed between two versions of the content (clspd diff, issue
 * 11), in the council's own terms: actions added or removed, their
 * status or pilot changed; indicator values and targets per year;
 * funding per action, funder and year, and the totals; partners and
 * their roles; the text fields of each record; the charter's
 * paragraphs. Both versions are loaded and checked models (any tree of
 * source/tree.h): the comparison reads records, not lines of files.
 *
 * Between view (it formats numbers as the documents do, view/format.h)
 * and render (the site's page of changes).
 */
#ifndef CLSPD_DIFF_H
#define CLSPD_DIFF_H

#include <stddef.h>
#include <stdio.h>

#include "../load/model.h"
#include "../util/buf.h"

enum diff_section {
	DIFF_ACTIONS,
	DIFF_INDICATORS,
	DIFF_FUNDING,
	DIFF_PARTNERS,
	DIFF_TEXTS,
	DIFF_CHARTER,
	DIFF__SECTIONS
};

enum diff_kind {
	DIFF_ADDED,
	DIFF_REMOVED,
	DIFF_CHANGED
};

#define DIFF_FIELDS	16

/*
 * One change. Strings are borrowed from the two models, or owned by
 * the struct diff (paragraphs); absent ones are NULL.
 */
struct diff_change {
	enum diff_section section;
	enum diff_kind	 kind;
	const char	*record;	/* action, indicator, partner,
					   thematic, page, charter, total */
	const char	*id;		/* the record's id */
	const char	*title;		/* a record added or removed */
	const char	*field;		/* status, pilot, values, targets,
					   target, funding, role, paragraph */
	const char	*funder;	/* funding */
	const char	*role;		/* pilot, partner, funder, group */
	const char	*of;		/* the role's action or thematic */
	int		 year;		/* 0: none */
	size_t		 index;		/* a paragraph's, from 1; 0: none */
	int		 number;	/* old and new are numbers */
	int		 amount;	/* in euros */
	const char	*unit;		/* an indicator's */
	int		 sensitive;	/* an indicator that counts people */
	int		 has_old, has_new;
	decimal		 dold, dnew;
	const char	*sold, *snew;	/* when not numbers */
	const char	*fields[DIFF_FIELDS];	/* text fields changed */
	size_t		 nfields;
	/* As people read them (the site): titles, labels, names. */
	const char	*name;		/* of id */
	const char	*funder_name;
	const char	*of_name;
	const char	*old_name, *new_name;	/* a pilot's */
};

struct diff {
	struct diff_change *v;		/* in the order printed */
	size_t		 n, cap;
	char		**owned;
	size_t		 nowned;
	const char	*locale;	/* the newer version's */
};

/* Compares two checked models; release with diff_release. */
void	 diff_compare(struct diff *, const struct model *from,
	    const struct model *to);
void	 diff_release(struct diff *);

enum diff_format {
	DIFF_TEXT,
	DIFF_MARKDOWN,
	DIFF_JSON
};

/* The names of the two versions, as the outputs print them. */
struct diff_sides {
	const char	*from_rev;	/* "bilan-2025" */
	const char	*from_commit;	/* 40 hex, or NULL */
	const char	*to_rev;	/* NULL: the work tree */
	const char	*to_commit;	/* 40 hex, or NULL */
	int		 to_modified;
};

/* One side of a change as the documents write it; the caller frees. */
char	*diff_side(const struct diff *, const struct diff_change *, int new);

struct arena;
struct strings;
struct value;

/*
 * The site's page of changes ("Évolutions depuis le bilan <year>"): a
 * map {title, intro, sections: [{heading, items: [{text}]}]}, the
 * sentences from the theme's labels (evo_*). Values of an indicator
 * that counts people are left out when the content sets a minimum count
 * (statistical secrecy: the page is public).
 */
struct value *diff_view(struct arena *, const struct diff *,
	    const struct strings *labels, int year, int secrecy);

void	 diff_write(struct buf *, const struct diff *,
	    const struct diff_sides *, enum diff_format);

/*
 * The command: compares CONTENT at from (NULL: the latest bilan-<year>
 * tag) with CONTENT at to (NULL: the work tree) and prints the changes
 * on standard output. Returns an exit status of util/exit.h.
 */
int	 diff_run(const char *content, const char *from, const char *to,
	    enum diff_format);

#endif
