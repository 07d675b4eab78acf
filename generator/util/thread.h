/*
 * Threads, and the one policy when one cannot start. clspd uses threads
 * only to go faster (loading the content, the PDFs beside the site, the
 * PDF's compression): outputs and diagnostics never depend on them. So a
 * thread that fails to start is neither an error nor a warning: the work
 * it would have done runs on the calling thread instead, after the
 * caller's own share, and the build ends the same, only slower.
 */
#ifndef CLSPD_THREAD_H
#define CLSPD_THREAD_H

#include <pthread.h>

/*
 * Starts run(arg) on a new thread. Returns 0 (join it with
 * pthread_join), or -1 when no thread could be started: the caller then
 * runs that work itself.
 */
int	 thread_start(pthread_t *, void *(*run)(void *), void *arg);

/*
 * What thread_start calls: pthread_create, or in tests a stand-in that
 * fails, to check the policy above.
 */
extern int (*thread_create)(pthread_t *, const pthread_attr_t *,
	    void *(*)(void *), void *);

#endif
