/*
 * Markdown as HTML (see markdown.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../load/model.h"
#include "../../markdown/markdown.h"
#include "../../util/alloc.h"
#include "../../util/escape.h"
#include "../../view/view.h"
#include "markdown.h"

/* The description of an image, its children's text. */
static void
image_alt(cmark_node *image, struct buf *alt)
{
	cmark_iter		*it = cmark_iter_new(image);
	cmark_event_type	 ev;
	const char		*lit;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
		if (ev == CMARK_EVENT_ENTER && (lit = cmark_node_get_literal(
		    cmark_iter_get_node(it))) != NULL)
			buf_puts(alt, lit);
	cmark_iter_free(it);
}

/*
 * Replaces an image of media/ by our own <img>, with its path from the
 * page (root), its description and its size in pixels, so that the page
 * does not move as it loads. cmark writes a custom node's text as it
 * is; every part of it is escaped here. Returns 0, or -1 for an image
 * the view does not hold (then it is unwrapped).
 */
static int
image_tag(cmark_node *n, const struct html_images *img)
{
	const struct value	*f;
	const char		*url = cmark_node_get_url(n);
	struct buf		 b = BUF_INIT, u = BUF_INIT, alt = BUF_INIT;
	cmark_node		*tag;

	if (img == NULL || url == NULL ||
	    (f = view_media_find(img->view, url)) == NULL)
		return -1;
	buf_puts(&u, img->root);
	escape_uri(&u, url, strlen(url));
	image_alt(n, &alt);
	buf_puts(&b, "<img src=\"");
	escape_html_attr(&b, u.data, u.len);
	buf_puts(&b, "\" alt=\"");
	escape_html_attr(&b, alt.data != NULL ? alt.data : "", alt.len);
	buf_printf(&b, "\" width=\"%s\" height=\"%s\">",
	    value_str(f, "width"), value_str(f, "height"));
	tag = markdown_node_new(CMARK_NODE_CUSTOM_INLINE);
	cmark_node_set_on_enter(tag, buf_cstr(&b));
	cmark_node_insert_before(n, tag);
	cmark_node_free(n);
	buf_release(&b);
	buf_release(&u);
	buf_release(&alt);
	return 0;
}

/*
 * Replaces every image of doc by an <img> of the published media/
 * (image_tag), or, without images (a document of no view), by its
 * children, its alternative text, rather than a broken link. Images are
 * collected first, since cmark's iterator allows no change during the
 * walk, and changed innermost first.
 */
static void
unwrap_images(cmark_node *doc, const struct html_images *img)
{
	cmark_iter		*it;
	cmark_event_type	 ev;
	cmark_node		*n, *kid, **images = NULL;
	size_t			 nimages = 0, cap = 0;

	for (it = cmark_iter_new(doc); (ev = cmark_iter_next(it)) !=
	    CMARK_EVENT_DONE; )
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(
		    n = cmark_iter_get_node(it)) == CMARK_NODE_IMAGE) {
			if (nimages == cap)
				images = xreallocarray(images, cap = cap ?
				    cap * 2 : 16, sizeof(*images));
			images[nimages++] = n;
		}
	cmark_iter_free(it);
	while (nimages > 0) {
		n = images[--nimages];
		if (image_tag(n, img) == 0)
			continue;
		while ((kid = cmark_node_first_child(n)) != NULL)
			cmark_node_insert_before(n, kid);
		cmark_node_free(n);
	}
	free(images);
}

/*
 * Renumbers the headings of doc so that its highest level becomes top
 * and each level present below it the next one (at most 6): a narrative
 * that starts at "##", or skips a level, still fits the page's outline
 * (WCAG 1.3.1; a heading never jumps more than one level down).
 */
static void
renumber_headings(cmark_node *doc, int top)
{
	cmark_iter		*it;
	cmark_event_type	 ev;
	cmark_node		*n;
	int			 present[7] = { 0 }, map[7], level, next;

	for (it = cmark_iter_new(doc); (ev = cmark_iter_next(it)) !=
	    CMARK_EVENT_DONE; )
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(
		    n = cmark_iter_get_node(it)) == CMARK_NODE_HEADING)
			present[cmark_node_get_heading_level(n)] = 1;
	cmark_iter_free(it);
	for (level = 1, next = top; level <= 6; level++)
		if (present[level]) {
			map[level] = next > 6 ? 6 : next;
			next++;
		}
	for (it = cmark_iter_new(doc); (ev = cmark_iter_next(it)) !=
	    CMARK_EVENT_DONE; )
		if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(
		    n = cmark_iter_get_node(it)) == CMARK_NODE_HEADING)
			cmark_node_set_heading_level(n,
			    map[cmark_node_get_heading_level(n)]);
	cmark_iter_free(it);
}

void
html_markdown_doc(struct buf *out, cmark_node *doc, int top)
{
	html_markdown_images(out, doc, top, NULL);
}

void
html_markdown_images(struct buf *out, cmark_node *doc, int top,
    const struct html_images *img)
{
	char	*html;

	if (doc == NULL)
		return;
	renumber_headings(doc, top);
	unwrap_images(doc, img);
	/* Safe mode: no CMARK_OPT_UNSAFE, so raw HTML and javascript: go. */
	html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
	buf_puts(out, html);
	/*
	 * Not freed: cmark allocates the result with the document's memory,
	 * the scratch arena (markdown/markdown.c), which markdown_scratch_reset
	 * frees with the document.
	 */
}

/* One source's HTML; the table is open addressing, a power of 2 long. */
struct memo_entry {
	char		*key;	/* NULL: free */
	size_t		 klen;
	uint64_t	 hash;
	char		*html;
	size_t		 hlen;
	int		 used;	/* since the last sweep */
};

static struct {
	int			 on;
	struct memo_entry	*v;
	size_t			 cap;	/* 0 or a power of 2 */
	size_t			 n;
} memo;

/* FNV-1a: the key is compared whole on a match, so any spread will do. */
static uint64_t
memo_hash(const char *s, size_t len)
{
	uint64_t	 h = 14695981039346656037ULL;
	size_t		 i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

/* The key of a text: everything its HTML depends on, lengths included. */
static void
memo_key(struct buf *k, const struct value *md, int top)
{
	const struct text	*t = md->u.markdown.text;
	size_t			 i;

	buf_printf(k, "%d %d %d %zu:", md->u.markdown.french, top, t->list,
	    t->n);
	for (i = 0; i < t->n; i++) {
		buf_printf(k, "%zu:", t->lens[i]);
		buf_put(k, t->items[i], t->lens[i]);
	}
}

/* The slot of key: its entry, or the free slot where it goes. */
static struct memo_entry *
memo_slot(struct memo_entry *v, size_t cap, const char *key, size_t klen,
    uint64_t h)
{
	size_t	 i = (size_t)h & (cap - 1);

	while (v[i].key != NULL && !(v[i].hash == h && v[i].klen == klen &&
	    memcmp(v[i].key, key, klen) == 0))
		i = (i + 1) & (cap - 1);
	return &v[i];
}

/* Moves the entries (all, or those used) into a table of cap slots. */
static void
memo_rehash(size_t cap, int used_only)
{
	struct memo_entry	*v = xcalloc(cap, sizeof(*v)), *e, *to;
	size_t			 i;

	memo.n = 0;
	for (i = 0; i < memo.cap; i++) {
		e = &memo.v[i];
		if (e->key == NULL)
			continue;
		if (used_only && !e->used) {
			free(e->key);
			free(e->html);
			continue;
		}
		to = memo_slot(v, cap, e->key, e->klen, e->hash);
		*to = *e;
		/* A sweep starts the next build with nothing used. */
		to->used = used_only ? 0 : e->used;
		memo.n++;
	}
	free(memo.v);
	memo.v = v;
	memo.cap = cap;
}

void
html_markdown_memo(int on)
{
	size_t	 i;

	if (on && !memo.on) {
		memo.v = xcalloc(16, sizeof(*memo.v));
		memo.cap = 16;
		memo.n = 0;
		memo.on = 1;
	} else if (!on) {
		for (i = 0; i < memo.cap; i++) {
			free(memo.v[i].key);
			free(memo.v[i].html);
		}
		free(memo.v);
		memset(&memo, 0, sizeof(memo));
	}
}

void
html_markdown_sweep(void)
{
	size_t	 cap = 16;

	if (!memo.on)
		return;
	while (cap < memo.n * 2 + 16)
		cap *= 2;
	memo_rehash(cap, 1);
}

/*
 * Whether a text may hold an image: its HTML then depends on the image
 * files and on the page's folder too, so it is not kept.
 */
static int
has_image(const struct text *t)
{
	size_t	 i;

	for (i = 0; i < t->n; i++)
		if (memmem(t->items[i], t->lens[i], "![", 2) != NULL)
			return 1;
	return 0;
}

/* Renders md through the memo: the HTML kept, or rendered and kept. */
static void
memo_markdown(struct buf *out, const struct value *md, int top)
{
	struct buf		 k = BUF_INIT, html = BUF_INIT;
	struct memo_entry	*e;
	uint64_t		 h;

	memo_key(&k, md, top);
	h = memo_hash(buf_cstr(&k), k.len);
	e = memo_slot(memo.v, memo.cap, buf_cstr(&k), k.len, h);
	if (e->key == NULL) {
		html_markdown_doc(&html, view_markdown(md), top);
		e->klen = k.len;
		e->key = buf_detach(&k);
		e->hash = h;
		e->hlen = html.len;
		e->html = html.len > 0 ? buf_detach(&html) : xstrdup("");
		buf_release(&html);
		memo.n++;
	}
	e->used = 1;
	buf_put(out, e->html, e->hlen);
	buf_release(&k);
	/* Half full at most: the probes stay short. */
	if (memo.n * 2 > memo.cap)
		memo_rehash(memo.cap * 2, 0);
}

void
html_markdown(struct buf *out, const struct value *md, int top,
    const struct html_images *img)
{
	if (memo.on && md != NULL && md->type == VALUE_MARKDOWN &&
	    md->u.markdown.text != NULL && !has_image(md->u.markdown.text)) {
		memo_markdown(out, md, top);
		return;
	}
	html_markdown_images(out, view_markdown(md), top, img);
}
