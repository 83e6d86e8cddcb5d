/* SPDX-License-Identifier: MIT
 * geordf: loading a batch of inputs (articles, extracted; RDF files, read)
 * into a store in one transaction, for load and push (batch.h). */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "batch.h"
#include "cli.h"
#include "diag.h"
#include "input.h"
#include "lexicon.h"
#include "run.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void count_sink(const gd_diag *d, void *payload) {
  gd_load_counts *c = payload;
  if (d->severity == GD_ERROR) c->errors++;
  gd_cli_print_diag(d, NULL);
}

static void quiet_sink(const gd_diag *d, void *payload) {
  gd_load_counts *c = payload;
  if (d->severity == GD_ERROR) {
    c->errors++;
    gd_cli_print_diag(d, NULL);
  }
}

static int load_lexicon(geordf_lexicon **out, const gd_load_opts *o) {
  return gd_cli_load_lexicon(out, o->lexfiles, o->n_lex);
}

/* The ontology sits next to the lexicon folder; its own graph lets queries
 * use class and property labels. */
static int load_ontology(gd_store *s) {
  if (gd_store_has_graph(s, GD_ONTOLOGY_GRAPH)) return 0;
  const char *dir = geordf_lexicon_default_dir();
  if (!dir) {
    fputs("geordf: cannot find the ontology; set GEORDF_DATADIR\n", stderr);
    return -1;
  }
  char path[4200];
  snprintf(path, sizeof path, "%s/../geordf.ttl", dir);
  size_t len = 0;
  char *ttl = gd_cli_slurp(path, &len);
  if (!ttl) {
    fprintf(stderr, "geordf: cannot read the ontology %s: %s\n", path, strerror(errno));
    return -1;
  }
  geordf_status st = gd_store_put(s, GD_ONTOLOGY_GRAPH, "turtle", ttl, len, NULL);
  free(ttl);
  if (st != GEORDF_OK) {
    fprintf(stderr, "geordf: cannot load the ontology: %s\n", gd_store_error(s));
    return -1;
  }
  return 0;
}

/* Extracts the articles of PATH; each document becomes the graph named by
 * its IRI.  A store writer hands the statements straight to the store. */
typedef struct {
  gd_store *s;
  gd_load_counts *c;
  int failed;
} load_run;

static int load_done(void *payload, const char *path, const geordf_document *doc,
                     geordf_status extracted, geordf_status written, size_t events, int werr) {
  load_run *L = payload;
  (void)events;
  (void)werr;
  size_t n = gd_store_writer_count(L->s);
  if (extracted != GEORDF_OK || written != GEORDF_OK) {
    const char *why = extracted != GEORDF_OK ? geordf_strerror(extracted)
                      : *gd_store_error(L->s) ? gd_store_error(L->s) : geordf_strerror(written);
    fprintf(stderr, "geordf: %s: document '%s': %s\n", path, doc->id, why);
    L->failed = 1;
    return 1;
  }
  L->c->docs++;
  L->c->graphs++;
  L->c->triples += n;
  return 0;
}

static void load_skipped(void *payload, unsigned long n) {
  load_run *L = payload;
  (void)n;
  L->failed = 1; /* reported by the reader */
}

/* A bad record (reported by the reader) fails the batch at once. */
static int load_bad_record(void *payload) {
  ((load_run *)payload)->failed = 1;
  return 1;
}

static int load_articles(gd_store *s, const char *path, const geordf_lexicon *lex,
                         const gd_load_opts *o, gd_load_counts *c) {
  gd_reader_options ropt = {o->date, o->quiet ? quiet_sink : count_sink, c, GD_ON_ERROR_REPLACE,
                            o->encoding, o->max_bytes};
  geordf_writer *w = NULL;
  if (gd_store_writer(s, o->base, &w) != GEORDF_OK) {
    fprintf(stderr, "geordf: cannot start the RDF writer\n");
    return -1;
  }
  load_run L = {s, c, 0};
  gd_run_hooks h = {load_done, load_skipped, load_bad_record, NULL, &L};
  gd_run_end end = gd_run_file(path, &ropt, lex, w, NULL, &h);
  geordf_writer_free(w);
  return end != GD_RUN_READ || L.failed || c->errors ? -1 : 0;
}

/* Loads every input into S inside one transaction: on any error nothing of
 * the batch stays.  Returns 0 or an exit status. */
int gd_load_batch(gd_store *s, char **files, int n, const gd_load_opts *o,
                      gd_load_counts *c) {
  geordf_lexicon *lex = NULL;
  for (int i = 0; i < n && !lex; i++)
    if (!gd_cli_is_rdf_file(files[i]) && load_lexicon(&lex, o)) return GD_EXIT_LEXICON;
  if (gd_store_begin(s) != GEORDF_OK) {
    fprintf(stderr, "geordf: %s\n", gd_store_error(s));
    geordf_lexicon_free(lex);
    return GD_EXIT_FAIL;
  }
  /* Extracted articles use the ontology's classes and labels; RDF files put
   * into a graph the user names (--graph) come alone. */
  int articles = !o->graph;
  for (int i = 0; i < n; i++)
    if (!gd_cli_is_rdf_file(files[i])) articles = 1;
  int rc = articles && load_ontology(s) ? GD_EXIT_FAIL : 0;
  for (int i = 0; !rc && i < n; i++) {
    if (gd_cli_is_rdf_file(files[i])) {
      size_t t = 0;
      if (gd_store_put_file(s, files[i], o->graph, &t) != GEORDF_OK) {
        fprintf(stderr, "geordf: %s\n", gd_store_error(s));
        rc = GD_EXIT_FAIL;
      }
      c->triples += t;
      c->graphs++;
    } else if (load_articles(s, files[i], lex, o, c)) {
      rc = GD_EXIT_FAIL;
    }
    c->files++;
  }
  geordf_lexicon_free(lex);
  if (rc) {
    gd_store_rollback(s);
    fputs("geordf: nothing of this batch was loaded\n", stderr);
    return rc;
  }
  if (gd_store_commit(s) != GEORDF_OK) {
    fprintf(stderr, "geordf: %s\n", gd_store_error(s));
    return GD_EXIT_FAIL;
  }
  return 0;
}


/* Options shared by load and push (push has no -s short form clash). */
int gd_load_opt(int opt, gd_load_opts *o, const char *cmd) {
  switch (opt) {
  case GD_OPT_ENCODING:
    if ((o->encoding = gd_input_encoding_parse(optarg)) < 0) {
      gd_cli_usage(cmd, "unknown --encoding (expected utf-8, windows-1252 or auto): %s", optarg);
      return -1;
    }
    return 1;
  case GD_OPT_MAX_BYTES:
    if (gd_input_size_parse(optarg, &o->max_bytes)) {
      gd_cli_usage(cmd, "invalid --max-document-bytes (expected a positive number of bytes, "
                   "or with K, M or G): %s", optarg);
      return -1;
    }
    return 1;
  case 'd':
    if (!gd_input_date_valid(optarg)) {
      gd_cli_usage(cmd, "invalid date (expected YYYY-MM-DD): %s", optarg);
      return -1;
    }
    o->date = optarg;
    return 1;
  case 'b': o->base = optarg; return 1;
  case 'l':
    return gd_cli_add_lexicon(&o->lexfiles, &o->n_lex, optarg) ? -1 : 1;
  case 'q': o->quiet = 1; return 1;
  default: return 0;
  }
}

