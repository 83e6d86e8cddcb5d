#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes a deterministic JSON Lines news feed for benchmarking geordf: the
# project's own example articles mixed with generated ordinary news.
"""Deterministic benchmark corpus for geordf.

    gen-corpus.py SIZE_MB OUT.jsonl [--seed N] [--srcdir DIR] [--filler-only]
    gen-corpus.py --count FILE.jsonl...

The feed mixes the project's example and regression articles (which hold the
events geordf looks for) with generated everyday news about weather, sport,
markets, culture, courts, science, transport and local affairs that holds
none.  Generated sentences make up at least 80% of all sentences.  The same
SIZE_MB, seed and source articles always give the same bytes.

--count prints "documents sentences bytes" for JSON Lines files, counting
sentences with the same rule the generator uses, so runs stay comparable.
"""

import argparse
import datetime
import glob
import json
import os
import random
import re
import sys

# A sentence ends at . ! or ? (perhaps followed by a closing quote or
# bracket) before white space and an upper-case letter, digit or quote.
# Approximate, but applied the same way to every corpus.
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[A-Z0-9\"'\u201c\u2018])")

MAX_EVENT_SHARE = 0.15  # keep source (event) sentences at or below 15%
FIRST_DAY = datetime.date(2010, 1, 1)
LAST_DAY = datetime.date(2024, 12, 31)


def count_sentences(text):
    """Sentences in text by the shared approximate rule."""
    text = text.strip()
    if not text:
        return 0
    return len(_SENT_END.findall(text)) + 1


# ---- source articles ------------------------------------------------------

def load_sources(srcdir):
    """(title, text) pairs from the examples and regression articles."""
    out = []
    for path in sorted(glob.glob(os.path.join(srcdir, "examples", "articles", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            text = fh.read().strip()
        stem = os.path.splitext(os.path.basename(path))[0]
        out.append((stem.replace("-", " ").capitalize(), text))
    for rel in ("examples/articles/corpus.jsonl", "tests/regression/articles.jsonl"):
        path = os.path.join(srcdir, rel)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                rec = json.loads(line)
                if rec.get("text"):
                    out.append((rec.get("title") or rec.get("id", ""), rec["text"].strip()))
    if not out:
        sys.exit("gen-corpus: no source articles found under %s" % srcdir)
    return out


# ---- generated everyday news ----------------------------------------------
# The vocabulary stays clear of states acting on states, so these sentences
# hold no Visit, Alliance, ArmsDeal, Sanction or ShootDown; a few use words
# that are also triggers ("joined", "welcomed", "backed") in harmless senses,
# as real copy does, so the matcher has decoys to reject.

FIRST = ("Anna", "Ben", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
         "Kemal", "Lena", "Marco", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Ursula",
         "Viktor", "Wanda", "Yusuf", "Zoe", "Amir", "Bianca", "Carlos", "Daria", "Emil", "Fatima",
         "Gustav", "Hana", "Ivan", "Julia", "Kofi", "Laura", "Mateo", "Nora", "Olga", "Pablo")
LAST = ("Abbott", "Bergstrom", "Castillo", "Dunmore", "Eriksen", "Fairweather", "Galloway",
        "Hartley", "Iversen", "Jablonski", "Kowalczyk", "Lindqvist", "Marchetti", "Novak",
        "Okafor", "Pellegrini", "Quinlan", "Rasmussen", "Santoro", "Thornbury", "Underhill",
        "Valdivia", "Whitcombe", "Yilmaz", "Zielinski", "Ashworth", "Brennan", "Cordeiro",
        "Delacroix", "Esposito", "Fontaine", "Grunewald", "Holloway", "Ibarra", "Jaramillo")
TOWNS = ("Millbrook", "Eastwick", "Port Alden", "Redfield", "Stonebridge", "Larkhaven",
         "Westmoor", "Ashford Vale", "Kettering Falls", "Brightwater", "Oakhurst", "Glenrock",
         "Harrowgate", "Silverton", "Marlow Bay", "Fenwick", "Copperfield", "Northam",
         "Riverside", "Elmstead", "Highcliff", "Thornton Green", "Barrow Point", "Windmere")
REGIONS = ("the northern valleys", "the coastal plain", "the eastern highlands", "the river delta",
           "the western uplands", "the lake district", "the southern hills", "the central basin")
CLUBS = ("Rovers", "United", "Athletic", "City", "Wanderers", "Harriers", "Albion", "Rangers")
SPORTS_VERB = ("beat", "edged past", "thrashed", "held", "drew with", "lost to", "overcame")
COMPANIES = ("Northwind Logistics", "Bellmont Foods", "Crestline Software", "Harbour Mutual",
             "Greyfield Textiles", "Lumen Pharmaceuticals", "Orchard Retail", "Kestrel Motors",
             "Aldgate Insurance", "Pinecrest Energy", "Meridian Telecom", "Solace Hotels")
INDEXES = ("the main share index", "the technology index", "the small-cap index",
           "the regional stock index", "the bond market", "the property index")
ARTS = ("exhibition", "festival", "retrospective", "concert series", "film season", "book fair",
        "opera production", "photography show", "jazz weekend", "theatre season")
WORKS = ("The Quiet Harbour", "Salt and Iron", "A Winter in Glass", "Northern Lights",
         "The Last Orchard", "Paper Birds", "Letters from the Coast", "The Clockmaker's Daughter",
         "Blue Hours", "Songs of the Valley", "Long Shadows", "The Glass Road")
VENUES = ("the city museum", "the old town hall", "the concert hall", "the public library",
          "the riverside gallery", "the national theatre", "the university auditorium")
COURT_VERBS = ("sentenced", "fined", "acquitted", "cleared", "ordered the release of",
               "granted bail to", "dismissed the case against")
CHARGES = ("fraud", "tax evasion", "embezzlement", "dangerous driving", "bribery",
           "breach of contract", "negligence", "forgery", "vandalism", "insider trading")
SCIENCE = ("a new species of beetle", "a shipwreck", "traces of water", "a fossil skull",
           "a faster battery", "a gene linked to sleep", "a comet", "an early printing press",
           "a way to recycle glass", "microplastics in rainwater")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def person(r):
    return "%s %s" % (r.choice(FIRST), r.choice(LAST))


def weather(r):
    t = r.choice(TOWNS)
    return r.choice((
        "Temperatures in %s reached %d degrees on %s, the highest reading for %s in %d years."
        % (t, r.randint(24, 41), r.choice(WEEKDAYS), r.choice(MONTHS), r.randint(5, 60)),
        "Forecasters expect %d millimetres of rain over %s by the end of the week."
        % (r.randint(10, 180), r.choice(REGIONS)),
        "Heavy snow closed %d roads around %s and left about %d homes without power."
        % (r.randint(2, 40), t, r.randint(100, 9000) * 10),
        "The weather service issued a flood warning for %s after the river rose %.1f metres overnight."
        % (r.choice(REGIONS), r.uniform(0.4, 3.9)),
        "Fog delayed %d flights at %s airport on %s morning."
        % (r.randint(3, 90), t, r.choice(WEEKDAYS)),
        "A dry spell of %d weeks has left reservoirs in %s at %d percent of capacity."
        % (r.randint(3, 14), r.choice(REGIONS), r.randint(18, 64)),
        "Residents of %s welcomed the first warm weekend of the spring."
        % t,
    ))


def sport(r):
    a, b = r.sample(TOWNS, 2)
    ca, cb = r.choice(CLUBS), r.choice(CLUBS)
    return r.choice((
        "%s %s %s %s %s %d-%d in front of %d spectators."
        % (a, ca, r.choice(SPORTS_VERB), b, cb, r.randint(0, 5), r.randint(0, 4),
           r.randint(20, 600) * 100),
        "%s scored twice in the second half as %s %s climbed to %s in the table."
        % (person(r), a, ca, r.choice(("second", "third", "fourth", "fifth", "first"))),
        "The %s %s coach, %s, said the squad had not played well for %d matches."
        % (a, ca, person(r), r.randint(2, 9)),
        "%s won the %d-kilometre race in %d hours %d minutes, %d seconds ahead of %s."
        % (person(r), r.choice((10, 21, 42, 100, 160)), r.randint(0, 5), r.randint(1, 59),
           r.randint(2, 300), person(r)),
        "Midfielder %s joined %s %s on a %d-year contract."
        % (person(r), b, cb, r.randint(1, 5)),
        "Tickets for the cup final at %s stadium sold out within %d minutes."
        % (a, r.randint(4, 90)),
        "%s set a national record of %.2f seconds in the %d metres."
        % (person(r), r.uniform(9.8, 52.0), r.choice((100, 200, 400))),
    ))


def markets(r):
    c = r.choice(COMPANIES)
    return r.choice((
        "Shares in %s rose %.1f percent after the company reported quarterly revenue of %d million."
        % (c, r.uniform(0.2, 14.0), r.randint(12, 4800)),
        "%s fell %.2f percent on %s as investors weighed higher borrowing costs."
        % (r.choice(INDEXES).capitalize(), r.uniform(0.1, 3.5), r.choice(WEEKDAYS)),
        "%s said it would cut %d jobs and close its plant in %s by %s."
        % (c, r.randint(40, 3000), r.choice(TOWNS), r.choice(MONTHS)),
        "Analysts at %s raised their forecast for growth this year to %.1f percent."
        % (r.choice(COMPANIES), r.uniform(0.5, 4.5)),
        "The price of coffee futures climbed to %.2f a pound, a %d-month high."
        % (r.uniform(1.1, 4.2), r.randint(2, 30)),
        "Chief executive %s told shareholders that profit would recover in the second half."
        % person(r),
        "%s shareholders backed the board's plan to split the stock at the annual meeting."
        % c,
    ))


def culture(r):
    return r.choice((
        "The %s at %s drew %d visitors in its first month."
        % (r.choice(ARTS), r.choice(VENUES), r.randint(2, 90) * 1000),
        "%s's novel %s won the %s prize for fiction."
        % (person(r), r.choice(WORKS), r.choice(TOWNS)),
        "A restored print of %s will open the %s on %d %s."
        % (r.choice(WORKS), r.choice(ARTS), r.randint(1, 28), r.choice(MONTHS)),
        "Conductor %s led the orchestra through a programme of %d short pieces."
        % (person(r), r.randint(3, 12)),
        "Critics praised the staging of %s, which runs at %s until %s."
        % (r.choice(WORKS), r.choice(VENUES), r.choice(MONTHS)),
        "The painter %s, who died in %d, is the subject of a new biography."
        % (person(r), r.randint(1890, 2015)),
    ))


def courts(r):
    return r.choice((
        "A court in %s %s %s, %d, in a case of %s."
        % (r.choice(TOWNS), r.choice(COURT_VERBS), person(r), r.randint(19, 78), r.choice(CHARGES)),
        "Judge %s ruled that the evidence had been gathered lawfully."
        % person(r),
        "The jury deliberated for %d hours before returning its verdict on %s."
        % (r.randint(2, 60), r.choice(WEEKDAYS)),
        "Prosecutors said they would appeal the ruling within %d days."
        % r.randint(7, 30),
        "Lawyers for %s argued that the contract had expired in %d."
        % (r.choice(COMPANIES), r.randint(2001, 2023)),
    ))


def science(r):
    return r.choice((
        "Researchers at the University of %s reported %s in a paper published on %s."
        % (r.choice(TOWNS), r.choice(SCIENCE), r.choice(WEEKDAYS)),
        "A team led by %s found %s in %s."
        % (person(r), r.choice(SCIENCE), r.choice(REGIONS)),
        "The observatory above %s recorded %d meteors in a single hour."
        % (r.choice(TOWNS), r.randint(20, 400)),
        "The study followed %d volunteers for %d years."
        % (r.randint(50, 20000), r.randint(1, 25)),
    ))


def transport(r):
    a, b = r.sample(TOWNS, 2)
    return r.choice((
        "The rail line between %s and %s reopened after %d weeks of repairs."
        % (a, b, r.randint(1, 30)),
        "Bus fares in %s will rise by %d cents from %s."
        % (a, r.randint(5, 60), r.choice(MONTHS)),
        "A new bridge over the river at %s cut the journey time to %s by %d minutes."
        % (a, b, r.randint(5, 45)),
        "Roadworks on the ring road around %s are expected to last until %s."
        % (a, r.choice(MONTHS)),
        "Passenger numbers at %s airport grew %d percent last year."
        % (a, r.randint(2, 30)),
    ))


def local(r):
    t = r.choice(TOWNS)
    return r.choice((
        "The council in %s approved a budget of %d million for schools and parks."
        % (t, r.randint(3, 400)),
        "Mayor %s opened a new public library in %s on %s."
        % (person(r), t, r.choice(WEEKDAYS)),
        "Volunteers planted %d trees along the canal in %s."
        % (r.randint(50, 5000), t),
        "Hospital waiting times in %s fell to an average of %d days."
        % (t, r.randint(8, 120)),
        "%d pupils in %s sat their final exams this week."
        % (r.randint(200, 40000), r.choice(REGIONS)),
        "Firefighters brought a blaze at a warehouse in %s under control after %d hours."
        % (t, r.randint(1, 14)),
        "Police in %s are asking witnesses of %s evening's collision to come forward."
        % (t, r.choice(WEEKDAYS)),
    ))


TOPICS = (weather, sport, markets, culture, courts, science, transport, local)
HEADS = {
    weather: ("Weather", "Forecast", "Storm watch"),
    sport: ("Sport", "Match report", "Results"),
    markets: ("Markets", "Business", "Company news"),
    culture: ("Culture", "Arts", "Books and music"),
    courts: ("Courts", "Justice", "Legal affairs"),
    science: ("Science", "Research", "Discovery"),
    transport: ("Transport", "Travel update", "Roads and rail"),
    local: ("Local news", "City briefs", "Around the region"),
}


def filler_article(r, nsent):
    """A generated article of nsent sentences on one or two topics."""
    main = r.choice(TOPICS)
    other = r.choice(TOPICS)
    paras, para = [], []
    for _ in range(nsent):
        para.append((main if r.random() < 0.75 else other)(r))
        if len(para) >= r.randint(1, 4):
            paras.append(" ".join(para))
            para = []
    if para:
        paras.append(" ".join(para))
    title = "%s: %s" % (r.choice(HEADS[main]), r.choice(TOWNS + WORKS))
    return title, "\n\n".join(paras)


# ---- the feed ---------------------------------------------------------------

def generate(size_mb, out_path, seed, srcdir, filler_only=False):
    r = random.Random(seed)
    sources = [] if filler_only else [(t, x, count_sentences(x)) for t, x in load_sources(srcdir)]
    target = int(size_mb * 1000 * 1000)
    span = (LAST_DAY - FIRST_DAY).days
    written = docs = sents = event_sents = 0
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        while written < target:
            docs += 1
            # An event article only while the event share stays under the cap,
            # so the mix holds for every size.
            title, text, n = r.choice(sources) if sources else (None, None, 0)
            if sources and event_sents + n <= MAX_EVENT_SHARE * (sents + n) and r.random() < 0.5:
                event_sents += n
            else:
                title, text = filler_article(r, r.randint(5, 40))
                n = count_sentences(text)
            sents += n
            day = FIRST_DAY + datetime.timedelta(days=r.randint(0, span))
            rec = {"id": "bench-%06d" % docs, "date": day.isoformat(), "title": title, "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
    os.replace(tmp, out_path)
    share = 100.0 * (sents - event_sents) / sents if sents else 100.0
    sys.stderr.write("gen-corpus: %s: %d documents, %d sentences (%.1f%% generated non-event), "
                     "%.1f MB\n" % (out_path, docs, sents, share, written / 1e6))


def count_files(paths):
    docs = sents = size = 0
    for path in paths:
        size += os.path.getsize(path)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                docs += 1
                sents += count_sentences(json.loads(line).get("text", ""))
    print("%d %d %d" % (docs, sents, size))


def main():
    ap = argparse.ArgumentParser(description="Deterministic JSON Lines benchmark corpus for geordf.")
    ap.add_argument("size_mb", nargs="?", type=float, help="approximate size in MB (10^6 bytes)")
    ap.add_argument("out", nargs="?", help="output JSON Lines file")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--srcdir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."),
                    help="project source tree holding examples/ and tests/")
    ap.add_argument("--filler-only", action="store_true",
                    help="generated news only (to check that it holds no events)")
    ap.add_argument("--count", nargs="+", metavar="FILE",
                    help="print documents, sentences and bytes of JSON Lines files")
    a = ap.parse_args()
    if a.count:
        count_files(a.count)
        return
    if a.size_mb is None or a.out is None or a.size_mb <= 0:
        ap.error("need SIZE_MB > 0 and OUT.jsonl")
    generate(a.size_mb, a.out, a.seed, a.srcdir, a.filler_only)


if __name__ == "__main__":
    main()
