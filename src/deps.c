/* geordf: the dependency view of a sentence for extraction.
 * SPDX-License-Identifier: MIT */
#include "deps.h"
#include "ud.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Relation names of the model folded to the kinds extraction reads. */
static gd_rel rel_kind(const char *s) {
  static const struct { const char *name; gd_rel r; } exact[] = {
      {"nsubj:pass", GD_R_NSUBJ_PASS}, {"obl:agent", GD_R_OBL_AGENT}, {"nmod:poss", GD_R_POSS},
      {"acl:relcl", GD_R_RELCL},       {"aux:pass", GD_R_AUX_PASS},   {"compound:prt", GD_R_PRT},
      {"root", GD_R_ROOT},             {NULL, GD_R_OTHER}};
  static const struct { const char *name; gd_rel r; } base[] = {
      {"nsubj", GD_R_NSUBJ},   {"obj", GD_R_OBJ},     {"iobj", GD_R_IOBJ},         {"obl", GD_R_OBL},
      {"nmod", GD_R_NMOD},     {"amod", GD_R_AMOD},   {"compound", GD_R_COMPOUND}, {"flat", GD_R_FLAT},
      {"conj", GD_R_CONJ},     {"cc", GD_R_CC},       {"appos", GD_R_APPOS},       {"acl", GD_R_ACL},
      {"advcl", GD_R_ADVCL},   {"ccomp", GD_R_CCOMP}, {"xcomp", GD_R_XCOMP},       {"case", GD_R_CASE},
      {"mark", GD_R_MARK},     {"aux", GD_R_AUX},     {"cop", GD_R_COP},           {"det", GD_R_DET},
      {"advmod", GD_R_ADVMOD}, {"parataxis", GD_R_PARATAXIS}, {"nummod", GD_R_NUMMOD}, {"fixed", GD_R_FIXED},
      {NULL, GD_R_OTHER}};
  for (int i = 0; exact[i].name; i++)
    if (!strcmp(s, exact[i].name)) return exact[i].r;
  size_t n = strcspn(s, ":");
  for (int i = 0; base[i].name; i++)
    if (strlen(base[i].name) == n && !strncmp(s, base[i].name, n)) return base[i].r;
  return GD_R_OTHER;
}

void gd_deps_relmap(const gd_synmodel *m, unsigned char map[GD_MAX_LABELS]) {
  memset(map, GD_R_OTHER, GD_MAX_LABELS);
  for (int i = 0; i < m->nlabel && i < GD_MAX_LABELS; i++) map[i] = (unsigned char)rel_kind(m->label[i]);
}

void gd_deps_init(gd_deps *d, const gd_synmodel *m, const unsigned char *relmap) {
  memset(d, 0, sizeof *d);
  d->m = m;
  d->relmap = relmap;
}

void gd_deps_free(gd_deps *d) {
  free(d->w);
  free(d->sw);
  free(d->ud);
  free(d->lemma);
  free(d->tok_word);
  memset(d, 0, sizeof *d);
}

/* Children in word order: linked from the last word back.  Only a word's
 * first GD_DEPS_MAX_KIDS children are linked: no real phrase has more, and
 * every lookup of a trigger's relations then costs a bounded time, so that
 * a pathological sentence (thousands of conjuncts on one verb) stays
 * linear. */
static void link_children(gd_deps *d) {
  for (size_t i = 0; i < d->n; i++) d->w[i].first = 0; /* a count, for now */
  for (size_t i = 0; i < d->n; i++) {
    int h = d->w[i].head;
    d->w[i].next = h >= 0 && (size_t)h < d->n ? d->w[h].first++ : 0; /* the rank among its siblings */
  }
  for (size_t i = 0; i < d->n; i++) d->w[i].first = -1;
  for (size_t i = d->n; i-- > 0;) {
    int h = d->w[i].head, rank = d->w[i].next;
    d->w[i].next = -1;
    if (h < 0 || (size_t)h >= d->n || rank >= GD_DEPS_MAX_KIDS) continue;
    d->w[i].next = d->w[h].first;
    d->w[h].first = (int)i;
  }
}

/* Whether A lies on the path from B up to the root. */
static int dominates(const gd_deps *d, int a, int b) {
  /* (Bounded, so that a pathological tree stays linear: -1 when the chain
   * is too long to tell, and the caller leaves it alone.) */
  for (size_t steps = 0; b >= 0; steps++, b = d->w[b].head) {
    if (b == a) return 1;
    if (steps == 64) return -1;
  }
  return 0;
}

/* Whether word W is a measure of time ("a day after ..."). */
static int time_noun(const gd_deps *d, int w) {
  static const char *const units[] = {"day", "days", "week", "weeks", "month", "months", "year", "years",
                                      "hour", "hours", "minute", "minutes", "moment", "moments", NULL};
  for (int i = 0; units[i]; i++)
    if (gd_deps_is(d, w, units[i])) return 1;
  return 0;
}

/* Whether word W names a day or a month ("on Saturday", "on 5 May"):
 * a time, never an actor. */
static int day_name(const gd_deps *d, int w) {
  static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                      "January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December", "today", "tomorrow",
                                      "yesterday", NULL};
  for (int i = 0; names[i]; i++)
    if (gd_deps_is(d, w, names[i])) return 1;
  return 0;
}

static int child(const gd_deps *d, int h, gd_rel r) {
  for (int c = d->w[h].first; c >= 0; c = d->w[c].next)
    if (d->w[c].rel == r) return c;
  return -1;
}

/* "after Turkish jets shot down a bomber", "as the minister declared":
 * the parser often reads a subordinating conjunction as a preposition and
 * the clause's subject as its object.  A verb with no subject right after
 * such a phrase takes the noun back as its subject and the word as its
 * marker. */
static int repair_subordinators(gd_deps *d) {
  static const char *const subs[] = {"after", "before", "as", "since", "until", "while", "once", "because", NULL};
  int changed = 0;
  for (size_t v = 1; v < d->n; v++) {
    gd_dword *x = &d->w[v];
    if (x->upos != GD_UPOS_VERB) continue;
    int k = (int)v - 1, has_subj = 0, pass = 0;
    /* (The child lists are those of the parse: a repair only moves a noun
     * before V and its marker, never a subject or auxiliary of a later
     * verb.) */
    int subj = -1;
    for (int i = x->first; i >= 0; i = d->w[i].next) {
      if (d->w[i].rel == GD_R_NSUBJ || d->w[i].rel == GD_R_NSUBJ_PASS) {
        has_subj = 1;
        if (subj < 0 && i < (int)v && time_noun(d, i)) subj = i;
      }
      if (d->w[i].rel == GD_R_AUX_PASS) pass = 1;
    }
    /* "a day after the US imposed sanctions": the parser takes the measure
     * of time for the verb's subject and the clause's subject for the
     * object of "after"; the time becomes the verb's adverbial again, and
     * a second subject it gave the verb after "and" joins the first ("a
     * day after the US government and the EU sanctioned"). */
    if (subj >= 0) {
      for (int k2 = d->w[subj].first; k2 >= 0; k2 = d->w[k2].next) {
        int u2 = d->w[k2].upos;
        if (k2 <= subj || k2 >= (int)v || (u2 != GD_UPOS_NOUN && u2 != GD_UPOS_PROPN && u2 != GD_UPOS_PRON)) continue;
        int c2 = -1;
        for (int i = d->w[k2].first; i >= 0; i = d->w[i].next)
          if (d->w[i].rel == GD_R_CASE && i > subj && i < k2) c2 = i;
        int sub = 0;
        for (int i = 0; c2 >= 0 && subs[i]; i++) sub |= gd_deps_is(d, c2, subs[i]);
        if (!sub) continue;
        gd_rel r = (gd_rel)d->w[subj].rel;
        for (int j = x->first; j >= 0; j = d->w[j].next) {
          if (j <= k2 || j >= (int)v || d->w[j].rel != r) continue;
          int and = -1;
          for (int i = k2 + 1; i < j; i++)
            if (d->w[i].rel == GD_R_CC && gd_deps_is(d, i, "and") && (d->w[i].head == (int)v || d->w[i].head == j)) and = i;
          if (and < 0) continue;
          d->w[j].head = k2;
          d->w[j].rel = GD_R_CONJ;
          d->w[and].head = j;
        }
        /* (Or a conjunct it hung on the measure of time, between the
         * subject and the verb: it joins the subject too.) */
        for (int j = d->w[subj].first; j >= 0; j = d->w[j].next)
          if (j > k2 && j < (int)v && d->w[j].rel == GD_R_CONJ) d->w[j].head = k2;
        d->w[k2].head = (int)v;
        d->w[k2].rel = r;
        d->w[c2].head = (int)v;
        d->w[c2].rel = GD_R_MARK;
        d->w[subj].rel = GD_R_OBL;
        changed = 1;
        break;
      }
    }
    if (has_subj) continue;
    while (k >= 0 && d->w[k].head == (int)v &&
           (d->w[k].upos == GD_UPOS_AUX || d->w[k].upos == GD_UPOS_ADV || d->w[k].upos == GD_UPOS_PART))
      k--;
    /* Over an apposition set off by commas: "as the secretary, Donald
     * Rumsfeld, declared". */
    if (k > 0 && d->w[k].upos == GD_UPOS_PUNCT && gd_deps_is(d, k, ",")) {
      int a = k - 1;
      for (int steps = 0; a >= 0 && d->w[a].rel == GD_R_FLAT && steps < 8; steps++) a = d->w[a].head;
      if (a >= 0 && d->w[a].rel == GD_R_APPOS && d->w[a].head >= 0 && d->w[a].head < a) k = d->w[a].head;
    }
    /* The first of a coordination: "after the US government and the EU
     * sanctioned". */
    for (int steps = 0; k > 0 && d->w[k].rel == GD_R_CONJ && d->w[k].head >= 0 && d->w[k].head < k && steps < 4 &&
                        (d->w[d->w[k].head].upos == GD_UPOS_NOUN || d->w[d->w[k].head].upos == GD_UPOS_PROPN);
         steps++)
      k = d->w[k].head;
    /* (A noun the parser already hung on the verb is its adverbial, "and
     * after the talks signed a deal", "vowed after the downing to
     * retaliate", unless the verb has no "and" or "or" of its own that
     * would join it to a verb before it, nor a marker: "a week after
     * Syrian fire brought down a plane" read as "after fire, brought
     * down".) */
    if (k < 0 || (d->w[k].head == (int)v && (d->w[k].rel != GD_R_OBL || child(d, (int)v, GD_R_CC) >= 0 ||
                                             child(d, (int)v, GD_R_MARK) >= 0)))
      continue;
    int u = d->w[k].upos;
    if (u != GD_UPOS_NOUN && u != GD_UPOS_PROPN && u != GD_UPOS_PRON) continue;
    /* The noun's own preposition, before it within its phrase (perhaps
     * hung on a modifier of the noun: "after Syrian anti-aircraft fire
     * brought down"). */
    int c = -1;
    for (int i = k - 1; i >= 0 && i >= k - 8; i--)
      if (d->w[i].rel == GD_R_CASE && (d->w[i].head == k || dominates(d, k, i) == 1)) { c = i; break; }
    if (c < 0) continue;
    int sub = 0;
    for (int i = 0; subs[i]; i++) sub |= gd_deps_is(d, c, subs[i]);
    if (!sub) continue;
    int old = d->w[k].head;
    int below = dominates(d, k, (int)v);
    if (old < 0 || below < 0) continue;
    /* A verb the parser hung below the noun takes the noun's place. */
    if (below) {
      x->head = old;
      x->rel = GD_R_ADVCL;
    }
    d->w[k].head = (int)v;
    d->w[k].rel = pass ? GD_R_NSUBJ_PASS : GD_R_NSUBJ;
    d->w[c].head = (int)v;
    d->w[c].rel = GD_R_MARK;
    changed = 1;
  }
  return changed;
}

/* "After Israeli jets destroyed the reactor, the Administration held up the
 * shipment", "After Soviet troops entered Afghanistan, President Carter cut
 * off grain sales": a sentence that opens with a subordinating conjunction,
 * its clause and a comma.  The parser often makes the opening clause's verb
 * the root, the conjunction a preposition of its subject, and the main
 * clause's verb a parataxis, conjunct or complement of it (its subject
 * perhaps hung on the object before the comma).  The main verb becomes the
 * root again, with its subject, and the opening clause its adverbial clause
 * with the conjunction as marker. */
static int repair_opening_clause(gd_deps *d) {
  static const char *const subs[] = {"after", "before", "since", "until", "once", "because", "although",
                                     "though", "while", "when", "whereas", "as", "if", NULL};
  int s = 0;
  while ((size_t)s < d->n && d->w[s].upos == GD_UPOS_PUNCT) s++;
  if ((size_t)s >= d->n) return 0;
  int sub = 0;
  for (int i = 0; subs[i]; i++) sub |= gd_deps_is(d, s, subs[i]);
  if (!sub) return 0;
  /* The opening verb: the conjunction's head, marked, or the head of the
   * subject it was read as a preposition of. */
  int v1 = d->w[s].head, h = v1;
  if (h < 0) return 0;
  if (d->w[s].rel == GD_R_CASE && (d->w[h].rel == GD_R_NSUBJ || d->w[h].rel == GD_R_NSUBJ_PASS))
    v1 = d->w[h].head;
  else if (d->w[s].rel != GD_R_MARK && d->w[s].rel != GD_R_ADVMOD) /* ("when" is an adverb in UD) */
    return 0;
  if (v1 < 0 || d->w[v1].head != -1 || d->w[v1].upos != GD_UPOS_VERB) return 0;
  /* The comma that closes the opening clause: the first after its verb, with
   * every word before it inside the clause. */
  int c = -1;
  for (int i = v1 + 1; (size_t)i < d->n; i++)
    if (d->w[i].upos == GD_UPOS_PUNCT && gd_deps_is(d, i, ",")) {
      c = i;
      break;
    }
  if (c < 0) return 0;
  for (int i = s; i < c; i++)
    if (dominates(d, v1, i) != 1) return 0;
  /* The main verb: the first verb after the comma hung right on the opening
   * verb as a parataxis, conjunct, complement or dependent. */
  int v2 = -1;
  for (int i = c + 1; (size_t)i < d->n; i++) {
    if (d->w[i].upos != GD_UPOS_VERB) continue;
    gd_rel r = (gd_rel)d->w[i].rel;
    if (d->w[i].head == v1 && (r == GD_R_PARATAXIS || r == GD_R_CONJ || r == GD_R_CCOMP || r == GD_R_XCOMP ||
                               r == GD_R_OTHER))
      v2 = i;
    break;
  }
  if (v2 < 0) return 0;
  /* Its subject: one of its own after the comma, or the noun right before it
   * (past its auxiliaries and adverbs) that the parser hung on a word of the
   * opening clause. */
  int subj = -1;
  for (int i = d->w[v2].first; i >= 0; i = d->w[i].next)
    if ((d->w[i].rel == GD_R_NSUBJ || d->w[i].rel == GD_R_NSUBJ_PASS) && i > c && i < v2) subj = i;
  if (subj < 0) {
    int k = v2 - 1;
    while (k > c && d->w[k].head == v2 &&
           (d->w[k].upos == GD_UPOS_AUX || d->w[k].upos == GD_UPOS_ADV || d->w[k].upos == GD_UPOS_PART))
      k--;
    if (k <= c || d->w[k].rel == GD_R_FLAT || d->w[k].rel == GD_R_COMPOUND) return 0;
    int u = d->w[k].upos;
    if (u != GD_UPOS_NOUN && u != GD_UPOS_PROPN && u != GD_UPOS_PRON) return 0;
    int g = d->w[k].head;
    if (g < 0 || g >= c) return 0;
    /* (Every word of its phrase lies after the comma.) */
    for (int i = c + 1; i < k; i++)
      if (dominates(d, k, i) != 1 && d->w[i].head != v2) return 0;
    d->w[k].head = v2;
    d->w[k].rel = GD_R_NSUBJ;
  }
  d->w[v2].head = -1;
  d->w[v2].rel = GD_R_ROOT;
  d->w[v1].head = v2;
  d->w[v1].rel = GD_R_ADVCL;
  if (d->w[s].rel == GD_R_CASE) {
    d->w[s].head = v1;
    d->w[s].rel = GD_R_MARK;
  }
  d->w[c].head = v1;
  d->w[c].rel = GD_R_OTHER;
  /* (What the opening verb held after the comma is the main clause's.) */
  for (int i = c + 1; (size_t)i < d->n; i++)
    if (d->w[i].head == v1) d->w[i].head = v2;
  return 1;
}

/* "it must free the prisoners", "they will clear the road": the word
 * right after a modal auxiliary is its bare infinitive, a verb, when the
 * tagger made it an adjective with no verb or adjective after it (so that
 * "will likely face" keeps its adverb-like adjective). */
static void modal_infinitive(gd_deps *d, size_t n) {
  static const char *const modals[] = {"must", "will", "would", "can", "could", "should", "may", "might", "shall", NULL};
  for (size_t i = 1; i < n; i++) {
    if (d->sw[i].upos != GD_UPOS_ADJ || d->sw[i - 1].upos != GD_UPOS_AUX) continue;
    if (i + 1 < n && (d->sw[i + 1].upos == GD_UPOS_VERB || d->sw[i + 1].upos == GD_UPOS_AUX ||
                      d->sw[i + 1].upos == GD_UPOS_ADJ || d->sw[i + 1].upos == GD_UPOS_PUNCT))
      continue;
    int modal = 0;
    for (int k = 0; modals[k]; k++)
      modal |= d->ud[i - 1].len == strlen(modals[k]) && !strncasecmp(d->ud[i - 1].form, modals[k], d->ud[i - 1].len);
    if (modal) d->sw[i].upos = GD_UPOS_VERB;
  }
}

/* "the sale of up to forty F-35s to Greece", "will sell up to 12 Rafales":
 * "up to" before a cardinal bounds a quantity, so the cardinal is a
 * number (not an infinitive's verb, "to forty") and "up" an adverb of it
 * (not a particle of the verb before it, "sell up"). */
static void quantity_up_to(gd_deps *d, size_t n) {
  static const char *const cardinal[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
                                         "sixty", "seventy", "eighty", "ninety", "hundred", "a hundred", NULL};
  for (size_t i = 2; i < n; i++) {
    const gd_udword *up = &d->ud[i - 2], *to = &d->ud[i - 1], *x = &d->ud[i];
    if (up->len != 2 || strncasecmp(up->form, "up", 2) || to->len != 2 || strncasecmp(to->form, "to", 2)) continue;
    int num = x->len && x->form[0] >= '0' && x->form[0] <= '9';
    for (int k = 0; cardinal[k] && !num; k++) {
      size_t l = strlen(cardinal[k]);
      /* (and a compound cardinal's first part: "twenty-four") */
      num = x->len >= l && !strncasecmp(x->form, cardinal[k], l) && (x->len == l || x->form[l] == '-');
    }
    if (!num) continue;
    d->sw[i].upos = GD_UPOS_NUM;
    d->sw[i - 2].upos = GD_UPOS_ADV;
  }
}

int gd_deps_parse(gd_deps *d, const gd_tokens *t, const char *text, size_t tb, size_t te,
                  const signed char *force) {
  size_t nt = te - tb, cap = 2 * nt + 1;
  if (cap > d->cap) {
    gd_dword *w = realloc(d->w, cap * sizeof *w);
    if (w) d->w = w;
    gd_sword *sw = realloc(d->sw, cap * sizeof *sw);
    if (sw) d->sw = sw;
    gd_udword *ud = realloc(d->ud, cap * sizeof *ud);
    if (ud) d->ud = ud;
    gd_dlemma *lem = realloc(d->lemma, cap * sizeof *lem);
    if (lem) d->lemma = lem;
    if (!w || !sw || !ud || !lem) return -1;
    d->cap = cap;
  }
  if (nt + 1 > d->capt) {
    int *tw = realloc(d->tok_word, (nt + 1) * sizeof *tw);
    if (!tw) return -1;
    d->tok_word = tw;
    d->capt = nt + 1;
  }
  d->text = text;
  d->tb = tb;
  d->te = te;
  size_t n = gd_syntax_words(t, text, tb, te, d->ud);
  d->n = n;
  for (size_t i = 0; i < n; i++) gd_sword_prepare(&d->sw[i], d->ud[i].form, d->ud[i].len);
  /* A headline has no full stop, and the parser, which learnt from
   * sentences, reads "Putin visits Turkey" better with one: it is given one
   * that no word of the headline keeps. */
  size_t nw = n;
  if (force && d->headline && n && !(t->tok[te - 1].flags & GD_TOK_PUNCT)) gd_sword_prepare(&d->sw[nw++], ".", 1);
  if (!force) {
    if (gd_syntax_run(d->m, d->tagcache, d->sw, n)) return -1;
  } else {
    if (gd_syntax_tag(d->m, d->tagcache, d->sw, nw)) return -1;
    /* (A contraction's second word keeps its tag.) */
    for (size_t i = 0; i < n; i++)
      if (force[d->ud[i].tok - tb] >= 0 && (i == 0 || d->ud[i - 1].tok != d->ud[i].tok))
        d->sw[i].upos = force[d->ud[i].tok - tb];
    modal_infinitive(d, n);
    quantity_up_to(d, n);
    if (gd_syntax_parse(d->m, d->sw, nw)) return -1;
    if (nw > n) {
      int stop = d->sw[n].head - 1;
      for (size_t i = 0; i < n; i++)
        if (d->sw[i].head - 1 == (int)n) d->sw[i].head = stop >= 0 && stop < (int)n ? stop + 1 : 0;
    }
  }
  for (size_t k = 0; k <= nt; k++) d->tok_word[k] = -1;
  for (size_t i = n; i-- > 0;) {
    gd_dword *x = &d->w[i];
    x->head = d->sw[i].head - 1;
    x->rel = d->sw[i].rel >= 0 && d->sw[i].rel < GD_MAX_LABELS ? d->relmap[d->sw[i].rel] : GD_R_OTHER;
    x->upos = (unsigned char)d->sw[i].upos;
    x->tok = d->ud[i].tok;
    x->b = d->ud[i].b;
    x->e = d->ud[i].e;
    x->first = x->next = -1;
    d->lemma[i].cap = 0;
    d->tok_word[x->tok - tb] = (int)i;
    if (x->tok + 1 < te && x->e > t->tok[x->tok].e) d->tok_word[x->tok + 1 - tb] = (int)i; /* "F." */
  }
  gd_deps_repair(d);
  return 0;
}

/* "will be stopping in", "was travelling to": the parser often reads the
 * "be" of a progressive as a passive auxiliary and its subject as a
 * passive subject.  No passive participle ends in "-ing", so a verb in
 * "-ing" (but "being", itself an auxiliary) takes them back as an
 * auxiliary and an active subject. */
static int repair_progressive(gd_deps *d) {
  int changed = 0;
  for (size_t i = 0; i < d->n; i++) {
    int h = d->w[i].head;
    if (h < 0 || (d->w[i].rel != GD_R_AUX_PASS && d->w[i].rel != GD_R_NSUBJ_PASS)) continue;
    size_t len = d->w[h].e - d->w[h].b;
    if (d->w[h].upos != GD_UPOS_VERB || len < 5 || strncasecmp(d->text + d->w[h].e - 3, "ing", 3) ||
        gd_deps_is(d, h, "being"))
      continue;
    d->w[i].rel = d->w[i].rel == GD_R_AUX_PASS ? GD_R_AUX : GD_R_NSUBJ;
    changed = 1;
  }
  return changed;
}

/* "it had shot down 37 drones": a verb with an object of its own and no
 * passive auxiliary is active, and the parser's passive subject of it its
 * subject. */
static int repair_active_with_object(gd_deps *d) {
  int changed = 0;
  for (size_t i = 0; i < d->n; i++) {
    int h = d->w[i].head;
    if (h < 0 || d->w[i].rel != GD_R_NSUBJ_PASS || d->w[h].upos != GD_UPOS_VERB) continue;
    int obj = 0, aux = 0;
    for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
      obj |= d->w[k].rel == GD_R_OBJ;
      aux |= d->w[k].rel == GD_R_AUX_PASS;
    }
    if (!obj || aux) continue;
    d->w[i].rel = GD_R_NSUBJ;
    changed = 1;
  }
  return changed;
}

/* "denied that its fighters had shot down a drone": a "that" before the
 * subject of a verb that is the clause of another verb (not a relative
 * clause on a noun: "the drone that Iran downed") is its marker, whatever
 * the parser made it (the verb's object or subject). */
static int repair_that_marker(gd_deps *d) {
  int changed = 0;
  for (size_t i = 0; i < d->n; i++) {
    int v = d->w[i].head;
    if (v < 0 || (size_t)v <= i || (d->w[i].rel != GD_R_OBJ && d->w[i].rel != GD_R_NSUBJ) ||
        d->w[v].upos != GD_UPOS_VERB || d->w[v].head < 0 || d->w[d->w[v].head].upos != GD_UPOS_VERB ||
        !gd_deps_is(d, (int)i, "that"))
      continue;
    int subj = 0;
    for (size_t k = i + 1; k < (size_t)v && !subj; k++) {
      int h = d->w[k].head;
      subj = (d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS) &&
             (h == v || (h >= 0 && d->w[h].head == v && (d->w[h].rel == GD_R_AUX || d->w[h].rel == GD_R_AUX_PASS)));
    }
    if (!subj) continue;
    d->w[i].rel = GD_R_MARK;
    changed = 1;
  }
  return changed;
}

/* "Merkel concluded a three-day visit": a verb has one subject, and the
 * parser that gives it a second one after it, where its subject stands
 * before it, has read its object as a subject. */
static int repair_second_subject(gd_deps *d) {
  int changed = 0;
  for (size_t i = 0; i < d->n; i++) {
    int h = d->w[i].head;
    if (h < 0 || (size_t)h >= i || d->w[i].rel != GD_R_NSUBJ || d->w[h].upos != GD_UPOS_VERB) continue;
    int s = -1;
    for (int k = d->w[h].first; k >= 0 && k < h; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NSUBJ) s = k;
    if (s < 0) continue;
    d->w[i].rel = GD_R_OBJ;
    changed = 1;
  }
  return changed;
}

/* "Russia's first deputy prime minister Igor Shuvalov left": of two
 * subjects before a verb, a first that ends in a possessive "'s" is the
 * second's possessor. */
static int repair_possessor_subject(gd_deps *d) {
  int changed = 0;
  for (size_t h = 0; h < d->n; h++) {
    int s1 = -1, s2 = -1;
    for (int k = d->w[h].first; k >= 0 && (size_t)k < h; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NSUBJ) {
        if (s1 < 0) s1 = k;
        else if (s2 < 0) s2 = k;
      }
    if (s2 < 0) continue;
    int poss = 0;
    for (int k = d->w[s1].first; k >= 0; k = d->w[k].next)
      if (k > s1 && (gd_deps_is(d, k, "'s") || gd_deps_is(d, k, "\u2019s"))) poss = 1;
    if (!poss) continue;
    d->w[s1].head = s2;
    d->w[s1].rel = GD_R_POSS;
    changed = 1;
  }
  return changed;
}

/* "imposed its broadest sanctions so far on Russia", "has resulted so far in
 * higher costs": "so far", "thus far" and "yet" of time take no phrase of
 * their own; one the parser hangs on them after them belongs to the word
 * they modify. */
static int repair_temporal_adverb(gd_deps *d) {
  int changed = 0;
  for (size_t i = 0; i < d->n; i++) {
    int a = d->w[i].head;
    if (a < 0 || (size_t)a >= i || (d->w[i].rel != GD_R_OBL && d->w[i].rel != GD_R_NMOD) ||
        d->w[a].upos != GD_UPOS_ADV || d->w[a].rel != GD_R_ADVMOD || d->w[a].head < 0)
      continue;
    int time = gd_deps_is(d, a, "yet") ||
               (a > 0 && gd_deps_is(d, a, "far") && (gd_deps_is(d, a - 1, "so") || gd_deps_is(d, a - 1, "thus")));
    if (!time) continue;
    int h = d->w[a].head;
    d->w[i].head = h;
    d->w[i].rel = d->w[h].upos == GD_UPOS_NOUN || d->w[h].upos == GD_UPOS_PROPN ? GD_R_NMOD : GD_R_OBL;
    changed = 1;
  }
  return changed;
}

/* "that its jets had shot down": a subject the parser hung on the
 * auxiliary of a verb ("jets" under "had") is the verb's: an auxiliary
 * takes no arguments of its own in UD. */
static int repair_subject_on_auxiliary(gd_deps *d) {
  int changed = 0;
  for (size_t i = 0; i < d->n; i++) {
    int a = d->w[i].head;
    gd_rel r = d->w[i].rel;
    if (a < 0 || (r != GD_R_NSUBJ && r != GD_R_NSUBJ_PASS) || (d->w[a].rel != GD_R_AUX && d->w[a].rel != GD_R_AUX_PASS))
      continue;
    int v = d->w[a].head;
    if (v < 0 || (size_t)a <= i || a >= v) continue;
    d->w[i].head = v;
    changed = 1;
  }
  return changed;
}

static int ends_with(const gd_deps *d, int w, const char *suf);

/* "Kim Jong Un travelled by train to Vladivostok.": a sentence (not a
 * headline, which drops its "was": "Jet downed over Syria") whose root is a
 * name with a past verb hung on it as a participle, and no other verb, is a
 * clause: the verb is its predicate and the name its subject. */
static int repair_predicate_participle(gd_deps *d) {
  int r = -1, v = -1;
  for (size_t i = 0; i < d->n && r < 0; i++)
    if (d->w[i].head < 0) r = (int)i;
  if (d->headline || r < 0 || (d->w[r].upos != GD_UPOS_PROPN && d->w[r].upos != GD_UPOS_NOUN)) return 0;
  for (int k = d->w[r].first; k >= 0 && v < 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_ACL && k > r && d->w[k].upos == GD_UPOS_VERB && !ends_with(d, k, "ing")) v = k;
  if (v < 0) return 0;
  for (size_t i = 0; i < d->n; i++)
    if ((int)i != v && (d->w[i].upos == GD_UPOS_VERB || d->w[i].upos == GD_UPOS_AUX)) return 0;
  /* (The name's own words only between them.) */
  for (int q = r + 1; q < v; q++)
    if (d->w[q].head != r) return 0;
  d->w[v].head = -1;
  d->w[v].rel = GD_R_ROOT;
  d->w[r].head = v;
  d->w[r].rel = GD_R_NSUBJ;
  return 1;
}

/* "the Indian jet shot down by Pakistani fighters": a word the parser read
 * as a noun, with the noun before it as its compound, but followed by the
 * particle "down" and a "by" phrase of its own (or of the particle's) is
 * the participle of a reduced relative on that noun ("the Libyan jet shot
 * down by American fighters"): the noun takes the word's place in the
 * clause, with the words before it, and the participle hangs on it. */
static int repair_reduced_participle(gd_deps *d) {
  int changed = 0;
  for (size_t i = 1; i + 1 < d->n; i++) {
    int p = (int)i, c = p - 1, prt = p + 1, by = -1;
    /* (Or "by" right after the particle, wherever the parser hung the two:
     * "Moscow said the American plane shot down by Soviet missiles had
     * been spying", the particle on "said", the phrase on "spying".) */
    int next_by = prt + 1 < (int)d->n && gd_deps_is(d, prt + 1, "by") && d->w[prt + 1].rel == GD_R_CASE &&
                  d->w[prt + 1].head > prt + 1;
    if (d->w[p].upos != GD_UPOS_NOUN || d->w[c].head != p || d->w[c].rel != GD_R_COMPOUND ||
        (d->w[c].upos != GD_UPOS_NOUN && d->w[c].upos != GD_UPOS_PROPN) || (d->w[prt].head != p && !next_by) ||
        !gd_deps_is(d, prt, "down"))
      continue;
    /* (The "by" phrase on the word or on its particle.) */
    for (int k = prt + 1; k < (int)d->n && by < 0; k++)
      if ((d->w[k].head == p || d->w[k].head == prt) && gd_deps_has_case(d, k, "by")) by = k;
    if (by < 0 && next_by) by = d->w[prt + 1].head;
    if (by < 0) continue;
    for (int k = d->w[p].first; k >= 0; k = d->w[k].next)
      if (k < c) d->w[k].head = c;
    d->w[c].head = d->w[p].head;
    d->w[c].rel = d->w[p].rel;
    d->w[p].head = c;
    d->w[p].rel = GD_R_ACL;
    d->w[p].upos = GD_UPOS_VERB;
    d->w[prt].head = p;
    d->w[prt].rel = GD_R_PRT;
    d->w[by].head = p;
    d->w[by].rel = GD_R_OBL;
    changed = 1;
  }
  return changed;
}

/* "said that the pilot of the American plane shot down over the Soviet
 * Union was alive", "that the pilot of the U-2 plane brought down by a
 * Soviet rocket is alive": a verb with the particle "down" but no object
 * and no auxiliary is no clause of its own when a predicate after it ("was
 * alive") has a copula or auxiliary but no subject: it is the participle of
 * a reduced relative on the noun right before it, and the subject the
 * parser gave it is that predicate's. */
static int repair_participle_before_predicate(gd_deps *d) {
  int changed = 0;
  for (size_t i = 2; i + 1 < d->n; i++) {
    int v = (int)i, n = v - 1, s = -1, p = -1, down = 0, own = 0;
    if (d->w[v].upos != GD_UPOS_VERB || (d->w[n].upos != GD_UPOS_NOUN && d->w[n].upos != GD_UPOS_PROPN)) continue;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next) {
      gd_rel r = (gd_rel)d->w[k].rel;
      if (r == GD_R_NSUBJ && k < n) s = k;
      own |= r == GD_R_OBJ || r == GD_R_AUX || r == GD_R_AUX_PASS || r == GD_R_NSUBJ_PASS;
      down |= k == v + 1 && (r == GD_R_PRT || r == GD_R_ADVMOD) && gd_deps_is(d, k, "down");
    }
    if (s < 0 || own || !down || dominates(d, s, n) != 1) continue;
    /* (The predicate: after it, a sibling or a conjunct of its own, with a
     * copula or auxiliary, or a form of "be" itself: "was in good
     * health".) */
    for (int pass = 0; pass < 2 && p < 0; pass++)
      for (int k = pass ? d->w[v].first : d->w[v].head >= 0 ? d->w[d->w[v].head].first : -1; k >= 0 && p < 0;
           k = d->w[k].next) {
        if (k <= v || (pass && d->w[k].rel != GD_R_CONJ)) continue;
        int aux = d->w[k].upos == GD_UPOS_AUX, subj = 0;
        for (int q = d->w[k].first; q >= 0; q = d->w[q].next) {
          aux |= (d->w[q].rel == GD_R_COP || d->w[q].rel == GD_R_AUX) && q < k;
          subj |= d->w[q].rel == GD_R_NSUBJ || d->w[q].rel == GD_R_NSUBJ_PASS;
        }
        if (aux && !subj) p = k;
      }
    if (p < 0) continue;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_MARK && k < s) d->w[k].head = p;
    if (d->w[p].head == v) {
      d->w[p].head = d->w[v].head;
      d->w[p].rel = d->w[v].rel;
    }
    d->w[s].head = p;
    d->w[v].head = n;
    d->w[v].rel = GD_R_ACL;
    changed = 1;
  }
  return changed;
}

/* "American F-16 fighters flying for NATO shot down four jets", "a British
 * Sea Harrier flying a NATO mission was brought down": a participle in
 * "-ing" right after a noun, with no auxiliary of its own, that the parser
 * made the predicate (the noun its subject) while the finite verb after it,
 * with no subject of its own, hangs on it as a clause, is a reduced relative
 * on the noun: the later verb is the predicate, the noun its subject, and
 * the participle's phrase ("for NATO") the noun's alone. */
static int repair_participle_on_subject(gd_deps *d) {
  int changed = 0;
  for (size_t i = 1; i + 1 < d->n; i++) {
    int v = (int)i, s = v - 1, p = -1;
    if (d->w[v].upos != GD_UPOS_VERB || !ends_with(d, v, "ing") ||
        (d->w[s].upos != GD_UPOS_NOUN && d->w[s].upos != GD_UPOS_PROPN))
      continue;
    /* (Or the parser made the noun the root and the participle its clause
     * already, with the verb hung on the participle.) */
    int rooted = d->w[s].head == -1 && d->w[v].head == s && d->w[v].rel == GD_R_ACL;
    if (!rooted && (d->w[s].head != v || d->w[s].rel != GD_R_NSUBJ)) continue;
    int own = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next) {
      gd_rel r = (gd_rel)d->w[k].rel;
      own |= r == GD_R_AUX || r == GD_R_AUX_PASS || r == GD_R_COP || r == GD_R_MARK;
      if (k > v && p < 0 && d->w[k].upos == GD_UPOS_VERB && !ends_with(d, k, "ing") &&
          (r == GD_R_ADVCL || r == GD_R_CCOMP || r == GD_R_CONJ || r == GD_R_PARATAXIS || r == GD_R_XCOMP ||
           r == GD_R_OTHER))
        p = k;
    }
    if (own || p < 0) continue;
    int pass = 0, bad = 0;
    for (int k = d->w[p].first; k >= 0; k = d->w[k].next) {
      gd_rel r = (gd_rel)d->w[k].rel;
      bad |= r == GD_R_NSUBJ || r == GD_R_NSUBJ_PASS || r == GD_R_MARK || r == GD_R_CC;
      pass |= r == GD_R_AUX_PASS;
    }
    if (bad) continue;
    int top = rooted ? s : v;
    d->w[p].head = d->w[top].head;
    d->w[p].rel = d->w[top].rel;
    /* (What the participle held outside its own phrase, before the noun or
     * after the verb, is the verb's; and what the noun made the root held
     * after the verb.) */
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      if (k != p && (k < s || k > p)) d->w[k].head = p;
    for (int k = rooted ? d->w[s].first : -1; k >= 0; k = d->w[k].next)
      if (k > p) d->w[k].head = p;
    d->w[s].head = p;
    d->w[s].rel = pass ? GD_R_NSUBJ_PASS : GD_R_NSUBJ;
    d->w[v].head = s;
    d->w[v].rel = GD_R_ACL;
    changed = 1;
  }
  return changed;
}

/* "a day after holding talks in Kyiv", "a week after announcing the
 * embargo": a gerund after "after" or "before" that follows a measure of
 * time has no subject of its own; it is an adverbial of the clause the
 * measure belongs to, and shares that clause's subject.  The parser often
 * hangs it elsewhere (on the final stop, or on a noun), so it goes to the
 * nearest verb above the measure; a subject it gave the gerund before the
 * measure is that verb's object ("met Indian Prime Minister Modi on
 * Saturday, a day after visiting"). */
static int repair_gerund_after_time(gd_deps *d) {
  int changed = 0;
  for (size_t i = 2; i < d->n; i++) {
    int v = (int)i, m = v - 1, t = v - 2;
    if (d->w[v].upos != GD_UPOS_VERB || !ends_with(d, v, "ing") || d->w[m].head != v ||
        !(gd_deps_is(d, m, "after") || gd_deps_is(d, m, "before")) || !time_noun(d, t) ||
        child(d, v, GD_R_NSUBJ_PASS) >= 0)
      continue;
    int s = child(d, v, GD_R_NSUBJ);
    if (s > t) continue;
    /* (Past the gerund itself when the parser hung the measure below it.) */
    int g = d->w[t].head;
    for (int steps = 0; g >= 0 && (g == v || d->w[g].upos != GD_UPOS_VERB) && steps < 16; steps++) g = d->w[g].head;
    if (g < 0 || d->w[g].upos != GD_UPOS_VERB || dominates(d, v, g)) continue;
    if (s >= 0) {
      if (s < g || child(d, g, GD_R_OBJ) >= 0) continue;
      d->w[s].head = g;
      d->w[s].rel = GD_R_OBJ;
      changed = 1;
    }
    if (d->w[v].head == g) continue;
    d->w[v].head = g;
    d->w[v].rel = GD_R_ADVCL;
    changed = 1;
  }
  return changed;
}

/* "Australia's minister for the Pacific, Zed Seselja, flew", "Britain's
 * minister for Africa, Lynda Chalker, visited": a name set off by commas
 * after the object of a title's "for" phrase, joined to it with no "and" or
 * "or", is the title's apposition, not a member of a list with the object;
 * the name's later words are its own. */
static int repair_title_for_apposition(gd_deps *d) {
  int changed = 0;
  for (size_t i = 1; i + 1 < d->n; i++) {
    int c = (int)i, o = d->w[c].head, s = c;
    /* (The name's first words may hang on its last: "Douglas Hurd".) */
    while (s > 1 && d->w[s - 1].head == c && (d->w[s - 1].rel == GD_R_COMPOUND || d->w[s - 1].rel == GD_R_FLAT)) s--;
    if (d->w[c].rel != GD_R_CONJ || d->w[c].upos != GD_UPOS_PROPN || o < 0 || o >= s ||
        !gd_deps_is(d, s - 1, ",") || d->w[o].rel != GD_R_NMOD || !gd_deps_has_case(d, o, "for"))
      continue;
    int t = d->w[o].head, cc = 0, e = c;
    if (t < 0 || t >= o || d->w[t].upos != GD_UPOS_NOUN) continue;
    for (int k = d->w[o].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_CC) cc = 1;
    while (e + 1 < (int)d->n && d->w[e + 1].head == o && d->w[e + 1].rel == GD_R_CONJ &&
           d->w[e + 1].upos == GD_UPOS_PROPN)
      e++;
    /* (A list goes on after the name; an apposition closes with a comma.) */
    if (cc || e + 1 >= (int)d->n || !gd_deps_is(d, e + 1, ",")) continue;
    d->w[c].head = t;
    d->w[c].rel = GD_R_APPOS;
    for (int k = c + 1; k <= e; k++) {
      d->w[k].head = c;
      d->w[k].rel = GD_R_FLAT;
    }
    changed = 1;
  }
  return changed;
}

/* "A Georgian Su-25 was, according to the defence ministry, shot down",
 * "Two drones were, according to Hezbollah, shot down": a phrase of
 * "according to" set off by commas between an auxiliary and its verb is an
 * adverbial of that verb; the parser that makes the phrase's noun the
 * clause's predicate (the auxiliary its copula, the subject its own) leaves
 * the verb without subject or auxiliary.  The verb takes the noun's place,
 * the subject and auxiliary before the phrase, and what hangs on the noun
 * after it; the noun becomes the verb's oblique. */
static int repair_according_to(gd_deps *d) {
  static const char *const be[] = {"was", "were", "is", "are", "be", "been", NULL};
  int changed = 0;
  for (size_t i = 0; i + 5 < d->n; i++) {
    int a = (int)i;
    if (!gd_deps_is(d, a + 1, ",") || !gd_deps_is(d, a + 2, "according") || !gd_deps_is(d, a + 3, "to") ||
        (d->w[a].upos != GD_UPOS_AUX && d->w[a].upos != GD_UPOS_VERB))
      continue;
    int j = -1;
    for (int k = a + 4; k < (int)d->n && k < a + 20 && j < 0; k++)
      if (gd_deps_is(d, k, ",")) j = k;
    int p = j + 1, n = d->w[a + 2].head;
    if (j < 0 || p >= (int)d->n || d->w[p].upos != GD_UPOS_VERB || n <= a + 3 || n >= j || d->w[a].head != n)
      continue;
    int pass = 0;
    for (int q = 0; be[q] && !pass; q++) pass = gd_deps_is(d, a, be[q]);
    pass &= !ends_with(d, p, "ing");
    d->w[p].head = d->w[n].head;
    d->w[p].rel = d->w[n].rel;
    for (size_t k = 0; k < d->n; k++) {
      if (d->w[k].head != n || (int)k == p) continue;
      if ((int)k < a + 1) {
        d->w[k].head = p;
        if (d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS)
          d->w[k].rel = pass ? GD_R_NSUBJ_PASS : GD_R_NSUBJ;
        else if ((int)k == a)
          d->w[k].rel = pass ? GD_R_AUX_PASS : GD_R_AUX;
      } else if ((int)k > j) {
        d->w[k].head = p;
      }
    }
    d->w[n].head = p;
    d->w[n].rel = GD_R_OBL;
    changed = 1;
  }
  return changed;
}

/* "The European Community, Britain said on Friday, would keep its ban",
 * "Serbia, said the KLA's spokesman, has been arming": a verb of saying set
 * off by commas between a subject and its predicate, with its own speaker
 * (a second subject before it, or one after it), is a parenthesis; the
 * parser that makes the predicate its complement, with no subject, and the
 * first subject the saying verb's, has the subject on the wrong verb. */
static int repair_parenthetical_saying(gd_deps *d) {
  static const char *const say[] = {"said", "says", "added", "claimed", "insisted", "reported", "stated", "told", NULL};
  int changed = 0;
  for (size_t v = 1; v + 1 < d->n; v++) {
    int ok = 0;
    if (d->w[v].upos != GD_UPOS_VERB) continue; /* (before the word list) */
    for (int i = 0; say[i] && !ok; i++) ok = gd_deps_is(d, (int)v, say[i]);
    if (!ok) continue;
    int s1 = -1, speaker = -1, comp = -1;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next) {
      gd_rel r = d->w[k].rel;
      if (r == GD_R_NSUBJ && k < (int)v) {
        if (s1 < 0) s1 = k;
        else speaker = k;
      } else if ((r == GD_R_NSUBJ || r == GD_R_OBJ) && k > (int)v && comp < 0) speaker = k;
      else if (r == GD_R_CCOMP && k > (int)v) comp = k;
    }
    /* (The parser may read the two subjects as a list, which would have an
     * "and" or "or" before its last member: "The European Community,
     * Britain".) */
    if (s1 >= 0 && speaker < 0)
      for (int k = d->w[s1].first; k >= 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_CONJ && k > s1 && k < (int)v) {
          int cc = 0;
          for (int q = d->w[k].first; q >= 0; q = d->w[q].next) cc |= d->w[q].rel == GD_R_CC;
          speaker = cc ? -1 : k;
        }
    if (s1 < 0 || speaker < 0 || comp < 0 || speaker > comp) continue;
    /* (The commas: after the first subject, and before the predicate.) */
    int before = 0, after = 0, own = 0;
    for (int k = s1 + 1; k < (int)v; k++) before |= gd_deps_is(d, k, ",") && (speaker > (int)v || k < speaker);
    for (int k = (int)v + 1; k < comp; k++) after |= gd_deps_is(d, k, ",");
    for (int k = d->w[comp].first; k >= 0; k = d->w[k].next)
      own |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS || d->w[k].rel == GD_R_MARK;
    if (!before || !after || own) continue;
    d->w[s1].head = comp;
    d->w[s1].rel = gd_deps_passive(d, comp) ? GD_R_NSUBJ_PASS : GD_R_NSUBJ;
    d->w[speaker].head = (int)v;
    d->w[speaker].rel = GD_R_NSUBJ;
    changed = 1;
  }
  return changed;
}

/* "agreed in Brussels on Monday to stop buying", "voted in San Jose on
 * Saturday to break relations": an infinitive with no subject of its own
 * after a verb of deciding is the verb's complement, whose subject it
 * shares, however many phrases stand between them; the parser that reads
 * it as a clause of purpose leaves it without one. */
static int repair_decided_infinitive(gd_deps *d) {
  static const char *const decide[] = {"agree", "agreed", "agrees", "decide", "decided", "decides", "vote", "voted",
                                       "votes", "promise", "promised", "pledge", "pledged", "threaten", "threatened",
                                       "plan", "planned", "plans", "refuse", "refused", "vow", "vowed", "resolve",
                                       "resolved", "undertake", "undertook", "offer", "offered", NULL};
  int changed = 0;
  for (size_t i = 1; i < d->n; i++) {
    int h = d->w[i].head, m = d->w[i].first;
    if (h < 0 || (size_t)h >= i || d->w[i].rel != GD_R_ADVCL || d->w[i].upos != GD_UPOS_VERB ||
        d->w[h].upos != GD_UPOS_VERB || m < 0 || (size_t)m > i || d->w[m].rel != GD_R_MARK || !gd_deps_is(d, m, "to"))
      continue;
    int own = 0, xcomp = 0;
    for (int k = d->w[i].first; k >= 0; k = d->w[k].next)
      own |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS;
    for (int k = d->w[h].first; k >= 0; k = d->w[k].next) xcomp |= d->w[k].rel == GD_R_XCOMP;
    if (own || xcomp) continue;
    int ok = 0;
    for (int k = 0; decide[k] && !ok; k++) ok = gd_deps_is(d, h, decide[k]);
    if (!ok) continue;
    d->w[i].rel = GD_R_XCOMP;
    changed = 1;
  }
  return changed;
}

/* "flew to Paris to see President Macron and went on to Warsaw", "arrived
 * in Cairo to meet Sisi and left for Amman": a verb in a finite form (not
 * its lemma, not a gerund) with no subject or marker of its own, which the
 * parser made a conjunct of an infinitive of purpose, is no part of that
 * infinitive (its conjunct would be an infinitive too: "to see Macron and
 * go on to Warsaw") but a conjunct of the infinitive's verb, whose subject
 * it shares. */
static int repair_finite_conjunct_of_infinitive(gd_deps *d) {
  int changed = 0;
  for (size_t i = 1; i < d->n; i++) {
    int h = d->w[i].head;
    if (h < 0 || (size_t)h >= i || d->w[i].rel != GD_R_CONJ || d->w[i].upos != GD_UPOS_VERB ||
        d->w[h].upos != GD_UPOS_VERB || (d->w[h].rel != GD_R_ADVCL && d->w[h].rel != GD_R_XCOMP))
      continue;
    int hh = d->w[h].head, m = d->w[h].first;
    if (hh < 0 || hh >= h || d->w[hh].upos != GD_UPOS_VERB || m < 0 || m > h || d->w[m].rel != GD_R_MARK ||
        !gd_deps_is(d, m, "to"))
      continue;
    int own = 0;
    for (int k = d->w[i].first; k >= 0; k = d->w[k].next)
      own |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS || d->w[k].rel == GD_R_MARK ||
             d->w[k].rel == GD_R_AUX || d->w[k].rel == GD_R_AUX_PASS;
    /* (A participle after an infinitive's auxiliary shares it: "to be held
     * or touched", "to have been exhausted or lost".) */
    for (int k = d->w[h].first; k >= 0; k = d->w[k].next) own |= d->w[k].rel == GD_R_AUX || d->w[k].rel == GD_R_AUX_PASS;
    if (own) continue;
    char lemma[GD_DEPS_LEMMA];
    size_t ll = gd_deps_lemma(d, (int)i, lemma, sizeof lemma);
    size_t fl = d->w[i].e - d->w[i].b;
    const char *form = d->text + d->w[i].b;
    if (!ll || (ll == fl && !strncasecmp(form, lemma, fl)) || (fl > 3 && !strncasecmp(form + fl - 3, "ing", 3)))
      continue;
    d->w[i].head = hh;
    changed = 1;
  }
  return changed;
}

/* Whether word W is a number: a numeral, or a cardinal in words. */
static int number_word(const gd_deps *d, int w) {
  static const char *const cardinal[] = {"two",     "three",    "four",     "five",     "six",      "seven",
                                         "eight",   "nine",     "ten",      "eleven",   "twelve",   "thirteen",
                                         "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen",
                                         "twenty",  "thirty",   "forty",    "fifty",    NULL};
  if (d->w[w].upos == GD_UPOS_NUM) return 1;
  for (int i = 0; cardinal[i]; i++)
    if (gd_deps_is(d, w, cardinal[i])) return 1;
  return 0;
}

/* "Eight countries, among them India and Burma, abstained", "Seven
 * states of the former bloc, among them Bulgaria and Romania, joined": a
 * list after "among them", set off by commas after a noun, names some of
 * the noun's members; the parser that makes the noun the sentence's root,
 * with the verb after the list hung inside the noun's phrase, has lost the
 * clause: the verb is the predicate, the noun its subject, the list's
 * first member the noun's apposition and its others that member's
 * conjuncts. */
static int repair_among_them(gd_deps *d) {
  int changed = 0;
  for (size_t i = 2; i + 3 < d->n; i++) {
    int a = (int)i, e = a + 2, v = -1;
    if (!gd_deps_is(d, a, "among") || !gd_deps_is(d, a + 1, "them") || !gd_deps_is(d, a - 1, ",")) continue;
    while (e < (int)d->n && !gd_deps_is(d, e, ",")) e++;
    if (e + 1 >= (int)d->n || e == a + 2) continue;
    int r = -1;
    for (size_t k = 0; k < d->n && r < 0; k++)
      if (d->w[k].head < 0) r = (int)k;
    /* (A plural noun after a number may be read as a verb with the number
     * its subject, "Seven states": no verb in "-s" agrees with one.) */
    int counted = r > 0 && d->w[r].upos == GD_UPOS_VERB && ends_with(d, r, "s") && d->w[r - 1].head == r &&
                  d->w[r - 1].rel == GD_R_NSUBJ && number_word(d, r - 1);
    if (r < 0 || r >= a || (d->w[r].upos != GD_UPOS_NOUN && !counted)) continue;
    /* (No verb between the noun and the list.) */
    int own = 1;
    for (int k = r + 1; k < a - 1 && own; k++) own = d->w[k].upos != GD_UPOS_VERB && d->w[k].upos != GD_UPOS_AUX;
    for (int k = e + 1; k < (int)d->n && v < 0; k++)
      if (d->w[k].upos == GD_UPOS_VERB) v = k;
    if (!own || v < 0) continue;
    /* The members: words up to each "and" or comma, each headed by its
     * last word, which must be a noun; names and nouns with their
     * modifiers only ("two aides of the president" has a phrase of its
     * own). */
    int first = -1, prev = -1, b = a + 2;
    for (int k = a + 2; k <= e && own; k++) {
      if (k < e && !gd_deps_is(d, k, ",") && !gd_deps_is(d, k, "and")) continue;
      int m = k - 1;
      for (int q = b; q <= m && own; q++) {
        gd_upos u = d->w[q].upos;
        own = u == GD_UPOS_PROPN || u == GD_UPOS_NOUN || u == GD_UPOS_ADJ || u == GD_UPOS_DET || u == GD_UPOS_NUM;
      }
      if (!own || m < b || (d->w[m].upos != GD_UPOS_PROPN && d->w[m].upos != GD_UPOS_NOUN)) {
        own = 0;
        break;
      }
      b = k + 1;
      if (first < 0) first = m;
      prev = m;
    }
    if (!own || first < 0 || prev == first) continue;
    b = a + 2;
    for (int k = a + 2; k <= e; k++) {
      if (k < e && !gd_deps_is(d, k, ",") && !gd_deps_is(d, k, "and")) continue;
      int m = k - 1;
      for (int q = b; q < m; q++)
        if (d->w[q].head < b || d->w[q].head > m) {
          d->w[q].head = m;
          d->w[q].rel = d->w[q].upos == GD_UPOS_ADJ ? GD_R_AMOD : GD_R_COMPOUND;
        }
      d->w[m].head = m == first ? r : first;
      d->w[m].rel = m == first ? GD_R_APPOS : GD_R_CONJ;
      if (k < e) {
        int next = k + 1;
        while (next < e && !gd_deps_is(d, next, ",") && !gd_deps_is(d, next, "and")) next++;
        d->w[k].head = next - 1;
        d->w[k].rel = gd_deps_is(d, k, "and") ? GD_R_CC : GD_R_OTHER;
      }
      b = k + 1;
    }
    d->w[a + 1].head = first;
    d->w[a + 1].rel = GD_R_NMOD;
    d->w[a].head = a + 1;
    d->w[a].rel = GD_R_CASE;
    d->w[a - 1].head = first;
    d->w[a - 1].rel = GD_R_OTHER;
    d->w[e].head = first;
    d->w[e].rel = GD_R_OTHER;
    /* (What the clause hung on the noun's phrase after the list is the
     * verb's.) */
    for (int k = e + 1; k < (int)d->n; k++)
      if (k != v && d->w[k].head >= r && d->w[k].head < a - 1) d->w[k].head = v;
    if (counted) {
      d->w[r].upos = GD_UPOS_NOUN;
      d->w[r - 1].rel = GD_R_NUMMOD;
      for (int k = d->w[r].first; k >= 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_OBL) d->w[k].rel = GD_R_NMOD;
    }
    d->w[v].head = -1;
    d->w[v].rel = GD_R_ROOT;
    d->w[r].head = v;
    d->w[r].rel = GD_R_NSUBJ;
    changed = 1;
  }
  return changed;
}

/* "Four Bosnian Serb warplanes that defied the ban were shot down": a
 * number the parser made the head of its phrase, with the noun it counts
 * as its apposition right after it (only the noun's modifiers between, no
 * comma): the noun takes the number's place and the number counts it. */
static int repair_number_head(gd_deps *d) {
  int changed = 0;
  for (size_t i = 0; i + 1 < d->n; i++) {
    int w = (int)i, n = -1;
    if (d->w[w].rel == GD_R_NUMMOD) continue;
    for (int k = d->w[w].first; k >= 0 && n < 0; k = d->w[k].next)
      if (k > w && d->w[k].rel == GD_R_APPOS && d->w[k].upos == GD_UPOS_NOUN) n = k;
    /* (The word list last: few words have a noun in apposition after
     * them, and every word of every parse is asked.) */
    if (n < 0 || !number_word(d, w)) continue;
    int ok = 1;
    for (int k = w + 1; k < n && ok; k++) {
      int h = d->w[k].head;
      ok = !gd_deps_is(d, k, ",") && h > w && h <= n;
    }
    if (!ok) continue;
    for (size_t k = 0; k < d->n; k++)
      if (d->w[k].head == w && (int)k != n) d->w[k].head = n;
    d->w[n].head = d->w[w].head;
    d->w[n].rel = d->w[w].rel;
    d->w[w].head = n;
    d->w[w].rel = GD_R_NUMMOD;
    changed = 1;
  }
  return changed;
}

/* "suspended all but humanitarian aid to Peru": an object "all" right
 * before "but" and a noun is that noun (what the verb acts on, the one left
 * out of it named), whose phrase ("to Peru") goes with it; the parser hangs
 * the noun on the verb or on "all" by its "but". The noun becomes the
 * object, "all" an adverb on it and "but" its coordinator. */
static int repair_all_but(gd_deps *d) {
  int changed = 0;
  for (size_t i = 0; i + 2 < d->n; i++) {
    int a = (int)i, h = d->w[a].head;
    if (h < 0 || d->w[a].rel != GD_R_OBJ || !gd_deps_is(d, a, "all") || !gd_deps_is(d, a + 1, "but")) continue;
    int k = d->w[a + 1].head;
    if (k <= a + 1 || d->w[a + 1].rel != GD_R_CASE || d->w[k].upos != GD_UPOS_NOUN) continue;
    if ((d->w[k].head != h && d->w[k].head != a) ||
        (d->w[k].rel != GD_R_OBL && d->w[k].rel != GD_R_NMOD && d->w[k].rel != GD_R_CONJ))
      continue;
    d->w[k].head = h;
    d->w[k].rel = GD_R_OBJ;
    d->w[a].head = k;
    d->w[a].rel = GD_R_ADVMOD;
    d->w[a + 1].rel = GD_R_CC;
    changed = 1;
  }
  return changed;
}

/* "will sell up to forty Eurofighters to Turkey": a cardinal after "up
 * to" (a number by quantity_up_to()) that the parser made an oblique of
 * the verb, "to forty", with the noun it counts hung on it, is that noun's
 * count: the noun is the verb's object, and the phrases hung on the
 * cardinal are the verb's. */
static int repair_up_to(gd_deps *d) {
  int changed = 0;
  for (size_t i = 2; i + 1 < d->n; i++) {
    int v = d->w[i].head, j = (int)i + 1;
    if (d->w[i].upos != GD_UPOS_NUM || !gd_deps_is(d, i - 2, "up") || !gd_deps_is(d, i - 1, "to") || v < 0 ||
        d->w[v].upos != GD_UPOS_VERB || d->w[i].rel != GD_R_OBL)
      continue;
    /* (The noun it counts: the next word, or the noun that word modifies.) */
    while (j + 1 < (int)d->n && d->w[j].head == j + 1 &&
           (d->w[j].rel == GD_R_COMPOUND || d->w[j].rel == GD_R_AMOD))
      j++;
    if ((d->w[j].upos != GD_UPOS_NOUN && d->w[j].upos != GD_UPOS_PROPN) || d->w[j].head != (int)i) continue;
    int own = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next) own |= d->w[k].rel == GD_R_OBJ;
    if (own) continue;
    for (size_t k = 0; k < d->n; k++)
      if (d->w[k].head == (int)i && (int)k != j && k > i) d->w[k].head = v, d->w[k].rel = GD_R_OBL;
    d->w[j].head = v;
    d->w[j].rel = GD_R_OBJ;
    d->w[i].head = j;
    d->w[i].rel = GD_R_NUMMOD;
    d->w[i - 2].head = (int)i;
    d->w[i - 2].rel = GD_R_ADVMOD;
    d->w[i - 1].head = (int)i - 2;
    d->w[i - 1].rel = GD_R_FIXED;
    changed = 1;
  }
  return changed;
}

void gd_deps_repair(gd_deps *d) {
  link_children(d);
  if (repair_possessor_subject(d)) link_children(d);
  if (repair_predicate_participle(d)) link_children(d);
  if (repair_reduced_participle(d)) link_children(d);
  if (repair_participle_before_predicate(d)) link_children(d);
  if (repair_title_for_apposition(d)) link_children(d);
  if (repair_parenthetical_saying(d)) link_children(d);
  if (repair_according_to(d)) link_children(d);
  if (repair_among_them(d)) link_children(d);
  if (repair_number_head(d)) link_children(d);
  if (repair_all_but(d)) link_children(d);
  if (repair_up_to(d)) link_children(d);
  if (repair_finite_conjunct_of_infinitive(d)) link_children(d);
  /* (Relations only: the links stay.) */
  repair_progressive(d);
  repair_active_with_object(d);
  repair_that_marker(d);
  repair_second_subject(d);
  repair_decided_infinitive(d);
  if (repair_opening_clause(d)) link_children(d);
  if (repair_participle_on_subject(d)) link_children(d);
  if (repair_subordinators(d)) link_children(d);
  if (repair_temporal_adverb(d)) link_children(d);
  if (repair_subject_on_auxiliary(d)) link_children(d);
  if (repair_gerund_after_time(d)) link_children(d);
}

int gd_deps_word(const gd_deps *d, size_t tok) {
  return tok >= d->tb && tok < d->te ? d->tok_word[tok - d->tb] : -1;
}

int gd_deps_span_head(const gd_deps *d, size_t tb, size_t te) {
  int best = -1;
  for (size_t k = tb; k < te; k++) {
    int w = gd_deps_word(d, k);
    for (; w >= 0 && (size_t)w < d->n && d->w[w].tok == k; w++) {
      int h = d->w[w].head;
      if (h < 0 || d->w[h].tok < tb || d->w[h].tok >= te) {
        /* Of several words heading out of the span, the one nearest the
         * root: a verb phrase "went to" is headed by "went". */
        if (best < 0 || d->w[w].upos == GD_UPOS_VERB) best = best < 0 || d->w[best].upos != GD_UPOS_VERB ? w : best;
      }
    }
  }
  return best;
}

size_t gd_deps_lemma(const gd_deps *d, int w, char *out, size_t cap) {
  const gd_dword *x = &d->w[w];
  /* (Remembered with the tag and the room it was made for: both change
   * the lemma.) */
  gd_dlemma *l = d->lemma && cap <= GD_DEPS_LEMMA ? &d->lemma[w] : NULL;
  if (l && l->cap == cap && l->upos == x->upos) {
    memcpy(out, l->s, l->len + 1);
    return l->len;
  }
  size_t n = gd_syntax_lemma(d->m, d->text + x->b, x->e - x->b, x->upos, out, cap);
  if (l) {
    l->cap = cap;
    l->upos = x->upos;
    l->len = n;
    memcpy(l->s, out, n + 1);
  }
  return n;
}

static int ends_with(const gd_deps *d, int w, const char *suf) {
  size_t n = strlen(suf), len = d->w[w].e - d->w[w].b;
  return len > n + 1 && !strncasecmp(d->text + d->w[w].e - n, suf, n);
}

int gd_deps_passive(const gd_deps *d, int w) {
  if (w < 0) return 0;
  if (child(d, w, GD_R_AUX_PASS) >= 0 || child(d, w, GD_R_NSUBJ_PASS) >= 0) return 1;
  /* A participle after its noun: "the jets sold to Turkey", not "leaders
   * visiting China". */
  /* (A participle with an object of its own is active, whatever the
   * parser hung it on: "a battery shot down a jet".) */
  return d->w[w].rel == GD_R_ACL && d->w[w].upos == GD_UPOS_VERB && !ends_with(d, w, "ing") &&
         (size_t)w > 0 && d->w[w].head < w && child(d, w, GD_R_OBJ) < 0;
}

/* "who", "which", "that" opening a relative clause stand for its noun. */
static int resolve_relative(const gd_deps *d, int w, int clause) {
  if (w < 0 || d->w[w].upos != GD_UPOS_PRON) return w;
  int wh = gd_deps_is(d, w, "who") || gd_deps_is(d, w, "which") || gd_deps_is(d, w, "whom");
  if (!wh && !gd_deps_is(d, w, "that")) return w;
  if (d->w[clause].rel == GD_R_RELCL) return d->w[clause].head;
  /* ", which ..." that the parser did not read as a relative clause:
   * the noun just before stands for it. */
  for (int k = w - 1; wh && k >= 0 && k >= w - 3; k--) {
    if (d->w[k].upos == GD_UPOS_NOUN || d->w[k].upos == GD_UPOS_PROPN) return k;
    if (d->w[k].upos != GD_UPOS_PUNCT) break;
  }
  return w;
}


static int is_verbal(const gd_deps *d, int w) {
  int u = d->w[w].upos;
  return u == GD_UPOS_VERB || u == GD_UPOS_AUX || u == GD_UPOS_ADJ;
}

int gd_deps_in_gerund(const gd_deps *d, int v) {
  if (v < 0 || (size_t)v >= d->n) return -1;
  /* (Right after V's object: "joined NATO, following Finland in
   * abandoning neutrality" is Finland's gerund, however the parser hung
   * it.) */
  int prev = -1;
  for (int k = d->w[v].first; k >= 0; k = d->w[k].next) {
    gd_rel r = d->w[k].rel;
    int after_obj = prev >= 0 && (d->w[prev].rel == GD_R_OBJ || d->w[prev].rel == GD_R_IOBJ);
    if (r != GD_R_OTHER) prev = k;
    if (k < v || !after_obj || (r != GD_R_ADVCL && r != GD_R_OBL)) continue;
    /* (A gerund with a subject of its own shares nothing.) */
    if (is_verbal(d, k) && ends_with(d, k, "ing") && gd_deps_has_case(d, k, "in") && child(d, k, GD_R_NSUBJ) < 0)
      return k;
    /* "in imposing sanctions" read as a phrase of "in" whose noun an
     * adjective in "-ing" modifies, right after the preposition. */
    int c = child(d, k, GD_R_CASE), a = c + 1;
    if (r == GD_R_OBL && c >= 0 && gd_deps_is(d, c, "in") && a < k && d->w[a].head == k &&
        d->w[a].rel == GD_R_AMOD && ends_with(d, a, "ing"))
      return a;
  }
  return -1;
}

void gd_deps_rehang_gerund(gd_deps *d, int v, int g) {
  if (v < 0 || g <= 0 || (size_t)g >= d->n || d->w[g].rel != GD_R_AMOD) return;
  int n = d->w[g].head, c = g - 1;
  if (n < 0 || d->w[c].head != n || d->w[c].rel != GD_R_CASE || d->w[n].head != v) return;
  d->w[g].head = v;
  d->w[g].rel = GD_R_ADVCL;
  d->w[g].upos = GD_UPOS_VERB;
  d->w[c].head = g;
  d->w[c].rel = GD_R_MARK;
  d->w[n].head = g;
  d->w[n].rel = GD_R_OBJ;
  link_children(d);
}

void gd_deps_rehang(gd_deps *d, int w, int head, int rel) {
  if (w < 0 || (size_t)w >= d->n || head < 0 || (size_t)head >= d->n || w == head) return;
  d->w[w].head = head;
  d->w[w].rel = (unsigned char)rel;
  link_children(d);
}

/* The object of verb G before word TO (an infinitive's "to"), the one G
 * asks or lets act: its own, else its indirect object, else the object of
 * a participle the parser made G's complement when it is the adjective of
 * that object ("allow Tibet's exiled leader to visit": "exiled" taking
 * "leader"), or -1.  OWN_ONLY: only that last reading (an adverbial
 * infinitive whose verb has an object of its own is one of purpose: "sent
 * troops to protect"). */
static int controlled_object(const gd_deps *d, int g, int to, int own_only) {
  int o = child(d, g, GD_R_OBJ);
  if (o < 0) o = child(d, g, GD_R_IOBJ);
  if (o >= 0 && o < to) return own_only ? -1 : o;
  for (int p = d->w[g].first; p >= 0 && p < to; p = d->w[p].next) {
    if ((d->w[p].rel != GD_R_XCOMP && d->w[p].rel != GD_R_CCOMP) || p < g ||
        (d->w[p].upos != GD_UPOS_VERB && d->w[p].upos != GD_UPOS_ADJ) || !ends_with(d, p, "ed") ||
        child(d, p, GD_R_AUX) >= 0)
      continue;
    int q = child(d, p, GD_R_OBJ);
    if (q > p && q < to) return q;
  }
  return -1;
}

/* The subject of predicate H (active voice): its own, or the one it
 * shares: a coordinated verb's ("X froze assets and banned trade"), the
 * controller of an infinitive ("agreed to sell"; "allowed Y to visit"
 * gives Y), the clause an adverbial participle hangs on. */
static int subject(const gd_deps *d, int h, int pass, int depth) {
  if (h < 0 || depth > 8) return -1;
  gd_rel sr = pass ? GD_R_NSUBJ_PASS : GD_R_NSUBJ;
  int s = child(d, h, sr);
  /* (Of two subjects the parser gave before the verb, the nearer is its
   * own: "Tensions landed on Seattle's doorstep when Chen visited
   * Seattle", the first the subject of a clause whose verb it lost.) */
  for (int k = s >= 0 ? d->w[s].next : -1; k >= 0 && k < h; k = d->w[k].next)
    if (d->w[k].rel == sr) s = k;
  if (s >= 0) return resolve_relative(d, s, h);
  if (!pass && child(d, h, GD_R_NSUBJ_PASS) >= 0) return -1;
  const gd_dword *x = &d->w[h];
  /* "an offer for Tehran to avoid sanctions": the noun of "for" right
   * before an infinitive's "to" is its subject, wherever the parser hung
   * it. */
  int to = child(d, h, GD_R_MARK);
  if (!pass && to > 1 && to < h && gd_deps_is(d, to, "to")) {
    int k = to - 1;
    if ((d->w[k].upos == GD_UPOS_PROPN || d->w[k].upos == GD_UPOS_NOUN || d->w[k].upos == GD_UPOS_PRON) &&
        d->w[k].head != h) {
      int c = child(d, k, GD_R_CASE);
      if (c >= 0 && gd_deps_is(d, c, "for")) return k;
    }
  }
  int g = x->head;
  if (g < 0) return -1;
  /* "called on Iran to stop", "appealed to Syria to withdraw": the phrase
   * of "on" or "to" before the infinitive controls it, however the parser
   * hung the infinitive (an infinitive's: "accused Iran on Tuesday of
   * arming" leaves the day no actor). */
  if (!pass && to > 0 && to < h && gd_deps_is(d, to, "to") && (x->rel == GD_R_XCOMP || x->rel == GD_R_ADVCL))
    for (int k = d->w[g].first; k >= 0 && k < to; k = d->w[k].next)
      if (d->w[k].rel == GD_R_OBL && k > g && !time_noun(d, k) && !day_name(d, k) &&
          (gd_deps_has_case(d, k, "on") || gd_deps_has_case(d, k, "upon") || gd_deps_has_case(d, k, "to")))
        return k;
  switch (x->rel) {
  case GD_R_XCOMP:
    if (!pass) {
      int o = child(d, g, GD_R_OBJ);
      if (o < 0) o = child(d, g, GD_R_IOBJ);
      if (o < 0 && to > 0 && to < h) o = controlled_object(d, g, to, 0);
      if (o >= 0) return o;
    }
    return subject(d, g, 0, depth + 1);
  case GD_R_CONJ:
  case GD_R_ADVCL: { /* "froze its work to avoid sanctions", "..., visiting Iraq" */
    /* "accused Russia of shooting down", "blamed Iran for arming": a
     * gerund after "of" or "for" is its governor's object's act. */
    if (x->rel == GD_R_ADVCL && !pass && (gd_deps_has_case(d, h, "of") || gd_deps_has_case(d, h, "for"))) {
      int o = child(d, g, GD_R_OBJ);
      if (o >= 0 && o < h) return o;
    }
    /* "gave Zimbabwe a month to hold elections": the one given the time
     * (the indirect object) acts in the infinitive. */
    if (x->rel == GD_R_ADVCL && !pass && to > 0 && to < h) {
      int o = child(d, g, GD_R_IOBJ);
      if (o >= 0 && o < h) return o;
      /* (And the object hung on a participle read as the verb's
       * complement: "allow Tibet's exiled leader, ..., to visit".) */
      if ((o = controlled_object(d, g, to, 1)) >= 0) return o;
    }
    /* "..., and Colombia signed": a name right before the verb is its
     * own subject, however the parser hung it (often as a conjunct of the
     * noun before "and"). */
    /* (Not the one a "with" phrase names before an infinitive: "signed
     * a contract with KAI to buy" is the signer's purpose, not KAI's.) */
    int k = h - 1;
    while (k >= 0 && (d->w[k].upos == GD_UPOS_AUX || d->w[k].upos == GD_UPOS_ADV || d->w[k].upos == GD_UPOS_PART))
      k--;
    /* (Nor one a preposition of its own governs before an infinitive,
     * but for "to", "on" and "upon", which name the one asked to act
     * ("his invitation to President Eisenhower to visit"): "signed a deal
     * in Moscow to buy jets" is the signer's purpose.) */
    if (k >= 0 && !(to > k && to < h && gd_deps_has_case(d, k, "with")) && (d->w[k].upos == GD_UPOS_PROPN || d->w[k].upos == GD_UPOS_PRON) && d->w[k].head != h &&
        d->w[k].rel != GD_R_OBJ && !pass && !(to > k && to < h && child(d, k, GD_R_CASE) >= 0 && !gd_deps_has_case(d, k, "to") &&
                                       !gd_deps_has_case(d, k, "on") && !gd_deps_has_case(d, k, "upon")))
      return k;
    if (x->rel == GD_R_ADVCL) return subject(d, g, 0, depth + 1);
    if (!is_verbal(d, g)) return -1;
    /* The subject is shared whatever each verb's voice: "the drone
     * crossed the border and was shot down". */
    k = subject(d, g, pass, depth + 1);
    /* ("Sarkozy, whose country holds the EU presidency, held talks": a
     * subject "whose" owns is that of a relative clause the parser made
     * the head of its noun's verbs; a conjunct after it is the noun's.) */
    if (k >= 0 && k < h && child(d, k, GD_R_POSS) >= 0 && gd_deps_is(d, child(d, k, GD_R_POSS), "whose"))
      for (int s2 = d->w[g].first; s2 >= 0 && s2 < k; s2 = d->w[s2].next)
        if (d->w[s2].rel == GD_R_NSUBJ || d->w[s2].rel == GD_R_NSUBJ_PASS) {
          k = s2;
          break;
        }
    return k >= 0 || !pass ? k : subject(d, g, 0, depth + 1);
  }
  case GD_R_ACL: /* "leaders visiting China"; "jets sold to Turkey" (its patient) */
    return pass || ends_with(d, h, "ing") || child(d, h, GD_R_OBJ) >= 0 ? g : -1;
  case GD_R_PARATAXIS: {
    /* "met Karzai in Kabul, then flew on to New Delhi": a verb after its
     * head's clause that "then" opens, with no subject of its own,
     * continues that clause and shares its subject, as a conjunct does. */
    int then = -1;
    for (int k = x->first; k >= 0 && k < h; k = d->w[k].next)
      if (d->w[k].rel == GD_R_ADVMOD && gd_deps_is(d, k, "then")) then = k;
    if (then < 0 || g > h || !is_verbal(d, g)) return -1;
    int k = subject(d, g, pass, depth + 1);
    return k >= 0 || !pass ? k : subject(d, g, 0, depth + 1);
  }
  default:
    return -1;
  }
}

/* Whether phrase W is introduced by the preposition P (one word, or the
 * first word of a fixed expression). */
int gd_deps_has_case(const gd_deps *d, int w, const char *p) {
  size_t n = strcspn(p, " ");
  for (int c = d->w[w].first; c >= 0; c = d->w[c].next) {
    if (d->w[c].rel != GD_R_CASE && d->w[c].rel != GD_R_MARK) continue;
    /* ("out of Kuwait", "because of": the "of" of a preposition of two
     * words is no preposition of its own.) */
    if (c > 0 && d->w[c - 1].head == w && d->w[c - 1].rel == GD_R_CASE && gd_deps_is(d, c, "of") &&
        (gd_deps_is(d, c - 1, "out") || gd_deps_is(d, c - 1, "because") || gd_deps_is(d, c - 1, "instead") ||
         gd_deps_is(d, c - 1, "ahead")))
      continue;
    if (d->w[c].e - d->w[c].b == n && !strncasecmp(d->text + d->w[c].b, p, n)) {
      if (!p[n]) return 1;
      /* "on board", "because of": the rest is the preposition's fixed
       * child. */
      for (int f = d->w[c].first; f >= 0; f = d->w[f].next)
        if (d->w[f].rel == GD_R_FIXED && gd_deps_is(d, f, p + n + 1)) return 1;
    }
  }
  return 0;
}

static int is_nominal(const gd_deps *d, int w) {
  int u = d->w[w].upos;
  return u == GD_UPOS_NOUN || u == GD_UPOS_PROPN || u == GD_UPOS_PRON || u == GD_UPOS_NUM || u == GD_UPOS_ADJ ||
         u == GD_UPOS_X;
}

/* W and the words coordinated with it ("A, B and C"), but not its
 * appositions ("A, the Emirati minister,"). */
static size_t with_conj(const gd_deps *d, int w, int *out, size_t n, size_t max) {
  if (w < 0 || n >= max) return n;
  for (size_t i = 0; i < n; i++)
    if (out[i] == w) return n;
  out[n++] = w;
  /* The last proper noun conjoined to W ("A, B, C and D"): a proper noun
   * the parser reads as an apposition of W before it is one more member
   * of the list, not another name for W. */
  int last = -1;
  for (int c = d->w[w].first; c >= 0; c = d->w[c].next)
    if (d->w[c].rel == GD_R_CONJ && d->w[c].upos == GD_UPOS_PROPN && c > w) last = c;
  for (int c = d->w[w].first; c >= 0 && n < max; c = d->w[c].next) {
    /* (So is one that has the list's later members as its own conjuncts:
     * "A, B, C and D" read as B an apposition of A, C and D conjoined to
     * B.) */
    int heads_rest = 0;
    for (int k = d->w[c].first; k >= 0 && d->w[c].rel == GD_R_APPOS; k = d->w[k].next)
      heads_rest |= d->w[k].rel == GD_R_CONJ && d->w[k].upos == GD_UPOS_PROPN && k > c;
    if ((d->w[c].rel == GD_R_CONJ && is_nominal(d, c)) ||
        (d->w[c].rel == GD_R_APPOS && d->w[c].upos == GD_UPOS_PROPN && c > w && (c < last || heads_rest)))
      n = with_conj(d, c, out, n, max);
  }
  return n;
}

/* The phrases of preposition P on H.  (In a list of such phrases, "to A,
 * to B and to C", "alliances with A and with B", the parser may hang a
 * later conjunct on the verb or noun itself rather than on the first: a
 * noun conjunct of H with the preposition of its own is one of them, as a
 * noun coordinated with H would share H's preposition, not have one.) */
static size_t preps(const gd_deps *d, int h, const char *p, int *out, size_t n, size_t max) {
  for (int c = d->w[h].first; c >= 0 && n < max; c = d->w[c].next) {
    gd_rel r = d->w[c].rel;
    /* "arrived in Hanoi and later in Manila": a conjunct that is only an
     * adverb stands for the verb again, and its phrases are the verb's. */
    if (r == GD_R_CONJ && c > h && d->w[c].upos == GD_UPOS_ADV && is_verbal(d, h))
      for (int m = d->w[c].first; m >= 0 && n < max; m = d->w[m].next)
        if ((d->w[m].rel == GD_R_OBL || d->w[m].rel == GD_R_NMOD) && gd_deps_has_case(d, m, p))
          n = with_conj(d, m, out, n, max);
    if ((r == GD_R_OBL || r == GD_R_NMOD || r == GD_R_OBL_AGENT || r == GD_R_ADVCL ||
         (r == GD_R_CONJ && c > h && is_nominal(d, c))) &&
        gd_deps_has_case(d, c, p)) {
      size_t n0 = n;
      n = with_conj(d, c, out, n, max);
      /* (Or on the noun of a phrase inside one of them: "to NATO
       * headquarters in Brussels and to a summit in Sicily", the second
       * "to" phrase hung on "Brussels".) */
      for (size_t i = n0, n1 = n; i < n1 && n < max; i++)
        for (int m = d->w[out[i]].first; m >= 0 && n < max; m = d->w[m].next)
          if (d->w[m].rel == GD_R_NMOD && m > out[i])
            for (int j = d->w[m].first; j >= 0 && n < max; j = d->w[j].next)
              if (d->w[j].rel == GD_R_CONJ && j > m && is_nominal(d, j) && gd_deps_has_case(d, j, p))
                n = with_conj(d, j, out, n, max);
    }
  }
  return n;
}

size_t gd_deps_higher_nouns(const gd_deps *d, int n, int *out, size_t max) {
  size_t k = 0;
  for (int g = n >= 0 ? d->w[n].head : -1, steps = 0; g >= 0 && k < max && steps < 6; steps++, g = d->w[g].head) {
    int u = d->w[g].upos;
    if (u == GD_UPOS_NOUN || u == GD_UPOS_PROPN) out[k++] = g;
    else if (d->w[g].rel != GD_R_ACL) break; /* a participle: its noun is next */
  }
  return k;
}

int gd_deps_relative_fills(const gd_deps *d, int h, int subj) {
  if (h < 0) return 0;
  int c = child(d, h, subj ? GD_R_NSUBJ : GD_R_OBJ);
  return c >= 0 && resolve_relative(d, c, h) != c;
}

/* Whether word H is a phrase of preposition P that the parser hung on the
 * noun before it, set off by a comma after that noun: "Dulles, in Taipei on a
 * one-day visit, met Chiang", where it tells of the noun's circumstances
 * as an adverbial of the clause would. */
static int set_off_after_noun(const gd_deps *d, int h, const char *p) {
  int g = d->w[h].head;
  return g >= 0 && g + 1 < h && d->w[h].rel == GD_R_NMOD && is_nominal(d, g) && gd_deps_is(d, g + 1, ",") &&
         gd_deps_has_case(d, h, p);
}

static int time_adverbial(const gd_deps *d, int h) {
  /* (A "during" phrase the parser hung on a noun is the clause's all the
   * same: "made progress during a visit".) */
  if (d->w[h].rel == GD_R_NMOD && gd_deps_has_case(d, h, "during")) return 1;
  return d->w[h].rel == GD_R_OBL &&
         (gd_deps_has_case(d, h, "during") || gd_deps_has_case(d, h, "on") || gd_deps_has_case(d, h, "after") || gd_deps_has_case(d, h, "before") ||
          gd_deps_has_case(d, h, "since") || gd_deps_has_case(d, h, "throughout") || gd_deps_has_case(d, h, "in") || gd_deps_has_case(d, h, "at"));
}

size_t gd_deps_outer_subjects(const gd_deps *d, int h, int *out, size_t max) {
  size_t n = 0;
  if (h < 0 || !time_adverbial(d, h)) return 0;
  int g = d->w[h].head;
  /* (From the noun it hangs on up to that noun's verb.) */
  for (int up = 0; g >= 0 && up < 3 && !is_verbal(d, g) &&
                   (d->w[g].rel == GD_R_OBJ || d->w[g].rel == GD_R_OBL || d->w[g].rel == GD_R_NMOD);
       up++)
    g = d->w[g].head;
  for (int depth = 0; g >= 0 && n < max && depth < 6; depth++) {
    int s = subject(d, g, 0, 0);
    if (s >= 0 && (!n || out[n - 1] != s)) out[n++] = s;
    gd_rel r = d->w[g].rel;
    if (r != GD_R_CCOMP && r != GD_R_ADVCL && r != GD_R_CONJ && r != GD_R_XCOMP && r != GD_R_PARATAXIS) break;
    g = d->w[g].head;
  }
  return n;
}

/* The noun that present participle H modifies as an adjective ("a
 * visiting official"), or -1.  (A past one is passive: "armed drones".) */
static int attributive_of(const gd_deps *d, int h) {
  int g = d->w[h].head;
  return d->w[h].rel == GD_R_AMOD && g > h && ends_with(d, h, "ing") && (d->w[g].upos == GD_UPOS_NOUN || d->w[g].upos == GD_UPOS_PROPN) ? g
                                                                                                             : -1;
}

/* The relative clause on noun H whose object the noun is ("the sanctions,
 * which the EU imposed on Russia"), its pronoun right after the noun (or a
 * comma after it: the parser may hang a clause on a noun further back), or
 * -1. */
static int object_relative(const gd_deps *d, int h) {
  for (int r = d->w[h].first; r >= 0; r = d->w[r].next) {
    if (d->w[r].rel != GD_R_RELCL || r < h) continue;
    int o = child(d, r, GD_R_OBJ);
    int next = o == h + 1 || (o == h + 2 && d->w[h + 1].upos == GD_UPOS_PUNCT);
    if (next && o < r && resolve_relative(d, o, r) == h && child(d, r, GD_R_NSUBJ) >= 0) return r;
  }
  return -1;
}

/* The noun K when word O, with nothing hung on it but punctuation, is
 * followed by a comma and then only K's modifiers before K: a modifier in
 * a list before K read as a phrase of its own ("French, German allies"),
 * wherever the parser hung K; else -1. */
static int listed_head(const gd_deps *d, int o) {
  if ((size_t)o + 2 >= d->n || !gd_deps_is(d, o + 1, ",")) return -1;
  for (int c = d->w[o].first; c >= 0; c = d->w[c].next)
    if (d->w[c].upos != GD_UPOS_PUNCT) return -1;
  int k = d->w[o + 2].head;
  if (k <= o + 2 || (d->w[k].upos != GD_UPOS_NOUN && d->w[k].upos != GD_UPOS_PROPN)) return -1;
  for (int q = o + 2; q < k; q++)
    if (d->w[q].head != k || (d->w[q].rel != GD_R_AMOD && d->w[q].rel != GD_R_COMPOUND)) return -1;
  return k;
}

size_t gd_deps_slot(const gd_deps *d, int h, gd_slot_kind kind, const char *prep, int noun, int passive,
                    int *out, size_t max) {
  if (h < 0 || (size_t)h >= d->n || !max) return 0;
  const gd_dword *x = &d->w[h];
  int g = x->head;
  size_t n = 0;
  int attr = noun || passive ? -1 : attributive_of(d, h);
  if (attr >= 0) {
    /* "X gave a visiting official ...", "X met visiting Y in Z": the one
     * who does it is the noun; where, the clause's place, else the subject
     * of the clause the noun is an object of. */
    int v = d->w[attr].head;
    gd_rel r = d->w[attr].rel;
    switch (kind) {
    case GD_SLOT_SUBJ: return with_conj(d, attr, out, 0, max);
    case GD_SLOT_OBJ:
      return v >= 0 && (r == GD_R_OBJ || r == GD_R_IOBJ || r == GD_R_OBL) ? with_conj(d, subject(d, v, 0, 0), out, 0, max)
                                                                          : 0;
    case GD_SLOT_PREP:
      n = preps(d, attr, prep, out, 0, max);
      return n || v < 0 ? n : preps(d, v, prep, out, 0, max);
    default: return 0;
    }
  }
  switch (kind) {
  case GD_SLOT_SUBJ:
    if (passive) return preps(d, h, "by", out, 0, max);
    if (!noun) return with_conj(d, subject(d, h, 0, 0), out, 0, max);
    /* A noun's agent: the subject of a copula ("X is an ally"), the noun
     * an apposition describes ("Y, an ally of Z"), or the subject of the
     * clause it is the object (direct or indirect, as the parser may read
     * the one asked to act: "X asked its allies to consult") or an
     * adverbial of ("X imposed sanctions", "X spoke during a visit to Y"). */
    if (child(d, h, GD_R_COP) >= 0) return with_conj(d, child(d, h, GD_R_NSUBJ), out, 0, max);
    /* A noun before the name it describes: "Kremlin ally Alexander
     * Lukashenko", as a compound of the name or with the name in
     * apposition. */
    {
      int a = child(d, h, GD_R_APPOS);
      if (a > h && a <= h + 4 && d->w[a].upos == GD_UPOS_PROPN) return with_conj(d, a, out, 0, max);
    }
    if (g < 0) return 0;
    if (g > h && g <= h + 4 && d->w[g].upos == GD_UPOS_PROPN &&
        (x->rel == GD_R_COMPOUND || (x->rel == GD_R_NMOD && child(d, h, GD_R_CASE) < 0)))
      return with_conj(d, g, out, 0, max);
    if (x->rel == GD_R_APPOS) return with_conj(d, g, out, 0, max);
    /* ("Rumsfeld, in Kabul on an unannounced trip, met Karzai": an
     * occasion set off after a name is the name's.) */
    if (set_off_after_noun(d, h, "on") || set_off_after_noun(d, h, "during")) return with_conj(d, g, out, 0, max);
    /* (An adverbial of time or occasion, "during/on/after a visit"; not
     * "for/over/despite sanctions", which are others' acts.) */
    if (x->rel == GD_R_OBJ || x->rel == GD_R_IOBJ || x->rel == GD_R_XCOMP || time_adverbial(d, h))
      return with_conj(d, subject(d, g, 0, 0), out, 0, max);
    if (x->rel == GD_R_NSUBJ_PASS && (n = preps(d, g, "by", out, 0, max))) return n;
    /* "The sanctions, which the EU imposed on Russia, were extended": the
     * subject of a relative clause whose object the noun is. */
    if (object_relative(d, h) >= 0) return with_conj(d, subject(d, object_relative(d, h), 0, 0), out, 0, max);
    return 0;
  case GD_SLOT_OBJ:
    if (noun) return 0;
    if (passive) {
      int s = subject(d, h, 1, 0);
      if (s < 0 && x->rel == GD_R_ACL) s = g;
      return with_conj(d, s, out, 0, max);
    }
    n = with_conj(d, child(d, h, GD_R_IOBJ), out, 0, max);
    {
      /* (Of two objects the parser gave, a relative pronoun it misplaced
       * yields to the noun: "the first time that Israel downed a jet".  A
       * bare word that is a modifier listed with a comma before a noun's
       * own gives way to that noun: "to host French, German allies".) */
      int o = -1;
      for (int k = d->w[h].first; k >= 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_OBJ && (o < 0 || resolve_relative(d, o, h) != o)) o = k;
      /* (Or read such a list's first word as a complement: "host Indian,
       * Australian allies".) */
      for (int m = d->w[h].first; o < 0 && m >= 0; m = d->w[m].next)
        if (d->w[m].rel == GD_R_XCOMP && m > h && listed_head(d, m) >= 0) o = m;
      if (o >= 0 && listed_head(d, o) >= 0) o = listed_head(d, o);
      if (o >= 0) return with_conj(d, resolve_relative(d, o, h), out, n, max);
    }
    /* "the jets (that) Turkey bought": the noun is the object. */
    if (!n && x->rel == GD_R_RELCL && child(d, h, GD_R_NSUBJ) >= 0 && resolve_relative(d, child(d, h, GD_R_NSUBJ), h) != g)
      n = with_conj(d, g, out, 0, max);
    return n;
  case GD_SLOT_PREP:
    n = preps(d, h, prep, out, 0, max);
    /* "the sale of the jets to India by France", "the purchase of jets by
     * India": the agent's "by" phrase the parser hung on the noun's "of"
     * phrase is the noun's, before any of the verb above it. */
    /* (So is the "to" phrase of its goal: "the sale of up to 84 F-15
     * fighters to Saudi Arabia", "the sale of forty F-35s to Greece".) */
    for (int k = noun && (!strcmp(prep, "by") || !strcmp(prep, "to")) ? x->first : -1; k >= 0 && !n; k = d->w[k].next)
      if (k > h && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of")) n = preps(d, k, prep, out, 0, max);
    /* "met the Pope at the Vatican", "sold jets to Turkey": a phrase the
     * parser hung on the verb's object may be the verb's. */
    if (!n && !noun && child(d, h, GD_R_OBJ) >= 0) n = preps(d, child(d, h, GD_R_OBJ), prep, out, 0, max);
    /* (So is one there when the verb's own "to" is only an infinitive's
     * of purpose: "would send Allen to Cairo to tell the Premier", the
     * parser hanging "to Cairo" on the name.) */
    else if (n == 1 && !noun && !strcmp(prep, "to") && d->w[out[0]].upos == GD_UPOS_VERB &&
             (d->w[out[0]].rel == GD_R_ADVCL || d->w[out[0]].rel == GD_R_XCOMP) && child(d, h, GD_R_OBJ) >= 0) {
      int alt[16];
      size_t na = preps(d, child(d, h, GD_R_OBJ), prep, alt, 0, max < 16 ? max : 16);
      if (na) {
        memcpy(out, alt, na * sizeof *out);
        n = na;
      }
    }
    /* "Rumsfeld, in Kabul, met Karzai": so may one set off after the
     * verb's subject. */
    if (!n && !noun && !passive) {
      int s = subject(d, h, 0, 0);
      for (int c = s >= 0 && s < h ? d->w[s].first : -1; c >= 0 && !n; c = d->w[c].next)
        if (c < h && set_off_after_noun(d, c, prep)) n = with_conj(d, c, out, 0, max);
    }
    /* "imposed sanctions on Iran": the phrase hangs on the verb whose
     * object the noun is. */
    /* (Not those of a noun it is the subject of, by a copula: "the
     * embargo was an act of aggression by the United States".) */
    if (!n && noun && g >= 0 && (x->rel == GD_R_OBJ || x->rel == GD_R_NSUBJ_PASS || x->rel == GD_R_NSUBJ) &&
        !(x->rel == GD_R_NSUBJ && child(d, g, GD_R_COP) >= 0))
      n = preps(d, g, prep, out, 0, max);
    /* (An active verb has no agent: a "by" phrase the parser hung on the
     * verb the noun depends on is the noun's, "commented on a visit to
     * Moscow last week by Chinese officials".) */
    if (!n && noun && g >= 0 && !strcmp(prep, "by") && d->w[g].upos == GD_UPOS_VERB && !gd_deps_passive(d, g))
      for (int k = d->w[g].first; k >= 0 && !n; k = d->w[k].next)
        if (d->w[k].rel == GD_R_OBL_AGENT && k > h) n = with_conj(d, k, out, 0, max);
    /* (Or on the relative clause whose object it is: "which the EU
     * imposed on Russia".) */
    if (!n && noun && object_relative(d, h) >= 0) n = preps(d, object_relative(d, h), prep, out, 0, max);
    return n;
  case GD_SLOT_POSS:
    if (!noun) return 0;
    n = with_conj(d, child(d, h, GD_R_POSS), out, 0, max);
    /* Then the modifiers nearest the noun: "EU sanctions", "Chinese
     * purchases", "the Powell visit". */
    /* (A name or an adjective before a common noun: "a U.S. trade
     * embargo" is the U.S.'s.) */
    for (int c = h - 1; c >= 0 && !n && c >= h - 4; c--)
      if (d->w[c].head == h && (d->w[c].rel == GD_R_COMPOUND || d->w[c].rel == GD_R_AMOD) &&
          (d->w[c].upos == GD_UPOS_PROPN || d->w[c].upos == GD_UPOS_ADJ))
        n = with_conj(d, c, out, 0, max);
    for (int c = h - 1; c >= 0 && !n && c >= h - 4; c--)
      if (d->w[c].head == h && (d->w[c].rel == GD_R_COMPOUND || d->w[c].rel == GD_R_AMOD)) n = with_conj(d, c, out, 0, max);
    return n;
  }
  return 0;
}
