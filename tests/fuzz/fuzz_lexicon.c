/* SPDX-License-Identifier: MIT
 * geordf fuzz target: the lexicon loader on arbitrary Turtle, then one
 * extraction with whatever lexicon came out of it. */
#include "geordf/geordf.h"
#include "scratch.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* raptor 2.0.15's Turtle lexer leaks the IRI of a prefixed name, or of an
 * IRI resolved against the base, when a syntax error follows it ("lex:a
 * lex:b lex:c{": rapper leaks it too).
 * LeakSanitizer only sees that frame with the slow unwinder, as raptor is
 * built without frame pointers; sanitizer builds read these hooks, others
 * ignore them. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "fast_unwind_on_malloc=0"; }
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:raptor_new_uri_from_uri_local_name\n"
         "leak:turtle_lexer_lex\n";
}
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) { return "print_suppressions=0"; }

/* Names every kind of lexicon entry a fuzzed file might define, so the
 * matcher walks the entries the loader built. */
static const char sample[] =
    "Russia and China signed a defence pact in Moscow. The president of "
    "Turkey visited Berlin on Monday. The EU imposed sanctions on Iran. "
    "Germany will deliver Leopard 2 tanks to Ukraine. Militants shot down "
    "a helicopter near Aleppo. He said the alliance was not a threat.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *ttl_path = scratch_file("lexicon", "lexicon.ttl");
  if (size > MAX_INPUT || !ttl_path || scratch_write(ttl_path, data, size) != 0) return 0;

  geordf_lexicon *lex = NULL;
  if (geordf_lexicon_new(&lex) != GEORDF_OK) return 0;
  geordf_status st = geordf_lexicon_load_file(lex, ttl_path);
  if (st != GEORDF_OK && !*geordf_lexicon_error(lex)) {
    fprintf(stderr, "fuzz_lexicon: load failed (%s) without a message\n",
            geordf_strerror(st));
    abort();
  }
  if (st == GEORDF_OK) st = geordf_lexicon_freeze(lex);
  if (st == GEORDF_OK) {
    geordf_document doc = {"lexicon-doc", "2016-05-10", "Leaders meet",
                           sample, sizeof sample - 1, NULL};
    geordf_events *evs = NULL;
    if (geordf_extract(&evs, lex, &doc) == GEORDF_OK) {
      size_t n = geordf_events_count(evs);
      for (size_t i = 0; i < n; i++)
        if (!geordf_events_get(evs, i)) abort();
    }
    geordf_events_free(evs);
  }
  geordf_lexicon_free(lex);
  return 0;
}
