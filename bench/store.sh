#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmark of the embedded store: loads about a million triples of generated
# news (extracted to N-Quads first) into a store, times every example query,
# and, on a sample of the same data, compares with Redland's own tools.
#
# Environment:
#   GEORDF            the geordf binary (default: ./src/geordf)
#   GEORDF_DATADIR    folder holding lexicon/ (default: <srcdir>/ontology)
#   BENCH_STORE_MB    corpus size in MB (default 80: about 1.3 M statements
#                     extracted, 1 M in the store once entity statements are
#                     shared)
#   BENCH_OUT         corpus cache (default: <srcdir>/bench/out)
#   BENCH_SEED        generator seed (default: 1)
#   BENCH_REPEAT      runs of each query, the fastest kept (default: 3)
#   BENCH_SAMPLE      statements in the sample for the reference runs
#                     (default: 10000)
#   BENCH_REF_TIMEOUT seconds before a reference run is given up (default: 60)
#   BENCH_REF_FULL=1  also time rasqal on the full store (slow)
# It is a harness, not a test: it prints figures and whether the targets of
# issue 5 hold (load >= 20,000 triples/s, each example query < 1 s), and
# fails only when a tool fails.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
bench_name=bench-store
MB=${BENCH_STORE_MB:-80}
REPEAT=${BENCH_REPEAT:-3}
SAMPLE=${BENCH_SAMPLE:-10000}
REF_TIMEOUT=${BENCH_REF_TIMEOUT:-60}
. "$here/lib.sh"
need "serdi, redland-utils, rasqal-utils, coreutils" serdi rdfproc roqet timeout

# once NAME CMD...: measure (lib.sh) CMD a single time (a failure or a
# timeout, status 124, is recorded as failed).
once() { REPEAT_SAVED=$REPEAT; REPEAT=1; measure "$@"; REPEAT=$REPEAT_SAVED; }
wall() { if failed "$1"; then echo "> $REF_TIMEOUT"; else cut -d' ' -f1 <"$T/$1.time"; fi; }
cpu() { if failed "$1"; then echo "-"; else awk '{ printf "%.2f", $3 + $4 }' <"$T/$1.time"; fi; }
rss() { if failed "$1"; then echo "-"; else awk '{ printf "%.0f MB", $2 / 1024 }' <"$T/$1.time"; fi; }
# ratio A B: A's wall time over B's, as "12x" (or "n/a").
ratio() { if failed "$1" || failed "$2"; then echo "n/a"; else
  awk -v a="$(cut -d' ' -f1 <"$T/$1.time")" -v b="$(cut -d' ' -f1 <"$T/$2.time")" \
    'BEGIN { if (b > 0) printf "%.0fx", a / b; else printf "n/a" }'; fi; }
count() { sqlite3 "$1" 'SELECT COUNT(*) FROM triples' 2>/dev/null || echo "?"; }

echo "geordf store benchmark"
echo "  machine: ${cpu_model:-unknown CPU}, $(nproc 2>/dev/null || echo '?') cores"
echo "  $("$GEORDF" --version), SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1), $(roqet --version 2>/dev/null | sed 's/^/rasqal /')"
echo "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null); best of $REPEAT run(s) per query"

# ---- the data: a generated corpus, extracted once to N-Quads --------------
corpus=$OUT/corpus-$MB-s$SEED.jsonl
if [ ! -s "$corpus" ] || [ "$here/gen-corpus.py" -nt "$corpus" ]; then
  "$PY" "$here/gen-corpus.py" --seed "$SEED" --srcdir "$srcdir" "$MB" "$corpus"
fi
nq=$T/corpus.nq
"$GEORDF" extract --format nquads --quiet -o "$nq" "$corpus" || die "extraction failed"
statements=$(wc -l <"$nq" | tr -d ' ')
once serdi sh -c 'exec serdi -i nquads -o nquads "$0" >/dev/null' "$nq"

# ---- loading ----------------------------------------------------------------
db=$T/store.db
once load "$GEORDF" load -q --store "$db" "$nq"
failed load && die "geordf load failed"
held=$(count "$db")
lw=$(cut -d' ' -f1 <"$T/load.time")
echo
echo "== load: $statements statements of N-Quads ($(printf '%.0f' "$(calc "$(stat -c %s "$nq") / 1e6")") MB) from a $MB MB corpus; the store holds $held =="
lc=$(cpu load)
printf '%-34s %8s %8s %12s %12s %9s\n' "run" "wall s" "cpu s" "statements/s" "per cpu s" "peak RSS"
printf '%-34s %8s %8s %12.0f %12.0f %9s\n' "geordf load (one transaction)" "$lw" "$lc" \
  "$(calc "$statements / ($lw + 1e-9)")" "$(calc "$statements / ($lc + 1e-9)")" "$(rss load)"
printf '%-34s %8s %8s %12.0f %12.0f %9s\n' "serdi (parse and write N-Quads)" "$(wall serdi)" "$(cpu serdi)" \
  "$(calc "$statements / ($(wall serdi) + 1e-9)")" "$(calc "$statements / ($(cpu serdi) + 1e-9)")" "$(rss serdi)"
echo "  geordf load / serdi: $(ratio load serdi) (wall)"
echo "  store file: $(calc "$(stat -c %s "$db") / 1e6" | xargs printf '%.0f') MB"

# ---- queries ------------------------------------------------------------------
echo
echo "== example queries on the $held-statement store (geordf query, CSV out) =="
printf '%-12s %8s %8s %8s %9s %s\n' "query" "wall s" "cpu s" "rows" "peak RSS" "rasqal path"
worst=0 worstcpu=0
for rq in "$srcdir"/examples/queries/*.rq; do
  name=$(basename "$rq" .rq)
  measure "q-$name" sh -c 'exec "$0" query --store "$1" --format csv --file "$2" >"$3"' \
    "$GEORDF" "$db" "$rq" "$T/$name.csv"
  failed "q-$name" && die "query $name failed"
  rows=$(($(wc -l <"$T/$name.csv") - 1))
  ref="(not run: BENCH_REF_FULL=1)"
  if [ "${BENCH_REF_FULL:-}" = 1 ]; then
    once "qr-$name" env GEORDF_QUERY_ENGINE=rasqal timeout "$REF_TIMEOUT" "$GEORDF" query \
      --store "$db" --format csv --file "$rq" >/dev/null
    ref="$(wall "qr-$name") s"
  fi
  w=$(wall "q-$name")
  printf '%-12s %8s %8s %8d %9s %s\n' "$name" "$w" "$(cpu "q-$name")" "$rows" "$(rss "q-$name")" "$ref"
  worst=$(awk -v a="$worst" -v b="$w" 'BEGIN { print (b > a) ? b : a }')
  worstcpu=$(awk -v a="$worstcpu" -v b="$(cpu "q-$name")" 'BEGIN { print (b > a) ? b : a }')
done

# ---- references on a sample ---------------------------------------------------
# Redland's own paths are too slow for the full store: the same statements'
# first $SAMPLE lines go into a fresh store for each.
head -n "$SAMPLE" "$nq" >"$T/sample.nq"
sdb=$T/sample.db
once s-load "$GEORDF" load -q --store "$sdb" "$T/sample.nq"
# synchronous='off' spares rdfproc an fsync per statement (it commits each)
once s-rdfproc timeout "$REF_TIMEOUT" rdfproc -q -n -s sqlite -t "new='yes',contexts='yes',synchronous='off'" \
  "$T/rdfproc.db" parse "file://$T/sample.nq" nquads
echo
echo "== references on a sample: the first $SAMPLE statements (the store holds $(count "$sdb")) =="
printf '%-46s %8s %8s %12s\n' "load" "wall s" "cpu s" "statements/s"
for run in "s-load:geordf load" "s-rdfproc:rdfproc parse (librdf sqlite storage)"; do
  key=${run%%:*}
  if failed "$key"; then sps="-"; else sps=$(calc "$SAMPLE / ($(wall "$key") + 1e-9)" | xargs printf '%.0f'); fi
  printf '%-46s %8s %8s %12s\n' "${run#*:}" "$(wall "$key")" "$(cpu "$key")" "$sps"
done
echo "  rdfproc / geordf: $(ratio s-rdfproc s-load)"
printf '\n%-12s %9s %20s %20s %20s\n' "query" "geordf s" "rasqal in memory s" "rdfproc on store s" "roqet on file s"
for rq in "$srcdir"/examples/queries/*.rq; do
  name=$(basename "$rq" .rq)
  measure "sq-$name" sh -c 'exec "$0" query --store "$1" --format csv --file "$2" >/dev/null' \
    "$GEORDF" "$sdb" "$rq"
  once "sr-$name" env GEORDF_QUERY_ENGINE=rasqal timeout "$REF_TIMEOUT" "$GEORDF" query \
    --store "$sdb" --format csv --file "$rq" >/dev/null
  once "sp-$name" sh -c 'exec timeout "$0" rdfproc -q -s sqlite -t "contexts='"'yes'"'" "$1" query sparql - "$(cat "$2")" >/dev/null' \
    "$REF_TIMEOUT" "$sdb" "$rq"
  once "so-$name" timeout "$REF_TIMEOUT" roqet -q -r csv -i sparql -D "$T/sample.nq" "$rq" >/dev/null
  printf '%-12s %9s %14s (%5s) %14s (%5s) %14s (%5s)\n' "$name" "$(wall "sq-$name")" \
    "$(wall "sr-$name")" "$(ratio "sr-$name" "sq-$name")" \
    "$(wall "sp-$name")" "$(ratio "sp-$name" "sq-$name")" \
    "$(wall "so-$name")" "$(ratio "so-$name" "sq-$name")"
done

echo
echo "== targets (issue 5; wall time, and CPU time, which a busy machine does not inflate) =="
verdict() { if awk "BEGIN { exit !($1) }"; then echo "meets "; else echo "MISSES"; fi; }
echo "  $(verdict "$statements / ($lw + 1e-9) >= 20000") load >= 20,000 statements/s (wall): $(calc "$statements / ($lw + 1e-9)" | xargs printf '%.0f')"
echo "  $(verdict "$statements / ($lc + 1e-9) >= 20000") load >= 20,000 statements/s (cpu):  $(calc "$statements / ($lc + 1e-9)" | xargs printf '%.0f')"
echo "  $(verdict "$worst < 1") every example query < 1 s on $held statements (wall): slowest $worst s"
echo "  $(verdict "$worstcpu < 1") every example query < 1 s on $held statements (cpu):  slowest $worstcpu s"
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
