/*
 * Reading typed values out of a YAML tree into the model, with one
 * diagnostic for each value that does not fit. Every record loader
 * (council.c, partner.c, action.c, indicator.c, markdown.c) is a table of
 * keys and the functions here.
 */
#ifndef CLSPD_FIELDS_H
#define CLSPD_FIELDS_H

#include "../util/arena.h"
#include "model.h"
#include "yaml.h"

/* What a loader needs while it reads one file. */
struct loader {
	struct diags	*diags;
	struct arena	*arena;		/* the model's: every value read */
};

/*
 * The keys a mapping may hold. Each key's handler reads the value node
 * into the record (rec); the table ends with a NULL key.
 */
#define FIELD_MAY_BE_EMPTY 2	/* required, but an empty value is fine */

struct field {
	const char	*key;
	int		 required;	/* 0, 1 or FIELD_MAY_BE_EMPTY */
	void		(*read)(struct loader *, const struct ynode *, void *rec);
};

/*
 * Reads map against fields: unknown keys are errors with a "did you
 * mean", required keys that are missing are errors at the map's position,
 * and each known key's handler is called. what names the mapping in
 * messages, marked with N_() and translated here: "in %s", "for %s"
 * ("partner", "thematic"). Returns -1 when map is not a mapping.
 */
int	 fields_read_map(struct loader *, const struct ynode *map,
	    const struct field *fields, void *rec, const char *what);

/* Readers of single values; each reports its own errors. 0 or -1. */
int	 fields_str(struct loader *, const struct ynode *, struct str *);
int	 fields_num(struct loader *, const struct ynode *, struct num *);
int	 fields_nonneg(struct loader *, const struct ynode *, struct num *);
int	 fields_int(struct loader *, const struct ynode *, struct num *);
int	 fields_year(struct loader *, const struct ynode *, int *year);
/* A date written YYYY-MM-DD, a real day of the calendar. */
int	 fields_date(struct loader *, const struct ynode *, struct str *);
int	 fields_year_key(struct loader *, const struct ynode *, int *year);

/* Years are integers from 2000 to 2100 (FORMAT.md section 1). */
#define FIELDS_YEAR_MIN	2000
#define FIELDS_YEAR_MAX	2100
#define FIELDS_YEARS	(FIELDS_YEAR_MAX - FIELDS_YEAR_MIN + 1)

/*
 * Whether the year key (a valid year) repeats a key of its map: the same
 * text is a duplicate key the YAML reader reported; the same year written
 * otherwise ("02025") is reported here. lines, FIELDS_YEARS ints zeroed
 * for each map, remembers the line of each year's first key.
 */
int	 fields_year_seen(struct loader *, const struct ynode *key, int year,
	    int *lines);

int	 fields_text(struct loader *, const struct ynode *, struct text *);
int	 fields_ref(struct loader *, const struct ynode *, struct ref *);
/* A list of partner ids. */
int	 fields_refs(struct loader *, const struct ynode *, struct refs *);
/*
 * One of names; an unknown value is reported with unknown_near (a format
 * with the value and the nearest name) or unknown_list (the value and the
 * names), both translated.
 */
int	 fields_enum(struct loader *, const struct ynode *, struct str *,
	    const char *const *names, const char *unknown_near,
	    const char *unknown_list);
int	 fields_url(struct loader *, const struct ynode *, struct str *,
	    int https_only);
int	 fields_year_nums(struct loader *, const struct ynode *,
	    struct year_nums *, int nonneg);

/* Whether s is a valid id: [a-z0-9]+(-[a-z0-9]+)*, at most 64 bytes. */
int	 fields_is_id(const char *s);
/*
 * Writes into out (size bytes) the id a name stands for: lowercase,
 * French accents dropped, every other character a single hyphen
 * ("FIPD État" gives "fipd-etat"). It may be empty.
 */
void	 fields_slug(const char *s, char *out, size_t size);

/* Forget a value (its memory belongs to the model's arena). */
void	 fields_str_free(struct str *);
void	 fields_text_free(struct text *);
void	 fields_refs_free(struct refs *);

#endif
