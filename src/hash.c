/* geordf: gd_hindex, the open-addressing index of the hash tables.
 * SPDX-License-Identifier: MIT */
#define _DEFAULT_SOURCE /* madvise */
#include "hash.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

const gd_hslot gd_hindex_none = {0, 0};

/* Slots at most: the index's counts are 32-bit. */
#define GD_HINDEX_MAX ((size_t)1 << 31)

#define GD_HUGE_PAGE ((size_t)2 << 20)

void *gd_malloc_big(size_t n) {
  if (n < GD_HUGE_PAGE) return malloc(n ? n : 1);
  void *p;
  if (posix_memalign(&p, GD_HUGE_PAGE, n)) return NULL;
#ifdef MADV_HUGEPAGE
  /* (Only whole huge pages: the last part stays on small ones.) */
  madvise(p, n / GD_HUGE_PAGE * GD_HUGE_PAGE, MADV_HUGEPAGE);
#endif
  return p;
}

void *gd_calloc_big(size_t n) {
  void *p = gd_malloc_big(n);
  if (p) memset(p, 0, n);
  return p;
}

int gd_hindex_grow(gd_hindex *x, size_t n) {
  if (n > GD_HINDEX_MAX / 2 - x->n) return -1;
  size_t need = ((size_t)x->n + n) * 2;
  if (need <= x->cap) return 0;
  size_t cap = x->cap ? (size_t)x->cap * 2 : 16;
  while (cap < need) cap *= 2;
  gd_hslot *v = gd_calloc_big(cap * sizeof *v);
  if (!v) return -1;
  for (size_t i = 0; i < x->cap; i++) {
    if (!x->slot[i].ix) continue;
    size_t j = x->slot[i].tag & (cap - 1);
    while (v[j].ix) j = (j + 1) & (cap - 1);
    v[j] = x->slot[i];
  }
  free(x->slot);
  x->slot = v;
  x->cap = (uint32_t)cap;
  return 0;
}

void gd_hindex_clear(gd_hindex *x) {
  if (x->cap) memset(x->slot, 0, x->cap * sizeof *x->slot);
  x->n = 0;
}

void gd_hindex_free(gd_hindex *x) {
  free(x->slot);
  *x = (gd_hindex){0};
}
