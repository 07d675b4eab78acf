/*
 * Numbers and dates as people read them, in the report's locale: the one
 * place where a figure becomes text (docs/dev/architecture.md, the view stage).
 *
 * French (locale "fr"): "15 000 €", "12 500,50 €", "92 %", "1,5",
 * "+12 %", "−5 %", with U+202F (narrow no-break space) between thousands
 * and before "%", U+00A0 (no-break space) before "€", a decimal comma and
 * U+2212 for minus. English (locale "en"): "€15,000", "92%", "1.5".
 * A null figure is written "—".
 */
#ifndef CLSPD_FORMAT_H
#define CLSPD_FORMAT_H

#include <time.h>

#include "../util/buf.h"
#include "../util/decimal.h"

enum locale {
	LOCALE_FR,
	LOCALE_EN
};

#define FORMAT_NULL "\xE2\x80\x94"	/* — */

/* "fr" or NULL gives LOCALE_FR; "en" gives LOCALE_EN. */
enum locale	 format_locale(const char *);

/* A number, with every decimal it has: "1 512", "1,5". */
void	 format_number(struct buf *, decimal, enum locale);
/* An amount in euros, cents shown only when there are some. */
void	 format_amount(struct buf *, decimal, enum locale);
/* A ratio as a percentage: 0.92 → "92 %"; one decimal below 10 %. */
void	 format_percent(struct buf *, double, enum locale);
/* A signed change as a percentage: "+12 %", "−5 %", "0 %". */
void	 format_evolution(struct buf *, double, enum locale);
/* A date: "26 novembre 2026" or "26 November 2026" (UTC). */
void	 format_date(struct buf *, time_t, enum locale);
/* A date written YYYY-MM-DD, as a date for people; copies it if invalid. */
void	 format_iso_date(struct buf *, const char *, enum locale);
/* A phone number that never breaks: its spaces become no-break spaces. */
void	 format_phone(struct buf *, const char *);
/* Replaces the first key in b's text by value (a label's "{date}"). */
void	 format_fill(struct buf *b, const char *key, const char *value);

#endif
