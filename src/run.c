/* SPDX-License-Identifier: MIT
 * geordf: the one read -> extract -> write loop (see run.h). */
#include "config.h"
#include "run.h"

#include <errno.h>

geordf_status gd_extract_write(geordf_writer *w, const geordf_lexicon *lex,
                               const geordf_document *doc, geordf_status *extracted,
                               size_t *events) {
  geordf_events *evs = NULL;
  geordf_status wst = GEORDF_OK;
  *extracted = geordf_extract(&evs, lex, doc);
  if (*extracted == GEORDF_OK) {
    errno = 0; /* what the write leaves is the caller's to read */
    wst = geordf_writer_write(w, doc, evs);
  }
  *events = geordf_events_count(evs);
  geordf_events_free(evs);
  return wst;
}

gd_run_end gd_run_file(const char *path, const gd_reader_options *ropt,
                       const geordf_lexicon *lex, geordf_writer *w, gd_pipeline *p,
                       const gd_run_hooks *h) {
  gd_reader *r = NULL;
  if (gd_reader_open(&r, path, ropt) != GEORDF_OK) {
    h->skipped(h->payload, 1);
    return GD_RUN_UNREAD;
  }
  gd_run_end end = GD_RUN_READ;
  size_t skipped = 0;
  for (;;) {
    geordf_document doc;
    geordf_status st = gd_reader_next(r, &doc);
    /* records skipped on the way, in order with the documents */
    if (gd_reader_skipped(r) > skipped) {
      h->skipped(h->payload, gd_reader_skipped(r) - skipped);
      skipped = gd_reader_skipped(r);
    }
    if (st == GEORDF_END) break;
    if (st == GEORDF_ERR_SYNTAX) {
      if (h->bad_record(h->payload)) { end = GD_RUN_UNREAD; break; }
      continue;
    }
    if (st != GEORDF_OK) { /* the rest of this file is lost */
      h->skipped(h->payload, 1);
      end = GD_RUN_UNREAD;
      break;
    }
    if (p) {
      int q = gd_pipeline_doc(p, &doc, path);
      if (q > 0) { end = GD_RUN_STOPPED; break; }
      if (q < 0) h->lost(h->payload, path, &doc);
      continue;
    }
    geordf_status xst;
    size_t events;
    geordf_status wst = gd_extract_write(w, lex, &doc, &xst, &events);
    int werr = errno;
    if (h->done(h->payload, path, &doc, xst, wst, events, werr)) { end = GD_RUN_STOPPED; break; }
  }
  gd_reader_free(r);
  return end;
}
