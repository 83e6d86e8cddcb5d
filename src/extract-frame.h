/* geordf: argument frames by word order, and role fillers
 * (src/extract-frame.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_FRAME_H
#define GEORDF_EXTRACT_FRAME_H

#include "extract-ctx.h"

/* Each find_* adds to OUT the phrases (among C->nps[NP0, NP1)) that fill a
 * slot of the trigger at tokens [TRIG_TB, TRIG_TE) of the sentence opening
 * at SENT_TB; none when the slot is empty. */

/* The subject: the nearest phrase on the left that no preposition governs
 * (ADJACENT: one right before the trigger may be governed). */
void find_subj(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, int adjacent,
               npset *out);
/* The sentence's subject, for non-finite clauses. */
void find_main_subj(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out);
/* What a noun trigger stands in apposition to; 1 when found. */
int find_appositive(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out);
/* The direct object, and the object of an object relative clause. */
void find_obj(const ctx *c, size_t trig_te, size_t sent_tb, size_t np0, size_t np1, npset *out);
void find_obj_relative(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out);
/* Whether token K is a participle of carrying ("carrying", "ferrying"),
 * whose object is an aircraft's load, not the aircraft. */
int carrying_word(const ctx *c, size_t k);
/* Whether words [TB, TE) hold a state one lives in or is held in, "in
 * exile", "in prison", "of exile": a place phrase past it is where one
 * lived or was held ("returned home after seven months in exile in Saudi
 * Arabia", "from seven months of exile in Saudi Arabia", "after six years
 * of captivity in Lebanon"), no verb's destination. */
int held_between(const ctx *c, size_t tb, size_t te);
/* The phrase governed by PREP (NOUN: the trigger when it is a noun). */
void find_prep(const ctx *c, const char *prep, size_t trig_tb, size_t trig_te, const gd_trigger *noun,
               size_t sent_tb, size_t np0, size_t np1, npset *out);
/* The possessor of a nominal trigger. */
void find_poss(const ctx *c, size_t trig_tb, size_t np0, size_t np1, npset *out);

/* Whether verb trigger TM is a gerund after a preposition or comma, or
 * opening the sentence. */
int nonfinite(const ctx *c, const gd_mention *tm, size_t sent_tb);
/* Whether trigger TR at tokens [TB, TE) reads as passive by word order. */
int passive(const ctx *c, const gd_trigger *tr, size_t tb, size_t te, size_t sent_tb, size_t sent_te,
            size_t np0, size_t np1);

/* The entity of phrase P that may fill ROLE, or NULL. */
const geordf_entity *filler(const ctx *c, geordf_role role, const np *p);

#endif
