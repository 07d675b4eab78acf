/*
 * Page content streams: the PDF operators of a display list, written
 * by us into a buffer and deflated by zlib, then handed to libharu as a
 * page's finished content (pdf_backend.c). libharu's own drawing calls
 * measured every word again and kept every page uncompressed until the
 * end; this way the pages of a long report are written and compressed
 * on several threads, and only their compressed bytes are kept.
 *
 * Text is written in the codes of libharu's UTF-8 encoding of a
 * TrueType font (CID = Unicode, two bytes), with the page's resource
 * names of the fonts.
 */
#ifndef CLSPD_PDF_CONTENT_H
#define CLSPD_PDF_CONTENT_H

#include <stddef.h>

#include "../../../util/buf.h"
#include "pdf_font.h"
#include "pdf_page.h"

/*
 * The sheet a page is drawn on: its height in points, the resource
 * names of its fonts, by enum pdf_face; fonts (or NULL) leave out the
 * characters they have no glyph for (pdf_font_drawn).
 */
struct pdf_content_sheet {
	float			 h;
	const char		(*names)[8];
	const struct pdf_fonts	*fonts;
};

/* Appends the operators of page i of doc, drawn at place on sheet, to out. */
void	 pdf_content_page(struct buf *out, const struct pdf_doc *doc,
	    size_t i, const struct pdf_place *place,
	    const struct pdf_content_sheet *sheet);

/* Deflates in into *out (xmalloc'd, *len bytes); 0, or -1 if zlib fails. */
int	 pdf_content_deflate(const struct buf *in, unsigned char **out,
	    size_t *len);

#endif
