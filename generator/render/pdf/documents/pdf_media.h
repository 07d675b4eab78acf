/*
 * The view's images handed to the typesetting engine, which knows them
 * only as its own struct pdf_image_src (typeset/pdf_image.h): each file
 * the loader read and checked (struct media_file, load/model.h), from
 * the documents' typed facts (view/docs.h: the head's logo, the
 * content's media), never from the view tree. The bytes are not copied:
 * they are the model's, and outlive the documents.
 */
#ifndef CLSPD_PDF_MEDIA_H
#define CLSPD_PDF_MEDIA_H

#include "../../../load/model.h"
#include "../../../view/docs.h"
#include "../typeset/pdf_image.h"

/* The engine's image of file f, in *out; returns out, or NULL for no f. */
const struct pdf_image_src *pdf_media_image(const struct media_file *f,
	    struct pdf_image_src *out);

/*
 * The engine's images of the content's media, in *out (its table
 * allocated, given back by pdf_media_release).
 */
void	 pdf_media_images(struct pdf_images *out,
	    const struct view_media *media);
void	 pdf_media_release(struct pdf_images *);

#endif
