/* geordf: date expressions in news text, resolved against the document date.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_DATE_H
#define GEORDF_DATE_H

#include <stddef.h>

typedef struct { int y, m, d; } gd_ymd;   /* m or d 0 when unknown */

/* A date expression found in a text. */
typedef struct {
  size_t begin, end;   /* byte span in the text searched */
  gd_ymd value;        /* resolved value; y == 0 never returned */
  int relative;        /* 1: resolved against the document date
                          ("Monday", "yesterday", "last month") */
  int future;          /* 1: refers to after the document date
                          ("next week", "on Monday" when it is planned...) */
} gd_date_expr;

/* Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" (leading part of an ISO 8601
 * timestamp is accepted).  Returns 0 on success, -1 when malformed or out of
 * range (month 1-12, a day that exists in that month). */
int gd_date_parse_iso(gd_ymd *out, const char *s);

/* Writes "YYYY", "YYYY-MM" or "YYYY-MM-DD" (as much as is known) into BUF
 * (at least 11 bytes). */
void gd_date_format(const gd_ymd *d, char *buf);

/* Finds the date expressions in TEXT[0..LEN) (UTF-8, original case) and
 * resolves them against DOC (the publication date; may be all zero, then
 * relative expressions are skipped).  Writes at most MAX results to OUT in
 * text order and returns how many were found (never more than MAX).
 * Recognized, case-insensitively:
 *   "on Monday" / "Monday" (the most recent such day on or before DOC,
 *     strictly before DOC for the same weekday when used in past tense is
 *     not decidable here: take the most recent day strictly before DOC, or
 *     DOC itself is never returned for a weekday name),
 *   "Monday night/evening/morning", "today", "yesterday", "tonight",
 *   "last week" (y,m of that week's Monday? no: give y-m-d unknown -> y,m),
 *   "last month", "last year", "this year", "next year", "next week",
 *   "a week ago", "two days ago", "N days/weeks ago",
 *   "Nov. 24", "November 24", "24 November", "Nov 24, 2015", "24 Nov 2015",
 *   "in June 2012", "June 2012", "in June" (the latest June not after DOC),
 *   "in 2014", "since 2007" (year only), "2015-11-24", "the following year"
 *   is NOT resolved (needs context). */
size_t gd_date_find(const char *text, size_t len, const gd_ymd *doc,
                    gd_date_expr *out, size_t max);

/* Day of week, 0 = Monday .. 6 = Sunday, for a full date. */
int gd_date_weekday(const gd_ymd *d);

/* Adds DAYS (may be negative) to a full date. */
void gd_date_add_days(gd_ymd *d, int days);

#endif
