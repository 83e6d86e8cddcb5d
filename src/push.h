/* geordf: pushing named graphs to a SPARQL 1.1 Graph Store Protocol server.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_PUSH_H
#define GEORDF_PUSH_H

#include "geordf/geordf.h"
#include <stddef.h>

typedef struct {
  const char *endpoint;  /* the Graph Store URL, e.g. .../sparql-graph-crud-auth */
  const char *user;      /* NULL: no authentication */
  const char *password;  /* borrowed; never printed */
  long timeout;          /* seconds per request (0: 60) */
  size_t max_bytes;      /* largest body sent (0: 64 MiB) */
  int retries;           /* retries on timeouts and 5xx (negative: 4) */
  double backoff;        /* first wait in seconds, doubled each retry (0: 1) */
  /* Told before each retry what failed (MESSAGE) and how long the pusher
   * waits; NULL: not told. */
  void (*retrying)(const char *message, double seconds, void *payload);
  void *payload;
} gd_push_options;

typedef struct gd_pusher gd_pusher;

/* Checks the endpoint (an http or https URL) and prepares a connection. */
geordf_status gd_push_new(gd_pusher **out, const gd_push_options *opt);

/* Replaces GRAPH on the server by BODY (N-Triples) with one HTTP PUT.
 * GEORDF_ERR_ARG when the body is over the limit, GEORDF_ERR_IO when the
 * server refused it or could not be reached after the retries. */
geordf_status gd_push_graph(gd_pusher *p, const char *graph, const char *body,
                            size_t len);

/* Adds the statements of BODY to GRAPH with one HTTP POST (the graph's
 * other statements stay): for graphs that several pushes share, such as the
 * lexicon entities' labels.  Errors as for gd_push_graph(). */
geordf_status gd_push_graph_merge(gd_pusher *p, const char *graph, const char *body,
                                  size_t len);

/* What went wrong with the last graph ("" when nothing). */
const char *gd_push_error(const gd_pusher *p);

void gd_push_free(gd_pusher *p);

#endif
