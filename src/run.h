/* geordf: the one read -> extract -> write loop.  The documents of a file
 * are read one by one, extracted, and handed to a writer: a stream, a
 * buffer, or a statement sink (the store, a librdf model); or queued to
 * the threaded pipeline, whose workers extract and write them the same way
 * (gd_extract_write).  `geordf extract` and `geordf load` both run it.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_RUN_H
#define GEORDF_RUN_H

#include "geordf/geordf.h"
#include "input.h"
#include "pipeline.h"

/* Extracts the events of DOC with LEX and writes them with W.  *EXTRACTED
 * gets geordf_extract()'s status (when it failed nothing is written and
 * GEORDF_OK is returned), *EVENTS the number of events; returns the
 * writer's status, with errno as the write left it. */
geordf_status gd_extract_write(geordf_writer *w, const geordf_lexicon *lex,
                               const geordf_document *doc, geordf_status *extracted,
                               size_t *events);

/* What the caller of gd_run_file() learns, in input order. */
typedef struct {
  /* A document extracted and written by the loop itself (not one queued to
   * a pipeline, whose results come back through its own sink): its
   * statuses, its number of events and the errno the write left (a stream
   * writer's failed write).  Nonzero stops the run. */
  int (*done)(void *payload, const char *path, const geordf_document *doc,
              geordf_status extracted, geordf_status written, size_t events, int werr);
  /* N records the reader skipped (reported through its sink), or a file
   * that could not be opened or read to its end (N = 1). */
  void (*skipped)(void *payload, unsigned long n);
  /* A record the reader refused (GEORDF_ERR_SYNTAX, reported and counted
   * as skipped): nonzero stops the reading of the file. */
  int (*bad_record)(void *payload);
  /* A document the pipeline could not take (out of memory). */
  void (*lost)(void *payload, const char *path, const geordf_document *doc);
  void *payload;
} gd_run_hooks;

typedef enum {
  GD_RUN_READ = 0,   /* the file was read to its end */
  GD_RUN_UNREAD,     /* it could not be opened, or its reading failed or was
                        stopped at a bad record (hooks told) */
  GD_RUN_STOPPED     /* a hook or the pipeline's sink stopped the run */
} gd_run_end;

/* Reads the documents of PATH with ROPT; each is extracted with LEX and
 * written with W, or, when P is not NULL, queued to the pipeline P (then
 * the reader's messages should go to gd_pipeline_diag_sink, to stay in
 * order with the documents). */
gd_run_end gd_run_file(const char *path, const gd_reader_options *ropt,
                       const geordf_lexicon *lex, geordf_writer *w, gd_pipeline *p,
                       const gd_run_hooks *h);

#endif
