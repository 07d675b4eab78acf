/*
 * The readers of single values (see fields.h): strings, numbers, years,
 * dates, texts, references, enums, URLs, phones. Each reports its own
 * errors, saying what to write instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../markdown/markdown.h"
#include "../util/buf.h"
#include "../util/escape.h"
#include "../util/i18n.h"
#include "../util/suggest.h"
#include "../util/utf8.h"
#include "fields.h"

/* A Markdown heading has the limit of a one-line text (fields.h). */
_Static_assert(MARKDOWN_MAX_LINE == FIELDS_MAX_LINE,
    "a heading and a one-line text have the same limit");

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
