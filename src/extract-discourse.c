/* geordf: the document's memory of whom it speaks about: the salience of
 * states, the recent people and states, the last subject, and the pronouns
 * resolved against them.
 * SPDX-License-Identifier: MIT */
#include "extract-attr.h"
#include "extract-ctx.h"
#include "extract-discourse.h"
#include "extract-np.h"
#include "extract-tree.h"
#include "ud.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Counts a mention of a state (or of its leader) towards its salience. */
static void count_state(ctx *c, const geordf_entity *e) {
  if (!e || e->kind != GD_KIND_COUNTRY) return;
  size_t k = 0;
  while (k < c->nsal && c->sal_e[k] != e) k++;
  if (k == c->nsal) {
    if (c->nsal == 16) return;
    c->sal_e[c->nsal] = e;
    c->sal_n[c->nsal++] = 0;
  }
  c->sal_n[k]++;
}

unsigned salience(const ctx *c, const geordf_entity *e) {
  for (size_t k = 0; k < c->nsal; k++)
    if (c->sal_e[k] == e) return c->sal_n[k];
  return 0;
}

static void remember_state(ctx *c, const geordf_entity *e) {
  if (!e || (e->kind != GD_KIND_COUNTRY && e->kind != GD_KIND_ORG && e->kind != GD_KIND_ARMED_GROUP))
    return;
  count_state(c, e);
  if (e->kind == GD_KIND_ORG) {
    size_t o = 0;
    while (o < c->norgs && c->orgs[o] != e) o++;
    if (o == c->norgs && c->norgs < sizeof c->orgs / sizeof c->orgs[0]) c->orgs[c->norgs++] = e;
  }
  size_t k = 0;
  while (k < 7 && c->states[k] && c->states[k] != e) k++;
  memmove(&c->states[1], &c->states[0], k * sizeof c->states[0]);
  c->states[0] = e;
}

int seen_person(const ctx *c, const geordf_entity *e) {
  for (size_t i = 0; i < c->npeople; i++)
    if (c->people[i] == e) return 1;
  return 0;
}

/* Whether person E holds OFFICE on the document's date. */
static int holds_office(const ctx *c, const geordf_entity *e, const char *office) {
  for (size_t k = 0; k < e->n_offices; k++) {
    const gd_office *o = &e->offices[k];
    if (!strcmp(o->office, office) && (!o->start[0] || strcmp(c->date, o->start) >= 0) &&
        (!o->end[0] || strcmp(c->date, o->end) < 0))
      return 1;
  }
  return 0;
}

const geordf_entity *holder_named_before(const ctx *c, const char *office) {
  if (!c->have_date) return NULL;
  /* (First the one the document named first by that title, its story's
   * own: "President Kennedy ... General de Gaulle met the President",
   * though both are presidents; "President de Gaulle ... was met by
   * President Podgorny ... the President would not go".) */
  for (int k = 0; k < 8 && c->titled[k]; k++)
    if (!strcmp(c->titled_office[k], office)) return c->titled[k];
  for (int k = 0; k < 8 && c->recent_people[k]; k++)
    if (holds_office(c, c->recent_people[k], office)) return c->recent_people[k];
  for (size_t k = c->npeople; k > 0; k--)
    if (holds_office(c, c->people[k - 1], office)) return c->people[k - 1];
  return NULL;
}

/* Whether person E held no office on the document's date, having been a
 * head of some state or body before it. */
static int past_head(const ctx *c, const geordf_entity *e) {
  int was = 0;
  for (size_t k = 0; k < e->n_offices; k++) {
    const gd_office *o = &e->offices[k];
    if ((!o->start[0] || strcmp(c->date, o->start) >= 0) && (!o->end[0] || strcmp(c->date, o->end) < 0)) return 0;
    if (o->cls && o->end[0] && strcmp(o->end, c->date) <= 0) was = 1;
  }
  return was;
}

/* Whether person E heads some state or body on the document's date. */
static int heads_now(const ctx *c, const geordf_entity *e) {
  for (size_t k = 0; k < e->n_offices; k++) {
    const gd_office *o = &e->offices[k];
    if (o->cls && (!o->start[0] || strcmp(c->date, o->start) >= 0) && (!o->end[0] || strcmp(c->date, o->end) < 0))
      return 1;
  }
  return 0;
}

const geordf_entity *leader_named_before(const ctx *c) {
  if (!c->last_person || !c->have_date || !past_head(c, c->last_person)) return c->last_person;
  for (int k = 0; k < 8 && c->recent_people[k]; k++)
    if (heads_now(c, c->recent_people[k])) return c->recent_people[k];
  return NULL;
}

const geordf_entity *org_by_last_word(const ctx *c, size_t k) {
  const gd_token *t = &c->t->tok[k];
  if (k == 0 || !tok_is(c, k - 1, "the") || c->tok_m[k] >= 0 || !(t->flags & GD_TOK_CAP) ||
      (t->flags & GD_TOK_ALLCAPS) || (k + 1 < c->t->ntok && (c->t->tok[k + 1].flags & GD_TOK_CAP)))
    return NULL;
  for (int s = 0; s < 8 && c->states[s]; s++) {
    const geordf_entity *e = c->states[s];
    const char *last = e->kind == GD_KIND_ORG ? strrchr(e->label, ' ') : NULL;
    if (last && strlen(last + 1) == t->e - t->b && !strncasecmp(last + 1, c->text + t->b, t->e - t->b)) return e;
  }
  /* (Else the one organization the document has named with that last
   * word, however many states were named since: "the Council" after the
   * list of those that abstained.  Two such are neither.) */
  const geordf_entity *found = NULL;
  for (size_t s = 0; s < c->norgs; s++) {
    const geordf_entity *e = c->orgs[s];
    const char *last = strrchr(e->label, ' ');
    if (!last || strlen(last + 1) != t->e - t->b || strncasecmp(last + 1, c->text + t->b, t->e - t->b)) continue;
    if (found && found != e) return NULL;
    found = e;
  }
  return found;
}

/* Whether token K is a closing quotation mark. */
static int is_closer_quote(const ctx *c, size_t k) {
  const char *x = c->t->tok[k].norm;
  return !strcmp(x, "\"") || !strcmp(x, "\xe2\x80\x9d") || !strcmp(x, "'");
}

const geordf_entity *last_visitor(const ctx *c) {
  const geordf_entity *v = NULL;
  for (size_t i = 0; i < c->evs->n; i++) {
    const geordf_event *e = &c->evs->v[i];
    if (e->type == GEORDF_VISIT && !e->negated && e->nfill[GEORDF_ROLE_VISITOR] == 1 &&
        e->fill[GEORDF_ROLE_VISITOR][0]->kind == GD_KIND_PERSON)
      v = e->fill[GEORDF_ROLE_VISITOR][0];
  }
  return v;
}

/* Whether P follows "of" after a plural title: "the presidents of Rwanda
 * and Burundi", "the foreign ministers of France and Germany" stand for
 * the states whose office-holders they name ("... when their plane"). */
static int titles_of(const ctx *c, const np *p) {
  if (p->tb < c->sent_tb + 2 || !tok_is(c, p->tb - 1, "of")) return 0;
  const gd_mention *m = mention_at(c, p->tb - 2);
  const char *w = c->t->tok[p->tb - 2].norm;
  size_t l = strlen(w);
  return m && m->office && l > 3 && w[l - 1] == 's';
}

int pronoun_np(ctx *c, size_t i, np *p) {
  const char *w = c->t->tok[i].norm;
  if (!is_pronoun(w)) return 0;
  int we = !strcmp(w, "we") || !strcmp(w, "our");
  if (!strcmp(w, "i") || we) {
    /* "'I will go to Beijing,' Putin said": the speaker of a quote, named
     * with a verb of saying later in the sentence (or "he said" after the
     * last person). */
    for (size_t k = i + 1; k < c->t->ntok && k < i + 60; k++) {
      const char *x = c->t->tok[k].norm;
      if (!strcmp(x, "said") || !strcmp(x, "says") || !strcmp(x, "told") || !strcmp(x, "added") ||
          !strcmp(x, "quoted")) {
        size_t cand[4] = {k - 1, k + 1, k + 2, k + 3}; /* "Putin said", "said President Putin" */
        for (int j = 0; j < 4; j++) {
          size_t q = cand[j];
          if (q <= i || q >= c->t->ntok) continue;
          const gd_mention *m = mention_at(c, q);
          if (m && m->nents && m->ents[0]->kind == GD_KIND_PERSON) {
            p->person = m->ents[0];
            p->poss = !strcmp(w, "our");
            return 1;
          }
          if ((tok_is(c, q, "he") || tok_is(c, q, "she")) && c->last_person) {
            p->person = c->last_person;
            p->poss = !strcmp(w, "our");
            return 1;
          }
        }
        /* "'We shot down a Syrian MiG,' the Israeli army said", "'We have
         * downed an enemy plane,' the Iraqi military said": "we" of a
         * state's voice (its adjective or name right before the verb, or
         * one word before) is that state; so is "our" ("'Our air defences
         * downed ...,' IRNA quoted a spokesman as saying"), and a capital's
         * radio is its state's voice ("Radio Damascus said"). */
        for (size_t q = k - 1; we && q > i && q + 3 > k; q--) {
          const gd_mention *m = mention_at(c, q);
          if (!m || !m->nents) continue;
          const geordf_entity *st = m->ents[0];
          if (st->kind == GD_KIND_PLACE && st->stands_for && q > i && tok_is(c, q - 1, "radio")) st = st->stands_for;
          if (m->nents > 1 || (st->kind != GD_KIND_COUNTRY && st->kind != GD_KIND_ORG)) return 0;
          p->head = st;
          p->poss = !strcmp(w, "our");
          return 1;
        }
        break;
      }
      if (is_punct(c, k, ".") && !(k + 1 < c->t->ntok && is_closer_quote(c, k + 1))) break;
    }
    /* No speaker named, or none but "a military source": in a monitored
     * broadcast ("Tripoli home service ... Our air force brought down"),
     * "we" and "our" are its state's. */
    if (we && c->voice) {
      p->head = c->voice;
      p->poss = !strcmp(w, "our");
      return 1;
    }
    return 0;
  }
  if (!strcmp(w, "he") || !strcmp(w, "him") || !strcmp(w, "his") || !strcmp(w, "she") ||
      !strcmp(w, "her")) {
    if (!c->last_person) return 0;
    p->person = c->last_person;
    /* A subject pronoun continues the last subject, not a person named
     * after "with" or "to" ("where he held talks with Salman, he ..."); so
     * does "his" ("talks with Mr. Craxi after his visit to Madrid"). */
    if ((!strcmp(w, "he") || !strcmp(w, "she") || !strcmp(w, "his")) && c->subj_person &&
        c->subj_person != c->last_person && c->last_person_prep)
      p->person = c->subj_person;
    /* One that opens its sentence continues the previous sentence's
     * subject, the first person it named outside a prepositional phrase,
     * not a person it named after ("Clinton met Hasina. He returns to
     * India tonight", "Chavez, who met Putin, arrived from Minsk, where he
     * praised Lukashenko. He flies on to Iran"). */
    if ((!strcmp(w, "he") || !strcmp(w, "she")) && i == c->sent_tb && c->prev_first_person)
      p->person = c->prev_first_person;
    /* After a sentence that names no one, it is the traveller of the last
     * visit told when he is one of the last two people named, guest or
     * host ("Macron received Scholz in Paris. The talks lasted three hours.
     * He flies to Rome", "In Dhaka, Clinton met Hasina. A visit to a
     * village was dropped. He returns to India tonight"). */
    const geordf_entity *v = last_visitor(c);
    if ((!strcmp(w, "he") || !strcmp(w, "she")) && i == c->sent_tb && !c->prev_named_person && v &&
        (v == c->recent_people[0] || v == c->recent_people[1]))
      p->person = v;
    /* "Xi welcomed him": an object pronoun is not its clause's subject. */
    /* (Unless a relative clause starts between them: "a tour that will
     * take him there" has its own subject.) */
    int own_clause = 1;
    for (size_t k = i; k > c->sent_tb; k--) {
      if (c->tok_np[k - 1] >= 0 && c->nps[c->tok_np[k - 1]].person == c->subj_person) break;
      if (tok_is(c, k - 1, "that") || tok_is(c, k - 1, "which") || is_punct(c, k - 1, ";")) {
        own_clause = 0;
        break;
      }
    }
    /* (In such a relative clause an object pronoun continues the last
     * subject too, not one named after a preposition: "Francis arrived,
     * where he was welcomed by Castro, at the start of a journey that will
     * also take him to the United States".) */
    if ((!strcmp(w, "him") || !strcmp(w, "her")) && !own_clause && c->subj_person &&
        c->subj_person != c->last_person && c->last_person_prep)
      p->person = c->subj_person;
    if ((!strcmp(w, "him") || (!strcmp(w, "her") && i + 1 < c->t->ntok && !plain(c, i + 1))) &&
        c->last_person == c->subj_person && own_clause) {
      p->person = NULL;
      for (int k = 0; k < 8 && c->recent_people[k]; k++)
        if (c->recent_people[k] != c->subj_person) { p->person = c->recent_people[k]; break; }
      if (!p->person) return 0;
    }
    p->poss = !strcmp(w, "his") || !strcmp(w, "her");
    return 1;
  }
  if (!strcmp(w, "they") || !strcmp(w, "them") || !strcmp(w, "their")) {
    /* "European leaders, who ..., said they would": a plural subject of
     * the same sentence that acts for a state. */
    for (size_t a = c->nnp; a > 0; a--) {
      const np *q = &c->nps[a - 1];
      if (q->tb < c->sent_tb) break;
      const char *lw = c->t->tok[q->te - 1].norm;
      size_t l = strlen(lw);
      const geordf_entity *st = q->head ? q->head : q->mod;
      const gd_mention *lm = mention_at(c, q->te - 1);
      /* (A plural common noun, "leaders", not a name: "the United States".) */
      if (st && !q->person && l > 3 && lw[l - 1] == 's' && !(lm && lm->nents) && !governing_prep(c, q, c->sent_tb) &&
          st->kind != GD_KIND_ARMED_GROUP) {
        p->head = st;
        p->poss = !strcmp(w, "their");
        return 1;
      }
    }
    /* "France and Britain told Russia that they would": a coordination of
     * states in the same sentence, the nearest before the pronoun that is
     * no prepositional object, is a plural. */
    for (size_t a = c->nnp; a > 1; a--) {
      const np *q = &c->nps[a - 1];
      if (q->tb < c->sent_tb) break;
      /* (Groups are not yet numbered: the words between tell.) */
      size_t f = a - 1;
      while (f > 0 && c->nps[f - 1].tb >= c->sent_tb && c->nps[f - 1].te + 1 == c->nps[f].tb &&
             (tok_is(c, c->nps[f - 1].te, "and") || is_punct(c, c->nps[f - 1].te, ",")))
        f--;
      if (f == a - 1 || a - f > 3 || (governing_prep(c, &c->nps[f], c->sent_tb) && !titles_of(c, &c->nps[f])))
        continue;
      /* (Or the states a plural title lists, whose holders they are: "the
       * presidents of Rwanda and Burundi ... their plane".) */
      int states = 1;
      for (size_t k = f; k < a; k++)
        states &= c->nps[k].plural_title ? (c->nps[k].head || c->nps[k].mod) && !c->nps[k].also[0]
                                         : c->nps[k].head && !c->nps[k].person && !c->nps[k].also[0] &&
                                               c->nps[k].head->kind != GD_KIND_PERSON;
      if (!states) continue;
      p->head = c->nps[f].head ? c->nps[f].head : c->nps[f].mod;
      for (size_t k = f + 1; k < a; k++) p->also[k - f - 1] = c->nps[k].head ? c->nps[k].head : c->nps[k].mod;
      p->poss = !strcmp(w, "their");
      return 1;
    }
    /* Plural pronouns stand for a group named before: rebels, militias. */
    for (int k = 0; k < 8 && c->states[k]; k++)
      if (c->states[k]->kind == GD_KIND_ARMED_GROUP) {
        p->head = c->states[k];
        p->poss = !strcmp(w, "their");
        return 1;
      }
    return 0;
  }
  if (!strcmp(w, "it") || !strcmp(w, "its")) {
    const geordf_entity *st = c->subj_state ? c->subj_state : c->states[0];
    /* "X would impose sanctions on it": an object pronoun does not refer to
     * the subject of its own clause. */
    if (i > c->sent_tb && prep_word(c, i - 1) && !strcmp(w, "it") && st && st == c->subj_state) {
      st = NULL;
      for (int k = 0; k < 8 && c->states[k]; k++)
        if (c->states[k] != c->subj_state) { st = c->states[k]; break; }
    }
    if (!st) return 0;
    p->head = st;
    p->poss = !strcmp(w, "its");
    return 1;
  }
  return 0;
}

/* Coreference memory: the last person and the recent states, updated as
 * each phrase is read so that pronouns refer back to what came before. */
void remember(ctx *c, const np *p) {
  /* "after the bloc barred ...": after, before, since, until also open
   * clauses, whose subject this is. */
  const char *gp = governing_prep(c, p, c->sent_tb);
  int prep = gp && strcmp(gp, "after") && strcmp(gp, "before") && strcmp(gp, "since") && strcmp(gp, "until") &&
             strcmp(gp, "once");
  if (p->person && !p->poss && !prep) c->subj_person = p->person;
  if (p->person && !p->poss && !prep && !c->first_person) c->first_person = p->person;
  if (p->person) {
    c->named_person = 1;
    c->last_person_prep = prep;
    size_t k = 0;
    while (k < 7 && c->recent_people[k] && c->recent_people[k] != p->person) k++;
    memmove(&c->recent_people[1], &c->recent_people[0], k * sizeof c->recent_people[0]);
    c->recent_people[0] = p->person;
    /* A name after a title of an office its bearer holds. */
    int named = 0;
    const char *title = NULL;
    for (size_t q = p->tb; q < p->te; q++) {
      const gd_mention *m = mention_at(c, q);
      if (m && m->office && !title && holds_office(c, p->person, m->office->office)) title = m->office->office;
      named |= m && m->nents && m->ents[0]->kind == GD_KIND_PERSON;
    }
    if (title && named && c->have_date) {
      k = 0;
      while (k < 8 && c->titled[k] && (c->titled[k] != p->person || strcmp(c->titled_office[k], title))) k++;
      if (k < 8 && !c->titled[k]) {
        c->titled[k] = p->person;
        c->titled_office[k] = title;
      }
    }
    c->last_person = p->person;
    count_state(c, gd_person_state(p->person, c->have_date ? c->date : ""));
    if (c->npeople < 64 && !seen_person(c, p->person)) c->people[c->npeople++] = p->person;
  }
  if (p->weapon) c->last_weapon = p->weapon;
  if (p->mod && p->head) remember_state(c, p->mod);
  if (p->head) remember_state(c, p->head);
  else if (p->mod) remember_state(c, p->mod);
  if (p->place && p->place->stands_for) remember_state(c, p->place->stands_for);
  /* "it" and "its" prefer a state that was a subject, not one named in a
   * prepositional phrase. */
  const geordf_entity *a = np_actor(c, p);
  /* A possessor counts ("Syria's agency said its ..."), but not in an
   * apposition ("Beijing, Pyongyang's ally,"). */
  int appos = p->poss && p->tb > c->sent_tb && is_punct(c, p->tb - 1, ",");
  /* Nor a dateline, which tells where the reporter is: "BEIJING — An
   * official in Pyongyang said it would ...". */
  if (a && a->kind != GD_KIND_PERSON && !appos && !prep && !dateline_np(c, p, c->sent_tb) &&
      (p->head || p->person || (p->place && p->place->stands_for))) {
    c->subj_state = a;
    if (!c->sent_subj) c->sent_subj = a;
  }
}

/* The entity the phrase P can give a pronoun W: a person for he, she, his,
 * her; a state, body or group (or a capital or seat that stands for one)
 * for it and its. */
static const geordf_entity *antecedent_fit(const np *p, const char *w) {
  if (!strcmp(w, "he") || !strcmp(w, "she") || !strcmp(w, "his") || !strcmp(w, "her")) return p->person;
  if (strcmp(w, "it") && strcmp(w, "its")) return NULL;
  if (p->person || p->mod_poss) return NULL;
  const geordf_entity *e = p->head ? p->head : p->place ? p->place->stands_for : NULL;
  return e && e->kind != GD_KIND_PERSON ? e : NULL;
}

/* Replaces OLD by NEW in the memory of the last subject and person, which
 * remember() filled from the pronoun's first reading. */
static void amend_memory(ctx *c, const geordf_entity *old, const geordf_entity *new) {
  if (c->subj_state == old) c->subj_state = new;
  if (c->sent_subj == old) c->sent_subj = new;
  if (c->last_person == old) c->last_person = new;
  if (c->subj_person == old) c->subj_person = new;
}

/* Whether the reported clause V, or a conjunct of it, binds or befalls its
 * subject: a duty ("that it must free the prisoners") or a verb of
 * undergoing ("that it would face sanctions"). Told to someone, such a
 * clause is about the one addressed. */
static int addressed_clause(const ctx *c, int v) {
  const gd_deps *d = &c->deps;
  for (int x = v; x >= 0; x = x == v ? d->w[v].first : d->w[x].next) {
    if (x != v && d->w[x].rel != GD_R_CONJ) continue;
    if (lemma_cue(c, x, -1, GD_CUE_UNDERGO)) return 1;
    for (int k = d->w[x].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_AUX && (gd_deps_is(d, k, "must") || gd_deps_is(d, k, "should"))) return 1;
  }
  return 0;
}

/* Whether word W is "it" as the subject of a copula whose predicate is an
 * event's noun: "It is the first visit by ...", "It was the largest sale
 * of ...", "It is the broadest sanctions ...": the event, no state. */
static int it_is_the_event(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  int v = d->w[w].head;
  if (v < 0 || d->w[w].rel != GD_R_NSUBJ || !tok_is(c, d->w[w].tok, "it")) return 0;
  const gd_mention *m = mention_at(c, d->w[v].tok);
  if (!m || !m->ntrig) return 0;
  for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_COP) return 1;
  return 0;
}

/* The subject of verb V: its own, else, for an infinitive or a conjunct
 * with none, that of the verb it hangs on ("agreed to sell", "has turned
 * ... and has supplied"); an infinitive after an object has that object
 * for subject ("got France to sell"). */
static int clause_subject(const gd_deps *d, int v) {
  for (int hops = 0; v >= 0 && hops < 4; hops++) {
    if (d->w[v].upos != GD_UPOS_VERB && d->w[v].upos != GD_UPOS_AUX) return -1;
    int o = -1;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS) return k;
    /* (The parser hangs "to sell" after a time word as a clause of
     * purpose: its subject is the same.) */
    int to = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next) to |= d->w[k].rel == GD_R_MARK && gd_deps_is(d, k, "to");
    if (d->w[v].rel != GD_R_XCOMP && d->w[v].rel != GD_R_CONJ && !(d->w[v].rel == GD_R_ADVCL && to)) return -1;
    int u = d->w[v].head;
    if (u >= 0 && d->w[v].rel != GD_R_CONJ)
      for (int k = d->w[u].first; k >= 0; k = d->w[k].next)
        if ((d->w[k].rel == GD_R_OBJ || d->w[k].rel == GD_R_IOBJ) && k < v) o = k;
    if (o >= 0) return o;
    v = u;
  }
  return -1;
}

/* The state the phrase P names, or its possessor ("Albania's only
 * friend"), or NULL. */
static const geordf_entity *np_state(const np *p) {
  if (p->person) return NULL;
  const geordf_entity *e = p->head ? p->head : p->mod_poss ? p->mod : p->place ? p->place->stands_for : NULL;
  return e && e->kind != GD_KIND_PERSON ? e : NULL;
}

/* "it" as the object of a verb is none of that verb's subjects (that
 * would be "itself"): "Britain and France agreed to sell it fighters",
 * "Moscow agreed to sell it". It is then a state named before that is not
 * one of them. */
static void object_it(ctx *c, int w, size_t np0, size_t np1) {
  const gd_deps *d = &c->deps;
  /* (The object of an event's verb, right after it: in "companies and
   * individuals it accused of" it is the subject of a relative clause the
   * parser hung on the noun before.) */
  if ((d->w[w].rel != GD_R_OBJ && d->w[w].rel != GD_R_IOBJ) || d->w[w].head != w - 1 ||
      !tok_is(c, d->w[w].tok, "it"))
    return;
  const gd_mention *vm = mention_at(c, d->w[w - 1].tok);
  if (!vm || !vm->ntrig) return;
  int pi = c->tok_np[d->w[w].tok];
  if (pi < 0 || (size_t)pi < np0 || (size_t)pi >= np1) return;
  np *p = &c->nps[pi];
  int s = clause_subject(d, d->w[w].head);
  if (!p->head || p->te != p->tb + 1 || s < 0) return;
  const geordf_entity *subj[GD_MAX_FILL];
  unsigned n = 0, own = 0;
  for (int x = s; x >= 0 && n < GD_MAX_FILL; x = x == s ? d->w[s].first : d->w[x].next) {
    if (x != s && d->w[x].rel != GD_R_CONJ) continue;
    /* (The subject's own phrase: "Albania's only friend" is not Albania.) */
    const np *q = c->tok_np[d->w[x].tok] >= 0 ? &c->nps[c->tok_np[d->w[x].tok]] : NULL;
    const geordf_entity *e = q && !q->poss ? np_state(q) : NULL;
    if (e) subj[n++] = e;
  }
  for (unsigned k = 0; k < n; k++) own |= subj[k] == p->head;
  if (!own) return;
  /* (In its sentence one named outside a prepositional phrase, as "it"
   * prefers; else the last subject before the sentence, "Pakistan has
   * turned to China for weapons. France agreed to sell it"; else the
   * state named last before it.) */
  const geordf_entity *e = NULL;
  for (int a = pi; a > 0 && !e && c->nps[a - 1].tb >= c->sent_tb; a--) {
    const np *q = &c->nps[a - 1];
    e = dateline_np(c, q, q->tb) || governing_prep(c, q, c->sent_tb) ? NULL : np_state(q);
    for (unsigned k = 0; e && k < n; k++)
      if (subj[k] == e) e = NULL;
  }
  for (int k = -1; k < 8 && !e; k++) {
    e = k < 0 ? c->subj_state0 : c->states0[k];
    for (unsigned j = 0; e && j < n; j++)
      if (subj[j] == e) e = NULL;
  }
  if (!e) return;
  amend_memory(c, p->head, e);
  p->head = e;
}

/* "Turkey said that Syria had shot down one of its F-4 jets": no one
 * downs his own aircraft, so "its" on what the verb of downing W's clause
 * downs (its object, or the "of" phrase of a partitive object), when read
 * as that clause's own subject, is the reporting clause's subject, when
 * that one is a state or body. */
static void downed_its_own(ctx *c, int w, size_t np0, size_t np1) {
  const gd_deps *d = &c->deps;
  if (!tok_is(c, d->w[w].tok, "its") || d->w[w].rel != GD_R_POSS) return;
  int n = d->w[w].head, v = n >= 0 ? d->w[n].head : -1;
  if (v >= 0 && d->w[n].rel == GD_R_NMOD && gd_deps_has_case(d, n, "of") && d->w[v].rel == GD_R_OBJ) n = v, v = d->w[v].head;
  if (v < 0 || d->w[n].rel != GD_R_OBJ) return;
  const gd_mention *vm = mention_at(c, d->w[v].tok);
  int downs = 0;
  for (unsigned q = 0; vm && q < vm->ntrig && !downs; q++) downs = vm->trig[q]->type == GEORDF_SHOOTDOWN;
  if (!downs) return;
  /* (The clause's subject: of the verb, or of the verbs above it the parser
   * made it the complement of, "had shot"; then the subject of a verb of
   * saying above that.) */
  int s = -1, r = -1;
  for (int u = v, steps = 0; u >= 0 && steps < 8; u = d->w[u].head, steps++) {
    int subj = -1;
    for (int k = d->w[u].first; k >= 0 && subj < 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NSUBJ && k < u) subj = k;
    if (s < 0) s = subj;
    else if (subj >= 0 && lemma_cue(c, u, -1, GD_CUE_SPEECH)) {
      r = subj;
      break;
    }
  }
  const np *sp = s >= 0 ? word_np(c, s) : NULL, *rp = r >= 0 ? word_np(c, r) : NULL;
  /* (Either may be named by a demonym alone: "Georgian air defences had
   * shot down one of its bombers", "the Russian general staff said".) */
  const geordf_entity *own = sp ? np_state(sp) : NULL, *rep = rp ? np_state(rp) : NULL;
  if (!own && sp && !sp->person && sp->mod && sp->mod->kind == GD_KIND_COUNTRY) own = sp->mod;
  if (!rep && rp && !rp->person && rp->mod && rp->mod->kind == GD_KIND_COUNTRY) rep = rp->mod;
  int pi = c->tok_np[d->w[w].tok];
  if (!own || !rep || own == rep || pi < 0 || (size_t)pi < np0 || (size_t)pi >= np1) return;
  np *p = &c->nps[pi];
  if (p->mod_poss && p->mod == own) p->mod = rep;
  else if (p->tb + 1 == p->te && p->head == own) p->head = rep;
}

/* "The Yugoslav army says its air defences shot the aircraft down", "the
 * Russian defence ministry said it had shot down": a word for a state's
 * organ (its armed services, military, ministry, government or command),
 * which no phrase names, acts for the state a demonym, a name or a
 * possessor on it names; that state is what "it" and "its" can take from
 * the organ.  NULL for other pronouns or words. */
static const geordf_entity *organ_state(const ctx *c, int s, const char *pron) {
  static const char *const organ[] = {"army", "armies", "military", "forces", "force", "navy", "ministry",
                                      "government", "command", "authorities", NULL};
  const gd_deps *d = &c->deps;
  if (strcmp(pron, "it") && strcmp(pron, "its")) return NULL;
  int is = 0;
  for (int i = 0; organ[i] && !is; i++) is = gd_deps_is(d, s, organ[i]);
  /* (The word's phrase is its modifier's: word_np().) */
  const np *q = is && c->tok_np[d->w[s].tok] < 0 ? word_np(c, s) : NULL;
  const geordf_entity *e = q && !q->person && q->te <= d->w[s].tok ? (q->head ? q->head : q->mod) : NULL;
  return e && e->kind == GD_KIND_COUNTRY ? e : NULL;
}

void pronouns_on_tree(ctx *c, size_t np0, size_t np1) {
  const gd_deps *d = &c->deps;
  for (size_t w = 0; w < d->n; w++) {
    const char *x = c->t->tok[d->w[w].tok].norm;
    if (!is_pronoun(x) || !strcmp(x, "i") || !strcmp(x, "we") || !strcmp(x, "our")) continue;
    object_it(c, (int)w, np0, np1);
    downed_its_own(c, (int)w, np0, np1);
    if (it_is_the_event(c, (int)w)) {
      np *p = c->tok_np[d->w[w].tok] >= 0 ? &c->nps[c->tok_np[d->w[w].tok]] : NULL;
      if (p && (size_t)(p - c->nps) >= np0 && (size_t)(p - c->nps) < np1 && p->tb + 1 == p->te) p->head = NULL;
      continue;
    }
    /* "The EU warned Minsk that it would impose sanctions", "Putin told
     * Obama he would visit", "Israel said its jets shot down": the subject
     * of a reported clause, or its possessor, is the reporting clause's
     * subject when that one fits, before its object or a nearer name
     * (the pronoun is no co-argument of the reporting verb's object). */
    int v = d->w[w].head;
    if (v >= 0 && d->w[w].rel == GD_R_POSS && (d->w[v].rel == GD_R_NSUBJ || d->w[v].rel == GD_R_NSUBJ_PASS))
      v = d->w[v].head;
    else if (d->w[w].rel != GD_R_NSUBJ && d->w[w].rel != GD_R_NSUBJ_PASS)
      continue;
    /* (A conjunct of the reported clause is reported too: "that it
     * welcomed the talks and it would impose sanctions"; and a clause
     * conjoined to another continues its subject: "Tehran told Moscow
     * ..., and it would sell jets", where the conjunction opens the
     * clause, not "and offered, just as Obama had when he visited".) */
    int conj = v >= 0 && d->w[v].rel == GD_R_CONJ && w > 0 && d->w[w - 1].rel == GD_R_CC && d->w[w - 1].head == v;
    while (v >= 0 && d->w[v].rel == GD_R_CONJ) v = d->w[v].head;
    if (v < 0 || (d->w[v].rel != GD_R_CCOMP && !conj)) continue;
    int u = d->w[v].rel == GD_R_CCOMP ? d->w[v].head : v, s = -1;
    if (u < 0) continue;
    int addressee = 0;
    for (int k = d->w[u].first; k >= 0; k = d->w[k].next) {
      if ((d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS) && s < 0) s = k;
      addressee |= d->w[k].rel == GD_R_OBJ || d->w[k].rel == GD_R_IOBJ;
    }
    if (addressee && d->w[v].rel == GD_R_CCOMP && addressed_clause(c, v)) continue;
    /* (The subject's own word must name its referent: not "spokesman" in
     * "Putin's spokesman", nor "ally" in "Russia's ally Syria".) */
    const gd_mention *sm = s >= 0 ? mention_at(c, d->w[s].tok) : NULL;
    const np *q = sm && (sm->nents || sm->office) ? word_np(c, s) : NULL;
    for (size_t k = q ? q->tb : 0; q && k < d->w[s].tok; k++)
      if (tok_is(c, k, "'s") || tok_is(c, k, "\xe2\x80\x99s")) q = NULL;
    const geordf_entity *e = q && !q->poss ? antecedent_fit(q, x) : NULL;
    if (!e && !q && s >= 0) e = organ_state(c, s, x);
    if (!e) continue;
    /* The pronoun's own phrase, or the phrase it was read into as a
     * possessor ("its NATO allies"). */
    np *p = c->tok_np[d->w[w].tok] >= 0 ? &c->nps[c->tok_np[d->w[w].tok]] : NULL;
    if (!p && d->w[w].rel == GD_R_POSS) {
      const np *h = word_np(c, d->w[w].head);
      if (h && h->mod_poss && h->tb >= d->w[w].tok) p = &c->nps[h - c->nps];
    }
    if (!p || p == q || (size_t)(p - c->nps) < np0 || (size_t)(p - c->nps) >= np1) continue;
    if (p->tb == d->w[w].tok && p->te == p->tb + 1) {
      const geordf_entity **slot = e->kind == GD_KIND_PERSON ? &p->person : &p->head;
      if (!*slot || *slot == e) continue;
      amend_memory(c, *slot, e);
      *slot = e;
    } else if (p->mod_poss && (p->head || p->person)) {
      /* (Only where a name follows, "its NATO allies": in "his Chinese
       * counterpart" the adjective's state took the pronoun's place.) */
      const geordf_entity *st = e->kind == GD_KIND_PERSON ? gd_person_state(e, c->have_date ? c->date : "") : e;
      if (st && p->mod) p->mod = st;
    }
  }
}
