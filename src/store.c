/* SPDX-License-Identifier: MIT
 * geordf: the embedded triple store (Redland's SQLite storage, one named graph
 * per document), batch loads in one transaction, and SPARQL through rasqal. */
#include "config.h"
#include "store.h"

#include <redland.h>
#include <jansson.h>
#include <utf8proc.h>
#ifdef HAVE_SQLITE3
#include <sqlite3.h>
#endif

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- a set of byte strings ------------------------------------------------ */

/* Open addressing over 64-bit FNV-1a hashes; keys are copied. */
typedef struct {
  uint64_t hash;
  char *key;
  size_t len;
} strset_slot;

typedef struct {
  strset_slot *slots;
  size_t cap, n;
} strset;

static uint64_t fnv1a(const void *data, size_t len) {
  const unsigned char *p = data;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; i++) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

static void strset_clear(strset *set) {
  for (size_t i = 0; i < set->cap; i++)
    free(set->slots[i].key);
  free(set->slots);
  set->slots = NULL;
  set->cap = set->n = 0;
}

static strset_slot *strset_find(strset_slot *slots, size_t cap, uint64_t h,
                                const void *key, size_t len) {
  size_t i = (size_t)h & (cap - 1);
  for (;; i = (i + 1) & (cap - 1)) {
    strset_slot *sl = &slots[i];
    if (!sl->key || (sl->hash == h && sl->len == len && !memcmp(sl->key, key, len)))
      return sl;
  }
}

/* Adds KEY: 1 if it was new, 0 if already there, -1 when out of memory. */
static int strset_add(strset *set, const void *key, size_t len) {
  if ((set->n + 1) * 2 > set->cap) {
    size_t cap = set->cap ? set->cap * 2 : 64;
    strset_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) return -1;
    for (size_t i = 0; i < set->cap; i++)
      if (set->slots[i].key)
        *strset_find(slots, cap, set->slots[i].hash, set->slots[i].key,
                     set->slots[i].len) = set->slots[i];
    free(set->slots);
    set->slots = slots;
    set->cap = cap;
  }
  uint64_t h = fnv1a(key, len);
  strset_slot *sl = strset_find(set->slots, set->cap, h, key, len);
  if (sl->key) return 0;
  if (!(sl->key = malloc(len + 1))) return -1;
  memcpy(sl->key, key, len);
  sl->key[len] = '\0';
  sl->len = len;
  sl->hash = h;
  set->n++;
  return 1;
}

/* ---- the store ------------------------------------------------------------ */

struct gd_store {
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  int is_new, in_tx, memory;
  strset cleared;        /* graphs emptied in this batch */
  strset seen;           /* statements of the graph being added */
  strset entities;       /* entity statements added in this batch */
  char *cur_graph;       /* the graph SEEN belongs to */
  const char *cur_file;  /* the file being parsed, for messages */
  int failed;            /* librdf logged an error */
  char err[1024];
};

static void set_err(gd_store *s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void set_err(gd_store *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(s->err, sizeof s->err, fmt, ap);
  va_end(ap);
}

/* Keeps the first error librdf (or raptor, rasqal, SQLite below it) reports,
 * with its position, so that callers can say what went wrong and where. */
static int on_log(void *user_data, librdf_log_message *msg) {
  gd_store *s = user_data;
  if (librdf_log_message_level(msg) < LIBRDF_LOG_ERROR)
    return 1; /* warnings (e.g. a bad language tag) are not worth a stop */
  if (s->failed) return 1;
  s->failed = 1;
  const char *text = librdf_log_message_message(msg);
  raptor_locator *loc = librdf_log_message_locator(msg);
  int line = loc ? raptor_locator_line(loc) : -1;
  int col = loc ? raptor_locator_column(loc) : -1;
  const char *file = s->cur_file ? s->cur_file : "";
  if (line > 0 && col > 0)
    set_err(s, "%s%sline %d, column %d: %s", file, *file ? ": " : "", line, col,
            text ? text : "error");
  else if (line > 0)
    set_err(s, "%s%sline %d: %s", file, *file ? ": " : "", line, text ? text : "error");
  else
    set_err(s, "%s%s%s", file, *file ? ": " : "", text ? text : "error");
  return 1;
}

const char *gd_store_error(const gd_store *s) { return s ? s->err : ""; }

int gd_store_is_new(const gd_store *s) { return s && s->is_new; }

#ifdef HAVE_SQLITE3
/* The stock schema indexes only (subject, predicate) and URIs.  Without an
 * index on literals and blanks every new node is a table scan, so loads get
 * quadratic; (predicate, object) serves joins on an object; contextUri makes
 * replacing a graph cheap.  IF NOT EXISTS: stores made elsewhere gain them. */
static int add_indexes(gd_store *s, const char *path) {
  static const char sql[] =
      "CREATE INDEX IF NOT EXISTS geordf_literals ON literals (text, language, datatype);"
      "CREATE INDEX IF NOT EXISTS geordf_blanks ON blanks (blank);"
      "CREATE INDEX IF NOT EXISTS geordf_po ON triples "
      "(predicateUri, objectUri, objectLiteral, objectBlank);"
      "CREATE INDEX IF NOT EXISTS geordf_context ON triples (contextUri);";
  sqlite3 *db = NULL;
  char *msg = NULL;
  int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_busy_timeout(db, 5000);
    rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
  }
  if (rc != SQLITE_OK)
    set_err(s, "%s: cannot add indexes: %s", path,
            msg ? msg : db ? sqlite3_errmsg(db) : "cannot open");
  sqlite3_free(msg);
  sqlite3_close(db);
  return rc == SQLITE_OK ? 0 : -1;
}
#endif

geordf_status gd_store_open(gd_store **out, const char *path, int create,
                            char *err, size_t errlen) {
  *out = NULL;
  gd_store *s = calloc(1, sizeof *s);
  if (!s) return GEORDF_ERR_NOMEM;
  geordf_status st = GEORDF_ERR_RDF;
  struct stat sb;
  if (path && stat(path, &sb) != 0) {
    if (!create) {
      set_err(s, "no store at %s (create one with geordf load)", path);
      st = GEORDF_ERR_IO;
      goto fail;
    }
    s->is_new = 1;
  }
  if (!(s->world = librdf_new_world())) {
    st = GEORDF_ERR_NOMEM;
    goto fail;
  }
  librdf_world_set_logger(s->world, s, on_log);
  librdf_world_open(s->world);
  if (path) {
    /* "new" makes librdf delete an existing file, so only for a new one */
    s->storage = librdf_new_storage(s->world, "sqlite", path,
                                    s->is_new ? "new='yes',contexts='yes'"
                                              : "contexts='yes'");
  } else {
    s->memory = 1;
    s->storage = librdf_new_storage(s->world, "hashes", "geordf",
                                    "hash-type='memory',contexts='yes'");
  }
  if (s->storage)
    s->model = librdf_new_model(s->world, s->storage, NULL);
  if (!s->model) {
    if (!s->err[0])
      set_err(s, "cannot open the store %s", path ? path : "(memory)");
    st = GEORDF_ERR_IO;
    goto fail;
  }
#ifdef HAVE_SQLITE3
  if (path && create && add_indexes(s, path)) {
    st = GEORDF_ERR_IO;
    goto fail;
  }
#endif
  *out = s;
  return GEORDF_OK;
fail:
  if (err && errlen) snprintf(err, errlen, "%s", s->err);
  gd_store_free(s);
  return st;
}

void gd_store_free(gd_store *s) {
  if (!s) return;
  if (s->in_tx) gd_store_rollback(s);
  if (s->model) librdf_free_model(s->model);
  if (s->storage) librdf_free_storage(s->storage);
  if (s->world) librdf_free_world(s->world);
  strset_clear(&s->cleared);
  strset_clear(&s->seen);
  strset_clear(&s->entities);
  free(s->cur_graph);
  free(s);
}

/* ---- batches ---------------------------------------------------------------- */

geordf_status gd_store_begin(gd_store *s) {
  strset_clear(&s->cleared);
  strset_clear(&s->seen);
  strset_clear(&s->entities);
  free(s->cur_graph);
  s->cur_graph = NULL;
  s->failed = 0;
  /* the in-memory storage has no transactions: it has nothing to protect */
  if (s->memory) return GEORDF_OK;
  if (librdf_model_transaction_start(s->model)) {
    if (!s->err[0]) set_err(s, "cannot start a transaction (is the store in use?)");
    return GEORDF_ERR_IO;
  }
  s->in_tx = 1;
  return GEORDF_OK;
}

geordf_status gd_store_commit(gd_store *s) {
  strset_clear(&s->cleared);
  strset_clear(&s->seen);
  if (!s->in_tx) return GEORDF_OK;
  s->in_tx = 0;
  if (librdf_model_transaction_commit(s->model)) {
    if (!s->err[0]) set_err(s, "cannot commit the changes");
    return GEORDF_ERR_IO;
  }
  return GEORDF_OK;
}

void gd_store_rollback(gd_store *s) {
  strset_clear(&s->cleared);
  strset_clear(&s->seen);
  if (!s->in_tx) return;
  s->in_tx = 0;
  librdf_model_transaction_rollback(s->model);
}

/* ---- adding statements ------------------------------------------------------ */

/* Blank node labels are only unique within one parse, so they get the graph
 * in front: two files' _:b1 stay apart, and a reload of a graph makes the
 * same labels again. */
static librdf_node *scoped_blank(gd_store *s, librdf_node *n, uint64_t gh) {
  const unsigned char *id = librdf_node_get_blank_identifier(n);
  size_t len = strlen((const char *)id) + 24;
  char *buf = malloc(len);
  if (!buf) return NULL;
  snprintf(buf, len, "g%016llx_%s", (unsigned long long)gh, (const char *)id);
  librdf_node *r = librdf_new_node_from_blank_identifier(s->world, (unsigned char *)buf);
  free(buf);
  return r;
}

/* Records ST in SET: 1 if it was new, 0 if already there, -1 when out of
 * memory. */
static int remember_statement(gd_store *s, strset *set, librdf_statement *st) {
  size_t need = librdf_statement_encode2(s->world, st, NULL, 0);
  unsigned char stack[1024], *buf = need <= sizeof stack ? stack : malloc(need);
  if (!need || !buf) return -1;
  librdf_statement_encode2(s->world, st, buf, need);
  int fresh = strset_add(set, buf, need);
  if (buf != stack) free(buf);
  return fresh;
}

/* Statements about lexicon entities (id:RUS rdfs:label "Russia") are the
 * same in every document: they go once into one shared graph, GEORDF_ID_NS,
 * so that queries joining on labels do not meet one copy per document. */
static geordf_status add_entity_statement(gd_store *s, librdf_statement *st) {
  int fresh = remember_statement(s, &s->entities, st);
  if (fresh < 0) return GEORDF_ERR_NOMEM;
  if (!fresh || librdf_model_contains_statement(s->model, st) > 0) return GEORDF_OK;
  librdf_node *ctx = librdf_new_node_from_uri_string(s->world, (const unsigned char *)GEORDF_ID_NS);
  if (!ctx) return GEORDF_ERR_NOMEM;
  int rc = librdf_model_context_add_statement(s->model, ctx, st);
  librdf_free_node(ctx);
  if (rc) {
    if (!s->err[0]) set_err(s, "cannot add a statement to <%s>", GEORDF_ID_NS);
    return GEORDF_ERR_RDF;
  }
  return GEORDF_OK;
}

/* Adds ST to the graph CTX: empties the graph the first time the batch
 * meets it, and skips statements already added to it (the SQLite storage
 * does not check context adds for duplicates). */
static geordf_status add_statement(gd_store *s, librdf_node *ctx, librdf_statement *st) {
  librdf_node *sn = librdf_statement_get_subject(st);
  if (librdf_node_is_resource(sn)) {
    const char *su = (const char *)librdf_uri_as_string(librdf_node_get_uri(sn));
    if (!strncmp(su, GEORDF_ID_NS, strlen(GEORDF_ID_NS))) return add_entity_statement(s, st);
  }
  size_t glen;
  const unsigned char *g = librdf_uri_as_counted_string(librdf_node_get_uri(ctx), &glen);
  if (!s->cur_graph || strcmp(s->cur_graph, (const char *)g)) {
    strset_clear(&s->seen);
    free(s->cur_graph);
    if (!(s->cur_graph = strdup((const char *)g))) return GEORDF_ERR_NOMEM;
    int fresh = strset_add(&s->cleared, g, glen);
    if (fresh < 0) return GEORDF_ERR_NOMEM;
    if (fresh && librdf_model_context_remove_statements(s->model, ctx)) {
      if (!s->err[0]) set_err(s, "cannot empty the graph <%s>", (const char *)g);
      return GEORDF_ERR_RDF;
    }
  }
  uint64_t gh = fnv1a(g, glen);
  librdf_node *subj = librdf_statement_get_subject(st);
  librdf_node *obj = librdf_statement_get_object(st);
  if (librdf_node_is_blank(subj)) {
    librdf_node *n = scoped_blank(s, subj, gh);
    if (!n) return GEORDF_ERR_NOMEM;
    librdf_free_node(subj); /* set_subject does not free the old node */
    librdf_statement_set_subject(st, n);
  }
  if (librdf_node_is_blank(obj)) {
    librdf_node *n = scoped_blank(s, obj, gh);
    if (!n) return GEORDF_ERR_NOMEM;
    librdf_free_node(obj);
    librdf_statement_set_object(st, n);
  }
  int fresh = remember_statement(s, &s->seen, st);
  if (fresh < 0) return GEORDF_ERR_NOMEM;
  if (!fresh) return GEORDF_OK;
  if (librdf_model_context_add_statement(s->model, ctx, st)) {
    if (!s->err[0]) set_err(s, "cannot add a statement to <%s>", (const char *)g);
    return GEORDF_ERR_RDF;
  }
  return GEORDF_OK;
}

/* One parse: statements go from raptor's handler straight to the store. */
typedef struct {
  gd_store *s;
  raptor_parser *rp;
  librdf_node *defgraph;
  size_t n;
  geordf_status st;
} parse_ctx;

/* raptor is used directly because librdf's parser streams drop the graph
 * of N-Quads; librdf statements are raptor statements, so no conversion. */
static void on_statement(void *user, raptor_statement *rs) {
  parse_ctx *pc = user;
  if (pc->st != GEORDF_OK) return;
  librdf_node *ctx = rs->graph && librdf_node_is_resource(rs->graph) ? rs->graph
                                                                     : pc->defgraph;
  librdf_statement *copy = librdf_new_statement_from_nodes(
      pc->s->world, librdf_new_node_from_node(rs->subject),
      librdf_new_node_from_node(rs->predicate), librdf_new_node_from_node(rs->object));
  pc->st = copy ? add_statement(pc->s, ctx, copy) : GEORDF_ERR_NOMEM;
  if (copy) librdf_free_statement(copy);
  if (pc->st == GEORDF_OK) pc->n++;
  else raptor_parser_parse_abort(pc->rp);
}

static raptor_parser *start_parse(gd_store *s, parse_ctx *pc, const char *syntax,
                                  librdf_uri *base) {
  memset(pc, 0, sizeof *pc);
  pc->s = s;
  s->failed = 0;
  pc->rp = raptor_new_parser(librdf_world_get_raptor(s->world), syntax);
  pc->defgraph = base ? librdf_new_node_from_uri(s->world, base) : NULL;
  if (!pc->rp || !pc->defgraph) {
    pc->st = GEORDF_ERR_NOMEM;
    return NULL;
  }
  raptor_parser_set_statement_handler(pc->rp, pc, on_statement);
  return pc->rp;
}

static geordf_status end_parse(gd_store *s, parse_ctx *pc, int rc, size_t *ntriples) {
  geordf_status st = pc->st;
  if (st == GEORDF_OK && (rc || s->failed)) st = GEORDF_ERR_SYNTAX;
  if (pc->rp) raptor_free_parser(pc->rp);
  if (pc->defgraph) librdf_free_node(pc->defgraph);
  if (ntriples) *ntriples = pc->n;
  return st;
}

geordf_status gd_store_put(gd_store *s, const char *graph, const char *syntax,
                           const char *data, size_t len, size_t *ntriples) {
  librdf_uri *base = librdf_new_uri(s->world, (const unsigned char *)graph);
  parse_ctx pc;
  int rc = 0;
  raptor_parser *rp = start_parse(s, &pc, syntax, base);
  if (rp) {
    rc = raptor_parser_parse_start(rp, base);
    if (!rc) rc = raptor_parser_parse_chunk(rp, (const unsigned char *)data, len, 1);
  }
  geordf_status st = end_parse(s, &pc, rc, ntriples);
  if (base) librdf_free_uri(base);
  if (st != GEORDF_OK && !s->err[0]) set_err(s, "cannot read RDF for <%s>", graph);
  return st;
}

static int has_suffix(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && !strcmp(s + n - m, suffix);
}

geordf_status gd_store_put_file(gd_store *s, const char *path, size_t *ntriples) {
  if (ntriples) *ntriples = 0;
  const char *syntax = has_suffix(path, ".nq") ? "nquads"
                       : has_suffix(path, ".nt") ? "ntriples"
                       : has_suffix(path, ".ttl") ? "turtle" : NULL;
  if (!syntax) {
    set_err(s, "%s: not an RDF file name (.ttl, .nt, .nq)", path);
    return GEORDF_ERR_ARG;
  }
  FILE *fh = fopen(path, "rb");
  if (!fh) {
    set_err(s, "%s: cannot open: %s", path, strerror(errno));
    return GEORDF_ERR_IO;
  }
  s->cur_file = path;
  librdf_uri *base = librdf_new_uri_from_filename(s->world, path);
  parse_ctx pc;
  int rc = 0;
  raptor_parser *rp = start_parse(s, &pc, syntax, base);
  /* parsed while read: a large dump does not have to fit in memory */
  if (rp) rc = raptor_parser_parse_file_stream(rp, fh, path, base);
  geordf_status st = end_parse(s, &pc, rc, ntriples);
  fclose(fh);
  if (base) librdf_free_uri(base);
  if (st != GEORDF_OK && !s->err[0]) set_err(s, "%s: cannot read it as %s", path, syntax);
  s->cur_file = NULL;
  return st;
}

int gd_store_has_graph(gd_store *s, const char *graph) {
  librdf_node *g = librdf_new_node_from_uri_string(s->world, (const unsigned char *)graph);
  if (!g) return 0;
  int r = librdf_model_contains_context(s->model, g) > 0;
  librdf_free_node(g);
  return r;
}

long gd_store_size(gd_store *s) { return librdf_model_size(s->model); }

void gd_strv_free(char **v) {
  if (!v) return;
  for (char **p = v; *p; p++) free(*p);
  free(v);
}

char **gd_store_graphs(gd_store *s) {
  size_t n = 0, cap = 16;
  char **v = calloc(cap, sizeof *v);
  librdf_iterator *it = v ? librdf_model_get_contexts(s->model) : NULL;
  if (!it) { free(v); return NULL; }
  for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
    librdf_node *n1 = librdf_iterator_get_object(it);
    if (!n1 || !librdf_node_is_resource(n1)) continue;
    if (n + 2 > cap) {
      char **w = realloc(v, 2 * cap * sizeof *v);
      if (!w) { v[n] = NULL; gd_strv_free(v); v = NULL; break; }
      v = w;
      cap *= 2;
    }
    if (!(v[n] = strdup((const char *)librdf_uri_as_string(librdf_node_get_uri(n1))))) {
      gd_strv_free(v);
      v = NULL;
      break;
    }
    v[++n] = NULL;
  }
  librdf_free_iterator(it);
  return v;
}

geordf_status gd_store_graph_ntriples(gd_store *s, const char *graph,
                                      char **out, size_t *len) {
  *out = NULL;
  *len = 0;
  geordf_status st = GEORDF_ERR_RDF;
  librdf_node *g = librdf_new_node_from_uri_string(s->world, (const unsigned char *)graph);
  librdf_serializer *ser = librdf_new_serializer(s->world, "ntriples", NULL, NULL);
  librdf_stream *stream = g && ser ? librdf_model_context_as_stream(s->model, g) : NULL;
  if (stream) {
    size_t n = 0;
    unsigned char *text =
        librdf_serializer_serialize_stream_to_counted_string(ser, NULL, stream, &n);
    if (text) {
      /* librdf's buffer must go back to librdf's allocator */
      if ((*out = malloc(n + 1))) {
        memcpy(*out, text, n);
        (*out)[n] = '\0';
        *len = n;
        st = GEORDF_OK;
      } else {
        st = GEORDF_ERR_NOMEM;
      }
      librdf_free_memory(text);
    } else if (n == 0) {
      if ((*out = calloc(1, 1))) st = GEORDF_OK;
    }
    librdf_free_stream(stream);
  }
  if (ser) librdf_free_serializer(ser);
  if (g) librdf_free_node(g);
  return st;
}

/* ---- queries ------------------------------------------------------------------ */

int gd_query_format_parse(const char *name) {
  static const char *const names[] = {"table", "csv", "tsv", "json"};
  for (int i = 0; i < 4; i++)
    if (!strcmp(name, names[i])) return i;
  return -1;
}

typedef struct {
  char *p;
  size_t n, cap;
  int oom;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n) {
  if (b->oom) return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + n + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) { b->oom = 1; return; }
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

static void sb_str(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }

static char *sb_take(sbuf *b) {
  if (b->oom) { free(b->p); return NULL; }
  if (!b->p) return strdup("");
  return b->p;
}

/* The N-Triples form of a node (TSV cells). */
static void ntriples_term(sbuf *b, librdf_node *n) {
  if (librdf_node_is_resource(n)) {
    sb_str(b, "<");
    sb_str(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
    sb_str(b, ">");
  } else if (librdf_node_is_blank(n)) {
    sb_str(b, "_:");
    sb_str(b, (const char *)librdf_node_get_blank_identifier(n));
  } else {
    size_t len = 0;
    const unsigned char *v = librdf_node_get_literal_value_as_counted_string(n, &len);
    sb_str(b, "\"");
    for (size_t i = 0; i < len; i++) {
      switch (v[i]) {
      case '"': sb_str(b, "\\\""); break;
      case '\\': sb_str(b, "\\\\"); break;
      case '\n': sb_str(b, "\\n"); break;
      case '\r': sb_str(b, "\\r"); break;
      case '\t': sb_str(b, "\\t"); break;
      default: sb_add(b, (const char *)v + i, 1);
      }
    }
    sb_str(b, "\"");
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    if (lang && *lang) {
      sb_str(b, "@");
      sb_str(b, lang);
    } else if (dt) {
      sb_str(b, "^^<");
      sb_str(b, (const char *)librdf_uri_as_string(dt));
      sb_str(b, ">");
    }
  }
}

static const struct {
  const char *prefix, *ns;
} table_prefixes[] = {
    {"geo:", GEORDF_NS},
    {"id:", GEORDF_ID_NS},
    {"doc:", GEORDF_DEFAULT_BASE},
    {"lex:", "https://w3id.org/geordf/lexicon#"},
    {"wd:", "http://www.wikidata.org/entity/"},
    {"rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs:", "http://www.w3.org/2000/01/rdf-schema#"},
    {"owl:", "http://www.w3.org/2002/07/owl#"},
    {"xsd:", "http://www.w3.org/2001/XMLSchema#"},
};

/* A cell: the plain value (CSV), or for the table an IRI shortened with the
 * usual prefixes when the rest is a plain local name. */
static void plain_term(sbuf *b, librdf_node *n, int shorten) {
  if (librdf_node_is_resource(n)) {
    const char *iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
    for (size_t i = 0; shorten && i < sizeof table_prefixes / sizeof *table_prefixes; i++) {
      size_t k = strlen(table_prefixes[i].ns);
      if (!strncmp(iri, table_prefixes[i].ns, k) && iri[k] &&
          strspn(iri + k, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                          "0123456789_-.") == strlen(iri + k)) {
        sb_str(b, table_prefixes[i].prefix);
        sb_str(b, iri + k);
        return;
      }
    }
    sb_str(b, iri);
  } else if (librdf_node_is_blank(n)) {
    sb_str(b, "_:");
    sb_str(b, (const char *)librdf_node_get_blank_identifier(n));
  } else {
    size_t len = 0;
    const unsigned char *v = librdf_node_get_literal_value_as_counted_string(n, &len);
    sb_add(b, (const char *)v, len);
  }
}

static void csv_cell(FILE *out, const char *v) {
  if (!strpbrk(v, ",\"\r\n")) {
    fputs(v, out);
    return;
  }
  fputc('"', out);
  for (; *v; v++) {
    if (*v == '"') fputc('"', out);
    fputc(*v, out);
  }
  fputc('"', out);
}

static json_t *json_term(librdf_node *n) {
  json_t *o = json_object();
  if (!o) return NULL;
  if (librdf_node_is_resource(n)) {
    json_object_set_new(o, "type", json_string("uri"));
    json_object_set_new(o, "value", json_string((const char *)librdf_uri_as_string(
                                        librdf_node_get_uri(n))));
  } else if (librdf_node_is_blank(n)) {
    json_object_set_new(o, "type", json_string("bnode"));
    json_object_set_new(o, "value", json_string((const char *)
                                        librdf_node_get_blank_identifier(n)));
  } else {
    size_t len = 0;
    const unsigned char *v = librdf_node_get_literal_value_as_counted_string(n, &len);
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    json_object_set_new(o, "type", json_string("literal"));
    json_object_set_new(o, "value", json_stringn((const char *)v, len));
    if (lang && *lang)
      json_object_set_new(o, "xml:lang", json_string(lang));
    else if (dt)
      json_object_set_new(o, "datatype",
                          json_string((const char *)librdf_uri_as_string(dt)));
  }
  return o;
}

/* Display width of UTF-8 text: wide characters take two columns. */
static size_t text_width(const char *s) {
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  size_t w = 0;
  while (*p) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
    if (n <= 0) { p++; w++; continue; }
    int cw = utf8proc_charwidth(cp);
    w += cw > 0 ? (size_t)cw : 0;
    p += n;
  }
  return w;
}

static void pad(FILE *out, size_t n) {
  while (n--) fputc(' ', out);
}

/* A binding name; rasqal leaves some unset when nothing matched. */
static const char *col_name(librdf_query_results *r, int c) {
  const char *n = librdf_query_results_get_binding_name(r, c);
  return n ? n : "";
}

/* Tables need every row before the first line; cells are kept as strings. */
static geordf_status write_table(librdf_query_results *r, FILE *out) {
  int ncols = librdf_query_results_get_bindings_count(r);
  size_t nc = (size_t)(ncols > 0 ? ncols : 0);
  size_t *width = calloc(nc + 1, sizeof *width);
  /* the names go away once the last row is read */
  char **names = calloc(nc + 1, sizeof *names);
  char **cells = NULL;
  size_t nrows = 0, cap = 0;
  geordf_status st = GEORDF_OK;
  if (!width || !names) {
    free(width);
    free(names);
    return GEORDF_ERR_NOMEM;
  }
  for (size_t c = 0; c < nc; c++) {
    if (!(names[c] = strdup(col_name(r, (int)c)))) st = GEORDF_ERR_NOMEM;
    else width[c] = text_width(names[c]);
  }
  for (; st == GEORDF_OK && !librdf_query_results_finished(r); librdf_query_results_next(r)) {
    if ((nrows + 1) * nc > cap) {
      size_t ncap = cap ? cap * 2 : nc * 64 + 1;
      char **p = realloc(cells, ncap * sizeof *p);
      if (!p) { st = GEORDF_ERR_NOMEM; break; }
      cells = p;
      cap = ncap;
    }
    for (size_t c = 0; c < nc; c++) {
      librdf_node *n = librdf_query_results_get_binding_value(r, (int)c);
      sbuf b = {0};
      if (n) {
        plain_term(&b, n, 1);
        librdf_free_node(n);
      }
      char *v = sb_take(&b);
      if (!v) st = GEORDF_ERR_NOMEM;
      /* a line break would break the table */
      for (char *q = v; q && *q; q++)
        if (*q == '\n' || *q == '\r' || *q == '\t') *q = ' ';
      cells[nrows * nc + c] = v;
      size_t w = v ? text_width(v) : 0;
      if (w > width[c]) width[c] = w;
    }
    nrows++;
  }
  for (size_t c = 0; c < nc; c++) {
    const char *name = names[c] ? names[c] : "";
    fputs(name, out);
    if (c + 1 < nc) {
      pad(out, width[c] - text_width(name));
      fputs(" | ", out);
    }
  }
  fputc('\n', out);
  for (size_t c = 0; c < nc; c++) {
    for (size_t i = 0; i < width[c]; i++) fputc('-', out);
    if (c + 1 < nc) fputs("-+-", out);
  }
  fputc('\n', out);
  for (size_t i = 0; i < nrows; i++) {
    for (size_t c = 0; c < nc; c++) {
      const char *v = cells[i * nc + c];
      fputs(v ? v : "", out);
      if (c + 1 < nc) {
        pad(out, width[c] - (v ? text_width(v) : 0));
        fputs(" | ", out);
      }
    }
    fputc('\n', out);
  }
  fprintf(out, "(%zu row%s)\n", nrows, nrows == 1 ? "" : "s");
  for (size_t i = 0; i < nrows * nc; i++) free(cells[i]);
  for (size_t c = 0; c < nc; c++) free(names[c]);
  free(names);
  free(cells);
  free(width);
  return st;
}

static geordf_status write_bindings(librdf_query_results *r, gd_query_format fmt,
                                    FILE *out) {
  if (fmt == GD_QF_TABLE) return write_table(r, out);
  int ncols = librdf_query_results_get_bindings_count(r);
  json_t *root = NULL, *rows = NULL;
  if (fmt == GD_QF_JSON) {
    json_t *vars = json_array();
    root = json_object();
    rows = json_array();
    json_t *head = json_object(), *results = json_object();
    if (!vars || !root || !rows || !head || !results) {
      json_decref(vars); json_decref(root); json_decref(rows);
      json_decref(head); json_decref(results);
      return GEORDF_ERR_NOMEM;
    }
    for (int c = 0; c < ncols; c++)
      json_array_append_new(vars, json_string(col_name(r, c)));
    json_object_set_new(head, "vars", vars);
    json_object_set_new(root, "head", head);
    json_object_set_new(results, "bindings", rows);
    json_object_set_new(root, "results", results);
  } else {
    for (int c = 0; c < ncols; c++) {
      if (c) fputc(fmt == GD_QF_CSV ? ',' : '\t', out);
      if (fmt == GD_QF_TSV) fputc('?', out);
      fputs(col_name(r, c), out);
    }
    fputs(fmt == GD_QF_CSV ? "\r\n" : "\n", out);
  }
  geordf_status st = GEORDF_OK;
  for (; !librdf_query_results_finished(r); librdf_query_results_next(r)) {
    json_t *row = fmt == GD_QF_JSON ? json_object() : NULL;
    for (int c = 0; c < ncols; c++) {
      librdf_node *n = librdf_query_results_get_binding_value(r, c);
      if (fmt == GD_QF_JSON) {
        if (n && row)
          json_object_set_new(row, col_name(r, c),
                              json_term(n));
      } else {
        if (c) fputc(fmt == GD_QF_CSV ? ',' : '\t', out);
        if (n) {
          sbuf b = {0};
          if (fmt == GD_QF_CSV) plain_term(&b, n, 0);
          else ntriples_term(&b, n);
          char *v = sb_take(&b);
          if (!v) st = GEORDF_ERR_NOMEM;
          else if (fmt == GD_QF_CSV) csv_cell(out, v);
          else fputs(v, out);
          free(v);
        }
      }
      if (n) librdf_free_node(n);
    }
    if (fmt == GD_QF_JSON) {
      if (!row) st = GEORDF_ERR_NOMEM;
      else json_array_append_new(rows, row);
    } else {
      fputs(fmt == GD_QF_CSV ? "\r\n" : "\n", out);
    }
  }
  if (root) {
    if (json_dumpf(root, out, JSON_INDENT(2)) == 0) fputc('\n', out);
    else st = GEORDF_ERR_IO;
    json_decref(root);
  }
  return st;
}

/* rasqal evaluates a query as nested lookups, and every lookup in the SQLite
 * storage is an SQL statement prepared afresh: joins over a store of tens of
 * thousands of statements took minutes.  The store is therefore read once
 * into Redland's in-memory hashes storage (indexed both ways, with graphs)
 * and the query runs there; the copy costs about a second per 100,000
 * statements.  The SQLite file stays the persistent, transactional copy. */
static librdf_model *memory_copy(gd_store *s, librdf_storage **out_storage) {
  *out_storage = NULL;
  librdf_storage *ms = librdf_new_storage(s->world, "hashes", "geordf-query",
                                          "hash-type='memory',contexts='yes',index-predicates='yes'");
  librdf_model *mm = ms ? librdf_new_model(s->world, ms, NULL) : NULL;
  if (!mm) {
    if (ms) librdf_free_storage(ms);
    return NULL;
  }
  int ok = 1;
  librdf_iterator *it = librdf_model_get_contexts(s->model);
  while (ok && it && !librdf_iterator_end(it)) {
    librdf_node *g = librdf_iterator_get_object(it);
    librdf_stream *st = g ? librdf_model_context_as_stream(s->model, g) : NULL;
    if (!st || librdf_model_context_add_statements(mm, g, st)) ok = 0;
    if (st) librdf_free_stream(st);
    librdf_iterator_next(it);
  }
  if (it) librdf_free_iterator(it);
  if (!ok) {
    librdf_free_model(mm);
    librdf_free_storage(ms);
    return NULL;
  }
  *out_storage = ms;
  return mm;
}

geordf_status gd_store_query(gd_store *s, const char *sparql, gd_query_format fmt,
                             FILE *out) {
  s->failed = 0;
  s->err[0] = '\0';
  librdf_query *q = librdf_new_query(s->world, "sparql", NULL,
                                     (const unsigned char *)sparql, NULL);
  if (!q) {
    if (!s->err[0]) set_err(s, "the query could not be parsed");
    return GEORDF_ERR_SYNTAX;
  }
  geordf_status st = GEORDF_OK;
  librdf_storage *mstorage = NULL;
  librdf_model *mmodel = s->memory ? NULL : memory_copy(s, &mstorage);
  librdf_query_results *r = librdf_model_query_execute(mmodel ? mmodel : s->model, q);
  if (!r) {
    if (!s->err[0]) set_err(s, "the query failed");
    st = s->failed ? GEORDF_ERR_SYNTAX : GEORDF_ERR_RDF;
  } else if (librdf_query_results_is_bindings(r)) {
    st = write_bindings(r, fmt, out);
  } else if (librdf_query_results_is_boolean(r)) {
    int b = librdf_query_results_get_boolean(r) > 0;
    if (fmt == GD_QF_JSON)
      fprintf(out, "{\n  \"head\": {},\n  \"boolean\": %s\n}\n", b ? "true" : "false");
    else
      fprintf(out, "%s\n", b ? "true" : "false");
  } else if (librdf_query_results_is_graph(r)) {
    /* CONSTRUCT and DESCRIBE: the graph as N-Triples */
    librdf_stream *stream = librdf_query_results_as_stream(r);
    librdf_serializer *ser = librdf_new_serializer(s->world, "ntriples", NULL, NULL);
    if (stream && ser) {
      if (librdf_serializer_serialize_stream_to_file_handle(ser, out, NULL, stream))
        st = GEORDF_ERR_RDF;
    } else if (ser) {
      /* no stream: an empty graph */
    } else {
      st = GEORDF_ERR_RDF;
    }
    if (stream) librdf_free_stream(stream);
    if (ser) librdf_free_serializer(ser);
  }
  if (st == GEORDF_OK && s->failed) st = GEORDF_ERR_RDF;
  if (r) librdf_free_query_results(r);
  librdf_free_query(q);
  if (mmodel) librdf_free_model(mmodel);
  if (mstorage) librdf_free_storage(mstorage);
  return st;
}
