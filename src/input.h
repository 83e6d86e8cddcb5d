/* geordf: reading articles from .txt files, JSON Lines corpora and stdin.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_INPUT_H
#define GEORDF_INPUT_H

#include "geordf/geordf.h"
#include "diag.h"

/* A reader over one input file.  Documents come one at a time so memory
 * does not grow with the corpus. */
typedef struct gd_reader gd_reader;

typedef struct {
  const char *default_date;  /* --date: the date of text documents and of
                                JSON records without a valid one, or NULL */
  gd_diag_sink sink;         /* where problems are reported (NULL: nowhere) */
  void *payload;
  int on_error;              /* invalid UTF-8 in a document: GD_ON_ERROR_* */
  int encoding;              /* GD_ENCODING_* (0: UTF-8) */
  size_t max_bytes;          /* a larger document (a JSON Lines record, a
                                text file) is reported and skipped, or with
                                GD_ON_ERROR_FAIL ends the reading; 0:
                                GD_MAX_DOCUMENT_BYTES */
} gd_reader_options;

/* --max-document-bytes by default: far above any article, and a bound on
 * what one record can cost. */
#define GD_MAX_DOCUMENT_BYTES ((size_t)64 << 20)

/* Parses a --max-document-bytes value: a positive number of bytes, or of
 * KiB, MiB or GiB with a suffix K, M or G.  0, or -1 when malformed. */
int gd_input_size_parse(const char *s, size_t *out);

/* How the bytes of a file are read (--encoding). */
enum {
  GD_ENCODING_UTF8 = 0,      /* UTF-8; bad bytes are handled as on_error says */
  GD_ENCODING_CP1252,        /* Windows-1252, which covers ISO-8859-1: every
                                byte but 0x81 0x8D 0x8F 0x90 0x9D is a character */
  GD_ENCODING_AUTO           /* UTF-8, and each byte that is not part of a
                                UTF-8 sequence read as Windows-1252, with a
                                warning (scrapes that mix both) */
};

/* GD_ENCODING_* for NAME (utf-8, windows-1252 or its aliases cp1252,
 * latin1, iso-8859-1, or auto; any case), or -1. */
int gd_input_encoding_parse(const char *name);

enum {
  GD_ON_ERROR_REPLACE = 0,   /* replace bad bytes by U+FFFD and warn */
  GD_ON_ERROR_SKIP,          /* skip the document, with an error */
  GD_ON_ERROR_FAIL           /* stop reading: the rest of the file is not read */
};

/* Opens PATH ("-" is standard input, read as JSON Lines when it starts with
 * '{', else as one text document with id "stdin").  A path ending in .jsonl
 * or .ndjson is JSON Lines, anything else one text document whose id is the
 * file name without folder and extension.  Errors (missing, unreadable, a
 * directory) are reported through the sink with the path, and returned. */
geordf_status gd_reader_open(gd_reader **out, const char *path,
                             const gd_reader_options *opt);

/* Whether PATH names a JSON Lines file (ends in .jsonl or .ndjson, in any
 * case); "-" is not (its first byte decides). */
int gd_input_is_jsonl_path(const char *path);

/* Reads the next document into *DOC (valid until the next call or
 * gd_reader_free).  The text is valid UTF-8 (bytes read as the encoding
 * option says; bad bytes become U+FFFD, with a warning), has no NUL bytes
 * and only LF line ends; a leading BOM is gone.
 * A JSON record needs string fields "id" (non-empty) and "text"; "date"
 * (YYYY-MM-DD, else a warning and dropped), "title" and "url" are optional.
 * Blank lines are skipped; a repeated id gets a warning only.
 * Returns GEORDF_OK, GEORDF_END at the end, or GEORDF_ERR_SYNTAX for a record that was skipped (reported with file and
 * line through the sink; call again to go on), or GEORDF_ERR_IO. */
geordf_status gd_reader_next(gd_reader *r, geordf_document *doc);

/* Documents skipped so far because of errors. */
size_t gd_reader_skipped(const gd_reader *r);

/* The path as given to gd_reader_open ("-" for standard input). */
const char *gd_reader_path(const gd_reader *r);

void gd_reader_free(gd_reader *r);

/* 1 if S is exactly "YYYY-MM-DD" and a real calendar date, else 0. */
int gd_input_date_valid(const char *s);

#endif
