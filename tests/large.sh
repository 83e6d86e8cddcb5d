#!/bin/sh
# SPDX-License-Identifier: MIT
# One huge document on a single line, as a .txt without a newline and as one
# JSON Lines record: 200 MB when CI=true or GEORDF_LARGE_TESTS=1, else 20 MB.
# Checks that it is read and extracted within a time limit, that the events
# at both ends are found with the right offsets, and prints the peak memory.
# The text holds one sentence of 40% of the size without any punctuation and
# many short sentences; it has no event triggers but at its two ends.

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
need_cmd timeout || exit 77

if [ "${CI:-}" = true ] || [ "${GEORDF_LARGE_TESTS:-}" = 1 ]; then
  MB=200
else
  MB=20
fi
echo "# document size: $MB MB (200 MB when CI=true or GEORDF_LARGE_TESTS=1)"
N=$((MB * 1000 * 1000))
# Seconds allowed, of wall clock and of CPU: over 15 times what a linear run
# takes on a slow, shared machine, so that only a super-linear slowdown fails.
LIMIT=$((MB * 2 + 30))

D=$TMPD
head_s='Russian President Vladimir Putin visited Ankara on Monday. '
tail_s='The European Union imposed sanctions on Iran on Tuesday.'
body() {
  printf '%s' "$head_s"
  yes 'The delegates said little about the weather or the markets and' | head -c $((N * 4 / 10)) | tr '\n' ' '
  yes 'Markets were calm on Tuesday. Traders said little.' | head -c $((N * 6 / 10)) | tr '\n' ' '
  printf ' End. %s' "$tail_s" # head -c may have cut a sentence short
}
body >"$D/big.txt"
{ printf '{"id": "big", "date": "2015-11-24", "text": "'; body; printf '"}\n'; } >"$D/big.jsonl"
size=$(wc -c <"$D/big.txt")
# The text is ASCII: character offsets are byte offsets.
head_end=$((${#head_s} - 1))
tail_begin=$((size - ${#tail_s}))

TIME=
[ -x /usr/bin/time ] && TIME="/usr/bin/time -f %U:%S:%M -o $D/usage"

asan=0
if nm "$GEORDF" 2>/dev/null | grep -q __asan_init; then asan=1; fi

for f in big.txt big.jsonl; do
  rc=0
  # shellcheck disable=SC2086 # TIME is a command prefix or empty
  # (200 MB is past the default --max-document-bytes of 64 MB)
  $TIME timeout "$LIMIT" "$GEORDF" extract -f ntriples --date 2015-11-24 --max-document-bytes=1G "$D/$f" \
    >"$D/out" 2>"$D/err" || rc=$?
  [ "$rc" -ne 124 ] || { bad "$f: not done within $LIMIT s"; continue; }
  expect_rc 0 "$f: extracted"
  has "$D/err" "1 documents read, 1 exported, 0 skipped, 2 events" "$f: summary"
  has "$D/out" "<https://w3id.org/geordf/doc/big#char=0,$head_end>" "$f: first sentence and its offsets"
  has "$D/out" "<https://w3id.org/geordf/doc/big#char=$tail_begin,$size>" "$f: last sentence and its offsets"
  has "$D/out" '<https://w3id.org/geordf/ns#visitor> <https://w3id.org/geordf/id/Vladimir_Putin>' "$f: the visit"
  has "$D/out" '<https://w3id.org/geordf/ns#target> <https://w3id.org/geordf/id/IRN>' "$f: the sanction"
  if [ -n "$TIME" ] && [ -s "$D/usage" ]; then
    IFS=: read -r user sys rss <"$D/usage"
    echo "# $f: $MB MB in $user s user + $sys s system CPU, peak RSS $((rss / 1024)) MB"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", u + s }')
    # Memory in proportion to the text: about 2 bytes per byte (the text
    # and a copy of it; the tokens and phrases of one window at a time),
    # allowed 3 (it was 18 while a document's tokens were held at once).
    # Not under AddressSanitizer, whose quarantine keeps up to 256 MB of
    # freed memory by design (3.6 bytes a byte); make distcheck's build
    # without sanitizers holds the bound.
    [ "$asan" = 1 ] || [ "$rss" -le $((MB * 1000 * 3 + 80000)) ] || bad "$f: peak RSS $rss KB for $MB MB"
    [ "$cpu" -lt "$LIMIT" ] || bad "$f: $cpu s of CPU for $MB MB"
  fi
done

finish
