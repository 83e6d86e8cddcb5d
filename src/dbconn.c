/* geordf: the settings every SQLite connection of the process gets.
 * SPDX-License-Identifier: MIT */
#include "dbconn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* SQLite 3.40.0 and 3.40.1 (Debian 12 ships 3.40.1) can drop rows when the
 * planner puts a Bloom filter on an expression index: the filter is built
 * from the index's expression but probed with the column values, so joins
 * on the store's geordf_spo / geordf_pos indexes (over coalesce(...) term
 * codes) silently lose matches.  Fixed in 3.41.2 ("Fix Bloom filters on an
 * expression index").  On older libraries the optimization is switched off
 * per connection.  The bits are SQLite's optimization flags (sqlite3.c:
 * SQLITE_BloomFilter, and SQLITE_BloomPulldown, which only moves such
 * filters earlier); SQLITE_TESTCTRL_OPTIMIZATIONS sets the mask of disabled
 * optimizations and is compiled into the standard builds. */
#define GD_OPT_BLOOM_FILTER 0x00080000
#define GD_OPT_BLOOM_PULLDOWN 0x00100000
#define GD_SQLITE_BLOOM_FIXED 3041002

int gd_db_bloom_defect(void) { return sqlite3_libversion_number() < GD_SQLITE_BLOOM_FIXED; }

static int busy_ms = -1;

void gd_db_set_busy_ms(int ms) { busy_ms = ms; }

int gd_db_busy_ms(void) { return busy_ms >= 0 ? busy_ms : GD_DB_BUSY_MS; }

int gd_db_configure(sqlite3 *db) {
  if (!db) return -1;
  /* a second writer, or a reader meeting a commit, waits instead of failing
   * at once with "database is locked" */
  sqlite3_busy_timeout(db, gd_db_busy_ms());
  if (gd_db_bloom_defect())
    sqlite3_test_control(SQLITE_TESTCTRL_OPTIMIZATIONS, db,
                         GD_OPT_BLOOM_FILTER | GD_OPT_BLOOM_PULLDOWN);
  return 0;
}

static int on_open(sqlite3 *db, char **err, const struct sqlite3_api_routines *api) {
  (void)err;
  (void)api;
  gd_db_configure(db);
  return SQLITE_OK;
}

/* Stores open in this process: the auto-extension is withdrawn when the
 * last one closes, so that SQLite holds no memory of ours at exit.  (Stores
 * are opened and freed on one thread.) */
static int users;

int gd_db_init(void) {
  /* registering the same entry point again is a no-op in SQLite; the cast
   * to void (*)(void) is the type sqlite3_auto_extension takes */
  if (sqlite3_auto_extension((void (*)(void))on_open) != SQLITE_OK) return -1;
  users++;
  return 0;
}

void gd_db_done(void) {
  /* reset, not cancel: cancelling leaves SQLite's list allocated until
   * exit; geordf registers no other auto-extension */
  if (users > 0 && --users == 0) sqlite3_reset_auto_extension();
}

int gd_db_use_wal(sqlite3 *db, char *why, size_t whylen) {
  sqlite3_stmt *st = NULL;
  int ok = 0;
  if (sqlite3_prepare_v2(db, "PRAGMA journal_mode=WAL", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    const char *mode = (const char *)sqlite3_column_text(st, 0);
    ok = mode && !strcmp(mode, "wal");
    if (!ok && why && whylen) snprintf(why, whylen, "journal mode stays '%s'", mode ? mode : "?");
  } else if (why && whylen) {
    snprintf(why, whylen, "%s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(st);
  return ok ? 0 : -1;
}
