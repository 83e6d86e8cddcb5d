/* geordf: finds date expressions in news text and resolves them against the
 * publication date.
 * SPDX-License-Identifier: MIT */
#include "date.h"

#include <stdio.h>
#include <string.h>

/* ---- calendar arithmetic ------------------------------------------------ */

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_len(int y, int m) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

static int full_date(const gd_ymd *d) {
  return d && d->y >= 1 && d->y <= 9999 && d->m >= 1 && d->m <= 12 &&
         d->d >= 1 && d->d <= month_len(d->y, d->m);
}

/* Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
 * algorithm: exact for any year, no tables, no loops). */
static long days_from_civil(int y, int m, int d) {
  long yy = (long)y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, gd_ymd *out) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long m = mp < 10 ? mp + 3 : mp - 9;
  out->y = (int)(yoe + era * 400 + (m <= 2));
  out->m = (int)m;
  out->d = (int)(doy - (153 * mp + 2) / 5 + 1);
}

static void add_months(gd_ymd *d, int delta) {
  long k = (long)d->y * 12 + (d->m - 1) + delta;
  d->y = (int)(k / 12);
  d->m = (int)(k % 12) + 1;
}

int gd_date_valid(const gd_ymd *d) {
  if (!d || d->y < 1 || d->y > 9999) return 0;
  if (d->m == 0) return d->d == 0;
  if (d->m < 1 || d->m > 12) return 0;
  return d->d >= 0 && d->d <= month_len(d->y, d->m);
}

int gd_date_weekday(const gd_ymd *d) {
  if (!full_date(d)) return -1;
  long z = days_from_civil(d->y, d->m, d->d);
  /* 1970-01-01 was a Thursday (3 when Monday is 0). */
  long w = (z + 3) % 7;
  return (int)(w < 0 ? w + 7 : w);
}

void gd_date_add_days(gd_ymd *d, int days) {
  if (!full_date(d)) return;
  civil_from_days(days_from_civil(d->y, d->m, d->d) + days, d);
}

/* ---- ISO 8601 ----------------------------------------------------------- */

/* Reads exactly N ASCII digits; -1 when any is missing. */
static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* hh:mm[:ss[.frac]][Z|+hh:mm|-hh:mm|+hhmm] up to the end of the string. */
static int valid_time(const char *p) {
  if (digits(p, 2) < 0 || digits(p, 2) > 23 || p[2] != ':' ||
      digits(p + 3, 2) < 0 || digits(p + 3, 2) > 59)
    return 0;
  p += 5;
  if (*p == ':') {
    if (digits(p + 1, 2) < 0 || digits(p + 1, 2) > 60) return 0;
    p += 3;
    if (*p == '.') {
      if (p[1] < '0' || p[1] > '9') return 0;
      for (p++; *p >= '0' && *p <= '9'; p++) {}
    }
  }
  if (*p == 'Z' || *p == 'z') return p[1] == '\0';
  if (*p == '+' || *p == '-') {
    if (digits(p + 1, 2) < 0 || digits(p + 1, 2) > 23) return 0;
    p += 3;
    if (*p == ':') p++;
    if (digits(p, 2) < 0 || digits(p, 2) > 59) return 0;
    p += 2;
  }
  return *p == '\0';
}

int gd_date_parse_iso(gd_ymd *out, const char *s) {
  if (!out || !s) return -1;
  gd_ymd v = {0, 0, 0};
  v.y = digits(s, 4);
  if (v.y < 1000) return -1;
  const char *p = s + 4;
  if (*p == '-') {
    v.m = digits(p + 1, 2);
    if (v.m < 1 || v.m > 12) return -1;
    p += 3;
    if (*p == '-') {
      v.d = digits(p + 1, 2);
      if (v.d < 1 || v.d > month_len(v.y, v.m)) return -1;
      p += 3;
      if ((*p == 'T' || *p == 't' || *p == ' ') && !valid_time(p + 1)) return -1;
      else if (*p != '\0' && *p != 'T' && *p != 't' && *p != ' ') return -1;
      *out = v;
      return 0;
    }
  }
  if (*p != '\0') return -1;
  *out = v;
  return 0;
}

void gd_date_format(const gd_ymd *d, char *buf) {
  if (!buf) return;
  if (!gd_date_valid(d)) { buf[0] = '\0'; return; }
  /* Written digit by digit: the value is valid (year 1000-9999, month
   * 1-12, day 1-31), and compilers cannot prove snprintf's bound. */
  int y = d->y;
  buf[0] = (char)('0' + y / 1000);
  buf[1] = (char)('0' + y / 100 % 10);
  buf[2] = (char)('0' + y / 10 % 10);
  buf[3] = (char)('0' + y % 10);
  buf[4] = '\0';
  if (d->m == 0) return;
  buf[4] = '-';
  buf[5] = (char)('0' + d->m / 10);
  buf[6] = (char)('0' + d->m % 10);
  buf[7] = '\0';
  if (d->d == 0) return;
  buf[7] = '-';
  buf[8] = (char)('0' + d->d / 10);
  buf[9] = (char)('0' + d->d % 10);
  buf[10] = '\0';
}

/* ---- tokens ------------------------------------------------------------- */

/* Every word the patterns look for, in ASCII order (gd_date_selftest()
 * checks it): a word token is looked up once, by binary search, and the
 * patterns compare numbers. */
#define DATE_WORDS(X) X(a) X(acres) X(after) X(afternoon) X(ago) X(aircraft) X(an) X(and) X(apr) \
  X(april) X(aug) X(august) X(autumn) X(barrels) X(before) X(between) X(by) X(casualties) \
  X(children) X(civilians) X(coming) X(day) X(days) X(deaths) X(dec) X(december) X(demonstrators) \
  X(dollars) X(during) X(earlier) X(early) X(eight) X(eleven) X(euros) X(evening) X(feb) \
  X(february) X(feet) X(fighters) X(five) X(four) X(friday) X(from) X(hectares) X(in) X(jan) \
  X(january) X(jets) X(jul) X(july) X(jun) X(june) X(kilometers) X(kilometres) X(km) X(last) \
  X(late) X(later) X(mar) X(march) X(may) X(members) X(men) X(meters) X(metres) X(mid) X(migrants) \
  X(miles) X(militants) X(missiles) X(monday) X(month) X(months) X(morning) X(nd) X(next) X(night) \
  X(nine) X(nov) X(november) X(oct) X(october) X(of) X(officers) X(one) X(or) X(people) \
  X(personnel) X(persons) X(planes) X(police) X(policemen) X(pounds) X(prisoners) X(protesters) \
  X(rd) X(refugees) X(residents) X(rockets) X(rounds) X(s) X(saturday) X(sep) X(sept) X(september) \
  X(seven) X(since) X(six) X(soldiers) X(spring) X(square) X(st) X(summer) X(sunday) X(t) X(tanks) \
  X(ten) X(th) X(the) X(this) X(three) X(through) X(throughout) X(thursday) X(till) X(to) X(today) \
  X(tomorrow) X(tonight) X(tonnes) X(tons) X(troops) X(tuesday) X(twelve) X(two) X(units) X(until) \
  X(vehicles) X(votes) X(wednesday) X(week) X(weeks) X(winter) X(women) X(workers) X(year) \
  X(years) X(yesterday)

enum {
  W_NONE = 0,
#define X(w) W_##w,
  DATE_WORDS(X)
#undef X
  W_COUNT
};

static const char *const word_text[W_COUNT] = {
  "",
#define X(w) #w,
  DATE_WORDS(X)
#undef X
};


enum { T_END, T_WORD, T_NUM, T_PUNCT };

typedef struct {
  size_t b, e;  /* byte span */
  int kind;
  char ch;      /* T_PUNCT: the character, curly quotes and dashes folded */
  short wid;    /* T_WORD: its W_ number, or W_NONE */
} tok;

/* Tokens kept around the current position: two behind (cues such as "in"
 * and "May and June") and enough ahead for the longest pattern
 * ("mid - Tuesday , Nov . 24 th , 2015" plus a look at what follows). */
#define BEHIND 2
#define WIN 18

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Non-ASCII sequences that separate words: no-break space, curly quotes,
 * en and em dashes.  Returns the byte length, 0 for anything else (other
 * non-ASCII bytes are word characters, so "Montréal" stays one word). */
static size_t special_seq(const unsigned char *s, size_t n, char *ch) {
  if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) { *ch = ' '; return 2; }
  if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80) {
    switch (s[2]) {
    case 0x98: case 0x99: *ch = '\''; return 3;
    case 0x9C: case 0x9D: *ch = '"'; return 3;
    case 0x93: case 0x94: *ch = '-'; return 3;
    default: break;
    }
  }
  return 0;
}

/* The W_ number of the word S[0..N), case-insensitively; W_NONE if none. */
static short word_id(const unsigned char *s, size_t n) {
  char w[16];
  if (n >= sizeof w) return W_NONE;
  for (size_t i = 0; i < n; i++) {
    if (!is_alpha(s[i])) return W_NONE;
    w[i] = (char)lower(s[i]);
  }
  w[n] = '\0';
  int lo = 1, hi = W_COUNT - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    /* most probes differ in the first letter; the rest compare in line (the
     * words are short) */
    int c = (unsigned char)w[0] - (unsigned char)word_text[mid][0];
    for (size_t k = 0; !c && w[k]; k++) c = (unsigned char)w[k + 1] - (unsigned char)word_text[mid][k + 1];
    if (!c) return (short)mid;
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return W_NONE;
}

int gd_date_selftest(void) {
  for (int i = 2; i < W_COUNT; i++)
    if (strcmp(word_text[i - 1], word_text[i]) >= 0) return 0;
  for (int i = 1; i < W_COUNT; i++)
    if (word_id((const unsigned char *)word_text[i], strlen(word_text[i])) != i) return 0;
  return 1;
}

static tok next_tok(const char *text, size_t len, size_t pos) {
  const unsigned char *s = (const unsigned char *)text;
  tok t = {len, len, T_END, 0, W_NONE};
  while (pos < len) {
    char ch = 0;
    size_t k = special_seq(s + pos, len - pos, &ch);
    if (k && ch == ' ') { pos += k; continue; }
    t.b = pos;
    if (k) {
      t.e = pos + k; t.kind = T_PUNCT; t.ch = ch;
      return t;
    }
    unsigned char c = s[pos];
    if (c == ' ' || (c >= '\t' && c <= '\r')) { pos++; continue; }
    if (is_digit(c)) {
      while (pos < len && is_digit(s[pos])) pos++;
      t.kind = T_NUM;
    } else if (is_alpha(c) || c >= 0x80) {
      while (pos < len && (is_alpha(s[pos]) ||
                           (s[pos] >= 0x80 && !special_seq(s + pos, len - pos, &ch))))
        pos++;
      t.kind = T_WORD;
      t.wid = word_id(s + t.b, pos - t.b);
    } else {
      pos++;
      t.kind = T_PUNCT; t.ch = (char)c;
    }
    t.e = pos;
    return t;
  }
  return t;
}

typedef struct {
  const char *text;
  gd_ymd doc;
  int have_doc;
  tok w[WIN];   /* w[0..BEHIND) are the tokens before the current one */
} scan;

static const tok *at(const scan *s, int k) {
  static const tok end = {0, 0, T_END, 0, W_NONE};
  return k >= 0 && k < WIN ? &s->w[k] : &end;
}

/* Whether token K is the word W (any case). */
static int word_eq(const scan *s, int k, int w) { return at(s, k)->wid == w; }

/* The index of token K's word in LIST (ends with W_NONE), or -1. */
static int word_in(const scan *s, int k, const short *list) {
  int w = at(s, k)->wid;
  if (w == W_NONE) return -1;
  for (int i = 0; list[i]; i++)
    if (list[i] == w) return i;
  return -1;
}

static int punct_eq(const scan *s, int k, char ch) {
  return at(s, k)->kind == T_PUNCT && at(s, k)->ch == ch;
}

/* No space between token K and the one before it. */
static int adjacent(const scan *s, int k) {
  return k >= 1 && at(s, k)->kind != T_END && at(s, k - 1)->kind != T_END &&
         at(s, k)->b == at(s, k - 1)->e;
}

static int capitalized(const scan *s, int k) {
  unsigned char c = (unsigned char)s->text[at(s, k)->b];
  return c >= 'A' && c <= 'Z';
}

/* Value of a number token of at most 9 digits, with its digit count; -1 for
 * anything else. */
static long num_value(const scan *s, int k, size_t *ndig) {
  const tok *t = at(s, k);
  if (t->kind != T_NUM || t->e - t->b > 9) return -1;
  long v = 0;
  for (size_t i = t->b; i < t->e; i++) v = v * 10 + (s->text[i] - '0');
  *ndig = t->e - t->b;
  return v;
}

/* ---- word lists --------------------------------------------------------- */

static const short month_names[] = {
  W_january, W_february, W_march, W_april, W_may, W_june, W_july, W_august,
  W_september, W_october, W_november, W_december, 0};
static const short month_abbrs[] = {
  W_jan, W_feb, W_mar, W_apr, W_jun, W_jul, W_aug, W_sep, W_sept, W_oct,
  W_nov, W_dec, 0};
static const int month_abbr_num[] = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};
static const short weekday_names[] = {
  W_monday, W_tuesday, W_wednesday, W_thursday, W_friday, W_saturday,
  W_sunday, 0};
static const short day_parts[] = {
  W_morning, W_afternoon, W_evening, W_night, 0};
static const short ordinals[] = {
  W_st, W_nd, W_rd, W_th, 0};
/* Words after which a bare month or a bare year is a date ("in June",
 * "since 2007", "in the year 2014"). */
static const short cues[] = {
  W_in, W_since, W_of, W_from, W_until, W_till, W_by, W_before, W_after,
  W_during, W_through, W_throughout, W_between, W_year, W_spring, W_summer,
  W_autumn, W_winter, 0};
/* Words joining a date to a following bare month or year ("May and June",
 * "from 2014 to 2016"). */
static const short joins[] = {
  W_and, W_or, W_to, W_through, W_until, 0};
/* A year-like number before one of these is a count ("of 2000 troops"). */
static const short count_nouns[] = {
  W_people, W_persons, W_troops, W_soldiers, W_men, W_women, W_children,
  W_civilians, W_refugees, W_migrants, W_members, W_personnel, W_fighters,
  W_militants, W_police, W_policemen, W_officers, W_workers, W_residents,
  W_protesters, W_demonstrators, W_prisoners, W_tons, W_tonnes, W_km,
  W_kilometers, W_kilometres, W_miles, W_meters, W_metres, W_feet, W_dollars,
  W_euros, W_pounds, W_units, W_missiles, W_tanks, W_rockets, W_rounds,
  W_aircraft, W_jets, W_planes, W_vehicles, W_deaths, W_casualties, W_votes,
  W_barrels, W_acres, W_hectares, W_square, 0};
static const short count_words[] = {
  W_a, W_an, W_one, W_two, W_three, W_four, W_five, W_six, W_seven, W_eight,
  W_nine, W_ten, W_eleven, W_twelve, 0};
static const int count_word_num[] = {1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
static const short units[] = {
  W_day, W_days, W_week, W_weeks, W_month, W_months, W_year, W_years, 0};

/* ---- pattern pieces ----------------------------------------------------- */

/* How a bare month or weekday is placed relative to the document date. */
enum { M_PLAIN, M_LAST, M_NEXT, M_THIS };

/* What a pattern recognised, before resolution. */
enum { C_FULL = 1, C_MD, C_MY, C_M, C_Y };
typedef struct { int kind, y, m, d, end; } core;

/* The result of one match: value, flags and the token after it. */
typedef struct { gd_ymd v; int relative, future, end; } hit;

/* Month name at K ("Nov" and "Nov." when *ABBR).  May, March and August are
 * also ordinary words, so they count only when capitalised. */
static int month_word(const scan *s, int k, int *m, int *abbr) {
  int i = word_in(s, k, month_names);
  if (i >= 0) {
    if ((i == 2 || i == 4 || i == 7) && !capitalized(s, k)) return -1;
    *m = i + 1; *abbr = 0;
    return k + 1;
  }
  i = word_in(s, k, month_abbrs);
  if (i < 0) return -1;
  *m = month_abbr_num[i]; *abbr = 1;
  return punct_eq(s, k + 1, '.') && adjacent(s, k + 1) ? k + 2 : k + 1;
}

/* A day of month 1-31 at K with an optional ordinal suffix ("24th"). */
static int day_at(const scan *s, int k, int *day) {
  size_t nd = 0;
  long v = num_value(s, k, &nd);
  if (v < 1 || v > 31 || nd > 2) return -1;
  int j = k + 1;
  if (adjacent(s, j)) {
    if (word_in(s, j, ordinals) >= 0) j++;
    else if (at(s, j)->kind == T_WORD) return -1;          /* "24km" */
    else if ((punct_eq(s, j, '.') || punct_eq(s, j, ',') || punct_eq(s, j, ':')) &&
             adjacent(s, j + 1) && at(s, j + 1)->kind == T_NUM)
      return -1;                                           /* 24.5, 10:30 */
  }
  *day = (int)v;
  return j;
}

/* A four-digit year 1900-2099 at K that is not part of a larger number,
 * an amount ("$2015") or a decade ("1990s"). */
static int year_at(const scan *s, int k, int *year) {
  size_t nd = 0;
  long v = num_value(s, k, &nd);
  if (nd != 4 || v < 1900 || v > 2099) return -1;
  if (adjacent(s, k)) {
    const tok *p = at(s, k - 1);
    if (p->kind != T_PUNCT || strchr("$.,/:#+", p->ch)) return -1;
  }
  int j = k + 1;
  if (adjacent(s, j)) {
    if (at(s, j)->kind != T_PUNCT || punct_eq(s, j, '%')) return -1;
    if ((punct_eq(s, j, '.') || punct_eq(s, j, ',') || punct_eq(s, j, ':')) &&
        adjacent(s, j + 1) && at(s, j + 1)->kind == T_NUM)
      return -1;
  }
  *year = (int)v;
  return j;
}

/* A year after a day or month, optionally after a comma. */
static int year_after(const scan *s, int k, int *year) {
  int j = year_at(s, k, year);
  if (j < 0 && punct_eq(s, k, ',')) j = year_at(s, k + 1, year);
  return j;
}

/* MONTH [DAY] [[,] YEAR]; a bare month only when BARE_OK. */
static int month_led(const scan *s, int k, int bare_ok, core *c) {
  int m = 0, abbr = 0, d = 0, y = 0;
  int j = month_word(s, k, &m, &abbr);
  if (j < 0) return 0;
  int j2 = day_at(s, j, &d);
  if (j2 >= 0 && d <= month_len(2000, m)) {
    int j3 = year_after(s, j2, &y);
    if (j3 >= 0) {
      if (d > month_len(y, m)) return 0;
      *c = (core){C_FULL, y, m, d, j3};
    } else {
      *c = (core){C_MD, 0, m, d, j2};
    }
    return 1;
  }
  int j3 = year_after(s, j, &y);
  if (j3 >= 0) { *c = (core){C_MY, y, m, 0, j3}; return 1; }
  if (bare_ok && !abbr) { *c = (core){C_M, 0, m, 0, j}; return 1; }
  return 0;
}

/* DAY [of] MONTH [[,] YEAR]: "24 November", "24th of Nov. 2015". */
static int day_led(const scan *s, int k, core *c) {
  int m = 0, abbr = 0, d = 0, y = 0;
  int j = day_at(s, k, &d);
  if (j < 0) return 0;
  if (word_eq(s, j, W_of)) j++;
  j = month_word(s, j, &m, &abbr);
  if (j < 0 || d > month_len(2000, m)) return 0;
  int j2 = year_after(s, j, &y);
  if (j2 >= 0) {
    if (d > month_len(y, m)) return 0;
    *c = (core){C_FULL, y, m, d, j2};
  } else {
    *c = (core){C_MD, 0, m, d, j};
  }
  return 1;
}

/* YYYY-MM-DD written in the text. */
static int iso_at(const scan *s, int k, core *c) {
  size_t n1 = 0, n2 = 0, n3 = 0;
  long y = num_value(s, k, &n1), m = num_value(s, k + 2, &n2), d = num_value(s, k + 4, &n3);
  if (n1 != 4 || n2 != 2 || n3 != 2 || y < 1000 || m < 1 || m > 12 ||
      d < 1 || d > month_len((int)y, (int)m))
    return 0;
  if (!punct_eq(s, k + 1, '-') || !punct_eq(s, k + 3, '-') || !adjacent(s, k + 1) ||
      !adjacent(s, k + 2) || !adjacent(s, k + 3) || !adjacent(s, k + 4))
    return 0;
  if (adjacent(s, k) && at(s, k - 1)->kind != T_PUNCT) return 0;
  /* A following "T" starts a time of day; other letters or digits mean
   * this is some identifier. */
  if (adjacent(s, k + 5) && at(s, k + 5)->kind != T_PUNCT && !word_eq(s, k + 5, W_t))
    return 0;
  *c = (core){C_FULL, (int)y, (int)m, (int)d, k + 5};
  return 1;
}

/* A bare year: after a cue word (CUE) or as "2014's". */
static int year_only(const scan *s, int k, int cue, core *c) {
  int y = 0;
  int j = year_at(s, k, &y);
  if (j < 0) return 0;
  if (cue) {
    if (word_in(s, j, count_nouns) >= 0) return 0;
  } else if (!(punct_eq(s, j, '\'') && adjacent(s, j) && word_eq(s, j + 1, W_s) &&
               adjacent(s, j + 1))) {
    return 0;
  }
  *c = (core){C_Y, y, 0, 0, j};
  return 1;
}

/* ---- resolution --------------------------------------------------------- */

static int after_doc(const scan *s, const gd_ymd *v) {
  if (!s->have_doc) return 0;
  const gd_ymd *d = &s->doc;
  if (v->y != d->y || v->m == 0) return v->y > d->y;
  if (v->m != d->m || v->d == 0) return v->m > d->m;
  return v->d > d->d;
}

static int finish(const scan *s, hit *h, int y, int m, int d, int relative,
                  int future, int end) {
  h->v = (gd_ymd){y, m, d};
  if (!gd_date_valid(&h->v)) return 0;
  h->relative = relative;
  h->future = future || after_doc(s, &h->v);
  h->end = end;
  return 1;
}

static int from_doc(const scan *s, hit *h, int days, int future, int end) {
  gd_ymd v = s->doc;
  gd_date_add_days(&v, days);
  return finish(s, h, v.y, v.m, v.d, 1, future, end);
}

static int resolve_core(const scan *s, const core *c, int mode, hit *h) {
  const gd_ymd *doc = &s->doc;
  switch (c->kind) {
  case C_FULL: return finish(s, h, c->y, c->m, c->d, 0, 0, c->end);
  case C_MY: return finish(s, h, c->y, c->m, 0, 0, 0, c->end);
  case C_Y: return finish(s, h, c->y, 0, 0, 0, 0, c->end);
  case C_MD: {
    if (!s->have_doc) return 0;
    /* A date more than about two months ahead of the article is last
     * year's ("Dec. 28" in a January article). */
    int y = doc->y;
    if (c->d <= month_len(y, c->m) &&
        days_from_civil(y, c->m, c->d) - days_from_civil(doc->y, doc->m, doc->d) > 62)
      y--;
    if (c->d > month_len(y, c->m)) return 0;
    return finish(s, h, y, c->m, c->d, 1, 0, c->end);
  }
  case C_M: {
    if (!s->have_doc) return 0;
    int y = doc->y, future = 0;
    switch (mode) {
    case M_LAST: if (c->m >= doc->m) y--; break;
    case M_NEXT: if (c->m <= doc->m) y++; future = 1; break;
    case M_THIS: break;
    default: if (c->m > doc->m) y--; break;
    }
    return finish(s, h, y, c->m, 0, 1, future, c->end);
  }
  default: return 0;
  }
}

static int resolve_weekday(const scan *s, int wd, int mode, int end, hit *h) {
  if (!s->have_doc) return 0;
  int dw = gd_date_weekday(&s->doc);
  if (mode == M_NEXT) {
    int fwd = (wd - dw + 7) % 7;
    return from_doc(s, h, fwd ? fwd : 7, 1, end);
  }
  int back = (dw - wd + 7) % 7;
  if (mode == M_LAST && back == 0) back = 7;
  return from_doc(s, h, -back, 0, end);
}

/* "week", "month" or "year" at K after last/this/next. */
static int unit_at(const scan *s, int k, int mode, int future, hit *h) {
  if (!s->have_doc) return 0;
  gd_ymd v = s->doc;
  int delta = mode == M_LAST ? -1 : mode == M_NEXT ? 1 : 0;
  if (mode == M_NEXT) future = 1;
  if (word_eq(s, k, W_week)) {
    gd_date_add_days(&v, 7 * delta);
    return finish(s, h, v.y, v.m, 0, 1, future, k + 1);
  }
  if (word_eq(s, k, W_month)) {
    add_months(&v, delta);
    return finish(s, h, v.y, v.m, 0, 1, future, k + 1);
  }
  if (word_eq(s, k, W_year)) return finish(s, h, v.y + delta, 0, 0, 1, future, k + 1);
  return 0;
}

/* A weekday or a bare month after last/next/this/"this coming". */
static int named_at(const scan *s, int k, int mode, hit *h) {
  int wd = word_in(s, k, weekday_names);
  if (wd >= 0) {
    int j = k + 1;
    if (word_in(s, j, day_parts) >= 0) j++;
    return resolve_weekday(s, wd, mode, j, h);
  }
  core c;
  if (month_led(s, k, 1, &c) && c.kind == C_M) return resolve_core(s, &c, mode, h);
  return 0;
}

/* "N days ago", "a week ago", "two months ago", "a year ago". */
static int ago_at(const scan *s, int k, hit *h) {
  size_t nd = 0;
  long n = num_value(s, k, &nd);
  if (n < 1 || nd > 3) {
    int i = word_in(s, k, count_words);
    if (i < 0) return 0;
    n = count_word_num[i];
  }
  int u = word_in(s, k + 1, units);
  if (u < 0 || !word_eq(s, k + 2, W_ago) || !s->have_doc) return 0;
  gd_ymd v = s->doc;
  switch (u / 2) {
  case 0: return from_doc(s, h, (int)-n, 0, k + 3);
  case 1: return from_doc(s, h, (int)(-7 * n), 0, k + 3);
  case 2: add_months(&v, (int)-n); return finish(s, h, v.y, v.m, 0, 1, 0, k + 3);
  default: return finish(s, h, v.y - (int)n, 0, 0, 1, 0, k + 3);
  }
}

/* Every pattern that starts at token K; CUE tells whether the word before
 * makes a bare month or year a date.  DEPTH stops "early late ...". */
static int match_at(const scan *s, int k, int cue, int depth, hit *h) {
  core c;
  if (word_eq(s, k, W_last)) {
    if (word_eq(s, k + 1, W_night)) return s->have_doc && from_doc(s, h, -1, 0, k + 2);
    return unit_at(s, k + 1, M_LAST, 0, h) || named_at(s, k + 1, M_LAST, h);
  }
  if (word_eq(s, k, W_next))
    return unit_at(s, k + 1, M_NEXT, 0, h) || named_at(s, k + 1, M_NEXT, h);
  if (word_eq(s, k, W_this)) {
    if (word_eq(s, k + 1, W_coming)) return named_at(s, k + 2, M_NEXT, h);
    if (word_in(s, k + 1, day_parts) >= 0 && s->have_doc) return from_doc(s, h, 0, 0, k + 2);
    return unit_at(s, k + 1, M_THIS, 0, h) || named_at(s, k + 1, M_THIS, h);
  }
  if (word_eq(s, k, W_earlier) || word_eq(s, k, W_later)) {
    int later = word_eq(s, k, W_later);
    if (word_eq(s, k + 1, W_today) && s->have_doc) return from_doc(s, h, 0, later, k + 2);
    return word_eq(s, k + 1, W_this) && unit_at(s, k + 2, M_THIS, later, h);
  }
  if (depth == 0 && (word_eq(s, k, W_early) || word_eq(s, k, W_late) || word_eq(s, k, W_mid))) {
    int j = punct_eq(s, k + 1, '-') && adjacent(s, k + 1) ? k + 2 : k + 1;
    return match_at(s, j, 1, 1, h);
  }
  if (word_eq(s, k, W_today) || word_eq(s, k, W_tonight))
    return s->have_doc && from_doc(s, h, 0, 0, k + 1);
  if (word_eq(s, k, W_yesterday)) return s->have_doc && from_doc(s, h, -1, 0, k + 1);
  if (word_eq(s, k, W_tomorrow)) return s->have_doc && from_doc(s, h, 1, 1, k + 1);
  {
    int j = word_eq(s, k, W_the) ? k + 1 : k;
    if (word_eq(s, j, W_day) && s->have_doc) {
      if (word_eq(s, j + 1, W_before) && word_eq(s, j + 2, W_yesterday))
        return from_doc(s, h, -2, 0, j + 3);
      if (word_eq(s, j + 1, W_after) && word_eq(s, j + 2, W_tomorrow))
        return from_doc(s, h, 2, 1, j + 3);
    }
  }
  int wd = word_in(s, k, weekday_names);
  if (wd >= 0) {
    /* "Tuesday, Nov. 24" names the date itself. */
    int j = punct_eq(s, k + 1, ',') ? k + 2 : k + 1;
    if ((month_led(s, j, 0, &c) || day_led(s, j, &c)) && (c.kind == C_FULL || c.kind == C_MD))
      return resolve_core(s, &c, M_PLAIN, h);
    j = k + 1;
    if (word_in(s, j, day_parts) >= 0) j++;
    return resolve_weekday(s, wd, M_PLAIN, j, h);
  }
  if (iso_at(s, k, &c) || month_led(s, k, cue, &c) || day_led(s, k, &c) ||
      year_only(s, k, cue, &c))
    return resolve_core(s, &c, M_PLAIN, h);
  return ago_at(s, k, h);
}

/* ---- the scan ----------------------------------------------------------- */

size_t gd_date_find(const char *text, size_t len, const gd_ymd *doc,
                    gd_date_expr *out, size_t max) {
  if (!text || !out) return 0;
  scan s;
  memset(&s, 0, sizeof s);
  s.text = text;
  s.have_doc = full_date(doc);
  if (s.have_doc) s.doc = *doc;
  for (int k = 0; k < BEHIND; k++) s.w[k] = (tok){0, 0, T_END, 0, W_NONE};
  int filled = BEHIND;            /* s.w[BEHIND..filled) already read */
  size_t last_end = (size_t)-1;   /* where the last date found ended */
  size_t n = 0;
  /* The window slides over the text and each token is read once; every
   * step looks at a fixed number of tokens, so the scan is linear. */
  while (n < max) {
    size_t p = filled > BEHIND ? s.w[filled - 1].e : s.w[BEHIND - 1].e;
    for (int k = filled; k < WIN; k++) {
      s.w[k] = next_tok(text, len, p);
      p = s.w[k].e;
    }
    const int k0 = BEHIND;
    if (s.w[k0].kind == T_END) break;
    /* No pattern starts with a word that is not in DATE_WORDS. */
    int plain = s.w[k0].kind == T_WORD && s.w[k0].wid == W_NONE;
    int cue = !plain && (word_in(&s, k0 - 1, cues) >= 0 ||
                         (at(&s, k0 - 2)->kind != T_END && at(&s, k0 - 2)->e == last_end &&
                          (word_in(&s, k0 - 1, joins) >= 0 || punct_eq(&s, k0 - 1, '-'))));
    hit h;
    int last = k0;
    if (!plain && match_at(&s, k0, cue, 0, &h)) {
      last = h.end - 1;
      out[n].begin = s.w[k0].b;
      out[n].end = s.w[last].e;
      out[n].value = h.v;
      out[n].relative = h.relative;
      out[n].future = h.future;
      n++;
      last_end = s.w[last].e;
    }
    /* Keep the consumed tokens' last BEHIND as context, shift the rest. */
    int shift = last + 1 - BEHIND;
    memmove(s.w, s.w + shift, sizeof(tok) * (size_t)(WIN - shift));
    filled = WIN - shift;
  }
  return n;
}
