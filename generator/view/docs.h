/*
 * The documents' facts as typed structs: what the PDFs print, built from
 * the model in one place (view_docs_build), so that a field renamed or
 * removed is a compile error in the document that reads it, not a blank
 * in a PDF. The view tree (view.h) takes the same facts from these
 * structs (view_docs_head_set, view_charter_value), for the site's
 * templates.
 *
 * Every string lives in the arena given to view_docs_build, with French
 * typography applied in French (typo.h), and is NULL when the content has
 * none (a null in the tree).
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

struct view_docs {
	struct view_head	 head;
	const struct view_charter *charter;	/* NULL without charter.md */
	struct view_media	 media;
};

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
 * The tree's keys of the head, into the root map: lang, council,
 * territory, year, title, date, base_url, content_version, coordinator.
 */
void		 view_docs_head_set(struct arena *, const struct view_head *,
		    struct value *root);
/* The tree's "charter" map. */
struct value	*view_charter_value(struct arena *,
		    const struct view_charter *);

#endif
