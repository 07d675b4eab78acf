/*
 * The text fields compared (compare.h): which fields of each thematic,
 * action, indicator, partner and page changed, one change per record;
 * pages and thematics added or removed.
 */
#include <string.h>

#include "compare.h"
#include "diff.h"

static int
text_eq(const struct text *a, const struct text *b)
{
	size_t	 i;

	if (a->n != b->n || (a->n > 0 && a->list != b->list))
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->lens[i] != b->lens[i] ||
		    memcmp(a->items[i], b->items[i], a->lens[i]) != 0)
			return 0;
	return 1;
}

static void
field_note(struct diff_fields *f, const char *field)
{
	if (f->c == NULL)
		f->c = diff_change_new(f->d, DIFF_TEXTS, DIFF_CHANGED,
		    f->record, f->id);
	if (f->c->nfields < DIFF_FIELDS)
		f->c->fields[f->c->nfields++] = field;
}

void
diff_field_str(struct diff_fields *f, const char *field, const struct str *a,
    const struct str *b)
{
	if (!diff_str_eq(a->s, b->s))
		field_note(f, field);
}

static void
field_text(struct diff_fields *f, const char *field, const struct text *a,
    const struct text *b)
{
	if (!text_eq(a, b))
		field_note(f, field);
}

static void
texts_action(struct diff *d, const struct action *a, const struct action *b)
{
	struct diff_fields	 f = { d, NULL, "action", b->id };

	diff_field_str(&f, "title", &a->title, &b->title);
	diff_field_str(&f, "thematic", &a->thematic.id, &b->thematic.id);
#define T(x)	field_text(&f, #x, &a->x, &b->x)
	T(description);
	T(objectives);
	T(public);
	T(identification);
	T(means);
	T(evaluation);
	T(difficulties);
	T(suggestions);
	T(narrative);
#undef T
}

static void
texts_indicator(struct diff *d, const struct indicator *a,
    const struct indicator *b)
{
	struct diff_fields	 f = { d, NULL, "indicator", b->id };

	diff_field_str(&f, "label", &a->label, &b->label);
	diff_field_str(&f, "unit", &a->unit, &b->unit);
	field_text(&f, "source", &a->source, &b->source);
}

static void
texts_partner(struct diff *d, const struct partner *a,
    const struct partner *b)
{
	struct diff_fields	 f = { d, NULL, "partner", b->id };

	diff_field_str(&f, "name", &a->name, &b->name);
	diff_field_str(&f, "short", &a->short_name, &b->short_name);
	field_text(&f, "description", &a->description, &b->description);
}

void
diff_record_added(struct diff *d, enum diff_kind k, const char *record,
    const char *id, const char *title)
{
	struct diff_change	*c = diff_change_new(d, DIFF_TEXTS, k, record,
				    id);

	c->title = title;
}

static void
texts_pages(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct page	*a;
	struct diff_fields	 f;
	size_t			 i;

	for (i = 0; i < to->npages; i++) {
		if ((a = diff_page_find(from, to->pages[i].id)) == NULL) {
			diff_record_added(d, DIFF_ADDED, "page",
			    to->pages[i].id, to->pages[i].title.s);
			continue;
		}
		f = (struct diff_fields){ d, NULL, "page", a->id };
		diff_field_str(&f, "title", &a->title, &to->pages[i].title);
		field_text(&f, "body", &a->body, &to->pages[i].body);
	}
	for (i = 0; i < from->npages; i++)
		if (diff_page_find(to, from->pages[i].id) == NULL)
			diff_record_added(d, DIFF_REMOVED, "page",
			    from->pages[i].id, from->pages[i].title.s);
}

static void
texts_thematics(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct thematic	*a, *b;
	struct diff_fields	 f;
	size_t			 i;

	for (i = 0; i < to->council.nthematics; i++) {
		b = &to->council.thematics[i];
		if ((a = diff_thematic_find(from, b->id.s)) == NULL) {
			diff_record_added(d, DIFF_ADDED, "thematic", b->id.s,
			    b->title.s);
			continue;
		}
		f = (struct diff_fields){ d, NULL, "thematic", b->id.s };
		diff_field_str(&f, "title", &a->title, &b->title);
		field_text(&f, "description", &a->description,
		    &b->description);
	}
	for (i = 0; i < from->council.nthematics; i++)
		if (diff_thematic_find(to, from->council.thematics[i].id.s) ==
		    NULL)
			diff_record_added(d, DIFF_REMOVED, "thematic",
			    from->council.thematics[i].id.s,
			    from->council.thematics[i].title.s);
}

void
diff_texts(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct action	*aa;
	const struct indicator	*ai;
	const struct partner	*ap;
	size_t			 i;

	texts_thematics(d, from, to);
	for (i = 0; i < to->nactions; i++)
		if ((aa = diff_action_find(from, to->actions[i].id)) != NULL)
			texts_action(d, aa, &to->actions[i]);
	for (i = 0; i < to->nindicators; i++)
		if ((ai = diff_indicator_find(from, to->indicators[i].id)) !=
		    NULL)
			texts_indicator(d, ai, &to->indicators[i]);
	for (i = 0; i < to->npartners; i++)
		if ((ap = diff_partner_find(from, to->partners[i].id)) != NULL)
			texts_partner(d, ap, &to->partners[i]);
	texts_pages(d, from, to);
}
