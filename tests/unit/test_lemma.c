/* geordf: unit tests for the rule-based lemmatizer (src/lemma.c).
 * SPDX-License-Identifier: MIT */
#include <check.h>
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
