/*
 * French public identifiers a partner may carry, checked the way the
 * registers check them: the SIRET of an establishment (INSEE's SIRENE
 * register) and the RNA number of an association (the national register
 * of associations). Pure functions: text in, verdict out.
 */
#ifndef CLSPD_IDENT_H
#define CLSPD_IDENT_H

#include <stddef.h>

enum ident_problem {
	IDENT_OK,
	IDENT_LENGTH,		/* not the right number of characters */
	IDENT_CHARACTER,	/* a character that cannot be there */
	IDENT_CHECKSUM		/* well formed, but the check fails */
};

/*
 * Checks a SIRET written in s: 14 digits, spaces between groups allowed
 * ("213 505 623 00013"). Writes the 14 digits to out (15 bytes) when well
 * formed. The check is Luhn's, except for La Poste's establishments
 * (SIREN 356 000 000), numbered by a rule of their own: the sum of their
 * 14 digits is a multiple of 5.
 */
enum ident_problem ident_siret(const char *s, char out[15]);

/*
 * Checks an RNA number: "W" then 9 digits or capital letters
 * ("W751234567", "W9C1000123" overseas). Spaces are not allowed.
 */
enum ident_problem ident_rna(const char *s);

#endif
