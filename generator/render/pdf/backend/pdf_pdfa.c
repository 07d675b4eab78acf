/*
 * PDF/A-1b (see pdf_pdfa.h): the output intent, the XMP metadata, the
 * fonts' CIDSet and the document ID, made with libharu's object API.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "../../../util/alloc.h"
#include "../../../util/buf.h"
#include "../../../util/escape.h"
#include "pdf_pdfa.h"
#include "pdf_srgb.h"

#define SRGB_NAME "sRGB IEC61966-2.1"

int
pdf_pdfa_output_intent(HPDF_Doc pdf)
{
	HPDF_Dict	 icc, intent;
	HPDF_Array	 intents;
	HPDF_STATUS	 rc = HPDF_OK;

	if ((icc = HPDF_DictStream_New(pdf->mmgr, pdf->xref)) == NULL ||
	    (intent = HPDF_Dict_New(pdf->mmgr)) == NULL ||
	    (intents = HPDF_Array_New(pdf->mmgr)) == NULL)
		return -1;
	icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	rc |= HPDF_Dict_AddNumber(icc, "N", 3);
	rc |= HPDF_Dict_AddName(icc, "Alternate", "DeviceRGB");
	rc |= HPDF_Stream_Write(icc->stream, pdf_srgb_icc,
	    (HPDF_UINT)pdf_srgb_icc_len);
	rc |= HPDF_Dict_AddName(intent, "Type", "OutputIntent");
	rc |= HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
	rc |= HPDF_Dict_Add(intent, "OutputConditionIdentifier",
	    HPDF_String_New(pdf->mmgr, SRGB_NAME, NULL));
	rc |= HPDF_Dict_Add(intent, "RegistryName",
	    HPDF_String_New(pdf->mmgr, "http://www.color.org", NULL));
	rc |= HPDF_Dict_Add(intent, "Info",
	    HPDF_String_New(pdf->mmgr, SRGB_NAME, NULL));
	rc |= HPDF_Dict_Add(intent, "DestOutputProfile", icc);
	rc |= HPDF_Array_Add(intents, intent);
	rc |= HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents);
	return rc == HPDF_OK ? 0 : -1;
}

/* An XMP language alternative (dc:title, dc:description), escaped. */
static void
xmp_alt(struct buf *x, const char *name, const char *value)
{
	if (value == NULL)
		return;
	buf_printf(x, "<%s><rdf:Alt><rdf:li xml:lang=\"x-default\">", name);
	escape_xml(x, value, strlen(value));
	buf_printf(x, "</rdf:li></rdf:Alt></%s>\n", name);
}

static void
xmp_text(struct buf *x, const char *name, const char *value)
{
	if (value == NULL)
		return;
	buf_printf(x, "<%s>", name);
	escape_xml(x, value, strlen(value));
	buf_printf(x, "</%s>\n", name);
}

/* The instant t as the Info dictionary has it (pdf_backend.c), in UTC. */
static void
xmp_date(struct buf *x, const char *name, time_t t)
{
	struct tm	 tm;
	char		 s[32];

	gmtime_r(&t, &tm);
	strftime(s, sizeof(s), "%Y-%m-%dT%H:%M:%SZ", &tm);
	buf_printf(x, "<%s>%s</%s>\n", name, s, name);
}

/*
 * The packet: one rdf:Description with the predefined schemas only
 * (dc, xmp, xmpMM, pdf, pdfaid), so no extension schema is needed; the
 * content's git commit, when there is one, is the xmpMM:VersionID. The
 * header's begin attribute is the byte order mark, as XMP asks.
 */
static void
xmp_write(struct buf *x, HPDF_Doc pdf, const struct pdf_info *in)
{
	buf_puts(x, "<?xpacket begin=\"\xEF\xBB\xBF\" "
	    "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	    "<rdf:Description rdf:about=\"\"\n"
	    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
	    " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
	if (in != NULL && in->commit != NULL && *in->commit != '\0')
		buf_puts(x, " xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n");
	buf_puts(x, " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
	    " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
	    "<dc:format>application/pdf</dc:format>\n");
	if (in != NULL) {
		xmp_alt(x, "dc:title", in->title);
		if (in->author != NULL) {
			buf_puts(x, "<dc:creator><rdf:Seq><rdf:li>");
			escape_xml(x, in->author, strlen(in->author));
			buf_puts(x, "</rdf:li></rdf:Seq></dc:creator>\n");
		}
		xmp_alt(x, "dc:description", in->subject);
		xmp_text(x, "xmp:CreatorTool", "clspd");
		xmp_date(x, "xmp:CreateDate", in->date);
		xmp_date(x, "xmp:ModifyDate", in->date);
		if (in->commit != NULL && *in->commit != '\0')
			xmp_text(x, "xmpMM:VersionID", in->commit);
	}
	xmp_text(x, "pdf:Producer", HPDF_GetInfoAttr(pdf,
	    HPDF_INFO_PRODUCER));
	buf_puts(x, "<pdfaid:part>1</pdfaid:part>\n"
	    "<pdfaid:conformance>B</pdfaid:conformance>\n"
	    "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
	    "<?xpacket end=\"r\"?>");
}

int
pdf_pdfa_metadata(HPDF_Doc pdf, const struct pdf_info *in)
{
	struct buf	 x = BUF_INIT;
	HPDF_Dict	 meta;
	HPDF_STATUS	 rc = HPDF_OK;

	if ((meta = HPDF_DictStream_New(pdf->mmgr, pdf->xref)) == NULL)
		return -1;
	/* PDF/A-1 6.7.2 (and readers that look for it): not filtered. */
	meta->filter = HPDF_STREAM_FILTER_NONE;
	xmp_write(&x, pdf, in);
	rc |= HPDF_Dict_AddName(meta, "Type", "Metadata");
	rc |= HPDF_Dict_AddName(meta, "Subtype", "XML");
	rc |= HPDF_Stream_Write(meta->stream, (const HPDF_BYTE *)x.data,
	    (HPDF_UINT)x.len);
	rc |= HPDF_Dict_Add(pdf->catalog, "Metadata", meta);
	buf_release(&x);
	return rc == HPDF_OK ? 0 : -1;
}

/*
 * The CIDSet of a TrueType CID font: bit c (high-order bit first) set
 * when CID c's glyph is in the embedded subset, that is, when
 * CIDToGIDMap gives it a glyph libharu flagged as used, and CID 0
 * (.notdef, always embedded). Returns 0 or -1.
 */
static int
cidset_add(HPDF_Font font, HPDF_Dict desc)
{
	HPDF_FontAttr		 attr = font->attr;
	HPDF_TTFontDefAttr	 tt = attr->fontdef->attr;
	HPDF_Dict		 set;
	HPDF_BYTE		*map, bits[8192];
	HPDF_UINT		 len, cid, gid, last = 0;
	HPDF_STATUS		 rc = HPDF_OK;

	if (attr->map_stream == NULL)
		return -1;
	len = HPDF_Stream_Size(attr->map_stream->stream);
	map = xmalloc(len + 1);
	if (HPDF_Stream_Seek(attr->map_stream->stream, 0, HPDF_SEEK_SET) !=
	    HPDF_OK || HPDF_Stream_Read(attr->map_stream->stream, map,
	    &len) != HPDF_OK) {
		free(map);
		return -1;
	}
	memset(bits, 0, sizeof(bits));
	bits[0] = 0x80;
	for (cid = 1; cid < len / 2 && cid < 65536; cid++) {
		gid = (HPDF_UINT)map[2 * cid] << 8 | map[2 * cid + 1];
		if (gid == 0 || gid >= tt->num_glyphs ||
		    !tt->glyph_tbl.flgs[gid])
			continue;
		bits[cid / 8] |= (HPDF_BYTE)(0x80 >> (cid % 8));
		last = cid;
	}
	free(map);
	if ((set = HPDF_DictStream_New(font->mmgr, attr->xref)) == NULL)
		return -1;
	set->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	rc |= HPDF_Stream_Write(set->stream, bits, last / 8 + 1);
	rc |= HPDF_Dict_Add(desc, "CIDSet", set);
	return rc == HPDF_OK ? 0 : -1;
}

/*
 * libharu makes a CID font's descriptor and embeds its subset while it
 * writes the font (its before-write hook), too late to add to them:
 * the hook is run now, once every glyph is drawn; when libharu runs it
 * again while saving, it finds the descriptor made and only names it.
 */
static int
font_complete(HPDF_Font font)
{
	HPDF_FontAttr	 attr = font->attr;
	HPDF_Dict	 desc;

	if (attr == NULL || attr->type != HPDF_FONT_TYPE0_TT)
		return -1;
	if (attr->fontdef->descriptor == NULL &&
	    (font->before_write_fn == NULL ||
	    font->before_write_fn(font) != HPDF_OK))
		return -1;
	if ((desc = attr->fontdef->descriptor) == NULL)
		return -1;
	/* Two faces of the same file share the descriptor: once is enough. */
	if (HPDF_Dict_GetItem(desc, "CIDSet", HPDF_OCLASS_DICT) != NULL)
		return 0;
	if (HPDF_Dict_AddNumber(desc, "CapHeight",
	    HPDF_Font_GetCapHeight(font)) != HPDF_OK)
		return -1;
	return cidset_add(font, desc);
}

int
pdf_pdfa_prepare(HPDF_Doc pdf)
{
	static const HPDF_BYTE	 zero[HPDF_MD5_KEY_LEN];
	HPDF_Array		 id;
	HPDF_UINT		 i;

	/* Every font of the document, drawn with or not. */
	for (i = 0; i < pdf->font_mgr->count; i++)
		if (font_complete(HPDF_List_ItemAt(pdf->font_mgr, i)) == -1)
			return -1;
	if (HPDF_Dict_GetItem(pdf->catalog, "Metadata", HPDF_OCLASS_DICT) ==
	    NULL && pdf_pdfa_metadata(pdf, NULL) == -1)
		return -1;
	if ((id = HPDF_Array_New(pdf->mmgr)) == NULL ||
	    HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)zero,
	    sizeof(zero))) != HPDF_OK ||
	    HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)zero,
	    sizeof(zero))) != HPDF_OK ||
	    HPDF_Dict_Add(pdf->trailer, "ID", id) != HPDF_OK)
		return -1;
	return 0;
}

/* The zero /ID as libharu writes a 16-byte binary string. */
#define ZERO_HEX "<00000000000000000000000000000000>"

int
pdf_pdfa_id_find(HPDF_Doc pdf, struct pdf_pdfa_id *id)
{
	HPDF_MD5_CTX	 md5;
	HPDF_BYTE	 chunk[16384], digest[HPDF_MD5_KEY_LEN];
	char		 tail[1024 + sizeof(chunk)];
	size_t		 ntail = 0, total = 0, k, found = 0;
	HPDF_UINT32	 n, left;

	HPDF_MD5Init(&md5);
	/* Exactly the stream's size: reading past its end is an error. */
	left = HPDF_GetStreamSize(pdf);
	while (left > 0) {
		n = left < sizeof(chunk) ? left : sizeof(chunk);
		if (HPDF_ReadFromStream(pdf, chunk, &n) != HPDF_OK || n == 0)
			return -1;
		left -= n;
		HPDF_MD5Update(&md5, chunk, n);
		/* The trailer is in the last kilobyte: keep that much. */
		memcpy(tail + ntail, chunk, n);
		ntail += n;
		total += n;
		if (ntail > 1024) {
			memmove(tail, tail + ntail - 1024, 1024);
			ntail = 1024;
		}
	}
	HPDF_MD5Final(digest, &md5);
	for (k = ntail; k >= sizeof(ZERO_HEX) - 1 && found < 2; k--)
		if (memcmp(tail + k - (sizeof(ZERO_HEX) - 1), ZERO_HEX,
		    sizeof(ZERO_HEX) - 1) == 0) {
			id->at[1 - found++] = total - ntail + k -
			    (sizeof(ZERO_HEX) - 1) + 1;
			k -= sizeof(ZERO_HEX) - 2;
		}
	for (k = 0; k < HPDF_MD5_KEY_LEN; k++)
		snprintf(id->hex + 2 * k, 3, "%02X", digest[k]);
	return found == 2 ? 0 : -1;
}

void
pdf_pdfa_id_patch(const struct pdf_pdfa_id *id, char *data, size_t len,
    size_t pos)
{
	size_t	 k, i;

	for (k = 0; k < 2; k++)
		for (i = 0; i < 32; i++)
			if (id->at[k] + i >= pos && id->at[k] + i < pos + len)
				data[id->at[k] + i - pos] = id->hex[i];
}
