/* geordf: the eval subcommand (placeholder until the scorer lands).
 * SPDX-License-Identifier: MIT */
#include "commands.h"
#include <stdio.h>
int gd_cmd_eval(int argc, char **argv) {
  (void)argc; (void)argv;
  fputs("geordf: eval is not available in this build\n", stderr);
  return 2;
}
