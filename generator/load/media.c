/*
 * The content's images (see media.h): one check per rule, each an error
 * at the position of the path that names the file.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../markdown/markdown.h"
#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/i18n.h"
#include "../util/image.h"
#include "media.h"

/* What a path names: a picture of a text, or the logo. */
enum media_use {
	MEDIA_PICTURE,		/* PNG or JPEG */
	MEDIA_LOGO		/* SVG or PNG */
};

struct media_load {
	const struct source_tree *tree;
	struct model	*m;
	struct diags	*d;
	struct buf	 data;
	size_t		 cap;
};

/*
 * Whether path is written from the content folder into media/; reports
 * it otherwise. A URL, an absolute path, '..' or a path elsewhere would
 * publish a file from outside the folder or depend on the network.
 */
static int
media_path_ok(struct media_load *ml, const char *path, struct pos p)
{
	const char	*s;

	for (s = path; *s != '\0'; s = strchr(s, '/') ? strchr(s, '/') + 1 :
	    s + strlen(s))
		if (strncmp(s, "..", 2) == 0 && (s[2] == '/' || s[2] == '\0')) {
			diag_error(ml->d, p, _("'..' in the image path '%s': "
			    "write the path from the content folder, inside "
			    "media/ (as in media/photo.jpg)"), path);
			return 0;
		}
	if (strncmp(path, "media/", 6) != 0 || path[6] == '\0' ||
	    path[strlen(path) - 1] == '/') {
		diag_error(ml->d, p, _("the image '%s' is not in media/: put "
		    "the file in the folder media/ of the content folder and "
		    "write its path from there, as in media/photo.jpg"), path);
		return 0;
	}
	return 1;
}

/* Reads path into ml->data; reports why it cannot. */
/* Whether a folder on the way to path (media/, …) is a link. */
static int
media_link_on_way(struct media_load *ml, const char *path)
{
	const char	*slash;
	char		*prefix, *dir;
	int		 link = 0;

	for (slash = strchr(path, '/'); slash != NULL && !link;
	    slash = strchr(slash + 1, '/')) {
		prefix = xstrndup(path, (size_t)(slash - path));
		dir = source_tree_join(ml->tree, ml->m->root, prefix);
		link = source_tree_kind(ml->tree, dir) == SOURCE_LINK;
		free(dir);
		free(prefix);
	}
	return link;
}

static int
media_read(struct media_load *ml, const char *path, struct pos p)
{
	char	*full = source_tree_join(ml->tree, ml->m->root, path);
	int	 rc = -1;

	if (media_link_on_way(ml, path) ||
	    source_tree_kind(ml->tree, full) == SOURCE_LINK) {
		diag_error(ml->d, p, _("%s is a symbolic link: clspd follows "
		    "no link in the content folder; put the file itself in "
		    "media/"), path);
		goto done;
	}
	switch (source_tree_read(ml->tree, full, MEDIA_MAX_FILE, &ml->data)) {
	case 0:
		rc = 0;
		break;
	case -2:
		diag_error(ml->d, p, _("%s is larger than 8 MiB: save it "
		    "smaller (2000 pixels wide is plenty for a photo)"), path);
		break;
	case -3:
		diag_error(ml->d, p, _("%s is not a file"), path);
		break;
	case SOURCE_READ_LINK:
		diag_error(ml->d, p, _("%s is a symbolic link: clspd follows "
		    "no link in the content folder; put the file itself in "
		    "media/"), path);
		break;
	default:
		if (errno == ENOENT || errno == ENOTDIR)
			diag_error(ml->d, p, _("no file %s: put the image in "
			    "the folder media/ of the content folder, or "
			    "correct the path"), path);
		else
			diag_error(ml->d, p, _("cannot read %s: %s"), path,
			    strerror(errno));
		break;
	}
done:
	free(full);
	return rc;
}

/* The extension a format's files end in. */
static int
media_ext_ok(const char *path, enum image_format f)
{
	const char	*dot = strrchr(path, '.');

	if (dot == NULL)
		return 0;
	if (f == IMAGE_JPEG)
		return strcasecmp(dot, ".jpg") == 0 ||
		    strcasecmp(dot, ".jpeg") == 0;
	if (f == IMAGE_PNG)
		return strcasecmp(dot, ".png") == 0;
	return strcasecmp(dot, ".svg") == 0;
}

/* Reports a file whose bytes are not of a format its use takes. */
static void
media_bad_format(struct media_load *ml, const char *path, struct pos p,
    enum media_use use)
{
	if (use == MEDIA_LOGO)
		diag_error(ml->d, p, _("%s is not an SVG or PNG image (clspd "
		    "reads what the file holds, not its name): save the logo "
		    "as SVG or PNG"), path);
	else
		diag_error(ml->d, p, _("%s is not a PNG or JPEG image (clspd "
		    "reads what the file holds, not its name): save the "
		    "picture as PNG or JPEG"), path);
}

/* Checks what the bytes are against the use; reports a mismatch. */
static int
media_format_ok(struct media_load *ml, const char *path, struct pos p,
    enum media_use use, struct image_info *info)
{
	int	 rc = image_probe(ml->data.data, ml->data.len, info);

	if (info->format == IMAGE_UNKNOWN || (use == MEDIA_PICTURE &&
	    info->format == IMAGE_SVG) || (use == MEDIA_LOGO &&
	    info->format == IMAGE_JPEG)) {
		media_bad_format(ml, path, p, use);
		return 0;
	}
	if (rc == -1) {
		diag_error(ml->d, p, _("%s is a damaged %s image: save it "
		    "again from an image editor"), path,
		    image_format_name(info->format));
		return 0;
	}
	if (!media_ext_ok(path, info->format)) {
		diag_error(ml->d, p, _("%s holds a %s image, whatever its "
		    "name says: rename it to end in .%s"), path,
		    image_format_name(info->format), info->format ==
		    IMAGE_JPEG ? "jpg" : info->format == IMAGE_PNG ? "png" :
		    "svg");
		return 0;
	}
	return 1;
}

/* Checks the size in pixels and the colours of a picture. */
static int
media_size_ok(struct media_load *ml, const char *path, struct pos p,
    const struct image_info *info)
{
	if (info->width > MEDIA_MAX_SIDE || info->height > MEDIA_MAX_SIDE) {
		diag_error(ml->d, p, _("%s is %d x %d pixels, more than %d on "
		    "a side: save it smaller"), path, info->width,
		    info->height, MEDIA_MAX_SIDE);
		return 0;
	}
	if (info->cmyk) {
		diag_error(ml->d, p, _("%s is a CMYK JPEG (colours for a print "
		    "shop): save it in RGB"), path);
		return 0;
	}
	return 1;
}

/* Adds the file just read to the model's table. */
static void
media_keep(struct media_load *ml, const char *path,
    const struct image_info *info)
{
	struct media_file	*f;

	if (ml->m->nmedia == ml->cap)
		ml->m->media = xreallocarray(ml->m->media, ml->cap = ml->cap ?
		    ml->cap * 2 : 8, sizeof(*ml->m->media));
	f = &ml->m->media[ml->m->nmedia++];
	f->path = xstrdup(path);
	f->format = info->format;
	f->width = info->width;
	f->height = info->height;
	f->len = ml->data.len;
	f->data = xmalloc(f->len + 1);
	memcpy(f->data, ml->data.data, f->len);
	f->data[f->len] = '\0';
}

/* Checks one path naming an image, and keeps the file when good. */
static void
media_use(struct media_load *ml, const char *path, struct pos p,
    enum media_use use)
{
	const struct media_file	*f = model_media_find(ml->m, path);
	struct image_info	 info;

	if (f != NULL) {
		if ((use == MEDIA_PICTURE && f->format == IMAGE_SVG) ||
		    (use == MEDIA_LOGO && f->format == IMAGE_JPEG))
			media_bad_format(ml, path, p, use);
		return;
	}
	if (!media_path_ok(ml, path, p) || media_read(ml, path, p) == -1 ||
	    !media_format_ok(ml, path, p, use, &info) ||
	    !media_size_ok(ml, path, p, &info))
		return;
	media_keep(ml, path, &info);
}

static void
media_image(void *ctx, const char *url, const char *alt, struct pos p)
{
	struct media_load	*ml = ctx;
	const char		*s;

	for (s = alt; *s == ' ' || *s == '\t' || *s == '\n'; s++)
		;
	if (*s == '\0')
		diag_error(ml->d, p, _("image without alternative text: say "
		    "what it shows between the brackets, as in "
		    "![Les médiateurs au marché](%s)"), url);
	media_use(ml, url, p, MEDIA_PICTURE);
}

static void
media_texts(struct media_load *ml, const struct text *t, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (t[i].n > 0)
			markdown_images(&t[i], media_image, ml);
}

/* Every text of the model, in the order of the files. */
static void
media_walk(struct media_load *ml)
{
	struct model	*m = ml->m;
	struct action	*a;
	size_t		 i;

	for (i = 0; i < m->council.nthematics; i++)
		media_texts(ml, &m->council.thematics[i].description, 1);
	for (i = 0; i < m->nactions; i++) {
		a = &m->actions[i];
		media_texts(ml, &a->description, 1);
		media_texts(ml, &a->objectives, 1);
		media_texts(ml, &a->public, 1);
		media_texts(ml, &a->identification, 1);
		media_texts(ml, &a->means, 1);
		media_texts(ml, &a->evaluation, 1);
		media_texts(ml, &a->difficulties, 1);
		media_texts(ml, &a->suggestions, 1);
		media_texts(ml, &a->narrative, 1);
	}
	for (i = 0; i < m->nindicators; i++)
		media_texts(ml, &m->indicators[i].source, 1);
	for (i = 0; i < m->npages; i++)
		media_texts(ml, &m->pages[i].body, 1);
	if (m->charter != NULL)
		media_texts(ml, &m->charter->body, 1);
}

void
media_load(const struct source_tree *tree, struct model *m,
    struct diags *d)
{
	struct media_load	 ml = { tree, m, d, BUF_INIT, 0 };

	if (m->council.logo.s != NULL)
		media_use(&ml, m->council.logo.s, m->council.logo.pos,
		    MEDIA_LOGO);
	media_walk(&ml);
	buf_release(&ml.data);
}
