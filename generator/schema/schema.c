/*
 * The JSON Schemas (see schema.h). Each content file's schema is the
 * table of its loader turned into JSON: a key's kind gives its type,
 * pattern or enum; its French title, description and example become the
 * editor's help. Optional keys also accept null, as the loader accepts
 * "key:" with nothing after it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../load/fields.h"
#include "../load/yaml.h"
#include "../theme/pdf_theme.h"
#include "../util/alloc.h"
#include "../util/escape.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "../theme/strings.h"
#include "schema.h"

#define DRAFT		"http://json-schema.org/draft-07/schema#"
#define ID_PATTERN	"^[a-z0-9]+(-[a-z0-9]+)*$"
/* The calendar's 29 February and 31 April are the loader's to refuse. */
#define DATE_PATTERN	"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
#define YEAR_PATTERN	"^(20[0-9][0-9]|2100)$"
#define SCALAR_TYPES	"\"string\", \"number\", \"boolean\""

const struct schema_file schema_files[] = {
	{ "clspd.schema.json", "clspd.yaml" },
	{ "partner.schema.json", "partners/<id>.yaml" },
	{ "action.schema.json", "actions/<id>.yaml" },
	{ "indicator.schema.json", "indicators/<id>.yaml" },
	{ "page.schema.json", "pages/<id>.md (front matter)" },
	{ "charter.schema.json", "charter.md (front matter)" },
	{ "style.schema.json", "theme/pdf/style.yaml" },
	{ "strings-fr.schema.json", "theme/strings/fr.yaml" },
	{ "strings-en.schema.json", "theme/strings/en.yaml" },
	{ NULL, NULL }
};

const char *
schema_for(const char *path)
{
	static const struct {
		const char	*dir;	/* the folder, or the whole path */
		const char	*name;
	} where[] = {
		{ "clspd.yaml", "clspd.schema.json" },
		{ "partners/", "partner.schema.json" },
		{ "actions/", "action.schema.json" },
		{ "indicators/", "indicator.schema.json" },
		{ "theme/pdf/style.yaml", "style.schema.json" },
		{ "theme/strings/fr.yaml", "strings-fr.schema.json" },
		{ "theme/strings/en.yaml", "strings-en.schema.json" },
	};
	size_t	 i, len = strlen(path), dlen;

	if (len < 5 || strcmp(path + len - 5, ".yaml") != 0)
		return NULL;
	for (i = 0; i < sizeof(where) / sizeof(where[0]); i++) {
		dlen = strlen(where[i].dir);
		if (where[i].dir[dlen - 1] == '/' ?
		    strncmp(path, where[i].dir, dlen) == 0 &&
		    strchr(path + dlen, '/') == NULL :
		    strcmp(path, where[i].dir) == 0)
			return where[i].name;
	}
	return NULL;
}

/*
 * A small JSON writer with two-space indentation: each container counts
 * its members, so that commas and line breaks fall in place.
 */
struct jw {
	struct buf	*b;
	int		 depth;
	int		 count[32];
	int		 after_key;
};

static void
jw_indent(struct jw *w)
{
	int	 i;

	buf_putc(w->b, '\n');
	for (i = 0; i < w->depth; i++)
		buf_puts(w->b, "  ");
}

/* Starts a value: after its key, or as the next member of an array. */
static void
jw_value(struct jw *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->depth > 0) {
		if (w->count[w->depth]++ > 0)
			buf_putc(w->b, ',');
		jw_indent(w);
	}
}

static void
jw_key(struct jw *w, const char *key)
{
	if (w->count[w->depth]++ > 0)
		buf_putc(w->b, ',');
	jw_indent(w);
	escape_json(w->b, key, strlen(key));
	buf_puts(w->b, ": ");
	w->after_key = 1;
}

static void
jw_open(struct jw *w, char c)
{
	jw_value(w);
	buf_putc(w->b, c);
	w->count[++w->depth] = 0;
}

static void
jw_close(struct jw *w, char c)
{
	if (w->count[w->depth--] > 0)
		jw_indent(w);
	buf_putc(w->b, c);
}

static void
jw_str(struct jw *w, const char *s)
{
	jw_value(w);
	escape_json(w->b, s, strlen(s));
}

/* A number, a literal or a short array written as it is. */
static void
jw_raw(struct jw *w, const char *s)
{
	jw_value(w);
	buf_puts(w->b, s);
}

static void
jw_key_str(struct jw *w, const char *key, const char *s)
{
	jw_key(w, key);
	jw_str(w, s);
}

static void
jw_key_raw(struct jw *w, const char *key, const char *s)
{
	jw_key(w, key);
	jw_raw(w, s);
}

/* Whether s is a number as JSON writes it. */
static int
json_number(const char *s)
{
	size_t	 i = (*s == '-'), digits = 0;

	for (; s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (digits == 0 || (digits > 1 && s[*s == '-'] == '0'))
		return 0;
	if (s[i] == '.') {
		for (i++, digits = 0; s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
		if (digits == 0)
			return 0;
	}
	return s[i] == '\0';
}

/* A YAML tree as JSON: plain numbers stay numbers, the rest is text. */
static void
jw_ynode(struct jw *w, const struct ynode *n)
{
	size_t	 i;

	if (n->type == YNODE_SCALAR) {
		if (n->plain && json_number(n->scalar))
			jw_raw(w, n->scalar);
		else
			jw_str(w, n->scalar);
		return;
	}
	jw_open(w, n->type == YNODE_MAP ? '{' : '[');
	for (i = 0; i < n->nkids; i++) {
		if (n->type == YNODE_MAP && i % 2 == 0) {
			jw_key(w, n->kids[i]->scalar);
			continue;
		}
		jw_ynode(w, n->kids[i]);
	}
	jw_close(w, n->type == YNODE_MAP ? '}' : ']');
}

/* "examples": the field's example, a YAML value, as JSON. */
static void
jw_example(struct jw *w, const char *example)
{
	struct diags	 d;
	struct ynode	*root;

	memset(&d, 0, sizeof(d));
	root = yaml_read("example", example, strlen(example), 0, &d);
	diags_release(&d);
	if (root == NULL)
		return;
	jw_key(w, "examples");
	jw_open(w, '[');
	jw_ynode(w, root);
	jw_close(w, ']');
	ynode_forget(root);
}

/* "type": the types, with null when the key may be left empty. */
static void
jw_types(struct jw *w, const char *types, int nullable)
{
	char	 s[128];

	snprintf(s, sizeof(s), "[%s%s]", types, nullable ? ", \"null\"" : "");
	jw_key_raw(w, "type", strchr(types, ',') || nullable ? s : types);
}

static void	schema_object(struct jw *, const struct fields *);

/* The keys of a mapping of years, each to the schema that follows. */
static void
jw_years_open(struct jw *w)
{
	jw_key(w, "patternProperties");
	jw_open(w, '{');
	jw_key(w, YEAR_PATTERN);
	jw_open(w, '{');
}

static void
jw_years_close(struct jw *w)
{
	jw_close(w, '}');
	jw_close(w, '}');
	jw_key_raw(w, "additionalProperties", "false");
}

static void
jw_number(struct jw *w, int nonneg)
{
	jw_key_str(w, "type", "number");
	if (nonneg)
		jw_key_raw(w, "minimum", "0");
}

/*
 * An editor shows "patternErrorMessage" (yaml-language-server, VS Code)
 * instead of the regular expression: what to write, in French.
 */
static void
jw_pattern(struct jw *w, const char *pattern, const char *message)
{
	jw_key_str(w, "pattern", pattern);
	jw_key_str(w, "patternErrorMessage", message);
}

/* An id, of a record of kind what ("partner") when it refers to one. */
static void
jw_id(struct jw *w, const char *what)
{
	static const struct {
		const char	*what;
		const char	*french;
	} records[] = {
		{ "partner", "L'identifiant d'un partenaire est le nom de son "
		  "fichier dans partners/, sans .yaml : " },
		{ "action", "L'identifiant d'une action est le nom de son "
		  "fichier dans actions/, sans .yaml : " },
		{ "thematic", "L'identifiant d'une thématique est l'un des id "
		  "de thematics dans clspd.yaml : " },
	};
	char	 message[512];
	size_t	 i;

	for (i = 0; i < sizeof(records) / sizeof(records[0]); i++)
		if (what != NULL && strcmp(what, records[i].what) == 0)
			break;
	snprintf(message, sizeof(message), "%slettres minuscules sans "
	    "accents, chiffres et tirets simples, par exemple "
	    "« mediation-sociale ».", i < sizeof(records) /
	    sizeof(records[0]) ? records[i].french : "Un identifiant "
	    "s'écrit en ");
	jw_pattern(w, ID_PATTERN, message);
	jw_key_raw(w, "maxLength", "64");
}

/* The constraints of a value of kind f->kind; nullable adds null. */
static void
schema_kind(struct jw *w, const struct field *f, int nullable)
{
	size_t	 i;
	char	 max[32];

	switch (f->kind) {
	case FIELD_STR:
		jw_types(w, SCALAR_TYPES, nullable);
		if (f->required)
			jw_key_raw(w, "minLength", "1");
		break;
	case FIELD_TEXT:
		jw_types(w, SCALAR_TYPES ", \"array\"", nullable);
		jw_key(w, "items");
		jw_open(w, '{');
		jw_types(w, SCALAR_TYPES, 0);
		jw_close(w, '}');
		break;
	case FIELD_NUM:
	case FIELD_NONNEG:
		jw_types(w, "\"number\"", nullable);
		if (f->kind == FIELD_NONNEG)
			jw_key_raw(w, "minimum", "0");
		if (f->max > 0) {
			snprintf(max, sizeof(max), "%d", f->max);
			jw_key_raw(w, "maximum", max);
		}
		break;
	case FIELD_INT:
		jw_types(w, "\"integer\"", nullable);
		break;
	case FIELD_YEAR:
	case FIELD_YEAR_NUM:
		jw_types(w, "\"integer\"", nullable);
		jw_key_raw(w, "minimum", "2000");
		jw_key_raw(w, "maximum", "2100");
		break;
	case FIELD_DATE:
		jw_types(w, "\"string\"", nullable);
		jw_pattern(w, DATE_PATTERN, "Une date s'écrit AAAA-MM-JJ, par "
		    "exemple 2025-06-12.");
		break;
	case FIELD_BOOL:
		jw_types(w, "\"boolean\"", nullable);
		break;
	case FIELD_ID:
	case FIELD_REF:
		jw_types(w, "\"string\"", nullable);
		jw_id(w, f->kind == FIELD_REF ? f->what : NULL);
		break;
	case FIELD_REFS:
		jw_types(w, "\"array\"", nullable);
		jw_key(w, "items");
		jw_open(w, '{');
		jw_key_str(w, "type", "string");
		jw_id(w, f->what);
		jw_close(w, '}');
		break;
	case FIELD_ENUM:
		jw_key(w, "enum");
		jw_open(w, '[');
		for (i = 0; f->names[i] != NULL; i++)
			jw_str(w, f->names[i]);
		if (nullable)
			jw_raw(w, "null");
		jw_close(w, ']');
		break;
	case FIELD_URL:
	case FIELD_HTTPS:
		jw_types(w, "\"string\"", nullable);
		if (f->kind == FIELD_URL)
			jw_pattern(w, "^https?://[^ \"<>\\\\`]+$", "Une adresse "
			    "commence par http:// ou https:// et ne contient "
			    "ni espace ni guillemet.");
		else
			jw_pattern(w, "^https://[^ \"<>\\\\`]+$", "L'adresse du "
			    "site commence par https:// et ne contient ni "
			    "espace ni guillemet.");
		break;
	case FIELD_YEAR_NUMS:
	case FIELD_YEAR_NONNEGS:
		jw_types(w, "\"object\"", nullable);
		jw_years_open(w);
		jw_number(w, f->kind == FIELD_YEAR_NONNEGS);
		jw_years_close(w);
		break;
	case FIELD_NUM_OR_YEARS:
		jw_types(w, "\"number\", \"object\"", nullable);
		jw_years_open(w);
		jw_number(w, 0);
		jw_years_close(w);
		break;
	case FIELD_MAP:
		jw_types(w, "\"object\"", nullable);
		schema_object(w, f->sub);
		break;
	case FIELD_LIST:
		jw_types(w, "\"array\"", nullable);
		if (f->required)
			jw_key_raw(w, "minItems", "1");
		jw_key(w, "items");
		jw_open(w, '{');
		jw_key_str(w, "title", f->sub->title);
		jw_key_str(w, "description", f->sub->doc);
		jw_key_str(w, "type", "object");
		schema_object(w, f->sub);
		jw_close(w, '}');
		break;
	case FIELD_YEAR_LISTS:
		jw_types(w, "\"object\"", nullable);
		jw_years_open(w);
		jw_types(w, "\"array\"", 1);
		jw_key(w, "items");
		jw_open(w, '{');
		jw_key_str(w, "title", f->sub->title);
		jw_key_str(w, "description", f->sub->doc);
		jw_key_str(w, "type", "object");
		schema_object(w, f->sub);
		jw_close(w, '}');
		jw_years_close(w);
		break;
	case FIELD_YEAR_LABELS:
		jw_types(w, "\"object\"", nullable);
		jw_years_open(w);
		jw_key_str(w, "type", "object");
		jw_key(w, "additionalProperties");
		jw_open(w, '{');
		jw_number(w, 1);
		jw_close(w, '}');
		jw_years_close(w);
		break;
	}
}

/* One key: its help, then its constraints. */
static void
schema_field(struct jw *w, const struct field *f)
{
	jw_key(w, f->key);
	jw_open(w, '{');
	jw_key_str(w, "title", f->title);
	jw_key_str(w, "description", f->doc);
	schema_kind(w, f, f->required != 1);
	if (f->example != NULL)
		jw_example(w, f->example);
	jw_close(w, '}');
}

/* The members of an object schema: its keys, required ones, no other. */
static void
schema_object(struct jw *w, const struct fields *t)
{
	const struct field *f;
	int		 nreq = 0;

	jw_key(w, "properties");
	jw_open(w, '{');
	for (f = t->v; f->key != NULL; f++) {
		schema_field(w, f);
		nreq += f->required != 0;
	}
	jw_close(w, '}');
	if (nreq > 0) {
		jw_key(w, "required");
		jw_open(w, '[');
		for (f = t->v; f->key != NULL; f++)
			if (f->required)
				jw_str(w, f->key);
		jw_close(w, ']');
	}
	jw_key_raw(w, "additionalProperties", "false");
}

/* The head of every schema file. */
static void
schema_head(struct jw *w, const char *title, const char *doc)
{
	jw_open(w, '{');
	jw_key_str(w, "$schema", DRAFT);
	jw_key_str(w, "title", title);
	jw_key_str(w, "description", doc);
	jw_key_str(w, "type", "object");
}

static void
schema_record(struct jw *w, const struct fields *t)
{
	schema_head(w, t->title, t->doc);
	schema_object(w, t);
	jw_close(w, '}');
}

/*
 * The French help of each key of pdf/style.yaml, by name: the keys
 * themselves come from pdf_theme_keys, and a key without help here makes
 * the schema fail, so the two lists cannot drift apart.
 */
static const struct {
	const char	*key;
	const char	*title;
	const char	*doc;
} style_docs[] = {
	{ "accent", "Couleur d'accent", "Couleur des titres, des filets et "
	  "des graphiques, écrite #RRVVBB." },
	{ "accent_dark", "Accent foncé", "Teinte foncée de l'accent (la "
	  "couverture, les intertitres), écrite #RRVVBB." },
	{ "accent_light", "Accent clair", "Teinte claire de l'accent (les "
	  "en-têtes de tableaux, le lieu sur la couverture), écrite "
	  "#RRVVBB." },
	{ "on_accent", "Texte sur l'accent", "Couleur du texte posé sur "
	  "l'accent et sur l'accent foncé (la couverture), écrite "
	  "#RRVVBB." },
	{ "text", "Texte", "Couleur du texte courant, sur la page blanche, "
	  "écrite #RRVVBB." },
	{ "muted", "Texte discret", "Couleur des notes, des axes et des "
	  "légendes, écrite #RRVVBB." },
	{ "rule", "Filets", "Couleur des filets fins et de la grille des "
	  "graphiques, écrite #RRVVBB." },
	{ "fill", "Fonds", "Couleur des fonds clairs, écrite #RRVVBB." },
	{ "chart_bar", "Barres des graphiques", "Couleur des autres barres "
	  "des graphiques (l'année en cours et l'action prioritaire sont "
	  "dans l'accent), écrite #RRVVBB." },
	{ "chart_target", "Cibles des graphiques", "Couleur des marques de "
	  "cible du graphique des années, écrite #RRVVBB." },
	{ "font_regular", "Police du texte", "Fichier TrueType (.ttf) du "
	  "texte courant : chemin absolu, ou relatif au dossier du thème." },
	{ "font_bold", "Police grasse", "Fichier TrueType (.ttf) du gras." },
	{ "font_italic", "Police italique", "Fichier TrueType (.ttf) de "
	  "l'italique." },
	{ "font_bold_italic", "Police grasse italique", "Fichier TrueType "
	  "(.ttf) du gras italique." },
	{ "font_heading", "Police des titres", "Fichier TrueType (.ttf) des "
	  "grands titres." },
};

static int
schema_style(struct jw *w)
{
	size_t	 i, k;

	schema_head(w, "Styles des PDF (theme/pdf/style.yaml)", "Les "
	    "couleurs et les polices des PDF ; chaque clé remplace celle du "
	    "thème par défaut.");
	jw_key(w, "properties");
	jw_open(w, '{');
	for (i = 0; pdf_theme_keys[i] != NULL; i++) {
		for (k = 0; k < sizeof(style_docs) / sizeof(style_docs[0]); k++)
			if (strcmp(style_docs[k].key, pdf_theme_keys[i]) == 0)
				break;
		if (k == sizeof(style_docs) / sizeof(style_docs[0]))
			return -1;
		jw_key(w, pdf_theme_keys[i]);
		jw_open(w, '{');
		jw_key_str(w, "title", style_docs[k].title);
		jw_key_str(w, "description", style_docs[k].doc);
		jw_key_str(w, "type", "string");
		if (i < PDF_THEME_COLOURS)
			jw_pattern(w, "^#[0-9A-Fa-f]{6}$", "Une couleur "
			    "s'écrit #RRVVBB, par exemple #0f5e6e.");
		jw_close(w, '}');
	}
	jw_close(w, '}');
	jw_key_raw(w, "additionalProperties", "false");
	jw_close(w, '}');
	return 0;
}

/* strings/<locale>.yaml: the keys of the default theme's file. */
static int
schema_strings(struct jw *w, const char *locale)
{
	struct strings	 s;
	struct theme	 none;
	struct diags	 d;
	struct buf	 doc = BUF_INIT;
	size_t		 i;
	int		 rc = -1;

	memset(&none, 0, sizeof(none));
	memset(&d, 0, sizeof(d));
	if (strings_load(&s, &none, locale, &d) == -1 || d.errors > 0)
		goto out;
	schema_head(w, "Libellés (theme/strings/*.yaml)", "Les libellés du "
	    "site et des PDF ; chaque clé remplace celle du thème par "
	    "défaut. {year} est remplacé par l'année du bilan.");
	jw_key(w, "properties");
	jw_open(w, '{');
	for (i = 0; i < s.n; i++) {
		jw_key(w, s.keys[i]);
		jw_open(w, '{');
		buf_truncate(&doc, 0);
		buf_printf(&doc, "Par défaut : « %s ».", s.values[i]);
		jw_key_str(w, "description", buf_cstr(&doc));
		jw_types(w, SCALAR_TYPES, 0);
		jw_close(w, '}');
	}
	jw_close(w, '}');
	jw_key_raw(w, "additionalProperties", "false");
	jw_close(w, '}');
	rc = 0;
out:
	strings_release(&s);
	diags_release(&d);
	buf_release(&doc);
	return rc;
}

int
schema_text(const char *name, struct buf *out)
{
	static const struct {
		const char		*name;
		const struct fields	*t;
	} records[] = {
		{ "clspd.schema.json", &records_council_fields },
		{ "partner.schema.json", &records_partner_fields },
		{ "action.schema.json", &records_action_fields },
		{ "indicator.schema.json", &records_indicator_fields },
		{ "page.schema.json", &records_page_fields },
		{ "charter.schema.json", &records_charter_fields },
	};
	struct jw	 w;
	size_t		 i;
	int		 rc = 0;

	memset(&w, 0, sizeof(w));
	w.b = out;
	for (i = 0; i < sizeof(records) / sizeof(records[0]); i++)
		if (strcmp(name, records[i].name) == 0)
			break;
	if (i < sizeof(records) / sizeof(records[0]))
		schema_record(&w, records[i].t);
	else if (strcmp(name, "style.schema.json") == 0)
		rc = schema_style(&w);
	else if (strcmp(name, "strings-fr.schema.json") == 0)
		rc = schema_strings(&w, "fr");
	else if (strcmp(name, "strings-en.schema.json") == 0)
		rc = schema_strings(&w, "en");
	else
		rc = -1;
	buf_putc(out, '\n');
	return rc;
}

int
schema_write(const char *dir)
{
	struct buf	 b = BUF_INIT;
	const char	*step;
	char		*path;
	size_t		 i;
	int		 rc = EXIT_OK;

	if (fs_mkdir_p(dir) == -1) {
		fprintf(stderr, _("clspd: %s: %s\n"), dir, strerror(errno));
		return EXIT_IO;
	}
	for (i = 0; schema_files[i].name != NULL && rc == EXIT_OK; i++) {
		buf_truncate(&b, 0);
		path = fs_join(dir, schema_files[i].name);
		if (schema_text(schema_files[i].name, &b) == -1) {
			fprintf(stderr, _("clspd: %s: the default theme is "
			    "broken\n"), path);
			rc = EXIT_IO;
		} else if (fs_write_file(path, b.data, b.len, &step) == -1) {
			fprintf(stderr, _("clspd: %s: %s failed: %s\n"), path,
			    step, strerror(errno));
			rc = EXIT_IO;
		}
		free(path);
	}
	buf_release(&b);
	return rc;
}
