/* geordf: the dependency tree of a sentence as extraction reads it: UD
 * relations by kind, children, voice, and the words a frame slot takes
 * (subject, object, a prepositional phrase, a possessor), with the subject
 * passed down through coordination, control and relative clauses.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_DEPS_H
#define GEORDF_DEPS_H

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "synmodel.h"
#include "syntax.h"
#include "token.h"

/* The relations extraction tells apart; subtypes it does not name fold into
 * their main type ("obl:tmod" is an obl). */
typedef enum {
  GD_R_OTHER, GD_R_ROOT, GD_R_NSUBJ, GD_R_NSUBJ_PASS, GD_R_OBJ, GD_R_IOBJ, GD_R_OBL, GD_R_OBL_AGENT,
  GD_R_NMOD, GD_R_POSS, GD_R_AMOD, GD_R_COMPOUND, GD_R_FLAT, GD_R_CONJ, GD_R_CC, GD_R_APPOS, GD_R_ACL,
  GD_R_RELCL, GD_R_ADVCL, GD_R_CCOMP, GD_R_XCOMP, GD_R_CASE, GD_R_MARK, GD_R_AUX, GD_R_AUX_PASS, GD_R_COP,
  GD_R_DET, GD_R_ADVMOD, GD_R_PRT, GD_R_PARATAXIS, GD_R_NUMMOD, GD_R_FIXED, GD_R_COUNT
} gd_rel;

#define GD_DEPS_MAX_KIDS 64 /* children linked per word (deps.c) */

typedef struct {
  int head;            /* word index, -1 for the root */
  int first, next;     /* first child, next sibling (-1: none), in word order;
                          only the first GD_DEPS_MAX_KIDS children are linked */
  unsigned char rel;   /* gd_rel */
  unsigned char upos;  /* gd_upos */
  size_t tok;          /* the geordf token it comes from */
  size_t b, e;         /* bytes in the text */
} gd_dword;

/* A word's lemma as gd_deps_lemma() last gave it, for the next time: the
 * cues read lemmas of the same few words over and over. */
#define GD_DEPS_LEMMA 64
typedef struct {
  size_t cap, len;     /* cap 0: none yet */
  int upos;
  char s[GD_DEPS_LEMMA];
} gd_dlemma;

typedef struct {
  const gd_synmodel *m;
  const char *text;
  const unsigned char *relmap; /* gd_deps_relmap() of M (borrowed) */
  gd_dword *w;
  size_t n, cap;
  gd_sword *sw;
  gd_udword *ud;
  gd_dlemma *lemma;    /* per word (NULL in trees made by hand) */
  int *tok_word;       /* token - tb -> its first word */
  size_t tb, te, capt;
  int headline;        /* set by the caller: the sentence parsed next is a headline */
  gd_tagcache *tagcache; /* the caller's (borrowed), or NULL */
} gd_deps;

/* The gd_rel of each of M's relation labels, into MAP: once per model
 * (it compares names), not once per document. */
void gd_deps_relmap(const gd_synmodel *m, unsigned char map[GD_MAX_LABELS]);

/* Prepares D for sentences analysed with the model M, whose labels map to
 * relations by RELMAP (from gd_deps_relmap(); both borrowed). */
void gd_deps_init(gd_deps *d, const gd_synmodel *m, const unsigned char *relmap);
void gd_deps_free(gd_deps *d);

/* Tags and parses tokens [TB, TE) of T over TEXT.  FORCE (NULL for none)
 * holds a part of speech per token (index token - TB; -1: the tagger's)
 * that the lexicon knows for certain ("Putin" PROPN, "allies" NOUN); it
 * replaces the tagger's before parsing.  With FORCE, a headline
 * (D->headline set) without a final stop is parsed as if it had one.
 * Returns 0, or -1 when memory ran out. */
int gd_deps_parse(gd_deps *d, const gd_tokens *t, const char *text, size_t tb, size_t te,
                  const signed char *force);

/* Links the children of D's words (head, rel and upos set) and repairs
 * what this parser is known to get wrong (a subordinator read as a
 * preposition).  gd_deps_parse calls it; tests call it on trees by hand. */
void gd_deps_repair(gd_deps *d);

/* The word of token TOK (its first word), or -1 outside the sentence. */
int gd_deps_word(const gd_deps *d, size_t tok);

/* The head word of tokens [TB, TE): the word whose head lies outside. */
int gd_deps_span_head(const gd_deps *d, size_t tb, size_t te);

/* Whether word W's bytes equal the lower-case ASCII string S, folding case.
 * (In line: S is most often a literal, whose length is then a constant.
 * When S starts with a letter, the word's first byte is compared first,
 * as (byte | 0x20) matches only that letter in either case: most words
 * cost neither strlen() nor strncasecmp(), as when S is one of a list.) */
static inline int gd_deps_is(const gd_deps *d, int w, const char *s) {
  if (w < 0) return 0;
  size_t b = d->w[w].b, e = d->w[w].e;
  unsigned c0 = (unsigned char)s[0];
  if (c0 - 'a' < 26u && (e == b || ((unsigned char)d->text[b] | 0x20u) != c0)) return 0;
  size_t n = strlen(s);
  return e - b == n && !strncasecmp(d->text + b, s, n);
}

/* Whether phrase W is introduced by the preposition or marker P (one
 * word, or the first word of a fixed expression: "because of"). */
int gd_deps_has_case(const gd_deps *d, int w, const char *p);

/* The lemma of word W into OUT (CAP bytes); returns its length. */
size_t gd_deps_lemma(const gd_deps *d, int w, char *out, size_t cap);

/* Whether verb W is passive: an aux:pass or nsubj:pass child, or a past
 * participle modifying a noun ("jets sold to Turkey"). */
int gd_deps_passive(const gd_deps *d, int w);

/* "Japan joined the EU in imposing sanctions": the gerund after "in" that
 * verb V governs right after its object (an advcl with "in" as its marker,
 * or an obl with "in" as its preposition; with no subject of its own), or
 * -1.  The parser often
 * reads such a gerund as an adjective of the noun after it (an obl
 * "sanctions" of V with an amod "imposing"): that adjective is returned. */
int gd_deps_in_gerund(const gd_deps *d, int v);

/* Re-hangs the gerund G that gd_deps_in_gerund() found under V, when the
 * parser read it as an adjective, as the clause it is: G an advcl of V,
 * "in" its marker, the noun its object.  (The caller decides, by V's
 * lemma, that the reading is the clause's.) */
void gd_deps_rehang_gerund(gd_deps *d, int v, int g);

/* Re-hangs word W under HEAD with relation REL (a gd_rel), when the caller
 * has read the sentence better than the parser. */
void gd_deps_rehang(gd_deps *d, int w, int head, int rel);

/* The words filling slot KIND (PREP: the folded preposition) of the
 * trigger whose head word is H, a noun when NOUN; PASSIVE swaps subject
 * and object as the voice says.  The first filler and the words
 * coordinated with it, at most MAX into OUT; returns how many. */
size_t gd_deps_slot(const gd_deps *d, int h, gd_slot_kind kind, const char *prep, int noun, int passive,
                    int *out, size_t max);

/* The nouns above noun N that a relative clause on N might modify
 * instead ("a drone launched from Syria, which ... shot down": Syria, then
 * drone), nearest first, N excluded.  At most MAX into OUT; returns how
 * many. */
size_t gd_deps_higher_nouns(const gd_deps *d, int n, int *out, size_t max);

/* Whether clause H is a relative clause whose relative pronoun fills its
 * object (or, with SUBJ, its subject). */
int gd_deps_relative_fills(const gd_deps *d, int h, int subj);

/* For a noun trigger H in an adverbial of time ("during a visit"), the
 * subjects of the clauses above it, nearest first: the parser may hang the
 * phrase on a lower clause than the one it belongs to ("X declared that Y
 * was winning during a visit"), so the caller picks the first that fits
 * the role.  At most MAX into OUT; returns how many. */
size_t gd_deps_outer_subjects(const gd_deps *d, int h, int *out, size_t max);

#endif
