/*
 * Image formats, sizes and pixels (see image.h).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <png.h>
#include <librsvg/rsvg.h>

#include "alloc.h"
#include "image.h"

enum image_format
image_sniff(const char *data, size_t len)
{
	const unsigned char *u = (const unsigned char *)data;
	size_t		 i = 0;

	if (len >= 8 && memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0)
		return IMAGE_PNG;
	if (len >= 3 && u[0] == 0xFF && u[1] == 0xD8 && u[2] == 0xFF)
		return IMAGE_JPEG;
	/* SVG is XML: a byte order mark, blanks, then '<' and "<svg". */
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\t' ||
	    data[i] == '\n' || data[i] == '\r'))
		i++;
	if (i < len && data[i] == '<' &&
	    memmem(data, len < 4096 ? len : 4096, "<svg", 4) != NULL)
		return IMAGE_SVG;
	return IMAGE_UNKNOWN;
}

const char *
image_format_name(enum image_format f)
{
	switch (f) {
	case IMAGE_PNG:
		return "PNG";
	case IMAGE_JPEG:
		return "JPEG";
	case IMAGE_SVG:
		return "SVG";
	default:
		return "unknown";
	}
}

/*
 * A JPEG's size and components, from its first frame header (SOF0 to
 * SOF15 but DHT, JPG and DAC), walking the markers' lengths; -1 for a
 * kind a PDF cannot hold.
 */
static int
jpeg_probe(const unsigned char *u, size_t len, struct image_info *out)
{
	size_t	 i = 2, seg;
	int	 m;

	while (i + 4 <= len) {
		if (u[i] != 0xFF)
			return -1;
		m = u[i + 1];
		if (m == 0xFF) {	/* fill byte */
			i++;
			continue;
		}
		if (m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01) {
			i += 2;
			continue;
		}
		seg = (size_t)u[i + 2] << 8 | u[i + 3];
		if (seg < 2 || i + 2 + seg > len)
			return -1;
		if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 &&
		    m != 0xCC) {
			if (seg < 8)
				return -1;
			out->height = u[i + 5] << 8 | u[i + 6];
			out->width = u[i + 7] << 8 | u[i + 8];
			out->cmyk = u[i + 9] == 4;
			/*
			 * A PDF reader decodes baseline and progressive
			 * Huffman JPEG of 8 bits only (DCTDecode): not the
			 * lossless, arithmetic or 12-bit kinds.
			 */
			if (m > 0xC2 || u[i + 4] != 8)
				return -1;
			return out->width > 0 && out->height > 0 &&
			    (u[i + 9] == 1 || u[i + 9] == 3 ||
			    u[i + 9] == 4) ? 0 : -1;
		}
		if (m == 0xDA || m == 0xD9)	/* data before any frame */
			return -1;
		i += 2 + seg;
	}
	return -1;
}

static int	 png_rgb(const char *, size_t, int *, int *, unsigned char **);

/*
 * A PNG's size, once the whole image has decoded: a file damaged after
 * its header is found at load, with its position, not while the PDF is
 * drawn.
 */
static int
png_probe(const char *data, size_t len, struct image_info *out)
{
	png_image	 img;
	unsigned char	*rgb;
	int		 w, h;

	memset(&img, 0, sizeof(img));
	img.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&img, data, len))
		return -1;
	out->width = img.width > INT32_MAX ? 0 : (int)img.width;
	out->height = img.height > INT32_MAX ? 0 : (int)img.height;
	png_image_free(&img);
	if (out->width <= 0 || out->height <= 0)
		return -1;
	/* Too large: said by the caller's limit, not decoded. */
	if (out->width > IMAGE_DECODE_MAX || out->height > IMAGE_DECODE_MAX)
		return 0;
	if (png_rgb(data, len, &w, &h, &rgb) == -1)
		return -1;
	free(rgb);
	return 0;
}

/*
 * librsvg, cairo, fontconfig, GLib's slice allocator and gdk-pixbuf's
 * loaders (which librsvg uses too) are used by one thread at a time: the report and the booklet draw the logo in threads
 * of their own, and these libraries do not promise to be safe across
 * threads (ThreadSanitizer saw GLib's slices handed between them).
 */
static pthread_mutex_t	 svg_lock = PTHREAD_MUTEX_INITIALIZER;

/* An SVG's parsed handle, or NULL. */
static RsvgHandle *
svg_open(const char *data, size_t len)
{
	GError		*err = NULL;
	RsvgHandle	*h;

	h = rsvg_handle_new_from_data((const guint8 *)data, len, &err);
	if (h == NULL)
		g_error_free(err);
	return h;
}

static int
svg_probe_locked(const char *data, size_t len, struct image_info *out)
{
	RsvgHandle	*h = svg_open(data, len);
	gdouble		 w = 0, h_ = 0;
	gboolean	 has_vb = FALSE;
	RsvgRectangle	 vb;

	if (h == NULL)
		return -1;
	/* width and height, else the viewBox's size. */
	if (!rsvg_handle_get_intrinsic_size_in_pixels(h, &w, &h_)) {
		rsvg_handle_get_intrinsic_dimensions(h, NULL, NULL, NULL,
		    NULL, &has_vb, &vb);
		if (has_vb) {
			w = vb.width;
			h_ = vb.height;
		}
	}
	g_object_unref(h);
	if (!(w >= 1 && h_ >= 1 && w < 1e6 && h_ < 1e6))
		return -1;
	out->width = (int)(w + 0.5);
	out->height = (int)(h_ + 0.5);
	return 0;
}

static int
svg_probe(const char *data, size_t len, struct image_info *out)
{
	int	 r;

	pthread_mutex_lock(&svg_lock);
	r = svg_probe_locked(data, len, out);
	pthread_mutex_unlock(&svg_lock);
	return r;
}

int
image_probe(const char *data, size_t len, struct image_info *out)
{
	memset(out, 0, sizeof(*out));
	out->format = image_sniff(data, len);
	switch (out->format) {
	case IMAGE_PNG:
		return png_probe(data, len, out);
	case IMAGE_JPEG:
		return jpeg_probe((const unsigned char *)data, len, out);
	case IMAGE_SVG:
		return svg_probe(data, len, out);
	default:
		return -1;
	}
}

/* A PNG as RGB, composed onto white by libpng itself. */
static int
png_rgb(const char *data, size_t len, int *width, int *height,
    unsigned char **rgb)
{
	png_image	 img;
	png_color	 white = { 255, 255, 255 };

	memset(&img, 0, sizeof(img));
	img.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&img, data, len))
		return -1;
	img.format = PNG_FORMAT_RGB;
	*rgb = xmalloc(PNG_IMAGE_SIZE(img));
	if (!png_image_finish_read(&img, &white, *rgb, 0, NULL)) {
		free(*rgb);
		*rgb = NULL;
		png_image_free(&img);
		return -1;
	}
	*width = (int)img.width;
	*height = (int)img.height;
	return 0;
}

/* An SVG drawn at width x height on white, as RGB (under svg_lock). */
static int
svg_rgb_locked(const char *data, size_t len, int width, int height,
    unsigned char **rgb)
{
	RsvgHandle	*h = svg_open(data, len);
	cairo_surface_t	*s;
	cairo_t		*cr;
	RsvgRectangle	 box = { 0, 0, width, height };
	GError		*err = NULL;
	const unsigned char *row;
	uint32_t	 px;
	int		 x, y, ok, stride;

	if (h == NULL)
		return -1;
	s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
	cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	ok = rsvg_handle_render_document(h, cr, &box, &err);
	if (!ok)
		g_error_free(err);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	g_object_unref(h);
	if (!ok || cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return -1;
	}
	*rgb = xmalloc((size_t)width * (size_t)height * 3);
	stride = cairo_image_surface_get_stride(s);
	for (y = 0; y < height; y++) {
		row = cairo_image_surface_get_data(s) + (size_t)y * stride;
		for (x = 0; x < width; x++) {
			memcpy(&px, row + 4 * x, 4);	/* native 0xXXRRGGBB */
			(*rgb)[((size_t)y * width + x) * 3] = px >> 16 & 0xFF;
			(*rgb)[((size_t)y * width + x) * 3 + 1] = px >> 8 & 0xFF;
			(*rgb)[((size_t)y * width + x) * 3 + 2] = px & 0xFF;
		}
	}
	cairo_surface_destroy(s);
	return 0;
}

static int
svg_rgb(const char *data, size_t len, int width, int height,
    unsigned char **rgb)
{
	int	 r;

	pthread_mutex_lock(&svg_lock);
	r = svg_rgb_locked(data, len, width, height, rgb);
	pthread_mutex_unlock(&svg_lock);
	return r;
}

int
image_rgb(const char *data, size_t len, enum image_format f, int *width,
    int *height, unsigned char **rgb)
{
	*rgb = NULL;
	if (f == IMAGE_PNG)
		return png_rgb(data, len, width, height, rgb);
	if (f == IMAGE_SVG && *width > 0 && *height > 0)
		return svg_rgb(data, len, *width, *height, rgb);
	return -1;
}

/* The pixbuf's rows as tight RGB, malloc'd (rows may be padded). */
static unsigned char *
pixbuf_rgb(GdkPixbuf *pb)
{
	int		 w = gdk_pixbuf_get_width(pb);
	int		 h = gdk_pixbuf_get_height(pb);
	int		 stride = gdk_pixbuf_get_rowstride(pb);
	const guint8	*px = gdk_pixbuf_read_pixels(pb);
	unsigned char	*rgb = xmalloc((size_t)w * (size_t)h * 3);
	int		 y;

	for (y = 0; y < h; y++)
		memcpy(rgb + (size_t)y * w * 3, px + (size_t)y * stride,
		    (size_t)w * 3);
	return rgb;
}

/* Under svg_lock, as all of GLib's objects here (see svg_lock). */
static int
scale_rgb_locked(unsigned char **rgb, int *width, int *height, int to_width,
    int to_height)
{
	GdkPixbuf	*src, *dst;

	src = gdk_pixbuf_new_from_data(*rgb, GDK_COLORSPACE_RGB, FALSE, 8,
	    *width, *height, *width * 3, NULL, NULL);
	if (src == NULL)
		return -1;
	dst = gdk_pixbuf_scale_simple(src, to_width, to_height,
	    GDK_INTERP_BILINEAR);
	g_object_unref(src);
	if (dst == NULL)
		return -1;
	free(*rgb);
	*rgb = pixbuf_rgb(dst);
	*width = to_width;
	*height = to_height;
	g_object_unref(dst);
	return 0;
}

int
image_scale_rgb(unsigned char **rgb, int *width, int *height, int to_width,
    int to_height)
{
	int	 r;

	if (to_width < 1 || to_height < 1)
		return -1;
	pthread_mutex_lock(&svg_lock);
	r = scale_rgb_locked(rgb, width, height, to_width, to_height);
	pthread_mutex_unlock(&svg_lock);
	return r;
}

/* A JPEG's pixels, or NULL (under svg_lock). */
static GdkPixbuf *
jpeg_decode_locked(const char *data, size_t len)
{
	GdkPixbufLoader	*l;
	GdkPixbuf	*pb = NULL;
	GError		*err = NULL;

	l = gdk_pixbuf_loader_new_with_type("jpeg", &err);
	if (l == NULL) {
		g_error_free(err);
		return NULL;
	}
	if (gdk_pixbuf_loader_write(l, (const guchar *)data, len, &err) &&
	    gdk_pixbuf_loader_close(l, &err))
		pb = gdk_pixbuf_loader_get_pixbuf(l);
	else {
		g_error_free(err);
		gdk_pixbuf_loader_close(l, NULL);
	}
	/*
	 * Its EXIF orientation is not applied: the PDF draws a JPEG it
	 * embeds as it is without it, and the layout used the frame's size.
	 */
	if (pb != NULL)
		g_object_ref(pb);
	g_object_unref(l);
	return pb;
}

/* The pixbuf as a JPEG, malloc'd, or NULL (under svg_lock). */
static char *
jpeg_encode_locked(GdkPixbuf *pb, size_t *out_len)
{
	gchar		*buf = NULL;
	gsize		 n = 0;
	GError		*err = NULL;
	char		*out;

	/* libjpeg's defaults: baseline, 8-bit, no ICC or EXIF copied. */
	if (!gdk_pixbuf_save_to_buffer(pb, &buf, &n, "jpeg", &err,
	    "quality", IMAGE_JPEG_QUALITY, NULL)) {
		g_error_free(err);
		return NULL;
	}
	out = xmalloc(n);
	memcpy(out, buf, n);
	g_free(buf);
	*out_len = n;
	return out;
}

/* Under svg_lock. */
static char *
jpeg_scale_locked(const char *data, size_t len, int width, int height,
    size_t *out_len)
{
	GdkPixbuf	*src, *dst;
	char		*out;

	if ((src = jpeg_decode_locked(data, len)) == NULL)
		return NULL;
	/* Bilinear: a reduction averages the area each new pixel covers. */
	dst = gdk_pixbuf_scale_simple(src, width, height,
	    GDK_INTERP_BILINEAR);
	g_object_unref(src);
	if (dst == NULL)
		return NULL;
	out = jpeg_encode_locked(dst, out_len);
	g_object_unref(dst);
	return out;
}

int
image_jpeg_scale(const char *data, size_t len, int width, int height,
    char **out, size_t *out_len)
{
	*out = NULL;
	if (width < 1 || height < 1)
		return -1;
	pthread_mutex_lock(&svg_lock);
	*out = jpeg_scale_locked(data, len, width, height, out_len);
	pthread_mutex_unlock(&svg_lock);
	return *out == NULL ? -1 : 0;
}
