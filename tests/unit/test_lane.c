/*
 * Sinks for renderers in threads (publish.h, sink_lane): each thread
 * writes to its own lane; the files all reach the output.
 */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../generator/build/build.h"
#include "../../generator/publish/publish.h"
#include "../../generator/util/fs.h"
#include "../../generator/util/thread.h"
#include "helpers.h"

TestSuite(lane, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

struct job {
	struct sink	*sink;
	const char	*prefix;
};

/* Writes 50 files, a third of them in parts. */
static void *
write_files(void *arg)
{
	struct job	*j = arg;
	struct buf	 b = BUF_INIT;
	char		 path[64];
	int		 i;

	for (i = 0; i < 50; i++) {
		snprintf(path, sizeof(path), "%s/f%02d.txt", j->prefix, i);
		if (i % 3 == 0) {
			sink_open(j->sink, path);
			buf_printf(&b, "%s ", j->prefix);
			sink_flush(j->sink, &b);
			buf_printf(&b, "%d\n", i);
			sink_close(j->sink, &b);
		} else {
			buf_printf(&b, "%s %d\n", j->prefix, i);
			sink_write(j->sink, path, &b);
			buf_truncate(&b, 0);
		}
	}
	buf_release(&b);
	return NULL;
}

Test(lane, in_memory_lanes_keep_every_file_in_order)
{
	struct output_set	 set;
	struct job		 a, b;
	pthread_t		 t;

	output_set_init(&set);
	a.sink = sink_lane(&set.sink);
	a.prefix = "site";
	b.sink = &set.sink;
	b.prefix = "pdf";
	cr_assert(pthread_create(&t, NULL, write_files, &a) == 0);
	write_files(&b);
	pthread_join(t, NULL);
	cr_assert_eq(sink_lane_end(&set.sink, a.sink), 0);
	cr_assert_eq(set.sink.files, 100);
	cr_assert_eq(set.n, 100);
	cr_assert_str_eq(set.v[0].path, "pdf/f00.txt");
	cr_assert_str_eq(set.v[50].path, "site/f00.txt");
	cr_assert_str_eq(buf_cstr(&output_set_find(&set,
	    "site/f03.txt")->data), "site 3\n");
	output_set_release(&set);
}

Test(lane, publisher_lanes_write_into_one_output)
{
	struct publisher	 p;
	struct job		 a, b;
	pthread_t		 t;
	struct buf		 data = BUF_INIT;

	cr_assert(publish_begin(&p, "out") == 0);
	a.sink = sink_lane(&p.sink);
	a.prefix = "site";
	b.sink = &p.sink;
	b.prefix = "pdf";
	cr_assert(pthread_create(&t, NULL, write_files, &a) == 0);
	write_files(&b);
	pthread_join(t, NULL);
	cr_assert_eq(sink_lane_end(&p.sink, a.sink), 0);
	cr_assert_eq(p.sink.files, 100);
	cr_assert_eq(publish_commit(&p), 0);
	cr_assert(fs_read_file("out/site/f49.txt", 1024, &data) == 0);
	cr_assert_str_eq(buf_cstr(&data), "site 49\n");
	buf_truncate(&data, 0);
	cr_assert(fs_read_file("out/pdf/f00.txt", 1024, &data) == 0);
	cr_assert_str_eq(buf_cstr(&data), "pdf 0\n");
	buf_release(&data);
}

Test(lane, a_failed_lane_fails_the_build)
{
	struct publisher	 p;
	struct sink		*lane;
	struct buf		 b = BUF_INIT;

	cr_redirect_stderr();
	cr_assert(publish_begin(&p, "out") == 0);
	lane = sink_lane(&p.sink);
	buf_puts(&b, "x");
	/* A folder where the file should go: the open fails. */
	cr_assert(sink_write(lane, "a/b.txt", &b) == 0);
	cr_assert(sink_write(lane, "a", &b) == -1);
	cr_assert_eq(sink_lane_end(&p.sink, lane), -1);
	cr_assert(p.sink.failed);
	cr_assert_eq(publish_commit(&p), -1);
	cr_assert(!fs_is_dir("out"));
	buf_release(&b);
}

/* A pthread_create that never starts a thread, and counts its calls. */
static int refused;

static int
refuse_thread(pthread_t *t, const pthread_attr_t *attr,
    void *(*run)(void *), void *arg)
{
	(void)t;
	(void)attr;
	(void)run;
	(void)arg;
	refused++;
	return 11;	/* EAGAIN */
}

/*
 * util/thread.h: a thread that cannot start, in loading, beside the site
 * or in the PDF's compression, leaves its work to the caller: the build
 * succeeds with the same files and the same messages as with one thread
 * (and the signal watcher of the publisher too).
 */
Test(lane, threads_that_cannot_start_change_nothing)
{
	char			*sample = test_repo_path("content");
	struct build_options	 o = { .content = sample, .content_given = 1,
				    .output = "refused", .theme = "default",
				    .quiet = 1 };
	struct run		 one;

	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	setenv("CLSPD_JOBS", "1", 1);
	one = test_run(60, (const char *const[]){ "build", sample, "-o",
	    "one", "-q", NULL });
	cr_assert_eq(one.status, 0, "%s", one.err);
	setenv("CLSPD_JOBS", "4", 1);
	thread_create = refuse_thread;
	cr_redirect_stderr();
	cr_assert_eq(build_run(&o), 0);
	fflush(stderr);
	cr_assert_stderr_eq_str(one.err);
	/*
	 * Loading (3 workers), the two PDFs, each PDF's compression, the
	 * publisher's signal watcher (whose signals keep their default).
	 */
	cr_assert_geq(refused, 5, "%d", refused);
	cr_assert(test_same_tree("one", "refused"));
	run_free(&one);
	free(sample);
}
