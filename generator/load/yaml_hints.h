/*
 * Hints for YAML syntax errors (yaml_hints.c): the mistakes a French
 * writer makes (an apostrophe in single quotes, a quote never closed, a
 * tab, a ': ' inside a text, « » used as quotes) reported at their place
 * with what to write, in place of libyaml's message.
 */
#ifndef CLSPD_YAML_HINTS_H
#define CLSPD_YAML_HINTS_H

#include <stddef.h>

#include <yaml.h>

#include "../util/diag.h"

/* Where libyaml failed, in the text it read. */
struct yaml_hint_input {
	const char		*path;
	const char		*data;
	size_t			 len;
	int			 line0;		/* added to every line */
	const yaml_parser_t	*parser;
	size_t			 line;		/* of the error, 0-based */
	size_t			 column;	/* 0-based, in characters */
	size_t			 column_byte;	/* set by yaml_hints_report */
};

/* Reports the mistake behind the error and returns 1, or returns 0. */
int	 yaml_hints_report(struct yaml_hint_input *, struct diags *);

#endif
