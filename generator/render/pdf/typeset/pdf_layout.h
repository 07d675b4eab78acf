/*
 * The typesetter: text broken into lines with the fonts' real metrics,
 * justified and hyphenated; blocks (paragraphs, headings, lists, quotes,
 * tables, charts) stacked into boxes; boxes flowed into pages, headings
 * kept with what follows, no widow or orphan line, tables split by rows
 * with their header repeated. The output is a pdf_doc of display lists
 * (pdf_page.h) that a backend draws (pdf_backend.h).
 *
 * Nothing here knows the page size or the look of a report: both come in
 * a struct pdf_style, so the A4 report and an A5 booklet share the code.
 *
 * Use: pdf_flow_init with a layout; add blocks (pdf_flow_text,
 * pdf_flow_heading, pdf_flow_markdown, tables, charts, boxes drawn by
 * hand); pdf_flow_paginate into a pdf_doc; pdf_flow_release.
 */
#ifndef CLSPD_PDF_LAYOUT_H
#define CLSPD_PDF_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include <cmark.h>

#include "../../../util/buf.h"
#include "../../../util/chart_data.h"
#include "../backend/pdf_font.h"
#include "pdf_hyph.h"
#include "../backend/pdf_page.h"

/*
 * Heading levels: 1 to 3 for the report's own titles, below them the
 * Markdown's six levels shifted (pdf_flow_markdown), each its own size.
 */
#define PDF_HEADING_LEVELS 9

/*
 * A capital's height, × the type size: a line's baseline sits half of it
 * below the middle of its band, so that the text looks centred in it.
 */
#define PDF_CAP_HEIGHT	0.7f

/* A measure's rounding, in points: what exceeds room by less still fits. */
#define PDF_SLACK	0.01f

/* Sizes in points, colours 0xRRGGBB. */
struct pdf_style {
	float		 width, height;		/* the page */
	float		 margin_top, margin_bottom;
	float		 margin_left, margin_right;
	float		 body_size;
	float		 small_size;		/* tables, notes */
	float		 leading;		/* line height / size */
	float		 paragraph_space;	/* between paragraphs */
	float		 heading_size[PDF_HEADING_LEVELS];	/* from 1 */
	int		 heading_face[PDF_HEADING_LEVELS];
	float		 list_indent;
	float		 item_space;		/* between items of a tight list */
	/* From the theme (pdf/style.yaml), set by pdf_style_theme. */
	uint32_t	 text, muted;
	uint32_t	 accent, accent_dark, accent_light, on_accent;
	uint32_t	 rule, fill;
	uint32_t	 chart_bar, chart_target;
};

/* Sets the colours of st from the theme: the styles have none. */
void	 pdf_style_theme(struct pdf_style *st, const struct pdf_theme *t);

/* What every layout function needs. */
struct pdf_layout {
	struct pdf_fonts	*fonts;
	struct pdf_hyph		*hyph;		/* NULL: no hyphenation */
	const struct pdf_style	*style;
	struct pdf_doc		*doc;		/* its arena and anchors */
	const struct pdf_images	*media;		/* its images (pdf_image.h);
						   NULL: none */
};

enum pdf_align {
	PDF_JUSTIFY,
	PDF_LEFT,
	PDF_RIGHT,
	PDF_CENTER
};

/* A run of text in one face and colour; a link when link or goto set. */
struct pdf_span {
	const char	*text;
	uint32_t	 len;
	uint8_t		 font;		/* enum pdf_face */
	uint32_t	 color;
	const char	*link;		/* a URI, or NULL */
	int		 goto_anchor;	/* an anchor, or -1 */
};

/* An inline text: spans of one size, to be broken into lines. */
struct pdf_text {
	struct pdf_span	*v;
	size_t		 n;
	size_t		 cap;
	float		 size;
	enum pdf_align	 align;
	int		 no_hyphens;	/* titles: words move whole */
};

void	 pdf_text_init(struct pdf_text *, float size, enum pdf_align);
void	 pdf_text_release(struct pdf_text *);
/* Appends a span (text not copied: it must outlive the layout). */
struct pdf_span *pdf_text_add(struct pdf_text *, int font, uint32_t color,
	    const char *s, size_t len);

/* A piece of a word: text of one span, its width and what follows it. */
struct pdf_token {
	uint32_t	 span;
	uint32_t	 off, len;	/* bytes in the span's text */
	float		 width;		/* points, hyphen included */
	float		 space;		/* width of the space after, or 0 */
	uint8_t		 brk;		/* a line may end after it */
	uint8_t		 hyphen;	/* ends a line with a hyphen drawn */
	uint8_t		 newline;	/* a forced break after it */
	uint8_t		 capped;	/* width measured only past the line */
	uint32_t	 mark;		/* first byte that makes it an address
					   (token_mark), or off + len */
};

struct pdf_line {
	uint32_t	 first, last;	/* tokens, inclusive */
	float		 natural;	/* width without stretching */
	uint32_t	 spaces;	/* stretchable spaces */
	int		 last_of_paragraph;
};

struct pdf_lines {
	struct pdf_token *tok;
	size_t		 ntok, captok;
	struct pdf_line	*v;
	size_t		 n, cap;
	char		*hyphen_text;	/* "-" + the token's text, per split */
	/* While breaking: where the next token starts, the measuring cap. */
	size_t		 in_span, in_off;
	float		 measure_cap;
};

/*
 * Breaks t into lines of at most width points (first fit, hyphenating
 * a word only when it would not fit otherwise). A word wider than the
 * line that cannot be hyphenated breaks between characters, without a
 * hyphen: only a single character wider than the line overflows it. The
 * lines are valid while t is.
 */
void	 pdf_text_break(struct pdf_layout *, const struct pdf_text *,
	    float width, struct pdf_lines *);
void	 pdf_lines_release(struct pdf_lines *);
/* The text of line i as drawn (hyphen included), into b. */
void	 pdf_lines_string(const struct pdf_text *, const struct pdf_lines *,
	    size_t i, struct buf *b);
/*
 * How a text outside the flow is set: its face (enum pdf_face), size in
 * points, colour, line spacing (× size), and at most max_lines lines,
 * the last one ending with "…" when the text does not fit (a title on a
 * cover); 0 is no limit.
 */
struct pdf_text_style {
	int		 font;
	float		 size;
	uint32_t	 color;
	float		 lead;
	size_t		 max_lines;
};

/* Where: the first baseline at (x, y), lines of at most width points. */
struct pdf_text_at {
	float		 x, y;
	float		 width;
};

#define PDF_TEXT_STYLE(font, size, color, lead, max_lines) \
	(&(const struct pdf_text_style){ (font), (size), (color), (lead), \
	    (max_lines) })
#define PDF_AT(x, y, width)	((struct pdf_text_at){ (x), (y), (width) })

/*
 * Draws line i with its baseline starting at at (x, y) within at.width:
 * TEXT ops, one per span run, and LINK/GOTO ops over linked runs.
 */
void	 pdf_text_draw_line(struct pdf_layout *, const struct pdf_text *,
	    const struct pdf_lines *, size_t i, struct pdf_text_at at,
	    struct pdf_page *out);

/*
 * s drawn on page p in style st, broken into lines (left aligned, not
 * hyphenated: covers, running heads, labels) at at. Returns the last
 * line's baseline.
 */
float	 pdf_page_text(struct pdf_layout *, struct pdf_page *p, const char *s,
	    const struct pdf_text_style *st, struct pdf_text_at at);

/* The number of lines pdf_page_text would make of s. */
size_t	 pdf_page_text_lines(struct pdf_layout *, const char *s, int font,
	    float size, float width);

/*
 * s on one line of at most width points: s itself, or its longest
 * beginning that fits with an ellipsis "…" after it. The string is in
 * the document's arena.
 */
const char *pdf_text_ellipsis(struct pdf_layout *, int font, float size,
	    const char *s, float width);

/*
 * Whether a link may become a PDF link: http(s)://, mailto:, tel:. A
 * relative link of the site means nothing in a PDF: it stays text.
 */
int	 pdf_uri_is_absolute(const char *);

/* A box: a vertical slice of the flow that pagination does not split. */
struct pdf_box {
	float		 height;
	float		 space_before;	/* dropped at the top of a page */
	float		 need;		/* room it needs below its top */
	uint32_t	 first_op, nops; /* in the flow's ops, box-relative */
	int		 header;	/* a table row: its header box, or -1 */
	int		 section;	/* sets the running section, or -1 */
	unsigned	 keep_next:1;	/* no page break after this box */
	unsigned	 new_page:1;	/* starts a page */
	unsigned	 is_header:1;	/* a table header row */
	unsigned	 spacer:1;	/* space that draws: dropped at a top */
};

struct pdf_flow {
	struct pdf_layout *layout;
	float		 width;		/* of the text frame */
	struct pdf_box	*boxes;
	size_t		 n, cap;
	struct pdf_page	 ops;		/* every box's ops */
	float		 space;		/* space before the next box */
	int		 section;	/* for the next box */
	int		 new_page;	/* for the next box */
	float		 need;		/* for the next box */
};

void	 pdf_flow_init(struct pdf_flow *, struct pdf_layout *);
void	 pdf_flow_release(struct pdf_flow *);

/* Adds vertical space before the next box (the larger one wins). */
void	 pdf_flow_space(struct pdf_flow *, float);
/* The next box starts a page. */
void	 pdf_flow_page_break(struct pdf_flow *);
/*
 * The next box starts a page unless h points of the frame remain below
 * it (a chapter opening is not left at the foot of a page).
 */
void	 pdf_flow_need(struct pdf_flow *, float h);
/*
 * Starts a box of height h; ops added with pdf_flow_op until the next
 * box are relative to its top-left corner. Returns the box's index.
 */
size_t	 pdf_flow_box(struct pdf_flow *, float h);
struct pdf_op *pdf_flow_op(struct pdf_flow *, const struct pdf_op *);
/* Keeps the last box with the next one. */
void	 pdf_flow_keep(struct pdf_flow *);
/*
 * Turns the space before the next box into a box that draws the bars
 * at x bars[0..n) (quotes going on across their blocks); like space, it
 * is dropped at the top of a page.
 */
void	 pdf_flow_bars_space(struct pdf_flow *, const float *bars, size_t n);

/* How a block of text sits in the frame. */
struct pdf_block {
	float		 indent;	/* left, points */
	float		 indent_right;
	const char	*marker;	/* list bullet or number, or NULL */
	int		 marker_font;
	uint32_t	 marker_color;
	const float	*bars;		/* x of bars on the left (quotes) */
	size_t		 nbars;
	int		 keep_next;	/* e.g. a heading */
	int		 anchor;	/* at its first line, or -1 */
};

/*
 * Lays out t as lines, one box per line: no page break after the first
 * line nor before the last (no orphan, no widow), none anywhere when
 * keep_next is set.
 */
void	 pdf_flow_text(struct pdf_flow *, const struct pdf_text *,
	    const struct pdf_block *);
/*
 * A heading of level 1 to PDF_HEADING_LEVELS (style sizes and faces,
 * deeper ones as the deepest); anchor (or -1) is
 * its destination, section (or -1) becomes the running section.
 */
void	 pdf_flow_heading(struct pdf_flow *, int level, const char *text,
	    int anchor, int section);
/* A plain paragraph of one face. */
void	 pdf_flow_paragraph(struct pdf_flow *, const char *text, int font,
	    float size, uint32_t color, enum pdf_align);
/*
 * A Markdown document (a sanitized cmark tree, markdown/markdown.h),
 * headings shifted by heading_base (1: its "#" is a level-2 heading...).
 */
void	 pdf_flow_markdown(struct pdf_flow *, cmark_node *doc,
	    int heading_base);
/*
 * The same, but each heading of the document's top level of Markdown
 * level split (e.g. 2 for "##") is handed to open(ctx, its text)
 * instead of being laid out: the opening of a chapter.
 */
void	 pdf_flow_markdown_chapters(struct pdf_flow *, cmark_node *doc,
	    int heading_base, int split,
	    void (*open)(void *ctx, const char *title), void *ctx);

/* Tables: columns as fractions of the frame width. */
#define PDF_TABLE_MAX_COLUMNS 9

enum pdf_row_kind {
	PDF_ROW_HEADER,
	PDF_ROW_BODY,
	PDF_ROW_TOTAL
};

struct pdf_table {
	struct pdf_flow	*flow;
	size_t		 ncols;
	float		 widths[PDF_TABLE_MAX_COLUMNS];	/* fractions */
	enum pdf_align	 align[PDF_TABLE_MAX_COLUMNS];
	struct pdf_text	 cells[PDF_TABLE_MAX_COLUMNS];
	size_t		 ncells;
	int		 header;	/* box index of the header, or -1 */
	size_t		 rows;
};

void	 pdf_table_begin(struct pdf_table *, struct pdf_flow *, size_t ncols,
	    const float *widths, const enum pdf_align *align);
/* The next cell of the row: a text of one face (NULL: empty). */
struct pdf_text *pdf_table_cell(struct pdf_table *, const char *s,
	    int font);
/* Ends the row; a header row is repeated on every page the table spans. */
void	 pdf_table_row(struct pdf_table *, enum pdf_row_kind);
void	 pdf_table_end(struct pdf_table *);

/* Charts (util/chart_data.h), as vectors, with their title above. */
void	 pdf_flow_chart_years(struct pdf_flow *, const struct chart *,
	    const char *target_label);
void	 pdf_flow_chart_bars(struct pdf_flow *, const struct chart *,
	    const char *priority_label);

/*
 * Flows the boxes into pages of doc (doc's page size and the style's
 * margins); anchors get their pages. Returns the number of pages added.
 */
size_t	 pdf_flow_paginate(struct pdf_flow *, struct pdf_doc *);

#endif
