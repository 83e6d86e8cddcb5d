/* geordf: a lexicon name folded into its phrase key, as text is tokenized
 * and folded.  The lexicon folds the names of a user's file at start-up;
 * src/lexicon-gen folds the bundled names when geordf is built.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_LEXICON_FOLD_H
#define GEORDF_LEXICON_FOLD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct gd_tokens;

/* The name last folded, and buffers reused from one name to the next
 * (zero-initialized before the first). */
typedef struct {
  char *key;                 /* folded tokens joined by single spaces */
  size_t *ends;              /* where each token ends in KEY */
  size_t cap;                /* room in KEY and ENDS */
  struct gd_tokens *scratch; /* the tokens of a name that is not plain ASCII */
} gd_name_fold;

/* Folds NAME[0..NL) into F; *CAPS gets which of its words text must write
 * with a capital (gd_sense's caps_only).  Returns the token count, or -1
 * when out of memory. */
long gd_fold_name(gd_name_fold *f, const char *name, size_t nl, unsigned *caps);

/* Room for N bytes of key and N token ends; -1 if out of memory. */
int gd_name_fold_reserve(gd_name_fold *f, size_t n);

void gd_name_fold_free(gd_name_fold *f);

/* The hash of the key S[0..N) in the lexicon's tables (phrases, IRIs,
 * blank nodes), lexicon-gen's too.  Reads eight bytes at a time: start-up
 * hashes some 30,000 keys, IRIs of 40 bytes and more among them (besides
 * the bundled names' keys, hashed at build time).  The last one to seven
 * bytes, all of most
 * words of a text, take at most two loads (which overlap) rather than a
 * copy of variable length; with the length mixed in first, they still
 * give each string of a length its own value.  The final mixing spreads
 * every byte into the low bits, which pick the slot. */
static inline uint64_t gd_key_hash(const char *s, size_t n) {
  const uint64_t k = 0x9E3779B97F4A7C15ULL;
  uint64_t h = 1469598103934665603ULL ^ n;
  for (; n >= 8; s += 8, n -= 8) {
    uint64_t w;
    memcpy(&w, s, 8);
    h = (h ^ w) * k;
    h ^= h >> 32;
  }
  uint64_t w = 0;
  if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    w = (uint64_t)a | (uint64_t)b << 32;
  } else if (n) {
    const unsigned char *u = (const unsigned char *)s;
    w = (uint64_t)u[0] | (uint64_t)u[n >> 1] << 8 | (uint64_t)u[n - 1] << 16;
  }
  h = (h ^ w) * k;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 32);
}


#endif
