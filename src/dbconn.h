/* geordf: the settings every SQLite connection of the process gets (busy
 * timeout, the Bloom-filter workaround), and the store's journal mode.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_DBCONN_H
#define GEORDF_DBCONN_H

#include <sqlite3.h>
#include <stddef.h>

/* How long a connection waits for a lock held by another process (a load
 * commits, or a second writer waits for the first) before SQLITE_BUSY. */
#define GD_DB_BUSY_MS 10000

/* The busy timeout in force: the last gd_db_set_busy_ms() (the geordf tool:
 * GEORDF_BUSY_TIMEOUT seconds), else GD_DB_BUSY_MS. */
int gd_db_busy_ms(void);

/* Sets the busy timeout of connections opened from now on; MS < 0 restores
 * GD_DB_BUSY_MS.  Process-wide: set it before any thread opens one. */
void gd_db_set_busy_ms(int ms);

/* Registers gd_db_configure as an SQLite auto-extension, so that every
 * connection opened in this process from now on is configured: geordf's own
 * and the ones librdf's sqlite storage opens behind our back.  Idempotent;
 * 0 on success. */
int gd_db_init(void);

/* Undoes one gd_db_init (the last one withdraws the auto-extension). */
void gd_db_done(void);

/* Configures one connection: busy timeout, and on SQLite < 3.41.2 no Bloom
 * filters (see dbconn.c).  0 on success. */
int gd_db_configure(sqlite3 *db);

/* 1 when this SQLite has the Bloom-filter defect the workaround avoids. */
int gd_db_bloom_defect(void);

/* Puts the store DB in write-ahead-log mode (persistent in the file), so
 * that readers see the last commit while a load writes.  0 on success, -1
 * with the reason in WHY. */
int gd_db_use_wal(sqlite3 *db, char *why, size_t whylen);

#endif
