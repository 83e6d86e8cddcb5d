/* geordf: the SPARQL 1.1 query parser (sparql.h): a hand-written
 * recursive-descent parser over the grammar of SPARQL 1.1 Query, section 19,
 * producing the algebra of section 18.2 directly (groups become Join /
 * LeftJoin / Filter / ..., simple property paths become triple patterns,
 * blank nodes of patterns become hidden variables), and checking the
 * grammar's static rules (BIND scoping, grouping of projected variables,
 * where aggregates may appear, blank node labels per basic graph pattern).
 *
 * Errors unwind with longjmp: every node lives in one arena, so a failed
 * parse frees everything by dropping the arena.
 * SPDX-License-Identifier: MIT */
#include "sparql.h"
#include "hash.h"

#include <raptor2.h>

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- arena --------------------------------------------------------------- */

typedef struct ablk {
  struct ablk *next;
  size_t used, cap;
  max_align_t data[];
} ablk;

typedef struct {
  ablk *head;
  sp_query *owner; /* the top query; subqueries share the arena */
} arena;

static void *arena_alloc(arena *a, size_t size) {
  size_t al = sizeof(max_align_t);
  size = (size + al - 1) / al * al;
  if (!a->head || a->head->cap - a->head->used < size) {
    size_t cap = size > 16384 ? size : 16384;
    ablk *b = calloc(1, sizeof *b + cap);
    if (!b) return NULL;
    b->cap = cap;
    b->next = a->head;
    a->head = b;
  }
  void *r = (char *)a->head->data + a->head->used;
  a->head->used += size;
  return r; /* blocks come zeroed from calloc and are never reused */
}

static void arena_free(arena *a) {
  if (!a) return;
  ablk *b = a->head;
  while (b) {
    ablk *n = b->next;
    free(b);
    b = n;
  }
  free(a);
}

/* ---- tokens ------------------------------------------------------------------ */

typedef enum {
  T_EOF, T_IRI, T_PNAME, T_BNODE, T_VAR, T_LANG, T_INTEGER, T_DECIMAL, T_DOUBLE,
  T_STRING, T_WORD,
  T_LBRACE, T_RBRACE, T_LPAREN, T_RPAREN, T_LBRACK, T_RBRACK, T_DOT, T_COMMA,
  T_SEMI, T_STAR, T_SLASH, T_PLUS, T_MINUS, T_BAR, T_OROR, T_ANDAND, T_BANG,
  T_NE, T_EQ, T_LT, T_GT, T_LE, T_GE, T_HAT, T_HATHAT, T_QUEST
} tok_type;

typedef struct {
  tok_type type;
  size_t start, end;  /* bytes of the source */
  const char *val;    /* IRI (unresolved), local name, label, var, tag, number, string, word */
  const char *prefix; /* T_PNAME: the prefix (without ':') */
  int sign;           /* numbers: '+', '-' or 0 */
} tok;

typedef struct pfx {
  const char *name, *iri;
  struct pfx *next;
} pfx;

typedef struct {
  const char *label;
  int bgp;
} blab;

typedef struct {
  const char *s;
  size_t n, pos;
  tok t[2];
  int nt;
  arena *ar;
  sp_error *err;
  jmp_buf jb;
  const char *base;
  pfx *prefixes;
  blab *labels;   /* blank node labels seen, in order of appearance */
  size_t nlabels, labcap;
  gd_hindex labix; /* their index, by hash */
  int bgp_id;
  int gen;        /* fresh hidden variables and template blank nodes */
  int agg_ok;     /* aggregates allowed here (SELECT, HAVING, ORDER BY) */
  int in_agg;     /* inside an aggregate's argument */
  int depth;      /* nesting, bounded so hostile input cannot overflow the stack */
  int templ;      /* parsing a CONSTRUCT template: blank nodes stay terms */
  int was_node;   /* the last graph node was "[ ... ]" or "( ... )" */
  int bgp_next;   /* basic graph patterns numbered for blank node label scoping */
} P;

/* Bounds the depth of the trees built (nesting and left-deep chains such as
 * "a || b || c ..." or a group's joins alike), so neither the parser nor
 * whoever walks the algebra recursively runs out of stack. */
#define MAX_DEPTH 1000

static void set_pos(const P *p, size_t byte) {
  int line = 1, col = 1;
  if (byte > p->n) byte = p->n;
  for (size_t i = 0; i < byte; i++) {
    unsigned char c = (unsigned char)p->s[i];
    if (c == '\n') {
      line++;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      col++;
    }
  }
  p->err->line = line;
  p->err->column = col;
  p->err->byte = byte;
}

#if defined(__GNUC__)
__attribute__((noreturn, format(printf, 3, 4)))
#endif
static void fail_at(P *p, size_t byte, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(p->err->message, sizeof p->err->message, fmt, ap);
  va_end(ap);
  set_pos(p, byte);
  longjmp(p->jb, 1);
}

static void *alloc(P *p, size_t size) {
  void *r = arena_alloc(p->ar, size);
  if (!r) fail_at(p, p->pos, "out of memory");
  return r;
}

static char *sdup(P *p, const char *s, size_t n) {
  char *r = alloc(p, n + 1);
  memcpy(r, s, n);
  r[n] = '\0';
  return r;
}

static char *cat(P *p, const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  char *r = alloc(p, na + nb + 1);
  memcpy(r, a, na);
  memcpy(r + na, b, nb + 1);
  return r;
}

/* A growable array in the arena (old storage is abandoned to the arena). */
static void grow(P *p, void **arr, size_t n, size_t *cap, size_t elsize) {
  if (n < *cap) return;
  size_t nc = *cap ? *cap * 2 : 4;
  void *na = alloc(p, nc * elsize);
  if (n) memcpy(na, *arr, n * elsize);
  *arr = na;
  *cap = nc;
}
#define PUSH(p, arr, n, cap, v)                                        \
  do {                                                                 \
    void *arr_ = (void *)(arr);                                        \
    grow((p), &arr_, (n), &(cap), sizeof *(arr));                      \
    (arr) = arr_;                                                      \
    (arr)[(n)++] = (v);                                                \
  } while (0)

/* A byte buffer for token values. */
typedef struct {
  char *b;
  size_t n, cap;
} buf;

static void bput(P *p, buf *b, char c) {
  if (b->n + 1 >= b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 64;
    char *nb = alloc(p, nc);
    if (b->n) memcpy(nb, b->b, b->n);
    b->b = nb;
    b->cap = nc;
  }
  b->b[b->n++] = c;
  b->b[b->n] = '\0';
}

static void bput_utf8(P *p, buf *b, uint32_t c) {
  if (c < 0x80) {
    bput(p, b, (char)c);
  } else if (c < 0x800) {
    bput(p, b, (char)(0xC0 | (c >> 6)));
    bput(p, b, (char)(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    bput(p, b, (char)(0xE0 | (c >> 12)));
    bput(p, b, (char)(0x80 | ((c >> 6) & 0x3F)));
    bput(p, b, (char)(0x80 | (c & 0x3F)));
  } else {
    bput(p, b, (char)(0xF0 | (c >> 18)));
    bput(p, b, (char)(0x80 | ((c >> 12) & 0x3F)));
    bput(p, b, (char)(0x80 | ((c >> 6) & 0x3F)));
    bput(p, b, (char)(0x80 | (c & 0x3F)));
  }
}

static const char *bstr(P *p, buf *b) { return b->b ? b->b : sdup(p, "", 0); }

/* ---- characters ------------------------------------------------------------ */

/* Decodes the UTF-8 character at I; *LEN gets its length.  Invalid bytes are
 * an error (a query is UTF-8 text). */
static uint32_t decode(P *p, size_t i, size_t *len) {
  const unsigned char *u = (const unsigned char *)p->s + i;
  size_t left = p->n - i;
  uint32_t c = u[0];
  size_t l;
  uint32_t min;
  if (c < 0x80) {
    *len = 1;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    l = 2; c &= 0x1F; min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    l = 3; c &= 0x0F; min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    l = 4; c &= 0x07; min = 0x10000;
  } else {
    fail_at(p, i, "invalid UTF-8 in the query");
  }
  if (left < l) fail_at(p, i, "invalid UTF-8 in the query");
  for (size_t k = 1; k < l; k++) {
    if ((u[k] & 0xC0) != 0x80) fail_at(p, i, "invalid UTF-8 in the query");
    c = (c << 6) | (u[k] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    fail_at(p, i, "invalid UTF-8 in the query");
  *len = l;
  return c;
}

static int pn_base(uint32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}
static int pn_u(uint32_t c) { return pn_base(c) || c == '_'; }
static int pn_extra(uint32_t c) {
  return (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x203F && c <= 0x2040);
}
static int pn_chars(uint32_t c) { return pn_u(c) || c == '-' || pn_extra(c); }
static int var_start(uint32_t c) { return pn_u(c) || (c >= '0' && c <= '9'); }
static int var_char(uint32_t c) { return pn_u(c) || pn_extra(c); }

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* A \u or \U escape at I (the backslash): appends its character, returns
 * the bytes consumed, or 0 when it is no codepoint escape. */
static size_t ucode(P *p, size_t i, buf *b) {
  if (i + 1 >= p->n || (p->s[i + 1] != 'u' && p->s[i + 1] != 'U')) return 0;
  size_t digits = p->s[i + 1] == 'u' ? 4 : 8;
  if (i + 2 + digits > p->n) fail_at(p, i, "incomplete \\%c escape", p->s[i + 1]);
  uint32_t c = 0;
  for (size_t k = 0; k < digits; k++) {
    int h = hexval((unsigned char)p->s[i + 2 + k]);
    if (h < 0) fail_at(p, i, "bad hex digit in \\%c escape", p->s[i + 1]);
    c = c * 16 + (uint32_t)h;
  }
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    fail_at(p, i, "\\%c escape names no allowed character", p->s[i + 1]);
  bput_utf8(p, b, c);
  return 2 + digits;
}

/* ---- lexer ------------------------------------------------------------------- */

static void skip_ws(P *p) {
  while (p->pos < p->n) {
    char c = p->s[p->pos];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      p->pos++;
    } else if (c == '#') {
      while (p->pos < p->n && p->s[p->pos] != '\n' && p->s[p->pos] != '\r') p->pos++;
    } else {
      break;
    }
  }
}

static int lex_iri(P *p, tok *t) {
  size_t i = p->pos + 1;
  buf b = {0};
  while (i < p->n) {
    unsigned char c = (unsigned char)p->s[i];
    if (c == '>') {
      t->type = T_IRI;
      t->val = bstr(p, &b);
      p->pos = i + 1;
      return 1;
    }
    if (c <= 0x20 || strchr("<\"{}|^`", c)) return 0;
    if (c == '\\') {
      size_t k = ucode(p, i, &b);
      if (!k) return 0;
      i += k;
      continue;
    }
    bput(p, &b, (char)c);
    i++;
  }
  return 0;
}

static int at_exponent(const P *p, size_t i) {
  if (i >= p->n || (p->s[i] != 'e' && p->s[i] != 'E')) return 0;
  i++;
  if (i < p->n && (p->s[i] == '+' || p->s[i] == '-')) i++;
  return i < p->n && isdigit((unsigned char)p->s[i]);
}

static void lex_number(P *p, tok *t) {
  size_t i = p->pos;
  t->sign = 0;
  if (p->s[i] == '+' || p->s[i] == '-') t->sign = p->s[i++];
  size_t d0 = i;
  while (i < p->n && isdigit((unsigned char)p->s[i])) i++;
  int digits = i > d0;
  t->type = T_INTEGER;
  if (i + 1 < p->n && p->s[i] == '.' && isdigit((unsigned char)p->s[i + 1])) {
    i++;
    while (i < p->n && isdigit((unsigned char)p->s[i])) i++;
    t->type = T_DECIMAL;
  } else if (digits && i < p->n && p->s[i] == '.' && at_exponent(p, i + 1)) {
    i++;
    t->type = T_DECIMAL;
  }
  if (at_exponent(p, i)) {
    i++;
    if (p->s[i] == '+' || p->s[i] == '-') i++;
    while (i < p->n && isdigit((unsigned char)p->s[i])) i++;
    t->type = T_DOUBLE;
  }
  t->val = sdup(p, p->s + p->pos, i - p->pos);
  p->pos = i;
}

static void lex_string(P *p, tok *t) {
  char q = p->s[p->pos];
  int lng = p->pos + 2 < p->n && p->s[p->pos + 1] == q && p->s[p->pos + 2] == q;
  size_t i = p->pos + (lng ? 3 : 1);
  buf b = {0};
  for (;;) {
    if (i >= p->n) fail_at(p, t->start, "unterminated string");
    char c = p->s[i];
    if (lng && c == q && i + 2 < p->n && p->s[i + 1] == q && p->s[i + 2] == q) {
      i += 3;
      break;
    }
    if (!lng && c == q) {
      i++;
      break;
    }
    if (!lng && (c == '\n' || c == '\r'))
      fail_at(p, i, "a line break in a short string (use \\n or a long string)");
    if (c == '\\') {
      size_t k = ucode(p, i, &b);
      if (k) {
        i += k;
        continue;
      }
      char e = i + 1 < p->n ? p->s[i + 1] : 0;
      const char *from = "tnrbf\"'\\", *to = "\t\n\r\b\f\"'\\";
      const char *hit = e ? strchr(from, e) : NULL;
      if (!hit) fail_at(p, i, "bad escape sequence in a string");
      bput(p, &b, to[hit - from]);
      i += 2;
      continue;
    }
    size_t l;
    decode(p, i, &l);
    for (size_t k = 0; k < l; k++) bput(p, &b, p->s[i + k]);
    i += l;
  }
  t->type = T_STRING;
  t->val = bstr(p, &b);
  p->pos = i;
}

/* PN_LOCAL after the ':' (p->pos at its first character). */
static const char *lex_local(P *p) {
  buf b = {0};
  size_t i = p->pos, keep_i = i, keep_n = 0;
  int first = 1;
  for (;;) {
    if (i >= p->n) break;
    char c = p->s[i];
    if (c == '%') {
      if (i + 2 < p->n && hexval((unsigned char)p->s[i + 1]) >= 0 &&
          hexval((unsigned char)p->s[i + 2]) >= 0) {
        bput(p, &b, '%');
        bput(p, &b, p->s[i + 1]);
        bput(p, &b, p->s[i + 2]);
        i += 3;
      } else {
        fail_at(p, i, "'%%' in a local name must be followed by two hex digits");
      }
    } else if (c == '\\') {
      char e = i + 1 < p->n ? p->s[i + 1] : 0;
      if (!e || !strchr("_~.-!$&'()*+,;=/?#@%", e))
        fail_at(p, i, "bad escape in a local name");
      bput(p, &b, e);
      i += 2;
    } else if (c == ':' || (c == '.' && !first)) {
      bput(p, &b, c);
      i++;
      if (c == '.') {
        first = 0;
        continue; /* a trailing '.' is not part of the name */
      }
    } else {
      size_t l;
      uint32_t u = decode(p, i, &l);
      if (!(first ? (pn_u(u) || (u >= '0' && u <= '9')) : pn_chars(u))) break;
      for (size_t k = 0; k < l; k++) bput(p, &b, p->s[i + k]);
      i += l;
    }
    first = 0;
    keep_i = i;
    keep_n = b.n;
  }
  p->pos = keep_i;
  if (b.b) b.b[keep_n] = '\0';
  return keep_n ? b.b : sdup(p, "", 0);
}

static void lex(P *p, tok *t) {
  skip_ws(p);
  memset(t, 0, sizeof *t);
  t->start = p->pos;
  if (p->pos >= p->n) {
    t->type = T_EOF;
    t->end = p->pos;
    return;
  }
  char c = p->s[p->pos];
  char d = p->pos + 1 < p->n ? p->s[p->pos + 1] : 0;
  switch (c) {
  case '<':
    if (lex_iri(p, t)) break;
    t->type = d == '=' ? T_LE : T_LT;
    p->pos += d == '=' ? 2 : 1;
    break;
  case '>':
    t->type = d == '=' ? T_GE : T_GT;
    p->pos += d == '=' ? 2 : 1;
    break;
  case '{': t->type = T_LBRACE; p->pos++; break;
  case '}': t->type = T_RBRACE; p->pos++; break;
  case '(': t->type = T_LPAREN; p->pos++; break;
  case ')': t->type = T_RPAREN; p->pos++; break;
  case '[': t->type = T_LBRACK; p->pos++; break;
  case ']': t->type = T_RBRACK; p->pos++; break;
  case ',': t->type = T_COMMA; p->pos++; break;
  case ';': t->type = T_SEMI; p->pos++; break;
  case '*': t->type = T_STAR; p->pos++; break;
  case '/': t->type = T_SLASH; p->pos++; break;
  case '=': t->type = T_EQ; p->pos++; break;
  case '|':
    t->type = d == '|' ? T_OROR : T_BAR;
    p->pos += d == '|' ? 2 : 1;
    break;
  case '&':
    if (d != '&') fail_at(p, p->pos, "unexpected '&' (did you mean '&&'?)");
    t->type = T_ANDAND;
    p->pos += 2;
    break;
  case '!':
    t->type = d == '=' ? T_NE : T_BANG;
    p->pos += d == '=' ? 2 : 1;
    break;
  case '^':
    t->type = d == '^' ? T_HATHAT : T_HAT;
    p->pos += d == '^' ? 2 : 1;
    break;
  case '.':
    if (isdigit((unsigned char)d)) {
      lex_number(p, t);
    } else {
      t->type = T_DOT;
      p->pos++;
    }
    break;
  case '+':
  case '-':
    if (isdigit((unsigned char)d) ||
        (d == '.' && p->pos + 2 < p->n && isdigit((unsigned char)p->s[p->pos + 2]))) {
      lex_number(p, t);
    } else {
      t->type = c == '+' ? T_PLUS : T_MINUS;
      p->pos++;
    }
    break;
  case '"':
  case '\'':
    lex_string(p, t);
    break;
  case '?':
  case '$': {
    size_t l = 0;
    uint32_t u = p->pos + 1 < p->n ? decode(p, p->pos + 1, &l) : 0;
    if (!var_start(u)) {
      if (c == '$') fail_at(p, p->pos, "expected a variable name after '$'");
      t->type = T_QUEST;
      p->pos++;
      break;
    }
    size_t i = p->pos + 1;
    while (i < p->n) {
      uint32_t v = decode(p, i, &l);
      if (!var_char(v)) break;
      i += l;
    }
    t->type = T_VAR;
    t->val = sdup(p, p->s + p->pos + 1, i - p->pos - 1);
    p->pos = i;
    break;
  }
  case '@': {
    size_t i = p->pos + 1;
    while (i < p->n && isalpha((unsigned char)p->s[i])) i++;
    if (i == p->pos + 1) fail_at(p, p->pos, "expected a language tag after '@'");
    while (i + 1 < p->n && p->s[i] == '-' && isalnum((unsigned char)p->s[i + 1])) {
      i++;
      while (i < p->n && isalnum((unsigned char)p->s[i])) i++;
    }
    t->type = T_LANG;
    t->val = sdup(p, p->s + p->pos + 1, i - p->pos - 1);
    p->pos = i;
    break;
  }
  case ':':
    p->pos++;
    t->type = T_PNAME;
    t->prefix = "";
    t->val = lex_local(p);
    break;
  default:
    if (c == '_' && d == ':') {
      size_t i = p->pos + 2, l, keep = i;
      if (i >= p->n) fail_at(p, p->pos, "expected a blank node label after '_:'");
      uint32_t u = decode(p, i, &l);
      if (!(pn_u(u) || (u >= '0' && u <= '9')))
        fail_at(p, p->pos, "expected a blank node label after '_:'");
      i += l;
      keep = i;
      while (i < p->n) {
        if (p->s[i] == '.') {
          i++;
          continue;
        }
        u = decode(p, i, &l);
        if (!pn_chars(u)) break;
        i += l;
        keep = i;
      }
      t->type = T_BNODE;
      t->val = sdup(p, p->s + p->pos + 2, keep - p->pos - 2);
      p->pos = keep;
      break;
    }
    if (isdigit((unsigned char)c)) {
      lex_number(p, t);
      break;
    }
    {
      size_t l;
      uint32_t u = decode(p, p->pos, &l);
      if (!pn_base(u)) fail_at(p, p->pos, "unexpected character '%.*s'", (int)l, p->s + p->pos);
      size_t i = p->pos + l, last = i;
      while (i < p->n) {
        if (p->s[i] == '.') {
          i++;
          continue;
        }
        uint32_t v = decode(p, i, &l);
        if (!pn_chars(v)) break;
        i += l;
        last = i;
      }
      if (last < p->n && p->s[last] == ':') { /* a prefixed name */
        t->type = T_PNAME;
        t->prefix = sdup(p, p->s + p->pos, last - p->pos);
        p->pos = last + 1;
        t->val = lex_local(p);
        break;
      }
      if (i < p->n && p->s[i] == ':') fail_at(p, p->pos, "a prefix cannot end with '.'");
      i = p->pos;
      while (i < p->n && (isalnum((unsigned char)p->s[i]) || p->s[i] == '_')) i++;
      if (i == p->pos) fail_at(p, p->pos, "unexpected character '%.*s'", (int)l, p->s + p->pos);
      t->type = T_WORD;
      t->val = sdup(p, p->s + p->pos, i - p->pos);
      p->pos = i;
    }
  }
  t->end = p->pos;
}

static tok *peek(P *p) {
  if (p->nt == 0) {
    lex(p, &p->t[0]);
    p->nt = 1;
  }
  return &p->t[0];
}

static tok *peek2(P *p) {
  peek(p);
  if (p->nt == 1) {
    lex(p, &p->t[1]);
    p->nt = 2;
  }
  return &p->t[1];
}

static tok next(P *p) {
  tok t = *peek(p);
  p->t[0] = p->t[1];
  p->nt--;
  return t;
}

static int is(P *p, tok_type type) { return peek(p)->type == type; }

static int is_kw(const tok *t, const char *kw) {
  return t->type == T_WORD && strcasecmp(t->val, kw) == 0;
}
static int kw(P *p, const char *k) { return is_kw(peek(p), k); }

/* How a token reads in an error message. */
static const char *show(P *p, const tok *t) {
  if (t->type == T_EOF) return "the end of the query";
  static const char *const names[] = {
    [T_LBRACE] = "'{'", [T_RBRACE] = "'}'", [T_LPAREN] = "'('", [T_RPAREN] = "')'",
    [T_LBRACK] = "'['", [T_RBRACK] = "']'", [T_DOT] = "'.'", [T_COMMA] = "','",
    [T_SEMI] = "';'", [T_STAR] = "'*'", [T_SLASH] = "'/'", [T_PLUS] = "'+'",
    [T_MINUS] = "'-'", [T_BAR] = "'|'", [T_OROR] = "'||'", [T_ANDAND] = "'&&'",
    [T_BANG] = "'!'", [T_NE] = "'!='", [T_EQ] = "'='", [T_LT] = "'<'", [T_GT] = "'>'",
    [T_LE] = "'<='", [T_GE] = "'>='", [T_HAT] = "'^'", [T_HATHAT] = "'^^'", [T_QUEST] = "'?'"};
  if (t->type < (int)(sizeof names / sizeof *names) && names[t->type]) return names[t->type];
  size_t n = t->end - t->start;
  int cut = n > 40;
  char tmp[64];
  snprintf(tmp, sizeof tmp, "'%.*s%s'", (int)(cut ? 40 : n), p->s + t->start, cut ? "..." : "");
  return sdup(p, tmp, strlen(tmp));
}

#if defined(__GNUC__)
__attribute__((noreturn))
#endif
static void expected(P *p, const char *what) {
  tok *t = peek(p);
  fail_at(p, t->start, "expected %s, found %s", what, show(p, t));
}

static tok expect(P *p, tok_type type, const char *what) {
  if (!is(p, type)) expected(p, what);
  return next(p);
}

static void expect_kw(P *p, const char *k, const char *what) {
  if (!kw(p, k)) expected(p, what);
  next(p);
}

static void enter(P *p) {
  if (++p->depth > MAX_DEPTH) fail_at(p, peek(p)->start, "the query nests too deeply");
}
static void leave(P *p) { p->depth--; }

/* One more link of a left-deep chain: counts against the depth until the
 * chain is done (unchain). */
static void chain(P *p, int *links) {
  enter(p);
  (*links)++;
}
static void unchain(P *p, int links) { p->depth -= links; }

/* ---- IRIs ---------------------------------------------------------------- */

static int has_scheme(const char *s) {
  if (!isalpha((unsigned char)*s)) return 0;
  for (s++; *s; s++) {
    if (*s == ':') return 1;
    if (!isalnum((unsigned char)*s) && *s != '+' && *s != '-' && *s != '.') return 0;
  }
  return 0;
}

/* Whether an absolute IRI's path has "." or ".." segments. */
static int has_dot_segment(const char *s) {
  for (const char *d = strstr(s, "/."); d; d = strstr(d + 1, "/.")) {
    const char *e = d[2] == '.' ? d + 3 : d + 2;
    if (!*e || *e == '/' || *e == '?' || *e == '#') return 1;
  }
  return 0;
}

static const char *resolve(P *p, const char *iri, size_t at) {
  /* An absolute IRI is used as written, except that its dot segments go,
   * as RFC 3986 resolution (and so raptor, when data is loaded) removes
   * them: <http://a/b/../c> in a query must meet <http://a/c> in the store. */
  const char *base = p->base;
  if (has_scheme(iri)) {
    if (!has_dot_segment(iri)) return iri;
    base = iri;
  }
  if (!base) fail_at(p, at, "relative IRI <%.100s> without a BASE", iri);
  size_t cap = strlen(base) + strlen(iri) + 16;
  unsigned char *out = alloc(p, cap);
  size_t n = raptor_uri_resolve_uri_reference((const unsigned char *)base,
                                              (const unsigned char *)iri, out, cap);
  if (!n) fail_at(p, at, "cannot resolve <%.100s> against the base", iri);
  return (const char *)out;
}

/* iri ::= IRIREF | PrefixedName; consumes it. */
static const char *parse_iri(P *p) {
  tok *t = peek(p);
  if (t->type == T_IRI) {
    tok u = next(p);
    return resolve(p, u.val, u.start);
  }
  if (t->type == T_PNAME) {
    tok u = next(p);
    for (pfx *x = p->prefixes; x; x = x->next)
      if (strcmp(x->name, u.prefix) == 0) return cat(p, x->iri, u.val);
    fail_at(p, u.start, "undefined prefix '%s:'", u.prefix);
  }
  expected(p, "an IRI");
}

static int is_iri_tok(const tok *t) { return t->type == T_IRI || t->type == T_PNAME; }

/* ---- terms and nodes ----------------------------------------------------- */

static sp_node var_node(const char *name) {
  sp_node n;
  memset(&n, 0, sizeof n);
  n.var = name;
  return n;
}

static sp_node iri_node(const char *iri) {
  sp_node n;
  memset(&n, 0, sizeof n);
  n.term.kind = SP_IRI;
  n.term.lex = iri;
  return n;
}

static const char *fresh_var(P *p) {
  char tmp[32];
  snprintf(tmp, sizeof tmp, "..%d", ++p->gen);
  return sdup(p, tmp, strlen(tmp));
}

static sp_node fresh_bnode(P *p) {
  if (p->templ) {
    char tmp[32];
    snprintf(tmp, sizeof tmp, ".g%d", ++p->gen);
    sp_node n;
    memset(&n, 0, sizeof n);
    n.term.kind = SP_BLANK;
    n.term.lex = sdup(p, tmp, strlen(tmp));
    return n;
  }
  return var_node(fresh_var(p));
}

/* The tag of a name (a variable or a blank node label) in a gd_hindex. */
static uint32_t name_tag(const char *v) { return gd_hash_tag(gd_fnv1a(v, strlen(v))); }

/* A blank node label of a pattern: a hidden variable, its label in one
 * basic graph pattern only (SPARQL 1.1 section 4.1.4). */
static sp_node label_node(P *p, const tok *t) {
  if (p->templ) {
    sp_node n;
    memset(&n, 0, sizeof n);
    n.term.kind = SP_BLANK;
    n.term.lex = t->val;
    return n;
  }
  uint32_t tag = name_tag(t->val);
  if (gd_hindex_reserve(&p->labix, 1)) fail_at(p, t->start, "out of memory");
  gd_hslot *sl;
  for (sl = gd_hindex_first(&p->labix, tag); sl->ix; sl = gd_hindex_next(&p->labix, sl))
    if (sl->tag == tag && strcmp(p->labels[sl->ix - 1].label, t->val) == 0) break;
  if (!sl->ix) {
    PUSH(p, p->labels, p->nlabels, p->labcap, ((blab){t->val, p->bgp_id}));
    gd_hindex_put(&p->labix, sl, tag, p->nlabels - 1);
  } else if (p->labels[sl->ix - 1].bgp != p->bgp_id) {
    fail_at(p, t->start, "blank node label _:%s is used in two basic graph patterns", t->val);
  }
  return var_node(cat(p, ".", t->val));
}

static int is_number(const tok *t) {
  return t->type == T_INTEGER || t->type == T_DECIMAL || t->type == T_DOUBLE;
}

static sp_term number_term(const tok *t) {
  sp_term r;
  memset(&r, 0, sizeof r);
  r.kind = SP_LITERAL;
  r.lex = t->val;
  r.datatype = t->type == T_INTEGER   ? SP_XSD "integer"
               : t->type == T_DECIMAL ? SP_XSD "decimal"
                                      : SP_XSD "double";
  return r;
}

/* RDFLiteral ::= String ( LANGTAG | '^^' iri )? (the string is next). */
static sp_term parse_rdf_literal(P *p) {
  tok s = next(p);
  sp_term r;
  memset(&r, 0, sizeof r);
  r.kind = SP_LITERAL;
  r.lex = s.val;
  if (is(p, T_LANG)) {
    r.lang = next(p).val;
  } else if (is(p, T_HATHAT)) {
    next(p);
    r.datatype = parse_iri(p);
  }
  return r;
}

static int is_bool(const tok *t) { return is_kw(t, "true") || is_kw(t, "false"); }

static sp_term bool_term(P *p) {
  tok t = next(p);
  sp_term r;
  memset(&r, 0, sizeof r);
  r.kind = SP_LITERAL;
  r.lex = strcasecmp(t.val, "true") == 0 ? "true" : "false";
  r.datatype = SP_XSD "boolean";
  return r;
}

/* A literal, IRI or boolean term if one is next (for VALUES and GraphTerm). */
static int try_constant(P *p, sp_term *out) {
  tok *t = peek(p);
  memset(out, 0, sizeof *out);
  if (is_iri_tok(t)) {
    out->kind = SP_IRI;
    out->lex = parse_iri(p);
    return 1;
  }
  if (t->type == T_STRING) {
    *out = parse_rdf_literal(p);
    return 1;
  }
  if (is_number(t)) {
    tok u = next(p);
    *out = number_term(&u);
    return 1;
  }
  if (is_bool(t)) {
    *out = bool_term(p);
    return 1;
  }
  return 0;
}

/* ---- patterns: constructors --------------------------------------------- */

static sp_pattern *pat(P *p, sp_pattern_kind k) {
  sp_pattern *r = alloc(p, sizeof *r);
  r->kind = k;
  return r;
}

static sp_pattern *pat2(P *p, sp_pattern_kind k, sp_pattern *a, sp_pattern *b) {
  sp_pattern *r = pat(p, k);
  r->a = a;
  r->b = b;
  return r;
}

/* Join with the empty group as identity (the simplification of 18.2.2.8). */
static sp_pattern *join(P *p, sp_pattern *g, sp_pattern *x) {
  return g ? pat2(p, SP_P_JOIN, g, x) : x;
}

static sp_pattern *or_empty(P *p, sp_pattern *g) { return g ? g : pat(p, SP_P_BGP); }

/* ---- expressions ------------------------------------------------------------ */

static sp_expr *expr_new(P *p, sp_op op, size_t nargs) {
  sp_expr *e = alloc(p, sizeof *e);
  e->op = op;
  e->nargs = nargs;
  if (nargs) e->args = alloc(p, nargs * sizeof *e->args);
  return e;
}

static sp_expr *bin(P *p, sp_op op, sp_expr *a, sp_expr *b) {
  sp_expr *e = expr_new(p, op, 2);
  e->args[0] = a;
  e->args[1] = b;
  return e;
}

static sp_expr *parse_expr(P *p);
static sp_pattern *parse_group(P *p, int *own_filter);

typedef struct {
  sp_expr **v;
  size_t n, cap;
} exprs;

/* ExpressionList ::= NIL | '(' Expression ( ',' Expression )* ')' */
static exprs parse_expr_list(P *p) {
  exprs l = {0};
  expect(p, T_LPAREN, "'('");
  if (is(p, T_RPAREN)) {
    next(p);
    return l;
  }
  for (;;) {
    sp_expr *e = parse_expr(p);
    PUSH(p, l.v, l.n, l.cap, e);
    if (is(p, T_COMMA)) {
      next(p);
      continue;
    }
    expect(p, T_RPAREN, "',' or ')' in the argument list");
    return l;
  }
}

static sp_expr *from_list(P *p, sp_op op, exprs l) {
  sp_expr *e = expr_new(p, op, 0);
  e->args = l.v;
  e->nargs = l.n;
  return e;
}

static const struct builtin {
  const char *name;
  sp_op op;
  int min, max; /* argument counts; -1 max: any */
} builtins[] = {
  {"STR", SP_F_STR, 1, 1}, {"LANG", SP_F_LANG, 1, 1}, {"LANGMATCHES", SP_F_LANGMATCHES, 2, 2},
  {"DATATYPE", SP_F_DATATYPE, 1, 1}, {"BOUND", SP_F_BOUND, 1, 1}, {"IRI", SP_F_IRI, 1, 1},
  {"URI", SP_F_IRI, 1, 1}, {"BNODE", SP_F_BNODE, 0, 1}, {"RAND", SP_F_RAND, 0, 0},
  {"ABS", SP_F_ABS, 1, 1}, {"CEIL", SP_F_CEIL, 1, 1}, {"FLOOR", SP_F_FLOOR, 1, 1},
  {"ROUND", SP_F_ROUND, 1, 1}, {"CONCAT", SP_F_CONCAT, 0, -1}, {"SUBSTR", SP_F_SUBSTR, 2, 3},
  {"STRLEN", SP_F_STRLEN, 1, 1}, {"REPLACE", SP_F_REPLACE, 3, 4}, {"UCASE", SP_F_UCASE, 1, 1},
  {"LCASE", SP_F_LCASE, 1, 1}, {"ENCODE_FOR_URI", SP_F_ENCODE_FOR_URI, 1, 1},
  {"CONTAINS", SP_F_CONTAINS, 2, 2}, {"STRSTARTS", SP_F_STRSTARTS, 2, 2},
  {"STRENDS", SP_F_STRENDS, 2, 2}, {"STRBEFORE", SP_F_STRBEFORE, 2, 2},
  {"STRAFTER", SP_F_STRAFTER, 2, 2}, {"YEAR", SP_F_YEAR, 1, 1}, {"MONTH", SP_F_MONTH, 1, 1},
  {"DAY", SP_F_DAY, 1, 1}, {"HOURS", SP_F_HOURS, 1, 1}, {"MINUTES", SP_F_MINUTES, 1, 1},
  {"SECONDS", SP_F_SECONDS, 1, 1}, {"TIMEZONE", SP_F_TIMEZONE, 1, 1}, {"TZ", SP_F_TZ, 1, 1},
  {"NOW", SP_F_NOW, 0, 0}, {"UUID", SP_F_UUID, 0, 0}, {"STRUUID", SP_F_STRUUID, 0, 0},
  {"MD5", SP_F_MD5, 1, 1}, {"SHA1", SP_F_SHA1, 1, 1}, {"SHA256", SP_F_SHA256, 1, 1},
  {"SHA384", SP_F_SHA384, 1, 1}, {"SHA512", SP_F_SHA512, 1, 1},
  {"COALESCE", SP_F_COALESCE, 0, -1}, {"IF", SP_F_IF, 3, 3}, {"STRLANG", SP_F_STRLANG, 2, 2},
  {"STRDT", SP_F_STRDT, 2, 2}, {"sameTerm", SP_F_SAMETERM, 2, 2}, {"isIRI", SP_F_ISIRI, 1, 1},
  {"isURI", SP_F_ISIRI, 1, 1}, {"isBLANK", SP_F_ISBLANK, 1, 1},
  {"isLITERAL", SP_F_ISLITERAL, 1, 1}, {"isNUMERIC", SP_F_ISNUMERIC, 1, 1},
  {"REGEX", SP_F_REGEX, 2, 3},
};

static const struct {
  const char *name;
  sp_agg agg;
} aggregates[] = {
  {"COUNT", SP_AGG_COUNT}, {"SUM", SP_AGG_SUM}, {"MIN", SP_AGG_MIN}, {"MAX", SP_AGG_MAX},
  {"AVG", SP_AGG_AVG}, {"SAMPLE", SP_AGG_SAMPLE}, {"GROUP_CONCAT", SP_AGG_GROUP_CONCAT},
};

static int is_aggregate_kw(const tok *t) {
  for (size_t i = 0; i < sizeof aggregates / sizeof *aggregates; i++)
    if (is_kw(t, aggregates[i].name)) return 1;
  return 0;
}

static const struct builtin *find_builtin(const tok *t) {
  if (t->type != T_WORD) return NULL;
  for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
    if (strcasecmp(t->val, builtins[i].name) == 0) return &builtins[i];
  return NULL;
}

static sp_expr *parse_aggregate(P *p) {
  tok t = next(p);
  sp_agg agg = SP_AGG_COUNT;
  for (size_t i = 0; i < sizeof aggregates / sizeof *aggregates; i++)
    if (is_kw(&t, aggregates[i].name)) agg = aggregates[i].agg;
  if (!p->agg_ok)
    fail_at(p, t.start, "aggregate %s is not allowed here (only in SELECT, HAVING and ORDER BY)",
            t.val);
  if (p->in_agg) fail_at(p, t.start, "aggregate %s inside another aggregate", t.val);
  expect(p, T_LPAREN, "'(' after the aggregate's name");
  sp_expr *e = expr_new(p, SP_E_AGG, 0);
  e->agg = agg;
  if (kw(p, "DISTINCT")) {
    next(p);
    e->distinct = 1;
  }
  if (agg == SP_AGG_COUNT && is(p, T_STAR)) {
    next(p);
  } else {
    p->in_agg = 1;
    sp_expr *a = parse_expr(p);
    p->in_agg = 0;
    e->args = alloc(p, sizeof *e->args);
    e->args[0] = a;
    e->nargs = 1;
  }
  if (agg == SP_AGG_GROUP_CONCAT && is(p, T_SEMI)) {
    next(p);
    expect_kw(p, "SEPARATOR", "SEPARATOR after ';' in GROUP_CONCAT");
    expect(p, T_EQ, "'=' after SEPARATOR");
    if (!is(p, T_STRING)) expected(p, "a string as the separator");
    e->separator = next(p).val;
  }
  expect(p, T_RPAREN, "')' to close the aggregate");
  return e;
}

static sp_expr *parse_exists(P *p, int neg) {
  int saved = p->agg_ok;
  p->agg_ok = 0;
  sp_expr *e = expr_new(p, neg ? SP_E_NOT_EXISTS : SP_E_EXISTS, 0);
  int own;
  e->pattern = parse_group(p, &own);
  p->agg_ok = saved;
  return e;
}

/* BuiltInCall; the name is next. */
static sp_expr *parse_builtin(P *p) {
  tok *t = peek(p);
  if (is_aggregate_kw(t)) return parse_aggregate(p);
  if (is_kw(t, "EXISTS")) {
    next(p);
    return parse_exists(p, 0);
  }
  if (is_kw(t, "NOT")) {
    next(p);
    expect_kw(p, "EXISTS", "EXISTS after NOT");
    return parse_exists(p, 1);
  }
  const struct builtin *b = find_builtin(t);
  tok name = next(p);
  if (b->op == SP_F_BOUND) {
    expect(p, T_LPAREN, "'(' after BOUND");
    if (!is(p, T_VAR)) expected(p, "a variable in BOUND");
    sp_expr *e = expr_new(p, SP_F_BOUND, 1);
    e->args[0] = expr_new(p, SP_E_VAR, 0);
    e->args[0]->var = next(p).val;
    expect(p, T_RPAREN, "')' after BOUND's variable");
    return e;
  }
  if (!is(p, T_LPAREN)) expected(p, "'(' after the function's name");
  exprs l = parse_expr_list(p);
  if ((int)l.n < b->min || (b->max >= 0 && (int)l.n > b->max)) {
    if (b->min == b->max)
      fail_at(p, name.start, "%s takes %d argument%s, not %zu", b->name, b->min,
              b->min == 1 ? "" : "s", l.n);
    fail_at(p, name.start, "%s takes %d to %d arguments, not %zu", b->name, b->min, b->max, l.n);
  }
  return from_list(p, b->op, l);
}

/* iriOrFunction ::= iri ArgList? */
static sp_expr *parse_iri_or_function(P *p) {
  const char *iri = parse_iri(p);
  if (!is(p, T_LPAREN)) {
    sp_expr *e = expr_new(p, SP_E_TERM, 0);
    e->term.kind = SP_IRI;
    e->term.lex = iri;
    return e;
  }
  exprs l = {0};
  next(p);
  if (is(p, T_RPAREN)) {
    next(p);
  } else {
    if (kw(p, "DISTINCT")) next(p); /* custom aggregates: the compiler refuses them by name */
    for (;;) {
      sp_expr *a = parse_expr(p);
      PUSH(p, l.v, l.n, l.cap, a);
      if (is(p, T_COMMA)) {
        next(p);
        continue;
      }
      expect(p, T_RPAREN, "',' or ')' in the argument list");
      break;
    }
  }
  int cast = strncmp(iri, SP_XSD, strlen(SP_XSD)) == 0;
  sp_expr *e = from_list(p, cast ? SP_E_CAST : SP_E_FUNCTION, l);
  e->iri = iri;
  if (cast && l.n != 1) fail_at(p, p->pos, "a cast to <%.100s> takes one argument", iri);
  return e;
}

static sp_expr *term_expr(P *p, sp_term t) {
  sp_expr *e = expr_new(p, SP_E_TERM, 0);
  e->term = t;
  return e;
}

static sp_expr *parse_primary(P *p) {
  tok *t = peek(p);
  switch (t->type) {
  case T_LPAREN: {
    next(p);
    sp_expr *e = parse_expr(p);
    expect(p, T_RPAREN, "')' to close the expression");
    return e;
  }
  case T_VAR: {
    sp_expr *e = expr_new(p, SP_E_VAR, 0);
    e->var = next(p).val;
    return e;
  }
  case T_IRI:
  case T_PNAME:
    return parse_iri_or_function(p);
  case T_STRING:
    return term_expr(p, parse_rdf_literal(p));
  case T_INTEGER:
  case T_DECIMAL:
  case T_DOUBLE: {
    tok u = next(p);
    return term_expr(p, number_term(&u));
  }
  case T_WORD:
    if (is_bool(t)) return term_expr(p, bool_term(p));
    if (find_builtin(t) || is_aggregate_kw(t) || is_kw(t, "EXISTS") ||
        (is_kw(t, "NOT") && is_kw(peek2(p), "EXISTS")))
      return parse_builtin(p);
    break;
  default:
    break;
  }
  expected(p, "an expression");
}

static sp_expr *parse_unary(P *p) {
  if (is(p, T_BANG) || is(p, T_PLUS) || is(p, T_MINUS)) {
    tok t = next(p);
    enter(p);
    sp_expr *a = parse_unary(p);
    leave(p);
    sp_expr *e = expr_new(p, t.type == T_BANG ? SP_E_NOT : t.type == T_PLUS ? SP_E_POS : SP_E_NEG, 1);
    e->args[0] = a;
    return e;
  }
  return parse_primary(p);
}

static sp_expr *parse_mult(P *p) {
  sp_expr *e = parse_unary(p);
  int links = 0;
  while (is(p, T_STAR) || is(p, T_SLASH)) {
    tok t = next(p);
    chain(p, &links);
    e = bin(p, t.type == T_STAR ? SP_E_MUL : SP_E_DIV, e, parse_unary(p));
  }
  unchain(p, links);
  return e;
}

static sp_expr *parse_additive(P *p) {
  sp_expr *e = parse_mult(p);
  int links = 0;
  for (;;) {
    tok *t = peek(p);
    if (t->type == T_PLUS || t->type == T_MINUS || (is_number(t) && t->sign)) chain(p, &links);
    if (t->type == T_PLUS || t->type == T_MINUS) {
      tok o = next(p);
      e = bin(p, o.type == T_PLUS ? SP_E_ADD : SP_E_SUB, e, parse_mult(p));
    } else if (is_number(t) && t->sign) {
      /* "?x -1" is ?x minus 1: the lexer saw a signed number */
      tok o = next(p);
      tok u = o;
      u.val = o.val + 1;
      sp_expr *r = term_expr(p, number_term(&u));
      while (is(p, T_STAR) || is(p, T_SLASH)) {
        tok m = next(p);
        chain(p, &links);
        r = bin(p, m.type == T_STAR ? SP_E_MUL : SP_E_DIV, r, parse_unary(p));
      }
      e = bin(p, o.sign == '+' ? SP_E_ADD : SP_E_SUB, e, r);
    } else {
      unchain(p, links);
      return e;
    }
  }
}

static sp_expr *parse_relational(P *p) {
  sp_expr *e = parse_additive(p);
  tok *t = peek(p);
  sp_op op;
  switch (t->type) {
  case T_EQ: op = SP_E_EQ; break;
  case T_NE: op = SP_E_NE; break;
  case T_LT: op = SP_E_LT; break;
  case T_GT: op = SP_E_GT; break;
  case T_LE: op = SP_E_LE; break;
  case T_GE: op = SP_E_GE; break;
  default:
    if (is_kw(t, "IN") || (is_kw(t, "NOT") && is_kw(peek2(p), "IN"))) {
      int neg = is_kw(t, "NOT");
      next(p);
      if (neg) next(p);
      if (!is(p, T_LPAREN)) expected(p, "'(' after IN");
      exprs l = parse_expr_list(p);
      sp_expr *r = expr_new(p, neg ? SP_E_NOT_IN : SP_E_IN, l.n + 1);
      r->args[0] = e;
      for (size_t i = 0; i < l.n; i++) r->args[i + 1] = l.v[i];
      return r;
    }
    return e;
  }
  next(p);
  return bin(p, op, e, parse_additive(p));
}

static sp_expr *parse_and(P *p) {
  sp_expr *e = parse_relational(p);
  int links = 0;
  while (is(p, T_ANDAND)) {
    next(p);
    chain(p, &links);
    e = bin(p, SP_E_AND, e, parse_relational(p));
  }
  unchain(p, links);
  return e;
}

static sp_expr *parse_expr(P *p) {
  enter(p);
  sp_expr *e = parse_and(p);
  int links = 0;
  while (is(p, T_OROR)) {
    next(p);
    chain(p, &links);
    e = bin(p, SP_E_OR, e, parse_and(p));
  }
  unchain(p, links);
  leave(p);
  return e;
}

/* Constraint ::= BrackettedExpression | BuiltInCall | FunctionCall */
static sp_expr *parse_constraint(P *p, const char *what) {
  tok *t = peek(p);
  if (t->type == T_LPAREN) {
    next(p);
    sp_expr *e = parse_expr(p);
    expect(p, T_RPAREN, "')' to close the expression");
    return e;
  }
  if (t->type == T_WORD && (find_builtin(t) || is_aggregate_kw(t) || is_kw(t, "EXISTS") ||
                            (is_kw(t, "NOT") && is_kw(peek2(p), "EXISTS"))))
    return parse_builtin(p);
  if (is_iri_tok(t)) {
    sp_expr *e = parse_iri_or_function(p);
    if (e->op == SP_E_TERM) fail_at(p, t->start, "expected a function call after the IRI");
    return e;
  }
  expected(p, what);
}

/* ---- property paths ------------------------------------------------------- */

static sp_path *path_new(P *p, sp_path_kind k) {
  sp_path *r = alloc(p, sizeof *r);
  r->kind = k;
  return r;
}

static sp_path *parse_path(P *p);

static const char *path_iri(P *p) {
  if (kw(p, "a") && strcmp(peek(p)->val, "a") == 0) {
    next(p);
    return SP_RDF "type";
  }
  if (!is_iri_tok(peek(p))) expected(p, "an IRI or 'a' in the property path");
  return parse_iri(p);
}

static sp_path *parse_path_primary(P *p) {
  tok *t = peek(p);
  if (t->type == T_LPAREN) {
    next(p);
    enter(p);
    sp_path *r = parse_path(p);
    leave(p);
    expect(p, T_RPAREN, "')' to close the path");
    return r;
  }
  if (t->type == T_BANG) {
    next(p);
    sp_path *r = path_new(p, SP_PATH_NEG);
    size_t cf = 0, ci = 0;
    int paren = is(p, T_LPAREN);
    if (paren) {
      next(p);
      if (is(p, T_RPAREN)) {
        next(p);
        return r;
      }
    }
    for (;;) {
      int inv = is(p, T_HAT);
      if (inv) next(p);
      const char *iri = path_iri(p);
      if (inv)
        PUSH(p, r->inv, r->ninv, ci, iri);
      else
        PUSH(p, r->fwd, r->nfwd, cf, iri);
      if (!paren) return r;
      if (is(p, T_BAR)) {
        next(p);
        continue;
      }
      expect(p, T_RPAREN, "'|' or ')' in the negated property set");
      return r;
    }
  }
  sp_path *r = path_new(p, SP_PATH_LINK);
  r->iri = path_iri(p);
  return r;
}

static sp_path *parse_path_elt(P *p) {
  sp_path *r = parse_path_primary(p);
  tok *t = peek(p);
  sp_path_kind k;
  if (t->type == T_STAR)
    k = SP_PATH_STAR;
  else if (t->type == T_PLUS)
    k = SP_PATH_PLUS;
  else if (t->type == T_QUEST)
    k = SP_PATH_OPT;
  else
    return r;
  next(p);
  sp_path *m = path_new(p, k);
  m->a = r;
  return m;
}

static sp_path *parse_path_elt_or_inverse(P *p) {
  if (is(p, T_HAT)) {
    next(p);
    sp_path *r = path_new(p, SP_PATH_INV);
    r->a = parse_path_elt(p);
    return r;
  }
  return parse_path_elt(p);
}

static sp_path *parse_path_seq(P *p) {
  sp_path *r = parse_path_elt_or_inverse(p);
  int links = 0;
  while (is(p, T_SLASH)) {
    next(p);
    chain(p, &links);
    sp_path *s = path_new(p, SP_PATH_SEQ);
    s->a = r;
    s->b = parse_path_elt_or_inverse(p);
    r = s;
  }
  unchain(p, links);
  return r;
}

static sp_path *parse_path(P *p) {
  sp_path *r = parse_path_seq(p);
  int links = 0;
  while (is(p, T_BAR)) {
    next(p);
    chain(p, &links);
    sp_path *s = path_new(p, SP_PATH_ALT);
    s->a = r;
    s->b = parse_path_seq(p);
    r = s;
  }
  unchain(p, links);
  return r;
}

/* ---- triples --------------------------------------------------------------- */

typedef struct {
  sp_triple *v;
  size_t n, cap;
} triples;

static void add_triple(P *p, triples *out, sp_node s, sp_node pr, sp_node o, const sp_path *path) {
  sp_triple t;
  t.s = s;
  t.p = pr;
  t.o = o;
  t.path = path;
  PUSH(p, out->v, out->n, out->cap, t);
}

/* The translation of property paths (18.2.2.4): links, inverses and
 * sequences become triple patterns, the rest stays a path. */
static void emit_path(P *p, triples *out, sp_node s, const sp_path *path, sp_node o) {
  switch (path->kind) {
  case SP_PATH_LINK:
    add_triple(p, out, s, iri_node(path->iri), o, NULL);
    return;
  case SP_PATH_INV:
    emit_path(p, out, o, path->a, s);
    return;
  case SP_PATH_SEQ: {
    sp_node v = var_node(fresh_var(p));
    emit_path(p, out, s, path->a, v);
    emit_path(p, out, v, path->b, o);
    return;
  }
  default: {
    sp_node none;
    memset(&none, 0, sizeof none);
    add_triple(p, out, s, none, o, path);
    return;
  }
  }
}

static int starts_term(P *p) {
  tok *t = peek(p);
  switch (t->type) {
  case T_VAR: case T_IRI: case T_PNAME: case T_BNODE: case T_STRING: case T_INTEGER:
  case T_DECIMAL: case T_DOUBLE: case T_LPAREN: case T_LBRACK:
    return 1;
  default:
    return is_bool(t);
  }
}

static sp_node parse_graph_node(P *p, triples *out, int paths);
static void parse_property_list(P *p, triples *out, sp_node subj, int paths);
static int starts_verb(P *p, int paths);

/* VarOrTerm, or a collection / blank node property list (TriplesNode). */
static sp_node parse_graph_node(P *p, triples *out, int paths) {
  tok *t = peek(p);
  sp_node n;
  memset(&n, 0, sizeof n);
  switch (t->type) {
  case T_VAR:
    return var_node(next(p).val);
  case T_BNODE: {
    tok u = next(p);
    return label_node(p, &u);
  }
  case T_LBRACK:
    next(p);
    n = fresh_bnode(p);
    if (is(p, T_RBRACK)) {
      next(p);
      return n;
    }
    enter(p);
    parse_property_list(p, out, n, paths);
    leave(p);
    expect(p, T_RBRACK, "']' to close the blank node");
    p->was_node = 1;
    return n;
  case T_LPAREN: {
    next(p);
    if (is(p, T_RPAREN)) {
      next(p);
      return iri_node(SP_RDF "nil");
    }
    enter(p);
    sp_node head = fresh_bnode(p), cur = head;
    for (;;) {
      sp_node item = parse_graph_node(p, out, paths);
      add_triple(p, out, cur, iri_node(SP_RDF "first"), item, NULL);
      if (is(p, T_RPAREN)) {
        next(p);
        add_triple(p, out, cur, iri_node(SP_RDF "rest"), iri_node(SP_RDF "nil"), NULL);
        break;
      }
      sp_node nx = fresh_bnode(p);
      add_triple(p, out, cur, iri_node(SP_RDF "rest"), nx, NULL);
      cur = nx;
    }
    leave(p);
    p->was_node = 1;
    return head;
  }
  default:
    if (try_constant(p, &n.term)) return n;
    expected(p, "a variable or an RDF term");
  }
}

/* PropertyListPathNotEmpty for SUBJ (CLOSE: inside '[ ... ]'). */
static void parse_property_list(P *p, triples *out, sp_node subj, int paths) {
  for (;;) {
    sp_node verb;
    const sp_path *path = NULL;
    memset(&verb, 0, sizeof verb);
    tok *t = peek(p);
    if (t->type == T_VAR) {
      verb = var_node(next(p).val);
    } else if (paths && starts_verb(p, paths)) {
      path = parse_path(p);
    } else if (is_kw(t, "a") && strcmp(t->val, "a") == 0) {
      next(p);
      verb = iri_node(SP_RDF "type");
    } else if (is_iri_tok(t)) {
      verb = iri_node(parse_iri(p));
    } else {
      expected(p, "a verb (a variable, an IRI or 'a')");
    }
    for (;;) {
      sp_node obj = parse_graph_node(p, out, paths);
      if (path)
        emit_path(p, out, subj, path, obj);
      else
        add_triple(p, out, subj, verb, obj, NULL);
      if (!is(p, T_COMMA)) break;
      next(p);
    }
    if (!is(p, T_SEMI)) return;
    while (is(p, T_SEMI)) next(p);
    if (!starts_verb(p, paths)) return; /* a ';' may end the list */
  }
}

static int starts_verb(P *p, int paths) {
  tok *t = peek(p);
  if (t->type == T_VAR || is_iri_tok(t) || (t->type == T_WORD && strcmp(t->val, "a") == 0))
    return 1;
  return paths && (t->type == T_HAT || t->type == T_BANG || t->type == T_LPAREN);
}

/* TriplesSameSubject(Path) ::= VarOrTerm PropertyList(Path)NotEmpty |
 * TriplesNode(Path) PropertyList(Path): "[ :p :o ]" and "( 1 2 )" may stand
 * alone, "[]" and "()" may not. */
static void parse_triples_same_subject(P *p, triples *out, int paths) {
  p->was_node = 0;
  sp_node s = parse_graph_node(p, out, paths);
  if (p->was_node && !starts_verb(p, paths)) return;
  parse_property_list(p, out, s, paths);
}

/* ---- groups ---------------------------------------------------------------- */

static sp_query *parse_select(P *p, int sub);

static sp_node parse_var_or_iri(P *p, const char *what) {
  if (is(p, T_VAR)) return var_node(next(p).val);
  if (is_iri_tok(peek(p))) return iri_node(parse_iri(p));
  expected(p, what);
}

static const char *parse_var(P *p, const char *what) {
  if (!is(p, T_VAR)) expected(p, what);
  return next(p).val;
}

/* DataBlockValue ::= iri | RDFLiteral | NumericLiteral | BooleanLiteral | 'UNDEF' */
static const sp_term *parse_data_value(P *p) {
  if (kw(p, "UNDEF")) {
    next(p);
    return NULL;
  }
  sp_term *t = alloc(p, sizeof *t);
  if (!try_constant(p, t)) expected(p, "a value (an IRI, a literal or UNDEF)");
  return t;
}

/* DataBlock, after VALUES. */
static sp_pattern *parse_data_block(P *p) {
  sp_pattern *r = pat(p, SP_P_VALUES);
  size_t vcap = 0, ccap = 0;
  if (is(p, T_VAR)) {
    const char *v = next(p).val;
    PUSH(p, r->vars, r->nvars, vcap, v);
    expect(p, T_LBRACE, "'{' after the VALUES variable");
    while (!is(p, T_RBRACE)) {
      const sp_term *c = parse_data_value(p);
      PUSH(p, r->cells, r->nrows, ccap, c);
    }
    next(p);
    return r;
  }
  expect(p, T_LPAREN, "a variable or '(' after VALUES");
  while (is(p, T_VAR)) {
    tok v = next(p);
    for (size_t i = 0; i < r->nvars; i++)
      if (strcmp(r->vars[i], v.val) == 0)
        fail_at(p, v.start, "variable ?%s is listed twice in VALUES", v.val);
    PUSH(p, r->vars, r->nvars, vcap, v.val);
  }
  expect(p, T_RPAREN, "a variable or ')' in the VALUES variable list");
  expect(p, T_LBRACE, "'{' after the VALUES variables");
  size_t ncells = 0;
  while (is(p, T_LPAREN)) {
    tok open = next(p);
    size_t k = 0;
    while (!is(p, T_RPAREN)) {
      const sp_term *c = parse_data_value(p);
      PUSH(p, r->cells, ncells, ccap, c);
      k++;
    }
    next(p);
    if (k != r->nvars)
      fail_at(p, open.start, "a VALUES row has %zu value%s for %zu variable%s", k,
              k == 1 ? "" : "s", r->nvars, r->nvars == 1 ? "" : "s");
    r->nrows++;
  }
  expect(p, T_RBRACE, "'(' or '}' in the VALUES data");
  return r;
}

static int has_var(const char **vs, const char *v) {
  for (; vs && *vs; vs++)
    if (strcmp(*vs, v) == 0) return 1;
  return 0;
}

static const char **pattern_vars(P *p, const sp_pattern *pt);

/* GroupGraphPattern: '{' ( SubSelect | GroupGraphPatternSub ) '}'.
 * *OWN_FILTER tells whether the result is a Filter of this group's own
 * FILTERs (for OPTIONAL's LeftJoin). */
static sp_pattern *parse_group(P *p, int *own_filter) {
  enter(p);
  *own_filter = 0;
  expect(p, T_LBRACE, "'{'");
  int saved_agg = p->agg_ok, saved_in = p->in_agg;
  p->agg_ok = 0;
  p->in_agg = 0;
  if (kw(p, "SELECT")) {
    sp_pattern *r = pat(p, SP_P_SUBQUERY);
    r->query = parse_select(p, 1);
    expect(p, T_RBRACE, "'}' after the subquery");
    p->agg_ok = saved_agg;
    p->in_agg = saved_in;
    leave(p);
    return r;
  }
  sp_pattern *g = NULL, *open = NULL;
  int open_id = 0;
  triples tv = {0};
  sp_expr *filter = NULL;
  int after_triples = 0; /* a triple block ended without '.' */
  int links = 0;
  for (;;) {
    tok *t = peek(p);
    if (t->type == T_RBRACE) break;
    if (starts_term(p)) {
      if (after_triples) expected(p, "'.' or '}' after the triple pattern");
      if (!open) {
        open = pat(p, SP_P_BGP);
        open_id = ++p->bgp_next;
        tv.v = NULL;
        tv.n = tv.cap = 0;
        g = join(p, g, open);
      } /* else TV still holds the open pattern's triples, with room to grow */
      p->bgp_id = open_id;
      parse_triples_same_subject(p, &tv, 1);
      open->triples = tv.v;
      open->ntriples = tv.n;
      if (is(p, T_DOT)) {
        next(p);
        after_triples = 0;
      } else {
        after_triples = 1;
      }
      continue;
    }
    after_triples = 0;
    chain(p, &links); /* each element wraps the group's pattern once more */
    if (kw(p, "FILTER")) {
      next(p);
      sp_expr *e = parse_constraint(p, "a bracketed expression or a function call after FILTER");
      filter = filter ? bin(p, SP_E_AND, filter, e) : e;
    } else if (kw(p, "OPTIONAL")) {
      next(p);
      int own;
      sp_pattern *a = parse_group(p, &own);
      sp_pattern *lj = pat(p, SP_P_LEFTJOIN);
      lj->a = or_empty(p, g);
      if (own) {
        lj->b = a->a;
        lj->expr = a->expr;
      } else {
        lj->b = a;
      }
      g = lj;
      open = NULL;
    } else if (kw(p, "MINUS")) {
      next(p);
      int own;
      sp_pattern *a = parse_group(p, &own);
      g = pat2(p, SP_P_MINUS, or_empty(p, g), a);
      open = NULL;
    } else if (kw(p, "BIND")) {
      next(p);
      expect(p, T_LPAREN, "'(' after BIND");
      sp_expr *e = parse_expr(p);
      expect_kw(p, "AS", "AS in BIND");
      tok v = expect(p, T_VAR, "a variable after AS");
      expect(p, T_RPAREN, "')' to close BIND");
      if (g && has_var(pattern_vars(p, g), v.val))
        fail_at(p, v.start, "BIND: variable ?%s is already in scope in this group", v.val);
      sp_pattern *x = pat(p, SP_P_EXTEND);
      x->a = or_empty(p, g);
      x->var = v.val;
      x->expr = e;
      g = x;
      open = NULL;
    } else if (kw(p, "GRAPH")) {
      next(p);
      sp_pattern *x = pat(p, SP_P_GRAPH);
      x->name = parse_var_or_iri(p, "a variable or an IRI after GRAPH");
      int own;
      x->a = parse_group(p, &own);
      g = join(p, g, x);
      open = NULL;
    } else if (kw(p, "SERVICE")) {
      next(p);
      if (kw(p, "SILENT")) next(p);
      sp_pattern *x = pat(p, SP_P_SERVICE);
      x->name = parse_var_or_iri(p, "a variable or an IRI after SERVICE");
      int own;
      x->a = parse_group(p, &own);
      g = join(p, g, x);
      open = NULL;
    } else if (kw(p, "VALUES")) {
      next(p);
      g = join(p, g, parse_data_block(p));
      open = NULL;
    } else if (t->type == T_LBRACE) {
      int own;
      sp_pattern *a = parse_group(p, &own);
      while (kw(p, "UNION")) {
        next(p);
        chain(p, &links);
        a = pat2(p, SP_P_UNION, a, parse_group(p, &own));
      }
      g = join(p, g, a);
      open = NULL;
    } else {
      expected(p, "'}' after the group pattern");
    }
    if (is(p, T_DOT)) next(p);
  }
  next(p);
  g = or_empty(p, g);
  if (filter) {
    sp_pattern *f = pat(p, SP_P_FILTER);
    f->a = g;
    f->expr = filter;
    g = f;
    *own_filter = 1;
  }
  unchain(p, links);
  p->agg_ok = saved_agg;
  p->in_agg = saved_in;
  leave(p);
  return g;
}

/* ---- in-scope variables ------------------------------------------------ */

/* An ordered set of variable names (NULL-terminated array) with a hash
 * index, so big patterns stay linear.  vs_free() frees the index; the
 * names stay in the arena. */
typedef struct {
  const char **v;
  size_t n, cap;
  gd_hindex ix;
  arena *ar;
  int oom;
} varset;

static void vs_add(varset *s, const char *v) {
  if (!v || s->oom) return;
  if (gd_hindex_reserve(&s->ix, 1)) {
    s->oom = 1;
    return;
  }
  uint32_t tag = name_tag(v);
  gd_hslot *sl;
  for (sl = gd_hindex_first(&s->ix, tag); sl->ix; sl = gd_hindex_next(&s->ix, sl))
    if (sl->tag == tag && strcmp(s->v[sl->ix - 1], v) == 0) return;
  if (s->n + 1 >= s->cap) {
    size_t nc = s->cap ? s->cap * 2 : 8;
    const char **nv = arena_alloc(s->ar, nc * sizeof *nv);
    if (!nv) {
      s->oom = 1;
      return;
    }
    if (s->n) memcpy(nv, s->v, s->n * sizeof *nv);
    s->v = nv;
    s->cap = nc;
  }
  s->v[s->n] = v;
  s->v[s->n + 1] = NULL;
  gd_hindex_put(&s->ix, sl, tag, s->n++);
}

static void vs_free(varset *s) { gd_hindex_free(&s->ix); }

static void vs_pattern(varset *s, const sp_pattern *pt);

static void vs_query(varset *s, const sp_query *q) {
  if (q->star) {
    varset in = {0};
    in.ar = s->ar;
    vs_pattern(&in, q->where);
    if (q->values) vs_pattern(&in, q->values);
    if (in.oom) s->oom = 1;
    for (size_t i = 0; i < in.n; i++)
      if (in.v[i][0] != '.') vs_add(s, in.v[i]);
    vs_free(&in);
  } else {
    for (size_t i = 0; i < q->nproj; i++) vs_add(s, q->proj[i].var);
  }
}

static void vs_pattern(varset *s, const sp_pattern *pt) {
  if (!pt) return;
  switch (pt->kind) {
  case SP_P_BGP:
    for (size_t i = 0; i < pt->ntriples; i++) {
      vs_add(s, pt->triples[i].s.var);
      if (!pt->triples[i].path) vs_add(s, pt->triples[i].p.var);
      vs_add(s, pt->triples[i].o.var);
    }
    break;
  case SP_P_JOIN:
  case SP_P_LEFTJOIN:
  case SP_P_UNION:
    vs_pattern(s, pt->a);
    vs_pattern(s, pt->b);
    break;
  case SP_P_MINUS:
  case SP_P_FILTER:
    vs_pattern(s, pt->a);
    break;
  case SP_P_GRAPH:
  case SP_P_SERVICE:
    vs_add(s, pt->name.var);
    vs_pattern(s, pt->a);
    break;
  case SP_P_EXTEND:
    vs_pattern(s, pt->a);
    vs_add(s, pt->var);
    break;
  case SP_P_VALUES:
    for (size_t i = 0; i < pt->nvars; i++) vs_add(s, pt->vars[i]);
    break;
  case SP_P_SUBQUERY:
    vs_query(s, pt->query);
    break;
  }
}

static const char **vars_of(arena *ar, const sp_pattern *pt) {
  varset s = {0};
  s.ar = ar;
  vs_pattern(&s, pt);
  vs_free(&s);
  if (s.oom) return NULL;
  if (!s.v) {
    s.v = arena_alloc(ar, sizeof *s.v);
    if (!s.v) return NULL;
  }
  return s.v;
}

static const char **pattern_vars(P *p, const sp_pattern *pt) {
  const char **r = vars_of(p->ar, pt);
  if (!r) fail_at(p, p->pos, "out of memory");
  return r;
}

const char **sp_pattern_vars(sp_query *q, const sp_pattern *pt) {
  if (!q || !q->arena_) return NULL;
  return vars_of(q->arena_, pt);
}

/* ---- queries ------------------------------------------------------------------ */

static sp_query *query_new(P *p) {
  sp_query *q = alloc(p, sizeof *q);
  q->limit = -1;
  q->arena_ = p->ar;
  return q;
}

static sp_pattern *parse_where(P *p, int need_keyword) {
  if (kw(p, "WHERE")) {
    next(p);
  } else if (need_keyword && !is(p, T_LBRACE)) {
    expected(p, "WHERE or '{'");
  }
  if (!is(p, T_LBRACE)) expected(p, "'{' to open the WHERE pattern");
  int own;
  return parse_group(p, &own);
}

/* Collects the variables of E outside aggregates (and outside EXISTS). */
static void expr_free_vars(const sp_expr *e, varset *s) {
  if (!e) return;
  if (e->op == SP_E_VAR) vs_add(s, e->var);
  if (e->op == SP_E_AGG) return;
  for (size_t i = 0; i < e->nargs; i++) expr_free_vars(e->args[i], s);
}

static int has_agg(const sp_expr *e) {
  if (!e) return 0;
  if (e->op == SP_E_AGG) return 1;
  for (size_t i = 0; i < e->nargs; i++)
    if (has_agg(e->args[i])) return 1;
  return 0;
}

/* Static rules of a SELECT's projection (18.2.4.1 and 19.8 notes).  AT:
 * the byte position of each projected item, for the error. */
static void check_select(P *p, sp_query *q, const size_t *at, size_t star_at) {
  const char **in = pattern_vars(p, q->where);
  for (size_t i = 0; i < q->nproj; i++) {
    if (!q->proj[i].expr) continue;
    if (has_var(in, q->proj[i].var))
      fail_at(p, at[i], "SELECT (... AS ?%s): the variable is already in scope in WHERE",
              q->proj[i].var);
    for (size_t k = 0; k < i; k++)
      if (strcmp(q->proj[k].var, q->proj[i].var) == 0)
        fail_at(p, at[i], "SELECT (... AS ?%s): the variable is already projected", q->proj[i].var);
  }
  for (size_t i = 0; i < q->nproj && !q->aggregated; i++)
    if (has_agg(q->proj[i].expr)) q->aggregated = 1;
  for (size_t i = 0; i < q->norder && !q->aggregated; i++)
    if (has_agg(q->order[i].expr)) q->aggregated = 1;
  if (q->ngroup || q->nhaving) q->aggregated = 1;
  if (!q->aggregated) return;
  if (q->star) fail_at(p, star_at, "SELECT * cannot be used with GROUP BY or aggregates");
  varset keys = {0};
  keys.ar = p->ar;
  for (size_t i = 0; i < q->ngroup; i++) {
    if (q->group[i].var)
      vs_add(&keys, q->group[i].var);
    else if (q->group[i].expr->op == SP_E_VAR)
      vs_add(&keys, q->group[i].expr->var);
  }
  for (size_t i = 0; i < q->nproj; i++) {
    varset used = {0};
    used.ar = p->ar;
    if (q->proj[i].expr)
      expr_free_vars(q->proj[i].expr, &used);
    else
      vs_add(&used, q->proj[i].var);
    int oom = keys.oom || used.oom;
    const char *loose = NULL; /* the first variable neither grouped nor aggregated */
    for (size_t k = 0; k < used.n && !oom && !loose; k++) {
      int ok = has_var(keys.v, used.v[k]);
      for (size_t j = 0; j < i && !ok; j++)
        ok = q->proj[j].expr && strcmp(q->proj[j].var, used.v[k]) == 0;
      if (!ok) loose = used.v[k];
    }
    vs_free(&used);
    if (oom || loose) {
      vs_free(&keys);
      if (oom) fail_at(p, at[i], "out of memory");
      fail_at(p, at[i], "variable ?%s is projected but neither grouped nor aggregated", loose);
    }
  }
  vs_free(&keys);
}

/* SolutionModifier ::= GroupClause? HavingClause? OrderClause? LimitOffsetClauses? */
static void parse_modifiers(P *p, sp_query *q) {
  size_t gcap = 0, hcap = 0, ocap = 0;
  if (kw(p, "GROUP")) {
    next(p);
    expect_kw(p, "BY", "BY after GROUP");
    do {
      sp_group g = {0};
      tok *t = peek(p);
      if (t->type == T_VAR) {
        g.expr = expr_new(p, SP_E_VAR, 0);
        g.expr->var = next(p).val;
      } else if (t->type == T_LPAREN) {
        next(p);
        g.expr = parse_expr(p);
        if (kw(p, "AS")) {
          next(p);
          g.var = parse_var(p, "a variable after AS");
        }
        expect(p, T_RPAREN, "')' to close the GROUP BY expression");
      } else {
        g.expr = parse_constraint(p, "a variable, '(' or a function call after GROUP BY");
      }
      PUSH(p, q->group, q->ngroup, gcap, g);
    } while (is(p, T_VAR) || is(p, T_LPAREN) || is_iri_tok(peek(p)) ||
             (is(p, T_WORD) && (find_builtin(peek(p)) || is_aggregate_kw(peek(p)) ||
                                kw(p, "EXISTS") || (kw(p, "NOT") && is_kw(peek2(p), "EXISTS")))));
  }
  if (kw(p, "HAVING")) {
    next(p);
    p->agg_ok = 1;
    do {
      sp_expr *e = parse_constraint(p, "a bracketed expression or a function call after HAVING");
      PUSH(p, q->having, q->nhaving, hcap, e);
    } while (is(p, T_LPAREN) || is_iri_tok(peek(p)) ||
             (is(p, T_WORD) && (find_builtin(peek(p)) || is_aggregate_kw(peek(p)) ||
                                kw(p, "EXISTS") || (kw(p, "NOT") && is_kw(peek2(p), "EXISTS")))));
    p->agg_ok = 0;
  }
  if (kw(p, "ORDER")) {
    next(p);
    expect_kw(p, "BY", "BY after ORDER");
    p->agg_ok = 1;
    for (;;) {
      sp_order o = {0};
      tok *t = peek(p);
      if (is_kw(t, "ASC") || is_kw(t, "DESC")) {
        o.desc = is_kw(t, "DESC");
        next(p);
        if (!is(p, T_LPAREN)) expected(p, "'(' after ASC or DESC");
        next(p);
        o.expr = parse_expr(p);
        expect(p, T_RPAREN, "')' to close the ORDER BY expression");
      } else if (t->type == T_VAR) {
        o.expr = expr_new(p, SP_E_VAR, 0);
        o.expr->var = next(p).val;
      } else if (t->type == T_LPAREN || is_iri_tok(t) ||
                 (t->type == T_WORD && (find_builtin(t) || is_aggregate_kw(t) ||
                                        is_kw(t, "EXISTS") || is_kw(t, "NOT")))) {
        o.expr = parse_constraint(p, "an ORDER BY condition");
      } else {
        if (q->norder) break;
        expected(p, "a variable, ASC, DESC or an expression after ORDER BY");
      }
      PUSH(p, q->order, q->norder, ocap, o);
    }
    p->agg_ok = 0;
  }
  int seen_limit = 0, seen_offset = 0;
  for (;;) {
    int lim = kw(p, "LIMIT"), off = kw(p, "OFFSET");
    if ((!lim && !off) || (lim && seen_limit) || (off && seen_offset)) break;
    next(p);
    tok *t = peek(p);
    if (t->type != T_INTEGER || t->sign) expected(p, lim ? "an integer after LIMIT" : "an integer after OFFSET");
    tok u = next(p);
    errno = 0;
    long long v = strtoll(u.val, NULL, 10);
    if (errno == ERANGE) fail_at(p, u.start, "%s is too large", lim ? "LIMIT" : "OFFSET");
    if (lim) {
      q->limit = v;
      seen_limit = 1;
    } else {
      q->offset = v;
      seen_offset = 1;
    }
  }
}

/* DatasetClause* */
static void parse_dataset(P *p, sp_query *q) {
  size_t fcap = 0, ncap = 0;
  while (kw(p, "FROM")) {
    next(p);
    if (kw(p, "NAMED")) {
      next(p);
      const char *iri = parse_iri(p);
      PUSH(p, q->from_named, q->nfrom_named, ncap, iri);
    } else {
      const char *iri = parse_iri(p);
      PUSH(p, q->from, q->nfrom, fcap, iri);
    }
  }
}

/* SelectClause WhereClause SolutionModifier (and, for a subquery, its
 * ValuesClause; the caller parses the top query's). */
static sp_query *parse_select(P *p, int sub) {
  sp_query *q = query_new(p);
  q->form = SP_SELECT;
  next(p); /* SELECT */
  if (kw(p, "DISTINCT")) {
    next(p);
    q->distinct = 1;
  } else if (kw(p, "REDUCED")) {
    next(p);
    q->reduced = 1;
  }
  size_t pcap = 0, acap = 0, star_at = 0;
  size_t *at = NULL, nat = 0;
  if (is(p, T_STAR)) {
    star_at = next(p).start;
    q->star = 1;
  } else {
    while (is(p, T_VAR) || is(p, T_LPAREN)) {
      sp_proj pr = {0};
      tok t = next(p);
      if (t.type == T_VAR) {
        pr.var = t.val;
        PUSH(p, at, nat, acap, t.start);
      } else {
        p->agg_ok = 1;
        pr.expr = parse_expr(p);
        p->agg_ok = 0;
        expect_kw(p, "AS", "AS in the SELECT expression");
        tok v = expect(p, T_VAR, "a variable after AS");
        pr.var = v.val;
        PUSH(p, at, nat, acap, v.start);
        expect(p, T_RPAREN, "')' to close the SELECT expression");
      }
      PUSH(p, q->proj, q->nproj, pcap, pr);
    }
    if (!q->nproj) expected(p, "'*', a variable or '(' after SELECT");
  }
  if (!sub) parse_dataset(p, q);
  q->where = parse_where(p, 0);
  parse_modifiers(p, q);
  if (sub && kw(p, "VALUES")) {
    next(p);
    q->values = parse_data_block(p);
  }
  check_select(p, q, at, star_at);
  return q;
}

/* Query ::= Prologue ( SelectQuery | ConstructQuery | DescribeQuery |
 * AskQuery ) ValuesClause */
static sp_query *parse_query(P *p) {
  /* Prologue ::= ( BaseDecl | PrefixDecl )* */
  for (;;) {
    if (kw(p, "BASE")) {
      next(p);
      tok t = expect(p, T_IRI, "an IRI after BASE");
      p->base = resolve(p, t.val, t.start);
    } else if (kw(p, "PREFIX")) {
      next(p);
      tok t = *peek(p);
      if (t.type != T_PNAME || t.val[0]) expected(p, "a prefix name like 'ex:' after PREFIX");
      next(p);
      tok i = expect(p, T_IRI, "an IRI after the prefix name");
      pfx *x = alloc(p, sizeof *x);
      x->name = t.prefix;
      x->iri = resolve(p, i.val, i.start);
      x->next = p->prefixes;
      p->prefixes = x;
    } else {
      break;
    }
  }
  sp_query *q;
  tok *t = peek(p);
  if (is_kw(t, "SELECT")) {
    q = parse_select(p, 0);
  } else if (is_kw(t, "ASK")) {
    next(p);
    q = query_new(p);
    q->form = SP_ASK;
    parse_dataset(p, q);
    q->where = parse_where(p, 0);
    parse_modifiers(p, q);
  } else if (is_kw(t, "CONSTRUCT")) {
    next(p);
    q = query_new(p);
    q->form = SP_CONSTRUCT;
    triples tv = {0};
    if (is(p, T_LBRACE)) {
      next(p);
      p->templ = 1;
      while (!is(p, T_RBRACE)) {
        parse_triples_same_subject(p, &tv, 0);
        if (!is(p, T_DOT)) break;
        next(p);
      }
      p->templ = 0;
      expect(p, T_RBRACE, "'.' or '}' in the CONSTRUCT template");
      q->construct = tv.v;
      q->nconstruct = tv.n;
      parse_dataset(p, q);
      q->where = parse_where(p, 0);
    } else {
      /* CONSTRUCT WHERE { TriplesTemplate }: the pattern is the template */
      parse_dataset(p, q);
      expect_kw(p, "WHERE", "'{' or WHERE after CONSTRUCT");
      expect(p, T_LBRACE, "'{' after WHERE");
      p->bgp_id = ++p->bgp_next;
      while (!is(p, T_RBRACE)) {
        parse_triples_same_subject(p, &tv, 0);
        if (!is(p, T_DOT)) break;
        next(p);
      }
      expect(p, T_RBRACE, "'.' or '}' in the CONSTRUCT WHERE pattern");
      sp_pattern *bgp = pat(p, SP_P_BGP);
      bgp->triples = tv.v;
      bgp->ntriples = tv.n;
      q->where = bgp;
      q->construct = alloc(p, (tv.n ? tv.n : 1) * sizeof *q->construct);
      q->nconstruct = tv.n;
      for (size_t i = 0; i < tv.n; i++) {
        sp_triple tr = tv.v[i];
        sp_node *ns[3] = {&tr.s, &tr.p, &tr.o};
        for (int k = 0; k < 3; k++) {
          if (ns[k]->var && ns[k]->var[0] == '.') { /* a blank node: fresh per solution */
            ns[k]->term.kind = SP_BLANK;
            ns[k]->term.lex = ns[k]->var + 1;
            ns[k]->var = NULL;
          }
        }
        q->construct[i] = tr;
      }
    }
    parse_modifiers(p, q);
  } else if (is_kw(t, "DESCRIBE")) {
    next(p);
    q = query_new(p);
    q->form = SP_DESCRIBE;
    size_t dcap = 0, pcap = 0;
    if (is(p, T_STAR)) {
      next(p);
      q->star = 1;
    } else {
      while (is(p, T_VAR) || is_iri_tok(peek(p))) {
        sp_node n = parse_var_or_iri(p, "a variable or an IRI");
        PUSH(p, q->describe, q->ndescribe, dcap, n);
        if (n.var) {
          sp_proj pr = {n.var, NULL};
          PUSH(p, q->proj, q->nproj, pcap, pr);
        }
      }
      if (!q->ndescribe) expected(p, "'*', a variable or an IRI after DESCRIBE");
    }
    parse_dataset(p, q);
    if (kw(p, "WHERE") || is(p, T_LBRACE))
      q->where = parse_where(p, 0);
    else
      q->where = pat(p, SP_P_BGP);
    parse_modifiers(p, q);
  } else {
    expected(p, "SELECT, CONSTRUCT, DESCRIBE, ASK, PREFIX or BASE");
  }
  if (q->form != SP_SELECT) {
    if (q->ngroup || q->nhaving) q->aggregated = 1;
    for (size_t i = 0; i < q->norder; i++)
      if (has_agg(q->order[i].expr)) q->aggregated = 1;
  }
  if (kw(p, "VALUES")) {
    next(p);
    q->values = parse_data_block(p);
  }
  if (!is(p, T_EOF)) expected(p, "the end of the query");
  q->base = p->base;
  return q;
}

sp_query *sp_parse(const char *text, size_t len, const char *base, sp_error *err) {
  sp_error dummy;
  if (!err) err = &dummy;
  memset(err, 0, sizeof *err);
  P *p = calloc(1, sizeof *p);
  arena *ar = calloc(1, sizeof *ar);
  if (!p || !ar) {
    free(p);
    free(ar);
    snprintf(err->message, sizeof err->message, "out of memory");
    err->line = err->column = 1;
    return NULL;
  }
  p->s = text ? text : "";
  p->n = text ? len : 0;
  p->ar = ar;
  p->err = err;
  sp_query *q = NULL;
  if (setjmp(p->jb) == 0) {
    if (base) p->base = sdup(p, base, strlen(base));
    q = parse_query(p);
    ar->owner = q;
  } else {
    arena_free(ar);
    q = NULL;
  }
  gd_hindex_free(&p->labix);
  free(p);
  return q;
}

void sp_query_free(sp_query *q) {
  if (!q) return;
  arena *ar = q->arena_;
  if (ar && ar->owner == q) arena_free(ar); /* subqueries go with their top query */
}

/* ---- dump ---------------------------------------------------------------- */

static void dump_str(const char *s, FILE *out) {
  fputc('"', out);
  for (; *s; s++) {
    switch (*s) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\r': fputs("\\r", out); break;
    case '\t': fputs("\\t", out); break;
    default: fputc(*s, out);
    }
  }
  fputc('"', out);
}

static void dump_term(const sp_term *t, FILE *out) {
  switch (t->kind) {
  case SP_IRI:
    fprintf(out, "<%s>", t->lex);
    break;
  case SP_BLANK:
    fprintf(out, "_:%s", t->lex);
    break;
  case SP_LITERAL:
    dump_str(t->lex, out);
    if (t->lang) {
      fprintf(out, "@%s", t->lang);
    } else if (t->datatype) {
      size_t nx = strlen(SP_XSD);
      if (strncmp(t->datatype, SP_XSD, nx) == 0)
        fprintf(out, "^^xsd:%s", t->datatype + nx);
      else
        fprintf(out, "^^<%s>", t->datatype);
    }
    break;
  default:
    fputs("?", out);
  }
}

static void dump_node(const sp_node *n, FILE *out) {
  if (n->var)
    fprintf(out, "?%s", n->var);
  else
    dump_term(&n->term, out);
}

static void dump_path(const sp_path *pa, FILE *out) {
  switch (pa->kind) {
  case SP_PATH_LINK:
    fprintf(out, "<%s>", pa->iri);
    return;
  case SP_PATH_INV:
    fputs("(inv ", out);
    dump_path(pa->a, out);
    fputc(')', out);
    return;
  case SP_PATH_SEQ:
  case SP_PATH_ALT:
    fputs(pa->kind == SP_PATH_SEQ ? "(seq " : "(alt ", out);
    dump_path(pa->a, out);
    fputc(' ', out);
    dump_path(pa->b, out);
    fputc(')', out);
    return;
  case SP_PATH_STAR:
  case SP_PATH_PLUS:
  case SP_PATH_OPT:
    fputs(pa->kind == SP_PATH_STAR ? "(path* " : pa->kind == SP_PATH_PLUS ? "(path+ " : "(path? ",
          out);
    dump_path(pa->a, out);
    fputc(')', out);
    return;
  case SP_PATH_NEG:
    fputs("(notoneof", out);
    for (size_t i = 0; i < pa->nfwd; i++) fprintf(out, " <%s>", pa->fwd[i]);
    for (size_t i = 0; i < pa->ninv; i++) fprintf(out, " (inv <%s>)", pa->inv[i]);
    fputc(')', out);
    return;
  }
}

static void dump_triple(const sp_triple *t, FILE *out) {
  fputs(t->path ? "(path " : "(triple ", out);
  dump_node(&t->s, out);
  fputc(' ', out);
  if (t->path)
    dump_path(t->path, out);
  else
    dump_node(&t->p, out);
  fputc(' ', out);
  dump_node(&t->o, out);
  fputc(')', out);
}

static const char *op_name(sp_op op) {
  static const char *const names[] = {
    [SP_E_OR] = "||", [SP_E_AND] = "&&", [SP_E_NOT] = "!", [SP_E_EQ] = "=", [SP_E_NE] = "!=",
    [SP_E_LT] = "<", [SP_E_GT] = ">", [SP_E_LE] = "<=", [SP_E_GE] = ">=", [SP_E_IN] = "in",
    [SP_E_NOT_IN] = "notin", [SP_E_ADD] = "+", [SP_E_SUB] = "-", [SP_E_MUL] = "*",
    [SP_E_DIV] = "/", [SP_E_NEG] = "-", [SP_E_POS] = "+", [SP_E_EXISTS] = "exists",
    [SP_E_NOT_EXISTS] = "notexists", [SP_E_CAST] = "cast",
  };
  if (op < (int)(sizeof names / sizeof *names) && names[op]) return names[op];
  for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
    if (builtins[i].op == op) return builtins[i].name;
  return "?";
}

static void dump_pattern(const sp_pattern *pt, FILE *out);
static void dump_query_algebra(const sp_query *q, FILE *out);

static void dump_expr(const sp_expr *e, FILE *out) {
  switch (e->op) {
  case SP_E_VAR:
    fprintf(out, "?%s", e->var);
    return;
  case SP_E_TERM:
    dump_term(&e->term, out);
    return;
  case SP_E_EXISTS:
  case SP_E_NOT_EXISTS:
    fprintf(out, "(%s ", op_name(e->op));
    dump_pattern(e->pattern, out);
    fputc(')', out);
    return;
  case SP_E_AGG: {
    static const char *const an[] = {"count", "sum", "min", "max", "avg", "sample", "group_concat"};
    fprintf(out, "(%s%s", an[e->agg], e->distinct ? " distinct" : "");
    if (!e->nargs) fputs(" *", out);
    for (size_t i = 0; i < e->nargs; i++) {
      fputc(' ', out);
      dump_expr(e->args[i], out);
    }
    if (e->separator) {
      fputs(" (separator ", out);
      dump_str(e->separator, out);
      fputc(')', out);
    }
    fputc(')', out);
    return;
  }
  case SP_E_CAST:
  case SP_E_FUNCTION:
    if (e->op == SP_E_CAST)
      fprintf(out, "(cast <%s>", e->iri);
    else
      fprintf(out, "(<%s>", e->iri);
    break;
  default: {
    const char *n = op_name(e->op);
    fputc('(', out);
    for (; *n; n++) fputc(tolower((unsigned char)*n), out);
  }
  }
  for (size_t i = 0; i < e->nargs; i++) {
    fputc(' ', out);
    dump_expr(e->args[i], out);
  }
  fputc(')', out);
}

static void dump_pattern(const sp_pattern *pt, FILE *out) {
  switch (pt->kind) {
  case SP_P_BGP:
    fputs("(bgp", out);
    for (size_t i = 0; i < pt->ntriples; i++) {
      fputc(' ', out);
      dump_triple(&pt->triples[i], out);
    }
    fputc(')', out);
    return;
  case SP_P_JOIN:
  case SP_P_UNION:
  case SP_P_MINUS:
    fprintf(out, "(%s ", pt->kind == SP_P_JOIN ? "join" : pt->kind == SP_P_UNION ? "union" : "minus");
    dump_pattern(pt->a, out);
    fputc(' ', out);
    dump_pattern(pt->b, out);
    fputc(')', out);
    return;
  case SP_P_LEFTJOIN:
    fputs("(leftjoin ", out);
    dump_pattern(pt->a, out);
    fputc(' ', out);
    dump_pattern(pt->b, out);
    if (pt->expr) {
      fputc(' ', out);
      dump_expr(pt->expr, out);
    }
    fputc(')', out);
    return;
  case SP_P_FILTER:
    fputs("(filter ", out);
    dump_expr(pt->expr, out);
    fputc(' ', out);
    dump_pattern(pt->a, out);
    fputc(')', out);
    return;
  case SP_P_GRAPH:
  case SP_P_SERVICE:
    fputs(pt->kind == SP_P_GRAPH ? "(graph " : "(service ", out);
    dump_node(&pt->name, out);
    fputc(' ', out);
    dump_pattern(pt->a, out);
    fputc(')', out);
    return;
  case SP_P_EXTEND:
    fprintf(out, "(extend ((?%s ", pt->var);
    dump_expr(pt->expr, out);
    fputs(")) ", out);
    dump_pattern(pt->a, out);
    fputc(')', out);
    return;
  case SP_P_VALUES:
    fputs("(table (vars", out);
    for (size_t i = 0; i < pt->nvars; i++) fprintf(out, " ?%s", pt->vars[i]);
    fputc(')', out);
    for (size_t r = 0; r < pt->nrows; r++) {
      fputs(" (row", out);
      for (size_t i = 0; i < pt->nvars; i++) {
        const sp_term *c = pt->cells[r * pt->nvars + i];
        fputc(' ', out);
        if (c)
          dump_term(c, out);
        else
          fputs("UNDEF", out);
      }
      fputc(')', out);
    }
    fputc(')', out);
    return;
  case SP_P_SUBQUERY:
    dump_query_algebra(pt->query, out);
    return;
  }
}

/* The solution modifiers wrapped around the pattern, inside out. */
static void dump_query_algebra(const sp_query *q, FILE *out) {
  int close = 0;
  if (q->limit >= 0 || q->offset > 0) {
    fputs("(slice ", out);
    if (q->offset > 0)
      fprintf(out, "%lld ", q->offset);
    else
      fputs("_ ", out);
    if (q->limit >= 0)
      fprintf(out, "%lld ", q->limit);
    else
      fputs("_ ", out);
    close++;
  }
  if (q->distinct) {
    fputs("(distinct ", out);
    close++;
  }
  if (q->reduced) {
    fputs("(reduced ", out);
    close++;
  }
  if (q->form == SP_SELECT) {
    fputs("(project ", out);
    if (q->star) {
      fputs("* ", out);
    } else {
      fputc('(', out);
      for (size_t i = 0; i < q->nproj; i++) {
        if (i) fputc(' ', out);
        if (q->proj[i].expr) {
          fprintf(out, "(?%s ", q->proj[i].var);
          dump_expr(q->proj[i].expr, out);
          fputc(')', out);
        } else {
          fprintf(out, "?%s", q->proj[i].var);
        }
      }
      fputs(") ", out);
    }
    close++;
  }
  if (q->norder) {
    fputs("(order (", out);
    for (size_t i = 0; i < q->norder; i++) {
      if (i) fputc(' ', out);
      if (q->order[i].desc) fputs("(desc ", out);
      dump_expr(q->order[i].expr, out);
      if (q->order[i].desc) fputc(')', out);
    }
    fputs(") ", out);
    close++;
  }
  if (q->values) { /* trailing VALUES joins after grouping (18.2.4.3) */
    fputs("(join ", out);
    close++;
  }
  if (q->nhaving) {
    fputs("(having (", out);
    for (size_t i = 0; i < q->nhaving; i++) {
      if (i) fputc(' ', out);
      dump_expr(q->having[i], out);
    }
    fputs(") ", out);
    close++;
  }
  if (q->aggregated) {
    fputs("(group (", out);
    for (size_t i = 0; i < q->ngroup; i++) {
      if (i) fputc(' ', out);
      if (q->group[i].var) fprintf(out, "(?%s ", q->group[i].var);
      dump_expr(q->group[i].expr, out);
      if (q->group[i].var) fputc(')', out);
    }
    fputs(") ", out);
    close++;
  }
  dump_pattern(q->where, out);
  if (q->values) {
    int vclose = (q->nhaving ? 1 : 0) + (q->aggregated ? 1 : 0);
    while (vclose--) {
      fputc(')', out);
      close--;
    }
    fputc(' ', out);
    dump_pattern(q->values, out);
  }
  while (close--) fputc(')', out);
}

void sp_query_dump(const sp_query *q, FILE *out) {
  static const char *const forms[] = {"select", "construct", "describe", "ask"};
  fprintf(out, "(%s", forms[q->form]);
  if (q->base) fprintf(out, " (base <%s>)", q->base);
  for (size_t i = 0; i < q->nfrom; i++) fprintf(out, " (from <%s>)", q->from[i]);
  for (size_t i = 0; i < q->nfrom_named; i++) fprintf(out, " (from-named <%s>)", q->from_named[i]);
  if (q->form == SP_CONSTRUCT) {
    fputs(" (template", out);
    for (size_t i = 0; i < q->nconstruct; i++) {
      fputc(' ', out);
      dump_triple(&q->construct[i], out);
    }
    fputc(')', out);
  }
  if (q->form == SP_DESCRIBE) {
    fputs(" (describe", out);
    if (q->star) fputs(" *", out);
    for (size_t i = 0; i < q->ndescribe; i++) {
      fputc(' ', out);
      dump_node(&q->describe[i], out);
    }
    fputc(')', out);
  }
  fputc(' ', out);
  dump_query_algebra(q, out);
  fputs(")\n", out);
}
