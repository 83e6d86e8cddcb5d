/* geordf: what extraction knows of visits alone.
 * SPDX-License-Identifier: MIT */
#include "extract-ctx.h"
#include "extract-frame.h"
#include "extract-types.h"

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
