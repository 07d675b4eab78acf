/*
 * Reading typed values out of a YAML tree into the model, with one
 * diagnostic for each value that does not fit. Every record loader
 * (council.c, partner.c, action.c, indicator.c, document.c) is a table of
 * keys and the functions here.
 */
#ifndef CLSPD_FIELDS_H
#define CLSPD_FIELDS_H

#include "../util/arena.h"
#include "model.h"
#include "yaml.h"

/* What a loader needs while it reads one file. */
/*
 * The longest one-line text (a title, a name, a label, an address), in
 * characters; a Markdown heading is held to it too (MARKDOWN_MAX_LINE in
 * ../markdown/markdown.h). Such a text goes whole into one PDF string,
 * in the outline and in the document's properties (as UTF-16, up to 4
 * bytes a character), which libharu limits to 65,535 bytes: a longer one
 * failed the build with "libharu error 0x105B" and no position. 10,000
 * characters (at most 40,000 bytes) keeps that margin and is a hundred
 * times the longest title a council writes; the covers cut what does
 * not fit with "…".
 */
#define FIELDS_MAX_LINE	10000

struct loader {
	struct diags	*diags;
	struct arena	*arena;		/* the model's: every value read */
};

/*
 * The keys a mapping may hold, as a table: one entry per key says what
 * kind of value it takes, whether it is required, where the value goes in
 * the record (offsetof) and how the JSON Schemas describe it to editors
 * (French title, description, example). One loop, fields_read_map, reads
 * a mapping against its table; `clspd schema` writes the schemas from the
 * same tables (schema.c), so that the two cannot disagree.
 *
 * Ownership, the same for every record: every value read from a file
 * (strings, texts, lists, arrays of nested records) lives in the model's
 * arena and goes with model_free; nothing read from a file is freed
 * alone. A record owns, with malloc, only what names it and what the
 * check stage adds: its id and file paths (from the folder's scan) and
 * its index arrays; model_free frees those (model.c).
 */
#define FIELD_MAY_BE_EMPTY 2	/* required, but an empty value is fine */

enum field_kind {
	FIELD_STR,		/* struct str: a single value */
	FIELD_TEXT,		/* struct text: Markdown, or a list of it */
	FIELD_NUM,		/* struct num */
	FIELD_NONNEG,		/* struct num, not negative */
	FIELD_INT,		/* struct num, a whole number */
	FIELD_YEAR,		/* int, 2000 to 2100 */
	FIELD_YEAR_NUM,		/* struct num holding a year */
	FIELD_DATE,		/* struct str, YYYY-MM-DD */
	FIELD_BOOL,		/* int, true or false */
	FIELD_ID,		/* struct str, a thematic's id */
	FIELD_REF,		/* struct ref to a `what` */
	FIELD_REFS,		/* struct refs to `what`s */
	FIELD_ENUM,		/* struct str, one of names */
	FIELD_URL,		/* struct str, http:// or https:// */
	FIELD_HTTPS,		/* struct str, https:// only */
	FIELD_YEAR_NUMS,	/* struct year_nums */
	FIELD_YEAR_NONNEGS,	/* struct year_nums, not negative */
	FIELD_MAP,		/* a mapping read against sub, at off */
	/* Shapes read by the field's hook (read must be set). */
	FIELD_LIST,		/* a list of mappings read against sub */
	FIELD_YEAR_LISTS,	/* year: a list of mappings read against sub */
	FIELD_YEAR_LABELS,	/* year: a mapping of labels to numbers */
	FIELD_NUM_OR_YEARS	/* a number, or a mapping of years to numbers */
};

struct fields;

struct field {
	const char	*key;
	enum field_kind	 kind;
	int		 required;	/* 0, 1 or FIELD_MAY_BE_EMPTY */
	size_t		 off;		/* of the value in the record */
	const char	*what;		/* noun in messages: "partner" */
	const char *const *names;	/* FIELD_ENUM: NULL-terminated */
	size_t		 index;		/* FIELD_ENUM: offset+1 of an int
					   set to the name's rank, or 0 */
	const struct fields *sub;	/* FIELD_MAP, _LIST, _YEAR_LISTS */
	int		 max;		/* numbers: largest value, or 0 */
	/*
	 * Reads the value instead of the kind's reader, for the few values
	 * that need more than their kind (a range, two forms, a list).
	 */
	void		(*read)(struct loader *, const struct ynode *,
			    void *rec, const struct field *);
	/* For the schemas, in French. */
	const char	*title;
	const char	*doc;
	const char	*example;	/* a YAML value, or NULL */
};

/* A mapping's table: its keys, what it is, and its cross-key check. */
struct fields {
	const char	*what;		/* in messages: "partner" */
	const struct field *v;		/* ends with a NULL key */
	/* Called once the mapping is read, or NULL. */
	void		(*after)(struct loader *, const struct ynode *map,
			    void *rec);
	const char	*title;		/* for the schemas, in French */
	const char	*doc;
};

/*
 * Reads map against its table into rec: unknown keys are errors with a
 * "did you mean", required keys that are missing are errors at the map's
 * position, and each known key's value is read. Returns -1 when map is
 * not a mapping.
 */
int	 fields_read_map(struct loader *, const struct ynode *map,
	    const struct fields *, void *rec);

/*
 * The tables of the records, for `clspd schema`; each is defined beside
 * its record's reader (council.c, partner.c, action.c, indicator.c,
 * document.c for the pages and the charter).
 */
extern const struct fields records_council_fields;
extern const struct fields records_partner_fields;
extern const struct fields records_action_fields;
extern const struct fields records_indicator_fields;
extern const struct fields records_page_fields;
extern const struct fields records_charter_fields;

/* Readers of single values; each reports its own errors. 0 or -1. */
int	 fields_str(struct loader *, const struct ynode *, struct str *);
int	 fields_num(struct loader *, const struct ynode *, struct num *);
int	 fields_nonneg(struct loader *, const struct ynode *, struct num *);
int	 fields_int(struct loader *, const struct ynode *, struct num *);
int	 fields_year(struct loader *, const struct ynode *, int *year);
/* Whether s is a date YYYY-MM-DD, a real day of the calendar. */
int	 fields_is_date(const char *s);
/* A date written YYYY-MM-DD, a real day of the calendar. */
int	 fields_date(struct loader *, const struct ynode *, struct str *);
int	 fields_year_key(struct loader *, const struct ynode *, int *year);

/* Years are integers from 2000 to 2100 (docs/format.md). */
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

/* true or false, as YAML writes them. */
int	 fields_bool(struct loader *, const struct ynode *, int *);
int	 fields_text(struct loader *, const struct ynode *, struct text *);
/*
 * A phone number: a string whose "tel:" link (escape_tel) has at least
 * three digits, else an error (it made an empty "tel:" link).
 */
int	 fields_phone(struct loader *, const struct ynode *, struct str *);
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

#endif
