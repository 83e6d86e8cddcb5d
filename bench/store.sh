#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmark of the embedded store: about a million statements of generated
# news, extracted to N-Quads (entities once, in the shared entity graph:
# extract --entity-graph), loaded into a store; then the example queries and
# analytical ones (bench/queries/*.rq) timed in geordf and, on the very same
# quads, in Oxigraph (npm, in memory, default graph = union of graphs, as
# geordf's), with the row counts of both and a flag where they differ.
#
# Environment:
#   GEORDF            the geordf binary (default: ./src/geordf)
#   GEORDF_DATADIR    folder holding lexicon/ (default: <srcdir>/ontology)
#   BENCH_STORE_MB    corpus size in MB (default 80: about 1 M statements)
#   BENCH_OUT         corpus cache (default: <srcdir>/bench/out)
#   BENCH_SEED        generator seed (default: 1)
#   BENCH_REPEAT      runs of each query, the fastest kept (default: 3)
#   BENCH_TIMEOUT     seconds before a geordf query is given up (default: 60)
#   NODE              node.js for Oxigraph (default: node); Oxigraph comes
#                     from tests/node (cd tests/node && npm install)
# It is a harness, not a test: it prints figures and whether the targets of
# issue 15 hold (load >= 20,000 statements/s, every query < 1 s, the same
# rows as Oxigraph); it fails only when loading fails.  A query geordf
# refuses ("not supported", exit 5) or fails on shows as such.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
bench_name=bench-store
MB=${BENCH_STORE_MB:-80}
REPEAT=${BENCH_REPEAT:-3}
QT=${BENCH_TIMEOUT:-60}
NODE=${NODE:-node}
. "$here/lib.sh"
need "serdi, coreutils" serdi timeout

wall() { if failed "$1"; then echo "-"; else cut -d' ' -f1 <"$T/$1.time"; fi; }
cpu() { if failed "$1"; then echo "-"; else awk '{ printf "%.2f", $3 + $4 }' <"$T/$1.time"; fi; }
rss() { if failed "$1"; then echo "-"; else awk '{ printf "%.0f MB", $2 / 1024 }' <"$T/$1.time"; fi; }
once() { REPEAT_SAVED=$REPEAT; REPEAT=1; measure "$@"; REPEAT=$REPEAT_SAVED; }

echo "geordf store benchmark"
echo "  machine: ${cpu_model:-unknown CPU}, $(nproc 2>/dev/null || echo '?') cores"
echo "  $("$GEORDF" --version), SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1)"
echo "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); best of $REPEAT run(s) per query"

# ---- the data: a generated corpus, extracted once to N-Quads --------------
corpus=$OUT/corpus-$MB-s$SEED.jsonl
if [ ! -s "$corpus" ] || [ "$here/gen-corpus.py" -nt "$corpus" ]; then
  "$PY" "$here/gen-corpus.py" --seed "$SEED" --srcdir "$srcdir" "$MB" "$corpus"
fi
nq=$T/corpus.nq
"$GEORDF" extract --format nquads --entity-graph --quiet -o "$nq" "$corpus" || die "extraction failed"
statements=$(wc -l <"$nq" | tr -d ' ')
once serdi sh -c 'exec serdi -i nquads -o nquads "$0" >/dev/null' "$nq"

# ---- loading ----------------------------------------------------------------
db=$T/store.db
once load "$GEORDF" load -q --store "$db" "$nq"
failed load && die "geordf load failed"
held=$("$GEORDF" query --store "$db" --format tsv 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | sed -n 2p | sed 's/^"\([0-9]*\)".*/\1/')
lw=$(cut -d' ' -f1 <"$T/load.time")
lc=$(cpu load)
echo
echo "== load: $statements statements of N-Quads ($(printf '%.0f' "$(calc "$(stat -c %s "$nq") / 1e6")") MB) from a $MB MB corpus; the store holds $held with the ontology =="
printf '%-34s %8s %8s %12s %12s %9s\n' "run" "wall s" "cpu s" "statements/s" "per cpu s" "peak RSS"
printf '%-34s %8s %8s %12.0f %12.0f %9s\n' "geordf load (one transaction)" "$lw" "$lc" \
  "$(calc "$statements / ($lw + 1e-9)")" "$(calc "$statements / ($lc + 1e-9)")" "$(rss load)"
if ! failed serdi; then
  printf '%-34s %8s %8s %12.0f %12.0f %9s\n' "serdi (parse and write N-Quads)" "$(wall serdi)" "$(cpu serdi)" \
    "$(calc "$statements / ($(wall serdi) + 1e-9)")" "$(calc "$statements / ($(cpu serdi) + 1e-9)")" "$(rss serdi)"
fi
echo "  store file: $(calc "$(stat -c %s "$db") / 1e6" | xargs printf '%.0f') MB"

# ---- geordf's queries ---------------------------------------------------------
queries="$srcdir/examples/queries/*.rq $here/queries/*.rq"
# gq NAME FILE: the fastest of $REPEAT runs into $T/g-NAME (seconds, rows,
# peak RSS) or the way it failed.
gq() {
  best="" rows="" mem="" state=ok r=0
  while [ $r -lt "$REPEAT" ]; do
    rc=0
    "$TIME" -o "$T/g.time" -f '%e %M' timeout "$QT" "$GEORDF" query --store "$db" --format tsv \
      --file "$2" >"$T/g.out" 2>"$T/g.err" || rc=$?
    case $rc in
    0) ;;
    124) state="timeout > ${QT} s"; break ;;
    5) state="refused: $(tr '\n' ' ' <"$T/g.err" | sed 's/^geordf: //' | cut -c1-60)"; break ;;
    *) state="failed ($rc): $(tr '\n' ' ' <"$T/g.err" | sed 's/^geordf: //' | cut -c1-60)"; break ;;
    esac
    s=$(tail -n 1 "$T/g.time" | cut -d' ' -f1)
    if [ -z "$best" ] || awk "BEGIN { exit !($s < $best) }"; then best=$s; fi
    mem=$(tail -n 1 "$T/g.time" | awk '{ printf "%.0f", $2 / 1024 }')
    rows=$(($(wc -l <"$T/g.out") - 1))
    r=$((r + 1))
  done
  printf '%s\t%s\t%s\t%s\n' "$state" "$best" "$rows" "$mem" >"$T/g-$1"
}
for rq in $queries; do
  echo "bench-store: geordf: $(basename "$rq" .rq)" >&2
  gq "$(basename "$rq" .rq)" "$rq"
done
echo "bench-store: Oxigraph: loading and querying" >&2

# ---- Oxigraph on the same quads -----------------------------------------------
ox=""
if ! command -v "$NODE" >/dev/null 2>&1; then
  ox="node.js not found (Debian package nodejs)"
elif [ ! -d "$srcdir/tests/node/node_modules/oxigraph" ]; then
  ox="Oxigraph not installed: cd tests/node && npm install"
else
  # shellcheck disable=SC2086
  "$NODE" --max-old-space-size=8192 "$here/oxigraph.js" "$nq" "$srcdir/ontology/geordf.ttl" "$REPEAT" $queries \
    >"$T/ox.out" 2>"$T/ox.err" || ox="Oxigraph failed: $(tail -n 3 "$T/ox.err" | tr '\n' ' ' | cut -c1-200)"
fi
[ -z "$ox" ] || echo "note: $ox"
oxv() { # NAME FIELD: Oxigraph's seconds (2) or rows (3), or "-"
  v=$(awk -F'\t' -v n="$1" -v f="$2" '$1 == n { print $f }' "$T/ox.out" 2>/dev/null)
  echo "${v:--}"
}

echo
[ -s "$T/ox.out" ] && echo "Oxigraph $(sed -n 's/.*"version": "\([^"]*\)".*/\1/p' "$srcdir/tests/node/node_modules/oxigraph/package.json"): load $(oxv load 2) s for $(oxv load 3) quads (in memory, no indexes on disk)"
echo "== queries on the $held-statement store: geordf (TSV out, whole process) beside Oxigraph (in process) =="
printf '%-22s %9s %8s %8s %10s %8s %7s  %s\n' "query" "geordf s" "rows" "RSS MB" "oxigraph s" "rows" "ratio" "note"
worst=0 slow=0 differ=0 notok=0 n=0
for rq in $queries; do
  name=$(basename "$rq" .rq)
  IFS="$(printf '\t')" read -r state gs grows gmem <"$T/g-$name"
  os=$(oxv "$name" 2) orows=$(oxv "$name" 3)
  note="" ratio="-"
  n=$((n + 1))
  if [ "$state" != ok ]; then
    note=$state gs="-" grows="-" gmem="-"
    notok=$((notok + 1))
  else
    worst=$(awk -v a="$worst" -v b="$gs" 'BEGIN { print (b > a) ? b : a }')
    awk "BEGIN { exit !($gs >= 1) }" && slow=$((slow + 1))
    if [ "$os" != "-" ] && [ "$os" != error ]; then
      ratio=$(awk -v a="$gs" -v b="$os" 'BEGIN { if (b > 0.0005) printf "%.1fx", a / b; else printf ">%.0fx", a / 0.0005 }')
      [ "$grows" = "$orows" ] || { note="ROWS DIFFER"; differ=$((differ + 1)); }
    fi
  fi
  [ "$os" = error ] && { note="${note:+$note; }Oxigraph: $orows"; os="-" orows="-"; }
  printf '%-22s %9s %8s %8s %10s %8s %7s  %s\n' "$name" "$gs" "$grows" "$gmem" "$os" "$orows" "$ratio" "$note"
done

echo
echo "== targets (issue 15) =="
verdict() { if awk "BEGIN { exit !($1) }"; then echo "meets "; else echo "MISSES"; fi; }
echo "  $(verdict "$statements / ($lw + 1e-9) >= 20000") load >= 20,000 statements/s (wall): $(calc "$statements / ($lw + 1e-9)" | xargs printf '%.0f')"
echo "  $(verdict "$slow == 0 && $notok == 0") every query answered in < 1 s on $held statements: $((n - notok)) of $n answered, $slow at 1 s or more (slowest $worst s)"
echo "  $(verdict "$differ == 0") the same number of rows as Oxigraph: $differ differ"
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
