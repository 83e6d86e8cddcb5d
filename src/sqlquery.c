/* SPDX-License-Identifier: MIT
 * geordf: translates SPARQL SELECT/ASK queries into one SQLite statement over
 * Redland's sqlite schema, so that SQLite's planner and indexes do the joins.
 *
 * Why: rasqal 0.9.33 evaluates OPTIONAL by re-reading its whole pattern for
 * every row on the left (rasqal_rowsource_join.c) and over the sqlite storage
 * prepares a statement for every lookup; the example queries took 1 to 60 s
 * on 70,000 statements.  As SQL they take milliseconds on a million.
 *
 * The subset: SELECT [DISTINCT] of variables and COUNT aggregates (with GROUP
 * BY variables), and ASK; basic graph patterns, nested groups, OPTIONAL,
 * GRAPH (an IRI or a variable), FILTER with = != < > <= >= && || ! BOUND STR
 * sameTerm isIRI isBlank isLiteral STRSTARTS STRENDS CONTAINS; ORDER BY
 * variables; LIMIT and OFFSET.  Anything else (UNION, MINUS, BIND, VALUES,
 * sub-queries, REGEX, FROM ...) returns GD_SQLQ_UNSUPPORTED and the caller
 * uses rasqal.
 *
 * Terms: Redland keeps URIs, blank nodes and literals in three tables and a
 * triple refers to them through kind-specific columns.  Here a term is one
 * integer, id * 4 + kind (1 URI, 2 blank, 3 literal), computed from those
 * columns by the expressions below, which expression indexes cover. */
#include "config.h"
#include "sqlquery.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The term of a triple's subject and object (P: "" or an alias and a dot).
 * Queries must spell them exactly so for SQLite to use the indexes. */
#define S_EXPR(p) "coalesce(" p "subjectUri*4+1, " p "subjectBlank*4+2)"
#define O_EXPR(p) "coalesce(" p "objectUri*4+1, " p "objectBlank*4+2, " p "objectLiteral*4+3)"

#define XSD "http://www.w3.org/2001/XMLSchema#"

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
  memcpy(r->cells + r->nrows * nc, row, nc * sizeof *row);
  r->nrows++;
  return 0;
}

/* ---- ordering --------------------------------------------------------------- */

static int node_rank(librdf_node *n) {
  if (!n) return 0;
  if (librdf_node_is_blank(n)) return 1;
  if (librdf_node_is_resource(n)) return 2;
  return 3;
}

/* A literal's value as a number when its datatype is numeric. */
static int node_number(librdf_node *n, double *out) {
  librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
  if (!dt) return 0;
  const char *u = (const char *)librdf_uri_as_string(dt);
  static const char *const numeric[] = {"integer", "decimal", "double", "float", "int",
                                        "long", "short", "nonNegativeInteger",
                                        "positiveInteger", "negativeInteger",
                                        "nonPositiveInteger", "unsignedInt", "byte"};
  if (strncmp(u, XSD, strlen(XSD))) return 0;
  for (size_t i = 0; i < sizeof numeric / sizeof *numeric; i++)
    if (!strcmp(u + strlen(XSD), numeric[i])) {
      char *end;
      *out = strtod((const char *)librdf_node_get_literal_value(n), &end);
      return 1;
    }
  return 0;
}

static int node_cmp(librdf_node *a, librdf_node *b) {
  int ra = node_rank(a), rb = node_rank(b);
  if (ra != rb || ra == 0) return ra - rb;
  if (ra == 1)
    return strcmp((const char *)librdf_node_get_blank_identifier(a),
                  (const char *)librdf_node_get_blank_identifier(b));
  if (ra == 2)
    return strcmp((const char *)librdf_uri_as_string(librdf_node_get_uri(a)),
                  (const char *)librdf_uri_as_string(librdf_node_get_uri(b)));
  double x, y;
  if (node_number(a, &x) && node_number(b, &y)) return (x > y) - (x < y);
  return strcmp((const char *)librdf_node_get_literal_value(a),
                (const char *)librdf_node_get_literal_value(b));
}

/* qsort has no user pointer: the sort keys live here for its duration. */
static const int *sort_keys;
static int sort_nkeys, sort_ncols;

static int row_cmp(const void *pa, const void *pb) {
  librdf_node *const *a = *(librdf_node *const *const *)pa;
  librdf_node *const *b = *(librdf_node *const *const *)pb;
  for (int k = 0; k < sort_nkeys; k++) {
    int c = sort_keys[k] < 0 ? -sort_keys[k] - 1 : sort_keys[k];
    int d = node_cmp(a[c], b[c]);
    if (d) return sort_keys[k] < 0 ? -d : d;
  }
  return a < b ? -1 : a > b; /* stable: rows keep their order */
}

void gd_rows_sort(gd_rows *r, const int *keys, int nkeys) {
  size_t nc = (size_t)r->ncols;
  if (r->nrows < 2 || !nkeys || !nc) return;
  librdf_node ***rows = malloc(r->nrows * sizeof *rows);
  librdf_node **copy = malloc(r->nrows * nc * sizeof *copy);
  if (rows && copy) {
    for (size_t i = 0; i < r->nrows; i++) rows[i] = r->cells + i * nc;
    sort_keys = keys;
    sort_nkeys = nkeys;
    sort_ncols = r->ncols;
    qsort(rows, r->nrows, sizeof *rows, row_cmp);
    for (size_t i = 0; i < r->nrows; i++) memcpy(copy + i * nc, rows[i], nc * sizeof *copy);
    free(r->cells);
    r->cells = copy;
    r->cap = r->nrows * nc;
    copy = NULL;
  }
  free(copy);
  free(rows);
}

/* ---- SQL text ---------------------------------------------------------------- */


static void b_fmt(gd_strbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void b_fmt(gd_strbuf *b, const char *fmt, ...) {
  char tmp[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) { b->oom = 1; return; }
  if ((size_t)n < sizeof tmp) { gd_strbuf_add(b, tmp, (size_t)n); return; }
  char *big = malloc((size_t)n + 1);
  if (!big) { b->oom = 1; return; }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  gd_strbuf_add(b, big, (size_t)n);
  free(big);
}

/* An SQL string literal. */
static void b_quote(gd_strbuf *b, const char *s, size_t n) {
  gd_strbuf_str(b, "'");
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\'') gd_strbuf_str(b, "'");
    gd_strbuf_add(b, s + i, 1);
  }
  gd_strbuf_str(b, "'");
}


/* ---- translation -------------------------------------------------------------- */

typedef struct {
  char *name;   /* SPARQL variable name */
  char *expr;   /* SQL expression of its term, in the current scope */
  int nullable; /* may be unbound (it came from an OPTIONAL) */
} qvar;

/* One SELECT being built: a group graph pattern. */
typedef struct {
  gd_strbuf from, where;
  qvar *vars;
  size_t nvars, capvars;
} scope;

typedef struct {
  librdf_world *world;
  sqlite3 *db;
  rasqal_query *rq;
  int alias;          /* next table alias number */
  int unsupported;    /* set with WHY at the first construct outside the subset */
  int failed;         /* SQLite or memory failure */
  char *why;
  size_t whylen;
  char numeric[256];  /* "1,2,3": uris ids of the numeric XSD datatypes */
} tctx;

static void unsupported(tctx *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void unsupported(tctx *c, const char *fmt, ...) {
  if (c->unsupported || c->failed) return;
  c->unsupported = 1;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->why, c->whylen, fmt, ap);
  va_end(ap);
}

static void sql_failed(tctx *c, const char *what) {
  if (c->failed) return;
  c->failed = 1;
  snprintf(c->why, c->whylen, "%s: %s", what, sqlite3_errmsg(c->db));
}

static void scope_free(scope *s) {
  free(s->from.p);
  free(s->where.p);
  for (size_t i = 0; i < s->nvars; i++) {
    free(s->vars[i].name);
    free(s->vars[i].expr);
  }
  free(s->vars);
  memset(s, 0, sizeof *s);
}

static qvar *scope_var(scope *s, const char *name) {
  for (size_t i = 0; i < s->nvars; i++)
    if (!strcmp(s->vars[i].name, name)) return &s->vars[i];
  return NULL;
}

static qvar *scope_new_var(tctx *c, scope *s, const char *name, const char *expr, int nullable) {
  if (s->nvars == s->capvars) {
    size_t cap = s->capvars ? s->capvars * 2 : 16;
    qvar *v = realloc(s->vars, cap * sizeof *v);
    if (!v) { c->failed = 1; return NULL; }
    s->vars = v;
    s->capvars = cap;
  }
  qvar *v = &s->vars[s->nvars];
  v->name = strdup(name);
  v->expr = strdup(expr);
  v->nullable = nullable;
  if (!v->name || !v->expr) {
    free(v->name);
    free(v->expr);
    c->failed = 1;
    return NULL;
  }
  s->nvars++;
  return v;
}

static void add_cond(scope *s, const char *cond) {
  if (s->where.n) gd_strbuf_str(&s->where, " AND ");
  gd_strbuf_str(&s->where, cond);
}

/* Id of an IRI in the uris table, 0 when the store has none. */
static sqlite3_int64 uri_id(tctx *c, const char *uri) {
  sqlite3_stmt *st = NULL;
  sqlite3_int64 id = 0;
  if (sqlite3_prepare_v2(c->db, "SELECT id FROM uris WHERE uri = ?", -1, &st, NULL) != SQLITE_OK) {
    sql_failed(c, "cannot look up an IRI");
    return 0;
  }
  sqlite3_bind_text(st, 1, uri, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return id;
}

/* Term code of a literal constant, or 0 when the store lacks it. */
static sqlite3_int64 literal_code(tctx *c, rasqal_literal *l) {
  const char *lang = l->language && *l->language ? l->language : NULL;
  sqlite3_int64 dt = 0;
  if (l->datatype) {
    dt = uri_id(c, (const char *)raptor_uri_as_string(l->datatype));
    if (!dt) return 0;
  }
  sqlite3_stmt *st = NULL;
  sqlite3_int64 id = 0;
  if (sqlite3_prepare_v2(c->db,
                         "SELECT id FROM literals WHERE text = ? AND coalesce(language, '') = ? "
                         "AND coalesce(datatype, 0) = ?",
                         -1, &st, NULL) != SQLITE_OK) {
    sql_failed(c, "cannot look up a literal");
    return 0;
  }
  sqlite3_bind_text(st, 1, (const char *)l->string, (int)l->string_len, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, lang ? lang : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64(st, 3, dt);
  if (sqlite3_step(st) == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return id ? id * 4 + 3 : 0;
}

/* The term code of a constant (URI or literal) for a pattern; 0 when the
 * store does not hold it, -1 when it cannot be a term here. */
static sqlite3_int64 const_code(tctx *c, rasqal_literal *l) {
  switch (l->type) {
  case RASQAL_LITERAL_URI: {
    sqlite3_int64 id = uri_id(c, (const char *)raptor_uri_as_string(l->value.uri));
    return id ? id * 4 + 1 : 0;
  }
  case RASQAL_LITERAL_STRING:
  case RASQAL_LITERAL_XSD_STRING:
  case RASQAL_LITERAL_BOOLEAN:
  case RASQAL_LITERAL_INTEGER:
  case RASQAL_LITERAL_FLOAT:
  case RASQAL_LITERAL_DOUBLE:
  case RASQAL_LITERAL_DECIMAL:
  case RASQAL_LITERAL_DATETIME:
  case RASQAL_LITERAL_DATE:
  case RASQAL_LITERAL_UDT:
  case RASQAL_LITERAL_INTEGER_SUBTYPE:
    return literal_code(c, l);
  default:
    return -1;
  }
}

/* Binds variable NAME to the term POS (an SQL expression) in scope S: the
 * first occurrence defines it, later ones must agree (an unbound value from
 * an OPTIONAL agrees with anything). */
static void bind_var(tctx *c, scope *s, const char *name, const char *pos) {
  qvar *v = scope_var(s, name);
  if (!v) {
    scope_new_var(c, s, name, pos, 0);
    return;
  }
  gd_strbuf b = {0};
  if (v->nullable) {
    b_fmt(&b, "(%s IS NULL OR %s = %s)", v->expr, pos, v->expr);
    add_cond(s, b.p ? b.p : "0");
    free(b.p);
    b = (gd_strbuf){0};
    b_fmt(&b, "coalesce(%s, %s)", v->expr, pos);
    char *e = gd_strbuf_take(&b);
    if (!e) { c->failed = 1; return; }
    free(v->expr);
    v->expr = e;
    v->nullable = 0;
  } else {
    b_fmt(&b, "%s = %s", pos, v->expr);
    add_cond(s, b.p ? b.p : "0");
    free(b.p);
  }
}

/* One position of a triple pattern: a variable or a constant. */
static void pattern_term(tctx *c, scope *s, rasqal_literal *l, const char *pos) {
  if (l->type == RASQAL_LITERAL_VARIABLE) {
    bind_var(c, s, (const char *)l->value.variable->name, pos);
    return;
  }
  sqlite3_int64 code = const_code(c, l);
  if (code < 0) {
    unsupported(c, "a constant of this kind in a triple pattern");
    return;
  }
  gd_strbuf b = {0};
  b_fmt(&b, "%s = %lld", pos, (long long)code);
  add_cond(s, b.p ? b.p : "0");
  free(b.p);
}

static void add_from(scope *s, const char *item) {
  if (s->from.n) gd_strbuf_str(&s->from, ", ");
  gd_strbuf_str(&s->from, item);
}

static void compile_triple(tctx *c, scope *s, rasqal_triple *t, rasqal_literal *graph) {
  char alias[32], item[64], pos[256];
  snprintf(alias, sizeof alias, "t%d", c->alias++);
  snprintf(item, sizeof item, "triples %s", alias);
  add_from(s, item);
  snprintf(pos, sizeof pos, S_EXPR("%s."), alias, alias);
  pattern_term(c, s, t->subject, pos);
  snprintf(pos, sizeof pos, "(%s.predicateUri*4+1)", alias);
  if (t->predicate->type == RASQAL_LITERAL_URI) {
    /* a constant predicate: compare the column itself, for the indexes */
    sqlite3_int64 id = uri_id(c, (const char *)raptor_uri_as_string(t->predicate->value.uri));
    char cond[96];
    snprintf(cond, sizeof cond, "%s.predicateUri = %lld", alias, (long long)id);
    add_cond(s, cond);
  } else {
    pattern_term(c, s, t->predicate, pos);
  }
  snprintf(pos, sizeof pos, O_EXPR("%s."), alias, alias, alias);
  pattern_term(c, s, t->object, pos);
  rasqal_literal *g = graph ? graph : t->origin;
  if (g) {
    if (g->type == RASQAL_LITERAL_URI) {
      sqlite3_int64 id = uri_id(c, (const char *)raptor_uri_as_string(g->value.uri));
      char cond[96];
      snprintf(cond, sizeof cond, "%s.contextUri = %lld", alias, (long long)id);
      add_cond(s, cond);
    } else {
      snprintf(pos, sizeof pos, "(%s.contextUri*4+1)", alias);
      pattern_term(c, s, g, pos);
    }
  }
}

/* ---- expressions ---- */

typedef enum { X_TERM, X_VALUE, X_BOOL } xkind;

/* The SQL value of a term code: the text of an IRI or literal, a number for
 * a literal of a numeric datatype; NULL for a blank node or unbound. */
static void value_of(tctx *c, gd_strbuf *b, const char *term, int numeric) {
  b_fmt(b, "(CASE (%s) & 3 WHEN 1 THEN (SELECT uri FROM uris WHERE id = (%s) >> 2) "
           "WHEN 3 THEN (SELECT ", term, term);
  if (numeric && c->numeric[0])
    b_fmt(b, "CASE WHEN datatype IN (%s) THEN CAST(text AS NUMERIC) ELSE text END", c->numeric);
  else
    gd_strbuf_str(b, "text");
  b_fmt(b, " FROM literals WHERE id = (%s) >> 2) END)", term);
}

static xkind compile_expr(tctx *c, scope *s, rasqal_expression *e, gd_strbuf *out);

/* Compiles E as a plain SQL value (see value_of). */
static void compile_value(tctx *c, scope *s, rasqal_expression *e, gd_strbuf *out, int numeric) {
  gd_strbuf t = {0};
  xkind k = compile_expr(c, s, e, &t);
  if (k == X_TERM) value_of(c, out, t.p ? t.p : "NULL", numeric);
  else gd_strbuf_str(out, t.p ? t.p : "NULL");
  free(t.p);
}

static void compile_bool(tctx *c, scope *s, rasqal_expression *e, gd_strbuf *out) {
  gd_strbuf t = {0};
  xkind k = compile_expr(c, s, e, &t);
  if (k == X_BOOL) {
    gd_strbuf_str(out, t.p ? t.p : "0");
  } else {
    /* effective boolean value of a term or value: only booleans here */
    gd_strbuf v = {0};
    if (k == X_TERM) value_of(c, &v, t.p ? t.p : "NULL", 1);
    else gd_strbuf_str(&v, t.p ? t.p : "NULL");
    b_fmt(out, "(%s IN ('true', '1', 1))", v.p ? v.p : "NULL");
    free(v.p);
  }
  free(t.p);
}

static xkind compile_expr(tctx *c, scope *s, rasqal_expression *e, gd_strbuf *out) {
  static const struct { rasqal_op op; const char *sql; } cmp_ops[] = {
      {RASQAL_EXPR_EQ, "="}, {RASQAL_EXPR_NEQ, "<>"}, {RASQAL_EXPR_LT, "<"},
      {RASQAL_EXPR_GT, ">"}, {RASQAL_EXPR_LE, "<="}, {RASQAL_EXPR_GE, ">="}};
  switch (e->op) {
  case RASQAL_EXPR_LITERAL: {
    rasqal_literal *l = e->literal;
    if (l->type == RASQAL_LITERAL_VARIABLE) {
      qvar *v = scope_var(s, (const char *)l->value.variable->name);
      gd_strbuf_str(out, v ? v->expr : "NULL");
      return X_TERM;
    }
    if (l->type == RASQAL_LITERAL_INTEGER || l->type == RASQAL_LITERAL_DECIMAL ||
        l->type == RASQAL_LITERAL_DOUBLE || l->type == RASQAL_LITERAL_FLOAT) {
      char *end;
      double d = strtod((const char *)l->string, &end);
      if (*end) { unsupported(c, "a number written as %s", l->string); return X_VALUE; }
      b_fmt(out, "%.17g", d);
      return X_VALUE;
    }
    if (l->type == RASQAL_LITERAL_BOOLEAN) {
      gd_strbuf_str(out, l->value.integer ? "'true'" : "'false'");
      return X_VALUE;
    }
    if ((l->type == RASQAL_LITERAL_STRING || l->type == RASQAL_LITERAL_XSD_STRING) &&
        !l->language && !l->datatype) {
      b_quote(out, (const char *)l->string, l->string_len);
      return X_VALUE;
    }
    sqlite3_int64 code = const_code(c, l);
    if (code < 0) unsupported(c, "a constant of this kind in an expression");
    /* a term the store lacks equals nothing: -1 is no term's code */
    b_fmt(out, "%lld", (long long)(code > 0 ? code : -1));
    return X_TERM;
  }
  case RASQAL_EXPR_EQ: case RASQAL_EXPR_NEQ: case RASQAL_EXPR_LT:
  case RASQAL_EXPR_GT: case RASQAL_EXPR_LE: case RASQAL_EXPR_GE: {
    const char *op = "=";
    for (size_t i = 0; i < sizeof cmp_ops / sizeof *cmp_ops; i++)
      if (cmp_ops[i].op == e->op) op = cmp_ops[i].sql;
    gd_strbuf a = {0}, b = {0};
    xkind ka = compile_expr(c, s, e->arg1, &a);
    xkind kb = compile_expr(c, s, e->arg2, &b);
    if ((e->op == RASQAL_EXPR_EQ || e->op == RASQAL_EXPR_NEQ) && ka == X_TERM && kb == X_TERM) {
      /* same term, same code (Redland stores each term once) */
      b_fmt(out, "(%s %s %s)", a.p ? a.p : "NULL", op, b.p ? b.p : "NULL");
    } else {
      gd_strbuf va = {0}, vb = {0};
      if (ka == X_TERM) value_of(c, &va, a.p ? a.p : "NULL", 1);
      else gd_strbuf_str(&va, a.p ? a.p : "NULL");
      if (kb == X_TERM) value_of(c, &vb, b.p ? b.p : "NULL", 1);
      else gd_strbuf_str(&vb, b.p ? b.p : "NULL");
      b_fmt(out, "(%s %s %s)", va.p ? va.p : "NULL", op, vb.p ? vb.p : "NULL");
      free(va.p);
      free(vb.p);
    }
    free(a.p);
    free(b.p);
    return X_BOOL;
  }
  case RASQAL_EXPR_SAMETERM: {
    gd_strbuf a = {0}, b = {0};
    if (compile_expr(c, s, e->arg1, &a) != X_TERM || compile_expr(c, s, e->arg2, &b) != X_TERM)
      unsupported(c, "sameTerm on a computed value");
    b_fmt(out, "(%s = %s)", a.p ? a.p : "NULL", b.p ? b.p : "NULL");
    free(a.p);
    free(b.p);
    return X_BOOL;
  }
  case RASQAL_EXPR_AND:
  case RASQAL_EXPR_OR:
    gd_strbuf_str(out, "(");
    compile_bool(c, s, e->arg1, out);
    gd_strbuf_str(out, e->op == RASQAL_EXPR_AND ? " AND " : " OR ");
    compile_bool(c, s, e->arg2, out);
    gd_strbuf_str(out, ")");
    return X_BOOL;
  case RASQAL_EXPR_BANG:
    gd_strbuf_str(out, "(NOT ");
    compile_bool(c, s, e->arg1, out);
    gd_strbuf_str(out, ")");
    return X_BOOL;
  case RASQAL_EXPR_BOUND:
  case RASQAL_EXPR_ISURI:
  case RASQAL_EXPR_ISBLANK:
  case RASQAL_EXPR_ISLITERAL: {
    gd_strbuf a = {0};
    if (compile_expr(c, s, e->arg1, &a) != X_TERM) unsupported(c, "a test on a computed value");
    const char *t = a.p ? a.p : "NULL";
    if (e->op == RASQAL_EXPR_BOUND) b_fmt(out, "(%s IS NOT NULL)", t);
    else b_fmt(out, "((%s) & 3 = %d)", t,
               e->op == RASQAL_EXPR_ISURI ? 1 : e->op == RASQAL_EXPR_ISBLANK ? 2 : 3);
    free(a.p);
    return X_BOOL;
  }
  case RASQAL_EXPR_STR: {
    gd_strbuf a = {0};
    xkind k = compile_expr(c, s, e->arg1, &a);
    if (k == X_TERM) value_of(c, out, a.p ? a.p : "NULL", 0);
    else b_fmt(out, "CAST(%s AS TEXT)", a.p ? a.p : "NULL");
    free(a.p);
    return X_VALUE;
  }
  case RASQAL_EXPR_STRSTARTS:
  case RASQAL_EXPR_STRENDS:
  case RASQAL_EXPR_CONTAINS: {
    gd_strbuf a = {0}, b = {0};
    compile_value(c, s, e->arg1, &a, 0);
    compile_value(c, s, e->arg2, &b, 0);
    const char *x = a.p ? a.p : "NULL", *y = b.p ? b.p : "NULL";
    if (e->op == RASQAL_EXPR_STRSTARTS)
      b_fmt(out, "(substr(%s, 1, length(%s)) = %s)", x, y, y);
    else if (e->op == RASQAL_EXPR_STRENDS)
      b_fmt(out, "(length(%s) <= length(%s) AND substr(%s, -length(%s)) = %s)", y, x, x, y, y);
    else
      b_fmt(out, "(instr(%s, %s) > 0)", x, y);
    free(a.p);
    free(b.p);
    return X_BOOL;
  }
  default:
    unsupported(c, "the operator %s in an expression",
                rasqal_expression_op_label(e->op));
    gd_strbuf_str(out, "NULL");
    return X_VALUE;
  }
}

/* ---- graph patterns ---- */

static void compile_group(tctx *c, scope *s, rasqal_graph_pattern *gp, rasqal_literal *graph);

/* The SELECT of a finished scope: its variables as columns v0, v1, ... */
static char *scope_select(tctx *c, scope *s) {
  gd_strbuf b = {0};
  gd_strbuf_str(&b, "SELECT ");
  for (size_t i = 0; i < s->nvars; i++)
    b_fmt(&b, "%s%s AS v%zu", i ? ", " : "", s->vars[i].expr, i);
  if (!s->nvars) gd_strbuf_str(&b, "1 AS one");
  b_fmt(&b, " FROM %s", s->from.n ? s->from.p : "(SELECT 1)");
  if (s->where.n) b_fmt(&b, " WHERE %s", s->where.p);
  char *r = gd_strbuf_take(&b);
  if (!r) c->failed = 1;
  return r;
}

/* OPTIONAL { SUB }: a LEFT JOIN with SUB compiled as its own SELECT; the
 * join condition is the compatibility of shared variables plus the filters
 * of SUB, which may use variables of the outer pattern. */
static void compile_optional(tctx *c, scope *s, rasqal_graph_pattern *gp, rasqal_literal *graph) {
  scope in = {0};
  /* the filters directly in the OPTIONAL's group go into the ON clause */
  raptor_sequence *filters = raptor_new_sequence(NULL, NULL);
  if (!filters) { c->failed = 1; return; }
  rasqal_graph_pattern *sub;
  for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++) {
    rasqal_graph_pattern_operator op = rasqal_graph_pattern_get_operator(sub);
    if (op == RASQAL_GRAPH_PATTERN_OPERATOR_FILTER) {
      raptor_sequence_push(filters, sub);
    } else if (op == RASQAL_GRAPH_PATTERN_OPERATOR_GROUP) {
      /* rasqal wraps the optional group: look one level in */
      rasqal_graph_pattern *g2;
      for (int j = 0; (g2 = rasqal_graph_pattern_get_sub_graph_pattern(sub, j)); j++) {
        if (rasqal_graph_pattern_get_operator(g2) == RASQAL_GRAPH_PATTERN_OPERATOR_FILTER)
          raptor_sequence_push(filters, g2);
        else
          compile_group(c, &in, g2, graph);
      }
    } else {
      compile_group(c, &in, sub, graph);
    }
  }
  char *sql = c->unsupported || c->failed ? NULL : scope_select(c, &in);
  int n = c->alias++;
  if (sql) {
    gd_strbuf on = {0};
    for (size_t i = 0; i < in.nvars; i++) {
      qvar *v = scope_var(s, in.vars[i].name);
      if (!v) continue;
      if (on.n) gd_strbuf_str(&on, " AND ");
      if (v->nullable || in.vars[i].nullable)
        b_fmt(&on, "(%s IS NULL OR o%d.v%zu IS NULL OR o%d.v%zu = %s)", v->expr, n, i, n, i, v->expr);
      else
        b_fmt(&on, "o%d.v%zu = %s", n, i, v->expr);
    }
    /* the filters see the merged row: outer values, else the optional's */
    scope merged = {0};
    for (size_t i = 0; i < s->nvars && !c->failed; i++)
      scope_new_var(c, &merged, s->vars[i].name, s->vars[i].expr, s->vars[i].nullable);
    for (size_t i = 0; i < in.nvars && !c->failed; i++) {
      char col[64];
      snprintf(col, sizeof col, "o%d.v%zu", n, i);
      qvar *v = scope_var(&merged, in.vars[i].name);
      if (!v) {
        scope_new_var(c, &merged, in.vars[i].name, col, 1);
      } else {
        gd_strbuf e = {0};
        b_fmt(&e, "coalesce(%s, %s)", v->expr, col);
        free(v->expr);
        v->expr = gd_strbuf_take(&e);
        if (!v->expr) c->failed = 1;
      }
    }
    for (int i = 0; i < raptor_sequence_size(filters); i++) {
      rasqal_graph_pattern *f = raptor_sequence_get_at(filters, i);
      if (on.n) gd_strbuf_str(&on, " AND ");
      compile_bool(c, &merged, rasqal_graph_pattern_get_filter_expression(f), &on);
    }
    scope_free(&merged);
    if (!s->from.n) gd_strbuf_str(&s->from, "(SELECT 1)");
    b_fmt(&s->from, " LEFT JOIN (%s) o%d ON %s", sql, n, on.n ? on.p : "1");
    free(on.p);
    free(sql);
    /* new variables come in unbound-able; shared nullable ones merge */
    for (size_t i = 0; i < in.nvars && !c->failed; i++) {
      char col[64];
      snprintf(col, sizeof col, "o%d.v%zu", n, i);
      qvar *v = scope_var(s, in.vars[i].name);
      if (!v) {
        scope_new_var(c, s, in.vars[i].name, col, 1);
      } else if (v->nullable) {
        gd_strbuf e = {0};
        b_fmt(&e, "coalesce(%s, %s)", v->expr, col);
        free(v->expr);
        v->expr = gd_strbuf_take(&e);
        if (!v->expr) c->failed = 1;
      }
    }
  }
  raptor_free_sequence(filters);
  scope_free(&in);
}

/* Adds pattern GP to scope S (a group: its children in order, its filters
 * at the end, as SPARQL scopes filters to the whole group). */
static void compile_group(tctx *c, scope *s, rasqal_graph_pattern *gp, rasqal_literal *graph) {
  if (c->unsupported || c->failed) return;
  rasqal_graph_pattern_operator op = rasqal_graph_pattern_get_operator(gp);
  rasqal_graph_pattern *sub;
  rasqal_triple *t;
  switch (op) {
  case RASQAL_GRAPH_PATTERN_OPERATOR_BASIC:
    for (int i = 0; (t = rasqal_graph_pattern_get_triple(gp, i)); i++) compile_triple(c, s, t, graph);
    break;
  case RASQAL_GRAPH_PATTERN_OPERATOR_GROUP:
    for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
      if (rasqal_graph_pattern_get_operator(sub) != RASQAL_GRAPH_PATTERN_OPERATOR_FILTER)
        compile_group(c, s, sub, graph);
    for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
      if (rasqal_graph_pattern_get_operator(sub) == RASQAL_GRAPH_PATTERN_OPERATOR_FILTER) {
        gd_strbuf f = {0};
        compile_bool(c, s, rasqal_graph_pattern_get_filter_expression(sub), &f);
        add_cond(s, f.p ? f.p : "0");
        free(f.p);
      }
    break;
  case RASQAL_GRAPH_PATTERN_OPERATOR_FILTER: {
    gd_strbuf f = {0};
    compile_bool(c, s, rasqal_graph_pattern_get_filter_expression(gp), &f);
    add_cond(s, f.p ? f.p : "0");
    free(f.p);
    break;
  }
  case RASQAL_GRAPH_PATTERN_OPERATOR_OPTIONAL:
    compile_optional(c, s, gp, graph);
    break;
  case RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH: {
    rasqal_literal *origin = rasqal_graph_pattern_get_origin(gp);
    if (graph) { unsupported(c, "a GRAPH inside a GRAPH"); break; }
    for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)); i++)
      compile_group(c, s, sub, origin);
    break;
  }
  default:
    unsupported(c, "%s graph patterns", rasqal_graph_pattern_operator_as_string(op));
  }
}

/* ---- decoding terms ------------------------------------------------------------ */

/* Term code -> node, so that repeated labels are read once. */
typedef struct {
  sqlite3_int64 *keys;
  librdf_node **nodes;
  size_t cap, n;
  sqlite3_stmt *uri, *blank, *lit;
} tcache;

static void tcache_free(tcache *tc) {
  for (size_t i = 0; i < tc->cap; i++)
    if (tc->nodes[i]) librdf_free_node(tc->nodes[i]);
  free(tc->keys);
  free(tc->nodes);
  sqlite3_finalize(tc->uri);
  sqlite3_finalize(tc->blank);
  sqlite3_finalize(tc->lit);
}

static char *uri_text(tcache *tc, sqlite3_int64 id) {
  char *r = NULL;
  sqlite3_reset(tc->uri);
  sqlite3_bind_int64(tc->uri, 1, id);
  if (sqlite3_step(tc->uri) == SQLITE_ROW) {
    const char *u = (const char *)sqlite3_column_text(tc->uri, 0);
    r = strdup(u ? u : "");
  }
  sqlite3_reset(tc->uri);
  return r;
}

static librdf_node *decode(librdf_world *w, tcache *tc, sqlite3_int64 code) {
  sqlite3_int64 id = code >> 2;
  librdf_node *n = NULL;
  switch (code & 3) {
  case 1: {
    char *u = uri_text(tc, id);
    if (u) n = librdf_new_node_from_uri_string(w, (const unsigned char *)u);
    free(u);
    break;
  }
  case 2:
    sqlite3_reset(tc->blank);
    sqlite3_bind_int64(tc->blank, 1, id);
    if (sqlite3_step(tc->blank) == SQLITE_ROW)
      n = librdf_new_node_from_blank_identifier(w, sqlite3_column_text(tc->blank, 0));
    sqlite3_reset(tc->blank);
    break;
  case 3:
    sqlite3_reset(tc->lit);
    sqlite3_bind_int64(tc->lit, 1, id);
    if (sqlite3_step(tc->lit) == SQLITE_ROW) {
      const unsigned char *text = sqlite3_column_text(tc->lit, 0);
      size_t len = (size_t)sqlite3_column_bytes(tc->lit, 0);
      const char *lang = (const char *)sqlite3_column_text(tc->lit, 1);
      char *lcopy = lang && *lang ? strdup(lang) : NULL;
      librdf_uri *dt = NULL;
      if (sqlite3_column_type(tc->lit, 2) == SQLITE_INTEGER) {
        sqlite3_int64 did = sqlite3_column_int64(tc->lit, 2);
        unsigned char *tcopy = malloc(len + 1);
        if (tcopy) {
          memcpy(tcopy, text ? text : (const unsigned char *)"", len);
          tcopy[len] = '\0';
        }
        sqlite3_reset(tc->lit); /* uri_text may run now; text was copied */
        char *u = uri_text(tc, did);
        if (u) dt = librdf_new_uri(w, (const unsigned char *)u);
        free(u);
        if (tcopy) n = librdf_new_node_from_typed_counted_literal(w, tcopy, len, NULL, 0, dt);
        free(tcopy);
      } else {
        n = librdf_new_node_from_typed_counted_literal(
            w, text ? text : (const unsigned char *)"", len, lcopy,
            lcopy ? strlen(lcopy) : 0, NULL);
      }
      if (dt) librdf_free_uri(dt);
      free(lcopy);
    }
    sqlite3_reset(tc->lit);
    break;
  }
  return n;
}

/* A new reference to the node of CODE, or NULL (unknown term, or no memory). */
static librdf_node *tcache_get(librdf_world *w, tcache *tc, sqlite3_int64 code) {
  if ((tc->n + 1) * 2 > tc->cap) {
    size_t cap = tc->cap ? tc->cap * 2 : 1024;
    sqlite3_int64 *keys = calloc(cap, sizeof *keys);
    librdf_node **nodes = calloc(cap, sizeof *nodes);
    if (!keys || !nodes) { free(keys); free(nodes); return NULL; }
    for (size_t i = 0; i < tc->cap; i++) {
      if (!tc->nodes[i]) continue;
      size_t j = (size_t)(tc->keys[i] * 0x9E3779B97F4A7C15ULL) & (cap - 1);
      while (nodes[j]) j = (j + 1) & (cap - 1);
      keys[j] = tc->keys[i];
      nodes[j] = tc->nodes[i];
    }
    free(tc->keys);
    free(tc->nodes);
    tc->keys = keys;
    tc->nodes = nodes;
    tc->cap = cap;
  }
  size_t j = (size_t)(code * 0x9E3779B97F4A7C15ULL) & (tc->cap - 1);
  while (tc->nodes[j] && tc->keys[j] != code) j = (j + 1) & (tc->cap - 1);
  if (!tc->nodes[j]) {
    librdf_node *n = decode(w, tc, code);
    if (!n) return NULL;
    tc->keys[j] = code;
    tc->nodes[j] = n;
    tc->n++;
  }
  return librdf_new_node_from_node(tc->nodes[j]);
}

/* ---- running ---------------------------------------------------------------------- */

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

static void numeric_ids(tctx *c) {
  static const char *const names[] = {"integer", "decimal", "double", "float", "int", "long",
                                      "nonNegativeInteger", "positiveInteger", "short"};
  gd_strbuf b = {0};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char uri[96];
    snprintf(uri, sizeof uri, XSD "%s", names[i]);
    sqlite3_int64 id = uri_id(c, uri);
    if (id) b_fmt(&b, "%s%lld", b.n ? "," : "", (long long)id);
  }
  snprintf(c->numeric, sizeof c->numeric, "%s", b.p && !b.oom ? b.p : "");
  free(b.p);
}

gd_sqlq_status gd_sqlq_run(librdf_world *world, sqlite3 *db, const char *sparql,
                           gd_rows *out, char *why, size_t whylen) {
  tctx c = {.world = world, .db = db, .why = why, .whylen = whylen};
  scope s = {0};
  gd_strbuf sql = {0};
  char *query_sql = NULL;
  const char **names = NULL;
  int *keys = NULL, nkeys = 0, nvisible = 0;
  sqlite3_stmt *st = NULL;
  tcache tc = {0};
  why[0] = '\0';
  rasqal_world *rw = librdf_world_get_rasqal(world);
  c.rq = rw ? rasqal_new_query(rw, "sparql", NULL) : NULL;
  if (!c.rq || rasqal_query_prepare(c.rq, (const unsigned char *)sparql, NULL)) {
    unsupported(&c, "rasqal could not prepare the query");
    goto done;
  }
  rasqal_query_verb verb = rasqal_query_get_verb(c.rq);
  if (verb != RASQAL_QUERY_VERB_SELECT && verb != RASQAL_QUERY_VERB_ASK) {
    unsupported(&c, "only SELECT and ASK");
    goto done;
  }
  if (rasqal_query_get_data_graph(c.rq, 0) || rasqal_query_get_having_condition(c.rq, 0) ||
      rasqal_query_get_bindings_variable(c.rq, 0)) {
    unsupported(&c, "FROM, HAVING or VALUES");
    goto done;
  }
  numeric_ids(&c);
  rasqal_graph_pattern *gp = rasqal_query_get_query_graph_pattern(c.rq);
  if (gp) compile_group(&c, &s, gp, NULL);
  if (c.unsupported || c.failed) goto done;

  if (verb == RASQAL_QUERY_VERB_ASK) {
    b_fmt(&sql, "SELECT 1 FROM %s", s.from.n ? s.from.p : "(SELECT 1)");
    if (s.where.n) b_fmt(&sql, " WHERE %s", s.where.p);
    gd_strbuf_str(&sql, " LIMIT 1");
  } else {
    /* the projection: variables, and COUNT aggregates */
    raptor_sequence *proj = rasqal_query_get_bound_variable_sequence(c.rq);
    int nproj = proj ? raptor_sequence_size(proj) : 0;
    int ngroup = 0, has_agg = 0, distinct = rasqal_query_get_distinct(c.rq);
    while (rasqal_query_get_group_condition(c.rq, ngroup)) ngroup++;
    rasqal_expression *oc;
    int norder = 0;
    while (rasqal_query_get_order_condition(c.rq, norder)) norder++;
    names = calloc((size_t)(nproj + norder) + 1, sizeof *names);
    keys = calloc((size_t)norder + 1, sizeof *keys);
    if (!names || !keys) { c.failed = 1; goto done; }
    gd_strbuf_str(&sql, distinct ? "SELECT DISTINCT " : "SELECT ");
    int ncols = 0;
    for (int i = 0; i < nproj; i++) {
      rasqal_variable *v = raptor_sequence_get_at(proj, i);
      names[ncols] = (const char *)v->name;
      if (ncols) gd_strbuf_str(&sql, ", ");
      if (v->expression) {
        rasqal_expression *e = v->expression;
        if (e->op != RASQAL_EXPR_COUNT || !e->arg1) {
          unsupported(&c, "the projected expression %s", rasqal_expression_op_label(e->op));
          goto done;
        }
        has_agg = 1;
        /* counts come back as xsd:integer: code 0 marks "a number" */
        if (e->arg1->op == RASQAL_EXPR_VARSTAR) {
          if (e->flags & RASQAL_EXPR_FLAG_DISTINCT) {
            unsupported(&c, "COUNT(DISTINCT *)");
            goto done;
          }
          gd_strbuf_str(&sql, "-COUNT(*)");
        } else {
          gd_strbuf a = {0};
          if (compile_expr(&c, &s, e->arg1, &a) != X_TERM) {
            free(a.p);
            unsupported(&c, "COUNT of a computed value");
            goto done;
          }
          b_fmt(&sql, "-COUNT(%s%s)", e->flags & RASQAL_EXPR_FLAG_DISTINCT ? "DISTINCT " : "",
                a.p ? a.p : "NULL");
          free(a.p);
        }
        /* negative: a count, told apart from term codes when decoding */
        gd_strbuf_str(&sql, " - 1");
      } else {
        qvar *q = scope_var(&s, (const char *)v->name);
        gd_strbuf_str(&sql, q ? q->expr : "NULL");
      }
      ncols++;
    }
    nvisible = ncols;
    /* ORDER BY variables; ones not projected ride along in hidden columns */
    for (int i = 0; (oc = rasqal_query_get_order_condition(c.rq, i)); i++) {
      int desc = oc->op == RASQAL_EXPR_ORDER_COND_DESC;
      rasqal_expression *x = oc->op == RASQAL_EXPR_ORDER_COND_ASC || desc ? oc->arg1 : oc;
      if (x->op != RASQAL_EXPR_LITERAL || x->literal->type != RASQAL_LITERAL_VARIABLE) {
        unsupported(&c, "ORDER BY an expression");
        goto done;
      }
      const char *name = (const char *)x->literal->value.variable->name;
      int col = -1;
      for (int k = 0; k < ncols; k++)
        if (!strcmp(names[k], name)) col = k;
      if (col < 0) {
        if (distinct || has_agg || ngroup) {
          unsupported(&c, "ORDER BY a variable that is not selected");
          goto done;
        }
        qvar *q = scope_var(&s, name);
        b_fmt(&sql, ", %s", q ? q->expr : "NULL");
        names[ncols] = name;
        col = ncols++;
      }
      keys[nkeys++] = desc ? -col - 1 : col;
    }
    b_fmt(&sql, " FROM %s", s.from.n ? s.from.p : "(SELECT 1)");
    if (s.where.n) b_fmt(&sql, " WHERE %s", s.where.p);
    if (ngroup) {
      gd_strbuf_str(&sql, " GROUP BY ");
      for (int i = 0; i < ngroup; i++) {
        rasqal_expression *g = rasqal_query_get_group_condition(c.rq, i);
        if (g->op != RASQAL_EXPR_LITERAL || g->literal->type != RASQAL_LITERAL_VARIABLE) {
          unsupported(&c, "GROUP BY an expression");
          goto done;
        }
        qvar *q = scope_var(&s, (const char *)g->literal->value.variable->name);
        b_fmt(&sql, "%s%s", i ? ", " : "", q ? q->expr : "NULL");
      }
    }
    int limit = rasqal_query_get_limit(c.rq), offset = rasqal_query_get_offset(c.rq);
    if (!nkeys && (limit >= 0 || offset > 0))
      b_fmt(&sql, " LIMIT %d OFFSET %d", limit >= 0 ? limit : -1, offset > 0 ? offset : 0);
    /* hidden sort columns go after the visible ones, dropped at the end */
    if (gd_rows_set_names(out, ncols, names)) { c.failed = 1; goto done; }
  }
  if (sql.oom || !(query_sql = gd_strbuf_take(&sql))) { sql.p = NULL; c.failed = 1; goto done; }
  sql.p = NULL;
  if (getenv("GEORDF_DEBUG")) fprintf(stderr, "geordf: SQL: %s\n", query_sql);
  if (sqlite3_prepare_v2(db, query_sql, -1, &st, NULL) != SQLITE_OK) {
    sql_failed(&c, "cannot prepare the translated query");
    goto done;
  }
  if (sqlite3_prepare_v2(db, "SELECT uri FROM uris WHERE id = ?", -1, &tc.uri, NULL) ||
      sqlite3_prepare_v2(db, "SELECT blank FROM blanks WHERE id = ?", -1, &tc.blank, NULL) ||
      sqlite3_prepare_v2(db, "SELECT text, language, datatype FROM literals WHERE id = ?", -1,
                         &tc.lit, NULL)) {
    sql_failed(&c, "cannot read terms");
    goto done;
  }
  if (verb == RASQAL_QUERY_VERB_ASK) {
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) { sql_failed(&c, "the query failed"); goto done; }
    out->is_boolean = 1;
    out->boolean = rc == SQLITE_ROW;
    goto done;
  }
  {
    librdf_uri *xsd_integer = librdf_new_uri(world, (const unsigned char *)XSD "integer");
    librdf_node **row = calloc((size_t)out->ncols + 1, sizeof *row);
    int rc;
    while (!c.failed && row && xsd_integer && (rc = sqlite3_step(st)) == SQLITE_ROW) {
      for (int k = 0; k < out->ncols; k++) {
        row[k] = NULL;
        if (sqlite3_column_type(st, k) == SQLITE_NULL) continue;
        sqlite3_int64 code = sqlite3_column_int64(st, k);
        if (code < 0) {
          char num[32];
          snprintf(num, sizeof num, "%lld", (long long)(-code - 1));
          row[k] = librdf_new_node_from_typed_literal(world, (const unsigned char *)num, NULL,
                                                      xsd_integer);
        } else {
          row[k] = tcache_get(world, &tc, code);
        }
      }
      if (gd_rows_add(out, row)) c.failed = 1;
    }
    if (!c.failed && (!row || !xsd_integer)) c.failed = 1;
    else if (!c.failed && rc != SQLITE_DONE) sql_failed(&c, "the query failed");
    free(row);
    if (xsd_integer) librdf_free_uri(xsd_integer);
  }
  if (!c.failed && nkeys) {
    gd_rows_sort(out, keys, nkeys);
    int limit = rasqal_query_get_limit(c.rq), offset = rasqal_query_get_offset(c.rq);
    if (limit >= 0 || offset > 0) {
      size_t nc = (size_t)out->ncols, from = offset > 0 ? (size_t)offset : 0;
      if (from > out->nrows) from = out->nrows;
      size_t n = out->nrows - from;
      if (limit >= 0 && (size_t)limit < n) n = (size_t)limit;
      for (size_t i = 0; i < from * nc; i++)
        if (out->cells[i]) librdf_free_node(out->cells[i]);
      for (size_t i = (from + n) * nc; i < out->nrows * nc; i++)
        if (out->cells[i]) librdf_free_node(out->cells[i]);
      memmove(out->cells, out->cells + from * nc, n * nc * sizeof *out->cells);
      out->nrows = n;
    }
  }
  if (!c.failed && out->names) {
    /* drop the hidden sort columns */
    if (nvisible < out->ncols) {
      size_t nc = (size_t)out->ncols;
      for (size_t i = 0; i < out->nrows; i++) {
        for (size_t k = (size_t)nvisible; k < nc; k++)
          if (out->cells[i * nc + k]) librdf_free_node(out->cells[i * nc + k]);
        memmove(out->cells + i * (size_t)nvisible, out->cells + i * nc,
                (size_t)nvisible * sizeof *out->cells);
      }
      for (int k = nvisible; k < out->ncols; k++) {
        free(out->names[k]);
        out->names[k] = NULL;
      }
      out->ncols = nvisible;
    }
  }
done:
  if (st) sqlite3_finalize(st);
  tcache_free(&tc);
  free(query_sql);
  free(sql.p);
  free(names);
  free(keys);
  scope_free(&s);
  if (c.rq) rasqal_free_query(c.rq);
  if (c.unsupported || c.failed) {
    gd_rows_clear(out);
    if (c.failed && !why[0]) snprintf(why, whylen, "out of memory");
    return c.unsupported && !c.failed ? GD_SQLQ_UNSUPPORTED : GD_SQLQ_ERROR;
  }
  return GD_SQLQ_OK;
}
