/*
 * The server's own HTML (page.h). The error page quotes each problem the
 * way clspd check prints it, with the line of the file and the place
 * marked; everything taken from the content is escaped here, at the edge.
 */
#include <string.h>
#include <strings.h>

#include "../util/escape.h"
#include "../util/fs.h"
#include "page.h"

#define BANNER_MAX	20	/* warnings listed in the banner */

/* The page's words, in the content's language. */
struct words {
	const char	*lang;
	const char	*title;
	const char	*intro;
	const char	*failed;
	const char	*error;
	const char	*warning;
	const char	*line;
	const char	*one_warning;
	const char	*warnings;	/* after the count */
};

static const struct words french = {
	"fr", "Le contenu a des erreurs",
	"clspd ne peut pas fabriquer le site tant que ces problèmes ne sont "
	"pas corrigés. Cette page se recharge d’elle-même dès que les "
	"fichiers corrigés sont enregistrés.",
	"La fabrication a échoué sans erreur dans le contenu : voyez le "
	"terminal où tourne clspd serve.",
	"erreur", "avertissement", "ligne",
	"1 avertissement dans le contenu", " avertissements dans le contenu",
};

static const struct words english = {
	"en", "The content has errors",
	"clspd cannot build the site until these problems are fixed. This "
	"page reloads by itself as soon as the fixed files are saved.",
	"The build failed without an error in the content: see the terminal "
	"where clspd serve runs.",
	"error", "warning", "line",
	"1 warning in the content", " warnings in the content",
};

static const struct words *
words_of(const struct build_report *r)
{
	if (r->locale != NULL && strncmp(r->locale, "en", 2) == 0)
		return &english;
	return &french;
}

static void
script(struct buf *b, unsigned long gen)
{
	buf_printf(b, "<script>(function(){var e=new EventSource(\"%s\");"
	    "e.onmessage=function(m){if(m.data!==\"%lu\"){e.close();"
	    "location.reload();}};})();</script>\n", PAGE_EVENTS, gen);
}

/* One problem's level, position and message, as clspd check prints it. */
static void
problem_head(struct buf *b, const struct build_problem *p,
    const struct words *w)
{
	buf_puts(b, "<p><code>");
	escape_html_text(b, p->file, strlen(p->file));
	buf_printf(b, ":%d:%d</code>: <strong>%s</strong>: ", p->line, p->col,
	    p->level == DIAG_ERROR ? w->error : w->warning);
	escape_html_text(b, p->msg, strlen(p->msg));
	buf_puts(b, "</p>\n");
}

/* The byte length of the UTF-8 character at s (1 for a stray byte). */
static size_t
char_len(const unsigned char *s, size_t left)
{
	size_t	 n = 1;

	if (*s >= 0xf0)
		n = 4;
	else if (*s >= 0xe0)
		n = 3;
	else if (*s >= 0xc0)
		n = 2;
	return n <= left ? n : left;
}

/*
 * The line of the file with the character at col (counted in
 * characters, as editors do) marked; nothing when the file or the line
 * cannot be read.
 */
static void
problem_excerpt(struct buf *b, const struct build_problem *p,
    const struct words *w)
{
	struct buf	 text = BUF_INIT;
	const char	*s, *end, *at;
	size_t		 n;
	int		 line;

	if (p->line < 1 || fs_read_file(p->file, 16u << 20, &text) != 0 ||
	    text.data == NULL)
		goto out;
	s = text.data;
	for (line = 1; line < p->line && s != NULL; line++)
		if ((s = strchr(s, '\n')) != NULL)
			s++;
	if (s == NULL)
		goto out;
	if ((end = strchr(s, '\n')) == NULL)
		end = s + strlen(s);
	if (end > s && end[-1] == '\r')
		end--;
	if (end - s > 4000)
		goto out;
	for (at = s, line = 1; line < p->col && at < end; line++)
		at += char_len((const unsigned char *)at, (size_t)(end - at));
	buf_printf(b, "<pre aria-label=\"%s %d\"><span class=\"n\">%d │ "
	    "</span>", w->line, p->line, p->line);
	escape_html_text(b, s, (size_t)(at - s));
	n = at < end ? char_len((const unsigned char *)at,
	    (size_t)(end - at)) : 0;
	buf_puts(b, "<mark>");
	if (n == 0 || *at == ' ' || *at == '\t')
		buf_puts(b, "&#x2423;");
	else
		escape_html_text(b, at, n);
	buf_puts(b, "</mark>");
	escape_html_text(b, at + n, (size_t)(end - at - n));
	buf_puts(b, "</pre>\n");
out:
	buf_release(&text);
}

void
page_error(struct buf *b, const struct build_report *r, unsigned long gen)
{
	const struct words	*w = words_of(r);
	size_t			 i;

	buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n"
	    "<title>%s</title>\n<style>\nbody{font:1rem/1.5 system-ui,"
	    "sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;"
	    "color:#1a1a1a}\nh1{color:#a00000}\nli{margin:0 0 1.5rem}\n"
	    "li.warning strong{color:#7a5200}\nli.error strong{color:#a00000}"
	    "\npre{background:#f3f3f3;padding:.5rem;overflow-x:auto}\n"
	    "mark{background:#ffd0d0;outline:2px solid #a00000}\n"
	    ".n{color:#666}\n</style>\n</head>\n<body>\n<main>\n<h1>%s</h1>\n"
	    "<p>%s</p>\n", w->lang, w->title, w->title, w->intro);
	if (r->errors == 0)
		buf_printf(b, "<p>%s</p>\n", w->failed);
	buf_puts(b, "<ol>\n");
	for (i = 0; i < r->n; i++) {
		buf_printf(b, "<li class=\"%s\">\n", r->v[i].level ==
		    DIAG_ERROR ? "error" : "warning");
		problem_head(b, &r->v[i], w);
		problem_excerpt(b, &r->v[i], w);
		buf_puts(b, "</li>\n");
	}
	buf_puts(b, "</ol>\n</main>\n");
	script(b, gen);
	buf_puts(b, "</body>\n</html>\n");
}

void
page_inject_text(struct buf *b, const struct build_report *r,
    unsigned long gen)
{
	const struct words	*w = words_of(r);
	size_t			 i;

	if (r->warnings > 0) {
		buf_puts(b, "<details id=\"clspd-warnings\" role=\"status\" "
		    "style=\"position:fixed;bottom:0;right:0;max-width:40rem;"
		    "max-height:50vh;overflow:auto;margin:0;padding:.25rem "
		    ".75rem;background:#fff8e0;color:#1a1a1a;border:1px solid "
		    "#7a5200;font:.875rem/1.4 system-ui,sans-serif;z-index:"
		    "2147483647\"><summary>");
		if (r->warnings == 1)
			buf_puts(b, w->one_warning);
		else
			buf_printf(b, "%zu%s", r->warnings, w->warnings);
		buf_puts(b, "</summary>\n");
		/* A banner, not a report: the first ones only. */
		for (i = 0; i < r->n && i < BANNER_MAX; i++)
			problem_head(b, &r->v[i], w);
		if (r->n > BANNER_MAX)
			buf_puts(b, "<p>…</p>\n");
		buf_puts(b, "</details>\n");
	}
	script(b, gen);
}

/* The last "</body>" of html, whatever its case, or NULL. */
static const char *
last_body_end(const char *html, size_t len)
{
	size_t	 i;

	for (i = len; i >= 7; i--)
		if (strncasecmp(html + i - 7, "</body>", 7) == 0)
			return html + i - 7;
	return NULL;
}

void
page_inject(struct buf *out, const char *html, size_t len,
    const char *inject)
{
	const char	*at = last_body_end(html, len);
	size_t		 head = at != NULL ? (size_t)(at - html) : len;

	buf_put(out, html, head);
	buf_puts(out, inject);
	buf_put(out, html + head, len - head);
}
