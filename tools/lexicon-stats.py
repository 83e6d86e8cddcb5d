#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Counts what the bundled lexicon holds, and where its offices have holes.

Usage:
    tools/lexicon-stats.py [LEXICON_DIR] [--gaps] [--coverage] [--min-days N]
    tools/lexicon-stats.py --check [SCRIPT]

LEXICON_DIR defaults to ontology/lexicon beside this script.  Each *.ttl
file is read through rapper (raptor2-utils, which geordf builds with) as
N-Triples; nothing else is needed but Python 3's standard library.

Prints the counts the README gives: people (and those holding a dated
office), terms of office, states (current and dissolved), organizations,
armed groups, communities, state-linked bodies (the names a state has beyond its own
names and seats: the lex:metonym names of states.ttl's "Bodies" section),
places (and the airports and air bases among them, by their names),
memberships of organizations (lex:member: in all, current, and the
organizations that have them).

--gaps also lists, for every state, the stretches since 1945 (or its
independence) of N days or more (default 60) when no one held a head office:
"head" (a president, a monarch, an emir, a supreme leader or a lex:Leader),
"gov" (a prime minister or chancellor, from 1945 or independence to the last
day the lexicon knows that office for the state; the states that never had
one are left out of the count and named on a line of their own, but for the
presidential systems NO_OFFICE covers, and the stretches before the office
was made are in NO_OFFICE) and, for the G20, the permanent members of the Security
Council, the Middle East, the two Koreas, India and Pakistan, the foreign
and defence ministers ("fm", "dm").  A state's years before it began and
after it ended (lex:start, lex:end) are not counted; the start of states
that became independent after 1945 is the table INDEPENDENCE below (a year:
counted from the next 1 January).  The Commonwealth realms' monarch is
the British one, who holds a term of each realm.  The stretches when a state
had no such office at all, held it collectively (San Marino, Andorra), or
left it vacant or unfilled (the table NO_OFFICE below: Brazil's
defence ministry before 1999, Iraq's ministries under the Coalition Provisional
Authority, Iran's foreign ministry in 1980-1981, Lebanon's vacant presidency,
China's defence ministry after Lin Biao's death, the prime ministers abolished
by a presidential constitution), are no holes.

--coverage prints, for the foreign and defence ministers of those states,
the share of the days since 1945 (or independence) that a holder covers,
out of the days the ministry existed.

Every run first reads this script's own source and fails if a key of the
NO_OFFICE literal is written twice (Python keeps the last one silently, so
an entry added for a state and kind that already had one would replace
it); --check does only that, on SCRIPT if given (the test feeds it a copy
with a repeated key).
"""

import ast
import collections
import datetime
import glob
import os
import re
import subprocess
import sys

GEO = "https://w3id.org/geordf/ns#"
LEX = "https://w3id.org/geordf/lexicon#"
ID = "https://w3id.org/geordf/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"

HEAD = {"President", "King", "Queen", "Emir", "SupremeLeader", "Leader", "Pope"}
GOV = {"PrimeMinister", "Chancellor"}

# Ministers required from 1945 (or independence): the G20, the P5, the
# Middle East, the Koreas, India and Pakistan (the Soviet Union for Russia).
MINISTER_STATES = ("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SUN SAU ZAF TUR GBR USA "
                   "EGY ISR JOR LBN SYR IRQ IRN KWT BHR QAT ARE OMN YEM PRK PAK").split()

# Year of independence (or of the state's founding) for the states that
# began after 1945 and have no lex:start of their own.
INDEPENDENCE = {
    # Africa
    "DZA": 1962, "AGO": 1975, "BEN": 1960, "BWA": 1966, "BFA": 1960, "BDI": 1962, "CPV": 1975, "CMR": 1960,
    "CAF": 1960, "TCD": 1960, "COM": 1975, "COG": 1960, "COD": 1960, "CIV": 1960, "DJI": 1977, "GNQ": 1968,
    "ERI": 1993, "SWZ": 1968, "GAB": 1960, "GMB": 1965, "GHA": 1957, "GIN": 1958, "GNB": 1974, "KEN": 1963,
    "LSO": 1966, "LBY": 1951, "MDG": 1960, "MWI": 1964, "MLI": 1960, "MRT": 1960, "MUS": 1968, "MAR": 1956,
    "MOZ": 1975, "NAM": 1990, "NER": 1960, "NGA": 1960, "RWA": 1962, "STP": 1975, "SEN": 1960, "SYC": 1976,
    "SLE": 1961, "SOM": 1960, "SSD": 2011, "SDN": 1956, "TZA": 1961, "TGO": 1960, "TUN": 1956, "UGA": 1962,
    "ZMB": 1964,
    # Asia, the Middle East (CHN: the People's Republic, proclaimed in 1949;
    # the Republic of China before it is id:TWN)
    "BHR": 1971, "BGD": 1971, "BRN": 1984, "CHN": 1949, "KHM": 1953, "CYP": 1960, "IND": 1947, "IDN": 1949, "ISR": 1948,
    "JOR": 1946, "KWT": 1961, "LAO": 1953, "MYS": 1957, "MDV": 1965, "MMR": 1948, "PRK": 1948, "KOR": 1948,
    "PAK": 1947, "PHL": 1946, "QAT": 1971, "SGP": 1965, "LKA": 1948, "SYR": 1946, "TLS": 2002, "ARE": 1971,
    "VNM": 1954,
    # Europe and the former Soviet Union
    "DEU": 1949, "MLT": 1964, "ARM": 1991, "AZE": 1991, "BLR": 1991, "EST": 1991, "GEO": 1991, "KAZ": 1991,
    "KGZ": 1991, "LVA": 1991, "LTU": 1991, "MDA": 1991, "TJK": 1991, "TKM": 1991, "UKR": 1991, "UZB": 1991,
    "SVN": 1991, "HRV": 1991, "MKD": 1991, "BIH": 1992, "SRB": 2003, "MNE": 2006, "XKX": 2008, "SVK": 1993,
    # The Americas
    "JAM": 1962, "TTO": 1962, "BRB": 1966, "GUY": 1966, "BHS": 1973, "GRD": 1974, "SUR": 1975, "DMA": 1978,
    "LCA": 1979, "VCT": 1979, "BLZ": 1981, "ATG": 1981, "KNA": 1983,
    # Oceania
    "WSM": 1962, "NRU": 1968, "TON": 1970, "FJI": 1970, "PNG": 1975, "SLB": 1978, "TUV": 1978, "KIR": 1979,
    "VUT": 1980, "MHL": 1986, "FSM": 1986, "PLW": 1994,
}

# Stretches [from, to) when a state had no such office at all, or no one in
# it, which are not holes: (state, kind) -> [(from, to)].  Where a ruler held
# the office himself, the lexicon gives it to him instead.
NO_OFFICE = {
    # the army, the navy and the air force had each their own minister until
    # the ministry of defence was made
    ("BRA", "dm"): [("1945-01-01", "1999-06-10")],
    # Argentina's ministry of national defence, abolished after Peron's fall
    # (army, navy and air ministers only) and made again by Frondizi
    ("ARG", "dm"): [("1955-09-21", "1958-05-01")],
    # the People's Revolutionary Military Council commanded until the
    # ministry of national defence was made
    ("CHN", "dm"): [("1949-10-01", "1954-09-28"),
                    # vacant: from Lin Biao's death to Ye Jianying (who ran
                    # the Military Commission's daily work meanwhile), and
                    # from Li Shangfu's removal to Dong Jun
                    ("1971-09-13", "1975-01-17"), ("2023-10-24", "2023-12-29")],
    # the Federal Republic: foreign affairs reserved to the Allied High
    # Commission until the Foreign Office was made again; no armed forces
    # until the Bundeswehr
    ("DEU", "fm"): [("1949-09-20", "1951-03-15")],
    ("DEU", "dm"): [("1949-09-20", "1955-06-07")],
    # from the army ministry's abolition to the National Safety Agency
    ("JPN", "dm"): [("1945-12-01", "1952-08-01")],
    # the Soviet, then the CIS, forces until Russia's own ministry
    ("RUS", "dm"): [("1990-06-12", "1992-03-16")],
    # Syria in the United Arab Republic: the union's ministers in Cairo; and
    # no defence minister after the coup of 28 March 1962 (no government
    # until Bashir al-Azmeh's of 16 April, whose cabinet named none) to its
    # reshuffle of 20 June (whose list is not established); no foreign
    # minister while Selu, head of state and government after Shishakli's
    # coup of November 1951, had the ministries run by their secretaries-general
    # (he held defence himself) until his cabinet of ministers of 9 June 1952
    ("SYR", "fm"): [("1951-12-03", "1952-06-09"), ("1958-02-22", "1961-09-28")],
    ("SYR", "dm"): [("1958-02-22", "1961-09-28"), ("1962-03-28", "1962-06-20")],
    # Syria in the United Arab Republic, whose executive councils of the
    # Syrian region had presidents, not prime ministers; from the transitional
    # government of 29 March 2025 the president heads the government
    ("SYR", "gov"): [("1958-02-22", "1961-09-28"), ("2025-03-29", "9999-12-31")],
    # Iraq under the Coalition Provisional Authority: no Iraqi government from
    # the fall of Baghdad to the Governing Council's cabinet (foreign affairs);
    # the old defence ministry dissolved, the new one made on 2004-04-04
    ("IRQ", "fm"): [("2003-04-09", "2003-09-03")],
    ("IRQ", "dm"): [("2003-04-09", "2004-04-04")],
    # ... and no head of state or prime minister of its own until the interim
    # government (the Governing Council's presidency rotated monthly)
    ("IRQ", "head"): [("2003-04-09", "2004-06-28")],
    ("IRQ", "gov"): [("2003-04-09", "2004-06-28")],
    # Iran: no prime minister from Bazargan's resignation to Rajai (the Council
    # of the Islamic Revolution governed), and no foreign minister from
    # Ghotbzadeh's departure to Khodapanahi, President Banisadr refusing the
    # prime minister's nominees (a vacancy, not a missing entry)
    ("IRN", "gov"): [("1979-11-06", "1980-08-12")],
    # South Korea: the constitutional amendment of 1954 abolished the prime
    # minister until the Second Republic's constitution
    ("KOR", "gov"): [("1954-11-28", "1960-06-15")],
    ("IRN", "fm"): [("1980-08-03", "1981-03-11")],
    # Qatar's armed forces had a commander-in-chief but no ministry until the
    # emir's decree of 1977 made it and named the heir apparent its minister
    ("QAT", "dm"): [("1972-01-01", "1977-05-31")],
    # Yemen's defence minister, captured by the Houthis in March 2015, was
    # not replaced until Hadi's decree of 2018-11-07
    ("YEM", "dm"): [("2015-03-25", "2018-11-07")],
    # Lebanon's presidency vacant, the council of ministers exercising its
    # powers: after Amine Gemayel's term (to Moawad's election), Lahoud's,
    # Sleiman's and Aoun's
    ("LBN", "head"): [("1988-09-22", "1989-11-05"), ("2007-11-23", "2008-05-25"), ("2014-05-25", "2016-10-31"),
                      ("2022-10-30", "2025-01-09")],
    # North Korea named no foreign minister from Paek Nam-sun's death to Pak
    # Ui-chun, and no minister of the People's Armed Forces from O Jin-u's
    # death to Choe Kwang, from Choe Kwang's death to Kim Il-chol, and from
    # Hyon Yong-chol's purge to Pak Yong-sik (months only: the purge was
    # reported in May, Pak first seen in the office in July 2015)
    ("PRK", "fm"): [("2007-01-02", "2007-05-18")],
    ("PRK", "dm"): [("1995-02-25", "1995-10-08"), ("1997-02-21", "1998-09-05"), ("2015-04-30", "2015-07-01")],
    # Pakistan: no prime minister under martial law from Noon's dismissal, under the
    # presidential rule of Ayub (who was prime minister for three days) and
    # Yahya, in Bhutto's presidency before the constitution of 1973, under
    # Zia's martial law, after Zia dismissed Junejo, and under Musharraf as
    # chief executive
    ("PAK", "gov"): [("1958-10-07", "1958-10-24"), ("1958-10-27", "1971-12-07"), ("1971-12-20", "1973-08-14"),
                     ("1977-07-05", "1985-03-23"), ("1988-05-29", "1988-12-02"), ("1999-10-12", "2002-11-23")],
    # Turkey: the junta of 1980-09-12 ruled without a government until
    # Ulusu's, appointed on 09-20 and completed on 09-21
    ("TUR", "gov"): [("1980-09-12", "1980-09-20")],
    ("TUR", "fm"): [("1980-09-12", "1980-09-21")],
    # Turkey had also no minister of national defence named after Alankuş
    # left the junta's second government on 1961-07-03: its cabinet lists give
    # none to its end (who acted for the ministry is not established here)
    ("TUR", "dm"): [("1961-07-03", "1961-11-20"), ("1980-09-12", "1980-09-21")],
    # the prime minister's office abolished by a presidential constitution,
    # until it was made again: Cuba (1976 to 2019), Zimbabwe (the executive
    # presidency from 1987 to the unity government of 2009), Tunisia (from
    # the republic of 1957 to Ladgham), Ghana (the republic of 1960 to the
    # Second Republic), Tanganyika, then Tanzania (the republic of 1962 to
    # Kawawa's appointment in 1972), Senegal (after Mamadou Dia's fall until
    # Abdou Diouf's appointment in 1970)
    # Cuba also had none under Batista's Constitutional Statutes of April 1952
    # until García Montes after the elections of 1954 (Morales del Castillo,
    # called in sources the secretary of the presidency and of the Council of
    # Ministers, was not its head)
    ("CUB", "gov"): [("1952-04-04", "1955-02-24"), ("1976-12-02", "2019-12-21")],
    ("ZWE", "gov"): [("1987-12-31", "2009-02-11")],
    ("TUN", "gov"): [("1957-07-25", "1969-11-07"), ("2021-07-25", "2021-10-11")],
    ("GHA", "gov"): [("1960-07-01", "1969-10-01")],
    ("TZA", "gov"): [("1962-12-09", "1972-02-17")],
    ("SEN", "gov"): [("1962-12-17", "1970-02-26"),
                     # abolished by Diouf in 1983 and made again in 1991;
                     # abolished by Sall in 2019, made again in December
                     # 2021 and left unfilled until Amadou Ba
                     ("1983-04-29", "1991-04-08"), ("2019-05-14", "2022-09-17")],
    # Cameroon: none of the federal republic's own (the federated states had
    # theirs) and vacant after the unitary state of 1972 until Biya;
    # abolished by Biya in 1984, made again in 1991
    ("CMR", "gov"): [("1961-10-01", "1975-06-30"), ("1984-01-25", "1991-04-26")],
    # Sudan: abolished when the Revolutionary Command Council was dissolved
    # and made again in 2017; none under the Transitional Military Council
    ("SDN", "gov"): [("1993-10-16", "2017-03-02"), ("2019-04-11", "2019-08-21")],
    # Mali: none under Modibo Keïta, who headed the government as president,
    # nor under Moussa Traoré but for Diakité (1968-1969) and Dembélé
    # (1986-1988), until the transition of 1991; none under the juntas of
    # 2012 and 2020 until the transitional governments
    ("MLI", "gov"): [("1960-09-22", "1968-11-19"), ("1969-09-19", "1986-06-06"), ("1988-06-06", "1991-04-02"),
                     ("2012-03-22", "2012-04-17"), ("2020-08-18", "2020-09-27")],
    # more prime ministers' offices abolished or left empty under military or
    # presidential rule: Chad's after Habré (to 1991) and under the
    # constitution of 2018 (to the transitional council's appointment),
    # Myanmar's under the constitution of 2008 (to Min Aung Hlaing),
    # Upper Volta's under Lamizana from 1974, after Zerbo's coup and from
    # Sankara's arrest to 1992, São Tomé's after Trovoada's dismissal,
    # Lesotho's under the military government, Cambodia's before Pen Sovan
    ("TCD", "gov"): [("1960-08-11", "1978-08-29"), ("1979-03-23", "1991-03-04"), ("2018-05-04", "2021-04-26")],
    ("MMR", "gov"): [("2011-03-30", "2021-08-01")],
    ("BFA", "gov"): [("1960-08-05", "1971-02-13"), ("1974-02-08", "1978-07-07"), ("1980-11-25", "1983-01-10"), ("1983-05-17", "1992-06-16")],
    ("STP", "gov"): [("1979-04-09", "1988-01-08")],
    ("LSO", "gov"): [("1986-01-20", "1993-04-02")],
    ("KHM", "gov"): [("1979-01-07", "1981-06-27")],
    # Bangladesh: none after Mujib's assassination, under Ershad's martial
    # law, after Ataur Rahman Khan resigned, under Shahabuddin Ahmed's interim
    # government, and under the caretaker governments, whose chief advisers
    # hold lex:Leader
    ("BGD", "gov"): [("1975-08-15", "1979-04-15"), ("1982-03-24", "1984-03-30"), ("1985-01-01", "1986-07-09"),
                     ("1990-12-06", "1991-03-20"), ("1996-03-30", "1996-06-23"), ("2001-07-15", "2001-10-10"),
                     ("2006-10-29", "2009-01-06")],
    # heads of government made late, or abolished for long stretches (issue 14):
    # Saudi Arabia's council of ministers, made by Abdulaziz's decree of 1953;
    # Andorra's, by the reform of 1981; Palestine's, by the amended Basic Law of
    # 2003; Haiti's, by the constitution of 1987 (and none from Namphy's coup of
    # June 1988 to Préval); South Vietnam's under Diem's presidential republic;
    # Ethiopia's vacant after Abebe Aregai's death and abolished under the Derg
    # (to the People's Democratic Republic); Afghanistan's under Daoud's
    # presidential constitution of 1977 (to Taraki's government; known to the
    # month only) and after the Taliban (the interim administration and the
    # constitution of 2004 had none); the
    # Congo's under Mobutu from 1966 to the first state commissioner of 1977
    # (and the months of 1986-1987), and under the Kabilas and the transition of
    # 2003-2006 until Gizenga; and in Africa the presidential republics that
    # followed independence: the Central African Republic (to Bokassa's
    # appointment of Domitien; vacant in 1976 and 1980, and abolished by
    # Kolingba until 1991), Chad (to Habré), Côte d'Ivoire (to Ouattara, and
    # under Guéï's junta until Diarra), Gabon (from Léon M'ba's presidency,
    # February 1961, to Mébiame), Niger (to Mamane Oumarou, and from its
    # abolition in December 1989 to Mahamidou), Rwanda (to Nsanzimana), Togo
    # (Olympio's presidential constitution of 1961 to the National Conference's
    # Koffigoh) and Upper Volta (to Gérard Kango Ouédraogo)
    ("SAU", "gov"): [("1945-01-01", "1953-10-09")],
    # Bhutan: none while the king governed with a Gongzim (the chief
    # chamberlain, an office of the Dorji family) before it was raised to
    # that of prime minister in 1958 (the day not known: the year's first);
    # vacant after Jigme Palden Dorji's assassination, and abolished after
    # Lhendup Dorji's acting months until the chairmen of 1998
    # Grenada: none from Bishop's murder (the Revolutionary Military Council,
    # then the governor-general's interim council) to Blaize; Sierra Leone:
    # none under the juntas of 1967-1968 until Stevens's restoration
    ("GRD", "gov"): [("1983-10-19", "1984-12-04")],
    ("SLE", "gov"): [("1967-03-21", "1968-04-26")],
    ("BTN", "gov"): [("1945-01-01", "1958-01-01"), ("1964-04-05", "1964-07-25"), ("1964-11-27", "1998-07-20"), ("2013-04-20", "2013-07-27"),
                     ("2018-08-09", "2018-11-07"), ("2023-10-31", "2024-01-28")],
    # Oman: no prime minister before Qaboos named his uncle Tariq in 1970
    ("OMN", "gov"): [("1945-01-01", "1970-08-14")],
    ("AND", "gov"): [("1945-01-01", "1982-01-08")],
    ("PSE", "gov"): [("1945-01-01", "2003-03-19")],
    ("HTI", "gov"): [("1945-01-01", "1988-02-09"), ("1988-06-20", "1991-02-13"), ("1993-06-01", "1993-08-30"),
                     ("1997-10-20", "1999-03-26")],
    ("RVN", "gov"): [("1955-10-26", "1963-11-01")],
    ("ETH", "gov"): [("1960-12-15", "1961-04-17"), ("1974-09-12", "1987-09-10")],
    # Afghanistan also had none in the civil war of 1992-1993: from
    # Najibullah's fall (Mojaddedi's interim presidency named no prime
    # minister) to Farid, and from Farid's dismissal to Hekmatyar under the
    # Islamabad Accord
    ("AFG", "gov"): [("1977-02-01", "1978-05-01"), ("1992-04-16", "1992-07-06"), ("1992-08-15", "1993-06-17"),
                     ("2001-12-22", "2021-09-07")],
    # Monaco: no minister of state between Voizard's departure and Soum's
    # appointment (the lists, which name the acting ministers of 1918-1949
    # and 1962-1963, give none for these weeks)
    ("MCO", "gov"): [("1953-09-02", "1953-11-15")],
    # (and none named from Birindwa's resignation under the accord of January
    # 1994 that made the High Council of the Republic-Transitional Parliament
    # until it elected Kengo, on 14 June, and he took office)
    ("COD", "gov"): [("1966-10-26", "1977-07-06"), ("1986-10-31", "1987-01-22"), ("1994-01-14", "1994-07-06"),
                     ("1997-05-17", "2006-12-30")],
    # Somalia: none under Siad Barre until Samatar, and vacant from Umar Arteh
    # Ghalib's end to the Transitional National Government
    ("SOM", "gov"): [("1969-10-21", "1987-02-01"), ("1993-05-01", "2000-10-08")],
    ("CAF", "gov"): [("1960-08-14", "1975-01-02"), ("1976-04-08", "1976-09-05"), ("1980-08-23", "1980-11-12"),
                     ("1981-09-01", "1991-03-15")],
    ("CIV", "gov"): [("1960-11-27", "1990-11-07"), ("1999-12-24", "2000-05-18")],
    ("GAB", "gov"): [("1961-02-12", "1975-04-16")],
    ("NER", "gov"): [("1960-11-10", "1983-01-24"), ("1989-12-20", "1990-03-02")],
    ("RWA", "gov"): [("1962-07-01", "1991-10-12")],
    ("TGO", "gov"): [("1961-04-01", "1991-08-27")],
    # Guinea-Bissau: none while Vieira's Revolutionary Council governed after
    # his coup, until Saúde Maria, and abolished after Saúde Maria's fall
    # until Correia; Equatorial Guinea: none from independence (Macías, then
    # Obiang's Supreme Military Council, governed alone) until the
    # constitution of 1982; the Comoros: abolished by Abdallah until 1992,
    # vacant after Taki's dismissal (to Halidi), none while Taki's State
    # Transition Commission replaced the government after the secession of
    # Anjouan and Mohéli (Abdou's dismissal of September 1997 to Bourhane) nor
    # in Taki's government of May 1998 (to Djoussouf) nor while Azali headed the government after his
    # coup (to Tarmidi), and abolished by the Union's constitution of 2002
    ("GNB", "gov"): [("1980-11-14", "1982-05-14"), ("1984-03-10", "1991-12-27")],
    ("GNQ", "gov"): [("1968-10-12", "1982-08-15")],
    ("COM", "gov"): [("1984-12-31", "1992-01-07"), ("1992-07-15", "1993-01-01"), ("1997-09-09", "1997-12-07"),
                     ("1998-05-30", "1998-11-22"),
                     ("1999-04-30", "1999-12-02"), ("2002-04-15", "9999-12-31")],
    # Heads of state that are no one person (issue 14): San Marino's two
    # captains regent, a collective head for six months (only some pairs are
    # listed); Andorra's two co-princes, ex officio France's head of state and
    # the Bishop of Urgell, whom the lexicon gives no co-princely term (both to
    # this day)
    ("SMR", "head"): [("1945-01-01", "9999-12-31")],
    ("AND", "head"): [("1945-01-01", "9999-12-31")],
    # no Palestinian body with a head until the PLO's chairman (the Mandate,
    # then the West Bank under Jordan and Gaza under Egypt; the All-Palestine
    # Government of Gaza was Egypt's and had none of its own)
    ("PSE", "head"): [("1945-01-01", "1964-05-28")],
    # Syria in the United Arab Republic, whose president was Nasser's
    ("SYR", "head"): [("1958-02-22", "1961-09-28")],
    # Somalia with no government: from the Sodere conference of January 1997,
    # whose National Salvation Council was led jointly, to the Arta
    # conference's president of the Transitional National Government
    ("SOM", "head"): [("1997-01-03", "2000-08-27")],
    # Libya's rival legislatures, then the Presidential Council of the Libyan
    # Political Agreement (its nine members the head of state together), until
    # the Presidential Council of 2021 and its chairman
    ("LBY", "head"): [("2014-08-04", "2021-03-15")],
    # Swaziland's regency for the heir, from Sobhuza II's death to Mswati
    # III's coronation: Queen Regent Dzeliwe, deposed in August 1983, then
    # Queen Regent Ntombi; no monarch reigned
    ("SWZ", "head"): [("1982-08-21", "1986-04-25")],
    # Rhodesia from the declaration of independence to the republic: the
    # regime's "Queen of Rhodesia" never accepted the title, an officer
    # administering the government acting for her; and the colony again,
    # under a British governor, from Zimbabwe Rhodesia's end to independence
    ("RHO", "head"): [("1965-11-11", "1970-03-02"), ("1979-12-11", "1980-04-18")],
    # Heads held by juntas, councils or commissions (collective), or vacant
    # with their powers exercised by others (issue 14): Austria annexed to
    # Germany until the provisional government of 27 April 1945, whose cabinet
    # council exercised the head's powers until Renner's election, and after
    # each president's death or term's end the federal government (to 1974) or
    # the National Council's presidium (2016-2017); Hungary's High National
    # Council of the provisional government; Iceland's commission (the prime
    # minister, the speaker and the chief justice) after Sveinn Björnsson's
    # death; Ireland's Presidential Commission after Robinson's resignation;
    # Slovakia's vacant presidency after Kováč, its powers exercised by the
    # government and the speaker; Czechoslovakia's after Havel's resignation;
    # Sudan's Sovereignty Councils of independence and of 1964-1965; Uganda's
    # Military and Presidential Commissions after Binaisa; Burundi's after
    # Ndadaye's murder (Kinigi's government); the Comoros's Politico-Military
    # Directorate after the mercenaries' coup of 1978, then the co-presidency
    # of Abdallah and Mohamed Ahmed; Togo's before the presidential
    # constitution of 1961 (Olympio was prime minister); Liberia's after Doe's
    # death (rival claimants until Sawyer's interim government); Algeria's
    # before the constitution of 1963 (Ben Bella headed the government); the
    # Congo's provisional government after Youlou's fall; Cambodia's regency
    # council after King Suramarit's death; Georgia's Military Council after
    # Gamsakhurdia's flight; Kiribati's Council of State before Tito and before
    # Tong; and in the Americas Guatemala's revolutionary junta of 1944-1945,
    # Haiti's military juntas of 1946 and 1950, its Executive Government
    # Council and Kébreau's military council of 1957, and none after Moïse's
    # assassination (Henry's government exercised the office) to the
    # Transitional Presidential Council, Honduras's junta of 1956-1957, El
    # Salvador's juntas (to Osorio, to Cordón, to Duarte's presidency of the
    # junta), Nicaragua's Junta of National Reconstruction before Ortega
    # coordinated it (after Urcuyo's two days), the Dominican triumvirate of
    # 1963 and the rival governments of the war of 1965, Bolivia's
    # co-presidency of Barrientos and Ovando, and Brazil's junta of the three
    # military ministers after Costa e Silva's stroke
    ("AUT", "head"): [("1945-01-01", "1945-12-20"), ("1950-12-31", "1951-06-21"), ("1957-01-04", "1957-05-22"),
                      ("1965-02-28", "1965-06-09"), ("1974-04-24", "1974-07-08"), ("2016-07-08", "2017-01-26")],
    ("HUN", "head"): [("1945-01-01", "1946-02-01")],
    ("ISL", "head"): [("1952-01-25", "1952-08-01")],
    ("IRL", "head"): [("1997-09-12", "1997-11-11")],
    ("SVK", "head"): [("1998-03-02", "1999-06-15")],
    ("CSK", "head"): [("1992-07-20", "1993-01-01")],
    ("SDN", "head"): [("1956-01-01", "1958-11-17"), ("1964-11-16", "1965-07-10")],
    ("UGA", "head"): [("1980-05-12", "1980-12-17")],
    ("BDI", "head"): [("1993-10-21", "1994-02-05")],
    ("COM", "head"): [("1978-05-13", "1978-10-01")],
    ("TGO", "head"): [("1960-04-27", "1961-04-01")],
    ("LBR", "head"): [("1990-09-09", "1990-11-22")],
    ("DZA", "head"): [("1962-07-05", "1963-09-15")],
    ("COG", "head"): [("1963-08-15", "1963-12-19")],
    ("KHM", "head"): [("1960-04-03", "1960-06-20")],
    ("GEO", "head"): [("1992-01-06", "1992-03-10")],
    ("KIR", "head"): [("1994-05-24", "1994-10-01"), ("2003-03-28", "2003-07-10")],
    ("GTM", "head"): [("1944-10-20", "1945-03-15")],
    ("HTI", "head"): [("1946-01-11", "1946-08-16"), ("1950-05-10", "1950-12-06"), ("1957-04-03", "1957-05-25"), ("1957-06-14", "1957-10-22"),
                      ("2021-07-07", "2024-04-30")],
    ("HND", "head"): [("1956-10-21", "1957-12-21")],
    ("SLV", "head"): [("1948-12-14", "1950-09-14"), ("1960-10-26", "1962-01-25"), ("1979-10-15", "1980-12-22")],
    ("NIC", "head"): [("1979-07-17", "1981-03-04")],
    ("DOM", "head"): [("1963-09-25", "1963-12-22"), ("1965-04-25", "1965-09-03")],
    ("BOL", "head"): [("1965-05-26", "1966-01-02")],
    ("BRA", "head"): [("1969-08-31", "1969-10-30")],
    # Heads of government absent (issue 14): Austria's before the provisional
    # government; Denmark's after the government stopped work on 29 August 1943
    # (the permanent secretaries ran the ministries) until the liberation;
    # Thailand's under Sarit's Revolutionary Council and Prayut's National
    # Council for Peace and Order (each leader holds lex:Leader); Kyrgyzstan's
    # under Otunbayeva's interim government and presidency until the parliament
    # of 2010 chose Atambayev; Fiji's after Rabuka's coups until Mara's interim
    # government; Suriname's after Neyhorst's government resigned over the
    # December murders; and, with those states' entries above, Tunisia's after
    # Saied dismissed Mechichi and took the executive himself, Haiti's vacant
    # after Bazin's resignation and after Smarth's (his caretaker months
    # included) until Alexis, and Bhutan's between parliaments, under the
    # interim governments of a chief adviser
    ("AUT", "gov"): [("1945-01-01", "1945-04-27")],
    ("DNK", "gov"): [("1943-08-29", "1945-05-05")],
    ("THA", "gov"): [("1958-10-20", "1959-02-09"), ("2014-05-22", "2014-08-24")],
    ("KGZ", "gov"): [("2010-04-07", "2010-12-17")],
    ("FJI", "gov"): [("1987-05-14", "1987-12-05")],
    ("SUR", "gov"): [("1982-12-09", "1983-02-26")],
    # Kenya: the prime minister's office merged into the presidency by the
    # republic of 1964, until the National Accord of 2008 made it again
    ("KEN", "gov"): [("1964-12-12", "2008-04-17")],
    # Zambia: none under Kaunda's presidential constitution of independence
    # until the one-party constitution of 1973 made the office
    ("ZMB", "gov"): [("1964-10-24", "1973-08-25")],
    # the Philippines: none under the presidential constitution of 1935, nor
    # under that of 1973 until the interim legislature elected Marcos
    ("PHL", "gov"): [("1946-07-04", "1978-06-12")],
    # Mozambique: none from independence until the office was made in 1986
    ("MOZ", "gov"): [("1975-06-25", "1986-07-17")],
    # Angola: abolished by Neto in 1978 and made again in 1991; vacant from
    # Van-Dúnem's second term to Piedade dos Santos
    ("AGO", "gov"): [("1978-12-09", "1991-07-19"), ("1999-01-29", "2002-12-06")],
    # Burundi: vacant after Bamina's fall and after Biha's, until the next
    # appointment; none while Micombero headed the government himself, from
    # the republic to Nyamoya and after Nyamoya's dismissal, nor under Bagaza
    # from 1978 to Sibomana; abolished by the transitional constitution of
    # 1998 until the constitution of 2018 made it again
    ("BDI", "gov"): [("1965-09-30", "1965-10-13"), ("1966-07-08", "1966-07-11"),
                     ("1966-11-28", "1972-07-15"), ("1973-06-05", "1976-11-12"),
                     ("1978-10-13", "1988-10-19"), ("1998-06-12", "2020-06-23")],
    # Guinea: none until the ruling party's congress made the office in 1972;
    # abolished by the military committee in December 1984 until Conte's
    # appointment of 1996; vacant after Fall's resignation, after Diallo's
    # dismissal, under the junta before Mohamed Beavogui and between
    # Goumou's government's dissolution and Bah Oury
    ("GIN", "gov"): [("1958-10-02", "1972-04-26"), ("1984-12-18", "1996-07-09"),
                     ("2004-04-30", "2004-12-09"), ("2006-04-05", "2007-03-01"),
                     ("2021-09-05", "2021-10-07"), ("2024-02-19", "2024-02-27")],
    # Madagascar: none while Tsiranana headed the government himself, until
    # he named Ramanantsoa; none under the military directorate of 1975 until
    # Rakotomalala; vacant after Rakotomalala's death and after Ntsay's
    # dismissal
    ("MDG", "gov"): [("1960-06-26", "1972-05-18"), ("1975-02-05", "1976-01-11"),
                     ("1976-07-30", "1976-08-11"), ("2025-09-29", "2025-10-06")],
    # Congo-Brazzaville: none while Youlou headed the government himself, nor
    # while Massamba-Debat did after Noumazalaye's dismissal; abolished by the
    # people's republic's constitution of 1969 until Lopes; none from the
    # civil war of 1997, when Sassou Nguesso headed the government, to Mvouba,
    # nor under the constitution of 2009 until that of 2015 made it again
    ("COG", "gov"): [("1960-08-15", "1963-08-16"), ("1968-01-12", "1968-08-04"),
                     ("1969-12-30", "1973-07-28"), ("1997-10-15", "2005-01-07"),
                     ("2009-09-15", "2016-04-23")],
    # Mauritania: abolished by the presidential constitution of 1961 until
    # the military committee made it again in 1979
    ("MRT", "gov"): [("1961-08-20", "1979-04-06")],
    # Presidential systems (issue 14): the president is head of state and of
    # government, and there has been no prime minister since 1945 (or
    # independence), so "the head of government" is the president (see
    # head_of_government_rank() in src/lexicon.c).  Argentina's chief of the
    # cabinet of ministers (since 1995) and Venezuela's executive vice
    # president (since 1999) coordinate the cabinet but do not head the
    # government; Uruguay's National Council of Government (1952-1967) was a
    # collegiate head of state and of government.  Brazil had Presidents of
    # the Council of Ministers only under the parliamentary amendment of
    # September 1961, until the plebiscite of January 1963 restored the
    # presidential system.
    ("ARG", "gov"): [("1945-01-01", "9999-12-31")],
    ("BOL", "gov"): [("1945-01-01", "9999-12-31")],
    ("BRA", "gov"): [("1945-01-01", "1961-09-08"), ("1963-01-24", "9999-12-31")],
    ("CHL", "gov"): [("1945-01-01", "9999-12-31")],
    ("COL", "gov"): [("1945-01-01", "9999-12-31")],
    ("CRI", "gov"): [("1945-01-01", "9999-12-31")],
    ("DOM", "gov"): [("1945-01-01", "9999-12-31")],
    ("ECU", "gov"): [("1945-01-01", "9999-12-31")],
    ("GTM", "gov"): [("1945-01-01", "9999-12-31")],
    ("HND", "gov"): [("1945-01-01", "9999-12-31")],
    ("MEX", "gov"): [("1945-01-01", "9999-12-31")],
    ("NIC", "gov"): [("1945-01-01", "9999-12-31")],
    ("PAN", "gov"): [("1945-01-01", "9999-12-31")],
    ("PRY", "gov"): [("1945-01-01", "9999-12-31")],
    ("SLV", "gov"): [("1945-01-01", "9999-12-31")],
    ("URY", "gov"): [("1945-01-01", "9999-12-31")],
    ("USA", "gov"): [("1945-01-01", "9999-12-31")],
    ("VEN", "gov"): [("1945-01-01", "9999-12-31")],
    # ... and the presidential republics elsewhere, from independence: Cyprus,
    # Botswana (Seretse Khama was the protectorate's prime minister before
    # independence), Liberia, Turkmenistan, Eritrea, South Sudan (its first
    # vice president is no head of government), and in the Pacific Kiribati,
    # the Marshall Islands, Nauru, the Federated States of Micronesia and
    # Palau, whose presidents are chosen by or answer to the legislature but
    # head the cabinet themselves
    ("CYP", "gov"): [("1945-01-01", "9999-12-31")],
    ("BWA", "gov"): [("1945-01-01", "9999-12-31")],
    ("LBR", "gov"): [("1945-01-01", "9999-12-31")],
    ("TKM", "gov"): [("1945-01-01", "9999-12-31")],
    ("ERI", "gov"): [("1945-01-01", "9999-12-31")],
    ("SSD", "gov"): [("1945-01-01", "9999-12-31")],
    ("KIR", "gov"): [("1945-01-01", "9999-12-31")],
    ("MHL", "gov"): [("1945-01-01", "9999-12-31")],
    ("NRU", "gov"): [("1945-01-01", "9999-12-31")],
    ("FSM", "gov"): [("1945-01-01", "9999-12-31")],
    ("PLW", "gov"): [("1945-01-01", "9999-12-31")],
    # No single head of government: Switzerland's Federal Council governs as a
    # college (its yearly president is first among equals); San Marino's
    # Congress of State is presided over by the captains regent (its secretary
    # of state for foreign affairs is no prime minister); the Vatican City's
    # government is the pope's, through the Pontifical Commission
    ("CHE", "gov"): [("1945-01-01", "9999-12-31")],
    ("SMR", "gov"): [("1945-01-01", "9999-12-31")],
    ("VAT", "gov"): [("1945-01-01", "9999-12-31")],
    # the Maldives: none under the republic of 1968 until Nasir named Ahmed
    # Zaki, nor after he dismissed Zaki and abolished the office in 1975;
    # Seychelles: abolished by René's coup of 1977
    ("MDV", "gov"): [("1968-11-11", "1972-08-01"), ("1975-03-06", "9999-12-31")],
    ("SYC", "gov"): [("1977-06-05", "9999-12-31")],
    # Benin (Dahomey): abolished by the presidential constitution after Maga
    # (from the counted start, 1961), after the army's intervention of 1965
    # and under the military and people's republic until the National
    # Conference chose Soglo; none under the constitution of 1990 but for
    # Houngbédji, Koupaki and Zinsou
    # Sri Lanka: no prime minister from Premadasa's becoming president until
    # he named Wijetunga after the parliamentary election of February 1989
    # (appointed on 3 March by most records; his term here begins on the 6th)
    ("LKA", "gov"): [("1989-01-02", "1989-03-06")],
    ("BEN", "gov"): [("1961-01-01", "1964-01-25"), ("1965-11-29", "1967-12-21"), ("1968-07-17", "1990-03-12"),
                     ("1991-04-04", "1996-04-09"), ("1998-05-14", "2011-05-28"), ("2013-08-11", "2015-06-18"),
                     ("2016-04-06", "9999-12-31")],
}

NT = re.compile(r'^(\S+) <([^>]*)> (.*) \.$')


def repeated_no_office_keys(path):
    """The keys written more than once in the NO_OFFICE literal of the
    script at path, each with the lines it is written on."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    lines = collections.defaultdict(list)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
                and any(isinstance(t, ast.Name) and t.id == "NO_OFFICE" for t in node.targets)):
            for k in node.value.keys:
                lines[ast.literal_eval(k)].append(k.lineno)
    return {k: v for k, v in lines.items() if len(v) > 1}


def triples(path):
    """The statements of one Turtle file, blank nodes made unique to it."""
    out = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", path], check=True,
                         capture_output=True, text=True).stdout
    tag = os.path.basename(path)
    for line in out.splitlines():
        m = NT.match(line)
        if not m:
            continue
        s, p, o = m.groups()
        if s.startswith("_:"):
            s = tag + s
        if o.startswith("_:"):
            o = tag + o
        elif o.startswith("<"):
            o = o[1:-1]
        else:
            o = o[1:o.rindex('"')] if o.startswith('"') else o
        yield s.strip("<>"), p, o


def local(iri, ns):
    return iri[len(ns):] if iri.startswith(ns) else iri


def day(s):
    return datetime.date.fromisoformat(s)


def holes(spans, start, end, min_days):
    """The stretches of [start, end) of at least min_days no span covers."""
    out, at = [], start
    for a, b in sorted(spans):
        if b <= at:
            continue
        if a > at and (a - at).days >= min_days:
            out.append((at, a))
        at = max(at, a, b)
        if at >= end:
            break
    if at < end and (end - at).days >= min_days:
        out.append((at, end))
    return out


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    script = args[0] if "--check" in argv and args else os.path.abspath(__file__)
    dups = repeated_no_office_keys(script)
    for k, at in sorted(dups.items()):
        print("%s: NO_OFFICE key %s written on lines %s; merge its stretches into one entry" %
              (script, k, ", ".join(map(str, at))), file=sys.stderr)
    if dups:
        return 1
    if "--check" in argv:
        return 0
    min_days = 60
    if "--min-days" in argv:
        min_days = int(argv[argv.index("--min-days") + 1])
        args = [a for a in args if a != str(min_days)]
    folder = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ontology",
                                               "lexicon")
    types = collections.defaultdict(set)
    props = collections.defaultdict(lambda: collections.defaultdict(list))
    bodies = 0
    for path in sorted(glob.glob(os.path.join(folder, "*.ttl"))):
        if os.path.basename(path) == "states.ttl":
            # The bodies are the lex:metonym statements of the section that
            # begins "# Bodies that act for their state" and runs to the next
            # section's rule of dashes.
            with open(path, encoding="utf-8") as f:
                text = f.read()
            a = text.find("# Bodies that act for their state")
            b = text.find("# ----", a)
            if a >= 0:
                sect = text[a:b if b > a else len(text)]
                sect = "\n".join(l for l in sect.splitlines() if not l.lstrip().startswith("#"))
                bodies = len(re.findall(r'"[^"]*"', sect))
        for s, p, o in triples(path):
            if p == RDF_TYPE:
                types[s].add(o)
            else:
                props[s][p].append(o)

    def of_type(t):
        return [s for s, ts in types.items() if GEO + t in ts]

    people = of_type("Person")
    holders = [s for s in people if props[s].get(LEX + "holds")]
    terms = sum(len(props[s].get(LEX + "holds", [])) for s in people)
    states = of_type("Country")
    dissolved = [s for s in states if props[s].get(LEX + "end")]
    print("people:            %d" % len(people))
    print("  holding offices: %d" % len(holders))
    print("terms of office:   %d" % terms)
    print("states:            %d (%d current, %d dissolved)" % (len(states), len(states) - len(dissolved),
                                                              len(dissolved)))
    print("organizations:     %d" % len(of_type("Organization")))
    print("armed groups:      %d" % len(of_type("ArmedGroup")))
    print("communities:       %d" % len(of_type("Community")))
    print("state-linked bodies (names): %d" % bodies)
    print("places:            %d" % len(of_type("Place")))
    air = [p for p in of_type("Place")
           if re.search(r"airport|air base|airbase|airfield|^RAF ", " ".join(props[p].get(RDFS_LABEL, []) + props[p].get(SKOS_ALT, [])), re.I)]
    print("  airports and air bases: %d" % len(air))
    # Memberships: the lex:member nodes of organizations; a current one has
    # no lex:end.
    member_orgs = [s for s in props if props[s].get(LEX + "member")]
    members = [m for s in member_orgs for m in props[s][LEX + "member"]]
    current = [m for m in members if not props[m].get(LEX + "end")]
    print("memberships:       %d (%d current, %d ended) in %d organizations" %
          (len(members), len(current), len(members) - len(current), len(member_orgs)))
    if "--gaps" not in argv and "--coverage" not in argv:
        return 0
    gaps = "--gaps" in argv

    today = datetime.date.today()
    spans = collections.defaultdict(list)  # (state, kind) -> [(start, end)]
    for s in holders:
        for node in props[s][LEX + "holds"]:
            n = props[node]
            office = local(n.get(LEX + "office", [""])[0], LEX)
            of = local(n.get(LEX + "of", [""])[0], ID)
            if not n.get(LEX + "start"):
                continue
            a = day(n[LEX + "start"][0])
            b = day(n[LEX + "end"][0]) if n.get(LEX + "end") else today
            kind = ("head" if office in HEAD else "gov" if office in GOV else "fm" if office == "ForeignMinister"
                    else "dm" if office == "DefenceMinister" else None)
            if kind:
                spans[(of, kind)].append((a, b))
    total = collections.Counter()
    no_gov = []  # states without a single head-of-government term
    for st in sorted(local(s, ID) for s in states):
        p = props[ID + st]
        start = max(day("1945-01-01"),
                    day(p[LEX + "start"][0]) if p.get(LEX + "start") else day("1945-01-01"),
                    datetime.date(INDEPENDENCE[st] + 1, 1, 1) if st in INDEPENDENCE else day("1945-01-01"))
        end = day(p[LEX + "end"][0]) if p.get(LEX + "end") else today
        kinds = ["head", "gov"] + (["fm", "dm"] if st in MINISTER_STATES else [])
        for kind in kinds:
            sp = spans.get((st, kind), [])
            none = [(day(x), day(y)) for x, y in NO_OFFICE.get((st, kind), [])]
            if not gaps:
                if kind in ("fm", "dm") and start < end:
                    hole = sum((b - a).days for a, b in holes(sp + none, start, end, 1))
                    days = (end - start).days - sum((min(b, end) - max(a, start)).days for a, b in none
                                                    if min(b, end) > max(a, start))
                    print("%s\t%s\t%.0f%%" % (st, kind, 100.0 * (1 - hole / days) if days else 100.0))
                continue
            a, b = start, end
            if kind == "gov":
                # presidential systems without the office stay out; where it
                # ended, it is counted to its last holder's last day
                if not sp:
                    # unless NO_OFFICE says there was none at all
                    if holes(none, a, b, 1):
                        no_gov.append(st)
                    continue
                b = min(b, max(y for _, y in sp))
            if a >= b:
                continue
            for h in holes(sp + none, a, b, min_days):
                d = (h[1] - h[0]).days
                total[kind] += d
                print("%s\t%s\t%s\t%s\t%d days" % (st, kind, h[0], h[1], d))
    if gaps:
        print("uncovered days: " + ", ".join("%s %d" % kv for kv in sorted(total.items())), file=sys.stderr)
        # Not holes but not known either: a presidential system, or prime
        # ministers the lexicon lacks (these are not in the count above).
        print("no head-of-government term (%d states, not counted above): %s" % (len(no_gov), " ".join(no_gov)),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
