/* geordf: the document's memory of people and states, and pronouns
 * (src/extract-discourse.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_DISCOURSE_H
#define GEORDF_EXTRACT_DISCOURSE_H

#include "extract-ctx.h"

/* Updates the memory with phrase P, just read. */
void remember(ctx *c, const np *p);

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
