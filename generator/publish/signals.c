/*
 * SIGINT, SIGTERM and SIGHUP, handled by a thread of their own while a
 * publisher is open (publish.h, publish_signals_catch): before the
 * exchange, it removes the new folder, says so once and ends the
 * process by the signal at once; after it, the build is complete and
 * ends normally.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "../util/thread.h"
#include "publish.h"
#include "publish_int.h"

/*
 * The signal that interrupted the build, 0 if none; set by the signal
 * thread, which also stops the sinks (sink_interrupt).
 */
volatile sig_atomic_t	 publish_signal;

/*
 * The signal thread's view of the publisher: one build publishes at a
 * time in a process, so it is global (publish_int.h). The mutex makes
 * the choice between "interrupted" and "published" atomic:
 * publish_commit holds it from the last check of the flag to the end of
 * the exchange.
 */
pthread_mutex_t		 publish_mutex = PTHREAD_MUTEX_INITIALIZER;
struct publisher	*publish_current;	/* NULL: no staging yet */
int			 publish_done;		/* OUT was replaced */
static pthread_t	 publish_thread;
int			 publish_watching;
static int		 publish_signals_disabled;	/* publish_signals_off */
static sigset_t		 publish_saved_mask;
static char		*publish_out_name;	/* OUT, for the message */

/*
 * Removes the staging folder, trying again while threads still writing
 * into it add files (they stop once their folder is gone).
 */
static void
publish_remove_staging(const char *staging)
{
	int	 i;

	for (i = 0; i < 20 && fs_remove_tree(staging) == -1; i++)
		usleep(1000);
}

/*
 * The signal thread: waits for SIGINT, SIGTERM or SIGHUP. Before OUT is
 * replaced, the build is abandoned at once: the staging folder removed,
 * the lock released, one line said, and the process ended by the
 * signal. After, the build is complete: it goes on to its end.
 */
static void *
publish_watch(void *arg)
{
	sigset_t	*set = arg, one;
	int		 signo;

	for (;;) {
		if (sigwait(set, &signo) != 0)
			continue;
		pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
		pthread_mutex_lock(&publish_mutex);
		if (publish_done) {
			pthread_mutex_unlock(&publish_mutex);
			pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL);
			continue;
		}
		publish_signal = signo;
		sink_interrupt(signo);
		fprintf(stderr, _("clspd: interrupted; %s is left as it "
		    "was\n"), publish_out_name);
		if (publish_current != NULL) {
			if (publish_current->staging != NULL)
				publish_remove_staging(
				    publish_current->staging);
			publish_unlock(publish_current);
		}
		signal(signo, SIG_DFL);
		sigemptyset(&one);
		sigaddset(&one, signo);
		pthread_sigmask(SIG_UNBLOCK, &one, NULL);
		raise(signo);
		_exit(128 + signo);	/* not reached */
	}
	return NULL;
}

void
publish_signals_catch(const char *out)
{
	static sigset_t	 set;

	if (publish_watching || publish_signals_disabled)
		return;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	publish_signal = 0;
	sink_interrupt(0);
	publish_done = 0;
	free(publish_out_name);
	publish_out_name = xstrdup(out);
	pthread_sigmask(SIG_BLOCK, &set, &publish_saved_mask);
	/*
	 * Without the thread (util/thread.h's policy: no error), the signals
	 * keep their default action: a killed build leaves its lock and
	 * temporary folder, which the next build cleans (lock.c).
	 */
	publish_watching = thread_start(&publish_thread, publish_watch,
	    &set) == 0;
	if (!publish_watching)
		pthread_sigmask(SIG_SETMASK, &publish_saved_mask, NULL);
}

/*
 * A caller that handles the signals itself (clspd serve, whose builds
 * run in a process that must stop cleanly, not end by the signal) turns
 * the publish stage's handling off, once, before any build.
 */
void
publish_signals_off(void)
{
	publish_signals_disabled = 1;
}

void
publish_signals_release(void)
{
	sigset_t		 set;
	struct timespec		 zero = { 0, 0 };

	if (!publish_watching)
		return;
	pthread_cancel(publish_thread);
	pthread_join(publish_thread, NULL);
	publish_watching = 0;
	/*
	 * Published: the build is complete and ends normally, so the
	 * signals stay blocked until the process ends (one that came is
	 * dropped), instead of killing a finished build on its way out
	 * with a status that says it failed. Not published: as before.
	 */
	if (publish_done) {
		sigemptyset(&set);
		sigaddset(&set, SIGINT);
		sigaddset(&set, SIGTERM);
		sigaddset(&set, SIGHUP);
		while (sigtimedwait(&set, NULL, &zero) > 0)
			;
	} else
		pthread_sigmask(SIG_SETMASK, &publish_saved_mask, NULL);
	free(publish_out_name);
	publish_out_name = NULL;
}
