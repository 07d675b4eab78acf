/*
 * What the parts of the publish stage (publish.h) share. publish.c
 * begins, commits or abandons a build's output; write.c is the sink
 * that writes its files into the staging folder; lock.c takes the lock
 * of OUT and cleans what a killed build left beside it; swap.c puts the
 * staging folder in OUT's place; signals.c is the thread that handles
 * SIGINT, SIGTERM and SIGHUP; check.c says whether OUT may be replaced
 * at all; mirror.c links the PDFs into site/pdf/.
 */
#ifndef CLSPD_PUBLISH_INT_H
#define CLSPD_PUBLISH_INT_H

#include <pthread.h>
#include <signal.h>

struct publisher;

/* The file clspd writes at the top of every output it publishes. */
#define MARKER		".clspd-output"
#define MARKER_TEXT	"This folder was written by clspd, which replaces it " \
	"as a whole at each build: keep no files of your own in it.\n"

/*
 * signals.c: the signal that interrupted the build (0: none), and the
 * signal thread's view of the publisher. One build publishes at a time
 * in a process. publish_mutex makes the choice between "interrupted"
 * and "published" atomic: publish_commit holds it from the last check
 * of publish_signal to the end of the exchange.
 */
extern volatile sig_atomic_t	 publish_signal;
extern pthread_mutex_t		 publish_mutex;
extern struct publisher		*publish_current;	/* NULL: no staging */
extern int			 publish_done;		/* OUT was replaced */
extern int			 publish_watching;	/* the thread runs */

/* write.c: makes p a sink that writes into its staging folder. */
void	 publish_sink_init(struct publisher *);

/* lock.c: 0, or -1 (printed) when another build holds the lock. */
int	 publish_lock(struct publisher *);
void	 publish_unlock(struct publisher *);
/* Cleans (or puts back) what a killed build of out left beside it. */
void	 publish_recover(const char *out);

/* swap.c: whether the staging folder is still the one this build made. */
int	 publish_still_ours(const struct publisher *);
/* Moves the staging folder into place at out; 0 or -1 (printed). */
int	 publish_swap(struct publisher *);

/* publish.c: out as the folder that holds it and its name (owned). */
void	 publish_split(const char *out, char **dir, char **base);
/* "<dir>/.<base>.<tag>" beside out; the caller frees it. */
char	*publish_beside(const char *out, const char *tag);
/* "<kind>-" and 16 random hexadecimal digits; the caller frees it. */
char	*publish_random_tag(const char *kind);

#endif
