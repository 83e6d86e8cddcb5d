/* geordf: CoNLL-U reading.  Only what training and measuring need: the
 * basic tree (ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL) of each sentence;
 * multiword token ranges ("3-4") and empty nodes ("8.1") are skipped, as
 * the basic tree does not use them.
 * SPDX-License-Identifier: MIT */
#include "conllu.h"
#include "ud.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(gd_treebank *tb, const char *name, unsigned long line, const char *fmt, ...) {
  va_list ap;
  int n = snprintf(tb->error, sizeof tb->error, "%s:%lu: ", name, line);
  va_start(ap, fmt);
  if (n > 0 && (size_t)n < sizeof tb->error) vsnprintf(tb->error + n, sizeof tb->error - (size_t)n, fmt, ap);
  va_end(ap);
  return -1;
}

static int grow(void **p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return 0;
  size_t c = *cap ? *cap : 1024;
  while (c < need) c *= 2;
  void *q = realloc(*p, c * size);
  if (!q) return -1;
  *p = q;
  *cap = c;
  return 0;
}

/* A decimal number of at most 6 digits in S, or -1. */
static long number(const char *s) {
  long v = 0;
  if (!*s) return -1;
  for (int i = 0; s[i]; i++) {
    if (s[i] < '0' || s[i] > '9' || i >= 6) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

static int close_sentence(gd_treebank *tb, const char *name) {
  gd_csent *s = &tb->sent[tb->nsent - 1];
  for (size_t i = 0; i < s->n; i++) {
    const gd_cword *w = &tb->word[s->w + i];
    if (w->head < 0 || (size_t)w->head > s->n)
      return fail(tb, name, w->line, "word %zu has head %d, outside the sentence of %zu words", i + 1, w->head,
                  s->n);
  }
  return 0;
}

int gd_treebank_parse(gd_treebank *tb, char *buf, size_t len, const char *name) {
  memset(tb, 0, sizeof *tb);
  tb->buf = buf;
  size_t capw = 0, caps = 0;
  unsigned long lineno = 0;
  const char *doc = "";
  int in_sent = 0;
  char *p = buf, *end = buf + len;
  while (p < end) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *le = nl ? nl : end;
    lineno++;
    if (le > p && le[-1] == '\r') le[-1] = '\0';
    *le = '\0';
    char *line = p;
    p = nl ? nl + 1 : end;
    if (!*line) {
      if (in_sent && close_sentence(tb, name)) return -1;
      in_sent = 0;
      continue;
    }
    if (*line == '#') {
      if (!strncmp(line, "# newdoc id = ", 14)) doc = line + 14;
      continue;
    }
    char *col[10];
    int nc = 0;
    for (char *c = line; nc < 10;) {
      col[nc++] = c;
      char *tab = strchr(c, '\t');
      if (!tab) break;
      *tab = '\0';
      c = tab + 1;
    }
    if (nc != 10) return fail(tb, name, lineno, "%d tab-separated columns, CoNLL-U has 10", nc);
    if (strchr(col[0], '-') || strchr(col[0], '.')) continue; /* range or empty node */
    long id = number(col[0]);
    if (id < 1) return fail(tb, name, lineno, "ID \"%s\" is not a word number", col[0]);
    if (!in_sent) {
      if (grow((void **)&tb->sent, &caps, tb->nsent + 1, sizeof *tb->sent)) return fail(tb, name, lineno, "out of memory");
      tb->sent[tb->nsent++] = (gd_csent){tb->nword, 0, lineno, doc};
      in_sent = 1;
    }
    gd_csent *s = &tb->sent[tb->nsent - 1];
    if ((size_t)id != s->n + 1) return fail(tb, name, lineno, "word %ld follows word %zu", id, s->n);
    int upos = gd_upos_parse(col[3], strlen(col[3]));
    if (upos < 0) return fail(tb, name, lineno, "UPOS \"%s\" is not a UD part of speech", col[3]);
    long head = number(col[6]);
    if (head < 0) return fail(tb, name, lineno, "HEAD \"%s\" is not a number", col[6]);
    if (!*col[7] || !strcmp(col[7], "_")) return fail(tb, name, lineno, "the word has no DEPREL");
    if (grow((void **)&tb->word, &capw, tb->nword + 1, sizeof *tb->word)) return fail(tb, name, lineno, "out of memory");
    tb->word[tb->nword++] = (gd_cword){col[1], col[2], col[4], col[7], upos, (int)head, lineno};
    s->n++;
  }
  if (in_sent && close_sentence(tb, name)) return -1;
  return 0;
}

int gd_treebank_read(gd_treebank *tb, const char *path) {
  memset(tb, 0, sizeof *tb);
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f) return fail(tb, path, 0, "cannot open: %s", strerror(errno));
  char *buf = NULL;
  size_t len = 0, cap = 0, got;
  do {
    if (grow((void **)&buf, &cap, len + 65537, 1)) {
      free(buf);
      if (f != stdin) fclose(f);
      return fail(tb, path, 0, "out of memory");
    }
    got = fread(buf + len, 1, cap - len - 1, f);
    len += got;
  } while (got > 0);
  int bad = ferror(f);
  if (f != stdin) fclose(f);
  if (bad) {
    free(buf);
    return fail(tb, path, 0, "read error");
  }
  buf[len] = '\0';
  return gd_treebank_parse(tb, buf, len, path);
}

void gd_treebank_free(gd_treebank *tb) {
  free(tb->buf);
  free(tb->word);
  free(tb->sent);
  memset(tb, 0, sizeof *tb);
}
