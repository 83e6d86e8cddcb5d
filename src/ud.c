/* geordf: Universal Dependencies part-of-speech tag names.
 * SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <string.h>

#include "ud.h"

static const char *const upos_names[GD_UPOS_COUNT] = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

const char *gd_upos_name(int upos) {
  return upos >= 0 && upos < GD_UPOS_COUNT ? upos_names[upos] : NULL;
}

int gd_upos_parse(const char *name, size_t n) {
  for (int i = 0; i < GD_UPOS_COUNT; i++)
    if (strlen(upos_names[i]) == n && !memcmp(upos_names[i], name, n)) return i;
  return -1;
}
