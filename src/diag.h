/* geordf: diagnostics as data, printed as "file:line:col: severity: message".
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_DIAG_H
#define GEORDF_DIAG_H

#include <stddef.h>
#include <stdio.h>

typedef enum { GD_NOTE, GD_WARNING, GD_ERROR } gd_severity;

typedef struct {
  gd_severity severity;
  const char *file;     /* "-" for standard input; may be NULL */
  unsigned long line;   /* 1-based, 0 when not known */
  unsigned long column; /* 1-based byte column, 0 when not known */
  const char *message;
} gd_diag;

typedef void (*gd_diag_sink)(const gd_diag *d, void *payload);

/* Writes D to OUT as "geordf: file:line:col: severity: message" (unknown
 * parts left out). */
void gd_diag_write(const gd_diag *d, FILE *out);

/* Formats a message and sends it to SINK (NULL: nowhere).  Library code
 * reports through a sink only; the geordf tool prints (gd_cli_print_diag). */
void gd_diag_emit(gd_diag_sink sink, void *payload, gd_severity sev,
                  const char *file, unsigned long line, unsigned long col,
                  const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

#endif
