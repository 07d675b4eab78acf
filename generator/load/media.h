/*
 * The images of the content (docs/format.md, "Images"): the logo of
 * clspd.yaml and every Markdown image. Each path is written from the
 * content folder and stays inside media/; each file is read once,
 * through the content's reader (a folder or a git tree), its format
 * taken from its bytes and its size checked; the good ones go into the
 * model's media table (model.h), for the renderers.
 */
#ifndef CLSPD_LOAD_MEDIA_H
#define CLSPD_LOAD_MEDIA_H

#include "../source/tree.h"
#include "../util/diag.h"
#include "../util/image.h"
#include "model.h"

/* The largest image file, and the longest side of an image, in pixels. */
#define MEDIA_MAX_FILE	(8u * 1024 * 1024)
#define MEDIA_MAX_SIDE	IMAGE_DECODE_MAX

/* Checks and reads every image the model's texts and logo name. */
void	 media_load(const struct source_tree *, struct model *,
	    struct diags *);

#endif
