/*
 * The libharu backend (see pdf_backend.h). libharu makes the objects
 * (pages, fonts, links, outline) and writes the file; the pages' content
 * streams are ours (pdf_content.h). Within a sheet, a transform puts a
 * page's bottom-left corner where its place says; annotation rectangles,
 * which live in the sheet's space, are transformed by hand.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pthread.h>

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include "../../../util/alloc.h"
#include "../../../util/buf.h"
#include "../../../util/escape.h"
#include "../../../util/i18n.h"
#include "../../../util/thread.h"
#include "../../../util/utf8.h"
#include "../../../util/i18n.h"
#include "pdf_backend.h"
#include "pdf_content.h"
#include "pdf_xobject.h"
#include "pdf_pdfa.h"

/* A failure of the PDF as a whole: "clspd: error: …". */
static const struct pos pdf_nowhere = { NULL, 0, 0 };

static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	struct pdf_backend	*b = data;

	if (!b->failed)
		diag_error(b->diags, pdf_nowhere, _("PDF: libharu error 0x%04X "
		    "(detail %u)"), (unsigned)error, (unsigned)detail);
	b->failed = 1;
}

int
pdf_backend_open(struct pdf_backend *b, struct diags *d)
{
	memset(b, 0, sizeof(*b));
	b->diags = d;
	if ((b->pdf = HPDF_New(on_error, b)) == NULL) {
		diag_error(d, pdf_nowhere, _("PDF: cannot create a document"));
		return -1;
	}
	/* PDF/A-1 is PDF 1.4 (libharu writes 1.3 by default). */
	b->pdf->pdf_version = HPDF_VER_14;
	HPDF_UseUTFEncodings(b->pdf);
	HPDF_SetCurrentEncoder(b->pdf, "UTF-8");
	HPDF_SetCompressionMode(b->pdf, HPDF_COMP_ALL);
	/*
	 * A "Pages" node holds at most 8,191 kids: without intermediate
	 * nodes a report stops there (a 10,000-action report has more).
	 */
	HPDF_SetPagesConfiguration(b->pdf, PDF_PAGES_PER_NODE);
	if (pdf_pdfa_output_intent(b->pdf) == -1)
		b->failed = 1;
	if (b->failed) {
		diag_error(d, pdf_nowhere, _("PDF: cannot set up a document"));
		pdf_backend_close(b);
		return -1;
	}
	return 0;
}

void
pdf_backend_close(struct pdf_backend *b)
{
	size_t	 i;

	if (b == NULL)
		return;
	if (b->pdf != NULL)
		HPDF_Free(b->pdf);
	for (i = b->written; i < b->nsheets; i++)
		free(b->sheets[i].z);
	free(b->sheets);
	free(b->draws);
	free(b->dests);
	free(b->gotos);
	buf_release(&b->uri);
	pdf_image_cache_free(b->images);
	memset(b, 0, sizeof(*b));
}

HPDF_Page
pdf_backend_sheet(struct pdf_backend *b, float w, float h)
{
	HPDF_Page		 p = HPDF_AddPage(b->pdf);
	struct pdf_sheet	*sh;
	const char		*name;
	size_t			 i;

	if (p == NULL) {
		b->failed = 1;
		return NULL;
	}
	HPDF_Page_SetWidth(p, w);
	HPDF_Page_SetHeight(p, h);
	if (b->nsheets == b->capsheets) {
		b->capsheets = b->capsheets ? b->capsheets * 2 : 64;
		b->sheets = xreallocarray(b->sheets, b->capsheets,
		    sizeof(*b->sheets));
	}
	sh = &b->sheets[b->nsheets++];
	memset(sh, 0, sizeof(*sh));
	sh->page = p;
	sh->h = h;
	sh->first = sh->last = SIZE_MAX;
	/* Every face in the sheet's resources, in order: F1 to F5. */
	for (i = 0; b->fonts != NULL && i < PDF_FACE__MAX; i++) {
		if ((name = HPDF_Page_GetLocalFontName(p,
		    b->fonts->f[i].hpdf)) == NULL || strlen(name) >= 8) {
			b->failed = 1;
			return NULL;
		}
		strcpy(sh->names[i], name);
	}
	return p;
}

/* The rectangle of op on the sheet, for annotations. */
static HPDF_Rect
sheet_rect(float sh, const struct pdf_op *op, const struct pdf_place *pl)
{
	HPDF_Rect	 r;

	r.left = pl->x + op->x * pl->scale;
	r.right = pl->x + (op->x + op->w) * pl->scale;
	r.top = sh - (pl->y + op->y * pl->scale);
	r.bottom = sh - (pl->y + (op->y + op->h) * pl->scale);
	return r;
}

/*
 * A link without a border, and, for PDF/A-1 (6.5.3), printed (flag 4)
 * and neither hidden nor invisible: libharu sets no flags.
 */
static void
annot_print(struct pdf_backend *b, HPDF_Annotation a)
{
	if (a == NULL || HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0) !=
	    HPDF_OK || HPDF_Dict_AddNumber(a, "F", 4) != HPDF_OK)
		b->failed = 1;
}

/*
 * A destination of its own for each link and outline item, direct in
 * its dictionary: libharu's are indirect objects, which some readers
 * (PDFBox's PDF/A validator among them) do not take as destinations.
 */
static HPDF_Destination
dest_new(struct pdf_backend *b, const struct pdf_dest *d)
{
	HPDF_Destination	 dst = HPDF_Array_New(b->pdf->mmgr);

	if (dst == NULL)
		return NULL;
	dst->header.obj_class |= HPDF_OSUBCLASS_DESTINATION;
	if (HPDF_Array_Add(dst, d->sheet) != HPDF_OK ||
	    HPDF_Array_AddName(dst, "FitH") != HPDF_OK ||
	    HPDF_Array_AddReal(dst, d->top) != HPDF_OK)
		return NULL;
	return dst;
}

static void
draw_link(struct pdf_backend *b, HPDF_Page sheet, float sh,
    const struct pdf_op *op, const struct pdf_place *pl)
{
	HPDF_Annotation	 a;
	struct pdf_goto	*g;

	if (op->kind == PDF_OP_LINK) {
		/* A URI action's URI is 7-bit ASCII. */
		buf_truncate(&b->uri, 0);
		escape_uri(&b->uri, op->text, strlen(op->text));
		a = HPDF_Page_CreateURILinkAnnot(sheet, sheet_rect(sh, op, pl),
		    buf_cstr(&b->uri));
		annot_print(b, a);
		return;
	}
	if (b->ngotos == b->capgotos) {
		b->capgotos = b->capgotos ? b->capgotos * 2 : 64;
		b->gotos = xreallocarray(b->gotos, b->capgotos,
		    sizeof(*b->gotos));
	}
	g = &b->gotos[b->ngotos++];
	g->sheet = sheet;
	g->rect = sheet_rect(sh, op, pl);
	g->anchor = op->anchor;
}

static void
draw_anchor(struct pdf_backend *b, HPDF_Page sheet, float sh,
    const struct pdf_op *op, const struct pdf_place *pl)
{
	struct pdf_dest	*d;

	if (op->anchor < 0 || (size_t)op->anchor >= b->ndests)
		return;
	d = &b->dests[op->anchor];
	d->sheet = sheet;
	/* Fit the width, the anchor's line a little below the top. */
	d->top = sh - pl->y - (op->y - 16) * pl->scale;
}

/*
 * libharu embeds the glyphs it has measured: measure each one drawn
 * (a lookup, once the layout has measured it before).
 */
static void
mark_glyphs(struct pdf_backend *b, const struct pdf_op *op)
{
	struct pdf_font	*f = &b->fonts->f[op->font];
	uint32_t	 cp;
	size_t		 i = 0, n;

	while (i < op->len) {
		if ((unsigned char)op->text[i] < 0x80) {
			cp = (unsigned char)op->text[i++];
		} else {
			if ((n = utf8_decode(op->text + i, op->len - i,
			    &cp)) == 0) {
				i++;
				continue;
			}
			i += n;
		}
		pdf_font_advance(f, cp);
	}
}

void
pdf_backend_draw(struct pdf_backend *b, HPDF_Page sheet,
    const struct pdf_doc *doc, size_t i, const struct pdf_place *pl)
{
	const struct pdf_page	*pg = &doc->pages[i];
	struct pdf_sheet	*sh = NULL;
	struct pdf_draw		*dr;
	size_t			 k;

	if (b->ndests < doc->nanchors) {
		b->dests = xreallocarray(b->dests, doc->nanchors,
		    sizeof(*b->dests));
		memset(b->dests + b->ndests, 0, (doc->nanchors - b->ndests) *
		    sizeof(*b->dests));
		b->ndests = doc->nanchors;
	}
	for (k = b->nsheets; k > b->written; k--)
		if (b->sheets[k - 1].page == sheet) {
			sh = &b->sheets[k - 1];
			break;
		}
	if (sh == NULL) {
		b->failed = 1;	/* not a sheet of this backend, or written */
		return;
	}
	if (b->ndraws == b->capdraws) {
		b->capdraws = b->capdraws ? b->capdraws * 2 : 64;
		b->draws = xreallocarray(b->draws, b->capdraws,
		    sizeof(*b->draws));
	}
	dr = &b->draws[b->ndraws];
	dr->doc = doc;
	dr->page = i;
	dr->place = *pl;
	dr->next = SIZE_MAX;
	if (sh->first == SIZE_MAX)
		sh->first = b->ndraws;
	else
		b->draws[sh->last].next = b->ndraws;
	sh->last = b->ndraws++;
	for (k = 0; k < pg->n; k++)
		switch (pg->ops[k].kind) {
		case PDF_OP_TEXT:
			if (b->fonts != NULL)
				mark_glyphs(b, &pg->ops[k]);
			break;
		case PDF_OP_LINK:
		case PDF_OP_GOTO:
			draw_link(b, sheet, sh->h, &pg->ops[k], pl);
			break;
		case PDF_OP_ANCHOR:
			draw_anchor(b, sheet, sh->h, &pg->ops[k], pl);
			break;
		case PDF_OP_IMAGE:
			if (pdf_image_sheet(&b->images, b->pdf, sheet, doc,
			    &pg->ops[k]) == -1)
				b->failed = 1;
			break;
		default:
			break;
		}
}

/* Sheets k = first, first + step, … of the backend: content, deflated. */
struct content_job {
	struct pdf_backend	*b;
	size_t			 first, step;
};

static void *
content_run(void *arg)
{
	struct content_job	*j = arg;
	struct pdf_backend	*b = j->b;
	struct pdf_sheet	*sh;
	struct pdf_draw		*dr;
	struct buf		 raw = BUF_INIT;
	size_t			 k, d;

	for (k = b->written + j->first; k < b->nsheets; k += j->step) {
		sh = &b->sheets[k];
		buf_truncate(&raw, 0);
		for (d = sh->first; d != SIZE_MAX; d = dr->next) {
			dr = &b->draws[d];
			pdf_content_page(&raw, dr->doc, dr->page, &dr->place,
			    &(struct pdf_content_sheet){ sh->h,
			    (const char (*)[8])sh->names, b->fonts });
		}
		if (pdf_content_deflate(&raw, &sh->z, &sh->zlen) == -1)
			sh->failed = 1;
	}
	buf_release(&raw);
	return NULL;
}

/* The content stream's filter, for bytes deflated already (see below). */
static HPDF_STATUS
write_flate_filter(HPDF_Dict dict, HPDF_Stream stream)
{
	(void)dict;
	return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

/*
 * Writes the content of every sheet not written yet: made and deflated
 * on two threads (one with CLSPD_JOBS=1), then handed to libharu in
 * order. libharu would deflate a content stream itself: its filter is
 * set to none, and the dictionary names the filter through its write
 * hook, which libharu calls after the entries it keeps.
 */
static void
contents_write(struct pdf_backend *b)
{
	struct content_job	 jobs[2];
	pthread_t		 thread;
	const char		*env = getenv("CLSPD_JOBS");
	struct pdf_sheet	*sh;
	HPDF_PageAttr		 attr;
	size_t			 k, n = b->nsheets - b->written;
	int			 threaded;

	if (n == 0)
		return;
	threaded = n > 1 && (env == NULL || strtol(env, NULL, 10) > 1);
	jobs[0] = (struct content_job){ b, 0, threaded ? 2 : 1 };
	jobs[1] = (struct content_job){ b, 1, 2 };
	/* No thread: this one does every sheet (util/thread.h). */
	if (threaded && thread_start(&thread, content_run, &jobs[1]) != 0) {
		threaded = 0;
		jobs[0].step = 1;
	}
	content_run(&jobs[0]);
	if (threaded)
		pthread_join(thread, NULL);
	for (k = b->written; k < b->nsheets; k++) {
		sh = &b->sheets[k];
		attr = (HPDF_PageAttr)sh->page->attr;
		if (sh->failed || attr->contents->write_fn != NULL ||
		    HPDF_Stream_Write(attr->stream, sh->z,
		    (HPDF_UINT)sh->zlen) != HPDF_OK)
			b->failed = 1;
		else {
			attr->contents->filter = HPDF_STREAM_FILTER_NONE;
			attr->contents->write_fn = write_flate_filter;
		}
		free(sh->z);
		sh->z = NULL;
	}
	b->written = b->nsheets;
	b->ndraws = 0;
}

void
pdf_backend_finish(struct pdf_backend *b, const struct pdf_doc *doc)
{
	HPDF_Encoder	 enc = HPDF_GetEncoder(b->pdf, "UTF-8");
	HPDF_Outline	 parents[8], o;
	HPDF_Annotation	 a;
	struct pdf_dest	*d;
	size_t		 i;
	int		 level, top = -1;

	contents_write(b);

	for (i = 0; i < b->ngotos; i++) {
		if (b->gotos[i].anchor < 0 ||
		    (size_t)b->gotos[i].anchor >= b->ndests ||
		    (d = &b->dests[b->gotos[i].anchor])->sheet == NULL)
			continue;
		a = HPDF_Page_CreateLinkAnnot(b->gotos[i].sheet,
		    b->gotos[i].rect, dest_new(b, d));
		annot_print(b, a);
	}
	for (i = 0; doc != NULL && i < doc->nanchors && i < b->ndests; i++) {
		level = doc->anchors[i].level;
		if (level < 0 || b->dests[i].sheet == NULL)
			continue;
		if (level > 7)
			level = 7;
		if (level > top + 1)
			level = top + 1;
		o = HPDF_CreateOutline(b->pdf, level > 0 ? parents[level - 1] :
		    NULL, doc->anchors[i].title, enc);
		HPDF_Outline_SetDestination(o, dest_new(b, &b->dests[i]));
		HPDF_Outline_SetOpened(o, level == 0 ? HPDF_TRUE : HPDF_FALSE);
		parents[level] = o;
		top = level;
	}
	/* A reader opens on the outline only when there is one. */
	if (top >= 0)
		HPDF_SetPageMode(b->pdf, HPDF_PAGE_MODE_USE_OUTLINE);
}

/*
 * A box (x0, y0, x1, y1 from the sheet's top-left corner) in PDF's
 * space of a sheet h points high.
 */
static void
sheet_box(struct pdf_backend *b, HPDF_Page sheet, const char *key,
    const float box[4], float h)
{
	HPDF_Array	 a = HPDF_Array_New(b->pdf->mmgr);

	if (a == NULL) {
		b->failed = 1;
		return;
	}
	HPDF_Array_AddReal(a, box[0]);
	HPDF_Array_AddReal(a, h - box[3]);
	HPDF_Array_AddReal(a, box[2]);
	HPDF_Array_AddReal(a, h - box[1]);
	if (HPDF_Dict_Add(sheet, key, a) != HPDF_OK)
		b->failed = 1;
}

void
pdf_backend_trim(struct pdf_backend *b, HPDF_Page sheet,
    const float trim[4], float bleed)
{
	float	 sh = HPDF_Page_GetHeight(sheet);

	sheet_box(b, sheet, "TrimBox", trim, sh);
	sheet_box(b, sheet, "BleedBox", (const float[4]){ trim[0] - bleed,
	    trim[1] - bleed, trim[2] + bleed, trim[3] + bleed }, sh);
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
	/*
	 * "+00'00'", not "Z": libharu writes 'Z' as "Z00'00'", which
	 * readers of the PDF/A metadata (PDFBox) take for a date without a
	 * time zone, unlike the XMP's "Z".
	 */
	d.ind = '+';
	return d;
}

/*
 * A document property as the Info and the XMP both can say it: without
 * the control characters XML 1.0 refuses (a "\x01" in a YAML title) and
 * those clspd never draws; NULL when nothing is left. In b.
 */
static const char *
info_clean(struct buf *b, const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if ((unsigned char)*s >= 0x20 && *s != 0x7F)
			buf_putc(b, *s);
		else if (*s == '\t' || *s == '\n' || *s == '\r')
			buf_putc(b, ' ');
	return b->len > 0 ? buf_cstr(b) : NULL;
}

/*
 * A text of the Info dictionary, as UTF-16BE with its byte order mark:
 * every character, where libharu's encoder drops those beyond the BMP
 * (an emoji in a title), so that the Info says what the XMP says.
 */
static void
info_text(struct pdf_backend *b, const char *key, const char *s)
{
	struct buf	 u = BUF_INIT;
	HPDF_Binary	 bin;
	uint32_t	 cp;
	size_t		 i = 0, n, len;
	unsigned	 units[2], k, nu;

	if (s == NULL || b->pdf->info == NULL)
		return;
	len = strlen(s);
	buf_put(&u, "\xFE\xFF", 2);
	while (i < len) {
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			i++;
			continue;
		}
		i += n;
		nu = 1;
		units[0] = cp;
		if (cp > 0xFFFF) {
			units[0] = 0xD800 + ((cp - 0x10000) >> 10);
			units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
			nu = 2;
		}
		for (k = 0; k < nu; k++) {
			buf_putc(&u, (char)(units[k] >> 8));
			buf_putc(&u, (char)(units[k] & 0xFF));
		}
	}
	if ((bin = HPDF_Binary_New(b->pdf->mmgr, (HPDF_BYTE *)u.data,
	    (HPDF_UINT)u.len)) == NULL ||
	    HPDF_Dict_Add(b->pdf->info, key, bin) != HPDF_OK)
		b->failed = 1;
	buf_release(&u);
}

void
pdf_backend_info(struct pdf_backend *b, const struct pdf_info *info)
{
	HPDF_Doc	 pdf = b->pdf;
	struct pdf_info	 v = *info, *in = &v;
	struct buf	 t = BUF_INIT, a = BUF_INIT, s = BUF_INIT;

	/* The same texts in the Info and in the XMP, which XML can hold. */
	in->title = info_clean(&t, in->title);
	in->author = info_clean(&a, in->author);
	in->subject = info_clean(&s, in->subject);
	if (in->lang != NULL && *in->lang == '\0')
		in->lang = NULL;
	HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "clspd");
	info_text(b, "Title", in->title);
	info_text(b, "Author", in->author);
	info_text(b, "Subject", in->subject);
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, pdf_date(in->date));
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, pdf_date(in->date));
	/* libharu has no call for the catalog's /Lang: add it by hand. */
	if (in->lang != NULL)
		HPDF_Dict_Add(pdf->catalog, "Lang", HPDF_String_New(pdf->mmgr,
		    in->lang, NULL));
	if (pdf_pdfa_metadata(pdf, in) == -1)
		b->failed = 1;
	buf_release(&t);
	buf_release(&a);
	buf_release(&s);
}

int
pdf_backend_save(struct pdf_backend *b, struct sink *sink, const char *path)
{
	struct buf		 out = BUF_INIT;
	struct pdf_pdfa_id	 id;
	HPDF_UINT32		 n, left;
	size_t			 pos = 0, i;
	int			 rc = -1;

	contents_write(b);
	/* Every part of every composite glyph in the fonts' subsets. */
	for (i = 0; b->fonts != NULL && i < PDF_FACE__MAX; i++)
		if (pdf_font_close_glyphs(&b->fonts->f[i]) == -1)
			b->failed = 1;
	/* Once through the file for its MD5, then again to write it. */
	if (b->failed || pdf_pdfa_prepare(b->pdf) == -1 ||
	    HPDF_SaveToStream(b->pdf) != HPDF_OK ||
	    HPDF_ResetStream(b->pdf) != HPDF_OK ||
	    pdf_pdfa_id_find(b->pdf, &id) == -1) {
		b->failed = 1;
		goto done;
	}
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
		pdf_pdfa_id_patch(&id, out.data + out.len, n, pos);
		pos += n;
		out.len += n;
		out.data[out.len] = '\0';
		left -= n;
		if (out.len >= (1u << 20) && sink_flush(sink, &out) == -1)
			goto done;
	}
	/* Less than libharu said: the file would be cut short. */
	if (left > 0)
		b->failed = 1;
	/* Closed either way (the build fails and the output is dropped). */
	rc = sink_close(sink, &out);
done:
	if (b->failed && rc == -1)
		diag_error(b->diags, pdf_nowhere,
		    _("%s: the PDF could not be made"), path);
	buf_release(&out);
	return b->failed ? -1 : rc;
}
