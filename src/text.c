/* geordf: Unicode folding and character classes, built on utf8proc.
 * SPDX-License-Identifier: MIT */
#include "text.h"

#include <stdint.h>
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

/* ---- case mapping and display width (SPARQL's UCASE / LCASE, tables) ---- */

/* The full case mappings of Unicode's SpecialCasing.txt that hold in every
 * language (XPath's fn:upper-case and fn:lower-case use them): a character
 * whose upper case is several characters ("straße" -> "STRASSE"), which
 * utf8proc's one-to-one mapping cannot give.  Sorted by code point. */
typedef struct { int32_t cp; int32_t to[3]; } full_case;
static const full_case upper_full[] = {
  {0x00DF, {0x53, 0x53}},          {0x0149, {0x2BC, 0x4E}},        {0x01F0, {0x4A, 0x30C}},
  {0x0390, {0x399, 0x308, 0x301}}, {0x03B0, {0x3A5, 0x308, 0x301}}, {0x0587, {0x535, 0x552}},
  {0x1E96, {0x48, 0x331}},         {0x1E97, {0x54, 0x308}},        {0x1E98, {0x57, 0x30A}},
  {0x1E99, {0x59, 0x30A}},         {0x1E9A, {0x41, 0x2BE}},        {0x1F50, {0x3A5, 0x313}},
  {0x1F52, {0x3A5, 0x313, 0x300}}, {0x1F54, {0x3A5, 0x313, 0x301}}, {0x1F56, {0x3A5, 0x313, 0x342}},
  {0x1FB2, {0x1FBA, 0x399}},       {0x1FB3, {0x391, 0x399}},       {0x1FB4, {0x386, 0x399}},
  {0x1FB6, {0x391, 0x342}},        {0x1FB7, {0x391, 0x342, 0x399}}, {0x1FBC, {0x391, 0x399}},
  {0x1FC2, {0x1FCA, 0x399}},       {0x1FC3, {0x397, 0x399}},       {0x1FC4, {0x389, 0x399}},
  {0x1FC6, {0x397, 0x342}},        {0x1FC7, {0x397, 0x342, 0x399}}, {0x1FCC, {0x397, 0x399}},
  {0x1FD2, {0x399, 0x308, 0x300}}, {0x1FD3, {0x399, 0x308, 0x301}}, {0x1FD6, {0x399, 0x342}},
  {0x1FD7, {0x399, 0x308, 0x342}}, {0x1FE2, {0x3A5, 0x308, 0x300}}, {0x1FE3, {0x3A5, 0x308, 0x301}},
  {0x1FE4, {0x3A1, 0x313}},        {0x1FE6, {0x3A5, 0x342}},       {0x1FE7, {0x3A5, 0x308, 0x342}},
  {0x1FF2, {0x1FFA, 0x399}},       {0x1FF3, {0x3A9, 0x399}},       {0x1FF4, {0x38F, 0x399}},
  {0x1FF6, {0x3A9, 0x342}},        {0x1FF7, {0x3A9, 0x342, 0x399}}, {0x1FFC, {0x3A9, 0x399}},
  {0xFB00, {0x46, 0x46}},          {0xFB01, {0x46, 0x49}},         {0xFB02, {0x46, 0x4C}},
  {0xFB03, {0x46, 0x46, 0x49}},    {0xFB04, {0x46, 0x46, 0x4C}},   {0xFB05, {0x53, 0x54}},
  {0xFB06, {0x53, 0x54}},          {0xFB13, {0x544, 0x546}},       {0xFB14, {0x544, 0x535}},
  {0xFB15, {0x544, 0x53B}},        {0xFB16, {0x54E, 0x546}},       {0xFB17, {0x544, 0x53D}},
};

/* The full upper case of CP into TO (up to 3 code points): the count, or 0
 * when the one-to-one mapping applies. */
static int upper_special(int32_t cp, long *to) {
  /* Greek with a iota subscript (ypogegrammeni), U+1F80..1FAF: the
   * capital without it, then capital iota */
  if (cp >= 0x1F80 && cp <= 0x1FAF) {
    static const int32_t base[] = {0x1F08, 0x1F28, 0x1F68};
    to[0] = base[(cp - 0x1F80) / 16] + (cp & 7);
    to[1] = 0x399;
    return 2;
  }
  size_t lo = 0, hi = sizeof upper_full / sizeof *upper_full;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (upper_full[mid].cp == cp) {
      int n = 0;
      while (n < 3 && upper_full[mid].to[n]) to[n] = upper_full[mid].to[n], n++;
      return n;
    }
    if (upper_full[mid].cp < cp) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

int gd_text_case_full(long cp, int upper, long to[3]) {
  int n = 0;
  if (upper) n = upper_special((int32_t)cp, to);
  else if (cp == 0x130) to[0] = 0x69, to[1] = 0x307, n = 2; /* İ -> i + dot above */
  if (!n) {
    utf8proc_int32_t c = (utf8proc_int32_t)cp;
    to[0] = upper ? utf8proc_toupper(c) : utf8proc_tolower(c);
    n = 1;
  }
  return n;
}

size_t gd_text_width(const char *s) {
  size_t len = strlen(s), w = 0;
  for (size_t i = 0; i < len;) {
    long cp = gd_text_next(s, len, &i);
    if (cp < 0) { w++; continue; } /* an invalid byte takes one column */
    int cw = utf8proc_charwidth((utf8proc_int32_t)cp);
    w += cw > 0 ? (size_t)cw : 0;
  }
  return w;
}
