/* geordf: averaged-perceptron training and frozen weight tables.
 * SPDX-License-Identifier: MIT
 *
 * Weights are integers throughout: updates are +1/-1, the average is an
 * exact ratio of 64-bit integers (w - u/c, Daume's trick), and the frozen
 * weight is that ratio scaled to int16 by integer division.  No floating
 * point means the same model bytes on every machine and compiler. */
#include "percep.h"

#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define GD_AVX2_DISPATCH 1
/* gd_slots_add() with AVX2, for machines that have it. */
__attribute__((target("avx2"))) static void slots_add_avx2(const uint32_t *const *found, size_t n, uint32_t nclass,
                                                          int32_t *scores) {
  for (uint32_t c = 0; c < nclass; c += 8) {
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(scores + c)), y = _mm256_setzero_si256();
    size_t k = 0;
    for (; k + 1 < n; k += 2) {
      const int16_t *a = (const int16_t *)(const void *)(found[k] + 1) + c;
      const int16_t *b = (const int16_t *)(const void *)(found[k + 1] + 1) + c;
      x = _mm256_add_epi32(x, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)a)));
      y = _mm256_add_epi32(y, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)b)));
    }
    if (k < n) {
      const int16_t *a = (const int16_t *)(const void *)(found[k] + 1) + c;
      x = _mm256_add_epi32(x, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)a)));
    }
    _mm256_storeu_si256((__m256i *)(void *)(scores + c), _mm256_add_epi32(x, y));
  }
}
#endif

void gd_slots_add(const uint32_t *const *found, size_t n, uint32_t nclass, int32_t *scores) {
#if defined(__GNUC__)
  if (nclass >= 5) { /* eight classes of every slot at a time, the sums kept in registers */
#if defined(GD_AVX2_DISPATCH)
    if (__builtin_cpu_supports("avx2")) {
      slots_add_avx2(found, n, nclass, scores);
      return;
    }
#endif
    for (uint32_t c = 0; c < nclass; c += 8) {
      gd_v8i x, y = {0, 0, 0, 0, 0, 0, 0, 0};
      memcpy(&x, scores + c, sizeof x);
      size_t k = 0;
      for (; k + 1 < n; k += 2) {
        gd_v8h a, b;
        memcpy(&a, (const int16_t *)(const void *)(found[k] + 1) + c, sizeof a);
        memcpy(&b, (const int16_t *)(const void *)(found[k + 1] + 1) + c, sizeof b);
        x += __builtin_convertvector(a, gd_v8i);
        y += __builtin_convertvector(b, gd_v8i);
      }
      if (k < n) {
        gd_v8h a;
        memcpy(&a, (const int16_t *)(const void *)(found[k] + 1) + c, sizeof a);
        x += __builtin_convertvector(a, gd_v8i);
      }
      x += y;
      memcpy(scores + c, &x, sizeof x);
    }
    return;
  }
#endif
  for (size_t k = 0; k < n; k++) gd_slot_add(found[k], nclass, scores);
}

typedef struct {
  int64_t u;     /* sum of clock * update, for the average */
  int32_t w;     /* current weight */
  uint32_t cls;
} tent;

typedef struct {
  tent *e;
  uint32_t n, cap;
  uint32_t updates;  /* updates that touched the row */
  uint32_t seen;     /* times it was scored */
} trow;

struct gd_ptrain {
  uint32_t nclass;
  uint64_t *keys;   /* key per slot */
  uint32_t *idx;    /* row + 1 per slot, 0 when empty */
  size_t nslot, used;
  trow *rows;
  size_t nrows, caprows;
  int64_t clock;    /* instances seen, from 1 */
};

gd_ptrain *gd_ptrain_new(uint32_t nclass) {
  if (nclass == 0 || nclass > 256) return NULL;
  gd_ptrain *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->nclass = nclass;
  t->nslot = 1u << 16;
  t->keys = calloc(t->nslot, sizeof *t->keys);
  t->idx = calloc(t->nslot, sizeof *t->idx);
  t->clock = 1;
  if (!t->keys || !t->idx) {
    gd_ptrain_free(t);
    return NULL;
  }
  return t;
}

void gd_ptrain_free(gd_ptrain *t) {
  if (!t) return;
  for (size_t i = 0; i < t->nrows; i++) free(t->rows[i].e);
  free(t->rows);
  free(t->keys);
  free(t->idx);
  free(t);
}

static trow *find(gd_ptrain *t, uint64_t key) {
  size_t mask = t->nslot - 1;
  for (size_t i = (size_t)key & mask;; i = (i + 1) & mask) {
    if (!t->idx[i]) return NULL;
    if (t->keys[i] == key) return &t->rows[t->idx[i] - 1];
  }
}

static int grow(gd_ptrain *t) {
  size_t n = t->nslot * 2, mask = n - 1;
  uint64_t *k = calloc(n, sizeof *k);
  uint32_t *x = calloc(n, sizeof *x);
  if (!k || !x) {
    free(k);
    free(x);
    return -1;
  }
  for (size_t i = 0; i < t->nslot; i++) {
    if (!t->idx[i]) continue;
    size_t j = (size_t)t->keys[i] & mask;
    while (x[j]) j = (j + 1) & mask;
    k[j] = t->keys[i];
    x[j] = t->idx[i];
  }
  free(t->keys);
  free(t->idx);
  t->keys = k;
  t->idx = x;
  t->nslot = n;
  return 0;
}

static trow *find_or_add(gd_ptrain *t, uint64_t key) {
  if (2 * (t->used + 1) > t->nslot && grow(t)) return NULL;
  size_t mask = t->nslot - 1, i = (size_t)key & mask;
  for (; t->idx[i]; i = (i + 1) & mask)
    if (t->keys[i] == key) return &t->rows[t->idx[i] - 1];
  if (t->nrows == t->caprows) {
    size_t cap = t->caprows ? t->caprows * 2 : 4096;
    trow *r = realloc(t->rows, cap * sizeof *r);
    if (!r) return NULL;
    t->rows = r;
    t->caprows = cap;
  }
  memset(&t->rows[t->nrows], 0, sizeof t->rows[0]);
  t->keys[i] = key;
  t->idx[i] = (uint32_t)++t->nrows;
  t->used++;
  return &t->rows[t->nrows - 1];
}

void gd_ptrain_score(gd_ptrain *t, const uint64_t *keys, size_t n, int32_t *scores) {
  for (size_t k = 0; k < n; k++) {
    trow *r = find(t, keys[k]);
    if (!r) continue;
    if (r->seen < UINT32_MAX) r->seen++;
    for (uint32_t j = 0; j < r->n; j++) scores[r->e[j].cls] += r->e[j].w;
  }
}

static int bump(gd_ptrain *t, trow *r, uint32_t cls, int32_t d) {
  uint32_t j = 0;
  while (j < r->n && r->e[j].cls != cls) j++;
  if (j == r->n) {
    if (r->n == r->cap) {
      uint32_t cap = r->cap ? r->cap * 2 : 2;
      tent *e = realloc(r->e, cap * sizeof *e);
      if (!e) return -1;
      r->e = e;
      r->cap = cap;
    }
    r->e[r->n++] = (tent){0, 0, cls};
  }
  r->e[j].w += d;
  r->e[j].u += t->clock * d;
  return 0;
}

int gd_ptrain_update(gd_ptrain *t, const uint64_t *keys, size_t n, uint32_t good, uint32_t bad) {
  if (good == bad) return 0;
  for (size_t k = 0; k < n; k++) {
    trow *r = find_or_add(t, keys[k]);
    if (!r || bump(t, r, good, 1) || bump(t, r, bad, -1)) return -1;
    r->updates++;
  }
  return 0;
}

void gd_ptrain_tick(gd_ptrain *t) { t->clock++; }

/* The average of an entry times the clock: w * c - u. */
static int64_t avg_num(const gd_ptrain *t, const tent *e) { return (int64_t)e->w * t->clock - e->u; }

static int16_t scaled(int64_t num, int64_t max) {
  /* round(num * 32000 / max), halves away from zero; |num| <= max. */
  int64_t x = num * 32000;
  int64_t q = (x >= 0 ? x + max / 2 : x - max / 2) / max;
  return (int16_t)q;
}

/* The averages of row R times the clock, per class, into A[nclass]; for a
 * table of four classes, those of classes 1..3 less that of class 0 into
 * A[0..3). */
static void row_avg(const gd_ptrain *t, const trow *r, int64_t *a) {
  for (uint32_t c = 0; c < t->nclass; c++) a[c] = 0;
  for (uint32_t e = 0; e < r->n; e++) a[r->e[e].cls] = avg_num(t, &r->e[e]);
  if (t->nclass == 4) {
    int64_t a0 = a[0];
    for (int c = 0; c < 3; c++) a[c] = a[c + 1] - a0;
  }
}

/* How many weights a frozen slot holds. */
static uint32_t stored(const gd_ptrain *t) { return t->nclass == 4 ? 3 : t->nclass; }

/* A kept row: its index in the training table's slots, and its weights. */
typedef struct {
  size_t at;
  uint32_t seen;
} kept;

static int by_use(const void *a, const void *b) {
  const kept *x = a, *y = b;
  if (x->seen != y->seen) return x->seen > y->seen ? -1 : 1;
  return x->at < y->at ? -1 : x->at > y->at;
}

/* Slots in a part of N features before its tail: a load of 0.6 keeps
 * probe sequences short, most of all for the features a part does not
 * have.  The cold part is loaded to 0.8: it is read from memory a slot at
 * a time whatever its size, and most of the features it does not have
 * are turned away by the filter before a probe, so its slots are better
 * spent on a smaller model (a fifth of the file, and of the pages that
 * parsing brings into memory). */
static size_t part_slots(size_t n) { return n + n * 2 / 3 + 16; }
static size_t cold_slots(size_t n) { return n + n / 4 + 16; }

/* Places KEY[0..N) in a part of NSLOT slots and a tail: their slots into
 * AT; returns the tail's length (the longest run past the first slots,
 * and the empty slot that ends it).  BUSY is scratch of NSLOT + N + 1
 * bytes. */
static size_t place(const uint64_t *key, size_t n, size_t nslot, uint32_t *at, unsigned char *busy) {
  size_t end = nslot;
  memset(busy, 0, nslot + n + 1);
  for (size_t j = 0; j < n; j++) {
    size_t s = gd_slot_of(key[j], (uint32_t)nslot);
    while (busy[s]) s++;
    busy[s] = 1;
    at[j] = (uint32_t)s;
    if (s + 1 > end) end = s + 1;
  }
  return end + 1 - nslot;
}

/* The weights of row R, frozen (int16, scaled by MAX) into W[stored(t)];
 * returns how many are not 0. */
static uint32_t frozen_row(const gd_ptrain *t, const trow *r, int64_t max, int16_t *w) {
  int64_t a[256];
  uint32_t nz = 0;
  row_avg(t, r, a);
  for (uint32_t c = 0; c < stored(t); c++) nz += (w[c] = scaled(a[c], max)) != 0;
  return nz;
}

/* Writes the part of NSLOT slots holding rows K[0..N) at their slots AT,
 * with a tail of NTAIL slots, at OUT (a header of two words, then the
 * slots of CSTRIDE words); returns the words written.  With CAP, the
 * slots are sparse (see percep.h): a row with more than CAP weights
 * that are not 0 gets the next of the wide rows, written at WIDE (rows of
 * the table's stride, counted in *NWIDE). */
static size_t write_part(const gd_ptrain *t, const kept *k, size_t n, size_t nslot, const uint32_t *at, size_t ntail,
                         int64_t max, uint32_t cstride, uint32_t cap, uint32_t *wide, uint32_t *nwide, uint32_t *out) {
  size_t stride = gd_stride(t->nclass);
  uint32_t *slot = out + 2;
  memset(slot, 0, 4 * cstride * (nslot + ntail));
  for (size_t j = 0; j < n; j++) {
    const trow *r = &t->rows[t->idx[k[j].at] - 1];
    int16_t w[256] = {0};
    uint32_t nz = frozen_row(t, r, max, w);
    uint32_t *dst = slot + (size_t)at[j] * cstride;
    uint64_t key = t->keys[k[j].at];
    if (t->nclass == 4) {
      dst[0] = gd_fingerprint16(key) | (uint32_t)(uint16_t)w[0] << 16;
      dst[1] = (uint32_t)(uint16_t)w[1] | (uint32_t)(uint16_t)w[2] << 16;
    } else if (!cap) {
      dst[0] = gd_fingerprint(key);
      memcpy(dst + 1, w, t->nclass * sizeof w[0]);
    } else if (nz > cap) {
      dst[0] = gd_fingerprint(key);
      dst[1] = GD_WIDE;
      dst[2] = *nwide;
      memcpy(wide + (size_t)(*nwide)++ * stride + 1, w, t->nclass * sizeof w[0]);
    } else {
      unsigned char *b = (unsigned char *)(dst + 1);
      int16_t sw[256];
      uint32_t m = 0;
      dst[0] = gd_fingerprint(key);
      for (uint32_t c = 0; c < t->nclass; c++)
        if (w[c]) b[1 + m] = (unsigned char)c, sw[m++] = w[c];
      b[0] = (unsigned char)m;
      memcpy(b + 1 + cap, sw, m * sizeof sw[0]);
    }
  }
  out[0] = (uint32_t)nslot;
  out[1] = (uint32_t)ntail;
  return 2 + cstride * (nslot + ntail);
}

/* Writes a filter of KEY[0..N) with about BITS bits per key at OUT (a
 * word of the block count, then the blocks); returns the words written. */
static size_t write_filter(const uint64_t *key, size_t n, unsigned bits, uint32_t *out) {
  size_t nblock = (n * bits + 63) / 64;
  if (nblock == 0) nblock = 1;
  memset(out, 0, 4 * (1 + 2 * nblock));
  out[0] = (uint32_t)nblock;
  gd_pfilter f = {(uint32_t)nblock, out + 1};
  for (size_t j = 0; j < n; j++) {
    uint64_t h = gd_filter_hash(key[j]), m = gd_filter_mask(h);
    uint32_t *b = out + (gd_filter_block(&f, h) - out);
    b[0] |= (uint32_t)m;
    b[1] |= (uint32_t)(m >> 32);
  }
  return 1 + 2 * nblock;
}

static size_t filter_words(size_t n, unsigned bits) {
  size_t nblock = (n * bits + 63) / 64;
  return 1 + 2 * (nblock ? nblock : 1);
}

/* Words of padding after a table's first WORDS so that the cold part's
 * slots of CSTRIDE words, after its two-word header, start at a multiple
 * of their size from the table's start (which the model file aligns to 64
 * bytes): then a sparse slot is one cache line. */
static size_t align_pad(size_t words, uint32_t cstride) {
  uint32_t a = cstride == 8 || cstride == 16 ? cstride : 2;
  return (a - (words + 2) % a) % a;
}

unsigned char *gd_ptrain_freeze(const gd_ptrain *t, int min, size_t hot, unsigned filter, size_t *len) {
  int64_t max = 1, a[256];
  for (size_t i = 0; i < t->nrows; i++) {
    row_avg(t, &t->rows[i], a);
    for (uint32_t c = 0; c < stored(t); c++) {
      int64_t x = a[c] < 0 ? -a[c] : a[c];
      if (x > max) max = x;
    }
  }
  /* A row is kept when MIN updates or more touched it (features that
   * were wrong once or twice are mostly noise) and a weight is not 0; in
   * the order of the training table's slots, a function of the keys. */
  kept *k = malloc((t->nrows + 1) * sizeof *k);
  uint32_t *at = malloc((t->nrows + 1) * sizeof *at);
  uint64_t *key = malloc((t->nrows + 1) * sizeof *key);
  unsigned char *busy = malloc(part_slots(t->nrows) + t->nrows + 1);
  uint32_t *out = NULL;
  if (!k || !at || !key || !busy) goto done;
  size_t nkeep = 0;
  for (size_t i = 0; i < t->nslot; i++) {
    if (!t->idx[i]) continue;
    const trow *r = &t->rows[t->idx[i] - 1];
    int keep = 0;
    row_avg(t, r, a);
    for (uint32_t c = 0; c < stored(t) && !keep; c++) keep = scaled(a[c], max) != 0;
    if (keep && r->updates >= (uint32_t)min) k[nkeep++] = (kept){i, r->seen};
  }
  /* The most used first; the hot part takes as many as fit (its tail
   * counted too). */
  qsort(k, nkeep, sizeof *k, by_use);
  for (size_t j = 0; j < nkeep; j++) key[j] = t->keys[k[j].at];
  size_t stride = gd_stride(t->nclass), nhot = 0, hot_tail = 1;
  while (nhot < nkeep && 4 * stride * (part_slots(nhot + 1) + hot_tail) <= hot) nhot++;
  while (nhot > 0 && 4 * stride * (part_slots(nhot) + (hot_tail = place(key, nhot, part_slots(nhot), at, busy))) > hot)
    nhot--;
  /* The cold part of a table of more than four classes is sparse, in
   * slots of 32 bytes (nine weights: nine in ten of the labeller's rows,
   * all but one in a hundred of the tagger's).  Slots of 64 bytes, with
   * nineteen, made fewer rows wide but the model 2 MB larger, and were no
   * faster. */
  uint32_t cstride = (uint32_t)stride, cap = 0, nwide = 0;
  if (t->nclass > 4) cap = gd_sparse_cap(cstride = 8);
  size_t ncold = cold_slots(nkeep - nhot), cold_tail = place(key + nhot, nkeep - nhot, ncold, at + nhot, busy);
  size_t hot_words = 4 + 2 + stride * (part_slots(nhot) + hot_tail);
  size_t pad = align_pad(hot_words, cstride);
  size_t words = hot_words + pad + 2 + cstride * (ncold + cold_tail) + (cap ? 1 + stride * (nkeep - nhot + 1) : 0) +
                 filter_words(nkeep - nhot, filter);
  if (words > UINT32_MAX / 4 || !(out = calloc(words, 4))) goto done;
  out[0] = t->nclass;
  out[1] = (uint32_t)stride;
  out[2] = cstride;
  out[3] = cap;
  size_t w = 4;
  uint32_t *wide = NULL;
  w += write_part(t, k, nhot, part_slots(nhot), at, hot_tail, max, (uint32_t)stride, 0, NULL, NULL, out + w);
  w += pad;
  if (cap) wide = out + w + 2 + cstride * (ncold + cold_tail) + 1; /* after the cold part and the row count */
  w += write_part(t, k + nhot, nkeep - nhot, ncold, at + nhot, cold_tail, max, cstride, cap, wide, &nwide, out + w);
  if (cap) {
    out[w] = nwide;
    w += 1 + stride * ((size_t)nwide + 1);
  }
  w += write_filter(key + nhot, nkeep - nhot, filter, out + w);
  *len = 4 * w;
done:
  free(k);
  free(at);
  free(key);
  free(busy);
  return (unsigned char *)out;
}

unsigned char *gd_pslots_build(const uint64_t *key, const uint32_t *val, size_t n, size_t *len) {
  uint32_t *at = malloc((n + 1) * sizeof *at), *out = NULL;
  unsigned char *busy = malloc(part_slots(n) + n + 1);
  if (at && busy) {
    size_t nslot = part_slots(n), ntail = place(key, n, nslot, at, busy);
    *len = 4 * (2 + 2 * (nslot + ntail));
    if ((out = calloc(1, *len))) {
      out[0] = (uint32_t)nslot;
      out[1] = (uint32_t)ntail;
      for (size_t j = 0; j < n; j++) {
        out[2 + 2 * at[j]] = gd_fingerprint(key[j]);
        out[2 + 2 * at[j] + 1] = val[j];
      }
    }
  }
  free(at);
  free(busy);
  return (unsigned char *)out;
}

/* Points P at the part at W (N words left); returns the words it takes, or
 * 0 when they are not a well-formed part: one whose last slot is empty, so
 * that every probe stops inside it. */
static size_t view_part(gd_pslots *p, const uint32_t *w, size_t n, uint32_t stride) {
  if (n < 2 || w[0] == 0 || w[1] == 0 || w[1] > UINT32_MAX - w[0]) return 0;
  uint64_t words = ((uint64_t)w[0] + w[1]) * stride;
  if (words > n - 2 || w[2 + words - stride] != 0) return 0;
  p->nslot = w[0];
  p->ntail = w[1];
  p->slot = w + 2;
  return 2 + (size_t)words;
}

int gd_pslots_view(gd_pslots *p, const unsigned char *b, size_t len) {
  if (len % 4 || ((uintptr_t)b & 3)) return -1;
  return view_part(p, (const uint32_t *)(const void *)b, len / 4, 2) == len / 4 ? 0 : -1;
}

int gd_ptable_view(gd_ptable *t, const unsigned char *p, size_t len) {
  if (len < 16 || len % 4 || ((uintptr_t)p & 3)) return -1;
  const uint32_t *w = (const uint32_t *)(const void *)p;
  size_t n = len / 4, a, b, at;
  if (w[0] == 0 || w[0] > 256 || w[1] != gd_stride(w[0])) return -1;
  t->nclass = w[0];
  t->stride = w[1];
  t->cstride = w[2];
  t->ccap = w[3];
  if (t->ccap ? t->nclass <= 4 || (t->cstride != 8 && t->cstride != 16) || t->ccap != gd_sparse_cap(t->cstride)
              : t->cstride != t->stride)
    return -1;
  if (!(a = view_part(&t->hot, w + 4, n - 4, t->stride))) return -1;
  at = 4 + a + align_pad(4 + a, t->cstride);
  if (at > n || !(b = view_part(&t->cold, w + at, n - at, t->cstride))) return -1;
  at += b;
  t->nwide = 0;
  t->wide = NULL;
  if (t->ccap) { /* the wide rows: a count, then that many and one of zeros */
    if (at >= n || (size_t)w[at] + 1 > (n - at - 1) / t->stride) return -1;
    t->nwide = w[at];
    t->wide = w + at + 1;
    at += 1 + (size_t)t->stride * (t->nwide + 1);
  }
  /* The filter: a word of its block count, then the blocks. */
  const uint32_t *f = w + at;
  size_t left = n - at;
  if (left < 1 || f[0] == 0 || (size_t)f[0] > (left - 1) / 2 || left != 1 + 2 * (size_t)f[0]) return -1;
  t->filter.nblock = f[0];
  t->filter.block = f + 1;
  return 0;
}
