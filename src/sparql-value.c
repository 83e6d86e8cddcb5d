/* geordf: SPARQL's values and operators as SQL functions over term codes
 * (see sparql-value.h): the context that decodes and interns terms, the
 * XSD value rules (promotion, exact decimals, dateTimes), comparisons and
 * the ORDER BY order, casts and aggregates.  The function library (17.4)
 * is in sparql-func.c.
 *
 * Decimals and integers are exact: a 128-bit mantissa with a decimal
 * scale (value = m / 10^s).  A result too large for it is an error, never
 * a rounded number; only fractional digits beyond 30 are cut (products)
 * or rounded (quotients, to 24 digits more than the operands), which
 * XPath leaves to implementations.  Literals beyond that (38 digits, 30
 * fractional ones) are not values we compute with: they compare only as
 * terms.
 * SPDX-License-Identifier: MIT */
#include "sparql-value-int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "hash.h"

/* ---- exact decimals ------------------------------------------------------- */

#define DEC_MAX_SCALE 30
static const i128 I128_MAX = (i128)(((unsigned __int128)1 << 127) - 1);

void sp_dec_norm(sp_dec *a) {
  while (a->s > 0 && a->m % 10 == 0) { a->m /= 10; a->s--; }
  if (a->m == 0) a->s = 0;
}

/* A and B at one scale; -1 when that overflows. */
static int dec_align(sp_dec *a, sp_dec *b) {
  while (a->s < b->s) {
    if (__builtin_mul_overflow(a->m, (i128)10, &a->m)) return -1;
    a->s++;
  }
  while (b->s < a->s) {
    if (__builtin_mul_overflow(b->m, (i128)10, &b->m)) return -1;
    b->s++;
  }
  return 0;
}

int sp_dec_add(sp_dec a, sp_dec b, sp_dec *r) {
  if (dec_align(&a, &b)) return -1;
  if (__builtin_add_overflow(a.m, b.m, &r->m)) return -1;
  r->s = a.s;
  sp_dec_norm(r);
  return 0;
}

int sp_dec_sub(sp_dec a, sp_dec b, sp_dec *r) {
  b.m = -b.m;
  return sp_dec_add(a, b, r);
}

int sp_dec_mul(sp_dec a, sp_dec b, sp_dec *r) {
  sp_dec_norm(&a);
  sp_dec_norm(&b);
  if (__builtin_mul_overflow(a.m, b.m, &r->m)) return -1;
  r->s = a.s + b.s;
  while (r->s > DEC_MAX_SCALE) { r->m /= 10; r->s--; }
  sp_dec_norm(r);
  return 0;
}

/* A / B to up to 24 fractional digits beyond the operands' (rounded, as
 * XPath leaves the precision of xsd:decimal division to implementations);
 * -1 for a zero divisor or overflow. */
int sp_dec_div(sp_dec a, sp_dec b, sp_dec *r) {
  sp_dec_norm(&a);
  sp_dec_norm(&b);
  if (b.m == 0) return -1;
  i128 num = a.m, den = b.m;
  int scale = a.s - b.s;
  int extra = 0;
  i128 lim = I128_MAX / 100;
  while (extra < 24 && num % den != 0 && num < lim && num > -lim) { num *= 10; extra++; }
  i128 q = num / den, rem = num % den;
  /* round the last digit half away from zero */
  if (rem != 0) {
    i128 r2 = rem < 0 ? -rem : rem, d2 = den < 0 ? -den : den;
    if (r2 <= I128_MAX / 2 && r2 * 2 >= d2) q += ((num < 0) != (den < 0)) ? -1 : 1;
  }
  scale += extra;
  while (scale < 0) {
    if (__builtin_mul_overflow(q, (i128)10, &q)) return -1;
    scale++;
  }
  r->m = q;
  r->s = scale;
  while (r->s > DEC_MAX_SCALE) { r->m /= 10; r->s--; }
  sp_dec_norm(r);
  return 0;
}

int sp_dec_cmp(sp_dec a, sp_dec b) {
  sp_dec x = a, y = b;
  if (dec_align(&x, &y)) {
    /* too far apart to align (dec_align leaves X and Y half-scaled): the
     * integer parts differ, and decide */
    i128 ia = a.m, ib = b.m;
    for (int i = 0; i < a.s; i++) ia /= 10;
    for (int i = 0; i < b.s; i++) ib /= 10;
    if (ia != ib) return ia < ib ? -1 : 1;
    double dx = sp_dec_to_double(a), dy = sp_dec_to_double(b);
    return dx < dy ? -1 : dx > dy;
  }
  return x.m < y.m ? -1 : x.m > y.m;
}

/* Decimal digits of |M| into BUF (reversed then fixed); returns length. */
static size_t i128_digits(i128 m, char *buf) {
  unsigned __int128 u = m < 0 ? (unsigned __int128)(-(m + 1)) + 1 : (unsigned __int128)m;
  size_t n = 0;
  do { buf[n++] = (char)('0' + (int)(u % 10)); u /= 10; } while (u);
  for (size_t i = 0; i < n / 2; i++) {
    char t = buf[i]; buf[i] = buf[n - 1 - i]; buf[n - 1 - i] = t;
  }
  return n;
}

/* The canonical form of A into BUF (at least 48 bytes): "12", or as a
 * decimal "12.0", "-0.5".  AS_DECIMAL 0 drops ".0" for whole values (the
 * xsd:integer form, and XPath's string of a whole decimal). */
size_t sp_dec_format(sp_dec a, int as_decimal, char *buf) {
  sp_dec_norm(&a);
  char d[48];
  size_t n = i128_digits(a.m, d), o = 0;
  if (a.m < 0) buf[o++] = '-';
  if (a.s == 0) {
    memcpy(buf + o, d, n); o += n;
    if (as_decimal) { memcpy(buf + o, ".0", 2); o += 2; }
  } else if ((size_t)a.s >= n) {
    buf[o++] = '0'; buf[o++] = '.';
    for (size_t i = n; i < (size_t)a.s; i++) buf[o++] = '0';
    memcpy(buf + o, d, n); o += n;
  } else {
    memcpy(buf + o, d, n - (size_t)a.s); o += n - (size_t)a.s;
    buf[o++] = '.';
    memcpy(buf + o, d + n - (size_t)a.s, (size_t)a.s); o += (size_t)a.s;
  }
  buf[o] = 0;
  return o;
}

double sp_dec_to_double(sp_dec a) {
  char buf[64];
  sp_dec_format(a, 0, buf);
  return strtod(buf, NULL);
}

/* Parses an xsd:decimal (ALLOW_POINT) or xsd:integer lexical form
 * [+-]?digits(.digits)?; 0 or -1 (bad form or too many digits). */
int sp_dec_parse(const char *s, size_t len, int allow_point, sp_dec *out) {
  size_t i = 0;
  int neg = 0, digits = 0, point = 0;
  i128 m = 0;
  int scale = 0;
  if (i < len && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  for (; i < len; i++) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits++;
      if (point && scale >= DEC_MAX_SCALE) {
        if (c != '0') return -1; /* a digit we cannot keep: no silent rounding */
        continue;
      }
      if (__builtin_mul_overflow(m, (i128)10, &m) || __builtin_add_overflow(m, (i128)(c - '0'), &m))
        return -1;
      if (point) scale++;
    } else if (c == '.' && allow_point && !point) {
      point = 1;
    } else {
      return -1;
    }
  }
  if (!digits) return -1;
  out->m = neg ? -m : m;
  out->s = scale;
  sp_dec_norm(out);
  return 0;
}

/* A double as an exact decimal (its shortest round-trip digits); -1 for
 * NaN, infinities or magnitudes beyond our range. */
int sp_dec_from_double(double d, sp_dec *out) {
  if (!isfinite(d)) return -1;
  char buf[64];
  for (int p = 1; p <= 17; p++) {
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    if (strtod(buf, NULL) == d) break;
  }
  char *e = strchr(buf, 'e');
  int ex = e ? atoi(e + 1) : 0;
  if (e) *e = 0;
  sp_dec m;
  if (sp_dec_parse(buf, strlen(buf), 1, &m)) return -1;
  while (ex > 0) {
    if (m.s > 0) m.s--;
    else if (__builtin_mul_overflow(m.m, (i128)10, &m.m)) return -1;
    ex--;
  }
  while (ex < 0) {
    if (m.s >= DEC_MAX_SCALE) m.m /= 10;
    else m.s++;
    ex++;
  }
  sp_dec_norm(&m);
  *out = m;
  return 0;
}

/* ---- doubles and their lexical forms ---------------------------------------- */

/* XSD's canonical double/float form: "1.0E0", "2.5E-1", "NaN", "INF". */
size_t sp_double_format(double d, int is_float, char *buf, size_t cap) {
  if (isnan(d)) return (size_t)snprintf(buf, cap, "NaN");
  if (isinf(d)) return (size_t)snprintf(buf, cap, d < 0 ? "-INF" : "INF");
  if (d == 0) return (size_t)snprintf(buf, cap, signbit(d) ? "-0.0E0" : "0.0E0");
  char tmp[64];
  int maxp = is_float ? 9 : 17;
  for (int p = 1; p <= maxp; p++) {
    snprintf(tmp, sizeof tmp, "%.*e", p - 1, d);
    double back = strtod(tmp, NULL);
    if (is_float ? (float)back == (float)d : back == d) break;
  }
  /* tmp: [-]d[.ddd]e[+-]xx */
  char *e = strchr(tmp, 'e');
  int ex = atoi(e + 1);
  *e = 0;
  char *dot = strchr(tmp, '.');
  if (!dot) return (size_t)snprintf(buf, cap, "%s.0E%d", tmp, ex);
  size_t n = strlen(tmp);
  while (n > 0 && tmp[n - 1] == '0') tmp[--n] = 0;
  if (tmp[n - 1] == '.') tmp[n++] = '0', tmp[n] = 0;
  return (size_t)snprintf(buf, cap, "%sE%d", tmp, ex);
}

/* XPath's string of a double (casting to xsd:string): plain decimal
 * notation between 1e-6 and 1e6, the canonical form elsewhere. */
static size_t double_to_string(double d, int is_float, char *buf, size_t cap) {
  double a = fabs(d);
  if (d == 0) return (size_t)snprintf(buf, cap, signbit(d) ? "-0" : "0");
  if (isfinite(d) && a >= 1e-6 && a < 1e6) {
    sp_dec x;
    if (sp_dec_from_double(is_float ? (double)(float)d : d, &x) == 0) {
      if (is_float) { /* the float's own shortest digits */
        char t[64];
        for (int p = 1; p <= 9; p++) {
          snprintf(t, sizeof t, "%.*e", p - 1, d);
          if ((float)strtod(t, NULL) == (float)d) break;
        }
        sp_dec_from_double(strtod(t, NULL), &x);
      }
      char t[64];
      sp_dec_format(x, 0, t);
      return (size_t)snprintf(buf, cap, "%s", t);
    }
  }
  return sp_double_format(d, is_float, buf, cap);
}

/* XSD float/double lexical forms. */
static int parse_double(const char *s, size_t len, double *out) {
  char buf[128];
  if (len == 0 || len >= sizeof buf) return -1;
  memcpy(buf, s, len);
  buf[len] = 0;
  if (!strcmp(buf, "NaN")) { *out = NAN; return 0; }
  if (!strcmp(buf, "INF") || !strcmp(buf, "+INF")) { *out = INFINITY; return 0; }
  if (!strcmp(buf, "-INF")) { *out = -INFINITY; return 0; }
  size_t i = 0;
  int digits = 0;
  if (buf[i] == '+' || buf[i] == '-') i++;
  while (buf[i] >= '0' && buf[i] <= '9') i++, digits++;
  if (buf[i] == '.') { i++; while (buf[i] >= '0' && buf[i] <= '9') i++, digits++; }
  if (!digits) return -1;
  if (buf[i] == 'e' || buf[i] == 'E') {
    i++;
    if (buf[i] == '+' || buf[i] == '-') i++;
    if (!(buf[i] >= '0' && buf[i] <= '9')) return -1;
    while (buf[i] >= '0' && buf[i] <= '9') i++;
  }
  if (buf[i]) return -1;
  *out = strtod(buf, NULL);
  return 0;
}

/* ---- dateTimes ------------------------------------------------------------- */

static int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static int digits_at(const char *s, size_t len, size_t *i, int n, int *out) {
  int v = 0;
  for (int k = 0; k < n; k++, (*i)++) {
    if (*i >= len || s[*i] < '0' || s[*i] > '9') return -1;
    v = v * 10 + (s[*i] - '0');
  }
  *out = v;
  return 0;
}

/* xsd:dateTime (WITH_TIME) or xsd:date lexical forms. */
static int parse_datetime(const char *s, size_t len, int with_time, sp_dt *t) {
  size_t i = 0;
  int neg = 0;
  memset(t, 0, sizeof *t);
  if (i < len && s[i] == '-') { neg = 1; i++; }
  size_t y0 = i;
  int64_t y = 0;
  while (i < len && s[i] >= '0' && s[i] <= '9') {
    if (i - y0 >= 9) return -2; /* a year beyond ours (seconds must fit 64 bits) */
    y = y * 10 + (s[i++] - '0');
  }
  if (i - y0 < 4 || (i - y0 > 4 && s[y0] == '0')) return -1;
  t->year = neg ? -y : y;
  if (i >= len || s[i++] != '-' || digits_at(s, len, &i, 2, &t->mon)) return -1;
  if (i >= len || s[i++] != '-' || digits_at(s, len, &i, 2, &t->day)) return -1;
  if (t->mon < 1 || t->mon > 12 || t->day < 1 || t->day > 31) return -1;
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (t->day > mdays[t->mon - 1]) return -1;
  if (t->mon == 2 && t->day == 29) {
    int64_t yy = t->year;
    if (!((yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0)) return -1;
  }
  t->sec.m = 0; t->sec.s = 0;
  if (with_time) {
    if (i >= len || s[i++] != 'T' || digits_at(s, len, &i, 2, &t->hh)) return -1;
    if (i >= len || s[i++] != ':' || digits_at(s, len, &i, 2, &t->mi)) return -1;
    if (i >= len || s[i++] != ':') return -1;
    size_t s0 = i;
    int sd;
    if (digits_at(s, len, &i, 2, &sd)) return -1;
    if (i < len && s[i] == '.') {
      i++;
      size_t f0 = i;
      while (i < len && s[i] >= '0' && s[i] <= '9') i++;
      if (i == f0) return -1;
    }
    if (sp_dec_parse(s + s0, i - s0, 1, &t->sec)) return -1;
    if (t->hh > 24 || t->mi > 59 || sd > 59) return -1;
    if (t->hh == 24 && (t->mi || t->sec.m)) return -1;
  }
  t->tz = SP_NO_TZ;
  if (i < len) {
    if (s[i] == 'Z' && i + 1 == len) {
      t->tz = 0;
      i++;
    } else if (s[i] == '+' || s[i] == '-') {
      int sign = s[i++] == '-' ? -1 : 1, th, tm;
      if (digits_at(s, len, &i, 2, &th) || i >= len || s[i++] != ':' ||
          digits_at(s, len, &i, 2, &tm) || i != len || th > 14 || tm > 59 ||
          (th == 14 && tm))
        return -1;
      t->tz = sign * (th * 60 + tm);
    } else {
      return -1;
    }
  }
  /* the instant, in seconds (timezone-less values as if UTC) */
  int64_t secs = days_from_civil(t->year, t->mon, t->day) * 86400 + t->hh * 3600 + t->mi * 60 -
                 (t->tz == SP_NO_TZ ? 0 : t->tz) * 60;
  sp_dec whole = {secs, 0};
  if (sp_dec_add(whole, t->sec, &t->instant)) return -1;
  return 0;
}

/* -1, 0, 1, or 2 when the order is indeterminate (one value has a
 * timezone, the other not, and they are within 14 hours: XSD 3.2.7.4). */
static int dt_cmp(const sp_dt *a, const sp_dt *b) {
  if ((a->tz == SP_NO_TZ) == (b->tz == SP_NO_TZ)) return sp_dec_cmp(a->instant, b->instant);
  /* the one without a timezone ranges over +-14 hours */
  const sp_dt *n = a->tz == SP_NO_TZ ? a : b;
  const sp_dt *z = n == a ? b : a;
  sp_dec lo, hi, d14 = {14 * 3600, 0};
  if (sp_dec_sub(n->instant, d14, &lo) || sp_dec_add(n->instant, d14, &hi)) return 2;
  int r;
  if (sp_dec_cmp(hi, z->instant) < 0) r = -1;      /* n < z */
  else if (sp_dec_cmp(lo, z->instant) > 0) r = 1;  /* n > z */
  else return 2;
  return n == a ? r : -r;
}

/* ---- classifying literals ------------------------------------------------------ */

static const struct { const char *name; int sign; int64_t lo, hi; } int_types[] = {
    {"integer", 0, 0, 0},
    {"long", 2, INT64_MIN, INT64_MAX},
    {"int", 2, -2147483648LL, 2147483647LL},
    {"short", 2, -32768, 32767},
    {"byte", 2, -128, 127},
    {"nonNegativeInteger", 1, 0, 0},
    {"positiveInteger", 3, 0, 0},
    {"nonPositiveInteger", -1, 0, 0},
    {"negativeInteger", -3, 0, 0},
    {"unsignedLong", 4, 0, 0},
    {"unsignedInt", 2, 0, 4294967295LL},
    {"unsignedShort", 2, 0, 65535},
    {"unsignedByte", 2, 0, 255},
};

static unsigned char classify_dt(sp_val *x, int with_time) {
  sp_dt t;
  int rc = parse_datetime(x->lex, x->len, with_time, &t);
  if (rc) return rc == -2 ? VT_OTHER : VT_ILL;
  x->u.t = malloc(sizeof t);
  if (!x->u.t) return VT_OTHER; /* out of memory: compared as a term only */
  *x->u.t = t;
  return with_time ? VT_DATETIME : VT_DATE;
}

int sp_numeric_datatype(const char *dt) {
  if (!dt || strncmp(dt, SP_XSD, sizeof SP_XSD - 1)) return 0;
  const char *t = dt + sizeof SP_XSD - 1;
  if (!strcmp(t, "decimal") || !strcmp(t, "float") || !strcmp(t, "double")) return 1;
  for (size_t k = 0; k < sizeof int_types / sizeof int_types[0]; k++)
    if (!strcmp(t, int_types[k].name)) return 1;
  return 0;
}

/* Whether S is an xsd:decimal (ALLOW_POINT) or xsd:integer lexical form,
 * whatever its size. */
static int decimal_form(const char *s, size_t len, int allow_point) {
  size_t i = (len && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  int digits = 0, point = 0;
  for (; i < len; i++) {
    if (s[i] >= '0' && s[i] <= '9') digits++;
    else if (s[i] == '.' && allow_point && !point) point = 1;
    else return 0;
  }
  return digits > 0;
}

/* Fills X's value type and value from its lexical form and datatype. */
static void classify(sp_val *x) {
  if (x->kind == SP_IRI) { x->vt = VT_IRI; return; }
  if (x->kind == SP_BLANK) { x->vt = VT_BLANK; return; }
  if (x->lang) { x->vt = VT_LANG; return; }
  if (!x->dt) { x->vt = VT_SIMPLE; return; }
  x->vt = VT_OTHER;
  size_t xl = sizeof SP_XSD - 1;
  if (strncmp(x->dt, SP_XSD, xl)) return;
  const char *t = x->dt + xl;
  const char *s = x->lex;
  size_t len = x->len;
  if (!strcmp(t, "string")) { x->vt = VT_STRING; return; }
  if (!strcmp(t, "boolean")) {
    if ((len == 4 && !memcmp(s, "true", 4)) || (len == 1 && s[0] == '1')) x->vt = VT_BOOL, x->u.b = 1;
    else if ((len == 5 && !memcmp(s, "false", 5)) || (len == 1 && s[0] == '0')) x->vt = VT_BOOL, x->u.b = 0;
    else x->vt = VT_ILL;
    return;
  }
  if (!strcmp(t, "decimal")) {
    /* a valid form beyond our precision compares as a term only */
    x->vt = !sp_dec_parse(s, len, 1, &x->u.d) ? VT_DEC : decimal_form(s, len, 1) ? VT_OTHER : VT_ILL;
    return;
  }
  if (!strcmp(t, "double") || !strcmp(t, "float")) {
    double d;
    if (parse_double(s, len, &d)) { x->vt = VT_ILL; return; }
    x->vt = t[0] == 'f' ? VT_FLOAT : VT_DOUBLE;
    x->u.f = t[0] == 'f' ? (double)(float)d : d;
    return;
  }
  if (!strcmp(t, "dateTime")) {
    x->vt = classify_dt(x, 1);
    return;
  }
  if (!strcmp(t, "date")) {
    x->vt = classify_dt(x, 0);
    return;
  }
  for (size_t k = 0; k < sizeof int_types / sizeof int_types[0]; k++) {
    if (strcmp(t, int_types[k].name)) continue;
    sp_dec d;
    /* digits beyond 38: a valid integer we cannot compute with */
    if (sp_dec_parse(s, len, 0, &d)) {
      x->vt = decimal_form(s, len, 0) ? VT_OTHER : VT_ILL;
      return;
    }
    int sg = int_types[k].sign;
    int bad = 0;
    if (sg == 1 && d.m < 0) bad = 1;
    if (sg == 3 && d.m <= 0) bad = 1;
    if (sg == -1 && d.m > 0) bad = 1;
    if (sg == -3 && d.m >= 0) bad = 1;
    if (sg == 4 && (d.m < 0 || d.m > (i128)UINT64_MAX)) bad = 1;
    if (sg == 2 && (d.m < int_types[k].lo || d.m > int_types[k].hi)) bad = 1;
    x->vt = bad ? VT_ILL : VT_INT;
    x->u.d = d;
    return;
  }
}

/* ---- the context: codes and terms ---------------------------------------------- */

enum { Q_GET_URI, Q_GET_BLANK, Q_GET_LIT, Q_FIND_URI, Q_FIND_BLANK, Q_FIND_LIT, Q_N };
static const char *const q_sql[Q_N] = {
    "SELECT id, uri FROM uris WHERE id >= ?1 AND id < ?2",
    "SELECT id, blank FROM blanks WHERE id >= ?1 AND id < ?2",
    "SELECT id, text, language, datatype FROM literals WHERE id >= ?1 AND id < ?2",
    "SELECT id FROM uris WHERE uri = ?1",
    "SELECT id FROM blanks WHERE blank = ?1",
    ("SELECT id FROM literals WHERE text = ?1 AND lower(coalesce(language, '')) = lower(?2) "
     "AND datatype IS ?3"),
};

/* xsd:string as no datatype: "a"^^xsd:string is the simple literal "a"
 * (RDF 1.1), for the term map. */
static const char *norm_dt(const char *dt) {
  return dt && !strcmp(dt, SP_XSD "string") ? NULL : dt;
}

static uint64_t term_hash(sp_kind kind, const char *lex, size_t len, const char *lang,
                          const char *dt) {
  dt = norm_dt(dt);
  unsigned char k = (unsigned char)kind;
  uint64_t h = gd_fnv1a_add(GD_FNV1A_INIT, &k, 1);
  h = gd_fnv1a_add(h, lex, len);
  h = gd_fnv1a_add(h, "\0", 1);
  /* language tags are case-insensitive (RDF 1.1): "a"@EN is "a"@en */
  for (const char *l = lang; l && *l; l++) {
    unsigned char c = (unsigned char)(*l >= 'A' && *l <= 'Z' ? *l + 32 : *l);
    h = gd_fnv1a_add(h, &c, 1);
  }
  h = gd_fnv1a_add(h, "\0", 1);
  if (dt) h = gd_fnv1a_add(h, dt, strlen(dt));
  /* a finalizer: FNV's low bits (the table index) mix poorly */
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

static int streq0(const char *a, const char *b) {
  if (!a || !b) return a == b;
  return !strcmp(a, b);
}

static void val_free(sp_val *x) {
  if (!x) return;
  if (x->vt == VT_DATETIME || x->vt == VT_DATE) free(x->u.t);
  free(x->lang);
  free(x);
}

sp_values *sp_values_new(sqlite3 *db) {
  sp_values *v = calloc(1, sizeof *v);
  if (!v) return NULL;
  v->db = db;
  uint64_t seed = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)v;
  FILE *f = fopen("/dev/urandom", "rb");
  if (f) {
    uint64_t r;
    if (fread(&r, sizeof r, 1, f) == 1) seed ^= r;
    fclose(f);
  }
  for (int i = 0; i < 4; i++) {
    seed += 0x9e3779b97f4a7c15ULL;
    uint64_t z = seed;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    v->rng[i] = z ^ (z >> 31);
  }
  v->blank_salt = (unsigned)(sp_rand64(v) & 0xffffff);
  return v;
}

void sp_values_free(sp_values *v) {
  if (!v) return;
  for (int i = 0; i < Q_N; i++) sqlite3_finalize(v->q[i]);
  for (size_t i = 0; i < v->nvals; i++) val_free(v->vals[i]);
  free(v->vals);
  for (int k = 0; k < 4; k++) free(v->dir[k]);
  gd_hindex_free(&v->cix);
  gd_hindex_free(&v->tix);
  free(v->made);
  sp_func_free(v);
  free(v);
}

uint64_t sp_rand64(sp_values *v) {
  /* xoshiro256** */
  uint64_t *s = v->rng;
  uint64_t r = s[1] * 5;
  r = ((r << 7) | (r >> 57)) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
  s[2] ^= t;
  s[3] = (s[3] << 45) | (s[3] >> 19);
  return r;
}

static int stmt(sp_values *v, int q, sqlite3_stmt **out) {
  if (!v->db) return -1;
  if (!v->q[q] && sqlite3_prepare_v2(v->db, q_sql[q], -1, &v->q[q], NULL) != SQLITE_OK) return -1;
  sqlite3_reset(v->q[q]);
  sqlite3_clear_bindings(v->q[q]);
  *out = v->q[q];
  return 0;
}

/* Row ids are dense: below this, a stored code's value is found by direct
 * index (scans read ids in order, so this also keeps memory access local). */
#define DIR_MAX ((int64_t)1 << 27)

/* code -> vals index (positive codes; negative ones index v->made): by
 * direct index below DIR_MAX, beyond it through V->cix.  The slot of CODE
 * (tag TAG) in V->cix, or the free one where it belongs. */
static gd_hslot *cmap_slot(const sp_values *v, int64_t code, uint32_t tag) {
  gd_hslot *sl;
  for (sl = gd_hindex_first(&v->cix, tag); sl->ix; sl = gd_hindex_next(&v->cix, sl))
    if (sl->tag == tag && v->vals[sl->ix - 1]->code == code) break;
  return sl;
}

static uint32_t code_tag(int64_t code) { return gd_hash_int_tag((uint64_t)code); }

static sp_val *cmap_get(sp_values *v, int64_t code) {
  int64_t id = code >> 2;
  int k = (int)(code & 3);
  if (id < DIR_MAX) {
    if ((size_t)id >= v->dircap[k] || !v->dir[k][id]) return NULL;
    return v->vals[v->dir[k][id] - 1];
  }
  const gd_hslot *sl = cmap_slot(v, code, code_tag(code));
  return sl->ix ? v->vals[sl->ix - 1] : NULL;
}

/* Records that vals[IDX] has CODE (not recorded yet). */
static int cmap_put(sp_values *v, int64_t code, uint32_t idx) {
  int64_t id = code >> 2;
  int k = (int)(code & 3);
  if (id < DIR_MAX) {
    if ((size_t)id >= v->dircap[k]) {
      size_t cap = v->dircap[k] ? v->dircap[k] : 1024;
      while (cap <= (size_t)id) cap *= 2;
      uint32_t *d = realloc(v->dir[k], cap * sizeof *d);
      if (!d) return -1;
      memset(d + v->dircap[k], 0, (cap - v->dircap[k]) * sizeof *d);
      v->dir[k] = d;
      v->dircap[k] = cap;
    }
    v->dir[k][id] = idx + 1;
    return 0;
  }
  if (gd_hindex_reserve(&v->cix, 1)) return -1;
  uint32_t tag = code_tag(code);
  gd_hindex_put(&v->cix, cmap_slot(v, code, tag), tag, idx);
  return 0;
}

/* term -> vals index: V->tix over the values in the term map, tagged with
 * their term hash, so that most probes that miss are told apart without
 * reading the value. */
static sp_val *tmap_get(sp_values *v, uint64_t h, sp_kind kind, const char *lex, size_t len,
                        const char *lang, const char *dt) {
  uint32_t tag = gd_hash_tag(h);
  for (const gd_hslot *sl = gd_hindex_first(&v->tix, tag); sl->ix; sl = gd_hindex_next(&v->tix, sl)) {
    if (sl->tag != tag) continue;
    sp_val *x = v->vals[sl->ix - 1];
    if (x->hash == h && x->kind == kind && x->len == len && !memcmp(x->lex, lex, len) &&
        (x->lang && lang ? !strcasecmp(x->lang, lang) : x->lang == lang) &&
        streq0(norm_dt(x->dt), norm_dt(dt)))
      return x;
  }
  return NULL;
}

/* Adds vals[IDX] (its hash set, not in the map yet) to the term map. */
static int tmap_put(sp_values *v, uint32_t idx) {
  if (gd_hindex_reserve(&v->tix, 1)) return -1;
  uint32_t tag = gd_hash_tag(v->vals[idx]->hash);
  gd_hslot *sl = gd_hindex_first(&v->tix, tag);
  while (sl->ix) sl = gd_hindex_next(&v->tix, sl);
  gd_hindex_put(&v->tix, sl, tag, idx);
  return 0;
}

/* Adds stored value X (already in V) to the term map. */
static int tmap_put_val(sp_values *v, sp_val *x) {
  x->hash = term_hash((sp_kind)x->kind, x->lex, x->len, x->lang, x->dt);
  /* its index: stored values are found through their code */
  int64_t id = x->code >> 2;
  int k = (int)(x->code & 3);
  uint32_t idx = id < DIR_MAX ? v->dir[k][id] - 1 : cmap_slot(v, x->code, code_tag(x->code))->ix - 1;
  return tmap_put(v, idx);
}

/* The shared copy of datatype IRI DT (the lexical form of its IRI value);
 * NULL when out of memory. */
static const char *dt_name(sp_values *v, const char *dt) {
  size_t n = strlen(dt);
  uint64_t h = term_hash(SP_IRI, dt, n, NULL, NULL);
  sp_val *x = tmap_get(v, h, SP_IRI, dt, n, NULL, NULL);
  if (!x) {
    int64_t code = sp_intern(v, SP_IRI, dt, n, NULL, NULL);
    x = code ? sp_val_of(v, code) : NULL;
  }
  return x ? x->lex : NULL;
}

/* A new value (a copy of LEX and LANG; DT must be shared: see dt_name),
 * classified, kept in V; NULL when out of memory. */
static sp_val *val_add(sp_values *v, sp_kind kind, const char *lex, size_t len, const char *lang,
                       const char *dt, int64_t code, int in_tmap) {
  if (v->nvals == v->capvals) {
    size_t cap = v->capvals ? v->capvals * 2 : 256;
    sp_val **nv = realloc(v->vals, cap * sizeof *nv);
    if (!nv) return NULL;
    v->vals = nv;
    v->capvals = cap;
  }
  sp_val *x = malloc(sizeof *x + len + 1);
  if (!x) return NULL;
  memset(x, 0, sizeof *x);
  x->kind = (unsigned char)kind;
  x->lex = x->text;
  x->lang = lang && *lang ? strdup(lang) : NULL;
  if (lang && *lang && !x->lang) { free(x); return NULL; }
  x->dt = dt;
  memcpy(x->lex, lex, len);
  x->lex[len] = 0;
  x->len = len;
  x->code = code;
  if (in_tmap) x->hash = term_hash(kind, lex, len, x->lang, x->dt);
  classify(x);
  uint32_t idx = (uint32_t)v->nvals;
  v->vals[v->nvals++] = x;
  if (code > 0 && cmap_put(v, code, idx)) return NULL;
  if (in_tmap && tmap_put(v, idx)) return NULL;
  x->in_tmap = (unsigned char)(in_tmap != 0);
  return x;
}

/* The stored term of CODE, read once. */
/* How many rows a read fetches when the term before was read already: a
 * scan reads ids in order, and one statement step per row is most of the
 * cost of decoding. */
#define DECODE_BLOCK 64

/* The stored term of CODE, read once (with the next ones of its table
 * when reading goes in id order). */
static sp_val *decode_stored(sp_values *v, int64_t code) {
  int64_t id = code >> 2;
  int kind = (int)(code & 3);
  sqlite3_stmt *st;
  if (kind == 0 || stmt(v, kind == SP_IRI ? Q_GET_URI : kind == SP_BLANK ? Q_GET_BLANK : Q_GET_LIT,
                        &st))
    return NULL;
  int block = id > 1 && cmap_get(v, code - 4) != NULL;
  sqlite3_bind_int64(st, 1, id);
  sqlite3_bind_int64(st, 2, id + (block ? DECODE_BLOCK : 1));
  sp_val *x = NULL;
  int failed = 0;
  while (!failed && sqlite3_step(st) == SQLITE_ROW) {
    int64_t rid = sqlite3_column_int64(st, 0);
    int64_t rcode = rid * 4 + kind;
    if (rid != id && cmap_get(v, rcode)) continue;
    const char *lex = (const char *)sqlite3_column_text(st, 1);
    size_t len = (size_t)sqlite3_column_bytes(st, 1);
    if (!lex) lex = "";
    const char *lang = kind == SP_LITERAL ? (const char *)sqlite3_column_text(st, 2) : NULL;
    int64_t dtid = kind == SP_LITERAL ? sqlite3_column_int64(st, 3) : 0;
    const char *dt = NULL;
    if (lang && !*lang) lang = NULL;
    if (dtid > 0 && !lang) {
      /* the datatype: a stored IRI, decoded once (another statement: the
       * column pointers of this one stay valid) */
      sp_val *d = sp_val_of(v, dtid * 4 + SP_IRI);
      if (!d) { failed = 1; break; }
      dt = d->lex;
    }
    sp_val *y = val_add(v, (sp_kind)kind, lex, len, lang, dt, rcode, 0);
    if (!y) failed = 1;
    if (rid == id) x = y;
  }
  sqlite3_reset(st);
  return failed ? NULL : x;
}

sp_val *sp_val_of(sp_values *v, int64_t code) {
  if (code < 0) {
    uint64_t i = (uint64_t)(-(code + 1));
    return i < v->nmade ? v->vals[v->made[i]] : NULL;
  }
  if (code == 0) return NULL;
  sp_val *x = cmap_get(v, code);
  return x ? x : decode_stored(v, code);
}

/* The stored code of a term, 0 when the store lacks it, -1 on error. */
static int64_t find_stored(sp_values *v, sp_kind kind, const char *lex, size_t len,
                           const char *lang, const char *dt) {
  sqlite3_stmt *st;
  int64_t dtid = 0, id = 0;
  if (!v->db) return 0;
  if (kind == SP_LITERAL && dt) {
    /* the datatype IRI through the term map: looked up in SQL once */
    dtid = sp_intern(v, SP_IRI, dt, strlen(dt), NULL, NULL);
    if (dtid == 0) return -1;
    if (dtid < 0) return 0; /* not stored, so no literal of it is */
    dtid >>= 2;
  }
  if (stmt(v, kind == SP_IRI ? Q_FIND_URI : kind == SP_BLANK ? Q_FIND_BLANK : Q_FIND_LIT, &st))
    return -1;
  sqlite3_bind_text(st, 1, lex, (int)len, SQLITE_STATIC);
  if (kind == SP_LITERAL) {
    sqlite3_bind_text(st, 2, lang ? lang : "", -1, SQLITE_STATIC);
    if (dtid) sqlite3_bind_int64(st, 3, dtid);
  }
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
  else if (rc != SQLITE_DONE) id = -1;
  sqlite3_reset(st);
  return id > 0 ? id * 4 + kind : id;
}

int64_t sp_intern(sp_values *v, sp_kind kind, const char *lex, size_t len, const char *lang,
                  const char *dt) {
  if (lang && !*lang) lang = NULL;
  if (lang) dt = NULL;
  uint64_t h = term_hash(kind, lex, len, lang, dt);
  sp_val *x = tmap_get(v, h, kind, lex, len, lang, dt);
  if (x) return x->code;
  int64_t code = find_stored(v, kind, lex, len, lang, norm_dt(dt));
  /* a store may hold "a" as "a"^^xsd:string (RDF 1.0 loaders): the same
   * term; a store holding both has two codes for it */
  if (code == 0 && kind == SP_LITERAL && !lang)
    code = find_stored(v, kind, lex, len, NULL, SP_XSD "string");
  if (code < 0) return 0;
  if (code > 0) {
    x = sp_val_of(v, code);
    if (!x) return 0;
    if (!x->in_tmap) {
      if (tmap_put_val(v, x)) return 0;
      x->in_tmap = 1;
    }
    return x->code;
  }
  return sp_made(v, kind, lex, len, lang, norm_dt(dt), 1);
}

int64_t sp_made(sp_values *v, sp_kind kind, const char *lex, size_t len, const char *lang,
                const char *dt, int in_tmap) {
  /* first: making the datatype's IRI value may make a code itself */
  if (dt && !(dt = dt_name(v, dt))) return 0;
  if (v->nmade == v->capmade) {
    size_t cap = v->capmade ? v->capmade * 2 : 256;
    uint32_t *m = realloc(v->made, cap * sizeof *m);
    if (!m) return 0;
    v->made = m;
    v->capmade = cap;
  }
  int64_t code = -(int64_t)(v->nmade + 1);
  uint32_t idx = (uint32_t)v->nvals;
  if (!val_add(v, kind, lex, len, lang, dt, code, in_tmap)) return 0;
  v->made[v->nmade++] = idx;
  return code;
}

int64_t sp_values_code(sp_values *v, const sp_term *t) {
  if (!v || !t || !t->lex) return 0;
  if (t->kind != SP_IRI && t->kind != SP_BLANK && t->kind != SP_LITERAL) return 0;
  return sp_intern(v, t->kind, t->lex, strlen(t->lex), t->kind == SP_LITERAL ? t->lang : NULL,
                   t->kind == SP_LITERAL ? t->datatype : NULL);
}

int sp_values_term(sp_values *v, int64_t code, sp_term *out) {
  sp_val *x = v ? sp_val_of(v, code) : NULL;
  if (!x) return -1;
  out->kind = x->kind;
  out->lex = x->lex;
  out->lang = x->lang;
  out->datatype = x->dt;
  return 0;
}

int64_t sp_values_fresh_blank(sp_values *v) {
  char label[64];
  int n = snprintf(label, sizeof label, "spb%06x%llu", v->blank_salt,
                   (unsigned long long)++v->blank_seq);
  /* not in the term map: a fresh blank equals nothing else */
  return sp_made(v, SP_BLANK, label, (size_t)n, NULL, NULL, 0);
}

/* ---- making values ------------------------------------------------------------ */

int64_t sp_mk_bool(sp_values *v, int b) {
  int64_t *c = b ? &v->true_code : &v->false_code;
  if (!*c) *c = sp_intern(v, SP_LITERAL, b ? "true" : "false", b ? 4 : 5, NULL, SP_XSD "boolean");
  return *c;
}

int64_t sp_mk_int(sp_values *v, sp_dec d) {
  char buf[64];
  size_t n = sp_dec_format(d, 0, buf);
  return sp_intern(v, SP_LITERAL, buf, n, NULL, SP_XSD "integer");
}

int64_t sp_mk_dec(sp_values *v, sp_dec d) {
  char buf[64];
  size_t n = sp_dec_format(d, 1, buf);
  return sp_intern(v, SP_LITERAL, buf, n, NULL, SP_XSD "decimal");
}

int64_t sp_mk_double(sp_values *v, double d, int is_float) {
  char buf[64];
  size_t n = sp_double_format(d, is_float, buf, sizeof buf);
  return sp_intern(v, SP_LITERAL, buf, n, NULL, is_float ? SP_XSD "float" : SP_XSD "double");
}

int64_t sp_mk_str(sp_values *v, const char *s, size_t len, const char *lang, const char *dt) {
  return sp_intern(v, SP_LITERAL, s, len, lang, dt);
}

/* A number of type VT (the promoted type of an operation) from D or F. */
static int64_t mk_num(sp_values *v, int vt, sp_dec d, double f) {
  switch (vt) {
    case VT_INT: return sp_mk_int(v, d);
    case VT_DEC: return sp_mk_dec(v, d);
    case VT_FLOAT: return sp_mk_double(v, (double)(float)f, 1);
    default: return sp_mk_double(v, f, 0);
  }
}

/* ---- value semantics ----------------------------------------------------------- */

double sp_num_double(const sp_val *x) {
  return x->vt == VT_FLOAT || x->vt == VT_DOUBLE ? x->u.f : sp_dec_to_double(x->u.d);
}

int sp_ebv(const sp_val *x) {
  if (!x) return -1;
  switch (x->vt) {
    case VT_BOOL: return x->u.b;
    case VT_SIMPLE: case VT_STRING: case VT_LANG: return x->len > 0;
    case VT_INT: case VT_DEC: return x->u.d.m != 0;
    case VT_FLOAT: case VT_DOUBLE: return !(x->u.f == 0 || isnan(x->u.f));
    case VT_ILL:
      /* an invalid boolean or number is false (17.2.2) */
      if (x->dt && !strncmp(x->dt, SP_XSD, sizeof SP_XSD - 1)) {
        const char *t = x->dt + sizeof SP_XSD - 1;
        if (!strcmp(t, "boolean") || !strcmp(t, "decimal") || !strcmp(t, "float") ||
            !strcmp(t, "double"))
          return 0;
        for (size_t k = 0; k < sizeof int_types / sizeof int_types[0]; k++)
          if (!strcmp(t, int_types[k].name)) return 0;
      }
      return -1;
    default: return -1;
  }
}

/* Numeric comparison: -1, 0, 1, or 2 for unordered (NaN). */
static int num_cmp(const sp_val *a, const sp_val *b) {
  if (VT_IS_EXACT(a->vt) && VT_IS_EXACT(b->vt)) return sp_dec_cmp(a->u.d, b->u.d);
  double x = sp_num_double(a), y = sp_num_double(b);
  if (isnan(x) || isnan(y)) return 2;
  return x < y ? -1 : x > y;
}

static int bytes_cmp(const char *a, size_t la, const char *b, size_t lb) {
  int c = memcmp(a, b, la < lb ? la : lb);
  if (c) return c < 0 ? -1 : 1;
  return la < lb ? -1 : la > lb;
}

/* SPARQL's operator comparison of A and B: -1, 0, 1; 2 for "not equal and
 * unordered" (NaN, different language tags or different terms of types
 * without an order); -2 for a type error. */
int sp_compare(const sp_val *a, const sp_val *b, int for_eq) {
  if (!a || !b) return -2;
  if (VT_IS_NUM(a->vt) && VT_IS_NUM(b->vt)) return num_cmp(a, b);
  if (VT_IS_STR(a->vt) && VT_IS_STR(b->vt)) return bytes_cmp(a->lex, a->len, b->lex, b->len);
  if (a->vt == VT_BOOL && b->vt == VT_BOOL) return a->u.b < b->u.b ? -1 : a->u.b > b->u.b;
  if ((a->vt == VT_DATETIME && b->vt == VT_DATETIME) || (a->vt == VT_DATE && b->vt == VT_DATE)) {
    int c = dt_cmp(a->u.t, b->u.t);
    return c == 2 ? -2 : c;
  }
  if (!for_eq) return -2;
  /* RDFterm-equal */
  if (a == b) return 0;
  if (a->kind != b->kind || a->kind != SP_LITERAL) return 2;
  if (a->vt == VT_LANG || b->vt == VT_LANG) {
    /* a language-tagged literal only equals one with the same form and
     * tag (in any case); it is known to differ from typed literals, even
     * of unknown types (the W3C open-world tests) */
    if (a->vt == b->vt && a->len == b->len && !memcmp(a->lex, b->lex, a->len) &&
        !strcasecmp(a->lang, b->lang))
      return 0;
    return 2;
  }
  /* the same term is equal; different literals where either's datatype
   * we do not know (or whose form is ill-typed) may still denote the same
   * value: an error (open world) */
  if (a->len == b->len && !memcmp(a->lex, b->lex, a->len) && streq0(a->lang, b->lang) &&
      streq0(a->dt, b->dt))
    return 0;
  if (a->vt == VT_OTHER || a->vt == VT_ILL || b->vt == VT_OTHER || b->vt == VT_ILL) return -2;
  return 2;
}

/* ---- the ORDER BY order ------------------------------------------------------------ */

/* literal families in the order: numbers, booleans, dateTimes, dates,
 * strings (simple before xsd:string on a tie), language-tagged, others */
static int family(const sp_val *x) {
  switch (x->vt) {
    case VT_INT: case VT_DEC: case VT_FLOAT: case VT_DOUBLE: return 0;
    case VT_BOOL: return 1;
    case VT_DATETIME: return 2;
    case VT_DATE: return 3;
    case VT_SIMPLE: case VT_STRING: return 4;
    case VT_LANG: return 5;
    default: return 6;
  }
}

int sp_order_cmp(const sp_val *a, const sp_val *b) {
  if (a == b) return 0;
  static const int krank[] = {0, 2, 1, 3}; /* blank < IRI < literal */
  if (a->kind != b->kind) return krank[a->kind] < krank[b->kind] ? -1 : 1;
  int c;
  if (a->kind != SP_LITERAL) return bytes_cmp(a->lex, a->len, b->lex, b->len);
  int fa = family(a), fb = family(b);
  if (fa != fb) return fa < fb ? -1 : 1;
  switch (fa) {
    case 0: {
      /* NaN first, then by value */
      int na = (a->vt == VT_FLOAT || a->vt == VT_DOUBLE) && isnan(a->u.f);
      int nb = (b->vt == VT_FLOAT || b->vt == VT_DOUBLE) && isnan(b->u.f);
      if (na != nb) return na ? -1 : 1;
      c = na ? 0 : num_cmp(a, b);
      if (c) return c;
      if (a->vt != b->vt) return a->vt < b->vt ? -1 : 1;
      break;
    }
    case 1: c = a->u.b - b->u.b; if (c) return c < 0 ? -1 : 1; break;
    case 2: case 3:
      /* a total order: timezone-less values as if in UTC */
      c = sp_dec_cmp(a->u.t->instant, b->u.t->instant);
      if (c) return c;
      break;
    case 4:
      c = bytes_cmp(a->lex, a->len, b->lex, b->len);
      if (c) return c;
      return a->vt == b->vt ? 0 : a->vt == VT_SIMPLE ? -1 : 1;
    case 5:
      c = bytes_cmp(a->lex, a->len, b->lex, b->len);
      if (c) return c;
      c = strcmp(a->lang, b->lang);
      return c < 0 ? -1 : c > 0;
    default:
      break;
  }
  /* ties among equal values, and unknown types: lexical form, datatype */
  c = bytes_cmp(a->lex, a->len, b->lex, b->len);
  if (c) return c;
  c = strcmp(a->dt ? a->dt : "", b->dt ? b->dt : "");
  return c < 0 ? -1 : c > 0;
}

/* ---- arithmetic ----------------------------------------------------------------------- */

/* A number being computed: its promoted type and value. */
typedef struct {
  int vt;
  sp_dec d;  /* VT_INT, VT_DEC */
  double f;  /* VT_FLOAT, VT_DOUBLE */
} num;

static num num_of(const sp_val *x) {
  num r = {x->vt, {0, 0}, 0};
  if (VT_IS_EXACT(x->vt)) r.d = x->u.d;
  else r.f = x->u.f;
  return r;
}

static double num_dbl(const num *x) { return VT_IS_EXACT(x->vt) ? sp_dec_to_double(x->d) : x->f; }

/* A OP B with numeric promotion into R; -1 for an error (division of
 * exact numbers by zero, overflow). */
static int num_op(int op, const num *a, const num *b, num *r) {
  int vt = a->vt > b->vt ? a->vt : b->vt;
  if (VT_IS_EXACT(vt)) {
    int rc;
    switch (op) {
      case SP_E_ADD: rc = sp_dec_add(a->d, b->d, &r->d); break;
      case SP_E_SUB: rc = sp_dec_sub(a->d, b->d, &r->d); break;
      case SP_E_MUL: rc = sp_dec_mul(a->d, b->d, &r->d); break;
      default: rc = sp_dec_div(a->d, b->d, &r->d); vt = VT_DEC; break;
    }
    r->vt = vt;
    return rc;
  }
  double x = num_dbl(a), y = num_dbl(b), f;
  switch (op) {
    case SP_E_ADD: f = x + y; break;
    case SP_E_SUB: f = x - y; break;
    case SP_E_MUL: f = x * y; break;
    default: f = x / y; break;
  }
  r->vt = vt;
  r->f = vt == VT_FLOAT ? (double)(float)f : f;
  return 0;
}

int64_t sp_arith(sp_values *v, int op, const sp_val *a, const sp_val *b) {
  if (!a || !b || !VT_IS_NUM(a->vt) || !VT_IS_NUM(b->vt)) return 0;
  num x = num_of(a), y = num_of(b), r;
  if (num_op(op, &x, &y, &r)) return 0;
  return mk_num(v, r.vt, r.d, r.f);
}

/* ---- casts (17.5) ------------------------------------------------------------------- */

static int is_stringish(const sp_val *x) { return x->vt == VT_SIMPLE || x->vt == VT_STRING; }

/* XSD whitespace collapse for casting from strings: leading and trailing
 * spaces go. */
static void trim(const char **s, size_t *len) {
  while (*len && strchr(" \t\n\r", **s)) (*s)++, (*len)--;
  while (*len && strchr(" \t\n\r", (*s)[*len - 1])) (*len)--;
}

int64_t sp_cast(sp_values *v, const char *iri, const sp_val *a) {
  if (!a || !iri || strncmp(iri, SP_XSD, sizeof SP_XSD - 1)) return 0;
  const char *t = iri + sizeof SP_XSD - 1;
  char buf[128];
  if (a->kind == SP_BLANK) return 0;
  if (!strcmp(t, "string")) {
    if (a->kind == SP_IRI || a->vt == VT_SIMPLE || a->vt == VT_STRING || a->vt == VT_OTHER ||
        a->vt == VT_ILL || a->vt == VT_DATETIME || a->vt == VT_DATE)
      return sp_mk_str(v, a->lex, a->len, NULL, NULL);
    if (a->vt == VT_LANG) return 0;
    size_t n;
    if (a->vt == VT_BOOL) n = (size_t)snprintf(buf, sizeof buf, "%s", a->u.b ? "true" : "false");
    else if (VT_IS_EXACT(a->vt)) n = sp_dec_format(a->u.d, 0, buf);
    else n = double_to_string(a->u.f, a->vt == VT_FLOAT, buf, sizeof buf);
    return sp_mk_str(v, buf, n, NULL, NULL);
  }
  if (a->kind == SP_IRI || a->vt == VT_LANG) return 0;
  const char *s = a->lex;
  size_t len = a->len;
  int from_str = is_stringish(a);
  if (from_str) trim(&s, &len);
  int is_int = 0;
  for (size_t k = 0; k < sizeof int_types / sizeof int_types[0]; k++)
    if (!strcmp(t, int_types[k].name)) is_int = 1;
  if (!strcmp(t, "boolean")) {
    if (a->vt == VT_BOOL) return sp_mk_bool(v, a->u.b);
    if (VT_IS_NUM(a->vt)) return sp_mk_bool(v, sp_ebv(a) == 1);
    if (!from_str) return 0;
    if ((len == 4 && !memcmp(s, "true", 4)) || (len == 1 && *s == '1')) return sp_mk_bool(v, 1);
    if ((len == 5 && !memcmp(s, "false", 5)) || (len == 1 && *s == '0')) return sp_mk_bool(v, 0);
    return 0;
  }
  if (!strcmp(t, "decimal") || is_int) {
    sp_dec d;
    if (a->vt == VT_BOOL) d.m = a->u.b, d.s = 0;
    else if (VT_IS_EXACT(a->vt)) d = a->u.d;
    else if (a->vt == VT_FLOAT || a->vt == VT_DOUBLE) {
      if (sp_dec_from_double(a->u.f, &d)) return 0;
    } else if (from_str) {
      if (sp_dec_parse(s, len, !is_int, &d)) return 0;
    } else {
      return 0;
    }
    if (!is_int) return sp_mk_dec(v, d);
    /* to an integer type: truncate toward zero, then the type's range */
    sp_dec_norm(&d);
    while (d.s > 0) { d.m /= 10; d.s--; }
    char lex[64];
    size_t n = sp_dec_format(d, 0, lex);
    int64_t code = sp_intern(v, SP_LITERAL, lex, n, NULL, iri);
    sp_val *x = sp_val_of(v, code);
    return x && x->vt == VT_INT ? code : 0;
  }
  if (!strcmp(t, "double") || !strcmp(t, "float")) {
    int fl = t[0] == 'f';
    double d;
    if (a->vt == VT_BOOL) d = a->u.b;
    else if (VT_IS_NUM(a->vt)) d = sp_num_double(a);
    else if (from_str) {
      if (parse_double(s, len, &d)) return 0;
    } else {
      return 0;
    }
    return sp_mk_double(v, fl ? (double)(float)d : d, fl);
  }
  if (!strcmp(t, "dateTime") || !strcmp(t, "date")) {
    int want = t[4] == 'T' ? VT_DATETIME : VT_DATE;
    if (a->vt == want) return sp_mk_str(v, a->lex, a->len, NULL, iri);
    if (want == VT_DATE && a->vt == VT_DATETIME) {
      /* the date part, with the timezone */
      const char *tp = memchr(a->lex, 'T', a->len);
      const char *tz = NULL;
      for (const char *p = a->lex + a->len; p > tp; p--)
        if (p[-1] == 'Z' || p[-1] == '+' || (p[-1] == '-' && p - a->lex > tp - a->lex + 1)) {
          tz = p - 1;
          break;
        }
      char out[128];
      int n = snprintf(out, sizeof out, "%.*s%s", (int)(tp - a->lex), a->lex, tz ? tz : "");
      return n > 0 && (size_t)n < sizeof out ? sp_intern(v, SP_LITERAL, out, (size_t)n, NULL, iri) : 0;
    }
    if (!from_str) return 0;
    sp_dt tmp;
    if (parse_datetime(s, len, want == VT_DATETIME, &tmp)) return 0;
    return sp_intern(v, SP_LITERAL, s, len, NULL, iri);
  }
  return 0;
}

/* ---- SQL functions ---------------------------------------------------------------------- */

/* The value of argument I, NULL for NULL or a code that is no term. */
sp_val *sp_arg(sqlite3_context *c, sqlite3_value **argv, int i) {
  if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return NULL;
  return sp_val_of(sqlite3_user_data(c), sqlite3_value_int64(argv[i]));
}

void sp_result(sqlite3_context *c, int64_t code) {
  if (code) sqlite3_result_int64(c, code);
  else sqlite3_result_null(c);
}

static void fn_ebv(sqlite3_context *c, int argc, sqlite3_value **argv) {
  int b = sp_ebv(sp_arg(c, argv, 0));
  if (b < 0) sqlite3_result_null(c);
  else sqlite3_result_int(c, b);
}

static void fn_boolean(sqlite3_context *c, int argc, sqlite3_value **argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) { sqlite3_result_null(c); return; }
  sp_values *v = sqlite3_user_data(c);
  int64_t code = sp_mk_bool(v, sqlite3_value_int64(argv[0]) != 0);
  if (!code) { sqlite3_result_error_nomem(c); return; }
  sqlite3_result_int64(c, code);
}

static void fn_integer(sqlite3_context *c, int argc, sqlite3_value **argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) { sqlite3_result_null(c); return; }
  sp_values *v = sqlite3_user_data(c);
  sp_dec d = {sqlite3_value_int64(argv[0]), 0};
  int64_t code = sp_mk_int(v, d);
  if (!code) { sqlite3_result_error_nomem(c); return; }
  sqlite3_result_int64(c, code);
}

static void fn_cast(sqlite3_context *c, int argc, sqlite3_value **argv) {
  const char *iri = (const char *)sqlite3_value_text(argv[0]);
  sp_result(c, sp_cast(sqlite3_user_data(c), iri, sp_arg(c, argv, 1)));
}

/* sp_key: a text that sorts as the ORDER BY order: 18 characters that
 * decide most comparisons by themselves (the term's class and literal
 * family, then 16 hex digits of an order-preserving 64-bit image of its
 * value: a number or instant as a double, a string's first 8 bytes), then
 * ':' and the code.  The collation compares those 18 characters and only
 * on a tie decodes both codes for the exact order (sp_order_cmp), so a
 * sort reads no value per comparison.  The image never contradicts the
 * exact order: the double of a decimal or an instant is monotone in it,
 * and a prefix of bytes orders as the bytes do. */
#define KEY_HEAD 18

static uint64_t double_image(double d) {
  if (isnan(d)) return 0; /* NaN first among numbers, as sp_order_cmp */
  if (d == 0) d = 0;      /* -0 is 0 */
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return (u & 0x8000000000000000ULL) ? ~u : (u | 0x8000000000000000ULL);
}

static uint64_t bytes_image(const char *s, size_t len) {
  uint64_t u = 0;
  for (size_t i = 0; i < 8; i++) u = u << 8 | (i < len ? (unsigned char)s[i] : 0);
  return u;
}

static void fn_key(sqlite3_context *c, int argc, sqlite3_value **argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) { sqlite3_result_null(c); return; }
  sp_values *v = sqlite3_user_data(c);
  int64_t code = sqlite3_value_int64(argv[0]);
  sp_val *x = sp_val_of(v, code);
  char cls = '9', fam = '0';
  uint64_t img = 0;
  if (x) {
    static const char kcls[] = {'9', '2', '1', '3'}; /* blank < IRI < literal */
    cls = kcls[x->kind & 3];
    if (x->kind != SP_LITERAL) {
      img = bytes_image(x->lex, x->len);
    } else {
      int f = family(x);
      fam = (char)('0' + f);
      switch (f) {
        case 0: img = double_image(sp_num_double(x)); break;
        case 1: img = (uint64_t)x->u.b; break;
        case 2: case 3: img = double_image(sp_dec_to_double(x->u.t->instant)); break;
        default: img = bytes_image(x->lex, x->len); break;
      }
    }
  }
  char buf[64];
  int n = snprintf(buf, sizeof buf, "%c%c%016llx:%lld", cls, fam, (unsigned long long)img,
                   (long long)code);
  sqlite3_result_text(c, buf, n, SQLITE_TRANSIENT);
}

static int64_t key_code(const void *s, int n) {
  const char *p = s;
  int i = KEY_HEAD + 1;
  int neg = n > i && p[i] == '-';
  uint64_t u = 0;
  for (i += neg; i < n; i++) u = u * 10 + (uint64_t)(p[i] - '0');
  return neg ? -(int64_t)u : (int64_t)u;
}

static int coll_sparql(void *user, int n1, const void *s1, int n2, const void *s2) {
  sp_values *v = user;
  if (n1 > KEY_HEAD && n2 > KEY_HEAD) {
    int h = memcmp(s1, s2, KEY_HEAD);
    if (h) return h < 0 ? -1 : 1;
  }
  int64_t a = key_code(s1, n1), b = key_code(s2, n2);
  if (a == b) return 0;
  sp_val *x = sp_val_of(v, a), *y = sp_val_of(v, b);
  if (!x || !y) return x ? 1 : y ? -1 : (a < b ? -1 : 1);
  return sp_order_cmp(x, y);
}

/* ---- aggregates (18.5) ---------------------------------------------------------------------- */

typedef struct {
  int started, agg, distinct, unbound; /* UNBOUND: a NULL (error) was seen */
  int64_t *codes;
  size_t n, cap;
  char *sep;
} agg_state;

static void agg_step(sqlite3_context *c, int argc, sqlite3_value **argv) {
  sp_agg_ud *ud = sqlite3_user_data(c);
  agg_state *st = sqlite3_aggregate_context(c, sizeof *st);
  if (!st) { sqlite3_result_error_nomem(c); return; }
  if (ud->agg >= 0) { argv--; argc++; } /* sp_agg_NAME(DISTINCT, X[, SEP]) */
  if (!st->started) {
    st->started = 1;
    st->agg = ud->agg >= 0 ? ud->agg : sqlite3_value_int(argv[0]);
    st->distinct = sqlite3_value_int(argv[1]);
    if (argc > 3 && sqlite3_value_type(argv[3]) != SQLITE_NULL) {
      st->sep = strdup((const char *)sqlite3_value_text(argv[3]));
      if (!st->sep) { sqlite3_result_error_nomem(c); return; }
    }
  }
  if (argc < 3 || sqlite3_value_type(argv[2]) == SQLITE_NULL) { st->unbound = 1; return; }
  if (st->n == st->cap) {
    size_t cap = st->cap ? st->cap * 2 : 16;
    int64_t *nc = realloc(st->codes, cap * sizeof *nc);
    if (!nc) { sqlite3_result_error_nomem(c); return; }
    st->codes = nc;
    st->cap = cap;
  }
  st->codes[st->n++] = sqlite3_value_int64(argv[2]);
}

static int cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return x < y ? -1 : x > y;
}

/* The aggregate AGG over CODES[0..N) (distinct already applied); 0 for an
 * error or no value. */
static int64_t agg_compute(sp_values *v, int agg, const int64_t *codes, size_t n, int unbound,
                           const char *sep, int *oom) {
  sp_dec zero = {0, 0};
  switch (agg) {
    case SP_AGG_COUNT: {
      sp_dec d = {(i128)n, 0};
      return sp_mk_int(v, d);
    }
    case SP_AGG_SUM:
    case SP_AGG_AVG: {
      if (unbound) return 0;
      /* summed as numbers: only the result becomes a term */
      num sum = {VT_INT, zero, 0};
      for (size_t i = 0; i < n; i++) {
        sp_val *x = sp_val_of(v, codes[i]);
        if (!x || !VT_IS_NUM(x->vt)) return 0;
        num y = num_of(x);
        if (num_op(SP_E_ADD, &sum, &y, &sum)) return 0;
      }
      if (agg == SP_AGG_AVG && n > 0) {
        num cnt = {VT_INT, {(i128)n, 0}, 0};
        if (num_op(SP_E_DIV, &sum, &cnt, &sum)) return 0;
      }
      return mk_num(v, sum.vt, sum.d, sum.f);
    }
    case SP_AGG_MIN:
    case SP_AGG_MAX: {
      sp_val *best = NULL;
      for (size_t i = 0; i < n; i++) {
        sp_val *x = sp_val_of(v, codes[i]);
        if (!x) continue;
        if (!best || (agg == SP_AGG_MIN ? sp_order_cmp(x, best) < 0 : sp_order_cmp(x, best) > 0))
          best = x;
      }
      return best ? best->code : 0;
    }
    case SP_AGG_SAMPLE:
      return n ? codes[0] : 0;
    case SP_AGG_GROUP_CONCAT: {
      /* unbound values (OPTIONAL) are left out, as Oxigraph and Jena do;
       * a blank node is an error */
      if (!sep) sep = " ";
      size_t seplen = strlen(sep), total = 0;
      for (size_t i = 0; i < n; i++) {
        sp_val *x = sp_val_of(v, codes[i]);
        if (!x || x->kind == SP_BLANK) return 0;
        total += x->len + seplen;
      }
      char *buf = malloc(total + 1);
      if (!buf) { *oom = 1; return 0; }
      size_t o = 0;
      for (size_t i = 0; i < n; i++) {
        sp_val *x = sp_val_of(v, codes[i]);
        if (i) { memcpy(buf + o, sep, seplen); o += seplen; }
        memcpy(buf + o, x->lex, x->len);
        o += x->len;
      }
      /* a simple literal even when every value has one language tag (the
       * W3C tests agg-groupconcat-4 and -6) */
      int64_t r = sp_mk_str(v, buf, o, NULL, NULL);
      free(buf);
      return r;
    }
    default:
      return 0;
  }
}

static void agg_final(sqlite3_context *c) {
  sp_agg_ud *ud = sqlite3_user_data(c);
  sp_values *v = ud->v;
  agg_state *st = sqlite3_aggregate_context(c, 0);
  agg_state empty = {0};
  if (!st) st = &empty;
  int agg = st->started ? st->agg : ud->agg;
  if (agg < 0) {
    /* sp_agg over no row at all: SQLite gives no argument, so which
     * aggregate is unknown; COUNT/SUM/AVG are 0 then, which we answer, but
     * MIN/MAX/SAMPLE are unbound and GROUP_CONCAT "": the compiler uses
     * sp_agg_NAME where a group can be empty (no GROUP BY) */
    sp_dec zero = {0, 0};
    sp_result(c, sp_mk_int(v, zero));
    return;
  }
  size_t n = st->n;
  if (st->distinct && n > 1) {
    /* each term once, in first-seen order (GROUP_CONCAT, SAMPLE show it) */
    int64_t *sorted = malloc(n * sizeof *sorted);
    unsigned char *seen = calloc(n, 1);
    if (!sorted || !seen) {
      free(sorted);
      free(seen);
      free(st->codes);
      free(st->sep);
      st->codes = NULL;
      st->sep = NULL;
      sqlite3_result_error_nomem(c);
      return;
    }
    memcpy(sorted, st->codes, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_i64);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
      int64_t *at = bsearch(&st->codes[i], sorted, n, sizeof *sorted, cmp_i64);
      while (at > sorted && at[-1] == st->codes[i]) at--;
      if (seen[at - sorted]) continue;
      seen[at - sorted] = 1;
      st->codes[k++] = st->codes[i];
    }
    free(sorted);
    free(seen);
    n = k;
  }
  int oom = 0;
  int64_t r = agg_compute(v, agg, st->codes, n, st->unbound, st->sep, &oom);
  if (oom) sqlite3_result_error_nomem(c);
  else sp_result(c, r);
  free(st->codes);
  free(st->sep);
  st->codes = NULL;
  st->sep = NULL;
}

/* ---- registration ---------------------------------------------------------------------- */

int sp_values_register(sp_values *v, sqlite3 *db, char *why, size_t whylen) {
  const int det = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
  struct { const char *name; int nargs, flags; void (*fn)(sqlite3_context *, int, sqlite3_value **); } fns[] = {
      {"sp_ebv", 1, det, fn_ebv},
      {"sp_boolean", 1, det, fn_boolean},
      {"sp_integer", 1, det, fn_integer},
      /* not deterministic: RAND, NOW's first call, UUID, BNODE */
      {"sp_eval", -1, SQLITE_UTF8, sp_fn_eval},
      {"sp_cast", 2, det, fn_cast},
      {"sp_key", 1, det, fn_key},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    if (sqlite3_create_function_v2(db, fns[i].name, fns[i].nargs, fns[i].flags, v, fns[i].fn, NULL,
                                   NULL, NULL) != SQLITE_OK)
      goto fail;
  }
  static const char *const agg_names[] = {"sp_agg_count", "sp_agg_sum", "sp_agg_min",
                                          "sp_agg_max", "sp_agg_avg", "sp_agg_sample",
                                          "sp_agg_group_concat"};
  for (int a = -1; a < 7; a++) {
    sp_agg_ud *ud = &v->aggud[a + 1];
    ud->v = v;
    ud->agg = a;
    for (int n = 3; n <= 4; n++)
      if (sqlite3_create_function_v2(db, a < 0 ? "sp_agg" : agg_names[a], a < 0 ? n : n - 1,
                                     SQLITE_UTF8, ud, NULL, agg_step, agg_final,
                                     NULL) != SQLITE_OK)
        goto fail;
  }
  if (sqlite3_create_collation_v2(db, "sparql", SQLITE_UTF8, v, coll_sparql, NULL) != SQLITE_OK)
    goto fail;
  return 0;
fail:
  snprintf(why, whylen, "cannot register SPARQL functions: %s", sqlite3_errmsg(db));
  return -1;
}
