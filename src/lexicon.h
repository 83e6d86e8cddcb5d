/* geordf: the lexicon (entities, names, triggers, cues) loaded from Turtle.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_LEXICON_H
#define GEORDF_LEXICON_H

#include "geordf/geordf.h"
#include <stdint.h>

#define GD_LEX_NS "https://w3id.org/geordf/lexicon#"

typedef enum {
  GD_KIND_NONE = 0,
  GD_KIND_COUNTRY,      /* geo:Country */
  GD_KIND_ORG,          /* geo:Organization */
  GD_KIND_PERSON,       /* geo:Person */
  GD_KIND_ARMED_GROUP,  /* geo:ArmedGroup */
  GD_KIND_WEAPON,       /* geo:WeaponSystem and subclasses */
  GD_KIND_PLACE         /* geo:Place (cities, regions) */
} gd_kind;

/* An office a person held: "president of Russia from 2012-05-07". */
typedef struct {
  const char *office;          /* office local name: "President", ... */
  struct geordf_entity *of;    /* the country or organization */
  char start[11];              /* YYYY-MM-DD or "" (open) */
  char end[11];                /* YYYY-MM-DD or "" (still in office) */
} gd_office;

struct geordf_entity {
  char *iri;                   /* the lexicon IRI (owned) */
  char *label;                 /* rdfs:label (owned) */
  char *qid;                   /* "Q159" or NULL (owned) */
  char *cls;                   /* ontology class local name (owned) */
  gd_kind kind;
  struct geordf_entity *country; /* place: its state; weapon: origin;
                                    person: nationality; or NULL */
  struct geordf_entity *stands_for; /* a place or seat used for a state */
  char *weapon_kind;           /* weapon: "aircraft", "drone", ... or NULL */
  gd_office *offices;          /* person: offices held (owned) */
  size_t n_offices;
  uint32_t index;              /* position in the lexicon's entity list */
};

/* How a name refers to its entity. */
typedef enum {
  GD_NAME_PROPER = 0,  /* rdfs:label, skos:altLabel */
  GD_NAME_DEMONYM,     /* lex:demonym: "Russian" */
  GD_NAME_METONYM,     /* lex:metonym: "the Kremlin" for Russia */
  GD_NAME_SURNAME      /* lex:surname: "Putin" */
} gd_name_kind;

/* Looks up an entity by IRI; NULL if absent. */
const geordf_entity *gd_lexicon_entity(const geordf_lexicon *lex,
                                       const char *iri);

/* Test helper: creates an entity owned by LEX (no names).  Returns NULL on
 * allocation failure. */
geordf_entity *gd_lexicon_add_entity(geordf_lexicon *lex, const char *iri,
                                     const char *label, const char *qid,
                                     gd_kind kind);

/* The folder holding the bundled lexicon: $GEORDF_DATADIR/lexicon, the
 * installed data folder, or the source tree's; NULL if none exists.  The
 * result is a static buffer. */
const char *gd_lexicon_default_dir(void);

#endif
