/* geordf: a growable string that records running out of memory instead of
 * reporting it at every append, so that builders check once, at the end.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_STRBUF_H
#define GEORDF_STRBUF_H

#include <stddef.h>
#include <string.h>

/* {0} is an empty string.  P is NUL-terminated once anything was added. */
typedef struct {
  char *p;
  size_t n, cap;
  int oom; /* an append failed: the content is incomplete */
} gd_strbuf;

/* Appends N bytes at S (the slow path: growing, or after a failure). */
void gd_strbuf_add_slow(gd_strbuf *b, const void *s, size_t n);

/* Appends N bytes at S; on failure sets OOM and drops this and every later
 * append. */
static inline void gd_strbuf_add(gd_strbuf *b, const void *s, size_t n) {
  if (b->n + n < b->cap && !b->oom) {
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
  } else {
    gd_strbuf_add_slow(b, s, n);
  }
}

static inline void gd_strbuf_str(gd_strbuf *b, const char *s) { gd_strbuf_add(b, s, strlen(s)); }

/* Appends as gd_strbuf_add(); returns -1 when memory ran out (at this or an
 * earlier append), else 0: for code that checks at every step. */
static inline int gd_strbuf_put(gd_strbuf *b, const void *s, size_t n) {
  gd_strbuf_add(b, s, n);
  return b->oom ? -1 : 0;
}

/* Makes room for N more bytes and the NUL, so that P is allocated even when
 * N is 0; -1 (and OOM set) when memory ran out. */
int gd_strbuf_reserve(gd_strbuf *b, size_t n);

/* Empties B and forgets an earlier failure, keeping its memory for reuse. */
static inline void gd_strbuf_clear(gd_strbuf *b) {
  b->n = 0;
  b->oom = 0;
  if (b->p) b->p[0] = '\0';
}

/* Frees B's memory; B is empty again. */
void gd_strbuf_free(gd_strbuf *b);

/* The string built (the caller frees it: "" when nothing was added), or
 * NULL when memory ran out; B is empty again either way. */
char *gd_strbuf_take(gd_strbuf *b);

#endif
