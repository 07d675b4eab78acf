/*
 * Images of the content (media/): the format read from the bytes, never
 * from the name; the dimensions in pixels; and the pixels themselves as
 * 8-bit RGB with any transparency flattened onto white, which is what a
 * PDF/A-1b file may hold (no soft mask). PNG is decoded with libpng, SVG
 * rasterised with librsvg and cairo; JPEG is never decoded (the PDF
 * embeds it as it is), its size is read from its frame header.
 */
#ifndef CLSPD_UTIL_IMAGE_H
#define CLSPD_UTIL_IMAGE_H

#include <stddef.h>

enum image_format {
	IMAGE_UNKNOWN,
	IMAGE_PNG,
	IMAGE_JPEG,
	IMAGE_SVG
};

struct image_info {
	enum image_format format;
	int		 width;		/* pixels (SVG: CSS pixels) */
	int		 height;
	int		 cmyk;		/* a JPEG of four components */
};

/*
 * A PNG larger than this on a side is not decoded by image_probe (the
 * content's limit, MEDIA_MAX_SIDE, refuses it anyway).
 */
#define IMAGE_DECODE_MAX	5000

/* The format of data[0..len) by its first bytes. */
enum image_format image_sniff(const char *data, size_t len);

/* "PNG", "JPEG", "SVG" or "unknown". */
const char	*image_format_name(enum image_format);

/*
 * Reads the format and size of an image. Returns 0, or -1 when the
 * bytes are no image clspd reads or a damaged one (out->format still
 * says what the first bytes claimed).
 */
int		 image_probe(const char *data, size_t len,
		    struct image_info *out);

/*
 * The pixels of a PNG, or of an SVG drawn at width x height, as rows of
 * 8-bit RGB (width * height * 3 bytes, malloc'd into *rgb), transparency
 * flattened onto white. A PNG gives its own size in *width, *height.
 * Returns 0, or -1 when the image cannot be decoded.
 */
int		 image_rgb(const char *data, size_t len, enum image_format,
		    int *width, int *height, unsigned char **rgb);

#endif
