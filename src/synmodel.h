/* geordf: the syntax model file: labels, tagger, parser and labeller weights, the
 * lemma exceptions and the tag and label dictionaries learned from the
 * treebank, read in place (mmap).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_SYNMODEL_H
#define GEORDF_SYNMODEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "percep.h"

#define GD_MAX_LABELS 128
#define GD_MODEL_FILE "geordf-en.model"

/* The model to load when none is named: gd_model_path_set()'s; the build tree's
 * data/geordf-en.model when the code runs from its build tree; else
 * geordf-en.model in the data folder (next to lexicon/).  NULL when there
 * is none.  Static storage, not thread-safe (datadir.c). */
const char *gd_model_default_path(void);

typedef struct {
  const unsigned char *base;
  size_t len;
  int mapped;          /* base is an mmap of the file, else borrowed */
  gd_ptable tag, tag2, parse, label_tab; /* tagger (two passes), transitions, labeller */
  int nlabel, root;    /* relation labels; the index of "root" */
  const char *label[GD_MAX_LABELS];
  uint32_t nexc;       /* lemma exceptions, sorted by (form, tag) */
  const uint32_t *exc_off;
  const char *exc;     /* entries: tag byte, form NUL, lemma NUL */
  size_t exc_len;
  uint64_t exc_filter[64]; /* bits of the exceptions' (form, tag): most words have none */
  gd_pslots tagdict;   /* words with one tag, the tagger's GD_TAGDICT_* */
  const unsigned char *labdict; /* GD_LABDICT_SIZE bytes, the parser's */
  uint64_t serial;     /* numbers the models loaded in this process from 1 (a tag cache's key) */
  char error[512];     /* "FILE: what is wrong, what to do" */
} gd_synmodel;

/* Maps the model file PATH and checks its header and structure (which
 * refuse a truncated or foreign file), not its checksum: see
 * gd_synmodel_verify(); after gd_synmodel_set_verify(1) (the geordf tool:
 * GEORDF_VERIFY_MODEL set, not "0") it verifies that too.  Returns 0, or
 * -1 with M->error set; close with gd_synmodel_close() either way. */
int gd_synmodel_open(gd_synmodel *m, const char *path);

/* ON: gd_synmodel_open() also verifies the checksum.  Process-wide. */
void gd_synmodel_set_verify(int on);

/* Verifies the checksum of the model M holds (reads all of it).  Returns
 * 0, or -1 with M->error set (NAME is used in it). */
int gd_synmodel_verify(gd_synmodel *m, const char *name);

/* Checks the model bytes P[0..LEN) (borrowed; 4-byte aligned), structure
 * and checksum, and points M at them.  NAME is used in messages. */
int gd_synmodel_view(gd_synmodel *m, const unsigned char *p, size_t len, const char *name);

void gd_synmodel_close(gd_synmodel *m);

/* The checksum a model file ends with, of its N words before it at W (the
 * fuzz target recomputes it so mutations reach the checks behind it). */
uint64_t gd_synmodel_checksum(const uint32_t *w, size_t n);

/* The lemma the treebank gives the lower-cased FORM (LEN bytes) with tag
 * UPOS, where the rules would get it wrong; NULL when none. */
const char *gd_synmodel_lemma(const gd_synmodel *m, const char *form, size_t len, int upos);

/* The sections of a model to write. */
typedef struct {
  const char *const *label;
  int nlabel, root;
  const unsigned char *tag, *tag2, *parse, *labeller; /* frozen tables */
  size_t tag_len, tag2_len, parse_len, labeller_len;
  const unsigned char *lemmas;       /* a lemma section, built below */
  size_t lemmas_len;
  const unsigned char *tagdict;      /* from gd_pslots_build() */
  size_t tagdict_len;
  const unsigned char *labdict;      /* GD_LABDICT_SIZE bytes */
} gd_synmodel_parts;

/* Builds a lemma section from N entries (form, tag, lemma), which must be
 * sorted by form bytes, then tag.  Returns a buffer the caller frees. */
unsigned char *gd_synmodel_lemmas(const char *const *form, const int *upos, const char *const *lemma,
                                  size_t n, size_t *len);

/* Writes the model to F.  Returns 0, or -1 on a write error. */
int gd_synmodel_write(FILE *f, const gd_synmodel_parts *parts);

#endif
