/* SPDX-License-Identifier: MIT
 * geordf: the eval subcommand, which scores the extractor on gold articles
 * and prints a table like the shared scorer's (or its JSON). */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "geordf/geordf.h"
#include "cli.h"
#include "diag.h"
#include "eval.h"
#include "json.h"
#include "lexicon.h"

#include <errno.h>
#include <getopt.h>
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

static void int_member(yajl_gen g, const char *key, long long v) {
  gd_json_str(g, key);
  yajl_gen_integer(g, v);
}

static void str_member(yajl_gen g, const char *key, const char *v) {
  gd_json_str(g, key);
  gd_json_str(g, v);
}

static void prf_json(yajl_gen g, const gd_eval_counts *c) {
  double p, r, f;
  gd_eval_prf(c, &p, &r, &f);
  yajl_gen_map_open(g);
  gd_json_str(g, "precision");
  gd_json_real(g, p);
  gd_json_str(g, "recall");
  gd_json_real(g, r);
  gd_json_str(g, "f1");
  gd_json_real(g, f);
  int_member(g, "tp", (long long)c->tp);
  int_member(g, "fp", (long long)c->fp);
  int_member(g, "fn", (long long)c->fn);
  yajl_gen_map_close(g);
}

/* The fields of score.py --json; the in-memory events always have their
 * document and no unparsed lines, so those two are 0. */
static int print_json(const gd_eval *ev, int with_errors) {
  const gd_eval_result *res = gd_eval_get_result(ev);
  gd_eval_counts o = gd_eval_overall(res);
  gd_strbuf b = {0};
  yajl_gen g = gd_json_gen(&b);
  if (g) {
    yajl_gen_map_open(g);
    int_member(g, "documents", (long long)res->documents);
    int_member(g, "system_events", (long long)res->system_events);
    int_member(g, "events_without_document", 0);
    int_member(g, "unparsed_lines", 0);
    int_member(g, "malformed_gold_lines", (long long)res->malformed_lines);
    gd_json_str(g, "per_type");
    yajl_gen_map_open(g);
    for (int t = 0; t < GEORDF_EVENT_TYPE_COUNT; t++) {
      gd_json_str(g, geordf_event_type_name((geordf_event_type)t));
      prf_json(g, &res->per_type[t]);
    }
    yajl_gen_map_close(g);
    gd_json_str(g, "overall");
    prf_json(g, &o);
    gd_json_str(g, "attributes");
    yajl_gen_map_open(g);
    for (int a = 0; a < GD_ATTR_COUNT; a++) {
      gd_json_str(g, attr_names[a]);
      yajl_gen_array_open(g);
      if (res->attr_n[a]) gd_json_real(g, (double)res->attr_ok[a] / (double)res->attr_n[a]);
      else yajl_gen_null(g);
      yajl_gen_integer(g, (long long)res->attr_n[a]);
      yajl_gen_array_close(g);
    }
    yajl_gen_map_close(g);
    gd_json_str(g, "negation");
    yajl_gen_map_open(g);
    int_member(g, "gold", (long long)res->neg_gold);
    int_member(g, "marked", (long long)res->neg_marked);
    int_member(g, "leaked", (long long)res->neg_leaked);
    yajl_gen_map_close(g);
    if (with_errors) {
      gd_json_str(g, "errors");
      size_t n = gd_eval_error_count(ev);
      if (!n) gd_json_empty(g, 1);
      else yajl_gen_array_open(g);
      for (size_t i = 0; i < n; i++) {
        const gd_eval_error *e = gd_eval_error_get(ev, i);
        yajl_gen_map_open(g);
        str_member(g, "document", e->doc_id);
        str_member(g, "kind", e->kind);
        str_member(g, "type", geordf_event_type_name(e->type));
        str_member(g, "roles", e->roles);
        str_member(g, "evidence", e->evidence);
        yajl_gen_map_close(g);
      }
      if (n) yajl_gen_array_close(g);
    }
    yajl_gen_map_close(g);
    yajl_gen_free(g);
  }
  if (!g || b.oom) {
    gd_strbuf_free(&b);
    fputs("geordf: out of memory\n", stderr);
    return -1;
  }
  fwrite(b.p, 1, b.n, stdout);
  gd_strbuf_free(&b);
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
    default:
      rc = gd_cli_bad_option("eval", opt, argv);
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
