/* geordf: what extraction knows of sanctions alone: those who join
 * another's sanctions, and the target a verb of undergoing names.
 * SPDX-License-Identifier: MIT */
#include "extract-attr.h"
#include "extract-ctx.h"
#include "extract-frame.h"
#include "extract-merge.h"
#include "extract-np.h"
#include "extract-tree.h"
#include "extract-types.h"
#include "ud.h"

#include <string.h>

/* ---- the type's rules (its row in schema.c points here) ------------------ */

static int sanction_core_ok(const geordf_event *ev) {
  return ev->nfill[GEORDF_ROLE_IMPOSER] && ev->nfill[GEORDF_ROLE_TARGET];
}

static int sanction_mergeable(const geordf_event *a, const geordf_event *b) {
  return same_year(a, b) && same_month(a, b) && same_day(a, b) && a->status == b->status && a->planned == b->planned &&
         same_set(a, b, GEORDF_ROLE_IMPOSER) && same_set(a, b, GEORDF_ROLE_TARGET);
}

const gd_type_rules gd_sanction_rules = {sanction_core_ok, sanction_mergeable};

/* Whether word W is a licence or a permit. */
int licence_noun(const gd_deps *d, int w) {
  static const char *const word[] = {"licence", "licences", "license", "licenses", "permit", "permits", NULL};
  for (int k = 0; word[k]; k++)
    if (gd_deps_is(d, w, word[k])) return 1;
  return 0;
}

/* Whether word W is a dealing with someone: aid, trade, goods bought or
 * sold (an import quota: "Cuba's sugar quota"), money held ("Egypt's sterling
 * balances", "Afghanistan's reserves"), ties ("cut off military ties with",
 * "suspended all military ties with").  Arms sold are one only when ARMS
 * (a verb that stops them outright: "halted arms sales to Turkey", "halted
 * its deliveries of tanks"); otherwise they are an arms deal's alone. */
static int dealing(const ctx *c, int w, int arms) {
  static const char *const word[] = {"aid", "assistance", "trade", "imports", "exports", "sale", "sales", "shipment",
                                     "shipments", "delivery", "deliveries", "supplies", "assets", "funds", "credits",
                                     "loans", "investment", "investments", "purchases", "quota", "quotas", "dealings",
                                     "balances", "reserves", "deposits", "ties", "links", NULL};
  /* (One delivery or shipment of arms stopped is that deal's cancellation
   * alone: "suspended the delivery of cluster bombs to Israel".) */
  if (gd_deps_is(&c->deps, w, "delivery") || gd_deps_is(&c->deps, w, "shipment")) arms = 0;
  /* A carrier's right to fly is one only when the carrier, a state's, is
   * named as its holder ("suspended Aeroflot's landing rights", "Belavia's
   * permit to operate"): an airline suspends its own flights for safety
   * ("suspended its flights to Minsk"). */
  static const char *const held[] = {"flights", "rights", "permit", "permits", "licence", "license", NULL};
  const gd_deps *d = &c->deps;
  int is = 0;
  for (int k = 0; word[k] && !is; k++) is = gd_deps_is(d, w, word[k]);
  /* (Ties only with one a "with" phrase of the noun or its verb names:
   * "cut diplomatic ties and closed their borders to it" names no one the
   * ties were with.) */
  if (is && (gd_deps_is(d, w, "ties") || gd_deps_is(d, w, "links"))) {
    int with = 0;
    for (int a = 0; a < 2 && !with; a++)
      for (int k = a ? (d->w[w].head >= 0 ? d->w[d->w[w].head].first : -1) : d->w[w].first; k >= 0 && !with;
           k = d->w[k].next)
        with = k > w && (d->w[k].rel == GD_R_NMOD || d->w[k].rel == GD_R_OBL) && gd_deps_has_case(d, k, "with");
    is = with;
  }
  for (int k = 0; held[k] && !is; k++)
    if (gd_deps_is(d, w, held[k]))
      for (int q = d->w[w].first; q >= 0 && !is; q = d->w[q].next) {
        const np *p = d->w[q].rel == GD_R_POSS && q < w && d->w[q].upos != GD_UPOS_PRON ? word_np(c, q) : NULL;
        is = p && !p->person && np_actor(c, p) && np_actor(c, p)->kind == GD_KIND_COUNTRY;
      }
  /* A licence or permit to export is the dealing it allows: "halted new
   * licences for arms exports to Turkey", "suspended arms export licences
   * to Saudi Arabia", "suspended the export permits for the drone
   * technology it sells to Turkey".  (Its "for" phrase, or an "export" it
   * is compounded with; only for a verb that stops it outright, ARMS, as a
   * licence to export is most often one for arms.) */
  if (!is && arms && licence_noun(d, w))
    for (int q = d->w[w].first; q >= 0 && !is; q = d->w[q].next) {
      if (q < w && d->w[q].rel == GD_R_COMPOUND && (gd_deps_is(d, q, "export") || gd_deps_is(d, q, "exports")))
        is = 1;
      if (q < w && d->w[q].rel == GD_R_COMPOUND && (gd_deps_is(d, q, "arms") || gd_deps_is(d, q, "weapons")))
        is = 1;
      if (q > w && d->w[q].rel == GD_R_NMOD && gd_deps_has_case(d, q, "for") && d->w[q].upos == GD_UPOS_NOUN)
        is = dealing(c, q, arms) || gd_deps_is(d, q, "technology") || gd_deps_is(d, q, "equipment");
    }
  for (int k = arms ? -1 : d->w[w].first; k >= 0 && is; k = d->w[k].next) {
    if (d->w[k].rel == GD_R_COMPOUND && (gd_deps_is(d, k, "arms") || gd_deps_is(d, k, "weapons"))) is = 0;
    /* ("its deliveries of tanks to Israel") */
    const np *p = d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of") ? word_np(c, k) : NULL;
    if ((p && p->weapon) || (d->w[k].rel == GD_R_NMOD && has_cue(c, d->w[k].tok, GD_CUE_ARMS))) is = 0;
  }
  return is;
}

/* Whether word W names a sum of money: "millions", "dollars", "$". */
static int amount(const ctx *c, int w) {
  static const char *const word[] = {"millions", "billions", "million", "billion", "thousands", "dollars", "pounds",
                                     "euros", "$", NULL};
  for (int k = 0; word[k]; k++)
    if (gd_deps_is(&c->deps, w, word[k])) return 1;
  return 0;
}

/* Whether the object of the verb at word H (in the passive, PASS, its
 * subject) is a dealing: "froze Iraqi assets", "suspended food aid to
 * Poland", "halted grain sales to the Soviet Union".  (Where the parser
 * gives the verb no object, as it may in a headline, the noun its phrase
 * right after it ends in: "Bush Freezes Iraqi Assets".) */
int dealing_object(const ctx *c, int h, int pass, int arms) {
  const gd_deps *d = &c->deps;
  /* A noun of stopping: the phrase its preposition, right after it, opens
   * ("a halt to all oil imports from Iran"), wherever the parser hung it. */
  if (d->w[h].upos == GD_UPOS_NOUN)
    return (size_t)h + 1 < d->n && d->w[h + 1].rel == GD_R_CASE && d->w[h + 1].head > h + 1 &&
           dealing(c, d->w[h + 1].head, arms);
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, pass, w, GD_MAX_FILL);
  for (size_t i = 0; i < n; i++) {
    /* ("stopped Soviet aid to Syria from reaching Damascus" keeps it from
     * doing something, on the verb or its object: no sanction.) */
    for (int a = 0; a < 2; a++)
      for (int k = d->w[a ? w[i] : h].first; k >= 0; k = d->w[k].next)
        if ((d->w[k].rel == GD_R_ADVCL || d->w[k].rel == GD_R_ACL || d->w[k].rel == GD_R_XCOMP) &&
            d->w[k].first >= 0 && d->w[d->w[k].first].rel == GD_R_MARK && gd_deps_is(d, d->w[k].first, "from"))
          return 0;
    if (dealing(c, w[i], arms)) return 1;
    /* A sum whose "of" or "in" phrase is the dealing: "cut off millions of
     * dollars in aid to Honduras", "froze $30 million in aid to Egypt". */
    int q = w[i];
    for (int depth = 0; depth < 2 && q >= 0 && amount(c, q); depth++) {
      int next = -1;
      for (int k = d->w[q].first; k >= 0 && next < 0; k = d->w[k].next)
        if (k > q && d->w[k].rel == GD_R_NMOD && (gd_deps_has_case(d, k, "of") || gd_deps_has_case(d, k, "in")))
          next = k;
      if (next >= 0 && dealing(c, next, arms)) return 1;
      q = next;
    }
    /* (or the verb's own "in" phrase, where the parser hung it there.) */
    if (amount(c, w[i]))
      for (int k = d->w[h].first; k >= 0; k = d->w[k].next)
        if (k > w[i] && d->w[k].rel == GD_R_OBL && gd_deps_has_case(d, k, "in") && dealing(c, k, arms)) return 1;
  }
  if (n || pass) return 0;
  for (int k = h + 1; k < (int)d->n && k <= h + 4; k++) {
    gd_upos u = d->w[k].upos;
    if (u == GD_UPOS_NOUN || u == GD_UPOS_PROPN) {
      if (dealing(c, k, arms)) return 1;
    } else if (u != GD_UPOS_ADJ && u != GD_UPOS_DET && u != GD_UPOS_NUM) {
      return 0;
    }
  }
  return 0;
}

/* Whether the object of the verb at word H (in the passive, PASS, its
 * subject) is a way into a state that is closed: a border, a frontier,
 * airspace, ports ("closed its airspace to Russian aircraft", "closed their
 * borders with Mali", "closed their borders and airspace to it"). */
int barrier_object(const ctx *c, int h, int pass) {
  static const char *const word[] = {"border", "borders", "frontier", "frontiers", "airspace", "port", "ports",
                                     "airports", "crossings", NULL};
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, pass, w, GD_MAX_FILL);
  for (size_t i = 0; i < n; i++)
    for (int k = 0; word[k]; k++)
      if (gd_deps_is(d, w[i], word[k])) return 1;
  return 0;
}

/* The subject of a verb of joining right before a sanction noun ("has
 * joined the EU measures", "aligned itself with European sanctions"). */
static const geordf_entity *join_subject(const ctx *c, size_t trig_tb, size_t sent_tb, size_t np0, size_t np1) {
  for (size_t k = trig_tb, steps = 0; k > sent_tb && steps < 6; steps++) {
    k--;
    if (boundary(c, k) || is_punct(c, k, ",")) return NULL;
    const gd_mention *m = mention_at(c, k);
    if (m && (m->cues & (1u << GD_CUE_JOIN))) {
      npset s = {{0}, 0};
      find_subj(c, m->tb, sent_tb, np0, np1, 0, &s);
      return s.n ? np_actor(c, s.v[0]) : NULL;
    }
    if (m) k = m->tb;
  }
  return NULL;
}

/* "Montenegro aligned itself with EU sanctions against Russia": the one
 * who joins a sanction imposes it too; adds that event.  -1 on failure. */
int add_joiner(ctx *c, const geordf_event *ev, size_t trig_tb, size_t stb, size_t np0, size_t np1,
               size_t sb, size_t sbe) {
  const geordf_entity *joiner = join_subject(c, trig_tb, stb, np0, np1);
  if (!joiner || joiner == ev->fill[GEORDF_ROLE_TARGET][0] || contains(ev, GEORDF_ROLE_IMPOSER, joiner)) return 0;
  geordf_event ev2 = *ev;
  ev2.nfill[GEORDF_ROLE_IMPOSER] = 0;
  gd_event_fill(&ev2, GEORDF_ROLE_IMPOSER, joiner);
  gd_event_forget_evidence(&ev2);
  ev2.item = NULL;
  geordf_event *o2 = gd_events_add(c->evs, ev2.type);
  if (!o2) return -1;
  *o2 = ev2;
  return gd_event_add_evidence(o2, sb, sbe);
}

/* Whether word A lies on the path from word B up to the root (a few steps). */
static int above(const gd_deps *d, int a, int b) {
  for (int steps = 0; b >= 0 && steps < 12; steps++, b = d->w[b].head)
    if (b == a) return 1;
  return 0;
}

/* "urged Sudan to disarm the militias or face sanctions", "must comply or
 * risk sanctions": a verb of undergoing coordinated with the verb before
 * "or" or "and", which the parser reads as a noun joined to that verb's
 * object (and the sanction noun as that verb's own object).  For the
 * sanction noun H, the verb of undergoing right before its phrase, after
 * "or" or "and"; its clause's verb (the one an infinitive's "to" or an
 * auxiliary before the conjunction marks) into *CLAUSE.  -1 when the
 * words are not so. */
static int coordinated_undergo(const ctx *c, int h, int *clause) {
  const gd_deps *d = &c->deps;
  /* (The verb may have been read as a modifier inside the phrase: "or
   * face sanctions" as a compound.) */
  int u = h - 1;
  while (u >= 0 && above(d, h, u) &&
         !(u > 0 && lemma_cue(c, u, -1, GD_CUE_UNDERGO) && (gd_deps_is(d, u - 1, "or") || gd_deps_is(d, u - 1, "and"))))
    u--;
  if (u < 1 || !lemma_cue(c, u, -1, GD_CUE_UNDERGO) || above(d, u, h)) return -1;
  if (!gd_deps_is(d, u - 1, "or") && !gd_deps_is(d, u - 1, "and")) return -1;
  for (int k = u - 2, steps = 0; k >= 0 && steps < 30; k--, steps++) {
    if (gd_deps_is(d, k, ";") || gd_deps_is(d, k, ":")) break;
    int v = d->w[k].head;
    if (v <= k || v >= u - 1) continue;
    /* an infinitive's "to", a subjunctive's "that", an auxiliary */
    if ((d->w[k].rel == GD_R_MARK && (gd_deps_is(d, k, "to") || gd_deps_is(d, k, "that"))) ||
        (d->w[k].rel == GD_R_AUX && d->w[k].upos == GD_UPOS_AUX)) {
      *clause = v;
      return u;
    }
  }
  return -1;
}

/* "Washington urged Iran to comply or face sanctions", "a resolution
 * calling on Sudan to disarm or face sanctions", "warned Belarus that it
 * would face sanctions": the one who sets the condition to an addressee,
 * who is the one to undergo the sanction, threatens it.  CLAUSE is the
 * clause of undergoing (or the one it is coordinated with), T the target's
 * word, DISJUNCT whether "or" joins the verb of undergoing to it (else the
 * governing verb must be one of warning).  The governing verb's subject's
 * phrase, or NULL. */
static const np *ultimatum(const ctx *c, int clause, int t, int disjunct) {
  const gd_deps *d = &c->deps;
  int v = clause;
  while (v >= 0 && d->w[v].rel == GD_R_CONJ) v = d->w[v].head;
  if (v < 0 || d->w[v].head < 0) return NULL;
  gd_rel r = d->w[v].rel;
  if (r != GD_R_XCOMP && r != GD_R_CCOMP && r != GD_R_ADVCL) return NULL;
  int g = d->w[v].head;
  /* A condition: "or face sanctions", or a verb of warning; "urged Iran
   * to cooperate and avoid sanctions" is advice. */
  if (d->w[g].upos != GD_UPOS_VERB || (!disjunct && !lemma_cue(c, g, -1, GD_CUE_THREAT))) return NULL;
  const np *tp = word_np(c, t);
  const geordf_entity *te = tp ? np_actor(c, tp) : NULL;
  if (!te) return NULL;
  /* The addressee is the target: the governing verb's object, or its "on"
   * or "to" phrase ("called on Khartoum to"). */
  int addressed = 0;
  for (int k = d->w[g].first; k >= 0 && !addressed; k = d->w[k].next) {
    gd_rel kr = d->w[k].rel;
    if (kr != GD_R_OBJ && kr != GD_R_IOBJ &&
        !(kr == GD_R_OBL && (gd_deps_has_case(d, k, "on") || gd_deps_has_case(d, k, "upon") ||
                             gd_deps_has_case(d, k, "to"))))
      continue;
    const np *p = word_np(c, k);
    addressed = p && np_actor(c, p) == te;
  }
  /* "Obama warned that Russia would face further sanctions", "the EU
   * warned that Belarus would face new sanctions": a verb of warning with
   * no one addressed warns the one its reported clause says will undergo
   * them. */
  if (!addressed && r == GD_R_CCOMP) {
    char lem[16];
    gd_deps_lemma(d, g, lem, sizeof lem);
    int told = 0;
    for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
      told |= d->w[k].rel == GD_R_OBJ || d->w[k].rel == GD_R_IOBJ;
    addressed = !told && (!strcmp(lem, "warn") || !strcmp(lem, "threaten") || !strcmp(lem, "vow"));
  }
  /* Or the verb demands it outright ("demanding that Syria withdraw or
   * face sanctions"). */
  if (!addressed && !lemma_cue(c, g, -1, GD_CUE_REQUEST)) return NULL;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  const np *p = n ? word_np(c, w[0]) : NULL;
  return p && np_actor(c, p) != te ? p : NULL;
}

/* "South Africa was hit with sanctions by the United States", "Libya was
 * hit with new sanctions by the European Community": the agent of a
 * passive verb of undergoing imposes the sanction in its "with" phrase.
 * The parser hangs the "by" phrase on the verb or on the sanction noun H
 * before it.  The agent's phrase, or NULL. */
static const np *passive_agent(const ctx *c, int g, int h) {
  const gd_deps *d = &c->deps;
  for (int a = 0; a < 2; a++)
    for (int k = d->w[a ? h : g].first; k >= 0; k = d->w[k].next) {
      gd_rel r = d->w[k].rel;
      if (k == h || !gd_deps_has_case(d, k, "by") ||
          (a ? r != GD_R_NMOD : r != GD_R_OBL_AGENT && r != GD_R_OBL))
        continue;
      const np *p = word_np(c, k);
      if (p && np_actor(c, p)) return p;
    }
  return NULL;
}

/* "Sudan faces sanctions", "for Tehran to avoid UN sanctions", "spare Iran
 * from sanctions", "whether Sudan is hit with sanctions", "was hit by
 * sanctions": a sanction noun
 * governed by a verb of undergoing targets that verb's subject (its object
 * when it has one; its passive subject).  Returns the target's phrase and
 * sets *THREAT when the verb speaks of a sanction still to come (2 when
 * it is the condition of an ultimatum, whatever other verbs of the
 * sentence say); *BY is the one who sets the condition (see ultimatum()),
 * or NULL.  A verb of getting around a sanction ("evaded the embargo")
 * gives its subject the same way, with *EVADED set: the sanction is in
 * force, and one that names its own target keeps it. */
const np *undergoer(const ctx *c, int h, int *threat, const np **by, int *evaded) {
  const gd_deps *d = &c->deps;
  *by = NULL;
  *evaded = 0;
  int clause = -1, u = coordinated_undergo(c, h, &clause);
  if (u >= 0) {
    int w[GD_MAX_FILL];
    size_t n = gd_deps_slot(d, clause, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
    if (!n) return NULL;
    *threat = 2; /* a condition set: threatened, whatever the other verb says */
    *by = ultimatum(c, clause, w[0], gd_deps_is(d, u - 1, "or"));
    return word_np(c, w[0]);
  }
  int g = d->w[h].head;
  gd_rel r = d->w[h].rel;
  /* Through a noun that speaks of the sanction to come: "faces the threat
   * of sanctions", "to ward off calls for sanctions". */
  if (g >= 0 && r == GD_R_NMOD && (gd_deps_has_case(d, h, "of") || gd_deps_has_case(d, h, "for")) &&
      d->w[g].upos == GD_UPOS_NOUN && d->w[g].head >= 0) {
    h = g;
    g = d->w[h].head;
    r = d->w[h].rel;
  }
  /* "Cuba was placed under a U.S. embargo", "the UN put Iraq under
   * sanctions", "Libya was subjected to sanctions": one placed under a
   * sanction (its object; its passive subject) undergoes it, and it
   * happened. */
  if (g >= 0 && r == GD_R_OBL && (gd_deps_has_case(d, h, "under") || gd_deps_has_case(d, h, "to"))) {
    char lem[16];
    gd_deps_lemma(d, g, lem, sizeof lem);
    if (((!strcmp(lem, "place") || !strcmp(lem, "put")) && gd_deps_has_case(d, h, "under")) ||
        (!strcmp(lem, "subject") && gd_deps_has_case(d, h, "to"))) {
      int w[GD_MAX_FILL], pass = gd_deps_passive(d, g);
      size_t n = gd_deps_slot(d, g, GD_SLOT_OBJ, NULL, 0, pass, w, GD_MAX_FILL);
      *threat = 0;
      /* (The one who placed it there imposes it, unless it names its own.) */
      int s[GD_MAX_FILL];
      if (n && gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, pass, s, GD_MAX_FILL)) *by = word_np(c, s[0]);
      /* ("was placed under an embargo by the Security Council": the "by"
       * phrase the parser hangs on the noun is the passive's agent.) */
      for (int k = d->w[h].first; n && !*by && pass && k >= 0; k = d->w[k].next)
        if (k > h && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "by")) *by = word_np(c, k);
      return n ? word_np(c, w[0]) : NULL;
    }
  }
  /* "Cuba has been under an American embargo since 1962", "Iraq remained
   * under sanctions", "Argentina, under an arms embargo since 1978, ...":
   * who is under a sanction undergoes it, and it is in force: the subject
   * of the copula or of a verb of staying, or the noun the phrase is set
   * off after.  (Its imposer is the noun's own: "imposed by the Security
   * Council".) */
  if (gd_deps_has_case(d, h, "under")) {
    int t = -1, cop = 0;
    for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
      if (d->w[k].rel == GD_R_COP) cop = 1;
      if (d->w[k].rel == GD_R_NSUBJ && k < h) t = k;
    }
    if (!cop) t = -1;
    if (t < 0 && g >= 0 && r == GD_R_OBL && d->w[g].upos == GD_UPOS_VERB) {
      char lem[16];
      gd_deps_lemma(d, g, lem, sizeof lem);
      if (!strcmp(lem, "remain") || !strcmp(lem, "stay") || !strcmp(lem, "live") || !strcmp(lem, "be")) {
        int w[GD_MAX_FILL];
        if (gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL)) t = w[0];
      }
    }
    if (t < 0 && g >= 0 && g + 1 < h && r == GD_R_NMOD && gd_deps_is(d, g + 1, ",")) t = g;
    const np *p = t >= 0 ? word_np(c, t) : NULL;
    if (!p || !np_actor(c, p)) return NULL;
    *threat = 0;
    for (int k = d->w[h].first; k >= 0 && !*by; k = d->w[k].next)
      for (int a = d->w[k].rel == GD_R_ACL && k > h ? d->w[k].first : -1; a >= 0 && !*by; a = d->w[a].next)
        if ((d->w[a].rel == GD_R_OBL_AGENT || d->w[a].rel == GD_R_OBL) && gd_deps_has_case(d, a, "by") &&
            word_np(c, a) && np_actor(c, word_np(c, a)))
          *by = word_np(c, a);
    return p;
  }
  /* (The agent of a passive too: "Poland was hit by Western sanctions".) */
  if (g < 0 || (r != GD_R_OBJ && r != GD_R_OBL && r != GD_R_OBL_AGENT)) return NULL;
  int prt = -1; /* "ward off", "head off" */
  for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_PRT) prt = k;
  /* (The parser may read the particle as the preposition of the object
   * after it, "off" of "ward off calls": a case marker right after the
   * verb, heading a phrase of the verb's.) */
  for (int k = d->w[g].first; k >= 0 && prt < 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_OBL && g + 1 < k && d->w[g + 1].head == k && d->w[g + 1].rel == GD_R_CASE) prt = g + 1;
  /* "Moscow hit back with sanctions": a verb of undergoing turned to
   * retaliation by "back" is its subject's act, not its lot. */
  for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
    if ((d->w[k].rel == GD_R_ADVMOD || d->w[k].rel == GD_R_PRT) && k == g + 1 && gd_deps_is(d, k, "back")) return NULL;
  int evade = lemma_cue(c, g, -1, GD_CUE_EVADE) || (prt >= 0 && lemma_cue(c, g, prt, GD_CUE_EVADE));
  int undergo = lemma_cue(c, g, -1, GD_CUE_UNDERGO) || (prt >= 0 && lemma_cue(c, g, prt, GD_CUE_UNDERGO));
  if (!evade && !undergo) return NULL;
  /* What is got around is the verb's object ("beat the embargo", "breached
   * sanctions"): a noun in a prepositional phrase of such a verb is none
   * ("Argentina beat France on penalties", "breached the rules with
   * penalties"), and the verb's object is no one undergoing it. */
  if (evade && !undergo && r != GD_R_OBJ) return NULL;
  *evaded = evade;
  int w[GD_MAX_FILL];
  size_t n;
  int o = -1;
  for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_OBJ && k != h) o = k;
  /* (An object undergoes only "from" or "with" sanctions: "spare Iran from
   * sanctions"; "ward off calls for sanctions" is the subject's.) */
  if (o >= 0 && r == GD_R_OBL && (gd_deps_has_case(d, h, "for") || gd_deps_has_case(d, h, "of"))) o = -1;
  /* "stop enriching uranium to avoid sanctions": an infinitive of purpose
   * the parser hung on a noun no actor stands for is its clause's
   * adverbial; the subject of the verb the noun depends on undergoes. */
  /* (Or read it as the complement of that verb, whose subject the
   * parser would then take from the noun as its object: "stop enriching
   * uranium to avoid sanctions" with "avoid" an xcomp of "enriching".) */
  int v = g;
  if ((d->w[g].rel == GD_R_ACL || d->w[g].rel == GD_R_XCOMP) && d->w[g].head >= 0 && d->w[g].head < g) {
    int to = -1;
    for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_MARK && gd_deps_is(d, k, "to")) to = k;
    int n0 = d->w[g].rel == GD_R_ACL ? d->w[g].head : -1, gv = n0 >= 0 ? d->w[n0].head : d->w[g].head;
    if (n0 < 0 && gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL) && d->w[w[0]].head == gv &&
        d->w[w[0]].rel == GD_R_OBJ && d->w[w[0]].upos == GD_UPOS_NOUN)
      n0 = w[0];
    const np *np0 = n0 >= 0 ? word_np(c, n0) : NULL;
    if (to >= 0 && n0 >= 0 && (!np0 || (!np_actor(c, np0) && !np0->person)) && gv >= 0 &&
        d->w[gv].upos == GD_UPOS_VERB) {
      v = gv;
      o = -1;
    }
  }
  if (v != g) n = gd_deps_slot(d, v, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  else if (gd_deps_passive(d, g)) n = gd_deps_slot(d, g, GD_SLOT_OBJ, NULL, 0, 1, w, GD_MAX_FILL);
  else if (o >= 0) w[0] = o, n = 1;
  else n = gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  *threat = !evade && !gd_deps_is(d, g, "hit") && !gd_deps_is(d, g, "suffered") && !gd_deps_is(d, g, "incurred");
  if (n && v == g && o < 0 && !gd_deps_passive(d, g)) *by = ultimatum(c, g, w[0], 0);
  if (*by && *threat) *threat = 2;
  if (n && v == g && gd_deps_passive(d, g) && r != GD_R_OBL_AGENT) *by = passive_agent(c, g, h);
  return n ? word_np(c, w[0]) : NULL;
}

/* "refer North Korea to the Security Council for possible sanctions",
 * "Iran should be sent to the UN Security Council for sanctions": a
 * sanction noun in the "for" phrase of a verb that brings someone (its
 * object; its passive subject) before a body (a "to" or "before" phrase
 * naming an organization) is that body's to impose on them, not yet
 * imposed.  Returns the target's phrase and sets *BODY, or NULL. */
const np *referral(const ctx *c, int h, const np **body) {
  const gd_deps *d = &c->deps;
  int g = d->w[h].head;
  *body = NULL;
  /* (The parser may hang the "for" phrase on the body's noun before it:
   * "referred North Korea to the Security Council for possible
   * sanctions".) */
  int o = -1;
  if (g >= 0 && d->w[h].rel == GD_R_NMOD && gd_deps_has_case(d, h, "for") && d->w[g].rel == GD_R_OBL &&
      (gd_deps_has_case(d, g, "to") || gd_deps_has_case(d, g, "before")) && d->w[g].head >= 0)
    h = g, g = d->w[g].head;
  /* (Or on the object before it: "report Iran to the Council for
   * sanctions", the "for" phrase an nmod of "Iran".) */
  else if (g >= 0 && d->w[h].rel == GD_R_NMOD && gd_deps_has_case(d, h, "for") && d->w[g].rel == GD_R_OBJ &&
           d->w[g].head >= 0)
    o = g, h = g, g = d->w[g].head;
  else if (g < 0 || d->w[h].rel != GD_R_OBL || !gd_deps_has_case(d, h, "for"))
    return NULL;
  if (d->w[g].upos != GD_UPOS_VERB) return NULL;
  /* (The body's phrase on the verb or on its object, wherever the "for"
   * phrase hangs.) */
  for (int k = d->w[g].first; k >= 0 && o < 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_OBJ) o = k;
  const np *bp = NULL;
  for (int a = 0; a < 2 && !bp; a++)
    for (int k = a ? (o >= 0 ? d->w[o].first : -1) : d->w[g].first; k >= 0 && !bp; k = d->w[k].next) {
      if (d->w[k].rel != (a ? GD_R_NMOD : GD_R_OBL) ||
          !(gd_deps_has_case(d, k, "to") || gd_deps_has_case(d, k, "before")))
        continue;
      const np *p = word_np(c, k);
      const geordf_entity *e = p ? np_actor(c, p) : NULL;
      if (e && e->kind == GD_KIND_ORG) bp = p;
    }
  if (!bp) return NULL;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, g, GD_SLOT_OBJ, NULL, 0, gd_deps_passive(d, g), w, GD_MAX_FILL);
  const np *tp = n ? word_np(c, w[0]) : NULL;
  const geordf_entity *t = tp ? np_actor(c, tp) : NULL;
  if (!t || t == np_actor(c, bp)) return NULL;
  *body = bp;
  return tp;
}

/* "threatened Iran with sanctions", "warned Syria of sanctions": a
 * sanction noun in the "with" or "of" phrase of a verb of threatening
 * (on the verb, or on its object as the parser often hangs it) is the
 * verb's subject's threat against the verb's object.  Returns the
 * target's phrase and sets *BY to the subject's (NULL if the tree gives
 * none) and *VERB to the verb's word, or NULL. */
const np *threatened_with(const ctx *c, int h, const np **by, int *verb) {
  const gd_deps *d = &c->deps;
  *by = NULL;
  if (!(gd_deps_has_case(d, h, "with") || gd_deps_has_case(d, h, "of"))) return NULL;
  int g = d->w[h].head, o = -1;
  if (g >= 0 && d->w[h].rel == GD_R_NMOD && (d->w[g].rel == GD_R_OBJ || d->w[g].rel == GD_R_IOBJ))
    o = g, g = d->w[g].head;
  else if (g < 0 || d->w[h].rel != GD_R_OBL) return NULL;
  /* (Whatever the tagger says of the verb: a word with an object is one.) */
  if (g < 0 || gd_deps_passive(d, g) || !lemma_cue(c, g, -1, GD_CUE_THREAT)) return NULL;
  for (int k = d->w[g].first; k >= 0 && o < 0; k = d->w[k].next)
    if ((d->w[k].rel == GD_R_OBJ || d->w[k].rel == GD_R_IOBJ) && k < h) o = k;
  const np *tp = word_np(c, o);
  if (!tp || !np_actor(c, tp)) return NULL;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  *by = n ? word_np(c, w[0]) : NULL;
  *verb = g;
  return tp;
}

/* "The EU warned Minsk that it would impose sanctions", "the Elysee warned
 * Damascus that France would seek sanctions": a sanction noun that is the
 * object (or a prepositional phrase) of the verb of a clause a verb of
 * threat reports is a threat against the one warned (that verb's object,
 * which the parser may read as an indirect one).
 * Returns the target's phrase and sets *BY to the imposer's: the clause's
 * subject when it names one (or is a plural pronoun of states named
 * together), the warner's when it is a pronoun (the one warned does not
 * threaten itself); or NULL. */
const np *warned_that(const ctx *c, int h, const np **by) {
  const gd_deps *d = &c->deps;
  *by = NULL;
  int v = d->w[h].head;
  if (v < 0 || (d->w[h].rel != GD_R_OBJ && d->w[h].rel != GD_R_OBL)) return NULL;
  /* ("would seek to impose sanctions") */
  if (d->w[v].rel == GD_R_XCOMP && d->w[v].head >= 0) v = d->w[v].head;
  int w = d->w[v].head;
  if (w < 0 || d->w[v].rel != GD_R_CCOMP || !gd_deps_is(d, w, "warned") || !lemma_cue(c, w, -1, GD_CUE_THREAT))
    return NULL;
  int o = -1;
  for (int k = d->w[w].first; k >= 0 && o < 0; k = d->w[k].next)
    if ((d->w[k].rel == GD_R_OBJ || d->w[k].rel == GD_R_IOBJ) && k < v) o = k;
  const np *tp = o >= 0 ? word_np(c, o) : NULL;
  if (!tp || !np_actor(c, tp)) return NULL;
  int s[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, v, GD_SLOT_SUBJ, NULL, 0, 0, s, GD_MAX_FILL);
  const np *pron = n ? word_np(c, s[0]) : NULL;
  if (n && d->w[s[0]].upos != GD_UPOS_PRON) *by = pron;
  /* ("Britain and the United States warned Belgrade that they would":
   * a plural pronoun read as states named together is those states.) */
  else if (pron && pron->head && pron->also[0]) *by = pron;
  else if (gd_deps_slot(d, w, GD_SLOT_SUBJ, NULL, 0, 0, s, GD_MAX_FILL)) *by = word_np(c, s[0]);
  return tp;
}

/* Whether the clause of verb V is adverbial whatever relation the parser
 * gave it: its subordinator is one of time or cause ("..., a day after
 * Tehran warned that", "as"), not one of a complement ("that", "whether",
 * "if", an infinitive's "to"). */
static int adverbial_clause(const gd_deps *d, int v) {
  for (int k = d->w[v].first; k >= 0 && k < v; k = d->w[k].next)
    if (d->w[k].rel == GD_R_MARK)
      return !gd_deps_is(d, k, "that") && !gd_deps_is(d, k, "whether") && !gd_deps_is(d, k, "if") &&
             !gd_deps_is(d, k, "to");
  return 0;
}

/* "Sanctions against Burma are one option, the minister said", "the
 * minister said sanctions against Burma were possible": a sanction noun
 * that is the subject of a clause a verb of saying reports; the speaker is
 * the one who would impose it.  Returns the speaker's phrase, or NULL. */
const np *speaker(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  gd_rel r = d->w[h].rel;
  int p = d->w[h].head;
  if (p < 0 || (r != GD_R_NSUBJ && r != GD_R_NSUBJ_PASS)) return NULL;
  int v = -1;
  /* The verb of saying hangs on the clause (parataxis) or governs it. */
  for (int k = d->w[p].first; k >= 0 && v < 0; k = d->w[k].next)
    if ((d->w[k].rel == GD_R_PARATAXIS || d->w[k].rel == GD_R_CCOMP) && lemma_cue(c, k, -1, GD_CUE_SPEECH)) v = k;
  if (v < 0 && (d->w[p].rel == GD_R_CCOMP || d->w[p].rel == GD_R_PARATAXIS) && d->w[p].head >= 0 &&
      lemma_cue(c, d->w[p].head, -1, GD_CUE_SPEECH))
    v = d->w[p].head;
  /* "Sanctions on X remain possible, though any such move would need
   * careful thought, the envoy told reporters on Monday": in a long
   * sentence the parser hangs the attribution anywhere.  A verb of saying
   * after the clause, set off by a comma with its speaker ("..., X said",
   * "..., said X") and with no complement of its own, reports what comes
   * before the comma; the first such verb is taken. */
  if (v < 0) {
    for (int k = p + 1; (size_t)k < d->n; k++) {
      if (!lemma_cue(c, k, -1, GD_CUE_SPEECH) || d->w[k].upos != GD_UPOS_VERB) continue;
      const np *after = (size_t)k + 1 < d->n ? word_np(c, k + 1) : NULL;
      int inverted = gd_deps_is(d, k - 1, ",") && after && np_actor(c, after);
      for (int q = d->w[k].first; q >= 0; q = d->w[q].next)
        if ((d->w[q].rel == GD_R_CCOMP || d->w[q].rel == GD_R_XCOMP ||
             (d->w[q].rel == GD_R_OBJ && !inverted)) && q > k && !adverbial_clause(d, q))
          return NULL;
      if (inverted) return after;
      const np *before = word_np(c, k - 1);
      size_t tb = d->w[k - 1].tok; /* the phrase's first token */
      if (before && before->te == d->w[k].tok) tb = before->tb;
      while (tb > d->w[p].tok + 1 && is_determiner(c, tb - 1)) tb--; /* ("..., the minister said") */
      if (before && np_actor(c, before) && tb > d->w[p].tok && tb > 0 && is_punct(c, tb - 1, ",")) return before;
      return NULL;
    }
  }
  if (v < 0) return NULL;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, v, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  return n ? word_np(c, w[0]) : NULL;
}

/* "agreed to pay a fine to settle allegations that it violated sanctions
 * against Iran", "charges including violations of U.S. sanctions on
 * Cuba": a sanction noun that is what a verb of getting around it
 * (`evade`: its object) or a noun of breaking it ("violation", "breach",
 * "evasion": its "of" phrase) gets around, where that verb or noun is the
 * content of a noun of accusation ("allegation", "accusation", "charge",
 * "claim") is a matter of the case against the violator: the story is the
 * charge, not the sanction, which is in force and no news.  Returns 1
 * for such a noun at H. */
int charged_violation(const ctx *c, int h) {
  static const char *const breaking[] = {"violation", "breach", "evasion", NULL};
  static const char *const accusation[] = {"allegation", "accusation", "charge", "claim", NULL};
  const gd_deps *d = &c->deps;
  int g = d->w[h].head;
  if (g < 0) return 0;
  char lem[24];
  gd_deps_lemma(d, g, lem, sizeof lem);
  if (d->w[h].rel == GD_R_OBJ && d->w[g].upos == GD_UPOS_VERB) {
    if (!lemma_cue(c, g, -1, GD_CUE_EVADE)) return 0;
  } else if (d->w[h].rel == GD_R_NMOD && gd_deps_has_case(d, h, "of") && d->w[g].upos == GD_UPOS_NOUN) {
    int k = 0;
    while (breaking[k] && strcmp(lem, breaking[k])) k++;
    if (!breaking[k]) return 0;
  } else
    return 0;
  /* (The verb as the clause of the accusation, "allegations that it
   * violated"; the noun as its "including" or "of" phrase.  The parser may
   * hang the clause on the verb whose object or oblique the accusation is,
   * "settle allegations that it breached": then the accusation is that
   * verb's last dependent before the clause.) */
  int p = d->w[g].head, a = -1;
  if (p < 0) return 0;
  gd_rel r = d->w[g].rel;
  if (d->w[p].upos == GD_UPOS_NOUN && (r == GD_R_ACL || r == GD_R_NMOD || r == GD_R_APPOS))
    a = p;
  else if (d->w[p].upos == GD_UPOS_VERB && (r == GD_R_ADVCL || r == GD_R_CCOMP) && p < g)
    for (int k = d->w[p].first; k >= 0 && k < g; k = d->w[k].next)
      if (k > p) a = (d->w[k].rel == GD_R_OBJ || d->w[k].rel == GD_R_OBL) && d->w[k].upos == GD_UPOS_NOUN ? k : -1;
  if (a < 0) return 0;
  gd_deps_lemma(d, a, lem, sizeof lem);
  for (int k = 0; accusation[k]; k++)
    if (!strcmp(lem, accusation[k])) return 1;
  return 0;
}
