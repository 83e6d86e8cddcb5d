/* geordf: averaged-perceptron weights over hashed sparse features, for the
 * tagger and the parser.  Training keeps mutable rows (gd_ptrain); a trained
 * table is frozen into integer weights that are read in place from the
 * model file (gd_ptable), so loading is an mmap and a few checks.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_PERCEP_H
#define GEORDF_PERCEP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Feature keys: 64-bit hashes of a template number and its atoms.  Only
 * integer arithmetic, so keys (and models) are the same on every machine. */
static inline uint64_t gd_fmix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}
static inline uint64_t gd_fkey(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  /* Independent products, then one multiply-xorshift (not a full gd_fmix:
   * the parser makes a hundred keys per transition): the atoms are hashes
   * or small numbers, and distinct odd multipliers keep their combinations
   * apart.  Both steps are one-to-one, so keys collide only when the sums
   * do; folding the high half in first lets it reach the low half, which
   * picks the slot. */
  uint64_t x = (tmpl + 1) * 0x9E3779B97F4A7C15ULL + a * 0xC2B2AE3D27D4EB4FULL + b * 0x165667B19E3779F9ULL +
               c * 0x27D4EB2F165667C5ULL;
  return (x ^ (x >> 32)) * 0xff51afd7ed558ccdULL;
}

/* A frozen table, pointing into a model file's bytes (not owned), in two
 * parts: the features training used most, packed into a table small
 * enough to stay in a core's cache, and the rest.  Each part is linear
 * probing from the key's low 32 bits scaled to NSLOT (Lemire's
 * multiply-shift), each slot the key's high 32 bits (0: empty; a key whose
 * high bits are 0 uses 1) followed by one int16 weight per class, so that a
 * lookup usually reads one cache line.  Probes run past NSLOT into a tail
 * of slots instead of wrapping around, and the last slot of the tail is
 * always empty, so a probe needs no bounds check and still stops inside.
 *
 * A table of four classes (the parser's transitions) is packed tighter,
 * as most of the parser's time went into waiting for its slots: a slot is
 * two words, a 16-bit fingerprint (bits 32..47 of the key, 0: empty)
 * and the weights of classes 1..3 less that of class 0, which leave the
 * order of the classes' sums as it was (class 0 scores 0).  Slots of 8
 * bytes put half again as many features in the cached part, and the rest
 * in a table two thirds as large. */
typedef struct {
  uint32_t nslot;
  uint32_t ntail;     /* slots after the first NSLOT, at least 1 */
  const uint32_t *slot;
} gd_pslots;

/* A Bloom filter of the cold part's keys, consulted for the keys the hot
 * part lacks: most of those are in neither part (word pairs never seen in
 * training), and the filter, small enough to stay in cache, answers for
 * most of them without a trip to memory for the cold part.  NBLOCK 64-bit
 * blocks (as pairs of words), GD_FILTER_K bits set per key in one block. */
typedef struct {
  uint32_t nblock;
  const uint32_t *block;
} gd_pfilter;

#define GD_FILTER_K 4

/* The cold part of a table of more than four classes (the tagger's 17, the
 * labeller's 51) is sparse: a feature read from memory has only a few
 * weights that are not 0 (three to five on average), so a cold slot holds
 * those alone, the fingerprint, a count and up to CAP (class, weight)
 * pairs, in 32 bytes aligned to themselves (the format allows 64): one
 * cache line where a full slot of the labeller's spans two or three.  The few features with
 * more weights than a slot holds are "wide": their slot's count is
 * GD_WIDE and its third word numbers a full row in a table beside the
 * cold part.  A slot of S words: word 0 the fingerprint, byte 4 the count,
 * bytes 5.. the classes, then the int16 weights from byte 5 + CAP. */
#define GD_WIDE 0xffu

typedef struct {
  uint32_t nclass;
  uint32_t stride;    /* 32-bit words per hot slot: 1 + (nclass + 1) / 2, or 2 for four classes */
  uint32_t cstride;   /* words per cold slot: STRIDE, or 8 or 16 when the cold part is sparse */
  uint32_t ccap;      /* weights a sparse cold slot holds; 0: the cold part is not sparse */
  gd_pslots hot, cold;
  uint32_t nwide;     /* the wide features' rows: NWIDE + 1 of STRIDE words (the last all 0), */
  const uint32_t *wide; /* the weights from each row's second word, as in a hot slot */
  gd_pfilter filter;
} gd_ptable;

/* Words per slot of a table of NCLASS classes. */
static inline uint32_t gd_stride(uint32_t nclass) { return nclass == 4 ? 2 : 1 + (nclass + 1) / 2; }

/* The (class, weight) pairs a sparse slot of S words holds: the count
 * byte, a byte and an int16 each, after the fingerprint, the weights
 * 2-aligned (an odd number). */
static inline uint32_t gd_sparse_cap(uint32_t s) {
  uint32_t k = (4 * s - 5) / 3;
  return k % 2 ? k : k - 1;
}

static inline uint32_t gd_slot_of(uint64_t key, uint32_t nslot) {
  return (uint32_t)(((uint64_t)(uint32_t)key * nslot) >> 32);
}

/* The filter's hash of KEY: its block from the high half, its bits from
 * the low one. */
static inline uint64_t gd_filter_hash(uint64_t key) { return (key ^ (key >> 29)) * 0xbf58476d1ce4e5b9ULL; }

static inline const uint32_t *gd_filter_block(const gd_pfilter *f, uint64_t h) {
  return f->block + 2 * (size_t)gd_slot_of(h >> 32, f->nblock);
}

static inline uint64_t gd_filter_mask(uint64_t h) {
#if GD_FILTER_K == 4 /* (spelled out: compilers left the loop a loop) */
  return 1ULL << (h & 63) | 1ULL << ((h >> 6) & 63) | 1ULL << ((h >> 12) & 63) | 1ULL << ((h >> 18) & 63);
#else
  uint64_t m = 0;
  for (int i = 0; i < GD_FILTER_K; i++) m |= 1ULL << ((h >> (6 * i)) & 63);
  return m;
#endif
}

/* Whether the key of hash H may be in the cold part (B its block). */
static inline int gd_filter_maybe(const uint32_t *b, uint64_t h) {
  uint64_t m = gd_filter_mask(h), x = (uint64_t)b[0] | (uint64_t)b[1] << 32;
  return (x & m) == m;
}

static inline uint32_t gd_fingerprint(uint64_t key) {
  uint32_t fp = (uint32_t)(key >> 32);
  return fp ? fp : 1;
}

/* Where feature KEY's probe starts in the part P (slots of STRIDE words). */
static inline const uint32_t *gd_pslots_home(const gd_pslots *p, uint32_t stride, uint64_t key) {
  return p->slot + (size_t)gd_slot_of(key, p->nslot) * stride;
}

/* The slot with fingerprint FP from HOME on (slots of STRIDE words), or
 * NULL. */
static inline const uint32_t *gd_pslots_probe(const uint32_t *home, uint32_t stride, uint32_t fp) {
  for (const uint32_t *s = home;; s += stride) {
    if (*s == fp) return s;
    if (!*s) return NULL;
  }
}

static inline void gd_prefetch(const uint32_t *p) {
#if defined(__GNUC__)
  __builtin_prefetch(p);
#else
  (void)p;
#endif
}

#if defined(__GNUC__)
typedef int16_t gd_v8h __attribute__((vector_size(16)));
typedef int32_t gd_v8i __attribute__((vector_size(32)));
#endif

/* Score arrays for N classes hold GD_SCORES(N) entries: gd_slot_add()
 * adds whole vectors of eight, the last one past the last class. */
#define GD_SCORES(n) (((n) + 7) / 8 * 8)

/* Adds the weights in slot S to SCORES[nclass] (and garbage to the
 * entries after it, up to GD_SCORES(nclass)): eight classes at a time
 * where the compiler has vectors (the tagger's and labeller's 17 and 51
 * classes made these sums the largest part of the work).  From five
 * classes on, the last vector reads at most 14 bytes past the slot, which
 * stay in the next slot: a slot that was found has one, since the last
 * slot of a part is empty. */
static inline void gd_slot_add(const uint32_t *s, uint32_t nclass, int32_t *scores) {
  const int16_t *w = (const int16_t *)(const void *)(s + 1);
#if defined(__GNUC__)
  if (nclass >= 5) {
    for (uint32_t c = 0; c < nclass; c += 8) {
      gd_v8h h;
      gd_v8i x;
      memcpy(&h, w + c, sizeof h);
      memcpy(&x, scores + c, sizeof x);
      x += __builtin_convertvector(h, gd_v8i);
      memcpy(scores + c, &x, sizeof x);
    }
    return;
  }
#endif
  for (uint32_t c = 0; c < nclass; c++) scores[c] += w[c];
}

/* Requests the rest of the slot of STRIDE words at S, after its first
 * line: a slot of the tagger's spans one or two cache lines, one of the
 * labeller's two or three, and a slot from the cold part is most likely
 * in memory, where waiting for one line after another costs. */
static inline void gd_prefetch_rest(const uint32_t *s, uint32_t stride) {
  if (stride > 16) gd_prefetch(s + 16);
  gd_prefetch(s + stride - 1);
}

/* gd_slot_add() of the slots FOUND[0..N), eight classes of all the slots
 * at a time with the sums in registers; on x86-64, with AVX2 (eight
 * classes an instruction rather than four) when the machine has it. */
void gd_slots_add(const uint32_t *const *found, size_t n, uint32_t nclass, int32_t *scores);

#define GD_SCORE_MAXKEYS 128

/* Adds the weights of the sparse cold slot S of table T to SCORES; a
 * count or class out of range (a damaged file) adds less, never outside
 * SCORES. */
static inline void gd_sparse_add(const gd_ptable *t, const uint32_t *s, int32_t *scores) {
  const unsigned char *b = (const unsigned char *)(s + 1);
  const int16_t *w = (const int16_t *)(const void *)(b + 1 + t->ccap);
  uint32_t n = b[0] <= t->ccap ? b[0] : t->ccap;
  for (uint32_t i = 0; i < n; i++)
    if (b[1 + i] < t->nclass) scores[b[1 + i]] += w[i];
}

/* A lookup in flight between the two halves of gd_ptable_score() (or of
 * the transitions' gd_ptable_score4g_begin() and _end()): the slots found
 * in the hot part, and the cold part's slots requested. */
typedef struct {
  const uint32_t *home[GD_SCORE_MAXKEYS], *found[GD_SCORE_MAXKEYS];
  uint32_t miss[GD_SCORE_MAXKEYS];
  size_t c, f;
  size_t n1, n2; /* gd_ptable_score4g_begin()'s groups */
} gd_plookup;

/* The first half of gd_ptable_score(): finds KEYS[0..N) (N <=
 * GD_SCORE_MAXKEYS) in the hot part and requests from memory the cold
 * part's slots of those it lacks and the filter lets through, into L.  The
 * caller may do other work while they come (the parser: read the
 * transitions' cold slots), then finishes with gd_ptable_score_end() and
 * the same KEYS. */
static inline void gd_ptable_score_begin(const gd_ptable *t, const uint64_t *keys, size_t n, gd_plookup *l) {
  size_t m = 0, c = 0, f = 0;
  if (n > GD_SCORE_MAXKEYS) n = GD_SCORE_MAXKEYS;
  for (size_t k = 0; k < n; k++) {
    gd_prefetch(l->home[k] = gd_pslots_home(&t->hot, t->stride, keys[k]));
    gd_prefetch_rest(l->home[k], t->stride);
  }
  for (size_t k = 0; k < n; k++) {
    const uint32_t *s = gd_pslots_probe(l->home[k], t->stride, gd_fingerprint(keys[k]));
    if (s) {
      l->found[f++] = s;
    } else {
      gd_prefetch(l->home[m] = gd_filter_block(&t->filter, gd_filter_hash(keys[k])));
      l->miss[m++] = (uint32_t)k;
    }
  }
  for (size_t j = 0; j < m; j++) {
    uint64_t key = keys[l->miss[j]];
    if (gd_filter_maybe(l->home[j], gd_filter_hash(key))) {
      gd_prefetch(l->home[c] = gd_pslots_home(&t->cold, t->cstride, key));
      gd_prefetch_rest(l->home[c], t->cstride);
      l->miss[c++] = l->miss[j];
    }
  }
  l->c = c;
  l->f = f;
}

/* The second half: adds the weights of the slots L found, hot and cold,
 * to SCORES. */
static inline void gd_ptable_score_end(const gd_ptable *t, const uint64_t *keys, gd_plookup *l, int32_t *scores) {
  size_t f = l->f;
  for (size_t j = 0; j < l->c; j++) {
    const uint32_t *s = gd_pslots_probe(l->home[j], t->cstride, gd_fingerprint(keys[l->miss[j]]));
    if (!s) continue;
    if (!t->ccap) {
      l->found[f++] = s;
    } else if ((s[1] & 0xffu) == GD_WIDE) {
      l->found[f++] = t->wide + (size_t)(s[2] < t->nwide ? s[2] : t->nwide) * t->stride;
    } else {
      gd_sparse_add(t, s, scores);
    }
  }
  gd_slots_add(l->found, f, t->nclass, scores);
}

/* Adds the weights of KEYS[0..N) (N <= GD_SCORE_MAXKEYS) that T has to
 * SCORES.  The slots are requested from memory first, all at once: the
 * hot part's, then the cold part's for the keys the hot part lacks and
 * the filter lets through, as waiting for the lookups one after another
 * would cost most of the parser's time; the full slots found are then
 * added eight classes at a time. */
static inline void gd_ptable_score(const gd_ptable *t, const uint64_t *keys, size_t n, int32_t *scores) {
  gd_plookup l;
  gd_ptable_score_begin(t, keys, n, &l);
  gd_ptable_score_end(t, keys, &l, scores);
}

/* The 16-bit fingerprint of KEY in a table of four classes. */
static inline uint32_t gd_fingerprint16(uint64_t key) {
  uint32_t fp = (uint32_t)(key >> 32) & 0xffffu;
  return fp ? fp : 1;
}

/* gd_pslots_probe() for the two-word slots of a table of four classes. */
static inline const uint32_t *gd_pslots_probe16(const uint32_t *home, uint32_t fp) {
  for (const uint32_t *s = home;; s += 2) {
    uint32_t x = *s & 0xffffu;
    if (x == fp) return s;
    if (!x) return NULL;
  }
}

/* Adds the slot S of a table of four classes to X: 0 for class 0, the
 * stored differences for the others. */
static inline void gd_slot_add4(const uint32_t *s, int32_t x[4]) {
  x[1] += (int16_t)(uint16_t)(s[0] >> 16);
  x[2] += (int16_t)(uint16_t)s[1];
  x[3] += (int16_t)(uint16_t)(s[1] >> 16);
}

/* gd_ptable_score_begin() for a table of four classes (the parser's
 * transitions), with KEYS[0..N1) summed into X[1], KEYS[N1..N2) into X[2]
 * and KEYS[N2..N) into X[0] (X zeroed by the caller): class 0 adds nothing and X[g][1..3] get the others'
 * differences from it, so only their order means something; the parser
 * keeps the sums of the groups of features that stay the same from one
 * transition to the next.  The hot part's weights are in X on return, the
 * cold part's once gd_ptable_score4g_end() has run. */
static inline void gd_ptable_score4g_begin(const gd_ptable *t, const uint64_t *keys, size_t n1, size_t n2, size_t n,
                                           int32_t x[3][4], gd_plookup *l) {
  size_t m = 0, c = 0;
  if (n > GD_SCORE_MAXKEYS) n = GD_SCORE_MAXKEYS;
  if (n2 > n) n2 = n;
  if (n1 > n2) n1 = n2;
  /* A probe from one of the last two slots of a cache line often runs on
   * into the next (a key the part lacks probes 3.6 slots on average, at
   * 0.6 full): that line is requested too, rather than after the first
   * (else the home line again: a branch here mispredicted a quarter of
   * the time). */
  for (size_t k = 0; k < n; k++) {
    const uint32_t *h = l->home[k] = gd_pslots_home(&t->hot, 2, keys[k]);
    gd_prefetch(h);
    gd_prefetch(h + 4 * (((uintptr_t)h & 48) == 48));
  }
  /* (Three runs, each adding to one sum: no per-key group to look up.) */
  const size_t end[3] = {n1, n2, n};
  int32_t *into[3] = {x[1], x[2], x[0]};
  for (size_t r = 0, k = 0; r < 3; r++)
    for (; k < end[r]; k++) {
      const uint32_t *s = gd_pslots_probe16(l->home[k], gd_fingerprint16(keys[k]));
      if (s) {
        gd_slot_add4(s, into[r]);
      } else {
        gd_prefetch(l->home[m] = gd_filter_block(&t->filter, gd_filter_hash(keys[k])));
        l->miss[m++] = (uint32_t)k;
      }
    }
  for (size_t j = 0; j < m; j++) {
    uint64_t key = keys[l->miss[j]];
    if (gd_filter_maybe(l->home[j], gd_filter_hash(key))) {
      gd_prefetch(l->home[c] = gd_pslots_home(&t->cold, 2, key));
      l->miss[c++] = l->miss[j];
    }
  }
  l->c = c;
  l->n1 = n1;
  l->n2 = n2;
}

/* The second half: adds the cold part's weights. */
static inline void gd_ptable_score4g_end(const uint64_t *keys, const gd_plookup *l, int32_t x[3][4]) {
  int32_t *into[3] = {x[1], x[2], x[0]};
  for (size_t j = 0; j < l->c; j++) {
    const uint32_t *s = gd_pslots_probe16(l->home[j], gd_fingerprint16(keys[l->miss[j]]));
    if (s) gd_slot_add4(s, into[(l->miss[j] >= l->n1) + (l->miss[j] >= l->n2)]);
  }
}

static inline int gd_argmax(const int32_t *scores, int n) {
  int b = 0;
  for (int i = 1; i < n; i++)
    if (scores[i] > scores[b]) b = i;
  return b;
}

/* ---- training --------------------------------------------------------- */

typedef struct gd_ptrain gd_ptrain;

/* A table being trained for NCLASS classes (at most 256); NULL when
 * memory runs out. */
gd_ptrain *gd_ptrain_new(uint32_t nclass);
void gd_ptrain_free(gd_ptrain *t);

/* Adds the current (not averaged) weights of KEYS[0..N) to SCORES, and
 * counts the use of each feature the table has (to find the hot ones). */
void gd_ptrain_score(gd_ptrain *t, const uint64_t *keys, size_t n, int32_t *scores);

/* One perceptron update: +1 for class GOOD, -1 for class BAD on every key.
 * Returns 0, or -1 when memory ran out. */
int gd_ptrain_update(gd_ptrain *t, const uint64_t *keys, size_t n, uint32_t good, uint32_t bad);

/* Counts one training instance (the clock of the averaging). */
void gd_ptrain_tick(gd_ptrain *t);

/* The averaged weights, frozen: the table's bytes in a new buffer of *LEN
 * bytes that the caller frees, in the layout gd_ptable_view() reads.
 * Weights are scaled so the largest is 32000 (for four classes, the
 * largest difference from class 0); a feature that fewer than
 * MIN updates touched, or whose weights all round to 0, is left out.  The
 * features scored most often in training go to the hot part, of at most
 * HOT bytes, and a filter of the rest follows, of about FILTER bits per key.  NULL when memory ran out. */
unsigned char *gd_ptrain_freeze(const gd_ptrain *t, int min, size_t hot, unsigned filter, size_t *len);

/* A table of one value per key (the tagger's dictionary): a part with
 * slots of two words, a fingerprint and VAL, for KEY[0..N) (distinct).
 * Returns its bytes in a new buffer of *LEN bytes that the caller frees,
 * NULL when memory ran out. */
unsigned char *gd_pslots_build(const uint64_t *key, const uint32_t *val, size_t n, size_t *len);

/* Points P at such a table of LEN bytes at B (4-byte aligned).  Returns 0,
 * or -1 when the bytes are not one. */
int gd_pslots_view(gd_pslots *p, const unsigned char *b, size_t len);

/* Points T at a frozen table of LEN bytes at P (4-byte aligned).  Returns 0,
 * or -1 when the bytes are not a well-formed table. */
int gd_ptable_view(gd_ptable *t, const unsigned char *p, size_t len);

#endif
