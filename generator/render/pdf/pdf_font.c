/*
 * Fonts (see font.h): loading, the ToUnicode repair, cached widths.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "../../util/alloc.h"
#include "../../util/utf8.h"
#include "pdf_font.h"

#define LATO "/usr/share/fonts/truetype/lato/"

const char *const pdf_fonts_lato[PDF_FACE__MAX] = {
	LATO "Lato-Regular.ttf",
	LATO "Lato-Bold.ttf",
	LATO "Lato-Italic.ttf",
	LATO "Lato-BoldItalic.ttf",
	LATO "Lato-Black.ttf",
};

/*
 * An identity ToUnicode map over the BMP without the surrogates: one
 * bfrange per high byte (a range may not cross one), at most 100 per
 * block as the CMap format requires.
 */
static void
to_unicode_write(HPDF_Stream s)
{
	char		 line[64];
	unsigned	 hi, in_block = 0, left = 256 - 8;

	HPDF_Stream_WriteStr(s, "/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
	    "/Ordering (UCS) /Supplement 0 >> def\n/CMapName "
	    "/Adobe-Identity-UCS def\n/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	for (hi = 0; hi < 256; hi++) {
		if (hi >= 0xD8 && hi <= 0xDF)
			continue;
		if (in_block == 0) {
			snprintf(line, sizeof(line), "%u beginbfrange\n",
			    left < 100 ? left : 100);
			HPDF_Stream_WriteStr(s, line);
		}
		snprintf(line, sizeof(line), "<%02X00> <%02XFF> <%02X00>\n",
		    hi, hi, hi);
		HPDF_Stream_WriteStr(s, line);
		left--;
		if (++in_block == 100 || left == 0) {
			HPDF_Stream_WriteStr(s, "endbfrange\n");
			in_block = 0;
		}
	}
	HPDF_Stream_WriteStr(s, "endcmap\nCMapName currentdict /CMap "
	    "defineresource pop\nend\nend\n");
}

/* Replaces the font's ToUnicode stream by an identity map; 0 or -1. */
static int
to_unicode_fix(HPDF_Font font)
{
	HPDF_Dict	 cmap;

	cmap = HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT);
	if (cmap == NULL || cmap->stream == NULL)
		return -1;
	HPDF_MemStream_FreeData(cmap->stream);
	to_unicode_write(cmap->stream);
	return 0;
}

int
pdf_fonts_load(struct pdf_fonts *fs, HPDF_Doc pdf,
    const char *const paths[PDF_FACE__MAX], int quiet)
{
	const char	*name;
	size_t		 i;

	memset(fs, 0, sizeof(*fs));
	for (i = 0; i < PDF_FACE__MAX; i++) {
		struct pdf_font	*f = &fs->f[i];

		if ((name = HPDF_LoadTTFontFromFile(pdf, paths[i],
		    HPDF_TRUE)) == NULL ||
		    (f->hpdf = HPDF_GetFont(pdf, name, "UTF-8")) == NULL ||
		    to_unicode_fix(f->hpdf) == -1) {
			if (!quiet)
				fprintf(stderr, "clspd: %s: cannot load this "
				    "TrueType font into the PDF\n", paths[i]);
			HPDF_ResetError(pdf);
			pdf_fonts_release(fs);
			return -1;
		}
		f->widths = xmalloc(65536 * sizeof(*f->widths));
		memset(f->widths, 0xFF, 65536 * sizeof(*f->widths));
		f->ascent = HPDF_Font_GetAscent(f->hpdf);
		f->descent = HPDF_Font_GetDescent(f->hpdf);
	}
	return 0;
}

void
pdf_fonts_release(struct pdf_fonts *fs)
{
	size_t	 i;

	if (fs == NULL)
		return;
	for (i = 0; i < PDF_FACE__MAX; i++) {
		free(fs->f[i].widths);
		fs->f[i].widths = NULL;
	}
}

unsigned
pdf_font_advance(struct pdf_font *f, uint32_t cp)
{
	HPDF_FontAttr	 attr;
	unsigned	 w;

	if (cp > 0xFFFF)
		return 0;
	if (f->widths[cp] == PDF_WIDTH_UNKNOWN) {
		attr = (HPDF_FontAttr)f->hpdf->attr;
		if (cp != 0 && HPDF_TTFontDef_GetGlyphid(attr->fontdef,
		    (HPDF_UINT16)cp) == 0)
			f->widths[cp] = PDF_WIDTH_NO_GLYPH;
		else {
			w = (unsigned)HPDF_Font_GetUnicodeWidth(f->hpdf,
			    (HPDF_UNICODE)cp);
			f->widths[cp] = (uint16_t)(w < PDF_WIDTH_NO_GLYPH ? w :
			    PDF_WIDTH_NO_GLYPH - 1);
		}
	}
	return f->widths[cp] == PDF_WIDTH_NO_GLYPH ? 0 : f->widths[cp];
}

int
pdf_font_drawn(const struct pdf_font *f, uint32_t cp)
{
	return cp <= 0xFFFF && f->widths[cp] < PDF_WIDTH_NO_GLYPH;
}

double
pdf_font_width(struct pdf_font *f, const char *s, size_t len, double size)
{
	unsigned long	 w = 0;
	uint32_t	 cp;
	size_t		 i = 0;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i++];
			w += f->widths[cp] < PDF_WIDTH_NO_GLYPH ?
			    f->widths[cp] : pdf_font_advance(f, cp);
			continue;
		}
		i += utf8_decode(s + i, len - i, &cp);
		w += pdf_font_advance(f, cp);
	}
	return (double)w * size / 1000.0;
}
