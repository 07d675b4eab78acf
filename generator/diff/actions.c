/*
 * The actions compared (compare.h): added, removed, their status or
 * pilot changed.
 */
#include <string.h>

#include "compare.h"
#include "diff.h"

static void
str_change(struct diff *d, const struct action *a, const char *field,
    const char *old, const char *new)
{
	struct diff_change	*c;

	if (diff_str_eq(old, new))
		return;
	c = diff_change_new(d, DIFF_ACTIONS, DIFF_CHANGED, "action", a->id);
	c->field = field;
	c->sold = old;
	c->snew = new;
	c->has_old = old != NULL;
	c->has_new = new != NULL;
}

void
diff_actions(struct diff *d, const struct model *from,
    const struct model *to)
{
	const struct action	*a, *b;
	struct diff_change	*c;
	size_t			 i;

	for (i = 0; i < to->nactions; i++) {
		b = &to->actions[i];
		if ((a = diff_action_find(from, b->id)) == NULL) {
			c = diff_change_new(d, DIFF_ACTIONS, DIFF_ADDED,
			    "action", b->id);
			c->title = b->title.s;
			continue;
		}
		str_change(d, b, "status", a->status_str.s, b->status_str.s);
		str_change(d, b, "pilot", a->pilot.id.s, b->pilot.id.s);
	}
	for (i = 0; i < from->nactions; i++)
		if (diff_action_find(to, from->actions[i].id) == NULL) {
			c = diff_change_new(d, DIFF_ACTIONS, DIFF_REMOVED,
			    "action", from->actions[i].id);
			c->title = from->actions[i].title.s;
		}
}
