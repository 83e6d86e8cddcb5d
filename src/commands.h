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

#endif
