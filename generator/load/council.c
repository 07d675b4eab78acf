/*
 * clspd.yaml: the council, the reporting year and the thematics, as
 * tables of keys (fields.h).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/i18n.h"
#include "fields.h"
#include "records.h"

static const char *const locales[] = { "fr", "en", NULL };
static const char *const a11y_statuses[] = { "totale", "partielle", "non",
	NULL };

/* A phone number that a tel: link can call (fields_phone). */
static void
read_phone(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	fields_phone(l, n, (struct str *)((char *)rec + f->off));
}

static const struct field coordinator_v[] = {
	{ .key = "name", .kind = FIELD_STR,
	  .off = offsetof(struct coordinator, name),
	  .title = "Nom", .doc = "Nom de la personne qui coordonne le CLSPD.",
	  .example = "Camille Martin" },
	{ .key = "email", .kind = FIELD_STR,
	  .off = offsetof(struct coordinator, email),
	  .title = "Courriel", .doc = "Adresse électronique de la "
	  "coordination.", .example = "clspd@mairie-exemple.fr" },
	{ .key = "phone", .kind = FIELD_STR, .read = read_phone,
	  .off = offsetof(struct coordinator, phone),
	  .title = "Téléphone", .doc = "Numéro de téléphone de la "
	  "coordination.", .example = "01 23 45 67 89" },
	{ NULL }
};

static const struct fields coordinator_fields = {
	.what = N_("coordinator"), .v = coordinator_v,
	.title = "Coordination",
	.doc = "La personne à contacter pour le CLSPD.",
};

/* A rate of RGAA criteria is a percentage: at most f->max. */
static void
read_a11y_rate(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct num	*r = (struct num *)((char *)rec + f->off);

	if (fields_nonneg(l, n, r) == 0 &&
	    r->v > (decimal)f->max * DECIMAL_SCALE) {
		diag_error(l->diags, n->pos, _("a rate of RGAA criteria met is a "
		    "percentage from 0 to 100"));
		r->set = 0;
	}
}

static const struct field accessibility_v[] = {
	{ .key = "status", .kind = FIELD_ENUM,
	  .off = offsetof(struct accessibility, status),
	  .names = a11y_statuses, .what = "accessibility status",
	  .title = "État de conformité",
	  .doc = "Conformité du site au RGAA : totale, partielle ou non. "
	  "Sans audit, le site est déclaré non conforme.",
	  .example = "partielle" },
	{ .key = "rate", .kind = FIELD_NONNEG, .max = 100,
	  .off = offsetof(struct accessibility, rate), .read = read_a11y_rate,
	  .title = "Taux de conformité",
	  .doc = "Pourcentage des critères du RGAA respectés (de 0 à 100), "
	  "selon le dernier audit.", .example = "75" },
	{ .key = "audit", .kind = FIELD_DATE,
	  .off = offsetof(struct accessibility, audit),
	  .title = "Date de l'audit",
	  .doc = "Date du dernier audit d'accessibilité, écrite AAAA-MM-JJ.",
	  .example = "2025-03-14" },
	{ .key = "contact", .kind = FIELD_STR,
	  .off = offsetof(struct accessibility, contact),
	  .title = "Contact accessibilité",
	  .doc = "Adresse à laquelle signaler un défaut d'accessibilité.",
	  .example = "accessibilite@mairie-exemple.fr" },
	{ NULL }
};

static const struct fields accessibility_fields = {
	.what = N_("accessibility"), .v = accessibility_v,
	.title = "Accessibilité",
	.doc = "La déclaration d'accessibilité du site (RGAA).",
};

static const struct field thematic_v[] = {
	{ .key = "id", .kind = FIELD_ID, .required = 1, .what = "thematic",
	  .off = offsetof(struct thematic, id),
	  .title = "Identifiant",
	  .doc = "Identifiant de la thématique, repris par le champ "
	  "« thematic » des actions : lettres minuscules, chiffres et "
	  "tirets simples.", .example = "tranquillite-publique" },
	{ .key = "title", .kind = FIELD_STR, .required = 1,
	  .off = offsetof(struct thematic, title),
	  .title = "Titre", .doc = "Titre de la thématique, tel qu'il "
	  "s'affiche.", .example = "Tranquillité publique" },
	{ .key = "description", .kind = FIELD_TEXT,
	  .off = offsetof(struct thematic, description),
	  .title = "Description",
	  .doc = "Présentation de la thématique (Markdown).",
	  .example = "Prévenir les incivilités et apaiser l'espace public." },
	{ .key = "group", .kind = FIELD_REFS, .what = "partner",
	  .off = offsetof(struct thematic, group),
	  .title = "Groupe opérationnel",
	  .doc = "Partenaires du groupe de travail de la thématique : liste "
	  "d'identifiants de partenaires (noms des fichiers de partners/).",
	  .example = "[mairie, police-municipale]" },
	{ NULL }
};

static const struct fields thematic_fields = {
	.what = N_("thematic"), .v = thematic_v,
	.title = "Thématique", .doc = "Un axe de la stratégie du CLSPD.",
};

/*
 * The thematics: a list read against thematic_fields, at least one; a
 * thematic without an id, or with the id of an earlier one, is left out.
 */
static void
read_thematics(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
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
		if (fields_read_map(l, n->kids[i], f->sub, t) == -1)
			continue;
		/*
		 * Without a title the thematic is kept (the error is
		 * reported), so that its actions do not also say it is
		 * unknown; without an id it cannot be referred to.
		 */
		if (t->id.s == NULL) {
			records_thematic_release(t);
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
			continue;
		}
		c->nthematics++;
	}
}

/*
 * Page addresses are made by appending paths ("actions/a.html"): after a
 * query or a fragment they would not address the pages.
 */
static void
read_base_url(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct str	*u = &((struct council *)rec)->base_url;
	const char	*q;

	if (fields_url(l, n, u, 1) == -1 || u->s == NULL)
		return;
	if ((q = strpbrk(u->s, "?#")) != NULL) {
		diag_error(l->diags, n->pos, _("base_url has a %s ('%c…'): "
		    "write the site's address only, e.g. "
		    "'https://www.example.fr/bilan/'"), *q == '?' ?
		    _("query") : _("fragment"), *q);
		u->s = NULL;
	}
}

/*
 * privacy.min_count: the smallest count of a sensitive indicator that may
 * be published (statistical secrecy; 5 and 11 are the usual thresholds).
 */
static void
read_min_count(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct num	*c = &((struct council *)rec)->min_count;
	struct num	 v;

	memset(&v, 0, sizeof(v));
	if (fields_int(l, n, &v) == -1)
		return;
	if (v.v < 2 * DECIMAL_SCALE || v.v > 1000 * DECIMAL_SCALE) {
		diag_error(l->diags, n->pos, _("min_count is the smallest "
		    "count that may be published, a whole number from 2 to "
		    "1000 (5 and 11 are usual): found '%s'"), n->scalar);
		return;
	}
	*c = v;
}

static const struct field privacy_v[] = {
	{ .key = "min_count", .kind = FIELD_INT, .required = 1,
	  .read = read_min_count, .off = offsetof(struct council, min_count),
	  .title = "Seuil du secret statistique",
	  .doc = "Le plus petit effectif publiable d'un indicateur sensible "
	  "(sensitive: true) : un entier de 2 à 1000 ; 5 et 11 sont "
	  "habituels. Les effectifs inférieurs sont masqués partout.",
	  .example = "11" },
	{ NULL }
};

/* Read into the council itself: min_count is a field of it. */
static const struct fields privacy_fields = {
	.what = N_("privacy"), .v = privacy_v,
	.title = "Secret statistique",
	.doc = "Masquer les petits effectifs des indicateurs sensibles.",
};

/* The licences French administrations may use for their data. */
static const char *const licences[] = {
	"licence-ouverte-2.0", "odbl-1.0", NULL
};

static const struct field council_v[] = {
	{ .key = "council", .kind = FIELD_STR, .required = 1,
	  .off = offsetof(struct council, council),
	  .title = "Nom du conseil", .doc = "Nom complet du conseil.",
	  .example = "CLSPD de Villeneuve" },
	{ .key = "territory", .kind = FIELD_STR, .required = 1,
	  .off = offsetof(struct council, territory),
	  .title = "Territoire", .doc = "Commune ou intercommunalité que "
	  "couvre le conseil.", .example = "Villeneuve" },
	{ .key = "year", .kind = FIELD_YEAR_NUM, .required = 1,
	  .off = offsetof(struct council, year),
	  .title = "Année du bilan", .doc = "Année dont le bilan rend "
	  "compte (de 2000 à 2100).", .example = "2025" },
	{ .key = "title", .kind = FIELD_STR,
	  .off = offsetof(struct council, title),
	  .title = "Titre du bilan", .doc = "Titre du rapport ; par défaut "
	  "« Bilan annuel » suivi de l'année.",
	  .example = "Bilan annuel 2025" },
	{ .key = "locale", .kind = FIELD_ENUM, .names = locales,
	  .what = "locale", .off = offsetof(struct council, locale),
	  .title = "Langue", .doc = "Langue des libellés du site et des PDF : "
	  "fr (par défaut) ou en.", .example = "fr" },
	{ .key = "base_url", .kind = FIELD_HTTPS, .read = read_base_url,
	  .off = offsetof(struct council, base_url),
	  .title = "Adresse du site", .doc = "Adresse https:// à laquelle le "
	  "site sera publié ; sert aux liens absolus et au plan du site.",
	  .example = "https://clspd.villeneuve.fr" },
	{ .key = "coordinator", .kind = FIELD_MAP, .sub = &coordinator_fields,
	  .off = offsetof(struct council, coordinator),
	  .title = "Coordination",
	  .doc = "La personne à contacter : name, email, phone." },
	{ .key = "accessibility", .kind = FIELD_MAP,
	  .sub = &accessibility_fields,
	  .off = offsetof(struct council, accessibility),
	  .title = "Accessibilité", .doc = "La déclaration d'accessibilité du "
	  "site (RGAA) : status, rate, audit, contact." },
	{ .key = "licence", .kind = FIELD_ENUM, .names = licences,
	  .what = "licence", .off = offsetof(struct council, licence),
	  .title = "Licence des données", .doc = "La licence des données "
	  "ouvertes : licence-ouverte-2.0 (Licence Ouverte d'Etalab, par "
	  "défaut) ou odbl-1.0.", .example = "licence-ouverte-2.0" },
	{ .key = "logo", .kind = FIELD_STR,
	  .off = offsetof(struct council, logo),
	  .title = "Logo", .doc = "Le logo du conseil, un fichier SVG ou PNG "
	  "du dossier media/ : en tête du site et sur les couvertures du "
	  "rapport et du livret.", .example = "media/logo.svg" },
	{ .key = "privacy", .kind = FIELD_MAP, .sub = &privacy_fields,
	  .off = 0,
	  .title = "Secret statistique", .doc = "Masquer les petits effectifs "
	  "des indicateurs sensibles : min_count." },
	{ .key = "thematics", .kind = FIELD_LIST, .required = 1,
	  .sub = &thematic_fields, .read = read_thematics,
	  .title = "Thématiques", .doc = "Les axes de la stratégie, dans "
	  "l'ordre du rapport ; au moins un. Chacun a un id et un title." },
	{ NULL }
};

/* The year as a plain int, once read. */
static void
council_after(struct loader *l, const struct ynode *map, void *rec)
{
	struct council	*c = rec;

	if (c->year.set)
		c->y = (int)(c->year.v / DECIMAL_SCALE);
}

const struct fields records_council_fields = {
	.what = N_("clspd.yaml"), .v = council_v, .after = council_after,
	.title = "Conseil (clspd.yaml)",
	.doc = "Le conseil, l'année du bilan et les thématiques.",
};

void
records_council_read(struct loader *l, const struct ynode *root,
    struct council *c)
{
	fields_read_map(l, root, &records_council_fields, c);
}

void
records_thematic_release(struct thematic *t)
{
	memset(t, 0, sizeof(*t));
}
