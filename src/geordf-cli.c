/* SPDX-License-Identifier: MIT
 * geordf: the command-line front end that reads articles and writes RDF. */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "geordf/geordf.h"
#include "diag.h"
#include "commands.h"
#include "input.h"
#include "lexicon.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
  EXIT_SKIPPED = 1, /* some input was skipped, the rest written */
  EXIT_USAGE = 2,
  EXIT_LEXICON = 3,
  EXIT_OUTPUT = 4
};

static const char usage_text[] =
    "Usage: geordf extract [OPTION]... FILE...\n"
    "       geordf eval [OPTION]... GOLD.jsonl...\n"
    "       geordf load [--store PATH] FILE...\n"
    "       geordf query [--store PATH] [--format table|csv|tsv|json] (SPARQL | --file QUERY.rq)\n"
    "       geordf push --endpoint URL [--user U --password-file F] (FILE... | --store PATH)\n"
    "       geordf COMMAND --help | geordf --help | --version\n"
    "\n"
    "Finds geopolitical events (visits, alliances, arms deals, sanctions,\n"
    "shoot-downs) in news articles and writes them as RDF to standard output.\n"
    "\n"
    "FILE is a text file (one article; its id is the file name without\n"
    "extension), a JSON Lines file (*.jsonl, *.ndjson: one object per line\n"
    "with \"id\" and \"text\", optional \"date\", \"title\", \"url\"), or - for\n"
    "standard input (JSON Lines if it starts with '{', else one article).\n"
    "\n"
    "Options of extract:\n"
    "  -f, --format=FORMAT   turtle (default), ntriples, nquads or rdfxml\n"
    "  -o, --output=FILE     write to FILE (replaced only once complete)\n"
    "  -d, --date=YYYY-MM-DD publication date of articles that have none\n"
    "  -b, --base=IRI        prefix of document IRIs: an absolute IRI that\n"
    "                        ends in '/' and has no '#'\n"
    "                        (default " GEORDF_DEFAULT_BASE ")\n"
    "  -l, --lexicon=FILE    also load this Turtle lexicon file (repeatable)\n"
    "  -q, --quiet           no warnings and no summary line\n"
    "      --on-error=WHAT   a document with invalid UTF-8: replace (default: bad\n"
    "                        bytes become U+FFFD, with a warning), skip it, or\n"
    "                        fail (stop reading its file and exit 1)\n"
    "  -h, --help            show this help and exit\n"
    "  -V, --version         show the version and exit\n"
    "\n"
    "The bundled lexicon is looked up in $GEORDF_DATADIR/lexicon, then in the\n"
    "installed data folder.\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  some input was skipped (bad records, unreadable files); the rest\n"
    "     was written\n"
    "  2  usage error (unknown option or format, bad value, no FILE)\n"
    "  3  the lexicon could not be loaded\n"
    "  4  the output could not be written\n";

/* Reports a usage error, with a pointer to --help. */
static void usage_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

static void usage_error(const char *fmt, ...) {
  va_list ap;
  fputs("geordf: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs("\nTry 'geordf --help' for more information.\n", stderr);
}

/* ---- the temporary output file ------------------------------------------ */

/* The temporary file is removed if we are interrupted, so that a stopped run
 * leaves neither a partial FILE nor litter next to it. */
static char tmp_path[4096];
static volatile sig_atomic_t tmp_live;

static void on_fatal_signal(int sig) {
  if (tmp_live)
    unlink(tmp_path);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void drop_tmp(void) {
  if (tmp_live) {
    tmp_live = 0;
    unlink(tmp_path);
  }
}

static FILE *open_tmp(const char *target) {
  if (snprintf(tmp_path, sizeof tmp_path, "%s.tmp.XXXXXX", target) >=
      (int)sizeof tmp_path) {
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

/* Flushes, syncs and closes FH, then renames it over TARGET.  Returns 0, or
 * -1 with errno set (the temporary file is then gone). */
static int commit_tmp(FILE *fh, const char *target) {
  int err = 0;
  if (fflush(fh) == EOF || ferror(fh))
    err = errno ? errno : EIO;
  else if (fsync(fileno(fh)) != 0)
    err = errno;
  if (fclose(fh) == EOF && !err)
    err = errno;
  if (!err && rename(tmp_path, target) != 0)
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

static void cli_sink(const gd_diag *d, void *payload) {
  (void)payload;
  if (quiet && d->severity != GD_ERROR)
    return;
  gd_diag_print(d, NULL);
}

/* ---- extract ------------------------------------------------------------- */

typedef struct {
  unsigned long read, exported, skipped, events;
} counts;

/* What stopped the run early, if anything. */
typedef enum { RUN_OK, RUN_PIPE, RUN_OUTPUT } run_status;

/* Sends what was written so far on its way; EPIPE on stdout means the reader
 * (e.g. `head`) has seen enough, which is not an error. */
static run_status flush_out(FILE *out) {
  errno = 0;
  if (fflush(out) != EOF && !ferror(out))
    return RUN_OK;
  if (out == stdout && errno == EPIPE)
    return RUN_PIPE;
  gd_diag_emit(cli_sink, NULL, GD_ERROR, NULL, 0, 0, "cannot write output: %s",
               strerror(errno ? errno : EIO));
  return RUN_OUTPUT;
}

static int on_error = GD_ON_ERROR_REPLACE; /* --on-error */
static int stop_all;                        /* --on-error=fail was hit */

static run_status extract_file(const char *path, const geordf_lexicon *lex,
                               geordf_writer *w, FILE *out,
                               const char *date, counts *c) {
  gd_reader_options ropt = {date, cli_sink, NULL, on_error};
  gd_reader *r = NULL;
  if (gd_reader_open(&r, path, &ropt) != GEORDF_OK) {
    c->skipped++;
    return RUN_OK;
  }
  run_status rs = RUN_OK;
  for (;;) {
    geordf_document doc;
    geordf_status st = gd_reader_next(r, &doc);
    if (st == GEORDF_END)
      break;
    if (st == GEORDF_ERR_SYNTAX) {
      if (on_error == GD_ON_ERROR_FAIL) { stop_all = 1; break; }
      continue; /* reported and counted by the reader */
    }
    if (st != GEORDF_OK) {
      c->skipped++; /* the rest of this file is lost */
      break;
    }
    c->read++;

    geordf_events *evs = NULL;
    st = geordf_extract(&evs, lex, &doc);
    if (st != GEORDF_OK) {
      gd_diag_emit(cli_sink, NULL, GD_ERROR, path, 0, 0,
                   "document '%s': extraction failed: %s; document skipped",
                   doc.id, geordf_strerror(st));
      geordf_events_free(evs);
      c->skipped++;
      continue;
    }
    st = geordf_writer_write(w, &doc, evs);
    size_t n = geordf_events_count(evs);
    geordf_events_free(evs);
    if (st != GEORDF_OK && !ferror(out)) {
      /* The stream is fine, so the problem is with this document. */
      gd_diag_emit(cli_sink, NULL, GD_ERROR, path, 0, 0,
                   "document '%s': cannot write RDF: %s; document skipped",
                   doc.id, geordf_strerror(st));
      c->skipped++;
      continue;
    }
    if ((rs = flush_out(out)) != RUN_OK)
      break;
    c->exported++;
    c->events += n;
  }
  c->skipped += gd_reader_skipped(r);
  gd_reader_free(r);
  return rs;
}

/* Loads the bundled lexicon and the user's --lexicon FILES, and freezes it;
 * reports a problem on stderr and returns -1.  Shared by every subcommand. */
int gd_cli_load_lexicon(geordf_lexicon **out, char *const *files, size_t n_files) {
  const char *dir = gd_lexicon_default_dir();
  *out = NULL;
  if (!dir) {
    fputs("geordf: cannot find the lexicon; set GEORDF_DATADIR\n", stderr);
    return -1;
  }
  geordf_lexicon *lex = NULL;
  geordf_status st = geordf_lexicon_new(&lex);
  if (st == GEORDF_OK)
    st = geordf_lexicon_load_dir(lex, dir);
  for (size_t i = 0; st == GEORDF_OK && i < n_files; i++)
    st = geordf_lexicon_load_file(lex, files[i]);
  if (st == GEORDF_OK)
    st = geordf_lexicon_freeze(lex);
  if (st != GEORDF_OK) {
    const char *msg = lex ? geordf_lexicon_error(lex) : "";
    fprintf(stderr, "geordf: cannot load the lexicon: %s\n",
            msg && *msg ? msg : geordf_strerror(st));
    geordf_lexicon_free(lex);
    return -1;
  }
  *out = lex;
  return 0;
}

static int cmd_extract(int argc, char **argv) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      {"output", required_argument, NULL, 'o'},
      {"date", required_argument, NULL, 'd'},
      {"base", required_argument, NULL, 'b'},
      {"lexicon", required_argument, NULL, 'l'},
      {"quiet", no_argument, NULL, 'q'},
      {"on-error", required_argument, NULL, 'E'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0}};
  geordf_format format = GEORDF_FORMAT_TURTLE;
  const char *output = NULL, *date = NULL, *base = NULL;
  char **lexfiles = NULL;
  size_t n_lex = 0;
  int opt, rc = EXIT_USAGE;

  /* Our own messages name the option; getopt's would name "extract". */
  opterr = 0;
  while ((opt = getopt_long(argc, argv, ":f:o:d:b:l:qhVE:", longopts, NULL)) != -1) {
    switch (opt) {
    case 'f':
      if (geordf_format_parse(&format, optarg) != GEORDF_OK) {
        fprintf(stderr, "geordf: unknown format '%s' (expected turtle, "
                        "ntriples, nquads or rdfxml)\n", optarg);
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
    case 'l': {
      char **p = realloc(lexfiles, (n_lex + 1) * sizeof *p);
      if (!p) {
        fputs("geordf: out of memory\n", stderr);
        rc = EXIT_FAILURE;
        goto done;
      }
      lexfiles = p;
      lexfiles[n_lex++] = optarg;
      break;
    }
    case 'q': quiet = 1; break;
    case 'E':
      if (!strcmp(optarg, "replace")) on_error = GD_ON_ERROR_REPLACE;
      else if (!strcmp(optarg, "skip")) on_error = GD_ON_ERROR_SKIP;
      else if (!strcmp(optarg, "fail")) on_error = GD_ON_ERROR_FAIL;
      else {
        usage_error("unknown --on-error '%s' (expected replace, skip or fail)", optarg);
        rc = EXIT_USAGE;
        goto done;
      }
      break;
    case 'h':
      fputs(usage_text, stdout);
      rc = fclose(stdout) == EOF ? EXIT_OUTPUT : EXIT_SUCCESS;
      goto done;
    case 'V':
      printf("geordf %s\n", geordf_version());
      rc = fclose(stdout) == EOF ? EXIT_OUTPUT : EXIT_SUCCESS;
      goto done;
    case ':':
      usage_error("option '%s' needs a value", argv[optind - 1]);
      goto done;
    default:
      if (optopt && strncmp(argv[optind - 1], "--", 2)) {
        char s[2] = {(char)optopt, '\0'};
        usage_error("unknown option '-%s'", s);
      } else {
        usage_error("unknown option '%s'", argv[optind - 1]);
      }
      goto done;
    }
  }
  if (optind >= argc) {
    usage_error("%s", "no input FILE given (use - for standard input)");
    goto done;
  }
  if (output && !strcmp(output, "-"))
    output = NULL;

  geordf_lexicon *lex = NULL;
  if (gd_cli_load_lexicon(&lex, lexfiles, n_lex)) {
    rc = EXIT_LEXICON;
    goto done;
  }

  FILE *out = stdout;
  if (output && !(out = open_tmp(output))) {
    fprintf(stderr, "geordf: cannot write %s: %s\n", output, strerror(errno));
    geordf_lexicon_free(lex);
    rc = EXIT_OUTPUT;
    goto done;
  }

  counts c = {0, 0, 0, 0};
  run_status rs = RUN_OK;
  geordf_writer *w = NULL;
  geordf_status st = geordf_writer_new(&w, out, format, base);
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
  for (int i = optind; rs == RUN_OK && !stop_all && i < argc; i++)
    rs = extract_file(argv[i], lex, w, out, date, &c);
  if (rs == RUN_OK) {
    st = geordf_writer_finish(w);
    if ((rs = flush_out(out)) == RUN_OK && st != GEORDF_OK) {
      fprintf(stderr, "geordf: cannot finish the output: %s\n",
              geordf_strerror(st));
      rs = RUN_OUTPUT;
    }
  }
  geordf_writer_free(w);
  geordf_lexicon_free(lex);

  if (output) {
    if (rs != RUN_OK) {
      fclose(out);
      drop_tmp();
    } else if (commit_tmp(out, output)) {
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
    rc = EXIT_SUCCESS; /* the consumer stopped reading: a quiet end */
    goto done;
  }
  if (bad_base) {
    rc = EXIT_USAGE;
    goto done;
  }
  if (!quiet)
    fprintf(stderr, "geordf: %lu documents read, %lu exported, %lu skipped, "
                    "%lu events\n", c.read, c.exported, c.skipped, c.events);
  if (rs == RUN_OUTPUT)
    rc = EXIT_OUTPUT;
  else
    rc = c.skipped ? EXIT_SKIPPED : EXIT_SUCCESS;

done:
  free(lexfiles);
  return rc;
}

int main(int argc, char **argv) {
  /* A closed pipe must show up as EPIPE, not kill us mid-file. */
  signal(SIGPIPE, SIG_IGN);
  signal(SIGINT, on_fatal_signal);
  signal(SIGTERM, on_fatal_signal);
  signal(SIGHUP, on_fatal_signal);

  if (argc < 2) {
    usage_error("%s", "no command given (expected extract, eval, load, query or push)");
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
    fputs(usage_text, stdout);
    return fclose(stdout) == EOF ? EXIT_OUTPUT : EXIT_SUCCESS;
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
    printf("geordf %s\n", geordf_version());
    return fclose(stdout) == EOF ? EXIT_OUTPUT : EXIT_SUCCESS;
  }
  if (!strcmp(cmd, "extract"))
    return cmd_extract(argc - 1, argv + 1);
  if (!strcmp(cmd, "eval"))
    return gd_cmd_eval(argc - 1, argv + 1);
  if (!strcmp(cmd, "load"))
    return gd_cmd_load(argc - 1, argv + 1);
  if (!strcmp(cmd, "query"))
    return gd_cmd_query(argc - 1, argv + 1);
  if (!strcmp(cmd, "push"))
    return gd_cmd_push(argc - 1, argv + 1);
  if (cmd[0] == '-')
    usage_error("unknown option '%s'", cmd);
  else
    usage_error("unknown command '%s' (expected extract, eval, load, query or push)", cmd);
  return EXIT_USAGE;
}
