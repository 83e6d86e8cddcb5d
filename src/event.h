/* geordf: events of one document and how they are built and merged.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EVENT_H
#define GEORDF_EVENT_H

#include "geordf/geordf.h"
#include "hash.h"

#define GD_MAX_FILL 16  /* fillers per role */

typedef struct { size_t begin, end; } gd_span;

struct geordf_event {
  geordf_event_type type;
  const geordf_entity *fill[GEORDF_ROLE_COUNT][GD_MAX_FILL];
  unsigned nfill[GEORDF_ROLE_COUNT];
  char *item;                   /* free-text item/aircraft (owned) or NULL */
  geordf_event_status status;
  int planned;                  /* 1: the text says it will happen */
  int negated;                  /* 1: the text denies it */
  char date[11];                /* "YYYY", "YYYY-MM", "YYYY-MM-DD" or "" */
  int lead_day;                 /* 1: undated, told after a dated lead, so of
                                   its day if no mention dates it */
  double confidence;            /* 0..1 */
  char acat;                    /* ShootDown: 'A'ircraft 'D'rone 'H'elicopter 'M'issile, or 0 */
  gd_span *evidence;            /* byte spans of sentences (owned) */
  size_t n_evidence;            /* (the array holds the next power of two) */
  size_t max_begin;             /* no span begins after this (may be stale high) */
  gd_hindex ev_ix;              /* index of the evidence by begin, once it is
                                   long (owned; no slots without one) */
  int settled;                  /* survived a merge before the document's end */
};

struct geordf_events {
  geordf_event *v;
  size_t n, cap;
  geordf_entity **local;        /* people named in the document but not in
                                   the lexicon (owned) */
  size_t nlocal;
  size_t settle_at;             /* merge what is settled when n reaches it */
};

/* Returns the document-local person NAME (created on first use, with
 * nationality STATE), or NULL on allocation failure. */
const geordf_entity *gd_events_local_person(geordf_events *evs, const char *name, size_t len,
                                            const geordf_entity *state);

/* Creates an empty event list; NULL on allocation failure. */
geordf_events *gd_events_new(void);

/* Appends a zeroed event of TYPE and returns it, or NULL on allocation
 * failure.  The pointer is valid until the next append. */
geordf_event *gd_events_add(geordf_events *evs, geordf_event_type type);

/* Adds E to ROLE unless already there; returns 0, or -1 when full. */
int gd_event_fill(geordf_event *ev, geordf_role role, const geordf_entity *e);

/* Records an evidence span unless already recorded; -1 on allocation
 * failure. */
int gd_event_add_evidence(geordf_event *ev, size_t begin, size_t end);

/* Adds every evidence span of FROM to TO (merging a mention into its event);
 * -1 on allocation failure. */
int gd_event_take_evidence(geordf_event *to, const geordf_event *from);

/* Whether EV has an evidence span beginning at BEGIN: a lookup in the
 * index once the list is long, so merging many mentions stays linear. */
int gd_event_has_sentence(const geordf_event *ev, size_t begin);

/* Forgets EV's evidence without freeing it: for a copy of an event whose
 * evidence stays with the original. */
void gd_event_forget_evidence(geordf_event *ev);

/* Drops EV's evidence index, after the spans were rewritten in place. */
void gd_event_unindex(geordf_event *ev);

/* Sets the free-text item (copied); -1 on allocation failure. */
int gd_event_set_item(geordf_event *ev, const char *text, size_t len);

/* Releases what an event owns (not the event itself). */
void gd_event_clear(geordf_event *ev);

/* Removes event I, keeping order. */
void gd_events_remove(geordf_events *evs, size_t i);

/* Removes, keeping order, every event I < UPTO marked GONE[I] (merged into
 * another): one pass over the list. */
void gd_events_drop(geordf_events *evs, const unsigned char *gone, size_t upto);

#endif
