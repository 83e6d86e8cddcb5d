/* geordf: negation, modality, status and dates of events
 * (src/extract-attr.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_ATTR_H
#define GEORDF_EXTRACT_ATTR_H

#include "extract-ctx.h"

/* Whether a token of [TB, TE) carries a cue of kind K. */
int sentence_has_cue(const ctx *c, size_t tb, size_t te, gd_cue_kind k);

/* Whether the lemma of parse word W (with particle PART when >= 0) is a
 * cue of kind K. */
int lemma_cue(const ctx *c, int w, int part, gd_cue_kind k);

/* Whether the lemma of verb W and its particle PART are a phrase of
 * trigger TR ("shoot down"). */
int lemma_trigger(const ctx *c, int w, int part, const gd_trigger *tr);

/* Whether a predicate above word H in its clause chain is a cue of kind K. */
int governed_by(const ctx *c, int h, gd_cue_kind k);
/* The predicate above word H in its clause chain that is a cue of kind K
 * (the word), or -1. */
int governing(const ctx *c, int h, gd_cue_kind k);

/* Whether word W is the name of a day or a month ("Monday", "October"),
 * which takes no relative clause. */
int time_name(const ctx *c, int w);

/* Whether word W is negated by an adverb of its own ("not", "never"). */
int negated_word(const ctx *c, int w);

/* The predicate chain of a trigger: its head word and the predicates it is
 * the object, oblique, complement or conjunct of, up to the clause that
 * asserts it ("has no plans to sell", "could decide whether to impose"),
 * with what their auxiliaries, adverbs and markers say of it. */
#define GD_CHAIN_MAX 6
typedef struct {
  int w[GD_CHAIN_MAX]; /* the words, the trigger's first */
  int pred[GD_CHAIN_MAX]; /* whether word I is a predicate of the event (a
                             first conjunct is its own verb's) */
  size_t n;
  int negated;         /* "did not sell", "never visited", "no sanctions" */
  int future;          /* an auxiliary of the future: "will visit" */
  int possible;        /* of possibility: "may visit", "could impose" */
  int condition;       /* "if", "unless", "whether": not asserted */
  int hypothesis;      /* a word of the chain is the verb of an "if" or "unless"
                          clause: the event is the condition itself */
  int mod[2];          /* participles and adjectives on the trigger noun
                          that say what becomes of it ("a planned visit",
                          "a visit planned for May", "blocked exports"),
                          read after the chain's predicates */
  size_t nmod;
} gd_chain;

/* Whether the goods of the deal whose trigger is word H have come: H is a
 * clause on a noun ("the jets India bought from France", "jets ordered by
 * Brazil") whose noun is the subject of a verb of delivery ("landed at
 * Ambala", "arrived at the port"). */
int goods_arrived(const ctx *c, int h);

/* Whether the object of the deal's trigger at word H (or a conjunct of it)
 * has a relative clause that is itself a dealing in arms: goods ordered or
 * bought ("the jets it ordered", "the warships Russia bought"). */
int ordered_goods(const ctx *c, int h);

/* Whether the deal's trigger at word H is a clause on the object of another
 * dealing in arms that is denied ("ordered" in "will not receive the jets it
 * ordered"): one deal, which that dealing tells (cancelled, by
 * ordered_goods()). */
int goods_of_a_dealing(const ctx *c, int h);

/* Reads the chain of the trigger whose head word is H into OUT (OUT->n 0
 * when H < 0). */
void predicate_chain(const ctx *c, int h, gd_chain *out);

/* The kind in MASK of the outermost predicate of chain CH above its
 * trigger whose lemma is a cue of that kind ("promised to deliver":
 * pledge), or -1. */
int chain_cue(const ctx *c, const gd_chain *ch, gd_cues mask);
/* That predicate's word, or -1. */
int chain_cue_word(const ctx *c, const gd_chain *ch, gd_cues mask);

/* Sets EV's date from the nearest of the ND date expressions of the
 * sentence to the trigger at byte TRIG_B, of those that modify a word of
 * its chain CH if any, else of those outside the clauses below it
 * (FORWARD: a verb in the present, whose weekday is the next one). */
/* Whether trigger word T is the act a reprisal answers ("in retaliation
 * for the downing"): it happened, whatever the reprisal's predicates say. */
int answered_act(const ctx *c, int t);

void set_date(const ctx *c, geordf_event *ev, const gd_date_expr *dates, size_t nd, size_t trig_b,
              int forward, const gd_chain *ch);

#endif
