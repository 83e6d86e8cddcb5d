/* geordf: date expressions in news text, resolved against the document date.
 * SPDX-License-Identifier: MIT
 *
 * Pure C: no locale (ASCII case folding only), linear time; only the table
 * of date words allocates. */
#ifndef GEORDF_DATE_H
#define GEORDF_DATE_H

#include <stddef.h>

#include "token.h"

typedef struct { int y, m, d; } gd_ymd;   /* m or d 0 when unknown */

/* A date expression found in a text. */
typedef struct {
  size_t begin, end;   /* byte span of the date words in the text:
                          "last June", "mid-2015", "Monday night",
                          "Nov. 24, 2015"; a leading "in"/"on"/"since" is
                          not part of it */
  gd_ymd value;        /* resolved value; y == 0 never returned */
  int relative;        /* 1: resolved against the document date
                          ("Monday", "yesterday", "last month", "in June",
                          "Nov. 24" whose year comes from the document) */
  int future;          /* 1: after the document date: "next ...", "this
                          coming ...", "tomorrow", "later this year", or
                          any value later than the document date at its
                          precision ("Dec. 10" in a Nov. 20 article) */
  int weekday;         /* 1: it names a weekday ("last Friday night",
                          "Tuesday, Nov. 24") */
} gd_date_expr;

/* Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO 8601 timestamp
 * "YYYY-MM-DDThh:mm[:ss[.f]][Z|+hh:mm]" (date part kept; 'T' may also be a
 * space).  Validates 1000 <= y <= 9999, month 1-12 and that the day exists
 * (leap years).  Returns 0 on success; -1 when malformed, out of range or
 * followed by anything else, leaving *OUT unchanged. */
int gd_date_parse_iso(gd_ymd *out, const char *s);

/* 1 when D is a date as this module returns it: 1 <= y <= 9999, m 0-12,
 * d 0 or a day that exists in that month, and d 0 when m is 0. */
int gd_date_valid(const gd_ymd *d);

/* Writes "YYYY", "YYYY-MM" or "YYYY-MM-DD" (as much as is known) into BUF
 * (at least 11 bytes); writes "" when D is NULL or not gd_date_valid. */
void gd_date_format(const gd_ymd *d, char *buf);

/* ---- date words ----------------------------------------------------------
 * The English words the patterns below read are the lexicon's: cues
 * (lex:Cue) of the kinds here, gathered into a gd_date_words table when
 * the lexicon is built (they are no phrases gd_match() finds).  A form is
 * a word of ASCII letters, or for GD_DATE_DEIXIS and GD_DATE_SHIFT up to
 * four of them ("the day before yesterday", "this coming"); a one-word
 * form written with a capital ("May") matches only capitalized text, one
 * in lower case matches in any case.  The kinds with a number (lex:number)
 * say what it is. */
enum {
  GD_DATE_MONTH,       /* "january": its number 1-12 */
  GD_DATE_MONTH_ABBR,  /* "jan", "sept": 1-12; a month only before a day or a year */
  GD_DATE_WEEKDAY,     /* "monday": 1 (Monday) - 7 (Sunday) */
  GD_DATE_DAY_PART,    /* "night": "Monday night", "this morning" */
  GD_DATE_DEIXIS,      /* "yesterday", "last night": the day, counted from the document's */
  GD_DATE_SHIFT,       /* "last" -1, "this" 0, "next" and "this coming" 1 */
  GD_DATE_SIDE,        /* "earlier" -1, "later" 1 (after the document): "later this year" */
  GD_DATE_PERIOD_PART, /* "early", "mid", "late" before a date, kept in its span */
  GD_DATE_LEAD,        /* "in", "since": a bare month or year after it is a date */
  GD_DATE_JOIN,        /* "and", "to": joins a date to a bare month or year after it */
  GD_DATE_OF,          /* "of" of "24th of November" */
  GD_DATE_ORDINAL,     /* "th" of "24th" */
  GD_DATE_COUNT_NOUN,  /* "troops": a year-like number before it is a count */
  GD_DATE_COUNT_WORD,  /* "a", "two": the count 1-99 of "two weeks ago" */
  GD_DATE_UNIT,        /* "week": its days, 1, 7, 30 (month) or 365 (year) */
  GD_DATE_UNITS,       /* "weeks": the same, plural */
  GD_DATE_AGO,         /* "ago" */
  GD_DATE_TIME_CLAUSE, /* "before": opens a clause of time (read on the parse, not by the finder) */
  GD_DATE_KINDS
};

typedef struct gd_date_words gd_date_words;

/* The GD_DATE_ kind whose lex:cue name is NAME ("month", "weekday", ...),
 * or -1; and the name of KIND. */
int gd_date_kind(const char *name);
const char *gd_date_kind_name(int kind);

/* 1 when KIND's words have a lex:number. */
int gd_date_kind_numbered(int kind);

/* An empty table; NULL when memory ran out. */
gd_date_words *gd_date_words_new(void);
void gd_date_words_free(gd_date_words *w);

/* Adds FORM (see above) as a word of KIND standing for NUMBER (0 for the
 * kinds without numbers).  Returns 0; -1 when memory ran out; -2 when FORM
 * or NUMBER is not one KIND takes. */
int gd_date_words_add(gd_date_words *w, int kind, const char *form, int number);

/* 1 when the one-word FORM (lower case) is a word of KIND in W, with its
 * number in *NUMBER (may be NULL). */
int gd_date_words_has(const gd_date_words *w, int kind, const char *form, int *number);

/* Finds the date expressions in tokens [TB, TE) of T (one sentence; TEXT is
 * the text T was made from) and resolves them against DOC (the publication
 * date; NULL or not a full valid date means unknown, and then everything
 * that needs it is skipped).  W gives the words.  Writes at most MAX
 * results to OUT in text order, non-overlapping, the longest match
 * winning, and returns how many were written.  A token that joins what the
 * patterns read apart ("24th", "mid-2015", "2015-11-24", "Nov.", "2014-15")
 * is read in its pieces of digits, letters and single marks.
 * The words below are those of the bundled lexicon (ontology/lexicon/cues.ttl).
 *
 * Explicit (relative = 0):
 *   "2015-11-24" (a "T" time may follow), "November 24, 2015",
 *   "Nov. 24 2015", "24 November 2015", "24th of Nov. 2015" -> y-m-d;
 *   "June 2012", "June, 2012" -> y-m;
 *   a year 1900-2099 -> y, only after a GD_DATE_LEAD word (in since of from
 *   until till by before after during through throughout between year
 *   spring summer autumn winter) or a GD_DATE_PERIOD_PART (early late
 *   mid(-)), or after a GD_DATE_JOIN word (and or to through until) or "-"
 *   that directly follow another date ("between 2014 and 2016"), or as
 *   "2014's", or set off by a comma before a GD_DATE_TIME_CLAUSE word
 *   ("remember 2014, when"); never in "$2015", "2,015", "1990s", "2015.5", nor before a
 *   GD_DATE_COUNT_NOUN ("of 2000 troops", "people", "km", ...).
 * Month names match case-insensitively, abbreviations Jan Feb Mar Apr Jun
 * Jul Aug Sep Sept Oct Nov Dec with or without "." only before a day or a
 * year; "May", "March" and "August" (also ordinary words) only when
 * capitalised.  Weekday names (full names only) match case-insensitively.
 *
 * Resolved against DOC (relative = 1):
 *   "Nov 24", "November 24", "24 November": DOC's year, or the year before
 *     when that date would be more than 62 days after DOC;
 *   a bare month after a lead word above ("in June", "of March",
 *     "mid-June", "early June"): the latest such month not after DOC's
 *     month; "last June": the latest strictly before DOC's month;
 *     "next June" / "this coming June": the first strictly after (future);
 *     "this June": DOC's year;
 *   "Monday", "on Monday", "Monday night", "Monday's", "this Monday": DOC
 *     itself when DOC is a Monday, else the latest Monday before DOC;
 *     "last Monday": the latest Monday strictly before DOC; "next Monday" /
 *     "this coming Monday": the first Monday strictly after DOC (future);
 *     "Tuesday, Nov. 24" takes the explicit date;
 *   "today", "tonight", "this morning/afternoon/evening/night", "earlier
 *     today" -> DOC; "yesterday", "last night" -> DOC-1; "the day before
 *     yesterday" -> DOC-2; "tomorrow" -> DOC+1, "the day after tomorrow"
 *     -> DOC+2, "later today" -> DOC (future);
 *   "last week" -> y-m of DOC-7; "this week", "this month", "earlier this
 *     week/month" -> y-m of DOC; "last month" -> the month before DOC's;
 *     "last year" -> y-1; "this year", "earlier this year" -> y;
 *     "next week" -> y-m of DOC+7, "next month", "next year" -> y+1,
 *     "later this week/month/year" (all future);
 *   "N days ago", "N weeks ago" (N digits, or a/an/one..twelve) -> DOC
 *     minus N or 7N days; "N months ago" -> y-m; "N years ago" -> y.
 *   "early"/"late"/"mid-" before any of these are part of the span and
 *   keep its value ("late last year" -> y-1).
 * Not resolved: "the following year" and other expressions that need
 * context beyond DOC. */
size_t gd_date_find(const gd_date_words *w, const gd_tokens *t, size_t tb, size_t te, const char *text,
                    const gd_ymd *doc, gd_date_expr *out, size_t max);

/* Day of week, 0 = Monday .. 6 = Sunday, for a full valid date; -1 when D
 * is NULL or not a full valid date. */
int gd_date_weekday(const gd_ymd *d);

/* Adds DAYS (may be negative) to a full valid date; no-op for NULL or a
 * date with an unknown or invalid part. */
void gd_date_add_days(gd_ymd *d, int days);

#endif
