/* SPDX-License-Identifier: MIT
 * geordf: the push subcommand: document graphs to a SPARQL server's Graph
 * Store Protocol. */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "batch.h"
#include "cli.h"
#include "push.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char push_help[] =
    "Usage: geordf push --endpoint URL [OPTION]... (FILE... | --store PATH)\n"
    "Sends each document graph to a SPARQL 1.1 Graph Store Protocol service\n"
    "with one HTTP PUT (?graph=IRI), which replaces that graph on the server.\n"
    "FILE arguments are read as by load (articles are extracted); --store\n"
    "sends every graph of a store.  The ontology graph is sent too; the graph\n"
    "of lexicon entities (" GEORDF_ID_NS ") is merged with POST, so\n"
    "pushes of different files keep each other's labels.\n"
    "\n"
    "  -e, --endpoint=URL      e.g. http://localhost:8890/sparql-graph-crud-auth\n"
    "  -u, --user=NAME         user for HTTP digest or basic authentication\n"
    "  -p, --password-file=F   the password is the first line of F (never give\n"
    "                          it on the command line)\n"
    "  -s, --store=PATH        push the graphs of this store\n"
    "  -t, --timeout=SECONDS   per request (default 60)\n"
    "  -r, --retries=N         retries of a request that timed out, lost its\n"
    "                          connection or got a 5xx answer, waiting 1, 2,\n"
    "                          4... s (or the server's Retry-After); default 4\n"
    "  -m, --max-bytes=N       largest graph sent (default 67108864)\n"
    "  -d, --date=YYYY-MM-DD   publication date of articles that have none\n"
    "  -b, --base=IRI          prefix of document IRIs (default\n"
    "                          " GEORDF_DEFAULT_BASE ")\n"
    "  -l, --lexicon=FILE      also load this Turtle lexicon file (repeatable)\n"
    "      --encoding=ENC      how articles are read, as for load\n"
    "      --max-document-bytes=N  largest article read, as for load\n"
    "  -q, --quiet             no summary line (failures are still reported)\n"
    "  -h, --help              show this help and exit\n"
    "\n"
    "Answers 401 (wrong user or password), 403 and 404 (wrong endpoint) stop\n"
    "the run with a message; the password is never printed.\n"
    "\n"
    "Environment:\n"
    "  GEORDF_DATADIR  the data folder holding the bundled lexicon/\n"
    "\n"
    "Exit status: 0 every graph was sent; 1 a file could not be read, or a\n"
    "graph was refused or could not be sent (the run stops at a server or\n"
    "network error); 2 usage error; 3 the lexicon could not be loaded.\n";

/* The first line of PATH, without its line end. */
static char *read_password(const char *path) {
  char *text = gd_cli_slurp(path, NULL);
  if (!text) return NULL;
  text[strcspn(text, "\r\n")] = '\0';
  return text;
}

static void wipe(char *secret) {
  if (!secret) return;
  volatile char *p = secret;
  while (*p) *p++ = '\0';
  free(secret);
}

static void push_retrying(const char *message, double seconds, void *payload) {
  (void)payload;
  fprintf(stderr, "geordf: %s; retrying in %.1f s\n", message, seconds);
}

int gd_cmd_push(int argc, char **argv) {
  static const struct option longopts[] = {
      {"endpoint", required_argument, NULL, 'e'}, {"user", required_argument, NULL, 'u'},
      {"password-file", required_argument, NULL, 'p'},
      {"store", required_argument, NULL, 's'},    {"timeout", required_argument, NULL, 't'},
      {"max-bytes", required_argument, NULL, 'm'}, {"retries", required_argument, NULL, 'r'},
      {"date", required_argument, NULL, 'd'},     {"base", required_argument, NULL, 'b'},
      {"lexicon", required_argument, NULL, 'l'},  {"quiet", no_argument, NULL, 'q'},
      {"encoding", required_argument, NULL, GD_OPT_ENCODING},
      {"max-document-bytes", required_argument, NULL, GD_OPT_MAX_BYTES},
      {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0}};
  gd_load_opts o = {0};
  gd_push_options po = {NULL, NULL, NULL, 60, 0, -1, 0, push_retrying, NULL};
  const char *store = NULL, *pwfile = NULL;
  char *password = NULL;
  gd_store *s = NULL;
  gd_pusher *p = NULL;
  char **graphs = NULL;
  int opt, rc = GD_EXIT_USAGE;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":e:u:p:s:t:m:r:d:b:l:qh", longopts, NULL)) != -1) {
    int k = gd_load_opt(opt, &o, "push");
    if (k < 0) goto done;
    if (k) continue;
    char *end = NULL;
    switch (opt) {
    case 'e': po.endpoint = optarg; break;
    case 'u': po.user = optarg; break;
    case 'p': pwfile = optarg; break;
    case 's': store = optarg; break;
    case 't':
      po.timeout = strtol(optarg, &end, 10);
      if (!*optarg || *end || po.timeout <= 0) {
        gd_cli_usage("push", "invalid --timeout: %s", optarg);
        goto done;
      }
      break;
    case 'm': {
      unsigned long long v = strtoull(optarg, &end, 10);
      if (!*optarg || *end || !v) {
        gd_cli_usage("push", "invalid --max-bytes: %s", optarg);
        goto done;
      }
      po.max_bytes = (size_t)v;
      break;
    }
    case 'r': {
      long v = strtol(optarg, &end, 10);
      if (!*optarg || *end || v < 0 || v > 100) {
        gd_cli_usage("push", "invalid --retries (expected 0 to 100): %s", optarg);
        goto done;
      }
      po.retries = (int)v;
      break;
    }
    case 'h': fputs(push_help, stdout); rc = 0; goto done;
    default: rc = gd_cli_bad_option("push", opt, argv); goto done;
    }
  }
  if (!po.endpoint) {
    gd_cli_usage("push", "--endpoint is required");
    goto done;
  }
  if ((optind < argc) == (store != NULL)) {
    gd_cli_usage("push", "give either FILE... or --store PATH");
    goto done;
  }
  if (!po.user != !pwfile) {
    gd_cli_usage("push", "--user and --password-file go together");
    goto done;
  }
  if (pwfile && !(password = read_password(pwfile))) {
    fprintf(stderr, "geordf: cannot read the password file %s: %s\n", pwfile,
            strerror(errno));
    rc = GD_EXIT_FAIL;
    goto done;
  }
  po.password = password;
  geordf_status st = gd_push_new(&p, &po);
  if (st != GEORDF_OK) {
    if (st == GEORDF_ERR_ARG) gd_cli_usage("push", "the endpoint must be an http:// or https:// URL");
    else fprintf(stderr, "geordf: cannot start HTTP: %s\n", geordf_strerror(st));
    rc = st == GEORDF_ERR_ARG ? GD_EXIT_USAGE : GD_EXIT_FAIL;
    goto done;
  }
  char err[1024];
  rc = GD_EXIT_FAIL;
  if (gd_store_open(&s, store ? store : NULL, 0, err, sizeof err) != GEORDF_OK) {
    fprintf(stderr, "geordf: %s\n", err);
    goto done;
  }
  if (!store) {
    /* the files go to a memory store first: it splits them into graphs */
    gd_load_counts c = {0};
    if ((rc = gd_load_batch(s, argv + optind, argc - optind, &o, &c)) != 0) goto done;
    rc = GD_EXIT_FAIL;
  }
  if (!(graphs = gd_store_graphs(s))) {
    fprintf(stderr, "geordf: cannot list the graphs: %s\n", gd_store_error(s));
    goto done;
  }
  unsigned long sent = 0, skipped = 0;
  size_t bytes = 0;
  int stop = 0;
  for (char **g = graphs; *g && !stop; g++) {
    char *body = NULL;
    size_t len = 0;
    if (gd_store_graph_ntriples(s, *g, &body, &len) != GEORDF_OK) {
      fprintf(stderr, "geordf: cannot serialize <%s>\n", *g);
      stop = 1;
      break;
    }
    /* Each push holds only its own documents' entities: merge, never replace. */
    st = !strcmp(*g, GEORDF_ID_NS) ? gd_push_graph_merge(p, *g, body, len)
                                   : gd_push_graph(p, *g, body, len);
    free(body);
    if (st == GEORDF_OK) {
      sent++;
      bytes += len;
    } else {
      fprintf(stderr, "geordf: %s\n", gd_push_error(p));
      skipped++;
      /* an unreachable or refusing server fails every graph alike */
      if (st != GEORDF_ERR_ARG) stop = 1;
    }
  }
  if (!o.quiet || skipped)
    fprintf(stderr, "geordf: pushed %lu graphs (%zu bytes), %lu failed%s%s\n", sent, bytes,
            skipped, stop ? "; stopped" : "",
            skipped || stop ? " (each graph is sent whole, so pushing again is safe)" : "");
  rc = skipped || stop ? GD_EXIT_FAIL : 0;
done:
  gd_strv_free(graphs);
  gd_store_free(s);
  gd_push_free(p);
  wipe(password);
  free(o.lexfiles);
  return rc;
}

