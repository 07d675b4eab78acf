/*
 * What the builders of the documents' facts (docs.c, docs_body.c) share.
 */
#ifndef CLSPD_VIEW_DOCS_INT_H
#define CLSPD_VIEW_DOCS_INT_H

#include <stddef.h>

struct buf;
struct figures;
struct refs;
struct view_docs;
struct view_from;
struct view_partner_ref;

/* A text for people, in the arena: typography applied in French. */
const char	*view_dtext(const struct view_from *, const char *);
/* b's text in the arena (typography applied when typo); b is emptied. */
const char	*view_dbuf(const struct view_from *, struct buf *b, int typo);
/* The partner of index i of the model. */
void		 view_partner_ref_make(const struct view_from *, size_t i,
		    struct view_partner_ref *);
/* The known partners of refs, in their order; *n of them. */
const struct view_partner_ref *view_partner_refs(const struct view_from *,
		    const struct refs *, size_t *n);

/* The report's body (docs.h): records, funding tables, key figures. */
void		 view_docs_body_build(const struct view_from *,
		    const struct figures *, struct view_docs *);

#endif
