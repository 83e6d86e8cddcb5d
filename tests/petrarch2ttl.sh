#!/bin/sh
# SPDX-License-Identifier: MIT
# The spelling rules of tools/petrarch2ttl.py, which make one person of the
# dictionaries' entries that spell one name two ways: pairs that are one
# name, and pairs that must stay two people; and the entries that are no
# person.  (test_lexicon checks the merged people of the bundled lexicon.)

top_srcdir=${top_srcdir:-.}
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }

"$PY" - "$top_srcdir/tools" <<'PYEOF'
import sys
sys.path.insert(0, sys.argv[1])
import petrarch2ttl as p

generic = {"mohamed", "muhamad", "husain", "husayn", "ali", "ahmad"}
# (name, name, state, alike)
cases = [
    ("Salah al Din al Bashir", "Salah Eddin Bashir", "JOR", True),
    ("Salaheddin al-Bashir", "Salah Eddin Bashir", "JOR", True),
    ("Ali Abu al Ragheb", "Ali Abu Ragheb", "JOR", True),
    ("Abdulrahman Wahid", "Abd al-Rahman Wahid", "IDN", True),
    ("Mohammed Dahlan", "Muhammad Dahlan", "PSE", True),
    ("Carlos Saul Menem", "Carlos Menem", "ARG", True),
    ("Luis Solari de la Fuente", "Luis Solari", "PER", True),
    ("Mohammed bin Rashid al Maktoum", "Mohammed bin Rashid", "ARE", True),
    ("Abdullah bin Ahmad Badawi", "Abdullah Ahmad Badawi", "MYS", True),
    ("Jan P. Syse", "Jan Peder Syse", "NOR", True),
    ("Kwon O Kyu", "Kwon Okyu", "KOR", True),
    ("Nikolay Ryzhkov", "Nikolai Ryzhkov", "SUN", True),
    # two people
    ("Ali Hassan", "Ali Hussein", "IRQ", False),
    ("George W. Bush", "George H. W. Bush", "USA", False),
    ("Aung Kyi", "Aung San Suu Kyi", "MMR", False),
    ("Ri Chol", "Ri Yong Chol", "PRK", False),
    ("Abdullah Al Thani", "Abdallah bin Khalifa al Thani", "QAT", False),
    ("Omar Bashir", "Omar Bashir Mohamed Manis", "SDN", False),
    ("Mohamed Bacar", "Mohamed Bacar Dossar", "COM", False),
    ("Mohamed Hussain", "Mohamed Zahir Hussain", "MDV", False),
    ("Abdoulaye Diop", "Abdoul Diop", "SEN", False),
    ("An Jong Su", "Jong Su", "PRK", False),
    ("Ali Karim", "Ali Karimi", "IRN", False),
    ("Mahendra", "Mahendra Bir Bikram Shah", "NPL", False),
]
fails = 0
for a, b, st, want in cases:
    got = p.names_alike(p.name_words(a), p.name_words(b), st, generic)
    if got != want:
        print("FAIL: %r and %r (%s): %s, want %s" % (a, b, st, got, want))
        fails += 1
# Other middle names clash; one left out or spelt otherwise does not.
for a, b, want in [("Mahamat Ali Hassan", "Mahamat Nasser Hassan", True),
                   ("Ahmed Babiker Nahar", "Ahmed Babkir Nahar", False),
                   ("Abdul Qader Bajamal", "Abdul Qadir Bajamal", False),
                   ("Jan P. Syse", "Jan Peder Syse", False)]:
    got = p.names_clash(p.name_words(a), p.name_words(b))
    if got != want:
        print("FAIL: clash of %r and %r: %s, want %s" % (a, b, got, want))
        fails += 1
# Terms overlap for a known while: two open to the present do not.
for ta, tb, want in [([("TCD", "2003-06-24", "2005-02-03")], [("TCD", "2003-01-01", "2003-07-31")], "TCD"),
                     ([("SEN", "2004-03-01", "")], [("SEN", "2009-06-01", "")], None),
                     ([("SEN", "2004-03-01", "")], [("SEN", "2009-06-01", "2010-01-01")], "SEN"),
                     ([("JOR", "2003-01-01", "2003-10-31")], [("SYR", "2003-01-01", "2003-10-31")], None),
                     ([("JOR", "", "")], [("JOR", "2003-01-01", "2003-10-31")], None)]:
    got = p.overlap_state(ta, tb)
    if got != want:
        print("FAIL: overlap of %r and %r: %s, want %s" % (ta, tb, got, want))
        fails += 1
# Terms of which one begins the day after the other ends (a cabinet list,
# then the next) touch: they count only where asked.
for ta, tb, want in [([("SYR", "2003-10-01", "2005-06-30")], [("SYR", "2005-07-01", "2009-05-31")], "SYR"),
                     ([("SYR", "2005-07-01", "")], [("SYR", "2003-10-01", "2005-06-30")], "SYR"),
                     ([("SYR", "2003-10-01", "2005-06-30")], [("SYR", "2005-07-02", "2009-05-31")], None),
                     ([("SYR", "2003-10-01", "2005-06-30")], [("JOR", "2005-07-01", "2009-05-31")], None)]:
    got = p.overlap_state(ta, tb, touch=True)
    if got != want or p.overlap_state(ta, tb) is not None:
        print("FAIL: touch of %r and %r: %s, want %s" % (ta, tb, got, want))
        fails += 1
# Names of touching terms must be spelt alike (strict): doubled letters and
# the spellings of a given name, no letter apart.
for a, b, st, want in [("Ghasan Laham", "Ghassan Lahham", "SYR", True),
                       ("Mohammad Safadi", "Mohammed Safadi", "LBN", True),
                       ("Salih al Mutlaq", "Salih Mahdi Mutlab al Hasnawi", "IRQ", False),
                       ("Muhammad Salman al Sadi", "Muhannad al Sadi", "IRQ", False)]:
    got = p.names_alike(p.name_words(a), p.name_words(b), st, generic, strict=True)
    if got != want or not p.names_alike(p.name_words(a), p.name_words(b), st, generic):
        print("FAIL: strictly alike %r and %r (%s): %s, want %s" % (a, b, st, got, want))
        fails += 1
# An entry filed under another state's code gets its own (CODE_FIX), and the
# entries of SAME_ENTRY name entries of the dictionaries' spelling.
g = object.__new__(p.Gen)
g.states = {"GIN", "GNB", "MUS", "MRT"}
for raw, code, want in [("MARTINHO_NDAFA_KABI", "GINGOVBUS", "GNB"), ("LANSANA_CONTE", "GINGOV", "GIN"),
                        ("ZEINE_OULD_ZEIDANE", "MUSGOV", "MRT"), ("PAUL_BERENGER", "MUSGOV", "MUS")]:
    e = p.Entry(raw, 1, "Phoenix.Countries.actors.txt")
    e.codes = [(code, "2004-07-01", "2006-05-31")]
    got = g.person_codes(e)[0][0]
    if got != want:
        print("FAIL: the state of %s [%s]: %s, want %s" % (raw, code, got, want))
        fails += 1
for a, b in p.SAME_ENTRY.items():
    if not (a.isupper() and b.isupper() and a != b):
        print("FAIL: SAME_ENTRY[%r] = %r" % (a, b))
        fails += 1
# One-line statements about several people in one block (no blank line
# between them) each give their person the terms.
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "people-x.ttl"), "w") as f:
        f.write('id:A_B lex:holds [ lex:office lex:PrimeMinister ; lex:of id:PER ; lex:start "1985-07-28"^^xsd:date ] .\n'
                'id:C_D lex:holds [ lex:office lex:PrimeMinister ; lex:of id:PER ; lex:start "1987-06-26"^^xsd:date ] .\n')
    hp = p.read_hand_people(d)
    if [hp[x]["terms"] for x in ("id:A_B", "id:C_D")] != [[("PER", "1985-07-28", "")], [("PER", "1987-06-26", "")]]:
        print("FAIL: one-line statements: %r" % dict(hp))
        fails += 1
# Names of treaties, pacts and agreements are no bodies; a body named after
# one is.
for name, want in [("Southeast Asia Collective Defense Treaty", True), ("Treaty of Rome", True),
                   ("Manila Pact", True), ("Camp David Accords", True), ("Agreement on Trade", True),
                   ("North Atlantic Treaty Organization", False), ("Warsaw Treaty Organization", False),
                   ("Convention People's Party", False), ("Democratic Convention", False),
                   ("Treaty", True), ("Collective Security Treaty Organization", False)]:
    if p.treaty_name(name) != want:
        print("FAIL: %r names a treaty: %s, want %s" % (name, not want, want))
        fails += 1
# The tables name states and armed groups the generator knows.
for label, st in p.GROUP_STATE.items():
    if not (len(st) == 3 and st.isupper()):
        print("FAIL: GROUP_STATE[%r] = %r" % (label, st))
        fails += 1
both = set(p.GROUP_STATE) & set(p.NOT_GROUPS)
if both:
    print("FAIL: both a group with a state and no group: %s" % sorted(both))
    fails += 1
# Entries that are no person: bodies named like people, the rebel groups of
# the file of armed groups, a republic within a state (a place in it).
import collections
g = object.__new__(p.Gen)
g.keds_line = 2000
g.states, g.hand, g.taken, g.english = {"BIH", "PER"}, {}, {}, set()
g.first_names, g.all_firsts, g.report = set(), set(), collections.defaultdict(list)
for raw, want in [("REPUBLICA_SRPSKA", False), ("JAYSH_AL_SHA'BI", False), ("RUSSIAN_SFSR", False),
                  ("SALAH_EDDIN_BASHIR", True), ("SHINING_PATH", True)]:
    if g.is_person_name(raw) != want:
        print("FAIL: %s is a person's name: %s, want %s" % (raw, not want, want))
        fails += 1
for source, line, code, want in [("Phoenix.MilNonState.actors.txt", 371, "PERREB", True),
                                 ("Phoenix.MilNonState.actors.txt", 2600, "BUDREB", False),
                                 ("Phoenix.MilNonState.actors.txt", 371, "IMGMUSALQ", False),
                                 ("Phoenix.Countries.actors.txt", 371, "PERREB", False)]:
    e = p.Entry("SHINING_PATH", line, source)
    e.codes = [(code, "", "")]
    if g.is_rebel_group(e) != want:
        print("FAIL: %s line %d [%s] is a rebel group: %s, want %s" % (source, line, code, not want, want))
        fails += 1
e = p.Entry("REPUBLICA_SRPSKA", 1, "Phoenix.Countries.actors.txt")
e.names += ["REPUBLIC_OF_SRPSKA", "REPUBLIKA_SRPSKA", "SRPSKA", "SRPSKAN", "BANJA_LUKA"]
e.comments = [""] * len(e.names)
e.codes = [("SRPUNR", "1992-01-09", "1995-12-14"), ("BIHSRP", "1995-12-14", "")]
g.countries = [e]
g.places()
want = [("Republica Srpska", ["Republic of Srpska", "Republika Srpska", "Srpska"], "BIH")]
if g.entity_rows != want or g.place_rows != [("Banja Luka", "BIH")]:
    print("FAIL: Republika Srpska: %r and %r" % (g.entity_rows, g.place_rows))
    fails += 1
print("%d cases, %d failure(s)" % (len(cases) + 32 + len(p.SAME_ENTRY), fails))
sys.exit(1 if fails else 0)
PYEOF
