#!/bin/sh
# SPDX-License-Identifier: MIT
# The differential test of the SPARQL engine: stores of several sizes are
# loaded from the project's articles (each golden example alone, the
# hand-made sample graph, the example corpus, and everything together with
# the regression articles); their quads are copied from the SQLite tables
# into Oxigraph (npm oxigraph, in tests/node); the queries of
# tests/oxidiff.rq and queries generated from each store's data are asked
# of both, and the answers compared (tests/node/oxidiff.js says how).  A
# wrong answer or a geordf error fails; "not supported" refusals are
# counted and listed.
#
# By hand:  tests/oxidiff.sh [-v] [--list] [--only ID-PREFIX] [--seed N]
#           [--generate N] [--store NAME]...
# (-v also lists each refusal; --list prints the queries instead of running
# them; --only keeps the queries whose id starts so; --store keeps the named stores:
# ankara-jet warsaw-visit arms-roundup sample corpus all.)  Skipped (77)
# without node, the npm packages or sqlite3, except in CI.
# GEORDF_OXIDIFF_JOBS (default 2) geordf queries run at a time;
# GEORDF_OXIDIFF_TIMEOUT (default 60) seconds before a query counts as hung.

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf

top_srcdir=${top_srcdir:-.}
GEORDF_DATADIR=${GEORDF_DATADIR:-$top_srcdir/ontology}
export GEORDF_DATADIR
GEORDF_NODE_MODULES=${GEORDF_NODE_MODULES:-$top_srcdir/tests/node/node_modules}
export GEORDF_NODE_MODULES
if ! command -v node >/dev/null 2>&1 || [ ! -d "$GEORDF_NODE_MODULES/oxigraph" ]; then
  [ -n "${CI:-}" ] && fail "node or tests/node/node_modules/oxigraph missing (run npm install in tests/node)"
  echo "SKIP: node or the npm package oxigraph in tests/node is missing"
  exit 77
fi
if ! command -v sqlite3 >/dev/null 2>&1; then
  [ -n "${CI:-}" ] && fail "sqlite3 not found (apt-get install sqlite3)"
  echo "SKIP: sqlite3 not found (the store's quads are read with it)"
  exit 77
fi

args=
stores=
while [ $# -gt 0 ]; do
  case $1 in
    -v|--verbose) args="$args -v" ;;
    --list) args="$args --list" ;;
    --only|--seed|--generate)
      [ $# -ge 2 ] || fail "$1 needs a value"
      args="$args $1 $2"; shift ;;
    --store)
      [ $# -ge 2 ] || fail "--store needs a value"
      stores="$stores $2 "; shift ;;
    *) echo "usage: $0 [-v] [--list] [--only ID-PREFIX] [--seed N] [--generate N] [--store NAME]..." >&2; exit 2 ;;
  esac
  shift
done
want() { [ -z "$stores" ] || case $stores in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

ARTICLES=$top_srcdir/examples/articles
MANIFEST=$top_srcdir/tests/golden/manifest
SAMPLE=$top_srcdir/tests/golden/sample-output.ttl
[ -f "$MANIFEST" ] || fail "no $MANIFEST"

# load NAME ARGS...: a store NAME.db loaded with `geordf load ARGS`.
specs=
load() {
  name=$1; shift
  want "$name" || return 0
  run "$GEORDF" load -q --store "$TMPD/$name.db" "$@"
  [ "$rc" -eq 0 ] || fail "loading the $name store: exit $rc: $(err_text)"
  specs="$specs $name=$TMPD/$name.db"
}

# Each golden .txt example alone, with the date its manifest line gives.
txts=
while read -r input date _; do
  case $input in \#*|'') continue ;; esac
  case $input in *.txt) ;; *) continue ;; esac
  load "${input%.txt}" --date "$date" "$ARTICLES/$input"
  txts="$txts $input:$date"
done <"$MANIFEST"
[ -n "$txts" ] || fail "no .txt example in $MANIFEST"
load sample "$SAMPLE"
load corpus "$ARTICLES/corpus.jsonl"
if want all; then
  load all "$ARTICLES/corpus.jsonl" "$top_srcdir/tests/regression/articles.jsonl" "$SAMPLE"
  for t in $txts; do
    run "$GEORDF" load -q --store "$TMPD/all.db" --date "${t#*:}" "$ARTICLES/${t%:*}"
    [ "$rc" -eq 0 ] || fail "loading ${t%:*} into the all store: $(err_text)"
  done
fi
[ -n "$specs" ] || fail "no store left (--store names: ankara-jet warsaw-visit arms-roundup sample corpus all)"

node "$top_srcdir/tests/node/oxidiff.js" --self-test || fail "the comparison itself is wrong"
# shellcheck disable=SC2086 # the arguments and paths have no spaces
node "$top_srcdir/tests/node/oxidiff.js" --geordf "$GEORDF" --queries "$top_srcdir/tests/oxidiff.rq" \
  --jobs "${GEORDF_OXIDIFF_JOBS:-2}" --timeout "${GEORDF_OXIDIFF_TIMEOUT:-60}" $args $specs
