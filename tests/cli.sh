#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks the geordf command line: options, exit statuses, messages, inputs
# (text, JSON Lines, stdin, bad records) and safe writing with --output.
# Only document-level output is checked (the document node and its
# dcterms:identifier); event extraction has tests of its own.

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf

D=$TMPD
printf 'The ministers met in the capital on Tuesday.\n' >"$D/alpha.txt"
cat >"$D/good.jsonl" <<'EOF'
{"id": "good-1", "text": "A first short report.", "date": "2015-11-24", "title": "First"}
{"id": "good-2", "text": "A second short report."}
EOF
cat >"$D/bad.jsonl" <<'EOF'
{"id": "before-1", "text": "Written before the broken line."}
{"id": "broken", "text": "no closing brace"

{"id": "after-1", "text": "Written after the broken line."}
{"text": "no id here"}
EOF

# ---- help, version, usage errors ----------------------------------------
for opt in --help -h; do
  run "$GEORDF" "$opt"
  expect_rc 0 "geordf $opt"
  has "$D/out" "Usage: geordf COMMAND" "geordf $opt prints usage"
  has "$D/out" "Exit status" "geordf $opt documents exit statuses"
done
run "$GEORDF" extract --help
expect_rc 0 "geordf extract --help"
has "$D/out" "--format" "extract --help lists options"
for opt in --version -V; do
  run "$GEORDF" "$opt"
  expect_rc 0 "geordf $opt"
  grep -q '^geordf [0-9][0-9.]*$' "$D/out" || bad "geordf $opt: got '$(cat "$D/out")'"
done

run "$GEORDF"
expect_rc 2 "no command"
run "$GEORDF" --bogus
expect_rc 2 "unknown top-level option"
has "$D/err" "--bogus" "unknown option is named"
run "$GEORDF" frobnicate
expect_rc 2 "unknown command"
run "$GEORDF" extract --bogus "$D/alpha.txt"
expect_rc 2 "unknown extract option"
has "$D/err" "unknown option '--bogus'" "unknown extract option is named"
run "$GEORDF" extract -x "$D/alpha.txt"
expect_rc 2 "unknown short option"
has "$D/err" "'-x'" "unknown short option is named"
run "$GEORDF" extract "$D/alpha.txt" --format
expect_rc 2 "option without its value"
has "$D/err" "needs a value" "missing option value"
# Every command reports getopt's problems in the same words (cli.c).
for cmd in extract parse eval load query push validate; do
  run "$GEORDF" $cmd --bogus
  expect_rc 2 "$cmd: unknown option"
  has "$D/err" "geordf $cmd: unknown option '--bogus'" "$cmd: unknown option is named"
  short=-qZ # after another option (query has no -q)
  [ $cmd != query ] || short=-Z
  run "$GEORDF" $cmd $short
  expect_rc 2 "$cmd: unknown short option"
  has "$D/err" "geordf $cmd: unknown option '-Z'" "$cmd: unknown short option is named"
  run "$GEORDF" $cmd --lexicon
  case $cmd in
  parse | query | validate)
    has "$D/err" "geordf $cmd: unknown option '--lexicon'" "$cmd: --lexicon is no option" ;;
  *) has "$D/err" "geordf $cmd: option '--lexicon' needs a value" "$cmd: missing option value" ;;
  esac
done
run "$GEORDF" extract --format xyz "$D/alpha.txt"
expect_rc 2 "unknown format"
has "$D/err" "unknown format 'xyz' (expected turtle, ntriples, nquads, rdfxml or dot)" \
  "unknown format message"
[ -s "$D/out" ] && bad "unknown format: something was written to stdout"
run "$GEORDF" extract
expect_rc 2 "no FILE"
has "$D/err" "no input FILE" "no FILE message"

# ---- --date and --base ----------------------------------------------------
for d in 2015-02-29 2015-13-01 2015-04-31 24.11.2015 2015-1-5 2015-11-24x ""; do
  run "$GEORDF" extract --date "$d" "$D/alpha.txt"
  expect_rc 2 "--date '$d' is refused"
done
has "$D/err" "invalid date" "--date message"
run "$GEORDF" extract -f ntriples --date 2016-02-29 "$D/alpha.txt"
expect_rc 0 "--date 2016-02-29 (leap day) is accepted"
has "$D/out" '"2016-02-29"' "--date becomes the date of a text document"

for b in example.org/doc/ "http://example.org/doc" "http://exa mple.org/" \
    "1http://x/" "http://example.org/doc#" "http:" ""; do
  run "$GEORDF" extract --base "$b" "$D/alpha.txt"
  expect_rc 2 "--base '$b' is refused"
done
has "$D/err" "invalid base" "--base message"
run "$GEORDF" extract -f ntriples --base http://example.org/news/ "$D/alpha.txt"
expect_rc 0 "--base with an absolute IRI"
has "$D/out" "<http://example.org/news/alpha" "--base is the prefix of document IRIs"

# ---- inputs ---------------------------------------------------------------
run "$GEORDF" extract "$D/alpha.txt" "$D/good.jsonl"
expect_rc 0 "text and JSON Lines input"
has "$D/out" '"alpha"' "text document id is the file name"
has "$D/out" '"good-1"' "first JSON record written"
has "$D/out" '"good-2"' "second JSON record written"
grep -q '^geordf: 3 documents read, 3 exported, 0 skipped, [0-9][0-9]* events$' "$D/err" ||
  bad "summary line: $(err_text)"

for f in ntriples nquads rdfxml turtle; do
  run "$GEORDF" extract --format "$f" "$D/good.jsonl"
  expect_rc 0 "--format $f"
  has "$D/out" "good-2" "--format $f writes the documents"
done
if need_cmd "${RAPPER:-rapper}"; then
  run "$GEORDF" extract "$D/alpha.txt" "$D/good.jsonl"
  "${RAPPER:-rapper}" -q -i turtle -o ntriples "$D/out" "http://example.org/" \
    >/dev/null 2>"$D/rapper.err" || bad "default output is not Turtle: $(cat "$D/rapper.err")"
fi

run "$GEORDF" extract "$D/missing.txt" "$D/alpha.txt"
expect_rc 1 "a missing file is skipped"
has "$D/err" "cannot open" "missing file message"
has "$D/err" "$D/missing.txt" "missing file is named"
has "$D/out" '"alpha"' "the good file after a missing one is written"

run "$GEORDF" extract "$D" "$D/alpha.txt"
expect_rc 1 "a folder as input is skipped"
has "$D/err" "cannot open $D:" "folder input message"
has "$D/out" '"alpha"' "the good file after a folder is written"

run "$GEORDF" extract "$D/bad.jsonl"
expect_rc 1 "bad records are skipped"
has "$D/err" "$D/bad.jsonl:2:" "malformed JSON is reported with file and line"
has "$D/err" "malformed JSON" "malformed JSON message"
has "$D/err" "$D/bad.jsonl:5:" "record without id is reported with its line"
has "$D/out" '"before-1"' "record before the bad line is written"
has "$D/out" '"after-1"' "record after the bad line is written"
lacks "$D/out" '"broken"' "the malformed record"
has "$D/err" "2 documents read, 2 exported, 2 skipped" "summary counts skipped records"

# Invalid UTF-8 is repaired with a warning; --quiet silences warnings and
# the summary, not the output.
printf 'Caf\351 talks\n' >"$D/latin1.txt"
run "$GEORDF" extract "$D/latin1.txt"
expect_rc 0 "invalid UTF-8 is repaired, not fatal"
has "$D/err" "$D/latin1.txt:1:4: warning: invalid UTF-8" "invalid UTF-8 warning"
run "$GEORDF" extract --quiet "$D/latin1.txt"
expect_rc 0 "--quiet"
[ -s "$D/err" ] && bad "--quiet still printed: $(err_text)"
has "$D/out" '"latin1"' "--quiet still writes the output"

# Standard input: one text document, or JSON Lines when it starts with '{'.
printf 'A report read from a pipe.\n' >"$D/stdin.txt"
run "$GEORDF" extract - <"$D/stdin.txt"
expect_rc 0 "text on stdin"
has "$D/out" '"stdin"' "stdin text document id"
printf '\n  {"id": "piped-1", "text": "x"}\n{"id": "piped-2", "text": "y"}\n' >"$D/stdin.jsonl"
run "$GEORDF" extract - <"$D/stdin.jsonl"
expect_rc 0 "JSON Lines on stdin"
has "$D/out" '"piped-1"' "first stdin record"
has "$D/out" '"piped-2"' "second stdin record"
printf '{"id": "piped-1", "text": "x"}\n{"id": \n' >"$D/stdin.jsonl"
run "$GEORDF" extract - <"$D/stdin.jsonl"
expect_rc 1 "malformed JSON on stdin"
has "$D/err" "-:2:" "stdin errors are located as -:LINE"

# ---- --output --------------------------------------------------------------
mkdir "$D/o"
echo "old content" >"$D/o/result.ttl"
run "$GEORDF" extract --output "$D/o/result.ttl" "$D/good.jsonl"
expect_rc 0 "--output"
[ -s "$D/out" ] && bad "--output: something was written to stdout"
has "$D/o/result.ttl" '"good-1"' "--output file content"
lacks "$D/o/result.ttl" "old content" "--output replaces the old file"
ls "$D/o" | grep -q '\.tmp\.' && bad "--output left a temporary file: $(ls "$D/o")"

run "$GEORDF" extract -o "$D/o/partial.nt" -f ntriples "$D/missing.txt" "$D/good.jsonl"
expect_rc 1 "--output with a missing input"
has "$D/o/partial.nt" '"good-2"' "--output still holds the good input"

run "$GEORDF" extract --output "$D/no/such/folder/x.ttl" "$D/good.jsonl"
expect_rc 4 "--output into a missing folder"
has "$D/err" "cannot write $D/no/such/folder/x.ttl" "--output failure message"
[ -e "$D/no" ] && bad "--output into a missing folder created something"

run "$GEORDF" extract --lexicon "$D/no-such-lexicon.ttl" -o "$D/o/lex.ttl" "$D/good.jsonl"
expect_rc 3 "a missing --lexicon file"
[ -e "$D/o/lex.ttl" ] && bad "lexicon failure still created the output file"
ls "$D/o" | grep -q '\.tmp\.' && bad "lexicon failure left a temporary file"

# What is no regular file is written in place, never replaced: a FIFO stays
# a FIFO (as /dev/null must stay a device); a symbolic link stays a link to
# the file it names, which gets the output.
if mkfifo "$D/o/fifo" 2>/dev/null; then
  cat "$D/o/fifo" >"$D/fifo.out" &
  reader=$!
  run "$GEORDF" extract -f ntriples -o "$D/o/fifo" "$D/good.jsonl"
  expect_rc 0 "--output to a FIFO"
  # (A FIFO replaced by a file leaves the reader waiting for a writer.)
  [ -p "$D/o/fifo" ] || { bad "--output replaced a FIFO with a file"; kill "$reader"; }
  wait "$reader"
  has "$D/fifo.out" '"good-1"' "--output to a FIFO: the reader got the output"
fi
printf 'old content\n' >"$D/o/target.nt"
ln -s target.nt "$D/o/link.nt"
run "$GEORDF" extract -f ntriples -o "$D/o/link.nt" "$D/good.jsonl"
expect_rc 0 "--output through a symbolic link"
[ -L "$D/o/link.nt" ] || bad "--output replaced a symbolic link with a file"
has "$D/o/target.nt" '"good-2"' "--output through a link writes the file it names"
ls "$D/o" | grep -q '\.tmp\.' && bad "--output through a link left a temporary file"

if [ -w /dev/full ]; then
  run sh -c '"$1" extract "$2" >/dev/full' sh "$GEORDF" "$D/good.jsonl"
  expect_rc 4 "a full disk on stdout"
  has "$D/err" "cannot write output" "full disk message"
fi

# ---- a consumer that stops reading -----------------------------------------
# Enough output to overflow any pipe buffer, so geordf does meet EPIPE.
awk 'BEGIN { for (i = 1; i <= 4000; i++)
  printf "{\"id\": \"doc-%d\", \"text\": \"Report number %d.\"}\n", i, i }' \
  >"$D/many.jsonl"
{ "$GEORDF" extract -f ntriples "$D/many.jsonl" 2>"$D/err"; echo $? >"$D/rc"; } |
  head -c 10 >"$D/head.out"
[ "$(wc -c <"$D/head.out")" -eq 10 ] || bad "| head -c 10: got $(wc -c <"$D/head.out") bytes"
[ -s "$D/err" ] && bad "| head -c 10 printed: $(err_text)"
[ "$(cat "$D/rc")" -eq 0 ] || bad "| head -c 10: exit status $(cat "$D/rc"), expected 0"

# ---- --on-error: a document with invalid UTF-8 -------------------------------
printf '{"id": "oe-a", "text": "fine"}\n{"id": "oe-b", "text": "bad \377 byte"}\n{"id": "oe-c", "text": "fine"}\n' \
  >"$D/oe.jsonl"
ids() { grep -o 'identifier> "oe-[abc]"' "$TMPD/out" | cut -d'"' -f2 | tr '\n' ' '; }
run "$GEORDF" extract -f ntriples "$D/oe.jsonl"
expect_rc 0 "--on-error default (replace)"
[ "$(ids)" = "oe-a oe-b oe-c " ] || bad "replace: documents $(ids)"
grep -q 'oe.jsonl:2:.*invalid UTF-8 at byte offset' "$TMPD/err" || bad "replace: no warning with file, line, offset"
run "$GEORDF" extract -f ntriples --on-error=skip "$D/oe.jsonl"
expect_rc 1 "--on-error=skip"
[ "$(ids)" = "oe-a oe-c " ] || bad "skip: documents $(ids)"
grep -q 'oe.jsonl:2:.*document skipped' "$TMPD/err" || bad "skip: message $(err_text)"
run "$GEORDF" extract -f ntriples --on-error=fail "$D/oe.jsonl"
expect_rc 1 "--on-error=fail"
[ "$(ids)" = "oe-a " ] || bad "fail: documents $(ids)"
run "$GEORDF" extract --on-error=maybe "$D/oe.jsonl"
expect_rc 2 "--on-error with an unknown value"

# ---- --max-document-bytes: a record too large is reported and skipped ---------
{ printf '{"id": "oe-a", "text": "fine"}\n{"id": "oe-b", "text": "'
  yes 'Putin visited Iran.' | head -n 100 | tr '\n' ' '
  printf '"}\n{"id": "oe-c", "text": "fine"}\n'; } >"$D/big.jsonl"
run "$GEORDF" extract -f ntriples "$D/big.jsonl"
expect_rc 0 "2 KB records under the default limit"
[ "$(ids)" = "oe-a oe-b oe-c " ] || bad "default limit: documents $(ids)"
run "$GEORDF" extract -f ntriples --max-document-bytes=1K "$D/big.jsonl"
expect_rc 1 "--max-document-bytes=1K"
[ "$(ids)" = "oe-a oe-c " ] || bad "--max-document-bytes: documents $(ids)"
has "$D/err" "big.jsonl:2: error: document of more than 1024 bytes (--max-document-bytes); document skipped" \
  "--max-document-bytes: file, line and what happened"
has "$D/err" "1 skipped" "--max-document-bytes: counted as skipped"
run "$GEORDF" extract -f ntriples --max-document-bytes=1K --on-error=fail "$D/big.jsonl"
expect_rc 1 "--max-document-bytes with --on-error=fail"
[ "$(ids)" = "oe-a " ] || bad "--max-document-bytes, fail: documents $(ids)"
has "$D/err" "big.jsonl:2: error: document of more than 1024 bytes (--max-document-bytes); stopping" \
  "--max-document-bytes, fail: stops"
run "$GEORDF" extract --max-document-bytes=lots "$D/big.jsonl"
expect_rc 2 "--max-document-bytes with a bad value"
run "$GEORDF" load -q -s "$D/max.db" --max-document-bytes=1K "$D/big.jsonl"
expect_rc 1 "load --max-document-bytes=1K"
has "$D/err" "big.jsonl:2: error: document of more than 1024 bytes" "load: the record too large"

# ---- help of each command ------------------------------------------------------
run "$GEORDF" --help
for cmd in extract parse eval load query push validate; do
  has "$D/out" "  $cmd " "geordf --help lists $cmd"
done
for cmd in extract parse eval load query push validate; do
  run "$GEORDF" "$cmd" --help
  expect_rc 0 "geordf $cmd --help"
  has "$D/out" "Usage: geordf $cmd" "$cmd --help has its own usage line"
  has "$D/out" "Exit status" "$cmd --help documents exit statuses"
  [ -s "$D/err" ] && bad "$cmd --help wrote to stderr: $(err_text)"
done
run "$GEORDF" extract --help
lacks "$D/out" "geordf eval" "extract --help is about extract only"
for word in --format dot --on-error --max-document-bytes Environment GEORDF_DATADIR "  4  "; do
  has "$D/out" "$word" "extract --help"
done
run "$GEORDF" push --help
for word in --endpoint --user --password-file --store --timeout --max-bytes --date \
  --lexicon --encoding --quiet Environment; do
  has "$D/out" "$word" "push --help"
done
run "$GEORDF" extract --bogus "$D/alpha.txt"
has "$D/err" "Try 'geordf extract --help'" "an extract usage error points to extract --help"

# ---- --format dot: a picture with labels ------------------------------------------
printf 'Russian President Vladimir Putin visited Turkey on Monday.\n' >"$D/visit-a.txt"
cp "$D/visit-a.txt" "$D/visit-b.txt"
# an entity whose label holds every character that is special in DOT or IRIs
cat >"$D/odd.ttl" <<'EOF'
@prefix geo: <https://w3id.org/geordf/ns#> .
@prefix id: <https://w3id.org/geordf/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:Odd_State a geo:Country ; rdfs:label "Odd \"State\" <of> {x|y} 100% #1 \\" ;
  skos:altLabel "Oddland" .
EOF
printf 'Russian President Vladimir Putin visited Oddland on Monday.\n' >"$D/visit-odd.txt"
run "$GEORDF" extract -q -f dot --lexicon "$D/odd.ttl" --date 2015-09-23 \
  "$D/visit-a.txt" "$D/visit-b.txt" "$D/visit-odd.txt"
expect_rc 0 "--format dot"
cp "$D/out" "$D/picture.dot"
head -n 1 "$D/picture.dot" | grep -q '^digraph {' || bad "--format dot: no digraph"
# event nodes are IRIs, so their spaces are U+00A0 no-break spaces
name=$(printf 'Visit: Vladimir Putin → Turkey, 2015-09-21' | sed "s/ /$(printf '\302\240')/g")
has "$D/picture.dot" "[ label=\"$name\"" "dot: event named by label"
has "$D/picture.dot" "[ label=\"$name$(printf '\302\240')(2)\"" \
  "dot: a second event with the same name gets its own node"
has "$D/picture.dot" '"LVladimir Putin" [ label="Vladimir Putin"' "dot: entity box with its label"
has "$D/picture.dot" '[ label="geo:destination" ]' "dot: role edges"
lacks "$D/picture.dot" "w3id.org/geordf/doc/" "dot: no document IRIs"
lacks "$D/picture.dot" "wasDerivedFrom" "dot: no provenance"
lacks "$D/picture.dot" "w3id.org/geordf/id/" "dot: no entity IRIs"
[ "$(grep -c 'label="Vladimir Putin"' "$D/picture.dot")" -eq 1 ] ||
  bad "dot: an entity is drawn once across documents"
if command -v dot >/dev/null 2>&1; then
  if dot -Tsvg "$D/picture.dot" >"$D/picture.svg" 2>"$D/dot.err" && [ ! -s "$D/dot.err" ]; then
    grep -q 'Odd &quot;State&quot;' "$D/picture.svg" || bad "dot: the odd label did not survive"
  else
    bad "dot -Tsvg rejects the picture: $(cat "$D/dot.err")"
  fi
elif [ -n "${CI:-}" ]; then
  bad "dot (Debian package graphviz) is not installed"
else
  echo "note: dot -Tsvg check skipped (no graphviz)"
fi


# ---- the environment: read by the tool, passed to the libraries ------------
# GEORDF_DEBUG=1 traces extraction on stderr (the library prints nothing of
# its own) and leaves the RDF as it is; set at all, it prints query SQL.
run "$GEORDF" extract -q -f ntriples --date 2015-09-23 "$D/visit-a.txt"
expect_rc 0 "extract without GEORDF_DEBUG"
cp "$D/out" "$D/plain.nt"
[ -s "$D/err" ] && bad "extract -q without GEORDF_DEBUG writes to stderr: $(err_text)"
run env GEORDF_DEBUG=1 "$GEORDF" extract -q -f ntriples --date 2015-09-23 "$D/visit-a.txt"
expect_rc 0 "extract with GEORDF_DEBUG=1"
has "$D/err" "S[0," "GEORDF_DEBUG=1: a sentence traced"
has "$D/err" "  T " "GEORDF_DEBUG=1: a trigger's roles traced"
cmp -s "$D/out" "$D/plain.nt" || bad "GEORDF_DEBUG=1 changes the RDF"
run env GEORDF_DEBUG=0 "$GEORDF" extract -q -f ntriples --date 2015-09-23 "$D/visit-a.txt"
lacks "$D/err" "S[0," "GEORDF_DEBUG=0 traces nothing"
# A document with no date resolves no title to a holder, and the trace says why.
printf 'The Russian president arrived in Paris for talks.\n' >"$D/undated.txt"
run env GEORDF_DEBUG=1 "$GEORDF" extract -q -f ntriples "$D/undated.txt"
expect_rc 0 "extract an undated title with GEORDF_DEBUG=1"
has "$D/err" "title Russian president: the document has no date, so no holder" \
  "GEORDF_DEBUG=1: an undated title resolves to no one"
has "$D/out" "ns#visitor> <https://w3id.org/geordf/id/RUS>" "an undated title stays its state"
run env GEORDF_DEBUG=1 "$GEORDF" extract -q -f ntriples --date 2019-06-03 "$D/undated.txt"
lacks "$D/err" "has no date" "GEORDF_DEBUG=1: a dated title is resolved"
has "$D/out" "ns#visitor> <https://w3id.org/geordf/id/Vladimir_Putin>" "a dated title names its holder"
# A title of an office a body holds on the date names no one, and says why.
printf 'The Bosnian president arrived in Zagreb for talks.\n' > "$D/collective.txt"
run env GEORDF_DEBUG=1 "$GEORDF" extract -q -f ntriples --date 2010-06-01 "$D/collective.txt"
expect_rc 0 "extract a collective title with GEORDF_DEBUG=1"
has "$D/err" "is held collectively on 2010-06-01, so no single holder" "GEORDF_DEBUG=1: a collective office traced"
has "$D/out" "ns#visitor> <https://w3id.org/geordf/id/BIH>" "a collective title stands for its state"
run env GEORDF_NO_PARSE=1 "$GEORDF" extract -q -f ntriples --date 2015-09-23 "$D/visit-a.txt"
expect_rc 0 "extract with GEORDF_NO_PARSE=1 (word order alone)"
has "$D/out" "ns#Visit>" "GEORDF_NO_PARSE=1 still finds the visit"
run env GEORDF_DATADIR="$D/no-such-folder" "$GEORDF" extract -q "$D/visit-a.txt"
expect_rc 3 "GEORDF_DATADIR naming a missing folder"
has "$D/err" "cannot find the lexicon" "GEORDF_DATADIR: the message"
run env GEORDF_STORE="$D/env.db" "$GEORDF" load -q "$D/visit-a.txt"
expect_rc 0 "load into \$GEORDF_STORE"
run env GEORDF_STORE="$D/env.db" GEORDF_DEBUG=1 "$GEORDF" query 'ASK { ?s ?p ?o }'
expect_rc 0 "query \$GEORDF_STORE with GEORDF_DEBUG"
has "$D/err" "geordf: SQL: " "GEORDF_DEBUG: the query's SQL"
has "$D/out" "true" "the store of \$GEORDF_STORE holds the article"

finish
