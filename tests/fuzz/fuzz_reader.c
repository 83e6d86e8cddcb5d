/* SPDX-License-Identifier: MIT
 * geordf fuzz target: the document reader (JSON Lines and plain text) must
 * survive any bytes and keep its promises about the documents it returns. */
#include "input.h"
#include "scratch.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 1 if S[0..N) is well-formed UTF-8 (no overlongs, surrogates or values
 * above U+10FFFF), as the reader promises for every text it returns. */
static int utf8_ok(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else return 0;
    if (i + len > n) return 0;
    if (s[i + 1] < lo || s[i + 1] > hi) return 0;
    for (size_t k = 2; k < len; k++)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
    i += len;
  }
  return 1;
}

/* Diagnostics are expected on bad input; they must be well-formed. */
static void sink(const gd_diag *d, void *payload) {
  size_t *count = payload;
  if (!d->message || !*d->message) {
    fprintf(stderr, "fuzz_reader: a diagnostic without a message\n");
    abort();
  }
  (*count)++;
}

static const char BOM[] = "\xEF\xBB\xBF";

/* 1 if DATA has a BOM past its first three bytes. */
static int bom_after(const uint8_t *data, size_t size) {
  for (size_t i = 3; i + 3 <= size; i++)
    if (memcmp(data + i, BOM, 3) == 0) return 1;
  return 0;
}

/* DATA is the whole input when it was read as one text document, else
 * NULL: a BOM that opens the file must be gone from the text, unless the
 * file has a second one (NUL bytes dropped before a later BOM may also
 * bring it to the front, which is content, not a byte-order mark). */
static void check_doc(const geordf_document *doc, const uint8_t *data, size_t size) {
  if (!doc->id || !*doc->id || !doc->text) {
    fprintf(stderr, "fuzz_reader: document without id or text\n");
    abort();
  }
  if (strlen(doc->text) != doc->text_len) {
    fprintf(stderr, "fuzz_reader: text has a NUL byte or a wrong length\n");
    abort();
  }
  if (memchr(doc->text, '\r', doc->text_len)) {
    fprintf(stderr, "fuzz_reader: text keeps a CR\n");
    abort();
  }
  if (!utf8_ok((const unsigned char *)doc->text, doc->text_len) ||
      !utf8_ok((const unsigned char *)doc->id, strlen(doc->id)) ||
      (doc->title && !utf8_ok((const unsigned char *)doc->title, strlen(doc->title))) ||
      (doc->url && !utf8_ok((const unsigned char *)doc->url, strlen(doc->url)))) {
    fprintf(stderr, "fuzz_reader: invalid UTF-8 in a returned document\n");
    abort();
  }
  if (data && size >= 3 && memcmp(data, BOM, 3) == 0 && doc->text_len >= 3 &&
      memcmp(doc->text, BOM, 3) == 0 && !bom_after(data, size)) {
    fprintf(stderr, "fuzz_reader: the leading BOM was kept\n");
    abort();
  }
  if (doc->date && !gd_input_date_valid(doc->date)) {
    fprintf(stderr, "fuzz_reader: an invalid date came through: %s\n", doc->date);
    abort();
  }
}

/* Reads every document of PATH; the reader must end within a bounded number
 * of calls (each call consumes at least one line or the whole file). */
static void read_all(const char *path, const char *default_date,
                     const uint8_t *data, size_t size, int text, int encoding) {
  size_t diags = 0;
  gd_reader_options opt = {default_date, sink, &diags, GD_ON_ERROR_REPLACE, encoding, 0};
  gd_reader *r = NULL;
  if (gd_reader_open(&r, path, &opt) != GEORDF_OK) {
    if (r) abort(); /* out-parameters are NULL on failure */
    return;
  }
  size_t calls = 0, docs = 0, limit = size + 2;
  for (;;) {
    geordf_document doc;
    memset(&doc, 0, sizeof doc);
    geordf_status st = gd_reader_next(r, &doc);
    if (++calls > limit) {
      fprintf(stderr, "fuzz_reader: no end after %zu calls\n", calls);
      abort();
    }
    if (st == GEORDF_END) break;
    if (st == GEORDF_OK) {
      check_doc(&doc, text ? data : NULL, size);
      docs++;
    } else if (st != GEORDF_ERR_SYNTAX) {
      break;
    }
  }
  if (gd_reader_skipped(r) > calls) abort();
  (void)docs;
  gd_reader_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* The extension picks the format; the stem becomes a text document's id. */
  const char *jsonl_path = scratch_file("reader", "in.jsonl");
  const char *txt_path = scratch_file("reader", "in-doc.txt");
  if (size > MAX_INPUT || !jsonl_path || !txt_path) return 0;
  /* The first byte's low bit chooses whether a default date is given, so
   * both paths of date handling are reached. */
  const char *date = (size && (data[0] & 1)) ? "2015-11-24" : NULL;
  /* Every input is read as UTF-8, and again as Windows-1252 or auto (the
   * second bit chooses). */
  int other = (size && (data[0] & 2)) ? GD_ENCODING_CP1252 : GD_ENCODING_AUTO;
  if (scratch_write(jsonl_path, data, size) == 0) {
    read_all(jsonl_path, date, data, size, 0, GD_ENCODING_UTF8);
    read_all(jsonl_path, date, data, size, 0, other);
  }
  if (scratch_write(txt_path, data, size) == 0) {
    read_all(txt_path, date, data, size, 1, GD_ENCODING_UTF8);
    read_all(txt_path, date, data, size, 1, other);
  }
  return 0;
}
