/*
 * The libharu backend (see pdf_backend.h). Within a page, a transform
 * puts the page's bottom-left corner where the place says, so drawing
 * uses PDF coordinates of the page (y up) computed from the display
 * list's (y down); annotation rectangles, which live in the sheet's
 * space, are transformed by hand.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "../../util/alloc.h"
#include "../../util/buf.h"
#include "pdf_backend.h"

static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	struct pdf_backend	*b = data;

	if (!b->failed)
		fprintf(stderr, "clspd: PDF: libharu error 0x%04X (detail "
		    "%u)\n", (unsigned)error, (unsigned)detail);
	b->failed = 1;
}

int
pdf_backend_open(struct pdf_backend *b)
{
	memset(b, 0, sizeof(*b));
	if ((b->pdf = HPDF_New(on_error, b)) == NULL) {
		fprintf(stderr, "clspd: PDF: cannot create a document\n");
		return -1;
	}
	HPDF_UseUTFEncodings(b->pdf);
	HPDF_SetCurrentEncoder(b->pdf, "UTF-8");
	HPDF_SetCompressionMode(b->pdf, HPDF_COMP_ALL);
	HPDF_SetPageMode(b->pdf, HPDF_PAGE_MODE_USE_OUTLINE);
	/*
	 * A "Pages" node holds at most 8,191 kids: without intermediate
	 * nodes a report stops there (a 10,000-action report has more).
	 */
	HPDF_SetPagesConfiguration(b->pdf, PDF_PAGES_PER_NODE);
	return b->failed ? -1 : 0;
}

void
pdf_backend_close(struct pdf_backend *b)
{
	if (b == NULL)
		return;
	if (b->pdf != NULL)
		HPDF_Free(b->pdf);
	free(b->dests);
	free(b->gotos);
	memset(b, 0, sizeof(*b));
}

HPDF_Page
pdf_backend_sheet(struct pdf_backend *b, float w, float h)
{
	HPDF_Page	 p = HPDF_AddPage(b->pdf);

	if (p == NULL) {
		b->failed = 1;
		return NULL;
	}
	HPDF_Page_SetWidth(p, w);
	HPDF_Page_SetHeight(p, h);
	return p;
}

static void
rgb_fill(HPDF_Page p, uint32_t c)
{
	HPDF_Page_SetRGBFill(p, (float)((c >> 16) & 0xFF) / 255.0f,
	    (float)((c >> 8) & 0xFF) / 255.0f, (float)(c & 0xFF) / 255.0f);
}

static void
rgb_stroke(HPDF_Page p, uint32_t c)
{
	HPDF_Page_SetRGBStroke(p, (float)((c >> 16) & 0xFF) / 255.0f,
	    (float)((c >> 8) & 0xFF) / 255.0f, (float)(c & 0xFF) / 255.0f);
}

/* The drawing state of one page, to skip redundant operators. */
struct pen {
	struct pdf_backend	*b;
	HPDF_Page		 sheet;
	float			 h;		/* the page's height */
	int			 in_text;
	int			 font;
	float			 size;
	uint32_t		 fill;
};

static void
pen_text(struct pen *pen, int on)
{
	if (on && !pen->in_text)
		HPDF_Page_BeginText(pen->sheet);
	else if (!on && pen->in_text)
		HPDF_Page_EndText(pen->sheet);
	pen->in_text = on;
}

static void
pen_fill(struct pen *pen, uint32_t c)
{
	if (c != pen->fill) {
		rgb_fill(pen->sheet, c);
		pen->fill = c;
	}
}

/* A text run; word spacing is done by placing each word (see below). */
static void
draw_text(struct pen *pen, const struct pdf_op *op)
{
	struct pdf_font	*f = &pen->b->fonts->f[op->font];
	char		 word[512];
	const char	*s = op->text, *end = op->text + op->len, *sp;
	float		 x = op->x, y = pen->h - op->y;
	float		 space = (float)pdf_font_width(f, " ", 1, op->size);
	size_t		 n;

	pen_text(pen, 1);
	pen_fill(pen, op->color);
	if (op->font != pen->font || op->size != pen->size) {
		HPDF_Page_SetFontAndSize(pen->sheet, f->hpdf, op->size);
		pen->font = op->font;
		pen->size = op->size;
	}
	/*
	 * PDF applies word spacing (Tw) to the byte 32 of one-byte fonts
	 * only, not to the two-byte codes of an embedded UTF-8 font: a
	 * justified run is drawn word by word instead.
	 */
	if (op->word_spacing == 0 || memchr(s, ' ', op->len) == NULL) {
		HPDF_Page_TextOut(pen->sheet, x, y, op->text);
		return;
	}
	while (s < end) {
		sp = memchr(s, ' ', (size_t)(end - s));
		n = (size_t)((sp ? sp : end) - s);
		if (n >= sizeof(word))
			n = sizeof(word) - 1;
		memcpy(word, s, n);
		word[n] = '\0';
		HPDF_Page_TextOut(pen->sheet, x, y, word);
		x += (float)pdf_font_width(f, s, n, op->size) + space +
		    op->word_spacing;
		s = sp ? sp + 1 : end;
	}
}

/* The rectangle of op on the sheet, for annotations. */
static HPDF_Rect
sheet_rect(const struct pen *pen, const struct pdf_op *op,
    const struct pdf_place *pl)
{
	float		 sh = HPDF_Page_GetHeight(pen->sheet);
	HPDF_Rect	 r;

	r.left = pl->x + op->x * pl->scale;
	r.right = pl->x + (op->x + op->w) * pl->scale;
	r.top = sh - (pl->y + op->y * pl->scale);
	r.bottom = sh - (pl->y + (op->y + op->h) * pl->scale);
	return r;
}

static void
draw_link(struct pen *pen, const struct pdf_op *op,
    const struct pdf_place *pl)
{
	HPDF_Annotation	 a;
	struct pdf_goto	*g;
	struct pdf_backend *b = pen->b;

	if (op->kind == PDF_OP_LINK) {
		a = HPDF_Page_CreateURILinkAnnot(pen->sheet,
		    sheet_rect(pen, op, pl), op->text);
		if (a != NULL)
			HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
		return;
	}
	if (b->ngotos == b->capgotos) {
		b->capgotos = b->capgotos ? b->capgotos * 2 : 64;
		b->gotos = xreallocarray(b->gotos, b->capgotos,
		    sizeof(*b->gotos));
	}
	g = &b->gotos[b->ngotos++];
	g->sheet = pen->sheet;
	g->rect = sheet_rect(pen, op, pl);
	g->anchor = op->anchor;
}

static void
draw_anchor(struct pen *pen, const struct pdf_op *op,
    const struct pdf_place *pl)
{
	struct pdf_backend	*b = pen->b;
	HPDF_Destination	 d;
	float			 sh = HPDF_Page_GetHeight(pen->sheet);

	if (op->anchor < 0 || (size_t)op->anchor >= b->ndests)
		return;
	d = HPDF_Page_CreateDestination(pen->sheet);
	/* Fit the width, the anchor's line a little below the top. */
	HPDF_Destination_SetFitH(d, sh - pl->y - (op->y - 16) * pl->scale);
	b->dests[op->anchor] = d;
}

static void
draw_op(struct pen *pen, const struct pdf_op *op, const struct pdf_place *pl)
{
	HPDF_Page	 p = pen->sheet;

	switch (op->kind) {
	case PDF_OP_TEXT:
		draw_text(pen, op);
		return;
	case PDF_OP_LINE:
		pen_text(pen, 0);
		rgb_stroke(p, op->color);
		HPDF_Page_SetLineWidth(p, op->size);
		HPDF_Page_MoveTo(p, op->x, pen->h - op->y);
		HPDF_Page_LineTo(p, op->x + op->w, pen->h - op->y - op->h);
		HPDF_Page_Stroke(p);
		return;
	case PDF_OP_RECT:
		pen_text(pen, 0);
		pen_fill(pen, op->color);
		HPDF_Page_Rectangle(p, op->x, pen->h - op->y - op->h, op->w,
		    op->h);
		HPDF_Page_Fill(p);
		return;
	case PDF_OP_LINK:
	case PDF_OP_GOTO:
		draw_link(pen, op, pl);
		return;
	case PDF_OP_ANCHOR:
		draw_anchor(pen, op, pl);
		return;
	}
}

void
pdf_backend_draw(struct pdf_backend *b, HPDF_Page sheet,
    const struct pdf_doc *doc, size_t i, const struct pdf_place *pl)
{
	const struct pdf_page	*pg = &doc->pages[i];
	float			 sh = HPDF_Page_GetHeight(sheet);
	struct pen		 pen;
	size_t			 k;

	if (b->ndests < doc->nanchors) {
		b->dests = xreallocarray(b->dests, doc->nanchors,
		    sizeof(*b->dests));
		memset(b->dests + b->ndests, 0, (doc->nanchors - b->ndests) *
		    sizeof(*b->dests));
		b->ndests = doc->nanchors;
	}
	memset(&pen, 0, sizeof(pen));
	pen.b = b;
	pen.sheet = sheet;
	pen.h = doc->height;
	pen.font = -1;
	pen.fill = 0xFFFFFFFF;
	HPDF_Page_GSave(sheet);
	HPDF_Page_Concat(sheet, pl->scale, 0, 0, pl->scale, pl->x,
	    sh - pl->y - doc->height * pl->scale);
	for (k = 0; k < pg->n; k++)
		draw_op(&pen, &pg->ops[k], pl);
	pen_text(&pen, 0);
	HPDF_Page_GRestore(sheet);
}

void
pdf_backend_finish(struct pdf_backend *b, const struct pdf_doc *doc)
{
	HPDF_Encoder	 enc = HPDF_GetEncoder(b->pdf, "UTF-8");
	HPDF_Outline	 parents[8], o;
	HPDF_Annotation	 a;
	size_t		 i;
	int		 level, top = -1;

	for (i = 0; i < b->ngotos; i++) {
		if (b->gotos[i].anchor < 0 ||
		    (size_t)b->gotos[i].anchor >= b->ndests ||
		    b->dests[b->gotos[i].anchor] == NULL)
			continue;
		a = HPDF_Page_CreateLinkAnnot(b->gotos[i].sheet,
		    b->gotos[i].rect, b->dests[b->gotos[i].anchor]);
		if (a != NULL)
			HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
	}
	for (i = 0; i < doc->nanchors && i < b->ndests; i++) {
		level = doc->anchors[i].level;
		if (level < 0 || b->dests[i] == NULL)
			continue;
		if (level > 7)
			level = 7;
		if (level > top + 1)
			level = top + 1;
		o = HPDF_CreateOutline(b->pdf, level > 0 ? parents[level - 1] :
		    NULL, doc->anchors[i].title, enc);
		HPDF_Outline_SetDestination(o, b->dests[i]);
		HPDF_Outline_SetOpened(o, level == 0 ? HPDF_TRUE : HPDF_FALSE);
		parents[level] = o;
		top = level;
	}
}

static HPDF_Date
pdf_date(time_t t)
{
	struct tm	 tm;
	HPDF_Date	 d;

	gmtime_r(&t, &tm);
	memset(&d, 0, sizeof(d));
	d.year = tm.tm_year + 1900;
	d.month = tm.tm_mon + 1;
	d.day = tm.tm_mday;
	d.hour = tm.tm_hour;
	d.minutes = tm.tm_min;
	d.seconds = tm.tm_sec;
	d.ind = 'Z';
	return d;
}

void
pdf_backend_info(struct pdf_backend *b, const struct pdf_info *in)
{
	HPDF_Doc	 pdf = b->pdf;

	if (in->title != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, in->title);
	if (in->author != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, in->author);
	if (in->subject != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_SUBJECT, in->subject);
	HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "clspd");
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, pdf_date(in->date));
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, pdf_date(in->date));
	/* libharu has no call for the catalog's /Lang: add it by hand. */
	if (in->lang != NULL)
		HPDF_Dict_Add(pdf->catalog, "Lang", HPDF_String_New(pdf->mmgr,
		    in->lang, NULL));
}

int
pdf_backend_save(struct pdf_backend *b, struct sink *sink, const char *path)
{
	struct buf	 out = BUF_INIT;
	HPDF_UINT32	 n, left;
	int		 rc = -1;

	if (b->failed || HPDF_SaveToStream(b->pdf) != HPDF_OK)
		goto done;
	HPDF_ResetStream(b->pdf);
	if (sink_open(sink, path) == -1)
		goto done;
	left = HPDF_GetStreamSize(b->pdf);
	while (left > 0 && !b->failed) {
		n = left < 65536 ? left : 65536;
		buf_grow(&out, n);
		HPDF_ReadFromStream(b->pdf, (HPDF_BYTE *)out.data + out.len, &n);
		if (n == 0)
			break;
		out.len += n;
		out.data[out.len] = '\0';
		left -= n;
		if (out.len >= (1u << 20) && sink_flush(sink, &out) == -1)
			goto done;
	}
	rc = sink_close(sink, &out);
done:
	if (b->failed && rc == -1)
		fprintf(stderr, "clspd: %s: the PDF could not be made\n", path);
	buf_release(&out);
	return b->failed ? -1 : rc;
}
