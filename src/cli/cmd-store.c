/* SPDX-License-Identifier: MIT
 * geordf: the load, query and push subcommands (embedded store and a SPARQL
 * server's Graph Store Protocol). */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "cli.h"
#include "geordf/geordf.h"
#include "diag.h"
#include "input.h"
#include "lexicon.h"
#include "push.h"
#include "run.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Reports a getopt problem (our messages name the option, getopt's the
 * subcommand); always returns GD_EXIT_USAGE. */
static int bad_option(const char *cmd, int opt, char **argv) {
  if (opt == ':')
    gd_cli_usage(cmd, "this option needs a value: %s", argv[optind - 1]);
  else
    gd_cli_usage(cmd, "unknown option %s", argv[optind - 1]);
  return GD_EXIT_USAGE;
}

static const char *store_path(const char *opt) {
  if (opt) return opt;
  const char *env = getenv("GEORDF_STORE");
  return env && *env ? env : "geordf.db";
}

static int is_rdf_file(const char *path) { return gd_rdf_file_syntax(path) != NULL; }

/* Reads a whole file (NUL-terminated); NULL with errno on failure. */
static char *slurp(const char *path, size_t *len) {
  FILE *fh = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!fh) return NULL;
  size_t n = 0, cap = 4096;
  char *buf = malloc(cap);
  while (buf) {
    if (n + 1 >= cap) {
      char *p = realloc(buf, cap *= 2);
      if (!p) { free(buf); buf = NULL; errno = ENOMEM; break; }
      buf = p;
    }
    size_t k = fread(buf + n, 1, cap - n - 1, fh);
    n += k;
    if (k == 0) break;
  }
  int bad = ferror(fh);
  if (fh != stdin) fclose(fh);
  if (buf && bad) { free(buf); buf = NULL; errno = EIO; }
  if (buf) {
    buf[n] = '\0';
    if (len) *len = n;
  }
  return buf;
}

/* ---- loading inputs into a store ------------------------------------------ */

typedef struct {
  const char *date, *base;
  const char *graph;  /* --graph: NULL (a graph per file), "" (default) or an IRI */
  char **lexfiles;
  size_t n_lex;
  int quiet;
  int encoding;  /* --encoding: GD_ENCODING_* */
  size_t max_bytes;  /* --max-document-bytes (0: the default) */
} load_opts;

typedef struct {
  unsigned long files, docs, graphs, triples, errors;
} load_counts;

static void count_sink(const gd_diag *d, void *payload) {
  load_counts *c = payload;
  if (d->severity == GD_ERROR) c->errors++;
  gd_cli_print_diag(d, NULL);
}

static void quiet_sink(const gd_diag *d, void *payload) {
  load_counts *c = payload;
  if (d->severity == GD_ERROR) {
    c->errors++;
    gd_cli_print_diag(d, NULL);
  }
}

static int load_lexicon(geordf_lexicon **out, const load_opts *o) {
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
  char *ttl = slurp(path, &len);
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
  load_counts *c;
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
                         const load_opts *o, load_counts *c) {
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
static int load_batch(gd_store *s, char **files, int n, const load_opts *o,
                      load_counts *c) {
  geordf_lexicon *lex = NULL;
  for (int i = 0; i < n && !lex; i++)
    if (!is_rdf_file(files[i]) && load_lexicon(&lex, o)) return GD_EXIT_LEXICON;
  if (gd_store_begin(s) != GEORDF_OK) {
    fprintf(stderr, "geordf: %s\n", gd_store_error(s));
    geordf_lexicon_free(lex);
    return GD_EXIT_FAIL;
  }
  /* Extracted articles use the ontology's classes and labels; RDF files put
   * into a graph the user names (--graph) come alone. */
  int articles = !o->graph;
  for (int i = 0; i < n; i++)
    if (!is_rdf_file(files[i])) articles = 1;
  int rc = articles && load_ontology(s) ? GD_EXIT_FAIL : 0;
  for (int i = 0; !rc && i < n; i++) {
    if (is_rdf_file(files[i])) {
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

/* --encoding has no short form. */
enum { OPT_ENCODING = 256, OPT_MAX_BYTES };

/* Options shared by load and push (push has no -s short form clash). */
static int parse_load_opt(int opt, load_opts *o, const char *cmd) {
  switch (opt) {
  case OPT_ENCODING:
    if ((o->encoding = gd_input_encoding_parse(optarg)) < 0) {
      gd_cli_usage(cmd, "unknown --encoding (expected utf-8, windows-1252 or auto): %s", optarg);
      return -1;
    }
    return 1;
  case OPT_MAX_BYTES:
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

int gd_cmd_load(int argc, char **argv) {
  static const struct option longopts[] = {
      {"store", required_argument, NULL, 's'}, {"date", required_argument, NULL, 'd'},
      {"base", required_argument, NULL, 'b'},  {"lexicon", required_argument, NULL, 'l'},
      {"quiet", no_argument, NULL, 'q'},       {"help", no_argument, NULL, 'h'},
      {"encoding", required_argument, NULL, OPT_ENCODING},
      {"max-document-bytes", required_argument, NULL, OPT_MAX_BYTES},
      {"graph", required_argument, NULL, 'g'},
      {NULL, 0, NULL, 0}};
  load_opts o = {0};
  const char *store = NULL;
  int opt, rc = GD_EXIT_USAGE;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":s:d:b:l:qg:h", longopts, NULL)) != -1) {
    int k = parse_load_opt(opt, &o, "load");
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
      rc = bad_option("load", opt, argv);
      goto done;
    }
  }
  if (optind >= argc) {
    gd_cli_usage("load", "no FILE given");
    goto done;
  }
  store = store_path(store);
  gd_store *s = NULL;
  char err[1024];
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  if (gd_store_open(&s, store, 1, err, sizeof err) != GEORDF_OK) {
    fprintf(stderr, "geordf: %s\n", err);
    rc = GD_EXIT_FAIL;
    goto done;
  }
  load_counts c = {0};
  rc = load_batch(s, argv + optind, argc - optind, &o, &c);
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

/* ---- query -------------------------------------------------------------------- */

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
    default: return bad_option("query", opt, argv);
    }
  }
  if (file ? optind != argc : optind + 1 != argc) {
    gd_cli_usage("query", "%s", file ? "give either --file or a query, not both"
                                     : "expected one SPARQL query (or --file)");
    return GD_EXIT_USAGE;
  }
  char *text = NULL;
  if (file && !(text = slurp(file, NULL))) {
    fprintf(stderr, "geordf: cannot read %s: %s\n", file, strerror(errno));
    return GD_EXIT_FAIL;
  }
  gd_store *s = NULL;
  char err[1024];
  store = store_path(store);
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

/* ---- push ------------------------------------------------------------------------ */

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
  char *text = slurp(path, NULL);
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
      {"encoding", required_argument, NULL, OPT_ENCODING},
      {"max-document-bytes", required_argument, NULL, OPT_MAX_BYTES},
      {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0}};
  load_opts o = {0};
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
    int k = parse_load_opt(opt, &o, "push");
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
    default: rc = bad_option("push", opt, argv); goto done;
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
    load_counts c = {0};
    if ((rc = load_batch(s, argv + optind, argc - optind, &o, &c)) != 0) goto done;
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
