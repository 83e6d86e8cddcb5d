/* geordf: a persistent Redland triple store with one named graph per document.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_STORE_H
#define GEORDF_STORE_H

#include "geordf/geordf.h"
#include <stdio.h>

/* The graph that holds the ontology itself. */
#define GD_ONTOLOGY_GRAPH "https://w3id.org/geordf/ns"

/* A store: the SQLite file of librdf's "sqlite" storage, or an in-memory
 * store (path NULL) used to gather graphs before pushing them. */
typedef struct gd_store gd_store;

/* Opens (creating it when missing and CREATE is set) the store at PATH, or
 * an in-memory store when PATH is NULL.  On failure *OUT is NULL and ERR
 * (when not NULL) receives a message of ERRLEN bytes at most. */
geordf_status gd_store_open(gd_store **out, const char *path, int create,
                            char *err, size_t errlen);

/* geordf's own SQLite connection to the store (NULL for a memory store),
 * owned by the store; for tests and the query engine. */
struct sqlite3;
struct sqlite3 *gd_store_sqlite(gd_store *s);

/* Whether the store file was created by this open. */
int gd_store_is_new(const gd_store *s);

/* A batch: everything between begin and commit is one transaction, undone
 * by rollback (or by a crash).  Graphs replaced in the batch are tracked so
 * that one graph read in several pieces is cleared only once. */
geordf_status gd_store_begin(gd_store *s);
geordf_status gd_store_commit(gd_store *s);
void gd_store_rollback(gd_store *s);

/* Replaces the graph GRAPH (an absolute IRI) by the statements of DATA, in
 * the RDF syntax SYNTAX ("ntriples", "turtle", "nquads": for N-Quads the
 * quads' own graphs win and GRAPH is the default).  *NTRIPLES (may be
 * NULL) gets the number of statements added. */
geordf_status gd_store_put(gd_store *s, const char *graph, const char *syntax,
                           const char *data, size_t len, size_t *ntriples);

/* A sink writer (rdf.h) whose statements go straight into the store: each
 * document replaces the graph named by its IRI (under BASE, NULL: the
 * default), the entity descriptions go into the shared entity graph, as
 * gd_store_put() would put the N-Quads an N-Quads writer writes.  A
 * statement the store refuses fails the document (gd_store_error says
 * why).  Free with geordf_writer_free(), before the store. */
geordf_status gd_store_writer(gd_store *s, const char *base, geordf_writer **out);

/* The statements store writers added since the last call. */
size_t gd_store_writer_count(gd_store *s);

/* The syntax of an RDF file from its name (.ttl, .nt, .nq, .trig, .rdf,
 * .owl, .xml), as raptor names it, or NULL. */
const char *gd_rdf_file_syntax(const char *path);

/* Reads an RDF file (syntax from its name, gd_rdf_file_syntax) into the
 * store, replacing the graph it goes to.  Triples (and the default-graph
 * statements of N-Quads and TriG) go into GRAPH: an IRI, "" for the store's
 * unnamed default graph, or NULL for the graph named after the file URI;
 * quads keep their own graph.  Blank nodes are the file's own: shared
 * between its graphs, apart from other files'. */
geordf_status gd_store_put_file(gd_store *s, const char *path, const char *graph,
                                size_t *ntriples);

/* Whether a graph holds any statement. */
int gd_store_has_graph(gd_store *s, const char *graph);

/* The number of statements (all graphs), or -1. */
long gd_store_size(gd_store *s);

/* The graph names, NULL-terminated (caller frees with gd_strv_free). */
char **gd_store_graphs(gd_store *s);
void gd_strv_free(char **v);

/* The statements of GRAPH as N-Triples in a malloc'ed buffer. */
geordf_status gd_store_graph_ntriples(gd_store *s, const char *graph,
                                      char **out, size_t *len);

/* Result formats: a table for people; for SELECT and ASK the W3C's SPARQL
 * 1.1 Query Results CSV, TSV, JSON and XML formats; for CONSTRUCT and
 * DESCRIBE N-Triples (also what the table shows a graph as) or Turtle. */
typedef enum {
  GD_QF_TABLE = 0, GD_QF_CSV, GD_QF_TSV, GD_QF_JSON, GD_QF_XML,
  GD_QF_NTRIPLES, GD_QF_TURTLE
} gd_query_format;

/* Parses "table", "csv", "tsv", "json", "xml", "ntriples", "turtle"; -1
 * otherwise. */
int gd_query_format_parse(const char *name);

/* What queries take as the default graph (when they name no FROM): the set
 * union of every graph of the store (UNION_DEFAULT 1, the default), or only
 * its unnamed graph (0, as the W3C test suites expect). */
void gd_store_set_default_graph(gd_store *s, int union_default);

/* The base IRI relative IRIs of queries resolve against (copied; NULL:
 * none, a relative IRI is then an error). */
geordf_status gd_store_set_query_base(gd_store *s, const char *base);

/* Runs a SPARQL query and writes its results to OUT (CONSTRUCT and
 * DESCRIBE as N-Triples).  A syntax error gives GEORDF_ERR_SYNTAX with its
 * line and column in gd_store_error; a query the engine does not answer
 * GEORDF_ERR_UNSUPPORTED with "not supported: FEATURE". */
geordf_status gd_store_query(gd_store *s, const char *sparql,
                             gd_query_format fmt, FILE *out);

/* The last error message ("" when none). */
const char *gd_store_error(const gd_store *s);

void gd_store_free(gd_store *s);

#endif
