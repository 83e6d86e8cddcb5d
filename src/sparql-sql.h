/* geordf: the store's SPARQL engine: a parsed query (sparql.h) compiled to
 * SQL over Redland's sqlite schema and run by SQLite, with SPARQL's value
 * semantics in SQL functions (sparql-value.h).  A query it cannot answer
 * exactly fails with a message naming the feature; it never guesses.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_SPARQL_SQL_H
#define GEORDF_SPARQL_SQL_H

#include "sparql.h"
#include "sqlquery.h" /* gd_rows, gd_sqlq_status */

typedef struct {
  /* 1: with no FROM, the default graph is the RDF merge (set union) of
   * every graph of the store, the unnamed one included (geordf's stores);
   * 0: it is the store's unnamed graph only (the W3C test suites). */
  int union_default;
} gd_sparql_opts;

/* Answers Q on DB.  SELECT gives named columns, ASK a boolean, CONSTRUCT
 * and DESCRIBE rows of three columns (subject, predicate, object) with
 * OUT->is_graph set.  Nodes are made in WORLD.  OUT must be zeroed; on
 * GD_SQLQ_OK the caller frees it with gd_rows_clear.  GD_SQLQ_UNSUPPORTED:
 * a feature the engine does not implement, named in WHY; GD_SQLQ_ERROR:
 * SQLite failed, WHY says how. */
gd_sqlq_status gd_sparql_run(librdf_world *world, sqlite3 *db, const sp_query *q,
                             const gd_sparql_opts *opts, gd_rows *out, char *why,
                             size_t whylen);

#endif
