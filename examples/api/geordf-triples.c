/* geordf-triples: a rule of your own on geordf's dependency parse.
 * SPDX-License-Identifier: MIT
 *
 * It parses an article (a text file, or standard input) with the public
 * libgeordf API and prints, for each verb, its subject and object as the
 * tree gives them: "who did what to whom", with lemmas, the passive
 * turned around ("Sanctions were imposed by the EU" gives EU impose
 * sanction) and subjects shared by coordinated verbs.
 *
 *   cc -std=c11 geordf-triples.c $(pkg-config --cflags --libs geordf) -o geordf-triples
 *   ./geordf-triples ankara-jet.txt
 */
#include <geordf/geordf.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_all(FILE *fh, size_t *len) {
  size_t cap = 4096, n = 0, got;
  char *buf = malloc(cap);
  while (buf && (got = fread(buf + n, 1, cap - n, fh)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = realloc(buf, cap *= 2);
      if (!bigger) { free(buf); return NULL; }
      buf = bigger;
    }
  }
  *len = n;
  return buf;
}

/* The first dependent of word H (1-based) with relation REL, or 0. */
static size_t child(const geordf_sentence *s, size_t h, const char *rel) {
  for (size_t i = 0; i < s->n; i++)
    if (s->words[i].head == h && !strcmp(s->words[i].deprel, rel)) return i + 1;
  return 0;
}

/* The lemma of word W (1-based) with its name parts and capitalized
 * modifiers ("European Union", "Russian bomber"; not a sentence's first
 * word, which is capitalized anyway), or "?". */
static void phrase(const geordf_sentence *s, size_t w, char *out, size_t cap) {
  out[0] = '\0';
  if (!w) {
    snprintf(out, cap, "?");
    return;
  }
  for (size_t i = 0; i < s->n; i++) {
    const geordf_word *x = &s->words[i];
    int part = i + 1 == w || (x->head == w && (!strcmp(x->deprel, "compound") || !strcmp(x->deprel, "flat") ||
                                               (!strcmp(x->deprel, "amod") && i > 0 && x->form[0] >= 'A' && x->form[0] <= 'Z')));
    if (!part) continue;
    size_t at = strlen(out);
    snprintf(out + at, cap - at, "%s%s", at ? " " : "", i + 1 == w ? x->lemma : x->form);
  }
}

static int print_triples(const geordf_sentence *s, void *payload) {
  (void)payload;
  for (size_t v = 1; v <= s->n; v++) {
    const geordf_word *verb = &s->words[v - 1];
    if (strcmp(verb->upos, "VERB")) continue;
    size_t subj = child(s, v, "nsubj"), obj = child(s, v, "obj");
    size_t pass = child(s, v, "nsubj:pass"), agent = child(s, v, "obl:agent");
    /* A conjunct verb without a subject takes its first conjunct's. */
    if (!subj && !pass && !strcmp(verb->deprel, "conj")) subj = child(s, verb->head, "nsubj");
    if (pass) { /* the patient is the subject: turn it around */
      obj = pass;
      subj = agent;
    }
    if (!subj && !obj) continue;
    char a[256], b[256];
    phrase(s, subj, a, sizeof a);
    phrase(s, obj, b, sizeof b);
    printf("%s | %s | %s\n", a, verb->lemma, b);
  }
  return 0;
}

int main(int argc, char **argv) {
  FILE *fh = argc > 1 ? fopen(argv[1], "rb") : stdin;
  if (!fh) {
    perror(argv[1]);
    return 1;
  }
  size_t len;
  char *text = read_all(fh, &len);
  if (fh != stdin) fclose(fh);
  geordf_parser *p = NULL;
  geordf_status st = text ? geordf_parser_new(&p) : GEORDF_ERR_NOMEM;
  if (!st) st = geordf_parser_load(p, NULL); /* the installed model */
  if (!st) st = geordf_parse_text(p, text, len, print_triples, NULL);
  if (st) fprintf(stderr, "geordf-triples: %s: %s\n", geordf_strerror(st), p ? geordf_parser_error(p) : "");
  geordf_parser_free(p);
  free(text);
  return st ? 1 : 0;
}
