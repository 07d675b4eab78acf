/*
 * Translatable messages (gettext). Every text a user reads (diagnostics,
 * usage, help, summary lines) is written in English in the code, wrapped
 * in _() where it is used, or in N_() where it only sits in a table and is
 * translated later with _(). The catalogues live in po/; main() binds the
 * text domain, so a program or test that does not (the unit tests) reads
 * English.
 */
#ifndef CLSPD_I18N_H
#define CLSPD_I18N_H

#include <libintl.h>

#define _(s)	gettext(s)
#define N_(s)	(s)

#endif
