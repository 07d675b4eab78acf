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

/* Writes data[0..len) at dir/rel, making its folders. 0 or INIT_IO. */
static int
init_file(const char *dir, const char *rel, const char *data, size_t len)
{
	char		*path = fs_join(dir, rel), *slash;
	const char	*step;
	int		 rc = 0;

	slash = strrchr(path, '/');
	*slash = '\0';
	if (fs_mkdir_p(path) == -1) {
		fprintf(stderr, "clspd: %s: %s\n", path, strerror(errno));
		rc = INIT_IO;
		goto out;
	}
	*slash = '/';
	if (fs_write_file(path, data, len, &step) == -1) {
		fprintf(stderr, "clspd: %s: %s failed: %s\n", path, step,
		    strerror(errno));
		rc = INIT_IO;
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
			rc = INIT_IO;
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
			fprintf(stderr, "clspd: %s: %s\n", dir,
			    strerror(errno));
			return INIT_IO;
		}
		/* Dotfiles (.git, .DS_Store) are not content. */
		for (i = 0, visible = 0; i < n; i++)
			if (names[i][0] != '.')
				visible++;
		fs_names_free(names, n);
		if (visible > 0) {
			fprintf(stderr, "clspd: %s: folder is not empty; init "
			    "writes only into a new or empty folder\n", dir);
			return INIT_USAGE;
		}
	} else if (fs_is_file(dir)) {
		fprintf(stderr, "clspd: %s: a file of that name exists\n", dir);
		return INIT_USAGE;
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
	printf("clspd: wrote a starter content folder in %s; build it with:\n"
	    "  clspd build %s\n", dir, dir);
	return 0;
}
