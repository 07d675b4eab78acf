/*
 * Images of the content (media/): the format read from the bytes, never
 * from the name; the dimensions in pixels; and the pixels themselves as
 * 8-bit RGB with any transparency flattened onto white, which is what a
 * PDF/A-1b file may hold (no soft mask). PNG is decoded with libpng, SVG
 * rasterised with librsvg and cairo; a JPEG's size is read from its
 * frame header, and it is decoded (gdk-pixbuf) only to be made smaller
 * for a PDF that would hold more pixels than print shows.
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

/*
 * Scales the RGB rows *rgb of *width x *height to width x height (a
 * reduction averages the area each new pixel covers), replacing *rgb
 * and the size. Returns 0, or -1 (then *rgb is as it was).
 */
int		 image_scale_rgb(unsigned char **rgb, int *width, int *height,
		    int to_width, int to_height);

/*
 * A JPEG decoded, scaled to width x height and encoded again as a
 * baseline 8-bit RGB JPEG of quality IMAGE_JPEG_QUALITY, malloc'd into
 * *out (*out_len bytes). Returns 0, or -1 when it does not decode.
 */
#define IMAGE_JPEG_QUALITY	"90"
int		 image_jpeg_scale(const char *data, size_t len, int width,
		    int height, char **out, size_t *out_len);

#endif
