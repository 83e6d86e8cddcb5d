/* geordf: SPARQL 1.1 queries as an algebra (the parser's output, the SQL
 * compiler's input).
 *
 * Why our own parser: rasqal 0.9.33 (unmaintained since 2013) does not parse
 * property paths, EXISTS / NOT EXISTS or several SPARQL 1.1 forms, and its
 * evaluator gives wrong answers; the store's engine (sparql-sql.c) compiles
 * this algebra to SQL and never uses rasqal.
 *
 * The tree follows "Converting Graph Patterns" (SPARQL 1.1 Query, section
 * 18.2): the parser expands prefixed names and relative IRIs against BASE,
 * turns blank nodes of patterns into hidden variables, simple property paths
 * (a link, ^link, a sequence of them) into triple patterns, groups into
 * Join / LeftJoin / Filter / Union / Minus / Graph / Extend / Values, and
 * scopes FILTERs over their whole group.  Aggregates stay where they are
 * written (projection, HAVING, ORDER BY) as SP_E_AGG nodes; the compiler
 * groups.
 *
 * Memory: every node of a query lives in the query's arena and goes with
 * sp_query_free.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_SPARQL_H
#define GEORDF_SPARQL_H

#include <stddef.h>
#include <stdio.h>

#define SP_XSD "http://www.w3.org/2001/XMLSchema#"
#define SP_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

/* ---- terms ------------------------------------------------------------------ */

typedef enum { SP_IRI = 1, SP_BLANK = 2, SP_LITERAL = 3 } sp_kind;

/* An RDF term written in a query.  A literal has LEX and either LANG (as
 * written) or DATATYPE (an absolute IRI); a literal with neither is a simple
 * literal (xsd:string).  Numbers and booleans written bare get their XSD datatype
 * (42 xsd:integer, 4.2 xsd:decimal, 4.2e0 xsd:double, true xsd:boolean) and
 * keep their lexical form as written.  A blank node term only appears in
 * CONSTRUCT templates (its label, without "_:"). */
typedef struct {
  sp_kind kind;
  const char *lex;      /* IRI (absolute), blank label, or literal form */
  const char *lang;     /* NULL or a language tag */
  const char *datatype; /* NULL or an absolute IRI */
} sp_term;

/* A position of a triple pattern or a GRAPH name: a variable or a term.
 * VAR is the name without '?' or '$'.  Blank nodes of a WHERE pattern
 * ("_:b", "[]", "( ... )" lists) become variables whose names start with
 * '.' (".b1"): they join like variables but are never projected by
 * SELECT *. */
typedef struct {
  const char *var; /* NULL for a term */
  sp_term term;
} sp_node;

/* ---- property paths (only what is not a triple pattern) -------------------- */

typedef enum {
  SP_PATH_LINK,        /* IRI */
  SP_PATH_INV,         /* ^A */
  SP_PATH_SEQ,         /* A / B */
  SP_PATH_ALT,         /* A | B */
  SP_PATH_STAR,        /* A*  (zero or more) */
  SP_PATH_PLUS,        /* A+  (one or more) */
  SP_PATH_OPT,         /* A?  (zero or one) */
  SP_PATH_NEG          /* !(iri | ^iri ...): a negated property set */
} sp_path_kind;

typedef struct sp_path sp_path;
struct sp_path {
  sp_path_kind kind;
  const char *iri;            /* LINK */
  sp_path *a, *b;             /* INV, STAR, PLUS, OPT: A; SEQ, ALT: A and B */
  const char **fwd; size_t nfwd; /* NEG: IRIs excluded forwards */
  const char **inv; size_t ninv; /* NEG: IRIs excluded backwards (^iri) */
};

/* A triple pattern; when PATH is not NULL the predicate is that path and P
 * is unused. */
typedef struct {
  sp_node s, p, o;
  const sp_path *path;
} sp_triple;

/* ---- expressions --------------------------------------------------------- */

typedef enum {
  SP_E_VAR, SP_E_TERM,
  /* operators */
  SP_E_OR, SP_E_AND, SP_E_NOT,
  SP_E_EQ, SP_E_NE, SP_E_LT, SP_E_GT, SP_E_LE, SP_E_GE,
  SP_E_IN, SP_E_NOT_IN,           /* args[0] IN (args[1..]) */
  SP_E_ADD, SP_E_SUB, SP_E_MUL, SP_E_DIV, SP_E_NEG, SP_E_POS,
  SP_E_EXISTS, SP_E_NOT_EXISTS,   /* PATTERN */
  SP_E_AGG,                       /* AGG over args[0] (none for COUNT(*)) */
  SP_E_CAST,                      /* IRI(args[0]) where IRI is an XSD type:
                                     xsd:string, boolean, integer, decimal,
                                     float, double, dateTime, ... */
  SP_E_FUNCTION,                  /* any other IRI-named function: the
                                     compiler refuses it by name */
  /* built-in calls, in the grammar's order */
  SP_F_STR, SP_F_LANG, SP_F_LANGMATCHES, SP_F_DATATYPE, SP_F_BOUND, SP_F_IRI,
  SP_F_BNODE, SP_F_RAND, SP_F_ABS, SP_F_CEIL, SP_F_FLOOR, SP_F_ROUND, SP_F_CONCAT,
  SP_F_SUBSTR, SP_F_STRLEN, SP_F_REPLACE, SP_F_UCASE, SP_F_LCASE, SP_F_ENCODE_FOR_URI,
  SP_F_CONTAINS, SP_F_STRSTARTS, SP_F_STRENDS, SP_F_STRBEFORE, SP_F_STRAFTER,
  SP_F_YEAR, SP_F_MONTH, SP_F_DAY, SP_F_HOURS, SP_F_MINUTES, SP_F_SECONDS,
  SP_F_TIMEZONE, SP_F_TZ, SP_F_NOW, SP_F_UUID, SP_F_STRUUID, SP_F_MD5, SP_F_SHA1,
  SP_F_SHA256, SP_F_SHA384, SP_F_SHA512, SP_F_COALESCE, SP_F_IF, SP_F_STRLANG,
  SP_F_STRDT, SP_F_SAMETERM, SP_F_ISIRI, SP_F_ISBLANK, SP_F_ISLITERAL,
  SP_F_ISNUMERIC, SP_F_REGEX,
  SP_E_COUNT_ /* number of kinds */
} sp_op;

typedef enum {
  SP_AGG_COUNT, SP_AGG_SUM, SP_AGG_MIN, SP_AGG_MAX, SP_AGG_AVG, SP_AGG_SAMPLE,
  SP_AGG_GROUP_CONCAT
} sp_agg;

typedef struct sp_pattern sp_pattern;
typedef struct sp_expr sp_expr;
struct sp_expr {
  sp_op op;
  sp_expr **args; size_t nargs;
  const char *var;          /* SP_E_VAR */
  sp_term term;             /* SP_E_TERM */
  const char *iri;          /* SP_E_CAST, SP_E_FUNCTION: the function's IRI */
  sp_pattern *pattern;      /* SP_E_EXISTS, SP_E_NOT_EXISTS */
  sp_agg agg;               /* SP_E_AGG */
  int distinct;             /* SP_E_AGG */
  const char *separator;    /* SP_AGG_GROUP_CONCAT: NULL means " " */
};

/* ---- graph patterns (the algebra) ------------------------------------------ */

typedef enum {
  SP_P_BGP,      /* TRIPLES (paths included); no triple: the one empty solution */
  SP_P_JOIN,     /* A join B */
  SP_P_LEFTJOIN, /* LeftJoin(A, B, EXPR); EXPR NULL means true */
  SP_P_FILTER,   /* Filter(EXPR, A) */
  SP_P_UNION,    /* A union B */
  SP_P_MINUS,    /* Minus(A, B) */
  SP_P_GRAPH,    /* Graph(NAME, A) */
  SP_P_EXTEND,   /* Extend(A, VAR, EXPR): BIND(EXPR AS ?VAR) */
  SP_P_VALUES,   /* inline data: VARS x ROWS (NULL cell = UNDEF) */
  SP_P_SUBQUERY, /* a nested SELECT (QUERY->form is SP_SELECT) */
  SP_P_SERVICE   /* SERVICE: parsed so the compiler can refuse it by name */
} sp_pattern_kind;

typedef struct sp_query sp_query;
struct sp_pattern {
  sp_pattern_kind kind;
  sp_triple *triples; size_t ntriples;   /* BGP */
  sp_pattern *a, *b;                     /* JOIN, LEFTJOIN, UNION, MINUS;
                                            FILTER, GRAPH, EXTEND: A */
  sp_expr *expr;                         /* LEFTJOIN, FILTER, EXTEND */
  sp_node name;                          /* GRAPH, SERVICE */
  const char *var;                       /* EXTEND */
  const char **vars; size_t nvars;       /* VALUES */
  const sp_term **cells; size_t nrows;   /* VALUES: row-major, NULL = UNDEF */
  sp_query *query;                       /* SUBQUERY */
};

/* ---- queries ------------------------------------------------------------------ */

typedef enum { SP_SELECT, SP_CONSTRUCT, SP_DESCRIBE, SP_ASK } sp_form;

/* One projected column: a variable, or (EXPR AS ?VAR). */
typedef struct {
  const char *var;
  sp_expr *expr; /* NULL for a plain variable */
} sp_proj;

/* One GROUP BY key: an expression, with VAR when written (EXPR AS ?VAR); a
 * plain variable is an SP_E_VAR expression with VAR NULL. */
typedef struct {
  sp_expr *expr;
  const char *var;
} sp_group;

typedef struct {
  sp_expr *expr;
  int desc;
} sp_order;

struct sp_query {
  sp_form form;
  const char *base;                      /* NULL or the BASE in effect */
  const char **from; size_t nfrom;       /* FROM <iri> */
  const char **from_named; size_t nfrom_named;
  sp_pattern *where;                     /* never NULL (an empty BGP) */

  /* SELECT; DESCRIBE uses PROJ for its variables and terms */
  int star, distinct, reduced;
  sp_proj *proj; size_t nproj;
  sp_node *describe; size_t ndescribe;   /* DESCRIBE terms and variables */

  sp_group *group; size_t ngroup;
  sp_expr **having; size_t nhaving;
  int aggregated;                        /* any aggregate, GROUP BY or HAVING */
  sp_order *order; size_t norder;
  long long limit;                       /* -1: none */
  long long offset;                      /* 0: none */
  sp_pattern *values;                    /* trailing VALUES or NULL */

  sp_triple *construct; size_t nconstruct; /* CONSTRUCT template (blank
                                              nodes as SP_BLANK terms) */
  void *arena_;                          /* owned memory (parser's) */
};

/* Where and why a query did not parse. */
typedef struct {
  int line, column;      /* 1-based, in characters of the query text */
  size_t byte;           /* 0-based offset */
  char message[256];     /* what was expected or what is wrong */
} sp_error;

/* Parses the SPARQL 1.1 query TEXT (LEN bytes of UTF-8) against BASE (NULL:
 * none; a relative IRI without a base is an error).  Returns the query, or
 * NULL with ERR filled (a syntax error, or out of memory).  The grammar's
 * static rules are checked too (a variable bound twice by BIND in one
 * group, projected variables of an aggregate query that are not grouped,
 * ...), as negative syntax tests expect. */
sp_query *sp_parse(const char *text, size_t len, const char *base, sp_error *err);

/* Frees a query from sp_parse (not one of its subqueries). */
void sp_query_free(sp_query *q);

/* Prints Q's algebra in an SSE-like text form, one line, e.g.
 * "(select (project (?x) (leftjoin (bgp (triple ?x <p> ?y)) (bgp ...))))",
 * for tests and debugging. */
void sp_query_dump(const sp_query *q, FILE *out);

/* The variables a pattern can bind (in-scope variables, section 18.2.1),
 * each once, in first-occurrence order, hidden ('.') ones included;
 * NULL-terminated array allocated in Q's arena (NULL when out of memory). */
const char **sp_pattern_vars(sp_query *q, const sp_pattern *p);

#endif
