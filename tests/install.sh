#!/bin/sh
# SPDX-License-Identifier: MIT
# `make install` into a staging folder (DESTDIR), then: the files are there
# (program, shared and static library, header, geordf.pc, data, man pages);
# examples/api/geordf-events.c builds against the installed files alone
# through pkg-config (shared, and static with --static) and finds real
# events, with the same statements in its librdf model as `geordf extract`
# writes; the installed geordf, run outside the source tree without
# GEORDF_DATADIR, uses its installed data (a trigger added to the installed
# lexicon only is seen), and so does the library.
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
[ -n "${abs_top_builddir:-}" ] || fail "abs_top_builddir is not set (run through make check)"
need_cmd pkg-config || exit 77
CC=${CC:-cc}
need_cmd "${CC%% *}" || exit 77

# A make run from a test is not a sub-make of `make check`'s recipe.
unset MAKEFLAGS MFLAGS MAKELEVEL GEORDF_DATADIR
stage=$TMPD/stage
${MAKE:-make} -s -C "$abs_top_builddir" install DESTDIR="$stage" >"$TMPD/install.log" 2>&1 ||
  { tail -20 "$TMPD/install.log"; fail "make install DESTDIR=... failed"; }
ok "make install DESTDIR"

# ---- what was installed --------------------------------------------------
pc=$(find "$stage" -name geordf.pc | head -n 1)
[ -n "$pc" ] || fail "geordf.pc was not installed"
# geordf.pc names the real prefix; point its absolute folders into the stage
# (PKG_CONFIG_SYSROOT_DIR would also move the dependencies' folders).
mkdir "$TMPD/pc"
sed -E "s,^(prefix|exec_prefix|libdir|includedir|datarootdir|datadir|pkgdatadir)=/,\1=$stage/," \
  "$pc" >"$TMPD/pc/geordf.pc"
PKG_CONFIG_PATH=$TMPD/pc${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
export PKG_CONFIG_PATH
libdir=$(pkg-config --variable=libdir geordf)
includedir=$(pkg-config --variable=includedir geordf)
pkgdatadir=$(pkg-config --variable=pkgdatadir geordf)
bin=$(find "$stage" -path '*/bin/geordf' -type f | head -n 1)
case $libdir in "$stage"/*) ;; *) fail "libdir $libdir is outside the stage" ;; esac

[ -x "$bin" ] && ok "installed: bin/geordf" || bad "geordf was not installed"
[ -f "$includedir/geordf/geordf.h" ] && ok "installed: geordf/geordf.h" || bad "header not installed"
for f in libgeordf.so libgeordf.a; do
  [ -f "$libdir/$f" ] && ok "installed: $f" || bad "$f not installed in $libdir"
done
for f in geordf.ttl shapes.ttl lexicon/states.ttl lexicon/triggers.ttl lexicon/cues.ttl; do
  [ -f "$pkgdatadir/$f" ] || bad "$f not installed in $pkgdatadir"
done
[ -f "$pkgdatadir/geordf-en.model" ] && ok "installed: the syntax model" || bad "geordf-en.model not installed in $pkgdatadir"
for m in man1/geordf.1 man1/geordf-train.1 man5/geordf-lexicon.5; do
  [ -n "$(find "$stage" -path "*/man/$m" -type f)" ] && ok "installed: $m" || bad "$m not installed"
done
# Only the public API is exported from the shared library.
if need_cmd nm; then
  extra=$(nm -D --defined-only "$libdir/libgeordf.so" | awk 'NF == 3 {print $3}' | grep -v '^geordf_' | head -3)
  [ -z "$extra" ] && ok "exported symbols all start with geordf_" || bad "exported: $extra"
  nm -D --defined-only "$libdir/libgeordf.so" | grep -q ' geordf_model_add$' ||
    bad "geordf_model_add is not exported"
fi

# ---- the example, against the installed files only -----------------------
src=$top_srcdir/examples/api/geordf-events.c
article=$top_srcdir/examples/articles/ankara-jet.txt
mkdir "$TMPD/elsewhere"
cd "$TMPD/elsewhere" || fail "cd"
run $CC -std=c11 -Wall -Wextra -Werror $GEORDF_SAN_FLAGS -o ex "$src" $(pkg-config --cflags --libs geordf redland)
expect_rc 0 "example builds with pkg-config --cflags --libs geordf redland"
[ -x ex ] || fail "the example did not build: $(err_text)"

LD_LIBRARY_PATH=$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export LD_LIBRARY_PATH
if need_cmd ldd; then
  ldd ./ex | grep -F -q "$libdir/libgeordf.so" && ok "example uses the installed libgeordf" ||
    bad "example is not linked to $libdir/libgeordf.so: $(ldd ./ex | grep geordf)"
fi

run ./ex -d 2014-03-24 "$article"
expect_rc 0 "example runs on ankara-jet.txt"
cp "$TMPD/out" ex.out
grep -E -q '^ankara-jet: [1-9][0-9]* events?$' ex.out || bad "example: no event count line"
grep -E -q '^event [0-9]+: ShootDown, date 2014-03-23' ex.out || bad "example: no dated ShootDown"
has ex.out "attacker    Turkey (Country) <https://w3id.org/geordf/id/TUR>" "example: attacker"
has ex.out "victim      Syria (Country)" "example: victim"
has ex.out "evidence    \"Turkish F-16s shot down a Syrian MiG-23" "example: evidence"

# The model holds exactly the statements of geordf extract's N-Triples.
run "$bin" extract --quiet --format ntriples --date 2014-03-24 "$article"
expect_rc 0 "installed geordf extracts, with no GEORDF_DATADIR, outside the source tree"
has "$TMPD/out" "<https://w3id.org/geordf/ns#ShootDown>" "installed geordf: shoot-down"
want=$(sort -u "$TMPD/out" | grep -c .)
got=$(sed -n 's/^librdf model: \([0-9]*\) statements$/\1/p' ex.out)
[ "$want" -gt 10 ] && [ "$got" = "$want" ] && ok "librdf model: $got statements, as extract writes" ||
  bad "librdf model has '$got' statements, extract writes $want"

run ./ex -t -d 2014-03-24 - <"$article"
expect_rc 0 "example -t on standard input"
grep -E -q '^stdin: [1-9][0-9]* events?$' "$TMPD/out" || bad "example: stdin document"
has "$TMPD/out" "<https://w3id.org/geordf/doc/stdin#event-1>" "example -t: Turtle output"

# The installed parse finds the installed model, with no GEORDF_MODEL.
echo "The minister visited Ankara." >visit.txt
run env -u GEORDF_MODEL "$bin" parse visit.txt
expect_rc 0 "installed geordf parse, outside the source tree"
has "$TMPD/out" "	visited	visit	VERB	" "installed geordf parse: tags and lemmas"

# The parse example, built against the installed files, reads the tree.
run $CC -std=c11 -Wall -Wextra -Werror $GEORDF_SAN_FLAGS -o triples "$top_srcdir/examples/api/geordf-triples.c" \
  $(pkg-config --cflags --libs geordf)
expect_rc 0 "the parse example builds with pkg-config --cflags --libs geordf"
printf 'Russia sold missiles to Turkey. New sanctions were imposed by the European Union.\n' >triples.txt
run ./triples triples.txt
expect_rc 0 "the parse example runs with the installed model"
has "$TMPD/out" "Russia | sell | missile" "parse example: subject, verb lemma, object"
has "$TMPD/out" "European Union | impose | sanction" "parse example: the passive turned around"

# ---- the installed data folder is the one used ---------------------------
echo "France zorbled Syria on Monday." >zorble.txt
run "$bin" extract --quiet --format ntriples zorble.txt
expect_rc 0 "installed geordf on zorble.txt"
lacks "$TMPD/out" "#Sanction>" "no trigger 'zorbled' in the bundled lexicon"
cat >"$pkgdatadir/lexicon/zz-install-test.ttl" <<'EOF'
@prefix geo: <https://w3id.org/geordf/ns#> .
@prefix lex: <https://w3id.org/geordf/lexicon#> .
lex:zorble a lex:Trigger ; lex:eventType geo:Sanction ; lex:pos "v" ;
    lex:form "zorbled" ; lex:frame "subj=imposer obj=target" .
EOF
run "$bin" extract --quiet --format ntriples zorble.txt
has "$TMPD/out" "<https://w3id.org/geordf/ns#Sanction>" "installed geordf reads the installed lexicon"
run ./ex zorble.txt
has "$TMPD/out" ": Sanction" "installed library reads the installed lexicon"
rm "$pkgdatadir/lexicon/zz-install-test.ttl"

# load finds the installed ontology next to the lexicon.
run "$bin" load --quiet --store s.db --date 2014-03-24 "$article"
expect_rc 0 "installed geordf load"
run "$bin" query --store s.db --format csv \
  'SELECT ?l WHERE { <https://w3id.org/geordf/ns#ShootDown> <http://www.w3.org/2000/01/rdf-schema#label> ?l }'
has "$TMPD/out" "shoot-down" "the installed ontology was loaded"

# ---- static linking: Requires.private and Libs.private are complete ------
# libgeordf.a with exactly what geordf.pc declares for static linking (the
# dependencies themselves linked shared: `pkg-config --static` would also
# want their own static dependencies, which Debian does not all ship).
requires=$(pkg-config --print-requires-private geordf | awk '{print $1}')
private=$(sed -n 's/^Libs.private: *//p' "$TMPD/pc/geordf.pc")
run $CC -std=c11 $GEORDF_SAN_FLAGS -o ex-static "$src" $(pkg-config --cflags geordf redland) \
  "$libdir/libgeordf.a" $(pkg-config --libs redland $requires) $private
expect_rc 0 "example links with libgeordf.a, Requires.private and Libs.private"
if [ -x ex-static ]; then
  if ldd ./ex-static 2>/dev/null | grep -q libgeordf; then bad "ex-static uses the shared library"; fi
  run env GEORDF_DATADIR="$pkgdatadir" ./ex-static -d 2014-03-24 "$article"
  has "$TMPD/out" "event 1: ShootDown" "statically linked example"
fi

# ---- the uninstalled build uses the source tree's data -------------------
run "$GEORDF" extract --quiet --format ntriples --date 2014-03-24 "$article"
expect_rc 0 "build-tree geordf without GEORDF_DATADIR"
has "$TMPD/out" "<https://w3id.org/geordf/ns#ShootDown>" "build-tree geordf finds the source data"
finish
