/*
 * Threads (see thread.h): a thread that cannot start hands its work back
 * to the caller.
 */
#include <pthread.h>

#include "thread.h"

int (*thread_create)(pthread_t *, const pthread_attr_t *,
    void *(*)(void *), void *) = pthread_create;

int
thread_start(pthread_t *t, void *(*run)(void *), void *arg)
{
	return thread_create(t, NULL, run, arg) == 0 ? 0 : -1;
}
