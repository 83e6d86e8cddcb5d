/* geordf: Universal Dependencies part-of-speech tags, by number.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_UD_H
#define GEORDF_UD_H

#include <stddef.h>

/* The 17 UPOS tags of UD v2, in the order of their names in ud.c. */
typedef enum {
  GD_UPOS_ADJ = 0, GD_UPOS_ADP, GD_UPOS_ADV, GD_UPOS_AUX, GD_UPOS_CCONJ,
  GD_UPOS_DET, GD_UPOS_INTJ, GD_UPOS_NOUN, GD_UPOS_NUM, GD_UPOS_PART,
  GD_UPOS_PRON, GD_UPOS_PROPN, GD_UPOS_PUNCT, GD_UPOS_SCONJ, GD_UPOS_SYM,
  GD_UPOS_VERB, GD_UPOS_X,
  GD_UPOS_COUNT
} gd_upos;

/* "ADJ", "ADP", ...; NULL when out of range. */
const char *gd_upos_name(int upos);

/* The tag named NAME (N bytes), or -1. */
int gd_upos_parse(const char *name, size_t n);

#endif
