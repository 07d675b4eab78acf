/*
 * data/indicators.csv: RFC 4180 (CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break), UTF-8, one row per indicator and
 * per year that has a value or a target, indicators in their order, years
 * ascending: the rows are the indicators' years of the metrics stage.
 */
#include <stdlib.h>
#include <string.h>

#include "../../util/escape.h"
#include "data.h"

/* The four digits of a year (2000 to 2100, checked at load). */
static const char *
year_text(int year, char *out)
{
	out[0] = (char)('0' + year / 1000 % 10);
	out[1] = (char)('0' + year / 100 % 10);
	out[2] = (char)('0' + year / 10 % 10);
	out[3] = (char)('0' + year % 10);
	out[4] = '\0';
	return out;
}

/*
 * A text cell. One that starts with "=", "+", "-", "@", a tab or a
 * carriage return would be read as a formula by a spreadsheet (formula
 * injection, OWASP "CSV Injection"): a "'" is written before it, which
 * spreadsheets show as text. Numbers are written apart (csv_opt).
 */
static void
csv_field(struct buf *b, const char *s)
{
	struct buf	 t = BUF_INIT;

	if (s == NULL)
		return;
	if (s[0] == '\0' || strchr("=+-@\t\r", s[0]) == NULL) {
		escape_csv(b, s, strlen(s));
		return;
	}
	buf_putc(&t, '\'');
	buf_puts(&t, s);
	escape_csv(b, t.data, t.len);
	buf_release(&t);
}

static void
csv_opt(struct buf *b, struct opt o)
{
	char	 num[32];

	if (o.set)
		buf_puts(b, decimal_format(o.v, num));
}

static void
csv_indicator(struct buf *b, const struct model *m, const struct indicator *ind,
    const struct indicator_figures *f)
{
	const char	*thematic = NULL;
	char		 year[8];
	size_t		 i;

	if (ind->action.ok)
		thematic = m->actions[ind->action.index].thematic.id.s;
	for (i = 0; i < f->nyears; i++) {
		csv_field(b, ind->id);
		buf_putc(b, ',');
		csv_field(b, ind->action.id.s);
		buf_putc(b, ',');
		csv_field(b, thematic);
		buf_putc(b, ',');
		csv_field(b, ind->label.s);
		buf_putc(b, ',');
		csv_field(b, ind->unit.s);
		buf_putc(b, ',');
		buf_puts(b, model_direction_name(ind->direction));
		buf_putc(b, ',');
		buf_put(b, year_text(f->years[i].year, year), 4);
		buf_putc(b, ',');
		csv_opt(b, f->years[i].value);
		buf_putc(b, ',');
		csv_opt(b, f->years[i].target);
		buf_puts(b, "\r\n");
	}
}

void
data_csv_write(struct sink *sink, struct buf *b, const struct model *m,
    const struct figures *f)
{
	size_t	 i;

	buf_puts(b, "indicator,action,thematic,label,unit,direction,year,"
	    "value,target\r\n");
	for (i = 0; i < m->nindicators; i++) {
		csv_indicator(b, m, &m->indicators[i], &f->indicators[i]);
		if (sink != NULL && b->len >= (1u << 20))
			sink_flush(sink, b);
	}
}
