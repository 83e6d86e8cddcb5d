#!/bin/sh
# SPDX-License-Identifier: MIT
# extract --entity-graph: entity descriptions once, in the shared graph
# <https://w3id.org/geordf/id/>, so that stores taking the default graph as
# the union of graphs (Oxigraph, Virtuoso) see one label per entity.
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
EX="$top_srcdir/examples/articles"
ID='https://w3id.org/geordf/id/'

run "$GEORDF" extract -q --format nquads --entity-graph -o "$TMPD/eg.nq" "$EX/corpus.jsonl" "$EX/warsaw-visit.txt"
expect_rc 0 "extract --entity-graph"
run "$GEORDF" extract -q --format nquads -o "$TMPD/plain.nq" "$EX/corpus.jsonl" "$EX/warsaw-visit.txt"
expect_rc 0 "extract without it"

# Strict re-parses: every line is a valid quad.
for tool in "${RAPPER:-rapper}" "${SERDI:-serdi}"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "note: $tool not found"; continue; }
  case "$tool" in
  *rapper*) "$tool" -q -i nquads -o nquads "$TMPD/eg.nq" >"$TMPD/re.nq" 2>"$TMPD/re.err" ;;
  *) "$tool" -i nquads -o nquads "$TMPD/eg.nq" >"$TMPD/re.nq" 2>"$TMPD/re.err" ;;
  esac
  [ $? = 0 ] && [ ! -s "$TMPD/re.err" ] && [ "$(wc -l <"$TMPD/re.nq")" = "$(wc -l <"$TMPD/eg.nq")" ] &&
    ok "$(basename "$tool") re-reads all $(wc -l <"$TMPD/eg.nq") quads" ||
    bad "$(basename "$tool"): $(head -c 300 "$TMPD/re.err")"
done

# Each entity statement once, in the entity graph.
grep -c "<$ID> \.\$" "$TMPD/eg.nq" >"$TMPD/n" || true
n=$(cat "$TMPD/n")
[ "$n" -gt 20 ] && ok "$n statements in the entity graph" || bad "entity graph holds '$n'"
dups=$(grep '<http://www.w3.org/2000/01/rdf-schema#label>' "$TMPD/eg.nq" | sort | uniq -d | wc -l)
labels=$(grep '<http://www.w3.org/2000/01/rdf-schema#label>' "$TMPD/eg.nq" | awk '{ print $1 }' | sort | uniq -d | wc -l)
[ "$dups" = 0 ] && [ "$labels" = 0 ] && ok "no label repeated" ||
  bad "repeated labels: $(grep '#label>' "$TMPD/eg.nq" | awk '{ print $1 }' | sort | uniq -d | head -3 | tr '\n' ' ')"
pdups=$(grep '<http://www.w3.org/2000/01/rdf-schema#label>' "$TMPD/plain.nq" | awk '{ print $1 }' | sort | uniq -d | wc -l)
[ "$pdups" -gt 0 ] && ok "(without the option $pdups entities have their label in several graphs)" ||
  echo "note: no entity repeats across documents in the examples"
stray=$(grep "^<$ID" "$TMPD/eg.nq" | grep -v -c "<$ID> \.\$" || true)
[ "$stray" = 0 ] && ok "every statement about an entity is in the entity graph" ||
  bad "$stray entity statements outside the entity graph"
# The same triples, only the graphs differ.
triples() { sed 's/ <[^>]*> \.$//' "$1" | sort -u; }
triples "$TMPD/eg.nq" >"$TMPD/t1"
triples "$TMPD/plain.nq" >"$TMPD/t2"
cmp -s "$TMPD/t1" "$TMPD/t2" && ok "the same $(wc -l <"$TMPD/t1") distinct triples as without the option" ||
  bad "triples differ: $(diff "$TMPD/t1" "$TMPD/t2" | head -5 | tr '\n' ' ')"
# Threads do not change it: workers each write an entity once, and the
# copies of later documents are dropped.  A generated corpus, so that the
# documents spread over several workers.
run "$GEORDF" extract -q --format nquads --entity-graph --jobs 2 -o "$TMPD/eg2.nq" "$EX/corpus.jsonl" "$EX/warsaw-visit.txt"
cmp -s "$TMPD/eg.nq" "$TMPD/eg2.nq" && ok "the same bytes with --jobs 2" || bad "--jobs 2 differs"
PY=${PYTHON3:-python3}
if command -v "$PY" >/dev/null 2>&1 &&
  "$PY" "$top_srcdir/bench/gen-corpus.py" --srcdir "$top_srcdir" 2 "$TMPD/gen.jsonl" >/dev/null 2>&1; then
  "$GEORDF" extract -q --format nquads --entity-graph --jobs 1 -o "$TMPD/g1.nq" "$TMPD/gen.jsonl" &&
    "$GEORDF" extract -q --format nquads --entity-graph --jobs 3 -o "$TMPD/g3.nq" "$TMPD/gen.jsonl" ||
    bad "extracting the generated corpus failed"
  cmp -s "$TMPD/g1.nq" "$TMPD/g3.nq" && ok "a generated corpus: the same bytes with --jobs 3 and 1 ($(wc -l <"$TMPD/g1.nq") quads)" ||
    bad "--jobs 3 differs: $(cmp "$TMPD/g1.nq" "$TMPD/g3.nq")"
  n=$(grep '<http://www.w3.org/2000/01/rdf-schema#label>' "$TMPD/g3.nq" | awk '{ print $1 }' | sort | uniq -d | wc -l)
  [ "$n" = 0 ] && ok "and no label repeated" || bad "$n entities with repeated labels"
  "$GEORDF" extract -q --format nquads --jobs 3 "$TMPD/gen.jsonl" | sed 's/ <[^>]*> \.$//' | sort -u >"$TMPD/gt1"
  sed 's/ <[^>]*> \.$//' "$TMPD/g3.nq" | sort -u >"$TMPD/gt3"
  cmp -s "$TMPD/gt1" "$TMPD/gt3" && ok "the same triples as without the option" || bad "generated corpus: triples differ"
else
  echo "note: no generated corpus (python3); the threads check is on the examples only"
fi

# The embedded store keeps entities that way already: loading the output
# gives the store the same graphs as loading the articles.
G='SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g'
"$GEORDF" load -q --store "$TMPD/a.db" "$EX/corpus.jsonl" "$EX/warsaw-visit.txt" &&
  "$GEORDF" load -q --store "$TMPD/b.db" "$TMPD/eg.nq" || bad "loads failed"
"$GEORDF" query --store "$TMPD/a.db" --format csv "$G" >"$TMPD/ga"
"$GEORDF" query --store "$TMPD/b.db" --format csv "$G" >"$TMPD/gb"
cmp -s "$TMPD/ga" "$TMPD/gb" && ok "a store of the output has the same graphs and counts" ||
  bad "stores differ: $(diff "$TMPD/ga" "$TMPD/gb" | head -6 | tr '\n' ' ')"

run "$GEORDF" extract -q --format turtle --entity-graph "$EX/warsaw-visit.txt"
expect_rc 2 "--entity-graph with Turtle is a usage error"
grep -q "needs --format nquads" "$TMPD/err" && ok "and says why" || bad "message: $(err_text)"
finish
