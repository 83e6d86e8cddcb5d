/* geordf: debug tracing through a callback.  Library code prints nothing
 * and reads no environment: the program that wants traces (the geordf
 * tool with GEORDF_DEBUG set) installs a callback for the topics it wants.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_TRACE_H
#define GEORDF_TRACE_H

#include <stddef.h>

typedef enum {
  GD_TRACE_EXTRACT = 1, /* each sentence's phrases, noun phrases, frames, parse */
  GD_TRACE_STORE = 2    /* the store: the SQL of each query, the journal mode */
} gd_trace_topic;

/* Receives LEN bytes of trace text (pieces of lines; the newline ends one). */
typedef void (*gd_trace_fn)(const char *text, size_t len, void *payload);

/* Sends the topics in TOPICS (GD_TRACE_* or'ed) to FN; 0 or a NULL FN turns
 * tracing off.  Process-wide: set it before any thread runs. */
void gd_trace_set(unsigned topics, gd_trace_fn fn, void *payload);

/* Whether TOPIC is traced. */
int gd_tracing(gd_trace_topic topic);

/* Formats a trace message of TOPIC, if traced. */
void gd_trace(gd_trace_topic topic, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
