/* SPDX-License-Identifier: MIT
 * geordf: result tables of queries, and the indexes and statistics the
 * compiled queries (sparql-sql.c) rely on.
 *
 * Terms: Redland keeps URIs, blank nodes and literals in three tables and a
 * triple refers to them through kind-specific columns.  A query handles a
 * term as one integer, id * 4 + kind (1 URI, 2 blank, 3 literal), computed
 * from those columns by the expressions below, which expression indexes
 * cover. */
#include "config.h"
#include "sqlquery.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The term of a triple's subject and object (P: "" or an alias and a dot).
 * Queries must spell them exactly so for SQLite to use the indexes
 * (sparql-sql.c has the same spelling). */
#define S_EXPR(p) "coalesce(" p "subjectUri*4+1, " p "subjectBlank*4+2)"
#define O_EXPR(p) "coalesce(" p "objectUri*4+1, " p "objectBlank*4+2, " p "objectLiteral*4+3)"

/* ---- result tables ---------------------------------------------------------- */

void gd_rows_clear(gd_rows *r) {
  for (size_t i = 0; i < r->nrows * (size_t)r->ncols; i++)
    if (r->cells[i]) librdf_free_node(r->cells[i]);
  for (int c = 0; r->names && c < r->ncols; c++) free(r->names[c]);
  free(r->names);
  free(r->cells);
  memset(r, 0, sizeof *r);
}

int gd_rows_set_names(gd_rows *r, int ncols, const char *const *names) {
  r->names = calloc((size_t)ncols + 1, sizeof *r->names);
  if (!r->names) return -1;
  r->ncols = ncols;
  for (int c = 0; c < ncols; c++)
    if (!(r->names[c] = strdup(names[c] ? names[c] : ""))) return -1;
  return 0;
}

int gd_rows_add(gd_rows *r, librdf_node **row) {
  size_t nc = (size_t)r->ncols;
  if ((r->nrows + 1) * nc > r->cap) {
    size_t cap = r->cap ? r->cap * 2 : nc * 64 + 1;
    librdf_node **p = realloc(r->cells, cap * sizeof *p);
    if (!p) {
      for (size_t c = 0; c < nc; c++)
        if (row[c]) librdf_free_node(row[c]);
      return -1;
    }
    r->cells = p;
    r->cap = cap;
  }
  if (nc) /* a row of no columns (SELECT * WHERE { }) has no cells */
    memcpy(r->cells + r->nrows * nc, row, nc * sizeof *row);
  r->nrows++;
  return 0;
}

/* ---- indexes and statistics ------------------------------------------------ */

int gd_sqlq_add_indexes(sqlite3 *db, char *why, size_t whylen) {
  static const char sql[] =
      "CREATE INDEX IF NOT EXISTS geordf_spo ON triples "
      "(" S_EXPR("") ", predicateUri, " O_EXPR("") ");"
      "CREATE INDEX IF NOT EXISTS geordf_pos ON triples "
      "(predicateUri, " O_EXPR("") ", " S_EXPR("") ");"
      "DROP INDEX IF EXISTS geordf_po;";
  char *msg = NULL;
  int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
  if (rc != SQLITE_OK) snprintf(why, whylen, "%s", msg ? msg : sqlite3_errmsg(db));
  sqlite3_free(msg);
  if (rc == SQLITE_OK) {
    /* a store that never had statistics (made by an older version) */
    sqlite3_stmt *st = NULL;
    int have = 0;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'", -1,
                           &st, NULL) == SQLITE_OK)
      have = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    if (!have) rc = gd_sqlq_analyze(db, why, whylen) ? SQLITE_ERROR : SQLITE_OK;
  }
  return rc == SQLITE_OK ? 0 : -1;
}

int gd_sqlq_analyze(sqlite3 *db, char *why, size_t whylen) {
  /* Without statistics SQLite guesses that a lookup on an indexed
   * predicate gives a handful of rows, and then joins an OPTIONAL by
   * scanning its materialized rows once per row on the left: quadratic.
   * A sampled ANALYZE (0.3 s on a million statements) fixes the guesses. */
  char *msg = NULL;
  int rc = sqlite3_exec(db, "PRAGMA analysis_limit = 400; ANALYZE;", NULL, NULL, &msg);
  if (rc != SQLITE_OK) snprintf(why, whylen, "%s", msg ? msg : sqlite3_errmsg(db));
  sqlite3_free(msg);
  return rc == SQLITE_OK ? 0 : -1;
}
