/*
 * SIRET and RNA numbers: the check functions (util/ident.c) and the
 * partner keys that use them, with their exact diagnostics; the licence
 * key of clspd.yaml.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "../../generator/util/ident.h"
#include "helpers.h"

#define RUN(...) test_run(60, (const char *const[]){ __VA_ARGS__, NULL })

TestSuite(ident, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

static enum ident_problem
siret(const char *s, const char *want_digits)
{
	char			 out[15];
	enum ident_problem	 p = ident_siret(s, out);

	if (p == IDENT_OK)
		cr_assert_str_eq(out, want_digits);
	return p;
}

Test(ident, siret_luhn)
{
	cr_assert_eq(siret("21590350100017", "21590350100017"), IDENT_OK);
	cr_assert_eq(siret("215 903 501 00017", "21590350100017"), IDENT_OK);
	cr_assert_eq(siret("73282932000074", "73282932000074"), IDENT_OK);
	/* The last digit changed: Luhn fails. */
	cr_assert_eq(siret("21590350100018", NULL), IDENT_CHECKSUM);
	/* Two digits swapped. */
	cr_assert_eq(siret("21590350100071", NULL), IDENT_CHECKSUM);
	cr_assert_eq(siret("2159035010001", NULL), IDENT_LENGTH);
	cr_assert_eq(siret("215903501000170", NULL), IDENT_LENGTH);
	cr_assert_eq(siret("", NULL), IDENT_LENGTH);
	cr_assert_eq(siret("2159035010001A", NULL), IDENT_CHARACTER);
	cr_assert_eq(siret("215.903.501.00017", NULL), IDENT_CHARACTER);
}

/*
 * La Poste's establishments (SIREN 356 000 000) do not follow Luhn:
 * their digits add up to a multiple of 5. The head office does both.
 */
Test(ident, siret_la_poste)
{
	cr_assert_eq(siret("35600000000048", "35600000000048"), IDENT_OK);
	cr_assert_eq(siret("35600000049837", "35600000049837"), IDENT_OK);
	cr_assert_eq(siret("35600000012345", NULL), IDENT_CHECKSUM);
	/* The rule of 5 is La Poste's only. */
	cr_assert_eq(siret("12345678901234", NULL), IDENT_CHECKSUM);
}

Test(ident, rna)
{
	cr_assert_eq(ident_rna("W751234567"), IDENT_OK);
	cr_assert_eq(ident_rna("W9C1000123"), IDENT_OK);
	cr_assert_eq(ident_rna("W75123456"), IDENT_LENGTH);
	cr_assert_eq(ident_rna("W7512345678"), IDENT_LENGTH);
	cr_assert_eq(ident_rna("w751234567"), IDENT_CHARACTER);
	cr_assert_eq(ident_rna("751234567"), IDENT_CHARACTER);
	cr_assert_eq(ident_rna("W75 1234567"), IDENT_CHARACTER);
	cr_assert_eq(ident_rna("W75123456a"), IDENT_CHARACTER);
}

static void
expect(const struct tfile *f, size_t n, const char *want)
{
	char	*got;

	test_content(f, n);
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got, want);
	free(got);
}

Test(ident, partner_keys)
{
	static const struct tfile f[] = {
		{ "partners/a.yaml", "name: A\nkind: association\n"
		  "siret: 215 903 501 00017\nrna: W751234567\n" },
		{ "partners/b.yaml", "name: B\nkind: association\n"
		  "siret: 2159035010001\n" },
		{ "partners/c.yaml", "name: C\nkind: association\n"
		  "siret: 215-903-501-00017\n" },
		{ "partners/d.yaml", "name: D\nkind: association\n"
		  "siret: 21590350100071\nrna: W 751234567\n" },
	};

	expect(f, sizeof(f) / sizeof(f[0]),
	    "content/partners/b.yaml:3:8: error: a SIRET has 14 digits (the 9 "
	    "of the SIREN, then 5 for the establishment); '2159035010001' "
	    "has 13\n"
	    "content/partners/c.yaml:3:8: error: a SIRET is written with "
	    "digits only, spaces between groups allowed: "
	    "'215-903-501-00017'\n"
	    "content/partners/d.yaml:3:8: error: '21590350100071' is not a "
	    "valid SIRET: its check digit does not match (a digit mistyped, "
	    "or two swapped?)\n"
	    "content/partners/d.yaml:4:6: error: an RNA number is W followed "
	    "by 9 digits or capital letters, as on the association's receipt "
	    "(W751234567): found 'W 751234567'\n");
}

/* A SIRET is shown grouped on the partners' page, in partners.csv whole. */
Test(ident, partner_outputs)
{
	static const struct tfile f[] = {
		{ "partners/p.yaml", "name: Partenaire P\nkind: commune\n"
		  "siret: 21590350100017\n" },
		{ "partners/q.yaml", "name: Partenaire Q\nkind: association\n"
		  "rna: W751234567\n" },
	};
	struct run	 r;
	char		*page, *csv;

	test_content(f, sizeof(f) / sizeof(f[0]));
	r = RUN("build", "content", "-o", "out", "-q");
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	page = test_read("out/site/partners.html", NULL);
	cr_assert(strstr(page, "<dd>215\u00a0903\u00a0501\u00a000017</dd>"));
	cr_assert(strstr(page, "<dd>W751234567</dd>"));
	csv = test_read("out/site/data/partners.csv", NULL);
	cr_assert(strstr(csv, "p,Partenaire P,,commune,collectivites,"
	    "21590350100017,,"));
	cr_assert(strstr(csv, "q,Partenaire Q,,association,associations,,"
	    "W751234567,"));
	free(page);
	free(csv);
}

Test(ident, licence)
{
	static const struct tfile f[] = {
		{ "clspd.yaml", "council: C\nterritory: T\nyear: 2025\n"
		  "licence: cc-by\n"
		  "thematics:\n  - {id: t, title: T}\n" },
	};

	expect(f, 1, "content/clspd.yaml:4:10: error: unknown licence "
	    "'cc-by' (expected one of: licence-ouverte-2.0, odbl-1.0)\n");
}
