#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks the ontology, lexicon and shapes: every Turtle file parses cleanly,
# every geo:/lex: term used anywhere is declared with a label and a
# definition, and (when the npm packages are installed) the hand-made sample
# output and the lexicon's states.ttl conform to the SHACL shapes while
# broken variants of them do not.

top_srcdir=${top_srcdir:-.}
RAPPER=${RAPPER:-rapper}
ONT=$top_srcdir/ontology
SAMPLE=$top_srcdir/tests/golden/sample-output.ttl
GEO='https://w3id.org/geordf/ns#'
LEX='https://w3id.org/geordf/lexicon#'
RDFS_LABEL='<http://www.w3.org/2000/01/rdf-schema#label>'
SKOS_DEF='<http://www.w3.org/2004/02/skos/core#definition>'
RDFS_COMMENT='<http://www.w3.org/2000/01/rdf-schema#comment>'

command -v "$RAPPER" >/dev/null 2>&1 || { echo "SKIP: rapper not found"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/geordf-ont.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 99' HUP INT TERM

fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# 1. Every Turtle file parses with no error and no warning.  The N-Triples
#    are kept for the term checks below.
for f in "$ONT"/*.ttl "$ONT"/lexicon/*.ttl "$SAMPLE"; do
  [ -f "$f" ] || { fail "missing $f"; continue; }
  name=$(echo "$f" | sed "s|^$top_srcdir/||; s|/|_|g")
  if ! "$RAPPER" -q -i turtle -o ntriples "$f" >"$tmp/$name.nt" 2>"$tmp/err"; then
    fail "$f does not parse:"; cat "$tmp/err"
  elif [ -s "$tmp/err" ]; then
    fail "$f parses with warnings:"; cat "$tmp/err"
  fi
done
[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }

onto=$tmp/ontology_geordf.ttl.nt

# 1b. No IRI of the lexicon names two things: statements about one subject
#     merge across files, so a weapon and a city (or a person) under one IRI
#     would become one entity with both classes and both states.
cat "$tmp"/ontology_lexicon_*.nt | grep " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " | sort -u |
  awk '{ print $1 }' | uniq -d >"$tmp/twice"
[ -s "$tmp/twice" ] && fail "lexicon IRIs with two classes: $(tr '\n' ' ' <"$tmp/twice")"

# Prints the IRIs in namespace $1 that occur (in any position) in N-Triples
# file $2, one per line, sorted.
terms_in() {
  grep -o "<$1[^>]*>" "$2" | sort -u
}

# 2. Every term the ontology declares (any geo:/lex: subject) has a label
#    and a definition or comment.
for t in $( { terms_in "$GEO" "$onto"; terms_in "$LEX" "$onto"; } |
            while read -r iri; do
              grep -q "^$iri " "$onto" && echo "$iri"
            done ); do
  grep -q "^$t $RDFS_LABEL \"[^\"]" "$onto" || fail "$t has no rdfs:label"
  grep -q -e "^$t $SKOS_DEF \"[^\"]" -e "^$t $RDFS_COMMENT \"[^\"]" "$onto" ||
    fail "$t has no skos:definition or rdfs:comment"
done

# 3. Every geo:/lex: term used by the shapes, the lexicon or the sample is
#    declared in ontology/geordf.ttl (catches typos and renamed terms).
#    Only predicates and objects count: the subjects of lexicon files are
#    the lexicon's own entries (triggers, cues), not vocabulary.
for nt in "$tmp"/*.nt; do
  cut -d' ' -f2- "$nt" > "$tmp/po"
  for t in $( { terms_in "$GEO" "$tmp/po"; terms_in "$LEX" "$tmp/po"; } ); do
    grep -q "^$t " "$onto" ||
      fail "$t (used in $(basename "$nt" .nt)) is not declared in geordf.ttl"
  done
done

# 4. The names the writer (src/rdf.c) uses exist with the right kind.
check_type() {  # LOCALNAME TYPE-IRI
  grep -q "^<$GEO$1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <$2> ." "$onto" ||
    fail "geo:$1 is not declared as <$2>"
}
OWL='http://www.w3.org/2002/07/owl#'
SKOS='http://www.w3.org/2004/02/skos/core#'
for c in Event Visit Alliance ArmsDeal Sanction ShootDown Actor Country \
         Organization Person ArmedGroup Community Place WeaponSystem Aircraft Drone \
         Helicopter Missile AirDefenceSystem Vessel Vehicle Artillery Document; do
  check_type "$c" "${OWL}Class"
done
for p in visitor destination host place party supplier recipient item imposer \
         target attacker victim aircraft status polarity locatedIn nationality \
         originCountry basedIn; do
  check_type "$p" "${OWL}ObjectProperty"
done
for p in planned date confidence mentionCount itemDescription iso3166 kind; do
  check_type "$p" "${OWL}DatatypeProperty"
done
for s in Pledged Agreed Delivered Cancelled Imposed Threatened Lifted Eased; do
  check_type "$s" "${SKOS}Concept"
  grep -q "^<$GEO$s> <${SKOS}inScheme> <${GEO}EventStatus> ." "$onto" ||
    fail "geo:$s is not in geo:EventStatus"
done
for s in Positive Negative; do
  check_type "$s" "${SKOS}Concept"
  grep -q "^<$GEO$s> <${SKOS}inScheme> <${GEO}Polarity> ." "$onto" ||
    fail "geo:$s is not in geo:Polarity"
done
grep -q "^<https://w3id.org/geordf/ns> <${OWL}versionInfo> " "$onto" ||
  fail "the ontology has no owl:versionInfo"

# 5. SHACL: only with the optional npm packages (never installed here).
NODE_DIR=$top_srcdir/tests/node
if command -v node >/dev/null 2>&1 &&
   [ -d "$NODE_DIR/node_modules/rdf-validate-shacl" ] &&
   [ -d "$NODE_DIR/node_modules/n3" ]; then
  shacl() { node "$NODE_DIR/shacl.js" "$1" "$ONT/shapes.ttl" >"$tmp/shacl.out" 2>&1; }
  if ! shacl "$SAMPLE"; then
    fail "sample output does not conform to shapes.ttl:"; cat "$tmp/shacl.out"
  fi
  # refused VALIDATOR FILE: each broken variant of FILE (lines of NAME
  # SED-SCRIPT on standard input) must be rejected by VALIDATOR.
  refused() {
    while read -r what script; do
      [ -n "$what" ] || continue
      sed "$script" "$2" >"$tmp/bad.ttl"
      cmp -s "$2" "$tmp/bad.ttl" && { fail "mutation $what changed nothing"; continue; }
      "$1" "$tmp/bad.ttl"
      rc=$?
      [ "$rc" -eq 1 ] || { fail "shapes accept $(basename "$2") with $what (rc $rc)"; head -20 "$tmp/shacl.out"; }
    done
  }
  refused shacl "$SAMPLE" <<'EOF'
confidence>1 s/"0\.8"^^xsd:decimal/"1.5"^^xsd:decimal/
integer-confidence s/"0\.8"^^xsd:decimal/"1"^^xsd:decimal/
status-on-visit s/geo:destination id:IRN ;/geo:destination id:IRN ; geo:status geo:Agreed ;/
sanction-status-on-deal s/geo:status geo:Delivered/geo:status geo:Imposed/
untyped-date s/"2016-03-01"^^xsd:date/"2016-03-01"/
two-identifiers s/dcterms:identifier "sample\/001" ;/dcterms:identifier "sample\/001", "x" ;/
person-destination s/geo:destination id:IRN/geo:destination id:Vladimir_Putin/
begin-after-end s/"79"^^xsd:nonNegativeInteger/"200"^^xsd:nonNegativeInteger/
planned-false s/geo:planned true/geo:planned false/
unlabelled-entity s/id:RUS a geo:Country ; rdfs:label "Russia" ;/id:RUS a geo:Country ;/
no-polarity s/geo:polarity geo:Positive ;//
country-as-item s/geo:item id:S-300/geo:item id:RUS/
visit-role-on-deal s/geo:supplier id:RUS/geo:visitor id:RUS/
mention-count-under-the-bound s/geo:polarity geo:Positive ;/geo:polarity geo:Positive ; geo:mentionCount "7"^^xsd:nonNegativeInteger ;/
EOF
  # The lexicon's data parts: states.ttl conforms, and each broken variant
  # of its lex:leaderOffice periods is rejected.
  STATES=$top_srcdir/ontology/lexicon/states.ttl
  if ! shacl "$STATES"; then
    fail "states.ttl does not conform to shapes.ttl:"; cat "$tmp/shacl.out"
  fi
  refused shacl "$STATES" <<'EOF'
leader-office-not-a-head s/^id:GBR lex:leaderOffice \[ lex:office lex:PrimeMinister \]/id:GBR lex:leaderOffice [ lex:office lex:ForeignMinister ]/
leader-office-with-a-state s/^id:GBR lex:leaderOffice \[ lex:office lex:PrimeMinister \]/id:GBR lex:leaderOffice [ lex:office lex:PrimeMinister ; lex:of id:GBR ]/
leader-office-without-office s/^id:GBR lex:leaderOffice \[ lex:office lex:PrimeMinister \]/id:GBR lex:leaderOffice [ lex:start "2000-01-01"^^xsd:date ]/
leader-office-untyped-end s/lex:end "2014-08-28"^^xsd:date/lex:end "2014-08-28"/
leader-office-ends-before-start s/lex:end "2014-08-28"^^xsd:date/lex:end "1980-01-01"^^xsd:date/
leader-office-of-a-place s/^id:GBR lex:leaderOffice/id:London lex:leaderOffice/
EOF
  # Every lexicon file conforms to the shapes of the lexicon's vocabulary
  # (lexicon-shapes.ttl), and each broken variant of a person (or of a
  # date word's number) is rejected.
  lshacl() { node "$NODE_DIR/shacl.js" "$1" "$ONT/lexicon-shapes.ttl" >"$tmp/shacl.out" 2>&1; }
  for f in "$ONT"/lexicon/*.ttl; do
    lshacl "$f" || { fail "$(basename "$f") does not conform to lexicon-shapes.ttl:"; head -20 "$tmp/shacl.out"; }
  done
  # and of a state's dates and predecessor
  refused lshacl "$STATES" <<'EOF'
predecessor-without-start /^id:SVK /,/^$/s/^    lex:start "1993-01-01"^^xsd:date ;$//
predecessor-not-a-state s/lex:predecessor id:CSK ;/lex:predecessor id:Bratislava ;/
two-predecessors s/lex:predecessor id:CSK ;/lex:predecessor id:CSK, id:CZE ;/
untyped-state-start s/lex:start "1991-08-24"^^xsd:date ;/lex:start "1991-08-24" ;/
EOF
  PEOPLE=$ONT/lexicon/people.ttl
  refused lshacl "$PEOPLE" <<'EOF'
person-without-state /^id:John_Bolton /,/^$/s/^    geo:nationality id:USA \.$/    rdfs:comment "no state" ./
two-labels s/rdfs:label "Richard Nixon" ;/rdfs:label "Richard Nixon", "Dick Nixon" ;/
term-without-state s/lex:office lex:President ; lex:of id:USA ; lex:start "1969-01-20"/lex:office lex:President ; lex:start "1969-01-20"/
term-ends-before-start s/lex:end "1974-08-09"^^xsd:date \]/lex:end "1960-01-01"^^xsd:date ]/
untyped-term-date s/lex:start "1969-01-20"^^xsd:date/lex:start "1969-01-20"/
office-not-an-office s/lex:office lex:President ; lex:of id:USA ; lex:start "1969-01-20"/lex:office "President" ; lex:of id:USA ; lex:start "1969-01-20"/
collective-not-a-boolean s/lex:office lex:President ; lex:of id:USA ; lex:start "1969-01-20"/lex:office lex:President ; lex:collective "yes" ; lex:of id:USA ; lex:start "1969-01-20"/
EOF
  # and of a membership of memberships.ttl
  refused lshacl "$ONT/lexicon/memberships.ttl" <<'EOF'
membership-without-member s/\[ lex:state id:FIN ; lex:start/[ lex:start/
membership-two-members s/\[ lex:state id:FIN ;/[ lex:state id:FIN, id:SWE ;/
membership-member-as-text s/\[ lex:state id:FIN ;/[ lex:state "Finland" ;/
membership-untyped-date s/lex:start "2023-04-04"^^xsd:date/lex:start "2023-04-04"/
membership-ends-before-start s/lex:start "2023-04-04"^^xsd:date \]/lex:start "2023-04-04"^^xsd:date ; lex:end "2000-01-01"^^xsd:date ]/
permanent-not-a-boolean s/lex:permanent true/lex:permanent "yes"/
members-of-a-state s/^id:NATO lex:member/id:NATO a <https:\/\/w3id.org\/geordf\/ns#Country> ; <http:\/\/www.w3.org\/2000\/01\/rdf-schema#label> "NATO" ; lex:member/
EOF
  # and of a date word of cues.ttl
  refused lshacl "$ONT/lexicon/cues.ttl" <<'EOF'
date-number-as-text s/lex:number 9 ;/lex:number "9" ;/
date-two-numbers s/lex:number 5 ;/lex:number 5, 6 ;/
EOF
  # and of a trigger of triggers.ttl
  refused lshacl "$ONT/lexicon/triggers.ttl" <<'EOF'
trigger-lemma-capitalized s/lex:lemma "visit", "tour" ;/lex:lemma "Visit", "tour" ;/
trigger-pos-unknown s/lex:pos "v" ; lex:weight "0.9" ;/lex:pos "adj" ; lex:weight "0.9" ;/
trigger-without-words /^lex:visit_v /,/^$/s/^    lex:lemma "visit", "tour" ;$//
EOF
else
  echo "note: SHACL part skipped (no node or tests/node/node_modules)"
fi

if [ "$fails" -ne 0 ]; then
  echo "$fails failure(s)"
  exit 1
fi
echo "ontology checks passed"
exit 0
