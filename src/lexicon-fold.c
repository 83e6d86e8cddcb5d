/* geordf: a lexicon name folded into its phrase key (see lexicon-fold.h).
 * SPDX-License-Identifier: MIT */
#include "lexicon-fold.h"
#include "lexicon.h"
#include "token.h"

#include <stdlib.h>
#include <string.h>

int gd_name_fold_reserve(gd_name_fold *f, size_t n) {
  if (n <= f->cap) return 0;
  size_t cap = f->cap ? f->cap : 256;
  while (cap < n) cap *= 2;
  char *k = realloc(f->key, cap);
  if (!k) return -1;
  f->key = k;
  size_t *e = realloc(f->ends, cap * sizeof *e);
  if (!e) return -1;
  f->ends = e;
  f->cap = cap;
  return 0;
}

void gd_name_fold_free(gd_name_fold *f) {
  gd_tokens_free(f->scratch);
  free(f->key);
  free(f->ends);
  memset(f, 0, sizeof *f);
}

static int is_alnum_ascii(char c) {
  return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* Whether NAME holds only the characters fold_name() splits itself. */
static int is_simple_name(const char *name, size_t nl) {
  for (size_t i = 0; i < nl; i++) {
    unsigned char c = (unsigned char)name[i];
    if (!((unsigned)((c | 32) - 'a') < 26 || (unsigned)(c - '0') < 10 || c == ' ' || c == '-'))
      return 0;
  }
  return 1;
}

/* How a name is written: its first token's flags, and for each token I <
 * GD_CAPS_WORDS, bit I of CAPPED when it begins with a capital and of GLUED
 * when no space parts it from the one before ("al-Qaeda"). */
typedef struct {
  unsigned flags0, capped, glued;
} name_shape;

/* Folds NAME into F->key as the tokenizer would (folded tokens joined
 * by single spaces), recording where each token ends.  Start-up folds
 * thousands of names, nearly all ASCII letters, digits, spaces and hyphens:
 * those are split here by the tokenizer's own rules for these characters
 * (token.c: a run of letters and digits; a hyphen joins two runs when
 * either holds a digit, "S-400", else stands alone) and lower-cased; any
 * other name goes through the tokenizer.  Returns the token count, or -1
 * when out of memory; *SHAPE gets how the name is written. */
static long fold_name(gd_name_fold *f, const char *name, size_t nl, name_shape *shape) {
  memset(shape, 0, sizeof *shape);
  if (is_simple_name(name, nl)) {
    /* Each hyphen may add two spaces to the key. */
    if (gd_name_fold_reserve(f, 3 * nl + 1)) return -1;
    size_t n = 0, ntok = 0;
    int space = 0;
    for (size_t i = 0; i < nl;) {
      char c = name[i];
      if (c == ' ') { i++; space = 1; continue; }
      if (ntok) f->key[n++] = ' ';
      if (ntok && !space && ntok < GD_CAPS_WORDS) shape->glued |= 1u << ntok;
      space = 0;
      unsigned fl;
      if (c == '-') {
        /* No token ends at a leading hyphen, so it is no GD_TOK_HYPHEN. */
        fl = GD_TOK_PUNCT;
        f->key[n++] = '-';
        i++;
      } else {
        int digit = 0;
        size_t letters = 0, upper = 0;
        fl = (c >= '0' && c <= '9') ? GD_TOK_NUM : GD_TOK_WORD;
        if (c >= 'A' && c <= 'Z') fl |= GD_TOK_CAP;
        for (;;) {
          for (; i < nl && is_alnum_ascii(name[i]); i++) {
            char d = name[i];
            if (d >= '0' && d <= '9') digit = 1;
            else {
              letters++;
              if (d <= 'Z') { upper++; d = (char)(d + 32); }
            }
            f->key[n++] = d;
          }
          if (i + 1 < nl && name[i] == '-' && is_alnum_ascii(name[i + 1])) {
            int next_digit = 0;
            for (size_t k = i + 1; k < nl && is_alnum_ascii(name[k]) && !next_digit; k++)
              next_digit = name[k] >= '0' && name[k] <= '9';
            if (digit || next_digit) {
              f->key[n++] = '-';
              i++;
              continue;
            }
          }
          break;
        }
        if (letters >= 2 && upper == letters) fl |= GD_TOK_ALLCAPS;
      }
      if (!ntok) shape->flags0 = fl;
      if ((fl & GD_TOK_CAP) && ntok < GD_CAPS_WORDS) shape->capped |= GD_CAPS_WORD(ntok);
      f->ends[ntok++] = n;
    }
    f->key[n] = '\0';
    return (long)ntok;
  }
  if (!f->scratch && !(f->scratch = gd_tokenize("", 0))) return -1;
  gd_tokens *t = f->scratch;
  if (gd_tokenize_again(t, name, nl)) return -1;
  size_t cap = 1;
  for (size_t i = 0; i < t->ntok; i++) cap += strlen(t->tok[i].norm) + 1;
  if (gd_name_fold_reserve(f, cap > t->ntok ? cap : t->ntok + 1)) return -1;
  size_t n = 0;
  for (size_t i = 0; i < t->ntok; i++) {
    if (i) f->key[n++] = ' ';
    size_t l = strlen(t->tok[i].norm);
    memcpy(f->key + n, t->tok[i].norm, l);
    n += l;
    f->ends[i] = n;
    if (i >= GD_CAPS_WORDS) continue;
    if (t->tok[i].flags & GD_TOK_CAP) shape->capped |= GD_CAPS_WORD(i);
    if (i && t->tok[i].b == t->tok[i - 1].e) shape->glued |= 1u << i;
  }
  f->key[n] = '\0';
  if (t->ntok) shape->flags0 = t->tok[0].flags;
  return (long)t->ntok;
}

/* Words that a name may write either way, as titles and sentences do:
 * articles, prepositions and conjunctions ("the Hague", "Organization Of
 * American States" in a headline) and the particles of personal and group
 * names ("Bashar al-Assad", "F. W. de Klerk", "Osama bin Laden", "Jamiat
 * ul-Ulema"), by length: the words of length N, N bytes each, one after
 * another.  (Start-up asks for every word of every name: comparing
 * fixed-length runs is a few instructions a word.) */
static const char *const name_particles[6] = {
    "",
    "aey",
    "adalanarasatazbydadedidoduedelesfiinlaleofonortetoudulurwazu",
    "andashbenbindasdeldenderdesdosforibnlasleslosterthevanvon",  /* and, ash, ben, bin, das, del, den, der, des, dos, for, ibn, las, les, los, ter, the, van, von */
    "bintfromwith",  /* bint, from, with */
    "della",  /* della */
};

static int is_name_particle(const char *w, size_t wl) {
  if (wl == 0 || wl > 5) return 0;
  for (const char *p = name_particles[wl]; *p; p += wl)
    if (p[0] == w[0] && !memcmp(p, w, wl)) return 1;
  return 0;
}

/* Which words of the name just folded into F->key (NTOK tokens, as
 * SHAPE says they are written) text must capitalize: a name written with
 * capitals is a proper name, and running text that writes one of its
 * content words in lower case uses them as common words ("the islamic
 * state", "a national front").  Particles may be written either way, and
 * so may the parts of a hyphenated word after its first that is no
 * particle ("al-Qaeda", "Ban Ki-moon", "Hizb-e-Islami").  Short names in
 * capitals ("US", "IS") match only capitals; a name in lower case matches
 * any case ("pro-Russian separatists" is checked for nothing). */
static unsigned caps_of(const gd_name_fold *f, size_t ntok, const name_shape *shape) {
  if (ntok == 1 && f->ends[0] >= 2 && f->ends[0] <= 3 && (shape->flags0 & GD_TOK_ALLCAPS)) return GD_CAPS_ALL;
  unsigned caps = shape->capped;
  int word_seen = 0; /* the current hyphenated word has had a part that is no particle */
  int content = 0;   /* a word that is no particle has been seen */
  for (size_t i = 0; i < ntok && i < GD_CAPS_WORDS; i++) {
    size_t b = i ? f->ends[i - 1] + 1 : 0, wl = f->ends[i] - b;
    const char *w = f->key + b;
    int hyphen = wl == 1 && *w == '-';
    int after_hyphen = i >= 2 && f->ends[i - 1] - f->ends[i - 2] == 2 && f->key[b - 2] == '-' &&
                       (shape->glued >> (i - 1) & 1);
    if (!(shape->glued >> i & 1) || !(hyphen || after_hyphen)) word_seen = 0;
    if (hyphen) continue;
    if (is_name_particle(w, wl) || word_seen) caps &= ~GD_CAPS_WORD(i);
    else word_seen = content = 1;
  }
  /* A name of particles only ("El Al") keeps its first capital. */
  if (!content) caps = shape->capped & -shape->capped;
  return caps;
}

long gd_fold_name(gd_name_fold *f, const char *name, size_t nl, unsigned *caps) {
  name_shape shape;
  long nt = fold_name(f, name, nl, &shape);
  *caps = nt > 0 ? caps_of(f, (size_t)nt, &shape) : 0;
  return nt;
}
