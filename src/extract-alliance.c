/* geordf: what extraction knows of alliances alone.
 * SPDX-License-Identifier: MIT */
#include "extract-merge.h"
#include "extract-types.h"

/* ---- the type's rules (its row in schema.c points here) ------------------ */

static int alliance_core_ok(const geordf_event *ev) { return ev->nfill[GEORDF_ROLE_PARTY] >= 2; }

/* An alliance is a state of affairs: its mentions merge whatever dates
 * they carry. */
static int alliance_mergeable(const geordf_event *a, const geordf_event *b) {
  return same_set(a, b, GEORDF_ROLE_PARTY);
}

const gd_type_rules gd_alliance_rules = {alliance_core_ok, alliance_mergeable};
