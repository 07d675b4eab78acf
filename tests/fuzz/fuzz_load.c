/*
 * libFuzzer harness for the loader: one content file's bytes, read the
 * way load.c reads a file (size and UTF-8 checks, then YAML or front
 * matter, then the record loader, Markdown checks included). The first
 * byte chooses the kind of record. Any crash, leak, hang or sanitizer
 * report is a bug; diagnostics are the expected outcome.
 *
 *   make fuzz [FUZZ_SECONDS=60]
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/load/fields.h"
#include "../../generator/load/load.h"
#include "../../generator/load/records.h"
#include "../../generator/load/yaml.h"
#include "../../generator/markdown/markdown.h"
#include "../../generator/util/utf8.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fuzz_yaml(struct loader *l, struct model *m, int kind, const char *s,
    size_t len)
{
	struct ynode	*root = yaml_read("f.yaml", s, len, 0, l->diags);
	struct partner	 p;
	struct action	 a;
	struct indicator ind;

	switch (kind) {
	case 0:
		records_council_read(l, root, &m->council);
		break;
	case 1:
		memset(&p, 0, sizeof(p));
		records_partner_read(l, root, &p);
		break;
	case 2:
		memset(&a, 0, sizeof(a));
		records_action_read(l, root, &a);
		break;
	default:
		memset(&ind, 0, sizeof(ind));
		records_indicator_read(l, root, &ind);
		break;
	}
	ynode_forget(root);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags	 d;
	struct model	*m;
	struct loader	 l;
	struct page	 pg;
	struct charter	 c;
	const char	*s = (const char *)data + 1, *why;
	size_t		 len;
	int		 kind, line, col;

	if (size < 1 || size > LOAD_MAX_FILE)
		return 0;
	kind = data[0] % 6;
	len = size - 1;
	if (utf8_check(s, len, &line, &col, &why) == -1)
		return 0;	/* reported by load.c; nothing further runs */
	memset(&d, 0, sizeof(d));
	m = model_new("fuzz");
	l.diags = &d;
	l.arena = model_arena(m);
	if (kind < 4)
		fuzz_yaml(&l, m, kind, s, len);
	else if (kind == 4) {
		memset(&pg, 0, sizeof(pg));
		records_page_read(&l, "p.md", s, len, &pg);
	} else {
		memset(&c, 0, sizeof(c));
		records_charter_read(&l, "charter.md", s, len, &c);
	}
	m->council.file = NULL;
	model_free(m);
	diags_release(&d);
	return 0;
}
