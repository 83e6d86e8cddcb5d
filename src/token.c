/* geordf: a tokenizer for news English that keeps byte offsets, and a
 * sentence splitter that knows abbreviations.
 * SPDX-License-Identifier: MIT */
#include "token.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

struct gd_chunk {
  struct gd_chunk *next;
  size_t used, cap;
  char data[];
};

char *gd_tokens_strdup(gd_tokens *t, const char *s, size_t len) {
  struct gd_chunk *c = t->arena;
  if (!c || c->cap - c->used < len + 1) {
    size_t cap = len + 1 > 16384 ? len + 1 : 16384;
    c = malloc(sizeof *c + cap);
    if (!c) return NULL;
    c->next = t->arena;
    c->used = 0;
    c->cap = cap;
    t->arena = c;
  }
  char *p = c->data + c->used;
  memcpy(p, s, len);
  p[len] = '\0';
  c->used += len + 1;
  return p;
}

void gd_tokens_free(gd_tokens *t) {
  if (!t) return;
  for (struct gd_chunk *c = t->arena, *n; c; c = n) { n = c->next; free(c); }
  free(t->tok);
  free(t->sent);
  free(t);
}

/* Words that keep their final dot and never end a sentence by it. */
static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr",
    "st", "sen", "rep", "gov", "pres", "prof", "rev", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "inc", "corp",
    "co", "ltd", "jr", "sr", "mt", "ft", "approx", "dept", "sec", "lieut", "messrs",
    "cf", "al", "e.g", "i.e", NULL};

static int is_abbrev(const char *s, size_t n) {
  char low[8];
  if (n == 0 || n >= sizeof low) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  low[n] = '\0';
  for (size_t i = 0; abbrevs[i]; i++)
    if (!strcmp(abbrevs[i], low)) return 1;
  return 0;
}

typedef struct {
  gd_tokens *t;
  size_t cap;
  const char *s;
  size_t len;
  int nomem;
} builder;

static int push(builder *bd, size_t b, size_t e, unsigned flags, unsigned nl, size_t normlen) {
  gd_tokens *t = bd->t;
  if (t->ntok == bd->cap) {
    size_t cap = bd->cap ? bd->cap * 2 : 256;
    gd_token *v = realloc(t->tok, cap * sizeof *v);
    if (!v) return -1;
    t->tok = v;
    bd->cap = cap;
  }
  const char *s = bd->s + b;
  size_t n = normlen;
  int ascii = 1;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) { ascii = 0; break; }
  char *norm;
  if (ascii) {
    norm = gd_tokens_strdup(t, s, n);
    if (!norm) return -1;
    for (size_t i = 0; i < n; i++)
      if (norm[i] >= 'A' && norm[i] <= 'Z') norm[i] = (char)(norm[i] + 32);
  } else {
    size_t fl;
    char *f = gd_text_fold(s, n, &fl);
    if (!f) return -1;
    norm = gd_tokens_strdup(t, f, fl);
    free(f);
    if (!norm) return -1;
  }
  gd_token *k = &t->tok[t->ntok++];
  k->b = b;
  k->e = e;
  k->norm = norm;
  k->flags = flags;
  k->nl = nl;
  return 0;
}

static long peek(const builder *bd, size_t i) {
  if (i >= bd->len) return -2;
  size_t j = i;
  return gd_text_next(bd->s, bd->len, &j);
}

static size_t cp_len(const builder *bd, size_t i) {
  size_t j = i;
  gd_text_next(bd->s, bd->len, &j);
  return j - i;
}

/* Reads a run of letters and digits from *I; sets *has_digit, *letters,
 * *upper. */
static void read_run(const builder *bd, size_t *i, int *has_digit, int *letters, int *upper) {
  for (;;) {
    long cp = peek(bd, *i);
    if (gd_text_is_letter(cp)) {
      (*letters)++;
      if (gd_text_is_upper(cp)) (*upper)++;
    } else if (gd_text_is_digit(cp)) {
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

static void tokenize_words(builder *bd) {
  size_t i = 0;
  unsigned nl = 0;
  while (i < bd->len && !bd->nomem) {
    long cp = peek(bd, i);
    if (gd_text_is_space(cp) || cp < 0 || (cp < 32 && cp != -2)) {
      if (cp == '\n') nl++;
      i += cp_len(bd, i);
      continue;
    }
    size_t b = i;
    if (gd_text_is_letter(cp) || gd_text_is_digit(cp)) {
      int digit = 0, letters = 0, upper = 0;
      int first_upper = gd_text_is_upper(cp);
      int starts_digit = gd_text_is_digit(cp);
      unsigned extra = 0;
      size_t normlen;
      /* U.S., U.N., E.U.: single letters each followed by a dot. */
      if (gd_text_is_letter(cp) && peek(bd, i + cp_len(bd, i)) == '.' &&
          gd_text_is_letter(peek(bd, i + cp_len(bd, i) + 1))) {
        size_t j = i;
        int pairs = 0;
        while (gd_text_is_letter(peek(bd, j)) && peek(bd, j + cp_len(bd, j)) == '.') {
          size_t after = j + cp_len(bd, j) + 1;
          long nx = peek(bd, after);
          pairs++;
          j = after;
          if (!gd_text_is_letter(nx) || gd_text_is_letter(peek(bd, after + cp_len(bd, after)))) break;
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
        if (gd_text_is_dash(c)) {
          size_t nx = i + cp_len(bd, i);
          long c2 = peek(bd, nx);
          if ((gd_text_is_letter(c2) || gd_text_is_digit(c2)) && (digit || run_has_digit(bd, nx))) {
            i = nx;
            read_run(bd, &i, &digit, &letters, &upper);
            continue;
          }
        } else if ((c == '.' || c == ',') && starts_digit && gd_text_is_digit(peek(bd, i + 1))) {
          i++;
          read_run(bd, &i, &digit, &letters, &upper);
          continue;
        } else if (gd_text_is_apostrophe(c)) {
          size_t nx = i + cp_len(bd, i);
          long c2 = peek(bd, nx);
          long c3 = peek(bd, nx + (c2 >= 0 ? cp_len(bd, nx) : 0));
          int poss_s = (c2 == 's' || c2 == 'S') && !gd_text_is_letter(c3);
          if (gd_text_is_letter(c2) && !poss_s) {
            i = nx;
            read_run(bd, &i, &digit, &letters, &upper);
            continue;
          }
        } else if (c == '/' && digit && gd_text_is_digit(peek(bd, i + 1))) {
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
      if (gd_text_is_apostrophe(c)) {
        size_t nx = i + cp_len(bd, i);
        long c2 = peek(bd, nx);
        long c3 = c2 >= 0 ? peek(bd, nx + cp_len(bd, nx)) : -2;
        if ((c2 == 's' || c2 == 'S') && !gd_text_is_letter(c3)) {
          if (push(bd, i, nx + 1, GD_TOK_POSS, 0, 0)) bd->nomem = 1;
          bd->t->tok[bd->t->ntok - 1].norm = "'s";
          i = nx + 1;
        } else if (!gd_text_is_letter(c2) && (bd->s[i - 1] == 's' || bd->s[i - 1] == 'S')) {
          if (push(bd, i, nx, GD_TOK_POSS, 0, 0)) bd->nomem = 1;
          bd->t->tok[bd->t->ntok - 1].norm = "'s";
          i = nx;
        }
      }
      continue;
    }
    /* Any other character is a token of its own. */
    size_t n = cp_len(bd, i);
    unsigned fl = GD_TOK_PUNCT;
    if (gd_text_is_dash(cp) && bd->t->ntok && bd->t->tok[bd->t->ntok - 1].e == i &&
        gd_text_is_letter(peek(bd, i + n)))
      fl |= GD_TOK_HYPHEN;
    if (push(bd, b, i + n, fl, nl, n)) bd->nomem = 1;
    nl = 0;
    i += n;
  }
}

static int is_closer(const gd_token *k) {
  const char *n = k->norm;
  return (k->flags & GD_TOK_PUNCT) && (!strcmp(n, "\"") || !strcmp(n, "'") || !strcmp(n, ")") ||
                                       !strcmp(n, "]"));
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

static int split_sentences(gd_tokens *t, const char *s) {
  size_t cap = 16, start = 0;
  t->sent = malloc(cap * sizeof *t->sent);
  if (!t->sent) return -1;
  for (size_t i = 0; i < t->ntok; i++) {
    int end = 0;
    const gd_token *k = &t->tok[i];
    size_t last = i;
    if (i + 1 == t->ntok) {
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
      if (!end && (k->flags & GD_TOK_PUNCT) &&
          (!strcmp(k->norm, ".") || !strcmp(k->norm, "!") || !strcmp(k->norm, "?"))) {
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
      }
    }
    if (end) {
      if (t->nsent == cap) {
        cap *= 2;
        gd_sentence *v = realloc(t->sent, cap * sizeof *v);
        if (!v) return -1;
        t->sent = v;
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
  builder bd = {t, 0, text, len, 0};
  tokenize_words(&bd);
  if (bd.nomem || split_sentences(t, text)) {
    gd_tokens_free(t);
    return NULL;
  }
  return t;
}
