/*
 * partners/<id>.yaml: one partner of the council.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/i18n.h"
#include "fields.h"
#include "records.h"

/* Kinds in FORMAT.md's order, with the funding family of each. */
static const struct {
	const char	*kind;
	enum family	 family;
} partner_kinds[] = {
	{ "commune", FAMILY_COLLECTIVITES },
	{ "intercommunalite", FAMILY_COLLECTIVITES },
	{ "departement", FAMILY_COLLECTIVITES },
	{ "region", FAMILY_COLLECTIVITES },
	{ "etat", FAMILY_ETAT },
	{ "police", FAMILY_ETAT },
	{ "gendarmerie", FAMILY_ETAT },
	{ "justice", FAMILY_ETAT },
	{ "education", FAMILY_ETAT },
	{ "association", FAMILY_ASSOCIATIONS },
	{ "prevention-specialisee", FAMILY_ASSOCIATIONS },
	{ "mediation-sociale", FAMILY_ASSOCIATIONS },
	{ "centre-social", FAMILY_ASSOCIATIONS },
	{ "paej", FAMILY_ASSOCIATIONS },
	{ "mission-locale", FAMILY_ASSOCIATIONS },
	{ "bailleur-social", FAMILY_AUTRES },
	{ "transport", FAMILY_AUTRES },
	{ "sante", FAMILY_AUTRES },
	{ "gip", FAMILY_AUTRES },
	{ "entreprise", FAMILY_AUTRES },
	{ "autre", FAMILY_AUTRES },
};

#define NKINDS (sizeof(partner_kinds) / sizeof(partner_kinds[0]))

static void
read_name(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct partner *)rec)->name);
}

static void
read_short(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct partner *)rec)->short_name);
}

static void
read_kind(struct loader *l, const struct ynode *n, void *rec)
{
	struct partner	*p = rec;
	const char	*names[NKINDS + 1];
	size_t		 i;

	for (i = 0; i < NKINDS; i++)
		names[i] = partner_kinds[i].kind;
	names[NKINDS] = NULL;
	if (fields_enum(l, n, &p->kind, names,
	    _("unknown partner kind '%s' (did you mean '%s'?)"),
	    _("unknown partner kind '%s' (expected one of: %s)")) == -1)
		return;
	for (i = 0; i < NKINDS; i++)
		if (strcmp(p->kind.s, partner_kinds[i].kind) == 0)
			p->family = partner_kinds[i].family;
}

static void
read_website(struct loader *l, const struct ynode *n, void *rec)
{
	fields_url(l, n, &((struct partner *)rec)->website, 0);
}

static void
read_email(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct partner *)rec)->email);
}

static void
read_phone(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct partner *)rec)->phone);
}

static void
read_address(struct loader *l, const struct ynode *n, void *rec)
{
	fields_str(l, n, &((struct partner *)rec)->address);
}

static void
read_description(struct loader *l, const struct ynode *n, void *rec)
{
	fields_text(l, n, &((struct partner *)rec)->description);
}

static const struct field partner_fields[] = {
	{ "name", 1, read_name },
	{ "short", 0, read_short },
	{ "kind", 1, read_kind },
	{ "website", 0, read_website },
	{ "email", 0, read_email },
	{ "phone", 0, read_phone },
	{ "address", 0, read_address },
	{ "description", 0, read_description },
	{ NULL, 0, NULL }
};

int
records_partner_read(struct loader *l, const struct ynode *root,
    struct partner *p)
{
	fields_read_map(l, root, partner_fields, p, N_("partner"));
	return p->name.s != NULL && p->kind.s != NULL ? 0 : -1;
}

/* Frees what the partner owns outside the model's arena. */
void
records_partner_release(struct partner *p)
{
	free(p->id);
	free(p->file);
}
