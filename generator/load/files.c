/*
 * The content's files (see load_int.h): found by the folder walk, their
 * names made into ids, symbolic links refused, and each read with the
 * limits of docs/format.md (size, UTF-8, NUL bytes), an encoding other
 * than UTF-8 named.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../source/tree.h"
#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "../util/sort.h"
#include "../util/utf8.h"
#include "fields.h"
#include "load.h"
#include "load_int.h"
#include "yaml.h"

/*
 * A symbolic link anywhere clspd reads in the content folder is an
 * error at its path, never followed: a link to a file outside the
 * folder (a CI runner's secrets, /proc) would be published.
 */
static const char *const link_message = N_("a symbolic link: clspd follows no "
    "link in the content folder (one could publish a file from outside "
    "it); replace the link by the file or folder itself");

int
load_link(struct load *ld, const char *path)
{
	if (source_tree_kind(ld->tree, path) != SOURCE_LINK)
		return 0;
	diag_error(ld->l.diags, file_pos(path), "%s", _(link_message));
	return 1;
}

void
load_keep(struct load *ld, char *path)
{
	size_t	 n = ld->nkept;

	if ((n & (n - 1)) == 0)		/* full: 0 or a power of two */
		ld->kept = xreallocarray(ld->kept, n ? n * 2 : 1,
		    sizeof(*ld->kept));
	ld->kept[ld->nkept++] = path;
}

/*
 * The characters of Windows-1252 at 0x80 to 0x9F (0: none), where
 * Latin-1 has control characters no one types.
 */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/*
 * The bytes of French text in Latin-1 or Windows-1252: accented letters,
 * « », °, the no-break space, and Windows' € ’ ‘ “ ” – — … œ Œ. A file
 * of other bytes is damaged or binary, not French saved in either.
 */
static int
french_byte(unsigned char c)
{
	static const char letters[] = "\xC0\xC2\xC4\xC7\xC8\xC9\xCA\xCB"
	    "\xCE\xCF\xD4\xD6\xD9\xDB\xDC\xE0\xE2\xE4\xE7\xE8\xE9\xEA"
	    "\xEB\xEE\xEF\xF4\xF6\xF9\xFB\xFC\xAB\xBB\xB0\xA0\x80\x91"
	    "\x92\x93\x94\x96\x97\x85\x9C\x8C";

	return c != 0 && strchr(letters, (char)c) != NULL;
}

/*
 * When the file read (not UTF-8) holds no UTF-8 sequence at all, it was
 * saved in a one-byte encoding: Windows-1252 when it uses one of that
 * encoding's characters at 0x80 to 0x9F (’ “ ” – œ €), else Latin-1.
 * Reports which, with the character at p read in it, and how to convert;
 * returns 1, or 0 when the file does not look so.
 */
static int
load_encoding_hint(struct load *ld, struct pos p)
{
	const unsigned char	*s = (const unsigned char *)ld->data.data;
	size_t			 i, n = ld->data.len, first = n;
	uint32_t		 cp;
	int			 windows = 0, letters = 0;
	char			 ch[8];

	for (i = 0; i < n; i++) {
		if (s[i] < 0x80)
			continue;
		if (utf8_decode((const char *)s + i, n - i, &cp) > 1)
			return 0;	/* some UTF-8: a damaged file */
		if (first == n)
			first = i;
		if (!french_byte(s[i]))
			return 0;	/* not French in either encoding */
		if (s[i] >= 0xC0)
			letters = 1;
		if (s[i] < 0xA0)
			windows = 1;
	}
	if (first == n || !letters)
		return 0;
	cp = s[first] < 0xA0 ? cp1252_high[s[first] - 0x80] : s[first];
	ch[utf8_encode(cp, ch)] = '\0';
	if (windows)
		diag_error(ld->l.diags, p, _("this file is not in UTF-8 but "
		    "most likely in Windows-1252 (this character is '%s'): "
		    "save it as UTF-8 from your editor, or convert it with "
		    "iconv -f WINDOWS-1252 -t UTF-8"), ch);
	else
		diag_error(ld->l.diags, p, _("this file is not in UTF-8 but "
		    "most likely in Latin-1 (this character is '%s'): save it "
		    "as UTF-8 from your editor, or convert it with iconv -f "
		    "LATIN1 -t UTF-8"), ch);
	return 1;
}

int
load_read(struct load *ld, const char *path)
{
	int		 rc, line, col;
	const char	*why;

	ld->files++;
	rc = source_tree_read(ld->tree, path, LOAD_MAX_FILE, &ld->data);
	if (rc == SOURCE_READ_LINK) {
		diag_error(ld->l.diags, file_pos(path), "%s",
		    _(link_message));
		return -1;
	}
	if (rc == -2) {
		diag_error(ld->l.diags, file_pos(path), _("file larger than "
		    "4 MiB"));
		return -1;
	}
	if (rc == -3) {
		diag_error(ld->l.diags, file_pos(path), _("not a regular file"));
		return -1;
	}
	if (rc == -1) {
		diag_error(ld->l.diags, file_pos(path), _("cannot read: %s"),
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

		if (strcmp(why, "NUL byte") == 0)
			diag_error(ld->l.diags, p,
			    _("NUL byte in a text file"));
		else if (load_encoding_hint(ld, p) == 0)
			diag_error(ld->l.diags, p,
			    _("invalid UTF-8 (save the file as UTF-8)"));
		return -1;
	}
	return 0;
}

struct ynode *
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
 * else NULL after reporting. A name that is not an id ("FIPD État.yaml")
 * is reported with the id to rename it to, and the file is read under
 * that id, so that its other mistakes show now, not after the renaming.
 */
/*
 * Whether slug is free in the folder: no other name of the folder (names,
 * n of them; self is the one renamed) with the extension ext is slug or
 * stands for it.
 */
static int
load_slug_is_free(char **names, size_t n, size_t self, const char *slug,
    const char *ext)
{
	size_t	 j, len, elen = strlen(ext);
	char	*stem, other[65];
	int	 taken = 0;

	for (j = 0; j < n && !taken; j++) {
		len = strlen(names[j]);
		if (j == self || len <= elen ||
		    strcmp(names[j] + len - elen, ext) != 0)
			continue;
		stem = xstrndup(names[j], len - elen);
		fields_slug(stem, other, sizeof(other));
		taken = strcmp(stem, slug) == 0 || strcmp(other, slug) == 0;
		free(stem);
	}
	return !taken;
}

/* A folder's entries, as fs or the tree lists them. */
struct load_names {
	char	**v;
	size_t	  n;
};

/* Whether a file's name says it is an image (a photo put beside a page). */
static int
load_is_image_name(const char *name)
{
	static const char *const exts[] = {
		".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp", NULL
	};
	const char	*dot = strrchr(name, '.');
	size_t		 i;

	for (i = 0; dot != NULL && exts[i] != NULL; i++)
		if (strcasecmp(dot, exts[i]) == 0)
			return 1;
	return 0;
}

static char *
load_id(struct load *ld, const char *path, const struct load_names *ls,
    size_t self, const char *ext, const char *what)
{
	const char	*name = ls->v[self];
	size_t		 len = strlen(name), elen = strlen(ext);
	char		*id, slug[65];

	if (len <= elen || strcmp(name + len - elen, ext) != 0) {
		if (load_is_image_name(name))
			diag_error(ld->l.diags, file_pos(path), _("an image "
			    "in %s/: images go in the folder media/ at the top "
			    "of the content folder, and a text names them from "
			    "there (media/%s)"), what, name);
		else if (strcmp(what, "actions") == 0)
			diag_error(ld->l.diags, file_pos(path),
			    _("unexpected file in %s: expected <id>%s or "
			    "<id>.md"), what, ext);
		else
			diag_error(ld->l.diags, file_pos(path),
			    _("unexpected file in %s: expected <id>%s"), what,
			    ext);
		return NULL;
	}
	id = xstrndup(name, len - elen);
	if (fields_is_id(id))
		return id;
	fields_slug(id, slug, sizeof(slug));
	if (len - elen > 64 || !fields_is_id(slug) ||
	    !load_slug_is_free(ls->v, ls->n, self, slug, ext)) {
		diag_error(ld->l.diags, file_pos(path), _("invalid id '%s' in "
		    "file name: use lowercase letters, digits and single "
		    "hyphens, at most 64 bytes"), id);
		free(id);
		return NULL;
	}
	diag_error(ld->l.diags, file_pos(path), _("invalid id '%s' in file "
	    "name: an id is written with lowercase letters without accents, "
	    "digits and single hyphens; rename the file %s%s"), id, slug,
	    ext);
	free(id);
	return xstrdup(slug);
}

int
load_is_file(const struct load *ld, const char *path)
{
	enum source_kind	 k = source_tree_kind(ld->tree, path);

	return k == SOURCE_FILE || k == SOURCE_LINK;
}

/*
 * Reports every symbolic link below dir, a folder of CONTENT/theme, at
 * most 16 folders deep (the theme's own walk stops there too).
 */
static void
load_theme_walk(struct load *ld, const char *dir, int depth)
{
	char		**names, *path;
	unsigned char	 *dirs;
	size_t		  n, i;

	if (depth > 16 || fs_list_dir_kinds(dir, &names, &dirs, &n) == -1)
		return;
	for (i = 0; i < n; i++) {
		path = fs_join(dir, names[i]);
		if (load_link(ld, path))
			load_keep(ld, path);
		else {
			if (dirs[i])
				load_theme_walk(ld, path, depth + 1);
			free(path);
		}
	}
	fs_names_free(names, n);
	free(dirs);
}

void
load_theme_links(struct load *ld)
{
	char	*path = fs_join(ld->m->root, "theme");

	if (load_link(ld, path))
		load_keep(ld, path);
	else {
		if (fs_is_dir(path))
			load_theme_walk(ld, path, 0);
		free(path);
	}
}

static void
tasks_add(struct tasks *ts, enum task_kind kind, char *path, char *id)
{
	if (ts->n == ts->cap) {
		ts->cap = ts->cap ? ts->cap * 2 : 64;
		ts->v = xreallocarray(ts->v, ts->cap, sizeof(*ts->v));
	}
	ts->v[ts->n].kind = kind;
	ts->v[ts->n].path = path;
	ts->v[ts->n].id = id;
	ts->v[ts->n].slot = ts->count[kind]++;
	ts->n++;
}

/* The record folders and the kind of task of their files. */
struct folder {
	const char	*name;
	const char	*ext;
	enum task_kind	 kind;
};

static const struct folder folders[] = {
	{ "partners", ".yaml", TASK_PARTNER },
	{ "actions", ".yaml", TASK_ACTION },
	{ "indicators", ".yaml", TASK_INDICATOR },
	{ "pages", ".md", TASK_PAGE },
};

/* Whether name ends with ext. */
static int
has_ext(const char *name, const char *ext)
{
	size_t	 len = strlen(name), elen = strlen(ext);

	return len > elen && strcmp(name + len - elen, ext) == 0;
}

/*
 * Lists a record folder and adds a task for each well-named file;
 * names that do not fit are reported here. The narratives of actions/
 * are gathered into narratives, to be matched once every action is known.
 */
static void
walk_folder(struct load *ld, const struct folder *f, struct tasks *ts,
    struct tasks *narratives)
{
	char		*dir = source_tree_join(ld->tree, ld->m->root, f->name);
	char		*path, *id;
	char		**names;
	unsigned char	*dirs;
	size_t		 n, i;
	int		 actions = f->kind == TASK_ACTION;

	if (load_link(ld, dir)) {
		load_keep(ld, dir);
		return;
	}
	if (source_tree_kind(ld->tree, dir) != SOURCE_DIR) {
		if (load_is_file(ld, dir)) {
			diag_error(ld->l.diags, file_pos(dir), _("expected a "
			    "folder %s/, found a file"), f->name);
			load_keep(ld, dir);
		} else
			free(dir);
		return;
	}
	if (source_tree_list(ld->tree, dir, &names, &dirs, &n) == -1) {
		diag_error(ld->l.diags, file_pos(dir), _("cannot list folder: "
		    "%s"), strerror(errno));
		load_keep(ld, dir);
		return;
	}
	for (i = 0; i < n; i++) {
		if (names[i][0] == '.')
			continue;
		path = source_tree_join(ld->tree, dir, names[i]);
		if (load_link(ld, path)) {
			load_keep(ld, path);
			continue;
		}
		if (dirs[i]) {
			diag_error(ld->l.diags, file_pos(path), _("unexpected "
			    "folder in %s/"), f->name);
			load_keep(ld, path);
			continue;
		}
		if (actions && has_ext(names[i], ".md")) {
			if ((id = load_id(ld, path, &(struct load_names){
			    names, n }, i, ".md", f->name)) == NULL)
				load_keep(ld, path);
			else
				tasks_add(narratives, TASK_NARRATIVE, path, id);
			continue;
		}
		if ((id = load_id(ld, path, &(struct load_names){ names,
		    n }, i, f->ext, f->name)) == NULL) {
			load_keep(ld, path);
			continue;
		}
		tasks_add(ts, f->kind, path, id);
	}
	fs_names_free(names, n);
	free(dirs);
	free(dir);
}

static int
task_id_cmp(const void *a, const void *b)
{
	return strcmp(((const struct task *)a)->id,
	    ((const struct task *)b)->id);
}

/*
 * Gives each narrative the slot of its action, found by binary search
 * among the action tasks sorted by id; a narrative without an action is
 * reported and dropped.
 */
static void
match_narratives(struct load *ld, const struct tasks *ts,
    struct tasks *narratives)
{
	struct task	*index, *found;
	size_t		 i, n = 0, kept = 0;

	index = xcalloc(ts->n + 1, sizeof(*index));
	for (i = 0; i < ts->n; i++)
		if (ts->v[i].kind == TASK_ACTION)
			index[n++] = ts->v[i];
	sort_array(index, n, sizeof(*index), task_id_cmp);
	for (i = 0; i < narratives->n; i++) {
		found = bsearch(&narratives->v[i], index, n, sizeof(*index),
		    task_id_cmp);
		if (found == NULL) {
			diag_error(ld->l.diags, file_pos(narratives->v[i].path),
			    _("narrative without an action: there is no "
			    "actions/%s.yaml"), narratives->v[i].id);
			load_keep(ld, narratives->v[i].path);
			free(narratives->v[i].id);
			continue;
		}
		narratives->v[i].slot = found->slot;
		free(narratives->v[i].id);
		narratives->v[i].id = NULL;
		narratives->v[kept++] = narratives->v[i];
	}
	narratives->n = kept;
	free(index);
}

void
load_walk(struct load *ld, struct tasks *ts, struct tasks *narratives)
{
	size_t	 i;

	for (i = 0; i < sizeof(folders) / sizeof(folders[0]); i++)
		walk_folder(ld, &folders[i], ts, narratives);
	match_narratives(ld, ts, narratives);
}
