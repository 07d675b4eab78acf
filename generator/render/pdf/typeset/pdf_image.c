/*
 * Images in the PDFs (see pdf_image.h).
 */
#include <string.h>

#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include "../../../util/alloc.h"
#include "../../../util/image.h"
#include "pdf_image.h"

/* A picture's largest print resolution. */
#define PICTURE_DPI	150
/* A picture's tallest, × the text frame's height: the page keeps text. */
#define PICTURE_MAX_H	0.4f

const struct pdf_image_src *
pdf_images_find(const struct pdf_images *images, const char *path)
{
	size_t	 i;

	if (images == NULL)
		return NULL;
	for (i = 0; i < images->n; i++)
		if (strcmp(images->v[i].path, path) == 0)
			return &images->v[i];
	return NULL;
}

int
pdf_doc_image(struct pdf_doc *doc, const struct pdf_image_src *f)
{
	struct pdf_image	*v;
	size_t			 i;

	if (f == NULL)
		return -1;
	for (i = 0; i < doc->nimages; i++)
		if (doc->images[i].data == f->data)
			return (int)i;
	if (doc->nimages == doc->capimages) {
		/* In the arena, with the document: a few entries. */
		doc->capimages = doc->capimages ? doc->capimages * 2 : 4;
		v = arena_alloc(doc->arena, doc->capimages * sizeof(*v));
		if (doc->nimages > 0)
			memcpy(v, doc->images, doc->nimages * sizeof(*v));
		doc->images = v;
	}
	v = &doc->images[doc->nimages];
	memset(v, 0, sizeof(*v));
	v->data = f->data;
	v->len = f->len;
	/* The documents give only these three (the loader keeps them). */
	v->format = f->format == IMAGE_JPEG || f->format == IMAGE_SVG ?
	    f->format : IMAGE_PNG;
	v->width = f->width;
	v->height = f->height;
	return (int)doc->nimages++;
}

/* The op drawing image k of doc over a rectangle. */
static struct pdf_op
image_op(struct pdf_doc *doc, int k, float x, float y, float w, float h)
{
	struct pdf_op		 op;
	struct pdf_image	*img = &doc->images[k];

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_IMAGE;
	op.anchor = k;
	op.x = x;
	op.y = y;
	op.w = w;
	op.h = h;
	if (w > img->w)
		img->w = w;
	if (h > img->h)
		img->h = h;
	return op;
}

/* The size of an image of width x height in at most max_w x max_h. */
static void
image_fit(const struct pdf_image *img, float max_w, float max_h, float *w,
    float *h)
{
	float	 r = (float)img->height / (float)img->width;

	*w = max_w;
	*h = max_w * r;
	if (*h > max_h) {
		*h = max_h;
		*w = max_h / r;
	}
}

void
pdf_page_logo(struct pdf_page *p, struct pdf_doc *doc,
    const struct pdf_image_src *logo, float right, float top,
    const struct pdf_logo_box *box)
{
	struct pdf_op	 op;
	float		 w, h, pad = box->pad;
	int		 k = pdf_doc_image(doc, logo);

	if (k < 0 || doc->images[k].width <= 0 || doc->images[k].height <= 0)
		return;
	image_fit(&doc->images[k], box->max_w, box->max_h, &w, &h);
	pdf_page_rect(p, right - w - 2 * pad, top, w + 2 * pad, h + 2 * pad,
	    0xFFFFFF);
	op = image_op(doc, k, right - w - pad, top + pad, w, h);
	pdf_page_push(p, &op);
}

void
pdf_flow_image(struct pdf_flow *fl, const struct pdf_image_src *f,
    float indent)
{
	const struct pdf_style	*st = fl->layout->style;
	struct pdf_doc		*doc = fl->layout->doc;
	struct pdf_op		 op;
	float			 w, h, max_w = fl->width - indent, max_h;
	int			 k = pdf_doc_image(doc, f);

	if (k < 0 || doc->images[k].width <= 0 || doc->images[k].height <= 0)
		return;
	/* No larger than at 150 dpi: a small picture stays small. */
	w = (float)doc->images[k].width * 72.0f / PICTURE_DPI;
	max_w = w < max_w ? w : max_w;
	max_h = (st->height - st->margin_top - st->margin_bottom) *
	    PICTURE_MAX_H;
	image_fit(&doc->images[k], max_w, max_h, &w, &h);
	pdf_flow_space(fl, st->paragraph_space);
	pdf_flow_box(fl, h);
	op = image_op(doc, k, indent, 0, w, h);
	pdf_flow_op(fl, &op);
	pdf_flow_space(fl, st->paragraph_space);
}
