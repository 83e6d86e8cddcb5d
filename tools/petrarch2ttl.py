#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Converts the PETRARCH-2 / Phoenix actor dictionaries into geordf lexicon Turtle.

Usage:
    tools/petrarch2ttl.py DICTIONARY_DIR [OUT_DIR] [--report]

DICTIONARY_DIR holds the CAMEO/Phoenix dictionaries of PETRARCH-2 (the Open
Event Data Alliance's event coder, MIT licence): Phoenix.Countries.actors.txt,
Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt.  OUT_DIR
(default: ontology/lexicon beside this script) gets

    petrarch-places.ttl         cities, provinces and regions, each located in
                                its state (never standing for it: only the
                                hand-made capitals do)
    petrarch-people.ttl         people with their nationality and dated
                                affiliations (lex:served) to a state
    petrarch-organizations.ttl  intergovernmental organizations
    petrarch-groups.ttl         armed non-state groups, based in a state

It is run by hand, not at build time: its output is committed.  It needs
Python 3 and its standard library only.  It reads the hand-made lexicon
files in OUT_DIR (states.ttl, places.ttl, people.ttl and the regional
people-*.ttl, organizations.ttl, weapons.ttl) so
that a name they already give is never given again (the hand-made entry
wins), and the project's English treebank (data/treebank/*.conllu.gz) to
recognise ordinary English words, which never become a name of their own.
--report prints what was kept and dropped, on standard error.

One person under two spellings in the dictionaries is made one IRI with
every name and term (merge_spellings, names_alike); a spelling of a
hand-made person gives its names and terms to the hand-made IRI; SAME_ENTRY
makes one person of entries whose terms lie apart.  CODE_FIX gives entries
filed under another state's code (Guinea-Bissau's under Guinea's,
Mauritania's under Mauritius's) their own.  Armed groups whose codes name
only a region get their state from GROUP_STATE; NOT_GROUPS leaves out
entries that are no armed group.

The dictionary codes say which state or organization a person acted for and
when ("[USAGOV 20010120-20090120]": in the US government from 2001-01-20 to
2009-01-20); they do not say which office, so the people get lex:served
terms, not lex:holds.
"""

import collections
import datetime
import glob
import gzip
import os
import re
import sys
import unicodedata

# ---- The dictionaries --------------------------------------------------------


class Entry:
    def __init__(self, name, line, source):
        self.names = [name]     # raw names: the entry's own, then its synonyms
        self.codes = []         # (code, start, end): dates "YYYY-MM-DD" or ""
        self.line = line
        self.source = source
        self.comments = []      # the comment of each name, "" if none


def norm_raw(s):
    """A dictionary name: words joined by '_', without the trailing '_'."""
    s = s.strip().replace(" ", "_")
    s = re.sub(r"_+", "_", s).strip("_")
    return s


def parse_date(s):
    """YYMMDD or YYYYMMDD as YYYY-MM-DD; "" when not a date."""
    if not re.fullmatch(r"\d{6}|\d{8}", s):
        return ""
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy < 30 else "19") + s
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    if not (1800 <= y <= 2030 and 1 <= m <= 12 and 1 <= d <= 31):
        return ""
    return "%04d-%02d-%02d" % (y, m, d)


def parse_codes(text):
    out = []
    for m in re.finditer(r"\[([^\]]*)\]", text):
        parts = m.group(1).split()
        if not parts:
            continue
        code, start, end = parts[0], "", ""
        if len(parts) > 1:
            span = "".join(parts[1:])
            if span.startswith(">"):
                start = parse_date(span[1:])
            elif span.startswith("<"):
                end = parse_date(span[1:])
            elif "-" in span:
                a, b = span.split("-", 1)
                start, end = parse_date(a), parse_date(b)
        out.append((code, start, end))
    return out


def parse_actors(path):
    entries = []
    cur = None
    with open(path, "rb") as f:
        prev_name = False
        for no, raw in enumerate(f, 1):
            # UTF-8 ("ERDO\u011eAN"), else Latin-1, line by line.
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("latin-1")
            line = line.rstrip("\n")
            was_name, prev_name = prev_name, False
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            prev_name = line[0] not in " \t"
            body, _, comment = line.partition("#")
            if line[0] in " \t":
                if cur is not None:
                    cur.codes += parse_codes(body)
                continue
            if line[0] == "+":
                if cur is None:
                    continue
                name = norm_raw(re.sub(r"\[.*", "", body[1:]))
                if name:
                    cur.names.append(name)
                    cur.comments.append(comment.strip())
                cur.codes += parse_codes(body)
                continue
            name = norm_raw(re.sub(r"\[.*", "", body))
            if cur is not None and not cur.codes and was_name and "[" not in body:
                # A name right below a name that has no codes yet is a
                # synonym written without its '+' (the codes follow both).
                cur.names.append(name)
                cur.comments.append(comment.strip())
                continue
            cur = Entry(name, no, os.path.basename(path))
            cur.comments.append(comment.strip())
            cur.codes += parse_codes(body)
            entries.append(cur)
    return entries


# ---- States ------------------------------------------------------------------

# CAMEO country codes that are not the ISO 3166 alpha-3 keys of states.ttl,
# and dependent territories, mapped to the state the lexicon has.
CAMEO_STATE = {
    "USR": "SUN", "KSV": "XKX", "TMP": "TLS", "SCG": "YUG", "FRY": "YUG",
    "HKG": "CHN", "MAC": "CHN", "ABW": "NLD", "AIA": "GBR", "BMU": "GBR",
    "COK": "NZL", "CYM": "GBR", "GGY": "GBR", "JEY": "GBR", "IMY": "GBR",
    "VGB": "GBR", "FLK": "GBR", "GIB": "GBR", "MSR": "GBR", "TCA": "GBR",
    "FRO": "DNK", "GRL": "DNK", "GLP": "FRA", "MTQ": "FRA", "GUF": "FRA",
    "REU": "FRA", "PYF": "FRA", "NCL": "FRA", "PRI": "USA", "GUM": "USA",
    "VIR": "USA", "ASM": "USA", "ANT": "NLD",
}

# Organizations of the International dictionary's codes that the hand-made
# organizations.ttl already has.
CAMEO_ORG = {
    "IGOUNO": "UN", "IGONAT": "NATO", "IGOWSTNAT": "NATO", "IGOEUREEC": "EU",
    "IGOUNOIAE": "IAEA", "IGOAFRAFU": "AU", "IGOMEAARL": "Arab_League",
    "IGOSEAASN": "ASEAN", "IGOWTO": "WTO", "IGOUNOWHO": "WHO",
}

SUN_END = "1991-12-26"

# States that CAMEO codes by their successor's code: the successor, its
# predecessor (None where CAMEO cannot tell which of two), the day the
# predecessor ended and the day the successor began (as in states.ttl).  A
# term that ended by the predecessor's end served the predecessor; one that
# began before the successor and went on is counted from the successor's
# start.  (Soviet officials are coded as Russian, Czechoslovak as Czech,
# both Yemens' as Yemeni.)
PREDECESSOR = {
    "RUS": ("SUN", SUN_END, "1990-06-12"),
    "CZE": ("CSK", "1993-01-01", "1993-01-01"),
    "ZWE": ("RHO", "1980-04-18", "1980-04-18"),
    "YEM": (None, "1990-05-22", "1990-05-22"),
}

# Entries of the Guinea section of the country file, coded GIN, that are
# Guinea-Bissau's ministers and officers (CountryInfo's cabinet lists of
# Guinea-Bissau filed under Guinea; 122 of its 288 people), by each entry's
# first name: the names are Guinea-Bissau's (Portuguese, or spelt as there:
# "Djalo", "Embalo", "Na Man"), and their dated codes are the spans of
# Guinea-Bissau's cabinet lists (July 2004 to May 2006, June 2006 to July
# 2007, August 2007 to August 2008, ...), none of Guinea's; four more whose
# span (August 2007 to March 2009) both lists have are known ministers of
# Guinea-Bissau (Adiato Nandigna, Carmelita Pires, Marciano Silva Barbeiro,
# Maria da Conceição Nobre Cabral).  Their GIN codes are GNB's.
# Likewise Mauritania's heads of state and government (Ould Daddah to Ould
# Ahmed el Waghef, the names with "Ould"), filed at the head of the Mauritius
# section with Mauritius's code: their MUS codes are MRT's.
GNB_CODED_GIN = set("""
    ABASS_DJALO ABDU_MANE ABUDACAR_DEMBA_DAHABA ADELINO_MANO_QUETA ADIATO_NANDIGNA
    ADMIRO_NELSON_BELO ALFREDO_ANTONIO_SILVA ALFREDO_LOPES_CABRAL ANTONIA_CUMBA_DIAS
    ANTONIA_MENDES_TEIXEIRA ANTONIO_ARTUR_SANHA ANTONIO_ISAAC_MONTEIRO ANTONIO_OSCAR_BARBOSA
    ANTONIO_SEDJA_MAN ANTONIO_SERIFO_EMBALO ARISTIDES_OCANTE_DA_SILVA ARMANDO_RAMOS_DA_SILVA
    ARTUR_SILVA AUGUSTO_FORMOSO_MENDES_CORREIA AUGUSTO_USSUMANE AUGUSTUS_POQUENA BACAR_DJASSI
    BACIRO_DABO BACIRO_DJA BOATA_NANBATCHA BOTCHE_CANDE BRAIMA_EMBALO BRAIMI_DJASSI
    BUOTA_NAMBATCHA CARLITOS_BARAI CARLOS_ALBERTO_ANDRADE CARLOS_GOMES CARLOS_MUSSA_BALDE
    CARMELITA_BARBOSA_RODRIGUES_PIRES CERTORIO_BIOTE_PESCAS CIPRIANO_CASSAMA CLUCIO_SOARES
    CRISTLANO_NABITAN DANIEL_EMBALO DANIEL_GOMES DOMINGO_PEREIRA EMANUEL_SATURNINO_DA_COSTA
    EUGENIA_SALDANHA EURICO_ABDOURANANE_DJALO EVARISTA_DE_SOUSA FATIMA_FATY FATUMATA_DJAU_BALDE
    FERNANDO_CORREIA_LANDIM FERNANDO_GOMES FERNANDO_MENDONCA FILOMENA_TIPOTE
    FILOMENO_LOBO_DE_PINA FRANCISCO_CONDUTO_DE_PINA FRANCISCO_CORREIA FRANCISCO_DA_COSTA
    HAJA_SATU_CAMARA_PINTO HARRY_MANE HELDER_PROENCA HELENA_NOSOLINI_EMBALO INDUTA_ZAMORA
    ISABEL_BUSCARDIN ISSUF_SANHA JALO_LUZERIA_DOS_SANTOS JOAGALM_BADE JOAOZINHO_VIEIRA
    JOAO_AMADU_FADIA JOAO_DE_BARROS JOAO_DE_CARVALHO JOAO_MONTEIRO JOSE_ANTONIO_DA_CRUZ_ALMEIDA
    JOSE_BRAIMA_DAFE JOSE_DE_PINA JOSE_DJO JOSE_GASPAR_GOMES JOSE_LOPES JOSE_MARIO_VAZ
    LASSANA_SEIDI LUIS_OLIVEIRA_SANCA LUIS_OLUNDO_MENDES LURDES_SOARES LURDES_VAZ
    LUZERIA_DOS_SANTOS_JALO MALAL_SANHE MALAM_MANE_JUVENTUDE MAMADU_DJALO_PIRES
    MARCELINO_SIMOES_PERREIRA MARCELINO_VAZ MARCIANO_SILVA_BARBEIRO MARIA_ADIATU_NANDIGNA
    MARIA_DA_CONCEICAO_NOBRE_CABRAL MARIA_HELENA_EMBALO MARIO_LOPES_DA_ROSA MARIO_MARTINS
    MARIO_VAZ MARTINHO_CABI MARTINHO_NDAFA_KABI NAMUANO_DIAS_GOMES NHASSE_NAMANE NHASSE_NA_MAN
    ODETE_SEMEDO PASCOAL_BATICA_DOMINGOS PEDRO_DA_COSTA PEDRO_MORATO_MILACO PEDRO_UCAIM_LIMA
    PRUM_SITNA_NAMONE PURNA_BIA RAIMUNDO_PEREIRA ROBERTO_ARMANDO_FERREIRA_CACHEU
    RUI_ARAUIO_GOMES RUI_DIA_DE_SOUSA RUI_PERREIRA_ARAUJO RUSPICIO_MARCELINO_BARBOZA
    SOLA_NQUILIN_NA_BITCHITA TCHERNO_DJALO TIBNA_SAMBE_NA_WANA TIDNA_SAMBE_NAUNE
    VENSA_MENDES_NALUACK VESA_GOMES_NALUAK VICENTE_BLUTE VITOR_MANDINGA WASNA_PAPAI_DANFA
    ZAMORA_INDUTA
""".split())
MRT_CODED_MUS = set("""
    MOKTAR_OULD_DADDAH MUSTAFA_OULD_SALEK MOHAMED_MAHMOUD_OULD_LOULY MOHAMED_KHOUNA_OULD_HAIDALLA
    MAAOUYA_OULD_SID'AHMED_TAYA ELY_OULD_MOHAMED_VALL SIDI_MOHAMED_OULD_CHEIKH_ABDALLAHI
    MOHAMED_OULD_ABDEL_AZIZ AHMED_OULD_BOUCEIF SID_AHMED_OULD_BNEIJARA SIDI_MOHAMED_OULD_BOUBACAR
    CHEIKH_EL_AVIA_OULD_MOHAMED_KHOUNA MOHAMED_LEMINE_OULD_GUIG SGHAIR_OULD_M'BARECK
    ZEINE_OULD_ZEIDANE YAHYA_OULD_AHMED_EL_WAGHEF
""".split())
# The state code an entry's codes begin with, where the dictionary gave it
# another state's: entry -> (the code given, the state's).
CODE_FIX = dict([(n, ("GIN", "GNB")) for n in GNB_CODED_GIN] + [(n, ("MUS", "MRT")) for n in MRT_CODED_MUS])

# Entries checked to be one person with another entry whose terms do not
# overlap it, so that no rule of merge_spellings takes them: the entry's
# first name and the other's.  Caabi el Yachroutu, prime minister and acting
# president in 1995-1996, then vice-president of the Union (2002-2006, the
# dictionary's "Mohamed Caabi el Yachroutu"); Martinho Ndafa Cabi, prime
# minister of Guinea-Bissau in 2007-2008 and a minister before (two spellings
# of the Guinea section).
SAME_ENTRY = {
    "MOHAMED_CAAMBI_EL_YACHROUTI": "CAABI_EL_YACHROUTU",
    "MARTINHO_NDAFA_KABI": "MARTINHO_NDAFA_CABI",
    "MARTINHO_CABI": "MARTINHO_NDAFA_CABI",
}

# Bases of the international militant groups whose members are named among
# their synonyms (CAMEO gives such groups no state), and the nationality of
# the best known of those members.
IMG_STATE = {"IMGMUSISI": "IRQ", "IMGMUSALQ": "AFG", "IMGMUSTAL": "AFG", "IMGMUSAQI": "IRQ"}
MILITANT_STATE = {"ABU_MUSAB_AL-ZARQAWI": "JOR", "ABU_MUZAB_AL-ZARQAWI": "JOR",
                  "ABU_AYYUB_AL-MASRI": "EGY", "ABU_HURAYRA_AL-AMRIKI": "USA"}

# A dictionary person whose name a hand-made person has is that person,
# unless all of the entry's dated codes begin this many years after the
# hand-made person's last term of office ended (then a namesake, kept as a
# person of its own); except these entries, checked to be the same person
# (Freitas do Amaral, prime minister to 1981, foreign minister 2005-2006).
HOMONYM_GAP = 20
SAME_PERSON = {"DIOGO_FREITAS_DO_AMARAL"}

# Armed groups the dictionaries give no state (their codes name a region,
# "SASREB", or none, "INTREB"): the state each fights in (a separatist or
# insurgent group: the state it fights; one based abroad: the state it
# fights for or against, "Mujahedin-E-Khalq": Iran), by a generated name
# (the label, else another).  Only where the state is sure; the others keep
# none.
GROUP_STATE = {
    "Abu Nidal Organization": "PSE", "Continuity Irish Republican Army": "GBR",
    "Islamic Freedom Fighters Group": "PAK", "Irish National Liberation Army": "GBR",
    "Hizb ul-Mujahidin": "IND",
    "Irish Republican Army": "GBR", "Japanese Red Army": "JPN", "Japan Red Army": "JPN",
    "Lashkar-E-Jabbar": "IND", "Lashkar-E-Jhangvi": "PAK",
    "Popular Front for the Liberation of Palestine": "PSE", "Real Irish Republican Army": "GBR",
    "Popular Front for the Liberation of Palestine -- General Command": "PSE",
    "Arab Liberation Front": "PSE", "Palestine Liberation Front": "PSE", "Baader-Meinhof Group": "DEU",
    "2nd of June Movement": "DEU", "Al-Zulfikar": "PAK", "Pattani United Liberation Organization": "THA",
    "People's Liberation Forces": "SLV", "Movement of Islamic Action of Iraq": "IRQ",
    "Islamic Salvation Front": "DZA", "Eritrean Liberation Front": "ERI",
    "Mozambique National Resistance Movement": "MOZ", "Armed Forces of National Liberation": "USA",
    "Jenin Martyr's Brigade": "PSE", "Save Kashmir Movement": "IND",
    "National Union for the Total Independence of Angola": "AGO", "Lord's Resistance Army": "UGA",
    "National Army for the Liberation of Uganda": "UGA", "Kosovo Liberation Army": "XKX",
    "Communist Party of Nepal-Maoist": "NPL", "Achik National Volunteer Council": "IND",
    "All Tripura Tiger Force": "IND", "Al-Mansoorain": "IND", "Borok National Council of Tripura": "IND",
    "Democratic Karen Buddhist Army": "MMR", "East Turkistan Liberation Organization": "CHN",
    "Free Vietnam Revolutionary Group": "VNM", "Free Aceh Movement": "IDN", "Egyptian Islamic Jihad": "EGY",
    "Kayin National Union": "MMR", "Movement for Democracy and Justice in Chad": "TCD",
    "Mujahedin-E-Khalq": "IRN", "National Democratic Front of Bodoland": "IND",
    "National Liberation Front of Tripura": "IND", "Oromo Liberation Front": "ETH",
    "Ogaden National Liberation Front": "ETH", "Proletarian Nuclei for Communism": "ITA",
    "South Maluku Republic": "IDN", "Uygur Holy War Organization": "CHN", "Yemen Islamic Jihad": "YEM",
    "Independent Armed Revolutionary Movement": "USA", "Official Ira": "GBR",
    "Al-Aqsa Martyrs Brigades": "PSE", "Al-Borkan Liberation Organization": "LBY",
    "All Burma Students' Democratic Front": "MMR", "Anti-Terrorist Liberation Group": "ESP",
    "Canary Islands Independence Movement": "ESP", "Chadian People's Revolutionary Movement": "TCD",
    "Cinchoneros Popular Liberation Movement": "HND", "December 20 Torrijist Patriotic Vanguard": "PAN",
    "Dukhtaran-E-Millat": "IND", "Eritrean People's Liberation Front": "ERI",
    "Ethiopian People's Revolutionary Army": "ETH", "Free Papua Movement": "IDN", "God's Army": "MMR",
    "Islamic Action Organization": "IRQ", "Islamic Movement of Uzbekistan": "UZB",
    "Jammu and Kashmir Islamic Front": "IND", "Jordanian National Liberation Movement": "JOR",
    "Lebanese Socialist Revolutionary Organization": "LBN", "Movement for Democracy and Development": "TCD",
    "National Front for the Liberation of Angola": "AGO", "National Front for the Liberation of Kurdistan": "TUR",
    "National Patriotic Front of Liberia": "LBR", "Palestinian Popular Struggle Front": "PSE",
    "Palestinian Revolution Forces General Command": "PSE", "People's Revolutionary Party": "COD",
    "Organization for Fight for the Freedom of the Working Classes": "IRN",
    "Polish Revolutionary Home Army": "POL", "Puerto Rican Resistance Movement": "USA", "Recontra 380": "NIC",
    "Revolutionary United Front": "SLE", "Uganda Democratic Christian Army": "UGA", "Var-Palmares": "BRA",
    "West Nile Bank Front": "UGA", "World United Formosans for Independence": "TWN",
    "Zimbabwe African Nationalist Union": "ZWE", "Moroccan Islamic Combatant Group": "MAR",
    "Army for the Liberation of Rwanda": "COD", "Islamic International Peacekeeping Brigade": "RUS",
    "Front for the Liberation of the French Somali Coast": "DJI",
    "Morazanist Front for the Liberation of Honduras": "HND", "South-West Africa People's Organization": "NAM",
    "Al-Qaeda Organization in the Land of the Two Rivers": "IRQ", "Martyr Abu-Ali Mustafa Brigades": "PSE",
    "Eritrean Islamic Jihad Movement": "ERI", "Karenni National Progressive Party": "MMR",
    "United National Liberation Front": "IND", "National Socialist Council of Nagaland-Khaplang": "IND",
    "Al-Ahwaz Arab People's Democratic Front": "IRN", "Iraqi Liberation Army": "IRQ",
    "Kamtapur Liberation Organization": "IND", "People's Revolutionary Party of Kangleipak": "IND",
    "United Achik National Front": "IND", "Harakut ul Jihad e Islami": "PAK",
    "Harakut ul Jihad ul Islami": "PAK", "Islamic International Brigade": "RUS",
    "Islamic Peacekeeping Army": "RUS", "Islamic Peacekeeping Brigade": "RUS",
    "Jammu-Kashmir Liberation Front": "IND", "Jammu and Kashmir Freedom Force": "IND",
    "Jammu and Kashmir Freedom Front": "IND", "Kashmir Liberation Front": "IND",
    "Malaysian Mujahideen Organisation": "MYS",
}
# Entries of the armed groups' dictionary that are no armed group, by the
# generated label, and why they are left out.
NOT_GROUPS = {
    "Animal Liberation Front": "a movement of activists", "Earth Liberation Front": "a movement of activists",
    "Hm of the Jamaat-E-Islami": "a fragment of a name", "Oklahoma City Bombing Conspirators": "the accused of one attack",
    "Russian National Bolshevist Party": "a political party", "Al-Haramain Foundation": "a charity",
    "D Company": "a criminal syndicate", "Ba'asyir": "a person", "Emir Khattab": "a person",
    "Janjalani": "a person", "Salauddin": "a person", "Sheikh Abdul Hamid": "a person",
    "Sheikh Hamid": "a person", "Thoriqudin": "a person", "Zulkarnaen": "a person",
    "Ra's al Ghul": "a character of fiction", "Sheikh Ahmed Yassin": "a person", "Pro-Chechen Wahhabi Group": "a description",
    "Philippine Secessionist Group Moro Islamic Liberation Front": "a description",
    "Jaish-E-Mohammad": "the hand-made Jaish-e-Mohammed",
    "Al-Qaeda Organization in the Islamic Maghreb": "the hand-made al-Qaeda in the Islamic Maghreb (AQIM)",
    "El Qaida": "the hand-made al-Qaeda",
}

# Roles in which a person acts for the state of the code: government,
# military, judiciary, legislature, police, intelligence.
STATE_ROLES = ("GOV", "MIL", "JUD", "LEG", "COP", "SPY")


def code_state(code, states):
    c = code[:3]
    c = CAMEO_STATE.get(c, c)
    return c if c in states else None


def code_acts_for_state(code):
    rest = code[3:]
    return any(rest.startswith(r) for r in STATE_ROLES)


def is_rebel_code(code):
    """A code of rebels: a state's or a region's, then REB ("GRCREB",
    "SASREB", "PSEREBHMS")."""
    return code[3:6] == "REB"


# ---- The hand-made lexicon ----------------------------------------------------


def fold(name):
    """A name as geordf matches it: lower case, words split at spaces, hyphens
    and dots, apostrophes dropped."""
    s = name.lower().replace("'", "").replace("\u2019", "")
    s = re.sub(r"[-.,()/]", " ", s)
    return " ".join(s.split())


def read_handmade(out_dir):
    """IRIs of the hand-made files and every name (folded) they give, with the
    IRI each belongs to; their classes; the states; and for each person with
    terms of office all ended, the last day of the last (LAST_END)."""
    names, iris, kinds = {}, set(), {}
    states = set()
    ended, still = {}, set()
    regional = sorted(os.path.basename(p) for p in glob.glob(os.path.join(out_dir, "people-*.ttl")))
    for fn in ["states.ttl", "places.ttl", "people.ttl"] + regional + ["organizations.ttl", "communities.ttl", "weapons.ttl"]:
        path = os.path.join(out_dir, fn)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        for block in re.split(r"\n\s*\n", text):
            m = re.search(r"^(id:[^\s]+) a (geo:\w+)", block, re.M)
            if not m:
                continue
            iri, cls = m.group(1), m.group(2)
            iris.add(iri)
            kinds[iri] = cls
            if cls == "geo:Country":
                states.add(iri[3:])
            if cls == "geo:Person":
                # (A person's statements may be split across files.)
                for term in re.findall(r"\[([^\]]*lex:office[^\]]*)\]", block):
                    end = re.search(r'lex:end "([0-9-]+)"', term)
                    if not end:
                        still.add(iri)
                    elif end.group(1) > ended.get(iri, ""):
                        ended[iri] = end.group(1)
            for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', block):
                if lit.startswith("http") or re.fullmatch(r"[\d-]+", lit):
                    continue
                names.setdefault(fold(lit), iri)
    last_end = {iri: end for iri, end in ended.items() if iri not in still}
    return names, iris, kinds, states, last_end


# ---- English words and capitalisation --------------------------------------------


def english_words(root):
    """Lower-cased forms the treebank uses as anything but a proper noun."""
    words = collections.Counter()
    proper = collections.Counter()
    for path in sorted(glob.glob(os.path.join(root, "data", "treebank", "*.conllu.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if not line or line[0] == "#" or "\t" not in line:
                    continue
                cols = line.split("\t")
                if len(cols) < 4 or "-" in cols[0] or "." in cols[0]:
                    continue
                w = cols[1].lower()
                if cols[3] == "PROPN":
                    proper[w] += 1
                else:
                    words[w] += 1
    return {w for w, n in words.items() if n >= 1 and n * 4 >= proper.get(w, 0)}


PARTICLES = {"al", "el", "bin", "bint", "ibn", "de", "da", "di", "do", "dos", "das", "du",
             "del", "della", "der", "den", "van", "von", "la", "le", "y", "e", "ul", "ud",
             "ad", "as", "an", "ar", "az", "at", "ash", "ath", "ed", "es", "ben", "te", "ter", "zu"}
HYPHEN_PARTICLES = {"al", "el", "ad", "as", "an", "ar", "az", "at", "ash", "ath", "ed", "es",
                    "ul", "ud", "bin", "abd"}
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"}


def cap_word(w):
    if not w:
        return w
    if w.upper() in ROMAN:
        return w.upper()
    if re.fullmatch(r"[A-Z]\.", w):
        return w
    lw = w.lower()
    if lw.startswith("mc") and len(lw) > 3:
        return "Mc" + lw[2].upper() + lw[3:]
    if lw.startswith("o'") and len(lw) > 2:
        return "O'" + lw[2].upper() + lw[3:]
    if lw.startswith("d'") and len(lw) > 2:
        return "d'" + lw[2].upper() + lw[3:]
    return lw[0].upper() + lw[1:]


def title_case(raw, state=None):
    """ "ABU_MUSAB_AL-ZARQAWI" -> "Abu Musab al-Zarqawi"."""
    words = [w for w in raw.split("_") if w]
    out = []
    for i, w in enumerate(words):
        parts = w.split("-")
        cp = []
        for k, p in enumerate(parts):
            lp = p.lower()
            if k < len(parts) - 1 and lp in HYPHEN_PARTICLES and (i > 0 or k > 0 or len(parts) > 1):
                cp.append(lp)
            elif k > 0 and state in ("KOR", "PRK", "CHN", "TWN", "VNM"):
                cp.append(lp)
            else:
                cp.append(cap_word(p))
        word = "-".join(cp)
        if i > 0 and i < len(words) - 1 and w.lower() in PARTICLES:
            word = w.lower()
        out.append(word)
    s = " ".join(out)
    s = re.sub(r"\bJr\b\.?", "Jr.", s)
    return s


# ---- Filters ---------------------------------------------------------------

TITLE_WORDS = {
    "PRESIDENT", "MR.", "MRS.", "MS.", "DR.", "SECRETARY", "SECRETARY-GENERAL", "PRIME",
    "MINISTER", "GENERAL", "GEN.", "KING", "QUEEN", "PRINCE", "PRINCESS", "SHEIKH", "SHEIK",
    "SHAIKH", "EMIR", "AMIR", "SULTAN", "AYATOLLAH", "CHANCELLOR", "PREMIER", "SENATOR", "SEN.",
    "GOVERNOR", "GOV.", "AMBASSADOR", "COLONEL", "COL.", "MAJOR", "CAPTAIN", "LT.", "ADMIRAL",
    "MARSHAL", "FIELD", "CHAIRMAN", "DEPUTY", "VICE", "FOREIGN", "DEFENSE", "DEFENCE", "LEADER",
    "FORMER", "ACTING", "REP.", "REPRESENTATIVE", "JUDGE", "JUSTICE", "FATHER", "BISHOP",
    "CARDINAL", "POPE", "REV.", "REVEREND", "MULLAH", "MAULANA", "MAWLAWI", "HAJI", "HAJJI",
    "LORD", "LADY", "SIR", "DAME", "CROWN", "UNITED", "UN", "U.N.", "THE",
}
# The head nouns of the names of treaties, pacts and agreements: such a name
# is an instrument that states signed, not a body that acts ("Southeast Asia
# Collective Defense Treaty", whose body, SEATO, the hand-made lexicon has;
# "Treaty of Rome"), unless a body's word follows ("North Atlantic Treaty
# Organization").
TREATY_WORDS = {"treaty", "treaties", "pact", "agreement", "agreements", "accord", "accords", "protocol",
                "convention", "charter", "covenant", "concordat", "armistice"}


def treaty_name(name):
    """Whether NAME (words, any case) names a treaty, pact or agreement: its
    last word is one of TREATY_WORDS, or its first is, followed by "of",
    "on", "for" or "between" ("Treaty of Rome", "Agreement on Trade"); a
    word that is not a treaty's may not follow ("Convention People's
    Party", "Treaty Organization" end in a body's)."""
    w = [x.lower() for x in re.split(r"[\s_]+", name.strip()) if x]
    if not w:
        return False
    if w[-1] in TREATY_WORDS and w[-1] != "convention":
        return True
    return len(w) > 2 and w[0] in TREATY_WORDS and w[1] in ("of", "on", "for", "between")


BODY_WORDS = {
    "GOVERNMENT", "MINISTRY", "MINISTER", "PARTY", "ARMY", "FORCES", "FORCE", "POLICE",
    "COUNCIL", "COMMITTEE", "COMMISSION", "OFFICE", "DEPARTMENT", "AGENCY", "BANK", "COURT",
    "PARLIAMENT", "ASSEMBLY", "CONGRESS", "SENATE", "CABINET", "REGIME", "ADMINISTRATION",
    "MOVEMENT", "FRONT", "ORGANIZATION", "ORGANISATION", "UNION", "ASSOCIATION", "NETWORK",
    "GROUP", "BRIGADE", "BRIGADES", "MILITIA", "AUTHORITY", "COMPANY", "CORPORATION", "INC.",
    "FOUNDATION", "INSTITUTE", "UNIVERSITY", "SCHOOL", "HOSPITAL", "NEWS", "PRESS", "TIMES",
    "OF", "AND", "FOR", "GUARD", "NAVY", "TROOPS", "REBELS", "OPPOSITION", "STATE", "STATES",
    "REPUBLIC", "KINGDOM", "LEAGUE", "ALLIANCE", "JIHAD", "COMMAND", "SERVICE", "SERVICES",
    "OFFICIALS", "OFFICIAL", "SPOKESMAN", "CHIEF", "HEAD", "EMBASSY", "CONSULATE", "MISSION",
    "PROVINCE", "REGION", "DISTRICT", "CITY", "ISLAND", "ISLANDS",
    # Other spellings and kinds of bodies that the dictionaries give under
    # names of two to six words ("Republica Srpska", "Russian SFSR", "Jaish
    # al Muhajireen Wal Ansar", "Jaysh al Sha'bi", "Abu Dujana al-Afghani
    # Ansar al-Qaeda Europe").
    "REPUBLICA", "REPUBLIKA", "REPUBLIQUE", "SFSR", "SSR", "JAISH", "JAYSH", "JABHAT", "KATIBAT", "KATAEB",
    "QAEDA", "QAIDA", "AL-QAEDA", "AL-QAIDA",
    "LIWA", "HARAKAT", "HIZB", "COLLECTIVE", "FACTION", "BATTALION", "BATTALIONS", "CELLS",
    "NUCLEI", "NUCLEUS", "COMMANDO", "COMMANDOS", "GANG",
}
# Words that name a state's part with a government of its own (Republika
# Srpska in Bosnia and Herzegovina): an entry of the country file so named
# is a place in the state, not a person.
ENTITY_WORDS = {"REPUBLIC", "REPUBLICA", "REPUBLIKA", "REPUBLIQUE"}
PLACE_TYPE_WORDS = {"PROVINCE", "REGION", "DISTRICT", "STATE", "ISLAND", "ISLANDS",
                    "VALLEY", "DESERT", "MOUNTAINS", "COUNTY", "CITY", "PORT", "BAY"}

# Names of places that are also people's names, or a far better known place
# elsewhere, or an ordinary word the treebank happens not to hold.
AMBIGUOUS_PLACES = {
    "georgia", "jordan", "victoria", "phoenix", "florence", "austin", "charlotte", "jackson",
    "lincoln", "madison", "eugene", "troy", "paris", "berlin", "moscow", "london", "athens",
    "hamilton", "wellington", "nelson", "columbia", "columbus", "aurora", "orlando", "mobile",
    "reading", "bath", "nice", "split", "split", "mons", "hull", "derby", "sale", "wells",
    "darwin", "perth", "cambridge", "oxford", "dover", "kent", "essex", "york", "lancaster",
    "chester", "durham", "hastings", "ross", "stanley", "clinton", "kingston", "richmond",
    "santiago", "cordoba", "valencia", "granada", "leon", "trinidad", "santa cruz", "san jose",
    "san juan", "la paz", "hyderabad", "tripoli", "alexandria", "lima", "salem", "sydney",
    "regina", "marseille", "mecca", "medina", "nazareth", "bethlehem", "sparta", "memphis",
    "cairo", "hebron", "jericho", "gaza", "tyre", "ur", "babylon", "nineveh", "sodom",
    "homs", "hama", "idlib", "aleppo", "mosul", "basra", "kirkuk", "fallujah", "ramadi",
    "washington", "ottawa", "canberra", "delhi", "mumbai", "karachi", "lahore", "kabul",
    "kandahar", "abu dhabi", "dubai", "doha", "riyadh", "jeddah", "tehran", "baghdad",
    "damascus", "beirut", "amman", "jerusalem", "tel aviv", "ankara", "istanbul",
    "santa fe", "san antonio", "st paul", "saint paul", "st. paul", "providence", "concord",
    "independence", "liberty", "commerce", "enterprise", "harmony", "unity", "hope",
    "hanover", "orange", "indiana", "dakota",
    "washington state", "texas",
    "chad", "niger", "guinea", "mali", "peru", "cuba", "oman", "iran", "iraq", "java",
    "sumatra", "bali", "nepal", "tonga", "samoa", "fiji", "malta", "monaco", "china",
    "israel", "sharon", "shannon", "sheffield", "wigan", "luton", "preston", "barrow",
    "flint", "gary", "eugene", "tyler", "garland", "irving", "frisco", "mesa", "laredo",
    "waco", "el paso", "denton", "allen", "lawrence", "warren", "norman", "bryan", "logan",
    "marion", "dayton", "kent", "quincy", "lowell", "chandler", "glendale", "pasadena",
    "camden", "trenton", "bristol", "bradford", "blackburn", "burnley", "crewe", "ely",
    "buffalo", "eagle", "rochester", "syracuse", "ithaca", "utica", "carthage", "anchorage",
    "juneau", "homer", "fargo", "bismarck", "pierre", "lansing", "dover", "augusta",
    "raleigh", "albany", "helena", "boise", "salem", "olympia", "sacramento", "austin",
    "tallahassee", "montgomery", "jackson", "frankfort", "nashville", "atlanta", "denver",
    "cheyenne", "lincoln", "topeka", "jefferson", "springfield", "madison", "columbus",
    "charleston", "harrisburg", "hartford", "boston", "honolulu", "annapolis", "richmond",
    "guadalupe", "sucre", "bolivar", "cristobal", "colon", "david", "mercedes", "rosario",
    "maria", "marianne", "ruth", "esther", "anna", "lourdes", "fatima", "medellin",
    "kiev", "kyiv", "odessa", "kursk", "luhansk", "donetsk", "lugansk",
    "nablus", "jenin", "rafah", "khan yunis", "beersheba", "haifa", "eilat", "ashkelon",
    "victoria falls", "kampala", "nairobi", "mombasa", "lagos", "abuja", "kano",
    "hamburg", "munich", "cologne", "bonn", "frankfurt", "dresden", "leipzig",
}


def acronym_ok(a, english):
    """An acronym in capitals is kept unless it is an English word
    ("HOPE", "CARE") or shorter than three letters."""
    if not re.fullmatch(r"[A-Z][A-Z0-9&.-]{1,9}", a):
        return False
    letters = re.sub(r"[^A-Z]", "", a)
    if len(letters) < 3:
        return False
    if a.lower() in english:
        return False
    return True


# ---- Turtle -------------------------------------------------------------------

HEADER = """# SPDX-License-Identifier: MIT
# geordf lexicon: {what}
#
# GENERATED by tools/petrarch2ttl.py from the CAMEO/Phoenix actor dictionaries
# of PETRARCH-2 (Open Event Data Alliance, openeventdata/petrarch2, MIT licence:
# see LICENSE-PETRARCH2.txt in this folder).  Do not edit by hand: change the
# generator, or override in the hand-made files (a name they give is never
# given here, but to a namesake of a later era), and rerun it.
{more}
@prefix geo: <https://w3id.org/geordf/ns#> .
@prefix lex: <https://w3id.org/geordf/lexicon#> .
@prefix id: <https://w3id.org/geordf/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

"""


def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def iri_local(label, used):
    base = re.sub(r"[^A-Za-z0-9]+", "_", label).strip("_") or "x"
    if base[0].isdigit():
        base = "n" + base
    local, k = base, 2
    while local in used:
        local = "%s_%d" % (base, k)
        k += 1
    used.add(local)
    return local


# ---- Conversion ----------------------------------------------------------------


class Gen:
    def __init__(self, src, out_dir, root):
        self.src = src
        self.out_dir = out_dir
        self.hand, self.hand_iris, self.hand_kinds, self.states, self.hand_last_end = read_handmade(out_dir)
        self.english = english_words(root)
        self.used_iris = {i[3:] for i in self.hand_iris}
        self.report = collections.defaultdict(list)
        self.countries = parse_actors(os.path.join(src, "Phoenix.Countries.actors.txt"))
        self.intl = parse_actors(os.path.join(src, "Phoenix.International.actors.txt"))
        self.milns = parse_actors(os.path.join(src, "Phoenix.MilNonState.actors.txt"))
        # Where that file's last section, the KEDS project's militarized
        # groups, begins: it lists people and groups under the same codes.
        self.keds_line = float("inf")
        with open(os.path.join(src, "Phoenix.MilNonState.actors.txt"), "rb") as f:
            for no, raw in enumerate(f, 1):
                if raw.startswith(b"# KEDS Project"):
                    self.keds_line = no
                    break
        # A name with a control character lost a letter ("LIAMINE_Z\x1aROUAL"):
        # left out, and an entry with no other name with it.
        for entries in (self.countries, self.intl, self.milns):
            for e in list(entries):
                keep = [i for i, n in enumerate(e.names) if not re.search(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]", n)]
                if len(keep) < len(e.names):
                    self.drop("name: a letter lost in the dictionary", repr(e.names[0]))
                if not keep:
                    entries.remove(e)
                    continue
                e.names = [e.names[i] for i in keep]
                e.comments = [e.comments[i] for i in keep]
        self.taken = {}         # folded name -> generated IRI (first wins)

    def drop(self, why, what):
        self.report[why].append(what)

    def is_country_entry(self, e):
        return (len(e.codes) >= 1 and all(re.fullmatch(r"[A-Z]{3}", c) and not s and not t
                                          for c, s, t in e.codes)
                and code_state(e.codes[0][0], self.states) is not None)

    def is_rebel_group(self, e):
        """An entry of the file of armed groups coded as rebels: a group,
        whatever its name ("Shining Path", "Red Hand Defenders", "Rigas
        Fereos"); its leaders are among the synonyms or coded otherwise
        (but in the KEDS section, whose rebels include two people of Aum
        Shinrikyo)."""
        return (e.source == "Phoenix.MilNonState.actors.txt" and e.line < self.keds_line
                and any(is_rebel_code(c) for c, _, _ in e.codes))

    def is_person_name(self, raw):
        words = [w for w in raw.split("_") if w]
        if len(words) < 2 or len(words) > 6:
            return False
        if any(w in BODY_WORDS for w in words):
            return False
        if "'S" in raw or "/" in raw or "(" in raw or re.search(r"\d", raw):
            return False
        if words[0] in TITLE_WORDS:
            return False
        return True

    # -- places --
    def places(self):
        """Synonyms of a country entry that are neither a form of the
        country's name nor a demonym: its cities, provinces and regions.
        And an entry named as a republic within one state (REPUBLICA_SRPSKA,
        coded BIHSRP): a place in it, named by the synonyms that share a
        word of its name but the republic ("REPUBLIKA_SRPSKA", "SRPSKA");
        its other synonyms ("BANJA_LUKA") are places of the state."""
        cand = collections.defaultdict(set)   # folded -> {state}
        label = {}
        self.entity_rows = []
        for e in self.countries:
            words = e.names[0].split("_")
            if (self.is_country_entry(e) or not ENTITY_WORDS & set(words)
                    or any(w in BODY_WORDS for w in set(words) - ENTITY_WORDS - {"OF", "THE"})):
                continue   # no republic, or a body of one ("State Council of the People's Republic")
            sts = {code_state(c, self.states) for c, _, _ in e.codes} - {None}
            if len(sts) != 1:
                self.drop("entity: of no state or several", e.names[0])
                continue
            st = next(iter(sts))
            own = set(words) - ENTITY_WORDS - {"OF", "THE"}
            names = []
            for raw in e.names:
                if own & set(raw.split("_")):
                    n = re.sub(r"\b(Of|The)\b", lambda m: m.group(1).lower(), title_case(raw))
                    f = fold(n)
                    if f in self.hand or f in self.taken:
                        self.drop("entity name: named in the hand-made lexicon or taken", n)
                    elif f not in {fold(x) for x in names}:
                        names.append(n)
                elif "_" in raw:
                    f = fold(title_case(raw))
                    cand[f].add(st)
                    label.setdefault(f, raw)
            if not names:
                continue
            for n in names:
                self.taken[fold(n)] = True
            self.entity_rows.append((names[0], names[1:], st))
        for e in self.countries:
            if not self.is_country_entry(e):
                continue
            st = code_state(e.codes[0][0], self.states)
            cname = fold(title_case(e.names[0]))
            for raw in e.names[1:]:
                f = fold(title_case(raw))
                if not f:
                    continue
                cand[f].add(st)
                label.setdefault(f, raw)
        # The name forms of the states, to tell a misspelt country from a city.
        out = []
        for f in sorted(cand):
            sts = cand[f]
            raw = label[f]
            words = raw.split("_")
            if len(sts) > 1:
                self.drop("place: under several states", f)
                continue
            st = next(iter(sts))
            if f in self.hand:
                self.drop("place: named in the hand-made lexicon", f)
                continue
            if f in self.taken:
                self.drop("place: a name of a person, organization or group", f)
                continue
            if f in self.first_names or f in self.all_firsts:
                self.drop("place: a first name", f)
                continue
            if f in AMBIGUOUS_PLACES:
                self.drop("place: ambiguous (a person, or a better-known place)", f)
                continue
            if len(f.replace(" ", "")) < 4:
                self.drop("place: shorter than four letters", f)
                continue
            if f in self.english or (len(words) == 1 and words[0].lower() in self.english):
                self.drop("place: an English word", f)
                continue
            if any(w in self.english and w not in ("new", "san", "saint", "st", "port", "fort",
                                                    "el", "la", "al", "north", "south", "east",
                                                    "west", "upper", "lower", "city", "island",
                                                    "islands", "province", "valley", "bay", "mount",
                                                    "lake", "de", "del", "do", "da", "los", "las",
                                                    "les", "le", "sur", "nad", "am", "an", "on",
                                                    "upon", "the", "of", "and", "sea", "coast",
                                                    "strait", "gulf", "river", "desert", "mountains",
                                                    "peninsula", "region", "central", "great", "gold")
                   for w in f.split()) and len(f.split()) > 1:
                # "Graveyard of Empires", "Axis of Evil": a phrase, not a place
                if not any(w.upper() in PLACE_TYPE_WORDS for w in words):
                    self.drop("place: a phrase of English words", f)
                    continue
            if self.is_misspelt_state(f, st):
                self.drop("place: a form of the state's name", f)
                continue
            if re.search(r"[^a-z -]", f) or "'" in raw:
                self.drop("place: odd characters", f)
                continue
            out.append((title_case(raw), st))
        self.place_rows = out
        return out

    def is_misspelt_state(self, f, st):
        """A variant of state ST's own names or demonyms: shares a long prefix
        or is within a small edit distance of one."""
        forms = [n for n, i in self.hand.items() if i == "id:" + st]
        fc = f.replace(" ", "")
        for n in forms:
            nc = n.replace(" ", "")
            if len(nc) < 4:
                continue
            if nc in fc or fc in nc:
                return True
            if edit_distance(fc, nc, 3) <= max(1, min(len(fc), len(nc)) // 4):
                return True
            if len(fc) >= 5 and len(nc) >= 5 and fc[:5] == nc[:5]:
                return True
        return False

    # -- people --
    def person_codes(self, e):
        """Codes of state affiliations: (state, acts-for-state, start, end)."""
        out = []
        for c, s, t in e.codes:
            fix = CODE_FIX.get(e.names[0])
            if fix and c.startswith(fix[0]):
                c = fix[1] + c[3:]
            st = code_state(c, self.states)
            # CAMEO codes Soviet officials as Russian: a term that ended by
            # the Soviet Union's end was in the Soviet Union's service.
            acts = code_acts_for_state(c)
            if st in PREDECESSOR:
                pred, pred_end, start = PREDECESSOR[st]
                if t and t <= pred_end:
                    if pred and pred in self.states:
                        st = pred
                    else:
                        acts = False   # North or South: the nationality only
                elif s and s < start:
                    s = start
            if not st and getattr(e, "group_member", False):
                st = MILITANT_STATE.get(e.names[0]) or IMG_STATE.get(c)
            if st:
                out.append((st, acts, s, t, c))
        return out

    def is_homonym(self, e, hand, codes):
        """Whether dictionary entry E, whose name the hand-made person HAND
        has, is someone else: its dated codes all begin HOMONYM_GAP years or
        more after HAND's last term of office ended (Eric Williams, Trinidad's
        prime minister to 1981, and the minister of 2003), unless the entry is
        listed as the same person (SAME_PERSON).  A different state is no sign:
        CAMEO codes some states by a neighbour's or a successor's code
        (Mauritania, Guinea-Bissau, South Vietnam)."""
        end = self.hand_last_end.get(hand)
        starts = [s for _, _, s, _, _ in codes if s]
        if not end or not starts or e.names[0] in SAME_PERSON:
            return False
        return min(starts) >= "%04d%s" % (int(end[:4]) + HOMONYM_GAP, end[4:])

    def people(self):
        rows = []
        all_people = []
        for e in self.countries + self.intl + self.milns:
            if self.is_country_entry(e):
                continue
            if not self.is_person_name(e.names[0]):
                continue
            if e.source == "Phoenix.International.actors.txt" and not any(
                    c.startswith("IGO") or code_state(c, self.states) for c, _, _ in e.codes):
                continue
            if self.is_rebel_group(e):
                continue   # an armed group (build_bodies), though named like a person
            if not (e.comments[0].startswith("CountryInfo") or e.source != "Phoenix.Countries.actors.txt"
                    or any(s or t for _, s, t in e.codes)) and any(
                        w.lower() in self.english or fold(w) in self.hand for w in e.names[0].split("_")):
                # A person of the country files has dated codes or comes
                # from CountryInfo; the rest are mostly bodies and phrases.
                self.drop("person: not dated nor from CountryInfo", e.names[0])
                continue
            all_people.append(e)
        # Militant leaders named among their group's synonyms
        # ("+ABU_MUSAB_AL-ZARQAWI_" under the Islamic State).
        for e in self.countries + self.milns:
            if not any(c[3:].startswith("REB") or c.startswith("IMG") for c, _, _ in e.codes):
                continue
            singles = {n for n in e.names if "_" not in n}
            for raw, com in zip(e.names[1:], e.comments[1:]):
                w = raw.split("_")
                if (w[0] in ("ABU", "SHEIKH", "SHEIK") and len(w) >= 3 and self.is_person_name("X_" + "_".join(w[1:]))
                        and (re.search(r"(^|[_-])AL[-_]", "_".join(w[1:])) or "killed" in com or "captured" in com)):
                    p = Entry(raw, e.line, e.source)
                    p.codes = [(c, "", "") for c, _, _ in e.codes]
                    p.comments = [com]
                    p.group_member = True
                    # The group's one-word synonyms that are this member's
                    # surname ("+ZARQAWI_" beside "+ABU_MUZAB_AL-ZARQAWI_").
                    last = w[-1]
                    for t in sorted(singles):
                        if t == last or "AL-" + t == last:
                            p.names.append(t)
                            p.comments.append("")
                    all_people.append(p)
        return all_people

    def merge_spellings(self, merged, order):
        """Records of one person under two spellings made one: the same state
        (of a term of service), terms that overlap in it, and names alike
        (names_alike); or terms that touch (one begins the day after the other
        ends) and names spelt alike (names_alike, strict).  A group of records is merged only where each is alike
        each other one; its record is the one whose IRI the hand-made files
        add to, else the first.  Then a record alike one hand-made person (his
        terms of office overlapping the record's terms) goes to that person:
        its names and terms are written under his IRI.  Returns the keys left."""
        hand_people = read_hand_people(self.out_dir)
        added_to = {iri[3:] for iri, p in hand_people.items() if not p["typed"]}
        self.added_to = added_to

        def words_of(rec):
            out = []
            for n in [rec["label"]] + rec["names"]:
                w = name_words(n)
                if w and w not in out:
                    out.append(w)
            return out

        def dated(terms):
            return [t for t in terms if t[1] or t[2]]

        def alike(wa, wb, ta, tb, fa=(), fb=(), touch=False):
            # Terms that only touch (one cabinet list, then the next) take
            # names spelt alike but for doubled letters and spellings of a
            # given name ("Ghasan Laham", "Ghassan Lahham"), not a letter
            # apart ("Salih al Mutlaq", "Salih Mahdi Mutlab al Hasnawi").
            st = overlap_state(ta, tb)
            strict = False
            if not st and touch:
                st, strict = overlap_state(ta, tb, True), True
            if not st:
                return False
            if any((x, y) in same or (y, x) in same for x in fa for y in fb):
                return True
            if any(names_clash(a, b) for a in wa for b in wb):
                return False
            return any(names_alike(a, b, st, generic, strict) for a in wa for b in wb)

        generic = {word_skeleton(w) for w in self.common_firsts} - {"bin", "abd", "abu"}

        same = set(SAME_SPELLINGS)
        folded = {k: [fold(n) for n in [merged[k]["label"]] + merged[k]["names"]] for k in order}

        pos = {k: i for i, k in enumerate(order)}
        keys = [k for k in order if not merged[k]["group"] and dated(merged[k]["aff"])]
        words = {k: words_of(merged[k]) for k in keys}
        bucket = collections.defaultdict(set)
        for k in keys:
            for st in {a[0] for a in dated(merged[k]["aff"])}:
                for w in words[k]:
                    bucket[(st, w[0][0])].add(k)
        edges = collections.defaultdict(set)
        for b in bucket.values():
            b = sorted(b, key=pos.get)
            for i, ka in enumerate(b):
                for kb in b[i + 1:]:
                    # A namesake of a hand-made person is one person only
                    # with entries that are namesakes of the same.
                    if merged[ka]["namesake"] != merged[kb]["namesake"]:
                        continue
                    if kb not in edges[ka] and alike(words[ka], words[kb], merged[ka]["aff"], merged[kb]["aff"],
                                                     folded[ka], folded[kb], touch=True):
                        edges[ka].add(kb)
                        edges[kb].add(ka)
        gone = set()
        seen = set()
        for k in keys:
            if k in seen or not edges[k]:
                continue
            group, todo = set(), [k]
            while todo:
                x = todo.pop()
                if x not in group:
                    group.add(x)
                    todo += edges[x]
            seen |= group
            group = sorted(group, key=pos.get)
            labels = " = ".join(merged[x]["label"] for x in group)
            if any(edges[x] | {x} != set(group) for x in group):
                self.drop("person: spellings not merged (not each alike each)", labels)
                continue
            ref = [x for x in group if re.sub(r"[^A-Za-z0-9]+", "_", merged[x]["label"]).strip("_") in added_to]
            if len(ref) > 1:
                self.drop("person: spellings not merged (the hand-made files add to two)", labels)
                continue
            keep = merged[(ref or group)[0]]
            for x in group:
                r = merged[x]
                if r is keep:
                    continue
                keep["nat"].update(r["nat"])
                for field in ("names", "surnames", "aff"):
                    for v in ([r["label"]] if field == "names" else []) + r[field]:
                        if v not in keep[field]:
                            keep[field].append(v)
                gone.add(x)
            self.drop("merged: one person under several spellings", labels)
        order = [k for k in order if k not in gone]
        # ... and with the hand-made people.
        hand_bucket = collections.defaultdict(list)
        hand_words = {}
        for iri, p in hand_people.items():
            if not p["typed"] or not dated(p["terms"]):
                continue
            hand_words[iri] = [w for w in (name_words(n) for n in p["names"]) if w]
            for st in {t[0] for t in p["terms"]}:
                for w in hand_words[iri]:
                    if iri not in hand_bucket[(st, w[0][0])]:
                        hand_bucket[(st, w[0][0])].append(iri)
        for k in order:
            r = merged[k]
            if r["namesake"] or r["group"] or not dated(r["aff"]):
                continue
            wr = words_of(r)
            cands = []
            for st in {a[0] for a in dated(r["aff"])}:
                for w in wr:
                    for iri in hand_bucket.get((st, w[0][0]), ()):
                        if iri not in cands:
                            cands.append(iri)
            hits = [iri for iri in cands if alike(wr, hand_words[iri], r["aff"], hand_people[iri]["terms"])]
            if len(hits) > 1:
                self.drop("person: spellings not merged (alike several hand-made people)",
                          "%s (%s)" % (r["label"], ", ".join(hits)))
            elif hits:
                r["into"] = hits[0]
                if r["label"] not in r["names"]:
                    r["names"].insert(0, r["label"])
                self.drop("merged: a spelling of a hand-made person", "%s (%s)" % (r["label"], hits[0]))
        return order

    def build_people(self):
        people = self.people()
        # Folded full names -> how many entries give them
        count = collections.Counter()
        for e in people:
            for raw in {fold(title_case(n)) for n in e.names if self.is_person_name(n)}:
                count[raw] += 1
        firsts = collections.Counter()
        for e in people:
            firsts[fold(title_case(e.names[0])).split()[0]] += 1
        self.first_names = {f for f, n in firsts.items() if n >= 2}
        self.all_firsts = set(firsts)
        self.common_firsts = {f for f, n in firsts.items() if n >= 3}
        merged = {}   # folded label -> record
        order = []
        for e in people:
            codes = self.person_codes(e)
            if not codes:
                self.drop("person: no state in the codes", e.names[0])
                continue
            # Nationality: the state of the most codes, the latest on a tie.
            tally = collections.Counter(c[0] for c in codes)
            nat = max(tally, key=lambda s: (tally[s], max(c[2] or c[3] for c in codes if c[0] == s) or ""))
            label = title_case(SAME_ENTRY.get(e.names[0], e.names[0]), nat)
            key = fold(label)
            names = []
            surnames = []
            for raw in e.names:
                w = [x for x in raw.split("_") if x]
                if len(w) == 1:
                    surnames.append(title_case(raw, nat))
                elif self.is_person_name(raw):
                    names.append(title_case(raw, nat))
            namesake = None
            if key in self.hand or any(fold(n) in self.hand and self.hand_kinds.get(self.hand[fold(n)]) == "geo:Person"
                                       for n in names):
                hand = self.hand.get(key) or next(self.hand[fold(n)] for n in names if fold(n) in self.hand)
                if not self.is_homonym(e, hand, codes):
                    self.drop("person: in the hand-made lexicon", label)
                    continue
                namesake = hand
                key += "\t" + hand
            rec = merged.get(key)
            if rec is None:
                rec = {"label": label, "names": [], "surnames": [], "aff": [], "nat": collections.Counter(),
                       "group": getattr(e, "group_member", False), "namesake": namesake}
                merged[key] = rec
                order.append(key)
            rec["nat"].update(tally)
            for n in names:
                if n not in rec["names"]:
                    rec["names"].append(n)
            for s in surnames:
                if s not in rec["surnames"]:
                    rec["surnames"].append(s)
            for st, acts, s, t, c in codes:
                if acts and not getattr(e, "group_member", False):
                    a = (st, s, t)
                    if a not in rec["aff"]:
                        rec["aff"].append(a)
        order = self.merge_spellings(merged, order)
        out = []
        name_owner = collections.Counter()
        for key in order:
            for n in {fold(x) for x in merged[key]["names"]}:
                name_owner[n] += 1
        surname_owner = collections.Counter()
        for key in order:
            for s in {fold(x) for x in merged[key]["surnames"]}:
                surname_owner[s] += 1
            last = key.split()[-1]
        hand_surnames = set(self.hand)
        for key in order:
            r = merged[key]
            nat = r["nat"].most_common(1)[0][0]
            into = r.get("into")
            names = []
            for n in r["names"]:
                f = fold(n)
                if name_owner[f] > 1:
                    self.drop("person name: given to several people", n)
                    continue
                if into and self.hand.get(f) == into:
                    continue   # he has it already
                if f in self.hand and self.hand[f] != r["namesake"]:
                    self.drop("person name: a hand-made name", n)
                    continue
                ws = f.split()
                if all(w in self.english for w in ws) or all(w in self.common_firsts for w in ws):
                    self.drop("person name: ordinary words or first names only", n)
                    continue
                if f in self.taken and not r["namesake"]:
                    continue
                names.append(n)
            if into:
                # A spelling of a hand-made person: his IRI gets the names
                # and the terms of service.
                for n in names:
                    self.taken[fold(n)] = True
                out.append({"into": into, "alts": names, "aff": merge_terms(r["aff"])})
                continue
            if not names:
                self.drop("person: no safe full name", r["label"])
                continue
            label = names[0] if fold(r["label"]) != fold(names[0]) and fold(r["label"]) not in {fold(n) for n in names} else r["label"]
            surn = []
            # "Zarqawi" is as often written "al-Zarqawi", as the full name has it.
            for s in list(r["surnames"]):
                if any(("al-" + s.lower()) in n.lower() for n in r["names"]) and "al-" + s not in r["surnames"]:
                    r["surnames"].append("al-" + s)
            for s in r["surnames"]:
                f = fold(s)
                if (len(f) < 5 or f in self.english or f in self.first_names or surname_owner[f] > 1
                        or f in hand_surnames or f in self.taken or " " in f):
                    self.drop("surname: not distinctive", s)
                    continue
                surn.append(s)
            for n in names:
                self.taken[fold(n)] = True
            for s in surn:
                self.taken[fold(s)] = True
            aff = merge_terms(r["aff"])
            # A namesake's IRI: the name, the state and the first year of
            # service ("Eric_Williams_TTO_2003"); but the name's own IRI
            # where the hand-made files add to it (and no hand-made person
            # has it), so that their statements stay his.
            iri = None
            plain = re.sub(r"[^A-Za-z0-9]+", "_", label).strip("_")
            if r["namesake"] and not (plain in self.added_to and "id:" + plain not in self.hand_iris):
                first = min([a[1] for a in aff if a[1]] or ["...."])[:4]
                iri = re.sub(r"[^A-Za-z0-9]+", "_", "%s %s %s" % (label, nat, first)).strip("_")
                self.drop("kept apart: a namesake of a hand-made person",
                          "%s (id:%s, not %s)" % (label, iri, r["namesake"]))
            out.append({"label": label, "alts": [n for n in names if n != label], "surnames": surn,
                        "nat": nat, "aff": aff, "group": r["group"], "iri": iri})
        self.person_rows = out
        return out

    # -- organizations and groups --
    def build_bodies(self):
        orgs, groups = [], []
        for e in self.intl:
            igo = [c for c, _, _ in e.codes if c.startswith("IGO")]
            if not igo or self.is_person_name(e.names[0]) and not any(
                    w in BODY_WORDS for w in e.names[0].split("_")):
                continue
            rec = self.body_names(e, "organization")
            if rec:
                orgs.append(rec)
        for e in self.milns:
            if (self.is_person_name(e.names[0]) and not any(w in BODY_WORDS for w in e.names[0].split("_"))
                    and not self.is_rebel_group(e)):
                continue
            if any(c.startswith("IGO") for c, _, _ in e.codes):
                continue
            rec = self.body_names(e, "group")
            if rec:
                sts = [code_state(c, self.states) for c, _, _ in e.codes]
                sts = [s for s in sts if s]
                rec["based"] = collections.Counter(sts).most_common(1)[0][0] if sts else None
                if rec["label"] in NOT_GROUPS:
                    self.drop("group: not an armed group", "%s (%s)" % (rec["label"], NOT_GROUPS[rec["label"]]))
                    continue
                # A name of NOT_GROUPS among a group's other names is no name of it.
                for a in [a for a in rec["alts"] if a in NOT_GROUPS]:
                    rec["alts"].remove(a)
                    self.drop("group name: not an armed group", "%s (%s)" % (a, NOT_GROUPS[a]))
                known = [n for n in [rec["label"]] + rec["alts"] if n in GROUP_STATE]
                if not rec["based"] and known:
                    rec["based"] = GROUP_STATE[known[0]]
                    self.drop("kept: a group's state from GROUP_STATE", rec["label"])
                groups.append(rec)
        self.org_rows, self.group_rows = orgs, groups

    def body_names(self, e, what):
        names, acr = [], []
        for i, raw in enumerate(e.names):
            m = re.search(r"\(([A-Z0-9&./-]+)\)", raw)
            if m:
                acr.append(m.group(1))
            base = norm_raw(re.sub(r"\([^)]*\)", "", raw))
            if not base:
                continue
            words = base.split("_")
            if len(words) == 1 and re.fullmatch(r"[A-Z0-9&./-]+", base) and len(base) <= 8:
                acr.append(base)
                continue
            if self.is_person_name(base) and not any(w in BODY_WORDS for w in words):
                if not (i == 0 and self.is_rebel_group(e)):
                    continue   # a leader among the synonyms
                # A rebel group's own name ("Shining Path"), unless it is
                # English words only ("Red Line", "Black Friday").
                if all(w in self.english for w in fold(title_case(base)).split()):
                    self.drop(what + " name: English words only", title_case(base))
                    continue
            if words[0] == "THE":
                base = "_".join(words[1:])
            names.append(base)
        out_names = []
        for raw in names:
            n = title_case(raw)
            n = re.sub(r"\b(Of|And|For|The|In|On|To|At|Des|Du|De|La|Le|Del|Al)\b",
                       lambda m: m.group(1).lower(), n)
            n = n[0].upper() + n[1:]
            f = fold(n)
            if f in self.hand:
                self.drop(what + ": named in the hand-made lexicon", n)
                return None
            if len(f.split()) == 1 and (f in self.english or len(f) < 4):
                self.drop(what + " name: an English word or too short", n)
                continue
            if re.search(r"[^A-Za-z0-9 .'&-]", n):
                continue
            if treaty_name(n):
                self.drop(what + " name: a treaty, pact or agreement, no body", n)
                continue
            if f in self.taken or fold(n) in {fold(x) for x in out_names}:
                continue
            out_names.append(n)
        acrs = []
        for a in acr:
            a = a.strip(".")
            f = fold(a)
            if f in self.hand:
                self.drop(what + ": named in the hand-made lexicon", a)
                return None
            if not acronym_ok(a, self.english) or f in self.taken:
                self.drop(what + " acronym: an English word, too short or taken", a)
                continue
            if a not in acrs:
                acrs.append(a)
        if not out_names:
            return None
        for n in out_names + acrs:
            self.taken[fold(n)] = True
        return {"label": out_names[0], "alts": out_names[1:] + acrs}

    # -- output --
    def write(self):
        p = os.path.join
        more_people = (
            "#\n# Each person: rdfs:label and skos:altLabel (full names only), lex:surname only\n"
            "# where it is distinctive (not an English word, a first name or another\n"
            "# person's), geo:nationality (the state of most of the person's codes) and\n"
            "# lex:served \"KEY START END\": a term in the government, the military, the\n"
            "# judiciary or the legislature of the state id:KEY, dates YYYY-MM-DD or \"..\"\n"
            "# where open (a literal rather than a node: it loads several times faster).\n"
            "# Terms are not offices: no title (\"the president\") resolves to them,\n"
            "# but a person acting on a date within one resolves to that state.\n"
            "#\n# One person under several spellings is one IRI with every name and term\n"
            "# (\"Salah al Din al Bashir\" and \"Salah Eddin Bashir\"); a spelling of a\n"
            "# hand-made person gives its names and terms to the hand-made IRI (the\n"
            "# statements without a class and a label below).\n")
        with open(p(self.out_dir, "petrarch-people.ttl"), "w", encoding="utf-8") as f:
            f.write(HEADER.format(what="people of political news with their state and dated affiliations.",
                                  more=more_people))
            for r in self.person_rows:
                if r.get("into"):
                    more = []
                    if r["alts"]:
                        more.append("skos:altLabel %s" % ", ".join(lit(a) for a in r["alts"]))
                    if r["aff"]:
                        more.append("lex:served %s" % ", ".join('"%s %s %s"' % (st, s or "..", t or "..")
                                                                for st, s, t in r["aff"]))
                    if more:
                        f.write("%s %s .\n\n" % (r["into"], " ;\n    ".join(more)))
                    continue
                local = iri_local(r["iri"] or r["label"], self.used_iris)
                f.write("id:%s a geo:Person ;\n    rdfs:label %s ;\n" % (local, lit(r["label"])))
                if r["alts"]:
                    f.write("    skos:altLabel %s ;\n" % ", ".join(lit(a) for a in r["alts"]))
                if r["surnames"]:
                    f.write("    lex:surname %s ;\n" % ", ".join(lit(a) for a in r["surnames"]))
                affs = ['"%s %s %s"' % (st, s or "..", t or "..") for st, s, t in r["aff"]]
                if affs:
                    f.write("    lex:served %s ;\n" % ", ".join(affs))
                if r.get("group"):
                    # A militant named among a group's synonyms acts for it,
                    # not for the state of his passport.
                    f.write("    lex:nonState true ;\n")
                f.write("    geo:nationality id:%s .\n\n" % r["nat"])
        with open(p(self.out_dir, "petrarch-places.ttl"), "w", encoding="utf-8") as f:
            f.write(HEADER.format(what="cities, provinces and regions, each located in its state.",
                                  more="#\n# A place here never stands for its state (lex:metonymFor): only the\n"
                                       "# capitals of places.ttl do.  Dropped: names under several states, English\n"
                                       "# words, names of people and better-known places elsewhere.  First come\n"
                                       "# the entities of a state that the dictionaries name as republics\n"
                                       "# (Republika Srpska in Bosnia and Herzegovina), with their other names.\n"))
            for label, alts, st in self.entity_rows:
                local = iri_local(label, self.used_iris)
                f.write("id:%s a geo:Place ;\n    rdfs:label %s ;\n" % (local, lit(label)))
                if alts:
                    f.write("    skos:altLabel %s ;\n" % ", ".join(lit(a) for a in alts))
                f.write("    geo:locatedIn id:%s .\n\n" % st)
            for label, st in self.place_rows:
                local = iri_local(label, self.used_iris)
                f.write("id:%s a geo:Place ;\n    rdfs:label %s ;\n    geo:locatedIn id:%s .\n\n" % (local, lit(label), st))
        with open(p(self.out_dir, "petrarch-organizations.ttl"), "w", encoding="utf-8") as f:
            f.write(HEADER.format(what="intergovernmental organizations.", more=""))
            for r in self.org_rows:
                local = iri_local(r["label"], self.used_iris)
                f.write("id:%s a geo:Organization ;\n    rdfs:label %s" % (local, lit(r["label"])))
                if r["alts"]:
                    f.write(" ;\n    skos:altLabel %s" % ", ".join(lit(a) for a in r["alts"]))
                f.write(" .\n\n")
        with open(p(self.out_dir, "petrarch-groups.ttl"), "w", encoding="utf-8") as f:
            f.write(HEADER.format(what="armed non-state groups, with the state they are based in.", more=""))
            for r in self.group_rows:
                local = iri_local(r["label"], self.used_iris)
                f.write("id:%s a geo:ArmedGroup ;\n    rdfs:label %s" % (local, lit(r["label"])))
                if r["alts"]:
                    f.write(" ;\n    skos:altLabel %s" % ", ".join(lit(a) for a in r["alts"]))
                if r.get("based"):
                    f.write(" ;\n    geo:basedIn id:%s" % r["based"])
                f.write(" .\n\n")


def merge_terms(terms):
    """Terms (state, start, end) with overlapping or touching terms of one
    state merged; an open start ("") is the earliest, an open end the latest."""
    lo, hi = "0000-00-00", "9999-99-99"
    out = []
    for st in sorted({t[0] for t in terms}):
        spans = sorted((s or lo, e or hi) for x, s, e in terms if x == st)
        cur = None
        for s, e in spans:
            if cur and s <= cur[1]:
                cur[1] = max(cur[1], e)
                continue
            if cur:
                out.append((st, cur[0], cur[1]))
            cur = [s, e]
        out.append((st, cur[0], cur[1]))
    res = [(st, "" if s == lo else s, "" if e == hi else e) for st, s, e in out]
    return sorted(res, key=lambda a: (a[1], a[2], a[0]))


def edit_distance(a, b, limit):
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


# ---- One person under two spellings ---------------------------------------------

# Spellings of one given name (transliterations, mostly of Arabic and
# Russian), each group mapped to its first form.  Only names that are the
# same name: Hassan and Hussein, Salah and Saleh, Zaid and Zayed are not.
NAME_VARIANTS = {}
for _forms in (
        "muhammad mohammed mohammad mohamed mohamad muhammed mohamud mohammud muhamed muhamad mouhamed",
        "ahmad ahmed", "mahmud mahmoud mahmood", "mustafa mostafa moustafa mustapha moustapha",
        "yusuf yousef youssef yousif yusef yousuf youssouf yussuf", "musa moussa mousa", "umar omar",
        "uthman othman osman usman", "ibrahim ebrahim", "husayn hussein husain hussain hossein husein",
        "hasan hassan", "khalid khaled", "abdallah abdullah abdulla abdalla abdellah",
        "jamal gamal", "said saeed saied saeid", "sulayman suleiman sulaiman soleiman suleyman",
        "walid waleed", "rashid rasheed rachid", "hamid hameed", "majid majeed",
        "faisal faysal feisal", "nasir nasser naser nassir", "abu abou", "bin ben ibn",
        "karim kareem", "hafiz hafez", "qasim qassem qasem kassem kasim", "yasir yasser yaser yassir",
        "tariq tarek tareq tarik", "nuri nouri", "mahdi mehdi", "muhsin mohsen", "hashimi hashemi",
        "rahman rehman", "sergei sergey", "yevgeny yevgeni evgeny evgeni yevgeniy",
        "yuri yury yuriy", "dmitry dmitri dmitriy", "andrei andrey", "alexei alexey aleksei aleksey",
        "alexander aleksandr alexandr", "nikolai nikolay", "anatoly anatoli anatoliy",
        "vitaly vitali vitaliy", "vasily vasili vasiliy", "valery valeri valeriy", "georgy georgi"):
    for _w in _forms.split():
        NAME_VARIANTS[_w] = _forms.split()[0]
# The Arabic article and its assimilated forms, dropped ("al-Bashir", "Bashir"),
# but as a name's first word ("An Jong Su").
ARTICLES = {"al", "el", "ad", "ed", "ud", "ul", "as", "es", "an", "ar", "az", "at", "ash", "ath", "adh"}
# Particles of European names, dropped likewise ("Jose Azcona del Hoyo").
PARTICLES_DROPPED = {"de", "del", "la", "los", "las", "y", "da", "do", "dos", "das", "du", "van", "von",
                     "der", "den", "ter", "te", "le"}
# The second half of names in -eddin, -uddin, -ad-din ("Salah al-Din", "Salaheddin").
DIN = {"din", "dine", "eddin", "eddine", "uddin", "addin", "iddin", "aldin", "eldin", "uldin", "udin", "edin"}
# States whose people's names leave one of two surnames out ("Luis Solari" and
# "Luis Solari de la Fuente"): the Spanish-speaking ones.
TWO_SURNAMES = set("ARG BOL CHL COL CRI CUB DOM ECU SLV GTM HND MEX NIC PAN PRY PER URY VEN ESP AND GNQ".split())
# States whose people's names are syllables, not given name and surname: a
# shorter name in a longer one is no sign there ("Aung Kyi" is not Aung San
# Suu Kyi), only the same letters are.
SYLLABLE_NAMES = set("CHN TWN KOR PRK VNM MMR KHM LAO THA".split())
# Pairs of spellings checked to be one person that the rules do not take (a
# given name and a middle name without the surname; a name without its
# "Junior"; a short given name spelt two ways or given in its familiar form,
# "Kees" for Cornelis; a Korean name's syllables romanized two ways): each
# pair's folded names.
SAME_SPELLINGS = [("moussa faki", "moussa faki mahamat"), ("donald tsang", "donald tsang yam kuen"),
                  ("carlos gomes", "carlos gomes junior"), ("amena afzali", "amina afzali"),
                  ("bassem al salem", "bassim al salem"), ("roelf de boer", "rolf de boer"),
                  ("steven maharey", "steve maharey"), ("jan kees de jager", "jan cornelius de jager"),
                  ("han myung sook", "han myeong sook")]


def word_skeleton(w):
    """A word's spelling with doubled letters and some vowel spellings made one."""
    w = NAME_VARIANTS.get(w, w)
    w = re.sub(r"(.)\1+", r"\1", w)
    w = w.replace("ou", "u").replace("ee", "i").replace("ph", "f").replace("dh", "d")
    w = re.sub(r"(iy|y)$", "i", w)
    w = re.sub(r"(?<=..)([ae])h$", r"\1", w)
    return w


def name_words(name):
    """A person's name as the words that tell it from another's: folded,
    accents dropped, the Arabic article dropped (a word after it marked with
    "~": a family name, "al-Maktoum"), compounds in -eddin and Abd- split,
    spelling variants made one, a territorial "of Nepal" dropped ("Salah
    al-Din al-Bashir" and "Salaheddin Bashir": salah din ~bashir, salah din
    bashir)."""
    s = unicodedata.normalize("NFKD", fold(name))
    s = "".join(c for c in s if not unicodedata.combining(c))
    ws = s.split()
    if "of" in ws[1:]:
        ws = ws[:ws.index("of", 1)]
    out = []
    after_article = False
    for i, w in enumerate(ws):
        if i > 0 and w in ARTICLES:
            after_article = True
            continue
        if i > 0 and w in PARTICLES_DROPPED:
            continue
        mark = "~" if after_article else ""
        after_article = False
        if w in DIN:
            out.append("din")
            continue
        m = re.fullmatch(r"(.{3,}?)(?:[aeiu]|[aeiu]l|[aeiu]d)?d+ine?", w)
        if m and w not in NAME_VARIANTS and len(w) >= 7:
            out += [mark + word_skeleton(m.group(1)), "din"]
            continue
        m = re.fullmatch(r"abd(?:[aeiou]{1,2}[lr])?([a-z]{4,})", w)
        if m and w not in NAME_VARIANTS and not re.fullmatch(r"abd[aeiou]*l+(ah|ahi|aye|ai|ie)", w):
            out += ["abd", word_skeleton(m.group(1))]
            continue
        if w in ("abdul", "abdel", "abdol", "abdoul"):
            out.append("abd")
            continue
        out.append(mark + word_skeleton(w))
    return out


def bare(w):
    return w.lstrip("~")


def words_alike(a, b, strict=False):
    a, b = bare(a), bare(b)
    if a == b:
        return True
    return not strict and (len(a) >= 6 and len(b) >= 6 and a[0] == b[0] and edit_distance(a, b, 1) <= 1)


def middles_alike(a, b, strict=False):
    """Middle words alike: alike words, or an initial and a word it begins."""
    a, b = bare(a), bare(b)
    return words_alike(a, b, strict) or len(a) == 1 and b.startswith(a) or len(b) == 1 and a.startswith(b)


def names_alike(a, b, state=None, generic=(), strict=False):
    """Whether two names (lists of name_words) of people of STATE are one
    name spelt two ways: the same letters once the words are joined; or the
    same first (given) name and the same last (family) name with the shorter
    name's words all in the longer in order (a middle name, a patronym or
    initials left out: "Carlos Saul Menem", "Carlos Menem"); the longer may
    end with one more family name after an article ("Mohammed bin Rashid al
    Maktoum") or, in TWO_SURNAMES states, the mother's surname.  A lone word
    is never enough, nor a shorter name of two GENERIC words (common given
    names: "Mohamed Hussain"); "bin X" is never left out ("Abdullah Al
    Thani" is none of the sons of the Al Thani); in SYLLABLE_NAMES states
    only initials may be left out.  STRICT: words alike only where spelt
    alike (no letter apart)."""
    if not a or not b:
        return False
    if "".join(map(bare, a)) == "".join(map(bare, b)) and (len(a) > 1 or len(b) > 1):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2 or not words_alike(short[0], long_[0], strict) or len(short) == 2 and all(
            bare(w) in generic for w in short):
        return False
    matched = [0]
    i = 1
    for j in range(1, len(long_)):
        if i < len(short) and (middles_alike(short[i], long_[j], strict) if 0 < i < len(short) - 1
                               else words_alike(short[i], long_[j], strict)):
            matched.append(j)
            i += 1
    if i < len(short):
        return False
    left = [j for j in range(len(long_)) if j not in matched]
    tail = [j for j in left if j > matched[-1]]
    if len(tail) > 1 or tail and not (long_[tail[0]].startswith("~") or state in TWO_SURNAMES):
        return False
    for j in left:
        if long_[j - 1] in ("bin", "bint") or long_[j] in ("bin", "bint") and j + 1 in left:
            return False
    if state in SYLLABLE_NAMES and any(len(bare(long_[j])) > 1 for j in left):
        return False
    # Different initials are different people (George W. and George H. W.).
    inits = lambda ws: [w for w in ws if len(w) == 1]
    return not (inits(short) and inits(long_) and inits(short) != inits(long_))


def names_clash(a, b):
    """Whether two names have the same first and last words but other middle
    names ("Mahamat Ali Hassan", "Mahamat Nasser Hassan"): a sign of two
    people.  Middle words spelt alike, or differing in a letter ("Abdul
    Qader", "Abdul Qadir") or in two of five or more ("Babiker", "Babkir"),
    do not clash, nor one left out."""
    if len(a) < 3 or len(b) < 3 or not words_alike(a[0], b[0]) or not words_alike(a[-1], b[-1]):
        return False
    ma, mb = [bare(w) for w in a[1:-1]], [bare(w) for w in b[1:-1]]
    like = lambda x, y: (middles_alike(x, y) or edit_distance(x, y, 2)
                         <= (2 if min(len(x), len(y)) >= 5 else 1))
    return not (any(like(x, y) for x in ma for y in mb) or "".join(ma) == "".join(mb))


def next_day(d):
    """The day after date D (YYYY-MM-DD)."""
    return (datetime.date.fromisoformat(d) + datetime.timedelta(days=1)).isoformat()


def overlap_state(ta, tb, touch=False):
    """The state in which two lists of terms (state, start, end; "" where
    open) overlap for a known while: at least one of the two ends is given
    (two terms open to the present overlap from the later start on, but
    nothing says the two were in office together); None if they do not.
    With TOUCH, terms of which one begins the day after the other ends count
    too (a cabinet list and the next one)."""
    lo = "0000"
    for sa, a0, a1 in ta:
        if not a0 and not a1:
            continue
        for sb, b0, b1 in tb:
            if sa != sb or (not b0 and not b1) or (not a1 and not b1):
                continue
            if (a0 or lo) <= (b1 or a1) and (b0 or lo) <= (a1 or b1):
                return sa
            if touch and (a1 and b0 and next_day(a1) == b0 or b1 and a0 and next_day(b1) == a0):
                return sa
    return None


def read_hand_people(out_dir):
    """The hand-made people (by IRI): their names, their terms of office and
    their nationality, gathered from every block about them in every file,
    and the IRIs of the generated file that the hand-made files add to."""
    people = collections.defaultdict(lambda: {"names": [], "terms": [], "nat": None, "typed": False})
    for path in sorted(glob.glob(os.path.join(out_dir, "people*.ttl"))):
        text = open(path, encoding="utf-8").read()
        # Blocks between blank lines, and within a block each statement that
        # begins a line with its subject (one-line additions follow each
        # other: "id:Luis_Solari lex:holds [...] .").
        for block in (b for para in re.split(r"\n\s*\n", text) for b in re.split(r"\n(?=id:)", para)):
            block = "\n".join(l for l in block.split("\n") if not l.lstrip().startswith("#"))
            m = re.search(r"^(id:[^\s;]+)(\s+a\s+geo:(\w+))?", block, re.M)
            if not m:
                continue
            if m.group(2) and m.group(3) != "Person":
                continue
            p = people[m.group(1)]
            p["typed"] = p["typed"] or bool(m.group(2))
            for pred, objs in re.findall(r"(rdfs:label|skos:altLabel)\s+((?:\"(?:[^\"\\]|\\.)*\"(?:@\w+)?\s*,?\s*)+)", block):
                for n in re.findall(r'"((?:[^"\\]|\\.)*)"', objs):
                    if n not in p["names"]:
                        p["names"].append(n)
            nat = re.search(r"geo:nationality\s+id:(\w+)", block)
            if nat:
                p["nat"] = nat.group(1)
            for term in re.findall(r"\[([^\]]*lex:office[^\]]*)\]", block):
                of = re.search(r"lex:of\s+id:(\w+)", term)
                st = re.search(r'lex:start\s+"([0-9-]+)"', term)
                en = re.search(r'lex:end\s+"([0-9-]+)"', term)
                if of:
                    p["terms"].append((of.group(1), st.group(1) if st else "", en.group(1) if en else ""))
    return people


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if not args:
        sys.stderr.write(__doc__)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    out_dir = args[1] if len(args) > 1 else os.path.join(root, "ontology", "lexicon")
    g = Gen(args[0], out_dir, root)
    # Bodies first: their names are taken before people's and places'.
    g.build_bodies()
    g.build_people()
    g.places()
    g.write()
    sys.stderr.write("petrarch2ttl: %d people, %d places, %d organizations, %d armed groups\n"
                     % (sum(1 for r in g.person_rows if not r.get("into")), len(g.place_rows), len(g.org_rows), len(g.group_rows)))
    if "--report" in argv:
        for st in set(GROUP_STATE.values()) - g.states:
            sys.stderr.write("petrarch2ttl: GROUP_STATE names %s, which states.ttl lacks\n" % st)
        for label in set(GROUP_STATE) | set(NOT_GROUPS):
            if not any(label in [r["label"]] + r["alts"] for r in g.group_rows) and label not in NOT_GROUPS:
                sys.stderr.write("petrarch2ttl: GROUP_STATE names %s, which is no generated group\n" % label)
        for why in sorted(g.report):
            items = g.report[why]
            sys.stderr.write("%s%s: %d, e.g. %s\n" % ("" if why.startswith("kept") else "dropped, ", why, len(items),
                                                       "; ".join(items[:12])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
