/*
 * The metrics stage: a pure function from the model to the figures of
 * docs/format.md. It allocates its own result, prints nothing and
 * writes nothing. Arrays of figures run parallel to the model's arrays,
 * which the check stage has put in their final order.
 */
#ifndef CLSPD_METRICS_H
#define CLSPD_METRICS_H

#include <stddef.h>

#include "../load/model.h"

/* A number that may be null. */
struct opt {
	int	 set;
	decimal	 v;
};

/* A ratio that may be null. */
struct ratio {
	int	 set;
	double	 v;
};

enum indicator_status {
	ISTATUS_NO_DATA,
	ISTATUS_NO_TARGET,
	ISTATUS_ACHIEVED,
	ISTATUS_CLOSE,
	ISTATUS_BEHIND,
	ISTATUS__MAX
};

struct breakdown_figure {
	const char	*label;		/* points into the model */
	decimal		 value;
	struct ratio	 share;
};

/* A year of an indicator with a value or a target (or both). */
struct year_figure {
	int		 year;
	struct opt	 value;
	struct opt	 target;	/* a plain-number target is Y's */
};

struct indicator_figures {
	struct year_figure *years;	/* ascending */
	size_t		 nyears;
	struct opt	 value;
	struct opt	 previous;
	struct opt	 target;
	struct ratio	 evolution;
	struct ratio	 attainment;
	struct ratio	 progress;
	enum indicator_status status;
	struct breakdown_figure *breakdown;
	size_t		 nbreakdown;
	decimal		 breakdown_total;
	const char	*priority;	/* NULL: null */
};

/* An amount of one funder (a partner index). */
struct funder_amount {
	size_t		 partner;
	decimal		 amount;
	struct ratio	 share;		/* of the report's total; unset per action */
};

struct action_figures {
	decimal		*funding_years;	/* the total of each funding year,
					   parallel to the action's funding */
	decimal		 funding_total;
	decimal		 funding_previous;
	struct funder_amount *by_funder;	/* in partner (id) order */
	size_t		 nby_funder;
	struct ratio	 attainment_mean;
};

struct thematic_figures {
	size_t		*actions;	/* action indices, in order */
	size_t		 nactions;
	decimal		 funding_total;
};

struct partner_figures {
	size_t		*pilot_of;	/* action indices */
	size_t		 npilot_of;
	size_t		*partner_of;
	size_t		 npartner_of;
	size_t		*funder_of;
	size_t		 nfunder_of;
	size_t		*group_of;	/* thematic indices */
	size_t		 ngroup_of;
	decimal		 funded_amount;
	size_t		 actions;
};

struct figures {
	int		 year;
	size_t		 actions_by_status[STATUS__MAX];
	size_t		 indicators_by_status[ISTATUS__MAX];
	struct ratio	 achievement_rate;
	struct ratio	 attainment_mean;
	decimal		 funding_total;
	decimal		 funding_previous;
	struct ratio	 funding_evolution;
	struct funder_amount *by_funder;	/* amount desc, then id */
	size_t		 nby_funder;
	decimal		 by_family[FAMILY__MAX];
	struct ratio	 by_family_share[FAMILY__MAX];	/* of the total */
	struct indicator_figures *indicators;
	struct action_figures *actions;
	struct thematic_figures *thematics;
	struct partner_figures *partners;
	int		 overflow;	/* a sum exceeded the decimal range */
};

/*
 * Computes every figure for the model's year. The model must have passed
 * the check stage. Returns the figures, owned by the caller, who frees
 * them with metrics_free.
 */
struct figures	*metrics_compute(const struct model *);
void		 metrics_free(struct figures *, const struct model *);

const char	*metrics_status_name(enum indicator_status);

#endif
