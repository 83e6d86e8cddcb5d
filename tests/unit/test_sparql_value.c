/* geordf: unit tests for SPARQL values as SQL functions (src/sparql-value.c,
 * src/sparql-func.c): an in-memory store in Redland's schema, expressions
 * run as SQL and their results decoded.  Expected answers follow SPARQL 1.1
 * Query sections 17 and 18.5 and the W3C tests.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sparql-value-int.h" /* sp_order_cmp, to check the collation against */

#define XSD SP_XSD
#define EX "http://example.org/"

static sqlite3 *db;
static sp_values *V;

static void exec(const char *sql) {
  char *msg = NULL;
  int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
  ck_assert_msg(rc == SQLITE_OK, "%s: %s", sql, msg ? msg : "");
}

/* A store holding <http://example.org/a>, _:b1, "7"^^xsd:integer, "x",
 * "chat"@en and the xsd:integer datatype IRI. */
static void setup(void) {
  ck_assert_int_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
  exec("CREATE TABLE uris (id INTEGER PRIMARY KEY, uri TEXT UNIQUE);"
       "CREATE TABLE blanks (id INTEGER PRIMARY KEY, blank TEXT UNIQUE);"
       "CREATE TABLE literals (id INTEGER PRIMARY KEY, text TEXT, language TEXT, datatype INTEGER);"
       "INSERT INTO uris VALUES (1, '" EX "a'), (2, '" XSD "integer');"
       "INSERT INTO blanks VALUES (1, 'b1');"
       "INSERT INTO uris VALUES (3, '" XSD "string'), (300000000, '" EX "far');"
       "INSERT INTO literals VALUES (1, '7', NULL, 2), (2, 'x', NULL, NULL), (3, 'chat', 'en', NULL),"
       " (4, 'y', NULL, 3);"
       "CREATE TABLE t (g INTEGER, x INTEGER);");
  V = sp_values_new(db);
  ck_assert_ptr_nonnull(V);
  char why[256];
  ck_assert_int_eq(sp_values_register(V, db, why, sizeof why), 0);
}

static void teardown(void) {
  sp_values_free(V);
  sqlite3_close(db);
}

/* ---- terms ------------------------------------------------------------------- */

static int64_t term(sp_kind k, const char *lex, const char *lang, const char *dt) {
  sp_term t = {k, lex, lang, dt};
  int64_t c = sp_values_code(V, &t);
  ck_assert(c != 0);
  return c;
}
static int64_t L(const char *lex, const char *dt) { return term(SP_LITERAL, lex, NULL, dt); }
static int64_t S(const char *lex) { return term(SP_LITERAL, lex, NULL, NULL); }
static int64_t LL(const char *lex, const char *lang) { return term(SP_LITERAL, lex, lang, NULL); }
static int64_t I(const char *iri) { return term(SP_IRI, iri, NULL, NULL); }
static int64_t N(const char *integer) { return L(integer, XSD "integer"); }
static int64_t D(const char *dec) { return L(dec, XSD "decimal"); }
static int64_t DB(const char *dbl) { return L(dbl, XSD "double"); }
#define E ((int64_t)0) /* an error / unbound argument */

/* CODE as N-Triples-like text with xsd: shortened; "NULL" for 0. */
static const char *show(int64_t code) {
  static char buf[8][512];
  static int k;
  char *o = buf[k++ % 8];
  if (!code) return "NULL";
  sp_term t;
  ck_assert_int_eq(sp_values_term(V, code, &t), 0);
  if (t.kind == SP_IRI) snprintf(o, 512, "<%s>", t.lex);
  else if (t.kind == SP_BLANK) snprintf(o, 512, "_:%s", t.lex);
  else if (t.lang) snprintf(o, 512, "\"%s\"@%s", t.lex, t.lang);
  else if (t.datatype && !strncmp(t.datatype, XSD, strlen(XSD)))
    snprintf(o, 512, "\"%s\"^^xsd:%s", t.lex, t.datatype + strlen(XSD));
  else if (t.datatype) snprintf(o, 512, "\"%s\"^^<%s>", t.lex, t.datatype);
  else snprintf(o, 512, "\"%s\"", t.lex);
  return o;
}

/* Runs SQL with the codes bound as ?1.. and returns the single result's
 * code (0 for NULL). */
static int64_t sql_codes(const char *sql, int n, const int64_t *args) {
  sqlite3_stmt *st;
  ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK, "%s: %s", sql,
                sqlite3_errmsg(db));
  for (int i = 0; i < n; i++)
    if (args[i]) sqlite3_bind_int64(st, i + 1, args[i]);
  ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
  int64_t r = sqlite3_column_type(st, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return r;
}

/* sp_eval(OP, args...) */
static int64_t ev(sp_op op, int n, ...) {
  int64_t args[16];
  char sql[256];
  int o = snprintf(sql, sizeof sql, "SELECT sp_eval(%d", (int)op);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    args[i] = va_arg(ap, int64_t);
    o += snprintf(sql + o, sizeof sql - (size_t)o, ", ?%d", i + 1);
  }
  va_end(ap);
  snprintf(sql + o, sizeof sql - (size_t)o, ")");
  return sql_codes(sql, n, args);
}

#define EV(want, op, ...) ck_assert_str_eq(show(ev(op, __VA_ARGS__)), want)
#define T "\"true\"^^xsd:boolean"
#define F "\"false\"^^xsd:boolean"

static int64_t cast(const char *type, int64_t a) {
  char sql[128];
  snprintf(sql, sizeof sql, "SELECT sp_cast('%s%s', ?1)", XSD, type);
  return sql_codes(sql, 1, &a);
}

static int ebv(int64_t a) {
  sqlite3_stmt *st;
  ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT sp_ebv(?1)", -1, &st, NULL), SQLITE_OK);
  if (a) sqlite3_bind_int64(st, 1, a);
  ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
  int r = sqlite3_column_type(st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return r;
}

/* ---- tests ------------------------------------------------------------------- */

START_TEST(term_codes) {
  /* stored terms keep their stored codes: id * 4 + kind */
  ck_assert_int_eq(I(EX "a"), 1 * 4 + 1);
  ck_assert_int_eq(term(SP_BLANK, "b1", NULL, NULL), 1 * 4 + 2);
  ck_assert_int_eq(N("7"), 1 * 4 + 3);
  ck_assert_int_eq(S("x"), 2 * 4 + 3);
  ck_assert_int_eq(LL("chat", "en"), 3 * 4 + 3);
  ck_assert_int_eq(LL("chat", "EN"), 3 * 4 + 3); /* tags are case-insensitive */
  /* "a"^^xsd:string is the simple literal "a" (RDF 1.1), stored either way */
  ck_assert_int_eq(L("x", XSD "string"), 2 * 4 + 3);
  ck_assert_int_eq(S("y"), 4 * 4 + 3);
  ck_assert_int_eq(L("y", XSD "string"), 4 * 4 + 3);
  ck_assert_int_eq(L("z", XSD "string"), S("z"));
  EV("\"y\"^^xsd:string", SP_F_STR, 1, S("y")); /* the stored form */
  EV("<" XSD "string>", SP_F_DATATYPE, 1, S("z"));
  ck_assert_int_eq(LL("chien", "FR"), LL("chien", "fr"));
  ck_assert(LL("chien", "fr") != LL("chien", "fr-ca"));
  /* a new term: negative, and the same code each time */
  int64_t c = N("8");
  ck_assert(c < 0);
  ck_assert_int_eq(N("8"), c);
  ck_assert(N("08") != c); /* another term, though the same value */
  /* a computed result that is a stored term gets the stored code */
  EV("\"7\"^^xsd:integer", SP_E_ADD, 2, N("3"), N("4"));
  ck_assert_int_eq(ev(SP_E_ADD, 2, N("3"), N("4")), 7);
  EV("\"x\"", SP_F_STR, 1, S("x"));
  ck_assert_int_eq(ev(SP_F_STR, 1, S("x")), 11);
  sp_term t;
  ck_assert_int_eq(sp_values_term(V, 1 * 4 + 3, &t), 0);
  ck_assert_str_eq(t.lex, "7");
  ck_assert_str_eq(t.datatype, XSD "integer");
  ck_assert_int_eq(sp_values_term(V, 99 * 4 + 1, &t), -1); /* not in the store */
  ck_assert_int_eq(sp_values_term(V, 4, &t), -1);           /* kind 0: no term */
  /* ids beyond the direct index go through the hash map */
  ck_assert_int_eq(I(EX "far"), 300000000LL * 4 + 1);
  ck_assert_int_eq(sp_values_term(V, 300000000LL * 4 + 1, &t), 0);
  ck_assert_str_eq(t.lex, EX "far");
  ck_assert_int_eq(sp_values_term(V, 300000001LL * 4 + 1, &t), -1);
  /* many of them (the map grows), read in id order and in blocks, then
   * looked up by term in reverse */
  char sql[128], iri[64];
  for (int i = 0; i < 100; i++) {
    snprintf(sql, sizeof sql, "INSERT INTO uris VALUES (%lld, '" EX "far%d');", 400000000LL + 3 * i, i);
    exec(sql);
  }
  for (int i = 0; i < 100; i++) {
    ck_assert_int_eq(sp_values_term(V, (400000000LL + 3 * i) * 4 + 1, &t), 0);
    snprintf(iri, sizeof iri, EX "far%d", i);
    ck_assert_str_eq(t.lex, iri);
    ck_assert_int_eq(sp_values_term(V, (400000001LL + 3 * i) * 4 + 1, &t), -1);
  }
  for (int i = 99; i >= 0; i--) {
    snprintf(iri, sizeof iri, EX "far%d", i);
    ck_assert_int_eq(I(iri), (400000000LL + 3 * i) * 4 + 1);
  }
  ck_assert_int_eq(sp_values_term(V, -12345, &t), -1);
  int64_t b1 = sp_values_fresh_blank(V), b2 = sp_values_fresh_blank(V);
  ck_assert(b1 < 0 && b2 < 0 && b1 != b2);
}
END_TEST

START_TEST(arithmetic) {
  EV("\"3.3\"^^xsd:decimal", SP_E_ADD, 2, D("1.1"), D("2.2"));
  EV("\"0.5\"^^xsd:decimal", SP_E_DIV, 2, N("1"), N("2"));
  EV("\"2.0\"^^xsd:decimal", SP_E_DIV, 2, N("4"), N("2"));
  EV("\"0.333333333333333333333333\"^^xsd:decimal", SP_E_DIV, 2, N("1"), N("3"));
  EV("\"0.666666666666666666666667\"^^xsd:decimal", SP_E_DIV, 2, N("2"), N("3"));
  EV("\"-0.666666666666666666666667\"^^xsd:decimal", SP_E_DIV, 2, N("-2"), N("3"));
  EV("\"-2.5\"^^xsd:decimal", SP_E_DIV, 2, D("5"), N("-2"));
  EV("NULL", SP_E_DIV, 2, N("1"), N("0"));
  EV("NULL", SP_E_DIV, 2, D("1.5"), D("0.0"));
  EV("\"INF\"^^xsd:double", SP_E_DIV, 2, DB("1e0"), N("0"));
  EV("\"6\"^^xsd:integer", SP_E_MUL, 2, N("2"), L("3", XSD "short"));
  EV("\"-1\"^^xsd:integer", SP_E_SUB, 2, L("1", XSD "unsignedByte"), N("2"));
  EV("\"2.5E0\"^^xsd:double", SP_E_ADD, 2, N("1"), DB("1.5e0"));
  EV("\"2.5E0\"^^xsd:float", SP_E_ADD, 2, D("1.0"), L("1.5", XSD "float"));
  EV("\"0.02\"^^xsd:decimal", SP_E_MUL, 2, D("0.1"), D("0.2"));
  EV("\"-5\"^^xsd:integer", SP_E_NEG, 1, N("5"));
  EV("NULL", SP_E_ADD, 2, N("1"), S("1"));                 /* not a number */
  EV("NULL", SP_E_ADD, 2, N("1"), L("abc", XSD "integer")); /* ill-typed */
  EV("NULL", SP_E_ADD, 2, N("1"), E);
  /* a decimal beyond our precision is no number we compute with (not a
   * rounded one), but still a valid literal: equal to itself only */
  int64_t longdec = D("0.1234567890123456789012345678901");
  EV("NULL", SP_E_ADD, 2, longdec, N("0"));
  EV(T, SP_E_EQ, 2, longdec, longdec);
  EV(T, SP_F_ISNUMERIC, 1, longdec);
  EV(T, SP_F_ISNUMERIC, 1, N("123456789012345678901234567890123456789012"));
  EV("\"0.5\"^^xsd:decimal", SP_E_ADD, 2, D("0.5000000000000000000000000000000000"), N("0"));
  /* overflow of exact arithmetic is an error, not a wrong number */
  EV("NULL", SP_E_MUL, 2, N("99999999999999999999999999999999999999"), N("10"));
}
END_TEST

START_TEST(comparisons) {
  EV(T, SP_E_EQ, 2, N("1"), D("1.0"));
  EV(T, SP_E_EQ, 2, N("1"), DB("1e0"));
  EV(T, SP_E_LT, 2, N("2"), D("10"));
  /* too far apart to align in 128 bits */
  EV(T, SP_E_LT, 2, D("0.10000000000000000001"), N("99999999999999999999"));
  EV(T, SP_E_GT, 2, D("-0.10000000000000000001"), N("-99999999999999999999"));
  EV(T, SP_E_EQ, 2, S("a"), L("a", XSD "string"));
  EV(T, SP_E_LT, 2, S("a"), L("b", XSD "string"));
  EV(T, SP_E_EQ, 2, LL("a", "en"), LL("a", "EN"));
  EV(F, SP_E_EQ, 2, LL("a", "en"), LL("a", "fr"));
  EV(F, SP_E_EQ, 2, LL("a", "en"), S("a"));
  EV("NULL", SP_E_LT, 2, LL("a", "en"), LL("b", "en"));
  EV(F, SP_E_EQ, 2, S("1"), N("1"));
  EV(T, SP_E_NE, 2, S("1"), N("1"));
  EV("NULL", SP_E_LT, 2, S("1"), N("1"));
  EV(F, SP_E_EQ, 2, I(EX "a"), S(EX "a"));
  EV(T, SP_E_EQ, 2, I(EX "a"), I(EX "a"));
  /* open world: unknown datatypes */
  EV(T, SP_E_EQ, 2, L("x", EX "t"), L("x", EX "t"));
  EV("NULL", SP_E_EQ, 2, L("x", EX "t"), L("y", EX "t"));
  EV("NULL", SP_E_NE, 2, L("x", EX "t"), L("y", EX "t"));
  EV(F, SP_E_EQ, 2, L("x", EX "t"), I(EX "a"));
  EV(T, SP_E_NE, 2, LL("x", "en"), L("x", EX "t"));        /* open-eq-08 */
  EV("NULL", SP_E_NE, 2, S("x"), L("x", EX "t"));
  EV("NULL", SP_E_NE, 2, L("x", XSD "integer"), L("x", EX "t"));
  /* ill-typed literals compare only as terms */
  EV(T, SP_E_EQ, 2, L("abc", XSD "integer"), L("abc", XSD "integer"));
  EV("NULL", SP_E_EQ, 2, L("abc", XSD "integer"), N("1"));
  EV("NULL", SP_E_LT, 2, L("abc", XSD "integer"), N("1"));
  /* NaN */
  EV(F, SP_E_EQ, 2, DB("NaN"), DB("NaN"));
  EV(T, SP_E_NE, 2, DB("NaN"), DB("NaN"));
  EV(F, SP_E_LT, 2, DB("NaN"), N("1"));
  /* booleans and dateTimes */
  EV(T, SP_E_GT, 2, L("true", XSD "boolean"), L("0", XSD "boolean"));
  EV(T, SP_E_EQ, 2, L("2002-10-10T12:00:00-05:00", XSD "dateTime"),
     L("2002-10-10T17:00:00Z", XSD "dateTime"));
  EV(T, SP_E_LT, 2, L("2002-10-10T12:00:00+05:00", XSD "dateTime"),
     L("2002-10-10T12:00:00Z", XSD "dateTime"));
  EV("NULL", SP_E_EQ, 2, L("2002-10-10T12:00:00", XSD "dateTime"),
     L("2002-10-10T12:00:00Z", XSD "dateTime")); /* indeterminate */
  EV(T, SP_E_LT, 2, L("2002-10-09T00:00:00", XSD "dateTime"),
     L("2002-10-10T12:00:00Z", XSD "dateTime")); /* more than 14 hours apart */
  EV(F, SP_E_EQ, 2, N("1"), N("2"));
  EV("NULL", SP_E_EQ, 2, N("1"), E);
  /* sameTerm is term identity */
  EV(F, SP_F_SAMETERM, 2, N("1"), D("1.0"));
  EV(T, SP_F_SAMETERM, 2, N("7"), N("7"));
}
END_TEST

START_TEST(logic) {
  ck_assert_int_eq(ebv(S("")), 0);
  ck_assert_int_eq(ebv(S("a")), 1);
  ck_assert_int_eq(ebv(LL("a", "en")), 1);
  ck_assert_int_eq(ebv(N("0")), 0);
  ck_assert_int_eq(ebv(D("0.0")), 0);
  ck_assert_int_eq(ebv(DB("NaN")), 0);
  ck_assert_int_eq(ebv(N("3")), 1);
  ck_assert_int_eq(ebv(L("abc", XSD "integer")), 0); /* invalid number: false */
  ck_assert_int_eq(ebv(L("maybe", XSD "boolean")), 0);
  ck_assert_int_eq(ebv(I(EX "a")), -1);
  ck_assert_int_eq(ebv(L("2002-10-10T12:00:00Z", XSD "dateTime")), -1);
  ck_assert_int_eq(ebv(L("x", EX "t")), -1);
  ck_assert_int_eq(ebv(0), -1);
  int64_t t = L("true", XSD "boolean"), f = L("false", XSD "boolean");
  EV(T, SP_E_OR, 2, t, E);
  EV(T, SP_E_OR, 2, E, t);
  EV("NULL", SP_E_OR, 2, f, E);
  EV(F, SP_E_AND, 2, E, f);
  EV("NULL", SP_E_AND, 2, t, E);
  EV(T, SP_E_AND, 2, t, N("1"));
  EV(F, SP_E_NOT, 1, t);
  EV("NULL", SP_E_NOT, 1, I(EX "a"));
  EV(T, SP_E_IN, 3, N("2"), N("1"), D("2.0"));
  EV(T, SP_E_IN, 3, N("1"), N("1"), E);
  EV("NULL", SP_E_IN, 3, N("3"), N("1"), E);
  EV(F, SP_E_IN, 1, N("3"));
  EV(F, SP_E_NOT_IN, 3, N("2"), N("1"), N("2"));
  EV(T, SP_E_NOT_IN, 2, N("3"), N("1"));
  EV("NULL", SP_E_NOT_IN, 3, N("3"), N("1"), E);
  EV("\"b\"", SP_F_IF, 3, t, S("b"), S("c"));
  EV("\"c\"", SP_F_IF, 3, S(""), S("b"), S("c"));
  EV("NULL", SP_F_IF, 3, I(EX "a"), S("b"), S("c"));
  EV("\"3\"^^xsd:integer", SP_F_COALESCE, 3, E, N("3"), N("4"));
  EV("NULL", SP_F_COALESCE, 1, E);
  EV(F, SP_F_BOUND, 1, E);
  EV(T, SP_F_BOUND, 1, N("1"));
}
END_TEST

START_TEST(order) {
  /* ORDER BY sp_key(x) COLLATE sparql */
  int64_t codes[] = {S("b"), N("10"), I(EX "z"), D("2.5"), term(SP_BLANK, "b1", NULL, NULL),
                     I(EX "a"), DB("-1e0"), S("a"), LL("a", "en"), L("a", XSD "string"),
                     L("x", EX "t"), L("true", XSD "boolean"), N("2"), 0};
  exec("DELETE FROM t");
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
    char sql[96];
    if (codes[i]) snprintf(sql, sizeof sql, "INSERT INTO t VALUES (0, %lld)", (long long)codes[i]);
    else snprintf(sql, sizeof sql, "INSERT INTO t VALUES (0, NULL)");
    exec(sql);
  }
  sqlite3_stmt *st;
  ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT x FROM t ORDER BY sp_key(x) COLLATE sparql", -1,
                                      &st, NULL),
                   SQLITE_OK);
  char got[1024] = "";
  while (sqlite3_step(st) == SQLITE_ROW) {
    int64_t c = sqlite3_column_type(st, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, 0);
    strcat(got, show(c));
    strcat(got, " ");
  }
  sqlite3_finalize(st);
  ck_assert_str_eq(got,
                   "NULL _:b1 <http://example.org/a> <http://example.org/z> \"-1e0\"^^xsd:double "
                   "\"2\"^^xsd:integer \"2.5\"^^xsd:decimal \"10\"^^xsd:integer "
                   "\"true\"^^xsd:boolean \"a\" \"a\" \"b\" \"a\"@en "
                   "\"x\"^^<http://example.org/t> ");
}
END_TEST

START_TEST(strings) {
  EV("\"2\"^^xsd:integer", SP_F_STRLEN, 1, S("日本"));
  EV("\"bar\"", SP_F_SUBSTR, 2, S("foobar"), N("4"));
  EV("\"b\"@en", SP_F_SUBSTR, 3, LL("abc", "en"), N("2"), N("1"));
  EV("\"本\"", SP_F_SUBSTR, 3, S("日本語"), N("2"), N("1"));
  EV("\"ab\"", SP_F_SUBSTR, 3, S("abc"), D("0.5"), D("2.4")); /* fn:substring's rounding */
  EV("NULL", SP_F_SUBSTR, 2, I(EX "a"), N("1"));
  EV("\"ABC\"@en", SP_F_UCASE, 1, LL("abc", "en"));
  EV("\"éa\"", SP_F_LCASE, 1, S("ÉA"));
  /* full case mappings (SpecialCasing): one character, several in upper case */
  EV("\"STRASSE FFI \xe1\xbc\x88\xce\x99\"", SP_F_UCASE, 1, S("straße ﬃ \xe1\xbe\x80"));
  EV("\"i\xcc\x87stanbul\"", SP_F_LCASE, 1, S("İSTANBUL"));
  EV(T, SP_F_CONTAINS, 2, LL("abc", "en"), S("b"));
  EV(T, SP_F_CONTAINS, 2, LL("abc", "en"), LL("b", "en"));
  EV("NULL", SP_F_CONTAINS, 2, LL("abc", "en"), LL("b", "fr"));
  EV("NULL", SP_F_CONTAINS, 2, S("abc"), LL("b", "en"));
  EV(T, SP_F_STRSTARTS, 2, S("abc"), L("ab", XSD "string"));
  EV(F, SP_F_STRENDS, 2, S("abc"), S("b"));
  EV("\"a\"@en", SP_F_STRBEFORE, 2, LL("abc", "en"), S("b"));
  EV("\"\"", SP_F_STRBEFORE, 2, LL("abc", "en"), S("z"));
  EV("\"\"@en", SP_F_STRBEFORE, 2, LL("abc", "en"), S(""));
  EV("\"c\"", SP_F_STRAFTER, 2, L("abc", XSD "string"), S("b"));
  EV("\"ab\"@en", SP_F_CONCAT, 2, LL("a", "en"), LL("b", "en"));
  EV("\"ab\"", SP_F_CONCAT, 2, LL("a", "en"), S("b"));
  EV("\"ab\"", SP_F_CONCAT, 2, L("a", XSD "string"), L("b", XSD "string"));
  EV("\"\"", SP_F_CONCAT, 0);
  EV("NULL", SP_F_CONCAT, 2, S("a"), N("1"));
  EV("\"Los%20Angeles%C3%A9\"", SP_F_ENCODE_FOR_URI, 1, S("Los Angelesé"));
  EV("\"900150983cd24fb0d6963f7d28e17f72\"", SP_F_MD5, 1, S("abc"));
  EV("\"a9993e364706816aba3e25717850c26c9cd0d89d\"", SP_F_SHA1, 1, S("abc"));
  EV("\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"", SP_F_SHA256, 1,
     S("abc"));
  EV("NULL", SP_F_MD5, 1, LL("abc", "en"));
  EV("\"chat\"", SP_F_STR, 1, LL("chat", "en"));
  EV("\"http://example.org/a\"", SP_F_STR, 1, I(EX "a"));
  EV("NULL", SP_F_STR, 1, term(SP_BLANK, "b1", NULL, NULL));
  EV("\"en\"", SP_F_LANG, 1, LL("chat", "en"));
  EV("\"\"", SP_F_LANG, 1, N("1"));
  EV(T, SP_F_LANGMATCHES, 2, S("en-US"), S("en"));
  EV(F, SP_F_LANGMATCHES, 2, S("english"), S("en"));
  EV(T, SP_F_LANGMATCHES, 2, S("fr"), S("*"));
  EV(F, SP_F_LANGMATCHES, 2, S(""), S("*"));
  EV("<" SP_RDF "langString>", SP_F_DATATYPE, 1, LL("a", "en"));
  EV("<" XSD "string>", SP_F_DATATYPE, 1, S("a"));
  EV("<" XSD "integer>", SP_F_DATATYPE, 1, N("7"));
  EV("\"a\"@fr", SP_F_STRLANG, 2, S("a"), S("fr"));
  EV("NULL", SP_F_STRLANG, 2, LL("a", "en"), S("fr"));
  EV("\"1\"^^<http://example.org/t>", SP_F_STRDT, 2, S("1"), I(EX "t"));
  EV("<http://example.org/a>", SP_F_IRI, 1, S(EX "a"));
  EV("NULL", SP_F_IRI, 1, S("a"));                          /* relative, no base */
  EV("<http://example.org/a>", SP_F_IRI, 2, S("a"), I(EX "b"));
  EV("NULL", SP_F_IRI, 1, LL(EX "a", "en"));
  /* RFC 3986 5.4's examples against http://a/b/c/d;p?q */
  const char *rfc[][2] = {{"g", "http://a/b/c/g"}, {"./g", "http://a/b/c/g"},
                          {"g/", "http://a/b/c/g/"}, {"/g", "http://a/g"},
                          {"//g", "http://g"}, {"?y", "http://a/b/c/d;p?y"},
                          {"g?y", "http://a/b/c/g?y"}, {"#s", "http://a/b/c/d;p?q#s"},
                          {"g;x?y#s", "http://a/b/c/g;x?y#s"}, {"", "http://a/b/c/d;p?q"},
                          {".", "http://a/b/c/"}, {"./", "http://a/b/c/"},
                          {"..", "http://a/b/"}, {"../g", "http://a/b/g"},
                          {"../..", "http://a/"}, {"../../g", "http://a/g"},
                          {"../../../g", "http://a/g"}, {"/./g", "http://a/g"},
                          {"/../g", "http://a/g"}, {"g.", "http://a/b/c/g."},
                          {"..g", "http://a/b/c/..g"}, {"./../g", "http://a/b/g"},
                          {"./g/.", "http://a/b/c/g/"}, {"g/./h", "http://a/b/c/g/h"},
                          {"g/../h", "http://a/b/c/h"}, {"g;x=1/../y", "http://a/b/c/y"}};
  int64_t base = I("http://a/b/c/d;p?q");
  for (size_t i = 0; i < sizeof rfc / sizeof rfc[0]; i++) {
    char want[128];
    snprintf(want, sizeof want, "<%s>", rfc[i][1]);
    ck_assert_str_eq(show(ev(SP_F_IRI, 2, S(rfc[i][0]), base)), want);
  }
  EV(T, SP_F_ISNUMERIC, 1, L("1", XSD "byte"));
  EV(F, SP_F_ISNUMERIC, 1, L("1000", XSD "byte")); /* out of range: ill-typed */
  EV(F, SP_F_ISNUMERIC, 1, S("1"));
  EV(T, SP_F_ISLITERAL, 1, S("1"));
  EV(T, SP_F_ISBLANK, 1, term(SP_BLANK, "b1", NULL, NULL));
  EV(T, SP_F_ISIRI, 1, I(EX "a"));
}
END_TEST

START_TEST(regex) {
  EV(T, SP_F_REGEX, 3, S("ABC"), S("b"), S("i"));
  EV(F, SP_F_REGEX, 2, S("ABC"), S("b"));
  EV(T, SP_F_REGEX, 2, LL("chat", "en"), S("^ch"));
  EV(T, SP_F_REGEX, 3, S("a.c"), S("."), S("q"));
  EV(F, SP_F_REGEX, 3, S("abc"), S("a.c"), S("q"));
  EV(T, SP_F_REGEX, 3, S("abc"), S("a b c"), S("x"));
  EV(T, SP_F_REGEX, 3, S("a\nb"), S("^b$"), S("m"));
  EV(T, SP_F_REGEX, 3, S("a\nb"), S("a.b"), S("s"));
  EV("NULL", SP_F_REGEX, 3, S("abc"), S("b"), S("k")); /* unknown flag */
  EV("NULL", SP_F_REGEX, 2, S("abc"), S("("));          /* bad pattern */
  EV("NULL", SP_F_REGEX, 2, N("1"), S("1"));
  EV("\"aZcdZ\"", SP_F_REPLACE, 3, S("abcdb"), S("b"), S("Z"));
  EV("\"baba\"@en", SP_F_REPLACE, 3, LL("abab", "en"), S("(a)(b)"), S("$2$1"));
  EV("\"a$c\"", SP_F_REPLACE, 3, S("abc"), S("b"), S("\\$"));
  EV("NULL", SP_F_REPLACE, 3, S("abc"), S("x*"), S("y")); /* matches "" */
  EV("\"a$1\\c\"", SP_F_REPLACE, 4, S("a.c"), S("."), S("$1\\"), S("q"));
  EV("NULL", SP_F_REPLACE, 3, S("abc"), S("b"), S("$")); /* a lone $ */
  EV("\"xBx\"", SP_F_REPLACE, 4, S("aBA"), S("a"), S("x"), S("i"));
  EV("\"[1=ab][2=]cd\"", SP_F_REPLACE, 3, S("abcd"), S("(ab)|(a)"), S("[1=$1][2=$2]")); /* replace03 */
  EV("\"~/~/bB~/C\"", SP_F_REPLACE, 4, S("aAbBaC"), S("a"), S("~/"), S("i"));
}
END_TEST

START_TEST(numbers_and_dates) {
  EV("\"1\"^^xsd:integer", SP_F_ABS, 1, N("-1"));
  EV("\"1.5\"^^xsd:decimal", SP_F_ABS, 1, D("-1.5"));
  EV("\"-2.0\"^^xsd:decimal", SP_F_ROUND, 1, D("-2.5"));
  EV("\"3.0\"^^xsd:decimal", SP_F_ROUND, 1, D("2.5"));
  EV("\"-3.0\"^^xsd:decimal", SP_F_ROUND, 1, D("-2.6"));
  EV("\"2.0E0\"^^xsd:double", SP_F_CEIL, 1, DB("1.1e0"));
  EV("\"-2.0\"^^xsd:decimal", SP_F_FLOOR, 1, D("-1.1"));
  EV("\"-1.0\"^^xsd:decimal", SP_F_CEIL, 1, D("-1.1"));
  EV("\"3.0E0\"^^xsd:float", SP_F_ROUND, 1, L("2.5", XSD "float"));
  int64_t dt = L("2011-01-10T14:45:13.815-05:00", XSD "dateTime");
  EV("\"2011\"^^xsd:integer", SP_F_YEAR, 1, dt);
  EV("\"1\"^^xsd:integer", SP_F_MONTH, 1, dt);
  EV("\"10\"^^xsd:integer", SP_F_DAY, 1, dt);
  EV("\"14\"^^xsd:integer", SP_F_HOURS, 1, dt);
  EV("\"45\"^^xsd:integer", SP_F_MINUTES, 1, dt);
  EV("\"13.815\"^^xsd:decimal", SP_F_SECONDS, 1, dt);
  EV("\"-PT5H\"^^xsd:dayTimeDuration", SP_F_TIMEZONE, 1, dt);
  EV("\"-05:00\"", SP_F_TZ, 1, dt);
  EV("\"PT0S\"^^xsd:dayTimeDuration", SP_F_TIMEZONE, 1, L("2011-01-10T14:45:13Z", XSD "dateTime"));
  EV("\"Z\"", SP_F_TZ, 1, L("2011-01-10T14:45:13Z", XSD "dateTime"));
  EV("NULL", SP_F_TIMEZONE, 1, L("2011-01-10T14:45:13", XSD "dateTime"));
  EV("\"\"", SP_F_TZ, 1, L("2011-01-10T14:45:13", XSD "dateTime"));
  EV("NULL", SP_F_YEAR, 1, S("2011-01-10T14:45:13Z"));
  EV("\"-44\"^^xsd:integer", SP_F_YEAR, 1, L("-0044-03-15T12:00:00Z", XSD "dateTime"));
  EV("NULL", SP_F_YEAR, 1, L("1234567890123-01-01T00:00:00Z", XSD "dateTime")); /* beyond us */
  EV(T, SP_E_LT, 2, L("-0044-03-15T12:00:00Z", XSD "dateTime"), dt);
  /* NOW: one value per query (context) */
  int64_t n1 = ev(SP_F_NOW, 0), n2 = ev(SP_F_NOW, 0);
  ck_assert(n1 != 0 && n1 == n2);
  int64_t u1 = ev(SP_F_UUID, 0), u2 = ev(SP_F_UUID, 0);
  ck_assert(u1 != u2);
  const char *u = show(u1);
  ck_assert_int_eq((int)strlen(u), 47);
  ck_assert(!strncmp(u, "<urn:uuid:", 10) && u[24] == '4');
  int64_t s1 = ev(SP_F_STRUUID, 0);
  ck_assert_int_eq((int)strlen(show(s1)), 38);
  int64_t r = ev(SP_F_RAND, 0);
  sp_term t;
  ck_assert_int_eq(sp_values_term(V, r, &t), 0);
  ck_assert_str_eq(t.datatype, XSD "double");
  double d = strtod(t.lex, NULL);
  ck_assert(d >= 0 && d < 1);
  ck_assert(ev(SP_F_BNODE, 0) != ev(SP_F_BNODE, 0));
  /* BNODE(str, solution): one blank per string and solution (bnode01) */
  int64_t s7 = L("7", XSD "integer");
  ck_assert(ev(SP_F_BNODE, 2, S("foo"), s7) == ev(SP_F_BNODE, 2, S("foo"), s7));
  ck_assert(ev(SP_F_BNODE, 2, S("foo"), s7) != ev(SP_F_BNODE, 2, S("bar"), s7));
  ck_assert(ev(SP_F_BNODE, 2, S("foo"), s7) != ev(SP_F_BNODE, 2, S("foo"), s7 + 1));
  ck_assert_str_eq(show(ev(SP_F_BNODE, 1, N("1"))), "NULL");
}
END_TEST

START_TEST(casts) {
  ck_assert_str_eq(show(cast("integer", S("13"))), "\"13\"^^xsd:integer");
  ck_assert_str_eq(show(cast("integer", S("+33.3300"))), "NULL");
  ck_assert_str_eq(show(cast("integer", L("-7.875", XSD "float"))), "\"-7\"^^xsd:integer");
  ck_assert_str_eq(show(cast("integer", L("true", XSD "boolean"))), "\"1\"^^xsd:integer");
  ck_assert_str_eq(show(cast("integer", I(EX "a"))), "NULL");
  ck_assert_str_eq(show(cast("decimal", S("+33.3300"))), "\"33.33\"^^xsd:decimal");
  ck_assert_str_eq(show(cast("decimal", S("1E0"))), "NULL");
  ck_assert_str_eq(show(cast("decimal", L("-7.875", XSD "float"))), "\"-7.875\"^^xsd:decimal");
  ck_assert_str_eq(show(cast("double", S("1"))), "\"1.0E0\"^^xsd:double");
  ck_assert_str_eq(show(cast("double", S("-10.2E3"))), "\"-1.02E4\"^^xsd:double");
  ck_assert_str_eq(show(cast("float", D("1.25"))), "\"1.25E0\"^^xsd:float");
  ck_assert_str_eq(show(cast("boolean", S("0"))), F);
  ck_assert_str_eq(show(cast("boolean", S("yes"))), "NULL");
  ck_assert_str_eq(show(cast("boolean", DB("0E1"))), F);
  ck_assert_str_eq(show(cast("boolean", D("-2.5"))), T);
  ck_assert_str_eq(show(cast("string", D("1.0"))), "\"1\"");
  ck_assert_str_eq(show(cast("string", DB("1E0"))), "\"1\"");
  ck_assert_str_eq(show(cast("string", L("0", XSD "boolean"))), "\"false\"");
  ck_assert_str_eq(show(cast("string", I(EX "a"))), "\"http://example.org/a\"");
  ck_assert_str_eq(show(cast("string", L("-7.875", XSD "float"))), "\"-7.875\"");
  ck_assert_str_eq(show(cast("dateTime", S("2002-10-10T17:00:00Z"))),
                   "\"2002-10-10T17:00:00Z\"^^xsd:dateTime");
  ck_assert_str_eq(show(cast("dateTime", S("2002-13-10T17:00:00Z"))), "NULL");
  ck_assert_str_eq(show(cast("byte", N("300"))), "NULL");
}
END_TEST

/* Runs an aggregate SQL over table t and returns the first row's code. */
static const char *agg(const char *sql) {
  int64_t none = 0;
  return show(sql_codes(sql, 0, &none));
}

static void fill(const int64_t *codes, size_t n) {
  exec("DELETE FROM t");
  for (size_t i = 0; i < n; i++) {
    char sql[96];
    if (codes[i]) snprintf(sql, sizeof sql, "INSERT INTO t VALUES (1, %lld)", (long long)codes[i]);
    else snprintf(sql, sizeof sql, "INSERT INTO t VALUES (1, NULL)");
    exec(sql);
  }
}

START_TEST(aggregates) {
  int64_t nums[] = {N("1"), D("2.5"), N("1"), N("3")};
  fill(nums, 4);
  ck_assert_str_eq(agg("SELECT sp_agg(1, 0, x) FROM t"), "\"7.5\"^^xsd:decimal");
  ck_assert_str_eq(agg("SELECT sp_agg(1, 1, x) FROM t"), "\"6.5\"^^xsd:decimal");
  ck_assert_str_eq(agg("SELECT sp_agg(4, 0, x) FROM t"), "\"1.875\"^^xsd:decimal");
  ck_assert_str_eq(agg("SELECT sp_agg(0, 0, x) FROM t"), "\"4\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg(0, 1, x) FROM t"), "\"3\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg(2, 0, x) FROM t"), "\"1\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg(3, 0, x) FROM t"), "\"3\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg_max(0, x) FROM t"), "\"3\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg(5, 0, x) FROM t"), "\"1\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg(6, 0, x, ', ') FROM t"), "\"1, 2.5, 1, 3\"");
  ck_assert_str_eq(agg("SELECT sp_agg(6, 1, x) FROM t"), "\"1 2.5 3\"");
  /* integers only: AVG is a decimal */
  int64_t ints[] = {N("1"), N("2")};
  fill(ints, 2);
  ck_assert_str_eq(agg("SELECT sp_agg(4, 0, x) FROM t"), "\"1.5\"^^xsd:decimal");
  ck_assert_str_eq(agg("SELECT sp_agg(1, 0, x) FROM t"), "\"3\"^^xsd:integer");
  int64_t mixed[] = {L("1.5", XSD "float"), N("1"), D("0.25")};
  fill(mixed, 3);
  ck_assert_str_eq(agg("SELECT sp_agg(1, 0, x) FROM t"), "\"2.75E0\"^^xsd:float");
  ck_assert_str_eq(agg("SELECT sp_agg(4, 0, x) FROM t"), "\"9.166667E-1\"^^xsd:float");
  int64_t dbl[] = {DB("2E-1"), D("0.2")};
  fill(dbl, 2); /* agg-avg-02's mixed2 */
  ck_assert_str_eq(agg("SELECT sp_agg(4, 0, x) FROM t"), "\"2.0E-1\"^^xsd:double");
  /* an error (or unbound) makes SUM and AVG errors; COUNT skips it */
  int64_t errs[] = {N("1"), S("x"), 0};
  fill(errs, 3);
  ck_assert_str_eq(agg("SELECT sp_agg(1, 0, x) FROM t"), "NULL");
  ck_assert_str_eq(agg("SELECT sp_agg(4, 0, x) FROM t"), "NULL");
  ck_assert_str_eq(agg("SELECT sp_agg(0, 0, x) FROM t"), "\"2\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg(6, 0, x, '/') FROM t"), "\"1/x\""); /* unbound left out */
  /* MIN / MAX over mixed types follow ORDER BY */
  ck_assert_str_eq(agg("SELECT sp_agg(2, 0, x) FROM t"), "\"1\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg(3, 0, x) FROM t"), "\"x\"");
  /* a simple literal, even when all share one language (agg-groupconcat-4) */
  int64_t langs[] = {LL("a", "en"), LL("b", "en")};
  fill(langs, 2);
  ck_assert_str_eq(agg("SELECT sp_agg_group_concat(0, x, '-') FROM t"), "\"a-b\"");
  /* over no row at all */
  exec("DELETE FROM t");
  ck_assert_str_eq(agg("SELECT sp_agg(0, 0, x) FROM t"), "\"0\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg_sum(0, x) FROM t"), "\"0\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg_avg(0, x) FROM t"), "\"0\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg_min(0, x) FROM t"), "NULL");
  ck_assert_str_eq(agg("SELECT sp_agg_sample(0, x) FROM t"), "NULL");
  ck_assert_str_eq(agg("SELECT sp_agg_group_concat(0, x) FROM t"), "\"\"");
  ck_assert_str_eq(agg("SELECT sp_agg_count(0, x) FROM t"), "\"0\"^^xsd:integer");
  /* helpers */
  int64_t one = 1;
  ck_assert_str_eq(show(sql_codes("SELECT sp_boolean(?1)", 1, &one)), T);
  ck_assert_str_eq(show(sql_codes("SELECT sp_integer(42)", 0, &one)), "\"42\"^^xsd:integer");
}
END_TEST

/* MIN over a few values, through sp_agg_min: the ORDER BY order. */
START_TEST(order_values) {
  int64_t a[] = {L("2002-10-10T12:00:00Z", XSD "dateTime"), L("2002-10-10T08:00:00-05:00", XSD "dateTime")};
  fill(a, 2); /* 13:00Z is after 12:00Z */
  ck_assert_str_eq(agg("SELECT sp_agg_min(0, x) FROM t"), "\"2002-10-10T12:00:00Z\"^^xsd:dateTime");
  int64_t b[] = {N("1"), DB("NaN"), DB("-INF")};
  fill(b, 3); /* NaN first */
  ck_assert_str_eq(agg("SELECT sp_agg_min(0, x) FROM t"), "\"NaN\"^^xsd:double");
  ck_assert_str_eq(agg("SELECT sp_agg_max(0, x) FROM t"), "\"1\"^^xsd:integer");
  int64_t c[] = {D("1.0"), N("1"), DB("1e0")};
  fill(c, 3); /* equal values: integer < decimal < double */
  ck_assert_str_eq(agg("SELECT sp_agg_min(0, x) FROM t"), "\"1\"^^xsd:integer");
  ck_assert_str_eq(agg("SELECT sp_agg_max(0, x) FROM t"), "\"1e0\"^^xsd:double");
  int64_t d[] = {S("b"), LL("a", "en"), I(EX "a"), N("5")};
  fill(d, 4);
  ck_assert_str_eq(agg("SELECT sp_agg_min(0, x) FROM t"), "<http://example.org/a>");
  ck_assert_str_eq(agg("SELECT sp_agg_max(0, x) FROM t"), "\"a\"@en");
  ck_assert_str_eq(agg("SELECT sp_agg_sample(0, x) FROM t"), "\"b\"");
}
END_TEST

/* The collation's fast path (sp_key's head) never contradicts the exact
 * order, for every pair of a varied set of terms. */
START_TEST(collation_consistent) {
  int64_t t[] = {
      N("1"), N("-1"), N("0"), D("0.0"), D("-0.0"), DB("-0e0"), DB("0e0"), D("1.0"), DB("1e0"),
      L("1", XSD "float"), D("0.1"), DB("0.1e0"), L("0.1", XSD "float"), D("0.10000000000000000001"),
      N("99999999999999999999"), DB("1e20"), DB("INF"), DB("-INF"), DB("NaN"), L("NaN", XSD "float"),
      L("true", XSD "boolean"), L("0", XSD "boolean"), L("2002-10-10T12:00:00Z", XSD "dateTime"),
      L("2002-10-10T12:00:00", XSD "dateTime"), L("2002-10-10T12:00:00.5+01:00", XSD "dateTime"),
      L("2002-10-10", XSD "date"), S(""), S("a"), S("abcdefgh"), S("abcdefghi"), S("abcdefgh\x01"),
      S("é"), S("z"), L("x", XSD "string"), LL("a", "en"), LL("abcdefghij", "fr"),
      LL("abcdefghij", "de"), L("abc", XSD "integer"), L("x", EX "t"), L("x", EX "u"), I(EX "a"),
      I(EX "ab"), I("http://a"), term(SP_BLANK, "b1", NULL, NULL), term(SP_BLANK, "b10", NULL, NULL),
      sp_values_fresh_blank(V)};
  size_t n = sizeof t / sizeof t[0];
  sqlite3_stmt *st;
  ck_assert_int_eq(sqlite3_prepare_v2(db,
                                      "SELECT (sp_key(?1) COLLATE sparql) < sp_key(?2), "
                                      "(sp_key(?1) COLLATE sparql) = sp_key(?2)",
                                      -1, &st, NULL),
                   SQLITE_OK);
  for (size_t i = 0; i < n; i++) {
    for (size_t j = 0; j < n; j++) {
      sqlite3_bind_int64(st, 1, t[i]);
      sqlite3_bind_int64(st, 2, t[j]);
      ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
      int lt = sqlite3_column_int(st, 0), eq = sqlite3_column_int(st, 1);
      sqlite3_reset(st);
      int want = sp_order_cmp(sp_val_of(V, t[i]), sp_val_of(V, t[j]));
      ck_assert_msg(lt == (want < 0) && eq == (want == 0), "%s vs %s: lt %d eq %d, want %d",
                    show(t[i]), show(t[j]), lt, eq, want);
      /* a total order: antisymmetric */
      ck_assert_int_eq(want, -sp_order_cmp(sp_val_of(V, t[j]), sp_val_of(V, t[i])));
    }
  }
  sqlite3_finalize(st);
}
END_TEST

static Suite *value_suite(void) {
  Suite *s = suite_create("sparql-value");
  TCase *tc = tcase_create("values");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, term_codes);
  tcase_add_test(tc, arithmetic);
  tcase_add_test(tc, comparisons);
  tcase_add_test(tc, logic);
  tcase_add_test(tc, order);
  tcase_add_test(tc, strings);
  tcase_add_test(tc, regex);
  tcase_add_test(tc, numbers_and_dates);
  tcase_add_test(tc, casts);
  tcase_add_test(tc, aggregates);
  tcase_add_test(tc, order_values);
  tcase_add_test(tc, collation_consistent);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(value_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
