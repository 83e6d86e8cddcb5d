/* geordf: unit tests of the event-type schema table: it is whole, and it
 * agrees with the classes, properties and statuses of ontology/geordf.ttl.
 * SPDX-License-Identifier: MIT */
#include "extract-types.h"
#include "schema.h"
#include "testutil.h"

#include <check.h>
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GEO GEORDF_NS
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define OWL "http://www.w3.org/2002/07/owl#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"

static int has_role(const gd_type_schema *ts, geordf_role r) {
  for (const geordf_role *q = ts->roles; *q != GEORDF_ROLE_COUNT; q++)
    if (*q == r) return 1;
  return 0;
}

START_TEST(test_table_whole) {
  int used[GEORDF_ROLE_COUNT] = {0};
  for (int t = 0; t < GEORDF_EVENT_TYPE_COUNT; t++) {
    const gd_type_schema *ts = &gd_schema_type[t];
    ck_assert_msg(ts->name && ts->title, "type %d has no row", t);
    ck_assert_msg(ts->rules && ts->rules->core_ok && ts->rules->mergeable, "%s has no rules", ts->name);
    ck_assert_str_eq(geordf_event_type_name((geordf_event_type)t), ts->name);
    for (int u = 0; u < t; u++) ck_assert_str_ne(gd_schema_type[u].name, ts->name);
    size_t n = 0;
    while (n <= GD_SCHEMA_MAX_ROLES && ts->roles[n] != GEORDF_ROLE_COUNT) used[ts->roles[n++]] = 1;
    ck_assert_msg(n >= 1 && n <= GD_SCHEMA_MAX_ROLES, "%s: roles not ended", ts->name);
    size_t nc = gd_schema_n_core((geordf_event_type)t);
    ck_assert_uint_ge(nc, 1);
    for (size_t r = 0; r < nc; r++) ck_assert(has_role(ts, ts->core[r]));
    for (int k = 0; k < 2; k++) ck_assert(has_role(ts, ts->key[k]));
    ck_assert(has_role(ts, ts->from));
    ck_assert(ts->to == GEORDF_ROLE_COUNT || has_role(ts, ts->to));
  }
  for (int r = 0; r < GEORDF_ROLE_COUNT; r++) {
    ck_assert_msg(gd_schema_role_name[r], "role %d has no name", r);
    ck_assert_msg(used[r], "no type carries role %s", gd_schema_role_name[r]);
    ck_assert_str_eq(geordf_role_name((geordf_role)r), gd_schema_role_name[r]);
  }
  ck_assert_ptr_null(gd_schema_status_name[GEORDF_STATUS_NONE]);
  for (int s = 1; s < GD_STATUS_COUNT; s++) ck_assert_ptr_nonnull(gd_schema_status_name[s]);
}
END_TEST

/* ---- the ontology ---------------------------------------------------------- */

typedef struct { char *s, *p, *o; } triple; /* IRIs, "_:id" or a literal's text */
typedef struct { triple *v; size_t n, cap; } graph;

static char *term_str(const raptor_term *t) {
  const char *s = "";
  char *bn = NULL;
  if (t->type == RAPTOR_TERM_TYPE_URI) s = (const char *)raptor_uri_as_string(t->value.uri);
  else if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    bn = malloc(t->value.blank.string_len + 3);
    ck_assert_ptr_nonnull(bn);
    sprintf(bn, "_:%s", (const char *)t->value.blank.string);
    return bn;
  } else if (t->type == RAPTOR_TERM_TYPE_LITERAL) s = (const char *)t->value.literal.string;
  char *c = strdup(s);
  ck_assert_ptr_nonnull(c);
  return c;
}

static void on_statement(void *user, raptor_statement *st) {
  graph *g = user;
  if (g->n == g->cap) {
    g->cap = g->cap ? g->cap * 2 : 1024;
    g->v = realloc(g->v, g->cap * sizeof *g->v);
    ck_assert_ptr_nonnull(g->v);
  }
  g->v[g->n++] = (triple){term_str(st->subject), term_str(st->predicate), term_str(st->object)};
}

static void load_ontology(graph *g) {
  const char *path = tu_srcpath("ontology/geordf.ttl");
  memset(g, 0, sizeof *g);
  raptor_world *world = raptor_new_world();
  ck_assert_ptr_nonnull(world);
  raptor_parser *p = raptor_new_parser(world, "turtle");
  ck_assert_ptr_nonnull(p);
  raptor_parser_set_statement_handler(p, g, on_statement);
  unsigned char *uri = raptor_uri_filename_to_uri_string(path);
  raptor_uri *u = raptor_new_uri(world, uri);
  ck_assert_int_eq(raptor_parser_parse_file(p, u, NULL), 0);
  raptor_free_uri(u);
  raptor_free_memory(uri);
  raptor_free_parser(p);
  raptor_free_world(world);
  ck_assert_uint_gt(g->n, 0);
}

static void graph_free(graph *g) {
  for (size_t i = 0; i < g->n; i++) free(g->v[i].s), free(g->v[i].p), free(g->v[i].o);
  free(g->v);
}

static int has(const graph *g, const char *s, const char *p, const char *o) {
  for (size_t i = 0; i < g->n; i++)
    if (!strcmp(g->v[i].s, s) && !strcmp(g->v[i].p, p) && !strcmp(g->v[i].o, o)) return 1;
  return 0;
}

/* The object of S P, or NULL. */
static const char *object(const graph *g, const char *s, const char *p) {
  for (size_t i = 0; i < g->n; i++)
    if (!strcmp(g->v[i].s, s) && !strcmp(g->v[i].p, p)) return g->v[i].o;
  return NULL;
}

static char *geo(const char *local) {
  char *s = malloc(strlen(GEO) + strlen(local) + 1);
  ck_assert_ptr_nonnull(s);
  return strcat(strcpy(s, GEO), local);
}

/* Whether geo:LOCAL P O is in G. */
static int has_geo(const graph *g, const char *local, const char *p, const char *o) {
  char *s = geo(local);
  int r = has(g, s, p, o);
  free(s);
  return r;
}

/* How many statements of G have predicate P and object O. */
static size_t count(const graph *g, const char *p, const char *o) {
  size_t n = 0;
  for (size_t i = 0; i < g->n; i++)
    if (!strcmp(g->v[i].p, p) && !strcmp(g->v[i].o, o)) n++;
  return n;
}

/* Whether class C is in the rdfs:domain of property P: the domain itself,
 * or a member of its owl:unionOf list. */
static int in_domain(const graph *g, const char *p, const char *c) {
  for (size_t i = 0; i < g->n; i++) {
    if (strcmp(g->v[i].s, p) || strcmp(g->v[i].p, RDFS "domain")) continue;
    const char *d = g->v[i].o;
    if (!strcmp(d, c)) return 1;
    for (const char *l = object(g, d, OWL "unionOf"); l && strcmp(l, RDF "nil"); l = object(g, l, RDF "rest")) {
      const char *f = object(g, l, RDF "first");
      if (f && !strcmp(f, c)) return 1;
    }
  }
  return 0;
}

START_TEST(test_types_are_classes) {
  graph g;
  load_ontology(&g);
  for (int t = 0; t < GEORDF_EVENT_TYPE_COUNT; t++) {
    const char *name = gd_schema_type[t].name;
    ck_assert_msg(has_geo(&g, name, RDF "type", OWL "Class"), "geo:%s is no owl:Class", name);
    ck_assert_msg(has_geo(&g, name, RDFS "subClassOf", GEO "Event"), "geo:%s is no geo:Event", name);
  }
  /* and every event class of the ontology is a type of the table */
  ck_assert_uint_eq(count(&g, RDFS "subClassOf", GEO "Event"), GEORDF_EVENT_TYPE_COUNT);
  graph_free(&g);
}
END_TEST

START_TEST(test_roles_are_properties) {
  graph g;
  load_ontology(&g);
  for (int r = 0; r < GEORDF_ROLE_COUNT; r++) {
    char *p = geo(gd_schema_role_name[r]);
    ck_assert_msg(has(&g, p, RDF "type", OWL "ObjectProperty"), "%s is no owl:ObjectProperty", p);
    /* the types that carry the role are exactly its domain */
    for (int t = 0; t < GEORDF_EVENT_TYPE_COUNT; t++) {
      char *c = geo(gd_schema_type[t].name);
      ck_assert_msg(has_role(&gd_schema_type[t], (geordf_role)r) == in_domain(&g, p, c),
                    "%s: the table and the rdfs:domain disagree on %s", p, c);
      free(c);
    }
    free(p);
  }
  graph_free(&g);
}
END_TEST

START_TEST(test_statuses_are_concepts) {
  graph g;
  load_ontology(&g);
  for (int s = 1; s < GD_STATUS_COUNT; s++)
    ck_assert_msg(has_geo(&g, gd_schema_status_name[s], SKOS "inScheme", GEO "EventStatus"),
                  "geo:%s is not in geo:EventStatus", gd_schema_status_name[s]);
  ck_assert_uint_eq(count(&g, SKOS "inScheme", GEO "EventStatus"), GD_STATUS_COUNT - 1);
  graph_free(&g);
}
END_TEST

static Suite *schema_suite(void) {
  Suite *s = suite_create("schema");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_table_whole);
  tcase_add_test(tc, test_types_are_classes);
  tcase_add_test(tc, test_roles_are_properties);
  tcase_add_test(tc, test_statuses_are_concepts);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(schema_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
