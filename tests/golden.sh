#!/bin/sh
# SPDX-License-Identifier: MIT
# Golden tests: each bundled example, extracted to N-Triples, must equal its
# expected graph.  The IRIs are deterministic and no blank nodes are used, so
# two graphs are equal when their sorted, de-duplicated N-Triples lines are.
# Run with --update to rewrite the expected files after a reviewed change.
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
need_cmd rapper || exit 77
src=${top_srcdir:-.}
update=no
[ "${1:-}" = "--update" ] && update=yes

canon() { # FILE -> canonical N-Triples on stdout
  rapper -q -i ntriples -o ntriples "$1" | LC_ALL=C sort -u
}

grep -v '^#' "$src/tests/golden/manifest" | while read -r input date expected; do
  [ -n "$input" ] || continue
  set -- --format ntriples --quiet
  [ "$date" = "-" ] || set -- "$@" --date "$date"
  "$GEORDF" extract "$@" "$src/examples/articles/$input" > "$TMPD/out.nt" ||
    { echo "FAIL: geordf extract $input exited $?"; echo x >> "$TMPD/failed"; continue; }
  canon "$TMPD/out.nt" > "$TMPD/got"
  if [ "$update" = yes ]; then
    cp "$TMPD/got" "$src/tests/golden/$expected"
    echo "updated tests/golden/$expected ($(wc -l < "$TMPD/got") triples)"
    continue
  fi
  canon "$src/tests/golden/$expected" > "$TMPD/want"
  if cmp -s "$TMPD/got" "$TMPD/want"; then
    echo "ok: $input ($(wc -l < "$TMPD/got") triples)"
  else
    echo "FAIL: $input differs from tests/golden/$expected (- expected, + got):"
    diff "$TMPD/want" "$TMPD/got" | grep '^[<>]' | sed 's/^</-/; s/^>/+/' | head -40
    echo x >> "$TMPD/failed"
  fi
done
[ ! -f "$TMPD/failed" ]
