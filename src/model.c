/* geordf: adds a document's events to a caller's Redland (librdf) model.
 * SPDX-License-Identifier: MIT
 *
 * The statements are those of the RDF writer, not a second mapping: the
 * writer makes N-Quads in memory and raptor (the model's own raptor world)
 * parses them back into the model, so the two can never disagree. */
#include "geordf/geordf.h"

#include <redland.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  librdf_world *world;
  librdf_model *model;
  raptor_parser *parser;
  int contexts;        /* the storage keeps named graphs */
  geordf_status st;
} add_ctx;

/* raptor's statement handler: one statement into the model.  librdf nodes
 * are raptor terms of the same world, so no conversion is needed. */
static void on_statement(void *user, raptor_statement *rs) {
  add_ctx *c = user;
  if (c->st != GEORDF_OK) return;
  /* a plain triple: librdf takes the nodes, even when it fails */
  librdf_statement *st = librdf_new_statement_from_nodes(
      c->world, librdf_new_node_from_node(rs->subject),
      librdf_new_node_from_node(rs->predicate), librdf_new_node_from_node(rs->object));
  int rc = !st;
  if (st && c->contexts && rs->graph)
    rc = librdf_model_context_add_statement(c->model, rs->graph, st);
  else if (st)
    rc = librdf_model_add_statement(c->model, st);
  if (st) librdf_free_statement(st);
  if (rc) {
    c->st = st ? GEORDF_ERR_RDF : GEORDF_ERR_NOMEM;
    raptor_parser_parse_abort(c->parser);
  }
}

/* Parses the N-Quads in BUF (LEN bytes) into the model. */
static geordf_status add_nquads(add_ctx *c, const char *buf, size_t len, const char *base) {
  raptor_world *rw = librdf_world_get_raptor(c->world);
  raptor_uri *uri = rw ? raptor_new_uri(rw, (const unsigned char *)base) : NULL;
  c->parser = uri ? raptor_new_parser(rw, "nquads") : NULL;
  if (!c->parser) {
    if (uri) raptor_free_uri(uri);
    return GEORDF_ERR_RDF;
  }
  raptor_parser_set_statement_handler(c->parser, c, on_statement);
  int rc = raptor_parser_parse_start(c->parser, uri);
  if (!rc)
    rc = raptor_parser_parse_chunk(c->parser, (const unsigned char *)buf, len, 1);
  raptor_free_parser(c->parser);
  c->parser = NULL;
  raptor_free_uri(uri);
  if (c->st == GEORDF_OK && rc) c->st = GEORDF_ERR_RDF;
  return c->st;
}

geordf_status geordf_model_add(struct librdf_model_s *model, const geordf_document *doc,
                               const geordf_events *evs, const char *base) {
  if (!model || !doc) return GEORDF_ERR_ARG;
  librdf_storage *storage = librdf_model_get_storage(model);
  add_ctx c = {.model = model, .st = GEORDF_OK};
  c.world = storage ? librdf_storage_get_world(storage) : NULL;
  if (!c.world) return GEORDF_ERR_ARG;
  c.contexts = librdf_model_supports_contexts(model) > 0;

  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  if (!mem) return GEORDF_ERR_NOMEM;
  geordf_writer *w = NULL;
  geordf_status st = geordf_writer_new(&w, mem, GEORDF_FORMAT_NQUADS, base);
  if (st == GEORDF_OK) st = geordf_writer_write(w, doc, evs);
  if (st == GEORDF_OK) st = geordf_writer_finish(w);
  geordf_writer_free(w);
  if (fclose(mem) && st == GEORDF_OK) st = GEORDF_ERR_NOMEM;
  if (st == GEORDF_OK)
    st = add_nquads(&c, buf, len, base ? base : GEORDF_DEFAULT_BASE);
  free(buf);
  return st;
}
