/* SPDX-License-Identifier: MIT
 * geordf: the validate subcommand, which checks RDF files against the SHACL
 * shapes of the ontology with a real SHACL engine (the npm package
 * rdf-validate-shacl, run by Node.js).
 *
 * Each FILE is parsed here with raptor (so every format geordf writes can be
 * checked, and a syntax error names its line) into an unnamed temporary
 * N-Triples file (N-Quads graphs are merged: the shapes describe the union);
 * then one node process validates them all and prints the report. */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "cli.h"
#include "geordf/geordf.h"
#include "lexicon.h"

#include <errno.h>
#include <getopt.h>
#include <raptor2.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static const char validate_help[] =
    "Usage: geordf validate [OPTION]... FILE...\n"
    "\n"
    "Checks RDF files (geordf's output, or any other) against the SHACL shapes\n"
    "of the geordf ontology (shapes.ttl) with the SHACL engine of the npm\n"
    "package rdf-validate-shacl, run by Node.js, and prints each violation\n"
    "with its node, property, value and message.  FILE is Turtle (.ttl),\n"
    "N-Triples (.nt), N-Quads (.nq, its graphs merged) or RDF/XML (.rdf,\n"
    ".xml, .owl); - reads Turtle from standard input.\n"
    "\n"
    "Options:\n"
    "  -f, --format=FORMAT   read every FILE as turtle, ntriples, nquads or\n"
    "                        rdfxml instead of guessing from its name\n"
    "  -s, --shapes=FILE     the SHACL shapes (default: shapes.ttl of the data\n"
    "                        folder)\n"
    "  -q, --quiet           print only the files that do not conform\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "It needs node (Debian: apt install nodejs npm) and the npm packages\n"
    "rdf-validate-shacl and n3: npm install -g rdf-validate-shacl n3, or\n"
    "npm install them into a folder and point GEORDF_NODE_MODULES at its\n"
    "node_modules.\n"
    "\n"
    "Environment:\n"
    "  GEORDF_NODE_MODULES  the node_modules folder to load the packages from\n"
    "                       (default: npm's global folder, npm root -g)\n"
    "  GEORDF_DATADIR       the data folder holding shapes.ttl\n"
    "\n"
    "Exit status: 0 every FILE conforms; 1 a FILE does not conform or cannot\n"
    "be read or parsed; 2 usage error; 3 node, the npm packages or the shapes\n"
    "are missing, or the validator failed.\n";

/* The validator, run as `node -e SCRIPT MODULES SHAPES (NAME NTFILE)...`.
 * It loads the packages by file URL from MODULES (import() does not search
 * NODE_PATH), and exits 0 when everything conforms, 1 on a violation, 2 on
 * an error. */
static const char validator_js[] =
    "'use strict';\n"
    "const fs = require('fs'), path = require('path');\n"
    "const { pathToFileURL } = require('url');\n"
    "const [mods, shapesPath, quiet, ...pairs] = process.argv.slice(1);\n"
    "const SH = 'http://www.w3.org/ns/shacl#';\n"
    "const PREFIXES = [['geo:', 'https://w3id.org/geordf/ns#'],\n"
    "  ['id:', 'https://w3id.org/geordf/id/'], ['sh:', SH],\n"
    "  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],\n"
    "  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],\n"
    "  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'], ['owl:', 'http://www.w3.org/2002/07/owl#'],\n"
    "  ['prov:', 'http://www.w3.org/ns/prov#'], ['dcterms:', 'http://purl.org/dc/terms/'],\n"
    "  ['nif:', 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#']];\n"
    "// The entry point of package NAME under MODS, as a file URL.\n"
    "function entry(name) {\n"
    "  const dir = path.join(mods, name);\n"
    "  const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));\n"
    "  let e = pj.exports;\n"
    "  if (e && typeof e === 'object' && '.' in e) e = e['.'];\n"
    "  while (e && typeof e === 'object') e = e.import || e.default || e.node || e.require;\n"
    "  const file = typeof e === 'string' ? e : pj.main || pj.module || 'index.js';\n"
    "  return pathToFileURL(path.join(dir, file)).href;\n"
    "}\n"
    "function show(t) {\n"
    "  if (!t) return '-';\n"
    "  if (Array.isArray(t)) return t.map(show).join(' ');\n"
    "  if (t.termType === 'NamedNode') {\n"
    "    for (const [p, ns] of PREFIXES)\n"
    "      if (t.value.startsWith(ns) && /^[A-Za-z0-9_-]*$/.test(t.value.slice(ns.length)))\n"
    "        return p + t.value.slice(ns.length);\n"
    "    return '<' + t.value + '>';\n"
    "  }\n"
    "  if (t.termType === 'BlankNode') return '_:' + t.value;\n"
    "  if (t.termType === 'Literal') {\n"
    "    const dt = t.datatype && t.datatype.value;\n"
    "    return JSON.stringify(t.value) + (t.language ? '@' + t.language :\n"
    "      dt && dt !== 'http://www.w3.org/2001/XMLSchema#string' ? '^^' + show(t.datatype) : '');\n"
    "  }\n"
    "  return String(t.value);\n"
    "}\n"
    "async function main() {\n"
    "  const n3 = await import(entry('n3'));\n"
    "  const N3 = n3.Parser ? n3 : n3.default;\n"
    "  const { default: SHACLValidator } = await import(entry('rdf-validate-shacl'));\n"
    "  const shapes = new N3.Parser({ format: 'text/turtle',\n"
    "    baseIRI: pathToFileURL(path.resolve(shapesPath)).href })\n"
    "    .parse(fs.readFileSync(shapesPath, 'utf8'));\n"
    "  const validator = new SHACLValidator(shapes);\n"
    "  let bad = 0;\n"
    "  for (let i = 0; i + 1 < pairs.length; i += 2) {\n"
    "    const data = new N3.Parser({ format: 'N-Triples' })\n"
    "      .parse(fs.readFileSync(pairs[i + 1], 'utf8'));\n"
    "    const report = await validator.validate(validator.factory.dataset(data));\n"
    "    const lines = [];\n"
    "    let violations = 0;\n"
    "    for (const r of report.results) {\n"
    "      const sev = r.severity ? r.severity.value.replace(SH, '') : 'Violation';\n"
    "      if (sev === 'Violation') violations++;\n"
    "      const msg = (r.message || []).map((m) => m.value).join('; ');\n"
    "      lines.push('  ' + sev + ': ' + show(r.focusNode) + ' ' + show(r.path) + ' ' +\n"
    "        show(r.value) + ': ' + (msg || 'constraint not met') + ' (' +\n"
    "        show(r.sourceConstraintComponent) + ')');\n"
    "    }\n"
    "    if (violations) bad++;\n"
    "    if (violations || lines.length || quiet !== 'quiet')\n"
    "      process.stdout.write(pairs[i] + ': ' + (violations ? 'does not conform, ' +\n"
    "        violations + (violations === 1 ? ' violation' : ' violations') :\n"
    "        'conforms') + ' (' + data.length + ' triples)\\n' +\n"
    "        lines.map((l) => l + '\\n').join(''));\n"
    "  }\n"
    "  return bad ? 1 : 0;\n"
    "}\n"
    "main().then((code) => { process.exitCode = code; }, (err) => {\n"
    "  process.stderr.write('geordf validate: ' + (err && err.message ? err.message : err) + '\\n');\n"
    "  process.exitCode = 2;\n"
    "});\n";

static int is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Whether DIR holds both packages. */
static int has_packages(const char *dir) {
  char p[4096];
  if (snprintf(p, sizeof p, "%s/rdf-validate-shacl/package.json", dir) >= (int)sizeof p ||
      !is_file(p))
    return 0;
  return snprintf(p, sizeof p, "%s/n3/package.json", dir) < (int)sizeof p && is_file(p);
}

/* Finds the node_modules folder: $GEORDF_NODE_MODULES (which must be
 * right), the source tree's tests/node (a build run from its tree), npm's
 * global folder.  Writes it to OUT; returns 0, or -1 after an error
 * message. */
static int find_modules(char *out, size_t size) {
  const char *env = getenv("GEORDF_NODE_MODULES");
  if (env && *env) {
    if (has_packages(env) && snprintf(out, size, "%s", env) < (int)size) return 0;
    fprintf(stderr, "geordf: GEORDF_NODE_MODULES=%s does not hold the npm packages "
                    "rdf-validate-shacl and n3 (npm install rdf-validate-shacl n3 in "
                    "the folder above it)\n", env);
    return -1;
  }
#ifdef GEORDF_SRCDATADIR
  if (has_packages(GEORDF_SRCDATADIR "/../tests/node/node_modules") &&
      snprintf(out, size, "%s", GEORDF_SRCDATADIR "/../tests/node/node_modules") < (int)size)
    return 0;
#endif
  FILE *p = popen("npm root -g 2>/dev/null", "r");
  if (p) {
    char line[4096] = "";
    if (!fgets(line, sizeof line, p)) line[0] = '\0';
    pclose(p);
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] && has_packages(line) && snprintf(out, size, "%s", line) < (int)size)
      return 0;
  }
  fputs("geordf: validate needs the npm packages rdf-validate-shacl and n3: run\n"
        "  npm install -g rdf-validate-shacl n3\n"
        "or install them into a folder and set GEORDF_NODE_MODULES to its "
        "node_modules\n", stderr);
  return -1;
}

/* The shapes: --shapes, else shapes.ttl next to the lexicon folder (the
 * source tree's ontology/), else under ontology/ there (the installed data
 * folder).  Returns 0, or -1 after an error message. */
static int find_shapes(char *out, size_t size, const char *opt) {
  if (opt) {
    if (is_file(opt) && snprintf(out, size, "%s", opt) < (int)size) return 0;
    fprintf(stderr, "geordf: cannot read the shapes file %s\n", opt);
    return -1;
  }
  const char *lex = geordf_lexicon_default_dir();
  if (lex) {
    static const char *const tails[] = {"/../shapes.ttl", "/../ontology/shapes.ttl"};
    for (size_t i = 0; i < 2; i++)
      if (snprintf(out, size, "%s%s", lex, tails[i]) < (int)size && is_file(out)) return 0;
  }
  fputs("geordf: cannot find the SHACL shapes (shapes.ttl); give --shapes FILE or "
        "set GEORDF_DATADIR\n", stderr);
  return -1;
}

/* ---- parsing with raptor --------------------------------------------------- */

typedef struct {
  const char *name;            /* the file as the user named it */
  raptor_serializer *ser;
  int errors;
} parse_ctx;

static void on_statement(void *user, raptor_statement *st) {
  parse_ctx *c = user;
  if (raptor_serializer_serialize_statement(c->ser, st)) c->errors++;
}

static void on_log(void *user, raptor_log_message *msg) {
  parse_ctx *c = user;
  if (msg->level < RAPTOR_LOG_LEVEL_ERROR) return;
  c->errors++;
  int line = msg->locator ? msg->locator->line : -1;
  if (line > 0)
    fprintf(stderr, "geordf: %s:%d: error: %s\n", c->name, line, msg->text);
  else
    fprintf(stderr, "geordf: %s: error: %s\n", c->name, msg->text);
}

static const char *guess_format(const char *path) {
  static const struct { const char *ext, *parser; } t[] = {
      {".ttl", "turtle"},  {".turtle", "turtle"}, {".nt", "ntriples"},
      {".nq", "nquads"},   {".rdf", "rdfxml"},    {".xml", "rdfxml"},
      {".owl", "rdfxml"}};
  const char *dot = strrchr(path, '.');
  for (size_t i = 0; dot && i < sizeof t / sizeof t[0]; i++)
    if (!strcmp(dot, t[i].ext)) return t[i].parser;
  return "turtle";
}

/* Parses PATH (- for stdin) as FORMAT and writes its triples as N-Triples
 * into a new unnamed temporary file.  Returns the file, rewound, or NULL
 * after an error message. */
static FILE *to_ntriples(raptor_world *world, const char *path, const char *format) {
  parse_ctx c = {path, NULL, 0};
  FILE *in = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!in) {
    fprintf(stderr, "geordf: cannot read %s: %s\n", path, strerror(errno));
    return NULL;
  }
  FILE *out = tmpfile();
  raptor_parser *parser = raptor_new_parser(world, format);
  c.ser = raptor_new_serializer(world, "ntriples");
  unsigned char *base_str = strcmp(path, "-")
      ? raptor_uri_filename_to_uri_string(path)
      : (unsigned char *)strdup("file:///dev/stdin");
  raptor_uri *base = base_str ? raptor_new_uri(world, base_str) : NULL;
  int ok = out && parser && c.ser && base &&
           !raptor_serializer_start_to_file_handle(c.ser, NULL, out);
  if (!ok) {
    fprintf(stderr, "geordf: %s: cannot set up the RDF parser: %s\n", path,
            out ? "out of memory" : strerror(errno));
  } else {
    raptor_world_set_log_handler(world, &c, on_log);
    raptor_parser_set_statement_handler(parser, &c, on_statement);
    if (raptor_parser_parse_file_stream(parser, in, path, base) && !c.errors) c.errors++;
    if (raptor_serializer_serialize_end(c.ser)) c.errors++;
    raptor_world_set_log_handler(world, NULL, NULL);
    if (fflush(out) || ferror(out)) {
      fprintf(stderr, "geordf: cannot write a temporary file: %s\n", strerror(errno));
      c.errors++;
    }
  }
  if (c.ser) raptor_free_serializer(c.ser);
  if (parser) raptor_free_parser(parser);
  if (base) raptor_free_uri(base);
  if (base_str) raptor_free_memory(base_str);
  if (in != stdin) fclose(in);
  if (!ok || c.errors) {
    if (ok) fprintf(stderr, "geordf: %s: not valid %s; not validated\n", path, format);
    if (out) fclose(out);
    return NULL;
  }
  rewind(out);
  return out;
}

/* ---- the command ------------------------------------------------------------- */

int gd_cmd_validate(int argc, char **argv) {
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'}, {"shapes", required_argument, NULL, 's'},
      {"quiet", no_argument, NULL, 'q'},        {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *format = NULL, *shapes_opt = NULL;
  int opt, quiet = 0;
  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":f:s:qh", longopts, NULL)) != -1) {
    switch (opt) {
    case 'f':
      if (strcmp(optarg, "turtle") && strcmp(optarg, "ntriples") &&
          strcmp(optarg, "nquads") && strcmp(optarg, "rdfxml")) {
        gd_cli_usage("validate", "unknown format (expected turtle, ntriples, nquads or rdfxml): %s", optarg);
        return GD_EXIT_USAGE;
      }
      format = optarg;
      break;
    case 's': shapes_opt = optarg; break;
    case 'q': quiet = 1; break;
    case 'h':
      fputs(validate_help, stdout);
      return fclose(stdout) == EOF ? GD_EXIT_FAIL : GD_EXIT_OK;
    default: return gd_cli_bad_option("validate", opt, argv);
    }
  }
  if (optind >= argc) {
    gd_cli_usage("validate", "no FILE given (use - for standard input)");
    return GD_EXIT_USAGE;
  }
  char shapes[4096], mods[4096];
  if (find_shapes(shapes, sizeof shapes, shapes_opt) || find_modules(mods, sizeof mods))
    return GD_EXIT_LEXICON;

  int nfiles = argc - optind, rc = GD_EXIT_OK, nvalid = 0;
  FILE **tmp = calloc((size_t)nfiles, sizeof *tmp);
  /* node -e SCRIPT MODULES SHAPES QUIET (NAME NTFILE)... NULL */
  char **args = calloc((size_t)(2 * nfiles + 7), sizeof *args);
  char (*fdpath)[32] = calloc((size_t)nfiles, sizeof *fdpath);
  raptor_world *world = raptor_new_world();
  if (!tmp || !args || !fdpath || !world || raptor_world_open(world)) {
    fputs("geordf: out of memory\n", stderr);
    rc = GD_EXIT_LEXICON;
    goto done;
  }
  size_t k = 0;
  args[k++] = "node";
  args[k++] = "-e";
  args[k++] = (char *)validator_js;
  args[k++] = mods;
  args[k++] = shapes;
  args[k++] = quiet ? "quiet" : "all";
  for (int i = 0; i < nfiles; i++) {
    const char *path = argv[optind + i];
    if (!(tmp[i] = to_ntriples(world, path, format ? format : guess_format(path)))) {
      rc = GD_EXIT_FAIL;
      continue;
    }
    /* the child opens the unnamed file through its descriptor */
    snprintf(fdpath[i], sizeof fdpath[i], "/dev/fd/%d", fileno(tmp[i]));
    args[k++] = argv[optind + i];
    args[k++] = fdpath[i];
    nvalid++;
  }
  if (!nvalid) goto done;
  fflush(stdout);
  pid_t pid;
  int err = posix_spawnp(&pid, "node", NULL, NULL, args, environ);
  if (err) {
    fprintf(stderr, "geordf: cannot run node: %s; validate needs Node.js (Debian: "
                    "apt install nodejs npm)\n", strerror(err));
    rc = GD_EXIT_LEXICON;
    goto done;
  }
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) { status = -1; break; }
  if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) <= 1) {
    if (WEXITSTATUS(status) == 1) rc = GD_EXIT_FAIL;
  } else {
    fputs("geordf: the SHACL validator failed (see above)\n", stderr);
    rc = GD_EXIT_LEXICON;
  }

done:
  for (int i = 0; tmp && i < nfiles; i++)
    if (tmp[i]) fclose(tmp[i]);
  free(tmp);
  free(args);
  free(fdpath);
  if (world) raptor_free_world(world);
  return rc;
}
