/* geordf: a greedy arc-eager dependency parser (Nivre 2003), with the root
 * at the end of the buffer (Ballesteros and Nivre 2013) and a single root,
 * trained with a dynamic oracle (Goldberg and Nivre 2012).  Once the buffer
 * holds only the root, words left on the stack without a head go to the
 * word below them (RIGHT), the last one to the root (LEFT), so every
 * sentence gets one tree.
 * A second classifier labels each arc as it is made, from the head, the
 * dependent (complete by then) and their neighbours, so the transition
 * weights stay three per feature.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_PARSER_H
#define GEORDF_PARSER_H

#include <stddef.h>
#include <stdint.h>

#include "percep.h"
#include "tagger.h"

enum { GD_SHIFT = 0, GD_LEFT, GD_RIGHT, GD_REDUCE, GD_NTRANS };
#define GD_PARSE_MAXF 96
#define GD_LABEL_MAXF 32

/* A parser configuration over words 1..n (W[k - 1] is word k); position
 * n + 1 is the root, last in the buffer. */
typedef struct {
  gd_sword *w;
  int n;
  int nlabel, root;  /* labels in the model; the index of "root" */
  int *stack, sp;    /* stack[0..sp) */
  int b;             /* buffer front: 1..n + 1 */
  int headless;      /* words on the stack without a head */
  int *head, *rel;   /* per position (0: none yet); head n + 1 is the root */
  int *lc1, *lc2, *rc1, *rc2, *nl, *nr;
  uint64_t *lset, *rset;
  uint64_t *fw, *ft, *fl; /* per position 0..n + 1: word, tag and label (or
                           * stand-ins for none yet, no word and the root)
                           * as features see them */
  int *mem;          /* one allocation for the arrays */
} gd_pstate;

/* Sets S up for W[0..N) and NLABEL labels of which ROOT is "root".  Returns
 * 0, or -1 when memory ran out. */
int gd_pstate_init(gd_pstate *s, gd_sword *w, int n, int nlabel, int root);
void gd_pstate_free(gd_pstate *s);

/* The configuration is final: every word has its head. */
static inline int gd_pstate_done(const gd_pstate *s) { return s->b == s->n + 1 && s->sp == 0; }

/* Whether transition C may apply now. */
int gd_pstate_valid(const gd_pstate *s, int c);

/* The head and dependent of the arc transition C would make. */
void gd_pstate_arc(const gd_pstate *s, int c, int *head, int *dep);

/* Applies transition C (which must be valid), labelling its arc L. */
void gd_pstate_apply(gd_pstate *s, int c, int l);

/* The feature keys of the configuration; returns how many. */
size_t gd_parse_features(const gd_pstate *s, uint64_t *keys);

/* The feature keys for labelling the arc HEAD -> DEP; returns how many. */
size_t gd_label_features(const gd_pstate *s, int head, int dep, uint64_t *keys);

/* The cost of each transition under the gold tree GHEAD (per position,
 * heads n + 1 for the root): how many gold arcs it makes unreachable; -1
 * when invalid.  GHEAD must be projective for the costs to be exact. */
void gd_parse_costs(const gd_pstate *s, const int *ghead, int cost[GD_NTRANS]);

/* The label for HEAD -> DEP with the scores SC of the labeller: "root" for
 * the root's arc and for no other. */
int gd_best_label(const gd_pstate *s, int head, const int32_t *sc);

/* The label dictionary: arcs whose dependent's tag, head's tag and
 * direction had one label in training GD_LABDICT_PERMIL times in 1000 or
 * more, over at least GD_LABDICT_MIN arcs (punctuation, determiners,
 * case markers: a third of the arcs in news), get it without scoring; on
 * held-out dev data that cost 0.1 points of LAS.  A table of
 * GD_LABDICT_SIZE bytes: the label, or 255. */
#define GD_LABDICT_MIN 50
#define GD_LABDICT_PERMIL 980
#define GD_LABDICT_SIZE 580 /* 2 * 17 * 17, in whole words */
static inline size_t gd_labdict_at(int left, int dtag, int htag) { return ((size_t)left * 17 + (size_t)dtag) * 17 + (size_t)htag; }

/* Parses W[0..N) (tags set) with the transition weights T, the label
 * dictionary LD (NULL: none) and the label weights L, setting W[].head
 * (0 = root) and W[].rel.  Returns 0, or -1 when memory ran out. */
int gd_parse(const gd_ptable *t, const unsigned char *ld, const gd_ptable *l, int nlabel, int root, gd_sword *w,
             int n);

/* Rewrites HEAD[1..N] (0 = root) into a projective tree by lifting each
 * non-projective arc to the head's head, shortest arcs first (the
 * pseudo-projective step of Nivre and Nilsson 2005, without label
 * encoding).  Returns how many arcs were lifted. */
int gd_projectivize(int *head, int n);

/* Whether HEAD[1..N] is a projective tree. */
int gd_is_projective(const int *head, int n);

#endif
