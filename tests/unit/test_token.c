/* geordf: unit tests for the tokenizer and sentence splitter (src/token.c).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "token.h"

static gd_tokens *tok(const char *text) {
  gd_tokens *t = gd_tokenize(text, strlen(text));
  ck_assert_msg(t != NULL, "gd_tokenize(\"%s\") returned NULL", text);
  return t;
}

/* The folded forms of the tokens joined by "|". */
static const char *norms(const gd_tokens *t) {
  static char out[1024];
  out[0] = '\0';
  for (size_t i = 0; i < t->ntok; i++) {
    size_t at = strlen(out);
    snprintf(out + at, sizeof out - at, "%s%s", i ? "|" : "", t->tok[i].norm);
  }
  return out;
}

/* The sentences of TEXT, each as its exact text, joined by "|". */
static const char *sentences(const char *text) {
  static char out[1024];
  gd_tokens *t = tok(text);
  out[0] = '\0';
  for (size_t i = 0; i < t->nsent; i++) {
    const gd_sentence *s = &t->sent[i];
    ck_assert(s->b < s->e && s->e <= strlen(text));
    ck_assert_uint_eq(s->b, t->tok[s->tb].b);
    ck_assert_uint_eq(s->e, t->tok[s->te - 1].e);
    /* Sentences cover every token, in order, without overlap. */
    ck_assert_uint_eq(s->tb, i ? t->sent[i - 1].te : 0);
    size_t at = strlen(out);
    snprintf(out + at, sizeof out - at, "%s%.*s", i ? "|" : "", (int)(s->e - s->b), text + s->b);
  }
  if (t->nsent) ck_assert_uint_eq(t->sent[t->nsent - 1].te, t->ntok);
  gd_tokens_free(t);
  return out;
}

#define NORMS(text, want)                                                                          \
  do {                                                                                             \
    gd_tokens *t_ = tok(text);                                                                     \
    ck_assert_msg(!strcmp(norms(t_), want), "tokens of \"%s\": %s, want %s", text, norms(t_), want); \
    gd_tokens_free(t_);                                                                            \
  } while (0)

#define SENTS(text, want)                                                                          \
  do {                                                                                             \
    const char *got_ = sentences(text);                                                            \
    ck_assert_msg(!strcmp(got_, want), "sentences of \"%s\":\n  got  %s\n  want %s", text, got_,   \
                  want);                                                                           \
  } while (0)

START_TEST(byte_offsets) {
  /* "Erdo\u011fan" has a two-byte letter: offsets are bytes, not characters. */
  const char *s = "Putin met Erdo\xC4\x9F" "an in  Ankara.";
  gd_tokens *t = tok(s);
  ck_assert_uint_eq(t->ntok, 6);
  size_t want[6][2] = {{0, 5}, {6, 9}, {10, 18}, {19, 21}, {23, 29}, {29, 30}};
  for (size_t i = 0; i < 6; i++) {
    ck_assert_msg(t->tok[i].b == want[i][0] && t->tok[i].e == want[i][1], "token %zu at [%zu,%zu)", i,
                  t->tok[i].b, t->tok[i].e);
  }
  ck_assert_str_eq(t->tok[2].norm, "erdogan");
  ck_assert_str_eq(t->tok[4].norm, "ankara");
  ck_assert_uint_eq(t->tok[0].flags, GD_TOK_WORD | GD_TOK_CAP);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_WORD);
  ck_assert_uint_eq(t->tok[5].flags, GD_TOK_PUNCT);
  gd_tokens_free(t);
}
END_TEST

START_TEST(possessive_ascii_and_curly) {
  gd_tokens *t = tok("Russia's jets");
  ck_assert_str_eq(norms(t), "russia|'s|jets");
  ck_assert_uint_eq(t->tok[0].e, 6);
  ck_assert(t->tok[1].b == 6 && t->tok[1].e == 8);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_POSS);
  gd_tokens_free(t);

  /* U+2019 is three bytes; the token keeps them and folds to "'s". */
  t = tok("Russia\xE2\x80\x99s jets");
  ck_assert_str_eq(norms(t), "russia|'s|jets");
  ck_assert(t->tok[1].b == 6 && t->tok[1].e == 10);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_POSS);
  ck_assert_uint_eq(t->tok[2].b, 11);
  gd_tokens_free(t);

  /* A bare apostrophe after a plural is a possessive too. */
  t = tok("the allies' jets");
  ck_assert_str_eq(norms(t), "the|allies|'s|jets");
  ck_assert_uint_eq(t->tok[2].flags, GD_TOK_POSS);
  ck_assert_uint_eq(t->tok[2].e - t->tok[2].b, 1);
  gd_tokens_free(t);

  /* Contractions and names with apostrophes stay whole. */
  NORMS("didn't", "didn't");
  NORMS("O'Brien left", "o'brien|left");
}
END_TEST

/* Feeds that lost the '&' of "&#39;" and "&quot;". */
START_TEST(entities_without_ampersand) {
  gd_tokens *t = tok("Sudan #39;s region");
  ck_assert_str_eq(norms(t), "sudan|'s|region");
  ck_assert(t->tok[1].b == 6 && t->tok[1].e == 11);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_POSS | GD_TOK_ENTITY);
  gd_tokens_free(t);

  t = tok("the allies #39; jets");
  ck_assert_str_eq(norms(t), "the|allies|'s|jets");
  gd_tokens_free(t);

  NORMS("called it quot;unfair quot; today", "called|it|\"|unfair|\"|today");
  NORMS("don #39;t #39;", "don|'|t|'");
  /* Words that merely contain the letters stay words. */
  NORMS("quoted quota", "quoted|quota");
}
END_TEST

START_TEST(abbreviation_with_dots) {
  gd_tokens *t = tok("the U.S. said");
  ck_assert_str_eq(norms(t), "the|u.s.|said");
  ck_assert(t->tok[1].b == 4 && t->tok[1].e == 8);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_WORD | GD_TOK_CAP | GD_TOK_ALLCAPS | GD_TOK_ABBR);
  gd_tokens_free(t);
  NORMS("U.N. and E.U.", "u.n.|and|e.u.");
  /* A title keeps its dot in the span, not in the folded form. */
  t = tok("Gen. Smith");
  ck_assert_str_eq(norms(t), "gen|smith");
  ck_assert(t->tok[0].b == 0 && t->tok[0].e == 4);
  ck_assert(t->tok[0].flags & GD_TOK_ABBR);
  gd_tokens_free(t);
}
END_TEST

START_TEST(designators_stay_whole) {
  gd_tokens *t = tok("a Su-24 and S-400s and F-16 and MiG-23MLD");
  ck_assert_str_eq(norms(t), "a|su-24|and|s-400s|and|f-16|and|mig-23mld");
  ck_assert(t->tok[1].b == 2 && t->tok[1].e == 7);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_WORD | GD_TOK_CAP);
  ck_assert_uint_eq(t->tok[5].flags, GD_TOK_WORD | GD_TOK_CAP); /* one letter: not ALLCAPS */
  for (size_t i = 0; i < t->ntok; i++) ck_assert(!(t->tok[i].flags & (GD_TOK_HYPHEN | GD_TOK_PUNCT)));
  gd_tokens_free(t);
}
END_TEST

START_TEST(compound_split_at_hyphen) {
  gd_tokens *t = tok("Moscow-Ankara talks");
  ck_assert_str_eq(norms(t), "moscow|-|ankara|talks");
  ck_assert_uint_eq(t->ntok, 4);
  ck_assert(t->tok[1].b == 6 && t->tok[1].e == 7);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_PUNCT | GD_TOK_HYPHEN);
  ck_assert_uint_eq(t->tok[0].flags & GD_TOK_HYPHEN, 0);
  gd_tokens_free(t);
  /* An en dash between names is split and folded to '-'. */
  t = tok("Moscow\xE2\x80\x93" "Ankara");
  ck_assert_str_eq(norms(t), "moscow|-|ankara");
  ck_assert(t->tok[1].flags & GD_TOK_HYPHEN);
  gd_tokens_free(t);
  /* A dash between spaces is punctuation, not a hyphen. */
  t = tok("Moscow - Ankara");
  ck_assert_str_eq(norms(t), "moscow|-|ankara");
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_PUNCT);
  gd_tokens_free(t);
}
END_TEST

START_TEST(numbers) {
  gd_tokens *t = tok("$5.43 billion for 1,000 jets in 2015/16");
  ck_assert_str_eq(norms(t), "$|5.43|billion|for|1,000|jets|in|2015/16");
  ck_assert_uint_eq(t->tok[0].flags, GD_TOK_PUNCT);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_NUM);
  ck_assert(t->tok[1].b == 1 && t->tok[1].e == 5);
  ck_assert_uint_eq(t->tok[4].flags, GD_TOK_NUM);
  ck_assert(t->tok[4].b == 18 && t->tok[4].e == 23);
  gd_tokens_free(t);
  /* A full stop after a number ends it. */
  NORMS("in 2015.", "in|2015|.");
  NORMS("1,", "1|,");
}
END_TEST

START_TEST(capital_flags) {
  gd_tokens *t = tok("NATO Nato nato IS A x");
  ck_assert_uint_eq(t->tok[0].flags, GD_TOK_WORD | GD_TOK_CAP | GD_TOK_ALLCAPS);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_WORD | GD_TOK_CAP);
  ck_assert_uint_eq(t->tok[2].flags, GD_TOK_WORD);
  ck_assert_uint_eq(t->tok[3].flags, GD_TOK_WORD | GD_TOK_CAP | GD_TOK_ALLCAPS);
  ck_assert_uint_eq(t->tok[4].flags, GD_TOK_WORD | GD_TOK_CAP); /* one letter */
  ck_assert_uint_eq(t->tok[5].flags, GD_TOK_WORD);
  for (size_t i = 0; i < 3; i++) ck_assert_str_eq(t->tok[i].norm, "nato");
  gd_tokens_free(t);
  /* Non-ASCII capitals count. */
  t = tok("\xC3\x89LYS\xC3\x89" "E \xC3\x89lys\xC3\xA9" "e");
  ck_assert_uint_eq(t->tok[0].flags, GD_TOK_WORD | GD_TOK_CAP | GD_TOK_ALLCAPS);
  ck_assert_uint_eq(t->tok[1].flags, GD_TOK_WORD | GD_TOK_CAP);
  ck_assert_str_eq(t->tok[0].norm, "elysee");
  gd_tokens_free(t);
}
END_TEST

START_TEST(sentences_and_abbreviations) {
  SENTS("Mr. Putin met Gen. Smith. Then they left.", "Mr. Putin met Gen. Smith.|Then they left.");
  SENTS("Talks began on Nov. 24 in Ankara.", "Talks began on Nov. 24 in Ankara.");
  SENTS("They met at 5 p.m. on Monday.", "They met at 5 p.m. on Monday.");
  SENTS("Is it over? Yes! It is.", "Is it over?|Yes!|It is.");
  /* An initial ends no sentence. */
  SENTS("George W. Bush met N. Korea envoys. They left.", "George W. Bush met N. Korea envoys.|They left.");
}
END_TEST

START_TEST(sentences_after_us) {
  SENTS("He left the U.S. The talks ended.", "He left the U.S.|The talks ended.");
  /* Not every capital after "U.S." starts a sentence. */
  SENTS("He met U.S. officials.", "He met U.S. officials.");
  SENTS("The U.S. President left.", "The U.S. President left.");
}
END_TEST

START_TEST(sentences_and_line_breaks) {
  SENTS("First paragraph without a stop\n\nSecond one", "First paragraph without a stop|Second one");
  SENTS("Putin in Turkey\nThe president arrived on Monday for talks.",
        "Putin in Turkey|The president arrived on Monday for talks.");
  /* A long line wrapped by a single newline continues its sentence. */
  SENTS("The foreign ministers of the two countries said in a joint statement on the\n"
        "ninth day of talks that they agreed.",
        "The foreign ministers of the two countries said in a joint statement on the\n"
        "ninth day of talks that they agreed.");
  gd_tokens *t = tok("a\n\nb\nc");
  ck_assert_uint_eq(t->tok[0].nl, 0);
  ck_assert_uint_eq(t->tok[1].nl, 2);
  ck_assert_uint_eq(t->tok[2].nl, 1);
  gd_tokens_free(t);
}
END_TEST

START_TEST(sentences_with_closing_quotes) {
  SENTS("He said: \"We will go.\" Then he left.", "He said: \"We will go.\"|Then he left.");
  SENTS("He said (it ended.) Then he left.", "He said (it ended.)|Then he left.");
  /* Curly quotes fold to '"' and close the sentence too. */
  SENTS("\xE2\x80\x9CWe go.\xE2\x80\x9D Then he left.", "\xE2\x80\x9CWe go.\xE2\x80\x9D|Then he left.");
  /* A lower-case word after a full stop does not start a sentence. */
  SENTS("It ended. and then", "It ended. and then");
}
END_TEST

START_TEST(empty_input) {
  gd_tokens *t = gd_tokenize("", 0);
  ck_assert_ptr_nonnull(t);
  ck_assert_uint_eq(t->ntok, 0);
  ck_assert_uint_eq(t->nsent, 0);
  gd_tokens_free(t);
  t = gd_tokenize(" \n\t \xC2\xA0 ", 7);
  ck_assert_ptr_nonnull(t);
  ck_assert_uint_eq(t->ntok, 0);
  ck_assert_uint_eq(t->nsent, 0);
  gd_tokens_free(t);
  /* LEN bounds the text. */
  t = gd_tokenize("Ankara Moscow", 6);
  ck_assert_str_eq(norms(t), "ankara");
  ck_assert_uint_eq(t->nsent, 1);
  gd_tokens_free(t);
  gd_tokens_free(NULL);
}
END_TEST

START_TEST(invalid_bytes_are_skipped) {
  gd_tokens *t = tok("Ankara\xFF Moscow");
  ck_assert_str_eq(norms(t), "ankara|moscow");
  ck_assert(t->tok[1].b == 8 && t->tok[1].e == 14);
  gd_tokens_free(t);
}
END_TEST

START_TEST(arena_strdup) {
  gd_tokens *t = tok("x");
  char *a = gd_tokens_strdup(t, "abcdef", 3);
  ck_assert_str_eq(a, "abc");
  /* A string larger than a chunk gets its own. */
  size_t big = 40000;
  char *src = malloc(big);
  ck_assert_ptr_nonnull(src);
  memset(src, 'q', big);
  char *b = gd_tokens_strdup(t, src, big);
  ck_assert_ptr_nonnull(b);
  ck_assert_uint_eq(strlen(b), big);
  ck_assert_str_eq(a, "abc");
  ck_assert_str_eq(t->tok[0].norm, "x");
  free(src);
  gd_tokens_free(t);
}
END_TEST

/* Windows of a text, one after another, hold the tokens and sentences of
 * the whole, whatever their size: split on the same tokens, with the same
 * byte offsets, forms, flags and line breaks. */
START_TEST(windows_match_whole) {
  static const char *const para =
      "Mr. Putin met Gen. Smith in the U.S. The talks ended. \"We agreed,\" he said. "
      "N. Korea's envoy left.-Next day Iran #39;s quot;envoy quot; came.\n"
      "A SHORT HEADLINE\nWashington (AP) - The 1,200 troops left 3/4 of the area.\n\n"
      "Moscow-Ankara ties (strained) grew? Yes! 'Fine.' Then the E.U. acted.\r\n";
  char text[8192] = "";
  for (int i = 0; i < 12; i++) strcat(text, para);
  size_t len = strlen(text);
  gd_tokens *whole = tok(text);
  ck_assert_uint_gt(whole->ntok, 3 * GD_WINDOW_AHEAD);
  /* (A dash after a full stop is a hyphen before a letter.) */
  size_t dash = 0;
  while (strcmp(whole->tok[dash].norm, "-") || whole->tok[dash].b != (size_t)(strstr(text, ".-Next") + 1 - text))
    dash++;
  ck_assert(whole->tok[dash].flags & GD_TOK_HYPHEN);
  static const size_t sizes[] = {1, 7, 64, 300, 1000, 4096};
  for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
    gd_tokens *w = tok("");
    size_t from = 0, k = 0, s = 0, windows = 0, done = 0;
    for (;;) {
      ck_assert_int_eq(gd_tokenize_window(w, text, len, from, sizes[z], &done), 0);
      windows++;
      ck_assert(done > 0 || s == whole->nsent);
      ck_assert_uint_le(done, w->nsent);
      if (done < w->nsent) ck_assert_uint_ge(w->ntok - w->sent[done - 1].te, GD_WINDOW_AHEAD);
      for (size_t i = 0; i < done; i++, s++) {
        const gd_sentence *a = &w->sent[i], *b = &whole->sent[s];
        ck_assert_uint_lt(s, whole->nsent);
        ck_assert_uint_eq(a->b, b->b);
        ck_assert_uint_eq(a->e, b->e);
        ck_assert_uint_eq(a->te - a->tb, b->te - b->tb);
        for (size_t q = a->tb; q < a->te; q++, k++) {
          const gd_token *x = &w->tok[q], *y = &whole->tok[k];
          ck_assert_uint_eq(x->b, y->b);
          ck_assert_uint_eq(x->e, y->e);
          ck_assert_str_eq(x->norm, y->norm);
          ck_assert_uint_eq(x->flags, y->flags);
          ck_assert_uint_eq(x->nl, y->nl);
        }
      }
      if (done == w->nsent) break;
      from = w->sent[done - 1].e;
    }
    ck_assert_uint_eq(s, whole->nsent);
    ck_assert_uint_eq(k, whole->ntok);
    /* (Small windows are many; one of a text's size is the whole.) */
    if (sizes[z] < 100) ck_assert_uint_gt(windows, 2);
    if (sizes[z] >= len) ck_assert_uint_eq(windows, 1);
    gd_tokens_free(w);
  }
  gd_tokens_free(whole);
}
END_TEST

/* Text without punctuation ends a sentence every GD_SENTENCE_MAX_TOKENS
 * tokens. */
START_TEST(long_sentence_is_cut) {
  size_t n = 2 * GD_SENTENCE_MAX_TOKENS + 500;
  char *text = malloc(3 * n + 1);
  ck_assert_ptr_nonnull(text);
  for (size_t i = 0; i < n; i++) memcpy(text + 3 * i, "ab ", 3);
  text[3 * n] = '\0';
  gd_tokens *t = tok(text);
  ck_assert_uint_eq(t->ntok, n);
  ck_assert_uint_eq(t->nsent, 3);
  ck_assert_uint_eq(t->sent[0].te, GD_SENTENCE_MAX_TOKENS);
  ck_assert_uint_eq(t->sent[1].te, 2 * GD_SENTENCE_MAX_TOKENS);
  ck_assert_uint_eq(t->sent[2].te, n);
  ck_assert_uint_eq(t->sent[1].b, 3 * GD_SENTENCE_MAX_TOKENS);
  gd_tokens_free(t);
  free(text);
}
END_TEST

static Suite *token_suite(void) {
  Suite *s = suite_create("token");
  TCase *tc = tcase_create("tokens");
  tcase_add_test(tc, byte_offsets);
  tcase_add_test(tc, possessive_ascii_and_curly);
  tcase_add_test(tc, abbreviation_with_dots);
  tcase_add_test(tc, designators_stay_whole);
  tcase_add_test(tc, compound_split_at_hyphen);
  tcase_add_test(tc, numbers);
  tcase_add_test(tc, capital_flags);
  tcase_add_test(tc, empty_input);
  tcase_add_test(tc, invalid_bytes_are_skipped);
  tcase_add_test(tc, arena_strdup);
  suite_add_tcase(s, tc);
  tc = tcase_create("sentences");
  tcase_add_test(tc, entities_without_ampersand);
  tcase_add_test(tc, sentences_and_abbreviations);
  tcase_add_test(tc, sentences_after_us);
  tcase_add_test(tc, sentences_and_line_breaks);
  tcase_add_test(tc, sentences_with_closing_quotes);
  tcase_add_test(tc, windows_match_whole);
  tcase_add_test(tc, long_sentence_is_cut);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(token_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
