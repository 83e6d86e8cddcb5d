/* geordf: what the unit tests share (testutil.h).
 * SPDX-License-Identifier: MIT */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

const char *tu_srcpath(const char *name) {
  static char path[4096];
  const char *top = getenv("top_srcdir");
  ck_assert_msg(top && *top, "top_srcdir is not set (run through make check)");
  snprintf(path, sizeof path, "%s/%s", top, name);
  return path;
}

FILE *tu_table_open(const char *name) {
  const char *path = tu_srcpath(name);
  FILE *f = fopen(path, "r");
  ck_assert_msg(f != NULL, "cannot open %s", path);
  return f;
}

int tu_table_row(FILE *f, char *line, size_t size, char **field, int n) {
  while (fgets(line, (int)size, f)) {
    if (line[0] == '#' || line[0] == '\n') continue;
    line[strcspn(line, "\r\n")] = '\0';
    for (int i = 0; i < n; i++) {
      field[i] = strtok(i ? NULL : line, "\t");
      ck_assert_msg(field[i] != NULL, "bad table line: %d fields, want %d", i, n);
    }
    return 1;
  }
  fclose(f);
  return 0;
}

const geordf_entity *tu_lookup(const geordf_lexicon *lx, const char *local) {
  char iri[256];
  snprintf(iri, sizeof iri, "%s%s", GEORDF_ID_NS, local);
  return gd_lexicon_entity(lx, iri);
}

const geordf_entity *tu_entity(const geordf_lexicon *lx, const char *local) {
  const geordf_entity *e = tu_lookup(lx, local);
  ck_assert_msg(e != NULL, "%s%s is missing", GEORDF_ID_NS, local);
  return e;
}

int tu_is(const geordf_entity *e, const char *local) {
  size_t n = strlen(GEORDF_ID_NS);
  return e && !strncmp(e->iri, GEORDF_ID_NS, n) && !strcmp(e->iri + n, local);
}

static gd_deps tree(const char *const *form, const int *head, const unsigned char *rel, const unsigned char *upos,
                    int n, char *text, size_t cap, gd_dword *w, int headline) {
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    size_t len = strlen(form[i]);
    ck_assert_msg(at + len + 2 <= cap, "the words do not fit in %zu bytes", cap);
    memcpy(text + at, form[i], len);
    w[i] = (gd_dword){.head = head[i], .rel = rel[i], .upos = upos[i], .tok = (size_t)i, .b = at, .e = at + len};
    at += len;
    text[at++] = ' ';
  }
  text[at] = '\0';
  gd_deps d = {.text = text, .w = w, .n = (size_t)n, .headline = headline};
  gd_deps_repair(&d);
  return d;
}

gd_deps tu_tree(const char *const *form, const int *head, const unsigned char *rel, const unsigned char *upos,
                int n, char *text, size_t cap, gd_dword *w) {
  return tree(form, head, rel, upos, n, text, cap, w, 0);
}

gd_deps tu_headline(const char *const *form, const int *head, const unsigned char *rel,
                    const unsigned char *upos, int n, char *text, size_t cap, gd_dword *w) {
  return tree(form, head, rel, upos, n, text, cap, w, 1);
}

int tu_word(const gd_deps *d, const char *form) {
  for (size_t i = 0; i < d->n; i++)
    if (gd_deps_is(d, (int)i, form)) return (int)i;
  return -1;
}

/* The analysis the tree hook gives: arcs, or a whole tree. */
static const tu_arc *arcs;
static const int *whole_head;
static const unsigned char *whole_rel;
static size_t narcs, applied, changed;

static void reanalyse(gd_deps *d) {
  if (whole_head) {
    ck_assert_uint_eq(d->n, narcs);
    for (size_t i = 0; i < d->n; i++) {
      d->w[i].head = whole_head[i];
      d->w[i].rel = whole_rel[i];
    }
  }
  for (size_t i = 0; arcs && i < narcs && arcs[i].word; i++) {
    int w = tu_word(d, arcs[i].word), h = arcs[i].head ? tu_word(d, arcs[i].head) : -1;
    if (w < 0 || (arcs[i].head && h < 0)) continue;
    applied++;
    if (d->w[w].head == h && d->w[w].rel == arcs[i].rel) continue;
    changed++;
    d->w[w].head = h;
    d->w[w].rel = (unsigned char)arcs[i].rel;
  }
  gd_deps_repair(d); /* (links the children anew, as after a parse) */
}

void tu_analysis(const tu_arc *arc, size_t n) {
  arcs = arc, narcs = n, whole_head = NULL, whole_rel = NULL, applied = changed = 0;
  gd_extract_set_tree_hook(arc ? reanalyse : NULL);
}

void tu_whole_analysis(const int *head, const unsigned char *rel, size_t n) {
  arcs = NULL, narcs = n, whole_head = head, whole_rel = rel, applied = changed = 0;
  gd_extract_set_tree_hook(reanalyse);
}

size_t tu_analysis_end(size_t *n_changed) {
  gd_extract_set_tree_hook(NULL);
  if (n_changed) *n_changed = changed;
  return applied;
}
