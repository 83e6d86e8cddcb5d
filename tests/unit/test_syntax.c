/* geordf: unit tests for the syntax layer: the transition system and its
 * oracle, features, the model file, token mapping and the public parser.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conllu.h"
#include "deps.h"
#include "geordf/geordf.h"
#include "parser.h"
#include "percep.h"
#include "synmodel.h"
#include "syntax.h"
#include "tagger.h"
#include "testutil.h"
#include "token.h"
#include "ud.h"

static const char *builddir(void) {
  const char *d = getenv("abs_top_builddir");
  return d && *d ? d : ".";
}

static char *path_in_build(const char *rel) {
  static char p[4096];
  snprintf(p, sizeof p, "%s/%s", builddir(), rel);
  return p;
}

/* ---- transitions and the oracle ---------------------------------------- */

/* Runs the static oracle (always a zero-cost transition, with the gold
 * label) on a projective tree HEAD/REL (1-based, 0 = root); returns
 * whether the final tree is exactly the gold one. */
static int oracle_reproduces(const int *head, const int *rel, int n, int nlabel, int root) {
  if (n < 1) return 1;
  gd_sword *w = calloc((size_t)n, sizeof *w);
  int *gh = calloc((size_t)n + 2, sizeof *gh), ok = 1;
  ck_assert(w && gh);
  for (int p = 1; p <= n; p++) gh[p] = head[p] ? head[p] : n + 1;
  gd_pstate s;
  ck_assert_int_eq(gd_pstate_init(&s, w, n, nlabel, root), 0);
  int steps = 0;
  while (!gd_pstate_done(&s)) {
    int cost[GD_NTRANS], c = 0;
    gd_parse_costs(&s, gh, cost);
    while (c < GD_NTRANS && cost[c] != 0) c++;
    if (c == GD_NTRANS) {
      ok = 0;
      break;
    }
    int l = 0;
    if (c == GD_LEFT || c == GD_RIGHT) {
      int h, d;
      gd_pstate_arc(&s, c, &h, &d);
      l = rel[d];
    }
    gd_pstate_apply(&s, c, l);
    ck_assert_int_le(++steps, 2 * n);
  }
  for (int p = 1; ok && p <= n; p++) ok = s.head[p] == gh[p] && s.rel[p] == rel[p];
  gd_pstate_free(&s);
  free(w);
  free(gh);
  return ok;
}

START_TEST(oracle_on_training_trees) {
  gd_treebank tb;
  const char *path = path_in_build("data/train.conllu");
  ck_assert_msg(gd_treebank_read(&tb, path) == 0, "%s", tb.error);
  ck_assert_uint_gt(tb.nsent, 10000);
  size_t nonproj = 0;
  for (size_t i = 0; i < tb.nsent; i++) {
    const gd_csent *cs = &tb.sent[i];
    int n = (int)cs->n, *head = calloc(cs->n + 2, sizeof *head), *orig = calloc(cs->n + 2, sizeof *orig),
        *rel = calloc(cs->n + 2, sizeof *rel);
    ck_assert(head && orig && rel);
    for (int p = 1; p <= n; p++) {
      orig[p] = head[p] = tb.word[cs->w + (size_t)p - 1].head;
      rel[p] = p % 7; /* any labels: the oracle must carry them through */
    }
    int proj = gd_is_projective(head, n);
    int lifted = gd_projectivize(head, n);
    ck_assert_int_eq(lifted == 0, proj);
    ck_assert(gd_is_projective(head, n));
    if (!proj) {
      nonproj++;
      /* A lifted word hangs from an ancestor of its gold head. */
      for (int p = 1; p <= n; p++) {
        if (head[p] == orig[p]) continue;
        int a = orig[p], steps = 0;
        while (a && a != head[p] && steps++ <= n) a = orig[a];
        ck_assert_int_eq(a, head[p]);
      }
    }
    ck_assert_msg(oracle_reproduces(head, rel, n, 7, 0), "sentence at %s:%lu", path, cs->line);
    free(head);
    free(orig);
    free(rel);
  }
  /* The treebank has some non-projective trees, and not many. */
  ck_assert_uint_gt(nonproj, 0);
  ck_assert_uint_lt(nonproj, tb.nsent / 20);
  gd_treebank_free(&tb);
}
END_TEST

START_TEST(projectivize_lifts_crossing_arc) {
  /* 1 <- root, 2 <- 1, 3 <- 1, 4 <- 2: the arc 2 -> 4 crosses over 3. */
  int head[6] = {0, 0, 1, 1, 2, 0};
  ck_assert(!gd_is_projective(head, 4));
  ck_assert_int_eq(gd_projectivize(head, 4), 1);
  ck_assert_int_eq(head[4], 1);
  ck_assert(gd_is_projective(head, 4));
}
END_TEST

START_TEST(transitions_keep_one_root) {
  gd_sword w[3] = {{0}};
  gd_pstate s;
  ck_assert_int_eq(gd_pstate_init(&s, w, 3, 4, 2), 0);
  ck_assert(gd_pstate_valid(&s, GD_SHIFT));
  ck_assert(!gd_pstate_valid(&s, GD_LEFT));
  ck_assert(!gd_pstate_valid(&s, GD_RIGHT));
  ck_assert(!gd_pstate_valid(&s, GD_REDUCE));
  gd_pstate_apply(&s, GD_SHIFT, 0);
  gd_pstate_apply(&s, GD_RIGHT, 1); /* 1 -> 2, and 2 goes on the stack */
  ck_assert_int_eq(s.head[2], 1);
  ck_assert(gd_pstate_valid(&s, GD_REDUCE));
  ck_assert(!gd_pstate_valid(&s, GD_LEFT)); /* 2 has its head */
  gd_pstate_apply(&s, GD_SHIFT, 0);
  /* Only the root is left in the buffer: two words have no head, so the
   * top one goes to the word below it, not to the root. */
  ck_assert(!gd_pstate_valid(&s, GD_SHIFT));
  ck_assert(!gd_pstate_valid(&s, GD_LEFT));
  ck_assert(gd_pstate_valid(&s, GD_RIGHT));
  gd_pstate_apply(&s, GD_RIGHT, 1);
  ck_assert_int_eq(s.head[3], 2);
  ck_assert(gd_pstate_valid(&s, GD_REDUCE));
  gd_pstate_apply(&s, GD_REDUCE, 0);
  ck_assert(gd_pstate_valid(&s, GD_LEFT)); /* the last headless word */
  ck_assert(!gd_pstate_valid(&s, GD_RIGHT));
  gd_pstate_apply(&s, GD_LEFT, 2);
  ck_assert(gd_pstate_done(&s));
  ck_assert_int_eq(s.head[1], 4);
  ck_assert_int_eq(s.rel[1], 2);
  gd_pstate_free(&s);
}
END_TEST

/* ---- features ----------------------------------------------------------- */

static void prepare(gd_sword *w, const char *const *forms, size_t n) {
  for (size_t i = 0; i < n; i++) {
    gd_sword_prepare(&w[i], forms[i], strlen(forms[i]));
    w[i].upos = GD_UPOS_NOUN;
  }
}

static int has_key(const uint64_t *k, size_t n, uint64_t key) {
  for (size_t i = 0; i < n; i++)
    if (k[i] == key) return 1;
  return 0;
}

START_TEST(word_hashes) {
  gd_sword a, b, c;
  gd_sword_prepare(&a, "Ankara", 6);
  gd_sword_prepare(&b, "ANKARA", 6);
  gd_sword_prepare(&c, "ankara", 6);
  ck_assert(a.lw == b.lw && b.lw == c.lw);
  ck_assert(a.cw != c.cw);
  ck_assert(a.shape != b.shape && a.shape != c.shape);
  ck_assert(a.flags & GD_SW_UPPER);
  ck_assert(b.flags & GD_SW_ALLUPPER);
  ck_assert(!(c.flags & GD_SW_UPPER));
  gd_sword d, e;
  gd_sword_prepare(&d, "1,200", 5);
  gd_sword_prepare(&e, "7,351", 5);
  ck_assert(d.shape == e.shape); /* digits look alike */
  ck_assert(d.flags & GD_SW_DIGIT);
}
END_TEST

START_TEST(tagger_features_see_context) {
  const char *s1[] = {"they", "sold", "jets"}, *s2[] = {"they", "sold", "tanks"};
  gd_sword w1[3], w2[3];
  prepare(w1, s1, 3);
  prepare(w2, s2, 3);
  uint64_t k1[GD_TAG_MAXF], k2[GD_TAG_MAXF], k3[GD_TAG_MAXF];
  size_t n1 = gd_tag_features(w1, 3, 1, GD_UPOS_PRON, GD_UPOS_COUNT, NULL, k1);
  size_t n2 = gd_tag_features(w2, 3, 1, GD_UPOS_PRON, GD_UPOS_COUNT, NULL, k2);
  ck_assert_uint_eq(n1, n2);
  ck_assert_uint_le(n1, GD_TAG_MAXF);
  size_t same = 0;
  for (size_t i = 0; i < n1; i++) same += k1[i] == k2[i];
  /* Only the features that look at the next word differ. */
  ck_assert_uint_lt(same, n1);
  ck_assert_uint_gt(same, n1 / 2);
  /* The second pass adds features of the first pass's tags. */
  int right[3] = {GD_UPOS_PRON, GD_UPOS_VERB, GD_UPOS_NOUN};
  size_t n3 = gd_tag_features(w1, 3, 1, GD_UPOS_PRON, GD_UPOS_COUNT, right, k3);
  ck_assert_uint_gt(n3, n1);
  ck_assert_uint_le(n3, GD_TAG_MAXF);
  for (size_t i = 0; i < n1; i++) ck_assert(has_key(k3, n3, k1[i]));
}
END_TEST

START_TEST(parser_features_follow_configuration) {
  const char *s[] = {"Russia", "sold", "jets", "to", "India"};
  gd_sword w[5];
  prepare(w, s, 5);
  gd_pstate st;
  ck_assert_int_eq(gd_pstate_init(&st, w, 5, 4, 0), 0);
  uint64_t k0[GD_PARSE_MAXF], k1[GD_PARSE_MAXF], k2[GD_PARSE_MAXF];
  size_t n0 = gd_parse_features(&st, k0);
  gd_pstate_apply(&st, GD_SHIFT, 0);
  size_t n1 = gd_parse_features(&st, k1);
  ck_assert_uint_eq(n0, n1);
  ck_assert_uint_le(n0, GD_PARSE_MAXF);
  ck_assert(k0[0] == k1[0]); /* the bias */
  size_t diff = 0;
  for (size_t i = 0; i < n0; i++) diff += k0[i] != k1[i];
  ck_assert_uint_gt(diff, n0 / 2);
  /* The same configuration gives the same keys. */
  size_t n2 = gd_parse_features(&st, k2);
  ck_assert_uint_eq(n1, n2);
  ck_assert(!memcmp(k1, k2, n1 * sizeof k1[0]));
  /* A label feature set that knows the arc's direction. */
  uint64_t l1[GD_LABEL_MAXF], l2[GD_LABEL_MAXF];
  gd_pstate_apply(&st, GD_SHIFT, 0);
  size_t m1 = gd_label_features(&st, 3, 2, l1), m2 = gd_label_features(&st, 1, 2, l2);
  ck_assert_uint_eq(m1, m2);
  ck_assert_uint_le(m1, GD_LABEL_MAXF);
  ck_assert(l1[0] != l2[0]);
  gd_pstate_free(&st);
}
END_TEST

/* ---- the model file -------------------------------------------------------- */

static unsigned char *model_bytes(size_t *len) {
  FILE *f = fopen(path_in_build("data/geordf-en.model"), "rb");
  ck_assert_msg(f != NULL, "no model in the build tree");
  fseek(f, 0, SEEK_END);
  *len = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *p = malloc(*len);
  ck_assert(p && fread(p, 1, *len, f) == *len);
  fclose(f);
  return p;
}

/* A table frozen with every feature in its hot part (full rows) and the
 * same table with nearly all of them in its sparse cold part score every
 * key alike: the sparse slots, the wide rows (features with more weights
 * than a slot holds) and the filter lose nothing. */
START_TEST(sparse_cold_part_scores_as_full_rows) {
  const uint32_t nclass = 51;
  gd_ptrain *t = gd_ptrain_new(nclass);
  ck_assert_ptr_nonnull(t);
  uint64_t rng = 42, keys[600];
  for (size_t i = 0; i < 600; i++) keys[i] = gd_fmix(i + 1);
  /* Most features see a few classes, one in ten many (wide rows). */
  for (int round = 0; round < 20000; round++) {
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    size_t i = (size_t)(rng >> 33) % 600;
    uint32_t spread = i % 10 == 0 ? nclass : 3;
    uint32_t good = (uint32_t)((rng >> 17) % spread + i) % nclass, bad = (uint32_t)((rng >> 7) % spread + i + 1) % nclass;
    ck_assert_int_eq(gd_ptrain_update(t, &keys[i], 1, good, bad), 0);
    gd_ptrain_score(t, &keys[i], 1, (int32_t[256]){0});
    gd_ptrain_tick(t);
  }
  size_t la, lb;
  unsigned char *a = gd_ptrain_freeze(t, 1, 1u << 24, 8, &la), *b = gd_ptrain_freeze(t, 1, 256, 8, &lb);
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_nonnull(b);
  gd_ptable ta, tb;
  ck_assert_int_eq(gd_ptable_view(&ta, a, la), 0);
  ck_assert_int_eq(gd_ptable_view(&tb, b, lb), 0);
  ck_assert_uint_eq(tb.ccap, 9);
  ck_assert_uint_gt(tb.nwide, 20);
  ck_assert_uint_le(tb.hot.nslot, 16); /* (room for no feature at all) */
  for (size_t i = 0; i < 605; i += 5) {
    uint64_t k[5];
    for (int j = 0; j < 5; j++) k[j] = i + j < 600 ? keys[i + j] : gd_fmix(100000 + i + j); /* absent ones too */
    int32_t sa[GD_SCORES(51)] = {0}, sb[GD_SCORES(51)] = {0};
    gd_ptable_score(&ta, k, 5, sa);
    gd_ptable_score(&tb, k, 5, sb);
    for (uint32_t c = 0; c < nclass; c++) ck_assert_int_eq(sa[c], sb[c]);
  }
  /* Damaged sparse slots (a count or class past the end, a wide row past
   * the last) add less, never outside the scores. */
  for (size_t s = 0; s < tb.cold.nslot; s++) {
    uint32_t *slot = (uint32_t *)(uintptr_t)(tb.cold.slot + s * tb.cstride);
    if (!slot[0]) continue;
    if ((slot[1] & 0xffu) == GD_WIDE) slot[2] = 0xfffffff0u;
    else memset((unsigned char *)(slot + 1), 0xfe, 1 + tb.ccap);
  }
  for (size_t i = 0; i < 600; i++) {
    int32_t sb[GD_SCORES(51)] = {0};
    gd_ptable_score(&tb, &keys[i], 1, sb);
  }
  free(a);
  free(b);
  gd_ptrain_free(t);
}
END_TEST

/* The transitions' scores of KEYS[0..N) the plain way, each key looked
 * up in the hot part and then in the cold part (no filter, no groups). */
static void plain_score4(const gd_ptable *t, const uint64_t *keys, size_t n, int32_t x[4]) {
  for (size_t k = 0; k < n; k++) {
    const uint32_t *s = gd_pslots_probe16(gd_pslots_home(&t->hot, 2, keys[k]), gd_fingerprint16(keys[k]));
    if (!s) s = gd_pslots_probe16(gd_pslots_home(&t->cold, 2, keys[k]), gd_fingerprint16(keys[k]));
    if (s) gd_slot_add4(s, x);
  }
}

/* The parse gd_parse() must give, the plain way: all the templates scored
 * at every transition, and an arc's label scored once the transition is
 * chosen (gd_parse() reuses sums and starts the label's lookups before the
 * transition is sure).  Heads and labels into HEAD and REL (1-based). */
static void plain_parse(const gd_synmodel *m, gd_sword *w, int n, int *head, int *rel) {
  gd_pstate s;
  uint64_t keys[GD_PARSE_MAXF];
  ck_assert_int_eq(gd_pstate_init(&s, w, n, m->nlabel, m->root), 0);
  while (!gd_pstate_done(&s)) {
    int32_t x[4] = {0}, lsc[256] = {0};
    int best = -1, l = 0;
    plain_score4(&m->parse, keys, gd_parse_features(&s, keys), x);
    for (int c = 0; c < GD_NTRANS; c++)
      if (gd_pstate_valid(&s, c) && (best < 0 || x[c] > x[best])) best = c;
    if (best == GD_LEFT || best == GD_RIGHT) {
      int h, d;
      gd_pstate_arc(&s, best, &h, &d);
      l = h == n + 1 ? 255 : m->labdict[gd_labdict_at(d < h, w[d - 1].upos, w[h - 1].upos)];
      if (l == 255) {
        if (h != n + 1) gd_ptable_score(&m->label_tab, keys, gd_label_features(&s, h, d, keys), lsc);
        l = gd_best_label(&s, h, lsc);
      }
    }
    gd_pstate_apply(&s, best, l);
  }
  for (int p = 1; p <= n; p++) head[p] = s.head[p] == n + 1 ? 0 : s.head[p], rel[p] = s.rel[p];
  gd_pstate_free(&s);
}

/* gd_parse() gives the plain parse's trees, labels included, on
 * treebank sentences with their gold tags: among thousands of arcs are
 * some whose transition the hot part's weights alone did not choose, and
 * whose label gd_parse() must then look up again. */
START_TEST(parse_is_the_plain_parse) {
  gd_synmodel m;
  ck_assert_msg(gd_synmodel_open(&m, path_in_build("data/geordf-en.model")) == 0, "%s", m.error);
  gd_treebank tb;
  ck_assert_msg(gd_treebank_read(&tb, path_in_build("data/train.conllu")) == 0, "%s", tb.error);
  size_t arcs = 0;
  for (size_t i = 0; i < tb.nsent && i < 3000; i++) {
    const gd_csent *cs = &tb.sent[i];
    int n = (int)cs->n, *head = calloc(cs->n + 2, sizeof *head), *rel = calloc(cs->n + 2, sizeof *rel);
    gd_sword *w = calloc(cs->n + 1, sizeof *w);
    ck_assert(head && rel && w);
    for (int p = 0; p < n; p++) {
      const gd_cword *c = &tb.word[cs->w + (size_t)p];
      gd_sword_prepare(&w[p], c->form, strlen(c->form));
      w[p].upos = c->upos;
    }
    plain_parse(&m, w, n, head, rel);
    ck_assert_int_eq(gd_syntax_parse(&m, w, cs->n), 0);
    for (int p = 1; p <= n; p++) {
      ck_assert_msg(w[p - 1].head == head[p] && w[p - 1].rel == rel[p], "word %d of the sentence at line %lu", p,
                    cs->line);
      arcs++;
    }
    free(head);
    free(rel);
    free(w);
  }
  ck_assert_uint_gt(arcs, 40000);
  gd_treebank_free(&tb);
  gd_synmodel_close(&m);
}
END_TEST

/* The tag cache gives the tags of a full lookup: with the geordf size, with
 * one slot a pass (every new word type evicts the last), and after its
 * model is opened again (a new serial empties it). */
START_TEST(tagcache_gives_the_same_tags) {
  gd_synmodel m;
  ck_assert_msg(gd_synmodel_open(&m, path_in_build("data/geordf-en.model")) == 0, "%s", m.error);
  gd_treebank tb;
  ck_assert_msg(gd_treebank_read(&tb, path_in_build("data/train.conllu")) == 0, "%s", tb.error);
  gd_tagcache *big = gd_tagcache_new(GD_TAGCACHE_SLOTS), *one = gd_tagcache_new(1);
  ck_assert(big && one);
  size_t words = 0;
  for (int round = 0; round < 2; round++) {
    for (size_t i = 0; i < tb.nsent && i < 3000; i++) {
      const gd_csent *cs = &tb.sent[i];
      gd_sword *w = calloc(cs->n, sizeof *w);
      int *plain = calloc(cs->n, sizeof *plain);
      ck_assert(w && plain);
      for (size_t p = 0; p < cs->n; p++) {
        const gd_cword *c = &tb.word[cs->w + p];
        gd_sword_prepare(&w[p], c->form, strlen(c->form));
      }
      ck_assert_int_eq(gd_syntax_tag(&m, NULL, w, cs->n), 0);
      for (size_t p = 0; p < cs->n; p++) plain[p] = w[p].upos;
      gd_tagcache *c[] = {big, one};
      for (int k = 0; k < 2; k++) {
        for (size_t p = 0; p < cs->n; p++) w[p].upos = -1;
        ck_assert_int_eq(gd_syntax_tag(&m, c[k], w, cs->n), 0);
        for (size_t p = 0; p < cs->n; p++)
          ck_assert_msg(w[p].upos == plain[p], "word %zu of the sentence at line %lu, cache %d", p + 1, cs->line, k);
      }
      words += cs->n;
      free(w);
      free(plain);
    }
    gd_synmodel_close(&m);
    ck_assert_msg(gd_synmodel_open(&m, path_in_build("data/geordf-en.model")) == 0, "%s", m.error);
  }
  ck_assert_uint_gt(words, 80000);
  gd_tagcache_free(big);
  gd_tagcache_free(one);
  gd_treebank_free(&tb);
  gd_synmodel_close(&m);
}
END_TEST

/* gd_deps_lemma() remembers a word's lemma per sentence: what it gives
 * again is what the model gives, for the room asked for (a cut lemma) and
 * for a tag changed after the parse, and a new sentence forgets the last
 * one's. */
START_TEST(deps_lemma_memo) {
  gd_synmodel m;
  ck_assert_msg(gd_synmodel_open(&m, path_in_build("data/geordf-en.model")) == 0, "%s", m.error);
  unsigned char relmap[GD_MAX_LABELS];
  gd_deps_relmap(&m, relmap);
  gd_deps d;
  gd_deps_init(&d, &m, relmap);
  static const char *const texts[] = {"The ministers were meeting and signed the agreements.",
                                      "Russia sold missiles to Turkey."};
  for (int s = 0; s < 2; s++) {
    gd_tokens *t = gd_tokenize(texts[s], strlen(texts[s]));
    ck_assert(t && t->nsent == 1);
    ck_assert_int_eq(gd_deps_parse(&d, t, texts[s], 0, t->ntok, NULL), 0);
    for (int w = 0; w < (int)d.n; w++) {
      const char *form = texts[s] + d.w[w].b;
      size_t len = d.w[w].e - d.w[w].b;
      static const size_t caps[] = {64, 64, 4, 64, 2};
      for (int k = 0; k < 5; k++) {
        char want[64], got[64];
        size_t wn = gd_syntax_lemma(&m, form, len, d.w[w].upos, want, caps[k]);
        ck_assert_uint_eq(gd_deps_lemma(&d, w, got, caps[k]), wn);
        ck_assert_str_eq(got, want);
      }
      unsigned char upos = d.w[w].upos;
      d.w[w].upos = GD_UPOS_VERB;
      char want[64], got[64];
      gd_syntax_lemma(&m, form, len, GD_UPOS_VERB, want, 64);
      gd_deps_lemma(&d, w, got, 64);
      ck_assert_str_eq(got, want);
      d.w[w].upos = upos;
    }
    char got[64];
    gd_deps_lemma(&d, s ? 2 : 3, got, 64);
    ck_assert_str_eq(got, s ? "missile" : "meet");
    gd_tokens_free(t);
  }
  gd_deps_free(&d);
  gd_synmodel_close(&m);
}
END_TEST

START_TEST(model_loads) {
  gd_synmodel m;
  ck_assert_msg(gd_synmodel_open(&m, path_in_build("data/geordf-en.model")) == 0, "%s", m.error);
  ck_assert_int_gt(m.nlabel, 30);
  ck_assert_str_eq(m.label[m.root], "root");
  ck_assert_uint_eq(m.tag.nclass, GD_UPOS_COUNT);
  ck_assert_uint_eq(m.parse.nclass, GD_NTRANS);
  gd_synmodel_close(&m);
}
END_TEST

START_TEST(model_damage_is_refused) {
  size_t len;
  unsigned char *p = model_bytes(&len);
  gd_synmodel m;
  /* Truncated anywhere. */
  size_t cuts[] = {0, 4, 11, 64, len / 2, len - 8, len - 4};
  for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
    ck_assert_int_eq(gd_synmodel_view(&m, p, cuts[i], "cut.model"), -1);
    ck_assert_msg(strstr(m.error, "cut.model: ") == m.error, "%s", m.error);
    ck_assert_msg(strstr(m.error, "geordf-train"), "%s", m.error);
  }
  /* One byte changed in the weights. */
  p[len / 3] ^= 0x40;
  ck_assert_int_eq(gd_synmodel_view(&m, p, len, "flip.model"), -1);
  ck_assert_msg(strstr(m.error, "checksum"), "%s", m.error);
  /* Opening a file checks its structure, not the checksum, until asked. */
  char tmp[] = "/tmp/geordf-flip-XXXXXX";
  int fd = mkstemp(tmp);
  ck_assert(fd >= 0);
  ck_assert(write(fd, p, len) == (ssize_t)len);
  close(fd);
  ck_assert_msg(gd_synmodel_open(&m, tmp) == 0, "%s", m.error);
  ck_assert_int_eq(gd_synmodel_verify(&m, "flip.model"), -1);
  ck_assert_msg(strstr(m.error, "checksum"), "%s", m.error);
  gd_synmodel_close(&m);
  gd_synmodel_set_verify(1);
  ck_assert_int_eq(gd_synmodel_open(&m, tmp), -1);
  ck_assert_msg(strstr(m.error, "checksum"), "%s", m.error);
  gd_synmodel_close(&m);
  gd_synmodel_set_verify(0);
  unlink(tmp);
  p[len / 3] ^= 0x40;
  ck_assert_int_eq(gd_synmodel_view(&m, p, len, "good.model"), 0);
  /* Another file altogether. */
  memcpy(p, "@prefix ", 8);
  ck_assert_int_eq(gd_synmodel_view(&m, p, len, "lexicon.ttl"), -1);
  ck_assert_msg(strstr(m.error, "not a geordf model"), "%s", m.error);
  free(p);
  ck_assert_int_eq(gd_synmodel_open(&m, path_in_build("data/no-such.model")), -1);
  ck_assert_msg(strstr(m.error, "cannot open"), "%s", m.error);
  gd_synmodel_close(&m);
}
END_TEST

/* ---- token mapping ------------------------------------------------------ */

static const char *ud_words(const char *text) {
  static char out[512];
  gd_tokens *t = gd_tokenize(text, strlen(text));
  ck_assert(t);
  gd_udword *u = calloc(2 * t->ntok + 1, sizeof *u);
  size_t n = gd_syntax_words(t, text, 0, t->ntok, u);
  out[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    size_t at = strlen(out);
    snprintf(out + at, sizeof out - at, "%s%.*s", i ? "|" : "", (int)(u[i].e - u[i].b), text + u[i].b);
  }
  free(u);
  gd_tokens_free(t);
  return out;
}

START_TEST(tokens_become_ud_words) {
  ck_assert_str_eq(ud_words("They don't sell jets."), "They|do|n't|sell|jets|.");
  ck_assert_str_eq(ud_words("I'm sure we can't, and she won't."), "I|'m|sure|we|ca|n't|,|and|she|wo|n't|.");
  ck_assert_str_eq(ud_words("We\xE2\x80\x99ve said it'll rain"), "We|\xE2\x80\x99ve|said|it|'ll|rain");
  ck_assert_str_eq(ud_words("the U.S. envoy's visit"), "the|U.S.|envoy|'s|visit");
  ck_assert_str_eq(ud_words("a Moscow-Ankara deal"), "a|Moscow|-|Ankara|deal");
  ck_assert_str_eq(ud_words("O'Brien isn't here"), "O'Brien|is|n't|here");
  ck_assert_str_eq(ud_words("It cannot wait"), "It|can|not|wait");
  /* A name's initial keeps its full stop, as in the treebank; a capital
   * and a stop before no name, or at the end, stay apart. */
  ck_assert_str_eq(ud_words("John F. Kennedy and J. Edgar Hoover met"), "John|F.|Kennedy|and|J.|Edgar|Hoover|met");
  ck_assert_str_eq(ud_words("They took vitamin A. then left"), "They|took|vitamin|A|.|then|left");
  ck_assert_str_eq(ud_words("They chose Plan B."), "They|chose|Plan|B|.");
}
END_TEST

/* ---- the public parser --------------------------------------------------- */

typedef struct {
  char form[32][32], lemma[32][32], upos[32][8], rel[32][16];
  size_t head[32], n, sentences;
} parsed;

static int keep(const geordf_sentence *s, void *payload) {
  parsed *p = payload;
  p->sentences++;
  p->n = s->n < 32 ? s->n : 32;
  for (size_t i = 0; i < p->n; i++) {
    snprintf(p->form[i], 32, "%s", s->words[i].form);
    snprintf(p->lemma[i], 32, "%s", s->words[i].lemma);
    snprintf(p->upos[i], 8, "%s", s->words[i].upos);
    snprintf(p->rel[i], 16, "%s", s->words[i].deprel);
    p->head[i] = s->words[i].head;
  }
  return 0;
}

static geordf_parser *parser(void) {
  geordf_parser *p;
  ck_assert_int_eq(geordf_parser_new(&p), GEORDF_OK);
  ck_assert_msg(geordf_parser_load(p, NULL) == GEORDF_OK, "%s", geordf_parser_error(p));
  return p;
}

/* The index (1-based) of FORM in P, which must be there. */
static size_t at(const parsed *p, const char *form) {
  for (size_t i = 0; i < p->n; i++)
    if (!strcmp(p->form[i], form)) return i + 1;
  ck_abort_msg("no word %s", form);
  return 0;
}

#define ARC(p, dep, rel_, hd)                                                                        \
  do {                                                                                               \
    size_t d_ = at(p, dep);                                                                          \
    ck_assert_msg(!strcmp((p)->rel[d_ - 1], rel_), "%s: %s, want %s", dep, (p)->rel[d_ - 1], rel_); \
    ck_assert_uint_eq((p)->head[d_ - 1], (hd) ? at(p, hd) : 0);                                      \
  } while (0)

START_TEST(parses_plain_clauses) {
  geordf_parser *g = parser();
  parsed p = {0};
  const char *t1 = "The president visited France on Monday.";
  ck_assert_int_eq(geordf_parse_text(g, t1, strlen(t1), keep, &p), GEORDF_OK);
  ck_assert_uint_eq(p.sentences, 1);
  ARC(&p, "visited", "root", NULL);
  ARC(&p, "president", "nsubj", "visited");
  ARC(&p, "France", "obj", "visited");
  ARC(&p, "Monday", "obl", "visited");
  ARC(&p, "on", "case", "Monday");
  ck_assert_str_eq(p.upos[at(&p, "visited") - 1], "VERB");
  ck_assert_str_eq(p.lemma[at(&p, "visited") - 1], "visit");
  ck_assert_str_eq(p.upos[at(&p, "France") - 1], "PROPN");
  memset(&p, 0, sizeof p);
  const char *t2 = "New sanctions were imposed by the government.";
  ck_assert_int_eq(geordf_parse_text(g, t2, strlen(t2), keep, &p), GEORDF_OK);
  ARC(&p, "imposed", "root", NULL);
  ARC(&p, "sanctions", "nsubj:pass", "imposed");
  ARC(&p, "were", "aux:pass", "imposed");
  ARC(&p, "government", "obl:agent", "imposed");
  ck_assert_str_eq(p.lemma[at(&p, "were") - 1], "be");
  ck_assert_str_eq(p.lemma[at(&p, "sanctions") - 1], "sanction");
  /* (An initial is one word of the name, as in the treebank: split from
   * its stop it read as the end of a clause.) */
  memset(&p, 0, sizeof p);
  const char *t3 = "President Harry S. Truman visited Ottawa in June.";
  ck_assert_int_eq(geordf_parse_text(g, t3, strlen(t3), keep, &p), GEORDF_OK);
  ARC(&p, "S.", "flat", "Harry");
  ARC(&p, "Truman", "flat", "Harry");
  ARC(&p, "Harry", "nsubj", "visited");
  geordf_parser_free(g);
}
END_TEST

START_TEST(parses_words_and_contractions) {
  geordf_parser *g = parser();
  parsed p = {0};
  const char *t = "They don't sell tanks. We will buy them.";
  ck_assert_int_eq(geordf_parse_text(g, t, strlen(t), keep, &p), GEORDF_OK);
  ck_assert_uint_eq(p.sentences, 2); /* the second is the one kept */
  ARC(&p, "buy", "root", NULL);
  ARC(&p, "will", "aux", "buy");
  ARC(&p, "them", "obj", "buy");
  ck_assert_str_eq(p.lemma[at(&p, "them") - 1], "they");
  memset(&p, 0, sizeof p);
  const char *w[] = {"They", "do", "n't", "sell", "tanks", "."};
  ck_assert_int_eq(geordf_parse_words(g, w, 6, keep, &p), GEORDF_OK);
  ck_assert_uint_eq(p.n, 6);
  ARC(&p, "n't", "advmod", "sell");
  ARC(&p, "do", "aux", "sell");
  ck_assert_str_eq(p.lemma[2], "not");
  geordf_parser_free(g);
}
END_TEST

/* A tree by hand: "Bombs fell as the minister , Ann Lee , declared peace ."
 * as the parser misreads it ("as" a preposition, the minister its object,
 * "declared" without a subject). */
START_TEST(deps_repair_subordinator_over_apposition) {
  static const char *const form[] = {"Bombs", "fell", "as", "the", "minister", ",", "Ann", "Lee", ",", "declared",
                                     "peace", "."};
  static const int head[] = {1, -1, 4, 4, 1, 6, 4, 6, 9, 1, 9, 1};
  static const unsigned char rel[] = {GD_R_NSUBJ, GD_R_ROOT, GD_R_CASE, GD_R_DET,  GD_R_OBL, GD_R_OTHER,
                                      GD_R_APPOS, GD_R_FLAT, GD_R_OTHER, GD_R_ADVCL, GD_R_OBJ, GD_R_OTHER};
  static const unsigned char upos[] = {GD_UPOS_NOUN, GD_UPOS_VERB,  GD_UPOS_ADP,   GD_UPOS_DET,
                                       GD_UPOS_NOUN, GD_UPOS_PUNCT, GD_UPOS_PROPN, GD_UPOS_PROPN,
                                       GD_UPOS_PUNCT, GD_UPOS_VERB, GD_UPOS_NOUN,  GD_UPOS_PUNCT};
  char text[128];
  gd_dword w[12];
  tu_tree(form, head, rel, upos, 12, text, sizeof text, w);
  ck_assert_int_eq(w[4].head, 9);
  ck_assert_int_eq(w[4].rel, GD_R_NSUBJ);
  ck_assert_int_eq(w[2].head, 9);
  ck_assert_int_eq(w[2].rel, GD_R_MARK);
  /* Without the commas' apposition the name is no subject of its own. */
  ck_assert_int_eq(w[6].head, 4);
}
END_TEST

/* A tree by hand: "Russia spoke after Syrian air fire downed a plane",
 * the parser's "after" hung on a modifier of the noun. */
START_TEST(deps_repair_subordinator_on_a_modifier) {
  static const char *const form[] = {"Russia", "spoke", "after", "Syrian", "air", "fire", "downed", "a", "plane"};
  static const int head[] = {1, -1, 4, 5, 5, 1, 1, 8, 6};
  static const unsigned char rel[] = {GD_R_NSUBJ, GD_R_ROOT, GD_R_CASE, GD_R_AMOD, GD_R_COMPOUND,
                                      GD_R_OBL,   GD_R_CONJ, GD_R_DET,  GD_R_OBJ};
  static const unsigned char upos[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_ADP,  GD_UPOS_ADJ, GD_UPOS_NOUN,
                                       GD_UPOS_NOUN,  GD_UPOS_VERB, GD_UPOS_DET, GD_UPOS_NOUN};
  char text[128];
  gd_dword w[9];
  tu_tree(form, head, rel, upos, 9, text, sizeof text, w);
  ck_assert_int_eq(w[5].head, 6);
  ck_assert_int_eq(w[5].rel, GD_R_NSUBJ);
  ck_assert_int_eq(w[2].head, 6);
  ck_assert_int_eq(w[2].rel, GD_R_MARK);
}
END_TEST

/* A tree by hand: "Japan joined the EU in imposing sanctions ." as the
 * parser misreads it ("imposing" an adjective of "sanctions", an obl of
 * "joined"): the gerund is found, and re-hung as a clause. */
START_TEST(deps_gerund_after_in) {
  static const char *const form[] = {"Japan", "joined", "the", "EU", "in", "imposing", "sanctions", "."};
  static const int head[] = {1, -1, 3, 1, 6, 6, 1, 1};
  static const unsigned char rel[] = {GD_R_NSUBJ, GD_R_ROOT, GD_R_DET, GD_R_OBJ,
                                      GD_R_CASE,  GD_R_AMOD, GD_R_OBL, GD_R_OTHER};
  static const unsigned char upos[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_DET, GD_UPOS_PROPN,
                                       GD_UPOS_ADP,   GD_UPOS_ADJ,  GD_UPOS_NOUN, GD_UPOS_PUNCT};
  char text[128];
  gd_dword w[8];
  gd_deps d = tu_tree(form, head, rel, upos, 8, text, sizeof text, w);
  ck_assert_int_eq(gd_deps_in_gerund(&d, 1), 5);
  ck_assert_int_eq(gd_deps_in_gerund(&d, 6), -1);
  gd_deps_rehang_gerund(&d, 1, 5);
  ck_assert_int_eq(w[5].head, 1);
  ck_assert_int_eq(w[5].rel, GD_R_ADVCL);
  ck_assert_int_eq(w[4].head, 5);
  ck_assert_int_eq(w[4].rel, GD_R_MARK);
  ck_assert_int_eq(w[6].head, 5);
  ck_assert_int_eq(w[6].rel, GD_R_OBJ);
  /* Now read right, the clause is found as it is. */
  ck_assert_int_eq(gd_deps_in_gerund(&d, 1), 5);
  /* A phrase of "in" with no gerund ("joined NATO in 2004") is none. */
  static const char *const form2[] = {"Estonia", "joined", "NATO", "in", "2004"};
  static const int head2[] = {1, -1, 1, 4, 1};
  static const unsigned char rel2[] = {GD_R_NSUBJ, GD_R_ROOT, GD_R_OBJ, GD_R_CASE, GD_R_OBL};
  static const unsigned char upos2[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_PROPN, GD_UPOS_ADP, GD_UPOS_NUM};
  gd_dword w2[5];
  gd_deps d2 = tu_tree(form2, head2, rel2, upos2, 5, text, sizeof text, w2);
  ck_assert_int_eq(gd_deps_in_gerund(&d2, 1), -1);
}
END_TEST

/* A tree by hand: "Chirac will be stopping in Senegal", the progressive's
 * "be" misread as a passive auxiliary and its subject as a passive
 * subject; "sanctions were imposed" stays passive. */
START_TEST(deps_repair_progressive) {
  static const char *const form[] = {"Chirac", "will", "be", "stopping", "in", "Senegal"};
  static const int head[] = {3, 3, 3, -1, 5, 3};
  static const unsigned char rel[] = {GD_R_NSUBJ_PASS, GD_R_AUX, GD_R_AUX_PASS, GD_R_ROOT, GD_R_CASE, GD_R_OBL};
  static const unsigned char upos[] = {GD_UPOS_PROPN, GD_UPOS_AUX, GD_UPOS_AUX,
                                       GD_UPOS_VERB,  GD_UPOS_ADP, GD_UPOS_PROPN};
  char text[128];
  gd_dword w[6];
  gd_deps d = tu_tree(form, head, rel, upos, 6, text, sizeof text, w);
  ck_assert_int_eq(w[0].rel, GD_R_NSUBJ);
  ck_assert_int_eq(w[2].rel, GD_R_AUX);
  ck_assert(!gd_deps_passive(&d, 3));
  static const char *const form2[] = {"sanctions", "were", "imposed"};
  static const int head2[] = {2, 2, -1};
  static const unsigned char rel2[] = {GD_R_NSUBJ_PASS, GD_R_AUX_PASS, GD_R_ROOT};
  static const unsigned char upos2[] = {GD_UPOS_NOUN, GD_UPOS_AUX, GD_UPOS_VERB};
  gd_deps d2 = tu_tree(form2, head2, rel2, upos2, 3, text, sizeof text, w);
  ck_assert_int_eq(w[0].rel, GD_R_NSUBJ_PASS);
  ck_assert(gd_deps_passive(&d2, 2));
}
END_TEST

/* A tree by hand: "Kim travelled by train to Vladivostok ." read with the
 * name as the root and the verb as a participle on it (a parser trained
 * otherwise does): the verb is the predicate, the name its subject; not in
 * a headline, which drops its "was" ("Jet downed over Syria"). */
START_TEST(deps_repair_predicate_read_as_participle) {
  static const char *const form[] = {"Kim", "travelled", "by", "train", "to", "Vladivostok", "."};
  static const int head[] = {-1, 0, 3, 1, 5, 1, 0};
  static const unsigned char rel[] = {GD_R_ROOT, GD_R_ACL, GD_R_CASE, GD_R_OBL_AGENT, GD_R_CASE, GD_R_OBL, GD_R_OTHER};
  static const unsigned char upos[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_ADP,  GD_UPOS_NOUN,
                                       GD_UPOS_ADP,   GD_UPOS_PROPN, GD_UPOS_PUNCT};
  char text[128];
  gd_dword w[7];
  gd_deps d = tu_tree(form, head, rel, upos, 7, text, sizeof text, w);
  ck_assert_int_eq(w[1].head, -1);
  ck_assert_int_eq(w[0].head, 1);
  ck_assert_int_eq(w[0].rel, GD_R_NSUBJ);
  ck_assert(!gd_deps_passive(&d, 1));
  /* The clause read right stays as it is. */
  static const int head2[] = {1, -1, 3, 1, 5, 1, 1};
  static const unsigned char rel2[] = {GD_R_NSUBJ, GD_R_ROOT, GD_R_CASE, GD_R_OBL, GD_R_CASE, GD_R_OBL, GD_R_OTHER};
  tu_tree(form, head2, rel2, upos, 7, text, sizeof text, w);
  ck_assert_int_eq(w[1].head, -1);
  ck_assert_int_eq(w[0].rel, GD_R_NSUBJ);
}
END_TEST

START_TEST(deps_headline_participle_stays) {
  static const char *const form[] = {"Jet", "downed", "over", "Syria"};
  static const int head[] = {-1, 0, 3, 1};
  static const unsigned char rel[] = {GD_R_ROOT, GD_R_ACL, GD_R_CASE, GD_R_OBL};
  static const unsigned char upos[] = {GD_UPOS_NOUN, GD_UPOS_VERB, GD_UPOS_ADP, GD_UPOS_PROPN};
  char text[128];
  gd_dword w[4];
  gd_deps d = tu_headline(form, head, rel, upos, 4, text, sizeof text, w);
  ck_assert_int_eq(w[0].head, -1);
  ck_assert_int_eq(w[1].rel, GD_R_ACL);
  ck_assert(gd_deps_passive(&d, 1));
}
END_TEST

/* A tree by hand: "Kyiv said it had downed twelve drones" with "it" read
 * as a passive subject, and as an active one: "downed" has an object and
 * no passive auxiliary, so both give the same active subject; "a drone was
 * downed" stays passive. */
START_TEST(deps_repair_active_with_object) {
  static const char *const form[] = {"Kyiv", "said", "it", "had", "downed", "twelve", "drones"};
  static const int head[] = {1, -1, 4, 4, 1, 6, 4};
  static const unsigned char upos[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_PRON, GD_UPOS_AUX,
                                       GD_UPOS_VERB,  GD_UPOS_NUM,  GD_UPOS_NOUN};
  char text[128];
  gd_dword w[7];
  for (int pass = 0; pass < 2; pass++) {
    const unsigned char rel[] = {GD_R_NSUBJ, GD_R_ROOT, pass ? GD_R_NSUBJ_PASS : GD_R_NSUBJ, GD_R_AUX,
                                 GD_R_CCOMP, GD_R_NUMMOD, GD_R_OBJ};
    gd_deps d = tu_tree(form, head, rel, upos, 7, text, sizeof text, w);
    ck_assert_int_eq(w[2].rel, GD_R_NSUBJ);
    ck_assert(!gd_deps_passive(&d, 4));
  }
  static const char *const form2[] = {"a", "drone", "was", "downed"};
  static const int head2[] = {1, 3, 3, -1};
  static const unsigned char rel2[] = {GD_R_DET, GD_R_NSUBJ_PASS, GD_R_AUX_PASS, GD_R_ROOT};
  static const unsigned char upos2[] = {GD_UPOS_DET, GD_UPOS_NOUN, GD_UPOS_AUX, GD_UPOS_VERB};
  gd_deps d2 = tu_tree(form2, head2, rel2, upos2, 4, text, sizeof text, w);
  ck_assert_int_eq(w[1].rel, GD_R_NSUBJ_PASS);
  ck_assert(gd_deps_passive(&d2, 3));
}
END_TEST

/* A tree by hand: "Russia spoke a week after Syrian fire downed a plane"
 * with the clause's subject read as the subject, or as an oblique of the
 * verb with "after" its preposition: both give "fire" the subject and
 * "after" the marker.  "and after the raid demanded talks", where "and"
 * joins the verb to one before it, keeps its adverbial. */
START_TEST(deps_repair_subordinator_on_the_verb) {
  static const char *const form[] = {"Russia", "spoke", "a", "week", "after", "Syrian", "fire", "downed", "a",
                                     "plane"};
  static const int head[] = {1, -1, 3, 7, 7, 6, 7, 1, 9, 7};
  static const unsigned char upos[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_DET,  GD_UPOS_NOUN, GD_UPOS_ADP,
                                       GD_UPOS_ADJ,   GD_UPOS_NOUN, GD_UPOS_VERB, GD_UPOS_DET,  GD_UPOS_NOUN};
  char text[128];
  gd_dword w[10];
  for (int obl = 0; obl < 2; obl++) {
    int h[10];
    memcpy(h, head, sizeof h);
    h[4] = obl ? 6 : 7;
    const unsigned char rel[] = {GD_R_NSUBJ, GD_R_ROOT, GD_R_DET, GD_R_OBL,  obl ? GD_R_CASE : GD_R_MARK,
                                 GD_R_AMOD,  obl ? GD_R_OBL : GD_R_NSUBJ,   GD_R_CONJ, GD_R_DET, GD_R_OBJ};
    tu_tree(form, h, rel, upos, 10, text, sizeof text, w);
    ck_assert_int_eq(w[6].head, 7);
    ck_assert_int_eq(w[6].rel, GD_R_NSUBJ);
    ck_assert_int_eq(w[4].head, 7);
    ck_assert_int_eq(w[4].rel, GD_R_MARK);
  }
  static const char *const form2[] = {"Russia", "protested", "and", "after", "the", "raid", "demanded", "talks"};
  static const int head2[] = {1, -1, 6, 5, 5, 6, 1, 6};
  static const unsigned char rel2[] = {GD_R_NSUBJ, GD_R_ROOT, GD_R_CC, GD_R_CASE, GD_R_DET, GD_R_OBL, GD_R_CONJ,
                                       GD_R_OBJ};
  static const unsigned char upos2[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_CCONJ, GD_UPOS_ADP,
                                        GD_UPOS_DET,   GD_UPOS_NOUN, GD_UPOS_VERB,  GD_UPOS_NOUN};
  gd_dword w2[8];
  tu_tree(form2, head2, rel2, upos2, 8, text, sizeof text, w2);
  ck_assert_int_eq(w2[5].rel, GD_R_OBL);
  ck_assert_int_eq(w2[3].rel, GD_R_CASE);
}
END_TEST

/* A tree by hand: "Russia denied that its jets had downed a drone" with
 * "that" the clause's marker, or read as the object of "downed" (its
 * subject hung on the auxiliary), or as its subject: each time before the
 * verb's subject, it is the marker.  "said that was false" keeps its
 * subject, and "the drone that Iran downed" its relative pronoun. */
START_TEST(deps_repair_that_marker) {
  static const char *const form[] = {"Russia", "denied", "that", "its", "jets", "had", "downed", "a", "drone"};
  static const unsigned char upos[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_SCONJ, GD_UPOS_PRON, GD_UPOS_NOUN,
                                       GD_UPOS_AUX,   GD_UPOS_VERB, GD_UPOS_DET,   GD_UPOS_NOUN};
  static const int head[3][9] = {
      {1, -1, 6, 4, 6, 6, 1, 8, 6}, {1, -1, 6, 4, 5, 6, 1, 8, 6}, {1, -1, 6, 4, 6, 6, 1, 8, 6}};
  static const unsigned char rel[3][9] = {
      {GD_R_NSUBJ, GD_R_ROOT, GD_R_MARK, GD_R_POSS, GD_R_NSUBJ, GD_R_AUX, GD_R_CCOMP, GD_R_DET, GD_R_OBJ},
      {GD_R_NSUBJ, GD_R_ROOT, GD_R_OBJ, GD_R_POSS, GD_R_NSUBJ, GD_R_AUX, GD_R_CCOMP, GD_R_DET, GD_R_OBJ},
      {GD_R_NSUBJ, GD_R_ROOT, GD_R_NSUBJ, GD_R_POSS, GD_R_NSUBJ, GD_R_AUX, GD_R_RELCL, GD_R_DET, GD_R_OBJ}};
  char text[128];
  gd_dword w[9];
  for (int t = 0; t < 3; t++) {
    tu_tree(form, head[t], rel[t], upos, 9, text, sizeof text, w);
    ck_assert_int_eq(w[2].rel, GD_R_MARK);
  }
  static const char *const form2[] = {"Iran", "said", "that", "was", "false"};
  static const int head2[] = {1, -1, 4, 4, 1};
  static const unsigned char rel2[] = {GD_R_NSUBJ, GD_R_ROOT, GD_R_NSUBJ, GD_R_COP, GD_R_CCOMP};
  static const unsigned char upos2[] = {GD_UPOS_PROPN, GD_UPOS_VERB, GD_UPOS_PRON, GD_UPOS_AUX, GD_UPOS_ADJ};
  gd_dword w2[5];
  tu_tree(form2, head2, rel2, upos2, 5, text, sizeof text, w2);
  ck_assert_int_eq(w2[2].rel, GD_R_NSUBJ);
  static const char *const form3[] = {"the", "drone", "that", "Iran", "downed"};
  static const int head3[] = {1, -1, 4, 4, 1};
  static const unsigned char rel3[] = {GD_R_DET, GD_R_ROOT, GD_R_OBJ, GD_R_NSUBJ, GD_R_RELCL};
  static const unsigned char upos3[] = {GD_UPOS_DET, GD_UPOS_NOUN, GD_UPOS_PRON, GD_UPOS_PROPN, GD_UPOS_VERB};
  tu_tree(form3, head3, rel3, upos3, 5, text, sizeof text, w2);
  ck_assert_int_eq(w2[2].rel, GD_R_OBJ);
}
END_TEST

START_TEST(parser_without_model) {
  geordf_parser *g;
  parsed p = {0};
  ck_assert_int_eq(geordf_parser_new(&g), GEORDF_OK);
  ck_assert_int_eq(geordf_parse_text(g, "x", 1, keep, &p), GEORDF_ERR_ARG);
  ck_assert_int_eq(geordf_parser_load(g, path_in_build("data/missing.model")), GEORDF_ERR_IO);
  ck_assert_msg(strstr(geordf_parser_error(g), "missing.model"), "%s", geordf_parser_error(g));
  geordf_parser_free(g);
  geordf_parser_free(NULL);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("syntax");
  TCase *tc = tcase_create("syntax");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, oracle_on_training_trees);
  tcase_add_test(tc, projectivize_lifts_crossing_arc);
  tcase_add_test(tc, transitions_keep_one_root);
  tcase_add_test(tc, word_hashes);
  tcase_add_test(tc, tagger_features_see_context);
  tcase_add_test(tc, parser_features_follow_configuration);
  tcase_add_test(tc, sparse_cold_part_scores_as_full_rows);
  tcase_add_test(tc, parse_is_the_plain_parse);
  tcase_add_test(tc, model_loads);
  tcase_add_test(tc, model_damage_is_refused);
  tcase_add_test(tc, tokens_become_ud_words);
  tcase_add_test(tc, parses_plain_clauses);
  tcase_add_test(tc, parses_words_and_contractions);
  tcase_add_test(tc, parser_without_model);
  tcase_add_test(tc, deps_repair_subordinator_over_apposition);
  tcase_add_test(tc, deps_repair_subordinator_on_a_modifier);
  tcase_add_test(tc, deps_gerund_after_in);
  tcase_add_test(tc, deps_repair_progressive);
  tcase_add_test(tc, tagcache_gives_the_same_tags);
  tcase_add_test(tc, deps_lemma_memo);
  suite_add_tcase(s, tc);
  tc = tcase_create("repairs for trees parsers trained otherwise give");
  tcase_add_test(tc, deps_repair_predicate_read_as_participle);
  tcase_add_test(tc, deps_headline_participle_stays);
  suite_add_tcase(s, tc);
  tc = tcase_create("repairs of subjects");
  tcase_add_test(tc, deps_repair_active_with_object);
  tcase_add_test(tc, deps_repair_subordinator_on_the_verb);
  tcase_add_test(tc, deps_repair_that_marker);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
