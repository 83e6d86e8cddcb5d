/* geordf: unit tests for the lexicon loader, phrase table and offices
 * (src/lexicon.c, src/match.c), on a small fixture and the bundled lexicon.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "geordf/geordf.h"
#include "lexicon.h"
#include "match.h"
#include "testutil.h"
#include "token.h"

#define ID GEORDF_ID_NS

static geordf_lexicon *lex; /* the fixture, loaded and frozen for each test */

/* The fixture file of the source tree. */
static const char *fixture_path(void) { return tu_srcpath("tests/unit/fixture-lexicon.ttl"); }

static void load_fixture(void) {
  ck_assert_int_eq(geordf_lexicon_new(&lex), GEORDF_OK);
  geordf_status st = geordf_lexicon_load_file(lex, fixture_path());
  ck_assert_msg(st == GEORDF_OK, "loading the fixture: %s", geordf_lexicon_error(lex));
  st = geordf_lexicon_freeze(lex);
  ck_assert_msg(st == GEORDF_OK, "freezing the fixture: %s", geordf_lexicon_error(lex));
}

static void free_fixture(void) {
  geordf_lexicon_free(lex);
  lex = NULL;
}

static const geordf_entity *ent(const char *local) { return tu_entity(lex, local); }

static const gd_sense *lookup(const char *key, int *is_prefix) {
  int p = -1;
  const gd_sense *s = gd_lexicon_lookup(lex, key, strlen(key), &p);
  ck_assert_msg(p == 0 || p == 1, "is_prefix not set for \"%s\"", key);
  if (is_prefix) *is_prefix = p;
  return s;
}

/* A folder of its own for files written by a test; removed by rm_tmp(). */
static char tmpdir[256];
static char tmpfile_path[512];

static const char *write_tmp(const char *name, const char *content) {
  const char *base = getenv("TMPDIR");
  snprintf(tmpdir, sizeof tmpdir, "%s/geordf-lex-XXXXXX", base && *base ? base : "/tmp");
  ck_assert_ptr_nonnull(mkdtemp(tmpdir));
  snprintf(tmpfile_path, sizeof tmpfile_path, "%s/%s", tmpdir, name);
  FILE *fh = fopen(tmpfile_path, "w");
  ck_assert_ptr_nonnull(fh);
  fputs(content, fh);
  ck_assert_int_eq(fclose(fh), 0);
  return tmpfile_path;
}

static void rm_tmp(void) {
  unlink(tmpfile_path);
  rmdir(tmpdir);
}

/* A lexicon of its own in *OUT, the Turtle TTL alone, which must load:
 * returns the status of freezing it.  Free it with geordf_lexicon_free(). */
static geordf_status lexicon_of(const char *ttl, geordf_lexicon **out) {
  ck_assert_int_eq(geordf_lexicon_new(out), GEORDF_OK);
  geordf_status st = geordf_lexicon_load_file(*out, write_tmp("lexicon.ttl", ttl));
  rm_tmp();
  ck_assert_msg(st == GEORDF_OK, "loading: %s", geordf_lexicon_error(*out));
  return geordf_lexicon_freeze(*out);
}

#define PREFIXES                                           \
  "@prefix geo: <https://w3id.org/geordf/ns#> .\n"         \
  "@prefix lex: <https://w3id.org/geordf/lexicon#> .\n"    \
  "@prefix id: <https://w3id.org/geordf/id/> .\n"          \
  "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"

/* ---- the fixture ----------------------------------------------------------- */

START_TEST(fixture_entities) {
  ck_assert_str_eq(geordf_lexicon_error(lex), "");
  const geordf_entity *usa = ent("USA");
  ck_assert_str_eq(geordf_entity_iri(usa), ID "USA");
  ck_assert_str_eq(geordf_entity_label(usa), "United States");
  ck_assert_str_eq(geordf_entity_qid(usa), "Q30");
  ck_assert_str_eq(geordf_entity_class(usa), "Country");
  ck_assert_int_eq(usa->kind, GD_KIND_COUNTRY);

  const geordf_entity *ankara = ent("Ankara");
  ck_assert_int_eq(ankara->kind, GD_KIND_PLACE);
  ck_assert_str_eq(geordf_entity_class(ankara), "Place");
  ck_assert_ptr_eq(ankara->country, ent("TUR"));
  ck_assert_ptr_eq(ankara->stands_for, ent("TUR"));
  ck_assert_ptr_null(geordf_entity_qid(ankara));

  const geordf_entity *nato = ent("NATO");
  ck_assert_int_eq(nato->kind, GD_KIND_ORG);
  ck_assert_str_eq(geordf_entity_class(nato), "Organization");

  /* A weapon keeps its precise class, kind and origin. */
  const geordf_entity *su = ent("Su-24");
  ck_assert_int_eq(su->kind, GD_KIND_WEAPON);
  ck_assert_str_eq(geordf_entity_class(su), "Aircraft");
  ck_assert_str_eq(su->weapon_kind, "bomber");
  ck_assert_ptr_eq(su->country, ent("RUS"));
}
END_TEST

/* A weapon keeps every state of origin, in the file's order, however many,
 * and its first is its country (a later maker does not overwrite it). */
START_TEST(weapon_keeps_every_origin) {
  geordf_lexicon *l;
  ck_assert_int_eq(lexicon_of(PREFIXES
                              "id:AAA a geo:Country ; rdfs:label \"Aland\" .\n"
                              "id:BBB a geo:Country ; rdfs:label \"Bland\" .\n"
                              "id:CCC a geo:Country ; rdfs:label \"Cland\" .\n"
                              "id:DDD a geo:Country ; rdfs:label \"Dland\" .\n"
                              "id:EEE a geo:Country ; rdfs:label \"Eland\" .\n"
                              "id:FFF a geo:Country ; rdfs:label \"Fland\" .\n"
                              "id:Zap a geo:Missile ; rdfs:label \"Zap missile\" ;\n"
                              "  geo:originCountry id:CCC, id:AAA, id:FFF, id:BBB, id:EEE, id:DDD, id:AAA .\n"
                              "id:Zip a geo:Missile ; rdfs:label \"Zip missile\" ; geo:originCountry id:BBB .\n",
                              &l),
                   GEORDF_OK);
  const geordf_entity *zap = gd_lexicon_entity(l, ID "Zap"), *zip = gd_lexicon_entity(l, ID "Zip");
  ck_assert_ptr_nonnull(zap);
  ck_assert_ptr_nonnull(zip);
  ck_assert_ptr_eq(zap->country, gd_lexicon_entity(l, ID "CCC"));
  /* (AAA written twice is kept once.) */
  ck_assert_uint_eq(zap->n_origins, 6);
  static const char *const want[] = {"CCC", "AAA", "FFF", "BBB", "EEE", "DDD"};
  for (unsigned i = 0; i < 6; i++) {
    char iri[64];
    snprintf(iri, sizeof iri, ID "%s", want[i]);
    ck_assert_ptr_eq(zap->origins[i], gd_lexicon_entity(l, iri));
  }
  ck_assert_uint_eq(zip->n_origins, 1);
  ck_assert_ptr_eq(zip->country, gd_lexicon_entity(l, ID "BBB"));
  geordf_lexicon_free(l);
}
END_TEST

START_TEST(fixture_person_offices) {
  const geordf_entity *jane = ent("Jane_Doe");
  ck_assert_int_eq(jane->kind, GD_KIND_PERSON);
  ck_assert_str_eq(geordf_entity_class(jane), "Person");
  ck_assert_ptr_eq(jane->country, ent("TUR"));
  ck_assert_uint_eq(jane->n_offices, 2);
  /* Offices are sorted by start date, whatever the file order. */
  ck_assert_str_eq(jane->offices[0].office, "ForeignMinister");
  ck_assert_ptr_eq(jane->offices[0].of, ent("TUR"));
  ck_assert_str_eq(jane->offices[0].start, "2003-03-14");
  ck_assert_str_eq(jane->offices[0].end, "2007-08-29");
  ck_assert_str_eq(jane->offices[1].office, "SecretaryGeneral");
  ck_assert_ptr_eq(jane->offices[1].of, ent("NATO"));
  ck_assert_str_eq(jane->offices[1].start, "2009-08-01");
  /* An open term has no end. */
  const geordf_entity *mary = ent("Mary_Poe");
  ck_assert_uint_eq(mary->n_offices, 1);
  ck_assert_str_eq(mary->offices[0].end, "");
}
END_TEST

START_TEST(entity_by_iri) {
  ck_assert_ptr_nonnull(gd_lexicon_entity(lex, ID "TUR"));
  ck_assert_ptr_null(gd_lexicon_entity(lex, ID "TU"));
  ck_assert_ptr_null(gd_lexicon_entity(lex, ID "TURX"));
  ck_assert_ptr_null(gd_lexicon_entity(lex, ID "tur"));
  ck_assert_ptr_null(gd_lexicon_entity(lex, ""));
  /* Triggers and cues are not entities. */
  ck_assert_ptr_null(gd_lexicon_entity(lex, GD_LEX_NS "visit_v"));
  ck_assert_ptr_null(gd_lexicon_entity(lex, GD_LEX_NS "President"));
}
END_TEST

START_TEST(lookup_names) {
  int pre;
  const gd_sense *s = lookup("turkey", &pre);
  ck_assert_ptr_nonnull(s);
  ck_assert_int_eq(s->kind, GD_PH_ENTITY);
  ck_assert_ptr_eq(s->u.entity, ent("TUR"));
  ck_assert_int_eq(s->how, GD_NAME_PROPER);
  ck_assert_uint_eq(s->caps_only, GD_CAPS_WORD(0));
  ck_assert_ptr_null(s->next);
  ck_assert_int_eq(pre, 0);
  /* Names are folded like text: "T\u00fcrkiye" is found as "turkiye". */
  s = lookup("turkiye", NULL);
  ck_assert(s && s->u.entity == ent("TUR"));
  s = lookup("american", NULL);
  ck_assert(s && s->u.entity == ent("USA") && s->how == GD_NAME_DEMONYM);
  s = lookup("the kremlin", NULL);
  ck_assert(s && s->u.entity == ent("RUS") && s->how == GD_NAME_METONYM);
  s = lookup("doe", NULL);
  ck_assert(s && s->u.entity == ent("Jane_Doe") && s->how == GD_NAME_SURNAME);
  s = lookup("su-24s", NULL);
  ck_assert(s && s->u.entity == ent("Su-24"));
  ck_assert_ptr_null(lookup("Turkey", NULL)); /* keys are folded */
  ck_assert_ptr_null(lookup("germany", &pre));
  ck_assert_int_eq(pre, 0);
}
END_TEST

START_TEST(lookup_multiword_and_prefix) {
  int pre;
  ck_assert_ptr_null(lookup("united", &pre));
  ck_assert_int_eq(pre, 1);
  const gd_sense *s = lookup("united states", &pre);
  ck_assert(s && s->u.entity == ent("USA"));
  ck_assert_int_eq(pre, 1); /* "united states of america" is longer */
  ck_assert_ptr_null(lookup("united states of", &pre));
  ck_assert_int_eq(pre, 1);
  s = lookup("united states of america", &pre);
  ck_assert(s && s->u.entity == ent("USA"));
  ck_assert_int_eq(pre, 0);
  s = lookup("north atlantic treaty organization", &pre);
  ck_assert(s && s->u.entity == ent("NATO"));
  /* The key length bounds the lookup. */
  s = gd_lexicon_lookup(lex, "united states of america", 13, &pre);
  ck_assert(s && s->u.entity == ent("USA") && pre == 1);
  /* Keys join tokens with single spaces. */
  ck_assert_ptr_null(lookup("united  states", &pre));
  ck_assert_ptr_null(lookup("unitedstates", &pre));
  /* The matcher's way: the hash made when the filter word was asked for,
   * then the lookup with it, gives what a plain lookup gives. */
  static const char *const keys[] = {"united", "united states", "nato", "zedland", "visited", ""};
  for (int k = 0; k < 6; k++) {
    int p1, p2;
    size_t n = strlen(keys[k]);
    uint64_t h = gd_lexicon_prefetch(lex, keys[k], n);
    ck_assert(gd_lexicon_lookup_hashed(lex, keys[k], n, h, &p1) == gd_lexicon_lookup(lex, keys[k], n, &p2));
    ck_assert_int_eq(p1, p2);
  }
}
END_TEST

START_TEST(lookup_trigger_cue_office) {
  int pre;
  const gd_sense *s = lookup("visited", &pre);
  ck_assert_ptr_nonnull(s);
  ck_assert_int_eq(s->kind, GD_PH_TRIGGER);
  const gd_trigger *tr = s->u.trigger;
  ck_assert_str_eq(tr->iri, GD_LEX_NS "visit_v");
  ck_assert_int_eq(tr->type, GEORDF_VISIT);
  ck_assert_int_eq(tr->pos, 'v');
  ck_assert_double_eq_tol(tr->weight, 0.9, 1e-9);
  ck_assert_int_eq(tr->status, GEORDF_STATUS_NONE);
  ck_assert_uint_eq(tr->nslots, 3);
  ck_assert(tr->slots[0].kind == GD_SLOT_SUBJ && tr->slots[0].role == GEORDF_ROLE_VISITOR);
  ck_assert(tr->slots[1].kind == GD_SLOT_OBJ && tr->slots[1].role == GEORDF_ROLE_DESTINATION);
  /* "_" in a preposition slot stands for a space. */
  ck_assert(tr->slots[2].kind == GD_SLOT_PREP && tr->slots[2].role == GEORDF_ROLE_PLACE);
  ck_assert_str_eq(tr->slots[2].prep, "next to");
  /* A multi-word form leads to the same trigger. */
  ck_assert_ptr_null(lookup("paid", &pre));
  ck_assert_int_eq(pre, 1);
  s = lookup("paid a visit to", &pre);
  ck_assert(s && s->kind == GD_PH_TRIGGER && s->u.trigger == tr);

  s = lookup("denied", NULL);
  ck_assert(s && s->kind == GD_PH_CUE && s->u.cue == GD_CUE_NEGATION);
  s = lookup("did not", NULL);
  ck_assert(s && s->kind == GD_PH_CUE && s->u.cue == GD_CUE_NEGATION);
  s = lookup("president", NULL);
  ck_assert(s && s->kind == GD_PH_OFFICE);
  ck_assert_str_eq(s->u.office->office, "President");
}
END_TEST

/* Runs gd_match over TEXT and describes the mentions as "first-last=label". */
static const char *matches(const char *text) {
  static char out[512];
  gd_tokens *t = gd_tokenize(text, strlen(text));
  ck_assert_ptr_nonnull(t);
  gd_mention *m = NULL;
  size_t n = 0, cap = 0;
  ck_assert_int_eq(gd_match(lex, t, 0, t->ntok, &m, &n, &cap), 0);
  out[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    const char *what = m[i].nents ? geordf_entity_label(m[i].ents[0])
                       : m[i].ntrig ? "TRIGGER"
                       : m[i].office ? "OFFICE"
                                     : "CUE";
    size_t at = strlen(out);
    snprintf(out + at, sizeof out - at, "%s%zu-%zu=%s", i ? "|" : "", m[i].tb, m[i].te, what);
  }
  free(m);
  gd_tokens_free(t);
  return out;
}

#define MATCHES(text, want)                                                                       \
  do {                                                                                            \
    const char *got_ = matches(text);                                                             \
    ck_assert_msg(!strcmp(got_, want), "matches in \"%s\": \"%s\", want \"%s\"", text, got_, want); \
  } while (0)

START_TEST(match_capitals_only) {
  /* "US" is written in capitals in the lexicon: only capitals match. */
  MATCHES("US troops left", "0-1=United States");
  MATCHES("they told us so", "");
  MATCHES("Us", "");
  /* Other names match any case of the words. */
  MATCHES("the UNITED STATES said", "1-3=United States");
}
END_TEST

START_TEST(match_capitalized_names) {
  MATCHES("Turkey voted", "0-1=Turkey");
  MATCHES("TURKEY VOTED", "0-1=Turkey");
  /* "turkey" the bird is not the state. */
  MATCHES("they ate turkey", "");
  MATCHES("a turkish bath", "");
  MATCHES("a Turkish bath", "1-2=Turkey");
}
END_TEST

/* A proper name matches where text capitalizes its words, as headlines in
 * title case and in capitals do: written otherwise, its words are common
 * ones.  The test replaces the fixture with a lexicon of its own. */
START_TEST(match_names_by_their_capitals) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(lexicon_of(PREFIXES
      "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
      "id:IS a geo:ArmedGroup ; rdfs:label \"Islamic State\" ; skos:altLabel \"the Islamic State\" .\n"
      "id:GD a geo:Organization ; rdfs:label \"Golden Dawn\" .\n"
      "id:SP a geo:ArmedGroup ; rdfs:label \"Shining Path\" .\n"
      "id:MB a geo:Organization ; rdfs:label \"Muslim Brotherhood\" .\n"
      "id:BA a geo:Person ; rdfs:label \"Bashar Al-Assad\" .\n"
      "id:HI a geo:ArmedGroup ; rdfs:label \"Hizb-E-Islami\" .\n"
      "id:BK a geo:Person ; rdfs:label \"Ban Ki-Moon\" .\n"
      "id:RS a geo:ArmedGroup ; rdfs:label \"pro-Russian separatists\" .\n"
      "id:EA a geo:Organization ; rdfs:label \"El Al\" .\n"
      "id:NATO a geo:Organization ; rdfs:label \"NATO\" ;\n"
      "    skos:altLabel \"North Atlantic Alliance\", \"North Atlantic alliance\" .\n", &l), GEORDF_OK);
  geordf_lexicon_free(lex);
  lex = l; /* freed by the fixture's teardown */
  ck_assert_uint_eq(lookup("islamic state", NULL)->caps_only, GD_CAPS_WORD(0) | GD_CAPS_WORD(1));
  /* The name, in running text, a headline in title case and one in capitals. */
  MATCHES("Islamic State fighters fled", "0-2=Islamic State");
  MATCHES("Islamic State Fighters Flee Mosul", "0-2=Islamic State");
  MATCHES("ISLAMIC STATE FIGHTERS FLEE", "0-2=Islamic State");
  MATCHES("they said the Islamic State had fled", "2-5=Islamic State");
  MATCHES("The Islamic State fled", "0-3=Islamic State");
  /* Common nouns: a state that is Islamic, sentence-initial or not. */
  MATCHES("Iran called itself an Islamic state", "");
  MATCHES("they feared the islamic state of the clerics", "");
  MATCHES("Islamic state television said so", "");
  MATCHES("THE ISLAMIC state", "");
  MATCHES("a golden dawn rose over the hills", "");
  MATCHES("Golden dawn rose", "");
  MATCHES("Golden Dawn won seats", "0-2=Golden Dawn");
  MATCHES("a shining path to power", "");
  MATCHES("Shining Path rebels", "0-2=Shining Path");
  MATCHES("a sense of Muslim brotherhood", "");
  MATCHES("the Muslim Brotherhood won", "1-3=Muslim Brotherhood");
  /* Particles may be written either way, and so may a hyphenated word
   * after its first part that is no particle; the rest may not. */
  MATCHES("Bashar al-Assad spoke", "0-4=Bashar Al-Assad");
  MATCHES("bashar al-assad", "");
  MATCHES("Hizb-e-Islami fighters", "0-5=Hizb-E-Islami");
  MATCHES("hizb-e-islami", "");
  MATCHES("Ban Ki-moon said", "0-4=Ban Ki-Moon");
  MATCHES("Ban ki-moon", "");
  /* A name the lexicon writes in lower case matches any case; of two
   * spellings of one name, text may follow either; a name of particles
   * keeps its first capital. */
  MATCHES("pro-Russian separatists fired", "0-4=pro-Russian separatists");
  MATCHES("Pro-russian separatists fired", "0-4=pro-Russian separatists");
  MATCHES("the North Atlantic alliance met", "1-4=NATO");
  MATCHES("the North Atlantic Alliance met", "1-4=NATO");
  MATCHES("the north atlantic alliance", "");
  MATCHES("El Al flew", "0-2=El Al");
  MATCHES("el al", "");
}
END_TEST

START_TEST(match_longest_first) {
  MATCHES("the United States of America visited Ankara",
          "1-5=United States|5-6=TRIGGER|6-7=Ankara");
  /* An unfinished longer phrase falls back to the longest complete one. */
  MATCHES("the United States of old", "1-3=United States");
  MATCHES("she paid a visit to Ankara", "1-5=TRIGGER|5-6=Ankara");
  MATCHES("she paid a bill", "");
  MATCHES("the president did not go", "1-2=OFFICE|2-4=CUE");
  /* A token range limits the matcher. */
  gd_tokens *t = gd_tokenize("Turkey Russia", 13);
  gd_mention *m = NULL;
  size_t n = 0, cap = 0;
  ck_assert_int_eq(gd_match(lex, t, 1, 2, &m, &n, &cap), 0);
  ck_assert_uint_eq(n, 1);
  ck_assert_ptr_eq(m[0].ents[0], ent("RUS"));
  free(m);
  gd_tokens_free(t);
}
END_TEST

START_TEST(office_holders_by_date) {
  const geordf_entity *out[4];
  const geordf_entity *usa = ent("USA");
  /* Before, during and after a term; the end day belongs to the successor. */
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", usa, "1999-05-01", out, 4), 0);
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", usa, "2001-01-20", out, 4), 1);
  ck_assert_ptr_eq(out[0], ent("John_Roe"));
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", usa, "2005-06-30", out, 4), 1);
  ck_assert_ptr_eq(out[0], ent("John_Roe"));
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", usa, "2009-01-19", out, 4), 1);
  ck_assert_ptr_eq(out[0], ent("John_Roe"));
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", usa, "2009-01-20", out, 4), 1);
  ck_assert_ptr_eq(out[0], ent("Mary_Poe"));
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", usa, "2024-03-01", out, 4), 1);
  ck_assert_ptr_eq(out[0], ent("Mary_Poe"));
  /* "" is any time; "Leader" is any head of state or government. */
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", usa, "", out, 4), 2);
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "Leader", usa, "2005-06-30", out, 4), 1);
  ck_assert_ptr_eq(out[0], ent("John_Roe"));
  /* MAX bounds the output. */
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", usa, "", out, 1), 1);
  /* Another state or office has other holders. */
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", ent("TUR"), "2005-06-30", out, 4), 0);
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "ForeignMinister", ent("TUR"), "2005-06-30", out, 4), 1);
  ck_assert_ptr_eq(out[0], ent("Jane_Doe"));
  /* A secretary-general is not a "Leader" (not a head of state). */
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "Leader", ent("NATO"), "2010-01-01", out, 4), 0);
  /* NULL for any state. */
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "SecretaryGeneral", NULL, "2010-01-01", out, 4), 1);
}
END_TEST

/* The holders of an office are read from groups by state and office (and
 * by office alone), each person with the span of their terms in it: a
 * person's second term after a gap, the day one term ends and the next
 * begins, a title with no state, a named holder and a collective office all
 * answer as a scan of every term would. */
START_TEST(office_holders_grouped) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(lexicon_of(PREFIXES
      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
      "id:AAA a geo:Country ; rdfs:label \"Aland\" .\n"
      "id:BBB a geo:Country ; rdfs:label \"Bland\" .\n"
      "id:Ann_Ash a geo:Person ; rdfs:label \"Ann Ash\" ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:AAA ; lex:start \"1990-01-01\"^^xsd:date ;"
      " lex:end \"1994-01-01\"^^xsd:date ] ,\n"
      "    [ lex:office lex:PrimeMinister ; lex:of id:BBB ; lex:start \"1996-01-01\"^^xsd:date ;"
      " lex:end \"1998-01-01\"^^xsd:date ] ,\n"
      "    [ lex:office lex:President ; lex:of id:AAA ; lex:start \"2002-01-01\"^^xsd:date ;"
      " lex:end \"2006-01-01\"^^xsd:date ] .\n"
      "id:Bob_Birch a geo:Person ; rdfs:label \"Bob Birch\" ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:AAA ; lex:start \"1994-01-01\"^^xsd:date ;"
      " lex:end \"2002-01-01\"^^xsd:date ] .\n"
      "id:Cy_Ash a geo:Person ; rdfs:label \"Cy Ash\" ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:BBB ; lex:start \"1993-06-01\"^^xsd:date ] .\n"
      "id:Di_Dale a geo:Person ; rdfs:label \"Di Dale\" ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:AAA ; lex:collective true ;"
      " lex:start \"2006-01-01\"^^xsd:date ] .\n"
      "id:Ed_Elm a geo:Person ; rdfs:label \"Ed Elm\" ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:AAA ; lex:collective true ;"
      " lex:start \"2006-01-01\"^^xsd:date ] .\n", &l), GEORDF_OK);
  const geordf_entity *aaa = gd_lexicon_entity(l, ID "AAA"), *bbb = gd_lexicon_entity(l, ID "BBB");
  const geordf_entity *ann = gd_lexicon_entity(l, ID "Ann_Ash"), *bob = gd_lexicon_entity(l, ID "Bob_Birch");
  const geordf_entity *cy = gd_lexicon_entity(l, ID "Cy_Ash"), *di = gd_lexicon_entity(l, ID "Di_Dale");
  const geordf_entity *ed = gd_lexicon_entity(l, ID "Ed_Elm");
  const geordf_entity *out[4];
#define HOLDERS(office, of, date, ...)                                                           \
  do {                                                                                           \
    const geordf_entity *want[] = {__VA_ARGS__};                                                 \
    size_t nw = sizeof want / sizeof *want - 1;                                                  \
    ck_assert_uint_eq(gd_lexicon_office_holders(l, office, of, date, out, 4), nw);               \
    for (size_t q = 0; q < nw; q++) ck_assert_ptr_eq(out[q], want[q]);                           \
  } while (0)
#define NAMED(office, of, date, name, ...)                                                       \
  do {                                                                                           \
    const geordf_entity *want[] = {__VA_ARGS__};                                                 \
    size_t nw = sizeof want / sizeof *want - 1;                                                  \
    ck_assert_uint_eq(gd_lexicon_office_holders_named(l, office, of, date, name, strlen(name), out, 4), nw); \
    for (size_t q = 0; q < nw; q++) ck_assert_ptr_eq(out[q], want[q]);                           \
  } while (0)
  /* Ann's two terms, Bob's between them: the end day is the successor's. */
  HOLDERS("President", aaa, "1993-12-31", ann, NULL);
  HOLDERS("President", aaa, "1994-01-01", bob, NULL);
  HOLDERS("President", aaa, "1998-06-01", bob, NULL);
  HOLDERS("President", aaa, "2001-12-31", bob, NULL);
  HOLDERS("President", aaa, "2002-01-01", ann, NULL);
  HOLDERS("President", aaa, "2005-12-31", ann, NULL);
  /* A year names every term it overlaps. */
  HOLDERS("President", aaa, "1994", ann, bob, NULL);
  HOLDERS("President", aaa, "1989-12-31", NULL);
  /* Ann's other office of another state. */
  HOLDERS("PrimeMinister", bbb, "1997-01-01", ann, NULL);
  HOLDERS("PrimeMinister", aaa, "1997-01-01", NULL);
  /* No state: anyone's, in lexicon order; no date: any time. */
  HOLDERS("President", NULL, "1995-01-01", bob, cy, NULL);
  HOLDERS("President", NULL, "1991-01-01", ann, NULL);
  HOLDERS("President", NULL, "", ann, bob, cy, di, NULL);
  HOLDERS("President", bbb, "", cy, NULL);
  /* A named holder, of a state or of any. */
  NAMED("President", aaa, "2003-01-01", "Ash", ann, NULL);
  NAMED("President", aaa, "1998-01-01", "Ash", NULL);
  NAMED("President", NULL, "2003-01-01", "ash", ann, cy, NULL);
  NAMED("President", NULL, "2003-01-01", "Birch", NULL);
  NAMED("President", NULL, "1999-01-01", "Birch", bob, NULL);
  /* A collective office of a state names no one then; with no state, its
   * seats are holders like any. */
  HOLDERS("President", aaa, "2007-01-01", NULL);
  ck_assert_int_eq(gd_lexicon_office_collective(l, "President", aaa, "2007-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_office_collective(l, "President", aaa, "2005-01-01"), 0);
  HOLDERS("Leader", aaa, "2007-01-01", NULL);
  HOLDERS("President", NULL, "2007-01-01", cy, di, ed, NULL);
  /* "The leader": presidents before a prime minister, of a state or of any. */
  HOLDERS("Leader", bbb, "1997-01-01", cy, ann, NULL);
  HOLDERS("Leader", NULL, "1997-01-01", bob, cy, ann, NULL);
  HOLDERS("Leader", aaa, "1997-01-01", bob, NULL);
  /* An office no one holds. */
  HOLDERS("King", aaa, "1997-01-01", NULL);
#undef HOLDERS
#undef NAMED
  geordf_lexicon_free(l);
}
END_TEST

START_TEST(person_state_by_date) {
  const geordf_entity *jane = ent("Jane_Doe");
  ck_assert_ptr_eq(gd_person_state(jane, "2005-01-01"), ent("TUR"));
  ck_assert_ptr_eq(gd_person_state(jane, "2010-01-01"), ent("NATO"));
  /* Out of office: the nationality. */
  ck_assert_ptr_eq(gd_person_state(jane, "1990-01-01"), ent("TUR"));
  ck_assert_ptr_eq(gd_person_state(jane, "2020-01-01"), ent("TUR"));
  ck_assert_ptr_eq(gd_person_state(ent("Mary_Poe"), "2030-01-01"), ent("USA"));
  /* Not a person. */
  ck_assert_ptr_null(gd_person_state(ent("TUR"), "2010-01-01"));
  ck_assert_ptr_null(gd_person_state(NULL, "2010-01-01"));
}
END_TEST

/* ---- errors ------------------------------------------------------------------ */

START_TEST(syntax_error_keeps_nothing) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&l), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_file(l, fixture_path()), GEORDF_OK);
  const char *path = write_tmp("broken.ttl",
                               PREFIXES                                            /* lines 1-4 */
                               "id:ZZZ a geo:Country ; rdfs:label \"Zedland\" .\n" /* line 5 */
                               "\n"                                                /* line 6 */
                               "id:YYY a geo:Country ;; ] rdfs:label .\n");        /* line 7 */
  geordf_status st = geordf_lexicon_load_file(l, path);
  ck_assert_int_eq(st, GEORDF_ERR_SYNTAX);
  const char *err = geordf_lexicon_error(l);
  char want[600];
  snprintf(want, sizeof want, "%s:7:", path);
  ck_assert_msg(strstr(err, want) != NULL, "error \"%s\" should contain \"%s\"", err, want);
  rm_tmp();
  /* The lexicon is still usable, without anything of the broken file. */
  ck_assert_int_eq(geordf_lexicon_freeze(l), GEORDF_OK);
  ck_assert_ptr_null(gd_lexicon_entity(l, ID "ZZZ"));
  ck_assert_ptr_null(gd_lexicon_entity(l, ID "YYY"));
  ck_assert_ptr_nonnull(gd_lexicon_entity(l, ID "TUR"));
  int pre;
  ck_assert_ptr_null(gd_lexicon_lookup(l, "zedland", 7, &pre));
  geordf_lexicon_free(l);
}
END_TEST

START_TEST(missing_file) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&l), GEORDF_OK);
  const char *path = "/nonexistent/geordf/lexicon.ttl";
  ck_assert_int_eq(geordf_lexicon_load_file(l, path), GEORDF_ERR_IO);
  ck_assert_msg(strstr(geordf_lexicon_error(l), path) != NULL, "error \"%s\" names no file",
                geordf_lexicon_error(l));
  /* A folder is not a lexicon file. */
  ck_assert_int_eq(geordf_lexicon_load_file(l, "/"), GEORDF_ERR_IO);
  ck_assert_int_eq(geordf_lexicon_load_dir(l, "/nonexistent/geordf"), GEORDF_ERR_IO);
  geordf_lexicon_free(l);
}
END_TEST

START_TEST(bad_frame_at_freeze) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(lexicon_of(PREFIXES "lex:odd a lex:Trigger ; lex:eventType geo:Visit ;\n"
                                       "    lex:form \"wandered\" ; lex:frame \"subj=visitor obj=tourist\" .\n",
                              &l),
                   GEORDF_ERR_LEXICON);
  const char *err = geordf_lexicon_error(l);
  ck_assert_msg(strstr(err, GD_LEX_NS "odd") && strstr(err, "bad frame") && strstr(err, "obj=tourist"),
                "unclear error: \"%s\"", err);
  geordf_lexicon_free(l);
}
END_TEST

/* A trigger's lex:lemma matches each inflection of its first word, the
 * rest fixed; a cue's too. */
START_TEST(lemma_forms) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(lexicon_of(PREFIXES "lex:halt a lex:Trigger ; lex:eventType geo:Sanction ; lex:pos \"v\" ;\n"
                                       "    lex:lemma \"halt imports from\", \"cut off aid to\" ;\n"
                                       "    lex:frame \"subj=imposer from=target to=target\" .\n"
                                       "lex:embargo a lex:Trigger ; lex:eventType geo:Sanction ; lex:pos \"n\" ;\n"
                                       "    lex:lemma \"embargo\" ; lex:form \"asset freeze\" ;\n"
                                       "    lex:frame \"poss=imposer on=target\" .\n"
                                       "lex:c a lex:Cue ; lex:cue \"negation\" ; lex:lemma \"deny\" .\n",
                              &l),
                   GEORDF_OK);
  static const char *const halt[] = {"halt imports from", "halts imports from", "halted imports from",
                                     "halting imports from", "cut off aid to", "cuts off aid to",
                                     "cutting off aid to", NULL};
  static const char *const embargo[] = {"embargo", "embargoes", "asset freeze", NULL};
  static const char *const deny[] = {"deny", "denies", "denied", "denying", NULL};
  const char *const *lists[] = {halt, embargo, deny};
  const char *iris[] = {GD_LEX_NS "halt", GD_LEX_NS "embargo", NULL};
  for (int k = 0; k < 3; k++)
    for (const char *const *f = lists[k]; *f; f++) {
      int pre = 0;
      const gd_sense *s = gd_lexicon_lookup(l, *f, strlen(*f), &pre);
      ck_assert_msg(s, "no phrase \"%s\"", *f);
      if (iris[k]) {
        ck_assert_int_eq(s->kind, GD_PH_TRIGGER);
        ck_assert_str_eq(s->u.trigger->iri, iris[k]);
      } else {
        ck_assert(s->kind == GD_PH_CUE && s->u.cue == GD_CUE_NEGATION);
      }
    }
  /* No form the lemma does not give. */
  int pre = 0;
  ck_assert_ptr_null(gd_lexicon_lookup(l, "cutted off aid to", 17, &pre));
  ck_assert_ptr_null(gd_lexicon_lookup(l, "halt", 4, &pre));
  geordf_lexicon_free(l);
}
END_TEST

/* A lemma the generator cannot inflect is refused, naming the trigger. */
START_TEST(lemma_refused) {
  static const struct { const char *ttl, *says; } bad[] = {
    {"lex:t a lex:Trigger ; lex:eventType geo:Visit ; lex:pos \"v\" ; lex:lemma \"\" .\n", "\"\""},
    {"lex:t a lex:Trigger ; lex:eventType geo:Visit ; lex:pos \"adj\" ; lex:lemma \"due in\" .\n", "\"a\""},
    {"lex:t a lex:Trigger ; lex:eventType geo:Visit ; lex:pos \"v\" ; lex:lemma \"be in\" .\n", "\"be in\""},
    {"lex:t a lex:Trigger ; lex:eventType geo:Visit ; lex:lemma \"Visit\" .\n", "\"Visit\""}};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    geordf_lexicon *l = NULL;
    char ttl[512];
    snprintf(ttl, sizeof ttl, "%s%s", PREFIXES, bad[i].ttl);
    ck_assert_int_eq(lexicon_of(ttl, &l), GEORDF_ERR_LEXICON);
    const char *err = geordf_lexicon_error(l);
    ck_assert_msg(strstr(err, "trigger " GD_LEX_NS "t") && strstr(err, "lex:lemma") && strstr(err, bad[i].says),
                  "unclear error: \"%s\"", err);
    geordf_lexicon_free(l);
  }
}
END_TEST

START_TEST(trigger_without_type) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(lexicon_of(PREFIXES "lex:vague a lex:Trigger ; lex:form \"went\" ;\n"
                                       "    lex:frame \"subj=visitor\" .\n",
                              &l),
                   GEORDF_ERR_LEXICON);
  ck_assert_msg(strstr(geordf_lexicon_error(l), "eventType"), "unclear error: \"%s\"",
                geordf_lexicon_error(l));
  geordf_lexicon_free(l);
}
END_TEST

/* Cues of the date kinds fill the date finder's table, not the phrases;
 * a form or number their kind does not take is an error. */
START_TEST(date_words) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(lexicon_of(PREFIXES "lex:d_sep a lex:Cue ; lex:cue \"month-abbreviation\" ; lex:number 9 ;\n"
                                       "    lex:form \"sept\", \"sep\" .\n"
                                       "lex:d_ago a lex:Cue ; lex:cue \"ago\" ; lex:form \"ago\", \"back\" .\n",
                              &l),
                   GEORDF_OK);
  int n = 0, pre = 0;
  ck_assert(gd_date_words_has(gd_lexicon_date_words(l), GD_DATE_MONTH_ABBR, "sept", &n) && n == 9);
  ck_assert(gd_date_words_has(gd_lexicon_date_words(l), GD_DATE_AGO, "back", NULL));
  ck_assert_ptr_null(gd_lexicon_lookup(l, "sept", 4, &pre));
  geordf_lexicon_free(l);
  /* without date cues there is no table */
  ck_assert_int_eq(lexicon_of(PREFIXES "lex:c a lex:Cue ; lex:cue \"negation\" ; lex:form \"not\" .\n", &l), GEORDF_OK);
  ck_assert_ptr_null(gd_lexicon_date_words(l));
  geordf_lexicon_free(l);
  static const struct { const char *ttl, *says; } bad[] = {
    {"lex:d a lex:Cue ; lex:cue \"month\" ; lex:form \"juni\" .\n", "needs a lex:number"},
    {"lex:d a lex:Cue ; lex:cue \"ago\" ; lex:number 1 ; lex:form \"ago\" .\n", "takes no lex:number"},
    {"lex:d a lex:Cue ; lex:cue \"month\" ; lex:number 13 ; lex:form \"juni\" .\n", "no month word"},
    {"lex:d a lex:Cue ; lex:cue \"month\" ; lex:number \"six\" ; lex:form \"juni\" .\n", "no integer"},
    {"lex:d a lex:Cue ; lex:cue \"date-lead\" ; lex:form \"in the\" .\n", "\"in the\""},
    {"lex:d a lex:Cue ; lex:cue \"weekday\" ; lex:number 1 ; lex:form \"mon-day\" .\n", "\"mon-day\""}};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char ttl[512];
    snprintf(ttl, sizeof ttl, "%s%s", PREFIXES, bad[i].ttl);
    ck_assert_int_eq(lexicon_of(ttl, &l), GEORDF_ERR_LEXICON);
    ck_assert_msg(strstr(geordf_lexicon_error(l), bad[i].says) && strstr(geordf_lexicon_error(l), GD_LEX_NS "d"),
                  "unclear error: \"%s\"", geordf_lexicon_error(l));
    geordf_lexicon_free(l);
  }
}
END_TEST

START_TEST(load_after_freeze) {
  ck_assert_int_eq(geordf_lexicon_load_file(lex, fixture_path()), GEORDF_ERR_ARG);
  /* Freezing twice is harmless. */
  ck_assert_int_eq(geordf_lexicon_freeze(lex), GEORDF_OK);
  ck_assert_ptr_nonnull(gd_lexicon_entity(lex, ID "TUR"));
}
END_TEST

START_TEST(empty_folder) {
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&l), GEORDF_OK);
  write_tmp("notes.txt", "not a lexicon\n");
  ck_assert_int_eq(geordf_lexicon_load_dir(l, tmpdir), GEORDF_ERR_LEXICON);
  ck_assert_msg(strstr(geordf_lexicon_error(l), tmpdir), "error names no folder: \"%s\"",
                geordf_lexicon_error(l));
  rm_tmp();
  geordf_lexicon_free(l);
}
END_TEST

START_TEST(bundled_lexicon) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_msg(dir != NULL, "no bundled lexicon (GEORDF_DATADIR=%s)",
                getenv("GEORDF_DATADIR") ? getenv("GEORDF_DATADIR") : "(unset)");
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&l), GEORDF_OK);
  geordf_status st = geordf_lexicon_load_dir(l, dir);
  ck_assert_msg(st == GEORDF_OK, "loading %s: %s", dir, geordf_lexicon_error(l));
  st = geordf_lexicon_freeze(l);
  ck_assert_msg(st == GEORDF_OK, "freezing %s: %s", dir, geordf_lexicon_error(l));
  const geordf_entity *rus = gd_lexicon_entity(l, ID "RUS");
  ck_assert_ptr_nonnull(rus);
  ck_assert_str_eq(geordf_entity_qid(rus), "Q159");
  ck_assert_str_eq(geordf_entity_label(rus), "Russia");
  ck_assert_str_eq(geordf_entity_class(rus), "Country");
  int pre;
  const gd_sense *s = gd_lexicon_lookup(l, "russia", 6, &pre);
  ck_assert(s && s->kind == GD_PH_ENTITY && s->u.entity == rus);
  geordf_lexicon_free(l);
}
END_TEST

static int has_cue_sense(const geordf_lexicon *l, const char *key, gd_cue_kind k) {
  int pre;
  for (const gd_sense *x = gd_lexicon_lookup(l, key, strlen(key), &pre); x; x = x->next)
    if (x->kind == GD_PH_CUE && x->u.cue == k) return 1;
  return 0;
}

/* The bundled lexicon, loaded and frozen; the caller frees it. */
static geordf_lexicon *bundled(void) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_ptr_nonnull(dir);
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&l), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_dir(l, dir), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(l), GEORDF_OK);
  return l;
}

/* The bundled joint designs keep all their makers, the first their
 * country: the Meteor's six, the Eurofighter's four (Germany first). */
START_TEST(bundled_joint_designs) {
  geordf_lexicon *l = bundled();
  const geordf_entity *meteor = tu_entity(l, "Meteor"), *ef = tu_entity(l, "Eurofighter_Typhoon");
  ck_assert_uint_eq(meteor->n_origins, 6);
  ck_assert_ptr_eq(meteor->country, tu_entity(l, "GBR"));
  ck_assert_ptr_eq(meteor->origins[4], tu_entity(l, "ESP"));
  ck_assert_ptr_eq(meteor->origins[5], tu_entity(l, "SWE"));
  ck_assert_uint_eq(ef->n_origins, 4);
  ck_assert_ptr_eq(ef->country, tu_entity(l, "DEU"));
  ck_assert_ptr_eq(ef->origins[3], tu_entity(l, "ESP"));
  geordf_lexicon_free(l);
}
END_TEST

/* The bundled cues are written as lemmas: each matches every inflection,
 * also those cues.ttl no longer lists ("refusing to", "planning to",
 * "hitting", "missile" and "missiles"), and forms kept on purpose stay
 * alone ("cleared" is agreed, "clear" no cue; the lemmas read only on the
 * parse give no other word forms: "applied for" is no request). */
START_TEST(bundled_cue_lemmas) {
  geordf_lexicon *l = bundled();
  static const struct { const char *form; gd_cue_kind k; } cues[] = {
      {"refuse to", GD_CUE_NEGATION},     {"refuses to", GD_CUE_NEGATION},   {"refused to", GD_CUE_NEGATION},
      {"refusing to", GD_CUE_NEGATION},   {"fell short of", GD_CUE_NEGATION}, {"falling short of", GD_CUE_NEGATION},
      {"plan to", GD_CUE_PLANNED},        {"planning to", GD_CUE_PLANNED},   {"sought to", GD_CUE_PLANNED},
      {"planned", GD_CUE_PLANNED},        {"hit", GD_CUE_IMPOSE},            {"hitting", GD_CUE_IMPOSE},
      {"tore up", GD_CUE_CANCELLED},      {"tearing up", GD_CUE_CANCELLED},  {"did the same", GD_CUE_SAME},
      {"done the same", GD_CUE_SAME},     {"missile", GD_CUE_ARMS},          {"missiles", GD_CUE_ARMS},
      {"balloons", GD_CUE_AIR},           {"cleared", GD_CUE_AGREED},        {"hands over", GD_CUE_DELIVERED}};
  for (size_t i = 0; i < sizeof cues / sizeof *cues; i++)
    ck_assert_msg(has_cue_sense(l, cues[i].form, cues[i].k), "\"%s\" is no cue of kind %d", cues[i].form,
                  (int)cues[i].k);
  ck_assert(!has_cue_sense(l, "clear", GD_CUE_AGREED));
  ck_assert(!has_cue_sense(l, "tank", GD_CUE_ARMS));
  ck_assert(!has_cue_sense(l, "missiling", GD_CUE_ARMS));
  ck_assert(!has_cue_sense(l, "hand over", GD_CUE_DELIVERED));
  ck_assert(!has_cue_sense(l, "applied for", GD_CUE_REQUEST));
  geordf_lexicon_free(l);
}
END_TEST

static const geordf_entity *named(const geordf_lexicon *l, const char *key) {
  int pre;
  const gd_sense *x = gd_lexicon_lookup(l, key, strlen(key), &pre);
  ck_assert_msg(x && x->kind == GD_PH_ENTITY, "\"%s\" names no entity", key);
  return x->u.entity;
}

/* Dated states and capitals in the bundled lexicon: what a name stands for
 * on a date; and no office or term names a state outside its dates. */
START_TEST(dated_states) {
  geordf_lexicon *l = bundled();
  const geordf_entity *sun = gd_lexicon_entity(l, ID "SUN"), *rus = gd_lexicon_entity(l, ID "RUS");
  const geordf_entity *deu = gd_lexicon_entity(l, ID "DEU"), *ddr = gd_lexicon_entity(l, ID "DDR");
  ck_assert(sun && rus && deu && ddr && sun->successor == rus && ddr->successor == deu);
  ck_assert(gd_state_alive(sun, "1991-12-25") && !gd_state_alive(sun, "1991-12-26"));
  ck_assert(!gd_state_alive(sun, "1920-01-01") && gd_state_alive(sun, ""));
  /* Moscow: the Soviet Union's capital, then Russia's; no date: now. */
  const geordf_entity *moscow = named(l, "moscow");
  ck_assert_ptr_eq(gd_entity_on(moscow, GD_NAME_PROPER, "1975-01-01")->stands_for, sun);
  ck_assert_ptr_eq(gd_entity_on(moscow, GD_NAME_PROPER, "1975-01-01")->country, sun);
  ck_assert_str_eq(gd_entity_on(moscow, GD_NAME_PROPER, "1975-01-01")->iri, moscow->iri);
  ck_assert_ptr_eq(gd_entity_on(moscow, GD_NAME_PROPER, "2015-01-01")->stands_for, rus);
  ck_assert_ptr_eq(gd_entity_on(moscow, GD_NAME_PROPER, "")->stands_for, rus);
  /* Bonn stood for (West) Germany until 1999; Berlin for no state while
   * divided; East Berlin for East Germany. */
  const geordf_entity *bonn = named(l, "bonn"), *berlin = named(l, "berlin");
  ck_assert_ptr_eq(gd_entity_on(bonn, GD_NAME_PROPER, "1985-01-01")->stands_for, deu);
  ck_assert_ptr_null(gd_entity_on(bonn, GD_NAME_PROPER, "2005-01-01")->stands_for);
  ck_assert_ptr_null(gd_entity_on(bonn, GD_NAME_PROPER, "")->stands_for);
  ck_assert_ptr_null(gd_entity_on(berlin, GD_NAME_PROPER, "1975-01-01")->stands_for);
  ck_assert_ptr_eq(gd_entity_on(berlin, GD_NAME_PROPER, "1995-01-01")->stands_for, deu);
  ck_assert_ptr_eq(gd_entity_on(named(l, "east berlin"), GD_NAME_PROPER, "1975-01-01")->stands_for, ddr);
  ck_assert_ptr_eq(gd_entity_on(named(l, "salisbury"), GD_NAME_PROPER, "1970-01-01")->stands_for,
                   gd_lexicon_entity(l, ID "RHO"));
  ck_assert_ptr_null(gd_entity_on(named(l, "salisbury"), GD_NAME_PROPER, "2018-03-04")->stands_for);
  ck_assert_ptr_eq(gd_entity_on(named(l, "saigon"), GD_NAME_PROPER, "1970-01-01")->stands_for,
                   gd_lexicon_entity(l, ID "RVN"));
  ck_assert_ptr_null(gd_entity_on(named(l, "saigon"), GD_NAME_PROPER, "1976-01-01")->stands_for);
  ck_assert_ptr_eq(gd_entity_on(named(l, "prague"), GD_NAME_PROPER, "1968-08-21")->stands_for,
                   gd_lexicon_entity(l, ID "CSK"));
  /* A successor's names before it began: its predecessor; its seat while
   * the predecessor lasted; before the predecessor: itself. */
  ck_assert_ptr_eq(gd_entity_on(rus, GD_NAME_PROPER, "1985-01-01"), sun);
  ck_assert_ptr_eq(gd_entity_on(rus, GD_NAME_DEMONYM, "1985-01-01"), sun);
  ck_assert_ptr_eq(gd_entity_on(rus, GD_NAME_PROPER, "1991-03-01"), rus);
  ck_assert_ptr_eq(gd_entity_on(rus, GD_NAME_METONYM, "1991-03-01"), sun);
  ck_assert_ptr_eq(gd_entity_on(named(l, "the kremlin"), GD_NAME_METONYM, "1975-01-01"), sun);
  ck_assert_ptr_eq(gd_entity_on(rus, GD_NAME_PROPER, "1910-01-01"), rus);
  ck_assert_ptr_eq(gd_entity_on(rus, GD_NAME_PROPER, ""), rus);
  ck_assert_ptr_eq(gd_entity_on(rus, GD_NAME_PROPER, "2015-01-01"), rus);
  ck_assert_ptr_eq(gd_entity_on(deu, GD_NAME_PROPER, "1975-01-01"), deu);
  ck_assert_ptr_eq(gd_entity_on(sun, GD_NAME_PROPER, "2015-01-01"), sun);
  ck_assert_ptr_eq(gd_entity_on(named(l, "yemen"), GD_NAME_PROPER, "1980-01-01"), gd_lexicon_entity(l, ID "YAR"));
  ck_assert_ptr_eq(gd_entity_on(named(l, "zimbabwe"), GD_NAME_PROPER, "1979-01-01"), gd_lexicon_entity(l, ID "RHO"));
  /* Renamed states: one state, every name. */
  ck_assert_ptr_eq(named(l, "burma"), named(l, "myanmar"));
  ck_assert_ptr_eq(named(l, "swaziland"), named(l, "eswatini"));
  ck_assert_ptr_eq(named(l, "zaire"), gd_lexicon_entity(l, ID "COD"));
  ck_assert_ptr_eq(named(l, "west germany"), deu);
  ck_assert_ptr_eq(named(l, "soviet"), sun);
  /* People: a Russian in 1985 acts for the Soviet Union; a former state's
   * leader in office for it. */
  ck_assert_ptr_eq(gd_person_state(named(l, "vladimir putin"), "1985-01-01"), sun);
  ck_assert_ptr_eq(gd_person_state(named(l, "erich honecker"), "1980-01-01"), ddr);
  /* No office or term names a state outside its dates; but a state that
   * broke away was a republic of its predecessor before, whose offices
   * (Tudjman's of 1990, Kravchuk's) act for the predecessor then. */
  size_t bad = 0;
  for (size_t i = 0; gd_lexicon_entity_at(l, i); i++) {
    const geordf_entity *e = gd_lexicon_entity_at(l, i);
    for (int a = 0; a < 2; a++) {
      const gd_office *v = a ? e->affils : e->offices;
      size_t n = a ? e->n_affils : e->n_offices;
      for (size_t k = 0; k < n; k++) {
        const gd_era *r = v[k].of->era;
        if (!r || v[k].of->kind != GD_KIND_COUNTRY) continue;
        int early = r->start[0] && v[k].start[0] && strcmp(v[k].start, r->start) < 0 && !r->seceded;
        int late = r->end[0] && (!v[k].end[0] || strcmp(v[k].end, r->end) > 0);
        if (early || late) {
          fprintf(stderr, "%s: %s %s..%s outside %s..%s\n", e->iri, v[k].of->iri, v[k].start, v[k].end,
                  r->start, r->end);
          bad++;
        }
      }
    }
  }
  ck_assert_uint_eq(bad, 0);
  geordf_lexicon_free(l);
}
END_TEST

/* States that broke away: their predecessor (lex:predecessor), the day they
 * began, and what their names and seats stand for either side of it. */
START_TEST(seceded_states) {
  geordf_lexicon *l = bundled();
  const geordf_entity *sun = gd_lexicon_entity(l, ID "SUN"), *ukr = gd_lexicon_entity(l, ID "UKR");
  const geordf_entity *yug = gd_lexicon_entity(l, ID "YUG"), *hrv = gd_lexicon_entity(l, ID "HRV");
  ck_assert(sun && ukr && yug && hrv);
  ck_assert_ptr_eq(ukr->era->predecessor, sun);
  ck_assert_ptr_eq(gd_entity_on(ukr, GD_NAME_PROPER, "1991-08-23"), sun);
  ck_assert_ptr_eq(gd_entity_on(ukr, GD_NAME_PROPER, "1991-08-24"), ukr);
  /* Its demonym names the republic it was, with its own offices, where
   * "Russian" named the Soviet. */
  ck_assert_ptr_eq(gd_entity_on(ukr, GD_NAME_DEMONYM, "1975-01-01"), ukr);
  ck_assert_ptr_eq(gd_entity_on(gd_lexicon_entity(l, ID "RUS"), GD_NAME_DEMONYM, "1975-01-01"), sun);
  /* Its seat is its own from its start on, unlike Russia's Kremlin. */
  ck_assert_ptr_eq(gd_entity_on(ukr, GD_NAME_METONYM, "1975-01-01"), sun);
  ck_assert_ptr_eq(gd_entity_on(ukr, GD_NAME_METONYM, "1991-10-01"), ukr);
  /* Before the predecessor began, and with no date: itself. */
  ck_assert_ptr_eq(gd_entity_on(ukr, GD_NAME_PROPER, "1919-01-01"), ukr);
  ck_assert_ptr_eq(gd_entity_on(ukr, GD_NAME_PROPER, ""), ukr);
  ck_assert_ptr_eq(gd_entity_on(hrv, GD_NAME_PROPER, "1980-01-01"), yug);
  ck_assert_ptr_eq(gd_entity_on(named(l, "slovakia"), GD_NAME_PROPER, "1985-01-01"), gd_lexicon_entity(l, ID "CSK"));
  ck_assert_ptr_eq(gd_entity_on(named(l, "bangladesh"), GD_NAME_PROPER, "1965-01-01"), gd_lexicon_entity(l, ID "PAK"));
  ck_assert_ptr_eq(gd_entity_on(named(l, "eritrea"), GD_NAME_PROPER, "1985-01-01"), gd_lexicon_entity(l, ID "ETH"));
  ck_assert_ptr_eq(gd_entity_on(named(l, "south sudan"), GD_NAME_PROPER, "2005-01-01"), gd_lexicon_entity(l, ID "SDN"));
  /* Montenegro: Yugoslavia's until that ended; Kosovo: Serbia's. */
  ck_assert_ptr_eq(gd_entity_on(gd_lexicon_entity(l, ID "MNE"), GD_NAME_PROPER, "1980-01-01"), yug);
  ck_assert_ptr_eq(gd_entity_on(gd_lexicon_entity(l, ID "XKX"), GD_NAME_PROPER, "2007-01-01"), gd_lexicon_entity(l, ID "SRB"));
  /* Russia, the Soviet Union's successor, still learns it. */
  ck_assert_ptr_eq(gd_lexicon_entity(l, ID "RUS")->era->predecessor, sun);
  /* Leaders of a republic before it broke away acted for its predecessor. */
  ck_assert_ptr_eq(gd_person_state(named(l, "franjo tudjman"), "1990-12-01"), yug);
  ck_assert_ptr_eq(gd_person_state(named(l, "franjo tudjman"), "1995-12-01"), hrv);
  geordf_lexicon_free(l);
}
END_TEST

/* The mention of bundled lexicon L that begins at token TB of TEXT, matched
 * as extraction does (longest first, left to right); its token count in *LEN. */
static const geordf_entity *mention_at(const geordf_lexicon *l, const char *text, size_t tb, size_t *len,
                                       gd_name_kind *how) {
  gd_tokens *t = gd_tokenize(text, strlen(text));
  ck_assert_ptr_nonnull(t);
  gd_mention *m = NULL;
  size_t n = 0, cap = 0;
  ck_assert_int_eq(gd_match(l, t, 0, t->ntok, &m, &n, &cap), 0);
  const geordf_entity *e = NULL;
  for (size_t i = 0; i < n; i++)
    if (m[i].tb == tb && m[i].nents) {
      e = m[i].ents[0];
      *len = m[i].te - m[i].tb;
      if (how) *how = m[i].how[0];
    }
  free(m);
  gd_tokens_free(t);
  ck_assert_msg(e != NULL, "no entity at token %zu of \"%s\"", tb, text);
  return e;
}

/* State-linked bodies and airports in the bundled lexicon: the whole name is
 * matched before the country, capital or person inside it. */
START_TEST(bundled_longest_name_wins) {
  geordf_lexicon *l = bundled();
  size_t len = 0;
  gd_name_kind how = GD_NAME_PROPER;
  /* The company, a body of Venezuela's, not the country inside its name. */
  const geordf_entity *e = mention_at(l, "Petroleos de Venezuela cut its exports.", 0, &len, &how);
  ck_assert_ptr_eq(e, gd_lexicon_entity(l, ID "VEN"));
  ck_assert_uint_eq(len, 3);
  ck_assert_int_eq(how, GD_NAME_METONYM);
  e = mention_at(l, "The Central Bank of Iran froze the accounts.", 1, &len, &how);
  ck_assert_ptr_eq(e, gd_lexicon_entity(l, ID "IRN"));
  ck_assert_uint_eq(len, 4);
  ck_assert_int_eq(how, GD_NAME_METONYM);
  e = mention_at(l, "A Korean Air Lines jet landed.", 1, &len, &how);
  ck_assert_ptr_eq(e, gd_lexicon_entity(l, ID "KOR"));
  ck_assert_uint_eq(len, 3);
  ck_assert_int_eq(how, GD_NAME_METONYM);
  /* Airports: the place, not the person or the capital in the name; a place
   * that lies in its state and does not stand for it. */
  e = mention_at(l, "He landed at Ben Gurion Airport on Monday.", 3, &len, NULL);
  ck_assert_str_eq(e->iri, ID "Ben_Gurion_Airport");
  ck_assert_uint_eq(len, 3);
  ck_assert_ptr_eq(e->country, gd_lexicon_entity(l, ID "ISR"));
  ck_assert_ptr_null(e->stands_for);
  e = mention_at(l, "The plane left Charles de Gaulle Airport.", 3, &len, NULL);
  ck_assert_str_eq(e->iri, ID "Charles_de_Gaulle_Airport");
  ck_assert_uint_eq(len, 4);
  e = mention_at(l, "Flights from Beijing Capital International Airport resumed.", 2, &len, NULL);
  ck_assert_str_eq(e->iri, ID "Beijing_Capital_Airport");
  ck_assert_ptr_null(e->stands_for);
  /* ... while the name alone is still the person, or the state. */
  e = mention_at(l, "Charles de Gaulle left NATO's command.", 0, &len, NULL);
  ck_assert_str_eq(e->iri, ID "Charles_de_Gaulle");
  geordf_lexicon_free(l);
}
END_TEST

/* Memberships of organizations in the bundled lexicon (memberships.ttl):
 * who was a member on a date, accession and withdrawal days counted as the
 * terms of office are (the first day in, the first day out); and every
 * membership names a member the lexicon has, with its dates in order. */
START_TEST(bundled_memberships) {
  geordf_lexicon *l = bundled();
#define E(k) gd_lexicon_entity(l, ID k)
  const geordf_entity *nato = E("NATO"), *eu = E("EU"), *wp = E("Warsaw_Treaty_Organization"), *unsc = E("UNSC");
  ck_assert(nato && eu && wp && unsc);
  /* Finland joined NATO on 2023-04-04, Sweden on 2024-03-07. */
  ck_assert_int_eq(gd_lexicon_is_member(E("FIN"), nato, "2024-06-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("FIN"), nato, "2020-06-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("FIN"), nato, "2023-04-03"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("FIN"), nato, "2023-04-04"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("SWE"), nato, "2024-03-06"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("USA"), nato, "1950-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("RUS"), nato, ""), 0);
  /* A year alone asks about its first day. */
  ck_assert_int_eq(gd_lexicon_is_member(E("FIN"), nato, "2024"), 1);
  /* The United Kingdom in the EU until the end of 2020-01-31. */
  ck_assert_int_eq(gd_lexicon_is_member(E("GBR"), eu, "2010-05-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("GBR"), eu, "2020-01-31"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("GBR"), eu, "2020-02-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("GBR"), eu, "2021-03-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("GBR"), eu, ""), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("HRV"), eu, "2013-06-30"), 0);
  /* East Germany in the Warsaw Pact in 1970; not after it left; nobody
   * after the Pact was dissolved. */
  ck_assert_int_eq(gd_lexicon_is_member(E("DDR"), wp, "1970-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("DDR"), wp, "1990-09-24"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("ALB"), wp, "1970-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("DEU"), wp, "1970-01-01"), 0);
  const geordf_entity *out[64];
  ck_assert_uint_eq(gd_lexicon_members(wp, "1970-01-01", out, 64), 7);
  ck_assert_uint_eq(gd_lexicon_members(wp, "1991-07-01", out, 64), 0);
  ck_assert_uint_eq(gd_lexicon_members(wp, "", out, 64), 8);
  /* NATO's 32 today, 12 founders, in lexicon order; MAX bounds what is
   * written, not the count. */
  ck_assert_uint_eq(gd_lexicon_members(nato, "2025-01-01", out, 64), 32);
  ck_assert_uint_eq(gd_lexicon_members(nato, "1950-01-01", out, 64), 12);
  ck_assert_ptr_eq(out[0], E("BEL"));
  ck_assert_uint_eq(gd_lexicon_members(nato, "1950-01-01", out, 2), 12);
  ck_assert_uint_eq(gd_lexicon_members(eu, "2015-01-01", out, 64), 28);
  ck_assert_uint_eq(gd_lexicon_members(eu, "2021-01-01", out, 64), 27);
  /* Gabon left OPEC and came back: twice a member, listed once. */
  const geordf_entity *opec = E("OPEC");
  ck_assert_int_eq(gd_lexicon_is_member(E("GAB"), opec, "2000-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("GAB"), opec, "2018-01-01"), 1);
  size_t nall = gd_lexicon_members(opec, "", out, 64);
  for (size_t i = 0; i < nall && i < 64; i++)
    for (size_t j = 0; j < i; j++) ck_assert_ptr_ne(out[i], out[j]);
  /* The Security Council's permanent seats: China's and the Soviet
   * Union's passed on. */
  ck_assert_int_eq(gd_lexicon_is_member(E("CHN"), unsc, "2000-01-01"), 2);
  ck_assert_int_eq(gd_lexicon_is_member(E("CHN"), unsc, "1965-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("TWN"), unsc, "1965-01-01"), 2);
  ck_assert_int_eq(gd_lexicon_is_member(E("SUN"), unsc, "1980-01-01"), 2);
  ck_assert_int_eq(gd_lexicon_is_member(E("RUS"), unsc, "1980-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("DEU"), unsc, "2019-06-01"), 0);
  ck_assert_uint_eq(gd_lexicon_members(unsc, "1980-01-01", out, 64), 5);
  ck_assert_uint_eq(gd_lexicon_members(unsc, "2025-01-01", out, 64), 5);
  /* A member of the G20 may be an organization. */
  ck_assert_int_eq(gd_lexicon_is_member(eu, E("G20"), "2020-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("AU"), E("G20"), "2020-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("AU"), E("G20"), "2024-01-01"), 1);
  /* The OAU from 1963 until the AU replaced it: Kenya not before its
   * independence, Morocco not after it left, South Africa from 1994; nobody
   * on the AU's first day, and everyone the day before. */
  const geordf_entity *oau = E("Organization_of_African_Unity"), *au = E("AU");
  ck_assert(oau && au);
  ck_assert_int_eq(gd_lexicon_is_member(E("GHA"), oau, "1963-05-24"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("GHA"), oau, "1963-05-25"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("KEN"), oau, "1963-06-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("KEN"), oau, "1970-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("MAR"), oau, "1980-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("MAR"), oau, "1990-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZAF"), oau, "1990-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZAF"), oau, "2000-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZAF"), oau, "2002-07-09"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZAF"), au, "2002-07-09"), 1);
  ck_assert_uint_eq(gd_lexicon_members(oau, "1963-06-01", out, 64), 32);
  /* (53 in 2002 with the Sahrawi Republic, which the lexicon lacks.) */
  ck_assert_uint_eq(gd_lexicon_members(oau, "2002-07-08", out, 64), 52);
  ck_assert_uint_eq(gd_lexicon_members(oau, "2002-07-09", out, 64), 0);
  ck_assert_uint_eq(gd_lexicon_members(au, "2002-07-09", out, 64), 52);
  /* "OAU" names it. */
  int pre;
  const gd_sense *x = gd_lexicon_lookup(l, "oau", 3, &pre);
  ck_assert(x && x->kind == GD_PH_ENTITY && x->u.entity == oau);
  /* The Commonwealth: a suspension is no end (Nigeria in 1997), leaving and
   * coming back is two memberships (South Africa, the Gambia); Zimbabwe
   * left; Rwanda joined in 2009. */
  const geordf_entity *cw = E("Commonwealth_of_Nations");
  ck_assert_ptr_nonnull(cw);
  ck_assert_int_eq(gd_lexicon_is_member(E("NGA"), cw, "1997-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZAF"), cw, "1960-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZAF"), cw, "1980-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZAF"), cw, "2000-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("GMB"), cw, "2015-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("GMB"), cw, "2019-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZWE"), cw, "1990-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("ZWE"), cw, "2010-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("RWA"), cw, "2009-11-28"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("RWA"), cw, "2009-11-29"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("FRA"), cw, ""), 0);
  ck_assert_uint_eq(gd_lexicon_members(cw, "2025-01-01", out, 64), 56);
  /* Mercosur: Venezuela from 2012, its suspension no end. */
  const geordf_entity *mercosur = E("Mercosur");
  ck_assert_int_eq(gd_lexicon_is_member(E("VEN"), mercosur, "2010-01-01"), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("VEN"), mercosur, "2020-01-01"), 1);
  ck_assert_int_eq(gd_lexicon_is_member(E("ARG"), mercosur, "1995-01-01"), 1);
  /* No members for a state or an organization with none; NULLs are safe. */
  ck_assert_uint_eq(gd_lexicon_members(E("FIN"), "", out, 64), 0);
  ck_assert_uint_eq(gd_lexicon_members(E("WHO"), "", out, 64), 0);
  ck_assert_uint_eq(gd_lexicon_members(NULL, "", out, 64), 0);
  ck_assert_int_eq(gd_lexicon_is_member(NULL, nato, ""), 0);
  ck_assert_int_eq(gd_lexicon_is_member(E("FIN"), NULL, ""), 0);
  /* Every membership: an organization's, of a state or organization, its
   * dates in order and within the member state's own. */
  size_t total = 0;
  for (size_t i = 0; gd_lexicon_entity_at(l, i); i++) {
    const geordf_entity *o = gd_lexicon_entity_at(l, i);
    if (!o->era || !o->era->n_members) continue;
    ck_assert_int_eq(o->kind, GD_KIND_ORG);
    for (size_t k = 0; k < o->era->n_members; k++) {
      const gd_office *m = &o->era->members[k];
      total++;
      ck_assert(m->of->kind == GD_KIND_COUNTRY || m->of->kind == GD_KIND_ORG);
      ck_assert_msg(m->start[0], "%s in %s: no start", m->of->iri, o->iri);
      ck_assert_msg(!m->end[0] || strcmp(m->start, m->end) < 0, "%s in %s: ends before it starts", m->of->iri,
                    o->iri);
      ck_assert_msg(gd_state_alive(m->of, m->start), "%s in %s: joins outside its dates", m->of->iri, o->iri);
    }
  }
  ck_assert_uint_gt(total, 250);
#undef E
  geordf_lexicon_free(l);
}
END_TEST

/* The lexicon generated from the PETRARCH-2 dictionaries: every person has
 * a state; a city is located in its state and does not stand for it; a
 * term of service resolves a person to that state on a date within it. */
START_TEST(generated_lexicon) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_ptr_nonnull(dir);
  char path[4096];
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&l), GEORDF_OK);
  static const char *const files[] = {"states.ttl", "petrarch-people.ttl", NULL};
  for (int i = 0; files[i]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    ck_assert_msg(geordf_lexicon_load_file(l, path) == GEORDF_OK, "%s", geordf_lexicon_error(l));
  }
  /* The people, read from the statements before they are freed. */
  size_t n = 0, cap = 0;
  char **people = NULL;
  const char *s, *p, *o;
  int lit;
  for (size_t i = 0; gd_lexicon_statement(l, i, &s, &p, &o, &lit) == 0; i++) {
    if (lit || strcmp(p, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type") ||
        strcmp(o, GEORDF_NS "Person"))
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 1024;
      people = realloc(people, cap * sizeof *people);
      ck_assert_ptr_nonnull(people);
    }
    people[n++] = strdup(s);
  }
  ck_assert_int_eq(geordf_lexicon_freeze(l), GEORDF_OK);
  ck_assert_uint_gt(n, 10000);
  for (size_t i = 0; i < n; i++) {
    const geordf_entity *e = gd_lexicon_entity(l, people[i]);
    ck_assert_ptr_nonnull(e);
    ck_assert_msg(e->country && e->country->kind == GD_KIND_COUNTRY, "%s has no state", people[i]);
    for (size_t k = 0; k < e->n_affils; k++)
      ck_assert_msg(e->affils[k].of && e->affils[k].of->kind == GD_KIND_COUNTRY, "%s: a term with no state",
                    people[i]);
    free(people[i]);
  }
  free(people);
  geordf_lexicon_free(l);

  /* The whole bundled lexicon. */
  ck_assert_int_eq(geordf_lexicon_new(&l), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_dir(l, dir), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(l), GEORDF_OK);
  int pre;
  const gd_sense *x = gd_lexicon_lookup(l, "seattle", 7, &pre);
  ck_assert(x && x->kind == GD_PH_ENTITY && x->u.entity->kind == GD_KIND_PLACE);
  ck_assert_ptr_eq(x->u.entity->country, gd_lexicon_entity(l, ID "USA"));
  ck_assert_ptr_null(x->u.entity->stands_for);
  x = gd_lexicon_lookup(l, "pittsburgh", 10, &pre);
  ck_assert(x && x->u.entity->kind == GD_KIND_PLACE && x->u.entity->country == gd_lexicon_entity(l, ID "USA"));
  /* Khrushchev served the Soviet Union, which CAMEO codes as Russia. */
  x = gd_lexicon_lookup(l, "nikita khrushchev", 17, &pre);
  ck_assert(x && x->u.entity->kind == GD_KIND_PERSON);
  ck_assert_ptr_eq(gd_person_state(x->u.entity, "1960-05-01"), gd_lexicon_entity(l, ID "SUN"));
  /* A term of service in another state than the nationality. */
  x = gd_lexicon_lookup(l, "zarqawi", 7, &pre);
  ck_assert(x && x->how == GD_NAME_SURNAME && x->u.entity->kind == GD_KIND_PERSON);
  ck_assert_ptr_eq(gd_person_state(x->u.entity, "2005-01-01"), gd_lexicon_entity(l, ID "JOR"));
  /* The hand-made entry wins: one sense, the hand-made person. */
  x = gd_lexicon_lookup(l, "hamid karzai", 12, &pre);
  ck_assert(x && !x->next);
  ck_assert_str_eq(x->u.entity->iri, ID "Hamid_Karzai");
  /* One person under two spellings is one IRI, whichever spelling names
   * him: two generated entries merged, or a generated entry given to the
   * hand-made person it spells (its term of service comes along). */
  static const char *const spellings[][3] = {
      {"salah al din al bashir", "salah eddin bashir", "Salah_Eddin_Bashir"},
      {"ali abu ragheb", "ali abu al ragheb", "Ali_Abu_al_Ragheb"},
      {"moussa faki mahamat", "moussa faki", "Moussa_Faki"},
      {"masud barzani", "massoud barzani", "Massoud_Barzani"},
      {"shahpur bakhtiar", "shapour bakhtiar", "Shapour_Bakhtiar"},
      {"carlos saul menem", "carlos menem", "Carlos_Menem"},
      {"nikolay podgorny", "nikolai podgorny", "Nikolai_Podgorny"},
      /* Spellings the hand-made people give, the generated entries gone
       * (tools/people-dups.py finds such pairs). */
      {"mohammad ali raja'i", "mohammad ali rajai", "Mohammad-Ali_Rajai"},
      {"jigme dorji wangchuk", "jigme dorji wangchuck", "Jigme_Dorji_Wangchuck"},
      {"muhammad al - baradei", "mohamed elbaradei", "Mohamed_ElBaradei"},
  };
  for (size_t i = 0; i < sizeof spellings / sizeof *spellings; i++)
    for (int k = 0; k < 2; k++) {
      const char *key = spellings[i][k];
      x = gd_lexicon_lookup(l, key, strlen(key), &pre);
      ck_assert_msg(x && x->kind == GD_PH_ENTITY && !x->next, "\"%s\": not one sense", key);
      char want[256];
      snprintf(want, sizeof want, "%s%s", ID, spellings[i][2]);
      ck_assert_msg(!strcmp(x->u.entity->iri, want), "\"%s\" is %s, not %s", key, x->u.entity->iri, want);
    }
  x = gd_lexicon_lookup(l, "shahpur bakhtiar", 16, &pre);
  ck_assert_uint_gt(x->u.entity->n_affils, 0);
  ck_assert_ptr_eq(gd_person_state(x->u.entity, "1979-01-20"), gd_lexicon_entity(l, ID "IRN"));
  /* A namesake of a later era keeps the IRI the hand-made files add to:
   * "Samir Rifai" is the prime minister of 2009-2011 (id:Samir_Rifai, his
   * spellings one person) and his grandfather. */
  x = gd_lexicon_lookup(l, "samir rifai", 11, &pre);
  ck_assert(x && x->next && !x->next->next);
  ck_assert(!strcmp(x->u.entity->iri, ID "Samir_Rifai") || !strcmp(x->next->u.entity->iri, ID "Samir_Rifai"));
  ck_assert(!strcmp(x->u.entity->iri, ID "Samir_al-Rifai_1901") ||
            !strcmp(x->next->u.entity->iri, ID "Samir_al-Rifai_1901"));
  x = gd_lexicon_lookup(l, "samir zaid al - rifai", 21, &pre);
  ck_assert(x && !x->next);
  ck_assert_str_eq(x->u.entity->iri, ID "Samir_Rifai");
  ck_assert_ptr_eq(gd_person_state(x->u.entity, "2012-01-01"), gd_lexicon_entity(l, ID "JOR"));
  /* Names alike but two people stay two: Aung Kyi is not Aung San Suu Kyi. */
  x = gd_lexicon_lookup(l, "aung kyi", 8, &pre);
  ck_assert(x && x->kind == GD_PH_ENTITY);
  ck_assert_str_ne(x->u.entity->iri, ID "Aung_San_Suu_Kyi");
  /* Armed groups the dictionaries give only a region get the state they
   * fight in (tools/petrarch2ttl.py, GROUP_STATE); entries that are no
   * armed group (a person, a character of fiction) are none. */
  static const char *const based[][2] = {
      {"irish republican army", "GBR"}, {"oromo liberation front", "ETH"}, {"free aceh movement", "IDN"},
      {"kosovo liberation army", "XKX"}, {"peoples mujahideen of iran", "IRN"},
      /* Entries of the file of armed groups coded as rebels are groups,
       * though named like people. */
      {"shining path", "PER"}, {"khmer rouge", "KHM"}, {"red hand defenders", "GBR"}};
  for (size_t i = 0; i < sizeof based / sizeof *based; i++) {
    x = gd_lexicon_lookup(l, based[i][0], strlen(based[i][0]), &pre);
    ck_assert_msg(x && x->kind == GD_PH_ENTITY && !strcmp(geordf_entity_class(x->u.entity), "ArmedGroup"),
                  "\"%s\" is no armed group", based[i][0]);
    char want[64];
    snprintf(want, sizeof want, "%s%s", ID, based[i][1]);
    ck_assert_msg(x->u.entity->country && !strcmp(x->u.entity->country->iri, want), "\"%s\" is not based in %s",
                  based[i][0], based[i][1]);
  }
  static const char *const no_group[] = {"ra's al ghul", "janjalani", "sheikh ahmed yassin", NULL};
  for (int i = 0; no_group[i]; i++)
    for (x = gd_lexicon_lookup(l, no_group[i], strlen(no_group[i]), &pre); x; x = x->next)
      ck_assert_msg(!(x->kind == GD_PH_ENTITY && !strcmp(geordf_entity_class(x->u.entity), "ArmedGroup")),
                    "\"%s\" is an armed group", no_group[i]);
  /* Republika Srpska, an entity of Bosnia and Herzegovina, is a place in
   * it under each of its names (and no person); Banja Luka is a city. */
  static const char *const srpska[] = {"republika srpska", "republica srpska", "republic of srpska",
                                       "banja luka", NULL};
  for (int i = 0; srpska[i]; i++) {
    x = gd_lexicon_lookup(l, srpska[i], strlen(srpska[i]), &pre);
    ck_assert_msg(x && x->kind == GD_PH_ENTITY && !x->next && x->u.entity->kind == GD_KIND_PLACE &&
                      x->u.entity->country == gd_lexicon_entity(l, ID "BIH"),
                  "\"%s\" is no one place in Bosnia and Herzegovina", srpska[i]);
  }
  /* Junk the dictionaries list as places: ordinary words, a phrase, a city
   * named like a state or a person, a misspelt state. */
  static const char *const junk[] = {"reading", "mobile", "nice", "graveyard of empires", "georgia",
                                     "phoenix", "victoria", "afganistan", "cork", "male", NULL};
  for (int i = 0; junk[i]; i++) {
    x = gd_lexicon_lookup(l, junk[i], strlen(junk[i]), &pre);
    for (; x; x = x->next)
      ck_assert_msg(!(x->kind == GD_PH_ENTITY && x->u.entity->kind == GD_KIND_PLACE),
                    "\"%s\" is a generated place", junk[i]);
  }
  geordf_lexicon_free(l);
}
END_TEST

static int cmp_strp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The statements of a loaded lexicon, one string each, sorted. */
static char **statements(const geordf_lexicon *l, size_t *n) {
  const char *s, *p, *o;
  int lit;
  for (*n = 0; gd_lexicon_statement(l, *n, &s, &p, &o, &lit) == 0; (*n)++) {}
  char **v = calloc(*n + 1, sizeof *v);
  ck_assert_ptr_nonnull(v);
  for (size_t i = 0; i < *n; i++) {
    gd_lexicon_statement(l, i, &s, &p, &o, &lit);
    size_t len = strlen(s) + strlen(p) + strlen(o) + 8;
    v[i] = malloc(len);
    ck_assert_ptr_nonnull(v[i]);
    snprintf(v[i], len, "%s %s %s%s", s, p, lit ? "L:" : "", o);
  }
  qsort(v, *n, sizeof *v, cmp_strp);
  return v;
}

static void free_statements(char **v, size_t n) {
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v);
}

/* The copy of the bundled lexicon made at build time gives exactly the
 * statements raptor reads from the Turtle files. */
START_TEST(builtin_equals_turtle) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_ptr_nonnull(dir);
  geordf_lexicon *a = NULL, *b = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&a), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_new(&b), GEORDF_OK);
  gd_lexicon_use_builtin(b, 0);
  ck_assert_int_eq(geordf_lexicon_load_dir(a, dir), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_dir(b, dir), GEORDF_OK);
  ck_assert_uint_eq(gd_lexicon_builtin_files(b), 0);
  ck_assert_msg(gd_lexicon_builtin_files(a) >= 5,
                "only %zu bundled files came from the build-time copy (make rebuilds it)",
                gd_lexicon_builtin_files(a));
  size_t na, nb;
  char **va = statements(a, &na), **vb = statements(b, &nb);
  ck_assert_uint_eq(na, nb);
  ck_assert_uint_gt(na, 1000);
  for (size_t i = 0; i < na; i++) ck_assert_str_eq(va[i], vb[i]);
  free_statements(va, na);
  free_statements(vb, nb);
  ck_assert_int_eq(geordf_lexicon_freeze(a), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(b), GEORDF_OK);
  int pa, pb;
  ck_assert_ptr_nonnull(gd_lexicon_lookup(a, "russia", 6, &pa));
  ck_assert_ptr_nonnull(gd_lexicon_lookup(b, "russia", 6, &pb));
  geordf_lexicon_free(a);
  geordf_lexicon_free(b);
}
END_TEST

/* The same entities, in the same order, with the same links and terms. */
static void same_entities(const geordf_lexicon *a, const geordf_lexicon *b, size_t min) {
  size_t i = 0;
  for (; gd_lexicon_entity_at(a, i); i++) {
    const geordf_entity *x = gd_lexicon_entity_at(a, i), *y = gd_lexicon_entity_at(b, i);
    ck_assert_ptr_nonnull(y);
    ck_assert_str_eq(x->iri, y->iri);
    ck_assert_str_eq(x->label, y->label);
    ck_assert_str_eq(x->cls, y->cls);
    ck_assert_int_eq(x->kind, y->kind);
    ck_assert_str_eq(x->country ? x->country->iri : "", y->country ? y->country->iri : "");
    ck_assert_str_eq(x->stands_for ? x->stands_for->iri : "", y->stands_for ? y->stands_for->iri : "");
    ck_assert_uint_eq(x->n_offices, y->n_offices);
    ck_assert_uint_eq(x->n_affils, y->n_affils);
    for (size_t k = 0; k < x->n_affils; k++) {
      ck_assert_str_eq(x->affils[k].of->iri, y->affils[k].of->iri);
      ck_assert_str_eq(x->affils[k].start, y->affils[k].start);
      ck_assert_str_eq(x->affils[k].end, y->affils[k].end);
    }
    ck_assert_uint_eq(x->era ? x->era->n_members : 0, y->era ? y->era->n_members : 0);
    for (size_t k = 0; x->era && k < x->era->n_members; k++) {
      ck_assert_str_eq(x->era->members[k].of->iri, y->era->members[k].of->iri);
      ck_assert_str_eq(x->era->members[k].start, y->era->members[k].start);
      ck_assert_str_eq(x->era->members[k].end, y->era->members[k].end);
      ck_assert_str_eq(x->era->members[k].office, y->era->members[k].office);
    }
  }
  ck_assert_ptr_null(gd_lexicon_entity_at(b, i));
  ck_assert_uint_gt(i, min);
}

/* The same phrases, in the same order, with the same senses: the bundled
 * names are folded at build time (lexicon-gen), a parsed file's at start-up. */
static void same_phrases(const geordf_lexicon *a, const geordf_lexicon *b, size_t min) {
  size_t i = 0;
  const char *ka, *kb;
  size_t la, lb;
  const gd_sense *sa, *sb;
  for (; gd_lexicon_phrase_at(a, i, &ka, &la, &sa); i++) {
    ck_assert_int_eq(gd_lexicon_phrase_at(b, i, &kb, &lb, &sb), 1);
    ck_assert_uint_eq(la, lb);
    ck_assert_msg(!memcmp(ka, kb, la), "phrase %zu: \"%.*s\" against \"%.*s\"", i, (int)la, ka, (int)lb, kb);
    /* Looking the key up finds it, a prefix of longer phrases in both or neither. */
    int pa, pb;
    ck_assert_ptr_eq(gd_lexicon_lookup(a, ka, la, &pa), sa);
    ck_assert_ptr_eq(gd_lexicon_lookup(b, kb, lb, &pb), sb);
    ck_assert_int_eq(pa, pb);
    for (; sa && sb; sa = sa->next, sb = sb->next) {
      ck_assert_int_eq(sa->kind, sb->kind);
      ck_assert_int_eq(sa->how, sb->how);
      ck_assert_msg(sa->caps_only == sb->caps_only, "\"%.*s\": caps %x against %x", (int)la, ka, sa->caps_only,
                    sb->caps_only);
      if (sa->kind == GD_PH_ENTITY) ck_assert_str_eq(sa->u.entity->iri, sb->u.entity->iri);
      else if (sa->kind == GD_PH_TRIGGER) ck_assert_str_eq(sa->u.trigger->iri, sb->u.trigger->iri);
      else if (sa->kind == GD_PH_CUE) ck_assert_int_eq(sa->u.cue, sb->u.cue);
      else ck_assert_str_eq(sa->u.office->office, sb->u.office->office);
    }
    ck_assert_ptr_null(sa);
    ck_assert_ptr_null(sb);
  }
  ck_assert_int_eq(gd_lexicon_phrase_at(b, i, &kb, &lb, &sb), 0);
  ck_assert_uint_gt(i, min);
}

/* Start-up puts the bundled statements in an order computed at build time
 * (a user's file after them is merged in): the lexicon is the one parsing
 * every file builds. */
START_TEST(builtin_order_builds_the_same) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_ptr_nonnull(dir);
  for (int user = 0; user < 2; user++) {
    geordf_lexicon *a = NULL, *b = NULL;
    ck_assert_int_eq(geordf_lexicon_new(&a), GEORDF_OK);
    ck_assert_int_eq(geordf_lexicon_new(&b), GEORDF_OK);
    gd_lexicon_use_builtin(b, 0);
    ck_assert_int_eq(geordf_lexicon_load_dir(a, dir), GEORDF_OK);
    ck_assert_int_eq(geordf_lexicon_load_dir(b, dir), GEORDF_OK);
    if (user) {
      ck_assert_int_eq(geordf_lexicon_load_file(a, fixture_path()), GEORDF_OK);
      ck_assert_int_eq(geordf_lexicon_load_file(b, fixture_path()), GEORDF_OK);
    }
    ck_assert_int_eq(geordf_lexicon_freeze(a), GEORDF_OK);
    ck_assert_int_eq(geordf_lexicon_freeze(b), GEORDF_OK);
    same_entities(a, b, 20000);
    same_phrases(a, b, 50000);
    ck_assert_uint_gt(gd_lexicon_prefolded(a), 30000);
    ck_assert_uint_eq(gd_lexicon_prefolded(b), 0);
    geordf_lexicon_free(a);
    geordf_lexicon_free(b);
  }
}
END_TEST

/* The same terms (of office, of service, a place's as a metonym, a
 * state's leader office, an organization's members). */
static void same_terms(const gd_office *x, const gd_office *y, size_t n) {
  for (size_t k = 0; k < n; k++) {
    ck_assert_str_eq(x[k].office, y[k].office);
    ck_assert_str_eq(x[k].of ? x[k].of->iri : "", y[k].of ? y[k].of->iri : "");
    ck_assert_str_eq(x[k].start, y[k].start);
    ck_assert_str_eq(x[k].end, y[k].end);
    ck_assert_int_eq(x[k].collective, y[k].collective);
    ck_assert_int_eq(x[k].acting, y[k].acting);
    ck_assert_int_eq(x[k].cls, y[k].cls);
  }
}

/* The bundled lexicon frozen at build time (lexicon-image.h) is the one
 * freezing the same files at run time builds: its entities with every
 * link, term, weapon origin and date, its phrases and senses, its
 * triggers, office holders and date words; a lexicon with a file of the
 * user's besides is built at run time. */
START_TEST(image_freezes_the_same) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_ptr_nonnull(dir);
  geordf_lexicon *a = NULL, *b = NULL, *c = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&a), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_new(&b), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_new(&c), GEORDF_OK);
  gd_lexicon_use_builtin(b, 0);
  ck_assert_int_eq(geordf_lexicon_load_dir(a, dir), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_dir(b, dir), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_dir(c, dir), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_file(c, fixture_path()), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(a), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(b), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(c), GEORDF_OK);
  ck_assert_msg(gd_lexicon_from_image(a), "the bundled lexicon was built at run time (make rebuilds its image)");
  ck_assert_int_eq(gd_lexicon_from_image(b), 0);
  ck_assert_int_eq(gd_lexicon_from_image(c), 0);
  same_entities(a, b, 20000);
  same_phrases(a, b, 50000);
  ck_assert_uint_gt(gd_lexicon_prefolded(a), 30000);
  size_t nweapons = 0, noffices = 0;
  for (size_t i = 0; gd_lexicon_entity_at(a, i); i++) {
    const geordf_entity *x = gd_lexicon_entity_at(a, i), *y = gd_lexicon_entity_at(b, i);
    ck_assert_ptr_eq(gd_lexicon_entity(a, x->iri), x);
    ck_assert_ptr_eq(gd_lexicon_entity(b, y->iri), y);
    ck_assert_str_eq(x->qid ? x->qid : "", y->qid ? y->qid : "");
    ck_assert_str_eq(x->successor ? x->successor->iri : "", y->successor ? y->successor->iri : "");
    ck_assert_str_eq(x->operator_ ? x->operator_->iri : "", y->operator_ ? y->operator_->iri : "");
    ck_assert_str_eq(x->weapon_kind ? x->weapon_kind : "", y->weapon_kind ? y->weapon_kind : "");
    ck_assert_str_eq(x->described ? x->described : "", y->described ? y->described : "");
    ck_assert_int_eq(x->non_state, y->non_state);
    ck_assert_uint_eq(x->index, y->index);
    ck_assert_uint_eq(x->n_origins, y->n_origins);
    for (unsigned k = 0; k < x->n_origins; k++) ck_assert_str_eq(x->origins[k]->iri, y->origins[k]->iri);
    nweapons += x->kind == GD_KIND_WEAPON;
    noffices += x->n_offices;
    same_terms(x->offices, y->offices, x->n_offices);
    same_terms(x->affils, y->affils, x->n_affils);
    ck_assert_int_eq(!x->era, !y->era);
    if (!x->era) continue;
    ck_assert_str_eq(x->era->start, y->era->start);
    ck_assert_str_eq(x->era->end, y->era->end);
    ck_assert_str_eq(x->era->predecessor ? x->era->predecessor->iri : "",
                     y->era->predecessor ? y->era->predecessor->iri : "");
    ck_assert_int_eq(x->era->seceded, y->era->seceded);
    ck_assert_uint_eq(x->era->n_seats, y->era->n_seats);
    ck_assert_uint_eq(x->era->n_leads, y->era->n_leads);
    same_terms(x->era->seats, y->era->seats, x->era->n_seats);
    same_terms(x->era->leads, y->era->leads, x->era->n_leads);
    for (size_t k = 0; k < x->era->n_seats; k++) {
      const geordf_entity *vx = x->era->variants[k], *vy = y->era->variants[k];
      ck_assert_str_eq(vx->iri, vy->iri);
      ck_assert_str_eq(vx->stands_for ? vx->stands_for->iri : "", vy->stands_for ? vy->stands_for->iri : "");
      ck_assert_str_eq(vx->country ? vx->country->iri : "", vy->country ? vy->country->iri : "");
    }
    /* Office holders of a state: the same people, asked of every head
     * office and decade. */
    if (x->kind != GD_KIND_COUNTRY) continue;
    static const char *const offices[] = {"Leader", "HeadOfState", "HeadOfGovernment", "President",
                                          "PrimeMinister", "ForeignMinister", "DefenceMinister", NULL};
    static const char *const dates[] = {"", "1955-06-01", "1975-06-01", "1995-06-01", "2015-06-01", NULL};
    for (int o = 0; offices[o]; o++)
      for (int d = 0; dates[d]; d++) {
        const geordf_entity *hx[8], *hy[8];
        size_t nx = gd_lexicon_office_holders(a, offices[o], x, dates[d], hx, 8);
        size_t ny = gd_lexicon_office_holders(b, offices[o], y, dates[d], hy, 8);
        ck_assert_uint_eq(nx, ny);
        for (size_t k = 0; k < nx; k++) ck_assert_str_eq(hx[k]->iri, hy[k]->iri);
        ck_assert_int_eq(gd_lexicon_office_collective(a, offices[o], x, dates[d]),
                         gd_lexicon_office_collective(b, offices[o], y, dates[d]));
      }
  }
  ck_assert_uint_gt(nweapons, 100);
  ck_assert_uint_gt(noffices, 1000);
  /* Office holders of no state, asked by name; the sole office's state. */
  const geordf_entity *hx[8], *hy[8];
  size_t nx = gd_lexicon_office_holders_named(a, "President", NULL, "2010-01-01", "Obama", 5, hx, 8);
  ck_assert_uint_eq(nx, gd_lexicon_office_holders_named(b, "President", NULL, "2010-01-01", "Obama", 5, hy, 8));
  ck_assert_uint_gt(nx, 0);
  for (size_t k = 0; k < nx; k++) ck_assert_str_eq(hx[k]->iri, hy[k]->iri);
  const geordf_entity *sx = gd_office_sole_state(a, "Pope"), *sy = gd_office_sole_state(b, "Pope");
  ck_assert_str_eq(sx ? sx->iri : "", sy ? sy->iri : "");
  /* Triggers: the same frames and flags. */
  const char *key;
  size_t klen;
  const gd_sense *s, *t;
  size_t ntrig = 0;
  for (size_t i = 0; gd_lexicon_phrase_at(a, i, &key, &klen, &s); i++) {
    gd_lexicon_phrase_at(b, i, &key, &klen, &t);
    for (; s && t; s = s->next, t = t->next) {
      if (s->kind == GD_PH_OFFICE) ck_assert_int_eq(s->u.office->sole, t->u.office->sole);
      if (s->kind != GD_PH_TRIGGER) continue;
      const gd_trigger *x = s->u.trigger, *y = t->u.trigger;
      ntrig++;
      ck_assert_int_eq(x->type, y->type);
      ck_assert_int_eq(x->pos, y->pos);
      ck_assert_int_eq(x->status, y->status);
      ck_assert(x->weight == y->weight);
      ck_assert_uint_eq(x->flags, y->flags);
      ck_assert_uint_eq(x->nslots, y->nslots);
      for (unsigned k = 0; k < x->nslots; k++) {
        ck_assert_int_eq(x->slots[k].kind, y->slots[k].kind);
        ck_assert_int_eq(x->slots[k].role, y->slots[k].role);
        ck_assert_str_eq(x->slots[k].prep ? x->slots[k].prep : "", y->slots[k].prep ? y->slots[k].prep : "");
      }
    }
  }
  ck_assert_uint_gt(ntrig, 500);
  /* Date words. */
  static const char *const words[] = {"monday", "january", "yesterday", "week", "spring", NULL};
  for (int w = 0; words[w]; w++)
    for (int k = 0; k < GD_DATE_KINDS; k++) {
      int na = 0, nb = 0;
      ck_assert_int_eq(gd_date_words_has(gd_lexicon_date_words(a), k, words[w], &na),
                       gd_date_words_has(gd_lexicon_date_words(b), k, words[w], &nb));
      ck_assert_int_eq(na, nb);
    }
  /* An entity added later (the tests' helper) is found, the image unchanged. */
  ck_assert_ptr_nonnull(gd_lexicon_add_entity(a, "https://example.org/x", "X", NULL, GD_KIND_PERSON));
  ck_assert_ptr_nonnull(gd_lexicon_entity(a, "https://example.org/x"));
  ck_assert_ptr_nonnull(gd_lexicon_entity(a, gd_lexicon_entity_at(b, 0)->iri));
  geordf_lexicon *d = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&d), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_dir(d, dir), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(d), GEORDF_OK);
  ck_assert_ptr_null(gd_lexicon_entity(d, "https://example.org/x"));
  geordf_lexicon_free(d);
  geordf_lexicon_free(a);
  geordf_lexicon_free(b);
  geordf_lexicon_free(c);
}
END_TEST

/* The first bundled files loaded in turn, then one out of turn: the
 * statements of the first (left to be written at freezing, in the order
 * computed at build time) are written in the order of their files and
 * merged with the others; the lexicon is the one parsing them builds. */
START_TEST(builtin_out_of_turn_builds_the_same) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_ptr_nonnull(dir);
  static const char *const files[] = {"cues.ttl", "organizations.ttl", "states.ttl", "people-europe.ttl", NULL};
  geordf_lexicon *a = NULL, *b = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&a), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_new(&b), GEORDF_OK);
  gd_lexicon_use_builtin(b, 0);
  char path[4200];
  for (int i = 0; files[i]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    ck_assert_int_eq(geordf_lexicon_load_file(a, path), GEORDF_OK);
    ck_assert_int_eq(geordf_lexicon_load_file(b, path), GEORDF_OK);
  }
  ck_assert_uint_eq(gd_lexicon_builtin_files(a), 4);
  ck_assert_uint_eq(gd_lexicon_builtin_files(b), 0);
  ck_assert_int_eq(geordf_lexicon_freeze(a), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(b), GEORDF_OK);
  same_entities(a, b, 1000);
  int pa, pb;
  const gd_sense *x = gd_lexicon_lookup(a, "russia", 6, &pa), *y = gd_lexicon_lookup(b, "russia", 6, &pb);
  ck_assert(x && y && x->kind == GD_PH_ENTITY && y->kind == GD_PH_ENTITY);
  ck_assert_str_eq(x->u.entity->iri, y->u.entity->iri);
  geordf_lexicon_free(a);
  geordf_lexicon_free(b);
}
END_TEST

/* A bundled file changed by one byte, its length kept, is parsed, not taken
 * from the build-time copy. */
START_TEST(builtin_not_for_changed_file) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_ptr_nonnull(dir);
  char path[4200];
  snprintf(path, sizeof path, "%s/states.ttl", dir);
  FILE *f = fopen(path, "rb");
  ck_assert_ptr_nonnull(f);
  static char text[1 << 20];
  size_t n = fread(text, 1, sizeof text - 1, f);
  fclose(f);
  text[n] = '\0';
  char *label = strstr(text, "\"Russia\"");
  ck_assert_ptr_nonnull(label);
  label[5] = 'j'; /* "Russja" */
  const char *tmp = write_tmp("states.ttl", text);
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&l), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_file(l, tmp), GEORDF_OK);
  ck_assert_uint_eq(gd_lexicon_builtin_files(l), 0);
  rm_tmp();
  ck_assert_int_eq(geordf_lexicon_freeze(l), GEORDF_OK);
  int pre;
  ck_assert_ptr_nonnull(gd_lexicon_lookup(l, "russja", 6, &pre));
  geordf_lexicon_free(l);
}
END_TEST

/* Names are folded into phrase keys as text is tokenized (lexicon.c splits
 * the plain ASCII ones itself, the rest through token.c): each name below is
 * found under the key made from gd_tokenize()'s tokens, with the capitals
 * rule CAPS gives (the same when a tab after the name sends it through
 * token.c), and every shorter key is a prefix. */
START_TEST(names_folded_like_text) {
  static const char *const names[] = {
      "S-400", "Su-24 jets", "two-party talks", "anti-air", "KN25s", "F-16", "US", "USA",
      "IS", "Kim  Jong Un", "-x", "a--1", "a- b", "9M-x", "x-9-y", "A-b-C", "ISIS-K", "NATO",
      "t\u00FCrkiye", "U.S. Navy", "don't", "Gen. Smith", "Moscow-Ankara", "Organization of the Islamic State",
      "Al-Jihad Al-Islami", "El Al"};
  static const unsigned caps[] = {
      1, 1, 0, 0, 1, 1, GD_CAPS_ALL, GD_CAPS_ALL, GD_CAPS_ALL, 7, 0, 0, 0, 0, 0, 0, 1, 1,
      0, 3, 0, 3, 1, 1 | 8 | 16, 4 | 32, 1};
  size_t n = sizeof names / sizeof *names;
  ck_assert_uint_eq(n, sizeof caps / sizeof *caps);
  char ttl[8192];
  size_t len = (size_t)snprintf(ttl, sizeof ttl, "%s", PREFIXES);
  for (size_t i = 0; i < n; i++)
    len += (size_t)snprintf(ttl + len, sizeof ttl - len,
                            "id:N%zu a geo:Place ; rdfs:label \"%s\" .\nid:T%zu a geo:Place ; rdfs:label \"%s\\t\" .\n",
                            i, names[i], i, names[i]);
  ck_assert_uint_lt(len, sizeof ttl);
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(lexicon_of(ttl, &l), GEORDF_OK);
  for (size_t i = 0; i < n; i++) {
    char iri[64], name[64];
    snprintf(iri, sizeof iri, "%sN%zu", ID, i);
    const geordf_entity *e = gd_lexicon_entity(l, iri);
    ck_assert_ptr_nonnull(e);
    snprintf(name, sizeof name, "%s", geordf_entity_label(e)); /* the unescaped name */
    gd_tokens *t = gd_tokenize(name, strlen(name));
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_gt(t->ntok, 0);
    char key[256] = "";
    size_t k = 0;
    for (size_t j = 0; j < t->ntok; j++) {
      k += (size_t)snprintf(key + k, sizeof key - k, "%s%s", j ? " " : "", t->tok[j].norm);
      int pre = -1;
      const gd_sense *s = gd_lexicon_lookup(l, key, k, &pre);
      if (j + 1 < t->ntok) {
        ck_assert_msg(pre == 1, "\"%s\": \"%s\" is no prefix", name, key);
        continue;
      }
      snprintf(iri, sizeof iri, "%sT%zu", ID, i);
      const geordf_entity *te = gd_lexicon_entity(l, iri);
      ck_assert_ptr_nonnull(te);
      const gd_sense *ts = s;
      for (; ts && ts->u.entity != te; ts = ts->next) {}
      for (; s && s->u.entity != e; s = s->next) {}
      ck_assert_msg(s != NULL, "\"%s\" is not found under \"%s\"", name, key);
      ck_assert_msg(ts != NULL, "\"%s\" and a tab is not found under \"%s\"", name, key);
      ck_assert_msg(s->caps_only == caps[i], "\"%s\": caps rule %#x, expected %#x", name, s->caps_only, caps[i]);
      ck_assert_msg(ts->caps_only == caps[i], "\"%s\" and a tab: caps rule %#x, expected %#x", name, ts->caps_only,
                    caps[i]);
    }
    gd_tokens_free(t);
  }
  geordf_lexicon_free(l);
}
END_TEST

/* Keys of every length up to 24 bytes (hashing reads the last one to seven
 * bytes of a key its own way, and a probe compares lengths before bytes):
 * each is found, and a key of the same length that differs in one byte,
 * one byte shorter or one longer is not (a shorter one only as the prefix
 * of a two-word name). */
START_TEST(lookup_every_key_length) {
  char ttl[8192];
  size_t len = (size_t)snprintf(ttl, sizeof ttl, "%s", PREFIXES);
  for (int n = 1; n <= 24; n++)
    len += (size_t)snprintf(ttl + len, sizeof ttl - len, "id:L%d a geo:Place ; rdfs:label \"%.*s\" .\n", n, n,
                            "qwertyuiopasdfghjklzxcvb");
  len += (size_t)snprintf(ttl + len, sizeof ttl - len, "id:T a geo:Place ; rdfs:label \"qw ertyu\" .\n");
  ck_assert_uint_lt(len, sizeof ttl);
  geordf_lexicon *l = NULL;
  ck_assert_int_eq(lexicon_of(ttl, &l), GEORDF_OK);
  const char *word = "qwertyuiopasdfghjklzxcvbn";
  for (size_t n = 1; n <= 24; n++) {
    char iri[64], key[32];
    snprintf(iri, sizeof iri, "%sL%zu", ID, n);
    int pre = -1;
    const gd_sense *s = gd_lexicon_lookup(l, word, n, &pre);
    ck_assert_msg(s && s->u.entity == gd_lexicon_entity(l, iri) && !s->next, "key of %zu bytes not found", n);
    ck_assert_int_eq(pre, n == 2); /* "qw" begins "qw ertyu" */
    for (size_t at = 0; at < n; at++) {
      memcpy(key, word, n);
      key[at] = 'Q';
      ck_assert_msg(!gd_lexicon_lookup(l, key, n, &pre) && pre == 0, "%zu bytes, changed at %zu: found", n, at);
    }
  }
  int pre = -1;
  ck_assert_ptr_null(gd_lexicon_lookup(l, word, 25, &pre));
  ck_assert_int_eq(pre, 0);
  const gd_sense *s = gd_lexicon_lookup(l, "qw ertyu", 8, &pre);
  ck_assert(s && s->u.entity == gd_lexicon_entity(l, ID "T") && pre == 0);
  ck_assert_ptr_null(gd_lexicon_lookup(l, "qw ertyuq", 9, &pre));
  ck_assert_ptr_null(gd_lexicon_lookup(l, "qw ertu", 7, &pre));
  geordf_lexicon_free(l);
}
END_TEST

START_TEST(free_null) {
  geordf_lexicon_free(NULL);
  ck_assert_str_eq(geordf_lexicon_error(NULL), "");
}
END_TEST

static Suite *lexicon_suite(void) {
  Suite *s = suite_create("lexicon");
  TCase *tc = tcase_create("fixture");
  tcase_add_checked_fixture(tc, load_fixture, free_fixture);
  tcase_add_test(tc, fixture_entities);
  tcase_add_test(tc, weapon_keeps_every_origin);
  tcase_add_test(tc, fixture_person_offices);
  tcase_add_test(tc, entity_by_iri);
  tcase_add_test(tc, lookup_names);
  tcase_add_test(tc, lookup_multiword_and_prefix);
  tcase_add_test(tc, lookup_trigger_cue_office);
  tcase_add_test(tc, match_capitals_only);
  tcase_add_test(tc, match_capitalized_names);
  tcase_add_test(tc, match_names_by_their_capitals);
  tcase_add_test(tc, match_longest_first);
  tcase_add_test(tc, office_holders_by_date);
  tcase_add_test(tc, person_state_by_date);
  tcase_add_test(tc, load_after_freeze);
  tcase_add_test(tc, names_folded_like_text);
  tcase_add_test(tc, lookup_every_key_length);
  suite_add_tcase(s, tc);
  tc = tcase_create("errors");
  tcase_add_test(tc, syntax_error_keeps_nothing);
  tcase_add_test(tc, missing_file);
  tcase_add_test(tc, bad_frame_at_freeze);
  tcase_add_test(tc, trigger_without_type);
  tcase_add_test(tc, lemma_forms);
  tcase_add_test(tc, lemma_refused);
  tcase_add_test(tc, office_holders_grouped);
  tcase_add_test(tc, date_words);
  tcase_add_test(tc, empty_folder);
  tcase_add_test(tc, free_null);
  suite_add_tcase(s, tc);
  tc = tcase_create("bundled");
  tcase_set_timeout(tc, 120); /* (the whole lexicon parsed from Turtle several times: slow under sanitizers) */
  tcase_add_test(tc, bundled_lexicon);
  tcase_add_test(tc, generated_lexicon);
  tcase_add_test(tc, dated_states);
  tcase_add_test(tc, bundled_cue_lemmas);
  tcase_add_test(tc, bundled_joint_designs);
  tcase_add_test(tc, bundled_memberships);
  tcase_add_test(tc, bundled_longest_name_wins);
  tcase_add_test(tc, builtin_equals_turtle);
  tcase_add_test(tc, builtin_order_builds_the_same);
  tcase_add_test(tc, builtin_out_of_turn_builds_the_same);
  tcase_add_test(tc, image_freezes_the_same);
  tcase_add_test(tc, builtin_not_for_changed_file);
  suite_add_tcase(s, tc);
  tc = tcase_create("states that broke away");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, seceded_states);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(lexicon_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
