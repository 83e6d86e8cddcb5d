/* geordf: longest-match lookup of lexicon phrases over folded tokens.  The
 * phrase table stores every proper prefix, so a match grows one token at a
 * time and stops as soon as no longer phrase can start with what it has.
 * SPDX-License-Identifier: MIT */
#include "match.h"

#include <stdlib.h>
#include <string.h>

/* Names written with capitals in the lexicon only match text that
 * capitalizes the same words (but the particles of lexicon.c), so "turkey"
 * and "china" as common nouns, "us", "the islamic state" and "a national
 * front" do not become states and groups.  K holds the N tokens matched. */
static int caps_ok(const gd_sense *x, const gd_token *k, size_t n) {
  if (x->kind != GD_PH_ENTITY || !x->caps_only) return 1;
  if (x->caps_only == GD_CAPS_ALL) return (k->flags & GD_TOK_ALLCAPS) != 0;
  for (size_t i = 0; i < n && i < GD_CAPS_WORDS; i++)
    if ((x->caps_only >> i & 1) && !(k[i].flags & GD_TOK_CAP)) return 0;
  return 1;
}

gd_mention *gd_mention_add(gd_mention **out, size_t *n, size_t *cap) {
  if (*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 64;
    gd_mention *v = realloc(*out, nc * sizeof *v);
    if (!v) return NULL;
    *out = v;
    *cap = nc;
  }
  gd_mention *m = &(*out)[(*n)++];
  memset(m, 0, sizeof *m);
  return m;
}

/* Each word's length and key hash, made once for a sentence whose filter
 * words are asked for ahead of the matching (gd_lexicon_prefetch()); N = 0
 * when the sentence is too long for them. */
typedef struct {
  size_t tb, n;
  unsigned len[128];
  uint64_t hash[128];
} word_keys;

/* The longest phrase of the lexicon that starts at token I of [I, TE), with
 * a sense its capitals allow; sets *END after it.  NULL if none.  WK, if
 * not NULL, has the words' lengths and hashes. */
static const gd_sense *longest_at(const geordf_lexicon *lex, const gd_tokens *t, size_t i, size_t te, size_t *end,
                                  const word_keys *wk) {
  char key[512];
  size_t klen = 0;
  const gd_sense *best = NULL;
  for (size_t j = i; j < te; j++) {
    const char *w = t->tok[j].norm;
    int known = wk && j - wk->tb < wk->n;
    size_t wl = known ? wk->len[j - wk->tb] : strlen(w);
    if (klen + wl + 2 > sizeof key) break;
    /* (One word, most lookups, is looked up where it is; KEY gets it
     * only when a phrase may go on.) */
    if (j > i) {
      if (j == i + 1) memcpy(key, t->tok[i].norm, klen);
      key[klen++] = ' ';
      memcpy(key + klen, w, wl);
    }
    klen += wl;
    int prefix = 0;
    const gd_sense *s = j == i && known ? gd_lexicon_lookup_hashed(lex, w, klen, wk->hash[j - wk->tb], &prefix)
                                        : gd_lexicon_lookup(lex, j > i ? key : w, klen, &prefix);
    if (s) {
      /* Drop capitals-only senses when the text is not in capitals. */
      int any = 0;
      for (const gd_sense *x = s; x; x = x->next)
        if (caps_ok(x, &t->tok[i], j + 1 - i)) any = 1;
      if (any) { best = s; *end = j + 1; }
    }
    if (!prefix) break;
  }
  return best;
}

/* Whether senses S are cues of kinds read on the parse alone
 * (GD_CUES_PARSE_ONLY): no mention of the text. */
static int parse_only(const gd_sense *s) {
  for (; s; s = s->next)
    if (s->kind != GD_PH_CUE || !(GD_CUES_PARSE_ONLY & GD_CUE_BIT(s->u.cue))) return 0;
  return 1;
}

/* Whether senses S of tokens from I are cues alone. */
static int cues_only(const gd_sense *s) {
  for (; s; s = s->next)
    if (s->kind != GD_PH_CUE) return 0;
  return 1;
}

/* Whether senses S of the N tokens K name an entity. */
static int names_entity(const gd_sense *s, const gd_token *k, size_t n) {
  for (; s; s = s->next)
    if (s->kind == GD_PH_ENTITY && caps_ok(s, k, n)) return 1;
  return 0;
}

static int names_trigger(const gd_sense *s, const gd_token *k, size_t n) {
  for (; s; s = s->next)
    if (s->kind == GD_PH_TRIGGER && caps_ok(s, k, n)) return 1;
  return 0;
}

/* "the cruiser Vincennes", "the carrier Hermes": a capitalized name right
 * after a word for a warship names the ship, which the lexicon lists under
 * its navy's prefix ("USS Vincennes", "HMS Hermes"; the prefixes of
 * states.ttl).  Returns the ship from token I of [I, TE) and sets *END after
 * its name, or NULL. */
static const geordf_entity *named_ship(const geordf_lexicon *lex, const gd_tokens *t, size_t i, size_t te,
                                       size_t *end) {
  static const char *const ship[] = {"cruiser", "destroyer", "frigate", "corvette", "carrier", "battleship",
                                     "submarine", "warship", "gunboat", NULL};
  static const char *const prefix[] = {"uss", "usns", "hms", NULL};
  /* (Asked of every capitalized word that starts no phrase: the first
   * byte turns most words away before a string compare.) */
  const char *prev = t->tok[i - 1].norm;
  int after_ship = 0;
  for (int s = 0; ship[s] && !after_ship; s++) after_ship = ship[s][0] == prev[0] && !strcmp(prev, ship[s]);
  if (!after_ship) return NULL;
  const geordf_entity *best = NULL;
  for (int p = 0; prefix[p]; p++) {
    char key[256];
    size_t klen = strlen(prefix[p]);
    memcpy(key, prefix[p], klen);
    for (size_t j = i; j < te && (t->tok[j].flags & GD_TOK_CAP); j++) {
      size_t wl = strlen(t->tok[j].norm);
      if (klen + wl + 2 > sizeof key) break;
      key[klen++] = ' ';
      memcpy(key + klen, t->tok[j].norm, wl);
      klen += wl;
      int more = 0;
      for (const gd_sense *x = gd_lexicon_lookup(lex, key, klen, &more); x; x = x->next)
        if (x->kind == GD_PH_ENTITY && x->u.entity->cls && !strcmp(x->u.entity->cls, "Vessel")) {
          best = x->u.entity;
          *end = j + 1;
        }
      if (!more) break;
    }
    if (best) return best;
  }
  return NULL;
}

int gd_match(const geordf_lexicon *lex, const gd_tokens *t, size_t tb, size_t te,
             gd_mention **out, size_t *n, size_t *cap) {
  size_t i = tb;
  /* (Every word is looked up, most often alone; the filter words of the
   * sentence's words are asked for first, together.) */
  word_keys wk;
  wk.tb = tb;
  wk.n = te - tb <= sizeof wk.len / sizeof *wk.len ? te - tb : 0;
  for (size_t k = 0; k < wk.n; k++) {
    const char *w = t->tok[tb + k].norm;
    wk.len[k] = (unsigned)strlen(w);
    wk.hash[k] = gd_lexicon_prefetch(lex, w, wk.len[k]);
  }
  while (i < te) {
    size_t best_end = 0, next_end = 0;
    const gd_sense *best = longest_at(lex, t, i, te, &best_end, &wk);
    const geordf_entity *ship =
        !best && i > tb && (t->tok[i].flags & GD_TOK_CAP) ? named_ship(lex, t, i, te, &best_end) : NULL;
    if (ship) {
      gd_mention *m = gd_mention_add(out, n, cap);
      if (!m) return -1;
      m->tb = i;
      m->te = best_end;
      m->ents[0] = ship;
      m->how[0] = GD_NAME_PROPER;
      m->nents = 1;
      i = best_end;
      continue;
    }
    if (!best || parse_only(best)) { i++; continue; }
    /* "the Organization of American States": a cue phrase ("the
     * organization") yields to a longer name that starts inside it. */
    const gd_sense *next = best_end > i + 1 && cues_only(best) ? longest_at(lex, t, i + 1, te, &next_end, &wk) : NULL;
    if (next && next_end > best_end && names_entity(next, &t->tok[i + 1], next_end - i - 1)) {
      /* (Its first word keeps its own sense: "the" a determiner.) */
      best = longest_at(lex, t, i, i + 1, &best_end, &wk);
      if (!best) { i++; continue; }
    }
    /* "signed an agreement on non-aggression", "signed an agreement of
     * friendship": a cue phrase ("sign an agreement") yields to a longer
     * trigger that starts inside it, keeping the words before that. */
    for (size_t j = i + 1; cues_only(best) && j < best_end; j++) {
      size_t e = 0;
      const gd_sense *in = longest_at(lex, t, j, te, &e, &wk);
      if (!in || e <= best_end || !names_trigger(in, &t->tok[j], e - j)) continue;
      best = longest_at(lex, t, i, j, &best_end, &wk);
      break;
    }
    if (!best) { i++; continue; }
    gd_mention *m = gd_mention_add(out, n, cap);
    if (!m) return -1;
    m->tb = i;
    m->te = best_end;
    m->senses = best;
    for (const gd_sense *x = best; x; x = x->next) {
      if (!caps_ok(x, &t->tok[i], best_end - i)) continue;
      switch (x->kind) {
      case GD_PH_ENTITY:
        if (m->nents < 4) { m->ents[m->nents] = x->u.entity; m->how[m->nents++] = x->how; }
        break;
      case GD_PH_TRIGGER:
        if (m->ntrig < 6) m->trig[m->ntrig++] = x->u.trigger;
        break;
      case GD_PH_CUE:
        m->cues |= GD_CUE_BIT(x->u.cue);
        break;
      case GD_PH_OFFICE:
        m->office = x->u.office;
        break;
      }
    }
    i = best_end;
  }
  return 0;
}

void gd_mention_on(gd_mention *m, const char *date) {
  if (!date || !*date) return;
  for (unsigned k = 0; k < m->nents; k++) m->ents[k] = gd_entity_on(m->ents[k], m->how[k], date);
}
