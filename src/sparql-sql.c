/* geordf: the store's SPARQL engine: the algebra of sparql.h compiled to one
 * SQL statement over Redland's sqlite schema (uris, blanks, literals,
 * triples), run by SQLite, the answers decoded to librdf nodes.
 *
 * Every pattern becomes a SELECT whose columns are its variables ("v" and
 * the variable's number in this run: SQLite's names ignore case, SPARQL's
 * do not), each holding a term code (sparql-value.h) or NULL when unbound.
 * Operators compose those SELECTs as subqueries, which SQLite flattens
 * into joins where it can:
 *   BGP        triples t0, t1 ... joined on the code expressions of
 *              subject and object, spelled exactly like the expression
 *              indexes geordf_spo / geordf_pos (sqlquery.c) so that SQLite
 *              uses them; the default graph is every graph's triples as a
 *              set (a triple held in several graphs counts once), the
 *              unnamed graph, or the FROM graphs;
 *   Join       compatible mappings: a variable that may be unbound on one
 *              side matches anything ((a IS NULL OR b IS NULL OR a = b),
 *              coalesce), the rows bound on both sides joined apart on an
 *              indexed equality;
 *   LeftJoin   a real LEFT JOIN, its filter in the ON clause over both
 *              sides' variables; a right side of a few triples joins the
 *              triples table itself, anything else is materialized once;
 *   Filter     WHERE sp_ebv(...): an error or unbound is false;
 *   Union      UNION ALL, missing variables NULL;
 *   Minus      NOT EXISTS of a compatible row sharing a bound variable;
 *   Graph      the triples' contextUri (named graphs only), through a
 *              hidden variable joined with the graph variable at the end;
 *   Extend, Values, subqueries (only projected variables leave them; inside
 *              GRAPH ?g answered per graph),
 *   EXISTS     correlated subqueries whose variables bound outside take
 *              the outer row's values (substitution, section 18.6);
 *   paths      recursive CTEs (* + ? as sets, zero-length pairs for every
 *              node of the active graph and the pattern's constant ends;
 *              from a constant end only what is reachable from it).
 * Aggregates group the WHERE's rows in SQL (an aggregate query without
 * GROUP BY is one group, even over no row); ORDER BY sorts on sp_key
 * COLLATE sparql.  CONSTRUCT instantiates its template per solution in C
 * (fresh blank nodes per solution, ill-formed triples left out, the result
 * a set); DESCRIBE gives the default graph's triples with the resource as
 * subject and, recursively, those of the blank nodes they lead to.
 * Expressions become calls of the SQL functions of sparql-value.h.
 * SPDX-License-Identifier: MIT */
#include "config.h"
#include "sparql-sql.h"
#include "dbconn.h"
#include "hash.h"
#include "sparql-value.h"
#include "strbuf.h"
#include "trace.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The code of a triple's subject and object (P: an alias and a dot); keep
 * them identical to the index definitions in sqlquery.c. */
#define S_EXPR(p) "coalesce(" p "subjectUri*4+1, " p "subjectBlank*4+2)"
#define O_EXPR(p) "coalesce(" p "objectUri*4+1, " p "objectBlank*4+2, " p "objectLiteral*4+3)"

/* SQLite's default limit on a function's arguments (sp_eval has the
 * operator first). */
#define MAX_ARGS 120

/* ---- the compiler's state ------------------------------------------------ */

/* How triples are matched: the default graph, one graph, or every named
 * graph with the graph bound to a variable. */
typedef enum { G_DEFAULT, G_CONST, G_VAR } gkind;
typedef struct {
  gkind kind;
  long long id; /* G_CONST: uris.id of the graph (> 0) */
  int var;      /* G_VAR */
} gctx;

/* Variables visible to an expression or a pattern: NAMES[i] (a variable
 * number) has the SQL expression EXPR[i]; MAYBE[i] when it may be NULL.
 * PARENT: the bindings of an enclosing row (EXISTS). */
typedef struct scope scope;
struct scope {
  const scope *parent;
  size_t n, cap;
  int *var;
  char **expr;
  unsigned char *maybe;
};

/* A compiled pattern: SQL (a SELECT) with one column v<N> per variable. */
typedef struct {
  char *sql;
  size_t n, cap;
  int *var;
  unsigned char *maybe;
} rel;

typedef struct {
  librdf_world *world;
  sqlite3 *db;
  sp_values *vals;
  const gd_sparql_opts *opts;
  char **vnames;
  size_t nv, capv;
  int alias;
  int unsupported, failed;
  char *why;
  size_t whylen;
  /* the dataset: FROM graphs ("1,2": uris ids) and FROM NAMED graphs */
  int from_given, named_given;
  char *from_ids, *named_ids;
  size_t nfrom_ids;
  int64_t base; /* code of the query's base IRI (IRI()), 0: none */
} cx;

static void unsupported(cx *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void unsupported(cx *c, const char *fmt, ...) {
  if (c->unsupported || c->failed) return;
  c->unsupported = 1;
  int k = snprintf(c->why, c->whylen, "not supported: ");
  if (k < 0 || (size_t)k >= c->whylen) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->why + k, c->whylen - (size_t)k, fmt, ap);
  va_end(ap);
}

static void oom(cx *c) {
  if (c->failed) return;
  c->failed = 1;
  snprintf(c->why, c->whylen, "out of memory");
}

static void sql_failed(cx *c, const char *what) {
  if (c->failed) return;
  c->failed = 1;
  snprintf(c->why, c->whylen, "%s: %s", what, sqlite3_errmsg(c->db));
}

static int bad(const cx *c) { return c->unsupported || c->failed; }

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
static void b_quote(gd_strbuf *b, const char *s) {
  gd_strbuf_str(b, "'");
  for (; *s; s++) {
    if (*s == '\'') gd_strbuf_str(b, "'");
    gd_strbuf_add(b, s, 1);
  }
  gd_strbuf_str(b, "'");
}

static void b_code(gd_strbuf *b, int64_t code) {
  if (code < 0) b_fmt(b, "(%lld)", (long long)code);
  else b_fmt(b, "%lld", (long long)code);
}

/* Takes B's text; NULL (and C failed) when memory ran out. */
static char *take(cx *c, gd_strbuf *b) {
  if (b->oom) {
    free(b->p);
    *b = (gd_strbuf){0};
    oom(c);
    return NULL;
  }
  char *s = gd_strbuf_take(b);
  if (!s) oom(c);
  return s;
}

/* The number of variable NAME in this run (new ones are added). */
static int var_id(cx *c, const char *name) {
  for (size_t i = 0; i < c->nv; i++)
    if (!strcmp(c->vnames[i], name)) return (int)i;
  if (c->nv == c->capv) {
    size_t cap = c->capv ? c->capv * 2 : 32;
    char **p = realloc(c->vnames, cap * sizeof *p);
    if (!p) { oom(c); return 0; }
    c->vnames = p;
    c->capv = cap;
  }
  if (!(c->vnames[c->nv] = strdup(name))) { oom(c); return 0; }
  return (int)c->nv++;
}

/* ---- scopes and relations -------------------------------------------------- */

static void scope_free(scope *s) {
  for (size_t i = 0; i < s->n; i++) free(s->expr[i]);
  free(s->var);
  free(s->expr);
  free(s->maybe);
  memset(s, 0, sizeof *s);
}

static void scope_put(cx *c, scope *s, int var, const char *expr, int maybe) {
  for (size_t i = 0; i < s->n; i++)
    if (s->var[i] == var) {
      char *e = strdup(expr);
      if (!e) { oom(c); return; }
      free(s->expr[i]);
      s->expr[i] = e;
      s->maybe[i] = (unsigned char)maybe;
      return;
    }
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 16;
    int *v = realloc(s->var, cap * sizeof *v);
    if (v) s->var = v;
    char **e = realloc(s->expr, cap * sizeof *e);
    if (e) s->expr = e;
    unsigned char *m = realloc(s->maybe, cap);
    if (m) s->maybe = m;
    if (!v || !e || !m) { oom(c); return; }
    s->cap = cap;
  }
  if (!(s->expr[s->n] = strdup(expr))) { oom(c); return; }
  s->var[s->n] = var;
  s->maybe[s->n] = (unsigned char)maybe;
  s->n++;
}

/* The SQL of VAR in S or its parents, NULL when unbound there; *MAYBE set
 * when it may be NULL. */
static const char *scope_get(const scope *s, int var, int *maybe) {
  for (; s; s = s->parent)
    for (size_t i = 0; i < s->n; i++)
      if (s->var[i] == var) {
        if (maybe) *maybe = s->maybe[i];
        return s->expr[i];
      }
  return NULL;
}

static void rel_free(rel *r) {
  free(r->sql);
  free(r->var);
  free(r->maybe);
  memset(r, 0, sizeof *r);
}

static int rel_find(const rel *r, int var) {
  for (size_t i = 0; i < r->n; i++)
    if (r->var[i] == var) return (int)i;
  return -1;
}

static void rel_add(cx *c, rel *r, int var, int maybe) {
  int k = rel_find(r, var);
  if (k >= 0) {
    r->maybe[k] = (unsigned char)(r->maybe[k] && maybe);
    return;
  }
  if (r->n == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 8;
    int *v = realloc(r->var, cap * sizeof *v);
    if (v) r->var = v;
    unsigned char *m = realloc(r->maybe, cap);
    if (m) r->maybe = m;
    if (!v || !m) { oom(c); return; }
    r->cap = cap;
  }
  r->var[r->n] = var;
  r->maybe[r->n] = (unsigned char)maybe;
  r->n++;
}

/* A scope of R's columns under alias A, over PARENT. */
static void rel_scope(cx *c, const rel *r, int a, const scope *parent, scope *out) {
  memset(out, 0, sizeof *out);
  out->parent = parent;
  for (size_t i = 0; i < r->n; i++) {
    char col[48];
    snprintf(col, sizeof col, "r%d.v%d", a, r->var[i]);
    scope_put(c, out, r->var[i], col, r->maybe[i]);
  }
}

/* "SELECT r<A>.v.. AS v.., ..." of R's variables (a dummy column when it
 * has none, as SQL needs one). */
static void select_cols(gd_strbuf *b, const rel *r, int a) {
  gd_strbuf_str(b, "SELECT ");
  for (size_t i = 0; i < r->n; i++)
    b_fmt(b, "%sr%d.v%d AS v%d", i ? ", " : "", a, r->var[i], r->var[i]);
  if (!r->n) gd_strbuf_str(b, "0 AS _z");
}

/* ---- the dataset ------------------------------------------------------------- */

/* uris.id of IRI, 0 when the store lacks it. */
static long long iri_id(cx *c, const char *iri) {
  sp_term t = {.kind = SP_IRI, .lex = iri};
  int64_t code = sp_values_code(c->vals, &t);
  return code > 0 && (code & 3) == 1 ? (long long)(code >> 2) : 0;
}

static int in_list(const char *ids, long long id) {
  char want[32];
  snprintf(want, sizeof want, "%lld", id);
  size_t k = strlen(want);
  for (const char *p = ids; p && *p;) {
    if (!strncmp(p, want, k) && (p[k] == ',' || !p[k])) return 1;
    p = strchr(p, ',');
    if (p) p++;
  }
  return 0;
}

static char *id_list(cx *c, const char **iris, size_t n, size_t *count) {
  gd_strbuf b = {0};
  gd_strbuf_str(&b, "");
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    long long id = iri_id(c, iris[i]);
    if (id && !in_list(b.p, id)) {
      b_fmt(&b, "%s%lld", k ? "," : "", id);
      k++;
    }
  }
  if (count) *count = k;
  return take(c, &b);
}

/* The conditions putting triple alias T in the default graph.  The
 * union of graphs is a set (an RDF merge): a triple held in several graphs
 * counts once, the copy with the smallest rowid; the lookup of an equal
 * triple is one probe of the index on (subject, predicate, object). */
static void default_graph_cond(cx *c, gd_strbuf *w, const char *t) {
  if (c->from_given) {
    if (!c->nfrom_ids) {
      gd_strbuf_str(w, " AND 0");
      return;
    }
    b_fmt(w, " AND %s.contextUri IN (%s)", t, c->from_ids);
    if (c->nfrom_ids < 2) return;
  } else if (!c->opts->union_default) {
    b_fmt(w, " AND %s.contextUri IS NULL", t);
    return;
  }
  b_fmt(w,
        " AND NOT EXISTS (SELECT 1 FROM triples d WHERE "
        "coalesce(d.subjectUri*4+1, d.subjectBlank*4+2) = "
        "coalesce(%s.subjectUri*4+1, %s.subjectBlank*4+2) AND d.predicateUri = %s.predicateUri "
        "AND coalesce(d.objectUri*4+1, d.objectBlank*4+2, d.objectLiteral*4+3) = "
        "coalesce(%s.objectUri*4+1, %s.objectBlank*4+2, %s.objectLiteral*4+3) "
        "AND d.rowid < %s.rowid",
        t, t, t, t, t, t, t);
  if (c->from_given) b_fmt(w, " AND d.contextUri IN (%s)", c->from_ids);
  gd_strbuf_str(w, ")");
}

/* Conditions for a named graph's triple T (G_VAR) */
static void named_graph_cond(cx *c, gd_strbuf *w, const char *t) {
  b_fmt(w, " AND %s.contextUri IS NOT NULL", t);
  if (c->named_given) {
    if (c->named_ids[0]) b_fmt(w, " AND %s.contextUri IN (%s)", t, c->named_ids);
    else gd_strbuf_str(w, " AND 0");
  }
}

/* A relation of one column, the graph variable VAR, listing the named
 * graphs. */
static void named_graphs_rel(cx *c, int var, rel *out) {
  gd_strbuf b = {0};
  if (c->named_given) {
    if (!c->named_ids[0]) {
      b_fmt(&b, "SELECT NULL AS v%d WHERE 0", var);
    } else {
      b_fmt(&b, "SELECT id*4+1 AS v%d FROM uris WHERE id IN (%s)", var, c->named_ids);
    }
  } else {
    b_fmt(&b, "SELECT DISTINCT contextUri*4+1 AS v%d FROM triples WHERE contextUri IS NOT NULL",
          var);
  }
  out->sql = take(c, &b);
  rel_add(c, out, var, 0);
}

/* ---- expressions -------------------------------------------------------------- */

typedef struct {
  const scope *sc;    /* variables */
  const scope *aggsc; /* variables inside aggregates (NULL: none allowed) */
  const gctx *g;      /* active graph, for EXISTS */
  const rel *aggrel;  /* the rows aggregated (COUNT(DISTINCT *)) */
  int aggalias;
  const char *rownum; /* SQL numbering the solutions (BNODE(str)), or NULL */
  const char *aggwhere; /* the rows aggregates take (FILTER), or NULL: all */
} xctx;

static void compile_expr(cx *c, const sp_expr *e, const xctx *x, gd_strbuf *out);
static int compile_pattern(cx *c, const sp_pattern *p, const gctx *g, const scope *env, rel *out);

static void compile_exists(cx *c, const sp_expr *e, const xctx *x, gd_strbuf *out) {
  rel r = {0};
  if (compile_pattern(c, e->pattern, x->g, x->sc, &r)) { rel_free(&r); return; }
  int a = c->alias++;
  b_fmt(out, "sp_boolean(%sEXISTS (SELECT 1 FROM (%s) r%d WHERE 1",
        e->op == SP_E_NOT_EXISTS ? "NOT " : "", r.sql, a);
  /* the pattern's variables agree with the row's (those bound in the
   * pattern's triples already do; BIND, VALUES and subqueries too) */
  for (size_t i = 0; i < r.n; i++) {
    int maybe = 0;
    const char *o = scope_get(x->sc, r.var[i], &maybe);
    if (!o) continue;
    b_fmt(out, " AND ((%s) IS NULL OR r%d.v%d IS NULL OR r%d.v%d = (%s))", o, a, r.var[i], a,
          r.var[i], o);
  }
  gd_strbuf_str(out, "))");
  rel_free(&r);
}

static void compile_agg(cx *c, const sp_expr *e, const xctx *x, gd_strbuf *out) {
  if (!x->aggsc) {
    unsupported(c, "an aggregate outside an aggregate query or inside another aggregate");
    return;
  }
  xctx in = {.sc = x->aggsc, .g = x->g};
  if (!e->nargs) { /* COUNT(*) */
    if (e->agg != SP_AGG_COUNT) {
      unsupported(c, "an aggregate of * other than COUNT");
      return;
    }
    if (!e->distinct) {
      gd_strbuf_str(out, "sp_integer(count(*)");
      if (x->aggwhere) b_fmt(out, " FILTER (WHERE %s)", x->aggwhere);
      gd_strbuf_str(out, ")");
      return;
    }
    /* distinct solutions: all the row's codes as one text */
    gd_strbuf_str(out, "sp_integer(count(DISTINCT ''");
    for (size_t i = 0; x->aggrel && i < x->aggrel->n; i++) {
      const char *name = c->vnames[x->aggrel->var[i]];
      if (name[0] == '.') continue;
      b_fmt(out, " || ',' || quote(r%d.v%d)", x->aggalias, x->aggrel->var[i]);
    }
    gd_strbuf_str(out, ")");
    if (x->aggwhere) b_fmt(out, " FILTER (WHERE %s)", x->aggwhere);
    gd_strbuf_str(out, ")");
    return;
  }
  /* the named forms answer an aggregate over no row at all (unbound MIN,
   * "" GROUP_CONCAT, 0 COUNT) */
  static const char *const names[] = {"count", "sum", "min", "max", "avg", "sample",
                                      "group_concat"};
  if ((unsigned)e->agg >= sizeof names / sizeof *names) {
    unsupported(c, "aggregate %d", (int)e->agg);
    return;
  }
  b_fmt(out, "sp_agg_%s(%d, ", names[e->agg], e->distinct ? 1 : 0);
  compile_expr(c, e->args[0], &in, out);
  if (e->agg == SP_AGG_GROUP_CONCAT) {
    gd_strbuf_str(out, ", ");
    b_quote(out, e->separator ? e->separator : " ");
  }
  gd_strbuf_str(out, ")");
  if (x->aggwhere) b_fmt(out, " FILTER (WHERE %s)", x->aggwhere);
}

static void compile_expr(cx *c, const sp_expr *e, const xctx *x, gd_strbuf *out) {
  if (bad(c)) return;
  switch (e->op) {
  case SP_E_VAR: {
    const char *s = scope_get(x->sc, var_id(c, e->var), NULL);
    b_fmt(out, "(%s)", s ? s : "NULL");
    return;
  }
  case SP_E_TERM: {
    int64_t code = sp_values_code(c->vals, &e->term);
    if (code) b_code(out, code);
    else gd_strbuf_str(out, "NULL");
    return;
  }
  case SP_E_EXISTS:
  case SP_E_NOT_EXISTS:
    compile_exists(c, e, x, out);
    return;
  case SP_E_AGG:
    compile_agg(c, e, x, out);
    return;
  case SP_E_CAST: {
    static const char *const casts[] = {
        "string", "boolean", "decimal", "float", "double", "integer", "dateTime", "date",
        "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte",
        "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
        "positiveInteger"};
    int known = 0;
    size_t k = strlen(SP_XSD);
    for (size_t i = 0; e->iri && !strncmp(e->iri, SP_XSD, k) && i < sizeof casts / sizeof *casts;
         i++)
      known |= !strcmp(e->iri + k, casts[i]);
    if (!known) { unsupported(c, "the cast to <%s>", e->iri ? e->iri : "?"); return; }
    if (e->nargs != 1) { unsupported(c, "a cast with %zu arguments", e->nargs); return; }
    gd_strbuf_str(out, "sp_cast(");
    b_quote(out, e->iri);
    gd_strbuf_str(out, ", ");
    compile_expr(c, e->args[0], x, out);
    gd_strbuf_str(out, ")");
    return;
  }
  case SP_E_FUNCTION:
    unsupported(c, "the function <%s>", e->iri ? e->iri : "?");
    return;
  case SP_F_BOUND: {
    if (e->nargs != 1 || e->args[0]->op != SP_E_VAR) {
      unsupported(c, "BOUND of something other than a variable");
      return;
    }
    const char *s = scope_get(x->sc, var_id(c, e->args[0]->var), NULL);
    b_fmt(out, "sp_boolean((%s) IS NOT NULL)", s ? s : "NULL");
    return;
  }
  case SP_F_SAMETERM:
    /* equal codes: the same term (sparql-value.h) */
    if (e->nargs != 2) break;
    gd_strbuf_str(out, "sp_boolean((");
    compile_expr(c, e->args[0], x, out);
    gd_strbuf_str(out, ") = (");
    compile_expr(c, e->args[1], x, out);
    gd_strbuf_str(out, "))");
    return;
  default:
    break;
  }
  if (e->op < SP_E_OR || e->op >= SP_E_COUNT_) {
    unsupported(c, "expression kind %d", (int)e->op);
    return;
  }
  if (e->nargs > MAX_ARGS) {
    unsupported(c, "an expression of more than %d arguments", MAX_ARGS);
    return;
  }
  b_fmt(out, "sp_eval(%d", (int)e->op);
  for (size_t i = 0; i < e->nargs; i++) {
    gd_strbuf_str(out, ", ");
    compile_expr(c, e->args[i], x, out);
  }
  /* IRI(str) resolves against the query's base; BNODE(str) is one blank
   * node per string and solution */
  if (e->op == SP_F_IRI && e->nargs == 1) {
    gd_strbuf_str(out, ", ");
    if (c->base) b_code(out, c->base);
    else gd_strbuf_str(out, "NULL");
  }
  if (e->op == SP_F_BNODE && e->nargs == 1 && x->rownum) b_fmt(out, ", %s", x->rownum);
  gd_strbuf_str(out, ")");
}

/* ---- property paths ------------------------------------------------------------ */

/* The pairs (s, o) of path P, with column g (the graph's code) under
 * G_VAR; EXTRA: constant codes that count as nodes of the graph for
 * zero-length paths (the ends written in the pattern, as section 18.5's
 * ALP starts from them whether or not the graph holds them). */
static void path_sql(cx *c, const sp_path *p, const gctx *g, const char *extra, gd_strbuf *b);

/* The triples of the active graph with predicate condition PRED over alias t. */
static void edge_sql(cx *c, const gctx *g, const char *pred, int inverse, gd_strbuf *b) {
  const char *s = inverse ? O_EXPR("t.") : S_EXPR("t.");
  const char *o = inverse ? S_EXPR("t.") : O_EXPR("t.");
  b_fmt(b, "SELECT %s AS s, %s AS o", s, o);
  if (g->kind == G_VAR) gd_strbuf_str(b, ", t.contextUri*4+1 AS g");
  b_fmt(b, " FROM triples t WHERE %s", pred);
  if (g->kind == G_DEFAULT) default_graph_cond(c, b, "t");
  else if (g->kind == G_CONST) b_fmt(b, " AND t.contextUri = %lld", g->id);
  else named_graph_cond(c, b, "t");
}

/* Every node (subject or object) of the active graph, column n (and g). */
static void nodes_sql(cx *c, const gctx *g, const char *extra, gd_strbuf *b) {
  const char *gc = g->kind == G_VAR ? ", t.contextUri*4+1 AS g" : "";
  for (int side = 0; side < 2; side++) {
    if (side) gd_strbuf_str(b, " UNION ");
    b_fmt(b, "SELECT %s AS n%s FROM triples t WHERE 1", side ? O_EXPR("t.") : S_EXPR("t."), gc);
    if (g->kind == G_DEFAULT) {
      /* duplicates go with UNION */
      if (c->from_given) {
        if (c->nfrom_ids) b_fmt(b, " AND t.contextUri IN (%s)", c->from_ids);
        else gd_strbuf_str(b, " AND 0");
      } else if (!c->opts->union_default) {
        gd_strbuf_str(b, " AND t.contextUri IS NULL");
      }
    } else if (g->kind == G_CONST) {
      b_fmt(b, " AND t.contextUri = %lld", g->id);
    } else {
      named_graph_cond(c, b, "t");
    }
  }
  if (extra && *extra) {
    if (g->kind == G_VAR) {
      rel gr = {0};
      named_graphs_rel(c, g->var, &gr);
      b_fmt(b, " UNION SELECT x.column1 AS n, gr.v%d AS g FROM (VALUES %s) x, (%s) gr", g->var,
            extra, gr.sql ? gr.sql : "SELECT 0");
      rel_free(&gr);
    } else {
      b_fmt(b, " UNION SELECT column1 AS n FROM (VALUES %s)", extra);
    }
  }
}

/* The zero-length paths of p* and p? added to the rows before: each node
 * (nodes_sql()) to itself. */
static void zero_length_sql(cx *c, const gctx *g, const char *extra, gd_strbuf *b) {
  gd_strbuf_str(b, " UNION SELECT n AS s, n AS o");
  if (g->kind == G_VAR) gd_strbuf_str(b, ", g");
  gd_strbuf_str(b, " FROM (");
  nodes_sql(c, g, extra, b);
  gd_strbuf_str(b, ")");
}

static void path_sql(cx *c, const sp_path *p, const gctx *g, const char *extra, gd_strbuf *b) {
  if (bad(c)) return;
  int gv = g->kind == G_VAR;
  const char *gcol = gv ? ", g" : "";
  switch (p->kind) {
  case SP_PATH_LINK: {
    long long id = iri_id(c, p->iri);
    char pred[64];
    snprintf(pred, sizeof pred, "t.predicateUri = %lld", id);
    edge_sql(c, g, id ? pred : "0", 0, b);
    return;
  }
  case SP_PATH_INV: {
    int a = c->alias++;
    b_fmt(b, "SELECT r%d.o AS s, r%d.s AS o%s FROM (", a, a, gv ? ", g" : "");
    path_sql(c, p->a, g, extra, b);
    b_fmt(b, ") r%d", a);
    return;
  }
  case SP_PATH_SEQ: {
    int a = c->alias++, z = c->alias++;
    b_fmt(b, "SELECT r%d.s AS s, r%d.o AS o", a, z);
    if (gv) b_fmt(b, ", r%d.g AS g", a);
    gd_strbuf_str(b, " FROM (");
    path_sql(c, p->a, g, extra, b);
    b_fmt(b, ") r%d, (", a);
    path_sql(c, p->b, g, extra, b);
    b_fmt(b, ") r%d WHERE r%d.o = r%d.s", z, a, z);
    if (gv) b_fmt(b, " AND r%d.g = r%d.g", a, z);
    return;
  }
  case SP_PATH_ALT:
    gd_strbuf_str(b, "SELECT * FROM (");
    path_sql(c, p->a, g, extra, b);
    gd_strbuf_str(b, ") UNION ALL SELECT * FROM (");
    path_sql(c, p->b, g, extra, b);
    gd_strbuf_str(b, ")");
    return;
  case SP_PATH_PLUS:
  case SP_PATH_STAR: {
    /* the transitive closure, a set (UNION) */
    int k = c->alias++;
    b_fmt(b, "WITH RECURSIVE e%d(s, o%s) AS (SELECT s, o%s FROM (", k, gcol, gcol);
    path_sql(c, p->a, g, extra, b);
    b_fmt(b, ")), c%d(s, o%s) AS (SELECT s, o%s FROM e%d UNION SELECT c%d.s, e%d.o", k, gcol,
          gcol, k, k, k);
    if (gv) b_fmt(b, ", c%d.g", k);
    b_fmt(b, " FROM c%d JOIN e%d ON e%d.s = c%d.o", k, k, k, k);
    if (gv) b_fmt(b, " AND e%d.g = c%d.g", k, k);
    b_fmt(b, ") SELECT s, o%s FROM c%d", gcol, k);
    if (p->kind == SP_PATH_STAR) zero_length_sql(c, g, extra, b);
    return;
  }
  case SP_PATH_OPT:
    gd_strbuf_str(b, "SELECT s, o");
    gd_strbuf_str(b, gcol);
    gd_strbuf_str(b, " FROM (");
    path_sql(c, p->a, g, extra, b);
    gd_strbuf_str(b, ")");
    zero_length_sql(c, g, extra, b);
    return;
  case SP_PATH_NEG: {
    /* !(a|b|^c|^d): forward links other than a and b, backward links
     * other than c and d */
    int parts = 0;
    for (int inv = 0; inv < 2; inv++) {
      const char **iris = inv ? p->inv : p->fwd;
      size_t n = inv ? p->ninv : p->nfwd;
      if (!n && (inv || p->ninv)) continue;
      gd_strbuf pred = {0};
      gd_strbuf_str(&pred, "t.predicateUri IS NOT NULL");
      size_t k = 0;
      for (size_t i = 0; i < n; i++) {
        long long id = iri_id(c, iris[i]);
        if (!id) continue;
        b_fmt(&pred, "%s%lld", k++ ? ", " : " AND t.predicateUri NOT IN (", id);
      }
      if (k) gd_strbuf_str(&pred, ")");
      char *ps = take(c, &pred);
      if (!ps) return;
      if (parts++) gd_strbuf_str(b, " UNION ALL ");
      gd_strbuf_str(b, "SELECT * FROM (");
      edge_sql(c, g, ps, inv, b);
      gd_strbuf_str(b, ")");
      free(ps);
    }
    return;
  }
  }
}

/* P+ or P* from the constant SEED (FWD: as subject, else as object): only
 * the nodes reachable from it, instead of the whole closure. */
static void path_seeded(cx *c, const sp_path *p, const gctx *g, const char *extra, int64_t seed,
                        int fwd, gd_strbuf *b) {
  int gv = g->kind == G_VAR, k = c->alias++;
  const char *from = fwd ? "s" : "o", *to = fwd ? "o" : "s";
  b_fmt(b, "WITH RECURSIVE c%d(n%s) AS (SELECT %s%s FROM (", k, gv ? ", g" : "", to, gv ? ", g" : "");
  path_sql(c, p->a, g, extra, b);
  b_fmt(b, ") WHERE %s = ", from);
  b_code(b, seed);
  b_fmt(b, " UNION SELECT a.%s%s FROM c%d JOIN (", to, gv ? ", a.g" : "", k);
  path_sql(c, p->a, g, extra, b);
  b_fmt(b, ") a ON a.%s = c%d.n", from, k);
  if (gv) b_fmt(b, " AND a.g = c%d.g", k);
  gd_strbuf_str(b, ") SELECT ");
  if (fwd) { b_code(b, seed); b_fmt(b, " AS s, n AS o"); }
  else { gd_strbuf_str(b, "n AS s, "); b_code(b, seed); gd_strbuf_str(b, " AS o"); }
  b_fmt(b, "%s FROM c%d", gv ? ", g" : "", k);
  if (p->kind == SP_PATH_STAR) {
    /* the zero-length path: the seed itself (in every named graph) */
    gd_strbuf_str(b, " UNION SELECT ");
    b_code(b, seed);
    gd_strbuf_str(b, " AS s, ");
    b_code(b, seed);
    gd_strbuf_str(b, " AS o");
    if (gv) {
      rel gr = {0};
      named_graphs_rel(c, g->var, &gr);
      b_fmt(b, ", gr.v%d AS g FROM (%s) gr", g->var, gr.sql ? gr.sql : "SELECT NULL AS v0");
      rel_free(&gr);
    }
  }
}

/* ---- graph patterns ---------------------------------------------------------------- */

/* A BGP being built: FROM items, WHERE conditions, the variables bound. */
typedef struct {
  gd_strbuf from, where;
  scope vars;
  int nfrom;
} bgp;

/* Binds VAR to POS (an SQL expression never NULL) in B; ENV: the bindings
 * of an enclosing row (EXISTS), which the pattern takes as constants. */
static void bgp_bind(cx *c, bgp *b, const scope *env, int var, const char *pos) {
  int maybe = 0;
  const char *d = scope_get(&b->vars, var, NULL);
  if (d) {
    b_fmt(&b->where, " AND %s = %s", pos, d);
    return;
  }
  const char *o = env ? scope_get(env, var, &maybe) : NULL;
  if (o) {
    if (maybe) b_fmt(&b->where, " AND ((%s) IS NULL OR %s = (%s))", o, pos, o);
    else b_fmt(&b->where, " AND %s = (%s)", pos, o);
  }
  scope_put(c, &b->vars, var, pos, 0);
}

/* A constant position: 0 when it cannot match (a term the store lacks or of
 * the wrong kind), else its code. */
static int64_t bgp_const(cx *c, const sp_term *t, int subject) {
  int64_t code = sp_values_code(c->vals, t);
  if (code <= 0) return 0;
  if (subject && (code & 3) == 3) return 0;
  return code;
}

static void bgp_node(cx *c, bgp *b, const scope *env, const sp_node *n, const char *pos,
                     int subject) {
  if (n->var) {
    bgp_bind(c, b, env, var_id(c, n->var), pos);
    return;
  }
  int64_t code = bgp_const(c, &n->term, subject);
  if (!code) gd_strbuf_str(&b->where, " AND 0");
  else b_fmt(&b->where, " AND %s = %lld", pos, (long long)code);
}

static void compile_triple(cx *c, bgp *b, const sp_triple *t, const gctx *g, const scope *env) {
  char a[16], sx[128], ox[160], px[64], gx[64];
  int k = c->alias++;
  if (t->path) {
    /* the ends written as terms count as nodes for zero-length paths */
    gd_strbuf extra = {0};
    const sp_node *ends[2] = {&t->s, &t->o};
    for (int i = 0; i < 2; i++) {
      if (ends[i]->var) continue;
      int64_t code = sp_values_code(c->vals, &ends[i]->term);
      if (!code) continue;
      b_fmt(&extra, "%s(", extra.n ? ", " : "");
      b_code(&extra, code);
      gd_strbuf_str(&extra, ")");
    }
    char *ex = take(c, &extra);
    if (!ex) return;
    b_fmt(&b->from, "%s(", b->nfrom++ ? ", " : "");
    int closure = t->path->kind == SP_PATH_PLUS || t->path->kind == SP_PATH_STAR;
    int64_t sc = t->s.var ? 0 : sp_values_code(c->vals, &t->s.term);
    int64_t oc = t->o.var ? 0 : sp_values_code(c->vals, &t->o.term);
    if (closure && sc) path_seeded(c, t->path, g, ex, sc, 1, &b->from);
    else if (closure && oc) path_seeded(c, t->path, g, ex, oc, 0, &b->from);
    else path_sql(c, t->path, g, ex, &b->from);
    b_fmt(&b->from, ") r%d", k);
    free(ex);
    snprintf(sx, sizeof sx, "r%d.s", k);
    snprintf(ox, sizeof ox, "r%d.o", k);
    if (t->s.var) bgp_bind(c, b, env, var_id(c, t->s.var), sx);
    else b_fmt(&b->where, " AND %s = %lld", sx, (long long)sp_values_code(c->vals, &t->s.term));
    if (t->o.var) bgp_bind(c, b, env, var_id(c, t->o.var), ox);
    else b_fmt(&b->where, " AND %s = %lld", ox, (long long)sp_values_code(c->vals, &t->o.term));
    if (g->kind == G_VAR) {
      snprintf(gx, sizeof gx, "r%d.g", k);
      bgp_bind(c, b, env, g->var, gx);
    }
    return;
  }
  snprintf(a, sizeof a, "t%d", k);
  b_fmt(&b->from, "%striples %s", b->nfrom++ ? ", " : "", a);
  snprintf(sx, sizeof sx, "coalesce(%s.subjectUri*4+1, %s.subjectBlank*4+2)", a, a);
  snprintf(ox, sizeof ox, "coalesce(%s.objectUri*4+1, %s.objectBlank*4+2, %s.objectLiteral*4+3)",
           a, a, a);
  snprintf(px, sizeof px, "(%s.predicateUri*4+1)", a);
  /* the predicate first: its column leads the index geordf_pos */
  if (t->p.var) {
    bgp_bind(c, b, env, var_id(c, t->p.var), px);
  } else {
    int64_t code = bgp_const(c, &t->p.term, 1);
    if (!code || (code & 3) != 1) gd_strbuf_str(&b->where, " AND 0");
    else b_fmt(&b->where, " AND %s.predicateUri = %lld", a, (long long)(code >> 2));
  }
  bgp_node(c, b, env, &t->s, sx, 1);
  bgp_node(c, b, env, &t->o, ox, 0);
  if (g->kind == G_DEFAULT) {
    default_graph_cond(c, &b->where, a);
  } else if (g->kind == G_CONST) {
    b_fmt(&b->where, " AND %s.contextUri = %lld", a, g->id);
  } else {
    named_graph_cond(c, &b->where, a);
    snprintf(gx, sizeof gx, "(%s.contextUri*4+1)", a);
    bgp_bind(c, b, env, g->var, gx);
  }
}

static int compile_bgp(cx *c, const sp_pattern *p, const gctx *g, const scope *env, rel *out) {
  bgp b = {0};
  for (size_t i = 0; i < p->ntriples && !bad(c); i++) compile_triple(c, &b, &p->triples[i], g, env);
  gd_strbuf s = {0};
  gd_strbuf_str(&s, "SELECT ");
  for (size_t i = 0; i < b.vars.n; i++) {
    b_fmt(&s, "%s%s AS v%d", i ? ", " : "", b.vars.expr[i], b.vars.var[i]);
    rel_add(c, out, b.vars.var[i], 0);
  }
  if (!b.vars.n) gd_strbuf_str(&s, "0 AS _z");
  if (b.nfrom) b_fmt(&s, " FROM %s", b.from.p);
  if (b.where.n) b_fmt(&s, " WHERE 1%s", b.where.p);
  out->sql = take(c, &s);
  free(b.from.p);
  free(b.where.p);
  scope_free(&b.vars);
  return bad(c) ? -1 : 0;
}

/* The columns of a join of A (alias a) and B (alias b) into OUT, SQL
 * select list into S; the compatibility conditions into ON.  LEFT: a left
 * join, where B's side may be missing altogether. */
static void join_cols(cx *c, const rel *A, int a, const rel *B, int b, int left, rel *out,
                      gd_strbuf *s, gd_strbuf *on) {
  gd_strbuf_str(s, "SELECT ");
  size_t k = 0;
  gd_strbuf_str(on, "1");
  for (size_t i = 0; i < A->n; i++) {
    int v = A->var[i], j = rel_find(B, v);
    if (j < 0) {
      b_fmt(s, "%sr%d.v%d AS v%d", k++ ? ", " : "", a, v, v);
      rel_add(c, out, v, A->maybe[i]);
    } else if (!A->maybe[i] && !B->maybe[j]) {
      b_fmt(s, "%sr%d.v%d AS v%d", k++ ? ", " : "", a, v, v);
      b_fmt(on, " AND r%d.v%d = r%d.v%d", a, v, b, v);
      rel_add(c, out, v, 0);
    } else {
      if (!A->maybe[i]) b_fmt(s, "%sr%d.v%d AS v%d", k++ ? ", " : "", a, v, v);
      else b_fmt(s, "%scoalesce(r%d.v%d, r%d.v%d) AS v%d", k++ ? ", " : "", a, v, b, v, v);
      b_fmt(on, " AND (r%d.v%d IS NULL OR r%d.v%d IS NULL OR r%d.v%d = r%d.v%d)", a, v, b, v, a,
            v, b, v);
      rel_add(c, out, v, A->maybe[i] && (left || B->maybe[j]));
    }
  }
  for (size_t j = 0; j < B->n; j++) {
    if (rel_find(A, B->var[j]) >= 0) continue;
    b_fmt(s, "%sr%d.v%d AS v%d", k++ ? ", " : "", b, B->var[j], B->var[j]);
    rel_add(c, out, B->var[j], left || B->maybe[j]);
  }
  if (!k) gd_strbuf_str(s, "0 AS _z");
}

static int is_empty_bgp(const sp_pattern *p) { return p->kind == SP_P_BGP && !p->ntriples; }

static int compile_join(cx *c, const rel *A, const rel *B, rel *out) {
  int a = c->alias++, b = c->alias++;
  gd_strbuf s = {0}, on = {0};
  join_cols(c, A, a, B, b, 0, out, &s, &on);
  char *cols = take(c, &s), *cond = take(c, &on);
  if (!cols || !cond) { free(cols); free(cond); return -1; }
  /* A shared variable that may be unbound makes the join condition an OR
   * no index serves: the rows where it is bound on both sides join on
   * equality (indexed), the others (compatible with anything) apart. */
  int split = -1;
  for (size_t i = 0; i < A->n && split < 0; i++) {
    int j = rel_find(B, A->var[i]);
    if (j >= 0 && (A->maybe[i] || B->maybe[j])) split = A->var[i];
  }
  if (split < 0) {
    b_fmt(&s, "%s FROM (%s) r%d, (%s) r%d WHERE %s", cols, A->sql, a, B->sql, b, cond);
  } else {
    b_fmt(&s, "%s FROM (%s) r%d, (%s) r%d WHERE r%d.v%d = r%d.v%d AND %s", cols, A->sql, a, B->sql,
          b, a, split, b, split, cond);
    b_fmt(&s, " UNION ALL %s FROM (%s) r%d, (%s) r%d WHERE (r%d.v%d IS NULL OR r%d.v%d IS NULL) AND %s",
          cols, A->sql, a, B->sql, b, a, split, b, split, cond);
  }
  free(cols);
  free(cond);
  out->sql = take(c, &s);
  return bad(c) ? -1 : 0;
}

/* The row seen by an OPTIONAL's filter: A's columns (alias a), the
 * right side's variables as BOUND has them (those A may leave unbound
 * taken from there when A has none). */
static void merged_scope(cx *c, const rel *A, int a, const scope *bound, const scope *env,
                         scope *m) {
  memset(m, 0, sizeof *m);
  m->parent = env;
  for (size_t i = 0; i < A->n; i++) {
    int v = A->var[i];
    const char *pos = NULL;
    for (const scope *s = bound; s && s != env && !pos; s = s->parent)
      for (size_t j = 0; j < s->n && !pos; j++)
        if (s->var[j] == v && strncmp(s->expr[j], "r", 1)) pos = s->expr[j];
    gd_strbuf e = {0};
    if (pos && A->maybe[i]) b_fmt(&e, "coalesce(r%d.v%d, %s)", a, v, pos);
    else b_fmt(&e, "r%d.v%d", a, v);
    char *es = take(c, &e);
    if (es) scope_put(c, m, v, es, A->maybe[i]);
    free(es);
  }
  for (const scope *s = bound; s && s != env; s = s->parent)
    for (size_t j = 0; j < s->n; j++)
      if (rel_find(A, s->var[j]) < 0 && !scope_get(m, s->var[j], NULL))
        scope_put(c, m, s->var[j], s->expr[j], 1);
}

/* OPTIONAL { a few triples }: the triples tables themselves on the right,
 * one LEFT JOIN each, their ON clauses comparing with the indexed code
 * expressions.  (A subquery there is either flattened by SQLite with its
 * columns wrapped for the NULL row, which hides them from the expression
 * indexes: one scan of the right side per left row; or materialized whole,
 * however few rows the left side has.)  A triple joins only when the rest
 * of the pattern (and the filter) can follow (EXISTS), so partial matches
 * never show and each full match counts once. */
#define MAX_INLINE 6
/* One part of the right side: a BGP and the filter of its OPTIONAL. */
typedef struct {
  const sp_pattern *bgp;
  const sp_expr *filter;
} segment;

/* OPTIONAL { B1 } or OPTIONAL { B1 OPTIONAL { B2 } }: SEGS in order, each
 * joining only after the one before it matched. */
static int compile_leftjoin_bgp(cx *c, const segment *segs, size_t nsegs, const rel *A,
                                const gctx *g, const scope *env, rel *out) {
  int a = c->alias++;
  scope as;
  rel_scope(c, A, a, env, &as);
  /* LEVEL[k]: the variables the first k+1 triples bind (parent: LEVEL[k-1]) */
  scope level[MAX_INLINE];
  size_t nl = 0;
  gd_strbuf from = {0};
  b_fmt(&from, "(%s) r%d", A->sql, a);
  int prev = -1;
  for (size_t sg = 0; sg < nsegs; sg++) {
    const sp_pattern *B = segs[sg].bgp;
    const sp_expr *f = segs[sg].filter;
    size_t n = B->ntriples;
    for (size_t k = 0; k < n && !bad(c) && nl < MAX_INLINE; k++) {
      const scope *up = nl ? &level[nl - 1] : &as;
      int t = c->alias;
      bgp bk = {0};
      compile_triple(c, &bk, &B->triples[k], g, up);
      scope *lv = &level[nl++];
      memset(lv, 0, sizeof *lv);
      lv->parent = up;
      /* a variable keeps the position of the triple that bound it first:
       * a later (optional) one may be NULL where it is bound */
      for (size_t i = 0; i < bk.vars.n; i++) {
        int seen = 0;
        for (size_t j = 0; j + 1 < nl; j++)
          for (size_t m = 0; m < level[j].n; m++) seen |= level[j].var[m] == bk.vars.var[i];
        if (!seen) scope_put(c, lv, bk.vars.var[i], bk.vars.expr[i], 0);
      }
      b_fmt(&from, " LEFT JOIN %s ON 1%s", bk.from.p ? bk.from.p : "(SELECT 1)",
            bk.where.p ? bk.where.p : "");
      if (prev >= 0) b_fmt(&from, " AND t%d.rowid IS NOT NULL", prev);
      prev = t;
      free(bk.from.p);
      free(bk.where.p);
      scope_free(&bk.vars);
      if (k + 1 < n || f) {
        /* the rest of this part and its filter can follow */
        bgp br = {0};
        scope rest = {.parent = lv};
        for (size_t j = k + 1; j < n && !bad(c); j++) {
          compile_triple(c, &br, &B->triples[j], g, j == k + 1 ? lv : &rest);
          for (size_t i = 0; i < br.vars.n; i++)
            if (!scope_get(&rest, br.vars.var[i], NULL))
              scope_put(c, &rest, br.vars.var[i], br.vars.expr[i], 0);
        }
        if (br.nfrom) b_fmt(&from, " AND EXISTS (SELECT 1 FROM %s WHERE 1%s", br.from.p,
                            br.where.p ? br.where.p : "");
        if (f) {
          scope m;
          merged_scope(c, A, a, &rest, env, &m);
          xctx x = {.sc = &m, .g = g};
          gd_strbuf_str(&from, " AND sp_ebv(");
          compile_expr(c, f, &x, &from);
          gd_strbuf_str(&from, ")");
          scope_free(&m);
        }
        if (br.nfrom) gd_strbuf_str(&from, ")");
        free(br.from.p);
        free(br.where.p);
        scope_free(&br.vars);
        scope_free(&rest);
      }
    }
  }
  gd_strbuf s = {0};
  gd_strbuf_str(&s, "SELECT ");
  size_t k = 0;
  scope m;
  merged_scope(c, A, a, nl ? &level[nl - 1] : &as, env, &m);
  for (size_t i = 0; i < m.n; i++) {
    b_fmt(&s, "%s%s AS v%d", k++ ? ", " : "", m.expr[i], m.var[i]);
    int ia = rel_find(A, m.var[i]);
    rel_add(c, out, m.var[i], ia >= 0 ? A->maybe[ia] : 1);
  }
  if (!k) gd_strbuf_str(&s, "0 AS _z");
  b_fmt(&s, " FROM %s", from.p ? from.p : "(SELECT 1)");
  out->sql = take(c, &s);
  free(from.p);
  scope_free(&m);
  for (size_t i = 0; i < nl; i++) scope_free(&level[i]);
  scope_free(&as);
  return bad(c) ? -1 : 0;
}

/* A BGP the triples table can join inline (no path), of N triples. */
static int inline_bgp(const sp_pattern *p, size_t *n) {
  if (p->kind != SP_P_BGP || !p->ntriples) return 0;
  for (size_t i = 0; i < p->ntriples; i++)
    if (p->triples[i].path) return 0;
  *n += p->ntriples;
  return 1;
}

static int bgp_mentions(const sp_pattern *p, const char *v) {
  for (size_t i = 0; i < p->ntriples; i++) {
    const sp_triple *t = &p->triples[i];
    if ((t->s.var && !strcmp(t->s.var, v)) || (t->p.var && !strcmp(t->p.var, v)) ||
        (t->o.var && !strcmp(t->o.var, v)))
      return 1;
  }
  return 0;
}

/* Whether every variable of E that A binds is one B1 or B2 binds (and E
 * has no EXISTS): then E sees the same values nested or chained. */
static int expr_within(cx *c, const sp_expr *e, const rel *A, const sp_pattern *b1,
                       const sp_pattern *b2) {
  if (!e) return 1;
  if (e->op == SP_E_EXISTS || e->op == SP_E_NOT_EXISTS) return 0;
  if (e->op == SP_E_VAR && rel_find(A, var_id(c, e->var)) >= 0 && !bgp_mentions(b1, e->var) &&
      !bgp_mentions(b2, e->var))
    return 0;
  for (size_t i = 0; i < e->nargs; i++)
    if (!expr_within(c, e->args[i], A, b1, b2)) return 0;
  return 1;
}

/* OPTIONAL { B1 OPTIONAL { B2 } } chains as A LEFT JOIN B1 LEFT JOIN B2
 * (B2 only after B1 matched) when B2 meets A only through B1's variables
 * (a well-designed pattern): B2's rows then agree with A whenever they
 * agree with B1. */
static int nested_chain_ok(cx *c, const sp_pattern *p, const rel *A) {
  const sp_pattern *in = p->b;
  if (p->expr || in->kind != SP_P_LEFTJOIN) return 0;
  size_t n = 0;
  if (!inline_bgp(in->a, &n) || !inline_bgp(in->b, &n) || n > MAX_INLINE) return 0;
  const sp_pattern *b1 = in->a, *b2 = in->b;
  for (size_t i = 0; i < b2->ntriples; i++) {
    const sp_node *pos[3] = {&b2->triples[i].s, &b2->triples[i].p, &b2->triples[i].o};
    for (int k = 0; k < 3; k++)
      if (pos[k]->var && rel_find(A, var_id(c, pos[k]->var)) >= 0 &&
          !bgp_mentions(b1, pos[k]->var))
        return 0;
  }
  return expr_within(c, in->expr, A, b1, b2);
}

static int compile_leftjoin(cx *c, const sp_pattern *p, const gctx *g, const scope *env,
                            rel *out) {
  rel A = {0}, B = {0};
  int rc = -1;
  size_t n = 0;
  if (inline_bgp(p->b, &n) && n <= MAX_INLINE) {
    segment one = {p->b, p->expr};
    if (!compile_pattern(c, p->a, g, env, &A)) rc = compile_leftjoin_bgp(c, &one, 1, &A, g, env, out);
    rel_free(&A);
    return rc;
  }
  if (p->b->kind == SP_P_LEFTJOIN) {
    if (compile_pattern(c, p->a, g, env, &A)) goto done;
    if (nested_chain_ok(c, p, &A)) {
      segment two[2] = {{p->b->a, NULL}, {p->b->b, p->b->expr}};
      rc = compile_leftjoin_bgp(c, two, 2, &A, g, env, out);
      goto done;
    }
    rel_free(&A);
  }
  if (compile_pattern(c, p->a, g, env, &A) || compile_pattern(c, p->b, g, env, &B)) goto done;
  int a = c->alias++, b = c->alias++;
  gd_strbuf s = {0}, on = {0};
  join_cols(c, &A, a, &B, b, 1, out, &s, &on);
  if (p->expr) {
    /* the filter sees both sides: the merged row */
    scope m = {.parent = env};
    for (size_t i = 0; i < out->n; i++) {
      int v = out->var[i], ia = rel_find(&A, v), ib = rel_find(&B, v);
      char e[96];
      if (ia >= 0 && ib >= 0 && A.maybe[ia])
        snprintf(e, sizeof e, "coalesce(r%d.v%d, r%d.v%d)", a, v, b, v);
      else
        snprintf(e, sizeof e, "r%d.v%d", ia >= 0 ? a : b, v);
      scope_put(c, &m, v, e, out->maybe[i]);
    }
    xctx x = {.sc = &m, .g = g};
    gd_strbuf_str(&on, " AND sp_ebv(");
    compile_expr(c, p->expr, &x, &on);
    gd_strbuf_str(&on, ")");
    scope_free(&m);
  }
  /* LIMIT keeps SQLite from flattening the right side into the LEFT JOIN
   * (which would hide its columns from the indexes, see above): it is
   * materialized once and joined through an automatic index instead */
  b_fmt(&s, " FROM (%s) r%d LEFT JOIN (SELECT * FROM (%s) LIMIT -1) r%d ON %s", A.sql, a, B.sql,
        b, on.p ? on.p : "1");
  free(on.p);
  out->sql = take(c, &s);
  rc = bad(c) ? -1 : 0;
done:
  rel_free(&A);
  rel_free(&B);
  return rc;
}

static int compile_filter(cx *c, const sp_pattern *p, const gctx *g, const scope *env, rel *out) {
  rel A = {0};
  if (compile_pattern(c, p->a, g, env, &A)) { rel_free(&A); return -1; }
  int a = c->alias++;
  scope sc;
  rel_scope(c, &A, a, env, &sc);
  gd_strbuf s = {0};
  select_cols(&s, &A, a);
  b_fmt(&s, " FROM (%s) r%d WHERE sp_ebv(", A.sql, a);
  xctx x = {.sc = &sc, .g = g};
  compile_expr(c, p->expr, &x, &s);
  gd_strbuf_str(&s, ")");
  scope_free(&sc);
  out->sql = take(c, &s);
  for (size_t i = 0; i < A.n; i++) rel_add(c, out, A.var[i], A.maybe[i]);
  rel_free(&A);
  return bad(c) ? -1 : 0;
}

/* Compiles both sides of the binary pattern P and makes OUT of them with
 * COMBINE (compile_join, compile_union, compile_minus), which reads them. */
static int compile_sides(cx *c, const sp_pattern *p, const gctx *g, const scope *env, rel *out,
                         int (*combine)(cx *, const rel *, const rel *, rel *)) {
  rel A = {0}, B = {0};
  int rc = -1;
  if (!compile_pattern(c, p->a, g, env, &A) && !compile_pattern(c, p->b, g, env, &B)) rc = combine(c, &A, &B, out);
  rel_free(&A);
  rel_free(&B);
  return rc;
}

static void union_side(gd_strbuf *s, const rel *U, const rel *X, int a) {
  gd_strbuf_str(s, "SELECT ");
  for (size_t i = 0; i < U->n; i++) {
    if (rel_find(X, U->var[i]) >= 0) b_fmt(s, "%sr%d.v%d AS v%d", i ? ", " : "", a, U->var[i], U->var[i]);
    else b_fmt(s, "%sNULL AS v%d", i ? ", " : "", U->var[i]);
  }
  if (!U->n) gd_strbuf_str(s, "0 AS _z");
  b_fmt(s, " FROM (%s) r%d", X->sql, a);
}

static int compile_union(cx *c, const rel *A, const rel *B, rel *out) {
  for (size_t i = 0; i < A->n; i++)
    rel_add(c, out, A->var[i], A->maybe[i] || rel_find(B, A->var[i]) < 0);
  for (size_t i = 0; i < B->n; i++) {
    int ia = rel_find(A, B->var[i]);
    if (ia >= 0) {
      int k = rel_find(out, B->var[i]);
      out->maybe[k] = (unsigned char)(A->maybe[ia] || B->maybe[i]);
    } else {
      rel_add(c, out, B->var[i], 1);
    }
  }
  gd_strbuf s = {0};
  union_side(&s, out, A, c->alias++);
  gd_strbuf_str(&s, " UNION ALL ");
  union_side(&s, out, B, c->alias++);
  out->sql = take(c, &s);
  return bad(c) ? -1 : 0;
}

static int compile_minus(cx *c, const rel *A, const rel *B, rel *out) {
  int a = c->alias++, b = c->alias++;
  gd_strbuf s = {0}, compat = {0}, shared = {0};
  select_cols(&s, A, a);
  b_fmt(&s, " FROM (%s) r%d", A->sql, a);
  for (size_t i = 0; i < A->n; i++) {
    int v = A->var[i], j = rel_find(B, v);
    rel_add(c, out, v, A->maybe[i]);
    if (j < 0) continue;
    if (!A->maybe[i] && !B->maybe[j])
      b_fmt(&compat, " AND r%d.v%d = r%d.v%d", a, v, b, v);
    else
      b_fmt(&compat, " AND (r%d.v%d IS NULL OR r%d.v%d IS NULL OR r%d.v%d = r%d.v%d)", a, v, b,
            v, a, v, b, v);
    /* the graph of GRAPH ?g (a hidden variable) is no shared variable */
    if (c->vnames[v][0] != '\001')
      b_fmt(&shared, "%sr%d.v%d = r%d.v%d", shared.n ? " OR " : "", a, v, b, v);
  }
  /* no variable in common: nothing is removed */
  if (shared.n)
    b_fmt(&s, " WHERE NOT EXISTS (SELECT 1 FROM (%s) r%d WHERE 1%s AND (%s))", B->sql, b,
          compat.p ? compat.p : "", shared.p);
  free(compat.p);
  free(shared.p);
  out->sql = take(c, &s);
  return bad(c) ? -1 : 0;
}

/* The relation of no row with R's variables. */
static void empty_like(cx *c, const rel *R, rel *out) {
  gd_strbuf s = {0};
  gd_strbuf_str(&s, "SELECT ");
  for (size_t i = 0; i < R->n; i++) {
    b_fmt(&s, "%sNULL AS v%d", i ? ", " : "", R->var[i]);
    rel_add(c, out, R->var[i], 1);
  }
  if (!R->n) gd_strbuf_str(&s, "0 AS _z");
  gd_strbuf_str(&s, " WHERE 0");
  out->sql = take(c, &s);
}

static int compile_graph(cx *c, const sp_pattern *p, const scope *env, rel *out) {
  if (!p->name.var) {
    if (p->name.term.kind != SP_IRI) {
      unsupported(c, "GRAPH with a literal name");
      return -1;
    }
    long long id = iri_id(c, p->name.term.lex);
    int named = 0;
    if (id && (!c->named_given || in_list(c->named_ids, id))) {
      sqlite3_stmt *st = NULL;
      if (sqlite3_prepare_v2(c->db, "SELECT 1 FROM triples WHERE contextUri = ? LIMIT 1", -1,
                             &st, NULL) != SQLITE_OK) {
        sql_failed(c, "cannot look up a graph");
        return -1;
      }
      sqlite3_bind_int64(st, 1, id);
      named = sqlite3_step(st) == SQLITE_ROW;
      sqlite3_finalize(st);
    }
    gctx g = {.kind = G_CONST, .id = id};
    rel in = {0};
    if (compile_pattern(c, p->a, &g, env, &in)) { rel_free(&in); return -1; }
    /* a name that is no graph of the dataset: no solution */
    if (named) *out = in;
    else { empty_like(c, &in, out); rel_free(&in); }
    return bad(c) ? -1 : 0;
  }
  /* The triples bind a hidden variable H to their graph; the graph
   * variable joins H at the end.  Inside, ?g stays an ordinary variable
   * (section 18.6: the pattern is evaluated in each graph, then joined
   * with ?g = that graph), so GRAPH ?g { ?s ?p ?o OPTIONAL { ?s ?p ?g } }
   * keeps its meaning. */
  char hname[32];
  snprintf(hname, sizeof hname, "\001g%d", c->alias++);
  int h = var_id(c, hname), gv = var_id(c, p->name.var);
  gctx g = {.kind = G_VAR, .var = h};
  rel in = {0}, P = {0};
  if (compile_pattern(c, p->a, &g, env, &in)) { rel_free(&in); return -1; }
  int k = rel_find(&in, h);
  if (k >= 0 && !in.maybe[k]) {
    P = in;
  } else {
    /* parts without triples (BIND, VALUES, {}) hold in every named graph */
    rel G = {0};
    named_graphs_rel(c, h, &G);
    int rc = bad(c) ? -1 : compile_join(c, &in, &G, &P);
    rel_free(&in);
    rel_free(&G);
    if (rc) { rel_free(&P); return -1; }
  }
  int a = c->alias++, kg = rel_find(&P, gv);
  gd_strbuf s = {0};
  gd_strbuf_str(&s, "SELECT ");
  size_t n = 0;
  for (size_t i = 0; i < P.n; i++) {
    int v = P.var[i];
    if (v == h || v == gv) continue;
    b_fmt(&s, "%sr%d.v%d AS v%d", n++ ? ", " : "", a, v, v);
    rel_add(c, out, v, P.maybe[i]);
  }
  if (kg >= 0) b_fmt(&s, "%scoalesce(r%d.v%d, r%d.v%d) AS v%d", n ? ", " : "", a, gv, a, h, gv);
  else b_fmt(&s, "%sr%d.v%d AS v%d", n ? ", " : "", a, h, gv);
  rel_add(c, out, gv, 0);
  b_fmt(&s, " FROM (%s) r%d", P.sql, a);
  if (kg >= 0) b_fmt(&s, " WHERE (r%d.v%d IS NULL OR r%d.v%d = r%d.v%d)", a, gv, a, gv, a, h);
  out->sql = take(c, &s);
  rel_free(&P);
  return bad(c) ? -1 : 0;
}

/* Whether E calls a function giving another value at each call (RAND,
 * UUID, STRUUID, BNODE). */
static int nondeterministic(const sp_expr *e) {
  if (!e) return 0;
  if (e->op == SP_F_RAND || e->op == SP_F_UUID || e->op == SP_F_STRUUID || e->op == SP_F_BNODE)
    return 1;
  for (size_t i = 0; i < e->nargs; i++)
    if (nondeterministic(e->args[i])) return 1;
  return 0;
}

/* A's rows with VARS[i] bound to EXPRS[i] (N of them, none reading
 * another's variable). */
static int extend_rel_n(cx *c, const rel *A, const int *vars, const sp_expr *const *exprs,
                        size_t n, const gctx *g, const scope *env, rel *out) {
  int a = c->alias++;
  scope sc;
  rel_scope(c, A, a, env, &sc);
  gd_strbuf s = {0};
  gd_strbuf_str(&s, "SELECT ");
  for (size_t i = 0; i < A->n; i++) {
    b_fmt(&s, "r%d.v%d AS v%d, ", a, A->var[i], A->var[i]);
    rel_add(c, out, A->var[i], A->maybe[i]);
  }
  int nondet = 0;
  for (size_t i = 0; i < n; i++) {
    xctx x = {.sc = &sc, .g = g, .rownum = "row_number() OVER ()"};
    if (i) gd_strbuf_str(&s, ", ");
    compile_expr(c, exprs[i], &x, &s);
    b_fmt(&s, " AS v%d", vars[i]);
    nondet |= nondeterministic(exprs[i]);
  }
  b_fmt(&s, " FROM (%s) r%d", A->sql, a);
  /* SQLite copies a flattened subquery's expressions to each use: a RAND()
   * bound once must be computed once (OFFSET keeps it from flattening) */
  if (nondet) gd_strbuf_str(&s, " LIMIT -1 OFFSET 0");
  for (size_t i = 0; i < n; i++) rel_add(c, out, vars[i], 1);
  scope_free(&sc);
  out->sql = take(c, &s);
  return bad(c) ? -1 : 0;
}

/* A's rows with VAR bound to EXPR. */
static int extend_rel(cx *c, const rel *A, int v, const sp_expr *expr, const gctx *g,
                      const scope *env, rel *out) {
  return extend_rel_n(c, A, &v, &expr, 1, g, env, out);
}

/* Whether E reads variable NAME (an EXISTS counts as reading every one). */
static int reads_var(const sp_expr *e, const char *name) {
  if (!e) return 0;
  if (e->op == SP_E_VAR) return strcmp(e->var, name) == 0;
  if (e->op == SP_E_EXISTS || e->op == SP_E_NOT_EXISTS) return 1;
  for (size_t i = 0; i < e->nargs; i++)
    if (reads_var(e->args[i], name)) return 1;
  return 0;
}

static int compile_extend(cx *c, const sp_pattern *p, const gctx *g, const scope *env, rel *out) {
  rel A = {0};
  if (compile_pattern(c, p->a, g, env, &A)) { rel_free(&A); return -1; }
  int v = var_id(c, p->var);
  if (rel_find(&A, v) >= 0) {
    unsupported(c, "BIND to the variable ?%s bound before it", p->var);
    rel_free(&A);
    return -1;
  }
  int rc = extend_rel(c, &A, v, p->expr, g, env, out);
  rel_free(&A);
  return rc;
}

static int compile_values(cx *c, const sp_pattern *p, rel *out) {
  gd_strbuf s = {0};
  int *vars = calloc(p->nvars + 1, sizeof *vars);
  if (!vars) { oom(c); return -1; }
  for (size_t j = 0; j < p->nvars; j++) vars[j] = var_id(c, p->vars[j]);
  if (!p->nrows) {
    gd_strbuf_str(&s, "SELECT ");
    for (size_t j = 0; j < p->nvars; j++) b_fmt(&s, "%sNULL AS v%d", j ? ", " : "", vars[j]);
    if (!p->nvars) gd_strbuf_str(&s, "0 AS _z");
    gd_strbuf_str(&s, " WHERE 0");
  } else {
    gd_strbuf_str(&s, "SELECT ");
    for (size_t j = 0; j < p->nvars; j++)
      b_fmt(&s, "%scolumn%zu AS v%d", j ? ", " : "", j + 1, vars[j]);
    if (!p->nvars) gd_strbuf_str(&s, "0 AS _z");
    gd_strbuf_str(&s, " FROM (VALUES ");
    for (size_t i = 0; i < p->nrows; i++) {
      gd_strbuf_str(&s, i ? ", (" : "(");
      for (size_t j = 0; j < p->nvars; j++) {
        const sp_term *t = p->cells[i * p->nvars + j];
        if (j) gd_strbuf_str(&s, ", ");
        int64_t code = t ? sp_values_code(c->vals, t) : 0;
        if (code) b_code(&s, code);
        else gd_strbuf_str(&s, "NULL");
      }
      if (!p->nvars) gd_strbuf_str(&s, "0");
      gd_strbuf_str(&s, ")");
    }
    gd_strbuf_str(&s, ")");
  }
  for (size_t j = 0; j < p->nvars; j++) {
    int maybe = !p->nrows;
    for (size_t i = 0; i < p->nrows; i++)
      if (!p->cells[i * p->nvars + j]) maybe = 1;
    rel_add(c, out, vars[j], maybe);
  }
  free(vars);
  out->sql = take(c, &s);
  return bad(c) ? -1 : 0;
}

static int compile_select(cx *c, const sp_query *q, const gctx *g, rel *out, char ***names);

static int compile_pattern(cx *c, const sp_pattern *p, const gctx *g, const scope *env, rel *out) {
  if (bad(c)) return -1;
  switch (p->kind) {
  case SP_P_BGP:
    return compile_bgp(c, p, g, env, out);
  case SP_P_JOIN: {
    /* {} joins as the identity */
    if (is_empty_bgp(p->a)) return compile_pattern(c, p->b, g, env, out);
    if (is_empty_bgp(p->b)) return compile_pattern(c, p->a, g, env, out);
    return compile_sides(c, p, g, env, out, compile_join);
  }
  case SP_P_LEFTJOIN:
    return compile_leftjoin(c, p, g, env, out);
  case SP_P_FILTER:
    return compile_filter(c, p, g, env, out);
  case SP_P_UNION:
    return compile_sides(c, p, g, env, out, compile_union);
  case SP_P_MINUS:
    return compile_sides(c, p, g, env, out, compile_minus);
  case SP_P_GRAPH:
    return compile_graph(c, p, env, out);
  case SP_P_EXTEND:
    return compile_extend(c, p, g, env, out);
  case SP_P_VALUES:
    return compile_values(c, p, out);
  case SP_P_SUBQUERY:
    return compile_select(c, p->query, g, out, NULL);
  case SP_P_SERVICE:
    unsupported(c, "SERVICE");
    return -1;
  }
  unsupported(c, "graph pattern kind %d", (int)p->kind);
  return -1;
}

/* ---- queries ------------------------------------------------------------------------- */

/* A GROUP BY key that is a bare integer would be read as a column number. */
static void group_key(gd_strbuf *s, const char *k) {
  const char *p = k;
  if (*p == '(') p++;
  if (*p == '-') p++;
  if (strspn(p, "0123456789)") == strlen(p)) b_fmt(s, "(%s) + 0", k);
  else gd_strbuf_str(s, k);
}

/* The where pattern, modifiers and projection of SELECT (or the solutions
 * of CONSTRUCT / DESCRIBE / ASK) as one SELECT with columns v<N>; NAMES
 * (when not NULL) gets the projected names in order (NULL-terminated,
 * caller frees the array, the names stay C's). */
static int compile_select(cx *c, const sp_query *q, const gctx *g, rel *out, char ***names) {
  rel W = {0};
  int rc = -1;
  scope ws = {0}, gs = {0};
  gd_strbuf s = {0}, tail = {0};
  int *proj = NULL;
  size_t nproj = 0;
  char aggwhere[48];
  /* Inside GRAPH ?g a subquery is answered per named graph: its triples
   * bind the hidden graph variable H (compile_graph), which it projects
   * and groups by.  LIMIT / OFFSET would need one evaluation per graph. */
  int h = g->kind == G_VAR ? g->var : -1;
  if (h >= 0 && (q->limit >= 0 || q->offset > 0)) {
    unsupported(c, "LIMIT or OFFSET in a subquery inside GRAPH ?var");
    goto done;
  }
  /* an aggregate without GROUP BY there is one group per named graph,
   * even a graph without a match: the graphs left-joined with the rows,
   * the aggregates taking only the rows that matched */
  int pergraph = h >= 0 && q->aggregated && !q->ngroup;
  if (compile_pattern(c, q->where, g, NULL, &W)) goto done;
  if (h >= 0 && (rel_find(&W, h) < 0 || W.maybe[rel_find(&W, h)])) {
    rel G = {0}, J = {0};
    named_graphs_rel(c, h, &G);
    int r = bad(c) ? -1 : compile_join(c, &W, &G, &J);
    rel_free(&G);
    rel_free(&W);
    W = J;
    if (r) goto done;
  }
  if (q->values) {
    rel V = {0}, J = {0};
    if (compile_pattern(c, q->values, g, NULL, &V)) { rel_free(&V); goto done; }
    int r = compile_join(c, &W, &V, &J);
    rel_free(&V);
    rel_free(&W);
    W = J;
    if (r) goto done;
  }
  if (pergraph) {
    rel G = {0}, P = {0};
    named_graphs_rel(c, h, &G);
    int ga = c->alias++, wa = c->alias++;
    gd_strbuf ps = {0};
    b_fmt(&ps, "SELECT r%d.v%d AS v%d", ga, h, h);
    rel_add(c, &P, h, 0);
    for (size_t i = 0; i < W.n; i++) {
      if (W.var[i] == h) continue;
      b_fmt(&ps, ", r%d.v%d AS v%d", wa, W.var[i], W.var[i]);
      rel_add(c, &P, W.var[i], 1);
    }
    b_fmt(&ps, ", r%d._m AS _m FROM (%s) r%d LEFT JOIN (SELECT *, 1 AS _m FROM (%s)) r%d ON r%d.v%d = r%d.v%d",
          wa, G.sql ? G.sql : "SELECT NULL", ga, W.sql, wa, wa, h, ga, h);
    P.sql = take(c, &ps);
    rel_free(&G);
    rel_free(&W);
    W = P;
    if (bad(c)) goto done;
  }
  /* Projection expressions are Extends (18.2.4.4); they stay inline in the
   * SELECT unless one gives another value at each call, which must be
   * computed once per solution: then each becomes a layer of its own. */
  int layered = 0;
  for (size_t i = 0; !q->aggregated && i < q->nproj; i++) layered |= nondeterministic(q->proj[i].expr);
  /* one layer holds the expressions that do not read each other's
   * variables: a new layer only where one does (SQLite's parser allows
   * few nested subqueries) */
  for (size_t i = 0; layered && i < q->nproj && !bad(c);) {
    int lv[64];
    const sp_expr *le[64];
    size_t n = 0, j = i;
    for (; j < q->nproj && n < 64; j++) {
      if (!q->proj[j].expr) continue;
      int reads = 0;
      for (size_t k = i; k < j && !reads; k++)
        reads = q->proj[k].expr && reads_var(q->proj[j].expr, q->proj[k].var);
      if (reads) break;
      lv[n] = var_id(c, q->proj[j].var);
      le[n++] = q->proj[j].expr;
    }
    i = j;
    if (!n) continue;
    rel E = {0};
    int r = extend_rel_n(c, &W, lv, le, n, g, NULL, &E);
    rel_free(&W);
    W = E;
    if (r) goto done;
  }
  int a = c->alias++;
  rel_scope(c, &W, a, NULL, &ws);

  /* the projected variables */
  size_t cap = q->nproj + q->ndescribe + W.n + 2;
  proj = calloc(cap, sizeof *proj);
  if (!proj) { oom(c); goto done; }
  const sp_proj *pl = q->proj;
  size_t npl = q->nproj;
  int star = q->star || q->form == SP_CONSTRUCT || (q->form == SP_DESCRIBE && !q->ndescribe);
  if (q->form == SP_ASK) star = 0, npl = 0;
  if (q->form == SP_DESCRIBE && q->ndescribe) {
    npl = 0;
    for (size_t i = 0; i < q->ndescribe; i++)
      if (q->describe[i].var) proj[nproj++] = var_id(c, q->describe[i].var);
  } else if (star) {
    /* in-scope variables in order of appearance; '.' ones are blank nodes */
    npl = 0;
    const char **vs = sp_pattern_vars((sp_query *)q, q->where);
    for (size_t i = 0; vs && vs[i]; i++) {
      int v = var_id(c, vs[i]);
      if (rel_find(&W, v) >= 0 && (vs[i][0] != '.' || q->form == SP_CONSTRUCT)) proj[nproj++] = v;
    }
    /* and those of a trailing VALUES */
    for (size_t i = 0; i < W.n; i++) {
      int seen = 0;
      for (size_t j = 0; j < nproj; j++) seen |= proj[j] == W.var[i];
      if (!seen && c->vnames[W.var[i]][0] != '\001' &&
          (c->vnames[W.var[i]][0] != '.' || q->form == SP_CONSTRUCT))
        proj[nproj++] = W.var[i];
    }
  }

  xctx x = {.sc = &ws, .g = g};
  if (q->aggregated) {
    /* grouped: variables are the keys; aggregates see the rows */
    gs.parent = NULL;
    gd_strbuf keys = {0};
    if (h >= 0) {
      const char *hk = scope_get(&ws, h, NULL);
      b_fmt(&keys, "%s", hk ? hk : "NULL");
      scope_put(c, &gs, h, hk ? hk : "NULL", 0);
    }
    for (size_t i = 0; i < q->ngroup; i++) {
      gd_strbuf k = {0};
      compile_expr(c, q->group[i].expr, &x, &k);
      char *ks = take(c, &k);
      if (!ks) goto done;
      if (keys.n) gd_strbuf_str(&keys, ", ");
      group_key(&keys, ks);
      if (q->group[i].var) scope_put(c, &gs, var_id(c, q->group[i].var), ks, 1);
      else if (q->group[i].expr->op == SP_E_VAR)
        scope_put(c, &gs, var_id(c, q->group[i].expr->var), ks, 1);
      free(ks);
    }
    if (keys.n) b_fmt(&tail, " GROUP BY %s", keys.p);
    free(keys.p);
    x = (xctx){.sc = &gs, .aggsc = &ws, .g = g, .aggrel = &W, .aggalias = a};
    if (pergraph) {
      snprintf(aggwhere, sizeof aggwhere, "r%d._m IS NOT NULL", a);
      x.aggwhere = aggwhere;
    }
    if (star) {
      unsupported(c, "SELECT * with GROUP BY");
      goto done;
    }
  }
  gd_strbuf_str(&s, q->distinct ? "SELECT DISTINCT " : "SELECT ");
  scope *vs = q->aggregated ? &gs : &ws;
  size_t ncols = 0;
  for (size_t i = 0; i < npl; i++) {
    int v = var_id(c, pl[i].var);
    if (pl[i].expr && !layered) {
      gd_strbuf e = {0};
      xctx xp = x;
      xp.rownum = "row_number() OVER ()";
      compile_expr(c, pl[i].expr, &xp, &e);
      char *es = take(c, &e);
      if (!es) goto done;
      /* later expressions and ORDER BY may use it */
      scope_put(c, vs, v, es, 1);
      free(es);
    }
    proj[nproj++] = v;
  }
  if (h >= 0) proj[nproj++] = h;
  for (size_t i = 0; i < nproj; i++) {
    int maybe = 1;
    const char *e = scope_get(vs, proj[i], &maybe);
    if (rel_find(out, proj[i]) >= 0) continue; /* DESCRIBE ?x ?x */
    b_fmt(&s, "%s%s AS v%d", ncols++ ? ", " : "", e ? e : "NULL", proj[i]);
    rel_add(c, out, proj[i], e ? maybe : 1);
  }
  if (!ncols) gd_strbuf_str(&s, "0 AS _z");
  /* an aggregate query without GROUP BY is one group, even over no row
   * and when it projects no aggregate: count(*) makes the SELECT one */
  if (q->aggregated && !q->ngroup && !pergraph) gd_strbuf_str(&s, ", count(*) AS _n");
  b_fmt(&s, " FROM (%s) r%d", W.sql, a);
  if (tail.n) gd_strbuf_str(&s, tail.p);
  if (q->nhaving) {
    if (!q->aggregated) {
      unsupported(c, "HAVING without aggregation");
      goto done;
    }
    gd_strbuf_str(&s, " HAVING 1");
    for (size_t i = 0; i < q->nhaving; i++) {
      gd_strbuf_str(&s, " AND sp_ebv(");
      compile_expr(c, q->having[i], &x, &s);
      gd_strbuf_str(&s, ")");
    }
  }
  if (q->norder && q->form != SP_ASK) {
    gd_strbuf_str(&s, " ORDER BY ");
    for (size_t i = 0; i < q->norder; i++) {
      gd_strbuf_str(&s, i ? ", sp_key(" : "sp_key(");
      compile_expr(c, q->order[i].expr, &x, &s);
      b_fmt(&s, ") COLLATE sparql%s", q->order[i].desc ? " DESC" : "");
    }
  }
  if (q->limit >= 0 || q->offset > 0)
    b_fmt(&s, " LIMIT %lld OFFSET %lld", q->limit >= 0 ? q->limit : -1LL,
          q->offset > 0 ? q->offset : 0LL);
  if (bad(c)) goto done;
  out->sql = take(c, &s);
  if (!out->sql) goto done;
  if (names) {
    *names = calloc(out->n + 1, sizeof **names);
    if (!*names) { oom(c); goto done; }
    for (size_t i = 0; i < out->n; i++) (*names)[i] = c->vnames[out->var[i]];
  }
  rc = 0;
done:
  free(s.p);
  free(tail.p);
  free(proj);
  scope_free(&ws);
  scope_free(&gs);
  rel_free(&W);
  return rc;
}

/* ---- decoding ------------------------------------------------------------------------ */

/* Term code -> node, so that repeated terms are made once. */
typedef struct {
  int64_t code;
  librdf_node *node;
} ncache_ent;

typedef struct {
  ncache_ent *v;
  size_t n, cap;
  gd_hindex ix; /* over V, by code */
} ncache;

static void ncache_free(ncache *nc) {
  for (size_t i = 0; i < nc->n; i++) librdf_free_node(nc->v[i].node);
  free(nc->v);
  gd_hindex_free(&nc->ix);
}

static librdf_node *make_node(cx *c, int64_t code) {
  sp_term t;
  if (sp_values_term(c->vals, code, &t)) return NULL;
  switch (t.kind) {
  case SP_IRI:
    return librdf_new_node_from_uri_string(c->world, (const unsigned char *)t.lex);
  case SP_BLANK:
    return librdf_new_node_from_blank_identifier(c->world, (const unsigned char *)t.lex);
  case SP_LITERAL: {
    librdf_uri *dt = NULL;
    if (t.datatype && !(t.lang && *t.lang)) {
      dt = librdf_new_uri(c->world, (const unsigned char *)t.datatype);
      if (!dt) return NULL;
    }
    const char *lex = t.lex ? t.lex : "";
    /* raptor's constructor: librdf's rewrites an xsd:boolean "0" as
     * "false", which is another term */
    librdf_node *n = raptor_new_term_from_counted_literal(
        librdf_world_get_raptor(c->world), (const unsigned char *)lex, strlen(lex), dt,
        (const unsigned char *)(t.lang && *t.lang ? t.lang : NULL),
        t.lang && *t.lang ? (unsigned char)strlen(t.lang) : 0);
    if (dt) librdf_free_uri(dt);
    return n;
  }
  }
  return NULL;
}

/* A new reference to the node of CODE, NULL when out of memory or the code
 * is no term. */
static librdf_node *node_of(cx *c, ncache *nc, int64_t code) {
  if (gd_hindex_reserve(&nc->ix, 1)) return NULL;
  uint32_t tag = gd_hash_int_tag((uint64_t)code);
  gd_hslot *sl;
  for (sl = gd_hindex_first(&nc->ix, tag); sl->ix; sl = gd_hindex_next(&nc->ix, sl))
    if (sl->tag == tag && nc->v[sl->ix - 1].code == code)
      return librdf_new_node_from_node(nc->v[sl->ix - 1].node);
  if (nc->n == nc->cap) {
    size_t cap = nc->cap ? nc->cap * 2 : 512;
    ncache_ent *v = realloc(nc->v, cap * sizeof *v);
    if (!v) return NULL;
    nc->v = v;
    nc->cap = cap;
  }
  librdf_node *n = make_node(c, code);
  if (!n) return NULL;
  nc->v[nc->n] = (ncache_ent){code, n};
  gd_hindex_put(&nc->ix, sl, tag, nc->n++);
  return librdf_new_node_from_node(n);
}

/* The kind of a term code (0: none). */
static int code_kind(cx *c, int64_t code) {
  if (code > 0) return (int)(code & 3);
  sp_term t;
  if (sp_values_term(c->vals, code, &t)) return 0;
  return (int)t.kind;
}

/* ---- a set of triples of codes (CONSTRUCT and DESCRIBE give sets) ---------- */

typedef struct {
  int64_t (*t)[3]; /* the triples, in the order added */
  size_t n, cap;
  gd_hindex ix;    /* over T */
} tset;

static void tset_free(tset *s) {
  free(s->t);
  gd_hindex_free(&s->ix);
}

static uint32_t tset_tag(const int64_t *k) {
  uint64_t h = GD_FNV1A_INIT;
  for (int i = 0; i < 3; i++) h = (h ^ (uint64_t)k[i]) * 0x100000001b3ULL;
  return gd_hash_tag(h);
}

/* 1 when new, 0 when present, -1 out of memory. */
static int tset_add(tset *s, const int64_t *k) {
  if (gd_hindex_reserve(&s->ix, 1)) return -1;
  uint32_t tag = tset_tag(k);
  gd_hslot *sl;
  for (sl = gd_hindex_first(&s->ix, tag); sl->ix; sl = gd_hindex_next(&s->ix, sl))
    if (sl->tag == tag && !memcmp(s->t[sl->ix - 1], k, sizeof s->t[0])) return 0;
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 128;
    int64_t(*t)[3] = realloc(s->t, cap * sizeof *t);
    if (!t) return -1;
    s->t = t;
    s->cap = cap;
  }
  memcpy(s->t[s->n], k, sizeof s->t[0]);
  gd_hindex_put(&s->ix, sl, tag, s->n++);
  return 1;
}

/* Adds the triple of codes K to OUT unless already there. */
static void emit_triple(cx *c, ncache *nc, tset *seen, const int64_t *k, gd_rows *out) {
  int r = tset_add(seen, k);
  if (r < 0) { oom(c); return; }
  if (!r) return;
  librdf_node *row[3];
  for (int i = 0; i < 3; i++) row[i] = node_of(c, nc, k[i]);
  if (!row[0] || !row[1] || !row[2]) {
    for (int i = 0; i < 3; i++)
      if (row[i]) librdf_free_node(row[i]);
    snprintf(c->why, c->whylen, "cannot make a node of a result");
    c->failed = 1;
    return;
  }
  if (gd_rows_add(out, row)) oom(c);
}

/* CONSTRUCT: the template per solution, fresh blank nodes per solution,
 * triples with an unbound or misplaced term left out (section 16.2). */
static void construct_rows(cx *c, const sp_query *q, sqlite3_stmt *st, const rel *R, ncache *nc,
                           tset *seen, gd_rows *out) {
  size_t nt = q->nconstruct;
  /* per template position: column index, or -1 for a constant */
  int *col = calloc(nt * 3 + 1, sizeof *col);
  int64_t *konst = calloc(nt * 3 + 1, sizeof *konst);
  int64_t *fresh = calloc(nt * 3 + 1, sizeof *fresh);
  if (!col || !konst || !fresh) { oom(c); goto done; }
  for (size_t i = 0; i < nt; i++) {
    const sp_node *pos[3] = {&q->construct[i].s, &q->construct[i].p, &q->construct[i].o};
    if (q->construct[i].path) { unsupported(c, "a property path in a CONSTRUCT template"); goto done; }
    for (int k = 0; k < 3; k++) {
      col[3 * i + k] = -1;
      if (pos[k]->var) {
        col[3 * i + k] = rel_find(R, var_id(c, pos[k]->var));
        if (col[3 * i + k] < 0) col[3 * i + k] = -2; /* never bound */
      } else if (pos[k]->term.kind != SP_BLANK) {
        konst[3 * i + k] = sp_values_code(c->vals, &pos[k]->term);
      }
    }
  }
  int rc;
  while (!bad(c) && (rc = sqlite3_step(st)) == SQLITE_ROW) {
    /* this solution's blank nodes, by label */
    for (size_t i = 0; i < nt * 3; i++) fresh[i] = 0;
    for (size_t i = 0; i < nt && !bad(c); i++) {
      const sp_node *pos[3] = {&q->construct[i].s, &q->construct[i].p, &q->construct[i].o};
      int64_t k[3];
      int ok = 1;
      for (int j = 0; j < 3 && ok; j++) {
        int cl = col[3 * i + j];
        if (pos[j]->var) {
          if (cl < 0 || sqlite3_column_type(st, cl) == SQLITE_NULL) ok = 0;
          else k[j] = sqlite3_column_int64(st, cl);
        } else if (pos[j]->term.kind == SP_BLANK) {
          /* the same label is the same node within one solution */
          int64_t f = 0;
          for (size_t m = 0; m < nt * 3 && !f; m++) {
            const sp_triple *tm = &q->construct[m / 3];
            const sp_node *pm = m % 3 == 0 ? &tm->s : m % 3 == 1 ? &tm->p : &tm->o;
            if (fresh[m] && !pm->var && pm->term.kind == SP_BLANK &&
                !strcmp(pm->term.lex, pos[j]->term.lex))
              f = fresh[m];
          }
          if (!f) f = sp_values_fresh_blank(c->vals);
          if (!f) { oom(c); ok = 0; }
          fresh[3 * i + j] = f;
          k[j] = f;
        } else {
          k[j] = konst[3 * i + j];
          if (!k[j]) ok = 0;
        }
      }
      if (!ok) continue;
      int ks = code_kind(c, k[0]), kp = code_kind(c, k[1]);
      if ((ks != SP_IRI && ks != SP_BLANK) || kp != SP_IRI || !code_kind(c, k[2])) continue;
      emit_triple(c, nc, seen, k, out);
    }
  }
  if (!bad(c) && rc != SQLITE_DONE) sql_failed(c, "the query failed");
done:
  free(col);
  free(konst);
  free(fresh);
}

/* DESCRIBE: for each resource, the triples of the default graph with it as
 * subject, and (recursively) those of the blank nodes they lead to. */
static void describe_rows(cx *c, const sp_query *q, sqlite3_stmt *st, const rel *R, ncache *nc,
                          tset *seen, gd_rows *out) {
  int64_t *todo = NULL;
  size_t ntodo = 0, captodo = 0, next = 0;
  tset done = {0};
  sqlite3_stmt *look = NULL;
#define PUSH(code)                                                          \
  do {                                                                      \
    int64_t k_[3] = {(code), 1, 0};                                         \
    int r_ = tset_add(&done, k_);                                           \
    if (r_ < 0) { oom(c); break; }                                          \
    if (!r_) break;                                                         \
    if (ntodo == captodo) {                                                 \
      size_t cap_ = captodo ? captodo * 2 : 64;                             \
      int64_t *p_ = realloc(todo, cap_ * sizeof *p_);                       \
      if (!p_) { oom(c); break; }                                           \
      todo = p_;                                                            \
      captodo = cap_;                                                       \
    }                                                                       \
    todo[ntodo++] = (code);                                                 \
  } while (0)
  for (size_t i = 0; i < q->ndescribe; i++)
    if (!q->describe[i].var) {
      int64_t code = sp_values_code(c->vals, &q->describe[i].term);
      if (code > 0) PUSH(code);
    }
  int rc;
  while (!bad(c) && (rc = sqlite3_step(st)) == SQLITE_ROW)
    for (size_t k = 0; k < R->n; k++)
      if (sqlite3_column_type(st, (int)k) != SQLITE_NULL) {
        int64_t code = sqlite3_column_int64(st, (int)k);
        if (code > 0 && (code & 3) != 3) PUSH(code);
      }
  if (!bad(c) && rc != SQLITE_DONE) { sql_failed(c, "the query failed"); goto done; }
  gd_strbuf b = {0};
  b_fmt(&b, "SELECT %s, t.predicateUri*4+1, %s FROM triples t WHERE %s = ?1", S_EXPR("t."),
        O_EXPR("t."), S_EXPR("t."));
  default_graph_cond(c, &b, "t");
  char *sql = take(c, &b);
  if (!sql) goto done;
  if (sqlite3_prepare_v2(c->db, sql, -1, &look, NULL) != SQLITE_OK) {
    free(sql);
    sql_failed(c, "cannot prepare DESCRIBE");
    goto done;
  }
  free(sql);
  for (next = 0; next < ntodo && !bad(c); next++) {
    sqlite3_reset(look);
    sqlite3_bind_int64(look, 1, todo[next]);
    while (!bad(c) && (rc = sqlite3_step(look)) == SQLITE_ROW) {
      int64_t k[3] = {sqlite3_column_int64(look, 0), sqlite3_column_int64(look, 1),
                      sqlite3_column_int64(look, 2)};
      emit_triple(c, nc, seen, k, out);
      if ((k[2] & 3) == 2) PUSH(k[2]);
    }
    if (!bad(c) && rc != SQLITE_DONE) sql_failed(c, "DESCRIBE failed");
  }
#undef PUSH
done:
  if (look) sqlite3_finalize(look);
  free(todo);
  tset_free(&done);
}

/* ---- running ------------------------------------------------------------------------- */

/* Removes what sp_values_register put on DB (a later use of DB must not
 * reach a freed context). */
static void unregister(sqlite3 *db) {
  static const char *const fns[] = {"sp_ebv", "sp_boolean", "sp_integer", "sp_eval", "sp_cast",
                                    "sp_key", "sp_agg", "sp_agg_count", "sp_agg_sum",
                                    "sp_agg_min", "sp_agg_max", "sp_agg_avg", "sp_agg_sample",
                                    "sp_agg_group_concat"};
  for (size_t i = 0; i < sizeof fns / sizeof *fns; i++)
    for (int n = -1; n <= 4; n++)
      sqlite3_create_function_v2(db, fns[i], n, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
  sqlite3_create_collation_v2(db, "sparql", SQLITE_UTF8, NULL, NULL, NULL);
}

gd_sqlq_status gd_sparql_run(librdf_world *world, sqlite3 *db, const sp_query *q,
                             const gd_sparql_opts *opts, gd_rows *out, char *why,
                             size_t whylen) {
  static const gd_sparql_opts defaults = {.union_default = 1};
  cx c = {.world = world, .db = db, .opts = opts ? opts : &defaults, .why = why,
          .whylen = whylen};
  rel R = {0};
  char **names = NULL;
  sqlite3_stmt *st = NULL;
  ncache nc = {0};
  tset seen = {0};
  why[0] = '\0';
  /* SQLite 3.40 drops rows when it puts a Bloom filter on an expression
   * index (fixed in 3.41.2) and the compiled joins are on such indexes: a
   * connection not opened through the store gets the same workaround
   * (dbconn.c; both Bloom bits, as the mask is replaced whole) */
  gd_db_configure(db);
  if (!(c.vals = sp_values_new(db))) { oom(&c); goto done; }
  if (sp_values_register(c.vals, db, why, whylen)) { c.failed = 1; goto done; }
  if (q->nfrom) {
    c.from_given = 1;
    if (!(c.from_ids = id_list(&c, q->from, q->nfrom, &c.nfrom_ids))) goto done;
  }
  if (q->nfrom_named) {
    c.named_given = 1;
    if (!(c.named_ids = id_list(&c, q->from_named, q->nfrom_named, NULL))) goto done;
    /* FROM NAMED without FROM: the default graph is empty (13.2) */
    if (!q->nfrom && !(c.from_ids = strdup(""))) { oom(&c); goto done; }
    c.from_given = 1;
  } else if (q->nfrom) {
    /* FROM without FROM NAMED: a dataset without named graphs */
    c.named_given = 1;
    if (!(c.named_ids = strdup(""))) { oom(&c); goto done; }
  }
  if (q->base) {
    sp_term bt = {.kind = SP_IRI, .lex = q->base};
    c.base = sp_values_code(c.vals, &bt);
  }
  gctx g = {.kind = G_DEFAULT};
  if (compile_select(&c, q, &g, &R, &names)) goto done;
  const char *sql = R.sql;
  gd_strbuf ask = {0};
  char *asksql = NULL;
  if (q->form == SP_ASK) {
    b_fmt(&ask, "SELECT 1 FROM (%s) LIMIT 1", R.sql);
    if (!(asksql = take(&c, &ask))) goto done;
    sql = asksql;
  }
  gd_trace(GD_TRACE_STORE, "geordf: SQL: %s\n", sql);
  int prc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  free(asksql);
  if (prc != SQLITE_OK) {
    sql_failed(&c, "cannot prepare the compiled query");
    goto done;
  }
  if (q->form == SP_ASK) {
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) { sql_failed(&c, "the query failed"); goto done; }
    out->is_boolean = 1;
    out->boolean = rc == SQLITE_ROW;
    goto done;
  }
  if (q->form == SP_CONSTRUCT || q->form == SP_DESCRIBE) {
    static const char *const spo[] = {"subject", "predicate", "object"};
    if (gd_rows_set_names(out, 3, spo)) { oom(&c); goto done; }
    out->is_graph = 1;
    if (q->form == SP_CONSTRUCT) construct_rows(&c, q, st, &R, &nc, &seen, out);
    else describe_rows(&c, q, st, &R, &nc, &seen, out);
    goto done;
  }
  if (gd_rows_set_names(out, (int)R.n, (const char *const *)names)) { oom(&c); goto done; }
  librdf_node **row = calloc(R.n + 1, sizeof *row);
  if (!row) { oom(&c); goto done; }
  int rc;
  while (!bad(&c) && (rc = sqlite3_step(st)) == SQLITE_ROW) {
    for (size_t k = 0; k < R.n; k++) {
      row[k] = NULL;
      if (sqlite3_column_type(st, (int)k) == SQLITE_NULL) continue;
      int64_t code = sqlite3_column_int64(st, (int)k);
      if (!(row[k] = node_of(&c, &nc, code))) {
        for (size_t m = 0; m < k; m++)
          if (row[m]) librdf_free_node(row[m]);
        snprintf(why, whylen, "cannot make a node of the term code %lld", (long long)code);
        c.failed = 1;
        break;
      }
    }
    if (!bad(&c) && gd_rows_add(out, row)) oom(&c);
  }
  if (!bad(&c) && rc != SQLITE_DONE) sql_failed(&c, "the query failed");
  free(row);
done:
  if (st) sqlite3_finalize(st);
  ncache_free(&nc);
  tset_free(&seen);
  free(names);
  rel_free(&R);
  for (size_t i = 0; i < c.nv; i++) free(c.vnames[i]);
  free(c.vnames);
  free(c.from_ids);
  free(c.named_ids);
  /* the functions keep a pointer to the context: remove them with it */
  if (c.vals) {
    unregister(db);
    sp_values_free(c.vals);
  }
  if (bad(&c)) {
    gd_rows_clear(out);
    if (!why[0]) snprintf(why, whylen, "out of memory");
    return c.unsupported && !c.failed ? GD_SQLQ_UNSUPPORTED : GD_SQLQ_ERROR;
  }
  return GD_SQLQ_OK;
}
