/*
 * A small JSON writer over the value tree. We write our own rather than
 * use jansson: ours prints exact decimals as written ("12500.5", never
 * 12500.499999999999), ratios in their shortest round-trip form, keeps
 * key order without a second copy of the tree, and is about 100 lines.
 * It recurses, which is safe: the data tree is at most six levels deep.
 */
#include <string.h>

#include "../../util/escape.h"
#include "data.h"

static void
json_indent(struct buf *b, int depth)
{
	static const char spaces[] = "                                ";
	size_t		 n = 2 * (size_t)depth, k;

	buf_putc(b, '\n');
	while (n > 0) {
		k = n < sizeof(spaces) - 1 ? n : sizeof(spaces) - 1;
		buf_put(b, spaces, k);
		n -= k;
	}
}

static void
json_value(struct buf *b, const struct value *v, int depth)
{
	char	 num[32];
	size_t	 i;

	switch (v->type) {
	case VALUE_NULL:
	case VALUE_MARKDOWN:
		buf_puts(b, "null");
		break;
	case VALUE_BOOL:
		buf_puts(b, v->u.boolean ? "true" : "false");
		break;
	case VALUE_DOUBLE:
		buf_puts(b, value_format_double(v->u.number, num));
		break;
	case VALUE_DECIMAL:
		buf_puts(b, decimal_format(v->u.dec, num));
		break;
	case VALUE_STRING:
		escape_json(b, v->u.str.s, v->u.str.len);
		break;
	case VALUE_LIST:
		if (v->u.list.n == 0) {
			buf_puts(b, "[]");
			break;
		}
		buf_putc(b, '[');
		for (i = 0; i < v->u.list.n; i++) {
			if (i > 0)
				buf_putc(b, ',');
			json_indent(b, depth + 1);
			json_value(b, v->u.list.v[i], depth + 1);
		}
		json_indent(b, depth);
		buf_putc(b, ']');
		break;
	case VALUE_MAP:
		if (v->u.map.n == 0) {
			buf_puts(b, "{}");
			break;
		}
		buf_putc(b, '{');
		for (i = 0; i < v->u.map.n; i++) {
			if (i > 0)
				buf_putc(b, ',');
			json_indent(b, depth + 1);
			escape_json(b, v->u.map.v[i].key,
			    strlen(v->u.map.v[i].key));
			buf_puts(b, ": ");
			json_value(b, v->u.map.v[i].value, depth + 1);
		}
		json_indent(b, depth);
		buf_putc(b, '}');
		break;
	}
}

void
data_json_value(struct buf *b, const struct value *v, int depth)
{
	json_value(b, v, depth);
}

void
data_json_write(struct buf *b, const struct value *v)
{
	json_value(b, v, 0);
	buf_putc(b, '\n');
}
