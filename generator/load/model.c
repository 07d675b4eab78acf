/*
 * The model's constructor, destructor and small lookups (see model.h).
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/arena.h"
#include "model.h"
#include "records.h"

struct model *
model_new(const char *root)
{
	struct model	*m = xcalloc(1, sizeof(*m));

	m->root = xstrdup(root);
	return m;
}

void
model_free(struct model *m)
{
	size_t	 i;

	if (m == NULL)
		return;
	source_dates_release(&m->dates);
	records_council_release(&m->council);
	for (i = 0; i < m->npartners; i++)
		records_partner_release(&m->partners[i]);
	free(m->partners);
	for (i = 0; i < m->nactions; i++)
		records_action_release(&m->actions[i]);
	free(m->actions);
	for (i = 0; i < m->nindicators; i++)
		records_indicator_release(&m->indicators[i]);
	free(m->indicators);
	for (i = 0; i < m->npages; i++)
		records_page_release(&m->pages[i]);
	free(m->pages);
	if (m->charter != NULL)
		records_charter_release(m->charter);
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
