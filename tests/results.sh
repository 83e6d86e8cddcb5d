#!/bin/sh
# SPDX-License-Identifier: MIT
# `geordf load --graph` with every RDF syntax (Turtle, N-Triples, N-Quads,
# TriG, RDF/XML), and the query result formats: SPARQL JSON, XML, CSV and
# TSV results and N-Triples / Turtle graphs, on data with quotes, line
# breaks, tabs, language tags, datatypes, blank nodes and unbound values,
# each read back by a real parser (rapper, serdi, xmllint; the npm parsers
# in tests/node through tests/node/w3c-sparql.js --canon).  Parts that need
# a missing tool are skipped with a note (in CI node is required).
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf

top_srcdir=${top_srcdir:-.}
NODE_DIR=$top_srcdir/tests/node
have_node=
if command -v node >/dev/null 2>&1 && [ -d "$NODE_DIR/node_modules/sparqlxml-parse" ] &&
   [ -d "$NODE_DIR/node_modules/sparqljson-parse" ] && [ -d "$NODE_DIR/node_modules/n3" ]; then
  have_node=1
else
  [ -n "${CI:-}" ] && fail "node or tests/node/node_modules missing (run npm install in tests/node)"
  echo "note: node or the npm packages in tests/node are missing: results are not parsed back"
fi
have_sqlite=
command -v sqlite3 >/dev/null 2>&1 && have_sqlite=1 || echo "note: sqlite3 not found: graph placement not checked"

DB=$TMPD/r.db
export GEORDF_STORE="$DB"
G1=http://example.org/g1
# SQL over the store's tables (Redland's schema: contextUri NULL is the
# unnamed default graph)
sql() { sqlite3 "$DB" "$1"; }

# ---- the data -----------------------------------------------------------------
TAB=$(printf '\t')
cat >"$TMPD/data.ttl" <<'EOF'
@prefix : <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:a :name "say \"hi\"\nto <all> & 'you'", "tab\there\r" ;
   :label "chat"@fr, "Grüße"@de-AT ;
   :n 42, "3.50"^^xsd:decimal, "x"^^:custom ;
   :knows _:b .
_:b :name "Bob" .
:c :name "no label" .
EOF
printf '<http://example.org/a> <http://example.org/p> "nt" .\n' >"$TMPD/data.nt"
cat >"$TMPD/data.trig" <<'EOF'
@prefix : <http://example.org/> .
:t :p "in the default part" .
:g2 { :t :p _:shared . }
:g3 { :u :p _:shared . }
EOF
printf '<http://example.org/q> <http://example.org/p> "quad" <http://example.org/g4> .\n<http://example.org/q> <http://example.org/p> "triple" .\n' >"$TMPD/data.nq"
cat >"$TMPD/data.rdf" <<'EOF'
<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/r">
    <ex:p xml:lang="en">from RDF/XML</ex:p>
    <ex:q rdf:nodeID="n1"/>
  </rdf:Description>
  <rdf:Description rdf:nodeID="n1"><ex:p>nested</ex:p></rdf:Description>
</rdf:RDF>
EOF
cp "$TMPD/data.rdf" "$TMPD/data.owl"
cp "$TMPD/data.rdf" "$TMPD/data.xml"
# two files whose blank nodes share a label
printf '_:x <http://example.org/p> "one" .\n' >"$TMPD/b1.nt"
printf '_:x <http://example.org/p> "two" .\n' >"$TMPD/b2.nt"

# ---- load --graph ---------------------------------------------------------------
run "$GEORDF" load -q --graph=default "$TMPD/data.ttl" "$TMPD/b1.nt" "$TMPD/b2.nt"
expect_rc 0 "load --graph=default"
if [ -n "$have_sqlite" ]; then
  [ "$(sql 'SELECT count(*) FROM triples WHERE contextUri IS NULL')" = 12 ] &&
    [ "$(sql 'SELECT count(*) FROM triples WHERE contextUri IS NOT NULL')" = 0 ] &&
    ok "12 triples in the unnamed default graph, no named graph (no ontology)" ||
    bad "default graph: $(sql 'SELECT count(*), contextUri FROM triples GROUP BY contextUri')"
  [ "$(sql "SELECT count(DISTINCT subjectBlank) FROM triples t JOIN literals l ON l.id = t.objectLiteral WHERE l.text IN ('one', 'two')")" = 2 ] &&
    ok "_:x of two files are two blank nodes" || bad "_:x of two files merged"
fi
run "$GEORDF" load -q --graph=default "$TMPD/data.ttl" "$TMPD/b1.nt" "$TMPD/b2.nt"
expect_rc 0 "load --graph=default again"
[ -z "$have_sqlite" ] || { [ "$(sql 'SELECT count(*) FROM triples')" = 12 ] &&
  ok "loading the default graph again replaces it" || bad "reload: $(sql 'SELECT count(*) FROM triples')"; }

run "$GEORDF" load -q --graph=$G1 "$TMPD/data.nt" "$TMPD/data.trig" "$TMPD/data.nq"
expect_rc 0 "load --graph=IRI with N-Triples, TriG and N-Quads"
if [ -n "$have_sqlite" ]; then
  graphs=$(sql "SELECT u.uri, count(*) FROM triples t JOIN uris u ON u.id = t.contextUri GROUP BY u.uri ORDER BY u.uri" | tr '\n' ' ')
  [ "$graphs" = "http://example.org/g1|3 http://example.org/g2|1 http://example.org/g3|1 http://example.org/g4|1 " ] &&
    ok "triples and default-graph statements in --graph, quads in their own graphs" || bad "graphs: $graphs"
  [ "$(sql "SELECT count(DISTINCT objectBlank) FROM triples t JOIN uris u ON u.id = t.contextUri WHERE u.uri IN ('http://example.org/g2', 'http://example.org/g3')")" = 1 ] &&
    ok "a TriG file's blank node is one node in all its graphs" || bad "TriG blank node split"
fi
for ext in rdf owl xml; do
  run "$GEORDF" load -q --graph=http://example.org/x-$ext "$TMPD/data.$ext"
  expect_rc 0 "load RDF/XML from .$ext"
done
[ -z "$have_sqlite" ] || {
  n=$(sql "SELECT count(*) FROM triples t JOIN uris u ON u.id = t.contextUri WHERE u.uri = 'http://example.org/x-rdf'")
  [ "$n" = 3 ] && ok "RDF/XML: 3 triples" || bad "RDF/XML: $n triples"; }
run "$GEORDF" load -q "$TMPD/data.nt"
expect_rc 0 "load without --graph"
[ -z "$have_sqlite" ] || {
  n=$(sql "SELECT count(*) FROM triples t JOIN uris u ON u.id = t.contextUri WHERE u.uri LIKE 'file://%data.nt'")
  [ "$n" = 1 ] && ok "without --graph a file goes to the graph of its file: IRI" || bad "file graph: $n"
  [ "$(sql "SELECT count(*) FROM uris WHERE uri = 'https://w3id.org/geordf/ns'")" -ge 1 ] &&
    ok "without --graph the ontology comes too" || bad "no ontology graph after a load without --graph"; }

# RDF 1.1: "x"^^xsd:string is "x", and language tags ignore case: one form stored
printf '<http://example.org/s> <http://example.org/p> "x"^^<http://www.w3.org/2001/XMLSchema#string>, "x", "y"@EN-gb, "y"@en-GB .\n' >"$TMPD/rdf11.ttl"
run "$GEORDF" load -q --graph=http://example.org/rdf11 "$TMPD/rdf11.ttl"
expect_rc 0 "load literals that RDF 1.1 makes equal"
[ -z "$have_sqlite" ] || {
  v=$(sql "SELECT l.text || '|' || coalesce(l.language, '') || '|' || coalesce(l.datatype, '') FROM triples t JOIN uris u ON u.id = t.contextUri JOIN literals l ON l.id = t.objectLiteral WHERE u.uri = 'http://example.org/rdf11' ORDER BY 1" | tr '\n' ' ')
  [ "$v" = "x|| y|en-gb| " ] && ok "two statements: the simple literal and the tag in lower case" || bad "RDF 1.1 literals: $v"; }
run "$GEORDF" load --graph="not an iri" "$TMPD/data.nt"
expect_rc 2 "--graph with a non-IRI is a usage error"
grep -q "graph" "$TMPD/err" || bad "the message names --graph: $(err_text)"
printf '@prefix : <http://example.org/> .\n:a :p .\n' >"$TMPD/bad.trig"
run "$GEORDF" load --graph=default "$TMPD/bad.trig"
expect_rc 1 "a broken TriG file"
grep -q "bad.trig" "$TMPD/err" && ok "the error names the file" || bad "error: $(err_text)"
run "$GEORDF" load --graph=default "$TMPD/data.json"
[ "$rc" -ne 0 ] && ok "a file that is neither RDF nor an article is refused" || bad "data.json loaded"

# ---- result formats ------------------------------------------------------------
# The default graph union (today's default) or the unnamed graph hold the
# data; the query names the graph so that it does not matter.
Q="SELECT ?s ?p ?o ?none WHERE { GRAPH <$G1> { ?s ?p ?o } }"
rm -f "$DB"
run "$GEORDF" load -q --graph=$G1 "$TMPD/data.ttl"
expect_rc 0 "load the format data"
for f in json xml tsv csv table; do
  "$GEORDF" query --format=$f "$Q" >"$TMPD/q.$f" 2>"$TMPD/q.$f.err" || bad "--format=$f: $(cat "$TMPD/q.$f.err")"
done
# CSV: CRLF line ends, a header of names, plain values, RFC 4180 quoting
head -n 1 "$TMPD/q.csv" | od -c | grep -q '\\r  \\n' && ok "csv: CRLF" || bad "csv: no CRLF"
[ "$(head -n 1 "$TMPD/q.csv" | tr -d '\r')" = "s,p,o,none" ] && ok "csv header" || bad "csv header: $(head -n 1 "$TMPD/q.csv")"
grep -q '^http://example.org/a,http://example.org/name,"say ""hi""' "$TMPD/q.csv" &&
  ok "csv: quotes doubled inside a quoted field" || bad "csv quoting: $(cat "$TMPD/q.csv")"
tr -d '\r' <"$TMPD/q.csv" | grep -q '^http://example.org/a,http://example.org/n,3.50,$' &&
  ok "csv: a typed literal as its lexical form; unbound empty" || bad "csv literal: $(cat "$TMPD/q.csv")"
# TSV: ?names, terms in Turtle syntax, no raw tab or line break in a field
[ "$(head -n 1 "$TMPD/q.tsv")" = "?s$TAB?p$TAB?o$TAB?none" ] && ok "tsv header" || bad "tsv header: $(head -n 1 "$TMPD/q.tsv")"
grep -qF '"tab\there\r"' "$TMPD/q.tsv" && grep -qF '"say \"hi\"\nto <all> & '"'"'you'"'" "$TMPD/q.tsv" &&
  grep -qF '"Grüße"@de-at' "$TMPD/q.tsv" && grep -qF '"3.50"^^<http://www.w3.org/2001/XMLSchema#decimal>' "$TMPD/q.tsv" &&
  ok "tsv: escaped strings, language tags, datatypes" || bad "tsv terms: $(cat "$TMPD/q.tsv")"
[ "$(awk -F '\t' 'NF != 4' "$TMPD/q.tsv" | wc -l)" -eq 0 ] && ok "tsv: four fields on every line" ||
  bad "tsv: lines without four fields"
# XML: well-formed, and an XML parser gives back the values
if command -v xmllint >/dev/null 2>&1; then
  xmllint --noout "$TMPD/q.xml" 2>"$TMPD/xml.err" && ok "xml is well-formed (xmllint)" || bad "xml: $(cat "$TMPD/xml.err")"
  v=$(xmllint --xpath 'string(//*[local-name()="literal"][starts-with(., "tab")])' "$TMPD/q.xml" | od -c | tr -s ' ' | tr '\n' ' ')
  case $v in *'t a b \t h e r e \r'*) ok "xml: tab and CR survive an XML parser" ;; *) bad "xml: tab/CR lost: $v" ;; esac
fi
# the same solutions in JSON, XML and TSV, read by the npm parsers
if [ -n "$have_node" ]; then
  for f in json xml tsv; do
    node "$NODE_DIR/w3c-sparql.js" --canon $f "$TMPD/q.$f" | LC_ALL=C sort >"$TMPD/canon.$f" ||
      bad "$f does not parse: $(cat "$TMPD/q.$f")"
  done
  [ "$(wc -l <"$TMPD/canon.json")" -eq 11 ] && ok "json: 10 solutions" || bad "json: $(cat "$TMPD/canon.json")"
  cmp -s "$TMPD/canon.json" "$TMPD/canon.xml" && ok "xml gives the same solutions as json" ||
    bad "xml differs from json: $(diff "$TMPD/canon.json" "$TMPD/canon.xml" | head -5)"
  cmp -s "$TMPD/canon.json" "$TMPD/canon.tsv" && ok "tsv gives the same terms as json" ||
    bad "tsv differs from json: $(diff "$TMPD/canon.json" "$TMPD/canon.tsv" | head -5)"
  for want in 'o="say \"hi\"\nto <all> & '"'"'you'"'"'"' 'o="tab\there\r"' 'o="chat"@fr' \
      'o="42"^^<http://www.w3.org/2001/XMLSchema#integer>' 'o="x"^^<http://example.org/custom>' 'vars s p o none'; do
    grep -qF "$want" "$TMPD/canon.json" || bad "json lacks $want"
  done
  grep -q 'o=_:' "$TMPD/canon.json" && grep -q '^{o="Bob" p=<http://example.org/name> s=_:' "$TMPD/canon.json" &&
    ok "json: blank nodes as bnode" || bad "json blank nodes: $(grep _: "$TMPD/canon.json")"
  lacks "$TMPD/canon.json" "none=" "json: an unbound variable has no binding"
  grep -q '"xml:lang": "de-at"' "$TMPD/q.json" && ok "json: xml:lang (stored in lower case)" || bad "json: no xml:lang de-at"
  node "$NODE_DIR/w3c-sparql.js" --canon csv "$TMPD/q.csv" >"$TMPD/canon.csv" || bad "csv does not parse"
  grep -qF 'o="say \"hi\"\nto <all> & '"'"'you'"'"'"' "$TMPD/canon.csv" && grep -qF 'o="tab\there\r"' "$TMPD/canon.csv" &&
    ok "csv: values read back whole" || bad "csv read back: $(cat "$TMPD/canon.csv")"
  # booleans
  for f in json xml; do
    "$GEORDF" query --format=$f "ASK { GRAPH <$G1> { ?s ?p \"chat\"@fr } }" >"$TMPD/ask.$f"
    [ "$(node "$NODE_DIR/w3c-sparql.js" --canon $f "$TMPD/ask.$f")" = "boolean true" ] && ok "ASK in $f" ||
      bad "ASK in $f: $(cat "$TMPD/ask.$f")"
  done
  "$GEORDF" query --format=json "ASK { GRAPH <$G1> { ?s ?p \"nothing\" } }" >"$TMPD/ask2.json"
  [ "$(node "$NODE_DIR/w3c-sparql.js" --canon json "$TMPD/ask2.json")" = "boolean false" ] && ok "ASK false in json" ||
    bad "ASK false: $(cat "$TMPD/ask2.json")"
fi
for f in csv tsv table; do
  [ "$("$GEORDF" query --format=$f "ASK { GRAPH <$G1> { ?s ?p \"chat\"@fr } }")" = true ] && ok "ASK in $f" || bad "ASK in $f"
done
# the table: one line per row however the values break lines
[ "$(wc -l <"$TMPD/q.table")" -eq 13 ] && grep -q '^(10 rows)$' "$TMPD/q.table" && ok "table: 10 rows on 10 lines" ||
  bad "table: $(cat "$TMPD/q.table")"

# XML 1.0 cannot carry a control character: an error that says what to use
printf '<http://example.org/z> <http://example.org/p> "bell\\u0007" .\n' >"$TMPD/ctl.nt"
"$GEORDF" load -q --graph=http://example.org/ctl "$TMPD/ctl.nt"
run "$GEORDF" query --format=xml 'SELECT ?o WHERE { GRAPH <http://example.org/ctl> { ?s ?p ?o } }'
[ "$rc" -ne 0 ] && grep -q "json" "$TMPD/err" && ok "xml refuses a control character and names json" ||
  bad "xml with a control character: rc $rc, $(err_text)"
run "$GEORDF" query --format=tsv 'SELECT ?o WHERE { GRAPH <http://example.org/ctl> { ?s ?p ?o } }'
grep -qF '"bell\u0007"' "$TMPD/out" && ok "tsv writes a control character as \\u0007" || bad "tsv control: $(cat "$TMPD/out")"

# ---- graphs --------------------------------------------------------------------
C="CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <$G1> { ?s ?p ?o } }"
run "$GEORDF" query --format=ntriples "$C"
expect_rc 0 "CONSTRUCT as N-Triples"
cp "$TMPD/out" "$TMPD/c.nt"
run "$GEORDF" query --format=turtle "$C"
expect_rc 0 "CONSTRUCT as Turtle"
cp "$TMPD/out" "$TMPD/c.ttl"
run "$GEORDF" query "$C"
cmp -s "$TMPD/out" "$TMPD/c.nt" && ok "a graph in the table format is N-Triples" || bad "graph as table: $(head -3 "$TMPD/out")"
# a cycle of blank nodes, each the object once: raptor's Turtle writer would drop it
printf '_:a <http://example.org/p> _:b .\n_:b <http://example.org/p> _:a .\n' >"$TMPD/cycle.nt"
"$GEORDF" load -q --graph=http://example.org/cycle "$TMPD/cycle.nt"
"$GEORDF" query --format=turtle 'CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/cycle> { ?s ?p ?o } }' >"$TMPD/cycle.ttl"
if command -v rapper >/dev/null 2>&1; then
  n=$(rapper -i ntriples -c "$TMPD/c.nt" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples/\1/p')
  [ "$n" = 10 ] && ok "N-Triples: 10 triples (rapper)" || bad "N-Triples (rapper): '$n'"
  n=$(rapper -i turtle -c "$TMPD/c.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples/\1/p')
  [ "$n" = 10 ] && ok "Turtle: 10 triples (rapper)" || bad "Turtle (rapper): '$n'"
  n=$(rapper -i turtle -c "$TMPD/cycle.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples/\1/p')
  [ "$n" = 2 ] && ok "Turtle keeps a cycle of blank nodes" || bad "cycle in Turtle: '$n': $(cat "$TMPD/cycle.ttl")"
else
  echo "note: rapper not found: graphs not parsed back"
fi
if command -v serdi >/dev/null 2>&1; then
  serdi -i ntriples "$TMPD/c.nt" >/dev/null 2>"$TMPD/serdi.err" && ok "N-Triples parse with serdi" || bad "serdi: $(cat "$TMPD/serdi.err")"
  serdi -i turtle "$TMPD/c.ttl" >/dev/null 2>"$TMPD/serdi.err" && ok "Turtle parses with serdi" || bad "serdi: $(cat "$TMPD/serdi.err")"
  grep -qF '"say \"hi\"\nto <all> & '"'"'you'"'"'"' "$TMPD/c.nt" && ok "N-Triples escapes quotes and line breaks" ||
    bad "N-Triples literal: $(grep say "$TMPD/c.nt")"
fi
run "$GEORDF" query --format=json "$C"
[ "$rc" -ne 0 ] && grep -q "ntriples or turtle" "$TMPD/err" && ok "a graph in json is refused, naming the formats" ||
  bad "CONSTRUCT --format=json: rc $rc, $(err_text)"
run "$GEORDF" query --format=turtle "$Q"
[ "$rc" -ne 0 ] && grep -q "CONSTRUCT" "$TMPD/err" && ok "SELECT in turtle is refused" || bad "SELECT --format=turtle: rc $rc"

finish
