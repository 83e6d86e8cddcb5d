/* geordf: unit tests for Unicode folding and character classes (src/text.c).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Folds S and checks the result and its reported length. */
static void fold_is(const char *s, const char *want) {
  size_t n = 12345;
  char *f = gd_text_fold(s, strlen(s), &n);
  ck_assert_msg(f != NULL, "fold(\"%s\") returned NULL", s);
  ck_assert_msg(!strcmp(f, want), "fold(\"%s\") = \"%s\", want \"%s\"", s, f, want);
  ck_assert_msg(n == strlen(want), "fold(\"%s\") length %zu, want %zu", s, n, strlen(want));
  free(f);
}

START_TEST(fold_strips_marks_and_case) {
  fold_is("Erdo\xC4\x9F" "an", "erdogan");      /* g with breve */
  fold_is("ERDOGAN", "erdogan");
  fold_is("T\xC3\xBCrkiye", "turkiye");          /* u with diaeresis */
  fold_is("Montr\xC3\xA9" "al", "montreal");     /* precomposed e acute */
  fold_is("Montre\xCC\x81" "al", "montreal");    /* e + combining acute */
  fold_is("Stra\xC3\x9F" "e", "strasse");        /* sharp s case-folds to ss */
  fold_is("I\xC5\x9F" "bank", "isbank");         /* s with cedilla */
  fold_is("Diyarbak\xC4\xB1r", "diyarbakir");    /* dotless i */
  fold_is("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", /* Cyrillic "Moskva" */
          "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}
END_TEST

START_TEST(fold_typographic_to_ascii) {
  fold_is("Russia\xE2\x80\x99s", "russia's");    /* right single quote */
  fold_is("\xE2\x80\x98" "Allies", "'allies");   /* left single quote */
  fold_is("Hawai\xCA\xBBi", "hawai\xCA\xBBi");   /* U+02BB okina is a letter, kept */
  fold_is("Su\xE2\x80\x91" "24", "su-24");       /* non-breaking hyphen */
  fold_is("Moscow\xE2\x80\x93" "Ankara", "moscow-ankara"); /* en dash */
  fold_is("a\xE2\x80\x94" "b", "a-b");           /* em dash */
  fold_is("\xE2\x88\x92" "5", "-5");             /* minus sign */
  fold_is("\xE2\x80\x9CPeace\xE2\x80\x9D", "\"peace\"");
  fold_is("\xC2\xAB" "oui\xC2\xBB", "\"oui\"");  /* guillemets */
}
END_TEST

START_TEST(fold_nfkc_compatibility) {
  fold_is("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3", "abc"); /* fullwidth ABC */
  fold_is("\xEF\xBC\x91\xEF\xBC\x92", "12");               /* fullwidth digits */
  fold_is("\xEF\xAC\x81" "ghter", "fighter");              /* fi ligature */
  fold_is("x\xC2\xB2", "x2");                               /* superscript two */
}
END_TEST

START_TEST(fold_invalid_bytes) {
  fold_is("a\xFF" "b", "a\xEF\xBF\xBD" "b");
  fold_is("\x80", "\xEF\xBF\xBD");
  /* A truncated sequence: each stray byte becomes one U+FFFD. */
  fold_is("x\xE2\x82", "x\xEF\xBF\xBD\xEF\xBF\xBD");
  /* An overlong encoding of '/' is not decoded as '/'. */
  size_t n;
  char *f = gd_text_fold("\xC0\xAF", 2, &n);
  ck_assert_ptr_nonnull(f);
  ck_assert_ptr_null(strchr(f, '/'));
  ck_assert_str_eq(f, "\xEF\xBF\xBD\xEF\xBF\xBD");
  free(f);
}
END_TEST

START_TEST(fold_empty_and_lengths) {
  size_t n = 99;
  char *f = gd_text_fold("", 0, &n);
  ck_assert_ptr_nonnull(f);
  ck_assert_str_eq(f, "");
  ck_assert_uint_eq(n, 0);
  free(f);
  /* LEN bounds the input; OUTLEN may be NULL. */
  f = gd_text_fold("ABCDEF", 3, NULL);
  ck_assert_ptr_nonnull(f);
  ck_assert_str_eq(f, "abc");
  free(f);
}
END_TEST

/* Decodes one code point at byte I of S and checks value and advance. */
static void next_is(const char *s, size_t len, size_t at, long want, size_t advance) {
  size_t i = at;
  long cp = gd_text_next(s, len, &i);
  ck_assert_msg(cp == want, "code point at %zu: %ld, want %ld", at, cp, want);
  ck_assert_msg(i == at + advance, "advance at %zu: %zu, want %zu", at, i - at, advance);
}

START_TEST(next_valid_sequences) {
  next_is("A", 1, 0, 'A', 1);
  next_is("\xC3\xA9", 2, 0, 0xE9, 2);              /* 2 bytes */
  next_is("\xE2\x82\xAC", 3, 0, 0x20AC, 3);        /* 3 bytes: euro sign */
  next_is("\xF0\x9F\x98\x80", 4, 0, 0x1F600, 4);   /* 4 bytes */
  /* Walk a mixed string: "a", e acute, euro, emoji, "z". */
  const char *s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";
  size_t len = strlen(s), i = 0;
  long want[] = {'a', 0xE9, 0x20AC, 0x1F600, 'z'};
  for (size_t k = 0; k < 5; k++) ck_assert_int_eq(gd_text_next(s, len, &i), want[k]);
  ck_assert_uint_eq(i, len);
}
END_TEST

START_TEST(next_invalid_sequences) {
  next_is("\x80", 1, 0, -1, 1);                 /* lone continuation byte */
  next_is("\xFF", 1, 0, -1, 1);
  next_is("\xC0\xAF", 2, 0, -1, 1);             /* overlong */
  next_is("\xED\xA0\x80", 3, 0, -1, 1);         /* UTF-16 surrogate */
  next_is("\xF5\x80\x80\x80", 4, 0, -1, 1);     /* beyond U+10FFFF */
  next_is("\xE2\x82", 2, 0, -1, 1);             /* truncated by the end */
  /* LEN cuts a valid sequence: it is invalid within LEN. */
  next_is("\xC3\xA9", 1, 0, -1, 1);
  /* Recovery: the byte after a bad one decodes normally. */
  next_is("\xFF" "b", 2, 1, 'b', 1);
}
END_TEST

START_TEST(cp1252_table) {
  /* ASCII and 0xA0-0xFF are Latin-1, i.e. the byte's own value. */
  ck_assert_int_eq(gd_text_cp1252('A'), 'A');
  ck_assert_int_eq(gd_text_cp1252(0x00), 0);
  ck_assert_int_eq(gd_text_cp1252(0xA0), 0xA0);
  ck_assert_int_eq(gd_text_cp1252(0xE9), 0xE9);   /* e acute */
  ck_assert_int_eq(gd_text_cp1252(0xFF), 0xFF);
  /* 0x80-0x9F: the characters Windows adds where Latin-1 has controls. */
  ck_assert_int_eq(gd_text_cp1252(0x80), 0x20AC); /* euro sign */
  ck_assert_int_eq(gd_text_cp1252(0x92), 0x2019); /* right single quote */
  ck_assert_int_eq(gd_text_cp1252(0x93), 0x201C); /* left double quote */
  ck_assert_int_eq(gd_text_cp1252(0x94), 0x201D); /* right double quote */
  ck_assert_int_eq(gd_text_cp1252(0x96), 0x2013); /* en dash */
  ck_assert_int_eq(gd_text_cp1252(0x97), 0x2014); /* em dash */
  ck_assert_int_eq(gd_text_cp1252(0x9F), 0x0178); /* Y diaeresis */
  const unsigned char undefined[] = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
  for (size_t i = 0; i < sizeof undefined; i++)
    ck_assert_int_eq(gd_text_cp1252(undefined[i]), -1);
}
END_TEST

/* The whole table agrees with glibc's iconv, an independent decoder. */
START_TEST(cp1252_matches_iconv) {
  iconv_t cd = iconv_open("UTF-8", "CP1252");
  ck_assert_msg(cd != (iconv_t)-1, "iconv has no CP1252 (glibc's gconv modules)");
  for (int b = 1; b < 256; b++) {
    char in[1] = {(char)b}, out[8], *ip = in, *op = out;
    size_t il = 1, ol = sizeof out;
    iconv(cd, NULL, NULL, NULL, NULL);
    size_t rc = iconv(cd, &ip, &il, &op, &ol);
    long mine = gd_text_cp1252((unsigned char)b);
    if (rc == (size_t)-1) {
      ck_assert_msg(mine == -1, "byte 0x%02X: iconv refuses it, we give U+%04lX", b, mine);
      continue;
    }
    char enc[4];
    size_t n = gd_text_encode(mine, enc);
    ck_assert_msg(mine >= 0 && n == sizeof out - ol && !memcmp(enc, out, n),
                  "byte 0x%02X: U+%04lX differs from iconv", b, mine);
  }
  iconv_close(cd);
}
END_TEST

START_TEST(encode_code_points) {
  char out[4];
  ck_assert_uint_eq(gd_text_encode('A', out), 1);
  ck_assert_int_eq(out[0], 'A');
  ck_assert_uint_eq(gd_text_encode(0xE9, out), 2);
  ck_assert_int_eq(memcmp(out, "\xC3\xA9", 2), 0);
  ck_assert_uint_eq(gd_text_encode(0x20AC, out), 3);
  ck_assert_int_eq(memcmp(out, "\xE2\x82\xAC", 3), 0);
  ck_assert_uint_eq(gd_text_encode(0x1F600, out), 4);
  ck_assert_int_eq(memcmp(out, "\xF0\x9F\x98\x80", 4), 0);
  ck_assert_uint_eq(gd_text_encode(-1, out), 0);
  ck_assert_uint_eq(gd_text_encode(0xD800, out), 0);   /* surrogate */
  ck_assert_uint_eq(gd_text_encode(0x110000, out), 0); /* too large */
}
END_TEST

START_TEST(character_classes) {
  ck_assert(gd_text_is_letter('a') && gd_text_is_letter('Z'));
  ck_assert(gd_text_is_letter(0xE9) && gd_text_is_letter(0x11F));  /* e acute, g breve */
  ck_assert(gd_text_is_letter(0x416) && gd_text_is_letter(0x4E2D)); /* Cyrillic, CJK */
  ck_assert(gd_text_is_letter(0x301));                              /* combining mark */
  ck_assert(!gd_text_is_letter('1') && !gd_text_is_letter('-') && !gd_text_is_letter(-1));
  ck_assert(!gd_text_is_letter(0x2019));

  ck_assert(gd_text_is_upper('A') && gd_text_is_upper(0xC9) && gd_text_is_upper(0x416));
  ck_assert(!gd_text_is_upper('a') && !gd_text_is_upper(0xE9) && !gd_text_is_upper(0x4E2D));
  ck_assert(!gd_text_is_upper('1') && !gd_text_is_upper(-1));

  ck_assert(gd_text_is_digit('0') && gd_text_is_digit('9') && gd_text_is_digit(0x663));
  ck_assert(!gd_text_is_digit('x') && !gd_text_is_digit(0xBD) && !gd_text_is_digit(-1));

  ck_assert(gd_text_is_space(' ') && gd_text_is_space('\t') && gd_text_is_space('\n'));
  ck_assert(gd_text_is_space('\r') && gd_text_is_space(0xA0) && gd_text_is_space(0x2003));
  ck_assert(gd_text_is_space(0x2028) && gd_text_is_space(0x200B) && gd_text_is_space(0xFEFF));
  ck_assert(!gd_text_is_space('a') && !gd_text_is_space('_') && !gd_text_is_space(-1));

  ck_assert(gd_text_is_apostrophe('\'') && gd_text_is_apostrophe(0x2019));
  ck_assert(gd_text_is_apostrophe(0x2018) && gd_text_is_apostrophe(0x2BC));
  ck_assert(!gd_text_is_apostrophe('"') && !gd_text_is_apostrophe('`') && !gd_text_is_apostrophe(-1));

  ck_assert(gd_text_is_dash('-') && gd_text_is_dash(0x2010) && gd_text_is_dash(0x2013));
  ck_assert(gd_text_is_dash(0x2014) && gd_text_is_dash(0x2015) && gd_text_is_dash(0x2212));
  ck_assert(!gd_text_is_dash('_') && !gd_text_is_dash(0x2016) && !gd_text_is_dash(-1));
}
END_TEST

/* Maps S's code points one by one with gd_text_case_full(). */
static void case_is(const char *s, int upper, const char *want) {
  char out[64];
  size_t o = 0, n = strlen(s);
  for (size_t i = 0; i < n;) {
    long to[3];
    int k = gd_text_case_full(gd_text_next(s, n, &i), upper, to);
    ck_assert(k >= 1 && k <= 3);
    for (int j = 0; j < k; j++) o += gd_text_encode(to[j], out + o);
  }
  out[o] = '\0';
  ck_assert_msg(!strcmp(out, want), "case(\"%s\", %d) = \"%s\", want \"%s\"", s, upper, out, want);
}

START_TEST(case_mapping_full) {
  case_is("abc Xyz", 1, "ABC XYZ");
  case_is("abc Xyz", 0, "abc xyz");
  case_is("Stra\xC3\x9F" "e", 1, "STRASSE");                 /* sharp s: two letters */
  case_is("\xEF\xAC\x81", 1, "FI");                          /* fi ligature */
  case_is("\xE1\xBE\x80", 1, "\xE1\xBC\x88\xCE\x99");       /* alpha, psili, ypogegrammeni */
  case_is("\xC4\xB0", 0, "i\xCC\x87");                       /* capital I with dot above */
  case_is("\xC3\x80\xC3\x89", 0, "\xC3\xA0\xC3\xA9");         /* one to one */
  case_is("\xC3\xA9", 1, "\xC3\x89");
  case_is("1-2", 1, "1-2");
}
END_TEST

START_TEST(display_width) {
  ck_assert_uint_eq(gd_text_width(""), 0);
  ck_assert_uint_eq(gd_text_width("abc"), 3);
  ck_assert_uint_eq(gd_text_width("\xC3\xA9t\xC3\xA9"), 3);             /* été */
  ck_assert_uint_eq(gd_text_width("\xE6\x97\xA5\xE6\x9C\xAC"), 4);     /* two wide CJK */
  ck_assert_uint_eq(gd_text_width("e\xCC\x81"), 1);                      /* combining acute */
  ck_assert_uint_eq(gd_text_width("a\xFF" "b"), 3);                       /* an invalid byte: 1 */
}
END_TEST

static Suite *text_suite(void) {
  Suite *s = suite_create("text");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, fold_strips_marks_and_case);
  tcase_add_test(tc, fold_typographic_to_ascii);
  tcase_add_test(tc, fold_nfkc_compatibility);
  tcase_add_test(tc, fold_invalid_bytes);
  tcase_add_test(tc, fold_empty_and_lengths);
  tcase_add_test(tc, next_valid_sequences);
  tcase_add_test(tc, next_invalid_sequences);
  tcase_add_test(tc, cp1252_table);
  tcase_add_test(tc, cp1252_matches_iconv);
  tcase_add_test(tc, encode_code_points);
  tcase_add_test(tc, character_classes);
  tcase_add_test(tc, case_mapping_full);
  tcase_add_test(tc, display_width);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(text_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
