/*
 * partners/<id>.yaml: one partner of the council, as a table of keys
 * (fields.h).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "records.h"

/* Kinds in the format's order, with the funding family of each. */
static const char *const kinds[] = {
	"commune", "intercommunalite", "departement", "region",
	"etat", "police", "gendarmerie", "justice", "education",
	"association", "prevention-specialisee", "mediation-sociale",
	"centre-social", "paej", "mission-locale",
	"bailleur-social", "transport", "sante", "gip", "entreprise", "autre",
	NULL
};

static const enum family families[] = {
	FAMILY_COLLECTIVITES, FAMILY_COLLECTIVITES, FAMILY_COLLECTIVITES,
	FAMILY_COLLECTIVITES,
	FAMILY_ETAT, FAMILY_ETAT, FAMILY_ETAT, FAMILY_ETAT, FAMILY_ETAT,
	FAMILY_ASSOCIATIONS, FAMILY_ASSOCIATIONS, FAMILY_ASSOCIATIONS,
	FAMILY_ASSOCIATIONS, FAMILY_ASSOCIATIONS, FAMILY_ASSOCIATIONS,
	FAMILY_AUTRES, FAMILY_AUTRES, FAMILY_AUTRES, FAMILY_AUTRES,
	FAMILY_AUTRES, FAMILY_AUTRES,
};

static const struct field partner_v[] = {
	{ .key = "name", .kind = FIELD_STR, .required = 1,
	  .off = offsetof(struct partner, name),
	  .title = "Nom", .doc = "Nom complet du partenaire.",
	  .example = "Police municipale de Villeneuve" },
	{ .key = "short", .kind = FIELD_STR,
	  .off = offsetof(struct partner, short_name),
	  .title = "Nom court", .doc = "Sigle ou nom court, utilisé dans "
	  "les tableaux.", .example = "PM" },
	{ .key = "kind", .kind = FIELD_ENUM, .required = 1, .names = kinds,
	  .what = "partner kind", .off = offsetof(struct partner, kind),
	  .title = "Type de partenaire", .doc = "Nature du partenaire ; elle "
	  "le range dans une famille de financeurs (collectivités, État, "
	  "associations, autres).", .example = "police" },
	{ .key = "website", .kind = FIELD_URL,
	  .off = offsetof(struct partner, website),
	  .title = "Site web", .doc = "Adresse du site du partenaire, "
	  "commençant par http:// ou https://.",
	  .example = "https://www.villeneuve.fr" },
	{ .key = "email", .kind = FIELD_STR,
	  .off = offsetof(struct partner, email),
	  .title = "Courriel", .doc = "Adresse électronique de contact.",
	  .example = "contact@villeneuve.fr" },
	{ .key = "phone", .kind = FIELD_STR,
	  .off = offsetof(struct partner, phone),
	  .title = "Téléphone", .doc = "Numéro de téléphone de contact.",
	  .example = "01 23 45 67 89" },
	{ .key = "address", .kind = FIELD_STR,
	  .off = offsetof(struct partner, address),
	  .title = "Adresse", .doc = "Adresse postale.",
	  .example = "1 place de la Mairie, 99000 Villeneuve" },
	{ .key = "description", .kind = FIELD_TEXT,
	  .off = offsetof(struct partner, description),
	  .title = "Description", .doc = "Présentation du partenaire "
	  "(Markdown).", .example = "Assure la tranquillité publique." },
	{ NULL }
};

/* The funding family follows from the kind. */
static void
partner_after(struct loader *l, const struct ynode *map, void *rec)
{
	struct partner	*p = rec;
	size_t		 i;

	if (p->kind.s == NULL)
		return;
	for (i = 0; kinds[i] != NULL; i++)
		if (strcmp(p->kind.s, kinds[i]) == 0)
			p->family = families[i];
}

const struct fields records_partner_fields = {
	.what = "partner", .v = partner_v, .after = partner_after,
	.title = "Partenaire (partners/<id>.yaml)",
	.doc = "Un partenaire du conseil ; son identifiant est le nom du "
	"fichier.",
};

int
records_partner_read(struct loader *l, const struct ynode *root,
    struct partner *p)
{
	fields_read_map(l, root, &records_partner_fields, p);
	return p->name.s != NULL && p->kind.s != NULL ? 0 : -1;
}

/* Frees what the partner owns outside the model's arena. */
void
records_partner_release(struct partner *p)
{
	free(p->id);
	free(p->file);
}
