/*
 * pdf/style.yaml (see pdf_theme.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../load/yaml.h"
#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "../util/suggest.h"
#include "pdf_theme.h"

#define STYLE_PATH	"pdf/style.yaml"

/* The keys, in the order of the default file (pdf_theme.h). */
const char *const pdf_theme_keys[] = {
	"accent", "accent_dark", "accent_light", "on_accent", "text",
	"muted", "rule", "fill", "chart_bar", "chart_target", "font_regular",
	"font_bold", "font_italic", "font_bold_italic", "font_heading", NULL
};

/* The font keys' faces, after the colours. */
static const enum pdf_face faces[] = {
	PDF_REGULAR, PDF_BOLD, PDF_ITALIC, PDF_BOLD_ITALIC, PDF_HEADING
};

int
pdf_theme_hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* "#RRGGBB" into *out; 0 or -1. */
static int
colour(const char *s, uint32_t *out)
{
	uint32_t	 v = 0;
	size_t		 i;

	if (strlen(s) != 7 || s[0] != '#')
		return -1;
	for (i = 1; i < 7; i++) {
		if (pdf_theme_hex_digit((unsigned char)s[i]) == -1)
			return -1;
		v = v << 4 | (uint32_t)pdf_theme_hex_digit((unsigned char)s[i]);
	}
	*out = v;
	return 0;
}

/*
 * One layer's file: dir is the theme folder that holds it (relative font
 * paths are taken from there: "fonts/x.ttf" is THEME/fonts/x.ttf), NULL
 * for the built-in default.
 */
static void
style_read(struct pdf_theme *t, const char *where, const char *dir,
    const char *data, size_t len, struct diags *d)
{
	struct ynode	*root, *k, *v;
	const char	*near;
	char		*path;
	size_t		 i, j;

	if ((root = yaml_read(where, data, len, 0, d)) == NULL)
		return;
	if (root->type != YNODE_MAP) {
		if (!(root->type == YNODE_SCALAR && root->null))
			diag_error(d, root->pos, _("expected a mapping of style "
			    "keys (accent, font_regular, …), found %s"),
			    ynode_kind(root));
		ynode_forget(root);
		return;
	}
	for (i = 0; i < YNODE_PAIRS(root); i++) {
		k = root->kids[2 * i];
		v = root->kids[2 * i + 1];
		if (k->type != YNODE_SCALAR)
			continue;	/* the YAML reader reported it */
		for (j = 0; pdf_theme_keys[j] != NULL; j++)
			if (strcmp(k->scalar, pdf_theme_keys[j]) == 0)
				break;
		if (pdf_theme_keys[j] == NULL) {
			near = suggest_nearest(k->scalar, pdf_theme_keys, j);
			if (near != NULL)
				diag_error(d, k->pos, _("unknown PDF style key "
				    "'%s' (did you mean '%s'?)"), k->scalar,
				    near);
			else
				diag_error(d, k->pos, _("unknown PDF style key "
				    "'%s'"), k->scalar);
			continue;
		}
		if (v->type != YNODE_SCALAR || v->null) {
			diag_error(d, v->pos, _("expected a string for '%s'"),
			    pdf_theme_keys[j]);
			continue;
		}
		if (j < PDF_THEME_COLOURS) {
			if (colour(v->scalar, &t->colour[j]) == -1)
				diag_error(d, v->pos, _("expected a colour "
				    "written #RRGGBB for '%s', found '%s'"),
				    pdf_theme_keys[j], v->scalar);
			else
				t->colour_pos[j] = v->pos;
			continue;
		}
		path = v->scalar[0] == '/' || dir == NULL ?
		    xstrdup(v->scalar) : fs_join(dir, v->scalar);
		free(t->fonts[faces[j - PDF_THEME_COLOURS]]);
		t->fonts[faces[j - PDF_THEME_COLOURS]] = path;
		t->font_pos[faces[j - PDF_THEME_COLOURS]] = v->pos;
		t->font_builtin[faces[j - PDF_THEME_COLOURS]] = dir == NULL;
	}
	ynode_forget(root);
}

int
pdf_theme_load(struct pdf_theme *t, const struct theme *th,
    struct diags *d)
{
	struct buf	 b = BUF_INIT;
	struct theme	 none;
	struct theme_file f;
	size_t		 i;
	char		*where;

	memset(t, 0, sizeof(*t));
	memset(&none, 0, sizeof(none));
	/* The built-in default first: it sets every key. */
	if (theme_find(&none, STYLE_PATH, 0, &b, &f) == -1) {
		buf_release(&b);
		return -1;
	}
	t->files[t->nfiles++] = f.where;
	style_read(t, f.where, NULL, f.data, f.len, d);
	/* Then the folders, last layer first, so that the first wins. */
	for (i = th->ndirs; i > 0; i--) {
		where = fs_join(th->dirs[i - 1], STYLE_PATH);
		/* A link in CONTENT/theme: the loader reported it. */
		if (!fs_is_file(where) || (fs_is_link(where) && i == 1 &&
		    th->own)) {
			free(where);
			continue;
		}
		t->files[t->nfiles++] = where;
		if (fs_read_beneath(th->dirs[i - 1], STYLE_PATH, 1u << 20,
		    &b) == 0)
			style_read(t, where, th->dirs[i - 1], buf_cstr(&b),
			    b.len, d);
		else
			diag_error(d, ((struct pos){ where, 1, 1 }),
			    _("cannot read this style file"));
	}
	buf_release(&b);
	return 0;
}

void
pdf_theme_release(struct pdf_theme *t)
{
	size_t	 i;

	for (i = 0; i < PDF_FACE__MAX; i++)
		free(t->fonts[i]);
	for (i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	memset(t, 0, sizeof(*t));
}
