/*
 * PDF/A-1b (generator/render/pdf/pdf_pdfa.h) on real output: the
 * sample's report and a small document with awkward metadata, each
 * checked twice, by Apache PDFBox's PDF/A-1b validator ("preflight",
 * Debian's libpdfbox2-java) and rule by rule by pdfa_rules.py, which
 * names the rule that broke and checks what PDFBox does not (the /ID,
 * the CIDSet against the glyphs drawn, the widths against the font
 * program). Neither is skipped when missing: the test fails.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/publish/publish.h"
#include "../../generator/render/pdf/backend/pdf_backend.h"
#include "../../generator/util/buf.h"
#include "helpers.h"

TestSuite(pdf_pdfa, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

#define SAMPLE "out/pdf/rapport-2025.pdf"

/* Debian 12's PDFBox 2.0 preflight and what it needs on Java 17. */
#define PREFLIGHT "java -cp /usr/share/java/preflight.jar:" \
	"/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:" \
	"/usr/share/java/xmpbox.jar:/usr/share/java/commons-logging.jar:" \
	"/usr/share/java/javax.activation.jar:/usr/share/java/jaxb-api.jar " \
	"org.apache.pdfbox.preflight.Validator_A1b "

/* PDFBox says the file is PDF/A-1b, and nothing else. */
static void
assert_preflight(const char *pdf)
{
	char	 cmd[1024], *out;
	int	 st;

	snprintf(cmd, sizeof(cmd), PREFLIGHT "%s 2>&1", pdf);
	out = test_sh(cmd, &st);
	cr_assert_eq(st, 0, "PDFBox preflight on %s:\n%s", pdf, out);
	cr_assert(strstr(out, "is a valid PDF/A-1b file") != NULL, "%s", out);
	free(out);
}

/*
 * Every rule of pdfa_rules.py is met; with links, the file must have
 * annotations for their rules to check.
 */
static void
assert_rules(const char *pdf, int links)
{
	char	*script = test_repo_path("tests/unit/pdfa_rules.py");
	char	 cmd[1024], *out;
	int	 st;

	snprintf(cmd, sizeof(cmd), "python3 %s %s%s 2>&1", script,
	    links ? "--links " : "", pdf);
	out = test_sh(cmd, &st);
	cr_assert_eq(st, 0, "%s", out);
	cr_assert(strstr(out, "pdfa_rules: all rules met") != NULL, "%s", out);
	cr_assert(strstr(out, "FAIL") == NULL, "%s", out);
	free(out);
	free(script);
}

Test(pdf_pdfa, sample_report_passes_pdfbox_preflight)
{
	test_build(NULL, "out", NULL);
	assert_preflight(SAMPLE);
}

Test(pdf_pdfa, sample_report_meets_each_rule)
{
	test_build(NULL, "out", NULL);
	assert_rules(SAMPLE, 1);
}

/* The charter booklet and its imposed sheets, crop marks or not. */
Test(pdf_pdfa, charter_booklets_are_pdfa)
{
	test_build(NULL, "out", NULL);
	assert_preflight("out/pdf/charte.pdf");
	assert_rules("out/pdf/charte.pdf", 1);
	assert_preflight("out/pdf/charte-impression.pdf");
	assert_rules("out/pdf/charte-impression.pdf", 1);
	test_build(NULL, "crop", "--crop-marks");
	assert_preflight("crop/pdf/charte-impression.pdf");
	assert_rules("crop/pdf/charte-impression.pdf", 1);
}

/*
 * A charter without a subtitle: no empty /Subject in the Info that the
 * XMP would not have (PDFBox let it pass; the rule checker does not);
 * control characters in its title (YAML's "\x01"), which XML cannot
 * hold, are out of both.
 */
Test(pdf_pdfa, missing_properties_are_absent_from_both)
{
	struct tfile	 f[] = { { "charter.md",
			    "---\ntitle: \"Charte\\x01 \\x1f fin\"\n---\n\n"
			    "Texte.\n" } };

	test_content(f, 1);
	test_build("content", "out", NULL);
	assert_rules("out/pdf/charte.pdf", 0);
	assert_preflight("out/pdf/charte.pdf");
	assert_rules("out/pdf/charte-impression.pdf", 0);
}

/*
 * Characters Lato has no glyph for (an emoji beyond the BMP, Chinese, a
 * dingbat) in the title and the text: not drawn (a PDF/A file may not
 * show a code its font lacks), but kept whole in the Info and the XMP.
 */
Test(pdf_pdfa, characters_the_font_lacks_stay_pdfa)
{
	struct tfile	 f[] = { { "charter.md",
			    "---\ntitle: \"Livret \xF0\x9F\x99\x82 \xE5\x85\xAC"
			    "\xE5\x85\xB1 \xE2\x9C\xA8\"\n---\n\nTexte "
			    "\xE4\xB8\xAD\xE6\x96\x87 \xE2\x98\x95 fin.\n" } };
	char		*info;

	test_content(f, 1);
	test_build("content", "out", NULL);
	assert_rules("out/pdf/charte.pdf", 0);
	assert_preflight("out/pdf/charte.pdf");
	assert_rules("out/pdf/charte-impression.pdf", 0);
	info = test_sh("pdfinfo out/pdf/charte.pdf", NULL);
	cr_assert(strstr(info, "Title:           Livret \xF0\x9F\x99\x82 "
	    "\xE5\x85\xAC\xE5\x85\xB1 \xE2\x9C\xA8\n") != NULL, "%s", info);
	free(info);
}

/*
 * A theme's font made of composite glyphs (DejaVu: "έ" is "ε" and an
 * accent, "ǻ" an "å" and an accent, "å" an "a" and a ring): every part
 * of every part is in the embedded subset (libharu's own subsetting
 * left some out: letters printed without accents, or blank).
 */
Test(pdf_pdfa, composite_glyphs_are_embedded_whole)
{
	struct tfile	 f[] = {
		{ "charter.md", "---\ntitle: \"Charte \xCE\xAD\"\n---\n\n"
		    "A \xCE\xAD B \xCE\xB5 C \xC7\xBB \xE1\xB8\x97 \xC7\xBA "
		    "\xCE\x86 \xCE\x88 \xC3\xA9 fin.\n" },
		{ "theme/pdf/style.yaml", "font_regular: /usr/share/fonts/"
		    "truetype/dejavu/DejaVuSerif.ttf\nfont_heading: /usr/share/"
		    "fonts/truetype/dejavu/DejaVuSerif.ttf\n" } };

	test_content(f, 2);
	test_build("content", "out", NULL);
	assert_rules("out/pdf/charte.pdf", 0);
	assert_preflight("out/pdf/charte.pdf");
}

/*
 * Metadata that XML and PDF strings must escape, a link, a link to an
 * anchor and an outline item: written by the backend alone, then
 * checked like the report.
 */
Test(pdf_pdfa, awkward_metadata_and_links_stay_pdfa)
{
	static const char	 text[] = "Sécurité « & » <prévention>";
	struct pdf_backend	 be;
	struct pdf_fonts	 fonts;
	struct pdf_doc		 doc;
	struct pdf_page		*pg;
	struct pdf_op		 op;
	struct pdf_place	 pl = { 0, 0, 1, { 0, 0, 0, 0 } };
	struct diags		 pdf_diags = { 0 };
	struct pdf_info		 info;
	struct output_set	 out;
	const struct output_file *f;
	HPDF_Page		 sheet;
	char			*xmp;
	int			 anchor, st;

	cr_assert(pdf_backend_open(&be, &pdf_diags) == 0);
	cr_assert(pdf_fonts_load(&fonts, be.pdf, pdf_fonts_lato,
	    &pdf_diags) == 0);
	be.fonts = &fonts;
	pdf_doc_init(&doc, 595.28f, 841.89f);
	pg = pdf_doc_add_page(&doc);
	anchor = pdf_doc_anchor(&doc, "Titre « 1 » & <2>", 0);
	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_ANCHOR;
	op.anchor = anchor;
	op.y = 100;
	pdf_page_push(pg, &op);
	op.kind = PDF_OP_TEXT;
	op.font = PDF_BOLD;
	op.size = 12;
	op.x = 72;
	op.y = 120;
	op.text = text;
	op.len = sizeof(text) - 1;
	pdf_page_push(pg, &op);
	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_LINK;
	op.x = 72;
	op.y = 110;
	op.w = 100;
	op.h = 14;
	op.text = "https://example.org/?a=1&b=(2)";
	pdf_page_push(pg, &op);
	op.kind = PDF_OP_GOTO;
	op.text = NULL;
	op.anchor = anchor;
	op.y = 140;
	pdf_page_push(pg, &op);
	cr_assert((sheet = pdf_backend_sheet(&be, doc.width, doc.height)) !=
	    NULL);
	pdf_backend_draw(&be, sheet, &doc, 0, &pl);
	pdf_backend_finish(&be, &doc);
	memset(&info, 0, sizeof(info));
	info.title = "Bilan « sécurité » & <prévention> \"2025\" l'an";
	info.author = "Conseil d'Arrondissement & Cie";
	info.subject = "Tabs\tand ]]> and </rdf:li>";
	info.lang = "fr";
	info.date = 1767225600;
	pdf_backend_info(&be, &info);
	output_set_init(&out);
	cr_assert(pdf_backend_save(&be, &out.sink, "odd.pdf") == 0);
	cr_assert((f = output_set_find(&out, "odd.pdf")) != NULL);
	test_write_file("odd.pdf", f->data.data, f->data.len);
	output_set_release(&out);
	pdf_doc_release(&doc);
	pdf_fonts_release(&fonts);
	pdf_backend_close(&be);

	assert_rules("odd.pdf", 1);
	assert_preflight("odd.pdf");
	xmp = test_sh("qpdf --show-object=$(qpdf --show-object=trailer "
	    "odd.pdf | "
	    "sed 's/.*Root \\([0-9]*\\) .*/\\1/') odd.pdf | sed "
	    "'s/.*Metadata \\([0-9]*\\) .*/\\1/' | xargs -I{} qpdf "
	    "--show-object={} --filtered-stream-data odd.pdf", &st);
	cr_assert_eq(st, 0, "%s", xmp);
	cr_assert(strstr(xmp, "Bilan « sécurité » &amp; &lt;prévention&gt;")
	    != NULL, "%s", xmp);
	free(xmp);
}
