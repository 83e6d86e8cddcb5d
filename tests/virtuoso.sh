#!/bin/sh
# SPDX-License-Identifier: MIT
# Integration with a real SPARQL server: starts Debian's Virtuoso on
# 127.0.0.1 with a throwaway database, pushes the examples through the
# Graph Store Protocol, runs examples/queries/*.rq on its /sparql endpoint
# and compares the answers with the embedded store's.  Skipped only when
# virtuoso-t is missing outside CI (CI=true: it must run).
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
if ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1; then
  [ "$CI" = true ] && fail "virtuoso-t / isql-vt not installed (apt-get install virtuoso-opensource-7-bin)"
  echo "SKIP: virtuoso-t not installed"
  exit 77
fi
command -v curl >/dev/null 2>&1 || fail "curl is needed to query Virtuoso"

EX="$top_srcdir/examples"
VDIR="$TMPD/virtuoso"
mkdir -p "$VDIR"

# Free ports: try a few from a random start.
free_port() {
  p=$1
  while [ "$p" -lt 65000 ]; do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "$p"; return; fi
    p=$((p + 1))
  done
}
base=$(( ($$ % 2000) * 10 + 20000 ))
SQLPORT=$(bash -c "$(declare -f free_port 2>/dev/null || true); free_port $base" 2>/dev/null || echo $base)
[ -n "$SQLPORT" ] || SQLPORT=$base
HTTPPORT=$((SQLPORT + 1))

sed -e "s#@DIR@#$VDIR#g" -e "s#@PORT@#$SQLPORT#g" -e "s#@HTTP@#$HTTPPORT#g" \
  "$top_srcdir/tests/virtuoso/virtuoso.ini.in" >"$VDIR/virtuoso.ini"

stop_virtuoso() {
  isql-vt "$SQLPORT" dba dba exec="shutdown;" >/dev/null 2>&1 || true
  # give it a moment, then make sure nothing is left
  i=0
  while [ $i -lt 20 ] && [ -f "$VDIR/virtuoso.lck" ]; do sleep 0.5; i=$((i + 1)); done
  if [ -n "$VPID" ] && kill -0 "$VPID" 2>/dev/null; then kill "$VPID" 2>/dev/null; fi
}
trap 'stop_virtuoso; rm -rf "$TMPD"' EXIT

(cd "$VDIR" && exec virtuoso-t -c "$VDIR/virtuoso.ini" +foreground) >"$VDIR/stdout" 2>&1 &
VPID=$!
ready=0
i=0
while [ $i -lt 120 ]; do
  if curl -s -o /dev/null "http://127.0.0.1:$HTTPPORT/sparql?query=ASK%7B%7D"; then ready=1; break; fi
  kill -0 "$VPID" 2>/dev/null || break
  sleep 0.5
  i=$((i + 1))
done
[ "$ready" = 1 ] || { tail -20 "$VDIR/virtuoso.log" 2>/dev/null; fail "Virtuoso did not start"; }
ok "Virtuoso ready on 127.0.0.1:$HTTPPORT"

# The embedded store, the reference.
export GEORDF_STORE="$TMPD/store.db"
"$GEORDF" load -q "$EX/articles/corpus.jsonl" &&
  "$GEORDF" load -q --date 2014-03-24 "$EX/articles/ankara-jet.txt" &&
  "$GEORDF" load -q --date 2023-02-22 "$EX/articles/warsaw-visit.txt" &&
  "$GEORDF" load -q --date 2021-12-15 "$EX/articles/arms-roundup.txt" || fail "load the examples"

printf 'dba\n' >"$TMPD/password"
CRUD="http://127.0.0.1:$HTTPPORT/sparql-graph-crud-auth"
run "$GEORDF" push --endpoint "$CRUD" --user dba --password-file "$TMPD/password" --store "$GEORDF_STORE"
expect_rc 0 "push the store"
grep -q "dba" "$TMPD/err" && bad "the password shows in messages" || true
# twice: PUT replaces, so the server ends up with the same graphs
run "$GEORDF" push --endpoint "$CRUD" --user dba --password-file "$TMPD/password" --store "$GEORDF_STORE"
expect_rc 0 "push again (idempotent)"

printf 'wrong\n' >"$TMPD/badpass"
run "$GEORDF" push --endpoint "$CRUD" --user dba --password-file "$TMPD/badpass" --store "$GEORDF_STORE"
expect_rc 1 "a wrong password fails"
grep -q "401" "$TMPD/err" && ok "the error says 401" || bad "wrong password: $(err_text)"
grep -q "wrong" "$TMPD/err" && bad "the password shows in messages" || true
run "$GEORDF" push --endpoint "http://127.0.0.1:$HTTPPORT/no-such-service" --user dba \
  --password-file "$TMPD/password" --store "$GEORDF_STORE"
expect_rc 1 "a wrong endpoint fails"
grep -q -E "404|not a Graph Store" "$TMPD/err" && ok "the error says it is not a Graph Store service" ||
  bad "wrong endpoint: $(err_text)"
grep -q "retrying" "$TMPD/err" && bad "a wrong endpoint was retried" || true

# Same count of statements per document graph.
remote_csv() {
  curl -s -G -H 'Accept: text/csv' --data-urlencode "query@$1" "http://127.0.0.1:$HTTPPORT/sparql"
}
# CSV rows without CR, quotes or datatype markers, booleans as 1/0 (as
# Virtuoso writes them), sorted; header first.
normalise() {
  tr -d '\r' | sed -e 's/"//g' -e 's/\^\^<[^>]*>//g' -e 's/,true,/,1,/g' -e 's/,true$/,1/' -e 's/,false,/,0,/g' -e 's/,false$/,0/' | { IFS= read -r head; echo "$head"; sort; }
}
printf 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/geordf/")) } GROUP BY ?g ORDER BY ?g\n' >"$TMPD/graphs.rq"
"$GEORDF" query --format csv --file "$TMPD/graphs.rq" | normalise >"$TMPD/graphs.local"
remote_csv "$TMPD/graphs.rq" | normalise >"$TMPD/graphs.remote"
cmp -s "$TMPD/graphs.local" "$TMPD/graphs.remote" && ok "same statements per graph" ||
  { bad "graph sizes differ"; diff "$TMPD/graphs.local" "$TMPD/graphs.remote" | head; }

for rq in "$EX"/queries/*.rq; do
  name=$(basename "$rq" .rq)
  "$GEORDF" query --format csv --file "$rq" | normalise >"$TMPD/$name.local"
  remote_csv "$rq" | normalise >"$TMPD/$name.remote"
  if [ "$(wc -l <"$TMPD/$name.local")" -lt 2 ]; then bad "$name: no answers locally"
  elif cmp -s "$TMPD/$name.local" "$TMPD/$name.remote"; then ok "$name: Virtuoso gives the same $(($(wc -l <"$TMPD/$name.local") - 1)) rows"
  else bad "$name: answers differ (< embedded, > Virtuoso)"; diff "$TMPD/$name.local" "$TMPD/$name.remote" | head -10; fi
done

# OPTIONAL with a FILTER inside, one that uses an outer variable, and two
# OPTIONALs on one predicate: shapes rasqal got wrong.
P='PREFIX geo: <https://w3id.org/geordf/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
i=0
while IFS= read -r q; do
  i=$((i + 1))
  printf '%s%s\n' "$P" "$q" >"$TMPD/extra$i.rq"
  "$GEORDF" query --format csv --file "$TMPD/extra$i.rq" 2>"$TMPD/err" | normalise >"$TMPD/extra$i.local"
  [ -s "$TMPD/err" ] && bad "extra query $i: $(err_text)"
  remote_csv "$TMPD/extra$i.rq" | normalise >"$TMPD/extra$i.remote"
  if [ "$(wc -l <"$TMPD/extra$i.local")" -lt 2 ]; then bad "extra query $i: no answers locally"
  elif cmp -s "$TMPD/extra$i.local" "$TMPD/extra$i.remote"; then ok "extra query $i: Virtuoso gives the same $(($(wc -l <"$TMPD/extra$i.local") - 1)) rows"
  else bad "extra query $i: answers differ (< embedded, > Virtuoso): $q"; diff "$TMPD/extra$i.local" "$TMPD/extra$i.remote" | head -10; fi
done <<'QUERIES'
SELECT ?e ?d WHERE { ?e a geo:Visit . OPTIONAL { ?e geo:date ?d FILTER(STR(?d) > "2015") } }
SELECT ?a ?b WHERE { ?a a geo:Alliance ; geo:party ?x . OPTIONAL { ?b geo:party ?x FILTER(?a != ?b) } }
SELECT ?e ?x ?y WHERE { ?e a geo:Alliance OPTIONAL { ?e geo:party ?x } OPTIONAL { ?e geo:party ?y FILTER(STR(?x) < STR(?y)) } }
SELECT ?e ?l WHERE { ?e a geo:Visit ; geo:visitor ?v . ?v rdfs:label ?l } ORDER BY DESC(?l) ?e LIMIT 5 OFFSET 2
QUERIES

# Articles pushed straight from files (extracted on the fly).
run "$GEORDF" push -q --endpoint "$CRUD" --user dba --password-file "$TMPD/password" \
  --date 2014-03-24 "$EX/articles/ankara-jet.txt"
expect_rc 0 "push an article file"

finish
