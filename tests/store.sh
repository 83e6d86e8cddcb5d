#!/bin/sh
# SPDX-License-Identifier: MIT
# The embedded store: load the examples, answer the example queries, reload
# without duplicates, survive a killed load and a bad file, report query
# syntax errors with their position, and write every result format.
# GEORDF_UPDATE_EXPECTED=1 rewrites examples/queries/*.expected instead.
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
command -v sqlite3 >/dev/null 2>&1 || echo "note: sqlite3 not found; index checks skipped"

EX="$top_srcdir/examples"
DB="$TMPD/store.db"
export GEORDF_STORE="$DB"

load_examples() {
  "$GEORDF" load -q "$EX/articles/corpus.jsonl" &&
  "$GEORDF" load -q --date 2014-03-24 "$EX/articles/ankara-jet.txt" &&
  "$GEORDF" load -q --date 2023-02-22 "$EX/articles/warsaw-visit.txt" &&
  "$GEORDF" load -q --date 2021-12-15 "$EX/articles/arms-roundup.txt"
}

# Result rows as sorted CSV without CR, header first.
sorted_csv() {
  "$GEORDF" query --format csv "$@" | tr -d '\r' | { IFS= read -r head; echo "$head"; sort; }
}

count() {
  "$GEORDF" query --format csv "$1" | tr -d '\r' | sed -n 2p
}

Q_ALL='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
Q_GRAPHS='SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g'

run load_examples
expect_rc 0 "load the examples"
[ "$rc" -eq 0 ] || fail "cannot go on without the examples"
total=$(count "$Q_ALL")
[ -n "$total" ] && [ "$total" -gt 500 ] && ok "store holds $total statements" ||
  bad "store holds '$total' statements"
"$GEORDF" query --format csv "$Q_GRAPHS" | tr -d '\r' >"$TMPD/graphs1"
grep -q '^https://w3id.org/geordf/doc/ankara-jet,' "$TMPD/graphs1" &&
  grep -q '^https://w3id.org/geordf/doc/xi-in-moscow,' "$TMPD/graphs1" &&
  grep -q '^https://w3id.org/geordf/ns,' "$TMPD/graphs1" &&
  grep -q '^https://w3id.org/geordf/id/,' "$TMPD/graphs1" &&
  ok "one graph per document, the ontology graph and the shared entity graph" ||
  bad "graphs: $(tr '\n' ' ' <"$TMPD/graphs1")"
[ "$(wc -l <"$TMPD/graphs1")" -eq 12 ] && ok "12 graphs (header, 9 documents, ontology, entities)" ||
  bad "graph count: $(wc -l <"$TMPD/graphs1")"

if command -v sqlite3 >/dev/null 2>&1; then
  idx=$(sqlite3 "$DB" "SELECT name FROM sqlite_master WHERE type='index' AND name LIKE 'geordf_%' ORDER BY name" | tr '\n' ' ')
  [ "$idx" = "geordf_blanks geordf_context geordf_literals geordf_pos geordf_spo " ] &&
    ok "extra indexes: $idx" || echo "note: extra indexes missing ('$idx'): built without sqlite3?"
fi

# The example questions against their expected answers.
for rq in "$EX"/queries/*.rq; do
  name=$(basename "$rq" .rq)
  exp="${rq%.rq}.expected"
  if [ -n "$GEORDF_UPDATE_EXPECTED" ]; then
    sorted_csv --file "$rq" >"$exp"
    echo "updated $exp"
    continue
  fi
  sorted_csv --file "$rq" >"$TMPD/$name.csv" 2>"$TMPD/err" || bad "$name: query failed: $(err_text)"
  if [ ! -f "$exp" ]; then bad "$name: no $exp"
  elif cmp -s "$exp" "$TMPD/$name.csv"; then ok "$name: $(($(wc -l <"$exp") - 1)) rows as expected"
  else bad "$name: answers differ:"; diff "$exp" "$TMPD/$name.csv" | head -20; fi
done

# Queries become SQL (src/sqlquery.c); rasqal answers the rest.  Both must
# agree: the example queries and queries using each supported construct.
# GEORDF_QUERY_ENGINE=sql reports on stderr any query that falls back.
P='PREFIX geo: <https://w3id.org/geordf/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
same_answers() { # QUERY-FILE NAME [ordered]
  GEORDF_QUERY_ENGINE=sql "$GEORDF" query --format tsv --file "$1" >"$TMPD/sql.out" 2>"$TMPD/sql.err" ||
    { bad "$2: the SQL path failed: $(cat "$TMPD/sql.err")"; return; }
  [ -s "$TMPD/sql.err" ] && { bad "$2: not answered in SQL: $(cat "$TMPD/sql.err")"; return; }
  GEORDF_QUERY_ENGINE=rasqal "$GEORDF" query --format tsv --file "$1" >"$TMPD/rasqal.out" 2>&1 ||
    { bad "$2: rasqal failed: $(cat "$TMPD/rasqal.out")"; return; }
  if [ "$3" != ordered ]; then
    sort "$TMPD/sql.out" >"$TMPD/sql.s" && mv "$TMPD/sql.s" "$TMPD/sql.out"
    sort "$TMPD/rasqal.out" >"$TMPD/rasqal.s" && mv "$TMPD/rasqal.s" "$TMPD/rasqal.out"
  fi
  if [ "$(wc -l <"$TMPD/sql.out")" -lt 2 ]; then bad "$2: no rows"
  elif cmp -s "$TMPD/sql.out" "$TMPD/rasqal.out"; then ok "$2: SQL and rasqal agree ($(($(wc -l <"$TMPD/sql.out") - 1)) rows)"
  else bad "$2: SQL and rasqal differ (< SQL, > rasqal)"; diff "$TMPD/sql.out" "$TMPD/rasqal.out" | head -10; fi
}
for rq in "$EX"/queries/*.rq; do same_answers "$rq" "$(basename "$rq" .rq)"; done
i=0
while IFS='|' read -r order q; do
  i=$((i + 1))
  printf '%s%s\n' "$P" "$q" >"$TMPD/q$i.rq"
  same_answers "$TMPD/q$i.rq" "query $i ($(echo "$q" | cut -c1-60))" "$order"
done <<'QUERIES'
ordered|SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g
ordered|SELECT ?e ?d WHERE { ?e a geo:Visit . OPTIONAL { ?e geo:date ?d FILTER(STR(?d) > "2015") } } ORDER BY ?e
ordered|SELECT ?e ?l WHERE { ?e a geo:Visit ; geo:visitor ?v . ?v rdfs:label ?l } ORDER BY DESC(?l) ?e LIMIT 5 OFFSET 2
any|SELECT * WHERE { ?e a geo:ShootDown ; geo:confidence ?c FILTER(?c > 0.5) }
any|SELECT ?e WHERE { GRAPH <https://w3id.org/geordf/doc/ankara-jet> { ?e a geo:ShootDown } }
any|SELECT ?e ?h WHERE { ?e a geo:Visit OPTIONAL { ?e geo:host ?h } FILTER(!BOUND(?h)) }
any|SELECT DISTINCT ?p WHERE { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), "Putin")) }
any|SELECT ?s ?d WHERE { ?s geo:date ?d FILTER(?d = "2014-03-23"^^<http://www.w3.org/2001/XMLSchema#date>) }
any|SELECT ?a ?b WHERE { ?a geo:party ?x . OPTIONAL { ?b geo:party ?x FILTER(?a != ?b) } }
any|SELECT ?e ?x ?y WHERE { ?e a geo:Alliance OPTIONAL { ?e geo:party ?x } OPTIONAL { ?e geo:party ?y FILTER(STR(?x) < STR(?y)) } }
any|SELECT ?e ?x WHERE { ?e a geo:Visit OPTIONAL { ?e geo:visitor ?x . ?x a geo:Person } }
any|SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e geo:polarity geo:Negative }
QUERIES
# UNION is outside the SQL subset: rasqal answers, with a note under =sql.
run env GEORDF_QUERY_ENGINE=sql "$GEORDF" query --format csv "${P}SELECT ?x WHERE { { ?x a geo:Visit } UNION { ?x a geo:Alliance } }"
expect_rc 0 "a UNION query falls back to rasqal"
grep -q "runs in rasqal" "$TMPD/err" && [ "$(wc -l <"$TMPD/out")" -gt 2 ] && ok "the fallback says so and answers" ||
  bad "UNION fallback: $(err_text)"

# Reloading replaces the graphs: same counts, graph by graph.
run load_examples
expect_rc 0 "reload the examples"
"$GEORDF" query --format csv "$Q_GRAPHS" | tr -d '\r' >"$TMPD/graphs2"
cmp -s "$TMPD/graphs1" "$TMPD/graphs2" && ok "reload leaves every graph's count unchanged" ||
  bad "reload changed counts: $(diff "$TMPD/graphs1" "$TMPD/graphs2" | tr '\n' ' ')"
# An RDF file goes in as is, into the graph named after its URI.
printf '<http://example.org/a> <http://example.org/b> "c" .\n_:x <http://example.org/b> _:y .\n' >"$TMPD/extra.nt"
run "$GEORDF" load -q "$TMPD/extra.nt"
expect_rc 0 "load an N-Triples file"
n=$(count "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <file://$TMPD/extra.nt> { ?s ?p ?o } }")
[ "$n" = 2 ] && ok "the file's graph has its 2 statements" || bad "file graph holds '$n'"
run "$GEORDF" load -q "$TMPD/extra.nt"
n2=$(count "$Q_ALL")
[ "$n2" = $((total + 2)) ] && ok "reloading the file adds nothing ($n2)" || bad "after reload: $n2, expected $((total + 2))"
printf '<http://example.org/q> <http://example.org/b> "d" <http://example.org/g1> .\n' >"$TMPD/extra.nq"
run "$GEORDF" load -q "$TMPD/extra.nq"
n=$(count 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/g1> { ?s ?p ?o } }')
[ "$n" = 1 ] && ok "N-Quads keep their graph" || bad "N-Quads graph holds '$n'"
base=$(count "$Q_ALL")

# A bad file in a batch: an error naming it, and the store unchanged.
printf '<http://example.org/a> <http://example.org/b> .\n' >"$TMPD/bad.nt"
run "$GEORDF" load "$TMPD/extra.nt" "$EX/articles/corpus.jsonl" "$TMPD/bad.nt"
expect_rc 1 "a batch with a bad file fails"
grep -q "bad.nt" "$TMPD/err" && grep -q "line 1" "$TMPD/err" && ok "the error names the file and line" ||
  bad "error message: $(err_text)"
[ "$(count "$Q_ALL")" = "$base" ] && ok "the store is unchanged" || bad "store changed: $(count "$Q_ALL") vs $base"
run "$GEORDF" load "$TMPD/missing.jsonl"
expect_rc 1 "a missing file fails"

# A killed load: a large batch is stopped with SIGKILL halfway.
# (large enough to be still running after 2 s: loads take about 100,000
# statements/s of CPU)
awk 'BEGIN { for (i = 0; i < 30000; i++) printf "{\"id\": \"bulk-%d\", \"date\": \"2022-03-01\", \"text\": \"Turkey shot down a Syrian MiG-23 near the border. Joe Biden visited Poland on Monday and met Andrzej Duda in Warsaw. Germany pledged to supply Ukraine with tanks.\"}\n", i }' >"$TMPD/big.jsonl"
"$GEORDF" load -q "$TMPD/big.jsonl" >/dev/null 2>&1 &
pid=$!
sleep 2
kill -9 $pid 2>/dev/null && killed=1 || killed=0
wait $pid 2>/dev/null
[ "$killed" = 1 ] || echo "note: the load ended before it could be killed"
[ "$(count "$Q_ALL")" = "$base" ] && ok "after a killed load the store has the old count" ||
  bad "after a killed load: $(count "$Q_ALL") vs $base"
run "$GEORDF" load -q "$TMPD/extra.nt"
expect_rc 0 "the store is usable after a killed load"

# Query errors say where.
run "$GEORDF" query 'SELECT ?x WHERE {
  ?x ?y ?z .
  FILTER(?x = ) }'
expect_rc 1 "a syntax error fails"
grep -q "line 3" "$TMPD/err" && ok "the error gives the line: $(err_text)" || bad "no position: $(err_text)"
run "$GEORDF" query --store "$TMPD/none.db" 'ASK { ?s ?p ?o }'
expect_rc 1 "a missing store is an error"
[ ! -e "$TMPD/none.db" ] && ok "query does not create a store" || bad "query created a store"

# Every format.
Q='PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s LIMIT 2'
Q1='SELECT ?d WHERE { <https://w3id.org/geordf/doc/ankara-jet> <http://purl.org/dc/terms/date> ?d }'
run "$GEORDF" query --format table "$Q1"
expect_rc 0 "table format"
[ "$(sed -n 1p "$TMPD/out")" = "d" ] && grep -q '^2014-03-24$' "$TMPD/out" && grep -q '^(1 row)$' "$TMPD/out" &&
  ok "table: header, value, row count" || bad "table: $(tr '\n' '|' <"$TMPD/out")"
run "$GEORDF" query --format csv "$Q1"
[ "$(tr -d '\r' <"$TMPD/out" | tr '\n' '|')" = "d|2014-03-24|" ] && ok "csv" || bad "csv: $(cat "$TMPD/out")"
run "$GEORDF" query --format tsv "$Q1"
[ "$(tr '\n' '|' <"$TMPD/out")" = '?d|"2014-03-24"^^<http://www.w3.org/2001/XMLSchema#date>|' ] && ok "tsv" ||
  bad "tsv: $(cat "$TMPD/out")"
run "$GEORDF" query --format json "$Q1"
if [ -n "$PYTHON3" ] || command -v python3 >/dev/null 2>&1; then
  ${PYTHON3:-python3} -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["head"]["vars"] == ["d"], r
b = r["results"]["bindings"][0]["d"]
assert b == {"type": "literal", "value": "2014-03-24", "datatype": "http://www.w3.org/2001/XMLSchema#date"}, b
' "$TMPD/out" && ok "json (SPARQL 1.1 results)" || bad "json: $(tr '\n' ' ' <"$TMPD/out")"
else
  grep -q '"datatype"' "$TMPD/out" && ok "json" || bad "json"
fi
run "$GEORDF" query --format csv "$Q"
[ "$(tr -d '\r' <"$TMPD/out" | wc -l)" -eq 3 ] && ok "csv rows" || bad "csv: $(cat "$TMPD/out")"
run "$GEORDF" query 'ASK { ?s a <https://w3id.org/geordf/ns#ShootDown> }'
[ "$(cat "$TMPD/out")" = true ] && ok "ASK" || bad "ASK: $(cat "$TMPD/out")"
run "$GEORDF" query --format yaml 'ASK { }'
expect_rc 2 "an unknown format is a usage error"

finish
