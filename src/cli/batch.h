/* geordf: loading a batch of inputs into a store, shared by the load and
 * push subcommands (batch.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_CLI_BATCH_H
#define GEORDF_CLI_BATCH_H

#include "geordf/geordf.h"
#include "store.h"

#include <stddef.h>

typedef struct {
  const char *date, *base;
  const char *graph;  /* --graph: NULL (a graph per file), "" (default) or an IRI */
  char **lexfiles;
  size_t n_lex;
  int quiet;
  int encoding;  /* --encoding: GD_ENCODING_* */
  size_t max_bytes;  /* --max-document-bytes (0: the default) */
} gd_load_opts;

typedef struct {
  unsigned long files, docs, graphs, triples, errors;
} gd_load_counts;

/* Long options without a short form that load and push share. */
enum { GD_OPT_ENCODING = 256, GD_OPT_MAX_BYTES };

/* Handles OPT when it is one of the options load and push share (-d, -b,
 * -l, -q, --encoding, --max-document-bytes): 1 when taken, 0 when not one
 * of them, -1 after a usage error (reported for subcommand CMD). */
int gd_load_opt(int opt, gd_load_opts *o, const char *cmd);

/* Loads the N inputs FILES into S inside one transaction: on any error
 * nothing of the batch stays.  Returns 0 or a gd_exit status. */
int gd_load_batch(gd_store *s, char **files, int n, const gd_load_opts *o,
                  gd_load_counts *c);

#endif
