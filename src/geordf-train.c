/* geordf-train: trains the syntax model (tagger, parser, lemma exceptions)
 * from CoNLL-U treebanks.  Deterministic: integer weights, a fixed random
 * seed and a fixed order, so the same treebanks give the same bytes on
 * every machine.
 * SPDX-License-Identifier: MIT
 *
 * Usage: geordf-train [-q] -o MODEL [--tagger-epochs N] [--parser-epochs N]
 *          [--max-sentences N] [--prune T P L] [--explore E PCT] TREEBANK.conllu...
 * (see geordf-train(1)). */
#include "conllu.h"
#include "lemma.h"
#include "parser.h"
#include "percep.h"
#include "synmodel.h"
#include "tagger.h"
#include "ud.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int quiet;
/* Features whose weights all stay below these (of 32000) are dropped. */
static int prune_tagger = 2, prune_parser = 2, prune_labeller = 3;
/* Exploration: from this epoch (0-based), follow the model's own choice in
 * this many cases of a hundred. */
static int explore_from = 2, explore_pct = 90;
/* The bytes of each table's hot part: the tagger's and labeller's under a
 * core's 2 MB L2; the parser's, which makes most lookups, larger, as far
 * as the last-level cache still answers faster than memory (4 MB was 8%
 * faster than 1 MB; 8 MB no faster than 4). */
#define HOT_TAGGER (256u << 10)
#define HOT_PARSER (4096u << 10)
#define HOT_LABELLER (256u << 10)
/* Bits per key of the filters of the cold parts.  The transitions' filter
 * gets more: at 8 bits it let through 3% of the keys in neither part, a
 * third of the cold slots a transition fetched from memory for nothing
 * (0.5 of 1.7); at 16 bits, a tenth (0.16), for half a megabyte more.  The
 * tagger's and labeller's filters let through few next to the cold slots
 * their words and arcs do have (0.2 of 4 and of 7). */
#define FILTER_BITS 8
#define FILTER_BITS_PARSER 16

static void die(const char *msg) {
  fprintf(stderr, "geordf-train: %s\n", msg);
  exit(1);
}

static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size);
  if (!p) die("out of memory");
  return p;
}

/* xorshift64*: the one source of randomness, seeded with a constant. */
static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static uint64_t rnd(void) {
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return rng * 0x2545F4914F6CDD1DULL;
}

typedef struct {
  gd_sword *w;   /* words, prepared, gold tags in gold_upos */
  int n;
  int *ghead;    /* per position 1..n, projective, n + 1 = root */
  int *grel;
  int *gupos;    /* gold tags, per word */
  int *jk;       /* first-pass tags from a tagger that did not see it */
} sent;

static void shuffle(size_t *order, size_t n) {
  for (size_t i = n; i > 1; i--) {
    size_t j = (size_t)(rnd() % i), t = order[i - 1];
    order[i - 1] = order[j];
    order[j] = t;
  }
}

/* The tag dictionary (gd_tagdict_get()) is learnt before the taggers
 * and they learn only the words it lacks, as they will only see those. */
static gd_pslots tagdict;

/* Trains a tagger on the sentences IDX[0..N); returns it frozen. */
static unsigned char *train_tagger(sent *ss, const size_t *idx, size_t n, int epochs, int second, size_t *len) {
  gd_ptrain *t = gd_ptrain_new(GD_UPOS_COUNT);
  if (!t) die("out of memory");
  size_t *order = xcalloc(n, sizeof *order);
  memcpy(order, idx, n * sizeof *order);
  uint64_t keys[GD_TAG_MAXF];
  for (int ep = 0; ep < epochs; ep++) {
    shuffle(order, n);
    size_t right = 0, all = 0;
    for (size_t k = 0; k < n; k++) {
      sent *s = &ss[order[k]];
      int t1 = GD_UPOS_COUNT, t2 = GD_UPOS_COUNT;
      for (int i = 0; i < s->n; i++) {
        int guess = gd_tagdict_get(&tagdict, &s->w[i]), gold = s->gupos[i];
        if (guess < 0) {
          int32_t sc[GD_UPOS_COUNT] = {0};
          size_t nk = gd_tag_features(s->w, (size_t)s->n, (size_t)i, t1, t2, second ? s->jk : NULL, keys);
          gd_ptrain_score(t, keys, nk, sc);
          guess = gd_argmax(sc, GD_UPOS_COUNT);
          if (guess != gold && gd_ptrain_update(t, keys, nk, (uint32_t)gold, (uint32_t)guess)) die("out of memory");
          gd_ptrain_tick(t);
        }
        right += guess == gold;
        all++;
        t2 = t1;
        t1 = guess;
      }
    }
    if (!quiet)
      fprintf(stderr, "geordf-train: tagger (pass %d) epoch %d: %.2f%% of training words\n", 1 + second, ep + 1,
              100.0 * (double)right / (double)all);
  }
  free(order);
  unsigned char *out = gd_ptrain_freeze(t, prune_tagger, HOT_TAGGER, FILTER_BITS, len);
  gd_ptrain_free(t);
  if (!out) die("out of memory");
  return out;
}

/* Tags for the sentences IDX[0..N) from the frozen tagger TAB: first-pass
 * tags into their jk arrays, or with SECOND, second-pass tags (which read
 * jk) into their words. */
static void tag_with(const unsigned char *tab, size_t len, int second, sent *ss, const size_t *idx, size_t n) {
  gd_ptable pt;
  uint64_t keys[GD_TAG_MAXF];
  if (gd_ptable_view(&pt, tab, len)) die("internal error: a frozen table does not read back");
  for (size_t k = 0; k < n; k++) {
    sent *s = &ss[idx[k]];
    int t1 = GD_UPOS_COUNT, t2 = GD_UPOS_COUNT;
    for (int i = 0; i < s->n; i++) {
      int tag = gd_tagdict_get(&tagdict, &s->w[i]);
      if (tag < 0) {
        int32_t sc[GD_SCORES(GD_UPOS_COUNT)] = {0};
        size_t nk = gd_tag_features(s->w, (size_t)s->n, (size_t)i, t1, t2, second ? s->jk : NULL, keys);
        gd_ptable_score(&pt, keys, nk, sc);
        tag = gd_argmax(sc, GD_UPOS_COUNT);
      }
      t2 = t1;
      t1 = tag;
      if (second) s->w[i].upos = t1;
      else s->jk[i] = t1;
    }
  }
}

/* Trains the transitions and the labeller together; returns both frozen. */
static void train_parser(sent *ss, size_t n, int nlabel, int root, int epochs, int prune,
                         unsigned char **trans, size_t *trans_len, unsigned char **lab, size_t *lab_len) {
  gd_ptrain *t = gd_ptrain_new(GD_NTRANS), *lt = gd_ptrain_new((uint32_t)nlabel);
  if (!t || !lt) die("out of memory");
  size_t *order = xcalloc(n, sizeof *order);
  for (size_t i = 0; i < n; i++) order[i] = i;
  uint64_t keys[GD_PARSE_MAXF], lkeys[GD_LABEL_MAXF];
  int32_t *lsc = xcalloc((size_t)nlabel, sizeof *lsc);
  for (int ep = 0; ep < epochs; ep++) {
    shuffle(order, n);
    size_t right = 0, lright = 0, all = 0;
    for (size_t k = 0; k < n; k++) {
      sent *s = &ss[order[k]];
      gd_pstate st;
      if (gd_pstate_init(&st, s->w, s->n, nlabel, root)) die("out of memory");
      while (!gd_pstate_done(&st)) {
        int32_t sc[GD_NTRANS] = {0};
        int cost[GD_NTRANS];
        size_t nk = gd_parse_features(&st, keys);
        gd_ptrain_score(t, keys, nk, sc);
        gd_parse_costs(&st, s->ghead, cost);
        int guess = -1, best = -1, least = -1;
        for (int c = 0; c < GD_NTRANS; c++)
          if (cost[c] >= 0 && (least < 0 || cost[c] < least)) least = cost[c];
        for (int c = 0; c < GD_NTRANS; c++) {
          if (cost[c] < 0) continue;
          if (guess < 0 || sc[c] > sc[guess]) guess = c;
          if (cost[c] == least && (best < 0 || sc[c] > sc[best])) best = c;
        }
        if (cost[guess] > least && gd_ptrain_update(t, keys, nk, (uint32_t)best, (uint32_t)guess)) die("out of memory");
        gd_ptrain_tick(t);
        /* Exploration (Goldberg and Nivre): after the first epoch, follow
         * the model's own choice nine times in ten. */
        int explore = ep >= explore_from && (int)(rnd() % 100) < explore_pct, next = explore ? guess : best, l = 0;
        if (next == GD_LEFT || next == GD_RIGHT) {
          int h, d;
          gd_pstate_arc(&st, next, &h, &d);
          memset(lsc, 0, (size_t)nlabel * sizeof *lsc);
          size_t nl = 0;
          if (h != s->n + 1) {
            nl = gd_label_features(&st, h, d, lkeys);
            gd_ptrain_score(lt, lkeys, nl, lsc);
          }
          l = gd_best_label(&st, h, lsc);
          if (s->ghead[d] == h) {
            /* Labels are learnt on gold arcs only. */
            if (l != s->grel[d] && gd_ptrain_update(lt, lkeys, nl, (uint32_t)s->grel[d], (uint32_t)l))
              die("out of memory");
            gd_ptrain_tick(lt);
            if (!explore) l = s->grel[d];
          }
        }
        gd_pstate_apply(&st, next, l);
      }
      for (int p = 1; p <= s->n; p++) {
        right += st.head[p] == s->ghead[p];
        lright += st.head[p] == s->ghead[p] && st.rel[p] == s->grel[p];
        all++;
      }
      gd_pstate_free(&st);
    }
    if (!quiet)
      fprintf(stderr, "geordf-train: parser epoch %d: %.2f%% heads, %.2f%% labelled, while exploring\n", ep + 1,
              100.0 * (double)right / (double)all, 100.0 * (double)lright / (double)all);
  }
  free(lsc);
  free(order);
  *trans = gd_ptrain_freeze(t, prune, HOT_PARSER, FILTER_BITS_PARSER, trans_len);
  *lab = gd_ptrain_freeze(lt, prune_labeller, HOT_LABELLER, FILTER_BITS, lab_len);
  gd_ptrain_free(t);
  gd_ptrain_free(lt);
  if (!*trans || !*lab) die("out of memory");
}

/* ---- the tag dictionary ------------------------------------------------- */

typedef struct {
  uint64_t key;
  int upos;
} keytag;

static int cmp_keytag(const void *a, const void *b) {
  const keytag *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->upos - y->upos;
}

/* The words of SS[0..N) (NW of them) that occur GD_TAGDICT_MIN times or
 * more, one tag GD_TAGDICT_PCT percent of them or more, as a table. */
static unsigned char *tag_dictionary(const sent *ss, size_t n, size_t nw, size_t *len, size_t *nout) {
  keytag *v = xcalloc(nw, sizeof *v);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    for (int x = 0; x < ss[i].n; x++) v[k++] = (keytag){gd_tagdict_key(&ss[i].w[x]), ss[i].gupos[x]};
  qsort(v, k, sizeof *v, cmp_keytag);
  uint64_t *key = xcalloc(k, sizeof *key);
  uint32_t *val = xcalloc(k, sizeof *val);
  size_t m = 0;
  for (size_t a = 0, b; a < k; a = b) {
    size_t best = 0, run;
    int tag = 0;
    for (b = a; b < k && v[b].key == v[a].key; b += run) {
      for (run = 0; b + run < k && v[b + run].key == v[a].key && v[b + run].upos == v[b].upos; run++) {}
      if (run > best) best = run, tag = v[b].upos;
    }
    if (b - a >= GD_TAGDICT_MIN && 100 * best >= GD_TAGDICT_PCT * (b - a)) key[m] = v[a].key, val[m++] = (uint32_t)tag;
  }
  unsigned char *out = gd_pslots_build(key, val, m, len);
  if (!out || gd_pslots_view(&tagdict, out, *len)) die("out of memory");
  free(v);
  free(key);
  free(val);
  *nout = m;
  return out;
}

/* ---- the label dictionary ---------------------------------------------- */

/* The label of each (direction, dependent's tag, head's tag) of the gold
 * arcs of SS[0..N), with the tags the parser learns from, that had one
 * label GD_LABDICT_PERMIL times in 1000 or more over GD_LABDICT_MIN arcs
 * or more; 255 for the others.  OUT has GD_LABDICT_SIZE bytes. */
static size_t label_dictionary(const sent *ss, size_t n, int nlabel, unsigned char *out) {
  int *count = xcalloc((size_t)GD_LABDICT_SIZE * (size_t)nlabel, sizeof *count);
  for (size_t i = 0; i < n; i++)
    for (int d = 1; d <= ss[i].n; d++) {
      int h = ss[i].ghead[d];
      if (h == ss[i].n + 1) continue; /* the root's arcs are "root" anyway */
      count[gd_labdict_at(d < h, ss[i].w[d - 1].upos, ss[i].w[h - 1].upos) * (size_t)nlabel + (size_t)ss[i].grel[d]]++;
    }
  size_t m = 0;
  memset(out, 255, GD_LABDICT_SIZE);
  for (size_t k = 0; k < GD_LABDICT_SIZE; k++) {
    const int *c = count + k * (size_t)nlabel;
    int all = 0, best = 0;
    for (int l = 0; l < nlabel; l++) {
      all += c[l];
      if (c[l] > c[best]) best = l;
    }
    if (all >= GD_LABDICT_MIN && 1000 * (long)c[best] >= GD_LABDICT_PERMIL * (long)all) out[k] = (unsigned char)best, m++;
  }
  free(count);
  return m;
}

/* ---- lemma exceptions --------------------------------------------------- */

typedef struct {
  char *form;
  const char *lemma;
  int upos;
  int count;
} lcount;

static int cmp_lcount(const void *a, const void *b) {
  const lcount *x = a, *y = b;
  int c = strcmp(x->form, y->form);
  if (c) return c;
  if (x->upos != y->upos) return x->upos - y->upos;
  return strcmp(x->lemma, y->lemma);
}

static char *lower(const char *s) {
  size_t n = strlen(s);
  char *o = xcalloc(n + 1, 1);
  for (size_t i = 0; i < n; i++) o[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  return o;
}

/* Forms whose gold lemma the rules miss, where the treebank agrees with
 * itself at least twice and more often than with the rules. */
static unsigned char *lemma_exceptions(const gd_treebank *tbs, int ntb, size_t *len, size_t *nout) {
  size_t nw = 0, k = 0;
  for (int i = 0; i < ntb; i++) nw += tbs[i].nword;
  lcount *v = xcalloc(nw, sizeof *v);
  char buf[256];
  for (int i = 0; i < ntb; i++)
    for (size_t j = 0; j < tbs[i].nword; j++) {
      const gd_cword *cw = &tbs[i].word[j];
      if (cw->upos == GD_UPOS_PROPN || !strcmp(cw->lemma, "_")) continue;
      gd_lemma_rule(cw->form, strlen(cw->form), cw->upos, buf, sizeof buf);
      /* A rule-correct occurrence counts as the lemma "" (sorted first). */
      v[k++] = (lcount){lower(cw->form), strcmp(buf, cw->lemma) ? cw->lemma : "", cw->upos, 1};
    }
  qsort(v, k, sizeof *v, cmp_lcount);
  const char **form = xcalloc(k, sizeof *form), **lemma = xcalloc(k, sizeof *lemma);
  int *upos = xcalloc(k, sizeof *upos);
  size_t n = 0;
  for (size_t a = 0; a < k;) {
    size_t b = a;
    int ruleok = 0, best = 0;
    const char *bestl = NULL;
    while (b < k && !strcmp(v[b].form, v[a].form) && v[b].upos == v[a].upos) {
      size_t c = b;
      while (c < k && !strcmp(v[c].form, v[b].form) && v[c].upos == v[b].upos && !strcmp(v[c].lemma, v[b].lemma)) c++;
      int cnt = (int)(c - b);
      if (!*v[b].lemma) ruleok = cnt;
      else if (cnt > best) best = cnt, bestl = v[b].lemma;
      b = c;
    }
    if (bestl && best >= 2 && best > ruleok) {
      form[n] = v[a].form;
      upos[n] = v[a].upos;
      lemma[n] = bestl;
      n++;
    }
    a = b;
  }
  unsigned char *out = gd_synmodel_lemmas(form, upos, lemma, n, len);
  if (!out) die("out of memory");
  for (size_t i = 0; i < k; i++) free(v[i].form);
  free(v);
  free(form);
  free(lemma);
  free(upos);
  *nout = n;
  return out;
}

/* ---- main ------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

int main(int argc, char **argv) {
  const char *out = NULL;
  int tep = 8, pep = 15;
  long maxs = -1;
  int nfile = 0;
  const char **files = xcalloc((size_t)argc, sizeof *files);
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-o") && i + 1 < argc) out = argv[++i];
    else if (!strcmp(argv[i], "--tagger-epochs") && i + 1 < argc) tep = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--parser-epochs") && i + 1 < argc) pep = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--max-sentences") && i + 1 < argc) maxs = atol(argv[++i]);
    else if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) quiet = 1;
    else if (!strcmp(argv[i], "--explore") && i + 2 < argc) explore_from = atoi(argv[++i]), explore_pct = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--prune") && i + 3 < argc)
      prune_tagger = atoi(argv[++i]), prune_parser = atoi(argv[++i]), prune_labeller = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--help")) {
      puts("Usage: geordf-train [-q] -o MODEL [--tagger-epochs N] [--parser-epochs N]\n"
           "                    [--max-sentences N] [--prune T P L] [--explore E PCT]\n"
           "                    TREEBANK.conllu...\n"
           "Trains geordf's tagger, lemma exceptions and parser from CoNLL-U treebanks;\n"
           "the same files give the same model bytes on every machine.\n"
           "  --prune T P L    drop tagger, transition and label features that fewer\n"
           "                   than T, P, L updates touched (default 2 2 3)\n"
           "  --explore E PCT  from epoch E (0-based), follow the parser's own choice\n"
           "                   PCT times in 100 (default 2 90)");
      return 0;
    } else if (argv[i][0] == '-' && argv[i][1]) {
      fprintf(stderr, "geordf-train: unknown option %s (see --help)\n", argv[i]);
      return 2;
    } else files[nfile++] = argv[i];
  }
  if (!nfile || !out || tep < 1 || pep < 1) {
    fprintf(stderr, "geordf-train: give -o MODEL and at least one treebank (see --help)\n");
    return 2;
  }
  gd_treebank *tbs = xcalloc((size_t)nfile, sizeof *tbs);
  size_t ns = 0, nw = 0;
  for (int i = 0; i < nfile; i++) {
    if (gd_treebank_read(&tbs[i], files[i])) die(tbs[i].error);
    ns += tbs[i].nsent;
    nw += tbs[i].nword;
  }
  if (maxs >= 0 && (size_t)maxs < ns) ns = (size_t)maxs;
  /* Labels, sorted by name. */
  const char **labels = xcalloc(nw, sizeof *labels);
  size_t nl = 0;
  for (int i = 0; i < nfile; i++)
    for (size_t j = 0; j < tbs[i].nword; j++) labels[nl++] = tbs[i].word[j].deprel;
  qsort(labels, nl, sizeof *labels, cmp_str);
  size_t u = 0;
  for (size_t i = 0; i < nl; i++)
    if (!u || strcmp(labels[u - 1], labels[i])) labels[u++] = labels[i];
  if (u > GD_MAX_LABELS) die("more relation labels than a model holds (128)");
  int nlabel = (int)u, root = -1;
  for (int i = 0; i < nlabel; i++)
    if (!strcmp(labels[i], "root")) root = i;
  if (root < 0) die("the treebanks have no \"root\" relation");
  /* Sentences. */
  sent *ss = xcalloc(ns, sizeof *ss);
  size_t k = 0, lifted = 0;
  for (int i = 0; i < nfile && k < ns; i++)
    for (size_t j = 0; j < tbs[i].nsent && k < ns; j++, k++) {
      const gd_csent *cs = &tbs[i].sent[j];
      sent *s = &ss[k];
      s->n = (int)cs->n;
      s->w = xcalloc(cs->n, sizeof *s->w);
      s->gupos = xcalloc(cs->n, sizeof *s->gupos);
      s->jk = xcalloc(cs->n, sizeof *s->jk);
      s->ghead = xcalloc(cs->n + 2, sizeof *s->ghead);
      s->grel = xcalloc(cs->n + 2, sizeof *s->grel);
      for (size_t x = 0; x < cs->n; x++) {
        const gd_cword *cw = &tbs[i].word[cs->w + x];
        gd_sword_prepare(&s->w[x], cw->form, strlen(cw->form));
        s->w[x].upos = s->gupos[x] = cw->upos;
        s->ghead[x + 1] = cw->head;
        const char **f = bsearch(&cw->deprel, labels, u, sizeof *labels, cmp_str);
        s->grel[x + 1] = (int)(f - labels);
      }
      lifted += gd_projectivize(s->ghead, s->n) > 0;
      for (int p = 1; p <= s->n; p++)
        if (s->ghead[p] == 0) s->ghead[p] = s->n + 1;
    }
  if (!quiet) fprintf(stderr, "geordf-train: %zu sentences, %d labels, %zu made projective\n", ns, nlabel, lifted);
  size_t dict_len, ndict;
  unsigned char *dict = tag_dictionary(ss, ns, nw, &dict_len, &ndict);
  /* Tags come from taggers that did not see the sentence (four folds):
   * the second pass learns from first-pass tags what it will see, and the
   * parser learns to live with the second pass's mistakes. */
  size_t *idx = xcalloc(ns, sizeof *idx), *rest = xcalloc(ns, sizeof *rest);
  for (int pass = 0; pass < 2; pass++)
    for (int fold = 0; fold < 4; fold++) {
      size_t a = 0, b = 0;
      for (size_t i = 0; i < ns; i++) {
        if ((int)(i % 4) == fold) rest[b++] = i;
        else idx[a++] = i;
      }
      size_t tl;
      unsigned char *tab = train_tagger(ss, idx, a, tep, pass, &tl);
      tag_with(tab, tl, pass, ss, rest, b);
      free(tab);
    }
  size_t right = 0, right2 = 0;
  for (size_t i = 0; i < ns; i++)
    for (int x = 0; x < ss[i].n; x++) {
      right += ss[i].jk[x] == ss[i].gupos[x];
      right2 += ss[i].w[x].upos == ss[i].gupos[x];
    }
  if (!quiet)
    fprintf(stderr, "geordf-train: jackknifed tags %.2f%% right after one pass, %.2f%% after two\n",
            100.0 * (double)right / (double)nw, 100.0 * (double)right2 / (double)nw);
  for (size_t i = 0; i < ns; i++) idx[i] = i;
  size_t tag_len, tag2_len, parse_len, lab_len, lem_len, nexc;
  unsigned char *tag = train_tagger(ss, idx, ns, tep, 0, &tag_len), *parse, *lab;
  unsigned char *tag2 = train_tagger(ss, idx, ns, tep, 1, &tag2_len);
  train_parser(ss, ns, nlabel, root, pep, prune_parser, &parse, &parse_len, &lab, &lab_len);
  unsigned char labdict[GD_LABDICT_SIZE];
  size_t nlabdict = label_dictionary(ss, ns, nlabel, labdict);
  unsigned char *lem = lemma_exceptions(tbs, nfile, &lem_len, &nexc);
  gd_synmodel_parts parts = {labels, nlabel, root, tag, tag2, parse, lab, tag_len, tag2_len, parse_len, lab_len,
                             lem, lem_len, dict, dict_len, labdict};
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", out);
  FILE *f = fopen(tmp, "wb");
  if (!f || gd_synmodel_write(f, &parts) || fclose(f)) die("cannot write the model");
  if (rename(tmp, out)) die("cannot rename the model into place");
  if (!quiet)
    fprintf(stderr,
            "geordf-train: wrote %s (tagger %zu + %zu bytes, transitions %zu, labeller %zu, %zu lemma exceptions, "
            "%zu words in the tag dictionary, %zu tag pairs in the label dictionary)\n",
            out, tag_len, tag2_len, parse_len, lab_len, nexc, ndict, nlabdict);
  for (size_t i = 0; i < ns; i++) {
    free(ss[i].w);
    free(ss[i].gupos);
    free(ss[i].jk);
    free(ss[i].ghead);
    free(ss[i].grel);
  }
  free(ss);
  free(idx);
  free(rest);
  free(tag);
  free(tag2);
  free(parse);
  free(lab);
  free(lem);
  free(dict);
  free(labels);
  for (int i = 0; i < nfile; i++) gd_treebank_free(&tbs[i]);
  free(tbs);
  free(files);
  return 0;
}
