/*
 * Typed values out of YAML trees (see fields.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../markdown/markdown.h"
#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/escape.h"
#include "../util/i18n.h"
#include "../util/suggest.h"
#include "../util/utf8.h"
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

/* Reports a value of the wrong shape; returns -1 for the callers. */
static int
fields_expected(struct loader *l, const struct ynode *n, const char *want)
{
	diag_error(l->diags, n->pos, _("expected %s, found %s"), _(want),
	    ynode_kind(n));
	return -1;
}

int
fields_str(struct loader *l, const struct ynode *n, struct str *out)
{
	size_t	 chars;

	if (n->type != YNODE_SCALAR)
		return fields_expected(l, n, N_("a single value"));
	if (n->len > FIELDS_MAX_LINE &&
	    (chars = utf8_length(n->scalar)) > FIELDS_MAX_LINE) {
		diag_error(l->diags, n->pos, _("text of %zu characters, longer "
		    "than %d: a title, a name or a label is one line; write a "
		    "shorter one"), chars, FIELDS_MAX_LINE);
		return -1;
	}
	out->s = arena_strndup(l->arena, n->scalar, n->len);
	out->pos = n->pos;
	return 0;
}

/* Whether s is a number written with a decimal comma, "1,5". */
static int
decimal_comma(const char *s)
{
	size_t	 i = (*s == '-'), before = 0, after = 0;

	for (; s[i] >= '0' && s[i] <= '9'; i++)
		before++;
	if (s[i++] != ',')
		return 0;
	for (; s[i] >= '0' && s[i] <= '9'; i++)
		after++;
	return s[i] == '\0' && before > 0 && after > 0;
}

/* What a number was written with, besides its digits. */
enum number_extra {
	NUMBER_PLAIN,
	NUMBER_SPACES,		/* "12 500" (spaces, no-break spaces) */
	NUMBER_CURRENCY,	/* "32000 €", "32000 euros" */
	NUMBER_PERCENT		/* "90 %" */
};

/* Whether s (of len bytes) ends with the suffix t; drops it if so. */
static int
drop_suffix(char *s, size_t *len, const char *t)
{
	size_t	 n = strlen(t);

	if (*len < n || strcasecmp(s + *len - n, t) != 0)
		return 0;
	*len -= n;
	s[*len] = '\0';
	return 1;
}

/*
 * Reads "12 500", "32000 €" or "90 %" as the number a French writer
 * meant: writes the number to write into clean (size bytes, a decimal
 * comma made a point) and returns what was added to it, or NUMBER_PLAIN
 * when s is not such a number.
 */
static enum number_extra
fields_number_extra(const char *s, char *clean, size_t size)
{
	char			 t[64];
	size_t			 len = strlen(s), i, o = 0;
	enum number_extra	 kind = NUMBER_PLAIN;
	decimal			 v;
	const char		*why;

	if (len >= sizeof(t) || size < sizeof(t))
		return NUMBER_PLAIN;
	memcpy(t, s, len + 1);
	if (drop_suffix(t, &len, "\xE2\x82\xAC") ||
	    drop_suffix(t, &len, "euros") || drop_suffix(t, &len, "eur"))
		kind = NUMBER_CURRENCY;
	else if (drop_suffix(t, &len, "%"))
		kind = NUMBER_PERCENT;
	for (i = 0; i < len; ) {
		if (t[i] == ' ') {
			i++;
		} else if (strncmp(t + i, "\xC2\xA0", 2) == 0) {
			i += 2;		/* no-break space */
		} else if (strncmp(t + i, "\xE2\x80\xAF", 3) == 0) {
			i += 3;		/* narrow no-break space */
		} else {
			clean[o++] = t[i] == ',' ? '.' : t[i];
			i++;
		}
	}
	clean[o] = '\0';
	if (o == 0 || decimal_parse(clean, &v, &why) == -1)
		return NUMBER_PLAIN;
	if (kind == NUMBER_PLAIN && o < strlen(s))
		kind = NUMBER_SPACES;
	return kind;
}

/*
 * A number written with spaces, a currency or percent sign, or a yes or
 * no: reported with what to write. Returns 1 when it reported.
 */
static int
fields_number_hint(struct loader *l, const struct ynode *n)
{
	static const char *const yes_no[] = { "oui", "non", "yes", "no",
		"true", "false", "vrai", "faux", NULL };
	char	 clean[64];
	size_t	 i;

	for (i = 0; yes_no[i] != NULL; i++)
		if (strcasecmp(n->scalar, yes_no[i]) == 0) {
			diag_error(l->diags, n->pos, _("expected a number, "
			    "found '%s': a yes or a no is not a number; write "
			    "the figure itself, as in 12"), n->scalar);
			return 1;
		}
	switch (fields_number_extra(n->scalar, clean, sizeof(clean))) {
	case NUMBER_SPACES:
		diag_error(l->diags, n->pos, _("expected a number, found '%s': "
		    "write the number without spaces, as in %s"), n->scalar,
		    clean);
		return 1;
	case NUMBER_CURRENCY:
		diag_error(l->diags, n->pos, _("expected a number, found '%s': "
		    "write the amount without the currency, as in %s (amounts "
		    "are in euros)"), n->scalar, clean);
		return 1;
	case NUMBER_PERCENT:
		diag_error(l->diags, n->pos, _("expected a number, found '%s': "
		    "write the number without the percent sign, as in %s (the "
		    "unit goes in 'unit:')"), n->scalar, clean);
		return 1;
	default:
		return 0;
	}
}

int
fields_num(struct loader *l, const struct ynode *n, struct num *out)
{
	const char	*why;
	decimal		 v;

	if (n->type != YNODE_SCALAR)
		return fields_expected(l, n, N_("a number"));
	if (!n->plain) {
		diag_error(l->diags, n->pos,
		    _("expected a number, found a quoted string (remove the "
		    "quotes)"));
		return -1;
	}
	if (decimal_parse(n->scalar, &v, &why) == -1) {
		if (strcmp(why, "expected a number") == 0 &&
		    fields_number_hint(l, n))
			return -1;
		if (strcmp(why, "expected a number") == 0 &&
		    decimal_comma(n->scalar))
			diag_error(l->diags, n->pos,
			    _("expected a number, found '%s' (write the "
			    "decimals after a point: %.*s.%s)"), n->scalar,
			    (int)(strchr(n->scalar, ',') - n->scalar),
			    n->scalar, strchr(n->scalar, ',') + 1);
		else if (strcmp(why, "expected a number") == 0)
			diag_error(l->diags, n->pos,
			    _("expected a number, found '%s'"), n->scalar);
		else
			diag_error(l->diags, n->pos, _("%s: '%s'"), _(why),
			    n->scalar);
		return -1;
	}
	out->set = 1;
	out->v = v;
	out->pos = n->pos;
	return 0;
}

int
fields_nonneg(struct loader *l, const struct ynode *n, struct num *out)
{
	struct num	 v;

	memset(&v, 0, sizeof(v));
	if (fields_num(l, n, &v) == -1)
		return -1;
	if (v.v < 0) {
		diag_error(l->diags, n->pos,
		    _("must not be negative: '%s'"), n->scalar);
		return -1;
	}
	*out = v;
	return 0;
}

int
fields_int(struct loader *l, const struct ynode *n, struct num *out)
{
	struct num	 v;

	memset(&v, 0, sizeof(v));
	if (fields_num(l, n, &v) == -1)
		return -1;
	if (!decimal_is_integer(v.v) || strchr(n->scalar, '.') != NULL) {
		diag_error(l->diags, n->pos,
		    _("expected a whole number, found '%s'"), n->scalar);
		return -1;
	}
	*out = v;
	return 0;
}

int
fields_bool(struct loader *l, const struct ynode *n, int *out)
{
	if (n->type != YNODE_SCALAR)
		return fields_expected(l, n, "true or false");
	if (strcmp(n->scalar, "true") == 0 || strcmp(n->scalar, "false") == 0) {
		*out = n->scalar[0] == 't';
		return 0;
	}
	diag_error(l->diags, n->pos, _("expected true or false, found '%s'"),
	    n->scalar);
	return -1;
}

/* Checks a year number; shared by year values and year keys. */
static int
fields_year_check(struct loader *l, const struct ynode *n, int *year)
{
	struct num	 v;

	memset(&v, 0, sizeof(v));
	if (fields_int(l, n, &v) == -1)
		return -1;
	if (v.v < FIELDS_YEAR_MIN * DECIMAL_SCALE ||
	    v.v > FIELDS_YEAR_MAX * DECIMAL_SCALE) {
		diag_error(l->diags, n->pos,
		    _("year out of range: %s (expected 2000 to 2100)"),
		    n->scalar);
		return -1;
	}
	*year = (int)(v.v / DECIMAL_SCALE);
	return 0;
}

int
fields_year(struct loader *l, const struct ynode *n, int *year)
{
	if (n->type != YNODE_SCALAR)
		return fields_expected(l, n, N_("a year"));
	return fields_year_check(l, n, year);
}

int
fields_year_key(struct loader *l, const struct ynode *n, int *year)
{
	const char	*why = "expected a number";

	if (n->type != YNODE_SCALAR)
		return -1;	/* reported by the YAML reader */
	if (!n->plain && decimal_parse(n->scalar, &(decimal){0},
	    &(const char *){NULL}) == 0) {
		diag_error(l->diags, n->pos, _("expected a year as key, found "
		    "a quoted string (remove the quotes)"));
		return -1;
	}
	if (!n->plain || decimal_parse(n->scalar, &(decimal){0}, &why) == -1) {
		if (n->plain && strcmp(why, "expected a number") != 0)
			diag_error(l->diags, n->pos, _("%s: '%s'"), _(why),
			    n->scalar);
		else
			diag_error(l->diags, n->pos,
			    _("expected a year as key, found '%s'"), n->scalar);
		return -1;
	}
	return fields_year_check(l, n, year);
}

int
fields_year_seen(struct loader *l, const struct ynode *key, int year,
    int *lines)
{
	int	*first = &lines[year - FIELDS_YEAR_MIN];

	if (key->duplicate)
		return 1;	/* reported by the YAML reader */
	if (*first != 0) {
		diag_error(l->diags, key->pos, _("duplicate year %d (first "
		    "written at line %d)"), year, *first);
		return 1;
	}
	*first = key->pos.line;
	return 0;
}

/*
 * Reports a list item that is not a text. The commonest is a text
 * holding " : " ("- Moyens : un médiateur"), which YAML reads as a key
 * and its value: the message gives the item back in quotes.
 */
static void
fields_bad_text_item(struct loader *l, const struct ynode *item)
{
	const struct ynode	*k, *v;

	if (item->type == YNODE_MAP && item->nkids == 2 &&
	    (k = item->kids[0])->type == YNODE_SCALAR &&
	    (v = item->kids[1])->type == YNODE_SCALAR && !k->null)
		diag_error(l->diags, item->pos, _("this list item holds ': ', "
		    "which YAML reads as a key and its value: put the whole "
		    "text in double quotes, as in - \"%s : %s\""), k->scalar,
		    v->null ? "" : v->scalar);
	else
		diag_error(l->diags, item->pos, _("expected a text, found %s"),
		    ynode_kind(item));
}

/*
 * A text: a string, or a list of strings (a bulleted list), its sources
 * copied into the model's arena, then checked by the Markdown stage.
 */
int
fields_text(struct loader *l, const struct ynode *n, struct text *out)
{
	size_t	 i;

	markdown_text_release(out);
	if (n->type == YNODE_SEQ) {
		for (i = 0; i < n->nkids; i++)
			if (n->kids[i]->type != YNODE_SCALAR ||
			    n->kids[i]->null) {
				fields_bad_text_item(l, n->kids[i]);
				return -1;
			}
		markdown_text_alloc(l->arena, out, n->nkids + 1);
		for (i = 0; i < n->nkids; i++)
			markdown_text_add(l->arena, out, n->kids[i]->scalar,
			    n->kids[i]->len, n->kids[i]->pos);
		out->list = 1;
	} else if (n->type == YNODE_SCALAR) {
		markdown_text_alloc(l->arena, out, 1);
		markdown_text_add(l->arena, out, n->scalar, n->len, n->pos);
	}
	else {
		diag_error(l->diags, n->pos, _("expected a text or a list of "
		    "texts, found %s"), ynode_kind(n));
		return -1;
	}
	out->pos = n->pos;
	markdown_check(l->diags, out);
	return 0;
}

int
fields_ref(struct loader *l, const struct ynode *n, struct ref *out)
{
	if (fields_str(l, n, &out->id) == -1)
		return -1;
	out->ok = 0;
	return 0;
}

int
fields_refs(struct loader *l, const struct ynode *n, struct refs *out)
{
	size_t	 i;

	if (n->type != YNODE_SEQ) {
		diag_error(l->diags, n->pos, _("expected a list of partner ids, "
		    "found %s (write [id, id])"), ynode_kind(n));
		return -1;
	}
	out->n = 0;
	out->v = arena_alloc(l->arena, (n->nkids + 1) * sizeof(*out->v));
	for (i = 0; i < n->nkids; i++) {
		if (n->kids[i]->type == YNODE_SCALAR &&
		    (n->kids[i]->null || n->kids[i]->len == 0)) {
			diag_error(l->diags, n->kids[i]->pos,
			    _("empty partner id in list"));
			continue;
		}
		if (fields_ref(l, n->kids[i], &out->v[out->n]) == 0)
			out->n++;
	}
	return 0;
}

/*
 * The formats below come from tables of whole sentences marked N_():
 * gcc cannot check them at the call, msgfmt --check checks each
 * translation against its English.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
int
fields_enum(struct loader *l, const struct ynode *n, struct str *out,
    const char *const *names, const char *unknown_near,
    const char *unknown_list)
{
	size_t		 i, count = 0, len = 0;
	const char	*near;
	char		 list[512];

	if (n->type != YNODE_SCALAR)
		return fields_expected(l, n, N_("a single value"));
	for (count = 0; names[count] != NULL; count++)
		if (strcmp(names[count], n->scalar) == 0)
			return fields_str(l, n, out);
	near = suggest_nearest(n->scalar, names, count);
	if (near != NULL) {
		diag_error(l->diags, n->pos, unknown_near, n->scalar, near);
		return -1;
	}
	list[0] = '\0';
	for (i = 0; i < count && len + 40 < sizeof(list); i++)
		len += (size_t)snprintf(list + len, sizeof(list) - len,
		    "%s%s", i ? ", " : "", names[i]);
	diag_error(l->diags, n->pos, unknown_list, n->scalar, list);
	return -1;
}
#pragma GCC diagnostic pop

int
fields_url(struct loader *l, const struct ynode *n, struct str *out,
    int https_only)
{
	const char	*s;
	size_t		 i;

	if (n->type != YNODE_SCALAR)
		return fields_expected(l, n, N_("a URL"));
	s = n->scalar;
	if (strncmp(s, "https://", 8) != 0 &&
	    (https_only || strncmp(s, "http://", 7) != 0)) {
		diag_error(l->diags, n->pos, https_only ?
		    _("expected an absolute https:// URL, found '%s'") :
		    _("expected an absolute http:// or https:// URL, found "
		    "'%s'"), s);
		return -1;
	}
	for (i = 0; s[i] != '\0'; i++)
		if ((unsigned char)s[i] <= ' ' || s[i] == '"' || s[i] == '<' ||
		    s[i] == '>' || s[i] == '\\' || s[i] == '`') {
			diag_error(l->diags, n->pos, _("invalid character in URL "
			    "'%s' (spaces and quotes must be percent-encoded)"),
			    s);
			return -1;
		}
	if (strchr(s + (s[4] == 's' ? 8 : 7), '.') == NULL &&
	    strncmp(s + (s[4] == 's' ? 8 : 7), "localhost", 9) != 0) {
		diag_error(l->diags, n->pos, _("URL without a host name: '%s'"),
		    s);
		return -1;
	}
	return fields_str(l, n, out);
}

int
fields_year_nums(struct loader *l, const struct ynode *n,
    struct year_nums *out, int nonneg)
{
	size_t		 i;
	int		 year, lines[FIELDS_YEARS] = { 0 };
	struct year_num	*v;

	if (n->type == YNODE_SCALAR && n->null)
		return 0;	/* an empty map */
	if (n->type != YNODE_MAP)
		return fields_expected(l, n, N_("a mapping of years to numbers"));
	out->v = arena_alloc(l->arena, (YNODE_PAIRS(n) + 1) * sizeof(*out->v));
	out->n = 0;
	for (i = 0; i + 1 < n->nkids; i += 2) {
		if (fields_year_key(l, n->kids[i], &year) == -1)
			continue;
		if (fields_year_seen(l, n->kids[i], year, lines))
			continue;
		v = &out->v[out->n];
		if (n->kids[i + 1]->type == YNODE_SCALAR &&
		    n->kids[i + 1]->null) {
			diag_error(l->diags, n->kids[i + 1]->pos,
			    _("missing number for year %d"), year);
			continue;
		}
		if ((nonneg ? fields_nonneg(l, n->kids[i + 1], &v->value) :
		    fields_num(l, n->kids[i + 1], &v->value)) == -1)
			continue;
		v->year = year;
		out->n++;
	}
	return 0;
}

int
fields_is_date(const char *s)
{
	int	 y, m, d, days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
		    30, 31 };
	size_t	 i;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0)))
		return 0;
	return 1;
}

int
fields_date(struct loader *l, const struct ynode *n, struct str *out)
{
	if (fields_str(l, n, out) == -1)
		return -1;
	if (!fields_is_date(out->s)) {
		diag_error(l->diags, n->pos, _("expected a date YYYY-MM-DD, "
		    "found '%s'"), out->s);
		out->s = NULL;
		return -1;
	}
	return 0;
}

int
fields_phone(struct loader *l, const struct ynode *n, struct str *out)
{
	struct buf	 b = BUF_INIT;
	size_t		 digits = 0, i;

	if (fields_str(l, n, out) == -1)
		return -1;
	escape_tel(&b, out->s);
	for (i = 0; i < b.len; i++)
		digits += b.data[i] >= '0' && b.data[i] <= '9';
	buf_release(&b);
	if (digits >= 3)
		return 0;
	diag_error(l->diags, n->pos, _("phone '%s' has no number to call: "
	    "write its digits, e.g. '01 23 45 67 89' or '+33 1 23 45 67 89'"),
	    out->s);
	out->s = NULL;
	return -1;
}
