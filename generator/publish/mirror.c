/*
 * The site folder is self-contained: the PDFs it links to are inside it,
 * in site/pdf/, so that a web server serving site/ (or a copy of it)
 * serves its download links too. They stay in OUT/pdf/ as well, for
 * those who print or send them: each site/pdf/ file is a hard link to
 * its OUT/pdf/ twin, the same bytes on disk once, made in the staging
 * folder before it is swapped in (a copy where the file system has no
 * hard links).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/buf.h"
#include "../util/i18n.h"
#include "../util/fs.h"
#include "publish.h"

/* Links (or copies) from to to. Returns 0, or -1 after printing why. */
static int
mirror_file(const char *from, const char *to)
{
	struct buf	 b = BUF_INIT;
	const char	*step = _("read");
	int		 rc = 0;

	if (link(from, to) == 0)
		return 0;
	if (fs_read_file(from, SIZE_MAX / 2, &b) != 0 ||
	    fs_write_file(to, b.data ? b.data : "", b.len, &step) == -1) {
		fprintf(stderr, _("clspd: %s: cannot %s: %s\n"), to, step,
		    strerror(errno));
		rc = -1;
	}
	buf_release(&b);
	return rc;
}

int
publish_mirror_pdfs(const char *staging, size_t *files)
{
	char	*src = fs_join(staging, "pdf"), *dst = fs_join(staging,
		    "site/pdf"), *site = fs_join(staging, "site"),
		**names = NULL, *from, *to;
	size_t	 n = 0, i;
	int	 rc = -1;

	/* Nothing to mirror, or no site to mirror into (--only pdf). */
	if (!fs_is_dir(src) || !fs_is_dir(site)) {
		rc = 0;
		goto out;
	}
	if (fs_list_dir(src, &names, &n) == -1 || fs_mkdir_p(dst) == -1) {
		fprintf(stderr, _("clspd: %s: %s\n"), dst, strerror(errno));
		goto out;
	}
	for (i = 0; i < n; i++) {
		from = fs_join(src, names[i]);
		to = fs_join(dst, names[i]);
		rc = mirror_file(from, to);
		free(from);
		free(to);
		if (rc == -1)
			goto out;
		(*files)++;
	}
	rc = 0;
out:
	fs_names_free(names, n);
	free(src);
	free(dst);
	free(site);
	return rc;
}
