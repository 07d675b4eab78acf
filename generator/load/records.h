/*
 * The record loaders, one per kind of content file. Each reads a parsed
 * YAML tree (or a Markdown file) into a model structure and reports every
 * problem; none stops at the first.
 */
#ifndef CLSPD_RECORDS_H
#define CLSPD_RECORDS_H

#include "fields.h"
#include "model.h"
#include "yaml.h"

void	 records_council_read(struct loader *, const struct ynode *,
	    struct council *);
void	 records_thematic_release(struct thematic *);

int	 records_partner_read(struct loader *, const struct ynode *,
	    struct partner *);

void	 records_action_read(struct loader *, const struct ynode *,
	    struct action *);
void	 records_funding_entry_release(struct funding_entry *);

void	 records_indicator_read(struct loader *, const struct ynode *,
	    struct indicator *);

/*
 * Reads a Markdown file with front matter (pages/<id>.md, charter.md):
 * data[0..len) of file path. Returns 0, or -1 when the front matter is
 * missing or broken.
 */
int	 records_page_read(struct loader *, const char *path,
	    const char *data, size_t len, struct page *);
int	 records_charter_read(struct loader *, const char *path,
	    const char *data, size_t len, struct charter *);

#endif
