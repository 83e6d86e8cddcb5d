#!/bin/sh
# SPDX-License-Identifier: MIT
# No generated person of petrarch-people.ttl is a hand-made person under a
# second IRI: a shared name, or names spelt alike, with terms that overlap in
# one state (tools/people-dups.py).

top_srcdir=${top_srcdir:-.}
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }
"$PY" "$top_srcdir/tools/people-dups.py" "$top_srcdir/ontology/lexicon"
