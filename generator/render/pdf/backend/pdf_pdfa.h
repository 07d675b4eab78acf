/*
 * PDF/A-1b (ISO 19005-1, level B) for every PDF the backend writes: the
 * pieces libharu leaves out or gets wrong, added with its object API.
 * libharu 2.3.0's own hpdf_pdfa.c is not used: its XMP is not escaped,
 * names its stream's /Subtype "SubType", and its /ID is a hash of the
 * time of day, so that two builds of the same content would differ.
 *
 * - an output intent (GTS_PDFA1) with an sRGB ICC profile (pdf_srgb.c):
 *   our colours are DeviceRGB;
 * - an XMP metadata stream, unfiltered, that says what the Info
 *   dictionary says (title, author, subject, creator tool, producer, the
 *   same instant for the dates) and pdfaid:part 1, conformance B;
 * - for each embedded CID font, a /CIDSet of the CIDs whose glyphs the
 *   subset holds, and the /CapHeight libharu omits;
 * - a trailer /ID: the MD5 of the whole file written with a zero /ID,
 *   so the same content gives the same bytes.
 * pdf_backend.c calls these; it also writes a 1.4 header, print-flagged
 * annotations and direct destinations.
 */
#ifndef CLSPD_PDF_PDFA_H
#define CLSPD_PDF_PDFA_H

#include <stddef.h>
#include <time.h>

#include <hpdf.h>

/*
 * Document properties, into the Info dictionary and the same in the
 * XMP metadata (pdf_backend_info, pdf_pdfa_metadata).
 */
struct pdf_info {
	const char	*title, *author, *subject, *lang;
	const char	*commit;	/* the content's git commit, or "" */
	time_t		 date;
};

/* The output intent into pdf's catalog. Returns 0 or -1. */
int	 pdf_pdfa_output_intent(HPDF_Doc pdf);

/*
 * The XMP metadata of in (NULL: the producer and PDF/A identification
 * only) into pdf's catalog, replacing any before. Returns 0 or -1.
 */
int	 pdf_pdfa_metadata(HPDF_Doc pdf, const struct pdf_info *in);

/*
 * Just before saving, once every glyph is drawn: the fonts' CIDSet and
 * CapHeight, the metadata if none, and a zero /ID in the trailer for
 * pdf_pdfa_id_find to replace. Returns 0 or -1.
 */
int	 pdf_pdfa_prepare(HPDF_Doc pdf);

/* Where the zero /ID is in the saved file and what replaces it. */
struct pdf_pdfa_id {
	size_t		 at[2];		/* offsets of its two hex strings */
	char		 hex[33];
};

/*
 * Reads the saved file from the start of pdf's stream: its MD5, and
 * where the zero /ID is. Leaves the stream to be reset. Returns 0 or -1.
 */
int	 pdf_pdfa_id_find(HPDF_Doc pdf, struct pdf_pdfa_id *);

/* Writes the /ID into data[0..len), which is at offset pos of the file. */
void	 pdf_pdfa_id_patch(const struct pdf_pdfa_id *, char *data,
	    size_t len, size_t pos);

#endif
