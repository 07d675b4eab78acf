/*
 * Markdown files with YAML front matter: pages/<id>.md and charter.md.
 * The front matter sits between a first line "---" and the next line
 * "---" (or "..."); the body follows.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../markdown/markdown.h"
#include "../util/alloc.h"
#include "../util/i18n.h"
#include "fields.h"
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
 * A file with front matter (path, data, len) and, once split, its two
 * parts: the YAML between the delimiters and the body after them.
 */
struct document {
	const char	*path;
	const char	*data;
	size_t		 len;
	const char	*yaml;
	size_t		 ylen;
	const char	*body;
	size_t		 blen;
	int		 body_line;	/* the body's first line in the file */
};

/*
 * Finds the front matter of doc's data. Returns 0 and sets the YAML span
 * (yaml, ylen), the body (body, blen) and the body's first line, or -1
 * after reporting what is wrong.
 */
static int
document_split(struct loader *l, struct document *doc)
{
	struct pos	 p = { doc->path, 1, 1 };
	const char	*s, *end = doc->data + doc->len, *eol;
	int		 line = 2;

	if (!document_delimiter(doc->data, doc->len, "---")) {
		diag_error(l->diags, p, _("missing front matter: the file must "
		    "start with a line '---', then 'title: …', then '---'"));
		return -1;
	}
	s = memchr(doc->data, '\n', doc->len);
	s = s ? s + 1 : end;
	doc->yaml = s;
	while (s < end) {
		eol = memchr(s, '\n', (size_t)(end - s));
		if (eol == NULL)
			eol = end;
		if (document_delimiter(s, (size_t)(eol - s), "---") ||
		    document_delimiter(s, (size_t)(eol - s), "...")) {
			doc->ylen = (size_t)(s - doc->yaml);
			doc->body = eol < end ? eol + 1 : end;
			doc->blen = (size_t)(end - doc->body);
			doc->body_line = line + 1;
			return 0;
		}
		s = eol < end ? eol + 1 : end;
		line++;
	}
	diag_error(l->diags, p, _("front matter is not closed: add a line "
	    "'---' after it"));
	return -1;
}

static const struct field page_v[] = {
	{ .key = "title", .kind = FIELD_STR, .required = 1,
	  .off = offsetof(struct page, title),
	  .title = "Titre", .doc = "Titre de la page, dans le menu et en "
	  "tête de la page.", .example = "Le mot du maire" },
	{ .key = "order", .kind = FIELD_INT,
	  .off = offsetof(struct page, order),
	  .title = "Ordre", .doc = "Rang de la page dans le menu (nombre "
	  "entier) ; sinon l'ordre alphabétique des titres.",
	  .example = "1" },
	{ .key = "opens_report", .kind = FIELD_BOOL,
	  .off = offsetof(struct page, opens_report),
	  .title = "Ouvre le rapport", .doc = "true : la page ouvre le "
	  "rapport, avant les chiffres clés, et vient en premier sur le site "
	  "(le mot du maire) ; false par défaut.", .example = "true" },
	{ NULL }
};

const struct fields records_page_fields = {
	.what = N_("page front matter"), .v = page_v,
	.title = "Page (en-tête de pages/<id>.md)",
	.doc = "L'en-tête d'une page libre, entre deux lignes « --- » ; "
	"son identifiant est le nom du fichier.",
};

/*
 * Reads doc's front matter against fields into rec and keeps its body in
 * body_text, checked. Returns 0, or -1 when there is no usable front
 * matter.
 */
static int
document_read(struct loader *l, struct document *doc,
    const struct fields *fields, void *rec, struct text *body_text)
{
	struct ynode	*root;
	struct pos	 p = { doc->path, 1, 1 };

	if (document_split(l, doc) == -1)
		return -1;
	if ((root = yaml_read(doc->path, doc->yaml, doc->ylen, 1,
	    l->diags)) == NULL)
		return -1;
	if (root->type == YNODE_MAP && root->nkids == 0)
		root->pos = p;
	fields_read_map(l, root, fields, rec);
	ynode_forget(root);
	p.line = doc->body_line;
	markdown_text_from_file(l->arena, body_text, doc->body, doc->blen, p);
	markdown_check(l->diags, body_text);
	return 0;
}

int
records_page_read(struct loader *l, const char *path, const char *data,
    size_t len, struct page *pg)
{
	struct document	 doc = { path, data, len, NULL, 0, NULL, 0, 1 };

	return document_read(l, &doc, &records_page_fields, pg, &pg->body);
}

static const struct field charter_v[] = {
	{ .key = "title", .kind = FIELD_STR, .required = 1,
	  .off = offsetof(struct charter, title),
	  .title = "Titre", .doc = "Titre de la charte, en couverture du "
	  "livret.", .example = "Charte de la tranquillité publique" },
	{ .key = "subtitle", .kind = FIELD_STR,
	  .off = offsetof(struct charter, subtitle),
	  .title = "Sous-titre", .doc = "Sous-titre de la couverture.",
	  .example = "Engagements des partenaires du CLSPD" },
	{ .key = "adopted", .kind = FIELD_DATE,
	  .off = offsetof(struct charter, adopted),
	  .title = "Date d'adoption", .doc = "Date d'adoption de la charte, "
	  "écrite AAAA-MM-JJ.", .example = "2025-06-12" },
	{ .key = "version", .kind = FIELD_STR,
	  .off = offsetof(struct charter, version),
	  .title = "Version", .doc = "Numéro ou nom de version de la "
	  "charte.", .example = "2" },
	{ .key = "signatories", .kind = FIELD_REFS, .what = "partner",
	  .off = offsetof(struct charter, signatories),
	  .title = "Signataires", .doc = "Partenaires qui signent la charte : "
	  "liste d'identifiants de partenaires (noms des fichiers de "
	  "partners/).", .example = "[mairie, prefecture]" },
	{ NULL }
};

const struct fields records_charter_fields = {
	.what = N_("charter front matter"), .v = charter_v,
	.title = "Charte (en-tête de charter.md)",
	.doc = "L'en-tête de la charte, entre deux lignes « --- ».",
};

int
records_charter_read(struct loader *l, const char *path, const char *data,
    size_t len, struct charter *c)
{
	struct document	 doc = { path, data, len, NULL, 0, NULL, 0, 1 };

	return document_read(l, &doc, &records_charter_fields, c, &c->body);
}
