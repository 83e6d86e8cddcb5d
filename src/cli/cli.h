/* geordf: what the subcommands of the command-line tool share.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_CLI_H
#define GEORDF_CLI_H

/* Each takes the arguments after the subcommand name (argv[0] is the
 * subcommand name) and returns the process exit status. */
int gd_cmd_eval(int argc, char **argv);
int gd_cmd_parse(int argc, char **argv);
int gd_cmd_load(int argc, char **argv);
int gd_cmd_query(int argc, char **argv);
int gd_cmd_push(int argc, char **argv);
int gd_cmd_validate(int argc, char **argv);

#include "geordf/geordf.h"
#include <stddef.h>

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
 * failure prints the reason on stderr and returns -1 (exit status 3). */
int gd_cli_load_lexicon(geordf_lexicon **out, char *const *files, size_t n_files);

#endif
