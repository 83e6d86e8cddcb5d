# SPDX-License-Identifier: MIT
# Shared by the benchmark harnesses, which source it after setting $here (their
# folder) and $bench_name (for the temporary folder).  It reads GEORDF,
# GEORDF_DATADIR, BENCH_OUT, BENCH_SEED and PYTHON, and sets srcdir, OUT, SEED,
# PY, TIME and T (a temporary folder, removed on exit).

srcdir=$(cd "$here/.." && pwd)
GEORDF=${GEORDF:-$(pwd)/src/geordf}
GEORDF_DATADIR=${GEORDF_DATADIR:-$srcdir/ontology}
export GEORDF_DATADIR
OUT=${BENCH_OUT:-$srcdir/bench/out}
SEED=${BENCH_SEED:-1}
PY=${PYTHON:-python3}
TIME=/usr/bin/time

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$GEORDF" ] || die "geordf binary not found at $GEORDF (set GEORDF)"
[ -x "$TIME" ] || die "$TIME not found (Debian package 'time')"
command -v "$PY" >/dev/null 2>&1 || die "python3 not found"

# need PACKAGES TOOL...: each TOOL on the PATH, or a message naming PACKAGES.
need() {
  pkgs=$1; shift
  for t in "$@"; do
    command -v "$t" >/dev/null 2>&1 || die "$t not found (Debian packages $pkgs)"
  done
}

# The corpus cache lives in the source tree; fall back to the working folder
# when that is read-only (e.g. make distcheck).
mkdir -p "$OUT" 2>/dev/null && [ -w "$OUT" ] || OUT=$(pwd)/bench-out
mkdir -p "$OUT"
[ -f "$OUT/.gitignore" ] || printf '*\n' >"$OUT/.gitignore"

T=$(mktemp -d "${TMPDIR:-/tmp}/geordf-$bench_name.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
trap 'exit 130' HUP INT TERM

# measure NAME CMD...: runs CMD $REPEAT times and keeps the fastest
# "wall peak-RSS-KB user sys" in $T/NAME.time; the fastest of several damps
# the noise of a shared machine.  A command that fails (or times out) leaves
# "failed" there instead: see failed().
measure() {
  m=$1
  r=0
  rm -f "$T/$m.all"
  while [ "$r" -lt "$REPEAT" ]; do
    measure_once "$@"
    failed "$m" && return 0
    r=$((r + 1))
  done
}
# measure_once NAME CMD...: runs CMD once more, keeping in $T/NAME.time the
# fastest of its runs so far (or "failed").  Harnesses that compare tools
# call it round by round, so that each tool sees the same load.
measure_once() {
  m=$1; shift
  if ! "$TIME" -o "$T/$m.one" -f '%e %M %U %S' "$@"; then
    echo failed >"$T/$m.time"
    return 0
  fi
  tail -n 1 "$T/$m.one" >>"$T/$m.all"
  sort -n "$T/$m.all" | head -n 1 >"$T/$m.time"
}
failed() { [ "$(cat "$T/$1.time")" = failed ]; }
# calc EXPR: floating-point arithmetic with awk.
calc() { awk "BEGIN { printf \"%s\", $1 }"; }

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
