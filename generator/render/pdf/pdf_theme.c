/*
 * pdf/style.yaml (see pdf_theme.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../load/yaml.h"
#include "../../util/alloc.h"
#include "../../util/fs.h"
#include "../../util/i18n.h"
#include "../../util/suggest.h"
#include "../../util/i18n.h"
#include "backend/pdf_font_check.h"
#include "pdf_theme.h"

#define STYLE_PATH	"pdf/style.yaml"

/* The keys, in the order of the default file (pdf_theme.h). */
const char *const pdf_theme_keys[] = {
	"accent", "accent_dark", "accent_light", "font_regular",
	"font_bold", "font_italic", "font_bold_italic", "font_heading", NULL
};

/* The font keys' faces, after the three colours. */
static const enum pdf_face faces[] = {
	PDF_REGULAR, PDF_BOLD, PDF_ITALIC, PDF_BOLD_ITALIC, PDF_HEADING
};

/* Whether path starts like a TrueType font: version 1.0 or "true". */
static int
is_truetype(const char *path)
{
	unsigned char	 m[4];
	FILE		*f = fopen(path, "rb");
	int		 ok;

	if (f == NULL)
		return 0;
	ok = fread(m, 1, 4, f) == 4 && (memcmp(m, "\0\1\0\0", 4) == 0 ||
	    memcmp(m, "true", 4) == 0);
	fclose(f);
	return ok;
}

#define FONT_MAX	(64u << 20)	/* bytes in a font file */

/*
 * Why the TrueType font at path (its start checked by is_truetype) is
 * not one libharu can embed safely, or NULL: a table missing, cut short
 * or going past the end of the file, a count or a glyph index libharu
 * would trust (pdf_font_check.h).
 */
static const char *
ttf_damage(const char *path)
{
	static char	 why[160];
	struct buf	 b = BUF_INIT;
	const char	*rc = NULL;
	int		 got;

	if ((got = fs_read_file(path, FONT_MAX, &b)) == -2)
		rc = _("it is larger than 64 MiB");
	else if (got != 0)
		rc = _("it cannot be read");
	else if (pdf_font_check((const unsigned char *)b.data, b.len, why,
	    sizeof(why)) == -1)
		rc = why;
	buf_release(&b);
	return rc;
}

static int
hex(int c)
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
		if (hex((unsigned char)s[i]) == -1)
			return -1;
		v = v << 4 | (uint32_t)hex((unsigned char)s[i]);
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
	uint32_t	*colours[] = { &t->accent, &t->accent_dark,
			    &t->accent_light };
	char		*path;
	size_t		 i, j;

	if ((root = yaml_read(where, data, len, 0, d)) == NULL)
		return;
	if (root->type != YNODE_MAP) {
		if (!(root->type == YNODE_SCALAR && root->null))
			diag_error(d, root->pos, _("expected a mapping of style "
			    "keys (accent, font_regular, …), found %s"),
			    ynode_kind(root));
		ynode_free(root);
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
			if (colour(v->scalar, colours[j]) == -1)
				diag_error(d, v->pos, _("expected a colour "
				    "written #RRGGBB for '%s', found '%s'"),
				    pdf_theme_keys[j], v->scalar);
			continue;
		}
		path = v->scalar[0] == '/' || dir == NULL ?
		    xstrdup(v->scalar) : fs_join(dir, v->scalar);
		free(t->fonts[faces[j - PDF_THEME_COLOURS]]);
		t->fonts[faces[j - PDF_THEME_COLOURS]] = path;
		t->font_pos[faces[j - PDF_THEME_COLOURS]] = v->pos;
		t->font_builtin[faces[j - PDF_THEME_COLOURS]] = dir == NULL;
	}
	ynode_free(root);
}

int
pdf_theme_load(struct pdf_theme *t, const struct theme *th,
    struct diags *d)
{
	struct buf	 b = BUF_INIT;
	struct theme	 none;
	const char	*data;
	size_t		 len, i;
	char		*where;
	const char	*why;

	memset(t, 0, sizeof(*t));
	memset(&none, 0, sizeof(none));
	/* The built-in default first: it sets every key. */
	if (theme_find(&none, STYLE_PATH, 0, &b, &data, &len, &where) == -1) {
		buf_release(&b);
		return -1;
	}
	t->files[t->nfiles++] = where;
	style_read(t, where, NULL, data, len, d);
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
	/* The fonts that won: those must exist and be whole TrueType. */
	for (i = 0; i < PDF_FACE__MAX; i++) {
		if (t->fonts[i] == NULL)
			continue;
		if (!fs_is_file(t->fonts[i]) && t->font_builtin[i])
			diag_error(d, t->font_pos[i], _("no font file '%s' "
			    "(install fonts-lato, or set the fonts in a "
			    "theme's %s)"), t->fonts[i], STYLE_PATH);
		else if (!fs_is_file(t->fonts[i]))
			diag_error(d, t->font_pos[i], _("no font file '%s'"),
			    t->fonts[i]);
		else if (!is_truetype(t->fonts[i]))
			diag_error(d, t->font_pos[i], _("'%s' is not a TrueType "
			    "font (.ttf); libharu reads no other kind (not "
			    "CFF .otf, not .woff)"), t->fonts[i]);
		else if ((why = ttf_damage(t->fonts[i])) != NULL)
			diag_error(d, t->font_pos[i], _("'%s' is a damaged "
			    "TrueType font: %s"), t->fonts[i], why);
		else
			continue;
		/* Nothing may load a font refused here (check's coverage). */
		free(t->fonts[i]);
		t->fonts[i] = NULL;
	}
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
