/*
 * "clspd init DIR": a small content folder that builds, to start from.
 */
#ifndef CLSPD_INIT_H
#define CLSPD_INIT_H

/*
 * Writes the starter content into dir, which must not exist or be empty.
 * Returns 0, or -1 after printing why on stderr.
 */
int	 init_write(const char *dir);

#endif
