#!/bin/sh
# SPDX-License-Identifier: MIT
# geordf quick start: installs the Debian packages (with sudo unless root),
# builds, and runs geordf on the bundled examples.
set -eu
cd "$(dirname "$0")"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
if [ "${GEORDF_SKIP_APT:-}" != 1 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends \
    $(grep -v '^#' packages.debian)
fi
# Strict independent RDF parser (n3) and SHACL validator used by the tests.
if [ "${GEORDF_SKIP_APT:-}" != 1 ] && ! command -v npm >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends nodejs npm || true
fi
if command -v npm >/dev/null 2>&1; then
  (cd tests/node && npm install --no-audit --no-fund --loglevel=error) || echo "note: npm install failed; strict-parser tests will be skipped"
fi
[ -x configure ] || autoreconf -fi
[ -f Makefile ] || ./configure
make -j"$(nproc 2>/dev/null || echo 2)"
mkdir -p examples/out
./src/geordf extract --output examples/out/corpus.ttl examples/articles/corpus.jsonl
./src/geordf extract --date 2014-03-24 --output examples/out/ankara-jet.ttl examples/articles/ankara-jet.txt
echo "Wrote examples/out/corpus.ttl and examples/out/ankara-jet.ttl:"
grep -c 'a geo:' examples/out/corpus.ttl | sed 's/^/  typed nodes in corpus.ttl: /'
if ./src/geordf load --store examples/out/examples.db examples/articles/corpus.jsonl >/dev/null 2>&1; then
  echo "Who visited whom and when (examples/queries/visits.rq):"
  ./src/geordf query --store examples/out/examples.db --file examples/queries/visits.rq
fi
