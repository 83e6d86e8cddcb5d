#!/bin/sh
# SPDX-License-Identifier: MIT
# Re-parses what `geordf extract` writes for hostile input and for the
# example articles, in every format, with rapper, serdi and (when installed)
# the npm n3 parser, and checks that all formats carry the same triples.
#
# Environment (set by `make check`): GEORDF, RAPPER, SERDI, top_srcdir,
# GEORDF_DATADIR.  Exit 77 (skip) when there is nothing to check with.

top_srcdir=${top_srcdir:-.}
GEORDF=${GEORDF:-./src/geordf}
RAPPER=${RAPPER:-$(command -v rapper)}
SERDI=${SERDI:-$(command -v serdi)}
GEORDF_DATADIR=${GEORDF_DATADIR:-$top_srcdir/ontology}
export GEORDF_DATADIR

failures=0
rp_bad() { echo "FAIL: $*"; failures=$((failures + 1)); }
rp_ok() { echo "ok: $*"; }

[ -x "$GEORDF" ] || { echo "SKIP: no geordf binary at $GEORDF"; exit 77; }
[ -n "$RAPPER" ] || { echo "SKIP: rapper not found (apt-get install raptor2-utils)"; exit 77; }
NODE=$(command -v node || command -v nodejs || true)
N3CHECK=$top_srcdir/tests/node/n3check.js
if [ -n "$NODE" ] && [ -d "$top_srcdir/tests/node/node_modules/n3" ]; then
  use_n3=yes
else
  use_n3=no
  echo "note: n3 checks skipped (run npm install in tests/node)"
fi
[ -n "$SERDI" ] || echo "note: serdi checks skipped (serdi not found)"

work=$(mktemp -d "${TMPDIR:-/tmp}/geordf-reparse.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
trap 'exit 99' HUP INT TERM

# ---- the hostile corpus, made here so no test data can go stale ----------
# JSON escapes stay literal in this quoted here-document: quotes,
# backslashes, newlines, CR, tabs, control characters, NUL, "> <", Turtle
# and N-Triples syntax, right-to-left text and marks, emoji, ids with spaces,
# '#', '/', '%' and non-ASCII.
cat >"$work/hostile.jsonl" <<'EOF'
{"id":"hostile 1 #frag","date":"2015-11-24","title":"Quotes \" and \\ backslash > < \"\"\" ; . <x> @prefix a: <b> .","url":"https://example.org/news?id=1&x=%20#top","text":"Russian President Vladimir Putin visited Iran on Monday. \"Quoted\" \\ back\\slash > < \"\"\" ; . <http://x> _:b0 @prefix p: <q> .\nRussia agreed to supply S-300 missiles to Iran.\r\nTabs\there\rCR only. Control \u0001 and \u001f and \u007f and \u0085. Putin also visited Syria."}
{"id":"rtl/\u00fc#2 %41","date":"2015-11-25","title":"\u0639\u0646\u0648\u0627\u0646 \u202e RTL \u200f \u05e2\u05d1\u05e8\u05d9\u05ea","url":"not a url","text":"\u0632\u0627\u0631 \u0627\u0644\u0631\u0626\u064a\u0633 \u0641\u0644\u0627\u062f\u064a\u0645\u064a\u0631 \u0628\u0648\u062a\u064a\u0646 \u0625\u064a\u0631\u0627\u0646. \ud83d\ude00\ud83c\uddee\ud83c\uddf7 Vladimir Putin visited Tehran. \u05e2\u05d1\u05e8\u05d9\u05ea \u202e Russia imposed sanctions on Turkey."}
{"id":"nul and cr","title":"a\u0000b\r\nc\rd","text":"NUL \u0000 inside. Russia and Iran signed an alliance.\r\nIran received S-300 systems from Russia.","url":"https://e.org/\u0000x"}
{"id":"urls","title":"url with a quote","text":"Turkey shot down a Russian Su-24 jet near the Syrian border.","url":"javascript:alert(\"x\")"}
{"id":"bad %zz url","text":"Putin visited Iran.","url":"https://example.org/100%zz<>{}|^`"}
{"id":"emoji \ud83d\ude00 id","date":"2015-11-26","text":"\ud83d\ude00\ud83d\ude00 Vladimir Putin \ud83d\ude00 visited \ud83d\ude00 Iran \ud83d\ude00. \ufeff\ufffe\uffff U+FFFE and friends."}
{"id":"empty","text":""}
EOF
# A word far longer than any buffer, and raw invalid UTF-8 (no JSON escape
# can make that).
long=$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "x" }')
printf '{"id":"long","text":"Putin visited Iran. %s. Turkey shot down a Russian Su-24 jet."}\n' \
  "$long" >>"$work/hostile.jsonl"
printf '{"id":"bad utf8 \\u00e9","title":"bad \377\376 title","text":"Bad \300\257 bytes \355\240\200. Putin visited Iran."}\n' \
  >>"$work/hostile.jsonl"

# ---- checks ---------------------------------------------------------------

ext_of() {
  case $1 in turtle) echo ttl ;; ntriples) echo nt ;; nquads) echo nq ;; rdfxml) echo rdf ;; esac
}

# reparse NAME FORMAT FILE: every parser must take FILE without a word on
# stderr; the triples go to FILE.canon (sorted, unique N-Triples).
reparse() {
  name=$1 fmt=$2 file=$3
  if "$RAPPER" -q -i "$fmt" -c "$file" >/dev/null 2>"$work/err" && ! [ -s "$work/err" ]; then
    rp_ok "$name: rapper reads $fmt"
  else
    rp_bad "$name: rapper rejects $fmt: $(head -c 600 "$work/err")"
  fi
  "$RAPPER" -q -i "$fmt" -o ntriples "$file" 2>/dev/null | LC_ALL=C sort -u >"$file.canon"
  if [ -n "$SERDI" ] && [ "$fmt" != rdfxml ]; then
    if "$SERDI" -i "$fmt" -o ntriples "$file" >/dev/null 2>"$work/err" && ! [ -s "$work/err" ]; then
      rp_ok "$name: serdi reads $fmt"
    else
      rp_bad "$name: serdi rejects $fmt: $(head -c 600 "$work/err")"
    fi
  fi
  if [ "$use_n3" = yes ] && [ "$fmt" != rdfxml ]; then
    if "$NODE" "$N3CHECK" --format "$fmt" --no-blank-nodes "$file" >/dev/null 2>"$work/err"; then
      rp_ok "$name: n3 reads $fmt"
    else
      rp_bad "$name: n3 rejects $fmt: $(head -c 600 "$work/err")"
    fi
  fi
}

# extract_all NAME FILE...: writes every format, re-parses each, and checks
# they hold the same set of triples.
extract_all() {
  name=$1
  shift
  for fmt in turtle ntriples nquads rdfxml; do
    out=$work/$name.$(ext_of "$fmt")
    if "$GEORDF" extract -q --format "$fmt" --output "$out" "$@" 2>"$work/err"; then
      rp_ok "$name: extract --format $fmt"
    else
      rp_bad "$name: extract --format $fmt failed: $(head -c 600 "$work/err")"
      continue
    fi
    if [ "$fmt" != turtle ] && ! [ -s "$out" ]; then
      rp_bad "$name: empty $fmt output"
    fi
    reparse "$name" "$fmt" "$out"
    if grep -Eq '^_:|> _:[A-Za-z0-9]+ \.$' "$out.canon"; then
      rp_bad "$name: blank nodes in $fmt output"
    fi
  done
  for fmt in ntriples nquads rdfxml; do
    a=$work/$name.ttl.canon b=$work/$name.$(ext_of "$fmt").canon
    if ! [ -f "$a" ] || ! [ -f "$b" ]; then continue; fi
    if cmp -s "$a" "$b"; then
      rp_ok "$name: turtle and $fmt carry the same $(wc -l <"$a" | tr -d ' ') triples"
    else
      rp_bad "$name: turtle and $fmt differ: $(diff "$a" "$b" | head -c 600)"
    fi
  done
}

extract_all hostile "$work/hostile.jsonl"

# The hostile text must come through as data: events found, Turtle-looking
# text kept verbatim, NUL dropped and CR made LF, ids percent-encoded.
canon=$work/hostile.nt.canon
expect_in() {
  if grep -qF -- "$2" "$canon"; then rp_ok "hostile: $1"; else rp_bad "hostile: $1: no $2"; fi
}
if [ -f "$canon" ]; then
  expect_in "events written" '<https://w3id.org/geordf/ns#Visit>'
  expect_in "Turtle-looking title kept as a literal" \
    '"Quotes \" and \\ backslash > < \"\"\" ; . <x> @prefix a: <b> ."'
  expect_in "NUL dropped, CR made LF" '"ab\nc\nd"'
  expect_in "unsafe url written as a literal" '"https://example.org/100%zz<>{}|^`"'
  expect_in "id with space and # percent-encoded" \
    '<https://w3id.org/geordf/doc/hostile%201%20%23frag>'
  expect_in "non-ASCII id percent-encoded" '<https://w3id.org/geordf/doc/rtl%2F%C3%BC%232%20%2541>'
fi

# The example articles, all in one run.
set -- "$top_srcdir"/examples/articles/*
if [ -e "$1" ]; then
  extract_all examples "$@"
else
  echo "note: no example articles to re-parse"
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
exit 0
