/*
 * A small Mustache engine (see mustache.h).
 *
 * STAND-IN until branch `mustache` is merged: same header, fewer
 * niceties (standalone lines are kept as they are, no set delimiters,
 * no lambdas).
 */
#include <stdlib.h>
#include <string.h>

#include "../../util/alloc.h"
#include "../../util/escape.h"
#include "mustache.h"

enum tok_type { T_TEXT, T_VAR, T_RAW, T_SECTION, T_INVERTED, T_PARTIAL,
	T_PARENT, T_BLOCK };

struct tok {
	enum tok_type	 type;
	const char	*s;	/* text, or the tag's name */
	size_t		 len;
	size_t		 end;	/* sections: index after the closing tag */
	int		 line, col;
};

struct tmpl {
	char		*name;
	const char	*where;
	struct tok	*v;
	size_t		 n;
	int		 failed;
};

struct mustache_set {
	struct mustache_source	 src;
	int			 strict;
	struct tmpl		*v;
	size_t			 n;
	size_t			 cap;
};

#define MAX_DEPTH 64

/* A block override in force while a parent renders. */
struct block {
	const struct tmpl	*t;
	const struct tok	*tok;
};

struct render {
	struct mustache_set		*set;
	const struct mustache_hooks	*hooks;
	struct buf			*out;
	struct diags			*d;
	const struct value		*stack[MAX_DEPTH];
	size_t				 depth;
	struct block			 blocks[MAX_DEPTH];
	size_t				 nblocks;
	int				 nest;
	int				 failed;
};

struct mustache_set *
mustache_set_new(const struct mustache_source *src, int strict)
{
	struct mustache_set	*s = xcalloc(1, sizeof(*s));

	s->src = *src;
	s->strict = strict;
	return s;
}

void
mustache_set_free(struct mustache_set *s)
{
	size_t	 i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++) {
		free(s->v[i].name);
		free(s->v[i].v);
	}
	free(s->v);
	free(s);
}

static void
tok_add(struct tmpl *t, size_t *cap, struct tok k)
{
	if (t->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		t->v = xreallocarray(t->v, *cap, sizeof(*t->v));
	}
	t->v[t->n++] = k;
}

static void
position(const char *src, const char *at, int *line, int *col)
{
	*line = 1;
	*col = 1;
	for (; src < at; src++)
		if (*src == '\n') {
			(*line)++;
			*col = 1;
		} else if (((unsigned char)*src & 0xC0) != 0x80)
			(*col)++;
}

static void
trim(const char **s, size_t *len)
{
	while (*len > 0 && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
		(*len)--;
}

/* Parses src into t; returns 0 or -1 with a diagnostic. */
static int
tmpl_parse(struct tmpl *t, const char *src, size_t len, struct diags *d)
{
	const char	*p = src, *end = src + len, *open, *close, *name;
	size_t		 cap = 0, stack[MAX_DEPTH], depth = 0, nlen;
	struct tok	 k;
	int		 line, col, closing;

	while (p < end) {
		open = memmem(p, (size_t)(end - p), "{{", 2);
		if (open == NULL)
			open = end;
		if (open > p)
			tok_add(t, &cap, (struct tok){ T_TEXT, p,
			    (size_t)(open - p), 0, 0, 0 });
		if (open == end)
			break;
		position(src, open, &line, &col);
		memset(&k, 0, sizeof(k));
		closing = 0;
		k.line = line;
		k.col = col;
		if (open + 2 < end && open[2] == '{') {
			close = memmem(open, (size_t)(end - open), "}}}", 3);
			k.type = T_RAW;
			name = open + 3;
			if (close != NULL)
				p = close + 3;
		} else {
			close = memmem(open, (size_t)(end - open), "}}", 2);
			name = open + 2;
			if (close != NULL)
				p = close + 2;
		}
		if (close == NULL) {
			diag_error(d, ((struct pos){ t->where, line, col }),
			    "unclosed tag '{{'");
			return -1;
		}
		nlen = (size_t)(close - name);
		trim(&name, &nlen);
		if (k.type != T_RAW && nlen > 0) {
			switch (*name) {
			case '!':
				continue;
			case '&': k.type = T_RAW; break;
			case '#': k.type = T_SECTION; break;
			case '^': k.type = T_INVERTED; break;
			case '>': k.type = T_PARTIAL; break;
			case '<': k.type = T_PARENT; break;
			case '$': k.type = T_BLOCK; break;
			case '/': k.type = T_TEXT; closing = 1; break;
			case '=':
				diag_error(d, ((struct pos){ t->where, line,
				    col }), "set delimiters are not "
				    "supported");
				return -1;
			default: k.type = T_VAR; break;
			}
			if (k.type != T_VAR) {
				name++;
				nlen--;
				trim(&name, &nlen);
			}
		}
		k.s = name;
		k.len = nlen;
		if (nlen == 0) {
			diag_error(d, ((struct pos){ t->where, line, col }),
			    "empty tag");
			return -1;
		}
		if (closing) {
			struct tok	*o;

			if (depth == 0) {
				diag_error(d, ((struct pos){ t->where, line,
				    col }), "'{{/%.*s}}' closes no section",
				    (int)nlen, name);
				return -1;
			}
			o = &t->v[stack[--depth]];
			if (o->len != nlen || memcmp(o->s, name, nlen) != 0) {
				diag_error(d, ((struct pos){ t->where, line,
				    col }), "'{{/%.*s}}' closes '%.*s', "
				    "opened at line %d", (int)nlen, name,
				    (int)o->len, o->s, o->line);
				return -1;
			}
			o->end = t->n;
			continue;
		}
		tok_add(t, &cap, k);
		if (k.type == T_SECTION || k.type == T_INVERTED ||
		    k.type == T_PARENT || k.type == T_BLOCK) {
			if (depth == MAX_DEPTH) {
				diag_error(d, ((struct pos){ t->where, line,
				    col }), "sections nested too deep");
				return -1;
			}
			stack[depth++] = t->n - 1;
		}
	}
	if (depth > 0) {
		struct tok	*o = &t->v[stack[depth - 1]];

		diag_error(d, ((struct pos){ t->where, o->line, o->col }),
		    "section '%.*s' is never closed", (int)o->len, o->s);
		return -1;
	}
	return 0;
}

/* The parsed template name, loaded on first use; NULL if missing/bad. */
static const struct tmpl *
tmpl_get(struct mustache_set *s, const char *name, size_t nlen,
    struct diags *d, struct pos at, int *missing)
{
	const char	*src, *where;
	size_t		 len, i;
	struct tmpl	*t;
	char		*n = xstrndup(name, nlen);

	*missing = 0;
	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i].name, n) == 0) {
			free(n);
			return s->v[i].failed ? NULL : &s->v[i];
		}
	if (s->src.find(s->src.ctx, n, &src, &len, &where) == -1) {
		*missing = 1;
		if (at.file != NULL)
			diag_error(d, at, "unknown partial '%s'", n);
		else
			diag_error(d, ((struct pos){ n, 1, 1 }),
			    "no template '%s'", n);
		free(n);
		return NULL;
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	t = &s->v[s->n++];
	memset(t, 0, sizeof(*t));
	t->name = n;
	t->where = where;
	if (tmpl_parse(t, src, len, d) == -1) {
		t->failed = 1;
		return NULL;
	}
	return t;
}

static const struct value *
lookup_first(struct render *r, const char *name)
{
	const struct value	*f, *v;
	size_t			 i;

	for (i = r->depth; i > 0; i--) {
		f = r->stack[i - 1];
		if (f == NULL || f->type != VALUE_MAP)
			continue;
		if ((v = value_get(f, name)) != NULL)
			return v;
		if (r->hooks->computed != NULL &&
		    (v = r->hooks->computed(r->hooks->ctx, f, name)) != NULL)
			return v;
	}
	return NULL;
}

/* The value of a tag's name, or NULL (an error in strict mode). */
static const struct value *
lookup(struct render *r, const struct tmpl *t, const struct tok *k)
{
	char			 name[256], *dot, *part;
	const struct value	*v;

	if (k->len == 1 && k->s[0] == '.')
		return r->stack[r->depth - 1];
	if (k->len >= sizeof(name))
		goto unknown;
	memcpy(name, k->s, k->len);
	name[k->len] = '\0';
	part = name;
	dot = strchr(part, '.');
	if (dot != NULL)
		*dot = '\0';
	v = lookup_first(r, part);
	while (v != NULL && dot != NULL) {
		part = dot + 1;
		if ((dot = strchr(part, '.')) != NULL)
			*dot = '\0';
		v = v->type == VALUE_MAP ? value_get(v, part) : NULL;
	}
	if (v != NULL)
		return v;
unknown:
	if (r->set->strict) {
		diag_error(r->d, ((struct pos){ t->where, k->line, k->col }),
		    "unknown name '%.*s'", (int)k->len, k->s);
		r->failed = 1;
	}
	return NULL;
}

static int
truthy(const struct value *v)
{
	if (v == NULL)
		return 0;
	switch (v->type) {
	case VALUE_NULL:
		return 0;
	case VALUE_BOOL:
		return v->u.boolean;
	case VALUE_LIST:
		return v->u.list.n > 0;
	case VALUE_STRING:
		return v->u.str.len > 0;
	default:
		return 1;
	}
}

static void
put_value(struct render *r, const struct value *v, int raw)
{
	char	 num[64];

	if (v == NULL)
		return;
	switch (v->type) {
	case VALUE_STRING:
		if (raw)
			buf_put(r->out, v->u.str.s, v->u.str.len);
		else
			escape_html_attr(r->out, v->u.str.s, v->u.str.len);
		break;
	case VALUE_DECIMAL:
		buf_puts(r->out, decimal_format(v->u.dec, num));
		break;
	case VALUE_DOUBLE:
		buf_puts(r->out, value_format_double(v->u.number, num));
		break;
	case VALUE_BOOL:
		buf_puts(r->out, v->u.boolean ? "true" : "false");
		break;
	case VALUE_MARKDOWN:
		if (r->hooks->markdown != NULL)
			r->hooks->markdown(r->hooks->ctx, r->out, v);
		break;
	default:
		break;
	}
}

static void render_range(struct render *, const struct tmpl *, size_t,
    size_t);

static void
push(struct render *r, const struct value *v)
{
	r->stack[r->depth++] = v;
}

static void
render_section(struct render *r, const struct tmpl *t, size_t i)
{
	const struct tok	*k = &t->v[i];
	const struct value	*v = lookup(r, t, k);
	size_t			 j;

	if (k->type == T_INVERTED) {
		if (!truthy(v))
			render_range(r, t, i + 1, k->end);
		return;
	}
	if (!truthy(v))
		return;
	if (r->depth + 1 >= MAX_DEPTH) {
		diag_error(r->d, ((struct pos){ t->where, k->line, k->col }),
		    "data nested too deep");
		r->failed = 1;
		return;
	}
	if (v->type == VALUE_LIST) {
		for (j = 0; j < v->u.list.n && !r->failed; j++) {
			push(r, v->u.list.v[j]);
			render_range(r, t, i + 1, k->end);
			r->depth--;
		}
		return;
	}
	push(r, v);
	render_range(r, t, i + 1, k->end);
	r->depth--;
}

static const struct block *
block_find(struct render *r, const struct tok *k)
{
	size_t	 i;

	/* The outermost override wins: the child that was rendered first. */
	for (i = 0; i < r->nblocks; i++)
		if (r->blocks[i].tok->len == k->len &&
		    memcmp(r->blocks[i].tok->s, k->s, k->len) == 0)
			return &r->blocks[i];
	return NULL;
}

static void
render_include(struct render *r, const struct tmpl *t, size_t i)
{
	const struct tok	*k = &t->v[i];
	const struct tmpl	*p;
	size_t			 j, saved = r->nblocks;
	int			 missing;

	if (++r->nest > MAX_DEPTH) {
		diag_error(r->d, ((struct pos){ t->where, k->line, k->col }),
		    "partials nested too deep");
		r->failed = 1;
		return;
	}
	p = tmpl_get(r->set, k->s, k->len, r->d,
	    (struct pos){ t->where, k->line, k->col }, &missing);
	if (p == NULL) {
		if (r->set->strict || !missing)
			r->failed = 1;
		r->nest--;
		return;
	}
	if (k->type == T_PARENT)
		for (j = i + 1; j < k->end; j = t->v[j].type == T_TEXT ||
		    t->v[j].end == 0 ? j + 1 : t->v[j].end)
			if (t->v[j].type == T_BLOCK &&
			    r->nblocks < MAX_DEPTH)
				r->blocks[r->nblocks++] = (struct block){ t,
				    &t->v[j] };
	render_range(r, p, 0, p->n);
	r->nblocks = saved;
	r->nest--;
}

static void
render_range(struct render *r, const struct tmpl *t, size_t from, size_t to)
{
	const struct block	*b;
	const struct tok	*k;
	size_t			 i = from;

	while (i < to && !r->failed) {
		k = &t->v[i];
		switch (k->type) {
		case T_TEXT:
			buf_put(r->out, k->s, k->len);
			i++;
			continue;
		case T_VAR:
		case T_RAW:
			put_value(r, lookup(r, t, k), k->type == T_RAW);
			i++;
			continue;
		case T_SECTION:
		case T_INVERTED:
			render_section(r, t, i);
			break;
		case T_PARTIAL:
			render_include(r, t, i);
			i++;
			continue;
		case T_PARENT:
			render_include(r, t, i);
			break;
		case T_BLOCK:
			if ((b = block_find(r, k)) != NULL)
				render_range(r, b->t,
				    (size_t)(b->tok - b->t->v) + 1,
				    b->tok->end);
			else
				render_range(r, t, i + 1, k->end);
			break;
		}
		i = k->end;
	}
}

int
mustache_render(struct mustache_set *s, const char *name,
    const struct value *data, const struct mustache_hooks *hooks,
    struct buf *out, struct diags *d)
{
	struct render		 r;
	const struct tmpl	*t;
	int			 missing;

	t = tmpl_get(s, name, strlen(name), d, (struct pos){ NULL, 0, 0 },
	    &missing);
	if (t == NULL)
		return -1;
	memset(&r, 0, sizeof(r));
	r.set = s;
	r.hooks = hooks;
	r.out = out;
	r.d = d;
	push(&r, data);
	render_range(&r, t, 0, t->n);
	return r.failed ? -1 : 0;
}
