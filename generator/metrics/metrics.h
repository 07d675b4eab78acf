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
	decimal		 value;		/* 0 when masked */
	struct ratio	 share;
	int		 masked;	/* hidden by statistical secrecy */
};

/* A year of an indicator with a value or a target (or both). */
struct year_figure {
	int		 year;
	struct opt	 value;		/* unset when masked */
	struct opt	 target;	/* a plain-number target is Y's */
	int		 value_masked;
};

/*
 * Statistical secrecy (clspd.yaml's privacy.min_count, on indicators
 * marked sensitive): the figures of an indicator hidden because they are,
 * or would let a reader recompute, a count below the threshold. A masked
 * figure is unset (null) and its bit is set in indicator_figures.masked.
 */
#define MASK_VALUE	0x01u
#define MASK_PREVIOUS	0x02u
#define MASK_EVOLUTION	0x04u
#define MASK_ATTAINMENT	0x08u
#define MASK_PROGRESS	0x10u
#define MASK_BREAKDOWN	0x20u	/* the breakdown's total and shares */
#define MASK_BASELINE	0x40u

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
	decimal		 breakdown_total;	/* 0 when masked */
	const char	*priority;	/* NULL: null */
	int		 secret;	/* sensitive, under a min_count */
	unsigned	 masked;	/* MASK_* */
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
	decimal		 min_count;	/* privacy.min_count; 0: none */
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

/*
 * Hides the figures of a sensitive indicator that are below min_count, or
 * would give one away (see secrecy.c). Called by metrics_compute before
 * any figure is computed from the indicator's.
 */
void		 metrics_mask_indicator(const struct indicator *,
		    struct indicator_figures *, decimal min_count);

#endif
