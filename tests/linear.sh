#!/bin/sh
# SPDX-License-Identifier: MIT
# Event-dense documents cost time and memory in proportion to their size:
# one JSON Lines record of 10k, 20k and 40k sentences that all mention one
# event ("Putin visited Iran."), that cycle through five events, and that
# state as many different events.  The 40k run may take at most 5 times the
# CPU time of the 10k run (4 when linear; merging every mention with every
# other once made it 8), and its peak memory may grow past the 10k run's by
# at most 4 times what the 10k document added to an empty one.  Also checks
# the bound on listed evidence: an event lists its first 100 sentences, and
# past them geo:mentionCount says how many there were; and that a document
# past one window (256 KB) holds its tokens, phrases and noun phrases a
# window at a time, not all at once.

. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
[ -x /usr/bin/time ] || { echo "SKIP: /usr/bin/time not found"; exit 77; }

D=$TMPD
GEO='https://w3id.org/geordf/ns#'
DERIVED='<http://www.w3.org/ns/prov#wasDerivedFrom>'

# gen KIND N: one record of N sentences of KIND (repeated, mix, distinct).
gen() {
  awk -v kind="$1" -v n="$2" 'BEGIN {
    split("France Germany Italy Spain Poland Turkey Iran Iraq Egypt Japan " \
          "China India Brazil Mexico Canada Russia Ukraine Sweden Norway " \
          "Finland Greece Austria Chile Peru Cuba Kenya Nigeria Ghana Israel Syria", c, " ")
    split("Putin visited Iran.|The EU imposed sanctions on Russia.|" \
          "Turkey shot down a Russian jet.|France and Germany signed an alliance.|" \
          "Russia sold tanks to Egypt.", m, "|")
    printf "{\"id\": \"%s\", \"date\": \"2015-11-24\", \"text\": \"", kind
    for (i = 0; i < n; i++) {
      if (kind == "repeated") s = m[1]
      else if (kind == "mix") s = m[i % 5 + 1]
      else { # 870 pairs of states on 60 years: no two sentences alike
        a = i % 30; b = int(i / 30) % 29; if (b >= a) b++
        s = sprintf("%s imposed sanctions on %s in %d.", c[a + 1], c[b + 1], 1950 + int(i / 870) % 60)
      }
      printf "%s ", s
    }
    printf "\"}\n"
  }' >"$D/$1-$2.jsonl"
}

# measure FILE: extracts FILE; sets cpu (centiseconds of user + system
# time) and rss (peak KB), and leaves the output in $D/out, $D/err.
measure() {
  rc=0
  /usr/bin/time -f '%U %S %M' -o "$D/usage" "$GEORDF" extract -f ntriples "$1" \
    >"$D/out" 2>"$D/err" || rc=$?
  read -r user sys rss <"$D/usage"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 100 }')
}

# Where the bound starts: 100 sentences are all listed, 101 are not.
for n in 100 101; do
  gen repeated $n
  run "$GEORDF" extract -f ntriples "$D/repeated-$n.jsonl"
  expect_rc 0 "$n repeated sentences"
  listed=$(grep -c "^<[^>]*#event-1> $DERIVED" "$D/out")
  [ "$listed" -eq 100 ] || bad "$n repeated sentences: $listed listed, expected 100"
  if [ "$n" -eq 100 ]; then
    lacks "$D/out" "${GEO}mentionCount" "100 repeated sentences: no count"
  else
    has "$D/out" "#event-1> <${GEO}mentionCount> \"101\"^^" "101 repeated sentences: their count"
  fi
done

printf '{"id": "empty", "text": "Nothing happened."}\n' >"$D/empty.jsonl"
measure "$D/empty.jsonl"
rss0=$rss

for kind in repeated mix distinct; do
  for n in 10000 20000 40000; do
    gen $kind $n
    # (The less CPU of two runs: a shared machine's load only adds time.)
    measure "$D/$kind-$n.jsonl"
    first=$cpu
    [ "$rc" -ne 0 ] || measure "$D/$kind-$n.jsonl"
    [ "$first" -ge "$cpu" ] || cpu=$first
    expect_rc 0 "$kind $n: extracted"
    case $kind in
      repeated) events=1 ;;
      mix) events=5 ;;
      *) events=$n ;;
    esac
    has "$D/err" "1 documents read, 1 exported, 0 skipped, $events events" "$kind $n: summary"
    [ $kind = repeated ] && has "$D/out" "#event-1> <${GEO}mentionCount> \"$n\"^^" "$kind $n: count"
    echo "# $kind $n sentences: $cpu cs CPU, peak RSS $((rss / 1024)) MB"
    eval "cpu_$n=$cpu rss_$n=$rss"
  done
  # (a floor, so that the clock's granularity cannot fail a quick run)
  [ "$cpu_10000" -ge 10 ] || cpu_10000=10
  # Four times the sentences may take up to six times the time: sorting
  # the events is n log n (4.6 times under AddressSanitizer), while a cost
  # quadratic in the sentences would take 16 times and one of n^1.5 eight.
  [ "$cpu_40000" -le $((6 * cpu_10000)) ] ||
    bad "$kind: 40k sentences took $cpu_40000 cs of CPU, 10k took $cpu_10000 (more than 6 times)"
  grow=$((rss_40000 - rss_10000))
  limit=$((4 * (rss_10000 - rss0) + 20000))
  [ "$grow" -le "$limit" ] ||
    bad "$kind: peak RSS grew by $grow KB from 10k to 40k sentences (allowed $limit KB)"
done

# 200k repeated sentences (4 MB, 16 windows) hold at most 64 MB more than
# the empty document: the text and its copies, the event's evidence and one
# window (when a document's tokens, phrases and noun phrases were held at
# once, 107 MB).
gen repeated 200000
measure "$D/repeated-200000.jsonl"
expect_rc 0 "repeated 200000: extracted"
has "$D/out" "#event-1> <${GEO}mentionCount> \"200000\"^^" "repeated 200000: count"
echo "# repeated 200000 sentences: $cpu cs CPU, peak RSS $((rss / 1024)) MB ($(((rss - rss0) / 1024)) MB over empty)"
# (Not under AddressSanitizer: its quarantine keeps up to 256 MB of freed
# memory, each window's included, by design; the build without sanitizers,
# which make distcheck tests, holds this bound.)
if nm "$GEORDF" 2>/dev/null | grep -q __asan_init; then
  echo "# repeated 200000: the memory bound is not checked under AddressSanitizer"
else
  [ $((rss - rss0)) -le 65536 ] ||
    bad "repeated 200000: peak RSS $((rss - rss0)) KB over the empty document's (allowed 65536 KB)"
fi

finish
