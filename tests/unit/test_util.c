/* geordf: unit tests for the small helpers every module shares: the
 * growable string (src/strbuf.h), the hash index (src/hash.h) and JSON
 * (src/json.h).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "json.h"
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

/* A string set on gd_hindex, as the tables use it: entries in an array,
 * TAGOF choosing the tag (a constant one makes every key collide). */
typedef struct {
  const char *key[5000];
  size_t n;
  gd_hindex ix;
  uint32_t (*tagof)(const char *);
} strset;

static uint32_t tag_fnv(const char *s) { return gd_hash_tag(gd_fnv1a(s, strlen(s))); }
static uint32_t tag_same(const char *s) { (void)s; return 7; }

/* The number of KEY in SET, or -1; with ADD, adds it when missing. */
static long set_find(strset *set, const char *key, int add) {
  uint32_t tag = set->tagof(key);
  if (add) ck_assert_int_eq(gd_hindex_reserve(&set->ix, 1), 0);
  gd_hslot *s;
  for (s = gd_hindex_first(&set->ix, tag); s->ix; s = gd_hindex_next(&set->ix, s))
    if (s->tag == tag && !strcmp(set->key[s->ix - 1], key)) return (long)s->ix - 1;
  if (!add) return -1;
  set->key[set->n] = key;
  gd_hindex_put(&set->ix, s, tag, set->n);
  return (long)set->n++;
}

static void set_exercise(uint32_t (*tagof)(const char *), size_t nkeys) {
  static char names[5000][16];
  strset *set = calloc(1, sizeof *set);
  set->tagof = tagof;
  /* An empty index finds nothing and allocates nothing. */
  ck_assert_int_eq(set_find(set, "absent", 0), -1);
  ck_assert_ptr_null(set->ix.slot);
  for (size_t i = 0; i < nkeys; i++) {
    snprintf(names[i], sizeof names[i], "key-%zu", i);
    ck_assert_int_eq(set_find(set, names[i], 1), (long)i);
    /* at most half full, a power of two */
    ck_assert(set->ix.n * 2 <= set->ix.cap);
    ck_assert_uint_eq(set->ix.cap & (set->ix.cap - 1), 0);
  }
  ck_assert_uint_eq(set->ix.n, nkeys);
  /* Every key is found as the entry it was added as, after the growths;
   * adding it again adds nothing. */
  for (size_t i = 0; i < nkeys; i++) {
    char probe[16];
    snprintf(probe, sizeof probe, "key-%zu", i);
    ck_assert_int_eq(set_find(set, probe, 0), (long)i);
    ck_assert_int_eq(set_find(set, probe, 1), (long)i);
  }
  ck_assert_uint_eq(set->n, nkeys);
  ck_assert_int_eq(set_find(set, "key-", 0), -1);
  ck_assert_int_eq(set_find(set, "key-999999", 0), -1);
  /* Clearing keeps the slots and forgets the entries. */
  size_t cap = set->ix.cap;
  gd_hindex_clear(&set->ix);
  set->n = 0;
  ck_assert_uint_eq(set->ix.cap, cap);
  ck_assert_int_eq(set_find(set, names[0], 0), -1);
  ck_assert_int_eq(set_find(set, names[1], 1), 0);
  ck_assert_int_eq(set_find(set, names[1], 0), 0);
  gd_hindex_free(&set->ix);
  ck_assert(set->ix.slot == NULL && set->ix.cap == 0 && set->ix.n == 0);
  ck_assert_int_eq(set_find(set, names[1], 0), -1);
  free(set);
}

START_TEST(hindex_set_of_strings) { set_exercise(tag_fnv, 5000); }
END_TEST

START_TEST(hindex_all_tags_collide) { set_exercise(tag_same, 300); }
END_TEST

START_TEST(hindex_reserve_in_advance) {
  gd_hindex ix = {0};
  ck_assert_int_eq(gd_hindex_reserve(&ix, 0), 0);
  ck_assert_int_eq(gd_hindex_reserve(&ix, 1000), 0);
  ck_assert_uint_eq(ix.cap, 2048);
  gd_hslot *slot = ix.slot;
  /* Room already there: no new allocation. */
  ck_assert_int_eq(gd_hindex_reserve(&ix, 1024), 0);
  ck_assert_ptr_eq(ix.slot, slot);
  ck_assert_int_eq(gd_hindex_reserve(&ix, 1025), 0);
  ck_assert_uint_eq(ix.cap, 4096);
  /* A request too large to meet fails and leaves the index as it was. */
  ck_assert_int_eq(gd_hindex_reserve(&ix, SIZE_MAX / 2), -1);
  ck_assert_uint_eq(ix.cap, 4096);
  /* Tags that share their low bits probe on past each other. */
  for (uint32_t i = 0; i < 100; i++) {
    gd_hslot *s = gd_hindex_first(&ix, i << 20);
    while (s->ix) s = gd_hindex_next(&ix, s);
    gd_hindex_put(&ix, s, i << 20, i);
  }
  for (uint32_t i = 0; i < 100; i++) {
    gd_hslot *s = gd_hindex_first(&ix, i << 20);
    while (s->ix && s->tag != i << 20) s = gd_hindex_next(&ix, s);
    ck_assert_uint_eq(s->ix, i + 1);
  }
  gd_hindex_free(&ix);
}
END_TEST

START_TEST(json_writes_two_space_indent) {
  gd_strbuf b = {0};
  yajl_gen g = gd_json_gen(&b);
  ck_assert_ptr_nonnull(g);
  yajl_gen_map_open(g);
  gd_json_str(g, "s");
  yajl_gen_string(g, (const unsigned char *)"a\"\\\x01\x1f\x7f\t\n/\0z\xC3\xA9", 13);
  gd_json_str(g, "empty");
  gd_json_empty(g, 1);
  gd_json_str(g, "none");
  gd_json_empty(g, 0);
  gd_json_str(g, "reals");
  yajl_gen_array_open(g);
  gd_json_real(g, 0.0);
  gd_json_real(g, 1.0);
  gd_json_real(g, 0.8);
  gd_json_real(g, 1e-5);
  gd_json_real(g, 2.5e20);
  yajl_gen_array_close(g);
  gd_json_str(g, "n");
  yajl_gen_integer(g, -42);
  yajl_gen_map_close(g);
  yajl_gen_free(g);
  ck_assert(!b.oom);
  ck_assert_str_eq(b.p,
                   "{\n"
                   "  \"s\": \"a\\\"\\\\\\u0001\\u001F\x7f\\t\\n/\\u0000z\xC3\xA9\",\n"
                   "  \"empty\": [],\n"
                   "  \"none\": {},\n"
                   "  \"reals\": [\n"
                   "    0.0,\n"
                   "    1.0,\n"
                   "    0.80000000000000004,\n"
                   "    1.0000000000000001e-5,\n"
                   "    2.5e20\n"
                   "  ],\n"
                   "  \"n\": -42\n"
                   "}\n");
  gd_strbuf_free(&b);
}
END_TEST

/* Parses S; returns the tree, or NULL with the reason in WHY. */
static gd_json *parse(const char *s, size_t len, char *why, size_t *col) {
  gd_json *j = NULL;
  int rc = gd_json_parse(s, len, &j, why, 128, col);
  ck_assert_int_ge(rc, 0);
  ck_assert(rc ? j == NULL : j != NULL);
  return j;
}

START_TEST(json_reads_a_tree) {
  char why[128];
  size_t col;
  const char text[] = "{\"a\": [1, -2.5, true, null, \"x\\u0000y\"], \"k\": 1, "
                      "\"o\": {\"k\": \"in\"}, \"k\": \"last\"} \n";
  gd_json *j = parse(text, sizeof text - 1, why, &col);
  ck_assert_int_eq(j->type, GD_JSON_OBJECT);
  ck_assert_uint_eq(j->n, 3); /* "k" twice: one member, the last value */
  const gd_json *k = gd_json_get(j, "k");
  ck_assert(gd_json_is(k, GD_JSON_STRING));
  ck_assert_str_eq(k->s, "last");
  ck_assert_str_eq(j->k[1], "k"); /* where it first stood */
  const gd_json *a = gd_json_get(j, "a");
  ck_assert(gd_json_is(a, GD_JSON_ARRAY) && a->n == 5);
  ck_assert(a->v[0]->type == GD_JSON_INT && a->v[0]->i == 1);
  ck_assert(a->v[1]->type == GD_JSON_REAL && a->v[1]->d == -2.5);
  ck_assert(a->v[2]->type == GD_JSON_BOOL && a->v[2]->i == 1);
  ck_assert(a->v[3]->type == GD_JSON_NULL);
  ck_assert(a->v[4]->type == GD_JSON_STRING && a->v[4]->len == 3 && !memcmp(a->v[4]->s, "x\0y", 4));
  ck_assert_str_eq(gd_json_get(gd_json_get(j, "o"), "k")->s, "in");
  ck_assert_ptr_null(gd_json_get(j, "missing"));
  ck_assert_ptr_null(gd_json_get(a, "a"));
  gd_json_free(j);
}
END_TEST

START_TEST(json_refuses_what_json_refuses) {
  static const struct { const char *text, *why; size_t col; } bad[] = {
      {"\"str\"", "'[' or '{' expected", 5},
      {"{\"a\": 1} x", "parse error: trailing garbage", 0},
      {"{\"a\": 1e999}", "number out of range", 0},
      {"{\"a\": 123456789012345678901234567890}", "number out of range", 0},
      {"{\"a\": \"\\ud800\"}", "invalid \\u escape (a UTF-16 surrogate out of its pair)", 0},
      {"{\"a\\u0000\": 1}", "NUL byte in object key", 0},
      {"{\"a\":\f1}", "control character 0x0C", 6},
      {"{\"a\": 1", "parse error: premature EOF", 0},
      {"{\"a\": \"\xff\"}", "lexical error: invalid bytes in UTF8 string", 0},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char why[128];
    size_t col;
    gd_json *j = parse(bad[i].text, strlen(bad[i].text), why, &col);
    ck_assert_ptr_null(j);
    ck_assert_msg(!strcmp(why, bad[i].why), "%s: %s", bad[i].text, why);
    if (bad[i].col) ck_assert_uint_eq(col, bad[i].col);
    ck_assert(col > 0 && col <= strlen(bad[i].text));
  }
  /* deep nesting is refused at 2048 levels, not by running out of stack */
  size_t n = 3000;
  char *deep = malloc(2 * n + 1);
  for (size_t i = 0; i < n; i++) deep[i] = '[', deep[2 * n - 1 - i] = ']';
  char why[128];
  size_t col;
  ck_assert_ptr_null(parse(deep, 2 * n, why, &col));
  ck_assert_str_eq(why, "maximum nesting depth reached");
  gd_json *j = parse(deep + n - 2000, 4000, why, &col);
  gd_json_free(j);
  free(deep);
}
END_TEST

static Suite *util_suite(void) {
  Suite *s = suite_create("util");
  TCase *tc = tcase_create("strbuf");
  tcase_add_test(tc, strbuf_grows_and_terminates);
  tcase_add_test(tc, strbuf_reserve_clear_free);
  tcase_add_test(tc, strbuf_failure_is_sticky_until_clear);
  suite_add_tcase(s, tc);
  TCase *th = tcase_create("hindex");
  tcase_add_test(th, hindex_set_of_strings);
  tcase_add_test(th, hindex_all_tags_collide);
  tcase_add_test(th, hindex_reserve_in_advance);
  suite_add_tcase(s, th);
  TCase *tj = tcase_create("json");
  tcase_add_test(tj, json_writes_two_space_indent);
  tcase_add_test(tj, json_reads_a_tree);
  tcase_add_test(tj, json_refuses_what_json_refuses);
  suite_add_tcase(s, tj);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(util_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
