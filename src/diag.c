/* SPDX-License-Identifier: MIT
 * geordf: formats diagnostics and hands them to a sink (none: dropped). */
#include "config.h"
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static const char *severity_name(gd_severity sev) {
  switch (sev) {
  case GD_NOTE: return "note";
  case GD_WARNING: return "warning";
  case GD_ERROR: return "error";
  }
  return "error";
}

void gd_diag_write(const gd_diag *d, FILE *out) {
  if (!d)
    return;
  /* Build the location prefix piece by piece: unknown parts are left out
   * rather than printed as 0, so editors can still jump to what is known. */
  fputs("geordf: ", out);
  if (d->file) {
    fputs(d->file, out);
    if (d->line) {
      fprintf(out, ":%lu", d->line);
      if (d->column)
        fprintf(out, ":%lu", d->column);
    }
    fputs(": ", out);
  }
  fprintf(out, "%s: %s\n", severity_name(d->severity), d->message ? d->message : "");
}

void gd_diag_emit(gd_diag_sink sink, void *payload, gd_severity sev,
                  const char *file, unsigned long line, unsigned long col,
                  const char *fmt, ...) {
  char small[512];
  char *msg = small;
  char *big = NULL;
  va_list ap;

  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    small[0] = '\0';
  } else if ((size_t)n >= sizeof small) {
    /* Messages quoting long input may not fit; print them whole if we can,
     * else fall back to the truncated text rather than losing it. */
    big = malloc((size_t)n + 1);
    if (big) {
      va_start(ap, fmt);
      vsnprintf(big, (size_t)n + 1, fmt, ap);
      va_end(ap);
      msg = big;
    }
  }

  gd_diag d = {sev, file, line, col, msg};
  if (sink) sink(&d, payload);
  free(big);
}
