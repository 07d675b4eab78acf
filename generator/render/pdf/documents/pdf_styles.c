/*
 * The two documents' page styles (pdf_styles.h): facts of the report and
 * the charter booklet, not of the typesetting engine, which takes any
 * style. Their colours are not here: they exist once, in
 * themes/default/pdf/style.yaml (or a theme's), and each document sets
 * them from its pdf_theme (pdf_style_theme).
 */
#include "pdf_styles.h"

/* The A4 report: 20 mm side margins, Lato 9.5 pt on 13.3 pt. */
const struct pdf_style pdf_style_a4 = {
	.width = 595.28f, .height = 841.89f,
	.margin_top = 68, .margin_bottom = 64,
	.margin_left = 62, .margin_right = 62,
	.body_size = 9.5f, .small_size = 8.2f, .leading = 1.4f,
	.paragraph_space = 5,
	.heading_size = { 22, 15, 11.5f, 10.5f, 10, 9.5f, 9, 8.6f, 8.2f },
	.heading_face = { PDF_HEADING, PDF_HEADING, PDF_BOLD, PDF_BOLD,
	    PDF_BOLD, PDF_BOLD, PDF_BOLD, PDF_BOLD_ITALIC, PDF_BOLD_ITALIC },
	.list_indent = 14, .item_space = 1.5f,
};

/*
 * The A5 charter booklet: read in the street and on the bus, by
 * everyone: Lato 12 pt on 17.4 pt (clear-print guides ask for 12 pt at
 * least), 15 mm margins, the foot leaving room for the page number; a
 * tight list's items apart, one rule each.
 */
const struct pdf_style pdf_style_a5 = {
	.width = 419.53f, .height = 595.28f,
	.margin_top = 50, .margin_bottom = 62,
	.margin_left = 42, .margin_right = 42,
	.body_size = 12, .small_size = 10, .leading = 1.45f,
	.paragraph_space = 8,
	.heading_size = { 20, 15, 12.5f, 11.5f, 11, 11, 11, 10.5f, 10 },
	.heading_face = { PDF_HEADING, PDF_HEADING, PDF_BOLD, PDF_BOLD,
	    PDF_BOLD, PDF_BOLD, PDF_BOLD, PDF_BOLD_ITALIC, PDF_BOLD_ITALIC },
	.list_indent = 20, .item_space = 6,
};
