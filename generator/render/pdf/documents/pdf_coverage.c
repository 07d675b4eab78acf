/*
 * Characters of the content that the PDF cannot show (see
 * pdf_coverage.h): every text of the model, against the character map
 * of the theme's regular font.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include "../../../util/alloc.h"
#include "../../../util/buf.h"
#include "../../../util/utf8.h"
#include "../../../util/i18n.h"
#include "pdf_coverage.h"

#define MAX_CP	0x110000

struct coverage {
	HPDF_FontDef	 def;
	uint8_t		*known;		/* per BMP code point: 1 asked */
	uint8_t		*has;		/* 1 in the font */
	uint8_t		*seen;		/* per code point: reported */
	struct diags	*d;
	int		 failed;
};

static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	(void)error;
	(void)detail;
	((struct coverage *)data)->failed = 1;
}

static int
covered(struct coverage *c, uint32_t cp)
{
	if (cp > 0xFFFF)
		return 0;
	if (!c->known[cp]) {
		c->known[cp] = 1;
		c->has[cp] = HPDF_TTFontDef_GetGlyphid(c->def,
		    (HPDF_UINT16)cp) != 0;
	}
	return c->has[cp];
}

#define SHOWN	5	/* characters named in one warning */

/* The characters of one text the PDF cannot show, for one reason. */
struct unshown {
	struct pos	 first;
	struct buf	 names;
	size_t		 found;
};

static void
unshown_add(struct unshown *u, uint32_t cp, struct pos at)
{
	char	 ch[8];

	if (u->found++ == 0)
		u->first = at;
	if (u->found <= SHOWN) {
		ch[utf8_encode(cp, ch)] = '\0';
		buf_printf(&u->names, "%s%s (U+%04X)", u->found > 1 ? ", " : "",
		    ch, (unsigned)cp);
	}
}

/*
 * The warning of u: rtl says which, the font's missing glyphs or
 * right-to-left letters.
 */
static void
unshown_warn(struct coverage *c, struct unshown *u, struct pos pos,
    int exact, int rtl)
{
	if (u->found > SHOWN)
		buf_printf(&u->names, ngettext(" and %zu more",
		    " and %zu more", u->found - SHOWN), u->found - SHOWN);
	if (u->found > 0 && !rtl)
		diag_warning(c->d, exact ? u->first : pos, ngettext(
		    "the PDF's font has no glyph for %s: the PDF leaves it "
		    "out (the site shows it)",
		    "the PDF's font has no glyph for %s: the PDF leaves them "
		    "out (the site shows them)", u->found),
		    buf_cstr(&u->names));
	else if (u->found > 0)
		diag_warning(c->d, exact ? u->first : pos, ngettext(
		    "the PDF cannot set the right-to-left letters %s: the "
		    "PDF leaves it out (the site shows it)",
		    "the PDF cannot set the right-to-left letters %s: the "
		    "PDF leaves them out (the site shows them)", u->found),
		    buf_cstr(&u->names));
	buf_release(&u->names);
}

/*
 * Checks s[0..len) written at pos, and reports the characters it is the
 * first to use that the PDF cannot show: those the font lacks, and the
 * letters of right-to-left scripts, which the typesetter cannot set (one
 * warning for each reason). exact: the text is a file's, whose positions
 * inside are exact (the warning is then at the first such character;
 * else at pos, the string's place in YAML).
 */
static void
scan(struct coverage *c, const char *s, size_t len, struct pos pos,
    int exact)
{
	struct pos	 at = pos;
	struct unshown	 glyph, rtl;
	uint32_t	 cp;
	size_t		 i = 0, n;

	memset(&glyph, 0, sizeof(glyph));
	memset(&rtl, 0, sizeof(rtl));
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			if (exact) {
				if (s[i] == '\n') {
					at.line++;
					at.col = 1;
				} else
					at.col++;
			}
			i++;
			continue;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0)
			n = 1;
		else if (cp < MAX_CP && !c->seen[cp] && !utf8_invisible(cp) &&
		    (utf8_rtl(cp) || !covered(c, cp))) {
			c->seen[cp] = 1;
			unshown_add(utf8_rtl(cp) ? &rtl : &glyph, cp, at);
		}
		i += n;
		if (exact)
			at.col++;
	}
	unshown_warn(c, &glyph, pos, exact, 0);
	unshown_warn(c, &rtl, pos, exact, 1);
}

static void
scan_str(struct coverage *c, const struct str *s)
{
	if (s->s != NULL)
		scan(c, s->s, strlen(s->s), s->pos, 0);
}

static void
scan_text(struct coverage *c, const struct text *t)
{
	size_t	 i;

	for (i = 0; i < t->n; i++)
		scan(c, t->items[i], t->lens[i], t->item_pos[i],
		    t->whole_file);
}

static void
scan_model(struct coverage *c, const struct model *m)
{
	const struct council	*co = &m->council;
	size_t			 i, j, k;

	scan_str(c, &co->council);
	scan_str(c, &co->territory);
	scan_str(c, &co->title);
	scan_str(c, &co->coordinator.name);
	for (i = 0; i < co->nthematics; i++) {
		scan_str(c, &co->thematics[i].title);
		scan_text(c, &co->thematics[i].description);
	}
	for (i = 0; i < m->npartners; i++) {
		scan_str(c, &m->partners[i].name);
		scan_str(c, &m->partners[i].short_name);
		scan_str(c, &m->partners[i].address);
		scan_text(c, &m->partners[i].description);
	}
	for (i = 0; i < m->nactions; i++) {
		const struct action	*a = &m->actions[i];

		scan_str(c, &a->title);
		scan_text(c, &a->description);
		scan_text(c, &a->objectives);
		scan_text(c, &a->public);
		scan_text(c, &a->identification);
		scan_text(c, &a->means);
		for (j = 0; j < a->nfunding; j++)
			for (k = 0; k < a->funding[j].n; k++)
				scan_str(c, &a->funding[j].v[k].note);
		scan_text(c, &a->evaluation);
		scan_text(c, &a->difficulties);
		scan_text(c, &a->suggestions);
		scan_text(c, &a->narrative);
	}
	for (i = 0; i < m->nindicators; i++) {
		const struct indicator	*ind = &m->indicators[i];

		scan_str(c, &ind->label);
		scan_str(c, &ind->unit);
		for (j = 0; j < ind->nbreakdown; j++)
			for (k = 0; k < ind->breakdown[j].n; k++)
				scan_str(c, &ind->breakdown[j].v[k].label);
		scan_text(c, &ind->source);
	}
	for (i = 0; i < m->npages; i++) {
		scan_str(c, &m->pages[i].title);
		scan_text(c, &m->pages[i].body);
	}
	if (m->charter != NULL) {
		scan_str(c, &m->charter->title);
		scan_str(c, &m->charter->subtitle);
		scan_str(c, &m->charter->version);
		scan_text(c, &m->charter->body);
	}
}

void
pdf_coverage_check(const struct model *m, const struct pdf_theme *t,
    struct diags *d)
{
	struct coverage	 c;
	HPDF_Doc	 pdf;
	const char	*name;

	if (t->fonts[PDF_REGULAR] == NULL)
		return;
	memset(&c, 0, sizeof(c));
	c.d = d;
	if ((pdf = HPDF_New(on_error, &c)) == NULL)
		return;
	if ((name = HPDF_LoadTTFontFromFile(pdf, t->fonts[PDF_REGULAR],
	    HPDF_FALSE)) != NULL && !c.failed &&
	    (c.def = HPDF_GetFontDef(pdf, name)) != NULL) {
		c.known = xcalloc(0x10000, 1);
		c.has = xcalloc(0x10000, 1);
		c.seen = xcalloc(MAX_CP, 1);
		scan_model(&c, m);
		free(c.known);
		free(c.has);
		free(c.seen);
	}
	HPDF_Free(pdf);
}
