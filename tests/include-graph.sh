#!/bin/sh
# SPDX-License-Identifier: MIT
# The source tree's dependencies go one way.  The include graph of src/
# (every #include "..." of src/*.c, src/*.h and src/cli/*, resolved as the
# compiler does) has no cycle, checked with tsort; and no subcommand of the
# CLI needs a symbol defined by the dispatcher (main.o) or by another
# subcommand, checked on the built objects with nm.
. "${top_srcdir:-.}/tests/lib.sh"
src=${top_srcdir:-.}/src
build=${abs_top_builddir:-.}

# ---- the include graph -------------------------------------------------------
# One "includer included" pair per line; a header is looked up next to the
# includer, then in src/ and include/ (the -I folders).  Generated headers
# (lexicon-data.h) are not in the source tree and include nothing of ours.
edges=$TMPD/edges
: >"$edges"
for f in "$src"/*.c "$src"/*.h "$src"/cli/*.c "$src"/cli/*.h; do
  [ -f "$f" ] || continue
  dir=${f%/*}
  sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f" |
    while read -r h; do
      for d in "$dir" "$src" "${top_srcdir:-.}/include"; do
        if [ -f "$d/$h" ]; then
          echo "$(realpath "$f") $(realpath "$d/$h")"
          break
        fi
      done
    done >>"$edges"
done
n=$(wc -l <"$edges")
[ "$n" -gt 100 ] || fail "only $n include edges found in $src"
if tsort "$edges" >/dev/null 2>"$TMPD/loop"; then
  ok "no include cycle among $n includes of src/"
else
  bad "include cycle: $(sed "s|$(cd "$src/.." && pwd)/||g" "$TMPD/loop" | tr '\n' ' ')"
fi

# A cycle is seen: the check itself works.
printf 'a.h b.h\nb.h c.h\nc.h a.h\n' >"$TMPD/cyclic"
tsort "$TMPD/cyclic" >/dev/null 2>&1 && bad "tsort finds no loop in a.h -> b.h -> c.h -> a.h"

# ---- the CLI: subcommands need only cli.c and the libraries --------------------
if need_cmd nm; then
  objs=$(ls "$build"/src/cli/*.o 2>/dev/null)
  [ -n "$objs" ] || fail "no objects in $build/src/cli (build first)"
  for o in $objs; do
    case ${o##*/} in cmd-*.o) ;; *) continue ;; esac
    for other in $objs; do
      [ "$other" = "$o" ] && continue
      # shared parts (cli.o, batch.o) may be used; main.o and cmd-*.o not
      case ${other##*/} in main.o|cmd-*.o) ;; *) continue ;; esac
      nm --defined-only "$other" | awk '$2 ~ /^[TDBR]$/ {print $3}' | sort >"$TMPD/def"
      nm -u "$o" | awk '{print $NF}' | sort >"$TMPD/undef"
      used=$(comm -12 "$TMPD/def" "$TMPD/undef" | tr '\n' ' ')
      [ -z "$used" ] || bad "${o##*/} uses ${other##*/}: $used"
    done
  done
  ok "subcommands use no symbol of main.o or of one another"
fi
finish
