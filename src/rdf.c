/* geordf: the streaming RDF writer (documents, evidence, events, entities) over raptor2.
 * SPDX-License-Identifier: MIT */
#include "geordf/geordf.h"
#include "rdf.h"
#include "dot.h"
#include "hash.h"
#include "schema.h"
#include "strbuf.h"

#include <math.h>
#include <raptor2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_OWL "http://www.w3.org/2002/07/owl#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NS_PROV "http://www.w3.org/ns/prov#"
#define NS_DCT "http://purl.org/dc/terms/"
#define NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NS_SCHEMA "http://schema.org/"
#define NS_WD "http://www.wikidata.org/entity/"

/* Prefixes declared to Turtle and RDF/XML serializers, for readability
 * ("rdf" is built in: declaring it again fails). */
static const struct { const char *prefix, *uri; } prefixes[] = {
    {"geo", GEORDF_NS},    {"id", GEORDF_ID_NS}, {"prov", NS_PROV},
    {"dcterms", NS_DCT},   {"nif", NS_NIF},
    {"rdfs", NS_RDFS},     {"owl", NS_OWL},      {"xsd", NS_XSD},
    {"skos", NS_SKOS},     {"schema", NS_SCHEMA}, {"wd", NS_WD}};
#define N_PREFIXES (sizeof prefixes / sizeof prefixes[0])

/* Predicates, made once per writer and shared by reference count. */
enum {
  P_TYPE, P_IDENTIFIER, P_TITLE, P_DCDATE, P_URL, P_SOURCE, P_BEGIN, P_END,
  P_ANCHOR, P_REFCTX, P_DERIVED, P_ITEMDESC, P_STATUS, P_PLANNED, P_DATE,
  P_POLARITY, P_CONFIDENCE, P_LABEL, P_SAMEAS, P_MENTIONS, P_COUNT
};
static const char *const pred_iri[P_COUNT] = {
    NS_RDF "type",         NS_DCT "identifier",  NS_DCT "title",
    NS_DCT "date",         NS_SCHEMA "url",      NS_DCT "source",
    NS_NIF "beginIndex",   NS_NIF "endIndex",    NS_NIF "anchorOf",
    NS_NIF "referenceContext", NS_PROV "wasDerivedFrom",
    GEORDF_NS "itemDescription", GEORDF_NS "status", GEORDF_NS "planned",
    GEORDF_NS "date",      GEORDF_NS "polarity", GEORDF_NS "confidence",
    NS_RDFS "label",       NS_OWL "sameAs",      GEORDF_NS "mentionCount"};

enum { DT_DATE, DT_GYEARMONTH, DT_GYEAR, DT_NNINT, DT_BOOLEAN, DT_DECIMAL, DT_COUNT };
static const char *const dt_iri[DT_COUNT] = {
    NS_XSD "date", NS_XSD "gYearMonth", NS_XSD "gYear",
    NS_XSD "nonNegativeInteger", NS_XSD "boolean", NS_XSD "decimal"};

/* IRI terms that repeat across documents (classes, role predicates, entity
 * IRIs, Wikidata items), by IRI string: making a raptor term costs three
 * allocations and escaping the IRI again, a lookup here a hash.  The
 * terms in an array, indexed by their IRI's hash; emptied between documents
 * once it holds CACHE_MAX terms, since extracted people get IRIs of their
 * own. */
typedef struct { char *key; size_t len; raptor_term *term; } cache_ent;
typedef struct { cache_ent *v; size_t n, cap; gd_hindex ix; } term_cache;
#define CACHE_MAX 4096

/* N-Triples and N-Quads: the bytes raptor's escaping wrote for an IRI term,
 * kept by the term's address and checked against its IRI, so that a term
 * written again (subjects, predicates, classes, entities: nine tenths of
 * the output) is copied rather than escaped a byte at a time again.  A
 * slot whose term was freed and its address reused holds another IRI, so
 * the check fails and the term is escaped anew. */
#define MEMO_SLOTS 256
#define MEMO_BYTES 112
typedef struct {
  const raptor_term *t;
  unsigned short raw_len, esc_len;
  char raw[MEMO_BYTES]; /* the IRI */
  char esc[MEMO_BYTES]; /* as raptor_term_escaped_write() wrote it */
} term_memo;

struct geordf_writer {
  FILE *fh;                    /* the output, or NULL for a buffer or sink writer */
  gd_statement_fn sink;        /* a sink writer: every statement goes here */
  void *sink_payload;
  int own_world;               /* WORLD is the writer's (not a sink's caller's) */
  geordf_format format;
  char *base;
  raptor_world *world;
  raptor_uri *ns[N_PREFIXES];
  raptor_uri *dt[DT_COUNT];
  raptor_term *pred[P_COUNT];
  raptor_serializer *run_ser;  /* whole-run serializer (not Turtle) */
  term_memo *memo;             /* N-Triples, N-Quads: statements written
                                  term by term (see direct_probe()), else NULL */
  int raptor_error;            /* set by the log handler */
  geordf_status failed;        /* sticky: once output broke, it stays broken */
  int finished;
  raptor_iostream *mem;        /* raptor's stream into buf */
  gd_strbuf buf;                    /* output not yet written to fh (or, for a
                                  buffer writer, not yet taken) */
  char *head;                  /* output-wide head (RDF/XML: of a buffer
                                  writer; Turtle: the @prefix lines), cut
                                  from buf ... */
  size_t head_len;
  int head_cut;                /* ... once (RDF/XML) or from every document
                                  (Turtle; a file writer keeps the first) */
  int hold;                    /* a file writer keeps buf until the head is cut */
  gd_dot *dot;                 /* --format dot: the picture (src/dot.c) */
  term_cache cache;            /* IRI terms that repeat across documents */
  gd_strbuf doc;                    /* the current document's IRI */
  gd_strbuf tmp;                    /* an IRI under construction */
  raptor_term **span_node;     /* the current document's sentence nodes */
  size_t span_cap;
  raptor_term *ent_graph;      /* --entity-graph: the shared entity graph */
  char **ent_seen;             /* ... and the entity IRIs written so far */
  size_t ent_n, ent_cap;
  gd_hindex ent_ix;            /* their index, by hash */
};

/* ---- small string helpers ---------------------------------------------- */

static void sb_pct(gd_strbuf *b, unsigned char c) {
  static const char hex[] = "0123456789ABCDEF";
  char t[3] = {'%', hex[c >> 4], hex[c & 15]};
  gd_strbuf_add(b, t, 3);
}

/* Decodes one UTF-8 sequence at S (N bytes left).  Returns its length and
 * sets *CP, or returns 0 for an invalid, overlong, surrogate or truncated
 * sequence. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned char c = s[0];
  size_t len;
  uint32_t v, min;
  if (c < 0x80) { *cp = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
  else return 0;
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

/* A noncharacter: XML 1.0 forbids U+FFFE/U+FFFF and none belongs in text. */
static int is_nonchar(uint32_t cp) {
  return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
}

/* Makes literal text that every raptor 2.0.15 serializer writes faithfully:
 * CRLF and CR become LF (a lone CR is written raw), NUL and other C0
 * controls except TAB and LF are dropped (NUL cuts the literal short, and
 * XML 1.0 cannot hold them), DEL too, and invalid UTF-8 or noncharacters
 * become U+FFFD.  Returns a new string (caller frees) of *OUTLEN bytes. */
static char *clean_literal(const char *text, size_t len, size_t *outlen) {
  static const char fffd[] = "\xEF\xBF\xBD";
  const unsigned char *s = (const unsigned char *)text;
  gd_strbuf b = {0};
  gd_strbuf_add(&b, "", 0);
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = utf8_decode(s + i, len - i, &cp);
    if (!n) { gd_strbuf_add(&b, fffd, 3); i++; continue; }
    if (cp == '\r') {
      gd_strbuf_add(&b, "\n", 1);
      i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F) { i++; continue; }
    if (is_nonchar(cp)) gd_strbuf_add(&b, fffd, 3);
    else gd_strbuf_add(&b, s + i, n);
    i += n;
  }
  *outlen = b.n;
  return gd_strbuf_take(&b);
}

/* Characters RFC 3987 does not allow anywhere in an IRI (the N-Triples
 * IRIREF exclusions). */
static int iri_forbidden(unsigned char c) {
  return c <= 0x20 || c == 0x7F || strchr("<>\"{}|\\^`", c) != NULL;
}

/* Length of the scheme plus ':' when S starts with an RFC 3986 scheme. */
static size_t scheme_len(const char *s) {
  size_t i = 0;
  if (!((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z'))) return 0;
  while (s[i] && (strchr("+-.", s[i]) || (s[i] >= '0' && s[i] <= '9') ||
                  (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
    i++;
  return s[i] == ':' ? i + 1 : 0;
}

static int is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

/* 1 when S is an absolute IRI that every serializer and parser takes as is:
 * a scheme, no forbidden or control characters, valid UTF-8 without C1
 * controls or noncharacters, '%' only as a percent-escape, at most one '#'. */
static int iri_is_safe(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  size_t len = strlen(s), hashes = 0;
  if (!scheme_len(s)) return 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = utf8_decode(p + i, len - i, &cp);
    if (!n || (cp >= 0x80 && cp < 0xA0) || is_nonchar(cp)) return 0;
    if (cp < 0x80 && iri_forbidden(p[i])) return 0;
    if (cp == '%' && !(is_hex(s[i + 1]) && is_hex(s[i + 2]))) return 0;
    if (cp == '#') hashes++;
    i += n;
  }
  return hashes <= 1;
}

/* An entity IRI made safe: bytes that would break the syntax (forbidden
 * characters, invalid UTF-8) are percent-encoded.  NULL when it has no
 * scheme or memory ran out. */
static char *entity_iri(const char *iri) {
  if (!iri || !scheme_len(iri)) return NULL;
  const unsigned char *p = (const unsigned char *)iri;
  size_t len = strlen(iri);
  gd_strbuf b = {0};
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = utf8_decode(p + i, len - i, &cp);
    if (!n || (cp >= 0x80 && cp < 0xA0) || is_nonchar(cp)) {
      size_t k = n ? n : 1;
      for (size_t j = 0; j < k; j++) sb_pct(&b, p[i + j]);
      i += k;
    } else if (cp < 0x80 && iri_forbidden(p[i])) {
      sb_pct(&b, p[i++]);
    } else {
      gd_strbuf_add(&b, p + i, n);
      i += n;
    }
  }
  return gd_strbuf_take(&b);
}

/* ---- dates and numbers -------------------------------------------------- */

static int digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return 1;
}

/* The XSD datatype of "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar
 * day), or -1 when S is none of these. */
static int date_type(const char *s, size_t len) {
  static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (len < 4 || !digits(s, 4)) return -1;
  if (len == 4) return DT_GYEAR;
  if (len < 7 || s[4] != '-' || !digits(s + 5, 2)) return -1;
  int y = atoi(s), m = (s[5] - '0') * 10 + (s[6] - '0');
  if (m < 1 || m > 12) return -1;
  if (len == 7) return DT_GYEARMONTH;
  if (len != 10 || s[7] != '-' || !digits(s + 8, 2)) return -1;
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d < 1 || d > mdays[m - 1] || (m == 2 && d == 29 && !leap)) return -1;
  return DT_DATE;
}

/* Canonical xsd:decimal of a confidence rounded to 2 places, always with a
 * fractional digit: Turtle writers shorten typed numbers, and "1" would
 * come back as an xsd:integer. */
static void format_confidence(double c, char buf[8]) {
  if (!(c >= 0.0)) c = 0.0; /* also NaN */
  if (c > 1.0) c = 1.0;
  long cents = lround(c * 100.0);
  if (cents >= 100) { strcpy(buf, "1.0"); return; }
  buf[0] = '0';
  buf[1] = '.';
  buf[2] = (char)('0' + cents / 10);
  buf[3] = (char)('0' + cents % 10);
  buf[4] = '\0';
  if (buf[3] == '0') buf[3] = '\0';
}

/* ---- terms and statements ---------------------------------------------- */

/* raptor's free functions log an error for NULL, so this is the no-op
 * wrapper the code uses. */
static void term_free(raptor_term *t) {
  if (t) raptor_free_term(t);
}

/* An evidence span: byte offsets, code point offsets, order of first use,
 * and its place in the table sorted by offsets (that of its sentence node). */
typedef struct { size_t b, e, cb, ce, order, pos; } span;

/* The statements of one document under way. */
typedef struct {
  geordf_writer *w;
  raptor_serializer *ser;
  raptor_term *graph;   /* N-Quads: the document, else NULL */
  const char *doc;      /* the document IRI D (in w->doc) */
  size_t doc_len;
  span *spans;          /* distinct evidence spans of all events, in order */
  span *sorted;         /* the same sorted by offsets, for lookups */
  size_t nspans;
  const geordf_entity **ents;  /* entities used so far, written at the end */
  size_t nents, capents;
  int err;              /* a statement could not be made or written */
} doc_ctx;

/* Writes V in decimal into BUF (at least 21 bytes), NUL-terminated, and
 * returns its length: snprintf costs more than the rest of a term. */
static size_t fmt_size(char *buf, size_t v) {
  char t[24];
  size_t n = 0;
  do {
    t[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  for (size_t i = 0; i < n; i++) buf[i] = t[n - 1 - i];
  buf[n] = '\0';
  return n;
}

static raptor_term *iri_term_n(doc_ctx *c, const char *iri, size_t len) {
  raptor_term *t = raptor_new_term_from_counted_uri_string(
      c->w->world, (const unsigned char *)iri, len);
  if (!t) c->err = 1;
  return t;
}

static raptor_term *iri_term(doc_ctx *c, const char *iri) {
  return iri_term_n(c, iri, strlen(iri));
}

/* The term of the IRI in C's scratch buffer (see tmp_iri()). */
static raptor_term *tmp_term(doc_ctx *c) {
  gd_strbuf *t = &c->w->tmp;
  if (t->oom) { t->oom = 0; t->n = 0; c->err = 1; return NULL; }
  return iri_term_n(c, t->p, t->n);
}

/* Starts the scratch buffer with the document IRI and TAIL. */
static void tmp_iri(doc_ctx *c, const char *tail, size_t len) {
  gd_strbuf *t = &c->w->tmp;
  t->n = 0;
  gd_strbuf_add(t, c->doc, c->doc_len);
  gd_strbuf_add(t, tail, len);
}

/* ---- the term cache ----------------------------------------------------- */

/* Empties TC, keeping its memory. */
static void cache_clear(term_cache *tc) {
  for (size_t i = 0; i < tc->n; i++) {
    free(tc->v[i].key);
    term_free(tc->v[i].term);
  }
  tc->n = 0;
  gd_hindex_clear(&tc->ix);
}

static void cache_free(term_cache *tc) {
  cache_clear(tc);
  free(tc->v);
  gd_hindex_free(&tc->ix);
  *tc = (term_cache){0};
}

/* Makes room for one more term; -1 when out of memory. */
static int cache_reserve(term_cache *tc) {
  if (tc->n == tc->cap) {
    size_t cap = tc->cap ? tc->cap * 2 : 256;
    cache_ent *v = realloc(tc->v, cap * sizeof *v);
    if (!v) return -1;
    tc->v = v;
    tc->cap = cap;
  }
  return gd_hindex_reserve(&tc->ix, 1);
}

/* The term of the IRI PREFIX + LOCAL made safe as entity_iri() makes it
 * (the constant IRIs are safe as they are), borrowed from the writer's
 * cache: valid until the next document.  NULL when it is not an IRI (no
 * scheme), or when memory ran out. */
static raptor_term *cached_iri(doc_ctx *c, const char *prefix, const char *local) {
  term_cache *tc = &c->w->cache;
  size_t pl = strlen(prefix), ll = strlen(local), len = pl + ll;
  uint32_t h = (uint32_t)gd_fnv1a_add(gd_fnv1a_add(GD_FNV1A_INIT, prefix, pl), local, ll);
  if (cache_reserve(tc)) { c->err = 1; return NULL; }
  gd_hslot *s;
  for (s = gd_hindex_first(&tc->ix, h); s->ix; s = gd_hindex_next(&tc->ix, s)) {
    const cache_ent *e = &tc->v[s->ix - 1];
    if (s->tag == h && e->len == len && !memcmp(e->key, prefix, pl) &&
        !memcmp(e->key + pl, local, ll))
      return e->term;
  }
  char *key = malloc(len + 1);
  if (!key) { c->err = 1; return NULL; }
  memcpy(key, prefix, pl);
  memcpy(key + pl, local, ll + 1);
  char *iri = entity_iri(key);
  raptor_term *t = iri ? iri_term(c, iri) : NULL;
  free(iri);
  if (!t) { free(key); return NULL; }
  tc->v[tc->n] = (cache_ent){key, len, t};
  gd_hindex_put(&tc->ix, s, h, tc->n++);
  return t;
}

/* ---- literals and statements -------------------------------------------- */

/* 1 when clean_literal() would return TEXT unchanged, as it mostly does. */
static int literal_is_clean(const char *text, size_t len) {
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = 0; i < len;) {
    unsigned char ch = s[i];
    if (ch < 0x80) {
      if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0x7F) return 0;
      i++;
      continue;
    }
    uint32_t cp;
    size_t n = utf8_decode(s + i, len - i, &cp);
    if (!n || is_nonchar(cp)) return 0;
    i += n;
  }
  return 1;
}

static raptor_term *lit_term(doc_ctx *c, const char *s, size_t len, int dt) {
  char *clean = NULL;
  if (!literal_is_clean(s, len)) {
    if (!(clean = clean_literal(s, len, &len))) { c->err = 1; return NULL; }
    s = clean;
  }
  raptor_term *t = raptor_new_term_from_counted_literal(
      c->w->world, (const unsigned char *)s, len,
      dt >= 0 ? c->w->dt[dt] : NULL, NULL, 0);
  free(clean);
  if (!t) c->err = 1;
  return t;
}

/* Bytes that raptor's N-Triples escaping writes as they are: printable
 * ASCII but for the quote and backslash in a literal's text (PLAIN_LIT),
 * and but for the space and <>"{}|^`\ in an IRI (PLAIN_IRI).  Each byte is
 * escaped, or not, by itself, whatever comes before or after it. */
enum { PLAIN_LIT = 1, PLAIN_IRI = 2 };
static const unsigned char plain_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 3, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 1, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 3, 1, 3,
    1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 3, 0,
    /* 0x80 and above: 0 */
};

/* 1 when every one of the LEN bytes of S is of class CLASS. */
static int all_plain(const unsigned char *s, size_t len, unsigned char class) {
  unsigned char acc = class;
  for (size_t i = 0; i < len; i++) acc &= plain_byte[s[i]];
  return acc != 0;
}

/* Writes "<" IRI ">" as raptor_uri_escaped_write() does: the bytes as they
 * are when all are plain, else through raptor; 0, or nonzero on failure. */
static int direct_iri(geordf_writer *w, raptor_uri *uri, unsigned flags) {
  size_t len;
  const unsigned char *iri = raptor_uri_as_counted_string(uri, &len);
  if (!all_plain(iri, len, PLAIN_IRI)) return raptor_uri_escaped_write(uri, NULL, flags, w->mem);
  raptor_iostream_write_byte('<', w->mem);
  raptor_iostream_write_bytes(iri, 1, len, w->mem);
  raptor_iostream_write_byte('>', w->mem);
  return 0;
}

/* Writes the literal S[0..LEN) of datatype DT (or none), all plain bytes
 * (PLAIN_LIT), as raptor_term_escaped_write() writes it; 0, or nonzero on
 * failure. */
static int direct_literal(geordf_writer *w, const unsigned char *s, size_t len, raptor_uri *dt, unsigned flags) {
  raptor_iostream_write_byte('"', w->mem);
  raptor_iostream_write_bytes(s, 1, len, w->mem);
  raptor_iostream_write_byte('"', w->mem);
  if (!dt) return 0;
  raptor_iostream_counted_string_write("^^", 2, w->mem);
  return direct_iri(w, dt, flags);
}

/* Writes term T as raptor_term_escaped_write() does: a literal without a
 * language or a URI whose text is all plain bytes as raptor would write it,
 * the rest through raptor; 0, or nonzero on failure. */
static int direct_plain(geordf_writer *w, const raptor_term *t, unsigned flags) {
  if (t->type == RAPTOR_TERM_TYPE_URI) return direct_iri(w, t->value.uri, flags);
  if (t->type != RAPTOR_TERM_TYPE_LITERAL || t->value.literal.language ||
      !all_plain(t->value.literal.string, t->value.literal.string_len, PLAIN_LIT))
    return raptor_term_escaped_write(t, flags, w->mem);
  return direct_literal(w, t->value.literal.string, t->value.literal.string_len, t->value.literal.datatype, flags);
}

/* Writes term T as raptor's N-Triples serializer does, through
 * raptor_term_escaped_write() (or direct_plain()), or its bytes from the
 * memo; 0, or nonzero on failure. */
static int direct_term(geordf_writer *w, const raptor_term *t) {
  const unsigned flags = RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL;
  if (t->type != RAPTOR_TERM_TYPE_URI) return direct_plain(w, t, flags);
  size_t len;
  const unsigned char *iri = raptor_uri_as_counted_string(t->value.uri, &len);
  term_memo *m = &w->memo[(uint32_t)(((uintptr_t)t >> 4) * 0x9E3779B1u) >> 24];
  if (m->t == t && m->raw_len == len && !memcmp(m->raw, iri, len))
    return raptor_iostream_write_bytes(m->esc, 1, m->esc_len, w->mem) != (int)m->esc_len;
  /* (Held in the buffer until they are copied.) */
  int hold = w->hold;
  size_t at = w->buf.n;
  w->hold = 1;
  int r = direct_plain(w, t, flags);
  w->hold = hold;
  size_t n = w->buf.n - at;
  if (!r && !w->buf.oom && len <= MEMO_BYTES && n <= MEMO_BYTES) {
    m->t = t;
    m->raw_len = (unsigned short)len;
    m->esc_len = (unsigned short)n;
    memcpy(m->raw, iri, len);
    memcpy(m->esc, w->buf.p + at, n);
  }
  return r;
}

/* Statement ST as raptor_statement_ntriples_write() writes it (the graph
 * for N-Quads only); 0, or nonzero on failure.  (As there, what
 * raptor_iostream_write_byte() returns is not read: it reports a byte
 * written by a handler that returns 1, as raptor's own FILE handler does,
 * as a failure.  A failed write leaves the buffer marked.) */
static int direct_statement(geordf_writer *w, const raptor_statement *st) {
  if (direct_term(w, st->subject)) return 1;
  raptor_iostream_write_byte(' ', w->mem);
  if (direct_term(w, st->predicate)) return 1;
  raptor_iostream_write_byte(' ', w->mem);
  if (direct_term(w, st->object)) return 1;
  if (st->graph && w->format == GEORDF_FORMAT_NQUADS) {
    raptor_iostream_write_byte(' ', w->mem);
    if (direct_term(w, st->graph)) return 1;
  }
  return raptor_iostream_counted_string_write(" .\n", 3, w->mem);
}

/* Writes SUBJ PRED OBJ, all borrowed; any may be NULL after a failed
 * allocation (then nothing is written).  The statement lives on the stack
 * and the terms stay ours: the serializers copy what they keep. */
static void emit_terms(doc_ctx *c, raptor_term *subj, raptor_term *pred,
                       raptor_term *obj) {
  if (!subj || !pred || !obj) {
    c->err = 1;
    return;
  }
  raptor_statement st;
  raptor_statement_init(&st, c->w->world);
  st.subject = subj;
  st.predicate = pred;
  st.object = obj;
  st.graph = c->graph;
  if (c->w->sink ? c->w->sink(&st, c->w->sink_payload)
      : c->w->memo ? direct_statement(c->w, &st)
                   : raptor_serializer_serialize_statement(c->ser, &st))
    c->err = 1;
}

/* Writes SUBJ P OBJ for one of the fixed predicates (OBJ borrowed). */
static void emit(doc_ctx *c, raptor_term *subj, int p, raptor_term *obj) {
  emit_terms(c, subj, c->w->pred[p], obj);
}

/* The same, freeing OBJ. */
static void emit_own(doc_ctx *c, raptor_term *subj, int p, raptor_term *obj) {
  emit(c, subj, p, obj);
  term_free(obj);
}

static void emit_type(doc_ctx *c, raptor_term *subj, const char *ns,
                      const char *local) {
  emit(c, subj, P_TYPE, cached_iri(c, ns, local));
}

static void emit_text(doc_ctx *c, raptor_term *subj, int p, const char *s,
                      size_t len, int dt) {
  geordf_writer *w = c->w;
  /* Written term by term (direct_statement()), a text of plain bytes
   * needs no term: its literal is written as direct_plain() writes the
   * one lit_term() would make (the text is clean as it is). */
  if (w->memo && !w->sink && subj && len && all_plain((const unsigned char *)s, len, PLAIN_LIT)) {
    const unsigned flags = RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL;
    if (direct_term(w, subj)) goto failed;
    raptor_iostream_write_byte(' ', w->mem);
    if (direct_term(w, w->pred[p])) goto failed;
    raptor_iostream_write_byte(' ', w->mem);
    if (direct_literal(w, (const unsigned char *)s, len, dt >= 0 ? w->dt[dt] : NULL, flags)) goto failed;
    if (c->graph && w->format == GEORDF_FORMAT_NQUADS) {
      raptor_iostream_write_byte(' ', w->mem);
      if (direct_term(w, c->graph)) goto failed;
    }
    if (raptor_iostream_counted_string_write(" .\n", 3, w->mem)) goto failed;
    return;
  failed:
    c->err = 1;
    return;
  }
  emit_own(c, subj, p, lit_term(c, s, len, dt));
}

/* ---- one document ------------------------------------------------------- */

static int cmp_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

/* Evidence span K of EV, clamped so it never reaches past the text. */
static void evidence_span(const geordf_event *ev, size_t k, size_t text_len,
                          size_t *b, size_t *e) {
  geordf_event_evidence_get(ev, k, b, e);
  if (*e > text_len) *e = text_len;
  if (*b > *e) *b = *e;
}

/* The evidence sentences written for EV: its first GEORDF_EVIDENCE_MAX. */
static size_t listed_evidence(const geordf_event *ev) {
  size_t n = geordf_event_evidence_count(ev);
  return n < GEORDF_EVIDENCE_MAX ? n : GEORDF_EVIDENCE_MAX;
}

/* The code point offset of byte offset OFF, from the sorted table. */
static size_t cp_of(const size_t *bytes, const size_t *cps, size_t n, size_t off) {
  const size_t *hit = bsearch(&off, bytes, n, sizeof *bytes, cmp_size);
  return hit ? cps[hit - bytes] : 0;
}

static int cmp_span(const void *a, const void *b) {
  const span *x = a, *y = b;
  if (x->b != y->b) return x->b < y->b ? -1 : 1;
  if (x->e != y->e) return x->e < y->e ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static int cmp_order(const void *a, const void *b) {
  const span *x = a, *y = b;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Collects the distinct evidence spans of all events (clamped to the text),
 * in order of first use and sorted by offset, and converts their byte
 * offsets to code point offsets in one forward pass: NIF and RFC 5147 count
 * characters, the extractor counts bytes.  Sorting keeps a document with
 * many events linear. */
static int collect_spans(const geordf_document *doc, const geordf_events *evs,
                         span **out, span **sorted, size_t *nout) {
  size_t n = 0, cap = 0;
  span *v = NULL;
  for (size_t i = 0; i < geordf_events_count(evs); i++) {
    const geordf_event *ev = geordf_events_get(evs, i);
    for (size_t k = 0; k < listed_evidence(ev); k++) {
      size_t b, e;
      evidence_span(ev, k, doc->text_len, &b, &e);
      if (n == cap) {
        span *nv = realloc(v, (cap = cap ? cap * 2 : 8) * sizeof *v);
        if (!nv) { free(v); return -1; }
        v = nv;
      }
      v[n] = (span){b, e, 0, 0, n, 0};
      n++;
    }
  }
  if (n) qsort(v, n, sizeof *v, cmp_span);
  size_t u = 0;
  for (size_t i = 0; i < n; i++)
    if (!u || v[i].b != v[u - 1].b || v[i].e != v[u - 1].e) v[u++] = v[i];
  n = u;
  /* Sorted by begin; the ends are sorted separately for the pass. */
  size_t *bytes = malloc((2 * n + 1) * sizeof *bytes);
  size_t *cps = malloc((2 * n + 1) * sizeof *cps);
  span *ord = malloc((n + 1) * sizeof *ord);
  if (!bytes || !cps || !ord) { free(bytes); free(cps); free(ord); free(v); return -1; }
  for (size_t i = 0; i < n; i++) { bytes[2 * i] = v[i].b; bytes[2 * i + 1] = v[i].e; }
  qsort(bytes, 2 * n, sizeof *bytes, cmp_size);
  const unsigned char *t = (const unsigned char *)doc->text;
  size_t pos = 0, count = 0;
  for (size_t i = 0; i < 2 * n; i++) {
    for (; pos < bytes[i]; pos++)
      if ((t[pos] & 0xC0) != 0x80) count++;  /* a lead byte starts a character */
    cps[i] = count;
  }
  for (size_t i = 0; i < n; i++) {
    v[i].cb = cp_of(bytes, cps, 2 * n, v[i].b);
    v[i].ce = cp_of(bytes, cps, 2 * n, v[i].e);
    v[i].pos = i;
  }
  free(bytes);
  free(cps);
  if (n) memcpy(ord, v, n * sizeof *ord);
  if (n) qsort(ord, n, sizeof *ord, cmp_order);
  *out = ord;
  *sorted = v;
  *nout = n;
  return 0;
}

/* Sets B to the document IRI: BASE + the id with every byte outside
 * RFC 3986's unreserved set percent-encoded. */
static void doc_iri(gd_strbuf *b, const char *base, const char *id) {
  b->n = 0;
  gd_strbuf_str(b, base);
  for (const unsigned char *p = (const unsigned char *)id; *p; p++) {
    if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
        (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' || *p == '_' || *p == '~')
      gd_strbuf_add(b, p, 1);
    else
      sb_pct(b, *p);
  }
}

/* The node D + "#char=B,E" (RFC 5147) of span S (caller frees) or NULL. */
static raptor_term *char_term(doc_ctx *c, const span *s) {
  char tail[64] = "#char=";
  size_t n = 6;
  n += fmt_size(tail + n, s->cb);
  tail[n++] = ',';
  n += fmt_size(tail + n, s->ce);
  tmp_iri(c, tail, n);
  return tmp_term(c);
}

static void write_doc_node(doc_ctx *c, raptor_term *d, const geordf_document *doc) {
  emit_type(c, d, GEORDF_NS, "Document");
  emit_text(c, d, P_IDENTIFIER, doc->id, strlen(doc->id), -1);
  if (doc->title && doc->title[0])
    emit_text(c, d, P_TITLE, doc->title, strlen(doc->title), -1);
  if (doc->date) {
    size_t len = strlen(doc->date);
    /* the date part of an ISO 8601 timestamp is the date */
    if (len > 10 && doc->date[10] == 'T') len = 10;
    if (date_type(doc->date, len) == DT_DATE)
      emit_text(c, d, P_DCDATE, doc->date, len, DT_DATE);
  }
  if (doc->url && doc->url[0]) {
    if (iri_is_safe(doc->url)) emit_own(c, d, P_URL, iri_term(c, doc->url));
    else emit_text(c, d, P_SOURCE, doc->url, strlen(doc->url), -1);
  }
}

/* Writes the sentence of span S and keeps its node for the events that
 * cite it (w->span_node, freed after the document). */
static void write_sentence(doc_ctx *c, raptor_term *d, const geordf_document *doc,
                           const span *s) {
  raptor_term *node = char_term(c, s);
  c->w->span_node[s->pos] = node;
  if (!node) { c->err = 1; return; }
  char num[24];
  emit_type(c, node, NS_NIF, "Sentence");
  emit_text(c, node, P_BEGIN, num, fmt_size(num, s->cb), DT_NNINT);
  emit_text(c, node, P_END, num, fmt_size(num, s->ce), DT_NNINT);
  emit_text(c, node, P_ANCHOR, doc->text + s->b, s->e - s->b, -1);
  emit(c, node, P_REFCTX, d);
  emit(c, node, P_DERIVED, d);
}

/* The span [b, e) in the table sorted by offsets. */
static const span *find_span(const span *v, size_t n, size_t b, size_t e) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].b < b || (v[mid].b == b && v[mid].e < e)) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && v[lo].b == b && v[lo].e == e ? &v[lo] : NULL;
}

/* Appends E to the document's entity list unless an entity with its IRI is
 * already there (entities are written once per document). */
static int add_entity(doc_ctx *c, const geordf_entity *e) {
  for (size_t i = 0; i < c->nents; i++)
    if (c->ents[i] == e || !strcmp(geordf_entity_iri(c->ents[i]), geordf_entity_iri(e)))
      return 0;
  if (c->nents == c->capents) {
    size_t cap = c->capents ? c->capents * 2 : 16;
    const geordf_entity **v = realloc((void *)c->ents, cap * sizeof *v);
    if (!v) return -1;
    c->ents = v;
    c->capents = cap;
  }
  c->ents[c->nents++] = e;
  return 0;
}

/* The node of entity E (borrowed from the cache), or NULL when its IRI is
 * none. */
static raptor_term *entity_term(doc_ctx *c, const geordf_entity *e) {
  const char *iri = e ? geordf_entity_iri(e) : NULL;
  return iri ? cached_iri(c, "", iri) : NULL;
}

static void write_event(doc_ctx *c, raptor_term *d, const geordf_document *doc,
                        const geordf_event *ev, size_t index) {
  geordf_event_type type = geordf_event_get_type(ev);
  if ((unsigned)type >= GEORDF_EVENT_TYPE_COUNT) return;
  char tail[32] = "#event-";
  tmp_iri(c, tail, 7 + fmt_size(tail + 7, index));
  raptor_term *node = tmp_term(c);
  if (!node) { c->err = 1; return; }
  emit_type(c, node, GEORDF_NS, geordf_event_type_name(type));
  /* only the roles the schema gives the type */
  for (const geordf_role *r = gd_schema_type[type].roles; *r != GEORDF_ROLE_COUNT; r++) {
    raptor_term *pred = NULL;
    for (size_t i = 0; i < geordf_event_role_count(ev, *r); i++) {
      const geordf_entity *e = geordf_event_role_get(ev, *r, i);
      raptor_term *obj = entity_term(c, e);
      if (!obj) continue;  /* not an IRI: nothing sound to link to */
      if (!pred) pred = cached_iri(c, GEORDF_NS, geordf_role_name(*r));
      emit_terms(c, node, pred, obj);
      if (add_entity(c, e)) c->err = 1;
    }
  }
  const char *item = geordf_event_item_text(ev);
  if (item && item[0]) emit_text(c, node, P_ITEMDESC, item, strlen(item), -1);
  const char *status = geordf_event_status_name(geordf_event_get_status(ev));
  if (status) emit(c, node, P_STATUS, cached_iri(c, GEORDF_NS, status));
  if (geordf_event_planned(ev)) emit_text(c, node, P_PLANNED, "true", 4, DT_BOOLEAN);
  const char *date = geordf_event_date(ev);
  int dt = date ? date_type(date, strlen(date)) : -1;
  if (dt >= 0) emit_text(c, node, P_DATE, date, strlen(date), dt);
  emit(c, node, P_POLARITY,
       cached_iri(c, GEORDF_NS, geordf_event_negated(ev) ? "Negative" : "Positive"));
  char conf[8];
  format_confidence(geordf_event_confidence(ev), conf);
  emit_text(c, node, P_CONFIDENCE, conf, strlen(conf), DT_DECIMAL);
  size_t nev = listed_evidence(ev), all = geordf_event_evidence_count(ev);
  if (all > nev) {
    char num[24];
    emit_text(c, node, P_MENTIONS, num, fmt_size(num, all), DT_NNINT);
  }
  for (size_t k = 0; k < nev; k++) {
    size_t b, e;
    evidence_span(ev, k, doc->text_len, &b, &e);
    const span *s = find_span(c->sorted, c->nspans, b, e);
    raptor_term *snode = s ? c->w->span_node[s - c->sorted] : NULL;
    if (snode) emit(c, node, P_DERIVED, snode);
  }
  /* without evidence the event still records which document it came from */
  if (!nev) emit(c, node, P_DERIVED, d);
  term_free(node);
}

/* A class local name is used only when it is a plain name. */
static int plain_name(const char *s) {
  if (!s || !((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))) return 0;
  for (; *s; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
          (*s >= '0' && *s <= '9') || *s == '_'))
      return 0;
  return 1;
}

/* --entity-graph: 1 when IRI was already written (else records it), -1
 * when out of memory. */
static int entity_seen(geordf_writer *w, const char *iri) {
  if (w->ent_n == w->ent_cap) {
    size_t cap = w->ent_cap ? w->ent_cap * 2 : 256;
    char **v = realloc(w->ent_seen, cap * sizeof *v);
    if (!v) return -1;
    w->ent_seen = v;
    w->ent_cap = cap;
  }
  if (gd_hindex_reserve(&w->ent_ix, 1)) return -1;
  uint32_t tag = gd_hash_tag(gd_fnv1a(iri, strlen(iri)));
  gd_hslot *s;
  for (s = gd_hindex_first(&w->ent_ix, tag); s->ix; s = gd_hindex_next(&w->ent_ix, s))
    if (s->tag == tag && !strcmp(w->ent_seen[s->ix - 1], iri)) return 1;
  if (!(w->ent_seen[w->ent_n] = strdup(iri))) return -1;
  gd_hindex_put(&w->ent_ix, s, tag, w->ent_n++);
  return 0;
}

static void write_entity(doc_ctx *c, const geordf_entity *e) {
  raptor_term *node = entity_term(c, e);
  if (!node) { c->err = 1; return; }
  raptor_term *graph = c->graph;
  if (c->w->ent_graph) {
    /* once, in the shared graph, as the embedded store keeps them */
    int seen = entity_seen(c->w, geordf_entity_iri(e));
    if (seen) { if (seen < 0) c->err = 1; return; }
    c->graph = c->w->ent_graph;
  }
  const char *cls = geordf_entity_class(e), *label = geordf_entity_label(e);
  const char *qid = geordf_entity_qid(e);
  if (plain_name(cls)) emit_type(c, node, GEORDF_NS, cls);
  if (label) emit_text(c, node, P_LABEL, label, strlen(label), -1);
  if (qid && qid[0] == 'Q' && qid[1] && strlen(qid) < 32 && digits(qid + 1, strlen(qid + 1)))
    emit(c, node, P_SAMEAS, cached_iri(c, NS_WD, qid));
  c->graph = graph;
}

geordf_status gd_writer_entity_graph(geordf_writer *w) {
  if (!w || w->format != GEORDF_FORMAT_NQUADS) return GEORDF_ERR_ARG;
  if (w->ent_graph) return GEORDF_OK;
  w->ent_graph = raptor_new_term_from_uri_string(w->world, (const unsigned char *)GEORDF_ID_NS);
  return w->ent_graph ? GEORDF_OK : GEORDF_ERR_NOMEM;
}

/* ---- serializers -------------------------------------------------------- */

static void log_handler(void *user_data, raptor_log_message *msg) {
  geordf_writer *w = user_data;
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR) w->raptor_error = 1;
}

static raptor_serializer *open_serializer(geordf_writer *w, const char *name,
                                          int with_prefixes) {
  raptor_serializer *ser = raptor_new_serializer(w->world, name);
  if (!ser) return NULL;
  for (size_t i = 0; with_prefixes && i < N_PREFIXES; i++)
    if (raptor_serializer_set_namespace(ser, w->ns[i],
                                        (const unsigned char *)prefixes[i].prefix)) {
      raptor_free_serializer(ser);
      return NULL;
    }
  /* a NULL base: with one, Turtle would write relative IRIs */
  if (raptor_serializer_start_to_iostream(ser, NULL, w->mem)) {
    raptor_free_serializer(ser);
    return NULL;
  }
  return ser;
}

/* ---- the output stream -------------------------------------------------- */

/* Output a file writer holds before writing it to its FILE. */
#define FLUSH_AT ((size_t)1 << 16)

/* Writes a file writer's buffered output to its FILE; 0, or -1 on error. */
static int flush_buf(geordf_writer *w) {
  if (!w->fh || !w->buf.n) return 0;
  size_t n = w->buf.n;
  w->buf.n = 0;
  return fwrite(w->buf.p, 1, n, w->fh) == n ? 0 : -1;
}

/* raptor's stream handler into the writer's buffer, for every writer:
 * raptor writes most output a byte at a time, which a FILE handler turns
 * into a locked fputc() per byte.  A file writer passes the buffer on to
 * its FILE every FLUSH_AT bytes.  The return values are those of raptor's
 * own FILE handler, so the serializers behave alike. */
static int mem_write_bytes(void *ctx, const void *p, size_t size, size_t nmemb) {
  geordf_writer *w = ctx;
  if (w->buf.n >= FLUSH_AT && !w->hold && flush_buf(w)) return 0;
  gd_strbuf_add(&w->buf, p, size * nmemb);
  return w->buf.oom ? 0 : (int)nmemb;
}

#if defined(__GNUC__)
#define GD_NOINLINE __attribute__((noinline))
#else
#define GD_NOINLINE
#endif

/* The byte that does not fit (kept out of line so that the common case
 * below needs no stack frame). */
static GD_NOINLINE int mem_write_byte_slow(void *ctx, const int byte) {
  char c = (char)byte;
  return mem_write_bytes(ctx, &c, 1, 1);
}

/* raptor calls this once per byte of most output, so the usual case is a
 * store and an increment.  One byte of the buffer always stays free, and
 * the NUL goes in where the buffer is read (gd_writer_buffer()). */
static int mem_write_byte(void *ctx, const int byte) {
  gd_strbuf *b = &((geordf_writer *)ctx)->buf;
  if (b->n + 1 < b->cap) {
    b->p[b->n++] = (char)byte;
    return 1;
  }
  return mem_write_byte_slow(ctx, byte);
}

static const raptor_iostream_handler mem_handler = {
    2, NULL, NULL, mem_write_byte, mem_write_bytes, NULL, NULL, NULL};

int gd_format_splits(geordf_format format) {
  switch (format) {
  case GEORDF_FORMAT_TURTLE:   /* a serializer per document */
  case GEORDF_FORMAT_NTRIPLES: /* a line per statement */
  case GEORDF_FORMAT_NQUADS:
  case GEORDF_FORMAT_RDFXML:   /* an rdf:Description per statement */
    return 1;
  default:
    return 0;
  }
}

/* Learns the head of every output by ending a serializer that saw no
 * statement.  RDF/XML: raptor writes the root element lazily, so it then
 * writes head + tail.  Turtle: it writes the @prefix lines (all of them,
 * used or not) and an empty line, with which each document's serializer
 * starts, and which the output needs only once. */
static geordf_status probe_head(geordf_writer *w) {
  int xml = w->format == GEORDF_FORMAT_RDFXML;
  const char *tail = xml ? "</rdf:RDF>\n" : "";
  raptor_serializer *ser = open_serializer(w, xml ? "rdfxml" : "turtle", 1);
  if (!ser) return GEORDF_ERR_RDF;
  raptor_serializer_serialize_end(ser);
  raptor_free_serializer(ser);
  size_t tl = strlen(tail);
  if (w->buf.oom) return GEORDF_ERR_NOMEM;
  if (w->buf.n < tl || memcmp(w->buf.p + w->buf.n - tl, tail, tl))
    return GEORDF_ERR_RDF;
  w->head_len = w->buf.n - tl;
  if (!(w->head = malloc(w->head_len + 1))) return GEORDF_ERR_NOMEM;
  memcpy(w->head, w->buf.p, w->head_len);
  w->head[w->head_len] = '\0';
  w->buf.n = 0;
  return GEORDF_OK;
}

static geordf_status writer_terms(geordf_writer *w, geordf_writer **out);

/* Turns on writing statements term by term (direct_statement()) for the
 * N-Triples or N-Quads serializer NAME when, on a statement with every
 * kind of escape written twice (the second time from the memo) and on
 * statements of every plain byte (direct_plain()), typed and not, it writes
 * what the serializer writes; else, or when memory runs out, W goes on
 * with the serializer.  Nothing stays in W's buffer. */
static void direct_probe(geordf_writer *w, const char *name) {
  static const char lit[] = "\t\n\r\"\\ \x01\x7f caf\xc3\xa9 \xf0\x9f\x98\x80 <a>";
  static const char iri[] = "https://example.org/d\xc3\xa9j\xc3\xa0/\xf0\x9f\x98\x80#x";
  char plain_lit[128], plain_iri[128] = "urn:";
  size_t nl = 0, ni = 4;
  for (int c = 0; c < 256; c++) {
    if (plain_byte[c] & PLAIN_LIT) plain_lit[nl++] = (char)c;
    if (plain_byte[c] & PLAIN_IRI) plain_iri[ni++] = (char)c;
  }
  raptor_statement st[4];
  for (int k = 0; k < 4; k++) raptor_statement_init(&st[k], w->world);
  st[0].subject = raptor_new_term_from_counted_uri_string(w->world, (const unsigned char *)iri, sizeof iri - 1);
  st[0].predicate = w->pred[P_LABEL];
  st[0].object = raptor_new_term_from_counted_literal(w->world, (const unsigned char *)lit, sizeof lit - 1,
                                                      w->dt[DT_DECIMAL], NULL, 0);
  st[0].graph = st[0].subject;
  st[1].subject = raptor_new_term_from_counted_uri_string(w->world, (const unsigned char *)plain_iri, ni);
  st[1].predicate = w->pred[P_LABEL];
  st[1].object = raptor_new_term_from_counted_literal(w->world, (const unsigned char *)plain_lit, nl,
                                                      w->dt[DT_DECIMAL], NULL, 0);
  st[1].graph = st[1].subject;
  st[2] = st[1];
  st[2].object = raptor_new_term_from_counted_literal(w->world, (const unsigned char *)plain_lit, nl, NULL, NULL, 0);
  st[3] = st[0];
  raptor_serializer *ser = open_serializer(w, name, 0);
  size_t at = w->buf.n;
  w->hold = 1;
  int ok = ser && st[0].subject && st[0].object && st[1].subject && st[1].object && st[2].object;
  for (int k = 0; ok && k < 4; k++) ok = !raptor_serializer_serialize_statement(ser, &st[k]);
  if (ok && !raptor_serializer_serialize_end(ser) && (w->memo = calloc(MEMO_SLOTS, sizeof *w->memo))) {
    size_t mid = w->buf.n;
    for (int k = 0; ok && k < 4; k++) ok = !direct_statement(w, &st[k]);
    if (!ok || w->buf.oom || w->raptor_error ||
        w->buf.n - mid != mid - at || memcmp(w->buf.p + at, w->buf.p + mid, mid - at)) {
      free(w->memo);
      w->memo = NULL;
    }
  }
  if (ser) raptor_free_serializer(ser);
  w->hold = 0;
  w->buf.n = at;
  w->buf.oom = 0;
  w->raptor_error = 0;
  term_free(st[0].subject);
  term_free(st[0].object);
  term_free(st[1].subject);
  term_free(st[1].object);
  term_free(st[2].object);
}

static geordf_status writer_new(geordf_writer **out, FILE *fh,
                                geordf_format format, const char *base,
                                raptor_world *world, gd_statement_fn sink, void *payload) {
  if (!out) return GEORDF_ERR_ARG;
  *out = NULL;
  if (!base) base = GEORDF_DEFAULT_BASE;
  /* documents get "#char=" and "#event-" fragments, so no '#' in the base */
  if (!iri_is_safe(base) || strchr(base, '#')) return GEORDF_ERR_ARG;
  geordf_writer *w = calloc(1, sizeof *w);
  if (!w) return GEORDF_ERR_NOMEM;
  w->fh = fh;
  w->format = format;
  w->base = strdup(base);
  if (!w->base) { geordf_writer_free(w); return GEORDF_ERR_NOMEM; }
  if (sink) {
    /* the caller's world, already open, with its own settings */
    w->sink = sink;
    w->sink_payload = payload;
    w->world = world;
    return writer_terms(w, out);
  }
  w->world = raptor_new_world();
  w->own_world = 1;
  if (!w->world) { geordf_writer_free(w); return GEORDF_ERR_NOMEM; }
  raptor_world_set_log_handler(w->world, w, log_handler);
  /* The writer fetches nothing: no WWW library (curl and its TLS) set-up. */
  raptor_world_set_flag(w->world, RAPTOR_WORLD_FLAG_WWW_SKIP_INIT_FINISH, 1);
  /* Terms that repeat are cached here, and raptor compares URIs by their
   * strings, so its table of every URI in use would only cost a tree
   * search, insertion and deletion per document IRI. */
  raptor_world_set_flag(w->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
  if (!fh) {
    /* A buffer writer parses no XML: keep raptor from pointing libxml2's
     * process-wide error handlers at this world and restoring them when it
     * is freed, which several worlds freed in turn leave half undone. */
    raptor_world_set_flag(w->world, RAPTOR_WORLD_FLAG_LIBXML_GENERIC_ERROR_SAVE, 0);
    raptor_world_set_flag(w->world, RAPTOR_WORLD_FLAG_LIBXML_STRUCTURED_ERROR_SAVE, 0);
  }
  if (raptor_world_open(w->world)) { geordf_writer_free(w); return GEORDF_ERR_RDF; }
  if (!(w->mem = raptor_new_iostream_from_handler(w->world, w, &mem_handler))) {
    geordf_writer_free(w);
    return GEORDF_ERR_NOMEM;
  }
  geordf_status st = writer_terms(w, NULL);
  if (st != GEORDF_OK) return st;
  /* N-Triples and N-Quads stream; RDF/XML must be one document.  Turtle's
   * serializer keeps every statement until it ends, so it is per document. */
  static const char *const run_name[] = {NULL, "ntriples", "nquads", "rdfxml"};
  if ((!fh && format == GEORDF_FORMAT_RDFXML) || format == GEORDF_FORMAT_TURTLE) {
    st = probe_head(w);
    if (st != GEORDF_OK) { geordf_writer_free(w); return st; }
  }
  if (format == GEORDF_FORMAT_NTRIPLES || format == GEORDF_FORMAT_NQUADS) direct_probe(w, run_name[format]);
  if (format != GEORDF_FORMAT_TURTLE) {
    w->run_ser = open_serializer(w, run_name[format], format == GEORDF_FORMAT_RDFXML);
    if (!w->run_ser) { geordf_writer_free(w); return GEORDF_ERR_RDF; }
  }
  *out = w;
  return GEORDF_OK;
}

/* Makes W's namespace, datatype and predicate terms in its world; frees W
 * on failure.  Hands W to *OUT (when not NULL) on success. */
static geordf_status writer_terms(geordf_writer *w, geordf_writer **out) {
  for (size_t i = 0; i < N_PREFIXES; i++)
    if (!(w->ns[i] = raptor_new_uri(w->world, (const unsigned char *)prefixes[i].uri))) {
      geordf_writer_free(w);
      return GEORDF_ERR_NOMEM;
    }
  for (size_t i = 0; i < DT_COUNT; i++)
    if (!(w->dt[i] = raptor_new_uri(w->world, (const unsigned char *)dt_iri[i]))) {
      geordf_writer_free(w);
      return GEORDF_ERR_NOMEM;
    }
  for (size_t i = 0; i < P_COUNT; i++)
    if (!(w->pred[i] = raptor_new_term_from_uri_string(
              w->world, (const unsigned char *)pred_iri[i]))) {
      geordf_writer_free(w);
      return GEORDF_ERR_NOMEM;
    }
  if (out) *out = w;
  return GEORDF_OK;
}

/* A writer that hands everything to the picture writer of src/dot.c; BASE
 * is checked as for RDF, though no document IRI is drawn. */
static geordf_status dot_writer_new(geordf_writer **out, FILE *fh, const char *base) {
  if (!out) return GEORDF_ERR_ARG;
  if (base && (!iri_is_safe(base) || strchr(base, '#'))) return GEORDF_ERR_ARG;
  geordf_writer *w = calloc(1, sizeof *w);
  if (!w) return GEORDF_ERR_NOMEM;
  w->fh = fh;
  w->format = GEORDF_FORMAT_DOT;
  geordf_status st = gd_dot_new(&w->dot, fh);
  if (st != GEORDF_OK) { geordf_writer_free(w); return st; }
  *out = w;
  return GEORDF_OK;
}

geordf_status geordf_writer_new(geordf_writer **out, FILE *fh,
                                geordf_format format, const char *base) {
  if (out) *out = NULL;
  if (fh && format == GEORDF_FORMAT_DOT) return dot_writer_new(out, fh, base);
  if (!fh || (unsigned)format > GEORDF_FORMAT_RDFXML) return GEORDF_ERR_ARG;
  return writer_new(out, fh, format, base, NULL, NULL, NULL);
}

geordf_status gd_writer_new_buffer(geordf_writer **out, geordf_format format,
                                   const char *base) {
  if (out) *out = NULL;
  if (!gd_format_splits(format)) return GEORDF_ERR_ARG;
  return writer_new(out, NULL, format, base, NULL, NULL, NULL);
}

geordf_status gd_writer_new_sink(geordf_writer **out, raptor_world *world, const char *base,
                                 gd_statement_fn fn, void *payload) {
  if (out) *out = NULL;
  if (!world || !fn) return GEORDF_ERR_ARG;
  /* the statements are those of N-Quads: each in its document's graph */
  return writer_new(out, NULL, GEORDF_FORMAT_NQUADS, base, world, fn, payload);
}

int gd_writer_no_direct(geordf_writer *w) {
  int was = w->memo != NULL;
  free(w->memo);
  w->memo = NULL;
  return was;
}

const char *gd_writer_buffer(geordf_writer *w, size_t *len) {
  *len = w->buf.n;
  if (!w->buf.p || w->buf.n >= w->buf.cap) return w->buf.n ? w->buf.p : "";
  w->buf.p[w->buf.n] = '\0';
  return w->buf.p;
}

void gd_writer_buffer_clear(geordf_writer *w) {
  w->buf.n = 0;
}

size_t gd_writer_buffer_swap(geordf_writer *w, char **s, size_t *cap) {
  size_t n = w->buf.n;
  char *ts = w->buf.p;
  size_t tcap = w->buf.cap;
  w->buf.p = *s;
  w->buf.cap = w->buf.p ? *cap : 0;
  w->buf.n = 0;
  *s = ts;
  *cap = tcap;
  return n;
}

void gd_writer_frame(const geordf_writer *w, const char **head, size_t *head_len,
                     const char **tail, size_t *tail_len) {
  int xml = w->format == GEORDF_FORMAT_RDFXML && w->head;
  *head = w->head ? w->head : "";
  *head_len = w->head ? w->head_len : 0;
  *tail = xml ? "</rdf:RDF>\n" : "";
  *tail_len = xml ? 11 : 0;
}

/* Checks that the output from byte START of the buffer begins with the
 * head, and removes it there if CUT; -1 if the head is not there. */
static int cut_head(geordf_writer *w, size_t start, int cut) {
  if (w->buf.n - start < w->head_len || memcmp(w->buf.p + start, w->head, w->head_len)) return -1;
  if (cut) {
    memmove(w->buf.p + start, w->buf.p + start + w->head_len, w->buf.n - start - w->head_len);
    w->buf.n -= w->head_len;
  }
  return 0;
}

geordf_status geordf_writer_write(geordf_writer *w, const geordf_document *doc,
                                  const geordf_events *evs) {
  if (!w || !doc || !doc->id || !doc->id[0] || (!doc->text && doc->text_len))
    return GEORDF_ERR_ARG;
  if (w->failed) return w->failed;
  if (w->finished) return GEORDF_ERR_ARG;
  if (w->dot) return w->failed = gd_dot_write(w->dot, doc, evs);
  geordf_document d = *doc;
  if (!d.text) d.text = "";

  /* between documents no cached term is in use */
  if (w->cache.n >= CACHE_MAX) cache_clear(&w->cache);
  doc_ctx c = {.w = w, .ser = w->run_ser};
  if (collect_spans(&d, evs, &c.spans, &c.sorted, &c.nspans)) return GEORDF_ERR_NOMEM;
  if (c.nspans > w->span_cap) {
    raptor_term **v = realloc(w->span_node, c.nspans * sizeof *v);
    if (!v) { free(c.spans); free(c.sorted); return GEORDF_ERR_NOMEM; }
    w->span_node = v;
    w->span_cap = c.nspans;
  }
  for (size_t i = 0; i < c.nspans; i++) w->span_node[i] = NULL;
  doc_iri(&w->doc, w->base, d.id);
  c.doc = w->doc.p;
  c.doc_len = w->doc.n;
  raptor_term *dnode = w->doc.oom ? NULL : iri_term_n(&c, c.doc, c.doc_len);
  if (!dnode) {
    w->doc.oom = 0;
    free(c.spans);
    free(c.sorted);
    return GEORDF_ERR_NOMEM;
  }
  if (w->format == GEORDF_FORMAT_NQUADS) c.graph = dnode;
  size_t start = w->buf.n; /* where this document's Turtle starts */
  if (w->format == GEORDF_FORMAT_TURTLE) {
    w->hold = 1;
    c.ser = open_serializer(w, "turtle", 1);
  }

  geordf_status st = GEORDF_OK;
  if (!c.ser && !w->sink) {
    st = GEORDF_ERR_RDF;
  } else {
    write_doc_node(&c, dnode, &d);
    for (size_t i = 0; i < c.nspans; i++) write_sentence(&c, dnode, &d, &c.spans[i]);
    for (size_t i = 0; i < geordf_events_count(evs); i++)
      write_event(&c, dnode, &d, geordf_events_get(evs, i), i + 1);
    for (size_t i = 0; i < c.nents; i++) write_entity(&c, c.ents[i]);
    if (w->format == GEORDF_FORMAT_TURTLE) {
      if (raptor_serializer_serialize_end(c.ser)) c.err = 1;
      raptor_free_serializer(c.ser);
      if (!c.err && !w->buf.oom && cut_head(w, start, !w->fh || w->head_cut)) c.err = 1;
      w->head_cut = 1;
    }
    if (c.err || w->raptor_error) st = GEORDF_ERR_RDF;
  }
  w->hold = 0;
  if (w->buf.oom) st = GEORDF_ERR_NOMEM;
  /* the document is in the FILE when this returns, as callers reading a
   * memory stream after each document expect */
  if (w->fh && (flush_buf(w) || ferror(w->fh))) st = GEORDF_ERR_IO;
  if (!w->fh) {
    /* raptor wrote the RDF/XML head before the first statement: the
     * caller writes it once for the whole output */
    if (w->format == GEORDF_FORMAT_RDFXML && w->head && !w->head_cut && w->buf.n) {
      w->head_cut = 1;
      if (cut_head(w, 0, 1) && st == GEORDF_OK) st = GEORDF_ERR_RDF;
    }
  }
  for (size_t i = 0; i < c.nspans; i++) term_free(w->span_node[i]);
  term_free(dnode);
  free((void *)c.ents);
  free(c.spans);
  free(c.sorted);
  w->failed = st;
  return st;
}

geordf_status geordf_writer_finish(geordf_writer *w) {
  if (!w) return GEORDF_ERR_ARG;
  if (w->finished) return w->failed;
  w->finished = 1;
  if (w->dot) {
    geordf_status st = gd_dot_finish(w->dot);
    if (!w->failed) w->failed = st;
  }
  if (w->run_ser) {
    if (raptor_serializer_serialize_end(w->run_ser) && !w->failed)
      w->failed = GEORDF_ERR_RDF;
    raptor_free_serializer(w->run_ser);
    w->run_ser = NULL;
  }
  /* Turtle with no document: the head alone, as threads write it */
  if (w->format == GEORDF_FORMAT_TURTLE && w->fh && !w->head_cut && w->head)
    gd_strbuf_add(&w->buf, w->head, w->head_len);
  if (w->buf.oom && !w->failed) w->failed = GEORDF_ERR_NOMEM;
  if (w->fh && (flush_buf(w) || fflush(w->fh) || ferror(w->fh)) && w->failed != GEORDF_ERR_IO)
    w->failed = GEORDF_ERR_IO;
  return w->failed;
}

void geordf_writer_free(geordf_writer *w) {
  if (!w) return;
  /* raptor's free functions complain about NULL, so test each.  Ending the
   * serializer frees its iostream, which raptor_free_serializer does not
   * (a run stopped by a closed pipe is freed without finish). */
  if (w->run_ser) {
    raptor_serializer_serialize_end(w->run_ser);
    raptor_free_serializer(w->run_ser);
  }
  if (w->mem) raptor_free_iostream(w->mem);
  free(w->memo);
  gd_dot_free(w->dot);
  cache_free(&w->cache);
  if (w->ent_graph) term_free(w->ent_graph);
  for (size_t i = 0; i < w->ent_n; i++) free(w->ent_seen[i]);
  free(w->ent_seen);
  gd_hindex_free(&w->ent_ix);
  free(w->span_node);
  free(w->doc.p);
  free(w->tmp.p);
  free(w->buf.p);
  free(w->head);
  for (size_t i = 0; i < P_COUNT; i++)
    if (w->pred[i]) term_free(w->pred[i]);
  for (size_t i = 0; i < DT_COUNT; i++)
    if (w->dt[i]) raptor_free_uri(w->dt[i]);
  for (size_t i = 0; i < N_PREFIXES; i++)
    if (w->ns[i]) raptor_free_uri(w->ns[i]);
  if (w->world && w->own_world) raptor_free_world(w->world);
  free(w->base);
  free(w);
}
