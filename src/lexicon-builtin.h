/* geordf: the bundled lexicon files, parsed at build time (a start-up cache).
 * SPDX-License-Identifier: MIT
 *
 * src/lexicon-gen parses ontology/lexicon/ *.ttl with raptor when geordf is
 * built and writes src/lexicon-data.h: each file's exact bytes and the
 * statements raptor read from it.  geordf_lexicon_load_file() uses them only
 * when the file it is asked to load has the same bytes and the raptor library
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
  const char *text;        /* the file's bytes */
  size_t text_len;
  const char *pool;        /* NUL-terminated strings the statements use */
  const uint32_t *st;      /* statements: subject, predicate, object offsets
                              into POOL, then flags; sorted by subject
                              (stable), as the loader wants them */
  size_t n_st;
} gd_builtin_file;

/* src/lexicon-data.h, which only lexicon.c includes, defines
 *   static const gd_builtin_file gd_lexicon_builtin[];  (ends with a NULL name)
 *   static const char gd_lexicon_builtin_raptor[];  (raptor_version_string of
 *                                                    the raptor that parsed)
 *   static const size_t gd_lexicon_builtin_norder;
 *   static const uint32_t gd_lexicon_builtin_order[];
 * The last two are the statements of all the files, loaded one after the
 * other in the order of the array (by name, as a folder is loaded) into an
 * empty lexicon, in the order sorting them by subject (stable) gives: index
 * I of the concatenation is statement I - N of the file whose statements
 * start at N.  NORDER is 0 when a file was left out. */

#endif
