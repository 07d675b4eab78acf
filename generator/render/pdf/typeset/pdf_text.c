/*
 * Inline text and line breaking (see pdf_layout.h). Text is cut into
 * tokens at spaces and at changes of span; a word is the tokens up to
 * one that may end a line. Lines are filled first-fit; a word that does
 * not fit is hyphenated only then; a word wider than a line (an address,
 * a code line) breaks between characters, after a "/" or "&" when it
 * can, without a hyphen. No-break spaces (U+00A0, U+202F)
 * are characters of their word, of their font's width, so that French
 * typography never breaks before ";" or "€" nor inside « ».
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../../util/alloc.h"
#include "../../../util/utf8.h"
#include "pdf_layout.h"

#define HYPHEN "-"
#define ELLIPSIS "\xE2\x80\xA6"
/* A link's clickable height, × the type size, from its ascent. */
#define LINK_HEIGHT 1.25f

void
pdf_text_init(struct pdf_text *t, float size, enum pdf_align align)
{
	memset(t, 0, sizeof(*t));
	t->size = size;
	t->align = align;
}

void
pdf_text_release(struct pdf_text *t)
{
	if (t == NULL)
		return;
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}

struct pdf_span *
pdf_text_add(struct pdf_text *t, int font, uint32_t color, const char *s,
    size_t len)
{
	struct pdf_span	*sp;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 8;
		t->v = xreallocarray(t->v, t->cap, sizeof(*t->v));
	}
	sp = &t->v[t->n++];
	memset(sp, 0, sizeof(*sp));
	sp->text = s;
	sp->len = (uint32_t)len;
	sp->font = (uint8_t)font;
	sp->color = color;
	sp->goto_anchor = -1;
	return sp;
}

void
pdf_lines_release(struct pdf_lines *ls)
{
	if (ls == NULL)
		return;
	free(ls->tok);
	free(ls->v);
	memset(ls, 0, sizeof(*ls));
}

static struct pdf_token *
token_push(struct pdf_lines *ls)
{
	if (ls->ntok == ls->captok) {
		ls->captok = ls->captok ? ls->captok * 2 : 64;
		ls->tok = xreallocarray(ls->tok, ls->captok,
		    sizeof(*ls->tok));
	}
	memset(&ls->tok[ls->ntok], 0, sizeof(ls->tok[0]));
	return &ls->tok[ls->ntok++];
}

static int
is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/*
 * The first byte of s[from..end) that makes a token an address, a path
 * or code, not a word of a language ("https://…", "a@b.fr", "x_y=1"),
 * which breaks without a hyphen; end when there is none. A token keeps
 * it (mark), so that the rest of a split word is not scanned again.
 */
static uint32_t
token_mark(const char *s, uint32_t from, uint32_t end)
{
	uint32_t	 i;

	for (i = from; i < end; i++)
		if ((s[i] != '\0' && strchr("/@_=?&#\\<>{}[]|", s[i]) !=
		    NULL) || ((s[i] == ':' || s[i] == '.') && i + 1 < end &&
		    isalnum((unsigned char)s[i + 1])))
			return i;
	return end;
}

/* Whether token tk is a word of a language, which may take a hyphen. */
static int
is_hyphenable(const struct pdf_token *tk)
{
	return tk->mark >= tk->off + tk->len;
}

/*
 * Text is cut into tokens as the line breaker needs them, so that a
 * paragraph's tokens are held once. skip_spaces moves past the spaces at
 * the cursor, giving tk (the token before them, or NULL) the width of a
 * space and a break after it; a span of one newline is a forced break.
 * It stops at the next token's first byte or at the end of the text,
 * where tk ends the paragraph.
 */
static void
skip_spaces(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls, struct pdf_token *tk)
{
	while (ls->in_span < t->n) {
		const struct pdf_span	*sp = &t->v[ls->in_span];

		if (ls->in_off >= sp->len) {
			ls->in_span++;
			ls->in_off = 0;
			continue;
		}
		if (!is_space(sp->text[ls->in_off]))
			return;
		if (tk != NULL && tk->space == 0) {
			tk->space = (float)pdf_font_width(
			    &L->fonts->f[sp->font], " ", 1, t->size);
			tk->brk = 1;
		}
		if (sp->len == 1 && sp->text[0] == '\n' && tk != NULL) {
			tk->newline = 1;
			tk->brk = 1;
		}
		ls->in_off++;
	}
	if (tk != NULL) {
		tk->space = 0;
		tk->brk = 1;
	}
}

/* Whether the text has tokens not yet taken. */
static int
token_left(const struct pdf_text *t, const struct pdf_lines *ls)
{
	return ls->in_span < t->n;
}

/* Appends the next token of the text to ls->tok, with its width. */
static void
token_take(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls)
{
	const struct pdf_span	*sp = &t->v[ls->in_span];
	struct pdf_token	*tk;
	size_t			 j = ls->in_off, k;

	for (k = j; k < sp->len && !is_space(sp->text[k]); k++)
		;
	tk = token_push(ls);
	tk->span = (uint32_t)ls->in_span;
	tk->off = (uint32_t)j;
	tk->len = (uint32_t)(k - j);
	tk->width = (float)pdf_font_width(&L->fonts->f[sp->font],
	    sp->text + j, k - j, t->size);
	tk->mark = token_mark(sp->text, (uint32_t)j, (uint32_t)k);
	ls->in_off = k;
	skip_spaces(L, t, ls, tk);
}

/* The exact width of a token measured only up to the cap. */
static void
token_measure(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_token *tk)
{
	const struct pdf_span	*sp = &t->v[tk->span];

	tk->width = (float)pdf_font_width(&L->fonts->f[sp->font],
	    sp->text + tk->off, tk->len, t->size);
	tk->capped = 0;
}

static struct pdf_line *
line_push(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls, size_t first, size_t last)
{
	struct pdf_line	*l;
	size_t		 i;

	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? ls->cap * 2 : 16;
		ls->v = xreallocarray(ls->v, ls->cap, sizeof(*ls->v));
	}
	l = &ls->v[ls->n++];
	memset(l, 0, sizeof(*l));
	l->first = (uint32_t)first;
	l->last = (uint32_t)last;
	for (i = first; i <= last; i++) {
		if (ls->tok[i].capped)
			token_measure(L, t, &ls->tok[i]);
		l->natural += ls->tok[i].width;
		if (i < last) {
			l->natural += ls->tok[i].space;
			l->spaces += ls->tok[i].space > 0;
		}
	}
	return l;
}

/*
 * Splits token k after its first len bytes: k keeps them (a hyphen drawn
 * after them when hyphen is set) and may end a line; k + 1 is the rest,
 * with what followed the token. The rest is measured only up to the cap
 * (a line's width): a word of megabytes is measured a line at a time.
 * Only the tokens already taken from the input (a line's worth) move.
 */
static void
split_token(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls, size_t k, size_t len, int hyphen)
{
	struct pdf_token	*tk = &ls->tok[k], rest;
	const struct pdf_span	*sp = &t->v[tk->span];
	struct pdf_font		*f = &L->fonts->f[sp->font];
	const char		*s = sp->text + tk->off;
	uint32_t		 end = tk->off + (uint32_t)len;
	int			 whole;

	rest = *tk;
	rest.off += (uint32_t)len;
	rest.len -= (uint32_t)len;
	rest.width = (float)pdf_font_width_capped(f, s + len, rest.len,
	    t->size, ls->measure_cap, &whole);
	rest.capped = !whole;
	if (rest.mark < rest.off)
		rest.mark = token_mark(sp->text, rest.off, rest.off + rest.len);
	/* A '.' or ':' that marked an address only with what follows. */
	if (tk->mark >= end || (tk->mark + 1 == end &&
	    (sp->text[tk->mark] == '.' || sp->text[tk->mark] == ':')))
		tk->mark = end;
	tk->len = (uint32_t)len;
	tk->width = (float)pdf_font_width(f, s, len, t->size);
	tk->capped = 0;
	tk->hyphen = hyphen != 0;
	if (tk->hyphen)
		tk->width += (float)pdf_font_width(f, HYPHEN, 1, t->size);
	tk->space = 0;
	tk->brk = 1;
	tk->newline = 0;
	token_push(ls);
	memmove(&ls->tok[k + 2], &ls->tok[k + 1],
	    (ls->ntok - k - 2) * sizeof(ls->tok[0]));
	ls->tok[k + 1] = rest;
}

/*
 * Splits token k so that its first part, with a hyphen, is at most
 * avail wide. Returns 1 when it was split (k is the first part, k + 1
 * the rest), 0 when no break point fits.
 */
static int
hyphenate(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls, size_t k, float avail)
{
	struct pdf_token	*tk = &ls->tok[k];
	const struct pdf_span	*sp = &t->v[tk->span];
	struct pdf_font		*f = &L->fonts->f[sp->font];
	const char		*s = sp->text + tk->off;
	char			 pts[256];
	float			 w, hw = (float)pdf_font_width(f, HYPHEN, 1,
				    t->size);
	size_t			 i, best = 0;
	int			 best_kind = 0;

	if (L->hyph == NULL || tk->len < 5 || tk->len > sizeof(pts) ||
	    !is_hyphenable(tk) ||
	    pdf_hyph_points(L->hyph, s, tk->len, pts) == 0)
		return 0;
	for (i = 0; i + 1 < tk->len; i++) {
		if (pts[i] == 0)
			continue;
		w = (float)pdf_font_width(f, s, i + 1, t->size) +
		    (pts[i] == 1 ? hw : 0);
		if (w > avail)
			break;
		best = i + 1;
		best_kind = pts[i];
	}
	if (best == 0)
		return 0;
	split_token(L, t, ls, k, best, best_kind == 1);
	return 1;
}

/* Whether a line may end after c, in an address or code: "a/", "b=". */
static int
is_break_after(char c, char next)
{
	if (c == '/' && next == '/')
		return 0;
	return strchr("/?&-_=.,;", c) != NULL;
}

/*
 * Splits token k, which no line can hold, so that its first part is at
 * most avail wide, without a hyphen: after the last of "/?&-_=" that
 * leaves the first part at least half of avail, else after the last
 * character that fits (at least one character, so that the breaking
 * moves on). The scan stops where the first part stops fitting: linear
 * in the part. Returns 1 when it was split.
 */
static int
break_anywhere(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls, size_t k, float avail)
{
	const struct pdf_token	*tk = &ls->tok[k];
	const struct pdf_span	*sp = &t->v[tk->span];
	struct pdf_font		*f = &L->fonts->f[sp->font];
	const char		*s = sp->text + tk->off;
	double			 w = 0, scale = t->size / 1000.0;
	size_t			 i = 0, n, fit = 0, pref = 0;
	uint32_t		 cp;

	while (i < tk->len) {
		n = utf8_decode(s + i, tk->len - i, &cp);
		if (n == 0)
			n = 1;
		w += pdf_font_advance(f, cp) * scale;
		if (w > avail && fit > 0)
			break;
		i += n;
		fit = i;
		if (i < tk->len && is_break_after(s[i - 1], s[i]) &&
		    w >= avail / 2)
			pref = i;
	}
	if (fit == 0 || fit >= tk->len)
		return 0;
	split_token(L, t, ls, k, pref > 0 ? pref : fit, 0);
	return 1;
}

/*
 * Splits the word of tokens a..b, wider than a line, where it stops
 * fitting in avail (the room left on the line). Returns 1 when it was
 * split.
 */
static int
break_word(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls, size_t a, size_t b, float avail)
{
	float	 w = 0;
	size_t	 k;

	for (k = a; k <= b; k++) {
		if (w + ls->tok[k].width > avail)
			break;
		w += ls->tok[k].width;
	}
	if (k > b)
		return 0;
	/* Tokens of a word change span (a link, bold): break there. */
	if (k > a) {
		ls->tok[k - 1].brk = 1;
		return 1;
	}
	return break_anywhere(L, t, ls, k, avail - w);
}

/*
 * An address (a URL, an email: not hyphenable) among tokens a..b that
 * does not fit in avail, the room left: split after the last of
 * "/?&-_=.,;" that fits, so that a justified line is not stretched to
 * make room for it on the next. Returns 1 when it was split.
 */
static int
break_address(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls, size_t a, size_t b, float avail)
{
	const struct pdf_token	*tk;
	const struct pdf_span	*sp;
	struct pdf_font		*f;
	const char		*s;
	double			 w = 0, scale;
	size_t			 k, i = 0, n, pref = 0;
	uint32_t		 cp;

	for (k = a; k <= b && w + ls->tok[k].width <= avail; k++)
		w += ls->tok[k].width;
	if (k > b)
		return 0;
	tk = &ls->tok[k];
	sp = &t->v[tk->span];
	s = sp->text + tk->off;
	if (is_hyphenable(tk))
		return 0;
	f = &L->fonts->f[sp->font];
	scale = t->size / 1000.0;
	while (i < tk->len) {
		n = utf8_decode(s + i, tk->len - i, &cp);
		if (n == 0)
			n = 1;
		if ((w += pdf_font_advance(f, cp) * scale) > avail)
			break;
		i += n;
		if (i < tk->len && is_break_after(s[i - 1], s[i]))
			pref = i;
	}
	if (pref == 0)
		return 0;
	split_token(L, t, ls, k, pref, 0);
	return 1;
}

/*
 * A word being broken into lines: its tokens first..last and its width,
 * their widths and the spaces between them.
 */
struct word {
	size_t	 first;
	size_t	 last;
	float	 width;
};

/*
 * Scans the word that starts at token w->first: its last token in
 * w->last and its width in w->width. Tokens are taken from the input as
 * the word needs them. The scan stops once the word is wider than limit
 * (then it returns 0, w->last is the last token seen and w->width above
 * limit: the word fits nowhere, and only its first line's worth
 * matters), so that breaking a word of megabytes looks at a line's worth
 * of it per line. Returns 1 when w->last ends the word.
 */
static int
word_scan(struct pdf_layout *L, const struct pdf_text *t,
    struct pdf_lines *ls, struct word *w, float limit)
{
	size_t	 i;

	w->width = 0;
	for (i = w->first; ; i++) {
		if (i == ls->ntok)
			token_take(L, t, ls);
		w->width += ls->tok[i].width + (ls->tok[i].brk ? 0 :
		    ls->tok[i].space);
		if (ls->tok[i].brk)
			break;
		if (w->width > limit) {
			w->last = i;
			return 0;
		}
	}
	w->last = i;
	return 1;
}

/* Whether token b is followed by others in the paragraph. */
static int
has_next(const struct pdf_text *t, const struct pdf_lines *ls, size_t b)
{
	return b + 1 < ls->ntok || token_left(t, ls);
}

void
pdf_text_break(struct pdf_layout *L, const struct pdf_text *t, float width,
    struct pdf_lines *ls)
{
	struct word	 w = { 0, 0, 0 };
	size_t		 start = 0;
	float		 x = 0, sp;
	int		 whole;

	memset(ls, 0, sizeof(*ls));
	ls->measure_cap = width + 1;
	skip_spaces(L, t, ls, NULL);
	while (w.first < ls->ntok || token_left(t, ls)) {
		whole = word_scan(L, t, ls, &w, width + PDF_SLACK);
		sp = w.first > start ? ls->tok[w.first - 1].space : 0;
		if (x + sp + w.width <= width + PDF_SLACK) {
			x += sp + w.width;
			w.first = w.last + 1;
			if (ls->tok[w.last].newline) {
				line_push(L, t, ls, start, w.last)->
				    last_of_paragraph = 1;
				start = w.first;
				x = 0;
			}
			continue;
		}
		/*
		 * It does not fit: hyphenate a one-token word, or break. Not
		 * the paragraph's last word: its stub would make a line.
		 */
		if (whole && w.first == w.last && has_next(t, ls, w.last) &&
		    !ls->tok[w.last].newline && !t->no_hyphens &&
		    hyphenate(L, t, ls, w.first, width - x - sp)) {
			line_push(L, t, ls, start, w.first);
			start = w.first = w.first + 1;
			x = 0;
			continue;
		}
		/*
		 * An address in a justified line with an eighth of it left
		 * breaks there rather than leave wide spaces behind.
		 */
		if (t->align == PDF_JUSTIFY && w.first > start &&
		    width - x - sp >= width / 8 &&
		    break_address(L, t, ls, w.first, w.last, width - x - sp))
			continue;
		/*
		 * A word no line can hold (an address, a code line) starts
		 * in the room left, unless little is left, and breaks
		 * where it stops fitting.
		 */
		if (w.width > width + PDF_SLACK && (w.first == start ||
		    width - x - sp >= width / 5) &&
		    break_word(L, t, ls, w.first, w.last, w.first == start ?
		    width : width - x - sp))
			continue;
		if (w.first > start) {
			line_push(L, t, ls, start, w.first - 1);
			start = w.first;
			x = 0;
			continue;
		}
		/* Alone, too wide and unbreakable (one character): whole. */
		if (!whole)
			word_scan(L, t, ls, &w, INFINITY);
		line_push(L, t, ls, start, w.last);
		start = w.first = w.last + 1;
		x = 0;
	}
	if (start < ls->ntok)
		line_push(L, t, ls, start, ls->ntok - 1);
	if (ls->n > 0)
		ls->v[ls->n - 1].last_of_paragraph = 1;
}

void
pdf_lines_string(const struct pdf_text *t, const struct pdf_lines *ls,
    size_t i, struct buf *b)
{
	const struct pdf_line	*l = &ls->v[i];
	size_t			 k;

	for (k = l->first; k <= l->last; k++) {
		const struct pdf_token	*tk = &ls->tok[k];

		buf_put(b, t->v[tk->span].text + tk->off, tk->len);
		if (tk->hyphen)
			buf_puts(b, HYPHEN);
		if (k < l->last && tk->space > 0)
			buf_putc(b, ' ');
	}
}

const char *
pdf_text_ellipsis(struct pdf_layout *L, int font, float size, const char *s,
    float width)
{
	struct pdf_font	*f = &L->fonts->f[font];
	size_t		 len = strlen(s), i = 0, n, fit = 0;
	double		 w = 0, scale = size / 1000.0;
	double		 room = width - pdf_font_width(f, ELLIPSIS,
			    strlen(ELLIPSIS), size);
	uint32_t	 cp;
	char		*out;

	if (pdf_font_width(f, s, len, size) <= width + 0.01)
		return arena_strndup(L->doc->arena, s, len);
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			n = 1;
		w += pdf_font_advance(f, cp) * scale;
		if (w > room)
			break;
		i += n;
		fit = i;
	}
	while (fit > 0 && (is_space(s[fit - 1]) || s[fit - 1] == ',' ||
	    s[fit - 1] == ';'))
		fit--;
	out = arena_alloc(L->doc->arena, fit + sizeof(ELLIPSIS));
	memcpy(out, s, fit);
	memcpy(out + fit, ELLIPSIS, sizeof(ELLIPSIS));
	return out;
}

int
pdf_uri_is_absolute(const char *uri)
{
	return strstr(uri, "://") != NULL || strncmp(uri, "mailto:", 7) == 0 ||
	    strncmp(uri, "tel:", 4) == 0;
}

/* Adds a link over the run of span sp drawn by op, up to x1. */
static void
draw_link(struct pdf_layout *L, const struct pdf_text *t,
    const struct pdf_span *sp, const struct pdf_op *run, float x1,
    struct pdf_page *out)
{
	struct pdf_op	 op;
	float		 x0 = run->x, y = run->y;

	if ((sp->link == NULL || !pdf_uri_is_absolute(sp->link)) &&
	    sp->goto_anchor < 0)
		return;
	memset(&op, 0, sizeof(op));
	op.kind = sp->link != NULL ? PDF_OP_LINK : PDF_OP_GOTO;
	op.x = x0;
	op.y = y - t->size;
	op.w = x1 - x0;
	op.h = t->size * LINK_HEIGHT;
	/* The URI outlives the Markdown document it came from. */
	op.text = sp->link != NULL ? arena_strdup(L->doc->arena, sp->link) :
	    NULL;
	op.anchor = sp->goto_anchor;
	pdf_page_push(out, &op);
}

void
pdf_text_draw_line(struct pdf_layout *L, const struct pdf_text *t,
    const struct pdf_lines *ls, size_t i, struct pdf_text_at at,
    struct pdf_page *out)
{
	const struct pdf_line	*l = &ls->v[i];
	float			 x = at.x, y = at.y, width = at.width;
	float			 ws = 0, cx;
	struct buf		 b = BUF_INIT;
	struct pdf_op		 op;
	size_t			 k, r;

	if (t->align == PDF_JUSTIFY && !l->last_of_paragraph &&
	    l->spaces > 0 && l->natural < width)
		ws = (width - l->natural) / (float)l->spaces;
	else if (t->align == PDF_RIGHT)
		x += width - l->natural;
	else if (t->align == PDF_CENTER)
		x += (width - l->natural) / 2;
	cx = x;
	for (k = l->first; k <= l->last; k = r + 1) {
		const struct pdf_span	*sp = &t->v[ls->tok[k].span];
		float			 x0 = cx;

		buf_truncate(&b, 0);
		for (r = k; ; r++) {
			const struct pdf_token	*tk = &ls->tok[r];

			buf_put(&b, sp->text + tk->off, tk->len);
			if (tk->hyphen)
				buf_puts(&b, HYPHEN);
			cx += tk->width;
			if (r == l->last || ls->tok[r + 1].span != tk->span ||
			    tk->space == 0)
				break;
			buf_putc(&b, ' ');
			cx += tk->space + ws;
		}
		memset(&op, 0, sizeof(op));
		op.kind = PDF_OP_TEXT;
		op.font = sp->font;
		op.color = sp->color;
		op.x = x0;
		op.y = y;
		op.size = t->size;
		op.word_spacing = ws;
		op.text = arena_strndup(L->doc->arena, b.data, b.len);
		op.len = (uint32_t)b.len;
		pdf_page_push(out, &op);
		draw_link(L, t, sp, &op, cx, out);
		if (r < l->last && ls->tok[r].space > 0)
			cx += ls->tok[r].space + ws;
	}
	buf_release(&b);
}

float
pdf_page_text(struct pdf_layout *L, struct pdf_page *p, const char *s,
    const struct pdf_text_style *st, struct pdf_text_at at)
{
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	struct pdf_op		 op;
	const struct pdf_token	*tk;
	size_t			 i, n;
	size_t			 max = st->max_lines ? st->max_lines : SIZE_MAX;
	int			 font = st->font;
	float			 size = st->size, lead = st->lead;
	float			 x = at.x, y = at.y, width = at.width;
	uint32_t		 color = st->color;

	pdf_text_init(&t, size, PDF_LEFT);
	t.no_hyphens = 1;
	pdf_text_add(&t, font, color, s, strlen(s));
	pdf_text_break(L, &t, width, &ls);
	n = ls.n < max ? ls.n : max;
	for (i = 0; i < n; i++) {
		if (i + 1 < n || n == ls.n) {
			pdf_text_draw_line(L, &t, &ls, i, PDF_AT(x, y +
			    (float)i * size * lead, width), p);
			continue;
		}
		/* The last line shown: the rest of s, cut with "…". */
		tk = &ls.tok[ls.v[i].first];
		memset(&op, 0, sizeof(op));
		op.kind = PDF_OP_TEXT;
		op.font = font;
		op.color = color;
		op.size = size;
		op.x = x;
		op.y = y + (float)i * size * lead;
		op.text = pdf_text_ellipsis(L, font, size, s + tk->off, width);
		op.len = (uint32_t)strlen(op.text);
		pdf_page_push(p, &op);
	}
	y += (float)(n > 0 ? n - 1 : 0) * size * lead;
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	return y;
}

size_t
pdf_page_text_lines(struct pdf_layout *L, const char *s, int font,
    float size, float width)
{
	struct pdf_text		 t;
	struct pdf_lines	 ls;
	size_t			 n;

	pdf_text_init(&t, size, PDF_LEFT);
	t.no_hyphens = 1;
	pdf_text_add(&t, font, 0, s, strlen(s));
	pdf_text_break(L, &t, width, &ls);
	n = ls.n;
	pdf_lines_release(&ls);
	pdf_text_release(&t);
	return n;
}
