/*
 * The starter content of "clspd init": one thematic, three partners, one
 * action with its narrative, two indicators, an introduction page and a
 * charter. It teaches the format: each file is commented in French, every
 * key of the file is there with one line that says what it is for, and
 * the optional keys the example does not need are commented out ("# key:
 * value"), ready to use once the "# " is removed. The comments use plain
 * spaces, not French no-break spaces, so that a line copied from them
 * holds nothing invisible. Tests build it as is, and again with every
 * commented key restored, and check that every key of docs/format.md is
 * in it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../schema/schema.h"
#include "../util/alloc.h"
#include "../util/buf.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "init.h"

struct init_file {
	const char	*path;
	const char	*text;
};

static const struct init_file init_files[] = {
	{ "clspd.yaml",
"# clspd.yaml : le conseil, l’année du bilan et ses thématiques.\n"
"# Une ligne qui commence par « # » est un commentaire : clspd l’ignore.\n"
"# Pour utiliser une clé en commentaire, enlevez le « # » et l’espace qui\n"
"# le suit, sur chaque ligne du bloc. Le guide : docs/guide/fichiers.md.\n"
"\n"
"# Le nom du conseil (obligatoire).\n"
"council: CLSPD de Ma Commune\n"
"# La ou les communes couvertes, ou l’intercommunalité (obligatoire).\n"
"territory: Ma Commune\n"
"# L’année du bilan (obligatoire).\n"
"year: 2025\n"
"# Le titre du bilan ; par défaut « Bilan annuel » suivi de l’année.\n"
"# title: Bilan annuel 2025 du CLSPD de Ma Commune\n"
"# La langue des libellés : fr (par défaut) ou en.\n"
"# locale: fr\n"
"# L’adresse du site publié, en https:// (liens canoniques, plan du site).\n"
"# base_url: https://www.ma-commune.example/clspd/site/\n"
"# Le logo du conseil, un fichier SVG ou PNG du dossier media/ : en tête\n"
"# du site et sur les couvertures du rapport et du livret. media/logo.svg\n"
"# est un exemple à remplacer par le vôtre.\n"
"# logo: media/logo.svg\n"
"# La personne qui coordonne : ses coordonnées figurent sur le site et au\n"
"# dos du livret de la charte.\n"
"coordinator:\n"
"  name: Prénom Nom\n"
"  email: coordination@ma-commune.example\n"
"  # Le téléphone, tel qu’il doit être imprimé.\n"
"  # phone: 01 23 45 67 89\n"
"# La conformité du site au RGAA, d’après un audit ; sans audit, le site\n"
"# est déclaré « non conforme ».\n"
"# Enlevez le « # » et l’espace de chaque ligne du bloc :\n"
"# accessibility:\n"
"#   # totale, partielle ou non.\n"
"#   status: partielle\n"
"#   # Le pourcentage de critères respectés, de 0 à 100.\n"
"#   rate: 75.5\n"
"#   # La date de l’audit, AAAA-MM-JJ.\n"
"#   audit: 2026-03-02\n"
"#   # À qui écrire ; par défaut, le courriel de la coordination.\n"
"#   contact: accessibilite@ma-commune.example\n"
"# La licence des données ouvertes : licence-ouverte-2.0 (par défaut) ou\n"
"# odbl-1.0.\n"
"# licence: licence-ouverte-2.0\n"
"# Le secret statistique : les effectifs des indicateurs marqués sensitive\n"
"# inférieurs à ce seuil sont masqués partout (5 et 11 sont habituels).\n"
"# privacy:\n"
"#   min_count: 11\n"
"# Les thématiques, dans l’ordre du bilan (au moins une).\n"
"thematics:\n"
"    # L’identifiant, cité par les actions : minuscules, chiffres, tirets.\n"
"  - id: tranquillite-publique\n"
"    # Le titre (obligatoire).\n"
"    title: Améliorer la tranquillité publique\n"
"    # Un texte de présentation.\n"
"    description: Prévenir les conflits d’usage dans l’espace public.\n"
"    # Les partenaires de son groupe opérationnel (GO).\n"
"    group: [commune, association-mediation]\n" },
	{ "partners/commune.yaml",
"# Un partenaire : son identifiant est le nom de ce fichier (commune).\n"
"# Toutes les clés : docs/guide/fichiers.md.\n"
"\n"
"# Le nom complet (obligatoire).\n"
"name: Commune de Ma Commune\n"
"# Le sigle, affiché dans les tableaux.\n"
"# short: MC\n"
"# La catégorie (obligatoire) : commune, intercommunalite, departement,\n"
"# region, etat, police, gendarmerie, justice, education, association,\n"
"# prevention-specialisee, mediation-sociale, centre-social, paej,\n"
"# mission-locale, bailleur-social, transport, sante, gip, entreprise, autre.\n"
"kind: commune\n"
"# Le site web, en http:// ou https://.\n"
"# website: https://www.ma-commune.example/\n"
"# Le courriel.\n"
"# email: mairie@ma-commune.example\n"
"# Le téléphone.\n"
"# phone: 01 23 45 67 00\n"
"# L’adresse postale.\n"
"# address: 1 place de la Mairie, 99000 Ma Commune\n"
"# Un texte de présentation.\n"
"# description: La commune anime le CLSPD et finance ses actions.\n"
"# Le SIRET de l’établissement (14 chiffres, espaces permis), pour publier\n"
"# ses subventions au format national.\n"
"# siret: 215 903 501 00017\n" },
	{ "partners/association-mediation.yaml",
"# Un partenaire : son identifiant est le nom de ce fichier\n"
"# (association-mediation). Toutes les clés : docs/guide/fichiers.md.\n"
"\n"
"# Le nom complet (obligatoire).\n"
"name: Association de médiation sociale\n"
"# Le sigle, affiché dans les tableaux.\n"
"short: AMS\n"
"# La catégorie (obligatoire) ; la liste est dans partners/commune.yaml.\n"
"kind: mediation-sociale\n"
"# Le site web, en http:// ou https://.\n"
"# website: https://mediation.example/\n"
"# Le courriel.\n"
"# email: contact@mediation.example\n"
"# Le téléphone.\n"
"# phone: 01 23 45 67 01\n"
"# L’adresse postale.\n"
"# address: 2 rue des Écoles, 99000 Ma Commune\n"
"# Un texte de présentation.\n"
"# description: Des médiateurs présents dans l’espace public.\n"
"# Le SIRET de l’établissement (14 chiffres, espaces permis).\n"
"# siret: 732 829 320 00074\n"
"# Le numéro au répertoire national des associations (RNA).\n"
"# rna: W751234567\n" },
	{ "partners/fipd.yaml",
"# Un partenaire financeur : son identifiant est le nom de ce fichier\n"
"# (fipd). Toutes les clés : docs/guide/fichiers.md.\n"
"\n"
"# Le nom complet (obligatoire).\n"
"name: Fonds interministériel de prévention de la délinquance\n"
"# Le sigle, affiché dans les tableaux.\n"
"short: FIPD\n"
"# La catégorie (obligatoire) : etat pour la préfecture et l’État.\n"
"kind: etat\n"
"# Le site web, en http:// ou https://.\n"
"# website: https://www.cipdr.gouv.fr/\n"
"# Le courriel.\n"
"# email: prefecture@exemple.gouv.fr\n"
"# Le téléphone.\n"
"# phone: 01 23 45 67 02\n"
"# L’adresse postale.\n"
"# address: Préfecture, 99000 Chef-Lieu\n"
"# Un texte de présentation.\n"
"# description: Crédits de l’État pour la prévention de la délinquance.\n" },
	{ "actions/mediation-sociale.yaml",
"# Une fiche action : son identifiant est le nom de ce fichier\n"
"# (mediation-sociale). Son récit est dans mediation-sociale.md.\n"
"# Un texte est une phrase, ou une liste de phrases (« - » au début de\n"
"# chaque ligne). Toutes les clés : docs/guide/fichiers.md.\n"
"\n"
"# Le nom de l’action (obligatoire).\n"
"title: Médiation sociale\n"
"# L’identifiant d’une thématique de clspd.yaml (obligatoire).\n"
"thematic: tranquillite-publique\n"
"# L’état : prevue, en-cours (par défaut), terminee ou suspendue.\n"
"status: en-cours\n"
"# Le partenaire pilote.\n"
"pilot: association-mediation\n"
"# Les années de l’action : première (start) et dernière (end).\n"
"period: {start: 2024, end: 2026}\n"
"# Un entier : les actions d’une thématique sont rangées par ordre.\n"
"# order: 1\n"
"# En quoi consiste l’action (obligatoire).\n"
"description:\n"
"  - Présence de médiateurs dans l’espace public.\n"
"  - Prévention et règlement des conflits.\n"
"# Les objectifs de l’action (obligatoire).\n"
"objectives:\n"
"  - Apaiser les tensions et régler les conflits.\n"
"# Le public visé.\n"
"public: Tout public, libre adhésion.\n"
"# Le repérage : comment le public est trouvé.\n"
"# identification: Au sein des quartiers et des institutions.\n"
"# Les moyens et outils ; un texte avec « : » se met entre guillemets.\n"
"# means:\n"
"#   - \"Équipe : deux médiateurs et un responsable.\"\n"
"# Les partenaires physiques (identifiants des partenaires).\n"
"partners: [commune, association-mediation]\n"
"# Les partenaires financiers, année par année : le financeur (funder),\n"
"# le montant en euros sans espace ni « € » (amount), une note (note).\n"
"funding:\n"
"  2024:\n"
"    - {funder: commune, amount: 30000}\n"
"    - {funder: fipd, amount: 12000}\n"
"  2025:\n"
"    - funder: commune\n"
"      amount: 32000\n"
"      # Si ce financement est une convention de subvention, sa date ; elle\n"
"      # est alors publiée au format national (subventions.csv).\n"
"      # convention: 2025-01-15\n"
"      # La référence de la décision d’attribution.\n"
"      # decision: DEL-2025-012\n"
"      # La date du versement, ou la période des versements.\n"
"      # paid: 2025-02-01/2025-11-30\n"
"      # L’objet ; par défaut, le titre de l’action.\n"
"      # object: Médiation sociale dans les quartiers\n"
"      # En argent (numeraire, par défaut), en nature (nature), ou les deux\n"
"      # (numeraire-et-nature).\n"
"      # nature: numeraire\n"
"      # Les conditions de versement : unique, echelonne ou une description.\n"
"      # terms: echelonne\n"
"      # true si l’aide a été notifiée à la Commission européenne.\n"
"      # eu_notified: false\n"
"    - {funder: fipd, amount: 15000, note: appel à projets 2025}\n"
"# L’évaluation : critères et questions.\n"
"evaluation: Nombre de conflits résolus ; lieux prioritaires.\n"
"# Les difficultés identifiées dans la mise en œuvre.\n"
"# difficulties: Peu de présence en soirée.\n"
"# Des suggestions pour la suite.\n"
"# suggestions: Étendre les horaires le vendredi soir.\n" },
	{ "actions/mediation-sociale.md",
"## Bilan de l’année\n"
"\n"
"Racontez ici ce qui a été fait, ce qui a marché et ce qui reste à faire.\n" },
	{ "indicators/conflits-resolus.yaml",
"# Un indicateur : son identifiant est le nom de ce fichier\n"
"# (conflits-resolus). Les nombres s’écrivent sans espace ni symbole,\n"
"# avec un point décimal. Toutes les clés : docs/guide/fichiers.md.\n"
"\n"
"# L’action évaluée (obligatoire).\n"
"action: mediation-sociale\n"
"# Ce qui est compté (obligatoire).\n"
"label: Conflits résolus\n"
"# L’unité affichée après les valeurs.\n"
"unit: conflits\n"
"# increase (par défaut) si plus, c’est mieux ; decrease si une baisse est\n"
"# une réussite.\n"
"# direction: increase\n"
"# Le point de départ : une année et sa valeur.\n"
"baseline: {year: 2023, value: 90}\n"
"# La cible de l’année du bilan, ou une cible par année (voir l’autre\n"
"# indicateur).\n"
"target: 150\n"
"# Les valeurs mesurées, année par année, décalées de deux espaces\n"
"# (obligatoire, peut rester vide : values: {}).\n"
"values:\n"
"  2024: 110\n"
"  2025: 138\n"
"# La répartition d’une année, par exemple par lieu ; son total devrait\n"
"# être égal à la valeur de l’année.\n"
"# breakdown:\n"
"#   2025:\n"
"#     \"Centre-ville\": 60\n"
"#     \"Quartier nord\": 78\n"
"# D’où viennent les chiffres.\n"
"source: Tableau de bord de l’association\n"
"# true si l’indicateur compte des personnes : ses petits effectifs sont\n"
"# masqués quand clspd.yaml fixe privacy (secret statistique).\n"
"# sensitive: false\n"
"# Un entier : les indicateurs d’une action sont rangés par ordre.\n"
"# order: 1\n" },
	{ "indicators/interventions-par-lieu.yaml",
"# Un indicateur avec une cible par année et une répartition par lieu.\n"
"# Toutes les clés : docs/guide/fichiers.md.\n"
"\n"
"# L’action évaluée (obligatoire).\n"
"action: mediation-sociale\n"
"# Ce qui est compté (obligatoire).\n"
"label: Interventions\n"
"# L’unité affichée après les valeurs.\n"
"unit: interventions\n"
"# increase (par défaut) si plus, c’est mieux ; decrease si une baisse est\n"
"# une réussite.\n"
"# direction: increase\n"
"# Le point de départ : une année et sa valeur.\n"
"# baseline: {year: 2023, value: 300}\n"
"# Une cible par année.\n"
"target: {2025: 400}\n"
"# Les valeurs mesurées, année par année (obligatoire).\n"
"values:\n"
"  2024: 350\n"
"  2025: 420\n"
"# La répartition de l’année par lieu ; le lieu le plus fréquent est\n"
"# signalé comme prioritaire.\n"
"breakdown:\n"
"  2025:\n"
"    Centre-ville: 160\n"
"    Quartier nord: 180\n"
"    Transports: 80\n"
"# D’où viennent les chiffres.\n"
"# source: Main courante des médiateurs\n"
"# Un entier : les indicateurs d’une action sont rangés par ordre.\n"
"# order: 2\n" },
	{ "media/logo.svg",
"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"80\" "
"viewBox=\"0 0 240 80\">\n"
"<!-- Un logo d’exemple : remplacez ce fichier par celui du conseil. -->\n"
"<rect x=\"4\" y=\"4\" width=\"72\" height=\"72\" rx=\"14\" "
"fill=\"#0b4f6c\"/>\n"
"<path d=\"M22 52 L40 22 L58 52 Z\" fill=\"#ffffff\"/>\n"
"<rect x=\"92\" y=\"26\" width=\"136\" height=\"10\" rx=\"5\" "
"fill=\"#0b4f6c\"/>\n"
"<rect x=\"92\" y=\"46\" width=\"96\" height=\"10\" rx=\"5\" "
"fill=\"#7aa6b8\"/>\n"
"</svg>\n" },
	{ "pages/introduction.md",
"---\n"
"# Une page de texte : d’abord cet en-tête entre deux lignes « --- »,\n"
"# puis le texte en Markdown (« ## » pour un titre).\n"
"# Le titre de la page (obligatoire).\n"
"title: Introduction\n"
"# Un entier : les pages sont rangées par ordre, avant les thématiques.\n"
"order: 1\n"
"# true : la page ouvre le rapport, avant les chiffres clés (le mot du\n"
"# maire) ; false par défaut.\n"
"# opens_report: false\n"
"---\n"
"Ce bilan présente les actions du conseil pour l’année écoulée.\n" },
	{ "charter.md",
"---\n"
"# La charte : le texte avant le premier titre « ## » est le préambule,\n"
"# chaque titre « ## » ouvre un chapitre du livret.\n"
"# Le titre de la charte (obligatoire).\n"
"title: Livret de bonne conduite au sein de l’espace public\n"
"# Un sous-titre, sur la couverture.\n"
"# subtitle: Vivre ensemble à Ma Commune\n"
"# La date d’adoption, AAAA-MM-JJ.\n"
"adopted: 2025-06-01\n"
"# La version, imprimée sur la couverture.\n"
"version: \"1.0\"\n"
"# Les partenaires signataires, chacun avec une ligne pour signer.\n"
"signatories: [commune, association-mediation]\n"
"---\n"
"Ce livret a été écrit ensemble par les habitants et les institutions.\n"
"\n"
"## Je partage l’espace public\n"
"\n"
"1. Je respecte les autres usagers.\n"
"2. Je garde les lieux propres.\n" },
};

int
init_file(const char *dir, const char *rel, const char *data, size_t len)
{
	char		*path = fs_join(dir, rel), *slash;
	const char	*step;
	int		 rc = 0;

	slash = strrchr(path, '/');
	*slash = '\0';
	if (fs_mkdir_p(path) == -1) {
		fprintf(stderr, _("clspd: %s: %s\n"), path, strerror(errno));
		rc = EXIT_IO;
		goto out;
	}
	*slash = '/';
	if (fs_write_file(path, data, len, &step) == -1) {
		fprintf(stderr, _("clspd: %s: %s failed: %s\n"), path, step,
		    strerror(errno));
		rc = EXIT_IO;
	}
out:
	free(path);
	return rc;
}

/*
 * The JSON Schemas go into the folder (schema.h), and each YAML file
 * starts with the line that points an editor's YAML language server at
 * its schema, by a path relative to the file: it works offline, moved
 * with the folder, whatever version of clspd is installed.
 */
static int
init_schemas(const char *dir, struct buf *b)
{
	char	 rel[128];
	size_t	 i;
	int	 rc = 0;

	for (i = 0; schema_files[i].name != NULL && rc == 0; i++) {
		buf_truncate(b, 0);
		snprintf(rel, sizeof(rel), "%s/%s", SCHEMA_DIR,
		    schema_files[i].name);
		if (schema_text(schema_files[i].name, b) == -1) {
			fprintf(stderr, _("clspd: %s: the default theme is "
			    "broken\n"), rel);
			rc = EXIT_IO;
		} else
			rc = init_file(dir, rel, b->data, b->len);
	}
	return rc;
}

/* The text of a starter file, after its schema line if it has one. */
static void
init_text(const struct init_file *f, struct buf *b)
{
	const char	*schema = schema_for(f->path), *s;

	buf_truncate(b, 0);
	if (schema != NULL) {
		buf_puts(b, "# yaml-language-server: $schema=");
		for (s = f->path; (s = strchr(s, '/')) != NULL; s++)
			buf_puts(b, "../");
		buf_printf(b, "%s/%s\n", SCHEMA_DIR, schema);
	}
	buf_puts(b, f->text);
}

int
init_write(const char *dir)
{
	char		**names;
	size_t		 n, i, visible;
	struct buf	 b = BUF_INIT;
	int		 rc;

	if (fs_is_dir(dir)) {
		if (fs_list_dir(dir, &names, &n) == -1) {
			fprintf(stderr, _("clspd: %s: %s\n"), dir,
			    strerror(errno));
			return EXIT_IO;
		}
		/* Dotfiles (.git, .DS_Store) are not content. */
		for (i = 0, visible = 0; i < n; i++)
			if (names[i][0] != '.')
				visible++;
		fs_names_free(names, n);
		if (visible > 0) {
			fprintf(stderr, _("clspd: %s: folder is not empty; init "
			    "writes only into a new or empty folder\n"), dir);
			return EXIT_USAGE;
		}
	} else if (fs_is_file(dir)) {
		fprintf(stderr, _("clspd: %s: a file of that name exists\n"), dir);
		return EXIT_USAGE;
	}
	rc = init_schemas(dir, &b);
	for (i = 0; i < sizeof(init_files) / sizeof(init_files[0]) &&
	    rc == 0; i++) {
		init_text(&init_files[i], &b);
		rc = init_file(dir, init_files[i].path, b.data, b.len);
	}
	buf_release(&b);
	if (rc != 0)
		return rc;
	printf(_("clspd: wrote a starter content folder in %s; build it with:\n"
	    "  clspd build %s\n"), dir, dir);
	return EXIT_OK;
}
