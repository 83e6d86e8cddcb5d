/* SPDX-License-Identifier: MIT
 * geordf: the eval subcommand, which scores the extractor on gold articles
 * and prints a table like the shared scorer's (or its JSON). */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "geordf/geordf.h"
#include "cli.h"
#include "diag.h"
#include "eval.h"
#include "lexicon.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char eval_usage[] =
    "Usage: geordf eval [OPTION]... GOLD.jsonl...\n"
    "\n"
    "Runs the extractor on annotated articles (JSON Lines in the format of\n"
    "the shared evaluation: id, date, title, text, entities, events) and\n"
    "scores its events as score.py does: precision, recall and F1 per event\n"
    "type and overall, attribute accuracy (status, planned, date) and\n"
    "negation handling.  GOLD may be - for standard input.\n"
    "\n"
    "Options:\n"
    "  -l, --lexicon=FILE     also load this Turtle lexicon file (repeatable)\n"
    "  -j, --json             print the result as JSON (score.py --json fields)\n"
    "  -e, --errors           list every miss (FN) and false alarm (FP)\n"
    "      --min-f1=X         exit 1 if the overall F1 is below X (0..1)\n"
    "      --min-type-f1=X    exit 1 if a type with gold events has F1 below X\n"
    "  -q, --quiet            no warnings; print only the overall line\n"
    "  -h, --help             show this help and exit\n"
    "\n"
    "Exit status: 0 success, 1 a score below a threshold or a gold record\n"
    "that could not be scored, 2 usage error, 3 the lexicon could not be\n"
    "loaded.\n";

static int quiet;

static void eval_sink(const gd_diag *d, void *payload) {
  (void)payload;
  if (quiet && d->severity != GD_ERROR) return;
  gd_cli_print_diag(d, NULL);
}

/* A threshold in [0, 1]; -1 when S is not one. */
static double parse_threshold(const char *s) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (errno || end == s || *end || !(v >= 0.0 && v <= 1.0)) return -1.0;
  return v;
}


static const char *const attr_names[GD_ATTR_COUNT] = {"status", "planned", "date"};

static void print_row(const char *name, const gd_eval_counts *c) {
  double p, r, f;
  gd_eval_prf(c, &p, &r, &f);
  printf("%-10s %6.3f %6.3f %6.3f %4lu %4lu %4lu\n", name, p, r, f, c->tp, c->fp, c->fn);
}

static void print_overall(const gd_eval_result *res) {
  gd_eval_counts o = gd_eval_overall(res);
  double p, r, f;
  gd_eval_prf(&o, &p, &r, &f);
  printf("overall: P %.3f R %.3f F1 %.3f\n", p, r, f);
}

static void print_table(const gd_eval *ev) {
  const gd_eval_result *res = gd_eval_get_result(ev);
  printf("%-10s %6s %6s %6s %4s %4s %4s\n", "type", "P", "R", "F1", "tp", "fp", "fn");
  for (int t = 0; t < GEORDF_EVENT_TYPE_COUNT; t++)
    print_row(geordf_event_type_name((geordf_event_type)t), &res->per_type[t]);
  gd_eval_counts o = gd_eval_overall(res);
  print_row("overall", &o);
  for (int a = 0; a < GD_ATTR_COUNT; a++) {
    if (res->attr_n[a])
      printf("attribute %s: %.3f of %lu\n", attr_names[a],
             (double)res->attr_ok[a] / (double)res->attr_n[a], res->attr_n[a]);
    else
      printf("attribute %s: none scored\n", attr_names[a]);
  }
  printf("negation: gold %lu, marked %lu, leaked %lu\n", res->neg_gold,
         res->neg_marked, res->neg_leaked);
  printf("documents %lu, system events %lu, malformed gold lines %lu\n",
         res->documents, res->system_events, res->malformed_lines);
}

static void print_errors(const gd_eval *ev) {
  for (size_t i = 0; i < gd_eval_error_count(ev); i++) {
    const gd_eval_error *e = gd_eval_error_get(ev, i);
    printf("%s  %s  %s  %s | %s\n", e->doc_id, e->kind,
           geordf_event_type_name(e->type), e->roles, e->evidence);
  }
}

static json_t *prf_json(const gd_eval_counts *c) {
  double p, r, f;
  gd_eval_prf(c, &p, &r, &f);
  return json_pack("{s:f, s:f, s:f, s:I, s:I, s:I}", "precision", p, "recall", r,
                   "f1", f, "tp", (json_int_t)c->tp, "fp", (json_int_t)c->fp,
                   "fn", (json_int_t)c->fn);
}

/* The fields of score.py --json; the in-memory events always have their
 * document and no unparsed lines, so those two are 0. */
static int print_json(const gd_eval *ev, int with_errors) {
  const gd_eval_result *res = gd_eval_get_result(ev);
  json_t *per = json_object(), *attrs = json_object(), *errs = json_array();
  gd_eval_counts o = gd_eval_overall(res);
  for (int t = 0; t < GEORDF_EVENT_TYPE_COUNT; t++)
    json_object_set_new(per, geordf_event_type_name((geordf_event_type)t),
                        prf_json(&res->per_type[t]));
  for (int a = 0; a < GD_ATTR_COUNT; a++)
    json_object_set_new(attrs, attr_names[a],
                        json_pack("[o, I]",
                                  res->attr_n[a] ? json_real((double)res->attr_ok[a] /
                                                             (double)res->attr_n[a])
                                                 : json_null(),
                                  (json_int_t)res->attr_n[a]));
  for (size_t i = 0; with_errors && i < gd_eval_error_count(ev); i++) {
    const gd_eval_error *e = gd_eval_error_get(ev, i);
    json_array_append_new(errs, json_pack("{s:s, s:s, s:s, s:s, s:s}", "document",
                                          e->doc_id, "kind", e->kind, "type",
                                          geordf_event_type_name(e->type), "roles",
                                          e->roles, "evidence", e->evidence));
  }
  json_t *root = json_pack(
      "{s:I, s:I, s:i, s:i, s:I, s:o, s:o, s:o, s:{s:I, s:I, s:I}}", "documents",
      (json_int_t)res->documents, "system_events", (json_int_t)res->system_events,
      "events_without_document", 0, "unparsed_lines", 0, "malformed_gold_lines",
      (json_int_t)res->malformed_lines, "per_type", per, "overall", prf_json(&o),
      "attributes", attrs, "negation", "gold", (json_int_t)res->neg_gold, "marked",
      (json_int_t)res->neg_marked, "leaked", (json_int_t)res->neg_leaked);
  if (root && with_errors) json_object_set_new(root, "errors", errs);
  else json_decref(errs);
  char *s = root ? json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
  json_decref(root);
  if (!s) {
    fputs("geordf: out of memory\n", stderr);
    return -1;
  }
  puts(s);
  free(s);
  return 0;
}

/* Which thresholds fail; each failure is explained on stderr. */
static int below_threshold(const gd_eval_result *res, double min_f1, double min_type_f1) {
  int below = 0;
  double p, r, f;
  if (min_f1 >= 0.0) {
    gd_eval_counts o = gd_eval_overall(res);
    gd_eval_prf(&o, &p, &r, &f);
    if (f < min_f1) {
      fprintf(stderr, "geordf: overall F1 %.3f is below --min-f1 %.3f\n", f, min_f1);
      below = 1;
    }
  }
  for (int t = 0; min_type_f1 >= 0.0 && t < GEORDF_EVENT_TYPE_COUNT; t++) {
    const gd_eval_counts *c = &res->per_type[t];
    if (!(c->tp + c->fn)) continue; /* no gold events of this type */
    gd_eval_prf(c, &p, &r, &f);
    if (f < min_type_f1) {
      fprintf(stderr, "geordf: %s F1 %.3f is below --min-type-f1 %.3f\n",
              geordf_event_type_name((geordf_event_type)t), f, min_type_f1);
      below = 1;
    }
  }
  return below;
}

int gd_cmd_eval(int argc, char **argv) {
  enum { OPT_MIN_F1 = 256, OPT_MIN_TYPE_F1 };
  static const struct option longopts[] = {
      {"lexicon", required_argument, NULL, 'l'},
      {"json", no_argument, NULL, 'j'},
      {"errors", no_argument, NULL, 'e'},
      {"min-f1", required_argument, NULL, OPT_MIN_F1},
      {"min-type-f1", required_argument, NULL, OPT_MIN_TYPE_F1},
      {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  char **lexfiles = NULL;
  size_t n_lex = 0;
  int opt, json = 0, errors = 0, rc = GD_EXIT_USAGE;
  double min_f1 = -1.0, min_type_f1 = -1.0;
  geordf_lexicon *lex = NULL;
  gd_eval *ev = NULL;

  opterr = 0;
  optind = 1;
  while ((opt = getopt_long(argc, argv, ":l:jeqh", longopts, NULL)) != -1) {
    switch (opt) {
    case 'l':
      if (gd_cli_add_lexicon(&lexfiles, &n_lex, optarg)) {
        rc = GD_EXIT_FAIL;
        goto done;
      }
      break;
    case 'j': json = 1; break;
    case 'e': errors = 1; break;
    case 'q': quiet = 1; break;
    case OPT_MIN_F1:
    case OPT_MIN_TYPE_F1: {
      double v = parse_threshold(optarg);
      if (v < 0.0) {
        gd_cli_usage("eval", "expected a number from 0 to 1, not '%s'", optarg);
        goto done;
      }
      *(opt == OPT_MIN_F1 ? &min_f1 : &min_type_f1) = v;
      break;
    }
    case 'h':
      fputs(eval_usage, stdout);
      rc = fclose(stdout) == EOF ? GD_EXIT_FAIL : GD_EXIT_OK;
      goto done;
    case ':':
      gd_cli_usage("eval", "a value is missing after '%s'", argv[optind - 1]);
      goto done;
    default:
      if (optopt && strncmp(argv[optind - 1], "--", 2)) {
        char s[3] = {'-', (char)optopt, '\0'};
        gd_cli_usage("eval", "unknown option '%s'", s);
      } else {
        gd_cli_usage("eval", "unknown option '%s'", argv[optind - 1]);
      }
      goto done;
    }
  }
  if (optind >= argc) {
    gd_cli_usage("eval", "no GOLD.jsonl file given");
    goto done;
  }
  if (gd_cli_load_lexicon(&lex, lexfiles, n_lex)) {
    rc = GD_EXIT_LEXICON;
    goto done;
  }
  if (gd_eval_new(&ev, lex, errors, eval_sink, NULL) != GEORDF_OK) {
    fputs("geordf: out of memory\n", stderr);
    rc = GD_EXIT_FAIL;
    goto done;
  }
  for (int i = optind; i < argc; i++)
    if (gd_eval_file(ev, argv[i]) == GEORDF_ERR_NOMEM) {
      fputs("geordf: out of memory\n", stderr);
      rc = GD_EXIT_FAIL;
      goto done;
    }

  const gd_eval_result *res = gd_eval_get_result(ev);
  if (json) {
    if (print_json(ev, errors)) {
      rc = GD_EXIT_FAIL;
      goto done;
    }
  } else {
    if (!quiet) {
      print_table(ev);
      if (errors) print_errors(ev);
    }
    print_overall(res);
  }
  if (fflush(stdout) == EOF || ferror(stdout)) {
    fprintf(stderr, "geordf: cannot write output: %s\n", strerror(errno ? errno : EIO));
    rc = GD_EXIT_FAIL;
    goto done;
  }
  rc = GD_EXIT_OK;
  if (below_threshold(res, min_f1, min_type_f1) || res->malformed_lines || res->failed)
    rc = GD_EXIT_FAIL;

done:
  gd_eval_free(ev);
  geordf_lexicon_free(lex);
  free(lexfiles);
  return rc;
}
