/* geordf: what extraction knows of shoot-downs alone: what flies, and the
 * kind of thing downed.
 * SPDX-License-Identifier: MIT */
#include "extract-ctx.h"
#include "extract-frame.h"
#include "extract-merge.h"
#include "extract-np.h"
#include "extract-tree.h"
#include "extract-types.h"
#include "ud.h"

#include <string.h>

/* ---- the type's rules (its row in schema.c points here) ------------------ */

/* (A shoot-down of no one named is still one, when its attacker is known:
 * see apply_frame().) */
static int shootdown_core_ok(const geordf_event *ev) { return ev->nfill[GEORDF_ROLE_VICTIM] > 0; }

static int shootdown_mergeable(const geordf_event *a, const geordf_event *b) {
  if (!same_year(a, b)) return 0;
  if (a->nfill[GEORDF_ROLE_AIRCRAFT] && b->nfill[GEORDF_ROLE_AIRCRAFT] && !same_set(a, b, GEORDF_ROLE_AIRCRAFT))
    return 0; /* a Su-34 and a drone are two events */
  if (a->acat && b->acat && a->acat != b->acat) return 0;
  return same_set(a, b, GEORDF_ROLE_VICTIM) &&
         (!a->nfill[GEORDF_ROLE_ATTACKER] || !b->nfill[GEORDF_ROLE_ATTACKER] ||
          same_set(a, b, GEORDF_ROLE_ATTACKER));
}

const gd_type_rules gd_shootdown_rules = {shootdown_core_ok, shootdown_mergeable};

int flies(const geordf_entity *w) {
  return w->cls && (!strcmp(w->cls, "Aircraft") || !strcmp(w->cls, "Drone") || !strcmp(w->cls, "Helicopter") ||
                    !strcmp(w->cls, "Missile"));
}

/* The kind of thing downed, from the weapon or the word after the phrase
 * ("a Syrian drone"), so that a jet and a drone are not merged.  (The
 * weapon only when the phrase names the thing itself, OWN: in "a missile
 * launched by a Russian Su-34" the jet launched it.) */
char air_category(const ctx *c, const np *p, int own) {
  if (own && p->weapon && p->weapon->cls && flies(p->weapon)) {
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
    /* (Every word of the phrase: "a cruise missile", "an unmanned aerial
     * vehicle" are no aircraft; and of the words between it and the state's
     * adjective: "an Indian pilotless reconnaissance plane".) */
    const gd_mention *m = mention_at(c, k);
    for (size_t i = k >= p->te && m->tb > p->te ? p->te : m->tb; i < m->te; i++) {
      const char *w = c->t->tok[i].norm;
      if (!strncmp(w, "drone", 5) || !strncmp(w, "uav", 3) || !strcmp(w, "unmanned") || !strcmp(w, "pilotless"))
        return 'D';
      if (!strncmp(w, "helicopter", 10) || !strncmp(w, "gunship", 7)) return 'H';
      if (!strncmp(w, "missile", 7) || !strncmp(w, "rocket", 6) || !strncmp(w, "projectile", 10)) return 'M';
    }
    /* "an unmanned Georgian reconnaissance plane": the adjective before
     * the state's says what the plane after it is. */
    if (k >= p->te && p->tb > c->sent_tb &&
        (tok_is(c, p->tb - 1, "unmanned") || tok_is(c, p->tb - 1, "pilotless")))
      return 'D';
    return 'A';
  }
  return 0;
}

/* Whether the object of the verb at word H is a word for an aircraft with
 * a crew ("helicopters", "an airliner"), not for a drone or a missile. */
int manned_object(const ctx *c, int h) {
  static const char *const unmanned[] = {"drone", "uav", "unmanned", "missile", "rocket", "projectile", "shell", NULL};
  const gd_deps *d = &c->deps;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
    if (d->w[k].rel != GD_R_OBJ || !has_cue(c, d->w[k].tok, GD_CUE_AIR)) continue;
    const char *w = c->t->tok[d->w[k].tok].norm;
    for (int i = 0; unmanned[i]; i++)
      if (!strncmp(w, unmanned[i], strlen(unmanned[i]))) return 0;
    return 1;
  }
  return 0;
}

/* "crossed into Israeli airspace and was shot down", "violated Turkey's
 * airspace": the state whose airspace the sentence names is the one that
 * defends it, when no one else is named.  Returns it, or NULL. */
const geordf_entity *airspace_owner(const ctx *c, size_t stb, size_t ste) {
  for (size_t k = stb + 1; k < ste; k++) {
    if (!tok_is(c, k, "airspace")) continue;
    size_t q = k - 1;
    if ((c->t->tok[q].flags & GD_TOK_POSS) && q > stb) q--;
    if (c->tok_np[q] < 0) continue;
    const np *p = &c->nps[c->tok_np[q]];
    const geordf_entity *e = p->head ? p->head : p->mod;
    if (e && e->kind == GD_KIND_COUNTRY) return e;
  }
  return NULL;
}

/* Whether the object of the shoot-down verb at word H (in the passive,
 * PASS, its subject) is a word for things that fly that a service names
 * without its state: "an unarmed Navy reconnaissance plane", "a Navy patrol
 * bomber", "an Air Force jet" (capitalised, among the words before it,
 * with no state or person named in them). */
int service_aircraft(const ctx *c, int h, int pass) {
  static const char *const service[] = {"navy", "army", "marine", "marines", "force", "guard", NULL};
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, pass, w, GD_MAX_FILL);
  for (size_t i = 0; i < n; i++) {
    size_t t = d->w[w[i]].tok;
    if (!has_cue(c, t, GD_CUE_AIR) || c->tok_np[t] >= 0) continue;
    int named = 0;
    for (size_t k = t; k > c->sent_tb && k + 5 > t && !is_determiner(c, k - 1) &&
                       !(c->t->tok[k - 1].flags & GD_TOK_PUNCT);
         k--) {
      size_t q = k - 1;
      /* (Not "an American Navy plane", "two U.S. Navy planes".) */
      if (c->tok_np[q] >= 0) return 0;
      if (!(c->t->tok[q].flags & GD_TOK_CAP)) continue;
      for (int j = 0; service[j]; j++)
        named |= tok_is(c, q, service[j]) &&
                 (j < 4 || (q > c->sent_tb && tok_is(c, q - 1, j == 4 ? "air" : "coast")));
    }
    if (named) return 1;
  }
  return 0;
}

/* "was shot down by a missile fired by Ukrainian forces": a "fired by",
 * "launched by" phrase P after trigger TM that describes the weapon of the
 * passive's agent names the attacker, not whose the thing downed was.  H
 * is the trigger's word in the parse (-1: none); STB opens the sentence. */
int describes_agent(const ctx *c, const gd_mention *tm, int h, size_t stb, const np *p) {
  size_t at = 0;
  if (!governing_prep_at(c, p, stb, &at) || at < tm->te || !mention_at(c, at)) return 0;
  size_t b = mention_at(c, at)->tb;
  if (h >= 0) {
    /* The participle's noun is the agent: its "by" phrase, which the
     * parser reads as an obl:agent or an obl with "by". */
    const gd_deps *d = &c->deps;
    int a = gd_deps_word(d, b);
    int n = a >= 0 ? d->w[a].head : -1;
    if (n < 0 || d->w[n].head != h) return 0;
    return d->w[n].rel == GD_R_OBL_AGENT || (d->w[n].rel == GD_R_OBL && gd_deps_has_case(d, n, "by"));
  }
  /* (By word order: a "by" between the trigger, whose last word it may
   * be, and the phrase.) */
  for (size_t k = tm->te - 1; k < b; k++)
    if (tok_is(c, k, "by")) return 1;
  return 0;
}

/* Whether phrase P, named as what was downed, names a thing that flies: a
 * weapon that flies, or a word for one right after it ("a Russian
 * drone"). */
int flying(const ctx *c, const np *p) {
  if (p->weapon) return flies(p->weapon);
  return p->te < c->t->ntok && has_cue(c, p->te, GD_CUE_AIR);
}

/* Whether the object of the shoot-down verb at word H (in the passive,
 * PASS, its subject), or what a partitive there is of, is a word for a
 * thing that flies: "destroyed 30 of the drones", "neutralised a missile
 * fired by ...". */
int air_object(const ctx *c, int h, int pass) {
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, pass, w, GD_MAX_FILL);
  for (size_t i = 0; i < n; i++) {
    int k = partitive_whole(c, w[i]);
    const np *p = word_np(c, k);
    if (has_cue(c, d->w[k].tok, GD_CUE_AIR) || (p && p->weapon && flies(p->weapon))) return 1;
  }
  return 0;
}

/* Whether the verb at word H, or its object (in the passive, PASS, its
 * subject), has "on the ground": what was destroyed there was not downed
 * ("destroyed aircraft on the ground", "destroyed 12 Indian planes on the
 * ground"). */
int on_the_ground(const ctx *c, int h, int pass) {
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL + 1];
  size_t n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, pass, w, GD_MAX_FILL);
  w[n++] = h;
  for (size_t i = 0; i < n; i++)
    for (int k = d->w[w[i]].first; k >= 0; k = d->w[k].next)
      if ((d->w[k].rel == GD_R_OBL || d->w[k].rel == GD_R_NMOD) && gd_deps_is(d, k, "ground") &&
          gd_deps_has_case(d, k, "on"))
        return 1;
  return 0;
}

/* Whether the object of the shoot-down verb at word H (in the passive,
 * PASS, its subject) is something a word for things that fly only
 * modifies: "shoots down missile shield plan", "shot down the drone
 * programme", or is named in a phrase that hangs on it ("shot down a
 * motion ... on the deployment of U.S. medium-range missiles", "shot down
 * a bill to buy drones").  The phrase's head, not its modifier, is what
 * was downed. */
int air_word_only_modifies(const ctx *c, int h, int pass) {
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, pass, w, GD_MAX_FILL);
  /* (A headline's particle read as a preposition: "shoots down [plan]".) */
  for (int k = d->w[h].first; k >= 0 && !n && !pass; k = d->w[k].next)
    if ((d->w[k].rel == GD_R_OBL || d->w[k].rel == GD_R_NMOD) && k > h && gd_deps_has_case(d, k, "down")) w[n++] = k;
  int modified = 0;
  for (size_t i = 0; i < n; i++) {
    int k = partitive_whole(c, w[i]);
    const np *p = word_np(c, k);
    /* (a noun, or in capitals a word read as a name that names no one) */
    if (has_cue(c, d->w[k].tok, GD_CUE_AIR) || p || (d->w[k].upos != GD_UPOS_NOUN && d->w[k].upos != GD_UPOS_PROPN))
      return 0;
    /* (its compounds, and theirs: "missile shield plan") */
    for (int m = k - 1; m >= 0 && m >= k - 4 && !modified; m--) {
      int g = m;
      while (g >= 0 && g != k && d->w[g].rel == GD_R_COMPOUND) g = d->w[g].head;
      if (g == k && has_cue(c, d->w[m].tok, GD_CUE_AIR)) modified = 1;
    }
    /* (Not through the verb itself: "on Tuesday that its jets shot down a
     * Syrian helicopter" hung as a relative clause on "Tuesday".) */
    for (size_t m = (size_t)k + 1; m < d->n && !modified; m++) {
      int g = (int)m;
      while (g >= 0 && g != k && g != h) g = d->w[g].head;
      if (g == k && has_cue(c, d->w[m].tok, GD_CUE_AIR)) modified = 1;
    }
  }
  return modified;
}

int landed_safely(const ctx *c, size_t tb, size_t te) {
  static const char *const came[] = {"landed", "returned", "lands", "returns", "flew", NULL};
  for (size_t k = tb; k + 1 < te; k++)
    for (int i = 0; came[i]; i++)
      if (tok_is(c, k, came[i]) && tok_is(c, k + 1, "safely")) return 1;
  return 0;
}

/* Whether phrase P, named as what was downed, is a thing on the ground or
 * at sea ("a Russian S-400 battery", "two T-72 tanks", "a Russian
 * warship"): a weapon that does not fly, or a word for arms that is no word
 * for things that fly right after it. */
int grounded(const ctx *c, const np *p) {
  if (p->weapon) return !flies(p->weapon);
  return p->te < c->t->ntok && has_cue(c, p->te, GD_CUE_ARMS) && !has_cue(c, p->te, GD_CUE_AIR);
}

/* Whether the weapon word at token K may stand for weapon W: a word for
 * things that fly for a weapon that flies ("the airliner" is not the Buk
 * launcher named before it), a missile word only for a missile or an air
 * defence system, whose missiles they are ("the missiles" are not the U-2
 * they brought down). */
int names_kind_of(const ctx *c, size_t k, const geordf_entity *w) {
  if (!has_cue(c, k, GD_CUE_AIR)) return 1;
  const char *t = c->t->tok[k].norm;
  if (!strncmp(t, "missile", 7) || !strncmp(t, "rocket", 6))
    return w->cls && (!strcmp(w->cls, "Missile") || !strcmp(w->cls, "AirDefenceSystem"));
  return flies(w);
}

/* "blamed Russia for the downing of MH17", "held Iran responsible for the
 * downing", "accused Turkey of the downing": the one a verb of blame or
 * credit holds to account for the shoot-down noun at word H (its "for",
 * "over" or "of" phrase, or that of the adjective it makes the object:
 * "responsible for") is the attacker: the verb's object.  Returns its
 * phrase, or NULL. */
const np *blamed_for(const ctx *c, int h) {
  static const char *const blame[] = {"blame", "accuse", "hold", "condemn", "criticize", "criticise", "censure",
                                      "fault", "punish", "sanction", "praise", "credit", "thank", "congratulate",
                                      NULL};
  const gd_deps *d = &c->deps;
  if (!gd_deps_has_case(d, h, "for") && !gd_deps_has_case(d, h, "over") && !gd_deps_has_case(d, h, "of"))
    return NULL;
  int g = d->w[h].head;
  /* (The parser often hangs the phrase on the object itself: "accused
   * Turkey of the downing".) */
  if (g >= 0 && d->w[g].rel == GD_R_OBJ && d->w[h].rel == GD_R_NMOD) g = d->w[g].head;
  else if (g >= 0 && d->w[g].upos == GD_UPOS_ADJ && d->w[g].rel == GD_R_XCOMP) g = d->w[g].head;
  if (g < 0 || d->w[g].upos != GD_UPOS_VERB) return NULL;
  char lemma[32];
  gd_deps_lemma(d, g, lemma, sizeof lemma);
  int ok = 0;
  for (int i = 0; blame[i] && !ok; i++) ok = !strcmp(lemma, blame[i]);
  if (!ok) return NULL;
  for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_OBJ && k < h) return word_np(c, k);
  return NULL;
}

/* The agent of the shoot-down verb at word H (its subject; in the passive,
 * PASS, its "by" phrase) when it is a word for weapons or forces that names
 * no one ("Air defences also intercepted a missile"); else -1. */
int unnamed_forces(const ctx *c, int h, int pass) {
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, h, GD_SLOT_SUBJ, NULL, 0, pass, w, GD_MAX_FILL);
  if (n != 1 || !has_cue(c, d->w[w[0]].tok, GD_CUE_ARMS)) return -1;
  const np *p = word_np(c, w[0]);
  return !p || !filler(c, GEORDF_ROLE_ATTACKER, p) ? w[0] : -1;
}

/* "Units of the Yugoslav Army's air defence brought down", "the armed
 * forces and people of Thanh Hoa province shot down": the one state that
 * the "of" phrases under the subject of the shoot-down verb at word H
 * name, a place standing for its state; else NULL. */
const geordf_entity *subject_of_state(const ctx *c, int h, int pass) {
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, h, GD_SLOT_SUBJ, NULL, 0, pass, w, GD_MAX_FILL);
  const geordf_entity *st = NULL;
  for (int k = 0; n && k < (int)d->n; k++) {
    /* (K lies under an "of" phrase of a subject.) */
    int a = k, of = 0, depth = 0, subj = 0;
    for (; a >= 0 && a != h && depth < 8 && !subj; a = d->w[a].head, depth++) {
      for (size_t i = 0; i < n; i++) subj |= a == w[i];
      if (!subj) of |= gd_deps_has_case(d, a, "of");
    }
    /* (Not the aircraft's own: "the pilot of the American plane shot
     * down".) */
    if (subj && has_cue(c, d->w[k].tok, GD_CUE_AIR)) return NULL;
    const np *p = subj && of ? word_np(c, k) : NULL;
    if (!p) continue;
    const geordf_entity *e = filler(c, GEORDF_ROLE_ATTACKER, p);
    if (!e && p->place && !p->person) e = p->place->country;
    if (!e || e->kind != GD_KIND_COUNTRY) continue;
    if (st && st != e) return NULL;
    st = e;
  }
  return st;
}

/* "American F-15s shot down two U.S. Army helicopters", "a British
 * Tornado was shot down by a British missile": when the phrases right
 * before and right after the shoot-down verb TM (only a word for arms or
 * aircraft, an auxiliary, an adverb, "by" or a determiner between) name the same state,
 * and one of them names it as the nationality of weapons or forces ("a
 * British missile", "Syrian air defences"; no state or person as its head),
 * that state is attacker as well as victim (friendly fire), whichever the
 * voice.  Returns it, or NULL. */
const geordf_entity *own_fire(const ctx *c, const gd_mention *tm, size_t stb, size_t ste) {
  static const char *const skip[] = {"was", "were", "had", "has", "have", "been", "by", NULL};
  const np *side[2] = {NULL, NULL};
  for (int s = 0; s < 2; s++) {
    size_t k = s ? tm->te : tm->tb;
    for (unsigned n = 0; n < 4; n++) {
      size_t q = s ? k : k - 1;
      if (s ? q >= ste : k <= stb) break;
      /* (Past the load of the aircraft before it: "American helicopters
       * carrying United Nations officials were shot down by American
       * jets".) */
      size_t j = q;
      while (!s && j > stb && j + 5 > q && !carrying_word(c, j) && !(c->t->tok[j].flags & GD_TOK_PUNCT)) j--;
      if (!s && j > stb && j < q && carrying_word(c, j)) {
        k = j;
        continue;
      }
      if (c->tok_np[q] >= 0) { side[s] = &c->nps[c->tok_np[q]]; break; }
      int ok = (c->t->tok[q].flags & GD_TOK_NUM) || is_determiner(c, q) || has_cue(c, q, GD_CUE_ARMS) ||
               has_cue(c, q, GD_CUE_AIR);
      for (int i = 0; skip[i] && !ok; i++) ok = tok_is(c, q, skip[i]);
      /* (and an adverb: "mistakenly shot down") */
      size_t l = strlen(c->t->tok[q].norm);
      ok |= l > 4 && !strcmp(c->t->tok[q].norm + l - 2, "ly") && plain(c, q);
      if (!ok) break;
      k = s ? k + 1 : k - 1;
    }
  }
  if (!side[0] || !side[1]) return NULL;
  const geordf_entity *e = filler(c, GEORDF_ROLE_VICTIM, side[0]);
  if (!e || e->kind != GD_KIND_COUNTRY || filler(c, GEORDF_ROLE_VICTIM, side[1]) != e) return NULL;
  for (int s = 0; s < 2; s++) {
    const np *a = side[s];
    if (!a->head && !a->person && a->mod == e &&
        (a->weapon || (a->te < c->t->ntok && (has_cue(c, a->te, GD_CUE_ARMS) || has_cue(c, a->te, GD_CUE_AIR)))))
      return e;
  }
  return NULL;
}

/* "Syria denied responsibility for the downing", "Israel says its pilots
 * had nothing to do with the downing", "its forces were not involved in the
 * downing": the one said to take part in the shoot-down noun at word H
 * (the "in" or "for" phrase of a word of taking part, or of the verb whose
 * object that word is) is its attacker, whether the clause asserts or
 * denies it.  Returns the subject's phrase, or NULL. */
const np *participant(const ctx *c, int h) {
  static const char *const part[] = {"part", "role", "involvement", "responsibility", "hand", "complicity",
                                     "involved", "responsible", "complicit", NULL};
  const gd_deps *d = &c->deps;
  if (!gd_deps_has_case(d, h, "in") && !gd_deps_has_case(d, h, "for")) return NULL;
  int g = d->w[h].head, word = -1;
  for (int i = 0; g >= 0 && part[i] && word < 0; i++)
    if (gd_deps_is(d, g, part[i])) word = g;
  /* (The parser hangs the phrase on the verb as often: "played no part in
   * the downing".) */
  for (int k = g >= 0 ? d->w[g].first : -1; k >= 0 && word < 0; k = d->w[k].next)
    for (int i = 0; d->w[k].rel == GD_R_OBJ && k < h && part[i] && word < 0; i++)
      if (gd_deps_is(d, k, part[i])) word = k;
  if (word < 0) return NULL;
  /* The clause: the word itself when it is a predicate ("were not involved
   * in"), else the verb it is the object of ("denied responsibility"). */
  int v = word;
  if (d->w[word].rel == GD_R_OBJ && d->w[word].head >= 0) v = d->w[word].head;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, v, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  return n ? word_np(c, w[0]) : NULL;
}

/* "intercepted dozens of rockets fired from Gaza by Hamas": after an active
 * shoot-down verb TM, a "by" phrase P that follows a participle of
 * launching says whose the thing downed was, as a "fired by" phrase does. */
int launched_by(const ctx *c, const gd_mention *tm, size_t stb, const np *p) {
  static const char *const launch[] = {"fired", "launched", "sent", "flown", "operated", NULL};
  size_t at = 0;
  const char *g = governing_prep_at(c, p, stb, &at);
  if (!g || strcmp(g, "by") || at < tm->te) return 0;
  for (size_t k = tm->te; k < at; k++) {
    if (boundary(c, k)) return 0;
    for (int i = 0; launch[i]; i++)
      if (tok_is(c, k, launch[i])) return 1;
  }
  return 0;
}

/* Whether tokens [TB, TE) name a flight by its number ("Iran Air Flight
 * 655", "Flight MH17"): an airliner, as a word for one would. */
int flight_number(const ctx *c, size_t tb, size_t te) {
  for (size_t k = tb; k + 1 < te; k++) {
    if (!tok_is(c, k, "flight")) continue;
    for (const char *q = c->t->tok[k + 1].norm; *q; q++)
      if (*q >= '0' && *q <= '9') return 1;
  }
  return 0;
}

/* Whether the verb at word H, in a headline, has a subject and neither an
 * object nor an auxiliary: a passive whose "was" the headline dropped. */
int headline_passive(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  if (h < 0 || d->w[h].upos != GD_UPOS_VERB) return 0;
  int subj = 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
    gd_rel r = d->w[k].rel;
    /* (A parenthesis is no object: "(UPDATE 2)".) */
    if (r == GD_R_OBJ && k > 0 && d->w[k - 1].head == k && gd_deps_is(d, k - 1, "(")) continue;
    if (r == GD_R_OBJ || r == GD_R_AUX || r == GD_R_AUX_PASS || r == GD_R_COP) return 0;
    subj |= r == GD_R_NSUBJ && k < h;
  }
  return subj;
}
