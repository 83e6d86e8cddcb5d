/* geordf: arc-hybrid transitions, their features and the dynamic oracle.
 * SPDX-License-Identifier: MIT */
#include "parser.h"
#include "ud.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#define NONE_W 0x6e6f6e65ULL
#define ROOT_W 0x726f6f74ULL

int gd_pstate_init(gd_pstate *s, gd_sword *w, int n, int nlabel, int root) {
  size_t m = (size_t)n + 2;
  uint64_t *sets = malloc(m * (5 * sizeof(uint64_t) + 9 * sizeof(int)));
  if (!sets) return -1;
  memset(sets, 0, m * (5 * sizeof(uint64_t) + 9 * sizeof(int)));
  s->w = w;
  s->n = n;
  s->nlabel = nlabel;
  s->root = root;
  s->lset = sets;
  s->rset = sets + m;
  s->fw = sets + 2 * m;
  s->ft = sets + 3 * m;
  s->fl = sets + 4 * m;
  /* Position 0 stands for no word, n + 1 is the root. */
  s->fw[0] = NONE_W, s->ft[0] = GD_UPOS_COUNT, s->fl[0] = 1000;
  for (int p = 1; p <= n; p++) s->fw[p] = w[p - 1].lw, s->ft[p] = (uint64_t)w[p - 1].upos, s->fl[p] = 1002;
  s->fw[n + 1] = ROOT_W, s->ft[n + 1] = GD_UPOS_COUNT + 1, s->fl[n + 1] = 1001;
  int *a = (int *)(void *)(sets + 5 * m);
  s->mem = a;
  s->stack = a;
  s->head = a + m;
  s->rel = a + 2 * m;
  s->lc1 = a + 3 * m;
  s->lc2 = a + 4 * m;
  s->rc1 = a + 5 * m;
  s->rc2 = a + 6 * m;
  s->nl = a + 7 * m;
  s->nr = a + 8 * m;
  s->sp = 0;
  s->b = 1;
  s->headless = 0;
  return 0;
}

void gd_pstate_free(gd_pstate *s) {
  free(s->lset);
  s->lset = NULL;
}

/* Which transitions S allows, into V[GD_NTRANS]; returns how many. */
static inline int valid_all(const gd_pstate *s, int v[GD_NTRANS]) {
  int s0 = s->sp ? s->stack[s->sp - 1] : 0, final = s->b == s->n + 1, has = s0 && s->head[s0];
  v[GD_SHIFT] = !final;
  v[GD_LEFT] = s0 && !has && (!final || s->headless == 1);
  v[GD_RIGHT] = s0 && (!final || (!has && s->headless >= 2));
  v[GD_REDUCE] = has;
  return v[GD_SHIFT] + v[GD_LEFT] + v[GD_RIGHT] + v[GD_REDUCE];
}

int gd_pstate_valid(const gd_pstate *s, int c) {
  int v[GD_NTRANS];
  valid_all(s, v);
  return c >= 0 && c < GD_NTRANS ? v[c] : 0;
}

void gd_pstate_arc(const gd_pstate *s, int c, int *head, int *dep) {
  int s0 = s->stack[s->sp - 1];
  if (c == GD_LEFT) *head = s->b, *dep = s0;
  else if (s->b <= s->n) *head = s0, *dep = s->b; /* RIGHT: b0 hangs on s0 */
  else *head = s->stack[s->sp - 2], *dep = s0;  /* at the end: s0 on s1 */
}

static void attach(gd_pstate *s, int h, int d, int l) {
  s->head[d] = h;
  s->rel[d] = l;
  s->fl[d] = (uint64_t)l;
  uint64_t bit = 1ULL << (l & 63);
  if (d < h) {
    if (!s->lc1[h] || d < s->lc1[h]) s->lc2[h] = s->lc1[h], s->lc1[h] = d;
    else if (!s->lc2[h] || d < s->lc2[h]) s->lc2[h] = d;
    s->nl[h]++;
    s->lset[h] |= bit;
  } else {
    if (d > s->rc1[h]) s->rc2[h] = s->rc1[h], s->rc1[h] = d;
    else if (d > s->rc2[h]) s->rc2[h] = d;
    s->nr[h]++;
    s->rset[h] |= bit;
  }
}

void gd_pstate_apply(gd_pstate *s, int c, int l) {
  int h, d;
  switch (c) {
  case GD_SHIFT:
    s->stack[s->sp++] = s->b++;
    s->headless++;
    return;
  case GD_REDUCE: s->sp--; return;
  case GD_LEFT:
    gd_pstate_arc(s, c, &h, &d);
    s->sp--;
    s->headless--;
    attach(s, h, d, l);
    return;
  default: /* GD_RIGHT */
    gd_pstate_arc(s, c, &h, &d);
    attach(s, h, d, l);
    if (d == s->b) {
      s->stack[s->sp++] = s->b++;
    } else {
      s->sp--;
      s->headless--;
    }
  }
}

/* ---- features ------------------------------------------------------- */


typedef struct {
  uint64_t w;  /* lower-cased word */
  uint64_t t;  /* tag */
  uint64_t l;  /* label of its arc so far */
} atom;

static atom at(const gd_pstate *s, int p) { return (atom){s->fw[p], s->ft[p], s->fl[p]}; }

/* The last two letters of the word at P (lower case), or 0. */
static uint64_t suf(const gd_pstate *s, int p) { return p >= 1 && p <= s->n ? s->w[p - 1].suf[1] : 0; }

static uint64_t dist(int a, int b) {
  int d = b - a;
  if (a <= 0 || b <= 0) return 0;
  if (d < 0) d = -d;
  return d <= 4 ? (uint64_t)d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

/* The positions and atoms the transition templates read. */
#define PARSE_ATOMS \
  int n = s->n; \
  int s0 = s->sp >= 1 ? s->stack[s->sp - 1] : 0; \
  int s1 = s->sp >= 2 ? s->stack[s->sp - 2] : 0; \
  int s2 = s->sp >= 3 ? s->stack[s->sp - 3] : 0; \
  int b0 = s->b, b1 = b0 + 1 <= n + 1 ? b0 + 1 : 0, b2 = b0 + 2 <= n + 1 ? b0 + 2 : 0; \
  int s0l = s0 ? s->lc1[s0] : 0, s0l2 = s0 ? s->lc2[s0] : 0; \
  int s0r = s0 ? s->rc1[s0] : 0, s0r2 = s0 ? s->rc2[s0] : 0; \
  int b0l = s->lc1[b0], b0l2 = s->lc2[b0]; \
  int s1l = s1 ? s->lc1[s1] : 0, s1r = s1 ? s->rc1[s1] : 0; \
  atom S0 = at(s, s0), S1 = at(s, s1), S2 = at(s, s2), B0 = at(s, b0), B1 = at(s, b1), B2 = at(s, b2); \
  atom S0L = at(s, s0l), S0L2 = at(s, s0l2), S0R = at(s, s0r), S0R2 = at(s, s0r2); \
  atom B0L = at(s, b0l), B0L2 = at(s, b0l2), S1L = at(s, s1l), S1R = at(s, s1r); \
  int s0h = s0 && s->head[s0] <= n ? s->head[s0] : 0; \
  atom S0H = at(s, s0h); \
  uint64_t d01 = dist(s0, b0); \
  uint64_t s0nl = s0 ? (uint64_t)s->nl[s0] : 9; \
  uint64_t b0nl = (uint64_t)s->nl[b0], s1nr = s1 ? (uint64_t)s->nr[s1] : 9; \
  uint64_t s0ls = s0 ? s->lset[s0] : 1, b0ls = s->lset[b0]; \
  uint64_t s1rs = s1 ? s->rset[s1] : 1;

size_t gd_parse_features(const gd_pstate *s, uint64_t *k) {
  PARSE_ATOMS
  /* 64 templates: of an earlier 107, those whose removal alone cost
   * nothing on held-out dev data (a model trained without it) went first,
   * leaving 87; then the 23 whose own weights least often decided a
   * transition on held-out data (mostly word pairs, whose many keys sent
   * lookups to memory).  The rest keep their numbers, and so their keys.
   * Each costs a lookup per transition. */
  size_t i = 0;
#define F(id, a, b, c) k[i++] = gd_fkey(100 + (id), (a), (b), (c))
  F(0, 0, 0, 0);
  /* single positions */
  F(1, S0.w, 0, 0); F(2, S0.t, 0, 0); F(3, S0.w, S0.t, 0);
  F(4, S1.w, 0, 0); F(5, S1.t, 0, 0);
  F(6, B0.t, 0, 0); F(7, B0.w, B0.t, 0);
  F(8, B1.w, 0, 0); F(9, B1.t, 0, 0); F(10, B1.w, B1.t, 0);
  F(11, B2.w, 0, 0); F(12, B2.t, 0, 0);
  /* s0 and b0: the LEFT-ARC pair (s1 and s0, the RIGHT-ARC pair, are in
   * the tag trigrams) */
  F(17, S0.t, B0.w, B0.t);
  F(19, S0.t, B0.t, 0); F(20, B0.t, B1.t, 0); F(21, B0.w, B1.w, 0);
  /* tag trigrams */
  F(27, B0.t, B1.t, B2.t); F(28, S0.t, B0.t, B1.t); F(29, S1.t, S0.t, B0.t); F(30, S2.t, S1.t, S0.t);
  F(31, S0.t, S0L.t, B0.t); F(32, S0.t, B0.t, B0L.t); F(33, S0.t, B0L.t, B0L2.t);
  F(34, S0.t, S0R.t, S0R2.t); F(35, S1.t, S1R.t, S0.t); F(36, S1.t, S1L.t, S0.t);
  F(37, S1.t, S0.t, S0R.t); F(38, S1.t, S0.t, B1.t);
  /* distance */
  F(39, S0.w, d01, 0); F(40, S0.t, d01, 0); F(41, B0.w, d01, 0); F(42, B0.t, d01, 0); F(43, S0.t, B0.t, d01);
  /* valency */
  F(47, S0.t, s0nl, 0); F(49, B0.t, b0nl, 0); F(50, S1.t, s1nr, 0);
  /* children and their labels */
  F(51, S0L.w, 0, 0); F(52, S0L.t, 0, 0); F(53, S0R.w, 0, 0); F(55, S0R.l, 0, 0);
  F(56, S0L2.t, S0L2.l, 0); F(57, S0R2.t, S0R2.l, 0);
  F(58, B0L.w, 0, 0); F(59, B0L.t, 0, 0); F(60, B0L.l, 0, 0); F(61, B0L2.t, B0L2.l, 0);
  F(62, S1R.t, S1R.l, 0);
  F(63, S0.t, S0L.l, S0R.l); F(64, S0.t, S0R.l, S0R2.l); F(65, S0.t, S0L.l, S0L2.l); F(66, B0.t, B0L.l, B0L2.l);
  /* label sets */
  F(68, S0.t, s0ls, 0); F(70, B0.t, b0ls, 0); F(71, S1.t, s1rs, 0);
  /* s0's head and its arc, once it has one */
  F(74, S0.l, 0, 0);
  F(76, S0H.w, S0H.t, B0.t); F(77, (uint64_t)s->headless > 3 ? 3 : (uint64_t)s->headless, S0.l, B0.t);
  /* the word's ending with its tag, for what finer tags would say (a past
   * participle, a gerund) */
  F(78, S0.t, suf(s, s0), 0); F(79, B0.t, suf(s, b0), 0); F(80, S1.t, suf(s, s1), 0);
  F(81, S0.t, suf(s, s0), B0.t);
  /* coordination (a cc hangs on the conjunct after it) and punctuation */
  F(82, S1.t, S0.t, S0L.l);
  F(85, S0.t, B0.w, S0R.l);
#undef F
  assert(i <= GD_PARSE_MAXF);
  return i;
}

/* The keys of gd_parse_features(), grouped by what they depend on: group
 * 1, s0 and what cannot change while s0 is the top of the stack (its word,
 * its head and label, its left children, the words below it and their
 * children: a word gets left children only in the buffer, and only the
 * top of the stack gets right children); group 2, b0 and the words after
 * it; group 0, the rest.  Groups 1 and 2 only when WANT_S0 and WANT_B0,
 * in that order: group 1 is K[0..*N1), group 2 K[*N1..*N2), group 0 the
 * rest.  Same keys (template numbers included) as gd_parse_features(). */
static size_t parse_keys_grouped(const gd_pstate *s, int want_s0, int want_b0, uint64_t *k, size_t *n1, size_t *n2) {
  PARSE_ATOMS
  size_t i = 0;
#define G(id, grp, a, b, c) k[i] = gd_fkey(100 + (id), (a), (b), (c)), i++
  if (want_s0) {
    G(0, 1, 0, 0, 0);
    G(1, 1, S0.w, 0, 0);
    G(2, 1, S0.t, 0, 0);
    G(3, 1, S0.w, S0.t, 0);
    G(4, 1, S1.w, 0, 0);
    G(5, 1, S1.t, 0, 0);
    G(30, 1, S2.t, S1.t, S0.t);
    G(35, 1, S1.t, S1R.t, S0.t);
    G(36, 1, S1.t, S1L.t, S0.t);
    G(47, 1, S0.t, s0nl, 0);
    G(50, 1, S1.t, s1nr, 0);
    G(51, 1, S0L.w, 0, 0);
    G(52, 1, S0L.t, 0, 0);
    G(56, 1, S0L2.t, S0L2.l, 0);
    G(62, 1, S1R.t, S1R.l, 0);
    G(65, 1, S0.t, S0L.l, S0L2.l);
    G(68, 1, S0.t, s0ls, 0);
    G(71, 1, S1.t, s1rs, 0);
    G(74, 1, S0.l, 0, 0);
    G(78, 1, S0.t, suf(s, s0), 0);
    G(80, 1, S1.t, suf(s, s1), 0);
    G(82, 1, S1.t, S0.t, S0L.l);
  }
  *n1 = i;
  if (want_b0) {
    G(6, 2, B0.t, 0, 0);
    G(7, 2, B0.w, B0.t, 0);
    G(8, 2, B1.w, 0, 0);
    G(9, 2, B1.t, 0, 0);
    G(10, 2, B1.w, B1.t, 0);
    G(11, 2, B2.w, 0, 0);
    G(12, 2, B2.t, 0, 0);
    G(20, 2, B0.t, B1.t, 0);
    G(21, 2, B0.w, B1.w, 0);
    G(27, 2, B0.t, B1.t, B2.t);
    G(79, 2, B0.t, suf(s, b0), 0);
  }
  *n2 = i;
  G(17, 0, S0.t, B0.w, B0.t);
  G(19, 0, S0.t, B0.t, 0);
  G(28, 0, S0.t, B0.t, B1.t);
  G(29, 0, S1.t, S0.t, B0.t);
  G(31, 0, S0.t, S0L.t, B0.t);
  G(32, 0, S0.t, B0.t, B0L.t);
  G(33, 0, S0.t, B0L.t, B0L2.t);
  G(34, 0, S0.t, S0R.t, S0R2.t);
  G(37, 0, S1.t, S0.t, S0R.t);
  G(38, 0, S1.t, S0.t, B1.t);
  G(39, 0, S0.w, d01, 0);
  G(40, 0, S0.t, d01, 0);
  G(41, 0, B0.w, d01, 0);
  G(42, 0, B0.t, d01, 0);
  G(43, 0, S0.t, B0.t, d01);
  G(49, 0, B0.t, b0nl, 0);
  G(53, 0, S0R.w, 0, 0);
  G(55, 0, S0R.l, 0, 0);
  G(57, 0, S0R2.t, S0R2.l, 0);
  G(58, 0, B0L.w, 0, 0);
  G(59, 0, B0L.t, 0, 0);
  G(60, 0, B0L.l, 0, 0);
  G(61, 0, B0L2.t, B0L2.l, 0);
  G(63, 0, S0.t, S0L.l, S0R.l);
  G(64, 0, S0.t, S0R.l, S0R2.l);
  G(66, 0, B0.t, B0L.l, B0L2.l);
  G(70, 0, B0.t, b0ls, 0);
  G(76, 0, S0H.w, S0H.t, B0.t);
  G(77, 0, (uint64_t)s->headless > 3 ? 3 : (uint64_t)s->headless, S0.l, B0.t);
  G(81, 0, S0.t, suf(s, s0), B0.t);
  G(85, 0, S0.t, B0.w, S0R.l);
#undef G
  assert(i <= GD_PARSE_MAXF);
  return i;
}

size_t gd_label_features(const gd_pstate *s, int h, int d, uint64_t *k) {
  int n = s->n;
  atom H = at(s, h), D = at(s, d);
  atom Hm = at(s, h - 1 >= 1 && h <= n ? h - 1 : 0), Hp = at(s, h + 1 <= n && h <= n ? h + 1 : 0);
  atom Dm = at(s, d - 1), Dp = at(s, d + 1 <= n ? d + 1 : 0);
  atom DL = at(s, s->lc1[d]), DR = at(s, s->rc1[d]), DL2 = at(s, s->lc2[d]);
  uint64_t dir = d < h, dd = dist(h <= n ? h : 0, d);
  uint64_t hside = dir ? s->lset[h] : s->rset[h];
  int hkid = dir ? s->lc1[h] : s->rc1[h];
  atom HK = at(s, hkid);
  /* Pruned as the transitions' templates were: 28 of 34, then 24 (the
   * head's and the dependent's word pairs with the other's tag, and two of
   * the dependent's word with its children's labels). */
  size_t i = 0;
#define F(id, a, b, c) k[i++] = gd_fkey(300 + (id), (a), (b), (c))
  F(0, dir, 0, 0);
  F(1, H.w, dir, 0); F(2, H.t, dir, 0); F(3, D.w, dir, 0); F(4, D.t, dir, 0);
  F(7, H.t, D.t, dd);
  F(8, D.t, DL.t, DR.t); F(9, D.t, DL.l, DR.l); F(11, D.w, DR.l, 0); F(12, D.t, DL2.l, DL.l);
  F(13, D.t, s->lset[d], 0); F(14, D.t, s->rset[d], 0);
  F(16, H.t, hside, dir); F(17, H.t, HK.l, dir); F(18, H.w, HK.l, dir);
  F(19, H.t, D.t, Dm.t); F(20, H.t, D.t, Dp.t); F(21, H.t, Hm.t, D.t); F(22, H.t, Hp.t, D.t);
  F(23, Dm.w, D.t, 0); F(24, D.t, (uint64_t)s->nl[d], (uint64_t)s->nr[d]);
  F(25, DL.w, D.t, H.t); F(26, DL.w, DL.t, dir);
  F(27, d <= n ? s->w[d - 1].suf[2] : 0, D.t, dir);
#undef F
  assert(i <= GD_LABEL_MAXF);
  return i;
}

int gd_best_label(const gd_pstate *s, int head, const int32_t *sc) {
  if (head == s->n + 1) return s->root;
  int best = s->root == 0 ? 1 : 0;
  for (int l = best + 1; l < s->nlabel; l++)
    if (l != s->root && sc[l] > sc[best]) best = l;
  return best;
}

/* ---- the dynamic oracle ------------------------------------------------ */

void gd_parse_costs(const gd_pstate *s, const int *gh, int cost[GD_NTRANS]) {
  int s0 = s->sp >= 1 ? s->stack[s->sp - 1] : 0;
  int s1 = s->sp >= 2 ? s->stack[s->sp - 2] : 0;
  int b0 = s->b, n = s->n;
  for (int c = 0; c < GD_NTRANS; c++) cost[c] = gd_pstate_valid(s, c) ? 0 : -1;
  if (b0 == n + 1) { /* only the root is left in the buffer */
    if (cost[GD_LEFT] == 0) cost[GD_LEFT] = gh[s0] != n + 1;
    if (cost[GD_RIGHT] == 0) cost[GD_RIGHT] = gh[s0] != s1;
    return;
  }
  /* Gold arcs lost, counting only those still reachable: a word on the
   * stack can still get a head only if it has none, and only from the
   * buffer; it can get dependents only from the buffer. */
  int kids_s0 = 0;
  if (s0)
    for (int d = b0; d <= n; d++) kids_s0 += gh[d] == s0;
  int b0_kids_in_s = 0, b0_head_in_s = 0;
  for (int j = 0; j < s->sp; j++) {
    int k = s->stack[j];
    b0_kids_in_s += !s->head[k] && gh[k] == b0;
    b0_head_in_s += gh[b0] == k;
  }
  if (cost[GD_SHIFT] == 0) cost[GD_SHIFT] = b0_kids_in_s + b0_head_in_s;
  if (cost[GD_REDUCE] == 0) cost[GD_REDUCE] = kids_s0;
  if (cost[GD_LEFT] == 0) cost[GD_LEFT] = kids_s0 + (gh[s0] != b0 && gh[s0] > b0);
  if (cost[GD_RIGHT] == 0)
    cost[GD_RIGHT] = b0_kids_in_s + (gh[b0] != s0 && (gh[b0] > b0 || b0_head_in_s));
}

int gd_parse(const gd_ptable *t, const unsigned char *ld, const gd_ptable *lt, int nlabel, int root, gd_sword *w,
             int n) {
  gd_pstate s;
  uint64_t keys[GD_PARSE_MAXF], lkeys[GD_LABEL_MAXF];
  int32_t lsc[256];
  gd_plookup tl, ll;
  if (nlabel > 256 || (int)lt->nclass != nlabel || t->nclass != GD_NTRANS || t->stride != 2)
    return -1;
  /* The sums of the s0 and b0 groups of templates (parse_keys_grouped()),
   * per position, once known: s0's stays right as long as the word is on
   * the stack (it is pushed once), b0's for good.  Half the transitions
   * reuse one or both. */
  int32_t (*sum)[2][4] = malloc(((size_t)n + 2) * sizeof *sum);
  unsigned char *known = calloc((size_t)n + 2, 1);
  if (!sum || !known || gd_pstate_init(&s, w, n, nlabel, root)) {
    free(sum);
    free(known);
    return -1;
  }
  while (!gd_pstate_done(&s)) {
    int32_t sc[GD_NTRANS] = {0};
    int best = -1, valid[GD_NTRANS], nvalid = valid_all(&s, valid), guess = -1, ah = 0, ad = 0;
    size_t nlk = 0;
    if (nvalid > 1) { /* nothing to choose (an empty stack): no scoring */
      int s0 = s.stack[s.sp - 1], b0 = s.b; /* (a choice needs a stack) */
      int want_s0 = !(known[s0] & 1), want_b0 = !(known[b0] & 2);
      int32_t x[3][4] = {{0}};
      size_t n1, n2, nk = parse_keys_grouped(&s, want_s0, want_b0, keys, &n1, &n2);
      gd_ptable_score4g_begin(t, keys, n1, n2, nk, x, &tl);
      /* While the cold part's slots come from memory: the transition the
       * hot part's weights choose is nearly always the one chosen, so its
       * arc's label lookups (whose own cold slots would be waited for
       * after) start now. */
      for (int c = 1; c < GD_NTRANS; c++)
        sc[c] = x[0][c] + (want_s0 ? x[1][c] : sum[s0][0][c]) + (want_b0 ? x[2][c] : sum[b0][1][c]);
      for (int c = 0; c < GD_NTRANS; c++)
        if ((guess < 0 || sc[c] > sc[guess]) && valid[c]) guess = c;
      if ((guess == GD_LEFT || guess == GD_RIGHT) && ld) {
        gd_pstate_arc(&s, guess, &ah, &ad);
        if (ah != n + 1 && ld[gd_labdict_at(ad < ah, w[ad - 1].upos, w[ah - 1].upos)] == 255) {
          nlk = gd_label_features(&s, ah, ad, lkeys);
          gd_ptable_score_begin(lt, lkeys, nlk, &ll);
        }
      }
      gd_ptable_score4g_end(keys, &tl, x);
      if (want_s0) memcpy(sum[s0][0], x[1], sizeof x[1]), known[s0] |= 1;
      if (want_b0) memcpy(sum[b0][1], x[2], sizeof x[2]), known[b0] |= 2;
      for (int c = 1; c < GD_NTRANS; c++) sc[c] = x[0][c] + sum[s0][0][c] + sum[b0][1][c];
    }
    for (int c = 0; c < GD_NTRANS; c++)
      if ((best < 0 || sc[c] > sc[best]) && valid[c]) best = c;
    int l = 0;
    if (best == GD_LEFT || best == GD_RIGHT) {
      int h, d;
      gd_pstate_arc(&s, best, &h, &d);
      l = h == n + 1 || !ld ? 255 : ld[gd_labdict_at(d < h, w[d - 1].upos, w[h - 1].upos)];
      if (l == 255) {
        memset(lsc, 0, (size_t)GD_SCORES(nlabel) * sizeof lsc[0]);
        if (nlk && best == guess) {
          gd_ptable_score_end(lt, lkeys, &ll, lsc);
        } else if (h != n + 1) {
          size_t nk = gd_label_features(&s, h, d, keys);
          gd_ptable_score(lt, keys, nk, lsc);
        }
        l = gd_best_label(&s, h, lsc);
      }
    }
    gd_pstate_apply(&s, best, l);
  }
  for (int p = 1; p <= n; p++) {
    w[p - 1].head = s.head[p] == n + 1 ? 0 : s.head[p];
    w[p - 1].rel = s.rel[p];
  }
  gd_pstate_free(&s);
  free(sum);
  free(known);
  return 0;
}

/* ---- projectivity -------------------------------------------------------- */

/* Whether the arc into D (head HEAD[D]) covers only D's head's descendants. */
static int arc_projective(const int *head, int n, int d) {
  int h = head[d], lo = h < d ? h : d, hi = h < d ? d : h;
  if (h == 0) return 1;
  for (int k = lo + 1; k < hi; k++) {
    int a = k, steps = 0;
    while (a != h && a != 0 && steps++ <= n) a = head[a];
    if (a != h) return 0;
  }
  return 1;
}

int gd_is_projective(const int *head, int n) {
  for (int d = 1; d <= n; d++)
    if (!arc_projective(head, n, d)) return 0;
  return 1;
}

int gd_projectivize(int *head, int n) {
  int lifts = 0;
  for (int guard = 0; guard < n * n + 1; guard++) {
    int best = 0, span = 0;
    for (int d = 1; d <= n; d++) {
      if (arc_projective(head, n, d)) continue;
      int sp = head[d] > d ? head[d] - d : d - head[d];
      if (!best || sp < span) best = d, span = sp;
    }
    if (!best) break;
    head[best] = head[head[best]];
    lifts++;
  }
  return lifts;
}
