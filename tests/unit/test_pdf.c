/*
 * The typesetter (generator/render/pdf/): line breaking, hyphenation,
 * French no-break spaces, pagination (headings kept with what follows,
 * no widow or orphan line, table headers repeated), fonts.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf_font.h>
#include <hpdf_fontdef.h>

#include "../../generator/render/pdf/backend/pdf_backend.h"
#include "../../generator/render/pdf/backend/pdf_content.h"
#include "../../generator/render/pdf/documents/pdf_media.h"
#include "../../generator/render/pdf/documents/pdf_styles.h"
#include "../../generator/render/pdf/typeset/pdf_image.h"
#include "../../generator/render/pdf/typeset/pdf_layout.h"
#include "../../generator/util/image.h"

static struct pdf_backend	 be;
static struct pdf_fonts		 fonts;
static struct pdf_doc		 doc;
static struct pdf_layout	 L;
static struct diags		 pdf_diags;	/* what the PDF layers tell */

static void
setup(void)
{
	cr_assert(pdf_backend_open(&be, &pdf_diags) == 0);
	cr_assert(pdf_fonts_load(&fonts, be.pdf, pdf_fonts_lato,
	    &pdf_diags) == 0);
	pdf_doc_init(&doc, pdf_style_a4.width, pdf_style_a4.height);
	L.fonts = &fonts;
	L.style = &pdf_style_a4;
	L.doc = &doc;
	L.hyph = pdf_hyph_open(PDF_HYPH_FR, &pdf_diags);
	cr_assert(L.hyph != NULL);
}

static void
teardown(void)
{
	pdf_hyph_close(L.hyph);
	pdf_doc_release(&doc);
	pdf_fonts_release(&fonts);
	pdf_backend_close(&be);
}

TestSuite(pdf, .init = setup, .fini = teardown);

/* The lines of s at width, joined with "|". Caller frees. */
static char *
lines_of(const char *s, float size, float width)
{
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	struct buf		 b = BUF_INIT;
	size_t			 i;

	pdf_text_init(&t, size, PDF_JUSTIFY);
	pdf_text_add(&t, PDF_REGULAR, 0, s, strlen(s));
	pdf_text_break(&L, &t, width, &ls);
	for (i = 0; i < ls.n; i++) {
		if (i > 0)
			buf_putc(&b, '|');
		pdf_lines_string(&t, &ls, i, &b);
	}
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	return buf_detach(&b);
}

Test(pdf, paragraph_breaks_at_known_places)
{
	char	*got = lines_of("Le CLSPD réunit, autour du maire, les "
	    "services de l’État, la police nationale et la gendarmerie, "
	    "les bailleurs sociaux et les associations.", 10, 160);

	cr_assert_str_eq(got, "Le CLSPD réunit, autour du maire,|"
	    "les services de l’État, la police natio-|nale et la gendarmerie, "
	    "les bailleurs|sociaux et les associations.");
	free(got);
}

Test(pdf, long_word_is_hyphenated_the_french_way)
{
	char	*got = lines_of("La médiation anticonstitutionnellement "
	    "pratiquée.", 10, 90);

	cr_assert_str_eq(got, "La médiation anti-|constitutionnelle-|ment "
	    "pratiquée.");
	free(got);
}

/*
 * The PDF layers tell their failures through the diagnostics list, not on
 * stderr: the build prints them with the others.
 */
Test(pdf, missing_hyphenation_patterns_are_a_diagnostic)
{
	struct diags	 d = { 0 };
	FILE		*f = tmpfile();
	char		 text[256] = "";

	cr_assert_null(pdf_hyph_open("/nonexistent/hyph_xx.dic", &d));
	cr_assert_eq(d.errors, 1);
	cr_assert_not_null(f);
	diags_print(&d, f);
	rewind(f);
	cr_assert_not_null(fgets(text, sizeof(text), f));
	cr_assert_str_eq(text, "clspd: error: /nonexistent/hyph_xx.dic: "
	    "cannot read hyphenation patterns\n");
	fclose(f);
	diags_release(&d);
}

Test(pdf, hyphenation_points_of_a_word)
{
	char	 pts[32], out[64];
	size_t	 i, n = 0;
	const char *w = "Médiation";

	pdf_hyph_points(L.hyph, w, strlen(w), pts);
	for (i = 0; i < strlen(w); i++) {
		out[n++] = w[i];
		if (pts[i] == 1)
			out[n++] = '-';
	}
	out[n] = '\0';
	cr_assert_str_eq(out, "Mé-dia-tion");
}

/* No line starts with ; : ! ? % € » nor ends with «, at any width. */
Test(pdf, no_break_at_french_no_break_spaces)
{
	const char	*s = "Vous trouverez\xE2\x80\xAF: le bilan\xE2\x80\xAF; "
	    "les «\xC2\xA0indicateurs\xC2\xA0» et 15\xE2\x80\xAF" "000\xC2\xA0"
	    "€ soit 92\xE2\x80\xAF% des cibles\xE2\x80\xAF! Vraiment\xE2\x80\xAF?";
	static const char *const bad_start[] = { ";", ":", "!", "?", "%",
	    "\xE2\x82\xAC", "\xC2\xBB", "000" };
	float		 w;
	size_t		 k;

	for (w = 40; w <= 300; w += 3) {
		char	*got = lines_of(s, 10, w), *line, *save = NULL;

		for (line = strtok_r(got, "|", &save); line != NULL;
		    line = strtok_r(NULL, "|", &save)) {
			for (k = 0; k < sizeof(bad_start) / sizeof(*bad_start);
			    k++)
				cr_assert(strncmp(line, bad_start[k],
				    strlen(bad_start[k])) != 0,
				    "width %g: line '%s'", w, line);
			cr_assert(strcmp(line + strlen(line) - 2, "\xC2\xAB")
			    != 0, "width %g: line '%s'", w, line);
		}
		free(got);
	}
}

/* The no-break spaces keep the width the font gives them. */
Test(pdf, lato_has_the_glyphs_of_french_typography)
{
	static const uint32_t	 cps[] = { 0x202F, 0x00A0, 0x00AB, 0x00BB,
	    0x20AC, 0x0153, 0x2212, 0x2019, 0x2013, 0x2014 };
	size_t			 i, f;

	for (f = 0; f < PDF_FACE__MAX; f++) {
		HPDF_FontAttr	 attr = fonts.f[f].hpdf->attr;

		for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++)
			cr_assert(HPDF_TTFontDef_GetGlyphid(attr->fontdef,
			    (HPDF_UINT16)cps[i]) != 0, "face %zu, U+%04X", f,
			    cps[i]);
	}
	cr_assert(pdf_font_advance(&fonts.f[PDF_REGULAR], 0x202F) <
	    pdf_font_advance(&fonts.f[PDF_REGULAR], 'n'));
}

#define MARK 0x123456	/* the colour of the text under test */

static void
filler(struct pdf_flow *fl, int lines)
{
	int	 i;

	for (i = 0; i < lines; i++)
		pdf_flow_paragraph(fl, "Ligne de remplissage.", PDF_REGULAR,
		    9.5f, 0, PDF_LEFT);
}

static const char *const long_paragraph = "Les médiateurs ont "
    "contribué à résoudre 187 conflits entre le public et les "
    "institutions, bailleurs, services municipaux, réseau de bus, contre "
    "168 l’année précédente. Les signalements de tensions dans les "
    "transports continuent de baisser, sans atteindre encore la cible "
    "fixée pour l’année, et le groupe opérationnel en tiendra compte pour "
    "la suite de son travail avec tous les partenaires du territoire.";

/* Number of TEXT ops of colour MARK on page i. */
static size_t
marked(size_t i)
{
	size_t	 k, n = 0;

	for (k = 0; k < doc.pages[i].n; k++)
		n += doc.pages[i].ops[k].kind == PDF_OP_TEXT &&
		    doc.pages[i].ops[k].color == MARK;
	return n;
}

Test(pdf, no_widow_nor_orphan_line)
{
	int	 fill, split = 0;
	size_t	 i;

	for (fill = 40; fill < 75; fill++) {
		struct pdf_flow	 fl;

		pdf_doc_release(&doc);
		pdf_doc_init(&doc, pdf_style_a4.width, pdf_style_a4.height);
		pdf_flow_init(&fl, &L);
		filler(&fl, fill);
		pdf_flow_paragraph(&fl, long_paragraph, PDF_REGULAR, 9.5f,
		    MARK, PDF_JUSTIFY);
		pdf_flow_paginate(&fl, &doc);
		for (i = 0; i < doc.npages; i++) {
			cr_assert(marked(i) != 1, "fill %d: page %zu has 1 "
			    "line of the paragraph", fill, i);
			split += marked(i) > 0 && marked(i) < 5;
		}
		pdf_flow_release(&fl);
	}
	cr_assert(split > 0, "the paragraph was never split");
}

Test(pdf, heading_is_never_last_on_its_page)
{
	int	 fill, a;

	for (fill = 40; fill < 70; fill++) {
		struct pdf_flow	 fl;
		size_t		 i, page_of_next = 0;

		pdf_doc_release(&doc);
		pdf_doc_init(&doc, pdf_style_a4.width, pdf_style_a4.height);
		pdf_flow_init(&fl, &L);
		filler(&fl, fill);
		a = pdf_doc_anchor(&doc, "Titre", 1);
		pdf_flow_heading(&fl, 2, "Titre", a, -1);
		pdf_flow_paragraph(&fl, "Suite du titre.", PDF_REGULAR, 9.5f,
		    MARK, PDF_LEFT);
		pdf_flow_paginate(&fl, &doc);
		for (i = 0; i < doc.npages; i++)
			if (marked(i) > 0)
				page_of_next = i;
		cr_assert_eq((size_t)doc.anchors[a].page, page_of_next,
		    "fill %d", fill);
		pdf_flow_release(&fl);
	}
}

Test(pdf, split_table_repeats_its_header)
{
	static const float	 w[] = { 0.5f, 0.5f };
	struct pdf_flow		 fl;
	struct pdf_table	 tb;
	size_t			 i, k, headers;
	char			 row[32];

	pdf_flow_init(&fl, &L);
	filler(&fl, 10);
	pdf_table_begin(&tb, &fl, 2, w, NULL);
	pdf_table_cell(&tb, "EnTete", PDF_BOLD);
	pdf_table_cell(&tb, "Montant", PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (i = 0; i < 120; i++) {
		snprintf(row, sizeof(row), "Ligne %zu", i);
		pdf_table_cell(&tb, arena_strdup(doc.arena, row), PDF_REGULAR);
		pdf_table_cell(&tb, "10 €", PDF_REGULAR);
		pdf_table_row(&tb, PDF_ROW_BODY);
	}
	pdf_table_end(&tb);
	pdf_flow_paginate(&fl, &doc);
	cr_assert_gt(doc.npages, 2);
	for (i = 0; i < doc.npages; i++) {
		for (k = 0, headers = 0; k < doc.pages[i].n; k++)
			headers += doc.pages[i].ops[k].kind == PDF_OP_TEXT &&
			    strcmp(doc.pages[i].ops[k].text, "EnTete") == 0;
		cr_assert_eq(headers, 1, "page %zu", i);
	}
	pdf_flow_release(&fl);
}

/* A page's list drawn at another place and scale: an imposed sheet. */
Test(pdf, backend_draws_a_page_anywhere_on_a_sheet)
{
	struct pdf_flow		 fl;
	struct pdf_place	 left = { 0, 0, 0.7071f, { 0, 0, 0, 0 } };
	struct pdf_place	 right = { 420.9f, 0, 0.7071f, { 0, 0, 0, 0 } };
	struct sink		*s;
	struct output_set	 out;
	HPDF_Page		 sheet;

	pdf_flow_init(&fl, &L);
	pdf_flow_paragraph(&fl, long_paragraph, PDF_REGULAR, 9.5f, 0,
	    PDF_JUSTIFY);
	pdf_flow_paginate(&fl, &doc);
	be.fonts = &fonts;
	sheet = pdf_backend_sheet(&be, 841.89f, 595.28f);
	pdf_backend_draw(&be, sheet, &doc, 0, &left);
	pdf_backend_draw(&be, sheet, &doc, 0, &right);
	pdf_backend_finish(&be, &doc);
	output_set_init(&out);
	s = &out.sink;
	cr_assert(pdf_backend_save(&be, s, "x.pdf") == 0);
	cr_assert(output_set_find(&out, "x.pdf") != NULL);
	cr_assert(memcmp(output_set_find(&out, "x.pdf")->data.data, "%PDF-",
	    5) == 0);
	output_set_release(&out);
	pdf_flow_release(&fl);
}

/*
 * More pages than one node of libharu's page tree holds (8,191): a
 * 10,000-action report has some 40,000.
 */
Test(pdf, backend_writes_more_than_8191_pages)
{
	struct output_set	 out;
	const struct output_file *f;
	char			 path[] = "/tmp/clspd-pages-XXXXXX", cmd[64];
	char			 line[256];
	FILE			*p;
	size_t			 i;
	int			 fd, found = 0;

	for (i = 0; i < 8200; i++)
		cr_assert(pdf_backend_sheet(&be, 595.28f, 841.89f) != NULL,
		    "sheet %zu", i);
	output_set_init(&out);
	cr_assert(pdf_backend_save(&be, &out.sink, "big.pdf") == 0);
	f = output_set_find(&out, "big.pdf");
	cr_assert(f != NULL);
	cr_assert((fd = mkstemp(path)) != -1);
	cr_assert(write(fd, f->data.data, f->data.len) ==
	    (ssize_t)f->data.len);
	close(fd);
	output_set_release(&out);
	snprintf(cmd, sizeof(cmd), "pdfinfo %s", path);
	cr_assert((p = popen(cmd, "r")) != NULL);
	while (fgets(line, sizeof(line), p) != NULL)
		found |= strcmp(line, "Pages:           8200\n") == 0;
	cr_assert_eq(pclose(p), 0);
	unlink(path);
	cr_assert(found, "pdfinfo does not count 8,200 pages");
}

/*
 * The content stream of a display list, operator by operator: the text
 * in two-byte codes with PDF's escapes, a justified run as one TJ array,
 * colours and shapes, the place's transform.
 */
Test(pdf, content_stream_of_a_page)
{
	static const char	 names[PDF_FACE__MAX][8] = { "F1", "F2", "F3",
				    "F4", "F5" };
	struct pdf_doc		 d;
	struct pdf_page		*pg;
	struct pdf_place	 pl = { 10, 20, 0.5f, { 0, 0, 0, 0 } };
	struct buf		 out = BUF_INIT;
	static const char	 want[] =
	    "q\n0.5 0 0 0.5 10 180 cm\n"
	    "BT\n1 0 0 rg\n/F2 10 Tf\n1 0 0 1 5 150 Tm\n"
	    "(\0\\(\0\xE9\0\\)\0\\\\) Tj\n"
	    "1 0 0 1 5 137.5 Tm\n"
	    "[(\0a\0 ) -125 (\0b)] TJ\n"
	    "ET\n0.2 0.4 0.6 rg\n1 194 3 4 re f\n"
	    "0.5 w\n0 190 m 50 190 l S\nQ\n";

	pdf_doc_init(&d, 100, 200);
	pg = pdf_doc_add_page(&d);
	pdf_page_push(pg, &(struct pdf_op){ .kind = PDF_OP_TEXT,
	    .font = PDF_BOLD, .color = 0xFF0000, .x = 5, .y = 50, .size = 10,
	    .text = "(é)\\", .len = 5 });
	pdf_page_push(pg, &(struct pdf_op){ .kind = PDF_OP_TEXT,
	    .font = PDF_BOLD, .color = 0xFF0000, .x = 5, .y = 62.5f,
	    .size = 10, .word_spacing = 1.25f, .text = "a b", .len = 3 });
	pdf_page_push(pg, &(struct pdf_op){ .kind = PDF_OP_RECT,
	    .color = 0x336699, .x = 1, .y = 2, .w = 3, .h = 4 });
	pdf_page_push(pg, &(struct pdf_op){ .kind = PDF_OP_LINE,
	    .color = 0x000000, .x = 0, .y = 10, .w = 50, .h = 0,
	    .size = 0.5f });
	pdf_content_page(&out, &d, 0, &pl,
	    &(struct pdf_content_sheet){ 300, names, NULL });
	cr_assert_eq(out.len, sizeof(want) - 1, "%zu bytes: %.*s", out.len,
	    (int)out.len, out.data);
	cr_assert(memcmp(out.data, want, out.len) == 0, "%.*s",
	    (int)out.len, out.data);
	buf_release(&out);
	pdf_doc_release(&d);
}

/* The long paragraph n times, in the document's arena. */
static const char *
repeated(size_t n)
{
	struct buf	 b = BUF_INIT;
	const char	*s;
	size_t		 i;

	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i > 0 ? " " : "", long_paragraph);
	s = arena_strdup(doc.arena, buf_cstr(&b));
	buf_release(&b);
	return s;
}

/* A table after fill lines: a header, then a row of text in MARK. */
static void
table_with_row(struct pdf_flow *fl, int fill, const char *text)
{
	static const float	 w[] = { 0.3f, 0.7f };
	struct pdf_table	 tb;

	filler(fl, fill);
	pdf_table_begin(&tb, fl, 2, w, NULL);
	pdf_table_cell(&tb, "EnTete", PDF_BOLD);
	pdf_table_cell(&tb, "Note", PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	pdf_table_cell(&tb, "Financeur", PDF_REGULAR);
	pdf_table_cell(&tb, text, PDF_ITALIC)->v[0].color = MARK;
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_cell(&tb, "Fin", PDF_REGULAR);
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_end(&tb);
}

/* Whether page i holds a text op whose text is s. */
static int
has_text(size_t i, const char *s)
{
	size_t	 k;

	for (k = 0; k < doc.pages[i].n; k++)
		if (doc.pages[i].ops[k].kind == PDF_OP_TEXT &&
		    strcmp(doc.pages[i].ops[k].text, s) == 0)
			return 1;
	return 0;
}

/*
 * A row taller than a page (a 9,600-character note) splits between its
 * lines, under the header repeated; nothing runs into the bottom margin
 * and no header is left without a line of the row under it.
 */
Test(pdf, table_row_taller_than_a_page_splits_by_lines)
{
	const struct pdf_style	*st = &pdf_style_a4;
	const char		*text = repeated(24);
	struct pdf_flow		 fl;
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	size_t			 i, k, lines = 0;
	int			 fill;

	cr_assert_gt(strlen(text), 9600);
	pdf_text_init(&t, st->small_size, PDF_LEFT);
	pdf_text_add(&t, PDF_ITALIC, MARK, text, strlen(text));
	pdf_text_break(&L, &t, 0.7f * (st->width - st->margin_left -
	    st->margin_right) - 8, &ls);
	for (fill = 0; fill < 60; fill += 7) {
		pdf_doc_release(&doc);
		pdf_doc_init(&doc, st->width, st->height);
		text = repeated(24);
		pdf_flow_init(&fl, &L);
		table_with_row(&fl, fill, text);
		pdf_flow_paginate(&fl, &doc);
		cr_assert_geq(doc.npages, 2);
		for (i = 0, lines = 0; i < doc.npages; i++) {
			for (k = 0; k < doc.pages[i].n; k++)
				cr_assert_leq(doc.pages[i].ops[k].y,
				    st->height - st->margin_bottom + 0.01f,
				    "fill %d, page %zu: op %zu below the "
				    "frame", fill, i, k);
			if (has_text(i, "EnTete"))
				cr_assert(marked(i) > 0 || has_text(i, "Fin"),
				    "fill %d: page %zu: a header alone", fill,
				    i);
			lines += marked(i);
		}
		cr_assert_eq(lines, ls.n, "fill %d: %zu lines of %zu drawn",
		    fill, lines, ls.n);
		pdf_flow_release(&fl);
	}
	pdf_lines_release(&ls);
	pdf_text_release(&t);
}

/*
 * A row that fits on a page but not in the room left moves whole; one
 * taller than a third of a page starts in the room left instead of
 * leaving a gap.
 */
Test(pdf, table_row_moves_whole_unless_very_tall)
{
	struct pdf_flow	 fl;
	size_t		 i, pages;

	pdf_flow_init(&fl, &L);
	table_with_row(&fl, 33, repeated(2));
	pdf_flow_paginate(&fl, &doc);
	for (i = 0, pages = 0; i < doc.npages; i++)
		pages += marked(i) > 0;
	cr_assert_eq(pages, 1, "a 10-line row split over %zu pages", pages);
	pdf_flow_release(&fl);

	pdf_doc_release(&doc);
	pdf_doc_init(&doc, pdf_style_a4.width, pdf_style_a4.height);
	pdf_flow_init(&fl, &L);
	table_with_row(&fl, 30, repeated(6));
	pdf_flow_paginate(&fl, &doc);
	cr_assert_gt(marked(0), 2, "a very tall row left a gap");
	cr_assert_gt(marked(1), 2);
	pdf_flow_release(&fl);
}

/* The widest line of s at width, in points. */
static float
widest_line(const char *s, int font, float width)
{
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	float			 w = 0;
	size_t			 i;

	pdf_text_init(&t, 9.5f, PDF_JUSTIFY);
	pdf_text_add(&t, font, 0, s, strlen(s));
	pdf_text_break(&L, &t, width, &ls);
	for (i = 0; i < ls.n; i++)
		w = ls.v[i].natural > w ? ls.v[i].natural : w;
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	return w;
}

/*
 * An address wider than the line starts in the room left (no line
 * stretched to fill it) and breaks after "/", "?", "&", "-", "_" or "="
 * without a hyphen; a word with none of them breaks anywhere.
 */
Test(pdf, word_wider_than_the_line_breaks_inside)
{
	static const char url[] = "https://www.prefecture.gouv.fr/content/"
	    "download/123456/strategie_departementale-prevention_delinquance"
	    "?format=pdf&version=2025-finale";
	char		 text[512], *got, *line, *save = NULL, joined[512];
	size_t		 n = 0;
	float		 w;

	snprintf(text, sizeof(text), "Le texte est en ligne %s pour tous.",
	    url);
	for (w = 60; w <= 300; w += 20) {
		cr_assert_leq(widest_line(text, PDF_REGULAR, w), w + 0.01f,
		    "width %g", w);
		cr_assert_leq(widest_line("int x = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;", PDF_REGULAR, w), w + 0.01f,
		    "width %g", w);
	}
	got = lines_of(text, 9.5f, 200);
	cr_assert(strncmp(got, "Le texte est en ligne https:", 28) == 0, "%s",
	    got);
	joined[0] = '\0';
	for (line = strtok_r(got, "|", &save); line != NULL;
	    line = strtok_r(NULL, "|", &save), n++) {
		char	 last = line[strlen(line) - 1];

		if (strstr(line, "pour tous") == NULL && n > 0)
			cr_assert(strchr("/?&-_=", last) != NULL,
			    "line '%s' ends inside a name", line);
		strncat(joined, line, sizeof(joined) - strlen(joined) - 1);
	}
	cr_assert(strstr(joined, url) != NULL, "no hyphen added: %s", joined);
	free(got);
}

/* Every text op of every page lies within the text frame's sides. */
static void
assert_text_inside_frame(const char *what)
{
	const struct pdf_style	*st = &pdf_style_a4;
	size_t			 i, k;

	for (i = 0; i < doc.npages; i++)
		for (k = 0; k < doc.pages[i].n; k++) {
			const struct pdf_op	*op = &doc.pages[i].ops[k];
			float			 w;

			if (op->kind != PDF_OP_TEXT)
				continue;
			w = (float)pdf_font_width(&fonts.f[op->font], op->text,
			    op->len, op->size);
			cr_assert_geq(op->x, st->margin_left - 0.01f,
			    "%s: '%.*s' starts left of the frame", what,
			    (int)op->len, op->text);
			cr_assert_leq(op->x + w, st->width - st->margin_right +
			    0.01f, "%s: '%.*s' ends right of the frame", what,
			    (int)op->len, op->text);
		}
}

static const char long_title[] = "Nombre d’interventions de médiation "
    "réalisées dans l’espace public, les transports en commun et les "
    "halls d’immeubles des bailleurs sociaux (nombre)";

/*
 * Bar labels of 90 characters stay in the frame: the label column grows
 * up to 40 % of it, the labels wrap on two lines and end with "…"
 * beyond, each still told apart; long values end within it too.
 */
Test(pdf, bar_chart_labels_stay_inside_the_frame)
{
	struct chart_bar	 bars[12];
	struct chart		 c;
	struct pdf_flow		 fl;
	char			 label[256];
	size_t			 i, k, n = 0;

	memset(&c, 0, sizeof(c));
	memset(bars, 0, sizeof(bars));
	c.title = "Répartition par lieu";
	c.bars = bars;
	c.nbars = 12;
	for (i = 0; i < c.nbars; i++) {
		snprintf(label, sizeof(label), "Quartier prioritaire de la "
		    "politique de la ville des Hauts-de-Chiffreville, îlot %zu, "
		    "abords%s", i, i % 2 ? " de l’école élémentaire "
		    "Jules-Ferry et du collège Jean-Moulin" : "");
		bars[i].label = arena_strdup(doc.arena, label);
		bars[i].value = "1 234 567 890,25 €";
		bars[i].share = "12,5 %";
		bars[i].height = (double)(i + 1) / 12;
		bars[i].priority = i == 3;
	}
	pdf_flow_init(&fl, &L);
	pdf_flow_chart_bars(&fl, &c, "Priorité");
	pdf_flow_paginate(&fl, &doc);
	assert_text_inside_frame("bars");
	/* The ellipsis, and the îlot numbers on the first lines. */
	for (k = 0; k < doc.pages[0].n; k++)
		n += doc.pages[0].ops[k].kind == PDF_OP_TEXT &&
		    strstr(doc.pages[0].ops[k].text, "\xE2\x80\xA6") != NULL;
	cr_assert_eq(n, 6, "%zu labels shortened", n);
	for (i = 0; i < c.nbars; i++) {
		snprintf(label, sizeof(label), "îlot %zu,", i);
		for (k = 0, n = 0; k < doc.pages[0].n; k++)
			n += doc.pages[0].ops[k].kind == PDF_OP_TEXT &&
			    strstr(doc.pages[0].ops[k].text, label) != NULL;
		cr_assert_eq(n, 1, "'%s' drawn %zu times", label, n);
	}
	pdf_flow_release(&fl);
}

/*
 * Charts' titles of 140 characters wrap within the frame; wide tick
 * labels move the axis rather than go past the left side.
 */
Test(pdf, chart_titles_wrap)
{
	struct chart_bar	 bars[2];
	struct chart		 c;
	struct pdf_flow		 fl;

	memset(&c, 0, sizeof(c));
	memset(bars, 0, sizeof(bars));
	c.title = long_title;
	c.bars = bars;
	c.nbars = 2;
	bars[0].label = "2024";
	bars[0].value = "12";
	bars[0].height = 0.5;
	bars[1].label = "2025";
	bars[1].value = "24";
	bars[1].height = 1;
	c.nticks = 2;
	c.ticks[0].label = "0";
	c.ticks[1].pos = 1;
	c.ticks[1].label = "1 000 000 000";
	pdf_flow_init(&fl, &L);
	pdf_flow_chart_years(&fl, &c, "Cible");
	pdf_flow_chart_bars(&fl, &c, NULL);
	pdf_flow_paginate(&fl, &doc);
	assert_text_inside_frame("years");
	pdf_flow_release(&fl);
}

/* The size of the first text op whose text is s on page 0, or 0. */
static float
size_of(const char *s)
{
	size_t	 k;

	for (k = 0; k < doc.pages[0].n; k++)
		if (doc.pages[0].ops[k].kind == PDF_OP_TEXT &&
		    strcmp(doc.pages[0].ops[k].text, s) == 0)
			return doc.pages[0].ops[k].size;
	return 0;
}

/*
 * Markdown's six heading levels, in an action's columns (below their
 * level-3 headings): six sizes, decreasing, all below the column's.
 */
Test(pdf, markdown_heading_levels_have_distinct_sizes)
{
	static const char md[] = "# Un\n\n## Deux\n\n### Trois\n\n#### Quatre"
	    "\n\n##### Cinq\n\n###### Six\n";
	static const char *const names[] = { "Un", "Deux", "Trois",
	    "Quatre", "Cinq", "Six" };
	cmark_node	*root = cmark_parse_document(md, sizeof(md) - 1, 0);
	struct pdf_flow	 fl;
	float		 prev = pdf_style_a4.heading_size[2], s;
	size_t		 i;

	pdf_flow_init(&fl, &L);
	pdf_flow_markdown(&fl, root, 3);
	pdf_flow_paginate(&fl, &doc);
	for (i = 0; i < 6; i++) {
		s = size_of(names[i]);
		cr_assert_gt(s, 0, "%s not drawn", names[i]);
		cr_assert_lt(s, prev, "%s: %g pt, not below %g pt", names[i],
		    s, prev);
		prev = s;
	}
	pdf_flow_release(&fl);
	cmark_node_free(root);
}

static int
by_y(const void *a, const void *b)
{
	const struct pdf_op	*x = a, *y = b;

	return x->y < y->y ? -1 : x->y > y->y;
}

/*
 * A block quote holding a list: one bar, at the quote's own left (not
 * at the list's, over its markers), continuous from its first line to
 * its last; a quote in it adds a second bar.
 */
Test(pdf, quote_bar_runs_at_its_left_across_its_blocks)
{
	static const char md[] = "Avant.\n\n> Citation avec une liste :\n>\n"
	    "> - un\n> - deux\n>\n> > Dedans.\n>\n> Fin.\n\nApr\xC3\xA8s.\n";
	cmark_node	*root = cmark_parse_document(md, sizeof(md) - 1, 0);
	struct pdf_flow	 fl;
	struct pdf_op	 bars[64];
	size_t		 k, n = 0, inner = 0;
	float		 x0 = pdf_style_a4.margin_left + 4, end;

	pdf_flow_init(&fl, &L);
	pdf_flow_markdown(&fl, root, 1);
	pdf_flow_paginate(&fl, &doc);
	for (k = 0; k < doc.pages[0].n && n < 64; k++)
		if (doc.pages[0].ops[k].kind == PDF_OP_RECT &&
		    doc.pages[0].ops[k].w == 2)
			bars[n++] = doc.pages[0].ops[k];
	cr_assert_gt(n, 0);
	qsort(bars, n, sizeof(bars[0]), by_y);
	for (k = 0, end = -1; k < n; k++) {
		if (bars[k].x > x0 + 0.01f) {
			cr_assert_float_eq(bars[k].x, x0 + 14, 0.01f,
			    "a bar at %g", bars[k].x);
			inner++;
			continue;
		}
		cr_assert_float_eq(bars[k].x, x0, 0.01f);
		if (end >= 0)
			cr_assert_float_eq(bars[k].y, end, 0.01f,
			    "a gap in the bar at %g", end);
		end = bars[k].y + bars[k].h;
	}
	cr_assert_gt(inner, 0, "no bar for the inner quote");
	pdf_flow_release(&fl);
	cmark_node_free(root);
}

/*
 * The text of every TEXT op of every page, in order, joined without
 * separators and without "-", so that a word broken across lines (with
 * or without a hyphen) reads whole. Caller frees.
 */
static char *
drawn_text(void)
{
	struct buf	 b = BUF_INIT;
	size_t		 i, k, j;

	for (i = 0; i < doc.npages; i++)
		for (k = 0; k < doc.pages[i].n; k++) {
			const struct pdf_op	*op = &doc.pages[i].ops[k];

			if (op->kind != PDF_OP_TEXT)
				continue;
			for (j = 0; j < op->len; j++)
				if (op->text[j] != '-')
					buf_putc(&b, op->text[j]);
		}
	return buf_detach(&b);
}

/* Lays out the Markdown md (a buffer) on fresh pages of doc. */
static void
flow_markdown_of(struct buf *md)
{
	cmark_node	*root = cmark_parse_document(md->data, md->len, 0);
	struct pdf_flow	 fl;

	cr_assert(root != NULL);
	pdf_doc_release(&doc);
	pdf_doc_init(&doc, pdf_style_a4.width, pdf_style_a4.height);
	pdf_flow_init(&fl, &L);
	pdf_flow_markdown(&fl, root, 1);
	pdf_flow_paginate(&fl, &doc);
	pdf_flow_release(&fl);
	cmark_node_free(root);
}

/* Whether cmark's iterator gives node an exit event (a container). */
static int
is_container(cmark_node *node)
{
	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
	case CMARK_NODE_CODE:
	case CMARK_NODE_HTML_INLINE:
	case CMARK_NODE_CODE_BLOCK:
	case CMARK_NODE_HTML_BLOCK:
	case CMARK_NODE_THEMATIC_BREAK:
		return 0;
	default:
		return 1;
	}
}

/* The deepest nesting of the tree of md, as cmark parses it. */
static int
nesting_of(struct buf *md)
{
	cmark_node	*root = cmark_parse_document(md->data, md->len, 0);
	cmark_iter	*it = cmark_iter_new(root);
	cmark_event_type ev;
	int		 depth = 0, max = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev == CMARK_EVENT_ENTER &&
		    is_container(cmark_iter_get_node(it)))
			max = ++depth > max ? depth : max;
		else if (ev == CMARK_EVENT_EXIT)
			depth--;
	}
	cmark_iter_free(it);
	cmark_node_free(root);
	return max;
}

/* The face of the first text op that holds s, or -1. */
static int
font_of(const char *s)
{
	size_t	 i, k;

	for (i = 0; i < doc.npages; i++)
		for (k = 0; k < doc.pages[i].n; k++)
			if (doc.pages[i].ops[k].kind == PDF_OP_TEXT &&
			    strstr(doc.pages[i].ops[k].text, s) != NULL)
				return doc.pages[i].ops[k].font;
	return -1;
}

/*
 * Nesting deeper than the renderer's cap still shows its content, flat
 * at the capped indent or without further styling: a list 200 levels
 * deep with an emphasis in each item, a quote 3,000 deep with text at
 * many levels, 600 nested emphases.
 */
Test(pdf, deep_markdown_keeps_all_its_text)
{
	struct buf	 md = BUF_INIT;
	char		*got, want[32];
	int		 i, j;

	for (i = 0; i < 200; i++)
		buf_printf(&md, "%*s- niv%dz *emph%dz*\n", 2 * i, "", i, i);
	cr_assert_geq(nesting_of(&md), 200);
	flow_markdown_of(&md);
	got = drawn_text();
	for (i = 0; i < 200; i++) {
		snprintf(want, sizeof(want), "niv%dz", i);
		cr_assert(strstr(got, want) != NULL, "list: %s missing", want);
		snprintf(want, sizeof(want), "emph%dz", i);
		cr_assert(strstr(got, want) != NULL, "list: %s missing", want);
	}
	assert_text_inside_frame("list");
	free(got);

	buf_truncate(&md, 0);
	for (i = 1; i <= 3000; i++) {
		if (i > 40 && i % 100 != 0)
			continue;
		for (j = 0; j < i; j++)
			buf_putc(&md, '>');
		buf_printf(&md, " cit%dz\n", i);
	}
	cr_assert_geq(nesting_of(&md), 3000);
	flow_markdown_of(&md);
	got = drawn_text();
	for (i = 1; i <= 3000; i++) {
		if (i > 40 && i % 100 != 0)
			continue;
		snprintf(want, sizeof(want), "cit%dz", i);
		cr_assert(strstr(got, want) != NULL, "quote: %s missing", want);
	}
	assert_text_inside_frame("quote");
	free(got);

	buf_truncate(&md, 0);
	for (i = 0; i < 600; i++)
		buf_printf(&md, "*e%dz ", i);
	buf_puts(&md, "coeur");
	for (i = 599; i >= 0; i--)
		buf_printf(&md, " f%dz*", i);
	buf_putc(&md, '\n');
	cr_assert_geq(nesting_of(&md), 600);
	flow_markdown_of(&md);
	got = drawn_text();
	cr_assert(strstr(got, "coeur") != NULL, "emphasis: coeur missing");
	for (i = 0; i < 600; i++) {
		snprintf(want, sizeof(want), "e%dz", i);
		cr_assert(strstr(got, want) != NULL, "emphasis: %s missing",
		    want);
		snprintf(want, sizeof(want), "f%dz", i);
		cr_assert(strstr(got, want) != NULL, "emphasis: %s missing",
		    want);
	}
	cr_assert_eq(font_of("coeur"), PDF_ITALIC);
	free(got);
	buf_release(&md);
}

/*
 * 100,000 levels of lists, quotes, emphases and images, as far as cmark
 * nests them: the deepest text is drawn, and the stack holds.
 */
Test(pdf, markdown_nested_100000_deep_holds)
{
	static const char *const open[] = { "- ", ">", "*", "![" };
	static const char *const close[] = { "", "", "*", "](x.png)" };
	struct buf	 md = BUF_INIT;
	char		*got;
	size_t		 k;
	int		 i;

	for (k = 0; k < sizeof(open) / sizeof(open[0]); k++) {
		buf_truncate(&md, 0);
		for (i = 0; i < 100000; i++)
			buf_puts(&md, open[k]);
		buf_puts(&md, " profond ");
		for (i = 0; i < 100000; i++)
			buf_puts(&md, close[k]);
		buf_putc(&md, '\n');
		flow_markdown_of(&md);
		got = drawn_text();
		cr_assert(strstr(got, "profond") != NULL, "%s: nesting %d, "
		    "text missing", open[k], nesting_of(&md));
		free(got);
	}
	buf_release(&md);
}

/* Every op of every page lies within the frame's top and bottom. */
static void
assert_ops_inside_frame_vertically(const char *what)
{
	const struct pdf_style	*st = &pdf_style_a4;
	size_t			 i, k;

	for (i = 0; i < doc.npages; i++)
		for (k = 0; k < doc.pages[i].n; k++) {
			const struct pdf_op	*op = &doc.pages[i].ops[k];

			if (op->kind != PDF_OP_TEXT)
				continue;
			cr_assert_geq(op->y - op->size, st->margin_top - 0.01f,
			    "%s: page %zu: '%.20s' above the frame", what, i,
			    op->text);
			cr_assert_leq(op->y, st->height - st->margin_bottom +
			    0.01f, "%s: page %zu: '%.20s' below the frame",
			    what, i, op->text);
		}
}

/* s without its spaces and "-". Caller frees. */
static char *
squeezed(const char *s)
{
	struct buf	 b = BUF_INIT;

	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '-')
			buf_putc(&b, *s);
	return buf_detach(&b);
}

/* Whether the text drawn, squeezed, holds s squeezed. */
static int
drawn_whole(const char *s)
{
	char	*got = drawn_text(), *g = squeezed(got), *w = squeezed(s);
	int	 ok = strstr(g, w) != NULL;

	free(got);
	free(g);
	free(w);
	return ok;
}

/*
 * A Markdown image that is none of the content's media (here, no media
 * at all) is drawn as its alternative text: no text is lost.
 */
Test(pdf, markdown_image_is_its_alt_text)
{
	struct buf	 md = BUF_INIT;

	buf_puts(&md, "Voir ![le plan du *quartier*](plan.png) ici.\n\n"
	    "![Carte des secteurs](carte.png)\n\n"
	    "[![logo de la ville](logo.png)](https://ville.example/)\n");
	flow_markdown_of(&md);
	cr_assert(drawn_whole("Voir le plan du quartier ici."));
	cr_assert(drawn_whole("Carte des secteurs"));
	cr_assert(drawn_whole("logo de la ville"));
	buf_release(&md);
}

/*
 * A Markdown image of the layout's media (the engine's own struct
 * pdf_images, as the documents fill it) is drawn as an image op, its alternative text not printed; the
 * same file twice is one image of the document, of the file's size.
 */
Test(pdf, markdown_image_of_the_media_is_drawn_once_per_file)
{
	static char		 path[] = "media/plan.png";
	static char		 bytes[] = "not decoded by the layout";
	struct pdf_image_src	 files[] = {
		{ path, IMAGE_PNG, 300, 200, bytes,
		    sizeof(bytes) - 1 },
	};
	struct pdf_images	 media = { files, 1 };
	struct buf		 md = BUF_INIT;
	size_t			 i, k, ops = 0;

	buf_puts(&md, "Le plan : ![le plan](media/plan.png)\n\n"
	    "![encore](media/plan.png) ![absent](media/carte.png)\n");
	L.media = &media;
	flow_markdown_of(&md);
	L.media = NULL;
	for (i = 0; i < doc.npages; i++)
		for (k = 0; k < doc.pages[i].n; k++)
			if (doc.pages[i].ops[k].kind == PDF_OP_IMAGE) {
				cr_assert_eq(doc.pages[i].ops[k].anchor, 0);
				ops++;
			}
	cr_assert_eq(ops, 2);
	cr_assert_eq(doc.nimages, 1);
	cr_assert_eq(doc.images[0].data, bytes);
	cr_assert_eq(doc.images[0].format, IMAGE_PNG);
	cr_assert_eq(doc.images[0].width, 300);
	cr_assert_eq(doc.images[0].height, 200);
	cr_assert(drawn_whole("Le plan : absent"));
	cr_assert(!drawn_whole("encore"));
	buf_release(&md);
}

/*
 * The documents hand the view's media to the engine as its own table:
 * each file as the loader read it, its bytes not copied (the same bytes
 * stay one image of a document), found by its path; no logo is no
 * image.
 */
Test(pdf, view_media_become_the_engines_images)
{
	static char		 a[] = "media/a.png", b[] = "media/b.jpg";
	static char		 bytes_a[] = "png", bytes_b[] = "jpeg";
	struct media_file	 files[] = {
		{ a, IMAGE_PNG, 30, 20, bytes_a, 3 },
		{ b, IMAGE_JPEG, 40, 10, bytes_b, 4 },
	};
	struct view_media	 media = { files, 2 };
	struct pdf_images	 images;
	struct pdf_image_src	 logo;
	const struct pdf_image_src *f;

	pdf_media_images(&images, &media);
	cr_assert_eq(images.n, 2);
	cr_assert_not_null(f = pdf_images_find(&images, "media/b.jpg"));
	cr_assert_eq(f->data, bytes_b);
	cr_assert_eq(f->len, 4);
	cr_assert_eq(f->format, IMAGE_JPEG);
	cr_assert_eq(f->width, 40);
	cr_assert_eq(f->height, 10);
	cr_assert_null(pdf_images_find(&images, "media/c.png"));
	cr_assert_null(pdf_images_find(NULL, "media/a.png"));
	cr_assert_eq(pdf_media_image(&files[0], &logo), &logo);
	cr_assert_eq(pdf_doc_image(&doc, &logo),
	    pdf_doc_image(&doc, pdf_images_find(&images, "media/a.png")));
	cr_assert_null(pdf_media_image(NULL, &logo));
	cr_assert_eq(pdf_doc_image(&doc, NULL), -1);
	pdf_media_release(&images);
	cr_assert_null(images.v);
	media.n = 0;
	pdf_media_images(&images, &media);
	cr_assert_eq(images.n, 0);
	cr_assert_null(pdf_images_find(&images, "media/a.png"));
	pdf_media_release(&images);
}

/* Whether the text drawn in MARK, squeezed, is s squeezed. */
static int
marked_whole(const char *s)
{
	struct buf	 b = BUF_INIT;
	char		*g, *w = squeezed(s);
	size_t		 i, k;
	int		 ok;

	for (i = 0; i < doc.npages; i++)
		for (k = 0; k < doc.pages[i].n; k++)
			if (doc.pages[i].ops[k].kind == PDF_OP_TEXT &&
			    doc.pages[i].ops[k].color == MARK)
				buf_put(&b, doc.pages[i].ops[k].text,
				    doc.pages[i].ops[k].len);
	g = squeezed(buf_cstr(&b));
	ok = strcmp(g, w) == 0;
	free(g);
	free(w);
	buf_release(&b);
	return ok;
}

/*
 * The annex's partners table after some lines, with text in MARK in
 * column col of its row: drawn whole, inside the frame, across pages.
 */
static void
partners_table(const char *text, size_t col, const char *what)
{
	static const float	 w[] = { 0.32f, 0.2f, 0.48f };
	static const char *const other[] = { "Association des médiateurs",
	    "Association", "Pilote : Médiation sociale" };
	struct pdf_flow		 fl;
	struct pdf_table	 tb;
	size_t			 c;

	pdf_doc_release(&doc);
	pdf_doc_init(&doc, pdf_style_a4.width, pdf_style_a4.height);
	pdf_flow_init(&fl, &L);
	filler(&fl, 20);
	pdf_table_begin(&tb, &fl, 3, w, NULL);
	pdf_table_cell(&tb, "Partenaire", PDF_BOLD);
	pdf_table_cell(&tb, "Type", PDF_BOLD);
	pdf_table_cell(&tb, "Rôles", PDF_BOLD);
	pdf_table_row(&tb, PDF_ROW_HEADER);
	for (c = 0; c < 3; c++)
		if (c == col)
			pdf_table_cell(&tb, text, c == 0 ? PDF_BOLD :
			    PDF_REGULAR)->v[0].color = MARK;
		else
			pdf_table_cell(&tb, other[c], c == 0 ? PDF_BOLD :
			    PDF_REGULAR);
	pdf_table_row(&tb, PDF_ROW_BODY);
	pdf_table_end(&tb);
	pdf_flow_paginate(&fl, &doc);
	cr_assert(marked_whole(text), "%s: not drawn whole", what);
	assert_text_inside_frame(what);
	assert_ops_inside_frame_vertically(what);
	pdf_flow_release(&fl);
}

/*
 * A word of 3,000 letters, a 400-character address as an autolink and a
 * partner's name of 3,000 words are drawn whole, within the frame's
 * sides, top and bottom, across pages, in a paragraph and in the cells
 * of the annex's partners table.
 */
Test(pdf, huge_words_urls_and_cells_stay_inside_the_frame)
{
	static const char syl[] = "anticonstitutionnellement";
	struct buf	 word = BUF_INIT, url = BUF_INIT, md = BUF_INIT;
	struct buf	 name = BUF_INIT;
	int		 i;

	while (word.len < 3000)
		buf_puts(&word, syl);
	buf_truncate(&word, 3000);
	buf_printf(&md, "# Titre %s\n\nUn mot : %s, fin.\n",
	    buf_cstr(&word), buf_cstr(&word));
	flow_markdown_of(&md);
	cr_assert(drawn_whole(buf_cstr(&word)), "the word is not whole");
	buf_truncate(&md, 0);
	buf_printf(&md, "Titre %s", buf_cstr(&word));
	cr_assert(drawn_whole(buf_cstr(&md)), "the heading is not whole");
	assert_text_inside_frame("word");
	assert_ops_inside_frame_vertically("word");

	buf_puts(&url, "https://www.prefecture.gouv.fr/");
	for (i = 0; url.len < 400; i++)
		buf_printf(&url, "%s%d", i % 3 ? "segmentdechemin" :
		    "Strategiedepartementale", i);
	buf_truncate(&url, 400);
	buf_truncate(&md, 0);
	buf_printf(&md, "> - - Voir <%s> en ligne.\n", buf_cstr(&url));
	flow_markdown_of(&md);
	cr_assert(drawn_whole(buf_cstr(&url)), "the address is not whole");
	assert_text_inside_frame("url");
	assert_ops_inside_frame_vertically("url");

	for (i = 0; i < 3000; i++)
		buf_printf(&name, "%sAssociation%d", i > 0 ? " " : "", i);
	partners_table(buf_cstr(&name), 0, "name");
	cr_assert_gt(doc.npages, 2);
	partners_table(buf_cstr(&word), 1, "word");
	cr_assert_gt(doc.npages, 2);
	partners_table(buf_cstr(&url), 2, "url");
	buf_release(&word);
	buf_release(&url);
	buf_release(&md);
	buf_release(&name);
}

/*
 * A paragraph's last word is never hyphenated (its stub would make a
 * line of its own), at any width.
 */
Test(pdf, last_word_of_a_paragraph_is_not_hyphenated)
{
	char	*s;
	float	 w;
	int	 hyphenated = 0;

	for (w = 60; w <= 320; w += 1) {
		s = lines_of("Les médiateurs interviennent régulièrement "
		    "auprès des habitants du quartier des Peupliers", 9.5f, w);
		hyphenated += strstr(s, "-|") != NULL;
		cr_assert(strstr(s, "Peupliers") != NULL, "width %.0f: %s", w,
		    s);
		free(s);
	}
	cr_assert(hyphenated > 0, "no width hyphenated any word");
}

/* Some long words, so that some lines end with a hyphen. */
static const char *const hyphen_paragraph = "Les médiateurs ont "
    "contribué à résoudre 187 conflits entre le public et les "
    "institutions intercommunales, bailleurs, services municipaux, "
    "réseau de bus, contre 168 l’année précédente. Les signalements de "
    "tensions dans les transports continuent de baisser, sans atteindre "
    "encore la cible fixée, et le groupe opérationnel en tiendra compte "
    "pour la suite de son travail intergénérationnel avec tous les "
    "partenaires du territoire. Les interventions accompagnent "
    "systématiquement les réinsertions professionnelles des jeunes "
    "adultes, en lien avec la mission locale, les établissements "
    "scolaires et les associations de prévention spécialisée du "
    "département, dans une démarche résolument partenariale.";

/* No word is hyphenated across two pages. */
Test(pdf, no_word_hyphenated_across_pages)
{
	int	 fill, split = 0;
	size_t	 i, k, last;

	for (fill = 40; fill < 75; fill++) {
		struct pdf_flow	 fl;

		pdf_doc_release(&doc);
		pdf_doc_init(&doc, pdf_style_a4.width, pdf_style_a4.height);
		pdf_flow_init(&fl, &L);
		filler(&fl, fill);
		pdf_flow_paragraph(&fl, hyphen_paragraph, PDF_REGULAR, 9.5f,
		    MARK, PDF_JUSTIFY);
		pdf_flow_paginate(&fl, &doc);
		for (i = 0; i + 1 < doc.npages; i++) {
			for (k = 0, last = SIZE_MAX; k < doc.pages[i].n; k++)
				if (doc.pages[i].ops[k].kind == PDF_OP_TEXT &&
				    doc.pages[i].ops[k].color == MARK)
					last = k;
			if (last == SIZE_MAX)
				continue;
			split += marked(i + 1) > 0;
			cr_assert(doc.pages[i].ops[last].text[
			    doc.pages[i].ops[last].len - 1] != '-',
			    "fill %d: page %zu ends with '%s'", fill, i,
			    doc.pages[i].ops[last].text);
		}
		pdf_flow_release(&fl);
	}
	cr_assert(split > 0, "the paragraphs were never split");
}

/*
 * A table's total row is never alone under the header of a new page, and
 * every row is drawn once: a total that disappeared would be alone
 * nowhere.
 */
Test(pdf, total_row_stays_with_the_rows_it_sums)
{
	static const float	 w[] = { 0.5f, 0.5f };
	int			 fill;
	size_t			 i, k;

	for (fill = 40; fill < 75; fill++) {
		struct pdf_flow		 fl;
		struct pdf_table	 tb;
		int			 rows, bodies = 0, totals = 0;

		pdf_doc_release(&doc);
		pdf_doc_init(&doc, pdf_style_a4.width, pdf_style_a4.height);
		pdf_flow_init(&fl, &L);
		filler(&fl, fill);
		pdf_table_begin(&tb, &fl, 2, w, NULL);
		pdf_table_cell(&tb, "EnTete", PDF_BOLD);
		pdf_table_cell(&tb, "Montant", PDF_BOLD);
		pdf_table_row(&tb, PDF_ROW_HEADER);
		for (rows = 0; rows < 4; rows++) {
			pdf_table_cell(&tb, "Financeur", PDF_REGULAR);
			pdf_table_cell(&tb, "100 €", PDF_REGULAR);
			pdf_table_row(&tb, PDF_ROW_BODY);
		}
		pdf_table_cell(&tb, "Totalité", PDF_BOLD);
		pdf_table_cell(&tb, "400 €", PDF_BOLD);
		pdf_table_row(&tb, PDF_ROW_TOTAL);
		pdf_table_end(&tb);
		pdf_flow_paginate(&fl, &doc);
		for (i = 0; i < doc.npages; i++) {
			int	 body = 0, total = 0;

			for (k = 0; k < doc.pages[i].n; k++) {
				const struct pdf_op *op = &doc.pages[i].ops[k];

				if (op->kind != PDF_OP_TEXT)
					continue;
				body += strcmp(op->text, "Financeur") == 0;
				total += strcmp(op->text, "Totalité") == 0;
			}
			cr_assert(!total || body > 0, "fill %d: the total "
			    "alone on page %zu", fill, i);
			bodies += body;
			totals += total;
		}
		cr_assert_eq(bodies, 4, "fill %d: %d rows drawn", fill, bodies);
		cr_assert_eq(totals, 1, "fill %d: %d totals drawn", fill,
		    totals);
		pdf_flow_release(&fl);
	}
}

/*
 * A box that needs room (a chapter's opening) starts a page when less
 * is left below it, and stays when there is enough; the room it needs
 * is at most that of its group, up to the next box that needs room (a
 * one-line chapter does not need a third of a page).
 */
static size_t
paginate_boxes(const float *h, const float *need, size_t n)
{
	struct pdf_flow	 fl;
	struct pdf_op	 op = pdf_op_rect(0, 0, 10, 10, 0);
	size_t		 i, pages;

	pdf_flow_init(&fl, &L);
	for (i = 0; i < n; i++) {
		pdf_flow_need(&fl, need[i]);
		pdf_flow_box(&fl, h[i]);
		pdf_flow_op(&fl, &op);
	}
	pages = pdf_flow_paginate(&fl, &doc);
	pdf_flow_release(&fl);
	return pages;
}

Test(pdf, a_box_needing_room_moves_to_the_next_page)
{
	float	 f = pdf_style_a4.height - pdf_style_a4.margin_top -
		    pdf_style_a4.margin_bottom;
	float	 h[4] = { f * 0.7f, 10, 10, f * 0.5f };
	float	 need[4] = { 0, f * 0.25f, f * 0.3f, 0 };
	float	 h2[3] = { f * 0.75f, 10, f * 0.05f };
	float	 need2[3] = { 0, f * 0.3f, 0 };

	/* 30 % left: the second stays (its group is 10 pt); the third
	 * needs 30 % with 30 % − 10 pt left: it moves with its content. */
	cr_assert_eq(paginate_boxes(h, need, 4), 2);
	cr_assert_eq(doc.pages[0].n, 2);
	cr_assert_eq(doc.pages[1].n, 2);
	/* Without need, the first three fill the first page. */
	cr_assert_eq(paginate_boxes(h, (float [4]){ 0, 0, 0, 0 }, 3), 1);
	cr_assert_eq(doc.pages[2].n, 3);
	/* A short group needs only its own height: it stays. */
	cr_assert_eq(paginate_boxes(h2, need2, 3), 1);
	cr_assert_eq(doc.pages[3].n, 3);
}

/*
 * On paper a link cannot be clicked: its address follows its text, once
 * (not when the text is the address), and a long address breaks after a
 * "/" rather than stretch the line before it.
 */
Test(pdf, printed_links_show_their_address)
{
	struct buf	 md = BUF_INIT;
	char		*text;

	buf_puts(&md, "## Titre [lien](https://example.org/titre)\n\n"
	    "Voir [le site](https://example.org/a/b), écrire à "
	    "[contact@ville.example](mailto:contact@ville.example) ou "
	    "<https://example.org/c>, ou [la page](relative.html).\n");
	flow_markdown_of(&md);
	text = drawn_text();
	cr_assert(strstr(text, "example.org/titre") == NULL, "a heading is "
	    "a title, not a place for an address: %s", text);
	/* drawn_text joins the words drawn, without their spaces. */
	cr_assert(strstr(text, "le site(https://example.org/a/b), écrire")
	    != NULL, "%s", text);
	cr_assert(strstr(text, "àcontact@ville.exampleou") != NULL, "%s",
	    text);
	cr_assert(strstr(text, "ouhttps://example.org/c, oula page.") !=
	    NULL, "no address twice, none for a relative link: %s", text);
	free(text);
	buf_release(&md);
}

Test(pdf, an_address_breaks_rather_than_stretch_a_line)
{
	const char	*s = "Pour en savoir plus sur l’association et ses "
			    "médiateurs, consultez le site de Trait d’Union "
			    "(https://www.traitdunion-mediation.example/). Et "
			    "encore quelques mots pour finir le paragraphe.";
	char		*l = lines_of(s, 9.5f, 471);

	cr_assert(strstr(l, "Trait d’Union (https://www.|traitdunion") != NULL,
	    "%s", l);
	free(l);
}

/* Lists 20 deep keep a readable column: the indent stops at a third. */
Test(pdf, deep_lists_stop_indenting)
{
	struct buf	 md = BUF_INIT;
	float		 most = 0;
	size_t		 i, k;
	char		*t;

	for (i = 0; i < 20; i++) {
		for (k = 0; k < i; k++)
			buf_puts(&md, "  ");
		buf_printf(&md, "- niveau%zu profondeur\n", i);
	}
	flow_markdown_of(&md);
	for (i = 0; i < doc.npages; i++)
		for (k = 0; k < doc.pages[i].n; k++)
			if (doc.pages[i].ops[k].kind == PDF_OP_TEXT &&
			    doc.pages[i].ops[k].x > most)
				most = doc.pages[i].ops[k].x;
	cr_assert_leq(most - pdf_style_a4.margin_left, (pdf_style_a4.width -
	    pdf_style_a4.margin_left - pdf_style_a4.margin_right) / 3 + 0.5f,
	    "text starts %.0f pt in", most - pdf_style_a4.margin_left);
	t = drawn_text();
	cr_assert(strstr(t, "niveau19 profondeur") != NULL, "%s", t);
	free(t);
	buf_release(&md);
}
