/* geordf: unit tests for date expressions (src/date.c).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "geordf/geordf.h"
#include "lexicon.h"
#include "token.h"

/* The date words are the bundled lexicon's (cues.ttl), loaded once. */
static geordf_lexicon *lex;
static const gd_date_words *words;

static void load_words(void) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_msg(dir != NULL, "no bundled lexicon: set GEORDF_DATADIR");
  char path[4096];
  snprintf(path, sizeof path, "%s/cues.ttl", dir);
  ck_assert_int_eq(geordf_lexicon_new(&lex), GEORDF_OK);
  ck_assert_msg(geordf_lexicon_load_file(lex, path) == GEORDF_OK, "%s", geordf_lexicon_error(lex));
  ck_assert_msg(geordf_lexicon_freeze(lex) == GEORDF_OK, "%s", geordf_lexicon_error(lex));
  words = gd_lexicon_date_words(lex);
  ck_assert_ptr_nonnull(words);
}

static void free_words(void) {
  geordf_lexicon_free(lex);
  lex = NULL;
  words = NULL;
}

/* The dates of TEXT[0..LEN) as the extractor finds them: sentence by
 * sentence over its tokens, at most MAX in all. */
static size_t find(const char *text, size_t len, const gd_ymd *doc, gd_date_expr *e, size_t max) {
  gd_tokens *t = gd_tokenize(text, len);
  ck_assert_ptr_nonnull(t);
  size_t n = 0;
  for (size_t s = 0; s < t->nsent && n < max; s++)
    n += gd_date_find(words, t, t->sent[s].tb, t->sent[s].te, text, doc, e + n, max - n);
  gd_tokens_free(t);
  return n;
}

/* Finds the dates in TEXT against DOC ("" for none) and describes them as
 * "span=value[r][f][w]" joined by "|", e.g. "Nov. 24=2015-11-24" (w: it
 * names a weekday). */
static const char *describe(const char *text, const char *doc) {
  static char out[512];
  gd_ymd d = {0, 0, 0};
  if (*doc) ck_assert_int_eq(gd_date_parse_iso(&d, doc), 0);
  gd_date_expr e[8];
  size_t n = find(text, strlen(text), *doc ? &d : NULL, e, 8);
  out[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    char v[11];
    gd_date_format(&e[i].value, v);
    size_t at = strlen(out);
    ck_assert(e[i].begin < e[i].end && e[i].end <= strlen(text));
    ck_assert(i == 0 || e[i - 1].end <= e[i].begin);
    snprintf(out + at, sizeof out - at, "%s%.*s=%s%s%s%s", i ? "|" : "",
             (int)(e[i].end - e[i].begin), text + e[i].begin, v,
             e[i].relative ? "r" : "", e[i].future ? "f" : "", e[i].weekday ? "w" : "");
  }
  return out;
}

#define FIND(text, doc, want) ck_assert_str_eq(describe(text, doc), want)

START_TEST(iso_parse) {
  gd_ymd d = {9, 9, 9};
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-11-24"), 0);
  ck_assert(d.y == 2015 && d.m == 11 && d.d == 24);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2014"), 0);
  ck_assert(d.y == 2014 && d.m == 0 && d.d == 0);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2014-07"), 0);
  ck_assert(d.y == 2014 && d.m == 7 && d.d == 0);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2016-02-29T23:59:60Z"), 0);
  ck_assert(d.y == 2016 && d.m == 2 && d.d == 29);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2016-02-29T10:00:00.250+02:00"), 0);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2000-02-29"), 0);     /* 400-year rule */
  ck_assert_int_eq(gd_date_parse_iso(&d, "1900-02-29"), -1);    /* 100-year rule */
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-02-29"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-04-31"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-13-01"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-00"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, "0999-01-01"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-1-5"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-11-24x"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-11-24T25:00Z"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, "2015-11-24T"), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, ""), -1);
  ck_assert_int_eq(gd_date_parse_iso(&d, NULL), -1);
  ck_assert_int_eq(gd_date_parse_iso(NULL, "2015"), -1);
  /* failures leave the output alone */
  ck_assert(d.y == 2000 && d.m == 2 && d.d == 29);
}
END_TEST

START_TEST(format_and_arithmetic) {
  char buf[11];
  gd_ymd d = {2015, 11, 24};
  gd_date_format(&d, buf);
  ck_assert_str_eq(buf, "2015-11-24");
  d.d = 0;
  gd_date_format(&d, buf);
  ck_assert_str_eq(buf, "2015-11");
  d.m = 0;
  gd_date_format(&d, buf);
  ck_assert_str_eq(buf, "2015");
  d = (gd_ymd){2015, 2, 30};
  gd_date_format(&d, buf);
  ck_assert_str_eq(buf, "");
  gd_date_format(NULL, buf);
  ck_assert_str_eq(buf, "");

  d = (gd_ymd){2015, 11, 24};
  ck_assert_int_eq(gd_date_weekday(&d), 1);          /* Tuesday */
  d = (gd_ymd){2016, 1, 3};
  ck_assert_int_eq(gd_date_weekday(&d), 6);          /* Sunday */
  d = (gd_ymd){1970, 1, 1};
  ck_assert_int_eq(gd_date_weekday(&d), 3);
  d = (gd_ymd){2015, 11, 0};
  ck_assert_int_eq(gd_date_weekday(&d), -1);

  d = (gd_ymd){2016, 3, 1};
  gd_date_add_days(&d, -1);
  ck_assert(d.y == 2016 && d.m == 2 && d.d == 29);
  d = (gd_ymd){2015, 12, 31};
  gd_date_add_days(&d, 1);
  ck_assert(d.y == 2016 && d.m == 1 && d.d == 1);
  d = (gd_ymd){2016, 1, 1};
  gd_date_add_days(&d, 366);
  ck_assert(d.y == 2017 && d.m == 1 && d.d == 1);
  d = (gd_ymd){2015, 11, 0};
  gd_date_add_days(&d, 10);                         /* not a full date */
  ck_assert(d.y == 2015 && d.m == 11 && d.d == 0);
  gd_date_add_days(NULL, 1);

  ck_assert(gd_date_valid(&(gd_ymd){2016, 2, 29}));
  ck_assert(!gd_date_valid(&(gd_ymd){2016, 0, 5}));
  ck_assert(!gd_date_valid(&(gd_ymd){0, 1, 1}));
}
END_TEST

START_TEST(explicit_dates) {
  const char *doc = "2015-11-25";
  FIND("The talks began 2015-11-24 in Vienna.", doc, "2015-11-24=2015-11-24");
  FIND("Posted 2015-11-24T10:30:00Z by staff.", doc, "2015-11-24=2015-11-24");
  FIND("On November 24, 2015, a jet was downed.", doc, "November 24, 2015=2015-11-24");
  FIND("On Nov. 24, 2015 a jet was downed.", doc, "Nov. 24, 2015=2015-11-24");
  FIND("on 24 November 2015 and 3rd of Dec. 2014", doc,
       "24 November 2015=2015-11-24|3rd of Dec. 2014=2014-12-03");
  FIND("signed in June 2012 in Geneva", doc, "June 2012=2012-06");
  FIND("The deal (SEPTEMBER 9, 2014) held.", doc, "SEPTEMBER 9, 2014=2014-09-09");
  /* the same text without a document date */
  FIND("On Nov. 24, 2015 and since 2007.", "", "Nov. 24, 2015=2015-11-24|2007=2007");
  /* invalid days are no dates */
  FIND("on February 30, 2015", doc, "");
  FIND("on Feb. 29, 2015 or Feb. 29, 2016", doc, "Feb. 29, 2016=2016-02-29f");
}
END_TEST

START_TEST(years) {
  const char *doc = "2015-11-25";
  FIND("in 2014 the two states", doc, "2014=2014");
  FIND("allies since 2007.", doc, "2007=2007");
  FIND("in the year 2014 alone", doc, "2014=2014");
  FIND("by early 2015 and late 2015", doc, "early 2015=2015|late 2015=2015");
  FIND("in mid-2013, talks", doc, "mid-2013=2013");
  FIND("2014's deal was signed", doc, "2014=2014");
  FIND("between 2012 and 2014", doc, "2012=2012|2014=2014");
  /* numbers that are not years */
  FIND("a $2015 million deal", doc, "");
  FIND("of 2,015 missiles", doc, "");
  FIND("a force of 2000 troops", doc, "");
  FIND("in the 1990s", doc, "");
  FIND("Flight 2015 landed", doc, "");
  FIND("from 1950 km away", doc, "");
  FIND("by 1.2015 percent", doc, "");
  /* a 2030 after a cue is still a year, and later than the document */
  FIND("until 2030", doc, "2030=2030f");
}
END_TEST

START_TEST(month_day_without_year) {
  FIND("on Nov. 24, the jet", "2015-11-25", "Nov. 24=2015-11-24r");
  FIND("on Nov 24 the jet", "2015-11-25", "Nov 24=2015-11-24r");
  FIND("on November 24", "2015-11-25", "November 24=2015-11-24r");
  FIND("on 24 November", "2015-11-25", "24 November=2015-11-24r");
  /* a date shortly after the article is this year's and in the future */
  FIND("due on Dec. 10", "2015-11-25", "Dec. 10=2015-12-10rf");
  /* more than about two months ahead: last year's */
  FIND("since Dec. 28", "2016-01-05", "Dec. 28=2015-12-28r");
  FIND("on March 3", "2016-01-05", "March 3=2016-03-03rf");
  FIND("on March 30", "2016-01-05", "March 30=2015-03-30r");
  /* Feb. 29 only in a leap year */
  FIND("on Feb. 29", "2016-03-05", "Feb. 29=2016-02-29r");
  FIND("on Feb. 29", "2015-03-05", "");
  /* without a document date the year is unknown */
  FIND("on Nov. 24", "", "");
}
END_TEST

START_TEST(bare_months) {
  FIND("in June the minister", "2015-11-25", "June=2015-06r");
  FIND("in December the minister", "2015-11-25", "December=2014-12r");
  FIND("in November", "2015-11-25", "November=2015-11r");
  FIND("last June", "2015-11-25", "last June=2015-06r");
  FIND("last November", "2015-11-25", "last November=2014-11r");
  FIND("next June", "2015-11-25", "next June=2016-06rf");
  FIND("this coming December", "2015-11-25", "this coming December=2015-12rf");
  FIND("since mid-June", "2015-11-25", "mid-June=2015-06r");
  FIND("in May and June", "2015-11-25", "May=2015-05r|June=2015-06r");
  /* a month name alone is not enough */
  FIND("June Carter said", "2015-11-25", "");
  FIND("Jun said", "2015-11-25", "");
  /* ordinary words */
  FIND("talks may resume in march", "2015-11-25", "");
  FIND("they may 5 times", "2015-11-25", "");
  FIND("an august body of jurists", "2015-11-25", "");
  FIND("May 5 and on 7 May", "2015-11-25", "May 5=2015-05-05r|7 May=2015-05-07r");
  FIND("in May", "", "");
}
END_TEST

START_TEST(relative_days) {
  FIND("Yesterday, the minister", "2016-03-01", "Yesterday=2016-02-29r");
  FIND("The day before yesterday", "2016-03-01", "The day before yesterday=2016-02-28r");
  FIND("today and tonight", "2015-12-31", "today=2015-12-31r|tonight=2015-12-31r");
  FIND("tomorrow", "2015-12-31", "tomorrow=2016-01-01rf");
  FIND("last night", "2016-01-01", "last night=2015-12-31r");
  FIND("yesterday", "", "");
}
END_TEST

START_TEST(weekdays) {
  /* 2016-01-03 is a Sunday */
  FIND("on Friday the jets", "2016-01-03", "Friday=2016-01-01rw");
  FIND("On Sunday the jets", "2016-01-03", "Sunday=2016-01-03rw");
  FIND("Saturday night", "2016-01-03", "Saturday night=2016-01-02rw");
  FIND("Monday's strike", "2016-01-03", "Monday=2015-12-28rw");
  FIND("last Sunday", "2016-01-03", "last Sunday=2015-12-27rw");
  FIND("next Monday", "2016-01-03", "next Monday=2016-01-04rfw");
  FIND("this coming Sunday", "2016-01-03", "this coming Sunday=2016-01-10rfw");
  FIND("on tuesday", "2016-01-03", "tuesday=2015-12-29rw");
  /* an explicit date after the weekday wins */
  FIND("Tuesday, Nov. 24, 2015", "2016-01-03", "Tuesday, Nov. 24, 2015=2015-11-24w");
  FIND("on Mondays", "2016-01-03", "");
}
END_TEST

START_TEST(weeks_months_years) {
  FIND("last month", "2016-01-15", "last month=2015-12r");
  FIND("next month", "2015-12-15", "next month=2016-01rf");
  FIND("last week", "2016-01-05", "last week=2015-12r");
  FIND("next week", "2015-12-28", "next week=2016-01rf");
  FIND("last year", "2016-01-05", "last year=2015r");
  FIND("this year", "2016-01-05", "this year=2016r");
  FIND("next year", "2016-01-05", "next year=2017rf");
  FIND("earlier this month", "2016-01-05", "earlier this month=2016-01r");
  FIND("later this year", "2016-01-05", "later this year=2016rf");
  FIND("late last year", "2016-01-05", "late last year=2015r");
  FIND("three days ago", "2016-03-02", "three days ago=2016-02-28r");
  FIND("a week ago", "2016-01-03", "a week ago=2015-12-27r");
  FIND("two weeks ago", "2016-01-03", "two weeks ago=2015-12-20r");
  FIND("10 days ago", "2016-01-03", "10 days ago=2015-12-24r");
  FIND("two months ago", "2016-01-03", "two months ago=2015-11r");
  FIND("the following year", "2016-01-03", "");
  FIND("last year", "", "");
}
END_TEST

START_TEST(several_and_limits) {
  const char *text = "Last week Russia said on Monday that since 2014 it had "
                     "agreed, on Nov. 24, 2015, to talks next month.";
  FIND(text, "2015-11-25",
       "Last week=2015-11r|Monday=2015-11-23rw|2014=2014|"
       "Nov. 24, 2015=2015-11-24|next month=2015-12rf");
  gd_ymd doc = {2015, 11, 25};
  gd_date_expr e[2];
  gd_tokens *t = gd_tokenize(text, strlen(text));
  ck_assert_uint_eq(gd_date_find(words, t, 0, t->ntok, text, &doc, e, 2), 2);
  ck_assert_uint_eq(gd_date_find(words, t, 0, t->ntok, text, &doc, e, 0), 0);
  ck_assert_uint_eq(gd_date_find(NULL, t, 0, t->ntok, text, &doc, e, 2), 0);
  ck_assert_uint_eq(gd_date_find(words, t, 0, t->ntok, NULL, &doc, e, 2), 0);
  /* the offsets are the text's: "Last week" starts it */
  ck_assert_uint_eq(e[0].begin, 0);
  ck_assert_uint_eq(e[0].end, 9);
  gd_tokens_free(t);
  /* the token range bounds the search: "2015" is left out */
  t = gd_tokenize("since 2015", 10);
  ck_assert_uint_eq(gd_date_find(words, t, 0, 1, "since 2015", &doc, e, 2), 0);
  ck_assert_uint_eq(gd_date_find(words, t, 0, 2, "since 2015", &doc, e, 2), 1);
  ck_assert_uint_eq(gd_date_find(words, t, 1, 99, "since 2015", &doc, e, 2), 0); /* no "since" */
  gd_tokens_free(t);
  /* curly apostrophes, no-break spaces and UTF-8 neighbours */
  FIND("Monday\xE2\x80\x99s talks in\xC2\xA0" "2014 in Montr\xC3\xA9" "al",
       "2016-01-03", "Monday=2015-12-28rw|2014=2014");
}
END_TEST

/* Words match in any case, but only whole: "MAY" and "Yesterday" do,
 * "Mayday" and "yesterdays" not. */
START_TEST(word_case) {
  FIND("YESTERDAY and on 3 MARCH 2014", "2015-11-25", "YESTERDAY=2015-11-24r|3 MARCH 2014=2014-03-03");
  FIND("yesterdays Mayday, in 2014", "2015-11-25", "2014=2014");
}
END_TEST

/* The words are the lexicon's: removing one from cues.ttl fails here. */
START_TEST(lexicon_words) {
  static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july",
                                       "august", "september", "october", "november", "december"};
  static const char *const abbrs[] = {"jan", "feb", "mar", "apr", NULL, "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"};
  static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                     "sunday"};
  int n = 0;
  for (int m = 0; m < 12; m++) {
    ck_assert_msg(gd_date_words_has(words, GD_DATE_MONTH, months[m], &n) && n == m + 1, "month %s", months[m]);
    if (abbrs[m])
      ck_assert_msg(gd_date_words_has(words, GD_DATE_MONTH_ABBR, abbrs[m], &n) && n == m + 1, "%s", abbrs[m]);
  }
  ck_assert(gd_date_words_has(words, GD_DATE_MONTH_ABBR, "sept", &n) && n == 9);
  ck_assert(!gd_date_words_has(words, GD_DATE_MONTH_ABBR, "may", NULL));
  for (int d = 0; d < 7; d++)
    ck_assert_msg(gd_date_words_has(words, GD_DATE_WEEKDAY, days[d], &n) && n == d + 1, "weekday %s", days[d]);
  static const struct { int kind; const char *w; int n; } more[] = {
    {GD_DATE_DEIXIS, "today", 0}, {GD_DATE_DEIXIS, "tonight", 0}, {GD_DATE_DEIXIS, "yesterday", -1},
    {GD_DATE_DEIXIS, "tomorrow", 1}, {GD_DATE_SHIFT, "last", -1}, {GD_DATE_SHIFT, "this", 0},
    {GD_DATE_SHIFT, "next", 1}, {GD_DATE_SIDE, "earlier", -1}, {GD_DATE_SIDE, "later", 1},
    {GD_DATE_PERIOD_PART, "early", 0}, {GD_DATE_PERIOD_PART, "mid", 0}, {GD_DATE_PERIOD_PART, "late", 0},
    {GD_DATE_DAY_PART, "night", 0}, {GD_DATE_DAY_PART, "morning", 0}, {GD_DATE_LEAD, "in", 0},
    {GD_DATE_LEAD, "since", 0}, {GD_DATE_LEAD, "until", 0}, {GD_DATE_LEAD, "between", 0},
    {GD_DATE_JOIN, "and", 0}, {GD_DATE_JOIN, "to", 0}, {GD_DATE_OF, "of", 0},
    {GD_DATE_ORDINAL, "th", 0}, {GD_DATE_ORDINAL, "st", 0}, {GD_DATE_COUNT_NOUN, "troops", 0},
    {GD_DATE_COUNT_NOUN, "km", 0}, {GD_DATE_COUNT_WORD, "a", 1}, {GD_DATE_COUNT_WORD, "twelve", 12},
    {GD_DATE_UNIT, "day", 1}, {GD_DATE_UNIT, "week", 7}, {GD_DATE_UNIT, "month", 30},
    {GD_DATE_UNIT, "year", 365}, {GD_DATE_UNITS, "weeks", 7}, {GD_DATE_UNITS, "years", 365},
    {GD_DATE_AGO, "ago", 0}};
  for (size_t i = 0; i < sizeof more / sizeof *more; i++)
    ck_assert_msg(gd_date_words_has(words, more[i].kind, more[i].w, &n) && n == more[i].n, "%s word %s",
                  gd_date_kind_name(more[i].kind), more[i].w);
  /* every kind has its name, and the names are what cues.ttl says */
  for (int k = 0; k < GD_DATE_KINDS; k++) ck_assert_int_eq(gd_date_kind(gd_date_kind_name(k)), k);
  ck_assert_int_eq(gd_date_kind("month"), GD_DATE_MONTH);
  ck_assert_int_eq(gd_date_kind("negation"), -1);
  ck_assert_int_eq(gd_date_kind(NULL), -1);
  /* date words are no phrases of the matcher */
  int pre = 0;
  ck_assert_ptr_null(gd_lexicon_lookup(lex, "yesterday", 9, &pre));
}
END_TEST

/* A table made by hand: forms, capitals, numbers, several words. */
START_TEST(word_table) {
  gd_date_words *w = gd_date_words_new();
  ck_assert_ptr_nonnull(w);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_MONTH, "Mai", 5), 0);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_LEAD, "im", 0), 0);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_DEIXIS, "vor gestern", -2), 0);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_DEIXIS, "heute", 0), 0);
  /* refused: no number where one is needed, out of range, not letters,
   * several words for a kind of one */
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_MONTH, "juni", 0), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_MONTH, "juni", 13), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_WEEKDAY, "montag", 8), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_UNIT, "tag", 2), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_LEAD, "seit", 1), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_LEAD, "", 0), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_LEAD, "vor  dem", 0), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_LEAD, "vor dem", 0), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_LEAD, "seit1", 0), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_LEAD, "abcdefghijklmnop", 0), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_DEIXIS, "a b c d e", 0), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_KINDS, "x", 0), -2);
  ck_assert_int_eq(gd_date_words_add(w, GD_DATE_MONTH, NULL, 1), -2);
  int n = 0;
  ck_assert(gd_date_words_has(w, GD_DATE_MONTH, "mai", &n) && n == 5);
  ck_assert(!gd_date_words_has(w, GD_DATE_LEAD, "mai", NULL));
  ck_assert(!gd_date_words_has(w, GD_DATE_MONTH, "juni", NULL));
  ck_assert(!gd_date_words_has(w, GD_DATE_DEIXIS, "vor", NULL)); /* only starts a form */

  gd_ymd doc = {2015, 11, 25};
  gd_date_expr e[4];
  const char *text = "im Mai, im mai, vor gestern, heute";
  gd_tokens *t = gd_tokenize(text, strlen(text));
  ck_assert_uint_eq(gd_date_find(w, t, 0, t->ntok, text, &doc, e, 4), 3);
  /* "Mai" written with a capital: only capitalized */
  ck_assert_uint_eq(e[0].begin, 3);
  ck_assert(e[0].value.y == 2015 && e[0].value.m == 5 && e[0].value.d == 0);
  ck_assert_uint_eq(e[1].begin, 16);
  ck_assert(e[1].value.m == 11 && e[1].value.d == 23);
  ck_assert(e[2].value.m == 11 && e[2].value.d == 25);
  gd_tokens_free(t);
  gd_date_words_free(w);
  gd_date_words_free(NULL);
}
END_TEST

/* Tokens of token.c that join pieces the patterns read apart, and other
 * boundaries: the dates are those of the words read one by one. */
START_TEST(token_boundaries) {
  const char *doc = "2015-11-25";
  /* "Nov." keeps its period in one token */
  FIND("On Nov. 24 the jet fell. Sept. 2014 too.", doc, "Nov. 24=2015-11-24r|Sept. 2014=2014-09");
  FIND("talks on Nov.24, 2015 ended", doc, "Nov.24, 2015=2015-11-24");
  /* "2014-15" is one token; its year is read as before */
  FIND("in 2014-15 the talks stalled", doc, "2014=2014");
  FIND("from 2014-2016", doc, "2014=2014|2016=2016f");
  /* "mid-May" is three tokens, "mid-2015" one */
  FIND("since mid-May", doc, "mid-May=2015-05r");
  FIND("until mid-2016", doc, "mid-2016=2016f");
  FIND("since early-2014", doc, "early-2014=2014");
  /* digits glued to letters */
  FIND("on the 24th of November", doc, "24th of November=2015-11-24r");
  FIND("on 1st May 2015", doc, "1st May 2015=2015-05-01");
  FIND("a 24km border in 2015", doc, "2015=2015");
  FIND("24km November", doc, "");
  FIND("in the 1990s and 2000s", doc, "");
  FIND("in 2015s", doc, "");
  /* a time glued to the date */
  FIND("at 2015-11-24T10:30:00Z sharp", doc, "2015-11-24=2015-11-24");
  FIND("id 2015-11-24X9", doc, "");
  /* possessives */
  FIND("2014's talks and Monday's", doc, "2014=2014|Monday=2015-11-23rw");
  FIND("2014\xE2\x80\x99s talks", doc, "2014=2014");
  /* numbers with separators are one token and no date */
  FIND("of 2,015 missiles and 1.2015 percent", doc, "");
  /* a feed's lost entity "#39;" reads as the bytes it is */
  FIND("Monday #39;s talks", doc, "Monday=2015-11-23rw");
}
END_TEST

/* Where reading tokens reads better than the old byte scanner did. */
START_TEST(token_improvements) {
  const char *doc = "2016-01-03";
  /* punctuation outside ASCII (guillemets, an ellipsis) no longer glues
   * itself to the date word beside it */
  FIND("\xC2\xAB" "Monday\xC2\xBB", doc, "Monday=2015-12-28rw");
  FIND("they met tonight\xE2\x80\xA6", doc, "tonight=2016-01-03r");
  /* "earlier/later tonight" as "earlier/later today"; "this coming" as "next" */
  FIND("later tonight", doc, "later tonight=2016-01-03rf");
  FIND("earlier tonight", doc, "earlier tonight=2016-01-03r");
  FIND("this coming week", doc, "this coming week=2016-01rf");
}
END_TEST

START_TEST(year_before_a_clause_of_time) {
  /* A bare year set off by a comma before a clause of time is a date. */
  const char *doc = "2022-11-18";
  FIND("Farmers still remember 2014, when Moscow banned their apples.", doc, "2014=2014");
  FIND("Unlike 1999, when NATO bombed Belgrade, the alliance waited.", doc, "1999=1999");
  /* not a count, nor a year with no clause of time after it */
  FIND("It sold 2014, and more later.", doc, "");
  FIND("Farmers still remember 2014 well.", doc, "");
}
END_TEST

static Suite *date_suite(void) {
  Suite *s = suite_create("date");
  TCase *tc = tcase_create("core");
  tcase_add_unchecked_fixture(tc, load_words, free_words);
  tcase_add_test(tc, iso_parse);
  tcase_add_test(tc, format_and_arithmetic);
  tcase_add_test(tc, explicit_dates);
  tcase_add_test(tc, years);
  tcase_add_test(tc, month_day_without_year);
  tcase_add_test(tc, bare_months);
  tcase_add_test(tc, relative_days);
  tcase_add_test(tc, weekdays);
  tcase_add_test(tc, weeks_months_years);
  tcase_add_test(tc, several_and_limits);
  tcase_add_test(tc, word_case);
  tcase_add_test(tc, lexicon_words);
  tcase_add_test(tc, word_table);
  tcase_add_test(tc, token_boundaries);
  tcase_add_test(tc, token_improvements);
  tcase_add_test(tc, year_before_a_clause_of_time);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(date_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
