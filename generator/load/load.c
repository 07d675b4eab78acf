/*
 * The load stage: walks a content folder (FORMAT.md section 1), reads
 * every file with the limits of the format (size, UTF-8, NUL bytes) and
 * hands it to the loader of its record type.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/sort.h"
#include "../util/buf.h"
#include "../util/fs.h"
#include "../util/utf8.h"
#include "fields.h"
#include "load.h"
#include "markdown.h"
#include "records.h"
#include "yaml.h"

/* One content folder being loaded. */
struct load {
	struct model	*m;
	struct loader	 l;
	struct buf	 data;	/* the file being read */
	size_t		 cap_partners, cap_actions, cap_indicators, cap_pages;
};

static struct pos
file_pos(const char *path)
{
	struct pos	 p = { path, 1, 1 };

	return p;
}

/*
 * Keeps the path of a file that was not loaded in the model: diagnostics
 * point to their file's path, so it must live as long as the model.
 */
static void
load_keep(struct load *ld, char *path)
{
	size_t	 n = ld->m->npaths;

	if ((n & (n - 1)) == 0)		/* full: 0 or a power of two */
		ld->m->paths = xreallocarray(ld->m->paths, n ? n * 2 : 1,
		    sizeof(*ld->m->paths));
	ld->m->paths[ld->m->npaths++] = path;
}

/*
 * Reads path into ld->data and checks the limits of FORMAT.md. Returns 0,
 * or -1 after reporting. A UTF-8 byte order mark is dropped.
 */
static int
load_read(struct load *ld, const char *path)
{
	int		 rc, line, col;
	const char	*why;

	ld->m->files++;
	rc = fs_read_file(path, LOAD_MAX_FILE, &ld->data);
	if (rc == -2) {
		diag_error(ld->l.diags, file_pos(path), "file larger than "
		    "4 MiB");
		return -1;
	}
	if (rc == -1) {
		diag_error(ld->l.diags, file_pos(path), "cannot read: %s",
		    strerror(errno));
		return -1;
	}
	if (ld->data.len >= 3 && memcmp(ld->data.data, "\xEF\xBB\xBF", 3) == 0) {
		memmove(ld->data.data, ld->data.data + 3, ld->data.len - 3);
		buf_truncate(&ld->data, ld->data.len - 3);
	}
	if (utf8_check(ld->data.data ? ld->data.data : "", ld->data.len,
	    &line, &col, &why) == -1) {
		struct pos	 p = { path, line, col };

		diag_error(ld->l.diags, p, "%s%s", why,
		    strcmp(why, "NUL byte") == 0 ? " in a text file" :
		    " (save the file as UTF-8)");
		return -1;
	}
	return 0;
}

/* Reads a YAML file; returns its tree or NULL after reporting. */
static struct ynode *
load_yaml(struct load *ld, const char *path)
{
	if (load_read(ld, path) == -1)
		return NULL;
	return yaml_read(path, buf_cstr(&ld->data), ld->data.len, 0,
	    ld->l.diags);
}

/*
 * Splits a file name into id and extension and checks the id. Returns
 * the id (owned by the caller) when name is "<id>.<ext>" with a valid id,
 * else NULL after reporting.
 */
static char *
load_id(struct load *ld, const char *path, const char *name,
    const char *ext, const char *what)
{
	size_t	 len = strlen(name), elen = strlen(ext);
	char	*id;

	if (len <= elen || strcmp(name + len - elen, ext) != 0) {
		diag_error(ld->l.diags, file_pos(path), "unexpected file in "
		    "%s: expected <id>%s%s", what, ext,
		    strcmp(what, "actions") == 0 ? " or <id>.md" : "");
		return NULL;
	}
	id = xstrndup(name, len - elen);
	if (!fields_is_id(id)) {
		diag_error(ld->l.diags, file_pos(path), "invalid id '%s' in "
		    "file name: use lowercase letters, digits and single "
		    "hyphens, at most 64 bytes", id);
		free(id);
		return NULL;
	}
	return id;
}

static void
load_council(struct load *ld)
{
	struct council	*c = &ld->m->council;
	struct ynode	*root;

	c->file = fs_join(ld->m->root, "clspd.yaml");
	if (!fs_is_file(c->file)) {
		diag_error(ld->l.diags, file_pos(c->file), "missing "
		    "clspd.yaml: every content folder needs one (try "
		    "'clspd init')");
		return;
	}
	if ((root = load_yaml(ld, c->file)) == NULL)
		return;
	c->loaded = 1;
	records_council_read(&ld->l, root, c);
	ynode_free(root);
}

static void
load_partner(struct load *ld, char *path, char *id)
{
	struct partner	*p;
	struct ynode	*root;

	/*
	 * A file that cannot be read is still a record, so that references
	 * to it do not add errors to its own.
	 */
	root = load_yaml(ld, path);
	if (ld->m->npartners == ld->cap_partners) {
		ld->cap_partners = ld->cap_partners ? ld->cap_partners * 2 : 16;
		ld->m->partners = xreallocarray(ld->m->partners,
		    ld->cap_partners, sizeof(*ld->m->partners));
	}
	p = &ld->m->partners[ld->m->npartners++];
	memset(p, 0, sizeof(*p));
	p->id = id;
	p->file = path;
	records_partner_read(&ld->l, root, p);
	ynode_free(root);
}

static void
load_action(struct load *ld, char *path, char *id)
{
	struct action	*a;
	struct ynode	*root;

	root = load_yaml(ld, path);	/* NULL: a record all the same */
	if (ld->m->nactions == ld->cap_actions) {
		ld->cap_actions = ld->cap_actions ? ld->cap_actions * 2 : 16;
		ld->m->actions = xreallocarray(ld->m->actions,
		    ld->cap_actions, sizeof(*ld->m->actions));
	}
	a = &ld->m->actions[ld->m->nactions++];
	memset(a, 0, sizeof(*a));
	a->id = id;
	a->file = path;
	records_action_read(&ld->l, root, a);
	ynode_free(root);
}

static int
action_ptr_cmp(const void *a, const void *b)
{
	return strcmp((*(struct action *const *)a)->id,
	    (*(struct action *const *)b)->id);
}

/*
 * Reads the narratives actions/<id>.md, once every action sheet of the
 * folder is loaded, and attaches each to its action, found by binary
 * search in an index sorted by id.
 */
static void
load_narratives(struct load *ld, const char *dir, char **names, size_t n)
{
	size_t		 i, len;
	char		*path, *id;
	struct action	**index, key, *keyp = &key, **found;

	index = xcalloc(ld->m->nactions + 1, sizeof(*index));
	for (i = 0; i < ld->m->nactions; i++)
		index[i] = &ld->m->actions[i];
	sort_array(index, ld->m->nactions, sizeof(*index), action_ptr_cmp);
	for (i = 0; i < n; i++) {
		len = strlen(names[i]);
		if (names[i][0] == '.' || len < 4 ||
		    strcmp(names[i] + len - 3, ".md") != 0)
			continue;
		path = fs_join(dir, names[i]);
		if ((id = load_id(ld, path, names[i], ".md",
		    "actions")) == NULL) {
			load_keep(ld, path);
			continue;
		}
		key.id = id;
		found = bsearch(&keyp, index, ld->m->nactions, sizeof(*index),
		    action_ptr_cmp);
		free(id);
		if (found == NULL) {
			diag_error(ld->l.diags, file_pos(path), "narrative "
			    "without an action: there is no actions/%.*s.yaml",
			    (int)(len - 3), names[i]);
			load_keep(ld, path);
			continue;
		}
		if (load_read(ld, path) == -1) {
			load_keep(ld, path);
			continue;
		}
		(*found)->narrative_file = path;
		(*found)->narrative = markdown_parse(&ld->l,
		    buf_cstr(&ld->data), ld->data.len, file_pos(path), 1);
	}
	free(index);
}

static void
load_indicator(struct load *ld, char *path, char *id)
{
	struct indicator *ind;
	struct ynode	*root;

	root = load_yaml(ld, path);	/* NULL: a record all the same */
	if (ld->m->nindicators == ld->cap_indicators) {
		ld->cap_indicators = ld->cap_indicators ?
		    ld->cap_indicators * 2 : 16;
		ld->m->indicators = xreallocarray(ld->m->indicators,
		    ld->cap_indicators, sizeof(*ld->m->indicators));
	}
	ind = &ld->m->indicators[ld->m->nindicators++];
	memset(ind, 0, sizeof(*ind));
	ind->id = id;
	ind->file = path;
	records_indicator_read(&ld->l, root, ind);
	ynode_free(root);
}

static void
load_page(struct load *ld, char *path, char *id)
{
	struct page	*pg;

	if (load_read(ld, path) == -1) {
		load_keep(ld, path);
		free(id);
		return;
	}
	if (ld->m->npages == ld->cap_pages) {
		ld->cap_pages = ld->cap_pages ? ld->cap_pages * 2 : 8;
		ld->m->pages = xreallocarray(ld->m->pages, ld->cap_pages,
		    sizeof(*ld->m->pages));
	}
	pg = &ld->m->pages[ld->m->npages++];
	memset(pg, 0, sizeof(*pg));
	pg->id = id;
	pg->file = path;
	records_page_read(&ld->l, path, buf_cstr(&ld->data), ld->data.len,
	    pg);
}

static void
load_charter(struct load *ld)
{
	char		*path = fs_join(ld->m->root, "charter.md");
	struct charter	*c;

	if (!fs_is_file(path) || load_read(ld, path) == -1) {
		load_keep(ld, path);
		return;
	}
	c = xcalloc(1, sizeof(*c));
	c->file = path;
	ld->m->charter = c;
	records_charter_read(&ld->l, path, buf_cstr(&ld->data), ld->data.len,
	    c);
}

/* The record folders and how each file in them is loaded. */
struct folder {
	const char	*name;
	const char	*ext;
	void		(*load)(struct load *, char *path, char *id);
};

static const struct folder folders[] = {
	{ "partners", ".yaml", load_partner },
	{ "actions", ".yaml", load_action },
	{ "indicators", ".yaml", load_indicator },
	{ "pages", ".md", load_page },
};

static void
load_folder(struct load *ld, const struct folder *f)
{
	char	*dir = fs_join(ld->m->root, f->name), *path, *id;
	char	**names;
	size_t	 n, i, len;
	int	 actions = strcmp(f->name, "actions") == 0;

	if (!fs_is_dir(dir)) {
		free(dir);
		return;
	}
	if (fs_list_dir(dir, &names, &n) == -1) {
		diag_error(ld->l.diags, file_pos(dir), "cannot list folder: "
		    "%s", strerror(errno));
		load_keep(ld, dir);
		return;
	}
	for (i = 0; i < n; i++) {
		if (names[i][0] == '.')
			continue;
		len = strlen(names[i]);
		if (actions && len > 3 && strcmp(names[i] + len - 3, ".md") == 0)
			continue;	/* narratives, below */
		path = fs_join(dir, names[i]);
		if (fs_is_dir(path)) {
			diag_error(ld->l.diags, file_pos(path), "unexpected "
			    "folder in %s/", f->name);
			load_keep(ld, path);
			continue;
		}
		if ((id = load_id(ld, path, names[i], f->ext,
		    f->name)) == NULL) {
			load_keep(ld, path);
			continue;
		}
		f->load(ld, path, id);
	}
	if (actions)
		load_narratives(ld, dir, names, n);
	fs_names_free(names, n);
	free(dir);
}

struct model *
load_content(const char *root, struct diags *diags, const char **err)
{
	struct load	 ld;
	size_t		 i;

	if (!fs_is_dir(root)) {
		*err = "not a content folder (it must hold clspd.yaml)";
		return NULL;
	}
	memset(&ld, 0, sizeof(ld));
	ld.m = model_new(root);
	ld.l.diags = diags;
	load_council(&ld);
	for (i = 0; i < sizeof(folders) / sizeof(folders[0]); i++)
		load_folder(&ld, &folders[i]);
	load_charter(&ld);
	buf_release(&ld.data);
	return ld.m;
}
