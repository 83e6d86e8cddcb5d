#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs `geordf extract` on the bundled examples, and `geordf parse` on some,
# under valgrind's memcheck: any invalid access, use of uninitialised memory
# or leak fails the test.
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
: "${GEORDF_DATADIR:=${top_srcdir:-.}/ontology}"
export GEORDF_DATADIR
if ! command -v valgrind >/dev/null 2>&1; then
  [ "${CI:-}" = true ] && fail "valgrind not found (CI needs it: apt-get install valgrind)"
  echo "SKIP: valgrind not found"; exit 77
fi
# A libtool wrapper script is not the program: valgrind needs the real one.
bin=$GEORDF
if [ "$(head -c 2 "$GEORDF")" = '#!' ]; then
  for b in "$(dirname "$GEORDF")/.libs/lt-geordf" "$(dirname "$GEORDF")/.libs/geordf"; do
    [ -x "$b" ] && { bin=$b; break; }
  done
fi
# A sanitizer build cannot run under valgrind.
if nm "$bin" 2>/dev/null | grep -q '__asan_init'; then
  echo "SKIP: $bin is built with AddressSanitizer"; exit 77
fi

examples=${top_srcdir:-.}/examples/articles
# geordf frees every block before it exits, so even "possibly lost" and
# "still reachable" memory counts as an error.
vg() {
  valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
    --error-exitcode=1 --track-origins=yes --log-file="$TMPD/vg.log" "$@"
}
# vg_extract WHAT ARGS...: geordf extract ARGS under valgrind, passing when
# both the program and valgrind are content (vg_run: any subcommand).
vg_extract() {
  what=$1; shift
  vg_run "$what" extract "$@"
}
vg_run() {
  what=$1; shift
  rc=0
  vg "$bin" "$@" >"$TMPD/out" 2>"$TMPD/err" || rc=$?
  if [ "$rc" -eq 0 ] && [ ! -s "$TMPD/vg.log" ]; then ok "$what: valgrind clean"; else
    bad "$what: exit status $rc; valgrind says:"
    sed 's/^/    /' "$TMPD/vg.log" | head -80
    sed 's/^/    /' "$TMPD/err" | head -10
  fi
}
# Each run loads the whole lexicon, slow under valgrind: one run per
# example, then all of them once for each other output format.
for f in "$examples"/*.txt "$examples"/*.jsonl; do
  vg_extract "$(basename "$f") (turtle)" -q --date 2021-06-01 --output "$TMPD/out.ttl" "$f"
done
for fmt in ntriples rdfxml; do
  vg_extract "all examples ($fmt)" --date 2021-06-01 --format "$fmt" \
    "$examples"/*.txt "$examples"/*.jsonl
done
# The syntax model is read in place: the checksum walks all of it once.
vg_run "parse: an article and a corpus" parse "$examples"/ankara-jet.txt "$examples"/corpus.jsonl
printf '1\tThey\tthey\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\t_\n\n' >"$TMPD/g.conllu"
vg_run "parse --eval" parse --eval "$TMPD/g.conllu"
finish
