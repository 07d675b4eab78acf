/*
 * The open-data tables (see tables.h): what each column is, and the rows
 * of each table taken from the model and its figures. Names of columns
 * follow the keys of metrics.json; titles and descriptions are French,
 * the language of the people who reuse the tables (the commune's finance
 * department, partners, the open-data portals).
 */
#include <string.h>

#include "../../load/subsidy.h"
#include "tables.h"

static const char *const directions[] = { "increase", "decrease", NULL };
static const char *const statuses[] = {
	"prevue", "en-cours", "terminee", "suspendue", NULL
};
static const char *const families[] = {
	"collectivites", "etat", "associations", "autres", NULL
};
static const char *const kinds[] = {
	"commune", "intercommunalite", "departement", "region", "etat",
	"police", "gendarmerie", "justice", "education", "association",
	"prevention-specialisee", "mediation-sociale", "centre-social",
	"paej", "mission-locale", "bailleur-social", "transport", "sante",
	"gip", "entreprise", "autre", NULL
};

/* A row being filled: the next cell of the current row. */
struct row_writer {
	struct cell	*cells;
	size_t		 n;		/* cells written */
};

static void
put_text(struct row_writer *w, const char *s)
{
	struct cell	*c = &w->cells[w->n++];

	c->set = s != NULL;
	c->text = s;
}

static void
put_dec(struct row_writer *w, int set, decimal d)
{
	struct cell	*c = &w->cells[w->n++];

	c->set = set;
	c->dec = d;
}

static void
put_int(struct row_writer *w, long long v)
{
	put_dec(w, 1, (decimal)v * DECIMAL_SCALE);
}

static void
put_flag(struct row_writer *w, int flag)
{
	struct cell	*c = &w->cells[w->n++];

	c->set = 1;
	c->flag = flag;
}

static void
put_ratio(struct row_writer *w, struct ratio r)
{
	struct cell	*c = &w->cells[w->n++];

	c->set = r.set;
	c->ratio = r.v;
}

static struct cell *
rows_new(struct arena *a, const struct table *t, size_t nrows)
{
	size_t		 size = (nrows > 0 ? nrows : 1) * t->ncolumns *
			    sizeof(struct cell);
	struct cell	*rows = arena_alloc(a, size);

	memset(rows, 0, size);
	return rows;
}

/* indicators.csv: one row per indicator and year with a value or target. */
static const struct column indicator_columns[] = {
	{ "indicator", "Indicateur", "Identifiant de l’indicateur (nom de "
	  "son fichier).", COLUMN_ID, 1, NULL, 28, 0 },
	{ "action", "Action", "Identifiant de l’action évaluée.",
	  COLUMN_ID, 1, NULL, 28, 0 },
	{ "thematic", "Thématique", "Identifiant de la thématique de "
	  "l’action.", COLUMN_ID, 1, NULL, 28, 0 },
	{ "label", "Ce qui est compté", "Libellé de l’indicateur.",
	  COLUMN_TEXT, 1, NULL, 48, 0 },
	{ "unit", "Unité", "Unité des valeurs (vide : un nombre).",
	  COLUMN_TEXT, 0, NULL, 14, 0 },
	{ "direction", "Sens", "increase : plus est mieux ; decrease : "
	  "moins est mieux.", COLUMN_CODE, 1, directions, 10, 0 },
	{ "year", "Année", "Année de la valeur et de la cible.",
	  COLUMN_YEAR, 1, NULL, 8, 0 },
	{ "value", "Valeur", "Valeur mesurée de l’année (vide : non "
	  "mesurée).", COLUMN_NUMBER, 0, NULL, 12, 0 },
	{ "target", "Cible", "Cible fixée pour l’année (vide : pas de "
	  "cible).", COLUMN_NUMBER, 0, NULL, 12, 0 },
	{ "value_masked", "Valeur masquée", "true : la valeur, inférieure "
	  "au seuil du secret statistique (privacy.min_count), n’est pas "
	  "publiée.", COLUMN_FLAG, 1, NULL, 10, 1 }
};

static size_t
indicator_fill(const struct table *t, struct arena *a, const struct model *m,
    const struct figures *f, struct cell **out)
{
	struct row_writer	 w;
	size_t			 i, y, n = 0;

	for (i = 0; i < m->nindicators; i++)
		n += f->indicators[i].nyears;
	w.cells = *out = rows_new(a, t, n);
	w.n = 0;
	for (i = 0; i < m->nindicators; i++) {
		const struct indicator		*ind = &m->indicators[i];
		const struct indicator_figures	*fi = &f->indicators[i];

		for (y = 0; y < fi->nyears; y++) {
			put_text(&w, ind->id);
			put_text(&w, ind->action.id.s);
			put_text(&w, ind->action.ok ?
			    m->actions[ind->action.index].thematic.id.s :
			    NULL);
			put_text(&w, ind->label.s);
			put_text(&w, ind->unit.s);
			put_text(&w, model_direction_name(ind->direction));
			put_int(&w, fi->years[y].year);
			put_dec(&w, fi->years[y].value.set,
			    fi->years[y].value.v);
			put_dec(&w, fi->years[y].target.set,
			    fi->years[y].target.v);
			put_flag(&w, fi->years[y].value_masked);
		}
	}
	return n;
}

/* funding.csv: one row per year, action and funder, as written. */
static const struct column funding_columns[] = {
	{ "year", "Année", "Année du financement.", COLUMN_YEAR, 1, NULL, 8, 0 },
	{ "action", "Action", "Identifiant de l’action financée.",
	  COLUMN_ID, 1, NULL, 28, 0 },
	{ "thematic", "Thématique", "Identifiant de la thématique de "
	  "l’action.", COLUMN_ID, 1, NULL, 28, 0 },
	{ "pilot", "Pilote", "Identifiant du partenaire pilote de "
	  "l’action (vide : pas de pilote).", COLUMN_ID, 0, NULL, 24, 0 },
	{ "funder", "Financeur", "Identifiant du partenaire qui finance.",
	  COLUMN_ID, 1, NULL, 24, 0 },
	{ "family", "Famille du financeur", "Famille de financeurs : "
	  "collectivites, etat, associations ou autres.", COLUMN_CODE, 1,
	  families, 16, 0 },
	{ "amount", "Montant", "Montant en euros (vide : montant non "
	  "connu).", COLUMN_AMOUNT, 0, NULL, 14, 0 },
	{ "note", "Note", "Précision sur le financement.", COLUMN_TEXT, 0,
	  NULL, 40, 0 }
};

/* The funding years of an action in ascending order (indices). */
static size_t *
funding_order(struct arena *a, const struct action *ac)
{
	size_t	*ord = arena_alloc(a, (ac->nfunding + 1) * sizeof(*ord));
	size_t	 i, j, k;

	for (i = 0; i < ac->nfunding; i++) {
		k = i;
		for (j = i; j > 0 && ac->funding[ord[j - 1]].year >
		    ac->funding[k].year; j--)
			ord[j] = ord[j - 1];
		ord[j] = k;
	}
	return ord;
}

static void
funding_row(struct row_writer *w, const struct model *m,
    const struct action *ac, int year, const struct funding_entry *e)
{
	const struct partner	*p = e->funder.ok ?
				    &m->partners[e->funder.index] : NULL;

	put_int(w, year);
	put_text(w, ac->id);
	put_text(w, ac->thematic.id.s);
	put_text(w, ac->pilot.id.s);
	put_text(w, e->funder.id.s);
	put_text(w, p != NULL ? model_family_name(p->family) : NULL);
	put_dec(w, e->amount.set, e->amount.v);
	put_text(w, e->note.s);
}

static size_t
funding_fill(const struct table *t, struct arena *a, const struct model *m,
    const struct figures *f, struct cell **out)
{
	struct row_writer	 w;
	size_t			 i, y, k, n = 0, *ord;

	(void)f;
	for (i = 0; i < m->nactions; i++)
		for (y = 0; y < m->actions[i].nfunding; y++)
			n += m->actions[i].funding[y].n;
	w.cells = *out = rows_new(a, t, n);
	w.n = 0;
	for (i = 0; i < m->nactions; i++) {
		const struct action	*ac = &m->actions[i];

		ord = funding_order(a, ac);
		for (y = 0; y < ac->nfunding; y++) {
			const struct funding_year *fy = &ac->funding[ord[y]];

			for (k = 0; k < fy->n; k++)
				funding_row(&w, m, ac, fy->year, &fy->v[k]);
		}
	}
	return n;
}

/* actions.csv: one row per action. */
static const struct column action_columns[] = {
	{ "action", "Action", "Identifiant de l’action (nom de son "
	  "fichier).", COLUMN_ID, 1, NULL, 28, 0 },
	{ "title", "Intitulé", "Nom de l’action.", COLUMN_TEXT, 1, NULL,
	  48, 0 },
	{ "thematic", "Thématique", "Identifiant de la thématique.",
	  COLUMN_ID, 1, NULL, 28, 0 },
	{ "pilot", "Pilote", "Identifiant du partenaire pilote (vide : pas "
	  "de pilote).", COLUMN_ID, 0, NULL, 24, 0 },
	{ "status", "État", "prevue, en-cours, terminee ou suspendue.",
	  COLUMN_CODE, 1, statuses, 12, 0 },
	{ "period_start", "Début", "Première année de l’action.",
	  COLUMN_YEAR, 0, NULL, 8, 0 },
	{ "period_end", "Fin", "Dernière année de l’action.", COLUMN_YEAR,
	  0, NULL, 8, 0 },
	{ "funding_total", "Financement de l’année", "Total des montants "
	  "de l’année du bilan, en euros.", COLUMN_AMOUNT, 1, NULL, 16, 0 },
	{ "funding_previous", "Financement de l’année précédente", "Total "
	  "des montants de l’année précédente, en euros.", COLUMN_AMOUNT, 1,
	  NULL, 16, 0 },
	{ "attainment_mean", "Atteinte moyenne des cibles", "Moyenne des "
	  "taux d’atteinte des indicateurs de l’action qui ont une valeur et "
	  "une cible (1 = 100 % ; vide : aucun).", COLUMN_RATIO, 0, NULL,
	  14, 0 }
};

static size_t
action_fill(const struct table *t, struct arena *a, const struct model *m,
    const struct figures *f, struct cell **out)
{
	struct row_writer	 w;
	size_t			 i;

	w.cells = *out = rows_new(a, t, m->nactions);
	w.n = 0;
	for (i = 0; i < m->nactions; i++) {
		const struct action		*ac = &m->actions[i];
		const struct action_figures	*af = &f->actions[i];

		put_text(&w, ac->id);
		put_text(&w, ac->title.s);
		put_text(&w, ac->thematic.id.s);
		put_text(&w, ac->pilot.id.s);
		put_text(&w, model_status_name(ac->status));
		put_dec(&w, ac->period_start != 0,
		    (decimal)ac->period_start * DECIMAL_SCALE);
		put_dec(&w, ac->period_end != 0,
		    (decimal)ac->period_end * DECIMAL_SCALE);
		put_dec(&w, 1, af->funding_total);
		put_dec(&w, 1, af->funding_previous);
		put_ratio(&w, af->attainment_mean);
	}
	return m->nactions;
}

/* partners.csv: one row per partner. */
static const struct column partner_columns[] = {
	{ "partner", "Partenaire", "Identifiant du partenaire (nom de son "
	  "fichier).", COLUMN_ID, 1, NULL, 24, 0 },
	{ "name", "Nom", "Nom complet.", COLUMN_TEXT, 1, NULL, 44, 0 },
	{ "short", "Sigle", "Abréviation.", COLUMN_TEXT, 0, NULL, 10, 0 },
	{ "kind", "Nature", "Nature du partenaire.", COLUMN_CODE, 1, kinds,
	  20, 0 },
	{ "family", "Famille", "Famille de financeurs : collectivites, "
	  "etat, associations ou autres.", COLUMN_CODE, 1, families, 16, 0 },
	{ "siret", "SIRET", "Numéro SIRET de l’établissement (14 "
	  "chiffres).", COLUMN_SIRET, 0, NULL, 16, 0 },
	{ "rna", "N° RNA", "Numéro de l’association au répertoire national "
	  "des associations.", COLUMN_RNA, 0, NULL, 12, 0 },
	{ "roles", "Rôles", "Rôles dans le bilan, séparés par des "
	  "points-virgules : pilot (pilote d’une action), partner "
	  "(partenaire d’une action), funder (financeur de l’année), group "
	  "(membre d’un groupe opérationnel).", COLUMN_TEXT, 0, NULL, 24, 0 },
	{ "funded_amount", "Montant financé", "Total de ses financements "
	  "de l’année du bilan, en euros.", COLUMN_AMOUNT, 1, NULL, 16, 0 }
};

static const char *
partner_roles(struct arena *a, const struct partner_figures *pf)
{
	char	 s[64] = "";

	if (pf->npilot_of > 0)
		strcat(s, ";pilot");
	if (pf->npartner_of > 0)
		strcat(s, ";partner");
	if (pf->nfunder_of > 0)
		strcat(s, ";funder");
	if (pf->ngroup_of > 0)
		strcat(s, ";group");
	return s[0] == '\0' ? NULL : arena_strdup(a, s + 1);
}

static size_t
partner_fill(const struct table *t, struct arena *a, const struct model *m,
    const struct figures *f, struct cell **out)
{
	struct row_writer	 w;
	size_t			 i;

	w.cells = *out = rows_new(a, t, m->npartners);
	w.n = 0;
	for (i = 0; i < m->npartners; i++) {
		const struct partner	*p = &m->partners[i];

		put_text(&w, p->id);
		put_text(&w, p->name.s);
		put_text(&w, p->short_name.s);
		put_text(&w, p->kind.s);
		put_text(&w, model_family_name(p->family));
		put_text(&w, p->siret.s);
		put_text(&w, p->rna.s);
		put_text(&w, partner_roles(a, &f->partners[i]));
		put_dec(&w, 1, f->partners[i].funded_amount);
	}
	return m->npartners;
}

/*
 * subventions.csv: the subsidy conventions of the report's year in the
 * national format (SCDL subventions, schema.data.gouv.fr), its 16
 * columns with their names, in their order: one row per convention a
 * funder signed with an action's pilot.
 */
static const char *const natures[] = {
	"aide en numéraire", "aide en nature",
	"aide en numéraire;aide en nature", NULL
};
static const char *const yes_no[] = { "oui", "non", NULL };

static const struct column subsidy_columns[] = {
	{ "nomAttribuant", "Nom de l’attribuant", "Nom officiel de "
	  "l’organisme qui attribue la subvention (le financeur).",
	  COLUMN_TEXT, 1, NULL, 36, 0 },
	{ "idAttribuant", "SIRET de l’attribuant", "SIRET du financeur.",
	  COLUMN_SIRET, 1, NULL, 16, 0 },
	{ "dateConvention", "Date de la convention", "Date de la "
	  "convention de subvention.", COLUMN_DATE, 1, NULL, 12, 0 },
	{ "referenceDecision", "Référence de la décision", "Référence de "
	  "l’acte qui décide l’attribution.", COLUMN_TEXT, 0, NULL, 16, 0 },
	{ "nomBeneficiaire", "Nom du bénéficiaire", "Nom du pilote de "
	  "l’action.", COLUMN_TEXT, 1, NULL, 36, 0 },
	{ "idBeneficiaire", "SIRET du bénéficiaire", "SIRET du pilote.",
	  COLUMN_SIRET, 1, NULL, 16, 0 },
	{ "rnaBeneficiaire", "RNA du bénéficiaire", "Numéro RNA du pilote "
	  "(W suivi de 9 chiffres).", COLUMN_RNA, 0, NULL, 12, 0 },
	{ "objet", "Objet", "Objet de la subvention (256 caractères au "
	  "plus).", COLUMN_TEXT, 1, NULL, 40, 0 },
	{ "montant", "Montant", "Montant total de la subvention, en euros.",
	  COLUMN_AMOUNT, 1, NULL, 14, 0 },
	{ "nature", "Nature", "aide en numéraire, aide en nature, ou les "
	  "deux.", COLUMN_CODE, 1, natures, 20, 0 },
	{ "conditionsVersement", "Conditions de versement", "unique, "
	  "échelonné, ou leur description.", COLUMN_TEXT, 1, NULL, 16, 0 },
	{ "datesPeriodeVersement", "Date ou période de versement",
	  "AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ.", COLUMN_PERIOD, 1, NULL, 22,
	  0 },
	{ "idRAE", "Identifiant RAE", "Répertoire des aides aux entreprises "
	  "(sans objet ici).", COLUMN_TEXT, 0, NULL, 8, 0 },
	{ "notificationUE", "Notifiée à la Commission européenne", "oui ou "
	  "non.", COLUMN_CODE, 1, yes_no, 10, 0 },
	{ "pourcentageSubvention", "Part du bénéficiaire", "Part du "
	  "montant versée au bénéficiaire (1 : bénéficiaire unique).",
	  COLUMN_NUMBER, 1, NULL, 10, 0 },
	{ "dispositifAide", "Dispositif d’aide", "Identifiant du dispositif "
	  "d’aide (sans objet ici).", COLUMN_TEXT, 0, NULL, 12, 0 }
};

static const char *
subsidy_nature(const struct subsidy *s)
{
	if (s->nature.s == NULL || strcmp(s->nature.s, "numeraire") == 0)
		return natures[0];
	return strcmp(s->nature.s, "nature") == 0 ? natures[1] : natures[2];
}

/* The terms as written, or those a date (unique) or period implies. */
static const char *
subsidy_terms(const struct subsidy *s)
{
	if (s->terms.s == NULL)
		return strchr(s->paid.s, '/') != NULL ? "échelonné" : "unique";
	if (strcmp(s->terms.s, "unique") == 0)
		return "unique";
	if (strcmp(s->terms.s, "echelonne") == 0)
		return "échelonné";
	return s->terms.s;
}

/* The SCDL takes an RNA number of digits only (W and 9 digits). */
static const char *
scdl_rna(const char *rna)
{
	size_t	 i;

	if (rna == NULL)
		return NULL;
	for (i = 1; rna[i] != '\0'; i++)
		if (rna[i] < '0' || rna[i] > '9')
			return NULL;
	return rna;
}

static void
subsidy_row(struct row_writer *w, const struct model *m,
    const struct action *ac, const struct funding_entry *e)
{
	const struct partner	*funder = &m->partners[e->funder.index];
	const struct partner	*pilot = &m->partners[ac->pilot.index];
	const struct subsidy	*s = &e->subsidy;

	put_text(w, funder->name.s);
	put_text(w, funder->siret.s);
	put_text(w, s->convention.s);
	put_text(w, s->decision.s);
	put_text(w, pilot->name.s);
	put_text(w, pilot->siret.s);
	put_text(w, scdl_rna(pilot->rna.s));
	put_text(w, s->object.s != NULL ? s->object.s : ac->title.s);
	put_dec(w, 1, e->amount.v);
	put_text(w, subsidy_nature(s));
	put_text(w, subsidy_terms(s));
	put_text(w, s->paid.s);
	put_text(w, NULL);
	put_text(w, s->eu_notified ? "oui" : "non");
	put_int(w, 1);
	put_text(w, NULL);
}

/*
 * Counts the subsidy conventions of the year that can be written, and
 * writes their rows when w is not NULL.
 */
static size_t
subsidy_each(const struct model *m, struct row_writer *w)
{
	size_t	 i, y, k, n = 0;

	for (i = 0; i < m->nactions; i++) {
		const struct action	*ac = &m->actions[i];

		for (y = 0; y < ac->nfunding; y++) {
			if (ac->funding[y].year != m->council.y)
				continue;
			for (k = 0; k < ac->funding[y].n; k++) {
				const struct funding_entry *e =
				    &ac->funding[y].v[k];

				if (e->subsidy.convention.s == NULL ||
				    !e->funder.ok ||
				    subsidy_missing(m, ac, e) != 0)
					continue;
				if (w != NULL)
					subsidy_row(w, m, ac, e);
				n++;
			}
		}
	}
	return n;
}

static size_t
subsidy_fill(const struct table *t, struct arena *a, const struct model *m,
    const struct figures *f, struct cell **out)
{
	struct row_writer	 w;

	(void)f;
	w.cells = *out = rows_new(a, t, subsidy_each(m, NULL));
	w.n = 0;
	return subsidy_each(m, &w);
}

/* Written when the content has a subsidy convention in the year. */
static int
subsidy_present(const struct model *m)
{
	return subsidy_any(m);
}

#define NCOLS(c)	(sizeof(c) / sizeof((c)[0]))

static const char *const indicator_key[] = { "indicator", "year", NULL };
static const char *const action_key[] = { "action", NULL };
static const char *const partner_key[] = { "partner", NULL };

static const struct foreign_key indicator_fks[] = {
	{ "action", "actions", "action" },
	{ NULL, NULL, NULL }
};
static const struct foreign_key funding_fks[] = {
	{ "action", "actions", "action" },
	{ "pilot", "partners", "partner" },
	{ "funder", "partners", "partner" },
	{ NULL, NULL, NULL }
};
static const struct foreign_key action_fks[] = {
	{ "pilot", "partners", "partner" },
	{ NULL, NULL, NULL }
};
static const struct foreign_key no_fks[] = { { NULL, NULL, NULL } };

static const struct table indicators_table = {
	"indicators", "Indicateurs", "Valeurs et cibles des indicateurs "
	"d’évaluation, une ligne par indicateur et par année.",
	indicator_columns, NCOLS(indicator_columns), indicator_key,
	indicator_fks, indicator_fill, NULL, NULL
};
static const struct table funding_table = {
	"funding", "Financements", "Financements des actions, une ligne "
	"par année, action et financeur, dans l’ordre écrit.",
	funding_columns, NCOLS(funding_columns), NULL, funding_fks,
	funding_fill, NULL, NULL
};
static const struct table actions_table = {
	"actions", "Actions", "Les actions du bilan, une ligne par action.",
	action_columns, NCOLS(action_columns), action_key, action_fks,
	action_fill, NULL, NULL
};
static const struct table partners_table = {
	"partners", "Partenaires", "Les partenaires du conseil, une ligne "
	"par partenaire.", partner_columns, NCOLS(partner_columns),
	partner_key, no_fks, partner_fill, NULL, NULL
};
static const struct table subsidies_table = {
	"subventions", "Subventions", "Données essentielles des conventions "
	"de subvention de l’année du bilan, au format national SCDL "
	"subventions.", subsidy_columns, NCOLS(subsidy_columns), NULL,
	no_fks, subsidy_fill, subsidy_present,
	"https://schema.data.gouv.fr/scdl/subventions/"
};

const struct table *const data_tables[] = {
	&indicators_table, &funding_table, &actions_table, &partners_table,
	&subsidies_table
};
const size_t data_ntables = sizeof(data_tables) / sizeof(data_tables[0]);

int
data_table_present(const struct table *t, const struct model *m)
{
	return t->present == NULL || t->present(m);
}

int
data_column_shown(const struct column *c, const struct figures *f)
{
	return !c->secrecy_only || f->min_count > 0;
}

struct cell *
data_table_rows(const struct table *t, struct arena *a,
    const struct model *m, const struct figures *f, size_t *nrows)
{
	struct cell	*rows;

	*nrows = t->fill(t, a, m, f, &rows);
	return rows;
}
