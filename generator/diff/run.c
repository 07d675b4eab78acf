/*
 * clspd diff (diff.h): both versions are read through the loader's one
 * interface (source/tree.h), a commit's tree or the folder on disk, and
 * checked as a build checks them, then compared.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../load/load.h"
#include "../load/yaml.h"
#include "../markdown/markdown.h"
#include "../source/stamp.h"
#include "../source/tags.h"
#include "../source/tree.h"
#include "../util/alloc.h"
#include "../util/exit.h"
#include "../util/i18n.h"
#include "diff.h"

struct version {
	const char		*rev;		/* NULL: the work tree */
	struct source_stamp	 stamp;
	struct model		*m;
};

/*
 * Loads and checks content as rev has it. Returns 0, or an exit status
 * after printing why (the problems of a version with errors).
 */
static int
version_load(const char *content, struct version *v)
{
	struct source_tree	*t;
	struct diags		 d;
	const char		*err = "";
	char			*e = NULL;
	int			 rc = 0;

	memset(&v->stamp, 0, sizeof(v->stamp));
	if (v->rev == NULL) {
		t = source_tree_folder(content);
		(void)source_stamp_read(content, &v->stamp, &err);
	} else if ((t = source_tree_git(content, v->rev, &v->stamp,
	    &e)) == NULL) {
		fprintf(stderr, _("clspd: %s: %s\n"), v->rev, e);
		free(e);
		return EXIT_USAGE;
	}
	memset(&d, 0, sizeof(d));
	if ((v->m = load_content_tree(t, &d, &err)) == NULL) {
		fprintf(stderr, _("clspd: %s: %s\n"), t->root, err);
		rc = EXIT_IO;
	} else {
		check_model(v->m, &d);
		if (d.errors > 0) {
			diags_sort(&d);
			diags_print(&d, stderr);
			fprintf(stderr, _("clspd: %s has errors: correct them "
			    "to compare it\n"), t->root);
			rc = EXIT_CONTENT;
		}
	}
	diags_release(&d);
	source_tree_free(t);
	return rc;
}

/* --from's default: the latest bilan-<year> tag. 0 or an exit status. */
static int
default_from(const char *content, struct source_tags *tags,
    const char **from)
{
	const char	*err = "";
	int		 rc = source_tags_read(content, tags, &err);

	if (rc == -1) {
		fprintf(stderr, _("clspd: %s: cannot read its git repository "
		    "(%s)\n"), content, err);
		return EXIT_IO;
	}
	if (rc == 0) {
		fprintf(stderr, _("clspd: diff: %s is not in a git repository: "
		    "clspd diff compares two versions of it in git\n"),
		    content);
		return EXIT_USAGE;
	}
	if (source_tags_latest(tags) == NULL) {
		fprintf(stderr, _("clspd: diff: no bilan-YEAR tag in the git "
		    "repository of %s: tag the adopted report (git tag "
		    "bilan-2025), or say what to compare with --from REV\n"),
		    content);
		return EXIT_USAGE;
	}
	*from = source_tags_latest(tags)->name;
	return 0;
}

int
diff_run(const char *content, const char *from, const char *to,
    enum diff_format f)
{
	struct source_tags	 tags;
	struct version		 a, b;
	struct diff		 d;
	struct diff_sides	 s;
	struct buf		 out = { 0 };
	int			 rc;

	memset(&tags, 0, sizeof(tags));
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	if (from == NULL && (rc = default_from(content, &tags, &from)) != 0)
		goto done;
	a.rev = from;
	b.rev = to;
	if ((rc = version_load(content, &a)) != 0 ||
	    (rc = version_load(content, &b)) != 0)
		goto done;
	diff_compare(&d, a.m, b.m);
	s = (struct diff_sides){ .from_rev = from,
	    .from_commit = a.stamp.found ? a.stamp.commit : NULL,
	    .to_rev = to, .to_commit = b.stamp.found ? b.stamp.commit : NULL,
	    .to_modified = b.stamp.found && b.stamp.modified };
	diff_write(&out, &d, &s, f);
	fwrite(out.data != NULL ? out.data : "", 1, out.len, stdout);
	rc = fflush(stdout) == 0 ? EXIT_OK : EXIT_IO;
	buf_release(&out);
	diff_release(&d);
done:
	model_free(a.m);
	model_free(b.m);
	source_tags_release(&tags);
	markdown_scratch_free();
	yaml_scratch_free();
	return rc;
}
