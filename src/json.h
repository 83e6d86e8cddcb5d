/* geordf: JSON on yajl, the one JSON library: writing as the project always
 * wrote it (two-space indent), and reading a small document into a tree
 * with the strict checks of the JSON Lines reader.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_JSON_H
#define GEORDF_JSON_H

#include <stddef.h>
#include <yajl/yajl_gen.h>

#include "strbuf.h"

/* ---- writing ------------------------------------------------------------ */

/* A yajl generator writing into OUT: indented by two spaces, one member or
 * item a line, "key": value, and a newline after the top-level value.
 * NULL when out of memory; the caller frees it with yajl_gen_free(). */
yajl_gen gd_json_gen(gd_strbuf *out);

/* The NUL-terminated string S (invalid UTF-8 is written as it is). */
void gd_json_str(yajl_gen g, const char *s);

/* A number with a fraction: the shortest of 17 significant digits that
 * reads back as V ("%.17g"), with ".0" when it would look like an integer
 * and the exponent without '+' or leading zeros ("1e-5"). */
void gd_json_real(yajl_gen g, double v);

/* An empty array ("[]", when ARRAY) or object ("{}") on one line; yajl's
 * own would take three. */
void gd_json_empty(yajl_gen g, int array);

/* ---- reading ------------------------------------------------------------ */

typedef enum {
  GD_JSON_NULL,
  GD_JSON_BOOL,
  GD_JSON_INT,
  GD_JSON_REAL,
  GD_JSON_STRING,
  GD_JSON_ARRAY,
  GD_JSON_OBJECT
} gd_json_type;

typedef struct gd_json gd_json;
struct gd_json {
  gd_json_type type;
  long long i;         /* GD_JSON_INT; GD_JSON_BOOL: 0 or 1 */
  double d;            /* GD_JSON_REAL */
  char *s;             /* GD_JSON_STRING: NUL-terminated, may hold NULs */
  size_t len;          /* its length */
  gd_json **v;         /* GD_JSON_ARRAY: items; GD_JSON_OBJECT: values */
  char **k;            /* GD_JSON_OBJECT: keys (a key once: the last value) */
  size_t n, cap;
};

/* Parses the JSON text P[0..LEN) (an object or an array) into *OUT.
 * Returns 0; 1 when it is malformed, with the reason in WHY (N bytes) and
 * in *COLUMN the 1-based byte column where it was found (0: at the end);
 * -1 when out of memory. */
int gd_json_parse(const char *p, size_t len, gd_json **out, char *why, size_t n,
                  size_t *column);

void gd_json_free(gd_json *j);

/* 1 unless the JSON text S..END (a string token as yajl read it: yajl has
 * checked that each "\u" has four hex digits) has a \u escape of a UTF-16
 * surrogate outside a high-low pair.  yajl decodes such escapes to '?' or
 * to bytes that are not UTF-8; JSON readers refuse them (RFC 8259 leaves it
 * open), and so does geordf. */
int gd_json_escapes_ok(const char *s, const char *end);

/* The value of KEY in object J, or NULL (also when J is no object). */
const gd_json *gd_json_get(const gd_json *j, const char *key);

/* Type tests that take NULL for absent. */
static inline int gd_json_is(const gd_json *j, gd_json_type t) { return j && j->type == t; }

#endif
