/* SPDX-License-Identifier: MIT
 * geordf: the command-line tool's entry point.  It only dispatches: each
 * subcommand lives in its own cmd-*.c, what they share in cli.c. */
#include "config.h"

#include "cli.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

/* geordf --help: the overview; each command has its own --help. */
static const char usage_text[] =
    "Usage: geordf COMMAND [OPTION]... [ARGUMENT]...\n"
    "       geordf COMMAND --help | geordf --help | geordf --version\n"
    "\n"
    "Finds geopolitical events (state visits, alliances, arms deals, sanctions,\n"
    "shoot-downs) in news articles and writes them as RDF.\n"
    "\n"
    "Commands:\n"
    "  extract   articles (.txt, .jsonl, -) to RDF, or to a GraphViz picture,\n"
    "            on standard output\n"
    "  parse     articles to part-of-speech tags, lemmas and dependency trees\n"
    "            (CoNLL-U), or the parser's accuracy on a treebank\n"
    "  eval      score the extractor on annotated articles\n"
    "  load      extract articles, or read RDF, into the embedded store\n"
    "  query     run a SPARQL query on the store\n"
    "  push      send document graphs to a SPARQL server (Graph Store Protocol)\n"
    "  validate  check RDF files against the SHACL shapes of the ontology\n"
    "\n"
    "Run 'geordf COMMAND --help' for the options of a command.\n"
    "\n"
    "Environment:\n"
    "  GEORDF_DATADIR       the data folder (lexicon/, shapes.ttl) instead of\n"
    "                       the installed one\n"
    "  GEORDF_MODEL         the syntax model of parse instead of the installed\n"
    "                       geordf-en.model\n"
    "  GEORDF_VERIFY_MODEL=1  verify the model's checksum at every start (parse\n"
    "                       --eval always does; others check its structure)\n"
    "  GEORDF_STORE         the store of load, query and push (default geordf.db)\n"
    "  GEORDF_DEBUG=1       extract traces each sentence on standard error\n"
    "  GEORDF_NODE_MODULES  a node_modules folder holding rdf-validate-shacl\n"
    "                       and n3, for validate\n"
    "\n"
    "Exit status: 0 success; 1 some input failed or did not pass (see each\n"
    "command); 2 usage error; 3 the lexicon (validate: the validator) could not\n"
    "be loaded; 4 the output could not be written.\n";

static const struct {
  const char *name;
  int (*run)(int argc, char **argv);
} commands[] = {
    {"extract", gd_cmd_extract}, {"parse", gd_cmd_parse}, {"eval", gd_cmd_eval},
    {"load", gd_cmd_load},       {"query", gd_cmd_query}, {"push", gd_cmd_push},
    {"validate", gd_cmd_validate}};

int main(int argc, char **argv) {
  /* A closed pipe must show up as EPIPE, not kill us mid-file. */
  signal(SIGPIPE, SIG_IGN);
  gd_cli_environment();

  if (argc < 2) {
    gd_cli_usage(NULL, "%s", "no command given (expected extract, parse, eval, load, query, push or validate)");
    return GD_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
    fputs(usage_text, stdout);
    return fclose(stdout) == EOF ? GD_EXIT_OUTPUT : GD_EXIT_OK;
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
    printf("geordf %s\n", geordf_version());
    return fclose(stdout) == EOF ? GD_EXIT_OUTPUT : GD_EXIT_OK;
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (!strcmp(cmd, commands[i].name)) return commands[i].run(argc - 1, argv + 1);
  if (cmd[0] == '-')
    gd_cli_usage(NULL, "unknown option '%s'", cmd);
  else
    gd_cli_usage(NULL, "unknown command '%s' (expected extract, parse, eval, load, query, push or validate)", cmd);
  return GD_EXIT_USAGE;
}
