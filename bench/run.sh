#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmark harness: times geordf extract on generated ~10 MB and ~100 MB
# news feeds and compares it with serdi and rapper re-serializing its output.
#
# Environment:
#   GEORDF          the geordf binary (default: ./src/geordf)
#   GEORDF_DATADIR  folder holding lexicon/ (default: <srcdir>/ontology)
#   BENCH_SIZES     corpus sizes in MB (default: "10 100")
#   BENCH_OUT       corpus cache (default: <srcdir>/bench/out)
#   BENCH_SEED      generator seed (default: 1)
#   BENCH_REPEAT    runs of each measurement, the fastest kept (default: 1)
# It is a harness, not a test: it prints figures and whether each target of
# issue 5 holds, and fails only when a tool fails.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
bench_name=bench
SIZES=${BENCH_SIZES:-10 100}
REPEAT=${BENCH_REPEAT:-1}
. "$here/lib.sh"
need "serdi, raptor2-utils" serdi rapper

# A --jobs option, when geordf has one, lets us pin the main runs to one
# thread and measure the threaded speed-up separately.
JOBS1=""
NPROC=$(nproc 2>/dev/null || echo 1)
if "$GEORDF" extract --help 2>/dev/null | grep -q -- '--jobs'; then JOBS1="--jobs 1"; fi

# run NAME CMD...: measure_once (lib.sh) CMD, whose stdout the caller's
# sh -c redirects, and stop if it fails.
run() { measure_once "$@"; ! failed "$1" || die "$1 failed: $*"; }
wall() { cut -d' ' -f1 <"$T/$1.time"; }
rss() { cut -d' ' -f2 <"$T/$1.time"; }
# CPU seconds (user + system): steadier than wall time on a busy machine.
cpu() { awk '{ printf "%.2f", $3 + $4 }' <"$T/$1.time"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }
# verdict OK-EXPR: "meets" or "MISSES" for the targets list.
verdict() { if awk "BEGIN { exit !($1) }"; then echo "meets "; else echo "MISSES"; fi; }

echo "geordf benchmark"
echo "  machine: ${cpu_model:-unknown CPU}, $NPROC cores, $(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
echo "  $("$GEORDF" --version), $(serdi -v 2>&1 | head -n 1), rapper $(rapper --version 2>&1 | head -n 1)"
echo "  corpus cache: $OUT (seed $SEED), best of $REPEAT run(s) each"
echo "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"

# ---- start-up: the lexicon load, on an empty document ---------------------
# Alternated with rapper converting a one-statement Turtle file, a floor set
# by process start and dynamic linking on this machine; the median of 11 of
# each (wall time, microseconds).
: >"$T/empty.txt"
"$GEORDF" extract --format ntriples --quiet "$T/empty.txt" >/dev/null || die "geordf failed on an empty document"
printf '<urn:a> <urn:b> "c" .\n' >"$T/one.ttl"
: >"$T/startup"
: >"$T/rstartup"
i=0
while [ $i -lt 11 ]; do
  t0=$(date +%s%N)
  "$GEORDF" extract --format ntriples --quiet "$T/empty.txt" >/dev/null
  t1=$(date +%s%N)
  rapper -q -i turtle -o ntriples "$T/one.ttl" >/dev/null
  t2=$(date +%s%N)
  echo $(((t1 - t0) / 1000)) >>"$T/startup"
  echo $(((t2 - t1) / 1000)) >>"$T/rstartup"
  i=$((i + 1))
done
median_ms() { sort -n "$1" | sed -n 6p | awk '{ printf "%.1f", $1 / 1000 }'; }
startup_ms=$(median_ms "$T/startup")
rstartup_ms=$(median_ms "$T/rstartup")
echo "  start-up (empty document, median of 11): $startup_ms ms; rapper on a one-statement file: $rstartup_ms ms (ratio $(ratio "$startup_ms" "$rstartup_ms"))"

# ---- each size ----------------------------------------------------------
for size in $SIZES; do
  corpus=$OUT/corpus-$size-s$SEED.jsonl
  # Regenerate when the generator or its source articles changed.
  if [ ! -s "$corpus" ] || [ "$here/gen-corpus.py" -nt "$corpus" ] ||
    [ "$srcdir/examples/articles/corpus.jsonl" -nt "$corpus" ] ||
    [ "$srcdir/tests/regression/articles.jsonl" -nt "$corpus" ]; then
    "$PY" "$here/gen-corpus.py" --seed "$SEED" --srcdir "$srcdir" "$size" "$corpus"
    rm -f "$corpus.stats"
  fi
  [ -s "$corpus.stats" ] || "$PY" "$here/gen-corpus.py" --count "$corpus" >"$corpus.stats"
  read -r docs sents bytes <"$corpus.stats"
  mb=$(calc "$bytes / 1e6")

  nt=$T/out-$size.nt
  # Round by round, so that geordf and the references see the same load.
  r=0
  while [ "$r" -lt "$REPEAT" ]; do
    # shellcheck disable=SC2086 # JOBS1 is empty or two words
    run "nt$size" sh -c 'exec "$0" extract $1 --format ntriples --quiet "$2" >"$3"' \
      "$GEORDF" "$JOBS1" "$corpus" "$nt"
    run "serdi$size" sh -c 'exec serdi -i ntriples -o ntriples "$0" >/dev/null' "$nt"
    run "rapper$size" sh -c 'exec rapper -q -i ntriples -o ntriples "$0" >/dev/null' "$nt"
    for f in turtle nquads; do
      run "$f$size" sh -c 'exec "$0" extract $1 --format "$2" --quiet "$3" >/dev/null' \
        "$GEORDF" "$JOBS1" "$f" "$corpus"
    done
    r=$((r + 1))
  done
  triples=$(wc -l <"$nt" | tr -d ' ')

  w=$(wall "nt$size")
  echo
  echo "== $size MB corpus: $docs documents, $sents sentences, $(printf '%.1f' "$mb") MB, $triples triples =="
  printf '%-32s %7s %7s %9s %11s %7s %10s %9s\n' "run" "wall s" "cpu s" "docs/s" "sentences/s" "MB/s" "triples/s" "peak RSS"
  for run in "nt$size:geordf ntriples" "turtle$size:geordf turtle" "nquads$size:geordf nquads"; do
    key=${run%%:*}
    ww=$(wall "$key")
    printf '%-32s %7.2f %7.2f %9.0f %11.0f %7.2f %10.0f %6.1f MB\n' "${run#*:}" "$ww" "$(cpu "$key")" \
      "$(calc "$docs / ($ww + 1e-9)")" "$(calc "$sents / ($ww + 1e-9)")" \
      "$(calc "$mb / ($ww + 1e-9)")" "$(calc "$triples / ($ww + 1e-9)")" "$(calc "$(rss "$key") / 1024")"
  done
  for tool in serdi rapper; do
    ww=$(wall "$tool$size")
    printf '%-32s %7.2f %7.2f %9s %11s %7s %10.0f %6.1f MB\n' "$tool (re-serialize N-Triples)" "$ww" "$(cpu "$tool$size")" "" "" "" \
      "$(calc "$triples / ($ww + 1e-9)")" "$(calc "$(rss "$tool$size") / 1024")"
  done
  echo "time ratio geordf/serdi: $(ratio "$w" "$(wall "serdi$size")"), geordf/rapper: $(ratio "$w" "$(wall "rapper$size")") (CPU time: $(ratio "$(cpu "nt$size")" "$(cpu "serdi$size")"), $(ratio "$(cpu "nt$size")" "$(cpu "rapper$size")"))"

  # Threads, when geordf has --jobs: same bytes, and the speed-up.  --jobs 1
  # and --jobs N run in turn (at least 3 times each, the fastest kept), so
  # both see the same load on a shared machine.
  if [ -n "$JOBS1" ] && [ "$NPROC" -gt 1 ]; then
    rounds=$REPEAT; [ "$rounds" -ge 3 ] || rounds=3
    : >"$T/j1-$size.all"; : >"$T/jn-$size.all"
    r=0
    while [ $r -lt "$rounds" ]; do
      for j in 1 "$NPROC"; do
        "$TIME" -o "$T/j.one" -f '%e %M %U %S' sh -c \
          'exec "$0" extract --jobs "$1" --format ntriples --quiet "$2" >"$3"' \
          "$GEORDF" "$j" "$corpus" "$T/jobs.nt" || die "--jobs $j failed"
        if [ "$j" = 1 ]; then cat "$T/j.one" >>"$T/j1-$size.all"; else cat "$T/j.one" >>"$T/jn-$size.all"; fi
      done
      r=$((r + 1))
    done
    sort -n "$T/j1-$size.all" | head -n 1 >"$T/j1-$size.time"
    sort -n "$T/jn-$size.all" | head -n 1 >"$T/jn-$size.time"
    same=identical; cmp -s "$nt" "$T/jobs.nt" || same=DIFFERENT
    w1=$(wall "j1-$size"); wn=$(wall "jn-$size")
    echo "--jobs 1 vs --jobs $NPROC (N-Triples, best of $rounds each, in turn): wall $w1 s vs $wn s," \
      "speed-up $(ratio "$w1" "$wn")x; CPU $(cpu "j1-$size") s vs $(cpu "jn-$size") s" \
      "(threads cost $(ratio "$(cpu "jn-$size")" "$(cpu "j1-$size")")x the CPU); output $same"
    echo "$(ratio "$w1" "$wn")" >"$T/speedup$size"
    rm -f "$T/jobs.nt"
  fi
  # Scale-out on one machine: GNU parallel over shards of the file.
  if command -v parallel >/dev/null 2>&1 && [ "$NPROC" -gt 1 ]; then
    if "$TIME" -o "$T/par$size.time" -f '%e %M %U %S' sh -c 'exec parallel --will-cite --pipepart \
      -a "$1" --block -4 -k -j "$2" "$0" extract --format nquads --quiet - >/dev/null' \
      "$GEORDF" "$corpus" "$NPROC"; then
      echo "GNU parallel --pipepart -j $NPROC (nquads): $(wall "par$size") s, speed-up over one geordf $(ratio "$(wall "nquads$size")" "$(wall "par$size")")x"
    else
      echo "GNU parallel --pipepart -j $NPROC (nquads): failed"
    fi
  fi
  rm -f "$nt"
done

# ---- the syntax layer: tagging and parsing (issue 12) ----------------------
# geordf parse on the small corpus (reading, sentences, words, tagging,
# lemmas, parsing and CoNLL-U output), the tagger and parser alone on the
# held-out news treebank (parse --eval, its own clock), start-up with the
# model, and peak RSS.
syntax_sps=""
if "$GEORDF" parse --help >/dev/null 2>&1; then
  set -- $SIZES
  corpus=$OUT/corpus-$1-s$SEED.jsonl
  read -r docs sents bytes <"$corpus.stats"
  run "parse" sh -c 'exec "$0" parse --quiet "$1" >/dev/null' "$GEORDF" "$corpus"
  run "extract1" sh -c 'exec "$0" extract $1 --format ntriples --quiet "$2" >/dev/null' "$GEORDF" "$JOBS1" "$corpus"
  echo
  echo "== syntax: geordf parse on the $1 MB corpus ($sents sentences) =="
  echo "geordf parse: $(wall parse) s wall, $(cpu parse) s CPU, $(calc "$sents / ($(wall parse) + 1e-9)" | cut -d. -f1) sentences/s, peak RSS $(calc "$(rss parse) / 1024") MB (extract on the same corpus: $(wall extract1) s, $(calc "$(rss extract1) / 1024") MB)"
  gzip -dc "$srcdir/data/treebank/gum-news-test.conllu.gz" >"$T/gum.conllu"
  gzip -dc "$srcdir/data/treebank/en_ewt-ud-test.conllu.gz" >"$T/ewt.conllu"
  for tb in gum ewt; do
    best=0
    r=0
    while [ $r -lt 3 ]; do
      line=$("$GEORDF" parse --eval "$T/$tb.conllu") || die "parse --eval failed"
      s=$(echo "$line" | awk '{ print $10 }')
      best=$(awk -v a="$s" -v b="$best" 'BEGIN { print (a > b ? a : b) }')
      r=$((r + 1))
    done
    echo "parse --eval $tb test: $line (best of 3: $best sentences/s)"
    [ "$tb" = gum ] && syntax_sps=$best
  done
  : >"$T/empty.txt"
  : >"$T/pstartup"
  i=0
  while [ $i -lt 11 ]; do
    t0=$(date +%s%N)
    "$GEORDF" parse --quiet "$T/empty.txt" >/dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000)) >>"$T/pstartup"
    i=$((i + 1))
  done
  pstartup_ms=$(median_ms "$T/pstartup")
  echo "parse start-up with the model (empty document, median of 11): $pstartup_ms ms"
fi

# ---- scaling and the targets of issue 5 --------------------------------
set -- $SIZES
small=$1; big=$1
for s in $SIZES; do big=$s; done
echo
echo "== targets (issue 5), one thread =="
if [ "$small" != "$big" ]; then
  for f in nt turtle nquads; do
    r=$(ratio "$(rss "$f$big")" "$(rss "$f$small")")
    mbig=$(calc "$(rss "$f$big") / 1024")
    echo "$(verdict "$r <= 1.10 && $mbig < 64") peak RSS $big MB / $small MB, $f: ${r}x ($(printf '%.1f' "$mbig") MB; target <= 1.10x and < 64 MB)"
  done
  for f in nt turtle nquads; do
    r=$(ratio "$(wall "$f$big")" "$(wall "$f$small")")
    rc=$(ratio "$(cpu "$f$big")" "$(cpu "$f$small")")
    echo "$(verdict "$r <= 1.1 * $big / $small") time $big MB / $small MB, $f: ${r}x, CPU time ${rc}x (target <= $(calc "1.1 * $big / $small")x)"
  done
fi
read -r docs sents bytes <"$OUT/corpus-$big-s$SEED.jsonl.stats"
sps=$(calc "$sents / ($(wall "nt$big") + 1e-9)")
echo "$(verdict "$sps >= 100000") sentences/s at $big MB: $(printf '%.0f' "$sps") (target >= 100000)"
r=$(ratio "$(wall "nt$big")" "$(wall "serdi$big")")
echo "$(verdict "$r <= 3") geordf/serdi at $big MB: ${r}x (target <= 3x)"
echo "$(verdict "$startup_ms < 50") start-up: $startup_ms ms (target < 50 ms)"
if [ -f "$T/speedup$big" ]; then
  r=$(cat "$T/speedup$big")
  echo "$(verdict "$r >= 1.7") --jobs $NPROC speed-up at $big MB: ${r}x (target >= 1.7x)"
else
  echo "n/a    --jobs: this geordf has no --jobs option"
fi
if [ -n "$syntax_sps" ]; then
  echo "== targets (issue 12), one thread =="
  echo "$(verdict "$syntax_sps >= 20000") tag + parse, held-out news treebank: $syntax_sps sentences/s (target >= 20000)"
  model=${GEORDF_MODEL:-$(dirname "$GEORDF")/../data/geordf-en.model}
  m=$(calc "$(wc -c <"$model") / 1048576")
  echo "$(verdict "$m <= 64") model: $(printf '%.1f' "$m") MB, mapped read-only (geordf parse peak RSS $(calc "$(rss parse) / 1024") MB in all; target: model <= 64 MB)"
  echo "$(verdict "$pstartup_ms < 100") parse start-up with the model: $pstartup_ms ms (target < 100 ms)"
fi
echo "  load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
