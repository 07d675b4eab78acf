/*
 * The model: every record of a content folder as typed C structures, each
 * value with its source position. The load stage builds it (load.h), the
 * check stage resolves its references into indices and sorts its arrays
 * into the orders of docs/format.md; after that every later stage reads it and
 * none changes it.
 *
 * Strings are owned by the model and NULL when absent. Markdown ("text")
 * values keep their source, in the model's arena; see struct text
 * (../markdown/text.h).
 */
#ifndef CLSPD_MODEL_H
#define CLSPD_MODEL_H

#include <stddef.h>

#include "../markdown/text.h"
#include "../source/history.h"
#include "../source/stamp.h"
#include "../util/decimal.h"
#include "../util/diag.h"

/* A string value and where it was written. */
struct str {
	char		*s;	/* NULL when absent */
	struct pos	 pos;
};

/* A number value and where it was written. */
struct num {
	int		 set;	/* 0 when absent */
	decimal		 v;
	struct pos	 pos;
};

/* A reference to a record by id, resolved by the check stage. */
struct ref {
	struct str	 id;
	size_t		 index;	/* into the model's array, once resolved */
	int		 ok;	/* resolved */
};

/* A list of references (partners, group, signatories). */
struct refs {
	struct ref	*v;
	size_t		 n;
};

enum family {
	FAMILY_COLLECTIVITES,
	FAMILY_ETAT,
	FAMILY_ASSOCIATIONS,
	FAMILY_AUTRES,
	FAMILY__MAX
};

enum status {
	STATUS_PREVUE,
	STATUS_EN_COURS,
	STATUS_TERMINEE,
	STATUS_SUSPENDUE,
	STATUS__MAX
};

enum direction {
	DIRECTION_INCREASE,
	DIRECTION_DECREASE
};

struct thematic {
	struct str	 id;
	struct str	 title;
	struct text	 description;
	struct refs	 group;		/* partners */
};

struct coordinator {
	struct str	 name;
	struct str	 email;
	struct str	 phone;
};

/*
 * The site's accessibility statement (RGAA): clspd.yaml's optional
 * "accessibility" map. Without an audit a site is "non conforme".
 */
struct accessibility {
	struct str	 status;	/* "totale", "partielle", "non" */
	struct num	 rate;		/* % of the RGAA criteria met */
	struct str	 audit;		/* date of the audit, YYYY-MM-DD */
	struct str	 contact;	/* email for accessibility requests */
};

struct council {
	char		*file;		/* path of clspd.yaml */
	int		 loaded;	/* clspd.yaml was read */
	struct str	 council;
	struct str	 territory;
	struct num	 year;		/* an integer */
	int		 y;		/* year, once checked */
	struct str	 title;
	struct str	 locale;	/* "fr" when absent */
	struct str	 base_url;
	struct coordinator coordinator;
	struct accessibility accessibility;
	struct str	 licence;	/* of the open data; NULL: the default */
	struct str	 logo;		/* media/…, SVG or PNG; NULL: none */
	struct num	 min_count;	/* privacy.min_count; unset: no secrecy */
	struct thematic	*thematics;
	size_t		 nthematics;
};

struct partner {
	char		*id;
	char		*file;
	struct str	 name;
	struct str	 short_name;	/* key "short" */
	struct str	 kind;
	enum family	 family;
	struct str	 website;
	struct str	 email;
	struct str	 phone;
	struct str	 address;
	struct text	 description;
	struct str	 siret;		/* its 14 digits, spaces removed */
	struct str	 rna;
};

/*
 * What a funding entry says of the subsidy convention behind it, for the
 * national format of published subsidies (SCDL subventions): all unset
 * for funding that is not a convention.
 */
struct subsidy {
	struct str	 convention;	/* date of the convention: the marker */
	struct str	 decision;	/* reference of the decision */
	struct str	 object;	/* object; default: the action's title */
	struct str	 nature;	/* numeraire, nature, numeraire-et-nature */
	struct str	 paid;		/* date, or period start/end */
	struct str	 terms;		/* unique, echelonne, or free text */
	int		 eu_notified;	/* notified to the European Commission */
};

struct funding_entry {
	struct ref	 funder;
	struct num	 amount;	/* unset: amount not known */
	int		 amount_written;	/* even if invalid */
	struct str	 note;
	struct subsidy	 subsidy;
};

struct funding_year {
	int		 year;
	struct pos	 pos;
	struct funding_entry *v;
	size_t		 n;
};

struct action {
	char		*id;
	char		*file;
	struct str	 title;
	struct ref	 thematic;
	struct str	 status_str;
	enum status	 status;
	struct ref	 pilot;		/* id.s NULL when absent */
	int		 period_start;	/* 0 when absent */
	int		 period_end;	/* 0 when absent */
	struct num	 order;
	struct text	 description;
	struct text	 objectives;
	struct text	 public;
	struct text	 identification;
	struct text	 means;
	struct refs	 partners;
	struct funding_year *funding;	/* in the order written */
	size_t		 nfunding;
	struct text	 evaluation;
	struct text	 difficulties;
	struct text	 suggestions;
	char		*narrative_file;	/* actions/<id>.md, or NULL */
	struct text	 narrative;
	size_t		 thematic_rank;	/* place of its thematic */
	size_t		*indicators;	/* its indicators, in order (check) */
	size_t		 nindicators;
};

/* A value of a map year → number. */
struct year_num {
	int		 year;
	struct num	 value;
};

struct year_nums {
	struct year_num	*v;
	size_t		 n;
};

struct breakdown_entry {
	struct str	 label;
	struct num	 value;
};

struct breakdown_year {
	int		 year;
	struct pos	 pos;
	struct breakdown_entry *v;	/* in the order written */
	size_t		 n;
	int		 invalid;	/* an entry was refused */
};

struct indicator {
	char		*id;
	char		*file;
	struct ref	 action;
	struct str	 label;
	struct str	 unit;
	struct str	 direction_str;
	enum direction	 direction;
	int		 baseline_year;	/* 0 when no baseline */
	struct num	 baseline;
	struct num	 target;	/* the plain-number form */
	struct year_nums targets;	/* the map form */
	struct year_nums values;
	struct breakdown_year *breakdown;
	size_t		 nbreakdown;
	struct text	 source;
	struct num	 order;
	int		 sensitive;	/* counts people: statistical secrecy */
};

struct page {
	char		*id;
	char		*file;
	struct str	 title;
	struct num	 order;
	int		 opens_report;	/* before the key figures */
	struct text	 body;
};

struct charter {
	char		*file;
	struct str	 title;
	struct str	 subtitle;
	struct str	 adopted;	/* YYYY-MM-DD */
	struct str	 version;
	struct refs	 signatories;
	struct text	 body;
};

/*
 * An image of media/ that the content uses (the logo, a Markdown
 * image), read and checked at load (load/media.c): every renderer takes
 * its bytes and size from here, never from the folder again.
 */
struct media_file {
	char		*path;		/* "media/photo.jpg", as written */
	int		 format;	/* enum image_format (util/image.h) */
	int		 width;		/* pixels */
	int		 height;
	char		*data;		/* the file's bytes, owned */
	size_t		 len;
};

struct model {
	char		*root;		/* the content folder, as given */
	struct source_stamp source;	/* its git commit, set by build.c */
	struct source_dates dates;	/* its files' last changes, likewise */
	struct council	 council;
	struct partner	*partners;
	size_t		 npartners;
	struct action	*actions;
	size_t		 nactions;
	struct indicator *indicators;
	size_t		 nindicators;
	struct page	*pages;
	size_t		 npages;
	struct charter	*charter;	/* NULL without charter.md */
	struct media_file *media;	/* the images used, in path order */
	size_t		 nmedia;
	size_t		 files;		/* files read */
	char		**paths;	/* files not loaded, for diagnostics */
	size_t		 npaths;
	struct arena	**arenas;	/* hold every value read */
	size_t		 narenas;
};

struct model	*model_new(const char *root);
void		 model_free(struct model *);
/*
 * A new arena owned by the model, for one loading thread: strings and
 * arrays of records live there and go with model_free.
 */
struct arena	*model_arena(struct model *);

/* Names of the enums as written in content and JSON. */
const char	*model_family_name(enum family);
const char	*model_status_name(enum status);
const char	*model_direction_name(enum direction);

/* Looks up a year in a year map; returns the entry or NULL. */
/* The image of media/ at path (as written), or NULL. */
const struct media_file *model_media_find(const struct model *,
		    const char *path);

const struct year_num *model_year_find(const struct year_nums *, int year);

#endif
