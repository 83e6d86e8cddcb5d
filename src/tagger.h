/* geordf: the part-of-speech tagger (UPOS), greedy left to right over
 * hashed features of the word, its affixes and shape, its neighbours and
 * the tags already chosen.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_TAGGER_H
#define GEORDF_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "percep.h"

/* One word of a sentence as the tagger and parser see it: its hashes are
 * computed once by gd_sword_prepare(). */
typedef struct {
  const char *form;
  size_t len;
  uint64_t lw;         /* lower-cased form */
  uint64_t cw;         /* form as written */
  uint64_t shape;      /* "Xxxx", "dd,ddd", ... */
  uint64_t suf[4];     /* last 1..4 bytes of the lower-cased form */
  uint64_t pre[3];     /* first 1..3 bytes */
  unsigned flags;      /* GD_SW_* */
  int upos;            /* tag (gold while training) */
  int head;            /* 0 = root, else 1-based word */
  int rel;             /* relation, an index into the model's labels */
} gd_sword;

enum { GD_SW_UPPER = 1, GD_SW_DIGIT = 2, GD_SW_HYPHEN = 4, GD_SW_ALLUPPER = 8 };

/* Fills W's hashes for FORM[0..LEN) (borrowed). */
void gd_sword_prepare(gd_sword *w, const char *form, size_t len);

/* Most features of a word: the tagger's and the parser's need fewer. */
#define GD_TAG_MAXF 40

/* The feature keys for tagging word I of W[0..N), given the tags T1 and T2
 * of the two words before it (GD_UPOS_COUNT before the sentence) and, for
 * the second pass, RIGHT: the first pass's tags of every word (NULL in the
 * first pass).  Returns the number of keys written to KEYS. */
size_t gd_tag_features(const gd_sword *w, size_t n, size_t i, int t1, int t2, const int *right, uint64_t *keys);

/* The tag dictionary: words frequent in training that nearly always had
 * one tag get it without scoring (Honnibal's trick; about a third of
 * running words in news are such words).  A word of at least
 * GD_TAGDICT_MIN occurrences is in it when one tag covers GD_TAGDICT_PCT
 * percent of them (Honnibal's 20 and 97% cost parsing accuracy on
 * held-out dev data). */
#define GD_TAGDICT_MIN 50
#define GD_TAGDICT_PCT 99

/* The dictionary's key for W: its form as written. */
static inline uint64_t gd_tagdict_key(const gd_sword *w) { return gd_fkey(0, w->cw, 0, 0); }

/* W's tag in the dictionary D (values checked when it was loaded), or -1. */
static inline int gd_tagdict_get(const gd_pslots *d, const gd_sword *w) {
  uint64_t key = gd_tagdict_key(w);
  const uint32_t *s = gd_pslots_probe(gd_pslots_home(d, 2, key), 2, gd_fingerprint(key));
  return s ? (int)s[1] : -1;
}

/* A word whose best tag leads the next by this much in the first pass
 * (weights are scaled to at most 32000) keeps it in the second, unscored:
 * the second pass then scores about a tenth of the words the first did,
 * and no score on held-out dev data moved by more than 0.02.  The parser
 * still learns from tags of full second passes. */
#define GD_TAG_SURE 10000

/* The features of the first GD_TAG_WORDF keys gd_tag_features() writes
 * (the bias, the word, its affixes and shape) depend on the word's bytes
 * alone, and a word type scored once is scored again many times.  A tag
 * cache keeps, per pass, the sums of those weights for recent word types,
 * keyed by their bytes (direct-mapped: a word evicts the one in its
 * slot), so that a word seen recently looks up only the features of its
 * context.  The weights are integers, so the sums, and the tags, are those
 * of a full lookup.  One cache per thread, bound to one model at a time. */
#define GD_TAG_WORDF 11
typedef struct gd_tagcache gd_tagcache;

/* A cache of NSLOT slots per pass (a power of two), or NULL when memory
 * ran out. */
gd_tagcache *gd_tagcache_new(size_t nslot);
void gd_tagcache_free(gd_tagcache *c);

/* Empties C unless its sums are those of the model numbered SERIAL
 * (gd_synmodel's), and binds it to that model. */
void gd_tagcache_bind(gd_tagcache *c, uint64_t serial);

/* Slots per pass of the caches geordf makes: 128 KB in all. */
#define GD_TAGCACHE_SLOTS 1024

/* Tags W[0..N), setting W[].upos: the dictionary DICT's tag where it has
 * one, else a first pass left to right with the weights FIRST, then a
 * second with the weights SECOND that also sees the first pass's tags of
 * the words to the right, for the words the first was not sure of.
 * SCRATCH holds 2 N ints.  CACHE (NULL for none) gives the same tags,
 * faster. */
void gd_tag(const gd_ptable *first, const gd_ptable *second, const gd_pslots *dict, gd_sword *w, size_t n,
            int *scratch, gd_tagcache *cache);

#endif
