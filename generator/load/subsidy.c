/*
 * Which subsidy conventions can be published (see subsidy.h).
 */
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/i18n.h"
#include "subsidy.h"

unsigned
subsidy_missing(const struct model *m, const struct action *a,
    const struct funding_entry *e)
{
	unsigned	 missing = 0;

	if (!e->amount.set)
		missing |= SUBSIDY_NO_AMOUNT;
	if (e->subsidy.paid.s == NULL)
		missing |= SUBSIDY_NO_PAID;
	if (!e->funder.ok || m->partners[e->funder.index].siret.s == NULL)
		missing |= SUBSIDY_NO_FUNDER_SIRET;
	if (a->pilot.id.s == NULL || !a->pilot.ok)
		missing |= SUBSIDY_NO_PILOT;
	else if (m->partners[a->pilot.index].siret.s == NULL)
		missing |= SUBSIDY_NO_PILOT_SIRET;
	return missing;
}

/* "the amount, paid: and the funder's SIRET (partners/x.yaml)". */
static void
missing_text(struct buf *b, const struct model *m, const struct action *a,
    const struct funding_entry *e, unsigned missing)
{
	const char	*parts[5];
	char		*owned[5] = { NULL };
	size_t		 n = 0, i;

	if (missing & SUBSIDY_NO_PAID)
		parts[n++] = _("the date or period of payment (paid:)");
	if (missing & SUBSIDY_NO_FUNDER_SIRET) {
		buf_printf(b, _("the SIRET of the funder (siret: in "
		    "partners/%s.yaml)"), e->funder.id.s);
		owned[n] = buf_detach(b);
		parts[n] = owned[n];
		n++;
	}
	if (missing & SUBSIDY_NO_PILOT)
		parts[n++] = _("a pilot, the beneficiary (pilot:)");
	if (missing & SUBSIDY_NO_PILOT_SIRET) {
		buf_printf(b, _("the SIRET of the pilot (siret: in "
		    "partners/%s.yaml)"), a->pilot.id.s);
		owned[n] = buf_detach(b);
		parts[n] = owned[n];
		n++;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, i + 1 == n ? _(" and ") : ", ");
		buf_puts(b, parts[i]);
	}
	for (i = 0; i < n; i++)
		free(owned[i]);
	(void)m;
}

void
subsidy_check(const struct model *m, struct diags *d)
{
	struct buf	 b = BUF_INIT;
	size_t		 i, y, k;
	unsigned	 missing;

	for (i = 0; i < m->nactions; i++) {
		const struct action	*a = &m->actions[i];

		for (y = 0; y < a->nfunding; y++) {
			if (a->funding[y].year != m->council.y)
				continue;
			for (k = 0; k < a->funding[y].n; k++) {
				const struct funding_entry *e =
				    &a->funding[y].v[k];

				if (e->subsidy.convention.s == NULL ||
				    !e->funder.ok)
					continue;
				/*
				 * A missing amount has its own warning
				 * (check.c): one message per mistake.
				 */
				missing = subsidy_missing(m, a, e) &
				    ~SUBSIDY_NO_AMOUNT;
				if (missing == 0)
					continue;
				buf_truncate(&b, 0);
				missing_text(&b, m, a, e, missing);
				diag_warning(d, e->subsidy.convention.pos,
				    _("this subsidy convention is left out of "
				    "subventions.csv (the national format "
				    "needs %s)"), buf_cstr(&b));
			}
		}
	}
	buf_release(&b);
}

int
subsidy_any(const struct model *m)
{
	size_t	 i, y, k;

	for (i = 0; i < m->nactions; i++)
		for (y = 0; y < m->actions[i].nfunding; y++)
			for (k = 0; k < m->actions[i].funding[y].n; k++)
				if (m->actions[i].funding[y].year ==
				    m->council.y && m->actions[i].funding[y].
				    v[k].subsidy.convention.s != NULL)
					return 1;
	return 0;
}
