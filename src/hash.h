/* geordf: FNV-1a, the hash of the tables that key on strings, the tags of
 * integer keys, and gd_hindex, the open-addressing index every hash table
 * is built on (but the model's weight tables, packed in the model file).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_HASH_H
#define GEORDF_HASH_H

#include <stddef.h>
#include <stdint.h>

#define GD_FNV1A_INIT 1469598103934665603ULL

/* Hash H, as of bytes hashed so far, continued over P[0..N). */
static inline uint64_t gd_fnv1a_add(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ULL;
  return h;
}

/* The 64-bit FNV-1a hash of P[0..N).  The store names blank nodes with it,
 * so its values must not change. */
static inline uint64_t gd_fnv1a(const void *p, size_t n) { return gd_fnv1a_add(GD_FNV1A_INIT, p, n); }

/* 32 bits of a 64-bit hash H, both halves folded in: a tag for gd_hindex. */
static inline uint32_t gd_hash_tag(uint64_t h) { return (uint32_t)(h ^ (h >> 32)); }

/* The tag of an integer key X (a term code, or a few of them mixed): one
 * multiply, whose high half, folded in, reaches the low bits that pick the
 * slot. */
static inline uint32_t gd_hash_int_tag(uint64_t x) { return gd_hash_tag(x * 0x9E3779B97F4A7C15ULL); }

/* ---- gd_hindex: an open-addressing hash index --------------------------
 *
 * The entries live in the caller's own array (in insertion order, so that
 * nothing depends on the table's layout); the index maps a 32-bit tag of
 * each entry's hash to its number.  Linear probing over 8-byte slots, a
 * power of two of them, at most half full: a probe compares tags and reads
 * an entry only when they agree, so misses rarely leave the slot array.
 * The index grows from the tags alone, without reading the entries.
 *
 *   gd_hslot *s;
 *   for (s = gd_hindex_first(&ix, tag); s->ix; s = gd_hindex_next(&ix, s))
 *     if (s->tag == tag && KEY_EQUALS(entries[s->ix - 1], key)) break;
 *   if (s->ix) ... found entry s->ix - 1 ...
 *   else ... gd_hindex_reserve(&ix, 1) beforehand, then add the entry as
 *            number n and gd_hindex_put(&ix, s, tag, n) ...
 *
 * The slot the loop ends on is where a new entry with that tag belongs, as
 * long as nothing was added or reserved in between.  {0} is an empty index;
 * the first lookup in it finds nothing without allocating. */
typedef struct {
  uint32_t tag; /* the entry's tag */
  uint32_t ix;  /* 1 + the entry's number; 0: a free slot */
} gd_hslot;

typedef struct {
  gd_hslot *slot;
  uint32_t cap; /* slots: 0 or a power of two, at most 2^31 */
  uint32_t n;   /* slots in use */
} gd_hindex;

/* The free slot an empty index hands out (never written: an insertion
 * reserves room first). */
extern const gd_hslot gd_hindex_none;

/* The first slot to look at for TAG. */
static inline gd_hslot *gd_hindex_first(const gd_hindex *x, uint32_t tag) {
  return x->cap ? &x->slot[tag & (x->cap - 1)] : (gd_hslot *)&gd_hindex_none;
}

/* The slot after S, wrapping around. */
static inline gd_hslot *gd_hindex_next(const gd_hindex *x, const gd_hslot *s) {
  return (gd_hslot *)(++s == x->slot + x->cap ? x->slot : s);
}

/* Records entry number I (below 2^30) with TAG in the free slot S
 * that a lookup of TAG ended on. */
static inline void gd_hindex_put(gd_hindex *x, gd_hslot *s, uint32_t tag, size_t i) {
  s->tag = tag;
  s->ix = (uint32_t)(i + 1);
  x->n++;
}

/* N bytes, as malloc() gives, for a table that start-up fills: from 2 MB
 * on, aligned to huge pages (2 MB) and asking for them (madvise), which
 * the system gives where it is so set up; filling it then costs a page
 * fault for each 2 MB rather than for each 4 KB page (the bundled
 * lexicon's statements, phrases and phrase index took a third of the
 * 6,000 page faults of start-up, a quarter of its time).  Freed with
 * free(), grown with realloc(). */
void *gd_malloc_big(size_t n);
/* gd_malloc_big(), zeroed. */
void *gd_calloc_big(size_t n);
/* The slow path of gd_hindex_reserve(): growing. */
int gd_hindex_grow(gd_hindex *x, size_t n);

/* Makes room for N more entries (the index at most half full); -1 when
 * memory ran out (the index is unchanged then). */
static inline int gd_hindex_reserve(gd_hindex *x, size_t n) {
  return n <= x->cap / 2 - x->n ? 0 : gd_hindex_grow(x, n);
}

/* Forgets every entry, keeping the memory. */
void gd_hindex_clear(gd_hindex *x);

/* Frees the index; it is empty again. */
void gd_hindex_free(gd_hindex *x);

#endif
