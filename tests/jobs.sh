#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks geordf extract --jobs: with any number of threads the output,
# messages, summary and exit status are those of --jobs 1, byte for byte,
# in every format; --output, a closed pipe, a full disk, Ctrl-C and
# --on-error=fail behave as with one thread.  Also the progress line: only
# on a terminal (faked with script(1) when it is there), never otherwise.

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf

D=$TMPD
src=${top_srcdir:-.}

# ---- a corpus with bad records among the good ones ----------------------
# Three rounds (several batches of documents for the threads) of the example and regression articles under fresh ids, each
# followed by broken records of every kind the reader reports.
i=1
: >"$D/corpus.jsonl"
while [ $i -le 3 ]; do
  sed "s/\"id\": \"\([^\"]*\)\"/\"id\": \"\1-r$i\"/" \
    "$src/examples/articles/corpus.jsonl" "$src/tests/regression/articles.jsonl" >>"$D/corpus.jsonl"
  {
    printf '{"id": "broken-%s", "text": "no closing brace"\n' $i
    printf '\n'
    printf '{"text": "a record without an id"}\n'
    printf '{"id": "latin1-%s", "text": "Caf\351 in Ankara: Turkey shot down a Syrian jet."}\n' $i
    printf '{"id": "baddate-%s", "date": "2015-02-30", "text": "Putin visited Ankara."}\n' $i
    printf '{"id": "belarus-sanctions-r%s", "text": "A repeated id."}\n' $i
    printf '{"id": "crlf-%s", "text": "Line one.\\r\\nRussia sold S-400 missiles to Turkey."}\r\n' $i
  } >>"$D/corpus.jsonl"
  i=$((i + 1))
done
# documents read: every record with an id but the three broken ones, and
# the two text files
docs=$(($(grep -c '"id"' "$D/corpus.jsonl") - 3 + 2))
printf 'Turkish F-16s shot down a Syrian MiG-23 near the border.\n' >"$D/one.txt"
set -- "$src/examples/articles/ankara-jet.txt" "$D/corpus.jsonl" "$D/missing.txt" "$D/one.txt"

# same_as_one NAME ARGS...: geordf extract ARGS with --jobs 1, 2, 3 and 64
# (more threads than batches) gives the same stdout, stderr and status.
# Standard input is $STDIN (default /dev/null).
same_as_one() {
  name=$1; shift
  rc1=0
  "$GEORDF" extract --jobs 1 "$@" <"${STDIN:-/dev/null}" >"$D/j1.out" 2>"$D/j1.err" || rc1=$?
  [ -s "$D/j1.out" ] || [ "$name" = "empty" ] || bad "$name: --jobs 1 wrote nothing"
  for j in 2 3 64; do
    rcj=0
    "$GEORDF" extract --jobs $j "$@" <"${STDIN:-/dev/null}" >"$D/jn.out" 2>"$D/jn.err" || rcj=$?
    if ! cmp -s "$D/j1.out" "$D/jn.out"; then
      bad "$name: --jobs $j output differs from --jobs 1 ($(cmp "$D/j1.out" "$D/jn.out" 2>&1 | head -n 1))"
    elif ! cmp -s "$D/j1.err" "$D/jn.err"; then
      bad "$name: --jobs $j messages differ from --jobs 1: $(diff "$D/j1.err" "$D/jn.err" | head -n 5 | tr '\n' '|')"
    elif [ "$rc1" -ne "$rcj" ]; then
      bad "$name: --jobs $j exit status $rcj, --jobs 1 $rc1"
    else
      ok "$name: --jobs $j = --jobs 1 ($(wc -c <"$D/jn.out" | tr -d ' ') bytes, status $rcj)"
    fi
  done
}

for f in turtle ntriples nquads rdfxml; do
  same_as_one "$f, corpus with bad records" --format $f "$@"
done
# the messages above must have been there to compare
has "$D/j1.err" "malformed JSON" "the corpus has a broken record"
has "$D/j1.err" "invalid UTF-8" "the corpus has invalid UTF-8"
has "$D/j1.err" "missing.txt" "a missing file is reported"
has "$D/j1.err" "geordf: $docs documents read" "every document was read"

same_as_one "examples, turtle" "$src/examples/articles/ankara-jet.txt" \
  "$src/examples/articles/warsaw-visit.txt" "$src/examples/articles/corpus.jsonl"
same_as_one "skip" --on-error=skip --format ntriples "$D/corpus.jsonl"
same_as_one "fail" --on-error=fail --format nquads "$D/corpus.jsonl" "$D/one.txt"
same_as_one "quiet" --quiet --format rdfxml "$D/corpus.jsonl"
same_as_one "base" --base https://example.org/d/ --format turtle "$D/corpus.jsonl"
same_as_one "date" --date 2015-11-24 --format ntriples "$D/one.txt"
printf '{"id": "x", "text": "no brace"\n' >"$D/allbad.jsonl"
for f in turtle rdfxml; do
  same_as_one "empty" --format $f "$D/allbad.jsonl"
done
STDIN=$D/corpus.jsonl same_as_one "stdin" --format nquads -

# ---- options -------------------------------------------------------------
for v in 0 -1 abc 2x '' 100000; do
  run "$GEORDF" extract --jobs "$v" "$D/one.txt"
  expect_rc 2 "--jobs '$v' is refused"
  has "$D/err" "invalid --jobs" "--jobs '$v' message"
done
run "$GEORDF" extract -j 2 --format ntriples "$D/one.txt"
expect_rc 0 "-j 2"
has "$D/out" "MiG-23" "-j 2 writes the events"
run "$GEORDF" extract --help
has "$D/out" "--jobs" "extract --help lists --jobs"
# threads are not used for dot; it must still work with --jobs
if "$GEORDF" extract --help | grep -q 'dot'; then
  run "$GEORDF" extract --jobs 4 --format dot "$D/one.txt"
  expect_rc 0 "--jobs 4 --format dot"
fi

# ---- --output, a full disk, a closed pipe, Ctrl-C ------------------------
run "$GEORDF" extract --jobs 1 --format rdfxml -o "$D/one.rdf" "$D/corpus.jsonl"
run "$GEORDF" extract --jobs 3 --format rdfxml -o "$D/three.rdf" "$D/corpus.jsonl"
expect_rc 1 "--jobs 3 --output (bad records: status 1)"
cmp -s "$D/one.rdf" "$D/three.rdf" || bad "--output: --jobs 3 file differs from --jobs 1"
ls "$D" | grep -q '\.tmp\.' && bad "--output left a temporary file"

if [ -w /dev/full ]; then
  for j in 1 2; do
    run sh -c '"$1" extract --jobs "$2" "$3" >/dev/full' sh "$GEORDF" $j "$D/corpus.jsonl"
    cp "$D/err" "$D/full$j.err"
  done
  expect_rc 4 "--jobs 2 on a full disk"
  has "$D/full2.err" "cannot write output" "--jobs 2 full disk message"
  cmp -s "$D/full1.err" "$D/full2.err" ||
    bad "full disk: --jobs 2 messages differ: $(diff "$D/full1.err" "$D/full2.err" | tr '\n' '|')"
fi

# Plenty of output, so geordf meets EPIPE whatever the pipe buffer.
for j in 2 3; do
  { "$GEORDF" extract --jobs $j --format ntriples "$D/corpus.jsonl" "$D/corpus.jsonl" 2>"$D/err"
    echo $? >"$D/rc"; } | head -c 10 >"$D/head.out"
  [ "$(wc -c <"$D/head.out")" -eq 10 ] || bad "--jobs $j | head -c 10: got $(wc -c <"$D/head.out") bytes"
  [ -s "$D/err" ] && bad "--jobs $j | head -c 10 printed: $(err_text)"
  [ "$(cat "$D/rc")" -eq 0 ] || bad "--jobs $j | head -c 10: exit status $(cat "$D/rc"), expected 0"
done

# Interrupted while reading a slow standard input: no file is left behind.
mkfifo "$D/fifo"
"$GEORDF" extract --jobs 2 -o "$D/int.ttl" - <"$D/fifo" 2>/dev/null &
pid=$!
exec 3>"$D/fifo"
cat "$D/corpus.jsonl" >&3
sleep 1
kill -INT $pid
wait $pid
rc=$?
exec 3>&-
[ "$rc" -gt 128 ] || bad "Ctrl-C: exit status $rc, expected death by signal"
[ -e "$D/int.ttl" ] && bad "Ctrl-C left the output file"
ls "$D" | grep -q 'int\.ttl\.tmp' && bad "Ctrl-C left a temporary file"
ok "Ctrl-C during --jobs 2 (status $rc)"

# ---- the progress line ----------------------------------------------------
# Not a terminal: standard error holds the summary line and nothing else.
run "$GEORDF" extract --jobs 2 --format ntriples "$D/corpus.jsonl" "$D/corpus.jsonl"
grep -v '^geordf: .*: \(error\|warning\): ' "$D/err" >"$D/rest"
[ "$(wc -l <"$D/rest")" -eq 1 ] && grep -q '^geordf: [0-9]* documents read' "$D/rest" ||
  bad "not a terminal: stderr holds more than messages and the summary: $(tr '\n\r' '|^' <"$D/rest" | cut -c1-300)"
grep -q "$(printf '\r')" "$D/err" && bad "not a terminal: a carriage return on stderr"

# On a terminal (script(1) gives one): a run longer than a second shows
# the line, which is gone before the summary.  Standard input pauses, so
# the run is long enough on any machine.
if command -v script >/dev/null 2>&1 && script -qec true /dev/null >/dev/null 2>&1; then
  head -n 20 "$D/corpus.jsonl" >"$D/part1.jsonl"
  sed -n '21,40p' "$D/corpus.jsonl" >"$D/part2.jsonl"
  for q in "--jobs 1" "--jobs 2" "--jobs 2 --quiet" "--jobs 2 on-tty"; do
    # stdout goes to a file, except in the last case
    to='>"$D/tty.out"'
    case $q in *on-tty) to=''; esac
    GEORDF=$GEORDF D=$D script -qec \
      "sh -c '{ cat \"\$D/part1.jsonl\"; sleep 1.5; cat \"\$D/part2.jsonl\"; } | \"\$GEORDF\" extract ${q% on-tty} - $to 2>/dev/tty'" \
      /dev/null >"$D/tty" 2>&1 </dev/null
    case $q in
    *quiet*)
      lacks "$D/tty" "documents/s" "terminal, $q: no progress line" ;;
    *tty)
      # the RDF goes to the terminal too: no line to break it up
      has "$D/tty" "dcterms:identifier" "terminal, RDF on it: the RDF"
      lacks "$D/tty" "documents/s" "terminal, RDF on it: no progress line" ;;
    *)
      has "$D/tty" "documents/s" "terminal, $q: the progress line"
      grep -q "$(printf '\033')\[Kgeordf: [0-9]* documents read" "$D/tty" ||
        bad "terminal, $q: the line is not cleared before the summary: $(tr '\r\033' '^~' <"$D/tty" | tail -c 300)" ;;
    esac
  done
  ok "progress line on a terminal"
else
  echo "SKIP: script(1) not usable: the progress line on a terminal is not checked"
fi

finish
