/* geordf: the event-type schema (types, their roles, statuses and every
 * name they go by), kept in one table that the RDF writer, the dot picture,
 * eval, the lexicon loader and the extractor all read.
 * SPDX-License-Identifier: MIT
 *
 * A new event type is a new enum constant in geordf.h, a row here, its
 * class and roles in ontology/geordf.ttl (tests/unit/test_schema.c checks
 * that the two agree), and its extraction rules in a file of its own
 * (src/extract-<type>.c), which the row points to. */
#ifndef GEORDF_SCHEMA_H
#define GEORDF_SCHEMA_H

#include "geordf/geordf.h"

#include <stddef.h>

#define GD_SCHEMA_MAX_ROLES 4               /* roles one type carries */
#define GD_SCHEMA_MAX_CORE 2                /* scored roles of one type */
#define GD_STATUS_COUNT (GEORDF_STATUS_EASED + 1) /* statuses, NONE included */

/* The rules by which the extractor states and merges events of a type
 * (src/extract-types.h), one file per type. */
typedef struct gd_type_rules gd_type_rules;
extern const gd_type_rules gd_visit_rules, gd_alliance_rules, gd_armsdeal_rules, gd_sanction_rules,
    gd_shootdown_rules;

typedef struct {
  const char *name;   /* class local name (geo:ArmsDeal), also the "type"
                         of eval's gold and JSON */
  const char *title;  /* readable name in the dot picture ("Arms deal") */
  geordf_role roles[GD_SCHEMA_MAX_ROLES + 1]; /* the roles it carries, in
                         output order, ended by GEORDF_ROLE_COUNT */
  geordf_role core[GD_SCHEMA_MAX_CORE]; /* the roles eval scores (score.py's
                         CORE); GEORDF_ROLE_COUNT past the last */
  geordf_role from, to; /* the two sides of the dot picture's arrow;
                         TO GEORDF_ROLE_COUNT: FROM is a list of parties */
  geordf_role key[2]; /* roles every two mentions of one event share (the
                         extractor groups by them before merging) */
  const gd_type_rules *rules; /* how the extractor states and merges it */
} gd_type_schema;

/* Indexed by geordf_event_type; GEORDF_EVENT_TYPE_COUNT rows. */
extern const gd_type_schema gd_schema_type[];

/* Property local names, indexed by geordf_role; GEORDF_ROLE_COUNT rows. */
extern const char *const gd_schema_role_name[];

/* Status concept local names, indexed by geordf_event_status (NULL for
 * GEORDF_STATUS_NONE); GD_STATUS_COUNT rows. */
extern const char *const gd_schema_status_name[];

/* The number of scored roles of type T (1 or 2); T must be in range. */
size_t gd_schema_n_core(geordf_event_type t);

#endif
