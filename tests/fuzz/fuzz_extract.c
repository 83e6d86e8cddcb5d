/* SPDX-License-Identifier: MIT
 * geordf fuzz target: the text pipeline, from raw article bytes through the
 * extractor to N-Triples, with the bundled lexicon. */
#include "geordf/geordf.h"
#include "lexicon.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_INPUT (64 * 1024)
#define MAX_TITLE 400

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Loaded once: reloading the lexicon for every input would make the fuzzer
 * spend its time in the Turtle parser. */
static geordf_lexicon *lex;
static FILE *devnull;

static void cleanup(void) {
  geordf_lexicon_free(lex);
  lex = NULL;
  if (devnull) fclose(devnull);
  devnull = NULL;
}

static void setup(void) {
  if (lex) return;
  /* The library reads no environment: as the geordf tool does, the
   * harness passes on the data folder and the model .ci/fuzz names. */
  gd_datadir_set(getenv("GEORDF_DATADIR"));
  gd_model_path_set(getenv("GEORDF_MODEL"));
  const char *dir = geordf_lexicon_default_dir();
  if (!dir) {
    fprintf(stderr, "fuzz_extract: no lexicon found (set GEORDF_DATADIR)\n");
    exit(2);
  }
  geordf_status st = geordf_lexicon_new(&lex);
  if (st == GEORDF_OK) st = geordf_lexicon_load_dir(lex, dir);
  /* The syntax model too, so that the parse and the frames read from it
   * are fuzzed as extraction runs them. */
  if (st == GEORDF_OK) st = geordf_lexicon_load_model(lex, NULL);
  if (st == GEORDF_OK) st = geordf_lexicon_freeze(lex);
  if (st != GEORDF_OK) {
    fprintf(stderr, "fuzz_extract: lexicon %s: %s\n", dir,
            lex ? geordf_lexicon_error(lex) : geordf_strerror(st));
    exit(2);
  }
  devnull = fopen("/dev/null", "w");
  if (!devnull) {
    perror("/dev/null");
    exit(2);
  }
  atexit(cleanup);
}

/* The accessors must hand back sane values for every event found. */
static void check_events(const geordf_events *evs, size_t text_len) {
  size_t n = geordf_events_count(evs);
  for (size_t i = 0; i < n; i++) {
    const geordf_event *ev = geordf_events_get(evs, i);
    if (!ev || (unsigned)geordf_event_get_type(ev) >= GEORDF_EVENT_TYPE_COUNT)
      abort();
    for (int r = 0; r < GEORDF_ROLE_COUNT; r++) {
      size_t k = geordf_event_role_count(ev, (geordf_role)r);
      for (size_t j = 0; j < k; j++) {
        const geordf_entity *e = geordf_event_role_get(ev, (geordf_role)r, j);
        if (!e || !geordf_entity_iri(e) || !geordf_entity_label(e)) abort();
      }
    }
    double conf = geordf_event_confidence(ev);
    if (!(conf >= 0.0 && conf <= 1.0)) {
      fprintf(stderr, "fuzz_extract: confidence %g out of [0, 1]\n", conf);
      abort();
    }
    size_t m = geordf_event_evidence_count(ev);
    for (size_t j = 0; j < m; j++) {
      size_t b = 0, e = 0;
      geordf_event_evidence_get(ev, j, &b, &e);
      if (b > e || e > text_len) {
        fprintf(stderr, "fuzz_extract: evidence [%zu, %zu) outside text of %zu bytes\n",
                b, e, text_len);
        abort();
      }
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_INPUT) return 0;
  setup();
  /* An input starting with '#' carries its headline on the first line, so
   * the headline context is fuzzed too; otherwise the title is fixed. */
  char title[MAX_TITLE + 1] = "Leaders meet as talks resume";
  size_t skip = 0;
  if (size && data[0] == '#') {
    const uint8_t *nl = memchr(data, '\n', size);
    size_t tl = nl ? (size_t)(nl - data) : size;
    skip = nl ? tl + 1 : size;
    tl = tl - 1 > MAX_TITLE ? MAX_TITLE : tl - 1;
    memcpy(title, data + 1, tl);
    title[tl] = '\0';
  }
  /* An exact-size copy so AddressSanitizer catches any read past the end;
   * the text is not NUL-terminated, as the API allows. */
  size_t len = size - skip;
  char *text = malloc(len ? len : 1);
  if (!text) return 0;
  if (len) memcpy(text, data + skip, len);

  geordf_document doc = {"fuzz-doc", "2015-11-24", title, text, len,
                         "https://example.org/news/fuzz"};
  geordf_events *evs = NULL;
  geordf_status st = geordf_extract(&evs, lex, &doc);
  if (st == GEORDF_OK) {
    if (!evs) abort();
    check_events(evs, len);
    geordf_writer *w = NULL;
    if (geordf_writer_new(&w, devnull, GEORDF_FORMAT_NTRIPLES, NULL) == GEORDF_OK) {
      geordf_writer_write(w, &doc, evs);
      geordf_writer_finish(w);
    }
    geordf_writer_free(w);
  } else if (evs) {
    abort(); /* out-parameters are NULL on failure */
  }
  geordf_events_free(evs);
  free(text);
  return 0;
}
