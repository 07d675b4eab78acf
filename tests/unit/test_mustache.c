/*
 * The Mustache engine (render/html/mustache.h): every case of the
 * official specification, vendored as it is in tests/mustache-spec/
 * (upstream commit in SOURCE-COMMIT), then what the site needs beyond it (errors with their
 * positions, strict mode, hooks, numbers, escaping, recursion).
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "../../generator/render/html/mustache.h"
#include "../../generator/render/html/mustache_parse.h"
#include "../../generator/util/alloc.h"
#include "helpers.h"

static struct arena	*A;

static void
setup(void)
{
	test_enter_tmp();
	A = arena_new();
}

static void
teardown(void)
{
	arena_free(A);
	A = NULL;
	test_leave_tmp();
}

TestSuite(mustache, .init = setup, .fini = teardown);

/* Templates in memory: a source for the sets of these tests. */
struct tpl {
	const char	*name;
	const char	*text;
	size_t		 len;
	const char	*where;
};

struct memory {
	struct tpl	*v;
	size_t		 n;
	int		 finds;	/* calls of memory_find */
};

static int
memory_find(void *ctx, const char *name, const char **src, size_t *len,
    const char **where)
{
	struct memory	*m = ctx;
	size_t		 i;

	m->finds++;
	for (i = 0; i < m->n; i++)
		if (strcmp(m->v[i].name, name) == 0) {
			*src = m->v[i].text;
			*len = m->v[i].len;
			*where = m->v[i].where;
			return 0;
		}
	return -1;
}

/* Every diagnostic as clspd prints it; the caller frees it. */
static char *
diag_text(struct diags *d)
{
	char	*text = NULL;
	size_t	 len = 0;
	FILE	*f;

	diags_sort(d);
	cr_assert((f = open_memstream(&text, &len)) != NULL);
	diags_print(d, f);
	fclose(f);
	return text;
}

/* Writes s to f as a C string, so that whitespace shows. */
static void
quote(FILE *f, const char *s, size_t len)
{
	size_t	 i;

	fputc('"', f);
	for (i = 0; i < len; i++)
		switch (s[i]) {
		case '\n':
			fputs("\\n", f);
			break;
		case '\r':
			fputs("\\r", f);
			break;
		case '\t':
			fputs("\\t", f);
			break;
		case '"':
			fputs("\\\"", f);
			break;
		case '\\':
			fputs("\\\\", f);
			break;
		default:
			fputc(s[i], f);
		}
	fputc('"', f);
}

/* The specification's cases: YAML documents read with libyaml. */

static yaml_node_t *
yaml_get(yaml_document_t *doc, yaml_node_t *map, const char *key)
{
	yaml_node_pair_t	*p;
	yaml_node_t		*k;

	if (map == NULL || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (p = map->data.mapping.pairs.start;
	    p < map->data.mapping.pairs.top; p++) {
		k = yaml_document_get_node(doc, p->key);
		if (k->type == YAML_SCALAR_NODE &&
		    strcmp((char *)k->data.scalar.value, key) == 0)
			return yaml_document_get_node(doc, p->value);
	}
	return NULL;
}

static const char *
yaml_text(yaml_node_t *n, size_t *len)
{
	cr_assert(n != NULL && n->type == YAML_SCALAR_NODE);
	if (len != NULL)
		*len = n->data.scalar.length;
	return (const char *)n->data.scalar.value;
}

/*
 * A plain scalar as YAML reads it: null, a boolean, a number (a double:
 * 1.210 prints 1.21, 85 prints 85), else a string; quoted ones are
 * strings.
 */
static struct value *
yaml_scalar(yaml_node_t *n)
{
	const char	*s = (const char *)n->data.scalar.value;
	size_t		 len = n->data.scalar.length;
	char		*end;
	double		 d;

	if (n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return value_stringn(A, s, len);
	if (len == 0 || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 ||
	    strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0)
		return value_null(A);
	if (strcmp(s, "true") == 0 || strcmp(s, "True") == 0)
		return value_bool(A, 1);
	if (strcmp(s, "false") == 0 || strcmp(s, "False") == 0)
		return value_bool(A, 0);
	if (strchr("+-.0123456789", s[0]) != NULL) {
		d = strtod(s, &end);
		if (end != s && *end == '\0')
			return value_double(A, d);
	}
	return value_stringn(A, s, len);
}

static struct value *
yaml_value(yaml_document_t *doc, yaml_node_t *n)
{
	struct value		*v;
	yaml_node_item_t	*i;
	yaml_node_pair_t	*p;

	switch (n->type) {
	case YAML_SCALAR_NODE:
		return yaml_scalar(n);
	case YAML_SEQUENCE_NODE:
		v = value_list(A);
		for (i = n->data.sequence.items.start;
		    i < n->data.sequence.items.top; i++)
			value_push(A, v, yaml_value(doc,
			    yaml_document_get_node(doc, *i)));
		return v;
	case YAML_MAPPING_NODE:
		v = value_map(A);
		for (p = n->data.mapping.pairs.start;
		    p < n->data.mapping.pairs.top; p++)
			value_set(A, v, arena_strdup(A, yaml_text(
			    yaml_document_get_node(doc, p->key), NULL)),
			    yaml_value(doc, yaml_document_get_node(doc,
			    p->value)));
		return v;
	default:
		return value_null(A);
	}
}

/*
 * Runs one case; returns whether it passed, and reports how it did not
 * with the file and the case's name.
 */
static int
spec_case(const char *file, yaml_document_t *doc, yaml_node_t *c)
{
	struct tpl		 tpls[32];
	struct memory		 m = { tpls, 0, 0 };
	struct mustache_source	 src = { memory_find, &m };
	struct mustache_set	*set;
	struct diags		 d;
	struct buf		 out = BUF_INIT;
	yaml_node_t		*partials, *data;
	yaml_node_pair_t	*p;
	const char		*name, *want;
	char			*diag;
	size_t			 want_len;
	int			 rc, ok;

	name = yaml_text(yaml_get(doc, c, "name"), NULL);
	want = yaml_text(yaml_get(doc, c, "expected"), &want_len);
	tpls[0].name = "(template)";
	tpls[0].text = yaml_text(yaml_get(doc, c, "template"), &tpls[0].len);
	tpls[0].where = file;
	m.n = 1;
	partials = yaml_get(doc, c, "partials");
	if (partials != NULL)
		for (p = partials->data.mapping.pairs.start;
		    p < partials->data.mapping.pairs.top; p++) {
			cr_assert(m.n < 32);
			tpls[m.n].name = yaml_text(yaml_document_get_node(doc,
			    p->key), NULL);
			tpls[m.n].text = yaml_text(yaml_document_get_node(doc,
			    p->value), &tpls[m.n].len);
			tpls[m.n].where = tpls[m.n].name;
			m.n++;
		}
	data = yaml_get(doc, c, "data");
	memset(&d, 0, sizeof(d));
	set = mustache_set_new(&src, 0);
	rc = mustache_render(set, "(template)", data != NULL ?
	    yaml_value(doc, data) : NULL, NULL, &out, &d);
	diag = diag_text(&d);
	ok = rc == 0 && d.n == 0 && out.len == want_len &&
	    memcmp(buf_cstr(&out), want, want_len) == 0;
	if (!ok) {
		fprintf(stderr, "mustache spec: %s: \"%s\" fails:\n"
		    "  template ", file, name);
		quote(stderr, tpls[0].text, tpls[0].len);
		fputs("\n  expected ", stderr);
		quote(stderr, want, want_len);
		fputs("\n  got      ", stderr);
		quote(stderr, buf_cstr(&out), out.len);
		fprintf(stderr, "\n  render returned %d%s%s\n", rc,
		    d.n > 0 ? ", diagnostics:\n" : "", diag);
		cr_expect(ok, "%s: case \"%s\" fails (details above)", file,
		    name);
	}
	free(diag);
	diags_release(&d);
	buf_release(&out);
	mustache_set_free(set);
	return ok;
}

/*
 * Every case of a file of the specification, which must be there: the
 * test fails rather than skips when it is not. want is the number of
 * cases at the commit named in SOURCE-COMMIT, so that a file read short
 * cannot pass.
 */
static void
spec_file(const char *file, size_t want)
{
	char			*dir, *path;
	FILE			*f;
	yaml_parser_t		 parser;
	yaml_document_t		 doc;
	yaml_node_t		*tests;
	yaml_node_item_t	*i;
	size_t			 n = 0, passed = 0;

	dir = test_repo_path("tests/mustache-spec");
	path = xasprintf("%s/%s", dir, file);
	f = fopen(path, "rb");
	cr_assert(f != NULL, "%s: %s (the Mustache specification must be in "
	    "tests/mustache-spec/)", path,
	    strerror(errno));
	cr_assert(yaml_parser_initialize(&parser));
	yaml_parser_set_input_file(&parser, f);
	cr_assert(yaml_parser_load(&parser, &doc), "%s:%zu: %s", path,
	    parser.problem_mark.line + 1,
	    parser.problem ? parser.problem : "YAML error");
	tests = yaml_get(&doc, yaml_document_get_root_node(&doc), "tests");
	cr_assert(tests != NULL && tests->type == YAML_SEQUENCE_NODE,
	    "%s: no list of tests", path);
	for (i = tests->data.sequence.items.start;
	    i < tests->data.sequence.items.top; i++, n++)
		passed += spec_case(file, &doc, yaml_document_get_node(&doc,
		    *i));
	fprintf(stderr, "mustache spec: %s: %zu of %zu cases passed\n", file,
	    passed, n);
	cr_expect_eq(n, want, "%s: %zu cases, %zu expected", file, n, want);
	cr_expect_eq(passed, n, "%s: %zu of %zu cases fail", file,
	    n - passed, n);
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	fclose(f);
	free(path);
	free(dir);
}

Test(mustache, spec_comments)
{
	spec_file("comments.yml", 12);
}

Test(mustache, spec_delimiters)
{
	spec_file("delimiters.yml", 14);
}

Test(mustache, spec_interpolation)
{
	spec_file("interpolation.yml", 42);
}

Test(mustache, spec_inverted)
{
	spec_file("inverted.yml", 22);
}

Test(mustache, spec_partials)
{
	spec_file("partials.yml", 12);
}

Test(mustache, spec_sections)
{
	spec_file("sections.yml", 34);
}

Test(mustache, spec_inheritance)
{
	spec_file("inheritance.yml", 27);
}

/*
 * Beyond the specification. A fixture: a set over templates given as
 * name and text pairs, found at "themes/default/templates/NAME.mustache".
 */
struct fixture {
	struct tpl		 tpls[8];
	struct memory		 m;
	struct mustache_source	 src;
	struct mustache_set	*set;
	struct diags		 d;
	struct buf		 out;
};

/* pairs: name, text, name, text..., NULL. */
static void
fixture_init(struct fixture *fx, int strict, const char *const *pairs)
{
	size_t	 i;

	memset(fx, 0, sizeof(*fx));
	for (i = 0; pairs[2 * i] != NULL; i++) {
		cr_assert(i < 8);
		fx->tpls[i].name = pairs[2 * i];
		fx->tpls[i].text = pairs[2 * i + 1];
		fx->tpls[i].len = strlen(pairs[2 * i + 1]);
		fx->tpls[i].where = xasprintf("themes/default/templates/"
		    "%s.mustache", pairs[2 * i]);
	}
	fx->m.v = fx->tpls;
	fx->m.n = i;
	fx->src.find = memory_find;
	fx->src.ctx = &fx->m;
	fx->set = mustache_set_new(&fx->src, strict);
}

/* Renders name into fx->out, emptied first; returns what render does. */
static int
fixture_render(struct fixture *fx, const char *name, const struct value *data,
    const struct mustache_hooks *hooks)
{
	buf_truncate(&fx->out, 0);
	return mustache_render(fx->set, name, data, hooks, &fx->out, &fx->d);
}

static void
fixture_diags_are(struct fixture *fx, const char *want)
{
	char	*got = diag_text(&fx->d);

	cr_assert_str_eq(got, want);
	free(got);
}

static void
fixture_release(struct fixture *fx)
{
	size_t	 i;

	mustache_set_free(fx->set);
	for (i = 0; i < fx->m.n; i++)
		free((char *)fx->tpls[i].where);
	diags_release(&fx->d);
	buf_release(&fx->out);
}

/*
 * Renders template "page" of pairs once with data; checks the return
 * code, the output and the diagnostics (NULL: none).
 */
static void
render_is(int strict, const char *const *pairs, const struct value *data,
    const struct mustache_hooks *hooks, int want_rc, const char *want,
    const char *want_diags)
{
	struct fixture	 fx;
	int		 rc;

	fixture_init(&fx, strict, pairs);
	rc = fixture_render(&fx, "page", data, hooks);
	fixture_diags_are(&fx, want_diags != NULL ? want_diags : "");
	cr_assert_eq(rc, want_rc, "render returned %d", rc);
	if (want != NULL)
		cr_assert_str_eq(buf_cstr(&fx.out), want);
	fixture_release(&fx);
}

#define T	"themes/default/templates/"

/* A broken template: an error in both modes, with its position. */
static void
broken_is(const char *text, const char *want_diags)
{
	const char	*pairs[] = { "page", text, NULL };

	render_is(0, pairs, NULL, NULL, -1, "", want_diags);
	render_is(1, pairs, NULL, NULL, -1, "", want_diags);
}

Test(mustache, unclosed_section)
{
	broken_is("<ul>\n  {{#items}}\n  <li>{{name}}</li>\n</ul>\n",
	    T "page.mustache:2:3: error: unclosed section 'items': "
	    "'{{/items}}' is missing\n");
	broken_is("{{#a}}{{^b}}{{/b}}\n{{<p}}{{$c}}",
	    T "page.mustache:1:1: error: unclosed section 'a': "
	    "'{{/a}}' is missing\n"
	    T "page.mustache:2:1: error: unclosed parent 'p': "
	    "'{{/p}}' is missing\n"
	    T "page.mustache:2:7: error: unclosed block 'c': "
	    "'{{/c}}' is missing\n");
	/* The hint uses the delimiters in force. */
	broken_is("{{=<% %>=}}\n<%#a%>",
	    T "page.mustache:2:1: error: unclosed section 'a': "
	    "'<%/a%>' is missing\n");
}

Test(mustache, mismatched_close)
{
	broken_is("{{#a}}\n  {{#b}}x{{/a}}\n{{/b}}",
	    T "page.mustache:2:10: error: mismatched close 'a': the open "
	    "section is 'b' (line 2)\n");
	broken_is("x\n{{/a}}",
	    T "page.mustache:2:1: error: 'a' closes nothing: no section is "
	    "open\n");
}

Test(mustache, unclosed_tag)
{
	broken_is("<p>{{title</p>\n",
	    T "page.mustache:1:4: error: unclosed tag: no '}}' after '{{'\n");
	broken_is("<p>{{{title}}</p>\n",
	    T "page.mustache:1:4: error: unclosed tag: no '}}}' after "
	    "'{{{'\n");
	broken_is("{{=<% %>=}}\n  <%x",
	    T "page.mustache:2:3: error: unclosed tag: no '%>' after '<%'\n");
	/* Columns count characters, not bytes. */
	broken_is("\xc3\xa9t\xc3\xa9 {{x",
	    T "page.mustache:1:5: error: unclosed tag: no '}}' after '{{'\n");
}

Test(mustache, bad_tags)
{
	broken_is("a {{=<%=}}",
	    T "page.mustache:1:3: error: bad delimiter change '<%': two "
	    "delimiters without spaces or '=' are needed, as in "
	    "{{=<% %>=}}\n");
	broken_is("{{= a b c =}}",
	    T "page.mustache:1:1: error: bad delimiter change ' a b c ': two "
	    "delimiters without spaces or '=' are needed, as in "
	    "{{=<% %>=}}\n");
	broken_is("{{ }}", T "page.mustache:1:1: error: empty tag name\n");
	broken_is("{{#a b}}{{/a b}}",
	    T "page.mustache:1:1: error: spaces in tag name 'a b'\n");
	broken_is("{{a..b}}",
	    T "page.mustache:1:1: error: bad name 'a..b': empty part between "
	    "dots\n");
}

/* A broken template is reported once, however many pages use it. */
Test(mustache, broken_reported_once)
{
	const char	*pairs[] = { "page", "{{>part}}", "part", "{{#a}}",
	    NULL };
	struct fixture	 fx;

	fixture_init(&fx, 1, pairs);
	cr_assert_eq(fixture_render(&fx, "page", NULL, NULL), -1);
	cr_assert_eq(fixture_render(&fx, "page", NULL, NULL), -1);
	cr_assert_eq(fixture_render(&fx, "part", NULL, NULL), -1);
	fixture_diags_are(&fx, T "part.mustache:1:1: error: unclosed section "
	    "'a': '{{/a}}' is missing\n");
	fixture_release(&fx);
}

Test(mustache, unknown_partial)
{
	const char	*partial[] = { "page", "a{{>nope}}b", NULL };
	const char	*parent[] = { "page", "a\n  {{<base}}{{/base}}\nb",
	    NULL };

	render_is(1, partial, NULL, NULL, -1, "ab",
	    T "page.mustache:1:2: error: unknown partial 'nope'\n");
	render_is(0, partial, NULL, NULL, 0, "ab", NULL);
	render_is(1, parent, NULL, NULL, -1, "a\nb",
	    T "page.mustache:2:3: error: unknown parent 'base'\n");
	render_is(0, parent, NULL, NULL, 0, "a\nb", NULL);
}

Test(mustache, unknown_template)
{
	const char	*pairs[] = { "page", "x", NULL };

	render_is(0, pairs, NULL, NULL, 0, "x", NULL);
	{
		struct fixture	 fx;

		fixture_init(&fx, 0, pairs);
		cr_assert_eq(fixture_render(&fx, "nope", NULL, NULL), -1);
		fixture_diags_are(&fx,
		    "clspd: error: unknown template 'nope'\n");
		fixture_release(&fx);
	}
}

/* The data of a person: {name: "Ann", city: null, org: null}. */
static struct value *
person(void)
{
	struct value	*root = value_map(A), *p = value_map(A);

	value_set(A, root, "person", p);
	value_set(A, p, "name", value_string(A, "Ann"));
	value_set(A, p, "city", value_null(A));
	value_set(A, root, "org", value_null(A));
	return root;
}

Test(mustache, unknown_name)
{
	const char	*pairs[] = { "page",
	    "{{#person}}{{name}} {{age}}{{/person}}\n"
	    "{{^person.job}}-{{/person.job}}", NULL };
	struct fixture	 fx;

	fixture_init(&fx, 1, pairs);
	cr_assert_eq(fixture_render(&fx, "page", person(), NULL), -1);
	cr_assert_str_eq(buf_cstr(&fx.out), "Ann \n-");
	/* Reported once per position, not once per render. */
	cr_assert_eq(fixture_render(&fx, "page", person(), NULL), -1);
	fixture_diags_are(&fx,
	    T "page.mustache:1:21: error: unknown name 'age'\n"
	    T "page.mustache:2:1: error: unknown name 'person.job'\n");
	fixture_release(&fx);
	/* Not in lenient mode. */
	render_is(0, pairs, person(), NULL, 0, "Ann \n-", NULL);
}

Test(mustache, null_is_a_name)
{
	const char	*pairs[] = { "page",
	    "{{person.city}}|{{org.name}}|{{#org}}x{{/org}}", NULL };

	/* Null values and chains broken by null are known names. */
	render_is(1, pairs, person(), NULL, 0, "||", NULL);
}

/* The markdown hook: a paragraph of the text's first item, unescaped. */
static void
markdown_hook(void *ctx, struct buf *out, const struct value *md)
{
	cr_assert_str_eq(ctx, "ctx");
	cr_assert_eq(md->type, VALUE_MARKDOWN);
	buf_printf(out, "<p>%s</p>", md->u.markdown.text->items[0]);
}

Test(mustache, markdown)
{
	char			 item[] = "a < *b*", ctx[] = "ctx";
	char			*items[] = { item };
	size_t			 lens[] = { 7 };
	struct text		 text = { .items = items, .lens = lens,
	    .n = 1 };
	struct mustache_hooks	 hooks = { markdown_hook, NULL, ctx };
	const char		*pairs[] = { "page",
	    "{{md}}|{{{md}}}|{{&md}}|{{#md}}{{.}}{{/md}}", NULL };
	struct value		*data = value_map(A);

	value_set(A, data, "md", value_markdown(A, &text, 1));
	render_is(1, pairs, data, &hooks, 0,
	    "<p>a < *b*</p>|<p>a < *b*</p>|<p>a < *b*</p>|<p>a < *b*</p>",
	    NULL);
	/* Without a hook, nothing. */
	render_is(1, pairs, data, NULL, 0, "|||", NULL);
}

Test(mustache, numbers)
{
	const char	*pairs[] = { "page",
	    "{{amount}} {{ratio}} {{n}} {{yes}} {{no}} [{{list}}{{map}}]",
	    NULL };
	struct value	*data = value_map(A), *list = value_list(A);

	value_set(A, data, "amount", value_decimal(A, 1500500000));
	value_set(A, data, "ratio", value_double(A, 0.1 + 0.2));
	value_set(A, data, "n", value_double(A, 85));
	value_set(A, data, "yes", value_bool(A, 1));
	value_set(A, data, "no", value_bool(A, 0));
	value_push(A, list, value_string(A, "x"));
	value_set(A, data, "list", list);
	value_set(A, data, "map", value_map(A));
	render_is(1, pairs, data, NULL, 0,
	    "1500.5 0.30000000000000004 85 true false []", NULL);
}

Test(mustache, escaping)
{
	const char	*pairs[] = { "page",
	    "<a title=\"{{t}}\">{{{t}}}</a>", NULL };
	struct value	*data = value_map(A);

	value_set(A, data, "t", value_string(A, "O'Brien & \"Co\" <x>"));
	render_is(1, pairs, data, NULL, 0,
	    "<a title=\"O&#39;Brien &amp; &quot;Co&quot; &lt;x&gt;\">"
	    "O'Brien & \"Co\" <x></a>", NULL);
}

/* Falsey: null, false, an empty list; an empty string, 0 and {} are not. */
Test(mustache, truthiness)
{
	const char	*pairs[] = { "page",
	    "{{#s}}S{{/s}}{{#z}}Z{{/z}}{{#m}}M{{/m}}"
	    "{{^l}}L{{/l}}{{^f}}F{{/f}}{{^u}}U{{/u}}", NULL };
	struct value	*data = value_map(A);

	value_set(A, data, "s", value_string(A, ""));
	value_set(A, data, "z", value_double(A, 0));
	value_set(A, data, "m", value_map(A));
	value_set(A, data, "l", value_list(A));
	value_set(A, data, "f", value_bool(A, 0));
	value_set(A, data, "u", value_null(A));
	render_is(1, pairs, data, NULL, 0, "SZMLFU", NULL);
}

Test(mustache, recursion)
{
	const char	*self[] = { "page", "{{>r}}", "r", "x\n{{>r}}",
	    NULL };
	const char	*twice[] = { "page", "{{>r}}", "r", "{{>r}}{{>r}}",
	    NULL };
	const char	*block[] = { "page",
	    "{{<p}}{{$a}}<{{$a}}{{/a}}>{{/a}}{{/p}}", "p", "{{$a}}{{/a}}",
	    NULL };
	struct fixture	 fx;

	fixture_init(&fx, 0, self);
	cr_assert_eq(fixture_render(&fx, "page", NULL, NULL), -1);
	cr_assert_eq(fixture_render(&fx, "page", NULL, NULL), -1);
	fixture_diags_are(&fx, T "r.mustache:2:1: error: partial 'r' nested "
	    "more than 100 deep (endless recursion?)\n");
	fixture_release(&fx);
	/* Stopped at once, not after 2^100 partials. */
	render_is(0, twice, NULL, NULL, -1, "",
	    T "r.mustache:1:1: error: partial 'r' nested more than 100 deep "
	    "(endless recursion?)\n");
	render_is(0, block, NULL, NULL, -1, NULL,
	    T "page.mustache:1:14: error: block 'a' nested more than 100 "
	    "deep (endless recursion?)\n");
}

/* Computed names: an SVG chart for any item with a "kind". */
static const struct value *
computed_hook(void *ctx, const struct value *frame, const char *name)
{
	const struct value	*kind = value_get(frame, "kind");
	char			*svg;

	if (strcmp(name, "chart") != 0 || kind == NULL)
		return NULL;
	svg = arena_alloc(ctx, 64);
	snprintf(svg, 64, "<svg class=\"%s\"/>", kind->u.str.s);
	return value_string(ctx, svg);
}

Test(mustache, computed)
{
	struct mustache_hooks	 hooks = { NULL, computed_hook, NULL };
	const char		*pairs[] = { "page",
	    "{{#items}}{{{chart}}}{{/items}}{{chart}}", NULL };
	struct value		*data = value_map(A), *items;
	struct value		*item;

	hooks.ctx = A;
	items = value_list(A);
	item = value_push(A, items, value_map(A));
	value_set(A, item, "kind", value_string(A, "bar"));
	item = value_push(A, items, value_map(A));
	value_set(A, item, "kind", value_string(A, "line"));
	/* A member of the map comes before the hook. */
	item = value_push(A, items, value_map(A));
	value_set(A, item, "kind", value_string(A, "bar"));
	value_set(A, item, "chart", value_string(A, "<img>"));
	value_set(A, data, "items", items);
	value_set(A, data, "chart", value_string(A, "<top>"));
	render_is(1, pairs, data, &hooks, 0,
	    "<svg class=\"bar\"/><svg class=\"line\"/><img>&lt;top&gt;", NULL);
}

/* Each template is looked up and compiled once, whatever the renders. */
Test(mustache, compiled_once)
{
	const char	*pairs[] = { "page", "{{#items}}{{>item}}{{/items}}",
	    "item", "<{{.}}>", NULL };
	struct value	*data = value_map(A), *items = value_list(A);
	struct fixture	 fx;
	int		 i;

	value_push(A, items, value_string(A, "a"));
	value_push(A, items, value_string(A, "b"));
	value_set(A, data, "items", items);
	fixture_init(&fx, 1, pairs);
	for (i = 0; i < 3; i++) {
		cr_assert_eq(fixture_render(&fx, "page", data, NULL), 0);
		cr_assert_str_eq(buf_cstr(&fx.out), "<a><b>");
	}
	cr_assert_eq(fx.m.finds, 2);
	fixture_release(&fx);
}

/* mustache_compile finds the mistakes of partials no page reaches. */
Test(mustache, compile)
{
	const char	*pairs[] = { "page", "{{#never}}{{>a}}{{/never}}",
	    "a", "{{>b}}{{<c}}{{/c}}{{>nope}}", "b", "{{#x}}", "c", "ok",
	    "good", "{{>c}}", NULL };
	struct fixture	 fx;

	fixture_init(&fx, 1, pairs);
	cr_assert_eq(mustache_compile(fx.set, "good", &fx.d), 0);
	cr_assert_eq(mustache_compile(fx.set, "page", &fx.d), -1);
	cr_assert_eq(mustache_compile(fx.set, "page", &fx.d), -1);
	cr_assert_eq(mustache_compile(fx.set, "nothing", &fx.d), -1);
	fixture_diags_are(&fx,
	    "clspd: error: unknown template 'nothing'\n"
	    T "a.mustache:1:19: error: unknown partial 'nope'\n"
	    T "b.mustache:1:1: error: unclosed section 'x': '{{/x}}' is "
	    "missing\n");
	/* Rendering meets them again: it fails, without a second report. */
	cr_assert_eq(fixture_render(&fx, "a", NULL, NULL), -1);
	cr_assert_eq(fx.d.n, 3);
	fixture_release(&fx);
}

/* What the specification ignores inside a parent is an error if strict. */
Test(mustache, parent_contents)
{
	const char	*text[] = { "page",
	    "{{<base}}\n  {{$a}}A{{/a}}\n  oops\n{{/base}}", "base",
	    "[{{$a}}{{/a}}]", NULL };
	const char	*tag[] = { "page",
	    "{{<base}}{{! fine }}{{$a}}A{{/a}} {{x}}{{/base}}", "base",
	    "[{{$a}}{{/a}}]", NULL };

	render_is(1, text, NULL, NULL, -1, "",
	    T "page.mustache:3:1: error: text inside parent 'base' is "
	    "ignored: only blocks go there\n");
	render_is(0, text, NULL, NULL, 0, "[A]", NULL);
	render_is(1, tag, NULL, NULL, -1, "",
	    T "page.mustache:1:35: error: tag 'x' inside parent 'base' is "
	    "ignored: only blocks go there\n");
	render_is(0, tag, NULL, NULL, 0, "[A]", NULL);
}

/* A layout and a page, as the site writes them. */
Test(mustache, layout)
{
	const char	*pairs[] = {
	    "base",
	    "<html>\n"
	    "  <head><title>{{$title}}{{site}}{{/title}}</title></head>\n"
	    "  <body>\n"
	    "    {{$main}}\n"
	    "    <p>Nothing here.</p>\n"
	    "    {{/main}}\n"
	    "    {{>footer}}\n"
	    "  </body>\n"
	    "</html>\n",
	    "footer",
	    "<footer>\n"
	    "  {{site}}\n"
	    "</footer>\n",
	    "page",
	    "{{<base}}\n"
	    "{{$title}}{{title}} – {{site}}{{/title}}\n"
	    "{{$main}}\n"
	    "<h1>{{title}}</h1>\n"
	    "<ul>\n"
	    "  {{#items}}\n"
	    "  <li>{{.}}</li>\n"
	    "  {{/items}}\n"
	    "</ul>\n"
	    "{{/main}}\n"
	    "{{/base}}\n",
	    NULL };
	struct value	*data = value_map(A), *items = value_list(A);

	value_set(A, data, "site", value_string(A, "CLSPD"));
	value_set(A, data, "title", value_string(A, "Actions"));
	value_push(A, items, value_string(A, "a"));
	value_push(A, items, value_string(A, "b"));
	value_set(A, data, "items", items);
	render_is(1, pairs, data, NULL, 0,
	    "<html>\n"
	    "  <head><title>Actions – CLSPD</title></head>\n"
	    "  <body>\n"
	    "    <h1>Actions</h1>\n"
	    "    <ul>\n"
	    "      <li>a</li>\n"
	    "      <li>b</li>\n"
	    "    </ul>\n"
	    "    <footer>\n"
	    "      CLSPD\n"
	    "    </footer>\n"
	    "  </body>\n"
	    "</html>\n", NULL);
}

/*
 * Indentation: a standalone partial within an indented one adds its
 * own; a partial within a line is inserted unchanged; a value's line
 * ends are not indented.
 */
Test(mustache, indentation)
{
	const char	*pairs[] = {
	    "page", "<div>\n  {{>outer}}\n</div>\n",
	    "outer", "<p>\n  {{>inner}}\n</p>\n<q>{{>inner}}</q>\n{{{v}}}\n",
	    "inner", "a\nb\n",
	    NULL };
	struct value	*data = value_map(A);

	value_set(A, data, "v", value_string(A, "x\ny"));
	render_is(1, pairs, data, NULL, 0,
	    "<div>\n"
	    "  <p>\n"
	    "    a\n"
	    "    b\n"
	    "  </p>\n"
	    "  <q>a\n"
	    "b\n"
	    "</q>\n"
	    "  x\n"
	    "y\n"
	    "</div>\n", NULL);
}

Test(mustache, nesting_limit)
{
	struct buf	 text = BUF_INIT;
	const char	*pairs[] = { "page", NULL, NULL };
	int		 i;

	for (i = 0; i < MUSTACHE_MAX_NESTING; i++)
		buf_puts(&text, "{{#a}}");
	for (i = 0; i < MUSTACHE_MAX_NESTING; i++)
		buf_puts(&text, "{{/a}}");
	pairs[1] = buf_cstr(&text);
	render_is(0, pairs, value_map(A), NULL, 0, "", NULL);
	buf_truncate(&text, 0);
	for (i = 0; i <= MUSTACHE_MAX_NESTING; i++)
		buf_puts(&text, "{{#a}}");
	pairs[1] = buf_cstr(&text);
	render_is(0, pairs, NULL, NULL, -1, "",
	    T "page.mustache:1:601: error: sections nested more than 100 "
	    "deep\n");
	buf_release(&text);
}

/*
 * Garbage: templates of random tag characters must compile or be
 * reported, never crash (run under the sanitizers by make sanitize).
 */
Test(mustache, garbage)
{
	static const char	 alphabet[] = "{{}}#^/>!<$&=. \n\tab";
	const char		*pairs[] = { "page", NULL, "a", "{{$b}}x{{/b}}",
	    "b", "{{>page}}", NULL };
	struct value		*data = value_map(A), *list = value_list(A);
	struct fixture		 fx;
	char			 text[64];
	unsigned		 seed = 12345;
	int			 i, k, len, rc;

	value_push(A, list, value_string(A, "x"));
	value_set(A, data, "a", list);
	value_set(A, data, "b", value_map(A));
	for (i = 0; i < 5000; i++) {
		seed = seed * 1103515245 + 12345;
		len = (int)(seed >> 16) % (int)sizeof(text);
		for (k = 0; k < len; k++) {
			seed = seed * 1103515245 + 12345;
			text[k] = alphabet[(seed >> 16) % (sizeof(alphabet) -
			    1)];
		}
		text[len] = '\0';
		pairs[1] = text;
		fixture_init(&fx, i % 2, pairs);
		rc = fixture_render(&fx, "page", data, NULL);
		cr_assert(rc == 0 || fx.d.errors > 0,
		    "render of \"%s\" failed without a diagnostic", text);
		fixture_release(&fx);
	}
}
