/* SPDX-License-Identifier: MIT
 * geordf: debug tracing through the callback the program sets (trace.h). */
#include "trace.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned trace_topics;
static gd_trace_fn trace_fn;
static void *trace_payload;

void gd_trace_set(unsigned topics, gd_trace_fn fn, void *payload) {
  trace_topics = fn ? topics : 0;
  trace_fn = fn;
  trace_payload = payload;
}

int gd_tracing(gd_trace_topic topic) { return (trace_topics & (unsigned)topic) != 0; }

void gd_trace(gd_trace_topic topic, const char *fmt, ...) {
  if (!gd_tracing(topic)) return;
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    trace_fn(small, (size_t)n, trace_payload);
    return;
  }
  char *big = malloc((size_t)n + 1);
  if (!big) {
    trace_fn(small, sizeof small - 1, trace_payload); /* rather cut than lost */
    return;
  }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  trace_fn(big, (size_t)n, trace_payload);
  free(big);
}
