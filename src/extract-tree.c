/* geordf: arguments from the dependency tree: where a sentence's grammar
 * starts, the parts of speech the lexicon is sure of, and the phrases the
 * tree gives a trigger's slots.
 * SPDX-License-Identifier: MIT */
#include "extract-attr.h"
#include "extract-ctx.h"
#include "extract-frame.h"
#include "extract-np.h"
#include "extract-tree.h"
#include "ud.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Whether word W is a noun for a group in a state that is no organ of it,
 * for which the state's possessor does not stand (`group` cues: "Iraq's
 * Shiite militias", "Iraq's Kurdistan Democratic Party"). */
static int group_noun(const ctx *c, int w) {
  const gd_upos u = c->deps.w[w].upos;
  return (u == GD_UPOS_NOUN || u == GD_UPOS_PROPN) && lemma_cue(c, w, -1, GD_CUE_GROUP);
}

/* Whether word W is a site named by a common noun, where leaders receive
 * guests ("ranch", "resort", "residence") or arms arrive ("base", "port"). */
static int site(const ctx *c, int w) {
  return c->deps.w[w].upos == GD_UPOS_NOUN && lemma_cue(c, w, -1, GD_CUE_SITE);
}

/* Whether word W is a common noun for a settlement ("city", "town",
 * "port", "resort"). */
static int settlement(const gd_deps *d, int w) {
  static const char *const word[] = {"city", "town", "port", "resort", "village", "capital", "enclave", "oasis", NULL};
  if (d->w[w].upos != GD_UPOS_NOUN) return 0;
  for (int i = 0; word[i]; i++)
    if (gd_deps_is(d, w, word[i])) return 1;
  return 0;
}

/* Whether token K is a compass direction: "north", "east" ("north-east"
 * is three tokens). */
static int direction(const ctx *c, size_t k) {
  static const char *const word[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                     "southwest", NULL};
  for (int i = 0; word[i]; i++)
    if (tok_is(c, k, word[i])) return 1;
  return 0;
}

/* Whether word W is a length of time in the plural: "days", "hours". */
static int span_of_time(const gd_deps *d, int w) {
  static const char *const word[] = {"minutes", "hours", "days", "weeks", "months", "years", NULL};
  for (int k = 0; word[k]; k++)
    if (gd_deps_is(d, w, word[k])) return 1;
  return 0;
}

/* The noun phrase a word of the tree stands for: its own, else that of a
 * modifier naming the actor ("the Russian leader", "U.S. troops", "the
 * Dalai Lama's envoy"). */
const np *word_np(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  if (w < 0) return NULL;
  if (c->tok_np[d->w[w].tok] >= 0) return &c->nps[c->tok_np[d->w[w].tok]];
  /* A name the parser hung on a title word as an apposition with no comma
   * between is the word's own, before a possessor: "China's first Vice
   * Premier Zhang Gaoli". */
  for (int k = d->w[w].first; k >= 0 && (d->w[w].upos == GD_UPOS_PROPN || d->w[w].upos == GD_UPOS_NOUN);
       k = d->w[k].next) {
    if (d->w[k].rel != GD_R_APPOS || k < w || c->tok_np[d->w[k].tok] < 0 || !c->nps[c->tok_np[d->w[k].tok]].person)
      continue;
    int comma = 0;
    for (size_t t = d->w[w].tok + 1; t < d->w[k].tok; t++) comma |= (c->t->tok[t].flags & GD_TOK_PUNCT) != 0;
    if (!comma) return &c->nps[c->tok_np[d->w[k].tok]];
  }
  int nonstate = -1; /* group_noun(), asked at the first possessor only */
  for (int k = d->w[w].first; k >= 0; k = d->w[k].next) {
    gd_rel r = d->w[k].rel;
    if (r == GD_R_POSS && nonstate < 0) nonstate = group_noun(c, w);
    if (nonstate > 0 && r == GD_R_POSS) continue;
    /* (In a headline, whose words all start with a capital, a word of no
     * name heading a name as one "flat" name with it is a verb the parser
     * read as a name: "Allies Quit Iraq", "Rebels Urge Nations Leave
     * Libya"; the name is its object, not the word's own.) */
    if (r == GD_R_FLAT && d->headline) continue;
    if ((r == GD_R_POSS || r == GD_R_COMPOUND || r == GD_R_AMOD || r == GD_R_FLAT) && c->tok_np[d->w[k].tok] >= 0)
      return &c->nps[c->tok_np[d->w[k].tok]];
  }
  return NULL;
}

/* Where a sentence's grammar starts: after a dateline ("TEHRAN —",
 * "KHARTOUM, Sudan, May 2 (Reuters) -"), which is no part of the clause. */
size_t after_dateline(const ctx *c, size_t tb, size_t te) {
  size_t start = tb;
  for (size_t k = tb; k < te && k < start + 16; k++) {
    const gd_token *t = &c->t->tok[k];
    int dash = (t->flags & GD_TOK_PUNCT) && !(t->flags & GD_TOK_HYPHEN) && t->norm[0] == '-';
    if (dash) {
      if (k == start) return start;
      int head = (c->t->tok[start].flags & GD_TOK_ALLCAPS) || c->t->tok[k - 1].norm[0] == ')';
      /* (Or an agency's name in capitals after a comma ends it, the town
       * in title case: "Riyadh, December 07, 2022, SPA --", "Damascus,
       * SANA -".) */
      for (size_t q = start + 1; !head && q + 1 < k; q++)
        head = is_punct(c, q, ",") && (c->t->tok[k - 1].flags & GD_TOK_ALLCAPS) && strlen(c->t->tok[k - 1].norm) > 1;
      if (!head) return start;
      start = k + 1; /* "Canadian Press - BANJA LUKA (AP) - ": take them all */
      continue;
    }
    /* "MOSCOW: Prime Minister Imran Khan, who arrived here": a town in
     * capitals and a colon, as Dawn and the Times of India write it ("SEC.
     * RUMSFELD:", a transcript's speaker, is none). */
    if (k > start && k <= start + 3 && is_punct(c, k, ":")) {
      const gd_mention *m = mention_at(c, start);
      int caps = m && m->te == k && m->nents &&
                 (m->ents[0]->kind == GD_KIND_PLACE || m->ents[0]->kind == GD_KIND_COUNTRY);
      for (size_t q = start; q < k; q++) caps &= (c->t->tok[q].flags & GD_TOK_ALLCAPS) != 0;
      if (caps) return k + 1;
    }
    /* "NEW DELHI, Oct 5 (PTI) India and Russia ...": a date and the agency
     * in brackets end a dateline with no dash. */
    if (k > start + 2 && c->t->tok[k - 1].norm[0] == ')' && (t->flags & GD_TOK_CAP) && k >= 4 &&
        c->t->tok[k - 3].norm[0] == '(' && (c->t->tok[k - 4].flags & GD_TOK_NUM) &&
        (c->t->tok[start].flags & GD_TOK_ALLCAPS))
      return k;
    /* (An agency in lower case between its brackets: "BONN, Feb 10 (dpa) -".) */
    int bracketed = k > tb && k + 1 < te && c->t->tok[k - 1].norm[0] == '(' && c->t->tok[k + 1].norm[0] == ')';
    if (!(t->flags & (GD_TOK_CAP | GD_TOK_NUM | GD_TOK_PUNCT | GD_TOK_ABBR)) && !bracketed) return start;
  }
  return start;
}

/* Whether trigger mention M (number K of those before M1) is a participle
 * used as an adjective: "a visiting U.N. official", "China's visiting
 * defence chief", "with visiting Iraqi Prime Minister X": after a
 * determiner or a possessive, or before a title or a person.  A gerund
 * takes a place instead ("after visiting Taiwan"). */
static int attributive(const ctx *c, const gd_mention *m, size_t k, size_t m1, size_t tb) {
  const char *w = c->t->tok[m->tb].norm;
  size_t l = strlen(w);
  if (m->te != m->tb + 1 || l < 6 || strcmp(w + l - 3, "ing")) return 0;
  if (m->tb > tb && (is_determiner(c, m->tb - 1) || (c->t->tok[m->tb - 1].flags & GD_TOK_POSS))) return 1;
  for (size_t q = k + 1, at = m->te; q < m1 && q < k + 3 && c->m[q].tb == at; at = c->m[q++].te) {
    const gd_mention *n = &c->m[q];
    if (n->office || (n->nents && n->ents[0]->kind == GD_KIND_PERSON)) return 1;
    if (!n->nents || n->how[0] != GD_NAME_DEMONYM) return 0;
  }
  return 0;
}

/* Whether tokens [TB, K) are names alone, joined by commas or "and": the
 * subjects that open a headline ("Moscow, Hanoi Sign ..."). */
static int opening_names(const ctx *c, size_t tb, size_t k) {
  int names = 0;
  for (size_t i = tb; i < k; i++) {
    const gd_mention *m = mention_at(c, i);
    if (m && m->nents && m->tb == i) {
      names = 1;
      i = m->te - 1;
    } else if (!tok_is(c, i, ",") && !tok_is(c, i, "and")) {
      return 0;
    }
  }
  return names;
}

/* Where the clause of headline token K opens: after a "Says" that follows
 * the names opening the headline ("Aliyev Says Russia Shot Down ..."),
 * else at TB. */
static size_t headline_clause(const ctx *c, size_t tb, size_t k) {
  for (size_t i = tb + 1; i + 1 < k; i++)
    if ((tok_is(c, i, "says") || tok_is(c, i, "say")) && (c->t->tok[i].flags & GD_TOK_CAP) && opening_names(c, tb, i))
      return i + 1;
  return tb;
}

/* Whether token K is a word in "-ing" ("freezing", not "king"). */
static int ends_ing(const ctx *c, size_t k) {
  const char *w = c->t->tok[k].norm;
  size_t l = strlen(w);
  return l >= 6 && !strcmp(w + l - 3, "ing");
}

/* The parts of speech the lexicon is sure of, for tokens [TB, TE) with
 * mentions M0..M1: names are proper nouns and demonyms adjectives ("a
 * Russian jet"), a trigger that is only ever a noun ("ally", "sanctions")
 * is a noun and a phrasal verb a verb, whatever the tagger would guess for a
 * rare word or a capitalized headline. */
int lex_tags(ctx *c, size_t m0, size_t m1, size_t tb, size_t te) {
  if (te - tb > c->capforce) {
    signed char *f = realloc(c->force, te - tb);
    if (!f) return -1;
    c->force = f;
    c->capforce = te - tb;
  }
  memset(c->force, -1, te - tb);
  for (size_t k = m0; k < m1; k++) {
    const gd_mention *m = &c->m[k];
    if (m->tb < tb || m->te > te) continue;
    /* "Moscow, Hanoi Sign Friendship Treaty", "Soviets Down Korean
     * Airliner": in a headline, a trigger's verb or a verb of agreeing right
     * after the names that open it is its verb, whatever the tagger makes of
     * a capitalized word. */
    size_t open = c->deps.headline ? headline_clause(c, tb, m->tb) : tb;
    if (c->deps.headline && !m->nents && m->tb > open && (c->t->tok[m->tb].flags & GD_TOK_CAP) &&
        opening_names(c, open, m->tb)) {
      int verb = (m->cues >> GD_CUE_AGREED) & 1;
      for (unsigned q = 0; q < m->ntrig; q++) verb |= m->trig[q]->pos == 'v';
      if (verb) c->force[m->tb - tb] = GD_UPOS_VERB;
      /* (and so is the "Says" before the names: the speaker's verb) */
      if (verb && open > tb) c->force[open - 1 - tb] = GD_UPOS_VERB;
    }
    /* "Obama, in Hanoi, Lifts Arms Embargo on Vietnam", "Rousseff Postpones
     * State Visit to Washington": in a headline, a capitalized word of
     * lifting, easing or calling off right before a trigger's noun is the
     * verb that says what became of it. */
    if (c->deps.headline && !m->nents && !m->ntrig && m->te == m->tb + 1 && m->tb > tb &&
        (c->t->tok[m->tb].flags & GD_TOK_CAP) &&
        (m->cues & ((1u << GD_CUE_LIFT) | (1u << GD_CUE_EASE) | (1u << GD_CUE_CANCELLED))) && k + 1 < m1 &&
        c->m[k + 1].tb == m->te && c->m[k + 1].ntrig && !c->m[k + 1].nents && c->m[k + 1].trig[0]->pos == 'n')
      c->force[m->tb - tb] = GD_UPOS_VERB;
    if (m->nents && !m->ntrig && !m->office) {
      int demonym = 1;
      for (unsigned q = 0; q < m->nents; q++) demonym &= m->how[q] == GD_NAME_DEMONYM;
      for (size_t i = m->tb; i < m->te; i++)
        if ((c->t->tok[i].flags & GD_TOK_CAP) ||
            /* (the word after a name's hyphen: "Park Geun-hye") */
            (i > m->tb && (c->t->tok[i].flags & GD_TOK_WORD) && (c->t->tok[i - 1].flags & GD_TOK_HYPHEN)))
          c->force[i - tb] = (signed char)(demonym && m->te == m->tb + 1 ? GD_UPOS_ADJ : GD_UPOS_PROPN);
    } else if (m->ntrig && !m->nents) {
      int nouns = 1, verbs = 1;
      for (unsigned q = 0; q < m->ntrig; q++) nouns &= m->trig[q]->pos == 'n', verbs &= m->trig[q]->pos == 'v';
      if (m->te == m->tb + 1 && nouns && (c->t->tok[m->tb].flags & GD_TOK_WORD))
        c->force[m->tb - tb] = GD_UPOS_NOUN;
      /* A phrasal verb ("shot down", "went to") is a verb: "a U.S. F-16
       * shot down an object" is no noun phrase "F-16 shot". */
      if (m->te > m->tb + 1 && verbs && (c->t->tok[m->tb].flags & GD_TOK_WORD))
        c->force[m->tb - tb] = GD_UPOS_VERB;
      /* And in a headline its capitalized particle is no noun heading the
       * words after it: "Russia Shot Down Azerbaijani Airliner", "Cuba
       * Shoots Down Exile Planes". */
      if (c->deps.headline && m->te == m->tb + 2 && verbs && (c->t->tok[m->tb + 1].flags & GD_TOK_CAP) &&
          (tok_is(c, m->tb + 1, "down") || tok_is(c, m->tb + 1, "off") || tok_is(c, m->tb + 1, "up")))
        c->force[m->tb + 1 - tb] = GD_UPOS_ADP;
      /* So is a word only ever a trigger's verb right after the names that
       * open the sentence, their subject: "Washington froze Iraqi and
       * Kuwaiti assets" (a rare past tense the tagger may take for
       * anything); not one in -s, which may be a plural noun after a name
       * ("Moscow talks", "Obama travels"). */
      size_t wl = strlen(c->t->tok[m->tb].norm);
      if (m->te == m->tb + 1 && verbs && m->tb > tb && (c->t->tok[m->tb].flags & GD_TOK_WORD) && wl > 1 &&
          c->t->tok[m->tb].norm[wl - 1] != 's' && opening_names(c, tb, m->tb))
        c->force[m->tb - tb] = GD_UPOS_VERB;
      if (verbs && m->trig[0]->type == GEORDF_VISIT && attributive(c, m, k, m1, tb))
        c->force[m->tb - tb] = GD_UPOS_ADJ;
      /* "Mubarak to Visit U.S.", "Putin to visit Turkey, Kremlin says": an
       * infinitive right after the name that opens the clause is the
       * headline's verb, in the future. */
      /* "retaliated by freezing Iranian assets", "after visiting Taiwan": a
       * gerund right after a preposition is a verb, not an adjective of the
       * noun after it. */
      if (!nouns && m->tb > tb && ends_ing(c, m->tb)) {
        static const char *const prep[] = {"by", "after", "before", "in", "for", "without", "since", "of",
                                           "from", "on", "upon", NULL};
        for (int i = 0; prep[i]; i++)
          if (tok_is(c, m->tb - 1, prep[i])) c->force[m->tb - tb] = GD_UPOS_VERB;
      }
      const gd_mention *before = m->tb >= tb + 2 ? mention_at(c, m->tb - 2) : NULL;
      if (!nouns && before && tok_is(c, m->tb - 1, "to") && before->te == m->tb - 1 && before->tb == tb &&
          before->nents)
        c->force[m->tb - tb] = GD_UPOS_VERB;
    }
  }
  return 0;
}

/* Whether verb H has an object or oblique that a visit trigger modifies
 * ("met with visiting Prime Minister X"): that one is the visitor. */
static int visitor_as_object(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  for (int o = d->w[h].first; o >= 0; o = d->w[o].next) {
    if (d->w[o].rel != GD_R_OBJ && d->w[o].rel != GD_R_OBL && d->w[o].rel != GD_R_IOBJ) continue;
    for (int a = d->w[o].first; a >= 0; a = d->w[a].next) {
      int m = c->tok_m[d->w[a].tok];
      /* (Not an adjective of the trigger noun itself: "arrived on an
       * official visit".) */
      if (d->w[a].rel == GD_R_AMOD && m >= 0 && c->m[m].ntrig && c->m[m].trig[0]->type == GEORDF_VISIT &&
          c->m[m].te <= d->w[o].tok)
        return 1;
    }
  }
  return 0;
}

/* "Japan joined the EU in imposing sanctions": re-hangs, under each verb
 * of acting with another (`accompany` cues), a gerund after "in" that the
 * parser read as an adjective as the clause it is. */
static void joint_gerunds(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t v = 0; v < d->n; v++) {
    if (d->w[v].upos != GD_UPOS_VERB) continue;
    int g = gd_deps_in_gerund(d, (int)v);
    if (g >= 0 && d->w[g].rel == GD_R_AMOD && lemma_cue(c, (int)v, -1, GD_CUE_ACCOMPANY))
      gd_deps_rehang_gerund(d, (int)v, g);
  }
}

/* "said on Thursday that a Soviet rocket had brought down a plane": relabels
 * as the clause's mark a "that" the parser read as the object or subject of
 * a complement clause's verb, when it comes before the verb's subject (an
 * object so placed only opens a relative clause, which is no complement; a
 * verb has one subject). */
static void complementizer_that(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t k = 0; k < d->n; k++) {
    int h = d->w[k].head;
    int r = d->w[k].rel;
    if (h < 0 || (r != GD_R_OBJ && r != GD_R_NSUBJ && r != GD_R_NSUBJ_PASS) || d->w[h].rel != GD_R_CCOMP ||
        !gd_deps_is(d, (int)k, "that"))
      continue;
    for (int s = d->w[h].first; s >= 0; s = d->w[s].next)
      if ((d->w[s].rel == GD_R_NSUBJ || d->w[s].rel == GD_R_NSUBJ_PASS) && (size_t)s > k && s < h) {
        d->w[k].rel = GD_R_MARK;
        break;
      }
  }
}

/* "The Yugoslav army says its air defences shot the aircraft down",
 * "Moscow said Turkish jets had violated its airspace": a verb of saying
 * takes a complement clause with no "that", and the parser may read the
 * clause's subject as the saying verb's object, leaving the clause none.
 * Re-hangs as the subject of a complement clause with none the object of
 * the verb of saying right before it (nothing between but the clause's
 * auxiliaries and adverbs). */
static void subject_read_as_object_of_saying(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t v = 0; v < d->n; v++) {
    int g = d->w[v].head;
    if (g < 0 || d->w[v].rel != GD_R_CCOMP || d->w[v].upos != GD_UPOS_VERB || (size_t)g > v ||
        !lemma_cue(c, g, -1, GD_CUE_SPEECH))
      continue;
    int subj = 0, pass = 0, n = -1;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next) {
      subj |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS;
      pass |= d->w[k].rel == GD_R_AUX_PASS;
    }
    for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_OBJ && (size_t)k < v && k > g &&
          (d->w[k].upos == GD_UPOS_NOUN || d->w[k].upos == GD_UPOS_PROPN))
        n = k;
    if (subj || n < 0) continue;
    int ok = 1;
    for (size_t k = (size_t)n + 1; k < v && ok; k++)
      ok = d->w[k].head == (int)v &&
           (d->w[k].rel == GD_R_AUX || d->w[k].rel == GD_R_AUX_PASS || d->w[k].rel == GD_R_ADVMOD);
    if (ok) gd_deps_rehang(d, n, (int)v, pass ? GD_R_NSUBJ_PASS : GD_R_NSUBJ);
  }
}

/* "an embargo on virtually all trade with Cuba", "sanctions on nearly all
 * imports from Iran": a preposition before an adverb of degree may be read
 * as the subordinator of a clause; a noun heads no clause, so the word the
 * parser made the mark of a noun (with no verb of its own: no copula) is
 * the case of that noun's phrase. */
static void preposition_on_a_noun(ctx *c) {
  static const char *const prep[] = {"on", "against", "to", "with", "from", NULL};
  gd_deps *d = &c->deps;
  for (size_t k = 0; k < d->n; k++) {
    int h = d->w[k].head;
    if (h < 0 || (size_t)h <= k || d->w[k].rel != GD_R_MARK || d->w[h].upos != GD_UPOS_NOUN) continue;
    int is = 0, cop = 0;
    for (int q = 0; prep[q] && !is; q++) is = gd_deps_is(d, (int)k, prep[q]);
    for (int q = d->w[h].first; q >= 0; q = d->w[q].next) cop |= d->w[q].rel == GD_R_COP;
    if (!is || cop) continue;
    d->w[k].rel = GD_R_CASE;
    d->w[k].upos = GD_UPOS_ADP;
  }
}

/* Whether word W depends on word A, through a few heads at most. */
static int under(const gd_deps *d, int w, int a) {
  for (int steps = 0; w >= 0 && steps < 6; steps++) {
    w = d->w[w].head;
    if (w == a) return 1;
  }
  return 0;
}

/* "Egypt will buy arms from Czechoslovakia, Premier Nasser announced": re-hangs
 * as the subject of a verb of saying that has none a name the parser read
 * as a conjunct with no conjunction, when a comma opens the name (with its
 * determiner and modifiers: ", the South Korean Unification Ministry
 * said") and the verb follows it. */
static void reporting_subject(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 0; x < d->n; x++) {
    if (d->w[x].rel != GD_R_CONJ || (d->w[x].upos != GD_UPOS_PROPN && d->w[x].upos != GD_UPOS_NOUN)) continue;
    /* The name's words: its own, its compounds and flat parts around it. */
    size_t b = x, e = x + 1;
    int cc = 0;
    for (int k = d->w[x].first; k >= 0; k = d->w[k].next) {
      if (d->w[k].rel == GD_R_CC) cc = 1;
      if (d->w[k].rel != GD_R_COMPOUND && d->w[k].rel != GD_R_FLAT && d->w[k].upos != GD_UPOS_PROPN) continue;
      if ((size_t)k < b) b = (size_t)k;
      if ((size_t)k + 1 > e) e = (size_t)k + 1;
    }
    /* (And the words before it that depend on it, however deep: "the
     * South Korean Unification Ministry", with its determiner and a
     * compound of a compound.) */
    while (b > 0 && !gd_deps_is(d, (int)b - 1, ",") && d->w[b - 1].upos != GD_UPOS_PUNCT &&
           under(d, (int)b - 1, (int)x))
      b--;
    if (cc || b == 0 || e >= d->n || !gd_deps_is(d, (int)b - 1, ",")) continue;
    int v = (int)e, subj = 0;
    if (d->w[v].upos != GD_UPOS_VERB || !lemma_cue(c, v, -1, GD_CUE_SPEECH)) continue;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      subj |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS;
    if (!subj) gd_deps_rehang(d, (int)x, v, GD_R_NSUBJ);
  }
}

/* "warned Libya last week of sanctions": re-hangs on the verb an "of"
 * phrase the parser hung on a time adverbial's noun ("last week", "this
 * month"), which takes none, and a "with" phrase hung on a day of the
 * week. */
static void time_noun_of_phrase(ctx *c) {
  static const char *const span[] = {"week", "month", "year", "weekend", "spring", "summer", "autumn", "winter"};
  static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  gd_deps *d = &c->deps;
  for (size_t t = 0; t < d->n; t++) {
    int v = d->w[t].head;
    if (v < 0 || d->w[t].rel != GD_R_OBL || d->w[v].upos != GD_UPOS_VERB) continue;
    int timed = 0;
    for (size_t q = 0; q < sizeof span / sizeof span[0]; q++) timed |= gd_deps_is(d, (int)t, span[q]);
    /* (Only with "this", "last" or "next": "the year of the embargo" is
     * a noun with its phrase.) */
    int deictic = 0;
    for (int k = d->w[t].first; k >= 0 && (size_t)k < t; k = d->w[k].next)
      deictic |= gd_deps_is(d, k, "this") || gd_deps_is(d, k, "last") || gd_deps_is(d, k, "next");
    if (timed && deictic)
      for (int k = d->w[t].first; k >= 0; k = d->w[k].next)
        if ((size_t)k > t && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of")) {
          gd_deps_rehang(d, k, v, GD_R_OBL);
          break;
        }
    /* (Nor does a day of the week take a "with" phrase: "flew to Saigon on
     * Friday with Defense Secretary McNamara".) */
    int weekday = 0;
    for (size_t q = 0; q < sizeof days / sizeof days[0]; q++) weekday |= gd_deps_is(d, (int)t, days[q]);
    if (weekday)
      for (int k = d->w[t].first; k >= 0; k = d->w[k].next)
        if ((size_t)k > t && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "with")) {
          gd_deps_rehang(d, k, v, GD_R_OBL);
          break;
        }
  }
}

/* "President Reagan today suspended flights", "Premier Chou yesterday
 * received": the wire's day word between subject and verb, read as the
 * verb's oblique with the name as its compound; re-hangs the name as the
 * subject of a verb that has none. */
static void name_before_day_word(ctx *c) {
  static const char *const day[] = {"today", "yesterday", "tonight", NULL};
  gd_deps *d = &c->deps;
  for (size_t t = 0; t < d->n; t++) {
    int v = d->w[t].head, is_day = 0;
    if (v < 0 || (size_t)v < t || d->w[t].rel != GD_R_OBL || d->w[v].upos != GD_UPOS_VERB) continue;
    for (int i = 0; day[i]; i++) is_day |= gd_deps_is(d, (int)t, day[i]); /* (after the tree's tests) */
    if (!is_day) continue;
    int subj = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      subj |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS;
    if (subj) continue;
    for (int k = d->w[t].first; k >= 0 && (size_t)k < t; k = d->w[k].next)
      if ((size_t)k + 1 == t && d->w[k].upos == GD_UPOS_PROPN &&
          (d->w[k].rel == GD_R_COMPOUND || d->w[k].rel == GD_R_FLAT)) {
        gd_deps_rehang(d, k, v, GD_R_NSUBJ);
        break;
      }
  }
}

/* "called for an end to the embargo imposed by the United States": a
 * participle with its "by" phrase right after a noun, read as an
 * adverbial clause of the verb above the noun; re-hangs it on the noun. */
static void participle_after_noun(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t t = 1; t < d->n; t++) {
    int v = d->w[t].head, n = (int)t - 1;
    if (v < 0 || d->w[t].rel != GD_R_ADVCL || d->w[t].upos != GD_UPOS_VERB || ends_ing(c, d->w[t].tok) ||
        d->w[n].upos != GD_UPOS_NOUN || !under(d, n, v))
      continue;
    int by = 0, own = 0;
    for (int k = d->w[t].first; k >= 0; k = d->w[k].next) {
      by |= k > (int)t && (d->w[k].rel == GD_R_OBL_AGENT || (d->w[k].rel == GD_R_OBL && gd_deps_has_case(d, k, "by")));
      own |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS || d->w[k].rel == GD_R_AUX ||
             d->w[k].rel == GD_R_AUX_PASS || d->w[k].rel == GD_R_MARK;
    }
    if (by && !own) gd_deps_rehang(d, (int)t, n, GD_R_ACL);
  }
}

/* "shelved plans to visit", "have no plans to sign": an infinitive right
 * after the verb's object noun of planning (`planned` cues), read as the
 * verb's complement, would have the plans act; re-hangs it as the verb's
 * adverbial, whose subject is the verb's and which the predicate chain
 * reads as the noun's. */
static void plan_infinitive(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 2; x < d->n; x++) {
    int to = (int)x - 1, n = (int)x - 2, g = d->w[x].head;
    if (g < 0 || d->w[x].rel != GD_R_XCOMP || d->w[to].head != (int)x || d->w[to].rel != GD_R_MARK ||
        !gd_deps_is(d, to, "to") || d->w[n].head != g || d->w[n].rel != GD_R_OBJ || d->w[n].upos != GD_UPOS_NOUN ||
        !lemma_cue(c, n, -1, GD_CUE_PLANNED))
      continue;
    gd_deps_rehang(d, (int)x, g, GD_R_ADVCL);
  }
}

/* "approved Sweden's application to join NATO", "completed ratification of
 * Sweden's bid to join NATO": an infinitive right after a noun with a
 * possessor, read as the complement of the verb above, would have that
 * verb's subject act (the one approving the bid joining); the possessor
 * names whose bid, request or plan it is, so the infinitive is the noun's
 * (acl), and its subject the possessor.  Not after an office or a name
 * ("invited Sweden's king to visit": the king is asked) nor under a verb
 * of asking, whose object acts. */
static void possessed_noun_infinitive(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 2; x < d->n; x++) {
    int to = (int)x - 1, n = (int)x - 2, g = d->w[x].head;
    if (g < 0 || g == n || (d->w[x].rel != GD_R_XCOMP && d->w[x].rel != GD_R_ADVCL) || d->w[to].head != (int)x ||
        d->w[to].rel != GD_R_MARK || !gd_deps_is(d, to, "to") || d->w[n].upos != GD_UPOS_NOUN ||
        lemma_cue(c, g, -1, GD_CUE_REQUEST))
      continue;
    int poss = 0;
    for (int k = d->w[n].first; k >= 0; k = d->w[k].next) poss |= d->w[k].rel == GD_R_POSS && k < n;
    const gd_mention *m = mention_at(c, d->w[n].tok);
    if (!poss || (m && (m->office || m->nents))) continue;
    /* (the noun in the verb's own clause: its object, or a phrase in it) */
    int in = 0;
    for (int h = n; h >= 0 && !in; h = d->w[h].head) in = d->w[h].head == g;
    if (in) gd_deps_rehang(d, (int)x, n, GD_R_ACL);
  }
}

/* "sanctions on NATO ally Turkey", "NATO ally Turkey's procurement agency":
 * a noun of alliance with a name or possessor before it ("NATO ally",
 * "Moscow's ally") right before a state's name is a title of that state, as
 * the parser reads "Moscow's ally Belarus"; when it hung the two apart (as
 * siblings, or the noun on a later noun the name possesses), re-hangs the
 * noun on the name (nmod), so the name fills the place the two hold and the
 * noun's other party is the name. */
static void ally_before_name(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 1; x + 1 < d->n; x++) {
    int p = (int)x + 1;
    if (d->w[x].head < 0 || d->w[x].upos != GD_UPOS_NOUN || d->w[p].upos != GD_UPOS_PROPN) continue;
    const gd_mention *tm = mention_at(c, d->w[x].tok), *pm = mention_at(c, d->w[p].tok);
    if (!tm || !tm->ntrig || tm->trig[0]->type != GEORDF_ALLIANCE || tm->trig[0]->pos != 'n' || tm->nents ||
        !pm || !pm->nents || pm->ents[0]->kind != GD_KIND_COUNTRY || pm->tb != d->w[p].tok)
      continue;
    /* (with its own modifier before it: "NATO ally", "Moscow's ally") */
    int mod = 0;
    for (int k = d->w[x].first; k >= 0 && k < (int)x; k = d->w[k].next)
      mod |= d->w[k].rel == GD_R_COMPOUND || d->w[k].rel == GD_R_POSS;
    if (!mod) continue;
    /* (hung apart, neither in the other's phrase: as siblings, the noun on
     * a later noun the name possesses, "NATO ally Turkey's defence
     * procurement agency", or on the noun the name's phrase follows,
     * "sanctions on Moscow ally Belarus") */
    if (under(d, p, (int)x) || under(d, (int)x, p)) continue; /* (a few heads up) */
    gd_deps_rehang(d, (int)x, p, GD_R_NMOD);
    /* (the preposition and article before the noun go with it: "on NATO
     * ally Turkey") */
    for (int k = d->w[x].first, nx; k >= 0; k = nx) {
      nx = d->w[k].next;
      if (k < (int)x && (d->w[k].rel == GD_R_CASE || d->w[k].rel == GD_R_DET)) gd_deps_rehang(d, k, p, d->w[k].rel);
    }
  }
}

/* "cut short his China visit", "set free the prisoners": re-hangs as the
 * verb's object a noun the parser read as the conjunct, with no "and" or
 * comma, of the adjective complement before it. */
static void object_after_complement(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 0; x < d->n; x++) {
    int a = d->w[x].head;
    if (a < 0 || d->w[x].rel != GD_R_CONJ || (size_t)a >= x || d->w[a].upos != GD_UPOS_ADJ ||
        d->w[a].rel != GD_R_XCOMP || (d->w[x].upos != GD_UPOS_NOUN && d->w[x].upos != GD_UPOS_PROPN))
      continue;
    /* (A conjunct comes after "and", "or" or a comma.) */
    int joined = 0;
    for (int k = d->w[x].first; k >= 0; k = d->w[k].next) joined |= d->w[k].rel == GD_R_CC;
    for (size_t k = (size_t)a + 1; k < x; k++) joined |= gd_deps_is(d, (int)k, ",");
    if (!joined) gd_deps_rehang(d, (int)x, d->w[a].head, GD_R_OBJ);
  }
}

/* "Russia's first deputy prime minister Igor Shuvalov left": a possessor
 * (with its "'s") is no head; re-hangs in its place the name or noun after
 * it that the parser hung on it (as a list, flat or compound part), the
 * possessor on that word. */
static void possessed_after_possessor(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t s = 0; s + 2 < d->n; s++) {
    int g = d->w[s].head;
    if (g < 0 || (!gd_deps_is(d, (int)s + 1, "'s") && !gd_deps_is(d, (int)s + 1, "\u2019s")) ||
        d->w[s + 1].head != (int)s)
      continue;
    int x = -1;
    for (int k = d->w[s].first; k >= 0; k = d->w[k].next)
      if ((size_t)k > s + 1 && k < g && (d->w[k].upos == GD_UPOS_PROPN || d->w[k].upos == GD_UPOS_NOUN) &&
          (d->w[k].rel == GD_R_OTHER || d->w[k].rel == GD_R_FLAT || d->w[k].rel == GD_R_COMPOUND))
        x = k;
    if (x < 0) continue;
    int r = d->w[s].rel;
    d->w[s].head = x;
    d->w[s].rel = GD_R_POSS;
    gd_deps_rehang(d, x, g, r);
  }
}

/* "Britain, joined by France, imposed sanctions": re-hangs as the subject
 * of a verb with none the name opening the sentence that the parser hung
 * on it under another relation (a vocative: no one is addressed in the
 * news). */
static void opening_name_as_subject(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t v = 0; v < d->n; v++) {
    int x = d->w[v].first;
    if (d->w[v].upos != GD_UPOS_VERB || x < 0 || (size_t)x > v || d->w[x].rel != GD_R_OTHER ||
        (d->w[x].upos != GD_UPOS_PROPN && d->w[x].upos != GD_UPOS_NOUN))
      continue;
    int subj = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      subj |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS;
    /* (Opening the sentence: the words before it are its own.) */
    int opens = 1;
    for (int k = 0; k < x; k++) opens &= under(d, k, x);
    if (!subj && opens) gd_deps_rehang(d, x, (int)v, GD_R_NSUBJ);
  }
}

/* "President Kennedy and his wife left Washington", "The Queen and her
 * husband arrived in Ghana": a sentence whose root is a noun or name has
 * lost its verb; a verb the parser hung as a modifier on a conjunct of
 * that root (or on the root), right after the conjunct's phrase, with no
 * subject of its own and not a gerund, is the root, and the coordinated
 * noun phrase its subject. */
static void verb_after_conjunct(ctx *c) {
  gd_deps *d = &c->deps;
  int r = -1;
  for (size_t i = 0; i < d->n && r < 0; i++)
    if (d->w[i].head < 0) r = (int)i;
  if (r < 0 || (d->w[r].upos != GD_UPOS_PROPN && d->w[r].upos != GD_UPOS_NOUN)) return;
  for (int k = d->w[r].first; k >= 0; k = d->w[k].next) {
    if (d->w[k].rel != GD_R_CONJ || k < r) continue;
    /* (The verb right after the conjunct's phrase, hung on it or on the
     * root as a modifier, with no subject of its own, not a gerund.) */
    int v = k + 1;
    while (v < (int)d->n && under(d, v, k) && d->w[v].upos != GD_UPOS_VERB) v++;
    if (v >= (int)d->n || d->w[v].upos != GD_UPOS_VERB || (d->w[v].head != k && d->w[v].head != r) ||
        d->w[v].rel != GD_R_ACL || ends_ing(c, d->w[v].tok))
      return;
    for (int q = k + 1; q < v; q++)
      if (!under(d, q, k)) return;
    for (int q = d->w[v].first; q >= 0; q = d->w[q].next)
      if (d->w[q].rel == GD_R_NSUBJ || d->w[q].rel == GD_R_NSUBJ_PASS || d->w[q].rel == GD_R_MARK) return;
    /* (What the root had after the verb is the verb's: the full stop.) */
    for (size_t i = (size_t)v + 1; i < d->n; i++)
      if (d->w[i].head == r) d->w[i].head = v;
    d->w[v].head = -1;
    d->w[v].rel = GD_R_ROOT;
    gd_deps_rehang(d, r, v, GD_R_NSUBJ);
    return;
  }
}

/* "Britain, together with France, imposed sanctions", "Japan, along with
 * India, signed": no word hangs on punctuation; a verb the parser hung on
 * one, in a sentence whose root is a name or noun before it, and with no
 * subject of its own, is the root, and that name its subject. */
static void verb_on_punctuation(ctx *c) {
  gd_deps *d = &c->deps;
  int r = -1, v = -1;
  for (size_t i = 0; i < d->n && r < 0; i++)
    if (d->w[i].head < 0) r = (int)i;
  if (r < 0 || (d->w[r].upos != GD_UPOS_PROPN && d->w[r].upos != GD_UPOS_NOUN)) return;
  for (size_t i = (size_t)r + 1; i < d->n && v < 0; i++) {
    int h = d->w[i].head;
    if (d->w[i].upos == GD_UPOS_VERB && h >= 0 && d->w[h].upos == GD_UPOS_PUNCT) v = (int)i;
  }
  if (v < 0) return;
  for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS) return;
  /* (A phrase with a preposition is no subject.) */
  for (int k = d->w[r].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_CASE) return;
  /* (What the name had after the verb is the verb's: the full stop.) */
  for (size_t i = (size_t)v + 1; i < d->n; i++)
    if (d->w[i].head == r) d->w[i].head = v;
  d->w[v].head = -1;
  d->w[v].rel = GD_R_ROOT;
  gd_deps_rehang(d, r, v, GD_R_NSUBJ);
}

/* The one word of [B, E) whose head lies outside it, or -1. */
static int phrase_head(const gd_deps *d, int b, int e) {
  int h = -1;
  for (int k = b; k < e; k++)
    if (d->w[k].head < b || d->w[k].head >= e) {
      if (h >= 0) return -1;
      h = k;
    }
  return h;
}

/* "Madeleine Albright, the highest-ranking American official ever to
 * visit North Korea, met Kim Jong-il": a clause has one subject.  A common
 * noun's phrase set off by commas right after a name, which the parser made
 * a second subject of the name's verb, stands in apposition to the name.
 * (Not a list of names, nor a dateline: the phrase between the commas is
 * the noun's alone.) */
static void apposition_as_second_subject(ctx *c) {
  gd_deps *d = &c->deps;
  for (int v = 0; v < (int)d->n; v++) {
    int s1 = -1, s2 = -1;
    for (int k = d->w[v].first; k >= 0 && k < v; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS) {
        if (s1 < 0) s1 = k;
        else if (s2 < 0) s2 = k;
      }
    if (s2 < 0 || d->w[s1].upos != GD_UPOS_PROPN || d->w[s2].upos != GD_UPOS_NOUN) continue;
    /* The name's words, a comma, the noun's phrase, a comma. */
    int e1 = s1;
    while (e1 + 1 < s2 && !gd_deps_is(d, e1 + 1, ",") && under(d, e1 + 1, s1)) e1++;
    if (!gd_deps_is(d, e1 + 1, ",")) continue;
    int e2 = s2, own = 1;
    for (int k = e1 + 2; k < s2 && own; k++) own = under(d, k, s2);
    while (e2 + 1 < v && !gd_deps_is(d, e2 + 1, ",") && under(d, e2 + 1, s2)) e2++;
    if (!own || !gd_deps_is(d, e2 + 1, ",")) continue;
    gd_deps_rehang(d, s2, s1, GD_R_APPOS);
  }
}

/* "During his state visit to Britain, President Xi Jinping shared a
 * pint", "After talks in Egypt, Secretary of State Henry Kissinger flew to
 * Syria": a sentence that opens with a prepositional phrase and a comma
 * has its subject after the comma.  A name or noun right before a verb
 * that has no subject, hung as a conjunct (with no conjunction) or an
 * apposition on a noun of the opening phrase, is that verb's subject; the
 * words of its phrase hung on the same noun ("Secretary" of "Secretary of
 * State Henry Kissinger") are the name's. */
static void subject_after_opening_phrase(ctx *c) {
  gd_deps *d = &c->deps;
  int h0 = d->n > 3 && d->w[0].rel == GD_R_CASE ? d->w[0].head : -1;
  for (int v = 3; h0 > 0 && v < (int)d->n; v++) {
    if (d->w[v].upos != GD_UPOS_VERB) continue;
    int subj = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      subj |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS;
    int x = v - 1;
    while (x > 0 && d->w[x].head == v &&
           (d->w[x].rel == GD_R_AUX || d->w[x].rel == GD_R_AUX_PASS || d->w[x].rel == GD_R_ADVMOD))
      x--;
    if (subj || x < 3 || (d->w[x].upos != GD_UPOS_PROPN && d->w[x].upos != GD_UPOS_NOUN) ||
        (d->w[x].rel != GD_R_CONJ && d->w[x].rel != GD_R_APPOS))
      continue;
    int g = d->w[x].head, comma = -1;
    if (g < 0 || g >= x || (g != h0 && !under(d, g, h0))) continue;
    for (int k = g + 1; k < x; k++)
      if (gd_deps_is(d, k, ",")) comma = k;
    int ok = comma > 0;
    /* (The opening phrase's words all before the comma, the name's after.) */
    for (int k = 1; k < comma && ok; k++) ok = k == h0 || under(d, k, h0);
    for (int k = comma + 1; k < x && ok; k++) ok = under(d, k, x) || d->w[k].head == g;
    for (int k = d->w[x].first; k >= 0 && ok; k = d->w[k].next) ok = d->w[k].rel != GD_R_CC;
    if (!ok) continue;
    for (int k = comma + 1; k < x; k++)
      if (d->w[k].head == g) gd_deps_rehang(d, k, x, GD_R_COMPOUND);
    gd_deps_rehang(d, comma, v, GD_R_OTHER);
    gd_deps_rehang(d, x, v, GD_R_NSUBJ);
    return;
  }
}

/* "During his state visit to Britain, which began on Tuesday, President
 * Xi Jinping shared a pint": a prepositional phrase is no sentence's root.
 * When the parser made the noun of an opening phrase the root, the verb
 * after the comma that closes the phrase, with a subject of its own right
 * after that comma, is the root, and the phrase its oblique. */
static void verb_after_opening_phrase(ctx *c) {
  gd_deps *d = &c->deps;
  int r = -1;
  for (size_t i = 0; i < d->n && r < 0; i++)
    if (d->w[i].head < 0) r = (int)i;
  if (r < 1 || d->n < 5 || d->w[0].rel != GD_R_CASE || d->w[0].head != r ||
      (d->w[r].upos != GD_UPOS_NOUN && d->w[r].upos != GD_UPOS_PROPN))
    return;
  for (int v = r + 1; v < (int)d->n; v++) {
    if (d->w[v].upos != GD_UPOS_VERB || !under(d, v, r)) continue;
    int s = -1;
    for (int k = d->w[v].first; k >= 0 && k < v; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS) s = k;
    if (s < 0) continue;
    /* (The subject's phrase opens right after a comma: "which began" has
     * its subject right after one too, but a verb follows it.) */
    int b = s;
    while (b > 0 && under(d, b - 1, s)) b--;
    if (b < 2 || !gd_deps_is(d, b - 1, ",") || gd_deps_is(d, b, "which") || gd_deps_is(d, b, "who") ||
        gd_deps_is(d, b, "that"))
      continue;
    for (int k = v + 1; k < (int)d->n; k++)
      if (d->w[k].head == r) d->w[k].head = v;
    d->w[v].head = -1;
    d->w[v].rel = GD_R_ROOT;
    gd_deps_rehang(d, r, v, GD_R_OBL);
    return;
  }
}

/* "Poland, together with Lithuania, sold tanks", "Merkel, along with
 * Hollande, arrived": a name or noun opening the sentence, then a "with"
 * phrase (after "together" or "along", `accompany` cues, or not) set off by commas,
 * then a verb.  The verb is the clause's, the name its subject and the
 * phrase its own, though the parser made the verb a modifier of the noun
 * after it (the root) or a conjunct of the name, the companion its subject. */
static void companion_before_verb(ctx *c) {
  gd_deps *d = &c->deps;
  for (int i = 1; i + 4 < (int)d->n; i++) {
    int adv = i + 1, with = i + 2, j = i + 3;
    /* (Or "with" alone: "Poland, with Lithuania, sold".) */
    if (gd_deps_is(d, adv, "with")) adv = -1, with = i + 1, j = i + 2;
    if (!gd_deps_is(d, i, ",") || !gd_deps_is(d, with, "with") ||
        (adv >= 0 && !lemma_cue(c, adv, with, GD_CUE_ACCOMPANY)))
      continue;
    while (j < (int)d->n && !gd_deps_is(d, j, ",")) j++;
    int v = j + 1, s = phrase_head(d, 0, i), x = phrase_head(d, with + 1, j), r = -1;
    if (v >= (int)d->n || d->w[v].upos != GD_UPOS_VERB || s < 0 || x < 0) return;
    if ((d->w[s].upos != GD_UPOS_PROPN && d->w[s].upos != GD_UPOS_NOUN) ||
        (d->w[x].upos != GD_UPOS_PROPN && (adv < 0 || d->w[x].upos != GD_UPOS_NOUN)))
      return;
    if (d->w[s].head == v && d->w[s].rel == GD_R_NSUBJ) return;
    for (int k = 0; k < (int)d->n && r < 0; k++)
      if (d->w[k].head < 0) r = k;
    /* (The root the name, or the noun after the verb: its object.) */
    if (r != s && (r <= v || (d->w[r].upos != GD_UPOS_NOUN && d->w[r].upos != GD_UPOS_PROPN))) return;
    for (int k = 0; k < (int)d->n; k++) {
      int h = d->w[k].head;
      if (k > v && h == r && (r == s || d->w[k].upos == GD_UPOS_PUNCT)) d->w[k].head = v;
      if ((k < i || k > j) && h >= i && h <= j) d->w[k].head = v;
    }
    d->w[i].head = d->w[j].head = x;
    d->w[i].rel = d->w[j].rel = GD_R_OTHER;
    if (adv >= 0) {
      d->w[adv].head = x;
      d->w[adv].rel = GD_R_ADVMOD;
    }
    d->w[with].head = x;
    d->w[with].rel = GD_R_CASE;
    if (r != s) {
      d->w[r].head = v;
      d->w[r].rel = GD_R_OBJ;
    }
    d->w[v].head = -1;
    d->w[v].rel = GD_R_ROOT;
    d->w[s].head = v;
    d->w[s].rel = GD_R_NSUBJ;
    gd_deps_rehang(d, x, v, GD_R_OBL);
    return;
  }
}

/* "Canada will not, after the vote, sell", "Germany would, in the end,
 * send": a noun in a prepositional phrase carries no auxiliary (and no
 * subject: it has no copula); when the parser hung the clause's words on
 * such a phrase, the verb it hung after it is the predicate: it takes the
 * noun's place, the words of the clause before the phrase, and the phrase. */
static void auxiliary_on_a_phrase(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t n = 1; n < d->n; n++) {
    if (d->w[n].upos != GD_UPOS_NOUN && d->w[n].upos != GD_UPOS_PROPN) continue;
    int aux = -1, cas = -1, cop = 0, v = -1;
    for (int k = d->w[n].first; k >= 0; k = d->w[k].next) {
      if (d->w[k].rel == GD_R_AUX && k < (int)n && aux < 0) aux = k;
      if (d->w[k].rel == GD_R_CASE && k < (int)n && cas < 0) cas = k;
      cop |= d->w[k].rel == GD_R_COP;
      if (d->w[k].upos == GD_UPOS_VERB && k > (int)n && v < 0) v = k;
    }
    /* (Or hung on a punctuation mark of the noun's.) */
    for (size_t i = n + 1; i < d->n && v < 0; i++) {
      int h = d->w[i].head;
      if (d->w[i].upos == GD_UPOS_VERB && h > (int)n && d->w[h].upos == GD_UPOS_PUNCT && d->w[h].head == (int)n)
        v = (int)i;
    }
    if (aux < 0 || cas < 0 || cop || v < 0 || aux > cas) continue;
    /* The clause's words before the phrase, and after the verb, are the
     * verb's. */
    for (size_t i = 0; i < d->n; i++)
      if (d->w[i].head == (int)n && ((int)i < cas || (int)i > v)) d->w[i].head = v;
    int h = d->w[n].head, r = d->w[n].rel;
    d->w[v].head = h;
    d->w[v].rel = (unsigned char)r;
    gd_deps_rehang(d, (int)n, v, GD_R_OBL);
  }
}

/* "al Qaeda ally Abu Musab al-Zarqawi", "Kremlin ally Alexander
 * Lukashenko": only a name's parts are flat; a name the parser hung on
 * the common noun before it as a flat part is the one the noun describes:
 * the name, headed by its first word, takes the noun's place and its
 * preposition, the noun its modifier. */
static void name_after_noun(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t n = 0; n < d->n; n++) {
    int g = d->w[n].head, x = -1;
    if (g < 0 || d->w[n].upos != GD_UPOS_NOUN) continue;
    for (int k = d->w[n].first; k >= 0; k = d->w[k].next)
      if (k > (int)n && d->w[k].rel == GD_R_FLAT && d->w[k].upos == GD_UPOS_PROPN) x = k;
    if (x < 0) continue;
    /* (The words between them the name's, or hung on the noun.) */
    int own = 1;
    for (int q = (int)n + 1; q < x; q++) own &= under(d, q, x) || d->w[q].head == (int)n;
    if (!own) continue;
    /* The name headed by its first word, as names are; the noun's
     * preposition is the name's. */
    int f = (int)n + 1, r = d->w[n].rel;
    for (int i = f + 1; i < (int)d->n; i++)
      if (i == x || d->w[i].head == x || (d->w[i].head == (int)n && i < x)) {
        d->w[i].head = f;
        d->w[i].rel = GD_R_FLAT;
      }
    for (int i = 0; i < (int)n; i++)
      if (d->w[i].head == (int)n && d->w[i].rel == GD_R_CASE) d->w[i].head = f;
    d->w[n].head = f;
    d->w[n].rel = GD_R_COMPOUND;
    gd_deps_rehang(d, f, g, r);
  }
}

/* "refused, after a long debate in parliament, to sell", "declined,
 * after weeks of debate, to send": re-hangs as the complement of the verb
 * before a phrase set off by commas the to-infinitive right after that
 * phrase, which the parser hung inside it or beside the verb. */
static void infinitive_after_parenthesis(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 3; x < d->n; x++) {
    int to = (int)x - 1;
    if (d->w[x].upos != GD_UPOS_VERB || d->w[to].head != (int)x || !gd_deps_is(d, to, "to") ||
        !gd_deps_is(d, (int)x - 2, ",") || d->w[x].rel == GD_R_XCOMP)
      continue;
    /* The comma that opens the phrase, right after a verb. */
    int q = (int)x - 3;
    while (q > 0 && !gd_deps_is(d, q, ",")) q--;
    int v = q - 1;
    if (q <= 0 || d->w[v].upos != GD_UPOS_VERB || under(d, v, (int)x)) continue;
    gd_deps_rehang(d, (int)x, v, GD_R_XCOMP);
  }
}

/* "called off his planned visit": re-hangs a participle the parser read as
 * a verb with a possessive determiner for its subject and the noun after
 * it for its object as the noun's adjective, the noun in its place (a
 * possessive is no subject). */
static void possessive_participle(ctx *c) {
  static const char *const poss[] = {"his", "her", "its", "their", "our", "my", "your"};
  gd_deps *d = &c->deps;
  for (size_t v = 1; v + 1 < d->n; v++) {
    int p = (int)v - 1, n = (int)v + 1, g = d->w[v].head;
    if (g < 0 || d->w[v].upos != GD_UPOS_VERB || d->w[p].head != (int)v || d->w[p].rel != GD_R_NSUBJ ||
        d->w[n].head != (int)v || d->w[n].rel != GD_R_OBJ || d->w[n].upos != GD_UPOS_NOUN)
      continue;
    int owner = 0;
    for (size_t q = 0; q < sizeof poss / sizeof poss[0]; q++) owner |= gd_deps_is(d, p, poss[q]);
    size_t len = d->w[v].e - d->w[v].b;
    if (!owner || len < 4 || strncasecmp(c->text + d->w[v].e - 2, "ed", 2)) continue;
    /* The noun takes the participle's place: the object of a verb before
     * it ("called off his planned visit"), else what the participle was. */
    int r = g < (int)v && d->w[g].upos == GD_UPOS_VERB ? GD_R_OBJ : d->w[v].rel;
    int later[GD_DEPS_MAX_KIDS], nl = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      if (k > n && nl < GD_DEPS_MAX_KIDS && (d->w[k].rel == GD_R_OBL || d->w[k].rel == GD_R_NMOD)) later[nl++] = k;
    d->w[v].head = n;
    d->w[v].rel = GD_R_AMOD;
    d->w[p].head = n;
    d->w[p].rel = GD_R_POSS;
    /* (Its phrases are the noun's: "visit to Lebanon".) */
    for (int i = 0; i < nl; i++) {
      d->w[later[i]].head = n;
      d->w[later[i]].rel = GD_R_NMOD;
    }
    gd_deps_rehang(d, n, g, r);
  }
}

int joins_in_gerund(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  int g = gd_deps_in_gerund(d, h);
  return g >= 0 && d->w[g].rel != GD_R_AMOD && lemma_cue(c, h, -1, GD_CUE_ACCOMPANY);
}

/* Appends to the N words of W (at most MAX) those of O[0..K) not there. */
static size_t add_words(int *w, size_t n, size_t max, const int *o, size_t k) {
  for (size_t i = 0; i < k && n < max; i++) {
    int dup = 0;
    for (size_t q = 0; q < n; q++) dup |= w[q] == o[i];
    if (!dup) w[n++] = o[i];
  }
  return n;
}

/* Whether J is a verb of acting with another with a "by" phrase ("joined
 * by France"); its words into O (at most MAX), their number into *K. */
static int joined_by(const ctx *c, int j, int *o, size_t max, size_t *k) {
  const gd_deps *d = &c->deps;
  if (j < 0 || d->w[j].upos != GD_UPOS_VERB) return 0;
  *k = gd_deps_slot(d, j, GD_SLOT_PREP, "by", 0, 0, o, max);
  return *k && lemma_cue(c, j, -1, GD_CUE_ACCOMPANY);
}

/* Whether the phrase headed by A is a "with" phrase after "together" or
 * "along" (`accompany` cues), both its own words. */
static int accompany_phrase(const ctx *c, int a) {
  const gd_deps *d = &c->deps;
  if (!gd_deps_has_case(d, a, "with")) return 0;
  int with = -1, adv = -1;
  for (int q = d->w[a].first; q >= 0; q = d->w[q].next) {
    if (gd_deps_is(d, q, "with")) with = q;
    if (q < a && (d->w[q].rel == GD_R_ADVMOD || d->w[q].rel == GD_R_CASE) && adv < 0 && !gd_deps_is(d, q, "with")) adv = q;
  }
  return with >= 0 && adv >= 0 && adv + 1 == with && lemma_cue(c, adv, with, GD_CUE_ACCOMPANY);
}

/* Whether the phrase headed by A is "with" and a name set off by commas
 * between subject S and verb V: "Poland, with Lithuania, sold" (not a
 * common noun: "Syria, with Russian help, shot down" has one attacker). */
static int set_off_with(const gd_deps *d, int a, int v, int s) {
  int with = a;
  while (with > 0 && !gd_deps_is(d, with, "with")) with--;
  if (with < 2 || d->w[with].head != a || !gd_deps_is(d, with - 1, ",") || !gd_deps_is(d, v - 1, ",") ||
      (with - 2 != s && !under(d, with - 2, s)) || d->w[a].upos != GD_UPOS_PROPN)
    return 0;
  for (int q = with + 1; q < v - 1; q++)
    if (q != a && !under(d, q, a)) return 0;
  return 1;
}

/* Those who act with the agents W[0..N) of trigger H (a verb, or a noun
 * that is a verb's object), appended to W (at most MAX); returns the new
 * count:
 * - "Japan joined the EU in imposing sanctions", "followed the EU in
 *   freezing assets": when the clause is a gerund after "in" under a verb
 *   of acting with another, that verb's object;
 * - "Britain, joined by France, imposed sanctions", "Joined by France,
 *   Britain imposed": the "by" phrase of such a verb on the subject or the
 *   clause (or, as the parser often reads it, the verb the clause is
 *   coordinated with);
 * - "Britain, together with France, imposed": the subject's "with" phrase
 *   after "together" or "along" (`accompany` cues), or "with" alone set
 *   off by commas right before the verb. */
static size_t companions(const ctx *c, int h, int noun, int *w, size_t n, size_t max) {
  const gd_deps *d = &c->deps;
  int o[GD_MAX_FILL];
  size_t k = 0;
  int cl = h;
  if (noun) cl = d->w[h].rel == GD_R_OBJ ? d->w[h].head : -1;
  if (cl < 0) return n;
  /* (Through verbs coordinated: "in freezing assets and banning
   * flights".) */
  int top = cl;
  for (int steps = 0; d->w[top].rel == GD_R_CONJ && d->w[top].head >= 0 && steps < 4; steps++) top = d->w[top].head;
  int j = d->w[top].head;
  if (j >= 0 && gd_deps_in_gerund(d, j) == top && !gd_deps_passive(d, j) && joins_in_gerund(c, j)) {
    k = gd_deps_slot(d, j, GD_SLOT_OBJ, NULL, 0, 0, o, GD_MAX_FILL);
    return add_words(w, n, max, o, k);
  }
  if (top != cl && joined_by(c, top, o, GD_MAX_FILL, &k)) n = add_words(w, n, max, o, k);
  /* (Or the participle opening the sentence read as its main verb, the
   * clause hung on it: "Joined by France, Britain imposed".) */
  int p = d->w[top].head;
  if (d->w[top].rel == GD_R_PARATAXIS && p >= 0 && p < top && joined_by(c, p, o, GD_MAX_FILL, &k))
    n = add_words(w, n, max, o, k);
  for (int a = d->w[top].first; a >= 0; a = d->w[a].next)
    if (d->w[a].rel == GD_R_ADVCL && a < top && joined_by(c, a, o, GD_MAX_FILL, &k)) n = add_words(w, n, max, o, k);
  for (int a = d->w[w[0]].first; a >= 0; a = d->w[a].next) {
    if (d->w[a].rel == GD_R_ACL && joined_by(c, a, o, GD_MAX_FILL, &k)) n = add_words(w, n, max, o, k);
    /* (The parser may label the phrase between two names a "list": "Shinzo
     * Abe, together with Xi Jinping, visited".) */
    if ((d->w[a].rel == GD_R_NMOD || d->w[a].rel == GD_R_OTHER) &&
        (accompany_phrase(c, a) || set_off_with(d, a, top, w[0]))) {
      o[0] = a;
      n = add_words(w, n, max, o, 1);
    }
  }
  /* (Or the phrase hung on the verb, before it: "Xi Jinping, along with
   * Park Geun-hye, arrived".) */
  for (int a = d->w[top].first; a >= 0 && a < top; a = d->w[a].next)
    if (d->w[a].rel == GD_R_OBL && (accompany_phrase(c, a) || set_off_with(d, a, top, w[0]))) {
      o[0] = a;
      n = add_words(w, n, max, o, 1);
    }
  /* (Or "together" hung on the verb, its "with" phrase under it: "Shinzo
   * Abe, together with Xi Jinping, visited".) */
  for (int adv = d->w[top].first; adv >= 0 && adv < top; adv = d->w[adv].next) {
    if (d->w[adv].rel != GD_R_ADVMOD || adv + 1 >= top || !gd_deps_is(d, adv + 1, "with") ||
        !lemma_cue(c, adv, adv + 1, GD_CUE_ACCOMPANY))
      continue;
    for (int a = d->w[adv].first; a >= 0; a = d->w[a].next)
      if (a > adv + 1 && d->w[adv + 1].head == a) {
        o[0] = a;
        n = add_words(w, n, max, o, 1);
      }
  }
  return n;
}

/* Whether trigger sense T gives a role to a "with" phrase ("met with"). */
static int frame_has_with(const gd_trigger *t) {
  for (unsigned i = 0; i < t->nslots; i++)
    if (t->slots[i].kind == GD_SLOT_PREP && !strcmp(t->slots[i].prep, "with")) return 1;
  return 0;
}

/* Those who travel with the visitors W[0..N) of visit trigger H (sense
 * SENSE): a person named in a "with" phrase on the journey's noun, whether the
 * noun is the trigger or the object of its verb ("a secret trip to Kyiv
 * with the Secretary of State", "made a trip to Iraq with his foreign
 * minister"), or on the verb of travel itself where its frame has no role
 * for the phrase ("arrived here today with Premier Bulganin", "arrived in
 * Rangoon today with Foreign Minister Chen Yi"; not "met with"). */
static size_t fellow_travellers(const ctx *c, const gd_trigger *sense, int h, int noun, int *w, size_t n, size_t max) {
  const gd_deps *d = &c->deps;
  /* (Only beside a traveller named: a slot that names no one yields to the
   * next, as "the secret trip" does to the clause's subject.) */
  int named = 0;
  for (size_t i = 0; i < n; i++) named |= word_np(c, w[i]) != NULL;
  if (!named) return n;
  for (int t = noun ? h : d->w[h].first; t >= 0; t = noun ? -1 : d->w[t].next) {
    if (!noun && d->w[t].rel != GD_R_OBJ) continue;
    for (int a = d->w[t].first; a >= 0; a = d->w[a].next) {
      const np *p = word_np(c, a);
      if (a > t && d->w[a].rel == GD_R_NMOD && gd_deps_has_case(d, a, "with") && p && p->person)
        n = add_words(w, n, max, &a, 1);
    }
  }
  if (noun || !sense || frame_has_with(sense)) return n;
  for (int a = d->w[h].first; a >= 0; a = d->w[a].next) {
    const np *p = word_np(c, a);
    if (a > h && d->w[a].rel == GD_R_OBL && gd_deps_has_case(d, a, "with") && p && p->person)
      n = add_words(w, n, max, &a, 1);
  }
  return n;
}

/* Whether word W heads a phrase of quantity: a number or a word for how
 * many ("20 of 25 drones", "most of the drones", "dozens of drones", "a
 * swarm of drones"). */
static int quantity_word(const ctx *c, int w) {
  static const char *const q[] = {"most", "some", "all", "many", "several", "few", "none", "each", "both",
                                  "half", "one", "majority", "bulk", "rest", "remainder", "number", "dozen",
                                  "dozens", "scores", "hundreds", "thousands", "handful", "swarm", "wave",
                                  "salvo", "barrage", "volley", "pair", "couple", "batch", "batches",
                                  "shipment", "shipments", "consignment", "consignments", "squadron", "squadrons",
                                  "tranche", "tranches", "part", "parts", "first", NULL};
  const gd_deps *d = &c->deps;
  if (d->w[w].upos == GD_UPOS_NUM) return 1;
  for (int i = 0; q[i]; i++)
    if (gd_deps_is(d, w, q[i])) return 1;
  return 0;
}

/* (A word of quantity with an "of" phrase names no one itself: the phrase
 * does.) */
int partitive_whole(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  if (word_np(c, w) || !quantity_word(c, w)) return w;
  for (int k = d->w[w].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of")) return k;
  return w;
}

/* "the missiles Russia fired", "the drones that Iran launched": a downed
 * word W no one is named for, with a relative clause of firing, is its
 * subject's (or, where the parser read that subject as an apposition of W
 * before the clause, that one's): that word, else -1. */
static int fired_in_clause(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  for (int k = d->w[w].first; k >= 0; k = d->w[k].next) {
    char lem[16];
    if (d->w[k].rel != GD_R_RELCL || k < w || !gd_deps_lemma(d, k, lem, sizeof lem)) continue;
    /* ("a missile the Houthi rebels say they fired", "a rocket Hamas
     * claimed it had launched": a clause of saying or claiming whose
     * complement fires it is the sayer's.) */
    if (!strcmp(lem, "say") || !strcmp(lem, "claim")) {
      int fires = 0;
      for (int q = d->w[k].first; q >= 0 && !fires; q = d->w[q].next) {
        char ql[16];
        fires = q > k && d->w[q].rel == GD_R_CCOMP && gd_deps_lemma(d, q, ql, sizeof ql) &&
                (!strcmp(ql, "fire") || !strcmp(ql, "launch"));
      }
      if (fires) strcpy(lem, "fire");
    }
    if (strcmp(lem, "fire") && strcmp(lem, "launch")) continue;
    for (int s = d->w[k].first; s >= 0 && s < k; s = d->w[s].next)
      if (d->w[s].rel == GD_R_NSUBJ && word_np(c, s)) return s;
    for (int s = d->w[w].first; s >= 0 && s < k; s = d->w[s].next)
      if (d->w[s].rel == GD_R_APPOS && s > w && word_np(c, s)) return s;
  }
  return -1;
}

/* The word that names who fired W, a downed word no one is named for (see
 * above); else W. */
static int fired_by(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  if (word_np(c, w)) return w;
  int s = fired_in_clause(c, w);
  /* ("43 of the cruise missiles and 13 drones that Russia launched": the
   * clause after a coordination of things fired, hung on its last
   * member, is the whole coordination's.) */
  for (int k = d->w[w].first; k >= 0 && s < 0; k = d->w[k].next)
    if (k > w && d->w[k].rel == GD_R_CONJ && !word_np(c, k)) s = fired_in_clause(c, k);
  return s >= 0 ? s : w;
}

/* Whether word W names people who travel on their own account, no state's
 * envoys: "an Egyptian film star", "Japanese tourists", "an American
 * businessman", "a Soviet folk dance ensemble" (the nationality before it
 * is theirs, not a visitor). */
static int private_travellers(const gd_deps *d, int w) {
  static const char *const who[] = {"tourist", "tourists", "businessman", "businessmen", "businesswoman", "star",
                                    "stars", "actor", "actors", "actress", "singer", "singers", "student",
                                    "students", "pilgrim", "pilgrims", "fans", "climber", "climbers", "ensemble",
                                    "troupe", "orchestra", "choir", "dancers", "musicians", "artistes", NULL};
  for (int i = 0; who[i]; i++)
    if (gd_deps_is(d, w, who[i])) return 1;
  return 0;
}

/* "Two Soviet warships arrived in Norfolk", "A Chinese naval squadron
 * arrived in Karachi for a goodwill visit", "A Syrian air force pilot flew
 * his MiG-23 to Israel": whether word W names ships or a crew, who sail and
 * fly but make no visit. */
static int ships(const gd_deps *d, int w) {
  static const char *const ship[] = {"ship", "ships", "warship", "warships", "vessel", "vessels", "squadron",
                                     "fleet", "flotilla", "frigate", "frigates", "destroyer", "destroyers",
                                     "cruiser", "cruisers", "submarine", "submarines", "pilot", "pilots",
                                     "crew", "crews", "crewmen", "airman", "airmen", "sailors", NULL};
  for (int i = 0; ship[i]; i++)
    if (gd_deps_is(d, w, ship[i])) return 1;
  return 0;
}

/* Whether word W names a state's armed services ("forces", "army", "air
 * force", "navy"). */
static int services(const gd_deps *d, int w) {
  static const char *const word[] = {"forces", "army", "armies", "force", "navy", NULL};
  for (int i = 0; word[i]; i++)
    if (gd_deps_is(d, w, word[i])) return 1;
  return 0;
}

/* "a plane carrying the president of Rwanda": an aircraft word W no one is
 * named for, with a participle of carrying, is theirs whom it carries (the
 * participle's object, or the nationality before it); else W. */
static int carried_by(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  if (word_np(c, w) || !has_cue(c, d->w[w].tok, GD_CUE_AIR)) return w;
  for (int k = d->w[w].first; k >= 0; k = d->w[k].next) {
    if (d->w[k].rel != GD_R_ACL || k < w || !gd_deps_is(d, k, "carrying")) continue;
    for (int o = d->w[k].first; o >= 0; o = d->w[o].next) {
      if (d->w[o].rel != GD_R_OBJ) continue;
      if (word_np(c, o)) return o;
      /* ("carrying Afghan officials": the nationality of those carried) */
      for (int m = d->w[o].first; m >= 0; m = d->w[m].next)
        if (d->w[m].rel == GD_R_AMOD && m < o && word_np(c, m)) return m;
    }
  }
  return w;
}

/* Whether word W is a team named by its sport or as a national side: "the
 * Soviet hockey team", "Brazil's national football squad", "a ping-pong
 * team" (a word split at its hyphen is named by its last part). */
static int sports_team(const gd_deps *d, int w) {
  static const char *const team[] = {"team", "teams", "squad", "squads", "side", "eleven", NULL};
  static const char *const sport[] = {"national", "olympic", "football", "soccer", "hockey", "basketball",
                                      "baseball", "volleyball", "handball", "rugby", "cricket", "tennis",
                                      "pong", "chess", "gymnastics", "athletics", "cycling", "davis",
                                      "world", "cup", NULL};
  int is_team = 0;
  for (int i = 0; team[i] && !is_team; i++) is_team = gd_deps_is(d, w, team[i]);
  if (!is_team) return 0;
  for (int k = d->w[w].first; k >= 0 && k < w; k = d->w[k].next) {
    if (d->w[k].rel != GD_R_AMOD && d->w[k].rel != GD_R_COMPOUND) continue;
    /* (Its last part, however the parser hung the parts: "ping" with
     * "pong" as its conjunct.) */
    int last = k;
    while (last + 2 < w && gd_deps_is(d, last + 1, "-")) last += 2;
    for (int i = 0; sport[i]; i++)
      if (gd_deps_is(d, last, sport[i])) return 1;
  }
  return 0;
}

/* "shot down by a missile fired by Ukrainian forces", "a rocket launched
 * by Hezbollah downed the drone": a weapon that names no one is named by
 * the agent of its participle of launching (a "fired by", "launched by"
 * phrase of the lexicon); else W. */
static int launcher(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  const np *p = word_np(c, w);
  if (p && filler(c, GEORDF_ROLE_ATTACKER, p)) return w;
  for (int a = d->w[w].first; a >= 0; a = d->w[a].next) {
    const gd_mention *m = d->w[a].rel == GD_R_ACL ? mention_at(c, d->w[a].tok) : NULL;
    if (!m || m->tb != d->w[a].tok || m->te - m->tb < 2 || !has_cue(c, m->tb, GD_CUE_PREP)) continue;
    for (int k = d->w[a].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_OBL_AGENT || (d->w[k].rel == GD_R_OBL && gd_deps_has_case(d, k, "by"))) return k;
  }
  /* "by a missile from the cruiser Vincennes": a weapon from a ship is
   * fired by the state that fields the ship (as aircraft from a ship fly
   * for it); the ship's name may hang on its word for a warship. */
  for (int a = d->w[w].first; a >= 0; a = d->w[a].next) {
    if (d->w[a].rel != GD_R_NMOD || !gd_deps_has_case(d, a, "from")) continue;
    for (int k = a; k >= 0; k = k == a ? d->w[a].first : d->w[k].next) {
      const np *s = word_np(c, k);
      if (s && s->weapon && s->weapon->cls && !strcmp(s->weapon->cls, "Vessel") && s->weapon->operator_) return k;
    }
  }
  /* "by a missile fired from the U.S. cruiser Vincennes", "by a Hawk
   * missile fired from the French battery": the "from" phrase of a
   * participle of firing on the weapon names the unit that fired it, and
   * its state (a warship the lexicon knows, or a state's word for the
   * unit). */
  for (int a = d->w[w].first; a >= 0; a = d->w[a].next) {
    char lemma[16];
    if (d->w[a].rel != GD_R_ACL || d->w[a].upos != GD_UPOS_VERB) continue;
    gd_deps_lemma(d, a, lemma, sizeof lemma);
    if (strcmp(lemma, "fire") && strcmp(lemma, "launch")) continue;
    for (int f = d->w[a].first; f >= 0; f = d->w[f].next) {
      if (d->w[f].rel != GD_R_OBL || !gd_deps_has_case(d, f, "from")) continue;
      for (int k = f; k >= 0; k = k == f ? d->w[f].first : d->w[k].next) {
        const np *s = word_np(c, k);
        if (s && ((s->weapon && s->weapon->cls && !strcmp(s->weapon->cls, "Vessel") && s->weapon->operator_) ||
                  (!s->place && filler(c, GEORDF_ROLE_ATTACKER, s))))
          return k;
      }
    }
  }
  return w;
}

/* "its Su-25 ground-attack jets": a noun split at a hyphen, whose first
 * part the parser hung elsewhere with the phrase before it, is named by
 * that phrase when only nouns, adjectives and the hyphen lie between it
 * and word W.  Returns the phrase's last word, or -1. */
int before_split_compound(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  int hyphen = 0;
  for (size_t k = d->w[w].tok; k > d->tb; k--) {
    size_t q = k - 1;
    if (c->tok_np[q] >= 0) return hyphen ? gd_deps_word(d, q) : -1;
    int x = gd_deps_word(d, q);
    if (x < 0) return -1;
    if (tok_is(c, q, "-")) hyphen = 1;
    else if (d->w[x].upos != GD_UPOS_NOUN && d->w[x].upos != GD_UPOS_ADJ) return -1;
  }
  return -1;
}

int misread_verb(const gd_deps *d, int h) {
  int verb = d->w[h].upos == GD_UPOS_VERB, subj = -1;
  for (int q = d->w[h].first; q >= 0; q = d->w[q].next) {
    if (d->w[q].rel == GD_R_COP) return -1;
    if (d->w[q].rel == GD_R_NSUBJ && q < h) subj = q;
  }
  for (int k = d->w[h].first; k >= 0 && k < h; k = d->w[k].next) {
    if (d->w[k].rel != GD_R_AMOD || d->w[k].upos != GD_UPOS_VERB) continue;
    if (verb || (subj >= 0 && subj < k)) return k;
    for (int q = d->w[k].first; q >= 0 && q < k; q = d->w[q].next)
      if (d->w[q].rel == GD_R_NSUBJ) return k;
  }
  return -1;
}

/* Whether word W has a cue of one of the kinds in the bit set KINDS. */
static int cue_of(const ctx *c, int w, gd_cues kinds) {
  for (int q = 0; q < GD_CUE_COUNT; q++)
    if (((kinds >> q) & 1) && has_cue(c, c->deps.w[w].tok, (gd_cue_kind)q)) return 1;
  return 0;
}

/* Appends to W (N words so far) the conjuncts of word K, and theirs, that
 * name someone: the rest of a list "A, B and C" whose first member is K
 * (B read as an apposition of A before A's last conjunct is one of them).
 * Returns the new count. */
static size_t named_conjuncts(const ctx *c, int k, int *w, size_t n) {
  const gd_deps *d = &c->deps;
  int last = -1;
  for (int q = d->w[k].first; q >= 0; q = d->w[q].next)
    if (q > k && d->w[q].rel == GD_R_CONJ) last = q;
  for (int q = d->w[k].first; q >= 0 && n < GD_MAX_FILL; q = d->w[q].next)
    if (q > k && (d->w[q].rel == GD_R_CONJ || (d->w[q].rel == GD_R_APPOS && q < last)) && word_np(c, q)) {
      w[n++] = q;
      n = named_conjuncts(c, q, w, n);
    }
  return n;
}

/* Whether word H is a title in the plural ("premiers", "presidents")
 * whose "of" phrase is a list of those it names. */
static int titled_list(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  const gd_mention *m = mention_at(c, d->w[h].tok);
  if (!m || !m->office || d->w[h].e - d->w[h].b < 4 || c->text[d->w[h].e - 1] != 's') return 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next)
    if (k > h && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of") && word_np(c, k))
      for (int q = d->w[k].first; q >= 0; q = d->w[q].next)
        if (q > k && d->w[q].rel == GD_R_CONJ && word_np(c, q)) return 1;
  return 0;
}

/* Fills GOT from the words the tree gives slot SL of the trigger headed by
 * word H; returns how many phrases it found. */
/* The state the subject of the clause of word H acts for (of the verb a
 * noun H is the object of: "Washington imposed sanctions"), or NULL. */
static const geordf_entity *subject_actor(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  for (int a = 0; a < 2 && h >= 0; a++, h = d->w[h].head) {
    for (int k = d->w[h].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_NSUBJ) {
        const np *p = word_np(c, k);
        return p ? np_actor(c, p) : NULL;
      }
    if (d->w[h].upos != GD_UPOS_NOUN) break;
  }
  return NULL;
}

/* The "with" phrase of the verb of agreeing (or of its deal noun) whose
 * purpose is the infinitive at H: "signed a contract with South Korea's
 * KAI to buy 18 FA-50s", "signed an agreement with Czechoslovakia to
 * obtain arms" name the one the buyer deals with.  Its count, into W. */
static size_t agreed_with(const ctx *c, int h, int *w, size_t max) {
  const gd_deps *d = &c->deps;
  int g = d->w[h].head, to = -1;
  for (int k = d->w[h].first; k >= 0 && k < h; k = d->w[k].next)
    if (d->w[k].rel == GD_R_MARK && gd_deps_is(d, k, "to")) to = k;
  if (to < 0 || g < 0 || g > h) return 0;
  /* (The infinitive hung on the verb, or on the deal noun it signs.) */
  if (d->w[h].rel == GD_R_ACL && lemma_cue(c, g, -1, GD_CUE_DEAL) && d->w[g].rel == GD_R_OBJ) g = d->w[g].head;
  else if (d->w[h].rel != GD_R_ADVCL && d->w[h].rel != GD_R_XCOMP) return 0;
  if (g < 0 || !lemma_cue(c, g, -1, GD_CUE_AGREED)) return 0;
  return gd_deps_slot(d, g, GD_SLOT_PREP, "with", 0, 0, w, max);
}

unsigned tree_slot(const ctx *c, const gd_slot *sl, const gd_mention *tm, int h, int noun, int pass,
                   npset *got, int *words) {
  const gd_deps *d = &c->deps;
  int w[GD_MAX_FILL];
  size_t n;
  int others = 0; /* the tree's phrase speaks of others' act: no filler by word order */
  /* The subject of "met with visiting X" is the host, not a visitor. */
  if (sl->role == GEORDF_ROLE_VISITOR && sl->kind == GD_SLOT_SUBJ && !noun && !pass && visitor_as_object(c, h)) {
    got->n = 0;
    *words = 2;
    return 0;
  }
  /* A verb phrase ending in its preposition ("went to", "arrived in"):
   * the object is that preposition's phrase. */
  int last = gd_deps_word(d, tm->te - 1);
  int ends_prep = tm->te - tm->tb > 1 && last >= 0 && last != h && d->w[last].rel == GD_R_CASE &&
                  d->w[last].head >= 0;
  /* A verb phrase ending in another verb ("is due to visit", "sent
   * fighters to support"): the object is that verb's, wherever the parser
   * hung the phrase's first word. */
  int last_verb = sl->kind == GD_SLOT_OBJ && !pass && !noun && !ends_prep && tm->te - tm->tb > 1 && last >= 0 &&
                  last != h && d->w[last].upos == GD_UPOS_VERB;
  n = last_verb ? gd_deps_slot(d, last, GD_SLOT_OBJ, NULL, 0, 0, w, GD_MAX_FILL) : 0;
  if (n) {
    /* (the object of the phrase's last verb) */
  } else if (sl->kind == GD_SLOT_OBJ && ends_prep) {
    w[0] = d->w[last].head;
    n = 1;
    /* (With the phrases of that preposition coordinated with it, whether
     * the parser hangs them on it or on the verb: "travel to Canada and
     * then to Mexico".) */
    int more[GD_MAX_FILL];
    char p[16];
    size_t pl = d->w[last].e - d->w[last].b;
    if (pl < sizeof p) {
      memcpy(p, d->text + d->w[last].b, pl);
      p[pl] = '\0';
      size_t k = gd_deps_slot(d, h, GD_SLOT_PREP, p, 0, 0, more, GD_MAX_FILL);
      int has = 0;
      for (size_t i = 0; i < k; i++) has |= more[i] == w[0];
      if (has) {
        memcpy(w, more, k * sizeof *w);
        n = k;
      }
    }
  } else if (sl->kind == GD_SLOT_SUBJ && ends_prep && pass) {
    /* "was shot down by": the trigger holds the agent's preposition, so
     * its frame reads the passive subject as its subject. */
    n = gd_deps_slot(d, h, GD_SLOT_OBJ, NULL, 0, 1, w, GD_MAX_FILL);
  } else {
    n = gd_deps_slot(d, h, sl->kind, sl->prep, noun, pass, w, GD_MAX_FILL);
    /* A sanction named as an object (or passive subject) is its agent's
     * own only when the verb imposes, lifts, eases, threatens or joins it
     * ("X imposed sanctions", "sanctions were imposed by X"); "X called the
     * sanctions an attempt", "the measures were blocked by X" speak of
     * others'. */
    /* (So is an arms deal only when the verb agrees, pledges, delivers,
     * announces or cancels it: "X approved arms sales to Y", not "X
     * criticised arms sales to Y"; and no other phrase is its agent then.) */
    int g = d->w[h].head, mv = noun ? misread_verb(d, h) : -1;
    geordf_event_type ty = tm->ntrig ? tm->trig[0]->type : GEORDF_VISIT;
    if (mv >= 0) g = mv;
    gd_cues own = ty == GEORDF_ARMSDEAL
                       ? (1u << GD_CUE_AGREED) | (1u << GD_CUE_PLEDGE) | (1u << GD_CUE_DELIVERED) |
                             (1u << GD_CUE_CANCELLED) | (1u << GD_CUE_PLANNED) | (1u << GD_CUE_IMPOSE)
                       : (1u << GD_CUE_IMPOSE) | (1u << GD_CUE_LIFT) | (1u << GD_CUE_EASE) | (1u << GD_CUE_THREAT) |
                             (1u << GD_CUE_JOIN) | (1u << GD_CUE_ADD) | (1u << GD_CUE_AGREED) | (1u << GD_CUE_PLANNED);
    if (noun && sl->kind == GD_SLOT_SUBJ && (ty == GEORDF_SANCTION || ty == GEORDF_ARMSDEAL) && g >= 0 &&
        (d->w[h].rel == GD_R_OBJ || d->w[h].rel == GD_R_NSUBJ_PASS || mv >= 0)) {
      /* (Nor is one found by word order then, for a deal or for "the
       * measures", which point back to the last sanction: "China and
       * Russia, which have resisted such measures", "Hungary called the
       * measures pointless".) */
      if (!cue_of(c, g, own))
        n = 0, others = ty == GEORDF_ARMSDEAL || (tm->ntrig && (tm->trig[0]->flags & GD_TRIG_ANAPHOR));
      else if (mv >= 0) n = gd_deps_slot(d, mv, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
    }
    /* "condemned the sanctions imposed by the EU", "an end to the blockade
     * imposed by the United States": the agent of such a verb's participle
     * on the sanction is its own, whoever speaks of it. */
    for (int k = noun && sl->kind == GD_SLOT_SUBJ && ty == GEORDF_SANCTION ? d->w[h].first : -1; k >= 0;
         k = d->w[k].next) {
      int by[GD_MAX_FILL];
      size_t nb;
      if (k > h && d->w[k].rel == GD_R_ACL && d->w[k].upos == GD_UPOS_VERB && !ends_ing(c, d->w[k].tok) &&
          cue_of(c, k, own) && (nb = gd_deps_slot(d, k, GD_SLOT_SUBJ, NULL, 0, 1, by, GD_MAX_FILL))) {
        memcpy(w, by, nb * sizeof *w);
        n = nb;
        break;
      }
    }
    if (n && sl->kind == GD_SLOT_SUBJ && !pass) n = companions(c, h, noun, w, n, GD_MAX_FILL);
  }
  /* "voted to override President Reagan's veto of sanctions against South
   * Africa": sanctions a veto overridden stopped are enacted by the state
   * of the one who vetoed them (the possessor of "veto"; the legislature
   * that overrides it, "the Senate", is no name of a state). */
  if (noun && sl->kind == GD_SLOT_SUBJ && sl->role == GEORDF_ROLE_IMPOSER && d->w[h].rel == GD_R_NMOD &&
      gd_deps_has_case(d, h, "of")) {
    int veto = d->w[h].head, v = veto >= 0 ? d->w[veto].head : -1;
    char lemma[16] = "";
    if (v >= 0 && d->w[v].upos == GD_UPOS_VERB) gd_deps_lemma(d, v, lemma, sizeof lemma);
    if (veto >= 0 && gd_deps_is(d, veto, "veto") &&
        (!strcmp(lemma, "override") || !strcmp(lemma, "overrule") || (v >= 0 && gd_deps_is(d, v, "overrode"))))
      for (int k = d->w[veto].first; k >= 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_POSS && d->w[k].upos != GD_UPOS_PRON) {
          w[0] = k;
          n = 1;
          break;
        }
  }
  /* "The ten countries of the European Community agreed to ban all
   * imports from Argentina": a plural noun of members whose "of" phrase
   * names an organization imposes as that organization. */
  if (sl->kind == GD_SLOT_SUBJ && sl->role == GEORDF_ROLE_IMPOSER && !pass)
    for (size_t i = 0; i < n; i++) {
      static const char *const members[] = {"members", "countries", "states", "nations", "governments", NULL};
      int is = 0;
      for (int k = 0; members[k] && !is; k++) is = gd_deps_is(d, w[i], members[k]);
      if (!is || word_np(c, w[i])) continue;
      for (int k = d->w[w[i]].first; k >= 0; k = d->w[k].next) {
        const np *p = k > w[i] && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of") ? word_np(c, k) : NULL;
        const geordf_entity *e = p ? np_actor(c, p) : NULL;
        if (e && e->kind == GD_KIND_ORG) {
          w[i] = k;
          break;
        }
      }
    }
  /* A buyer's seller is the one it agreed with to buy. */
  if (!n && sl->kind == GD_SLOT_PREP && sl->role == GEORDF_ROLE_SUPPLIER && !noun && !pass)
    n = agreed_with(c, h, w, GD_MAX_FILL);
  /* "in October, they shot down a drone": a day's or month's name takes
   * no relative clause, so the one the parser hung on it leaves the name
   * no argument of its verb. */
  if (d->w[h].rel == GD_R_RELCL && d->w[h].head >= 0 && time_name(c, d->w[h].head)) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
      if (w[i] != d->w[h].head) w[k++] = w[i];
    n = k;
  }
  /* What is downed is the whole a partitive takes its part of, and so is
   * what downs it ("shot down by a pair of U.S. Navy F-14s"); so is what
   * a passive of supplying has as its subject ("the first batch of Russian
   * S-400s was delivered to Turkey"), and a deal's item wherever the frame
   * finds it ("the first parts of the S-400 system arrived"). */
  if (sl->role == GEORDF_ROLE_VICTIM || sl->role == GEORDF_ROLE_ITEM || sl->role == GEORDF_ROLE_ATTACKER ||
      (tm->ntrig && tm->trig[0]->type == GEORDF_ARMSDEAL && pass && sl->kind == GD_SLOT_OBJ))
    for (size_t i = 0; i < n; i++) {
      w[i] = partitive_whole(c, w[i]);
      if (sl->role == GEORDF_ROLE_VICTIM) w[i] = fired_by(c, carried_by(c, w[i]));
    }
  /* Who downed it may be named only by who fired the weapon: a "fired by"
   * phrase, or a relative clause of firing ("by a missile the rebels say
   * they fired"). */
  if (sl->role == GEORDF_ROLE_ATTACKER)
    for (size_t i = 0; i < n; i++) w[i] = launcher(c, fired_by(c, w[i]));
  /* A relative clause the parser hung on the nearest noun may belong to a
   * higher one: what is shot down is the noun that flies ("a drone
   * launched from Syria, which a helicopter shot down"). */
  if (n == 1 && sl->role == GEORDF_ROLE_VICTIM && gd_deps_relative_fills(d, h, sl->kind == GD_SLOT_SUBJ ? !pass : pass)) {
    const np *p = word_np(c, w[0]);
    if (!(p && p->weapon) && !has_cue(c, d->w[w[0]].tok, GD_CUE_AIR)) {
      int up[7];
      up[0] = w[0];
      size_t nu = 1 + gd_deps_higher_nouns(d, w[0], up + 1, 6);
      /* (The noun itself, then those above it; each, or the noun its "of"
       * phrase names: "the interception of a drone launched from Syria,
       * which ...".) */
      int found = -1;
      for (size_t i = 0; i < nu && found < 0; i++)
        for (int k = up[i]; k >= 0 && found < 0; k = k == up[i] ? d->w[up[i]].first : d->w[k].next) {
          if (k != up[i] && d->w[k].rel != GD_R_NMOD) continue;
          const np *q = word_np(c, k);
          if (q && (q->weapon || has_cue(c, d->w[k].tok, GD_CUE_AIR))) found = k;
        }
      if (found >= 0) w[0] = found;
    }
  }
  /* "Chou praised Nasser during his visit to Cairo", "On his arrival in
   * Cairo, Chou said": a possessive pronoun on a noun in a time adverbial
   * is the clause's subject, when that one can fill the role. */
  if (sl->kind == GD_SLOT_POSS && noun && n == 1 && d->w[w[0]].upos == GD_UPOS_PRON) {
    int up[6];
    size_t nu = gd_deps_outer_subjects(d, h, up, 6);
    const np *p = nu ? word_np(c, up[0]) : NULL;
    if (p && filler(c, sl->role, p)) w[0] = up[0];
  }
  /* "left Washington for a state visit to France", "arrived on Monday
   * for a visit": a visit the purpose of a verb of travel is its
   * traveller's. */
  if (sl->role == GEORDF_ROLE_VISITOR && sl->kind == GD_SLOT_SUBJ && noun && !pass && !n && d->w[h].head >= 0 &&
      d->w[h].rel == GD_R_OBL && gd_deps_has_case(d, h, "for")) {
    int g = d->w[h].head;
    const gd_mention *m = mention_at(c, d->w[g].tok);
    for (unsigned q = 0; m && q < m->ntrig && !n; q++)
      if (m->trig[q]->type == GEORDF_VISIT && m->trig[q]->pos == 'v')
        n = gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  }
  /* "the embargo the Security Council imposed on Monday", "the treaty
   * that India and the Soviet Union signed": a noun trigger that is the
   * object its relative clause leaves out is that clause's subject's when
   * the clause's verb enacts it (imposes or lifts a sanction, signs a pact
   * or a deal).  (The clause may hang on a word of the trigger, or on
   * the last conjunct of one: "the treaty of peace, friendship and
   * cooperation that ... signed".) */
  int enacted = 0;
  for (int v = 0; sl->kind == GD_SLOT_SUBJ && noun && !pass && !n && tm->ntrig && v < (int)d->n && !enacted; v++) {
    int a = d->w[v].head;
    /* (Or a clause with "that" the parser read as the noun's content.) */
    if ((d->w[v].rel != GD_R_RELCL && d->w[v].rel != GD_R_ACL) || a < 0 || v < a || d->w[v].upos != GD_UPOS_VERB)
      continue;
    if (d->w[a].rel == GD_R_CONJ && d->w[a].head >= 0 && d->w[a].head < a) a = d->w[a].head;
    if (a != h && (d->w[a].tok < tm->tb || d->w[a].tok >= tm->te)) continue;
    /* (Its object the relative word, if any: "that", "which".) */
    int obj = 0, s = -1;
    for (int q = d->w[v].first; q >= 0; q = d->w[q].next) {
      obj |= d->w[q].rel == GD_R_OBJ && !gd_deps_is(d, q, "that") && !gd_deps_is(d, q, "which");
      if (d->w[q].rel == GD_R_NSUBJ && q < v) s = q;
    }
    if (obj || s < 0 || gd_deps_is(d, s, "that") || gd_deps_is(d, s, "which") || gd_deps_is(d, s, "who"))
      continue;
    geordf_event_type ty = tm->trig[0]->type;
    gd_cues own = ty == GEORDF_SANCTION ? (1u << GD_CUE_IMPOSE) | (1u << GD_CUE_LIFT) | (1u << GD_CUE_EASE)
                   : ty == GEORDF_ALLIANCE || ty == GEORDF_ARMSDEAL ? 1u << GD_CUE_AGREED
                                                                      : 0;
    for (int q = 0; q < GD_CUE_COUNT && !enacted; q++)
      enacted = ((own >> q) & 1) && lemma_cue(c, v, -1, (gd_cue_kind)q);
    if (enacted) n = gd_deps_slot(d, v, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  }
  /* Selection: the nearest clause subject that can fill the role. */
  if (sl->kind == GD_SLOT_SUBJ && noun && !pass && !enacted) {
    int up[6];
    size_t nu = gd_deps_outer_subjects(d, h, up, 6);
    for (size_t i = 0; i < nu; i++) {
      const np *p = word_np(c, up[i]);
      if (p && filler(c, sl->role, p)) {
        w[0] = up[i];
        n = 1;
        break;
      }
    }
  }
  /* (With those who travel with them.) */
  if (n && sl->role == GEORDF_ROLE_VISITOR && !pass)
    n = fellow_travellers(c, tm && tm->ntrig ? tm->trig[0] : NULL, h, noun, w, n, GD_MAX_FILL);
  /* "by Russia worried NATO": a parse that runs two names together makes
   * the first a modifier of the second; the name right after the
   * preposition is the phrase's.  So is a name run together with a length
   * of time after it: "arrived in Moscow days after the vote", "landed in
   * Beijing hours before the deadline". */
  if (sl->kind == GD_SLOT_PREP || sl->kind == GD_SLOT_OBJ)
    for (size_t i = 0; i < n; i++) {
      int cw = -1;
      for (int k = d->w[w[i]].first; k >= 0 && cw < 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_CASE) cw = k;
      size_t t = cw >= 0 ? d->w[cw].tok + 1 : 0;
      while (cw >= 0 && t < d->te && is_determiner(c, t)) t++;
      int first = cw >= 0 && t < d->te ? gd_deps_word(d, t) : -1;
      if (first >= 0 && first != w[i] && c->tok_np[t] >= 0 && c->tok_np[t] != c->tok_np[d->w[w[i]].tok] &&
          d->w[first].head == w[i] && d->w[first].rel == GD_R_COMPOUND && d->w[first].upos == GD_UPOS_PROPN &&
          ((sl->kind == GD_SLOT_PREP && d->w[w[i]].upos == GD_UPOS_PROPN) || span_of_time(d, w[i])))
        w[i] = first;
    }
  got->n = 0;
  *words = n > 0 ? 1 : others ? 2 : 0;
  for (size_t i = 0; i < n && got->n < GD_MAX_FILL; i++) {
    /* "Russian tourists", "Americans": people at large travel for no
     * state. */
    const gd_dword *x = &d->w[w[i]];
    /* (Nor are "US troops" visited the US: a destination is a place, so
     * such a phrase gives only the place of its "in" phrase: "NATO
     * headquarters in Brussels", "troops in Iraq".) */
    if ((sl->role == GEORDF_ROLE_VISITOR || sl->role == GEORDF_ROLE_DESTINATION) && x->upos == GD_UPOS_NOUN &&
        c->tok_np[x->tok] < 0 && x->e - x->b > 3 && c->text[x->e - 1] == 's' && c->text[x->e - 2] != 's' &&
        /* (not a plural title with a list of states after "of": each
         * state's holder travels, read below) */
        !titled_list(c, w[i])) {
      if (sl->role == GEORDF_ROLE_VISITOR) { *words = 2; continue; }
      int in = -1;
      for (int k = x->first; k >= 0 && in < 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_NMOD && d->w[k].first >= 0 && d->w[d->w[k].first].rel == GD_R_CASE &&
            gd_deps_is(d, d->w[k].first, "in") &&
            /* (not the phrase of those who govern that the parser hung
             * there: "a visit in three years, officials in Washington
             * said") */
            !(d->w[d->w[k].first].tok > 0 && has_cue(c, d->w[d->w[k].first].tok - 1, GD_CUE_SEAT)))
          in = k;
      if (in < 0) { *words = 2; continue; }
      w[i] = in;
    }
    /* "met Bush at his ranch in Crawford, Texas", "received him at a
     * resort in Sochi", "delivered to an air base near Ankara": a site
     * named by a common noun goes to its "in", "near" or "outside" phrase
     * (or to that phrase's apposition) for the destination or recipient;
     * "met him at Fere-en-Tardenois, north-east of Paris": a place the
     * lexicon lacks, to the place its apposition's direction is "of". */
    if ((sl->role == GEORDF_ROLE_DESTINATION || sl->role == GEORDF_ROLE_RECIPIENT) && sl->kind == GD_SLOT_PREP &&
        c->tok_np[x->tok] < 0) {
      int in = -1;
      if (site(c, w[i])) {
        for (int k = x->first; k >= 0 && in < 0; k = d->w[k].next)
          if (k > w[i] && d->w[k].rel == GD_R_NMOD &&
              (gd_deps_has_case(d, k, "in") || gd_deps_has_case(d, k, "near") || gd_deps_has_case(d, k, "outside")))
            in = k;
        if (in >= 0 && c->tok_np[d->w[in].tok] < 0)
          for (int k = d->w[in].first; k >= 0; k = d->w[k].next)
            if (k > in && d->w[k].rel == GD_R_APPOS && c->tok_np[d->w[k].tok] >= 0) {
              in = k;
              break;
            }
      } else if (sl->role == GEORDF_ROLE_DESTINATION) {
        /* (read on the words, as the parser hangs the direction on the
         * place or on the verb) */
        size_t k = x->tok + 1;
        while (k < d->te && k < x->tok + 6 && !tok_is(c, k, ",")) k++;
        size_t q = k + 1;
        while (q < d->te && q < k + 5 && (direction(c, q) || tok_is(c, q, "-"))) q++;
        if (k < d->te && tok_is(c, k, ",") && q > k + 1 && q + 1 < d->te && tok_is(c, q, "of") &&
            c->tok_np[q + 1] >= 0 && c->nps[c->tok_np[q + 1]].place)
          in = gd_deps_word(d, c->nps[c->tok_np[q + 1]].te - 1);
      }
      if (in >= 0 && c->tok_np[d->w[in].tok] >= 0) w[i] = in;
    }
    /* "toured the ancient city of Timbuktu", "flew to the town of
     * Gorazde": a word for a settlement with no name of its own is named
     * by its "of" phrase, the destination's place. */
    if (sl->role == GEORDF_ROLE_DESTINATION && c->tok_np[d->w[w[i]].tok] < 0 && settlement(d, w[i]))
      for (int k = d->w[w[i]].first; k >= 0; k = d->w[k].next)
        if (k > w[i] && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of") && c->tok_np[d->w[k].tok] >= 0 &&
            c->nps[c->tok_np[d->w[k].tok]].place) {
          w[i] = k;
          break;
        }
    if (sl->kind == GD_SLOT_PREP && x->tok > tm->te && held_between(c, tm->te, x->tok)) {
      *words = 2;
      continue;
    }
    /* Nor does a team named by its sport or as a national side ("the
     * Soviet hockey team", "Brazil's national team"): it plays, and a
     * state's delegation is named otherwise; nor ships. */
    if (sl->role == GEORDF_ROLE_VISITOR &&
        (sports_team(d, w[i]) || private_travellers(d, w[i]) || ships(d, w[i]))) {
      *words = 2;
      continue;
    }
    /* "backs the government of President X", "the regime of X": a word
     * for those who govern names no one; its "of" phrase does. */
    /* (Or its name: "the Bush administration", "Putin's government".) */
    /* (Or its "in" phrase: "an embargo against the rebel regime in
     * Salisbury".) */
    /* (So does a title in the plural with a list of states in its "of"
     * phrase: "signed by the Premiers of the Soviet Union, Poland, ... and
     * the German Democratic Republic", "by the presidents of Russia,
     * Kazakhstan and Armenia".) */
    if (c->tok_np[x->tok] < 0 && (has_cue(c, x->tok, GD_CUE_SEAT) || titled_list(c, w[i]))) {
      int of = -1, name = -1, in = -1;
      for (int k = x->first; k >= 0; k = d->w[k].next) {
        if (d->w[k].rel == GD_R_NMOD && d->w[k].first >= 0 && d->w[d->w[k].first].rel == GD_R_CASE &&
            gd_deps_is(d, d->w[k].first, "of") && of < 0)
          of = k;
        if (d->w[k].rel == GD_R_NMOD && d->w[k].first >= 0 && d->w[d->w[k].first].rel == GD_R_CASE &&
            gd_deps_is(d, d->w[k].first, "in") && in < 0 && c->tok_np[d->w[k].tok] >= 0)
          in = k;
        if ((d->w[k].rel == GD_R_COMPOUND || d->w[k].rel == GD_R_POSS) && k < w[i] && c->tok_np[d->w[k].tok] >= 0)
          name = k;
      }
      /* (The parser may hang that "in" phrase, right after the word, on
       * the noun above it: "an embargo [against the regime] [in X]".) */
      int nx = w[i] + 1;
      if (in < 0 && (size_t)nx < d->n && d->w[nx].rel == GD_R_CASE && gd_deps_is(d, nx, "in") &&
          d->w[nx].head > nx && d->w[d->w[nx].head].head == x->head && d->w[d->w[nx].head].rel == GD_R_NMOD &&
          c->tok_np[d->w[d->w[nx].head].tok] >= 0)
        in = d->w[nx].head;
      /* (And the phrase's conjuncts, each a state whose men they are too:
       * "signed by the leaders of Russia, Kazakhstan and Armenia".) */
      if (of >= 0) n = named_conjuncts(c, of, w, n);
      if (of >= 0) w[i] = of;
      else if (name >= 0) w[i] = name;
      else if (in >= 0) w[i] = in;
    }
    /* "Rebels of the Revolutionary United Front shot down", "militants of
     * Hamas": a word for an armed group's men (`group-anaphor` cues) names
     * no one when an "of" phrase names whose men they are. */
    if (c->tok_np[x->tok] < 0 && has_cue(c, x->tok, GD_CUE_GROUP_ANAPHOR))
      for (int k = x->first; k >= 0; k = d->w[k].next)
        if (k > w[i] && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of") && word_np(c, k)) {
          w[i] = k;
          break;
        }
    /* "to the armed forces of Greece and of Turkey", "the army of Syria":
     * a state's services, named by no word before them, are the state of
     * their "of" phrase (and of its conjuncts). */
    if (!word_np(c, w[i]) && services(d, w[i]))
      for (int k = d->w[w[i]].first; k >= 0; k = d->w[k].next)
        if (k > w[i] && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of") && word_np(c, k)) {
          w[i] = k;
          break;
        }
    /* "China's visiting defence minister, General Chi Haotian,": a title
     * is named by the person in apposition to it, set off by commas or
     * not. */
    if (mention_at(c, d->w[w[i]].tok) && mention_at(c, d->w[w[i]].tok)->office)
      for (int k = d->w[w[i]].first; k >= 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_APPOS && k > w[i] && word_np(c, k) && word_np(c, k)->person) {
          w[i] = k;
          break;
        }
    /* "a Malaysia Airlines jet": a noun the lexicon does not know is
     * named by a modifier before it (a compound, a compound of one, a
     * possessor), down a chain of compounds: "a Sri Lankan air force
     * transport plane". */
    if (!word_np(c, w[i]))
      for (int k = d->w[w[i]].first, depth = 0; k >= 0 && k < w[i] && depth < 4;) {
        gd_rel r = d->w[k].rel;
        if (r == GD_R_COMPOUND || (r == GD_R_POSS && !group_noun(c, w[i])) || r == GD_R_AMOD) {
          if (word_np(c, k)) { w[i] = k; break; }
          /* (a level down: "Malaysia" of "Airlines") */
          int sub = d->w[k].first;
          if (sub >= 0 && sub < k) { k = sub; depth++; continue; }
        }
        k = d->w[k].next;
      }
    /* (A group that is no organ of its state names no one the lexicon
     * knows, and word order would read its state's possessor: "Iraq's
     * Shiite militias".) */
    if (!word_np(c, w[i]) && group_noun(c, w[i])) {
      int poss = 0;
      for (int k = d->w[w[i]].first; k >= 0 && k < w[i]; k = d->w[k].next) poss |= d->w[k].rel == GD_R_POSS;
      if (poss) {
        *words = 2;
        continue;
      }
    }
    /* (What was downed, so named: "one of its MiG-29 close-support fighters
     * was shot down", "close" hung on "one".) */
    if (sl->role == GEORDF_ROLE_VICTIM && !word_np(c, w[i]) && before_split_compound(c, w[i]) >= 0)
      w[i] = before_split_compound(c, w[i]);
    /* "shot down two planes of the exile group Brothers to the Rescue", "a
     * drone of Hezbollah": what was downed, named by no one before it, is
     * its owner's in an "of" phrase of its own (a common noun there is
     * named by the name right after it: "the exile group Brothers to the
     * Rescue", "the militia Hezbollah").  So is a type named by its maker
     * alone: "a Soviet-built MiG-21 of the Syrian air force", "a
     * French-built Mirage of the Iranian air force". */
    const np *dp = word_np(c, w[i]);
    if (sl->role == GEORDF_ROLE_VICTIM && (sl->kind == GD_SLOT_OBJ || (dp && sl->kind == GD_SLOT_SUBJ)) &&
        (!dp || (dp->weapon && !np_actor(c, dp))) &&
        (d->w[w[i]].upos == GD_UPOS_NOUN || (dp && d->w[w[i]].upos == GD_UPOS_PROPN)))
      for (int k = d->w[w[i]].first; k >= 0; k = d->w[k].next) {
        if (k < w[i] || d->w[k].rel != GD_R_NMOD || !gd_deps_has_case(d, k, "of")) continue;
        int name = word_np(c, k) ? k : d->w[k].upos == GD_UPOS_NOUN && d->w[k].tok + 1 < d->te ? gd_deps_word(d, d->w[k].tok + 1) : -1;
        if (name >= 0 && word_np(c, name)) {
          /* (The type named stays what was downed, its owner after it.) */
          if (dp && n < GD_MAX_FILL) w[n++] = name;
          else w[i] = name;
          break;
        }
      }
    /* "an embargo on all trade with Cuba", "curbs on imports from Iran": a
     * sanction's object that names no one is a dealing, and the one dealt
     * with (after "with", "to", "from"; "in" for an investment) its target.
     * So is one whose adjective names only the dealer, the subject's own
     * state: "Washington banned new American investment in Burma", not
     * "Washington imposed sanctions on Russian arms sales to Syria". */
    const np *op = word_np(c, w[i]);
    int dealer = op && op->mod && !op->mod_poss && !op->head && !op->person && !op->place && !op->weapon &&
                 c->t->tok[op->te - 1].b < d->w[w[i]].b && op->mod == subject_actor(c, h);
    if (sl->role == GEORDF_ROLE_TARGET && (sl->kind == GD_SLOT_PREP || sl->kind == GD_SLOT_OBJ) && (!op || dealer) &&
        d->w[w[i]].upos == GD_UPOS_NOUN)
      for (int k = d->w[w[i]].first; k >= 0; k = d->w[k].next)
        if (d->w[k].rel == GD_R_NMOD && word_np(c, k) && word_np(c, k) != op &&
            (gd_deps_has_case(d, k, "with") || gd_deps_has_case(d, k, "to") || gd_deps_has_case(d, k, "from") ||
             (gd_deps_has_case(d, k, "in") && (gd_deps_is(d, w[i], "investment") || gd_deps_is(d, w[i], "investments"))))) {
          w[i] = k;
          break;
        }
    /* "sanctions on whole sectors of Russia's economy", "on the banking
     * sector of Iran": a part of an economy names no one; the whole its
     * "of" phrase names is the target's. */
    static const char *const part[] = {"sector", "sectors", "industry", "industries", NULL};
    int is_part = 0;
    for (int q = 0; part[q] && !is_part; q++) is_part = gd_deps_is(d, w[i], part[q]);
    if (sl->role == GEORDF_ROLE_TARGET && (sl->kind == GD_SLOT_PREP || sl->kind == GD_SLOT_OBJ) && is_part &&
        !(op && np_actor(c, op)))
      for (int k = d->w[w[i]].first; k >= 0; k = d->w[k].next)
        if (k > w[i] && d->w[k].rel == GD_R_NMOD && gd_deps_has_case(d, k, "of") && word_np(c, k) &&
            np_actor(c, word_np(c, k))) {
          w[i] = k;
          break;
        }
    const np *p = word_np(c, w[i]);
    if (!p || (p->tb < tm->te && p->te > tm->tb)) continue;
    int dup = 0;
    for (unsigned k = 0; k < got->n; k++) dup |= got->v[k] == p;
    if (!dup) got->v[got->n++] = p;
  }
  return got->n;
}

/* "Two American Black Hawk helicopters carrying United Nations officials
 * were shot down", "An airliner carrying 56 people was shot down": a
 * participle of carrying right after its noun is a reduced relative on
 * the noun, and the verb after the load the clause's predicate.  When the
 * parser made the participle the predicate, the noun its subject and the
 * verb its complement or adverbial clause (the load that verb's subject or
 * the participle's object), the verb takes the participle's place and the
 * noun as its subject, the participle is the noun's and the load its
 * object. */
static void carrying_participle(ctx *c) {
  gd_deps *d = &c->deps;
  for (int v = 1; v + 2 < (int)d->n; v++) {
    int carries = carrying_word(c, d->w[v].tok);
    int s = -1, x = -1, load = -1;
    for (int k = carries ? d->w[v].first : -1; k >= 0; k = d->w[k].next) {
      if (d->w[k].rel == GD_R_NSUBJ && k == v - 1) s = k;
      if ((d->w[k].rel == GD_R_CCOMP || d->w[k].rel == GD_R_ADVCL || d->w[k].rel == GD_R_PARATAXIS) && k > v &&
          d->w[k].upos == GD_UPOS_VERB)
        x = k;
    }
    /* (One clause: no comma between.) */
    for (int k = v + 1; k < x; k++)
      if (gd_deps_is(d, k, ",")) x = -1;
    /* (The load the verb's subject, or the participle's object with the
     * verb subjectless.) */
    int subj = 0, pass = 0;
    for (int k = s >= 0 && x >= 0 ? d->w[x].first : -1; k >= 0; k = d->w[k].next) {
      if ((d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS) && k > v && k < x) load = k;
      subj |= d->w[k].rel == GD_R_NSUBJ || d->w[k].rel == GD_R_NSUBJ_PASS;
      pass |= d->w[k].rel == GD_R_AUX_PASS;
    }
    for (int k = s >= 0 && x >= 0 && !subj ? d->w[v].first : -1; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_OBJ && k > v && k < x) load = k;
    if (load < 0) continue;
    int rel = pass ? GD_R_NSUBJ_PASS : GD_R_NSUBJ;
    for (size_t k = 0; k < d->n; k++)
      if (d->w[k].head == v && (int)k != s && (int)k != load) d->w[k].head = x;
    d->w[x].head = d->w[v].head;
    d->w[x].rel = d->w[v].rel;
    d->w[v].head = s;
    d->w[v].rel = GD_R_ACL;
    d->w[s].head = x;
    d->w[s].rel = (unsigned char)rel;
    gd_deps_rehang(d, load, v, GD_R_OBJ);
    return;
  }
}

/* "Five Soviet-built MiG-21s of the Syrian air force were shot down by
 * Israeli jets", "Two Soviet-built MiG-23s of the Libyan air force were
 * shot down": a participle of making joined by a hyphen to its maker
 * ("-built", "-made") is the adjective of the noun after it; the parser,
 * reading it as a verb with that noun for its object, hangs the sentence
 * on it.  Re-hangs the noun in its place and the participle on the noun,
 * the participle's other words on the noun (those before it as its
 * number or determiner, those after as its phrases), and a passive verb
 * joined to it with no subject of its own as the predicate whose subject
 * the noun is. */
static void maker_participle(ctx *c) {
  static const char *const made[] = {"made", "built", "designed", "manufactured", "produced", NULL};
  gd_deps *d = &c->deps;
  for (size_t x = 2; x < d->n; x++) {
    int is_made = 0;
    if (d->w[x].upos != GD_UPOS_VERB || !(c->t->tok[d->w[x - 1].tok].flags & GD_TOK_HYPHEN)) continue;
    for (size_t i = 0; made[i]; i++) is_made |= gd_deps_is(d, (int)x, made[i]); /* (after the tag's test) */
    if (!is_made) continue;
    int n = -1, v = -1;
    for (int k = d->w[x].first; k >= 0; k = d->w[k].next) {
      if (n < 0 && k > (int)x && d->w[k].rel == GD_R_OBJ &&
          (d->w[k].upos == GD_UPOS_NOUN || d->w[k].upos == GD_UPOS_PROPN))
        n = k;
      if (n >= 0 && k > n && v < 0 && d->w[k].rel == GD_R_CONJ && d->w[k].upos == GD_UPOS_VERB) {
        int aux = 0, subj = 0;
        for (int q = d->w[k].first; q >= 0; q = d->w[q].next) {
          aux |= d->w[q].rel == GD_R_AUX_PASS;
          subj |= d->w[q].rel == GD_R_NSUBJ || d->w[q].rel == GD_R_NSUBJ_PASS;
        }
        if (aux && !subj) v = k;
      }
    }
    if (n < 0) continue;
    int h = d->w[x].head, r = d->w[x].rel, maker = gd_deps_word(d, d->w[x - 1].tok - 1);
    for (size_t k = 0; k < d->n; k++) {
      if (d->w[k].head != (int)x || (int)k == n || (int)k == v || (int)k == maker || k == x - 1) continue;
      if (d->w[k].upos == GD_UPOS_PUNCT) { /* (the stop: the predicate's) */
        d->w[k].head = v >= 0 ? v : n;
        continue;
      }
      d->w[k].head = n;
      d->w[k].rel = k > x ? GD_R_NMOD
                    : d->w[k].upos == GD_UPOS_NUM ? GD_R_NUMMOD
                    : d->w[k].upos == GD_UPOS_DET ? GD_R_DET : GD_R_AMOD;
    }
    if (v >= 0) {
      d->w[v].head = h;
      d->w[v].rel = (unsigned char)r;
      d->w[n].head = v;
      d->w[n].rel = GD_R_NSUBJ_PASS;
    } else {
      d->w[n].head = h;
      d->w[n].rel = (unsigned char)r;
    }
    d->w[x].upos = GD_UPOS_ADJ;
    gd_deps_rehang(d, (int)x, n, GD_R_AMOD);
  }
}

/* "Bosnian Serb gunners shot down a French Mirage 2000 near Pale on
 * Wednesday", "Rebels ... shot down a Nigerian Alpha jet", "guerrillas shot
 * down a Soviet-built Afghan air force transport plane": the particle "down"
 * of a trigger's phrasal verb, read as the preposition of a phrase after it,
 * leaves the verb without its object.  Re-hangs the particle on the verb
 * and, as the verb's object, the phrase's first noun that is no compound
 * (with the words before it that the parser hung on the phrase's head); a
 * head with a preposition of its own ("on Wednesday") stays where it was. */
static void particle_read_as_preposition(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 1; x + 1 < d->n; x++) {
    int v = (int)x - 1, h = d->w[x].head;
    const gd_mention *m = mention_at(c, d->w[v].tok);
    if (d->w[v].upos != GD_UPOS_VERB || d->w[x].rel != GD_R_CASE || !gd_deps_is(d, (int)x, "down") ||
        h <= (int)x || !m || !m->ntrig ||
        m->tb != d->w[v].tok || m->te <= d->w[x].tok || (d->w[h].rel != GD_R_OBL && d->w[h].rel != GD_R_NMOD) ||
        !under(d, h, v))
      continue;
    int obj = 0;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next) obj |= d->w[k].rel == GD_R_OBJ;
    if (obj) continue;
    int o = -1;
    for (int k = (int)x + 1; k <= h && o < 0; k++)
      if ((d->w[k].upos == GD_UPOS_NOUN || d->w[k].upos == GD_UPOS_PROPN) && d->w[k].rel != GD_R_COMPOUND &&
          d->w[k].rel != GD_R_FLAT)
        o = k;
    if (o < 0) continue;
    for (int k = (int)x + 1; k < o; k++)
      if (d->w[k].head == h && o != h) d->w[k].head = o;
    d->w[x].head = v;
    d->w[x].rel = GD_R_PRT;
    gd_deps_rehang(d, o, v, GD_R_OBJ);
  }
}

/* "shot two U.S. Navy jets down", "fired a missile at the airliner and
 * brought it down", "Cuban MiGs shot two small planes down": the particle of
 * a trigger's phrasal verb after the verb's object, which the parser hangs
 * on the verb as an adverb or on the object (or on the noun it read as the
 * verb's predicate), is the verb's particle, so that the verb's subject and
 * object are the event's.  Only when the verb's lemma and the particle are
 * a phrase of the trigger matched on the particle ("put the revolt down",
 * "sat the ministers down" stay as they are), and only when the particle's
 * head is the verb or a noun the verb governs between the two. */
static void particle_after_object(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 2; x < d->n; x++) {
    const gd_mention *m = mention_at(c, d->w[x].tok);
    int h = d->w[x].head, v = h;
    if (!m || !m->ntrig || m->tb != d->w[x].tok || h < 0 || h >= (int)x) continue;
    if (d->w[h].rel == GD_R_OBJ || d->w[h].rel == GD_R_XCOMP)
      v = d->w[h].head; /* (on the object, or on what the parser made the verb's predicate) */
    else if (d->w[x].rel != GD_R_ADVMOD)
      continue;
    if (v < 0 || v > h || d->w[v].upos != GD_UPOS_VERB) continue;
    int phrase = 0;
    for (unsigned q = 0; q < m->ntrig && !phrase; q++) phrase = lemma_trigger(c, v, (int)x, m->trig[q]);
    if (!phrase) continue;
    /* (An object of the verb must lie between the two.) */
    int obj = -1;
    for (int k = d->w[v].first; k >= 0 && obj < 0; k = d->w[k].next)
      if ((d->w[k].rel == GD_R_OBJ || d->w[k].rel == GD_R_XCOMP) && k > v && k < (int)x) obj = k;
    if (obj < 0) continue;
    gd_deps_rehang(d, (int)x, v, GD_R_PRT);
  }
}

/* "received Ilham Aliyev of Azerbaijan and Serzh Sargsyan of Armenia",
 * "Lennart Meri of Estonia and Algirdas Brazauskas of Lithuania, who had
 * come to Riga": a person named after another's "of" phrase and "and" is
 * that person's conjunct, not the state's, with the words of the name
 * its own (headed by its first word, as names are) and the "of" phrase
 * after it its own. */
static void person_after_state_of_person(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t x = 3; x < d->n; x++) {
    int s = d->w[x].head, p = s >= 0 ? d->w[s].head : -1;
    if (d->w[x].rel != GD_R_CONJ || s < 0 || p < 0 || s >= (int)x || d->w[s].rel != GD_R_NMOD ||
        !gd_deps_has_case(d, s, "of"))
      continue;
    const np *a = word_np(c, (int)x), *b = word_np(c, p), *st = word_np(c, s);
    if (!a || !b || !st || a == b || !a->person || !b->person || st->person || !st->head ||
        (x > 0 && d->w[x - 1].tok >= a->tb && d->w[x - 1].rel == GD_R_CONJ && d->w[x - 1].head == s))
      continue;
    /* (The words of the name, wherever the parser hung them; a title
     * before it hung outside the phrase is its own.) */
    for (size_t k = x + 1; k < d->n && d->w[k].tok < a->te; k++) {
      d->w[k].head = (int)x;
      d->w[k].rel = GD_R_FLAT;
    }
    for (size_t k = x; k-- > 0 && d->w[k].tok >= a->tb;)
      if (d->w[k].head < 0 || d->w[d->w[k].head].tok < a->tb || d->w[d->w[k].head].tok >= a->te) {
        d->w[k].head = (int)x;
        d->w[k].rel = GD_R_COMPOUND;
      }
    size_t end = x;
    while (end + 1 < d->n && d->w[end + 1].tok < a->te) end++;
    /* (Its own "of" phrase, right after it.) */
    if (end + 2 < d->n && gd_deps_is(d, (int)end + 1, "of") && word_np(c, (int)end + 2) &&
        word_np(c, (int)end + 2)->head && !word_np(c, (int)end + 2)->person) {
      int o = (int)end + 2;
      while (o + 1 < (int)d->n && word_np(c, o + 1) == word_np(c, (int)end + 2)) o++;
      for (int k = (int)end + 2; k <= o; k++)
        if (k != o) d->w[k].head = o, d->w[k].rel = GD_R_FLAT;
      d->w[end + 1].head = o;
      d->w[end + 1].rel = GD_R_CASE;
      d->w[o].head = (int)x;
      d->w[o].rel = GD_R_NMOD;
    }
    for (size_t k = s + 1; k < x; k++)
      if (gd_deps_is(d, (int)k, "and") && d->w[k].rel == GD_R_CC) d->w[k].head = (int)x;
    /* (The other's name is headed by its word hung outside it.) */
    for (int up = d->w[p].head, steps = 0; up >= 0 && steps < 6 && d->w[up].tok >= b->tb && d->w[up].tok < b->te;
         up = d->w[up].head, steps++)
      p = up;
    gd_deps_rehang(d, (int)x, p, GD_R_CONJ);
  }
}

/* "a visit by Warren M. Christopher, the Deputy Secretary of State, who
 * came to Brasilia", "met Lennart Meri of Estonia and Algirdas Brazauskas of
 * Lithuania, who had come to Riga": a clause set off by a comma whose
 * subject is "who" is a relative clause on the person named before the
 * comma (the first of coordinated persons, the one a title or state after
 * it describes), not on the noun or the verb the parser hung it on. */
static void who_after_a_person(ctx *c) {
  gd_deps *d = &c->deps;
  for (size_t w = 2; w + 1 < d->n; w++) {
    int v = d->w[w].head;
    if (!gd_deps_is(d, (int)w, "who") || d->w[w].rel != GD_R_NSUBJ || v <= (int)w || !gd_deps_is(d, (int)w - 1, ",") ||
        d->w[v].upos != GD_UPOS_VERB)
      continue;
    /* (Not the sentence's predicate: "Prime Minister Nehru, who welcomed
     * ..., said" has its verb read so, with its subject.) */
    int h = d->w[v].head;
    const np *hp = h >= 0 ? word_np(c, h) : NULL;
    if (h < 0 || (hp && hp->person)) continue;
    /* (Nor a clause after people named in the plural, "..., and European
     * leaders, who agreed ...": theirs, not a person's named further back.) */
    const gd_mention *pm = mention_at(c, d->w[w - 2].tok);
    size_t pl = d->w[w - 2].e - d->w[w - 2].b;
    if (pm && pm->office && pl > 3 && c->text[d->w[w - 2].e - 1] == 's' && c->text[d->w[w - 2].e - 2] != 's') continue;
    /* The person before the comma: up from the word there through the
     * phrases that describe a person ("of Lithuania", "the Deputy
     * Secretary of State" in apposition) and its conjuncts. */
    int a = (int)w - 2;
    for (int steps = 0; a >= 0 && steps < 6; steps++) {
      const np *p = word_np(c, a);
      int up = d->w[a].head;
      int rel = d->w[a].rel;
      if (p && p->person && !(rel == GD_R_CONJ && up >= 0 && word_np(c, up) && word_np(c, up)->person)) break;
      if (up < 0 || up >= (int)w || !(rel == GD_R_NMOD || rel == GD_R_FLAT || rel == GD_R_COMPOUND ||
                                      rel == GD_R_APPOS || rel == GD_R_CONJ))
        break;
      a = up;
    }
    const np *ap = a >= 0 ? word_np(c, a) : NULL;
    /* (Else, where the parser hung the person's phrases elsewhere, the
     * nearest person named before the comma, by the word its phrase hangs
     * from.) */
    for (int k = (int)w - 2; (!ap || !ap->person) && k >= 0 && k + 14 > (int)w; k--) {
      const np *p = word_np(c, k);
      if (!p || !p->person) continue;
      a = k;
      for (int up = d->w[a].head, steps = 0; up >= 0 && steps < 6 && word_np(c, up) == p; up = d->w[up].head, steps++)
        a = up;
      ap = p;
    }
    if (!ap || !ap->person || a == h) continue;
    gd_deps_rehang(d, v, a, GD_R_RELCL);
  }
}

/* In this order: a repair may read the tree an earlier one mended (the
 * predicate found first, then its subject and objects). */
static void (*const repairs[])(ctx *) = {
    maker_participle,
    particle_read_as_preposition,
    particle_after_object,
    auxiliary_on_a_phrase,
    carrying_participle,
    verb_after_opening_phrase,
    verb_on_punctuation,
    verb_after_conjunct,
    companion_before_verb,
    apposition_as_second_subject,
    subject_after_opening_phrase,
    name_after_noun,
    person_after_state_of_person,
    who_after_a_person,
    joint_gerunds,
    complementizer_that,
    subject_read_as_object_of_saying,
    reporting_subject,
    time_noun_of_phrase,
    name_before_day_word,
    participle_after_noun,
    possessive_participle,
    plan_infinitive,
    possessed_noun_infinitive,
    ally_before_name,
    object_after_complement,
    possessed_after_possessor,
    opening_name_as_subject,
    infinitive_after_parenthesis,
    preposition_on_a_noun,
};

void repair_tree(ctx *c) {
  for (size_t i = 0; i < sizeof repairs / sizeof *repairs; i++) repairs[i](c);
}
