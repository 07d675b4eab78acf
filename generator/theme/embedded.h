/*
 * The default theme's files, compiled into the binary by tools/embed.c.
 */
#ifndef CLSPD_EMBEDDED_H
#define CLSPD_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char	*path;	/* relative to themes/default/ */
	const char	*data;	/* NUL-terminated */
	size_t		 len;
};

/* Ends with an entry whose path is NULL. */
extern const struct embedded_file embedded_files[];

#endif
