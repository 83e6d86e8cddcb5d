/* geordf: unit tests of the RDF writer, each output re-parsed with raptor.
 * SPDX-License-Identifier: MIT */
#include "event.h"
#include "lexicon.h"
#include "rdf.h"

#include <check.h>
#include <math.h>
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GEO GEORDF_NS
#define ID GEORDF_ID_NS
#define DOCB GEORDF_DEFAULT_BASE
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define PROV_DERIVED "http://www.w3.org/ns/prov#wasDerivedFrom"
#define DCT "http://purl.org/dc/terms/"

static const geordf_format all_formats[] = {
    GEORDF_FORMAT_TURTLE, GEORDF_FORMAT_NTRIPLES, GEORDF_FORMAT_NQUADS,
    GEORDF_FORMAT_RDFXML};
static const char *const parser_name[] = {"turtle", "ntriples", "nquads", "rdfxml"};

/* raptor 2.0.15's N-Triples parser leaks the datatype IRI of typed literals
 * (and so the world's concept IRIs); these hooks tell LeakSanitizer
 * (sanitizer builds) that leaks under reparse_output() are not the writer's.
 * The slow unwinder sees through libraptor2, built without frame pointers.
 * Freed memory is scribbled over, so that a term the writer freed too early
 * breaks the output even though libraptor2 (not instrumented) reads it. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) { return "leak:reparse_output\n"; }
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) { return "print_suppressions=0"; }
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
  return "fast_unwind_on_malloc=0:max_free_fill_size=4096:free_fill_byte=171";
}

/* ---- parsing back -------------------------------------------------------- */

typedef struct {
  char *s, *p, *o, *dt, *g;  /* o: IRI or literal text; dt "" when none */
  size_t olen;
  int lit;
} triple;

typedef struct {
  triple *v;
  size_t n, cap;
  int errors;    /* parser errors and warnings */
  int bnodes;    /* blank nodes seen */
} graph;

static char *term_text(const raptor_term *t, size_t *len, graph *gr) {
  const unsigned char *s = (const unsigned char *)"";
  size_t n = 0;
  if (!t) { *len = 0; return strdup(""); }
  if (t->type == RAPTOR_TERM_TYPE_URI) {
    s = raptor_uri_as_counted_string(t->value.uri, &n);
  } else if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
    s = t->value.literal.string;
    n = t->value.literal.string_len;
  } else {
    gr->bnodes++;
    s = t->value.blank.string;
    n = t->value.blank.string_len;
  }
  char *r = malloc(n + 1);
  ck_assert_ptr_nonnull(r);
  memcpy(r, s, n);
  r[n] = '\0';
  *len = n;
  return r;
}

static void on_statement(void *user, raptor_statement *st) {
  graph *gr = user;
  size_t n;
  if (gr->n == gr->cap) {
    gr->cap = gr->cap ? gr->cap * 2 : 64;
    gr->v = realloc(gr->v, gr->cap * sizeof *gr->v);
    ck_assert_ptr_nonnull(gr->v);
  }
  triple *t = &gr->v[gr->n++];
  t->s = term_text(st->subject, &n, gr);
  t->p = term_text(st->predicate, &n, gr);
  t->o = term_text(st->object, &t->olen, gr);
  t->lit = st->object->type == RAPTOR_TERM_TYPE_LITERAL;
  t->dt = strdup(t->lit && st->object->value.literal.datatype
                     ? (const char *)raptor_uri_as_string(st->object->value.literal.datatype)
                     : "");
  t->g = term_text(st->graph, &n, gr);
}

static void on_log(void *user, raptor_log_message *m) {
  graph *gr = user;
  if (m->level >= RAPTOR_LOG_LEVEL_WARN) {
    fprintf(stderr, "raptor: %s\n", m->text);
    gr->errors++;
  }
}

/* Parses BUF as FORMAT into GR (cleared first). */
static void reparse_output(graph *gr, geordf_format format, const char *buf, size_t len) {
  memset(gr, 0, sizeof *gr);
  raptor_world *world = raptor_new_world();
  ck_assert_ptr_nonnull(world);
  raptor_world_set_log_handler(world, gr, on_log);
  ck_assert_int_eq(raptor_world_open(world), 0);
  raptor_parser *p = raptor_new_parser(world, parser_name[format]);
  ck_assert_ptr_nonnull(p);
  raptor_parser_set_statement_handler(p, gr, on_statement);
  /* a base no output IRI should ever be resolved against */
  raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"http://base.invalid/");
  ck_assert_int_eq(raptor_parser_parse_start(p, base), 0);
  int rc = raptor_parser_parse_chunk(p, (const unsigned char *)buf, len, 1);
  ck_assert_msg(rc == 0 && gr->errors == 0, "%s output does not re-parse:\n%s",
                parser_name[format], buf);
  ck_assert_int_eq(gr->bnodes, 0);
  for (size_t i = 0; i < gr->n; i++)
    ck_assert_msg(strncmp(gr->v[i].s, "http://base.invalid/", 20) != 0,
                  "relative IRI %s", gr->v[i].s);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(world);
}

static void graph_free(graph *gr) {
  for (size_t i = 0; i < gr->n; i++) {
    free(gr->v[i].s); free(gr->v[i].p); free(gr->v[i].o);
    free(gr->v[i].dt); free(gr->v[i].g);
  }
  free(gr->v);
  memset(gr, 0, sizeof *gr);
}

/* The only object of S P, or NULL (fails when there are several). */
static const triple *find1(const graph *gr, const char *s, const char *p) {
  const triple *hit = NULL;
  for (size_t i = 0; i < gr->n; i++)
    if (!strcmp(gr->v[i].s, s) && !strcmp(gr->v[i].p, p)) {
      ck_assert_msg(hit == NULL || !strcmp(hit->o, gr->v[i].o),
                    "several values of %s %s", s, p);
      hit = &gr->v[i];
    }
  return hit;
}

static int has(const graph *gr, const char *s, const char *p, const char *o) {
  for (size_t i = 0; i < gr->n; i++)
    if (!strcmp(gr->v[i].s, s) && !strcmp(gr->v[i].p, p) && !strcmp(gr->v[i].o, o))
      return 1;
  return 0;
}

static size_t count_subject(const graph *gr, const char *s) {
  size_t n = 0;
  for (size_t i = 0; i < gr->n; i++) n += !strcmp(gr->v[i].s, s);
  return n;
}

/* Asserts S P is the literal VALUE of datatype DT ("" for a plain string). */
static void check_lit(const graph *gr, const char *s, const char *p,
                      const char *value, const char *dt) {
  const triple *t = find1(gr, s, p);
  ck_assert_msg(t != NULL, "no %s %s", s, p);
  ck_assert(t->lit);
  ck_assert_str_eq(t->o, value);
  ck_assert_uint_eq(t->olen, strlen(value));
  ck_assert_str_eq(t->dt, dt);
}

/* ---- writing ------------------------------------------------------------- */

typedef struct { const geordf_document *doc; const geordf_events *evs; } item;

/* Writes the documents with one writer and returns the output (caller
 * frees). */
static char *write_all(geordf_format format, const item *items, size_t n, size_t *len) {
  FILE *fh = tmpfile();
  ck_assert_ptr_nonnull(fh);
  geordf_writer *w;
  ck_assert_int_eq(geordf_writer_new(&w, fh, format, NULL), GEORDF_OK);
  for (size_t i = 0; i < n; i++)
    ck_assert_int_eq(geordf_writer_write(w, items[i].doc, items[i].evs), GEORDF_OK);
  ck_assert_int_eq(geordf_writer_finish(w), GEORDF_OK);
  geordf_writer_free(w);
  long size = ftell(fh);
  ck_assert_int_ge(size, 0);
  char *buf = malloc((size_t)size + 1);
  ck_assert_ptr_nonnull(buf);
  rewind(fh);
  ck_assert_uint_eq(fread(buf, 1, (size_t)size, fh), (size_t)size);
  buf[size] = '\0';
  fclose(fh);
  *len = (size_t)size;
  return buf;
}

static void roundtrip(graph *gr, geordf_format format, const item *items, size_t n) {
  size_t len;
  char *buf = write_all(format, items, n, &len);
  reparse_output(gr, format, buf, len);
  free(buf);
}

/* ---- the fixture --------------------------------------------------------- */

/* Text with multibyte characters before the sentences, CRLF, a lone CR, a
 * NUL and a control character inside the second sentence. */
static const char text[] =
    "\xC3\x9Cn\xC3\xAF \xF0\x9F\x98\x80 intro.\r\n"      /* "Üni 😀 intro." */
    "Putin \"visited\" Iran \\ > \x00\x01 today.\rEnd.";
#define TEXT_LEN (sizeof text - 1)
#define S0_B 0
#define S0_E 17      /* bytes of "Üni 😀 intro." */
#define S1_B 19
#define S1_E (TEXT_LEN - 5)

static const char *const doc1_id = "doc 1#\xC3\xA9/%";
#define D1 DOCB "doc%201%23%C3%A9%2F%25"
static const char *const hostile =
    "T \"q\" \\ > \"\"\" ; . <x> \r\nline\rcr\x01\x7F" "bad\xFF" "end";
static const char *const hostile_clean =
    "T \"q\" \\ > \"\"\" ; . <x> \nline\ncrbad\xEF\xBF\xBD" "end";

typedef struct {
  geordf_lexicon *lex;
  geordf_events *evs;
  geordf_document doc1, doc2;
} fixture;

static geordf_entity *ent(geordf_lexicon *lex, const char *iri, const char *label,
                          const char *qid, gd_kind kind) {
  geordf_entity *e = gd_lexicon_add_entity(lex, iri, label, qid, kind);
  ck_assert_ptr_nonnull(e);
  return e;
}

static void fixture_init(fixture *f) {
  memset(f, 0, sizeof *f);
  ck_assert_int_eq(geordf_lexicon_new(&f->lex), GEORDF_OK);
  geordf_entity *putin = ent(f->lex, ID "Vladimir_Putin", "Vladimir Putin", "Q7747", GD_KIND_PERSON);
  geordf_entity *irn = ent(f->lex, ID "IRN", hostile, "Q794", GD_KIND_COUNTRY);
  geordf_entity *rus = ent(f->lex, ID "RUS", "Russia", "Q159", GD_KIND_COUNTRY);
  geordf_entity *s400 = ent(f->lex, ID "S-400", "S-400", NULL, GD_KIND_WEAPON);
  geordf_entity *bad = ent(f->lex, ID "Bad Name<\"x\">", "Bad", "not-a-qid", GD_KIND_ORG);
  geordf_entity *unused = ent(f->lex, ID "Unused", "Unused", NULL, GD_KIND_PERSON);

  f->evs = gd_events_new();
  ck_assert_ptr_nonnull(f->evs);
  geordf_event *ev = gd_events_add(f->evs, GEORDF_VISIT);
  ck_assert_ptr_nonnull(ev);
  gd_event_fill(ev, GEORDF_ROLE_VISITOR, putin);
  gd_event_fill(ev, GEORDF_ROLE_DESTINATION, irn);
  ev->planned = 1;
  strcpy(ev->date, "2015-11-23");
  ev->confidence = 1.0;
  ck_assert_int_eq(gd_event_add_evidence(ev, S1_B, S1_E), 0);

  ev = gd_events_add(f->evs, GEORDF_ARMSDEAL);
  ck_assert_ptr_nonnull(ev);
  gd_event_fill(ev, GEORDF_ROLE_SUPPLIER, rus);
  gd_event_fill(ev, GEORDF_ROLE_RECIPIENT, irn);
  gd_event_fill(ev, GEORDF_ROLE_ITEM, s400);
  ck_assert_int_eq(gd_event_set_item(ev, hostile, strlen(hostile)), 0);
  ev->status = GEORDF_STATUS_PLEDGED;
  ev->negated = 1;
  strcpy(ev->date, "2015-11");
  ev->confidence = 0.854;
  ck_assert_int_eq(gd_event_add_evidence(ev, S1_B, S1_E), 0);
  ck_assert_int_eq(gd_event_add_evidence(ev, S0_B, S0_E), 0);

  ev = gd_events_add(f->evs, GEORDF_SANCTION);
  ck_assert_ptr_nonnull(ev);
  gd_event_fill(ev, GEORDF_ROLE_IMPOSER, bad);
  gd_event_fill(ev, GEORDF_ROLE_TARGET, rus);
  gd_event_fill(ev, GEORDF_ROLE_VISITOR, unused);  /* not a Sanction role */
  strcpy(ev->date, "2015");
  ev->confidence = NAN;

  f->doc1 = (geordf_document){doc1_id, "2015-11-24", hostile, text, TEXT_LEN,
                              "https://example.org/a?b=1&c=%C3%A9#top"};
  f->doc2 = (geordf_document){"doc2", NULL, NULL, "", 0, NULL};
}

static void fixture_free(fixture *f) {
  geordf_events_free(f->evs);
  geordf_lexicon_free(f->lex);
}

/* Statements of doc1: document 5, two sentences 12, events 8 + 11 + 7,
 * entities 3 + 3 + 3 + 2 + 2. */
#define DOC1_STATEMENTS 56

/* ---- tests --------------------------------------------------------------- */

START_TEST(test_model_every_format) {
  fixture f;
  fixture_init(&f);
  geordf_format fmt = all_formats[_i];
  item it = {&f.doc1, f.evs};
  graph gr;
  roundtrip(&gr, fmt, &it, 1);
  ck_assert_uint_eq(gr.n, DOC1_STATEMENTS);

  /* the document */
  ck_assert(has(&gr, D1, RDF_TYPE, GEO "Document"));
  check_lit(&gr, D1, DCT "identifier", doc1_id, "");
  check_lit(&gr, D1, DCT "title", hostile_clean, "");
  check_lit(&gr, D1, DCT "date", "2015-11-24", XSD "date");
  ck_assert(has(&gr, D1, "http://schema.org/url", "https://example.org/a?b=1&c=%C3%A9#top"));

  /* evidence sentences, in code points: "Üni 😀 intro." is 12 long,
   * then CR LF, then 34 characters */
  const char *s0 = D1 "#char=0,12";
  const char *s1 = D1 "#char=14,48";
  ck_assert(has(&gr, s0, RDF_TYPE, NIF "Sentence"));
  check_lit(&gr, s0, NIF "beginIndex", "0", XSD "nonNegativeInteger");
  check_lit(&gr, s0, NIF "endIndex", "12", XSD "nonNegativeInteger");
  check_lit(&gr, s0, NIF "anchorOf", "\xC3\x9Cn\xC3\xAF \xF0\x9F\x98\x80 intro.", "");
  check_lit(&gr, s1, NIF "beginIndex", "14", XSD "nonNegativeInteger");
  check_lit(&gr, s1, NIF "anchorOf", "Putin \"visited\" Iran \\ >  today.", "");
  ck_assert(has(&gr, s1, NIF "referenceContext", D1));
  ck_assert(has(&gr, s1, PROV_DERIVED, D1));

  /* events */
  const char *e1 = D1 "#event-1", *e2 = D1 "#event-2", *e3 = D1 "#event-3";
  ck_assert(has(&gr, e1, RDF_TYPE, GEO "Visit"));
  ck_assert(has(&gr, e1, GEO "visitor", ID "Vladimir_Putin"));
  ck_assert(has(&gr, e1, GEO "destination", ID "IRN"));
  check_lit(&gr, e1, GEO "planned", "true", XSD "boolean");
  check_lit(&gr, e1, GEO "date", "2015-11-23", XSD "date");
  ck_assert(has(&gr, e1, GEO "polarity", GEO "Positive"));
  check_lit(&gr, e1, GEO "confidence", "1.0", XSD "decimal");
  ck_assert(has(&gr, e1, PROV_DERIVED, s1));
  ck_assert(find1(&gr, e1, GEO "status") == NULL);

  ck_assert(has(&gr, e2, RDF_TYPE, GEO "ArmsDeal"));
  ck_assert(has(&gr, e2, GEO "item", ID "S-400"));
  check_lit(&gr, e2, GEO "itemDescription", hostile_clean, "");
  ck_assert(has(&gr, e2, GEO "status", GEO "Pledged"));
  ck_assert(has(&gr, e2, GEO "polarity", GEO "Negative"));
  check_lit(&gr, e2, GEO "date", "2015-11", XSD "gYearMonth");
  check_lit(&gr, e2, GEO "confidence", "0.85", XSD "decimal");
  ck_assert(has(&gr, e2, PROV_DERIVED, s0) && has(&gr, e2, PROV_DERIVED, s1));
  ck_assert(find1(&gr, e2, GEO "planned") == NULL);

  /* NaN confidence is written as 0.0; no evidence: derived from D */
  check_lit(&gr, e3, GEO "date", "2015", XSD "gYear");
  check_lit(&gr, e3, GEO "confidence", "0.0", XSD "decimal");
  ck_assert(has(&gr, e3, PROV_DERIVED, D1));
  ck_assert(has(&gr, e3, GEO "imposer", ID "Bad%20Name%3C%22x%22%3E"));
  ck_assert(find1(&gr, e3, GEO "visitor") == NULL);
  ck_assert_uint_eq(count_subject(&gr, ID "Unused"), 0);

  /* entities, once each */
  ck_assert(has(&gr, ID "IRN", RDF_TYPE, GEO "Country"));
  check_lit(&gr, ID "IRN", "http://www.w3.org/2000/01/rdf-schema#label", hostile_clean, "");
  ck_assert(has(&gr, ID "IRN", "http://www.w3.org/2002/07/owl#sameAs",
                "http://www.wikidata.org/entity/Q794"));
  ck_assert_uint_eq(count_subject(&gr, ID "IRN"), 3);
  ck_assert(has(&gr, ID "Vladimir_Putin", RDF_TYPE, GEO "Person"));
  ck_assert(has(&gr, ID "S-400", RDF_TYPE, GEO "WeaponSystem"));
  ck_assert_uint_eq(count_subject(&gr, ID "S-400"), 2);
  ck_assert_uint_eq(count_subject(&gr, ID "Bad%20Name%3C%22x%22%3E"), 2);

  /* N-Quads put every statement in the document's graph */
  for (size_t i = 0; i < gr.n; i++)
    ck_assert_str_eq(gr.v[i].g, fmt == GEORDF_FORMAT_NQUADS ? D1 : "");
  graph_free(&gr);
  fixture_free(&f);
}
END_TEST

/* Documents without events are the document node alone. */
START_TEST(test_document_only) {
  fixture f;
  fixture_init(&f);
  geordf_events *none = gd_events_new();
  item items[2] = {{&f.doc2, NULL}, {&f.doc2, none}};
  graph gr;
  roundtrip(&gr, all_formats[_i], items, 2);
  ck_assert_uint_eq(gr.n, 4);
  ck_assert(has(&gr, DOCB "doc2", RDF_TYPE, GEO "Document"));
  check_lit(&gr, DOCB "doc2", DCT "identifier", "doc2", "");
  graph_free(&gr);
  geordf_events_free(none);
  fixture_free(&f);
}
END_TEST

/* Several documents: per-document Turtle concatenated is one Turtle
 * stream, RDF/XML is one XML document. */
START_TEST(test_two_documents) {
  fixture f;
  fixture_init(&f);
  item items[2] = {{&f.doc1, f.evs}, {&f.doc2, NULL}};
  graph gr;
  roundtrip(&gr, all_formats[_i], items, 2);
  ck_assert_uint_eq(gr.n, DOC1_STATEMENTS + 2);
  ck_assert(has(&gr, D1, RDF_TYPE, GEO "Document"));
  ck_assert(has(&gr, DOCB "doc2", RDF_TYPE, GEO "Document"));
  graph_free(&gr);
  fixture_free(&f);
}
END_TEST

START_TEST(test_rdfxml_single_document) {
  fixture f;
  fixture_init(&f);
  item items[2] = {{&f.doc1, f.evs}, {&f.doc2, NULL}};
  size_t len;
  char *buf = write_all(GEORDF_FORMAT_RDFXML, items, 2, &len);
  const char *first = strstr(buf, "<rdf:RDF");
  ck_assert_ptr_nonnull(first);
  ck_assert_ptr_null(strstr(first + 1, "<rdf:RDF"));
  ck_assert_ptr_null(strstr(buf + 1, "<?xml"));
  free(buf);
  /* no document at all is still one (empty) XML document */
  graph gr;
  roundtrip(&gr, GEORDF_FORMAT_RDFXML, NULL, 0);
  ck_assert_uint_eq(gr.n, 0);
  graph_free(&gr);
  fixture_free(&f);
}
END_TEST

/* Turtle declares its prefixes once, however many documents follow, and
 * with no document at all is the declarations alone. */
START_TEST(test_turtle_prefixes_once) {
  fixture f;
  fixture_init(&f);
  item items[3] = {{&f.doc1, f.evs}, {&f.doc2, NULL}, {&f.doc1, NULL}};
  size_t len;
  char *buf = write_all(GEORDF_FORMAT_TURTLE, items, 3, &len);
  const char *first = strstr(buf, "@prefix rdf:");
  ck_assert_ptr_eq(first, buf);
  ck_assert_ptr_null(strstr(first + 1, "@prefix rdf:"));
  free(buf);
  graph gr;
  roundtrip(&gr, GEORDF_FORMAT_TURTLE, items, 2);
  ck_assert_uint_eq(gr.n, DOC1_STATEMENTS + 2);
  graph_free(&gr);
  buf = write_all(GEORDF_FORMAT_TURTLE, NULL, 0, &len);
  ck_assert_ptr_eq(strstr(buf, "@prefix rdf:"), buf);
  free(buf);
  roundtrip(&gr, GEORDF_FORMAT_TURTLE, NULL, 0);
  ck_assert_uint_eq(gr.n, 0);
  graph_free(&gr);
  fixture_free(&f);
}
END_TEST

/* Confidence is canonical xsd:decimal with a fractional digit, clamped. */
START_TEST(test_confidence) {
  static const struct { double in; const char *out; } cases[] = {
      {1.0, "1.0"}, {0.999, "1.0"}, {2.5, "1.0"}, {INFINITY, "1.0"},
      {0.5, "0.5"}, {0.05, "0.05"}, {0.854, "0.85"}, {0.0, "0.0"},
      {-1.0, "0.0"}, {-INFINITY, "0.0"}, {NAN, "0.0"}};
  size_t n = sizeof cases / sizeof cases[0];
  geordf_events *evs = gd_events_new();
  ck_assert_ptr_nonnull(evs);
  for (size_t i = 0; i < n; i++) {
    geordf_event *ev = gd_events_add(evs, GEORDF_ALLIANCE);
    ck_assert_ptr_nonnull(ev);
    ev->confidence = cases[i].in;
  }
  geordf_document doc = {"c", NULL, NULL, "", 0, NULL};
  item it = {&doc, evs};
  graph gr;
  roundtrip(&gr, all_formats[_i], &it, 1);
  for (size_t i = 0; i < n; i++) {
    char iri[64];
    snprintf(iri, sizeof iri, DOCB "c#event-%zu", i + 1);
    check_lit(&gr, iri, GEO "confidence", cases[i].out, XSD "decimal");
  }
  graph_free(&gr);
  geordf_events_free(evs);
}
END_TEST

/* Invalid dates are left out rather than written with a wrong type. */
START_TEST(test_bad_dates_skipped) {
  static const char *const bad[] = {"2015-13", "2015-02-29", "15", "2015-1-1", "abcd"};
  geordf_events *evs = gd_events_new();
  for (size_t i = 0; i < 5; i++) {
    geordf_event *ev = gd_events_add(evs, GEORDF_ALLIANCE);
    ck_assert_ptr_nonnull(ev);
    strcpy(ev->date, bad[i]);
  }
  geordf_event *leap = gd_events_add(evs, GEORDF_ALLIANCE);
  strcpy(leap->date, "2016-02-29");
  geordf_document doc = {"d", "2015-02-30", NULL, "", 0, NULL};
  geordf_document doc2 = {"e", "2015-11-24T10:00:00Z", NULL, "", 0, NULL};
  item items[2] = {{&doc, evs}, {&doc2, NULL}};
  graph gr;
  roundtrip(&gr, all_formats[_i], items, 2);
  ck_assert(find1(&gr, DOCB "d", DCT "date") == NULL);
  check_lit(&gr, DOCB "e", DCT "date", "2015-11-24", XSD "date");
  for (size_t i = 0; i < 5; i++) {
    char iri[64];
    snprintf(iri, sizeof iri, DOCB "d#event-%zu", i + 1);
    ck_assert(find1(&gr, iri, GEO "date") == NULL);
  }
  check_lit(&gr, DOCB "d#event-6", GEO "date", "2016-02-29", XSD "date");
  graph_free(&gr);
  geordf_events_free(evs);
}
END_TEST

/* A url that is not a safe absolute IRI becomes a dcterms:source literal. */
START_TEST(test_unsafe_url) {
  static const char *const urls[] = {
      "https://example.org/a b", "https://example.org/<x>", "example.org/page",
      "https://example.org/100%", "https://example.org/\"q\"", "http://x/\xFF"};
  for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++) {
    geordf_document doc = {"u", NULL, NULL, "", 0, urls[i]};
    item it = {&doc, NULL};
    graph gr;
    roundtrip(&gr, all_formats[_i], &it, 1);
    ck_assert(find1(&gr, DOCB "u", "http://schema.org/url") == NULL);
    const triple *t = find1(&gr, DOCB "u", DCT "source");
    ck_assert_ptr_nonnull(t);
    ck_assert(t->lit);
    graph_free(&gr);
  }
}
END_TEST

/* IRIs whose local names are awkward for Turtle prefixed names survive. */
START_TEST(test_awkward_entity_iris) {
  static const char *const iris[] = {
      ID "U.S.", ID "1st", ID "a:b", ID "x%41", ID "trail-", ID "-lead", ID "_u",
      ID "\xC3\xA9t\xC3\xA9", ID "a.b", ID "q?x=1", ID "", ID "a~b", ID "a(b)", ID "a,b;c"};
  size_t n = sizeof iris / sizeof iris[0];
  geordf_lexicon *lex;
  ck_assert_int_eq(geordf_lexicon_new(&lex), GEORDF_OK);
  geordf_events *evs = gd_events_new();
  geordf_event *ev = gd_events_add(evs, GEORDF_ALLIANCE);
  for (size_t i = 0; i < n; i++) {
    geordf_entity *e = ent(lex, iris[i], "x", NULL, GD_KIND_COUNTRY);
    if (i > 0 && i % GD_MAX_FILL == 0) ev = gd_events_add(evs, GEORDF_ALLIANCE);
    ck_assert_int_eq(gd_event_fill(ev, GEORDF_ROLE_PARTY, e), 0);
  }
  geordf_document doc = {"a", NULL, NULL, "", 0, NULL};
  item it = {&doc, evs};
  graph gr;
  roundtrip(&gr, all_formats[_i], &it, 1);
  for (size_t i = 0; i < n; i++)
    ck_assert_msg(has(&gr, iris[i], RDF_TYPE, GEO "Country"), "lost %s", iris[i]);
  graph_free(&gr);
  geordf_events_free(evs);
  geordf_lexicon_free(lex);
}
END_TEST

/* Document ids are percent-encoded byte by byte. */
START_TEST(test_document_iri) {
  geordf_document doc = {"A z-._~!*'();:@&=+$,/?#[]%\xE2\x80\x8F\xD7\x90", NULL,
                         NULL, "", 0, NULL};
  item it = {&doc, NULL};
  graph gr;
  roundtrip(&gr, all_formats[_i], &it, 1);
  const char *d = DOCB "A%20z-._~%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D%25"
                       "%E2%80%8F%D7%90";
  ck_assert(has(&gr, d, RDF_TYPE, GEO "Document"));
  check_lit(&gr, d, DCT "identifier", doc.id, "");
  graph_free(&gr);
}
END_TEST

/* Offsets out of range or reversed are clamped, never read past the text. */
START_TEST(test_bad_spans) {
  geordf_events *evs = gd_events_new();
  geordf_event *ev = gd_events_add(evs, GEORDF_VISIT);
  gd_event_add_evidence(ev, 2, 1000);
  gd_event_add_evidence(ev, 9, 3);
  gd_event_add_evidence(ev, 1, 2);  /* inside "é": half a character */
  geordf_document doc = {"s", NULL, NULL, "h\xC3\xA9llo", 6, NULL};
  item it = {&doc, evs};
  graph gr;
  roundtrip(&gr, all_formats[_i], &it, 1);
  /* a byte offset inside a character counts that character as passed */
  check_lit(&gr, DOCB "s#char=2,5", NIF "anchorOf", "\xEF\xBF\xBDllo", "");
  check_lit(&gr, DOCB "s#char=2,2", NIF "anchorOf", "", "");
  check_lit(&gr, DOCB "s#char=1,2", NIF "anchorOf", "\xEF\xBF\xBD", "");
  graph_free(&gr);
  geordf_events_free(evs);
}
END_TEST

/* The writer keeps the terms of IRIs that repeat across documents and lets
 * them go between documents once it holds a few thousand (extracted people
 * mint IRIs of their own): every document still links to its own entities
 * and writes them, and one entity seen in every document is written in
 * every document. */
START_TEST(test_many_entities) {
  enum { NDOCS = 400, NEW = GD_MAX_FILL - 1 }; /* new people per document */
  geordf_lexicon *lex;
  ck_assert_int_eq(geordf_lexicon_new(&lex), GEORDF_OK);
  geordf_entity *rus = ent(lex, ID "RUS", "Russia", "Q159", GD_KIND_COUNTRY);
  geordf_events **evs = calloc(NDOCS, sizeof *evs);
  geordf_document *docs = calloc(NDOCS, sizeof *docs);
  item *items = calloc(NDOCS, sizeof *items);
  char (*ids)[16] = calloc(NDOCS, sizeof *ids);
  ck_assert(evs && docs && items && ids);
  for (size_t i = 0; i < NDOCS; i++) {
    evs[i] = gd_events_new();
    geordf_event *ev = gd_events_add(evs[i], GEORDF_ALLIANCE);
    ck_assert_ptr_nonnull(ev);
    for (size_t k = i * NEW; k < (i + 1) * NEW; k++) {
      char iri[64], label[32], qid[16];
      snprintf(iri, sizeof iri, ID "P%zu", k);
      snprintf(label, sizeof label, "Person %zu", k);
      snprintf(qid, sizeof qid, "Q%zu", 1000 + k);
      ck_assert_int_eq(gd_event_fill(ev, GEORDF_ROLE_PARTY,
                                     ent(lex, iri, label, qid, GD_KIND_PERSON)), 0);
    }
    ck_assert_int_eq(gd_event_fill(ev, GEORDF_ROLE_PARTY, rus), 0);
    snprintf(ids[i], sizeof ids[i], "d%zu", i);
    docs[i] = (geordf_document){ids[i], NULL, NULL, "", 0, NULL};
    items[i] = (item){&docs[i], evs[i]};
  }
  graph gr;
  roundtrip(&gr, GEORDF_FORMAT_NTRIPLES, items, NDOCS);
  /* per document: 2 document, 4 + GD_MAX_FILL event, GD_MAX_FILL * 3 entity
   * statements */
  ck_assert_uint_eq(gr.n, (size_t)NDOCS * (6 + 4 * GD_MAX_FILL));
  size_t parties = 0, labels = 0, sameas = 0, rus_labels = 0;
  for (size_t t = 0; t < gr.n; t++) {
    const triple *x = &gr.v[t];
    size_t i, k;
    char want[64];
    if (!strcmp(x->p, GEO "party")) {
      ck_assert_int_eq(sscanf(x->s, DOCB "d%zu#event-1", &i), 1);
      parties++;
      if (!strcmp(x->o, ID "RUS")) continue;
      ck_assert_int_eq(sscanf(x->o, ID "P%zu", &k), 1);
      ck_assert_msg(k / NEW == i, "%s links to %s", x->s, x->o);
    } else if (!strcmp(x->p, "http://www.w3.org/2000/01/rdf-schema#label")) {
      labels++;
      if (!strcmp(x->s, ID "RUS")) { rus_labels++; continue; }
      ck_assert_int_eq(sscanf(x->s, ID "P%zu", &k), 1);
      snprintf(want, sizeof want, "Person %zu", k);
      ck_assert_str_eq(x->o, want);
    } else if (!strcmp(x->p, "http://www.w3.org/2002/07/owl#sameAs") &&
               strcmp(x->s, ID "RUS")) {
      sameas++;
      ck_assert_int_eq(sscanf(x->s, ID "P%zu", &k), 1);
      snprintf(want, sizeof want, "http://www.wikidata.org/entity/Q%zu", 1000 + k);
      ck_assert_str_eq(x->o, want);
    }
  }
  ck_assert_uint_eq(parties, (size_t)NDOCS * (NEW + 1));
  ck_assert_uint_eq(labels, (size_t)NDOCS * (NEW + 1));
  ck_assert_uint_eq(rus_labels, NDOCS);
  ck_assert_uint_eq(sameas, (size_t)NDOCS * NEW);
  graph_free(&gr);
  for (size_t i = 0; i < NDOCS; i++) geordf_events_free(evs[i]);
  free(evs);
  free(docs);
  free(items);
  free(ids);
  geordf_lexicon_free(lex);
}
END_TEST

/* A buffer writer (one per thread under --jobs) gives, between its frame's
 * head and tail, the bytes a stream writer writes, NUL-terminated. */
START_TEST(test_buffer_writer) {
  fixture f;
  fixture_init(&f);
  geordf_format fmt = all_formats[_i];
  item items[2] = {{&f.doc1, f.evs}, {&f.doc2, NULL}};
  size_t want_len;
  char *want = write_all(fmt, items, 2, &want_len);

  geordf_writer *w;
  ck_assert_int_eq(gd_writer_new_buffer(&w, fmt, NULL), GEORDF_OK);
  const char *head, *tail;
  size_t head_len, tail_len, len;
  gd_writer_frame(w, &head, &head_len, &tail, &tail_len);
  char *got = malloc(want_len + 1);
  ck_assert_ptr_nonnull(got);
  ck_assert_uint_le(head_len, want_len);
  memcpy(got, head, head_len);
  size_t n = head_len;
  /* the first document through the buffer, the second through a swap */
  ck_assert_int_eq(geordf_writer_write(w, &f.doc1, f.evs), GEORDF_OK);
  const char *b = gd_writer_buffer(w, &len);
  ck_assert_uint_eq(strlen(b), len);
  ck_assert_uint_le(n + len, want_len);
  memcpy(got + n, b, len);
  n += len;
  gd_writer_buffer_clear(w);
  ck_assert_uint_eq(strlen(gd_writer_buffer(w, &len)), 0);
  ck_assert_uint_eq(len, 0);
  ck_assert_int_eq(geordf_writer_write(w, &f.doc2, NULL), GEORDF_OK);
  char *s = NULL;
  size_t cap = 0;
  len = gd_writer_buffer_swap(w, &s, &cap);
  ck_assert_uint_le(n + len + tail_len, want_len);
  memcpy(got + n, s, len);
  n += len;
  memcpy(got + n, tail, tail_len);
  n += tail_len;
  ck_assert_uint_eq(n, want_len);
  ck_assert_int_eq(memcmp(got, want, n), 0);
  /* the writer goes on with an empty buffer of its own */
  gd_writer_buffer(w, &len);
  ck_assert_uint_eq(len, 0);
  ck_assert_int_eq(geordf_writer_write(w, &f.doc2, NULL), GEORDF_OK);
  b = gd_writer_buffer(w, &len);
  ck_assert_uint_gt(len, 0);
  ck_assert_uint_eq(strlen(b), len);
  free(s);
  free(got);
  free(want);
  geordf_writer_free(w);
  fixture_free(&f);
}
END_TEST

/* A sink writer hands over the statements an N-Quads writer writes, in the
 * same order, each in its document's graph; a sink that refuses one fails
 * the document. */
static int sink_collect(const raptor_statement *st, void *payload) {
  on_statement(payload, (raptor_statement *)st);
  return 0;
}

static int sink_refuse_third(const raptor_statement *st, void *payload) {
  (void)st;
  return ++*(int *)payload == 3;
}

START_TEST(test_sink_writer) {
  fixture f;
  fixture_init(&f);
  item items[2] = {{&f.doc1, f.evs}, {&f.doc2, NULL}};
  graph want;
  roundtrip(&want, GEORDF_FORMAT_NQUADS, items, 2);
  ck_assert_uint_gt(want.n, 10);

  raptor_world *world = raptor_new_world();
  ck_assert_ptr_nonnull(world);
  ck_assert_int_eq(raptor_world_open(world), 0);
  graph got;
  memset(&got, 0, sizeof got);
  geordf_writer *w;
  ck_assert_int_eq(gd_writer_new_sink(&w, world, NULL, sink_collect, &got), GEORDF_OK);
  ck_assert_int_eq(geordf_writer_write(w, &f.doc1, f.evs), GEORDF_OK);
  ck_assert_int_eq(geordf_writer_write(w, &f.doc2, NULL), GEORDF_OK);
  ck_assert_int_eq(geordf_writer_finish(w), GEORDF_OK);
  geordf_writer_free(w);
  ck_assert_uint_eq(got.n, want.n);
  for (size_t i = 0; i < got.n; i++) {
    const triple *a = &got.v[i], *b = &want.v[i];
    ck_assert_str_eq(a->s, b->s);
    ck_assert_str_eq(a->p, b->p);
    ck_assert_uint_eq(a->olen, b->olen);
    ck_assert_int_eq(memcmp(a->o, b->o, a->olen), 0);
    ck_assert_str_eq(a->dt, b->dt);
    ck_assert_int_eq(a->lit, b->lit);
    ck_assert_str_eq(a->g, b->g);
  }
  ck_assert_str_eq(got.v[0].g, D1);
  ck_assert_str_eq(got.v[got.n - 1].g, DOCB "doc2");

  int seen = 0;
  ck_assert_int_eq(gd_writer_new_sink(&w, world, NULL, sink_refuse_third, &seen), GEORDF_OK);
  ck_assert_int_eq(geordf_writer_write(w, &f.doc1, f.evs), GEORDF_ERR_RDF);
  geordf_writer_free(w);
  ck_assert_int_ge(seen, 3);
  /* no world or no sink */
  ck_assert_int_eq(gd_writer_new_sink(&w, NULL, NULL, sink_collect, &got), GEORDF_ERR_ARG);
  ck_assert_ptr_null(w);
  ck_assert_int_eq(gd_writer_new_sink(&w, world, NULL, NULL, NULL), GEORDF_ERR_ARG);
  raptor_free_world(world);
  graph_free(&got);
  graph_free(&want);
  fixture_free(&f);
}
END_TEST

START_TEST(test_arguments) {
  geordf_writer *w = (geordf_writer *)1;
  FILE *fh = tmpfile();
  ck_assert_ptr_nonnull(fh);
  ck_assert_int_eq(geordf_writer_new(&w, NULL, GEORDF_FORMAT_TURTLE, NULL), GEORDF_ERR_ARG);
  ck_assert_ptr_null(w);
  ck_assert_int_eq(geordf_writer_new(&w, fh, (geordf_format)99, NULL), GEORDF_ERR_ARG);
  ck_assert_int_eq(geordf_writer_new(&w, fh, GEORDF_FORMAT_TURTLE, "relative/"), GEORDF_ERR_ARG);
  ck_assert_int_eq(geordf_writer_new(&w, fh, GEORDF_FORMAT_TURTLE, "http://x/a b/"), GEORDF_ERR_ARG);
  ck_assert_int_eq(geordf_writer_new(&w, fh, GEORDF_FORMAT_TURTLE, "http://x/#"), GEORDF_ERR_ARG);
  ck_assert_int_eq(geordf_writer_new(&w, fh, GEORDF_FORMAT_NTRIPLES, "http://example.org/d/"), GEORDF_OK);
  geordf_document nodoc = {NULL, NULL, NULL, "", 0, NULL};
  geordf_document empty = {"", NULL, NULL, "", 0, NULL};
  ck_assert_int_eq(geordf_writer_write(w, NULL, NULL), GEORDF_ERR_ARG);
  ck_assert_int_eq(geordf_writer_write(w, &nodoc, NULL), GEORDF_ERR_ARG);
  ck_assert_int_eq(geordf_writer_write(w, &empty, NULL), GEORDF_ERR_ARG);
  geordf_document doc = {"x", NULL, NULL, "", 0, NULL};
  ck_assert_int_eq(geordf_writer_write(w, &doc, NULL), GEORDF_OK);
  ck_assert_int_eq(geordf_writer_finish(w), GEORDF_OK);
  geordf_writer_free(w);
  geordf_writer_free(NULL);
  rewind(fh);
  char line[256];
  ck_assert_ptr_nonnull(fgets(line, sizeof line, fh));
  ck_assert_ptr_nonnull(strstr(line, "<http://example.org/d/x>"));
  fclose(fh);
}
END_TEST

/* A full disk is GEORDF_ERR_IO, by the end at the latest. */
START_TEST(test_io_error) {
  FILE *fh = fopen("/dev/full", "w");
  if (!fh) return;  /* not Linux */
  fixture f;
  fixture_init(&f);
  geordf_writer *w;
  ck_assert_int_eq(geordf_writer_new(&w, fh, all_formats[_i], NULL), GEORDF_OK);
  geordf_status st = GEORDF_OK;
  for (int i = 0; i < 200 && st == GEORDF_OK; i++)
    st = geordf_writer_write(w, &f.doc1, f.evs);
  geordf_status end = geordf_writer_finish(w);
  ck_assert(st == GEORDF_ERR_IO || (st == GEORDF_OK && end == GEORDF_ERR_IO));
  ck_assert_int_eq(end, GEORDF_ERR_IO);
  /* once broken, the writer stays broken */
  ck_assert_int_eq(geordf_writer_write(w, &f.doc2, NULL), GEORDF_ERR_IO);
  geordf_writer_free(w);
  fclose(fh);
  fixture_free(&f);
}
END_TEST

/* ---- statements written term by term ----------------------------------- */

/* The bytes of ITEMS written in FORMAT, term by term (DIRECT) or through
 * raptor's serializer. */
static char *write_direct(geordf_format format, const item *items, size_t n, int direct, size_t *len) {
  FILE *fh = tmpfile();
  ck_assert_ptr_nonnull(fh);
  geordf_writer *w;
  ck_assert_int_eq(geordf_writer_new(&w, fh, format, NULL), GEORDF_OK);
  /* (raptor 2.0.15, which the build requires, passes the writer's check.) */
  if (!direct) ck_assert_int_eq(gd_writer_no_direct(w), 1);
  for (size_t i = 0; i < n; i++)
    ck_assert_int_eq(geordf_writer_write(w, items[i].doc, items[i].evs), GEORDF_OK);
  ck_assert_int_eq(geordf_writer_finish(w), GEORDF_OK);
  geordf_writer_free(w);
  long size = ftell(fh);
  ck_assert_int_gt(size, 0);
  char *buf = malloc((size_t)size);
  ck_assert_ptr_nonnull(buf);
  rewind(fh);
  ck_assert_uint_eq(fread(buf, 1, (size_t)size, fh), (size_t)size);
  fclose(fh);
  *len = (size_t)size;
  return buf;
}

static void same_both_ways(geordf_format format, const item *items, size_t n) {
  size_t a, b;
  char *direct = write_direct(format, items, n, 1, &a);
  char *ser = write_direct(format, items, n, 0, &b);
  ck_assert_uint_eq(a, b);
  ck_assert_int_eq(memcmp(direct, ser, a), 0);
  free(direct);
  free(ser);
}

static const geordf_format line_formats[] = {GEORDF_FORMAT_NTRIPLES, GEORDF_FORMAT_NQUADS};

/* Every escape the fixture holds (text, title, IRIs, labels), a document
 * written again after another: the same bytes as the serializer's. */
START_TEST(test_direct_same_bytes) {
  fixture f;
  fixture_init(&f);
  item items[3] = {{&f.doc1, f.evs}, {&f.doc2, NULL}, {&f.doc1, f.evs}};
  same_both_ways(line_formats[_i], items, 3);
  fixture_free(&f);
}
END_TEST

/* Far more IRIs than the memo's slots, and each document's IRI and sentence
 * nodes freed and made again (often at the same address) with other IRIs:
 * slots are taken over, and a slot whose term is gone is not trusted. */
START_TEST(test_direct_many_terms) {
  enum { NDOCS = 300, NEW = 7 };
  geordf_lexicon *lex;
  ck_assert_int_eq(geordf_lexicon_new(&lex), GEORDF_OK);
  geordf_entity *rus = ent(lex, ID "RUS", "Russia", "Q159", GD_KIND_COUNTRY);
  geordf_events **evs = calloc(NDOCS, sizeof *evs);
  geordf_document *docs = calloc(NDOCS, sizeof *docs);
  item *items = calloc(NDOCS, sizeof *items);
  char (*ids)[16] = calloc(NDOCS, sizeof *ids);
  ck_assert(evs && docs && items && ids);
  for (size_t i = 0; i < NDOCS; i++) {
    evs[i] = gd_events_new();
    geordf_event *ev = gd_events_add(evs[i], GEORDF_ALLIANCE);
    ck_assert_ptr_nonnull(ev);
    for (size_t k = i * NEW; k < (i + 1) * NEW; k++) {
      char iri[64], label[32];
      snprintf(iri, sizeof iri, ID "P\xC3\xA9%zu", k % (NDOCS * NEW / 3));
      snprintf(label, sizeof label, "Person %zu", k);
      ck_assert_int_eq(gd_event_fill(ev, GEORDF_ROLE_PARTY, ent(lex, iri, label, NULL, GD_KIND_PERSON)), 0);
    }
    ck_assert_int_eq(gd_event_fill(ev, GEORDF_ROLE_PARTY, rus), 0);
    ck_assert_int_eq(gd_event_add_evidence(ev, 0, 3), 0);
    snprintf(ids[i], sizeof ids[i], "d%zu", i);
    docs[i] = (geordf_document){ids[i], NULL, ids[i], "abc", 3, NULL};
    items[i] = (item){&docs[i], evs[i]};
  }
  same_both_ways(line_formats[_i], items, NDOCS);
  for (size_t i = 0; i < NDOCS; i++) geordf_events_free(evs[i]);
  free(evs);
  free(docs);
  free(items);
  free(ids);
  geordf_lexicon_free(lex);
}
END_TEST

static Suite *rdf_suite(void) {
  Suite *s = suite_create("rdf");
  TCase *tc = tcase_create("writer");
  /* Check's default is 4 s a test; test_many_entities writes and re-reads
   * 15,000 statements, which a sanitizer build on a busy machine may not do
   * in that time.  (Speed is measured by make bench, not here.) */
  tcase_set_timeout(tc, 120);
  int nf = (int)(sizeof all_formats / sizeof all_formats[0]);
  tcase_add_loop_test(tc, test_model_every_format, 0, nf);
  tcase_add_loop_test(tc, test_document_only, 0, nf);
  tcase_add_loop_test(tc, test_two_documents, 0, nf);
  tcase_add_test(tc, test_rdfxml_single_document);
  tcase_add_test(tc, test_turtle_prefixes_once);
  tcase_add_loop_test(tc, test_confidence, 0, nf);
  tcase_add_loop_test(tc, test_bad_dates_skipped, 0, nf);
  tcase_add_loop_test(tc, test_unsafe_url, 0, nf);
  tcase_add_loop_test(tc, test_awkward_entity_iris, 0, nf);
  tcase_add_loop_test(tc, test_document_iri, 0, nf);
  tcase_add_loop_test(tc, test_bad_spans, 0, nf);
  tcase_add_test(tc, test_many_entities);
  tcase_add_loop_test(tc, test_buffer_writer, 0, nf);
  tcase_add_test(tc, test_sink_writer);
  tcase_add_test(tc, test_arguments);
  tcase_add_loop_test(tc, test_io_error, 0, nf);
  suite_add_tcase(s, tc);
  TCase *td = tcase_create("direct");
  tcase_set_timeout(td, 120);
  tcase_add_loop_test(td, test_direct_same_bytes, 0, 2);
  tcase_add_loop_test(td, test_direct_many_terms, 0, 2);
  suite_add_tcase(s, td);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(rdf_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
