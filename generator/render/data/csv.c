/*
 * The open-data tables as CSV (data/<table>.csv): RFC 4180 (CRLF line
 * ends, fields quoted when they hold a comma, a quote or a line break),
 * UTF-8, a header row of the columns' names, numbers as exact decimals
 * without trailing zeros, ratios in their shortest round-trip form, empty
 * cells for nulls. Every table is written by the same loop from its
 * description (tables.h).
 */
#include <string.h>

#include "../../util/escape.h"
#include "../../view/value.h"
#include "data.h"

/*
 * A text cell. One that starts with "=", "+", "-", "@", a tab or a
 * carriage return would be read as a formula by a spreadsheet (formula
 * injection, OWASP "CSV Injection"): a "'" is written before it, which
 * spreadsheets show as text. Numbers are written apart. The workbook
 * needs no such guard: its text cells are strings, never formulas.
 */
static void
csv_text(struct buf *b, const char *s)
{
	struct buf	 t = BUF_INIT;

	if (s[0] == '\0' || strchr("=+-@\t\r", s[0]) == NULL) {
		escape_csv(b, s, strlen(s));
		return;
	}
	buf_putc(&t, '\'');
	buf_puts(&t, s);
	escape_csv(b, t.data, t.len);
	buf_release(&t);
}

/* The text of a cell as the CSV and the schema's types read it. */
static void
csv_cell(struct buf *b, const struct column *c, const struct cell *v)
{
	char	 num[32];

	if (!v->set)
		return;
	switch (c->type) {
	case COLUMN_ID:
	case COLUMN_TEXT:
	case COLUMN_CODE:
	case COLUMN_SIRET:
	case COLUMN_RNA:
	case COLUMN_DATE:
	case COLUMN_PERIOD:
		csv_text(b, v->text);
		break;
	case COLUMN_RATIO:
		buf_puts(b, value_format_double(v->ratio, num));
		break;
	case COLUMN_FLAG:
		buf_puts(b, v->flag ? "true" : "false");
		break;
	case COLUMN_YEAR:
	case COLUMN_NUMBER:
	case COLUMN_AMOUNT:
	case COLUMN_COUNT:
		buf_puts(b, decimal_format(v->dec, num));
		break;
	}
}

void
data_csv_write(struct sink *sink, struct buf *b, const struct table *t,
    const struct cell *rows, size_t nrows, const struct figures *f)
{
	size_t	 r, c;

	for (c = 0; c < t->ncolumns; c++) {
		if (!data_column_shown(&t->columns[c], f))
			continue;
		if (c > 0)
			buf_putc(b, ',');
		buf_puts(b, t->columns[c].name);
	}
	buf_puts(b, "\r\n");
	for (r = 0; r < nrows; r++) {
		for (c = 0; c < t->ncolumns; c++) {
			if (!data_column_shown(&t->columns[c], f))
				continue;
			if (c > 0)
				buf_putc(b, ',');
			csv_cell(b, &t->columns[c], &rows[r * t->ncolumns + c]);
		}
		buf_puts(b, "\r\n");
		if (sink != NULL && b->len >= (1u << 20))
			sink_flush(sink, b);
	}
}
