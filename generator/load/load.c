/*
 * The load stage: finds the content folder's files (files.c), hands
 * each to the loader of its record type, on threads, and assembles the
 * model (docs/format.md).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../markdown/markdown.h"
#include "../source/tree.h"
#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/i18n.h"
#include "../util/thread.h"
#include "load.h"
#include "load_int.h"
#include "media.h"
#include "records.h"
#include "yaml.h"

static void
load_council(struct load *ld)
{
	struct council	*c = &ld->m->council;
	struct ynode	*root;
	char		*yml;

	c->file = source_tree_join(ld->tree, ld->m->root, "clspd.yaml");
	if (load_link(ld, c->file))
		return;
	if (!load_is_file(ld, c->file)) {
		yml = source_tree_join(ld->tree, ld->m->root, "clspd.yml");
		if (load_is_file(ld, yml))
			diag_error(ld->l.diags, file_pos(c->file), _("missing "
			    "clspd.yaml: rename clspd.yml to clspd.yaml"));
		else
			diag_error(ld->l.diags, file_pos(c->file), _("missing "
			    "clspd.yaml: every content folder needs one (try "
			    "'clspd init')"));
		free(yml);
		return;
	}
	if ((root = load_yaml(ld, c->file)) == NULL)
		return;
	c->loaded = 1;
	records_council_read(&ld->l, root, c);
	ynode_forget(root);
}

/*
 * The record loaders. Each fills its slot of the model's arrays, sized
 * and zeroed before the threads start; a file that cannot be read is
 * still a record, so that references to it do not add errors to its own.
 */
static void
load_partner(struct load *ld, const struct task *t)
{
	struct partner	*p = &ld->m->partners[t->slot];
	struct ynode	*root = load_yaml(ld, t->path);

	p->id = t->id;
	p->file = t->path;
	records_partner_read(&ld->l, root, p);
	ynode_forget(root);
}

static void
load_action(struct load *ld, const struct task *t)
{
	struct action	*a = &ld->m->actions[t->slot];
	struct ynode	*root = load_yaml(ld, t->path);

	a->id = t->id;
	a->file = t->path;
	records_action_read(&ld->l, root, a);
	ynode_forget(root);
}

static void
load_indicator(struct load *ld, const struct task *t)
{
	struct indicator *ind = &ld->m->indicators[t->slot];
	struct ynode	*root = load_yaml(ld, t->path);

	ind->id = t->id;
	ind->file = t->path;
	records_indicator_read(&ld->l, root, ind);
	ynode_forget(root);
}

/* A page that cannot be read is left out (its slot stays empty). */
static void
load_page(struct load *ld, const struct task *t)
{
	struct page	*pg = &ld->m->pages[t->slot];

	if (load_read(ld, t->path) == -1) {
		load_keep(ld, t->path);
		free(t->id);
		return;
	}
	pg->id = t->id;
	pg->file = t->path;
	records_page_read(&ld->l, t->path, buf_cstr(&ld->data), ld->data.len,
	    pg);
}

/* actions/<id>.md: the narrative of the action in slot. */
static void
load_narrative(struct load *ld, const struct task *t)
{
	struct action	*a = &ld->m->actions[t->slot];

	if (load_read(ld, t->path) == -1) {
		load_keep(ld, t->path);
		return;
	}
	a->narrative_file = t->path;
	markdown_text_from_file(ld->l.arena, &a->narrative,
	    buf_cstr(&ld->data), ld->data.len, file_pos(t->path));
	markdown_check(ld->l.diags, &a->narrative);
}

static void
load_task(struct load *ld, const struct task *t)
{
	switch (t->kind) {
	case TASK_PARTNER:
		load_partner(ld, t);
		break;
	case TASK_ACTION:
		load_action(ld, t);
		break;
	case TASK_INDICATOR:
		load_indicator(ld, t);
		break;
	case TASK_PAGE:
		load_page(ld, t);
		break;
	case TASK_NARRATIVE:
		load_narrative(ld, t);
		break;
	}
}

static void
load_charter(struct load *ld)
{
	char		*path = source_tree_join(ld->tree, ld->m->root,
			    "charter.md");
	struct charter	*c;

	/* Absent is fine; present, it must be readable (not a folder). */
	if (load_link(ld, path) ||
	    source_tree_kind(ld->tree, path) == SOURCE_NONE ||
	    load_read(ld, path) == -1) {
		load_keep(ld, path);
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->file = path;
	ld->m->charter = c;
	records_charter_read(&ld->l, path, buf_cstr(&ld->data), ld->data.len,
	    c);
}

static void *
load_thread(void *arg)
{
	struct load	*ld = arg;
	size_t		 i;

	for (i = ld->first; i < ld->ntasks; i += ld->step)
		load_task(ld, &ld->tasks[i]);
	return NULL;
}

/* A worker thread: its thread-local arenas go when it ends. */
static void *
load_worker(void *arg)
{
	load_thread(arg);
	markdown_scratch_free();
	yaml_scratch_free();
	return NULL;
}

/*
 * The number of loading threads: CLSPD_JOBS when set, else the
 * processors online, at most 8; one for small folders, where starting
 * threads costs more than it saves.
 */
static size_t
load_threads(size_t ntasks)
{
	const char	*env = getenv("CLSPD_JOBS");
	long		 n;

	if (env != NULL && (n = strtol(env, NULL, 10)) >= 1 && n <= 64)
		return (size_t)n;
	if (ntasks < 256)
		return 1;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 8 ? 8 : (size_t)n;
}

/*
 * Runs the tasks on the threads: thread k takes tasks k, k + n, k + 2n…,
 * a fixed share, so that what each thread reports does not depend on
 * timing. Thread 0 is ld itself, run on the calling thread; workers[0]
 * is unused. A worker that cannot start has its share run on the
 * calling thread too: the same tasks, in the same struct load.
 */
static void
run_tasks(struct load *ld, struct load *workers, size_t nworkers,
    const struct task *tasks, size_t ntasks)
{
	pthread_t	*threads = xcalloc(nworkers, sizeof(*threads));
	char		*started = xcalloc(nworkers, 1);
	size_t		 k;

	for (k = 0; k < nworkers; k++) {
		struct load	*w = k == 0 ? ld : &workers[k];

		w->tasks = tasks;
		w->ntasks = ntasks;
		w->first = k;
		w->step = nworkers;
	}
	for (k = 1; k < nworkers; k++)
		started[k] = thread_start(&threads[k], load_worker,
		    &workers[k]) == 0;
	load_thread(ld);
	/* A worker that did not start: its share runs here (thread.h). */
	for (k = 1; k < nworkers; k++)
		if (started[k])
			pthread_join(threads[k], NULL);
		else
			load_thread(&workers[k]);
	free(started);
	free(threads);
}

/* Moves what a worker found into ld (the first worker). */
static void
merge_worker(struct load *ld, struct load *w)
{
	size_t	 i;

	diags_merge(ld->l.diags, &w->diags);
	for (i = 0; i < w->nkept; i++)
		load_keep(ld, w->kept[i]);
	free(w->kept);
	ld->files += w->files;
	buf_release(&w->data);
}

/* Removes the pages whose file could not be read. */
static void
compact_pages(struct model *m)
{
	size_t	 i, n = 0;

	for (i = 0; i < m->npages; i++)
		if (m->pages[i].id != NULL)
			m->pages[n++] = m->pages[i];
	m->npages = n;
}

struct model *
load_content(const char *root, struct diags *diags, const char **err)
{
	struct source_tree	*t = source_tree_folder(root);
	struct model		*m = load_content_tree(t, diags, err);

	source_tree_free(t);
	return m;
}

struct model *
load_content_tree(const struct source_tree *tree, struct diags *diags,
    const char **err)
{
	const char	*root = tree->root;
	struct load	 ld, *workers;
	struct tasks	 ts, narratives;
	struct model	*m;
	size_t		 i, nworkers;

	if (source_tree_kind(tree, root) != SOURCE_DIR) {
		*err = _("not a content folder (it must hold clspd.yaml)");
		return NULL;
	}
	memset(&ld, 0, sizeof(ld));
	memset(&ts, 0, sizeof(ts));
	memset(&narratives, 0, sizeof(narratives));
	ld.tree = tree;
	m = ld.m = model_new(root);
	ld.l.diags = diags;
	ld.l.arena = model_arena(m);
	load_council(&ld);
	load_theme_links(&ld);
	load_walk(&ld, &ts, &narratives);
	m->npartners = ts.count[TASK_PARTNER];
	m->partners = xcalloc(m->npartners + 1, sizeof(*m->partners));
	m->nactions = ts.count[TASK_ACTION];
	m->actions = xcalloc(m->nactions + 1, sizeof(*m->actions));
	m->nindicators = ts.count[TASK_INDICATOR];
	m->indicators = xcalloc(m->nindicators + 1, sizeof(*m->indicators));
	m->npages = ts.count[TASK_PAGE];
	m->pages = xcalloc(m->npages + 1, sizeof(*m->pages));

	nworkers = load_threads(ts.n + narratives.n);
	workers = xcalloc(nworkers, sizeof(*workers));
	for (i = 1; i < nworkers; i++) {
		workers[i].tree = tree;
		workers[i].m = m;
		workers[i].l.diags = &workers[i].diags;
		workers[i].l.arena = model_arena(m);
	}
	/* Narratives after the sheets: both write into the actions. */
	run_tasks(&ld, workers, nworkers, ts.v, ts.n);
	run_tasks(&ld, workers, nworkers, narratives.v, narratives.n);
	for (i = 1; i < nworkers; i++)
		merge_worker(&ld, &workers[i]);
	free(workers);
	compact_pages(m);
	load_charter(&ld);
	media_load(tree, m, diags);
	m->paths = ld.kept;
	m->npaths = ld.nkept;
	m->files = ld.files;
	free(ts.v);
	free(narratives.v);
	buf_release(&ld.data);
	return m;
}
