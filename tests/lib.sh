# SPDX-License-Identifier: MIT
# Shared helpers for the shell tests: failing, skipping, a scratch folder
# removed on exit, and running a command while capturing its output.
# Source it with:  . "${top_srcdir:-.}/tests/lib.sh"

# A fatal failure: the test stops here.
fail() { echo "FAIL: $*"; exit 1; }

# A failure that lets the test go on, so one run shows every problem; call
# `finish` at the end to turn the count into the exit status.
failures=0
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
finish() {
  [ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
  exit 0
}

# `need_cmd rapper || exit 77`: automake counts exit status 77 as a skip.
need_cmd() {
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "SKIP: $1 not found"
  return 1
}

# The binary under test: $GEORDF from `make check`, else the build tree's.
GEORDF=${GEORDF:-$(pwd)/src/geordf}
need_geordf() {
  [ -x "$GEORDF" ] || fail "geordf binary not found at $GEORDF (set GEORDF)"
}

# A private scratch folder, removed however the test ends.
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/geordf-test.XXXXXX") || exit 99
trap 'rm -rf "$TMPD"' EXIT
trap 'exit 99' HUP INT TERM

# run CMD...: runs CMD with stdout in $TMPD/out and stderr in $TMPD/err,
# and its exit status in $rc.
run() {
  rc=0
  "$@" >"$TMPD/out" 2>"$TMPD/err" || rc=$?
}

# The captured stderr on one line, for failure messages.
err_text() { tr '\n' '|' <"$TMPD/err" | cut -c1-400; }

# expect_rc N WHAT: the last `run` exited with N.
expect_rc() {
  if [ "$rc" -eq "$1" ]; then ok "$2"; else
    bad "$2: exit status $rc, expected $1; stderr: $(err_text)"; fi
}

# has FILE TEXT WHAT / lacks FILE TEXT WHAT: fixed-string search in a file.
has() {
  grep -F -q -e "$2" "$1" || bad "$3: '$2' not found in $(basename "$1")"
}
lacks() {
  if grep -F -q -e "$2" "$1"; then bad "$3: '$2' found in $(basename "$1")"; fi
}
