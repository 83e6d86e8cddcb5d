#!/bin/sh
# SPDX-License-Identifier: MIT
# Replays every seed input (tests/fuzz/corpus/<target>/) and every saved
# crash input (tests/fuzz/regressions/<target>-*) through the fuzz targets,
# built without libFuzzer by `make check` (tests/fuzz/<target>), so a fixed
# crash stays fixed.  Under --enable-sanitizers this also checks them with
# AddressSanitizer and UndefinedBehaviorSanitizer.
. "${top_srcdir:-.}/tests/lib.sh"
: "${GEORDF_DATADIR:=${top_srcdir:-.}/ontology}"
export GEORDF_DATADIR
fuzzdir=${top_srcdir:-.}/tests/fuzz
# The replay programs sit in the build tree, beside src/geordf's folder.
bindir=${FUZZ_BINDIR:-$(dirname "$GEORDF")/../tests/fuzz}

targets=$(cd "$fuzzdir" && ls fuzz_*.c 2>/dev/null | sed 's/\.c$//')
[ -n "$targets" ] || fail "no fuzz targets in $fuzzdir"
for t in $targets; do
  [ -x "$bindir/$t" ] || { echo "SKIP: $bindir/$t not built"; exit 77; }
done

for t in $targets; do
  seeds=$fuzzdir/corpus/$t
  [ -d "$seeds" ] && [ -n "$(ls "$seeds")" ] || { bad "$t: no seed inputs in $seeds"; continue; }
  run "$bindir/$t" "$seeds"
  expect_rc 0 "$t: seed corpus"
  has "$TMPD/out" "replayed $(ls "$seeds" | wc -l | tr -d ' ') input(s)" "$t: every seed replayed"
  n=0
  for r in "$fuzzdir"/regressions/"$t"-*; do
    [ -f "$r" ] || continue
    n=$((n + 1))
    run "$bindir/$t" "$r"
    expect_rc 0 "$t: regression $(basename "$r")"
  done
  echo "$t: $n regression input(s)"
done
finish
