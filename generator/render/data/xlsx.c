/*
 * The workbook data/bilan-<Y>.xlsx: the open-data tables (tables.h), one
 * sheet each, for the people who work in spreadsheets (the commune's
 * finance department, partners). Numbers are numbers, not text: amounts
 * in euros, ratios as percentages, years without a thousands separator;
 * the header row holds the French titles, is frozen and carries filters.
 *
 * libxlsxwriter (Debian's libxlsxwriter-dev) writes the file: the format
 * is a zip of XML parts that we would rather not own. Its version in
 * Debian 12 writes only to a named file, so the workbook is written to a
 * temporary file, read back and handed to the sink like every output.
 * Rebuilds are byte-identical: the creation date is the documents' date
 * (SOURCE_DATE_EPOCH when set) and the library stamps the zip entries
 * with a fixed date.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "../../util/alloc.h"
#include "../../util/fs.h"
#include "../../util/i18n.h"
#include "../../util/utf8.h"
#include "data.h"

/* Excel's limit on the characters of a cell. */
#define XLSX_CELL_MAX	32767

struct xlsx_formats {
	lxw_format	*header;
	lxw_format	*text;
	lxw_format	*year;
	lxw_format	*number;
	lxw_format	*amount;
	lxw_format	*ratio;
};

static void
xlsx_formats_new(lxw_workbook *wb, struct xlsx_formats *f)
{
	f->header = workbook_add_format(wb);
	format_set_bold(f->header);
	format_set_text_wrap(f->header);
	format_set_align(f->header, LXW_ALIGN_VERTICAL_TOP);
	format_set_bottom(f->header, LXW_BORDER_THIN);
	f->text = workbook_add_format(wb);
	format_set_align(f->text, LXW_ALIGN_VERTICAL_TOP);
	f->year = workbook_add_format(wb);
	format_set_num_format(f->year, "0");
	f->number = workbook_add_format(wb);
	format_set_num_format(f->number, "#,##0.######");
	f->amount = workbook_add_format(wb);
	format_set_num_format(f->amount, "#,##0.00\\ \"€\"");
	f->ratio = workbook_add_format(wb);
	format_set_num_format(f->ratio, "0.0%");
}

/*
 * A text cell. A text longer than a cell may hold (only a hostile input
 * is) is cut at a character boundary: the CSV keeps it whole.
 */
static lxw_error
xlsx_text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
    lxw_format *fmt)
{
	size_t		 len = strlen(s), i, chars = 0;
	char		*cut;
	lxw_error	 err;

	for (i = 0; i < len && chars < XLSX_CELL_MAX; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			chars++;
	while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
		i++;
	if (i == len)
		return worksheet_write_string(ws, r, c, s, fmt);
	/* The last character counted may be cut off: keep one fewer. */
	while (i > 0 && ((unsigned char)s[i - 1] & 0xc0) == 0x80)
		i--;
	if (i > 0)
		i--;
	cut = xstrndup(s, i);
	err = worksheet_write_string(ws, r, c, cut, fmt);
	free(cut);
	return err;
}

static lxw_error
xlsx_cell(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
    const struct column *col, const struct cell *v,
    const struct xlsx_formats *f)
{
	if (!v->set)
		return LXW_NO_ERROR;
	switch (col->type) {
	case COLUMN_ID:
	case COLUMN_TEXT:
	case COLUMN_CODE:
	case COLUMN_SIRET:
	case COLUMN_RNA:
	case COLUMN_DATE:
	case COLUMN_PERIOD:
		return xlsx_text(ws, r, c, v->text, f->text);
	case COLUMN_YEAR:
	case COLUMN_COUNT:
		return worksheet_write_number(ws, r, c,
		    decimal_to_double(v->dec), f->year);
	case COLUMN_NUMBER:
		return worksheet_write_number(ws, r, c,
		    decimal_to_double(v->dec), f->number);
	case COLUMN_AMOUNT:
		return worksheet_write_number(ws, r, c,
		    decimal_to_double(v->dec), f->amount);
	case COLUMN_RATIO:
		return worksheet_write_number(ws, r, c, v->ratio, f->ratio);
	case COLUMN_FLAG:
		return worksheet_write_boolean(ws, r, c, v->flag, f->text);
	}
	return LXW_NO_ERROR;
}

/*
 * One sheet: the header, the rows, widths, frozen header, filters. The
 * columns are those of the CSV (data_column_shown), in its order.
 */
static lxw_error
xlsx_sheet(lxw_workbook *wb, const struct xlsx_formats *f,
    const struct table *t, const struct cell *rows, size_t nrows,
    const struct figures *fig)
{
	lxw_worksheet	*ws = workbook_add_worksheet(wb, t->title);
	lxw_error	 err = LXW_NO_ERROR;
	lxw_col_t	 col = 0;
	size_t		 r, c;

	if (ws == NULL)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	if (nrows >= LXW_ROW_MAX)
		nrows = LXW_ROW_MAX - 1;
	for (c = 0; c < t->ncolumns && err == LXW_NO_ERROR; c++) {
		if (!data_column_shown(&t->columns[c], fig))
			continue;
		worksheet_set_column(ws, col, col, t->columns[c].width, NULL);
		err = worksheet_write_string(ws, 0, col, t->columns[c].title,
		    f->header);
		for (r = 0; r < nrows && err == LXW_NO_ERROR; r++)
			err = xlsx_cell(ws, (lxw_row_t)(r + 1), col,
			    &t->columns[c], &rows[r * t->ncolumns + c], f);
		col++;
	}
	if (err != LXW_NO_ERROR)
		return err;
	worksheet_freeze_panes(ws, 1, 0);
	return worksheet_autofilter(ws, 0, 0, (lxw_row_t)nrows,
	    (lxw_col_t)(col - 1));
}

/* Writes the workbook to path. Returns 0, or -1 with *why set. */
static int
xlsx_write(const char *path, const struct model *m, const struct figures *f,
    time_t date, const char **why)
{
	lxw_workbook_options	 opt = { LXW_FALSE, NULL, LXW_FALSE };
	lxw_doc_properties	 props;
	lxw_workbook		*wb = workbook_new_opt(path, &opt);
	struct xlsx_formats	 fmt;
	struct arena		*a;
	struct cell		*rows;
	lxw_error		 err = LXW_NO_ERROR;
	size_t			 i, n;
	char			 title[256], comments[] = "clspd";

	if (wb == NULL) {
		*why = strerror(errno);
		return -1;
	}
	snprintf(title, sizeof(title), "Bilan %d – %s", m->council.y,
	    m->council.council.s != NULL ? m->council.council.s : "");
	memset(&props, 0, sizeof(props));
	props.title = title;
	props.author = m->council.council.s;
	props.company = m->council.council.s;
	props.subject = m->council.territory.s;
	props.comments = comments;	/* the library's field is not const */
	/* 0 would mean "now" to the library. */
	props.created = date > 0 ? date : 1;
	workbook_set_properties(wb, &props);
	xlsx_formats_new(wb, &fmt);
	a = arena_new();
	for (i = 0; i < data_ntables && err == LXW_NO_ERROR; i++) {
		if (!data_table_present(data_tables[i], m))
			continue;
		arena_reset(a);
		rows = data_table_rows(data_tables[i], a, m, f, &n);
		err = xlsx_sheet(wb, &fmt, data_tables[i], rows, n, f);
	}
	arena_free(a);
	if (err != LXW_NO_ERROR) {
		*why = lxw_strerror(err);
		workbook_close(wb);
		return -1;
	}
	err = workbook_close(wb);
	if (err != LXW_NO_ERROR) {
		*why = lxw_strerror(err);
		return -1;
	}
	return 0;
}

int
data_xlsx_render(const struct model *m, const struct figures *f,
    time_t date, struct sink *sink, struct diags *d)
{
	const struct pos nowhere = { NULL, 0, 0 };
	const char	*tmpdir = getenv("TMPDIR"), *why = NULL;
	char		 path[4096], name[64];
	struct buf	 b = BUF_INIT;
	int		 fd, rc = -1;

	if (tmpdir == NULL || *tmpdir == '\0')
		tmpdir = "/tmp";
	snprintf(path, sizeof(path), "%s/clspd-xlsx-XXXXXX", tmpdir);
	if ((fd = mkstemp(path)) == -1) {
		diag_error(d, nowhere, _("cannot create a temporary file in "
		    "%s for the workbook: %s"), tmpdir, strerror(errno));
		return -1;
	}
	close(fd);
	if (xlsx_write(path, m, f, date, &why) == -1)
		diag_error(d, nowhere, _("cannot write the workbook: %s"),
		    why);
	else if (fs_read_file(path, (size_t)1 << 31, &b) != 0)
		diag_error(d, nowhere, _("cannot read back the workbook %s: "
		    "%s"), path, strerror(errno));
	else {
		snprintf(name, sizeof(name), "site/data/bilan-%d.xlsx",
		    m->council.y);
		rc = sink_write(sink, name, &b);
	}
	unlink(path);
	buf_release(&b);
	return rc;
}
