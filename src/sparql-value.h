/* geordf: SPARQL's values and operators, as SQL functions over term codes.
 *
 * The compiled SQL (sparql-sql.c) carries every binding as one integer, a
 * term code:
 *   - a term stored in the store: id * 4 + kind, kind 1 for a row of table
 *     uris, 2 for blanks, 3 for literals (Redland's sqlite schema; the same
 *     codes the triples table's expression indexes give);
 *   - a term made while answering (a BIND, a function's result, a constant
 *     of the query the store lacks): a negative code, interned in the
 *     context, so that one term always has one code.  Before making a new
 *     code the context looks the term up in the store and returns the
 *     stored code when there is one: equal codes <=> the same RDF term,
 *     which is what joins, DISTINCT and GROUP BY compare.  Terms are RDF
 *     1.1's: "a"^^xsd:string is the simple literal "a" (either stored form
 *     is found; a store holding both has two codes for it), language tags
 *     match in any case.
 *   - SQL NULL: unbound, or an error (SPARQL does not tell them apart once
 *     a value is needed: BOUND only applies to variables).
 *
 * Everything SPARQL says about values lives here and nowhere else: the
 * effective boolean value, the XSD comparison and promotion rules
 * (numbers, strings, booleans, dateTimes, language tags), three-valued
 * logic with errors, casts, the function library, aggregates and the
 * ORDER BY ordering of terms.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_SPARQL_VALUE_H
#define GEORDF_SPARQL_VALUE_H

#include "sparql.h"

#include <sqlite3.h>
#include <stdint.h>

typedef struct sp_values sp_values;

/* A context over the store DB for answering one query (it caches decoded
 * terms; the store must not change while it lives).  NULL when out of
 * memory. */
sp_values *sp_values_new(sqlite3 *db);
void sp_values_free(sp_values *v);

/* Registers on DB, with V as their user data, the SQL functions below and
 * the collation "sparql".  0, or -1 with WHY filled. */
int sp_values_register(sp_values *v, sqlite3 *db, char *why, size_t whylen);

/* The code of term T (stored code when the store has it, else a new
 * negative one); 0 when out of memory or T is malformed. */
int64_t sp_values_code(sp_values *v, const sp_term *t);

/* The term of CODE (pointers valid while V lives); 0, or -1 for a code
 * that is neither stored nor made by V. */
int sp_values_term(sp_values *v, int64_t code, sp_term *out);

/* A fresh blank node (for BNODE() and CONSTRUCT templates), never equal to
 * a stored one. */
int64_t sp_values_fresh_blank(sp_values *v);

/* The SQL functions (X, A, B ... are term codes or NULL; "code" results are
 * term codes, NULL for an error):
 *
 *   sp_ebv(X)                 1, 0, or NULL: X's effective boolean value
 *   sp_boolean(N)             code of xsd:boolean true (N != 0) / false;
 *                             NULL for NULL (for EXISTS, IS NULL tests)
 *   sp_integer(N)             code of N as xsd:integer (COUNT(*))
 *   sp_eval(OP, A, ...)       code: operator or built-in OP (an sp_op value,
 *                             SP_E_OR .. SP_E_POS and SP_F_*) applied to its
 *                             arguments with SPARQL's rules: && and || with
 *                             errors (F && E = F, T || E = T), = and != on
 *                             values (RDFterm-equal for other terms), the
 *                             comparisons and arithmetic with numeric type
 *                             promotion, IN / NOT IN, IF, COALESCE, BOUND
 *                             and every function of section 17.4
 *   sp_cast(IRI, A)           code: A cast to the XSD type IRI (text):
 *                             string, boolean, decimal, float, double,
 *                             integer and its derived types, dateTime,
 *                             date; NULL for any other IRI (the compiler
 *                             should refuse those by name)
 *   sp_key(X)                 text for ORDER BY ... COLLATE sparql (NULL for
 *                             NULL, which SQLite sorts first ascending, as
 *                             SPARQL puts unbound first)
 *   collation sparql          unbound < blank nodes < IRIs < literals;
 *                             literals by value where comparable (numbers,
 *                             dateTimes, strings), else by lexical form,
 *                             language and datatype: a total order
 *   sp_agg(AGG, DISTINCT, X)  aggregate (AGG an sp_agg value): COUNT, SUM,
 *   sp_agg(AGG, DISTINCT, X, SEP)  AVG, MIN, MAX, SAMPLE, GROUP_CONCAT
 *                             (SEP text) over the group's values, with the
 *                             rules of section 18.5 (SUM of nothing is 0,
 *                             an error or unbound value in SUM/AVG makes
 *                             the result an error, COUNT counts bound
 *                             values; MIN, MAX, SAMPLE and GROUP_CONCAT
 *                             leave unbound values out; MIN/MAX compare by
 *                             the collation's order; GROUP_CONCAT gives a
 *                             simple literal of the values' lexical forms)
 *   sp_agg_count(DISTINCT, X), sp_agg_sum, sp_agg_min, sp_agg_max,
 *   sp_agg_avg, sp_agg_sample, sp_agg_group_concat(DISTINCT, X[, SEP])
 *                             the same with the aggregate in the name: over
 *                             no row at all (an aggregate query without
 *                             GROUP BY on no solution) SQLite gives an
 *                             aggregate no argument, so only these know to
 *                             answer unbound (MIN, MAX, SAMPLE) or "" (GROUP_
 *                             CONCAT); sp_agg then answers 0 (right for
 *                             COUNT, SUM and AVG only)
 *
 * Notes: BNODE(str) is sp_eval(SP_F_BNODE, STR, SOLUTION) with SOLUTION any
 * integer that differs between solutions (a row number): one blank node per
 * string and solution, as the spec asks; without it, a new one per call.
 * sp_eval is not deterministic for SQLite (RAND, UUID, BNODE); NOW is one
 * value per context.  IRI(str) is sp_eval(SP_F_IRI, STR, BASE) with BASE
 * the code of the query's base IRI (or NULL): a relative IRI is resolved
 * against it (RFC 3986), and is an error without one.  Ties in the collation: equal numbers of
 * different types or forms order by type (integer < decimal < float <
 * double), then lexical form; a simple literal before the xsd:string of the
 * same form.  Families of literals order numbers < booleans < dateTimes <
 * dates < strings < language-tagged < other datatypes.
 */

#endif
