/*
 * Images in the PDFs: a logo drawn on a page (a cover's) and the pictures
 * of the Markdown texts. The engine knows them only as files given to it
 * (struct pdf_image_src: bytes already read and checked, their format
 * and size), looked up by the path a Markdown image gives (struct
 * pdf_images, the layout's media); the documents make both from the
 * view's facts (documents/pdf_media.h), so nothing here reads the view.
 *
 * The layout side gives each image of a document an index (the doc's
 * image table) and draws it with a PDF_OP_IMAGE op over a rectangle;
 * the backend side turns each into one image XObject per file, named
 * /Im<index> in the resources of every sheet that shows it. PDF/A-1b
 * forbids transparency: a JPEG goes in as it is (DCT, RGB or grey), a
 * PNG is decoded and any alpha flattened onto white, an SVG logo is
 * drawn by librsvg at 300 dpi of its size on the page, onto white
 * (util/image.h).
 */
#ifndef CLSPD_PDF_IMAGE_H
#define CLSPD_PDF_IMAGE_H

#include <stddef.h>

#include <hpdf.h>

#include "../backend/pdf_xobject.h"
#include "pdf_layout.h"

/*
 * An image file given to the engine. Its bytes are not copied: they
 * outlive the document, and two images of the same bytes are one image
 * of the document.
 */
struct pdf_image_src {
	const char	*path;		/* "media/photo.jpg", as written */
	int		 format;	/* enum image_format (util/image.h) */
	int		 width;		/* pixels */
	int		 height;
	const char	*data;
	size_t		 len;
};

/* The images a document's Markdown may show, by path. */
struct pdf_images {
	struct pdf_image_src *v;
	size_t		 n;
};

/* The image at path (as written) in images, or NULL: none, or no images. */
const struct pdf_image_src *pdf_images_find(const struct pdf_images *images,
	    const char *path);

/*
 * The index in doc of the image of file f (added the first time), or -1
 * when f is NULL.
 */
int	 pdf_doc_image(struct pdf_doc *, const struct pdf_image_src *f);

/* The room of a logo, in points: the covers' layouts name theirs. */
struct pdf_logo_box {
	float	 max_w, max_h;	/* the logo as large as fits in them */
	float	 pad;		/* the white panel around it */
};

/*
 * Draws the logo (the head's, or nothing when it is NULL) on p, as
 * large as fits in box, on a white panel of box->pad points around it
 * (the covers are dark), the panel's top-right corner at (right, top).
 */
void	 pdf_page_logo(struct pdf_page *p, struct pdf_doc *,
	    const struct pdf_image_src *logo, float right, float top,
	    const struct pdf_logo_box *box);

/*
 * A picture of a Markdown text in the flow, in a box of its own, at
 * most the frame's width from indent and 40 % of the page's height,
 * never drawn larger than 150 dpi.
 */
void	 pdf_flow_image(struct pdf_flow *, const struct pdf_image_src *f,
	    float indent);

#endif
