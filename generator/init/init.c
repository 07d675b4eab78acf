/*
 * The starter content of "clspd init": one thematic, three partners, one
 * action with its narrative, two indicators, an introduction page and a
 * charter, each file showing the keys a coordinator is most likely to
 * need, with comments. It is kept small on purpose; FORMAT.md lists every
 * key. A test builds it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "../util/fs.h"
#include "../util/i18n.h"
#include "init.h"

struct init_file {
	const char	*path;
	const char	*text;
};

static const struct init_file init_files[] = {
	{ "clspd.yaml",
"# The council and the reporting year. See FORMAT.md for every key.\n"
"council: CLSPD de Ma Commune\n"
"territory: Ma Commune\n"
"year: 2025\n"
"locale: fr\n"
"coordinator:\n"
"  name: Prénom Nom\n"
"  email: coordination@ma-commune.example\n"
"thematics:\n"
"  - id: tranquillite-publique\n"
"    title: Améliorer la tranquillité publique\n"
"    description: Prévenir les conflits d’usage dans l’espace public.\n"
"    group: [commune, association-mediation]\n" },
	{ "partners/commune.yaml",
"name: Commune de Ma Commune\n"
"kind: commune\n" },
	{ "partners/association-mediation.yaml",
"name: Association de médiation sociale\n"
"short: AMS\n"
"kind: mediation-sociale\n" },
	{ "partners/fipd.yaml",
"name: Fonds interministériel de prévention de la délinquance\n"
"short: FIPD\n"
"kind: etat\n" },
	{ "actions/mediation-sociale.yaml",
"title: Médiation sociale\n"
"thematic: tranquillite-publique\n"
"status: en-cours\n"
"pilot: association-mediation\n"
"period: {start: 2024, end: 2026}\n"
"description:\n"
"  - Présence de médiateurs dans l’espace public.\n"
"  - Prévention et règlement des conflits.\n"
"objectives:\n"
"  - Apaiser les tensions et régler les conflits.\n"
"public: Tout public, libre adhésion.\n"
"partners: [commune, association-mediation]\n"
"funding:\n"
"  2024:\n"
"    - {funder: commune, amount: 30000}\n"
"    - {funder: fipd, amount: 12000}\n"
"  2025:\n"
"    - {funder: commune, amount: 32000}\n"
"    - {funder: fipd, amount: 15000, note: appel à projets 2025}\n"
"evaluation: Nombre de conflits résolus ; lieux prioritaires.\n" },
	{ "actions/mediation-sociale.md",
"## Bilan de l’année\n"
"\n"
"Racontez ici ce qui a été fait, ce qui a marché et ce qui reste à faire.\n" },
	{ "indicators/conflits-resolus.yaml",
"action: mediation-sociale\n"
"label: Conflits résolus\n"
"unit: conflits\n"
"baseline: {year: 2023, value: 90}\n"
"target: 150\n"
"values:\n"
"  2024: 110\n"
"  2025: 138\n"
"source: Tableau de bord de l’association\n" },
	{ "indicators/interventions-par-lieu.yaml",
"action: mediation-sociale\n"
"label: Interventions\n"
"unit: interventions\n"
"target: {2025: 400}\n"
"values:\n"
"  2024: 350\n"
"  2025: 420\n"
"breakdown:\n"
"  2025:\n"
"    Centre-ville: 160\n"
"    Quartier nord: 180\n"
"    Transports: 80\n" },
	{ "pages/introduction.md",
"---\n"
"title: Introduction\n"
"order: 1\n"
"---\n"
"Ce bilan présente les actions du conseil pour l’année écoulée.\n" },
	{ "charter.md",
"---\n"
"title: Livret de bonne conduite au sein de l’espace public\n"
"adopted: 2025-06-01\n"
"version: \"1.0\"\n"
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
init_write(const char *dir)
{
	char		**names, *path, *slash;
	size_t		 n, i, visible;
	const char	*step;

	if (fs_is_dir(dir)) {
		if (fs_list_dir(dir, &names, &n) == -1) {
			fprintf(stderr, _("clspd: %s: %s\n"), dir,
			    strerror(errno));
			return INIT_IO;
		}
		/* Dotfiles (.git, .DS_Store) are not content. */
		for (i = 0, visible = 0; i < n; i++)
			if (names[i][0] != '.')
				visible++;
		fs_names_free(names, n);
		if (visible > 0) {
			fprintf(stderr, _("clspd: %s: folder is not empty; init "
			    "writes only into a new or empty folder\n"), dir);
			return INIT_USAGE;
		}
	} else if (fs_is_file(dir)) {
		fprintf(stderr, _("clspd: %s: a file of that name exists\n"), dir);
		return INIT_USAGE;
	}
	for (i = 0; i < sizeof(init_files) / sizeof(init_files[0]); i++) {
		path = fs_join(dir, init_files[i].path);
		slash = strrchr(path, '/');
		*slash = '\0';
		if (fs_mkdir_p(path) == -1) {
			fprintf(stderr, _("clspd: %s: %s\n"), path,
			    strerror(errno));
			free(path);
			return INIT_IO;
		}
		*slash = '/';
		if (fs_write_file(path, init_files[i].text,
		    strlen(init_files[i].text), &step) == -1) {
			fprintf(stderr, _("clspd: %s: %s failed: %s\n"), path,
			    step, strerror(errno));
			free(path);
			return INIT_IO;
		}
		free(path);
	}
	printf(_("clspd: wrote a starter content folder in %s; build it with:\n"
	    "  clspd build %s\n"), dir, dir);
	return 0;
}
