/*
 * The bilan-<year> tags (tags.h), listed with libgit2.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "repo.h"
#include "tags.h"

/* The year of "bilan-YYYY", or 0 for any other name. */
static int
tag_year(const char *name)
{
	size_t	 i;

	if (strncmp(name, "bilan-", 6) != 0 || strlen(name) != 10)
		return 0;
	for (i = 6; i < 10; i++)
		if (name[i] < '0' || name[i] > '9')
			return 0;
	return atoi(name + 6);
}

static int
tag_cmp(const void *a, const void *b)
{
	return ((const struct source_tag *)a)->year -
	    ((const struct source_tag *)b)->year;
}

int
source_tags_read(const char *content, struct source_tags *t,
    const char **err)
{
	struct source_repo	 r;
	git_strarray		 names;
	size_t			 i;
	int			 rc, y;

	memset(t, 0, sizeof(*t));
	if ((rc = source_repo_open(content, &r, err)) <= 0) {
		source_repo_close(&r);
		return rc;
	}
	if (git_tag_list_match(&names, "bilan-*", r.repo) < 0) {
		*err = source_git_error();
		source_repo_close(&r);
		return -1;
	}
	t->v = xreallocarray(NULL, names.count + 1, sizeof(*t->v));
	for (i = 0; i < names.count; i++)
		if ((y = tag_year(names.strings[i])) > 0) {
			t->v[t->n].name = xstrdup(names.strings[i]);
			t->v[t->n++].year = y;
		}
	/* Two tags cannot have one name: the years are distinct. */
	qsort(t->v, t->n, sizeof(*t->v), tag_cmp);
	git_strarray_dispose(&names);
	source_repo_close(&r);
	return 1;
}

const struct source_tag *
source_tags_latest(const struct source_tags *t)
{
	return t->n > 0 ? &t->v[t->n - 1] : NULL;
}

void
source_tags_release(struct source_tags *t)
{
	size_t	 i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].name);
	free(t->v);
	memset(t, 0, sizeof(*t));
}
