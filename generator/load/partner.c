/*
 * partners/<id>.yaml: one partner of the council, as a table of keys
 * (fields.h).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../util/i18n.h"
#include "../util/ident.h"
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

/* A SIRET: 14 digits (spaces allowed), Luhn's key or La Poste's rule. */
static void
read_siret(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct partner	*p = rec;
	char		 digits[15];
	size_t		 len = 0, i;

	if (fields_str(l, n, &p->siret) == -1)
		return;
	switch (ident_siret(p->siret.s, digits)) {
	case IDENT_OK:
		p->siret.s = arena_strdup(l->arena, digits);
		return;
	case IDENT_LENGTH:
		for (i = 0; p->siret.s[i] != '\0'; i++)
			len += p->siret.s[i] >= '0' && p->siret.s[i] <= '9';
		diag_error(l->diags, n->pos, _("a SIRET has 14 digits (the 9 "
		    "of the SIREN, then 5 for the establishment); '%s' has "
		    "%zu"), p->siret.s, len);
		break;
	case IDENT_CHARACTER:
		diag_error(l->diags, n->pos, _("a SIRET is written with "
		    "digits only, spaces between groups allowed: '%s'"),
		    p->siret.s);
		break;
	case IDENT_CHECKSUM:
		diag_error(l->diags, n->pos, _("'%s' is not a valid SIRET: "
		    "its check digit does not match (a digit mistyped, or two "
		    "swapped?)"), p->siret.s);
		break;
	}
	p->siret.s = NULL;
}

static void
read_rna(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct partner	*p = rec;

	if (fields_str(l, n, &p->rna) == -1)
		return;
	if (ident_rna(p->rna.s) == IDENT_OK)
		return;
	diag_error(l->diags, n->pos, _("an RNA number is W followed by 9 "
	    "digits or capital letters, as on the association's receipt "
	    "(W751234567): found '%s'"), p->rna.s);
	p->rna.s = NULL;
}

/* A phone number that a tel: link can call (fields_phone). */
static void
read_phone(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	fields_phone(l, n, (struct str *)((char *)rec + f->off));
}

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
	{ .key = "phone", .kind = FIELD_STR, .read = read_phone,
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
	{ .key = "siret", .kind = FIELD_STR, .read = read_siret,
	  .off = offsetof(struct partner, siret),
	  .title = "SIRET", .doc = "Numéro SIRET de l'établissement : 14 "
	  "chiffres, espaces permis entre les groupes ; sa clé est vérifiée. "
	  "Nécessaire pour publier ses subventions au format national.",
	  .example = "\"215 903 501 00017\"" },
	{ .key = "rna", .kind = FIELD_STR, .read = read_rna,
	  .off = offsetof(struct partner, rna),
	  .title = "Numéro RNA", .doc = "Numéro de l'association au "
	  "répertoire national des associations : W puis 9 chiffres ou "
	  "lettres capitales.", .example = "W751234567" },
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
	.what = N_("partner"), .v = partner_v, .after = partner_after,
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
