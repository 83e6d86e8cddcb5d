/* geordf: merging the mentions of one event in a document, and comparing
 * events' role fillers.
 * SPDX-License-Identifier: MIT */
#include "extract-merge.h"
#include "extract-types.h"
#include "schema.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int same_set(const geordf_event *a, const geordf_event *b, geordf_role r) {
  if (a->nfill[r] != b->nfill[r]) return 0;
  for (unsigned i = 0; i < a->nfill[r]; i++) {
    unsigned j = 0;
    while (j < b->nfill[r] && b->fill[r][j] != a->fill[r][i]) j++;
    if (j == b->nfill[r]) return 0;
  }
  return 1;
}

int contains(const geordf_event *ev, geordf_role r, const geordf_entity *e) {
  for (unsigned i = 0; i < ev->nfill[r]; i++)
    if (ev->fill[r][i] == e) return 1;
  return 0;
}

/* Whether two mentions share an evidence sentence: the shorter list is
 * looked up in the longer one's index, so an event of many mentions
 * costs each merge only the new mention's sentences. */
int same_sentence(const geordf_event *a, const geordf_event *b) {
  if (a->n_evidence > b->n_evidence) {
    const geordf_event *t = a;
    a = b;
    b = t;
  }
  for (size_t i = 0; i < a->n_evidence; i++)
    if (gd_event_has_sentence(b, a->evidence[i].begin)) return 1;
  return 0;
}

/* Whether visits A and B name a place in common ("in Beijing"). */
static int same_place(const geordf_event *a, const geordf_event *b) {
  for (unsigned i = 0; i < a->nfill[GEORDF_ROLE_PLACE]; i++)
    for (unsigned k = 0; k < b->nfill[GEORDF_ROLE_PLACE]; k++)
      if (a->fill[GEORDF_ROLE_PLACE][i] == b->fill[GEORDF_ROLE_PLACE][k]) return 1;
  return 0;
}

/* Two mentions of one happening: same type and polarity, and what the
 * type's rules ask (the same core roles, no conflicting dates). */
static int mergeable(const geordf_event *a, const geordf_event *b) {
  if (a->type != b->type || a->negated != b->negated) return 0;
  return (unsigned)a->type < GEORDF_EVENT_TYPE_COUNT && gd_schema_type[a->type].rules->mergeable(a, b);
}

/* Other events on different years are different events. */
int same_year(const geordf_event *a, const geordf_event *b) {
  return !(a->date[0] && b->date[0] && strncmp(a->date, b->date, 4));
}

/* A sanction of July and one of October are two, however alike: "cut
 * Cuba's sugar quota in July" and "banned all exports to Cuba" today. */
int same_month(const geordf_event *a, const geordf_event *b) {
  return !(strlen(a->date) >= 7 && strlen(b->date) >= 7 && strncmp(a->date, b->date, 7));
}

/* Two days told exactly, in sentences of their own, are two acts: "today
 * froze all Iranian deposits" and "on Monday halted all imports of Iranian
 * oil"; "voted today to impose sanctions" and "suspended its membership on
 * Nov. 12".  (One sentence's two days are rather one act's and the day of
 * another's following it: "aligned itself with EU sanctions on Tuesday, a
 * day after the bloc barred ...".) */
int same_day(const geordf_event *a, const geordf_event *b) {
  return !(strlen(a->date) >= 10 && strlen(b->date) >= 10 && strncmp(a->date, b->date, 10) && !same_sentence(a, b));
}

static int ptr_cmp(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)*(const void *const *)a, y = (uintptr_t)*(const void *const *)b;
  return x < y ? -1 : x > y;
}

/* Compares the sorted entities of ROLE in A and B. */
static int role_cmp(const geordf_event *a, const geordf_event *b, geordf_role r) {
  const geordf_entity *x[GD_MAX_FILL], *y[GD_MAX_FILL];
  if (a->nfill[r] != b->nfill[r]) return a->nfill[r] < b->nfill[r] ? -1 : 1;
  memcpy(x, a->fill[r], a->nfill[r] * sizeof x[0]);
  memcpy(y, b->fill[r], b->nfill[r] * sizeof y[0]);
  qsort(x, a->nfill[r], sizeof x[0], ptr_cmp);
  qsort(y, b->nfill[r], sizeof y[0], ptr_cmp);
  for (unsigned i = 0; i < a->nfill[r]; i++)
    if (x[i] != y[i]) return (uintptr_t)x[i] < (uintptr_t)y[i] ? -1 : 1;
  return 0;
}

typedef struct {
  const geordf_event *e;
  size_t i;
} keyed; /* an event and its place, sorted by key roles */

static int key_cmp(const void *pa, const void *pb) {
  const keyed *p = pa, *q = pb;
  const geordf_event *a = p->e, *b = q->e;
  if (a->type != b->type) return a->type < b->type ? -1 : 1;
  for (int k = 0; k < 2; k++) {
    int d = role_cmp(a, b, gd_schema_type[a->type].key[k]);
    if (d) return d;
  }
  return p->i < q->i ? -1 : p->i > q->i;
}

/* An event missing a core role that another of the document states in
 * full is a mention of it: "Ethiopian troops downed an aid plane" in the
 * headline and "... downed a Kenyan plane" in the text; "Sudan is hit with
 * sanctions" and "the UN imposed sanctions on Sudan".  For shoot-downs the
 * missing role is the victim (the same attacker), for sanctions the
 * imposer (the same target and status), for arms deals the supplier (the
 * same recipient: "tanks were delivered to Turkey" and "Turkey bought the
 * tanks from Germany").  Sorted by the shared role's first
 * filler, so the work stays O(n log n). */
typedef struct { const geordf_entity *k; size_t i; } subkey;

static int subkey_cmp(const void *pa, const void *pb) {
  const subkey *a = pa, *b = pb;
  if (a->k != b->k) return (uintptr_t)a->k < (uintptr_t)b->k ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

int merge_partial(geordf_events *evs) {
  static const struct { geordf_event_type t; geordf_role shared, missing; } kinds[] = {
      {GEORDF_SHOOTDOWN, GEORDF_ROLE_ATTACKER, GEORDF_ROLE_VICTIM},
      {GEORDF_SANCTION, GEORDF_ROLE_TARGET, GEORDF_ROLE_IMPOSER},
      {GEORDF_ARMSDEAL, GEORDF_ROLE_RECIPIENT, GEORDF_ROLE_SUPPLIER}};
  subkey *full = malloc((evs->n + 1) * sizeof *full);
  unsigned char *gone = calloc(evs->n + 1, 1);
  if (!full || !gone) { free(full); free(gone); return -1; }
  for (size_t q = 0; q < sizeof kinds / sizeof kinds[0]; q++) {
    size_t nf = 0;
    for (size_t i = 0; i < evs->n; i++) {
      const geordf_event *e = &evs->v[i];
      if (e->type == kinds[q].t && e->nfill[kinds[q].missing] && e->nfill[kinds[q].shared])
        full[nf++] = (subkey){e->fill[kinds[q].shared][0], i};
    }
    if (!nf) continue;
    qsort(full, nf, sizeof *full, subkey_cmp);
    for (size_t i = 0; i < evs->n; i++) {
      geordf_event *a = &evs->v[i];
      if (a->type != kinds[q].t || a->nfill[kinds[q].missing] || !a->nfill[kinds[q].shared]) continue;
      subkey want = {a->fill[kinds[q].shared][0], 0};
      size_t lo = 0, hi = nf;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (subkey_cmp(&full[mid], &want) < 0) lo = mid + 1;
        else hi = mid;
      }
      for (; lo < nf && full[lo].k == want.k; lo++) {
        geordf_event *b = &evs->v[full[lo].i];
        if (gone[full[lo].i] || b->negated != a->negated || !same_set(a, b, kinds[q].shared) ||
            (a->type == GEORDF_SANCTION && a->status != b->status))
          continue;
        if (gd_event_take_evidence(b, a)) {
          free(full);
          free(gone);
          return -1;
        }
        gone[i] = 1;
        break;
      }
    }
  }
  gd_events_drop(evs, gone, evs->n);
  free(full);
  free(gone);
  return 0;
}

/* The local name of E's IRI ("UNSC"). */
static const char *local_name(const geordf_entity *e) {
  const char *slash = e->iri ? strrchr(e->iri, '/') : NULL;
  return slash ? slash + 1 : "";
}

/* Bodies that act for a whole: the Security Council and the General
 * Assembly for the United Nations. */
static const char *const organs[][2] = {{"UNSC", "UN"}, {"UNGA", "UN"}};

/* Whether ORGAN is such a body of WHOLE (NULL: of any). */
static int organ_of(const geordf_entity *organ, const geordf_entity *whole) {
  for (size_t i = 0; i < sizeof organs / sizeof *organs; i++)
    if (!strcmp(local_name(organ), organs[i][0]) && (!whole || !strcmp(local_name(whole), organs[i][1]))) return 1;
  return 0;
}

int is_organ(const geordf_entity *e) { return e && organ_of(e, NULL); }

void headline_organ(geordf_events *evs, const geordf_entity *organ, size_t title_len) {
  for (size_t i = 0; organ && i < evs->n; i++) {
    geordf_event *a = &evs->v[i];
    if (a->type != GEORDF_SANCTION || a->nfill[GEORDF_ROLE_IMPOSER] != 1 || !a->n_evidence ||
        !organ_of(organ, a->fill[GEORDF_ROLE_IMPOSER][0]))
      continue;
    int head = 1;
    for (size_t k = 0; k < a->n_evidence && head; k++) head = a->evidence[k].begin < title_len;
    if (head) a->fill[GEORDF_ROLE_IMPOSER][0] = organ;
  }
}

int merge_organs(geordf_events *evs) {
  /* (The sanctions of an organ, usually none, are listed first, so that a
   * document of many sanctions costs one pass.) */
  size_t *organ = NULL, n = 0;
  for (size_t j = 0; j < evs->n; j++) {
    const geordf_event *b = &evs->v[j];
    if (b->type != GEORDF_SANCTION || b->nfill[GEORDF_ROLE_IMPOSER] != 1 ||
        !organ_of(b->fill[GEORDF_ROLE_IMPOSER][0], NULL))
      continue;
    if (!organ && !(organ = malloc(evs->n * sizeof *organ))) return -1;
    organ[n++] = j;
  }
  for (size_t i = 0; i < evs->n && n; i++) {
    geordf_event *a = &evs->v[i];
    if (a->type != GEORDF_SANCTION || a->nfill[GEORDF_ROLE_IMPOSER] != 1) continue;
    for (size_t k = 0; k < n; k++) {
      const geordf_event *b = &evs->v[organ[k]];
      if (b->status != a->status || b->negated != a->negated || !same_set(a, b, GEORDF_ROLE_TARGET) ||
          !organ_of(b->fill[GEORDF_ROLE_IMPOSER][0], a->fill[GEORDF_ROLE_IMPOSER][0]))
        continue;
      a->fill[GEORDF_ROLE_IMPOSER][0] = b->fill[GEORDF_ROLE_IMPOSER][0];
      break;
    }
  }
  free(organ);
  return 0;
}

/* With SETTLE, the end of the part of group [G, H) of IDX that may merge
 * now.  "The measures" adds its sentence to the latest sanction of its
 * imposer and target (of its status, mostly): the latest of each status
 * and of the group wait, and so do all after the first of them, since a
 * pass merges each group's events in order. */
static size_t settle_end(const geordf_events *evs, const size_t *idx, size_t g, size_t h, int settle) {
  if (!settle || evs->v[idx[g]].type != GEORDF_SANCTION) return h;
  size_t last[16], end = h - 1;
  for (size_t s = 0; s < 16; s++) last[s] = SIZE_MAX;
  for (size_t x = g; x < h; x++) last[(unsigned)evs->v[idx[x]].status & 15] = x;
  for (size_t s = 0; s < 16; s++)
    if (last[s] < end) end = last[s];
  return end;
}

/* Merges the mentions of each event into its first one.  Only events with
 * the same key roles can merge, so the events are grouped by them first:
 * the pairwise work stays within small groups, even in a huge document.
 * The survivors keep their order.  Only the first UPTO events take part,
 * and with SETTLE each group up to settle_end(); the survivors of such a
 * pass are settled.  Two settled events were compared when the later one
 * was new, with the earlier one as it then was, and are not compared
 * again: passes over a growing prefix of each group then merge exactly as
 * one pass over the whole list. */
static int merge_range(geordf_events *evs, size_t upto, int settle) {
  size_t n = upto;
  if (n < 2) return 0;
  keyed *ks = malloc(n * sizeof *ks);
  size_t *idx = malloc(n * sizeof *idx);
  unsigned char *gone = calloc(upto, 1);
  if (!ks || !idx || !gone) { free(ks); free(idx); free(gone); return -1; }
  for (size_t i = 0; i < n; i++) ks[i].e = &evs->v[i], ks[i].i = i;
  qsort(ks, n, sizeof *ks, key_cmp);
  for (size_t i = 0; i < n; i++) idx[i] = ks[i].i;
  free(ks);
  for (size_t g = 0; g < n;) {
    size_t h = g + 1;
    while (h < n && evs->v[idx[h]].type == evs->v[idx[g]].type &&
           !role_cmp(&evs->v[idx[h]], &evs->v[idx[g]], gd_schema_type[evs->v[idx[g]].type].key[0]) &&
           !role_cmp(&evs->v[idx[h]], &evs->v[idx[g]], gd_schema_type[evs->v[idx[g]].type].key[1]))
      h++;
    size_t end = settle_end(evs, idx, g, h, settle);
    /* The group [g, end) in document order, as the pairwise merge had it;
     * its settled events come first. */
    for (size_t x = g; x < end; x++) {
      if (gone[idx[x]]) continue;
      geordf_event *a = &evs->v[idx[x]];
      size_t y = x + 1;
      if (a->settled)
        while (y < end && evs->v[idx[y]].settled) y++;
      for (; y < end; y++) {
        geordf_event *b = &evs->v[idx[y]];
        if (gone[idx[y]] || !mergeable(a, b)) continue;
        int one_sentence = same_sentence(a, b);
        /* (An onward stop keeps the visit under way asserted, on its day.) */
        int stop = a->type == GEORDF_VISIT && !one_sentence && visit_onward_stop(a, b);
        if (stop && a->planned) memcpy(a->date, b->date, sizeof a->date);
        for (int r = 0; r < GEORDF_ROLE_COUNT; r++)
          for (unsigned k = 0; k < b->nfill[r]; k++) gd_event_fill(a, (geordf_role)r, b->fill[r][k]);
        if (gd_event_take_evidence(a, b)) {
          free(idx);
          free(gone);
          return -1;
        }
        if (!a->date[0]) memcpy(a->date, b->date, sizeof a->date);
        /* (A stay in one place is dated by its first day: "telling a forum
         * in Beijing on Thursday" before "arrived in Beijing on Tuesday" is
         * Tuesday's; a tour's earlier stop elsewhere is not this one's.) */
        else if (a->type == GEORDF_VISIT && !stop && strlen(a->date) == 10 && strlen(b->date) == 10 &&
                 strcmp(b->date, a->date) < 0 && a->planned == b->planned && same_place(a, b))
          memcpy(a->date, b->date, sizeof a->date);
        a->lead_day |= b->lead_day;
        if (!a->status) a->status = b->status;
        /* (in one sentence the first trigger, mostly the verb, says) */
        if (a->type == GEORDF_VISIT && !one_sentence) a->planned = stop ? 0 : a->planned | b->planned;
        if (!a->item && b->item) { a->item = b->item; b->item = NULL; }
        double conf = (a->confidence > b->confidence ? a->confidence : b->confidence) + 0.05;
        a->confidence = conf > 1.0 ? 1.0 : conf;
        gone[idx[y]] = 1;
      }
    }
    if (settle)
      for (size_t x = g; x < end; x++) evs->v[idx[x]].settled = 1;
    g = h;
  }
  gd_events_drop(evs, gone, upto);
  free(idx);
  free(gone);
  return 0;
}

#ifndef GD_SETTLE_MIN
#define GD_SETTLE_MIN 256 /* events before the first pass (the tests set 1) */
#endif

int merge_events(geordf_events *evs) { return merge_range(evs, evs->n, 0); }

int merge_settle(geordf_events *evs) {
  if (evs->n < evs->settle_at || evs->n < 2) return 0;
  /* The last event stays as it is: "Canada followed suit" copies it. */
  if (merge_range(evs, evs->n - 1, 1)) return -1;
  evs->settle_at = 2 * evs->n + GD_SETTLE_MIN; /* amortized: linear in all */
  return 0;
}

/* Whether statuses S and T may tell one event: the same, one unstated, or
 * two stages of one direction (a deal pledged and agreed; a sanction
 * threatened and imposed), not a sanction imposed and one lifted or eased,
 * nor a deal cancelled and one made. */
static int one_direction(geordf_event_status s, geordf_event_status t) {
  if (s == t || !s || !t) return 1;
  int ls = s == GEORDF_STATUS_LIFTED || s == GEORDF_STATUS_EASED, lt = t == GEORDF_STATUS_LIFTED || t == GEORDF_STATUS_EASED;
  if (ls || lt) return 0;
  return s != GEORDF_STATUS_CANCELLED && t != GEORDF_STATUS_CANCELLED;
}

void merge_headline(geordf_events *evs, size_t title_len, size_t lead_b, size_t lead_e) {
  if (!title_len || lead_e <= lead_b || evs->n < 2) return;
  unsigned char *gone = calloc(evs->n, 1);
  if (!gone) return; /* (nothing merged: the events stay as they are) */
  int any = 0;
  for (size_t i = 0; i < evs->n; i++) {
    geordf_event *a = &evs->v[i];
    int head = a->n_evidence > 0;
    for (size_t k = 0; k < a->n_evidence && head; k++) head = a->evidence[k].begin < title_len;
    if (!head) continue;
    for (size_t j = 0; j < evs->n; j++) {
      geordf_event *b = &evs->v[j];
      if (j == i || gone[j] || b->type != a->type || b->negated != a->negated) continue;
      int lead = 0, title = 0;
      for (size_t k = 0; k < b->n_evidence; k++) {
        lead |= b->evidence[k].begin >= lead_b && b->evidence[k].begin < lead_e;
        title |= b->evidence[k].begin < title_len;
      }
      const geordf_role *key = gd_schema_type[a->type].key;
      if (!lead || title || role_cmp(a, b, key[0]) || role_cmp(a, b, key[1]) || !same_year(a, b) ||
          !one_direction(a->status, b->status))
        continue;
      for (int r = 0; r < GEORDF_ROLE_COUNT; r++)
        if (!b->nfill[r])
          for (unsigned k = 0; k < a->nfill[r]; k++) gd_event_fill(b, (geordf_role)r, a->fill[r][k]);
      if (gd_event_take_evidence(b, a)) break; /* (out of memory: both stay) */
      if (!b->date[0]) memcpy(b->date, a->date, sizeof b->date);
      b->lead_day |= a->lead_day;
      if (!b->status) b->status = a->status;
      if (!b->item && a->item) { b->item = a->item; a->item = NULL; }
      if (!b->acat) b->acat = a->acat;
      gone[i] = 1;
      any = 1;
      break;
    }
  }
  if (any) gd_events_drop(evs, gone, evs->n);
  free(gone);
}
