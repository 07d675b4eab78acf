/*
 * The Mustache compiler: a template's text into the node array that the
 * renderer walks (mustache_parse.h). Three passes over a token list:
 *
 *  1. scanning cuts the text into text tokens (one line at most each)
 *     and tags, following delimiter changes, and checks that sections,
 *     parents and blocks nest: every mistake of the template is found
 *     here, with its line and column;
 *  2. line marking applies the specification's whitespace rules: a
 *     line holding only whitespace and one tag other than {{x}} and
 *     {{{x}}} (a section, close, comment, delimiter change, partial...)
 *     is "standalone" and disappears, whitespace and line end included;
 *     the whitespace before a standalone partial becomes the partial's
 *     indentation;
 *  3. building turns tokens into nodes, splits dotted names, and
 *     settles block indentation.
 *
 * Inheritance stretches the standalone rules, as the inheritance tests
 * of the specification require (mustache/spec#130, #131):
 *  - a line holding only parent and block tags, however many, is
 *    standalone ("{{<parent}}{{$block}}", "{{/block}}{{/parent}}");
 *  - a block alone on its line with its closing tag ("  {{$b}}{{/b}}")
 *    keeps its line end, and the whitespace before it becomes the
 *    indentation of every line the block writes;
 *  - a block whose opening tag ends a standalone line has the
 *    indentation of its first line ("intrinsic"): it is removed from
 *    every line of the block where it is written and, where the block
 *    is expanded, the expanding block's own indentation is added.
 *    Indentations are relative to the enclosing block's.
 */
#include <stdlib.h>
#include <string.h>

#include "../../util/alloc.h"
#include "../../util/i18n.h"
#include "mustache_parse.h"

enum tok_type {
	TOK_TEXT,
	TOK_VAR,
	TOK_RAW,
	TOK_SECTION,
	TOK_INVERTED,
	TOK_PARTIAL,
	TOK_PARENT,
	TOK_BLOCK,
	TOK_CLOSE,
	TOK_COMMENT,
	TOK_DELIM
};

#define TOK_LINE	0x01	/* the first token of a line */
#define TOK_DROP	0x02	/* on a standalone line: text is dropped */
#define TOK_ALONE	0x04	/* see NODE_STANDALONE */
#define TOK_PAIR	0x08	/* a block alone with its close on a line */

#define NONE		((size_t)-1)

struct token {
	enum tok_type	 type;
	unsigned	 flags;
	size_t		 off;	/* the text, or the tag's name */
	size_t		 len;
	int		 line;
	int		 col;
	size_t		 match;	/* its closing tag, or opening tag */
	/* TOK_ALONE, TOK_PAIR: the line's leading whitespace, or NONE. */
	size_t		 lead;
	/* TOK_ALONE blocks: the offset of the next line, or NONE. */
	size_t		 next;
};

struct parser {
	struct template	*t;
	struct diags	*d;
	int		 strict;
	const char	*src;
	size_t		 len;
	size_t		 pos;	/* scanned up to here */
	int		 line;	/* of pos */
	int		 col;
	const char	*otag;	/* the current delimiters */
	size_t		 olen;
	const char	*ctag;
	size_t		 clen;
	struct token	*tok;
	size_t		 ntok;
	size_t		 cap;
	size_t		 open[MUSTACHE_MAX_NESTING];
	size_t		 nopen;
};

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * Whether text token k is blank: spaces and tabs, then perhaps a line
 * end ("\n" or "\r\n").
 */
static int
tok_blank(const struct parser *p, size_t k)
{
	const char	*s = p->src + p->tok[k].off;
	size_t		 n = p->tok[k].len, i;

	if (n > 0 && s[n - 1] == '\n')
		n -= n > 1 && s[n - 2] == '\r' ? 2 : 1;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

static int
tok_ends_line(const struct parser *p, size_t k)
{
	const struct token	*tk = &p->tok[k];

	return tk->type == TOK_TEXT && tk->len > 0 &&
	    p->src[tk->off + tk->len - 1] == '\n';
}

static struct pos
parse_pos(const struct parser *p, int line, int col)
{
	return (struct pos){ p->t->where, line, col };
}

/* Moves the scan to offset to, counting lines and characters. */
static void
parse_advance(struct parser *p, size_t to)
{
	for (; p->pos < to; p->pos++) {
		if (p->src[p->pos] == '\n') {
			p->line++;
			p->col = 1;
		} else if (((unsigned char)p->src[p->pos] & 0xC0) != 0x80)
			p->col++;
	}
}

static struct token *
token_new(struct parser *p, enum tok_type type, size_t off, size_t len)
{
	struct token	*tk;

	if (p->ntok == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->tok = xreallocarray(p->tok, p->cap, sizeof(*p->tok));
	}
	tk = &p->tok[p->ntok++];
	memset(tk, 0, sizeof(*tk));
	tk->type = type;
	tk->off = off;
	tk->len = len;
	tk->line = p->line;
	tk->col = p->col;
	tk->match = tk->lead = tk->next = NONE;
	return tk;
}

/* The innermost open tag when it is a parent, or NULL. */
static const struct token *
parse_in_parent(const struct parser *p)
{
	const struct token	*tk;

	if (p->nopen == 0)
		return NULL;
	tk = &p->tok[p->open[p->nopen - 1]];
	return tk->type == TOK_PARENT ? tk : NULL;
}

/*
 * Text from the scan position to end, one token per line. In strict
 * mode, text inside a parent tag, which the specification ignores, is
 * an error unless it is blank.
 */
static int
parse_text(struct parser *p, size_t end)
{
	const struct token	*parent;
	const char		*nl;
	size_t			 stop;

	parent = p->strict ? parse_in_parent(p) : NULL;
	while (p->pos < end) {
		nl = memchr(p->src + p->pos, '\n', end - p->pos);
		stop = nl != NULL ? (size_t)(nl - p->src) + 1 : end;
		token_new(p, TOK_TEXT, p->pos, stop - p->pos);
		if (parent != NULL && !tok_blank(p, p->ntok - 1)) {
			diag_error(p->d, parse_pos(p, p->line, p->col),
			    _("text inside parent '%.*s' is ignored: only "
			    "blocks go there"), (int)parent->len,
			    p->src + parent->off);
			return -1;
		}
		parse_advance(p, stop);
	}
	return 0;
}

/*
 * The offset of the closing delimiter of a tag whose contents start at
 * from, preceded by the character closer when it is not NUL ("}}}" ends
 * "{{{", "=}}" ends "{{="); the offset is that of closer. NONE when
 * there is none.
 */
static size_t
parse_find_close(const struct parser *p, size_t from, char closer)
{
	const char	*hit;
	size_t		 at = from;

	while (at < p->len) {
		hit = memmem(p->src + at, p->len - at, p->ctag, p->clen);
		if (hit == NULL)
			return NONE;
		at = (size_t)(hit - p->src);
		if (closer == '\0')
			return at;
		if (at > from && p->src[at - 1] == closer)
			return at - 1;
		at++;
	}
	return NONE;
}

/*
 * A delimiter change "{{=<% %>=}}": two delimiters separated by
 * whitespace, neither holding whitespace or '='.
 */
static int
parse_delims(struct parser *p, size_t off, size_t len, int line, int col)
{
	const char	*s = p->src + off, *e = s + len, *o, *c;
	size_t		 olen, clen;

	while (s < e && is_space(*s))
		s++;
	while (e > s && is_space(e[-1]))
		e--;
	for (o = s; s < e && !is_space(*s); s++)
		continue;
	olen = (size_t)(s - o);
	while (s < e && is_space(*s))
		s++;
	for (c = s; s < e && !is_space(*s); s++)
		continue;
	clen = (size_t)(s - c);
	if (olen == 0 || clen == 0 || s != e || memchr(o, '=', olen) ||
	    memchr(c, '=', clen)) {
		diag_error(p->d, parse_pos(p, line, col),
		    _("bad delimiter change '%.*s': two delimiters without "
		    "spaces or '=' are needed, as in {{=<%% %%>=}}"), (int)len,
		    p->src + off);
		return -1;
	}
	p->otag = o;
	p->olen = olen;
	p->ctag = c;
	p->clen = clen;
	return 0;
}

/* Checks a tag's name: not empty, no spaces, no empty dotted part. */
static int
parse_name(struct parser *p, const struct token *tk)
{
	const char	*s = p->src + tk->off;
	size_t		 i;
	int		 dotted;

	if (tk->len == 0) {
		diag_error(p->d, parse_pos(p, tk->line, tk->col),
		    _("empty tag name"));
		return -1;
	}
	for (i = 0; i < tk->len; i++)
		if (is_space(s[i])) {
			diag_error(p->d, parse_pos(p, tk->line, tk->col),
			    _("spaces in tag name '%.*s'"), (int)tk->len, s);
			return -1;
		}
	dotted = tk->type == TOK_VAR || tk->type == TOK_RAW ||
	    tk->type == TOK_SECTION || tk->type == TOK_INVERTED;
	if (!dotted || (tk->len == 1 && s[0] == '.'))
		return 0;
	if (s[0] == '.' || s[tk->len - 1] == '.' ||
	    memmem(s, tk->len, "..", 2) != NULL) {
		diag_error(p->d, parse_pos(p, tk->line, tk->col),
		    _("bad name '%.*s': empty part between dots"), (int)tk->len,
		    s);
		return -1;
	}
	return 0;
}

static const char *
tok_kind(enum tok_type type)
{
	switch (type) {
	case TOK_PARENT:
		return _("parent");
	case TOK_BLOCK:
		return _("block");
	default:
		return _("section");
	}
}

/* Opens a section, parent or block, or closes the innermost one. */
static int
parse_nest(struct parser *p, size_t k)
{
	struct token	*tk = &p->tok[k], *open;

	if (tk->type != TOK_CLOSE) {
		if (p->nopen == MUSTACHE_MAX_NESTING) {
			diag_error(p->d, parse_pos(p, tk->line, tk->col),
			    _("sections nested more than %d deep"),
			    MUSTACHE_MAX_NESTING);
			return -1;
		}
		p->open[p->nopen++] = k;
		return 0;
	}
	if (p->nopen == 0) {
		diag_error(p->d, parse_pos(p, tk->line, tk->col),
		    _("'%.*s' closes nothing: no section is open"), (int)tk->len,
		    p->src + tk->off);
		return -1;
	}
	open = &p->tok[p->open[p->nopen - 1]];
	if (open->len != tk->len ||
	    memcmp(p->src + open->off, p->src + tk->off, tk->len) != 0) {
		diag_error(p->d, parse_pos(p, tk->line, tk->col),
		    _("mismatched close '%.*s': the open %s is '%.*s' "
		    "(line %d)"), (int)tk->len, p->src + tk->off,
		    tok_kind(open->type), (int)open->len, p->src + open->off,
		    open->line);
		return -1;
	}
	open->match = k;
	tk->match = p->open[--p->nopen];
	return 0;
}

static enum tok_type
tok_type_of(char sigil)
{
	switch (sigil) {
	case '{':
	case '&':
		return TOK_RAW;
	case '#':
		return TOK_SECTION;
	case '^':
		return TOK_INVERTED;
	case '/':
		return TOK_CLOSE;
	case '>':
		return TOK_PARTIAL;
	case '<':
		return TOK_PARENT;
	case '$':
		return TOK_BLOCK;
	case '!':
		return TOK_COMMENT;
	case '=':
		return TOK_DELIM;
	default:
		return TOK_VAR;
	}
}

/* The tag whose opening delimiter is at offset at. */
static int
parse_tag(struct parser *p, size_t at)
{
	const struct token	*parent;
	struct token		*tk;
	enum tok_type		 type;
	size_t			 in = at + p->olen, close, s, e;
	char			 sigil = in < p->len ? p->src[in] : '\0';
	char			 closer;
	int			 line = p->line, col = p->col;

	type = tok_type_of(sigil);
	closer = sigil == '{' ? '}' : sigil == '=' ? '=' : '\0';
	if (type != TOK_VAR)
		in++;
	if ((close = parse_find_close(p, in, closer)) == NONE) {
		diag_error(p->d, parse_pos(p, line, col),
		    _("unclosed tag: no '%s%.*s' after '%.*s'"),
		    closer == '}' ? "}" : closer == '=' ? "=" : "",
		    (int)p->clen, p->ctag, (int)(in - at), p->src + at);
		return -1;
	}
	for (s = in, e = close; s < e && is_space(p->src[s]); s++)
		continue;
	while (e > s && is_space(p->src[e - 1]))
		e--;
	tk = token_new(p, type, s, e - s);
	parse_advance(p, close + (closer != '\0') + p->clen);
	if (type == TOK_COMMENT)
		return 0;
	if (type == TOK_DELIM)
		return parse_delims(p, in, close - in, line, col);
	if (parse_name(p, tk) == -1)
		return -1;
	parent = p->strict ? parse_in_parent(p) : NULL;
	if (parent != NULL && type != TOK_BLOCK && type != TOK_CLOSE) {
		diag_error(p->d, parse_pos(p, line, col),
		    _("tag '%.*s' inside parent '%.*s' is ignored: only blocks "
		    "go there"), (int)tk->len, p->src + tk->off,
		    (int)parent->len, p->src + parent->off);
		return -1;
	}
	if (type == TOK_SECTION || type == TOK_INVERTED ||
	    type == TOK_PARENT || type == TOK_BLOCK || type == TOK_CLOSE)
		return parse_nest(p, p->ntok - 1);
	return 0;
}

/* Pass 1: the whole text into tokens. */
static int
parse_scan(struct parser *p)
{
	const char	*hit;
	size_t		 at, k;

	while (p->pos < p->len) {
		hit = memmem(p->src + p->pos, p->len - p->pos, p->otag,
		    p->olen);
		at = hit != NULL ? (size_t)(hit - p->src) : p->len;
		if (parse_text(p, at) == -1)
			return -1;
		if (hit != NULL && parse_tag(p, at) == -1)
			return -1;
	}
	if (p->nopen == 0)
		return 0;
	for (k = p->nopen; k-- > 0;) {
		const struct token	*tk = &p->tok[p->open[k]];

		diag_error(p->d, parse_pos(p, tk->line, tk->col),
		    _("unclosed %s '%.*s': '%.*s/%.*s%.*s' is missing"),
		    tok_kind(tk->type), (int)tk->len, p->src + tk->off,
		    (int)p->olen, p->otag, (int)tk->len, p->src + tk->off,
		    (int)p->clen, p->ctag);
	}
	return -1;
}

/* Whether tag k is a parent or block tag, opening or closing. */
static int
tok_structural(const struct parser *p, size_t k)
{
	enum tok_type	 type = p->tok[k].type;

	if (type == TOK_CLOSE)
		type = p->tok[p->tok[k].match].type;
	return type == TOK_PARENT || type == TOK_BLOCK;
}

/*
 * Whether line [a, z] is a block alone with its closing tag, with only
 * whitespace around ("  {{$b}}...{{/b}}"); marks it so.
 */
static int
mark_pair(struct parser *p, size_t a, size_t z, size_t lead)
{
	size_t	 f = lead != NONE ? a + 1 : a, q = z;

	if (p->tok[q].type == TOK_TEXT && tok_blank(p, q) && q > f)
		q--;
	if (f >= q || p->tok[f].type != TOK_BLOCK || p->tok[f].match != q)
		return 0;
	p->tok[f].flags |= TOK_PAIR;
	p->tok[f].lead = lead;
	if (lead != NONE)
		p->tok[lead].flags |= TOK_DROP;
	return 1;
}

/* Pass 2 for line [a, z] (see the top of the file). */
static void
mark_line(struct parser *p, size_t a, size_t z)
{
	size_t	 i, first = NONE, last = NONE, lead = NONE, ntags = 0;
	int	 blank = 1, quiet = 1, structural = 1;

	p->tok[a].flags |= TOK_LINE;
	if (p->tok[a].type == TOK_TEXT && tok_blank(p, a) &&
	    !tok_ends_line(p, a))
		lead = a;
	for (i = a; i <= z; i++) {
		if (p->tok[i].type == TOK_TEXT) {
			blank = blank && tok_blank(p, i);
			continue;
		}
		if (first == NONE)
			first = i;
		last = i;
		ntags++;
		if (p->tok[i].type == TOK_VAR || p->tok[i].type == TOK_RAW)
			quiet = 0;
		if (!tok_structural(p, i))
			structural = 0;
	}
	if (ntags == 0 || mark_pair(p, a, z, lead))
		return;
	if (!blank || !quiet || (ntags > 1 && !structural))
		return;
	for (i = a; i <= z; i++)
		p->tok[i].flags |= TOK_DROP;
	if (p->tok[first].type == TOK_PARTIAL ||
	    p->tok[first].type == TOK_PARENT) {
		p->tok[first].flags |= TOK_ALONE;
		p->tok[first].lead = lead;
	}
	if (p->tok[last].type == TOK_BLOCK) {
		p->tok[last].flags |= TOK_ALONE;
		if (tok_ends_line(p, z))
			p->tok[last].next = p->tok[z].off + p->tok[z].len;
	}
}

/* Pass 2: lines end with the text tokens that end with a line end. */
static void
mark_lines(struct parser *p)
{
	size_t	 a, z;

	for (a = 0; a < p->ntok; a = z + 1) {
		for (z = a; z + 1 < p->ntok && !tok_ends_line(p, z); z++)
			continue;
		mark_line(p, a, z);
	}
}

/* Pass 3: what builds the nodes. */
struct builder {
	struct parser	*p;
	struct arena	*arena;
	struct node	*nodes;
	size_t		 n;
	size_t		 cap;
	size_t		 open[MUSTACHE_MAX_NESTING];
	const char	*indent[MUSTACHE_MAX_NESTING + 1];
	size_t		 indent_len[MUSTACHE_MAX_NESTING + 1];
	size_t		 nopen;
	int		 fresh;	/* no node yet on this line */
};

static struct node *
build_node(struct builder *b, enum node_type type, const struct token *tk)
{
	struct node	*n;

	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 32;
		b->nodes = xreallocarray(b->nodes, b->cap, sizeof(*b->nodes));
	}
	n = &b->nodes[b->n];
	memset(n, 0, sizeof(*n));
	n->type = type;
	n->end = ++b->n;
	n->line = tk->line;
	n->col = tk->col;
	if (type == NODE_TEXT) {
		n->s = b->p->src + tk->off;
		n->len = tk->len;
	} else {
		n->s = arena_strndup(b->arena, b->p->src + tk->off, tk->len);
		n->len = tk->len;
	}
	if (b->fresh && !(tk->flags & (TOK_DROP | TOK_ALONE | TOK_PAIR)))
		n->flags |= NODE_BOL;
	b->fresh = 0;
	return n;
}

/* Splits n's name at its dots ("." has no part). */
static void
build_parts(struct builder *b, struct node *n)
{
	const char	*s = n->s, *dot;
	size_t		 k;

	if (n->len == 1 && s[0] == '.')
		return;
	n->nparts = 1;
	for (k = 0; k < n->len; k++)
		n->nparts += s[k] == '.';
	n->parts = arena_alloc(b->arena, n->nparts * sizeof(*n->parts));
	for (k = 0; k < n->nparts; k++) {
		dot = strchr(s, '.');
		n->parts[k] = dot != NULL ?
		    arena_strndup(b->arena, s, (size_t)(dot - s)) : s;
		s = dot != NULL ? dot + 1 : s;
	}
}

/* Removes the current block indentation from the start of text token tk. */
static void
build_strip(struct builder *b, struct token *tk)
{
	const char	*s = b->p->src + tk->off, *in = b->indent[b->nopen];
	size_t		 k, max = b->indent_len[b->nopen];

	for (k = 0; k < max && k < tk->len && s[k] == in[k]; k++)
		continue;
	tk->off += k;
	tk->len -= k;
}

/*
 * Opens the node just built (a section, parent or block), its lines
 * written with indentation in, which build_strip removes.
 */
static void
build_push(struct builder *b, const char *in, size_t len)
{
	b->indent[b->nopen + 1] = in;
	b->indent_len[b->nopen + 1] = len;
	b->open[b->nopen++] = b->n - 1;
}

/* The whitespace of token lead, or nothing when it is NONE. */
static void
build_lead(struct builder *b, struct node *n, size_t lead)
{
	if (lead == NONE)
		return;
	n->indent = b->p->src + b->p->tok[lead].off;
	n->indent_len = b->p->tok[lead].len;
}

/*
 * Opens a block: its indentation relative to the enclosing block's, and
 * that of its lines.
 */
static void
build_block(struct builder *b, struct node *n, const struct token *tk)
{
	const char	*in = b->indent[b->nopen], *s;
	size_t		 len = b->indent_len[b->nopen], k = 0;

	n->flags |= (tk->flags & (TOK_ALONE | TOK_PAIR)) ? NODE_STANDALONE : 0;
	if (tk->flags & TOK_PAIR)
		build_lead(b, n, tk->lead);
	if ((tk->flags & TOK_ALONE) && tk->next != NONE) {
		s = b->p->src + tk->next;
		while (tk->next + k < b->p->len &&
		    (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k >= len && memcmp(s, in, len) == 0) {
			n->indent = s + len;
			n->indent_len = k - len;
		}
		in = s;
		len = k;
	}
	build_push(b, in, len);
}

/* Turns token k into nodes; returns nothing: pass 1 found every mistake. */
static void
build_token(struct builder *b, size_t k)
{
	struct token	*tk = &b->p->tok[k];
	struct node	*n;

	if (tk->flags & TOK_LINE) {
		b->fresh = 1;
		if (tk->type == TOK_TEXT)
			build_strip(b, tk);
	}
	switch (tk->type) {
	case TOK_TEXT:
		if (!(tk->flags & TOK_DROP) && tk->len > 0)
			build_node(b, NODE_TEXT, tk);
		break;
	case TOK_VAR:
	case TOK_RAW:
		n = build_node(b, tk->type == TOK_VAR ? NODE_VAR : NODE_RAW,
		    tk);
		build_parts(b, n);
		break;
	case TOK_SECTION:
	case TOK_INVERTED:
		n = build_node(b, tk->type == TOK_SECTION ? NODE_SECTION :
		    NODE_INVERTED, tk);
		build_parts(b, n);
		build_push(b, b->indent[b->nopen], b->indent_len[b->nopen]);
		break;
	case TOK_PARTIAL:
	case TOK_PARENT:
		n = build_node(b, tk->type == TOK_PARTIAL ? NODE_PARTIAL :
		    NODE_PARENT, tk);
		if (tk->flags & TOK_ALONE) {
			n->flags |= NODE_STANDALONE;
			build_lead(b, n, tk->lead);
		}
		if (tk->type == TOK_PARENT)
			build_push(b, b->indent[b->nopen],
			    b->indent_len[b->nopen]);
		break;
	case TOK_BLOCK:
		n = build_node(b, NODE_BLOCK, tk);
		build_block(b, n, tk);
		break;
	case TOK_CLOSE:
		b->nodes[b->open[--b->nopen]].end = b->n;
		break;
	case TOK_COMMENT:
	case TOK_DELIM:
		break;
	}
}

int
template_compile(struct template *t, struct arena *a, int strict,
    struct diags *d)
{
	struct parser	 p;
	struct builder	 b;
	size_t		 k;
	int		 rc = -1;

	memset(&p, 0, sizeof(p));
	p.t = t;
	p.d = d;
	p.strict = strict;
	p.src = t->src;
	p.len = t->len;
	p.line = p.col = 1;
	p.otag = "{{";
	p.ctag = "}}";
	p.olen = p.clen = 2;
	if (parse_scan(&p) == -1)
		goto out;
	mark_lines(&p);
	memset(&b, 0, sizeof(b));
	b.p = &p;
	b.arena = a;
	b.indent[0] = "";
	for (k = 0; k < p.ntok; k++)
		build_token(&b, k);
	t->nodes = b.nodes;
	t->n = b.n;
	rc = 0;
out:
	free(p.tok);
	return rc;
}
