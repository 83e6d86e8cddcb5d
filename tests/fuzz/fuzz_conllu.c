/* SPDX-License-Identifier: MIT
 * geordf fuzz target: the CoNLL-U reader (geordf parse --eval, geordf-train)
 * on arbitrary bytes, then the projectivity check and lifting on whatever
 * trees came out (cycles and all). */
#include "conllu.h"
#include "parser.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *buf = malloc(size + 1);
  if (!buf) return 0;
  memcpy(buf, data, size);
  buf[size] = '\0';
  gd_treebank tb;
  if (gd_treebank_parse(&tb, buf, size, "fuzz.conllu") == 0) {
    for (size_t i = 0; i < tb.nsent; i++) {
      const gd_csent *s = &tb.sent[i];
      if (s->n > 200) continue; /* lifting is cubic; treebank sentences are short */
      int *head = calloc(s->n + 2, sizeof *head);
      if (!head) break;
      for (size_t k = 0; k < s->n; k++) {
        int h = tb.word[s->w + k].head;
        if (h < 0 || (size_t)h > s->n) abort(); /* the reader promised */
        head[k + 1] = h;
      }
      gd_projectivize(head, (int)s->n);
      free(head);
    }
  }
  gd_treebank_free(&tb);
  return 0;
}
