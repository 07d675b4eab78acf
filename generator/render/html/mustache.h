/*
 * Mustache templates for the site (logic-less, HTML-escaped by default):
 * variables, sections, inverted sections, comments, partials {{>name}}
 * and inheritance {{<layout}}{{$block}}…{{/block}}{{/layout}}. Templates
 * are found by name through a source (the theme's layers), parsed once
 * and kept in the set. In strict mode an unknown partial or name is an
 * error at the template's file:line:col.
 *
 * STAND-IN: the site branch carries this small engine only until the
 * engine of branch `mustache` is merged; its header is the same.
 */
#ifndef CLSPD_MUSTACHE_H
#define CLSPD_MUSTACHE_H

#include <stddef.h>

#include "../../util/buf.h"
#include "../../util/diag.h"
#include "../../view/value.h"

/*
 * Finds the template called name: sets *src and *len to its text (which
 * must live as long as the set) and *where to a path for messages (the
 * same). Returns 0, or -1 when there is none.
 */
struct mustache_source {
	int	(*find)(void *ctx, const char *name, const char **src,
		    size_t *len, const char **where);
	void	 *ctx;
};

/*
 * What the caller adds to rendering: Markdown values are written by
 * markdown; computed gives the value of a name that a map frame does not
 * have (NULL when it has none either).
 */
struct mustache_hooks {
	void	(*markdown)(void *ctx, struct buf *out, const struct value *md);
	const struct value *(*computed)(void *ctx, const struct value *frame,
		    const char *name);
	void	 *ctx;
};

struct mustache_set;

struct mustache_set *mustache_set_new(const struct mustache_source *,
		    int strict);
/*
 * Renders the template name with data as the context, appending to out.
 * Returns 0, or -1 with the problems added to d.
 */
int		 mustache_render(struct mustache_set *, const char *name,
		    const struct value *data, const struct mustache_hooks *,
		    struct buf *out, struct diags *d);
void		 mustache_set_free(struct mustache_set *);

#endif
