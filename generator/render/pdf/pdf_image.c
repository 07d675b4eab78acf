/*
 * Images in the PDFs (see pdf_image.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include "../../util/alloc.h"
#include "../../util/image.h"
#include "pdf_image.h"

/* Print resolution of an SVG drawn into pixels; a picture's largest. */
#define SVG_DPI		300
#define PICTURE_DPI	150

int
pdf_doc_image(struct pdf_doc *doc, const struct value *media)
{
	const struct value	*data;
	struct pdf_image	*v;
	size_t			 i;

	if (media == NULL || media->type != VALUE_MAP ||
	    (data = value_get(media, "data")) == NULL ||
	    data->type != VALUE_STRING)
		return -1;
	for (i = 0; i < doc->nimages; i++)
		if (doc->images[i].data == data->u.str.s)
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
	v->data = data->u.str.s;
	v->len = data->u.str.len;
	v->format = strcmp(value_str(media, "format"), "JPEG") == 0 ?
	    IMAGE_JPEG : strcmp(value_str(media, "format"), "SVG") == 0 ?
	    IMAGE_SVG : IMAGE_PNG;
	v->width = atoi(value_str(media, "width"));
	v->height = atoi(value_str(media, "height"));
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
    const struct value *logo, float right, float top, const float box[3])
{
	struct pdf_op	 op;
	float		 w, h, pad = box[2];
	int		 k = pdf_doc_image(doc, logo);

	if (k < 0 || doc->images[k].width <= 0 || doc->images[k].height <= 0)
		return;
	image_fit(&doc->images[k], box[0], box[1], &w, &h);
	pdf_page_rect(p, right - w - 2 * pad, top, w + 2 * pad, h + 2 * pad,
	    0xFFFFFF);
	op = image_op(doc, k, right - w - pad, top + pad, w, h);
	pdf_page_push(p, &op);
}

void
pdf_flow_image(struct pdf_flow *fl, const struct value *media, float indent)
{
	const struct pdf_style	*st = fl->layout->style;
	struct pdf_doc		*doc = fl->layout->doc;
	struct pdf_op		 op;
	float			 w, h, max_w = fl->width - indent, max_h;
	int			 k = pdf_doc_image(doc, media);

	if (k < 0 || doc->images[k].width <= 0 || doc->images[k].height <= 0)
		return;
	/* No larger than at 150 dpi: a small picture stays small. */
	w = (float)doc->images[k].width * 72.0f / PICTURE_DPI;
	max_w = w < max_w ? w : max_w;
	max_h = (st->height - st->margin_top - st->margin_bottom) * 0.4f;
	image_fit(&doc->images[k], max_w, max_h, &w, &h);
	pdf_flow_space(fl, st->paragraph_space);
	pdf_flow_box(fl, h);
	op = image_op(doc, k, indent, 0, w, h);
	pdf_flow_op(fl, &op);
	pdf_flow_space(fl, st->paragraph_space);
}

/* An XObject made, by the bytes of its file. */
struct pdf_image_cache {
	const char	**data;
	HPDF_Image	 *xobj;
	size_t		  n, cap;
};

/* The XObject of img: JPEG as it is, else RGB pixels on white. */
static HPDF_Image
image_make(HPDF_Doc pdf, const struct pdf_image *img)
{
	unsigned char	*rgb;
	int		 w = 0, h = 0;
	HPDF_Image	 x;

	if (img->format == IMAGE_JPEG)
		return HPDF_LoadJpegImageFromMem(pdf,
		    (const HPDF_BYTE *)img->data, (HPDF_UINT)img->len);
	if (img->format == IMAGE_SVG) {
		/* At print resolution of the largest size drawn. */
		w = (int)(img->w * SVG_DPI / 72.0f + 0.5f);
		h = (int)(img->h * SVG_DPI / 72.0f + 0.5f);
		w = w < 1 ? 1 : w;
		h = h < 1 ? 1 : h;
	}
	if (image_rgb(img->data, img->len, (enum image_format)img->format,
	    &w, &h, &rgb) == -1)
		return NULL;
	x = HPDF_LoadRawImageFromMem(pdf, rgb, (HPDF_UINT)w, (HPDF_UINT)h,
	    HPDF_CS_DEVICE_RGB, 8);
	free(rgb);
	return x;
}

/* The XObject of image k of doc, made the first time. */
static HPDF_Image
image_xobject(struct pdf_image_cache **cp, HPDF_Doc pdf,
    const struct pdf_doc *doc, int k)
{
	struct pdf_image_cache	*c = *cp;
	size_t			 i;

	if (c == NULL)
		c = *cp = xcalloc(1, sizeof(*c));
	for (i = 0; i < c->n; i++)
		if (c->data[i] == doc->images[k].data)
			return c->xobj[i];
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 4;
		c->data = xreallocarray(c->data, c->cap, sizeof(*c->data));
		c->xobj = xreallocarray(c->xobj, c->cap, sizeof(*c->xobj));
	}
	c->data[c->n] = doc->images[k].data;
	c->xobj[c->n] = image_make(pdf, &doc->images[k]);
	return c->xobj[c->n++];
}

int
pdf_image_sheet(struct pdf_image_cache **cp, HPDF_Doc pdf, HPDF_Page sheet,
    const struct pdf_doc *doc, const struct pdf_op *op)
{
	HPDF_Image	 x;
	HPDF_Dict	 res, xo;
	char		 name[16];

	if (op->anchor < 0 || (size_t)op->anchor >= doc->nimages ||
	    (x = image_xobject(cp, pdf, doc, op->anchor)) == NULL)
		return -1;
	res = HPDF_Page_GetInheritableItem(sheet, "Resources",
	    HPDF_OCLASS_DICT);
	if (res == NULL)
		return -1;
	xo = HPDF_Dict_GetItem(res, "XObject", HPDF_OCLASS_DICT);
	if (xo == NULL) {
		xo = HPDF_Dict_New(sheet->mmgr);
		if (xo == NULL || HPDF_Dict_Add(res, "XObject", xo) != HPDF_OK)
			return -1;
	}
	snprintf(name, sizeof(name), "Im%d", op->anchor);
	if (HPDF_Dict_GetItem(xo, name, HPDF_OCLASS_DICT) != NULL)
		return 0;
	return HPDF_Dict_Add(xo, name, x) == HPDF_OK ? 0 : -1;
}

void
pdf_image_cache_free(struct pdf_image_cache *c)
{
	if (c == NULL)
		return;
	free(c->data);
	free(c->xobj);
	free(c);
}
