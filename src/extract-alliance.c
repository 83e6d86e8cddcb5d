/* geordf: what extraction knows of alliances alone.
 * SPDX-License-Identifier: MIT */
#include <string.h>

#include "extract-ctx.h"
#include "extract-merge.h"
#include "extract-tree.h"
#include "extract-types.h"
#include "ud.h"

/* ---- the type's rules (its row in schema.c points here) ------------------ */

static int alliance_core_ok(const geordf_event *ev) { return ev->nfill[GEORDF_ROLE_PARTY] >= 2; }

/* An alliance is a state of affairs: its mentions merge whatever dates
 * they carry. */
static int alliance_mergeable(const geordf_event *a, const geordf_event *b) {
  return same_set(a, b, GEORDF_ROLE_PARTY);
}

const gd_type_rules gd_alliance_rules = {alliance_core_ok, alliance_mergeable};

/* "members of the Russian parliament", "a member of the Belarusian
 * government": the noun trigger at word H whose "of" phrase is a common
 * noun that names no one (a body of people, named by a demonym at most) is
 * a person's membership, no state's; a word for a bloc keeps it ("a member
 * of the Soviet bloc"). */
int member_of_a_body(const ctx *c, int h) {
  static const char *const bloc[] = {"bloc", "alliance", "pact", "coalition", "camp", "axis", "grouping",
                                     "union", "community", "league", "organization", "organisation", "treaty",
                                     NULL};
  const gd_deps *d = &c->deps;
  if (h < 0 || !(gd_deps_is(d, h, "member") || gd_deps_is(d, h, "members"))) return 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
    if (k < h || d->w[k].rel != GD_R_NMOD || !gd_deps_has_case(d, k, "of")) continue;
    const np *p = word_np(c, k);
    if (d->w[k].upos != GD_UPOS_NOUN ||
        (p && (p->person || p->place || p->weapon || (p->head && p->head->kind == GD_KIND_ORG))))
      return 0;
    for (int i = 0; bloc[i]; i++)
      if (gd_deps_is(d, k, bloc[i])) return 0;
    return 1;
  }
  return 0;
}

/* "several NATO allies", "to reassure NATO allies": a plural ally noun
 * that an organization's name modifies, and that no one owns, names the
 * body's members at large, no alliance of anyone named around it; a
 * possessor ("Poland's NATO allies", "its NATO allies"), an "of", "to",
 * "for" or "with" phrase, a copula ("are NATO allies") or an apposition
 * ("NATO allies, Poland and Lithuania") says whose allies they are.
 * Whether the ally noun at word H is such a noun. */
int members_at_large(const ctx *c, int h) {
  static const char *const own[] = {"of", "to", "for", "with", NULL};
  const gd_deps *d = &c->deps;
  if (h < 0 || !(gd_deps_is(d, h, "allies") || gd_deps_is(d, h, "partners")) || d->w[h].rel == GD_R_APPOS)
    return 0;
  int body = 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
    gd_rel r = d->w[k].rel;
    if (r == GD_R_POSS || r == GD_R_COP || r == GD_R_APPOS) return 0;
    if (r == GD_R_NMOD)
      for (int i = 0; own[i]; i++)
        if (gd_deps_has_case(d, k, own[i])) return 0;
    const np *p = k < h && (r == GD_R_COMPOUND || r == GD_R_AMOD) ? word_np(c, k) : NULL;
    if (p && p->head && p->head->kind == GD_KIND_ORG && !p->poss && !p->mod && !p->person) body = 1;
  }
  return body;
}

/* "invited Albania and Croatia to join the alliance", "Finland joined the
 * alliance last April", "voted to leave the pact": a definite alliance
 * noun that is the object of a verb of joining or leaving is an alliance
 * already named, which its verb's subjects enter or leave one by one; they
 * are no alliance of one another.  Whether the alliance noun at word H is
 * such an object. */
int alliance_joined(const ctx *c, int h) {
  static const char *const verb[] = {"join", "rejoin", "enter", "leave", "quit", NULL};
  const gd_deps *d = &c->deps;
  if (h < 0 || d->w[h].rel != GD_R_OBJ || d->w[h].head < 0) return 0;
  int def = 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next)
    def |= d->w[k].rel == GD_R_DET && (gd_deps_is(d, k, "the") || gd_deps_is(d, k, "this"));
  if (!def) return 0;
  char lem[16];
  gd_deps_lemma(d, d->w[h].head, lem, sizeof lem);
  for (int i = 0; verb[i]; i++)
    if (!strcmp(lem, verb[i])) return 1;
  return 0;
}

/* "a ten-year trade and cooperation agreement", "an economic cooperation
 * agreement", "a cultural and scientific partnership": an alliance noun
 * whose modifiers name fields other than arms and security (and none of
 * those) binds no one in arms.  Whether trigger mention TM, in the sentence
 * from token STB, is such a noun. */
int other_field(const ctx *c, const gd_mention *tm, size_t stb) {
  static const char *const field[] = {"trade", "economic", "commercial", "cultural", "scientific", "technical",
                                      "technological", "financial", "industrial", "agricultural", "energy", NULL};
  static const char *const arms[] = {"military", "defence", "defense", "security", "strategic", "mutual", NULL};
  int other = 0;
  /* (The words right before it, adjectives and nouns joined by "and" or
   * commas: "trade and cooperation", "economic, trade and cooperation".) */
  for (size_t k = tm->tb; k > stb && k + 6 > tm->tb; k--) {
    size_t t = k - 1;
    if (tok_is(c, t, "and") || tok_is(c, t, ",")) continue;
    int f = 0;
    for (int i = 0; field[i]; i++) f |= tok_is(c, t, field[i]);
    for (int i = 0; arms[i]; i++)
      if (tok_is(c, t, arms[i])) return 0;
    if (!f) break;
    other = 1;
  }
  /* (Nor one whose own words name arms: "defence cooperation agreement".) */
  for (size_t t = tm->tb; t < tm->te; t++)
    for (int i = 0; arms[i]; i++)
      if (tok_is(c, t, arms[i])) return 0;
  return other;
}


/* "a member of the United Nations since 1955", "joined the United
 * Nations": the body every state belongs to (its General Assembly too)
 * binds no one in arms; its membership is no alliance.  Nor is that of the
 * bodies of trade, finance, health, atomic energy, police and justice that
 * states join as they join the UN's agencies ("joined the World Trade
 * Organization", "became a member of the IMF", "joined the International
 * Criminal Court").  Nor is that of a cartel of oil producers ("members of
 * the OPEC+ alliance", "Angola is leaving OPEC", "Kazakhstan joined
 * OPEC+").  Whether E is such a body. */
int universal_body(const geordf_entity *e) {
  static const char *const body[] = {"UN",  "UNGA",     "WTO",  "IMF",  "World_Bank", "WHO",      "IAEA",
                                     "Interpol", "OECD", "ICC", "OPEC", "OPEC_Plus", NULL};
  const char *slash = e && e->iri ? strrchr(e->iri, '/') : NULL;
  for (int i = 0; slash && body[i]; i++)
    if (!strcmp(slash + 1, body[i])) return 1;
  return 0;
}

/* "the Arab League summoned its members", "called on its members to break
 * relations with Britain": plural members a pronoun owns are the body's
 * members at large, no state's membership; a copula or an apposition
 * ("its members, Egypt and Syria") says who they are.  Whether the member
 * noun at word H is such a noun. */
int own_members(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  if (h < 0 || !gd_deps_is(d, h, "members") || d->w[h].rel == GD_R_APPOS) return 0;
  int own = 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
    gd_rel r = d->w[k].rel;
    if (r == GD_R_COP || r == GD_R_APPOS) return 0;
    own |= r == GD_R_POSS && d->w[k].upos == GD_UPOS_PRON;
  }
  return own;
}

/* "clashes between a NATO member and Russia", "an attack on a member of
 * the alliance": an indefinite member noun in a prepositional phrase names
 * some member or other, not whose membership; one after "as" ("joined as
 * its sixteenth member") or with a copula says it of its subject.  Whether
 * the member noun at word H is such a noun. */
int some_member(const ctx *c, int h) {
  const gd_deps *d = &c->deps;
  if (h < 0 || !gd_deps_is(d, h, "member") || d->w[h].rel != GD_R_NMOD || gd_deps_has_case(d, h, "as")) return 0;
  int indef = 0;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next) {
    if (d->w[k].rel == GD_R_COP) return 0;
    indef |= d->w[k].rel == GD_R_DET && (gd_deps_is(d, k, "a") || gd_deps_is(d, k, "an"));
  }
  return indef;
}

/* Whether word W or a word under it names anyone: a state, a body, a group
 * or a person. */
static int names_anyone(const ctx *c, int w) {
  const gd_deps *d = &c->deps;
  for (size_t i = 0; i < d->n; i++) {
    int k = (int)i;
    for (size_t up = 0; k >= 0 && k != w && up < d->n; up++) k = d->w[k].head;
    if (k != w) continue;
    const np *p = word_np(c, (int)i);
    if (p && (p->person || p->head || p->mod || p->place)) return 1;
  }
  return 0;
}

/* "France and Germany backed the plan", "accusing Qatar of backing
 * terrorism": a verb of backing or defending whose object is a common noun
 * that names no one backs a thing, not a state, and its subjects are no
 * allies of one another for backing it together.  Whether verb trigger
 * TR at word H has such an object. */
int backs_a_thing(const ctx *c, const gd_trigger *tr, int h) {
  const gd_deps *d = &c->deps;
  /* (Only a verb whose object is its partner: "coordinate airstrikes with
   * Moscow" and "ally with" take theirs in a "with" phrase.) */
  int obj_party = 0;
  for (unsigned i = 0; i < tr->nslots; i++) {
    if (tr->slots[i].kind == GD_SLOT_PREP && !strcmp(tr->slots[i].prep, "with")) return 0;
    obj_party |= tr->slots[i].kind == GD_SLOT_OBJ && tr->slots[i].role == GEORDF_ROLE_PARTY;
  }
  if (h < 0 || !obj_party) return 0;
  int obj = -1;
  for (int k = d->w[h].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_OBJ) obj = k;
  /* (The parser reads a gerund before its object, "of backing terrorism",
   * as that noun's adjective.) */
  size_t len = d->w[h].e - d->w[h].b;
  if (obj < 0 && d->w[h].rel == GD_R_AMOD && d->w[h].head > h && len > 4 &&
      !strncasecmp(d->text + d->w[h].e - 3, "ing", 3))
    obj = d->w[h].head;
  return obj >= 0 && d->w[obj].upos == GD_UPOS_NOUN && !names_anyone(c, obj);
}
