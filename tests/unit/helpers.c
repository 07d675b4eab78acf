/*
 * Test helpers (see helpers.h).
 */
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../generator/util/alloc.h"
#include "../../generator/util/fs.h"
#include "helpers.h"

extern char **environ;

static char	 tmp_dir[PATH_MAX];
static char	 start_dir[PATH_MAX];
char		 test_clspd[2 * PATH_MAX];

const char *
test_enter_tmp(void)
{
	const char	*bin = getenv("CLSPD");

	/*
	 * The tests read clspd's messages in English, whatever the
	 * language of whoever runs them; the French tests set their own.
	 */
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	setenv("LC_MESSAGES", "C", 1);
	cr_assert(getcwd(start_dir, sizeof(start_dir)) != NULL);
	if (bin != NULL && bin[0] != '/')
		snprintf(test_clspd, sizeof(test_clspd), "%s/%s", start_dir,
		    bin);
	else
		snprintf(test_clspd, sizeof(test_clspd), "%s",
		    bin ? bin : "clspd");
	snprintf(tmp_dir, sizeof(tmp_dir), "/tmp/clspd-test-XXXXXX");
	cr_assert(mkdtemp(tmp_dir) != NULL, "mkdtemp: %s", strerror(errno));
	cr_assert(chdir(tmp_dir) == 0);
	return tmp_dir;
}

char *
test_repo_path(const char *rel)
{
	return xasprintf("%s/../%s", start_dir, rel);
}

void
test_leave_tmp(void)
{
	if (start_dir[0] != '\0')
		cr_assert(chdir(start_dir) == 0);
	if (tmp_dir[0] != '\0')
		fs_remove_tree(tmp_dir);
	tmp_dir[0] = '\0';
}

void
test_write_file(const char *path, const char *data, size_t len)
{
	char		*dir = xstrdup(path), *slash;
	const char	*step;

	if ((slash = strrchr(dir, '/')) != NULL) {
		*slash = '\0';
		cr_assert(fs_mkdir_p(dir) == 0, "mkdir %s", dir);
	}
	free(dir);
	cr_assert(fs_write_file(path, data, len, &step) == 0, "%s: %s", path,
	    step);
}

void
test_write_files(const char *dir, const struct tfile *files, size_t n)
{
	size_t	 i;
	char	*p;

	for (i = 0; i < n; i++) {
		p = fs_join(dir, files[i].path);
		if (files[i].text == NULL)
			unlink(p);
		else
			test_write_file(p, files[i].text,
			    strlen(files[i].text));
		free(p);
	}
}

static const struct tfile base_files[] = {
	{ "clspd.yaml",
	  "council: CLSPD de Test\n"
	  "territory: Testville\n"
	  "year: 2025\n"
	  "thematics:\n"
	  "  - id: t\n"
	  "    title: Thématique\n"
	  "    group: [p]\n" },
	{ "partners/p.yaml", "name: Partenaire P\nkind: commune\n" },
	{ "partners/q.yaml", "name: Partenaire Q\nkind: etat\n" },
	{ "actions/a.yaml",
	  "title: Action A\n"
	  "thematic: t\n"
	  "description: Décrire.\n"
	  "objectives: Viser.\n" },
	{ "indicators/i.yaml",
	  "action: a\n"
	  "label: Compter\n"
	  "values: {2025: 10}\n" },
};

void
test_content(const struct tfile *extra, size_t n)
{
	test_write_files("content", base_files,
	    sizeof(base_files) / sizeof(base_files[0]));
	if (n > 0)
		test_write_files("content", extra, n);
}

char *
test_check_err(int *status)
{
	struct run	 r = test_run(60, (const char *const[]){ "check",
	    "content", NULL });
	char		*text, *last;
	size_t		 len;

	*status = r.status;
	text = r.err;
	r.err = NULL;
	run_free(&r);
	/* Drop the summary line, the last, which ends with a time. */
	len = strlen(text);
	if (len > 0 && text[len - 1] == '\n')
		text[--len] = '\0';
	last = strrchr(text, '\n');
	last = last != NULL ? last + 1 : text;
	if (strncmp(last, "clspd", 5) == 0)
		*last = '\0';
	else if (len > 0)
		text[len] = '\n';
	return text;
}

char *
test_diagnostics(struct model **mp)
{
	struct diags	 d;
	struct model	*m;
	const char	*err = NULL;
	char		*text = NULL;
	size_t		 len = 0;
	FILE		*f;

	memset(&d, 0, sizeof(d));
	m = load_content("content", &d, &err);
	cr_assert(m != NULL, "load_content: %s", err);
	check_model(m, &d);
	diags_sort(&d);
	f = open_memstream(&text, &len);
	diags_print(&d, f);
	fclose(f);
	diags_release(&d);
	if (mp != NULL)
		*mp = m;
	else
		model_free(m);
	return text;
}

struct model *
test_model(struct figures **fp)
{
	struct model	*m;
	char		*text = test_diagnostics(&m);

	cr_assert(strstr(text, ": error: ") == NULL, "unexpected errors:\n%s",
	    text);
	free(text);
	*fp = metrics_compute(m);
	return m;
}

char *
test_read(const char *path, size_t *len)
{
	struct buf	 b = BUF_INIT;

	cr_assert(fs_read_file(path, 1u << 30, &b) == 0, "read %s: %s", path,
	    strerror(errno));
	if (len != NULL)
		*len = b.len;
	return buf_detach(&b);
}

double
test_now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct run
test_run(int timeout, const char *const argv[])
{
	struct run			 r;
	posix_spawn_file_actions_t	 fa;
	pid_t				 pid;
	int				 st = 0, waited;
	char				 outp[64], errp[64];
	const char			**av;
	size_t				 n, i;
	struct rusage			 ru;
	double				 t0, deadline;

	memset(&r, 0, sizeof(r));
	for (n = 0; argv[n] != NULL; n++)
		;
	av = xcalloc(n + 2, sizeof(*av));
	av[0] = test_clspd[0] ? test_clspd : "clspd";
	for (i = 0; i < n; i++)
		av[i + 1] = argv[i];
	snprintf(outp, sizeof(outp), "/tmp/clspd-run-%ld.out", (long)getpid());
	snprintf(errp, sizeof(errp), "/tmp/clspd-run-%ld.err", (long)getpid());
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, outp,
	    O_WRONLY | O_CREAT | O_TRUNC, 0644);
	posix_spawn_file_actions_addopen(&fa, 2, errp,
	    O_WRONLY | O_CREAT | O_TRUNC, 0644);
	t0 = test_now();
	cr_assert(posix_spawn(&pid, av[0], &fa, NULL, (char *const *)av,
	    environ) == 0, "cannot run %s", av[0]);
	posix_spawn_file_actions_destroy(&fa);
	deadline = t0 + timeout;
	for (;;) {
		waited = wait4(pid, &st, WNOHANG, &ru);
		if (waited == pid)
			break;
		if (test_now() > deadline) {
			kill(pid, SIGKILL);
			wait4(pid, &st, 0, &ru);
			cr_assert_fail("%s did not finish within %d s (a hang)",
			    av[0], timeout);
			break;
		}
		usleep(2000);
	}
	r.seconds = test_now() - t0;
	r.maxrss_kib = ru.ru_maxrss;
	r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	r.out = test_read(outp, NULL);
	r.err = test_read(errp, NULL);
	unlink(outp);
	unlink(errp);
	free(av);
	return r;
}

void
run_free(struct run *r)
{
	free(r->out);
	free(r->err);
}

int
test_same_tree(const char *a, const char *b)
{
	char	**na, **nb, *pa, *pb, *da, *db;
	size_t	 ca, cb, i, la, lb;
	int	 same = 1;

	if (fs_is_file(a) || fs_is_file(b)) {
		if (!fs_is_file(a) || !fs_is_file(b))
			return 0;
		da = test_read(a, &la);
		db = test_read(b, &lb);
		same = la == lb && memcmp(da, db, la) == 0;
		free(da);
		free(db);
		return same;
	}
	if (fs_list_dir(a, &na, &ca) == -1)
		return 0;
	if (fs_list_dir(b, &nb, &cb) == -1) {
		fs_names_free(na, ca);
		return 0;
	}
	same = ca == cb;
	for (i = 0; same && i < ca; i++) {
		same = strcmp(na[i], nb[i]) == 0;
		if (!same)
			break;
		pa = fs_join(a, na[i]);
		pb = fs_join(b, nb[i]);
		same = test_same_tree(pa, pb);
		free(pa);
		free(pb);
	}
	fs_names_free(na, ca);
	fs_names_free(nb, cb);
	return same;
}

char *
test_sh(const char *cmd, int *status)
{
	struct buf	 b = BUF_INIT;
	char		 chunk[4096];
	size_t		 n;
	FILE		*p = popen(cmd, "r");
	int		 st;

	cr_assert(p != NULL, "%s", cmd);
	while ((n = fread(chunk, 1, sizeof(chunk), p)) > 0)
		buf_put(&b, chunk, n);
	st = pclose(p);
	if (status != NULL)
		*status = st;
	else
		cr_assert_eq(st, 0, "%s failed", cmd);
	buf_putc(&b, '\0');
	return buf_detach(&b);
}

char *
test_git(const char *fmt, ...)
{
	va_list	 ap;
	char	*cmd, *full, *out;

	va_start(ap, fmt);
	if (vasprintf(&cmd, fmt, ap) == -1)
		abort();
	va_end(ap);
	full = xasprintf("%s%s", TEST_GIT_ENV, cmd);
	out = test_sh(full, NULL);
	free(full);
	free(cmd);
	return out;
}

void
test_build(const char *content, const char *out, const char *option)
{
	char		*sample = content == NULL ?
			    test_repo_path("content") : NULL;
	const char	*argv[] = { "build", content != NULL ? content :
			    sample, "-o", out, "-q", option, NULL };
	struct run	 r;

	setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
	r = test_run(60, argv);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	free(sample);
}

void
test_walk(const char *dir, void (*fn)(const char *path))
{
	char		**names, *p;
	unsigned char	 *dirs;
	size_t		  n, i;

	cr_assert(fs_list_dir_kinds(dir, &names, &dirs, &n) == 0);
	for (i = 0; i < n; i++) {
		p = fs_join(dir, names[i]);
		if (dirs[i])
			test_walk(p, fn);
		else
			fn(p);
		free(p);
	}
	fs_names_free(names, n);
	free(dirs);
}
