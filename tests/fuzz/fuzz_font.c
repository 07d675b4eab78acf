/*
 * libFuzzer harness for the theme fonts' validator (pdf_font_check.h):
 * the input is a TrueType file. The validator must never crash; and a
 * font it accepts must then be safe for libharu and clspd, so such a
 * font goes the whole way a build takes it: loaded into a PDF as the
 * five faces, measured (clspd's cached advances), drawn, its subset
 * completed with the parts of composite glyphs and the file written
 * (the PDF/A entries are left out: they read only what libharu loaded,
 * and the colour profile they add would halve the runs per second). A crash, a sanitizer report, a hang or a
 * libharu error on an accepted font is a bug of the validator.
 *
 *   make fuzz FUZZ_HARNESS=font [FUZZ_SECONDS=60]
 *
 * With FUZZ_CHECK_ONLY set in the environment, only the validator runs
 * (ten times the runs per second, for long runs on the validator alone).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <hpdf.h>

#include "../../generator/render/pdf/backend/pdf_font.h"
#include "../../generator/render/pdf/backend/pdf_font_check.h"
#include "../../generator/util/diag.h"
#include "../../generator/util/utf8.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* libharu may not fail on a font the validator accepted. */
static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	(void)data;
	fprintf(stderr, "libharu error 0x%04X (detail %u) on an accepted "
	    "font\n", (unsigned)error, (unsigned)detail);
	abort();
}

/* The font as a file libharu can open: a memory file, kept open. */
static const char *
font_file(const uint8_t *data, size_t size)
{
	static char	 path[64];
	static int	 fd = -1;

	if (fd == -1) {
		if ((fd = memfd_create("font", 0)) == -1)
			abort();
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) == -1 ||
	    pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	return path;
}

/*
 * A line of text with the printable ASCII letters, a few accented and
 * composite ones, and code points taken from the input's last bytes.
 */
static size_t
text_make(const uint8_t *data, size_t size, char *s, size_t cap)
{
	static const char	 fixed[] = "Hx é€ǻέ ŉ ﬁ";
	size_t			 n = 0, i;
	uint32_t		 cp;

	for (cp = 0x20; cp < 0x7F; cp++)
		s[n++] = (char)cp;
	memcpy(s + n, fixed, sizeof(fixed) - 1);
	n += sizeof(fixed) - 1;
	for (i = 0; i + 1 < size && i < 64 && n + 4 < cap; i += 2) {
		cp = (uint32_t)data[size - 1 - i] << 8 | data[size - 2 - i];
		if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF))
			continue;
		n += utf8_encode(cp, s + n);
	}
	s[n] = '\0';
	return n;
}

/* Draws s with each face, measuring first as the typesetter does. */
static void
draw(HPDF_Doc pdf, struct pdf_fonts *fs, const char *s, size_t len)
{
	HPDF_Page	 page = HPDF_AddPage(pdf);
	char		 shown[1024];
	size_t		 i, j, k, n;
	uint32_t	 cp;

	for (i = 0; i < PDF_FACE__MAX; i++) {
		/* Only the characters it has, as the backend draws. */
		for (j = 0, k = 0; j < len; j += n) {
			if ((n = utf8_decode(s + j, len - j, &cp)) == 0)
				n = 1;
			if (pdf_font_advance(&fs->f[i], cp) > 0 ||
			    pdf_font_drawn(&fs->f[i], cp))
				memcpy(shown + k, s + j, n), k += n;
		}
		shown[k] = '\0';
		(void)pdf_font_width(&fs->f[i], s, len, 10.0);
		HPDF_Page_BeginText(page);
		HPDF_Page_SetFontAndSize(page, fs->f[i].hpdf, 10);
		HPDF_Page_MoveTextPos(page, 20, 20 + 20 * (HPDF_REAL)i);
		HPDF_Page_ShowText(page, shown);
		HPDF_Page_EndText(page);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*paths[PDF_FACE__MAX];
	struct pdf_fonts fs;
	struct diags	 d = { 0 };	/* stays empty: the font passed */
	HPDF_Doc	 pdf;
	char		 why[160], text[512];
	size_t		 i, len;

	if (pdf_font_check(data, size, why, sizeof(why)) == -1 ||
	    getenv("FUZZ_CHECK_ONLY") != NULL)
		return 0;
	paths[0] = font_file(data, size);
	for (i = 1; i < PDF_FACE__MAX; i++)
		paths[i] = paths[0];
	if ((pdf = HPDF_New(on_error, NULL)) == NULL)
		return 0;
	HPDF_UseUTFEncodings(pdf);
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	if (pdf_fonts_load(&fs, pdf, paths, &d) == -1)
		abort();
	len = text_make(data, size, text, sizeof(text));
	draw(pdf, &fs, text, len);
	for (i = 0; i < PDF_FACE__MAX; i++)
		if (pdf_font_close_glyphs(&fs.f[i]) == -1)
			abort();
	if (HPDF_SaveToStream(pdf) != HPDF_OK)
		abort();
	pdf_fonts_release(&fs);
	HPDF_Free(pdf);
	return 0;
}

#ifdef FUZZ_FONT_MAIN
/*
 * Without libFuzzer: runs each file named on the command line once, so
 * that a corpus can be replayed under valgrind, which sees libharu's own
 * reads and writes (libharu is not built with the sanitizers).
 */
int
main(int argc, char *argv[])
{
	static uint8_t	 buf[1 << 20];
	FILE		*f;
	size_t		 n;
	int		 i;

	for (i = 1; i < argc; i++) {
		if ((f = fopen(argv[i], "rb")) == NULL)
			continue;
		n = fread(buf, 1, sizeof(buf), f);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, n);
	}
	return 0;
}
#endif
