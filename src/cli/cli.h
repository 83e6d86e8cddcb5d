/* geordf: what the subcommands of the command-line tool share: exit
 * statuses, usage errors, --lexicon, printing diagnostics, and the
 * environment variables, which only the tool reads.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_CLI_H
#define GEORDF_CLI_H

#include "geordf/geordf.h"
#include "diag.h"

#include <stddef.h>

/* The exit statuses of every subcommand (each --help says which it uses). */
typedef enum {
  GD_EXIT_OK = 0,
  GD_EXIT_FAIL = 1,        /* some input failed or did not pass: extract skipped
                              records, load failed, eval scored below the bar,
                              validate found a violation */
  GD_EXIT_USAGE = 2,       /* a bad option or argument */
  GD_EXIT_LEXICON = 3,     /* the lexicon, the syntax model (parse) or the
                              validator (validate) could not be loaded */
  GD_EXIT_OUTPUT = 4,      /* the output could not be written */
  GD_EXIT_UNSUPPORTED = 5  /* query: a SPARQL feature the engine lacks */
} gd_exit;

/* The subcommands (cmd-*.c).  Each takes the arguments after the command
 * name (argv[0] is the subcommand name) and returns a gd_exit status. */
int gd_cmd_extract(int argc, char **argv);
int gd_cmd_parse(int argc, char **argv);
int gd_cmd_eval(int argc, char **argv);
int gd_cmd_load(int argc, char **argv);
int gd_cmd_query(int argc, char **argv);
int gd_cmd_push(int argc, char **argv);
int gd_cmd_validate(int argc, char **argv);

/* Reads the environment variables of README and geordf(1) (GEORDF_DATADIR,
 * GEORDF_MODEL, GEORDF_VERIFY_MODEL, GEORDF_NO_PARSE, GEORDF_DEBUG,
 * GEORDF_BUSY_TIMEOUT) and passes them to the libraries as settings; debug
 * traces go to stderr.  Called once, before any subcommand. */
void gd_cli_environment(void);

/* Whether GEORDF_DEBUG=1 traces extraction (extract then runs on one
 * thread, so that traces do not interleave). */
int gd_cli_tracing(void);

/* Reports a usage error of subcommand CMD (NULL: of geordf itself): the
 * message, then a pointer to --help. */
void gd_cli_usage(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Adds PATH, a --lexicon option's value, to *FILES (*N of them); -1 when
 * out of memory (reported). */
int gd_cli_add_lexicon(char ***files, size_t *n, char *path);

/* Loads the bundled lexicon and FILES (--lexicon), and freezes it.  On
 * failure prints the reason on stderr and returns -1 (GD_EXIT_LEXICON). */
int gd_cli_load_lexicon(geordf_lexicon **out, char *const *files, size_t n_files);

/* Reports a getopt problem of subcommand CMD, OPT being what getopt_long
 * (with opterr = 0 and optstring starting with ':') returned: ':' for a
 * missing value, else an unknown option.  Returns GD_EXIT_USAGE. */
int gd_cli_bad_option(const char *cmd, int opt, char **argv);

/* The store of load, query and push: OPT (--store), else $GEORDF_STORE,
 * else geordf.db. */
const char *gd_cli_store_path(const char *opt);

/* Whether PATH is an RDF file (by its extension) rather than articles. */
int gd_cli_is_rdf_file(const char *path);

/* Reads a whole file ("-": standard input), NUL-terminated, its length in
 * *LEN (may be NULL); NULL with errno on failure. */
char *gd_cli_slurp(const char *path, size_t *len);

/* A gd_diag_sink that prints D on stderr as "geordf: file:line:col:
 * severity: message" (PAYLOAD unused). */
void gd_cli_print_diag(const gd_diag *d, void *payload);

#endif
