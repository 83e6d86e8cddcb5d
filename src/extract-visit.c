/* geordf: what extraction knows of visits alone.
 * SPDX-License-Identifier: MIT */
#include "extract-ctx.h"
#include "extract-frame.h"
#include "extract-merge.h"
#include "extract-types.h"

#include <string.h>

/* ---- the type's rules (its row in schema.c points here) ------------------ */

static int visit_core_ok(const geordf_event *ev) {
  return ev->nfill[GEORDF_ROLE_VISITOR] && ev->nfill[GEORDF_ROLE_DESTINATION];
}

static int visit_mergeable(const geordf_event *a, const geordf_event *b) {
  /* "landed in Beijing on Sunday for talks": one visit, however its two
   * triggers read the time. */
  if (same_sentence(a, b))
    return same_set(a, b, GEORDF_ROLE_VISITOR) && same_set(a, b, GEORDF_ROLE_DESTINATION);
  if (!same_year(a, b)) return 0;
  /* "will fly to Japan ... a visit to Hiroshima": a mention without a
   * date joins the planned one. */
  return (a->planned == b->planned || !a->date[0] || !b->date[0]) && same_set(a, b, GEORDF_ROLE_VISITOR) &&
         same_set(a, b, GEORDF_ROLE_DESTINATION);
}

const gd_type_rules gd_visit_rules = {visit_core_ok, visit_mergeable};

/* "to NATO headquarters in Brussels", "to a G7 summit in Sicily": a
 * destination that is a venue, not a state, is placed by the "in" phrase
 * right after it. */
const np *venue_place(const ctx *c, const np *p, size_t np1) {
  if (filler(c, GEORDF_ROLE_DESTINATION, p)) return p;
  size_t a = (size_t)(p - c->nps) + 1;
  if (a >= np1) return p;
  const np *q = &c->nps[a];
  if (!q->place || q->tb < p->te || q->tb - p->te > 3) return p;
  for (size_t k = p->te; k < q->tb; k++)
    if (!plain(c, k) && !tok_is(c, k, "in")) return p;
  if (!tok_is(c, q->tb - 1, "in")) return p;
  return q;
}

/* "a delegation led by the foreign minister arrived", "a visit by a Chinese
 * team headed by X": the person a `lead` participle and "by" name, after a
 * word for the group (a plain word, or a demonym's phrase: "a Chinese
 * delegation"), when the group is the verb trigger TM's subject by word
 * order (the leader's phrase ends at most three plain words before it) or
 * the "by" phrase of the noun trigger TM.  NULL when there is none. */
const geordf_entity *group_leader(const ctx *c, const gd_mention *tm, int noun, size_t stb, size_t ste) {
  for (size_t k = stb + 1; k + 2 < ste; k++) {
    if (!has_cue(c, k, GD_CUE_LEAD) || !tok_is(c, k + 1, "by")) continue;
    size_t q = k + 2;
    while (q < ste && is_determiner(c, q)) q++;
    if (q >= ste || c->tok_np[q] < 0 || !c->nps[c->tok_np[q]].person) continue;
    const np *p = &c->nps[c->tok_np[q]];
    const np *g = c->tok_np[k - 1] >= 0 ? &c->nps[c->tok_np[k - 1]] : NULL;
    int group = g ? !g->person && !g->head && !g->place && g->mod
                  : plain(c, k - 1) && !(c->t->tok[k - 1].flags & GD_TOK_CAP);
    if (!group) continue;
    if (!noun) {
      if (p->te > tm->tb || tm->tb - p->te > 3) continue;
      int clear = 1;
      for (size_t r = p->te; r < tm->tb; r++) clear &= plain(c, r);
      if (clear) return p->person;
    } else if (k > tm->te && k <= tm->te + 5) {
      for (size_t r = tm->te; r < k; r++)
        if (tok_is(c, r, "by")) return p->person;
    }
  }
  return NULL;
}

/* "the first American official to visit China", "the highest-level envoy
 * to travel there": an infinitive on a noun that an ordinal or a
 * superlative ranks says what the noun's referent is, not a visit of its
 * own (that is the clause's the phrase stands beside).  Whether the visit
 * trigger's head word HW is such an infinitive. */
int ranked_infinitive(const ctx *c, int hw) {
  const gd_deps *d = &c->deps;
  if (hw < 0 || d->w[hw].rel != GD_R_ACL || d->w[hw].head < 0) return 0;
  int n = d->w[hw].head;
  static const char *const rank[] = {"first", "last", "only", "second", "third", "most", NULL};
  int k = d->w[n].first;
  if (k < 0 || k >= n) return 0;
  /* the words before the noun in its phrase ("the highest-level American") */
  for (size_t t = d->w[k].tok; t < d->w[n].tok && t < c->t->ntok; t++) {
    const char *w = c->t->tok[t].norm;
    size_t l = strlen(w);
    for (int i = 0; rank[i]; i++)
      if (!strcmp(w, rank[i])) return 1;
    if ((l > 4 && !strcmp(w + l - 3, "est")) || strstr(w, "est-")) return 1;
  }
  return 0;
}
