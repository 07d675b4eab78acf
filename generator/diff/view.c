/*
 * The site's page of changes (diff.h, diff_view): the same changes as
 * clspd diff prints, in sentences of the theme's labels, so that a
 * theme can reword them and the page is in the content's language.
 * A label holds {id} (a record's id) or {name} (its title, label or
 * name), {title}, {old}, {new}, {year}, {funder} or {funder_name},
 * {role}, {of} (in a role: the action's or thematic's title) or
 * {of_id}, {fields}, {n} or {text}, replaced here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../theme/strings.h"
#include "../view/value.h"
#include "diff.h"

#define PARA_MAX 120	/* characters of a paragraph shown */

struct slot {
	const char	*name;	/* "id" for {id} */
	const char	*value;
};

/* The label key with its placeholders replaced; the caller frees. */
static char *
sentence(const struct strings *labels, const char *key,
    const struct slot *slots, size_t n)
{
	const char	*t = strings_get(labels, key), *p, *end;
	struct buf	 b = { 0 };
	size_t		 i, len;

	if (t == NULL)
		t = key;
	for (p = t; *p != '\0'; p++) {
		if (*p == '{' && (end = strchr(p, '}')) != NULL) {
			len = (size_t)(end - p - 1);
			for (i = 0; i < n; i++)
				if (strlen(slots[i].name) == len &&
				    strncmp(p + 1, slots[i].name, len) == 0)
					break;
			if (i < n) {
				buf_puts(&b, slots[i].value != NULL ?
				    slots[i].value : "");
				p = end;
				continue;
			}
		}
		buf_putc(&b, *p);
	}
	return b.data != NULL ? buf_detach(&b) : xstrdup("");
}

static char *
cut(const char *s)
{
	size_t	 i, chars = 0;

	for (i = 0; s[i] != '\0'; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == PARA_MAX)
			return xasprintf("%.*s\xE2\x80\xA6", (int)i, s);
	return xstrdup(s);
}

/* A status as the documents name it ("En cours"); the caller frees. */
static char *
status_label(const struct strings *labels, char *raw)
{
	char		 key[64];
	const char	*l;

	snprintf(key, sizeof(key), "status_%s", raw);
	/* strings_get gives back the key itself when it has no label. */
	if ((l = strings_get(labels, key)) == key)
		return raw;
	free(raw);
	return xstrdup(l);
}

/* The sentence of one change; the caller frees. */
static char *
change_text(const struct diff *d, const struct diff_change *c,
    const struct strings *labels)
{
	char		 key[64], year[16], n[24], *o, *nw, *r, *role;
	struct buf	 f = { 0 };
	size_t		 i;
	struct slot	 s[13];

	snprintf(year, sizeof(year), "%d", c->year);
	snprintf(n, sizeof(n), "%zu", c->index);
	o = diff_side(d, c, 0);
	nw = diff_side(d, c, 1);
	if (c->field != NULL && strcmp(c->field, "pilot") == 0) {
		if (c->has_old) {
			free(o);
			o = xstrdup(c->old_name);
		}
		if (c->has_new) {
			free(nw);
			nw = xstrdup(c->new_name);
		}
	}
	if (c->field != NULL && strcmp(c->field, "status") == 0) {
		if (c->has_old)
			o = status_label(labels, o);
		if (c->has_new)
			nw = status_label(labels, nw);
	}
	for (i = 0; i < c->nfields; i++)
		buf_printf(&f, "%s%s", i > 0 ? ", " : "", c->fields[i]);
	role = NULL;
	if (c->role != NULL) {
		snprintf(key, sizeof(key), "evo_role_%s", c->role);
		s[0] = (struct slot){ "of", c->of_name };
		role = sentence(labels, key, s, 1);
	}
	s[0] = (struct slot){ "id", c->id };
	s[1] = (struct slot){ "title", c->title };
	s[2] = (struct slot){ "old", o };
	s[3] = (struct slot){ "new", nw };
	s[4] = (struct slot){ "year", year };
	s[5] = (struct slot){ "funder", c->funder };
	s[6] = (struct slot){ "role", role };
	s[7] = (struct slot){ "fields", buf_cstr(&f) };
	s[8] = (struct slot){ "n", n };
	s[9] = (struct slot){ "text", NULL };
	s[10] = (struct slot){ "name", c->name };
	s[11] = (struct slot){ "funder_name", c->funder_name };
	s[12] = (struct slot){ "of_id", c->of };
	if (c->field != NULL && strcmp(c->field, "paragraph") == 0) {
		s[9].value = r = cut(c->kind == DIFF_REMOVED ? c->sold :
		    c->snew);
		snprintf(key, sizeof(key), "evo_paragraph_%s",
		    c->kind == DIFF_ADDED ? "added" : c->kind == DIFF_REMOVED ?
		    "removed" : "changed");
		r = sentence(labels, key, s, 13);
		free((char *)s[9].value);
	} else {
		if (c->role != NULL)
			snprintf(key, sizeof(key), "evo_role_%s",
			    c->kind == DIFF_ADDED ? "taken" : "left");
		else if (c->nfields > 0)
			snprintf(key, sizeof(key), "evo_texts_%s", c->record);
		else if (c->field == NULL)
			snprintf(key, sizeof(key), "evo_%s_%s",
			    c->kind == DIFF_ADDED ? "added" : "removed",
			    c->record);
		else if (strcmp(c->record, "total") == 0)
			snprintf(key, sizeof(key), "evo_total");
		else
			snprintf(key, sizeof(key), "evo_%s", c->field);
		r = sentence(labels, key, s, 13);
	}
	free(role);
	free(o);
	free(nw);
	buf_release(&f);
	return r;
}

struct value *
diff_view(struct arena *a, const struct diff *d,
    const struct strings *labels, int year, int secrecy)
{
	static const char *const headings[DIFF__SECTIONS] = {
	    "evo_section_actions", "evo_section_indicators",
	    "evo_section_funding", "evo_section_partners",
	    "evo_section_texts", "evo_section_charter" };
	struct value	*r = value_map(a), *sections = value_list(a);
	struct value	*sec = NULL, *items = NULL, *e;
	char		 y[16], *t;
	struct slot	 s = { "year", y };
	int		 cur = -1;
	size_t		 i;

	snprintf(y, sizeof(y), "%d", year);
	t = sentence(labels, "evolutions_title", &s, 1);
	value_set(a, r, "title", value_string(a, t));
	free(t);
	t = sentence(labels, "evolutions_intro", &s, 1);
	value_set(a, r, "intro", value_string(a, t));
	free(t);
	value_set(a, r, "sections", sections);
	for (i = 0; i < d->n; i++) {
		/* Public: no value of a count of people under secrecy. */
		if (secrecy && d->v[i].sensitive &&
		    strcmp(d->v[i].field, "values") == 0)
			continue;
		if ((int)d->v[i].section != cur) {
			cur = (int)d->v[i].section;
			sec = value_push(a, sections, value_map(a));
			t = sentence(labels, headings[cur], NULL, 0);
			value_set(a, sec, "heading", value_string(a, t));
			free(t);
			items = value_set(a, sec, "items", value_list(a));
		}
		e = value_push(a, items, value_map(a));
		t = change_text(d, &d->v[i], labels);
		value_set(a, e, "text", value_string(a, t));
		free(t);
	}
	(void)sec;
	return r;
}
