/*
 * Mustache templates for the HTML site, rendered against the view's
 * value tree (view/value.h). This header is the manual.
 *
 * What is supported: the official specification (mustache/spec) in full
 * for interpolation ({{x}} escaped, {{{x}}} and {{&x}} raw), dotted
 * names, the implicit iterator {{.}}, sections, inverted sections,
 * comments, set delimiters, partials with standalone-line indentation,
 * and inheritance (parents {{<p}}...{{/p}} and blocks {{$b}}...{{/b}}),
 * with the standalone-line whitespace rules. Lambdas and dynamic names
 * ({{>*x}}) are not: the view has no functions.
 *
 * Values:
 *  - falsey are null, false and an empty list; everything else is
 *    truthy, including an empty string, 0 and an empty map (as in most
 *    implementations, though not mustache.js, where "" is falsey);
 *  - {{x}} writes a string as it is, a decimal as decimal_format, a
 *    double as value_format_double, a boolean as "true" or "false", and
 *    nothing for null, a list or a map; {{x}} escapes & < > " and ' (the
 *    escaping of HTML attributes, safe in text too), {{{x}}} does not;
 *  - a Markdown text (VALUE_MARKDOWN) is written, escaped or not, by the
 *    caller's markdown hook, which appends sanitized HTML; without a
 *    hook it writes nothing;
 *  - a section over a list renders once per item with the item pushed
 *    on the context stack; over any other truthy value, once with the
 *    value pushed.
 *
 * Names: "a.b.c" finds a in the nearest map of the context stack that
 * has it (or for which the computed hook gives a value), then b in a
 * only, then c in that. A chain that meets null or false before its end
 * gives null.
 *
 * Errors. A broken template (an unclosed tag, section, parent or block;
 * a close that does not match; a bad delimiter change; an empty or
 * spaced tag name; sections nested more than MUSTACHE_MAX_NESTING deep)
 * is always an error, at its "where:line:col". In strict mode, these
 * are errors too: a partial or parent that the source does not have; a
 * name that resolves nowhere in the context stack, not even to null;
 * text or tags inside a parent tag outside its blocks (ignored by the
 * specification, so probably a mistake). Partials, parents and
 * overridden blocks nested more than MUSTACHE_MAX_DEPTH deep (endless
 * recursion) are an error in both modes, and stop the render. Each
 * problem is added to the diagnostics once per template position, the
 * first time it is met, however many pages meet it; every render that
 * meets it fails.
 *
 * Threads. A set is not thread-safe, not even for rendering: it compiles
 * templates on first use, caches what partial tags lead to, records the
 * problems already reported, and keeps its scratch memory. Use one set
 * per thread; each compiles its templates once. For the same reason a
 * hook must not render with the set that calls it.
 */
#ifndef CLSPD_MUSTACHE_H
#define CLSPD_MUSTACHE_H

#include <stddef.h>

#include "../../util/buf.h"
#include "../../util/diag.h"
#include "../../view/value.h"

/* Partials, parents and overridden blocks nested deeper are an error. */
#define MUSTACHE_MAX_DEPTH	100
/* MUSTACHE_MAX_NESTING, the sections' limit, is in mustache_parse.h. */

/* Compiled templates by name, compiled once, rendered many times. */
struct mustache_set;

/* Where templates and partials come from. */
struct mustache_source {
	/*
	 * Finds template name: sets *src and *len to its text and *where
	 * to a path for messages ("themes/default/templates/action.mustache").
	 * Returns 0, -1 when there is none, or -2 when there is one that
	 * cannot be used and the source has said why (the set then adds
	 * no message of its own). The text must stay valid
	 * while the set lives; *where too, and as long as any diagnostics
	 * the set added (struct pos keeps the pointer, not a copy).
	 */
	int	 (*find)(void *ctx, const char *name, const char **src,
		    size_t *len, const char **where);
	void	  *ctx;
};

/* What the caller computes during a render; each member may be NULL. */
struct mustache_hooks {
	/* Appends the sanitized HTML of md, a VALUE_MARKDOWN, to out. */
	void	 (*markdown)(void *ctx, struct buf *out,
		    const struct value *md);
	/*
	 * Consulted for a name that a map of the context stack, frame,
	 * does not have: returns the value of name for that frame (e.g. a
	 * VALUE_STRING of SVG markup built in the caller's arena, valid
	 * until the render returns), or NULL. It is called for every map
	 * frame a lookup passes, so it must answer NULL quickly.
	 */
	const struct value *(*computed)(void *ctx, const struct value *frame,
		    const char *name);
	void	  *ctx;
};

/*
 * A new empty set reading templates from source (copied). strict turns
 * unknown partials, parents and names into errors (see above).
 */
struct mustache_set	*mustache_set_new(const struct mustache_source *,
			    int strict);

/*
 * Compiles template name and every template it names, directly or
 * through others, so that their mistakes are found before any page is
 * rendered. Returns 0, or -1 with diagnostics added to d.
 */
int	 mustache_compile(struct mustache_set *, const char *name,
	    struct diags *d);

/*
 * Renders template name with data (the bottom of the context stack;
 * NULL for none) into out. Returns 0, or -1 when a problem was met
 * (out then holds an incomplete page); diagnostics are added to d as
 * described above.
 */
int	 mustache_render(struct mustache_set *, const char *name,
	    const struct value *data, const struct mustache_hooks *,
	    struct buf *out, struct diags *d);

/* Frees the set and its compiled templates; accepts NULL. */
void	 mustache_set_free(struct mustache_set *);

#endif
