/*
 * The names a frame of the view tree does not have but a template may
 * ask for (site.h, the mustache "computed" hook): an indicator's charts
 * as inline SVG, an action's period, a partner's roles, the "mailto:"
 * and "tel:" links of an address and a number.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../util/alloc.h"
#include "../../util/escape.h"
#include "../../view/chart.h"
#include "site_int.h"
#include "svg.h"

/*
 * The typed facts (docs.h) of the indicator whose node of the tree is
 * frame, or NULL: the indicator of the frame's id. An id names one
 * indicator (its file's name) in the tree and in the facts alike, so
 * the tree needs no key of its own for it that a template would see.
 */
static const struct view_indicator *
indicator_of(const struct site *s, const struct value *frame)
{
	const char	*id = value_str(frame, "id");
	size_t		 i;

	for (i = 0; i < s->docs->nindicators; i++)
		if (strcmp(s->docs->indicators[i].id, id) == 0)
			return &s->docs->indicators[i];
	return NULL;
}

static const struct value *
chart_svg(struct site *s, const struct value *frame, int years)
{
	const struct view_indicator	*ind = indicator_of(s, frame);
	const struct view_labels	*l = &s->docs->labels;
	struct chart			 c;
	struct buf			 b = BUF_INIT;
	struct value			*r;
	char				*id;

	if (ind == NULL || !(years ? chart_years(s->page, ind, l, s->loc,
	    &c) : chart_breakdown(s->page, ind, l, s->loc, &c)))
		return value_null(s->page);
	id = xasprintf("chart-%s-%s", years ? "years" : "breakdown",
	    ind->id);
	if (years)
		svg_chart_years(&b, &c, &s->svg, id);
	else
		svg_chart_breakdown(&b, &c, &s->svg, id);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	free(id);
	return r;
}

/* The address's "mailto:" URI (escape_mailto). */
static const struct value *
email_href(struct site *s, const char *email)
{
	struct buf	 b = BUF_INIT;
	struct value	*r;

	escape_mailto(&b, email);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	return r;
}

/* The number's "tel:" URI (escape_tel). */
static const struct value *
phone_href(struct site *s, const char *phone)
{
	struct buf	 b = BUF_INIT;
	struct value	*r;

	escape_tel(&b, phone);
	r = value_stringn(s->page, buf_cstr(&b), b.len);
	buf_release(&b);
	return r;
}

/* An action's period, "2023–2026", "2023–", or null. */
static const struct value *
period(struct site *s, const struct value *a)
{
	const struct value	*from = value_get(a, "period_start");
	const struct value	*to = value_get(a, "period_end");
	char			 x[32], y[32], both[80];

	if (from == NULL || from->type != VALUE_DECIMAL)
		return value_null(s->page);
	decimal_format(from->u.dec, x);
	if (to == NULL || to->type != VALUE_DECIMAL)
		y[0] = '\0';
	else
		decimal_format(to->u.dec, y);
	snprintf(both, sizeof(both), "%s\xE2\x80\x93%s", x, y);
	return value_string(s->page, both);
}

/*
 * A partner's roles, each once with its list (partners.html): site_label,
 * dir ("actions" or "thematics", for links) and items (references with
 * id and title); a role without items is left out.
 */
static const struct value *
partner_roles(struct site *s, const struct value *partner)
{
	static const char *const roles[][2] = {
		{ "pilot_of", "actions" }, { "partner_of", "actions" },
		{ "funder_of", "actions" }, { "group_of", "thematics" },
	};
	const struct value	*items;
	struct value		*list = value_list(s->page), *e;
	size_t			 i;

	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++) {
		items = value_get(partner, roles[i][0]);
		if (items == NULL || items->type != VALUE_LIST ||
		    items->u.list.n == 0)
			continue;
		e = value_push(s->page, list, value_map(s->page));
		value_set(s->page, e, "label", value_string(s->page,
		    site_label(s, roles[i][0])));
		value_set(s->page, e, "dir", value_string(s->page,
		    roles[i][1]));
		value_set(s->page, e, "items", (struct value *)items);
	}
	return list;
}

/*
 * Names a frame of the tree does not have but a template may ask for
 * (site.h). NULL when the frame is not of the right kind.
 */
const struct value *
site_computed(void *ctx, const struct value *frame, const char *name)
{
	struct site		*s = ctx;
	const struct value	*v;

	if (strcmp(name, "chart_years_svg") == 0 &&
	    value_get(frame, "years") != NULL)
		return chart_svg(s, frame, 1);
	if (strcmp(name, "chart_breakdown_svg") == 0 &&
	    value_get(frame, "breakdown") != NULL)
		return chart_svg(s, frame, 0);
	if (strcmp(name, "partner_roles") == 0 &&
	    value_get(frame, "pilot_of") != NULL)
		return partner_roles(s, frame);
	if (strcmp(name, "period") == 0 &&
	    value_get(frame, "period_start") != NULL)
		return period(s, frame);
	if (strcmp(name, "email_href") == 0 &&
	    (v = value_get(frame, "email")) != NULL)
		return v->type == VALUE_STRING ? email_href(s, v->u.str.s) :
		    value_null(s->page);
	if (strcmp(name, "phone_href") == 0 &&
	    (v = value_get(frame, "phone")) != NULL)
		return v->type == VALUE_STRING ? phone_href(s, v->u.str.s) :
		    value_null(s->page);
	return NULL;
}
