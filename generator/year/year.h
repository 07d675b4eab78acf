/*
 * "clspd year YEAR [CONTENT]": starts the next reporting year. Sets
 * year: in clspd.yaml (the line edited in place, comments kept) and
 * prints what must be filled for it, each item at the file:line where
 * to write it (docs/guide/annee-suivante.md).
 */
#ifndef CLSPD_YEAR_H
#define CLSPD_YEAR_H

#include "../util/exit.h"

/*
 * Runs the command: year is the operand as typed, force allows going
 * back or skipping years. Returns an exit status of util/exit.h after
 * printing the checklist on stdout, or the problem on stderr.
 */
int	 year_run(const char *content, const char *year, int force);

#endif
