/*
 * The model's constructor, destructor and small lookups (see model.h).
 * The destructor frees what each record owns outside the model's arenas
 * (its id and file names), so that it needs none of the loaders.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/arena.h"
#include "model.h"

struct model *
model_new(const char *root)
{
	struct model	*m = xcalloc(1, sizeof(*m));

	m->root = xstrdup(root);
	return m;
}

/* Frees what the council owns outside the model's arena. */
static void
record_council_release(struct council *c)
{
	free(c->file);
}

/* Frees what the partner owns outside the model's arena. */
static void
record_partner_release(struct partner *p)
{
	free(p->id);
	free(p->file);
}

/* Frees what the action owns outside the model's arena. */
static void
record_action_release(struct action *a)
{
	free(a->id);
	free(a->file);
	free(a->narrative_file);
	free(a->indicators);
}

/* Frees what the indicator owns outside the model's arena. */
static void
record_indicator_release(struct indicator *ind)
{
	free(ind->id);
	free(ind->file);
}

/* Frees what the page owns outside the model's arena. */
static void
record_page_release(struct page *pg)
{
	free(pg->id);
	free(pg->file);
}

/* Frees what the charter owns outside the model's arena. */
static void
record_charter_release(struct charter *c)
{
	free(c->file);
}

void
model_free(struct model *m)
{
	size_t	 i;

	if (m == NULL)
		return;
	source_dates_release(&m->dates);
	record_council_release(&m->council);
	for (i = 0; i < m->npartners; i++)
		record_partner_release(&m->partners[i]);
	free(m->partners);
	for (i = 0; i < m->nactions; i++)
		record_action_release(&m->actions[i]);
	free(m->actions);
	for (i = 0; i < m->nindicators; i++)
		record_indicator_release(&m->indicators[i]);
	free(m->indicators);
	for (i = 0; i < m->npages; i++)
		record_page_release(&m->pages[i]);
	free(m->pages);
	if (m->charter != NULL)
		record_charter_release(m->charter);
	free(m->charter);
	for (i = 0; i < m->nmedia; i++) {
		free(m->media[i].path);
		free(m->media[i].data);
	}
	free(m->media);
	for (i = 0; i < m->npaths; i++)
		free(m->paths[i]);
	free(m->paths);
	for (i = 0; i < m->narenas; i++)
		arena_free(m->arenas[i]);
	free(m->arenas);
	free(m->root);
	free(m);
}

struct arena *
model_arena(struct model *m)
{
	m->arenas = xreallocarray(m->arenas, m->narenas + 1,
	    sizeof(*m->arenas));
	return m->arenas[m->narenas++] = arena_new();
}

const char *
model_family_name(enum family f)
{
	static const char *const names[] = {
		"collectivites", "etat", "associations", "autres"
	};

	return f < FAMILY__MAX ? names[f] : "autres";
}

const char *
model_status_name(enum status s)
{
	static const char *const names[] = {
		"prevue", "en-cours", "terminee", "suspendue"
	};

	return s < STATUS__MAX ? names[s] : "en-cours";
}

const char *
model_direction_name(enum direction d)
{
	return d == DIRECTION_DECREASE ? "decrease" : "increase";
}

const struct year_num *
model_year_find(const struct year_nums *yn, int year)
{
	size_t	 i;

	for (i = 0; i < yn->n; i++)
		if (yn->v[i].year == year)
			return &yn->v[i];
	return NULL;
}

const struct media_file *
model_media_find(const struct model *m, const char *path)
{
	size_t	 i;

	for (i = 0; i < m->nmedia; i++)
		if (strcmp(m->media[i].path, path) == 0)
			return &m->media[i];
	return NULL;
}
