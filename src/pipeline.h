/* geordf: extraction and RDF writing on several threads, with the results
 * handed back in input order.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_PIPELINE_H
#define GEORDF_PIPELINE_H

#include "geordf/geordf.h"
#include "diag.h"

/* The calling thread reads documents and queues them, with the diagnostics
 * and skip counts of its reading, into batches; worker threads extract and
 * serialize whole batches (each worker has its own RDF writer, the lexicon
 * is shared read-only); the calling thread gets every item back, in the
 * order it was queued, through a sink.  At most a fixed number of batches is
 * in flight, so memory does not grow with the input. */
typedef struct gd_pipeline gd_pipeline;

typedef enum {
  GD_ITEM_DOC,     /* a document, extracted and serialized */
  GD_ITEM_DIAG,    /* a diagnostic of the reader */
  GD_ITEM_SKIPPED  /* records the reader skipped */
} gd_item_kind;

/* One result.  Pointers are valid during the sink call only. */
typedef struct {
  gd_item_kind kind;
  const char *id;              /* DOC: the document id */
  const char *source;          /* DOC: as given to gd_pipeline_doc() */
  geordf_status extracted;     /* DOC: geordf_extract()'s status */
  geordf_status written;       /* DOC: the writer's status (when extracted) */
  size_t events;               /* DOC: number of events */
  const char *rdf;             /* DOC: its RDF (when written; when the
                                  write failed, what it got out) */
  size_t rdf_len;
  const gd_diag *diag;         /* DIAG */
  unsigned long skipped;       /* SKIPPED */
} gd_item;

/* Receives each item on the thread that queues; returns 0 to go on, or
 * nonzero to stop the run (nothing more is handed back). */
typedef int (*gd_item_sink)(const gd_item *item, void *payload);

/* Starts JOBS worker threads (JOBS >= 1) writing FORMAT (see
 * gd_format_splits()) under BASE (NULL: the default).  LEX must stay alive
 * and unchanged until gd_pipeline_free().  Returns GEORDF_ERR_ARG for a
 * format that cannot be split, GEORDF_ERR_NOMEM, or GEORDF_ERR_RDF when a
 * writer or a thread cannot be made.  Free with gd_pipeline_free(). */
geordf_status gd_pipeline_new(gd_pipeline **out, const geordf_lexicon *lex,
                              geordf_format format, const char *base,
                              unsigned jobs, gd_item_sink sink, void *payload);

/* Before the first document: every worker's writer writes entity
 * descriptions into the shared entity graph (gd_writer_entity_graph, N-Quads
 * only).  Each worker writes an entity the first time it meets it, so the
 * caller drops the repeats across workers. */
geordf_status gd_pipeline_entity_graph(gd_pipeline *p);

/* Queue a copy of DOC (SOURCE, e.g. its file name, is handed back as is:
 * it must live until the item is), a diagnostic, or N skipped records.  They may hand
 * finished items to the sink, and wait for a worker when every batch is in
 * flight.  Return 0, 1 once the sink has stopped the run, or -1 when memory
 * ran out (the item is lost). */
int gd_pipeline_doc(gd_pipeline *p, const geordf_document *doc,
                    const char *source);
int gd_pipeline_diag(gd_pipeline *p, const gd_diag *d);
int gd_pipeline_skipped(gd_pipeline *p, unsigned long n);

/* A gd_diag_sink that queues D in the pipeline PAYLOAD. */
void gd_pipeline_diag_sink(const gd_diag *d, void *payload);

/* Waits for every queued item and hands it to the sink.  Returns 0, or 1
 * when the sink stopped the run. */
int gd_pipeline_drain(gd_pipeline *p);

/* The output-wide head and tail to write around the documents' RDF (see
 * gd_writer_frame()). */
void gd_pipeline_frame(const gd_pipeline *p, const char **head, size_t *head_len,
                       const char **tail, size_t *tail_len);

/* Stops the workers (items not yet handed back are dropped) and frees P.
 * NULL is a no-op. */
void gd_pipeline_free(gd_pipeline *p);

#endif
