/* geordf: what sparql-value.c and sparql-func.c share: decoded values,
 * the context, exact decimals.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_SPARQL_VALUE_INT_H
#define GEORDF_SPARQL_VALUE_INT_H

#include "hash.h"
#include "sparql-value.h"

#include <stddef.h>
#include <stdint.h>

typedef __int128 i128;

/* An exact decimal: M / 10^S, S >= 0. */
typedef struct {
  i128 m;
  int s;
} sp_dec;

#define SP_NO_TZ 100000
/* A dateTime or date: its fields as written, and the instant (seconds
 * since 1970, in UTC; timezone-less values as if UTC) for comparisons. */
typedef struct {
  int64_t year;
  int mon, day, hh, mi;
  sp_dec sec;
  int tz; /* minutes east of UTC, or SP_NO_TZ */
  sp_dec instant;
} sp_dt;

/* Value types; the numeric ones in promotion order. */
enum {
  VT_IRI, VT_BLANK, VT_SIMPLE, VT_STRING, VT_LANG, VT_BOOL,
  VT_INT, VT_DEC, VT_FLOAT, VT_DOUBLE,
  VT_DATETIME, VT_DATE,
  VT_OTHER, /* a datatype we do not interpret */
  VT_ILL    /* a known datatype with an invalid lexical form */
};
#define VT_IS_NUM(t) ((t) >= VT_INT && (t) <= VT_DOUBLE)
#define VT_IS_EXACT(t) ((t) == VT_INT || (t) == VT_DEC)
#define VT_IS_STR(t) ((t) == VT_SIMPLE || (t) == VT_STRING)

/* A decoded term, parsed once; one allocation with its lexical form. */
typedef struct {
  int64_t code;
  uint64_t hash;  /* of the term, for the term map */
  unsigned char kind, vt;
  unsigned char in_tmap; /* in the term map (stored terms join it when
                            a computed term meets them) */
  char *lex;      /* IRI, blank label or lexical form (NUL-terminated) */
  size_t len;
  char *lang;     /* NULL or the language tag (own allocation) */
  const char *dt; /* NULL or the datatype IRI: the LEX of that IRI's own
                     value in the context, shared by its literals */
  union {
    sp_dec d;     /* VT_INT, VT_DEC */
    double f;     /* VT_FLOAT (rounded to float), VT_DOUBLE */
    int b;        /* VT_BOOL */
    sp_dt *t;     /* VT_DATETIME, VT_DATE (own allocation) */
  } u;
  char text[];    /* LEX's bytes */
} sp_val;

typedef struct {
  sp_values *v;
  int agg; /* an sp_agg, or -1: given as sp_agg's first argument */
} sp_agg_ud;

typedef struct sp_regex_cache sp_regex_cache;

/* (string code, solution) -> blank code, for BNODE(str) */
typedef struct {
  int64_t (*e)[3]; /* string code, solution, blank code */
  size_t n, cap;
  gd_hindex ix;    /* over E, by string code and solution */
} sp_bnode_map;

struct sp_values {
  sqlite3 *db;
  sqlite3_stmt *q[6];
  sp_val **vals; size_t nvals, capvals;        /* every decoded or made term */
  uint32_t *dir[4]; size_t dircap[4];          /* stored id (by kind) -> vals index + 1 */
  gd_hindex cix;                               /* the same for ids beyond DIR (by code) */
  gd_hindex tix;                               /* term -> vals index (see tmap_get) */
  uint32_t *made; size_t nmade, capmade;       /* made code -(i+1) -> vals */
  int64_t true_code, false_code;
  uint64_t rng[4];
  uint64_t blank_seq;
  unsigned blank_salt;
  int64_t now_code;
  sp_agg_ud aggud[8];
  sp_regex_cache *rx;
  sp_bnode_map bnodes;
};

void sp_dec_norm(sp_dec *a);
int sp_dec_add(sp_dec a, sp_dec b, sp_dec *r);
int sp_dec_sub(sp_dec a, sp_dec b, sp_dec *r);
int sp_dec_mul(sp_dec a, sp_dec b, sp_dec *r);
int sp_dec_div(sp_dec a, sp_dec b, sp_dec *r);
int sp_dec_cmp(sp_dec a, sp_dec b);
size_t sp_dec_format(sp_dec a, int as_decimal, char *buf);
double sp_dec_to_double(sp_dec a);
int sp_dec_parse(const char *s, size_t len, int allow_point, sp_dec *out);
int sp_dec_from_double(double d, sp_dec *out);
size_t sp_double_format(double d, int is_float, char *buf, size_t cap);

uint64_t sp_rand64(sp_values *v);
sp_val *sp_val_of(sp_values *v, int64_t code);
int64_t sp_intern(sp_values *v, sp_kind kind, const char *lex, size_t len, const char *lang,
                  const char *dt);
int64_t sp_made(sp_values *v, sp_kind kind, const char *lex, size_t len, const char *lang,
                const char *dt, int in_tmap);
int64_t sp_mk_bool(sp_values *v, int b);
int64_t sp_mk_int(sp_values *v, sp_dec d);
int64_t sp_mk_dec(sp_values *v, sp_dec d);
int64_t sp_mk_double(sp_values *v, double d, int is_float);
int64_t sp_mk_str(sp_values *v, const char *s, size_t len, const char *lang, const char *dt);

double sp_num_double(const sp_val *x);
/* Whether DT is xsd:decimal, float, double or an integer type. */
int sp_numeric_datatype(const char *dt);
int sp_ebv(const sp_val *x);
int sp_compare(const sp_val *a, const sp_val *b, int for_eq);
int sp_order_cmp(const sp_val *a, const sp_val *b);
int64_t sp_arith(sp_values *v, int op, const sp_val *a, const sp_val *b);
int64_t sp_cast(sp_values *v, const char *iri, const sp_val *a);

sp_val *sp_arg(sqlite3_context *c, sqlite3_value **argv, int i);
void sp_result(sqlite3_context *c, int64_t code);

/* sparql-func.c */
void sp_fn_eval(sqlite3_context *c, int argc, sqlite3_value **argv);
void sp_func_free(sp_values *v);

#endif
