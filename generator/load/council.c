/*
 * clspd.yaml: the council, the reporting year and the thematics.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/i18n.h"
#include "fields.h"
#include "records.h"

static void
read_council(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct council *)rec)->council);
}

static void
read_territory(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct council *)rec)->territory);
}

static void
read_year(struct loader *l, const struct ynode *n, void *rec)
{
	struct council	*c = rec;
	int		 y;

	if (fields_year(l, n, &y) == 0) {
		c->year.set = 1;
		c->year.v = (decimal)y * DECIMAL_SCALE;
		c->year.pos = n->pos;
		c->y = y;
	}
}

static void
read_title(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct council *)rec)->title);
}

static void
read_locale(struct loader *l, const struct ynode *n, void *rec)
{
	static const char *const locales[] = { "fr", "en", NULL };

	fields_enum(l, n, &((struct council *)rec)->locale, locales,
	    _("unknown locale '%s' (did you mean '%s'?)"),
	    _("unknown locale '%s' (expected one of: %s)"));
}

static void
read_base_url(struct loader *l, const struct ynode *n, void *rec)
{
	fields_url(l, n, &((struct council *)rec)->base_url, 1);
}

static void
read_coord_name(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct coordinator *)rec)->name);
}

static void
read_coord_email(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct coordinator *)rec)->email);
}

static void
read_coord_phone(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct coordinator *)rec)->phone);
}

static const struct field coordinator_fields[] = {
	{ "name", 0, read_coord_name },
	{ "email", 0, read_coord_email },
	{ "phone", 0, read_coord_phone },
	{ NULL, 0, NULL }
};

static void
read_coordinator(struct loader *l, const struct ynode *n, void *rec)
{
	fields_read_map(l, n, coordinator_fields,
	    &((struct council *)rec)->coordinator, N_("coordinator"));
}

static void
read_a11y_status(struct loader *l, const struct ynode *n, void *rec)
{
	static const char *const statuses[] = { "totale", "partielle", "non",
	    NULL };

	fields_enum(l, n, &((struct accessibility *)rec)->status, statuses,
	    _("unknown accessibility status '%s' (did you mean '%s'?)"),
	    _("unknown accessibility status '%s' (expected one of: %s)"));
}

static void
read_a11y_rate(struct loader *l, const struct ynode *n, void *rec)
{
	struct num	*r = &((struct accessibility *)rec)->rate;

	if (fields_nonneg(l, n, r) == 0 && r->v > 100 * DECIMAL_SCALE) {
		diag_error(l->diags, n->pos, _("a rate of RGAA criteria met is a "
		    "percentage from 0 to 100"));
		r->set = 0;
	}
}

static void
read_a11y_audit(struct loader *l, const struct ynode *n, void *rec)
{
	fields_date(l, n, &((struct accessibility *)rec)->audit);
}

static void
read_a11y_contact(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct accessibility *)rec)->contact);
}

static const struct field accessibility_fields[] = {
	{ "status", 0, read_a11y_status },
	{ "rate", 0, read_a11y_rate },
	{ "audit", 0, read_a11y_audit },
	{ "contact", 0, read_a11y_contact },
	{ NULL, 0, NULL }
};

static void
read_accessibility(struct loader *l, const struct ynode *n, void *rec)
{
	fields_read_map(l, n, accessibility_fields,
	    &((struct council *)rec)->accessibility, N_("accessibility"));
}

static void
read_thematic_id(struct loader *l, const struct ynode *n, void *rec)
{
	struct thematic	*t = rec;

	if (fields_str(l, n, &t->id) == -1)
		return;
	if (!fields_is_id(t->id.s)) {
		diag_error(l->diags, n->pos, _("invalid thematic id '%s' "
		    "(lowercase letters, digits and single hyphens, at most "
		    "64 bytes)"), t->id.s);
		fields_str_free(&t->id);
	}
}

static void
read_thematic_title(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct thematic *)rec)->title);
}

static void
read_thematic_description(struct loader *l, const struct ynode *n, void *rec)
{
	fields_text(l, n, &((struct thematic *)rec)->description);
}

static void
read_thematic_group(struct loader *l, const struct ynode *n, void *rec)
{
	fields_refs(l, n, &((struct thematic *)rec)->group);
}

static const struct field thematic_fields[] = {
	{ "id", 1, read_thematic_id },
	{ "title", 1, read_thematic_title },
	{ "description", 0, read_thematic_description },
	{ "group", 0, read_thematic_group },
	{ NULL, 0, NULL }
};

static void
read_thematics(struct loader *l, const struct ynode *n, void *rec)
{
	struct council	*c = rec;
	size_t		 i, j;
	struct thematic	*t;

	if (n->type != YNODE_SEQ) {
		diag_error(l->diags, n->pos, _("expected a list of thematics, "
		    "found %s"), ynode_kind(n));
		return;
	}
	if (n->nkids == 0) {
		diag_error(l->diags, n->pos, _("at least one thematic is "
		    "required"));
		return;
	}
	c->thematics = arena_alloc(l->arena, (n->nkids + 1) *
	    sizeof(*c->thematics));
	for (i = 0; i < n->nkids; i++) {
		t = &c->thematics[c->nthematics];
		if (fields_read_map(l, n->kids[i], thematic_fields, t,
		    N_("thematic")) == -1)
			continue;
		/*
		 * Without a title the thematic is kept (the error is
		 * reported), so that its actions do not also say it is
		 * unknown; without an id it cannot be referred to.
		 */
		if (t->id.s == NULL) {
			records_thematic_release(t);
			memset(t, 0, sizeof(*t));
			continue;
		}
		for (j = 0; j < c->nthematics; j++)
			if (strcmp(c->thematics[j].id.s, t->id.s) == 0)
				break;
		if (j < c->nthematics) {
			diag_error(l->diags, t->id.pos, _("duplicate thematic "
			    "id '%s' (first at line %d)"), t->id.s,
			    c->thematics[j].id.pos.line);
			records_thematic_release(t);
			memset(t, 0, sizeof(*t));
			continue;
		}
		c->nthematics++;
	}
}

static const struct field council_fields[] = {
	{ "council", 1, read_council },
	{ "territory", 1, read_territory },
	{ "year", 1, read_year },
	{ "title", 0, read_title },
	{ "locale", 0, read_locale },
	{ "base_url", 0, read_base_url },
	{ "coordinator", 0, read_coordinator },
	{ "accessibility", 0, read_accessibility },
	{ "thematics", 1, read_thematics },
	{ NULL, 0, NULL }
};

void
records_council_read(struct loader *l, const struct ynode *root,
    struct council *c)
{
	fields_read_map(l, root, council_fields, c, N_("clspd.yaml"));
}

void
records_thematic_release(struct thematic *t)
{
	memset(t, 0, sizeof(*t));
}

/* Frees what the council owns outside the model's arena. */
void
records_council_release(struct council *c)
{
	free(c->file);
}
