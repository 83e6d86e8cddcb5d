/* geordf: Unicode handling (the only module that calls utf8proc: the
 * tokenizer, the lexicon, the store's tables and SPARQL's string functions
 * all come here).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_TEXT_H
#define GEORDF_TEXT_H

#include <stddef.h>

/* Folds S[0..LEN) for matching: typographic quotes, apostrophes and dashes to
 * ASCII, then NFKC, case folding and removal of combining marks ("Erdoğan"
 * and "ERDOGAN" both give "erdogan").  Invalid UTF-8 bytes become U+FFFD.
 * Returns a NUL-terminated string the caller frees with free(), or NULL on
 * allocation failure.  *OUTLEN (if not NULL) receives its length. */
char *gd_text_fold(const char *s, size_t len, size_t *outlen);

/* Decodes the code point at S[*I] (S has LEN bytes), advancing *I; returns -1
 * for an invalid sequence (advancing one byte). */
long gd_text_next(const char *s, size_t len, size_t *i);

/* The code point of byte B read as Windows-1252 (ISO-8859-1 with printable
 * characters in 0x80-0x9F: the euro sign, curly quotes, dashes), or -1 for
 * the five bytes it leaves undefined (0x81 0x8D 0x8F 0x90 0x9D). */
long gd_text_cp1252(unsigned char b);

/* Writes CP as UTF-8 to OUT (room for 4 bytes) and returns its length, or 0
 * when CP is not a Unicode scalar value (negative, a surrogate, too large). */
size_t gd_text_encode(long cp, char *out);

/* Character classes of a code point used by the tokenizer. */
int gd_text_is_letter(long cp);
int gd_text_is_upper(long cp);
int gd_text_is_digit(long cp);
int gd_text_is_space(long cp);
/* Apostrophes (' and U+2019 U+2018 U+02BC) and dashes (- U+2010..U+2015). */
int gd_text_is_apostrophe(long cp);
int gd_text_is_dash(long cp);

/* The full case mapping of CP (XPath's fn:upper-case when UPPER, else
 * fn:lower-case: Unicode's one-to-one mapping, and SpecialCasing.txt's
 * unconditional mappings where one character becomes several, "ß" ->
 * "SS") into TO; returns how many code points it wrote (1 to 3). */
int gd_text_case_full(long cp, int upper, long to[3]);

/* The display width of the NUL-terminated UTF-8 text S in terminal columns:
 * wide (East Asian) characters take two, combining marks none, an invalid
 * byte one. */
size_t gd_text_width(const char *s);

#endif
