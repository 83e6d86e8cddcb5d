#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks --encoding on the command line: Windows-1252 (and Latin-1) articles
# read as such, UTF-8 by default with a warning that says where and what to
# do, auto for documents that mix both, in extract and in load.

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf

D=$TMPD
# c cedilla, e acute, i diaeresis, the euro sign (0x80), curly double quotes
# (0x93 0x94) and an en dash (0x96), all in Windows-1252.  Only sentences
# that are evidence of an event are written, so each one has an event.
printf 'French President Fran\347ois Hollande visited Moscow on Tuesday for a caf\351 summit on the \200 5bn \223Mistral\224 deal \226 na\357vely.\n' \
  >"$D/cp.txt"
# The sentence as N-Triples writes it once decoded.
sentence='"French President Fran\u00E7ois Hollande visited Moscow on Tuesday for a caf\u00E9 summit on the \u20AC 5bn \u201CMistral\u201D deal \u2013 na\u00EFvely."'
# A scrape that mixes UTF-8 (line 1) and Windows-1252 (line 2).
printf 'Russia imposed sanctions on Turkey over the caf\303\251 deal worth \342\202\254 5bn.\nFran\347ois Hollande visited Moscow on Tuesday, the \223caf\351\224 said.\n' \
  >"$D/mixed.txt"
# A JSON Lines corpus with a Windows-1252 record between two UTF-8 ones.
printf '%s\n' '{"id": "u1", "text": "Russia imposed sanctions on Turkey, the caf\u00e9 said."}' >"$D/corpus.jsonl"
printf '{"id": "w1", "text": "Fran\347ois Hollande visited \223Moscow\224 on Tuesday."}\n' >>"$D/corpus.jsonl"
printf '{"id": "u2", "text": "Russia imposed sanctions on Iran, the caf\303\251 said."}\n' >>"$D/corpus.jsonl"

x() { "$GEORDF" extract --date 2015-11-24 -f ntriples "$@"; }

# ---- the default: UTF-8, bad bytes replaced, and a hint -------------------
run x "$D/cp.txt"
expect_rc 0 "Windows-1252 read as UTF-8: repaired, not fatal"
has "$D/err" "$D/cp.txt:1:22: warning: invalid UTF-8 at byte offset 21 replaced by U+FFFD (7 places" \
  "the warning gives file, line, column, offset and count"
has "$D/err" "give --encoding=windows-1252 (or auto)" "the warning says what to do"
has "$D/out" 'Fran\uFFFDois' "bad bytes become U+FFFD"
has "$D/out" '/ns#visitor> <https://w3id.org/geordf/id/Francois_Hollande>' "the visit is still found"

# ---- --encoding=windows-1252 and its aliases ------------------------------
for enc in windows-1252 cp1252 latin1 ISO-8859-1; do
  run x --encoding="$enc" "$D/cp.txt"
  expect_rc 0 "--encoding=$enc"
  has "$D/out" "$sentence" "--encoding=$enc: accents, euro, curly quotes and dash decoded"
  lacks "$D/out" 'FFFD' "--encoding=$enc: no U+FFFD"
  if grep -q warning "$D/err"; then bad "--encoding=$enc: unexpected warnings: $(err_text)"; fi
done
has "$D/out" '/ns#visitor> <https://w3id.org/geordf/id/Francois_Hollande>' "the visit is found"
# Windows-1252 read from standard input too.
rc=0; x --encoding=windows-1252 - <"$D/cp.txt" >"$D/out" 2>"$D/err" || rc=$?
expect_rc 0 "--encoding=windows-1252 on standard input"
has "$D/out" "$sentence" "standard input decoded"
# A byte that Windows-1252 leaves undefined is an error like invalid UTF-8.
printf 'ok \201 here\n' >"$D/undef.txt"
run x --encoding=windows-1252 --on-error=skip "$D/undef.txt"
expect_rc 1 "an undefined Windows-1252 byte with --on-error=skip"
has "$D/err" "$D/undef.txt:1:4: error: undefined Windows-1252 byte 0x81 at byte offset 3; document skipped" \
  "undefined byte reported with file, line, offset"

# ---- --encoding=auto ------------------------------------------------------
run x --encoding=auto "$D/mixed.txt"
expect_rc 0 "--encoding=auto on a mixed document"
has "$D/out" '"Russia imposed sanctions on Turkey over the caf\u00E9 deal worth \u20AC 5bn."' \
  "auto: the UTF-8 line kept"
has "$D/out" '"Fran\u00E7ois Hollande visited Moscow on Tuesday, the \u201Ccaf\u00E9\u201D said."' \
  "auto: the Windows-1252 line decoded"
has "$D/out" '<https://w3id.org/geordf/doc/mixed#char=67,128>' "auto: offsets count characters of the decoded text"
has "$D/err" "$D/mixed.txt:2:5: warning: not UTF-8 at byte offset 74 (byte 0xE7): read as Windows-1252" \
  "auto: the warning names file, line and byte offset"
has "$D/err" "4 such bytes" "auto: the warning counts the bytes"
# Whole UTF-8 input: auto changes nothing and says nothing.
printf 'Hollande visited Moscow for a caf\303\251 \342\202\254 \342\200\234q\342\200\235.\n' >"$D/utf8.txt"
run x "$D/utf8.txt"
cp "$D/out" "$D/utf8-default.nt"
run x --encoding=auto "$D/utf8.txt"
expect_rc 0 "--encoding=auto on UTF-8"
cmp -s "$D/out" "$D/utf8-default.nt" || bad "--encoding=auto changed UTF-8 input"
if grep -q warning "$D/err"; then bad "--encoding=auto warned about UTF-8: $(err_text)"; fi
# JSON Lines: decided per record.
run x --encoding=auto "$D/corpus.jsonl"
expect_rc 0 "--encoding=auto on JSON Lines"
has "$D/out" '"Russia imposed sanctions on Turkey, the caf\u00E9 said."' "auto: UTF-8 record 1"
has "$D/out" '"Fran\u00E7ois Hollande visited \u201CMoscow\u201D on Tuesday."' "auto: Windows-1252 record 2"
has "$D/out" '"Russia imposed sanctions on Iran, the caf\u00E9 said."' "auto: UTF-8 record 3"
has "$D/err" "$D/corpus.jsonl:2:27: warning: not UTF-8 at byte offset 26 (byte 0xE7)" \
  "auto: the warning names the record's line"
[ "$(grep -c warning "$D/err")" -eq 1 ] || bad "auto: expected one warning: $(err_text)"

# ---- usage errors ---------------------------------------------------------
run "$GEORDF" extract --encoding=ebcdic "$D/cp.txt"
expect_rc 2 "extract --encoding with an unknown value"
has "$D/err" "unknown --encoding 'ebcdic' (expected utf-8, windows-1252 or auto)" "extract: the message lists the values"
run "$GEORDF" load --store "$D/s.db" --encoding=utf-16 "$D/cp.txt"
expect_rc 2 "load --encoding with an unknown value"
run "$GEORDF" extract --help
has "$D/out" "--encoding=ENC" "extract --help documents --encoding"

# ---- load -----------------------------------------------------------------
run "$GEORDF" load --store "$D/s.db" --date 2015-11-24 --encoding=windows-1252 "$D/cp.txt"
expect_rc 0 "load --encoding=windows-1252"
run "$GEORDF" query --store "$D/s.db" --format tsv \
  'SELECT ?s WHERE { ?x <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?s }'
expect_rc 0 "query the loaded sentences"
printf 'French President Fran\303\247ois Hollande' >"$D/want"
has "$D/out" "$(cat "$D/want")" "load: the sentence is stored decoded"
if grep -q "$(printf '\357\277\275')" "$D/out"; then bad "load: U+FFFD in the store"; fi

finish
