/*
 * Hostile content, loaded in-process: each input must end in its error
 * diagnostic (the fuzzed YAML texts, which may be valid, just in some
 * result), fast, with bounded memory and no crash. Criterion runs each
 * test in its own process, so a crash shows as one.
 */
#include <sys/resource.h>

#include <criterion/criterion.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "helpers.h"

TestSuite(hostile, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp, .timeout = 60);

/*
 * The peak memory a hostile shape may take, in times its file: 64 in a
 * plain build (the quadratic code took 1.5 to 1.8 GiB for 4 MiB); four
 * times that under AddressSanitizer, whose shadow memory and quarantine
 * multiply every allocation (make sanitize).
 */
#if defined(__SANITIZE_ADDRESS__)
#define SHAPE_RSS_FACTOR	256
#else
#define SHAPE_RSS_FACTOR	64
#endif

/* A small fixed-seed generator (xorshift64), the same on every run. */
static uint64_t
rnd(uint64_t *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return *state;
}

/* Peak resident memory of this process, in KiB. */
static long
peak_kib(void)
{
	struct rusage	 ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* Loads the base content with one more file and returns the diagnostics. */
static char *
load_with(const char *path, const char *data, size_t len)
{
	test_content(NULL, 0);
	test_write_file(path, data, len);
	return test_diagnostics(NULL);
}

Test(hostile, alias_bomb)
{
	/*
	 * "Billion laughs": nine levels of nine aliases. The first alias
	 * stops the reading of the file; nothing is expanded.
	 */
	static const char	 bomb[] =
	    "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
	    "\"lol\",\"lol\"]\n"
	    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
	    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
	    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
	    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
	    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
	    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
	    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
	    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
	    "name: *i\n"
	    "kind: commune\n";
	char			*got;

	got = load_with("content/partners/lol.yaml", bomb, sizeof(bomb) - 1);
	cr_assert_str_eq(got,
	    "content/partners/lol.yaml:1:4: error: YAML anchors and aliases "
	    "are not allowed (anchor '&a')\n"
	    "content/partners/lol.yaml:2:4: error: YAML anchors and aliases "
	    "are not allowed (anchor '&b')\n"
	    "content/partners/lol.yaml:2:8: error: YAML anchors and aliases "
	    "are not allowed (alias '*a')\n");
	free(got);
}

Test(hostile, alias_bomb_in_front_matter)
{
	static const char	 page[] =
	    "---\n"
	    "x: &x [1, 2, 3]\n"
	    "title: [*x, *x, *x]\n"
	    "---\n"
	    "Texte.\n";
	char			*got;

	got = load_with("content/pages/lol.md", page, sizeof(page) - 1);
	cr_assert_str_eq(got,
	    "content/pages/lol.md:2:4: error: YAML anchors and aliases are not "
	    "allowed (anchor '&x')\n"
	    "content/pages/lol.md:3:9: error: YAML anchors and aliases are not "
	    "allowed (alias '*x')\n");
	free(got);
}

/* Writes n times c, after head, to path; returns the diagnostics. */
static char *
load_repeated(const char *path, const char *head, char c, size_t n)
{
	size_t	 hlen = strlen(head);
	char	*data = malloc(hlen + n + 1), *got;

	cr_assert_not_null(data);
	memcpy(data, head, hlen);
	memset(data + hlen, c, n);
	data[hlen + n] = '\n';
	got = load_with(path, data, hlen + n + 1);
	free(data);
	return got;
}

Test(hostile, deep_flow_sequences)
{
	char	*got;
	double	 t0 = test_now();

	/* The root list is level 1; the 65th '[' opens level 65. */
	got = load_repeated("content/partners/deep.yaml", "", '[', 200000);
	cr_assert_str_eq(got, "content/partners/deep.yaml:1:65: error: YAML "
	    "nested deeper than 64 levels\n");
	cr_assert_lt(test_now() - t0, 5.0);
	free(got);
}

Test(hostile, deep_flow_mappings)
{
	char	*got;

	/* "{" alone is a mapping whose first key is the next "{". */
	got = load_repeated("content/indicators/deep.yaml", "values: ", '{',
	    200000);
	cr_assert_str_eq(got, "content/indicators/deep.yaml:1:72: error: YAML "
	    "nested deeper than 64 levels\n");
	free(got);
}

Test(hostile, deep_block_sequences)
{
	size_t	 n = 100000, i;
	char	*data = malloc(2 * n + 2), *got;

	/* "- - - … x": nested lists; the 65th dash is at column 129. */
	cr_assert_not_null(data);
	for (i = 0; i < n; i++)
		memcpy(data + 2 * i, "- ", 2);
	memcpy(data + 2 * n, "x\n", 2);
	got = load_with("content/actions/deep.yaml", data, 2 * n + 2);
	free(data);
	cr_assert_str_eq(got, "content/actions/deep.yaml:1:129: error: YAML "
	    "nested deeper than 64 levels\n");
	free(got);
}

Test(hostile, scalar_of_20_mib)
{
	/*
	 * Written in 1 MiB pieces; the loader must refuse it from its size,
	 * without reading it: its peak memory must not grow by 4 MiB.
	 */
	static char	 piece[1024 * 1024];
	FILE		*f;
	int		 i;
	long		 before;
	double		 t0;
	char		*got;

	test_content(NULL, 0);
	memset(piece, 'x', sizeof(piece));
	cr_assert_not_null(f = fopen("content/partners/big.yaml", "wb"));
	fputs("name: ", f);
	for (i = 0; i < 20; i++)
		cr_assert_eq(fwrite(piece, 1, sizeof(piece), f), sizeof(piece));
	fputs("\nkind: commune\n", f);
	cr_assert_eq(fclose(f), 0);
	before = peak_kib();
	t0 = test_now();
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got, "content/partners/big.yaml:1:1: error: file "
	    "larger than 4 MiB\n");
	cr_assert_lt(test_now() - t0, 2.0);
	cr_assert_lt(peak_kib() - before, 2048, "peak memory grew by %ld KiB",
	    peak_kib() - before);
	free(got);
}

Test(hostile, many_keys_in_one_map)
{
	/*
	 * Nearly 4 MiB of distinct breakdown labels, then one repeated: the
	 * duplicate check must cost n log n, not n².
	 */
	size_t	 n = 270000, i, len = 0, cap = 16 * n + 128;
	char	*data = malloc(cap), *got;
	char	 want[160];
	double	 t0;

	cr_assert_not_null(data);
	len += (size_t)snprintf(data + len, cap - len, "action: a\nlabel: L\n"
	    "values: {2025: %zu}\nbreakdown:\n  2025:\n", n);
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(data + len, cap - len, "    k%zu: 1\n",
		    i);
	len += (size_t)snprintf(data + len, cap - len, "    k7: 1\n");
	cr_assert_leq(len, LOAD_MAX_FILE);
	t0 = test_now();
	got = load_with("content/indicators/i.yaml", data, len);
	free(data);
	/* Label k<i> is on line 6 + i; the repeated one after the last. */
	snprintf(want, sizeof(want), "content/indicators/i.yaml:%zu:5: error: "
	    "duplicate key 'k7' (first written at line 13)\n", 6 + n);
	cr_assert_str_eq(got, want);
	cr_assert_lt(test_now() - t0, 10.0);
	free(got);
}

Test(hostile, long_list_of_references)
{
	/* 300,000 references, half unknown: linear, and a capped report. */
	static const char	 want[] =
	    "content/actions/a.yaml:5:12: error: unknown partner 'zz': a "
	    "partner's id is the name of its file in partners/, without "
	    ".yaml; the partners are: p, q\n"
	    "content/actions/a.yaml:5:16: error: unknown partner 'zz': a "
	    "partner's id is the name of its file in partners/, without "
	    ".yaml; the partners are: p, q\n";
	size_t			 n = 150000, i, len = 0, cap = 8 * n + 128;
	char			*data = malloc(cap), *got;
	double			 t0;

	cr_assert_not_null(data);
	len += (size_t)snprintf(data + len, cap - len,
	    "title: A\nthematic: t\ndescription: D\nobjectives: O\n"
	    "partners: [");
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(data + len, cap - len, "zz, ");
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(data + len, cap - len, "p, ");
	len += (size_t)snprintf(data + len, cap - len, "q]\n");
	t0 = test_now();
	got = load_with("content/actions/a.yaml", data, len);
	free(data);
	/*
	 * "partners: [" is 11 characters, each "zz, " 4. 150,000 errors and
	 * 149,999 warnings ("p" listed twice); 1,000 errors are printed.
	 */
	cr_assert_eq(strncmp(got, want, strlen(want)), 0, "%.300s", got);
	cr_assert_not_null(strstr(got, "\nclspd: 298999 more diagnostics not "
	    "shown (149000 errors, 149999 warnings)\n"), "%s",
	    got + strlen(got) - 200);
	cr_assert_lt(test_now() - t0, 10.0);
	free(got);
}

Test(hostile, many_raw_html_nodes)
{
	/*
	 * 60,000 inline HTML nodes on one line, each at its column (with
	 * their texts, just under the limit of 100,000 elements a text).
	 */
	static const char	 want[] =
	    "content/actions/a.md:1:1: warning: raw HTML is not published; "
	    "write Markdown instead\n"
	    "content/actions/a.md:1:5: warning: raw HTML is not published; "
	    "write Markdown instead\n"
	    "content/actions/a.md:1:9: warning: raw HTML is not published; "
	    "write Markdown instead\n";
	size_t			 n = 30000, i;
	char			*data = malloc(8 * n + 1), *got;
	double			 t0;

	cr_assert_not_null(data);
	for (i = 0; i < n; i++)
		memcpy(data + 8 * i, "<b>x</b>", 8);
	data[8 * n] = '\n';
	t0 = test_now();
	got = load_with("content/actions/a.md", data, 8 * n + 1);
	free(data);
	cr_assert_eq(strncmp(got, want, strlen(want)), 0, "%.300s", got);
	cr_assert_lt(test_now() - t0, 10.0);
	free(got);
}

/* Fills buf with n random bytes from seed. */
static void
random_bytes(char *buf, size_t n, uint64_t seed)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		buf[i] = (char)(rnd(&seed) >> 56);
}

/* Whether got is exactly one error line for path, about the encoding. */
static void
assert_encoding_error(const char *got, const char *path)
{
	size_t	 plen = strlen(path);

	cr_assert_eq(strncmp(got, path, plen), 0, "%s", got);
	cr_assert_not_null(strstr(got, ": error: "), "%s", got);
	cr_assert(strstr(got, ": invalid UTF-8 (save the file as UTF-8)\n") !=
	    NULL || strstr(got, ": NUL byte in a text file\n") != NULL,
	    "%s", got);
	cr_assert_eq(strchr(got, '\n'), got + strlen(got) - 1, "%s", got);
}

Test(hostile, random_binary)
{
	static const char *const paths[] = {
		"content/partners/bin.yaml",
		"content/actions/a.md",
		"content/pages/bin.md",
		"content/charter.md",
		"content/clspd.yaml",
	};
	char	 data[65536], *got;
	size_t	 i;

	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		random_bytes(data, sizeof(data), 0x5eed0000 + i);
		got = load_with(paths[i], data, sizeof(data));
		assert_encoding_error(got, paths[i]);
		free(got);
		unlink(paths[i]);	/* test_content writes the base again */
	}
}

Test(hostile, random_binary_after_valid_start)
{
	/* A valid first line, then noise: the position is past line 1. */
	char	 data[4096], *got;

	memcpy(data, "name: P\n", 8);
	random_bytes(data + 8, sizeof(data) - 8, 42);
	got = load_with("content/partners/p.yaml", data, sizeof(data));
	assert_encoding_error(got, "content/partners/p.yaml:2:");
	free(got);
}

Test(hostile, invalid_utf8_forms)
{
	/* "address: ab" is 11 characters: the bad byte is at column 12. */
	static const struct {
		const char	*path;
		const char	*text;
	} f[] = {
		{ "content/partners/u1.yaml", "address: ab\xc0\xaf\n" },
		{ "content/partners/u2.yaml", "address: ab\xed\xa0\x80\n" },
		{ "content/partners/u3.yaml", "address: ab\xf4\x90\x80\x80\n" },
		{ "content/partners/u4.yaml", "address: ab\x80\n" },
		{ "content/partners/u5.yaml", "address: ab\xfe\xff\n" },
		{ "content/partners/u6.yaml", "address: ab\xe2\x82" },
		{ "content/partners/u7.yaml", "address: ab\xf0\x9f\x98" },
	};
	size_t	 i;
	char	*got;

	test_content(NULL, 0);
	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		test_write_file(f[i].path, f[i].text, strlen(f[i].text));
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got,
	    "content/partners/u1.yaml:1:12: error: invalid UTF-8 (save the "
	    "file as UTF-8)\n"
	    "content/partners/u2.yaml:1:12: error: invalid UTF-8 (save the "
	    "file as UTF-8)\n"
	    "content/partners/u3.yaml:1:12: error: invalid UTF-8 (save the "
	    "file as UTF-8)\n"
	    "content/partners/u4.yaml:1:12: error: invalid UTF-8 (save the "
	    "file as UTF-8)\n"
	    "content/partners/u5.yaml:1:12: error: invalid UTF-8 (save the "
	    "file as UTF-8)\n"
	    "content/partners/u6.yaml:1:12: error: invalid UTF-8 (save the "
	    "file as UTF-8)\n"
	    "content/partners/u7.yaml:1:12: error: invalid UTF-8 (save the "
	    "file as UTF-8)\n");
	free(got);
}

Test(hostile, utf16_file)
{
	/* A file saved as UTF-16LE with its BOM: NUL bytes from the start. */
	static const char	 utf16[] = "\xff\xfen\0a\0m\0e\0:\0 \0P\0\n\0";
	char			*got;

	got = load_with("content/partners/w.yaml", utf16, sizeof(utf16) - 1);
	cr_assert_str_eq(got, "content/partners/w.yaml:1:1: error: invalid "
	    "UTF-8 (save the file as UTF-8)\n");
	free(got);
}

/* "path:line:col: error|warning: message", each part in its form. */
static regex_t	 diag_line;

/*
 * What loading a damaged file must say, whatever the damage: only
 * diagnostics of that file (the rest of the content is valid), each a
 * well-formed line whose position is inside the file (a line of it, a
 * column at most one past its longest line, or the start of the line
 * after the last), and, the file being a
 * partner with no "name" (nothing of the alphabet makes one), at least
 * one error.
 */
static void
assert_diagnostics_of(const char *got, const char *path, const char *data,
    size_t len)
{
	regmatch_t	 m[4];
	const char	*line, *end;
	char		 one[512];
	size_t		 i, lines = 1, width = 0, w = 0, errors = 0;
	long		 l, c;

	if (diag_line.re_nsub == 0)
		cr_assert_eq(regcomp(&diag_line, "^([^:]+):([0-9]+):([0-9]+): "
		    "(error|warning): [^\n]+$", REG_EXTENDED), 0);
	for (i = 0; i < len; i++, w++)
		if (data[i] == '\n' || data[i] == '\r') {
			lines++;
			width = w > width ? w : width;
			w = 0;
		}
	width = w > width ? w : width;
	for (line = got; *line != '\0'; line = end + 1) {
		end = strchr(line, '\n');
		cr_assert_not_null(end, "unterminated line: %s", line);
		cr_assert_lt((size_t)(end - line), sizeof(one));
		memcpy(one, line, (size_t)(end - line));
		one[end - line] = '\0';
		cr_assert_eq(regexec(&diag_line, one, 4, m, 0), 0,
		    "not a diagnostic: %s", one);
		cr_assert_eq((size_t)m[1].rm_eo, strlen(path), "%s", one);
		cr_assert_eq(strncmp(one, path, strlen(path)), 0, "%s", one);
		l = strtol(one + m[2].rm_so, NULL, 10);
		c = strtol(one + m[3].rm_so, NULL, 10);
		/* The end of the file: the line after the last, column 1. */
		cr_assert(l >= 1 && ((size_t)l <= lines ||
		    ((size_t)l == lines + 1 && c == 1)), "line out: %s", one);
		cr_assert(c >= 1 && (size_t)c <= width + 1, "column out: %s",
		    one);
		errors += strstr(one, ": error: ") != NULL;
	}
	cr_assert_gt(errors, 0, "no error for a partner without a name: "
	    "%.*s", (int)len, data);
}

Test(hostile, random_yaml_tokens)
{
	/*
	 * Short texts of YAML's special characters, valid UTF-8: whatever
	 * they mean, loading them ends without a crash.
	 */
	static const char	 alphabet[] = "[]{}:-,?&*!|>'\"%@`#~ \n\t\r."
	    "ab0é\\";
	char			 data[96], *got, *again;
	uint64_t		 seed = 20250101;
	size_t			 i, j, k, len;
	const char		*c;

	test_content(NULL, 0);
	for (i = 0; i < 400; i++) {
		len = 0;
		k = (size_t)(rnd(&seed) % 48);
		for (j = 0; j < k; j++) {
			c = &alphabet[rnd(&seed) % (sizeof(alphabet) - 1)];
			if (((unsigned char)*c & 0xC0) == 0x80)
				c--;	/* the first byte of "é" */
			if ((unsigned char)*c >= 0x80) {
				memcpy(data + len, c, 2);
				len += 2;
			} else
				data[len++] = *c;
		}
		test_write_file("content/partners/fuzz.yaml", data, len);
		got = test_diagnostics(NULL);
		assert_diagnostics_of(got, "content/partners/fuzz.yaml", data,
		    len);
		again = test_diagnostics(NULL);
		cr_assert_str_eq(again, got, "the same file, other messages");
		free(again);
		free(got);
	}
	regfree(&diag_line);
}

/*
 * Shapes that cost time or memory out of proportion to their size (issue
 * 16): each is a single file just under the 4 MiB limit, built whole by
 * the binary. The time and the peak memory are printed, not asserted (a
 * shared machine's speed varies); the build must end (0, or 1 with the
 * limit's diagnostic) within the guard, and its peak memory stay below
 * 64 times the file (the quadratic code took minutes, or 1.5 to 1.8 GiB,
 * 450 times the file). The largest now is a YAML list of 1.4 M items,
 * about 50 times: its tree and references cost 150 bytes an item.
 */
struct shape {
	const char	*name;
	const char	*path;		/* below content/ */
	const char	*head;		/* written once, first */
	const char	*unit;		/* repeated up to the size */
	const char	*tail;		/* written once, last */
	const char	*want;		/* in stderr, or NULL */
};

/* Writes the shape's file: head, unit repeated, tail, under 4 MiB. */
static size_t
shape_write(const struct shape *s)
{
	size_t	 hl = strlen(s->head), ul = strlen(s->unit);
	size_t	 tl = strlen(s->tail), n, len = 0, i;
	char	*data, *path;

	n = (LOAD_MAX_FILE - 1024 - hl - tl) / ul;
	data = malloc(hl + n * ul + tl);
	cr_assert_not_null(data);
	memcpy(data, s->head, hl);
	len = hl;
	for (i = 0; i < n; i++, len += ul)
		memcpy(data + len, s->unit, ul);
	memcpy(data + len, s->tail, tl);
	len += tl;
	path = malloc(strlen(s->path) + 9);
	cr_assert_not_null(path);
	strcpy(path, "content/");
	strcat(path, s->path);
	test_write_file(path, data, len);
	free(path);
	free(data);
	return len;
}

static void
shape_run(const struct shape *s)
{
	struct run	 r;
	size_t		 len;

	test_content(NULL, 0);
	len = shape_write(s);
	r = test_run(50, (const char *const[]){ "build", "content", "-o",
	    "out", NULL });
	cr_log_info("%s: %zu bytes, %.2f s, peak %ld MiB, exit %d", s->name,
	    len, r.seconds, r.maxrss_kib / 1024, r.status);
	fprintf(stderr, "hostile shape %s: %zu bytes, %.2f s, peak %ld MiB, "
	    "exit %d\n", s->name, len, r.seconds, r.maxrss_kib / 1024,
	    r.status);
	cr_assert(r.status == 0 || r.status == 1, "%s: status %d\n%.2000s",
	    s->name, r.status, r.err);
	if (s->want != NULL)
		cr_assert(strstr(r.err, s->want) != NULL, "%s: want \"%s\" "
		    "in:\n%.2000s", s->name, s->want, r.err);
	cr_assert_lt(r.maxrss_kib, (long)(SHAPE_RSS_FACTOR * (len / 1024)),
	    "%s: peak %ld KiB for %zu bytes", s->name, r.maxrss_kib, len);
	run_free(&r);
}

#define SHAPE(id, ...) \
	Test(hostile, shape_##id, .timeout = 120) \
	{ \
		static const struct shape s = { #id, __VA_ARGS__ }; \
		shape_run(&s); \
	}

/* One word of 4 MiB, broken a line at a time (split_token). */
SHAPE(long_word, "actions/a.md", "", "a", "\n", NULL)
/* Letters with combining accents: one word of 1.4 M characters. */
SHAPE(combining_accents, "actions/a.md", "", "e\xCC\x81", "\n", NULL)
/* "a", a narrow no-break space, ":": one word, by French typography. */
SHAPE(no_break_spaces, "actions/a.md", "", "a\xE2\x80\xAF:", "\n", NULL)
/* A paragraph of one-letter words: many tokens, many lines. */
SHAPE(short_words, "actions/a.md", "", "a ", "\n", NULL)
/* 1.4 M times the same partner: listed once, with one warning each. */
SHAPE(partners_list, "actions/a.yaml",
    "title: A\nthematic: t\ndescription: D\nobjectives: O\npartners: [p",
    ", p", "]\n", "content/actions/a.yaml:5:15: warning: 'p' is listed "
    "twice in partners\n")
/* Emphasis, lines and list items: refused past 100,000 elements. */
SHAPE(emphasis, "actions/a.md", "", "*a* ", "\n",
    "content/actions/a.md:1:133332: error: more than 100000 Markdown "
    "elements (paragraphs, lines, list items, emphasis, links) in one "
    "text; split it into several pages\n")
SHAPE(short_lines, "actions/a.md", "", "a\n", "",
    "content/actions/a.md:50000:1: error: more than 100000 Markdown "
    "elements")
SHAPE(list_items, "actions/a.md", "", "- a\n", "",
    "content/actions/a.md:33333:3: error: more than 100000 Markdown "
    "elements")
/* Links: refused past 1,000 in a text (libharu's annotations). */
SHAPE(links, "actions/a.md", "", "[a](http://e.fr/) ", "\n",
    "content/actions/a.md:1:18001: error: more than 1000 links in one "
    "text; split it into several pages\n")
/* A YAML list of texts, each a link: the limit counts the whole list. */
SHAPE(links_in_a_list, "actions/a.yaml",
    "title: A\nthematic: t\nobjectives: O\ndescription:\n",
    "  - \"[a](http://e.fr/)\"\n", "",
    "content/actions/a.yaml:1005:5: error: more than 1000 links in one "
    "text")
/*
 * A YAML mistake after a million lines: the hints look back at every line
 * once (they looked for each line from the start of the file: found by
 * make fuzz as a timeout).
 */
SHAPE(yaml_mistake_after_many_lines, "actions/a.yaml", "title: A\n",
    "# c\n", "thematic: 'x'y'\n", ": error: this apostrophe ends the text "
    "in single quotes")

/*
 * 1,500 warnings before an error, by position: the error is printed (the
 * first 1,000 lines used to be warnings only), with 999 warnings, and
 * the summary says how many of each were not shown.
 */
Test(hostile, error_printed_after_many_warnings)
{
	size_t	 n = 1500, i, len = 0, cap = 3 * n + 256;
	char	*data = malloc(cap), *got;

	cr_assert_not_null(data);
	len += (size_t)snprintf(data + len, cap - len, "title: A\nthematic: t\n"
	    "description: D\nobjectives: O\npartners: [p");
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(data + len, cap - len, ", p");
	len += (size_t)snprintf(data + len, cap - len, "]\ncolour: red\n");
	got = load_with("content/actions/a.yaml", data, len);
	free(data);
	cr_assert_not_null(strstr(got, "content/actions/a.yaml:6:1: error: "),
	    "%s", got + strlen(got) - 300);
	cr_assert_not_null(strstr(got, "\nclspd: 501 more diagnostics not "
	    "shown (0 errors, 501 warnings)\n"), "%s",
	    got + strlen(got) - 300);
	free(got);
}

/*
 * Control characters in a key and in a value reach messages: each is
 * escaped, so that a diagnostic is one line, forges no other and sends
 * no escape code to the terminal.
 */
Test(hostile, control_characters_escaped_in_diagnostics)
{
	static const char	 yaml[] =
	    "name: P\nkind: commune\n"
	    "\"a\\ncontent/clspd.yaml:1:1: error: forged\": 1\n"
	    "\"\\e[31mred\\r\\t\\x7f\\x85\\u2028\\u2029\\u202e\": 2\n";
	char			*got;

	got = load_with("content/partners/x.yaml", yaml, sizeof(yaml) - 1);
	cr_assert_str_eq(got,
	    "content/partners/x.yaml:3:1: error: unknown key 'a\\ncontent/"
	    "clspd.yaml:1:1: error: forged' in partner (expected one of: "
	    "name, short, kind, website, email, phone, address, "
	    "description, siret, rna)\n"
	    "content/partners/x.yaml:4:1: error: unknown key '\\x1b[31mred"
	    "\\r\\t\\x7f\\u0085\\u2028\\u2029\\u202e' in partner "
	    "(expected one of: name, short, kind, website, email, phone, "
	    "address, description, siret, rna)\n");
	free(got);
}

/* A file name with a newline and an escape code: escaped in the path. */
Test(hostile, control_characters_escaped_in_paths)
{
	char	*got;

	/* A whole partner: the file, read under its id, has no other error. */
	got = load_with("content/partners/a\nb\x1b[2J.yaml",
	    "name: P\nkind: commune\n", 22);
	cr_assert_eq(strchr(got, '\n'), got + strlen(got) - 1, "%s", got);
	cr_assert_null(strchr(got, '\x1b'), "%s", got);
	cr_assert_not_null(strstr(got, "content/partners/a\\nb\\x1b[2J.yaml"),
	    "%s", got);
	free(got);
}

/*
 * A title and a charter heading of 70,000 characters: libharu refused
 * them ("libharu error 0x105B", exit 3) while check said nothing; now
 * each is an error at its position, and the build stops with 1.
 */
Test(hostile, one_line_texts_are_limited)
{
	size_t	 n = 70000;
	char	*title = malloc(n + 64), *charter = malloc(2 * n + 256);
	char	*got;
	struct run r;

	cr_assert_not_null(title);
	cr_assert_not_null(charter);
	memcpy(title, "name: ", 6);
	memset(title + 6, 'N', n);
	strcpy(title + 6 + n, "\nkind: commune\n");
	strcpy(charter, "---\ntitle: Charte\n---\nPréambule.\n\n## ");
	memset(charter + strlen(charter), 'H', n);
	charter[strlen("---\ntitle: Charte\n---\nPréambule.\n\n## ") + n] =
	    '\0';
	strcat(charter, "\n\nRègle.\n");
	test_content(NULL, 0);
	test_write_file("content/partners/p.yaml", title, strlen(title));
	test_write_file("content/charter.md", charter, strlen(charter));
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got,
	    "content/charter.md:6:1: error: heading of 70000 characters, "
	    "longer than 10000: a heading is one line; write a shorter one\n"
	    "content/partners/p.yaml:1:7: error: text of 70000 characters, "
	    "longer than 10000: a title, a name or a label is one line; "
	    "write a shorter one\n");
	free(got);
	test_write_file("content/partners/p.yaml", "name: P\nkind: commune\n",
	    22);
	r = test_run(60, (const char *const[]){ "build", "content", "-o",
	    "out", NULL });
	cr_assert_eq(r.status, 1, "%s", r.err);
	run_free(&r);
	free(title);
	free(charter);
}

/* base_url with a query or a fragment: an error saying what to write. */
Test(hostile, base_url_with_query_or_fragment)
{
	const struct tfile	 f[] = {
		{ "clspd.yaml", "council: C\nterritory: T\nyear: 2025\n"
		  "base_url: https://www.example.fr/bilan/?utm=1\n"
		  "thematics:\n  - id: t\n    title: T\n    group: [p]\n" },
	};
	const struct tfile	 g[] = {
		{ "clspd.yaml", "council: C\nterritory: T\nyear: 2025\n"
		  "base_url: https://www.example.fr/#top\n"
		  "thematics:\n  - id: t\n    title: T\n    group: [p]\n" },
	};
	char			*got;

	test_content(f, 1);
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got, "content/clspd.yaml:4:11: error: base_url has a "
	    "query ('?…'): write the site's address only, e.g. "
	    "'https://www.example.fr/bilan/'\n");
	free(got);
	test_content(g, 1);
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got, "content/clspd.yaml:4:11: error: base_url has a "
	    "fragment ('#…'): write the site's address only, e.g. "
	    "'https://www.example.fr/bilan/'\n");
	free(got);
}

/*
 * indicators.csv: a text cell a spreadsheet would take for a formula
 * starts with "'" (OWASP); numbers, negative ones too, stay numbers.
 */
Test(hostile, csv_cells_are_not_formulas)
{
	const struct tfile	 f[] = {
		{ "indicators/i.yaml", "action: a\n"
		  "label: \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"\n"
		  "unit: \"@SUM(1)\"\nvalues: {2025: 10}\n" },
	};
	char			*csv;

	test_content(f, 1);
	test_build("content", "out", NULL);
	csv = test_read("out/site/data/indicators.csv", NULL);
	cr_assert_str_eq(csv, "indicator,action,thematic,label,unit,"
	    "direction,year,value,target\r\n"
	    "i,a,t,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(1),"
	    "increase,2025,10,\r\n", "%s", csv);
	free(csv);
}

/* A phone without digits made an empty "tel:" link: now an error. */
Test(hostile, phone_that_is_not_a_number)
{
	char	*got;

	got = load_with("content/partners/x.yaml", "name: X\nkind: commune\n"
	    "phone: appeler la mairie\n", 47);
	cr_assert_str_eq(got, "content/partners/x.yaml:3:8: error: phone "
	    "'appeler la mairie' has no number to call: write its digits, "
	    "e.g. '01 23 45 67 89' or '+33 1 23 45 67 89'\n");
	free(got);
}
