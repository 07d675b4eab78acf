/*
 * Display lists (see page.h).
 */
#include <stdlib.h>
#include <string.h>

#include "../../../util/alloc.h"
#include "pdf_page.h"

void
pdf_doc_init(struct pdf_doc *d, float width, float height)
{
	memset(d, 0, sizeof(*d));
	d->arena = arena_new();
	d->width = width;
	d->height = height;
}

void
pdf_doc_release(struct pdf_doc *d)
{
	size_t	 i;

	if (d == NULL)
		return;
	for (i = 0; i < d->npages; i++)
		pdf_page_release(&d->pages[i]);
	free(d->pages);
	free(d->anchors);
	arena_free(d->arena);
	memset(d, 0, sizeof(*d));
}

struct pdf_page *
pdf_doc_add_page(struct pdf_doc *d)
{
	if (d->npages == d->cappages) {
		d->cappages = d->cappages ? d->cappages * 2 : 16;
		d->pages = xreallocarray(d->pages, d->cappages,
		    sizeof(*d->pages));
	}
	memset(&d->pages[d->npages], 0, sizeof(d->pages[0]));
	d->pages[d->npages].section = -1;
	return &d->pages[d->npages++];
}

int
pdf_doc_anchor(struct pdf_doc *d, const char *title, int level)
{
	struct pdf_anchor	*a;

	if (d->nanchors == d->capanchors) {
		d->capanchors = d->capanchors ? d->capanchors * 2 : 64;
		d->anchors = xreallocarray(d->anchors, d->capanchors,
		    sizeof(*d->anchors));
	}
	a = &d->anchors[d->nanchors];
	a->title = arena_strdup(d->arena, title != NULL ? title : "");
	a->level = level;
	a->page = -1;
	a->y = 0;
	return (int)d->nanchors++;
}

struct pdf_op *
pdf_page_push(struct pdf_page *p, const struct pdf_op *op)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->ops = xreallocarray(p->ops, p->cap, sizeof(*p->ops));
	}
	p->ops[p->n] = *op;
	return &p->ops[p->n++];
}

void
pdf_page_release(struct pdf_page *p)
{
	if (p == NULL)
		return;
	free(p->ops);
	memset(p, 0, sizeof(*p));
}

struct pdf_op
pdf_op_rect(float x, float y, float w, float h, uint32_t color)
{
	struct pdf_op	 op;

	memset(&op, 0, sizeof(op));
	op.kind = PDF_OP_RECT;
	op.color = color;
	op.x = x;
	op.y = y;
	op.w = w;
	op.h = h;
	return op;
}

void
pdf_page_rect(struct pdf_page *p, float x, float y, float w, float h,
    uint32_t color)
{
	struct pdf_op	 op = pdf_op_rect(x, y, w, h, color);

	pdf_page_push(p, &op);
}

uint32_t
pdf_color_mix(uint32_t a, uint32_t b, float t)
{
	uint32_t	 r = 0;
	int		 shift;
	float		 ca, cb;

	for (shift = 16; shift >= 0; shift -= 8) {
		ca = (float)((a >> shift) & 0xFF);
		cb = (float)((b >> shift) & 0xFF);
		r |= (uint32_t)(ca + (cb - ca) * t + 0.5f) << shift;
	}
	return r;
}
