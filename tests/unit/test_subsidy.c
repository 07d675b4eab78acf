/*
 * Subsidy conventions in the national format (SCDL subventions): the
 * funding entries' keys, subventions.csv, and the warning that names what
 * a convention lacks to be published.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "../../generator/util/fs.h"
#include "helpers.h"

#define RUN(...) test_run(60, (const char *const[]){ __VA_ARGS__, NULL })

TestSuite(subsidy, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

static const struct tfile subsidy_files[] = {
	{ "partners/p.yaml", "name: Ville de Testville\nkind: commune\n"
	  "siret: 21590350100017\n" },
	{ "partners/q.yaml", "name: \"Trait d’Union, médiation\"\n"
	  "kind: association\nsiret: 73282932000074\nrna: W751234567\n" },
	{ "partners/r.yaml", "name: État\nkind: etat\n" },
	{ "actions/a.yaml",
	  "title: Médiation sociale\nthematic: t\ndescription: D.\n"
	  "objectives: O.\npilot: q\n"
	  "funding:\n"
	  "  2025:\n"
	  "    - funder: p\n"
	  "      amount: 38750.25\n"
	  "      convention: 2025-01-15\n"
	  "      decision: DEL-2024-118\n"
	  "      paid: 2025-02-01/2025-11-30\n"
	  "    - funder: p\n"
	  "      amount: 1200\n"
	  "      convention: 2025-06-02\n"
	  "      object: Prêt d’un local\n"
	  "      nature: nature\n"
	  "      paid: 2025-06-02\n"
	  "      eu_notified: true\n"
	  "    - funder: r\n"
	  "      convention: 2025-03-01\n"
	  "    - funder: r\n"
	  "      amount: 5000\n"
	  "  2024:\n"
	  "    - {funder: p, amount: 7, convention: 2024-01-01, "
	  "paid: 2024-01-01}\n" },
};

Test(subsidy, csv_and_warning)
{
	struct run	 r;
	char		*csv;

	test_content(subsidy_files, sizeof(subsidy_files) /
	    sizeof(subsidy_files[0]));
	r = RUN("build", "content", "-o", "out");
	cr_assert_eq(r.status, 0, "%s", r.err);
	/* One warning for the convention that lacks what is needed. */
	cr_assert(strstr(r.err, "content/actions/a.yaml:20:15: warning: funder "
	    "'r' listed without an amount for 2025\n"
	    "content/actions/a.yaml:21:19: warning: this subsidy convention is "
	    "left out of subventions.csv (the national format needs the date "
	    "or period of payment (paid:) and the SIRET of the funder (siret: "
	    "in partners/r.yaml))\n"), "%s", r.err);
	run_free(&r);
	csv = test_read("out/site/data/subventions.csv", NULL);
	/* Only the report's year; the entry without convention is not one. */
	cr_assert_str_eq(csv,
	    "nomAttribuant,idAttribuant,dateConvention,referenceDecision,"
	    "nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,"
	    "nature,conditionsVersement,datesPeriodeVersement,idRAE,"
	    "notificationUE,pourcentageSubvention,dispositifAide\r\n"
	    "Ville de Testville,21590350100017,2025-01-15,DEL-2024-118,"
	    "\"Trait d’Union, médiation\",73282932000074,W751234567,"
	    "Médiation sociale,38750.25,aide en numéraire,échelonné,"
	    "2025-02-01/2025-11-30,,non,1,\r\n"
	    "Ville de Testville,21590350100017,2025-06-02,,"
	    "\"Trait d’Union, médiation\",73282932000074,W751234567,"
	    "Prêt d’un local,1200,aide en nature,unique,2025-06-02,,oui,1,"
	    "\r\n");
	free(csv);
	/* The home page's downloads list it. */
	csv = test_read("out/site/index.html", NULL);
	cr_assert(strstr(csv, "href=\"data/subventions.csv\"") != NULL);
	free(csv);
}

/* No convention in the year: no subventions.csv, no resource for it. */
Test(subsidy, absent_without_convention)
{
	struct run	 r;
	char		*dp;

	test_content(NULL, 0);
	r = RUN("build", "content", "-o", "out", "-q");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert(!fs_is_file("out/site/data/subventions.csv"));
	dp = test_read("out/site/data/datapackage.json", NULL);
	cr_assert(strstr(dp, "subventions") == NULL);
	free(dp);
	dp = test_read("out/site/index.html", NULL);
	cr_assert(strstr(dp, "subventions.csv") == NULL);
	free(dp);
}

Test(subsidy, key_errors)
{
	static const struct tfile f[] = {
		{ "actions/a.yaml",
		  "title: A\nthematic: t\ndescription: D.\nobjectives: O.\n"
		  "funding:\n"
		  "  2025:\n"
		  "    - funder: p\n"
		  "      amount: 1\n"
		  "      convention: 2025-02-30\n"
		  "      paid: 2025-12-01/2025-01-01\n"
		  "      nature: cash\n"
		  "      eu_notified: oui\n" },
	};
	char	*got;

	test_content(f, 1);
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got,
	    "content/actions/a.yaml:9:19: error: expected a date YYYY-MM-DD, "
	    "found '2025-02-30'\n"
	    "content/actions/a.yaml:10:13: error: paid is the date of payment "
	    "(2025-03-14) or the period of payments (2025-03-14/2025-12-31), "
	    "start before end: found '2025-12-01/2025-01-01'\n"
	    "content/actions/a.yaml:11:15: error: unknown subsidy nature "
	    "'cash' (expected one of: numeraire, nature, "
	    "numeraire-et-nature)\n"
	    "content/actions/a.yaml:12:20: error: expected true or false, "
	    "found 'oui'\n");
	free(got);
}
