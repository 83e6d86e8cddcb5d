#!/bin/sh
# SPDX-License-Identifier: MIT
# Checks that extraction scales out as a stateless filter: a corpus split
# into shards by GNU parallel gives the same N-Quads as one run over it.

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
GEORDF_DATADIR=${GEORDF_DATADIR:-${top_srcdir:-.}/ontology}
export GEORDF_DATADIR

# parallel is optional for a developer, required in CI.
if ! command -v parallel >/dev/null 2>&1; then
  [ "${CI:-}" = true ] && fail "GNU parallel not found (Debian package 'parallel')"
  echo "SKIP: parallel not found"
  exit 77
fi
# parallel keeps state under $HOME/.parallel; keep it in the scratch folder.
PARALLEL_HOME=$TMPD/parallel-home
export PARALLEL_HOME
mkdir -p "$PARALLEL_HOME"

D=$TMPD
src=${top_srcdir:-.}

# A corpus of about 2 MB: the benchmark generator when python3 is there,
# else the example corpus repeated with renamed ids.
if command -v python3 >/dev/null 2>&1; then
  python3 "$src/bench/gen-corpus.py" --seed 7 --srcdir "$src" 2 "$D/corpus.jsonl" 2>/dev/null ||
    fail "bench/gen-corpus.py failed"
else
  i=0
  : >"$D/corpus.jsonl"
  while [ $i -lt 120 ]; do
    sed "s/\"id\": \"\([^\"]*\)\"/\"id\": \"\1-$i\"/" "$src/examples/articles/corpus.jsonl" >>"$D/corpus.jsonl"
    i=$((i + 1))
  done
fi
docs=$(grep -c . "$D/corpus.jsonl")
[ "$docs" -gt 100 ] || fail "corpus too small: $docs documents"

# The shards must really be several, or the comparison proves nothing.
shards=$(parallel --will-cite --pipe --block 200k -k -j 2 wc -l <"$D/corpus.jsonl" | grep -c .)
if [ "$shards" -ge 5 ]; then ok "corpus of $docs documents splits into $shards shards"; else
  bad "expected at least 5 shards of 200k, got $shards"; fi

run "$GEORDF" extract --format nquads --quiet "$D/corpus.jsonl"
expect_rc 0 "single run"
mv "$D/out" "$D/single.nq"

rc=0
parallel --will-cite --pipe --block 200k -k -j 2 \
  "$GEORDF" extract --format nquads --quiet - <"$D/corpus.jsonl" >"$D/sharded.nq" 2>"$D/err" || rc=$?
expect_rc 0 "sharded run with parallel --pipe"

# The single run is worth comparing: documents and events are there.
n=$(grep -c '<http://purl.org/dc/terms/identifier>' "$D/single.nq")
[ "$n" -eq "$docs" ] || bad "single run: $n document identifiers for $docs documents"
for t in Visit Alliance ArmsDeal Sanction ShootDown; do
  grep -q "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/geordf/ns#$t>" \
    "$D/single.nq" || bad "single run has no geo:$t event"
done

LC_ALL=C sort "$D/single.nq" >"$D/single.sorted"
LC_ALL=C sort "$D/sharded.nq" >"$D/sharded.sorted"
if cmp -s "$D/single.sorted" "$D/sharded.sorted"; then
  ok "sorted sharded output equals the sorted single run ($(wc -l <"$D/single.nq" | tr -d ' ') quads)"
else
  bad "sorted outputs differ: $(diff "$D/single.sorted" "$D/sharded.sorted" | head -n 4 | tr '\n' '|')"
fi
# No quad is written twice: the graph name keeps documents apart.
dups=$(uniq -d "$D/single.sorted" | wc -l | tr -d ' ')
[ "$dups" -eq 0 ] || bad "$dups duplicate quads in the single run"
# N-Quads has no header, so with -k even the unsorted bytes agree.
if cmp -s "$D/single.nq" "$D/sharded.nq"; then ok "parallel -k keeps the document order"; else
  bad "unsorted outputs differ although parallel -k keeps shard order"; fi

finish
