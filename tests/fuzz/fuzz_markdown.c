/*
 * libFuzzer harness for Markdown: one text's bytes go through what the
 * loader does with a text (markdown_check: sanitizing, its warnings at
 * their positions, the limits on elements and links) and, when it
 * passes, through both renderers: the site's HTML and the PDF's layout
 * (lines, hyphenation, pagination), with French typography or not, as a
 * body or as the charter's chapters. The first byte chooses: bit 0 a
 * YAML list of texts (items cut at '\v') rather than a whole file, bit 1
 * French typography, bit 2 chapters, bits 3-4 the heading base, bit 5
 * the A5 page. Any crash, leak, hang or sanitizer report is a bug.
 *
 *   make fuzz [FUZZ_SECONDS=60]
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/load/fields.h"
#include "../../generator/load/load.h"
#include "../../generator/load/model.h"
#include "../../generator/markdown/markdown.h"
#include "../../generator/render/html/markdown.h"
#include "../../generator/render/pdf/backend/pdf_backend.h"
#include "../../generator/render/pdf/backend/pdf_font.h"
#include "../../generator/render/pdf/documents/pdf_styles.h"
#include "../../generator/render/pdf/typeset/pdf_hyph.h"
#include "../../generator/render/pdf/typeset/pdf_layout.h"
#include "../../generator/util/arena.h"
#include "../../generator/util/buf.h"
#include "../../generator/util/diag.h"
#include "../../generator/util/utf8.h"
#include "../../generator/view/typo.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define MAX_ITEMS 16

static struct pdf_backend	 be;
static struct diags		 setup_diags;
static struct pdf_fonts		 fonts;
static struct pdf_hyph		*hyph;

/* The fonts and the patterns, loaded once for every input. */
static void
setup_once(void)
{
	static int	 done;

	if (done)
		return;
	done = 1;
	if (pdf_backend_open(&be, &setup_diags) == -1 ||
	    pdf_fonts_load(&fonts, be.pdf, pdf_fonts_lato, &setup_diags) == -1)
		abort();
	hyph = pdf_hyph_open(PDF_HYPH_FR, &setup_diags);
}

static void
open_chapter(void *ctx, const char *title)
{
	pdf_flow_heading(ctx, 1, title, -1, -1);
}

/* Lays doc out on pages, as the report or the charter booklet does. */
static void
fuzz_pdf(cmark_node *doc, unsigned mode)
{
	const struct pdf_style	*st = mode & 32 ? &pdf_style_a5 :
				    &pdf_style_a4;
	struct pdf_doc		 pd;
	struct pdf_layout	 L;
	struct pdf_flow		 fl;
	int			 base = 1 + (int)((mode >> 3) & 3);

	pdf_doc_init(&pd, st->width, st->height);
	L.fonts = &fonts;
	L.hyph = hyph;
	L.style = st;
	L.doc = &pd;
	pdf_flow_init(&fl, &L);
	if (mode & 4)
		pdf_flow_markdown_chapters(&fl, doc, base, 2, open_chapter,
		    &fl);
	else
		pdf_flow_markdown(&fl, doc, base);
	pdf_flow_paginate(&fl, &pd);
	pdf_flow_release(&fl);
	pdf_doc_release(&pd);
}

/* Cuts s into the items of a YAML list of texts, at '\v'. */
static void
text_items(struct arena *a, struct text *t, const char *s, size_t len)
{
	size_t	 start = 0, i;

	t->items = arena_alloc(a, MAX_ITEMS * sizeof(*t->items));
	t->lens = arena_alloc(a, MAX_ITEMS * sizeof(*t->lens));
	t->item_pos = arena_alloc(a, MAX_ITEMS * sizeof(*t->item_pos));
	for (i = 0; i <= len && t->n < MAX_ITEMS; i++) {
		if (i < len && s[i] != '\v')
			continue;
		t->items[t->n] = arena_strndup(a, s + start, i - start);
		t->lens[t->n] = i - start;
		t->item_pos[t->n] = (struct pos){ "l.yaml", 3, 5 };
		t->n++;
		start = i + 1;
	}
	t->list = 1;
	t->pos = t->item_pos[0];
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags	 d;
	struct arena	*a;
	struct text	 t;
	struct buf	 html = BUF_INIT;
	cmark_node	*doc;
	const char	*s = (const char *)data + 1, *why;
	size_t		 len;
	unsigned	 mode;
	int		 line, col;

	if (size < 1 || size > LOAD_MAX_FILE)
		return 0;
	mode = data[0];
	len = size - 1;
	if (utf8_check(s, len, &line, &col, &why) == -1)
		return 0;	/* reported by load.c; nothing further runs */
	setup_once();
	memset(&d, 0, sizeof(d));
	memset(&t, 0, sizeof(t));
	a = arena_new();
	if (mode & 1)
		text_items(a, &t, s, len);
	else
		markdown_text_from_file(a, &t, s, len,
		    (struct pos){ "a.md", 1, 1 });
	markdown_check(&d, &t);
	if (d.errors == 0 && (doc = markdown_document(&t)) != NULL) {
		if (mode & 2)
			typo_french_markdown(doc);
		html_markdown_doc(&html, doc, 2);
		fuzz_pdf(doc, mode);
		markdown_scratch_reset();
	}
	buf_release(&html);
	arena_free(a);
	diags_release(&d);
	return 0;
}
