/* geordf: adds a document's events to a caller's Redland (librdf) model.
 * SPDX-License-Identifier: MIT
 *
 * The statements are those of the RDF writer, not a second mapping: a sink
 * writer (rdf.h) makes its terms in the model's own raptor world and hands
 * each statement here, so the two can never disagree, and nothing is
 * serialized and parsed back. */
#include "geordf/geordf.h"
#include "rdf.h"

#include <redland.h>

typedef struct {
  librdf_world *world;
  librdf_model *model;
  int contexts;        /* the storage keeps named graphs */
  geordf_status st;
} add_ctx;

/* One statement into the model.  librdf nodes are raptor terms of the
 * same world, so no conversion is needed. */
static int add_statement(const raptor_statement *rs, void *payload) {
  add_ctx *c = payload;
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
  if (rc && c->st == GEORDF_OK) c->st = st ? GEORDF_ERR_RDF : GEORDF_ERR_NOMEM;
  return rc;
}

geordf_status geordf_model_add(struct librdf_model_s *model, const geordf_document *doc,
                               const geordf_events *evs, const char *base) {
  if (!model || !doc) return GEORDF_ERR_ARG;
  librdf_storage *storage = librdf_model_get_storage(model);
  add_ctx c = {.model = model, .st = GEORDF_OK};
  c.world = storage ? librdf_storage_get_world(storage) : NULL;
  raptor_world *rw = c.world ? librdf_world_get_raptor(c.world) : NULL;
  if (!rw) return GEORDF_ERR_ARG;
  c.contexts = librdf_model_supports_contexts(model) > 0;

  geordf_writer *w = NULL;
  geordf_status st = gd_writer_new_sink(&w, rw, base, add_statement, &c);
  if (st == GEORDF_OK) st = geordf_writer_write(w, doc, evs);
  geordf_writer_free(w);
  return c.st != GEORDF_OK ? c.st : st;
}
