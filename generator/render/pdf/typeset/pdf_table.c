/*
 * Tables (see pdf_layout.h): one box per line of a row, so that a table
 * splits between rows, and a row too tall for the room left between its
 * lines; the header row is kept with the first body row and drawn again
 * at the top of every page the table continues on.
 */
#include <string.h>

#include "pdf_layout.h"

#define CELL_PAD_X 4.0f
#define CELL_PAD_Y 3.2f
/* The rules' widths: under the header, over a total, under a row. */
#define HEADER_RULE 0.9f
#define TOTAL_RULE 0.7f
#define ROW_RULE 0.35f

void
pdf_table_begin(struct pdf_table *tb, struct pdf_flow *fl, size_t ncols,
    const float *widths, const enum pdf_align *align)
{
	size_t	 i;

	memset(tb, 0, sizeof(*tb));
	tb->flow = fl;
	tb->ncols = ncols > PDF_TABLE_MAX_COLUMNS ? PDF_TABLE_MAX_COLUMNS :
	    ncols;
	for (i = 0; i < tb->ncols; i++) {
		tb->widths[i] = widths[i];
		tb->align[i] = align != NULL ? align[i] : PDF_LEFT;
	}
	tb->header = -1;
}

struct pdf_text *
pdf_table_cell(struct pdf_table *tb, const char *s, int font)
{
	const struct pdf_style	*st = tb->flow->layout->style;
	struct pdf_text		*t;

	if (tb->ncells >= tb->ncols)
		tb->ncells = tb->ncols - 1;	/* a caller's bug: overwrite */
	t = &tb->cells[tb->ncells];
	pdf_text_release(t);
	pdf_text_init(t, st->small_size, tb->align[tb->ncells]);
	if (t->align == PDF_JUSTIFY)
		t->align = PDF_LEFT;
	tb->ncells++;
	if (s != NULL && *s != '\0')
		pdf_text_add(t, font, st->text, s, strlen(s));
	return t;
}

static void
rule(struct pdf_flow *fl, float y, float w, float width, uint32_t color)
{
	struct pdf_op	 op;

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_LINE;
	op.color = color;
	op.y = y;
	op.w = w;
	op.size = width;
	pdf_flow_op(fl, &op);
}

/*
 * Lays out lines from..to (exclusive) of every cell as one box (a band)
 * of a row of nl lines: the padding above the first line and below the
 * last belongs to the first and last bands, and so do the rules of the
 * row's kind.
 */
static void
row_band(struct pdf_table *tb, struct pdf_lines *ls, size_t from,
    size_t to, size_t nl, enum pdf_row_kind kind)
{
	struct pdf_flow		*fl = tb->flow;
	struct pdf_layout	*L = fl->layout;
	const struct pdf_style	*st = L->style;
	float			 lh = st->small_size * st->leading;
	float			 base = (lh + st->small_size *
				    PDF_CAP_HEIGHT) / 2;
	float			 top = from == 0 ? CELL_PAD_Y : 0, h, x;
	struct pdf_op		 op;
	size_t			 c, i;

	h = top + (float)(to - from) * lh + (to >= nl ? CELL_PAD_Y : 0);
	pdf_flow_box(fl, h);
	if (kind == PDF_ROW_HEADER) {
		memset(&op, 0, sizeof(op));
		op.kind = PDF_OP_RECT;
		op.color = st->accent_light;
		op.w = fl->width;
		op.h = h;
		pdf_flow_op(fl, &op);
	}
	for (c = 0, x = 0; c < tb->ncols; c++) {
		for (i = from; i < to && i < ls[c].n; i++)
			pdf_text_draw_line(L, &tb->cells[c], &ls[c], i,
			    PDF_AT(x + CELL_PAD_X, top + (float)(i - from) * lh +
			    base, tb->widths[c] * fl->width - 2 * CELL_PAD_X),
			    &fl->ops);
		x += tb->widths[c] * fl->width;
	}
	fl->boxes[fl->n - 1].nops = (uint32_t)(fl->ops.n -
	    fl->boxes[fl->n - 1].first_op);
	if (kind == PDF_ROW_HEADER && to >= nl)
		rule(fl, h, fl->width, HEADER_RULE, st->accent);
	else if (kind == PDF_ROW_TOTAL && from == 0)
		rule(fl, 0, fl->width, TOTAL_RULE, st->muted);
	else if (kind == PDF_ROW_BODY && to >= nl)
		rule(fl, h, fl->width, ROW_RULE, st->rule);
}

/*
 * A row is one box per line of its tallest cell (a band), so that a row
 * taller than the room left, or than a page, splits between lines: its
 * cells go on under the header repeated on the next page. A row of at
 * most a third of a page keeps its bands together (it moves whole); a
 * taller one splits anywhere but after its first line or before its
 * last, rather than leave a large gap. A header row is one box, kept
 * with the first lines of the next row.
 */
void
pdf_table_row(struct pdf_table *tb, enum pdf_row_kind kind)
{
	struct pdf_flow		*fl = tb->flow;
	struct pdf_layout	*L = fl->layout;
	const struct pdf_style	*st = L->style;
	struct pdf_lines	 ls[PDF_TABLE_MAX_COLUMNS];
	float			 lh = st->small_size * st->leading;
	float			 frame = st->height - st->margin_top -
				    st->margin_bottom;
	size_t			 c, i, nl = 1;
	int			 whole;

	for (c = tb->ncells; c < tb->ncols; c++)
		pdf_table_cell(tb, NULL, PDF_REGULAR);
	for (c = 0; c < tb->ncols; c++) {
		pdf_text_break(L, &tb->cells[c], tb->widths[c] * fl->width -
		    2 * CELL_PAD_X, &ls[c]);
		if (ls[c].n > nl)
			nl = ls[c].n;
	}
	whole = (float)nl * lh + 2 * CELL_PAD_Y <= frame / 3;
	/* A total goes with the rows it sums: never alone on a page. */
	if (kind == PDF_ROW_TOTAL && tb->rows > 0 && fl->n > 0)
		fl->boxes[fl->n - 1].keep_next = 1;
	if (kind == PDF_ROW_HEADER) {
		row_band(tb, ls, 0, nl, nl, kind);
		fl->boxes[fl->n - 1].is_header = 1;
		fl->boxes[fl->n - 1].keep_next = 1;
		tb->header = (int)(fl->n - 1);
	}
	for (i = 0; kind != PDF_ROW_HEADER && i < nl; i++) {
		row_band(tb, ls, i, i + 1, nl, kind);
		fl->boxes[fl->n - 1].header = tb->header;
		if (i + 1 < nl && (whole || i == 0 || i + 2 == nl))
			fl->boxes[fl->n - 1].keep_next = 1;
	}
	for (c = 0; c < tb->ncols; c++)
		pdf_lines_release(&ls[c]);
	for (c = 0; c < tb->ncols; c++)
		pdf_text_release(&tb->cells[c]);
	tb->ncells = 0;
	tb->rows++;
}

void
pdf_table_end(struct pdf_table *tb)
{
	size_t	 c;

	for (c = 0; c < PDF_TABLE_MAX_COLUMNS; c++)
		pdf_text_release(&tb->cells[c]);
	/* A table of a header only: nothing to keep it with. */
	if (tb->rows > 0 && tb->flow->n > 0)
		tb->flow->boxes[tb->flow->n - 1].keep_next = 0;
	pdf_flow_space(tb->flow, tb->flow->layout->style->paragraph_space *
	    2);
}
