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

/* HOOK (NULL for none) is called on each sentence's tree right after the
 * parse, before the frames read it: a test gives it another analysis of
 * the same sentence (another attachment, as another model would give) to
 * check that extraction reads both alike.  Process-wide, like the above. */
void gd_extract_set_tree_hook(void (*hook)(gd_deps *d));

#endif
