/* geordf: subcommands of the command-line tool beyond extract.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_COMMANDS_H
#define GEORDF_COMMANDS_H

/* Each takes the arguments after the subcommand name (argv[0] is the
 * subcommand name) and returns the process exit status. */
int gd_cmd_eval(int argc, char **argv);
int gd_cmd_load(int argc, char **argv);
int gd_cmd_query(int argc, char **argv);
int gd_cmd_push(int argc, char **argv);
int gd_cmd_validate(int argc, char **argv);

#include "geordf/geordf.h"
#include <stddef.h>

/* Loads the bundled lexicon and FILES (--lexicon), and freezes it.  On
 * failure prints the reason on stderr and returns -1 (exit status 3). */
int gd_cli_load_lexicon(geordf_lexicon **out, char *const *files, size_t n_files);

#endif
