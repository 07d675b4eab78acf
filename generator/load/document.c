/*
 * Markdown files with YAML front matter: pages/<id>.md and charter.md.
 * The front matter sits between a first line "---" and the next line
 * "---" (or "..."); the body follows.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/i18n.h"
#include "fields.h"
#include "markdown.h"
#include "records.h"

/*
 * Whether the line at s (of at most len bytes, up to its end) is the
 * delimiter mark, trailing spaces, tabs and CR allowed: they are
 * invisible in an editor.
 */
static int
document_delimiter(const char *s, size_t len, const char *mark)
{
	size_t	 i;

	if (len < 3 || strncmp(s, mark, 3) != 0)
		return 0;
	for (i = 3; i < len && s[i] != '\n'; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/*
 * Finds the front matter of data. Returns 0 and sets the YAML span
 * (*yaml, *ylen), the body (*body, *blen) and the body's first line, or
 * -1 after reporting what is wrong.
 */
static int
document_split(struct loader *l, const char *path, const char *data,
    size_t len, const char **yaml, size_t *ylen, const char **body,
    size_t *blen, int *body_line)
{
	struct pos	 p = { path, 1, 1 };
	const char	*s, *end = data + len, *eol;
	int		 line = 2;

	if (!document_delimiter(data, len, "---")) {
		diag_error(l->diags, p, _("missing front matter: the file must "
		    "start with a line '---', then 'title: …', then '---'"));
		return -1;
	}
	s = memchr(data, '\n', len);
	s = s ? s + 1 : end;
	*yaml = s;
	while (s < end) {
		eol = memchr(s, '\n', (size_t)(end - s));
		if (eol == NULL)
			eol = end;
		if (document_delimiter(s, (size_t)(eol - s), "---") ||
		    document_delimiter(s, (size_t)(eol - s), "...")) {
			*ylen = (size_t)(s - *yaml);
			*body = eol < end ? eol + 1 : end;
			*blen = (size_t)(end - *body);
			*body_line = line + 1;
			return 0;
		}
		s = eol < end ? eol + 1 : end;
		line++;
	}
	diag_error(l->diags, p, _("front matter is not closed: add a line "
	    "'---' after it"));
	return -1;
}

static void
read_page_title(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct page *)rec)->title);
}

static void
read_page_order(struct loader *l, const struct ynode *n, void *rec)
{
	fields_int(l, n, &((struct page *)rec)->order);
}

static const struct field page_fields[] = {
	{ "title", 1, read_page_title },
	{ "order", 0, read_page_order },
	{ NULL, 0, NULL }
};

/*
 * Reads the front matter against fields into rec and keeps the body in
 * body, checked. Returns 0, or -1 when there is no usable front matter.
 */
static int
document_read(struct loader *l, const char *path, const char *data,
    size_t len, const struct field *fields, void *rec, const char *what,
    struct text *body_text)
{
	const char	*yaml = NULL, *body = NULL;
	size_t		 ylen = 0, blen = 0;
	int		 body_line = 1;
	struct ynode	*root;
	struct pos	 p = { path, 1, 1 };

	if (document_split(l, path, data, len, &yaml, &ylen, &body, &blen,
	    &body_line) == -1)
		return -1;
	if ((root = yaml_read(path, yaml, ylen, 1, l->diags)) == NULL)
		return -1;
	if (root->type == YNODE_MAP && root->nkids == 0)
		root->pos = p;
	fields_read_map(l, root, fields, rec, what);
	ynode_free(root);
	p.line = body_line;
	markdown_text_from_file(l, body_text, body, blen, p);
	markdown_check(l, body_text);
	return 0;
}

int
records_page_read(struct loader *l, const char *path, const char *data,
    size_t len, struct page *pg)
{
	return document_read(l, path, data, len, page_fields, pg,
	    N_("page front matter"), &pg->body);
}

/* Frees what the page owns outside the model's arena. */
void
records_page_release(struct page *pg)
{
	free(pg->id);
	free(pg->file);
}

static void
read_charter_title(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct charter *)rec)->title);
}

static void
read_charter_subtitle(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct charter *)rec)->subtitle);
}

static void
read_charter_adopted(struct loader *l, const struct ynode *n, void *rec)
{
	fields_date(l, n, &((struct charter *)rec)->adopted);
}

static void
read_charter_version(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct charter *)rec)->version);
}

static void
read_charter_signatories(struct loader *l, const struct ynode *n, void *rec)
{
	fields_refs(l, n, &((struct charter *)rec)->signatories);
}

static const struct field charter_fields[] = {
	{ "title", 1, read_charter_title },
	{ "subtitle", 0, read_charter_subtitle },
	{ "adopted", 0, read_charter_adopted },
	{ "version", 0, read_charter_version },
	{ "signatories", 0, read_charter_signatories },
	{ NULL, 0, NULL }
};

int
records_charter_read(struct loader *l, const char *path, const char *data,
    size_t len, struct charter *c)
{
	return document_read(l, path, data, len, charter_fields, c,
	    N_("charter front matter"), &c->body);
}

/* Frees what the charter owns outside the model's arena. */
void
records_charter_release(struct charter *c)
{
	free(c->file);
}
