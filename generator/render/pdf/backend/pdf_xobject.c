/*
 * The images of a document as PDF image XObjects (see pdf_xobject.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include "../../../util/alloc.h"
#include "../../../util/image.h"
#include "pdf_xobject.h"

/*
 * Print resolution: an SVG is drawn into pixels at it, and a PNG or JPEG
 * is embedded no finer.
 */
#define SVG_DPI		300

/* An XObject made, by the bytes of its file. */
struct pdf_image_cache {
	const char	**data;
	HPDF_Image	 *xobj;
	size_t		  n, cap;
};

/*
 * The pixel size at SVG_DPI of the largest size img is drawn, in *w x *h
 * (at least 1 x 1).
 */
static void
print_size(const struct pdf_image *img, int *w, int *h)
{
	*w = (int)(img->w * SVG_DPI / 72.0f + 0.5f);
	*h = (int)(img->h * SVG_DPI / 72.0f + 0.5f);
	*w = *w < 1 ? 1 : *w;
	*h = *h < 1 ? 1 : *h;
}

/*
 * Whether a PNG or JPEG holds more pixels than SVG_DPI at the largest
 * size it is drawn (a phone's photo: 4000 pixels for a column of 6
 * inches); if so, its size at that resolution in *w x *h, aspect kept.
 * One at or below it stays as it is, byte for byte.
 */
static int
too_fine(const struct pdf_image *img, int *w, int *h)
{
	int	 mw, mh;
	double	 s;

	if (img->width <= 0 || img->height <= 0 || img->w <= 0 || img->h <= 0)
		return 0;
	print_size(img, &mw, &mh);
	if (img->width <= mw && img->height <= mh)
		return 0;
	s = (double)mw / img->width;
	if ((double)mh / img->height < s)
		s = (double)mh / img->height;
	*w = (int)(img->width * s + 0.5);
	*h = (int)(img->height * s + 0.5);
	*w = *w < 1 ? 1 : *w;
	*h = *h < 1 ? 1 : *h;
	return 1;
}

/* A JPEG: as it is, or re-encoded at print resolution when finer. */
static HPDF_Image
jpeg_make(HPDF_Doc pdf, const struct pdf_image *img)
{
	char		*small;
	size_t		 n;
	int		 w, h;
	HPDF_Image	 x;

	if (!too_fine(img, &w, &h) ||
	    image_jpeg_scale(img->data, img->len, w, h, &small, &n) == -1)
		return HPDF_LoadJpegImageFromMem(pdf,
		    (const HPDF_BYTE *)img->data, (HPDF_UINT)img->len);
	x = HPDF_LoadJpegImageFromMem(pdf, (const HPDF_BYTE *)small,
	    (HPDF_UINT)n);
	free(small);
	return x;
}

/*
 * The XObject of img: a JPEG as JPEG, else RGB pixels on white; neither
 * finer than SVG_DPI at the largest size drawn.
 */
static HPDF_Image
image_make(HPDF_Doc pdf, const struct pdf_image *img)
{
	unsigned char	*rgb;
	int		 w = 0, h = 0, fw, fh;
	HPDF_Image	 x;

	if (img->format == IMAGE_JPEG)
		return jpeg_make(pdf, img);
	if (img->format == IMAGE_SVG)
		print_size(img, &w, &h);
	if (image_rgb(img->data, img->len, (enum image_format)img->format,
	    &w, &h, &rgb) == -1)
		return NULL;
	/* A PNG flattened first, then scaled: white edges stay white. */
	if (img->format == IMAGE_PNG && too_fine(img, &fw, &fh))
		(void)image_scale_rgb(&rgb, &w, &h, fw, fh);
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
