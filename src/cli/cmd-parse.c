/* SPDX-License-Identifier: MIT
 * geordf: the parse subcommand: CoNLL-U for articles, or the tagger's and
 * parser's accuracy on a gold treebank. */
#define _GNU_SOURCE 1 /* getopt_long */
#include "config.h"

#include "cli.h"
#include "conllu.h"
#include "geordf/geordf.h"
#include "input.h"
#include "syntax.h"
#include "ud.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char parse_usage[] =
    "Usage: geordf parse [OPTION]... FILE...\n"
    "       geordf parse --eval GOLD.conllu\n"
    "\n"
    "Splits articles into sentences and words as extract does and prints each\n"
    "sentence's part-of-speech tags, lemmas and dependency tree (Universal\n"
    "Dependencies) as CoNLL-U on standard output.  FILE is read as extract\n"
    "reads it: a text file, a JSON Lines file (*.jsonl, *.ndjson; the title,\n"
    "when there is one, is parsed before the text), or - for standard input.\n"
    "MISC holds each word's bytes in the text (TokenRange=START:END; in the\n"
    "title for the title's sentences) and SpaceAfter=No where no space follows.\n"
    "\n"
    "With --eval, parses the gold words of a treebank instead and prints one\n"
    "line: UPOS, LEMMA, UAS and LAS accuracy in percent over all words (LAS\n"
    "compares full labels, subtypes included) and sentences per second\n"
    "(tagging, lemmas and parsing; one thread).  It verifies the model's\n"
    "checksum first, which other commands skip unless GEORDF_VERIFY_MODEL=1.\n"
    "\n"
    "Options:\n"
    "  -f, --format=FORMAT   conllu (the default and only format)\n"
    "  -m, --model=FILE      the syntax model (default: $GEORDF_MODEL, else\n"
    "                        geordf-en.model in the data folder)\n"
    "  -e, --eval=GOLD       measure on the CoNLL-U file GOLD (- for standard\n"
    "                        input)\n"
    "  -q, --quiet           no warnings\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "Exit status: 0 success, 1 some input was skipped, 2 usage error, 3 the\n"
    "model or the gold file could not be read, 4 the output could not be\n"
    "written.\n";

static int quiet;

static void sink(const gd_diag *d, void *payload) {
  (void)payload;
  if (quiet && d->severity != GD_ERROR) return;
  gd_cli_print_diag(d, NULL);
}

/* ---- CoNLL-U output -------------------------------------------------- */

typedef struct {
  const char *doc;
  const char *text;
  unsigned long nsent;
  int newdoc;
} out_ctx;

/* FORM, LEMMA and # text values hold no tab or line break. */
static void put_clean(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) putchar(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

static int print_sentence(const geordf_sentence *s, void *payload) {
  out_ctx *c = payload;
  if (c->newdoc) printf("# newdoc id = %s\n", c->doc);
  c->newdoc = 0;
  printf("# sent_id = %s-%lu\n# text = ", c->doc, ++c->nsent);
  put_clean(c->text + s->b, s->e - s->b);
  putchar('\n');
  for (size_t i = 0; i < s->n; i++) {
    const geordf_word *w = &s->words[i];
    printf("%zu\t", i + 1);
    put_clean(w->form, strlen(w->form));
    putchar('\t');
    put_clean(w->lemma, strlen(w->lemma));
    printf("\t%s\t_\t_\t%zu\t%s\t_\tTokenRange=%zu:%zu", w->upos, w->head, w->deprel, w->b, w->e);
    if (i + 1 < s->n && s->words[i + 1].b == w->e) fputs("|SpaceAfter=No", stdout);
    putchar('\n');
  }
  putchar('\n');
  return 0;
}

static int parse_files(geordf_parser *p, char **files, int n) {
  int rc = 0;
  gd_reader_options opt = {0};
  opt.sink = sink;
  for (int i = 0; i < n; i++) {
    gd_reader *r;
    if (gd_reader_open(&r, files[i], &opt)) {
      rc = GD_EXIT_FAIL;
      continue;
    }
    geordf_document doc;
    geordf_status st;
    while ((st = gd_reader_next(r, &doc)) != GEORDF_END) {
      if (st == GEORDF_ERR_SYNTAX) {
        rc = GD_EXIT_FAIL;
        continue;
      }
      if (st) {
        rc = GD_EXIT_FAIL;
        break;
      }
      out_ctx c = {doc.id, NULL, 0, 1};
      if (doc.title && *doc.title) {
        c.text = doc.title;
        if ((st = geordf_parse_text(p, doc.title, strlen(doc.title), print_sentence, &c))) break;
      }
      c.text = doc.text;
      if ((st = geordf_parse_text(p, doc.text, doc.text_len, print_sentence, &c))) break;
    }
    if (st != GEORDF_END && st != GEORDF_ERR_SYNTAX && st != GEORDF_OK) {
      fprintf(stderr, "geordf parse: %s: %s\n", files[i], geordf_strerror(st));
      rc = GD_EXIT_FAIL;
    }
    if (gd_reader_skipped(r)) rc = GD_EXIT_FAIL;
    gd_reader_free(r);
  }
  if (fflush(stdout) || ferror(stdout)) {
    fprintf(stderr, "geordf parse: the output could not be written\n");
    return GD_EXIT_OUTPUT;
  }
  return rc;
}

/* ---- measuring ---------------------------------------------------------- */

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int eval_file(const char *model, const char *gold) {
  gd_synmodel m;
  const char *path = model ? model : gd_model_default_path();
  if (!path) {
    fprintf(stderr, "geordf parse: no syntax model found: build it with make, or give --model\n");
    return GD_EXIT_LEXICON;
  }
  /* Measuring verifies the whole model (its checksum), which start-up skips. */
  if (gd_synmodel_open(&m, path) || gd_synmodel_verify(&m, path)) {
    fprintf(stderr, "geordf parse: %s\n", m.error);
    gd_synmodel_close(&m);
    return GD_EXIT_LEXICON;
  }
  gd_treebank tb;
  if (gd_treebank_read(&tb, gold)) {
    fprintf(stderr, "geordf parse: %s\n", tb.error);
    gd_treebank_free(&tb);
    gd_synmodel_close(&m);
    return GD_EXIT_LEXICON;
  }
  size_t maxn = 1;
  for (size_t i = 0; i < tb.nsent; i++)
    if (tb.sent[i].n > maxn) maxn = tb.sent[i].n;
  gd_sword *w = calloc(maxn, sizeof *w);
  char **lem = calloc(maxn, sizeof *lem);
  char *lbuf = malloc(maxn * 256);
  gd_tagcache *tc = gd_tagcache_new(GD_TAGCACHE_SLOTS);
  if (!w || !lem || !lbuf || !tc) {
    fprintf(stderr, "geordf parse: out of memory\n");
    return GD_EXIT_LEXICON;
  }
  size_t upos = 0, lemma = 0, uas = 0, las = 0, all = 0;
  double spent = 0;
  for (size_t i = 0; i < tb.nsent; i++) {
    const gd_csent *s = &tb.sent[i];
    const gd_cword *g = &tb.word[s->w];
    double t0 = now();
    for (size_t k = 0; k < s->n; k++) gd_sword_prepare(&w[k], g[k].form, strlen(g[k].form));
    if (gd_syntax_run(&m, tc, w, s->n)) {
      fprintf(stderr, "geordf parse: out of memory\n");
      return GD_EXIT_LEXICON;
    }
    for (size_t k = 0; k < s->n; k++) {
      lem[k] = lbuf + 256 * k;
      gd_syntax_lemma(&m, w[k].form, w[k].len, w[k].upos, lem[k], 256);
    }
    spent += now() - t0;
    for (size_t k = 0; k < s->n; k++) {
      upos += w[k].upos == g[k].upos;
      lemma += !strcmp(lem[k], g[k].lemma);
      int uh = w[k].head == g[k].head;
      uas += uh;
      las += uh && !strcmp(m.label[w[k].rel], g[k].deprel);
      all++;
    }
  }
  if (!all) all = 1;
  printf("UPOS %.2f LEMMA %.2f UAS %.2f LAS %.2f sentences/s %.0f\n", 100.0 * (double)upos / (double)all,
         100.0 * (double)lemma / (double)all, 100.0 * (double)uas / (double)all, 100.0 * (double)las / (double)all,
         spent > 0 ? (double)tb.nsent / spent : 0.0);
  free(w);
  free(lem);
  free(lbuf);
  gd_tagcache_free(tc);
  gd_treebank_free(&tb);
  gd_synmodel_close(&m);
  return fflush(stdout) ? GD_EXIT_OUTPUT : 0;
}

int gd_cmd_parse(int argc, char **argv) {
  static const struct option opts[] = {
      {"format", required_argument, NULL, 'f'}, {"model", required_argument, NULL, 'm'},
      {"eval", required_argument, NULL, 'e'},   {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
  const char *model = NULL, *gold = NULL;
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, ":f:m:e:qh", opts, NULL)) != -1) {
    switch (c) {
    case 'f':
      if (strcmp(optarg, "conllu")) {
        gd_cli_usage("parse", "unknown format '%s' (expected conllu)", optarg);
        return GD_EXIT_USAGE;
      }
      break;
    case 'm': model = optarg; break;
    case 'e': gold = optarg; break;
    case 'q': quiet = 1; break;
    case 'h': fputs(parse_usage, stdout); return 0;
    default: return gd_cli_bad_option("parse", c, argv);
    }
  }
  if (gold) {
    if (optind < argc) {
      gd_cli_usage("parse", "--eval takes no FILE arguments");
      return GD_EXIT_USAGE;
    }
    return eval_file(model, gold);
  }
  if (optind >= argc) {
    gd_cli_usage("parse", "%s", "no input FILE given (use - for standard input)");
    return GD_EXIT_USAGE;
  }
  geordf_parser *p;
  if (geordf_parser_new(&p)) {
    fprintf(stderr, "geordf parse: out of memory\n");
    return GD_EXIT_LEXICON;
  }
  if (geordf_parser_load(p, model)) {
    fprintf(stderr, "geordf parse: %s\n", geordf_parser_error(p));
    geordf_parser_free(p);
    return GD_EXIT_LEXICON;
  }
  int rc = parse_files(p, argv + optind, argc - optind);
  geordf_parser_free(p);
  return rc;
}
