/*
 * Mustache: the set of compiled templates and the renderer (see
 * mustache.h; the compiler is mustache_parse.c).
 *
 * Rendering walks a template's node array with a context stack of
 * values. The indentation of standalone partials, parents and blocks
 * is kept in one buffer: the current indentation runs from offset base
 * to the end. A standalone partial appends its own; a partial within a
 * line moves base to the end, as it is not indented; leaving either
 * restores both. The first node of each template line makes the
 * current indentation "owed", and whatever writes next (text, a value,
 * a section's contents) pays it first: a line is indented once,
 * wherever its first output comes from, and the line ends within a
 * value (a "\n" in a string) are not indented, as the specification
 * wants.
 *
 * A render allocates nothing once the set's scratch memory (context
 * stack, indentation) has grown to what the templates need.
 */
#include <stdlib.h>
#include <string.h>

#include "../../util/alloc.h"
#include "../../util/escape.h"
#include "../../util/i18n.h"
#include "mustache.h"
#include "mustache_parse.h"

struct mustache_set {
	struct mustache_source	 source;
	int			 strict;
	struct arena		*arena;	/* names and name parts */
	struct template		**v;	/* in order of first use */
	size_t			 n;
	size_t			 cap;
	int			 walk;	/* mustache_compile's turn */
	/* Scratch memory of a render, kept for the next. */
	const struct value	**stack;
	size_t			 stack_cap;
	struct buf		 indent;
};

/* The block arguments of the parent tags being rendered, innermost first. */
struct scope {
	struct template		*t;
	size_t			 at;	/* the parent node in t */
	const struct scope	*outer;
};

struct render {
	struct mustache_set		*set;
	const struct mustache_hooks	*hooks;
	struct buf			*out;
	struct diags			*d;
	size_t				 n;	/* stack depth */
	size_t				 base;	/* see the top */
	size_t				 owed_from;
	size_t				 owed_to;
	const struct scope		*scope;
	int				 depth;	/* see render_enter */
	int				 failed;
	int				 stop;	/* endless recursion */
};

/* A place in the indentation buffer, to come back to. */
struct indent_mark {
	size_t	 base;
	size_t	 len;
};

/* Where a problem of the caller's (no template) is reported. */
static const struct pos	 nowhere = { NULL, 0, 0 };

static void	 render_nodes(struct render *, struct template *, size_t,
		    size_t);

struct mustache_set *
mustache_set_new(const struct mustache_source *source, int strict)
{
	struct mustache_set	*s = xcalloc(1, sizeof(*s));

	s->source = *source;
	s->strict = strict;
	s->arena = arena_new();
	return s;
}

void
mustache_set_free(struct mustache_set *s)
{
	size_t	 i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++) {
		free(s->v[i]->nodes);
		free(s->v[i]);
	}
	free(s->v);
	free(s->stack);
	buf_release(&s->indent);
	arena_free(s->arena);
	free(s);
}

/*
 * The template called name, compiled on first use (its mistakes then
 * added to d); never NULL, but perhaps TEMPLATE_MISSING or
 * TEMPLATE_BROKEN. Templates are few (tens): a linear search will do,
 * and partial tags keep what they found.
 */
static struct template *
set_template(struct mustache_set *s, const char *name, struct diags *d)
{
	struct template	*t;
	size_t		 i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i]->name, name) == 0)
			return s->v[i];
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	t = s->v[s->n++] = xcalloc(1, sizeof(*t));
	t->name = arena_strdup(s->arena, name);
	t->state = TEMPLATE_MISSING;
	if (s->source.find == NULL)
		return t;
	switch (s->source.find(s->source.ctx, name, &t->src, &t->len,
	    &t->where)) {
	case 0:
		break;
	case -2:
		t->state = TEMPLATE_BROKEN;	/* reported by the source */
		return t;
	default:
		return t;
	}
	if (t->where == NULL)
		t->where = t->name;
	t->state = template_compile(t, s->arena, s->strict, d) == 0 ?
	    TEMPLATE_READY : TEMPLATE_BROKEN;
	return t;
}

static struct pos
node_pos(const struct template *t, const struct node *n)
{
	return (struct pos){ t->where, n->line, n->col };
}

/*
 * Whether a problem of node n is to be reported: only the first time,
 * whatever the render. Either way, *failed is set.
 */
static int
node_report_first(struct node *n, int *failed)
{
	*failed = 1;
	if (n->flags & NODE_REPORTED)
		return 0;
	n->flags |= NODE_REPORTED;
	return 1;
}

/*
 * The template of partial or parent tag n of t, or NULL when there is
 * none, which strict mode reports, or it is broken (reported when it
 * was compiled).
 */
static struct template *
node_target(struct mustache_set *s, struct template *t, struct node *n,
    struct diags *d, int *failed)
{
	if (n->target == NULL)
		n->target = set_template(s, n->s, d);
	switch (n->target->state) {
	case TEMPLATE_READY:
		return n->target;
	case TEMPLATE_MISSING:
		if (s->strict && node_report_first(n, failed))
			diag_error(d, node_pos(t, n), n->type == NODE_PARENT ?
			    _("unknown parent '%s'") : _("unknown partial '%s'"),
			    n->s);
		return NULL;
	default:
		*failed = 1;
		return NULL;
	}
}

int
mustache_compile(struct mustache_set *s, const char *name, struct diags *d)
{
	struct template	**todo, *t, *u;
	size_t		 ntodo = 0, cap = 16, i;
	int		 failed = 0;

	t = set_template(s, name, d);
	if (t->state == TEMPLATE_MISSING) {
		diag_error(d, nowhere, _("unknown template '%s'"), name);
		return -1;
	}
	/*
	 * A list of templates to walk rather than recursion: chains of
	 * partials may be long.
	 */
	s->walk++;
	todo = xreallocarray(NULL, cap, sizeof(*todo));
	todo[ntodo++] = t;
	t->walked = s->walk;
	while (ntodo > 0) {
		t = todo[--ntodo];
		if (t->state != TEMPLATE_READY) {
			failed = 1;
			continue;
		}
		for (i = 0; i < t->n; i++) {
			if (t->nodes[i].type != NODE_PARTIAL &&
			    t->nodes[i].type != NODE_PARENT)
				continue;
			u = node_target(s, t, &t->nodes[i], d, &failed);
			if (u == NULL || u->walked == s->walk)
				continue;
			u->walked = s->walk;
			if (ntodo == cap) {
				cap *= 2;
				todo = xreallocarray(todo, cap, sizeof(*todo));
			}
			todo[ntodo++] = u;
		}
	}
	free(todo);
	return failed ? -1 : 0;
}

/* The context stack: values pushed by sections. */
static void
stack_push(struct render *r, const struct value *v)
{
	struct mustache_set	*s = r->set;

	if (r->n == s->stack_cap) {
		s->stack_cap = s->stack_cap ? s->stack_cap * 2 : 32;
		s->stack = xreallocarray(s->stack, s->stack_cap,
		    sizeof(*s->stack));
	}
	s->stack[r->n++] = v;
}

/* Owes the current indentation to the next output (a line begins). */
static void
indent_owe(struct render *r)
{
	if (r->set->indent.len > r->base) {
		r->owed_from = r->base;
		r->owed_to = r->set->indent.len;
	}
}

/* Writes the indentation owed, if any: output is about to follow. */
static void
indent_pay(struct render *r)
{
	if (r->owed_to > r->owed_from)
		buf_put(r->out, r->set->indent.data + r->owed_from,
		    r->owed_to - r->owed_from);
	r->owed_from = r->owed_to = 0;
}

/*
 * Enters what node n brings in (a partial, a parent's template, a
 * block's contents): a standalone one is indented by n's indentation
 * more, starting with its first line; a partial or parent within a line
 * is not indented at all, as the specification inserts it unchanged.
 */
static struct indent_mark
indent_enter(struct render *r, const struct node *n)
{
	struct indent_mark	 m = { r->base, r->set->indent.len };

	if (n->flags & NODE_STANDALONE) {
		buf_put(&r->set->indent, n->indent, n->indent_len);
		indent_owe(r);
	} else if (n->type != NODE_BLOCK)
		r->base = r->set->indent.len;
	return m;
}

static void
indent_leave(struct render *r, struct indent_mark m)
{
	buf_truncate(&r->set->indent, m.len);
	r->base = m.base;
	if (r->owed_to > m.len)
		r->owed_to = m.len;
	if (r->owed_from >= r->owed_to)
		r->owed_from = r->owed_to = 0;
}

/* The value of name in map frame, from the map or the computed hook. */
static const struct value *
frame_get(const struct render *r, const struct value *frame,
    const char *name)
{
	const struct value	*v;

	if (frame->type != VALUE_MAP)
		return NULL;
	if ((v = value_get(frame, name)) != NULL)
		return v;
	if (r->hooks != NULL && r->hooks->computed != NULL)
		return r->hooks->computed(r->hooks->ctx, frame, name);
	return NULL;
}

static int
value_falsey(const struct value *v)
{
	return v == NULL || v->type == VALUE_NULL ||
	    (v->type == VALUE_BOOL && !v->u.boolean) ||
	    (v->type == VALUE_LIST && v->u.list.n == 0);
}

/*
 * The value of n's name (see mustache.h), or NULL for none. A name that
 * resolves nowhere is an error in strict mode; a dotted name whose chain
 * meets null or false before its end is not, and gives NULL.
 */
static const struct value *
render_lookup(struct render *r, struct template *t, struct node *n)
{
	const struct value	*v = NULL;
	size_t			 k, i;

	if (n->nparts == 0)
		return r->n > 0 ? r->set->stack[r->n - 1] : NULL;
	for (k = r->n; k-- > 0 && v == NULL;)
		v = frame_get(r, r->set->stack[k], n->parts[0]);
	for (i = 1; v != NULL && i < n->nparts; i++) {
		if (v->type == VALUE_NULL ||
		    (v->type == VALUE_BOOL && !v->u.boolean))
			return NULL;
		v = frame_get(r, v, n->parts[i]);
	}
	if (v == NULL && r->set->strict && node_report_first(n, &r->failed))
		diag_error(r->d, node_pos(t, n), _("unknown name '%s'"), n->s);
	return v;
}

/* Writes v, HTML-escaped when escape is set. */
static void
render_value(struct render *r, const struct value *v, int escape)
{
	char		 num[32];
	const char	*s;
	size_t		 len;

	switch (v->type) {
	case VALUE_BOOL:
		s = v->u.boolean ? "true" : "false";
		break;
	case VALUE_DOUBLE:
		s = value_format_double(v->u.number, num);
		break;
	case VALUE_DECIMAL:
		s = decimal_format(v->u.dec, num);
		break;
	case VALUE_STRING:
		if (v->u.str.len > 0) {
			indent_pay(r);
			if (escape)
				escape_html_attr(r->out, v->u.str.s,
				    v->u.str.len);
			else
				buf_put(r->out, v->u.str.s, v->u.str.len);
		}
		return;
	case VALUE_MARKDOWN:
		if (r->hooks != NULL && r->hooks->markdown != NULL) {
			indent_pay(r);
			r->hooks->markdown(r->hooks->ctx, r->out, v);
		}
		return;
	default:	/* null, list, map */
		return;
	}
	len = strlen(s);
	indent_pay(r);
	buf_put(r->out, s, len);
}

/* Section or inverted section n, at index at of t. */
static void
render_section(struct render *r, struct template *t, struct node *n,
    size_t at)
{
	const struct value	*v = render_lookup(r, t, n);
	size_t			 i;

	if (n->type == NODE_INVERTED) {
		if (value_falsey(v))
			render_nodes(r, t, at + 1, n->end);
		return;
	}
	if (value_falsey(v))
		return;
	if (v->type != VALUE_LIST) {
		stack_push(r, v);
		render_nodes(r, t, at + 1, n->end);
		r->n--;
		return;
	}
	for (i = 0; i < v->u.list.n && !r->stop; i++) {
		stack_push(r, v->u.list.v[i]);
		render_nodes(r, t, at + 1, n->end);
		r->n--;
	}
}

/*
 * Counts one more level of partials, parents and overridden blocks;
 * past MUSTACHE_MAX_DEPTH, reports and stops the render: an endless
 * recursion must neither crash nor run for ever. Returns 0 or -1.
 */
static int
render_enter(struct render *r, struct template *t, struct node *n,
    const char *what)
{
	if (r->depth < MUSTACHE_MAX_DEPTH) {
		r->depth++;
		return 0;
	}
	if (node_report_first(n, &r->failed))
		/* TRANSLATORS: %s is "partial", "parent" or "block". */
		diag_error(r->d, node_pos(t, n), _("%s '%s' nested more than "
		    "%d deep (endless recursion?)"), _(what), n->s,
		    MUSTACHE_MAX_DEPTH);
	r->stop = 1;
	return -1;
}

static void
render_partial(struct render *r, struct template *t, struct node *n)
{
	struct template		*p;
	struct indent_mark	 m;

	p = node_target(r->set, t, n, r->d, &r->failed);
	if (p == NULL || render_enter(r, t, n, N_("partial")) == -1)
		return;
	m = indent_enter(r, n);
	render_nodes(r, p, 0, p->n);
	indent_leave(r, m);
	r->depth--;
}

/*
 * Parent tag n at index at of t: its template, with n's blocks as
 * arguments. Its other contents are ignored, as the specification says.
 */
static void
render_parent(struct render *r, struct template *t, struct node *n,
    size_t at)
{
	struct scope		 scope = { t, at, r->scope };
	struct template		*p;
	struct indent_mark	 m;

	p = node_target(r->set, t, n, r->d, &r->failed);
	if (p == NULL || render_enter(r, t, n, N_("parent")) == -1)
		return;
	m = indent_enter(r, n);
	r->scope = &scope;
	render_nodes(r, p, 0, p->n);
	r->scope = scope.outer;
	indent_leave(r, m);
	r->depth--;
}

/*
 * The argument for block name, if a parent tag being rendered passes
 * one: that of the outermost, so that a template overrides its parent's
 * own arguments to a grandparent. Sets *tp and *atp to its block node.
 */
static int
block_argument(const struct render *r, const char *name,
    struct template **tp, size_t *atp)
{
	const struct scope	*s;
	const struct node	*nodes;
	size_t			 j;
	int			 found = 0;

	for (s = r->scope; s != NULL; s = s->outer) {
		nodes = s->t->nodes;
		for (j = s->at + 1; j < nodes[s->at].end; j = nodes[j].end)
			if (nodes[j].type == NODE_BLOCK &&
			    strcmp(nodes[j].s, name) == 0) {
				*tp = s->t;
				*atp = j;
				found = 1;
				break;
			}
	}
	return found;
}

/*
 * Block n at index at of t: the argument a parent tag passes for it,
 * else its own contents, with n's indentation.
 */
static void
render_block(struct render *r, struct template *t, struct node *n,
    size_t at)
{
	struct template		*bt = t;
	struct indent_mark	 m;
	size_t			 from = at;
	int			 passed;

	passed = block_argument(r, n->s, &bt, &from);
	if (passed && render_enter(r, t, n, N_("block")) == -1)
		return;
	m = indent_enter(r, n);
	render_nodes(r, bt, from + 1, bt->nodes[from].end);
	indent_leave(r, m);
	if (passed)
		r->depth--;
}

/* Nodes [from, to) of t. */
static void
render_nodes(struct render *r, struct template *t, size_t from, size_t to)
{
	struct node		*n;
	const struct value	*v;
	size_t			 i;

	for (i = from; i < to && !r->stop; i = n->end) {
		n = &t->nodes[i];
		if (n->flags & NODE_BOL)
			indent_owe(r);
		switch (n->type) {
		case NODE_TEXT:
			indent_pay(r);
			buf_put(r->out, n->s, n->len);
			break;
		case NODE_VAR:
		case NODE_RAW:
			if ((v = render_lookup(r, t, n)) != NULL)
				render_value(r, v, n->type == NODE_VAR);
			break;
		case NODE_SECTION:
		case NODE_INVERTED:
			render_section(r, t, n, i);
			break;
		case NODE_PARTIAL:
			render_partial(r, t, n);
			break;
		case NODE_PARENT:
			render_parent(r, t, n, i);
			break;
		case NODE_BLOCK:
			render_block(r, t, n, i);
			break;
		}
	}
}

int
mustache_render(struct mustache_set *s, const char *name,
    const struct value *data, const struct mustache_hooks *hooks,
    struct buf *out, struct diags *d)
{
	struct render	 r;
	struct template	*t;

	t = set_template(s, name, d);
	if (t->state == TEMPLATE_MISSING) {
		diag_error(d, nowhere, _("unknown template '%s'"), name);
		return -1;
	}
	if (t->state != TEMPLATE_READY)
		return -1;
	memset(&r, 0, sizeof(r));
	r.set = s;
	r.hooks = hooks;
	r.out = out;
	r.d = d;
	buf_truncate(&s->indent, 0);
	if (data != NULL)
		stack_push(&r, data);
	render_nodes(&r, t, 0, t->n);
	return r.failed ? -1 : 0;
}
