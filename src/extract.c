/* geordf: event extraction.  Per sentence: find lexicon phrases, group them
 * into noun phrases (with coordination and coreference), then fill each
 * trigger's argument frame from the phrases around it, read negation,
 * modality and status cues, attach a date, and merge repeated events.
 * SPDX-License-Identifier: MIT */
#include "extract-ctx.h"
#include "extract-merge.h"
#include "extract-np.h"
#include "ud.h"
#include "schema.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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

/* ---- frames ---------------------------------------------------------- */

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
static int find_appositive(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out) {
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
static void find_subj(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, int adjacent,
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
static void find_main_subj(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out) {
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

/* A gerund right after a preposition or a comma: "after arriving in". */
static int nonfinite(const ctx *c, const gd_mention *tm, size_t sent_tb) {
  const char *w = c->t->tok[tm->tb].norm;
  size_t l = strlen(w);
  if (l < 5 || strcmp(w + l - 3, "ing") || tm->tb == sent_tb) return 0;
  size_t k = tm->tb - 1;
  return has_cue(c, k, GD_CUE_PREP) || has_cue(c, k, GD_CUE_BOUNDARY) || is_punct(c, k, ",");
}

/* The direct object: the nearest phrase on the right with no preposition. */
static void find_obj(const ctx *c, size_t trig_te, size_t sent_tb, size_t np0, size_t np1, npset *out) {
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
static void find_obj_relative(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1, npset *out) {
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

/* Whether the noun at TB is the object of a verb of agreeing or pledging
 * ("approved the possible sale", "signed the deal"), which makes the
 * subject a party to it; "protested the sale", "over arms sales" do not. */
static int agreeing_verb_before(const ctx *c, size_t tb, size_t sent_tb) {
  size_t k = tb;
  for (unsigned n = 0; k > sent_tb && n < 3; n++) {
    const gd_mention *m = mention_at(c, k - 1);
    /* determiners, lower-case words, hedges ("the possible sale") */
    int skip = is_determiner(c, k - 1) || (plain(c, k - 1) && !(c->t->tok[k - 1].flags & GD_TOK_CAP)) ||
               (m && !m->nents && !m->ntrig && !m->office && m->cues &&
                !(m->cues & ~((1u << GD_CUE_HEDGE) | (1u << GD_CUE_PLANNED) | (1u << GD_CUE_THREAT))));
    if (!skip) break;
    k--;
  }
  return k > sent_tb && (has_cue(c, k - 1, GD_CUE_AGREED) || has_cue(c, k - 1, GD_CUE_PLEDGE));
}

/* Whether trigger TR's frame has a slot for preposition W. */
static int frame_takes(const gd_trigger *tr, const char *w) {
  for (unsigned i = 0; i < tr->nslots; i++)
    if (tr->slots[i].kind == GD_SLOT_PREP && !strcmp(tr->slots[i].prep, w)) return 1;
  return 0;
}

/* A phrase governed by PREP after the trigger (or, for nouns, before it). */
/* NOUN: the trigger when it is a noun, else NULL. */
static void find_prep(const ctx *c, const char *prep, size_t trig_tb, size_t trig_te, const gd_trigger *noun,
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
      if (inf) break;
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
static void find_poss(const ctx *c, size_t trig_tb, size_t np0, size_t np1, npset *out) {
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

/* ---- events from frames --------------------------------------------------- */

static const geordf_entity *filler(const ctx *c, geordf_role role, const np *p) {
  switch (role) {
  case GEORDF_ROLE_VISITOR:
    /* Visitors are people; a state only through a demonym ("a Chinese
     * delegation"), since a named state is rarely the traveller. */
    if (p->person) return p->person;
    if (p->head || !p->mod) return NULL;
    {
      /* "a Chinese delegation" travels for its state; "Americans" (people
       * at large) do not. */
      const char *w = c->t->tok[p->te - 1].norm;
      size_t l = strlen(w);
      if (l > 1 && w[l - 1] == 's' && !(p->te < c->t->ntok && plain(c, p->te))) return NULL;
    }
    return p->mod;
  case GEORDF_ROLE_HOST:
    return p->person ? p->person : np_actor(c, p);
  case GEORDF_ROLE_DESTINATION:
    if (p->place) return p->place->country;
    return p->head && p->head->kind == GD_KIND_COUNTRY ? p->head
           : (!p->head && !p->person) ? p->mod : NULL;
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
    return e ? e : p->weapon ? p->weapon->operator_ : NULL;
  }
  default:
    return np_actor(c, p);
  }
}

/* "to NATO headquarters in Brussels", "to a G7 summit in Sicily": a
 * destination that is a venue, not a state, is placed by the "in" phrase
 * right after it. */
static const np *venue_place(const ctx *c, const np *p, size_t np1) {
  if (filler(c, GEORDF_ROLE_DESTINATION, p)) return p;
  size_t a = (size_t)(p - c->nps) + 1;
  if (a >= np1) return p;
  const np *q = &c->nps[a];
  if (!q->place || q->tb < p->te || q->tb - p->te > 3) return p;
  for (size_t k = p->te; k < q->tb; k++)
    if (!plain(c, k) && !tok_is(c, k, "in")) return p;
  if (!tok_is(c, q->tb - 1, "in")) return p;
  return q;
}

/* The subject of a verb of joining right before a sanction noun ("has
 * joined the EU measures", "aligned itself with European sanctions"). */
static const geordf_entity *join_subject(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1) {
  for (size_t k = trig_tb, steps = 0; k > sent_tb && steps < 6; steps++) {
    k--;
    if (boundary(c, k) || is_punct(c, k, ",")) return NULL;
    const gd_mention *m = mention_at(c, k);
    if (m && (m->cues & (1u << GD_CUE_JOIN))) {
      npset s = {{0}, 0};
      find_subj(c, m->tb, sent_tb, np0, np1, 0, &s);
      return s.n ? np_actor(c, s.v[0]) : NULL;
    }
    if (m) k = m->tb;
  }
  return NULL;
}

/* "Montenegro aligned itself with EU sanctions against Russia": the one
 * who joins a sanction imposes it too; adds that event.  -1 on failure. */
static int add_joiner(ctx *c, const geordf_event *ev, size_t trig_tb, size_t stb, size_t np0, size_t np1,
                      size_t sb, size_t sbe) {
  const geordf_entity *joiner = join_subject(c, trig_tb, stb, np0, np1);
  if (!joiner || joiner == ev->fill[GEORDF_ROLE_TARGET][0] || contains(ev, GEORDF_ROLE_IMPOSER, joiner)) return 0;
  geordf_event ev2 = *ev;
  ev2.nfill[GEORDF_ROLE_IMPOSER] = 0;
  gd_event_fill(&ev2, GEORDF_ROLE_IMPOSER, joiner);
  ev2.evidence = NULL;
  ev2.n_evidence = 0;
  ev2.item = NULL;
  geordf_event *o2 = gd_events_add(c->evs, ev2.type);
  if (!o2) return -1;
  *o2 = ev2;
  return gd_event_add_evidence(o2, sb, sbe);
}

static int core_ok(const geordf_event *ev) {
  const unsigned *n = ev->nfill;
  switch (ev->type) {
  case GEORDF_VISIT: return n[GEORDF_ROLE_VISITOR] && n[GEORDF_ROLE_DESTINATION];
  case GEORDF_ALLIANCE: return n[GEORDF_ROLE_PARTY] >= 2;
  case GEORDF_ARMSDEAL: return n[GEORDF_ROLE_SUPPLIER] && n[GEORDF_ROLE_RECIPIENT];
  case GEORDF_SANCTION: return n[GEORDF_ROLE_IMPOSER] && n[GEORDF_ROLE_TARGET];
  case GEORDF_SHOOTDOWN: return n[GEORDF_ROLE_VICTIM] > 0;
  default: return 0;
  }
}

/* Removes fillers that make an event say nothing ("Russia sanctioned
 * Russia"), and the visitor's own state as a destination. */
static void clean(const ctx *c, geordf_event *ev) {
  geordf_role pairs[][2] = {{GEORDF_ROLE_SUPPLIER, GEORDF_ROLE_RECIPIENT},
                            {GEORDF_ROLE_IMPOSER, GEORDF_ROLE_TARGET},
                            {GEORDF_ROLE_ATTACKER, GEORDF_ROLE_VICTIM}};
  for (size_t p = 0; p < 3; p++) {
    geordf_role a = pairs[p][0], b = pairs[p][1];
    for (unsigned i = 0; i < ev->nfill[b];) {
      if (contains(ev, a, ev->fill[b][i])) {
        memmove(&ev->fill[b][i], &ev->fill[b][i + 1], (ev->nfill[b] - i - 1) * sizeof ev->fill[b][0]);
        ev->nfill[b]--;
      } else i++;
    }
  }
  if (ev->type == GEORDF_VISIT && ev->nfill[GEORDF_ROLE_VISITOR]) {
    const geordf_entity *v = ev->fill[GEORDF_ROLE_VISITOR][0];
    const geordf_entity *home = v->kind == GD_KIND_PERSON ? gd_person_state(v, c->have_date ? c->date : "") : v;
    for (unsigned i = 0; i < ev->nfill[GEORDF_ROLE_DESTINATION];) {
      if (ev->fill[GEORDF_ROLE_DESTINATION][i] == home) {
        memmove(&ev->fill[GEORDF_ROLE_DESTINATION][i], &ev->fill[GEORDF_ROLE_DESTINATION][i + 1],
                (ev->nfill[GEORDF_ROLE_DESTINATION] - i - 1) * sizeof(void *));
        ev->nfill[GEORDF_ROLE_DESTINATION]--;
      } else i++;
    }
    /* The host is a person; a visitor is not their own host. */
    for (unsigned i = 0; i < ev->nfill[GEORDF_ROLE_HOST];) {
      const geordf_entity *h = ev->fill[GEORDF_ROLE_HOST][i];
      if (h == v || h->kind != GD_KIND_PERSON) {
        memmove(&ev->fill[GEORDF_ROLE_HOST][i], &ev->fill[GEORDF_ROLE_HOST][i + 1],
                (ev->nfill[GEORDF_ROLE_HOST] - i - 1) * sizeof(void *));
        ev->nfill[GEORDF_ROLE_HOST]--;
      } else i++;
    }
  }
}

/* The nearest cue of the kinds in MASK to the left of the trigger within the
 * clause; returns its kind or -1. */
static int nearest_cue(const ctx *c, size_t sent_tb, size_t trig_tb, size_t trig_te, size_t sent_te,
                       unsigned mask, size_t window, size_t right) {
  size_t k = trig_tb;
  size_t steps = 0;
  while (k > sent_tb && steps < window) {
    k--;
    steps++;
    const gd_mention *m = mention_at(c, k);
    if (m && (m->cues & mask)) {
      for (int q = 0; q < GD_CUE_COUNT; q++)
        if (m->cues & mask & (1u << q)) return q;
    }
    if (is_punct(c, k, ".;:") || has_cue(c, k, GD_CUE_BOUNDARY)) break;
    if (m) { k = m->tb; }
  }
  for (size_t r = trig_te; r < sent_te && r < trig_te + right; r++) {
    const gd_mention *m = mention_at(c, r);
    if (m && (m->cues & mask)) {
      for (int q = 0; q < GD_CUE_COUNT; q++)
        if (m->cues & mask & (1u << q)) return q;
    }
    if (boundary(c, r) || is_punct(c, r, ",")) break;
  }
  return -1;
}

/* The state that supplies a weapon system: its maker's state, or that
 * state's successor (Soviet designs come from Russia). */
static const geordf_entity *weapon_source(const geordf_entity *w) {
  const geordf_entity *o = w ? w->country : NULL;
  while (o && o->successor && o->successor != o) o = o->successor;
  return o;
}

/* "India and Russia signed a deal for S-400s": of the states named as
 * parties, the one that makes the weapon is the supplier. */
static void infer_supplier(const ctx *c, geordf_event *ev, const gd_trigger *tr) {
  (void)c;
  if (ev->nfill[GEORDF_ROLE_SUPPLIER] || !ev->nfill[GEORDF_ROLE_RECIPIENT] || !ev->nfill[GEORDF_ROLE_ITEM]) return;
  const geordf_entity *src = weapon_source(ev->fill[GEORDF_ROLE_ITEM][0]);
  /* "Egypt bought 24 Rafales": one buyer of a verb, and the maker sells. */
  if (ev->nfill[GEORDF_ROLE_RECIPIENT] == 1) {
    if (tr->pos != 'v') return;
    if (src && src != ev->fill[GEORDF_ROLE_RECIPIENT][0] && src->kind == GD_KIND_COUNTRY)
      gd_event_fill(ev, GEORDF_ROLE_SUPPLIER, src);
    return;
  }
  for (unsigned i = 0; src && i < ev->nfill[GEORDF_ROLE_RECIPIENT]; i++) {
    if (ev->fill[GEORDF_ROLE_RECIPIENT][i] != src) continue;
    gd_event_fill(ev, GEORDF_ROLE_SUPPLIER, src);
    memmove(&ev->fill[GEORDF_ROLE_RECIPIENT][i], &ev->fill[GEORDF_ROLE_RECIPIENT][i + 1],
            (ev->nfill[GEORDF_ROLE_RECIPIENT] - i - 1) * sizeof(void *));
    ev->nfill[GEORDF_ROLE_RECIPIENT]--;
    return;
  }
}

static int flies(const geordf_entity *w) {
  return w->cls && (!strcmp(w->cls, "Aircraft") || !strcmp(w->cls, "Drone") || !strcmp(w->cls, "Helicopter") ||
                    !strcmp(w->cls, "Missile"));
}

/* Airliners are in the lexicon for shoot-downs; selling them is trade,
 * not an arms deal. */
static int civil(const geordf_entity *w) {
  return w->weapon_kind && (strstr(w->weapon_kind, "airliner") || strstr(w->weapon_kind, "civil") ||
                            strstr(w->weapon_kind, "business jet"));
}

static void drop_civil_items(geordf_event *ev) {
  for (unsigned i = 0; i < ev->nfill[GEORDF_ROLE_ITEM];) {
    if (civil(ev->fill[GEORDF_ROLE_ITEM][i])) {
      memmove(&ev->fill[GEORDF_ROLE_ITEM][i], &ev->fill[GEORDF_ROLE_ITEM][i + 1],
              (ev->nfill[GEORDF_ROLE_ITEM] - i - 1) * sizeof(void *));
      ev->nfill[GEORDF_ROLE_ITEM]--;
    } else i++;
  }
}

/* The kind of thing downed, from the weapon or the word after the phrase
 * ("a Syrian drone"), so that a jet and a drone are not merged. */
static char air_category(const ctx *c, const np *p) {
  if (p->weapon && p->weapon->cls) {
    if (!strcmp(p->weapon->cls, "Drone")) return 'D';
    if (!strcmp(p->weapon->cls, "Helicopter")) return 'H';
    if (!strcmp(p->weapon->cls, "Missile")) return 'M';
    return 'A';
  }
  /* The word after the phrase ("a Syrian drone"), or before a "launched
   * by" that governs it ("a drone launched by Syrian forces"). */
  size_t cand[6], nc = 0;
  for (size_t k = p->te; k < c->t->ntok && k < p->te + 3; k++) cand[nc++] = k;
  for (size_t k = p->tb; k > c->sent_tb && k + 3 > p->tb; k--) cand[nc++] = k - 1;
  for (size_t q = 0; q < nc; q++) {
    size_t k = cand[q];
    if (!has_cue(c, k, GD_CUE_AIR)) continue;
    const char *w = c->t->tok[k].norm;
    if (!strncmp(w, "drone", 5) || !strncmp(w, "uav", 3)) return 'D';
    if (!strncmp(w, "helicopter", 10) || !strncmp(w, "gunship", 7)) return 'H';
    if (!strncmp(w, "missile", 7) || !strncmp(w, "rocket", 6) || !strncmp(w, "projectile", 10)) return 'M';
    return 'A';
  }
  return 0;
}

static int sentence_has_weapon(const ctx *c, size_t np0, size_t np1) {
  for (size_t a = np0; a < np1; a++)
    if (c->nps[a].weapon && !civil(c->nps[a].weapon)) return 1;
  return 0;
}

static int sentence_has_cue(const ctx *c, size_t tb, size_t te, gd_cue_kind k) {
  for (size_t i = tb; i < te; i++)
    if (has_cue(c, i, k)) return 1;
  return 0;
}

static int passive(const ctx *c, const gd_trigger *tr, size_t tb, size_t te, size_t sent_tb, size_t sent_te,
                   size_t np0, size_t np1) {
  if (tr->pos != 'v') return 0;
  /* "has been buying": a present participle is never passive. */
  const char *tw = c->t->tok[te - 1].norm;
  size_t twl = strlen(tw);
  if (te == tb + 1 && twl > 4 && !strcmp(tw + twl - 3, "ing")) return 0;
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

static int weekday_expr(const ctx *c, size_t b, size_t e) {
  static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                     "sunday", NULL};
  for (size_t i = b; i < e; i++)
    for (int d = 0; days[d]; d++) {
      size_t l = strlen(days[d]);
      if (i + l > e) continue;
      size_t k = 0;
      while (k < l && (c->text[i + k] | 0x20) == days[d][k]) k++;
      if (k == l) return 1;
    }
  return 0;
}

static void set_date(const ctx *c, geordf_event *ev, const gd_date_expr *dates, size_t nd, size_t trig_b,
                     size_t sent_b, int forward) {
  const gd_date_expr *best = NULL;
  size_t bestd = (size_t)-1;
  for (size_t i = 0; i < nd; i++) {
    size_t pos = sent_b + dates[i].begin;
    size_t d = pos > trig_b ? pos - trig_b : (trig_b - pos) + 8; /* after the trigger is likelier */
    if (d < bestd) { bestd = d; best = &dates[i]; }
  }
  if (!best) return;
  gd_ymd v = best->value;
  /* "He flies to Israel on Monday", "Rouhani leaves for Paris on
   * Wednesday": with a verb in the present or a planned event, a weekday
   * is the next one, not the last. */
  if ((forward || ev->planned) && c->have_date && best->relative && v.d &&
      weekday_expr(c, sent_b + best->begin, sent_b + best->end)) {
    char vb[11];
    gd_date_format(&v, vb);
    if (strcmp(vb, c->date) < 0) {
      gd_date_add_days(&v, 7);
      ev->planned = 1;
    }
  }
  /* "will travel to Japan in May", "is due in Paris on June 3": a planned
   * event's month or day without a year is the next one, not the last. */
  if (ev->planned && c->have_date && best->relative && v.m && !weekday_expr(c, sent_b + best->begin, sent_b + best->end)) {
    int before = v.y < c->ymd.y || (v.y == c->ymd.y && (v.m < c->ymd.m || (v.d && v.m == c->ymd.m && v.d < c->ymd.d)));
    if (before) v.y++;
  }
  gd_date_format(&v, ev->date);
  if (best->future) ev->planned = 1;
}

/* ---- arguments from the dependency tree ---------------------------------- */

/* The noun phrase a word of the tree stands for: its own, else that of a
 * modifier naming the actor ("the Russian leader", "U.S. troops", "the
 * Dalai Lama's envoy"). */
static const np *word_np(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  if (w < 0) return NULL;
  if (c->tok_np[d->w[w].tok] >= 0) return &c->nps[c->tok_np[d->w[w].tok]];
  for (int k = d->w[w].first; k >= 0; k = d->w[k].next) {
    gd_rel r = d->w[k].rel;
    if ((r == GD_R_POSS || r == GD_R_COMPOUND || r == GD_R_AMOD || r == GD_R_FLAT) && c->tok_np[d->w[k].tok] >= 0)
      return &c->nps[c->tok_np[d->w[k].tok]];
  }
  return NULL;
}

/* Where a sentence's grammar starts: after a dateline ("TEHRAN —",
 * "KHARTOUM, Sudan, May 2 (Reuters) -"), which is no part of the clause. */
static size_t after_dateline(const ctx *c, size_t tb, size_t te) {
  size_t start = tb;
  for (size_t k = tb; k < te && k < start + 16; k++) {
    const gd_token *t = &c->t->tok[k];
    int dash = (t->flags & GD_TOK_PUNCT) && !(t->flags & GD_TOK_HYPHEN) && t->norm[0] == '-';
    if (dash) {
      if (k == start) return start;
      int head = (c->t->tok[start].flags & GD_TOK_ALLCAPS) || c->t->tok[k - 1].norm[0] == ')';
      if (!head) return start;
      start = k + 1; /* "Canadian Press - BANJA LUKA (AP) - ": take them all */
      continue;
    }
    if (!(t->flags & (GD_TOK_CAP | GD_TOK_NUM | GD_TOK_PUNCT | GD_TOK_ABBR))) return start;
  }
  return start;
}

/* Whether the lemma of word W, followed by the word PART when PART >= 0
 * ("rule out", "call for"), is listed as a cue of kind K (cues.ttl). */
static int lemma_cue(const ctx *c, int w, int part, gd_cue_kind k) {
  const gd_deps *d = &c->deps;
  char key[96];
  size_t n = gd_deps_lemma(d, w, key, 64);
  if (part >= 0) {
    int len = snprintf(key + n, sizeof key - n, " %.*s", (int)(d->w[part].e - d->w[part].b), c->text + d->w[part].b);
    if (len <= 0 || n + (size_t)len >= sizeof key) return 0;
    n += (size_t)len;
  }
  for (size_t i = 0; i < n; i++) key[i] = (char)(key[i] >= 'A' && key[i] <= 'Z' ? key[i] + 32 : key[i]);
  int prefix;
  for (const gd_sense *s = gd_lexicon_lookup(c->lex, key, n, &prefix); s; s = s->next)
    if (s->kind == GD_PH_CUE && s->u.cue == k) return 1;
  return 0;
}

/* Whether a predicate governing word H in its clause chain (through
 * objects, complements and their prepositional phrases, at most four steps)
 * has a lemma listed as a cue of kind K: "asked ... for support", "calls for
 * sanctions", "refused to sell", "ruled out joining". */
static int governed_by(const ctx *c, int h, gd_cue_kind k) {
  const gd_deps *d = &c->deps;
  for (int x = h, steps = 0; x >= 0 && steps < 4; steps++) {
    int g = d->w[x].head;
    gd_rel r = (gd_rel)d->w[x].rel;
    if (g < 0) break;
    /* (An infinitive the parser took for an adverbial counts as the
     * complement it usually is: "refused, after ..., to sell".) */
    int inf = 0;
    for (int p = d->w[x].first; p >= 0 && r == GD_R_ADVCL; p = d->w[p].next)
      if (d->w[p].rel == GD_R_MARK && gd_deps_is(d, p, "to")) inf = 1;
    if (r != GD_R_OBJ && r != GD_R_OBL && r != GD_R_NMOD && r != GD_R_XCOMP && r != GD_R_CCOMP && !inf) break;
    if (lemma_cue(c, g, -1, k)) return 1;
    /* A phrasal verb ("rule out"), or a verb with the preposition of the
     * phrase below it ("call for sanctions"). */
    int parts[2] = {-1, -1};
    for (int p = d->w[g].first; p >= 0; p = d->w[p].next)
      if (d->w[p].rel == GD_R_PRT) parts[0] = p;
    for (int p = d->w[x].first; p >= 0; p = d->w[p].next)
      if (d->w[p].rel == GD_R_CASE && p < x) parts[1] = p;
    for (int q = 0; q < 2; q++)
      if (parts[q] >= 0 && lemma_cue(c, g, parts[q], k)) return 1;
    x = g;
  }
  return 0;
}

/* "Sudan faces sanctions", "for Tehran to avoid UN sanctions", "spare Iran
 * from sanctions", "whether Sudan is hit with sanctions": a sanction noun
 * governed by a verb of undergoing targets that verb's subject (its object
 * when it has one; its passive subject).  Returns the target's phrase and
 * sets *THREAT when the verb speaks of a sanction still to come. */
static const np *undergoer(const ctx *c, int h, int *threat) {
  const gd_deps *d = &c->deps;
  int g = d->w[h].head;
  gd_rel r = d->w[h].rel;
  if (g < 0 || (r != GD_R_OBJ && r != GD_R_OBL) || !lemma_cue(c, g, -1, GD_CUE_UNDERGO)) return NULL;
  int w[GD_MAX_FILL];
  size_t n;
  int o = -1;
  for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_OBJ && k != h) o = k;
  if (gd_deps_passive(d, g)) n = gd_deps_slot(d, g, GD_SLOT_OBJ, NULL, 0, 1, w, GD_MAX_FILL);
  else if (o >= 0) w[0] = o, n = 1;
  else n = gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  *threat = !gd_deps_is(d, g, "hit") && !gd_deps_is(d, g, "suffered") && !gd_deps_is(d, g, "incurred");
  return n ? word_np(c, w[0]) : NULL;
}

/* The parts of speech the lexicon is sure of, for tokens [TB, TE) with
 * mentions M0..M1: names are proper nouns and demonyms adjectives ("a
 * Russian jet"), a trigger that is only ever a noun ("ally", "sanctions")
 * is a noun and a phrasal verb a verb, whatever the tagger would guess for a
 * rare word or a capitalized headline. */
static int lex_tags(ctx *c, size_t m0, size_t m1, size_t tb, size_t te) {
  if (te - tb > c->capforce) {
    signed char *f = realloc(c->force, te - tb);
    if (!f) return -1;
    c->force = f;
    c->capforce = te - tb;
  }
  memset(c->force, -1, te - tb);
  for (size_t k = m0; k < m1; k++) {
    const gd_mention *m = &c->m[k];
    if (m->tb < tb || m->te > te) continue;
    if (m->nents && !m->ntrig && !m->office) {
      int demonym = 1;
      for (unsigned q = 0; q < m->nents; q++) demonym &= m->how[q] == GD_NAME_DEMONYM;
      for (size_t i = m->tb; i < m->te; i++)
        if (c->t->tok[i].flags & GD_TOK_CAP)
          c->force[i - tb] = (signed char)(demonym && m->te == m->tb + 1 ? GD_UPOS_ADJ : GD_UPOS_PROPN);
    } else if (m->ntrig && !m->nents) {
      int nouns = 1, verbs = 1;
      for (unsigned q = 0; q < m->ntrig; q++) nouns &= m->trig[q]->pos == 'n', verbs &= m->trig[q]->pos == 'v';
      if (m->te == m->tb + 1 && nouns && (c->t->tok[m->tb].flags & GD_TOK_WORD))
        c->force[m->tb - tb] = GD_UPOS_NOUN;
      /* A phrasal verb ("shot down", "went to") is a verb: "a U.S. F-16
       * shot down an object" is no noun phrase "F-16 shot". */
      if (m->te > m->tb + 1 && verbs && (c->t->tok[m->tb].flags & GD_TOK_WORD))
        c->force[m->tb - tb] = GD_UPOS_VERB;
    }
  }
  return 0;
}

/* Fills GOT from the words the tree gives slot SL of the trigger headed by
 * word H; returns how many phrases it found. */
static unsigned tree_slot(const ctx *c, const gd_slot *sl, const gd_mention *tm, int h, int noun, int pass,
                          npset *got, int *words) {
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n;
  /* A verb phrase ending in its preposition ("went to", "arrived in"):
   * the object is that preposition's phrase. */
  int last = gd_deps_word(d, tm->te - 1);
  int ends_prep = tm->te - tm->tb > 1 && last >= 0 && last != h && d->w[last].rel == GD_R_CASE &&
                  d->w[last].head >= 0;
  if (sl->kind == GD_SLOT_OBJ && ends_prep) {
    w[0] = d->w[last].head;
    n = 1;
  } else if (sl->kind == GD_SLOT_SUBJ && ends_prep && pass) {
    /* "was shot down by": the trigger holds the agent's preposition, so
     * its frame reads the passive subject as its subject. */
    n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, 1, w, GD_MAX_FILL);
  } else {
    n = gd_deps_slot(d, h, sl->kind, sl->prep, noun, pass, w, GD_MAX_FILL);
    /* A sanction named as an object (or passive subject) is its agent's
     * own only when the verb imposes, lifts, eases, threatens or joins it
     * ("X imposed sanctions", "sanctions were imposed by X"); "X called the
     * sanctions an attempt", "the measures were blocked by X" speak of
     * others'. */
    int g = d->w[h].head;
    if (noun && sl->kind == GD_SLOT_SUBJ && tm->ntrig && tm->trig[0]->type == GEORDF_SANCTION && g >= 0 &&
        (d->w[h].rel == GD_R_OBJ || d->w[h].rel == GD_R_NSUBJ_PASS)) {
      size_t k = d->w[g].tok;
      unsigned own = (1u << GD_CUE_IMPOSE) | (1u << GD_CUE_LIFT) | (1u << GD_CUE_EASE) | (1u << GD_CUE_THREAT) |
                     (1u << GD_CUE_JOIN) | (1u << GD_CUE_ADD) | (1u << GD_CUE_AGREED) | (1u << GD_CUE_PLANNED);
      int ok = 0;
      for (int q = 0; q < GD_CUE_COUNT; q++)
        if (((own >> q) & 1) && has_cue(c, k, (gd_cue_kind)q)) ok = 1;
      if (!ok) n = 0;
    }
  }
  /* A relative clause the parser hung on the nearest noun may belong to a
   * higher one: what is shot down is the noun that flies ("a drone
   * launched from Syria, which a helicopter shot down"). */
  if (n == 1 && sl->role == GEORDF_ROLE_VICTIM && gd_deps_relative_fills(d, h, sl->kind == GD_SLOT_SUBJ ? !pass : pass)) {
    const np *p = word_np(c, w[0]);
    if (!(p && p->weapon) && !has_cue(c, d->w[w[0]].tok, GD_CUE_AIR)) {
      int up[7];
      up[0] = w[0];
      size_t nu = 1 + gd_deps_higher_nouns(d, w[0], up + 1, 6);
      /* (The noun itself, then those above it; each, or the noun its "of"
       * phrase names: "the interception of a drone launched from Syria,
       * which ...".) */
      int found = -1;
      for (size_t i = 0; i < nu && found < 0; i++)
        for (int k = up[i]; k >= 0 && found < 0; k = k == up[i] ? d->w[up[i]].first : d->w[k].next) {
          if (k != up[i] && d->w[k].rel != GD_R_NMOD) continue;
          const np *q = word_np(c, k);
          if (q && (q->weapon || has_cue(c, d->w[k].tok, GD_CUE_AIR))) found = k;
        }
      if (found >= 0) w[0] = found;
    }
  }
  /* Selection: the nearest clause subject that can fill the role. */
  if (sl->kind == GD_SLOT_SUBJ && noun && !pass) {
    int up[6];
    size_t nu = gd_deps_outer_subjects(d, h, up, 6);
    for (size_t i = 0; i < nu; i++) {
      const np *p = word_np(c, up[i]);
      if (p && filler(c, sl->role, p)) {
        w[0] = up[i];
        n = 1;
        break;
      }
    }
  }
  /* "by Russia worried NATO": a parse that runs two names together makes
   * the first a modifier of the second; the name right after the
   * preposition is the phrase's. */
  if (sl->kind == GD_SLOT_PREP)
    for (size_t i = 0; i < n; i++) {
      int cw = -1;
      for (int k = d->w[w[i]].first; k >= 0 && cw < 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_CASE) cw = k;
      size_t t = cw >= 0 ? d->w[cw].tok + 1 : 0;
      while (cw >= 0 && t < d->te && is_determiner(c, t)) t++;
      int first = cw >= 0 && t < d->te ? gd_deps_word(d, t) : -1;
      if (first >= 0 && first != w[i] && c->tok_np[t] >= 0 && c->tok_np[t] != c->tok_np[d->w[w[i]].tok] &&
          d->w[first].head == w[i] && d->w[first].rel == GD_R_COMPOUND && d->w[first].upos == GD_UPOS_PROPN &&
          d->w[w[i]].upos == GD_UPOS_PROPN)
        w[i] = first;
    }
  got->n = 0;
  *words = n > 0;
  for (size_t i = 0; i < n && got->n < GD_MAX_FILL; i++) {
    /* "Russian tourists", "Americans": people at large travel for no
     * state. */
    const gd_dword *x = &d->w[w[i]];
    /* (Nor are "US troops" visited the US: a destination is a place, so
     * such a phrase gives only the place of its "in" phrase: "NATO
     * headquarters in Brussels", "troops in Iraq".) */
    if ((sl->role == GEORDF_ROLE_VISITOR || sl->role == GEORDF_ROLE_DESTINATION) && x->upos == GD_UPOS_NOUN &&
        c->tok_np[x->tok] < 0 && x->e - x->b > 3 && c->text[x->e - 1] == 's' && c->text[x->e - 2] != 's') {
      if (sl->role == GEORDF_ROLE_VISITOR) { *words = 2; continue; }
      int in = -1;
      for (int k = x->first; k >= 0 && in < 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_NMOD && d->w[k].first >= 0 && d->w[d->w[k].first].rel == GD_R_CASE &&
            gd_deps_is(d, d->w[k].first, "in"))
          in = k;
      if (in < 0) { *words = 2; continue; }
      w[i] = in;
    }
    const np *p = word_np(c, w[i]);
    if (!p || (p->tb < tm->te && p->te > tm->tb)) continue;
    int dup = 0;
    for (unsigned k = 0; k < got->n; k++) dup |= got->v[k] == p;
    if (!dup) got->v[got->n++] = p;
  }
  return got->n;
}

/* Fills one trigger's frame and, when the core roles are there, adds the
 * event. */
static int apply_frame(ctx *c, const gd_trigger *tr, const gd_mention *tm, const gd_sentence *se, size_t np0,
                       size_t np1, const gd_date_expr *dates, size_t nd) {
  size_t stb = se->tb, ste = se->te;
  int noun = tr->pos == 'n';
  int same_event = 0; /* a definite reference back: the same sanction */
  /* "restrictions on arms transfers to Iran", "sanctions on countries
   * making purchases from Russia": a deal named as what a sanction covers
   * did not happen. */
  if (tr->type == GEORDF_ARMSDEAL) {
    for (size_t k = tm->tb, steps = 0; k > stb && steps < 6; steps++) {
      k--;
      if (boundary(c, k) || is_punct(c, k, ",")) break;
      const gd_mention *m = mention_at(c, k);
      if (m && m->ntrig && m->trig[0]->type == GEORDF_SANCTION) return 0;
      if (m) k = m->tb;
    }
  }
  /* "the measures", "such steps": only after a word that points back, and
   * only when there is something to point back to. */
  if (tr->flags & GD_TRIG_ANAPHOR) {
    if (tr->type == GEORDF_SANCTION && !c->sanc_target) return 0;
    /* "the measures" are the last ones again; "tougher measures",
     * "parallel measures" are new ones of the same kind. */
    static const char *const same[] = {"the", "these", "those", "such", "its", "their", "same", NULL};
    static const char *const more[] = {"similar", "parallel", "tougher", "further", "additional", "more", "new",
                                       "fresh", "harsher", "stricter", NULL};
    int back = 0;
    for (size_t k = tm->tb; k > stb && k + 3 > tm->tb && !back; k--) {
      for (int i = 0; same[i]; i++) if (tok_is(c, k - 1, same[i])) back = 1;
      for (int i = 0; more[i]; i++) if (tok_is(c, k - 1, more[i])) back = 2;
      if (!plain(c, k - 1) && !back) break;
    }
    if (!back) return 0;
    same_event = back == 1;
  }
  /* A word that is both verb and noun ("supply", "visit") takes its part
   * of speech from the word before: "the supply", "its visit" are nouns,
   * "to supply", "will visit", "they visit" verbs. */
  int has_v = 0, has_n = 0;
  for (unsigned q = 0; q < tm->ntrig; q++) {
    if (tm->trig[q]->pos == 'n') has_n = 1;
    else has_v = 1;
  }
  /* The trigger's head word in the parse, or -1. */
  int hw = c->parsed ? gd_deps_span_head(&c->deps, tm->tb, tm->te) : -1;
  /* With a parse, the tagger decides between the readings ("Minister
   * visits Libya", "the visits of"). */
  int tagged = 0;
  if (hw >= 0 && has_v && has_n) {
    int w = hw;
    int u = w >= 0 ? c->deps.w[w].upos : -1;
    /* (A "noun" with a subject and no copula is a verb the tagger missed:
     * "Minister visits Libya".) */
    if (u == GD_UPOS_NOUN) {
      int subj = 0, cop = 0;
      for (int k = c->deps.w[w].first; k >= 0; k = c->deps.w[k].next) {
        subj |= c->deps.w[k].rel == GD_R_NSUBJ;
        cop |= c->deps.w[k].rel == GD_R_COP;
      }
      if (subj && !cop) u = GD_UPOS_VERB;
    }
    if (u == GD_UPOS_VERB || u == GD_UPOS_NOUN || u == GD_UPOS_PROPN) {
      if (noun != (u != GD_UPOS_VERB)) return 0;
      tagged = 1;
    }
  }
  /* (A phrasal verb with no noun reading stays a verb: "its air force shot
   * down".) */
  if (!tagged && !noun && tm->tb > stb && (has_n || tm->te - tm->tb == 1)) {
    /* "a lavish welcome", "the supply": a determiner before the word
     * (over at most two adjectives) makes it a noun. */
    size_t k = tm->tb, adj = 0;
    /* (A plural there is a noun, the verb's subject: "its forces downed".) */
    while (k > stb && adj < 2 && plain(c, k - 1) && !(c->t->tok[k - 1].flags & GD_TOK_CAP)) {
      const char *w = c->t->tok[k - 1].norm;
      size_t l = strlen(w);
      if (l > 3 && w[l - 1] == 's' && w[l - 2] != 's') break;
      k--;
      adj++;
    }
    if (adj && k < tm->tb && (k == stb || !is_determiner(c, k - 1))) adj = 0, k = tm->tb;
    if (k > stb && (adj > 0 || !has_n) && is_determiner(c, k - 1) && !tok_is(c, k - 1, "both") &&
        !tok_is(c, k - 1, "all"))
      return 0;
  }
  if (!tagged && has_v && has_n && tm->tb > stb) {
    size_t k = tm->tb - 1;
    static const char *const verbish[] = {"to", "will", "would", "can", "could", "may", "might", "must",
                                          "should", "shall", "did", "does", "do", "he", "she", "they",
                                          "we", "i", "it", "not", "also", NULL};
    int det = is_determiner(c, k) || (c->t->tok[k].flags & GD_TOK_POSS) ||
              (c->tok_np[k] >= 0 && (c->nps[c->tok_np[k]].poss || (!c->nps[c->tok_np[k]].head &&
                                                                   !c->nps[c->tok_np[k]].person)));
    int verb = 0;
    for (int w = 0; verbish[w]; w++) if (tok_is(c, k, verbish[w])) verb = 1;
    if (!noun && det && !verb) return 0;
    if (noun && verb) return 0;
  }
  /* "non-aligned", "anti-sanctions": a prefix that turns the word round. */
  if (tm->tb >= stb + 2 && (c->t->tok[tm->tb - 1].flags & GD_TOK_HYPHEN)) {
    const char *pre = c->t->tok[tm->tb - 2].norm;
    if (!strcmp(pre, "non") || !strcmp(pre, "anti") || !strcmp(pre, "un") || !strcmp(pre, "ex") ||
        !strcmp(pre, "post") || !strcmp(pre, "pre") || !strcmp(pre, "semi") || !strcmp(pre, "self"))
      return 0;
  }
  /* A trigger inside a compound ("the Iran-aligned Houthis") relates the
   * compound's modifier to its head, and nothing else. */
  if (c->tok_np[tm->tb] >= 0) {
    const np *p = &c->nps[c->tok_np[tm->tb]];
    const geordf_entity *a = p->mod, *b = p->person ? p->person : p->head;
    if (tr->type != GEORDF_ALLIANCE || !a || !b) return 0;
    /* (Only when what the compound modifies is itself the named actor: "a
     * US-backed UN resolution" is no alliance of the US and the UN.) */
    if (hw >= 0) {
      int w = hw, g = c->deps.w[w].head;
      gd_rel r = (gd_rel)c->deps.w[w].rel;
      if (g >= 0 && (r == GD_R_AMOD || r == GD_R_COMPOUND || r == GD_R_ACL) &&
          c->tok_np[c->deps.w[g].tok] != c->tok_np[tm->tb])
        return 0;
    }
    if (b->kind == GD_KIND_PERSON) b = gd_person_state(b, c->have_date ? c->date : "");
    if (!b || a == b) return 0;
    geordf_event *out = gd_events_add(c->evs, GEORDF_ALLIANCE);
    if (!out) return -1;
    gd_event_fill(out, GEORDF_ROLE_PARTY, a);
    gd_event_fill(out, GEORDF_ROLE_PARTY, b);
    out->confidence = tr->weight * 0.9;
    return gd_event_add_evidence(out, se->b, se->e);
  }
  /* "the alliance's border": a trigger that is itself a possessor. */
  if (tm->te < ste && (c->t->tok[tm->te].flags & GD_TOK_POSS)) return 0;
  /* Voice from the tree; the word-order reading stays for the slots the
   * tree leaves empty. */
  int wpass = passive(c, tr, tm->tb, tm->te, stb, ste, np0, np1);
  int pass = hw >= 0 ? gd_deps_passive(&c->deps, hw) : wpass;
  geordf_event tmp;
  memset(&tmp, 0, sizeof tmp);
  tmp.type = tr->type;
  (void)0;
  npset split = {{0}, 0}; /* Visit destinations coordinated: one visit each */
  char dir_fill[GEORDF_ROLE_COUNT] = {0}; /* roles filled by a "to" or "from" phrase */
  const geordf_entity *subj_party[GD_MAX_FILL];
  unsigned n_subj_party = 0, n_other_party = 0;
  const np *obj_np = NULL;
  int victim_unknown = 0; /* the tree's object is a thing the lexicon does not know */
  int host_subject = 0;   /* the host was read from the subject slot */
  char acat = 0; /* what was downed: 'A'ircraft, 'D'rone, 'H'elicopter, 'M'issile */
  for (unsigned s = 0; s < tr->nslots; s++) {
    const gd_slot *sl = &tr->slots[s];
    npset got = {{0}, 0};
    /* In the passive the subject slot reads the by-phrase and the object
     * slot the phrase before the verb (see the cases below). */
    int words = 0;
    int from_tree = hw >= 0 && !strchr(sl->prep ? sl->prep : "", ' ') &&
                    tree_slot(c, sl, tm, hw, noun, pass, &got, &words);
    /* The tree names a filler the lexicon does not know ("shot down an
     * unidentified object"): the slot stays empty rather than be read by
     * word order. */
    /* (Nor when the tree's only fillers are people at large: "to host
     * French and German allies".) */
    int unknown = !from_tree && ((words && sl->kind == GD_SLOT_OBJ && sl->role == GEORDF_ROLE_VICTIM) || words == 2);
    if (unknown) victim_unknown = 1;
    npset tree = got;
    int tree_pron = 0;
    for (unsigned a = 0; a < tree.n; a++) {
      int wi = tree.v[a]->tb + 1 == tree.v[a]->te ? gd_deps_word(&c->deps, tree.v[a]->tb) : -1;
      if (wi >= 0 && c->deps.w[wi].upos == GD_UPOS_PRON) tree_pron = 1;
    }
    got.n = 0;
    if ((from_tree && sl->kind != GD_SLOT_SUBJ && sl->kind != GD_SLOT_OBJ) || unknown) {
      got = tree;
      /* the tree gave the slot */
    } else switch (sl->kind) {
    case GD_SLOT_SUBJ:
      if (wpass) find_prep(c, "by", tm->tb, tm->te, NULL, stb, np0, np1, &got);
      else if (!noun && nonfinite(c, tm, stb)) find_main_subj(c, tm->tb, stb, np0, np1, &got);
      else if (!(noun && find_appositive(c, tm->tb, stb, np0, np1, &got)))
        find_subj(c, tm->tb, stb, np0, np1, 0, &got);
      break;
    case GD_SLOT_OBJ:
      if (wpass) find_subj(c, tm->tb, stb, np0, np1, 1, &got);
      else find_obj(c, tm->te, stb, np0, np1, &got);
      if (!wpass && !got.n && !noun) find_obj_relative(c, tm->tb, stb, np0, np1, &got);
      break;
    case GD_SLOT_POSS: find_poss(c, tm->tb, np0, np1, &got); break;
    case GD_SLOT_PREP: find_prep(c, sl->prep, tm->tb, tm->te, noun ? tr : NULL, stb, np0, np1, &got); break;
    }
    /* A dateline ("BAGHDAD (Reuters) -") is no argument, whatever word
     * order would read. */
    if (hw >= 0 && c->deps.tb > stb) {
      unsigned k = 0;
      for (unsigned a = 0; a < got.n; a++)
        if (got.v[a]->tb >= c->deps.tb) got.v[k++] = got.v[a];
      got.n = k;
    }
    /* The tree picks the phrase; a list the chunker read around it ("A,
     * B and C" where the parser kept only "B and C") spreads it. */
    if (from_tree) {
      int within = got.n > 0;
      for (unsigned a = 0; a < tree.n && within; a++) {
        int f = 0;
        for (unsigned b = 0; b < got.n; b++) f |= got.v[b] == tree.v[a];
        within = f;
      }
      /* (A pronoun is resolved better by the reading of the whole text:
       * "they" after "the two countries" is both.) */
      if (!within && !(tree_pron && got.n)) got = tree;
    }
    /* For a noun the frame lists its readings in order of preference: the
     * first slot that fills a role wins ("Xi's visit", not also the
     * subject of the sentence that mentions it).  But in "X approved the
     * sale of jets to Turkey" the buyer is named, so the subject is the
     * seller (and in "the purchase ... from Russia" the buyer). */
    geordf_role role = sl->role;
    if (noun && tr->type == GEORDF_ARMSDEAL && sl->kind == GD_SLOT_SUBJ && tmp.nfill[role] && dir_fill[role] &&
        agreeing_verb_before(c, tm->tb, stb)) {
      geordf_role other = role == GEORDF_ROLE_RECIPIENT ? GEORDF_ROLE_SUPPLIER
                          : role == GEORDF_ROLE_SUPPLIER ? GEORDF_ROLE_RECIPIENT : role;
      if (!tmp.nfill[other]) role = other;
    }
    if (noun && tmp.nfill[role] && role != GEORDF_ROLE_PARTY) got.n = 0;
    /* (only "to" and "from" after the noun say which side a phrase is on:
     * "contracts with Russia" may be either) */
    if (got.n && sl->kind == GD_SLOT_PREP && got.v[0]->tb >= tm->te &&
        (!strcmp(sl->prep, "to") || !strcmp(sl->prep, "from")))
      dir_fill[role] = 1;
    for (unsigned g = 0; g < got.n; g++) {
      const np *p = got.v[g];
      if (role == GEORDF_ROLE_DESTINATION) p = venue_place(c, p, np1);
      /* "aligned itself with EU sanctions": the EU names the sanctions,
       * it is no partner. */
      if (role == GEORDF_ROLE_PARTY && sl->kind != GD_SLOT_SUBJ && p->te < ste && c->tok_m[p->te] >= 0 &&
          c->m[c->tok_m[p->te]].ntrig && c->m[c->tok_m[p->te]].trig[0]->type == GEORDF_SANCTION)
        continue;
      if (role == GEORDF_ROLE_DESTINATION && tr->type == GEORDF_VISIT && got.n > 1) {
        if (split.n < GD_MAX_FILL) split.v[split.n++] = p;
        continue;
      }
      if (role == GEORDF_ROLE_PARTY && p->mod && p->mod_poss && np_actor(c, p) != p->mod)
        gd_event_fill(&tmp, GEORDF_ROLE_PARTY, p->mod);
      for (int q = 0; q < 2; q++)
        if (p->also[q] && (role == GEORDF_ROLE_PARTY || role == GEORDF_ROLE_IMPOSER ||
                           role == GEORDF_ROLE_TARGET))
          gd_event_fill(&tmp, role, p->also[q]);
      const geordf_entity *e = filler(c, role, p);
      if (e) gd_event_fill(&tmp, role, e);
      if (e && role == GEORDF_ROLE_HOST && sl->kind == GD_SLOT_SUBJ) host_subject = 1;
      if (e && role == GEORDF_ROLE_PARTY) {
        if (sl->kind == GD_SLOT_SUBJ && n_subj_party < GD_MAX_FILL) {
          subj_party[n_subj_party++] = e;
          for (int q = 0; q < 2; q++)
            if (p->also[q] && n_subj_party < GD_MAX_FILL) subj_party[n_subj_party++] = p->also[q];
        } else if (sl->kind != GD_SLOT_SUBJ) n_other_party++;
      }
      /* Places and weapons inside the phrase fill the event's own roles. */
      if (role == GEORDF_ROLE_DESTINATION && p->place) gd_event_fill(&tmp, GEORDF_ROLE_PLACE, p->place);
      if (tr->type == GEORDF_SHOOTDOWN && role == GEORDF_ROLE_VICTIM && p->weapon)
        gd_event_fill(&tmp, GEORDF_ROLE_AIRCRAFT, p->weapon);
      if (tr->type == GEORDF_SHOOTDOWN && role == GEORDF_ROLE_VICTIM && !acat)
        acat = air_category(c, p);
      if (tr->type == GEORDF_ARMSDEAL && p->weapon && role != GEORDF_ROLE_SUPPLIER)
        gd_event_fill(&tmp, GEORDF_ROLE_ITEM, p->weapon);
      if (role == GEORDF_ROLE_VICTIM || role == GEORDF_ROLE_TARGET) obj_np = p;
    }
  }
  (void)obj_np;
  /* "X and Y agreed to lift relations to a strategic partnership": an
   * alliance noun with its parties unsaid binds the subjects of its
   * sentence, when they act for two states or more. */
  if (tr->type == GEORDF_ALLIANCE && noun && tmp.nfill[GEORDF_ROLE_PARTY] == 0) {
    npset ms = {{0}, 0};
    find_main_subj(c, tm->tb, stb, np0, np1, &ms);
    if (ms.n && ms.v[0]->te > tm->tb) ms.n = 0; /* only a subject read before the noun */
    geordf_event t2;
    memset(&t2, 0, sizeof t2);
    for (unsigned g = 0; g < ms.n; g++) {
      const geordf_entity *e = np_actor(c, ms.v[g]);
      if (e && (e->kind == GD_KIND_COUNTRY || e->kind == GD_KIND_ORG)) gd_event_fill(&t2, GEORDF_ROLE_PARTY, e);
    }
    for (unsigned g = 0; t2.nfill[GEORDF_ROLE_PARTY] >= 2 && g < t2.nfill[GEORDF_ROLE_PARTY]; g++)
      gd_event_fill(&tmp, GEORDF_ROLE_PARTY, t2.fill[GEORDF_ROLE_PARTY][g]);
  }
  /* "In Saudi Arabia, where he held talks with the king, he announced a
   * partnership": one party named, the other is the state the sentence
   * opens in. */
  if (tr->type == GEORDF_ALLIANCE && noun && tmp.nfill[GEORDF_ROLE_PARTY] == 1 && np1 > np0 &&
      c->nps[np0].tb == stb + 1 && tok_is(c, stb, "in") && !c->nps[np0].person && c->nps[np0].te < ste &&
      is_punct(c, c->nps[np0].te, ",")) {
    const geordf_entity *e = np_actor(c, &c->nps[np0]);
    if (e && e->kind == GD_KIND_COUNTRY && e != tmp.fill[GEORDF_ROLE_PARTY][0])
      gd_event_fill(&tmp, GEORDF_ROLE_PARTY, e);
  }
  /* "a visit by X, whom Prime Minister Y welcomed": with no destination, a
   * single leader of another state in the sentence gives it. */
  if (tr->type == GEORDF_VISIT && noun && tmp.nfill[GEORDF_ROLE_VISITOR] && !tmp.nfill[GEORDF_ROLE_DESTINATION]) {
    const geordf_entity *v = tmp.fill[GEORDF_ROLE_VISITOR][0];
    const char *d = c->have_date ? c->date : "";
    const geordf_entity *home = v->kind == GD_KIND_PERSON ? gd_person_state(v, d) : v;
    const geordf_entity *host = NULL;
    int n = 0;
    for (size_t a = np0; a < np1; a++) {
      const geordf_entity *h = c->nps[a].person;
      const geordf_entity *st = h ? gd_person_state(h, d) : NULL;
      if (h && h != v && st && st != home && st->kind == GD_KIND_COUNTRY && h != host) { host = h; n++; }
    }
    if (n == 1) {
      gd_event_fill(&tmp, GEORDF_ROLE_HOST, host);
      gd_event_fill(&tmp, GEORDF_ROLE_DESTINATION, gd_person_state(host, d));
    }
  }
  /* "the jet", "the airliner": a definite aircraft word refers back to the
   * last aircraft downed in the document. */
  if (tr->type == GEORDF_SHOOTDOWN && !tmp.nfill[GEORDF_ROLE_VICTIM] && c->sd_victim) {
    for (size_t k = tm->te; k + 1 < ste && k < tm->te + 4; k++) {
      if ((tok_is(c, k, "the") || tok_is(c, k, "that")) && has_cue(c, k + 1, GD_CUE_ARMS)) {
        gd_event_fill(&tmp, GEORDF_ROLE_VICTIM, c->sd_victim);
        if (c->sd_aircraft) gd_event_fill(&tmp, GEORDF_ROLE_AIRCRAFT, c->sd_aircraft);
        break;
      }
    }
  }
  /* "the embargo", "its ban": a definite sanction word with no target
   * refers back to the last sanction of the document. */
  if (tr->type == GEORDF_SANCTION && noun && !tmp.nfill[GEORDF_ROLE_TARGET] && c->sanc_target) {
    /* A sanction whose imposer is named but whose target is not, opening
     * its sentence ("Restrictions imposed by the Council were lifted"),
     * continues the document's story too. */
    if (tmp.nfill[GEORDF_ROLE_IMPOSER] && tm->tb <= stb + 1 && tmp.fill[GEORDF_ROLE_IMPOSER][0] != c->sanc_target)
      gd_event_fill(&tmp, GEORDF_ROLE_TARGET, c->sanc_target);
    for (size_t k = tm->tb; k > stb && k + 3 > tm->tb && !tmp.nfill[GEORDF_ROLE_TARGET]; k--) {
      const char *w = c->t->tok[k - 1].norm;
      if (!strcmp(w, "the") || !strcmp(w, "its") || !strcmp(w, "their") || !strcmp(w, "this") ||
          !strcmp(w, "these") || !strcmp(w, "those") || !strcmp(w, "such") || !strcmp(w, "parallel") ||
          !strcmp(w, "similar") || !strcmp(w, "further") || !strcmp(w, "additional") ||
          !strcmp(w, "tougher") || !strcmp(w, "more")) {
        gd_event_fill(&tmp, GEORDF_ROLE_TARGET, c->sanc_target);
        if (!tmp.nfill[GEORDF_ROLE_IMPOSER] && c->sanc_imposer)
          gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, c->sanc_imposer);
        break;
      }
    }
  }
  int undergo_threat = -1;
  if (tr->type == GEORDF_SANCTION && noun && hw >= 0) {
    int threat = 0;
    const np *p = undergoer(c, hw, &threat);
    const geordf_entity *e = p ? np_actor(c, p) : NULL;
    if (e) {
      tmp.nfill[GEORDF_ROLE_TARGET] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_TARGET, e);
      if (tmp.nfill[GEORDF_ROLE_IMPOSER] && tmp.fill[GEORDF_ROLE_IMPOSER][0] == e) tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
      undergo_threat = threat;
    }
  }
  /* "adding Montenegro to its ban", "added 20 firms to its blacklist":
   * what is added to a sanction is its target. */
  if (tr->type == GEORDF_SANCTION && noun) {
    size_t k = tm->tb;
    while (k > stb && k + 4 > tm->tb && !tok_is(c, k - 1, "to") &&
           (is_determiner(c, k - 1) || plain(c, k - 1) || (c->tok_np[k - 1] >= 0 && c->nps[c->tok_np[k - 1]].poss) ||
            (c->t->tok[k - 1].flags & GD_TOK_POSS)))
      k--;
    if (k > stb + 1 && tok_is(c, k - 1, "to") && c->tok_np[k - 2] >= 0) {
      const np *p = &c->nps[c->tok_np[k - 2]];
      if (p->tb > stb && has_cue(c, p->tb - 1, GD_CUE_ADD)) {
        const geordf_entity *e = np_actor(c, p);
        /* The one who adds is the imposer ("Moscow responded by adding
         * Montenegro to its ban": not the nearer Montenegro). */
        npset s = {{0}, 0};
        find_subj(c, p->tb - 1, stb, np0, np1, 0, &s);
        if (!s.n) find_main_subj(c, p->tb - 1, stb, np0, np1, &s);
        if (s.n && s.v[0]->te > p->tb) s.n = 0;
        const geordf_entity *by = s.n ? np_actor(c, s.v[0]) : NULL;
        if (by && by != e) {
          tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
          gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, by);
        }
        if (e && (!tmp.nfill[GEORDF_ROLE_IMPOSER] || e != tmp.fill[GEORDF_ROLE_IMPOSER][0])) {
          tmp.nfill[GEORDF_ROLE_TARGET] = 0;
          gd_event_fill(&tmp, GEORDF_ROLE_TARGET, e);
        }
      }
    }
  }
  /* "answer Russia's sanctions with measures of its own": retaliation
   * targets whoever imposed the last sanctions. */
  const geordf_entity *answered = c->last_imposer;
  if (tr->type == GEORDF_SANCTION && !(tr->flags & GD_TRIG_RECIPROCAL) && tmp.nfill[GEORDF_ROLE_IMPOSER])
    c->last_imposer = tmp.fill[GEORDF_ROLE_IMPOSER][0];
  if ((tr->flags & GD_TRIG_RECIPROCAL) && !tmp.nfill[GEORDF_ROLE_TARGET] && answered &&
      tmp.nfill[GEORDF_ROLE_IMPOSER] && tmp.fill[GEORDF_ROLE_IMPOSER][0] == answered) {
    /* The nearer phrase was the sanctions answered ("Russia's"); the one
     * who answers is the sentence's subject. */
    const geordf_entity *e = NULL;
    for (size_t a = np1; a > np0 && !e; a--) {
      const np *p = &c->nps[a - 1];
      if (p->te > tm->tb || np_actor(c, p) != answered) continue;
      npset ms = {{0}, 0};
      find_subj(c, p->tb, stb, np0, np1, 0, &ms);
      e = ms.n ? np_actor(c, ms.v[0]) : NULL;
      if (e == answered) e = NULL;
      break;
    }
    tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
    if (e) gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, e);
  }
  if ((tr->flags & GD_TRIG_RECIPROCAL) && !tmp.nfill[GEORDF_ROLE_TARGET] && answered &&
      (!tmp.nfill[GEORDF_ROLE_IMPOSER] || tmp.fill[GEORDF_ROLE_IMPOSER][0] != answered)) {
    gd_event_fill(&tmp, GEORDF_ROLE_TARGET, answered);
    if (!tmp.nfill[GEORDF_ROLE_IMPOSER] && c->sanc_target && c->sanc_target != answered)
      gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, c->sanc_target);
  }
  /* A host names the destination when nothing else does, when it is the
   * subject ("Modi hosted Abe": at home); someone met ("Netanyahu met Modi
   * at the airport") may be at home or away. */
  if (tr->type == GEORDF_VISIT && !tmp.nfill[GEORDF_ROLE_DESTINATION] && tmp.nfill[GEORDF_ROLE_HOST] &&
      host_subject) {
    const geordf_entity *h = tmp.fill[GEORDF_ROLE_HOST][0];
    const geordf_entity *st = h->kind == GD_KIND_PERSON ? gd_person_state(h, c->have_date ? c->date : "") : h;
    if (st && st->kind == GD_KIND_COUNTRY) gd_event_fill(&tmp, GEORDF_ROLE_DESTINATION, st);
  }
  if (tr->flags & GD_TRIG_SYMMETRIC) {
    /* "A and B allied": every party found in any slot is a party. */
  }
  if (c->debug) {
    fprintf(stderr, "  T %s pass=%d roles:", tr->iri, pass);
    for (int r = 0; r < GEORDF_ROLE_COUNT; r++)
      for (unsigned q = 0; q < tmp.nfill[r]; q++)
        fprintf(stderr, " %s=%s", geordf_role_name((geordf_role)r), tmp.fill[r][q]->label);
    fputc('\n', stderr);
  }
  /* One event per traveller and destination ("X and Y flew to Z", "will
   * visit A and B"); "A and B are allies of C" is two alliances with C. */
  size_t nsplit = split.n ? split.n : 1;
  size_t nvis = tr->type == GEORDF_VISIT && tmp.nfill[GEORDF_ROLE_VISITOR] > 1 ? tmp.nfill[GEORDF_ROLE_VISITOR] : 1;
  /* (Only when the others are not the subjects again: "A and B raised
   * relations between A and B to a partnership" is one alliance.) */
  size_t n_new_party = 0;
  for (unsigned q = 0; q < tmp.nfill[GEORDF_ROLE_PARTY]; q++) {
    int is_subj = 0;
    for (unsigned z = 0; z < n_subj_party; z++) if (subj_party[z] == tmp.fill[GEORDF_ROLE_PARTY][q]) is_subj = 1;
    if (!is_subj) n_new_party++;
  }
  if (!n_new_party) n_other_party = 0;
  size_t npair = tr->type == GEORDF_ALLIANCE && n_subj_party >= 2 && n_other_party >= 1 ? n_subj_party : 1;
  if (npair > 1) nvis = 1;
  for (size_t si = 0; si < nsplit * nvis * npair; si++) {
    geordf_event ev = tmp;
    size_t di = si % nsplit, vi = (si / nsplit) % nvis, pi = si / (nsplit * nvis);
    if (split.n) {
      const np *p = split.v[di];
      const geordf_entity *e = filler(c, GEORDF_ROLE_DESTINATION, p);
      if (!e) continue;
      ev.nfill[GEORDF_ROLE_DESTINATION] = 0;
      gd_event_fill(&ev, GEORDF_ROLE_DESTINATION, e);
      if (p->place) { ev.nfill[GEORDF_ROLE_PLACE] = 0; gd_event_fill(&ev, GEORDF_ROLE_PLACE, p->place); }
    }
    if (nvis > 1) {
      ev.fill[GEORDF_ROLE_VISITOR][0] = tmp.fill[GEORDF_ROLE_VISITOR][vi];
      ev.nfill[GEORDF_ROLE_VISITOR] = 1;
    }
    if (npair > 1) {
      /* Keep this subject and every party that is not a subject. */
      unsigned k = 0;
      for (unsigned q = 0; q < tmp.nfill[GEORDF_ROLE_PARTY]; q++) {
        const geordf_entity *e = tmp.fill[GEORDF_ROLE_PARTY][q];
        int is_subj = 0;
        for (unsigned z = 0; z < n_subj_party; z++) if (subj_party[z] == e) is_subj = 1;
        if (!is_subj || e == subj_party[pi]) ev.fill[GEORDF_ROLE_PARTY][k++] = e;
      }
      ev.nfill[GEORDF_ROLE_PARTY] = k;
    }
    /* "Qatar signed for another 24": a number of more of the same is the
     * last weapon system named. */
    if (ev.type == GEORDF_ARMSDEAL && !ev.nfill[GEORDF_ROLE_ITEM] && c->last_weapon) {
      for (size_t k = tm->te; k + 1 < ste && k < tm->te + 3; k++)
        if ((tok_is(c, k, "another") || tok_is(c, k, "further") || tok_is(c, k, "additional")) &&
            (c->t->tok[k + 1].flags & GD_TOK_NUM)) {
          gd_event_fill(&ev, GEORDF_ROLE_ITEM, c->last_weapon);
          break;
        }
    }
    if (ev.type == GEORDF_ARMSDEAL) infer_supplier(c, &ev, tr);
    if (ev.type == GEORDF_ARMSDEAL) drop_civil_items(&ev);
    clean(c, &ev);
    if (tr->flags & GD_TRIG_ORG_OBJECT) {
      int org = 0;
      for (unsigned q = 0; q < ev.nfill[GEORDF_ROLE_PARTY]; q++)
        if (ev.fill[GEORDF_ROLE_PARTY][q]->kind == GD_KIND_ORG) org = 1;
      if (!org) continue;
    }
    /* Arms deals and shoot-downs need a weapon, or a word for one. */
    if ((tr->flags & GD_TRIG_NEEDS_OBJECT) && ev.type != GEORDF_SHOOTDOWN && !ev.nfill[GEORDF_ROLE_ITEM] &&
        !sentence_has_cue(c, stb, ste, GD_CUE_ARMS) && !sentence_has_weapon(c, np0, np1))
      continue;
    /* What is shot down flies: an aircraft, drone or missile, named or
     * called so. */
    if ((tr->flags & GD_TRIG_NEEDS_OBJECT) && ev.type == GEORDF_SHOOTDOWN &&
        !(ev.nfill[GEORDF_ROLE_AIRCRAFT] && flies(ev.fill[GEORDF_ROLE_AIRCRAFT][0])) &&
        !sentence_has_cue(c, stb, ste, GD_CUE_AIR))
      continue;
    /* "Sudan faces sanctions", "is hit with international sanctions": the
     * verb of undergoing makes it a sanction on Sudan, whoever imposes it. */
    /* (And a shoot-down of something no one is named for is still one:
     * "a U.S. F-16 shot down an unidentified object".) */
    if (!core_ok(&ev) && !(undergo_threat >= 0 && ev.type == GEORDF_SANCTION && ev.nfill[GEORDF_ROLE_TARGET]) &&
        !(victim_unknown && ev.type == GEORDF_SHOOTDOWN && ev.nfill[GEORDF_ROLE_ATTACKER]))
      continue;
    /* Attributes.  The predicates above the trigger: an event asked for
     * has not happened (a sanction asked for is threatened); one refused
     * or denied is negated. */
    int requested = hw >= 0 && governed_by(c, hw, GD_CUE_REQUEST);
    if (requested && ev.type != GEORDF_SANCTION) continue;
    if (hw >= 0 && governed_by(c, hw, GD_CUE_REFUSE)) ev.negated = 1;
    unsigned neg = 1u << GD_CUE_NEGATION;
    if ((tr->flags & GD_TRIG_NEGATIVE) ||
        nearest_cue(c, stb, tm->tb, tm->te, ste, neg, GD_CUE_WINDOW, 0) >= 0)
      ev.negated = 1;
    /* A visit called off did not happen. */
    if (ev.type == GEORDF_VISIT &&
        nearest_cue(c, stb, tm->tb, tm->te, ste, 1u << GD_CUE_CANCELLED, GD_CUE_WINDOW, 0) >= 0)
      ev.negated = 1;
    /* A noun's own predicate may follow it: "sanctions were expected". */
    if ((tr->flags & GD_TRIG_PLANNED) ||
        nearest_cue(c, stb, tm->tb, tm->te, ste, 1u << GD_CUE_PLANNED, GD_CUE_WINDOW, noun ? 4 : 0) >= 0)
      ev.planned = 1;
    if (ev.type == GEORDF_SANCTION) {
      unsigned mask = (1u << GD_CUE_LIFT) | (1u << GD_CUE_EASE) | (1u << GD_CUE_THREAT) | (1u << GD_CUE_IMPOSE);
      int q = nearest_cue(c, stb, tm->tb, tm->te, ste, mask, GD_CUE_WINDOW + 2, 4);
      /* "threatened to impose sanctions": a threat anywhere before the
       * trigger in its clause outweighs the nearer "impose". */
      if (q == GD_CUE_IMPOSE &&
          nearest_cue(c, stb, tm->tb, tm->te, ste, 1u << GD_CUE_THREAT, GD_CUE_WINDOW + 2, 0) >= 0)
        q = GD_CUE_THREAT;
      /* "Restrictions imposed by the Council ... were terminated": the
       * participle only describes the noun; the clause's verb decides. */
      if (q == GD_CUE_IMPOSE && noun && tm->te < ste && has_cue(c, tm->te, GD_CUE_IMPOSE)) {
        for (size_t k = tm->te + 1; k < ste && k < tm->te + 14; k++) {
          if (is_punct(c, k, ".;:") || has_cue(c, k, GD_CUE_BOUNDARY)) break;
          if (has_cue(c, k, GD_CUE_LIFT)) { q = GD_CUE_LIFT; break; }
          if (has_cue(c, k, GD_CUE_EASE)) { q = GD_CUE_EASE; break; }
        }
      }
      ev.status = q == GD_CUE_LIFT ? GEORDF_STATUS_LIFTED
                  : q == GD_CUE_EASE ? GEORDF_STATUS_EASED
                  : q == GD_CUE_THREAT ? GEORDF_STATUS_THREATENED
                  : q == GD_CUE_IMPOSE ? GEORDF_STATUS_IMPOSED
                  : tr->status ? tr->status : GEORDF_STATUS_IMPOSED;
      if (q < 0 && tr->status) ev.status = tr->status;
      if ((undergo_threat == 1 || requested) && ev.status == GEORDF_STATUS_IMPOSED) ev.status = GEORDF_STATUS_THREATENED;
      if (ev.status == GEORDF_STATUS_THREATENED) ev.planned = 0;
    } else if (ev.type == GEORDF_ARMSDEAL) {
      unsigned mask = (1u << GD_CUE_PLEDGE) | (1u << GD_CUE_AGREED) | (1u << GD_CUE_DELIVERED) |
                      (1u << GD_CUE_CANCELLED);
      int q = nearest_cue(c, stb, tm->tb, tm->te, ste, mask, GD_CUE_WINDOW + 2, 0);
      ev.status = q == GD_CUE_PLEDGE ? GEORDF_STATUS_PLEDGED
                  : q == GD_CUE_AGREED ? GEORDF_STATUS_AGREED
                  : q == GD_CUE_DELIVERED ? GEORDF_STATUS_DELIVERED
                  : q == GD_CUE_CANCELLED ? GEORDF_STATUS_CANCELLED
                  : tr->status;
      /* "plans to buy", "will supply": a verb's plan is a pledge, whatever
       * the verb would say in the past tense. */
      if (ev.planned && q < 0 && (ev.status == GEORDF_STATUS_NONE || tr->pos == 'v'))
        ev.status = GEORDF_STATUS_PLEDGED;
    }
    /* A verb in the simple present ("leaves", "flies") speaks of a plan. */
    const char *tw = c->t->tok[tm->tb].norm;
    size_t twl = strlen(tw);
    int present = tr->pos == 'v' && twl > 3 && tw[twl - 1] == 's' && tw[twl - 2] != 's';
    set_date(c, &ev, dates, nd, c->t->tok[tm->tb].b, se->b, present);
    unsigned roles = 0;
    for (int r = 0; r < GEORDF_ROLE_COUNT; r++) roles += ev.nfill[r] ? 1 : 0;
    double conf = tr->weight * (0.75 + 0.05 * (roles > 5 ? 5 : roles));
    ev.confidence = conf > 1.0 ? 1.0 : conf;
    ev.acat = acat;
    /* "the measures" only points back: a new mention of the last sanction,
     * unless someone else joins it. */
    if ((tr->flags & GD_TRIG_ANAPHOR) && ev.type == GEORDF_SANCTION) {
      int dup = 0;
      for (size_t q = c->evs->n; q-- > 0 && !dup;) {
        geordf_event *o = &c->evs->v[q];
        if (o->type != GEORDF_SANCTION || !same_set(o, &ev, GEORDF_ROLE_IMPOSER) ||
            !same_set(o, &ev, GEORDF_ROLE_TARGET) || (!same_event && o->status != ev.status))
          continue;
        if (gd_event_add_evidence(o, se->b, se->e)) return -1;
        dup = 1;
      }
      if (dup) {
        if (noun && add_joiner(c, &ev, tm->tb, stb, np0, np1, se->b, se->e)) return -1;
        continue;
      }
    }
    geordf_event *out = gd_events_add(c->evs, ev.type);
    if (!out) return -1;
    *out = ev;
    out->evidence = NULL;
    out->n_evidence = 0;
    out->item = NULL;
    if (gd_event_add_evidence(out, se->b, se->e)) return -1;
    if (ev.type == GEORDF_SANCTION && !ev.negated) {
      c->sanc_imposer = ev.fill[GEORDF_ROLE_IMPOSER][0];
      c->sanc_target = ev.fill[GEORDF_ROLE_TARGET][0];
    }
    if (ev.type == GEORDF_SHOOTDOWN && !ev.negated) {
      c->sd_victim = ev.fill[GEORDF_ROLE_VICTIM][0];
      c->sd_aircraft = ev.nfill[GEORDF_ROLE_AIRCRAFT] ? ev.fill[GEORDF_ROLE_AIRCRAFT][0] : NULL;
    }
    /* The item text: the words of the weapon phrase. */
    if ((ev.type == GEORDF_ARMSDEAL && ev.nfill[GEORDF_ROLE_ITEM]) ||
        (ev.type == GEORDF_SHOOTDOWN && ev.nfill[GEORDF_ROLE_AIRCRAFT])) {
      const geordf_entity *w = ev.fill[ev.type == GEORDF_ARMSDEAL ? GEORDF_ROLE_ITEM : GEORDF_ROLE_AIRCRAFT][0];
      if (gd_event_set_item(out, w->label, strlen(w->label))) return -1;
    }
    if (ev.type == GEORDF_SANCTION && noun && add_joiner(c, &ev, tm->tb, stb, np0, np1, se->b, se->e)) return -1;
  }
  return 0;
}

static void debug_sentence(const ctx *c, const gd_sentence *se, size_t m0, size_t m1, size_t np0) {
  fprintf(stderr, "S[%zu,%zu): %.*s\n", se->b, se->e, (int)(se->e - se->b), c->text + se->b);
  for (size_t k = m0; k < m1; k++) {
    const gd_mention *m = &c->m[k];
    fprintf(stderr, "  M %zu-%zu '%s..' ents=%u trig=%u cues=%x office=%s\n", m->tb, m->te,
            c->t->tok[m->tb].norm, m->nents, m->ntrig, m->cues, m->office ? m->office->office : "-");
  }
  for (size_t a = np0; a < c->nnp; a++) {
    const np *p = &c->nps[a];
    fprintf(stderr, "  NP %zu-%zu g%d person=%s head=%s mod=%s place=%s weapon=%s poss=%d\n", p->tb, p->te,
            p->group, p->person ? p->person->label : "-", p->head ? p->head->label : "-",
            p->mod ? p->mod->label : "-", p->place ? p->place->label : "-",
            p->weapon ? p->weapon->label : "-", p->poss);
  }
}

geordf_status geordf_extract(geordf_events **out, const geordf_lexicon *lex, const geordf_document *doc) {
  *out = NULL;
  if (!lex || !doc || (!doc->text && doc->text_len)) return GEORDF_ERR_ARG;
  geordf_status st = GEORDF_ERR_NOMEM;
  ctx c;
  memset(&c, 0, sizeof c);
  c.lex = lex;
  c.doc = doc;
  /* GEORDF_NO_PARSE=1 extracts by word order alone, to compare. */
  const char *nop = getenv("GEORDF_NO_PARSE");
  const gd_synmodel *syn = nop && *nop == '1' ? NULL : gd_lexicon_syntax(lex);
  if (syn) gd_deps_init(&c.deps, syn);
  if (doc->date && gd_date_parse_iso(&c.ymd, doc->date) == 0 && c.ymd.m && c.ymd.d) {
    c.have_date = 1;
    gd_date_format(&c.ymd, c.date);
  }
  char *combined = NULL;
  size_t *msent = NULL; /* first mention of each sentence */
  const char *dbg = getenv("GEORDF_DEBUG");
  int debug = dbg && *dbg == '1';
  c.debug = debug;
  c.evs = gd_events_new();
  if (!c.evs) goto cleanup;
  /* The headline is read first, as its own paragraph: it names the main
   * actors, which pronouns and "the embargo" in the text refer back to.
   * Offsets are shifted back to the text. */
  c.text = doc->text ? doc->text : "";
  size_t text_len = doc->text_len;
  if (doc->title && *doc->title) {
    size_t tl = strlen(doc->title);
    combined = malloc(tl + 2 + doc->text_len + 1);
    if (!combined) goto cleanup;
    memcpy(combined, doc->title, tl);
    for (size_t i = 0; i < tl; i++)
      if (combined[i] == '\n' || combined[i] == '\r') combined[i] = ' ';
    memcpy(combined + tl, "\n\n", 2);
    if (doc->text_len) memcpy(combined + tl + 2, doc->text, doc->text_len);
    combined[tl + 2 + doc->text_len] = '\0';
    c.title_len = tl + 2;
    c.text = combined;
    text_len += c.title_len;
  }
  c.t = gd_tokenize(c.text, text_len);
  if (!c.t) goto cleanup;
  c.tok_m = malloc((c.t->ntok + 1) * sizeof *c.tok_m);
  c.tok_np = malloc((c.t->ntok + 1) * sizeof *c.tok_np);
  if (!c.tok_m || !c.tok_np) goto cleanup;
  for (size_t i = 0; i < c.t->ntok; i++) c.tok_m[i] = c.tok_np[i] = -1;
  /* Lexicon phrases first, for the whole document: most news holds no
   * trigger at all, and then there is nothing more to do. */
  msent = malloc((c.t->nsent + 1) * sizeof *msent);
  if (!msent) goto cleanup;
  int any_trigger = 0;
  for (size_t s = 0; s < c.t->nsent; s++) {
    const gd_sentence *se = &c.t->sent[s];
    msent[s] = c.nm;
    if (gd_match(lex, c.t, se->tb, se->te, &c.m, &c.nm, &c.capm)) goto cleanup;
    for (size_t k = msent[s]; k < c.nm; k++) {
      for (size_t i = c.m[k].tb; i < c.m[k].te; i++) c.tok_m[i] = (int)k;
      if (c.m[k].ntrig) any_trigger = 1;
    }
  }
  msent[c.t->nsent] = c.nm;
  for (size_t s = 0; any_trigger && s < c.t->nsent; s++) {
    const gd_sentence *se = &c.t->sent[s];
    size_t m0 = msent[s], m1 = msent[s + 1];
    size_t np0;
    c.sent_tb = se->tb;
    c.sent_subj = NULL;
    memcpy(c.states0, c.states, sizeof c.states);
    if (build_nps(&c, se->tb, se->te, &np0)) goto cleanup;
    size_t np1 = c.nnp;
    /* A dateline: a place in capitals opening a sentence, then a dash. */
    if (!c.dateline && np1 > np0 && c.nps[np0].te < se->te && dateline_np(&c, &c.nps[np0], se->tb))
      c.dateline = c.nps[np0].place->country;
    if (debug) debug_sentence(&c, se, m0, m1, np0);
    /* Dates are only read in sentences that hold a trigger. */
    gd_date_expr dates[16];
    size_t nd = 0;
    c.parsed = 0;
    for (size_t k = m0; k < m1; k++)
      if (c.m[k].ntrig) {
        nd = gd_date_find(c.text + se->b, se->e - se->b, c.have_date ? &c.ymd : NULL, dates, 16);
        /* (A sentence with no actor in it gives no frame anything to
         * fill: most triggers of ordinary news are such words in other
         * senses, and the parse is most of the cost.) */
        if (syn && np1 > np0) {
          size_t pb = after_dateline(&c, se->tb, se->te);
          if (lex_tags(&c, m0, m1, pb, se->te) || gd_deps_parse(&c.deps, c.t, c.text, pb, se->te, c.force))
            goto cleanup;
          c.parsed = 1;
          if (debug) {
            fputs("  D", stderr);
            for (size_t i = 0; i < c.deps.n; i++)
              fprintf(stderr, " %zu:%.*s/%d>%d", i, (int)(c.deps.w[i].e - c.deps.w[i].b), c.text + c.deps.w[i].b,
                      c.deps.w[i].rel, c.deps.w[i].head);
            fputc('\n', stderr);
          }
        }
        break;
      }
    for (size_t k = m0; k < m1; k++) {
      const gd_mention *tm = &c.m[k];
      for (unsigned q = 0; q < tm->ntrig; q++)
        if (apply_frame(&c, tm->trig[q], tm, se, np0, np1, dates, nd)) goto cleanup;
    }
  }
  if (merge_events(c.evs) || merge_partial(c.evs)) goto cleanup;
  if (c.title_len) {
    for (size_t i = 0; i < c.evs->n;) {
      geordf_event *ev = &c.evs->v[i];
      size_t k = 0;
      for (size_t e = 0; e < ev->n_evidence; e++) {
        if (ev->evidence[e].begin < c.title_len) continue;
        ev->evidence[k].begin = ev->evidence[e].begin - c.title_len;
        ev->evidence[k].end = ev->evidence[e].end - c.title_len;
        k++;
      }
      /* An event the headline alone states is kept (wire items often
       * state it only there): with no span of the text, it is derived
       * from the document, whose title the output carries. */
      ev->n_evidence = k;
      i++;
    }
  }
  *out = c.evs;
  c.evs = NULL;
  st = GEORDF_OK;
cleanup:
  geordf_events_free(c.evs);
  if (syn) gd_deps_free(&c.deps);
  free(c.force);
  gd_tokens_free(c.t);
  free(c.tok_m);
  free(c.tok_np);
  free(c.m);
  free(c.nps);
  free(combined);
  free(msent);
  return st;
}
