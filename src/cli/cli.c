/* SPDX-License-Identifier: MIT
 * geordf: what the subcommands share (cli.h): usage errors, --lexicon,
 * diagnostics on stderr, and the environment, read here only. */
#define _GNU_SOURCE 1 /* optind */
#include "config.h"

#include "cli.h"
#include "dbconn.h"
#include "extract.h"
#include "lexicon.h"
#include "store.h"
#include "synmodel.h"
#include "trace.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the environment ------------------------------------------------------ */

static void trace_to_stderr(const char *text, size_t len, void *payload) {
  (void)payload;
  fwrite(text, 1, len, stderr);
}

static int extract_traced;

void gd_cli_environment(void) {
  /* the data folder and the model: an explicit one must be right */
  gd_datadir_set(getenv("GEORDF_DATADIR"));
  gd_model_path_set(getenv("GEORDF_MODEL"));
  const char *v = getenv("GEORDF_VERIFY_MODEL");
  gd_synmodel_set_verify(v && *v && strcmp(v, "0"));
  v = getenv("GEORDF_NO_PARSE");
  gd_extract_set_no_parse(v && *v == '1');
  /* GEORDF_DEBUG=1 traces extraction; set at all, the store's SQL */
  v = getenv("GEORDF_DEBUG");
  unsigned topics = 0;
  if (v && *v == '1') topics |= GD_TRACE_EXTRACT;
  if (v) topics |= GD_TRACE_STORE;
  extract_traced = (topics & GD_TRACE_EXTRACT) != 0;
  gd_trace_set(topics, trace_to_stderr, NULL);
  /* seconds, 0 to 86400; anything else leaves the default */
  v = getenv("GEORDF_BUSY_TIMEOUT");
  char *end = NULL;
  double sec = v && *v ? strtod(v, &end) : -1;
  gd_db_set_busy_ms(end && !*end && sec >= 0 && sec <= 86400 ? (int)(sec * 1000) : -1);
}

int gd_cli_tracing(void) { return extract_traced; }

/* ---- messages ---------------------------------------------------------------- */

void gd_cli_usage(const char *cmd, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "geordf%s%s: ", cmd ? " " : "", cmd ? cmd : "");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry 'geordf%s%s --help' for more information.\n", cmd ? " " : "",
          cmd ? cmd : "");
}

void gd_cli_print_diag(const gd_diag *d, void *payload) {
  (void)payload;
  gd_diag_write(d, stderr);
}

/* ---- options and files ------------------------------------------------------- */

/* Reports a getopt problem (our messages name the option, getopt's the
 * subcommand); always returns GD_EXIT_USAGE. */
int gd_cli_bad_option(const char *cmd, int opt, char **argv) {
  const char *arg = argv[optind - 1];
  if (opt == ':') {
    gd_cli_usage(cmd, "option '%s' needs a value", arg);
  } else if (optopt && strncmp(arg, "--", 2)) {
    /* a short option, maybe one of several after one '-' */
    gd_cli_usage(cmd, "unknown option '-%c'", optopt);
  } else {
    gd_cli_usage(cmd, "unknown option '%s'", arg);
  }
  return GD_EXIT_USAGE;
}

const char *gd_cli_store_path(const char *opt) {
  if (opt) return opt;
  const char *env = getenv("GEORDF_STORE");
  return env && *env ? env : "geordf.db";
}

int gd_cli_is_rdf_file(const char *path) { return gd_rdf_file_syntax(path) != NULL; }

/* Reads a whole file (NUL-terminated); NULL with errno on failure. */
char *gd_cli_slurp(const char *path, size_t *len) {
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


/* ---- the lexicon ---------------------------------------------------------------- */

int gd_cli_add_lexicon(char ***files, size_t *n, char *path) {
  char **p = realloc(*files, (*n + 1) * sizeof *p);
  if (!p) {
    fputs("geordf: out of memory\n", stderr);
    return -1;
  }
  *files = p;
  p[(*n)++] = path;
  return 0;
}

int gd_cli_load_lexicon(geordf_lexicon **out, char *const *files, size_t n_files) {
  const char *dir = geordf_lexicon_default_dir();
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
    st = geordf_lexicon_load_model(lex, NULL);
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
