/* geordf: unit tests for the small helpers every module shares: the
 * growable string (src/strbuf.h).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

START_TEST(strbuf_grows_and_terminates) {
  gd_strbuf b = {0};
  ck_assert_int_eq(gd_strbuf_put(&b, "abc", 3), 0);
  for (int i = 0; i < 1000; i++) gd_strbuf_add(&b, "0123456789", 10);
  ck_assert_uint_eq(b.n, 10003);
  ck_assert(b.cap > b.n);
  ck_assert_int_eq(b.p[b.n], '\0');
  ck_assert(!memcmp(b.p, "abc0123456789", 13));
  ck_assert(!memcmp(b.p + b.n - 10, "0123456789", 10));
  char *s = gd_strbuf_take(&b);
  ck_assert_uint_eq(strlen(s), 10003);
  ck_assert(b.p == NULL && b.n == 0 && b.cap == 0);
  free(s);
}
END_TEST

START_TEST(strbuf_reserve_clear_free) {
  gd_strbuf b = {0};
  /* Reserving nothing still gives an empty string to write into. */
  ck_assert_int_eq(gd_strbuf_reserve(&b, 0), 0);
  ck_assert_ptr_nonnull(b.p);
  ck_assert_str_eq(b.p, "");
  ck_assert_int_eq(gd_strbuf_reserve(&b, 500), 0);
  ck_assert(b.cap >= 501);
  size_t cap = b.cap;
  char *p = b.p;
  gd_strbuf_str(&b, "hello");
  ck_assert_str_eq(b.p, "hello");
  /* Clearing keeps the memory for the next use. */
  gd_strbuf_clear(&b);
  ck_assert_uint_eq(b.n, 0);
  ck_assert_str_eq(b.p, "");
  ck_assert(b.p == p && b.cap == cap);
  gd_strbuf_str(&b, "x");
  ck_assert_str_eq(b.p, "x");
  gd_strbuf_free(&b);
  ck_assert(b.p == NULL && b.n == 0 && b.cap == 0 && !b.oom);
  /* take() of an empty buffer is "", not NULL. */
  char *s = gd_strbuf_take(&b);
  ck_assert_str_eq(s, "");
  free(s);
}
END_TEST

START_TEST(strbuf_failure_is_sticky_until_clear) {
  gd_strbuf b = {0};
  gd_strbuf_str(&b, "ok");
  /* A request no allocator can meet fails without touching the content. */
  ck_assert_int_eq(gd_strbuf_reserve(&b, SIZE_MAX - 8), -1);
  ck_assert(b.oom);
  ck_assert_int_eq(gd_strbuf_put(&b, "more", 4), -1);
  ck_assert_uint_eq(b.n, 2);
  gd_strbuf_clear(&b);
  ck_assert(!b.oom);
  ck_assert_int_eq(gd_strbuf_put(&b, "again", 5), 0);
  ck_assert_str_eq(b.p, "again");
  gd_strbuf_str(&b, "");
  ck_assert_int_eq(gd_strbuf_reserve(&b, SIZE_MAX / 2), -1);
  /* take() reports the failure as NULL and frees the content. */
  ck_assert_ptr_null(gd_strbuf_take(&b));
  ck_assert(b.p == NULL && !b.oom);
}
END_TEST

static Suite *util_suite(void) {
  Suite *s = suite_create("util");
  TCase *tc = tcase_create("strbuf");
  tcase_add_test(tc, strbuf_grows_and_terminates);
  tcase_add_test(tc, strbuf_reserve_clear_free);
  tcase_add_test(tc, strbuf_failure_is_sticky_until_clear);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(util_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
