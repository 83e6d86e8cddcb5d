#!/bin/sh
# SPDX-License-Identifier: MIT
# README's Layout section (its file map) names every source file: each src/*.c,
# src/cli/*.c and every header without a .c of the same name (a header
# with one is described with it), so that the map stays true to the tree.
# It names no file that is gone either.
. "${top_srcdir:-.}/tests/lib.sh"
top=${top_srcdir:-.}
readme=$top/README.md
# the file map: the fenced block of the section
awk '/^## Layout/ {sec = 1; next} sec && /^## / {exit}
     sec && /^```/ {if (in_block) exit; in_block = 1; next} in_block' "$readme" >"$TMPD/layout"
[ -s "$TMPD/layout" ] || fail "README.md has no Layout section"

listed() { grep -Eq "(^|[^A-Za-z0-9_.-])$1([^A-Za-z0-9_-]|$)" "$TMPD/layout"; }
n=0
for f in "$top"/src/*.c "$top"/src/*.h "$top"/src/cli/*.c "$top"/src/cli/*.h; do
  [ -f "$f" ] || continue
  base=${f##*/}
  case $base in lexicon-data.h | lexicon-image.h) continue ;; esac # generated at build time
  n=$((n + 1))
  case $base in
  *.h) [ -f "${f%.h}.c" ] && listed "$(echo "${base%.h}" | sed 's/[.]/[.]/g')[.]c" && continue ;;
  esac
  listed "$(echo "$base" | sed 's/[.]/[.]/g')" || bad "README Layout does not name ${f#"$top"/}"
done
[ "$n" -gt 50 ] || fail "only $n source files found under $top/src"

# and what it names exists
for name in $(grep -Eo '[A-Za-z0-9_-]+[.][ch]\b' "$TMPD/layout" | sort -u); do
  case $name in lexicon-data.h | lexicon-image.h) continue ;; esac # generated, in the build tree
  [ -n "$(find "$top/src" "$top/include" -name "$name" 2>/dev/null)" ] ||
    bad "README Layout names $name, which is not in src/ or include/"
done
[ "$failures" -eq 0 ] && ok "README Layout names all $n source files, and only files that exist"
finish
