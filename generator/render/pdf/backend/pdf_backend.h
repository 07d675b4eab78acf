/*
 * The backend: draws display lists (pdf_page.h) with libharu. A page is
 * drawn onto a sheet (an HPDF page) at a place and scale, so the same
 * page list makes a page of its own (place 0, 0, scale 1) or half of an
 * imposed sheet. Links to anchors and the outline are made at the end,
 * when every anchor's sheet is known.
 */
#ifndef CLSPD_PDF_BACKEND_H
#define CLSPD_PDF_BACKEND_H

#include <stddef.h>
#include <time.h>

#include <hpdf.h>

#include "../../../util/sink.h"
#include "../../../util/buf.h"
#include "../../../util/diag.h"
#include "pdf_font.h"
#include "pdf_page.h"
#include "pdf_pdfa.h"

/* An anchor's place: its sheet, and the top of the view (FitH). */
struct pdf_dest {
	HPDF_Page	 sheet;		/* NULL: not drawn */
	float		 top;
};

struct pdf_goto {
	HPDF_Page	 sheet;
	HPDF_Rect	 rect;
	int		 anchor;
};

/* A sheet and what is drawn on it, written out at pdf_backend_finish. */
struct pdf_sheet {
	HPDF_Page	 page;
	float		 h;
	char		 names[PDF_FACE__MAX][8];	/* fonts' resources */
	size_t		 first;		/* its first draw, or SIZE_MAX */
	size_t		 last;
	unsigned char	*z;		/* the deflated content */
	size_t		 zlen;
	int		 failed;
};

struct pdf_draw {
	const struct pdf_doc *doc;
	size_t		 page;
	struct pdf_place place;
	size_t		 next;		/* the sheet's next draw, SIZE_MAX */
};

struct pdf_backend {
	HPDF_Doc		 pdf;
	struct pdf_fonts	*fonts;
	struct pdf_sheet	*sheets;
	size_t			 nsheets, capsheets;
	size_t			 written;	/* sheets whose content is in */
	struct pdf_draw		*draws;
	size_t			 ndraws, capdraws;
	struct pdf_dest		*dests;		/* per anchor of the doc */
	size_t			 ndests;
	struct pdf_goto		*gotos;
	size_t			 ngotos, capgotos;
	int			 failed;	/* libharu reported an error */
	struct diags		*diags;		/* where failures are told */
	struct buf		 uri;		/* a link's URI, escaped */
	struct pdf_image_cache	*images;	/* pdf_image.h */
};

/*
 * A new libharu document in UTF-8 mode with compressed streams, its
 * errors recorded in b->failed and told in d. Returns 0 or -1. Every
 * document is made to be PDF/A-1b (pdf_pdfa.h): PDF 1.4, an sRGB output
 * intent, XMP metadata, CIDSets, a content-derived /ID, annotations
 * flagged to print, no transparency, no encryption.
 */
int	 pdf_backend_open(struct pdf_backend *, struct diags *d);
void	 pdf_backend_close(struct pdf_backend *);

/* Pages per node of the document's page tree. */
#define PDF_PAGES_PER_NODE 1024

/* Adds a sheet of w × h points; NULL (and the backend failed) on error. */
HPDF_Page pdf_backend_sheet(struct pdf_backend *, float w, float h);

/*
 * Draws page i of doc onto sheet at place: the links and anchors now,
 * the content at pdf_backend_finish (doc must live until then).
 */
void	 pdf_backend_draw(struct pdf_backend *, HPDF_Page sheet,
	    const struct pdf_doc *, size_t i, const struct pdf_place *);

/*
 * The links to anchors and the outline (anchors of level >= 0, nested
 * by level), once every page is drawn; doc NULL: no outline.
 */
void	 pdf_backend_finish(struct pdf_backend *, const struct pdf_doc *);

/*
 * The sheet's trim box, the size of the finished sheet once cut (x0,
 * y0, x1, y1 from its top-left corner), and its bleed box, bleed points
 * larger: for a sheet printed with crop marks around it.
 */
void	 pdf_backend_trim(struct pdf_backend *, HPDF_Page sheet,
	    const float trim[4], float bleed);

/*
 * Document properties (struct pdf_info, pdf_pdfa.h), into the Info
 * dictionary and the same in the XMP metadata (once per document, after
 * pdf_backend_finish).
 */
void	 pdf_backend_info(struct pdf_backend *, const struct pdf_info *);

/*
 * Writes the PDF to path in the sink, its /ID the MD5 of its bytes.
 * Returns 0 or -1 (printed).
 */
int	 pdf_backend_save(struct pdf_backend *, struct sink *,
	    const char *path);

#endif
