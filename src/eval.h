/* geordf: scores the extractor's events against gold annotations with the
 * matching rules of the shared scorer (shared/eval/score.py).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EVAL_H
#define GEORDF_EVAL_H

#include "geordf/geordf.h"
#include "diag.h"

/* Attributes compared over matched events. */
typedef enum { GD_ATTR_STATUS = 0, GD_ATTR_PLANNED, GD_ATTR_DATE, GD_ATTR_COUNT } gd_eval_attr;

typedef struct {
  unsigned long tp, fp, fn;
} gd_eval_counts;

/* The running totals over every document scored so far. */
typedef struct {
  unsigned long documents;       /* gold documents scored */
  unsigned long system_events;   /* events the extractor found in them */
  unsigned long malformed_lines; /* gold lines skipped as malformed */
  unsigned long failed;          /* unreadable files, failed extractions */
  gd_eval_counts per_type[GEORDF_EVENT_TYPE_COUNT];
  unsigned long attr_ok[GD_ATTR_COUNT], attr_n[GD_ATTR_COUNT];
  unsigned long neg_gold;        /* gold events marked negated */
  unsigned long neg_marked;      /* ... matched by a negated system event */
  unsigned long neg_leaked;      /* ... matched by a positive one (an FP) */
} gd_eval_result;

/* One miss or false alarm, for --errors. */
typedef struct {
  char *doc_id;
  const char *kind;          /* "FN", "FP" or "FP(negated in text)" */
  geordf_event_type type;
  char *roles;               /* "visitor=Vladimir Putin destination=Iran" */
  char *evidence;            /* up to 120 characters on one line, or "" */
} gd_eval_error;

typedef struct gd_eval gd_eval;

/* A scorer that extracts with LEX (borrowed; it must outlive the scorer).
 * With KEEP_ERRORS each miss and false alarm is recorded.  Problems in the
 * gold files go to SINK (NULL: stderr).  Free with gd_eval_free(). */
geordf_status gd_eval_new(gd_eval **out, const geordf_lexicon *lex,
                          int keep_errors, gd_diag_sink sink, void *payload);

/* Scores every document of the gold JSON Lines file PATH ("-": standard
 * input).  A malformed line is reported with file:line, counted and
 * skipped.  Returns GEORDF_ERR_IO when the file cannot be read,
 * GEORDF_ERR_NOMEM on allocation failure, else GEORDF_OK. */
geordf_status gd_eval_file(gd_eval *ev, const char *path);

const gd_eval_result *gd_eval_get_result(const gd_eval *ev);
size_t gd_eval_error_count(const gd_eval *ev);
const gd_eval_error *gd_eval_error_get(const gd_eval *ev, size_t i);

/* Precision, recall and F1 of C (0 where undefined, as score.py). */
void gd_eval_prf(const gd_eval_counts *c, double *p, double *r, double *f1);

/* The totals over all types. */
gd_eval_counts gd_eval_overall(const gd_eval_result *res);

/* A name normalised as score.py's norm(): folded (gd_text_fold), "'s" at
 * word ends dropped, other punctuation made space, a leading "the " dropped,
 * whitespace collapsed.  The caller frees the result; NULL when out of
 * memory. */
char *gd_eval_norm(const char *s);

void gd_eval_free(gd_eval *ev);

#endif
