/* geordf: the lexicon (entities, names, triggers, cues) loaded from Turtle.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_LEXICON_H
#define GEORDF_LEXICON_H

#include "date.h"
#include "synmodel.h"
#include "tagger.h"
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
  GD_KIND_PLACE,        /* geo:Place (cities, regions) */
  GD_KIND_COMMUNITY     /* geo:Community (the Kurds, the Bosnian Serbs) */
} gd_kind;

/* An office a person held: "president of Russia from 2012-05-07". */
typedef struct {
  const char *office;          /* office local name: "President", ...; on
                                  a person's office, one string per name
                                  in the lexicon (lexicon.c: office_name) */
  struct geordf_entity *of;    /* the country or organization */
  char start[11];              /* YYYY-MM-DD or "" (open) */
  char end[11];                /* YYYY-MM-DD or "" (still in office) */
  int collective;              /* a seat in a collegial head (lex:collective
                                  true): Bosnia's presidency, San Marino's
                                  captains regent; such terms may overlap */
  int acting;                  /* an acting term (lex:acting true): one who
                                  stands in for a holder still in office
                                  (Jonathan for Yar'Adua in 2010); such a
                                  term may overlap the holder's; a title
                                  (and "the leader") names its holder only
                                  when no one holds the office in a term
                                  of his own, or when it says "acting"
                                  (gd_lexicon_acting_holders) */
  unsigned char cls;           /* what kind of head the office makes its
                                  holder, for "the leader" (lexicon.c) */
} gd_office;

/* A state's dates and a place's dated terms as a metonym: NULL on most
 * entities (in the lexicon's arena). */
typedef struct gd_era {
  char start[11];              /* a state's first day (lex:start) or "" */
  char end[11];                /* its first day gone (lex:end) or "" */
  const struct geordf_entity *predecessor; /* the state it broke away from
                                   (lex:predecessor), else the former state
                                   whose lex:successor this is, first in
                                   lexicon order */
  int seceded;                 /* PREDECESSOR is a lex:predecessor */
  gd_office *seats;            /* place (or a movement that ruled a state):
                                  lex:metonymDuring terms (OF may be NULL:
                                  stands for no state then; owned) */
  struct geordf_entity **variants; /* place: for each term, the place as it
                                  stands then (its state and location) */
  size_t n_seats;
  gd_office *leads;            /* state: lex:leaderOffice terms, the office
                                  whose holder "the leader" names (OF is
                                  NULL; owned) */
  size_t n_leads;
  gd_office *members;          /* organization: lex:member terms, in lexicon
                                  order (OF the member; OFFICE "Member", or
                                  "PermanentMember" for lex:permanent true;
                                  owned) */
  size_t n_members;
} gd_era;

struct geordf_entity {
  char *iri;                   /* the lexicon IRI (the lexicon's) */
  char *label;                 /* rdfs:label (the lexicon's) */
  char *qid;                   /* "Q159" or NULL (the lexicon's) */
  char *cls;                   /* ontology class local name (the lexicon's) */
  gd_kind kind;
  struct geordf_entity *country; /* place: its state; weapon: its first
                                    (primary) origin; person: nationality;
                                    or NULL */
  struct geordf_entity *stands_for; /* a place or seat used for a state */
  struct geordf_entity *successor; /* a former state's successor (SUN: RUS) */
  struct geordf_entity *operator_; /* the one state that fields a weapon (F-22: USA) */
  struct geordf_entity **origins; /* weapon: every state of origin, in
                                    lexicon order, the first the primary
                                    (joint designs have several; in the pool) */
  unsigned n_origins;
  char *weapon_kind;           /* weapon: "aircraft", "drone", ... or NULL */
  gd_office *offices;          /* person: offices held (owned) */
  size_t n_offices;
  gd_office *affils;           /* person: terms of service to a state or
                                  organization, no office named
                                  (lex:affiliation; OFFICE is ""; owned) */
  size_t n_affils;
  int non_state;               /* person: acts for no state (lex:nonState) */
  const char *described;       /* state or organization: "|kingdom|gulf state|" (lex:describedAs,
                                  folded), or NULL; in the lexicon's pool */
  const gd_era *era;           /* dates, or NULL */
  uint32_t index;              /* position in the lexicon's entity list */
};

/* How a name refers to its entity. */
typedef enum {
  GD_NAME_PROPER = 0,  /* rdfs:label, skos:altLabel */
  GD_NAME_DEMONYM,     /* lex:demonym: "Russian" */
  GD_NAME_METONYM,     /* lex:metonym: "the Kremlin" for Russia */
  GD_NAME_SURNAME      /* lex:surname: "Putin" */
} gd_name_kind;

/* For tests: entity I in the lexicon's order, or NULL past the end. */
const geordf_entity *gd_lexicon_entity_at(const geordf_lexicon *lex, size_t i);

/* Looks up an entity by IRI; NULL if absent. */
const geordf_entity *gd_lexicon_entity(const geordf_lexicon *lex,
                                       const char *iri);

/* Test helper: creates an entity owned by LEX (no names).  Returns NULL on
 * allocation failure. */
geordf_entity *gd_lexicon_add_entity(geordf_lexicon *lex, const char *iri,
                                     const char *label, const char *qid,
                                     gd_kind kind);

/* Whether LEX may take a bundled file's statements from the copy parsed at
 * build time (lexicon-builtin.h) instead of parsing it: on by default; tests
 * turn it off to compare both ways. */
void gd_lexicon_use_builtin(geordf_lexicon *lex, int on);

/* For tests: how many files LEX took from the built-in data; and statement
 * I as loaded (before freezing; the strings belong to LEX), or -1 past the
 * end. */
size_t gd_lexicon_builtin_files(const geordf_lexicon *lex);
int gd_lexicon_statement(const geordf_lexicon *lex, size_t i, const char **s, const char **p,
                         const char **o, int *lit);

/* For tests: how many names freezing LEX took folded at build time. */
size_t gd_lexicon_prefolded(const geordf_lexicon *lex);

/* For tests: whether freezing LEX took the bundled lexicon frozen at build
 * time (lexicon-image.h: LEX held the bundled files and nothing else)
 * rather than building its tables. */
int gd_lexicon_from_image(const geordf_lexicon *lex);

/* The data folder geordf_lexicon_default_dir() (datadir.c) takes instead
 * of searching (the geordf tool: $GEORDF_DATADIR), and the syntax model
 * gd_model_default_path() gives (the tool: $GEORDF_MODEL); NULL or ""
 * restores the search.  Borrowed: the string must outlive its use (the
 * tool's come from getenv).  Process-wide: set them before any thread runs. */
void gd_datadir_set(const char *datadir);
void gd_model_path_set(const char *path);


/* The date words of the frozen LEX (its cues of the kinds of date.h), for
 * gd_date_find(); NULL when it has none. */
const gd_date_words *gd_lexicon_date_words(const geordf_lexicon *lex);

/* The syntax model loaded with geordf_lexicon_load_model(), or NULL. */
const gd_synmodel *gd_lexicon_syntax(const geordf_lexicon *lex);
/* The gd_rel of each of the syntax model's labels (gd_deps_relmap()). */
const unsigned char *gd_lexicon_relmap(const geordf_lexicon *lex);

/* A tag cache (tagger.h) for one document's extraction with LEX, one that
 * an earlier document gave back when there is one (so that a thread's
 * cache stays warm from one document to the next), else a new one; NULL
 * when memory ran out.  Give it back when done; LEX frees the caches it
 * keeps, up to GD_LEXICON_TAGCACHES (threads extracting at once). */
#define GD_LEXICON_TAGCACHES 16
gd_tagcache *gd_lexicon_take_tagcache(const geordf_lexicon *lex);
void gd_lexicon_give_tagcache(const geordf_lexicon *lex, gd_tagcache *c);

/* ---- Triggers, cues, offices and the phrase table ---------------------- */

typedef enum { GD_SLOT_SUBJ, GD_SLOT_OBJ, GD_SLOT_POSS, GD_SLOT_PREP } gd_slot_kind;

/* One argument slot of a frame: "to=destination" fills ROLE from the actor
 * after the preposition "to". */
typedef struct {
  gd_slot_kind kind;
  const char *prep;     /* folded preposition for GD_SLOT_PREP */
  geordf_role role;
} gd_slot;

#define GD_MAX_SLOTS 12

typedef struct gd_trigger {
  const char *iri;
  geordf_event_type type;
  char pos;                    /* 'v' verb, 'n' noun, 'a' adjective */
  geordf_event_status status;  /* status the word itself gives, or NONE */
  double weight;               /* base confidence */
  gd_slot slots[GD_MAX_SLOTS];
  unsigned nslots;
  unsigned flags;              /* GD_TRIG_* */
} gd_trigger;

enum {
  GD_TRIG_NEEDS_OBJECT = 1u << 0, /* only an event when the object is an actor or weapon */
  GD_TRIG_PLANNED = 1u << 2,      /* the word itself says "planned" ("is due in") */
  GD_TRIG_NEGATIVE = 1u << 3,     /* the word denies ("denied supplying") */
  GD_TRIG_ORG_OBJECT = 1u << 4,   /* needs an organization among the parties ("joined NATO") */
  GD_TRIG_ANAPHOR = 1u << 5,      /* only after "the", "these", "such": refers back ("the measures") */
  GD_TRIG_RECIPROCAL = 1u << 6,   /* answers the last sanction: its target is that one's imposer */
  GD_TRIG_UNMANNED = 1u << 7,     /* a shoot-down only of a drone or missile ("intercepted"), not of an aircraft */
  GD_TRIG_AIR_OBJECT = 1u << 8,   /* a shoot-down only of what is named as flying ("destroyed a drone") */
  GD_TRIG_DEALING_OBJECT = 1u << 9, /* a sanction only of a dealing the object names ("froze Iraqi assets") */
  GD_TRIG_TIME_OBJECT = 1u << 10,   /* a visit only when the object is a length of time ("spent three days in") */
  GD_TRIG_ORG_SUBJECT = 1u << 11,   /* a sanction only by an organization on a state ("ECOWAS suspended Guinea") */
  GD_TRIG_ARMS_DEALING = 1u << 12,  /* with dealingObject: a dealing in arms stopped outright is one too */
  GD_TRIG_PERSON_SUBJECT = 1u << 13, /* a visit only by a person ("attended the parade in Beijing") */
  GD_TRIG_NOUN_OBJECT = 1u << 14,    /* only with a direct object: "pledged tanks to", not "pledged to scrap" */
  GD_TRIG_GERUND = 1u << 15,         /* only as the gerund of a clause of time ("after meeting Xi in Beijing") */
  GD_TRIG_BARRIER_OBJECT = 1u << 20, /* a sanction only when a border or airspace is closed ("closed its airspace to") */
  GD_TRIG_NOT_MODAL = 1u << 29,      /* not under a modal of ability ("missiles that can reach Tokyo": a range) */
  GD_TRIG_PERSON_OBJECT = 1u << 30,  /* a visit only of people sent ("would send Secretary Allen to Cairo") */
  GD_TRIG_WEAPON_PROGRAMME = 1u << 22 /* only with a "from" phrase naming a weapon's programme ("removed Turkey
                                        from the F-35 programme") */
};

typedef enum {
  GD_CUE_NEGATION = 0, GD_CUE_PLANNED, GD_CUE_THREAT, GD_CUE_PLEDGE, GD_CUE_AGREED,
  GD_CUE_DELIVERED, GD_CUE_CANCELLED, GD_CUE_LIFT, GD_CUE_EASE, GD_CUE_IMPOSE,
  GD_CUE_DETERMINER, GD_CUE_PREP, GD_CUE_PRONOUN,
  GD_CUE_BOUNDARY, GD_CUE_ARMS, GD_CUE_PLACE_ANAPHOR, GD_CUE_GROUP_ANAPHOR, GD_CUE_AIR,
  GD_CUE_JOIN, GD_CUE_ADD, GD_CUE_ORG_ANAPHOR, GD_CUE_SEAT, GD_CUE_UNDERGO, GD_CUE_REQUEST, GD_CUE_REFUSE, GD_CUE_SAME,
  GD_CUE_SPEECH, GD_CUE_EVADE, GD_CUE_DEAL, GD_CUE_ACCOMPANY, GD_CUE_LEAD, GD_CUE_CONDITION,
  GD_CUE_GROUP, GD_CUE_FIXED, GD_CUE_SITE,
  GD_CUE_COUNT
} gd_cue_kind;

/* A set of cue kinds, one bit each (a mention's cues, a mask of kinds). */
typedef uint64_t gd_cues;
#define GD_CUE_BIT(k) ((gd_cues)1 << (k))

/* Cue kinds read on the parse alone (a noun's lemma): the matcher makes no
 * mention of their words, which stay plain to the noun phrases ("the
 * Vietnamese party leader", "his ranch in Texas"). */
#define GD_CUES_PARSE_ONLY (GD_CUE_BIT(GD_CUE_GROUP) | GD_CUE_BIT(GD_CUE_SITE))

typedef struct gd_office_word {
  const char *office;     /* office local name, "President"; "Leader" = any head */
  int sole;               /* lex:sole true: only one state or body has it ("the Pope") */
} gd_office_word;

/* gd_sense.caps_only: which words of a name the text must capitalize.  Bit
 * I (I < GD_CAPS_WORDS) stands for word I of the phrase; GD_CAPS_ALL asks
 * for a word in capitals ("US", "IS"). */
enum { GD_CAPS_WORDS = 31 };
#define GD_CAPS_WORD(i) (1u << (i))
#define GD_CAPS_ALL (1u << GD_CAPS_WORDS)

typedef enum { GD_PH_ENTITY, GD_PH_TRIGGER, GD_PH_CUE, GD_PH_OFFICE } gd_ph_kind;

typedef struct gd_sense {
  gd_ph_kind kind;
  gd_name_kind how;             /* for entities */
  unsigned caps_only;           /* GD_CAPS_ALL: only text in capitals ("US");
                                   else bit I: word I only capitalized */
  union {
    const geordf_entity *entity;
    const gd_trigger *trigger;
    gd_cue_kind cue;
    const gd_office_word *office;
  } u;
  struct gd_sense *next;
} gd_sense;

/* Looks up a phrase by its key (folded tokens joined by single spaces).
 * Returns its senses or NULL; *IS_PREFIX says whether longer phrases start
 * with this key. */
const gd_sense *gd_lexicon_lookup(const geordf_lexicon *lex, const char *key,
                                  size_t keylen, int *is_prefix);

/* The same, for a KEY whose gd_key_hash() H is known. */
const gd_sense *gd_lexicon_lookup_hashed(const geordf_lexicon *lex, const char *key, size_t keylen, uint64_t h,
                                         int *is_prefix);

/* Asks for the memory that a lookup of KEY reads first (its word of the
 * phrase filter), so that a lookup a little later finds it in cache: the
 * filter is larger than a core's cache once the parser's tables have
 * passed through it, and most words of a text are rare enough to miss.
 * Returns the key's gd_key_hash(). */
uint64_t gd_lexicon_prefetch(const geordf_lexicon *lex, const char *key, size_t keylen);

/* Phrase I of a frozen lexicon, in the order they were added (tests compare
 * two lexicons with it): its key in *KEY (*KEYLEN bytes, not terminated)
 * and its senses in *SENSES; 0 past the last. */
int gd_lexicon_phrase_at(const geordf_lexicon *lex, size_t i, const char **key, size_t *keylen,
                         const gd_sense **senses);

/* The people holding OFFICE ("President", or "Leader" for any head of state
 * or government) of the state OF on DATE (YYYY-MM-DD; "" means any time).
 * Writes at most MAX to OUT and returns how many.  For "Leader" the first
 * is the one "the leader" names: a lex:Leader term, else the holder of the
 * state's lex:leaderOffice then, else a supreme leader, a president, a
 * monarch, a head of government, in that order; ties in lexicon order.
 * With OF and a DATE, an office held collectively then (a term marked
 * lex:collective in force: Bosnia's three-member presidency) names no single
 * person: 0, and for "Leader" so when the office "the leader" would name
 * is; a collective term of a lesser rank is left out. */
size_t gd_lexicon_office_holders(const geordf_lexicon *lex, const char *office,
                                 const geordf_entity *of, const char *date,
                                 const geordf_entity **out, size_t max);

/* gd_lexicon_office_holders() among the people whose label holds the words
 * NAME (LEN bytes, any case) as words of its own, and more besides
 * ("Kennedy" in "John F. Kennedy"). */
size_t gd_lexicon_office_holders_named(const geordf_lexicon *lex, const char *office, const geordf_entity *of,
                                       const char *date, const char *name, size_t len, const geordf_entity **out,
                                       size_t max);

/* The people holding OFFICE of the state OF on DATE in an acting term
 * (lex:acting true), as "Nigeria's acting president" names them: at most
 * MAX into OUT, how many returned.  gd_lexicon_office_holders() passes over
 * acting terms while someone holds the office in a term of his own, and
 * "Leader" and its kin never count them. */
size_t gd_lexicon_acting_holders(const geordf_lexicon *lex, const char *office, const geordf_entity *of,
                                 const char *date, const geordf_entity **out, size_t max);

/* Whether gd_lexicon_office_holders() names no one for OFFICE of OF on DATE
 * because the office is held collectively then. */
int gd_lexicon_office_collective(const geordf_lexicon *lex, const char *office,
                                 const geordf_entity *of, const char *date);

/* Whether PERSON held an office of a state on DATE, or else served one
 * then (lex:affiliation); returns that state (for "leader acting for the
 * state") or the nationality, or NULL. */
const geordf_entity *gd_person_state(const geordf_entity *person, const char *date);

/* What entity E, named as HOW in a document of DATE (YYYY-MM-DD, or ""
 * for none), stands for then: a place with lex:metonymDuring terms as it
 * stood on DATE (Moscow for the Soviet Union in 1975), another entity with
 * them the term's state (the Sandinistas in 1985: Nicaragua); a state named before
 * its lex:start its predecessor then (Russia in 1975: the Soviet Union), and
 * its seat (a lex:metonym, "the Kremlin") its predecessor's until that one
 * ends; a state that broke away (lex:predecessor) its predecessor before its
 * start, but for its demonym; else E.  A document with no date takes E as it
 * stands now. */
const geordf_entity *gd_entity_on(const geordf_entity *e, gd_name_kind how, const char *date);

/* Whether state E existed on DATE by its lex:start and lex:end (1 for a
 * state with no dates or no DATE). */
int gd_state_alive(const geordf_entity *e, const char *date);

/* Whom person P acts for in an event on DATE: the state of an office or
 * term held then, else P itself when it acts for no state (a militant
 * leader), else its nationality. */
/* The members of organization ORG on DATE (YYYY-MM-DD; "" means at any
 * time) by its lex:member terms, in lexicon order, each once: writes at
 * most MAX to OUT and returns how many there are in all.  A state is
 * named as it is in the lexicon (the Soviet Union, not Russia, in the
 * Warsaw Pact). */
size_t gd_lexicon_members(const geordf_entity *org, const char *date, const geordf_entity **out,
                          size_t max);

/* Whether STATE was a member of organization ORG on DATE ("" means at any
 * time): 2 for a permanent seat (lex:permanent: the Security Council's
 * five), 1 for any other membership, 0 for none. */
int gd_lexicon_is_member(const geordf_entity *state, const geordf_entity *org, const char *date);

/* The one state or organization every holder of OFFICE in the lexicon held
 * it in ("Pope": the Holy See), or NULL when there are several or none.
 * Asked only of offices marked lex:sole. */
const geordf_entity *gd_office_sole_state(const geordf_lexicon *lex, const char *office);

const geordf_entity *gd_person_acts_for(const geordf_entity *p, const char *date);

#endif
