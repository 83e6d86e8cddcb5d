/* geordf: a growable string.
 * SPDX-License-Identifier: MIT */
#include "strbuf.h"

#include <stdint.h>
#include <stdlib.h>

int gd_strbuf_reserve(gd_strbuf *b, size_t n) {
  if (b->oom) return -1;
  if (n > SIZE_MAX - b->n - 1) { b->oom = 1; return -1; }
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + n + 1) {
      if (cap > SIZE_MAX / 2) { b->oom = 1; return -1; }
      cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) { b->oom = 1; return -1; }
    if (!b->p) p[0] = '\0';
    b->p = p;
    b->cap = cap;
  }
  return 0;
}

void gd_strbuf_add_slow(gd_strbuf *b, const void *s, size_t n) {
  if (gd_strbuf_reserve(b, n)) return;
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

void gd_strbuf_free(gd_strbuf *b) {
  free(b->p);
  *b = (gd_strbuf){0};
}
