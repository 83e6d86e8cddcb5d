/* geordf: an event's attributes: negation, modality and status cues on
 * the predicates above the trigger in the tree, and its date.
 * SPDX-License-Identifier: MIT */
#include "extract-attr.h"
#include "extract-ctx.h"
#include "extract-np.h"
#include "extract-tree.h"
#include "extract-types.h"
#include "ud.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

int sentence_has_cue(const ctx *c, size_t tb, size_t te, gd_cue_kind k) {
  for (size_t i = tb; i < te; i++)
    if (has_cue(c, i, k)) return 1;
  return 0;
}

/* Whether the phrase KEY (N bytes) is listed as a cue of kind K. */
static int key_cue(const ctx *c, char *key, size_t n, gd_cue_kind k) {
  for (size_t i = 0; i < n; i++) key[i] = (char)(key[i] >= 'A' && key[i] <= 'Z' ? key[i] + 32 : key[i]);
  int prefix;
  for (const gd_sense *s = gd_lexicon_lookup(c->lex, key, n, &prefix); s; s = s->next)
    if (s->kind == GD_PH_CUE && s->u.cue == k) return 1;
  return 0;
}

/* The senses of the phrase of word W's lemma, followed by the word PART
 * when PART >= 0 ("rule out", "shoot down"), folded to lower case; NULL
 * when none or too long. */
static const gd_sense *lemma_senses(const ctx *c, int w, int part) {
  const gd_deps *d = &c->deps;
  char key[96];
  size_t n = gd_deps_lemma(d, w, key, 64);
  if (part >= 0) {
    int len = snprintf(key + n, sizeof key - n, " %.*s", (int)(d->w[part].e - d->w[part].b), c->text + d->w[part].b);
    if (len <= 0 || n + (size_t)len >= sizeof key) return NULL;
    n += (size_t)len;
  }
  for (size_t i = 0; i < n; i++) key[i] = (char)(key[i] >= 'A' && key[i] <= 'Z' ? key[i] + 32 : key[i]);
  int prefix;
  return gd_lexicon_lookup(c->lex, key, n, &prefix);
}

/* Whether the lemma of word W, followed by the word PART when PART >= 0
 * ("rule out", "call for"), is listed as a cue of kind K (cues.ttl). */
int lemma_cue(const ctx *c, int w, int part, gd_cue_kind k) {
  for (const gd_sense *s = lemma_senses(c, w, part); s; s = s->next)
    if (s->kind == GD_PH_CUE && s->u.cue == k) return 1;
  return 0;
}

/* Whether the lemma of verb W and its particle PART ("shoot down", "bring
 * down") are a phrase of trigger TR. */
int lemma_trigger(const ctx *c, int w, int part, const gd_trigger *tr) {
  for (const gd_sense *s = lemma_senses(c, w, part); s; s = s->next)
    if (s->kind == GD_PH_TRIGGER && s->u.trigger == tr) return 1;
  return 0;
}

/* Whether word W ends in "-ing". */
static int gerund(const ctx *c, int w) {
  const gd_dword *x = &c->deps.w[w];
  return x->e - x->b > 4 && !strncasecmp(c->text + x->e - 3, "ing", 3);
}

/* Whether word W has a child of relation R that is the word S. */
static int has_child(const ctx *c, int w, gd_rel r, const char *s) {
  const gd_deps *d = &c->deps;
  for (int p = d->w[w].first; p >= 0; p = d->w[p].next)
    if (d->w[p].rel == r && gd_deps_is(d, p, s)) return 1;
  return 0;
}

/* Whether word X, a gerund under a preposition the parser took for the
 * marker of an adverbial, is the prepositional object it usually is:
 * "appealed for blocking imports", "called for imposing sanctions". */
static int prep_gerund(const ctx *c, int x) {
  const gd_deps *d = &c->deps;
  if (d->w[x].rel != GD_R_ADVCL || !gerund(c, x)) return 0;
  for (int p = d->w[x].first; p >= 0; p = d->w[p].next)
    if (d->w[p].rel == GD_R_MARK && (gd_deps_is(d, p, "for") || gd_deps_is(d, p, "of"))) return 1;
  return 0;
}

/* The particle of the verb above gerund X that the parser hung on X, the
 * word right after that verb ("held off sending": "off"), or -1. */
static int stray_particle(const ctx *c, int x) {
  const gd_deps *d = &c->deps;
  int g = d->w[x].head;
  if (g < 0 || d->w[x].rel != GD_R_ADVCL || !gerund(c, x) || g + 1 >= x) return -1;
  int p = g + 1;
  gd_rel r = (gd_rel)d->w[p].rel;
  if (d->w[p].head != x || (d->w[p].upos != GD_UPOS_ADV && d->w[p].upos != GD_UPOS_ADP) ||
      (r != GD_R_ADVMOD && r != GD_R_AUX && r != GD_R_CASE))
    return -1;
  return p;
}

/* Whether word X is a gerund right after its verb, or after the verb's
 * particle, with no marker or subject of its own, that the parser took for
 * an adverbial: the verb's object clause ("denied selling", "held off
 * selling", "ruled out joining"); an adverbial participle stands apart,
 * after a comma or the verb's object ("arrived on Monday, leaving"). */
static int bare_gerund(const ctx *c, int x) {
  const gd_deps *d = &c->deps;
  int g = d->w[x].head;
  if (g < 0 || g >= x || d->w[x].rel != GD_R_ADVCL || !gerund(c, x) || d->w[x].upos != GD_UPOS_VERB) return 0;
  for (int p = d->w[x].first; p >= 0; p = d->w[p].next)
    if (d->w[p].rel == GD_R_MARK || d->w[p].rel == GD_R_NSUBJ) return 0;
  for (int p = g + 1; p < x; p++)
    if (d->w[p].head != g || d->w[p].rel != GD_R_PRT) return 0;
  return 1;
}

/* Whether word X is a to-infinitive the parser hung on an adjective under
 * a relation of its own, as a clausal subject: "is due to meet". */
static int adj_infinitive(const ctx *c, int x) {
  const gd_deps *d = &c->deps;
  int g = d->w[x].head;
  return g >= 0 && d->w[x].rel == GD_R_OTHER && d->w[g].upos == GD_UPOS_ADJ && has_child(c, x, GD_R_MARK, "to");
}

/* Whether word X, naming a party that can act, is the object of a verb
 * that also takes a to-infinitive after it, the one the verb asks or lets
 * do something (object control, whether the parser hangs the infinitive as
 * a complement or an adverbial): "ask its allies to consult", "urged
 * Ankara to join"; a thing is no such party ("dropped a demand ... to win
 * votes" has a clause of purpose). */
static int control_object(const ctx *c, int x) {
  const gd_deps *d = &c->deps;
  int g = d->w[x].head;
  const np *o = word_np(c, x);
  if (g < 0 || d->w[x].rel != GD_R_OBJ || !o || !np_actor(c, o)) return 0;
  /* (A request is a thing, whoever's it is: "dropped its demand for an
   * embargo, to win votes", where the actor is only its possessor.) */
  if (lemma_cue(c, x, -1, GD_CUE_REQUEST)) return 0;
  for (int p = d->w[g].first; p >= 0; p = d->w[p].next)
    if (p > x && (d->w[p].rel == GD_R_XCOMP || d->w[p].rel == GD_R_ADVCL) && has_child(c, p, GD_R_MARK, "to"))
      return 1;
  return 0;
}

/* The object noun of verb G right before the preposition of its oblique
 * X ("its demand | for an embargo"), or -1. */
static int noun_before_phrase(const ctx *c, int g, int x) {
  const gd_deps *d = &c->deps;
  int p = -1;
  for (int q = d->w[x].first; q >= 0 && q < x; q = d->w[q].next)
    if (d->w[q].rel == GD_R_CASE) p = q;
  if (p < 1) return -1;
  int o = p - 1;
  return d->w[o].head == g && d->w[o].rel == GD_R_OBJ && d->w[o].upos == GD_UPOS_NOUN ? o : -1;
}

/* Whether word X is the "over" phrase of a noun, its topic ("protest
 * over", "anger over", "tensions over the programme"): hung on the noun,
 * or on the verb right after that noun's object (see noun_before_phrase). */
static int dispute_topic(const ctx *c, int x) {
  const gd_deps *d = &c->deps;
  int g = d->w[x].head;
  if (g < 0 || !gd_deps_has_case(d, x, "over")) return 0;
  return d->w[x].rel == GD_R_NMOD || (d->w[x].rel == GD_R_OBL && noun_before_phrase(c, g, x) >= 0);
}

/* Whether a predicate governing word H in its clause chain (through
 * objects, complements and their prepositional phrases, at most four steps)
 * has a lemma listed as a cue of kind K: "asked ... for support", "calls for
 * sanctions", "refused to sell", "ruled out joining". */
int governed_by(const ctx *c, int h, gd_cue_kind k) { return governing(c, h, k) >= 0; }

int governing(const ctx *c, int h, gd_cue_kind k) {
  const gd_deps *d = &c->deps;
  /* (Or the verb the parser read as its adjective: "Britain has blocked
   * exports", "Iran denied supplying".) */
  int mv = h >= 0 ? misread_verb(d, h) : -1;
  if (mv >= 0 && lemma_cue(c, mv, -1, k)) return mv;
  for (int x = h, steps = 0; x >= 0 && steps < 4; steps++) {
    /* (Or a full verb the parser read as an auxiliary of the verb after
     * it: "Tehran denied shooting down", "denied" an "aux" of
     * "shooting".) */
    for (int p = d->w[x].first; p >= 0 && p < x; p = d->w[p].next)
      if (d->w[p].rel == GD_R_AUX && d->w[p].upos == GD_UPOS_VERB && lemma_cue(c, p, -1, k)) return p;
    int g = d->w[x].head;
    gd_rel r = (gd_rel)d->w[x].rel;
    if (g < 0) break;
    /* (An infinitive the parser took for an adverbial counts as the
     * complement it usually is: "refused, after ..., to sell".) */
    int inf = 0;
    for (int p = d->w[x].first; p >= 0 && r == GD_R_ADVCL; p = d->w[p].next)
      if (d->w[p].rel == GD_R_MARK && gd_deps_is(d, p, "to")) inf = 1;
    /* (So does a clause of content on a noun, what "claims that" or "reports
     * that" say: "rejected claims that Moscow had sold".) */
    int content = 0;
    for (int p = d->w[x].first; p >= 0 && r == GD_R_ACL; p = d->w[p].next)
      if (d->w[p].rel == GD_R_MARK && gd_deps_is(d, p, "that")) content = 1;
    if (r != GD_R_OBJ && r != GD_R_OBL && r != GD_R_NMOD && r != GD_R_XCOMP && r != GD_R_CCOMP && !inf && !content &&
        !prep_gerund(c, x) && !adj_infinitive(c, x) && !bare_gerund(c, x))
      break;
    /* (Nor is a "during" phrase, the time of the act above, what it asks
     * for, refuses or plans: "urged Ukraine to start talks, during the
     * first visit to Kyiv by an Indian leader", "pressed Israel to allow
     * aid during his visit".) */
    if ((r == GD_R_OBL || r == GD_R_NMOD) && gd_deps_has_case(d, x, "during")) break;
    /* (The one asked to act is not what is asked for: "would ask its
     * allies to consult" keeps the alliance.) */
    if (control_object(c, x)) break;
    /* (Nor the topic of a noun of dispute what is refused or asked for:
     * "rejected Tehran's protest over the downing".) */
    if (dispute_topic(c, x)) break;
    if (lemma_cue(c, g, -1, k)) return g;
    /* (A phrase right after the verb's object noun is that noun's, the
     * parser's oblique of the verb notwithstanding: "dropped its demand
     * for an embargo", "renewed its call for sanctions".) */
    int o = r == GD_R_OBL ? noun_before_phrase(c, g, x) : -1;
    if (o >= 0 && (lemma_cue(c, o, -1, k) || lemma_cue(c, o, o + 1, k))) return o;
    /* A phrasal verb ("rule out"), or a verb with the preposition of the
     * phrase below it ("call for sanctions"). */
    int parts[2] = {-1, -1};
    for (int p = d->w[g].first; p >= 0; p = d->w[p].next)
      if (d->w[p].rel == GD_R_PRT) parts[0] = p;
    for (int p = d->w[x].first; p >= 0; p = d->w[p].next)
      if (d->w[p].rel == GD_R_CASE && p < x) parts[1] = p;
    for (int q = 0; q < 2; q++)
      if (parts[q] >= 0 && lemma_cue(c, g, parts[q], k)) return g;
    x = g;
  }
  return -1;
}

int negated_word(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  for (int p = d->w[w].first; p >= 0; p = d->w[p].next)
    if (d->w[p].rel == GD_R_ADVMOD && has_cue(c, d->w[p].tok, GD_CUE_NEGATION)) return 1;
  return 0;
}

/* Whether the date expression E modifies a verb of saying in the parse
 * ("Nasser announced on Tuesday", "diplomats said on Friday"): it dates the
 * report, which lies in the past whatever the event reported. */
static int dates_saying(const ctx *c, const gd_date_expr *e) {
  if (!c->parsed) return 0;
  const gd_deps *d = &c->deps;
  for (size_t i = 0; i < d->n; i++) {
    if (d->w[i].b != e->begin) continue;
    int h = d->w[i].head;
    return h >= 0 && d->w[h].upos == GD_UPOS_VERB && lemma_cue(c, h, -1, GD_CUE_SPEECH);
  }
  return 0;
}

/* Whether the date expression E opens the clause of verb V below the
 * trigger, all that clause's words but its auxiliaries coming after it:
 * the parser hung the trigger's date on the next clause ("the plane downed
 * by Iraq on Monday had been struck", read as "on Monday had been
 * hit"), not the date of that clause ("since sanctions were lifted a week
 * ago"). */
static int opens_clause(const ctx *c, const gd_date_expr *e, int v) {
  const gd_deps *d = &c->deps;
  if (v < 0 || d->w[v].b < e->end) return 0;
  int k = -1;
  for (size_t i = 0; i < d->n && k < 0; i++)
    if (d->w[i].b == e->begin) k = (int)i;
  for (int steps = 0; k >= 0 && d->w[k].head != v && steps < 12; steps++) k = d->w[k].head;
  if (k < 0 || d->w[k].head != v) return 0;
  for (int p = d->w[v].first; p >= 0 && p < v; p = d->w[p].next)
    if (p != k && (d->w[p].b < e->end || (d->w[p].rel != GD_R_AUX && d->w[p].rel != GD_R_AUX_PASS))) return 0;
  for (size_t i = 0; i < d->n; i++)
    if (d->w[i].b >= e->end && (int)i < v && d->w[i].head != v) return 0;
  return 1;
}

/* Whether chain CH reaches its word I through a noun other than the
 * trigger that is the subject of a word above ("the first head of state
 * to visit Tehran" as the subject of "were lifted" in a misread "since
 * sanctions were lifted a week ago"; "plans to visit collapsed", "were
 * shelved"): that word says what became of the noun, another event. */
static int through_other_subject(const ctx *c, const gd_chain *ch, size_t i) {
  const gd_deps *d = &c->deps;
  for (size_t j = 1; j < i; j++)
    if (d->w[ch->w[j]].head == ch->w[j + 1] &&
        (d->w[ch->w[j]].rel == GD_R_NSUBJ || d->w[ch->w[j]].rel == GD_R_NSUBJ_PASS))
      return 1;
  return 0;
}

/* Where the date expression E stands in the parse, for the trigger of
 * chain CH: 3 when it modifies the trigger or one of its phrases ("flew
 * to Japan on Monday"; "shot down a warplane last November", where the
 * parser hung it on the noun), 2 a word above it on the chain ("is
 * expected next week to visit"), 0 a clause below the trigger ("visited
 * Tehran since sanctions were lifted a week ago"), else 1 (another clause:
 * "Abe, who visited Moscow in May, will travel"; or no parse). */
/* Whether clause word V is a relative clause that tells the last flight
 * of what trigger T downs, its object (or its subject in the passive):
 * "shot down the airliner that crashed near Tehran on Wednesday", "an
 * Afghan jet that violated its airspace yesterday", "a drone that crossed
 * into its airspace on Friday".  Its date is the downing's. */
static int last_flight(const ctx *c, int v, int t) {
  static const char *const flight[] = {"crash", "violate", "cross", "intrude", "stray", "overfly", "enter", NULL};
  const gd_deps *d = &c->deps;
  char lem[16];
  if (v < 0 || d->w[v].rel != GD_R_RELCL || d->w[v].head < 0 || d->w[d->w[v].head].head != t) return 0;
  int r = d->w[d->w[v].head].rel;
  if (r != GD_R_OBJ && r != GD_R_NSUBJ_PASS) return 0;
  if (!c->m || c->tok_m[c->deps.w[t].tok] < 0) return 0;
  const gd_mention *m = &c->m[c->tok_m[c->deps.w[t].tok]];
  int downing = 0;
  for (unsigned q = 0; q < m->ntrig; q++) downing |= m->trig[q]->type == GEORDF_SHOOTDOWN;
  if (!downing) return 0;
  gd_deps_lemma(d, v, lem, sizeof lem);
  for (int k = 0; flight[k]; k++)
    if (!strcmp(lem, flight[k])) return 1;
  return 0;
}

static int date_place(const ctx *c, const gd_date_expr *e, const gd_chain *ch) {
  const gd_deps *d = &c->deps;
  if (!ch->n) return 1;
  int w = -1;
  for (size_t i = 0; i < d->n && w < 0; i++)
    if (d->w[i].b == e->begin) w = (int)i;
  /* Up through the words of its phrase to the word it modifies. */
  for (int steps = 0; w >= 0 && steps < 12; steps++) {
    for (size_t i = 0; i < ch->n; i++)
      if (ch->w[i] == w) return i ? (through_other_subject(c, ch, i) ? 0 : 2) : 3;
    gd_rel r = (gd_rel)d->w[w].rel;
    int nominal = r == GD_R_CASE || r == GD_R_DET || r == GD_R_AMOD || r == GD_R_NUMMOD || r == GD_R_COMPOUND ||
                  r == GD_R_FLAT || r == GD_R_NMOD || r == GD_R_OBL || r == GD_R_ADVMOD || r == GD_R_APPOS ||
                  r == GD_R_FIXED || (r == GD_R_CONJ && d->w[w].upos != GD_UPOS_VERB);
    if (!nominal) break;
    w = d->w[w].head;
  }
  /* Below the trigger: in a clause of its own, or in the trigger's own
   * phrases where the parser hung it on a noun ("shot down a warplane
   * last November"). */
  int clause = 0, first = -1;
  for (int x = w, steps = 0; x >= 0 && steps < 64; x = d->w[x].head, steps++) {
    if (x == ch->w[0]) return !clause ? 3 : opens_clause(c, e, first) || last_flight(c, first, x) ? 3 : 0;
    gd_rel r = (gd_rel)d->w[x].rel;
    clause |= r == GD_R_ADVCL || r == GD_R_CCOMP || r == GD_R_RELCL || r == GD_R_ACL || r == GD_R_XCOMP ||
              r == GD_R_PARATAXIS || (r == GD_R_CONJ && d->w[x].upos == GD_UPOS_VERB);
    if (clause && first < 0) first = x;
  }
  return 1;
}

/* Whether the trigger of chain CH (or word T) is the noun of a "for" or "to" phrase
 * right after a noun of reprisal ("in reprisal for the downing", "in
 * retaliation for the downing", "in response to the downing", wherever the
 * parser hung the phrase): the act it answers, earlier than the clause's.
 * A date before it is the answer's; one after it may end its own phrase
 * ("the downing of a drone on Thursday"). */
static int answered(const ctx *c, const gd_chain *ch) { return ch->n && answered_act(c, ch->w[0]); }

int answered_act(const ctx *c, int t) {
  static const char *const answer[] = {"reprisal", "reprisals", "retaliation", "revenge", "response", NULL};
  const gd_deps *d = &c->deps;
  if (!c->parsed || t < 0) return 0;
  int k = d->w[t].first;
  if (k < 1 || k > t || d->w[k].rel != GD_R_CASE || !(gd_deps_is(d, k, "for") || gd_deps_is(d, k, "to")))
    return 0;
  for (int i = 0; answer[i]; i++)
    if (gd_deps_is(d, k - 1, answer[i])) return 1;
  return 0;
}

/* Days between the trigger of chain CH and the clause it is a clause of
 * time of, counted before its marker ("a day after arriving in Hanoi", "two
 * days after he arrived", "the day before his arrival"): negative after,
 * positive before; 0 when no such count is there or the date expression E
 * lies in the trigger's own clause, after the count.  A noun trigger's
 * clause is that of the first verb above it on the chain ("a day after
 * Tanaka arrived on a state visit", "two days after the minister left on a
 * tour of the region"). */
static int days_apart(const ctx *c, const gd_chain *ch, const gd_date_expr *e) {
  static const char *const count[] = {"a", "an", "one", "the", "two", "three", "four", "five", NULL};
  static const int value[] = {1, 1, 1, 1, 2, 3, 4, 5};
  const gd_deps *d = &c->deps;
  if (!c->parsed || !ch->n) return 0;
  for (size_t i = 0; i < ch->n; i++) {
    int w = ch->w[i];
    for (int p = d->w[w].first; p >= 0; p = d->w[p].next) {
      if (d->w[p].rel != GD_R_MARK && d->w[p].rel != GD_R_CASE) continue;
      int sign = gd_deps_is(d, p, "after") ? -1 : gd_deps_is(d, p, "before") ? 1 : 0;
      if (!sign || p < 2 || !(gd_deps_is(d, p - 1, "day") || gd_deps_is(d, p - 1, "days"))) continue;
      if (e->end > d->w[p - 2].b) return 0;
      for (int k = 0; count[k]; k++)
        if (gd_deps_is(d, p - 2, count[k]) && (value[k] > 1) == gd_deps_is(d, p - 1, "days"))
          return sign * value[k];
    }
    if (d->w[w].upos == GD_UPOS_VERB) break;
  }
  return 0;
}

/* Whether the date expression E follows "since" in a phrase of a first
 * one ("Putin's first visit to Iran since 2007", "the first Indian prime
 * minister to visit Sri Lanka since 1987", "for the first time since
 * 1979"): the date of the one before, not of any event of the sentence.
 * Read by word order, back to the clause's comma, as the parser hangs the
 * phrase anywhere. */
static int first_since(const ctx *c, const gd_date_expr *e) {
  const gd_deps *d = &c->deps;
  if (!c->parsed) return 0;
  int w = -1;
  for (size_t i = 0; i < d->n && w < 0; i++)
    if (d->w[i].b == e->begin) w = (int)i;
  if (w < 1 || !gd_deps_is(d, w - 1, "since")) return 0;
  for (int x = w - 2; x >= 0 && x >= w - 14; x--) {
    if (gd_deps_is(d, x, ",") || gd_deps_is(d, x, ";") || gd_deps_is(d, x, ":")) return 0;
    if (gd_deps_is(d, x, "first")) return 1;
  }
  return 0;
}

/* Whether the date expression E lies in a relative clause set off by
 * commas that ends before the trigger at TRIG_B ("Prabowo, who will be
 * sworn in as president in October, flew to Australia"; "Sanchez, who
 * took office in June, flew to Morocco"): the date of what the clause says
 * of the noun before it, not of the event, unless the clause tells an
 * event of that noun's ("Li, who arrived on Friday evening, is the first
 * premier to visit").  Read by word order, as the parser often makes the
 * verb after the clause its conjunct. */
/* Whether word W is a trigger whose subject takes part in its event
 * ("who arrived": the visitor), not only a word of one ("who took
 * office", "take" of "take someone to"). */
static int subject_trigger(const ctx *c, int w) {
  const gd_mention *m = mention_at(c, c->deps.w[w].tok);
  for (unsigned k = 0; m && k < m->ntrig; k++)
    for (unsigned i = 0; i < m->trig[k]->nslots; i++)
      if (m->trig[k]->slots[i].kind == GD_SLOT_SUBJ) return 1;
  return 0;
}

static int relative_before(const ctx *c, const gd_date_expr *e, size_t trig_b) {
  const gd_deps *d = &c->deps;
  if (!c->parsed || trig_b < e->end) return 0;
  int w = -1;
  for (size_t i = 0; i < d->n && w < 0; i++)
    if (d->w[i].b == e->begin) w = (int)i;
  int open = 0;
  for (int x = w - 1; x > 0 && x >= w - 16 && !open; x--) {
    if (gd_deps_is(d, x, ",") || gd_deps_is(d, x, ";")) return 0;
    open = (gd_deps_is(d, x, "who") || gd_deps_is(d, x, "which")) && gd_deps_is(d, x - 1, ",");
  }
  /* (A clause that tells an event of its own, "Li, who arrived on Friday,
   * is the first premier to visit", may be telling this one.) */
  for (int x = w; open && x > 0 && !gd_deps_is(d, x, ","); x--)
    if (subject_trigger(c, x)) return 0;
  for (size_t y = (size_t)w + 1; open && y < d->n && d->w[y].b < trig_b; y++) {
    if (gd_deps_is(d, (int)y, ",")) return 1;
    if (subject_trigger(c, (int)y)) return 0;
  }
  return 0;
}

void set_date(const ctx *c, geordf_event *ev, const gd_date_expr *dates, size_t nd, size_t trig_b,
              int forward, const gd_chain *ch) {
  const gd_date_expr *best = NULL;
  size_t bestd = (size_t)-1;
  int bestp = -1, answer = answered(c, ch);
  /* (What a reprisal answers has happened, whatever the clause's tense.) */
  if (answer) forward = 0, ev->planned = 0;
  for (size_t i = 0; i < nd; i++) {
    size_t pos = dates[i].begin;
    size_t d = pos > trig_b ? pos - trig_b : (trig_b - pos) + 8; /* after the trigger is likelier */
    int place = date_place(c, &dates[i], ch);
    if (answer && pos < trig_b) continue;
    if (first_since(c, &dates[i]) || relative_before(c, &dates[i], trig_b)) continue;
    if (place > bestp || (place == bestp && d < bestd)) { bestd = d; best = &dates[i]; bestp = place; }
  }
  if (!best) return;
  gd_ymd v = best->value;
  /* "He flies to Israel on Monday", "Rouhani leaves for Paris on
   * Wednesday": with a verb in the present or a planned event, a weekday
   * is the next one, not the last. */
  if ((forward || ev->planned) && c->have_date && best->relative && v.d && best->weekday &&
      !dates_saying(c, best)) {
    char vb[11];
    gd_date_format(&v, vb);
    if (strcmp(vb, c->date) < 0) {
      gd_date_add_days(&v, 7);
      ev->planned = 1;
    }
  }
  /* "will travel to Japan in May", "is due in Paris on June 3": a planned
   * event's month or day without a year is the next one, not the last;
   * not the day it was said on ("announced yesterday that he would
   * sell"). */
  if (ev->planned && c->have_date && best->relative && v.m && !best->weekday && !dates_saying(c, best)) {
    int before = v.y < c->ymd.y || (v.y == c->ymd.y && (v.m < c->ymd.m || (v.d && v.m == c->ymd.m && v.d < c->ymd.d)));
    if (before) v.y++;
  }
  /* "met Lam on Monday, a day after arriving in Hanoi": the day of the
   * clause it is a clause of time of, less the days counted. */
  int apart = v.d ? days_apart(c, ch, best) : 0;
  if (apart) gd_date_add_days(&v, apart);
  gd_date_format(&v, ev->date);
  if (best->future) ev->planned = 1;
}

/* Whether word W, as written or by its lemma, is a cue of delivery
 * ("arrived", "landed", "were delivered"). */
static int delivery_word(const ctx *c, int w) {
  const gd_dword *x = &c->deps.w[w];
  char key[64];
  size_t n = x->e - x->b;
  if (n < sizeof key) {
    memcpy(key, c->text + x->b, n);
    if (key_cue(c, key, n, GD_CUE_DELIVERED)) return 1;
  }
  return lemma_cue(c, w, -1, GD_CUE_DELIVERED);
}

/* Whether the subject of word H is a noun with the clause's real subject
 * read as its apposition ("jets Qatar bought from France landed", parsed
 * as "jets, Qatar, bought"): H is then a clause on that noun. */
static int misread_relative(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  for (int p = d->w[h].first; p >= 0 && p < h; p = d->w[p].next)
    if (d->w[p].rel == GD_R_NSUBJ && d->w[p].upos == GD_UPOS_NOUN && p + 1 < h && d->w[p + 1].head == p &&
        d->w[p + 1].rel == GD_R_APPOS)
      return 1;
  return 0;
}

int goods_arrived(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  if (!c->parsed || h < 0) return 0;
  if (d->w[h].rel != GD_R_ACL && d->w[h].rel != GD_R_RELCL && !misread_relative(c, h)) return 0;
  /* The noun's own verb, past a partitive ("the first of the jets"). */
  int n = d->w[h].head;
  for (int steps = 0; n >= 0 && d->w[n].rel == GD_R_NMOD && steps < 2; steps++) n = d->w[n].head;
  if (n >= 0 && d->w[n].rel == GD_R_NSUBJ && d->w[n].head >= 0 && delivery_word(c, d->w[n].head)) return 1;
  /* (Or that verb hung on the clause: "jets ordered by Brazil arrived",
   * "arrived" read as the conjunct of "ordered".) */
  for (int p = d->w[h].first; p >= 0; p = d->w[p].next) {
    gd_rel r = (gd_rel)d->w[p].rel;
    if (p < h || (r != GD_R_CONJ && r != GD_R_ADVCL) || d->w[p].upos != GD_UPOS_VERB) continue;
    int own = 0;
    for (int q = d->w[p].first; q >= 0; q = d->w[q].next)
      own |= d->w[q].rel == GD_R_NSUBJ || d->w[q].rel == GD_R_NSUBJ_PASS || d->w[q].rel == GD_R_MARK ||
             d->w[q].rel == GD_R_CC;
    if (!own && delivery_word(c, p)) return 1;
  }
  return 0;
}

/* Whether word K carries a trigger of an arms deal. */
static int deal_word(const ctx *c, int k) {
  const gd_mention *m = mention_at(c, c->deps.w[k].tok);
  for (unsigned q = 0; m && m->tb == c->deps.w[k].tok && q < m->ntrig; q++)
    if (m->trig[q]->type == GEORDF_ARMSDEAL) return 1;
  return 0;
}

int ordered_goods(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  if (!c->parsed || h < 0) return 0;
  for (int o = d->w[h].first; o >= 0; o = d->w[o].next) {
    if (d->w[o].rel != GD_R_OBJ) continue;
    /* (The object and its conjuncts: "two submarines and two corvettes
     * that were ordered".) */
    for (int n = o; n >= 0;) {
      for (int k = d->w[n].first; k >= 0; k = d->w[k].next)
        if ((d->w[k].rel == GD_R_RELCL || d->w[k].rel == GD_R_ACL) && d->w[k].upos == GD_UPOS_VERB && deal_word(c, k))
          return 1;
      int next = -1;
      for (int k = d->w[n].first; k >= 0 && next < 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_CONJ && k > n) next = k;
      n = next;
    }
  }
  return 0;
}

int goods_of_a_dealing(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  if (!c->parsed || h < 0 || (d->w[h].rel != GD_R_RELCL && d->w[h].rel != GD_R_ACL)) return 0;
  int n = d->w[h].head;
  /* (past the conjuncts of the object: "two submarines and two corvettes
   * that it ordered") */
  while (n >= 0 && d->w[n].rel == GD_R_CONJ && d->w[n].head >= 0 && d->w[n].head < n) n = d->w[n].head;
  int v = n >= 0 && d->w[n].rel == GD_R_OBJ ? d->w[n].head : -1;
  return v >= 0 && deal_word(c, v) && negated_word(c, v);
}

/* Whether word W's lemma, alone or with its particle ("call off", "hold
 * off"), is a cue of kind K. */
static int lemma_prt_cue(const ctx *c, int w, gd_cue_kind k) {
  const gd_deps *d = &c->deps;
  if (lemma_cue(c, w, -1, k)) return 1;
  for (int p = d->w[w].first; p >= 0; p = d->w[p].next)
    if (d->w[p].rel == GD_R_PRT && lemma_cue(c, w, p, k)) return 1;
  /* (Or the word right after it that the parser took for the preposition
   * of an oblique of its: "held off Wednesday on approving", "off" read as
   * the case of "Wednesday".) */
  int p = w + 1;
  return (size_t)p < d->n && d->w[p].rel == GD_R_CASE && d->w[p].head > p && d->w[d->w[p].head].head == w &&
         lemma_cue(c, w, p, k);
}

/* Whether word W has a child of relation R whose lemma is a cue of kind K
 * (with AFTER_SUBJ, one after W's subject: "Obama had not when he visited"
 * leaves out a verb, and its "not" is not the visit's).  An adverb may be
 * the last word of a cue of several ("no longer", whose "no" hangs on
 * "longer"): the phrase's cue is then the adverb's. */
static int child_cue(const ctx *c, int w, gd_rel r, gd_cue_kind k, int after_subj) {
  const gd_deps *d = &c->deps;
  int subj = -1;
  for (int p = d->w[w].first; p >= 0 && after_subj; p = d->w[p].next)
    if (d->w[p].rel == GD_R_NSUBJ || d->w[p].rel == GD_R_NSUBJ_PASS) subj = p;
  for (int p = d->w[w].first; p >= 0; p = d->w[p].next) {
    if (d->w[p].rel != r || p <= subj) continue;
    if (lemma_cue(c, p, -1, k)) return 1;
    const gd_mention *m = r == GD_R_ADVMOD ? mention_at(c, d->w[p].tok) : NULL;
    if (m && m->te - m->tb > 1 && (size_t)d->w[p].tok + 1 == m->te && (m->cues & GD_CUE_BIT(k))) return 1;
  }
  return 0;
}

/* Whether verb W is in a form that has no tense of its own: bare ("visit"),
 * a gerund ("leaving") or the present ("leaves", "flies"), as a clause of
 * time takes them for the future of the clause it modifies. */
static int untensed(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  char lem[64];
  size_t ln = gd_deps_lemma(d, w, lem, sizeof lem);
  const char *f = c->text + d->w[w].b;
  size_t fn = d->w[w].e - d->w[w].b;
  if (fn > 3 && !strncasecmp(f + fn - 3, "ing", 3)) return 1;
  if (!ln || fn < ln - 1) return 0;
  if (fn == ln && !strncasecmp(f, lem, ln)) return 1;
  if ((fn == ln + 1 && !strncasecmp(f + ln, "s", 1)) || (fn == ln + 2 && !strncasecmp(f + ln, "es", 2)))
    return !strncasecmp(f, lem, ln);
  /* "fly": "flies". */
  return fn == ln + 2 && lem[ln - 1] == 'y' && !strncasecmp(f, lem, ln - 1) && !strncasecmp(f + ln - 1, "ies", 3);
}

/* A passive clause (adverbial or complement, or one the parser set beside
 * it, or made its conjunct with no "and" or "or") of word G after word
 * AFTER with no subject or marker of its own, or -1. */
static int subjectless_passive(const ctx *c, int g, int after) {
  const gd_deps *d = &c->deps;
  int found = -1;
  for (int p = d->w[g].first; p >= 0; p = d->w[p].next) {
    gd_rel r = (gd_rel)d->w[p].rel;
    if ((r != GD_R_ADVCL && r != GD_R_CCOMP && r != GD_R_PARATAXIS && r != GD_R_CONJ) || p < after) continue;
    int pass = 0, own = 0;
    for (int q = d->w[p].first; q >= 0; q = d->w[q].next) {
      pass |= d->w[q].rel == GD_R_AUX_PASS;
      own |= d->w[q].rel == GD_R_NSUBJ || d->w[q].rel == GD_R_NSUBJ_PASS || d->w[q].rel == GD_R_MARK ||
             d->w[q].rel == GD_R_CC;
    }
    if (pass && !own) found = p;
  }
  return found;
}

/* A passive clause with no subject or marker of its own that the parser
 * hung as a relative clause on noun N or a noun of N's phrases after word
 * AFTER: the verb of the clause those nouns are the subject of ("sanctions
 * on Iran were expected", "restrictions imposed by the Council on Iran's
 * industry were lifted", read as if "were expected" and "were lifted"
 * described "sanctions" and "industry"); or -1. */
static int hung_passive(const ctx *c, int n, int after, int depth) {
  const gd_deps *d = &c->deps;
  for (int p = d->w[n].first; p >= 0 && depth < 4; p = d->w[p].next) {
    gd_rel r = (gd_rel)d->w[p].rel;
    if (p < after) continue;
    if (r == GD_R_ACL || r == GD_R_RELCL) {
      int pass = 0, own = 0;
      for (int q = d->w[p].first; q >= 0; q = d->w[q].next) {
        pass |= d->w[q].rel == GD_R_AUX_PASS && q < p;
        own |= d->w[q].rel == GD_R_NSUBJ || d->w[q].rel == GD_R_NSUBJ_PASS || d->w[q].rel == GD_R_MARK;
      }
      if (pass && !own) return p;
    } else if (r == GD_R_NMOD || r == GD_R_OBL || r == GD_R_OBL_AGENT) {
      int v = hung_passive(c, p, after, depth + 1);
      if (v >= 0) return v;
    }
  }
  return -1;
}

int time_name(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  char f[16];
  size_t fn = d->w[w].e - d->w[w].b;
  if (fn >= sizeof f) return 0;
  for (size_t i = 0; i < fn; i++) {
    char ch = c->text[d->w[w].b + i];
    f[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  }
  f[fn] = '\0';
  const gd_date_words *dw = gd_lexicon_date_words(c->lex);
  return gd_date_words_has(dw, GD_DATE_WEEKDAY, f, NULL) || gd_date_words_has(dw, GD_DATE_MONTH, f, NULL);
}

/* The verb whose "that" clause the parser hung as a relative clause, X,
 * on its time adverbial ("denied on Monday that its jets had shot down",
 * "said on Friday that it would impose", read as if "that" opened a
 * clause on "Monday": a day's or month's name takes no relative clause)
 * or on the verb itself (which takes none either).  Or -1. */
static int complement_as_relative(const ctx *c, int x) {
  const gd_deps *d = &c->deps;
  /* (Or the clause's verb, hung on the verb above as an adverbial right
   * after the auxiliary the parser made the relative clause's: "that its
   * jets had | shot down".) */
  int a = x;
  if (d->w[x].rel == GD_R_ADVCL && x > 0 && (d->w[x - 1].rel == GD_R_RELCL || d->w[x - 1].rel == GD_R_ACL)) a = x - 1;
  int n = d->w[a].head;
  if (n < 0 || (d->w[a].rel != GD_R_RELCL && d->w[a].rel != GD_R_ACL)) return -1;
  /* ("denied that its fighters had shot down", "that" read as the
   * subject of a relative clause on "denied".) */
  if (a == x && d->w[a].rel == GD_R_RELCL && d->w[n].upos == GD_UPOS_VERB && n < x) return n;
  if (d->w[n].rel != GD_R_OBL) return -1;
  int g = d->w[n].head;
  if (g < 0 || d->w[g].upos != GD_UPOS_VERB || (a != x && d->w[x].head != g)) return -1;
  if (!time_name(c, n)) return -1;
  for (int p = d->w[a].first; p >= 0 && p < a; p = d->w[p].next)
    if (gd_deps_is(d, p, "that") && p == n + 1) return g;
  return -1;
}

/* Whether clause X on noun N says what N, a report or a claim, reports
 * ("rejected Western claims that a missile had brought down the airliner",
 * "denied a report on Monday that Russia was buying shells"): a "that"
 * clause with a subject of its own, the parser's mark, or its object
 * beside the clause's own. */
static int reported_content(const ctx *c, int n, int x) {
  static const char *const report[] = {"report",      "reports",      "claim",      "claims",      "allegation",
                                       "allegations", "accusation",   "accusations", "rumour",     "rumours",
                                       "rumor",       "rumors",       "suggestion", "suggestions", "assertion",
                                       "assertions",  "speculation",  NULL};
  const gd_deps *d = &c->deps;
  int is = 0;
  for (int i = 0; report[i] && !is; i++) is = gd_deps_is(d, n, report[i]);
  if (!is || x < n) return 0;
  int that = -1, objs = 0, subj = 0;
  for (int p = d->w[x].first; p >= 0; p = d->w[p].next) {
    gd_rel r = (gd_rel)d->w[p].rel;
    if (p > n && p < x && gd_deps_is(d, p, "that") && (r == GD_R_MARK || r == GD_R_OBJ)) that = p;
    objs += r == GD_R_OBJ;
    subj |= (r == GD_R_NSUBJ || r == GD_R_NSUBJ_PASS) && !gd_deps_is(d, p, "that");
  }
  return that >= 0 && subj && (d->w[that].rel == GD_R_MARK || objs > 1);
}

/* Whether word P, a participle ("-ed") without auxiliaries, is the
 * complement of the verb above it with an object of its own before word X:
 * the adjective of that noun as the parser may read it ("allow Tibet's
 * exiled leader ... to visit"). */
static int misread_participle(const ctx *c, int p, int x) {
  const gd_deps *d = &c->deps;
  const gd_dword *w = &d->w[p];
  if (w->head < 0 || (w->rel != GD_R_XCOMP && w->rel != GD_R_CCOMP) || p < w->head ||
      (w->upos != GD_UPOS_VERB && w->upos != GD_UPOS_ADJ) || w->e - w->b < 4 ||
      strncasecmp(c->text + w->e - 2, "ed", 2))
    return 0;
  int obj = 0;
  for (int q = w->first; q >= 0; q = d->w[q].next) {
    if (d->w[q].rel == GD_R_AUX || d->w[q].rel == GD_R_AUX_PASS) return 0;
    obj |= d->w[q].rel == GD_R_OBJ && q > p && q < x;
  }
  return obj;
}

/* Whether word P is a participle ("-ed") with a possessive determiner
 * right before it as its subject or possessor: the adjective of the noun
 * after it, "his planned visit", "its proposed sale", read as a clause. */
static int possessed_participle(const ctx *c, int p) {
  static const char *const poss[] = {"his", "her", "its", "their", "our", "my", "your"};
  const gd_deps *d = &c->deps;
  const gd_dword *w = &d->w[p];
  if (w->head < 0 || (w->upos != GD_UPOS_VERB && w->upos != GD_UPOS_ADJ) || w->e - w->b < 4 ||
      strncasecmp(c->text + w->e - 2, "ed", 2))
    return 0;
  for (int q = w->first; q >= 0 && q < p; q = d->w[q].next)
    if ((d->w[q].rel == GD_R_NSUBJ || d->w[q].rel == GD_R_POSS) && q == p - 1)
      for (size_t i = 0; i < sizeof poss / sizeof *poss; i++)
        if (gd_deps_is(d, q, poss[i])) return 1;
  return 0;
}

void predicate_chain(const ctx *c, int h, gd_chain *out) {
  memset(out, 0, sizeof *out);
  if (h < 0 || !c->parsed) return;
  const gd_deps *d = &c->deps;
  /* What a word above says of the trigger reaches it through complements
   * and the nouns they head; a negation only through those that make the
   * event what the word asserts ("did not impose sanctions", "no sanctions
   * were imposed", "refused to sell"), not through an oblique ("did not
   * object to the visit"); past a complement clause, only the words' own
   * lemmas count ("will deny that it sold").  MODAL 2: for one more word. */
  int negatable = 1, modal = 1, pred = 1, oblique = 0;
  for (int x = h; x >= 0 && out->n < GD_CHAIN_MAX;) {
    out->pred[out->n] = pred;
    out->w[out->n++] = x;
    int refusal = x != h && lemma_prt_cue(c, x, GD_CUE_REFUSE);
    /* (A refusal negated, "has not ruled out selling", leaves the event
     * open: the caller reads the refusal.) */
    if (negatable && !refusal &&
        (child_cue(c, x, GD_R_ADVMOD, GD_CUE_NEGATION, 1) || child_cue(c, x, GD_R_DET, GD_CUE_NEGATION, 0)))
      out->negated = 1;
    if (modal) {
      if (child_cue(c, x, GD_R_AUX, GD_CUE_PLANNED, 0)) out->future = 1;
      /* "is to address", "are to meet": "be" with an infinitive, its
       * "to" read with it ("be to" among the planned cues). */
      int to = -1;
      for (int p = d->w[x].first; p >= 0; p = d->w[p].next)
        if (d->w[p].rel == GD_R_MARK && gd_deps_is(d, p, "to")) to = p;
      for (int p = d->w[x].first; p >= 0 && to >= 0; p = d->w[p].next)
        if ((d->w[p].rel == GD_R_AUX || d->w[p].rel == GD_R_COP) && p < to && lemma_cue(c, p, to, GD_CUE_PLANNED))
          out->future = 1;
      /* "is going to be visiting": "going" with an infinitive. */
      if (x != h && gd_deps_is(d, x, "going") && has_child(c, out->w[out->n - 2], GD_R_MARK, "to")) out->future = 1;
      if (child_cue(c, x, GD_R_AUX, GD_CUE_CONDITION, 0)) out->possible = 1;
      if (child_cue(c, x, GD_R_MARK, GD_CUE_CONDITION, 0)) out->condition = 1;
      /* (Not through an oblique, which the parser may hang on the clause
       * wrongly: "signed a pact pledging mutual assistance if either
       * country is attacked, during the Russian leader's first visit".) */
      if (!oblique && (has_child(c, x, GD_R_MARK, "if") || has_child(c, x, GD_R_MARK, "unless"))) out->hypothesis = 1;
      /* "will impose sanctions if Iran refuses": a condition set on it. */
      for (int p = d->w[x].first; p >= 0; p = d->w[p].next)
        if (d->w[p].rel == GD_R_ADVCL && child_cue(c, p, GD_R_MARK, GD_CUE_CONDITION, 0)) out->condition = 1;
      if (modal == 2) modal = 0;
    }
    int g = d->w[x].head;
    if (g < 0) break;
    gd_rel r = (gd_rel)d->w[x].rel;
    int over = complement_as_relative(c, x);
    if (over >= 0) {
      g = over;
      r = GD_R_CCOMP;
    }
    int noun = d->w[x].upos == GD_UPOS_NOUN || d->w[x].upos == GD_UPOS_PROPN;
    int inf = 0;
    for (int p = d->w[x].first; p >= 0 && (r == GD_R_ADVCL || r == GD_R_ACL); p = d->w[p].next)
      inf |= d->w[p].rel == GD_R_MARK && gd_deps_is(d, p, "to");
    inf |= adj_infinitive(c, x) || stray_particle(c, x) >= 0 || bare_gerund(c, x);
    /* (An infinitive right after the verb's object noun is that noun's,
     * the parser's adverbial of purpose notwithstanding: "called off plans
     * to visit", "dropped plans to impose".) */
    for (int p = d->w[g].first; p >= 0 && inf && r == GD_R_ADVCL; p = d->w[p].next)
      if (d->w[p].rel == GD_R_OBJ && d->w[p].upos == GD_UPOS_NOUN && p + 2 <= x && gd_deps_is(d, p + 1, "to") &&
          d->w[p + 1].head == x) {
        g = p;
        r = GD_R_ACL;
        break;
      }
    /* (The object of a participle read as a clause with a possessive
     * for its subject stands where the participle does: "called off his
     * planned visit".) */
    if (r == GD_R_OBJ && x > g && possessed_participle(c, g)) {
      r = (gd_rel)d->w[g].rel;
      g = d->w[g].head;
      if (r == GD_R_ADVCL || r == GD_R_CCOMP || r == GD_R_XCOMP || r == GD_R_CONJ) r = GD_R_OBJ;
    }
    /* (An infinitive hung on a participle before a noun, the parser
     * reading the participle as the complement of the verb above with the
     * noun as its object, is that verb's: "will allow Tibet's exiled
     * leader to visit".) */
    if (inf && r == GD_R_ADVCL && misread_participle(c, g, x)) {
      r = GD_R_XCOMP;
      g = d->w[g].head;
    }
    /* (A clause of saying whose subject the parser took for the verb's
     * object leaves its passive verb with no subject: "officials said
     * further sanctions were expected".) */
    if (r == GD_R_OBJ && noun && lemma_cue(c, g, -1, GD_CUE_SPEECH)) {
      int passive = subjectless_passive(c, g, x);
      if (passive < 0) passive = hung_passive(c, x, x, 0);
      if (passive >= 0) {
        x = passive;
        continue;
      }
    }
    pred = 1;
    /* The topic of a noun of dispute ("protest over", "anger over",
     * "tensions over") is not what the words above it deny or plan:
     * "Washington's protest over the downing was rejected" rejects the
     * protest. */
    if (dispute_topic(c, x)) break;
    if (x == h && (r == GD_R_COMPOUND || r == GD_R_AMOD) && gerund(c, x) && d->w[g].upos == GD_UPOS_NOUN &&
        g > x) {
      /* A gerund the parser took for a word modifying its object: "is
       * weighing barring airlines", "has held off selling tanks". */
      negatable = 0;
    } else if (r == GD_R_CONJ) {
      /* A conjunct with no subject or auxiliary of its own shares its
       * first conjunct's and what governs both ("will visit Japan and meet
       * Abe", "agreed to buy jets and train pilots"), not its verb
       * ("suspended aid and imposed an embargo"). */
      int own = 0;
      for (int p = d->w[x].first; p >= 0; p = d->w[p].next)
        own |= d->w[p].rel == GD_R_NSUBJ || d->w[p].rel == GD_R_NSUBJ_PASS || d->w[p].rel == GD_R_AUX ||
               d->w[p].rel == GD_R_AUX_PASS;
      if (own) break;
      pred = 0;
      /* (A verb after an auxiliary is in its bare form: "would adopt the
       * sanctions and froze assets" shares no "would".) */
      char lem[64];
      size_t ln = gd_deps_lemma(d, x, lem, sizeof lem);
      if (ln != d->w[x].e - d->w[x].b || strncasecmp(lem, c->text + d->w[x].b, ln)) negatable = modal = 0;
    } else if (r == GD_R_OBL) {
      oblique = 1;
      /* (The verb of an oblique is the event's, "whether Sudan is hit with
       * sanctions"; the clauses above that verb are not.  One of taking
       * part denies it too: "were not involved in the downing".) */
      if (!participant(c, x)) negatable = 0;
      if (modal) modal = 2;
    } else if (prep_gerund(c, x)) {
      /* (Only the words above count, as phrases: "fell short of imposing
       * sanctions"; not their auxiliaries: "will not apologise for
       * shooting down".) */
      negatable = modal = 0;
    } else if (r == GD_R_ADVCL && !inf) {
      /* A clause of time ("before", "after", "until": the time-clause
       * words of the lexicon) with a verb of no tense of its own is in the
       * future of the clause it modifies: "will meet Lavrov before leaving
       * for Moscow on Thursday", "will sign the deal after he arrives";
       * not a clause of cause ("will not apologise for shooting down"). */
      int when = 0;
      for (int p = d->w[x].first; p >= 0; p = d->w[p].next) {
        char m[16];
        size_t mn = d->w[p].e - d->w[p].b;
        if (d->w[p].rel != GD_R_MARK || mn >= sizeof m) continue;
        for (size_t i = 0; i < mn; i++) {
          char ch = c->text[d->w[p].b + i];
          m[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
        m[mn] = '\0';
        when |= gd_date_words_has(gd_lexicon_date_words(c->lex), GD_DATE_TIME_CLAUSE, m, NULL);
      }
      if (!when || !untensed(c, x)) break;
      negatable = 0;
      pred = 0;
    } else if (r == GD_R_CCOMP) {
      if (lemma_cue(c, g, -1, GD_CUE_SPEECH)) break;
      negatable = modal = 0;
    } else if ((r == GD_R_ACL || r == GD_R_RELCL) && reported_content(c, g, x)) {
      /* (What a report says is what the words above say of the report,
       * as of a complement clause: "rejected claims that ...".) */
      negatable = modal = 0;
    } else if (r == GD_R_NSUBJ) {
      /* The subject of a verb undergoes it only where the verb has no
       * object or agent ("the sanctions ended", not "restrictions imposed
       * by the Council"); what it does is no negation of it ("sanctions
       * did not work"). */
      if (!noun || d->w[g].upos != GD_UPOS_VERB) break;
      int transitive = 0, passive = -1;
      for (int p = d->w[g].first; p >= 0; p = d->w[p].next)
        transitive |= d->w[p].rel == GD_R_OBJ || d->w[p].rel == GD_R_OBL_AGENT;
      /* (A participle with its agent, taken for the clause's verb, leaves
       * the passive verb after it as an adverbial with no subject of its
       * own: "sanctions imposed by the EU in 2012 were lifted".) */
      if (transitive) passive = subjectless_passive(c, g, g);
      if (transitive && passive < 0) passive = hung_passive(c, g, g, 0);
      if (passive >= 0 && out->n < GD_CHAIN_MAX) {
        /* (Its clause is the participle's, which is no predicate of it.) */
        out->pred[out->n] = 1;
        out->w[out->n++] = passive;
        break;
      }
      if (transitive) break;
      negatable = 0;
    } else if (r == GD_R_COMPOUND && noun && licence_noun(d, g)) {
      /* A dealing named before a licence to do it is what the words above
       * the licence say of it: "suspended arms export licences to Saudi
       * Arabia" suspends the exports. */
    } else if (!(r == GD_R_OBJ || r == GD_R_NMOD || r == GD_R_NSUBJ_PASS || r == GD_R_XCOMP || inf)) {
      break;
    }
    x = g;
  }
  /* What a reprisal answers happened before it, whatever the reprisal's
   * predicates say ("called off strikes in retaliation for the downing of
   * a drone", "cut off oil shipments in retaliation for arms deliveries"):
   * its chain is the act alone. */
  if (answered(c, out)) {
    out->n = 1;
    out->negated = out->future = out->possible = out->condition = out->hypothesis = 0;
  }
  /* "Iran denied supplying drones", "Britain has blocked exports", the
   * verb above read as an adjective of the trigger: the predicate right
   * above it. */
  int mv = misread_verb(d, h);
  if (mv >= 0 && out->n < GD_CHAIN_MAX) {
    memmove(out->w + 2, out->w + 1, (out->n - 1) * sizeof *out->w);
    memmove(out->pred + 2, out->pred + 1, (out->n - 1) * sizeof *out->pred);
    out->w[1] = mv;
    out->pred[1] = 1;
    out->n++;
  }
  /* The trigger noun's participles and adjectives ("the planned visit",
   * "a visit planned for May", "blocked exports"); in a headline with no
   * verb, a name's verb the parser took for a noun before the trigger
   * ("US lifts trade embargo on Sudan") or after it. */
  if (d->w[h].upos != GD_UPOS_NOUN && d->w[h].upos != GD_UPOS_PROPN) return;
  for (int p = d->w[h].first; p >= 0 && out->nmod < 2; p = d->w[p].next) {
    gd_rel r = (gd_rel)d->w[p].rel;
    int verb = 0;
    /* (Or on a word of the trigger's compound: "lifts arms embargo"; the
     * one right before that word, whether the name before it hangs there
     * too or on the trigger.) */
    int v = p;
    if (r == GD_R_COMPOUND && d->w[h].head < 0)
      for (int q = d->w[v].first; q >= 0 && q < v; q = d->w[q].next)
        if (d->w[q].rel == GD_R_COMPOUND) p = q;
    if (r == GD_R_COMPOUND && d->w[h].head < 0 && p > 0 && p < h) {
      char lem[64];
      size_t ln = gd_deps_lemma(d, p, lem, sizeof lem);
      const char *f = c->text + d->w[p].b;
      size_t fn = d->w[p].e - d->w[p].b;
      verb = ln && fn == ln + 1 && !strncasecmp(f, lem, ln) && (f[ln] == 's' || f[ln] == 'S');
    }
    /* (Or its last word, the headline's verb read as the head of a name
     * in its phrase: "UN curbs on Iran end", "EU sanctions on Belarus
     * end".) */
    int last = (size_t)p + 1 == d->n || ((size_t)p + 2 == d->n && d->w[p + 1].upos == GD_UPOS_PUNCT);
    for (int q = d->w[p].first; q >= 0 && r == GD_R_NMOD && d->w[h].head < 0 && last; q = d->w[q].next)
      verb |= d->w[q].rel == GD_R_COMPOUND;
    int subj = 0;
    for (int q = d->w[p].first; q >= 0; q = d->w[q].next) subj |= d->w[q].rel == GD_R_NSUBJ;
    if ((r == GD_R_AMOD || r == GD_R_ACL) && !subj) verb = 1;
    /* (A passive relative clause with no subject but its pronoun is such a
     * participle too, as the parser may read one: "sanctions (that) were
     * expected", "a visit which was planned for May".) */
    if (r == GD_R_RELCL && p > h) {
      int pass = 0, own = 0;
      for (int q = d->w[p].first; q >= 0; q = d->w[q].next) {
        pass |= d->w[q].rel == GD_R_AUX_PASS;
        own |= (d->w[q].rel == GD_R_NSUBJ || d->w[q].rel == GD_R_NSUBJ_PASS) && d->w[q].upos != GD_UPOS_PRON;
      }
      verb |= pass && !own;
    }
    if (verb) out->mod[out->nmod++] = p;
    p = v;
  }
}

/* Whether the chain's word I, with the words after it up to the marker or
 * preposition of a word below it on the chain, is a phrase listed as a cue
 * of kind K: "has yet to deliver", "played no part in the downing", "is
 * falling short of imposing", "applied to join"; for the trigger (I 0),
 * its auxiliary up to its marker: "is yet to be signed".  Or the word
 * with its auxiliaries: "would impose", "could face". */
static int phrase_cue(const ctx *c, const gd_chain *ch, size_t i, gd_cue_kind k) {
  const gd_deps *d = &c->deps;
  int g = ch->w[i];
  char key[96];
  size_t n = 0;
  for (int p = d->w[g].first; p >= 0 && p < g; p = d->w[p].next) {
    if (d->w[p].rel != GD_R_AUX) continue;
    int len = snprintf(key + n, sizeof key - n, "%.*s ", (int)(d->w[p].e - d->w[p].b), c->text + d->w[p].b);
    if (len <= 0 || n + (size_t)len >= sizeof key) return 0;
    n += (size_t)len;
  }
  /* (Without auxiliaries, no key: most words.) */
  int len = n ? snprintf(key + n, sizeof key - n, "%.*s", (int)(d->w[g].e - d->w[g].b), c->text + d->w[g].b) : 0;
  if (n && len > 0 && n + (size_t)len < sizeof key && key_cue(c, key, n + (size_t)len, k)) return 1;
  int from = g, m = -1;
  if (i == 0) {
    for (int p = d->w[g].first; p >= 0 && p < g; p = d->w[p].next) {
      gd_rel r = (gd_rel)d->w[p].rel;
      if ((r == GD_R_AUX || r == GD_R_COP) && from == g) from = p;
      if (r == GD_R_MARK && from < p) m = p;
    }
  } else {
    for (size_t j = i; j-- > 0 && m < 0;)
      for (int p = d->w[ch->w[j]].first; p >= 0 && p < ch->w[j]; p = d->w[p].next)
        if ((d->w[p].rel == GD_R_MARK || d->w[p].rel == GD_R_CASE || p == stray_particle(c, ch->w[j])) && p > g)
          m = p;
  }
  if (m < 0) return 0;
  n = i == 0 ? 0 : gd_deps_lemma(d, g, key, 64);
  int words = 0;
  for (int w = i == 0 ? from : g + 1; w <= m; w++) {
    /* (Only the words of the phrase: the word's adverbs, object or
     * complement and their determiners, not a phrase set in between:
     * "has yet, despite months of pressure, to impose".) */
    int h = d->w[w].head;
    gd_rel r = (gd_rel)d->w[w].rel;
    /* (A particle is the verb's: "shot down reports that"; a possessive
     * pronoun determines as "the" does: "withdrew his invitation to".) */
    int own = r == GD_R_ADVMOD || r == GD_R_OBJ || r == GD_R_XCOMP || r == GD_R_AUX || r == GD_R_COP || r == GD_R_PRT;
    int det = r == GD_R_DET || r == GD_R_ADVMOD ||
              (r == GD_R_POSS && (tok_is(c, d->w[w].tok, "his") || tok_is(c, d->w[w].tok, "her") ||
                                  tok_is(c, d->w[w].tok, "its") || tok_is(c, d->w[w].tok, "their")));
    if (w != m && !(h == g && own) && !(h >= 0 && d->w[h].head == g && det)) continue;
    if (++words > 4) return 0;
    len = snprintf(key + n, sizeof key - n, "%s%.*s", n ? " " : "", (int)(d->w[w].e - d->w[w].b),
                   c->text + d->w[w].b);
    if (len <= 0 || n + (size_t)len >= sizeof key) return 0;
    n += (size_t)len;
  }
  return key_cue(c, key, n, k);
}

int chain_cue(const ctx *c, const gd_chain *ch, gd_cues mask) {
  int w = chain_cue_word(c, ch, mask);
  for (size_t i = 0; i < ch->n; i++)
    for (int q = 0; q < GD_CUE_COUNT && w == ch->w[i]; q++)
      if ((mask & GD_CUE_BIT(q)) && (lemma_prt_cue(c, w, (gd_cue_kind)q) || phrase_cue(c, ch, i, (gd_cue_kind)q)))
        return q;
  for (int q = 0; q < GD_CUE_COUNT && w >= 0; q++)
    if ((mask & GD_CUE_BIT(q)) && lemma_prt_cue(c, w, (gd_cue_kind)q)) return q;
  return -1;
}

int chain_cue_word(const ctx *c, const gd_chain *ch, gd_cues mask) {
  for (size_t i = ch->n; i-- > 1;)
    for (int q = 0; q < GD_CUE_COUNT && ch->pred[i]; q++)
      if ((mask & GD_CUE_BIT(q)) && (lemma_prt_cue(c, ch->w[i], (gd_cue_kind)q) || phrase_cue(c, ch, i, (gd_cue_kind)q)))
        return ch->w[i];
  for (int q = 0; q < GD_CUE_COUNT && ch->n; q++)
    if ((mask & GD_CUE_BIT(q)) && phrase_cue(c, ch, 0, (gd_cue_kind)q)) return ch->w[0];
  for (size_t i = 0; i < ch->nmod; i++)
    for (int q = 0; q < GD_CUE_COUNT; q++)
      if ((mask & GD_CUE_BIT(q)) && lemma_prt_cue(c, ch->mod[i], (gd_cue_kind)q)) return ch->mod[i];
  return -1;
}
