/* geordf: what extraction knows of arms deals alone: the side a buyer's
 * verb puts the subject on, the supplier a weapon's maker gives, and civil
 * aircraft, which are trade.
 * SPDX-License-Identifier: MIT */
#include "extract-ctx.h"
#include "extract-merge.h"
#include "extract-types.h"

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
                !(m->cues & ~((1u << GD_CUE_PLANNED) | (1u << GD_CUE_THREAT))));
    if (!skip) break;
    k--;
  }
  return k > sent_tb && (has_cue(c, k - 1, GD_CUE_AGREED) || has_cue(c, k - 1, GD_CUE_PLEDGE));
}

/* The state that supplies a weapon system: its maker's state, or that
 * state's successor (Soviet designs come from Russia). */
static const geordf_entity *weapon_source(const geordf_entity *w) {
  const geordf_entity *o = w ? w->country : NULL;
  while (o && o->successor && o->successor != o) o = o->successor;
  return o;
}

/* "India and Russia signed a deal for S-400s": of the states named as
 * parties, the one that makes the weapon is the supplier. */
void infer_supplier(geordf_event *ev, const gd_trigger *tr) {
  if (ev->nfill[GEORDF_ROLE_SUPPLIER] || !ev->nfill[GEORDF_ROLE_RECIPIENT] || !ev->nfill[GEORDF_ROLE_ITEM]) return;
  const geordf_entity *src = weapon_source(ev->fill[GEORDF_ROLE_ITEM][0]);
  /* "Egypt bought 24 Rafales": one buyer of a verb, and the maker sells. */
  if (ev->nfill[GEORDF_ROLE_RECIPIENT] == 1) {
    if (tr->pos != 'v') return;
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

void drop_civil_items(geordf_event *ev) {
  for (unsigned i = 0; i < ev->nfill[GEORDF_ROLE_ITEM];) {
    if (civil(ev->fill[GEORDF_ROLE_ITEM][i])) {
      memmove(&ev->fill[GEORDF_ROLE_ITEM][i], &ev->fill[GEORDF_ROLE_ITEM][i + 1],
              (ev->nfill[GEORDF_ROLE_ITEM] - i - 1) * sizeof(void *));
      ev->nfill[GEORDF_ROLE_ITEM]--;
    } else i++;
  }
}

int sentence_has_weapon(const ctx *c, size_t np0, size_t np1) {
  for (size_t a = np0; a < np1; a++)
    if (c->nps[a].weapon && !civil(c->nps[a].weapon)) return 1;
  return 0;
}
