/* geordf: --format dot, a picture of the events drawn by raptor's GraphViz
 * serializer.
 * SPDX-License-Identifier: MIT
 *
 * raptor's dot serializer draws every statement as an edge and labels each
 * node with its IRI, shortened by the declared namespaces; it has no way to
 * show an rdfs:label instead.  So this module feeds it a small graph made
 * for looking at, not the RDF of the other formats: an event node whose IRI
 * is GD_PICTURE_NS + a readable name (declared with an empty prefix, so the
 * node shows just the name), one geo:ROLE edge per role filler, and each
 * entity as a plain literal holding its label (raptor draws literals as
 * boxes, so entities and events look different).  Provenance, confidence
 * and evidence sentences are left out. */
#include "dot.h"
#include "schema.h"
#include "strbuf.h"
#include "text.h"

#include <raptor2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A name given to a node, and what it stands for (an entity IRI; NULL for
 * events, which are never shared). */
typedef struct { char *key, *name; } named;
typedef struct { named *v; size_t n, cap; } name_list;

struct gd_dot {
  FILE *fh;
  raptor_world *world;
  raptor_serializer *ser;
  raptor_term *pred_type;
  name_list events, entities; /* names in use, per kind of node */
  int raptor_error;           /* set by the log handler */
  geordf_status failed;       /* sticky */
  int started, finished;
};

/* ---- strings ------------------------------------------------------------- */


static void b_cp(gd_strbuf *b, long cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) { u[0] = (char)cp; n = 1; }
  else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
  else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
  }
  gd_strbuf_add(b, u, n);
}

/* A code point RFC 3987 allows unescaped in an IRI path (ucschar), other
 * than ASCII. */
static int ucschar(long cp) {
  return (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) ||
         (cp >= 0xFDF0 && cp <= 0xFFEF) ||
         (cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFF) <= 0xFFFD);
}

/* Appends TEXT to an IRI path: spaces and other white space become U+00A0
 * (which IRIs allow and GraphViz shows as a space), characters an IRI may
 * not hold become '_'.  What is kept never needs escaping in DOT either
 * (raptor writes IRIs into quoted DOT strings as they are). */
static void b_iri_text(gd_strbuf *b, const char *text) {
  size_t len = strlen(text), i = 0;
  while (i < len) {
    long cp = gd_text_next(text, len, &i);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r')
      b_cp(b, 0xA0);
    else if (cp >= 0x80 ? ucschar(cp)
                        : cp > 0x20 && cp < 0x7F &&
                              strchr("<>\"{}|\\^`%#[]", (int)cp) == NULL)
      b_cp(b, cp);
    else
      gd_strbuf_add(b, "_", 1);
  }
}

/* Literal text GraphViz takes in a record label: valid UTF-8, no control
 * characters, and no '<' '>' (record port marks; raptor escapes only
 * \ " | { } and line ends). */
static char *box_text(const char *text) {
  gd_strbuf b = {0};
  size_t len = strlen(text), i = 0;
  gd_strbuf_add(&b, "", 0);
  while (i < len) {
    long cp = gd_text_next(text, len, &i);
    if (cp < 0 || (cp >= 0xD800 && cp <= 0xDFFF)) b_cp(&b, 0xFFFD);
    else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) gd_strbuf_add(&b, " ", 1);
    else if (cp == '<') b_cp(&b, 0x2039);
    else if (cp == '>') b_cp(&b, 0x203A);
    else b_cp(&b, cp);
  }
  return gd_strbuf_take(&b);
}

/* ---- names --------------------------------------------------------------- */

static const char *find_key(const name_list *l, const char *key) {
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i].key && !strcmp(l->v[i].key, key)) return l->v[i].name;
  return NULL;
}

static int name_used(const name_list *l, const char *name) {
  for (size_t i = 0; i < l->n; i++)
    if (!strcmp(l->v[i].name, name)) return 1;
  return 0;
}

/* Records BASE (consumed) as a node name, made unique within L by " (2)",
 * " (3)", ... so different things never share a node.  Returns the name
 * (owned by L) or NULL when memory ran out. */
static const char *add_name(name_list *l, const char *key, char *base, int iri) {
  if (!base) return NULL;
  char *name = base;
  for (unsigned k = 2; name_used(l, name); k++) {
    char tail[32];
    snprintf(tail, sizeof tail, iri ? "\xC2\xA0(%u)" : " (%u)", k);
    gd_strbuf b = {0};
    gd_strbuf_str(&b, base);
    gd_strbuf_str(&b, tail);
    if (name != base) free(name);
    if (!(name = gd_strbuf_take(&b))) { free(base); return NULL; }
  }
  if (name != base) free(base);
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    named *v = realloc(l->v, cap * sizeof *v);
    if (!v) { free(name); return NULL; }
    l->v = v;
    l->cap = cap;
  }
  char *k = key ? strdup(key) : NULL;
  if (key && !k) { free(name); return NULL; }
  l->v[l->n++] = (named){k, name};
  return name;
}

static void names_free(name_list *l) {
  for (size_t i = 0; i < l->n; i++) {
    free(l->v[i].key);
    free(l->v[i].name);
  }
  free(l->v);
}

static const char *entity_text(const geordf_entity *e) {
  const char *label = geordf_entity_label(e);
  if (label && label[0]) return label;
  const char *iri = geordf_entity_iri(e);
  return iri && iri[0] ? iri : "?";
}

/* The box name of entity E: its label, unique per entity IRI. */
static const char *entity_name(gd_dot *d, const geordf_entity *e) {
  const char *key = geordf_entity_iri(e);
  if (!key) key = entity_text(e);
  const char *name = find_key(&d->entities, key);
  return name ? name : add_name(&d->entities, key, box_text(entity_text(e)), 0);
}

/* Appends the labels of the fillers of ROLE, joined by SEP, or "?". */
static void add_side(gd_strbuf *b, const geordf_event *ev, geordf_role role, const char *sep) {
  size_t n = role == GEORDF_ROLE_COUNT ? 0 : geordf_event_role_count(ev, role);
  if (!n) { gd_strbuf_add(b, "?", 1); return; }
  for (size_t i = 0; i < n; i++) {
    const geordf_entity *e = geordf_event_role_get(ev, role, i);
    if (i) b_iri_text(b, sep);
    b_iri_text(b, e ? entity_text(e) : "?");
  }
}

/* The event's node IRI: "Visit (planned): Kamala Harris → Ghana, 2023-03",
 * unique in the picture.  Returns NULL when memory ran out. */
static char *event_iri(gd_dot *d, const geordf_event *ev, geordf_event_type t) {
  gd_strbuf b = {0};
  b_iri_text(&b, gd_schema_type[t].title);
  const char *st = geordf_event_status_name(geordf_event_get_status(ev));
  const char *qual[3] = {st, geordf_event_planned(ev) ? "planned" : NULL,
                         geordf_event_negated(ev) ? "negated" : NULL};
  int open = 0;
  for (int i = 0; i < 3; i++) {
    if (!qual[i]) continue;
    b_iri_text(&b, open ? ", " : " (");
    open = 1;
    char low[32];
    snprintf(low, sizeof low, "%s", qual[i]);
    low[0] = (char)(low[0] >= 'A' && low[0] <= 'Z' ? low[0] - 'A' + 'a' : low[0]);
    b_iri_text(&b, low);
  }
  if (open) gd_strbuf_add(&b, ")", 1);
  geordf_role from = gd_schema_type[t].from, to = gd_schema_type[t].to;
  int has_from = from != GEORDF_ROLE_COUNT && geordf_event_role_count(ev, from);
  int has_to = to != GEORDF_ROLE_COUNT && geordf_event_role_count(ev, to);
  if (to == GEORDF_ROLE_COUNT && has_from) {          /* parties: A – B – C */
    b_iri_text(&b, ": ");
    add_side(&b, ev, from, " – ");
  } else if (has_from || has_to) {
    b_iri_text(&b, ": ");
    add_side(&b, ev, from, " & ");
    b_iri_text(&b, " → ");
    add_side(&b, ev, to, " & ");
  }
  const char *date = geordf_event_date(ev);
  if (date && date[0]) {
    b_iri_text(&b, ", ");
    b_iri_text(&b, date);
  }
  char *base = gd_strbuf_take(&b);
  const char *name = add_name(&d->events, NULL, base, 1);
  if (!name) return NULL;
  gd_strbuf iri = {0};
  gd_strbuf_str(&iri, GD_PICTURE_NS);
  gd_strbuf_str(&iri, name);
  return gd_strbuf_take(&iri);
}

/* ---- statements ---------------------------------------------------------- */

/* Writes S P O; consumes P and O (either may be NULL after a failed
 * allocation, which is then reported). */
static int emit(gd_dot *d, raptor_term *s, raptor_term *p, raptor_term *o) {
  if (!s || !p || !o) {
    if (p) raptor_free_term(p);
    if (o) raptor_free_term(o);
    return -1;
  }
  raptor_statement *st =
      raptor_new_statement_from_nodes(d->world, raptor_term_copy(s), p, o, NULL);
  int rc = !st || raptor_serializer_serialize_statement(d->ser, st) ? -1 : 0;
  if (st) raptor_free_statement(st);
  return rc;
}

static raptor_term *geo_term(gd_dot *d, const char *local) {
  gd_strbuf b = {0};
  gd_strbuf_str(&b, GEORDF_NS);
  gd_strbuf_str(&b, local);
  char *iri = gd_strbuf_take(&b);
  raptor_term *t = iri ? raptor_new_term_from_uri_string(d->world, (unsigned char *)iri) : NULL;
  free(iri);
  return t;
}

static raptor_term *box_term(gd_dot *d, const char *text) {
  return text ? raptor_new_term_from_counted_literal(d->world, (const unsigned char *)text,
                                                     strlen(text), NULL, NULL, 0)
              : NULL;
}

static int write_event(gd_dot *d, const geordf_event *ev) {
  geordf_event_type t = geordf_event_get_type(ev);
  if ((unsigned)t >= GEORDF_EVENT_TYPE_COUNT) return 0;
  char *iri = event_iri(d, ev, t);
  raptor_term *node = iri ? raptor_new_term_from_uri_string(d->world, (unsigned char *)iri) : NULL;
  free(iri);
  if (!node) return -1;
  int rc = 0, edges = 0, item_filled = 0;
  /* the roles the RDF writer outputs too */
  for (const geordf_role *r = gd_schema_type[t].roles; *r != GEORDF_ROLE_COUNT; r++) {
    size_t n = geordf_event_role_count(ev, *r);
    if (n && (*r == GEORDF_ROLE_ITEM || *r == GEORDF_ROLE_AIRCRAFT)) item_filled = 1;
    for (size_t i = 0; i < n && !rc; i++) {
      const geordf_entity *e = geordf_event_role_get(ev, *r, i);
      if (!e) continue;
      rc = emit(d, node, geo_term(d, geordf_role_name(*r)), box_term(d, entity_name(d, e)));
      edges++;
    }
  }
  /* "a drone" that is no entity of the lexicon still says what was hit */
  const char *item = geordf_event_item_text(ev);
  if (!rc && !item_filled && item && item[0]) {
    char *text = box_text(item);
    rc = emit(d, node, geo_term(d, "itemDescription"), box_term(d, text));
    free(text);
    edges++;
  }
  /* an event without fillers would not be drawn at all */
  if (!rc && !edges)
    rc = emit(d, node, raptor_term_copy(d->pred_type),
              geo_term(d, geordf_event_type_name(t)));
  raptor_free_term(node);
  return rc;
}

/* ---- the writer ---------------------------------------------------------- */

static void log_handler(void *user_data, raptor_log_message *msg) {
  gd_dot *d = user_data;
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR) d->raptor_error = 1;
}

geordf_status gd_dot_new(gd_dot **out, FILE *fh) {
  *out = NULL;
  if (!fh) return GEORDF_ERR_ARG;
  gd_dot *d = calloc(1, sizeof *d);
  if (!d) return GEORDF_ERR_NOMEM;
  d->fh = fh;
  if (!(d->world = raptor_new_world())) { free(d); return GEORDF_ERR_NOMEM; }
  raptor_world_set_log_handler(d->world, d, log_handler);
  geordf_status st = GEORDF_ERR_RDF;
  raptor_uri *pic = NULL, *geo = NULL;
  if (raptor_world_open(d->world) || !(d->ser = raptor_new_serializer(d->world, "dot")))
    goto fail;
  pic = raptor_new_uri(d->world, (const unsigned char *)GD_PICTURE_NS);
  geo = raptor_new_uri(d->world, (const unsigned char *)GEORDF_NS);
  d->pred_type = raptor_new_term_from_uri_string(
      d->world, (const unsigned char *)"http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  if (!pic || !geo || !d->pred_type) { st = GEORDF_ERR_NOMEM; goto fail; }
  /* the empty prefix makes event nodes show their name alone; the fills
   * tell events (ellipses) from entities (boxes) */
  if (raptor_serializer_set_namespace(d->ser, pic, NULL) ||
      raptor_serializer_set_namespace(d->ser, geo, (const unsigned char *)"geo") ||
      raptor_serializer_set_option(d->ser, RAPTOR_OPTION_RESOURCE_FILL, "lightblue", 0) ||
      raptor_serializer_set_option(d->ser, RAPTOR_OPTION_LITERAL_FILL, "lightyellow", 0) ||
      raptor_serializer_start_to_file_handle(d->ser, NULL, fh))
    goto fail;
  d->started = 1;
  raptor_free_uri(pic);
  raptor_free_uri(geo);
  *out = d;
  return GEORDF_OK;
fail:
  if (pic) raptor_free_uri(pic);
  if (geo) raptor_free_uri(geo);
  gd_dot_free(d);
  return st;
}

geordf_status gd_dot_write(gd_dot *d, const geordf_document *doc,
                           const geordf_events *evs) {
  (void)doc; /* documents are not drawn; entities join them */
  if (!d) return GEORDF_ERR_ARG;
  if (d->failed) return d->failed;
  if (d->finished) return GEORDF_ERR_ARG;
  geordf_status st = GEORDF_OK;
  for (size_t i = 0; i < geordf_events_count(evs) && st == GEORDF_OK; i++)
    if (write_event(d, geordf_events_get(evs, i))) st = GEORDF_ERR_NOMEM;
  if (st == GEORDF_OK && d->raptor_error) st = GEORDF_ERR_RDF;
  if (ferror(d->fh)) st = GEORDF_ERR_IO;
  return d->failed = st;
}

geordf_status gd_dot_finish(gd_dot *d) {
  if (!d) return GEORDF_ERR_ARG;
  if (d->finished) return d->failed;
  d->finished = 1;
  if (raptor_serializer_serialize_end(d->ser) && !d->failed) d->failed = GEORDF_ERR_RDF;
  if (d->raptor_error && !d->failed) d->failed = GEORDF_ERR_RDF;
  if ((fflush(d->fh) || ferror(d->fh)) && d->failed != GEORDF_ERR_IO) d->failed = GEORDF_ERR_IO;
  return d->failed;
}

void gd_dot_free(gd_dot *d) {
  if (!d) return;
  if (d->ser) {
    /* ending frees the serializer's iostream and node lists */
    if (d->started && !d->finished) raptor_serializer_serialize_end(d->ser);
    raptor_free_serializer(d->ser);
  }
  if (d->pred_type) raptor_free_term(d->pred_type);
  if (d->world) raptor_free_world(d->world);
  names_free(&d->events);
  names_free(&d->entities);
  free(d);
}
