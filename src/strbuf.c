/* geordf: a growable string.
 * SPDX-License-Identifier: MIT */
#include "strbuf.h"

#include <stdlib.h>

void gd_strbuf_add_slow(gd_strbuf *b, const void *s, size_t n) {
  if (b->oom) return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + n + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) { b->oom = 1; return; }
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

char *gd_strbuf_take(gd_strbuf *b) {
  char *p = b->oom ? NULL : b->p ? b->p : calloc(1, 1);
  if (b->oom) free(b->p);
  *b = (gd_strbuf){0};
  return p;
}
