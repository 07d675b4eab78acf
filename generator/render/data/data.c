/*
 * The data renderer (see data.h): metrics.json streamed record by record,
 * with the same bytes as data_json_write(view_data(…)) would give, the
 * tables, the workbook and the tables' descriptor.
 */
#include <stdio.h>
#include <string.h>

#include "../../util/escape.h"
#include "../../view/data.h"
#include "data.h"

typedef struct value *(*record_fn)(struct arena *, const struct model *,
    const struct figures *, size_t);

/* What is written is handed to the sink in parts of about this size. */
#define DATA_FLUSH (1u << 20)

/*
 * metrics.json as it is streamed: what its records are made from (m, f),
 * the arena one record is built in, and the buffer flushed to sink.
 */
struct metrics_stream {
	const struct model	*m;
	const struct figures	*f;
	struct arena		*a;
	struct buf		*b;
	struct sink		*sink;
};

/* Writes ",\n  \"key\": [" then the n records fn makes, then "\n  ]". */
static void
data_list(struct metrics_stream *st, const char *key, record_fn fn,
    size_t n)
{
	struct buf	*b = st->b;
	size_t		 i;

	buf_puts(b, ",\n  ");
	escape_json(b, key, strlen(key));
	if (n == 0) {
		buf_puts(b, ": []");
		return;
	}
	buf_puts(b, ": [");
	for (i = 0; i < n; i++) {
		arena_reset(st->a);
		buf_puts(b, i > 0 ? ",\n    " : "\n    ");
		data_json_value(b, fn(st->a, st->m, st->f, i), 2);
		if (b->len >= DATA_FLUSH)
			sink_flush(st->sink, b);
	}
	buf_puts(b, "\n  ]");
}

/* Every table as site/data/<name>.csv. */
static void
data_tables_render(const struct model *m, const struct figures *f,
    struct sink *sink, struct buf *b)
{
	struct arena	*a = arena_new();
	struct cell	*rows;
	char		 path[64];
	size_t		 i, n;

	for (i = 0; i < data_ntables; i++) {
		if (!data_table_present(data_tables[i], m))
			continue;
		arena_reset(a);
		rows = data_table_rows(data_tables[i], a, m, f, &n);
		snprintf(path, sizeof(path), "site/data/%s.csv",
		    data_tables[i]->name);
		sink_open(sink, path);
		data_csv_write(sink, b, data_tables[i], rows, n, f);
		sink_close(sink, b);
	}
	arena_free(a);
}

void
data_csv_table(struct buf *b, const char *name, const struct model *m,
    const struct figures *f)
{
	struct arena	*a = arena_new();
	struct cell	*rows;
	size_t		 i, n;

	for (i = 0; i < data_ntables; i++)
		if (strcmp(data_tables[i]->name, name) == 0) {
			rows = data_table_rows(data_tables[i], a, m, f, &n);
			data_csv_write(NULL, b, data_tables[i], rows, n, f);
		}
	arena_free(a);
}

int
data_render(const struct model *m, const struct figures *f, time_t date,
    struct sink *sink, struct diags *d)
{
	struct arena		*a = arena_new();
	struct buf		 b = BUF_INIT;
	const struct value	*head = view_data_head(a, m, f);
	struct metrics_stream	 st = { m, f, a, &b, sink };
	size_t			 i;

	sink_open(sink, "site/data/metrics.json");
	buf_putc(&b, '{');
	for (i = 0; i < head->u.map.n; i++) {
		buf_puts(&b, i > 0 ? ",\n  " : "\n  ");
		escape_json(&b, head->u.map.v[i].key,
		    strlen(head->u.map.v[i].key));
		buf_puts(&b, ": ");
		data_json_value(&b, head->u.map.v[i].value, 1);
	}
	data_list(&st, "actions", view_data_action, m->nactions);
	data_list(&st, "indicators", view_data_indicator, m->nindicators);
	data_list(&st, "partners", view_data_partner, m->npartners);
	buf_puts(&b, "\n}\n");
	arena_free(a);
	sink_close(sink, &b);
	data_tables_render(m, f, sink, &b);
	buf_truncate(&b, 0);
	data_package_write(&b, m, f);
	sink_write(sink, "site/data/datapackage.json", &b);
	buf_release(&b);
	if (sink->failed)
		return -1;
	return data_xlsx_render(m, f, date, sink, d);
}
