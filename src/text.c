/* geordf: Unicode folding and character classes, built on utf8proc.
 * SPDX-License-Identifier: MIT */
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

long gd_text_next(const char *s, size_t len, size_t *i) {
  unsigned char b = (unsigned char)s[*i];
  if (b < 0x80) { /* ASCII: most news text */
    (*i)++;
    return b;
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + *i,
                                        (utf8proc_ssize_t)(len - *i), &cp);
  if (n < 1) { (*i)++; return -1; }
  *i += (size_t)n;
  return cp;
}

long gd_text_cp1252(unsigned char b) {
  /* Windows-1252 is Latin-1 except for 0x80-0x9F (WHATWG index). */
  static const unsigned short c1[32] = {
      0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
      0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
  if (b < 0x80 || b >= 0xA0) return b;
  return c1[b - 0x80] ? c1[b - 0x80] : -1;
}

size_t gd_text_encode(long cp, char *out) {
  if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

int gd_text_is_apostrophe(long cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032;
}

int gd_text_is_dash(long cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

int gd_text_is_letter(long cp) {
  if (cp < 0) return 0;
  if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

int gd_text_is_upper(long cp) {
  if (cp < 0) return 0;
  if (cp < 128) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

int gd_text_is_digit(long cp) {
  if (cp < 0) return 0;
  if (cp < 128) return cp >= '0' && cp <= '9';
  return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_ND;
}

int gd_text_is_space(long cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return 1;
  if (cp < 128) return 0;
  utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
         cp == 0x200B || cp == 0xFEFF;
}

/* Typographic characters that NFKC keeps but readers treat as ASCII. */
static long ascii_twin(long cp) {
  if (gd_text_is_apostrophe(cp)) return '\'';
  if (gd_text_is_dash(cp)) return '-';
  if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB) return '"';
  if (cp == 0x0131) return 'i'; /* dotless i (Turkish names) */
  return cp;
}

char *gd_text_fold(const char *s, size_t len, size_t *outlen) {
  /* First pass: ASCII twins, invalid bytes to U+FFFD, re-encoded. */
  char *pre = malloc(len * 3 + 4);
  if (!pre) return NULL;
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    long cp = gd_text_next(s, len, &i);
    if (cp < 0) cp = 0xFFFD;
    cp = ascii_twin(cp);
    o += (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)pre + o);
  }
  pre[o] = '\0';
  utf8proc_uint8_t *out = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)pre, (utf8proc_ssize_t)o, &out,
                                    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                        UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  free(pre);
  if (n < 0) return NULL;
  if (outlen) *outlen = (size_t)n;
  return (char *)out; /* utf8proc allocates with malloc: free() releases it */
}
