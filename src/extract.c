/* geordf: event extraction.  Per sentence: find lexicon phrases, group them
 * into noun phrases (with coordination and coreference), then fill each
 * trigger's argument frame from the phrases around it, read negation,
 * modality and status cues, attach a date, and merge repeated events.
 * This file holds the per-document driver and apply_frame(), which turns
 * one trigger's frame into events; the stages it calls live in
 * src/extract-*.c (np, discourse, frame, tree, attr, merge, one per type).
 * SPDX-License-Identifier: MIT */
#include "extract-attr.h"
#include "extract-ctx.h"
#include "extract-discourse.h"
#include "extract-frame.h"
#include "extract-merge.h"
#include "extract-np.h"
#include "extract-tree.h"
#include "extract-types.h"
#include "ud.h"
#include "schema.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether EV has the roles its type needs to be stated. */
static int core_ok(const geordf_event *ev) {
  return (unsigned)ev->type < GEORDF_EVENT_TYPE_COUNT && gd_schema_type[ev->type].rules->core_ok(ev);
}

/* Removes fillers that make an event say nothing ("Russia sanctioned
 * Russia"), and the visitor's own state as a destination. */
static void clean(const ctx *c, geordf_event *ev) {
  /* A state that did not exist yet on the date, as the one a place lies in,
   * is its predecessor then ("arrived in Murmansk" in 1963: the Soviet
   * Union); names of states are read so already. */
  for (int r = 0; r < GEORDF_ROLE_COUNT; r++)
    for (unsigned i = 0; i < ev->nfill[r];) {
      const geordf_entity *e = ev->fill[r][i];
      if (e->kind == GD_KIND_COUNTRY) e = gd_entity_on(e, GD_NAME_PROPER, c->have_date ? c->date : "");
      if (e != ev->fill[r][i] && contains(ev, (geordf_role)r, e)) {
        memmove(&ev->fill[r][i], &ev->fill[r][i + 1], (ev->nfill[r] - i - 1) * sizeof ev->fill[r][0]);
        ev->nfill[r]--;
        continue;
      }
      ev->fill[r][i++] = e;
    }
  geordf_role pairs[][2] = {{GEORDF_ROLE_SUPPLIER, GEORDF_ROLE_RECIPIENT},
                            {GEORDF_ROLE_IMPOSER, GEORDF_ROLE_TARGET},
                            {GEORDF_ROLE_ATTACKER, GEORDF_ROLE_VICTIM}};
  for (size_t p = 0; p < 3; p++) {
    geordf_role a = pairs[p][0], b = pairs[p][1];
    /* A state in both roles of a shoot-down is the victim: whose aircraft
     * it was is read from the aircraft itself ("a Rhodesian airliner"),
     * while the attacker may be a speaker the words around the verb gave
     * ("Salisbury said guerrillas had brought down a Rhodesian airliner"). */
    if (a == GEORDF_ROLE_ATTACKER) a = GEORDF_ROLE_VICTIM, b = GEORDF_ROLE_ATTACKER;
    /* Subjects coordinated across both sides of a deal, the noun's own
     * phrase naming one of them ("France and Russia agreed to cancel the
     * sale of warships to Moscow"): the one named as the buyer alone is the
     * buyer. */
    else if (a == GEORDF_ROLE_SUPPLIER && ev->nfill[b] == 1 && ev->nfill[a] > 1 && contains(ev, a, ev->fill[b][0])) {
      geordf_role t = a;
      a = b, b = t;
    }
    for (unsigned i = 0; i < ev->nfill[b];) {
      if (contains(ev, a, ev->fill[b][i])) {
        memmove(&ev->fill[b][i], &ev->fill[b][i + 1], (ev->nfill[b] - i - 1) * sizeof ev->fill[b][0]);
        ev->nfill[b]--;
      } else i++;
    }
  }
  if (ev->type == GEORDF_VISIT && ev->nfill[GEORDF_ROLE_VISITOR] == 1 && ev->nfill[GEORDF_ROLE_HOST] == 1 &&
      ev->nfill[GEORDF_ROLE_DESTINATION] == 1) {
    /* "the Chinese premier met Nixon in Beijing": one who meets another at
     * home is the host, the other the visitor. */
    const char *d = c->have_date ? c->date : "";
    const geordf_entity *v = ev->fill[GEORDF_ROLE_VISITOR][0], *h = ev->fill[GEORDF_ROLE_HOST][0];
    const geordf_entity *dest = ev->fill[GEORDF_ROLE_DESTINATION][0];
    if (v->kind == GD_KIND_PERSON && h->kind == GD_KIND_PERSON && gd_person_state(v, d) == dest &&
        gd_person_state(h, d) && gd_person_state(h, d) != dest) {
      ev->fill[GEORDF_ROLE_VISITOR][0] = h;
      ev->fill[GEORDF_ROLE_HOST][0] = v;
    }
  }
  if (ev->type == GEORDF_VISIT && ev->nfill[GEORDF_ROLE_VISITOR]) {
    const geordf_entity *v = ev->fill[GEORDF_ROLE_VISITOR][0];
    /* (A body's home is where it has its seat: "EU leaders met in
     * Brussels" is no visit.) */
    const geordf_entity *home = v->kind == GD_KIND_PERSON ? gd_person_state(v, c->have_date ? c->date : "")
                                : v->kind == GD_KIND_ORG && v->country ? v->country
                                                                        : v;
    /* (And its members' states: "NATO leaders arrived in Vilnius for a
     * summit", "BRICS leaders met in Johannesburg"; "EU leaders visited
     * Kyiv" went abroad.) */
    for (unsigned i = 0; i < ev->nfill[GEORDF_ROLE_DESTINATION];) {
      const geordf_entity *dst = ev->fill[GEORDF_ROLE_DESTINATION][i];
      if (dst == home || (v->kind == GD_KIND_ORG && dst->kind == GD_KIND_COUNTRY &&
                          gd_lexicon_is_member(dst, v, c->have_date ? c->date : ""))) {
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


/* Whether verb H has a "from" phrase whose noun is a programme ("program")
 * that a weapon it holds names: "from the F-35 fighter jet programme". */
static int weapon_programme(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
    if (k < h || d->w[k].rel != GD_R_OBL || !gd_deps_has_case(d, k, "from") ||
        !(gd_deps_is(d, k, "programme") || gd_deps_is(d, k, "program")))
      continue;
    for (int m = d->w[k].first; m >= 0; m = d->w[m].next) {
      const np *p = m < k && (d->w[m].rel == GD_R_COMPOUND || d->w[m].rel == GD_R_AMOD) ? word_np(c, m) : NULL;
      if (p && p->weapon) return 1;
    }
  }
  return 0;
}

/* Whether TR's frame fills ROLE from the verb's object. */
static int obj_slot_is(const gd_trigger *tr, geordf_role role) {
  for (unsigned k = 0; k < tr->nslots; k++)
    if (tr->slots[k].kind == GD_SLOT_OBJ && tr->slots[k].role == role) return 1;
  return 0;
}

/* The date expressions of a sentence, read when its first event is added:
 * most sentences with a trigger give no event, and reading the dates costs
 * more than the rest of such a sentence. */
typedef struct {
  gd_date_expr v[16];
  size_t n;
  int read;
} sent_dates;

/* "cut off its support for the Khmer Rouge", "ended its alliance with
 * Egypt", "withdrew its support for Somoza": an alliance noun H that is the
 * object (the passive subject) of a verb of ending or taking back speaks
 * of an alliance no longer held. */
static int ended(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  int g = d->w[h].head;
  if (g < 0 || d->w[g].upos != GD_UPOS_VERB || (d->w[h].rel != GD_R_OBJ && d->w[h].rel != GD_R_NSUBJ_PASS))
    return 0;
  int prt = -1;
  for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_PRT) prt = k;
  char lem[16];
  gd_deps_lemma(d, g, lem, sizeof lem);
  return lemma_cue(c, g, -1, GD_CUE_LIFT) || lemma_cue(c, g, -1, GD_CUE_CANCELLED) || !strcmp(lem, "withdraw") ||
         (prt >= 0 && (lemma_cue(c, g, prt, GD_CUE_CANCELLED) || (!strcmp(lem, "cut") && gd_deps_is(d, prt, "off"))));
}

/* Whether trigger TM (H its word in the parse, -1: none), a verb in the
 * passive (PASS), has no by-phrase ("tanks were shipped to Iraq",
 * "missiles were delivered to Iran"): no agent is said.  STE closes the
 * sentence. */
static int agentless_passive(const ctx *c, const gd_mention *tm, int h, int pass, size_t ste) {
  const gd_deps *d = &c->deps;
  if (!pass) return 0;
  if (h >= 0) {
    if (d->w[h].upos != GD_UPOS_VERB) return 0;
    for (int k = d->w[h].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_OBL_AGENT || (d->w[k].rel == GD_R_OBL && gd_deps_has_case(d, k, "by"))) return 0;
    return 1;
  }
  /* (By word order: no "by" after the verb.) */
  for (size_t k = tm->te; k < ste; k++)
    if (tok_is(c, k, "by")) return 0;
  return 1;
}

static const sent_dates *sentence_dates(const ctx *c, const gd_sentence *se, sent_dates *d) {
  if (!d->read) {
    d->n = gd_date_find(gd_lexicon_date_words(c->lex), c->t, se->tb, se->te, c->text, c->have_date ? &c->ymd : NULL,
                        d->v, sizeof d->v / sizeof d->v[0]);
    /* A dateline's date ("SALISBURY, Rhodesia, Sept. 5 --") is the
     * report's, not that of what the sentence tells. */
    size_t open = after_dateline(c, se->tb, se->te);
    if (open > se->tb && open < se->te) {
      size_t k = 0, from = c->t->tok[open].b;
      for (size_t i = 0; i < d->n; i++)
        if (d->v[i].begin >= from) d->v[k++] = d->v[i];
      d->n = k;
    }
    d->read = 1;
  }
  return d;
}

/* The day the lead's first date expression names, when it is one resolved
 * against the document's date and not after it ("signed a defence pact in
 * Manila on Monday", "agreed on Saturday to ban"): the news of the day. */
static void lead_day(ctx *c, const sent_dates *d) {
  for (size_t i = 0; i < d->n && c->have_date; i++)
    if (d->v[i].value.d) {
      if (d->v[i].relative && !d->v[i].future) gd_date_format(&d->v[i].value, c->lead_date);
      return;
    }
}

/* Whether a verb of chain CH is in the past perfect ("had already stopped
 * all imports", "arms sales had risen"): before the time the news tells
 * of. */
static int past_perfect(const ctx *c, const gd_chain *ch) {
  const gd_deps *d = &c->deps;
  if (!c->parsed) return 0;
  for (size_t i = 0; i < ch->n; i++)
    for (int p = d->w[ch->w[i]].first; p >= 0; p = d->w[p].next)
      if ((d->w[p].rel == GD_R_AUX || d->w[p].rel == GD_R_AUX_PASS) && gd_deps_is(d, p, "had")) return 1;
  return 0;
}

/* Whether chain CH's event has a time of its own: a word of the chain
 * opens a clause of time ("less than two weeks after the Emirates agreed
 * to buy", "meet as Kishida visits Kyiv"), or the sentence counts its time
 * off another ("froze the assets a few days earlier"). */
static int own_time(const ctx *c, const gd_chain *ch, const gd_sentence *se) {
  static const char *const unit[] = {"day", "days", "week", "weeks", "month", "months", "year", "years", NULL};
  const gd_deps *d = &c->deps;
  for (size_t i = 0; c->parsed && i < ch->n; i++)
    for (int p = d->w[ch->w[i]].first; p >= 0; p = d->w[p].next) {
      char m[16];
      size_t mn = d->w[p].e - d->w[p].b;
      /* (or, on the trigger, its preposition: a headline's "as Kishida
       * visits Kyiv" read with a noun) */
      if ((d->w[p].rel != GD_R_MARK && (i || d->w[p].rel != GD_R_CASE)) || mn >= sizeof m) continue;
      for (size_t k = 0; k < mn; k++) m[k] = (char)tolower((unsigned char)c->text[d->w[p].b + k]);
      m[mn] = '\0';
      if (!strcmp(m, "as") || gd_date_words_has(gd_lexicon_date_words(c->lex), GD_DATE_TIME_CLAUSE, m, NULL)) return 1;
    }
  for (size_t k = se->tb + 1; k < se->te; k++)
    if (tok_is(c, k, "earlier") || tok_is(c, k, "later"))
      for (int u = 0; unit[u]; u++)
        if (tok_is(c, k - 1, unit[u])) return 1;
  return 0;
}

/* Whether sentence SE lies after the lead, in its paragraph or the next
 * one: where news tells the details of the lead's happening. */
static int after_lead(const ctx *c, const gd_sentence *se) {
  if (!c->lead_date[0] || se->b <= c->lead_end) return 0;
  int breaks = 0;
  for (size_t i = c->lead_end; i + 1 < se->b; i++)
    if (c->text[i] == '\n' && c->text[i + 1] == '\n') breaks++;
  return breaks <= 1;
}

/* Whether the body E is no object of a verb of joining or leaving that
 * ends at token TE: named only before it ("Rebels Urge NATO Allies Quit
 * Somalia"), or after it only as the modifier of another noun, which the
 * verb then takes ("left NATO headquarters", "withdraw from NATO's
 * integrated military command"). */
static int body_not_object(const ctx *c, const geordf_entity *e, size_t te, size_t np0, size_t np1) {
  for (size_t a = np0; a < np1; a++) {
    const np *p = &c->nps[a];
    if (p->head != e || p->tb < te) continue;
    if (!c->parsed) return 0;
    /* (The phrase's own head word: its last but a possessive ending.) */
    int w = gd_deps_word(&c->deps, p->poss && p->te - 1 > p->tb ? p->te - 2 : p->te - 1);
    if (w < 0) return 0;
    gd_rel r = (gd_rel)c->deps.w[w].rel;
    int h = c->deps.w[w].head;
    if (!((r == GD_R_COMPOUND || r == GD_R_POSS) && h >= 0 && c->deps.w[h].upos == GD_UPOS_NOUN)) return 0;
    /* (But a noun of alliance the body's name modifies is the body itself:
     * "joined the NATO alliance", "joined the NATO military alliance".) */
    size_t ht = c->deps.w[h].tok;
    const gd_mention *hm = c->tok_m[ht] >= 0 ? &c->m[c->tok_m[ht]] : NULL;
    for (unsigned q = 0; hm && q < hm->ntrig; q++)
      if (hm->trig[q]->type == GEORDF_ALLIANCE && hm->trig[q]->pos == 'n') return 0;
  }
  return 1;
}

/* Whether W says that measures are others' of the same kind as those told
 * before: "parallel measures", "similar steps", "matching measures". */
static int kindred(const char *w) {
  return !strcmp(w, "parallel") || !strcmp(w, "similar") || !strcmp(w, "matching");
}

/* Whether word W adds to sanctions already told ("further", "additional",
 * "tougher", "more"). */
static int additive(const char *w) {
  return !strcmp(w, "further") || !strcmp(w, "additional") || !strcmp(w, "tougher") || !strcmp(w, "more");
}

/* Whether word W is the gerund of a clause of time: "a day after meeting Xi
 * in Beijing", "before meeting", "while meeting". */
static int gerund_of_time(const ctx *c, int w) {
  static const char *const mark[] = {"after", "before", "since", "while", "when", "on", "upon", NULL};
  const gd_deps *d = &c->deps;
  if (d->w[w].upos != GD_UPOS_VERB) return 0;
  for (int k = d->w[w].first; k >= 0 && k < w; k = d->w[k].next)
    if (d->w[k].rel == GD_R_MARK || d->w[k].rel == GD_R_CASE)
      for (int i = 0; mark[i]; i++)
        if (gd_deps_is(d, k, mark[i])) return 1;
  return 0;
}

/* Whether word W is a participle hung on a noun ("troops, backed by
 * tanks,"), not an infinitive ("an obligation to defend"). */
static int participle_on_noun(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  if (w < 0 || d->w[w].rel != GD_R_ACL || d->w[w].upos != GD_UPOS_VERB) return 0;
  for (int k = d->w[w].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_MARK || d->w[k].rel == GD_R_AUX || d->w[k].rel == GD_R_AUX_PASS) return 0;
  return 1;
}

/* Fills one trigger's frame and, when the core roles are there, adds the
 * event. */
/* Whether word Q heads a clause of its own: a verb with its own subject
 * or a subordinating word ("after he arrived in Sri Lanka"); a participle
 * of the object ("watched the flag lowered in Salisbury") is none. */
static int own_clause(const gd_deps *d, int q) {
  if (d->w[q].upos != GD_UPOS_VERB) return 0;
  for (int k = d->w[q].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS || d->w[k].rel == GD_R_MARK) return 1;
  return 0;
}

/* Whether an "in" phrase hangs under the verb at word H (on the verb, its
 * object or a noun of theirs), not in a clause of its own below it. */
static int own_in_phrase(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  for (size_t k = 0; k < d->n; k++) {
    if ((int)k == h || !gd_deps_has_case(d, (int)k, "in")) continue;
    int q = d->w[k].head, steps = 0;
    while (q >= 0 && q != h && !own_clause(d, q) && steps++ < 8) q = d->w[q].head;
    if (q == h) return 1;
  }
  return 0;
}

/* Whether the refusal at word W is a veto overridden ("override the
 * president's veto of", "overrode his veto"). */
static int overridden(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  int v = d->w[w].head;
  char lemma[16] = "";
  if (!gd_deps_is(d, w, "veto") || v < 0) return 0;
  /* (by the word too: the tagger may take "overrode" for a noun) */
  gd_deps_lemma(d, v, lemma, sizeof lemma);
  return !strcmp(lemma, "override") || !strcmp(lemma, "overrule") || gd_deps_is(d, v, "overrode") ||
         gd_deps_is(d, v, "overridden") || gd_deps_is(d, v, "overrides");
}

/* Whether the visitor of EV, read for the visit noun at word HW (the
 * trigger TM), is the agent of a passive verb the noun hangs under: a
 * phrase of "by" before the noun, between the verb and it, naming that
 * visitor, where the verb (the first above the noun, through at most four
 * heads) has a passive subject. */
static int visitor_is_passive_agent(const ctx *c, const geordf_event *ev, const gd_mention *tm, int hw, size_t np0,
                                    size_t np1) {
  const gd_deps *d = &c->deps;
  int v = d->w[hw].head;
  for (int steps = 0; v >= 0 && d->w[v].upos != GD_UPOS_VERB && steps < 4; steps++) v = d->w[v].head;
  if (v < 0 || d->w[v].upos != GD_UPOS_VERB || d->w[v].tok >= tm->tb) return 0;
  int subj = 0;
  for (int k = d->w[v].first; k >= 0; k = d->w[k].next) subj |= d->w[k].rel == GD_R_NSUBJ_PASS;
  if (!subj) return 0;
  for (size_t a = np0; a < np1; a++) {
    const np *p = &c->nps[a];
    if (p->tb <= d->w[v].tok || p->te > tm->tb || !tok_is(c, p->tb - 1, "by")) continue;
    const geordf_entity *e = filler(c, GEORDF_ROLE_VISITOR, p);
    for (unsigned q = 0; e && q < ev->nfill[GEORDF_ROLE_VISITOR]; q++)
      if (ev->fill[GEORDF_ROLE_VISITOR][q] == e) return 1;
  }
  return 0;
}

/* Whether a verb above the trigger on chain CH has the lemma L. */
static int chain_lemma(const ctx *c, const gd_chain *ch, const char *l) {
  char lem[16];
  if (!c->parsed) return 0;
  for (size_t i = 1; i < ch->n; i++) {
    if (c->deps.w[ch->w[i]].upos != GD_UPOS_VERB) continue;
    gd_deps_lemma(&c->deps, ch->w[i], lem, sizeof lem);
    if (!strcmp(lem, l)) return 1;
  }
  return 0;
}

/* Whether word W is a verb of selling or buying ("sell", "buy",
 * "purchase", "acquire"). */
static int dealing_verb(const ctx *c, int w) {
  static const char *const deal[] = {"sell", "buy", "purchase", "acquire", NULL};
  char lem[16];
  if (!c->parsed || w < 0 || c->deps.w[w].upos != GD_UPOS_VERB) return 0;
  gd_deps_lemma(&c->deps, w, lem, sizeof lem);
  for (int k = 0; deal[k]; k++)
    if (!strcmp(lem, deal[k])) return 1;
  return 0;
}

/* Whether the arms transfer of chain CH is under way or done: its
 * trigger is the object or complement of a verb of beginning or
 * completing ("has begun supplying Stingers to", "began airlifting arms to",
 * "completed delivery of the S-300"), or a verb of handing over in the
 * progressive ("is rushing tanks to", "are arming the rebels", "is
 * sending MiGs to"; not "is selling", which may be a deal still to be
 * carried out).  GOODS: whether the event names the weapons. */
static int transfer_under_way(const ctx *c, const gd_chain *ch, int goods) {
  static const char *const aspect[] = {"begin", "start", "complete", "finish", NULL};
  static const char *const handing[] = {"supply", "deliver", "ship", "send", "rush", "airlift", "arm", "provide", "fly", NULL};
  const gd_deps *d = &c->deps;
  char lem[16];
  if (!c->parsed || !ch->n) return 0;
  /* (Weapons named, by the event or the trigger's object or "of" phrase,
   * or "arming" them: "has begun to send home Turkish pilots" hands over
   * none.) */
  gd_deps_lemma(d, ch->w[0], lem, sizeof lem);
  for (int k = d->w[ch->w[0]].first; k >= 0 && !goods; k = d->w[k].next) {
    if (d->w[k].rel != GD_R_OBJ && d->w[k].rel != GD_R_NMOD && d->w[k].rel != GD_R_NSUBJ_PASS) continue;
    const np *p = word_np(c, k);
    const gd_mention *m = c->tok_m[d->w[k].tok] >= 0 ? &c->m[c->tok_m[d->w[k].tok]] : NULL;
    goods = (p && p->weapon) || (m && (m->cues & (1u << GD_CUE_ARMS)));
  }
  if (!goods && strcmp(lem, "arm")) return 0;
  if (ch->n > 1 && d->w[ch->w[1]].upos == GD_UPOS_VERB) {
    gd_deps_lemma(d, ch->w[1], lem, sizeof lem);
    for (int k = 0; aspect[k]; k++)
      if (!strcmp(lem, aspect[k])) return 1;
  }
  int t = ch->w[0];
  size_t len = d->w[t].e - d->w[t].b;
  if (d->w[t].upos != GD_UPOS_VERB || len < 5 || strncasecmp(c->text + d->w[t].e - 3, "ing", 3)) return 0;
  int be = 0;
  for (int p = d->w[t].first; p >= 0; p = d->w[p].next)
    be |= (d->w[p].rel == GD_R_AUX || d->w[p].rel == GD_R_AUX_PASS) &&
          (gd_deps_is(d, p, "is") || gd_deps_is(d, p, "are") || gd_deps_is(d, p, "was") || gd_deps_is(d, p, "were"));
  if (!be) return 0;
  gd_deps_lemma(d, t, lem, sizeof lem);
  for (int k = 0; handing[k]; k++)
    if (!strcmp(lem, handing[k])) return 1;
  return 0;
}

/* Whether phrase P names an airline ("British Airways", "Turkish
 * Airlines", "Canadian Airlines": the name's last word, or the word after
 * a demonym), which allies itself with airlines for trade, not for its
 * state, even when the flag carrier is named for it. */
static int airline_np(const ctx *c, const np *p, size_t ste) {
  if (p->te <= p->tb) return 0;
  return tok_is(c, p->te - 1, "airlines") || tok_is(c, p->te - 1, "airways") ||
         (p->te < ste && (tok_is(c, p->te, "airlines") || tok_is(c, p->te, "airways")));
}

static int apply_frame(ctx *c, const gd_trigger *tr, const gd_mention *tm, const gd_sentence *se, size_t np0,
                       size_t np1, sent_dates *sd) {
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
      /* (A verb of stopping is a sanction of dealings other than arms.) */
      if (m && m->ntrig && m->trig[0]->type == GEORDF_SANCTION && !(m->trig[0]->flags & GD_TRIG_DEALING_OBJECT))
        return 0;
      if (m) k = m->tb;
    }
  }
  /* "the measures", "such steps": only after a word that points back, and
   * only when there is something to point back to. */
  if (tr->flags & GD_TRIG_ANAPHOR) {
    if (tr->type == GEORDF_SANCTION && !c->sanc_target) return 0;
    if (tr->type == GEORDF_ALLIANCE && !c->pact_named) return 0;
    /* "the measures" are the last ones again; "tougher measures",
     * "parallel measures", "matching measures" are new ones of the same
     * kind. */
    static const char *const same[] = {"the", "these", "those", "such", "its", "their", "same", NULL};
    static const char *const more[] = {"similar", "parallel", "matching", "tougher", "further", "additional", "more",
                                       "new", "fresh", "harsher", "stricter", NULL};
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
  /* "had shot the aircraft down", "shot it down": a trigger matched on a
   * particle after the verb's object is read on the verb, whose subject
   * and object are the event's, when verb and particle are a phrase of the
   * trigger (not "put down the insurgency"). */
  size_t after = tm->te; /* where the trigger's object may start */
  if (hw >= 0 && !noun && c->deps.w[hw].rel == GD_R_PRT && c->deps.w[hw].head >= 0 && c->deps.w[hw].head < hw &&
      c->deps.w[c->deps.w[hw].head].upos == GD_UPOS_VERB && lemma_trigger(c, c->deps.w[hw].head, hw, tr)) {
    hw = c->deps.w[hw].head;
    after = c->deps.w[hw].tok + 1;
  }
  /* "Japan joined the EU in imposing sanctions": a verb of acting with
   * another is no event of its own (no membership); its gerund is. */
  if (hw >= 0 && !noun && joins_in_gerund(c, hw)) return 0;
  /* "will one day become members of the alliance", "the membership of the
   * pact": a pact noun in the "of" phrase of a noun of membership names the
   * body joined (the membership is the event), no alliance of the clause's
   * subjects with one another. */
  if (hw >= 0 && noun && tr->type == GEORDF_ALLIANCE && c->deps.w[hw].rel == GD_R_NMOD &&
      gd_deps_has_case(&c->deps, hw, "of") && c->deps.w[hw].head >= 0 && c->deps.w[hw].head < hw) {
    char lem[16];
    if (gd_deps_lemma(&c->deps, c->deps.w[hw].head, lem, sizeof lem) &&
        (!strcmp(lem, "member") || !strcmp(lem, "membership")))
      return 0;
  }
  /* With a parse, the tagger decides between the readings ("Minister
   * visits Libya", "the visits of"). */
  int tagged = 0;
  /* (An attributive "visiting" is the verb's: "a visiting official".) */
  if (hw >= 0 && !noun && c->deps.w[hw].upos == GD_UPOS_ADJ && c->deps.w[hw].rel == GD_R_AMOD &&
      tm->trig[0]->type == GEORDF_VISIT)
    tagged = 1;
  if (hw >= 0 && has_v && has_n) {
    int w = hw;
    int u = w >= 0 ? c->deps.w[w].upos : -1;
    /* (A "noun" with a subject and no copula is a verb the tagger missed:
     * "Minister visits Libya"; so is one with an object, which no noun
     * takes: "U.S. sanctions Venezuelan officials".) */
    if (u == GD_UPOS_NOUN) {
      int subj = 0, cop = 0, obj = 0;
      for (int k = c->deps.w[w].first; k >= 0; k = c->deps.w[k].next) {
        subj |= c->deps.w[k].rel == GD_R_NSUBJ;
        cop |= c->deps.w[k].rel == GD_R_COP;
        obj |= c->deps.w[k].rel == GD_R_OBJ && k > w;
      }
      if ((subj || obj) && !cop) u = GD_UPOS_VERB;
    }
    /* (A gerund after a possessor or a determiner, with an "of" phrase
     * after it, is a noun: "Iran's shooting down of a U.S. drone", "the
     * shooting down of MH17".) */
    const char *gw = c->t->tok[tm->tb].norm;
    size_t gl = strlen(gw);
    if (tm->trig[0]->type == GEORDF_SHOOTDOWN && gl > 4 && !strcmp(gw + gl - 3, "ing") && tm->tb > stb &&
        tm->te < ste && tok_is(c, tm->te, "of") &&
        (is_determiner(c, tm->tb - 1) || (c->t->tok[tm->tb - 1].flags & GD_TOK_POSS)))
      u = GD_UPOS_NOUN;
    if (u == GD_UPOS_VERB || u == GD_UPOS_NOUN || u == GD_UPOS_PROPN) {
      if (noun != (u != GD_UPOS_VERB)) return 0;
      tagged = 1;
    }
  }
  /* "as host Vladimir Putin hailed", "with Xi as host": a verb's bare
   * form after "as" is a noun, the role one plays. */
  if (!noun && tm->te == tm->tb + 1 && tm->tb > stb && tok_is(c, tm->tb - 1, "as")) {
    const char *w = c->t->tok[tm->tb].norm;
    size_t l = strlen(w);
    if (l > 2 && w[l - 1] != 's' && strcmp(w + l - 2, "ed") && !(l > 3 && !strcmp(w + l - 3, "ing"))) return 0;
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
  /* "Russian-backed rebels", "Saudi-led forces": a trigger joined by a
   * hyphen to a name before it modifies the noun after it.  When that noun
   * names an actor the compound below relates the two; when it names none
   * (rebels, militias) the trigger relates nothing in the sentence. */
  if (tm->tb >= stb + 2 && (c->t->tok[tm->tb - 1].flags & GD_TOK_HYPHEN) && c->tok_np[tm->tb] < 0) {
    const gd_mention *pm = mention_at(c, tm->tb - 2);
    if (pm && (pm->nents || pm->office)) return 0;
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
  /* "settled allegations that it violated sanctions on Iran": a sanction
   * broken in the charge against its violator is none of the story's. */
  if (tr->type == GEORDF_SANCTION && noun && hw >= 0 && charged_violation(c, hw)) return 0;
  /* "the alliance's border": a trigger that is itself a possessor. */
  if (tm->te < ste && (c->t->tok[tm->te].flags & GD_TOK_POSS)) return 0;
  /* Voice from the tree; the word-order reading stays for the slots the
   * tree leaves empty. */
  int wpass = passive(c, tr, tm->tb, tm->te, stb, ste, np0, np1);
  int pass = hw >= 0 ? gd_deps_passive(&c->deps, hw) : wpass;
  /* "KHRUSHCHEV SAYS U.S. PLANE DOWNED", "KOREAN JET DOWNED": a headline
   * drops the "was" of its passive; a verb of downing there with a subject
   * but no object and no auxiliary is one. */
  if (tr->type == GEORDF_SHOOTDOWN && tr->pos == 'v' && !pass && c->deps.headline && headline_passive(c, hw)) pass = 1;
  /* "froze", "suspended": a sanction only when what is stopped is a
   * dealing ("froze Iraqi assets", "suspended food aid to Poland"), read
   * on the tree. */
  if ((tr->flags & GD_TRIG_DEALING_OBJECT) && !(hw >= 0 && dealing_object(c, hw, pass, (tr->flags & GD_TRIG_ARMS_DEALING) != 0))) return 0;
  if ((tr->flags & GD_TRIG_GERUND) && !(hw >= 0 && gerund_of_time(c, hw))) return 0;
  /* "closed its airspace to Russian aircraft": a sanction only when what
   * is closed is a border, airspace or ports. */
  if ((tr->flags & GD_TRIG_BARRIER_OBJECT) && !(hw >= 0 && barrier_object(c, hw, pass))) return 0;
  /* "removed Turkey from the F-35 programme": only a programme a weapon
   * names. */
  if ((tr->flags & GD_TRIG_WEAPON_PROGRAMME) && !(hw >= 0 && weapon_programme(c, hw))) return 0;
  /* "spent three days in Helsinki": a stay only when what is spent is
   * time. */
  if ((tr->flags & GD_TRIG_TIME_OBJECT) && !(hw >= 0 && time_object(c, hw))) return 0;
  /* "pledged a Patriot battery to Kyiv": only what is itself pledged, not
   * a deed pledged ("pledged to scrap its contract"), and only arms
   * pledged: the weapon is in the pledge's own clause, not in one hung on
   * it ("pledged aid after Russian drones hit ..."). */
  if (tr->flags & GD_TRIG_NOUN_OBJECT) {
    int w[GD_MAX_FILL];
    if (hw < 0 || !gd_deps_slot(&c->deps, hw, GD_SLOT_OBJ, NULL, 0, 0, w, GD_MAX_FILL)) return 0;
    if (!clause_has_weapon(c, hw, np0, np1)) return 0;
  }
  geordf_event tmp;
  memset(&tmp, 0, sizeof tmp);
  tmp.type = tr->type;
  (void)0;
  npset split = {{0}, 0}; /* Visit destinations coordinated: one visit each */
  char dir_fill[GEORDF_ROLE_COUNT] = {0}; /* roles filled by a "to" or "from" phrase */
  const geordf_entity *subj_party[GD_MAX_FILL];
  unsigned n_subj_party = 0, n_other_party = 0;
  int victim_unknown = 0; /* the tree's object is a thing the lexicon does not know */
  int host_subject = 0;   /* the host was read from the subject slot */
  char acat = 0; /* what was downed: 'A'ircraft, 'D'rone, 'H'elicopter, 'M'issile */
  unsigned n_grounded = 0, n_flying = 0; /* phrases named as downed: on the ground or not */
  const geordf_entity *victim_pron = NULL; /* a downing's victim named by "its"/"their" alone */
  size_t victim_pron_tb = 0;
  int refers_back = 0; /* a shoot-down noun pointing back to the last aircraft downed */
  /* An arms noun that is the deal a verb of agreeing settles ("Russia and
   * Venezuela signed an agreement for the sale of tanks"): the verb's
   * subjects and its "with" phrase are its signers, and the noun's own
   * phrases (INNER) say which side is whose. */
  int signv = noun && tr->type == GEORDF_ARMSDEAL ? signing_verb(c, hw) : -1;
  const geordf_entity *signer[GD_MAX_FILL];
  unsigned nsigner = 0;
  const geordf_entity *maker = NULL; /* where the arms bought were made */
  geordf_event inner;
  memset(&inner, 0, sizeof inner);
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
    /* (A noun that is itself a clause's subject has no agent to its left:
     * "..., with the alliance announcing".) */
    int subject_noun = noun && hw >= 0 && sl->kind == GD_SLOT_SUBJ &&
                       (c->deps.w[hw].rel == GD_R_NSUBJ || c->deps.w[hw].rel == GD_R_NSUBJ_PASS);
    /* (So too a party of an alliance the tree names by a noun the lexicon
     * does not know: "troops, backed by MiG jets," "fighters backed by the
     * coalition" name no second party, whatever word order finds.) */
    int unknown = !from_tree && ((words && sl->kind == GD_SLOT_OBJ && sl->role == GEORDF_ROLE_VICTIM) || words == 2 ||
                                 (words && tr->type == GEORDF_ALLIANCE && !noun && pass && tm->te == tm->tb + 1 && participle_on_noun(c, hw)) ||
                                 subject_noun);
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
    int signer_slot = signv >= 0 && (sl->kind == GD_SLOT_SUBJ ||
                                     (sl->kind == GD_SLOT_PREP && !strcmp(sl->prep, "with")));
    for (unsigned g = 0; signer_slot && g < got.n; g++) {
      const geordf_entity *e = filler(c, sl->role, got.v[g]);
      int dup = 0;
      for (unsigned z = 0; z < nsigner; z++) dup |= signer[z] == e;
      if (e && !dup && nsigner < GD_MAX_FILL) signer[nsigner++] = e;
    }
    geordf_role role = sl->role;
    /* A phrase that says whose the thing downed was ("launched by Iran")
     * names the attacker when it describes the weapon that downed it. */
    int downed_phrase = sl->kind != GD_SLOT_PREP || !strcmp(sl->prep, "of");
    if (tr->type == GEORDF_SHOOTDOWN && role == GEORDF_ROLE_VICTIM && !downed_phrase && got.n &&
        describes_agent(c, tm, hw, stb, got.v[0]))
      role = GEORDF_ROLE_ATTACKER;
    else if (tr->type == GEORDF_SHOOTDOWN && !noun && !pass && role == GEORDF_ROLE_ATTACKER &&
             sl->kind == GD_SLOT_PREP && !strcmp(sl->prep, "by") && got.n && launched_by(c, tm, stb, got.v[0]))
      role = GEORDF_ROLE_VICTIM;
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
      /* ("American Airlines, British Airways and Qantas launched their
       * oneworld alliance": see airline_np().) */
      if (role == GEORDF_ROLE_PARTY && airline_np(c, p, ste)) continue;
      if (tr->type == GEORDF_SHOOTDOWN && role == GEORDF_ROLE_VICTIM && p->te == p->tb + 1 &&
          (tok_is(c, p->tb, "its") || tok_is(c, p->tb, "their")) && !(p->te < ste && tok_is(c, p->te, "own")))
        victim_pron = p->head ? p->head : p->mod, victim_pron_tb = p->tb;
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
      /* (Not a group the possessor only locates: "Lebanon's Hezbollah",
       * "Nigeria's Boko Haram" ally themselves, not their states.) */
      if (role == GEORDF_ROLE_PARTY && p->mod && p->mod_poss && np_actor(c, p) != p->mod &&
          !(np_actor(c, p) && (np_actor(c, p)->kind == GD_KIND_ARMED_GROUP || np_actor(c, p)->kind == GD_KIND_COMMUNITY)))
        gd_event_fill(&tmp, GEORDF_ROLE_PARTY, p->mod);
      for (int q = 0; q < 2; q++)
        /* (And victims by coordinated adjectives, "Soviet and Afghan
         * helicopters", but not all of those "their plane" names.) */
        if (p->also[q] && (role == GEORDF_ROLE_PARTY || role == GEORDF_ROLE_IMPOSER ||
                           role == GEORDF_ROLE_TARGET || role == GEORDF_ROLE_ATTACKER ||
                           (role == GEORDF_ROLE_VICTIM && !p->poss)))
          gd_event_fill(&tmp, role, p->also[q]);
      /* "Soviet jets were delivered to Egypt": what a passive of supplying
       * has as its subject, named as weapons of a nationality, is what was
       * supplied, and the nationality the seller's. */
      if (tr->type == GEORDF_ARMSDEAL && pass && sl->kind == GD_SLOT_OBJ && role == GEORDF_ROLE_RECIPIENT &&
          !p->head && !p->person && p->mod && p->mod->kind == GD_KIND_COUNTRY &&
          (sentence_has_cue(c, p->te, p->te + 2 <= ste ? p->te + 2 : ste, GD_CUE_ARMS) || p->weapon)) {
        if (!tmp.nfill[GEORDF_ROLE_SUPPLIER]) gd_event_fill(&tmp, GEORDF_ROLE_SUPPLIER, p->mod);
        if (p->weapon) gd_event_fill(&tmp, GEORDF_ROLE_ITEM, p->weapon);
        continue;
      }
      const geordf_entity *e = filler(c, role, p);
      if (e) gd_event_fill(&tmp, role, e);
      if (e && signv >= 0 && !signer_slot && (role == GEORDF_ROLE_SUPPLIER || role == GEORDF_ROLE_RECIPIENT))
        gd_event_fill(&inner, role, e);
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
      /* (Only what was downed, and flew: not the launcher of a "fired by"
       * phrase, "a missile fired by a Syrian S-200 battery".) */
      if (tr->type == GEORDF_SHOOTDOWN && role == GEORDF_ROLE_VICTIM && downed_phrase && p->weapon &&
          flies(p->weapon))
        gd_event_fill(&tmp, GEORDF_ROLE_AIRCRAFT, p->weapon);
      if (tr->type == GEORDF_SHOOTDOWN && role == GEORDF_ROLE_VICTIM && !acat)
        acat = air_category(c, p, downed_phrase);
      if (tr->type == GEORDF_SHOOTDOWN && role == GEORDF_ROLE_VICTIM && downed_phrase) {
        if (grounded(c, p)) n_grounded++;
        else if (flying(c, p)) n_flying++;
      }
      if (tr->type == GEORDF_ARMSDEAL && p->weapon && role != GEORDF_ROLE_SUPPLIER)
        gd_event_fill(&tmp, GEORDF_ROLE_ITEM, p->weapon);
      /* "would buy Russian submarines": the nationality of what a buyer
       * buys is the seller's. */
      if (tr->type == GEORDF_ARMSDEAL && role == GEORDF_ROLE_ITEM && !p->head && !p->person && p->mod &&
          p->mod->kind == GD_KIND_COUNTRY && !tmp.nfill[GEORDF_ROLE_SUPPLIER] &&
          (sentence_has_cue(c, p->te, p->te + 2 <= ste ? p->te + 2 : ste, GD_CUE_ARMS) || p->weapon)) {
        gd_event_fill(&tmp, GEORDF_ROLE_SUPPLIER, p->mod);
        if (signv >= 0) gd_event_fill(&inner, GEORDF_ROLE_SUPPLIER, p->mod);
      }
      /* "cancelled its order for French-designed submarines": where arms
       * a buyer buys were made names their seller when no other phrase
       * does (filled after every slot: "Russian-made jets from Belarus"). */
      if (tr->type == GEORDF_ARMSDEAL && role == GEORDF_ROLE_ITEM && p->maker && !p->head && !p->person &&
          !p->mod && p->maker->kind == GD_KIND_COUNTRY && !maker &&
          (sentence_has_cue(c, p->te + 2, p->te + 5 <= ste ? p->te + 5 : ste, GD_CUE_ARMS) || p->weapon))
        maker = p->maker;
    }
  }
  /* "Brazil flies Mirage fighters bought from France": a buyer's
   * participle with no agent of its own was bought by who has the arms. */
  if (tr->type == GEORDF_ARMSDEAL && !noun && hw >= 0 && !tmp.nfill[GEORDF_ROLE_RECIPIENT] &&
      obj_slot_is(tr, GEORDF_ROLE_ITEM) && participle_buyer(c, hw) >= 0) {
    const np *p = word_np(c, participle_buyer(c, hw));
    const geordf_entity *e = p ? filler(c, GEORDF_ROLE_RECIPIENT, p) : NULL;
    if (e) gd_event_fill(&tmp, GEORDF_ROLE_RECIPIENT, e);
  }
  if (maker && !tmp.nfill[GEORDF_ROLE_SUPPLIER]) {
    gd_event_fill(&tmp, GEORDF_ROLE_SUPPLIER, maker);
    if (signv >= 0) gd_event_fill(&inner, GEORDF_ROLE_SUPPLIER, maker);
  }
  if (nsigner >= 2) signers_sides(&tmp, &inner, signer, nsigner);
  /* "AUKUS, the security partnership of Australia, Britain and the United
   * States", "NATO is an alliance of ...": an organization a pact noun
   * describes, in apposition or as its subject, whose members are the
   * noun's other parties, is the pact itself and no party of it. */
  if (tr->type == GEORDF_ALLIANCE && noun) {
    npset named = {{0}, 0};
    if (!find_appositive(c, tm->tb, stb, np0, np1, &named) && hw >= 0) {
      const gd_deps *d = &c->deps;
      int w = d->w[hw].rel == GD_R_APPOS ? d->w[hw].head : -1;
      for (int p = d->w[hw].first; p >= 0 && w < 0; p = d->w[p].next)
        if (d->w[p].rel == GD_R_COP)
          for (int q = d->w[hw].first; q >= 0; q = d->w[q].next)
            if (d->w[q].rel == GD_R_NSUBJ) w = q;
      if (word_np(c, w)) named.v[named.n++] = word_np(c, w);
    }
    /* ("US, Britain and Australia form AUKUS security pact": the name as
     * the noun's compound modifier, before it, is the pact's own name when
     * two or more of the other parties are its members; one joiner, "Sweden
     * joined the NATO alliance", keeps the body it joins.) */
    unsigned napp = named.n;
    for (int p = hw >= 0 ? c->deps.w[hw].first : -1; p >= 0 && p < hw && named.n < GD_MAX_FILL; p = c->deps.w[p].next)
      if (c->deps.w[p].rel == GD_R_COMPOUND && word_np(c, p)) named.v[named.n++] = word_np(c, p);
    unsigned k = 0;
    for (unsigned q = 0; q < tmp.nfill[GEORDF_ROLE_PARTY]; q++) {
      const geordf_entity *e = tmp.fill[GEORDF_ROLE_PARTY][q];
      int pact = 0, members = 0;
      for (unsigned z = 0; z < named.n; z++)
        if (np_actor(c, named.v[z]) == e) pact |= z < napp ? 1 : 2;
      for (unsigned z = 0; pact && e->kind == GD_KIND_ORG && z < tmp.nfill[GEORDF_ROLE_PARTY]; z++)
        members += gd_lexicon_is_member(tmp.fill[GEORDF_ROLE_PARTY][z], e, c->have_date ? c->date : "") > 0;
      if (members < ((pact & 1) ? 1 : 2)) tmp.fill[GEORDF_ROLE_PARTY][k++] = e;
    }
    tmp.nfill[GEORDF_ROLE_PARTY] = k;
  }
  /* "Jiang wraps up U.S. tour", "Arafat begins his Paris visit": a state
   * or a place compounded with a visit noun is where it goes, and the
   * subject of the clause whose object the noun is, the visitor. */
  if (tr->type == GEORDF_VISIT && noun && hw >= 0 && !tmp.nfill[GEORDF_ROLE_DESTINATION] &&
      c->deps.w[hw].rel == GD_R_OBJ) {
    const gd_deps *d = &c->deps;
    const np *where = NULL;
    /* (When the noun names its visitor, it is the one who goes: "the
     * Moscow visit of President Nixon", "praised the Japan visit of the
     * Pope".) */
    int named = -1;
    for (int k = d->w[hw].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NMOD && (gd_deps_has_case(d, k, "of") || gd_deps_has_case(d, k, "by"))) named = k;
    for (int k = d->w[hw].first; k >= 0 && k < hw && !where; k = d->w[k].next) {
      const np *p = d->w[k].rel == GD_R_COMPOUND ? word_np(c, k) : NULL;
      if (p && !p->person && (p->place || (p->head && p->head->kind == GD_KIND_COUNTRY))) where = p;
    }
    int w[GD_MAX_FILL];
    const np *who = !where ? NULL
                    : named >= 0 ? word_np(c, named)
                    : gd_deps_slot(d, hw, GD_SLOT_SUBJ, NULL, 1, 0, w, GD_MAX_FILL) ? word_np(c, w[0])
                                                                                      : NULL;
    const geordf_entity *v = who ? filler(c, GEORDF_ROLE_VISITOR, who) : NULL;
    const geordf_entity *e = v ? filler(c, GEORDF_ROLE_DESTINATION, where) : NULL;
    if (e && v != e) {
      tmp.nfill[GEORDF_ROLE_VISITOR] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_VISITOR, v);
      gd_event_fill(&tmp, GEORDF_ROLE_DESTINATION, e);
      if (where->place) gd_event_fill(&tmp, GEORDF_ROLE_PLACE, where->place);
    }
  }
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
      const geordf_entity *e = airline_np(c, ms.v[g], ste) ? NULL : np_actor(c, ms.v[g]);
      if (e && (e->kind == GD_KIND_COUNTRY || e->kind == GD_KIND_ORG)) gd_event_fill(&t2, GEORDF_ROLE_PARTY, e);
    }
    for (unsigned g = 0; t2.nfill[GEORDF_ROLE_PARTY] >= 2 && g < t2.nfill[GEORDF_ROLE_PARTY]; g++)
      gd_event_fill(&tmp, GEORDF_ROLE_PARTY, t2.fill[GEORDF_ROLE_PARTY][g]);
  }
  /* "the Treaty of Friendship, Co-operation and Mutual Assistance between
   * the DPRK and the PRC", "a treaty of friendship, good-neighbourliness
   * and cooperation between the USSR and the Democratic Republic of
   * Afghanistan": the parser hangs the "between" phrase on a later word of
   * the treaty's long name; the states it names are the treaty's parties. */
  if (tr->type == GEORDF_ALLIANCE && noun && hw >= 0 && c->parsed && tmp.nfill[GEORDF_ROLE_PARTY] < 2) {
    const gd_deps *d = &c->deps;
    for (int k = hw + 1; k < (int)d->n && k < hw + 16; k++) {
      if (d->w[k].rel != GD_R_NMOD || !gd_deps_has_case(d, k, "between")) continue;
      /* (Under a word of the name, between the noun and the phrase.) */
      int a = d->w[k].head, depth = 0;
      while (a >= 0 && depth++ < 5 && d->w[a].tok >= tm->te && d->w[a].tok < d->w[k].tok) a = d->w[a].head;
      /* (Not on the noun itself, whose frame reads its own phrase.) */
      if (a < 0 || a == d->w[k].head || d->w[a].tok < tm->tb || d->w[a].tok >= tm->te) break;
      geordf_event t2;
      memset(&t2, 0, sizeof t2);
      for (int q = k; q < (int)d->n && q < k + 16; q++) {
        /* (The phrase's nouns, their conjuncts and "of" phrases: "the
         * Democratic Republic of Afghanistan".) */
        int u = q;
        for (depth = 0; u >= 0 && u != k && depth < 4; depth++) {
          if (d->w[u].rel != GD_R_CONJ && !(d->w[u].rel == GD_R_NMOD && gd_deps_has_case(d, u, "of"))) break;
          u = d->w[u].head;
        }
        const np *p = u == k ? word_np(c, q) : NULL;
        const geordf_entity *e = p ? filler(c, GEORDF_ROLE_PARTY, p) : NULL;
        if (e && !contains(&t2, GEORDF_ROLE_PARTY, e)) gd_event_fill(&t2, GEORDF_ROLE_PARTY, e);
      }
      if (t2.nfill[GEORDF_ROLE_PARTY] >= 2) {
        tmp.nfill[GEORDF_ROLE_PARTY] = 0;
        for (unsigned g = 0; g < t2.nfill[GEORDF_ROLE_PARTY]; g++)
          gd_event_fill(&tmp, GEORDF_ROLE_PARTY, t2.fill[GEORDF_ROLE_PARTY][g]);
      }
      break;
    }
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
  /* "a delegation led by the foreign minister arrived in Cairo", "a visit
   * by a Chinese team headed by X": the person who leads the group that
   * travels is the visitor, for himself and not his state. */
  if (tr->type == GEORDF_VISIT) {
    const geordf_entity *lead = group_leader(c, tm, noun, stb, ste);
    if (lead) {
      tmp.nfill[GEORDF_ROLE_VISITOR] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_VISITOR, lead);
    }
  }
  /* "A visit to Saudi Arabia is also planned", "Visits to the Sudan,
   * Ethiopia and Somalia are planned": a visit noun that names no visitor,
   * the subject of a verb of planning, is a further stop of the tour the
   * document follows, made by the last person whose visit was told. */
  if (tr->type == GEORDF_VISIT && noun && hw >= 0 && c->parsed && !tmp.nfill[GEORDF_ROLE_VISITOR] &&
      (c->deps.w[hw].rel == GD_R_NSUBJ || c->deps.w[hw].rel == GD_R_NSUBJ_PASS) && c->deps.w[hw].head >= 0 &&
      lemma_cue(c, c->deps.w[hw].head, -1, GD_CUE_PLANNED) && last_visitor(c))
    gd_event_fill(&tmp, GEORDF_ROLE_VISITOR, last_visitor(c));
  /* "talks with President Moon Jae-in, who is on a three-day visit to
   * Pyongyang", "with Comrade Nicolae Ceausescu, General Secretary of ...,
   * who is on an official friendship visit": a visit noun whose subject is
   * a "who" after a comma is the visit of the last person named before it,
   * however the parser hung the clause. */
  if (tr->type == GEORDF_VISIT && noun && hw >= 0 && c->parsed) {
    int s = -1;
    for (int k = c->deps.w[hw].first; k >= 0; k = c->deps.w[k].next)
      if (c->deps.w[k].rel == GD_R_NSUBJ) s = k;
    if (s > 0 && gd_deps_is(&c->deps, s, "who") && gd_deps_is(&c->deps, s - 1, ",")) {
      const geordf_entity *who = NULL;
      for (size_t a = np0; a < np1 && c->nps[a].te <= c->deps.w[s].tok; a++)
        if (c->nps[a].person) who = c->nps[a].person;
      if (who) {
        tmp.nfill[GEORDF_ROLE_VISITOR] = 0;
        gd_event_fill(&tmp, GEORDF_ROLE_VISITOR, who);
        if (contains(&tmp, GEORDF_ROLE_HOST, who)) tmp.nfill[GEORDF_ROLE_HOST] = 0;
      }
    }
  }
  /* "Tito was welcomed at the White House by Carter at the start of a state
   * visit", "the Queen was welcomed to Ghana by Nkrumah at the start of a
   * tour": a visit noun in an adverbial (through "of" phrases: "at the start
   * of") of a passive verb of hosting is the visit of the one received, its
   * passive subject, and the verb's agent is the host. */
  if (tr->type == GEORDF_VISIT && noun && hw >= 0 && c->parsed) {
    const gd_deps *d = &c->deps;
    int w = hw, g = d->w[hw].head;
    for (int up = 0; g >= 0 && up < 3 && d->w[w].rel == GD_R_NMOD && d->w[g].upos != GD_UPOS_VERB; up++)
      w = g, g = d->w[g].head;
    const gd_mention *gm = g >= 0 && d->w[w].rel == GD_R_OBL && gd_deps_passive(d, g) ? mention_at(c, d->w[g].tok) : NULL;
    int hosting = 0;
    for (unsigned q = 0; gm && q < gm->ntrig && !hosting; q++)
      hosting = gm->trig[q]->type == GEORDF_VISIT && obj_slot_is(gm->trig[q], GEORDF_ROLE_VISITOR);
    int guest[GD_MAX_FILL], by[GD_MAX_FILL];
    size_t ng = hosting ? gd_deps_slot(d, g, GD_SLOT_OBJ, NULL, 0, 1, guest, GD_MAX_FILL) : 0;
    size_t nb = ng ? gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 1, by, GD_MAX_FILL) : 0;
    const np *gp = ng == 1 ? word_np(c, guest[0]) : NULL;
    const geordf_entity *who = gp ? filler(c, GEORDF_ROLE_VISITOR, gp) : NULL;
    const np *hp = nb == 1 ? word_np(c, by[0]) : NULL;
    const geordf_entity *host = hp ? filler(c, GEORDF_ROLE_HOST, hp) : NULL;
    if (who && who != host) {
      tmp.nfill[GEORDF_ROLE_VISITOR] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_VISITOR, who);
      tmp.nfill[GEORDF_ROLE_HOST] = 0;
      if (host) gd_event_fill(&tmp, GEORDF_ROLE_HOST, host);
      if (contains(&tmp, GEORDF_ROLE_DESTINATION, who)) tmp.nfill[GEORDF_ROLE_DESTINATION] = 0;
    }
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
  /* "ROME (ANSA) - Italy signed up ..., during a state visit by President
   * Xi", "KUALA LUMPUR (Bernama) -- ... during the official visit of
   * Russian President Vladimir Putin": a visit noun that names no
   * destination, in the sentence of a dateline, is a visit to the
   * dateline's state, if the visitor is of another. */
  if (tr->type == GEORDF_VISIT && noun && tmp.nfill[GEORDF_ROLE_VISITOR] == 1 &&
      !tmp.nfill[GEORDF_ROLE_DESTINATION] && c->dateline && c->dateline->kind == GD_KIND_COUNTRY && np1 > np0 &&
      dateline_np(c, &c->nps[np0], stb)) {
    const geordf_entity *v = tmp.fill[GEORDF_ROLE_VISITOR][0];
    const geordf_entity *home = v->kind == GD_KIND_PERSON ? gd_person_state(v, c->have_date ? c->date : "") : v;
    if (home && home != c->dateline) {
      gd_event_fill(&tmp, GEORDF_ROLE_DESTINATION, c->dateline);
      if (c->dateline_place) gd_event_fill(&tmp, GEORDF_ROLE_PLACE, c->dateline_place);
    }
  }
  /* "will visit President Bush at his ranch": a person the verb visits is
   * its host, and his state the destination (the visitor's own state is
   * dropped as every destination is: see the top of this file). */
  if (tr->type == GEORDF_VISIT && !noun && c->parsed && tmp.nfill[GEORDF_ROLE_VISITOR] &&
      !tmp.nfill[GEORDF_ROLE_DESTINATION] && !tmp.nfill[GEORDF_ROLE_HOST] && obj_slot_is(tr, GEORDF_ROLE_DESTINATION)) {
    const char *d = c->have_date ? c->date : "";
    const geordf_entity *v = tmp.fill[GEORDF_ROLE_VISITOR][0];
    int tw = gd_deps_word(&c->deps, tm->tb), o = -1;
    for (int k = tw >= 0 ? c->deps.w[tw].first : -1; k >= 0 && o < 0; k = c->deps.w[k].next)
      if (c->deps.w[k].rel == GD_R_OBJ) o = k;
    const np *op = word_np(c, o);
    const geordf_entity *h = op && op->person && c->tok_np[c->deps.w[o].tok] >= 0 ? op->person : NULL;
    const geordf_entity *st = h ? gd_person_state(h, d) : NULL;
    if (h && h != v && st && st->kind == GD_KIND_COUNTRY) {
      gd_event_fill(&tmp, GEORDF_ROLE_HOST, h);
      gd_event_fill(&tmp, GEORDF_ROLE_DESTINATION, st);
    }
  }
  /* (A destination that is only the visitor's own state is none: "who flew
   * in on Sunday, signed for the United States", a phrase the parser hung
   * on the verb's conjunct.) */
  const geordf_entity *home = NULL;
  if (tr->type == GEORDF_VISIT && tmp.nfill[GEORDF_ROLE_VISITOR]) {
    const geordf_entity *v = tmp.fill[GEORDF_ROLE_VISITOR][0];
    home = v->kind == GD_KIND_PERSON ? gd_person_state(v, c->have_date ? c->date : "") : v;
  }
  int own_only = home && tmp.nfill[GEORDF_ROLE_DESTINATION] == 1 && tmp.fill[GEORDF_ROLE_DESTINATION][0] == home &&
                 home != c->dateline;
  /* "arrived here Saturday": under a dateline ("BUCHAREST, Aug. 3 --"),
   * the "here" of a verb of travel is the dateline's place; and so is an
   * arrival that names no place, only when or where from ("Premier
   * Menderes, who arrived on Monday", "arrived a few hours later from
   * Rawalpindi"). */
  /* (Not for a verb whose destination is where one came from, "arrived
   * from Minsk": the verb of travel on the same word gives the "here".) */
  int whence = 0;
  for (unsigned s = 0; s < tr->nslots; s++)
    whence |= tr->slots[s].role == GEORDF_ROLE_DESTINATION && tr->slots[s].kind == GD_SLOT_PREP &&
              !strcmp(tr->slots[s].prep, "from");
  if (tr->type == GEORDF_VISIT && !noun && c->parsed && c->dateline_place && tmp.nfill[GEORDF_ROLE_VISITOR] &&
      !whence && (!tmp.nfill[GEORDF_ROLE_DESTINATION] || own_only)) {
    int tw = gd_deps_word(&c->deps, tm->tb);
    int here = 0, place = 0;
    for (int k = tw >= 0 ? c->deps.w[tw].first : -1; k >= 0; k = c->deps.w[k].next) {
      const gd_dword *w = &c->deps.w[k];
      if (w->rel == GD_R_ADVMOD && gd_deps_is(&c->deps, k, "here")) here = 1;
      const np *op = w->rel == GD_R_OBL || w->rel == GD_R_ADVMOD ? word_np(c, k) : NULL;
      if (op && (op->place || (op->head && op->head->kind == GD_KIND_COUNTRY)) &&
          !gd_deps_has_case(&c->deps, k, "from"))
        place = 1;
    }
    /* (or the trigger holds it: "who was here in July", "who has been here
     * since the opening of the meeting", however the parser hung it.) */
    for (size_t k = tm->tb; k < tm->te; k++) here |= tok_is(c, k, "here");
    /* (The trigger may hold the preposition whose phrase was no place:
     * "arrived on" Monday.) */
    int arrival = tm->te <= tm->tb + 2 && (tok_is(c, tm->tb, "arrived") || tok_is(c, tm->tb, "arrives"));
    /* (A verb of travel with the particle "in" is an arrival too: "who
     * flew in on Sunday", "flew in yesterday from New Delhi", "flew in for
     * the signing"; not "flew in Soviet airspace", a place.) */
    arrival |= tm->te == tm->tb + 1 && tm->te < ste && tok_is(c, tm->te, "in") &&
               !(tm->te + 1 < ste && c->tok_np[tm->te + 1] >= 0 && c->nps[c->tok_np[tm->te + 1]].place);
    if (here || (arrival && !place)) {
      tmp.nfill[GEORDF_ROLE_DESTINATION] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_DESTINATION, c->dateline);
      gd_event_fill(&tmp, GEORDF_ROLE_PLACE, c->dateline_place);
    }
  }
  /* "the jet", "the airliner": a definite aircraft word refers back to the
   * last aircraft downed in the document. */
  if (tr->type == GEORDF_SHOOTDOWN && !tmp.nfill[GEORDF_ROLE_VICTIM] && c->sd_victim) {
    for (size_t k = after; k + 1 < ste && k < after + 4; k++) {
      if ((tok_is(c, k, "the") || tok_is(c, k, "that")) && has_cue(c, k + 1, GD_CUE_ARMS)) {
        gd_event_fill(&tmp, GEORDF_ROLE_VICTIM, c->sd_victim);
        if (c->sd_aircraft) gd_event_fill(&tmp, GEORDF_ROLE_AIRCRAFT, c->sd_aircraft);
        break;
      }
    }
  }
  /* "denied that its fighters had downed the airliner, but admitted that
   * an interceptor had shot it down", "the airliner strayed over Sakhalin,
   * and an interceptor shot it down": "it" or "them" as the object of a
   * verb of downing is the aircraft named last before it in the sentence,
   * whether or not its own downing was denied (whatever state the pronoun
   * was read as). */
  if (tr->type == GEORDF_SHOOTDOWN && !noun && hw >= 0) {
    /* (The verb, not its particle: "shot it down".) */
    int v = c->deps.w[hw].rel == GD_R_PRT && c->deps.w[hw].head >= 0 ? c->deps.w[hw].head : hw, o = -1;
    int partitive = 0;
    for (int k = c->deps.w[v].first; k >= 0; k = c->deps.w[k].next)
      if (c->deps.w[k].rel == (pass ? GD_R_NSUBJ_PASS : GD_R_OBJ)) {
        if (gd_deps_is(&c->deps, k, "it") || gd_deps_is(&c->deps, k, "them")) o = k;
        /* (And "them" as the whole of a partitive object: "shot down two
         * of them", "brought down one of them".) */
        for (int q = c->deps.w[k].first; q >= 0 && o < 0; q = c->deps.w[q].next)
          if (q > k && c->deps.w[q].rel == GD_R_NMOD && gd_deps_is(&c->deps, q, "them") &&
              gd_deps_has_case(&c->deps, q, "of"))
            o = q, partitive = 1;
      }
    /* (Read back from the pronoun: an aircraft word outside any phrase of
     * an actor, "the plane", is one of no state named, and leaves no
     * victim.) */
    for (size_t k = o >= 0 ? c->deps.w[o].tok : stb; k-- > stb;) {
      int a = c->tok_np[k];
      if (a < 0 && has_cue(c, k, GD_CUE_AIR) && k > stb && c->tok_np[k - 1] >= 0 && c->nps[c->tok_np[k - 1]].te == k)
        a = c->tok_np[k - 1];
      if (a < 0 && has_cue(c, k, GD_CUE_AIR)) {
        /* (But the whole of a partitive, "eight projectiles crossed ... and
         * its air defences intercepted a number of them", is a count of
         * things whose sender the pronoun itself was read as, from the
         * sentences before: "Hamas fired rockets".) */
        if (partitive) break;
        tmp.nfill[GEORDF_ROLE_VICTIM] = 0;
        refers_back = 1;
        break;
      }
      if (a < 0) continue;
      const np *p = &c->nps[a];
      int air = (p->weapon && flies(p->weapon)) || (p->te < ste && has_cue(c, p->te, GD_CUE_AIR));
      const geordf_entity *e = air ? filler(c, GEORDF_ROLE_VICTIM, p) : NULL;
      if (!e || contains(&tmp, GEORDF_ROLE_ATTACKER, e)) continue;
      tmp.nfill[GEORDF_ROLE_VICTIM] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_VICTIM, e);
      if (p->weapon) gd_event_fill(&tmp, GEORDF_ROLE_AIRCRAFT, p->weapon);
      refers_back = 1;
      break;
    }
  }
  /* "The C-123 crashed. The Sandinistas said it was hit by a missile", "an
   * American drone went down. The Africa Command said it had been shot
   * down": "it" downed, in a clause its speaker reports, is no speaker
   * (that would be "we"), but a thing that flies: with none before it in
   * its sentence, the aircraft of the sentence before, whose state (or
   * none) is the victim. */
  if (tr->type == GEORDF_SHOOTDOWN && c->parsed && !refers_back) {
    /* (The verb of "shot down by", whose "by" hangs on the agent.) */
    int v = hw >= 0 ? hw : gd_deps_word(&c->deps, tm->tb), o = -1;
    if (v >= 0 && c->deps.w[v].rel == GD_R_PRT && c->deps.w[v].head >= 0) v = c->deps.w[v].head;
    for (int k = v >= 0 ? c->deps.w[v].first : -1; k >= 0; k = c->deps.w[k].next)
      if ((c->deps.w[k].rel == GD_R_NSUBJ_PASS || (noun && c->deps.w[k].rel == GD_R_NSUBJ)) &&
          gd_deps_is(&c->deps, k, "it"))
        o = k;
    const np *sp = o >= 0 ? speaker(c, o) : NULL;
    const geordf_entity *said = sp ? filler(c, GEORDF_ROLE_VICTIM, sp) : NULL;
    if (said && contains(&tmp, GEORDF_ROLE_VICTIM, said)) {
      const np *air = NULL;
      size_t from = se > c->t->sent ? se[-1].tb : stb;
      for (size_t a = np1; !air && a-- > 0 && c->nps[a].tb >= from;) {
        const np *p = &c->nps[a];
        if (p->te <= tm->tb && ((p->weapon && flies(p->weapon)) || (p->te < tm->tb && has_cue(c, p->te, GD_CUE_AIR))))
          air = p;
      }
      const geordf_entity *e = air ? filler(c, GEORDF_ROLE_VICTIM, air) : NULL;
      tmp.nfill[GEORDF_ROLE_VICTIM] = 0;
      if (e && !contains(&tmp, GEORDF_ROLE_ATTACKER, e)) gd_event_fill(&tmp, GEORDF_ROLE_VICTIM, e);
      if (air && air->weapon) gd_event_fill(&tmp, GEORDF_ROLE_AIRCRAFT, air->weapon);
      if (air) refers_back = 1;
    }
  }
  /* "blamed Russia for the downing of MH17": the one blamed downed it. */
  if (tr->type == GEORDF_SHOOTDOWN && noun && hw >= 0 && !tmp.nfill[GEORDF_ROLE_ATTACKER]) {
    const np *p = blamed_for(c, hw);
    /* (And the one said to take part in it, or denied to: "played no part
     * in the downing".) */
    if (!p) p = participant(c, hw);
    const geordf_entity *e = p ? filler(c, GEORDF_ROLE_ATTACKER, p) : NULL;
    if (e && !contains(&tmp, GEORDF_ROLE_VICTIM, e)) gd_event_fill(&tmp, GEORDF_ROLE_ATTACKER, e);
    /* "Israel played no part in the downing": a definite shoot-down noun
     * someone is named for refers back to the last aircraft downed. */
    if (e && !tmp.nfill[GEORDF_ROLE_VICTIM] && c->sd_victim && c->sd_victim != e && tm->tb > stb &&
        (tok_is(c, tm->tb - 1, "the") || tok_is(c, tm->tb - 1, "this") || tok_is(c, tm->tb - 1, "that"))) {
      gd_event_fill(&tmp, GEORDF_ROLE_VICTIM, c->sd_victim);
      if (c->sd_aircraft) gd_event_fill(&tmp, GEORDF_ROLE_AIRCRAFT, c->sd_aircraft);
      refers_back = 1;
    }
  }
  /* "Ukraine's air force said it had destroyed 35 Russian drones. Air
   * defences also intercepted a Russian missile": forces that no one is
   * named for, downing what the document's last shoot-down downed, are its
   * attacker's. */
  int forces = tr->type == GEORDF_SHOOTDOWN && !noun && hw >= 0 && !tmp.nfill[GEORDF_ROLE_ATTACKER]
                   ? unnamed_forces(c, hw, pass) : -1;
  if (forces >= 0 && c->sd_attacker && tmp.nfill[GEORDF_ROLE_VICTIM] == 1 &&
      tmp.fill[GEORDF_ROLE_VICTIM][0] == c->sd_victim)
    gd_event_fill(&tmp, GEORDF_ROLE_ATTACKER, c->sd_attacker);
  /* ("Air defences shot down 20 Russian drones, Ukraine's air force
   * said": else those who report it speak for them.) */
  if (forces >= 0 && !tmp.nfill[GEORDF_ROLE_ATTACKER] && c->deps.w[forces].rel == GD_R_NSUBJ) {
    const np *p = speaker(c, forces);
    const geordf_entity *e = p ? filler(c, GEORDF_ROLE_ATTACKER, p) : NULL;
    if (e && !contains(&tmp, GEORDF_ROLE_VICTIM, e)) gd_event_fill(&tmp, GEORDF_ROLE_ATTACKER, e);
  }
  if (tr->type == GEORDF_SHOOTDOWN && !noun && hw >= 0 && c->parsed && !tmp.nfill[GEORDF_ROLE_ATTACKER]) {
    const geordf_entity *e = subject_of_state(c, hw, pass);
    if (e && !contains(&tmp, GEORDF_ROLE_VICTIM, e)) gd_event_fill(&tmp, GEORDF_ROLE_ATTACKER, e);
  }
  /* "The rebels have brought down several Ukrainian aircraft. ... they
   * downed an An-26": an aircraft no one is named for, downed by the
   * attacker of the document's last shoot-down, is its victim's. */
  if (tr->type == GEORDF_SHOOTDOWN && !tmp.nfill[GEORDF_ROLE_VICTIM] && tmp.nfill[GEORDF_ROLE_AIRCRAFT] &&
      tmp.nfill[GEORDF_ROLE_ATTACKER] == 1 && c->sd_attacker && c->sd_victim &&
      tmp.fill[GEORDF_ROLE_ATTACKER][0] == c->sd_attacker)
    gd_event_fill(&tmp, GEORDF_ROLE_VICTIM, c->sd_victim);
  /* "strayed over Turkish territory and was downed by a fighter":
   * an attacker no one names is the state whose airspace it is. */
  if (tr->type == GEORDF_SHOOTDOWN && !tmp.nfill[GEORDF_ROLE_ATTACKER] && tmp.nfill[GEORDF_ROLE_VICTIM]) {
    const geordf_entity *e = airspace_owner(c, stb, ste);
    if (e && !contains(&tmp, GEORDF_ROLE_VICTIM, e)) gd_event_fill(&tmp, GEORDF_ROLE_ATTACKER, e);
  }
  /* "WASHINGTON -- North Korean jets shot down an unarmed Navy
   * reconnaissance plane", "a Navy patrol bomber was shot down by Soviet
   * jets": a service named without its state, under a dateline, is the
   * dateline state's, whatever else was read as the victim. */
  /* (The verb's, "shot down by" too, which the lexicon files as a noun.) */
  if (tr->type == GEORDF_SHOOTDOWN && hw >= 0 && c->parsed && c->deps.w[hw].upos == GD_UPOS_VERB && c->dateline &&
      c->dateline->kind == GD_KIND_COUNTRY && !contains(&tmp, GEORDF_ROLE_ATTACKER, c->dateline) &&
      service_aircraft(c, hw, pass)) {
    tmp.nfill[GEORDF_ROLE_VICTIM] = 0;
    gd_event_fill(&tmp, GEORDF_ROLE_VICTIM, c->dateline);
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
          !strcmp(w, "these") || !strcmp(w, "those") || !strcmp(w, "such") || kindred(w) || additive(w)) {
        gd_event_fill(&tmp, GEORDF_ROLE_TARGET, c->sanc_target);
        int again = !kindred(w) && !additive(w);
        /* (A member of the body that imposed them acts on them through
         * it: after "the Security Council imposed sanctions", "Britain
         * took no pleasure in tightening the sanctions", "France will
         * enforce the sanctions" are still the Council's.) */
        if (tmp.nfill[GEORDF_ROLE_IMPOSER] == 1 && c->sanc_imposer && c->sanc_imposer->kind == GD_KIND_ORG &&
            gd_lexicon_is_member(tmp.fill[GEORDF_ROLE_IMPOSER][0], c->sanc_imposer, c->have_date ? c->date : "") > 0)
          tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
        /* (All who imposed them: "the United States, Britain and the EU
         * imposed sanctions ... the sanctions would not change".) */
        if (!tmp.nfill[GEORDF_ROLE_IMPOSER]) {
          for (unsigned q = 0; q < c->n_sanc_imposers; q++)
            gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, c->sanc_imposers[q]);
          /* "the ban is to take effect next week": the last sanction
           * again, whatever this mention says of its time. */
          same_event |= again;
        }
        break;
      }
    }
  }
  /* "further sanctions on Syria", "tougher sanctions against Cuba": an
   * additive modifier presupposes the sanctions already on that target, so
   * one with a target and no imposer of its own is by those who imposed
   * them. */
  if (tr->type == GEORDF_SANCTION && noun && !tmp.nfill[GEORDF_ROLE_IMPOSER] && c->sanc_target &&
      contains(&tmp, GEORDF_ROLE_TARGET, c->sanc_target))
    for (size_t k = tm->tb; k > stb && k + 3 > tm->tb; k--) {
      const char *w = c->t->tok[k - 1].norm;
      if (additive(w)) {
        for (unsigned q = 0; q < c->n_sanc_imposers; q++)
          if (!contains(&tmp, GEORDF_ROLE_TARGET, c->sanc_imposers[q]))
            gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, c->sanc_imposers[q]);
        break;
      }
    }
  int undergo_threat = -1;
  if (tr->type == GEORDF_SANCTION && noun && hw >= 0) {
    int threat = 0;
    const np *by = NULL;
    int evaded = 0;
    const np *p = undergoer(c, hw, &threat, &by, &evaded);
    const geordf_entity *e = p ? np_actor(c, p) : NULL;
    /* "violated U.S. sanctions on Iran": the sanction's own target stays,
     * and the one who got around it imposed nothing ("the bank violated
     * sanctions against Iran"), unless its phrase runs into the sanction's
     * own adjective ("firms violated American sanctions" read as one). */
    if (e && evaded && tmp.nfill[GEORDF_ROLE_TARGET]) {
      if (tmp.nfill[GEORDF_ROLE_IMPOSER] == 1 && tmp.fill[GEORDF_ROLE_IMPOSER][0] == e &&
          p->te < c->deps.w[hw].tok)
        tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
      e = NULL;
    }
    if (e) {
      tmp.nfill[GEORDF_ROLE_TARGET] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_TARGET, e);
      /* ("Both countries have been under sanctions": each of them.) */
      for (int q = 0; q < 2; q++)
        if (p->also[q]) gd_event_fill(&tmp, GEORDF_ROLE_TARGET, p->also[q]);
      if (tmp.nfill[GEORDF_ROLE_IMPOSER] && tmp.fill[GEORDF_ROLE_IMPOSER][0] == e) tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
      /* "urged Iran to comply or face sanctions": the one who sets the
       * condition imposes, unless the sanction names its own. */
      const geordf_entity *b = by ? np_actor(c, by) : NULL;
      if (b && !tmp.nfill[GEORDF_ROLE_IMPOSER]) gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, b);
      undergo_threat = threat;
    }
  }
  /* "refer Iran to the Security Council for sanctions": the body would
   * impose them on the one brought before it. */
  if (tr->type == GEORDF_SANCTION && noun && hw >= 0 && undergo_threat < 0) {
    const np *body = NULL;
    const np *p = referral(c, hw, &body);
    if (p) {
      tmp.nfill[GEORDF_ROLE_TARGET] = tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_TARGET, np_actor(c, p));
      gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, np_actor(c, body));
      undergo_threat = 2;
    }
  }
  /* "threatened Iran with sanctions": the threat of the verb's subject
   * against its object. */
  if (tr->type == GEORDF_SANCTION && noun && hw >= 0 && undergo_threat < 0) {
    const np *by = NULL;
    int v = -1;
    const np *p = threatened_with(c, hw, &by, &v);
    /* (A subject the parser missed, by word order: "U.S. warns Syria".) */
    npset s = {{0}, 0};
    if (p && !by) find_subj(c, c->deps.w[v].tok, stb, np0, np1, 0, &s);
    if (s.n && s.v[0]->te <= c->deps.w[v].tok) by = s.v[0];
    const geordf_entity *b = by ? np_actor(c, by) : NULL, *t = p ? np_actor(c, p) : NULL;
    if (t && t != b) {
      tmp.nfill[GEORDF_ROLE_TARGET] = tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_TARGET, t);
      if (b) gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, b);
      undergo_threat = 2;
    }
  }
  /* "warned Minsk that it would impose sanctions": a threat against the
   * one warned, when the sanction names no target of its own. */
  if (tr->type == GEORDF_SANCTION && noun && hw >= 0 && undergo_threat < 0 && !tmp.nfill[GEORDF_ROLE_TARGET]) {
    const np *by = NULL;
    const np *p = warned_that(c, hw, &by);
    const geordf_entity *b = by ? np_actor(c, by) : NULL, *t = p ? np_actor(c, p) : NULL;
    if (t && t != b) {
      tmp.nfill[GEORDF_ROLE_IMPOSER] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_TARGET, t);
      if (b) gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, b);
      for (int q = 0; b && q < 2; q++)
        if (by->also[q] && by->also[q] != t) gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, by->also[q]);
      undergo_threat = 2;
    }
  }
  /* "Sanctions against X are an option, the minister said": a threat no
   * one is named for is the speaker's. */
  if (tr->type == GEORDF_SANCTION && noun && hw >= 0 && !tmp.nfill[GEORDF_ROLE_IMPOSER] &&
      tmp.nfill[GEORDF_ROLE_TARGET] && sentence_has_cue(c, stb, ste, GD_CUE_THREAT)) {
    const np *p = speaker(c, hw);
    const geordf_entity *e = p ? np_actor(c, p) : NULL;
    if (e && !contains(&tmp, GEORDF_ROLE_TARGET, e)) {
      gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, e);
      if (undergo_threat < 0) undergo_threat = 1; /* an option, not a fact */
    }
  }
  /* "President Trump said that new sanctions would be imposed on Iran",
   * "the Foreign Office said an embargo would be announced": a sanction
   * imposed or announced in the passive with no agent, in what a speaker
   * reports, is the speaker's. */
  if (tr->type == GEORDF_SANCTION && noun && hw >= 0 && !tmp.nfill[GEORDF_ROLE_IMPOSER] &&
      tmp.nfill[GEORDF_ROLE_TARGET] && c->deps.w[hw].rel == GD_R_NSUBJ_PASS && c->deps.w[hw].head >= 0) {
    const gd_deps *d = &c->deps;
    int v = d->w[hw].head, agent = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      agent |= d->w[k].rel == GD_R_OBL_AGENT || (d->w[k].rel == GD_R_OBL && gd_deps_has_case(d, k, "by"));
    const np *p = !agent && has_cue(c, d->w[v].tok, GD_CUE_IMPOSE) ? speaker(c, hw) : NULL;
    const geordf_entity *e = p ? np_actor(c, p) : NULL;
    if (e && !contains(&tmp, GEORDF_ROLE_TARGET, e)) gd_event_fill(&tmp, GEORDF_ROLE_IMPOSER, e);
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
  /* "Trump met Kim Jong Un in Singapore": the one met, away from his own
   * state as the subject is from his, hosts no one: both are visitors (a
   * summit on third ground). */
  if (tr->type == GEORDF_VISIT && !host_subject && tmp.nfill[GEORDF_ROLE_VISITOR] == 1 &&
      tmp.nfill[GEORDF_ROLE_HOST] == 1 && tmp.nfill[GEORDF_ROLE_DESTINATION] == 1) {
    const char *d = c->have_date ? c->date : "";
    const geordf_entity *v = tmp.fill[GEORDF_ROLE_VISITOR][0], *h = tmp.fill[GEORDF_ROLE_HOST][0];
    const geordf_entity *dest = tmp.fill[GEORDF_ROLE_DESTINATION][0];
    const geordf_entity *vs = v->kind == GD_KIND_PERSON ? gd_person_state(v, d) : NULL;
    const geordf_entity *hs = h->kind == GD_KIND_PERSON ? gd_person_state(h, d) : NULL;
    if (vs && hs && vs != dest && hs != dest && hs != vs && hs->kind == GD_KIND_COUNTRY) {
      tmp.nfill[GEORDF_ROLE_HOST] = 0;
      gd_event_fill(&tmp, GEORDF_ROLE_VISITOR, h);
    }
  }
  /* "sold tanks to Iraq and MiG-23 jets to Syria", "the sale of F-15s to
   * Saudi Arabia, F-5Es to Egypt and warplanes to Israel": each gapped
   * conjunct with a "to" phrase of its own is a deal of its own, with the
   * same supplier. */
  const np *gap_rec[GD_MAX_FILL];
  const geordf_entity *gap_item[GD_MAX_FILL];
  size_t ngap = 0;
  if (tr->type == GEORDF_ARMSDEAL && hw >= 0 && dir_fill[GEORDF_ROLE_RECIPIENT])
    ngap = gapped_deals(c, hw, gap_rec, gap_item, GD_MAX_FILL);
  /* (What a conjunct names is its own deal's, not the first one's.) */
  for (size_t q = 0; q < ngap; q++)
    for (int i = 0; i < 2; i++) {
      geordf_role r = i ? GEORDF_ROLE_ITEM : GEORDF_ROLE_RECIPIENT;
      const geordf_entity *e = i ? gap_item[q] : filler(c, GEORDF_ROLE_RECIPIENT, gap_rec[q]);
      unsigned k = 0;
      for (unsigned z = 0; z < tmp.nfill[r]; z++)
        if (tmp.fill[r][z] != e) tmp.fill[r][k++] = tmp.fill[r][z];
      tmp.nfill[r] = k;
    }
  if (c->debug) {
    TRACE("  T %s pass=%d roles:", tr->iri, pass);
    for (int r = 0; r < GEORDF_ROLE_COUNT; r++)
      for (unsigned q = 0; q < tmp.nfill[r]; q++)
        TRACE(" %s=%s", geordf_role_name((geordf_role)r), tmp.fill[r][q]->label);
    TRACE("\n");
  }
  /* "Georgia accused Russia of shooting down one of its drones": "its" on
   * what was downed is not the attacker's (that would be "its own"), but
   * that of the last other state named before it in the sentence. */
  if (victim_pron && tmp.nfill[GEORDF_ROLE_VICTIM] == 1 && tmp.fill[GEORDF_ROLE_VICTIM][0] == victim_pron) {
    int att = 0;
    for (unsigned q = 0; q < tmp.nfill[GEORDF_ROLE_ATTACKER]; q++) att |= tmp.fill[GEORDF_ROLE_ATTACKER][q] == victim_pron;
    const geordf_entity *other = NULL;
    for (size_t a = np0; att && a < np1 && c->nps[a].te <= victim_pron_tb; a++) {
      const geordf_entity *e = np_actor(c, &c->nps[a]);
      if (e && e != victim_pron && e->kind == GD_KIND_COUNTRY) other = e;
    }
    if (other) tmp.fill[GEORDF_ROLE_VICTIM][0] = other;
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
  for (size_t si = 0; si < nsplit * nvis * npair * (ngap + 1); si++) {
    geordf_event ev = tmp;
    size_t di = si % nsplit, vi = (si / nsplit) % nvis, pi = (si / (nsplit * nvis)) % npair;
    size_t gi = si / (nsplit * nvis * npair);
    if (gi) {
      /* (The supplier is the first deal's, the maker of its arms too.) */
      geordf_event first = tmp;
      infer_supplier(&first, tr, dir_fill[GEORDF_ROLE_RECIPIENT]);
      ev.nfill[GEORDF_ROLE_RECIPIENT] = ev.nfill[GEORDF_ROLE_ITEM] = 0;
      gd_event_fill(&ev, GEORDF_ROLE_RECIPIENT, filler(c, GEORDF_ROLE_RECIPIENT, gap_rec[gi - 1]));
      if (gap_item[gi - 1]) gd_event_fill(&ev, GEORDF_ROLE_ITEM, gap_item[gi - 1]);
      for (unsigned q = 0; !tmp.nfill[GEORDF_ROLE_SUPPLIER] && q < first.nfill[GEORDF_ROLE_SUPPLIER]; q++)
        gd_event_fill(&ev, GEORDF_ROLE_SUPPLIER, first.fill[GEORDF_ROLE_SUPPLIER][q]);
    }
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
    /* (An airliner's maker sells no arms: "agreed to sell 200 A320neo jets
     * to a Malaysian carrier" gives no supplier.) */
    int civil_only = ev.type == GEORDF_ARMSDEAL && drop_civil_items(&ev);
    if (ev.type == GEORDF_ARMSDEAL) infer_supplier(&ev, tr, dir_fill[GEORDF_ROLE_RECIPIENT]);
    clean(c, &ev);
    /* (clean() leaves a state in both roles of a shoot-down the victim
     * alone; its own forces downing its own aircraft give it both.  So
     * does a passive read as one phrase, "shot down by".) */
    if (ev.type == GEORDF_SHOOTDOWN && (!noun || tok_is(c, tm->te - 1, "by")) && !ev.nfill[GEORDF_ROLE_ATTACKER] &&
        ev.nfill[GEORDF_ROLE_VICTIM] == 1) {
      const geordf_entity *e = own_fire(c, tm, stb, ste);
      if (e && e == ev.fill[GEORDF_ROLE_VICTIM][0]) gd_event_fill(&ev, GEORDF_ROLE_ATTACKER, e);
    }
    /* (Nor is an alliance one of such a body's: "members of the OPEC+
     * alliance", an oil cartel's, binds no one in arms.) */
    int body = 0;
    for (unsigned q = 0; ev.type == GEORDF_ALLIANCE && q < ev.nfill[GEORDF_ROLE_PARTY]; q++)
      body |= ev.fill[GEORDF_ROLE_PARTY][q]->kind == GD_KIND_ORG && universal_body(ev.fill[GEORDF_ROLE_PARTY][q]);
    if (body) continue;
    if (tr->flags & GD_TRIG_ORG_OBJECT) {
      int org = 0;
      for (unsigned q = 0; q < ev.nfill[GEORDF_ROLE_PARTY]; q++)
        if (ev.fill[GEORDF_ROLE_PARTY][q]->kind == GD_KIND_ORG && !universal_body(ev.fill[GEORDF_ROLE_PARTY][q]) &&
            (noun || !body_not_object(c, ev.fill[GEORDF_ROLE_PARTY][q], tm->te, np0, np1)))
          org = 1;
      if (!org) continue;
      /* (A membership noun joins a member to a body: bodies alone named
       * around it, "the first NATO and EU member to buy them", "a member
       * state" with the Security Council acting, are no one's members.) */
      int member = 0;
      for (unsigned q = 0; q < ev.nfill[GEORDF_ROLE_PARTY]; q++)
        if (ev.fill[GEORDF_ROLE_PARTY][q]->kind != GD_KIND_ORG) member = 1;
      if (noun && !member) continue;
      /* (Nor is a member of a state's body one: "sanctions on members of
       * the Russian parliament".) */
      if (noun && member_of_a_body(c, hw)) continue;
      /* (Nor "its members", a body's members at large, nor "a NATO
       * member" in a phrase, one or other of them.) */
      if (noun && (own_members(c, hw) || some_member(c, hw))) continue;
      /* (Nor "the instrument of accession": a document handed to the
       * depositary, "to Secretary of State Antony Blinken", "at the State
       * Department", whose membership the clause around it tells.) */
      if (noun && tm->tb >= 2 && tok_is(c, tm->tb - 1, "of") &&
          (tok_is(c, tm->tb - 2, "instrument") || tok_is(c, tm->tb - 2, "instruments")))
        continue;
      /* (Nor that document named by the membership noun before it, "their
       * accession documents", "its membership papers": handed "to the U.S.
       * government", the depositary, it joins no one to it.) */
      if (noun && tm->te < ste &&
          (tok_is(c, tm->te, "document") || tok_is(c, tm->te, "documents") || tok_is(c, tm->te, "papers") ||
           tok_is(c, tm->te, "instrument") || tok_is(c, tm->te, "instruments")))
        continue;
    }
    /* A body that suspends a state suspends its membership: "the
     * Commonwealth suspended Pakistan", "ECOWAS suspended Guinea"; a state
     * that suspends one ("suspended Turkey's talks") is not this. */
    if (tr->flags & GD_TRIG_ORG_SUBJECT) {
      int org = 0, state = 0;
      for (unsigned q = 0; q < ev.nfill[GEORDF_ROLE_IMPOSER]; q++)
        org |= ev.fill[GEORDF_ROLE_IMPOSER][q]->kind == GD_KIND_ORG;
      for (unsigned q = 0; q < ev.nfill[GEORDF_ROLE_TARGET]; q++)
        state |= ev.fill[GEORDF_ROLE_TARGET][q]->kind == GD_KIND_COUNTRY;
      if (!org || !state || ev.nfill[GEORDF_ROLE_IMPOSER] != 1) continue;
    }
    /* Only a person is present at an occasion: a state that "attended"
     * the talks or "watched" a crisis is no traveller, nor a ministry named
     * by its title ("its deputy defense minister, Alexander Fomin", a name
     * the lexicon lacks). */
    if (tr->flags & GD_TRIG_PERSON_SUBJECT) {
      int people = ev.nfill[GEORDF_ROLE_VISITOR] > 0;
      for (unsigned q = 0; q < ev.nfill[GEORDF_ROLE_VISITOR]; q++)
        people &= ev.fill[GEORDF_ROLE_VISITOR][q]->kind == GD_KIND_PERSON;
      if (!people) continue;
      /* (And the place is in the verb's own clause: "addressed the
       * parliament on Tuesday, two days after he arrived in Sri Lanka" is
       * told by the arrival.) */
      if (hw >= 0 && c->parsed && !own_in_phrase(c, hw)) continue;
    }
    /* What can or could reach a place tells a range, not a delivery
     * ("missiles that can reach Tokyo", "rockets could reach any base"),
     * and what is fired reaching one an attack. */
    if ((tr->flags & GD_TRIG_NOT_MODAL) && hw >= 0 && c->parsed) {
      const gd_deps *d = &c->deps;
      int modal = 0;
      for (int k = d->w[hw].first; k >= 0; k = d->w[k].next) {
        modal |= d->w[k].rel == GD_R_AUX &&
                 (gd_deps_is(d, k, "can") || gd_deps_is(d, k, "could") || gd_deps_is(d, k, "may") ||
                  gd_deps_is(d, k, "might") || gd_deps_is(d, k, "would"));
        /* (Nor does what is fired reach a buyer: "Iranian missiles
         * reached Israel", "rockets reached Tel Aviv" tell an attack.) */
        char lm[16] = "";
        if (d->w[k].rel == GD_R_NSUBJ) gd_deps_lemma(d, k, lm, sizeof lm);
        modal |= !strcmp(lm, "missile") || !strcmp(lm, "rocket") || !strcmp(lm, "shell") || !strcmp(lm, "bomb") ||
                 !strcmp(lm, "drone") || !strcmp(lm, "projectile") || !strcmp(lm, "warhead");
      }
      if (modal) continue;
    }
    /* Only a person sent somewhere makes a journey: "would send Assistant
     * Secretary Allen to Cairo", "sent his foreign minister to Moscow";
     * not a state's forces ("sent the Marines to Lebanon") nor a state. */
    if (tr->flags & GD_TRIG_PERSON_OBJECT) {
      int people = ev.nfill[GEORDF_ROLE_VISITOR] > 0;
      for (unsigned q = 0; q < ev.nfill[GEORDF_ROLE_VISITOR]; q++)
        people &= ev.fill[GEORDF_ROLE_VISITOR][q]->kind == GD_KIND_PERSON;
      if (!people) continue;
    }
    /* A visit noun in a passive clause of receiving restates the clause's
     * visit, whose traveller is the clause's subject: the "by" phrase it
     * would take as its visitor is the host ("was welcomed to Ghana by
     * President Nkrumah ... at the start of an eleven-day tour", "was
     * received at the Pentagon by Defence Secretary Perry, the highest-level
     * military visit from Beijing"). */
    if (noun && ev.type == GEORDF_VISIT && hw >= 0 && visitor_is_passive_agent(c, &ev, tm, hw, np0, np1)) continue;
    if (ev.type == GEORDF_ALLIANCE && noun && members_at_large(c, hw)) continue;
    if (ev.type == GEORDF_ALLIANCE && noun && alliance_joined(c, hw)) continue;
    if (ev.type == GEORDF_ALLIANCE && noun && other_field(c, tm, stb)) continue;
    if (ev.type == GEORDF_ALLIANCE && !noun && tm->te == tm->tb + 1 && !(tr->flags & GD_TRIG_ORG_OBJECT) &&
        backs_a_thing(c, tr, hw))
      continue;
    /* Airliners bought are trade, and the sentence's "jets" or "planes"
     * are those airliners ("bought ten Airbus A350 jets"): only a weapon
     * the lexicon names besides them makes it an arms deal. */
    if (civil_only && !sentence_has_weapon(c, np0, np1)) continue;
    if (ev.type == GEORDF_ARMSDEAL && !noun && c->parsed && sells_trade(c, hw)) continue;
    /* (Nor a noun of transfer of other goods: "halted all oil shipments
     * to the United States in retaliation for its airlift of arms".) */
    if (noun && ev.type == GEORDF_ARMSDEAL && hw >= 0 && other_goods(c, tm, hw)) continue;
    if (!noun && ev.type == GEORDF_ARMSDEAL && arrived_for_a_call(c, hw)) continue;
    /* (Nor what a thing is armed with: "nuclear-armed Pakistan".) */
    if (ev.type == GEORDF_ARMSDEAL && armed_with_word(c, tm)) continue;
    /* Arms deals and shoot-downs need a weapon, or a word for one. */
    if ((tr->flags & GD_TRIG_NEEDS_OBJECT) && ev.type != GEORDF_SHOOTDOWN && !ev.nfill[GEORDF_ROLE_ITEM] &&
        !sentence_has_cue(c, stb, ste, GD_CUE_ARMS) && !sentence_has_weapon(c, np0, np1))
      continue;
    /* What is shot down flies: an aircraft, drone or missile, named or
     * called so. */
    if ((tr->flags & GD_TRIG_NEEDS_OBJECT) && ev.type == GEORDF_SHOOTDOWN && !refers_back &&
        !(ev.nfill[GEORDF_ROLE_AIRCRAFT] && flies(ev.fill[GEORDF_ROLE_AIRCRAFT][0])) &&
        !sentence_has_cue(c, stb, ste, GD_CUE_AIR) && !flight_number(c, stb, ste))
      continue;
    /* "a Marine helicopter was hit by small-arms fire but landed safely",
     * "was struck by a missile but returned safely to base": what was hit
     * and came down as it meant to was not downed. */
    if (ev.type == GEORDF_SHOOTDOWN && (tok_is(c, tm->tb, "hit") || tok_is(c, tm->tb, "struck")) &&
        landed_safely(c, tm->te, ste))
      continue;
    /* (Whatever else flies in the sentence: "Ukrainian drones destroyed a
     * Russian S-400 battery" downed nothing.) */
    if (ev.type == GEORDF_SHOOTDOWN && n_grounded && !n_flying) continue;
    /* "destroyed": only what is named as flying ("Israeli jets destroyed a
     * Hamas tunnel" downed nothing); on the tree, by the object's own word
     * ("destroyed Hamas rocket launchers" destroyed launchers). */
    if ((tr->flags & GD_TRIG_AIR_OBJECT) && !(hw >= 0 ? air_object(c, hw, pass) : n_flying > 0)) continue;
    /* (Nor what was destroyed "on the ground".) */
    if ((tr->flags & GD_TRIG_AIR_OBJECT) && hw >= 0 && on_the_ground(c, hw, pass)) continue;
    /* ("shoots down missile shield plan": a plan, whatever it is for.) */
    if (ev.type == GEORDF_SHOOTDOWN && tr->pos == 'v' && hw >= 0 && air_word_only_modifies(c, hw, pass)) continue;
    /* "Sudan faces sanctions", "is hit with international sanctions": the
     * verb of undergoing makes it a sanction on Sudan, whoever imposes it. */
    /* (And a shoot-down of something no one is named for is still one:
     * "a U.S. F-16 shot down an unidentified object".) */
    /* (Nor an arms transfer in the passive without a by-phrase: "tanks
     * were shipped to Iraq" names the recipient and leaves the supplier
     * open.) */
    /* (A state for a visitor from a ranked noun's infinitive, "the first
     * American official to visit China", is only the noun's demonym.) */
    if (ev.type == GEORDF_VISIT && ranked_infinitive(c, hw)) {
      int person = 0;
      for (unsigned q = 0; q < ev.nfill[GEORDF_ROLE_VISITOR]; q++)
        if (ev.fill[GEORDF_ROLE_VISITOR][q]->kind != GD_KIND_COUNTRY) person = 1;
      if (!person) continue;
    }
    /* (Nor a journey into exile: "landed in Mexico after being granted
     * asylum".) */
    if (ev.type == GEORDF_VISIT && tr->pos == 'v' && refuge_journey(c, hw)) continue;
    if (!core_ok(&ev) && !(undergo_threat >= 0 && ev.type == GEORDF_SANCTION && ev.nfill[GEORDF_ROLE_TARGET]) &&
        !(victim_unknown && ev.type == GEORDF_SHOOTDOWN && ev.nfill[GEORDF_ROLE_ATTACKER]) &&
        !(ev.type == GEORDF_ARMSDEAL && ev.nfill[GEORDF_ROLE_RECIPIENT] && !ev.nfill[GEORDF_ROLE_SUPPLIER] &&
          tr->pos == 'v' && agentless_passive(c, tm, hw, pass, ste))) {
      /* (The first sanction of a document, whose imposer no one names, is
       * still the one "their embargo" and "the ban" point back to:
       * "decided to lift the embargo on oil shipments to the United
       * States ... would keep their embargo in force".) */
      if (ev.type == GEORDF_SANCTION && ev.nfill[GEORDF_ROLE_TARGET] && !ev.nfill[GEORDF_ROLE_IMPOSER] &&
          !c->sanc_target)
        c->sanc_target = ev.fill[GEORDF_ROLE_TARGET][0];
      continue;
    }
    /* (The goods' own clause of dealing under a dealing denied, "the jets it
     * ordered" in "will not receive the jets it ordered", is the deal the
     * verb above tells, cancelled.) */
    if (ev.type == GEORDF_ARMSDEAL && goods_of_a_dealing(c, hw)) continue;
    /* Attributes.  The predicates above the trigger: an event asked for
     * has not happened (a sanction asked for is threatened); one refused
     * or denied is negated. */
    /* (Not those of a reprisal, of the act it answers: "refused to talk in
     * response to the downing", "called for sanctions in retaliation for
     * the downing".) */
    int answer = answered_act(c, hw);
    int asker = hw >= 0 && !answer ? governing(c, hw, GD_CUE_REQUEST) : -1;
    int requested = asker >= 0;
    /* (Membership a state asks for itself is its plan, as "applied to
     * join": "Ukraine seeks NATO membership", "Georgia asked to join".) */
    if (requested && ev.type == GEORDF_ALLIANCE && (tr->flags & GD_TRIG_ORG_OBJECT)) {
      int w[GD_MAX_FILL];
      size_t n = gd_deps_slot(&c->deps, asker, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
      const np *p = n ? word_np(c, w[0]) : NULL;
      const geordf_entity *e = p ? np_actor(c, p) : NULL;
      if (e && contains(&ev, GEORDF_ROLE_PARTY, e)) requested = 0, ev.planned = 1;
    }
    if (requested && ev.type != GEORDF_SANCTION) continue;
    /* A refusal that is itself negated cancels out: "has not ruled out
     * selling jets", "did not refuse to meet him" leave the event open (it
     * has not happened), its "not" no negation of the event. */
    int refused = hw >= 0 && !answer ? governing(c, hw, GD_CUE_REFUSE) : -1;
    int left_open = refused >= 0 && negated_word(c, refused);
    /* (A veto overridden stops nothing: "voted to override President
     * Reagan's veto of sanctions against South Africa" enacts them.) */
    if (refused >= 0 && overridden(c, refused)) refused = -1;
    if (refused >= 0 && !left_open) ev.negated = 1;
    if (left_open) ev.planned = 1;
    /* The predicates of the trigger's chain: "did not impose sanctions",
     * "has no plans to sell", "will allow him to visit", "is preparing to
     * deliver", "proposed a partnership" (what is proposed, its object, is
     * planned). */
    gd_chain ch;
    predicate_chain(c, hw, &ch);
    /* "If Moscow and Washington agreed to stop supplying both sides, the war
     * would end", "If Mohammed bin Salman travels to Pakistan this year":
     * an event that is the condition itself is supposed, not told (a
     * sanction there is a threat, below). */
    if (ch.hypothesis && ev.type != GEORDF_SANCTION) return 0;
    if (ch.negated && !left_open) ev.negated = 1;
    if (ch.future || chain_cue(c, &ch, 1u << GD_CUE_PLANNED) >= 0 ||
        (ev.type != GEORDF_SANCTION && ch.n > 1 && lemma_cue(c, ch.w[1], -1, GD_CUE_THREAT) &&
         (c->deps.w[hw].rel == GD_R_OBJ || c->deps.w[hw].rel == GD_R_XCOMP)))
      ev.planned = 1;
    /* ("has yet to deliver", "played no part in the downing", "is falling
     * short of imposing": a phrase of the chain that denies it.) */
    if ((tr->flags & GD_TRIG_NEGATIVE) || (!left_open && chain_cue(c, &ch, 1u << GD_CUE_NEGATION) >= 0))
      ev.negated = 1;
    /* A visit called off did not happen; an alliance abrogated or left no
     * longer holds: "cancelled a planned visit", "the visit was
     * postponed", "abrogated its treaty of friendship with"; but a
     * cancellation denied leaves it standing ("was not cancelled"). */
    int canceller = ev.type == GEORDF_VISIT || ev.type == GEORDF_ALLIANCE
                        ? chain_cue_word(c, &ch, 1u << GD_CUE_CANCELLED)
                        : -1;
    if (canceller >= 0) ev.negated = !negated_word(c, canceller);
    if (ev.type == GEORDF_ALLIANCE && noun && hw >= 0 && ended(c, hw)) ev.negated = 1;
    if (tr->flags & GD_TRIG_PLANNED) ev.planned = 1;
    /* A headline's "X to visit Y" is the future tense of headlines. */
    if (!noun && c->title_len && se->b < c->title_len && tm->tb >= stb + 2 && tok_is(c, tm->tb - 1, "to") &&
        c->tok_np[tm->tb - 2] >= 0)
      ev.planned = 1;
    if (ev.type == GEORDF_SANCTION) {
      gd_cues mask = (1u << GD_CUE_LIFT) | (1u << GD_CUE_EASE) | (1u << GD_CUE_THREAT) | (1u << GD_CUE_IMPOSE);
      /* The outermost predicate of the chain that says what is done with
       * the sanction decides ("threatened to impose", "agreed to lift"). */
      int q = chain_cue(c, &ch, mask);
      ev.status = q == GD_CUE_LIFT ? GEORDF_STATUS_LIFTED
                  : q == GD_CUE_EASE ? GEORDF_STATUS_EASED
                  : q == GD_CUE_THREAT ? GEORDF_STATUS_THREATENED
                  : q == GD_CUE_IMPOSE ? GEORDF_STATUS_IMPOSED
                  : tr->status ? tr->status : GEORDF_STATUS_IMPOSED;
      /* (A sanction that may be, or would be on a condition, is a threat:
       * "could be hit with sanctions", "will tighten sanctions if".) */
      if ((undergo_threat == 1 || requested || ch.possible || ch.condition) && ev.status == GEORDF_STATUS_IMPOSED)
        ev.status = GEORDF_STATUS_THREATENED;
      /* (A sanction to be avoided or escaped is still to come, whatever
       * another verb lifts or eases: "suspended enrichment to avoid
       * sanctions".) */
      if (undergo_threat == 1 && (ev.status == GEORDF_STATUS_LIFTED || ev.status == GEORDF_STATUS_EASED))
        ev.status = GEORDF_STATUS_THREATENED;
      if (undergo_threat == 2) ev.status = GEORDF_STATUS_THREATENED; /* "suspend enrichment or face sanctions" */
      /* A request dropped or abandoned ("dropped its demand for an oil
       * embargo", "abandoned its call for sanctions") withdraws the threat:
       * what the verb does is to the request, not to a sanction. */
      if (requested && (governing(c, asker, GD_CUE_LIFT) >= 0 || governing(c, asker, GD_CUE_CANCELLED) >= 0)) {
        ev.status = GEORDF_STATUS_THREATENED;
        ev.negated = 1;
      }
      if (ev.status == GEORDF_STATUS_THREATENED) ev.planned = 0;
    } else if (ev.type == GEORDF_ARMSDEAL) {
      gd_cues mask = (1u << GD_CUE_PLEDGE) | (1u << GD_CUE_AGREED) | (1u << GD_CUE_DELIVERED) |
                      (1u << GD_CUE_CANCELLED);
      /* "promised to deliver", "cancelled the sale" */
      int q = chain_cue(c, &ch, mask);
      /* (What is agreed or promised may be the cancelling: "agreed to
       * cancel the sale", "promised to scrap the order".) */
      if ((q == GD_CUE_AGREED || q == GD_CUE_PLEDGE) && chain_cue_word(c, &ch, 1u << GD_CUE_CANCELLED) >= 0)
        q = GD_CUE_CANCELLED;
      ev.status = q == GD_CUE_PLEDGE ? GEORDF_STATUS_PLEDGED
                  : q == GD_CUE_AGREED ? GEORDF_STATUS_AGREED
                  : q == GD_CUE_DELIVERED ? GEORDF_STATUS_DELIVERED
                  : q == GD_CUE_CANCELLED ? GEORDF_STATUS_CANCELLED
                  : tr->status;
      /* "the jets India bought from France landed": the goods have come. */
      if ((q < 0 || q == GD_CUE_AGREED) && goods_arrived(c, hw)) ev.status = GEORDF_STATUS_DELIVERED;
      /* "has stopped deliveries of the Exocet missiles", "stopped its arms
       * deliveries to Addis Ababa": a dealing in arms stopped is cancelled.
       * (Not a lexicon cue: "stop" on the chain of a request, "would stop
       * enriching uranium to ward off calls for sanctions", drops no
       * request.) */
      if ((q < 0 || q == GD_CUE_AGREED) && !ev.negated && chain_lemma(c, &ch, "stop"))
        ev.status = GEORDF_STATUS_CANCELLED;
      /* "has begun supplying", "completed delivery of", "is rushing tanks
       * to": transfers under way or done are deliveries. */
      if ((q < 0 || q == GD_CUE_AGREED) && !ev.planned && !ev.negated && transfer_under_way(c, &ch, ev.nfill[GEORDF_ROLE_ITEM]))
        ev.status = GEORDF_STATUS_DELIVERED;
      /* "plans to buy", "will supply": a verb's plan is a pledge, whatever
       * the verb would say in the past tense. */
      if (ev.planned && q < 0 && (ev.status == GEORDF_STATUS_NONE || tr->pos == 'v'))
        ev.status = GEORDF_STATUS_PLEDGED;
      /* But a sale or purchase told in the future tense alone, with no word
       * of planning, is a deal made, its terms set ("the United States would
       * sell 150 F-16s to Taiwan, the President announced", "Egypt will buy
       * arms from Czechoslovakia"), where a transfer so told is promised
       * ("would send 31 tanks"); one denied stays a pledge denied ("will not
       * sell"). */
      if (ev.status == GEORDF_STATUS_PLEDGED && q < 0 && ch.future && !ev.negated && tr->pos == 'v' && !ch.possible &&
          !ch.condition && chain_cue(c, &ch, 1u << GD_CUE_PLANNED) < 0 && dealing_verb(c, hw))
        ev.status = GEORDF_STATUS_AGREED;
      /* "Turkey will not receive the jets it ordered", "France will not
       * deliver the warships Russia bought": goods already dealt in that
       * will not change hands are a deal cancelled, not one denied. */
      if (ev.negated && ch.future && q < 0 && ordered_goods(c, hw)) {
        ev.negated = 0;
        ev.planned = 0;
        ev.status = GEORDF_STATUS_CANCELLED;
      }
    }
    /* A verb in the simple present ("leaves", "flies") speaks of a plan. */
    const char *tw = c->t->tok[tm->tb].norm;
    size_t twl = strlen(tw);
    int present = tr->pos == 'v' && twl > 3 && tw[twl - 1] == 's' && tw[twl - 2] != 's';
    /* In the body (a headline's present is its past), a verb of setting
     * off in the simple present is the traveller's programme, a plan: "From
     * Beijing the president flies to Seoul", "Mr. Richards goes on to Libya",
     * "the Vice President leaves tonight for Warsaw". */
    if (present && ev.type == GEORDF_VISIT && se->b >= c->title_len) {
      static const char *const setting_off[] = {"goes", "flies", "leaves", "travels", "heads", "proceeds", NULL};
      for (int k = 0; setting_off[k]; k++)
        if (!strcmp(tw, setting_off[k])) ev.planned = 1;
    }
    const sent_dates *d = sentence_dates(c, se, sd);
    set_date(c, &ev, d->v, d->n, c->t->tok[tm->tb].b, present, &ch);
    /* An event told after the lead with no date of its own, in the past,
     * is of the lead's day ("signed a pact in Manila on Monday. ... Kihara
     * flew to Manila for the signing"), unless a mention of it is dated
     * (after merging, so that it still joins an undated mention), it did
     * not happen, may happen ("fear that Beijing could supply") or has a
     * time of its own (own_time()). */
    ev.lead_day = !ev.date[0] && !ev.planned && !ch.possible && !ch.condition && !past_perfect(c, &ch) &&
                  ((!present && after_lead(c, se)) || se->b < c->title_len) && !own_time(c, &ch, se);
    /* The lead's first event dated to a day gives the lead's day, rather
     * than a report's date before it ("said on Friday that ... in
     * retaliation for the downing of a drone on Thursday": Thursday). */
    if (se->e == c->lead_end && !c->lead_by_event && strlen(ev.date) == 10 && !ev.planned && !ev.negated) {
      memcpy(c->lead_date, ev.date, sizeof c->lead_date);
      c->lead_by_event = 1;
    }
    unsigned roles = 0;
    for (int r = 0; r < GEORDF_ROLE_COUNT; r++) roles += ev.nfill[r] ? 1 : 0;
    double conf = tr->weight * (0.75 + 0.05 * (roles > 5 ? 5 : roles));
    ev.confidence = conf > 1.0 ? 1.0 : conf;
    ev.acat = acat;
    /* Fighters intercept an aircraft to escort it away; only a drone or a
     * missile intercepted is destroyed. */
    if ((tr->flags & GD_TRIG_UNMANNED) && (acat == 'A' || acat == 'H')) continue;
    /* (So too when no one is named for the aircraft: "scrambled to
     * intercept helicopters used by a group within the army".) */
    if ((tr->flags & GD_TRIG_UNMANNED) && !acat && !noun && hw >= 0 && c->parsed && manned_object(c, hw)) continue;
    /* "the measures" only points back: a new mention of the last sanction,
     * unless someone else joins it. */
    if (((tr->flags & GD_TRIG_ANAPHOR) || same_event) && ev.type == GEORDF_SANCTION) {
      int dup = 0;
      for (size_t q = c->evs->n; q-- > 0 && !dup;) {
        geordf_event *o = &c->evs->v[q];
        if (o->type != GEORDF_SANCTION || !same_set(o, &ev, GEORDF_ROLE_IMPOSER) ||
            !same_set(o, &ev, GEORDF_ROLE_TARGET) || (!same_event && o->status != ev.status) ||
            (!(tr->flags & GD_TRIG_ANAPHOR) && o->negated != ev.negated))
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
    gd_event_forget_evidence(out);
    out->item = NULL;
    if (gd_event_add_evidence(out, se->b, se->e)) return -1;
    if (ev.type == GEORDF_SANCTION && !ev.negated) {
      c->sanc_imposer = ev.fill[GEORDF_ROLE_IMPOSER][0];
      c->sanc_target = ev.fill[GEORDF_ROLE_TARGET][0];
      c->n_sanc_imposers = ev.nfill[GEORDF_ROLE_IMPOSER];
      memcpy(c->sanc_imposers, ev.fill[GEORDF_ROLE_IMPOSER], sizeof c->sanc_imposers);
    }
    if (ev.type == GEORDF_SHOOTDOWN && !ev.negated) {
      c->sd_victim = ev.fill[GEORDF_ROLE_VICTIM][0];
      c->sd_aircraft = ev.nfill[GEORDF_ROLE_AIRCRAFT] ? ev.fill[GEORDF_ROLE_AIRCRAFT][0] : NULL;
      c->sd_attacker = ev.nfill[GEORDF_ROLE_ATTACKER] ? ev.fill[GEORDF_ROLE_ATTACKER][0] : NULL;
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

/* Whether trigger TR can give an event in sentence SE at all, whatever the
 * parse: a trigger that needs an organization ("joined") or a weapon
 * ("sold", "shot down") gives none in a sentence without one (the checks of
 * apply_frame, made before parsing). */
static int trigger_viable(const ctx *c, const gd_trigger *tr, const gd_sentence *se, size_t np0, size_t np1) {
  if (tr->flags & GD_TRIG_ORG_OBJECT) {
    int org = 0;
    for (size_t a = np0; a < np1 && !org; a++) {
      const np *p = &c->nps[a];
      org = (p->head && p->head->kind == GD_KIND_ORG) || (p->also[0] && p->also[0]->kind == GD_KIND_ORG) ||
            (p->also[1] && p->also[1]->kind == GD_KIND_ORG);
    }
    if (!org) return 0;
  }
  if (tr->flags & GD_TRIG_ORG_SUBJECT) {
    int org = 0;
    for (size_t a = np0; a < np1 && !org; a++) org = c->nps[a].head && c->nps[a].head->kind == GD_KIND_ORG;
    if (!org) return 0;
  }
  if (tr->flags & GD_TRIG_NEEDS_OBJECT) {
    if (tr->type != GEORDF_SHOOTDOWN)
      return sentence_has_cue(c, se->tb, se->te, GD_CUE_ARMS) || sentence_has_weapon(c, np0, np1);
    if (sentence_has_cue(c, se->tb, se->te, GD_CUE_AIR) || flight_number(c, se->tb, se->te)) return 1;
    /* (A noun may point back to the last aircraft downed: "blamed Russia
     * for the downing".) */
    if (tr->pos == 'n' && c->sd_victim) return 1;
    for (size_t a = np0; a < np1; a++)
      if (c->nps[a].weapon && flies(c->nps[a].weapon)) return 1;
    return 0;
  }
  return 1;
}

/* "Canada followed suit", "Japan did the same": a clause that repeats the
 * document's last event, with the clause's subject as the one who acts
 * (the imposer, supplier, attacker or visitor; an alliance has no such
 * side).  Adds that event; -1 when memory runs out. */
static int follow_suit(ctx *c, const gd_sentence *se, size_t m0, size_t m1, size_t np0, size_t np1) {
  for (size_t k = m0; k < m1; k++) {
    const gd_mention *m = &c->m[k];
    if (!(m->cues & (1u << GD_CUE_SAME)) || !c->evs->n) continue;
    const geordf_event *last = &c->evs->v[c->evs->n - 1];
    /* (The side that acts is the schema's arrow's tail; an alliance's
     * parties have no such side.) */
    const gd_type_schema *ts = &gd_schema_type[last->type];
    geordf_role agent = ts->from;
    if (ts->to == GEORDF_ROLE_COUNT || last->negated || !last->nfill[agent]) continue;
    npset s = {{0}, 0};
    find_subj(c, m->tb, se->tb, np0, np1, 0, &s);
    geordf_event ev = *last;
    ev.nfill[agent] = 0;
    for (unsigned i = 0; i < s.n; i++) {
      const geordf_entity *e = agent == GEORDF_ROLE_VISITOR ? filler(c, agent, s.v[i]) : np_actor(c, s.v[i]);
      /* (Not one already in the event: "Russia did the same" after
       * sanctions on Russia is retaliation, not the same act.) */
      int taken = 0;
      for (int r = 0; r < GEORDF_ROLE_COUNT; r++) taken |= e && contains(last, (geordf_role)r, e);
      /* (A journey made by a person is repeated by a person: "if both
       * German states did the same" after "told the Assembly in New York"
       * sends no state on it.) */
      if (e && agent == GEORDF_ROLE_VISITOR && last->fill[agent][0]->kind == GD_KIND_PERSON &&
          e->kind != GD_KIND_PERSON)
        continue;
      if (e && !taken) gd_event_fill(&ev, agent, e);
    }
    if (!ev.nfill[agent]) continue;
    /* ("did not do the same", "refused to follow suit": the chain of the
     * clause's verb, as a trigger's.) */
    int w = c->parsed ? gd_deps_span_head(&c->deps, m->tb, m->te) : -1;
    gd_chain ch;
    predicate_chain(c, w, &ch);
    int refused = w >= 0 ? governing(c, w, GD_CUE_REFUSE) : -1;
    ev.negated = ch.negated || chain_cue(c, &ch, 1u << GD_CUE_NEGATION) >= 0 ||
                 (refused >= 0 && !negated_word(c, refused));
    ev.date[0] = '\0';
    ev.confidence = last->confidence * 0.9;
    gd_event_forget_evidence(&ev);
    ev.item = NULL;
    const char *item = last->item;
    geordf_event *out = gd_events_add(c->evs, ev.type);
    if (!out) return -1;
    *out = ev;
    if (gd_event_add_evidence(out, se->b, se->e)) return -1;
    if (item && gd_event_set_item(out, item, strlen(item))) return -1;
  }
  return 0;
}

static void debug_sentence(const ctx *c, const gd_sentence *se, size_t m0, size_t m1, size_t np0) {
  TRACE("S[%zu,%zu): %.*s\n", se->b, se->e, (int)(se->e - se->b), c->text + se->b);
  for (size_t k = m0; k < m1; k++) {
    const gd_mention *m = &c->m[k];
    TRACE("  M %zu-%zu '%s..' ents=%u trig=%u cues=%llx office=%s\n", m->tb, m->te,
            c->t->tok[m->tb].norm, m->nents, m->ntrig, (unsigned long long)m->cues, m->office ? m->office->office : "-");
  }
  for (size_t a = np0; a < c->nnp; a++) {
    const np *p = &c->nps[a];
    TRACE("  NP %zu-%zu g%d person=%s head=%s mod=%s place=%s weapon=%s poss=%d\n", p->tb, p->te,
            p->group, p->person ? p->person->label : "-", p->head ? p->head->label : "-",
            p->mod ? p->mod->label : "-", p->place ? p->place->label : "-",
            p->weapon ? p->weapon->label : "-", p->poss);
  }
}

#ifndef GD_MENTIONS_HELD
#define GD_MENTIONS_HELD 65536 /* phrases (150 bytes each); the tests set 0 */
#endif

/* A document of more bytes than this is read a window of sentences at a
 * time (gd_tokenize_window); the tests set it small. */
#ifndef GD_WINDOW_BYTES
#define GD_WINDOW_BYTES (1u << 18)
#endif

/* Drops the phrases held (their tokens point to none), keeping a small
 * array for the next sentence's. */
static void forget_mentions(ctx *c) {
  for (size_t k = 0; k < c->nm; k++)
    for (size_t i = c->m[k].tb; i < c->m[k].te; i++) c->tok_m[i] = -1;
  c->nm = 0;
  if (c->capm > 1024) {
    free(c->m);
    c->m = NULL;
    c->capm = 0;
  }
}

/* News names a person in full once, then by the last word of the name
 * alone ("Evo Morales ... Morales said"), whether or not the lexicon
 * lists that word as a surname.  Remembers the last word of each person
 * named in full in the new phrases M[M0..), one person a phrase. */
static void remember_aliases(ctx *c, size_t m0) {
  for (size_t k = m0; k < c->nm && c->nalias < sizeof c->alias / sizeof c->alias[0]; k++) {
    const gd_mention *m = &c->m[k];
    const gd_token *last = &c->t->tok[m->te - 1];
    size_t wl = strlen(last->norm);
    if (m->nents != 1 || m->ents[0]->kind != GD_KIND_PERSON || m->how[0] != GD_NAME_PROPER || m->te - m->tb < 2 ||
        !(last->flags & GD_TOK_CAP) || wl < 3 || wl >= sizeof c->alias[0].word)
      continue;
    size_t a = 0;
    while (a < c->nalias && strcmp(c->alias[a].word, last->norm)) a++;
    if (a < c->nalias) continue; /* the first person of the name keeps it */
    c->alias[a].e = m->ents[0];
    c->alias[a].from = last->e;
    memcpy(c->alias[a].word, last->norm, wl + 1);
    c->nalias++;
  }
}

/* Whether token I of tokens [TB, TE) is followed by a capitalized word no
 * phrase of M[M0..N0) covers, then part of a longer name: "Morales
 * Bermudez" is not Evo Morales.  (A first name before it is choose()'s
 * test, as for any surname: "Juan Morales".) */
static int other_name_word(const ctx *c, size_t i, size_t te, size_t m0, size_t n0) {
  if (i + 1 >= te) return 0;
  const gd_token *g = &c->t->tok[i + 1];
  if (!(g->flags & GD_TOK_WORD) || !(g->flags & GD_TOK_CAP)) return 0;
  for (size_t q = m0; q < n0; q++)
    if (c->m[q].tb <= i + 1 && i + 1 < c->m[q].te) return 0;
  return 1;
}

/* Adds, after the phrases M[M0..), one for each capitalized word of tokens
 * [TB, TE) that no phrase covers and that is the alias of a person named
 * earlier; then puts M[M0..) back in the order of the text. */
static int match_aliases(ctx *c, size_t m0, size_t tb, size_t te) {
  if (!c->nalias) return 0;
  size_t n0 = c->nm, q = m0;
  for (size_t i = tb; i < te; i++) {
    while (q < n0 && c->m[q].te <= i) q++;
    const gd_token *k = &c->t->tok[i];
    if (q < n0 && c->m[q].tb <= i) {
      /* A word the lexicon gives others as their surname alone names the
       * person named in full before it ("Robert F. Kennedy ... Kennedy"
       * is not John F. Kennedy). */
      gd_mention *s = &c->m[q];
      int surnames = s->te == s->tb + 1 && s->nents > 0;
      for (unsigned j = 0; j < s->nents && surnames; j++)
        surnames = s->ents[j]->kind == GD_KIND_PERSON && s->how[j] == GD_NAME_SURNAME;
      for (size_t a = 0; surnames && a < c->nalias; a++) {
        if (c->alias[a].from > k->b || strcmp(c->alias[a].word, k->norm)) continue;
        s->ents[0] = c->alias[a].e;
        s->nents = 1;
        break;
      }
      continue;
    }
    if (!(k->flags & GD_TOK_CAP) || other_name_word(c, i, te, m0, n0)) continue;
    for (size_t a = 0; a < c->nalias; a++) {
      if (c->alias[a].from > k->b || strcmp(c->alias[a].word, k->norm)) continue;
      gd_mention *m = gd_mention_add(&c->m, &c->nm, &c->capm);
      if (!m) return -1;
      m->tb = i;
      m->te = i + 1;
      m->ents[0] = c->alias[a].e;
      m->how[0] = GD_NAME_SURNAME;
      m->nents = 1;
      break;
    }
  }
  /* (Insertion: the few added go in among the sentence's phrases.) */
  for (size_t k = n0; k < c->nm; k++) {
    gd_mention x = c->m[k];
    size_t j = k;
    while (j > m0 && c->m[j - 1].tb > x.tb) {
      c->m[j] = c->m[j - 1];
      j--;
    }
    c->m[j] = x;
  }
  return 0;
}

/* headline_in() for the deck that opens with the phrase M0.  -1 on
 * failure. */
static int deck_in(ctx *c, size_t m0) {
  const gd_mention *who = &c->m[m0];
  size_t in = who->te, a = m0 + 1; /* ("in" may be a phrase of its own: a cue) */
  int held = c->m[a].tb == in && c->m[a].te == in + 1;
  if (held) a++;
  if (!who->nents || who->ntrig || !tok_is(c, in, "in") || a >= c->nm ||
      c->m[a].tb != in + 1 || !c->m[a].nents || c->m[a].ntrig || (held && c->m[a - 1].ntrig))
    return 0;
  int person = 0, place = 0;
  for (unsigned k = 0; k < who->nents; k++) person |= who->ents[k]->kind == GD_KIND_PERSON;
  for (unsigned k = 0; k < c->m[a].nents; k++)
    place |= c->m[a].ents[k]->kind == GD_KIND_PLACE || c->m[a].ents[k]->kind == GD_KIND_COUNTRY;
  if (!person || !place) return 0;
  int prefix;
  const gd_trigger *tr = NULL;
  for (const gd_sense *q = gd_lexicon_lookup(c->lex, "is in", 5, &prefix); q && !tr; q = q->next)
    if (q->kind == GD_PH_TRIGGER && q->u.trigger->type == GEORDF_VISIT) tr = q->u.trigger;
  if (!tr) return 0;
  if (!held) {
    if (c->nm == c->capm) {
      gd_mention *v = realloc(c->m, (c->capm * 2 + 1) * sizeof *v);
      if (!v) return -1;
      c->m = v;
      c->capm = c->capm * 2 + 1;
    }
    memmove(&c->m[m0 + 2], &c->m[m0 + 1], (c->nm - m0 - 1) * sizeof *c->m);
    c->nm++;
    memset(&c->m[m0 + 1], 0, sizeof c->m[m0 + 1]);
    c->m[m0 + 1].tb = in;
    c->m[m0 + 1].te = in + 1;
  }
  c->m[m0 + 1].trig[0] = tr;
  c->m[m0 + 1].ntrig = 1;
  return 0;
}

/* "Kennedy in Berlin", "Nixon in Moscow for Summit": a headline that opens
 * with a person's name and "in" a place says that the person is there, as
 * "is in" does (the headline drops the verb); so does a second deck after a
 * semicolon ("Six ex-Soviet republics sign security pact; Yeltsin in
 * Tashkent").  For the phrases M0..c->nm of the headline sentence SE, adds
 * a mention of "in" with the trigger of being in a place.  -1 on failure. */
static int headline_in(ctx *c, const gd_sentence *se, size_t m0) {
  if (se->b >= c->title_len) return 0;
  for (size_t k = m0; k + 2 <= c->nm; k++)
    if ((c->m[k].tb == se->tb || is_punct(c, c->m[k].tb - 1, ";")) && deck_in(c, k)) return -1;
  return 0;
}

/* Whether sentence SE has "attended" (a past attendance), "gathered",
 * "joined", or "held" or "opened" before a word of a meeting, where
 * attending_visits() may find a guest from abroad. */
static int attending_words(const ctx *c, const gd_sentence *se) {
  static const char *const meeting[] = {"summit", "conference", "talks", "forum", "meeting", NULL};
  for (size_t k = se->tb; k < se->te; k++) {
    if (tok_is(c, k, "attended") || tok_is(c, k, "gathered") || tok_is(c, k, "joined")) return 1;
    /* ("held their first summit", "opened their conference") */
    if (!tok_is(c, k, "held") && !tok_is(c, k, "opened")) continue;
    for (size_t n = k + 1; n < se->te && n <= k + 5; n++)
      for (int q = 0; meeting[q]; q++)
        if (tok_is(c, n, meeting[q])) return 1;
  }
  return 0;
}

static int apposed_words(const ctx *c, const gd_sentence *se);

/* Matches the phrases of sentence S of c->t after those held. */
/* "EAST PALESTINE, Ohio (AP)", "visited East Palestine, Ohio,", "in Paris,
 * Texas": a state's name or another state's city right before a comma and
 * the name of a place of the United States (a state of the Union, the way
 * American wires name a town) names a town of that place, not the state:
 * drops the name's entities.  (Only when the place ends the phrase, before
 * a comma, a parenthesis or the end: "Israel, Gaza and the West Bank" is a
 * list.)  Mentions from M0 on. */
static void us_towns(ctx *c, size_t m0) {
  for (size_t k = m0; k + 1 < c->nm; k++) {
    gd_mention *m = &c->m[k];
    const gd_mention *n = &c->m[k + 1];
    if (!m->nents || n->nents != 1 || n->tb != m->te + 1 || !is_punct(c, m->te, ",") ||
        n->ents[0]->kind != GD_KIND_PLACE || !n->ents[0]->country || !n->ents[0]->country->qid ||
        strcmp(n->ents[0]->country->qid, "Q30"))
      continue;
    const geordf_entity *e = m->ents[0];
    const geordf_entity *st = e->kind == GD_KIND_COUNTRY ? e : e->kind == GD_KIND_PLACE ? e->country : NULL;
    if (!st || st == n->ents[0]->country) continue;
    if (n->te < c->t->ntok && !is_punct(c, n->te, ",") && !is_punct(c, n->te, "(") && !is_punct(c, n->te, ".")) continue;
    /* (the word that opens the town's name, "East", names it elsewhere) */
    if (c->ntown < 4 && m->tb > 0 && (c->t->tok[m->tb - 1].flags & GD_TOK_CAP) && !mention_at(c, m->tb - 1) &&
        strlen(c->t->tok[m->tb - 1].norm) < sizeof c->town_prev[0]) {
      c->town[c->ntown] = e;
      strcpy(c->town_prev[c->ntown++], c->t->tok[m->tb - 1].norm);
    }
    m->nents = 0;
  }
}

/* The same town named again with the word that opens its name, in the
 * headline ("Biden visits East Palestine") or anywhere before or after:
 * drops that name's entities too. */
static void us_towns_again(ctx *c) {
  for (size_t k = 0; k < c->nm && c->ntown; k++) {
    gd_mention *m = &c->m[k];
    if (!m->nents || m->tb == 0) continue;
    for (int q = 0; q < c->ntown; q++)
      if (m->ents[0] == c->town[q] && !strcmp(c->t->tok[m->tb - 1].norm, c->town_prev[q])) m->nents = 0;
  }
}

static int match_sentence(ctx *c, size_t s, int *any_trigger) {
  const gd_sentence *se = &c->t->sent[s];
  size_t m0 = c->nm;
  if (gd_match(c->lex, c->t, se->tb, se->te, &c->m, &c->nm, &c->capm)) return -1;
  remember_aliases(c, m0);
  if (match_aliases(c, m0, se->tb, se->te) || headline_in(c, se, m0)) return -1;
  for (size_t k = m0; k < c->nm; k++) {
    gd_mention_on(&c->m[k], c->have_date ? c->date : ""); /* "Moscow" in 1975 */
    for (size_t i = c->m[k].tb; i < c->m[k].te; i++) c->tok_m[i] = (int)k;
    if (c->m[k].ntrig) *any_trigger = 1;
  }
  us_towns(c, m0);
  /* (A document with no trigger may still tell a guest's attendance, or
   * a stay in passing: "Putin, in Kazakhstan for a summit, said".) */
  if (attending_words(c, se) || apposed_words(c, se)) *any_trigger = 1;
  return 0;
}

/* Whether sentence SE has the words of travelling with someone ("came with
 * him", "flew in with him", "accompanied the President"), for
 * companion_visits(), which reads the parse of a sentence with no trigger. */
static int companion_words(const ctx *c, const gd_sentence *se) {
  static const char *const moved[] = {"came", "flew", "travelled", "traveled", "arrived", "went", NULL};
  for (size_t k = se->tb; k < se->te; k++) {
    if (tok_is(c, k, "accompanied")) return 1;
    if (!tok_is(c, k, "with")) continue;
    for (size_t b = k > se->tb + 2 ? k - 2 : se->tb; b < k; b++)
      for (int q = 0; moved[q]; q++)
        if (tok_is(c, b, moved[q])) return 1;
  }
  return 0;
}

/* The same, after a visit told before.  (The words first: a document of
 * many events would make a look at them for every sentence quadratic.) */
static int companions(const ctx *c, const gd_sentence *se) {
  if (!companion_words(c, se)) return 0;
  for (size_t i = 0; i < c->evs->n; i++)
    if (c->evs->v[i].type == GEORDF_VISIT) return 1;
  return 0;
}

/* Whether sentence SE has a name, a comma, "in" and a name ("President
 * Clinton, in Moscow for a three-day visit, ..."), where stay_visits()
 * may find a person's stay told in passing. */
static int apposed_words(const ctx *c, const gd_sentence *se) {
  for (size_t k = se->tb + 1; k + 2 < se->te; k++)
    if (is_punct(c, k, ",") && tok_is(c, k + 1, "in") && (c->t->tok[k - 1].flags & GD_TOK_CAP) &&
        (c->t->tok[k + 2].flags & GD_TOK_CAP))
      return 1;
  return 0;
}

/* Whether sentence SE has "signed for" and a name ("signed for the Soviet
 * Union", "signed on behalf of Finland"), where signing_visits() may find a
 * signer abroad. */
static int signing_words(const ctx *c, const gd_sentence *se) {
  for (size_t k = se->tb; k + 2 < se->te; k++) {
    if (!tok_is(c, k, "signed")) continue;
    /* (or "signed on behalf of Finland": its "of" stands for the "for") */
    size_t f = k + 1;
    if (f + 3 < se->te && tok_is(c, f, "on") && tok_is(c, f + 1, "behalf") && tok_is(c, f + 2, "of")) f += 2;
    else if (!tok_is(c, f, "for")) continue;
    if ((c->t->tok[f + 1].flags & GD_TOK_CAP) ||
        (tok_is(c, f + 1, "the") && f + 2 < se->te && (c->t->tok[f + 2].flags & GD_TOK_CAP)))
      return 1;
  }
  return 0;
}

/* How many of the sentences, whose phrases are M[MSENT[S]..MSENT[S+1]), may
 * add or change an event: up to the last that holds a trigger, a "did the
 * same" (follow_suit()) or words of travelling with someone or of signing
 * for a state.  One after it only adds to the discourse memory,
 * which no later sentence reads for an event. */
static size_t events_end(const ctx *c, const size_t *msent, size_t nsent) {
  for (size_t s = nsent; s > 0; s--) {
    for (size_t k = msent[s - 1]; k < msent[s]; k++)
      if (c->m[k].ntrig || (c->m[k].cues & 1u << GD_CUE_SAME)) return s;
    /* (Or one who travelled with a visitor: companion_visits().) */
    if (companion_words(c, &c->t->sent[s - 1]) || apposed_words(c, &c->t->sent[s - 1]) ||
        signing_words(c, &c->t->sent[s - 1]) || attending_words(c, &c->t->sent[s - 1]))
      return s;
  }
  return 0;
}

/* Makes the token-indexed arrays fit the tokens of c->t, pointing to no
 * phrase, and forgets the phrases and noun phrases held: a new window. */
static int new_window(ctx *c, size_t **msent, size_t *capsent, size_t *captok) {
  c->nm = 0;
  c->nnp = 0;
  if (c->t->ntok + 1 > *captok) {
    int *a = realloc(c->tok_m, (c->t->ntok + 1) * sizeof *a);
    if (a) c->tok_m = a;
    int *b = realloc(c->tok_np, (c->t->ntok + 1) * sizeof *b);
    if (b) c->tok_np = b;
    if (!a || !b) return -1;
    *captok = c->t->ntok + 1;
  }
  for (size_t i = 0; i < c->t->ntok; i++) c->tok_m[i] = c->tok_np[i] = -1;
  if (c->t->nsent + 1 > *capsent) {
    size_t *v = realloc(*msent, (c->t->nsent + 1) * sizeof *v);
    if (!v) return -1;
    *msent = v;
    *capsent = c->t->nsent + 1;
  }
  return 0;
}

static void (*tree_hook)(gd_deps *d); /* gd_extract_set_tree_hook() */

/* The day of a dateline ("MOSCOW, July 16 --" in a paper dated July 17):
 * the day the report was filed, whose "today", "last night" and "on
 * Monday" the sentences count from.  Only a day one to three days before
 * the publication date: a morning paper prints the news of the day before,
 * and a story held up ("(delayed)") arrives a day or two late. */
static void dateline_day(ctx *c, const gd_sentence *se) {
  gd_date_expr v[2];
  size_t open = after_dateline(c, se->tb, se->te);
  if (!c->have_date || open <= se->tb || open >= se->te) return;
  if (gd_date_find(gd_lexicon_date_words(c->lex), c->t, se->tb, open, c->text, &c->ymd, v, 2) != 1) return;
  if (!v[0].relative || v[0].future || v[0].weekday || !v[0].value.d) return;
  gd_ymd d = v[0].value;
  for (int back = 1; back <= 3; back++) {
    gd_date_add_days(&d, 1);
    if (d.y == c->ymd.y && d.m == c->ymd.m && d.d == c->ymd.d) {
      c->ymd = v[0].value;
      return;
    }
  }
}


void gd_extract_set_tree_hook(void (*hook)(gd_deps *d)) { tree_hook = hook; }

/* The state whose broadcast the monitoring header opening the text at
 * TB..TE names, or NULL: its capital before the service ("Tripoli home
 * service", "Moscow TASS", "Hanoi VNA"), or the state's adjective or name
 * after "by" in "Text of report by Iranian state TV" or "Excerpt from
 * report by Syrian Arab TV".  Its "we" and "our" are that state's. */
static const geordf_entity *broadcast_voice(const ctx *c, size_t tb, size_t te) {
  const gd_token *t = c->t->tok;
  const gd_mention *m = mention_at(c, tb);
  if (m && m->nents == 1 && m->ents[0]->kind == GD_KIND_PLACE && m->ents[0]->stands_for && tb + 1 < te &&
      !(t[tb].flags & GD_TOK_ALLCAPS)) {
    size_t k = tb + 1;
    while (k < te && mention_at(c, k) == m) k++;
    if (k < te && (tok_is(c, k, "home") || tok_is(c, k, "radio") || tok_is(c, k, "voice") ||
                   ((t[k].flags & GD_TOK_ALLCAPS) && strlen(t[k].norm) >= 3)))
      return m->ents[0]->stands_for;
    return NULL;
  }
  if (!(tok_is(c, tb, "text") || tok_is(c, tb, "excerpt"))) return NULL;
  for (size_t k = tb + 1; k < te && k < tb + 8; k++) {
    if (!tok_is(c, k, "by")) continue;
    for (size_t q = k + 1; q < te && q < k + 4; q++) {
      const gd_mention *s = mention_at(c, q);
      if (s && s->nents == 1 && s->ents[0]->kind == GD_KIND_COUNTRY) return s->ents[0];
    }
    return NULL;
  }
  return NULL;
}

/* Reads sentence S of c->t, whose phrases are c->m[M0..M1): its noun
 * phrases, its parse when a frame may need it, and the events of its
 * triggers. */
/* "Will Moscow sell Su-35 fighters to Tehran?", "Did Iraqi gunners shoot
 * down the Skyhawk, or did it crash?": a question that opens with its
 * auxiliary, before the subject, asks whether an event happened and
 * asserts none.  (A question of "why" or "when" takes its event as
 * given.) */
static int polar_question(const ctx *c, const gd_sentence *se) {
  static const char *const aux[] = {"do", "does", "did", "is", "are", "was", "were", "will", "would", "can",
                                    "could", "should", "shall", "may", "might", "must", "has", "have", "had", NULL};
  size_t b = after_dateline(c, se->tb, se->te), e = se->te;
  while (e > b && (tok_is(c, e - 1, "\"") || tok_is(c, e - 1, "\u201d") || tok_is(c, e - 1, "'"))) e--;
  if (e <= b + 1 || !tok_is(c, e - 1, "?")) return 0;
  /* (After a transcript's speaker in capitals and a colon: "QUESTION: Will
   * the United States be providing ...?", "Q: Could it be renewed?".) */
  for (size_t k = b + 1; k < e && k <= b + 3; k++) {
    const gd_token *sp = &c->t->tok[k - 1];
    if (!(sp->flags & (GD_TOK_ALLCAPS | GD_TOK_CAP)) || (sp->flags & GD_TOK_PUNCT) ||
        (!(sp->flags & GD_TOK_ALLCAPS) && strlen(sp->norm) > 1))
      break;
    if (is_punct(c, k, ":")) {
      b = k + 1;
      break;
    }
  }
  for (int i = 0; aux[i]; i++)
    if (tok_is(c, b, aux[i])) return 1;
  return 0;
}

static int extract_sentence(ctx *c, const gd_synmodel *syn, size_t s, size_t m0, size_t m1) {
  const gd_sentence *se = &c->t->sent[s];
  size_t np0;
  c->sent_tb = se->tb;
  c->sent_subj = NULL;
  c->prev_first_person = c->first_person;
  c->first_person = NULL;
  c->prev_named_person = c->named_person;
  c->named_person = 0;
  memcpy(c->states0, c->states, sizeof c->states);
  c->subj_state0 = c->subj_state;
  if (se->b >= c->title_len && !c->lead_read) c->voice = broadcast_voice(c, se->tb, se->te);
  if (build_nps(c, se->tb, se->te, &np0)) return -1;
  size_t np1 = c->nnp;
  /* A dateline: a place in capitals opening a sentence, then a dash. */
  if (!c->dateline && np1 > np0 && c->nps[np0].te < se->te && dateline_np(c, &c->nps[np0], se->tb)) {
    c->dateline = c->nps[np0].place->country;
    c->dateline_place = c->nps[np0].place;
  }
  /* (Any dateline gives its day, of a place or not: "UNITED NATIONS,
   * N.Y., Aug. 7 --"; the first one only.) */
  if (!c->day_read && se->b >= c->title_len && (c->t->tok[se->tb].flags & GD_TOK_ALLCAPS) &&
      after_dateline(c, se->tb, se->te) > se->tb) {
    c->day_read = 1;
    dateline_day(c, se);
  }
  for (size_t a = np0; a < np1 && se->b >= c->title_len; a++)
    if (is_organ(c->nps[a].head) && c->nps[a].head != c->organ) {
      c->organ = c->nps[a].head;
      c->organs++;
    }
  if (c->debug) debug_sentence(c, se, m0, m1, np0);
  /* Dates are only read for an event (sentence_dates()), and in the lead. */
  sent_dates sd;
  sd.read = 0;
  if (!c->lead_read && se->b >= c->title_len) {
    c->lead_read = 1;
    c->lead_end = se->e;
    lead_day(c, sentence_dates(c, se, &sd));
  }
  c->parsed = 0;
  if (polar_question(c, se)) return 0;
  /* A sentence may give an event by a trigger, or by a clause that repeats
   * the document's last event ("Japan did the same"). */
  int comp = syn && (companions(c, se) || apposed_words(c, se) || signing_words(c, se) || attending_words(c, se));
  for (size_t k = m0; k < m1; k++)
    if (comp || c->m[k].ntrig || (c->evs->n && (c->m[k].cues & (1u << GD_CUE_SAME)))) {
      /* (A sentence with no actor in it gives no frame anything to
       * fill: most triggers of ordinary news are such words in other
       * senses, and the parse is most of the cost.) */
      /* (Nor one with a single actor, unless a sanction or a shoot-down
       * may stand on it alone, "Sudan faces sanctions", or on the
       * document's last one, "The measures take effect at once"; a phrase
       * that points back to several counts as that many, "The two
       * countries have been partners since 1998"; and a clause that
       * repeats an event needs its subject, "Japan did not do the
       * same".) */
      int lone = 0, viable = 0, same = 0, memory = 0, plan = 0;
      for (size_t q = m0; q < m1; q++) plan |= !!(c->m[q].cues & (1u << GD_CUE_PLANNED));
      for (size_t q = m0; q < m1; q++) {
        same |= c->evs->n && (c->m[q].cues & (1u << GD_CUE_SAME));
        for (unsigned r = 0; r < c->m[q].ntrig; r++) {
          const gd_trigger *tr = c->m[q].trig[r];
          /* (A visit under a dateline may stand on its visitor alone:
           * "Premier Menderes arrived on Monday".) */
          /* (So may a planned one after a visit told before: "A visit to
           * Chile is also planned", a further stop of the tour.) */
          lone |= tr->type == GEORDF_SANCTION || tr->type == GEORDF_SHOOTDOWN ||
                  (tr->type == GEORDF_VISIT && (c->dateline_place || (plan && last_visitor(c))));
          memory |= (tr->type == GEORDF_SANCTION && c->sanc_target) || (tr->type == GEORDF_SHOOTDOWN && c->sd_victim);
          viable |= trigger_viable(c, tr, se, np0, np1);
        }
      }
      size_t actors = 0;
      for (size_t a = np0; a < np1; a++) actors += 1 + (c->nps[a].also[0] != NULL) + (c->nps[a].also[1] != NULL);
      if (syn && ((viable && (actors > 1 || (lone && (actors || memory)))) || (same && actors) ||
                  (actors > 1 && comp))) {
        size_t pb = after_dateline(c, se->tb, se->te);
        c->deps.headline = se->b < c->title_len;
        if (lex_tags(c, m0, m1, pb, se->te) || gd_deps_parse(&c->deps, c->t, c->text, pb, se->te, c->force))
          return -1;
        c->parsed = 1;
        if (tree_hook) tree_hook(&c->deps);
        repair_tree(c);
        pronouns_on_tree(c, np0, np1);
        if (c->debug) {
          TRACE("  D");
          for (size_t i = 0; i < c->deps.n; i++)
            TRACE(" %zu:%.*s/%d>%d", i, (int)(c->deps.w[i].e - c->deps.w[i].b), c->text + c->deps.w[i].b,
                  c->deps.w[i].rel, c->deps.w[i].head);
          TRACE("\n");
        }
      }
      break;
    }
  for (size_t k = m0; k < m1; k++) {
    const gd_mention *tm = &c->m[k];
    for (unsigned q = 0; q < tm->ntrig; q++)
      if (apply_frame(c, tm->trig[q], tm, se, np0, np1, &sd)) return -1;
  }
  /* ("Eight nations signed a collective defense treaty.  The treaty was
   * signed by the United States, Britain, ...".) */
  for (size_t k = m0; k < m1; k++)
    for (unsigned q = 0; q < c->m[k].ntrig; q++)
      if (c->m[k].trig[q]->type == GEORDF_ALLIANCE && c->m[k].trig[q]->pos == 'n' &&
          !(c->m[k].trig[q]->flags & GD_TRIG_ANAPHOR))
        c->pact_named = 1;
  if (stay_visits(c, se) || companion_visits(c, se) || signing_visits(c, se) || attending_visits(c, se) || follow_suit(c, se, m0, m1, np0, np1) || merge_settle(c->evs)) return -1;
  return 0;
}

static int no_parse;

void gd_extract_set_no_parse(int on) { no_parse = on; }

geordf_status geordf_extract(geordf_events **out, const geordf_lexicon *lex, const geordf_document *doc) {
  *out = NULL;
  if (!lex || !doc || (!doc->text && doc->text_len)) return GEORDF_ERR_ARG;
  geordf_status st = GEORDF_ERR_NOMEM;
  ctx c;
  memset(&c, 0, sizeof c);
  c.lex = lex;
  c.doc = doc;
  /* gd_extract_set_no_parse() (GEORDF_NO_PARSE=1): by word order alone. */
  const gd_synmodel *syn = no_parse ? NULL : gd_lexicon_syntax(lex);
  if (syn) {
    gd_deps_init(&c.deps, syn, gd_lexicon_relmap(lex));
    c.deps.tagcache = gd_lexicon_take_tagcache(lex);
  }
  if (doc->date && gd_date_parse_iso(&c.ymd, doc->date) == 0 && c.ymd.m && c.ymd.d) {
    c.have_date = 1;
    gd_date_format(&c.ymd, c.date);
  }
  char *combined = NULL;
  size_t *msent = NULL; /* first mention of each sentence */
  size_t capsent = 0, captok = 0;
  int debug = gd_tracing(GD_TRACE_EXTRACT);
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
  /* The tokens of the first window: the whole of an ordinary document. */
  size_t done = 0;
  c.t = gd_tokenize("", 0);
  if (!c.t || gd_tokenize_window(c.t, c.text, text_len, 0, GD_WINDOW_BYTES, &done) ||
      new_window(&c, &msent, &capsent, &captok))
    goto cleanup;
  /* (The lead: the text's first sentence, whose event a headline's is.) */
  size_t lead_b = 0, lead_e = 0;
  for (size_t s = 0; c.title_len && s < c.t->nsent && !lead_e; s++)
    if (c.t->sent[s].b >= c.title_len) lead_b = c.t->sent[s].b, lead_e = c.t->sent[s].e;
  int any_trigger = 0;
  if (done == c.t->nsent) {
    /* One window.  Lexicon phrases first, for the whole document: most
     * news holds no trigger at all, and then there is nothing more to
     * do.  A document of more phrases than GD_MENTIONS_HELD holds those
     * of one sentence at a time instead (matched again in the second
     * pass), so that its memory does not grow with its phrases: a frame
     * reads no phrase outside its sentence. */
    int window = 0;
    for (size_t s = 0; s < c.t->nsent; s++) {
      if (c.nm > GD_MENTIONS_HELD && !window) {
        window = 1;
        forget_mentions(&c);
      }
      if (window && any_trigger) break;
      msent[s] = c.nm;
      if (match_sentence(&c, s, &any_trigger)) goto cleanup;
      if (window) forget_mentions(&c);
    }
    msent[c.t->nsent] = c.nm;
    if (!window) us_towns_again(&c);
    /* (The trace shows every sentence.) */
    size_t end = window || debug ? c.t->nsent : events_end(&c, msent, c.t->nsent);
    /* (The lead too, whose day a headline's event takes.) */
    while (end && end < c.t->nsent && c.t->sent[end - 1].b < c.title_len) end++;
    for (size_t s = 0; any_trigger && s < end; s++) {
      if (window) { /* this sentence's phrases alone */
        forget_mentions(&c);
        if (match_sentence(&c, s, &any_trigger)) goto cleanup;
        msent[s] = 0;
        msent[s + 1] = c.nm;
      }
      if (extract_sentence(&c, syn, s, msent[s], msent[s + 1])) goto cleanup;
    }
  } else {
    /* A document of more than one window is read twice, a window at a
     * time: for a trigger (to stop at the first), then, when there is one,
     * for its events, holding the tokens, phrases and noun phrases of one
     * window only (GD_MENTIONS_HELD at most: more, one sentence at a
     * time).  What outlives a window is the discourse memory and the
     * events. */
    size_t from = 0;
    for (;;) {
      for (size_t s = 0; s < done && !any_trigger; s++) {
        if (match_sentence(&c, s, &any_trigger)) goto cleanup;
        forget_mentions(&c);
      }
      if (any_trigger || done == c.t->nsent) break;
      from = c.t->sent[done - 1].e;
      if (gd_tokenize_window(c.t, c.text, text_len, from, GD_WINDOW_BYTES, &done) ||
          new_window(&c, &msent, &capsent, &captok))
        goto cleanup;
    }
    int first = from == 0; /* the first window is still here */
    from = 0;
    while (any_trigger) {
      if (!first && (gd_tokenize_window(c.t, c.text, text_len, from, GD_WINDOW_BYTES, &done) ||
                     new_window(&c, &msent, &capsent, &captok)))
        goto cleanup;
      first = 0;
      /* The phrases of the window's sentences, and of those after them that
       * a sentence reads ahead into. */
      int window = 0, any = 0;
      for (size_t s = 0; s < c.t->nsent; s++) {
        if (c.nm > GD_MENTIONS_HELD && !window) {
          window = 1;
          forget_mentions(&c);
        }
        if (window) break;
        msent[s] = c.nm;
        if (match_sentence(&c, s, &any)) goto cleanup;
      }
      msent[c.t->nsent] = c.nm;
      for (size_t s = 0; s < done; s++) {
        if (window) {
          forget_mentions(&c);
          if (match_sentence(&c, s, &any)) goto cleanup;
          msent[s] = 0;
          msent[s + 1] = c.nm;
        }
        if (extract_sentence(&c, syn, s, msent[s], msent[s + 1])) goto cleanup;
      }
      if (done == c.t->nsent) break;
      from = c.t->sent[done - 1].e;
    }
  }
  headline_organ(c.evs, c.organs == 1 ? c.organ : NULL, c.title_len);
  if (merge_organs(c.evs) || merge_events(c.evs) || merge_partial(c.evs) ||
      merge_state_visits(c.evs, c.have_date ? c.date : ""))
    goto cleanup;
  merge_headline(c.evs, c.title_len, lead_b, lead_e);
  for (size_t i = 0; i < c.evs->n; i++)
    if (c.evs->v[i].lead_day && !c.evs->v[i].date[0] && !c.evs->v[i].negated) memcpy(c.evs->v[i].date, c.lead_date, sizeof c.lead_date);
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
      gd_event_unindex(ev); /* its keys are stale */
      i++;
    }
  }
  *out = c.evs;
  c.evs = NULL;
  st = GEORDF_OK;
cleanup:
  geordf_events_free(c.evs);
  if (syn) {
    gd_lexicon_give_tagcache(lex, c.deps.tagcache);
    gd_deps_free(&c.deps);
  }
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
