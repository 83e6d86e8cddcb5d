/* SPDX-License-Identifier: MIT
 * geordf fuzz target: the syntax model loader on arbitrary bytes, then a
 * tagged, parsed and lemmatized sentence with whatever model came out.
 * Each input is tried as it is and with its final checksum made right, so
 * that mutations get past the checksum to the checks of the structure. */
#include "synmodel.h"
#include "syntax.h"
#include "tagger.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const words[] = {"The", "minister", "did", "n't", "visit", "Ankara", "on", "Monday", "."};
#define NWORDS (sizeof words / sizeof words[0])

static void use(const unsigned char *p, size_t len) {
  gd_synmodel m;
  if (gd_synmodel_view(&m, p, len, "fuzz.model")) return;
  gd_sword w[NWORDS];
  for (size_t i = 0; i < NWORDS; i++) gd_sword_prepare(&w[i], words[i], strlen(words[i]));
  if (gd_syntax_run(&m, NULL, w, NWORDS)) return;
  char lemma[64];
  for (size_t i = 0; i < NWORDS; i++) {
    if (w[i].head < 0 || w[i].head > (int)NWORDS || w[i].rel < 0 || w[i].rel >= m.nlabel) abort();
    gd_syntax_lemma(&m, w[i].form, w[i].len, w[i].upos, lemma, sizeof lemma);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* Models are read in place from a mapping: word-aligned. */
  uint32_t *buf = malloc(size + 8);
  if (!buf) return 0;
  memcpy(buf, data, size);
  use((const unsigned char *)buf, size);
  if (size % 4 == 0 && size >= 16) {
    size_t nw = size / 4;
    uint64_t sum = gd_synmodel_checksum(buf, nw - 2);
    buf[nw - 2] = (uint32_t)sum;
    buf[nw - 1] = (uint32_t)(sum >> 32);
    use((const unsigned char *)buf, size);
  }
  free(buf);
  return 0;
}
