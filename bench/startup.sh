#!/bin/sh
# SPDX-License-Identifier: MIT
# Where start-up goes: geordf extract on an empty document against a program
# that does nothing but load the same shared libraries (the floor set by
# dynamic linking), and, when valgrind is there, the instructions of each
# part.
#
# Environment (besides lib.sh's):
#   GEORDF_REF      a second geordf binary (an earlier build) run in turn
#   STARTUP_RUNS    runs of each, the median kept (default: 21)
#   CC              the compiler for the libraries-only program (default: cc)
# A harness, not a test: it prints figures and fails only when geordf fails.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
bench_name=startup
. "$here/lib.sh"
RUNS=${STARTUP_RUNS:-21}
need "binutils" readelf

: >"$T/empty.txt"
"$GEORDF" extract --format ntriples --quiet "$T/empty.txt" >/dev/null || die "geordf failed on an empty document"

# The libraries geordf names itself, in its order; the loader brings theirs.
needed=$(readelf -d "$GEORDF" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
libs=""
for l in $needed; do libs="$libs -l:$l"; done
floor=""
# shellcheck disable=SC2086 # one word a library
if printf 'int main(void) { return 0; }\n' | ${CC:-cc} -x c - -o "$T/libs-only" -Wl,--no-as-needed $libs 2>/dev/null; then
  floor=$T/libs-only
fi

echo "geordf start-up"
echo "  $("$GEORDF" --version); load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "  shared objects loaded (ld.so and the vDSO too): $(ldd "$GEORDF" | grep -c .) ($(echo "$needed" | grep -c .) named by geordf)"
LD_DEBUG=statistics "$GEORDF" extract --format ntriples --quiet "$T/empty.txt" 2>&1 >/dev/null |
  sed -n 's/^ *[0-9]*:[[:space:]]*final number of relocations: */  symbol relocations at start-up: /p'

# Wall time, the commands in turn (microseconds), median of $RUNS each.
: >"$T/geordf"; : >"$T/ref"; : >"$T/floor"
i=0
while [ $i -lt "$RUNS" ]; do
  t0=$(date +%s%N)
  "$GEORDF" extract --format ntriples --quiet "$T/empty.txt" >/dev/null
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000)) >>"$T/geordf"
  if [ -n "$floor" ]; then
    "$floor"
    t2=$(date +%s%N)
    echo $(((t2 - t1) / 1000)) >>"$T/floor"
  fi
  if [ -n "${GEORDF_REF:-}" ]; then
    t2=$(date +%s%N)
    "$GEORDF_REF" extract --format ntriples --quiet "$T/empty.txt" >/dev/null
    t3=$(date +%s%N)
    echo $(((t3 - t2) / 1000)) >>"$T/ref"
  fi
  i=$((i + 1))
done
median_ms() { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'; }
echo "  wall, median of $RUNS in turn: geordf extract (empty document) $(median_ms "$T/geordf") ms"
[ -z "$floor" ] || echo "    a program that only loads geordf's libraries: $(median_ms "$T/floor") ms"
[ -z "${GEORDF_REF:-}" ] || echo "    GEORDF_REF ($GEORDF_REF): $(median_ms "$T/ref") ms"

# Instructions do not move with the machine's load.
if command -v valgrind >/dev/null 2>&1 && command -v callgrind_annotate >/dev/null 2>&1; then
  valgrind --tool=callgrind --callgrind-out-file="$T/cg" "$GEORDF" extract --format ntriples --quiet \
    "$T/empty.txt" >/dev/null 2>&1 || die "geordf failed under valgrind"
  callgrind_annotate --inclusive=yes "$T/cg" >"$T/cg.txt" 2>/dev/null
  # part NAME FUNCTION: the instructions of FUNCTION and what it calls.
  part() {
    awk -v f=":$2 " -v name="$1" 'index($0, f) && !done {
      n = $1; gsub(",", "", n); printf "    %-44s %6.1f M\n", name, n / 1e6; done = 1 }' "$T/cg.txt"
  }
  echo "  instructions (callgrind):"
  awk '/PROGRAM TOTALS/ { n = $1; gsub(",", "", n); printf "    %-44s %6.1f M\n", "in all", n / 1e6; exit }' "$T/cg.txt"
  part "dynamic linking (ld.so's _dl_start)" _dl_start
  part "reading the lexicon files" geordf_lexicon_load_dir
  part "freezing the lexicon (phrase table, offices)" geordf_lexicon_freeze
  part "freeing the lexicon at exit" geordf_lexicon_free
fi
