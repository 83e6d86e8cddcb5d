#!/bin/sh
# SPDX-License-Identifier: MIT
# The NO_OFFICE table of tools/lexicon-stats.py writes each (state, kind) key
# once: a key written twice makes Python keep only the last entry, silently
# dropping the other stretches.  The check must pass on the tool and fail on
# a copy with a repeated key.

top_srcdir=${top_srcdir:-.}
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }
tool="$top_srcdir/tools/lexicon-stats.py"
"$PY" "$tool" --check || { echo "FAIL: NO_OFFICE repeats a key"; exit 1; }

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
# repeat the first entry's key just after it
awk '{ print } /^    \("[A-Z][A-Z][A-Z]", "[a-z]*"\): / && !done { sub(/\]\,?$/, "],"); print; done = 1 }' \
    "$tool" > "$tmp/dup.py"
if "$PY" "$tool" --check "$tmp/dup.py" 2>"$tmp/err"; then
    echo "FAIL: a repeated NO_OFFICE key went unnoticed"; exit 1
fi
grep -q "NO_OFFICE key" "$tmp/err" || { echo "FAIL: no message"; cat "$tmp/err"; exit 1; }
echo "PASS"
