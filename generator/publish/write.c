/*
 * The publisher as a sink (util/sink.h): each file the renderers hand
 * it is written into the staging folder, created from that folder's
 * descriptor, so that a folder deleted or replaced during the build
 * makes the build fail, never fills another one. Lanes (threads of the
 * renderers) write into the same folder.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "publish.h"
#include "publish_int.h"

/*
 * Opens rel below the folder dir (a descriptor), creating its folders
 * as needed, following no link. Returns a descriptor, or -1 with errno
 * set: ENOENT once dir was deleted (nothing is created in a deleted
 * folder, so a build whose folder went never fills another one).
 */
static int
publish_create(int dir, const char *rel)
{
	char	*copy = xstrdup(rel), *part, *slash;
	int	 fd, at = dir, saved;

	for (part = copy; (slash = strchr(part, '/')) != NULL;
	    part = slash + 1) {
		*slash = '\0';
		if (mkdirat(at, part, 0755) == -1 && errno != EEXIST)
			fd = -1;
		else
			fd = openat(at, part, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
		saved = errno;
		if (at != dir)
			close(at);
		errno = saved;
		if ((at = fd) == -1)
			goto out;
	}
	fd = openat(at, part, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW |
	    O_CLOEXEC, 0644);
	saved = errno;
	if (at != dir)
		close(at);
	errno = saved;
out:
	free(copy);
	return fd;
}

/* Prints a failure, unless the build was interrupted (already said). */
static void
publish_error(const char *path, const char *step, int err)
{
	if (publish_signal == 0)
		fprintf(stderr, _("clspd: %s: %s failed: %s\n"), path, step,
		    strerror(err));
}

/* Opens a file below the staging folder. Returns 0 or -1 (printed). */
static int
publisher_open(struct sink *sink, const char *rel)
{
	struct publisher	*p = (struct publisher *)sink;
	int			 fd;

	p->path = fs_join(p->staging, rel);
	if ((fd = publish_create(p->dir, rel)) == -1 ||
	    (p->file = fdopen(fd, "wb")) == NULL) {
		publish_error(p->path, _("open"), errno);
		if (fd != -1)
			close(fd);
		return -1;
	}
	return 0;
}

static int
publisher_append(struct sink *sink, const char *data, size_t len)
{
	struct publisher	*p = (struct publisher *)sink;

	if (fwrite(data, 1, len, p->file) == len)
		return 0;
	publish_error(p->path, _("write"), errno);
	return -1;
}

/* Flushes and closes the file, checking both. Returns 0 or -1 (printed). */
static int
publisher_close(struct sink *sink)
{
	struct publisher	*p = (struct publisher *)sink;
	const char		*step = _("flush");
	int			 rc = 0, saved = 0;

	if (p->file == NULL)
		return -1;
	if (fflush(p->file) != 0) {
		saved = errno;
		rc = -1;
	}
	if (fclose(p->file) != 0 && rc == 0) {
		saved = errno;
		step = _("close");
		rc = -1;
	}
	if (rc == -1)
		publish_error(p->path, step, saved);
	p->file = NULL;
	free(p->path);
	p->path = NULL;
	return rc;
}

/*
 * A lane of a publisher is a publisher of its own that writes into the
 * same staging folder and owns neither that folder nor OUT.
 */
static struct sink *
publisher_lane_new(struct sink *sink)
{
	struct publisher	*p = (struct publisher *)sink;
	struct publisher	*lane = xcalloc(1, sizeof(*lane));

	lane->sink = p->sink;
	lane->sink.files = 0;
	lane->sink.failed = 0;
	lane->staging = p->staging;
	lane->dir = p->dir;
	lane->lock = -1;
	return &lane->sink;
}

static void
publisher_lane_end(struct sink *sink, struct sink *l)
{
	struct publisher	*lane = (struct publisher *)l;

	(void)sink;
	if (lane->file != NULL)
		fclose(lane->file);
	free(lane->path);
	free(lane);
}

void
publish_sink_init(struct publisher *p)
{
	p->sink.open = publisher_open;
	p->sink.append = publisher_append;
	p->sink.close = publisher_close;
	p->sink.lane_new = publisher_lane_new;
	p->sink.lane_end = publisher_lane_end;
}
