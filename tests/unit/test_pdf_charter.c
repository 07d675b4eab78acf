/*
 * The charter booklet: the imposition order as a pure function, then
 * the two PDFs built by the binary and read back with poppler and qpdf:
 * page sizes and counts, the blank padding, the text of each half of
 * each imposed sheet against the page that should be there, crop marks
 * and their boxes, what the cover, the chapters, the signatories and
 * the back cover show, and the same bytes twice.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../generator/render/pdf/typeset/pdf_impose.h"
#include "../../generator/util/buf.h"
#include "helpers.h"

TestSuite(pdf_charter, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

Test(impose, eight_pages_fold_as_a_print_shop_expects)
{
	size_t	 want[4][2] = { { 8, 1 }, { 2, 7 }, { 6, 3 }, { 4, 5 } };
	size_t	 s, l, r;

	cr_assert_eq(pdf_impose_slots(8), 8);
	for (s = 0; s < 4; s++) {
		pdf_impose_side(8, s, &l, &r);
		cr_assert_eq(l + 1, want[s][0], "side %zu left", s);
		cr_assert_eq(r + 1, want[s][1], "side %zu right", s);
	}
}

Test(impose, every_slot_once_and_blanks_before_the_back_cover)
{
	size_t	 n, N, s, l, r, seen[64], pages[64];
	long	 p;

	for (n = 1; n <= 60; n++) {
		N = pdf_impose_slots(n);
		cr_assert(N % 4 == 0 && N >= n && N - n < 4, "n %zu", n);
		memset(seen, 0, sizeof(seen));
		for (s = 0; s < N / 2; s++) {
			pdf_impose_side(N, s, &l, &r);
			cr_assert(l < N && r < N);
			seen[l]++;
			seen[r]++;
			/* Facing halves of a folded stack add up. */
			cr_assert_eq(l + r, N - 1, "n %zu side %zu", n, s);
			/* The front of a sheet has the later page on the left. */
			cr_assert_eq(s % 2 == 0, l > r, "n %zu side %zu", n, s);
		}
		memset(pages, 0, sizeof(pages));
		for (s = 0; s < N; s++) {
			cr_assert_eq(seen[s], 1, "n %zu slot %zu", n, s);
			p = pdf_impose_page(n, s);
			if (n == 1)
				cr_assert_eq(p, s == 0 ? 0 : -1, "one page: "
				    "the front");
			else if (s + 1 == N)
				cr_assert_eq(p, (long)n - 1, "back cover last");
			else if (s + 1 < n)
				cr_assert_eq(p, (long)s, "reading order");
			else
				cr_assert_eq(p, -1, "n %zu: slot %zu blank", n,
				    s);
			if (p >= 0)
				pages[p]++;
		}
		for (s = 0; s < n; s++)
			cr_assert_eq(pages[s], 1, "n %zu page %zu", n, s);
	}
}

#define READING "out/pdf/charte.pdf"
#define IMPOSED "out/pdf/charte-impression.pdf"

/* A number printed by pdfinfo after key ("Pages:"), or -1. */
static double
info_number(const char *pdf, const char *key, int field)
{
	char	 cmd[512], *out, *at;
	double	 v[4] = { -1, -1, -1, -1 };

	snprintf(cmd, sizeof(cmd), "pdfinfo -box %s", pdf);
	out = test_sh(cmd, NULL);
	if ((at = strstr(out, key)) != NULL) {
		at += strlen(key);
		if (sscanf(at, " %lf x %lf", &v[0], &v[1]) < 1)
			sscanf(at, " %lf %lf %lf %lf", &v[0], &v[1], &v[2],
			    &v[3]);
		if (strncmp(key, "TrimBox", 7) == 0 ||
		    strncmp(key, "MediaBox", 8) == 0)
			sscanf(at, " %lf %lf %lf %lf", &v[0], &v[1], &v[2],
			    &v[3]);
	}
	free(out);
	return v[field];
}

/* The text of a page, or of the rectangle of it, whitespace squeezed. */
static char *
text_of(const char *pdf, int page, double x, double w, double h)
{
	char		 cmd[512], *raw;
	struct buf	 b = BUF_INIT;
	const char	*p;

	if (w > 0)
		snprintf(cmd, sizeof(cmd), "pdftotext -enc UTF-8 -f %d -l %d "
		    "-x %d -y 0 -W %d -H %d %s - 2>/dev/null", page, page,
		    (int)(x + 0.5), (int)(w + 0.5), (int)(h + 0.5), pdf);
	else
		snprintf(cmd, sizeof(cmd), "pdftotext -enc UTF-8 -f %d -l %d "
		    "%s - 2>/dev/null", page, page, pdf);
	raw = test_sh(cmd, NULL);
	for (p = raw; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\f' || *p == '\t') {
			if (b.len > 0 && b.data[b.len - 1] != ' ')
				buf_putc(&b, ' ');
		} else
			buf_putc(&b, *p);
	}
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	buf_putc(&b, '\0');
	free(raw);
	return buf_detach(&b);
}

/*
 * Each half of each side of the imposed file reads as the page of
 * charte.pdf that the imposition puts there, or as nothing (a blank).
 * Returns the booklet's number of pages.
 */
static int
check_imposition(int *blanks)
{
	int	 n = (int)info_number(READING, "Pages:", 0);
	int	 sides = (int)info_number(IMPOSED, "Pages:", 0);
	double	 pw = info_number(READING, "Page size:", 0);
	double	 sw = info_number(IMPOSED, "Page size:", 0);
	double	 sh = info_number(IMPOSED, "Page size:", 1);
	size_t	 N = pdf_impose_slots((size_t)n), slot[2], s, k;
	char	*want, *got;
	long	 p;

	cr_assert_gt(n, 1);
	*blanks = 0;
	cr_assert_eq(sides, (int)N / 2, "%d pages on %d sides", n, sides);
	for (s = 0; s < (size_t)sides; s++) {
		pdf_impose_side(N, s, &slot[0], &slot[1]);
		for (k = 0; k < 2; k++) {
			p = pdf_impose_page((size_t)n, slot[k]);
			want = p < 0 ? strdup("") : text_of(READING, (int)p + 1,
			    0, 0, 0);
			got = text_of(IMPOSED, (int)s + 1, (sw - 2 * pw) / 2 +
			    (double)k * pw, pw, sh);
			cr_assert_str_eq(got, want, "side %zu, %s half: slot "
			    "%zu", s + 1, k ? "right" : "left", slot[k] + 1);
			if (*got == '\0')
				(*blanks)++;
			free(want);
			free(got);
		}
	}
	return n;
}

Test(pdf_charter, sample_is_an_a5_booklet_imposed_on_a4)
{
	int	 blanks;

	test_build(NULL, "out", NULL);
	cr_assert_float_eq(info_number(READING, "Page size:", 0), 419.53,
	    0.01);
	cr_assert_float_eq(info_number(READING, "Page size:", 1), 595.28,
	    0.01);
	cr_assert_float_eq(info_number(IMPOSED, "Page size:", 0), 841.89,
	    0.01);
	cr_assert_float_eq(info_number(IMPOSED, "Page size:", 1), 595.28,
	    0.01);
	cr_assert_eq(check_imposition(&blanks), 8);
	cr_assert_eq(blanks, 0);
}

/* A charter whose pages are not a multiple of four. */
static const char charter_short[] =
"---\n"
"title: \"Charte d'essai\"\n"
"subtitle: \"Un sous-titre\"\n"
"adopted: 2024-03-05\n"
"version: \"2.1\"\n"
"signatories: [p, q]\n"
"---\n"
"\n"
"Un préambule court.\n"
"\n"
"## Premier chapitre\n"
"\n"
"1. Une règle numérotée, assez longue pour passer à la ligne dans une "
"page A5 au moins une fois.\n"
"2. Une deuxième règle.\n"
"\n"
"## Second chapitre\n"
"\n"
"- Une règle à puce.\n"
"- Une autre règle à puce.\n"
"\n"
"## Troisième chapitre\n"
"\n"
"Un paragraphe plus long, qui occupe la page : chacun respecte les "
"lieux, les personnes et les règles communes, parle calmement, écoute "
"l’autre, demande de l’aide à un médiateur quand le dialogue devient "
"difficile et prévient un agent quand une situation dégénère. Les "
"institutions s’engagent à répondre, à expliquer leurs décisions et à "
"faire le point chaque année avec les habitants.\n"
"\n"
"Un paragraphe plus long, qui occupe la page : chacun respecte les "
"lieux, les personnes et les règles communes, parle calmement, écoute "
"l’autre, demande de l’aide à un médiateur quand le dialogue devient "
"difficile et prévient un agent quand une situation dégénère. Les "
"institutions s’engagent à répondre, à expliquer leurs décisions et à "
"faire le point chaque année avec les habitants.\n";

Test(pdf_charter, blank_pages_pad_the_booklet_before_the_back_cover)
{
	struct buf	 md = BUF_INIT;
	struct tfile	 f[1];
	int		 n = 0, blanks, k;
	double		 pw, sw, sh;
	char		*outer, *back;

	/* Paragraphs more until the pages are not a multiple of four. */
	buf_puts(&md, charter_short);
	for (k = 0; k < 12; k++) {
		f[0].path = "charter.md";
		f[0].text = buf_cstr(&md);
		test_content(f, 1);
		test_build("content", "out", NULL);
		if ((n = (int)info_number(READING, "Pages:", 0)) % 4 != 0)
			break;
		buf_puts(&md, "\nUn paragraphe de plus, pour allonger le "
		    "livret d’une dizaine de lignes : chacun respecte les "
		    "lieux, les personnes et les règles communes, parle "
		    "calmement, écoute l’autre et demande de l’aide à un "
		    "médiateur quand le dialogue devient difficile ; les "
		    "institutions répondent, expliquent leurs décisions et "
		    "font le point chaque année avec les habitants.\n");
	}
	cr_assert_neq(n % 4, 0, "no fixture needed padding");
	cr_assert_eq(check_imposition(&blanks), n);
	cr_assert_eq(blanks, 4 - n % 4, "%d pages, %d blank halves", n,
	    blanks);
	/* The back cover is on the left of the first side: outside. */
	pw = info_number(READING, "Page size:", 0);
	sw = info_number(IMPOSED, "Page size:", 0);
	sh = info_number(IMPOSED, "Page size:", 1);
	outer = text_of(IMPOSED, 1, (sw - 2 * pw) / 2, pw, sh);
	back = text_of(READING, n, 0, 0, 0);
	cr_assert(strstr(back, "Ne pas jeter sur la voie publique") != NULL,
	    "the back cover: %s", back);
	cr_assert(strstr(back, "Contact") == NULL, "no coordinator, no "
	    "contact heading");
	cr_assert_str_eq(outer, back);
	free(outer);
	free(back);
	buf_release(&md);
}

Test(pdf_charter, crop_marks_put_the_trim_in_a_larger_sheet)
{
	double	 m[4], t[4];
	int	 i, blanks;

	test_build(NULL, "out", "--crop-marks");
	for (i = 0; i < 4; i++) {
		m[i] = info_number(IMPOSED, "MediaBox:", i);
		t[i] = info_number(IMPOSED, "TrimBox:", i);
	}
	/* The trim is the A5 spread (2 × 148 × 210 mm), centred. */
	cr_assert_float_eq(t[2] - t[0], 2 * 419.53, 0.02);
	cr_assert_float_eq(t[3] - t[1], 595.28, 0.02);
	cr_assert_float_eq(t[0] - m[0], m[2] - t[2], 0.02);
	cr_assert_float_eq(t[1] - m[1], m[3] - t[3], 0.02);
	cr_assert_gt(t[0] - m[0], 20, "room for the marks");
	cr_assert_float_eq(info_number(IMPOSED, "BleedBox:", 0), t[0] - 8.5,
	    0.02);
	cr_assert_eq(check_imposition(&blanks), 8);
	/* Without them the sheet is A4 and the trim is the sheet. */
	test_build(NULL, "out", NULL);
	cr_assert_float_eq(info_number(IMPOSED, "TrimBox:", 2), 841.89, 0.01);
}

Test(pdf_charter, booklet_shows_the_charter_and_its_people)
{
	char	*cover, *back, *all, *outline;
	int	 n, i;
	char	 num[16], *page;

	test_build(NULL, "out", NULL);
	n = (int)info_number(READING, "Pages:", 0);
	cover = text_of(READING, 1, 0, 0, 0);
	cr_assert(strstr(cover, "Livret de bonne conduite au sein de "
	    "l’espace public") != NULL, "%s", cover);
	cr_assert(strstr(cover, "Écrit ensemble par les habitants") != NULL);
	cr_assert(strstr(cover, "CLSPD de Villeneuve") != NULL);
	cr_assert(strstr(cover, "Adoptée le 18 novembre 2025") != NULL,
	    "%s", cover);
	cr_assert(strstr(cover, "Version 1.0") != NULL);
	back = text_of(READING, n, 0, 0, 0);
	cr_assert(strstr(back, "Camille Besnard") != NULL, "%s", back);
	cr_assert(strstr(back, "camille.besnard@villeneuve.example") != NULL);
	cr_assert(strstr(back, "01 99 00 12 34") != NULL);
	cr_assert(strstr(back, "CLSPD de Villeneuve") != NULL);
	all = test_sh("pdftotext -enc UTF-8 " READING " - | tr -s ' \\n' "
	    "'  '", NULL);
	cr_assert(strstr(all, "Préambule") != NULL);
	cr_assert(strstr(all, "1 Je partage l’espace public") != NULL,
	    "a chapter opens with its number");
	cr_assert(strstr(all, "5 Les institutions s’engagent") != NULL);
	cr_assert(strstr(all, "Signataires") != NULL);
	cr_assert(strstr(all, "Villibus, réseau de transport urbain") != NULL);
	cr_assert(strstr(all, "Ville de Villeneuve") != NULL);
	/* Numbered pages but the covers. */
	for (i = 2; i < n; i++) {
		snprintf(num, sizeof(num), " %d", i);
		page = text_of(READING, i, 0, 0, 0);
		cr_assert(strlen(page) > strlen(num) && strcmp(page +
		    strlen(page) - strlen(num), num) == 0, "page %d ends "
		    "with its number: …%s", i, page + (strlen(page) > 40 ?
		    strlen(page) - 40 : 0));
		free(page);
	}
	outline = test_sh("qpdf --json --json-key=outlines " READING,
	    NULL);
	cr_assert(strstr(outline, "\"title\": \"Préambule\"") != NULL,
	    "%s", outline);
	cr_assert(strstr(outline, "\"title\": \"Dans les transports\"") !=
	    NULL);
	cr_assert(strstr(outline, "\"title\": \"Signataires\"") != NULL);
	free(cover);
	free(back);
	free(all);
	free(outline);
}

/*
 * A label the theme leaves empty prints as its key, as it always has;
 * the litter line, empty, is left out.
 */
Test(pdf_charter, empty_labels_print_their_keys)
{
	struct tfile	 f[] = {
		{ "charter.md", charter_short },
		{ "theme/strings/fr.yaml", "preamble: \"\"\ncharter: \"\"\n"
		  "charter_litter: \"\"\n" },
	};
	char		*all;

	test_content(f, 2);
	test_build("content", "out", NULL);
	all = test_sh("pdftotext -enc UTF-8 " READING " - | tr -s ' \\n' "
	    "'  '", NULL);
	cr_assert(strstr(all, "preamble Un préambule court.") != NULL, "%s",
	    all);
	cr_assert(strstr(all, "Préambule") == NULL);
	cr_assert(strstr(all, "charter Charte d’essai") != NULL, "%s", all);
	cr_assert(strstr(all, "charter_litter") == NULL);
	cr_assert(strstr(all, "Ne pas jeter") == NULL);
	free(all);
}

Test(pdf_charter, same_bytes_every_time)
{
	char	*a, *b, *c, *d;
	size_t	 la, lb, lc, ld;

	test_build(NULL, "one", NULL);
	setenv("CLSPD_JOBS", "1", 1);
	test_build(NULL, "two", NULL);
	unsetenv("CLSPD_JOBS");
	a = test_read("one/pdf/charte.pdf", &la);
	b = test_read("two/pdf/charte.pdf", &lb);
	c = test_read("one/pdf/charte-impression.pdf", &lc);
	d = test_read("two/pdf/charte-impression.pdf", &ld);
	cr_assert(la == lb && memcmp(a, b, la) == 0);
	cr_assert(lc == ld && memcmp(c, d, lc) == 0);
	free(a);
	free(b);
	free(c);
	free(d);
}

Test(pdf_charter, no_charter_no_booklet)
{
	char	*index;
	size_t	 len;

	test_content(NULL, 0);
	test_build("content", "out", NULL);
	cr_assert(access(READING, F_OK) == -1);
	cr_assert(access(IMPOSED, F_OK) == -1);
	cr_assert(access("out/pdf/rapport-2025.pdf", F_OK) == 0 ||
	    access("out/pdf", F_OK) == 0);
	index = test_read("out/site/index.html", &len);
	cr_assert(memmem(index, len, "charte", 6) == NULL);
	free(index);
}

/* A body that opens on a chapter has no preamble. */
Test(pdf_charter, chapter_first_means_no_preamble)
{
	struct tfile	 f[] = { { "charter.md", "---\ntitle: T\n---\n\n"
			    "## Seul chapitre\n\nUne règle.\n" } };
	char		*all;

	test_content(f, 1);
	test_build("content", "out", NULL);
	all = test_sh("pdftotext -enc UTF-8 " READING " - | tr -s ' \\n' "
	    "'  '", NULL);
	cr_assert(strstr(all, "Préambule") == NULL, "%s", all);
	cr_assert(strstr(all, "1 Seul chapitre Une règle.") != NULL, "%s",
	    all);
	cr_assert(strstr(all, "Signataires") == NULL, "no signatory");
	free(all);
}

/* A title too long for the cover's band at its size is set smaller. */
Test(pdf_charter, long_title_stays_in_the_cover_band)
{
	struct buf	 md = BUF_INIT;
	struct tfile	 f[1];
	char		*bbox, *at;
	double		 x1, y1;
	int		 i, words = 0;

	buf_puts(&md, "---\ntitle: \"Charte");
	for (i = 0; i < 40; i++)
		buf_puts(&md, " Zygomorphe");
	buf_puts(&md, "\"\n---\n\nTexte.\n");
	f[0].path = "charter.md";
	f[0].text = buf_cstr(&md);
	test_content(f, 1);
	test_build("content", "out", NULL);
	bbox = test_sh("pdftotext -bbox -f 1 -l 1 " READING " -", NULL);
	for (at = bbox; (at = strstr(at, "xMax=\"")) != NULL; at++) {
		char	*w = strchr(at, '>');

		sscanf(at, "xMax=\"%lf\" yMax=\"%lf\"", &x1, &y1);
		if (w == NULL || strncmp(w + 1, "Zygomorphe", 10) != 0)
			continue;
		words++;
		cr_assert_lt(x1, 419.53 - 30, "inside the margins");
		/* The band is 62 % of the page at least. */
		cr_assert_lt(y1, 595.28 - 100, "inside the band");
	}
	cr_assert_eq(words, 40, "no title word hyphenated: %s", bbox);
	free(bbox);
	buf_release(&md);
}

/*
 * Every word of every page of pdf (or of page only, when not 0) inside
 * the page and apart from every other (pdftotext -bbox): nothing cut by
 * the trim, nothing printed over something else.
 */
static void
assert_words_apart(const char *pdf, int only)
{
	char		 cmd[512], *out, *at, *end;
	struct word {
		double	 x0, y0, x1, y1;
		char	 text[64];
	}		*w = NULL;
	size_t		 n = 0, cap = 0, j;
	double		 pw = 0, ph = 0;
	int		 page = 0;

	if (only > 0)
		snprintf(cmd, sizeof(cmd), "pdftotext -bbox -f %d -l %d %s -",
		    only, only, pdf);
	else
		snprintf(cmd, sizeof(cmd), "pdftotext -bbox %s -", pdf);
	out = test_sh(cmd, NULL);
	for (at = out; at != NULL && *at != '\0'; at = end) {
		end = strchr(at, '\n');
		if (end != NULL)
			*end++ = '\0';
		if (sscanf(at, " <page width=\"%lf\" height=\"%lf\"", &pw,
		    &ph) == 2) {
			page++;
			n = 0;
			continue;
		}
		if (strstr(at, "<word ") == NULL)
			continue;
		if (n == cap)
			w = realloc(w, (cap = cap ? cap * 2 : 256) *
			    sizeof(*w));
		cr_assert(w != NULL);
		memset(&w[n], 0, sizeof(w[n]));
		cr_assert_eq(sscanf(at, " <word xMin=\"%lf\" yMin=\"%lf\" "
		    "xMax=\"%lf\" yMax=\"%lf\">%63[^<]", &w[n].x0, &w[n].y0,
		    &w[n].x1, &w[n].y1, w[n].text), 5, "%s", at);
		cr_assert(w[n].x0 >= 10 && w[n].x1 <= pw - 10 &&
		    w[n].y0 >= 10 && w[n].y1 <= ph - 10, "page %d: '%s' at "
		    "%.0f,%.0f–%.0f,%.0f leaves the page", page, w[n].text,
		    w[n].x0, w[n].y0, w[n].x1, w[n].y1);
		/*
		 * Glyph boxes are the font's ascent to descent: lines of a
		 * title set solid touch. Words overlap when they share a
		 * third of the shorter one's height.
		 */
		for (j = 0; j < n; j++) {
			double	 dy = (w[n].y1 < w[j].y1 ? w[n].y1 : w[j].y1) -
				    (w[n].y0 > w[j].y0 ? w[n].y0 : w[j].y0);
			double	 hmin = w[n].y1 - w[n].y0 < w[j].y1 - w[j].y0 ?
				    w[n].y1 - w[n].y0 : w[j].y1 - w[j].y0;

			cr_assert(w[n].x0 >= w[j].x1 - 0.5 ||
			    w[j].x0 >= w[n].x1 - 0.5 || dy < hmin / 3,
			    "page %d: '%s' over '%s'", page, w[n].text,
			    w[j].text);
		}
		n++;
	}
	cr_assert_gt(page, 0);
	free(w);
	free(out);
}

/*
 * An intercommunal council names its communes, an email is long, a
 * council's name takes lines: the covers make room for them.
 */
Test(pdf_charter, long_names_stay_on_the_covers_and_apart)
{
	struct buf	 yaml = BUF_INIT;
	struct tfile	 f[2];
	char		*all;
	int		 i;

	buf_puts(&yaml, "council: \"CISPD de la Communauté de communes du "
	    "Val de Lys, des Coteaux et de la Forêt d’Orient\"\n"
	    "territory: \"Villeneuve");
	for (i = 0; i < 24; i++)
		buf_printf(&yaml, ", Saint-Martin-des-Champs-%d", i);
	buf_puts(&yaml, "\"\nyear: 2025\ncoordinator:\n  name: Camille\n"
	    "  email: prenom.nom-compose-tres-long-vraiment@mairie-"
	    "villeneuve-sur-lys-et-coteaux.example\n"
	    "  phone: \"01 99 00 12 34\"\nthematics:\n  - id: t\n"
	    "    title: Thématique\n");
	f[0].path = "clspd.yaml";
	f[0].text = buf_cstr(&yaml);
	f[1].path = "charter.md";
	f[1].text = charter_short;
	test_content(f, 2);
	test_build("content", "out", NULL);
	assert_words_apart(READING, 0);
	/* The report's cover too: the communes above the year. */
	assert_words_apart("out/pdf/rapport-2025.pdf", 1);
	all = test_sh("pdftotext -enc UTF-8 " READING " - | tr -s ' \\n' "
	    "'  '", NULL);
	cr_assert(strstr(all, "Saint-Martin-des-Champs-23") != NULL,
	    "the last commune is on the page");
	free(all);
	buf_release(&yaml);
}

/* The sample's pages, too, have every word inside and apart. */
Test(pdf_charter, sample_words_inside_and_apart)
{
	test_build(NULL, "out", NULL);
	assert_words_apart(READING, 0);
}

/*
 * Absurd lengths (a council named eight times, a 200-word title, a
 * version of 300 characters, 60 communes): the covers stop each text at
 * a few lines with "…", and nothing leaves the page or overlaps.
 */
Test(pdf_charter, absurd_lengths_stay_on_the_covers)
{
	struct buf	 yaml = BUF_INIT, md = BUF_INIT, name = BUF_INIT;
	struct tfile	 f[3];
	char		*cover, *sign;
	int		 i, n;

	buf_puts(&yaml, "council: \"");
	for (i = 0; i < 8; i++)
		buf_puts(&yaml, "Conseil intercommunal de prévention ");
	buf_puts(&yaml, "\"\nterritory: \"Communes");
	for (i = 0; i < 60; i++)
		buf_printf(&yaml, ", Saint-Martin-%d", i);
	buf_puts(&yaml, "\"\nyear: 2025\ncoordinator:\n  name: Camille\n"
	    "thematics:\n  - id: t\n    title: Thématique\n");
	buf_puts(&md, "---\ntitle: \"Charte");
	for (i = 0; i < 200; i++)
		buf_puts(&md, " Anticonstitutionnellement");
	buf_puts(&md, "\"\nversion: \"");
	for (i = 0; i < 300; i++)
		buf_putc(&md, 'v');
	buf_puts(&md, "\"\nadopted: 2025-11-18\nsignatories: [p, q]\n---\n\n"
	    "Texte.\n");
	buf_puts(&name, "name: \"Partenaire");
	for (i = 0; i < 60; i++)
		buf_puts(&name, " interminablement");
	buf_puts(&name, "\"\nkind: commune\n");
	f[0].path = "clspd.yaml";
	f[0].text = buf_cstr(&yaml);
	f[1].path = "charter.md";
	f[1].text = buf_cstr(&md);
	f[2].path = "partners/p.yaml";
	f[2].text = buf_cstr(&name);
	test_content(f, 3);
	test_build("content", "out", NULL);
	n = (int)info_number(READING, "Pages:", 0);
	assert_words_apart(READING, 1);
	assert_words_apart(READING, n);
	/* A name of 60 words stops at four lines: its row fits a page. */
	sign = text_of(READING, n - 1, 0, 0, 0);
	cr_assert(strstr(sign, "Signataires Partenaire interminablement") !=
	    NULL && strstr(sign, "…") != NULL, "%s", sign);
	free(sign);
	buf_release(&name);
	cover = text_of(READING, 1, 0, 0, 0);
	cr_assert(strstr(cover, "Anticonstitutionnellement…") != NULL, "%s",
	    cover);
	cr_assert(strstr(cover, "Adoptée le 18 novembre 2025") != NULL);
	free(cover);
	buf_release(&yaml);
	buf_release(&md);
}

/*
 * One builder for the contact links (escape_mailto): the charter's back
 * cover links an address with "?" and "%" as the site does, encoded; the
 * PDF kept them raw before, which made "?" start a query.
 */
Test(pdf_charter, contact_links_are_the_sites)
{
	static const char	 yaml[] = "council: CLSPD de Villeneuve\n"
	    "territory: Villeneuve\nyear: 2025\ncoordinator:\n"
	    "  name: Camille\n  email: \"ca?mi%lle@ville.example\"\n"
	    "  phone: \"+33 (0)1 99 00 12 34\"\nthematics:\n  - id: t\n"
	    "    title: Thématique\n";
	struct tfile		 f[2] = { { "clspd.yaml", yaml },
				    { "charter.md", charter_short } };
	char			*uris, *site;

	test_content(f, 2);
	test_build("content", "out", NULL);
	uris = test_sh("qpdf --qdf --object-streams=disable " READING
	    " - | grep -a -o '/URI ([^)]*)' | sort", NULL);
	cr_assert_str_eq(uris, "/URI (mailto:ca%3Fmi%25lle@ville.example)\n"
	    "/URI (tel:+33199001234)\n");
	site = test_read("out/site/index.html", NULL);
	cr_assert(strstr(site, "href=\"mailto:ca%3Fmi%25lle@ville.example\"")
	    != NULL, "the site's link");
	cr_assert(strstr(site, "href=\"tel:+33199001234\"") != NULL,
	    "the site's link");
	free(uris);
	free(site);
}

/*
 * A title from YAML gets French typography as Markdown does: the
 * apostrophe typed straight is the typographic one on the cover and on
 * the site's page (issue 13: "l'espace public" on the booklet's cover).
 */
Test(pdf_charter, yaml_title_gets_the_typographic_apostrophe)
{
	static const struct tfile f[] = {
		{ "charter.md", "---\ntitle: Charte de l'espace public\n---\n\n"
		  "## Respect\n\nChacun respecte l'espace public.\n" },
	};
	char	*cover, *html;
	size_t	 len;

	test_content(f, 1);
	test_build("content", "out", NULL);
	cover = text_of(READING, 1, 0, 0, 0);
	cr_assert(strstr(cover, "Charte de l\u2019espace public") != NULL,
	    "%s", cover);
	cr_assert(strstr(cover, "l'espace") == NULL, "%s", cover);
	html = test_read("out/site/charter.html", &len);
	cr_assert(strstr(html, "<h1>Charte de l\u2019espace public</h1>") !=
	    NULL || strstr(html, "Charte de l\u2019espace public</h1>") !=
	    NULL, "%s", html);
	free(html);
	free(cover);
}
