/* SPDX-License-Identifier: MIT
 * geordf: the extract subcommand, which reads articles and writes RDF. */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "geordf/geordf.h"
#include "diag.h"
#include "cli.h"
#include "input.h"
#include "lexicon.h"
#include "pipeline.h"
#include "rdf.h"
#include "run.h"
#include "hash.h"
#include "strbuf.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* --jobs: more threads than this only cost memory. */
#define MAX_JOBS 256

/* geordf extract --help */
static const char extract_help[] =
    "Usage: geordf extract [OPTION]... FILE...\n"
    "\n"
    "Finds geopolitical events in news articles and writes them, with their\n"
    "evidence sentences and entities, as RDF to standard output.\n"
    "\n"
    "FILE is a text file (one article; its id is the file name without\n"
    "extension), a JSON Lines file (*.jsonl, *.ndjson: one object per line\n"
    "with \"id\" and \"text\", optional \"date\", \"title\", \"url\"), or - for\n"
    "standard input (JSON Lines if it starts with '{', else one article).\n"
    "\n"
    "Options:\n"
    "  -f, --format=FORMAT   turtle (default), ntriples, nquads, rdfxml, or\n"
    "                        dot: a GraphViz picture of the events (not RDF;\n"
    "                        render it with dot -Tsvg)\n"
    "  -o, --output=FILE     write to FILE (replaced only once complete)\n"
    "  -d, --date=YYYY-MM-DD publication date of articles that have none\n"
    "  -b, --base=IRI        prefix of document IRIs: an absolute IRI that\n"
    "                        ends in '/' and has no '#'\n"
    "                        (default " GEORDF_DEFAULT_BASE ")\n"
    "  -l, --lexicon=FILE    also load this Turtle lexicon file (repeatable)\n"
    "  -q, --quiet           no warnings, no summary line and no progress line\n"
    "                        (shown on a terminal during long runs)\n"
    "  -j, --jobs=N          extract on N threads (default: one per core); the\n"
    "                        output is the same, byte for byte, as with 1\n"
    "      --entity-graph    with --format nquads: each entity's type, label\n"
    "                        and sameAs once, in the shared graph\n"
    "                        <" GEORDF_ID_NS ">, not in every document\n"
    "                        graph (for stores whose default graph is the\n"
    "                        union of graphs)\n"
    "      --encoding=ENC    how input bytes are read: utf-8 (default),\n"
    "                        windows-1252 (also for Latin-1), or auto (UTF-8,\n"
    "                        and bytes that are not UTF-8 read as Windows-1252,\n"
    "                        with a warning)\n"
    "      --on-error=WHAT   a document with invalid UTF-8: replace (default: bad\n"
    "                        bytes become U+FFFD, with a warning), skip it, or\n"
    "                        fail (stop reading its file and exit 1)\n"
    "      --max-document-bytes=N  a document (a JSON Lines record, a text file)\n"
    "                        of more than N bytes (K, M, G: KiB, MiB, GiB;\n"
    "                        default 64M) is reported and skipped, or with\n"
    "                        --on-error=fail stops the reading of its file\n"
    "  -h, --help            show this help and exit\n"
    "  -V, --version         show the version and exit\n"
    "\n"
    "Environment:\n"
    "  GEORDF_DATADIR  the bundled lexicon is read from $GEORDF_DATADIR/lexicon\n"
    "                  instead of the installed data folder\n"
    "  GEORDF_DEBUG=1  trace the phrases, noun phrases and frames of each\n"
    "                  sentence on standard error\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  some input was skipped (bad records, unreadable files); the rest\n"
    "     was written\n"
    "  2  usage error (unknown option or format, bad value, no FILE)\n"
    "  3  the lexicon could not be loaded\n"
    "  4  the output could not be written\n";

#define usage_error(...) gd_cli_usage("extract", __VA_ARGS__)

/* ---- the temporary output file ------------------------------------------ */

/* The temporary file is removed if we are interrupted, so that a stopped run
 * leaves neither a partial FILE nor litter next to it. */
static char tmp_path[4096];
static volatile sig_atomic_t tmp_live;
static volatile sig_atomic_t progress_shown; /* a progress line is on stderr */

static void on_fatal_signal(int sig) {
  if (tmp_live)
    unlink(tmp_path);
  if (progress_shown)
    (void)!write(STDERR_FILENO, "\n", 1);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void drop_tmp(void) {
  if (tmp_live) {
    tmp_live = 0;
    unlink(tmp_path);
  }
}

/* Where the output goes: a regular FILE is replaced by renaming the
 * temporary file over it (over the file a symbolic link names, so that the
 * link stays); anything else that exists (/dev/null, a FIFO, a terminal)
 * is written in place, since a rename would replace the device itself. */
static char out_path[4096];
static int out_in_place;

static FILE *open_tmp(const char *target) {
  struct stat st, lst;
  out_in_place = 0;
  if (stat(target, &st) == 0 && !S_ISREG(st.st_mode)) {
    out_in_place = 1;
    return fopen(target, "wb");
  }
  const char *dest = target;
  if (lstat(target, &lst) == 0 && S_ISLNK(lst.st_mode)) {
    char *real = realpath(target, NULL);
    if (!real) return NULL;
    dest = real;
  }
  int len = snprintf(out_path, sizeof out_path, "%s", dest);
  if (dest != target) free((char *)dest);
  if (len >= (int)sizeof out_path ||
      snprintf(tmp_path, sizeof tmp_path, "%s.tmp.XXXXXX", out_path) >= (int)sizeof tmp_path) {
    errno = ENAMETOOLONG;
    return NULL;
  }
  int fd = mkstemp(tmp_path);
  if (fd < 0)
    return NULL;
  tmp_live = 1;
  /* mkstemp makes the file private; the result should look like any file
   * the user creates. */
  mode_t mask = umask(0);
  umask(mask);
  (void)fchmod(fd, 0666 & ~mask);
  FILE *fh = fdopen(fd, "wb");
  if (!fh) {
    int err = errno;
    close(fd);
    drop_tmp();
    errno = err;
  }
  return fh;
}

/* Flushes, syncs and closes FH, then renames it over the output file (or
 * only flushes and closes what is written in place).  Returns 0, or -1 with
 * errno set (the temporary file is then gone). */
static int commit_tmp(FILE *fh) {
  int err = 0;
  if (fflush(fh) == EOF || ferror(fh))
    err = errno ? errno : EIO;
  else if (!out_in_place && fsync(fileno(fh)) != 0)
    err = errno;
  if (fclose(fh) == EOF && !err)
    err = errno;
  if (!err && !out_in_place && rename(tmp_path, out_path) != 0)
    err = errno;
  if (err) {
    drop_tmp();
    errno = err;
    return -1;
  }
  tmp_live = 0;
  return 0;
}

/* ---- option checks ------------------------------------------------------- */

/* An absolute IRI with a scheme, usable as a prefix: it ends in '/'.  A '#'
 * is refused because document IRIs get "#char=..." and "#event-N"
 * fragments of their own. */
static int base_valid(const char *s) {
  size_t n = strlen(s), i = 0;
  if (!n || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
    return 0;
  while (s[i] && s[i] != ':') {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))
      return 0;
    i++;
  }
  if (s[i] != ':' || i + 1 >= n)
    return 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p <= 0x20 || *p == 0x7F || strchr("<>\"{}|\\^`#", *p))
      return 0;
  return s[n - 1] == '/';
}

/* ---- diagnostics --------------------------------------------------------- */

static int quiet;

static void progress_clear(void);

static void cli_sink(const gd_diag *d, void *payload) {
  (void)payload;
  if (quiet && d->severity != GD_ERROR)
    return;
  progress_clear();
  gd_cli_print_diag(d, NULL);
}

/* ---- extract ------------------------------------------------------------- */

typedef struct {
  unsigned long read, exported, skipped, events;
} counts;

/* What stopped the run early, if anything. */
typedef enum { RUN_OK, RUN_PIPE, RUN_OUTPUT } run_status;

/* Writing OUT failed with ERR: EPIPE on stdout means the reader (e.g.
 * `head`) has seen enough, which is not an error. */
static run_status out_failed(FILE *out, int err) {
  if (out == stdout && err == EPIPE)
    return RUN_PIPE;
  gd_diag_emit(cli_sink, NULL, GD_ERROR, NULL, 0, 0, "cannot write output: %s",
               strerror(err ? err : EIO));
  return RUN_OUTPUT;
}

/* Sends what was written so far on its way. */
static run_status flush_out(FILE *out) {
  errno = 0;
  if (fflush(out) != EOF && !ferror(out))
    return RUN_OK;
  return out_failed(out, errno);
}

/* Writes N bytes of P to OUT; a failed write reports its own errno, which a
 * later fflush would not. */
static run_status write_out(FILE *out, const char *p, size_t n) {
  errno = 0;
  if (n && fwrite(p, 1, n, out) != n)
    return out_failed(out, errno);
  return RUN_OK;
}

static int on_error = GD_ON_ERROR_REPLACE; /* --on-error */
static int encoding = GD_ENCODING_UTF8;     /* --encoding */
static size_t max_bytes;                    /* --max-document-bytes (0: default) */
static int stop_all;                        /* --on-error=fail was hit */

/* ---- the progress line ---------------------------------------------------- */

/* On a terminal, a long run shows how far it got on one line of stderr,
 * rewritten in place a few times a second and cleared before anything else
 * is printed there. */
static struct {
  int on;             /* stderr is a terminal and not --quiet */
  struct timespec t0; /* start of the run */
  double next;        /* seconds since t0 of the next update */
} progress;

static double progress_elapsed(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - progress.t0.tv_sec) +
         (double)(t.tv_nsec - progress.t0.tv_nsec) / 1e9;
}

/* OUT is where the RDF goes: when that is the same terminal, the line
 * would break it up, so there is none. */
static void progress_start(FILE *out) {
  progress.on = !quiet && isatty(STDERR_FILENO) &&
                !(out == stdout && isatty(STDOUT_FILENO));
  clock_gettime(CLOCK_MONOTONIC, &progress.t0);
  progress.next = 1.0; /* runs shorter than a second show none */
}

static void progress_clear(void) {
  if (progress_shown) {
    fputs("\r\033[K", stderr);
    progress_shown = 0;
  }
}

static void progress_update(unsigned long docs, unsigned long events) {
  if (!progress.on)
    return;
  double t = progress_elapsed();
  if (t < progress.next)
    return;
  progress.next = t + 0.25;
  fprintf(stderr, "\r\033[Kgeordf: %lu documents, %.0f documents/s, %lu events, "
                  "%.1f s", docs, docs / t, events, t);
  fflush(stderr);
  progress_shown = 1;
}

/* ---- one run --------------------------------------------------------------- */

/* --entity-graph on several threads: each worker writes an entity's
 * description the first time it meets the entity, and workers meet
 * documents in input order, so the first document (in input order) that
 * has an entity has its description.  Only that copy is kept, as one
 * writer writes it: the map holds each entity's first document. */
typedef struct { char *iri; unsigned long doc; } ent_entry;
typedef struct { ent_entry *v; size_t n, cap; gd_hindex ix; } ent_map;

static void ent_map_free(ent_map *m) {
  for (size_t i = 0; i < m->n; i++) free(m->v[i].iri);
  free(m->v);
  gd_hindex_free(&m->ix);
}

/* The first document of the entity IRI (LEN bytes), which is DOC if it is
 * new; 0 when out of memory. */
static unsigned long ent_first(ent_map *m, const char *iri, size_t len, unsigned long doc) {
  if (m->n == m->cap) {
    size_t cap = m->cap ? 2 * m->cap : 1024;
    ent_entry *v = realloc(m->v, cap * sizeof *v);
    if (!v) return 0;
    m->v = v;
    m->cap = cap;
  }
  if (gd_hindex_reserve(&m->ix, 1)) return 0;
  uint32_t tag = gd_hash_tag(gd_fnv1a(iri, len));
  gd_hslot *s;
  for (s = gd_hindex_first(&m->ix, tag); s->ix; s = gd_hindex_next(&m->ix, s)) {
    const char *e = m->v[s->ix - 1].iri;
    if (s->tag == tag && !strncmp(e, iri, len) && !e[len]) return m->v[s->ix - 1].doc;
  }
  if (!(m->v[m->n].iri = strndup(iri, len))) return 0;
  m->v[m->n].doc = doc;
  gd_hindex_put(&m->ix, s, tag, m->n++);
  return doc;
}

/* Where the documents of one extract run go, and what happened so far.
 * With --jobs 1 the writer writes straight to OUT; else the pipeline's
 * workers serialize and the RDF of each document is copied to OUT here, in
 * input order, by finish_doc() (so counts, messages and bytes come out the
 * same either way). */
typedef struct {
  const geordf_lexicon *lex;
  geordf_writer *w;      /* --jobs 1 */
  gd_pipeline *pipe;     /* --jobs N */
  FILE *out;
  counts c;
  run_status rs;
  geordf_status failed;  /* pipeline: the first failed write; like one
                            writer, every later document fails with it */
  const char *head, *tail;  /* pipeline: what the output starts and ends with */
  size_t head_len, tail_len;
  int head_done;
  int werr;              /* --jobs 1: errno of the writer's failed write */
  int entity_graph;      /* --entity-graph on several threads: see keep_entities() */
  ent_map ents;
  gd_strbuf kept;
} run;

/* The N-Quads RDF (LEN bytes) of document DOC without the entity-graph
 * statements of entities an earlier document described; in R->kept, or
 * NULL when out of memory. */
static const char *keep_entities(run *R, const char *rdf, size_t *len, unsigned long doc) {
  static const char tail[] = " <" GEORDF_ID_NS "> .";
  const size_t tl = sizeof tail - 1;
  R->kept.n = 0;
  for (const char *line = rdf, *end = rdf + *len; line < end;) {
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    const char *next = nl ? nl + 1 : end, *stop = nl ? nl : end;
    int keep = 1;
    if ((size_t)(stop - line) > tl && !memcmp(stop - tl, tail, tl) && *line == '<') {
      const char *gt = memchr(line + 1, '>', (size_t)(stop - line - 1));
      unsigned long first = gt ? ent_first(&R->ents, line + 1, (size_t)(gt - line - 1), doc) : doc;
      if (!first) return NULL;
      keep = first == doc;
    }
    if (keep) gd_strbuf_add(&R->kept, line, (size_t)(next - line));
    line = next;
  }
  if (R->kept.oom) return NULL;
  *len = R->kept.n;
  return R->kept.n ? R->kept.p : "";
}

/* Accounts for one document, in input order: reports a failed extraction
 * or serialization (the document is skipped), else sends its RDF (RDF, LEN:
 * from the pipeline; NULL: already written) on its way.  Returns nonzero
 * when the output broke and the run must stop. */
static int finish_doc(run *R, const char *path, const char *id, geordf_status xst,
                      geordf_status wst, size_t events, const char *rdf, size_t len) {
  R->c.read++;
  if (xst != GEORDF_OK) {
    gd_diag_emit(cli_sink, NULL, GD_ERROR, path, 0, 0,
                 "document '%s': extraction failed: %s; document skipped",
                 id, geordf_strerror(xst));
    R->c.skipped++;
    return 0;
  }
  if (R->pipe && R->failed) {
    wst = R->failed;
    rdf = NULL; /* a failed writer writes nothing more */
  }
  if (rdf && R->entity_graph && !(rdf = keep_entities(R, rdf, &len, R->c.read))) {
    fputs("geordf: out of memory\n", stderr);
    R->rs = RUN_OUTPUT;
    return 1;
  }
  if (rdf && len && !R->head_done) {
    R->head_done = 1;
    if ((R->rs = write_out(R->out, R->head, R->head_len)) != RUN_OK)
      return 1;
  }
  if (rdf && (R->rs = write_out(R->out, rdf, len)) != RUN_OK)
    return 1;
  if (wst != GEORDF_OK && !ferror(R->out)) {
    /* The stream is fine, so the problem is with this document. */
    gd_diag_emit(cli_sink, NULL, GD_ERROR, path, 0, 0,
                 "document '%s': cannot write RDF: %s; document skipped",
                 id, geordf_strerror(wst));
    R->c.skipped++;
    if (R->pipe)
      R->failed = wst;
    return 0;
  }
  /* No fflush per document: stdio writes whole buffers, and a failed write
   * leaves the stream's error flag set. */
  if (ferror(R->out)) {
    R->rs = out_failed(R->out, R->werr);
    return 1;
  }
  R->c.exported++;
  R->c.events += events;
  progress_update(R->c.read, R->c.events);
  return 0;
}

/* The pipeline's results, in input order. */
static int pipe_sink(const gd_item *it, void *payload) {
  run *R = payload;
  switch (it->kind) {
  case GD_ITEM_DIAG:
    cli_sink(it->diag, NULL);
    return 0;
  case GD_ITEM_SKIPPED:
    R->c.skipped += it->skipped;
    return 0;
  case GD_ITEM_DOC:
    return finish_doc(R, it->source, it->id, it->extracted, it->written,
                      it->events, it->rdf, it->rdf_len);
  }
  return 0;
}

/* Counts N skipped records, in order with the documents around them. */
static void skip(void *payload, unsigned long n) {
  run *R = payload;
  if (R->pipe) {
    if (gd_pipeline_skipped(R->pipe, n) < 0)
      R->c.skipped += n; /* out of memory: counted, if out of order */
  } else {
    R->c.skipped += n;
  }
}

/* A document extracted and written on this thread (--jobs 1). */
static int doc_done(void *payload, const char *path, const geordf_document *doc,
                    geordf_status extracted, geordf_status written, size_t events, int werr) {
  run *R = payload;
  R->werr = werr;
  return finish_doc(R, path, doc->id, extracted, written, events, NULL, 0);
}

/* A bad record (reported and counted by the reader): --on-error=fail stops
 * the whole run. */
static int bad_record(void *payload) {
  (void)payload;
  if (on_error != GD_ON_ERROR_FAIL) return 0;
  stop_all = 1;
  return 1;
}

/* A document the pipeline could not queue. */
static void doc_lost(void *payload, const char *path, const geordf_document *doc) {
  run *R = payload;
  gd_diag_emit(cli_sink, NULL, GD_ERROR, path, 0, 0,
               "document '%s': out of memory; document skipped", doc->id);
  R->c.read++;
  R->c.skipped++;
}

static run_status extract_file(const char *path, run *R, const char *date) {
  gd_reader_options ropt = {date, cli_sink, NULL, on_error, encoding, max_bytes};
  if (R->pipe) {
    /* the reader's messages wait for the documents before them */
    ropt.sink = gd_pipeline_diag_sink;
    ropt.payload = R->pipe;
  }
  gd_run_hooks h = {doc_done, skip, bad_record, doc_lost, R};
  gd_run_file(path, &ropt, R->lex, R->w, R->pipe, &h);
  return R->rs;
}

int gd_cmd_extract(int argc, char **argv) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      {"output", required_argument, NULL, 'o'},
      {"date", required_argument, NULL, 'd'},
      {"base", required_argument, NULL, 'b'},
      {"lexicon", required_argument, NULL, 'l'},
      {"quiet", no_argument, NULL, 'q'},
      {"on-error", required_argument, NULL, 'E'},
      {"encoding", required_argument, NULL, 'C'},
      {"max-document-bytes", required_argument, NULL, 'M'},
      {"jobs", required_argument, NULL, 'j'},
      {"entity-graph", no_argument, NULL, 'G'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0}};
  geordf_format format = GEORDF_FORMAT_TURTLE;
  const char *output = NULL, *date = NULL, *base = NULL;
  char **lexfiles = NULL;
  size_t n_lex = 0;
  int opt, rc = GD_EXIT_USAGE, entity_graph = 0;
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  unsigned jobs = ncpu > 0 ? (ncpu > MAX_JOBS ? MAX_JOBS : (unsigned)ncpu) : 1;

  /* An interrupted run removes its temporary output file. */
  signal(SIGINT, on_fatal_signal);
  signal(SIGTERM, on_fatal_signal);
  signal(SIGHUP, on_fatal_signal);
  /* Our own messages name the option; getopt's would name "extract". */
  opterr = 0;
  while ((opt = getopt_long(argc, argv, ":f:o:d:b:l:qhVE:C:j:", longopts, NULL)) != -1) {
    switch (opt) {
    case 'f':
      if (geordf_format_parse(&format, optarg) != GEORDF_OK) {
        usage_error("unknown format '%s' (expected turtle, ntriples, nquads, "
                    "rdfxml or dot)", optarg);
        goto done;
      }
      break;
    case 'o': output = optarg; break;
    case 'd':
      if (!gd_input_date_valid(optarg)) {
        usage_error("invalid date '%s' (expected a real date as YYYY-MM-DD)",
                    optarg);
        goto done;
      }
      date = optarg;
      break;
    case 'b':
      if (!base_valid(optarg)) {
        usage_error("invalid base '%s' (expected an absolute IRI ending in "
                    "'/', without '#')", optarg);
        goto done;
      }
      base = optarg;
      break;
    case 'l':
      if (gd_cli_add_lexicon(&lexfiles, &n_lex, optarg)) {
        rc = GD_EXIT_FAIL;
        goto done;
      }
      break;
    case 'q': quiet = 1; break;
    case 'G': entity_graph = 1; break;
    case 'E':
      if (!strcmp(optarg, "replace")) on_error = GD_ON_ERROR_REPLACE;
      else if (!strcmp(optarg, "skip")) on_error = GD_ON_ERROR_SKIP;
      else if (!strcmp(optarg, "fail")) on_error = GD_ON_ERROR_FAIL;
      else {
        usage_error("unknown --on-error '%s' (expected replace, skip or fail)", optarg);
        rc = GD_EXIT_USAGE;
        goto done;
      }
      break;
    case 'C':
      if ((encoding = gd_input_encoding_parse(optarg)) < 0) {
        usage_error("unknown --encoding '%s' (expected utf-8, windows-1252 or auto)",
                    optarg);
        goto done;
      }
      break;
    case 'M':
      if (gd_input_size_parse(optarg, &max_bytes)) {
        usage_error("invalid --max-document-bytes '%s' (expected a positive number of "
                    "bytes, or with K, M or G)", optarg);
        goto done;
      }
      break;
    case 'j': {
      char *end;
      errno = 0;
      unsigned long n = strtoul(optarg, &end, 10);
      if (*optarg < '0' || *optarg > '9' || *end || errno || n < 1 || n > MAX_JOBS) {
        usage_error("invalid --jobs '%s' (expected a number of threads from 1 to %d)",
                    optarg, MAX_JOBS);
        goto done;
      }
      jobs = (unsigned)n;
      break;
    }
    case 'h':
      fputs(extract_help, stdout);
      rc = fclose(stdout) == EOF ? GD_EXIT_OUTPUT : GD_EXIT_OK;
      goto done;
    case 'V':
      printf("geordf %s\n", geordf_version());
      rc = fclose(stdout) == EOF ? GD_EXIT_OUTPUT : GD_EXIT_OK;
      goto done;
    default:
      rc = gd_cli_bad_option("extract", opt, argv);
      goto done;
    }
  }
  if (optind >= argc) {
    usage_error("%s", "no input FILE given (use - for standard input)");
    goto done;
  }
  if (output && !strcmp(output, "-"))
    output = NULL;
  if (entity_graph && format != GEORDF_FORMAT_NQUADS) {
    usage_error("%s", "--entity-graph needs --format nquads (graphs are quads)");
    goto done;
  }

  geordf_lexicon *lex = NULL;
  if (gd_cli_load_lexicon(&lex, lexfiles, n_lex)) {
    rc = GD_EXIT_LEXICON;
    goto done;
  }

  FILE *out = stdout;
  if (output && !(out = open_tmp(output))) {
    fprintf(stderr, "geordf: cannot write %s: %s\n", output, strerror(errno));
    geordf_lexicon_free(lex);
    rc = GD_EXIT_OUTPUT;
    goto done;
  }

  /* Threads only for formats written document by document; debugging
   * traces would interleave. */
  if (!gd_format_splits(format) || gd_cli_tracing())
    jobs = 1;
  /* An article file is one document: no more threads than documents. */
  unsigned articles = 0;
  for (int i = optind; i < argc; i++)
    if (strcmp(argv[i], "-") && !gd_input_is_jsonl_path(argv[i]))
      articles++;
  if (articles == (unsigned)(argc - optind) && articles < jobs)
    jobs = articles;
  run R = {.lex = lex, .out = out, .rs = RUN_OK};
  geordf_status st;
  if (jobs > 1) {
    st = gd_pipeline_new(&R.pipe, lex, format, base, jobs, pipe_sink, &R);
    if (st == GEORDF_OK && entity_graph) {
      R.entity_graph = 1;
      st = gd_pipeline_entity_graph(R.pipe);
    }
    if (st == GEORDF_OK)
      gd_pipeline_frame(R.pipe, &R.head, &R.head_len, &R.tail, &R.tail_len);
  } else {
    st = geordf_writer_new(&R.w, out, format, base);
    if (st == GEORDF_OK && entity_graph) st = gd_writer_entity_graph(R.w);
  }
  run_status rs = RUN_OK;
  int bad_base = 0;
  if (st == GEORDF_ERR_ARG && base) {
    /* The writer has IRI checks of its own; they may be stricter. */
    usage_error("the RDF writer does not accept the base '%s'", base);
    bad_base = 1;
    rs = RUN_OUTPUT;
  } else if (st != GEORDF_OK) {
    fprintf(stderr, "geordf: cannot start the RDF writer: %s\n",
            geordf_strerror(st));
    rs = RUN_OUTPUT;
  }
  progress_start(out);
  for (int i = optind; rs == RUN_OK && !stop_all && i < argc; i++)
    rs = extract_file(argv[i], &R, date);
  if (rs == RUN_OK && R.pipe) {
    gd_pipeline_drain(R.pipe);
    rs = R.rs;
  }
  if (rs == RUN_OK) {
    st = GEORDF_OK;
    if (!R.pipe)
      st = geordf_writer_finish(R.w);
    else if (!R.head_done)
      rs = write_out(out, R.head, R.head_len);
    if (R.pipe && rs == RUN_OK)
      rs = write_out(out, R.tail, R.tail_len);
    if (rs == RUN_OK && (rs = flush_out(out)) == RUN_OK && st != GEORDF_OK) {
      fprintf(stderr, "geordf: cannot finish the output: %s\n",
              geordf_strerror(st));
      rs = RUN_OUTPUT;
    }
  }
  progress_clear();
  gd_pipeline_free(R.pipe);
  geordf_writer_free(R.w);
  ent_map_free(&R.ents);
  free(R.kept.p);
  geordf_lexicon_free(lex);
  counts c = R.c;

  if (output) {
    if (rs != RUN_OK) {
      fclose(out);
      drop_tmp();
    } else if (commit_tmp(out)) {
      fprintf(stderr, "geordf: cannot write %s: %s\n", output, strerror(errno));
      rs = RUN_OUTPUT;
    }
  } else if (rs == RUN_OK) {
    errno = 0;
    if (fclose(stdout) == EOF) {
      if (errno == EPIPE)
        rs = RUN_PIPE;
      else {
        fprintf(stderr, "geordf: cannot write output: %s\n",
                strerror(errno ? errno : EIO));
        rs = RUN_OUTPUT;
      }
    }
  }

  if (rs == RUN_PIPE) {
    rc = GD_EXIT_OK; /* the consumer stopped reading: a quiet end */
    goto done;
  }
  if (bad_base) {
    rc = GD_EXIT_USAGE;
    goto done;
  }
  if (!quiet)
    fprintf(stderr, "geordf: %lu documents read, %lu exported, %lu skipped, "
                    "%lu events\n", c.read, c.exported, c.skipped, c.events);
  if (rs == RUN_OUTPUT)
    rc = GD_EXIT_OUTPUT;
  else
    rc = c.skipped ? GD_EXIT_FAIL : GD_EXIT_OK;

done:
  free(lexfiles);
  return rc;
}
