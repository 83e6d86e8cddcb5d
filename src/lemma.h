/* geordf: a rule-based English lemmatizer that follows the LEMMA column of
 * the UD English treebanks (EWT, GUM).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_LEMMA_H
#define GEORDF_LEMMA_H

#include <stddef.h>

/* Writes the lemma of FORM (LEN bytes of UTF-8), tagged UPOS (a gd_upos), into OUT, which
 * holds CAP bytes (CAP >= 1); the result is NUL-terminated, cut at CAP - 1 bytes on a
 * UTF-8 character boundary. Returns the lemma's length. Rules and a built-in list of
 * irregular forms only: no allocation, thread-safe. */
size_t gd_lemma_rule(const char *form, size_t len, int upos, char *out, size_t cap);

#endif
