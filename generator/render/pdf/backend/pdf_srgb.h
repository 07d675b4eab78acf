/*
 * The sRGB ICC profile embedded in every PDF's output intent (see
 * pdf_srgb.c for where it comes from and why it is compiled in).
 */
#ifndef CLSPD_PDF_SRGB_H
#define CLSPD_PDF_SRGB_H

#include <stddef.h>

extern const unsigned char pdf_srgb_icc[];
extern const size_t pdf_srgb_icc_len;

#endif
