#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks `geordf push` against servers that fail: nothing listening, 500 and
# 503 answers, a connection closed mid-request, an answer slower than
# --timeout, a server that fails half-way through a batch.  Each time: the
# retries happen, the message names the graph and endpoint and says what to
# do, the exit status is 1, and no graph on the server is ever half
# replaced (tests/push-server.py stores a graph only from a complete PUT).

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
PYTHON3=${PYTHON3:-python3}
need_cmd "$PYTHON3" || exit 77
need_cmd timeout || exit 77

D=$TMPD
S=$D/server
mkdir -p "$S"
"$PYTHON3" "$top_srcdir/tests/push-server.py" "$S" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; rm -rf "$TMPD"' EXIT
i=0
while [ ! -s "$S/port" ]; do
  i=$((i + 1))
  [ "$i" -le 100 ] || fail "the test server did not start"
  kill -0 "$server_pid" 2>/dev/null || fail "the test server died"
  sleep 0.1
done
PORT=$(cat "$S/port")
EP="http://127.0.0.1:$PORT/store"
DOC=https://w3id.org/geordf/doc

printf 'Russian President Vladimir Putin visited Ankara on Monday.\n' >"$D/visit.txt"
printf 'The European Union imposed sanctions on Iran on Tuesday.\n' >"$D/sanction.txt"
mkdir -p "$D/v2"
printf 'Turkish President Recep Tayyip Erdogan visited Moscow on Friday.\n' >"$D/v2/visit.txt"

mode() { printf '%s\n' "$1" >"$S/mode.tmp" && mv "$S/mode.tmp" "$S/mode"; }
# push ARGS...: runs geordf push, bounded in time, quiet about progress.
push() { run timeout 120 "$GEORDF" push --date 2015-11-24 "$@"; }
# graph_file IRI: the server's copy of a graph.
graph_file() { printf '%s/graphs/%s.nt' "$S" "$(printf '%s' "$1" | sha1sum | cut -c1-40)"; }
# attempts IRI: how many PUTs of IRI the server has seen.
attempts() { grep -c "^$1 " "$S/requests.log" || true; }
# same_docs DIR: the document graphs on the server are those kept in DIR.
same_docs() {
  for g in visit sanction; do
    f=$(graph_file "$DOC/$g")
    cmp -s "$f" "$1/$(basename "$f")" || return 1
  done
}
# The server never keeps an incomplete body, and every graph it keeps is a
# whole N-Triples document.
all_whole() {
  for f in "$S"/graphs/*.nt; do
    [ -s "$f" ] || { bad "$1: empty graph $(basename "$f")"; continue; }
    [ "$(tail -c 1 "$f" | od -An -tx1 | tr -d ' ')" = 0a ] || bad "$1: $(basename "$f") is cut short"
    if grep -v -q ' \.$' "$f"; then bad "$1: $(basename "$f") holds a partial statement"; fi
  done
}

# ---- a healthy server: the reference state --------------------------------
mode ok
push --endpoint "$EP" "$D/visit.txt" "$D/sanction.txt"
expect_rc 0 "push to a healthy server"
has "$D/err" "pushed" "summary line"
V=$(graph_file "$DOC/visit")
[ -s "$V" ] || fail "the server has no graph <$DOC/visit>"
grep -q 'Putin' "$V" || bad "graph <$DOC/visit> lacks its event"
[ -s "$(graph_file "$DOC/sanction")" ] || bad "the server has no graph <$DOC/sanction>"
cp -R "$S/graphs" "$D/before"
all_whole "healthy"
IDG=$(graph_file "https://w3id.org/geordf/id/")
grep -q '"European Union"' "$IDG" || bad "the entity graph lacks the EU's label"
grep -q ' POST$' "$S/requests.log" || bad "the entity graph was not merged with POST"

# ---- nothing listening ----------------------------------------------------
# A port that was free a moment ago (the server's own, probed with python).
DEAD=$("$PYTHON3" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
push --endpoint "http://127.0.0.1:$DEAD/store" --retries 2 "$D/v2/visit.txt"
expect_rc 1 "nothing listening: exit 1"
[ "$(grep -c 'retrying in' "$D/err")" -eq 2 ] || bad "nothing listening: expected 2 retries: $(err_text)"
has "$D/err" "http://127.0.0.1:$DEAD/store: graph <" "nothing listening: names endpoint and graph"
has "$D/err" "is the server running, and is --endpoint right?" "nothing listening: says what to do"
has "$D/err" "gave up after 3 attempts" "nothing listening: says how often it tried"
has "$D/err" "failed; stopped" "nothing listening: the run stops"

# ---- 503 and 500 answers ---------------------------------------------------
for code in 503 500; do
  : >"$S/requests.log"
  mode "$code"
  push --endpoint "$EP" --retries 2 "$D/v2/visit.txt"
  expect_rc 1 "HTTP $code: exit 1"
  has "$D/err" "HTTP $code for graph <" "HTTP $code: names the graph"
  has "$D/err" "test server says $code" "HTTP $code: quotes the server's answer"
  has "$D/err" "the server failed: see its log" "HTTP $code: says what to do"
  has "$D/err" "gave up after 3 attempts" "HTTP $code: 3 attempts reported"
  first=$(head -n 1 "$S/requests.log" | cut -d' ' -f1)
  [ "$(attempts "$first")" -eq 3 ] || bad "HTTP $code: the server saw $(attempts "$first") PUTs, expected 3"
  [ "$(wc -l <"$S/requests.log")" -eq 3 ] || bad "HTTP $code: the run went on after a failed graph"
done
# 503 came with Retry-After: 1, which replaces the 1 s, 2 s backoff.
mode 503
push --endpoint "$EP" --retries 2 "$D/v2/visit.txt"
[ "$(grep -c 'retrying in 1.0 s' "$D/err")" -eq 2 ] || bad "Retry-After not followed: $(err_text)"
mode 500
push --endpoint "$EP" --retries 2 "$D/v2/visit.txt"
has "$D/err" "retrying in 2.0 s" "backoff doubles without Retry-After"
same_docs "$D/before" || bad "5xx: graphs on the server changed"

# ---- the connection closed mid-request --------------------------------------
: >"$S/requests.log"
mode drop
push --endpoint "$EP" --retries 1 "$D/v2/visit.txt"
expect_rc 1 "connection closed mid-request: exit 1"
has "$D/err" "the connection broke during the request" "dropped: says what happened"
grep -q ' dropped [A-Z]*$' "$S/requests.log" || bad "dropped: the server did not drop a request: $(tr '\n' '|' <"$S/requests.log")"
same_docs "$D/before" || bad "dropped: a graph on the server changed"

# ---- an answer slower than --timeout ----------------------------------------
: >"$S/requests.log"
mode slow:4
push --endpoint "$EP" --timeout 1 --retries 1 "$D/v2/visit.txt"
expect_rc 1 "slow server: exit 1"
has "$D/err" "no answer within --timeout 1 s" "slow: says what happened"
has "$D/err" "give a larger --timeout" "slow: says what to do"
sleep 4 # let the server finish the requests the client gave up on
# The server may have applied a PUT the client gave up on, but only whole.
if ! same_docs "$D/before"; then
  grep -q 'Erdogan' "$V" && ! grep -q 'Putin' "$V" || bad "slow: graph <$DOC/visit> is neither old nor new"
fi
all_whole "after failures"

# ---- a transient failure, then success -------------------------------------
: >"$S/requests.log"
mode fail:1:503
push --endpoint "$EP" --retries 2 "$D/v2/visit.txt"
expect_rc 0 "one 503, then success: exit 0"
has "$D/err" "retrying in" "one 503: retried"
lacks "$D/err" "failed; stopped" "one 503: no failure in the summary"
grep -q 'Erdogan' "$V" || bad "one 503: graph <$DOC/visit> was not replaced"
grep -q 'Putin' "$V" && bad "one 503: graph <$DOC/visit> holds old and new statements"
# Pushing one file must not take the other documents' entities away.
grep -q '"European Union"' "$IDG" || bad "the EU's label was lost from the shared entity graph"
grep -q 'Erdogan' "$IDG" || bad "the new entities were not added to the shared entity graph"

# ---- failing half-way through a batch ----------------------------------------
# The first PUT is accepted, then every one fails: graphs sent stay whole,
# the others keep their old content, and pushing again completes the batch.
: >"$S/requests.log"
mode after:1:503
push --endpoint "$EP" --retries 0 "$D/visit.txt" "$D/sanction.txt"
expect_rc 1 "failure half-way: exit 1"
has "$D/err" "pushed 1 graphs" "failure half-way: one graph sent"
has "$D/err" "pushing again is safe" "failure half-way: says what to do"
all_whole "failure half-way"
mode ok
push --endpoint "$EP" "$D/visit.txt" "$D/sanction.txt"
expect_rc 0 "pushing the batch again"
same_docs "$D/before" || bad "pushing again did not restore every document graph"

# ---- usage ------------------------------------------------------------------
run "$GEORDF" push --endpoint "$EP" --retries=-1 "$D/visit.txt"
expect_rc 2 "--retries -1 is a usage error"

finish
