/*
 * What the serving threads share with the thread that watches and builds
 * (serve.c): the folders to serve and, under the lock, the generation of
 * the last site build and the pages it calls for.
 */
#ifndef CLSPD_SERVE_STATE_H
#define CLSPD_SERVE_STATE_H

#include <pthread.h>
#include <stddef.h>

struct serve_state {
	pthread_mutex_t	 lock;
	pthread_cond_t	 changed;	/* generation or stopping changed */
	unsigned long	 generation;	/* site builds so far */
	int		 stopping;
	char		*error_page;	/* owned; NULL while the site built */
	char		*inject;	/* owned: what goes before </body> */
	/* Set before the server starts, read-only afterwards. */
	const char	*site_root;	/* the built site/ */
	const char	*pdf_root;	/* the last built pdf/ */
	unsigned	 port;		/* the bound one */
};

#endif
