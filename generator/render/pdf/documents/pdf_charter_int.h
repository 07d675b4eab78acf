/*
 * What the parts of the charter booklet (pdf_charter*.c) share: the
 * booklet being laid out, helpers, and the covers (pdf_charter_cover.c),
 * which the body (pdf_charter.c) puts around its flow.
 */
#ifndef CLSPD_PDF_CHARTER_INT_H
#define CLSPD_PDF_CHARTER_INT_H

#include "../../../theme/pdf_theme.h"
#include "../../../view/docs.h"
#include "../../../view/format.h"
#include "../typeset/pdf_layout.h"

/*
 * Colour areas that touch the edge of a page are drawn this far beyond
 * it (3 mm), see pdf_charter.c.
 */
#define BLEED		8.5f

struct booklet {
	struct pdf_layout	 L;
	struct diags		*diags;		/* the PDFs' failures */
	struct pdf_style	 style;		/* A5, in the theme's colours */
	struct pdf_style	 lead;		/* the preamble's larger type */
	const struct pdf_theme	*theme;
	struct pdf_doc		 doc;
	struct pdf_flow		 fl;
	/* The theme's (docs->labels), each empty one its key. */
	struct view_labels	 labels;
	const char		*litter;	/* as the theme's: "", none */
	const struct view_head	*h;		/* council, contact… */
	const struct view_charter *c;		/* the charter */
	enum locale		 loc;
	int			 chapter;	/* the last chapter's number */
};

/* A text of the documents' facts (docs.h), "" for none. */
const char	*ch_text(const char *);
/* Whether s is a text, not NULL nor empty. */
int		 ch_has(const char *s);
/* s copied in the document's arena. */
const char	*ch_keep(struct booklet *, const char *s);

/*
 * The front cover (title, subtitle, council, adoption date, version)
 * and the back cover (contacts, title, version, the council's band),
 * each a page added to ch->doc.
 */
void		 ch_cover(struct booklet *);
void		 ch_back_cover(struct booklet *);

#endif
