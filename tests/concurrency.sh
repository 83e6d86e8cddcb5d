#!/bin/sh
# SPDX-License-Identifier: MIT
# Readers while writing: the store is in write-ahead-log mode, so a query
# during a load answers from the last commit at once; a second load waits
# for the first (busy timeout) and then goes in; one that waits too long
# says the store is busy.  Loads stay atomic under kill -9 (tests/store.sh).
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
need_cmd sqlite3 || exit 77
PY=${PYTHON3:-python3}
need_cmd "$PY" || exit 77

DB="$TMPD/store.db"
export GEORDF_STORE="$DB"
count() { "$GEORDF" query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tr -d '\r' | sed -n 2p; }
# locked: another connection holds the write lock (probed without waiting)
locked() { ! sqlite3 -cmd ".timeout 0" "$DB" "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1; }

run "$GEORDF" load -q "$top_srcdir/examples/articles/corpus.jsonl"
expect_rc 0 "load the examples"
[ "$(sqlite3 "$DB" 'PRAGMA journal_mode')" = wal ] && ok "the store is in write-ahead-log mode" ||
  bad "journal mode: $(sqlite3 "$DB" 'PRAGMA journal_mode')"
base=$(count)
[ -n "$base" ] && [ "$base" -gt 500 ] && ok "the store holds $base statements" || bad "count '$base'"

# A writer that holds the lock for as long as we like: the sqlite3 shell in
# a transaction, sleeping.  A load must wait, then report clearly.
printf '<http://example.org/a> <http://example.org/b> "c" .\n' >"$TMPD/extra.nt"
# (it waits for the lock itself: the probe below holds it for an instant,
# and a holder that gave up at once would leave the test waiting for it)
sqlite3 -cmd ".timeout 5000" "$DB" "BEGIN IMMEDIATE; DELETE FROM triples;" ".shell sleep 6" "ROLLBACK;" >/dev/null 2>&1 &
holder=$!
i=0; while ! locked && [ $i -lt 40 ]; do sleep 0.1; i=$((i + 1)); done
locked || fail "the holder did not take the lock"
run env GEORDF_BUSY_TIMEOUT=1 "$GEORDF" load -q "$TMPD/extra.nt"
expect_rc 1 "a load while another writer holds the store fails after the timeout"
grep -q "the store is busy: another geordf is writing to it; try again" "$TMPD/err" &&
  grep -q -F "$DB" "$TMPD/err" && ok "and says so, with the path: $(err_text)" ||
  bad "busy message: $(err_text)"
# the uncommitted DELETE is not seen
run "$GEORDF" query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
expect_rc 0 "a query while a writer holds the store"
[ "$(tr -d '\r' <"$TMPD/out" | sed -n 2p)" = "$base" ] && ok "sees the last commit ($base)" ||
  bad "query during a write: $(cat "$TMPD/out") $(err_text)"
run "$GEORDF" load -q "$TMPD/extra.nt"
expect_rc 0 "a load with the default timeout (10 s) waits for the holder and goes in"
wait $holder
[ "$(count)" = $((base + 1)) ] && ok "the waiting load's statement is there" || bad "count $(count)"
base=$((base + 1))

# A real slow load (generated news, some seconds) in the background.
"$PY" "$top_srcdir/bench/gen-corpus.py" --srcdir "$top_srcdir" 20 "$TMPD/big.jsonl" >/dev/null 2>&1 ||
  fail "cannot generate the corpus"
"$GEORDF" load -q "$TMPD/big.jsonl" >"$TMPD/big.out" 2>&1 &
big=$!
i=0; while ! locked && [ $i -lt 100 ] && kill -0 $big 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
if ! locked; then
  wait $big
  fail "the load ended (status $?) before it could be watched: $(cat "$TMPD/big.out")"
fi
start=$(date +%s)
run "$GEORDF" query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
took=$(($(date +%s) - start))
expect_rc 0 "a query during the load"
[ "$(tr -d '\r' <"$TMPD/out" | sed -n 2p)" = "$base" ] && ok "answers with the count before the load ($base)" ||
  bad "query during the load: $(cat "$TMPD/out") $(err_text)"
[ "$took" -le 3 ] && ok "without waiting for the load (${took} s)" || bad "the query waited ${took} s"
run "$GEORDF" query --format csv 'PREFIX geo: <https://w3id.org/geordf/ns#> SELECT ?e WHERE { ?e a geo:Visit }'
expect_rc 0 "another query during the load"
locked && still=1 || still=0
printf '<http://example.org/x> <http://example.org/y> "z" .\n' >"$TMPD/extra2.nt"
GEORDF_BUSY_TIMEOUT=300 "$GEORDF" load -q "$TMPD/extra2.nt" >"$TMPD/second.out" 2>&1
second=$?
[ "$second" = 0 ] && ok "a second load during the first waits and succeeds" ||
  bad "second load: status $second: $(cat "$TMPD/second.out")"
mid=$(count)
if [ "$still" = 1 ]; then
  # it could only go in once the first had committed
  [ -n "$mid" ] && [ "$mid" -gt $((base + 10000)) ] && ok "the second load went in after the first ($mid statements)" ||
    bad "after the second load the store holds '$mid'"
else
  echo "note: the first load had finished before the second started"
fi
wait $big
first=$?
[ "$first" = 0 ] && ok "the slow load succeeds" || bad "slow load: status $first: $(cat "$TMPD/big.out")"
after=$(count)
[ -n "$after" ] && [ "$after" -gt $((base + 10000)) ] && ok "the store holds both loads ($after statements)" ||
  bad "after the loads: '$after'"
n=$("$GEORDF" query --format csv 'SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/x> ?p ?o }' | tr -d '\r' | sed -n 2p)
[ "$n" = 1 ] && ok "with the second load's statement" || bad "second load's statement: '$n'"
finish
