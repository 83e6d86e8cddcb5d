/* geordf: what extraction knows of arms deals alone: the side a buyer's
 * verb puts the subject on, the supplier a weapon's maker gives, and civil
 * aircraft, which are trade.
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

static int armsdeal_core_ok(const geordf_event *ev) {
  return ev->nfill[GEORDF_ROLE_SUPPLIER] && ev->nfill[GEORDF_ROLE_RECIPIENT];
}

static int armsdeal_mergeable(const geordf_event *a, const geordf_event *b) {
  return same_year(a, b) && same_set(a, b, GEORDF_ROLE_SUPPLIER) && same_set(a, b, GEORDF_ROLE_RECIPIENT) &&
         (a->status == b->status || !a->status || !b->status);
}

const gd_type_rules gd_armsdeal_rules = {armsdeal_core_ok, armsdeal_mergeable};

/* Whether the noun at TB is the object of a verb of agreeing or pledging
 * ("approved the possible sale", "signed the deal"), which makes the
 * subject a party to it; "protested the sale", "over arms sales" do not. */
int agreeing_verb_before(const ctx *c, size_t tb, size_t sent_tb) {
  size_t k = tb;
  for (unsigned n = 0; k > sent_tb && n < 3; n++) {
    const gd_mention *m = mention_at(c, k - 1);
    /* determiners, lower-case words, modal cues ("the planned sale") */
    int skip = is_determiner(c, k - 1) || (plain(c, k - 1) && !(c->t->tok[k - 1].flags & GD_TOK_CAP)) ||
               (m && !m->nents && !m->ntrig && !m->office && m->cues &&
                !(m->cues & ~(GD_CUE_BIT(GD_CUE_PLANNED) | GD_CUE_BIT(GD_CUE_THREAT))));
    if (!skip) break;
    k--;
  }
  return k > sent_tb && (has_cue(c, k - 1, GD_CUE_AGREED) || has_cue(c, k - 1, GD_CUE_PLEDGE));
}

/* The state that supplies a weapon system: its maker's state, or that
 * state's successor (Soviet designs come from Russia). A joint design has
 * no one such state: which maker sells it the text must say. */
static const geordf_entity *weapon_source(const geordf_entity *w) {
  if (w && w->n_origins > 1) return NULL;
  const geordf_entity *o = w ? w->country : NULL;
  while (o && o->successor && o->successor != o) o = o->successor;
  return o;
}

/* Whether state S makes weapon system W: its maker's state, or that
 * state's successor, as the text names it ("the Soviet Union" of 1985,
 * "Russia" of 2010, for a T-72). */
static int makes(const geordf_entity *s, const geordf_entity *w) {
  unsigned n = 0;
  for (const geordf_entity *o = w ? w->country : NULL; o && n < 8; o = o->successor, n++) {
    if (o == s) return 1;
    if (o->successor == o) break;
  }
  /* (Any maker of a joint design makes it: Britain the Eurofighter, India
   * the BrahMos.) */
  for (unsigned i = 0; w && i < w->n_origins; i++)
    if (w->origins[i] == s) return 1;
  return 0;
}

/* Whether word W is a noun for a deal ("agreement", "contract": lemmas of
 * the cue kind "deal"). */
static int deal_noun(const ctx *c, int w) { return lemma_cue(c, w, -1, GD_CUE_DEAL); }

/* Whether verb V is one of agreeing ("signed", "concluded", "inked"). */
static int agreeing_verb(const ctx *c, int v) {
  return lemma_cue(c, v, -1, GD_CUE_AGREED) || has_cue(c, c->deps.w[v].tok, GD_CUE_AGREED);
}

int signing_verb(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  if (h < 0) return -1;
  int g = d->w[h].head;
  if (g < 0) return -1;
  gd_rel r = (gd_rel)d->w[h].rel;
  /* "signed a deal for tanks", "signed an arms agreement" */
  if (r == GD_R_OBJ) return agreeing_verb(c, g) ? g : -1;
  /* "signed an agreement for the sale of tanks" */
  if (r == GD_R_NMOD && deal_noun(c, g) && d->w[g].rel == GD_R_OBJ && d->w[g].head >= 0)
    return agreeing_verb(c, d->w[g].head) ? d->w[g].head : -1;
  /* (the parser's other reading: the "for" phrase hung on the verb beside
   * the deal noun it has as object) */
  if (r == GD_R_OBL && agreeing_verb(c, g))
    for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_OBJ && deal_noun(c, k)) return g;
  return -1;
}

void signers_sides(geordf_event *ev, const geordf_event *inner, const geordf_entity *const *signer,
                   unsigned nsigner) {
  ev->nfill[GEORDF_ROLE_SUPPLIER] = ev->nfill[GEORDF_ROLE_RECIPIENT] = 0;
  for (unsigned i = 0; i < inner->nfill[GEORDF_ROLE_SUPPLIER]; i++)
    gd_event_fill(ev, GEORDF_ROLE_SUPPLIER, inner->fill[GEORDF_ROLE_SUPPLIER][i]);
  for (unsigned i = 0; i < inner->nfill[GEORDF_ROLE_RECIPIENT]; i++)
    gd_event_fill(ev, GEORDF_ROLE_RECIPIENT, inner->fill[GEORDF_ROLE_RECIPIENT][i]);
  unsigned ns = ev->nfill[GEORDF_ROLE_SUPPLIER], nr = ev->nfill[GEORDF_ROLE_RECIPIENT];
  /* The inner noun says one side ("the sale of tanks to Venezuela",
   * "Venezuela's purchase of"): the other signers are the other side. */
  if (ns || nr) {
    if (ns && nr) return;
    geordf_role other = ns ? GEORDF_ROLE_RECIPIENT : GEORDF_ROLE_SUPPLIER;
    for (unsigned i = 0; i < nsigner; i++)
      if (!contains(ev, GEORDF_ROLE_SUPPLIER, signer[i]) && !contains(ev, GEORDF_ROLE_RECIPIENT, signer[i]))
        gd_event_fill(ev, other, signer[i]);
    return;
  }
  /* Else the one signer whose state makes every weapon named sells; with
   * no weapon, or no such signer, or more than one, no side is known. */
  if (!ev->nfill[GEORDF_ROLE_ITEM]) return;
  int seller = -1;
  for (unsigned i = 0; i < nsigner; i++) {
    int all = 1;
    for (unsigned k = 0; k < ev->nfill[GEORDF_ROLE_ITEM]; k++)
      if (!makes(signer[i], ev->fill[GEORDF_ROLE_ITEM][k])) all = 0;
    if (!all) continue;
    if (seller >= 0) return;
    seller = (int)i;
  }
  if (seller < 0) return;
  gd_event_fill(ev, GEORDF_ROLE_SUPPLIER, signer[seller]);
  for (unsigned i = 0; i < nsigner; i++)
    if ((int)i != seller) gd_event_fill(ev, GEORDF_ROLE_RECIPIENT, signer[i]);
}

/* "India and Russia signed a deal for S-400s": of the states named as
 * parties, the one that makes the weapon is the supplier. */
void infer_supplier(geordf_event *ev, const gd_trigger *tr, int to_recipient) {
  if (ev->nfill[GEORDF_ROLE_SUPPLIER] || !ev->nfill[GEORDF_ROLE_RECIPIENT] || !ev->nfill[GEORDF_ROLE_ITEM]) return;
  const geordf_entity *src = weapon_source(ev->fill[GEORDF_ROLE_ITEM][0]);
  /* "Egypt bought 24 Rafales": one buyer of a verb, and the maker sells;
   * so of a noun of selling to one ("approved the sale of F-15s to Saudi
   * Arabia"). */
  if (ev->nfill[GEORDF_ROLE_RECIPIENT] == 1) {
    if (tr->pos != 'v' && !to_recipient) return;
    if (src && src != ev->fill[GEORDF_ROLE_RECIPIENT][0] && src->kind == GD_KIND_COUNTRY)
      gd_event_fill(ev, GEORDF_ROLE_SUPPLIER, src);
    return;
  }
  for (unsigned i = 0; src && i < ev->nfill[GEORDF_ROLE_RECIPIENT]; i++) {
    if (ev->fill[GEORDF_ROLE_RECIPIENT][i] != src) continue;
    gd_event_fill(ev, GEORDF_ROLE_SUPPLIER, src);
    memmove(&ev->fill[GEORDF_ROLE_RECIPIENT][i], &ev->fill[GEORDF_ROLE_RECIPIENT][i + 1],
            (ev->nfill[GEORDF_ROLE_RECIPIENT] - i - 1) * sizeof(void *));
    ev->nfill[GEORDF_ROLE_RECIPIENT]--;
    return;
  }
}

/* Airliners are in the lexicon for shoot-downs; selling them is trade,
 * not an arms deal. */
static int civil(const geordf_entity *w) {
  return w->weapon_kind && (strstr(w->weapon_kind, "airliner") || strstr(w->weapon_kind, "civil") ||
                            strstr(w->weapon_kind, "business jet"));
}

int drop_civil_items(geordf_event *ev) {
  int dropped = 0;
  for (unsigned i = 0; i < ev->nfill[GEORDF_ROLE_ITEM];) {
    if (civil(ev->fill[GEORDF_ROLE_ITEM][i])) {
      memmove(&ev->fill[GEORDF_ROLE_ITEM][i], &ev->fill[GEORDF_ROLE_ITEM][i + 1],
              (ev->nfill[GEORDF_ROLE_ITEM] - i - 1) * sizeof(void *));
      ev->nfill[GEORDF_ROLE_ITEM]--;
      dropped = 1;
    } else i++;
  }
  return dropped && !ev->nfill[GEORDF_ROLE_ITEM];
}

/* Whether the verb of selling at word H sells trade, not arms: a business
 * or a share of one ("sold its factory to an American arms group", "sold
 * its stake in a smelter"), or aircraft to an airline ("sold 50 regional
 * jets to a US carrier", "to Indonesian airline Lion Air"). */
int sells_trade(const ctx *c, int h) {
  static const char *const business[] = {"factory", "factories", "plant", "plants", "stake", "stakes", "shares",
                                         "subsidiary", "division", "business", NULL};
  static const char *const airline[] = {"carrier", "carriers", "airline", "airlines", NULL};
  const gd_deps *d = &c->deps;
  if (h < 0) return 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
    const char *const *words = d->w[k].rel == GD_R_OBJ ? business
                               : d->w[k].rel == GD_R_OBL && gd_deps_has_case(d, k, "to") ? airline
                                                                                          : NULL;
    /* (The "to" phrase the parser hung on the object: "sold jets to a
     * carrier".) */
    for (int o = d->w[k].first; d->w[k].rel == GD_R_OBJ && o >= 0; o = d->w[o].next)
      if (d->w[o].rel == GD_R_NMOD && gd_deps_has_case(d, o, "to")) {
        for (int i = 0; airline[i]; i++)
          if (gd_deps_is(d, o, airline[i])) return 1;
      }
    for (int i = 0; words && words[i]; i++)
      if (gd_deps_is(d, k, words[i])) return 1;
  }
  return 0;
}

/* Whether word W, or a word that modifies or is conjoined to it, names
 * weapons or what may be one ("equipment", "parts", "aircraft"). */
static int weaponish(const ctx *c, int w, const char *const *arms) {
  static const char *const vague[] = {"equipment", "hardware", "parts", "spares", "materiel", "technology", "systems",
                                      "aircraft", "planes", "jets", "ships", "vessels", "helicopters", "vehicles",
                                      "ammunition", "supplies", NULL};
  const gd_deps *d = &c->deps;
  size_t t = d->w[w].tok;
  if (has_cue(c, t, GD_CUE_ARMS) || has_cue(c, t, GD_CUE_AIR) || lemma_cue(c, w, -1, GD_CUE_ARMS) ||
      lemma_cue(c, w, -1, GD_CUE_AIR))
    return 1;
  for (int i = 0; arms[i]; i++)
    if (gd_deps_is(d, w, arms[i])) return 1;
  for (int i = 0; vague[i]; i++)
    if (gd_deps_is(d, w, vague[i])) return 1;
  const np *p = word_np(c, w);
  return p && (p->weapon || np_actor(c, p));
}

/* "halting all shipments of oil to the United States in retaliation for
 * American military aid", "deliveries of grain": the goods named in the
 * noun's "of" phrase, a lower-case common noun that is no weapon (nor
 * modified by or conjoined to one: "sales of oil and weapons", "shipments
 * of military equipment"), deal in those goods, as a compound does. */
static int goods_of_phrase(const ctx *c, const gd_mention *tm, int h, const char *const *arms) {
  const gd_deps *d = &c->deps;
  for (int o = d->w[h].first; o >= 0; o = d->w[o].next) {
    if (o < h || d->w[o].rel != GD_R_NMOD || !gd_deps_has_case(d, o, "of")) continue;
    size_t t = d->w[o].tok;
    /* (A word joined by a hyphen to the next is no noun of its own:
     * "precision-guided munitions".) */
    if (d->w[o].upos != GD_UPOS_NOUN || (c->t->tok[t].flags & GD_TOK_CAP) || (t >= tm->tb && t < tm->te) ||
        (t + 1 < c->t->ntok && ((c->t->tok[t + 1].flags & GD_TOK_HYPHEN) || is_punct(c, t + 1, "-"))) ||
        weaponish(c, o, arms))
      return 0;
    for (int q = d->w[o].first; q >= 0; q = d->w[q].next)
      if ((d->w[q].rel == GD_R_CONJ || d->w[q].rel == GD_R_AMOD || d->w[q].rel == GD_R_COMPOUND) &&
          weaponish(c, q, arms))
        return 0;
    return 1;
  }
  return 0;
}

/* "halted all oil shipments to", "suspended grain shipments to": a noun of
 * transfer whose compound names goods other than weapons deals in those
 * goods, whatever arms the sentence names elsewhere ("... in retaliation
 * for its airlift of arms").  Whether the arms noun headed by word H, of
 * trigger mention TM, is such a noun.  (Lower-case compounds only: a
 * headline's "Clears Sale" is a verb the tagger took for a noun.)  Not
 * when the noun's "of" phrase names weapons. */
int other_goods(const ctx *c, const gd_mention *tm, int h) {
  static const char *const arms[] = {"arms", "weapons", "weapon", "defence", "defense", "military", "tank",
                                     "munitions", NULL};
  const gd_deps *d = &c->deps;
  /* (The word right before the noun: "clears helicopter sale" is the
   * helicopter's.) */
  int k = h - 1;
  if (k < 0 || d->w[k].head != h || d->w[k].rel != GD_R_COMPOUND || d->w[k].upos != GD_UPOS_NOUN)
    return goods_of_phrase(c, tm, h, arms);
  size_t t = d->w[k].tok;
  if ((c->t->tok[t].flags & GD_TOK_CAP) || (t >= tm->tb && t < tm->te)) return 0;
  int weapon = has_cue(c, t, GD_CUE_ARMS) || has_cue(c, t, GD_CUE_AIR) || lemma_cue(c, k, -1, GD_CUE_ARMS) ||
               lemma_cue(c, k, -1, GD_CUE_AIR);
  for (int i = 0; arms[i] && !weapon; i++) weapon = gd_deps_is(d, k, arms[i]);
  const np *p = word_np(c, k);
  if (weapon || (p && (p->weapon || np_actor(c, p)))) return 0;
  /* "the emergency sale of 400 Stinger missiles", "a cash sale of
   * Mirage jets": the goods are named once; when the noun's "of" phrase
   * names weapons, the compound says what kind of transfer it is. */
  for (int o = d->w[h].first; o >= 0; o = d->w[o].next) {
    if (d->w[o].rel != GD_R_NMOD || o < h || !gd_deps_has_case(d, o, "of")) continue;
    const np *q = word_np(c, o);
    if ((q && q->weapon && !civil(q->weapon)) || has_cue(c, d->w[o].tok, GD_CUE_ARMS) ||
        lemma_cue(c, o, -1, GD_CUE_ARMS))
      return 0;
  }
  return 1;
}

/* "Two Soviet warships arrived in Norfolk ... for the first port call", "a
 * squadron arrived in Karachi for a goodwill visit": arms that arrive, at
 * word H, for a call or a visit come and go; no one delivered them. */
int arrived_for_a_call(const ctx *c, int h) {
  static const char *const call[] = {"call", "calls", "visit", "visits", "stopover", "tour", NULL};
  const gd_deps *d = &c->deps;
  if (!c->parsed || h < 0) return 0;
  char lem[16];
  gd_deps_lemma(d, h, lem, sizeof lem);
  if (strcmp(lem, "arrive")) return 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next)
    if (k > h && d->w[k].rel == GD_R_OBL && (gd_deps_has_case(d, k, "for") || gd_deps_has_case(d, k, "on")))
      for (int i = 0; call[i]; i++)
        if (gd_deps_is(d, k, call[i])) return 1;
  return 0;
}

/* "nuclear-armed Pakistan", "missile-armed frigates": "armed" of trigger
 * mention TM joined by a hyphen to a word that names no one says what the
 * thing is armed with, not that anyone armed it ("U.S.-armed rebels" names
 * a supplier). */
int armed_with_word(const ctx *c, const gd_mention *tm) {
  size_t k = tm->tb;
  if (k < 2 || !tok_is(c, k, "armed") || !is_punct(c, k - 1, "-")) return 0;
  const gd_mention *m = mention_at(c, k - 2);
  return !(m && m->nents);
}

int sentence_has_weapon(const ctx *c, size_t np0, size_t np1) {
  for (size_t a = np0; a < np1; a++)
    if (c->nps[a].weapon && !civil(c->nps[a].weapon)) return 1;
  return 0;
}

/* Whether word W hangs from verb V other than through V's subject or a
 * clause of its own ("as Russian missiles struck", "after drones hit"). */
static int in_own_clause(const gd_deps *d, int w, int v) {
  for (unsigned n = 0; w >= 0 && n < 64; n++) {
    int g = d->w[w].head;
    if (g != v) {
      w = g;
      continue;
    }
    gd_rel r = (gd_rel)d->w[w].rel;
    return r != GD_R_NSUBJ && r != GD_R_NSUBJ_PASS && r != GD_R_ADVCL && r != GD_R_CCOMP && r != GD_R_XCOMP &&
           r != GD_R_PARATAXIS && r != GD_R_CONJ;
  }
  return 0;
}

int clause_has_weapon(const ctx *c, int v, size_t np0, size_t np1) {
  const gd_deps *d = &c->deps;
  for (int w = 0; w < (int)d->n; w++)
    if (in_own_clause(d, w, v) && has_cue(c, d->w[w].tok, GD_CUE_ARMS)) return 1;
  for (size_t a = np0; a < np1; a++) {
    const np *p = &c->nps[a];
    if (!p->weapon || civil(p->weapon)) continue;
    int w = gd_deps_span_head(d, p->tb, p->te);
    if (w >= 0 && in_own_clause(d, w, v)) return 1;
  }
  return 0;
}

/* Whether verb V is one of having or using what one owns ("flies Mirage
 * fighters", "used drones", "operates F-16s"). */
static int using_verb(const ctx *c, int v) {
  static const char *const use[] = {"use", "fly", "operate", "deploy", "field", "have", "own", "possess",
                                    "employ", NULL};
  char l[64];
  if (c->deps.w[v].upos != GD_UPOS_VERB || !gd_deps_lemma(&c->deps, v, l, sizeof l)) return 0;
  for (int i = 0; use[i]; i++)
    if (!strcmp(l, use[i])) return 1;
  return 0;
}

int participle_buyer(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  const gd_dword *x = &d->w[h];
  if (h < 1 || x->head < 0 || (x->e - x->b > 4 && !strncasecmp(c->text + x->e - 3, "ing", 3))) return -1;
  /* (A participle of its own clause has a subject, an auxiliary, an object
   * or an agent: "Brazil bought", "were bought", "ordered by Israel".) */
  for (int k = x->first; k >= 0; k = d->w[k].next) {
    gd_rel r = (gd_rel)d->w[k].rel;
    if (r == GD_R_NSUBJ || r == GD_R_NSUBJ_PASS || r == GD_R_AUX || r == GD_R_AUX_PASS || r == GD_R_OBJ ||
        r == GD_R_IOBJ || r == GD_R_OBL_AGENT || (r == GD_R_OBL && gd_deps_has_case(d, k, "by")))
      return -1;
  }
  int n = -1, v = -1;
  if (x->rel == GD_R_ACL && x->head < h && d->w[x->head].rel == GD_R_OBJ) n = x->head, v = d->w[n].head;
  /* (The parser's other reading: the participle the complement of the
   * verb, right after the verb's object.) */
  else if (x->rel == GD_R_XCOMP || x->rel == GD_R_ADVCL) {
    v = x->head;
    for (int k = d->w[v].first; k >= 0; k = d->w[k].next)
      if (d->w[k].rel == GD_R_OBJ && k + 1 == h) n = k;
  }
  if (n < 0 || v < 0 || v > n || !using_verb(c, v)) return -1;
  int w[1];
  return gd_deps_slot(d, v, GD_SLOT_SUBJ, NULL, 0, 0, w, 1) ? w[0] : -1;
}

/* The "to" phrase hung on word K, or -1. */
static int to_phrase(const gd_deps *d, int k) {
  for (int t = d->w[k].first; t >= 0; t = d->w[t].next)
    if (t > k && (d->w[t].rel == GD_R_NMOD || d->w[t].rel == GD_R_OBL) && gd_deps_has_case(d, t, "to")) return t;
  return -1;
}

static int caseless(const gd_deps *d, int k) {
  for (int q = d->w[k].first; q >= 0; q = d->w[q].next)
    if (d->w[q].rel == GD_R_CASE) return 0;
  return 1;
}

/* Whether word K after the trigger H hangs where the parser puts a gapped
 * conjunct: a conjunct of H, of its object or "of" phrase or of another
 * such conjunct, or a phrase with no preposition on H or on the verb whose
 * object H is. */
static int gapped_under(const gd_deps *d, int k, int h, int depth) {
  int g = d->w[k].head;
  gd_rel r = (gd_rel)d->w[k].rel;
  if (g < 0 || k <= h || depth > 4) return 0;
  if ((r == GD_R_OBL || r == GD_R_OBJ) && caseless(d, k))
    return g == h || (d->w[h].rel == GD_R_OBJ && d->w[h].head == g);
  if (r != GD_R_CONJ) return 0;
  if (g == h) return 1;
  if (d->w[g].head == h && (d->w[g].rel == GD_R_OBJ || (d->w[g].rel == GD_R_NMOD && gd_deps_has_case(d, g, "of"))))
    return 1;
  return gapped_under(d, g, h, depth + 1);
}

/* Whether word K's phrase opens after a comma or a conjunction, over a
 * number or a name the parser left outside it ("and ninety warplanes",
 * "and MiG-23 jets"). */
static int opens_conjunct(const gd_deps *d, int k) {
  int b = k;
  for (int q = d->w[k].first; q >= 0 && q < b; q = d->w[q].next)
    if (d->w[q].upos != GD_UPOS_PUNCT && d->w[q].rel != GD_R_CC) b = q;
  for (int n = 0; n < 3 && b > 0 && (d->w[b - 1].upos == GD_UPOS_NUM || d->w[b - 1].upos == GD_UPOS_PROPN ||
                                     d->w[b - 1].upos == GD_UPOS_ADJ); n++)
    b--;
  if (b > 0 && (gd_deps_is(d, b - 1, ",") || gd_deps_is(d, b - 1, "and"))) return 1;
  /* (Or the parser made the number a conjunct of its own, with the
   * conjunction: "and ninety warplanes" as "ninety" and "warplanes".) */
  int q = b - 1;
  if (q < 0 || d->w[q].head != d->w[k].head || d->w[q].rel != GD_R_CONJ) return 0;
  for (int x = d->w[q].first; x >= 0; x = d->w[x].next)
    if (d->w[x].rel == GD_R_CC && x + 1 == q) return 1;
  return 0;
}

size_t gapped_deals(const ctx *c, int h, const np **rec, const geordf_entity **item, size_t max) {
  const gd_deps *d = &c->deps;
  size_t n = 0;
  for (int k = h + 1; (size_t)k < d->n && n < max; k++) {
    if (!gapped_under(d, k, h, 0) || !opens_conjunct(d, k)) continue;
    int t = to_phrase(d, k);
    const np *p = t >= 0 ? word_np(c, t) : NULL;
    if (!p || !filler(c, GEORDF_ROLE_RECIPIENT, p)) continue;
    /* (The weapon is the conjunct's noun or a compound of it: "F-5E
     * jets".) */
    const np *w = word_np(c, k);
    for (int q = d->w[k].first; q >= 0 && q < k && !(w && w->weapon); q = d->w[q].next) w = word_np(c, q);
    rec[n] = p;
    item[n++] = w ? w->weapon : NULL;
  }
  return n;
}
