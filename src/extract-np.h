/* geordf: noun phrases of a sentence (src/extract-np.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_NP_H
#define GEORDF_EXTRACT_NP_H

#include "extract-ctx.h"

/* Builds the noun phrases of the sentence [TB, TE) into C->nps, from index
 * *FIRST_NP on; 0, or -1 when memory ran out. */
int build_nps(ctx *c, size_t tb, size_t te, size_t *first_np);

/* The state phrase P acts for, or NULL. */
const geordf_entity *np_actor(const ctx *c, const np *p);

/* The preposition governing P ("to Iran"), or NULL; *AT (when AT is not
 * NULL) is set to the token looked at last. */
const char *governing_prep_at(const ctx *c, const np *p, size_t sent_tb, size_t *at);
#define governing_prep(c, p, tb) governing_prep_at((c), (p), (tb), NULL)

/* Whether token K is a preposition, also at the end of a longer match. */
int prep_word(const ctx *c, size_t k);

/* Whether P is a dateline ("TEHRAN —") opening the sentence at SENT_TB. */
int dateline_np(const ctx *c, const np *p, size_t sent_tb);

#endif
