/*
 * Page content streams, written by us rather than by libharu's drawing
 * calls (see pdf_content.h): the operators of a display list, straight
 * into a buffer, then deflated.
 */
#include <math.h>
#include <string.h>

#include <zlib.h>

#include "../../../util/alloc.h"
#include "../../../util/utf8.h"
#include "pdf_content.h"

/*
 * A number with at most decimals (1 to 3) decimals, trailing zeros
 * dropped: "12.5", "100", "-3.25", "0". Integer arithmetic, not printf:
 * a report has millions of coordinates.
 */
static void
put_num(struct buf *out, double v, int decimals)
{
	static const long long	 scale[] = { 1, 10, 100, 1000 };
	char			 d[32];
	long long		 n = llround(v * (double)scale[decimals]);
	int			 len = 0, k;

	if (n < 0) {
		buf_putc(out, '-');
		n = -n;
	}
	/* The decimals, least significant first, zeros at the end dropped. */
	for (k = 0; k < decimals; k++) {
		if (len > 0 || n % 10 != 0)
			d[len++] = (char)('0' + n % 10);
		n /= 10;
	}
	if (len > 0)
		d[len++] = '.';
	do {
		d[len++] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	while (len > 0)
		buf_putc(out, d[--len]);
}

static void
put_colour(struct buf *out, uint32_t c, const char *op)
{
	put_num(out, (double)((c >> 16) & 0xFF) / 255.0, 3);
	buf_putc(out, ' ');
	put_num(out, (double)((c >> 8) & 0xFF) / 255.0, 3);
	buf_putc(out, ' ');
	put_num(out, (double)(c & 0xFF) / 255.0, 3);
	buf_putc(out, ' ');
	buf_puts(out, op);
	buf_putc(out, '\n');
}

/* One byte of a literal string, escaped where PDF needs it. */
static void
put_string_byte(struct buf *out, unsigned char c)
{
	switch (c) {
	case '(':
	case ')':
	case '\\':
		buf_putc(out, '\\');
		buf_putc(out, (char)c);
		break;
	case '\r':
		buf_puts(out, "\\r");
		break;
	case '\n':
		buf_puts(out, "\\n");
		break;
	default:
		buf_putc(out, (char)c);
		break;
	}
}

/*
 * The text s[0..len) as a literal string of its UTF-16 code units (two
 * bytes each, high first): the codes of libharu's UTF-8 encoding of a
 * TrueType font (CID = Unicode). Half the bytes of a hexadecimal string,
 * which deflate thanks for. Code points beyond the BMP and those the
 * font f (or NULL) has no glyph for have no width in the layout
 * (pdf_font.h) and are not drawn.
 */
static void
put_text(struct buf *out, const struct pdf_font *f, const char *s,
    size_t len)
{
	uint32_t	 cp;
	size_t		 i = 0, n;

	buf_putc(out, '(');
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i++];
		} else {
			n = utf8_decode(s + i, len - i, &cp);
			if (n == 0) {
				i++;
				continue;
			}
			i += n;
		}
		if (cp > 0xFFFF || (f != NULL && !pdf_font_drawn(f, cp)))
			continue;
		put_string_byte(out, (unsigned char)(cp >> 8));
		put_string_byte(out, (unsigned char)(cp & 0xFF));
	}
	buf_putc(out, ')');
}

struct state {
	int		 in_text;
	int		 font;
	float		 size;
	uint32_t	 fill, stroke;
	float		 line_width;
};

static void
text_mode(struct buf *out, struct state *st, int on)
{
	if (on && !st->in_text)
		buf_puts(out, "BT\n");
	else if (!on && st->in_text)
		buf_puts(out, "ET\n");
	st->in_text = on;
}

/*
 * A run of text at its baseline. A justified run is one TJ array: each
 * space is followed by a shift of the word spacing (PDF's Tw does not
 * apply to two-byte codes), so the words stay one string for readers
 * that extract the text.
 */
static void
text_op(struct buf *out, struct state *st, const struct pdf_op *op,
    float h, const char (*names)[8], const struct pdf_fonts *fonts)
{
	const char		*s = op->text, *end = op->text + op->len, *sp;
	const struct pdf_font	*f = fonts != NULL ? &fonts->f[op->font] :
				    NULL;

	text_mode(out, st, 1);
	if (op->color != st->fill) {
		put_colour(out, op->color, "rg");
		st->fill = op->color;
	}
	if (op->font != st->font || op->size != st->size) {
		buf_putc(out, '/');
		buf_puts(out, names[op->font]);
		buf_putc(out, ' ');
		put_num(out, op->size, 2);
		buf_puts(out, " Tf\n");
		st->font = op->font;
		st->size = op->size;
	}
	buf_puts(out, "1 0 0 1 ");
	put_num(out, op->x, 2);
	buf_putc(out, ' ');
	put_num(out, h - op->y, 2);
	buf_puts(out, " Tm\n");
	if (op->word_spacing == 0 || memchr(s, ' ', op->len) == NULL) {
		put_text(out, f, s, op->len);
		buf_puts(out, " Tj\n");
		return;
	}
	buf_putc(out, '[');
	while (s < end) {
		sp = memchr(s, ' ', (size_t)(end - s));
		sp = sp != NULL ? sp + 1 : end;
		put_text(out, f, s, (size_t)(sp - s));
		if (sp < end) {
			buf_putc(out, ' ');
			put_num(out, -op->word_spacing * 1000 / op->size, 1);
			buf_putc(out, ' ');
		}
		s = sp;
	}
	buf_puts(out, "] TJ\n");
}

void
pdf_content_page(struct buf *out, const struct pdf_doc *doc, size_t i,
    const struct pdf_place *pl, const struct pdf_content_sheet *sheet)
{
	const char		(*names)[8] = sheet->names;
	const struct pdf_fonts	*fonts = sheet->fonts;
	float			 sheet_h = sheet->h;
	const struct pdf_page	*pg = &doc->pages[i];
	const struct pdf_op	*op;
	struct state		 st;
	float			 h = doc->height;
	size_t			 k;

	memset(&st, 0, sizeof(st));
	st.font = -1;
	st.fill = st.stroke = 0;	/* PDF's initial colours: black */
	st.line_width = 1;
	/* The page's bottom-left corner where the place says. */
	buf_puts(out, "q\n");
	put_num(out, pl->scale, 3);
	buf_puts(out, " 0 0 ");
	put_num(out, pl->scale, 3);
	buf_putc(out, ' ');
	put_num(out, pl->x, 2);
	buf_putc(out, ' ');
	put_num(out, sheet_h - pl->y - h * pl->scale, 2);
	buf_puts(out, " cm\n");
	if (pl->clip[2] > pl->clip[0]) {
		put_num(out, pl->clip[0], 2);
		buf_putc(out, ' ');
		put_num(out, h - pl->clip[3], 2);
		buf_putc(out, ' ');
		put_num(out, pl->clip[2] - pl->clip[0], 2);
		buf_putc(out, ' ');
		put_num(out, pl->clip[3] - pl->clip[1], 2);
		buf_puts(out, " re W n\n");
	}
	for (k = 0; k < pg->n; k++) {
		op = &pg->ops[k];
		switch (op->kind) {
		case PDF_OP_TEXT:
			text_op(out, &st, op, h, names, fonts);
			break;
		case PDF_OP_LINE:
			text_mode(out, &st, 0);
			if (op->color != st.stroke) {
				put_colour(out, op->color, "RG");
				st.stroke = op->color;
			}
			if (op->size != st.line_width) {
				put_num(out, op->size, 2);
				buf_puts(out, " w\n");
				st.line_width = op->size;
			}
			put_num(out, op->x, 2);
			buf_putc(out, ' ');
			put_num(out, h - op->y, 2);
			buf_puts(out, " m ");
			put_num(out, op->x + op->w, 2);
			buf_putc(out, ' ');
			put_num(out, h - op->y - op->h, 2);
			buf_puts(out, " l S\n");
			break;
		case PDF_OP_RECT:
			text_mode(out, &st, 0);
			if (op->color != st.fill) {
				put_colour(out, op->color, "rg");
				st.fill = op->color;
			}
			put_num(out, op->x, 2);
			buf_putc(out, ' ');
			put_num(out, h - op->y - op->h, 2);
			buf_putc(out, ' ');
			put_num(out, op->w, 2);
			buf_putc(out, ' ');
			put_num(out, op->h, 2);
			buf_puts(out, " re f\n");
			break;
		case PDF_OP_IMAGE:
			/* Named by pdf_image_sheet in the sheet's resources. */
			text_mode(out, &st, 0);
			buf_puts(out, "q ");
			put_num(out, op->w, 2);
			buf_puts(out, " 0 0 ");
			put_num(out, op->h, 2);
			buf_putc(out, ' ');
			put_num(out, op->x, 2);
			buf_putc(out, ' ');
			put_num(out, h - op->y - op->h, 2);
			buf_printf(out, " cm /Im%d Do Q\n", op->anchor);
			break;
		default:
			/* Links and anchors are objects, not content. */
			break;
		}
	}
	text_mode(out, &st, 0);
	buf_puts(out, "Q\n");
}

int
pdf_content_deflate(const struct buf *in, unsigned char **out, size_t *len)
{
	uLongf	 n = compressBound((uLong)in->len);

	*out = xmalloc(n);
	if (compress2(*out, &n, (const Bytef *)(in->data != NULL ? in->data :
	    ""), (uLong)in->len, Z_DEFAULT_COMPRESSION) != Z_OK) {
		free(*out);
		*out = NULL;
		return -1;
	}
	*len = n;
	return 0;
}
