#!/bin/sh
# SPDX-License-Identifier: MIT
# The installed library is the extractor alone: the shared libgeordf
# exports only geordf_* symbols and needs no libcurl, SQLite, jansson, yajl,
# PCRE2 or nettle (those serve the store, eval and push, which live in the
# uninstalled tools library); the static libgeordf.a holds none of the
# tools' objects; geordf.pc asks static links for raptor2, librdf and
# utf8proc only.
. "${top_srcdir:-.}/tests/lib.sh"
build=${abs_top_builddir:-.}
so=$build/src/.libs/libgeordf.so
[ -f "$so" ] || { echo "SKIP: no shared library at $so"; exit 77; }

if need_cmd nm; then
  n=$(nm -D --defined-only "$so" | awk 'NF == 3' | grep -c ' geordf_')
  extra=$(nm -D --defined-only "$so" | awk 'NF == 3 {print $3}' | grep -v '^geordf_' | head -5 | tr '\n' ' ')
  [ "$n" -gt 30 ] && [ -z "$extra" ] && ok "libgeordf.so exports $n symbols, all geordf_*" ||
    bad "libgeordf.so exports $n geordf_* symbols and also: $extra"
fi

tools='curl|sqlite|jansson|yajl|pcre2|nettle'
if need_cmd objdump; then
  needed=$(objdump -p "$so" | awk '$1 == "NEEDED" {print $2}' | tr '\n' ' ')
  case $needed in *librdf*) ;; *) bad "libgeordf.so does not need librdf: $needed" ;; esac
  echo "$needed" | grep -Eq "$tools" && bad "libgeordf.so needs a tools library: $needed" ||
    ok "libgeordf.so needs only $needed"
fi
if need_cmd ldd; then
  # nor does anything it loads, apart from what raptor2 links itself
  # (libcurl and its TLS, for fetching URIs; yajl, for JSON parsing)
  deps=$(ldd "$so" | awk '{print $1}' | grep -E 'sqlite|jansson|pcre2' | tr '\n' ' ')
  [ -z "$deps" ] && ok "ldd libgeordf.so: no SQLite, jansson or PCRE2" || bad "ldd libgeordf.so: $deps"
fi

a=$build/src/.libs/libgeordf.a
if [ -f "$a" ] && need_cmd ar; then
  # (Objects of a library with flags of its own are named after it:
  # libgeordf_core_la-extract.o.)
  members=$(ar t "$a" | sed 's/^[a-z_]*_la-//' | tr '\n' ' ')
  case " $members " in *" extract.o "*" rdf.o "*|*" rdf.o "*" extract.o "*) ok "libgeordf.a holds the extractor and the writer" ;;
    *) bad "libgeordf.a lacks extract.o or rdf.o: $members" ;; esac
  for o in store.o sparql-sql.o push.o eval.o input.o pipeline.o dbconn.o; do
    case " $members " in *" $o "*) bad "libgeordf.a holds the tools' $o" ;; esac
  done
fi

pc=$build/geordf.pc
if [ -f "$pc" ] && need_cmd pkg-config; then
  req=$(sed -n 's/^Requires.private: *//p' "$pc")
  [ "$req" = "raptor2 redland libutf8proc" ] && ok "geordf.pc Requires.private: $req" ||
    bad "geordf.pc Requires.private: '$req'"
  libs=$(PKG_CONFIG_PATH=$build pkg-config --libs --static geordf 2>&1)
  echo "$libs" | grep -Eq 'sqlite|jansson|pcre2|nettle' && bad "pkg-config --libs --static geordf: $libs" ||
    ok "pkg-config --libs --static geordf names no SQLite, jansson, PCRE2 or nettle"
fi
finish
