/* SPDX-License-Identifier: MIT
 * geordf: reads documents from .txt files, JSON Lines corpora and stdin,
 * repairing text (UTF-8, NUL, line ends) and reporting bad records. */
#define _POSIX_C_SOURCE 200809L
#include "config.h"
#include "input.h"
#include "hash.h"
#include "json.h"
#include "strbuf.h"
#include "text.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <yajl/yajl_parse.h>

/* Remembers the ids seen in a JSON Lines file (as 64-bit hashes, to keep
 * the cost small) to warn about duplicates. */
typedef struct {
  uint64_t hash;
  unsigned long line;   /* where it was first seen */
} gd_idrec;

typedef struct {
  gd_idrec *v;          /* the ids, in the order seen */
  size_t n;
  gd_hindex ix;         /* their index */
} gd_idset;

struct gd_reader {
  FILE *fh;
  int close_fh;            /* 0 for stdin */
  char *path;              /* name used in messages */
  int jsonl;
  int done;
  char *default_date;
  gd_diag_sink sink;
  void *payload;

  unsigned long lineno;
  char *line;              /* getline buffer */
  size_t line_cap;
  char *pending;           /* bytes consumed while sniffing stdin */
  size_t pending_len;
  int by_block;            /* a regular file: read ahead a block at a time */
  char *blk;               /* ... into this (READ_BLOCK bytes) */
  size_t blk_pos, blk_len;
  int first_line;          /* a BOM may still come */

  gd_strbuf fixed, text, id, title, url, date_raw, num; /* reused from document
                                  to document: memory stays bounded by the
                                  largest record rather than the corpus */
  char date[11];
  gd_idset ids;
  size_t skipped;
  int on_error;           /* GD_ON_ERROR_* */
  int encoding;           /* GD_ENCODING_* */
  int hinted;             /* the --encoding hint was given once */
  size_t max_bytes;       /* --max-document-bytes */
  int too_long;           /* the line just read passed max_bytes */
};

#define LINE_KEEP (16u << 20) /* bytes of line buffer kept for the next line */
#ifndef READ_BLOCK
#define READ_BLOCK ((size_t)1 << 16) /* bytes read ahead (the tests set it small) */
#endif

static const char *const REPLACEMENT = "\xEF\xBF\xBD"; /* U+FFFD */

/* ---- UTF-8 ------------------------------------------------------------- */

/* Length of the well-formed UTF-8 sequence at S (N bytes available), or 0
 * if malformed; then *BAD is the length of its longest valid prefix (at
 * least 1), which is replaced by one U+FFFD as Unicode recommends.
 * Overlong forms, surrogates and values above U+10FFFF are malformed. */
static size_t utf8_seq(const unsigned char *s, size_t n, size_t *bad) {
  unsigned char c = s[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;

  *bad = 1;
  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;       /* overlong */
    if (c == 0xED) hi = 0x9F;       /* surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;       /* overlong */
    if (c == 0xF4) hi = 0x8F;       /* above U+10FFFF */
  } else
    return 0;
  for (size_t i = 1; i <= need; i++) {
    if (i >= n)
      return 0;
    unsigned char lim_lo = i == 1 ? lo : 0x80, lim_hi = i == 1 ? hi : 0xBF;
    if (s[i] < lim_lo || s[i] > lim_hi)
      return 0;
    *bad = i + 1;
  }
  return need + 1;
}

/* A place in the raw bytes, for messages. */
typedef struct {
  size_t offset;           /* byte offset */
  unsigned long line, col; /* line (0-based count of breaks) and byte column */
  unsigned char byte;      /* the byte found there */
} gd_place;

/* How many repairs a document needed, and where the first of each was. */
typedef struct {
  size_t count;            /* bad bytes replaced by U+FFFD */
  gd_place bad;
  size_t recoded;          /* bytes read as Windows-1252 by GD_ENCODING_AUTO */
  gd_place first_recoded;
} gd_fixes;

/* How normalise() reads bytes: a GD_ENCODING_*, or NORM_ASIS for text that
 * is known to be UTF-8 already (JSON strings of a line checked before
 * parsing). */
enum { NORM_ASIS = -1 };

/* Copies SRC[0..LEN) to OUT as UTF-8, reading it in encoding ENC: malformed
 * bytes become U+FFFD, NUL bytes are dropped, CRLF and lone CR become LF.
 * Counts the repairs in FX (if not NULL).  Returns -1 when out of memory. */
static int normalise(gd_strbuf *out, const char *src, size_t len, int enc,
                     gd_fixes *fx) {
  const unsigned char *s = (const unsigned char *)src;
  unsigned long line = 0;
  size_t line_start = 0;

  gd_strbuf_clear(out);
  /* A Windows-1252 byte takes up to 3 bytes in UTF-8: grow as needed. */
  if (gd_strbuf_reserve(out, len))
    return -1;
  out->p[0] = '\0'; /* an empty input is still a string */
  if (fx)
    memset(fx, 0, sizeof *fx);
  if (enc == NORM_ASIS && !memchr(src, '\r', len) && !memchr(src, '\0', len)) {
    /* Nothing to repair: most JSON strings. */
    memcpy(out->p, src, len);
    out->p[out->n = len] = '\0';
    return 0;
  }
  for (size_t i = 0; i < len;) {
    unsigned char c = s[i];
    if (c == '\0') {
      i++;
      continue;
    }
    if (c == '\r' || c == '\n') {
      i += (c == '\r' && i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
      if (gd_strbuf_put(out, "\n", 1))
        return -1;
      line++;
      line_start = i;
      continue;
    }
    size_t bad = 1, k = 1;
    if (c >= 0x80 && enc != NORM_ASIS)
      k = enc == GD_ENCODING_CP1252 ? 0 : utf8_seq(s + i, len - i, &bad);
    if (k) {
      /* Copy the run of plain bytes at once: the common case. */
      size_t j = i + k;
      if (k == 1 && c < 0x80)
        while (j < len && s[j] >= 0x20 && s[j] < 0x80)
          j++;
      if (gd_strbuf_put(out, src + i, j - i))
        return -1;
      i = j;
      continue;
    }
    gd_place here = {i, line, (unsigned long)(i - line_start) + 1, c};
    long cp = enc == NORM_ASIS || enc == GD_ENCODING_UTF8 ? -1 : gd_text_cp1252(c);
    if (cp >= 0) {
      /* One byte, one character: the next byte may start valid UTF-8. */
      char u[4];
      if (gd_strbuf_put(out, u, gd_text_encode(cp, u)))
        return -1;
      if (fx && enc == GD_ENCODING_AUTO && fx->recoded++ == 0)
        fx->first_recoded = here;
      i++;
      continue;
    }
    if (fx && fx->count++ == 0)
      fx->bad = here;
    if (gd_strbuf_put(out, REPLACEMENT, 3))
      return -1;
    i += enc == GD_ENCODING_UTF8 ? bad : 1;
  }
  return 0;
}

/* 1 if S[0..LEN) has a byte outside ASCII. */
static int has_high_bytes(const char *src, size_t len) {
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)src[i] >= 0x80)
      return 1;
  return 0;
}

int gd_input_encoding_parse(const char *name) {
  static const struct {
    const char *name;
    int enc;
  } names[] = {{"utf-8", GD_ENCODING_UTF8},        {"utf8", GD_ENCODING_UTF8},
               {"windows-1252", GD_ENCODING_CP1252}, {"cp1252", GD_ENCODING_CP1252},
               {"latin1", GD_ENCODING_CP1252},       {"latin-1", GD_ENCODING_CP1252},
               {"iso-8859-1", GD_ENCODING_CP1252},   {"auto", GD_ENCODING_AUTO}};
  if (!name)
    return -1;
  /* As in the WHATWG Encoding Standard, Latin-1 is read as Windows-1252: it
   * only adds characters where Latin-1 has invisible C1 controls. */
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcasecmp(name, names[i].name))
      return names[i].enc;
  return -1;
}

static int utf8_valid(const char *src, size_t len) {
  const unsigned char *s = (const unsigned char *)src;
  for (size_t i = 0; i < len;) {
    uint64_t w;
    /* Eight ASCII bytes at a time: most of a news corpus. */
    if (len - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ULL))) {
      i += 8;
      continue;
    }
    size_t bad, k = utf8_seq(s + i, len - i, &bad);
    if (!k)
      return 0;
    i += k;
  }
  return 1;
}

/* ---- dates ------------------------------------------------------------- */

int gd_input_date_valid(const char *s) {
  static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
      return 0;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
    return 0;
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

/* ---- duplicate ids ----------------------------------------------------- */

/* Adds S seen on LINE; returns the earlier line if it was already there,
 * 0 if new (or when memory ran out: the warning is only advisory). */
/* The table has a fixed size, allocated at once, so that memory stays flat
 * however long the corpus: duplicates are found among the first
 * GD_IDSET_MAX ids of a file, up to the id that would be one more. */
#define GD_IDSET_MAX 32768

static unsigned long idset_add(gd_idset *set, const char *s, unsigned long line) {
  uint64_t h = gd_fnv1a(s, strlen(s));
  if (!set->v) {
    if (!(set->v = malloc(GD_IDSET_MAX * sizeof *set->v)))
      return 0;
    if (gd_hindex_reserve(&set->ix, GD_IDSET_MAX)) {
      free(set->v);
      set->v = NULL;
      return 0;
    }
  }
  if (set->n == GD_IDSET_MAX) /* full: no more looking */
    return 0;
  uint32_t tag = gd_hash_tag(h);
  gd_hslot *sl;
  for (sl = gd_hindex_first(&set->ix, tag); sl->ix; sl = gd_hindex_next(&set->ix, sl))
    if (set->v[sl->ix - 1].hash == h)
      return set->v[sl->ix - 1].line;
  set->v[set->n] = (gd_idrec){h, line};
  gd_hindex_put(&set->ix, sl, tag, set->n++);
  return 0;
}

/* ---- opening ----------------------------------------------------------- */

static int has_suffix(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  if (n < m)
    return 0;
  for (size_t i = 0; i < m; i++) {
    char c = s[n - m + i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c != suf[i])
      return 0;
  }
  return 1;
}

int gd_input_is_jsonl_path(const char *path) {
  return has_suffix(path, ".jsonl") || has_suffix(path, ".ndjson");
}

static int is_space(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Reads stdin up to its first non-space byte to choose the format.  The
 * bytes read are kept in PENDING and handed out again before the rest. */
static geordf_status sniff_stdin(gd_reader *r) {
  gd_strbuf b = {0};
  int c;
  while ((c = getc(r->fh)) != EOF) {
    char ch = (char)c;
    if (gd_strbuf_put(&b, &ch, 1)) {
      free(b.p);
      return GEORDF_ERR_NOMEM;
    }
    /* A BOM is not content: look past it. */
    if (b.n <= 3 && !memcmp(b.p, "\xEF\xBB\xBF", b.n))
      continue;
    if (!is_space(c))
      break;
  }
  if (ferror(r->fh)) {
    free(b.p);
    return GEORDF_ERR_IO;
  }
  r->jsonl = c == '{';
  r->pending = b.p;
  r->pending_len = b.n;
  return GEORDF_OK;
}

geordf_status gd_reader_open(gd_reader **out, const char *path,
                             const gd_reader_options *opt) {
  gd_diag_sink sink = opt ? opt->sink : NULL;
  void *payload = opt ? opt->payload : NULL;
  *out = NULL;

  gd_reader *r = calloc(1, sizeof *r);
  if (!r || !(r->path = strdup(path ? path : "-"))) {
    free(r);
    gd_diag_emit(sink, payload, GD_ERROR, NULL, 0, 0, "out of memory");
    return GEORDF_ERR_NOMEM;
  }
  r->sink = sink;
  r->payload = payload;
  r->first_line = 1;
  r->on_error = opt ? opt->on_error : GD_ON_ERROR_REPLACE;
  r->encoding = opt ? opt->encoding : GD_ENCODING_UTF8;
  r->max_bytes = opt && opt->max_bytes ? opt->max_bytes : GD_MAX_DOCUMENT_BYTES;
  if (r->encoding < GD_ENCODING_UTF8 || r->encoding > GD_ENCODING_AUTO) {
    gd_reader_free(r);
    return GEORDF_ERR_ARG;
  }
  if (opt && opt->default_date && !(r->default_date = strdup(opt->default_date))) {
    gd_reader_free(r);
    return GEORDF_ERR_NOMEM;
  }

  geordf_status st = GEORDF_OK;
  int err = 0;
  if (!strcmp(r->path, "-")) {
    r->fh = stdin;
    st = sniff_stdin(r);
    err = errno;
    struct stat sb;
    r->by_block = fstat(fileno(r->fh), &sb) == 0 && S_ISREG(sb.st_mode);
  } else {
    struct stat sb;
    r->fh = fopen(r->path, "rb");
    if (!r->fh)
      err = errno, st = GEORDF_ERR_IO;
    else if (fstat(fileno(r->fh), &sb) == 0 && S_ISDIR(sb.st_mode))
      /* fopen() accepts a folder on Linux; reading it would fail later. */
      err = EISDIR, st = GEORDF_ERR_IO;
    else {
      r->close_fh = 1;
      r->jsonl = gd_input_is_jsonl_path(r->path);
      r->by_block = S_ISREG(sb.st_mode);
    }
    if (st != GEORDF_OK && r->fh) {
      fclose(r->fh);
      r->fh = NULL;
    }
  }
  if (st != GEORDF_OK) {
    if (st == GEORDF_ERR_IO)
      gd_diag_emit(sink, payload, GD_ERROR, NULL, 0, 0, "cannot open %s: %s",
                   r->path, strerror(err));
    else
      gd_diag_emit(sink, payload, GD_ERROR, NULL, 0, 0, "%s",
                   geordf_strerror(st));
    gd_reader_free(r);
    return st;
  }
  *out = r;
  return GEORDF_OK;
}

/* ---- text documents ---------------------------------------------------- */

static geordf_status read_error(gd_reader *r) {
  int err = errno;
  r->done = 1;
  gd_diag_emit(r->sink, r->payload, GD_ERROR, NULL, 0, 0,
               "error reading %s: %s", r->path, strerror(err ? err : EIO));
  return GEORDF_ERR_IO;
}

/* Where place P of the current document is in its file: SHIFT bytes (a
 * BOM) came before the document's first byte. */
static void locate(const gd_reader *r, const gd_place *p, size_t shift,
                   unsigned long *line, unsigned long *col, size_t *offset) {
  *offset = p->offset + shift;
  if (r->jsonl) { /* one record is one line */
    *line = r->lineno;
    *col = (unsigned long)*offset + 1;
  } else {
    *line = p->line + 1;
    *col = p->col + (p->line ? 0 : (unsigned long)shift);
  }
}

/* Names the first bad byte of a document, as read in R's encoding. */
static void bad_name(const gd_reader *r, const gd_place *p, char *out, size_t n) {
  if (r->encoding == GD_ENCODING_CP1252)
    snprintf(out, n, "undefined Windows-1252 byte 0x%02X", p->byte);
  else if (r->encoding == GD_ENCODING_AUTO)
    snprintf(out, n, "byte 0x%02X (neither UTF-8 nor Windows-1252)", p->byte);
  else
    snprintf(out, n, "invalid UTF-8");
}

/* Warns about the repairs of the current document (FX), SHIFT as for
 * locate(). */
static void report_fixes(gd_reader *r, const gd_fixes *fx, size_t shift) {
  unsigned long line, col;
  size_t off;
  if (fx->recoded) {
    locate(r, &fx->first_recoded, shift, &line, &col, &off);
    gd_diag_emit(r->sink, r->payload, GD_WARNING, r->path, line, col,
                 "not UTF-8 at byte offset %zu (byte 0x%02X): read as Windows-1252 "
                 "(--encoding=auto; %zu such bytes in this document)", off,
                 fx->first_recoded.byte, fx->recoded);
  }
  if (!fx->count)
    return;
  char what[64], more[64] = "";
  bad_name(r, &fx->bad, what, sizeof what);
  locate(r, &fx->bad, shift, &line, &col, &off);
  if (fx->count > 1)
    snprintf(more, sizeof more, " (%zu places in this document)", fx->count);
  /* Once per file, say how to get the text back when it is not UTF-8. */
  int hint = r->encoding == GD_ENCODING_UTF8 && !r->hinted;
  r->hinted |= hint;
  gd_diag_emit(r->sink, r->payload, GD_WARNING, r->path, line, col,
               "%s at byte offset %zu replaced by U+FFFD%s%s", what, off, more,
               hint ? "; if the file is Windows-1252 or Latin-1, give "
                      "--encoding=windows-1252 (or auto)" : "");
}

/* --on-error=skip|fail: a document with bad bytes is skipped, or ends the
 * reading of its file.  FX and SHIFT as for report_fixes(). */
static void bad_bytes(gd_reader *r, const gd_fixes *fx, size_t shift) {
  int fail = r->on_error == GD_ON_ERROR_FAIL;
  unsigned long line, col;
  size_t off;
  char what[64];
  bad_name(r, &fx->bad, what, sizeof what);
  locate(r, &fx->bad, shift, &line, &col, &off);
  gd_diag_emit(r->sink, r->payload, GD_ERROR, r->path, line, col,
               "%s at byte offset %zu; %s", what, off,
               fail ? "stopping (--on-error=fail)" : "document skipped (--on-error=skip)");
  r->skipped++;
  if (fail) r->done = 1;
}

/* --max-document-bytes: a document of more than that is not read but
 * reported, with LINE (0: a whole file), and skipped, or with
 * --on-error=fail ends the reading of its file. */
static geordf_status too_big(gd_reader *r, unsigned long line) {
  int fail = r->on_error == GD_ON_ERROR_FAIL;
  gd_diag_emit(r->sink, r->payload, GD_ERROR, r->path, line, 0,
               "document of more than %zu bytes (--max-document-bytes); %s; "
               "split its text into several documents, or raise the limit",
               r->max_bytes, fail ? "stopping (--on-error=fail)" : "document skipped");
  r->skipped++;
  if (fail) r->done = 1;
  return GEORDF_ERR_SYNTAX;
}

int gd_input_size_parse(const char *s, size_t *out) {
  if (!s || *s < '0' || *s > '9') return -1;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  unsigned shift = 0;
  if (*end == 'K' || *end == 'k') shift = 10, end++;
  else if (*end == 'M' || *end == 'm') shift = 20, end++;
  else if (*end == 'G' || *end == 'g') shift = 30, end++;
  if (*end || errno || v == 0 || v > (SIZE_MAX >> shift)) return -1;
  *out = (size_t)v << shift;
  return 0;
}

/* The id of a text file: its name without folder and last extension. */
static int text_id(gd_reader *r) {
  const char *base = strrchr(r->path, '/');
  base = base ? base + 1 : r->path;
  if (!strcmp(r->path, "-"))
    base = "stdin";
  const char *dot = strrchr(base, '.');
  size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
  gd_strbuf_clear(&r->id);
  return gd_strbuf_put(&r->id, base, n);
}

static geordf_status next_text(gd_reader *r, geordf_document *doc) {
  gd_strbuf raw = {0};
  char chunk[65536];
  size_t n;

  if (r->pending_len && gd_strbuf_put(&raw, r->pending, r->pending_len))
    goto nomem;
  while ((n = fread(chunk, 1, sizeof chunk, r->fh)) > 0) {
    if (raw.n + n > r->max_bytes) { /* read no further */
      free(raw.p);
      r->done = 1;
      return too_big(r, 0);
    }
    if (gd_strbuf_put(&raw, chunk, n))
      goto nomem;
  }
  if (ferror(r->fh)) {
    free(raw.p);
    return read_error(r);
  }
  r->done = 1;

  size_t skip = raw.n >= 3 && !memcmp(raw.p, "\xEF\xBB\xBF", 3) ? 3 : 0;
  gd_fixes fx;
  if (normalise(&r->text, raw.p ? raw.p + skip : "", raw.n - skip,
                r->encoding, &fx) ||
      text_id(r))
    goto nomem;
  free(raw.p);
  if (fx.count && r->on_error != GD_ON_ERROR_REPLACE) {
    bad_bytes(r, &fx, skip);
    return GEORDF_ERR_SYNTAX;
  }
  report_fixes(r, &fx, skip);

  doc->id = r->id.p;
  doc->date = r->default_date;
  doc->title = NULL;
  doc->text = r->text.p;
  doc->text_len = r->text.n;
  doc->url = NULL;
  return GEORDF_OK;

nomem:
  free(raw.p);
  r->done = 1;
  gd_diag_emit(r->sink, r->payload, GD_ERROR, r->path, 0, 0, "out of memory");
  return GEORDF_ERR_NOMEM;
}

/* ---- JSON Lines -------------------------------------------------------- */

/* Ends the line of N bytes in r->line (SEEN read in all, AT of them
 * before this call): the NUL, and whether it was too long. */
static ssize_t end_line(gd_reader *r, size_t n, size_t at, size_t seen) {
  if (!seen) return -1;
  if (n + 1 > r->line_cap) { /* room for the NUL */
    char *p = realloc(r->line, n + 1);
    if (!p) { errno = ENOMEM; return -1; }
    r->line = p;
    r->line_cap = n + 1;
  }
  r->line[n] = '\0';
  size_t body = n - (n > 0 && r->line[n - 1] == '\n');
  r->too_long = body > r->max_bytes;
  return (ssize_t)(n - at);
}

/* Bytes of a line kept at most: the newline, and one byte over. */
static size_t line_keep(const gd_reader *r) {
  return r->max_bytes < SIZE_MAX - 2 ? r->max_bytes + 2 : SIZE_MAX;
}

/* getline_capped() for a regular file, which never makes a read wait for
 * a writer: a block is read ahead and each line found in it with memchr()
 * and copied at once, rather than a getc() per byte. */
static ssize_t getline_block(gd_reader *r, size_t at) {
  size_t n = at, seen = 0, keep = line_keep(r);
  if (!r->blk && !(r->blk = malloc(READ_BLOCK))) {
    errno = ENOMEM;
    return -1;
  }
  for (;;) {
    if (r->blk_pos == r->blk_len) {
      r->blk_pos = 0;
      r->blk_len = fread(r->blk, 1, READ_BLOCK, r->fh);
      if (!r->blk_len) break;
    }
    const char *p = r->blk + r->blk_pos;
    size_t avail = r->blk_len - r->blk_pos;
    const char *nl = memchr(p, '\n', avail);
    size_t take = nl ? (size_t)(nl + 1 - p) : avail;
    size_t copy = n >= keep ? 0 : keep - n < take ? keep - n : take;
    if (n + copy + 1 > r->line_cap) {
      size_t cap = r->line_cap ? r->line_cap : 4096;
      while (cap < n + copy + 1) cap *= 2;
      char *q = realloc(r->line, cap);
      if (!q) {
        errno = ENOMEM;
        return -1;
      }
      r->line = q;
      r->line_cap = cap;
    }
    memcpy(r->line + n, p, copy);
    n += copy;
    seen += take;
    r->blk_pos += take;
    if (nl) break;
  }
  return end_line(r, n, at, seen);
}

/* getline() into r->line from offset AT that keeps at most r->max_bytes
 * bytes of a line: the rest, up to its newline, is read and dropped and
 * r->too_long set, so that an oversized record costs no memory.  Returns
 * the bytes kept after AT, or -1 at the end (nothing read) or on error. */
static ssize_t getline_capped(gd_reader *r, size_t at) {
  if (r->by_block) return getline_block(r, at);
  size_t n = at, seen = 0;
  int ch = EOF;
  size_t keep = line_keep(r);
  flockfile(r->fh);
  for (;;) {
    while (n < keep && n + 2 > r->line_cap) {
      size_t cap = r->line_cap ? 2 * r->line_cap : 4096;
      char *p = realloc(r->line, cap);
      if (!p) {
        funlockfile(r->fh);
        errno = ENOMEM;
        return -1;
      }
      r->line = p;
      r->line_cap = cap;
    }
    /* As many bytes as fit without another test of room. */
    size_t stop = r->line_cap - 1 < keep ? r->line_cap - 1 : keep;
    if (n < stop) {
      char *line = r->line;
      size_t n0 = n;
      while (n < stop && (ch = getc_unlocked(r->fh)) != EOF) {
        line[n++] = (char)ch;
        if (ch == '\n') break;
      }
      seen += n - n0;
      if (ch == EOF || ch == '\n') break;
      continue;
    }
    /* Past what is kept: read up to the newline and drop it. */
    if ((ch = getc_unlocked(r->fh)) == EOF) break;
    seen++;
    if (ch == '\n') break;
  }
  funlockfile(r->fh);
  return end_line(r, n, at, seen);
}

/* Reads one line (with its newline) into r->line; -1 at the end or on error.
 * The first line gets the bytes sniffed from stdin in front of it. */
static ssize_t read_line(gd_reader *r) {
  if (r->pending_len) {
    /* Only whitespace came before the '{': whole blank lines just count. */
    char *last = NULL;
    for (size_t i = 0; i < r->pending_len; i++)
      if (r->pending[i] == '\n') {
        r->lineno++;
        last = r->pending + i;
      }
    size_t off = last ? (size_t)(last + 1 - r->pending) : 0;
    size_t plen = r->pending_len - off;
    if (off)
      r->first_line = 0;
    r->pending_len = 0;
    if (plen + 1 > r->line_cap) {
      char *p = realloc(r->line, plen + 1);
      if (!p) {
        errno = ENOMEM;
        return -1;
      }
      r->line = p;
      r->line_cap = plen + 1;
    }
    memcpy(r->line, r->pending + off, plen);
    r->line[plen] = '\0';
    ssize_t n = getline_capped(r, plen);
    if (n < 0 && (ferror(r->fh) || errno == ENOMEM))
      return -1;
    if (n < 0)
      r->too_long = 0;
    return (ssize_t)plen + (n < 0 ? 0 : n);
  }
  return getline_capped(r, 0);
}

/* ---- JSON Lines: one record, parsed as a stream ------------------------ */

/* yajl hands over values as it meets them, so nothing is built for the
 * members and nested values that the reader does not take: a record costs
 * one pass and copies only its own strings (jansson's DOM took 7 times the
 * instructions).  The checks below keep the records that jansson, which
 * read these files before, refused, refused still.  One deliberate change:
 * jansson's lexer skipped a raw NUL byte right after a number or a literal
 * ("1\0}"); such a line is now malformed, like any raw NUL outside a string. */

/* The members of a record that the reader takes (at the top level only). */
enum { M_ID, M_TEXT, M_TITLE, M_URL, M_DATE, M_COUNT, M_NONE = -1 };
static const char *const MEMBER[M_COUNT] = {"id", "text", "title", "url", "date"};

/* What the last occurrence of a member held: with duplicate keys the last
 * one counts. */
enum { V_ABSENT, V_STRING, V_NULL, V_OTHER };

/* Values nested deeper than this are refused (jansson's limit; the record
 * itself is level 1). */
#define GD_JSON_MAX_DEPTH 2048

/* The state of parsing one line. */
typedef struct {
  gd_reader *r;
  yajl_handle h;
  const char *line;      /* the text parsed, not NUL-terminated */
  size_t len;
  size_t depth;          /* containers open */
  size_t last;           /* bytes consumed when the previous callback ran */
  int member;            /* M_* whose value comes next, or M_NONE */
  int array;             /* the line is an array, not an object */
  int kind[M_COUNT];     /* V_* for each member */
  const char *err;       /* why a callback stopped the parse, or NULL */
  size_t err_at;         /* bytes consumed then (0: at the end of the line) */
  int nomem;
} gd_record;

/* Stops the parse because of the token that just ended; returns 0. */
static int rec_fail(gd_record *c, const char *why) {
  c->err = why;
  c->err_at = yajl_get_bytes_consumed(c->h);
  return 0;
}

/* Every callback ends here: the next token starts after this point. */
static int rec_next(gd_record *c) {
  c->last = yajl_get_bytes_consumed(c->h);
  return 1;
}

/* Starts a value (CONTAINER: an object or array); *M is the member it is
 * the value of, or M_NONE.  Returns 0 to stop the parse. */
static int rec_value(gd_record *c, int container, int *m) {
  *m = c->member;
  c->member = M_NONE;
  if (c->depth >= GD_JSON_MAX_DEPTH)
    return rec_fail(c, "maximum nesting depth reached");
  if (c->depth == 0 && !container)
    return rec_fail(c, "'[' or '{' expected");
  return 1;
}

/* 1 unless the string token that just ended has a \u escape of a UTF-16
 * surrogate outside a high-low pair (gd_json_escapes_ok()); jansson, which
 * read these files before, refused them too.  The token lies between the
 * previous callback and this one. */
static int escapes_ok(const gd_record *c) {
  return gd_json_escapes_ok(c->line + c->last, c->line + yajl_get_bytes_consumed(c->h));
}

/* 1 if number S[0..N) is in range: an integer that fits a long long, or a
 * real that does not overflow a double (as jansson required). */
static int number_fits(gd_record *c, const char *s, size_t n) {
  int exp = memchr(s, 'e', n) || memchr(s, 'E', n);
  int real = exp || memchr(s, '.', n);
  /* Fewer digits than these cannot overflow: the common case. */
  if (!exp && n < (real ? 300u : 19u))
    return 1;
  gd_strbuf *b = &c->r->num;
  gd_strbuf_clear(b);
  if (gd_strbuf_put(b, s, n)) {
    c->nomem = 1;
    return 1;
  }
  errno = 0;
  if (!real) {
    (void)strtoll(b->p, NULL, 10);
    return errno != ERANGE;
  }
  /* strtod() reads the locale's decimal point. */
  char *dot = strchr(b->p, '.');
  const char *point = localeconv()->decimal_point;
  if (dot && point && point[0] && !point[1])
    *dot = point[0];
  double d = strtod(b->p, NULL);
  return !(errno == ERANGE && (d == HUGE_VAL || d == -HUGE_VAL));
}

/* Keeps string S[0..N) (yajl's buffer, valid only during the callback) as
 * the value of member M.  Returns 0 when out of memory. */
static int rec_store(gd_record *c, int m, const char *s, size_t n) {
  gd_reader *r = c->r;
  int bad = 0;
  switch (m) {
  case M_ID:
    gd_strbuf_clear(&r->id);
    bad = gd_strbuf_put(&r->id, s, n);
    break;
  case M_TEXT:
    bad = normalise(&r->text, s, n, NORM_ASIS, NULL);
    break;
  case M_TITLE:
    bad = normalise(&r->title, s, n, NORM_ASIS, NULL);
    break;
  case M_URL:
    bad = normalise(&r->url, s, n, NORM_ASIS, NULL);
    break;
  default:
    gd_strbuf_clear(&r->date_raw);
    bad = gd_strbuf_put(&r->date_raw, s, n);
    break;
  }
  if (bad)
    c->nomem = 1;
  return !bad;
}

static int on_null(void *ctx) {
  gd_record *c = ctx;
  int m;
  if (!rec_value(c, 0, &m))
    return 0;
  if (m != M_NONE)
    c->kind[m] = V_NULL;
  return rec_next(c);
}

static int on_boolean(void *ctx, int v) {
  gd_record *c = ctx;
  int m;
  (void)v;
  if (!rec_value(c, 0, &m))
    return 0;
  if (m != M_NONE)
    c->kind[m] = V_OTHER;
  return rec_next(c);
}

static int on_number(void *ctx, const char *s, size_t n) {
  gd_record *c = ctx;
  int m;
  if (!number_fits(c, s, n))
    return rec_fail(c, "number out of range");
  if (c->nomem || !rec_value(c, 0, &m))
    return 0;
  if (m != M_NONE)
    c->kind[m] = V_OTHER;
  return rec_next(c);
}

static int on_string(void *ctx, const unsigned char *s, size_t n) {
  gd_record *c = ctx;
  int m;
  if (!escapes_ok(c))
    return rec_fail(c, "invalid \\u escape (a UTF-16 surrogate out of its pair)");
  if (!rec_value(c, 0, &m))
    return 0;
  if (m != M_NONE) {
    if (!rec_store(c, m, (const char *)s, n))
      return 0;
    c->kind[m] = V_STRING;
  }
  return rec_next(c);
}

static int on_map_key(void *ctx, const unsigned char *s, size_t n) {
  gd_record *c = ctx;
  if (!escapes_ok(c))
    return rec_fail(c, "invalid \\u escape (a UTF-16 surrogate out of its pair)");
  if (memchr(s, '\0', n))
    return rec_fail(c, "NUL byte in object key");
  if (c->depth == 1) {
    c->member = M_NONE;
    for (int i = 0; i < M_COUNT; i++)
      if (strlen(MEMBER[i]) == n && !memcmp(s, MEMBER[i], n)) {
        c->member = i;
        break;
      }
  }
  return rec_next(c);
}

/* A container starts: anything in it is only checked. */
static int on_start(gd_record *c, int array) {
  int m;
  if (!rec_value(c, 1, &m))
    return 0;
  if (m != M_NONE)
    c->kind[m] = V_OTHER;
  if (c->depth++ == 0)
    c->array = array;
  return rec_next(c);
}

static int on_start_map(void *ctx) { return on_start(ctx, 0); }

static int on_start_array(void *ctx) { return on_start(ctx, 1); }

static int on_end(void *ctx) {
  gd_record *c = ctx;
  c->depth--;
  return rec_next(c);
}

/* Parses the record P[0..LEN) of the current line (SHIFT bytes of BOM came
 * before it) into C and R's buffers.  A malformed record is reported and
 * gives GEORDF_ERR_SYNTAX; GEORDF_ERR_NOMEM is not reported. */
static geordf_status parse_record(gd_reader *r, const char *p, size_t len,
                                  size_t shift, gd_record *c) {
  static const yajl_callbacks cb = {on_null,   on_boolean,   NULL,           NULL,
                                    on_number, on_string,    on_start_map,   on_map_key,
                                    on_end,    on_start_array, on_end};
  memset(c, 0, sizeof *c);
  c->r = r;
  c->line = p;
  c->len = len;
  c->member = M_NONE;
  if (!(c->h = yajl_alloc(&cb, NULL, c)))
    return GEORDF_ERR_NOMEM;
  /* The line is valid UTF-8 by now: checked, or repaired by normalise(). */
  yajl_config(c->h, yajl_dont_validate_strings, 1);

  size_t at; /* bytes up to the error */
  int in_line = 1;
  yajl_status ys = yajl_parse(c->h, (const unsigned char *)p, len);
  if (ys == yajl_status_ok) {
    ys = yajl_complete_parse(c->h);
    in_line = 0;
    at = len; /* what is left to complete is at the end of the line */
  } else {
    at = yajl_get_bytes_consumed(c->h);
  }
  if (c->nomem) {
    yajl_free(c->h);
    return GEORDF_ERR_NOMEM;
  }
  const char *why = c->err;
  if (why && c->err_at)
    at = c->err_at;
  unsigned char *yerr = NULL;
  if (ys == yajl_status_error) {
    /* yajl's text, as "parse error: trailing garbage\n": drop the end. */
    yerr = yajl_get_error(c->h, 0, (const unsigned char *)p, len);
    char *t = (char *)yerr;
    size_t n = t ? strlen(t) : 0;
    while (n && (t[n - 1] == '\n' || t[n - 1] == '.'))
      t[--n] = '\0';
    why = n ? t : "syntax error";
    /* A lexical error stops before the byte it is about. */
    if (in_line && !strncmp(why, "lexical", 7) && at < len)
      at++;
  } else if (ys == yajl_status_ok) {
    /* yajl waits for the end of a string that opens after the record
     * ('{...} "') and so lets it pass: only white space may follow. */
    for (size_t i = c->last; i < len && !why; i++)
      if (!is_space((unsigned char)p[i]) && p[i] != '\f' && p[i] != '\v') {
        why = "parse error: trailing garbage";
        at = i + 1;
      }
  }

  /* yajl takes form feeds and vertical tabs for white space; JSON does not.
   * The first error in the line is the one reported. */
  const char *ff = memchr(p, '\f', len), *vt = memchr(p, '\v', len);
  if (!ff || (vt && vt < ff))
    ff = vt;
  char ctl[40];
  if (ff && (!why || (size_t)(ff - p) < at)) {
    snprintf(ctl, sizeof ctl, "control character 0x%02X", (unsigned char)*ff);
    why = ctl;
    at = (size_t)(ff - p) + 1;
  }
  if (!why) {
    yajl_free(c->h);
    return GEORDF_OK;
  }
  gd_diag_emit(r->sink, r->payload, GD_ERROR, r->path, r->lineno,
               at ? (unsigned long)(at + shift) : 0,
               "malformed JSON: %s; document skipped", why);
  if (yerr)
    yajl_free_error(c->h, yerr);
  yajl_free(c->h);
  r->skipped++;
  return GEORDF_ERR_SYNTAX;
}

/* An optional member: NULL when absent or null, and when not a string
 * (with a warning).  "" only for an empty string. */
static const char *opt_member(gd_reader *r, const gd_record *c, int m,
                              const gd_strbuf *b) {
  if (c->kind[m] == V_OTHER)
    gd_diag_emit(r->sink, r->payload, GD_WARNING, r->path, r->lineno, 0,
                 "field '%s' is not a string; ignored", MEMBER[m]);
  return c->kind[m] == V_STRING ? b->p : NULL;
}

/* Reports why the record on the current line is skipped, and skips it. */
static geordf_status skip_record(gd_reader *r, const char *why, const char *field) {
  gd_diag_emit(r->sink, r->payload, GD_ERROR, r->path, r->lineno, 0,
               "%s%s%s; document skipped", field ? "field '" : "",
               field ? field : "", why);
  r->skipped++;
  return GEORDF_ERR_SYNTAX;
}

static geordf_status next_jsonl(gd_reader *r, geordf_document *doc) {
  for (;;) {
    errno = 0;
    ssize_t got = read_line(r);
    if (got < 0) {
      if (ferror(r->fh) || errno == ENOMEM)
        return read_error(r);
      r->done = 1;
      return GEORDF_END;
    }
    r->lineno++;
    if (r->too_long)
      return too_big(r, r->lineno);
    char *p = r->line;
    size_t len = (size_t)got, shift = 0;
    if (r->first_line && len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
      p += 3, len -= 3, shift = 3;
    r->first_line = 0;
    while (len && (p[len - 1] == '\n' || p[len - 1] == '\r'))
      len--;
    size_t k = 0;
    while (k < len && is_space((unsigned char)p[k]))
      k++;
    if (k == len)
      continue; /* blank line */

    if (r->encoding == GD_ENCODING_CP1252 ? has_high_bytes(p, len)
                                          : !utf8_valid(p, len)) {
      /* Strings are taken as UTF-8: decode or repair the line first, as
       * for text (JSON's own syntax is ASCII, so this leaves it intact). */
      gd_fixes fx;
      if (normalise(&r->fixed, p, len, r->encoding, &fx))
        return read_error(r);
      if (fx.count && r->on_error != GD_ON_ERROR_REPLACE) {
        bad_bytes(r, &fx, shift);
        return GEORDF_ERR_SYNTAX;
      }
      report_fixes(r, &fx, shift);
      p = r->fixed.p;
      len = r->fixed.n;
    }

    gd_record c;
    geordf_status st = parse_record(r, p, len, shift, &c);
    /* The buffers of a huge line are not kept for the next: its strings
     * are copied out, and a document then holds one copy of its text. */
    if (r->line_cap > LINE_KEEP) {
      free(r->line);
      r->line = NULL;
      r->line_cap = 0;
    }
    if (r->fixed.cap > LINE_KEEP) {
      free(r->fixed.p);
      memset(&r->fixed, 0, sizeof r->fixed);
    }
    if (st == GEORDF_ERR_NOMEM) {
      errno = ENOMEM;
      return read_error(r);
    }
    if (st != GEORDF_OK)
      return st;
    if (c.array)
      return skip_record(r, "expected a JSON object", NULL);
    if (c.kind[M_ID] == V_ABSENT)
      return skip_record(r, "' is missing", "id");
    if (c.kind[M_ID] != V_STRING)
      return skip_record(r, "' is not a string", "id");
    if (c.kind[M_TEXT] == V_ABSENT)
      return skip_record(r, "' is missing", "text");
    if (c.kind[M_TEXT] != V_STRING)
      return skip_record(r, "' is not a string", "text");

    /* The id names the document in IRIs and messages: keep it printable. */
    if (r->id.n == 0)
      return skip_record(r, "' is empty", "id");
    for (size_t i = 0; i < r->id.n; i++)
      if ((unsigned char)r->id.p[i] < 0x20 || r->id.p[i] == 0x7F)
        return skip_record(r, "' contains a control character", "id");

    const char *title = opt_member(r, &c, M_TITLE, &r->title);
    const char *url = opt_member(r, &c, M_URL, &r->url);

    /* The date is read up to a NUL (from \u0000), as a C string. */
    const char *date = r->default_date;
    if (c.kind[M_DATE] == V_STRING && gd_input_date_valid(r->date_raw.p)) {
      memcpy(r->date, r->date_raw.p, 11);
      date = r->date;
    } else if (c.kind[M_DATE] == V_STRING) {
      gd_diag_emit(r->sink, r->payload, GD_WARNING, r->path, r->lineno, 0,
                   "malformed date '%.40s' (expected YYYY-MM-DD); ignored",
                   r->date_raw.p);
    } else if (c.kind[M_DATE] == V_OTHER) {
      gd_diag_emit(r->sink, r->payload, GD_WARNING, r->path, r->lineno, 0,
                   "field 'date' is not a string; ignored");
    }

    unsigned long before = idset_add(&r->ids, r->id.p, r->lineno);
    if (before)
      gd_diag_emit(r->sink, r->payload, GD_WARNING, r->path, r->lineno, 0,
                   "duplicate id '%s' (first seen on line %lu)", r->id.p,
                   before);

    doc->id = r->id.p;
    doc->date = date;
    doc->title = title;
    doc->text = r->text.p ? r->text.p : "";
    doc->text_len = r->text.n;
    doc->url = url;
    return GEORDF_OK;
  }
}

/* ---- public ------------------------------------------------------------ */

geordf_status gd_reader_next(gd_reader *r, geordf_document *doc) {
  if (!r || !doc)
    return GEORDF_ERR_ARG;
  memset(doc, 0, sizeof *doc);
  if (r->done)
    return GEORDF_END;
  return r->jsonl ? next_jsonl(r, doc) : next_text(r, doc);
}

size_t gd_reader_skipped(const gd_reader *r) { return r ? r->skipped : 0; }

const char *gd_reader_path(const gd_reader *r) { return r ? r->path : NULL; }

void gd_reader_free(gd_reader *r) {
  if (!r)
    return;
  if (r->fh && r->close_fh)
    fclose(r->fh);
  free(r->path);
  free(r->default_date);
  free(r->line);
  free(r->blk);
  free(r->pending);
  free(r->fixed.p);
  free(r->text.p);
  free(r->id.p);
  free(r->title.p);
  free(r->url.p);
  free(r->date_raw.p);
  free(r->num.p);
  free(r->ids.v);
  gd_hindex_free(&r->ids.ix);
  free(r);
}
