/* SPDX-License-Identifier: MIT
 * geordf: the embedded triple store (Redland's SQLite storage, one named graph
 * per document), batch loads in one transaction, and SPARQL queries
 * (sparql-sql.c). */
#include "config.h"
#include "store.h"
#include "text.h"
#include "hash.h"
#include "rdf.h"
#include "json.h"
#include "strbuf.h"
#include "trace.h"
#include "sqlquery.h"
#include "sparql.h"
#include "sparql-sql.h"
#include "dbconn.h"

#include <redland.h>
#include <sqlite3.h>

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- maps and sets of byte strings --------------------------------------- */

/* Byte strings (copied) in an array, indexed by their 64-bit FNV-1a hash;
 * each with an id when the map serves as a map, as a set it has none. */
typedef struct {
  char *key;
  size_t len;
  uint64_t hash;
  int64_t id;
} keyent;

typedef struct {
  keyent *v;
  size_t n, cap;
  gd_hindex ix;
} keymap;

typedef keymap strset;
typedef keymap idmap;

/* Empties M and frees its memory. */
static void keymap_clear(keymap *m) {
  for (size_t i = 0; i < m->n; i++) free(m->v[i].key);
  free(m->v);
  gd_hindex_free(&m->ix);
  *m = (keymap){0};
}

/* The slot of KEY (hash H) in M's index, or the free one where it belongs. */
static gd_hslot *keymap_slot(const keymap *m, uint64_t h, const void *key, size_t len) {
  uint32_t tag = gd_hash_tag(h);
  gd_hslot *sl;
  for (sl = gd_hindex_first(&m->ix, tag); sl->ix; sl = gd_hindex_next(&m->ix, sl)) {
    const keyent *e = &m->v[sl->ix - 1];
    if (sl->tag == tag && e->hash == h && e->len == len && !memcmp(e->key, key, len)) break;
  }
  return sl;
}

/* The entry of KEY, added (with id 0) when missing; *FRESH says which.
 * NULL when out of memory. */
static keyent *keymap_add(keymap *m, const void *key, size_t len, int *fresh) {
  if (m->n == m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    keyent *v = realloc(m->v, cap * sizeof *v);
    if (!v) return NULL;
    m->v = v;
    m->cap = cap;
  }
  if (gd_hindex_reserve(&m->ix, 1)) return NULL;
  uint64_t h = gd_fnv1a(key, len);
  gd_hslot *sl = keymap_slot(m, h, key, len);
  *fresh = !sl->ix;
  if (sl->ix) return &m->v[sl->ix - 1];
  keyent *e = &m->v[m->n];
  if (!(e->key = malloc(len ? len : 1))) return NULL;
  memcpy(e->key, key, len);
  e->len = len;
  e->hash = h;
  e->id = 0;
  gd_hindex_put(&m->ix, sl, gd_hash_tag(h), m->n++);
  return e;
}

static void strset_clear(strset *set) { keymap_clear(set); }
static void idmap_clear(idmap *m) { keymap_clear(m); }

/* Adds KEY: 1 if it was new, 0 if already there, -1 when out of memory. */
static int strset_add(strset *set, const void *key, size_t len) {
  int fresh;
  return keymap_add(set, key, len, &fresh) ? fresh : -1;
}

/* The id stored for KEY, or 0. */
static int64_t idmap_get(const idmap *m, const void *key, size_t len) {
  const gd_hslot *sl = keymap_slot(m, gd_fnv1a(key, len), key, len);
  return sl->ix ? m->v[sl->ix - 1].id : 0;
}

/* Stores ID for KEY: 0, or -1 when out of memory. */
static int idmap_put(idmap *m, const void *key, size_t len, int64_t id) {
  int fresh;
  keyent *e = keymap_add(m, key, len, &fresh);
  if (!e) return -1;
  e->id = id;
  return 0;
}

/* ---- writing Redland's sqlite schema directly ----------------------------- */

/* librdf's sqlite storage formats and parses a fresh SQL statement for every
 * node lookup and every insert (sqlite3_exec): three quarters of a load went
 * into SQLite's parser.  geordf writes the same tables (the schema of
 * librdf's rdf_storage_sqlite.c, so librdf, rdfproc and older geordf read
 * the store as before) through prepared statements, with the row ids of the
 * batch's nodes cached in memory. */
enum {
  Q_URI_GET, Q_URI_ADD, Q_BLANK_GET, Q_BLANK_ADD, Q_LIT_GET, Q_LIT_ADD,
  Q_TRIPLE_ADD, Q_GRAPH_CLEAR, Q_HAS_TRIPLE, Q_HAS_GRAPH, Q_COUNT
};

static const char *const store_sql[Q_COUNT] = {
    "SELECT id FROM uris WHERE uri = ?1",
    "INSERT INTO uris (id, uri) VALUES (NULL, ?1)",
    "SELECT id FROM blanks WHERE blank = ?1",
    "INSERT INTO blanks (id, blank) VALUES (NULL, ?1)",
    "SELECT id FROM literals WHERE text = ?1 AND language IS ?2 AND datatype IS ?3",
    "INSERT INTO literals (id, text, language, datatype) VALUES (NULL, ?1, ?2, ?3)",
    "INSERT INTO triples (subjectUri, subjectBlank, predicateUri, objectUri, objectBlank, "
    "objectLiteral, contextUri) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "DELETE FROM triples WHERE contextUri = ?1",
    "SELECT 1 FROM triples WHERE coalesce(subjectUri*4+1, subjectBlank*4+2) = ?1 "
    "AND predicateUri = ?2 "
    "AND coalesce(objectUri*4+1, objectBlank*4+2, objectLiteral*4+3) = ?3 LIMIT 1",
    "SELECT 1 FROM triples WHERE contextUri = (SELECT id FROM uris WHERE uri = ?1) LIMIT 1",
};

/* ---- the store ------------------------------------------------------------ */

struct gd_store {
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  char *path;            /* the SQLite file, NULL for a memory store */
  sqlite3 *db;           /* geordf's own connection: all writes go through it */
  sqlite3_stmt *q[Q_COUNT];
  idmap ids;             /* node -> row id (uris, blanks, literals) */
  int is_new, in_tx, memory;
  int unnamed_default;    /* queries: the default graph is the unnamed one */
  char *query_base;       /* queries: the base IRI, or NULL */
  int db_init;           /* gd_db_init was called for this store */
  strset cleared;        /* graphs emptied in this batch */
  strset seen;           /* statements of the graph being added */
  strset entities;       /* entity statements added in this batch */
  char *cur_graph;       /* the graph SEEN belongs to */
  const char *cur_file;  /* the file being parsed, for messages */
  int failed;            /* librdf logged an error */
  size_t sunk;           /* statements a store writer added (gd_store_writer) */
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

sqlite3 *gd_store_sqlite(gd_store *s) { return s ? s->db : NULL; }

/* The stock schema indexes only (subject, predicate) and URIs.  Without an
 * index on literals and blanks every new node is a table scan, so loads get
 * quadratic; contextUri makes replacing a graph cheap; the (subject,
 * predicate, object) and (predicate, object, subject) indexes over whole
 * terms serve the SQL that queries become (sqlquery.c).  IF NOT EXISTS:
 * stores made elsewhere gain them. */
static int add_indexes(gd_store *s) {
  static const char sql[] =
      "CREATE INDEX IF NOT EXISTS geordf_literals ON literals (text, language, datatype);"
      "CREATE INDEX IF NOT EXISTS geordf_blanks ON blanks (blank);"
      "CREATE INDEX IF NOT EXISTS geordf_context ON triples (contextUri);";
  char *msg = NULL, why[256] = "";
  int rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
  if (rc == SQLITE_OK && gd_sqlq_add_indexes(s->db, why, sizeof why)) rc = SQLITE_ERROR;
  if (rc != SQLITE_OK)
    set_err(s, "%s: cannot add indexes: %s", s->path,
            msg ? msg : why[0] ? why : sqlite3_errmsg(s->db));
  sqlite3_free(msg);
  return rc == SQLITE_OK ? 0 : -1;
}

/* Opens geordf's connection to the store librdf has just opened (and, for
 * a new one, given its tables). */
static int open_db(gd_store *s, int create) {
  if (sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
    set_err(s, "%s: cannot open: %s", s->path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
    return -1;
  }
  /* the busy timeout and the Bloom-filter workaround (dbconn.c); the
   * auto-extension has done it already, this says so where it matters */
  gd_db_configure(s->db);
  /* write-ahead log: a query during a load reads the last commit instead of
   * failing with "database is locked", and a load stays atomic under kill -9
   * (the log's uncommitted frames are ignored on the next open).  Persistent
   * in the file.  A store another process holds in the old rollback mode
   * cannot switch now: it keeps working in that mode and switches later. */
  char why[256] = "";
  if (gd_db_use_wal(s->db, why, sizeof why))
    gd_trace(GD_TRACE_STORE, "geordf: %s: no write-ahead log: %s\n", s->path, why);
  if (create && add_indexes(s)) return -1;
  for (int i = 0; i < Q_COUNT; i++)
    if (sqlite3_prepare_v2(s->db, store_sql[i], -1, &s->q[i], NULL) != SQLITE_OK) {
      set_err(s, "%s: not a geordf store? %s", s->path, sqlite3_errmsg(s->db));
      return -1;
    }
  return 0;
}

static int db_error(gd_store *s, const char *what) {
  if (!s->err[0]) set_err(s, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
  return -1;
}

/* Runs prepared statement Q to its end (or first row): 1 when it gave a
 * row, 0 when not, -1 on error.  *ID (when not NULL) gets column 0. */
static int db_step(gd_store *s, int q, int64_t *id) {
  sqlite3_stmt *st = s->q[q];
  int rc = sqlite3_step(st);
  int r = rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
  if (r == 1 && id) *id = sqlite3_column_int64(st, 0);
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  if (r < 0) db_error(s, "cannot update the store");
  return r;
}

static int64_t row_id(gd_store *s, int get, const unsigned char *text, size_t len,
                      const char *lang, int64_t dt, int add);

/* The row id of N in its table (uris, blanks or literals); a new node is
 * added when ADD is set, else 0 means the store does not hold it.  -1 on
 * error. */
static int64_t node_id(gd_store *s, librdf_node *n, int add) {
  size_t len;
  const unsigned char *text;
  if (librdf_node_is_resource(n)) {
    text = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
    return row_id(s, Q_URI_GET, text, len, NULL, 0, add);
  }
  if (librdf_node_is_blank(n)) {
    text = librdf_node_get_blank_identifier(n);
    return row_id(s, Q_BLANK_GET, text, strlen((const char *)text), NULL, 0, add);
  }
  text = librdf_node_get_literal_value_as_counted_string(n, &len);
  const char *lang = librdf_node_get_literal_value_language(n);
  librdf_uri *du = librdf_node_get_literal_value_datatype_uri(n);
  int64_t dt = 0;
  if (du) {
    size_t dlen;
    const unsigned char *dtext = librdf_uri_as_counted_string(du, &dlen);
    if ((dt = row_id(s, Q_URI_GET, dtext, dlen, NULL, 0, add)) <= 0) return dt;
  }
  return row_id(s, Q_LIT_GET, text, len, lang && *lang ? lang : NULL, dt, add);
}

/* node_id for one table: GET is its lookup statement, the insert follows
 * it in store_sql. */
static int64_t row_id(gd_store *s, int get, const unsigned char *text, size_t len,
                      const char *lang, int64_t dt, int add) {
  char small[512];
  int64_t id = 0;
  int put = get + 1;
  size_t need;
  /* the cache key: kind, text, language, datatype id */
  size_t llen = lang ? strlen(lang) : 0;
  need = len + llen + 32;
  char *key = need <= sizeof small ? small : malloc(need);
  if (!key) return -1;
  key[0] = (char)('0' + get);
  memcpy(key + 1, text, len);
  size_t klen = 1 + len;
  if (get == Q_LIT_GET)
    klen += (size_t)snprintf(key + klen, need - klen, "%c%s%c%lld", 0, lang ? lang : "", 0,
                             (long long)dt);
  if ((id = idmap_get(&s->ids, key, klen)) > 0) goto done;
  sqlite3_bind_text(s->q[get], 1, (const char *)text, (int)len, SQLITE_STATIC);
  if (get == Q_LIT_GET) {
    if (lang) sqlite3_bind_text(s->q[get], 2, lang, -1, SQLITE_STATIC);
    if (dt) sqlite3_bind_int64(s->q[get], 3, dt);
  }
  int found = db_step(s, get, &id);
  if (found < 0) { id = -1; goto done; }
  if (!found) {
    id = 0;
    if (!add) goto done;
    sqlite3_bind_text(s->q[put], 1, (const char *)text, (int)len, SQLITE_STATIC);
    if (put == Q_LIT_ADD) {
      if (lang) sqlite3_bind_text(s->q[put], 2, lang, -1, SQLITE_STATIC);
      if (dt) sqlite3_bind_int64(s->q[put], 3, dt);
    }
    if (db_step(s, put, NULL) < 0) { id = -1; goto done; }
    id = sqlite3_last_insert_rowid(s->db);
  }
  if (idmap_put(&s->ids, key, klen, id)) id = -1;
done:
  if (key != small) free(key);
  return id;
}

/* Binds the node N's id to the column of its kind: URI at COL, blank at
 * COL + 1, literal at COL + 2; -1 on error, 0 when absent and not ADD. */
static int64_t bind_node(gd_store *s, int q, int col, librdf_node *n, int add) {
  int64_t id = node_id(s, n, add);
  if (id <= 0) return id;
  int k = librdf_node_is_resource(n) ? 0 : librdf_node_is_blank(n) ? 1 : 2;
  sqlite3_bind_int64(s->q[q], col + k, id);
  return id;
}

static int db_add_statement(gd_store *s, librdf_node *ctx, librdf_statement *st) {
  if (bind_node(s, Q_TRIPLE_ADD, 1, librdf_statement_get_subject(st), 1) < 0 ||
      bind_node(s, Q_TRIPLE_ADD, 3, librdf_statement_get_predicate(st), 1) < 0 ||
      bind_node(s, Q_TRIPLE_ADD, 4, librdf_statement_get_object(st), 1) < 0 ||
      (ctx && bind_node(s, Q_TRIPLE_ADD, 7, ctx, 1) < 0)) {
    sqlite3_clear_bindings(s->q[Q_TRIPLE_ADD]);
    return db_error(s, "cannot add a statement");
  }
  return db_step(s, Q_TRIPLE_ADD, NULL) < 0 ? -1 : 0;
}

/* Whether the store holds ST in any graph: 1, 0, or -1 on error. */
static int db_contains(gd_store *s, librdf_statement *st) {
  librdf_node *sn = librdf_statement_get_subject(st), *on = librdf_statement_get_object(st);
  int64_t sid = node_id(s, sn, 0), pid = node_id(s, librdf_statement_get_predicate(st), 0),
          oid = node_id(s, on, 0);
  if (sid < 0 || pid < 0 || oid < 0) return -1;
  if (!sid || !pid || !oid) return 0;
  sqlite3_stmt *q = s->q[Q_HAS_TRIPLE];
  sqlite3_bind_int64(q, 1, sid * 4 + (librdf_node_is_blank(sn) ? 2 : 1));
  sqlite3_bind_int64(q, 2, pid);
  sqlite3_bind_int64(q, 3, oid * 4 + (librdf_node_is_resource(on) ? 1 : librdf_node_is_blank(on) ? 2 : 3));
  return db_step(s, Q_HAS_TRIPLE, NULL);
}

static int db_exec(gd_store *s, const char *sql);

/* Empties the graph CTX, or the unnamed default graph when CTX is NULL. */
static int db_clear_graph(gd_store *s, librdf_node *ctx) {
  if (!ctx) return db_exec(s, "DELETE FROM triples WHERE contextUri IS NULL");
  int64_t id = node_id(s, ctx, 0);
  if (id <= 0) return (int)id;
  sqlite3_bind_int64(s->q[Q_GRAPH_CLEAR], 1, id);
  return db_step(s, Q_GRAPH_CLEAR, NULL) < 0 ? -1 : 0;
}

static int db_exec(gd_store *s, const char *sql) {
  if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) return db_error(s, sql);
  return 0;
}

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
  if (!(s->world = librdf_new_world()) || (path && !(s->path = strdup(path)))) {
    st = GEORDF_ERR_NOMEM;
    goto fail;
  }
  librdf_world_set_logger(s->world, s, on_log);
  librdf_world_open(s->world);
  /* before librdf opens its own connection to the file, so that it too
   * waits on locks and avoids the Bloom-filter defect */
  if (path) {
    if (gd_db_init()) {
      set_err(s, "%s: cannot configure SQLite", path);
      goto fail;
    }
    s->db_init = 1;
  }
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
  if (path && open_db(s, create)) {
    st = GEORDF_ERR_IO;
    goto fail;
  }
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
  for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(s->q[i]);
  sqlite3_close(s->db);
  idmap_clear(&s->ids);
  if (s->model) librdf_free_model(s->model);
  if (s->storage) librdf_free_storage(s->storage);
  if (s->world) librdf_free_world(s->world);
  if (s->db_init) gd_db_done();
  strset_clear(&s->cleared);
  strset_clear(&s->seen);
  strset_clear(&s->entities);
  free(s->cur_graph);
  free(s->query_base);
  free(s->path);
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
  /* IMMEDIATE: take the write lock now, so a second writer waits (the
   * busy timeout, dbconn.h) here and then fails, rather than deep inside
   * the batch */
  if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
    if (sqlite3_errcode(s->db) == SQLITE_BUSY)
      set_err(s, "%s: the store is busy: another geordf is writing to it; try again "
              "(waited %g s)", s->path, gd_db_busy_ms() / 1000.0);
    else
      set_err(s, "%s: cannot start a transaction: %s", s->path, sqlite3_errmsg(s->db));
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
  char why[256];
  if (gd_sqlq_analyze(s->db, why, sizeof why)) {
    set_err(s, "%s: cannot update the statistics: %s", s->path, why);
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    idmap_clear(&s->ids);
    return GEORDF_ERR_IO;
  }
  if (db_exec(s, "COMMIT")) {
    set_err(s, "%s: cannot commit the changes: %s", s->path, sqlite3_errmsg(s->db));
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    idmap_clear(&s->ids);
    return GEORDF_ERR_IO;
  }
  return GEORDF_OK;
}

void gd_store_rollback(gd_store *s) {
  strset_clear(&s->cleared);
  strset_clear(&s->seen);
  if (!s->in_tx) return;
  s->in_tx = 0;
  sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  idmap_clear(&s->ids); /* the ids of the batch's new nodes are gone */
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
  if (!fresh) return GEORDF_OK;
  int have = s->db ? db_contains(s, st) : librdf_model_contains_statement(s->model, st) > 0;
  if (have < 0) return GEORDF_ERR_IO;
  if (have) return GEORDF_OK;
  librdf_node *ctx = librdf_new_node_from_uri_string(s->world, (const unsigned char *)GEORDF_ID_NS);
  if (!ctx) return GEORDF_ERR_NOMEM;
  int rc = s->db ? db_add_statement(s, ctx, st) : librdf_model_context_add_statement(s->model, ctx, st);
  librdf_free_node(ctx);
  if (rc) {
    if (!s->err[0]) set_err(s, "cannot add a statement to <%s>", GEORDF_ID_NS);
    return GEORDF_ERR_RDF;
  }
  return GEORDF_OK;
}

/* RDF 1.1 makes "x"^^xsd:string the simple literal "x" and language tags
 * case-insensitive: a literal is stored in one form (no xsd:string, the tag
 * in lower case, as Oxigraph does), so that equal terms are one row.  Returns
 * the node to store: N itself, or a new node that replaces it (NULL when out
 * of memory). */
static librdf_node *rdf11_literal(gd_store *s, librdf_node *n, int *changed) {
  *changed = 0;
  if (!librdf_node_is_literal(n)) return n;
  const char *lang = librdf_node_get_literal_value_language(n);
  librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
  int upper = 0;
  for (const char *p = lang; p && *p; p++)
    if (*p >= 'A' && *p <= 'Z') upper = 1;
  int xsd_string = dt && !strcmp((const char *)librdf_uri_as_string(dt),
                                 "http://www.w3.org/2001/XMLSchema#string");
  if (!upper && !xsd_string) return n;
  char *low = NULL;
  if (upper) {
    if (!(low = strdup(lang))) return NULL;
    for (char *p = low; *p; p++)
      if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
  }
  size_t len = 0;
  const unsigned char *v = librdf_node_get_literal_value_as_counted_string(n, &len);
  librdf_node *r = librdf_new_node_from_typed_counted_literal(
      s->world, v, len, low ? low : lang, low || lang ? strlen(low ? low : lang) : 0,
      xsd_string ? NULL : dt);
  free(low);
  *changed = r != NULL;
  return r;
}

/* Adds ST to the graph CTX: empties the graph the first time the batch
 * meets it, and skips statements already added to it (the SQLite storage
 * does not check context adds for duplicates). */
static geordf_status add_statement(gd_store *s, librdf_node *ctx, librdf_statement *st,
                                   uint64_t scope) {
  librdf_node *sn = librdf_statement_get_subject(st);
  if (librdf_node_is_resource(sn)) {
    const char *su = (const char *)librdf_uri_as_string(librdf_node_get_uri(sn));
    if (!strncmp(su, GEORDF_ID_NS, strlen(GEORDF_ID_NS))) return add_entity_statement(s, st);
  }
  /* the unnamed default graph (no context) is tracked under a name no IRI has */
  size_t glen = 1;
  const unsigned char *g = ctx ? librdf_uri_as_counted_string(librdf_node_get_uri(ctx), &glen)
                               : (const unsigned char *)" ";
  if (!s->cur_graph || strcmp(s->cur_graph, (const char *)g)) {
    strset_clear(&s->seen);
    free(s->cur_graph);
    if (!(s->cur_graph = strdup((const char *)g))) return GEORDF_ERR_NOMEM;
    int fresh = strset_add(&s->cleared, g, glen);
    if (fresh < 0) return GEORDF_ERR_NOMEM;
    /* a memory store starts empty: its default graph has nothing to clear */
    if (fresh && (s->db ? db_clear_graph(s, ctx)
                  : ctx ? librdf_model_context_remove_statements(s->model, ctx) : 0)) {
      if (!s->err[0])
        set_err(s, "cannot empty the graph %s%s%s", ctx ? "<" : "",
                ctx ? (const char *)g : "(the default graph)", ctx ? ">" : "");
      return GEORDF_ERR_RDF;
    }
  }
  uint64_t gh = scope ? scope : gd_fnv1a(g, glen);
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
  } else {
    int changed;
    librdf_node *n = rdf11_literal(s, obj, &changed);
    if (!n) return GEORDF_ERR_NOMEM;
    if (changed) {
      librdf_free_node(obj);
      librdf_statement_set_object(st, n);
    }
  }
  int fresh = remember_statement(s, &s->seen, st);
  if (fresh < 0) return GEORDF_ERR_NOMEM;
  if (!fresh) return GEORDF_OK;
  if (s->db ? db_add_statement(s, ctx, st)
            : ctx ? librdf_model_context_add_statement(s->model, ctx, st)
                  : librdf_model_add_statement(s->model, st)) {
    if (!s->err[0]) set_err(s, "cannot add a statement to <%s>", (const char *)g);
    return GEORDF_ERR_RDF;
  }
  return GEORDF_OK;
}

/* One parse: statements go from raptor's handler straight to the store. */
typedef struct {
  gd_store *s;
  raptor_parser *rp;
  librdf_node *defgraph; /* NULL: the store's unnamed default graph */
  uint64_t scope;        /* blank node scope; 0: the graph's */
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
  pc->st = copy ? add_statement(pc->s, ctx, copy, pc->scope) : GEORDF_ERR_NOMEM;
  if (copy) librdf_free_statement(copy);
  if (pc->st == GEORDF_OK) pc->n++;
  else raptor_parser_parse_abort(pc->rp);
}

/* A parse of SYNTAX whose triples go to the graph DEFGRAPH (NULL: the
 * default graph). */
static raptor_parser *start_parse(gd_store *s, parse_ctx *pc, const char *syntax,
                                  librdf_uri *defgraph) {
  memset(pc, 0, sizeof *pc);
  pc->s = s;
  s->failed = 0;
  pc->rp = raptor_new_parser(librdf_world_get_raptor(s->world), syntax);
  pc->defgraph = defgraph ? librdf_new_node_from_uri(s->world, defgraph) : NULL;
  if (!pc->rp || (defgraph && !pc->defgraph)) {
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

/* A store writer's statement sink: each statement of a document into its
 * graph (the writer's N-Quads graph), as gd_store_put() adds parsed ones.
 * The writer's terms are librdf nodes of the store's world. */
static int sink_statement(const raptor_statement *rs, void *payload) {
  gd_store *s = payload;
  librdf_node *ctx = rs->graph && librdf_node_is_resource(rs->graph) ? rs->graph : NULL;
  librdf_statement *copy = librdf_new_statement_from_nodes(
      s->world, librdf_new_node_from_node(rs->subject),
      librdf_new_node_from_node(rs->predicate), librdf_new_node_from_node(rs->object));
  geordf_status st = copy ? add_statement(s, ctx, copy, 0) : GEORDF_ERR_NOMEM;
  if (copy) librdf_free_statement(copy);
  if (st == GEORDF_OK && !s->failed) {
    s->sunk++;
    return 0;
  }
  if (!s->err[0]) set_err(s, "cannot add a statement: %s", geordf_strerror(st ? st : GEORDF_ERR_RDF));
  return 1;
}

geordf_status gd_store_writer(gd_store *s, const char *base, geordf_writer **out) {
  s->failed = 0;
  s->sunk = 0;
  return gd_writer_new_sink(out, librdf_world_get_raptor(s->world), base, sink_statement, s);
}

size_t gd_store_writer_count(gd_store *s) {
  size_t n = s->sunk;
  s->sunk = 0;
  return n;
}

static int has_suffix(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && !strcmp(s + n - m, suffix);
}

const char *gd_rdf_file_syntax(const char *path) {
  static const struct {
    const char *suffix, *syntax;
  } kinds[] = {{".nq", "nquads"}, {".nt", "ntriples"}, {".ttl", "turtle"}, {".trig", "trig"},
               {".rdf", "rdfxml"}, {".owl", "rdfxml"}, {".xml", "rdfxml"}};
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
    if (has_suffix(path, kinds[i].suffix)) return kinds[i].syntax;
  return NULL;
}

geordf_status gd_store_put_file(gd_store *s, const char *path, const char *graph,
                                size_t *ntriples) {
  if (ntriples) *ntriples = 0;
  const char *syntax = gd_rdf_file_syntax(path);
  if (!syntax) {
    set_err(s, "%s: not an RDF file name (.ttl, .nt, .nq, .trig, .rdf, .owl, .xml)", path);
    return GEORDF_ERR_ARG;
  }
  FILE *fh = fopen(path, "rb");
  if (!fh) {
    set_err(s, "%s: cannot open: %s", path, strerror(errno));
    return GEORDF_ERR_IO;
  }
  s->cur_file = path;
  librdf_uri *base = librdf_new_uri_from_filename(s->world, path);
  librdf_uri *target = NULL;
  if (graph && *graph) {
    target = librdf_new_uri(s->world, (const unsigned char *)graph);
    if (!target) set_err(s, "not an IRI: %s", graph);
  }
  parse_ctx pc;
  int rc = 0;
  raptor_parser *rp = NULL;
  if (base && (!graph || !*graph || target)) {
    rp = start_parse(s, &pc, syntax, graph ? target : base);
    /* the file's blank nodes are one set across its graphs, apart from
     * another file's */
    size_t blen;
    const unsigned char *b = librdf_uri_as_counted_string(base, &blen);
    pc.scope = gd_fnv1a(b, blen) | 1;
  } else {
    memset(&pc, 0, sizeof pc);
    pc.st = target ? GEORDF_ERR_NOMEM : GEORDF_ERR_ARG;
  }
  /* parsed while read: a large dump does not have to fit in memory */
  if (rp) rc = raptor_parser_parse_file_stream(rp, fh, path, base);
  geordf_status st = end_parse(s, &pc, rc, ntriples);
  fclose(fh);
  if (base) librdf_free_uri(base);
  if (target) librdf_free_uri(target);
  if (st != GEORDF_OK && !s->err[0]) set_err(s, "%s: cannot read it as %s", path, syntax);
  s->cur_file = NULL;
  return st;
}

int gd_store_has_graph(gd_store *s, const char *graph) {
  if (s->db) {
    sqlite3_bind_text(s->q[Q_HAS_GRAPH], 1, graph, -1, SQLITE_STATIC);
    return db_step(s, Q_HAS_GRAPH, NULL) > 0;
  }
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
  static const char *const names[] = {"table", "csv", "tsv", "json", "xml", "ntriples", "turtle"};
  for (int i = 0; i < (int)(sizeof names / sizeof *names); i++)
    if (!strcmp(name, names[i])) return i;
  return -1;
}

/* The N-Triples form of a node, also valid Turtle (TSV cells). */
static void ntriples_term(gd_strbuf *b, librdf_node *n) {
  if (librdf_node_is_resource(n)) {
    gd_strbuf_str(b, "<");
    gd_strbuf_str(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
    gd_strbuf_str(b, ">");
  } else if (librdf_node_is_blank(n)) {
    gd_strbuf_str(b, "_:");
    gd_strbuf_str(b, (const char *)librdf_node_get_blank_identifier(n));
  } else {
    size_t len = 0;
    const unsigned char *v = librdf_node_get_literal_value_as_counted_string(n, &len);
    gd_strbuf_str(b, "\"");
    for (size_t i = 0; i < len; i++) {
      switch (v[i]) {
      case '"': gd_strbuf_str(b, "\\\""); break;
      case '\\': gd_strbuf_str(b, "\\\\"); break;
      case '\n': gd_strbuf_str(b, "\\n"); break;
      case '\r': gd_strbuf_str(b, "\\r"); break;
      case '\t': gd_strbuf_str(b, "\\t"); break;
      default:
        if (v[i] < 0x20 || v[i] == 0x7f) { /* other controls as \u escapes */
          char esc[8];
          snprintf(esc, sizeof esc, "\\u%04X", v[i]);
          gd_strbuf_str(b, esc);
        } else {
          gd_strbuf_add(b, (const char *)v + i, 1);
        }
      }
    }
    gd_strbuf_str(b, "\"");
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    if (lang && *lang) {
      gd_strbuf_str(b, "@");
      gd_strbuf_str(b, lang);
    } else if (dt) {
      gd_strbuf_str(b, "^^<");
      gd_strbuf_str(b, (const char *)librdf_uri_as_string(dt));
      gd_strbuf_str(b, ">");
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
static void plain_term(gd_strbuf *b, librdf_node *n, int shorten) {
  if (librdf_node_is_resource(n)) {
    const char *iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
    for (size_t i = 0; shorten && i < sizeof table_prefixes / sizeof *table_prefixes; i++) {
      size_t k = strlen(table_prefixes[i].ns);
      if (!strncmp(iri, table_prefixes[i].ns, k) && iri[k] &&
          strspn(iri + k, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                          "0123456789_-.") == strlen(iri + k)) {
        gd_strbuf_str(b, table_prefixes[i].prefix);
        gd_strbuf_str(b, iri + k);
        return;
      }
    }
    gd_strbuf_str(b, iri);
  } else if (librdf_node_is_blank(n)) {
    ntriples_term(b, n); /* "_:" and its label */
  } else {
    size_t len = 0;
    const unsigned char *v = librdf_node_get_literal_value_as_counted_string(n, &len);
    gd_strbuf_add(b, (const char *)v, len);
  }
}

/* A CSV field (RFC 4180): quoted when it holds a separator, a quote or a
 * line break, or starts or ends with a space that a reader might trim. */
static void csv_cell(FILE *out, const char *v) {
  size_t n = strlen(v);
  if (!strpbrk(v, ",\"\r\n") && !(n && (v[0] == ' ' || v[n - 1] == ' '))) {
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

/* One RDF term of the SPARQL 1.1 Query Results JSON Format. */
static void json_term(yajl_gen g, librdf_node *n) {
  yajl_gen_map_open(g);
  gd_json_str(g, "type");
  if (librdf_node_is_resource(n)) {
    gd_json_str(g, "uri");
    gd_json_str(g, "value");
    gd_json_str(g, (const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
  } else if (librdf_node_is_blank(n)) {
    gd_json_str(g, "bnode");
    gd_json_str(g, "value");
    gd_json_str(g, (const char *)librdf_node_get_blank_identifier(n));
  } else {
    size_t len = 0;
    const unsigned char *v = librdf_node_get_literal_value_as_counted_string(n, &len);
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    gd_json_str(g, "literal");
    gd_json_str(g, "value");
    yajl_gen_string(g, v ? v : (const unsigned char *)"", v ? len : 0);
    if (lang && *lang) {
      gd_json_str(g, "xml:lang");
      gd_json_str(g, lang);
    } else if (dt) {
      gd_json_str(g, "datatype");
      gd_json_str(g, (const char *)librdf_uri_as_string(dt));
    }
  }
  yajl_gen_map_close(g);
}

static void pad(FILE *out, size_t n) {
  while (n--) fputc(' ', out);
}

/* Tables need every row before the first line. */
static geordf_status write_table(const gd_rows *r, FILE *out) {
  size_t nc = (size_t)r->ncols;
  size_t *width = calloc(nc + 1, sizeof *width);
  char **cells = calloc(r->nrows * nc + 1, sizeof *cells);
  geordf_status st = GEORDF_OK;
  if (!width || !cells) {
    free(width);
    free(cells);
    return GEORDF_ERR_NOMEM;
  }
  for (size_t c = 0; c < nc; c++) width[c] = gd_text_width(r->names[c]);
  for (size_t i = 0; i < r->nrows * nc; i++) {
    gd_strbuf b = {0};
    if (r->cells[i]) plain_term(&b, r->cells[i], 1);
    char *v = gd_strbuf_take(&b);
    if (!v) st = GEORDF_ERR_NOMEM;
    /* a line break would break the table */
    for (char *q = v; q && *q; q++)
      if (*q == '\n' || *q == '\r' || *q == '\t') *q = ' ';
    cells[i] = v;
    size_t w = v ? gd_text_width(v) : 0;
    if (w > width[i % nc]) width[i % nc] = w;
  }
  for (size_t c = 0; c < nc; c++) {
    fputs(r->names[c], out);
    if (c + 1 < nc) {
      pad(out, width[c] - gd_text_width(r->names[c]));
      fputs(" | ", out);
    }
  }
  fputc('\n', out);
  for (size_t c = 0; c < nc; c++) {
    for (size_t i = 0; i < width[c]; i++) fputc('-', out);
    if (c + 1 < nc) fputs("-+-", out);
  }
  fputc('\n', out);
  for (size_t i = 0; i < r->nrows; i++) {
    for (size_t c = 0; c < nc; c++) {
      const char *v = cells[i * nc + c];
      fputs(v ? v : "", out);
      if (c + 1 < nc) {
        pad(out, width[c] - (v ? gd_text_width(v) : 0));
        fputs(" | ", out);
      }
    }
    fputc('\n', out);
  }
  fprintf(out, "(%zu row%s)\n", r->nrows, r->nrows == 1 ? "" : "s");
  for (size_t i = 0; i < r->nrows * nc; i++) free(cells[i]);
  free(cells);
  free(width);
  return st;
}

/* XML character data or an attribute value: markup characters as entities;
 * CR, and in attributes tab and LF, as references so that readers keep them.
 * XML 1.0 cannot carry other control characters at all: 1 when V has one. */
static int xml_text(FILE *out, const unsigned char *v, size_t len, int attr) {
  int bad = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = v[i];
    switch (c) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs(attr ? "&quot;" : "\"", out); break;
    case '\r': fputs("&#13;", out); break;
    case '\n': fputs(attr ? "&#10;" : "\n", out); break;
    case '\t': fputs(attr ? "&#9;" : "\t", out); break;
    default:
      if (c < 0x20) bad = 1;
      else fputc(c, out);
    }
  }
  return bad;
}

static int xml_str(FILE *out, const char *v, int attr) {
  return xml_text(out, (const unsigned char *)v, strlen(v), attr);
}

/* One <binding> of the SPARQL Query Results XML Format; 1 when the value
 * cannot be written in XML 1.0. */
static int xml_binding(FILE *out, const char *name, librdf_node *n) {
  int bad = 0;
  fputs("      <binding name=\"", out);
  bad |= xml_str(out, name, 1);
  fputs("\">", out);
  if (librdf_node_is_resource(n)) {
    fputs("<uri>", out);
    bad |= xml_str(out, (const char *)librdf_uri_as_string(librdf_node_get_uri(n)), 0);
    fputs("</uri>", out);
  } else if (librdf_node_is_blank(n)) {
    fputs("<bnode>", out);
    bad |= xml_str(out, (const char *)librdf_node_get_blank_identifier(n), 0);
    fputs("</bnode>", out);
  } else {
    size_t len = 0;
    const unsigned char *v = librdf_node_get_literal_value_as_counted_string(n, &len);
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    fputs("<literal", out);
    if (lang && *lang) {
      fputs(" xml:lang=\"", out);
      bad |= xml_str(out, lang, 1);
      fputc('"', out);
    } else if (dt) {
      fputs(" datatype=\"", out);
      bad |= xml_str(out, (const char *)librdf_uri_as_string(dt), 1);
      fputc('"', out);
    }
    fputc('>', out);
    bad |= xml_text(out, v, len, 0);
    fputs("</literal>", out);
  }
  fputs("</binding>\n", out);
  return bad;
}

/* The SPARQL Query Results XML Format. */
static geordf_status write_xml(gd_store *s, const gd_rows *r, FILE *out) {
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n", out);
  int bad = 0;
  for (int c = 0; !r->is_boolean && c < r->ncols; c++) {
    fputs("    <variable name=\"", out);
    bad |= xml_str(out, r->names[c], 1);
    fputs("\"/>\n", out);
  }
  fputs("  </head>\n", out);
  if (r->is_boolean) {
    fprintf(out, "  <boolean>%s</boolean>\n</sparql>\n", r->boolean ? "true" : "false");
    return GEORDF_OK;
  }
  fputs("  <results>\n", out);
  for (size_t i = 0; i < r->nrows; i++) {
    fputs("    <result>\n", out);
    for (int c = 0; c < r->ncols; c++) {
      librdf_node *n = r->cells[i * (size_t)r->ncols + (size_t)c];
      if (n) bad |= xml_binding(out, r->names[c], n);
    }
    fputs("    </result>\n", out);
  }
  fputs("  </results>\n</sparql>\n", out);
  if (bad) {
    set_err(s, "a value holds a control character that XML 1.0 cannot carry "
               "(the output is incomplete; use --format=json)");
    return GEORDF_ERR_ARG;
  }
  return GEORDF_OK;
}

/* The SPARQL 1.1 Query Results JSON Format. */
static geordf_status write_json(const gd_rows *r, FILE *out) {
  gd_strbuf b = {0};
  yajl_gen g = gd_json_gen(&b);
  if (!g) return GEORDF_ERR_NOMEM;
  yajl_gen_map_open(g);
  gd_json_str(g, "head");
  if (r->is_boolean) {
    gd_json_empty(g, 0);
    gd_json_str(g, "boolean");
    yajl_gen_bool(g, r->boolean);
  } else {
    yajl_gen_map_open(g);
    gd_json_str(g, "vars");
    if (!r->ncols) gd_json_empty(g, 1);
    else yajl_gen_array_open(g);
    for (int c = 0; c < r->ncols; c++) gd_json_str(g, r->names[c]);
    if (r->ncols) yajl_gen_array_close(g);
    yajl_gen_map_close(g);
    gd_json_str(g, "results");
    yajl_gen_map_open(g);
    gd_json_str(g, "bindings");
    if (!r->nrows) gd_json_empty(g, 1);
    else yajl_gen_array_open(g);
    for (size_t i = 0; i < r->nrows; i++) {
      librdf_node **row = r->cells + i * (size_t)r->ncols;
      int bound = 0;
      for (int c = 0; c < r->ncols; c++) bound |= row[c] != NULL;
      if (!bound) {
        gd_json_empty(g, 0);
        continue;
      }
      yajl_gen_map_open(g);
      for (int c = 0; c < r->ncols; c++)
        if (row[c]) {
          gd_json_str(g, r->names[c]);
          json_term(g, row[c]);
        }
      yajl_gen_map_close(g);
    }
    if (r->nrows) yajl_gen_array_close(g);
    yajl_gen_map_close(g);
  }
  yajl_gen_map_close(g);
  yajl_gen_free(g);
  if (b.oom) {
    gd_strbuf_free(&b);
    return GEORDF_ERR_NOMEM;
  }
  geordf_status st = fwrite(b.p, 1, b.n, out) == b.n ? GEORDF_OK : GEORDF_ERR_IO;
  gd_strbuf_free(&b);
  return st;
}

/* The SPARQL 1.1 Query Results CSV (plain values) and TSV (terms in Turtle
 * syntax) Formats; an unbound value is an empty field. */
static geordf_status write_separated(const gd_rows *r, gd_query_format fmt, FILE *out) {
  int csv = fmt == GD_QF_CSV;
  const char *eol = csv ? "\r\n" : "\n";
  for (int c = 0; c < r->ncols; c++) {
    if (c) fputc(csv ? ',' : '\t', out);
    if (!csv) fputc('?', out);
    fputs(r->names[c], out);
  }
  fputs(eol, out);
  geordf_status st = GEORDF_OK;
  for (size_t i = 0; i < r->nrows; i++) {
    for (int c = 0; c < r->ncols; c++) {
      librdf_node *n = r->cells[i * (size_t)r->ncols + (size_t)c];
      if (c) fputc(csv ? ',' : '\t', out);
      if (!n) continue;
      gd_strbuf b = {0};
      if (csv) plain_term(&b, n, 0);
      else ntriples_term(&b, n);
      char *v = gd_strbuf_take(&b);
      if (!v) st = GEORDF_ERR_NOMEM;
      else if (csv) csv_cell(out, v);
      else fputs(v, out);
      free(v);
    }
    fputs(eol, out);
  }
  return st;
}

/* A blank node that is the object of exactly one triple is written nested
 * inside that triple's subject by raptor's Turtle serializer; when such
 * nodes form a cycle (_:a :p _:b . _:b :p _:a), raptor 2.0.15 writes none of
 * them and loses their triples.  Whether R has such a cycle. */
typedef struct {
  const char *label, *parent; /* parent: the blank subject referring to it, or NULL */
} blank_ref;

static int blank_ref_cmp(const void *a, const void *b) {
  return strcmp(((const blank_ref *)a)->label, ((const blank_ref *)b)->label);
}

/* The one blank subject referring to LABEL when it is referred to exactly
 * once; NULL otherwise. */
static const char *nest_parent(const blank_ref *refs, size_t n, const char *label) {
  blank_ref key = {label, NULL};
  const blank_ref *r = bsearch(&key, refs, n, sizeof *refs, blank_ref_cmp);
  if (!r) return NULL;
  size_t i = (size_t)(r - refs);
  while (i > 0 && !strcmp(refs[i - 1].label, label)) i--;
  if (i + 1 < n && !strcmp(refs[i + 1].label, label)) return NULL; /* referred to twice */
  return refs[i].parent;
}

static int has_nested_blank_cycle(const gd_rows *r) {
  size_t n = 0;
  blank_ref *refs = malloc((r->nrows + 1) * sizeof *refs);
  if (!refs) return 1; /* be safe: the caller writes N-Triples */
  for (size_t i = 0; i < r->nrows; i++) {
    librdf_node *sub = r->cells[i * 3], *obj = r->cells[i * 3 + 2];
    if (!sub || !obj || !librdf_node_is_blank(obj)) continue;
    refs[n].label = (const char *)librdf_node_get_blank_identifier(obj);
    refs[n].parent = librdf_node_is_blank(sub)
                         ? (const char *)librdf_node_get_blank_identifier(sub) : NULL;
    n++;
  }
  qsort(refs, n, sizeof *refs, blank_ref_cmp);
  int cycle = 0;
  for (size_t i = 0; i < n && !cycle; i++) {
    const char *p = nest_parent(refs, n, refs[i].label);
    for (size_t steps = 0; p && steps <= n; steps++) {
      if (!strcmp(p, refs[i].label)) {
        cycle = 1;
        break;
      }
      p = nest_parent(refs, n, p);
    }
  }
  free(refs);
  return cycle;
}

/* raptor 2.0.15's Turtle writer puts a carriage return raw into a short
 * string, which Turtle forbids.  Whether a literal of R holds one. */
static int has_cr_literal(const gd_rows *r) {
  for (size_t i = 0; i < r->nrows; i++) {
    librdf_node *obj = r->cells[i * 3 + 2];
    size_t len = 0;
    const unsigned char *v = obj && librdf_node_is_literal(obj)
                                 ? librdf_node_get_literal_value_as_counted_string(obj, &len) : NULL;
    if (v && memchr(v, '\r', len)) return 1;
  }
  return 0;
}

/* A CONSTRUCT or DESCRIBE graph (rows of subject, predicate, object) through
 * raptor's serializer, as N-Triples or Turtle (N-Triples, which is Turtle
 * too, where raptor's Turtle would lose triples or break the syntax). */
static geordf_status write_graph(gd_store *s, const gd_rows *r, gd_query_format fmt,
                                 FILE *out) {
  if (r->ncols != 3) {
    set_err(s, "a graph result needs three columns, not %d", r->ncols);
    return GEORDF_ERR_ARG;
  }
  raptor_world *rw = librdf_world_get_raptor(s->world);
  int turtle = fmt == GD_QF_TURTLE && !has_nested_blank_cycle(r) && !has_cr_literal(r);
  raptor_serializer *ser = raptor_new_serializer(rw, turtle ? "turtle" : "ntriples");
  if (!ser) {
    set_err(s, "cannot make the RDF serializer");
    return GEORDF_ERR_RDF;
  }
  geordf_status st = GEORDF_OK;
  if (raptor_serializer_start_to_file_handle(ser, NULL, out)) st = GEORDF_ERR_RDF;
  for (size_t i = 0; st == GEORDF_OK && i < r->nrows; i++) {
    librdf_node **row = r->cells + i * 3;
    if (!row[0] || !row[1] || !row[2]) continue; /* no triple without all three */
    raptor_statement t;
    raptor_statement_init(&t, rw);
    t.subject = row[0]; /* borrowed: librdf nodes are raptor terms */
    t.predicate = row[1];
    t.object = row[2];
    if (raptor_serializer_serialize_statement(ser, &t)) st = GEORDF_ERR_RDF;
  }
  if (raptor_serializer_serialize_end(ser) && st == GEORDF_OK) st = GEORDF_ERR_RDF;
  raptor_free_serializer(ser);
  if (st != GEORDF_OK && !s->err[0]) set_err(s, "cannot write the graph");
  return st;
}

/* Writes R in FMT: bindings and booleans in the results formats, graphs in
 * an RDF syntax (the table shows a graph as N-Triples).  A boolean in the
 * table, CSV or TSV is "true" or "false" on a line. */
static geordf_status write_results(gd_store *s, const gd_rows *r, gd_query_format fmt, FILE *out) {
  int rdf_fmt = fmt == GD_QF_NTRIPLES || fmt == GD_QF_TURTLE;
  if (r->is_graph) {
    if (!rdf_fmt && fmt != GD_QF_TABLE) {
      set_err(s, "a CONSTRUCT or DESCRIBE result is a graph: use --format=ntriples or turtle");
      return GEORDF_ERR_ARG;
    }
    return write_graph(s, r, fmt, out);
  }
  if (rdf_fmt) {
    set_err(s, "--format=%s is for CONSTRUCT and DESCRIBE: use table, csv, tsv, json or xml",
            fmt == GD_QF_TURTLE ? "turtle" : "ntriples");
    return GEORDF_ERR_ARG;
  }
  if (fmt == GD_QF_JSON) return write_json(r, out);
  if (fmt == GD_QF_XML) return write_xml(s, r, out);
  if (r->is_boolean) {
    fprintf(out, "%s\n", r->boolean ? "true" : "false");
    return GEORDF_OK;
  }
  return fmt == GD_QF_TABLE ? write_table(r, out) : write_separated(r, fmt, out);
}

void gd_store_set_default_graph(gd_store *s, int union_default) {
  s->unnamed_default = !union_default;
}

geordf_status gd_store_set_query_base(gd_store *s, const char *base) {
  char *copy = base ? strdup(base) : NULL;
  if (base && !copy) return GEORDF_ERR_NOMEM;
  free(s->query_base);
  s->query_base = copy;
  return GEORDF_OK;
}

/* Parsed by our parser (sparql-parse.c), compiled to SQL and answered by
 * SQLite (sparql-sql.c); rasqal is not used: its evaluator gives wrong
 * answers, and a query the engine cannot answer exactly is refused. */
geordf_status gd_store_query(gd_store *s, const char *sparql, gd_query_format fmt,
                             FILE *out) {
  s->failed = 0;
  s->err[0] = '\0';
  sp_error perr;
  memset(&perr, 0, sizeof perr);
  sp_query *q = sp_parse(sparql, strlen(sparql), s->query_base, &perr);
  if (!q) {
    if (perr.line > 0)
      set_err(s, "line %d, column %d: %s", perr.line, perr.column,
              perr.message[0] ? perr.message : "syntax error");
    else
      set_err(s, "%s", perr.message[0] ? perr.message : "the query could not be parsed");
    return GEORDF_ERR_SYNTAX;
  }
  if (!s->db) {
    sp_query_free(q);
    set_err(s, "queries need a store file");
    return GEORDF_ERR_ARG;
  }
  char why[1024] = "";
  /* stores made by older versions gain the indexes (once; a read-only
   * store just goes without) */
  gd_sqlq_add_indexes(s->db, why, sizeof why);
  why[0] = '\0';
  gd_rows rows = {0};
  gd_sparql_opts opts = {.union_default = !s->unnamed_default};
  gd_sqlq_status qs = gd_sparql_run(s->world, s->db, q, &opts, &rows, why, sizeof why);
  sp_query_free(q);
  geordf_status st;
  if (qs == GD_SQLQ_UNSUPPORTED) {
    set_err(s, "%s", why);
    st = GEORDF_ERR_UNSUPPORTED;
  } else if (qs != GD_SQLQ_OK) {
    set_err(s, "%s", why[0] ? why : "the query failed");
    st = GEORDF_ERR_RDF;
  } else {
    st = write_results(s, &rows, fmt, out);
  }
  gd_rows_clear(&rows);
  return st;
}
