/* geordf: tagging, lemmas and parsing of one sentence; token mapping.
 * SPDX-License-Identifier: MIT */
#include "syntax.h"
#include "geordf/geordf.h"
#include "lemma.h"
#include "parser.h"
#include "ud.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int gd_syntax_tag(const gd_synmodel *m, gd_tagcache *c, gd_sword *w, size_t n) {
  if (n == 0) return 0;
  if (n > (1u << 24)) return -1; /* positions are ints */
  int stack_scratch[512], *scratch = n <= 256 ? stack_scratch : malloc(2 * n * sizeof *scratch);
  if (!scratch) return -1;
  gd_tagcache_bind(c, m->serial);
  gd_tag(&m->tag, &m->tag2, &m->tagdict, w, n, scratch, c);
  if (scratch != stack_scratch) free(scratch);
  return 0;
}

int gd_syntax_parse(const gd_synmodel *m, gd_sword *w, size_t n) {
  if (n == 0) return 0;
  if (n > (1u << 24)) return -1;
  return gd_parse(&m->parse, m->labdict, &m->label_tab, m->nlabel, m->root, w, (int)n);
}

int gd_syntax_run(const gd_synmodel *m, gd_tagcache *c, gd_sword *w, size_t n) {
  return gd_syntax_tag(m, c, w, n) ? -1 : gd_syntax_parse(m, w, n);
}

size_t gd_syntax_lemma(const gd_synmodel *m, const char *form, size_t len, int upos, char *out, size_t cap) {
  char low[64];
  if (upos != GD_UPOS_PROPN && len < sizeof low) {
    for (size_t i = 0; i < len; i++) low[i] = (char)(form[i] >= 'A' && form[i] <= 'Z' ? form[i] + 32 : form[i]);
    const char *l = gd_synmodel_lemma(m, low, len, upos);
    if (l) {
      size_t n = strlen(l);
      if (n >= cap) n = cap - 1;
      memcpy(out, l, n);
      out[n] = '\0';
      return n;
    }
  }
  return gd_lemma_rule(form, len, upos, out, cap);
}

/* Contractions the treebank splits: a suffix after the apostrophe (ASCII
 * or U+2019), for "n't" the letter before it too, and "cannot".  Returns
 * where the second word starts, or 0. */
static size_t contraction(const char *s, size_t n) {
  static const char *const tails[] = {"'m", "'re", "'ve", "'ll", "'d", "'s", NULL};
  if (n == 6 && !strncasecmp(s, "cannot", 6)) return 3;
  for (size_t i = 1; i + 1 < n; i++) {
    size_t al = s[i] == '\'' ? 1 : (unsigned char)s[i] == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                                       (unsigned char)s[i + 2] == 0x99 ? 3 : 0;
    if (!al) continue;
    const char *t = s + i + al;
    size_t tl = n - i - al;
    if (tl == 1 && (t[0] == 't' || t[0] == 'T') && (s[i - 1] == 'n' || s[i - 1] == 'N') && i >= 2)
      return i - 1; /* "do|n't", "ca|n't" */
    for (int k = 0; tails[k]; k++)
      if (strlen(tails[k]) - 1 == tl && !strncasecmp(tails[k] + 1, t, tl)) return i;
    return 0;
  }
  return 0;
}

/* Whether token I of [I, TE) is a name's initial that the tokenizer split
 * from its full stop ("John F. Kennedy", "J. Edgar Hoover"): one capital
 * letter, the stop right after it, and a capitalized word after that.  The
 * treebank has "F." as one word (a PROPN, flat on the name), and the parser
 * that learnt from it reads a lone "F" and a stop as the end of a clause. */
static int split_initial(const gd_tokens *t, const char *text, size_t i, size_t te) {
  const gd_token *k = &t->tok[i];
  if (i + 2 >= te || k->e != k->b + 1 || text[k->b] < 'A' || text[k->b] > 'Z') return 0;
  const gd_token *stop = &t->tok[i + 1], *next = &t->tok[i + 2];
  return stop->b == k->e && stop->e == stop->b + 1 && text[stop->b] == '.' &&
         (next->flags & (GD_TOK_WORD | GD_TOK_CAP)) == (GD_TOK_WORD | GD_TOK_CAP);
}

size_t gd_syntax_words(const gd_tokens *t, const char *text, size_t tb, size_t te, gd_udword *out) {
  size_t n = 0;
  for (size_t i = tb; i < te; i++) {
    const gd_token *k = &t->tok[i];
    if (split_initial(t, text, i, te)) {
      out[n++] = (gd_udword){k->b, k->e + 1, i, text + k->b, 2};
      i++;
      continue;
    }
    size_t cut = (k->flags & GD_TOK_WORD) ? contraction(text + k->b, k->e - k->b) : 0;
    if (cut) {
      out[n++] = (gd_udword){k->b, k->b + cut, i, text + k->b, cut};
      out[n++] = (gd_udword){k->b + cut, k->e, i, text + k->b + cut, k->e - k->b - cut};
    } else if (k->flags & GD_TOK_ENTITY) {
      out[n++] = (gd_udword){k->b, k->e, i, k->norm, strlen(k->norm)};
    } else {
      out[n++] = (gd_udword){k->b, k->e, i, text + k->b, k->e - k->b};
    }
  }
  return n;
}

/* ---- the public API ------------------------------------------------------ */

struct geordf_parser {
  gd_synmodel m;
  int loaded;
  char error[512];
  gd_tokens *toks;
  gd_sword *w;
  gd_udword *ud;
  geordf_word *out;
  size_t cap;         /* entries in w, ud and out */
  char *str;          /* forms and lemmas of the current sentence */
  size_t strcap;
  gd_tagcache *tagcache; /* NULL when there was no memory for it */
};

geordf_status geordf_parser_new(geordf_parser **out) {
  *out = calloc(1, sizeof **out);
  return *out ? GEORDF_OK : GEORDF_ERR_NOMEM;
}

void geordf_parser_free(geordf_parser *p) {
  if (!p) return;
  if (p->loaded) gd_synmodel_close(&p->m);
  gd_tokens_free(p->toks);
  free(p->w);
  free(p->ud);
  free(p->out);
  free(p->str);
  gd_tagcache_free(p->tagcache);
  free(p);
}

const char *geordf_parser_error(const geordf_parser *p) { return p ? p->error : ""; }

geordf_status geordf_parser_load(geordf_parser *p, const char *path) {
  if (!path) path = gd_model_default_path();
  if (!path) {
    snprintf(p->error, sizeof p->error,
             "no syntax model found (" GD_MODEL_FILE " in the data folder): build it with make, or set GEORDF_MODEL");
    return GEORDF_ERR_IO;
  }
  if (p->loaded) gd_synmodel_close(&p->m);
  p->loaded = 0;
  if (!p->tagcache) p->tagcache = gd_tagcache_new(GD_TAGCACHE_SLOTS);
  if (gd_synmodel_open(&p->m, path)) {
    snprintf(p->error, sizeof p->error, "%s", p->m.error);
    int io = !p->m.base;
    gd_synmodel_close(&p->m);
    return io ? GEORDF_ERR_IO : GEORDF_ERR_SYNTAX;
  }
  p->loaded = 1;
  p->error[0] = '\0';
  return GEORDF_OK;
}

static int reserve(geordf_parser *p, size_t n, size_t bytes) {
  if (n > p->cap) {
    size_t c = n < 64 ? 64 : n;
    gd_sword *w = realloc(p->w, c * sizeof *w);
    if (w) p->w = w;
    gd_udword *u = realloc(p->ud, c * sizeof *u);
    if (u) p->ud = u;
    geordf_word *o = realloc(p->out, c * sizeof *o);
    if (o) p->out = o;
    if (!w || !u || !o) return -1;
    p->cap = c;
  }
  if (bytes > p->strcap) {
    char *s = realloc(p->str, bytes);
    if (!s) return -1;
    p->str = s;
    p->strcap = bytes;
  }
  return 0;
}

/* Analyzes p->w[0..n) whose forms are FORM[i] (LEN[i] bytes), fills
 * p->out and calls FN. */
static geordf_status analyze(geordf_parser *p, size_t n, size_t sb, size_t se, geordf_sentence_fn fn, void *payload) {
  if (gd_syntax_run(&p->m, p->tagcache, p->w, n)) return GEORDF_ERR_NOMEM;
  char *s = p->str;
  for (size_t i = 0; i < n; i++) {
    gd_sword *w = &p->w[i];
    geordf_word *o = &p->out[i];
    o->form = s;
    memcpy(s, w->form, w->len);
    s[w->len] = '\0';
    s += w->len + 1;
    o->lemma = s;
    s += gd_syntax_lemma(&p->m, w->form, w->len, w->upos, s, w->len + 16) + 1;
    o->upos = gd_upos_name(w->upos);
    o->head = (size_t)w->head;
    o->deprel = p->m.label[w->rel];
  }
  geordf_sentence st = {p->out, n, sb, se};
  fn(&st, payload);
  return GEORDF_OK;
}

geordf_status geordf_parse_words(geordf_parser *p, const char *const *words, size_t n, geordf_sentence_fn fn,
                                 void *payload) {
  if (!p->loaded) {
    snprintf(p->error, sizeof p->error, "no syntax model loaded");
    return GEORDF_ERR_ARG;
  }
  size_t bytes = 0;
  for (size_t i = 0; i < n; i++) bytes += 2 * strlen(words[i]) + 18;
  if (n == 0) return GEORDF_OK;
  if (reserve(p, n, bytes)) return GEORDF_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    gd_sword_prepare(&p->w[i], words[i], strlen(words[i]));
    p->out[i].b = p->out[i].e = 0;
  }
  return analyze(p, n, 0, 0, fn, payload);
}

typedef struct {
  geordf_sentence_fn fn;
  void *payload;
  int stop;
} relay;

static int relay_fn(const geordf_sentence *s, void *payload) {
  relay *r = payload;
  r->stop = r->fn(s, r->payload);
  return r->stop;
}

geordf_status geordf_parse_text(geordf_parser *p, const char *text, size_t len, geordf_sentence_fn fn,
                                void *payload) {
  if (!p->loaded) {
    snprintf(p->error, sizeof p->error, "no syntax model loaded");
    return GEORDF_ERR_ARG;
  }
  if (!p->toks) p->toks = gd_tokenize(text, len);
  else if (gd_tokenize_again(p->toks, text, len)) return GEORDF_ERR_NOMEM;
  if (!p->toks) return GEORDF_ERR_NOMEM;
  relay r = {fn, payload, 0};
  for (size_t si = 0; si < p->toks->nsent && !r.stop; si++) {
    const gd_sentence *sn = &p->toks->sent[si];
    size_t nt = sn->te - sn->tb;
    if (!nt) continue;
    if (reserve(p, 2 * nt, 2 * (sn->e - sn->b) + 18 * 2 * nt)) return GEORDF_ERR_NOMEM;
    size_t n = gd_syntax_words(p->toks, text, sn->tb, sn->te, p->ud);
    for (size_t i = 0; i < n; i++) {
      gd_sword_prepare(&p->w[i], p->ud[i].form, p->ud[i].len);
      p->out[i].b = p->ud[i].b;
      p->out[i].e = p->ud[i].e;
    }
    geordf_status st = analyze(p, n, sn->b, sn->e, relay_fn, &r);
    if (st) return st;
  }
  return GEORDF_OK;
}
