/*
 * Typed values out of YAML trees (see fields.h): a mapping read against
 * its table (unknown keys, French aliases, required keys), each value
 * handed to its kind's reader (fields_values.c) or to its hook.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "../util/i18n.h"
#include "../util/suggest.h"
#include "fields.h"

int
fields_is_id(const char *s)
{
	size_t	 i, len = strlen(s);

	if (len == 0 || len > 64 || s[0] == '-' || s[len - 1] == '-')
		return 0;
	for (i = 0; i < len; i++) {
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9'))
			continue;
		if (s[i] == '-' && s[i + 1] != '-')
			continue;
		return 0;
	}
	return 1;
}

/*
 * The French words a coordinator may write for a key, after the columns
 * of the action sheet and the words of the field: keys are English, and
 * "moyens" is not a typo of "means", so edit distance cannot find it.
 */
static const struct {
	const char	*french;
	const char	*key;
} key_aliases[] = {
	{ "action", "title" }, { "titre", "title" }, { "intitule", "title" },
	{ "thematique", "thematic" }, { "theme", "thematic" },
	{ "statut", "status" }, { "etat", "status" }, { "pilote", "pilot" },
	{ "periode", "period" }, { "debut", "start" }, { "fin", "end" },
	{ "ordre", "order" }, { "objectifs", "objectives" },
	{ "objectif", "objectives" }, { "reperage", "identification" },
	{ "moyens", "means" }, { "outils", "means" },
	{ "partenaires", "partners" }, { "financement", "funding" },
	{ "financements", "funding" }, { "financeurs", "funding" },
	{ "financeur", "funder" }, { "montant", "amount" },
	{ "remarque", "note" }, { "evaluation", "evaluation" },
	{ "difficultes", "difficulties" }, { "propositions", "suggestions" },
	{ "indicateur", "label" }, { "libelle", "label" },
	{ "unite", "unit" }, { "sens", "direction" },
	{ "reference", "baseline" }, { "base", "baseline" },
	{ "cible", "target" }, { "objectif-chiffre", "target" },
	{ "valeurs", "values" }, { "valeur", "value" },
	{ "annee", "year" }, { "repartition", "breakdown" },
	{ "nom", "name" }, { "sigle", "short" }, { "abreviation", "short" },
	{ "type", "kind" }, { "nature", "kind" }, { "site", "website" },
	{ "courriel", "email" }, { "mail", "email" },
	{ "telephone", "phone" }, { "tel", "phone" }, { "adresse", "address" },
	{ "conseil", "council" }, { "territoire", "territory" },
	{ "langue", "locale" }, { "coordinateur", "coordinator" },
	{ "coordinatrice", "coordinator" }, { "coordination", "coordinator" },
	{ "thematiques", "thematics" }, { "groupe", "group" },
	{ "go", "group" }, { "titre-court", "short" },
	{ "sous-titre", "subtitle" }, { "adoptee", "adopted" },
	{ "adoption", "adopted" }, { "signataires", "signatories" },
	{ "accessibilite", "accessibility" }, { "statut", "status" },
	{ "taux", "rate" },
};

/*
 * Writes s lowercased, with French accents removed and spaces and
 * underscores as hyphens, into out (size bytes).
 */
static void
fields_fold(const char *s, char *out, size_t size)
{
	static const char *const from[] = { "é", "è", "ê", "ë", "à", "â",
		"î", "ï", "ô", "ö", "û", "ù", "ü", "ç", "É", "È", "À" };
	static const char to[] = "eeeeaaiioouuuceea";
	size_t	 o = 0, i, k;

	for (i = 0; s[i] != '\0' && o + 1 < size; ) {
		for (k = 0; k < sizeof(from) / sizeof(from[0]); k++)
			if (strncmp(s + i, from[k], 2) == 0)
				break;
		if (k < sizeof(from) / sizeof(from[0])) {
			out[o++] = to[k];
			i += 2;
		} else if (s[i] == ' ' || s[i] == '_') {
			out[o++] = '-';
			i++;
		} else
			out[o++] = (char)tolower((unsigned char)s[i++]);
	}
	out[o] = '\0';
}

void
fields_slug(const char *s, char *out, size_t size)
{
	char	 folded[256];
	size_t	 i, o = 0;

	fields_fold(s, folded, sizeof(folded));
	for (i = 0; folded[i] != '\0' && o + 1 < size; i++) {
		if ((folded[i] >= 'a' && folded[i] <= 'z') ||
		    (folded[i] >= '0' && folded[i] <= '9'))
			out[o++] = folded[i];
		else if (o > 0 && out[o - 1] != '-')
			out[o++] = '-';
	}
	while (o > 0 && out[o - 1] == '-')
		o--;
	out[o] = '\0';
}

/* The key of fields that the French word s stands for, or NULL. */
static const char *
fields_alias(const char *s, const char *const *words, size_t n)
{
	char	 folded[64];
	size_t	 i, k;

	fields_fold(s, folded, sizeof(folded));
	for (i = 0; i < sizeof(key_aliases) / sizeof(key_aliases[0]); i++) {
		if (strcmp(folded, key_aliases[i].french) != 0)
			continue;
		for (k = 0; k < n; k++)
			if (strcmp(words[k], key_aliases[i].key) == 0)
				return words[k];
	}
	return NULL;
}

/*
 * Whether a value says nothing: null, only spaces, an empty list, or a
 * list of such. (A required key must say something.)
 */
static int
fields_blank(const struct ynode *n)
{
	size_t	 i;

	if (n->type == YNODE_SCALAR) {
		if (n->null)
			return 1;
		for (i = 0; i < n->len; i++)
			if (!isspace((unsigned char)n->scalar[i]))
				return 0;
		return 1;
	}
	if (n->type != YNODE_SEQ)
		return 0;
	for (i = 0; i < n->nkids; i++)
		if (n->kids[i]->type != YNODE_SCALAR ||
		    !fields_blank(n->kids[i]))
			return 0;
	return 1;
}

/* The index of key in fields (which holds it). */
static int
fields_index(const struct field *fields, const char *key)
{
	int	 f;

	for (f = 0; strcmp(fields[f].key, key) != 0; f++)
		;
	return f;
}

/*
 * Reports an unknown key with the known key it most likely stands for: a
 * near typo, or the French word for it; failing both, the keys allowed.
 * Returns the index in fields of the key suggested, or -1.
 */
static int
fields_unknown_key(struct loader *l, const struct ynode *key,
    const struct field *fields, const char *what)
{
	const char	*words[64], *near;
	size_t		 n = 0, len = 0;
	char		 list[512];

	while (fields[n].key != NULL && n < 64) {
		words[n] = fields[n].key;
		n++;
	}
	if ((near = suggest_nearest(key->scalar, words, n)) == NULL &&
	    (near = fields_alias(key->scalar, words, n)) != NULL) {
		diag_error(l->diags, key->pos, _("unknown key '%s' in %s (did "
		    "you mean '%s'? keys are written in English)"),
		    key->scalar, _(what), near);
		return fields_index(fields, near);
	}
	if (near != NULL) {
		diag_error(l->diags, key->pos,
		    _("unknown key '%s' in %s (did you mean '%s'?)"),
		    key->scalar, _(what), near);
		return fields_index(fields, near);
	}
	list[0] = '\0';
	for (size_t i = 0; i < n && len + 40 < sizeof(list); i++)
		len += (size_t)snprintf(list + len, sizeof(list) - len,
		    "%s%s", i ? ", " : "", words[i]);
	diag_error(l->diags, key->pos, _("unknown key '%s' in %s (expected "
	    "one of: %s)"), key->scalar, _(what), list);
	return -1;
}

/*
 * Whether a key is a year written plain ("2024"): after a key left empty
 * ("values:"), it is one of its years, not indented.
 */
static int
fields_is_year_text(const struct ynode *key)
{
	size_t	 i;

	if (!key->plain || key->len != 4)
		return 0;
	for (i = 0; i < 4; i++)
		if (key->scalar[i] < '0' || key->scalar[i] > '9')
			return 0;
	return 1;
}

/* Reads a year into a number (clspd.yaml's year keeps its position). */
static void
fields_year_num(struct loader *l, const struct ynode *n, struct num *out)
{
	int	 y;

	if (fields_year(l, n, &y) == 0) {
		out->set = 1;
		out->v = (decimal)y * DECIMAL_SCALE;
		out->pos = n->pos;
	}
}

/*
 * Reads an id written inside a file: only a thematic's, in clspd.yaml
 * (the other records' ids are their file names).
 */
static void
fields_id(struct loader *l, const struct ynode *n, struct str *out)
{
	if (fields_str(l, n, out) == -1)
		return;
	if (!fields_is_id(out->s)) {
		diag_error(l->diags, n->pos, _("invalid thematic id '%s' "
		    "(lowercase letters, digits and single hyphens, at most "
		    "64 bytes)"), out->s);
		out->s = NULL;
	}
}

/*
 * The messages for an unknown value of each enum of the tables, by the
 * field's what: whole sentences, so that a translation can give each
 * noun its own gender and article.
 */
static const struct {
	const char	*what, *near, *list;
} fields_enum_msgs[] = {
	{ "status", N_("unknown status '%s' (did you mean '%s'?)"),
	  N_("unknown status '%s' (expected one of: %s)") },
	{ "partner kind", N_("unknown partner kind '%s' (did you mean "
	  "'%s'?)"), N_("unknown partner kind '%s' (expected one of: %s)") },
	{ "direction", N_("unknown direction '%s' (did you mean '%s'?)"),
	  N_("unknown direction '%s' (expected one of: %s)") },
	{ "locale", N_("unknown locale '%s' (did you mean '%s'?)"),
	  N_("unknown locale '%s' (expected one of: %s)") },
	{ "accessibility status", N_("unknown accessibility status '%s' "
	  "(did you mean '%s'?)"), N_("unknown accessibility status '%s' "
	  "(expected one of: %s)") },
	{ "licence", N_("unknown licence '%s' (did you mean '%s'?)"),
	  N_("unknown licence '%s' (expected one of: %s)") },
	{ "subsidy nature", N_("unknown subsidy nature '%s' (did you mean "
	  "'%s'?)"), N_("unknown subsidy nature '%s' (expected one of: %s)") },
};

/* Reads one of f's names, and its rank when f asks for it. */
static void
fields_enum_field(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct str	*out = (struct str *)((char *)rec + f->off);
	const char	*near = N_("unknown value '%s' (did you mean '%s'?)");
	const char	*list = N_("unknown value '%s' (expected one of: %s)");
	size_t		 k;
	int		 i;

	for (k = 0; k < sizeof(fields_enum_msgs) /
	    sizeof(fields_enum_msgs[0]); k++)
		if (strcmp(fields_enum_msgs[k].what, f->what) == 0) {
			near = fields_enum_msgs[k].near;
			list = fields_enum_msgs[k].list;
		}
	if (fields_enum(l, n, out, f->names, _(near), _(list)) == -1 ||
	    f->index == 0)
		return;
	for (i = 0; f->names[i] != NULL; i++)
		if (strcmp(f->names[i], out->s) == 0)
			*(int *)((char *)rec + f->index - 1) = i;
}

/* Reads the value n of the field f into rec, by its kind or its hook. */
static void
fields_read_value(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	void	*v = (char *)rec + f->off;

	if (f->read != NULL) {
		f->read(l, n, rec, f);
		return;
	}
	switch (f->kind) {
	case FIELD_STR:		fields_str(l, n, v); break;
	case FIELD_TEXT:	fields_text(l, n, v); break;
	case FIELD_NUM:		fields_num(l, n, v); break;
	case FIELD_NONNEG:	fields_nonneg(l, n, v); break;
	case FIELD_INT:		fields_int(l, n, v); break;
	case FIELD_YEAR:	fields_year(l, n, v); break;
	case FIELD_YEAR_NUM:	fields_year_num(l, n, v); break;
	case FIELD_DATE:	fields_date(l, n, v); break;
	case FIELD_BOOL:	fields_bool(l, n, v); break;
	case FIELD_ID:		fields_id(l, n, v); break;
	case FIELD_REF:		fields_ref(l, n, v); break;
	case FIELD_REFS:	fields_refs(l, n, v); break;
	case FIELD_ENUM:	fields_enum_field(l, n, rec, f); break;
	case FIELD_URL:		fields_url(l, n, v, 0); break;
	case FIELD_HTTPS:	fields_url(l, n, v, 1); break;
	case FIELD_YEAR_NUMS:	fields_year_nums(l, n, v, 0); break;
	case FIELD_YEAR_NONNEGS: fields_year_nums(l, n, v, 1); break;
	case FIELD_MAP:		fields_read_map(l, n, f->sub, v); break;
	default:		break;	/* the hook's kinds */
	}
}

int
fields_read_map(struct loader *l, const struct ynode *map,
    const struct fields *table, void *rec)
{
	size_t		 i, f;
	unsigned char	 seen[64], meant[64];
	const struct field *fields = table->v;
	const struct ynode *key, *val, *empty = NULL;
	int		 near, years_told = 0;

	if (map == NULL)
		return -1;
	if (map->type != YNODE_MAP) {
		diag_error(l->diags, map->pos, _("expected a mapping for %s, "
		    "found %s"), _(table->what), ynode_kind(map));
		return -1;
	}
	memset(seen, 0, sizeof(seen));
	memset(meant, 0, sizeof(meant));
	for (i = 0; i + 1 < map->nkids; i += 2) {
		key = map->kids[i];
		val = map->kids[i + 1];
		if (key->type != YNODE_SCALAR)
			continue;	/* reported by the YAML reader */
		for (f = 0; fields[f].key != NULL; f++)
			if (strcmp(fields[f].key, key->scalar) == 0)
				break;
		if (fields[f].key == NULL && fields_is_year_text(key) &&
		    empty != NULL) {
			if (!years_told++)
				diag_error(l->diags, key->pos, _("the year %s is "
				    "not indented under '%s:' (line %d): put "
				    "two spaces before each of its years"),
				    key->scalar, empty->scalar,
				    empty->pos.line);
			continue;
		}
		if (val->type == YNODE_SCALAR && val->null)
			empty = key;
		else if (fields[f].key != NULL)
			empty = NULL;
		if (fields[f].key == NULL) {
			/* "nom:" stands for "name": one message, not two. */
			if ((near = fields_unknown_key(l, key, fields,
			    table->what)) >= 0 && near < 64)
				meant[near] = 1;
			continue;
		}
		if (f < 64 && seen[f])
			continue;	/* a duplicate, reported already */
		if (f < 64)
			seen[f] = 1;
		/* Empty: nothing, "~", "null", blanks, or an empty list. */
		if (fields_blank(val) &&
		    fields[f].required != FIELD_MAY_BE_EMPTY) {
			if (fields[f].required)
				diag_error(l->diags, val->pos,
				    _("'%s' must not be empty"), key->scalar);
			continue;
		}
		fields_read_value(l, val, rec, &fields[f]);
	}
	for (f = 0; fields[f].key != NULL && f < 64; f++)
		if (fields[f].required && !seen[f] && !meant[f])
			diag_error(l->diags, map->pos,
			    _("missing required key '%s' in %s"),
			    fields[f].key, _(table->what));
	if (table->after != NULL)
		table->after(l, map, rec);
	return 0;
}

