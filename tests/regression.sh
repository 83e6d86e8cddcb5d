#!/bin/sh
# SPDX-License-Identifier: MIT
# Scores the extractor on the regression articles with `geordf eval` (failing
# below the thresholds in tests/regression/thresholds), then checks the
# scorer itself on a tiny gold file with known counts.
. "${top_srcdir:-.}/tests/lib.sh"
need_geordf
: "${GEORDF_DATADIR:=${top_srcdir:-.}/ontology}"
export GEORDF_DATADIR

# ---- the regression set ---------------------------------------------------
# tests/regression/thresholds holds lines "overall 0.60" and "type 0.40".
min_f1=0.0
min_type_f1=0.0
thresholds="${top_srcdir:-.}/tests/regression/thresholds"
if [ -f "$thresholds" ]; then
  while read -r key value; do
    case $key in
      overall) min_f1=$value ;;
      type) min_type_f1=$value ;;
    esac
  done <"$thresholds"
fi
run "$GEORDF" eval --min-f1 "$min_f1" --min-type-f1 "$min_type_f1" \
  "${top_srcdir:-.}/tests/regression/articles.jsonl"
cat "$TMPD/out"
expect_rc 0 "regression articles: overall F1 >= $min_f1, every type F1 >= $min_type_f1"
has "$TMPD/out" "documents 60," "all 60 regression articles scored"

# ---- exact events, article by article --------------------------------------
# Every article's events must be exactly its gold events, except for the
# misses and false alarms listed in tests/regression/known-errors (one line
# each, as `geordf eval --errors` prints them, without the evidence).  A new
# error is a regression; an error that went away must leave the list too, so
# that the list stays the exact account of what the extractor gets wrong.
known="${top_srcdir:-.}/tests/regression/known-errors"
# same_errors KNOWN WHAT: the FN/FP lines of the last eval --errors are
# exactly those of the file KNOWN, else says which are new and which fixed.
same_errors() {
  grep -E '^[A-Za-z0-9_-]+  (FN|FP)  ' "$TMPD/out" | sed 's/ | .*//' | LC_ALL=C sort >"$TMPD/errors"
  if ! LC_ALL=C sort "$1" | cmp -s - "$TMPD/errors"; then
    LC_ALL=C sort "$1" >"$TMPD/known"
    comm -13 "$TMPD/known" "$TMPD/errors" | sed 's/^/  new error: /'
    comm -23 "$TMPD/known" "$TMPD/errors" | sed "s/^/  fixed (remove from $(basename "$1")): /"
    bad "$2: events differ from gold beyond tests/regression/$(basename "$1")"
  fi
}
# known_set NAME N SCORED LABEL: tests/regression/NAME.jsonl scores all its N
# documents (message SCORED) and errs exactly as NAME-known-errors says.
known_set() {
  run "$GEORDF" eval --errors "${top_srcdir:-.}/tests/regression/$1.jsonl"
  has "$TMPD/out" "documents $2," "$3"
  same_errors "${top_srcdir:-.}/tests/regression/$1-known-errors" "$4"
}
run "$GEORDF" eval --errors "${top_srcdir:-.}/tests/regression/articles.jsonl"
same_errors "$known" "regression articles"

# ---- news of the 1950s-1990s ------------------------------------------------
# tests/regression/decades.jsonl: 96 one- or two-sentence wire items dated
# 1950-1994 (former states, their capitals and leaders, titles of the era,
# its words for treaties, embargoes and shoot-downs), checked the same way:
# exactly their gold events but for tests/regression/decades-known-errors.
known_set decades 96 "all 96 items of the 1950s-1990s scored" "items of the 1950s-1990s"

# ---- probes of actors, names and wordings across time ----------------------
# tests/regression/probes.jsonl: 114 one-sentence wire items dated 1954-2023
# (titles for names, former states, seats and capitals for governments,
# bodies, lifted, eased and threatened sanctions, agentless passives),
# checked the same way against tests/regression/probes-known-errors.
known_set probes 114 "all 114 probes scored" "probes across time"

# ---- a second set of probes, written blind ---------------------------------
# tests/regression/probes2.jsonl: 147 one-sentence wire items dated 1950-2024
# (wire-style one-event sentences, titles and seats for governments, lists,
# partitives, passives with the agent on the noun, friendly fire, and 46
# items with no event that look as if they had one), checked the same way
# against tests/regression/probes2-known-errors.
known_set probes2 147 "all 147 second probes scored" "second probes"

# ---- a third set of probes: other coders' test sentences, written blind ----
# tests/regression/probes3.jsonl: 180 one-sentence wire items dated
# 1950-2024 in the style of TABARI, PETRARCH and Phoenix validation
# sentences (the CAMEO verb phrasings of visits, pacts, arms supply and aid,
# sanctions imposed, threatened and eased, air attacks; 74 items with no
# event that use the same verbs), checked the same way against
# tests/regression/probes3-known-errors.
known_set probes3 180 "all 180 third probes scored" "third probes"

# ---- a fourth set of probes: the syntax of other coders' test sentences ----
# tests/regression/probes4.jsonl: 185 one-sentence wire items dated
# 1951-2024 built around a construction (long subjects with appositions and
# titles, relative clauses and participles carrying the event, passives,
# nominal forms, reported speech, datelines, coordinated events, purpose and
# temporal clauses, agents as actors; 62 items with no event), written
# blind, checked the same way against tests/regression/probes4-known-errors.
known_set probes4 185 "all 185 fourth probes scored" "fourth probes"

# ---- a fifth set of probes: actor phrases and multi-actor leads ------------
# tests/regression/probes5.jsonl: 208 one-sentence wire leads dated
# 1955-2019, mostly of 1975-2010 (compound and agent actors, actors as
# adjectives, several actors and events in one lead, quotes and
# attributions, counts, and 69 items with no event built on the same
# actors), written blind, checked the same way against
# tests/regression/probes5-known-errors.
known_set probes5 208 "all 208 fifth probes scored" "fifth probes"

# ---- a sixth set of probes: the grammar of other coders' test sentences ----
# tests/regression/probes6.jsonl: 245 one-sentence wire leads dated
# 1981-2023 (passives with far agents, parentheses of saying, coordinated
# and compound actors, relative clauses, reported speech, nominal forms,
# discontinuous verbs, questions, denials, and 73 items with no event),
# written blind, checked the same way against
# tests/regression/probes6-known-errors.
known_set probes6 245 "all 245 sixth probes scored" "sixth probes"

# ---- probes of actors across time, written blind ---------------------------
# tests/regression/probes-actors.jsonl: 231 one-sentence wire items dated
# 1949-2024 whose events turn on an actor of their day (leaders by the
# spellings of the time, titles on the document's date, seats and capitals
# of the era, former states, and 46 items with no event), checked the same
# way against tests/regression/probes-actors-known-errors.
known_set probes-actors 231 "all 231 probes of actors scored" "probes of actors"

# ---- a second set of probes of actors, written blind -----------------------
# tests/regression/probes-actors2.jsonl: 224 one- or two-sentence items dated
# 1947-2024 about less famous actors (ministers of defence and foreign
# affairs, heads of government, juntas and interim leaders, leaders in their
# first or last weeks, titles next to a handover, two offices of one person,
# two people of one surname, and 45 items with no event), checked the same
# way against tests/regression/probes-actors2-known-errors.
known_set probes-actors2 224 "all 224 second probes of actors scored" "second probes of actors"

# ---- a third set of probes of actors, written blind ------------------------
# tests/regression/probes-actors3.jsonl: 285 one- or two-sentence items dated
# 1945-2024 about yet other actors (period spellings, former states and their
# capitals, bodies by era, titles near a handover, deputy and acting leaders,
# shared surnames, kings with their ministers, and 57 items with no event),
# checked the same way against tests/regression/probes-actors3-known-errors.
known_set probes-actors3 285 "all 285 third probes of actors scored" "third probes of actors"

# ---- a fourth set of probes of actors, written blind -----------------------
# tests/regression/probes-actors4.jsonl: 250 one- or two-sentence items dated
# 1946-2025 about actors the other sets leave out (ministers and leaders of
# small and mid-sized states of every continent, military and interim rulers,
# titles whose holder changes with the date, shared surnames and given names,
# dissolved and renamed states and their capitals, state bodies and armed
# groups of each era, and 40 items with no event), checked the same way
# against tests/regression/probes-actors4-known-errors.
known_set probes-actors4 250 "all 250 fourth probes of actors scored" "fourth probes of actors"

# ---- a fifth set of probes of actors across time, written blind ------------
# tests/regression/probes-actors5.jsonl: 220 one- or two-sentence items dated
# 1950-2025, in roughly equal parts per decade and continent (titles resolved
# by date just after and before handovers, interim, caretaker and military
# rulers, one person under two titles, foreign and defence ministers by title,
# surname and honorific, states of their time and their capitals as metonyms,
# regional bodies, state airlines, oil companies and arms makers, and 33 items
# with no event), checked the same way against
# tests/regression/probes-actors5-known-errors.
known_set probes-actors5 220 "all 220 fifth probes of actors scored" "fifth probes of actors"

# ---- whole articles across decades, written blind ------------------------
# tests/regression/articles2.jsonl: 32 multi-paragraph stories with a
# dateline, dated 1954-2024, four a decade (headline-only events, repeated
# mentions, titles of the era, former states and capitals, denied, planned,
# threatened, lifted and cancelled events, background paragraphs), checked
# the same way against tests/regression/articles2-known-errors.
known_set articles2 32 "all 32 articles across decades scored" "articles across decades"

# ---- a third set of whole articles, written blind ---------------------------
# tests/regression/articles3.jsonl: 33 multi-paragraph stories with a
# dateline, dated 1951-2024, at least four a decade (sanctions imposed,
# threatened, eased, lifted and ruled out, by states and bodies, on states,
# people and companies; headline-only events, repeated mentions, titles of
# the era, former capitals, stays and companions on a journey), checked the
# same way against tests/regression/articles3-known-errors.
known_set articles3 33 "all 33 third-set articles scored" "third set of articles"

# ---- a fourth set of whole articles, written blind --------------------------
# tests/regression/articles4.jsonl: 36 multi-paragraph stories with a
# dateline, dated 1954-2024, from Africa, Latin America, South and South-East
# Asia, the Gulf, the Balkans, the Caucasus and Central Asia (alliances and
# shoot-downs over-represented: pacts signed, renounced, left and renewed;
# aircraft, drones and missiles downed by states and armed groups, claimed
# and denied), checked the same way against
# tests/regression/articles4-known-errors.
known_set articles4 36 "all 36 fourth-set articles scored" "fourth set of articles"

# ---- a fifth set of whole articles, written blind ---------------------------
# tests/regression/articles5.jsonl: 40 multi-paragraph stories with a
# dateline, dated 1955-2024, at least four a decade, in the styles of
# evening papers, correspondents' reports, live blogs and a state agency
# (visits and arms deals over-represented: state visits with programmes and
# several stops, visits announced, postponed and planned, companions and
# delegations; arms contracts signed, delivered, licensed, suspended and
# blocked), checked the same way against
# tests/regression/articles5-known-errors.
known_set articles5 40 "all 40 fifth-set articles scored" "fifth set of articles"

# ---- a sixth set of whole articles, written blind ---------------------------
# tests/regression/articles6.jsonl: 35 multi-paragraph stories dated
# 1950-2025, at least four a decade, in the styles of a news magazine's
# cover story, wire news analyses, a regional paper, a defence trade
# journal, a 1950s front page, a think-tank's weekly roundup and radio
# bulletins (sanctions and alliances over-represented: imposed, widened,
# suspended, lifted and threatened, by states and bodies; treaties signed,
# renewed, dissolved, joined and applied for), checked the same way
# against tests/regression/articles6-known-errors.
known_set articles6 35 "all 35 sixth-set articles scored" "sixth set of articles"

# ---- a seventh set of whole articles, written blind -------------------------
# tests/regression/articles7.jsonl: 22 multi-paragraph stories dated
# 1946-2023 in the styles of a correspondent's dispatch with several
# datelines, a government press release, a wire factbox, an obituary, an
# op-ed and translated ministry statements (shoot-downs and visits
# over-represented: claims of both sides, losses confirmed later, an
# airliner, a balloon, a drone; visits announced, under way, called off
# and planned), checked the same way against
# tests/regression/articles7-known-errors.
known_set articles7 22 "all 22 seventh-set articles scored" "seventh set of articles"

# ---- an eighth set of whole articles, written blind -------------------------
# tests/regression/articles8.jsonl: 22 multi-paragraph stories dated
# 1958-2023, most from Africa, Latin America, South and South-East Asia
# and Oceania, in the styles of a weekly's week in review, an analysis
# piece, a summit wrap-up, a live blog, a parliamentary report, an
# interview-based piece and a regional paper's local angle (arms deals,
# visits and alliances over-represented: deals ordered, refused, halted
# and denied; visits by delegations, planned, called off and retold in
# lists; pacts signed, renewed and denounced), checked the same way
# against tests/regression/articles8-known-errors.
known_set articles8 22 "all 22 eighth-set articles scored" "eighth set of articles"

# ---- a ninth set of whole articles, written blind ---------------------------
# tests/regression/articles9.jsonl: 25 multi-paragraph stories dated
# 1946-2024, at least two a decade, from the Balkans, the Nordic and Baltic
# states, the Caucasus and Central Asia, the Horn of Africa, the Maghreb, the
# Pacific and the Caribbean, in the styles of a chronology, an opinion
# column, a magazine analysis full of counterfactuals, a translated state
# agency's dispatch, a press-briefing transcript, a Q&A interview, a news
# digest, a minister's profile and a report with a correction appended
# (sanctions lifted, eased, threatened and refused; alliances joined, ruled
# out and renounced; claims and denials; two items with no event but
# decoys), checked the same way against
# tests/regression/articles9-known-errors.
known_set articles9 25 "all 25 ninth-set articles scored" "ninth set of articles"

# ---- a tenth set of whole articles, written blind ---------------------------
# tests/regression/articles10.jsonl: 20 news stories dated 1954-2019, the
# press of each decade in its own voice (a 1950s wire dispatch with
# "Peiping", "Red China" and "the Generalissimo"; long 1960s-70s sentences
# with courtesy titles and the states and capitals of their time; 1980s
# superpower coverage; 1990s no-fly zones and Balkan sanctions), arms deals,
# sanctions and shoot-downs of their eras told across sentences, plans,
# denials and liftings, and two items with no event but decoys (the Tokyo
# Games of 1964, Ceylon's election of 1970), checked the same way against
# tests/regression/articles10-known-errors.
known_set articles10 20 "all 20 tenth-set articles scored" "tenth set of articles"

# ---- newswire items, written blind ----------------------------------------
# tests/regression/wire3.jsonl: 180 short agency items dated 1960-2024
# (datelines, headlines in capitals and title case, headline-only events,
# briefs, a correction, a truncated item, and 110 items with no event but
# near-misses), checked the same way against
# tests/regression/wire3-known-errors.
known_set wire3 180 "all 180 newswire items scored" "newswire items"

# ---- a fourth set of newswire items, written blind --------------------------
# tests/regression/wire4.jsonl: 203 short agency items dated 1960-2024 in
# the styles of agencies the other sets use little (Kyodo, Yonhap, KCNA,
# IRNA, Anadolu, PTI, Prensa Latina, Tanjug, MENA, Sapa, Bernama, dpa,
# ANSA, EFE, UPI and AP with dashes, BBC Monitoring and FBIS digests), 113
# of them with no event but near-misses, checked the same way against
# tests/regression/wire4-known-errors.
known_set wire4 203 "all 203 fourth-set newswire items scored" "fourth set of newswire items"

# ---- a fifth set of newswire items, written blind ---------------------------
# tests/regression/wire5.jsonl: 216 short agency items dated 1960-2025 in
# the styles of Reuters, AP and AFP as news sites syndicate them today
# (bylines, "Reporting by" trailers, bullet summaries, live-blog lines,
# corrections, "-sources" and "exclusive" headlines) and of the 1960s-90s
# wire, 121 of them with no event but near-misses, checked the same way
# against tests/regression/wire5-known-errors.
known_set wire5 216 "all 216 fifth-set newswire items scored" "fifth set of newswire items"

# ---- a sixth set of newswire items, written blind ---------------------------
# tests/regression/wire6.jsonl: 205 short agency items dated 1950-2025 in
# the styles of state and regional agencies (Xinhua, TASS, Anadolu, SPA,
# WAM, SANA, MENA, Bernama, Antara, APP, Dawn, EFE, ANSA and others) and of
# the 1950s-90s wire, 116 of them with no event but near-misses, checked the
# same way against tests/regression/wire6-known-errors.
known_set wire6 205 "all 205 sixth-set newswire items scored" "sixth set of newswire items"

# ---- a seventh set of newswire items, written blind -------------------------
# tests/regression/wire7.jsonl: 125 short agency items dated 1941-2025 as
# archives and aggregators keep them (ALL-CAPS headlines and datelines,
# "(UPDATE 2)" and "CORRECTED" tags, FLASH and BULLETIN one-liners, agency
# slugs, state TV quoted, items cut at "more", briefs, press reviews), 71 of
# them with no event but near-misses, checked the same way against
# tests/regression/wire7-known-errors.
known_set wire7 125 "all 125 seventh-set newswire items scored" "seventh set of newswire items"

# ---- an eighth set of newswire items, written blind -------------------------
# tests/regression/wire8.jsonl: 161 short items dated 1945-2025 in the styles
# of broadcast monitoring ("Text of report by ...", "Tripoli home service",
# "(passage omitted)"), the defence and aviation trade press, financial
# wires on sanctions and Cold War leads from Africa, Asia and Latin America,
# 89 of them with no event but near-misses, checked the same way against
# tests/regression/wire8-known-errors.
known_set wire8 161 "all 161 eighth-set newswire items scored" "eighth set of newswire items"

# ---- seventh probes: coders' actor phrases and grammar, written blind -------
# tests/regression/probes7.jsonl: 250 one- or two-sentence wire leads dated
# 1977-2024 (the Levant, the Balkans, the Gulf, West Africa, South Asia and
# today's wire; spokesmen, state radio and envoys as actors, coordinated and
# compound actors, nominal forms, near-miss verbs, threats, easing, lifting,
# denials, downings of aircraft, drones and missiles), 88 of them with no
# scored event, checked the same way against tests/regression/probes7-known-errors.
known_set probes7 250 "all 250 seventh-set probes scored" "seventh set of probes"

# ---- a ninth set of newswire items, written blind --------------------------
# tests/regression/wire9.jsonl: 220 items of a news aggregator of the 2000s
# (a headline and one to three sentences after "AP - ", "Reuters - ",
# "washingtonpost.com - ", with the feeds' HTML debris: " #39;", " quot;",
# "\$", "lt;b gt;"), in equal parts world, business, sports and science
# news, 176 of them with no event but triggers in other senses, checked the
# same way against tests/regression/wire9-known-errors.
known_set wire9 220 "all 220 ninth-set newswire items scored" "ninth set of newswire items"

# ---- a tenth set of newswire items, written blind --------------------------
# tests/regression/wire10.jsonl: 200 agency briefs of 2014-2025 (datelines,
# bylines, "Reporting by ...; Editing by ..." tails, corrections, "FILE PHOTO:"
# and "Click here for live coverage" debris): air defences and warships
# downing drones and missiles over Ukraine, Russia, Israel and the Red Sea,
# EU and US sanctions packages, extensions and easings, arms sales approved
# and signed, defence pacts, ministers' trips, and 150 items with no scored
# event (markets, tariffs, compliance fines, courts, elections, weather,
# sport, company alliances and visits), checked the same way against
# tests/regression/wire10-known-errors.
known_set wire10 200 "all 200 tenth-set newswire items scored" "tenth set of newswire items"

# ---- the scorer on a gold file with known counts ---------------------------
# The annotations are made to test the scorer, not the extractor: the
# Iran-Syria pact is left out on purpose (a false alarm) and a France-Germany
# alliance added (a miss).  Names test the normalisation ("The Russian
# Federation's", "RUSSIA") and the Wikidata id (Turkey as "Türkiye").
gold="$TMPD/gold.jsonl"
cat >"$gold" <<'EOF'
{"id": "t-1", "date": "2015-11-26", "title": "Jet downed", "text": "Turkey shot down a Russian Su-24 jet near the Syrian border on Tuesday. Ankara said the plane had violated its airspace.", "entities": {"tr": {"label": "Türkiye", "qid": "Q43"}, "ru": {"label": "The Russian Federation's", "aliases": ["RUSSIA"]}}, "events": [{"type": "ShootDown", "attacker": ["tr"], "victim": ["ru"], "date": "2015-11", "evidence": "Turkey shot down a Russian Su-24 jet"}]}
{"id": "t-2", "date": "2019-03-04", "title": "Denial", "text": "Russia denied selling fighter jets to Venezuela. Germany imposed sanctions on Iran on Monday. Iran and Syria signed a defence pact.", "entities": {"ru": {"label": "Russia"}, "ve": {"label": "Venezuela"}, "de": {"label": "Germany"}, "ir": {"label": "Iran"}, "fr": {"label": "France"}}, "events": [{"type": "ArmsDeal", "supplier": ["ru"], "recipient": ["ve"], "negated": true}, {"type": "Sanction", "imposer": ["de"], "target": ["ir"], "status": "Imposed"}, {"type": "Alliance", "party": ["fr", "de"]}]}
EOF

# row TYPE TP FP FN: the table row of TYPE has these counts.
row() {
  grep -E -q "^$1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +$2 +$3 +$4\$" "$TMPD/out" ||
    bad "$1 should have tp $2 fp $3 fn $4; got: $(grep "^$1 " "$TMPD/out")"
}

run "$GEORDF" eval --errors --min-f1 0.5 "$gold"
expect_rc 0 "tiny gold file scored"
row ShootDown 1 0 0
row Sanction 1 0 0
row Alliance 0 1 1
row ArmsDeal 0 0 0
row Visit 0 0 0
row overall 2 1 1
has "$TMPD/out" "attribute status: 1.000 of 1" "status compared on the sanction"
has "$TMPD/out" "attribute date: 1.000 of 1" "gold date 2015-11 is a prefix of the shoot-down's"
has "$TMPD/out" "negation: gold 1, marked 1, leaked 0" "the denied arms deal is marked negative"
has "$TMPD/out" "t-2  FP  Alliance  party=Iran,Syria | Iran and Syria signed" "false alarm listed"
has "$TMPD/out" "t-2  FN  Alliance  party=France,Germany" "miss listed"
has "$TMPD/out" "overall: P 0.667 R 0.667 F1 0.667" "overall line"
lacks "$TMPD/out" "t-1  F" "no error in t-1"

run "$GEORDF" eval --quiet "$gold"
expect_rc 0 "--quiet"
[ "$(cat "$TMPD/out")" = "overall: P 0.667 R 0.667 F1 0.667" ] ||
  bad "--quiet should print only the overall line, got: $(cat "$TMPD/out")"

run "$GEORDF" eval --json "$gold"
expect_rc 0 "--json"
has "$TMPD/out" '"documents": 2' "--json documents"
has "$TMPD/out" '"leaked": 0' "--json negation"
if [ -n "${PYTHON3:-}" ] || command -v python3 >/dev/null 2>&1; then
  "${PYTHON3:-python3}" -c '
import json, sys
r = json.load(open(sys.argv[1]))
o = r["overall"]
assert (o["tp"], o["fp"], o["fn"]) == (2, 1, 1), o
assert r["per_type"]["Alliance"]["fp"] == 1, r["per_type"]
assert r["attributes"]["status"] == [1.0, 1], r["attributes"]
assert r["attributes"]["planned"] == [None, 0], r["attributes"]
' "$TMPD/out" && ok "--json parses with the expected counts" ||
    bad "--json output is not what score.py --json gives"
fi

# Thresholds: overall F1 is 0.667 and Alliance's 0.
run "$GEORDF" eval --quiet --min-f1 0.9 "$gold"
expect_rc 1 "--min-f1 above the score"
has "$TMPD/err" "below --min-f1" "--min-f1 failure explained"
run "$GEORDF" eval --quiet --min-type-f1 0.5 "$gold"
expect_rc 1 "--min-type-f1 above Alliance's F1"
has "$TMPD/err" "Alliance F1 0.000 is below --min-type-f1" "--min-type-f1 names the type"
lacks "$TMPD/err" "Visit" "a type without gold events is not held to --min-type-f1"

# Malformed lines are reported with file:line; the other records still count.
{ cat "$gold"; echo '{"id": "t-3", "text": 5}'; echo 'not json';
  echo '{"id": "t-4", "text": "x", "events": [{"type": "Visit", "visitor": "ru"}]}'; } \
  >"$TMPD/bad.jsonl"
run "$GEORDF" eval "$TMPD/bad.jsonl"
expect_rc 1 "malformed gold lines"
has "$TMPD/err" "bad.jsonl:3:" "non-string text reported with its line"
has "$TMPD/err" "bad.jsonl:4:" "bad JSON reported with its line"
has "$TMPD/err" "bad.jsonl:5:" "a role that is not a list reported with its line"
has "$TMPD/out" "documents 2, system events 4, malformed gold lines 3" "good records still scored"
row overall 2 1 1

# Usage errors and the lexicon.
run "$GEORDF" eval --no-such-option "$gold"
expect_rc 2 "unknown option"
run "$GEORDF" eval
expect_rc 2 "no gold file"
run "$GEORDF" eval --min-f1 1.5 "$gold"
expect_rc 2 "threshold out of range"
run "$GEORDF" eval --lexicon "$TMPD/missing.ttl" "$gold"
expect_rc 3 "missing lexicon file"
run "$GEORDF" eval --help
expect_rc 0 "--help"
has "$TMPD/out" "--min-type-f1" "--help lists the options"

finish
