/* geordf: a CoNLL-U treebank read into memory (training and measuring).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_CONLLU_H
#define GEORDF_CONLLU_H

#include <stddef.h>

typedef struct {
  const char *form, *lemma, *xpos, *deprel; /* NUL-terminated, in the buffer */
  int upos;                                 /* gd_upos */
  int head;                                 /* 0 = root, else 1-based word */
  unsigned long line;                       /* where it is in the file */
} gd_cword;

typedef struct {
  size_t w;            /* first word in the treebank's word array */
  size_t n;            /* words (multiword ranges and empty nodes skipped) */
  unsigned long line;  /* line of the first word */
  const char *doc;     /* the value of the last "# newdoc id =", or "" */
} gd_csent;

typedef struct {
  char *buf;           /* the file's bytes, cut into strings */
  gd_cword *word;
  size_t nword;
  gd_csent *sent;
  size_t nsent;
  char error[512];     /* "FILE:LINE: what" after a failure */
} gd_treebank;

/* Reads the CoNLL-U file PATH ("-" for standard input) into TB.  Returns 0,
 * or -1 with TB->error set (the file and line, and what is wrong).  Free
 * with gd_treebank_free() either way. */
int gd_treebank_read(gd_treebank *tb, const char *path);

/* Parses the CoNLL-U text BUF[0..LEN) (taken over: freed with TB). NAME
 * is used in messages. */
int gd_treebank_parse(gd_treebank *tb, char *buf, size_t len, const char *name);

void gd_treebank_free(gd_treebank *tb);

#endif
