/* geordf: finding lexicon phrases (names, triggers, cues, offices) in tokens.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_MATCH_H
#define GEORDF_MATCH_H

#include "lexicon.h"
#include "token.h"

/* A phrase of the lexicon found in the text. */
typedef struct {
  size_t tb, te;                  /* token range [tb, te) */
  const gd_sense *senses;         /* every sense of the phrase */
  gd_cues cues;                   /* its cue kinds */
  const geordf_entity *ents[4];   /* entity senses (several for "Castro") */
  gd_name_kind how[4];
  unsigned nents;
  const gd_office_word *office;   /* an office word ("president") or NULL */
  const gd_trigger *trig[6];      /* trigger senses */
  unsigned ntrig;
} gd_mention;

/* Appends an empty phrase to *OUT (grown with realloc; *N and *CAP track
 * it) and returns it, or NULL on allocation failure. */
gd_mention *gd_mention_add(gd_mention **out, size_t *n, size_t *cap);

/* Finds phrases in tokens [TB, TE) of T, longest match first, in one pass
 * from left to right.  Appends to *OUT (grown with realloc; *N and *CAP
 * track it).  Returns 0, or -1 on allocation failure. */
int gd_match(const geordf_lexicon *lex, const gd_tokens *t, size_t tb, size_t te,
             gd_mention **out, size_t *n, size_t *cap);

/* What M's entities stand for in a document of DATE ("" for none): see
 * gd_entity_on() ("Moscow" in 1975 for the Soviet Union). */
void gd_mention_on(gd_mention *m, const char *date);

#endif
