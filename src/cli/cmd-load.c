/* SPDX-License-Identifier: MIT
 * geordf: the load subcommand: articles (extracted) and RDF files into the
 * embedded store. */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "batch.h"
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char load_help[] =
    "Usage: geordf load [OPTION]... FILE...\n"
    "Loads articles (.txt, .jsonl: extracted) and RDF files (Turtle .ttl,\n"
    "N-Triples .nt, N-Quads .nq, TriG .trig, RDF/XML .rdf .owl .xml: read as\n"
    "they are) into the store, one named graph per document.  An RDF file's\n"
    "triples go into the graph named after its file: IRI, or the one --graph\n"
    "names; quads keep their own graphs.  Loading a document or a graph again\n"
    "replaces it.  The whole batch is one transaction: after an error or a\n"
    "crash the store is as it was before.  The ontology is loaded with the\n"
    "first batch, unless the batch is only RDF files loaded with --graph.\n"
    "\n"
    "  -s, --store=PATH      the SQLite store (default $GEORDF_STORE or geordf.db)\n"
    "  -g, --graph=IRI       put the RDF files' triples into the graph IRI, or with\n"
    "                        --graph=default into the store's unnamed default graph\n"
    "  -d, --date=YYYY-MM-DD publication date of articles that have none\n"
    "  -b, --base=IRI        prefix of document IRIs (default " GEORDF_DEFAULT_BASE ")\n"
    "  -l, --lexicon=FILE    also load this Turtle lexicon file (repeatable)\n"
    "  -q, --quiet           no warnings and no summary line\n"
    "      --encoding=ENC    utf-8 (default), windows-1252 (also for Latin-1) or\n"
    "                        auto (bytes that are not UTF-8 read as Windows-1252)\n"
    "      --max-document-bytes=N  an article (a JSON Lines record, a text file) of\n"
    "                        more than N bytes (K, M, G: KiB, MiB, GiB; default\n"
    "                        64M) is an error: the batch is not loaded\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "Environment:\n"
    "  GEORDF_STORE    the store when --store is not given\n"
    "  GEORDF_DATADIR  the data folder holding the bundled lexicon/\n"
    "  GEORDF_BUSY_TIMEOUT  seconds to wait for another load (default 10);\n"
    "                  queries during a load see the store before it\n"
    "\n"
    "Exit status: 0 success; 1 a file could not be loaded (the store is left\n"
    "as it was before the batch); 2 usage error; 3 the lexicon could not be\n"
    "loaded.\n";


int gd_cmd_load(int argc, char **argv) {
  static const struct option longopts[] = {
      {"store", required_argument, NULL, 's'}, {"date", required_argument, NULL, 'd'},
      {"base", required_argument, NULL, 'b'},  {"lexicon", required_argument, NULL, 'l'},
      {"quiet", no_argument, NULL, 'q'},       {"help", no_argument, NULL, 'h'},
      {"encoding", required_argument, NULL, GD_OPT_ENCODING},
      {"max-document-bytes", required_argument, NULL, GD_OPT_MAX_BYTES},
      {"graph", required_argument, NULL, 'g'},
      {NULL, 0, NULL, 0}};
  gd_load_opts o = {0};
  const char *store = NULL;
  int opt, rc = GD_EXIT_USAGE;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":s:d:b:l:qg:h", longopts, NULL)) != -1) {
    int k = gd_load_opt(opt, &o, "load");
    if (k < 0) goto done;
    if (k) continue;
    if (opt == 's') store = optarg;
    else if (opt == 'g') {
      if (!strcmp(optarg, "default")) {
        o.graph = "";
      } else if (!strchr(optarg, ':') || strpbrk(optarg, " <>\"{}|^`\\")) {
        gd_cli_usage("load", "--graph needs an absolute IRI or 'default': %s", optarg);
        goto done;
      } else {
        o.graph = optarg;
      }
    }
    else if (opt == 'h') {
      fputs(load_help, stdout);
      rc = 0;
      goto done;
    } else {
      rc = gd_cli_bad_option("load", opt, argv);
      goto done;
    }
  }
  if (optind >= argc) {
    gd_cli_usage("load", "no FILE given");
    goto done;
  }
  store = gd_cli_store_path(store);
  gd_store *s = NULL;
  char err[1024];
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  if (gd_store_open(&s, store, 1, err, sizeof err) != GEORDF_OK) {
    fprintf(stderr, "geordf: %s\n", err);
    rc = GD_EXIT_FAIL;
    goto done;
  }
  gd_load_counts c = {0};
  rc = gd_load_batch(s, argv + optind, argc - optind, &o, &c);
  if (!rc && !o.quiet) {
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr,
            "geordf: loaded %lu files, %lu documents, %lu statements in %.2f s "
            "(%.0f statements/s); %s holds %ld statements\n",
            c.files, c.docs, c.triples, secs, secs > 0 ? (double)c.triples / secs : 0.0,
            store, gd_store_size(s));
  }
  gd_store_free(s);
done:
  free(o.lexfiles);
  return rc;
}

