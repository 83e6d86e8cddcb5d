#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Lists generated people (petrarch-people.ttl) who may be hand-made people
under a second IRI.

Usage:
    tools/people-dups.py [LEXICON_DIR]

A generated person and a hand-made one (a person of people.ttl or
people-*.ttl) are listed when they share a name (rdfs:label or skos:altLabel,
as geordf matches names) or have names that tools/petrarch2ttl.py takes for
one name spelt two ways, and the generated person's terms of service overlap
the hand-made person's terms of office in one state; with no dated terms on
either side, the same nationality counts.  Namesakes the generator kept apart
(a term twenty years after the other's last) share a name but no time, and
are not listed, nor the pairs of APART, checked to be two people.  Prints
one line per pair and the count; exit status 1 when any pair is listed.
LEXICON_DIR defaults to ontology/lexicon beside this script.  Python 3 and
its standard library only.
"""

import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import petrarch2ttl as p  # noqa: E402


# Pairs checked to be two people (generated IRI, hand-made IRI).
APART = {
    # a minister of Wade's governments from 2009; the prime minister of
    # 2022-2024 was then a tax official
    ("id:Amadou_Tidiane_Ba", "id:Amadou_Ba_SEN"),
}


def generated_people(path):
    """IRI -> names, terms of service (state, start, end), nationality."""
    people = {}
    text = open(path, encoding="utf-8").read()
    for block in re.split(r"\n\s*\n", text):
        m = re.search(r"^(id:[^\s;]+)\s+a\s+geo:Person", block, re.M)
        if not m:
            continue
        names = re.findall(r'"((?:[^"\\]|\\.)*)"', " ".join(
            re.findall(r"(?:rdfs:label|skos:altLabel)\s+((?:\"(?:[^\"\\]|\\.)*\"\s*,?\s*)+)", block)))
        terms = []
        for st, s, e in re.findall(r'lex:served "(\w+) (\S+) (\S+)"', block):
            terms.append((st, "" if s == ".." else s, "" if e == ".." else e))
        nat = re.search(r"geo:nationality\s+id:(\w+)", block)
        people[m.group(1)] = {"names": names, "terms": terms, "nat": nat.group(1) if nat else None}
    return people


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    lex = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(here), "ontology", "lexicon")
    hand = {iri: r for iri, r in p.read_hand_people(lex).items() if r["typed"]}
    gen = generated_people(os.path.join(lex, "petrarch-people.ttl"))
    by_name = collections.defaultdict(set)
    by_first = collections.defaultdict(set)
    for iri, r in hand.items():
        for n in r["names"]:
            by_name[p.fold(n)].add(iri)
            w = p.name_words(n)
            if w:
                by_first[w[0][0]].add(iri)

    def meet(g, h):
        st = p.overlap_state(g["terms"], h["terms"])
        if st:
            return st
        if not g["terms"] and not h["terms"] and g["nat"] and g["nat"] == h["nat"]:
            return g["nat"]
        return None

    pairs = []
    for giri, g in sorted(gen.items()):
        gwords = [w for w in (p.name_words(n) for n in g["names"]) if w]
        cands = set()
        for n in g["names"]:
            cands |= by_name.get(p.fold(n), set())
        for w in gwords:
            cands |= by_first.get(w[0][0], set())
        for hiri in sorted(cands - {giri}):
            if (giri, hiri) in APART:
                continue
            h = hand[hiri]
            st = meet(g, h)
            if not st:
                continue
            same = sorted({p.fold(n) for n in g["names"]} & {p.fold(n) for n in h["names"]})
            hwords = [w for w in (p.name_words(n) for n in h["names"]) if w]
            if not same and (any(p.names_clash(a, b) for a in gwords for b in hwords)
                             or not any(p.names_alike(a, b, st) for a in gwords for b in hwords)):
                continue
            pairs.append((giri, hiri, st, "same name: " + same[0] if same else "names alike"))
    for giri, hiri, st, why in pairs:
        print("%s\t%s\t%s\t%s" % (giri, hiri, st, why))
    print("%d pairs of a generated and a hand-made person that may be one" % len(pairs), file=sys.stderr)
    return 1 if pairs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
