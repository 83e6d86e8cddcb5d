/* geordf: the load, query and push subcommands (placeholders).
 * SPDX-License-Identifier: MIT */
#include "commands.h"
#include <stdio.h>
static int missing(const char *what) {
  fprintf(stderr, "geordf: %s is not available in this build\n", what);
  return 2;
}
int gd_cmd_load(int argc, char **argv) { (void)argc; (void)argv; return missing("load"); }
int gd_cmd_query(int argc, char **argv) { (void)argc; (void)argv; return missing("query"); }
int gd_cmd_push(int argc, char **argv) { (void)argc; (void)argv; return missing("push"); }
