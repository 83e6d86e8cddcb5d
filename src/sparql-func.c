/* geordf: sp_eval, SPARQL's operators and function library (SPARQL 1.1
 * Query 17.3, 17.4) over decoded term values.  Strings count code points
 * (UTF-8); case mapping is text.c's (utf8proc); regular expressions are PCRE2 with
 * XPath's flags; hashes are nettle's.
 * SPDX-License-Identifier: MIT */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "sparql-value-int.h"
#include "text.h"

#include <ctype.h>
#include <math.h>
#include <nettle/md5.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* ---- regular expressions, compiled once per (pattern, flags) -------------- */

#define RX_SLOTS 16
struct sp_regex_cache {
  struct { int64_t pat, flags; pcre2_code *re; } slot[RX_SLOTS];
  size_t next;
  pcre2_match_data *md;
};

void sp_func_free(sp_values *v) {
  free(v->bnodes.e);
  gd_hindex_free(&v->bnodes.ix);
  v->bnodes = (sp_bnode_map){0};
  if (!v->rx) return;
  for (size_t i = 0; i < RX_SLOTS; i++) pcre2_code_free(v->rx->slot[i].re);
  pcre2_match_data_free(v->rx->md);
  free(v->rx);
  v->rx = NULL;
}

/* The compiled regex of PAT with FLAGS (XPath: i s m x q); NULL for an
 * invalid pattern or flag. */
static pcre2_code *regex_get(sp_values *v, const sp_val *pat, const sp_val *flags) {
  if (!v->rx) {
    v->rx = calloc(1, sizeof *v->rx);
    if (!v->rx) return NULL;
    v->rx->md = pcre2_match_data_create(32, NULL);
    if (!v->rx->md) { free(v->rx); v->rx = NULL; return NULL; }
  }
  int64_t fc = flags ? flags->code : 0;
  for (size_t i = 0; i < RX_SLOTS; i++)
    if (v->rx->slot[i].re && v->rx->slot[i].pat == pat->code && v->rx->slot[i].flags == fc)
      return v->rx->slot[i].re;
  uint32_t opt = PCRE2_UTF | PCRE2_UCP;
  int strip_ws = 0;
  if (flags) {
    for (size_t i = 0; i < flags->len; i++) {
      switch (flags->lex[i]) {
        case 'i': opt |= PCRE2_CASELESS; break;
        case 's': opt |= PCRE2_DOTALL; break;
        case 'm': opt |= PCRE2_MULTILINE; break;
        case 'x': strip_ws = 1; break;
        case 'q': opt |= PCRE2_LITERAL; break;
        default: return NULL;
      }
    }
  }
  const char *p = pat->lex;
  size_t plen = pat->len;
  char *tmp = NULL;
  if (strip_ws && !(opt & PCRE2_LITERAL)) {
    /* XPath's x: whitespace outside character classes is removed */
    tmp = malloc(plen + 1);
    if (!tmp) return NULL;
    size_t o = 0;
    int cls = 0;
    for (size_t i = 0; i < plen; i++) {
      char ch = p[i];
      if (ch == '\\' && i + 1 < plen) { tmp[o++] = ch; tmp[o++] = p[++i]; continue; }
      if (ch == '[') cls++;
      else if (ch == ']' && cls) cls--;
      if (!cls && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) continue;
      tmp[o++] = ch;
    }
    p = tmp;
    plen = o;
  }
  if (opt & PCRE2_LITERAL) opt &= PCRE2_UTF | PCRE2_CASELESS | PCRE2_LITERAL;
  int err;
  PCRE2_SIZE off;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)p, plen, opt, &err, &off, NULL);
  free(tmp);
  if (!re) return NULL;
  size_t k = v->rx->next++ % RX_SLOTS;
  pcre2_code_free(v->rx->slot[k].re);
  v->rx->slot[k].re = re;
  v->rx->slot[k].pat = pat->code;
  v->rx->slot[k].flags = fc;
  return re;
}

/* ---- helpers -------------------------------------------------------------- */

static int is_str(const sp_val *x) { return x && (VT_IS_STR(x->vt) || x->vt == VT_LANG); }
static int is_plain(const sp_val *x) { return x && VT_IS_STR(x->vt); }

/* Argument compatibility (17.4.3.1.2). */
static int compatible(const sp_val *a, const sp_val *b) {
  if (!is_str(a) || !is_str(b)) return 0;
  if (is_plain(b)) return 1;
  return a->vt == VT_LANG && !strcasecmp(a->lang, b->lang);
}

/* A string result keeping X's language tag.  An xsd:string result is made
 * a simple literal: the same term in RDF 1.1, and what the W3C tests
 * expect (strbefore02). */
static int64_t like(sp_values *v, const sp_val *x, const char *s, size_t len) {
  return sp_mk_str(v, s, len, x->lang, NULL);
}

static size_t utf8_len(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

/* Byte offset of code point N of S (clamped to LEN). */
static size_t utf8_off(const char *s, size_t len, size_t n) {
  size_t i = 0;
  while (i < len && n > 0) {
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    n--;
  }
  return i;
}

static const char *find_sub(const char *h, size_t hl, const char *n, size_t nl) {
  if (nl == 0) return h;
  if (nl > hl) return NULL;
  for (size_t i = 0; i + nl <= hl; i++)
    if (h[i] == n[0] && !memcmp(h + i, n, nl)) return h + i;
  return NULL;
}

static int64_t case_map(sp_values *v, const sp_val *x, int upper) {
  size_t cap = x->len * 3 + 8, o = 0;
  char *buf = malloc(cap);
  if (!buf) return 0;
  for (size_t i = 0; i < x->len;) {
    long cp = gd_text_next(x->lex, x->len, &i);
    if (cp < 0) { free(buf); return 0; }
    long to[3];
    int nto = gd_text_case_full(cp, upper, to);
    if (o + 12 > cap) {
      cap *= 2;
      char *nb = realloc(buf, cap);
      if (!nb) { free(buf); return 0; }
      buf = nb;
    }
    for (int j = 0; j < nto; j++) o += gd_text_encode(to[j], buf + o);
  }
  int64_t r = like(v, x, buf, o);
  free(buf);
  return r;
}

static int64_t hex_result(sp_values *v, const uint8_t *d, size_t n) {
  char buf[2 * 64 + 1];
  for (size_t i = 0; i < n; i++) snprintf(buf + 2 * i, 3, "%02x", d[i]);
  return sp_mk_str(v, buf, 2 * n, NULL, NULL);
}

static int64_t hash_fn(sp_values *v, int op, const sp_val *x) {
  if (!is_plain(x)) return 0;
  const uint8_t *s = (const uint8_t *)x->lex;
  uint8_t d[64];
  switch (op) {
    case SP_F_MD5: { struct md5_ctx c; md5_init(&c); md5_update(&c, x->len, s); md5_digest(&c, 16, d); return hex_result(v, d, 16); }
    case SP_F_SHA1: { struct sha1_ctx c; sha1_init(&c); sha1_update(&c, x->len, s); sha1_digest(&c, 20, d); return hex_result(v, d, 20); }
    case SP_F_SHA256: { struct sha256_ctx c; sha256_init(&c); sha256_update(&c, x->len, s); sha256_digest(&c, 32, d); return hex_result(v, d, 32); }
    case SP_F_SHA384: { struct sha384_ctx c; sha384_init(&c); sha384_update(&c, x->len, s); sha384_digest(&c, 48, d); return hex_result(v, d, 48); }
    default: { struct sha512_ctx c; sha512_init(&c); sha512_update(&c, x->len, s); sha512_digest(&c, 64, d); return hex_result(v, d, 64); }
  }
}

static int64_t uuid(sp_values *v, int as_iri) {
  uint64_t a = sp_rand64(v), b = sp_rand64(v);
  a = (a & ~0xF000ULL) | 0x4000ULL;                       /* version 4 */
  b = (b & ~(3ULL << 62)) | (2ULL << 62);                 /* variant 10 */
  char buf[64];
  int n = snprintf(buf, sizeof buf, "%s%08x-%04x-%04x-%04x-%012llx", as_iri ? "urn:uuid:" : "",
                   (unsigned)(a >> 32), (unsigned)((a >> 16) & 0xFFFF), (unsigned)(a & 0xFFFF),
                   (unsigned)(b >> 48), (unsigned long long)(b & 0xFFFFFFFFFFFFULL));
  return as_iri ? sp_intern(v, SP_IRI, buf, (size_t)n, NULL, NULL)
                : sp_mk_str(v, buf, (size_t)n, NULL, NULL);
}

static int64_t now(sp_values *v) {
  if (v->now_code) return v->now_code;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  struct tm tm;
  gmtime_r(&ts.tv_sec, &tm);
  char buf[64];
  int n = snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                   tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                   (int)(ts.tv_nsec / 1000000));
  v->now_code = sp_intern(v, SP_LITERAL, buf, (size_t)n, NULL, SP_XSD "dateTime");
  return v->now_code;
}

/* ABS, CEIL, FLOOR, ROUND keeping the type. */
static int64_t rounding(sp_values *v, int op, const sp_val *x) {
  if (!x || !VT_IS_NUM(x->vt)) return 0;
  if (VT_IS_EXACT(x->vt)) {
    sp_dec d = x->u.d, r;
    sp_dec_norm(&d);
    if (op == SP_F_ABS) {
      r = d;
      if (r.m < 0) r.m = -r.m;
    } else {
      i128 p = 1;
      for (int i = 0; i < d.s; i++) p *= 10;
      i128 q = d.m / p, rem = d.m % p; /* truncated toward zero */
      if (op == SP_F_CEIL && rem > 0) q++;
      if (op == SP_F_FLOOR && rem < 0) q--;
      if (op == SP_F_ROUND) {
        /* half toward positive infinity: floor(x + 0.5) */
        i128 twice = rem * 2;
        if (rem >= 0 ? twice >= p : twice >= -p) { if (rem > 0) q++; }
        else if (rem < 0) q--;
      }
      r.m = q;
      r.s = 0;
    }
    return x->vt == VT_INT ? sp_mk_int(v, r) : sp_mk_dec(v, r);
  }
  double f = x->u.f, r;
  switch (op) {
    case SP_F_ABS: r = fabs(f); break;
    case SP_F_CEIL: r = ceil(f); break;
    case SP_F_FLOOR: r = floor(f); break;
    default: r = isfinite(f) ? (f - floor(f) >= 0.5 ? ceil(f) : floor(f)) : f; break;
  }
  return sp_mk_double(v, r, x->vt == VT_FLOAT);
}

/* SUBSTR with fn:substring's rounding. */
static int64_t substr(sp_values *v, const sp_val *s, const sp_val *start, const sp_val *len) {
  if (!is_str(s) || !start || !VT_IS_NUM(start->vt) || (len && !VT_IS_NUM(len->vt))) return 0;
  double st = sp_num_double(start);
  double rs = floor(st + 0.5);
  double end = len ? rs + floor(sp_num_double(len) + 0.5) : INFINITY;
  if (isnan(rs) || isnan(end)) return like(v, s, "", 0);
  size_t n = utf8_len(s->lex, s->len);
  double from = rs < 1 ? 1 : rs;
  double to = end > (double)n + 1 ? (double)n + 1 : end; /* exclusive */
  if (to <= from) return like(v, s, "", 0);
  size_t b0 = utf8_off(s->lex, s->len, (size_t)from - 1);
  size_t b1 = utf8_off(s->lex, s->len, (size_t)to - 1);
  return like(v, s, s->lex + b0, b1 - b0);
}

/* XPath replacement syntax to PCRE2's: \$ and \\ are the literals, $n a
 * group; a lone \ or $ not followed by a digit is an error. */
static char *xpath_replacement(const sp_val *r, int literal, size_t *outlen) {
  char *o = malloc(r->len * 2 + 1);
  if (!o) return NULL;
  size_t k = 0;
  for (size_t i = 0; i < r->len && literal; i++) {
    /* flag q: the replacement is taken as it is too */
    if (r->lex[i] == '$') o[k++] = '$';
    o[k++] = r->lex[i];
  }
  for (size_t i = 0; i < r->len && !literal; i++) {
    char c = r->lex[i];
    if (c == '\\') {
      if (i + 1 < r->len && (r->lex[i + 1] == '\\' || r->lex[i + 1] == '$')) {
        if (r->lex[i + 1] == '$') o[k++] = '$';
        o[k++] = r->lex[++i];
        continue;
      }
      free(o);
      return NULL;
    }
    if (c == '$' && !(i + 1 < r->len && r->lex[i + 1] >= '0' && r->lex[i + 1] <= '9')) {
      free(o);
      return NULL;
    }
    o[k++] = c;
  }
  o[k] = 0;
  *outlen = k;
  return o;
}

static int64_t replace(sp_values *v, const sp_val *s, const sp_val *pat, const sp_val *rep,
                       const sp_val *flags) {
  if (!is_str(s) || !is_plain(pat) || !is_plain(rep) || (flags && !is_plain(flags))) return 0;
  pcre2_code *re = regex_get(v, pat, flags);
  if (!re) return 0;
  /* a pattern matching the empty string is an error (FORX0003) */
  if (pcre2_match(re, (PCRE2_SPTR) "", 0, 0, 0, v->rx->md, NULL) >= 0) return 0;
  size_t rlen;
  char *r = xpath_replacement(rep, flags && memchr(flags->lex, 'q', flags->len), &rlen);
  if (!r) return 0;
  PCRE2_SIZE cap = s->len * 2 + rlen + 64;
  int64_t code = 0;
  for (int tries = 0; tries < 8; tries++) {
    PCRE2_UCHAR *out = malloc(cap);
    if (!out) break;
    PCRE2_SIZE olen = cap;
    int rc = pcre2_substitute(re, (PCRE2_SPTR)s->lex, s->len, 0,
                              PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH |
                                  PCRE2_SUBSTITUTE_UNSET_EMPTY | PCRE2_SUBSTITUTE_UNKNOWN_UNSET,
                              NULL,
                              NULL, (PCRE2_SPTR)r, rlen, out, &olen);
    if (rc >= 0) code = like(v, s, (const char *)out, olen);
    free(out);
    if (rc == PCRE2_ERROR_NOMEMORY) { cap = olen + 1; continue; }
    break;
  }
  free(r);
  return code;
}

static int64_t regex(sp_values *v, const sp_val *s, const sp_val *pat, const sp_val *flags) {
  if (!is_str(s) || !is_plain(pat) || (flags && !is_plain(flags))) return 0;
  pcre2_code *re = regex_get(v, pat, flags);
  if (!re) return 0;
  int rc = pcre2_match(re, (PCRE2_SPTR)s->lex, s->len, 0, 0, v->rx->md, NULL);
  if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) return 0;
  return sp_mk_bool(v, rc >= 0);
}

static int64_t encode_for_uri(sp_values *v, const sp_val *x) {
  if (!is_str(x)) return 0;
  char *buf = malloc(x->len * 3 + 1);
  if (!buf) return 0;
  size_t o = 0;
  for (size_t i = 0; i < x->len; i++) {
    unsigned char c = (unsigned char)x->lex[i];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      buf[o++] = (char)c;
    } else {
      snprintf(buf + o, 4, "%%%02X", c);
      o += 3;
    }
  }
  int64_t r = sp_mk_str(v, buf, o, NULL, NULL);
  free(buf);
  return r;
}

static int64_t concat(sp_values *v, sp_val **a, int n) {
  size_t total = 0;
  const char *lang = NULL;
  int same_lang = 1;
  for (int i = 0; i < n; i++) {
    if (!is_str(a[i])) return 0;
    total += a[i]->len;
    if (i == 0) lang = a[i]->lang;
    if (!a[i]->lang || !lang || strcmp(a[i]->lang, lang)) same_lang = 0;
  }
  char *buf = malloc(total + 1);
  if (!buf) return 0;
  size_t o = 0;
  for (int i = 0; i < n; i++) { memcpy(buf + o, a[i]->lex, a[i]->len); o += a[i]->len; }
  int64_t r = sp_mk_str(v, buf, o, n && same_lang ? lang : NULL, NULL);
  free(buf);
  return r;
}

static int64_t langmatches(sp_values *v, const sp_val *tag, const sp_val *range) {
  if (!is_plain(tag) || !is_plain(range)) return 0;
  if (range->len == 1 && range->lex[0] == '*') return sp_mk_bool(v, tag->len > 0);
  if (range->len > tag->len || strncasecmp(tag->lex, range->lex, range->len)) return sp_mk_bool(v, 0);
  return sp_mk_bool(v, tag->len == range->len || tag->lex[range->len] == '-');
}

/* YEAR .. SECONDS, TIMEZONE, TZ */
static int64_t datetime_part(sp_values *v, int op, const sp_val *x) {
  if (!x || (x->vt != VT_DATETIME && !(x->vt == VT_DATE && op <= SP_F_DAY) &&
             !(x->vt == VT_DATE && op >= SP_F_TIMEZONE)))
    return 0;
  const sp_dt *t = x->u.t;
  sp_dec d = {0, 0};
  char buf[64];
  switch (op) {
    case SP_F_YEAR: d.m = t->year; return sp_mk_int(v, d);
    case SP_F_MONTH: d.m = t->mon; return sp_mk_int(v, d);
    case SP_F_DAY: d.m = t->day; return sp_mk_int(v, d);
    case SP_F_HOURS: d.m = t->hh; return sp_mk_int(v, d);
    case SP_F_MINUTES: d.m = t->mi; return sp_mk_int(v, d);
    case SP_F_SECONDS: return sp_mk_dec(v, t->sec);
    case SP_F_TIMEZONE: {
      if (t->tz == SP_NO_TZ) return 0;
      int m = t->tz < 0 ? -t->tz : t->tz;
      int n;
      if (m == 0) n = snprintf(buf, sizeof buf, "PT0S");
      else if (m % 60 == 0) n = snprintf(buf, sizeof buf, "%sPT%dH", t->tz < 0 ? "-" : "", m / 60);
      else if (m < 60) n = snprintf(buf, sizeof buf, "%sPT%dM", t->tz < 0 ? "-" : "", m);
      else n = snprintf(buf, sizeof buf, "%sPT%dH%dM", t->tz < 0 ? "-" : "", m / 60, m % 60);
      return sp_intern(v, SP_LITERAL, buf, (size_t)n, NULL, SP_XSD "dayTimeDuration");
    }
    default: { /* TZ */
      int n;
      if (t->tz == SP_NO_TZ) n = 0, buf[0] = 0;
      else if (t->tz == 0) n = snprintf(buf, sizeof buf, "Z");
      else {
        int m = t->tz < 0 ? -t->tz : t->tz;
        n = snprintf(buf, sizeof buf, "%c%02d:%02d", t->tz < 0 ? '-' : '+', m / 60, m % 60);
      }
      return sp_mk_str(v, buf, (size_t)n, NULL, NULL);
    }
  }
}

/* The lexical form of a literal as a string operand of CONTAINS etc. */
static int64_t str_pair(sp_values *v, int op, const sp_val *a, const sp_val *b) {
  if (!compatible(a, b)) return 0;
  const char *hit = find_sub(a->lex, a->len, b->lex, b->len);
  switch (op) {
    case SP_F_CONTAINS: return sp_mk_bool(v, hit != NULL);
    case SP_F_STRSTARTS: return sp_mk_bool(v, b->len <= a->len && !memcmp(a->lex, b->lex, b->len));
    case SP_F_STRENDS:
      return sp_mk_bool(v, b->len <= a->len && !memcmp(a->lex + a->len - b->len, b->lex, b->len));
    case SP_F_STRBEFORE:
      if (!hit) return sp_mk_str(v, "", 0, NULL, NULL);
      return like(v, a, a->lex, (size_t)(hit - a->lex));
    default: /* STRAFTER */
      if (!hit) return sp_mk_str(v, "", 0, NULL, NULL);
      return like(v, a, hit + b->len, a->len - (size_t)(hit - a->lex) - b->len);
  }
}

/* The blank node of (string STR, solution SOL), made on first use. */
static int64_t bnode_for(sp_values *v, int64_t str, int64_t sol) {
  sp_bnode_map *m = &v->bnodes;
  if (gd_hindex_reserve(&m->ix, 1)) return 0;
  uint32_t tag = gd_hash_int_tag((uint64_t)str * 0xC2B2AE3D27D4EB4FULL + (uint64_t)sol);
  gd_hslot *sl;
  for (sl = gd_hindex_first(&m->ix, tag); sl->ix; sl = gd_hindex_next(&m->ix, sl))
    if (sl->tag == tag && m->e[sl->ix - 1][0] == str && m->e[sl->ix - 1][1] == sol) return m->e[sl->ix - 1][2];
  if (m->n == m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 128;
    int64_t(*e)[3] = realloc(m->e, cap * sizeof *e);
    if (!e) return 0;
    m->e = e;
    m->cap = cap;
  }
  int64_t b = sp_values_fresh_blank(v);
  if (!b) return 0;
  m->e[m->n][0] = str;
  m->e[m->n][1] = sol;
  m->e[m->n][2] = b;
  gd_hindex_put(&m->ix, sl, tag, m->n++);
  return b;
}

/* ---- IRI resolution (RFC 3986, 5.2) ------------------------------------------ */

typedef struct { const char *s; size_t n; int has; } part;
typedef struct { part scheme, auth, path, query, frag; } iri_parts;

static void iri_split(const char *s, size_t n, iri_parts *p) {
  memset(p, 0, sizeof *p);
  size_t i = 0;
  /* scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" */
  while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) i++;
  if (i > 0 && i < n && s[i] == ':' && isalpha((unsigned char)s[0])) {
    p->scheme = (part){s, i, 1};
    i++;
  } else {
    i = 0;
  }
  if (i + 1 < n && s[i] == '/' && s[i + 1] == '/') {
    size_t a = i + 2, e = a;
    while (e < n && s[e] != '/' && s[e] != '?' && s[e] != '#') e++;
    p->auth = (part){s + a, e - a, 1};
    i = e;
  }
  size_t e = i;
  while (e < n && s[e] != '?' && s[e] != '#') e++;
  p->path = (part){s + i, e - i, 1};
  i = e;
  if (i < n && s[i] == '?') {
    e = i + 1;
    while (e < n && s[e] != '#') e++;
    p->query = (part){s + i + 1, e - i - 1, 1};
    i = e;
  }
  if (i < n && s[i] == '#') p->frag = (part){s + i + 1, n - i - 1, 1};
}

/* remove_dot_segments of IN (N bytes) into OUT (at least N + 1 bytes). */
static size_t remove_dots(const char *in, size_t n, char *out) {
  size_t o = 0, i = 0;
  while (i < n) {
    if (n - i >= 3 && !memcmp(in + i, "../", 3)) i += 3;
    else if (n - i >= 2 && !memcmp(in + i, "./", 2)) i += 2;
    else if (n - i >= 3 && !memcmp(in + i, "/./", 3)) i += 2;
    else if (n - i == 2 && !memcmp(in + i, "/.", 2)) { i += 1; in = "/"; n = 1; i = 0; }
    else if ((n - i >= 4 && !memcmp(in + i, "/../", 4)) || (n - i == 3 && !memcmp(in + i, "/..", 3))) {
      int last = n - i == 3;
      i += 3;
      while (o > 0 && out[o - 1] != '/') o--;
      if (o > 0) o--;
      if (last) { out[o++] = '/'; break; }
    } else if ((n - i == 1 && in[i] == '.') || (n - i == 2 && !memcmp(in + i, "..", 2))) {
      break;
    } else {
      if (in[i] == '/') out[o++] = in[i++];
      while (i < n && in[i] != '/') out[o++] = in[i++];
    }
  }
  out[o] = 0;
  return o;
}

/* REF resolved against BASE into a malloc'd string; NULL when out of memory. */
static char *iri_resolve(const char *base, size_t bn, const char *ref, size_t rn) {
  iri_parts b, r, t;
  iri_split(base, bn, &b);
  iri_split(ref, rn, &r);
  size_t cap = bn + rn + 8;
  char *merged = malloc(cap), *path = malloc(cap), *out = malloc(cap + 8);
  if (!merged || !path || !out) { free(merged); free(path); free(out); return NULL; }
  memset(&t, 0, sizeof t);
  size_t pn = 0;
  if (r.scheme.has) {
    t.scheme = r.scheme; t.auth = r.auth; t.query = r.query;
    pn = remove_dots(r.path.s, r.path.n, path);
  } else {
    t.scheme = b.scheme;
    if (r.auth.has) {
      t.auth = r.auth; t.query = r.query;
      pn = remove_dots(r.path.s, r.path.n, path);
    } else {
      t.auth = b.auth;
      if (r.path.n == 0) {
        memcpy(path, b.path.s, b.path.n); pn = b.path.n;
        t.query = r.query.has ? r.query : b.query;
      } else {
        if (r.path.s[0] == '/') {
          pn = remove_dots(r.path.s, r.path.n, path);
        } else {
          size_t m = 0;
          if (b.auth.has && b.path.n == 0) merged[m++] = '/';
          else {
            size_t k = b.path.n;
            while (k > 0 && b.path.s[k - 1] != '/') k--;
            memcpy(merged, b.path.s, k); m = k;
          }
          memcpy(merged + m, r.path.s, r.path.n); m += r.path.n;
          pn = remove_dots(merged, m, path);
        }
        t.query = r.query;
      }
    }
  }
  t.frag = r.frag;
  size_t o = 0;
  if (t.scheme.has) { memcpy(out + o, t.scheme.s, t.scheme.n); o += t.scheme.n; out[o++] = ':'; }
  if (t.auth.has) { out[o++] = '/'; out[o++] = '/'; memcpy(out + o, t.auth.s, t.auth.n); o += t.auth.n; }
  memcpy(out + o, path, pn); o += pn;
  free(merged);
  free(path);
  if (t.query.has || t.frag.has) {
    size_t need = o + t.query.n + t.frag.n + 3;
    char *bigger = realloc(out, need);
    if (!bigger) { free(out); return NULL; }
    out = bigger;
  }
  if (t.query.has) { out[o++] = '?'; memcpy(out + o, t.query.s, t.query.n); o += t.query.n; }
  if (t.frag.has) { out[o++] = '#'; memcpy(out + o, t.frag.s, t.frag.n); o += t.frag.n; }
  out[o] = 0;
  return out;
}

/* IRI(X) against BASE (an IRI value or NULL): an absolute IRI as it is, a
 * relative one resolved, an error without a base. */
static int64_t make_iri(sp_values *v, const sp_val *x, const sp_val *base) {
  if (x && x->kind == SP_IRI) return x->code;
  if (!is_plain(x)) return 0;
  iri_parts p;
  iri_split(x->lex, x->len, &p);
  if (p.scheme.has) return sp_intern(v, SP_IRI, x->lex, x->len, NULL, NULL);
  if (!base || base->kind != SP_IRI) return 0;
  char *r = iri_resolve(base->lex, base->len, x->lex, x->len);
  if (!r) return 0;
  int64_t code = sp_intern(v, SP_IRI, r, strlen(r), NULL, NULL);
  free(r);
  return code;
}

/* ---- sp_eval ------------------------------------------------------------------ */

/* IN / NOT IN: true when some member is equal; an error when none is and
 * some comparison failed. */
static int64_t in_list(sp_values *v, int negate, sp_val *x, sp_val **a, int n) {
  int err = !x;
  for (int i = 0; i < n; i++) {
    int c = x && a[i] ? sp_compare(x, a[i], 1) : -2;
    if (c == 0) return sp_mk_bool(v, !negate);
    if (c == -2) err = 1;
  }
  return err ? 0 : sp_mk_bool(v, negate);
}

void sp_fn_eval(sqlite3_context *c, int argc, sqlite3_value **argv) {
  sp_values *v = sqlite3_user_data(c);
  if (argc < 1) { sqlite3_result_error(c, "sp_eval: no operator", -1); return; }
  int op = sqlite3_value_int(argv[0]);
  int n = argc - 1;
  sp_val *small[8], **a = small;
  if (n > 8) {
    a = malloc((size_t)n * sizeof *a);
    if (!a) { sqlite3_result_error_nomem(c); return; }
  }
  for (int i = 0; i < n; i++) a[i] = sp_arg(c, argv, i + 1);
  sp_val *x = n > 0 ? a[0] : NULL, *y = n > 1 ? a[1] : NULL, *z = n > 2 ? a[2] : NULL;
  int64_t r = 0;
#define NEED(lo, hi) if (n < (lo) || n > (hi)) goto arity
  switch (op) {
    case SP_E_OR:
    case SP_E_AND: {
      NEED(2, 2);
      int p = sp_ebv(x), q = sp_ebv(y);
      int dom = op == SP_E_OR; /* the value that decides alone */
      if (p == dom || q == dom) r = sp_mk_bool(v, dom);
      else if (p < 0 || q < 0) r = 0;
      else r = sp_mk_bool(v, !dom);
      break;
    }
    case SP_E_NOT: {
      NEED(1, 1);
      int p = sp_ebv(x);
      r = p < 0 ? 0 : sp_mk_bool(v, !p);
      break;
    }
    case SP_E_EQ: case SP_E_NE: case SP_E_LT: case SP_E_GT: case SP_E_LE: case SP_E_GE: {
      NEED(2, 2);
      int cmp = sp_compare(x, y, op == SP_E_EQ || op == SP_E_NE);
      if (cmp == -2) break;
      int res;
      switch (op) {
        case SP_E_EQ: res = cmp == 0; break;
        case SP_E_NE: res = cmp != 0; break;
        case SP_E_LT: res = cmp == -1; break;
        case SP_E_GT: res = cmp == 1; break;
        case SP_E_LE: res = cmp == -1 || cmp == 0; break;
        default: res = cmp == 1 || cmp == 0; break;
      }
      /* ordering language-tagged literals or terms is an error */
      if (cmp == 2 && op != SP_E_EQ && op != SP_E_NE) {
        int nanx = x && (x->vt == VT_FLOAT || x->vt == VT_DOUBLE);
        int nany = y && (y->vt == VT_FLOAT || y->vt == VT_DOUBLE);
        if (!nanx && !nany) break;
      }
      r = sp_mk_bool(v, res);
      break;
    }
    case SP_E_IN: case SP_E_NOT_IN:
      NEED(1, 1 << 30);
      r = in_list(v, op == SP_E_NOT_IN, x, a + 1, n - 1);
      break;
    case SP_E_ADD: case SP_E_SUB: case SP_E_MUL: case SP_E_DIV:
      NEED(2, 2);
      r = sp_arith(v, op, x, y);
      break;
    case SP_E_NEG: case SP_E_POS: {
      NEED(1, 1);
      if (!x || !VT_IS_NUM(x->vt)) break;
      if (op == SP_E_POS) { r = x->code; break; }
      if (VT_IS_EXACT(x->vt)) {
        sp_dec d = x->u.d;
        d.m = -d.m;
        r = x->vt == VT_INT ? sp_mk_int(v, d) : sp_mk_dec(v, d);
      } else {
        r = sp_mk_double(v, -x->u.f, x->vt == VT_FLOAT);
      }
      break;
    }
    case SP_F_STR:
      NEED(1, 1);
      if (x && x->kind != SP_BLANK) r = sp_mk_str(v, x->lex, x->len, NULL, NULL);
      break;
    case SP_F_LANG:
      NEED(1, 1);
      if (x && x->kind == SP_LITERAL)
        r = sp_mk_str(v, x->lang ? x->lang : "", x->lang ? strlen(x->lang) : 0, NULL, NULL);
      break;
    case SP_F_LANGMATCHES: NEED(2, 2); r = langmatches(v, x, y); break;
    case SP_F_DATATYPE:
      NEED(1, 1);
      if (x && x->kind == SP_LITERAL) {
        const char *dt = x->lang ? SP_RDF "langString" : x->dt ? x->dt : SP_XSD "string";
        r = sp_intern(v, SP_IRI, dt, strlen(dt), NULL, NULL);
      }
      break;
    case SP_F_BOUND:
      NEED(1, 1);
      r = sp_mk_bool(v, sqlite3_value_type(argv[1]) != SQLITE_NULL);
      break;
    case SP_F_IRI:
      /* IRI(str) or IRI(str, BASE): BASE the query's base IRI as a code */
      NEED(1, 2);
      r = make_iri(v, x, y);
      break;
    case SP_F_BNODE:
      /* BNODE(): a new blank node each call.  BNODE(str, SOLUTION): one
       * blank node per string and solution, SOLUTION being any integer the
       * caller gives each solution (without it, one per call) */
      NEED(0, 2);
      if (n == 0) r = sp_values_fresh_blank(v);
      else if (is_plain(x))
        r = n == 2 && sqlite3_value_type(argv[2]) != SQLITE_NULL
                ? bnode_for(v, x->code, sqlite3_value_int64(argv[2]))
                : sp_values_fresh_blank(v);
      break;
    case SP_F_RAND:
      NEED(0, 0);
      r = sp_mk_double(v, (double)(sp_rand64(v) >> 11) * (1.0 / 9007199254740992.0), 0);
      break;
    case SP_F_ABS: case SP_F_CEIL: case SP_F_FLOOR: case SP_F_ROUND:
      NEED(1, 1);
      r = rounding(v, op, x);
      break;
    case SP_F_CONCAT: r = concat(v, a, n); break;
    case SP_F_SUBSTR: NEED(2, 3); r = substr(v, x, y, n > 2 ? z : NULL); if (n > 2 && !z) r = 0; break;
    case SP_F_STRLEN: {
      NEED(1, 1);
      if (!is_str(x)) break;
      sp_dec d = {(i128)utf8_len(x->lex, x->len), 0};
      r = sp_mk_int(v, d);
      break;
    }
    case SP_F_REPLACE: NEED(3, 4); if (n == 4 && !a[3]) break; r = replace(v, x, y, z, n > 3 ? a[3] : NULL); break;
    case SP_F_UCASE: case SP_F_LCASE: NEED(1, 1); if (is_str(x)) r = case_map(v, x, op == SP_F_UCASE); break;
    case SP_F_ENCODE_FOR_URI: NEED(1, 1); r = encode_for_uri(v, x); break;
    case SP_F_CONTAINS: case SP_F_STRSTARTS: case SP_F_STRENDS: case SP_F_STRBEFORE: case SP_F_STRAFTER:
      NEED(2, 2);
      r = str_pair(v, op, x, y);
      break;
    case SP_F_YEAR: case SP_F_MONTH: case SP_F_DAY: case SP_F_HOURS: case SP_F_MINUTES:
    case SP_F_SECONDS: case SP_F_TIMEZONE: case SP_F_TZ:
      NEED(1, 1);
      r = datetime_part(v, op, x);
      break;
    case SP_F_NOW: NEED(0, 0); r = now(v); break;
    case SP_F_UUID: NEED(0, 0); r = uuid(v, 1); break;
    case SP_F_STRUUID: NEED(0, 0); r = uuid(v, 0); break;
    case SP_F_MD5: case SP_F_SHA1: case SP_F_SHA256: case SP_F_SHA384: case SP_F_SHA512:
      NEED(1, 1);
      r = hash_fn(v, op, x);
      break;
    case SP_F_COALESCE:
      for (int i = 0; i < n && !r; i++) if (a[i]) r = a[i]->code;
      break;
    case SP_F_IF: {
      NEED(3, 3);
      int p = sp_ebv(x);
      if (p == 1 && y) r = y->code;
      else if (p == 0 && z) r = z->code;
      break;
    }
    case SP_F_STRLANG:
      NEED(2, 2);
      if (is_plain(x) && is_plain(y) && y->len > 0) r = sp_mk_str(v, x->lex, x->len, y->lex, NULL);
      break;
    case SP_F_STRDT:
      NEED(2, 2);
      if (is_plain(x) && y && y->kind == SP_IRI) r = sp_mk_str(v, x->lex, x->len, NULL, y->lex);
      break;
    case SP_F_SAMETERM:
      NEED(2, 2);
      if (x && y) r = sp_mk_bool(v, x->code == y->code);
      break;
    case SP_F_ISIRI: NEED(1, 1); if (x) r = sp_mk_bool(v, x->kind == SP_IRI); break;
    case SP_F_ISBLANK: NEED(1, 1); if (x) r = sp_mk_bool(v, x->kind == SP_BLANK); break;
    case SP_F_ISLITERAL: NEED(1, 1); if (x) r = sp_mk_bool(v, x->kind == SP_LITERAL); break;
    case SP_F_ISNUMERIC:
      /* a valid number, also one beyond our precision (VT_OTHER) */
      NEED(1, 1);
      if (x) r = sp_mk_bool(v, VT_IS_NUM(x->vt) || (x->vt == VT_OTHER && sp_numeric_datatype(x->dt)));
      break;
    case SP_F_REGEX: NEED(2, 3); if (n == 3 && !z) break; r = regex(v, x, y, n > 2 ? z : NULL); break;
    default: {
      char msg[80];
      snprintf(msg, sizeof msg, "sp_eval: operator %d is not a value operator", op);
      sqlite3_result_error(c, msg, -1);
      goto done;
    }
  }
  sp_result(c, r);
  goto done;
arity:
  sqlite3_result_error(c, "sp_eval: wrong number of arguments", -1);
done:
  if (a != small) free(a);
#undef NEED
}
