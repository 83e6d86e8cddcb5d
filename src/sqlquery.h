/* geordf: query result tables, and the indexes and statistics that the
 * SQL of compiled SPARQL queries (sparql-sql.c) relies on.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_SQLQUERY_H
#define GEORDF_SQLQUERY_H

#include <redland.h>
#include <sqlite3.h>
#include <stddef.h>

/* A result table: NCOLS named columns, NROWS rows of nodes (row-major,
 * NULL for an unbound cell), or a boolean (ASK).  Cells and names are
 * owned by the table; gd_rows_clear frees them. */
typedef struct {
  int ncols;
  char **names;
  size_t nrows, cap;
  librdf_node **cells;
  int is_boolean, boolean;
  int is_graph; /* CONSTRUCT / DESCRIBE: rows are (subject, predicate, object) */
} gd_rows;

void gd_rows_clear(gd_rows *r);

/* Sets the column names (copied); 0 on success, -1 when out of memory. */
int gd_rows_set_names(gd_rows *r, int ncols, const char *const *names);

/* Appends a row of NCOLS nodes, taking ownership of them (also on
 * failure); 0 on success, -1 when out of memory. */
int gd_rows_add(gd_rows *r, librdf_node **row);

typedef enum {
  GD_SQLQ_OK = 0,          /* OUT holds the answer */
  GD_SQLQ_UNSUPPORTED,     /* a feature not implemented: nothing done, WHY
                              says "not supported: FEATURE" */
  GD_SQLQ_ERROR            /* SQLite failed: WHY says how */
} gd_sqlq_status;

/* Ensures the indexes the compiled queries rely on exist in DB (expression
 * indexes on the triples table), and statistics; 0 on success, -1 with WHY
 * filled. */
int gd_sqlq_add_indexes(sqlite3 *db, char *why, size_t whylen);

/* Refreshes the statistics SQLite's planner uses (sampled ANALYZE); after a
 * load.  0 on success, -1 with WHY filled. */
int gd_sqlq_analyze(sqlite3 *db, char *why, size_t whylen);

#endif
