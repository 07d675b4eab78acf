/*
 * The loader and the checker: for each rule of FORMAT.md section 1, a
 * broken input and the exact diagnostic expected, position included.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

TestSuite(load, .init = (void (*)(void))test_enter_tmp,
    .fini = test_leave_tmp);

/* Writes the base content with extra files and checks every diagnostic. */
static void
expect(const struct tfile *extra, size_t n, const char *want)
{
	char	*got;

	test_content(extra, n);
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got, want);
	free(got);
}

#define EXPECT(files, want) \
	expect(files, sizeof(files) / sizeof(files[0]), want)

Test(load, base_content_is_clean)
{
	char	*got;

	test_content(NULL, 0);
	got = test_diagnostics(NULL);
	cr_assert_str_eq(got, "");
	free(got);
}

Test(load, unknown_partner_with_hint)
{
	static const struct tfile f[] = {
		{ "partners/fipd.yaml", "name: FIPD\nkind: etat\n" },
		{ "actions/a.yaml",
		  "title: Action A\n"
		  "thematic: t\n"
		  "description: D.\n"
		  "objectives: O.\n"
		  "funding:\n"
		  "  2025:\n"
		  "    - {funder: fipdd, amount: 10}\n" },
	};

	EXPECT(f, "content/actions/a.yaml:7:16: error: unknown partner "
	    "'fipdd' (did you mean 'fipd'?)\n");
}

Test(load, unknown_key_with_hint)
{
	static const struct tfile f[] = {
		{ "partners/p.yaml", "name: P\nkind: commune\nwebsit: x\n" },
	};

	EXPECT(f, "content/partners/p.yaml:3:1: error: unknown key 'websit' "
	    "in partner (did you mean 'website'?)\n");
}
