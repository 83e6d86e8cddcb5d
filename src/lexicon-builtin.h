/* geordf: the bundled lexicon files, parsed at build time (a start-up cache).
 * SPDX-License-Identifier: MIT
 *
 * src/lexicon-gen parses ontology/lexicon/ *.ttl with raptor when geordf is
 * built and writes src/lexicon-data.h: a digest of each file's exact bytes and
 * the statements raptor read from it.  geordf_lexicon_load_file() uses them
 * only when the file it is asked to load has the same digest and length and
 * the raptor library
 * it runs with has the same version; anything else (an edited file, a user's
 * --lexicon file) is parsed as Turtle.  The Turtle files stay the source. */
#ifndef GEORDF_LEXICON_BUILTIN_H
#define GEORDF_LEXICON_BUILTIN_H

#include <stddef.h>
#include <stdint.h>

/* In gd_lexicon_builtin_order (below): the first statement of its subject. */
#define GD_BUILTIN_FIRST (1u << 23)

/* The base IRI both the generator and the loader give raptor. */
#define GD_LEXICON_BASE "https://w3id.org/geordf/lexicon-file/"

/* Flags of a statement. */
enum {
  GD_BUILTIN_S_BLANK = 1u << 0, /* subject is a blank node label */
  GD_BUILTIN_O_BLANK = 1u << 1, /* object is a blank node label */
  GD_BUILTIN_O_LIT = 1u << 2,   /* object is a literal's text */
  GD_BUILTIN_O_FOLD = 1u << 3   /* ... a name, folded at build time */
};

/* The fold of a name (a literal of rdfs:label, skos:altLabel,
 * skos:prefLabel, lex:demonym, lex:metonym, lex:surname or lex:form) is
 * laid out in the pool just before the name's string: the folded key's
 * bytes, each token's end in the key (2 bytes), gd_key_hash() of the key up
 * to each token's end (8 bytes each), then 8 bytes: the key's length (2),
 * the token count (2) and gd_fold_name()'s caps (4), every number
 * little-endian.  The loader uses it for names whose statements
 * have GD_BUILTIN_O_FOLD, when the utf8proc it runs with is the one that
 * folded them (gd_lexicon_builtin_utf8proc). */

typedef struct {
  const char *name;        /* file name, for messages */
  uint64_t digest[2];      /* gd_builtin_digest() of the file's bytes */
  size_t text_len;         /* how many bytes */
  const char *pool;        /* NUL-terminated strings the statements use */
  size_t pool_len;         /* its bytes (the last NUL included) */
  const uint32_t *st;      /* statements: subject, predicate, object offsets
                              into POOL, then flags; sorted by subject
                              (stable), as the loader wants them */
  size_t n_st;
} gd_builtin_file;

#include <string.h>

/* The little-endian 64-bit word at P. */
static inline uint64_t gd_builtin_word(const char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
#if defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}

/* The little-endian 16- and 32-bit numbers at P. */
static inline uint32_t gd_builtin_u16(const char *p) {
  const unsigned char *u = (const unsigned char *)p;
  return (uint32_t)u[0] | (uint32_t)u[1] << 8;
}
static inline uint32_t gd_builtin_u32(const char *p) {
  return gd_builtin_u16(p) | gd_builtin_u16(p + 2) << 16;
}

/* One step of the first and of the second hash. */
#define GD_DIGEST_A(a, w) ((a) = ((a) ^ (w)) * 0x100000001b3ULL, (a) ^= (a) >> 29)
#define GD_DIGEST_B(b, w) ((b) = ((b) + (w)) * 0xff51afd7ed558ccdULL, (b) ^= (b) >> 31)

/* Two 64-bit hashes of N bytes at P, over 8-byte words with two different
 * multipliers: a file that differs from the bundled one by accident (an
 * edit) never matches.  Four lanes take the words of each 32 bytes in
 * turn, independent chains of multiplications (five times faster than
 * one over the bundled files' 4 MB, checked at every start), then are
 * folded together in order.  The generator and the loader share it. */
static inline void gd_builtin_digest(const char *p, size_t n, uint64_t out[2]) {
  uint64_t a0 = 0x9e3779b97f4a7c15ULL ^ n, a1 = a0 + 1, a2 = a0 + 2, a3 = a0 + 3;
  uint64_t b0 = 0xc2b2ae3d27d4eb4fULL + n, b1 = b0 ^ 1, b2 = b0 ^ 2, b3 = b0 ^ 3;
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    uint64_t w0 = gd_builtin_word(p + i), w1 = gd_builtin_word(p + i + 8);
    uint64_t w2 = gd_builtin_word(p + i + 16), w3 = gd_builtin_word(p + i + 24);
    GD_DIGEST_A(a0, w0);
    GD_DIGEST_A(a1, w1);
    GD_DIGEST_A(a2, w2);
    GD_DIGEST_A(a3, w3);
    GD_DIGEST_B(b0, w0);
    GD_DIGEST_B(b1, w1);
    GD_DIGEST_B(b2, w2);
    GD_DIGEST_B(b3, w3);
  }
  uint64_t a = a0, b = b0;
  GD_DIGEST_A(a, a1);
  GD_DIGEST_A(a, a2);
  GD_DIGEST_A(a, a3);
  GD_DIGEST_B(b, b1);
  GD_DIGEST_B(b, b2);
  GD_DIGEST_B(b, b3);
  for (; i + 8 <= n; i += 8) {
    uint64_t w = gd_builtin_word(p + i);
    GD_DIGEST_A(a, w);
    GD_DIGEST_B(b, w);
  }
  for (; i < n; i++) {
    a = (a ^ (unsigned char)p[i]) * 0x100000001b3ULL;
    b = (b + (unsigned char)p[i]) * 0xc4ceb9fe1a85ec53ULL;
  }
  a ^= a >> 33;
  a *= 0xff51afd7ed558ccdULL;
  a ^= a >> 33;
  b ^= b >> 29;
  b *= 0x94d049bb133111ebULL;
  b ^= b >> 32;
  out[0] = a;
  out[1] = b;
}

/* src/lexicon-data.h, which only lexicon.c includes, defines
 *   static const gd_builtin_file gd_lexicon_builtin[];  (ends with a NULL name)
 *   static const char gd_lexicon_builtin_raptor[];  (raptor_version_string of
 *                                                    the raptor that parsed)
 *   static const char gd_lexicon_builtin_utf8proc[];  (utf8proc_version() of
 *                                                      the utf8proc that folded)
 *   static const size_t gd_lexicon_builtin_norder;
 *   static const uint32_t gd_lexicon_builtin_order[];
 * The last two are the statements of all the files, loaded one after the
 * other in the order of the array (by name, as a folder is loaded) into an
 * empty lexicon, in the order sorting them by subject (stable) gives: each
 * is F << 24 | I, statement I of file F (gd_lexicon_builtin[F].st), with
 * GD_BUILTIN_FIRST set when its subject is not the one before's.  The
 * loader fills its statement array in this order straight from the files'
 * arrays, each of which it so reads front to back.  NORDER is 0 when a file
 * was left out. */

#endif
