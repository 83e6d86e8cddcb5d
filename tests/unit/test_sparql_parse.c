/* geordf: unit tests for the SPARQL 1.1 query parser (src/sparql-parse.c):
 * the algebra each construct becomes (through sp_query_dump), the static
 * rules, and where errors are reported.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sparql.h"

#define X "http://x/"
#define PFX "PREFIX : <http://x/> "
#define XSDI "^^xsd:integer"

/* The dump of QUERY (parsed against BASE), without the trailing newline;
 * fails the test when the query does not parse. */
static char *dump_base(const char *query, const char *base) {
  static char out[8192];
  sp_error err;
  sp_query *q = sp_parse(query, strlen(query), base, &err);
  if (!q) ck_abort_msg("did not parse: %s\n  %d:%d: %s", query, err.line, err.column, err.message);
  FILE *f = tmpfile();
  ck_assert_ptr_nonnull(f);
  sp_query_dump(q, f);
  rewind(f);
  size_t n = fread(out, 1, sizeof out - 1, f);
  fclose(f);
  out[n] = '\0';
  if (n && out[n - 1] == '\n') out[n - 1] = '\0';
  sp_query_free(q);
  return out;
}
static char *dump(const char *query) { return dump_base(query, NULL); }

#define ALG(query, want) ck_assert_str_eq(dump(query), want)

/* QUERY must fail at LINE:COLUMN with a message containing WHAT. */
static void bad(const char *query, int line, int column, const char *what) {
  sp_error err;
  sp_query *q = sp_parse(query, strlen(query), NULL, &err);
  if (q) {
    sp_query_free(q);
    ck_abort_msg("parsed but should not: %s", query);
  }
  if (err.line != line || err.column != column || !strstr(err.message, what))
    ck_abort_msg("%s\n  got %d:%d: %s\n  want %d:%d: ...%s...", query, err.line, err.column,
                 err.message, line, column, what);
}

START_TEST(basic_patterns) {
  ALG(PFX "SELECT ?x WHERE { ?x :p ?y ; a :C , :D . $y :q 'v' }",
      "(select (project (?x) (bgp (triple ?x <" X "p> ?y) (triple ?x "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" X "C>) (triple ?x "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" X "D>) (triple ?y <" X "q> \"v\"))))");
  /* keywords in any case, comments, a ';' ending the list, SELECT * */
  ALG("prefix : <http://x/> # the prefix\nsElEcT * wHeRe { ?s :p ?o ; } # done",
      "(select (project * (bgp (triple ?s <" X "p> ?o))))");
  ALG("ASK {}", "(ask (bgp))");
  ALG("SELECT * {}", "(select (project * (bgp)))");
  /* a PREFIX redefined later in the prologue wins from there on */
  ALG("PREFIX : <http://a/> PREFIX : <http://b/> ASK { :s :p :o }",
      "(ask (bgp (triple <http://b/s> <http://b/p> <http://b/o>)))");
}
END_TEST

START_TEST(literals) {
  ALG(PFX "ASK { :s :p 1, -2, +3, 4.5, -.5, 1e3, -1.5E-2, 2.e1, true, FALSE }",
      "(ask (bgp (triple <" X "s> <" X "p> \"1\"" XSDI ") (triple <" X "s> <" X "p> \"-2\"" XSDI
      ") (triple <" X "s> <" X "p> \"+3\"" XSDI ") (triple <" X "s> <" X
      "p> \"4.5\"^^xsd:decimal) (triple <" X "s> <" X "p> \"-.5\"^^xsd:decimal) (triple <" X
      "s> <" X "p> \"1e3\"^^xsd:double) (triple <" X "s> <" X
      "p> \"-1.5E-2\"^^xsd:double) (triple <" X "s> <" X "p> \"2.e1\"^^xsd:double) (triple <" X
      "s> <" X "p> \"true\"^^xsd:boolean) (triple <" X "s> <" X "p> \"false\"^^xsd:boolean)))");
  ALG(PFX "ASK { :s :p 'a'@en-GB, \"b\"^^:t, \"c\"^^<http://y/t> }",
      "(ask (bgp (triple <" X "s> <" X "p> \"a\"@en-GB) (triple <" X "s> <" X "p> \"b\"^^<" X
      "t>) (triple <" X "s> <" X "p> \"c\"^^<http://y/t>)))");
  /* escapes, long strings, codepoint escapes in strings and IRIs */
  ALG("ASK { <http://x/\\u00E9> <http://x/p> 'a\\tb\\'c\\\\', \"\\u00e9\\U0001F600\", "
      "'''x\n'y''', \"\"\"q\"\"p\"\"\" }",
      "(ask (bgp (triple <http://x/\xc3\xa9> <" X "p> \"a\\tb'c\\\\\") (triple <http://x/\xc3\xa9> <" X
      "p> \"\xc3\xa9\xf0\x9f\x98\x80\") (triple <http://x/\xc3\xa9> <" X
      "p> \"x\\n'y\") (triple <http://x/\xc3\xa9> <" X "p> \"q\\\"\\\"p\")))");
  /* local names with escapes, dots and percent codes */
  ALG(PFX "ASK { :a.b :c\\-d :e%20f. }",
      "(ask (bgp (triple <" X "a.b> <" X "c-d> <" X "e%20f>)))");
}
END_TEST

START_TEST(base_iris) {
  ALG("BASE <http://e.org/a/b> ASK { <../c> <d#e> <?f> }",
      "(ask (base <http://e.org/a/b>) (bgp (triple <http://e.org/c> <http://e.org/a/d#e> "
      "<http://e.org/a/b?f>)))");
  /* BASE and PREFIX in any order; a prefix IRI resolves against the BASE then */
  ALG("BASE <http://e.org/a/> PREFIX p: <x/> BASE <http://f.org/> ASK { p:y <z> <#w> }",
      "(ask (base <http://f.org/>) (bgp (triple <http://e.org/a/x/y> <http://f.org/z> "
      "<http://f.org/#w>)))");
  ck_assert_str_eq(dump_base("ASK { <a> <b> <c> }", "http://g.org/d/e"),
                   "(ask (base <http://g.org/d/e>) (bgp (triple <http://g.org/d/a> "
                   "<http://g.org/d/b> <http://g.org/d/c>)))");
  bad("ASK { <a> <http://x/b> <http://x/c> }", 1, 7, "relative IRI <a> without a BASE");
  /* an absolute IRI loses its dot segments, as loaded data's IRIs do; other
   * dots stay */
  ALG("ASK { <http://e.org/a/./b/../c> <http://e.org/x/..> <http://e.org/.d/e.f/..g> }",
      "(ask (bgp (triple <http://e.org/a/c> <http://e.org/> <http://e.org/.d/e.f/..g>)))");
  /* RFC 3986 section 5.4 examples, through raptor's resolver */
  static const char *const rfc[][2] = {
    {"g", "http://a/b/c/g"},     {"/g", "http://a/g"},       {"//g", "http://g"},
    {"?y", "http://a/b/c/d;p?y"}, {"#s", "http://a/b/c/d;p?q#s"}, {"", "http://a/b/c/d;p?q"},
    {"..", "http://a/b/"},       {"../../../g", "http://a/g"}, {"g/../h", "http://a/b/c/h"},
  };
  for (size_t i = 0; i < sizeof rfc / sizeof *rfc; i++) {
    char q[128], want[256];
    snprintf(q, sizeof q, "ASK { <%s> <http://p/> 1 }", rfc[i][0]);
    snprintf(want, sizeof want,
             "(ask (base <http://a/b/c/d;p?q>) (bgp (triple <%s> <http://p/> \"1\"" XSDI ")))", rfc[i][1]);
    ck_assert_str_eq(dump_base(q, "http://a/b/c/d;p?q"), want);
  }
}
END_TEST

START_TEST(groups) {
  /* OPTIONAL { ... FILTER } is a LeftJoin with the filter; a FILTER anywhere
   * in a group filters the whole group */
  ALG(PFX "SELECT * { FILTER(?y) ?x :p ?y OPTIONAL { ?y :q ?z FILTER(?z > 1) } }",
      "(select (project * (filter ?y (leftjoin (bgp (triple ?x <" X "p> ?y)) (bgp (triple ?y <" X
      "q> ?z)) (> ?z \"1\"" XSDI ")))))");
  /* a filter in a nested group stays there (no LeftJoin condition) */
  ALG(PFX "ASK { ?x :p ?y OPTIONAL { { ?y :q ?z FILTER(?z) } } }",
      "(ask (leftjoin (bgp (triple ?x <" X "p> ?y)) (filter ?z (bgp (triple ?y <" X "q> ?z)))))");
  /* filters between triples do not split the basic graph pattern */
  ALG(PFX "ASK { ?x :p ?y FILTER(?x) ?y :q ?z . FILTER(?z) }",
      "(ask (filter (&& ?x ?z) (bgp (triple ?x <" X "p> ?y) (triple ?y <" X "q> ?z))))");
  /* BIND extends what comes before it and ends the basic pattern */
  ALG(PFX "ASK { ?x :p ?y BIND(?y + 1 AS ?z) ?z :q ?w }",
      "(ask (join (extend ((?z (+ ?y \"1\"" XSDI "))) (bgp (triple ?x <" X "p> ?y))) (bgp (triple ?z <" X
      "q> ?w))))");
  ALG(PFX "ASK { { ?x :p ?y } UNION { ?x :q ?y } UNION { ?x :r ?y } MINUS { ?x :s ?y } }",
      "(ask (minus (union (union (bgp (triple ?x <" X "p> ?y)) (bgp (triple ?x <" X "q> ?y))) (bgp (triple ?x <" X
      "r> ?y))) (bgp (triple ?x <" X "s> ?y))))");
  ALG(PFX "ASK { GRAPH ?g { ?x :p ?y } GRAPH :g { } SERVICE SILENT <http://s/> { ?x ?p ?o } }",
      "(ask (join (join (graph ?g (bgp (triple ?x <" X "p> ?y))) (graph <" X "g> (bgp))) (service <http://s/> "
      "(bgp (triple ?x ?p ?o)))))");
  ALG(PFX "ASK { ?x :p ?y VALUES (?x ?y) { (:a 1) (UNDEF 'b') } VALUES ?z { :c } }",
      "(ask (join (join (bgp (triple ?x <" X "p> ?y)) (table (vars ?x ?y) (row <" X "a> \"1\"" XSDI
      ") (row UNDEF \"b\"))) (table (vars ?z) (row <" X "c>))))");
  ALG(PFX "SELECT ?x { ?x :p ?y { SELECT ?y (COUNT(*) AS ?n) { ?y :q ?z } GROUP BY ?y } }",
      "(select (project (?x) (join (bgp (triple ?x <" X "p> ?y)) (project (?y (?n (count *))) "
      "(group (?y) (bgp (triple ?y <" X "q> ?z)))))))");
  ALG("ASK { OPTIONAL { ?a ?b ?c } }", "(ask (leftjoin (bgp) (bgp (triple ?a ?b ?c))))");
}
END_TEST

START_TEST(blank_nodes_and_paths) {
  /* blank nodes of patterns are hidden variables; [ ... ] and ( ... ) */
  ALG(PFX "ASK { _:b :p [ :q ( 1 ?z ) ] }",
      "(ask (bgp (triple ?..2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"1\"" XSDI
      ") (triple ?..2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> ?..3) (triple ?..3 "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?z) (triple ?..3 "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>) (triple ?..1 <" X "q> ?..2) (triple ?.b <" X
      "p> ?..1)))");
  ALG(PFX "ASK { [ :p ?o ] }", "(ask (bgp (triple ?..1 <" X "p> ?o)))");
  ALG(PFX "ASK { [] :p () }",
      "(ask (bgp (triple ?..1 <" X "p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>)))");
  /* links, inverses and sequences become triples (18.2.2.4) */
  ALG(PFX "ASK { ?x :p/^:q/:r ?y }",
      "(ask (bgp (triple ?x <" X "p> ?..2) (triple ?..1 <" X "q> ?..2) (triple ?..1 <" X "r> ?y)))");
  ALG(PFX "ASK { ?x ^(:p/:q) ?y }", "(ask (bgp (triple ?y <" X "p> ?..1) (triple ?..1 <" X "q> ?x)))");
  /* the rest stays a path */
  ALG(PFX "ASK { ?x :p|:q ?y . ?y :p* ?z . ?z (:p/:q)+ ?w . ?w :p? ?v . ?v !(:p|^:q|a) ?u . ?u !:p ?t . ?t ^:p* ?s }",
      "(ask (bgp (path ?x (alt <" X "p> <" X "q>) ?y) (path ?y (path* <" X "p>) ?z) (path ?z (path+ (seq <" X
      "p> <" X "q>)) ?w) (path ?w (path? <" X "p>) ?v) (path ?v (notoneof <" X
      "p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> (inv <" X "q>)) ?u) (path ?u (notoneof <" X
      "p>) ?t) (path ?s (path* <" X "p>) ?t)))");
  /* a blank node label in two basic graph patterns is an error */
  bad(PFX "ASK { _:a :p ?x OPTIONAL { _:a :q ?y } }", 1, 49, "_:a is used in two basic graph patterns");
  /* ... but not across a FILTER */
  ALG(PFX "ASK { _:a :p ?x FILTER(?x) _:a :q ?y }",
      "(ask (filter ?x (bgp (triple ?.a <" X "p> ?x) (triple ?.a <" X "q> ?y))))");
}
END_TEST

START_TEST(expressions) {
  ALG(PFX "ASK { FILTER(?a - 1 = ?b * 2 -3 && !bound(?a) || regex(?c, 'x', 'i')) }",
      "(ask (filter (|| (&& (= (- ?a \"1\"" XSDI ") (- (* ?b \"2\"" XSDI ") \"3\"" XSDI ")) (! (bound ?a))) "
      "(regex ?c \"x\" \"i\")) (bgp)))");
  ALG(PFX "ASK { FILTER(?a IN (1, :b) && ?a NOT IN () && -?a < +?b) }",
      "(ask (filter (&& (&& (in ?a \"1\"" XSDI " <" X "b>) (notin ?a)) (< (- ?a) (+ ?b))) (bgp)))");
  ALG(PFX "ASK { FILTER(EXISTS { ?a :p ?b } && NOT EXISTS { ?a :q ?b }) }",
      "(ask (filter (&& (exists (bgp (triple ?a <" X "p> ?b))) (notexists (bgp (triple ?a <" X
      "q> ?b)))) (bgp)))");
  /* an XSD IRI is a cast, any other IRI a function */
  ALG("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ASK { FILTER(xsd:integer(?a) = <http://f/g>(?a, 1)) }",
      "(ask (filter (= (cast <http://www.w3.org/2001/XMLSchema#integer> ?a) (<http://f/g> ?a \"1\"" XSDI
      ")) (bgp)))");
  ALG("ASK { FILTER(isIRI(?a) && sameTerm(?a, ?b) && STRLEN(CONCAT(?a, ?b)) > 0 && COALESCE() && BNODE() "
      "&& IF(?a, ?b, ?c) && SUBSTR(?a, 1) && lcase(?a)) }",
      "(ask (filter (&& (&& (&& (&& (&& (&& (&& (isiri ?a) (sameterm ?a ?b)) (> (strlen (concat ?a ?b)) \"0\"" XSDI
      ")) (coalesce)) (bnode)) (if ?a ?b ?c)) (substr ?a \"1\"" XSDI ")) (lcase ?a)) (bgp)))");
  bad("ASK { FILTER(STRLEN(?a, ?b)) }", 1, 14, "STRLEN takes 1 argument, not 2");
  bad("ASK { FILTER(?a +) }", 1, 18, "expected an expression, found ')'");
}
END_TEST

START_TEST(select_modifiers) {
  ALG("SELECT DISTINCT ?s (GROUP_CONCAT(DISTINCT ?o ; SEPARATOR=',') AS ?c) (COUNT(*) AS ?n) "
      "{ ?s ?p ?o } GROUP BY ?s (STR(?p) AS ?k) HAVING (COUNT(?o) > 1) ORDER BY DESC(?n) ?s "
      "OFFSET 5 LIMIT 10",
      "(select (slice 5 10 (distinct (project (?s (?c (group_concat distinct ?o (separator \",\"))) "
      "(?n (count *))) (order ((desc ?n) ?s) (having ((> (count ?o) \"1\"" XSDI ")) (group (?s (?k (str ?p))) "
      "(bgp (triple ?s ?p ?o)))))))))");
  /* LIMIT before OFFSET, REDUCED, trailing VALUES, ORDER BY a built-in call */
  ALG("SELECT REDUCED ?s { ?s ?p ?o } ORDER BY str(?o) LIMIT 1 OFFSET 2 VALUES ?s { <http://a/> }",
      "(select (slice 2 1 (reduced (project (?s) (order ((str ?o)) (join (bgp (triple ?s ?p ?o)) "
      "(table (vars ?s) (row <http://a/>))))))))");
  /* an implicit group: aggregates without GROUP BY; an alias used later */
  ALG("SELECT (SUM(?o) AS ?t) (?t * 2 AS ?u) { ?s ?p ?o }",
      "(select (project ((?t (sum ?o)) (?u (* ?t \"2\"" XSDI "))) (group () (bgp (triple ?s ?p ?o)))))");
  ALG("SELECT (?o AS ?x) ?o WHERE { ?s ?p ?o }",
      "(select (project ((?x ?o) ?o) (bgp (triple ?s ?p ?o))))");
  ALG("SELECT ?g (AVG(?o) AS ?a) FROM <http://d/> FROM NAMED <http://n/> { ?s ?p ?o } GROUP BY (?s AS ?g)",
      "(select (from <http://d/>) (from-named <http://n/>) (project (?g (?a (avg ?o))) "
      "(group ((?g ?s)) (bgp (triple ?s ?p ?o)))))");
}
END_TEST

START_TEST(other_forms) {
  ALG(PFX "CONSTRUCT { ?s :p [ :q _:b ] . _:b :r ?o } WHERE { ?s :p ?o }",
      "(construct (template (triple _:.g1 <" X "q> _:b) (triple ?s <" X "p> _:.g1) (triple _:b <" X
      "r> ?o)) (bgp (triple ?s <" X "p> ?o)))");
  ALG(PFX "CONSTRUCT WHERE { ?s :p ?o . _:x :q ?s }",
      "(construct (template (triple ?s <" X "p> ?o) (triple _:x <" X "q> ?s)) (bgp (triple ?s <" X
      "p> ?o) (triple ?.x <" X "q> ?s)))");
  ALG("DESCRIBE *", "(describe (describe *) (bgp))");
  ALG(PFX "DESCRIBE :a ?x WHERE { ?x :p ?y } LIMIT 3",
      "(describe (describe <" X "a> ?x) (slice _ 3 (bgp (triple ?x <" X "p> ?y))))");
  ALG(PFX "ASK FROM :g { ?s ?p ?o }", "(ask (from <" X "g>) (bgp (triple ?s ?p ?o)))");
}
END_TEST

START_TEST(static_rules) {
  bad("SELECT * { ?s ?p ?o BIND(1 AS ?o) }", 1, 31, "?o is already in scope");
  bad("SELECT * { BIND(1 AS ?x) BIND(2 AS ?x) }", 1, 36, "?x is already in scope");
  bad("SELECT (1 AS ?s) { ?s ?p ?o }", 1, 14, "already in scope in WHERE");
  bad("SELECT ?x (1 AS ?x) {}", 1, 17, "already projected");
  bad("SELECT ?s { ?s ?p ?o } GROUP BY ?p", 1, 8, "?s is projected but neither grouped nor aggregated");
  bad("SELECT (COUNT(*) AS ?c) ?o { ?s ?p ?o }", 1, 25, "?o is projected");
  bad("SELECT * { ?s ?p ?o } GROUP BY ?s", 1, 8, "SELECT * cannot be used");
  bad("SELECT * { FILTER(COUNT(?x) > 0) }", 1, 19, "aggregate COUNT is not allowed here");
  bad("SELECT * { BIND(SUM(?x) AS ?y) }", 1, 17, "not allowed here");
  bad("SELECT (SUM(MAX(?x)) AS ?y) {}", 1, 13, "aggregate MAX inside another aggregate");
  bad("SELECT * {} VALUES (?a ?b) { (1) }", 1, 30, "a VALUES row has 1 value for 2 variables");
  bad("SELECT * { VALUES ?a { ?b } }", 1, 24, "expected a value");
}
END_TEST

START_TEST(error_positions) {
  bad("SELECT * {\n  ?s ?p ?o\n  ?a ?b ?c }", 3, 3, "expected '.' or '}' after the triple pattern, found '?a'");
  bad("SELECT * { ?s ?p ?o . FOO }", 1, 23, "expected '}' after the group pattern, found 'FOO'");
  bad("SELECT * { ?s ?p ?o ", 1, 21, "found the end of the query");
  bad("SELECT ?x { ?x ex:p ?y }", 1, 16, "undefined prefix 'ex:'");
  bad("ASK { ?s ?p \"abc }", 1, 13, "unterminated string");
  bad("ASK { ?s ?p 'a\nb' }", 1, 15, "a line break in a short string");
  bad("ASK { ?s ?p 'a\\qb' }", 1, 15, "bad escape");
  /* columns count characters, not bytes */
  bad("ASK { ?s ?p '\xc3\xa9\xc3\xa9' . ?s ?p ?o ?q }", 1, 29, "expected '.' or '}'");
  bad("SELECT * {} LIMIT -1", 1, 19, "expected an integer after LIMIT");
  bad("SELECT * {} garbage", 1, 13, "expected the end of the query, found 'garbage'");
  bad("ASK { ?s ?p '\\uD800' }", 1, 14, "\\u escape names no allowed character");
  bad("ASK { ?s A ?o }", 1, 10, "expected a verb");
  bad("", 1, 1, "expected SELECT, CONSTRUCT, DESCRIBE, ASK, PREFIX or BASE");
  sp_error err;
  ck_assert_ptr_null(sp_parse("ASK {\n}\n}", 9, NULL, &err));
  ck_assert_int_eq(err.line, 3);
  ck_assert_int_eq(err.column, 1);
  ck_assert_uint_eq(err.byte, 8);
}
END_TEST

START_TEST(deep_nesting) {
  /* hostile nesting is an error, not a stack overflow */
  size_t n = 100000;
  char *q = malloc(n + 16);
  ck_assert_ptr_nonnull(q);
  strcpy(q, "ASK ");
  memset(q + 4, '{', n);
  q[n + 4] = '\0';
  sp_error err;
  ck_assert_ptr_null(sp_parse(q, strlen(q), NULL, &err));
  ck_assert_ptr_nonnull(strstr(err.message, "nests too deeply"));
  strcpy(q, "ASK { FILTER");
  memset(q + 12, '(', n - 12);
  q[n] = '\0';
  ck_assert_ptr_null(sp_parse(q, strlen(q), NULL, &err));
  /* long left-deep chains count too: a group of 100000 joins, a filter of
   * 100000 disjuncts; a few hundred are fine */
  for (int k = 0; k < 2; k++) {
    size_t reps[2] = {100000, 300};
    for (int r = 0; r < 2; r++) {
      strcpy(q, k ? "ASK { FILTER(?a" : "ASK {");
      size_t at = strlen(q);
      for (size_t i = 0; i < reps[r] && at + 8 < n; i++) {
        memcpy(q + at, k ? " || ?a" : " {}", k ? 6 : 3);
        at += k ? 6 : 3;
      }
      strcpy(q + at, k ? ") }" : " }");
      sp_query *pq = sp_parse(q, strlen(q), NULL, &err);
      if (r == 0) {
        ck_assert_ptr_null(pq);
        ck_assert_ptr_nonnull(strstr(err.message, "nests too deeply"));
      } else {
        ck_assert_ptr_nonnull(pq);
        sp_query_free(pq);
      }
    }
  }
  free(q);
}
END_TEST

START_TEST(pattern_vars) {
  const char *text = "PREFIX : <http://x/> SELECT * { ?a :p _:b OPTIONAL { ?a :q ?c } BIND(1 AS ?d) "
                     "GRAPH ?g { ?e :r ?a } MINUS { ?m :s ?a } { SELECT ?h { ?h :t ?i } } }";
  sp_error err;
  sp_query *q = sp_parse(text, strlen(text), NULL, &err);
  ck_assert_ptr_nonnull(q);
  const char **v = sp_pattern_vars(q, q->where);
  ck_assert_ptr_nonnull(v);
  char got[256] = "";
  for (; *v; v++) {
    strcat(got, *v);
    strcat(got, " ");
  }
  ck_assert_str_eq(got, "a .b c d g e h ");
  sp_query_free(q);
}
END_TEST

START_TEST(big_queries) {
  /* 30000 triple patterns with distinct blank nodes and variables, then a
   * BIND and a SELECT expression whose scope checks see all of them: linear
   * work (check's 4 s timeout catches a quadratic parser) */
  size_t n = 30000, cap = n * 48 + 128, at = 0;
  char *q = malloc(cap);
  ck_assert_ptr_nonnull(q);
  at += (size_t)snprintf(q + at, cap - at, "SELECT (1 AS ?z) {");
  for (size_t i = 0; i < n; i++)
    at += (size_t)snprintf(q + at, cap - at, " _:b%zu <http://p/> ?v%zu .", i, i);
  snprintf(q + at, cap - at, " BIND(2 AS ?w) }");
  sp_error err;
  sp_query *pq = sp_parse(q, strlen(q), NULL, &err);
  ck_assert_ptr_nonnull(pq);
  ck_assert_uint_eq(pq->where->a->ntriples, n);
  const char **v = sp_pattern_vars(pq, pq->where);
  size_t k = 0;
  while (v[k]) k++;
  ck_assert_uint_eq(k, 2 * n + 1);
  sp_query_free(pq);
  free(q);
}
END_TEST

static Suite *sparql_suite(void) {
  Suite *s = suite_create("sparql-parse");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, basic_patterns);
  tcase_add_test(tc, literals);
  tcase_add_test(tc, base_iris);
  tcase_add_test(tc, groups);
  tcase_add_test(tc, blank_nodes_and_paths);
  tcase_add_test(tc, expressions);
  tcase_add_test(tc, select_modifiers);
  tcase_add_test(tc, other_forms);
  tcase_add_test(tc, static_rules);
  tcase_add_test(tc, error_positions);
  tcase_add_test(tc, deep_nesting);
  tcase_add_test(tc, pattern_vars);
  tcase_add_test(tc, big_queries);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(sparql_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
