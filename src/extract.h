/* geordf: the event extractor's tuning limits and settings (src/extract*.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_H
#define GEORDF_EXTRACT_H

#include "deps.h"
#include "geordf/geordf.h"

/* Tuning limits of the frame matcher, in tokens. */
#define GD_SUBJ_WINDOW 24   /* how far left a subject may be */
#define GD_OBJ_WINDOW 16    /* how far right an object or preposition may be */
#define GD_NOUN_PREP_WINDOW 8 /* how far a noun's prepositional phrase may be */

/* ON: geordf_extract() reads arguments by word order alone, as without a
 * syntax model, to compare (the geordf tool: GEORDF_NO_PARSE=1).
 * Process-wide: set it before any thread extracts. */
void gd_extract_set_no_parse(int on);

/* FN: rewrites each sentence's parse before the extractor's repairs, so
 * that a test can check a frame against another analysis of the same
 * sentence (a parser trained otherwise may give it); NULL: none.
 * Process-wide, for tests. */
void gd_extract_set_reparse(void (*fn)(gd_deps *d));

#endif
