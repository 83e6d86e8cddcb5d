/* geordf: JSON on yajl: a generator that writes as the project always did,
 * and a small tree for documents read whole (eval's gold records).
 * SPDX-License-Identifier: MIT */
#include "config.h"
#include "json.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

/* ---- writing ------------------------------------------------------------ */

static void to_strbuf(void *ctx, const char *s, size_t n) { gd_strbuf_add(ctx, s, n); }

yajl_gen gd_json_gen(gd_strbuf *out) {
  yajl_gen g = yajl_gen_alloc(NULL);
  if (!g) return NULL;
  yajl_gen_config(g, yajl_gen_beautify, 1);
  yajl_gen_config(g, yajl_gen_indent_string, "  ");
  yajl_gen_config(g, yajl_gen_print_callback, to_strbuf, out);
  return g;
}

void gd_json_str(yajl_gen g, const char *s) {
  yajl_gen_string(g, (const unsigned char *)s, strlen(s));
}

void gd_json_real(yajl_gen g, double v) {
  char b[48];
  int n = snprintf(b, sizeof b - 3, "%.17g", v);
  if (n < 0 || (size_t)n >= sizeof b - 3) n = 0, b[0] = '\0';
  /* the locale's decimal point is JSON's '.' */
  const char *point = localeconv()->decimal_point;
  char *dot = point && point[0] && !point[1] && point[0] != '.' ? strchr(b, point[0]) : NULL;
  if (dot) *dot = '.';
  if (isfinite(v) && !strchr(b, '.') && !strchr(b, 'e')) {
    memcpy(b + n, ".0", 3);
    n += 2;
  }
  char *e = strchr(b, 'e');
  if (e) { /* "1e-05" -> "1e-5", "1e+20" -> "1e20" */
    char *from = e + 1, *to = e + 1;
    if (*from == '+') from++;
    else if (*from == '-') from++, to++;
    while (*from == '0' && from[1]) from++;
    memmove(to, from, strlen(from) + 1);
    n = (int)strlen(b);
  }
  yajl_gen_number(g, b, (size_t)n);
}

void gd_json_empty(yajl_gen g, int array) {
  /* yajl writes a number's text as it is given, with the separators and
   * indentation of any value before it. */
  yajl_gen_number(g, array ? "[]" : "{}", 2);
}

/* ---- reading ------------------------------------------------------------ */

/* Values nested deeper than this are refused, as by the JSON Lines reader
 * (the document itself is level 1). */
#define MAX_DEPTH 2048

typedef struct {
  yajl_handle h;
  const char *text;
  gd_json *root;
  gd_json **stack;       /* the containers open */
  size_t depth, cap;
  char *key;             /* the key whose value comes next */
  size_t last;           /* bytes consumed when the previous callback ran */
  const char *err;       /* why a callback stopped the parse */
  size_t err_at;
  int nomem;
} builder;

static int fail(builder *b, const char *why) {
  b->err = why;
  b->err_at = yajl_get_bytes_consumed(b->h);
  return 0;
}

static unsigned hex4(const char *s) {
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    char ch = s[i];
    v = v * 16 + (unsigned)(ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10);
  }
  return v;
}

int gd_json_escapes_ok(const char *s, const char *end) {
  while (s < end && (s = memchr(s, '\\', (size_t)(end - s))) != NULL) {
    if (end - s < 6 || s[1] != 'u') {
      s += 2;
      continue;
    }
    unsigned cp = hex4(s + 2);
    s += 6;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return 0;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (end - s < 6 || s[0] != '\\' || s[1] != 'u') return 0;
      unsigned lo = hex4(s + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) return 0;
      s += 6;
    }
  }
  return 1;
}

/* The check of gd_json_escapes_ok() on the string token that just ended:
 * it lies between the previous callback and this one. */
static int escapes_ok(const builder *b) {
  return gd_json_escapes_ok(b->text + b->last, b->text + yajl_get_bytes_consumed(b->h));
}

/* Adds V to the open container, or makes it the root; 0 to stop. */
static int add(builder *b, gd_json *v) {
  if (!v) {
    b->nomem = 1;
    return 0;
  }
  if (!b->depth) {
    if (v->type != GD_JSON_ARRAY && v->type != GD_JSON_OBJECT) {
      gd_json_free(v);
      return fail(b, "'[' or '{' expected");
    }
    b->root = v;
    return 1;
  }
  gd_json *c = b->stack[b->depth - 1];
  if (c->type == GD_JSON_OBJECT) {
    /* a key again: its last value counts, where it first stood */
    for (size_t i = 0; i < c->n; i++)
      if (!strcmp(c->k[i], b->key)) {
        gd_json_free(c->v[i]);
        c->v[i] = v;
        free(b->key);
        b->key = NULL;
        return 1;
      }
  }
  if (c->n == c->cap) {
    size_t cap = c->cap ? 2 * c->cap : 4;
    gd_json **nv = realloc(c->v, cap * sizeof *nv);
    if (nv) c->v = nv;
    char **nk = c->type == GD_JSON_OBJECT && nv ? realloc(c->k, cap * sizeof *nk) : NULL;
    if (nk) c->k = nk;
    if (!nv || (c->type == GD_JSON_OBJECT && !nk)) {
      gd_json_free(v);
      b->nomem = 1;
      return 0;
    }
    c->cap = cap;
  }
  if (c->type == GD_JSON_OBJECT) {
    c->k[c->n] = b->key;
    b->key = NULL;
  }
  c->v[c->n++] = v;
  return 1;
}

static gd_json *node(gd_json_type t) {
  gd_json *v = calloc(1, sizeof *v);
  if (v) v->type = t;
  return v;
}

static int next(builder *b) {
  b->last = yajl_get_bytes_consumed(b->h);
  return 1;
}

static int on_null(void *ctx) {
  builder *b = ctx;
  return add(b, node(GD_JSON_NULL)) && next(b);
}

static int on_boolean(void *ctx, int t) {
  builder *b = ctx;
  gd_json *v = node(GD_JSON_BOOL);
  if (v) v->i = t != 0;
  return add(b, v) && next(b);
}

static int on_number(void *ctx, const char *s, size_t n) {
  builder *b = ctx;
  char small[64], *t = n < sizeof small ? small : malloc(n + 1);
  if (!t) {
    b->nomem = 1;
    return 0;
  }
  memcpy(t, s, n);
  t[n] = '\0';
  int real = strpbrk(t, ".eE") != NULL;
  long long i = 0;
  double d = 0.0;
  errno = 0;
  if (real) {
    /* strtod() reads the locale's decimal point */
    const char *point = localeconv()->decimal_point;
    char *dot = strchr(t, '.');
    if (dot && point && point[0] && !point[1]) *dot = point[0];
    d = strtod(t, NULL);
  } else {
    i = strtoll(t, NULL, 10);
  }
  int range = errno == ERANGE && (!real || d == HUGE_VAL || d == -HUGE_VAL);
  if (t != small) free(t);
  if (range) return fail(b, "number out of range");
  gd_json *v = node(real ? GD_JSON_REAL : GD_JSON_INT);
  if (v) v->i = i, v->d = d;
  return add(b, v) && next(b);
}

static int on_string(void *ctx, const unsigned char *s, size_t n) {
  builder *b = ctx;
  if (!escapes_ok(b)) return fail(b, "invalid \\u escape (a UTF-16 surrogate out of its pair)");
  gd_json *v = node(GD_JSON_STRING);
  if (v && !(v->s = malloc(n + 1))) {
    free(v);
    v = NULL;
  }
  if (v) {
    memcpy(v->s, s, n);
    v->s[n] = '\0';
    v->len = n;
  }
  return add(b, v) && next(b);
}

static int on_map_key(void *ctx, const unsigned char *s, size_t n) {
  builder *b = ctx;
  if (!escapes_ok(b)) return fail(b, "invalid \\u escape (a UTF-16 surrogate out of its pair)");
  if (memchr(s, '\0', n)) return fail(b, "NUL byte in object key");
  free(b->key);
  if (!(b->key = malloc(n + 1))) {
    b->nomem = 1;
    return 0;
  }
  memcpy(b->key, s, n);
  b->key[n] = '\0';
  return next(b);
}

static int on_start(builder *b, gd_json_type t) {
  if (b->depth >= MAX_DEPTH) return fail(b, "maximum nesting depth reached");
  gd_json *v = node(t);
  if (!add(b, v)) return 0;
  if (b->depth == b->cap) {
    size_t cap = b->cap ? 2 * b->cap : 16;
    gd_json **s = realloc(b->stack, cap * sizeof *s);
    if (!s) {
      b->nomem = 1;
      return 0;
    }
    b->stack = s;
    b->cap = cap;
  }
  b->stack[b->depth++] = v;
  return next(b);
}

static int on_start_map(void *ctx) { return on_start(ctx, GD_JSON_OBJECT); }
static int on_start_array(void *ctx) { return on_start(ctx, GD_JSON_ARRAY); }

static int on_end(void *ctx) {
  builder *b = ctx;
  b->depth--;
  return next(b);
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int gd_json_parse(const char *p, size_t len, gd_json **out, char *why, size_t wn,
                  size_t *column) {
  static const yajl_callbacks cb = {on_null,   on_boolean, NULL,         NULL,
                                    on_number, on_string,  on_start_map, on_map_key,
                                    on_end,    on_start_array, on_end};
  builder b;
  memset(&b, 0, sizeof b);
  b.text = p;
  *out = NULL;
  *column = 0;
  if (!(b.h = yajl_alloc(&cb, NULL, &b))) return -1;
  size_t at;
  int in_text = 1;
  yajl_status ys = yajl_parse(b.h, (const unsigned char *)p, len);
  if (ys == yajl_status_ok) {
    ys = yajl_complete_parse(b.h);
    in_text = 0;
    at = len;
  } else {
    at = yajl_get_bytes_consumed(b.h);
  }
  int rc = 0;
  const char *err = b.err;
  if (err && b.err_at) at = b.err_at;
  unsigned char *yerr = NULL;
  if (b.nomem) {
    rc = -1;
  } else if (ys == yajl_status_error && !err) {
    /* yajl's text, as "parse error: trailing garbage\n": drop the end */
    yerr = yajl_get_error(b.h, 0, (const unsigned char *)p, len);
    char *t = (char *)yerr;
    size_t n = t ? strlen(t) : 0;
    while (n && (t[n - 1] == '\n' || t[n - 1] == '.')) t[--n] = '\0';
    err = n ? t : "syntax error";
    /* a lexical error stops before the byte it is about */
    if (in_text && !strncmp(err, "lexical", 7) && at < len) at++;
  } else if (ys == yajl_status_ok && !err) {
    /* yajl waits for the end of a string that opens after the document
     * ('{...} "') and so lets it pass: only white space may follow */
    for (size_t i = b.last; i < len && !err; i++)
      if (!is_space(p[i]) && p[i] != '\f' && p[i] != '\v') {
        err = "parse error: trailing garbage";
        at = i + 1;
      }
  }
  if (!rc) {
    /* yajl takes form feeds and vertical tabs for white space; JSON does
     * not.  The first error in the text is the one reported. */
    const char *ff = memchr(p, '\f', len), *vt = memchr(p, '\v', len);
    if (!ff || (vt && vt < ff)) ff = vt;
    char ctl[40];
    if (ff && (!err || (size_t)(ff - p) < at)) {
      snprintf(ctl, sizeof ctl, "control character 0x%02X", (unsigned char)*ff);
      err = ctl;
      at = (size_t)(ff - p) + 1;
    }
    if (err) {
      snprintf(why, wn, "%s", err);
      *column = at;
      rc = 1;
    }
  }
  if (yerr) yajl_free_error(b.h, yerr);
  yajl_free(b.h);
  free(b.stack);
  free(b.key);
  if (rc) gd_json_free(b.root);
  else *out = b.root;
  return rc;
}

void gd_json_free(gd_json *j) {
  if (!j) return;
  for (size_t i = 0; i < j->n; i++) {
    gd_json_free(j->v[i]);
    if (j->k) free(j->k[i]);
  }
  free(j->v);
  free(j->k);
  free(j->s);
  free(j);
}

const gd_json *gd_json_get(const gd_json *j, const char *key) {
  if (!j || j->type != GD_JSON_OBJECT) return NULL;
  for (size_t i = 0; i < j->n; i++)
    if (!strcmp(j->k[i], key)) return j->v[i];
  return NULL;
}
