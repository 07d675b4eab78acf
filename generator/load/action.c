/*
 * actions/<id>.yaml: one action sheet ("fiche action"), its keys following
 * the columns of the sheet, as tables of keys (fields.h).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../markdown/markdown.h"
#include "../util/alloc.h"
#include "../util/i18n.h"
#include "../util/utf8.h"
#include "fields.h"
#include "subsidy.h"
#include "records.h"

/* In the order of enum status. */
static const char *const statuses[] = {
	"prevue", "en-cours", "terminee", "suspendue", NULL
};

static const struct field period_v[] = {
	{ .key = "start", .kind = FIELD_YEAR,
	  .off = offsetof(struct action, period_start),
	  .title = "Début", .doc = "Année où l'action commence.",
	  .example = "2024" },
	{ .key = "end", .kind = FIELD_YEAR,
	  .off = offsetof(struct action, period_end),
	  .title = "Fin", .doc = "Année où l'action prend fin.",
	  .example = "2026" },
	{ NULL }
};

/*
 * "period: 2024-2026" (or "2024 - 2026", "2024–2026"), the way a period
 * is written in French: reported with the form to write. Returns 1 when
 * it reported.
 */
static int
period_as_range(struct loader *l, const struct ynode *n)
{
	char	 from[5], to[5], dash[4];
	int	 used = 0;

	if (n->type != YNODE_SCALAR ||
	    sscanf(n->scalar, "%4[0-9] %3[-\xE2\x80\x93] %4[0-9]%n", from,
	    dash, to, &used) != 3 || n->scalar[used] != '\0' ||
	    strlen(from) != 4 || strlen(to) != 4)
		return 0;
	diag_error(l->diags, n->pos, _("a period is written with its first "
	    "and last years: period: {start: %s, end: %s}"), from, to);
	return 1;
}

static void
period_after(struct loader *l, const struct ynode *map, void *rec)
{
	struct action	*a = rec;

	if (a->period_start && a->period_end &&
	    a->period_start > a->period_end)
		diag_error(l->diags, map->pos, _("period starts after it ends "
		    "(%d > %d)"), a->period_start, a->period_end);
}

static const struct fields period_fields = {
	.what = N_("period"), .v = period_v, .after = period_after,
	.title = "Période", .doc = "Années de début et de fin de l'action.",
};

/* The period, unless written as a range ("2024-2026"), reported then. */
static void
read_period(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	if (period_as_range(l, n))
		return;
	fields_read_map(l, n, f->sub, (char *)rec + f->off);
}

/* An amount is in euros: not negative, at most two decimals (cents). */
static void
read_amount(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct funding_entry	*e = rec;

	e->amount_written = 1;
	if (fields_nonneg(l, n, &e->amount) == -1)
		return;
	if (e->amount.v % (DECIMAL_SCALE / 100) != 0) {
		diag_error(l->diags, n->pos, _("an amount has at most two "
		    "decimals (cents): '%s'"), n->scalar);
		e->amount.set = 0;
	}
}

/*
 * The keys of a subsidy convention (struct subsidy in model.h); which
 * entries can be published is decided in subsidy.c. The object and the
 * terms have the national format's length limit.
 */
static void
read_limited(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct str	*t = (struct str *)((char *)rec + f->off);

	if (fields_str(l, n, t) == -1)
		return;
	if (utf8_length(t->s) > SUBSIDY_OBJECT_MAX) {
		diag_error(l->diags, n->pos, _("'%s' is at most %d characters "
		    "(the national format's limit): this one has %zu"), f->key,
		    SUBSIDY_OBJECT_MAX, utf8_length(t->s));
		t->s = NULL;
	}
}

/* A date, or a period "start/end" with start before end. */
static void
read_paid(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct str	*p = &((struct funding_entry *)rec)->subsidy.paid;
	const char	*s;
	char		 start[11];

	if (fields_str(l, n, p) == -1)
		return;
	s = p->s;
	if (fields_is_date(s))
		return;
	if (strlen(s) == 21 && s[10] == '/') {
		memcpy(start, s, 10);
		start[10] = '\0';
		if (fields_is_date(start) && fields_is_date(s + 11) &&
		    strcmp(start, s + 11) <= 0)
			return;
	}
	diag_error(l->diags, n->pos, _("paid is the date of payment "
	    "(2025-03-14) or the period of payments (2025-03-14/2025-12-31), "
	    "start before end: found '%s'"), s);
	p->s = NULL;
}

static const char *const natures[] = {
	"numeraire", "nature", "numeraire-et-nature", NULL
};

#define SUBSIDY_OFF(member) \
	(offsetof(struct funding_entry, subsidy) + \
	offsetof(struct subsidy, member))

static const struct field funding_entry_v[] = {
	{ .key = "funder", .kind = FIELD_REF, .required = 1,
	  .what = "partner", .off = offsetof(struct funding_entry, funder),
	  .title = "Financeur", .doc = "Identifiant du partenaire qui "
	  "finance (nom de son fichier dans partners/, sans .yaml).",
	  .example = "mairie" },
	{ .key = "amount", .kind = FIELD_NONNEG, .read = read_amount,
	  .off = offsetof(struct funding_entry, amount),
	  .title = "Montant", .doc = "Montant en euros, sans espace ni "
	  "symbole, décimales après un point (au plus deux).",
	  .example = "12500" },
	{ .key = "note", .kind = FIELD_STR,
	  .off = offsetof(struct funding_entry, note),
	  .title = "Remarque", .doc = "Précision sur ce financement.",
	  .example = "Fonds interministériel de prévention de la "
	  "délinquance" },
	{ .key = "convention", .kind = FIELD_DATE, .off = SUBSIDY_OFF(convention),
	  .title = "Date de la convention", .doc = "Si ce financement est une "
	  "convention de subvention, sa date (AAAA-MM-JJ) : elle est alors "
	  "publiée au format national (subventions.csv).",
	  .example = "2025-01-15" },
	{ .key = "decision", .kind = FIELD_STR, .off = SUBSIDY_OFF(decision),
	  .title = "Référence de la décision", .doc = "Référence de l'acte "
	  "qui attribue la subvention.", .example = "DEL-2025-012" },
	{ .key = "object", .kind = FIELD_STR, .read = read_limited,
	  .off = SUBSIDY_OFF(object), .title = "Objet de la subvention",
	  .doc = "Objet de la subvention, 256 caractères au plus ; par "
	  "défaut, le titre de l'action.",
	  .example = "Médiation sociale dans les quartiers" },
	{ .key = "nature", .kind = FIELD_ENUM, .names = natures,
	  .what = "subsidy nature", .off = SUBSIDY_OFF(nature),
	  .title = "Nature de l'aide", .doc = "numeraire (en argent, par "
	  "défaut), nature (en nature) ou numeraire-et-nature.",
	  .example = "numeraire" },
	{ .key = "paid", .kind = FIELD_STR, .read = read_paid,
	  .off = SUBSIDY_OFF(paid), .title = "Versement",
	  .doc = "Date du versement (AAAA-MM-JJ) ou période des versements "
	  "(AAAA-MM-JJ/AAAA-MM-JJ).", .example = "2025-02-01/2025-11-30" },
	{ .key = "terms", .kind = FIELD_STR, .read = read_limited,
	  .off = SUBSIDY_OFF(terms), .title = "Conditions de versement",
	  .doc = "unique, echelonne ou une description (256 caractères au "
	  "plus) ; par défaut unique pour une date, échelonné pour une "
	  "période.", .example = "echelonne" },
	{ .key = "eu_notified", .kind = FIELD_BOOL,
	  .off = SUBSIDY_OFF(eu_notified),
	  .title = "Notifiée à la Commission européenne", .doc = "true si "
	  "l'aide a été notifiée à la Commission européenne (par défaut "
	  "false).", .example = "false" },
	{ NULL }
};

static const struct fields funding_entry_fields = {
	.what = N_("funding entry"), .v = funding_entry_v,
	.title = "Financement", .doc = "Un financeur et son montant.",
};

/*
 * Whether a funding entry holds a key that is not one of its own
 * ("montant: 12000"): it was reported, and most likely stands for the
 * amount, so the entry is not also warned about as lacking one.
 */
static int
funding_entry_has_unknown_key(const struct ynode *map)
{
	size_t	 i, f;

	if (map->type != YNODE_MAP)
		return 0;
	for (i = 0; i + 1 < map->nkids; i += 2) {
		if (map->kids[i]->type != YNODE_SCALAR)
			continue;
		for (f = 0; funding_entry_fields.v[f].key != NULL; f++)
			if (strcmp(funding_entry_fields.v[f].key,
			    map->kids[i]->scalar) == 0)
				break;
		if (funding_entry_fields.v[f].key == NULL)
			return 1;
	}
	return 0;
}

/* Reads one year of funding: a list of {funder, amount, note}. */
static void
read_funding_year(struct loader *l, const struct ynode *key,
    const struct ynode *list, struct action *a, int *lines)
{
	struct funding_year	*fy;
	struct funding_entry	*e;
	size_t			 i;
	int			 year;

	if (fields_year_key(l, key, &year) == -1)
		return;
	if (fields_year_seen(l, key, year, lines))
		return;
	if (list->type == YNODE_SCALAR && list->null)
		return;		/* "2025:" with nothing: no funding */
	if (list->type != YNODE_SEQ) {
		diag_error(l->diags, list->pos, _("expected a list of "
		    "{funder, amount} for year %d, found %s"), year,
		    ynode_kind(list));
		return;
	}
	fy = &a->funding[a->nfunding++];
	fy->year = year;
	fy->pos = key->pos;
	fy->v = arena_alloc(l->arena, (list->nkids + 1) * sizeof(*fy->v));
	for (i = 0; i < list->nkids; i++) {
		e = &fy->v[fy->n];
		fields_read_map(l, list->kids[i], &funding_entry_fields, e);
		if (funding_entry_has_unknown_key(list->kids[i]))
			e->amount_written = 1;
		if (e->funder.id.s == NULL) {
			records_funding_entry_release(e);
			continue;
		}
		fy->n++;
	}
}

static void
read_funding(struct loader *l, const struct ynode *n, void *rec,
    const struct field *f)
{
	struct action	*a = rec;
	size_t		 i;
	int		 lines[FIELDS_YEARS] = { 0 };

	if (n->type != YNODE_MAP) {
		diag_error(l->diags, n->pos, _("expected a mapping of years to "
		    "lists of funders, found %s"), ynode_kind(n));
		return;
	}
	a->funding = arena_alloc(l->arena, (YNODE_PAIRS(n) + 1) *
	    sizeof(*a->funding));
	for (i = 0; i + 1 < n->nkids; i += 2)
		read_funding_year(l, n->kids[i], n->kids[i + 1], a, lines);
}

#define ACTION_TEXT(k, req, t, d, e)					\
	{ .key = #k, .kind = FIELD_TEXT, .required = (req),		\
	  .off = offsetof(struct action, k), .title = (t), .doc = (d),	\
	  .example = (e) }

static const struct field action_v[] = {
	{ .key = "title", .kind = FIELD_STR, .required = 1,
	  .off = offsetof(struct action, title),
	  .title = "Intitulé", .doc = "Intitulé de l'action, tel qu'il "
	  "s'affiche.", .example = "Médiation sociale de nuit" },
	{ .key = "thematic", .kind = FIELD_REF, .required = 1,
	  .what = "thematic", .off = offsetof(struct action, thematic),
	  .title = "Thématique", .doc = "Identifiant de la thématique de "
	  "l'action, l'un des id de thematics dans clspd.yaml.",
	  .example = "tranquillite-publique" },
	{ .key = "status", .kind = FIELD_ENUM, .names = statuses,
	  .what = "status", .off = offsetof(struct action, status_str),
	  .index = offsetof(struct action, status) + 1,
	  .title = "État d'avancement", .doc = "prevue, en-cours (par "
	  "défaut), terminee ou suspendue.", .example = "en-cours" },
	{ .key = "pilot", .kind = FIELD_REF, .what = "partner",
	  .off = offsetof(struct action, pilot),
	  .title = "Pilote", .doc = "Identifiant du partenaire qui pilote "
	  "l'action (nom de son fichier dans partners/, sans .yaml).",
	  .example = "mairie" },
	{ .key = "period", .kind = FIELD_MAP, .sub = &period_fields,
	  .read = read_period,
	  .title = "Période", .doc = "Années de début (start) et de fin "
	  "(end) de l'action." },
	{ .key = "order", .kind = FIELD_INT,
	  .off = offsetof(struct action, order),
	  .title = "Ordre", .doc = "Rang de l'action dans sa thématique "
	  "(nombre entier) ; sinon l'ordre alphabétique des intitulés.",
	  .example = "1" },
	ACTION_TEXT(description, 1, "Description", "Ce que fait l'action "
	    "(Markdown).", "Des médiateurs vont à la rencontre des jeunes "
	    "le soir."),
	ACTION_TEXT(objectives, 1, "Objectifs", "Ce que l'action cherche à "
	    "obtenir : un texte, ou une liste.", "[Apaiser les conflits de "
	    "voisinage, Orienter les jeunes]"),
	ACTION_TEXT(public, 0, "Public visé", "À qui s'adresse l'action.",
	    "Jeunes de 16 à 25 ans"),
	ACTION_TEXT(identification, 0, "Repérage", "Comment le public est "
	    "repéré ou orienté vers l'action.", "Signalements des "
	    "bailleurs et des établissements scolaires"),
	ACTION_TEXT(means, 0, "Moyens", "Moyens humains et matériels : un "
	    "texte, ou une liste.", "[Deux médiateurs, Un véhicule]"),
	{ .key = "partners", .kind = FIELD_REFS, .what = "partner",
	  .off = offsetof(struct action, partners),
	  .title = "Partenaires", .doc = "Partenaires associés : liste "
	  "d'identifiants de partenaires (noms des fichiers de partners/).",
	  .example = "[mairie, bailleur]" },
	{ .key = "funding", .kind = FIELD_YEAR_LISTS, .read = read_funding,
	  .sub = &funding_entry_fields,
	  .title = "Financements", .doc = "Par année, la liste des "
	  "financeurs (funder) et de leurs montants (amount) en euros." },
	ACTION_TEXT(evaluation, 0, "Évaluation", "Bilan qualitatif de "
	    "l'action.", "L'action a touché 120 jeunes."),
	ACTION_TEXT(difficulties, 0, "Difficultés", "Difficultés "
	    "rencontrées.", "Recrutement difficile."),
	ACTION_TEXT(suggestions, 0, "Propositions", "Pistes "
	    "d'amélioration pour l'année suivante.", "Étendre l'action au "
	    "week-end."),
	{ NULL }
};

const struct fields records_action_fields = {
	.what = N_("action"), .v = action_v,
	.title = "Fiche action (actions/<id>.yaml)",
	.doc = "Une action du conseil ; son identifiant est le nom du "
	"fichier.",
};

void
records_action_read(struct loader *l, const struct ynode *root,
    struct action *a)
{
	a->status = STATUS_EN_COURS;
	fields_read_map(l, root, &records_action_fields, a);
}

void
records_funding_entry_release(struct funding_entry *e)
{
	memset(e, 0, sizeof(*e));
}
