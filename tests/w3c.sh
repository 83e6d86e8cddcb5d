#!/bin/sh
# SPDX-License-Identifier: MIT
# The W3C SPARQL query test suites (tests/w3c: SPARQL 1.0 data-r2 and the
# SPARQL 1.1 query folders): every query-evaluation test run through
# `geordf load` and `geordf query` and its answer compared with the
# expected one by tests/node/w3c-sparql.js (read its head for how).  Prints
# `FOLDER: N passed, M failed, K not supported` per folder and the totals.
# A wrong answer or an error fails, unless tests/w3c-known-failures.txt
# lists the test with its reason; a "not supported" refusal (exit status 5)
# does not.  Skipped (77) without node or the npm packages, except in CI.
#   GEORDF_W3C_JOBS       parallel tests (default 2)
#   GEORDF_W3C_FILTER     only tests whose id holds this text
#   GEORDF_W3C_VERBOSE=1  one line per test

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf

top_srcdir=${top_srcdir:-.}
NODE_DIR=$top_srcdir/tests/node
if ! command -v node >/dev/null 2>&1 || [ ! -d "$NODE_DIR/node_modules/n3" ] ||
   [ ! -d "$NODE_DIR/node_modules/sparqljs" ] || [ ! -d "$NODE_DIR/node_modules/rdf-isomorphic" ]; then
  [ -n "${CI:-}" ] && fail "node or tests/node/node_modules missing (run npm install in tests/node)"
  echo "SKIP: node or the npm packages in tests/node are missing"
  exit 77
fi

# the comparison itself first: a harness that passes everything is no test
node "$NODE_DIR/w3c-sparql.js" --self-test || fail "the harness's own checks failed"

set -- --geordf "$GEORDF" --suite "$top_srcdir/tests/w3c/sparql" \
  --jobs "${GEORDF_W3C_JOBS:-2}" --known "$top_srcdir/tests/w3c-known-failures.txt"
[ -n "${GEORDF_W3C_FILTER:-}" ] && set -- "$@" --filter "$GEORDF_W3C_FILTER"
[ -n "${GEORDF_W3C_VERBOSE:-}" ] && set -- "$@" --verbose
# ASan builds are slower: a generous limit per geordf run
node "$NODE_DIR/w3c-sparql.js" "$@" --timeout 300
