/*
 * What the parts of the report (pdf_report*.c) share: the report being
 * laid out, its typed facts (docs.h) and helpers to read the view tree.
 */
#ifndef CLSPD_PDF_REPORT_INT_H
#define CLSPD_PDF_REPORT_INT_H

#include "../../../view/docs.h"
#include "../../../view/format.h"
#include "../../../view/value.h"
#include "../typeset/pdf_layout.h"
#include "../../../theme/pdf_theme.h"

struct report {
	struct pdf_layout	 L;
	struct pdf_style	 style;		/* A4, in the theme's colours */
	const struct pdf_theme	*theme;
	struct pdf_doc		 doc;
	struct pdf_flow		 fl;
	const struct value	*root;
	const struct view_head	*h;		/* council, year, contact… */
	const struct value	*labels;
	enum locale		 loc;
	int			 contents;	/* the contents' anchor */
	int			*toc;		/* anchors listed in the contents */
	size_t			 ntoc, captoc;
	struct diags		*diags;		/* the PDF's failures */
};

/* A text of the documents' facts (docs.h), "" for none. */
const char	*rp_text(const char *);
/* A label of the theme. */
const char	*rp_label(const struct report *, const char *key);
/*
 * The separators of "Label : value" and "a ; b" in the report's locale:
 * French puts a no-break space before ":" (U+00A0) and ";" (U+202F),
 * English none.
 */
const char	*rp_colon(const struct report *);
const char	*rp_semicolon(const struct report *);
/* A list of map, or NULL. */
const struct value *rp_list(const struct value *map, const char *key);
/* A number (raw figure) of map; 0 when null. */
double		 rp_num(const struct value *map, const char *key);
/* s copied in the document's arena. */
const char	*rp_keep(struct report *, const char *s);
/*
 * The key of each map of list, joined with ", ", in the document's
 * arena; empty when the list is empty or absent.
 */
const char	*rp_joined(struct report *, const struct value *list,
		    const char *key, const char *empty);
/* A new anchor listed in the contents (level 0 or 1) and the outline. */
int		 rp_anchor(struct report *, const char *title, int level);

/*
 * The documents' facts whose head is r->h (pdf_report_render points it
 * at them): the body's records, funding tables and key figures.
 */
const struct view_docs *rp_docs(const struct report *);

/* The parts of the body. */
void		 rp_key_figures(struct report *);
/* The narrative pages that open the report (opening set), or the rest. */
void		 rp_pages(struct report *, int opening);
void		 rp_thematics(struct report *);
void		 rp_annexes(struct report *);
void		 rp_action(struct report *, const struct view_action *);
/* The n indicators of list as a table, with their action's title or not. */
void		 rp_indicator_table(struct report *,
		    const struct view_indicator *const *list, size_t n,
		    int with_action);
/* A small label kept with the heading that follows. */
void		 rp_overline(struct report *, const char *);

#endif
