/* geordf: what the unit tests share (testutil.h).
 * SPDX-License-Identifier: MIT */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

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
