/*
 * Binding the message catalogue (see i18n.h). The look-up beside the
 * binary lets ./clspd and build/clspd speak French from the source tree,
 * before any installation; an installed clspd finds nothing there and
 * uses LOCALEDIR, compiled in from the Makefile's PREFIX.
 */
#include <sys/stat.h>

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"

#ifndef LOCALEDIR
#define LOCALEDIR	"/usr/local/share/locale"
#endif

static int
i18n_is_dir(const char *path)
{
	struct stat	 st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * Writes into dir (size bytes) the catalogue folder of the build tree the
 * running binary sits in: EXEDIR/locale, else EXEDIR/build/locale.
 * Returns 0, or -1 when there is none (an installed binary).
 */
static int
i18n_tree_dir(char *dir, size_t size)
{
	char		 exe[PATH_MAX];
	ssize_t		 n;
	char		*slash;
	int		 len;

	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) <= 0)
		return -1;
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) == NULL)
		return -1;
	*slash = '\0';
	len = snprintf(dir, size, "%s/locale", exe);
	if (len > 0 && (size_t)len < size && i18n_is_dir(dir))
		return 0;
	len = snprintf(dir, size, "%s/build/locale", exe);
	if (len > 0 && (size_t)len < size && i18n_is_dir(dir))
		return 0;
	return -1;
}

void
i18n_init(void)
{
	char	 dir[PATH_MAX + 16];

	setlocale(LC_MESSAGES, "");
	if (i18n_tree_dir(dir, sizeof(dir)) == 0)
		bindtextdomain(I18N_DOMAIN, dir);
	else
		bindtextdomain(I18N_DOMAIN, LOCALEDIR);
	bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
	textdomain(I18N_DOMAIN);
}
