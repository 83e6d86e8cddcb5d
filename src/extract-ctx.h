/* geordf: the extractor's state while it reads one document (the tokens,
 * mentions and noun phrases of a window of its sentences, its discourse
 * memory and the current parse), shared
 * by the src/extract*.c files, with the small token tests they all use.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_CTX_H
#define GEORDF_EXTRACT_CTX_H

#include "extract.h"
#include "date.h"
#include "deps.h"
#include "event.h"
#include "lexicon.h"
#include "match.h"
#include "token.h"
#include "trace.h"

#include <string.h>

/* Debug tracing of extraction (GEORDF_DEBUG=1 in the geordf tool). */
#define TRACE(...) gd_trace(GD_TRACE_EXTRACT, __VA_ARGS__)

/* A noun phrase built from one or more mentions. */
typedef struct {
  size_t tb, te;                 /* token span (units only) */
  const geordf_entity *person;   /* a person it names or refers to */
  const geordf_entity *head;     /* the head entity (country, org, group) */
  const geordf_entity *mod;      /* a modifying state: "Russian", "Iran's" */
  const geordf_entity *place;    /* a place it names */
  const geordf_entity *weapon;   /* a weapon system it names */
  const geordf_entity *maker;    /* the state it was made in ("French-designed"),
                                    which says nothing of whose it is */
  const geordf_entity *also[2];  /* more states for "the two countries" */
  int poss;                      /* ends with 's */
  int mod_poss;                  /* mod is a possessor ("Turkey's", "its") */
  size_t title_te;               /* end of a title whose state follows "of"
                                    ("the envoy of Egypt"), else 0 */
  int group;                     /* coordination group id */
  int plural_title;              /* one of the states (or its holder) a plural
                                    title lists ("the presidents of A and B") */
} np;

typedef struct {
  const geordf_lexicon *lex;
  const geordf_document *doc;
  const char *text;              /* the text read: headline + body */
  char date[11];
  gd_ymd ymd;
  int have_date;
  gd_tokens *t;                  /* the window of sentences read (gd_tokenize_window):
                                    the whole of an ordinary document */
  gd_mention *m;
  size_t nm, capm;
  int *tok_m;                    /* token -> mention or -1 */
  const geordf_entity *town[4];  /* states whose names named a US town ("East
                                    Palestine, Ohio"), with the word before */
  char town_prev[4][24];
  int ntown;
  np *nps;
  size_t nnp, capnp;
  int *tok_np;                   /* token -> np or -1 */
  const geordf_entity *last_person;
  const geordf_entity *states[8]; /* recent state actors, most recent first */
  const geordf_entity *states0[8]; /* the same at the start of the sentence */
  const geordf_entity *people[64]; /* people named in full in this document */
  const geordf_entity *recent_people[8]; /* most recent first */
  const geordf_entity *titled[8]; /* people named after a title they hold ("President Kennedy"), in order */
  const char *titled_office[8];  /* that title's office */
  size_t npeople;
  geordf_events *evs;
  char prepbuf[64];              /* the last multi-word preposition */
  const geordf_entity *sd_victim; /* the last aircraft downed, for "the jet" */
  const geordf_entity *sd_aircraft;
  const geordf_entity *sd_attacker; /* its attacker, for "air defences" */
  const geordf_entity *subj_state; /* the last state seen as a subject */
  const geordf_entity *subj_state0; /* the same at the start of the sentence */
  const geordf_entity *subj_person; /* the last person seen as a subject */
  size_t sent_tb;                /* first token of the current sentence */
  int debug;                     /* tracing GD_TRACE_EXTRACT (trace.h) */
  const geordf_entity *sent_subj; /* the subject state of this sentence */
  size_t title_len;              /* bytes of title prefixed to the text */
  const geordf_entity *sanc_imposer, *sanc_target; /* the last sanction */
  int pact_named; /* an earlier sentence named a pact: "the treaty" may be it */
  const geordf_entity *sanc_imposers[GD_MAX_FILL]; /* and all its imposers */
  unsigned n_sanc_imposers;
  const geordf_entity *last_weapon; /* the last weapon system named */
  const geordf_entity *dateline;  /* the state of the dateline ("HANOI —") */
  const geordf_entity *dateline_place; /* and its place */
  const geordf_entity *voice;     /* the state whose broadcast a monitoring
                                    header names ("Tripoli home service",
                                    "Text of report by Iranian state TV") */
  const geordf_entity *signed_in, *signed_at; /* the state and place of the last
                                    signing told with one ("signed ... in Riyadh") */
  const geordf_entity *organ;    /* the organ of the United Nations the body
                                    names; organs: how many it names */
  int organs;
  int day_read;                  /* a dateline's day was looked for */
  int lead_read;                 /* the lead (first sentence after the title) seen */
  size_t lead_end;               /* its end (byte) */
  char lead_date[11];            /* the day its date expression or first dated
                                    event names, or "" */
  int lead_by_event;             /* lead_date is that event's */
  const geordf_entity *sal_e[16]; /* states by how often the document names them */
  unsigned sal_n[16];
  size_t nsal;
  const geordf_entity *orgs[8];  /* organizations the document names, first named first */
  size_t norgs;
  const geordf_entity *last_imposer; /* of the last sanction mentioned, even without a target */
  int last_person_prep;          /* last_person was named after a preposition */
  const geordf_entity *first_person; /* this sentence's first person named
                                        outside a prepositional phrase */
  const geordf_entity *prev_first_person; /* the previous sentence's */
  int named_person, prev_named_person; /* this sentence, the previous one
                                          named a person */
  struct {                       /* people named in full, by the last word of */
    const geordf_entity *e;      /* the name ("Evo Morales": "morales"), from */
    size_t from;                 /* the byte after the full name on */
    char word[24];
  } alias[32];
  size_t nalias;
  signed char *force;            /* parts of speech the lexicon is sure of */
  size_t capforce;
  gd_deps deps;                  /* the parse of the current sentence ... */
  int parsed;                    /* ... when there is a model */
} ctx;

/* The phrases that fill one slot of a frame. */
typedef struct {
  const np *v[GD_MAX_FILL];
  unsigned n;
} npset;

/* ---- small helpers ---------------------------------------------------------- */

static inline const gd_mention *mention_at(const ctx *c, size_t i) {
  return c->tok_m[i] >= 0 ? &c->m[c->tok_m[i]] : NULL;
}

static inline int has_cue(const ctx *c, size_t i, gd_cue_kind k) {
  const gd_mention *m = mention_at(c, i);
  return m && (m->cues & GD_CUE_BIT(k));
}

/* (The first bytes first: most words differ there, and with W a literal
 * the test is a compare with a constant, with no call.) */
static inline int tok_is(const ctx *c, size_t i, const char *w) {
  return c->t->tok[i].norm[0] == w[0] && !strcmp(c->t->tok[i].norm, w);
}

static inline int is_punct(const ctx *c, size_t i, const char *chars) {
  const gd_token *k = &c->t->tok[i];
  return (k->flags & GD_TOK_PUNCT) && strchr(chars, k->norm[0]) && k->norm[0];
}

/* A clause boundary: strong punctuation or a boundary cue. */
static inline int boundary(const ctx *c, size_t i) {
  return is_punct(c, i, ".;:!?()[]\"") || has_cue(c, i, GD_CUE_BOUNDARY);
}

/* A word that is no part of any lexicon phrase (adjectives, nouns, verbs we
 * do not know). */
static inline int plain(const ctx *c, size_t i) {
  const gd_token *k = &c->t->tok[i];
  if (c->tok_m[i] >= 0) return 0;
  if (k->flags & (GD_TOK_WORD | GD_TOK_NUM)) return 1;
  return (k->flags & GD_TOK_HYPHEN) || !strcmp(k->norm, "-") || !strcmp(k->norm, "$");
}

static inline int is_determiner(const ctx *c, size_t i) {
  return has_cue(c, i, GD_CUE_DETERMINER) && c->m[c->tok_m[i]].nents == 0;
}

#endif
