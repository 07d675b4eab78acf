/*
 * Pages as display lists: what the layout produces and a backend draws
 * (pdf_backend.h). A page is a list of drawing operations in points, with
 * the origin at the page's top-left corner and y growing downwards, so
 * that layout never thinks about PDF's bottom-left origin nor about the
 * sheet the page will be drawn on (an A5 page may land on half of an A4
 * sheet for imposition).
 *
 * Texts of the operations live in the document's arena.
 */
#ifndef CLSPD_PDF_PAGE_H
#define CLSPD_PDF_PAGE_H

#include <stddef.h>
#include <stdint.h>

#include "../../../util/arena.h"

enum pdf_op_kind {
	PDF_OP_TEXT,	/* a run of text in one font, on one baseline */
	PDF_OP_LINE,	/* a stroked line from (x, y) to (x + w, y + h) */
	PDF_OP_RECT,	/* a filled rectangle, top-left (x, y), size w × h */
	PDF_OP_LINK,	/* a link to text (a URI) over the rectangle */
	PDF_OP_GOTO,	/* a link to anchor over the rectangle */
	PDF_OP_ANCHOR,	/* where anchor is: a destination (y) */
	PDF_OP_IMAGE	/* the doc's image anchor over the rectangle */
};

struct pdf_op {
	enum pdf_op_kind kind;
	int		 font;		/* TEXT: enum pdf_face */
	uint32_t	 color;		/* TEXT, LINE, RECT: 0xRRGGBB */
	float		 x, y;		/* TEXT: start of the baseline */
	float		 w, h;
	float		 size;		/* TEXT: font size; LINE: line width */
	float		 word_spacing;	/* TEXT: added to each U+0020 */
	const char	*text;		/* TEXT: UTF-8; LINK: the URI */
	uint32_t	 len;		/* TEXT: bytes of text */
	int		 anchor;	/* GOTO, ANCHOR: index in the anchors;
					   IMAGE: in the doc's images */
};

struct pdf_page {
	struct pdf_op	*ops;
	size_t		 n;
	size_t		 cap;
	int		 section;	/* anchor of the running section, or -1 */
};

/*
 * A destination of the document: an outline entry (level >= 0) or only
 * a link target (level < 0), and where the layout placed it.
 */
struct pdf_anchor {
	const char	*title;		/* outline text, in the arena */
	int		 level;		/* 0: top level of the outline */
	int		 page;		/* page index, -1 until placed */
	float		 y;
};

/* A document: its pages in order and its anchors. */
struct pdf_doc {
	struct arena	*arena;
	float		 width, height;	/* page size, points */
	struct pdf_page	*pages;
	size_t		 npages;
	size_t		 cappages;
	struct pdf_anchor *anchors;
	size_t		 nanchors;
	size_t		 capanchors;
	struct pdf_image *images;	/* pdf_image.h, in the arena */
	size_t		 nimages;
	size_t		 capimages;
};

void		 pdf_doc_init(struct pdf_doc *, float width, float height);
void		 pdf_doc_release(struct pdf_doc *);
/* Appends an empty page; returns it (valid until the next append). */
struct pdf_page	*pdf_doc_add_page(struct pdf_doc *);
/* Adds an anchor (title copied); returns its index. */
int		 pdf_doc_anchor(struct pdf_doc *, const char *title, int level);

/* The op of a filled rectangle, top-left (x, y), size w × h. */
struct pdf_op	 pdf_op_rect(float x, float y, float w, float h,
		    uint32_t color);

/* Appends a filled rectangle to the page. */
void		 pdf_page_rect(struct pdf_page *, float x, float y, float w,
		    float h, uint32_t color);
/* Colour a moved towards b by t (0 to 1): a tint of a theme's colour. */
uint32_t	 pdf_color_mix(uint32_t a, uint32_t b, float t);

/* Appends op to the page; returns the copy in the page. */
struct pdf_op	*pdf_page_push(struct pdf_page *, const struct pdf_op *);
void		 pdf_page_release(struct pdf_page *);

/*
 * Where a page goes: its top-left corner, from the sheet's top-left,
 * and its scale. A page may draw beyond its edges (a colour "bled" for
 * the trim of a printed booklet): clip, in the page's own points (x0,
 * y0, x1, y1 from its top-left corner), is what of it shows on the
 * sheet; all zero shows all.
 */
struct pdf_place {
	float	 x, y;
	float	 scale;
	float	 clip[4];
};

#endif
