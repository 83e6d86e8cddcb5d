/* geordf: UPOS tagging with averaged-perceptron weights.
 * SPDX-License-Identifier: MIT */
#include "tagger.h"
#include "hash.h"
#include "ud.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

static uint64_t h(const void *p, size_t n) { return gd_fnv1a(p, n); }

void gd_sword_prepare(gd_sword *w, const char *form, size_t len) {
  char low[64], shape[64];
  size_t n = len < sizeof low ? len : sizeof low, ns = 0;
  unsigned flags = 0;
  int letters = 0, uppers = 0;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)form[i];
    char s;
    if (c >= 'A' && c <= 'Z') {
      low[i] = (char)(c + 32);
      s = 'X';
      letters++;
      uppers++;
    } else {
      low[i] = (char)c;
      if (c >= 'a' && c <= 'z') s = 'x', letters++;
      else if (c >= '0' && c <= '9') s = 'd', flags |= GD_SW_DIGIT;
      else if (c >= 0x80) s = 'u';
      else s = (char)c;
      if (c == '-') flags |= GD_SW_HYPHEN;
    }
    /* Runs of more than three of a kind say no more than three. */
    run = s == last ? run + 1 : 1;
    last = s;
    if (run <= 3 && ns < sizeof shape) shape[ns++] = s;
  }
  if (n && form[0] >= 'A' && form[0] <= 'Z') flags |= GD_SW_UPPER;
  if (letters >= 2 && uppers == letters) flags |= GD_SW_ALLUPPER;
  w->form = form;
  w->len = len;
  w->lw = h(low, n);
  w->cw = h(form, n);
  w->shape = h(shape, ns);
  for (size_t k = 0; k < 4; k++) w->suf[k] = k < n ? h(low + n - k - 1, k + 1) : w->lw;
  for (size_t k = 0; k < 3; k++) w->pre[k] = k < n ? h(low, k + 1) : w->lw;
  w->flags = flags;
}

/* Stand-ins for the words before and after the sentence. */
#define BOS 0x5eed0001u
#define EOS 0x5eed0002u

size_t gd_tag_features(const gd_sword *w, size_t n, size_t i, int t1, int t2, const int *right, uint64_t *keys) {
  const gd_sword *c = &w[i];
  uint64_t lp1 = i >= 1 ? w[i - 1].lw : BOS, lp2 = i >= 2 ? w[i - 2].lw : BOS;
  uint64_t ln1 = i + 1 < n ? w[i + 1].lw : EOS, ln2 = i + 2 < n ? w[i + 2].lw : EOS;
  uint64_t sp1 = i >= 1 ? w[i - 1].suf[2] : BOS, sn1 = i + 1 < n ? w[i + 1].suf[2] : EOS;
  uint64_t shn1 = i + 1 < n ? w[i + 1].shape : EOS, shp1 = i >= 1 ? w[i - 1].shape : BOS;
  size_t k = 0;
  /* The first GD_TAG_WORDF keys read the word alone (the tag cache). */
  keys[k++] = gd_fkey(1, 0, 0, 0);
  keys[k++] = gd_fkey(2, c->lw, 0, 0);
  keys[k++] = gd_fkey(3, c->cw, 0, 0);
  for (uint64_t s = 0; s < 4; s++) keys[k++] = gd_fkey(4 + s, c->suf[s], 0, 0);
  for (uint64_t s = 0; s < 3; s++) keys[k++] = gd_fkey(8 + s, c->pre[s], 0, 0);
  keys[k++] = gd_fkey(11, c->shape, 0, 0);
  keys[k++] = gd_fkey(12, c->flags, i == 0, 0);
  keys[k++] = gd_fkey(13, lp1, 0, 0);
  keys[k++] = gd_fkey(14, lp2, 0, 0);
  keys[k++] = gd_fkey(15, ln1, 0, 0);
  keys[k++] = gd_fkey(16, ln2, 0, 0);
  keys[k++] = gd_fkey(17, sp1, 0, 0);
  keys[k++] = gd_fkey(18, sn1, 0, 0);
  keys[k++] = gd_fkey(19, (uint64_t)t1, 0, 0);
  keys[k++] = gd_fkey(20, (uint64_t)t2, 0, 0);
  keys[k++] = gd_fkey(21, (uint64_t)t1, (uint64_t)t2, 0);
  keys[k++] = gd_fkey(22, (uint64_t)t1, c->lw, 0);
  keys[k++] = gd_fkey(23, lp1, c->lw, 0);
  keys[k++] = gd_fkey(24, c->lw, ln1, 0);
  keys[k++] = gd_fkey(25, shn1, 0, 0);
  keys[k++] = gd_fkey(26, shp1, 0, 0);
  keys[k++] = gd_fkey(27, (uint64_t)t1, c->suf[2], 0);
  keys[k++] = gd_fkey(28, c->shape, i == 0, 0);
  keys[k++] = gd_fkey(29, ln1, ln2, 0);
  keys[k++] = gd_fkey(30, lp1, ln1, 0);
  if (right) {
    uint64_t r1 = i + 1 < n ? (uint64_t)right[i + 1] : GD_UPOS_COUNT, r2 = i + 2 < n ? (uint64_t)right[i + 2] : GD_UPOS_COUNT;
    keys[k++] = gd_fkey(40, r1, 0, 0);
    keys[k++] = gd_fkey(41, r1, r2, 0);
    keys[k++] = gd_fkey(42, r1, c->lw, 0);
    keys[k++] = gd_fkey(43, (uint64_t)t1, r1, 0);
    keys[k++] = gd_fkey(44, r1, c->suf[2], 0);
    keys[k++] = gd_fkey(45, (uint64_t)right[i], 0, 0);
    keys[k++] = gd_fkey(46, (uint64_t)right[i], c->lw, 0);
  }
  assert(k <= GD_TAG_MAXF);
  return k;
}

/* A word type in the tag cache: its bytes (a longer word is not cached)
 * and the sums of its GD_TAG_WORDF features' weights. */
#define CACHE_FORM 23
typedef struct {
  unsigned char len; /* 0: empty */
  char form[CACHE_FORM];
  int32_t sum[GD_UPOS_COUNT];
} cache_slot;

struct gd_tagcache {
  size_t mask;
  uint64_t serial;    /* the model whose sums the slots hold, 0: none */
  cache_slot *slot[2]; /* for each pass */
};

gd_tagcache *gd_tagcache_new(size_t nslot) {
  assert(nslot && !(nslot & (nslot - 1)));
  gd_tagcache *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->mask = nslot - 1;
  c->slot[0] = calloc(2 * nslot, sizeof *c->slot[0]);
  if (!c->slot[0]) {
    free(c);
    return NULL;
  }
  c->slot[1] = c->slot[0] + nslot;
  return c;
}

void gd_tagcache_bind(gd_tagcache *c, uint64_t serial) {
  if (!c || c->serial == serial) return;
  memset(c->slot[0], 0, 2 * (c->mask + 1) * sizeof *c->slot[0]);
  c->serial = serial;
}

void gd_tagcache_free(gd_tagcache *c) {
  if (!c) return;
  free(c->slot[0]);
  free(c);
}

/* Adds the weights of W's KEYS[0..NK) in T to SC (zeroed), the sums of the
 * word's own features taken from pass PASS of the cache C (NULL for none)
 * when it has them, and kept there when it has not. */
static void score_word(const gd_ptable *t, gd_tagcache *c, int pass, const gd_sword *w, const uint64_t *keys,
                       size_t nk, int32_t *sc) {
  if (!c || !w->len || w->len > CACHE_FORM) {
    gd_ptable_score(t, keys, nk, sc);
    return;
  }
  cache_slot *s = &c->slot[pass][(size_t)((w->cw * 0x9E3779B97F4A7C15ULL) >> 32) & c->mask];
  if (s->len == w->len && !memcmp(s->form, w->form, w->len)) {
    memcpy(sc, s->sum, sizeof s->sum);
    gd_ptable_score(t, keys + GD_TAG_WORDF, nk - GD_TAG_WORDF, sc);
    return;
  }
  /* Both halves' slots are requested before either is read. */
  int32_t ws[GD_SCORES(GD_UPOS_COUNT)] = {0};
  gd_plookup lw, lx;
  gd_ptable_score_begin(t, keys, GD_TAG_WORDF, &lw);
  gd_ptable_score_begin(t, keys + GD_TAG_WORDF, nk - GD_TAG_WORDF, &lx);
  gd_ptable_score_end(t, keys, &lw, ws);
  gd_ptable_score_end(t, keys + GD_TAG_WORDF, &lx, sc);
  for (int k = 0; k < GD_UPOS_COUNT; k++) sc[k] += ws[k];
  s->len = (unsigned char)w->len;
  memcpy(s->form, w->form, w->len);
  memcpy(s->sum, ws, sizeof s->sum);
}

/* The first pass over W[0..N): sets SURE[i] for the words whose tag the
 * second pass keeps (the dictionary's, or a lead of GD_TAG_SURE). */
static void first_pass(const gd_ptable *t, const gd_pslots *dict, gd_tagcache *cache, gd_sword *w, size_t n,
                       int *sure) {
  uint64_t keys[GD_TAG_MAXF];
  int t1 = GD_UPOS_COUNT, t2 = GD_UPOS_COUNT;
  for (size_t i = 0; i < n; i++) {
    int tag = gd_tagdict_get(dict, &w[i]);
    sure[i] = tag >= 0;
    if (tag < 0) {
      int32_t sc[GD_SCORES(GD_UPOS_COUNT)] = {0};
      size_t nk = gd_tag_features(w, n, i, t1, t2, NULL, keys);
      score_word(t, cache, 0, &w[i], keys, nk, sc);
      int next = -1;
      tag = 0;
      for (int c = 1; c < GD_UPOS_COUNT; c++) {
        if (sc[c] > sc[tag]) next = tag, tag = c;
        else if (next < 0 || sc[c] > sc[next]) next = c;
      }
      sure[i] = sc[tag] - sc[next] >= GD_TAG_SURE;
    }
    t2 = t1;
    t1 = w[i].upos = tag;
  }
}

/* The second pass, which also sees the first pass's tags RIGHT of every
 * word, and scores only the words that are not SURE. */
static void second_pass(const gd_ptable *t, gd_tagcache *cache, gd_sword *w, size_t n, const int *right,
                        const int *sure) {
  uint64_t keys[GD_TAG_MAXF];
  int t1 = GD_UPOS_COUNT, t2 = GD_UPOS_COUNT;
  for (size_t i = 0; i < n; i++) {
    if (!sure[i]) {
      int32_t sc[GD_SCORES(GD_UPOS_COUNT)] = {0};
      size_t nk = gd_tag_features(w, n, i, t1, t2, right, keys);
      score_word(t, cache, 1, &w[i], keys, nk, sc);
      w[i].upos = gd_argmax(sc, GD_UPOS_COUNT);
    }
    t2 = t1;
    t1 = w[i].upos;
  }
}

void gd_tag(const gd_ptable *first, const gd_ptable *second, const gd_pslots *dict, gd_sword *w, size_t n,
            int *scratch, gd_tagcache *cache) {
  int *right = scratch, *sure = scratch + n;
  first_pass(first, dict, cache, w, n, sure);
  for (size_t i = 0; i < n; i++) right[i] = w[i].upos;
  second_pass(second, cache, w, n, right, sure);
}
