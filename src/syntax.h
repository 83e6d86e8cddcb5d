/* geordf: sentence analysis with the syntax model: tags, lemmas and a
 * dependency tree for a sentence of words, and the mapping from geordf's
 * tokens to the words of Universal Dependencies.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_SYNTAX_H
#define GEORDF_SYNTAX_H

#include <stddef.h>

#include "synmodel.h"
#include "tagger.h"
#include "token.h"

/* Tags and parses W[0..N) (prepared with gd_sword_prepare), with the tag
 * cache C (NULL for none; one per thread, cleared when M changes).
 * Returns 0, or -1 when memory ran out. */
int gd_syntax_run(const gd_synmodel *m, gd_tagcache *c, gd_sword *w, size_t n);

/* The two halves of gd_syntax_run(), for a caller that corrects tags in
 * between: sets W[].upos; sets W[].head and W[].rel from the tags. */
int gd_syntax_tag(const gd_synmodel *m, gd_tagcache *c, gd_sword *w, size_t n);
int gd_syntax_parse(const gd_synmodel *m, gd_sword *w, size_t n);

/* The lemma of FORM[0..LEN) tagged UPOS: the model's exception for the
 * lower-cased form, else the rules (lemma.h).  Written to OUT (CAP bytes,
 * NUL-terminated); returns its length. */
size_t gd_syntax_lemma(const gd_synmodel *m, const char *form, size_t len, int upos, char *out, size_t cap);

/* A word of UD English made from geordf tokens: usually one token, but a
 * contraction token ("don't", "I'm") gives two words ("do" "n't"), and a
 * name's initial and its full stop, two tokens, one word ("F."). */
typedef struct {
  size_t b, e;   /* byte span in the text */
  size_t tok;    /* the geordf token it comes from (the first) */
  const char *form; /* the word as the parser reads it (usually TEXT + b) */
  size_t len;
} gd_udword;

/* The UD words of tokens [TB, TE) of T over TEXT, into OUT (at least
 * 2 * (TE - TB) entries).  Returns how many.  This is the one place where
 * geordf's tokenization meets the treebank's. */
size_t gd_syntax_words(const gd_tokens *t, const char *text, size_t tb, size_t te, gd_udword *out);

#endif
