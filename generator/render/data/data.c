/*
 * The data renderer (see data.h): metrics.json streamed record by record,
 * with the same bytes as data_json_write(view_data(…)) would give, and
 * indicators.csv.
 */
#include <string.h>

#include "../../util/escape.h"
#include "../../view/data.h"
#include "data.h"

typedef struct value *(*record_fn)(struct arena *, const struct model *,
    const struct figures *, size_t);

/* Writes ",\n  \"key\": [" then every record, then "\n  ]". */
static void
data_list(struct buf *b, struct arena *a, const char *key, record_fn fn,
    size_t n, const struct model *m, const struct figures *f)
{
	size_t	 i;

	buf_puts(b, ",\n  ");
	escape_json(b, key, strlen(key));
	if (n == 0) {
		buf_puts(b, ": []");
		return;
	}
	buf_puts(b, ": [");
	for (i = 0; i < n; i++) {
		arena_reset(a);
		buf_puts(b, i > 0 ? ",\n    " : "\n    ");
		data_json_value(b, fn(a, m, f, i), 2);
	}
	buf_puts(b, "\n  ]");
}

int
data_render(const struct model *m, const struct figures *f,
    struct sink *sink)
{
	struct arena		*a = arena_new();
	struct buf		 b = BUF_INIT;
	const struct value	*head = view_data_head(a, m, f);
	size_t			 i;

	buf_putc(&b, '{');
	for (i = 0; i < head->u.map.n; i++) {
		buf_puts(&b, i > 0 ? ",\n  " : "\n  ");
		escape_json(&b, head->u.map.v[i].key,
		    strlen(head->u.map.v[i].key));
		buf_puts(&b, ": ");
		data_json_value(&b, head->u.map.v[i].value, 1);
	}
	data_list(&b, a, "actions", view_data_action, m->nactions, m, f);
	data_list(&b, a, "indicators", view_data_indicator, m->nindicators,
	    m, f);
	data_list(&b, a, "partners", view_data_partner, m->npartners, m, f);
	buf_puts(&b, "\n}\n");
	arena_free(a);
	sink_write(sink, "site/data/metrics.json", &b);
	buf_truncate(&b, 0);
	data_csv_write(&b, m);
	sink_write(sink, "site/data/indicators.csv", &b);
	buf_release(&b);
	return sink->failed ? -1 : 0;
}
