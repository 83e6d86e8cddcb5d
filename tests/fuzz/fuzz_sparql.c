/* SPDX-License-Identifier: MIT
 * geordf fuzz target: the SPARQL query parser (src/sparql-parse.c) on
 * arbitrary bytes; a parsed query is dumped and its variables listed, a
 * rejected one must say where. */
#include "sparql.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* not NUL-terminated on purpose: the parser takes a length */
  char *buf = malloc(size ? size : 1);
  if (!buf) return 0;
  memcpy(buf, data, size);
  sp_error err;
  sp_query *q = sp_parse(buf, size, "http://example.org/base/", &err);
  if (q) {
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
      sp_query_dump(q, sink);
      fclose(sink);
    }
    const char **vars = sp_pattern_vars(q, q->where);
    if (vars)
      for (; *vars; vars++)
        if (!**vars) abort(); /* no empty variable names */
    sp_query_free(q);
  } else {
    if (err.line < 1 || err.column < 1 || err.byte > size || !err.message[0]) abort();
  }
  free(buf);
  return 0;
}
