/* geordf: argument frames read by word order: a trigger's subject, object,
 * prepositional and possessor phrases, apposition, relative clauses and
 * voice; and which entity of a phrase may fill a role.
 * SPDX-License-Identifier: MIT */
#include "extract-ctx.h"
#include "extract-frame.h"
#include "extract-np.h"
#include "ud.h"

#include <string.h>

/* Tokens [b, e) only say when: "on Thursday", "last week", "in May 2014". */
static int time_words(const ctx *c, size_t b, size_t e) {
  static const char *const w[] = {"on", "in", "at", "last", "this", "next", "early", "late", "week", "month",
                                  "year", "weekend", "yesterday", "today", "tonight", "earlier", "later",
                                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                  "january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december", "morning", "evening",
                                  "night", "afternoon", ",", NULL};
  if (b >= e) return 0;
  for (size_t k = b; k < e; k++) {
    if (c->t->tok[k].flags & GD_TOK_NUM) continue;
    int ok = 0;
    for (int i = 0; w[i] && !ok; i++) ok = tok_is(c, k, w[i]);
    if (!ok) return 0;
  }
  return 1;
}

/* Tokens [b, e) only say how much: "$200 billion", "about 40 percent". */
static int amount_words(const ctx *c, size_t b, size_t e) {
  static const char *const w[] = {"$", "€", "£", "billion", "million", "bn", "trillion", "worth", "about", "some",
                                  "nearly", "almost", "percent", "per", "cent", "%", "more", "than", "over",
                                  "dollars", "euros", "tons", "tonnes", NULL};
  int num = 0;
  for (size_t k = b; k < e; k++) {
    if (c->t->tok[k].flags & GD_TOK_NUM) { num = 1; continue; }
    int ok = 0;
    for (int i = 0; w[i] && !ok; i++) ok = tok_is(c, k, w[i]);
    if (!ok) return 0;
  }
  return num;
}

static void take_group(const ctx *c, size_t a, size_t first, size_t last, npset *out) {
  int g = c->nps[a].group;
  for (size_t k = first; k < last && out->n < GD_MAX_FILL; k++)
    if (c->nps[k].group == g) out->v[out->n++] = &c->nps[k];
}

/* The phrase a noun trigger stands in apposition to: "for the
 * Philippines, a treaty ally of ...", "Tokyo, Washington's closest ally":
 * a phrase, a comma, then only determiners, plain lower-case words and a
 * possessor before the trigger.  Found whatever governs the phrase, but not
 * a place or time opening the sentence ("In Manila, the alliance ..."). */
int find_appositive(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out) {
  size_t k = trig_tb, det = 0;
  for (unsigned n = 0; k > sent_tb && n < 4; n++) {
    size_t q = k - 1;
    int tn = c->tok_np[q];
    if (is_determiner(c, q)) det = 1;
    else if (tn >= 0 && c->nps[tn].poss && c->nps[tn].te == k) { det = 1; k = c->nps[tn].tb; continue; }
    else if (!plain(c, q) || (c->t->tok[q].flags & (GD_TOK_CAP | GD_TOK_NUM))) break;
    k = q;
  }
  if (!det || k < sent_tb + 2 || !is_punct(c, k - 1, ",")) return 0;
  int tn = c->tok_np[k - 2];
  if (tn < 0 || (size_t)tn < np0 || (size_t)tn >= np1 || c->nps[tn].te != k - 1) return 0;
  const char *g = governing_prep(c, &c->nps[tn], sent_tb);
  if (g && (!strcmp(g, "in") || !strcmp(g, "at") || !strcmp(g, "on"))) return 0;
  take_group(c, (size_t)tn, np0, np1, out);
  return out->n > 0;
}

/* Whether P is the "in" phrase of a word for those who govern ("officials
 * in Washington", "the government in Kyiv"). */
static int seat_of(const ctx *c, const np *p, size_t sent_tb) {
  size_t at = 0;
  const char *g = governing_prep_at(c, p, sent_tb, &at);
  return g && !strcmp(g, "in") && at == p->tb - 1 && at > sent_tb && has_cue(c, at - 1, GD_CUE_SEAT) &&
         (p->head || (p->place && p->place->stands_for));
}

static int is_relative(const ctx *c, size_t k) {
  return tok_is(c, k, "that") || tok_is(c, k, "which") || tok_is(c, k, "who");
}

/* The subject: the nearest phrase on the left that no preposition governs. */
void find_subj(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, int adjacent,
               npset *out) {
  /* "governments that have punished Moscow": the subject of a relative
   * clause is what the relative pronoun stands for, the phrase right before
   * it ("the United States, which backs ..."), or nothing we know. */
  for (size_t k = trig_tb; k > sent_tb && k + 6 > trig_tb; k--) {
    if (!is_relative(c, k - 1)) continue;
    /* "said that", "on Sunday that": "that" as a conjunction, not a
     * relative pronoun, unless a noun comes right before it. */
    if (tok_is(c, k - 1, "that") && k - 1 > sent_tb) {
      size_t q = k - 2;
      const char *w = c->t->tok[q].norm;
      size_t l = strlen(w);
      int noun = c->tok_np[q] >= 0 ||
                 (plain(c, q) && !(c->t->tok[q].flags & GD_TOK_CAP) && !(l > 2 && !strcmp(w + l - 2, "ed")));
      if (!noun) continue;
    }
    if (k - 1 > sent_tb && has_cue(c, k - 2, GD_CUE_PREP)) break; /* "with which", "of whom" */
    /* A subject relative has no phrase of its own before the verb. */
    int inner = 0;
    for (size_t q = k; q < trig_tb; q++)
      if (c->tok_np[q] >= 0) inner = 1;
    if (inner) break;
    size_t r = k - 1;
    while (r > sent_tb && is_punct(c, r - 1, ",")) r--;
    if (r > sent_tb && c->tok_np[r - 1] >= 0 && (size_t)c->tok_np[r - 1] >= np0) {
      size_t a = (size_t)c->tok_np[r - 1];
      take_group(c, a, np0, np1, out);
    }
    return;
  }
  for (size_t a = np1; a > np0; a--) {
    const np *p = &c->nps[a - 1];
    if (p->te > trig_tb) continue;
    if (trig_tb - p->te > GD_SUBJ_WINDOW) return;
    /* In a reduced passive the phrase right before the participle is the
     * patient even inside a prepositional phrase ("with a jet downed"). */
    const char *g = governing_prep(c, p, sent_tb);
    /* "after Turkish jets shot down": after, before, since, until also
     * introduce clauses, whose subject sits right before the verb. */
    if (g && trig_tb - p->te <= 6 &&
        (!strcmp(g, "after") || !strcmp(g, "before") || !strcmp(g, "since") || !strcmp(g, "until") ||
         !strcmp(g, "once") || !strcmp(g, "as")))
      g = NULL;
    /* "officials in Washington imposed ...": those who govern act for the
     * state their "in" phrase names. */
    if (!(adjacent && p->te == trig_tb) && g && !seat_of(c, p, sent_tb)) continue;
    if (p->poss && !adjacent) {
      /* "Pyongyang's only ally" is no subject; "Nigeria's air force has
       * received" is. */
      int own = 1;
      size_t gap = 0;
      for (size_t k = p->te; k < trig_tb; k++, gap++)
        if (!plain(c, k) && !is_determiner(c, k)) own = 0;
      if (own && gap <= 3 && c->tok_m[trig_tb] >= 0 && c->m[c->tok_m[trig_tb]].ntrig) {
        int nounish = 0;
        const gd_mention *tmn = &c->m[c->tok_m[trig_tb]];
        for (unsigned q = 0; q < tmn->ntrig; q++) if (tmn->trig[q]->pos == 'n') nounish = 1;
        if (nounish) continue;
      }
    }
    take_group(c, a - 1, np0, np1, out);
    return;
  }
}

static int blocked(const ctx *c, size_t from, size_t to) {
  for (size_t k = from; k < to; k++) {
    /* A quote closing the phrase itself ("partnership" between...) or
     * opening the next one does not end the clause. */
    if ((k == from || k + 1 == to) && is_punct(c, k, "\"")) continue;
    if (boundary(c, k)) return 1;
  }
  return 0;
}

/* The subject of the sentence: its first phrase that no preposition
 * governs, used for non-finite clauses ("..., before flying on to X"). */
void find_main_subj(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out) {
  for (size_t a = np0; a < np1; a++) {
    const np *p = &c->nps[a];
    if (p->te > trig_tb) break;
    if (governing_prep(c, p, sent_tb) || dateline_np(c, p, sent_tb)) continue;
    take_group(c, a, np0, np1, out);
    return;
  }
  /* "After arriving in Hanoi, Obama said": the subject follows the comma. */
  int comma = 0;
  for (size_t a = np0; a < np1; a++) {
    const np *p = &c->nps[a];
    if (p->tb < trig_tb) continue;
    for (size_t k = a == np0 ? trig_tb : c->nps[a - 1].te; k < p->tb; k++)
      if (is_punct(c, k, ",")) comma = 1;
    if (comma && !governing_prep(c, p, sent_tb)) {
      take_group(c, a, np0, np1, out);
      return;
    }
  }
}

/* A gerund right after a preposition or a comma, or opening the
 * sentence: "after arriving in", "Arriving in Cairo, Kerry said". */
int nonfinite(const ctx *c, const gd_mention *tm, size_t sent_tb) {
  const char *w = c->t->tok[tm->tb].norm;
  size_t l = strlen(w);
  if (l < 5 || strcmp(w + l - 3, "ing")) return 0;
  if (tm->tb == sent_tb) return 1;
  size_t k = tm->tb - 1;
  return has_cue(c, k, GD_CUE_PREP) || has_cue(c, k, GD_CUE_BOUNDARY) || is_punct(c, k, ",");
}

/* The direct object: the nearest phrase on the right with no preposition. */
void find_obj(const ctx *c, size_t trig_te, size_t sent_tb, size_t np0, size_t np1, npset *out) {
  for (size_t a = np0; a < np1; a++) {
    const np *p = &c->nps[a];
    if (p->tb < trig_te) continue;
    if (p->tb - trig_te > GD_OBJ_WINDOW || blocked(c, trig_te, p->tb)) return;
    for (size_t k = trig_te; k < p->tb; k++)
      if (is_punct(c, k, ",")) return; /* the object comes before any comma */
    size_t at = 0;
    /* The first phrase is in a PP: no object, unless the preposition ends
     * the trigger itself ("arrived in", "brought down by"), or a time
     * comes between ("sanctions on Thursday on Iranian officials"). */
    const char *g = governing_prep_at(c, p, sent_tb, &at);
    if (g && at >= trig_te) {
      const char *tw = c->t->tok[trig_te - 1].norm;
      int when = trig_te > sent_tb + 1 && prep_word(c, trig_te - 1) && !strcmp(g, tw) && time_words(c, trig_te, at);
      /* "tariffs on $200 billion of Chinese goods": an amount of things. */
      int amount = !strcmp(g, "of") && at > trig_te && amount_words(c, trig_te, at);
      if (!when && !amount) return;
    }
    take_group(c, a, np0, np1, out);
    return;
  }
}

/* "a drone, which an Israeli helicopter shot down": the object of a verb
 * in an object relative is what the relative pronoun stands for. */
void find_obj_relative(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out) {
  size_t k = trig_tb;
  /* Back over the relative clause's subject phrase and any auxiliaries. */
  while (k > sent_tb && k + 10 > trig_tb && !is_relative(c, k - 1)) {
    if (boundary(c, k - 1) && !is_relative(c, k - 1)) return;
    k--;
  }
  if (k <= sent_tb || !is_relative(c, k - 1) || k == trig_tb) return;
  size_t r = k - 1;
  while (r > sent_tb && is_punct(c, r - 1, ",")) r--;
  if (r > sent_tb && c->tok_np[r - 1] >= 0 && (size_t)c->tok_np[r - 1] >= np0 &&
      !governing_prep(c, &c->nps[c->tok_np[r - 1]], sent_tb))
    take_group(c, (size_t)c->tok_np[r - 1], np0, np1, out);
  else if (r > sent_tb && c->tok_np[r - 1] >= 0) {
    /* "a drone launched from Syria, which ...": past the phrase in the
     * PP, back to the weapon word and the phrase before it. */
    size_t q = c->nps[c->tok_np[r - 1]].tb;
    while (q > sent_tb && q + 8 > r && !has_cue(c, q - 1, GD_CUE_ARMS)) q--;
    if (q > sent_tb && has_cue(c, q - 1, GD_CUE_ARMS)) {
      size_t w = q - 1;
      while (w > sent_tb && w + 4 > q && c->tok_np[w - 1] < 0) w--;
      if (w > sent_tb && c->tok_np[w - 1] >= 0 && (size_t)c->tok_np[w - 1] >= np0)
        take_group(c, (size_t)c->tok_np[w - 1], np0, np1, out);
    }
  } else if (r > sent_tb && has_cue(c, r - 1, GD_CUE_ARMS)) {
    /* "an Iranian drone launched from Syria, which ...": the phrase
     * before the weapon word. */
    size_t q = r - 1;
    while (q > sent_tb && q + 6 > r && c->tok_np[q - 1] < 0) q--;
    if (q > sent_tb && c->tok_np[q - 1] >= 0 && (size_t)c->tok_np[q - 1] >= np0)
      take_group(c, (size_t)c->tok_np[q - 1], np0, np1, out);
  }
  (void)np1;
}

int carrying_word(const ctx *c, size_t k) {
  return tok_is(c, k, "carrying") || tok_is(c, k, "transporting") || tok_is(c, k, "ferrying");
}

int held_between(const ctx *c, size_t tb, size_t te) {
  static const char *const held[] = {"exile", "hiding", "captivity", "detention", "custody", "prison", "jail", NULL};
  for (size_t k = tb; k + 1 < te; k++)
    for (int i = 0; held[i] && (tok_is(c, k, "in") || tok_is(c, k, "of")); i++)
      if (tok_is(c, k + 1, held[i])) return 1;
  return 0;
}

/* Whether trigger TR's frame has a slot for preposition W. */
static int frame_takes(const gd_trigger *tr, const char *w) {
  for (unsigned i = 0; i < tr->nslots; i++)
    if (tr->slots[i].kind == GD_SLOT_PREP && !strcmp(tr->slots[i].prep, w)) return 1;
  return 0;
}

/* A phrase governed by PREP after the trigger (or, for nouns, before it). */
/* NOUN: the trigger when it is a noun, else NULL. */
void find_prep(const ctx *c, const char *prep, size_t trig_tb, size_t trig_te, const gd_trigger *noun,
               size_t sent_tb, size_t np0, size_t np1, npset *out) {
  for (size_t a = np0; a < np1; a++) {
    const np *p = &c->nps[a];
    if (p->tb < trig_te) continue;
    /* A noun's own prepositional phrases follow it closely, with no
     * infinitive between ("the first member of NATO to commit to ..."). */
    if (p->tb - trig_te > (noun ? GD_NOUN_PREP_WINDOW : GD_OBJ_WINDOW) || blocked(c, trig_te, p->tb)) break;
    if (noun) {
      /* Nor a preposition the noun does not take: in "the purchase during
       * a visit to Paris" the phrase is the visit's. */
      int inf = 0;
      for (size_t k = trig_te; k < p->tb && !inf; k++)
        inf = (k + 1 < p->tb && tok_is(c, k, "to") && plain(c, k + 1) && !(c->t->tok[k + 1].flags & GD_TOK_CAP) &&
               !is_determiner(c, k + 1) && c->tok_np[k + 1] < 0) ||
              (!tok_is(c, k, "of") && !tok_is(c, k, prep) && !frame_takes(noun, c->t->tok[k].norm) &&
               prep_word(c, k));
      /* Nor past a copula, whose predicate the phrase is: "the embargo was
       * an act of aggression by the United States". */
      static const char *const be[] = {"is", "was", "are", "were", "been", NULL};
      for (size_t k = trig_te; k < p->tb && !inf; k++)
        for (int i = 0; be[i] && !inf; i++) inf = tok_is(c, k, be[i]);
      if (inf) break;
    } else {
      /* Nor is a verb's the phrase of an infinitive after it: "sanctioned
       * Serbia for failing to hand over suspects to the tribunal". */
      int inf = 0;
      for (size_t k = trig_te; k + 1 < p->tb && !inf; k++)
        inf = tok_is(c, k, "to") && plain(c, k + 1) && !(c->t->tok[k + 1].flags & GD_TOK_CAP) &&
              !is_determiner(c, k + 1) && c->tok_np[k + 1] < 0;
      /* Nor an "of" phrase after a phrase of cause or of time: in "cut off
       * aid to Turkey over its invasion of Cyprus", "... after the Turkish
       * invasion of Cyprus" it is the cause's noun's. */
      for (size_t k = trig_te; k < p->tb && !inf && !strcmp(prep, "of"); k++)
        inf = tok_is(c, k, "over") || tok_is(c, k, "for") || tok_is(c, k, "because") || tok_is(c, k, "after") ||
              tok_is(c, k, "following");
      if (inf || held_between(c, trig_te, p->tb)) break;
    }
    const char *g = governing_prep(c, p, sent_tb);
    if (g && !strcmp(g, prep)) {
      /* Take the first phrase of its coordination group onwards, and
       * further phrases with the same preposition in a list ("to Riyadh
       * and then to Cairo", "to A, to B and to C"). */
      take_group(c, a, a, np1, out);
      int grp = p->group;
      for (size_t b = a + 1; b < np1 && out->n < GD_MAX_FILL; b++) {
        const np *q = &c->nps[b];
        if (q->group == grp) continue;
        if (blocked(c, c->nps[b - 1].te, q->tb) || q->tb - c->nps[b - 1].te > 8) break;
        const char *g2 = governing_prep(c, q, sent_tb);
        if (!g2 || strcmp(g2, prep)) continue;
        int listed = 0;
        for (size_t k = c->nps[b - 1].te; k < q->tb; k++)
          if (tok_is(c, k, ",") || tok_is(c, k, "and") || tok_is(c, k, "then")) listed = 1;
        if (!listed) break;
        take_group(c, b, b, np1, out);
        grp = q->group;
      }
      return;
    }
  }
  /* A noun that ends in its preposition ("measures against") has its
   * phrase after it, never before. */
  if (!noun || (trig_te - trig_tb > 1 && prep_word(c, trig_te - 1))) return;
  /* (Nor is a "for" or "to" phrase before it the noun's: "For Putin,
   * ties with ... its allies".) */
  if (!strcmp(prep, "for") || !strcmp(prep, "to")) return;
  for (size_t a = np1; a > np0; a--) {
    const np *p = &c->nps[a - 1];
    if (p->te > trig_tb) continue;
    if (trig_tb - p->te > GD_OBJ_WINDOW || blocked(c, p->te, trig_tb)) return;
    const char *g = governing_prep(c, p, sent_tb);
    if (g && !strcmp(g, prep)) {
      size_t s = a - 1;
      while (s > np0 && c->nps[s - 1].group == p->group) s--;
      take_group(c, s, s, np1, out);
      return;
    }
  }
}

/* The possessor of a nominal trigger: "Russia's", "Russian", "EU". */
void find_poss(const ctx *c, size_t trig_tb, size_t np0, size_t np1, npset *out) {
  for (size_t a = np1; a > np0; a--) {
    const np *p = &c->nps[a - 1];
    if (p->te > trig_tb) continue;
    size_t gap = 0;
    for (size_t k = p->te; k < trig_tb; k++) {
      if (!plain(c, k) && !is_determiner(c, k)) return;
      gap++;
    }
    if (gap > 3) return;
    /* A name right before the noun: "EU sanctions", "U.S. support"; a
     * state so placed is as often the target of sanctions ("Iran
     * sanctions"), so it is not read as their imposer. */
    const gd_mention *tmn = c->tok_m[trig_tb] >= 0 ? &c->m[c->tok_m[trig_tb]] : NULL;
    int sanction = tmn && tmn->ntrig && tmn->trig[0]->type == GEORDF_SANCTION;
    int adjunct = !p->poss && p->head && gap == 0 && (p->head->kind != GD_KIND_COUNTRY || !sanction);
    int demonym = !p->head && !p->person && p->mod;
    if (p->poss || adjunct || demonym || (p->person && gap <= 1)) {
      out->v[out->n++] = p;
    }
    return;
  }
}

int passive(const ctx *c, const gd_trigger *tr, size_t tb, size_t te, size_t sent_tb, size_t sent_te,
            size_t np0, size_t np1) {
  if (tr->pos != 'v') return 0;
  /* "has been buying", "will be arriving in": a present participle is
   * never passive (the verb is a phrase's first word). */
  const char *tw = c->t->tok[tb].norm;
  size_t twl = strlen(tw);
  if (twl > 4 && !strcmp(tw + twl - 3, "ing")) return 0;
  if (te < sent_te && tok_is(c, te, "by")) return 1;
  static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being", "got", "get", NULL};
  size_t k = tb, steps = 0;
  while (k > sent_tb && steps < 3) {
    k--;
    steps++;
    if (tok_is(c, k, "to")) break; /* "is unlikely to coordinate": infinitive */
    for (int i = 0; be[i]; i++)
      if (tok_is(c, k, be[i])) return 1;
    const char *nw = c->t->tok[k].norm;
    if (!has_cue(c, k, GD_CUE_NEGATION) && !(plain(c, k) && nw[0] && nw[strlen(nw) - 1] == 'y'))
      break;
  }
  /* A participle after an aircraft with no object: "a Russian jet downed",
   * "Malaysian airliner shot down". */
  int relative = 0; /* "which an Israeli helicopter shot down" is active */
  for (size_t q = tb; q > sent_tb && q + 7 > tb; q--)
    if (tok_is(c, q - 1, "which") || tok_is(c, q - 1, "whom")) relative = 1;
  if (tb > sent_tb && !relative &&
      ((c->tok_np[tb - 1] >= 0 && c->nps[c->tok_np[tb - 1]].weapon) || has_cue(c, tb - 1, GD_CUE_AIR))) {
    npset o = {{0}, 0};
    find_obj(c, te, sent_tb, np0, np1, &o);
    if (o.n) return 0;
    /* "Turkish jets shot down a drone": an aircraft of no one named is an
     * object too. */
    for (size_t q = te; q < sent_te && q < te + 4; q++) {
      if (has_cue(c, q, GD_CUE_AIR)) return 0;
      if (!is_determiner(c, q) && !plain(c, q)) break;
    }
    return 1;
  }
  return 0;
}

/* Whether phrase P holds two names joined by a hyphen ("the first
 * Chinese-Soviet summit", "the German-French summit"): the pair names the
 * parties of what the phrase is about, neither of them a place one goes
 * to. */
static int demonym_pair(const ctx *c, const np *p) {
  /* (The pair may be read as two phrases, a name and a demonym: "the first
   * U.S.-Soviet summit".) */
  size_t b = p->tb > 1 ? p->tb - 2 : 0, e = p->te + 2 < c->t->ntok ? p->te + 2 : c->t->ntok;
  for (size_t k = b + 1; k + 1 < e; k++)
    if (is_punct(c, k, "-") && c->tok_m[k - 1] >= 0 && c->tok_m[k + 1] >= 0 && mention_at(c, k - 1)->nents &&
        mention_at(c, k + 1)->nents &&
        /* (outside P, a hyphen between words, not a dash: "KYIV - Ukraine") */
        ((k > p->tb && k + 1 < p->te) ||
         (c->t->tok[k].b == c->t->tok[k - 1].e && c->t->tok[k + 1].b == c->t->tok[k].e)))
      return 1;
  return 0;
}

/* Whether token K is a determiner only count nouns take (an article, a
 * demonstrative, a possessive, "each"): "a Chinese delegation", unlike
 * "more", "some", "further" ("more Indian investment"). */
static int count_determiner(const ctx *c, size_t k) {
  static const char *const w[] = {"a", "an", "the", "this", "that", "these", "those", "each", "every", "another",
                                  "its", "their", "his", "her", "our", "one", NULL};
  for (int i = 0; w[i]; i++)
    if (!strcmp(c->t->tok[k].norm, w[i])) return 1;
  return 0;
}

const geordf_entity *filler(const ctx *c, geordf_role role, const np *p) {
  switch (role) {
  case GEORDF_ROLE_VISITOR:
    /* Visitors are people; a state only through a demonym ("a Chinese
     * delegation"), since a named state is rarely the traveller. */
    if (p->person) {
      /* "Putin's envoy": the one who travels is the envoy, for the
       * possessor's state (as "a Russian envoy" would). */
      for (size_t k = p->tb + 1; k + 1 < p->te; k++)
        if ((c->t->tok[k].flags & GD_TOK_POSS) && mention_at(c, k - 1) && mention_at(c, k - 1)->nents &&
            mention_at(c, k - 1)->ents[0]->kind == GD_KIND_PERSON) {
          const geordf_entity *st = gd_person_state(p->person, c->have_date ? c->date : "");
          if (st && st->kind == GD_KIND_COUNTRY) return st;
          /* "the Dalai Lama's envoy": one who acts for no state has no
           * state to send; his envoy travels as himself, a person of this
           * document named as the text names him. */
          if (!p->person->non_state) return NULL;
          size_t b = p->tb;
          if (tok_is(c, b, "the") || tok_is(c, b, "a")) b++;
          if (b >= p->te) return NULL;
          return gd_events_local_person(c->evs, c->text + c->t->tok[b].b, c->t->tok[p->te - 1].e - c->t->tok[b].b, NULL);
        }
      return p->person;
    }
    /* "the foreign ministers of Nauru and Tuvalu" with no holder known:
     * each state's official, as "the foreign minister of Nauru" is. */
    if (p->plural_title) return p->head ? p->head : p->mod;
    /* "a U.N. official", "a NATO envoy" travels for the body named. */
    if (p->head && !p->poss && p->te > p->tb + 1 && c->tok_m[p->te - 1] >= 0 && c->m[c->tok_m[p->te - 1]].office)
      return p->head;
    /* "the envoy of Egypt", "the deputy premier of the Soviet Union" with
     * no holder named: the state's official, as "the Egyptian envoy" is
     * (an ambassador lives where he is posted, as below). */
    if (p->head && p->title_te && !p->poss) {
      const gd_mention *t = mention_at(c, p->title_te - 1);
      return t && t->office && !strcmp(t->office->office, "Ambassador") ? NULL : p->head;
    }
    /* "a Vatican delegation", "a NATO delegation", "a U.S. negotiating
     * team", "a U.S. high-level delegation": a name after an article that
     * modifies a singular common noun (a few plain words between) is used
     * as a demonym is ("a Chinese delegation"); "NATO" alone would be no
     * traveller. */
    if (!p->mod && !p->poss && !p->weapon && (p->head || (p->place && p->place->stands_for)) && p->te < c->t->ntok &&
        c->parsed && (count_determiner(c, p->tb) || (p->tb > 0 && count_determiner(c, p->tb - 1)))) {
      int w = gd_deps_word(&c->deps, p->te - 1);
      int nw = w >= 0 ? c->deps.w[w].head : -1;
      size_t kn = nw >= 0 ? c->deps.w[nw].tok : 0;
      int ok = nw >= 0 && kn >= p->te && kn <= p->te + 3 && c->deps.w[nw].upos == GD_UPOS_NOUN;
      for (size_t k = p->te; ok && k <= kn; k++) {
        const gd_token *n = &c->t->tok[k];
        ok = ((n->flags & GD_TOK_WORD) && !(n->flags & (GD_TOK_CAP | GD_TOK_ALLCAPS)) && c->tok_m[k] < 0) ||
             (k < kn && is_punct(c, k, "-"));
      }
      const char *hn = ok ? c->t->tok[kn].norm : "";
      size_t nl = strlen(hn);
      if (ok && nl > 2 && hn[nl - 1] != 's') {
        for (size_t k = p->te; k < c->t->ntok && k < p->te + 3; k++)
          if (has_cue(c, k, GD_CUE_ARMS) || has_cue(c, k, GD_CUE_AIR)) return NULL;
        return np_actor(c, p);
      }
    }
    const geordf_entity *st = p->mod;
    if (p->head) return NULL;
    if (!st) return NULL;
    /* Nor does an ambassador no name is given, who lives where he is
     * posted (lex:Ambassador): "the Russian ambassador met officials in
     * Washington". */
    const gd_mention *last = mention_at(c, p->te - 1);
    if (last && last->office && !strcmp(last->office->office, "Ambassador")) return NULL;
    {
      /* "a Chinese delegation" travels for its state; "Americans" (people
       * at large) do not. */
      const char *w = c->t->tok[p->te - 1].norm;
      size_t l = strlen(w);
      if (l > 1 && w[l - 1] == 's' && !(p->te < c->t->ntok && plain(c, p->te))) return NULL;
      /* Nor does a thing: "a Russian cargo plane landed", "a Russian
       * missile system arrives". */
      if (p->weapon) return NULL;
      /* Nor an activity or a substance: a singular common noun with no
       * determiner, as English writes no singular count noun bare ("would
       * welcome more Indian investment", "received Chinese support"); a
       * headline drops its articles. */
      if (p->te < c->t->ntok && c->t->tok[p->te].b >= c->title_len && !(p->tb > 0 && count_determiner(c, p->tb - 1))) {
        const gd_token *n = &c->t->tok[p->te];
        size_t nl = strlen(n->norm);
        if ((n->flags & GD_TOK_WORD) && !(n->flags & GD_TOK_CAP) && nl > 2 && n->norm[nl - 1] != 's' &&
            c->tok_m[p->te] < 0) {
          int nw = c->parsed ? gd_deps_word(&c->deps, p->te) : -1;
          if (!c->parsed || (nw >= 0 && c->deps.w[nw].upos == GD_UPOS_NOUN)) return NULL;
        }
      }
      for (size_t k = p->te; k < c->t->ntok && k < p->te + 3; k++)
        if (has_cue(c, k, GD_CUE_ARMS) || has_cue(c, k, GD_CUE_AIR)) return NULL;
    }
    return st;
  case GEORDF_ROLE_HOST:
    return p->person ? p->person : np_actor(c, p);
  case GEORDF_ROLE_DESTINATION:
    if (p->place) return p->place->country;
    return p->head && p->head->kind == GD_KIND_COUNTRY ? (demonym_pair(c, p) ? NULL : p->head)
           : (!p->head && !p->person && p->mod && p->mod->kind == GD_KIND_COUNTRY && !demonym_pair(c, p)) ? p->mod
                                                                                                          : NULL;
  case GEORDF_ROLE_PLACE:
    return p->place;
  case GEORDF_ROLE_ITEM:
  case GEORDF_ROLE_AIRCRAFT:
    return p->weapon;
  case GEORDF_ROLE_ATTACKER:
  case GEORDF_ROLE_VICTIM: {
    /* "An F-22 shot down the balloon": an aircraft only one state flies
     * acts for it, unnamed. */
    const geordf_entity *e = np_actor(c, p);
    if (e || !p->weapon) return e;
    if (p->weapon->operator_) return p->weapon->operator_;
    /* "Two Navy F-14 jets", "Air Force F-15s": a service of arms written
     * with capitals and no state (as the press writes its own state's
     * forces) flies aircraft its state makes; a joint design ("Air Force
     * Tornados") many states make, so names none. */
    size_t b = p->tb;
    if (b > 0 && c->tok_m[b - 1] < 0 && (c->t->tok[b - 1].flags & GD_TOK_CAP) &&
        (tok_is(c, b - 1, "navy") ||
         (b > 1 && tok_is(c, b - 1, "force") && tok_is(c, b - 2, "air") && c->tok_m[b - 2] < 0)))
      return p->weapon->n_origins > 1 ? NULL : p->weapon->country;
    /* "Sea Harriers from the carrier Hermes", "F-14s from the Nimitz": an
     * aircraft from a ship acts for the state that fields the ship. */
    if (p->te + 1 < c->t->ntok && tok_is(c, p->te, "from"))
      for (size_t k = p->te + 1; k < c->t->ntok && k < p->te + 4; k++)
        if (c->tok_np[k] >= 0) {
          const np *s = &c->nps[c->tok_np[k]];
          return s->weapon && s->weapon->cls && !strcmp(s->weapon->cls, "Vessel") ? s->weapon->operator_ : NULL;
        }
    return NULL;
  }
  default:
    return np_actor(c, p);
  }
}
