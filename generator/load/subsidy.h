/*
 * Subsidies in the national format (SCDL subventions, the "données
 * essentielles des conventions de subvention" French public bodies
 * publish): which funding entries of the report's year can be written to
 * subventions.csv, and why the others cannot. A funding entry is a
 * subsidy convention when it has a convention date; to be published it
 * also needs its amount, the date or period of payment, the funder's
 * SIRET, and a pilot with a SIRET (the beneficiary).
 */
#ifndef CLSPD_SUBSIDY_H
#define CLSPD_SUBSIDY_H

#include "../util/diag.h"
#include "model.h"

/* The national format's limit on the object and the terms of payment. */
#define SUBSIDY_OBJECT_MAX	256

/* What a subsidy convention lacks to be published (bits). */
#define SUBSIDY_NO_AMOUNT	0x01u
#define SUBSIDY_NO_PAID		0x02u
#define SUBSIDY_NO_FUNDER_SIRET	0x04u
#define SUBSIDY_NO_PILOT	0x08u
#define SUBSIDY_NO_PILOT_SIRET	0x10u

/*
 * What the entry e of action a lacks (0: it can be published). Only for
 * an entry with a convention date whose references are resolved.
 */
unsigned	 subsidy_missing(const struct model *, const struct action *a,
		    const struct funding_entry *e);

/*
 * Warns, at the convention date of each subsidy convention of the
 * report's year that cannot be published, what it lacks. Part of the
 * check stage.
 */
void		 subsidy_check(const struct model *, struct diags *);

/*
 * Whether an entry of the report's year has a convention date: then
 * subventions.csv is written (with the conventions that can be
 * published), and the site links it.
 */
int		 subsidy_any(const struct model *);

#endif
