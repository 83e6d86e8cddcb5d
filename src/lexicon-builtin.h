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

/* The base IRI both the generator and the loader give raptor. */
#define GD_LEXICON_BASE "https://w3id.org/geordf/lexicon-file/"

/* Flags of a statement. */
enum {
  GD_BUILTIN_S_BLANK = 1u << 0, /* subject is a blank node label */
  GD_BUILTIN_O_BLANK = 1u << 1, /* object is a blank node label */
  GD_BUILTIN_O_LIT = 1u << 2    /* object is a literal's text */
};

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

/* Two 64-bit hashes of N bytes at P, over 8-byte words with two different
 * multipliers: a file that differs from the bundled one by accident (an
 * edit) never matches.  The generator and the loader share it. */
static inline void gd_builtin_digest(const char *p, size_t n, uint64_t out[2]) {
  uint64_t a = 0x9e3779b97f4a7c15ULL ^ n, b = 0xc2b2ae3d27d4eb4fULL + n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w = 0;
    for (int k = 7; k >= 0; k--) w = w << 8 | (unsigned char)p[i + (size_t)k];
    a = (a ^ w) * 0x100000001b3ULL;
    a ^= a >> 29;
    b = (b + w) * 0xff51afd7ed558ccdULL;
    b ^= b >> 31;
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
 *   static const size_t gd_lexicon_builtin_norder;
 *   static const uint32_t gd_lexicon_builtin_order[];
 * The last two are the statements of all the files, loaded one after the
 * other in the order of the array (by name, as a folder is loaded) into an
 * empty lexicon, in the order sorting them by subject (stable) gives: each
 * is F << 24 | I, statement I of file F (gd_lexicon_builtin[F].st).  The
 * loader fills its statement array in this order straight from the files'
 * arrays, each of which it so reads front to back.  NORDER is 0 when a file
 * was left out. */

#endif
