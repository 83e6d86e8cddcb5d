/* geordf: what extraction knows of visits alone.
 * SPDX-License-Identifier: MIT */
#include "extract-ctx.h"
#include "extract-frame.h"
#include "extract-merge.h"
#include "extract-types.h"

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
