/*
 * The source stage, first of the pipeline: where a build comes from.
 * When the content folder is inside a git work tree, the commit at HEAD
 * (its full id and committer date) and whether any file of the folder
 * differs from it. The view prints it ("Version du contenu : …"), the
 * open data carry it (metrics.json "source"), the PDFs' XMP name the
 * commit, and the build date of an unmodified commit is the commit's
 * (build.c), so that two builds of one commit give the same bytes.
 * Read with libgit2; clspd never runs the git command.
 */
#ifndef CLSPD_SOURCE_STAMP_H
#define CLSPD_SOURCE_STAMP_H

#include <time.h>

struct source_stamp {
	int	 found;		/* 0: not in git (or no commit yet) */
	char	 commit[41];	/* the full id, hexadecimal */
	time_t	 date;		/* the committer's date */
	int	 offset;	/* its time zone, minutes east of UTC */
	int	 modified;	/* a file of the content differs from it */
};

/*
 * Fills *st for the content folder content. Outside git, or in a
 * repository without a commit, st->found is 0 and 0 is returned. Returns
 * -1 with *err set (a static message) when the repository exists but
 * cannot be read; st->found is then 0 too.
 */
int	 source_stamp_read(const char *content, struct source_stamp *st,
	    const char **err);

/*
 * The stamp of commit rev in the repository holding content (clspd build
 * --rev): never modified. Returns 0, or -1 with *err set.
 */
struct git_commit;
int	 source_stamp_of_commit(const struct git_commit *,
	    struct source_stamp *);

/* "2026-03-12T10:00:00+01:00": the date with its offset, into out[64]. */
void	 source_stamp_iso(const struct source_stamp *, char out[64]);

#endif
