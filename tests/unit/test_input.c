/* SPDX-License-Identifier: MIT
 * geordf: unit tests of the document reader (text, JSON Lines, stdin) and of
 * diagnostics formatting. */
#define _POSIX_C_SOURCE 200809L
#include "config.h"

#include "diag.h"
#include "input.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- fixtures: a scratch folder and a sink that records diagnostics ---- */

static char tmpdir[64];

static void make_tmpdir(void) {
  strcpy(tmpdir, "/tmp/geordf-test-input.XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void remove_tmpdir(void) {
  DIR *d = opendir(tmpdir);
  if (!d)
    return;
  struct dirent *e;
  char path[512];
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' && (!e->d_name[1] || !strcmp(e->d_name, "..")))
      continue;
    snprintf(path, sizeof path, "%s/%s", tmpdir, e->d_name);
    unlink(path);
  }
  closedir(d);
  rmdir(tmpdir);
}

/* Writes LEN bytes of DATA to TMPDIR/NAME; returns the path (static). */
static const char *write_file(const char *name, const char *data, size_t len) {
  static char path[512];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  FILE *fh = fopen(path, "wb");
  ck_assert_ptr_nonnull(fh);
  ck_assert_uint_eq(fwrite(data, 1, len, fh), len);
  ck_assert_int_eq(fclose(fh), 0);
  return path;
}

#define WRITE(name, lit) write_file((name), (lit), sizeof(lit) - 1)

typedef struct {
  gd_severity severity;
  char file[512];
  unsigned long line, column;
  char message[512];
} rec_diag;

typedef struct {
  rec_diag d[16];
  size_t n;
} recorder;

static void record(const gd_diag *d, void *payload) {
  recorder *r = payload;
  if (r->n == sizeof r->d / sizeof r->d[0])
    return;
  rec_diag *o = &r->d[r->n++];
  o->severity = d->severity;
  snprintf(o->file, sizeof o->file, "%s", d->file ? d->file : "");
  o->line = d->line;
  o->column = d->column;
  snprintf(o->message, sizeof o->message, "%s", d->message);
}

/* Opens PATH read in encoding ENC, with on_error ON_ERR. */
static gd_reader *open_enc(const char *path, recorder *rec, int enc, int on_err) {
  gd_reader_options opt = {NULL, record, rec, on_err, enc, 0};
  gd_reader *r = NULL;
  ck_assert_int_eq(gd_reader_open(&r, path, &opt), GEORDF_OK);
  ck_assert_ptr_nonnull(r);
  return r;
}

static gd_reader *open_ok(const char *path, recorder *rec, const char *date) {
  gd_reader_options opt = {date, record, rec, GD_ON_ERROR_REPLACE, GD_ENCODING_UTF8, 0};
  gd_reader *r = NULL;
  ck_assert_int_eq(gd_reader_open(&r, path, &opt), GEORDF_OK);
  ck_assert_ptr_nonnull(r);
  return r;
}

/* ---- JSON Lines ---------------------------------------------------------- */

START_TEST(jsonl_records) {
  recorder rec = {0};
  const char *p = WRITE("a.jsonl",
                        "{\"id\":\"r1\",\"text\":\"Hello there.\",\"date\":\"2015-11-24\","
                        "\"title\":\"Head\",\"url\":\"http://example.org/1\"}\n"
                        "{\"id\":\"r2\",\"text\":\"Second.\"}");
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "r1");
  ck_assert_str_eq(doc.text, "Hello there.");
  ck_assert_uint_eq(doc.text_len, 12);
  ck_assert_str_eq(doc.date, "2015-11-24");
  ck_assert_str_eq(doc.title, "Head");
  ck_assert_str_eq(doc.url, "http://example.org/1");

  /* The last line has no newline: still a record. */
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "r2");
  ck_assert_str_eq(doc.text, "Second.");
  ck_assert_ptr_null(doc.date);
  ck_assert_ptr_null(doc.title);
  ck_assert_ptr_null(doc.url);

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(gd_reader_skipped(r), 0);
  ck_assert_uint_eq(rec.n, 0);
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_blank_lines) {
  recorder rec = {0};
  const char *p = WRITE("b.ndjson", "\n   \n{\"id\":\"x\",\"text\":\"t\"}\n\t\r\n\n"
                                    "{\"id\":\"y\",\"text\":\"u\"}\r\n\n");
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "x");
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "y");
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(rec.n, 0);
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_malformed_line) {
  recorder rec = {0};
  const char *p = WRITE("c.jsonl", "{\"id\":\"one\",\"text\":\"a\"}\n"
                                   "\n"
                                   "{\"id\": , \"text\":\"b\"}\n"
                                   "{\"id\":\"two\",\"text\":\"c\"}\n");
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "one");
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_ERROR);
  ck_assert_str_eq(rec.d[0].file, p);
  ck_assert_uint_eq(rec.d[0].line, 3);
  ck_assert_uint_eq(rec.d[0].column, 8); /* the ',' after "id": */
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "malformed JSON: "));
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "; document skipped"));
  ck_assert_uint_eq(gd_reader_skipped(r), 1);
  /* The reader goes on after a bad record. */
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "two");
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  gd_reader_free(r);
}
END_TEST

/* --max-document-bytes: a record over the limit is reported with its line
 * and skipped (the limit itself is allowed); with --on-error=fail the file
 * ends there.  A text file over the limit is skipped whole. */
START_TEST(max_document_bytes) {
  static const char data[] = "{\"id\":\"a\",\"text\":\"short\"}\n"          /* 28 bytes */
                             "{\"id\":\"b\",\"text\":\"far too long here\"}\n"
                             "{\"id\":\"c\",\"text\":\"short\"}";
  const char *p = WRITE("max.jsonl", data);
  for (int fail = 0; fail < 2; fail++) {
    recorder rec = {0};
    gd_reader_options opt = {NULL, record, &rec, fail ? GD_ON_ERROR_FAIL : GD_ON_ERROR_REPLACE,
                             GD_ENCODING_UTF8, 28};
    gd_reader *r = NULL;
    ck_assert_int_eq(gd_reader_open(&r, p, &opt), GEORDF_OK);
    geordf_document doc;
    ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
    ck_assert_str_eq(doc.id, "a");
    ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
    ck_assert_uint_eq(rec.n, 1);
    ck_assert_int_eq(rec.d[0].severity, GD_ERROR);
    ck_assert_uint_eq(rec.d[0].line, 2);
    ck_assert_ptr_nonnull(strstr(rec.d[0].message, "more than 28 bytes (--max-document-bytes)"));
    ck_assert_ptr_nonnull(strstr(rec.d[0].message, fail ? "stopping" : "document skipped"));
    ck_assert_uint_eq(gd_reader_skipped(r), 1);
    if (!fail) {
      ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
      ck_assert_str_eq(doc.id, "c");
    }
    ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
    gd_reader_free(r);
  }
  recorder rec = {0};
  gd_reader_options opt = {NULL, record, &rec, GD_ON_ERROR_REPLACE, GD_ENCODING_UTF8, 10};
  gd_reader *r = NULL;
  ck_assert_int_eq(gd_reader_open(&r, WRITE("max.txt", "Eleven bytes"), &opt), GEORDF_OK);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "more than 10 bytes"));
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  gd_reader_free(r);

  size_t v = 0;
  ck_assert_int_eq(gd_input_size_parse("64M", &v), 0);
  ck_assert_uint_eq(v, (size_t)64 << 20);
  ck_assert_int_eq(gd_input_size_parse("1500", &v), 0);
  ck_assert_uint_eq(v, 1500);
  ck_assert_int_eq(gd_input_size_parse("0", &v), -1);
  ck_assert_int_eq(gd_input_size_parse("-1", &v), -1);
  ck_assert_int_eq(gd_input_size_parse("2T", &v), -1);
}
END_TEST

/* Each line is one bad record; the message names the reason. */
static const struct {
  const char *line;
  const char *message;
} bad_records[] = {
    {"{\"text\":\"no id\"}", "field 'id' is missing; document skipped"},
    {"{\"id\":7,\"text\":\"numeric id\"}", "field 'id' is not a string"},
    {"{\"id\":\"\",\"text\":\"empty id\"}", "field 'id' is empty"},
    {"{\"id\":\"a\\nb\",\"text\":\"newline in id\"}", "control character"},
    {"{\"id\":\"t1\"}", "field 'text' is missing"},
    {"{\"id\":\"t2\",\"text\":[\"a\"]}", "field 'text' is not a string"},
    {"{\"id\":\"t3\",\"text\":null}", "field 'text' is not a string"},
    {"[\"id\",\"text\"]", "expected a JSON object"},
    {"{\"id\":\"t4\",\"text\":\"x\"} {}", "malformed JSON"},
};

START_TEST(jsonl_bad_record) {
  recorder rec = {0};
  char data[256];
  int n = snprintf(data, sizeof data, "{\"id\":\"ok\",\"text\":\"fine\"}\n%s\n",
                   bad_records[_i].line);
  const char *p = write_file("bad.jsonl", data, (size_t)n);
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_ERROR);
  ck_assert_uint_eq(rec.d[0].line, 2);
  ck_assert_msg(strstr(rec.d[0].message, bad_records[_i].message),
                "message '%s' lacks '%s'", rec.d[0].message,
                bad_records[_i].message);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(gd_reader_skipped(r), 1);
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_optional_fields) {
  recorder rec = {0};
  const char *p = WRITE("d.jsonl",
                        "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2015-02-30\"}\n"
                        "{\"id\":\"b\",\"text\":\"x\",\"date\":20150101,\"title\":5}\n"
                        "{\"id\":\"c\",\"text\":\"x\",\"date\":null,\"title\":null}\n"
                        "{\"id\":\"d\",\"text\":\"x\",\"date\":\"2016-02-29\"}\n");
  gd_reader *r = open_ok(p, &rec, "2020-01-01");
  geordf_document doc;

  /* A malformed date is a warning; the default date takes its place. */
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.date, "2020-01-01");
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_WARNING);
  ck_assert_uint_eq(rec.d[0].line, 1);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "2015-02-30"));

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "b");
  ck_assert_ptr_null(doc.title);
  ck_assert_uint_eq(rec.n, 3); /* date and title are not strings */
  ck_assert_uint_eq(rec.d[1].line, 2);

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK); /* null: absent */
  ck_assert_str_eq(doc.date, "2020-01-01");
  ck_assert_ptr_null(doc.title);
  ck_assert_uint_eq(rec.n, 3);

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.date, "2016-02-29");
  ck_assert_uint_eq(gd_reader_skipped(r), 0);
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_duplicate_id) {
  recorder rec = {0};
  const char *p = WRITE("e.jsonl", "{\"id\":\"same\",\"text\":\"1\"}\n"
                                   "{\"id\":\"other\",\"text\":\"2\"}\n"
                                   "{\"id\":\"same\",\"text\":\"3\"}\n");
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  for (int i = 0; i < 3; i++)
    ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.text, "3"); /* still delivered */
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_WARNING);
  ck_assert_uint_eq(rec.d[0].line, 3);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "duplicate id 'same'"));
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "line 1"));
  ck_assert_uint_eq(gd_reader_skipped(r), 0);
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_text_normalised) {
  recorder rec = {0};
  /* Escaped CRLF, lone CR and NUL; then a raw invalid byte in the text. */
  const char *p = WRITE("f.jsonl",
                        "{\"id\":\"n\",\"text\":\"a\\r\\nb\\rc\\u0000d\"}\n"
                        "{\"id\":\"u\",\"text\":\"x\xFFy\"}\n");
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_uint_eq(doc.text_len, 6);
  ck_assert_int_eq(memcmp(doc.text, "a\nb\ncd", 7), 0);
  ck_assert_uint_eq(rec.n, 0);

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_uint_eq(doc.text_len, 5);
  ck_assert_int_eq(memcmp(doc.text, "x\xEF\xBF\xBDy", 6), 0);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_WARNING);
  ck_assert_uint_eq(rec.d[0].line, 2);
  ck_assert_uint_eq(rec.d[0].column, 20);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "invalid UTF-8 at byte offset 19"));
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_bom_and_long_line) {
  recorder rec = {0};
  size_t big = 1u << 20;
  char *data = malloc(big + 64);
  ck_assert_ptr_nonnull(data);
  size_t n = (size_t)sprintf(data, "\xEF\xBB\xBF{\"id\":\"long\",\"text\":\"");
  memset(data + n, 'w', big);
  n += big;
  n += (size_t)sprintf(data + n, "\"}\n");
  const char *p = write_file("g.jsonl", data, n);
  free(data);
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "long");
  ck_assert_uint_eq(doc.text_len, big);
  ck_assert_uint_eq(strlen(doc.text), big);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(rec.n, 0);
  gd_reader_free(r);
}
END_TEST

/* Records of 1 to 40 bytes of text, every third one too long for the cap,
 * the last without its newline: a regular file is read a block at a time
 * (test_input_block: seven bytes), a pipe a byte at a time, and both must
 * give the same records and refusals wherever a line starts or ends in a
 * block.  PATH is read as the file, as stdin, or (NULL) stdin is ready. */
static void read_lengths(const char *path, int as_stdin) {
  recorder rec = {0};
  gd_reader_options opt = {NULL, record, &rec, GD_ON_ERROR_REPLACE, GD_ENCODING_UTF8, 100};
  gd_reader *r = NULL;
  if (path && as_stdin) ck_assert_ptr_nonnull(freopen(path, "rb", stdin));
  ck_assert_int_eq(gd_reader_open(&r, path && !as_stdin ? path : "-", &opt), GEORDF_OK);
  geordf_document doc;
  for (int k = 1; k <= 40; k++) {
    if (k % 3 == 0) {
      ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
      ck_assert_ptr_nonnull(strstr(rec.d[rec.n - 1].message, "more than 100 bytes"));
      ck_assert_uint_eq(rec.d[rec.n - 1].line, (unsigned long)k);
      rec.n = 0;
      continue;
    }
    ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
    char id[8];
    snprintf(id, sizeof id, "%d", k);
    ck_assert_str_eq(doc.id, id);
    ck_assert_uint_eq(doc.text_len, (size_t)k);
    for (int i = 0; i < k; i++) ck_assert_int_eq(doc.text[i], 'a' + (k + i) % 26);
  }
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(gd_reader_skipped(r), 13);
  gd_reader_free(r);
}

START_TEST(jsonl_lines_across_blocks) {
  char data[8192];
  size_t n = 0;
  for (int k = 1; k <= 40; k++) {
    n += (size_t)sprintf(data + n, "{\"id\":\"%d\",\"text\":\"", k);
    for (int i = 0; i < k + (k % 3 == 0 ? 100 : 0); i++) data[n++] = (char)('a' + (k + i) % 26);
    n += (size_t)sprintf(data + n, "\"}%s", k < 40 ? "\n" : "");
  }
  const char *p = write_file("blocks.jsonl", data, n);
  read_lengths(p, 0);
  read_lengths(p, 1);
  int fd[2];
  ck_assert_int_eq(pipe(fd), 0);
  ck_assert_int_eq(write(fd[1], data, n), (ssize_t)n);
  close(fd[1]);
  ck_assert_int_eq(dup2(fd[0], fileno(stdin)), fileno(stdin));
  close(fd[0]);
  clearerr(stdin);
  read_lengths(NULL, 1);
}
END_TEST

/* Reads the one-line file NAME holding LINE; returns the reader (the caller
 * frees it). */
static gd_reader *open_line(const char *name, const char *line, recorder *rec) {
  return open_ok(write_file(name, line, strlen(line)), rec, NULL);
}

START_TEST(jsonl_duplicate_keys) {
  recorder rec = {0};
  /* As JSON readers commonly do (and jansson did), the last value counts. */
  const char *p = WRITE("dup.jsonl",
                        "{\"id\":5,\"text\":\"a\",\"id\":\"k1\",\"text\":\"b\",\"title\":\"x\","
                        "\"title\":null}\n"
                        "{\"id\":\"k2\",\"text\":\"a\",\"text\":7}\n"
                        "{\"id\":\"k3\",\"text\":\"a\",\"date\":\"2015-01-01\",\"date\":\"bad\"}\n"
                        "{\"id\":\"k4\",\"text\":\"a\",\"date\":\"bad\",\"date\":\"2015-01-02\"}\n");
  gd_reader *r = open_ok(p, &rec, "2020-01-01");
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "k1");
  ck_assert_str_eq(doc.text, "b");
  ck_assert_ptr_null(doc.title);
  ck_assert_uint_eq(rec.n, 0);

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_str_eq(rec.d[0].message, "field 'text' is not a string; document skipped");

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.date, "2020-01-01");
  ck_assert_uint_eq(rec.n, 2);
  ck_assert_ptr_nonnull(strstr(rec.d[1].message, "malformed date 'bad'"));

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.date, "2015-01-02");
  ck_assert_uint_eq(rec.n, 2);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_escapes) {
  recorder rec = {0};
  /* Every escape JSON has, a surrogate pair (U+1F600), and an escaped key;
   * strings come decoded, and each member keeps its own copy. */
  const char *p = WRITE("esc.jsonl",
                        "{\"id\":\"e\\u00e9\\/1\",\"te\\u0078t\":\"\\\"q\\\" \\\\ \\b\\f\\t\\n"
                        "\\u00e9\\u20AC\\ud83d\\ude00.\",\"title\":\"\\u0041\\u0000B\","
                        "\"url\":\"http:\\/\\/x\",\"date\":\"2015-01-02\\u0000junk\"}\n"
                        "{\"id\":\"a\\u0000b\",\"text\":\"x\"}\n");
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "e\xC3\xA9/1");
  static const char want[] = "\"q\" \\ \b\f\t\n\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80.";
  ck_assert_uint_eq(doc.text_len, sizeof want - 1);
  ck_assert_int_eq(memcmp(doc.text, want, sizeof want), 0);
  ck_assert_str_eq(doc.title, "AB"); /* \u0000 dropped, as from the text */
  ck_assert_str_eq(doc.url, "http://x");
  ck_assert_str_eq(doc.date, "2015-01-02"); /* the date ends at its NUL */
  ck_assert_uint_eq(rec.n, 0);

  /* A NUL in the id is a control character there. */
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_str_eq(rec.d[0].message, "field 'id' contains a control character; document skipped");
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_nested_ignored) {
  recorder rec = {0};
  /* Only top-level members count: "id" and "text" inside nested objects
   * and arrays are neither taken nor missed. */
  const char *p = WRITE("nest.jsonl",
                        "{\"meta\":{\"id\":\"inner\",\"text\":\"inner text\",\"n\":[1,{\"a\":[]}]},"
                        "\"id\":\"outer\",\"list\":[{\"text\":\"no\"},\"x\",null,true,-1.5e3],"
                        "\"text\":\"outer text\",\"more\":{\"title\":\"no\"}}\n"
                        "{\"meta\":{\"text\":\"inner\"},\"id\":\"n2\"}\n"
                        "{\"id\":\"n3\",\"text\":{\"text\":\"x\"}}\n"
                        "{\"id\":\"n4\",\"text\":\"t\",\"title\":[\"a\"],\"url\":false,\"date\":{}}\n");
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "outer");
  ck_assert_str_eq(doc.text, "outer text");
  ck_assert_ptr_null(doc.title);
  ck_assert_uint_eq(rec.n, 0);

  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_str_eq(rec.d[0].message, "field 'text' is missing; document skipped");
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_str_eq(rec.d[1].message, "field 'text' is not a string; document skipped");

  /* Optional members that are not strings: one warning each, in order. */
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "n4");
  ck_assert_ptr_null(doc.title);
  ck_assert_ptr_null(doc.url);
  ck_assert_ptr_null(doc.date);
  ck_assert_uint_eq(rec.n, 5);
  ck_assert_str_eq(rec.d[2].message, "field 'title' is not a string; ignored");
  ck_assert_str_eq(rec.d[3].message, "field 'url' is not a string; ignored");
  ck_assert_str_eq(rec.d[4].message, "field 'date' is not a string; ignored");
  ck_assert_uint_eq(rec.d[4].line, 4);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(gd_reader_skipped(r), 2);
  gd_reader_free(r);
}
END_TEST

/* Lines that are not JSON, each with its column and the reason given. */
static const struct {
  const char *line;
  unsigned long column;
  const char *reason;
} bad_json[] = {
    {"42", 2, "'[' or '{' expected"},
    {"\"id\"", 4, "'[' or '{' expected"},
    {"  true", 6, "'[' or '{' expected"},
    /* Truncated: the end of the line is where it stops. */
    {"{\"id\":\"t\",\"text\":\"abc", 21, "premature EOF"},
    {"{\"id\":\"t\",\"text\":\"abc\"", 22, "premature EOF"},
    {"{\"id\":\"t\",\"text\":\"a\",\"n\":1", 26, "premature EOF"},
    {"{\"id\":\"t\",\"text\":\"a\"} x", 23, "trailing garbage"},
    {"{\"id\":\"t\",\"text\":\"a\"} \"", 23, "trailing garbage"},
    {"{\"id\":\"t\",\"text\":\"a\",}", 22, "parse error"},
    {"{\"id\":\"t\",\"text\":\"a\",\"n\":tru}", 29, "lexical error"},
    {"{\"id\":\"t\",\"text\":\"a\tb\"}", 20, "invalid character inside string"},
    /* Escapes of UTF-16 surrogates must pair, even where nothing is read. */
    {"{\"id\":\"s\",\"text\":\"\\ud800\"}", 25, "surrogate"},
    {"{\"id\":\"s\",\"text\":\"\\udc00x\"}", 26, "surrogate"},
    {"{\"id\":\"s\",\"text\":\"\\ud800\\u0041\"}", 31, "surrogate"},
    {"{\"id\":\"s\",\"text\":\"a\",\"z\":[\"\\uDFFF\"]}", 34, "surrogate"},
    {"{\"id\":\"s\",\"k\\ud800\":1,\"text\":\"a\"}", 19, "surrogate"},
    {"{\"id\":\"s\",\"text\":\"a\",\"k\\u0000\":1}", 30, "NUL byte in object key"},
    /* Numbers that fit no C type. */
    {"{\"id\":\"n\",\"text\":\"a\",\"n\":9223372036854775808}", 44, "number out of range"},
    {"{\"id\":\"n\",\"text\":\"a\",\"n\":-1E400}", 31, "number out of range"},
    /* Form feed and vertical tab are not JSON white space. */
    {"{\"id\":\"f\",\f\"text\":\"a\"}", 11, "control character 0x0C"},
    {"{\"id\":\"f\",\"text\":\"a\"}\v", 22, "control character 0x0B"},
};

START_TEST(jsonl_bad_json) {
  recorder rec = {0};
  gd_reader *r = open_line("badjson.jsonl", bad_json[_i].line, &rec);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_ERROR);
  ck_assert_uint_eq(rec.d[0].line, 1);
  ck_assert_uint_eq(rec.d[0].column, bad_json[_i].column);
  ck_assert_msg(!strncmp(rec.d[0].message, "malformed JSON: ", 16) &&
                    strstr(rec.d[0].message, bad_json[_i].reason) &&
                    strstr(rec.d[0].message, "; document skipped"),
                "line %d: message '%s' lacks '%s'", _i, rec.d[0].message,
                bad_json[_i].reason);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(gd_reader_skipped(r), 1);
  gd_reader_free(r);
}
END_TEST

/* Lines near those limits that are still records. */
static const char *const good_json[] = {
    "{\"id\":\"g\",\"text\":\"a\",\"n\":-9223372036854775808}",
    "{\"id\":\"g\",\"text\":\"a\",\"n\":9223372036854775807}",
    "{\"id\":\"g\",\"text\":\"a\",\"n\":1e-400,\"m\":1.7e308,\"k\":-0}",
    "{\"id\":\"g\",\"text\":\"a\",\"s\":\"\\uDBFF\\uDFFF\\u0000\"}",
    " \t{\"id\":\"g\",\"text\":\"a\",\"del\":\"\x7F\"}\t \r",
};

START_TEST(jsonl_good_json) {
  recorder rec = {0};
  gd_reader *r = open_line("goodjson.jsonl", good_json[_i], &rec);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "g");
  ck_assert_str_eq(doc.text, "a");
  ck_assert_uint_eq(rec.n, 0);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  gd_reader_free(r);
}
END_TEST

/* Nesting: a value at level 2048 is read (the record is level 1), one
 * deeper is refused, where it starts. */
START_TEST(jsonl_depth) {
  enum { MAX = 2048 };
  recorder rec = {0};
  char *line = malloc(2 * MAX + 64);
  ck_assert_ptr_nonnull(line);
  for (int deeper = 0; deeper <= 1; deeper++) {
    int open = MAX - 2 + deeper; /* arrays inside the record */
    size_t n = (size_t)sprintf(line, "{\"id\":\"d\",\"text\":\"a\",\"x\":");
    size_t start = n;
    memset(line + n, '[', (size_t)open);
    n += (size_t)open;
    line[n++] = '1';
    memset(line + n, ']', (size_t)open);
    n += (size_t)open;
    line[n++] = '}';
    line[n] = '\0';
    rec.n = 0;
    gd_reader *r = open_line("deep.jsonl", line, &rec);
    geordf_document doc;
    if (!deeper) {
      ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
      ck_assert_uint_eq(rec.n, 0);
    } else {
      ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
      ck_assert_uint_eq(rec.n, 1);
      ck_assert_uint_eq(rec.d[0].column, start + (size_t)open + 1); /* the 1 */
      ck_assert_ptr_nonnull(strstr(rec.d[0].message, "maximum nesting depth"));
    }
    gd_reader_free(r);
  }
  free(line);
}
END_TEST

START_TEST(jsonl_error_column_after_bom) {
  recorder rec = {0};
  /* The column counts bytes of the line, the BOM included. */
  gd_reader *r = open_line("bomcol.jsonl", "\xEF\xBB\xBF{\"id\" 1}\n", &rec);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_uint_eq(rec.d[0].column, 10); /* the 1 */
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "colon"));
  gd_reader_free(r);
}
END_TEST

/* ---- text files ---------------------------------------------------------- */

START_TEST(text_file) {
  recorder rec = {0};
  const char *p = WRITE("some.article.txt", "\xEF\xBB\xBFLine one.\r\nLine two.\rEnd.\n");
  gd_reader *r = open_ok(p, &rec, "2015-11-24");
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "some.article");
  ck_assert_str_eq(doc.date, "2015-11-24");
  ck_assert_ptr_null(doc.title);
  ck_assert_ptr_null(doc.url);
  ck_assert_str_eq(doc.text, "Line one.\nLine two.\nEnd.\n");
  ck_assert_uint_eq(doc.text_len, strlen(doc.text));
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(rec.n, 0);
  gd_reader_free(r);

  /* No extension, and an empty file: still one (empty) document. */
  p = WRITE("README", "");
  r = open_ok(p, &rec, NULL);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "README");
  ck_assert_ptr_null(doc.date);
  ck_assert_uint_eq(doc.text_len, 0);
  ck_assert_str_eq(doc.text, "");
  gd_reader_free(r);
}
END_TEST

START_TEST(text_invalid_utf8) {
  recorder rec = {0};
  /* Overlong '/', a surrogate, a stray continuation byte, NUL, a sequence
   * cut short at the end; the valid 2-, 3- and 4-byte forms stay. */
  const char *p = WRITE("bad.txt", "ok \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\n"
                                   "x\xC0\xAFy\xED\xA0\x80z\x80\0w\xE2\x82");
  gd_reader *r = open_ok(p, &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  static const char want[] =
      "ok \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\n"
      "x\xEF\xBF\xBD\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz"
      "\xEF\xBF\xBDw\xEF\xBF\xBD";
  ck_assert_uint_eq(doc.text_len, sizeof want - 1);
  ck_assert_int_eq(memcmp(doc.text, want, sizeof want), 0);
  /* One warning for the document, locating the first bad byte. */
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_WARNING);
  ck_assert_str_eq(rec.d[0].file, p);
  ck_assert_uint_eq(rec.d[0].line, 2);
  ck_assert_uint_eq(rec.d[0].column, 2);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "byte offset 14"));
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "U+FFFD"));
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "(7 places"));
  gd_reader_free(r);
}
END_TEST

/* ---- encodings ------------------------------------------------------------ */

/* e acute, euro sign, curly double quotes, right single quote, en dash in
 * Windows-1252, and what they are in UTF-8. */
#define CP1252_TEXT "Caf\xE9 costs \x80" "5, \x93quoted\x94, it\x92s \x96 na\xEFve\n"
#define CP1252_UTF8 "Caf\xC3\xA9 costs \xE2\x82\xAC" "5, \xE2\x80\x9Cquoted\xE2\x80\x9D, " \
                    "it\xE2\x80\x99s \xE2\x80\x93 na\xC3\xAFve\n"

START_TEST(encoding_names) {
  ck_assert_int_eq(gd_input_encoding_parse("utf-8"), GD_ENCODING_UTF8);
  ck_assert_int_eq(gd_input_encoding_parse("UTF8"), GD_ENCODING_UTF8);
  ck_assert_int_eq(gd_input_encoding_parse("windows-1252"), GD_ENCODING_CP1252);
  ck_assert_int_eq(gd_input_encoding_parse("CP1252"), GD_ENCODING_CP1252);
  ck_assert_int_eq(gd_input_encoding_parse("latin1"), GD_ENCODING_CP1252);
  ck_assert_int_eq(gd_input_encoding_parse("ISO-8859-1"), GD_ENCODING_CP1252);
  ck_assert_int_eq(gd_input_encoding_parse("auto"), GD_ENCODING_AUTO);
  ck_assert_int_eq(gd_input_encoding_parse("utf-16"), -1);
  ck_assert_int_eq(gd_input_encoding_parse(""), -1);
  ck_assert_int_eq(gd_input_encoding_parse(NULL), -1);
  /* A value outside the enum is refused by the reader. */
  gd_reader_options opt = {NULL, record, NULL, GD_ON_ERROR_REPLACE, 7, 0};
  gd_reader *r = (gd_reader *)1;
  ck_assert_int_eq(gd_reader_open(&r, WRITE("x.txt", "x"), &opt), GEORDF_ERR_ARG);
  ck_assert_ptr_null(r);
}
END_TEST

START_TEST(text_windows_1252) {
  recorder rec = {0};
  const char *p = WRITE("cp.txt", CP1252_TEXT);
  gd_reader *r = open_enc(p, &rec, GD_ENCODING_CP1252, GD_ON_ERROR_REPLACE);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.text, CP1252_UTF8);
  ck_assert_uint_eq(doc.text_len, strlen(CP1252_UTF8));
  ck_assert_uint_eq(rec.n, 0); /* the user said so: nothing to warn about */
  gd_reader_free(r);

  /* Read as UTF-8 (the default) the same bytes are invalid: U+FFFD, and
   * the warning says which option would read them. */
  r = open_ok(p, &rec, NULL);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_ptr_nonnull(strstr(doc.text, "Caf\xEF\xBF\xBD costs"));
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_uint_eq(rec.d[0].line, 1);
  ck_assert_uint_eq(rec.d[0].column, 4);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "invalid UTF-8 at byte offset 3"));
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "--encoding=windows-1252"));
  gd_reader_free(r);

  /* A byte Windows-1252 leaves undefined is replaced and reported, on the
   * second line after a BOM-less first one. */
  rec.n = 0;
  p = WRITE("cp-bad.txt", "ok\nx\x81y \xE9");
  r = open_enc(p, &rec, GD_ENCODING_CP1252, GD_ON_ERROR_REPLACE);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.text, "ok\nx\xEF\xBF\xBDy \xC3\xA9");
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_WARNING);
  ck_assert_uint_eq(rec.d[0].line, 2);
  ck_assert_uint_eq(rec.d[0].column, 2);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message,
                               "undefined Windows-1252 byte 0x81 at byte offset 4"));
  gd_reader_free(r);

  /* --on-error=skip applies to it as to invalid UTF-8. */
  rec.n = 0;
  r = open_enc(p, &rec, GD_ENCODING_CP1252, GD_ON_ERROR_SKIP);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(gd_reader_skipped(r), 1);
  ck_assert_int_eq(rec.d[0].severity, GD_ERROR);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "byte 0x81 at byte offset 4; document skipped"));
  gd_reader_free(r);
}
END_TEST

START_TEST(text_auto_mixed) {
  recorder rec = {0};
  /* UTF-8 and Windows-1252 in one document, as pasted scrapes have: the
   * UTF-8 stays, each other byte is read as Windows-1252.  Two
   * Windows-1252 bytes in a row (0xE9 0xBB: "»") are not one sequence. */
  const char *p = WRITE("mixed.txt", "\xEF\xBB\xBF" "caf\xC3\xA9 \xE2\x82\xAC" "1\n"
                                     "caf\xE9\xBB \x80" "2 \x93q\x94 \xC3\xA9\n");
  gd_reader *r = open_enc(p, &rec, GD_ENCODING_AUTO, GD_ON_ERROR_REPLACE);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.text, "caf\xC3\xA9 \xE2\x82\xAC" "1\n"
                             "caf\xC3\xA9\xC2\xBB \xE2\x82\xAC" "2 \xE2\x80\x9Cq\xE2\x80\x9D \xC3\xA9\n");
  /* One warning: where the first such byte is, and how many there were. */
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_WARNING);
  ck_assert_str_eq(rec.d[0].file, p);
  ck_assert_uint_eq(rec.d[0].line, 2);
  ck_assert_uint_eq(rec.d[0].column, 4);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "byte offset 17 (byte 0xE9)"));
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "read as Windows-1252"));
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "5 such bytes"));
  gd_reader_free(r);

  /* Valid UTF-8 comes through auto untouched and without a word. */
  rec.n = 0;
  p = WRITE("utf8.txt", CP1252_UTF8);
  r = open_enc(p, &rec, GD_ENCODING_AUTO, GD_ON_ERROR_FAIL);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.text, CP1252_UTF8);
  ck_assert_uint_eq(rec.n, 0);
  gd_reader_free(r);

  /* A byte that is neither (0x81 alone) is still an error for --on-error. */
  p = WRITE("neither.txt", "a\xE9 b\x81");
  r = open_enc(p, &rec, GD_ENCODING_AUTO, GD_ON_ERROR_FAIL);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message,
                               "byte 0x81 (neither UTF-8 nor Windows-1252) at byte offset 4"));
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  gd_reader_free(r);
}
END_TEST

START_TEST(jsonl_encodings) {
  recorder rec = {0};
  const char *p = WRITE("cp.jsonl",
                        "{\"id\": \"a\", \"title\": \"\x93T\x94\", \"text\": \"Caf\xE9 \x80" "5\"}\n"
                        "{\"id\": \"b\", \"text\": \"caf\xC3\xA9\"}\n");
  geordf_document doc;
  /* windows-1252 reads every byte so, the UTF-8 of line 2 too. */
  gd_reader *r = open_enc(p, &rec, GD_ENCODING_CP1252, GD_ON_ERROR_REPLACE);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.title, "\xE2\x80\x9CT\xE2\x80\x9D");
  ck_assert_str_eq(doc.text, "Caf\xC3\xA9 \xE2\x82\xAC" "5");
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.text, "caf\xC3\x83\xC2\xA9");
  ck_assert_uint_eq(rec.n, 0);
  gd_reader_free(r);

  /* auto decides per line: line 1 is Windows-1252, line 2 UTF-8. */
  r = open_enc(p, &rec, GD_ENCODING_AUTO, GD_ON_ERROR_REPLACE);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.text, "Caf\xC3\xA9 \xE2\x82\xAC" "5");
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_uint_eq(rec.d[0].line, 1);
  ck_assert_uint_eq(rec.d[0].column, 23);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "byte offset 22 (byte 0x93)"));
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "4 such bytes"));
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.text, "caf\xC3\xA9");
  ck_assert_uint_eq(rec.n, 1);
  gd_reader_free(r);

  /* UTF-8 (the default) hints at --encoding once per file, not per line. */
  rec.n = 0;
  p = WRITE("cp2.jsonl", "{\"id\": \"a\", \"text\": \"\xE9\"}\n{\"id\": \"b\", \"text\": \"\xE9\"}\n");
  r = open_ok(p, &rec, NULL);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_uint_eq(rec.n, 2);
  ck_assert_ptr_nonnull(strstr(rec.d[0].message, "--encoding"));
  ck_assert_ptr_null(strstr(rec.d[1].message, "--encoding"));
  gd_reader_free(r);
}
END_TEST

START_TEST(open_errors) {
  recorder rec = {0};
  gd_reader_options opt = {NULL, record, &rec, GD_ON_ERROR_REPLACE, GD_ENCODING_UTF8, 0};
  gd_reader *r = (gd_reader *)1;
  char path[600];

  snprintf(path, sizeof path, "%s/does-not-exist.jsonl", tmpdir);
  ck_assert_int_eq(gd_reader_open(&r, path, &opt), GEORDF_ERR_IO);
  ck_assert_ptr_null(r);
  ck_assert_uint_eq(rec.n, 1);
  ck_assert_int_eq(rec.d[0].severity, GD_ERROR);
  char want[700];
  snprintf(want, sizeof want, "cannot open %s: No such file or directory", path);
  ck_assert_str_eq(rec.d[0].message, want);

  ck_assert_int_eq(gd_reader_open(&r, tmpdir, &opt), GEORDF_ERR_IO);
  ck_assert_ptr_null(r);
  ck_assert_uint_eq(rec.n, 2);
  snprintf(want, sizeof want, "cannot open %s: Is a directory", tmpdir);
  ck_assert_str_eq(rec.d[1].message, want);

  gd_reader_free(NULL); /* a no-op */
  ck_assert_uint_eq(gd_reader_skipped(NULL), 0);
}
END_TEST

/* ---- standard input (each test runs in its own process) --------------- */

START_TEST(stdin_jsonl) {
  recorder rec = {0};
  const char *p = WRITE("in.jsonl", "\xEF\xBB\xBF\n \n  {\"id\":\"s1\",\"text\":\"a\"}\n"
                                    "{\"id\" 1}\n");
  ck_assert_ptr_nonnull(freopen(p, "rb", stdin));
  gd_reader *r = open_ok("-", &rec, NULL);
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "s1");
  ck_assert_str_eq(doc.text, "a");
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_ERR_SYNTAX);
  ck_assert_str_eq(rec.d[0].file, "-");
  ck_assert_uint_eq(rec.d[0].line, 4); /* lines read while sniffing count */
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  gd_reader_free(r);
}
END_TEST

START_TEST(stdin_text) {
  recorder rec = {0};
  const char *p = WRITE("in.txt", "\xEF\xBB\xBF  \r\nPlain {text}.\r\n");
  ck_assert_ptr_nonnull(freopen(p, "rb", stdin));
  gd_reader *r = open_ok("-", &rec, "2001-02-03");
  geordf_document doc;
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_OK);
  ck_assert_str_eq(doc.id, "stdin");
  ck_assert_str_eq(doc.date, "2001-02-03");
  ck_assert_str_eq(doc.text, "  \nPlain {text}.\n");
  ck_assert_int_eq(gd_reader_next(r, &doc), GEORDF_END);
  ck_assert_uint_eq(rec.n, 0);
  gd_reader_free(r);
}
END_TEST

/* ---- dates and diagnostics ---------------------------------------------- */

START_TEST(date_valid) {
  ck_assert_int_eq(gd_input_date_valid("2015-11-24"), 1);
  ck_assert_int_eq(gd_input_date_valid("2016-02-29"), 1);
  ck_assert_int_eq(gd_input_date_valid("2000-02-29"), 1);
  ck_assert_int_eq(gd_input_date_valid("1999-12-31"), 1);
  ck_assert_int_eq(gd_input_date_valid("1900-02-29"), 0);
  ck_assert_int_eq(gd_input_date_valid("2015-02-29"), 0);
  ck_assert_int_eq(gd_input_date_valid("2015-04-31"), 0);
  ck_assert_int_eq(gd_input_date_valid("2015-00-10"), 0);
  ck_assert_int_eq(gd_input_date_valid("2015-13-01"), 0);
  ck_assert_int_eq(gd_input_date_valid("2015-01-00"), 0);
  ck_assert_int_eq(gd_input_date_valid("0000-01-01"), 0);
  ck_assert_int_eq(gd_input_date_valid("2015-1-01"), 0);
  ck_assert_int_eq(gd_input_date_valid("2015-11-24T10:00"), 0);
  ck_assert_int_eq(gd_input_date_valid("2015/11/24"), 0);
  ck_assert_int_eq(gd_input_date_valid(""), 0);
  ck_assert_int_eq(gd_input_date_valid(NULL), 0);
}
END_TEST

/* Writes a diagnostic with gd_diag_write and returns what it wrote. */
static const char *printed(gd_severity sev, const char *file, unsigned long line,
                           unsigned long col, const char *msg) {
  static char buf[1024];
  char path[600];
  snprintf(path, sizeof path, "%s/diag.txt", tmpdir);
  FILE *out = fopen(path, "w");
  ck_assert_ptr_nonnull(out);
  gd_diag d = {sev, file, line, col, msg};
  gd_diag_write(&d, out);
  fclose(out);
  FILE *fh = fopen(path, "r");
  ck_assert_ptr_nonnull(fh);
  size_t n = fread(buf, 1, sizeof buf - 1, fh);
  buf[n] = '\0';
  fclose(fh);
  return buf;
}

START_TEST(diag_format) {
  ck_assert_str_eq(printed(GD_ERROR, "a.jsonl", 3, 7, "boom"),
                   "geordf: a.jsonl:3:7: error: boom\n");
  ck_assert_str_eq(printed(GD_WARNING, "a.txt", 2, 0, "hm"),
                   "geordf: a.txt:2: warning: hm\n");
  ck_assert_str_eq(printed(GD_ERROR, "-", 0, 9, "x"), "geordf: -: error: x\n");
  ck_assert_str_eq(printed(GD_NOTE, NULL, 4, 2, "just so"),
                   "geordf: note: just so\n");
  /* Without a sink a message goes nowhere: library code prints nothing. */
  char path[600];
  snprintf(path, sizeof path, "%s/stderr.txt", tmpdir);
  ck_assert_ptr_nonnull(freopen(path, "w", stderr));
  gd_diag_emit(NULL, NULL, GD_ERROR, "a.jsonl", 1, 1, "%s", "unheard");
  fflush(stderr);
  struct stat sb;
  ck_assert_int_eq(stat(path, &sb), 0);
  ck_assert_int_eq((int)sb.st_size, 0);
}
END_TEST

START_TEST(diag_long_message) {
  recorder rec = {0};
  char big[2000];
  memset(big, 'm', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  gd_diag_emit(record, &rec, GD_NOTE, "f", 1, 1, "<%s>", big);
  ck_assert_uint_eq(rec.n, 1);
  /* The recorder keeps 511 bytes; the sink saw the start of the whole. */
  ck_assert_int_eq(rec.d[0].message[0], '<');
  ck_assert_uint_eq(strlen(rec.d[0].message), sizeof rec.d[0].message - 1);
}
END_TEST

static Suite *input_suite(void) {
  Suite *s = suite_create("input");
  TCase *tc = tcase_create("reader");
  tcase_add_unchecked_fixture(tc, make_tmpdir, remove_tmpdir);
  tcase_add_test(tc, jsonl_records);
  tcase_add_test(tc, jsonl_blank_lines);
  tcase_add_test(tc, jsonl_malformed_line);
  tcase_add_test(tc, max_document_bytes);
  tcase_add_loop_test(tc, jsonl_bad_record, 0,
                      (int)(sizeof bad_records / sizeof bad_records[0]));
  tcase_add_test(tc, jsonl_optional_fields);
  tcase_add_test(tc, jsonl_duplicate_id);
  tcase_add_test(tc, jsonl_text_normalised);
  tcase_add_test(tc, jsonl_bom_and_long_line);
  tcase_add_test(tc, jsonl_lines_across_blocks);
  tcase_add_test(tc, jsonl_duplicate_keys);
  tcase_add_test(tc, jsonl_escapes);
  tcase_add_test(tc, jsonl_nested_ignored);
  tcase_add_loop_test(tc, jsonl_bad_json, 0, (int)(sizeof bad_json / sizeof bad_json[0]));
  tcase_add_loop_test(tc, jsonl_good_json, 0,
                      (int)(sizeof good_json / sizeof good_json[0]));
  tcase_add_test(tc, jsonl_depth);
  tcase_add_test(tc, jsonl_error_column_after_bom);
  tcase_add_test(tc, text_file);
  tcase_add_test(tc, text_invalid_utf8);
  tcase_add_test(tc, encoding_names);
  tcase_add_test(tc, text_windows_1252);
  tcase_add_test(tc, text_auto_mixed);
  tcase_add_test(tc, jsonl_encodings);
  tcase_add_test(tc, open_errors);
  tcase_add_test(tc, stdin_jsonl);
  tcase_add_test(tc, stdin_text);
  tcase_add_test(tc, date_valid);
  tcase_add_test(tc, diag_format);
  tcase_add_test(tc, diag_long_message);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(input_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
