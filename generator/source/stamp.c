/*
 * Where a build comes from (see stamp.h): HEAD's commit and date, and
 * the status of the content folder's files against it.
 */
#include <stdio.h>
#include <string.h>

#include "repo.h"
#include "stamp.h"

int
source_stamp_of_commit(const struct git_commit *c, struct source_stamp *st)
{
	memset(st, 0, sizeof(*st));
	git_oid_tostr(st->commit, sizeof(st->commit), git_commit_id(c));
	st->date = (time_t)git_commit_time(c);
	st->offset = git_commit_time_offset(c);
	st->found = 1;
	return 0;
}

/*
 * Whether path, below the content folder, is what a build into the
 * default OUT inside it writes: CONTENT/output/ and its lock and staging
 * folders beside it (.output.*), which the loader never reads either.
 */
static int
stamp_output(const char *path)
{
	return strncmp(path, "output/", 7) == 0 ||
	    strncmp(path, ".output.", 8) == 0;
}

/*
 * Whether a file below prefix differs from HEAD: changed in the index or
 * the work tree, added (untracked but not ignored) or deleted; the build's
 * own output inside the folder does not count. Returns 1, 0, or -1 on a
 * libgit2 failure.
 */
static int
stamp_modified(git_repository *repo, const char *prefix)
{
	git_status_options	 opts;
	git_status_list		*list = NULL;
	char			*spec[1];
	size_t			 i, n, len = strlen(prefix);
	int			 rc = -1;

	git_status_options_init(&opts, GIT_STATUS_OPTIONS_VERSION);
	opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
	opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED |
	    GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
	    GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
	if (len > 0) {
		spec[0] = (char *)prefix;
		opts.pathspec.strings = spec;
		opts.pathspec.count = 1;
	}
	if (git_status_list_new(&list, repo, &opts) < 0)
		goto out;
	rc = 0;
	n = git_status_list_entrycount(list);
	for (i = 0; i < n && rc == 0; i++) {
		const git_status_entry	*e = git_status_byindex(list, i);
		const git_diff_delta	*d = e->head_to_index;
		const char		*path;

		if (d == NULL)
			d = e->index_to_workdir;
		if (e->status == GIT_STATUS_CURRENT ||
		    (e->status & GIT_STATUS_IGNORED) || d == NULL)
			continue;
		path = d->new_file.path != NULL ? d->new_file.path :
		    d->old_file.path;
		/* The pathspec is a pattern: keep to the folder exactly. */
		if ((len == 0 || strncmp(path, prefix, len) == 0) &&
		    !stamp_output(path + len))
			rc = 1;
	}
out:
	git_status_list_free(list);
	return rc;
}

int
source_stamp_read(const char *content, struct source_stamp *st,
    const char **err)
{
	struct source_repo	 r;
	git_reference		*head = NULL;
	git_commit		*c = NULL;
	int			 rc = -1, m;

	memset(st, 0, sizeof(*st));
	if ((m = source_repo_open(content, &r, err)) != 1) {
		rc = m;
		goto out;
	}
	if ((m = git_repository_head(&head, r.repo)) == GIT_EUNBORNBRANCH ||
	    m == GIT_ENOTFOUND) {
		rc = 0;
		goto out;
	}
	if (m < 0 || git_reference_peel((git_object **)&c, head,
	    GIT_OBJECT_COMMIT) < 0)
		goto fail;
	source_stamp_of_commit(c, st);
	if ((m = stamp_modified(r.repo, r.prefix)) == -1)
		goto fail;
	st->modified = m;
	rc = 0;
	goto out;
fail:
	*err = source_git_error();
	memset(st, 0, sizeof(*st));
out:
	git_commit_free(c);
	git_reference_free(head);
	source_repo_close(&r);
	return rc;
}

void
source_stamp_iso(const struct source_stamp *st, char out[64])
{
	struct tm	 tm;
	time_t		 local = st->date + (time_t)st->offset * 60;
	int		 off = st->offset < 0 ? -st->offset : st->offset;

	gmtime_r(&local, &tm);
	snprintf(out, 64, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	    tm.tm_min, tm.tm_sec, st->offset < 0 ? '-' : '+', off / 60 % 100,
	    off % 60);
}
