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

/* ---- the type's rules (its row in schema.c points here) ------------------ */

static int sanction_core_ok(const geordf_event *ev) {
  return ev->nfill[GEORDF_ROLE_IMPOSER] && ev->nfill[GEORDF_ROLE_TARGET];
}

static int sanction_mergeable(const geordf_event *a, const geordf_event *b) {
  return same_year(a, b) && a->status == b->status && a->planned == b->planned &&
         same_set(a, b, GEORDF_ROLE_IMPOSER) && same_set(a, b, GEORDF_ROLE_TARGET);
}

const gd_type_rules gd_sanction_rules = {sanction_core_ok, sanction_mergeable};

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

/* "Sudan faces sanctions", "for Tehran to avoid UN sanctions", "spare Iran
 * from sanctions", "whether Sudan is hit with sanctions", "was hit by
 * sanctions": a sanction noun
 * governed by a verb of undergoing targets that verb's subject (its object
 * when it has one; its passive subject).  Returns the target's phrase and
 * sets *THREAT when the verb speaks of a sanction still to come. */
const np *undergoer(const ctx *c, int h, int *threat) {
  const gd_deps *d = &c->deps;
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
  /* (The agent of a passive too: "Poland was hit by Western sanctions".) */
  if (g < 0 || (r != GD_R_OBJ && r != GD_R_OBL && r != GD_R_OBL_AGENT)) return NULL;
  int prt = -1; /* "ward off", "head off" */
  for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_PRT) prt = k;
  if (!lemma_cue(c, g, -1, GD_CUE_UNDERGO) && !(prt >= 0 && lemma_cue(c, g, prt, GD_CUE_UNDERGO))) return NULL;
  int w[GD_MAX_FILL];
  size_t n;
  int o = -1;
  for (int k = d->w[g].first; k >= 0; k = d->w[k].next)
    if (d->w[k].rel == GD_R_OBJ && k != h) o = k;
  /* (An object undergoes only "from" or "with" sanctions: "spare Iran from
   * sanctions"; "ward off calls for sanctions" is the subject's.) */
  if (o >= 0 && r == GD_R_OBL && (gd_deps_has_case(d, h, "for") || gd_deps_has_case(d, h, "of"))) o = -1;
  if (gd_deps_passive(d, g)) n = gd_deps_slot(d, g, GD_SLOT_OBJ, NULL, 0, 1, w, GD_MAX_FILL);
  else if (o >= 0) w[0] = o, n = 1;
  else n = gd_deps_slot(d, g, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  *threat = !gd_deps_is(d, g, "hit") && !gd_deps_is(d, g, "suffered") && !gd_deps_is(d, g, "incurred");
  return n ? word_np(c, w[0]) : NULL;
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
  if (v < 0) return NULL;
  int w[GD_MAX_FILL];
  size_t n = gd_deps_slot(d, v, GD_SLOT_SUBJ, NULL, 0, 0, w, GD_MAX_FILL);
  return n ? word_np(c, w[0]) : NULL;
}
