/*
 * The view stage: from the model and its figures, the one tree of values
 * that the site and the PDFs show (docs/dev/architecture.md). Figures are
 * formatted here and nowhere else (format.h), label strings come from the
 * theme (strings.h), and French typography is applied to every text
 * (typo.h).
 *
 * Each figure appears as text (e.g. "value": "1 512") and, for the
 * templates, as a raw number beside it ("value_raw": 1512, null when
 * absent); the charts are drawn from the typed facts (chart.h).
 * Markdown fields are VALUE_MARKDOWN nodes that each renderer turns into
 * a document with view_markdown and renders in its own way. The shape of
 * the tree is what view_build builds, key by key (view.c); its head keys
 * and its "charter" map are made from the documents' typed facts
 * (docs.h), which the PDFs read instead of string keys.
 */
#ifndef CLSPD_VIEW_H
#define CLSPD_VIEW_H

#include <time.h>

#include <cmark.h>

#include "../load/model.h"
#include "../metrics/metrics.h"
#include "../theme/strings.h"
#include "docs.h"
#include "value.h"

/*
 * The document of a Markdown value of the tree: parsed, sanitized, with
 * the report's typography. It lives in the calling thread's scratch arena
 * until markdown_scratch_reset (markdown/markdown.h); renderers reset after
 * each page. NULL for anything but a VALUE_MARKDOWN.
 */
cmark_node	*view_markdown(const struct value *);

/*
 * The image of the view's "media" list whose src (its path from the
 * content folder, as written) is src, or NULL: a map of src, url (src
 * percent-encoded, for a page), format
 * ("PNG", "JPEG", "SVG"), width and height (pixels, as strings) and
 * data (the file's bytes).
 */
const struct value *view_media_find(const struct value *view,
		    const char *src);

/*
 * Builds the tree from the documents' typed facts (view_docs_build, which
 * the PDFs read); every node lives in the arena.
 */
struct value	*view_build_docs(struct arena *, const struct view_docs *,
		    const struct model *, const struct figures *,
		    const struct strings *);
/* view_build_docs with facts of its own, for a tree alone. */
struct value	*view_build(struct arena *, const struct model *,
		    const struct figures *, const struct strings *,
		    time_t date);

#endif
