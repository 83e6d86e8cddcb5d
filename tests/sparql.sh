#!/bin/sh
# SPDX-License-Identifier: MIT
# The SPARQL engine (src/sparql-sql.c) operator by operator, on a small store
# whose answers are known: each query's rows (TSV, N-Triples terms, sorted
# unless the query orders them) against the expected ones, and the corner
# cases rasqal and the old translator got wrong.
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf

DB="$TMPD/s.db"
export GEORDF_STORE="$DB"
cat >"$TMPD/a.ttl" <<'TTL'
@prefix : <http://ex.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:alice a :Person ; :name "Alice" ; :age 30 ; :knows :bob ; :born "1990-05-01"^^xsd:date .
:bob a :Person ; :name "Bob"@en ; :age 25 ; :knows :carol .
:carol a :Person ; :name "Carol" ; :knows :dave .
:dave a :Person ; :flag "0"^^xsd:boolean .
:e1 :date "2021-03-04"^^xsd:date . :e2 :date "2023-01-02"^^xsd:date . :e3 :date "2023-06-30"^^xsd:date .
:x :sub :y . :y :sub :z .
:alice :addr [ :city "Paris" ; :zip "75001" ] .
TTL
# a second graph repeating one statement of the first
cat >"$TMPD/b.ttl" <<'TTL'
@prefix : <http://ex.org/> .
:alice :name "Alice" .
:dave :name "Dave" .
TTL
run "$GEORDF" load -q "$TMPD/a.ttl" "$TMPD/b.ttl"
expect_rc 0 "load two Turtle files"
[ "$rc" -eq 0 ] || fail "cannot go on without the store"
GA="file://$TMPD/a.ttl"
GB="file://$TMPD/b.ttl"

P='PREFIX : <http://ex.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> '
I='"^^<http://www.w3.org/2001/XMLSchema#integer>'
# check NAME [ordered] QUERY: its rows (after the header) are those on
# standard input
check() {
  name=$1
  shift
  order=
  [ "$1" = ordered ] && { order=1; shift; }
  cat >"$TMPD/expected"
  if ! "$GEORDF" query --format tsv "$P$1" >"$TMPD/got" 2>"$TMPD/err"; then
    bad "$name: failed: $(err_text)"
    return
  fi
  sed 1d "$TMPD/got" >"$TMPD/rows"
  if [ -z "$order" ]; then
    sort "$TMPD/rows" >"$TMPD/rows.s" && mv "$TMPD/rows.s" "$TMPD/rows"
    sort "$TMPD/expected" >"$TMPD/exp.s" && mv "$TMPD/exp.s" "$TMPD/expected"
  fi
  if cmp -s "$TMPD/expected" "$TMPD/rows"; then ok "$name"
  else bad "$name: rows differ (< expected, > got)"; diff "$TMPD/expected" "$TMPD/rows" | head -20; fi
}

# ---- basic graph patterns and the default graph ----
check "BGP; the default graph is the set union (Alice's name once)" 'SELECT ?s ?n WHERE { ?s :name ?n }' <<ROWS
<http://ex.org/alice>	"Alice"
<http://ex.org/bob>	"Bob"@en
<http://ex.org/carol>	"Carol"
<http://ex.org/dave>	"Dave"
ROWS
check "COUNT over the union counts a shared statement once" 'SELECT (COUNT(*) AS ?n) WHERE { ?s :name ?o }' <<ROWS
"4$I
ROWS
check "a join of two patterns" 'SELECT ?a ?c WHERE { ?a :knows ?b . ?b :knows ?c }' <<ROWS
<http://ex.org/alice>	<http://ex.org/carol>
<http://ex.org/bob>	<http://ex.org/dave>
ROWS
check "a literal keeps its lexical form (\"0\"^^xsd:boolean is not \"false\")" 'SELECT ?f WHERE { :dave :flag ?f FILTER(!?f) }' <<ROWS
"0"^^<http://www.w3.org/2001/XMLSchema#boolean>
ROWS
check "a constant the store lacks matches nothing" 'SELECT ?s WHERE { ?s :name "Nobody" }' </dev/null
check "SELECT * WHERE { } is one empty solution" 'SELECT * WHERE { }' <<ROWS

ROWS
check "blank nodes of a pattern are not projected by SELECT *" 'SELECT * WHERE { :alice :addr [ :city ?c ] }' <<ROWS
"Paris"
ROWS

# ---- OPTIONAL ----
check "OPTIONAL with a FILTER over its own variables" 'SELECT ?s ?a WHERE { ?s a :Person OPTIONAL { ?s :age ?a FILTER(?a > 26) } }' <<ROWS
<http://ex.org/alice>	"30$I
<http://ex.org/bob>	
<http://ex.org/carol>	
<http://ex.org/dave>	
ROWS
check "OPTIONAL's FILTER sees the left side" 'SELECT ?s ?k WHERE { ?s a :Person OPTIONAL { ?s :knows ?k FILTER(?s != :alice) } }' <<ROWS
<http://ex.org/alice>	
<http://ex.org/bob>	<http://ex.org/carol>
<http://ex.org/carol>	<http://ex.org/dave>
<http://ex.org/dave>	
ROWS
check "!BOUND after OPTIONAL" 'SELECT ?s WHERE { ?s a :Person OPTIONAL { ?s :age ?a } FILTER(!BOUND(?a)) }' <<ROWS
<http://ex.org/carol>
<http://ex.org/dave>
ROWS
check "two OPTIONALs sharing an unbound variable" 'SELECT ?s ?k ?n WHERE { ?s a :Person OPTIONAL { ?s :knows ?k } OPTIONAL { ?k :name ?n } }' <<ROWS
<http://ex.org/alice>	<http://ex.org/bob>	"Bob"@en
<http://ex.org/bob>	<http://ex.org/carol>	"Carol"
<http://ex.org/carol>	<http://ex.org/dave>	"Dave"
<http://ex.org/dave>	<http://ex.org/alice>	"Alice"
<http://ex.org/dave>	<http://ex.org/bob>	"Bob"@en
<http://ex.org/dave>	<http://ex.org/carol>	"Carol"
<http://ex.org/dave>	<http://ex.org/dave>	"Dave"
ROWS

# ---- FILTER ----
check "a typed constant in FILTER compares by value" 'SELECT ?e WHERE { ?e :date ?d FILTER(?d > "2022-01-01"^^xsd:date) }' <<ROWS
<http://ex.org/e2>
<http://ex.org/e3>
ROWS
check "= on literals respects language tags" 'SELECT ?s WHERE { ?s :name ?n FILTER(?n = "Bob") }' </dev/null
check "STR drops the tag" 'SELECT ?s WHERE { ?s :name ?n FILTER(STR(?n) = "Bob") }' <<ROWS
<http://ex.org/bob>
ROWS
check "an error in FILTER is false, || recovers from it" 'SELECT ?s WHERE { ?s a :Person OPTIONAL { ?s :age ?a } FILTER(?a > 26 || !BOUND(?a)) }' <<ROWS
<http://ex.org/alice>
<http://ex.org/carol>
<http://ex.org/dave>
ROWS
check "REGEX, IN, NOT IN" 'SELECT ?n WHERE { ?s :name ?n FILTER(REGEX(STR(?n), "^[AB]") && ?s IN (:alice, :bob) && ?s NOT IN (:bob)) }' <<ROWS
"Alice"
ROWS

# ---- UNION, MINUS, EXISTS ----
check "UNION keeps duplicates and pads with unbound" 'SELECT ?s ?a ?k WHERE { { ?s :age ?a } UNION { ?s :knows ?k } UNION { ?s :age ?a } }' <<ROWS
<http://ex.org/alice>	"30$I	
<http://ex.org/alice>	"30$I	
<http://ex.org/alice>		<http://ex.org/bob>
<http://ex.org/bob>	"25$I	
<http://ex.org/bob>	"25$I	
<http://ex.org/bob>		<http://ex.org/carol>
<http://ex.org/carol>		<http://ex.org/dave>
ROWS
check "MINUS" 'SELECT ?s WHERE { ?s a :Person MINUS { ?s :age ?a } }' <<ROWS
<http://ex.org/carol>
<http://ex.org/dave>
ROWS
check "MINUS without a shared variable removes nothing" 'SELECT ?s WHERE { ?s :age ?a MINUS { ?x :knows ?y } }' <<ROWS
<http://ex.org/alice>
<http://ex.org/bob>
ROWS
check "FILTER EXISTS" 'SELECT ?s WHERE { ?s a :Person FILTER EXISTS { ?s :age ?x } }' <<ROWS
<http://ex.org/alice>
<http://ex.org/bob>
ROWS
check "FILTER NOT EXISTS with the outer row in its FILTER" 'SELECT ?s WHERE { ?s :age ?a FILTER NOT EXISTS { ?t :age ?b FILTER(?b > ?a) } }' <<ROWS
<http://ex.org/alice>
ROWS

# ---- BIND, VALUES ----
check "BIND(YEAR(?d) AS ?y)" 'SELECT ?e ?y WHERE { ?e :date ?d BIND(YEAR(?d) AS ?y) }' <<ROWS
<http://ex.org/e1>	"2021$I
<http://ex.org/e2>	"2023$I
<http://ex.org/e3>	"2023$I
ROWS
check "VALUES with several rows and UNDEF" 'SELECT ?s ?a WHERE { VALUES (?s ?a) { (:alice UNDEF) (:bob 25) (:bob 26) } ?s :age ?a }' <<ROWS
<http://ex.org/alice>	"30$I
<http://ex.org/bob>	"25$I
ROWS
check "VALUES binds a class, not the instance" 'SELECT ?e ?t WHERE { VALUES ?t { :Person :Nothing } ?e a ?t FILTER(?e = :bob) }' <<ROWS
<http://ex.org/bob>	<http://ex.org/Person>
ROWS
check "a trailing VALUES" 'SELECT ?s ?n WHERE { ?s :name ?n } VALUES ?s { :carol :dave }' <<ROWS
<http://ex.org/carol>	"Carol"
<http://ex.org/dave>	"Dave"
ROWS

# RAND() bound once is one value: the FILTER and the answer see the same
for i in 1 2 3 4 5 6; do
  "$GEORDF" query --format tsv "${P}SELECT ?r WHERE { ?s ?p ?o BIND(RAND() AS ?r) FILTER(?r < 0.5) }"
done | grep -v '^?r' | sed 's/^"\([^"]*\)".*/\1/' >"$TMPD/rand"
[ "$(wc -l <"$TMPD/rand")" -gt 20 ] && awk '$1 + 0 >= 0.5 { bad = 1 } END { exit bad }' "$TMPD/rand" &&
  ok "BIND(RAND()) is computed once per solution" || bad "RAND: $(sort -g "$TMPD/rand" | tail -3 | tr '\n' ' ')"
run "$GEORDF" query --format tsv "${P}SELECT (RAND() AS ?r) WHERE { ?s ?p ?o } ORDER BY ?r"
sed 1d "$TMPD/out" | sed 's/^"\([^"]*\)".*/\1/' >"$TMPD/rand"
sort -g "$TMPD/rand" | cmp -s - "$TMPD/rand" && [ -s "$TMPD/rand" ] &&
  ok "ORDER BY a projected RAND() orders by the values projected" || bad "ORDER BY RAND: $(head -3 "$TMPD/rand" | tr '\n' ' ')"
# projected expressions beside a BNODE(): one layer for those that read no
# other's variable, a new one where one does (20 layers overflowed SQLite's
# parser)
Q='SELECT ?s (BNODE("a") = BNODE("a") AS ?b0)'
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19; do Q="$Q (STRLEN(STR(?s)) + $i AS ?c$i)"; done
Q="$Q (?c19 * 2 AS ?d) WHERE { ?s :age ?a }"
run "$GEORDF" query --format tsv "$P$Q"
expect_rc 0 "twenty projected expressions with BNODE()"
grep -q '^<http://ex.org/alice>	"true"^^<[^>]*boolean>	"20"' "$TMPD/out" && grep -c . "$TMPD/out" | grep -qx 3 &&
  awk -F '\t' 'NR > 1 { split($21, c, "\""); split($22, d, "\""); if (d[2] != 2 * c[2]) bad = 1 } END { exit bad }' "$TMPD/out" &&
  ok "projected expressions in layers read the earlier ones" || bad "layers: $(cat "$TMPD/out")"

# ---- aggregates ----
check "COUNT over an empty match is one row of 0" 'SELECT (COUNT(*) AS ?n) WHERE { ?s :nothing ?o }' <<ROWS
"0$I
ROWS
check "GROUP BY an expression" 'SELECT ?y (COUNT(*) AS ?n) WHERE { ?e :date ?d } GROUP BY (YEAR(?d) AS ?y)' <<ROWS
"2021$I	"1$I
"2023$I	"2$I
ROWS
check "COUNT(?v) counts bound values only" 'SELECT (COUNT(?a) AS ?n) (COUNT(*) AS ?all) WHERE { ?s a :Person OPTIONAL { ?s :age ?a } }' <<ROWS
"2$I	"4$I
ROWS
check "SUM, MIN, MAX, AVG" 'SELECT (SUM(?a) AS ?s) (MIN(?a) AS ?lo) (MAX(?a) AS ?hi) (AVG(?a) AS ?m) WHERE { ?x :age ?a }' <<ROWS
"55$I	"25$I	"30$I	"27.5"^^<http://www.w3.org/2001/XMLSchema#decimal>
ROWS
check "GROUP_CONCAT, COUNT DISTINCT, HAVING" 'SELECT ?s (GROUP_CONCAT(STR(?t); separator="|") AS ?c) (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?t FILTER(?p IN (:knows, :age)) } GROUP BY ?s HAVING (COUNT(*) > 1) ORDER BY ?s' <<ROWS
<http://ex.org/alice>	"30|http://ex.org/bob"	"2$I
<http://ex.org/bob>	"25|http://ex.org/carol"	"2$I
ROWS
run "$GEORDF" query "${P}SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
expect_rc 1 "an aggregate query projecting an ungrouped variable is refused"

check "OPTIONAL of two triples" 'SELECT ?s ?n WHERE { ?s a :Person OPTIONAL { ?s :knows ?k . ?k :age ?n } }' <<ROWS
<http://ex.org/alice>	"25$I
<http://ex.org/bob>	
<http://ex.org/carol>	
<http://ex.org/dave>	
ROWS
check "OPTIONAL of two triples: no partial match, each full match once" 'SELECT ?s ?n WHERE { ?s a :Person OPTIONAL { ?s ?p ?o . ?o :name ?n FILTER(?n != "Carol") } }' <<ROWS
<http://ex.org/alice>	"Bob"@en
<http://ex.org/bob>	
<http://ex.org/carol>	"Dave"
<http://ex.org/dave>	
ROWS
check "OPTIONAL of three triples" 'SELECT ?s ?k ?a WHERE { ?s a :Person OPTIONAL { ?k :knows ?j . ?j :knows ?s . ?k :age ?a } }' <<ROWS
<http://ex.org/alice>		
<http://ex.org/bob>		
<http://ex.org/carol>	<http://ex.org/alice>	"30$I
<http://ex.org/dave>	<http://ex.org/bob>	"25$I
ROWS
check "OPTIONAL inside OPTIONAL" 'SELECT ?s ?k ?a WHERE { ?s a :Person OPTIONAL { ?s :knows ?k OPTIONAL { ?k :age ?a FILTER(?a < 26) } } }' <<ROWS
<http://ex.org/alice>	<http://ex.org/bob>	"25$I
<http://ex.org/bob>	<http://ex.org/carol>	
<http://ex.org/carol>	<http://ex.org/dave>	
<http://ex.org/dave>		
ROWS
check "OPTIONAL inside OPTIONAL meeting the outside through its own variable" 'SELECT ?s ?k ?a WHERE { ?s :age ?a OPTIONAL { ?s :knows ?k OPTIONAL { ?k :age ?a } } }' <<ROWS
<http://ex.org/alice>		"30$I
<http://ex.org/bob>	<http://ex.org/carol>	"25$I
ROWS
check "OPTIONAL with a BIND" 'SELECT ?s ?x WHERE { ?s a :Person OPTIONAL { ?s :age ?a BIND(?a + 1 AS ?x) } }' <<ROWS
<http://ex.org/alice>	"31$I
<http://ex.org/bob>	"26$I
<http://ex.org/carol>	
<http://ex.org/dave>	
ROWS
check "a join on a variable OPTIONAL left unbound matches every value" 'SELECT ?s ?k ?n WHERE { ?s a :Person OPTIONAL { ?s :knows ?k } ?k :name ?n }' <<ROWS
<http://ex.org/alice>	<http://ex.org/bob>	"Bob"@en
<http://ex.org/bob>	<http://ex.org/carol>	"Carol"
<http://ex.org/carol>	<http://ex.org/dave>	"Dave"
<http://ex.org/dave>	<http://ex.org/alice>	"Alice"
<http://ex.org/dave>	<http://ex.org/bob>	"Bob"@en
<http://ex.org/dave>	<http://ex.org/carol>	"Carol"
<http://ex.org/dave>	<http://ex.org/dave>	"Dave"
ROWS

# ---- subqueries ----
check "a subquery with GROUP BY, joined" 'SELECT ?n ?c WHERE { ?s :name ?n { SELECT ?s (COUNT(*) AS ?c) WHERE { ?s :knows ?o } GROUP BY ?s } }' <<ROWS
"Alice"	"1$I
"Bob"@en	"1$I
"Carol"	"1$I
ROWS
check "a subquery's hidden variables stay inside" 'SELECT ?s ?o WHERE { ?s :age ?o { SELECT ?s WHERE { ?s :knows ?o } } }' <<ROWS
<http://ex.org/alice>	"30$I
<http://ex.org/bob>	"25$I
ROWS

# ---- modifiers ----
check "ORDER BY DESC puts unbound last" ordered 'SELECT ?s ?a WHERE { ?s a :Person OPTIONAL { ?s :age ?a } } ORDER BY DESC(?a) ?s' <<ROWS
<http://ex.org/alice>	"30$I
<http://ex.org/bob>	"25$I
<http://ex.org/carol>	
<http://ex.org/dave>	
ROWS
check "ORDER BY an expression, LIMIT, OFFSET" ordered 'SELECT ?n WHERE { ?s :name ?n } ORDER BY STRLEN(STR(?n)) STR(?n) LIMIT 2 OFFSET 1' <<ROWS
"Dave"
"Alice"
ROWS
check "DISTINCT" 'SELECT DISTINCT ?p WHERE { ?s ?p ?o FILTER(?s = :alice) }' <<ROWS
<http://ex.org/addr>
<http://ex.org/age>
<http://ex.org/born>
<http://ex.org/knows>
<http://ex.org/name>
<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
ROWS

# ---- property paths ----
check "p+ (a set)" 'SELECT ?a ?b WHERE { ?a :knows+ ?b }' <<ROWS
<http://ex.org/alice>	<http://ex.org/bob>
<http://ex.org/alice>	<http://ex.org/carol>
<http://ex.org/alice>	<http://ex.org/dave>
<http://ex.org/bob>	<http://ex.org/carol>
<http://ex.org/bob>	<http://ex.org/dave>
<http://ex.org/carol>	<http://ex.org/dave>
ROWS
check "p* from a constant includes itself" 'SELECT ?b WHERE { :carol :knows* ?b }' <<ROWS
<http://ex.org/carol>
<http://ex.org/dave>
ROWS
check "p+ towards a constant" 'SELECT ?a WHERE { ?a :knows+ :dave }' <<ROWS
<http://ex.org/alice>
<http://ex.org/bob>
<http://ex.org/carol>
ROWS
check "p* from a term the graph lacks is that term" 'SELECT ?b WHERE { :nobody :knows* ?b }' <<ROWS
<http://ex.org/nobody>
ROWS
check "?x p* ?x holds for every node of the graph" 'SELECT (COUNT(*) AS ?n) WHERE { ?x :sub* ?x FILTER(?x IN (:x, :z, :alice, "Paris")) }' <<ROWS
"4$I
ROWS
check "p?, ^p, p/q, p|q" 'SELECT ?b WHERE { { :x :sub? ?b } UNION { ?b ^:sub :y } UNION { :x :sub/:sub ?b } UNION { :y (:sub|:knows) ?b } }' <<ROWS
<http://ex.org/x>
<http://ex.org/y>
<http://ex.org/z>
<http://ex.org/z>
<http://ex.org/z>
ROWS
check "an alternative is a multiset union: p|p gives each match twice" 'SELECT ?a ?b WHERE { ?a :sub|:sub ?b }' <<ROWS
<http://ex.org/x>	<http://ex.org/y>
<http://ex.org/x>	<http://ex.org/y>
<http://ex.org/y>	<http://ex.org/z>
<http://ex.org/y>	<http://ex.org/z>
ROWS
check "(p|p)+ is a set: each pair once" 'SELECT ?a ?b WHERE { :x (:sub|:sub)+ ?b BIND(:x AS ?a) }' <<ROWS
<http://ex.org/x>	<http://ex.org/y>
<http://ex.org/x>	<http://ex.org/z>
ROWS
check "a negated property set" 'SELECT ?p ?o WHERE { :bob !(:knows|:age|:name) ?o . :bob ?p ?o }' <<ROWS
<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>	<http://ex.org/Person>
ROWS

# ---- graphs and datasets ----
check "GRAPH ?g counts per graph" "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s :name ?o } } GROUP BY ?g" <<ROWS
<$GA>	"3$I
<$GB>	"2$I
ROWS
check "GRAPH <iri>" "SELECT ?s WHERE { GRAPH <$GB> { ?s :name ?o } }" <<ROWS
<http://ex.org/alice>
<http://ex.org/dave>
ROWS
check "GRAPH of a name that is no graph: no solution" "SELECT * WHERE { GRAPH <http://ex.org/none> { } }" </dev/null
check "a subquery inside GRAPH ?g is answered per graph" "SELECT ?g ?s ?n WHERE { GRAPH ?g { SELECT ?s (COUNT(*) AS ?n) WHERE { ?s :name ?o } GROUP BY ?s } }" <<ROWS
<$GA>	<http://ex.org/alice>	"1$I
<$GA>	<http://ex.org/bob>	"1$I
<$GA>	<http://ex.org/carol>	"1$I
<$GB>	<http://ex.org/alice>	"1$I
<$GB>	<http://ex.org/dave>	"1$I
ROWS
check "inside GRAPH ?g, ?g is an ordinary variable until the end" "SELECT ?g ?s WHERE { GRAPH ?g { ?s :name ?n OPTIONAL { ?s :knows ?g } } }" <<ROWS
<$GB>	<http://ex.org/alice>
<$GB>	<http://ex.org/dave>
ROWS
check "an aggregate without GROUP BY inside GRAPH ?g: one group per graph, empty ones too" "SELECT ?g ?n ?s ?m WHERE { GRAPH ?g { SELECT (COUNT(*) AS ?n) (SUM(?a) AS ?s) (MIN(?a) AS ?m) WHERE { ?x :age ?a } } FILTER(?g IN (<$GA>, <$GB>)) }" <<ROWS
<$GA>	"2$I	"55$I	"25$I
<$GB>	"0$I	"0$I	
ROWS
run "$GEORDF" query "${P}SELECT * WHERE { GRAPH ?g { SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 } }"
expect_rc 5 "LIMIT in a subquery inside GRAPH ?g is refused"
check "FROM makes the default graph" "SELECT ?s FROM <$GB> WHERE { ?s :name ?o }" <<ROWS
<http://ex.org/alice>
<http://ex.org/dave>
ROWS
check "FROM NAMED alone leaves the default graph empty" "SELECT ?s FROM NAMED <$GB> WHERE { ?s :name ?o }" </dev/null
check "FROM NAMED restricts GRAPH ?g" "SELECT DISTINCT ?g FROM NAMED <$GB> WHERE { GRAPH ?g { ?s ?p ?o } }" <<ROWS
<$GB>
ROWS

# ---- ASK, CONSTRUCT, DESCRIBE ----
run "$GEORDF" query "${P}ASK { :alice :knows/:knows :carol }"
[ "$(cat "$TMPD/out")" = true ] && ok "ASK true" || bad "ASK: $(cat "$TMPD/out") $(err_text)"
run "$GEORDF" query "${P}ASK { :alice :knows :carol }"
[ "$(cat "$TMPD/out")" = false ] && ok "ASK false" || bad "ASK: $(cat "$TMPD/out") $(err_text)"
run "$GEORDF" query "${P}CONSTRUCT { ?s :n ?n . ?n :bad ?s . ?s :p ?unbound . ?s :k _:b . _:b :of ?s . :c :d :e } WHERE { ?s :name ?n }"
expect_rc 0 "CONSTRUCT"
[ "$(grep -c ' <http://ex.org/n> ' "$TMPD/out")" -eq 4 ] &&
  ! grep -q '<http://ex.org/bad>\|<http://ex.org/p>' "$TMPD/out" &&
  [ "$(grep ' <http://ex.org/k> ' "$TMPD/out" | cut -d' ' -f3 | sort -u | wc -l)" -eq 4 ] &&
  [ "$(grep -c '^<http://ex.org/c> ' "$TMPD/out")" -eq 1 ] &&
  [ "$(wc -l <"$TMPD/out")" -eq 13 ] &&
  ok "CONSTRUCT: a set, ill-formed triples dropped, fresh blank nodes per solution" ||
  bad "CONSTRUCT: $(cat "$TMPD/out")"
run "$GEORDF" query "${P}DESCRIBE :alice"
expect_rc 0 "DESCRIBE"
grep -q '"Paris"' "$TMPD/out" && [ "$(wc -l <"$TMPD/out")" -eq 8 ] &&
  ok "DESCRIBE: the resource's statements and its blank nodes'" || bad "DESCRIBE: $(cat "$TMPD/out")"

# ---- what is refused ----
run "$GEORDF" query "${P}SELECT * WHERE { SERVICE <http://ex.org/sparql> { ?s ?p ?o } }"
expect_rc 5 "SERVICE is refused (exit 5)"
grep -q "not supported: SERVICE" "$TMPD/err" && ok "and named" || bad "message: $(err_text)"
run "$GEORDF" query "${P}SELECT * WHERE { ?s ?p ?o FILTER(<http://ex.org/fn>(?o)) }"
expect_rc 5 "an unknown function is refused"
run "$GEORDF" query "${P}SELECT * WHERE { ?s ?p ?o "
expect_rc 1 "a syntax error"
grep -q "line 1, column" "$TMPD/err" && ok "it gives line and column" || bad "message: $(err_text)"

# ---- the unnamed graph as the default graph ----
run "$GEORDF" load -q --graph=default "$TMPD/b.ttl"
expect_rc 0 "load a file into the unnamed graph"
run "$GEORDF" query --default-graph=unnamed --format tsv "${P}SELECT ?s WHERE { ?s :name ?n }"
[ "$(sed 1d "$TMPD/out" | sort | tr '\n' ' ')" = "<http://ex.org/alice> <http://ex.org/dave> " ] &&
  ok "--default-graph=unnamed" || bad "unnamed: $(cat "$TMPD/out") $(err_text)"
run "$GEORDF" query --default-graph=unnamed --format tsv "${P}SELECT ?g WHERE { GRAPH ?g { ?s :name ?n } }"
[ "$(sed 1d "$TMPD/out" | wc -l)" -eq 5 ] && ok "the unnamed graph is no named graph" ||
  bad "GRAPH over unnamed: $(cat "$TMPD/out")"
check "the union counts the unnamed graph's copies once too" 'SELECT (COUNT(*) AS ?n) WHERE { ?s :name ?o }' <<ROWS
"4$I
ROWS
run "$GEORDF" query --default-graph=all 'ASK {}'
expect_rc 2 "an unknown --default-graph is a usage error"

finish
