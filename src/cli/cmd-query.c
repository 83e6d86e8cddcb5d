/* SPDX-License-Identifier: MIT
 * geordf: the query subcommand: SPARQL on the embedded store. */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "cli.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char query_help[] =
    "Usage: geordf query [OPTION]... (SPARQL | --file QUERY.rq)\n"
    "Runs a SPARQL 1.1 query on the store: parsed by geordf and compiled to\n"
    "one SQL statement that SQLite answers (README).  A query using a feature\n"
    "the engine does not implement fails with \"not supported: FEATURE\".\n"
    "\n"
    "  -s, --store=PATH    the store (default $GEORDF_STORE or geordf.db)\n"
    "  -f, --format=FMT    SELECT and ASK: table (default), or the W3C SPARQL\n"
    "                      results formats json, xml, csv or tsv; CONSTRUCT\n"
    "                      and DESCRIBE: ntriples (default) or turtle\n"
    "  -F, --file=FILE     read the query from FILE (- for standard input);\n"
    "                      its relative IRIs resolve against the file's URI\n"
    "  -g, --default-graph=union|unnamed\n"
    "                      the default graph of a query without FROM: the set\n"
    "                      union of every graph of the store (default), or\n"
    "                      only the store's unnamed graph\n"
    "  -h, --help          show this help and exit\n"
    "\n"
    "Environment:\n"
    "  GEORDF_STORE         the store when --store is not given\n"
    "  GEORDF_DEBUG         print the SQL of each query on standard error\n"
    "\n"
    "Exit status: 0 success; 1 the store could not be opened or the query\n"
    "failed (a syntax error gives its line and column); 2 usage error; 4 the\n"
    "output could not be written; 5 the query uses a feature that is not\n"
    "supported.\n";

int gd_cmd_query(int argc, char **argv) {
  static const struct option longopts[] = {
      {"store", required_argument, NULL, 's'}, {"format", required_argument, NULL, 'f'},
      {"file", required_argument, NULL, 'F'},  {"help", no_argument, NULL, 'h'},
      {"default-graph", required_argument, NULL, 'g'}, {NULL, 0, NULL, 0}};
  const char *store = NULL, *file = NULL;
  int fmt = GD_QF_TABLE, opt, union_default = 1;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":s:f:F:g:h", longopts, NULL)) != -1) {
    switch (opt) {
    case 's': store = optarg; break;
    case 'F': file = optarg; break;
    case 'g':
      if (!strcmp(optarg, "union") || !strcmp(optarg, "unnamed")) {
        union_default = !strcmp(optarg, "union");
      } else {
        gd_cli_usage("query", "unknown default graph (expected union or unnamed): %s", optarg);
        return GD_EXIT_USAGE;
      }
      break;
    case 'f':
      if ((fmt = gd_query_format_parse(optarg)) < 0) {
        gd_cli_usage("query",
                     "unknown format (expected table, json, xml, csv, tsv, ntriples or turtle): %s",
                     optarg);
        return GD_EXIT_USAGE;
      }
      break;
    case 'h': fputs(query_help, stdout); return 0;
    default: return gd_cli_bad_option("query", opt, argv);
    }
  }
  if (file ? optind != argc : optind + 1 != argc) {
    gd_cli_usage("query", "%s", file ? "give either --file or a query, not both"
                                     : "expected one SPARQL query (or --file)");
    return GD_EXIT_USAGE;
  }
  char *text = NULL;
  if (file && !(text = gd_cli_slurp(file, NULL))) {
    fprintf(stderr, "geordf: cannot read %s: %s\n", file, strerror(errno));
    return GD_EXIT_FAIL;
  }
  gd_store *s = NULL;
  char err[1024];
  store = gd_cli_store_path(store);
  if (gd_store_open(&s, store, 0, err, sizeof err) != GEORDF_OK) {
    fprintf(stderr, "geordf: %s\n", err);
    free(text);
    return GD_EXIT_FAIL;
  }
  gd_store_set_default_graph(s, union_default);
  /* relative IRIs of a query file resolve against the file's location
   * (SPARQL's base of a retrieved document) */
  if (file && strcmp(file, "-")) {
    char *abs = realpath(file, NULL);
    size_t n = abs ? strlen(abs) + 8 : 0;
    char *base = abs ? malloc(n) : NULL;
    if (base) {
      snprintf(base, n, "file://%s", abs);
      gd_store_set_query_base(s, base);
    }
    free(base);
    free(abs);
  }
  geordf_status st = gd_store_query(s, text ? text : argv[optind], (gd_query_format)fmt, stdout);
  int rc = 0;
  if (st != GEORDF_OK) {
    fprintf(stderr, "geordf: %s: %s\n", file ? file : "query", gd_store_error(s));
    rc = st == GEORDF_ERR_UNSUPPORTED ? GD_EXIT_UNSUPPORTED : GD_EXIT_FAIL;
  }
  gd_store_free(s);
  free(text);
  errno = 0;
  if (fflush(stdout) == EOF || ferror(stdout)) {
    if (errno != EPIPE) {
      fprintf(stderr, "geordf: cannot write output: %s\n", strerror(errno ? errno : EIO));
      rc = GD_EXIT_OUTPUT;
    }
  }
  return rc;
}

