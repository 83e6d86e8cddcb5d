#!/bin/sh
# SPDX-License-Identifier: MIT
# The committed ontology/lexicon/petrarch-*.ttl are what tools/petrarch2ttl.py
# writes from the PETRARCH-2 dictionaries and the committed hand-made files:
# a hand-made change that alters what the generator gives (a name it must no
# longer give, a namesake) fails here until the files are regenerated.  The
# dictionaries are not in the project: set PETRARCH_DICTIONARIES to the
# folder that holds Phoenix.Countries.actors.txt and the others; without it
# the test is skipped.

top_srcdir=${top_srcdir:-.}
PY=${PYTHON3:-python3}
dict=${PETRARCH_DICTIONARIES:-}
if [ -z "$dict" ] || [ ! -f "$dict/Phoenix.Countries.actors.txt" ]; then
    echo "SKIP: PETRARCH_DICTIONARIES names no folder of the PETRARCH-2 dictionaries"
    exit 77
fi
command -v "$PY" >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }

lex="$top_srcdir/ontology/lexicon"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
for f in "$lex"/*.ttl; do
    case $(basename "$f") in
    petrarch-*) ;;
    *) cp "$f" "$tmp/" || exit 99 ;;
    esac
done
"$PY" "$top_srcdir/tools/petrarch2ttl.py" "$dict" "$tmp" >"$tmp/log" 2>&1 || {
    cat "$tmp/log"; echo "FAIL: the generator failed"; exit 1; }
fails=0
for f in petrarch-people.ttl petrarch-places.ttl petrarch-organizations.ttl petrarch-groups.ttl; do
    if ! cmp -s "$lex/$f" "$tmp/$f"; then
        echo "FAIL: $f is not what the generator writes:"
        diff "$lex/$f" "$tmp/$f" | head -40
        fails=$((fails + 1))
    fi
done
[ "$fails" -eq 0 ] && echo "the 4 generated files are up to date"
exit $((fails > 0))
