/*
 * The backend's side of the images of the PDFs (the layout's side is
 * typeset/pdf_image.h): each image of a document, drawn by a PDF_OP_IMAGE
 * op, becomes one image XObject per file, named /Im<index> in the
 * resources of every sheet that shows it. PDF/A-1b forbids transparency:
 * a JPEG goes in as it is (DCT, RGB or grey), a PNG is decoded and any
 * alpha flattened onto white, an SVG logo is drawn by librsvg into pixels
 * (util/image.h).
 */
#ifndef CLSPD_PDF_XOBJECT_H
#define CLSPD_PDF_XOBJECT_H

#include <hpdf.h>

#include "pdf_page.h"

/* An image of a document: the bytes given (not copied) and size. */
struct pdf_image {
	const char	*data;
	size_t		 len;
	int		 format;	/* enum image_format */
	int		 width, height;	/* pixels */
	float		 w, h;		/* the largest it is drawn, points */
};

/* The images a backend has made into XObjects, by their bytes. */
struct pdf_image_cache;

/*
 * Makes the XObject of op's image (once per backend) and names it in
 * sheet's resources /Im<index>. Returns 0, or -1 when the image could
 * not be made (libharu reports, or the image does not decode).
 */
int	 pdf_image_sheet(struct pdf_image_cache **, HPDF_Doc,
	    HPDF_Page sheet, const struct pdf_doc *, const struct pdf_op *op);
void	 pdf_image_cache_free(struct pdf_image_cache *);

#endif
