/*
 * The charter compared (compare.h): its title, subtitle, adoption and
 * version, then its paragraphs, matched by their longest common
 * subsequence (a paragraph added is one change, not a shift of all
 * those after it).
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/buf.h"
#include "compare.h"
#include "diff.h"

struct paras {
	char	**v;		/* each one line, spaces collapsed, owned */
	size_t	  n;
};

/* Whether a line starts a block of its own: a heading, a list item. */
static int
starts_block(const char *s, const char *eol)
{
	const char	*p = s;

	while (p < eol && *p == ' ')
		p++;
	if (p < eol && *p == '#')
		return 1;
	if (p + 1 < eol && (*p == '-' || *p == '*' || *p == '+') &&
	    p[1] == ' ')
		return 1;
	while (p < eol && *p >= '0' && *p <= '9')
		p++;
	return p > s && p + 1 < eol && (*p == '.' || *p == ')') &&
	    p[1] == ' ' && p[-1] >= '0' && p[-1] <= '9';
}

static void
para_push(struct paras *p, struct buf *cur)
{
	if (cur->len == 0)
		return;
	p->v = xreallocarray(p->v, p->n + 1, sizeof(*p->v));
	p->v[p->n++] = buf_detach(cur);
}

/*
 * The paragraphs of a Markdown source: runs of lines that are not
 * blank; a heading or a list item (a rule of the charter) is one too.
 */
static void
paras_split(const struct text *t, struct paras *p)
{
	struct buf	 cur = { 0 };
	const char	*s, *end, *eol;
	size_t		 i, k;
	int		 blank;

	memset(p, 0, sizeof(*p));
	for (i = 0; i <= t->n; i++) {
		s = i < t->n ? t->items[i] : "";
		end = i < t->n ? s + t->lens[i] : s;
		for (; s <= end; s = eol + 1) {
			eol = memchr(s, '\n', (size_t)(end - s));
			if (eol == NULL)
				eol = end;
			for (k = 0, blank = 1; s + k < eol; k++)
				if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r')
					blank = 0;
			if (blank || starts_block(s, eol))
				para_push(p, &cur);
			if (blank)
				continue;
			if (cur.len > 0)
				buf_putc(&cur, ' ');
			buf_put(&cur, s, (size_t)(eol - s));
		}
	}
	buf_release(&cur);
}

/* A paragraph's change; text is handed to d. */
static void
para_change(struct diff *d, enum diff_kind k, size_t index, char *old,
    char *new)
{
	struct diff_change	*c = diff_change_new(d, DIFF_CHARTER, k,
				    "charter", NULL);

	c->field = "paragraph";
	c->index = index;
	if (old != NULL)
		c->sold = diff_own(d, xstrdup(old));
	if (new != NULL)
		c->snew = diff_own(d, xstrdup(new));
	c->has_old = old != NULL;
	c->has_new = new != NULL;
}

/*
 * The paragraphs between two common ones: old[i..i+nr) removed and
 * new[j..j+na) added; the first of each, paired, are changed ones.
 */
struct run {
	size_t	 i, nr, j, na;
};

static void
para_run(struct diff *d, const struct paras *a, const struct paras *b,
    struct run r)
{
	size_t	 k, i = r.i, nr = r.nr, j = r.j, na = r.na;

	for (k = 0; k < nr || k < na; k++)
		if (k < nr && k < na)
			para_change(d, DIFF_CHANGED, j + k + 1, a->v[i + k],
			    b->v[j + k]);
		else if (k < nr)
			para_change(d, DIFF_REMOVED, i + k + 1, a->v[i + k],
			    NULL);
		else
			para_change(d, DIFF_ADDED, j + k + 1, NULL,
			    b->v[j + k]);
}

/* The longest common subsequence of paragraphs, walked from the start. */
static void
paras_diff(struct diff *d, const struct paras *a, const struct paras *b)
{
	size_t	 n = a->n, m = b->n, i, j, ri, rj;
	size_t	*L = xreallocarray(NULL, (n + 1) * (m + 1), sizeof(*L));

#define AT(x, y)	L[(x) * (m + 1) + (y)]
	for (i = n + 1; i-- > 0;)
		for (j = m + 1; j-- > 0;)
			AT(i, j) = i == n || j == m ? 0 :
			    strcmp(a->v[i], b->v[j]) == 0 ? AT(i + 1, j + 1) + 1 :
			    AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) :
			    AT(i, j + 1);
	i = j = ri = rj = 0;
	while (i < n || j < m) {
		if (i < n && j < m && strcmp(a->v[i], b->v[j]) == 0) {
			para_run(d, a, b, (struct run){ ri, i - ri, rj,
			    j - rj });
			ri = ++i;
			rj = ++j;
		} else if (j == m || (i < n && AT(i + 1, j) >= AT(i, j + 1)))
			i++;
		else
			j++;
	}
	para_run(d, a, b, (struct run){ ri, i - ri, rj, j - rj });
#undef AT
	free(L);
}

static void
paras_free(struct paras *p)
{
	size_t	 i;

	for (i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
}

void
diff_charter(struct diff *d, const struct model *from,
    const struct model *to)
{
	static const struct text	 none;
	const struct charter		*a = from->charter, *b = to->charter;
	struct paras			 pa, pb;
	struct diff_fields		 f = { d, NULL, "charter", NULL };

	if (a != NULL && b != NULL) {
		diff_field_str(&f, "title", &a->title, &b->title);
		diff_field_str(&f, "subtitle", &a->subtitle, &b->subtitle);
		diff_field_str(&f, "adopted", &a->adopted, &b->adopted);
		diff_field_str(&f, "version", &a->version, &b->version);
	} else if (a != NULL || b != NULL)
		diff_record_added(d, a == NULL ? DIFF_ADDED : DIFF_REMOVED,
		    "charter", NULL, (a != NULL ? a : b)->title.s);
	paras_split(a != NULL ? &a->body : &none, &pa);
	paras_split(b != NULL ? &b->body : &none, &pb);
	paras_diff(d, &pa, &pb);
	paras_free(&pa);
	paras_free(&pb);
}
