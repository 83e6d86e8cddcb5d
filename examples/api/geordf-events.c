/* geordf-events: a small program built on the public libgeordf API.
 * SPDX-License-Identifier: MIT
 *
 * It loads the bundled lexicon, extracts the events of one article (a text
 * file, or standard input), prints each event with its roles and evidence,
 * adds the event graph to a Redland (librdf) model and counts its
 * statements, and with -t also writes the graph as Turtle.
 *
 *   cc -std=c11 geordf-events.c $(pkg-config --cflags --libs geordf redland) -o geordf-events
 *   ./geordf-events -d 2014-03-24 ankara-jet.txt
 */
#define _POSIX_C_SOURCE 200809L /* getopt */
#include <geordf/geordf.h>
#include <redland.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reads all of FH into a malloc'ed buffer; *LEN gets its size. */
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
  if (buf && ferror(fh)) { free(buf); return NULL; }
  *len = n;
  return buf;
}

/* The document id of a path: its file name without folder and extension. */
static char *id_of(const char *path) {
  const char *base = strrchr(path, '/');
  char *id = strdup(base ? base + 1 : path);
  char *dot = id ? strrchr(id, '.') : NULL;
  if (dot && dot != id) *dot = '\0';
  return id;
}

/* Prints one event: its type and attributes, every role filler and every
 * evidence sentence. */
static void print_event(const geordf_event *ev, size_t n, const geordf_document *doc) {
  const char *date = geordf_event_date(ev);
  const char *status = geordf_event_status_name(geordf_event_get_status(ev));
  printf("event %zu: %s", n, geordf_event_type_name(geordf_event_get_type(ev)));
  if (status) printf(", %s", status);
  if (date) printf(", date %s", date);
  if (geordf_event_planned(ev)) printf(", planned");
  if (geordf_event_negated(ev)) printf(", denied");
  printf(", confidence %.2f\n", geordf_event_confidence(ev));
  for (int r = 0; r < GEORDF_ROLE_COUNT; r++)
    for (size_t i = 0; i < geordf_event_role_count(ev, (geordf_role)r); i++) {
      const geordf_entity *e = geordf_event_role_get(ev, (geordf_role)r, i);
      printf("  %-11s %s (%s) <%s>\n", geordf_role_name((geordf_role)r),
             geordf_entity_label(e), geordf_entity_class(e), geordf_entity_iri(e));
    }
  for (size_t i = 0; i < geordf_event_evidence_count(ev); i++) {
    size_t b, e;
    geordf_event_evidence_get(ev, i, &b, &e);
    printf("  evidence    \"%.*s\"\n", (int)(e - b), doc->text + b);
  }
}

/* Adds the document's graph to a fresh in-memory librdf model and returns
 * the number of statements in it, or -1. */
static int count_in_model(const geordf_document *doc, const geordf_events *evs) {
  int size = -1;
  librdf_world *world = librdf_new_world();
  if (!world) return -1;
  librdf_world_open(world);
  librdf_storage *storage = librdf_new_storage(world, "memory", NULL, NULL);
  librdf_model *model = storage ? librdf_new_model(world, storage, NULL) : NULL;
  if (model && geordf_model_add(model, doc, evs, NULL) == GEORDF_OK)
    size = librdf_model_size(model);
  if (model) librdf_free_model(model);
  if (storage) librdf_free_storage(storage);
  librdf_free_world(world);
  return size;
}

int main(int argc, char **argv) {
  const char *date = NULL;
  int turtle = 0, opt, rc = 1;
  geordf_events *evs = NULL;
  while ((opt = getopt(argc, argv, "d:t")) != -1) {
    if (opt == 'd') date = optarg;
    else if (opt == 't') turtle = 1;
    else {
      fprintf(stderr, "usage: %s [-d YYYY-MM-DD] [-t] [FILE]\n", argv[0]);
      return 2;
    }
  }
  const char *path = optind < argc ? argv[optind] : "-";

  /* 1. The lexicon: the bundled files and the syntax model extraction
   * parses with, found without configuration.  The library reads no
   * environment variable; this program, like geordf, takes the data folder
   * from $GEORDF_DATADIR when it is set. */
  const char *dir = geordf_lexicon_default_dir(), *model = NULL;
  const char *data = getenv("GEORDF_DATADIR");
  char lexdir[4096], modelpath[4096];
  if (data && *data) {
    snprintf(lexdir, sizeof lexdir, "%s/lexicon", data);
    snprintf(modelpath, sizeof modelpath, "%s/geordf-en.model", data);
    dir = lexdir;
    model = modelpath;
  }
  geordf_lexicon *lex = NULL;
  geordf_status st = dir ? geordf_lexicon_new(&lex) : GEORDF_ERR_LEXICON;
  if (st == GEORDF_OK) st = geordf_lexicon_load_dir(lex, dir);
  if (st == GEORDF_OK) st = geordf_lexicon_load_model(lex, model);
  if (st == GEORDF_OK) st = geordf_lexicon_freeze(lex);
  if (st != GEORDF_OK) {
    fprintf(stderr, "cannot load the lexicon: %s\n",
            lex && *geordf_lexicon_error(lex) ? geordf_lexicon_error(lex)
                                              : "no data folder (set GEORDF_DATADIR)");
    geordf_lexicon_free(lex);
    return 3;
  }

  /* 2. One document: the whole file is the article text. */
  FILE *fh = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  size_t len = 0;
  char *text = fh ? read_all(fh, &len) : NULL;
  if (fh && fh != stdin) fclose(fh);
  char *id = id_of(strcmp(path, "-") ? path : "stdin");
  if (!text || !id) {
    perror(path);
    goto done;
  }
  geordf_document doc = {.id = id, .date = date, .text = text, .text_len = len};

  /* 3. Extraction: the caller owns the events. */
  if ((st = geordf_extract(&evs, lex, &doc)) != GEORDF_OK) {
    fprintf(stderr, "%s: %s\n", path, geordf_strerror(st));
    goto done;
  }
  size_t n = geordf_events_count(evs);
  printf("%s: %zu event%s\n", id, n, n == 1 ? "" : "s");
  for (size_t i = 0; i < n; i++) print_event(geordf_events_get(evs, i), i + 1, &doc);

  /* 4. The same graph in a librdf model, and (with -t) as Turtle. */
  printf("librdf model: %d statements\n", count_in_model(&doc, evs));
  rc = 0;
  if (turtle) {
    geordf_writer *w = NULL;
    st = geordf_writer_new(&w, stdout, GEORDF_FORMAT_TURTLE, NULL);
    if (st == GEORDF_OK) st = geordf_writer_write(w, &doc, evs);
    if (st == GEORDF_OK) st = geordf_writer_finish(w);
    geordf_writer_free(w);
    if (st != GEORDF_OK) {
      fprintf(stderr, "cannot write Turtle: %s\n", geordf_strerror(st));
      rc = 4;
    }
  }
done:
  geordf_events_free(evs);
  free(text);
  free(id);
  geordf_lexicon_free(lex);
  return rc;
}
