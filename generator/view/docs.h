/*
 * The documents' facts as typed structs: what the PDFs print, built from
 * the model in one place (view_docs_build), so that a field renamed or
 * removed is a compile error in the document that reads it, not a blank
 * in a PDF. The view tree (view.h) takes the same facts from these
 * structs (view_docs_head_set, view_charter_value, view_docs_body_set),
 * for the site's templates.
 *
 * Every string lives in the arena given to view_docs_build, with French
 * typography applied in French (typo.h), and is NULL when the content has
 * none (a null in the tree). The theme's labels that the PDFs and the
 * charts print come with the facts, typed too (labels.h).
 */
#ifndef CLSPD_VIEW_DOCS_H
#define CLSPD_VIEW_DOCS_H

#include <stddef.h>
#include <time.h>

#include <cmark.h>

#include "../load/model.h"
#include "../metrics/metrics.h"
#include "../theme/strings.h"
#include "../util/arena.h"
#include "format.h"
#include "labels.h"
#include "value.h"

/* What the facts are built from, where their strings go, in which language. */
struct view_from {
	struct arena		*a;
	const struct model	*m;
	const struct strings	*s;
	enum locale		 loc;
};

/*
 * A record's last change (source/history.h), the later of its files:
 * the sentence the pages print ("Mis à jour le 12 mars 2026") and the
 * date as YYYY-MM-DD (the sitemap's <lastmod>); both NULL without a date
 * (outside git, a shallow clone).
 */
struct view_updated {
	const char	*text;
	const char	*iso;
};

/* A Markdown text of the model, with its locale's typography. */
struct view_text {
	const struct text	*text;		/* NULL: none */
	int			 french;
};

/* The coordinator of the council, whom the documents give as contact. */
struct view_contact {
	const char	*name;
	const char	*email;		/* as written */
	const char	*phone;		/* its spaces no-break spaces */
};

/* The content's git commit (source/stamp.h); found is 0 outside git. */
struct view_stamp {
	int		 found;
	int		 modified;	/* the work tree had changes */
	const char	*commit;	/* the full id */
	const char	*short_id;	/* its first 7 characters */
	const char	*date;		/* as the documents print dates */
	const char	*text;		/* the sentence the documents print */
};

/* What the report and the charter share: who, where, when. */
struct view_head {
	enum locale		 loc;
	const char		*lang;		/* "fr" or "en" */
	const char		*council;
	const char		*territory;
	int			 year;		/* the reporting year */
	const char		*title;		/* the report's */
	time_t			 when;		/* the build's date */
	const char		*date;		/* it, as printed */
	const char		*base_url;
	struct view_contact	 coordinator;
	const struct media_file	*logo;		/* NULL: none */
	struct view_stamp	 stamp;
};

/* A partner named by a record: a signatory of the charter. */
struct view_partner_ref {
	const char	*id;
	const char	*name;
	const char	*short_name;	/* NULL: none */
	const char	*label;		/* the short name, else the name */
};

/* The conduct charter (charter.md). */
struct view_charter {
	const char		*title;
	const char		*subtitle;
	const char		*adopted_iso;	/* YYYY-MM-DD, as written */
	const char		*adopted;	/* it, as printed */
	const char		*version;
	const struct view_partner_ref *signatories;	/* known ones */
	size_t			 nsignatories;
	/* The preamble (before the first "##"), then a chapter per "##". */
	struct view_text	 body;
	struct view_updated	 updated;	/* charter.md's last change */
};

/*
 * The images of media/ the content uses (the model's media table, in
 * path order), where the PDFs find the file of a Markdown image.
 */
struct view_media {
	const struct media_file	*v;
	size_t			 n;
};

/*
 * The report's body: its records, the funding tables and the key figures
 * (docs_body.c builds them; docs_values.c makes the tree's records from
 * them, for the site).
 */
/* The kind of a figure's number, as the tree gives it ("key_raw"). */
enum view_raw {
	VIEW_RAW_NULL,		/* no number: missing or hidden */
	VIEW_RAW_DECIMAL,	/* a count, a value, an amount */
	VIEW_RAW_RATIO		/* a share, a rate, an evolution */
};

/*
 * A figure as the documents print it ("1 512", "42 %", "< 5", the none
 * label when missing) and as a number (for charts and sorting).
 */
struct view_figure {
	const char	*text;
	enum view_raw	 raw;
	decimal		 dec;		/* VIEW_RAW_DECIMAL */
	double		 ratio;		/* VIEW_RAW_RATIO */
	int		 masked;	/* hidden by statistical secrecy */
};

/* A short reference to a record: an action's or a thematic's. */
struct view_ref {
	const char	*id;
	const char	*title;
};

struct view_action;

/* A year of an indicator, with its value and its target. */
struct view_indicator_year {
	int			 year;
	int			 current;	/* the report's year */
	int			 baseline;	/* the baseline's year */
	struct view_figure	 value;		/* may be masked */
	struct view_figure	 target;
};

/* A line of an indicator's breakdown (the report's year). */
struct view_breakdown_row {
	const char		*label;
	struct view_figure	 value;		/* may be masked */
	struct view_figure	 share;		/* may be masked */
	int			 priority;	/* the priority label */
};

struct view_indicator {
	size_t			 index;		/* in view_docs's indicators */
	const char		*id;
	const char		*label;
	const char		*unit;
	const struct view_ref	*action;	/* NULL: none */
	const char		*direction;	/* model_direction_name */
	const char		*direction_label;
	struct view_figure	 value;		/* may be masked */
	struct view_figure	 previous;	/* may be masked */
	struct view_figure	 target;
	struct view_figure	 evolution;	/* may be masked */
	struct view_figure	 attainment;	/* may be masked */
	struct view_figure	 progress;	/* may be masked */
	int			 secret;
	enum indicator_status	 status;
	const char		*status_name;	/* metrics_status_name */
	const char		*status_label;
	const struct view_indicator_year *years;	/* ascending */
	size_t			 nyears;
	const struct view_breakdown_row *breakdown;
	size_t			 nbreakdown;
	struct view_figure	 breakdown_total;	/* may be masked */
	const char		*priority;	/* NULL: none */
	int			 baseline_year;	/* 0: no baseline */
	struct view_figure	 baseline;	/* masked only with a year */
	struct view_text	 source;
	struct view_updated	 updated;
};

/* A funding line of an action's year. */
struct view_funding_entry {
	const struct view_partner_ref *funder;	/* NULL: none */
	struct view_figure	 amount;
	const char		*note;
};

struct view_funding_year {
	int			 year;
	int			 current;	/* the report's year */
	const struct view_funding_entry *entries;	/* as written */
	size_t			 nentries;
	struct view_figure	 total;
};

/* A funder and its amount (share: of the report's total, else unset). */
struct view_funder {
	const struct view_partner_ref *partner;
	struct view_figure	 amount;
	struct view_figure	 share;
};

struct view_action {
	size_t			 index;		/* in view_docs's actions */
	const char		*id;
	const char		*title;
	const struct view_ref	*thematic;	/* NULL: none */
	enum status		 status;
	const char		*status_name;	/* model_status_name */
	const char		*status_label;
	const struct view_partner_ref *pilot;	/* NULL: none */
	int			 period_start;	/* 0: none */
	int			 period_end;	/* 0: none */
	/* The columns of the seed's "fiche action". */
	struct view_text	 description;
	struct view_text	 objectives;
	struct view_text	 public;
	struct view_text	 identification;
	struct view_text	 means;
	const struct view_partner_ref *partners;	/* known ones */
	size_t			 npartners;
	const struct view_funding_year *funding;	/* as written */
	size_t			 nfunding;
	struct view_figure	 funding_total;
	struct view_figure	 funding_previous;
	const struct view_funder *funders;	/* in partner (id) order */
	size_t			 nfunders;
	struct view_text	 evaluation;
	struct view_text	 difficulties;
	struct view_text	 suggestions;
	struct view_text	 narrative;
	const struct view_indicator *const *indicators;
	size_t			 nindicators;
	struct view_figure	 attainment_mean;
	struct view_updated	 updated;
};

struct view_thematic {
	const char		*id;
	const char		*title;
	struct view_text	 description;
	const struct view_partner_ref *group;	/* its GO's partners */
	size_t			 ngroup;
	const struct view_action *const *actions;
	size_t			 nactions;
	struct view_figure	 funding_total;
	struct view_updated	 updated;	/* clspd.yaml's */
};

struct view_partner {
	const struct view_partner_ref *ref;	/* id, name, short, label */
	const char		*kind;		/* as written; NULL: none */
	const char		*kind_label;
	const char		*family;	/* model_family_name */
	const char		*family_label;
	const char		*website;
	const char		*email;
	const char		*phone;		/* no-break spaces */
	const char		*address;
	const char		*siret;		/* by groups, no-break spaces */
	const char		*rna;
	struct view_text	 description;
	/* Its roles: the actions (id, title) and thematics it serves. */
	const struct view_ref	*pilot_of;
	size_t			 npilot_of;
	const struct view_ref	*partner_of;
	size_t			 npartner_of;
	const struct view_ref	*funder_of;
	size_t			 nfunder_of;
	const struct view_ref	*group_of;
	size_t			 ngroup_of;
	struct view_figure	 funded_amount;
	const char		*actions;	/* how many, as printed */
};

/* A narrative page (pages/<id>.md). */
struct view_page {
	const char		*id;
	const char		*title;
	struct view_text	 body;
	int			 opens_report;	/* before the key figures */
	struct view_updated	 updated;
};

/* How many records have a status: its name, label and count. */
struct view_status_count {
	const char		*status;
	const char		*label;
	struct view_figure	 count;
};

/* The key figures of the year. */
struct view_summary {
	const char		*actions;	/* how many, as printed */
	struct view_status_count actions_by_status[STATUS__MAX];
	const char		*indicators;
	struct view_status_count indicators_by_status[ISTATUS__MAX];
	struct view_figure	 achievement_rate;
	struct view_figure	 attainment_mean;
	struct view_figure	 funding_total;
	struct view_figure	 funding_previous;
	struct view_figure	 funding_evolution;	/* signed */
};

/* A family of funders (commune, État…) that funds something. */
struct view_family_amount {
	const char		*family;	/* model_family_name */
	const char		*label;
	struct view_figure	 amount;
	struct view_figure	 share;
};

/* The funding tables of the year: by funder, then by family. */
struct view_funding {
	const struct view_funder *by_funder;	/* amount desc, then id */
	size_t			 nby_funder;
	/* A family that funds nothing is left out. */
	const struct view_family_amount *by_family;
	size_t			 nby_family;
};

struct view_docs {
	struct view_head	 head;
	struct view_labels	 labels;	/* the theme's, for the PDFs */
	const struct view_charter *charter;	/* NULL without charter.md */
	struct view_media	 media;
	const struct view_indicator *indicators;	/* the model's order */
	size_t			 nindicators;
	const struct view_action *actions;
	size_t			 nactions;
	const struct view_thematic *thematics;
	size_t			 nthematics;
	const struct view_partner *partners;
	size_t			 npartners;
	const struct view_page	*pages;		/* opening ones first */
	size_t			 npages;
	struct view_summary	 summary;
	struct view_funding	 funding;
	int			 has_subsidies;	/* some action has a subsidy */
};

/* The figure's number (0 when it has none), for a chart's heights. */
double		 view_figure_number(const struct view_figure *);


/* The last change of the record of files a and b (b may be NULL). */
struct view_updated view_updated(const struct view_from *, const char *a,
		    const char *b);

/* The documents' facts; everything lives in the arena. */
struct view_docs *view_docs_build(struct arena *, const struct model *,
		    const struct figures *, const struct strings *,
		    time_t date);

/*
 * The document of a Markdown text: parsed, sanitized, with its
 * typography; in the calling thread's scratch arena (view_markdown,
 * view.h). NULL for an absent text.
 */
cmark_node	*view_text_document(const struct view_text *);

/*
 * The tree's keys of the body, into the root map, after the head's:
 * summary, funding, has_subsidies, thematics, actions, indicators,
 * partners, pages, opening_pages (docs_values.c).
 */
void		 view_docs_body_set(struct arena *, const struct view_docs *,
		    struct value *root);

/*
 * The tree's keys of the head, into the root map: lang, council,
 * territory, year, title, date, base_url, content_version, coordinator.
 */
void		 view_docs_head_set(struct arena *, const struct view_head *,
		    struct value *root);
/* The tree's "charter" map. */
struct value	*view_charter_value(struct arena *,
		    const struct view_charter *);

#endif
