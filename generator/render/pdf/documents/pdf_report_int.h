/*
 * What the parts of the report (pdf_report*.c) share: the report being
 * laid out, its typed facts (docs.h) and helpers to print them.
 */
#ifndef CLSPD_PDF_REPORT_INT_H
#define CLSPD_PDF_REPORT_INT_H

#include "../../../view/docs.h"
#include "../../../view/format.h"
#include "../typeset/pdf_layout.h"
#include "../../../theme/pdf_theme.h"

struct report {
	struct pdf_layout	 L;
	struct pdf_style	 style;		/* A4, in the theme's colours */
	const struct pdf_theme	*theme;
	struct pdf_doc		 doc;
	struct pdf_flow		 fl;
	const struct view_docs	*docs;		/* the facts it prints */
	const struct view_head	*h;		/* &docs->head */
	/* The theme's (docs->labels), each empty one its key. */
	struct view_labels	 labels;
	enum locale		 loc;
	int			 contents;	/* the contents' anchor */
	int			*toc;		/* anchors listed in the contents */
	size_t			 ntoc, captoc;
	struct diags		*diags;		/* the PDF's failures */
};

/* A text of the documents' facts (docs.h), "" for none. */
const char	*rp_text(const char *);
/*
 * The separators of "Label : value" and "a ; b" in the report's locale:
 * French puts a no-break space before ":" (U+00A0) and ";" (U+202F),
 * English none.
 */
const char	*rp_colon(const struct report *);
const char	*rp_semicolon(const struct report *);
/* s copied in the document's arena. */
const char	*rp_keep(struct report *, const char *s);
/* A new anchor listed in the contents (level 0 or 1) and the outline. */
int		 rp_anchor(struct report *, const char *title, int level);

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
