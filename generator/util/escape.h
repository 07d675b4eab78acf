/*
 * Escaping at the edge: one function per output context. Every writer of
 * a context uses its function here and nothing else.
 */
#ifndef CLSPD_ESCAPE_H
#define CLSPD_ESCAPE_H

#include <stddef.h>

struct buf;

/* A JSON string, quotes included (RFC 8259; control characters as \uXXXX). */
void	 escape_json(struct buf *, const char *s, size_t len);
/* A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF. */
void	 escape_csv(struct buf *, const char *s, size_t len);
/* HTML text content: & < > escaped. */
void	 escape_html_text(struct buf *, const char *s, size_t len);
/* An HTML attribute value in double quotes: & < > " ' escaped. */
void	 escape_html_attr(struct buf *, const char *s, size_t len);
/* An XML text or attribute (sitemap.xml, SVG): as escape_html_attr. */
void	 escape_xml(struct buf *, const char *s, size_t len);
/*
 * A URI as 7-bit ASCII (a PDF's URI actions): bytes beyond ASCII, spaces
 * and control characters percent-encoded, the rest kept.
 */
void	 escape_uri(struct buf *, const char *s, size_t len);
/*
 * The "tel:" URI of a phone number as people write it: "tel:" and a
 * leading "+", then the digits, without the trunk "(0)" after a country
 * code, up to an extension ("poste 12", "ext. 3") which is not dialled.
 */
void	 escape_tel(struct buf *, const char *phone);
/*
 * The "mailto:" URI of an email address: "mailto:" and the address,
 * every byte but letters, digits and "@.-_+" percent-encoded (RFC 6068:
 * "?", "#", "%", "&" and "=" must be, bytes beyond ASCII too). With
 * escape_tel, the one builder of the contact links of the site and of
 * the PDFs, so both link the same address the same way.
 */
void	 escape_mailto(struct buf *, const char *email);

#endif
