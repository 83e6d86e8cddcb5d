/* geordf: event lists, role fillers, evidence, and the public accessors.
 * SPDX-License-Identifier: MIT */
#include "event.h"
#include "lexicon.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

geordf_events *gd_events_new(void) { return calloc(1, sizeof(geordf_events)); }

geordf_event *gd_events_add(geordf_events *evs, geordf_event_type type) {
  if (evs->n == evs->cap) {
    size_t cap = evs->cap ? evs->cap * 2 : 8;
    geordf_event *v = realloc(evs->v, cap * sizeof *v);
    if (!v) return NULL;
    evs->v = v;
    evs->cap = cap;
  }
  geordf_event *ev = &evs->v[evs->n++];
  memset(ev, 0, sizeof *ev);
  ev->type = type;
  return ev;
}

int gd_event_fill(geordf_event *ev, geordf_role role, const geordf_entity *e) {
  for (unsigned i = 0; i < ev->nfill[role]; i++)
    if (ev->fill[role][i] == e) return 0;
  if (ev->nfill[role] >= GD_MAX_FILL) return -1;
  ev->fill[role][ev->nfill[role]++] = e;
  return 0;
}

/* Up to this many spans a scan is as quick as the index, which is built
 * only past it: ordinary events never have one. */
#define GD_EVIDENCE_SCAN 16

/* The index tag of a span that begins at BEGIN. */
static uint32_t tag_of(size_t begin) {
  return (uint32_t)(((uint64_t)begin * UINT64_C(0x9E3779B97F4A7C15)) >> 32);
}

/* Adds span I of EV's evidence to its index, which has room. */
static void index_put(geordf_event *ev, size_t i) {
  uint32_t tag = tag_of(ev->evidence[i].begin);
  gd_hslot *s = gd_hindex_first(&ev->ev_ix, tag);
  while (s->ix) s = gd_hindex_next(&ev->ev_ix, s);
  gd_hindex_put(&ev->ev_ix, s, tag, i);
}

/* The position of span [BEGIN, END) in EV's evidence (END == SIZE_MAX:
 * any end), or -1. */
static long long find_span(const geordf_event *ev, size_t begin, size_t end) {
  if (!ev->ev_ix.cap) {
    for (size_t i = 0; i < ev->n_evidence; i++)
      if (ev->evidence[i].begin == begin && (end == SIZE_MAX || ev->evidence[i].end == end)) return (long long)i;
    return -1;
  }
  uint32_t tag = tag_of(begin);
  for (const gd_hslot *s = gd_hindex_first(&ev->ev_ix, tag); s->ix; s = gd_hindex_next(&ev->ev_ix, s)) {
    const gd_span *sp = &ev->evidence[s->ix - 1];
    if (sp->begin == begin && (end == SIZE_MAX || sp->end == end)) return (long long)(s->ix - 1);
  }
  return -1;
}

int gd_event_has_sentence(const geordf_event *ev, size_t begin) {
  return ev->n_evidence && begin <= ev->max_begin && find_span(ev, begin, SIZE_MAX) >= 0;
}

int gd_event_add_evidence(geordf_event *ev, size_t begin, size_t end) {
  /* Sentences mostly come in text order: a span after every span so far
   * cannot be a repeat, so a long document stays linear. */
  if (ev->n_evidence && begin <= ev->max_begin && find_span(ev, begin, end) >= 0) return 0;
  size_t n = ev->n_evidence;
  if (n == 0 || (n & (n - 1)) == 0) { /* full at a power of two: double */
    gd_span *v = realloc(ev->evidence, (n ? 2 * n : 1) * sizeof *v);
    if (!v) return -1;
    ev->evidence = v;
  }
  ev->evidence[n].begin = begin;
  ev->evidence[n].end = end;
  ev->n_evidence = n + 1;
  if (n == 0 || begin > ev->max_begin) ev->max_begin = begin;
  if (ev->ev_ix.cap) {
    if (gd_hindex_reserve(&ev->ev_ix, 1)) return -1;
    index_put(ev, n);
  } else if (ev->n_evidence > GD_EVIDENCE_SCAN) {
    if (gd_hindex_reserve(&ev->ev_ix, 2 * GD_EVIDENCE_SCAN)) return -1;
    for (size_t i = 0; i < ev->n_evidence; i++) index_put(ev, i);
  }
  return 0;
}

void gd_event_forget_evidence(geordf_event *ev) {
  ev->evidence = NULL;
  ev->n_evidence = 0;
  ev->max_begin = 0;
  ev->ev_ix = (gd_hindex){0};
}

void gd_event_unindex(geordf_event *ev) { gd_hindex_free(&ev->ev_ix); }

int gd_event_set_item(geordf_event *ev, const char *text, size_t len) {
  char *s = malloc(len + 1);
  if (!s) return -1;
  memcpy(s, text, len);
  s[len] = '\0';
  free(ev->item);
  ev->item = s;
  return 0;
}

void gd_event_clear(geordf_event *ev) {
  free(ev->item);
  free(ev->evidence);
  gd_hindex_free(&ev->ev_ix);
  ev->item = NULL;
  gd_event_forget_evidence(ev);
}

int gd_event_take_evidence(geordf_event *to, const geordf_event *from) {
  for (size_t k = 0; k < from->n_evidence; k++)
    if (gd_event_add_evidence(to, from->evidence[k].begin, from->evidence[k].end)) return -1;
  return 0;
}

void gd_events_drop(geordf_events *evs, const unsigned char *gone, size_t upto) {
  size_t k = 0;
  for (size_t i = 0; i < evs->n; i++) {
    if (i < upto && gone[i]) {
      gd_event_clear(&evs->v[i]);
      continue;
    }
    evs->v[k++] = evs->v[i];
  }
  evs->n = k;
}

void gd_events_remove(geordf_events *evs, size_t i) {
  gd_event_clear(&evs->v[i]);
  memmove(&evs->v[i], &evs->v[i + 1], (evs->n - i - 1) * sizeof evs->v[0]);
  evs->n--;
}

const geordf_entity *gd_events_local_person(geordf_events *evs, const char *name, size_t len,
                                            const geordf_entity *state) {
  for (size_t i = 0; i < evs->nlocal; i++)
    if (strlen(evs->local[i]->label) == len && !memcmp(evs->local[i]->label, name, len)) return evs->local[i];
  geordf_entity **v = realloc(evs->local, (evs->nlocal + 1) * sizeof *v);
  if (!v) return NULL;
  evs->local = v;
  geordf_entity *e = calloc(1, sizeof *e);
  if (!e) return NULL;
  /* IRI: the id namespace, "person/", the name with spaces as '_' and any
   * other byte outside [A-Za-z0-9-] percent-encoded. */
  static const char prefix[] = GEORDF_ID_NS "person/";
  e->iri = malloc(sizeof prefix + len * 3);
  e->label = malloc(len + 1);
  e->cls = strdup("Person");
  if (!e->iri || !e->label || !e->cls) {
    free(e->iri); free(e->label); free(e->cls); free(e);
    return NULL;
  }
  memcpy(e->label, name, len);
  e->label[len] = '\0';
  char *o = e->iri + sizeof prefix - 1;
  memcpy(e->iri, prefix, sizeof prefix - 1);
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)name[i];
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-') *o++ = (char)ch;
    else if (ch == ' ') *o++ = '_';
    else { static const char hx[] = "0123456789ABCDEF"; *o++ = '%'; *o++ = hx[ch >> 4]; *o++ = hx[ch & 15]; }
  }
  *o = '\0';
  e->kind = GD_KIND_PERSON;
  e->country = (geordf_entity *)state;
  evs->local[evs->nlocal++] = e;
  return e;
}

void geordf_events_free(geordf_events *evs) {
  if (!evs) return;
  for (size_t i = 0; i < evs->nlocal; i++) {
    free(evs->local[i]->iri);
    free(evs->local[i]->label);
    free(evs->local[i]->cls);
    free(evs->local[i]);
  }
  free(evs->local);
  for (size_t i = 0; i < evs->n; i++) gd_event_clear(&evs->v[i]);
  free(evs->v);
  free(evs);
}

size_t geordf_events_count(const geordf_events *evs) { return evs ? evs->n : 0; }

const geordf_event *geordf_events_get(const geordf_events *evs, size_t i) {
  return evs && i < evs->n ? &evs->v[i] : NULL;
}

geordf_event_type geordf_event_get_type(const geordf_event *ev) { return ev->type; }

size_t geordf_event_role_count(const geordf_event *ev, geordf_role role) {
  return role < GEORDF_ROLE_COUNT ? ev->nfill[role] : 0;
}

const geordf_entity *geordf_event_role_get(const geordf_event *ev,
                                           geordf_role role, size_t i) {
  if (role >= GEORDF_ROLE_COUNT || i >= ev->nfill[role]) return NULL;
  return ev->fill[role][i];
}

const char *geordf_event_item_text(const geordf_event *ev) { return ev->item; }
geordf_event_status geordf_event_get_status(const geordf_event *ev) { return ev->status; }
int geordf_event_planned(const geordf_event *ev) { return ev->planned; }
int geordf_event_negated(const geordf_event *ev) { return ev->negated; }
const char *geordf_event_date(const geordf_event *ev) { return ev->date[0] ? ev->date : NULL; }
double geordf_event_confidence(const geordf_event *ev) { return ev->confidence; }
size_t geordf_event_evidence_count(const geordf_event *ev) { return ev->n_evidence; }

void geordf_event_evidence_get(const geordf_event *ev, size_t i, size_t *begin,
                               size_t *end) {
  *begin = i < ev->n_evidence ? ev->evidence[i].begin : 0;
  *end = i < ev->n_evidence ? ev->evidence[i].end : 0;
}

const char *geordf_entity_iri(const geordf_entity *e) { return e->iri; }
const char *geordf_entity_label(const geordf_entity *e) { return e->label; }
const char *geordf_entity_qid(const geordf_entity *e) { return e->qid; }
const char *geordf_entity_class(const geordf_entity *e) { return e->cls; }
