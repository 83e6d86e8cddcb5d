/* geordf: the document's memory of people and states, and pronouns
 * (src/extract-discourse.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_DISCOURSE_H
#define GEORDF_EXTRACT_DISCOURSE_H

#include "extract-ctx.h"

#include <stdint.h>

/* Updates the memory with phrase P, just read. */
void remember(ctx *c, const np *p);

/* Whether W is one of the pronouns pronoun_np() reads: the word, at most
 * five bytes, packed into an integer and compared with theirs, so that
 * most words cost no string compare.  (In line: build_nps() asks it of
 * every word before it calls pronoun_np().) */
static inline int is_pronoun(const char *w) {
  /* Every pronoun starts with h, s, t, i, w or o: most words stop here. */
  if (w[0] != 'h' && w[0] != 's' && w[0] != 't' && w[0] != 'i' && w[0] != 'w' && w[0] != 'o') return 0;
#define PRON(a, b, c, d, e) \
  ((uint64_t)(unsigned char)(a) | (uint64_t)(unsigned char)(b) << 8 | (uint64_t)(unsigned char)(c) << 16 | \
   (uint64_t)(unsigned char)(d) << 24 | (uint64_t)(unsigned char)(e) << 32)
  uint64_t v = 0;
  for (unsigned k = 0; w[k]; k++) {
    if (k == 5) return 0;
    v |= (uint64_t)(unsigned char)w[k] << (8 * k);
  }
  switch (v) {
  case PRON('i', 0, 0, 0, 0): case PRON('w', 'e', 0, 0, 0): case PRON('h', 'e', 0, 0, 0):
  case PRON('h', 'i', 'm', 0, 0): case PRON('h', 'i', 's', 0, 0): case PRON('s', 'h', 'e', 0, 0):
  case PRON('h', 'e', 'r', 0, 0): case PRON('t', 'h', 'e', 'y', 0): case PRON('t', 'h', 'e', 'm', 0):
  case PRON('t', 'h', 'e', 'i', 'r'): case PRON('i', 't', 0, 0, 0): case PRON('i', 't', 's', 0, 0):
  case PRON('o', 'u', 'r', 0, 0):
    return 1;
  }
  return 0;
#undef PRON
}

/* Resolves the pronoun at token I into P; 1 when it refers to someone. */
int pronoun_np(ctx *c, size_t i, np *p);

/* Reads the pronouns of the sentence just parsed, whose phrases are
 * c->nps[NP0..NP1), again by its tree: grammar before nearness. */
void pronouns_on_tree(ctx *c, size_t np0, size_t np1);

/* How often the document has named state E (or its leaders) so far. */
unsigned salience(const ctx *c, const geordf_entity *e);

/* "President Eisenhower ... The President is to pay a return visit": the
 * person named before in this document (the latest first) who holds
 * OFFICE on its date, or NULL. */
const geordf_entity *holder_named_before(const ctx *c, const char *office);

/* "the leader" without a state: the person named last, unless his term as a
 * head ended before the document's date ("since Leonid I. Brezhnev came in
 * 1973" in 1987, "reinstate President Mohamed Bazoum" after the coup); then
 * the latest one named who leads on that date, or NULL. */
const geordf_entity *leader_named_before(const ctx *c);

/* "the Security Council ... the Council": the organization among the
 * recent ones whose name ends in the capitalised word at token K, after
 * "the" and alone, or NULL. */
const geordf_entity *org_by_last_word(const ctx *c, size_t k);

/* The visitor of the document's last visit made by a person and not
 * denied, or NULL. */
const geordf_entity *last_visitor(const ctx *c);

/* Whether person E has been named in full in this document. */
int seen_person(const ctx *c, const geordf_entity *e);

#endif
