/* geordf: merging the mentions of one event (src/extract-merge.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_MERGE_H
#define GEORDF_EXTRACT_MERGE_H

#include "event.h"

/* Whether A and B have the same fillers of role R, in any order. */
int same_set(const geordf_event *a, const geordf_event *b, geordf_role r);

/* Whether E fills role R of EV. */
int contains(const geordf_event *ev, geordf_role r, const geordf_entity *e);

/* Whether A and B share an evidence sentence. */
int same_sentence(const geordf_event *a, const geordf_event *b);

/* Whether A and B may be on the same year (either may have no date). */
int same_year(const geordf_event *a, const geordf_event *b);

/* Whether A and B may be of the same month (either may name none). */
int same_month(const geordf_event *a, const geordf_event *b);

/* Whether A and B may be of the same day: two days told exactly in
 * sentences of their own are two. */
int same_day(const geordf_event *a, const geordf_event *b);

/* Whether visits A and B, one asserted and one planned within a week of
 * it, are a visit under way and an onward stop of it (src/extract-visit.c). */
int visit_onward_stop(const geordf_event *a, const geordf_event *b);

/* Merge the mentions of each event into its first one (merge_events), then
 * mentions missing a role into an event stated in full (merge_partial).
 * Each returns 0, or -1 when memory ran out. */
int merge_events(geordf_events *evs);

/* A sanction of the United Nations and one of its Security Council (or
 * General Assembly) on the same target in one document are one: the
 * headline's "U.N. embargo on Libya" is the Council's.  Gives the first
 * the organ as its imposer, for merge_events() to join them.  Returns 0,
 * or -1 when memory ran out. */
int merge_organs(geordf_events *evs);

/* Whether E is such an organ (the Security Council, the General Assembly). */
int is_organ(const geordf_entity *e);

/* A sanction of the United Nations told in the headline alone ("U.N.
 * Orders Sanctions on Rhodesia", in TITLE_LEN bytes) is that of ORGAN, the
 * one organ the body names ("The Security Council voted today"), whatever
 * the body's own mention of it became.  ORGAN NULL: none, or two. */
void headline_organ(geordf_events *evs, const geordf_entity *organ, size_t title_len);
int merge_partial(geordf_events *evs);

/* "US, UK warships down 21 Houthi drones" over "U.S. and British warships
 * shot down 18 drones, two ... missiles and a ballistic missile ...": an
 * event the headline alone tells (all its evidence in the TITLE_LEN bytes
 * before the text) is that of the lead sentence (bytes [LEAD_B, LEAD_E))
 * of its type and key roles, whatever else the headline's shorter words
 * make differ (the aircraft's kind, a tense, a stage of one direction):
 * merged into the lead's event, which keeps its own attributes. */
void merge_headline(geordf_events *evs, size_t title_len, size_t lead_b, size_t lead_e);

/* Between sentences: once the list has doubled, merges the mentions that
 * nothing in the document changes any more, so that a document of many
 * mentions of few events holds few events.  merge_events() at the end then
 * gives what it would have given alone.  0, or -1 when memory ran out. */
int merge_settle(geordf_events *evs);

#endif
