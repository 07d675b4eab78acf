/*
 * Translatable messages (gettext). Every text a user reads (diagnostics,
 * usage, help, summary lines) is written in English in the code, wrapped
 * in _() where it is used, or in N_() where it only sits in a table and is
 * translated later with _(). Where a count is printed, ngettext chooses
 * the plural form. The catalogues live in po/; main() calls i18n_init, so
 * a program or test that does not (the unit tests) reads English.
 */
#ifndef CLSPD_I18N_H
#define CLSPD_I18N_H

#include <libintl.h>

#define _(s)	gettext(s)
#define N_(s)	s

/* The text domain: po/clspd.pot, LC_MESSAGES/clspd.mo. */
#define I18N_DOMAIN	"clspd"

/*
 * Chooses the message language from the environment (LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG) and binds the catalogue. Only LC_MESSAGES is taken
 * from the environment: every other category stays "C", so numbers,
 * dates and character classes are read and written as without it, and
 * the messages come out in UTF-8 whatever the locale's character set.
 * The catalogue is looked up beside the binary first (build/locale for
 * build/clspd, build/locale for ./clspd in the source tree), then in
 * LOCALEDIR, where `make install` puts it.
 */
void	 i18n_init(void);

#endif
