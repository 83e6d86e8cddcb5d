/* geordf: finds date expressions in news text and resolves them against the
 * publication date.
 * SPDX-License-Identifier: MIT */
#include "date.h"
#include "hash.h"

#include <stddef.h>
#include <stdlib.h>
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

/* ---- date words --------------------------------------------------------- */

static const char *const kind_names[GD_DATE_KINDS] = {
  "month", "month-abbreviation", "weekday", "day-part", "day-deixis", "date-shift", "date-side",
  "period-part", "date-lead", "date-join", "day-of", "ordinal-suffix", "count-noun", "count-word",
  "time-unit", "time-units", "ago", "time-clause"};

#define WORD_MAX 16   /* the longest word, with its NUL */
#define FORM_MAX 4    /* words of the longest form */

typedef struct {
  char w[WORD_MAX];        /* lower case */
  unsigned char len;
  unsigned kinds;          /* bit set of the GD_DATE_ kinds of its one-word forms */
  unsigned caps;           /* those it has only when capitalized */
  unsigned starts;         /* the kinds of the longer forms it starts */
  short num[GD_DATE_KINDS];
} dword;

/* A form of several words, as indices of their dwords. */
typedef struct {
  int kind, num, n;
  unsigned short w[FORM_MAX];
} dform;

struct gd_date_words {
  dword *v;                /* in the order added: indices stay */
  gd_hindex ix;            /* word -> index in v */
  size_t n, cap;
  dform *f;
  size_t nf, capf;
};

int gd_date_kind(const char *name) {
  for (int k = 0; name && k < GD_DATE_KINDS; k++)
    if (!strcmp(name, kind_names[k])) return k;
  return -1;
}

const char *gd_date_kind_name(int kind) {
  return kind >= 0 && kind < GD_DATE_KINDS ? kind_names[kind] : NULL;
}

int gd_date_kind_numbered(int kind) {
  switch (kind) {
  case GD_DATE_MONTH: case GD_DATE_MONTH_ABBR: case GD_DATE_WEEKDAY: case GD_DATE_DEIXIS:
  case GD_DATE_SHIFT: case GD_DATE_SIDE: case GD_DATE_COUNT_WORD: case GD_DATE_UNIT:
  case GD_DATE_UNITS:
    return 1;
  default:
    return 0;
  }
}

/* Whether KIND takes NUMBER. */
static int number_ok(int kind, int n) {
  switch (kind) {
  case GD_DATE_MONTH: case GD_DATE_MONTH_ABBR: return n >= 1 && n <= 12;
  case GD_DATE_WEEKDAY: return n >= 1 && n <= 7;
  case GD_DATE_DEIXIS: return n >= -366 && n <= 366;
  case GD_DATE_SHIFT: return n >= -1 && n <= 1;
  case GD_DATE_SIDE: return n == -1 || n == 1;
  case GD_DATE_COUNT_WORD: return n >= 1 && n <= 99;
  case GD_DATE_UNIT: case GD_DATE_UNITS: return n == 1 || n == 7 || n == 30 || n == 365;
  default: return n == 0;
  }
}

gd_date_words *gd_date_words_new(void) { return calloc(1, sizeof(gd_date_words)); }

void gd_date_words_free(gd_date_words *w) {
  if (!w) return;
  free(w->v);
  gd_hindex_free(&w->ix);
  free(w->f);
  free(w);
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static uint32_t word_tag(const char *s, size_t n) { return gd_hash_tag(gd_fnv1a(s, n)); }

/* The slot of the word S[0..N) (lower case) in W's index: its entry, or
 * the free slot where it belongs. */
static gd_hslot *find_word(const gd_date_words *w, const char *s, size_t n, uint32_t tag) {
  gd_hslot *h;
  for (h = gd_hindex_first(&w->ix, tag); h->ix; h = gd_hindex_next(&w->ix, h)) {
    const dword *d = &w->v[h->ix - 1];
    if (h->tag == tag && d->len == n && !memcmp(d->w, s, n)) break;
  }
  return h;
}

static const dword *lookup(const gd_date_words *w, const char *s, size_t n) {
  if (n == 0 || n >= WORD_MAX) return NULL;
  const gd_hslot *h = find_word(w, s, n, word_tag(s, n));
  return h->ix ? &w->v[h->ix - 1] : NULL;
}

/* The index in W->v of the word S[0..N) (lower case), added if new; -1
 * when memory ran out. */
static long intern(gd_date_words *w, const char *s, size_t n) {
  uint32_t tag = word_tag(s, n);
  gd_hslot *h = find_word(w, s, n, tag);
  if (h->ix) return (long)h->ix - 1;
  if (w->n >= 65535 || gd_hindex_reserve(&w->ix, 1)) return -1;
  if (w->n == w->cap) {
    size_t cap = w->cap ? w->cap * 2 : 256;
    dword *v = realloc(w->v, cap * sizeof *v);
    if (!v) return -1;
    w->v = v;
    w->cap = cap;
  }
  dword *d = &w->v[w->n];
  memset(d, 0, sizeof *d);
  memcpy(d->w, s, n);
  d->len = (unsigned char)n;
  gd_hindex_put(&w->ix, find_word(w, s, n, tag), tag, w->n);
  return (long)w->n++;
}

int gd_date_words_add(gd_date_words *w, int kind, const char *form, int number) {
  if (!w || !form || kind < 0 || kind >= GD_DATE_KINDS || !number_ok(kind, number)) return -2;
  /* words of ASCII letters, one space apart */
  char low[FORM_MAX][WORD_MAX];
  size_t len[FORM_MAX];
  int nw = 0;
  const char *p = form;
  for (;;) {
    size_t n = 0;
    while (is_alpha((unsigned char)p[n])) n++;
    if (n == 0 || n >= WORD_MAX || nw == FORM_MAX) return -2;
    for (size_t i = 0; i < n; i++) low[nw][i] = (char)lower((unsigned char)p[i]);
    len[nw++] = n;
    p += n;
    if (!*p) break;
    if (*p != ' ') return -2;
    p++;
  }
  if (nw > 1 && kind != GD_DATE_DEIXIS && kind != GD_DATE_SHIFT) return -2;
  long ix[FORM_MAX] = {0}; /* (nw >= 1: the loop above ran) */
  for (int i = 0; i < nw; i++)
    if ((ix[i] = intern(w, low[i], len[i])) < 0) return -1;
  unsigned bit = 1u << kind;
  dword *d = &w->v[ix[0]];
  if (nw == 1) {
    /* "May" only when capitalized, unless "may" is a form too. */
    int caps = form[0] >= 'A' && form[0] <= 'Z';
    if (!caps) d->caps &= ~bit;
    else if (!(d->kinds & bit)) d->caps |= bit;
    d->kinds |= bit;
    d->num[kind] = (short)number;
    return 0;
  }
  if (w->nf == w->capf) {
    size_t cap = w->capf ? w->capf * 2 : 16;
    dform *v = realloc(w->f, cap * sizeof *v);
    if (!v) return -1;
    w->f = v;
    w->capf = cap;
  }
  dform *f = &w->f[w->nf++];
  f->kind = kind;
  f->num = number;
  f->n = nw;
  for (int i = 0; i < nw; i++) f->w[i] = (unsigned short)ix[i];
  d->starts |= bit;
  return 0;
}

int gd_date_words_has(const gd_date_words *w, int kind, const char *form, int *number) {
  if (!w || !form || kind < 0 || kind >= GD_DATE_KINDS) return 0;
  const dword *d = lookup(w, form, strlen(form));
  if (!d || !(d->kinds & (1u << kind))) return 0;
  if (number) *number = d->num[kind];
  return 1;
}

/* ---- pieces ------------------------------------------------------------- */

/* The patterns read pieces: a run of digits, a word, a single mark.  Most
 * tokens of token.c are one piece; one that joins several ("24th",
 * "mid-2015", "2015-11-24", "Nov.", "'s") is read in its pieces, so that a
 * date reads the same however the tokenizer joined it. */
enum { T_END, T_WORD, T_NUM, T_PUNCT };

typedef struct {
  size_t b, e;      /* byte span */
  int kind;
  char ch;          /* T_PUNCT: the character, curly quotes and dashes folded */
  unsigned kinds;   /* T_WORD: its GD_DATE_ kinds, capitals considered */
  const dword *dw;  /* T_WORD: its date word, or NULL */
} tok;

/* Pieces kept around the current position: two behind (cues such as "in"
 * and "May and June") and enough ahead for the longest pattern
 * ("mid - Tuesday , Nov . 24 th , 2015" plus a look at what follows). */
#define BEHIND 2
#define WIN 18
#define WIN_SLIDE 64      /* steps the window slides before it is copied */

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

typedef struct {
  const gd_date_words *words;
  const gd_tokens *t;
  const char *text;
  size_t i, te;     /* the next token, and the end of the sentence */
  size_t pos;       /* inside token i (when INSIDE): where its next piece starts */
  int inside;
  gd_ymd doc;
  int have_doc;
  tok *w;           /* the window: w[0..BEHIND) are the pieces before the
                       current one; it slides along BUF and is copied back
                       to its start only when it reaches the end */
  tok buf[WIN + WIN_SLIDE];
} scan;

/* Makes P the word LOW[0..N) (lower case), which starts at P->b. */
static void set_word(const scan *s, tok *p, const char *low, size_t n) {
  p->kind = T_WORD;
  p->dw = lookup(s->words, low, n);
  p->kinds = 0;
  if (p->dw) {
    unsigned char c = (unsigned char)s->text[p->b];
    p->kinds = p->dw->kinds & (c >= 'A' && c <= 'Z' ? ~0u : ~p->dw->caps);
  }
}

/* Token K as one piece in *P: a word of ASCII letters, a run of digits or
 * one ASCII mark.  0 when it has to be read in pieces. */
static int whole(const scan *s, const gd_token *k, tok *p) {
  const unsigned char *b = (const unsigned char *)s->text + k->b;
  size_t n = k->e - k->b;
  *p = (tok){k->b, k->e, T_END, 0, 0, NULL};
  if (is_alpha(b[0])) {
    for (size_t i = 1; i < n; i++)
      if (!is_alpha(b[i])) return 0;
    set_word(s, p, k->norm, n);   /* its norm: the letters in lower case */
    return 1;
  }
  if (is_digit(b[0])) {
    for (size_t i = 1; i < n; i++)
      if (!is_digit(b[i])) return 0;
    p->kind = T_NUM;
    return 1;
  }
  if (n == 1 && b[0] > ' ' && b[0] < 0x80) {
    p->kind = T_PUNCT;
    p->ch = (char)b[0];
    return 1;
  }
  return 0;
}

/* The piece of TEXT[POS..END) that starts first. */
static tok split_piece(const scan *s, size_t pos, size_t end) {
  const unsigned char *t = (const unsigned char *)s->text;
  tok p = {end, end, T_END, 0, 0, NULL};
  while (pos < end) {
    char ch = 0;
    size_t k = special_seq(t + pos, end - pos, &ch);
    if (k && ch == ' ') { pos += k; continue; }
    unsigned char c = t[pos];
    if (!k && (c == ' ' || (c >= '\t' && c <= '\r'))) { pos++; continue; }
    p.b = pos;
    if (k) {
      p.e = pos + k; p.kind = T_PUNCT; p.ch = ch;
      return p;
    }
    if (is_digit(c)) {
      while (pos < end && is_digit(t[pos])) pos++;
      p.kind = T_NUM;
    } else if (is_alpha(c) || c >= 0x80) {
      char low[WORD_MAX];
      size_t n = 0;
      int ascii = 1;
      while (pos < end && (is_alpha(t[pos]) || (t[pos] >= 0x80 && !special_seq(t + pos, end - pos, &ch)))) {
        if (t[pos] >= 0x80) ascii = 0;
        else if (n < WORD_MAX) low[n] = (char)lower(t[pos]);
        n++;
        pos++;
      }
      p.e = pos;
      p.kind = T_WORD;
      if (ascii && n < WORD_MAX) set_word(s, &p, low, n);
      return p;
    } else {
      pos++;
      p.kind = T_PUNCT; p.ch = (char)c;
    }
    p.e = pos;
    return p;
  }
  return p;
}

/* The next piece of the sentence. */
static tok next_piece(scan *s) {
  static const tok end = {0, 0, T_END, 0, 0, NULL};
  while (s->i < s->te) {
    const gd_token *k = &s->t->tok[s->i];
    tok p;
    if (!s->inside) {
      if (whole(s, k, &p)) { s->i++; return p; }
      s->inside = 1;
      s->pos = k->b;
    }
    p = split_piece(s, s->pos, k->e);
    if (p.kind != T_END) { s->pos = p.e; return p; }
    s->inside = 0;
    s->i++;
  }
  return end;
}

static const tok *at(const scan *s, int k) {
  static const tok end = {0, 0, T_END, 0, 0, NULL};
  return k >= 0 && k < WIN ? &s->w[k] : &end;
}

/* Whether piece K is a word of KIND; its number. */
static int is_kind(const scan *s, int k, int kind) { return (at(s, k)->kinds >> kind) & 1; }
static int num_of(const scan *s, int k, int kind) { return at(s, k)->dw->num[kind]; }

/* The end of the longest form of KIND at piece K, with its number in *NUM;
 * -1 when none is there. */
static int form_at(const scan *s, int k, int kind, int *num) {
  const tok *t = at(s, k);
  int best = -1;
  if (!t->dw) return -1;
  if ((t->kinds >> kind) & 1) { best = k + 1; *num = t->dw->num[kind]; }
  if ((t->dw->starts >> kind) & 1) {
    const gd_date_words *w = s->words;
    for (size_t i = 0; i < w->nf; i++) {
      const dform *f = &w->f[i];
      if (f->kind != kind || k + f->n <= best) continue;
      int q = 0;
      while (q < f->n && at(s, k + q)->dw == &w->v[f->w[q]]) q++;
      if (q == f->n) { best = k + f->n; *num = f->num; }
    }
  }
  return best;
}

static int punct_eq(const scan *s, int k, char ch) {
  return at(s, k)->kind == T_PUNCT && at(s, k)->ch == ch;
}

/* The one-letter word C (either case) at piece K: the "T" of a time, the
 * "s" of "2014's". */
static int letter_eq(const scan *s, int k, char c) {
  const tok *t = at(s, k);
  return t->kind == T_WORD && t->e - t->b == 1 && lower((unsigned char)s->text[t->b]) == c;
}

/* No space between piece K and the one before it. */
static int adjacent(const scan *s, int k) {
  return k >= 1 && at(s, k)->kind != T_END && at(s, k - 1)->kind != T_END &&
         at(s, k)->b == at(s, k - 1)->e;
}

/* Value of a number piece of at most 9 digits, with its digit count; -1 for
 * anything else. */
static long num_value(const scan *s, int k, size_t *ndig) {
  const tok *t = at(s, k);
  if (t->kind != T_NUM || t->e - t->b > 9) return -1;
  long v = 0;
  for (size_t i = t->b; i < t->e; i++) v = v * 10 + (s->text[i] - '0');
  *ndig = t->e - t->b;
  return v;
}

/* ---- pattern pieces ----------------------------------------------------- */

/* How a bare month or weekday is placed relative to the document date. */
enum { M_PLAIN, M_LAST, M_NEXT, M_THIS };

/* What a pattern recognised, before resolution. */
enum { C_FULL = 1, C_MD, C_MY, C_M, C_Y };
typedef struct { int kind, y, m, d, end; } core;

/* The result of one match: value, flags and the token after it. */
typedef struct { gd_ymd v; int relative, future, weekday, end; } hit;

/* Month name at K ("Nov" and "Nov." when *ABBR).  (May, March and August
 * are also ordinary words: the lexicon has them only capitalised.) */
static int month_word(const scan *s, int k, int *m, int *abbr) {
  if (is_kind(s, k, GD_DATE_MONTH)) {
    *m = num_of(s, k, GD_DATE_MONTH); *abbr = 0;
    return k + 1;
  }
  if (!is_kind(s, k, GD_DATE_MONTH_ABBR)) return -1;
  *m = num_of(s, k, GD_DATE_MONTH_ABBR); *abbr = 1;
  return punct_eq(s, k + 1, '.') && adjacent(s, k + 1) ? k + 2 : k + 1;
}

/* A day of month 1-31 at K with an optional ordinal suffix ("24th"). */
static int day_at(const scan *s, int k, int *day) {
  size_t nd = 0;
  long v = num_value(s, k, &nd);
  if (v < 1 || v > 31 || nd > 2) return -1;
  int j = k + 1;
  if (adjacent(s, j)) {
    if (is_kind(s, j, GD_DATE_ORDINAL)) j++;
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
  if (is_kind(s, j, GD_DATE_OF)) j++;
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
  if (adjacent(s, k + 5) && at(s, k + 5)->kind != T_PUNCT && !letter_eq(s, k + 5, 't'))
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
    if (is_kind(s, j, GD_DATE_COUNT_NOUN)) return 0;
  } else if (!(punct_eq(s, j, '\'') && adjacent(s, j) && letter_eq(s, j + 1, 's') &&
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
  h->weekday = 0;
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
  int dw = gd_date_weekday(&s->doc), ok;
  if (mode == M_NEXT) {
    int fwd = (wd - dw + 7) % 7;
    ok = from_doc(s, h, fwd ? fwd : 7, 1, end);
  } else {
    int back = (dw - wd + 7) % 7;
    if (mode == M_LAST && back == 0) back = 7;
    ok = from_doc(s, h, -back, 0, end);
  }
  h->weekday = ok;
  return ok;
}

/* "week", "month" or "year" at K after last/this/next. */
static int unit_at(const scan *s, int k, int mode, int future, hit *h) {
  if (!s->have_doc || !is_kind(s, k, GD_DATE_UNIT)) return 0;
  gd_ymd v = s->doc;
  int delta = mode == M_LAST ? -1 : mode == M_NEXT ? 1 : 0;
  if (mode == M_NEXT) future = 1;
  switch (num_of(s, k, GD_DATE_UNIT)) {
  case 7:
    gd_date_add_days(&v, 7 * delta);
    return finish(s, h, v.y, v.m, 0, 1, future, k + 1);
  case 30:
    add_months(&v, delta);
    return finish(s, h, v.y, v.m, 0, 1, future, k + 1);
  case 365: return finish(s, h, v.y + delta, 0, 0, 1, future, k + 1);
  default: return 0;   /* "last day" */
  }
}

/* A weekday or a bare month after last/next/this/"this coming". */
static int named_at(const scan *s, int k, int mode, hit *h) {
  if (is_kind(s, k, GD_DATE_WEEKDAY)) {
    int j = k + 1;
    if (is_kind(s, j, GD_DATE_DAY_PART)) j++;
    return resolve_weekday(s, num_of(s, k, GD_DATE_WEEKDAY) - 1, mode, j, h);
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
    if (!is_kind(s, k, GD_DATE_COUNT_WORD)) return 0;
    n = num_of(s, k, GD_DATE_COUNT_WORD);
  }
  int u = is_kind(s, k + 1, GD_DATE_UNIT)    ? GD_DATE_UNIT
          : is_kind(s, k + 1, GD_DATE_UNITS) ? GD_DATE_UNITS
                                             : -1;
  if (u < 0 || !is_kind(s, k + 2, GD_DATE_AGO) || !s->have_doc) return 0;
  gd_ymd v = s->doc;
  switch (num_of(s, k + 1, u)) {
  case 1: return from_doc(s, h, (int)-n, 0, k + 3);
  case 7: return from_doc(s, h, (int)(-7 * n), 0, k + 3);
  case 30: add_months(&v, (int)-n); return finish(s, h, v.y, v.m, 0, 1, 0, k + 3);
  default: return finish(s, h, v.y - (int)n, 0, 0, 1, 0, k + 3);
  }
}

/* Every pattern that starts at piece K; CUE tells whether the word before
 * makes a bare month or year a date.  DEPTH stops "early late ...". */
static int match_at(const scan *s, int k, int cue, int depth, hit *h) {
  core c;
  int n = 0, j;
  /* "yesterday", "last night", "the day after tomorrow" */
  if ((j = form_at(s, k, GD_DATE_DEIXIS, &n)) >= 0) return s->have_doc && from_doc(s, h, n, n > 0, j);
  /* "last June", "next week", "this coming Monday", "this morning" */
  if ((j = form_at(s, k, GD_DATE_SHIFT, &n)) >= 0) {
    int mode = n < 0 ? M_LAST : n > 0 ? M_NEXT : M_THIS;
    if (mode == M_THIS && is_kind(s, j, GD_DATE_DAY_PART) && s->have_doc) return from_doc(s, h, 0, 0, j + 1);
    return unit_at(s, j, mode, 0, h) || named_at(s, j, mode, h);
  }
  /* "earlier today", "later this year" */
  if (is_kind(s, k, GD_DATE_SIDE)) {
    int later = num_of(s, k, GD_DATE_SIDE) > 0;
    if (form_at(s, k + 1, GD_DATE_DEIXIS, &n) == k + 2 && n == 0 && s->have_doc)
      return from_doc(s, h, 0, later, k + 2);
    return form_at(s, k + 1, GD_DATE_SHIFT, &n) == k + 2 && n == 0 && unit_at(s, k + 2, M_THIS, later, h);
  }
  /* "early June", "mid-2015" */
  if (depth == 0 && is_kind(s, k, GD_DATE_PERIOD_PART)) {
    j = punct_eq(s, k + 1, '-') && adjacent(s, k + 1) ? k + 2 : k + 1;
    return match_at(s, j, 1, 1, h);
  }
  if (is_kind(s, k, GD_DATE_WEEKDAY)) {
    /* "Tuesday, Nov. 24" names the date itself. */
    j = punct_eq(s, k + 1, ',') ? k + 2 : k + 1;
    if ((month_led(s, j, 0, &c) || day_led(s, j, &c)) && (c.kind == C_FULL || c.kind == C_MD)) {
      if (!resolve_core(s, &c, M_PLAIN, h)) return 0;
      h->weekday = 1;
      return 1;
    }
    j = k + 1;
    if (is_kind(s, j, GD_DATE_DAY_PART)) j++;
    return resolve_weekday(s, num_of(s, k, GD_DATE_WEEKDAY) - 1, M_PLAIN, j, h);
  }
  if (iso_at(s, k, &c) || month_led(s, k, cue, &c) || day_led(s, k, &c) ||
      year_only(s, k, cue, &c))
    return resolve_core(s, &c, M_PLAIN, h);
  return ago_at(s, k, h);
}

/* ---- the scan ----------------------------------------------------------- */

size_t gd_date_find(const gd_date_words *w, const gd_tokens *t, size_t tb, size_t te, const char *text,
                    const gd_ymd *doc, gd_date_expr *out, size_t max) {
  if (!w || !t || !text || !out) return 0;
  scan s;
  memset(&s, 0, offsetof(scan, buf));
  memset(s.buf, 0, sizeof(tok) * BEHIND);
  s.w = s.buf;
  s.words = w;
  s.t = t;
  s.text = text;
  s.i = tb;
  s.te = te < t->ntok ? te : t->ntok;
  s.have_doc = full_date(doc);
  if (s.have_doc) s.doc = *doc;
  int filled = BEHIND;            /* s.w[BEHIND..filled) already read */
  size_t last_end = (size_t)-1;   /* where the last date found ended */
  size_t n = 0;
  /* The window slides over the pieces and each is read once; every step
   * looks at a fixed number of pieces, so the scan is linear. */
  while (n < max) {
    for (int k = filled; k < WIN; k++) s.w[k] = next_piece(&s);
    const int k0 = BEHIND;
    if (s.w[k0].kind == T_END) break;
    /* No pattern starts with a word that is no date word. */
    int plain = s.w[k0].kind == T_WORD && !s.w[k0].dw;
    /* (A bare year is also a date set off by a comma before a clause of
     * time: "still remember 2014, when Moscow began", "unlike 1999, when".) */
    int cue = !plain && (is_kind(&s, k0 - 1, GD_DATE_LEAD) ||
                         (punct_eq(&s, k0 + 1, ',') && is_kind(&s, k0 + 2, GD_DATE_TIME_CLAUSE)) ||
                         (at(&s, k0 - 2)->kind != T_END && at(&s, k0 - 2)->e == last_end &&
                          (is_kind(&s, k0 - 1, GD_DATE_JOIN) || punct_eq(&s, k0 - 1, '-'))));
    hit h;
    int last = k0;
    h.weekday = 0;
    if (!plain && match_at(&s, k0, cue, 0, &h)) {
      last = h.end - 1;
      out[n].begin = s.w[k0].b;
      out[n].end = s.w[last].e;
      out[n].value = h.v;
      out[n].relative = h.relative;
      out[n].future = h.future;
      out[n].weekday = h.weekday;
      n++;
      last_end = s.w[last].e;
    }
    /* Keep the consumed pieces' last BEHIND as context, shift the rest. */
    int shift = last + 1 - BEHIND;
    if (s.w + shift + WIN > s.buf + WIN + WIN_SLIDE) {
      memmove(s.buf, s.w + shift, sizeof(tok) * (size_t)(WIN - shift));
      s.w = s.buf;
    } else {
      s.w += shift;
    }
    filled = WIN - shift;
  }
  return n;
}
