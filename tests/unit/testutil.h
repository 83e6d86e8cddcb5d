/* geordf: what the unit tests share: files of the source tree, tables of
 * cases, entities by their local names.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_TESTUTIL_H
#define GEORDF_TESTUTIL_H

#include <stdio.h>

#include "geordf/geordf.h"
#include "lexicon.h"

/* The path of NAME in the source tree, found through top_srcdir (exported
 * by make check); in a buffer the next call overwrites. */
const char *tu_srcpath(const char *name);

/* Opens the table NAME of the source tree (tests/offices-table.tsv). */
FILE *tu_table_open(const char *name);

/* Reads the next row of table F into LINE (SIZE bytes), past empty lines
 * and comment lines ('#'), and splits it at tabs into its N fields FIELD.
 * Returns 0 at the end of the table, then closes F; 1 otherwise. */
int tu_table_row(FILE *f, char *line, size_t size, char **field, int n);

/* The entity of LX whose local name (after GEORDF_ID_NS) is LOCAL, or
 * NULL; tu_entity() fails the test where there is none. */
const geordf_entity *tu_lookup(const geordf_lexicon *lx, const char *local);
const geordf_entity *tu_entity(const geordf_lexicon *lx, const char *local);

/* Whether E (NULL: none) is the entity of local name LOCAL. */
int tu_is(const geordf_entity *e, const char *local);

#endif
