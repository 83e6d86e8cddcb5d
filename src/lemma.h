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

/* Inflection, the converse: the forms of a phrase whose first word is a lemma of part of
 * speech POS ('v' a verb: the base, -s, past, past participle, -ing; 'n' a noun: singular
 * and plural), the rest fixed words ("suspend trade with": "suspends trade with",
 * "suspended trade with", ...).  Regular forms follow English spelling (e-drop, consonant
 * doubling in a stressed last syllable, -ies, -es); irregular ones are gd_lemma_rule()'s table
 * read in reverse.  Calls EMIT(FORM, ARG) once for each distinct form; a nonzero return
 * stops and is returned.  Returns 0, or -1 when the phrase cannot be inflected (an empty or
 * non-lower-case first word, a POS other than 'v' and 'n', a modal verb or "be", whose
 * forms are to be listed), -2 when memory ran out. */
enum { GD_INFLECT_MAX = 16, GD_INFLECT_WORD = 48 };
typedef int (*gd_inflect_fn)(const char *form, void *arg);
int gd_inflect(const char *phrase, char pos, gd_inflect_fn emit, void *arg);

#endif
