/*
 * Past reports (archives.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../load/load.h"
#include "../metrics/metrics.h"
#include "../source/history.h"
#include "../source/tree.h"
#include "../util/alloc.h"
#include "../util/i18n.h"
#include "../theme/strings.h"
#include "../view/value.h"
#include "archives.h"

/* Loads one tag; returns its model, or NULL after a warning. */
static struct model *
archive_model(const char *content, const struct source_tag *tag,
    struct source_stamp *stamp)
{
	struct source_tree	*t;
	struct diags		 d;
	struct model		*m;
	const char		*err = "";
	char			*e = NULL;
	size_t			 errors;

	if ((t = source_tree_git(content, tag->name, stamp, &e)) == NULL) {
		fprintf(stderr, _("clspd: warning: %s: %s; no archive of %d\n"),
		    tag->name, e, tag->year);
		free(e);
		return NULL;
	}
	memset(&d, 0, sizeof(d));
	if ((m = load_content_tree(t, &d, &err)) != NULL)
		check_model(m, &d);
	errors = m != NULL ? d.errors : 1;
	diags_release(&d);
	source_tree_free(t);
	if (errors == 0)
		return m;
	fprintf(stderr, ngettext("clspd: warning: %s: its content does not "
	    "build (%zu error: clspd check --rev %s shows it); no archive "
	    "of %d\n", "clspd: warning: %s: its content does not build (%zu "
	    "errors: clspd check --rev %s shows them); no archive of %d\n",
	    errors), tag->name, errors, tag->name, tag->year);
	model_free(m);
	return NULL;
}

const struct archive *
archives_latest(const struct archives *a)
{
	return a->n > 0 ? &a->v[a->n - 1] : NULL;
}

void
archives_load(struct archives *a, const char *content, int year, int all,
    size_t *warnings)
{
	const struct source_tag	*tag;
	struct archive		*ar;
	const char		*err = "";
	size_t			 i, last = 0;

	memset(a, 0, sizeof(*a));
	a->render = all;
	if (source_tags_read(content, &a->tags, &err) <= 0)
		return;
	a->v = xreallocarray(NULL, a->tags.n + 1, sizeof(*a->v));
	/* By year: the latest before year is the last such. */
	for (i = 0; i < a->tags.n; i++)
		if (a->tags.v[i].year < year)
			last = i + 1;
	for (i = 0; i < a->tags.n; i++) {
		tag = &a->tags.v[i];
		if (tag->year >= year || (!all && i + 1 != last))
			continue;
		ar = &a->v[a->n];
		memset(ar, 0, sizeof(*ar));
		ar->tag = tag;
		if ((ar->m = archive_model(content, tag, &ar->stamp)) ==
		    NULL) {
			(*warnings)++;
			continue;
		}
		ar->m->source = ar->stamp;
		if (source_dates_read(content, tag->name, &ar->m->dates,
		    &err) == -1)
			memset(&ar->m->dates, 0, sizeof(ar->m->dates));
		ar->f = metrics_compute(ar->m);
		if (ar->f->overflow) {
			fprintf(stderr, _("clspd: warning: %s: a sum is too "
			    "large to be computed exactly; no archive of %d\n"),
			    tag->name, tag->year);
			metrics_free(ar->f, ar->m);
			model_free(ar->m);
			(*warnings)++;
			continue;
		}
		a->n++;
	}
}

void
archives_view(struct arena *ar, struct value *view, const struct archives *a,
    const struct strings *labels, int archive_year)
{
	const char		*t;
	struct value		*list = value_list(ar), *e;
	char			*title, *href, year[32];
	size_t			 i;

	value_set(ar, view, "archives", list);
	value_set(ar, view, "archives_root", value_string(ar,
	    archive_year != 0 ? "../../" : ""));
	snprintf(year, sizeof(year), "archives/%d/", archive_year);
	value_set(ar, view, "archives_self", value_string(ar,
	    archive_year != 0 ? year : ""));
	t = strings_get(labels, "archives_report");
	for (i = a != NULL && a->render ? a->n : 0; i-- > 0;) {
		snprintf(year, sizeof(year), "%d", a->v[i].tag->year);
		title = t != NULL && strstr(t, "{year}") != NULL ?
		    xasprintf("%.*s%s%s", (int)(strstr(t, "{year}") - t), t,
		    year, strstr(t, "{year}") + 6) : xstrdup(year);
		href = xasprintf("%s/index.html", year);
		e = value_push(ar, list, value_map(ar));
		value_set(ar, e, "year", value_string(ar, year));
		value_set(ar, e, "title", value_string(ar, title));
		value_set(ar, e, "href", value_string(ar, href));
		free(title);
		free(href);
	}
}

/*
 * A sink that puts an archive's files in its folder: site/X in
 * site/archives/<year>/X, pdf/X in site/archives/<year>/pdf/X.
 */
struct prefix_sink {
	struct sink	 base;		/* first */
	struct sink	*inner;
	int		 year;
};

static int
prefix_open(struct sink *s, const char *path)
{
	struct prefix_sink	*p = (struct prefix_sink *)s;
	char			*to;
	int			 rc;

	to = xasprintf("site/archives/%d/%s", p->year,
	    strncmp(path, "site/", 5) == 0 ? path + 5 : path);
	rc = sink_open(p->inner, to);
	free(to);
	return rc;
}

static int
prefix_append(struct sink *s, const char *data, size_t len)
{
	struct prefix_sink	*p = (struct prefix_sink *)s;

	return p->inner->append(p->inner, data, len);
}

static int
prefix_close(struct sink *s)
{
	struct prefix_sink	*p = (struct prefix_sink *)s;

	return p->inner->close(p->inner);
}

static struct sink *prefix_lane_new(struct sink *);
static void	 prefix_lane_end(struct sink *, struct sink *);

static struct prefix_sink *
prefix_new(struct sink *inner, int year)
{
	struct prefix_sink	*p = xcalloc(1, sizeof(*p));

	p->base.open = prefix_open;
	p->base.append = prefix_append;
	p->base.close = prefix_close;
	p->base.lane_new = prefix_lane_new;
	p->base.lane_end = prefix_lane_end;
	p->inner = inner;
	p->year = year;
	return p;
}

static struct sink *
prefix_lane_new(struct sink *s)
{
	struct prefix_sink	*p = (struct prefix_sink *)s;

	return &prefix_new(sink_lane(p->inner), p->year)->base;
}

static void
prefix_lane_end(struct sink *s, struct sink *lane)
{
	struct prefix_sink	*p = (struct prefix_sink *)s;
	struct prefix_sink	*l = (struct prefix_sink *)lane;

	if (sink_lane_end(p->inner, l->inner) == -1)
		s->failed = 1;
	free(l);
}

struct sink *
archives_sink(struct sink *inner, int year)
{
	return &prefix_new(inner, year)->base;
}

void
archives_sink_end(struct sink *inner, struct sink *s)
{
	inner->files += s->files;
	if (s->failed)
		inner->failed = 1;
	free(s);
}

void
archives_release(struct archives *a)
{
	size_t	 i;

	for (i = 0; i < a->n; i++) {
		metrics_free(a->v[i].f, a->v[i].m);
		model_free(a->v[i].m);
	}
	free(a->v);
	source_tags_release(&a->tags);
	memset(a, 0, sizeof(*a));
}
