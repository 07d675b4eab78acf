/*
 * The view's images as the engine takes them (see pdf_media.h).
 */
#include <stdlib.h>
#include <string.h>

#include "../../../util/alloc.h"
#include "pdf_media.h"

const struct pdf_image_src *
pdf_media_image(const struct media_file *f, struct pdf_image_src *out)
{
	if (f == NULL)
		return NULL;
	memset(out, 0, sizeof(*out));
	out->path = f->path;
	out->format = f->format;
	out->width = f->width;
	out->height = f->height;
	out->data = f->data;
	out->len = f->len;
	return out;
}

void
pdf_media_images(struct pdf_images *out, const struct view_media *media)
{
	size_t	 i;

	memset(out, 0, sizeof(*out));
	if (media == NULL || media->n == 0)
		return;
	out->v = xreallocarray(NULL, media->n, sizeof(*out->v));
	for (i = 0; i < media->n; i++)
		pdf_media_image(&media->v[i], &out->v[i]);
	out->n = media->n;
}

void
pdf_media_release(struct pdf_images *images)
{
	free(images->v);
	memset(images, 0, sizeof(*images));
}
