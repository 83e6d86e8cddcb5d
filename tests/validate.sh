#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks `geordf validate`: the output of every bundled example, in every
# format, conforms to ontology/shapes.ttl under a real SHACL engine
# (rdf-validate-shacl, from tests/node); broken graphs are rejected with a
# report that names the node, the property and the problem; bad input and
# a missing validator give their exit statuses.  Skipped (77) without node
# or the npm packages, except in CI.

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf

top_srcdir=${top_srcdir:-.}
# the packages `npm install` put under tests/node, unless the caller names others
GEORDF_NODE_MODULES=${GEORDF_NODE_MODULES:-$top_srcdir/tests/node/node_modules}
export GEORDF_NODE_MODULES
if ! command -v node >/dev/null 2>&1 ||
   [ ! -d "$GEORDF_NODE_MODULES/rdf-validate-shacl" ] || [ ! -d "$GEORDF_NODE_MODULES/n3" ]; then
  [ -n "${CI:-}" ] && fail "node or tests/node/node_modules missing (run npm install in tests/node)"
  echo "SKIP: node or the npm packages in tests/node are missing"
  exit 77
fi
D=$TMPD
ARTICLES=$top_srcdir/examples/articles

# ---- every bundled example, every format -------------------------------------
# The date of a .txt example is the one its README gives ("use `--date D`").
files=
for f in "$ARTICLES"/*.txt "$ARTICLES"/*.jsonl; do
  [ -e "$f" ] || continue
  name=$(basename "$f")
  date=$(sed -n "s/.*\`$name\` (use \`--date \([0-9-]*\)\`).*/\1/p" "$ARTICLES/README.md" | head -n 1)
  for fmt in turtle:ttl ntriples:nt nquads:nq rdfxml:rdf; do
    out=$D/${name%.*}.${fmt#*:}
    run "$GEORDF" extract -q -f "${fmt%%:*}" ${date:+--date "$date"} -o "$out" "$f"
    expect_rc 0 "extract $name as ${fmt%%:*}"
    files="$files $out"
  done
done
[ -n "$files" ] || fail "no example articles under $ARTICLES"
# shellcheck disable=SC2086 # the file names have no spaces
run "$GEORDF" validate $files
expect_rc 0 "every example's output conforms"
[ "$rc" -eq 0 ] || cat "$D/out"
for f in $files; do
  has "$D/out" "$f: conforms" "validate reports $(basename "$f")"
done
grep -q ': conforms (0 triples)' "$D/out" && bad "a file came out empty: $(cat "$D/out")"

# ---- broken graphs are rejected, with a readable report ----------------------------
sample=$D/ankara-jet.ttl
sed 's/geo:confidence [0-9.]*/geo:confidence 1.5/' "$sample" >"$D/bad-confidence.ttl"
cmp -s "$sample" "$D/bad-confidence.ttl" && fail "the confidence mutation changed nothing"
run "$GEORDF" validate "$D/bad-confidence.ttl"
expect_rc 1 "a confidence above 1 is rejected"
has "$D/out" "bad-confidence.ttl: does not conform" "report names the file"
has "$D/out" "Violation: <https://w3id.org/geordf/doc/ankara-jet#event-" "report names the node"
has "$D/out" "> geo:confidence \"1.5\"^^xsd:decimal: " "report names property and value"
has "$D/out" "sh:MaxInclusiveConstraintComponent" "report names the constraint"

# a hand-written graph: a country as the aircraft shot down, and no polarity
cat >"$D/bad-aircraft.ttl" <<'EOF'
@prefix geo: <https://w3id.org/geordf/ns#> .
@prefix id: <https://w3id.org/geordf/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://w3id.org/geordf/doc/x> a geo:Document ; dcterms:identifier "x" .
<https://w3id.org/geordf/doc/x#event-1> a geo:ShootDown ;
    prov:wasDerivedFrom <https://w3id.org/geordf/doc/x> ;
    geo:attacker id:TUR ; geo:aircraft id:TUR ; geo:confidence 0.5 .
id:TUR a geo:Country ; rdfs:label "Turkey" .
EOF
run "$GEORDF" validate --quiet "$D/ankara-jet.nt" "$D/bad-aircraft.ttl"
expect_rc 1 "a country as aircraft is rejected"
has "$D/out" "bad-aircraft.ttl: does not conform" "report names the broken file"
has "$D/out" "<https://w3id.org/geordf/doc/x#event-1> geo:aircraft id:TUR: " "report names the wrong value"
has "$D/out" "<https://w3id.org/geordf/doc/x#event-1> geo:polarity -: " "report names the missing property"
lacks "$D/out" "ankara-jet.nt" "--quiet leaves out the files that conform"

# ---- bad input, usage, a missing validator ------------------------------------------
printf '<https://example.org/a> <https://example.org/b> .\n' >"$D/syntax.nt"
run "$GEORDF" validate "$D/syntax.nt" "$D/ankara-jet.nq"
expect_rc 1 "a file with a syntax error"
has "$D/err" "syntax.nt:1: error:" "the syntax error names file and line"
has "$D/out" "ankara-jet.nq: conforms" "the other files are still validated"
run "$GEORDF" validate "$D/missing.ttl"
expect_rc 1 "a missing file"
has "$D/err" "cannot read" "a missing file is reported"
run "$GEORDF" validate -f nquads - <"$D/corpus.nq"
expect_rc 0 "standard input with --format"
run "$GEORDF" validate
expect_rc 2 "no FILE"
run "$GEORDF" validate -f jsonld "$D/ankara-jet.ttl"
expect_rc 2 "an unknown format"
run "$GEORDF" validate --shapes "$D/none.ttl" "$D/ankara-jet.ttl"
expect_rc 3 "missing shapes"
run env GEORDF_NODE_MODULES="$D" "$GEORDF" validate "$D/ankara-jet.ttl"
expect_rc 3 "missing npm packages"
has "$D/err" "rdf-validate-shacl" "the message names the package to install"

finish
