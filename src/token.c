/* geordf: a tokenizer for news English that keeps byte offsets, and a
 * sentence splitter that knows abbreviations.
 * SPDX-License-Identifier: MIT */
#include "token.h"
#include "hash.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct gd_chunk {
  struct gd_chunk *next;
  size_t used, cap;
  _Alignas(max_align_t) char data[];
};

/* A fresh chunk of at least NEED bytes, now the newest of T's arena. */
static struct gd_chunk *new_chunk(gd_tokens *t, size_t need) {
  size_t cap = need > 16384 ? need : 16384;
  struct gd_chunk *c = malloc(sizeof *c + cap);
  if (!c) return NULL;
  c->next = t->arena;
  c->used = 0;
  c->cap = cap;
  t->arena = c;
  return c;
}

int gd_tokens_reserve(gd_tokens *t, size_t n) {
  struct gd_chunk *c = t->arena;
  if (c && c->cap - c->used >= n) return 0;
  if (!(c = gd_malloc_big(sizeof *c + n))) return -1;
  c->next = t->arena;
  c->used = 0;
  c->cap = n;
  t->arena = c;
  return 0;
}

void *gd_tokens_alloc(gd_tokens *t, size_t len) {
  /* Strings leave the fill mark anywhere: start at the next aligned byte. */
  const size_t al = _Alignof(max_align_t);
  size_t need = (len + al - 1) / al * al;
  struct gd_chunk *c = t->arena;
  size_t at = c ? (c->used + al - 1) / al * al : 0;
  if (!c || c->cap < at || c->cap - at < need) {
    if (!(c = new_chunk(t, need))) return NULL;
    at = 0;
  }
  c->used = at + need;
  return c->data + at;
}

/* LEN + 1 bytes for a string, the last allocation until the next call
 * (in line: once per token). */
static inline char *str_reserve(gd_tokens *t, size_t len) {
  struct gd_chunk *c = t->arena;
  if ((!c || c->cap - c->used < len + 1) && !(c = new_chunk(t, len + 1))) return NULL;
  char *p = c->data + c->used;
  p[len] = '\0';
  c->used += len + 1;
  return p;
}

/* Gives back the LEN + 1 bytes str_reserve() just handed out. */
static void str_unreserve(gd_tokens *t, size_t len) { t->arena->used -= len + 1; }

char *gd_tokens_strdup(gd_tokens *t, const char *s, size_t len) {
  char *p = str_reserve(t, len);
  if (p) memcpy(p, s, len);
  return p;
}

void gd_tokens_free(gd_tokens *t) {
  if (!t) return;
  for (struct gd_chunk *c = t->arena, *n; c; c = n) { n = c->next; free(c); }
  free(t->tok);
  free(t->sent);
  free(t);
}

/* Words that keep their final dot and never end a sentence by it, read
 * with their full stop: mr mrs ms dr gen lt col maj capt
 * cpt sgt adm cmdr st sen rep gov pres prof rev jan feb mar apr jun jul aug
 * sep sept oct nov dec no nos vs inc corp co ltd jr sr mt ft approx dept sec
 * lieut messrs cf al e.g i.e, in any case.  The word, at most six bytes, is
 * packed into an integer and compared with theirs (asked of every word
 * before a full stop). */
static int is_abbrev(const char *s, size_t n) {
#define AB(a, b, c, d, e, f) \
  ((uint64_t)(unsigned char)(a) | (uint64_t)(unsigned char)(b) << 8 | (uint64_t)(unsigned char)(c) << 16 | \
   (uint64_t)(unsigned char)(d) << 24 | (uint64_t)(unsigned char)(e) << 32 | (uint64_t)(unsigned char)(f) << 40)
  if (n == 0 || n > 6) return 0;
  uint64_t v = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    v |= (uint64_t)(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
  }
  switch (v) {
  case AB('m', 'r', 0, 0, 0, 0): case AB('m', 'r', 's', 0, 0, 0): case AB('m', 's', 0, 0, 0, 0):
  case AB('d', 'r', 0, 0, 0, 0): case AB('g', 'e', 'n', 0, 0, 0): case AB('l', 't', 0, 0, 0, 0):
  case AB('c', 'o', 'l', 0, 0, 0): case AB('m', 'a', 'j', 0, 0, 0): case AB('c', 'a', 'p', 't', 0, 0):
  case AB('c', 'p', 't', 0, 0, 0): case AB('s', 'g', 't', 0, 0, 0): case AB('a', 'd', 'm', 0, 0, 0):
  case AB('c', 'm', 'd', 'r', 0, 0): case AB('s', 't', 0, 0, 0, 0): case AB('s', 'e', 'n', 0, 0, 0):
  case AB('r', 'e', 'p', 0, 0, 0): case AB('g', 'o', 'v', 0, 0, 0): case AB('p', 'r', 'e', 's', 0, 0):
  case AB('p', 'r', 'o', 'f', 0, 0): case AB('r', 'e', 'v', 0, 0, 0): case AB('j', 'a', 'n', 0, 0, 0):
  case AB('f', 'e', 'b', 0, 0, 0): case AB('m', 'a', 'r', 0, 0, 0): case AB('a', 'p', 'r', 0, 0, 0):
  case AB('j', 'u', 'n', 0, 0, 0): case AB('j', 'u', 'l', 0, 0, 0): case AB('a', 'u', 'g', 0, 0, 0):
  case AB('s', 'e', 'p', 0, 0, 0): case AB('s', 'e', 'p', 't', 0, 0): case AB('o', 'c', 't', 0, 0, 0):
  case AB('n', 'o', 'v', 0, 0, 0): case AB('d', 'e', 'c', 0, 0, 0): case AB('n', 'o', 0, 0, 0, 0):
  case AB('n', 'o', 's', 0, 0, 0): case AB('v', 's', 0, 0, 0, 0): case AB('i', 'n', 'c', 0, 0, 0):
  case AB('c', 'o', 'r', 'p', 0, 0): case AB('c', 'o', 0, 0, 0, 0): case AB('l', 't', 'd', 0, 0, 0):
  case AB('j', 'r', 0, 0, 0, 0): case AB('s', 'r', 0, 0, 0, 0): case AB('m', 't', 0, 0, 0, 0):
  case AB('f', 't', 0, 0, 0, 0): case AB('a', 'p', 'p', 'r', 'o', 'x'): case AB('d', 'e', 'p', 't', 0, 0):
  case AB('s', 'e', 'c', 0, 0, 0): case AB('l', 'i', 'e', 'u', 't', 0): case AB('m', 'e', 's', 's', 'r', 's'):
  case AB('c', 'f', 0, 0, 0, 0): case AB('a', 'l', 0, 0, 0, 0): case AB('e', '.', 'g', 0, 0, 0):
  case AB('i', '.', 'e', 0, 0, 0):
    return 1;
  }
  return 0;
#undef AB
}

typedef struct {
  gd_tokens *t;
  const char *s;
  size_t len;
  int nomem;
  size_t i;      /* where tokenize_words() goes on */
  unsigned nl;   /* newlines since the last token */
  size_t prev_e; /* end of the last token, or SIZE_MAX */
} builder;

/* push() and read_run() run once per token: in line, their calls and the
 * counts read_run() keeps through pointers cost nothing (a sixth of the
 * tokenizer's instructions). */
#if defined(__GNUC__)
#define GD_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define GD_ALWAYS_INLINE inline
#endif

static GD_ALWAYS_INLINE int push(builder *bd, size_t b, size_t e, unsigned flags, unsigned nl, size_t normlen) {
  gd_tokens *t = bd->t;
  if (t->ntok == t->captok) {
    /* (A news article is a few hundred tokens: room for 1,024 at first
     * spares most documents a copy.) */
    size_t cap = t->captok ? t->captok * 2 : 1024;
    gd_token *v = realloc(t->tok, cap * sizeof *v);
    if (!v) return -1;
    t->tok = v;
    t->captok = cap;
  }
  const char *s = bd->s + b;
  size_t n = normlen;
  /* ASCII, the common case, is lower-cased while it is copied; a
   * non-ASCII byte takes the copy back and folds with utf8proc. */
  char *norm = str_reserve(t, n);
  if (!norm) return -1;
  size_t i = 0;
  for (; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) break;
    norm[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if (i < n) {
    str_unreserve(t, n);
    size_t fl;
    char *f = gd_text_fold(s, n, &fl);
    if (!f) return -1;
    norm = gd_tokens_strdup(t, f, fl);
    free(f);
    if (!norm) return -1;
  }
  gd_token *k = &t->tok[t->ntok++];
  bd->prev_e = e;
  k->b = b;
  k->e = e;
  k->norm = norm;
  k->flags = flags;
  k->nl = nl;
  return 0;
}

/* ASCII, most of news text, is classified here; text.c (utf8proc) gets
 * the rest.  The tokenizer asks about every character several times. */
static inline int is_letter(long cp) {
  return cp >= 0 && cp < 128 ? (cp | 32) >= 'a' && (cp | 32) <= 'z' : gd_text_is_letter(cp);
}
static inline int is_upper(long cp) {
  return cp >= 0 && cp < 128 ? cp >= 'A' && cp <= 'Z' : gd_text_is_upper(cp);
}
static inline int is_digit(long cp) {
  return cp >= 0 && cp < 128 ? cp >= '0' && cp <= '9' : gd_text_is_digit(cp);
}
static inline int is_space(long cp) {
  return cp >= 0 && cp < 128 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : gd_text_is_space(cp);
}
static inline int is_dash(long cp) { return cp >= 0 && cp < 128 ? cp == '-' : gd_text_is_dash(cp); }
static inline int is_apostrophe(long cp) {
  return cp >= 0 && cp < 128 ? cp == '\'' : gd_text_is_apostrophe(cp);
}

static inline long peek(const builder *bd, size_t i) {
  if (i >= bd->len) return -2;
  unsigned char c = (unsigned char)bd->s[i];
  if (c < 0x80) return c;
  size_t j = i;
  return gd_text_next(bd->s, bd->len, &j);
}

static inline size_t cp_len(const builder *bd, size_t i) {
  if ((unsigned char)bd->s[i] < 0x80) return 1;
  size_t j = i;
  gd_text_next(bd->s, bd->len, &j);
  return j - i;
}

/* Reads a run of letters and digits from *I; sets *has_digit, *letters,
 * *upper. */
static GD_ALWAYS_INLINE void read_run(const builder *bd, size_t *i, int *has_digit, int *letters, int *upper) {
  for (;;) {
    /* ASCII letters and digits without decoding: most of the text */
    const unsigned char *s = (const unsigned char *)bd->s;
    size_t j = *i;
    for (; j < bd->len; j++) {
      unsigned c = s[j];
      if ((c | 32u) - 'a' < 26u) {
        (*letters)++;
        if (c < 'a') (*upper)++;
      } else if (c - '0' < 10u) {
        *has_digit = 1;
      } else {
        break;
      }
    }
    *i = j;
    if (j >= bd->len || s[j] < 0x80) return;
    long cp = peek(bd, *i);
    if (is_letter(cp)) {
      (*letters)++;
      if (is_upper(cp)) (*upper)++;
    } else if (is_digit(cp)) {
      *has_digit = 1;
    } else {
      return;
    }
    *i += cp_len(bd, *i);
  }
}

static int run_has_digit(const builder *bd, size_t i) {
  int d = 0, l = 0, u = 0;
  read_run(bd, &i, &d, &l, &u);
  return d;
}

/* Newswire feeds that stripped the '&' of HTML entities write "Iran #39;s"
 * and "quot;unfair quot;".  Returns the bytes of such an apostrophe at I
 * (with the space the feed put before it), or 0. */
static size_t lost_apostrophe_at(const builder *bd, size_t i) {
  size_t j = i < bd->len && bd->s[i] == ' ' ? i + 1 : i;
  return j + 4 <= bd->len && !memcmp(bd->s + j, "#39;", 4) ? j + 4 - i : 0;
}

/* (Asked before and after every word: a look at the '#' first.) */
static inline size_t lost_apostrophe(const builder *bd, size_t i) {
  size_t j = i < bd->len && bd->s[i] == ' ' ? i + 1 : i;
  return j < bd->len && bd->s[j] == '#' ? lost_apostrophe_at(bd, i) : 0;
}

static int lost_quote(const builder *bd, size_t i) {
  return bd->s[i] == 'q' && i + 5 <= bd->len && !memcmp(bd->s + i, "quot;", 5) &&
         (i == 0 || bd->s[i - 1] == ' ' || bd->s[i - 1] == '&' || bd->s[i - 1] == '(');
}

/* Tokenizes from bd->i up to LIMIT (the token there is read whole) and
 * keeps its place in BD to go on. */
static void tokenize_words(builder *bd, size_t limit) {
  size_t i = bd->i, end = limit < bd->len ? limit : bd->len;
  unsigned nl = bd->nl;
  while (i < end && !bd->nomem) {
    /* A space between words, the commonest byte, goes first. */
    if (bd->s[i] == ' ') {
      i++;
      continue;
    }
    long cp = peek(bd, i);
    if (is_space(cp) || cp < 0 || (cp < 32 && cp != -2)) {
      if (cp == '\n') nl++;
      i += cp_len(bd, i);
      continue;
    }
    /* "#39;" and "quot;" whose '&' a feed lost: an apostrophe and a quote. */
    size_t apos = lost_apostrophe(bd, i);
    if (apos || lost_quote(bd, i)) {
      size_t n = apos ? apos : 5;
      if (push(bd, i, i + n, GD_TOK_PUNCT | GD_TOK_ENTITY, nl, 0)) bd->nomem = 1;
      else bd->t->tok[bd->t->ntok - 1].norm = apos ? "'" : "\"";
      nl = 0;
      i += n;
      continue;
    }
    size_t b = i;
    if (is_letter(cp) || is_digit(cp)) {
      int digit = 0, letters = 0, upper = 0;
      int first_upper = is_upper(cp);
      int starts_digit = is_digit(cp);
      unsigned extra = 0;
      size_t normlen;
      /* U.S., U.N., E.U.: single letters each followed by a dot. */
      if (is_letter(cp) && peek(bd, i + cp_len(bd, i)) == '.' &&
          is_letter(peek(bd, i + cp_len(bd, i) + 1))) {
        size_t j = i;
        int pairs = 0;
        while (is_letter(peek(bd, j)) && peek(bd, j + cp_len(bd, j)) == '.') {
          size_t after = j + cp_len(bd, j) + 1;
          long nx = peek(bd, after);
          pairs++;
          j = after;
          if (!is_letter(nx) || is_letter(peek(bd, after + cp_len(bd, after)))) break;
        }
        if (pairs >= 2) {
          if (push(bd, b, j, GD_TOK_WORD | GD_TOK_ABBR | (first_upper ? GD_TOK_CAP | GD_TOK_ALLCAPS : 0),
                   nl, j - b)) bd->nomem = 1;
          nl = 0;
          i = j;
          continue;
        }
      }
      read_run(bd, &i, &digit, &letters, &upper);
      for (;;) {
        long c = peek(bd, i);
        if (is_dash(c)) {
          size_t nx = i + cp_len(bd, i);
          long c2 = peek(bd, nx);
          if ((is_letter(c2) || is_digit(c2)) && (digit || run_has_digit(bd, nx))) {
            i = nx;
            read_run(bd, &i, &digit, &letters, &upper);
            continue;
          }
        } else if ((c == '.' || c == ',') && starts_digit && is_digit(peek(bd, i + 1))) {
          i++;
          read_run(bd, &i, &digit, &letters, &upper);
          continue;
        } else if (is_apostrophe(c)) {
          size_t nx = i + cp_len(bd, i);
          long c2 = peek(bd, nx);
          long c3 = peek(bd, nx + (c2 >= 0 ? cp_len(bd, nx) : 0));
          int poss_s = (c2 == 's' || c2 == 'S') && !is_letter(c3);
          if (is_letter(c2) && !poss_s) {
            i = nx;
            read_run(bd, &i, &digit, &letters, &upper);
            continue;
          }
        } else if (c == '/' && digit && is_digit(peek(bd, i + 1))) {
          i++;
          read_run(bd, &i, &digit, &letters, &upper);
          continue;
        }
        break;
      }
      normlen = i - b;
      if (peek(bd, i) == '.' && !starts_digit && is_abbrev(bd->s + b, i - b)) {
        i++;
        extra = GD_TOK_ABBR;
      }
      unsigned fl = starts_digit ? GD_TOK_NUM : GD_TOK_WORD;
      if (first_upper) fl |= GD_TOK_CAP;
      if (letters >= 2 && upper == letters) fl |= GD_TOK_ALLCAPS;
      if (push(bd, b, i, fl | extra, nl, normlen)) bd->nomem = 1;
      nl = 0;
      /* Possessive 's or a bare ' after a plural. */
      long c = peek(bd, i);
      size_t lost = lost_apostrophe(bd, i);
      if (is_apostrophe(c) || lost) {
        size_t nx = lost ? i + lost : i + cp_len(bd, i), ab = i + (lost && bd->s[i] == ' ');
        long c2 = peek(bd, nx);
        long c3 = c2 >= 0 ? peek(bd, nx + cp_len(bd, nx)) : -2;
        if ((c2 == 's' || c2 == 'S') && !is_letter(c3)) {
          if (push(bd, ab, nx + 1, GD_TOK_POSS | (lost ? GD_TOK_ENTITY : 0), 0, 0)) bd->nomem = 1;
          bd->t->tok[bd->t->ntok - 1].norm = "'s";
          i = nx + 1;
        } else if (!is_letter(c2) && (bd->s[i - 1] == 's' || bd->s[i - 1] == 'S')) {
          if (push(bd, ab, nx, GD_TOK_POSS | (lost ? GD_TOK_ENTITY : 0), 0, 0)) bd->nomem = 1;
          bd->t->tok[bd->t->ntok - 1].norm = "'s";
          i = nx;
        }
      }
      continue;
    }
    /* Any other character is a token of its own. */
    size_t n = cp_len(bd, i);
    unsigned fl = GD_TOK_PUNCT;
    if (is_dash(cp) && bd->prev_e == i && is_letter(peek(bd, i + n)))
      fl |= GD_TOK_HYPHEN;
    if (push(bd, b, i + n, fl, nl, n)) bd->nomem = 1;
    nl = 0;
    i += n;
  }
  bd->i = i;
  bd->nl = nl;
}

static int is_closer(const gd_token *k) {
  const char *n = k->norm;
  return (k->flags & GD_TOK_PUNCT) && n[0] && !n[1] && strchr("\"')]", n[0]);
}

/* Capitalized words that usually start a sentence, used after "U.S." */
static int starter(const gd_token *k) {
  static const char *const w[] = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "in",
                                  "on", "but", "and", "this", "that", "his", "her", "its", "their",
                                  "there", "after", "as", "at", "when", "while", NULL};
  if (!(k->flags & GD_TOK_CAP)) return 0;
  for (size_t i = 0; w[i]; i++)
    if (!strcmp(k->norm, w[i])) return 1;
  return 0;
}

/* Whether K opens a broadcast monitor's label ("Text of report",
 * "Excerpt from statement"). */
static int monitoring_label(const gd_token *k) {
  return (k->flags & GD_TOK_CAP) && (!strcmp(k->norm, "text") || !strcmp(k->norm, "excerpt"));
}

static int split_sentences(gd_tokens *t, const char *s) {
  size_t start = 0;
  if (!t->sent) {
    t->capsent = 16;
    t->sent = malloc(t->capsent * sizeof *t->sent);
    if (!t->sent) return -1;
  }
  for (size_t i = 0; i < t->ntok; i++) {
    int end = 0;
    const gd_token *k = &t->tok[i];
    size_t last = i;
    if (i + 1 == t->ntok || i + 1 - start >= GD_SENTENCE_MAX_TOKENS) {
      end = 1;
    } else {
      const gd_token *n = &t->tok[i + 1];
      if (n->nl >= 2) end = 1;
      else if (n->nl == 1) {
        /* A single line break ends a short line (a headline, a dateline). */
        size_t ls = k->e;
        while (ls > 0 && s[ls - 1] != '\n') ls--;
        if (k->e - ls < 70 || (k->flags & GD_TOK_PUNCT)) end = 1;
      }
      /* An initial ("George W. Bush", "N. Korea") ends no sentence. */
      int initial = (k->flags & GD_TOK_PUNCT) && i > 0 && k->norm[0] == '.' && (t->tok[i - 1].flags & GD_TOK_CAP) &&
                    t->tok[i - 1].e == k->b && t->tok[i - 1].e - t->tok[i - 1].b == 1;
      if (!end && !initial && (k->flags & GD_TOK_PUNCT) &&
          (k->norm[0] == '.' || k->norm[0] == '!' || k->norm[0] == '?') && !k->norm[1]) {
        size_t j = i + 1;
        /* Closing quotes touch the full stop; a quote after a space opens
         * the next sentence. */
        while (j < t->ntok && is_closer(&t->tok[j]) && t->tok[j].nl == 0 && t->tok[j].b == t->tok[j - 1].e) j++;
        if (j >= t->ntok) { last = j - 1; end = 1; }
        else {
          const gd_token *n2 = &t->tok[j];
          if ((n2->flags & (GD_TOK_CAP | GD_TOK_NUM)) || (n2->flags & GD_TOK_PUNCT) || n2->nl) {
            last = j - 1;
            end = 1;
          }
        }
      } else if (!end && (k->flags & GD_TOK_ABBR) && strchr(k->norm, '.') && starter(n)) {
        end = 1;
      } else if (!end && (k->flags & GD_TOK_PUNCT) && k->norm[0] == ':' && !k->norm[1] && i - start < 16 &&
                 monitoring_label(&t->tok[start]) && (n->flags & (GD_TOK_CAP | GD_TOK_PUNCT))) {
        /* A monitoring label ending in a colon ("Text of report:", "Text:",
         * "Excerpt from statement by the army command:") stands before the
         * text it introduces, not in its first sentence. */
        end = 1;
      }
    }
    if (end) {
      if (t->nsent == t->capsent) {
        size_t cap = t->capsent * 2;
        gd_sentence *v = realloc(t->sent, cap * sizeof *v);
        if (!v) return -1;
        t->sent = v;
        t->capsent = cap;
      }
      gd_sentence *se = &t->sent[t->nsent++];
      se->tb = start;
      se->te = last + 1;
      se->b = t->tok[start].b;
      se->e = t->tok[last].e;
      start = last + 1;
      i = last;
    }
  }
  return 0;
}

gd_tokens *gd_tokenize(const char *text, size_t len) {
  gd_tokens *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  if (gd_tokenize_again(t, text, len)) {
    gd_tokens_free(t);
    return NULL;
  }
  return t;
}

/* Empties T for new text, keeping the newest string chunk (emptied) and
 * the arrays. */
static void reset(gd_tokens *t) {
  if (t->arena) {
    for (struct gd_chunk *c = t->arena->next, *n; c; c = n) { n = c->next; free(c); }
    t->arena->next = NULL;
    t->arena->used = 0;
  }
  t->ntok = 0;
  t->nsent = 0;
}

int gd_tokenize_again(gd_tokens *t, const char *text, size_t len) {
  reset(t);
  builder bd = {t, text, len, 0, 0, 0, SIZE_MAX};
  tokenize_words(&bd, len);
  if (bd.nomem || split_sentences(t, text)) {
    t->ntok = t->nsent = 0;
    return -1;
  }
  return 0;
}

int gd_tokenize_window(gd_tokens *t, const char *text, size_t len, size_t from, size_t bytes, size_t *done) {
  *done = 0;
  reset(t);
  /* (The token before the window, which a hyphen touches, ends at FROM.) */
  builder bd = {t, text, len, 0, from, 0, from ? from : SIZE_MAX};
  if (!bytes) bytes = 1;
  for (;;) {
    size_t limit = len - from > bytes ? from + bytes : len;
    tokenize_words(&bd, limit);
    t->nsent = 0;
    if (bd.nomem || split_sentences(t, text)) {
      t->ntok = t->nsent = 0;
      return -1;
    }
    if (bd.i >= len) { /* the text ends here: every sentence is whole */
      *done = t->nsent;
      return 0;
    }
    /* The last sentence may go on past the window; the ones before it
     * were split on tokens all here.  GD_WINDOW_AHEAD tokens after those
     * given are for what reads ahead of its sentence. */
    size_t n = t->nsent ? t->nsent - 1 : 0;
    while (n > 0 && t->ntok - t->sent[n - 1].te < GD_WINDOW_AHEAD) n--;
    if (n > 0) {
      *done = n;
      return 0;
    }
    if (bytes > SIZE_MAX / 2) return -1;
    bytes *= 2;
  }
}
