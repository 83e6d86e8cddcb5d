/* geordf: a lexicon name folded into its phrase key, as text is tokenized
 * and folded.  The lexicon folds the names of a user's file at start-up;
 * src/lexicon-gen folds the bundled names when geordf is built.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_LEXICON_FOLD_H
#define GEORDF_LEXICON_FOLD_H

#include <stddef.h>

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

#endif
