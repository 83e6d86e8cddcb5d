/* geordf: what extraction knows of visits alone.
 * SPDX-License-Identifier: MIT */
#include "date.h"
#include "extract-attr.h"
#include "extract-ctx.h"
#include "extract-frame.h"
#include "extract-merge.h"
#include "extract-tree.h"
#include "extract-types.h"
#include "ud.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- the type's rules (its row in schema.c points here) ------------------ */

static int visit_core_ok(const geordf_event *ev) {
  return ev->nfill[GEORDF_ROLE_VISITOR] && ev->nfill[GEORDF_ROLE_DESTINATION];
}

static int visit_mergeable(const geordf_event *a, const geordf_event *b) {
  /* "landed in Beijing on Sunday for talks": one visit, however its two
   * triggers read the time. */
  if (same_sentence(a, b))
    return same_set(a, b, GEORDF_ROLE_VISITOR) && same_set(a, b, GEORDF_ROLE_DESTINATION);
  if (!same_year(a, b)) return 0;
  /* "will fly to Japan ... a visit to Hiroshima": a mention without a
   * date joins the planned one; so does an onward stop of a visit under
   * way. */
  return (a->planned == b->planned || !a->date[0] || !b->date[0] || visit_onward_stop(a, b)) &&
         same_set(a, b, GEORDF_ROLE_VISITOR) && same_set(a, b, GEORDF_ROLE_DESTINATION);
}

/* "arrived last night on his first visit to Vietnam ... He flies to Ho
 * Chi Minh City tomorrow", "was welcomed to the White House this morning
 * ... goes on to New York on Thursday": a planned travel of the visitor in
 * the country he is visiting, dated within a week after the visit's day,
 * is a stop of that visit, not a visit to come.  Whether A and B, one
 * asserted and one planned, both dated to the day, are so. */
int visit_onward_stop(const geordf_event *a, const geordf_event *b) {
  if (a->planned == b->planned) return 0;
  const geordf_event *now = a->planned ? b : a, *next = a->planned ? a : b;
  gd_ymd d, e;
  if (gd_date_parse_iso(&d, now->date) || gd_date_parse_iso(&e, next->date) || !d.d || !e.d) return 0;
  for (int k = 0; k <= 7; k++, gd_date_add_days(&d, 1))
    if (d.y == e.y && d.m == e.m && d.d == e.d) return 1;
  return 0;
}

const gd_type_rules gd_visit_rules = {visit_core_ok, visit_mergeable};

/* Whether dates A and B may name one day: either is unstated, or one
 * narrows the other ("1956-04" and "1956-04-18"). */
static int dates_agree(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  return !la || !lb || !strncmp(a, b, la < lb ? la : lb);
}

/* A visit with a person among its visitors, by its destination's first
 * filler: a state's visit looks up only those to its destination, so a
 * document of many visits costs O(n log n). */
typedef struct {
  const geordf_entity *to;
  size_t i;
} by_destination;

static int by_destination_cmp(const void *pa, const void *pb) {
  const by_destination *a = pa, *b = pb;
  if (a->to != b->to) return (uintptr_t)a->to < (uintptr_t)b->to ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

/* Whether visit B, by a person of STATE (on DATE), may be the journey of
 * A, the state's visit: the same destination and polarity, and one
 * sentence, or a day and status that may be one. */
static int leaders_journey(const geordf_event *a, const geordf_event *b, const geordf_entity *state,
                           const char *date) {
  if (b->negated != a->negated || !same_set(a, b, GEORDF_ROLE_DESTINATION) ||
      !(same_sentence(a, b) || (a->planned == b->planned && dates_agree(a->date, b->date))))
    return 0;
  for (unsigned r = 0; r < b->nfill[GEORDF_ROLE_VISITOR]; r++) {
    const geordf_entity *p = b->fill[GEORDF_ROLE_VISITOR][r];
    if (p->kind == GD_KIND_PERSON && gd_person_state(p, date) == state) return 1;
  }
  return 0;
}

static int state_visit(const geordf_event *e) {
  return e->type == GEORDF_VISIT && e->nfill[GEORDF_ROLE_VISITOR] == 1 && e->nfill[GEORDF_ROLE_DESTINATION] &&
         e->fill[GEORDF_ROLE_VISITOR][0]->kind == GD_KIND_COUNTRY;
}

int merge_state_visits(geordf_events *evs, const char *date) {
  size_t ns = 0, nv = 0;
  for (size_t i = 0; i < evs->n; i++) ns += state_visit(&evs->v[i]);
  if (!ns) return 0;
  by_destination *people = malloc((evs->n + 1) * sizeof *people);
  unsigned char *gone = calloc(evs->n + 1, 1);
  if (!people || !gone) { free(people); free(gone); return -1; }
  for (size_t i = 0; i < evs->n; i++) {
    const geordf_event *e = &evs->v[i];
    int person = 0;
    for (unsigned r = 0; e->type == GEORDF_VISIT && r < e->nfill[GEORDF_ROLE_VISITOR]; r++)
      person |= e->fill[GEORDF_ROLE_VISITOR][r]->kind == GD_KIND_PERSON;
    if (person && e->nfill[GEORDF_ROLE_DESTINATION])
      people[nv++] = (by_destination){e->fill[GEORDF_ROLE_DESTINATION][0], i};
  }
  qsort(people, nv, sizeof *people, by_destination_cmp);
  for (size_t i = 0; i < evs->n && nv; i++) {
    const geordf_event *a = &evs->v[i];
    if (!state_visit(a)) continue;
    by_destination want = {a->fill[GEORDF_ROLE_DESTINATION][0], 0};
    size_t lo = 0, hi = nv;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (by_destination_cmp(&people[mid], &want) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; lo < nv && people[lo].to == want.to; lo++) {
      geordf_event *b = &evs->v[people[lo].i];
      if (!leaders_journey(a, b, a->fill[GEORDF_ROLE_VISITOR][0], date)) continue;
      if (gd_event_take_evidence(b, a)) {
        free(people);
        free(gone);
        return -1;
      }
      gone[i] = 1;
      break;
    }
  }
  gd_events_drop(evs, gone, evs->n);
  free(people);
  free(gone);
  return 0;
}

/* "to NATO headquarters in Brussels", "to a G7 summit in Sicily": a
 * destination that is a venue, not a state, is placed by the "in" phrase
 * right after it. */
const np *venue_place(const ctx *c, const np *p, size_t np1) {
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

/* "a delegation led by the foreign minister arrived", "a visit by a Chinese
 * team headed by X": the person a `lead` participle and "by" name, after a
 * word for the group (a plain word, or a demonym's phrase: "a Chinese
 * delegation"), when the group is the verb trigger TM's subject by word
 * order (the leader's phrase ends at most three plain words before it) or
 * the "by" phrase of the noun trigger TM.  NULL when there is none. */
const geordf_entity *group_leader(const ctx *c, const gd_mention *tm, int noun, size_t stb, size_t ste) {
  for (size_t k = stb + 1; k + 2 < ste; k++) {
    if (!has_cue(c, k, GD_CUE_LEAD) || !tok_is(c, k + 1, "by")) continue;
    size_t q = k + 2;
    while (q < ste && is_determiner(c, q)) q++;
    if (q >= ste || c->tok_np[q] < 0 || !c->nps[c->tok_np[q]].person) continue;
    const np *p = &c->nps[c->tok_np[q]];
    const np *g = c->tok_np[k - 1] >= 0 ? &c->nps[c->tok_np[k - 1]] : NULL;
    int group = g ? !g->person && !g->head && !g->place && g->mod
                  : plain(c, k - 1) && !(c->t->tok[k - 1].flags & GD_TOK_CAP);
    if (!group) continue;
    if (!noun) {
      if (p->te > tm->tb || tm->tb - p->te > 3) continue;
      int clear = 1;
      for (size_t r = p->te; r < tm->tb; r++) clear &= plain(c, r);
      if (clear) return p->person;
    } else if (k > tm->te && k <= tm->te + 5) {
      for (size_t r = tm->te; r < k; r++)
        if (tok_is(c, r, "by")) return p->person;
    }
  }
  return NULL;
}

/* The state and place that phrase P names, a place ("Minsk") or a state
 * after its place ("Salzburg, Austria"); 0 when it names neither. */
static int place_state(const ctx *c, const np *p, const geordf_entity **state, const geordf_entity **place) {
  if (p->place && p->place->country) {
    *state = p->place->country;
    *place = p->place;
    return 1;
  }
  if (!p->head || p->head->kind != GD_KIND_COUNTRY || p->person || p->mod) return 0;
  *state = p->head;
  *place = NULL;
  if (p->tb >= 2 && is_punct(c, p->tb - 1, ",") && c->tok_np[p->tb - 2] >= 0) {
    const np *q = &c->nps[c->tok_np[p->tb - 2]];
    if (q->place && q->place->country == p->head) *place = q->place;
  }
  return 1;
}

/* Whether visit of WHO to STATE is told in sentence SE already. */
static int visit_told(const ctx *c, const gd_sentence *se, const geordf_entity *who, const geordf_entity *state) {
  for (size_t i = 0; i < c->evs->n; i++) {
    const geordf_event *e = &c->evs->v[i];
    if (e->type == GEORDF_VISIT && contains(e, GEORDF_ROLE_VISITOR, who) &&
        contains(e, GEORDF_ROLE_DESTINATION, state) && gd_event_has_sentence(e, se->b))
      return 1;
  }
  return 0;
}

/* A stay of WHO in STATE (at PLACE, if known) that the sentence tells in
 * passing, less sure than a verb of travel; NULL when memory ran out. */
static geordf_event *stay_event(ctx *c, const geordf_entity *who, const geordf_entity *state,
                                const geordf_entity *place) {
  geordf_event *out = gd_events_add(c->evs, GEORDF_VISIT);
  if (!out) return NULL;
  gd_event_fill(out, GEORDF_ROLE_VISITOR, who);
  gd_event_fill(out, GEORDF_ROLE_DESTINATION, state);
  if (place) gd_event_fill(out, GEORDF_ROLE_PLACE, place);
  out->confidence = 0.6;
  return out;
}

/* The date of verb V's clause in sentence SE into OUT: a date expression,
 * not in the future, whose words hang on V or on a phrase of V ("held
 * their first summit in Vladivostok on Thursday", "opened their
 * conference at Potsdam on Tuesday"); OUT is left alone when there is
 * none. */
static void clause_date(const ctx *c, const gd_sentence *se, int v, char *out) {
  const gd_deps *d = &c->deps;
  gd_date_expr x[8];
  size_t n = gd_date_find(gd_lexicon_date_words(c->lex), c->t, se->tb, se->te, c->text, c->have_date ? &c->ymd : NULL,
                          x, 8);
  for (size_t i = 0; i < n; i++) {
    if (x[i].future) continue;
    int w = -1;
    for (size_t k = 0; k < d->n && w < 0; k++)
      if (d->w[k].b <= x[i].begin && x[i].begin < d->w[k].e) w = (int)k;
    /* (The date word, or the head of its phrase: "on the first day".) */
    for (int up = 0; w >= 0 && up < 3 && w != v; up++) {
      if (up && (d->w[w].upos == GD_UPOS_VERB || d->w[w].upos == GD_UPOS_AUX)) w = -1;
      else w = d->w[w].head;
    }
    if (w == v) {
      gd_date_format(&x[i].value, out);
      return;
    }
  }
}

/* "President Clinton, in Moscow for a three-day visit, signed ...",
 * "President Assad of Syria, in Moscow for talks, said ...",
 * "Premier Kosygin, in Baghdad since Thursday, and President Bakr signed
 * ...": an "in" phrase of a place set off by commas right after a
 * person's name, with no verb before its closing comma, says where the
 * person is: a visit when the place is abroad for him.  Adds those of
 * sentence SE; returns 0, or -1 when memory ran out. */
static int apposed_stays(ctx *c, const gd_sentence *se) {
  const gd_deps *d = &c->deps;
  for (size_t a = 0; a < c->nnp; a++) {
    const np *p = &c->nps[a];
    size_t t = p->te;
    /* (The person's state may follow the name in an "of" phrase:
     * "Prime Minister X of Israel, in Washington, addressed".) */
    if (p->person && t + 2 < se->te && tok_is(c, t, "of") && c->tok_np[t + 1] >= 0) {
      const np *o = &c->nps[c->tok_np[t + 1]];
      if (o->tb == t + 1 && o->head && o->head->kind == GD_KIND_COUNTRY && !o->person) t = o->te;
    }
    /* (Not a name in apposition, "the head of the Government, Fayez
     * al-Sarraj, in Istanbul": the comma closes the apposition, the
     * phrase is the verb's.) */
    if (!p->person || p->tb < se->tb || t + 3 >= se->te || (p->tb > se->tb && is_punct(c, p->tb - 1, ",")) || !is_punct(c, t, ",") || !tok_is(c, t + 1, "in") ||
        c->tok_np[t + 2] < 0)
      continue;
    const np *q = &c->nps[c->tok_np[t + 2]];
    const geordf_entity *state = NULL, *place = NULL;
    if (q->tb != t + 2 || !place_state(c, q, &state, &place)) continue;
    /* The closing comma, a few words on ("for a three-day visit",
     * "since Thursday"), with no clause of its own before it. */
    size_t e = q->te;
    while (e < se->te && e < q->te + 8 && !is_punct(c, e, ",") && !boundary(c, e)) e++;
    if (e >= se->te || !is_punct(c, e, ",")) continue;
    int clause = 0;
    for (size_t w = 0; w < d->n; w++)
      clause |= d->w[w].tok >= q->te && d->w[w].tok < e &&
                (d->w[w].upos == GD_UPOS_VERB || d->w[w].upos == GD_UPOS_AUX);
    if (clause || gd_person_state(p->person, c->have_date ? c->date : "") == state ||
        visit_told(c, se, p->person, state))
      continue;
    geordf_event *out = stay_event(c, p->person, state, place);
    if (!out) return -1;
    /* (On the day the phrase names, if past: "since Thursday" he came.) */
    gd_date_expr x;
    if (gd_date_find(gd_lexicon_date_words(c->lex), c->t, q->te, e, c->text, c->have_date ? &c->ymd : NULL, &x, 1) &&
        !x.future)
      gd_date_format(&x.value, out->date);
    /* (Else on the date of the clause the person is the subject of: "X of
     * Israel, in Washington, addressed Congress on Tuesday".) */
    int pw = gd_deps_span_head(d, p->tb, p->te);
    if (!out->date[0] && pw >= 0 && d->w[pw].rel == GD_R_NSUBJ && d->w[pw].head >= 0)
      clause_date(c, se, d->w[pw].head, out->date);
    if (gd_event_add_evidence(out, se->b, se->e)) return -1;
  }
  return 0;
}

int stay_visits(ctx *c, const gd_sentence *se) {
  /* Words of living, not of staying ("Minsk, where he was born"), and of
   * hosting, whose subject is at home ("Kabul, where the King received
   * him"). */
  static const char *const home[] = {"born",    "live",     "lives",    "lived",  "living", "grew",
                                     "studied", "died",     "buried",   "worked", "rules",  "ruled",
                                     "received", "welcomed", "greeted", "hosted", NULL};
  const gd_deps *d = &c->deps;
  if (!c->parsed) return 0;
  if (apposed_stays(c, se)) return -1;
  for (size_t w = 0; w < d->n; w++) {
    size_t t = d->w[w].tok;
    int v = d->w[w].head;
    if (!tok_is(c, t, "where") || v < 0 || d->w[v].upos != GD_UPOS_VERB || t < 2 || t - 2 < c->sent_tb ||
        !is_punct(c, t - 1, ",") || c->tok_np[t - 2] < 0)
      continue;
    int at_home = 0;
    for (int k = 0; home[k]; k++) at_home |= gd_deps_is(d, v, home[k]);
    const np *p = &c->nps[c->tok_np[t - 2]], *who = NULL;
    int pron = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NSUBJ) {
        who = word_np(c, k);
        pron = d->w[k].upos == GD_UPOS_PRON;
      }
    /* ("The General Secretary flew in from England, where he had
     * stopped": the pronoun is the subject of the clause the stay is
     * told in.) */
    int u = d->w[v].head;
    if (pron && u >= 0)
      for (int k = d->w[u].first; k >= 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_NSUBJ && word_np(c, k) && word_np(c, k)->person) who = word_np(c, k);
    const geordf_entity *state = NULL, *place = NULL;
    if (at_home || !who || !who->person || p->te != t - 1 || !place_state(c, p, &state, &place)) continue;
    if (gd_person_state(who->person, c->have_date ? c->date : "") == state) continue;
    if (visit_told(c, se, who->person, state)) continue;
    geordf_event *out = stay_event(c, who->person, state, place);
    if (!out) return -1;
    /* (On the date of the journey the sentence tells, if any: "flew in
     * from England, where he had stopped".) */
    for (size_t i = 0; i + 1 < c->evs->n; i++) {
      const geordf_event *e = &c->evs->v[i];
      if (e->type == GEORDF_VISIT && contains(e, GEORDF_ROLE_VISITOR, who->person) &&
          gd_event_has_sentence(e, se->b))
        memcpy(out->date, e->date, sizeof out->date);
    }
    if (gd_event_add_evidence(out, se->b, se->e)) return -1;
  }
  return 0;
}

int companion_visits(ctx *c, const gd_sentence *se) {
  static const char *const travel[] = {"come", "fly", "travel", "arrive", "go", "accompany", NULL};
  const gd_deps *d = &c->deps;
  if (!c->parsed) return 0;
  for (size_t v = 0; v < d->n; v++) {
    /* (Asked with the room every lemma of the tree is asked with, so that
     * the lemma made once serves both: one of 16 bytes or more is the
     * first 15, as before.) */
    char lem[GD_DEPS_LEMMA];
    int moved = 0;
    if (d->w[v].upos != GD_UPOS_VERB) continue;
    if (gd_deps_lemma(d, (int)v, lem, sizeof lem) >= 16) gd_deps_lemma(d, (int)v, lem, 16);
    for (int k = 0; travel[k]; k++) moved |= !strcmp(lem, travel[k]);
    if (!moved || gd_deps_passive(d, (int)v)) continue;
    /* The one travelled with: "with him", or the object of "accompanied". */
    int accompany = !strcmp(lem, "accompany"), with = -1;
    for (int k = d->w[v].first; k >= 0 && with < 0; k = d->w[k].next)
      if (accompany ? d->w[k].rel == GD_R_OBJ : d->w[k].rel == GD_R_OBL && gd_deps_has_case(d, k, "with")) with = k;
    if (with < 0) continue;
    const np *wp = word_np(c, with);
    int s[GD_MAX_FILL];
    size_t n = gd_deps_slot(d, (int)v, GD_SLOT_SUBJ, NULL, 0, 0, s, GD_MAX_FILL);
    /* The journey is that person's last visit told before.  A pronoun is
     * none of the clause's subjects ("Rogers and Kissinger flew in with
     * him"): one read as such, or not read, is the last visitor told
     * before. */
    int pron = d->w[with].upos == GD_UPOS_PRON;
    const geordf_entity *lead = wp ? wp->person : NULL;
    for (size_t i = 0; i < n && lead && pron; i++)
      if (word_np(c, s[i]) && word_np(c, s[i])->person == lead) lead = NULL;
    const geordf_event *trip = NULL;
    for (size_t i = 0; i < c->evs->n; i++) {
      const geordf_event *e = &c->evs->v[i];
      if (e->type == GEORDF_VISIT && !e->negated && e->nfill[GEORDF_ROLE_DESTINATION] &&
          e->nfill[GEORDF_ROLE_VISITOR] && !gd_event_has_sentence(e, se->b) &&
          (lead ? contains(e, GEORDF_ROLE_VISITOR, lead) : pron) &&
          /* (A later mention of the same stay with no date of its own,
           * "Within hours the President was received in the Kremlin",
           * leaves the journey the dated one.) */
          !(trip && trip->date[0] && !e->date[0] &&
            contains(e, GEORDF_ROLE_DESTINATION, trip->fill[GEORDF_ROLE_DESTINATION][0])))
        trip = e;
    }
    if (!trip) continue;
    /* (Copied: adding events may move the list.) */
    const geordf_event journey = *trip;
    const geordf_entity *who = lead ? lead : journey.fill[GEORDF_ROLE_VISITOR][0];
    for (size_t i = 0; i < n; i++) {
      const np *p = word_np(c, s[i]);
      /* (Not one at home there.) */
      if (!p || !p->person || p->person == who ||
          (journey.nfill[GEORDF_ROLE_DESTINATION] == 1 &&
           gd_person_state(p->person, c->have_date ? c->date : "") == journey.fill[GEORDF_ROLE_DESTINATION][0]))
        continue;
      geordf_event *out = gd_events_add(c->evs, GEORDF_VISIT);
      if (!out) return -1;
      gd_event_fill(out, GEORDF_ROLE_VISITOR, p->person);
      for (unsigned r = 0; r < journey.nfill[GEORDF_ROLE_DESTINATION]; r++)
        gd_event_fill(out, GEORDF_ROLE_DESTINATION, journey.fill[GEORDF_ROLE_DESTINATION][r]);
      for (unsigned r = 0; r < journey.nfill[GEORDF_ROLE_PLACE]; r++)
        gd_event_fill(out, GEORDF_ROLE_PLACE, journey.fill[GEORDF_ROLE_PLACE][r]);
      memcpy(out->date, journey.date, sizeof out->date);
      out->planned = journey.planned;
      out->confidence = 0.6;
      if (gd_event_add_evidence(out, se->b, se->e)) return -1;
    }
  }
  return 0;
}

int signing_visits(ctx *c, const gd_sentence *se) {
  const gd_deps *d = &c->deps;
  const char *date = c->have_date ? c->date : "";
  if (!c->parsed) return 0;
  for (size_t v = 0; v < d->n; v++) {
    if (d->w[v].upos != GD_UPOS_VERB || !gd_deps_is(d, (int)v, "signed") || gd_deps_passive(d, (int)v)) continue;
    /* The state signed for, and the place signed at: the verb's own "in"
     * or "at" phrase (or one the parser hung on the state's), else the
     * dateline's, else that of the signing told before ("signed a defence
     * agreement in Riyadh ... Sharif signed for Pakistan"). */
    const geordf_entity *side = NULL, *state = c->dateline ? c->dateline : c->signed_in,
                        *place = c->dateline ? c->dateline_place : c->signed_at;
    int sw = -1, ow = -1, own = 0;
    /* (The phrase hung on the verb, on the state signed for or on the
     * document signed: "signed an agreement in Riyadh".) */
    for (int i = 0; i < 4; i++) {
      /* (and on a noun of the document's: "a treaty of alliance in London") */
      int at = i == 0 ? (int)v : i == 1 ? sw : ow, nm = -1;
      if (i == 3)
        for (int k = ow >= 0 ? d->w[ow].first : -1; k >= 0 && nm < 0; k = d->w[k].next)
          if (d->w[k].rel == GD_R_NMOD) nm = at = k;
      if (i == 3 && nm < 0) break;
      for (int k = at >= 0 ? d->w[at].first : -1; k >= 0; k = d->w[k].next) {
        if (!i && d->w[k].rel == GD_R_OBJ) ow = k;
        const np *p = d->w[k].rel == GD_R_OBL || d->w[k].rel == GD_R_NMOD ? word_np(c, k) : NULL;
        const geordf_entity *st = NULL, *pl = NULL;
        /* ("signed on behalf of Finland" is signing for it; the parser
         * may hang the phrase on the document signed.) */
        if ((i == 0 || i == 2) && !p && (d->w[k].rel == GD_R_OBL || d->w[k].rel == GD_R_NMOD) &&
            gd_deps_is(d, k, "behalf") && gd_deps_has_case(d, k, "on"))
          for (int q = d->w[k].first; q >= 0; q = d->w[q].next)
            if (d->w[q].rel == GD_R_NMOD && gd_deps_has_case(d, q, "of") && word_np(c, q)) {
              const np *o = word_np(c, q);
              if (!side && o->head && o->head->kind == GD_KIND_COUNTRY && !o->person && !o->mod) side = o->head, sw = q;
              break;
            }
        if (!p) continue;
        /* (The first state signed for is the subject's: "Sharif signed for
         * Pakistan and Crown Prince Mohammed for the kingdom".) */
        if (!i && !side && gd_deps_has_case(d, k, "for") && p->head && p->head->kind == GD_KIND_COUNTRY && !p->person &&
            !p->mod)
          side = p->head, sw = k;
        else if ((gd_deps_has_case(d, k, "in") || gd_deps_has_case(d, k, "at")) && place_state(c, p, &st, &pl))
          state = st, place = pl, own = 1;
      }
    }
    if (own && !side) c->signed_in = state, c->signed_at = place;
    if (!side || !state || state->kind != GD_KIND_COUNTRY || side == state) continue;
    int s[GD_MAX_FILL];
    size_t n = gd_deps_slot(d, (int)v, GD_SLOT_SUBJ, NULL, 0, 0, s, GD_MAX_FILL);
    for (size_t i = 0; i < n; i++) {
      const np *p = word_np(c, s[i]);
      /* (A title the parser made the head: "Foreign Commissar Vyacheslav
       * Molotov".) */
      for (int k = d->w[s[i]].first; k >= 0 && (!p || !p->person); k = d->w[k].next)
        if (d->w[k].rel == GD_R_FLAT || d->w[k].rel == GD_R_COMPOUND) p = word_np(c, k);
      if (!p || !p->person) continue;
      const geordf_entity *home = gd_person_state(p->person, date);
      if ((home && home != side) || visit_told(c, se, p->person, state)) continue;
      geordf_event *out = stay_event(c, p->person, state, place);
      if (!out || gd_event_add_evidence(out, se->b, se->e)) return -1;
    }
  }
  return 0;
}

/* Whether word W is a noun of a meeting of leaders ("summit", "conference",
 * "talks", "forum", "meeting"). */
static int meeting_noun(const gd_deps *d, int w) {
  static const char *const meeting[] = {"summit", "conference", "talks", "forum", "meeting", "summit meeting", NULL};
  char lem[24];
  if (w < 0 || d->w[w].upos != GD_UPOS_NOUN) return 0;
  gd_deps_lemma(d, w, lem, sizeof lem);
  for (int k = 0; meeting[k]; k++)
    if (!strcmp(lem, meeting[k])) return 1;
  return 0;
}

/* Whether verb V tells its subject's presence at a gathering: "attended",
 * "gathered" (in or at a place), "joined" (others in or at a place), and
 * "held" or "opened" a meeting of leaders ("held their first summit in
 * Vladivostok", "opened their conference at Potsdam"), in the past. */
static int gathering_verb(const gd_deps *d, int v) {
  if (gd_deps_is(d, v, "attended") || gd_deps_is(d, v, "gathered") || gd_deps_is(d, v, "joined")) return 1;
  if (!gd_deps_is(d, v, "held") && !gd_deps_is(d, v, "opened")) return 0;
  for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_OBJ && meeting_noun(d, k)) return 1;
  return 0;
}

int attending_visits(ctx *c, const gd_sentence *se) {
  const gd_deps *d = &c->deps;
  const char *date = c->have_date ? c->date : "";
  if (!c->parsed) return 0;
  for (size_t v = 0; v < d->n; v++) {
    if (d->w[v].upos != GD_UPOS_VERB || !gathering_verb(d, (int)v) || gd_deps_passive(d, (int)v)) continue;
    int attend = gd_deps_is(d, (int)v, "attended");
    /* The place attended at: an "in" or "at" phrase of the verb or of what
     * was attended ("the swearing-in of Petro in Bogota's Plaza de
     * Bolivar"), or of the occasion the verb's "at" phrase names ("joined
     * thirty leaders at the forum in Beijing"), else the dateline's, for
     * "attended" only. */
    const geordf_entity *state = attend ? c->dateline : NULL, *place = attend ? c->dateline_place : NULL;
    int ow = -1, aw = -1, own = 0;
    for (int i = 0, at = (int)v; i < 3 && !own; i++, at = i == 1 ? ow : aw) {
      if (at < 0) continue;
      for (int k = d->w[at].first; k >= 0; k = d->w[k].next) {
        if (!i && d->w[k].rel == GD_R_OBJ) ow = k;
        if (!i && d->w[k].rel == GD_R_OBL && gd_deps_has_case(d, k, "at")) aw = k;
        const np *p = d->w[k].rel == GD_R_OBL || d->w[k].rel == GD_R_NMOD ? word_np(c, k) : NULL;
        const geordf_entity *st = NULL, *pl = NULL;
        if (p && !own && (gd_deps_has_case(d, k, "in") || gd_deps_has_case(d, k, "at")) && place_state(c, p, &st, &pl))
          state = st, place = pl, own = 1;
      }
    }
    if (!state || state->kind != GD_KIND_COUNTRY) continue;
    int s[GD_MAX_FILL];
    size_t n = gd_deps_slot(d, (int)v, GD_SLOT_SUBJ, NULL, 0, 0, s, GD_MAX_FILL);
    for (size_t i = 0; i < n; i++) {
      const np *p = word_np(c, s[i]);
      if (!p || !p->person) continue;
      const geordf_entity *home = gd_person_state(p->person, date);
      if (!home || home == state || visit_told(c, se, p->person, state)) continue;
      geordf_event *out = stay_event(c, p->person, state, place);
      if (!out) return -1;
      clause_date(c, se, (int)v, out->date);
      if (gd_event_add_evidence(out, se->b, se->e)) return -1;
    }
  }
  return 0;
}

/* "the first American official to visit China", "the highest-level envoy
 * to travel there": an infinitive on a noun that an ordinal or a
 * superlative ranks says what the noun's referent is, not a visit of its
 * own (that is the clause's the phrase stands beside).  Whether the visit
 * trigger's head word HW is such an infinitive. */
int ranked_infinitive(const ctx *c, int hw) {
  const gd_deps *d = &c->deps;
  if (hw < 0 || d->w[hw].rel != GD_R_ACL || d->w[hw].head < 0) return 0;
  int n = d->w[hw].head;
  static const char *const rank[] = {"first", "last", "only", "second", "third", "most", NULL};
  int k = d->w[n].first;
  if (k < 0 || k >= n) return 0;
  /* the words before the noun in its phrase ("the highest-level American") */
  for (size_t t = d->w[k].tok; t < d->w[n].tok && t < c->t->ntok; t++) {
    const char *w = c->t->tok[t].norm;
    size_t l = strlen(w);
    for (int i = 0; rank[i]; i++)
      if (!strcmp(w, rank[i])) return 1;
    if ((l > 4 && !strcmp(w + l - 3, "est")) || strstr(w, "est-")) return 1;
  }
  return 0;
}

/* "landed in Mexico after being granted asylum", "flew his MiG to Israel
 * and asked for political asylum": a journey whose verb governs, through
 * its adverbial clauses or conjoined verbs, the asylum or refuge sought or
 * granted is a flight into exile or a defection, no visit.  Whether the
 * verb trigger at word HW governs such a noun. */
int refuge_journey(const ctx *c, int hw) {
  const gd_deps *d = &c->deps;
  if (hw < 0) return 0;
  for (int q = 0; q < (int)d->n; q++) {
    if (!gd_deps_is(d, q, "asylum") && !gd_deps_is(d, q, "refuge")) continue;
    for (int a = d->w[q].head, hops = 0; a >= 0 && hops < 6; a = d->w[a].head, hops++)
      if (a == hw) return 1;
  }
  return 0;
}

int time_object(const ctx *c, int h) {
  /* (Not months or years: "spent five years in Dresden" lived there.) */
  static const char *const unit[] = {"day", "days", "week", "weeks", "weekend", "night", "nights", "hour", "hours",
                                     NULL};
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, 0, w, GD_MAX_FILL);
  for (size_t i = 0; i < n; i++) {
    if (time_name(c, w[i])) return 1;
    for (int k = 0; unit[k]; k++)
      if (gd_deps_is(d, w[i], unit[k])) return 1;
  }
  return 0;
}
