/*
 * Diagnostics: every problem found in the content, with its position.
 * Loading and checking never stop at the first problem; they add to a
 * diagnostic list, which main prints once, sorted by file and position,
 * as "path:line:col: error: message".
 */
#ifndef CLSPD_DIAG_H
#define CLSPD_DIAG_H

#include <stddef.h>
#include <stdio.h>

/*
 * A position in a content file. file points to a path owned by the model
 * (or by whoever loaded the file); line and col are 1-based, col counts
 * characters, as editors do. Line 0 is the whole file (an output that
 * could not be made, a data file that cannot be read), printed
 * "path: error: message"; a NULL file prints as "clspd".
 */
struct pos {
	const char	*file;
	int		 line;
	int		 col;
};

enum diag_level {
	DIAG_WARNING,
	DIAG_ERROR
};

struct diag {
	enum diag_level	 level;
	struct pos	 pos;
	char		*msg;	/* owned */
	size_t		 seq;	/* order of arrival, for a stable sort */
};

struct diags {
	struct diag	*v;
	size_t		 n;
	size_t		 cap;
	size_t		 errors;
	size_t		 warnings;
	size_t		 kept_errors;	/* of the n kept */
};

/*
 * At most DIAG_KEEP errors and DIAG_KEEP warnings are kept in a list,
 * further ones are counted only (a hostile file cannot make the report
 * unbounded); after sorting, at most DIAG_MAX are printed, errors first:
 * a warning is printed only when every error kept is, so that no number
 * of warnings hides an error. Keeping far more than are printed makes
 * the printed ones the first by position whatever the order in which
 * loading threads found them.
 */
#define DIAG_MAX	1000
#define DIAG_KEEP	100000

void	 diag_add(struct diags *, enum diag_level, struct pos,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
#define diag_error(d, p, ...) diag_add((d), DIAG_ERROR, (p), __VA_ARGS__)
#define diag_warning(d, p, ...) diag_add((d), DIAG_WARNING, (p), __VA_ARGS__)
void	 diags_sort(struct diags *);
/*
 * Moves every diagnostic of from to the end of into (from is left empty),
 * keeping their order and the DIAG_KEEP limit.
 */
void	 diags_merge(struct diags *into, struct diags *from);
/*
 * Removes every diagnostic equal to one before it in the list (same
 * level, position and message), counts included: the report and the
 * charter booklet, rendered apart, find the same damaged font.
 */
void	 diags_unique(struct diags *);
/*
 * Prints the diagnostics, one a line, as "file:line:col: level: message",
 * then how many of each level were not shown. Control characters in the
 * path or the message (C0, DEL, C1, U+2028, U+2029, the bidirectional
 * overrides and isolates) and bytes that are not UTF-8 are printed as
 * escapes ("\n", "\x1b", "\u2028"), so that a diagnostic is always one
 * line and cannot forge another or drive the terminal.
 */
void	 diags_print(const struct diags *, FILE *);
/* Writes s to f with the escapes of diags_print. */
void	 diag_put_escaped(FILE *, const char *s);
void	 diags_release(struct diags *);

#endif
