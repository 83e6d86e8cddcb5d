/* geordf: unit tests for the rule-based lemmatizer (src/lemma.c).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lemma.h"
#include "ud.h"

/* The lemma of FORM tagged UPOS, checked against WANT. */
#define LEMMA(form, upos, want)                                                                    \
  do {                                                                                             \
    char out_[64];                                                                                 \
    size_t n_ = gd_lemma_rule(form, strlen(form), upos, out_, sizeof out_);                       \
    ck_assert_msg(!strcmp(out_, want), "lemma of \"%s\" (%s): \"%s\", want \"%s\"", form,          \
                  gd_upos_name(upos), out_, want);                                                 \
    ck_assert_uint_eq(n_, strlen(out_));                                                           \
  } while (0)

START_TEST(regular_verbs) {
  LEMMA("hoped", GD_UPOS_VERB, "hope");
  LEMMA("baked", GD_UPOS_VERB, "bake");
  LEMMA("making", GD_UPOS_VERB, "make");
  LEMMA("stopped", GD_UPOS_VERB, "stop");
  LEMMA("planning", GD_UPOS_VERB, "plan");
  LEMMA("admitted", GD_UPOS_VERB, "admit");
  LEMMA("visited", GD_UPOS_VERB, "visit");
  LEMMA("opened", GD_UPOS_VERB, "open");
  LEMMA("called", GD_UPOS_VERB, "call");
  LEMMA("added", GD_UPOS_VERB, "add");
  LEMMA("missed", GD_UPOS_VERB, "miss");
  LEMMA("travelled", GD_UPOS_VERB, "travel");
  LEMMA("changed", GD_UPOS_VERB, "change");
  LEMMA("judging", GD_UPOS_VERB, "judge");
  LEMMA("received", GD_UPOS_VERB, "receive");
  LEMMA("produced", GD_UPOS_VERB, "produce");
  LEMMA("negotiated", GD_UPOS_VERB, "negotiate");
  LEMMA("computing", GD_UPOS_VERB, "compute");
  LEMMA("argued", GD_UPOS_VERB, "argue");
  LEMMA("agreed", GD_UPOS_VERB, "agree");
  LEMMA("needed", GD_UPOS_VERB, "need");
  LEMMA("carried", GD_UPOS_VERB, "carry");
  LEMMA("dying", GD_UPOS_VERB, "die");
  LEMMA("watches", GD_UPOS_VERB, "watch");
  LEMMA("walks", GD_UPOS_VERB, "walk");
  LEMMA("discuss", GD_UPOS_VERB, "discuss");
  LEMMA("Sailed", GD_UPOS_VERB, "sail");
  LEMMA("played", GD_UPOS_VERB, "play");
  LEMMA("owed", GD_UPOS_VERB, "owe");
  LEMMA("re-elected", GD_UPOS_VERB, "re-elect");
}
END_TEST

START_TEST(irregular_verbs) {
  LEMMA("went", GD_UPOS_VERB, "go");
  LEMMA("goes", GD_UPOS_VERB, "go");
  LEMMA("brought", GD_UPOS_VERB, "bring");
  LEMMA("bring", GD_UPOS_VERB, "bring");
  LEMMA("written", GD_UPOS_VERB, "write");
  LEMMA("taught", GD_UPOS_VERB, "teach");
  LEMMA("swum", GD_UPOS_VERB, "swim");
  LEMMA("was", GD_UPOS_AUX, "be");
  LEMMA("been", GD_UPOS_AUX, "be");
  LEMMA("has", GD_UPOS_AUX, "have");
  LEMMA("did", GD_UPOS_AUX, "do");
}
END_TEST

START_TEST(contractions) {
  LEMMA("'s", GD_UPOS_AUX, "be");
  LEMMA("'m", GD_UPOS_AUX, "be");
  LEMMA("'ve", GD_UPOS_AUX, "have");
  LEMMA("'ll", GD_UPOS_AUX, "will");
  LEMMA("'d", GD_UPOS_AUX, "would");
  LEMMA("ca", GD_UPOS_AUX, "can");
  LEMMA("wo", GD_UPOS_AUX, "will");
  LEMMA("n't", GD_UPOS_PART, "not");
  LEMMA("n\xE2\x80\x99t", GD_UPOS_PART, "not"); /* U+2019 */
  LEMMA("'s", GD_UPOS_PART, "'s");
}
END_TEST

START_TEST(nouns) {
  LEMMA("cities", GD_UPOS_NOUN, "city");
  LEMMA("movies", GD_UPOS_NOUN, "movie");
  LEMMA("boxes", GD_UPOS_NOUN, "box");
  LEMMA("churches", GD_UPOS_NOUN, "church");
  LEMMA("heroes", GD_UPOS_NOUN, "hero");
  LEMMA("viruses", GD_UPOS_NOUN, "virus");
  LEMMA("houses", GD_UPOS_NOUN, "house");
  LEMMA("Dogs", GD_UPOS_NOUN, "dog");
  LEMMA("glass", GD_UPOS_NOUN, "glass");
  LEMMA("wives", GD_UPOS_NOUN, "wife");
  LEMMA("men", GD_UPOS_NOUN, "man");
  LEMMA("firemen", GD_UPOS_NOUN, "fireman");
  LEMMA("specimen", GD_UPOS_NOUN, "specimen");
  LEMMA("grandchildren", GD_UPOS_NOUN, "grandchild");
  LEMMA("teeth", GD_UPOS_NOUN, "tooth");
  LEMMA("crises", GD_UPOS_NOUN, "crisis");
  LEMMA("news", GD_UPOS_NOUN, "news");
}
END_TEST

START_TEST(adjectives_and_adverbs) {
  LEMMA("bigger", GD_UPOS_ADJ, "big");
  LEMMA("happiest", GD_UPOS_ADJ, "happy");
  LEMMA("larger", GD_UPOS_ADJ, "large");
  LEMMA("simpler", GD_UPOS_ADJ, "simple");
  LEMMA("better", GD_UPOS_ADJ, "good");
  LEMMA("worst", GD_UPOS_ADJ, "bad");
  LEMMA("clever", GD_UPOS_ADJ, "clever");
  LEMMA("slippery", GD_UPOS_ADJ, "slippery");
  LEMMA("Canadian", GD_UPOS_ADJ, "Canadian");
  LEMMA("better", GD_UPOS_ADV, "well");
  LEMMA("sooner", GD_UPOS_ADV, "soon");
  LEMMA("never", GD_UPOS_ADV, "never");
}
END_TEST

START_TEST(pronouns_and_determiners) {
  LEMMA("me", GD_UPOS_PRON, "I");
  LEMMA("I", GD_UPOS_PRON, "I");
  LEMMA("Them", GD_UPOS_PRON, "they");
  LEMMA("us", GD_UPOS_PRON, "we");
  LEMMA("him", GD_UPOS_PRON, "he");
  LEMMA("those", GD_UPOS_DET, "that");
  LEMMA("an", GD_UPOS_DET, "a");
  LEMMA("The", GD_UPOS_DET, "the");
}
END_TEST

START_TEST(names_numbers_punctuation) {
  LEMMA("Paris", GD_UPOS_PROPN, "Paris");
  LEMMA("McDonald", GD_UPOS_PROPN, "McDonald");
  LEMMA("1,500", GD_UPOS_NUM, "1500");
  LEMMA("Twelve", GD_UPOS_NUM, "twelve");
  LEMMA("\xE2\x80\x9C", GD_UPOS_PUNCT, "\""); /* U+201C */
  LEMMA("\xE2\x80\x94", GD_UPOS_PUNCT, "-");  /* U+2014 */
  LEMMA(",", GD_UPOS_PUNCT, ",");
}
END_TEST

START_TEST(truncation_and_empty) {
  char out[8];
  /* "Caf\xC3\xA9" is five bytes: four fit, but not half of the "é". */
  ck_assert_uint_eq(gd_lemma_rule("Caf\xC3\xA9", 5, GD_UPOS_PROPN, out, 5), 3);
  ck_assert_str_eq(out, "Caf");
  ck_assert_uint_eq(gd_lemma_rule("Caf\xC3\xA9", 5, GD_UPOS_PROPN, out, 6), 5);
  ck_assert_str_eq(out, "Caf\xC3\xA9");
  ck_assert_uint_eq(gd_lemma_rule("running", 7, GD_UPOS_VERB, out, 3), 2);
  ck_assert_str_eq(out, "ru");
  ck_assert_uint_eq(gd_lemma_rule("went", 4, GD_UPOS_VERB, out, 1), 0);
  ck_assert_str_eq(out, "");
  ck_assert_uint_eq(gd_lemma_rule("", 0, GD_UPOS_NOUN, out, sizeof out), 0);
  ck_assert_str_eq(out, "");
  /* FORM need not be NUL-terminated. */
  ck_assert_uint_eq(gd_lemma_rule("walkedXYZ", 6, GD_UPOS_VERB, out, sizeof out), 4);
  ck_assert_str_eq(out, "walk");
  /* A word too long for the rules is only lower-cased. */
  char lng[200], big[256];
  memset(lng, 'A', sizeof lng);
  ck_assert_uint_eq(gd_lemma_rule(lng, sizeof lng, GD_UPOS_NOUN, big, sizeof big), sizeof lng);
  for (size_t i = 0; i < sizeof lng; i++) ck_assert_int_eq(big[i], 'a');
  /* An unknown tag still lower-cases. */
  LEMMA("Hello", GD_UPOS_INTJ, "hello");
  LEMMA("Hello", -1, "hello");
}
END_TEST

/* ---- Inflection (gd_inflect) ---- */

/* The forms gd_inflect() gives, sorted and joined by "|". */
typedef struct {
  char *v[32];
  int n;
} forms;

static int collect(const char *form, void *arg) {
  forms *f = arg;
  ck_assert_int_lt(f->n, 32);
  f->v[f->n++] = strdup(form);
  return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void inflected(const char *phrase, char pos, char *out, size_t cap) {
  forms f = {.n = 0};
  ck_assert_msg(gd_inflect(phrase, pos, collect, &f) == 0, "\"%s\" (%c) not inflected", phrase, pos);
  qsort(f.v, (size_t)f.n, sizeof f.v[0], cmp_str);
  out[0] = '\0';
  for (int i = 0; i < f.n; i++) {
    snprintf(out + strlen(out), cap - strlen(out), "%s%s", i ? "|" : "", f.v[i]);
    free(f.v[i]);
  }
}

#define FORMS(phrase, pos, want)                                                                   \
  do {                                                                                             \
    char got_[1024];                                                                               \
    inflected(phrase, pos, got_, sizeof got_);                                                     \
    ck_assert_msg(!strcmp(got_, want), "forms of \"%s\" (%c): \"%s\", want \"%s\"", phrase, pos,   \
                  got_, want);                                                                     \
  } while (0)

START_TEST(inflect_regular_verbs) {
  FORMS("visit", 'v', "visit|visited|visiting|visits");
  FORMS("arrive", 'v', "arrive|arrived|arrives|arriving"); /* e-drop */
  FORMS("agree", 'v', "agree|agreed|agreeing|agrees");     /* no e-drop after e */
  FORMS("supply", 'v', "supplied|supplies|supply|supplying");
  FORMS("destroy", 'v', "destroy|destroyed|destroying|destroys");
  FORMS("tie", 'v', "tie|tied|ties|tying");
  FORMS("rush", 'v', "rush|rushed|rushes|rushing");
  FORMS("embargo", 'v', "embargo|embargoed|embargoes|embargoing");
  FORMS("panic", 'v', "panic|panicked|panicking|panics");
}
END_TEST

START_TEST(inflect_doubling) {
  /* A stressed last syllable doubles its consonant; an unstressed one not. */
  FORMS("ship", 'v', "ship|shipped|shipping|ships");
  FORMS("ban", 'v', "ban|banned|banning|bans");
  FORMS("transfer", 'v', "transfer|transferred|transferring|transfers");
  FORMS("equip", 'v', "equip|equipped|equipping|equips");
  FORMS("commit", 'v', "commit|commits|committed|committing");
  FORMS("expel", 'v', "expel|expelled|expelling|expels");
  FORMS("visit", 'v', "visit|visited|visiting|visits");
  FORMS("offer", 'v', "offer|offered|offering|offers");
  FORMS("limit", 'v', "limit|limited|limiting|limits");
  FORMS("sever", 'v', "sever|severed|severing|severs");
  /* Both spellings of an unstressed -el. */
  FORMS("travel", 'v', "travel|traveled|traveling|travelled|travelling|travels");
}
END_TEST

START_TEST(inflect_irregular_verbs) {
  FORMS("freeze", 'v', "freeze|freezes|freezing|froze|frozen");
  FORMS("go", 'v', "go|goes|going|gone|went");
  FORMS("fly", 'v', "flew|flies|flown|fly|flying");
  FORMS("have", 'v', "had|has|have|having");
  FORMS("get", 'v', "get|gets|getting|got|gotten");
  FORMS("boycott", 'v', "boycott|boycotted|boycotting|boycotts");
  /* The past is the base: "cut", not "cutted". */
  FORMS("cut", 'v', "cut|cuts|cutting");
  FORMS("hit", 'v', "hit|hits|hitting");
}
END_TEST

START_TEST(inflect_particles_and_nouns) {
  FORMS("cut off aid to", 'v', "cut off aid to|cuts off aid to|cutting off aid to");
  FORMS("break off relations with", 'v',
        "break off relations with|breaking off relations with|breaks off relations with|"
        "broke off relations with|broken off relations with");
  FORMS("halt imports from", 'v', "halt imports from|halted imports from|halting imports from|halts imports from");
  FORMS("co-operate", 'v', "co-operate|co-operated|co-operates|co-operating");
  FORMS("sanction", 'n', "sanction|sanctions");
  FORMS("ally", 'n', "allies|ally");
  FORMS("embargo", 'n', "embargo|embargoes");
  FORMS("penalty", 'n', "penalties|penalty");
  FORMS("visit to", 'n', "visit to|visits to");
  FORMS("crisis", 'n', "crises|crisis");
  FORMS("news", 'n', "news");
}
END_TEST

static int never(const char *form, void *arg) { return 1; }

START_TEST(inflect_refused) {
  ck_assert_int_eq(gd_inflect("", 'v', never, NULL), -1);
  ck_assert_int_eq(gd_inflect(" trade with", 'v', never, NULL), -1);
  ck_assert_int_eq(gd_inflect("visit", 'a', never, NULL), -1);
  ck_assert_int_eq(gd_inflect("Visit", 'v', never, NULL), -1);
  ck_assert_int_eq(gd_inflect("be in", 'v', never, NULL), -1);
  ck_assert_int_eq(gd_inflect("will", 'v', never, NULL), -1);
  /* The callback's answer stops the forms and is returned. */
  ck_assert_int_eq(gd_inflect("visit", 'v', never, NULL), 1);
}
END_TEST

/* Every form generated lemmatizes back to its lemma (the triggers' lemmas
 * and others). */
START_TEST(inflect_round_trip) {
  static const char *const verb_lemmas[] = {
      "visit", "tour", "travel", "fly", "arrive", "land", "head", "go", "leave", "depart", "come", "return",
      "stop", "take", "bring", "get", "give", "send", "sell", "buy", "ship", "transfer", "equip", "export",
      "order", "acquire", "procure", "import", "rush", "airlift", "supply", "provide", "deliver", "arm",
      "rearm", "cut", "set", "sever", "halt", "suspend", "freeze", "break", "expel", "ban", "bar", "penalize",
      "penalise", "punish", "embargo", "boycott", "restrict", "sanction", "blacklist", "shoot", "down",
      "destroy", "neutralise", "neutralize", "repel", "intercept", "strike", "host", "welcome", "receive",
      "greet", "meet", "hold", "ally", "side", "align", "realign", "team", "join", "back", "support", "prop",
      "fight", "coordinate", "cooperate", "co-operate", "pledge", "vow", "promise", "commit", "obtain", "rely",
      "depend", "panic", "die", "agree", "cancel", "occur", "prefer", "offer", "admit", "limit", "omit",
      "quit", "hit", "have", "do", "make", "pay", "retaliate", "journey", "move", "continue", "stage", NULL};
  static const char *const noun_lemmas[] = {
      "visit", "trip", "tour", "stopover", "journey", "alliance", "ally", "partnership", "coalition", "pact",
      "treaty", "member", "backer", "sponsor", "patron", "sale", "delivery", "shipment", "transfer", "supply",
      "supplier", "seller", "export", "purchase", "order", "deal", "contract", "sanction", "embargo", "ban",
      "blockade", "penalty", "restriction", "measure", "step", "curb", "tariff", "blacklist", "downing",
      "interception", "shootdown", "man", "woman", "child", "crisis", "box", "church", "bus", NULL};
  for (int pass = 0; pass < 2; pass++) {
    for (const char *const *w = pass ? noun_lemmas : verb_lemmas; *w; w++) {
      forms f = {.n = 0};
      ck_assert_int_eq(gd_inflect(*w, pass ? 'n' : 'v', collect, &f), 0);
      ck_assert_int_ge(f.n, 2);
      for (int i = 0; i < f.n; i++) {
        char out[64];
        gd_lemma_rule(f.v[i], strlen(f.v[i]), pass ? GD_UPOS_NOUN : GD_UPOS_VERB, out, sizeof out);
        ck_assert_msg(!strcmp(out, *w), "\"%s\", a form of \"%s\", lemmatizes to \"%s\"", f.v[i], *w, out);
        free(f.v[i]);
      }
    }
  }
}
END_TEST

static Suite *lemma_suite(void) {
  Suite *s = suite_create("lemma");
  TCase *tc = tcase_create("lemma");
  tcase_add_test(tc, regular_verbs);
  tcase_add_test(tc, irregular_verbs);
  tcase_add_test(tc, contractions);
  tcase_add_test(tc, nouns);
  tcase_add_test(tc, adjectives_and_adverbs);
  tcase_add_test(tc, pronouns_and_determiners);
  tcase_add_test(tc, names_numbers_punctuation);
  tcase_add_test(tc, truncation_and_empty);
  tcase_add_test(tc, inflect_regular_verbs);
  tcase_add_test(tc, inflect_doubling);
  tcase_add_test(tc, inflect_irregular_verbs);
  tcase_add_test(tc, inflect_particles_and_nouns);
  tcase_add_test(tc, inflect_refused);
  tcase_add_test(tc, inflect_round_trip);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(lemma_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
