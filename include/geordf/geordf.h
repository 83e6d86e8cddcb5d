/* geordf: news text to a geopolitical knowledge graph in RDF.
 * SPDX-License-Identifier: MIT
 *
 * This header is the whole public contract of libgeordf.  Anything it does
 * not declare is internal and may change.  Conventions:
 *   - functions return geordf_status; 0 (GEORDF_OK) is success;
 *   - out-parameters come first and are set to NULL on failure;
 *   - every geordf_*_free() accepts NULL;
 *   - strings are UTF-8 and owned by the object they were read from unless
 *     a comment says the caller owns them;
 *   - the library prints nothing and reads no environment variable: errors
 *     are statuses, with messages in geordf_lexicon_error() and
 *     geordf_parser_error().
 */
#ifndef GEORDF_GEORDF_H
#define GEORDF_GEORDF_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GEORDF_NS "https://w3id.org/geordf/ns#"       /* ontology terms */
#define GEORDF_ID_NS "https://w3id.org/geordf/id/"     /* lexicon entities */
#define GEORDF_DEFAULT_BASE "https://w3id.org/geordf/doc/" /* documents */

typedef enum {
  GEORDF_OK = 0,
  GEORDF_END,          /* nothing more to read (not an error) */
  GEORDF_ERR_NOMEM,    /* out of memory */
  GEORDF_ERR_IO,       /* a file could not be read or written */
  GEORDF_ERR_SYNTAX,   /* input (JSON, Turtle, date) is malformed */
  GEORDF_ERR_ARG,      /* a bad argument or option value */
  GEORDF_ERR_RDF,      /* the RDF library failed */
  GEORDF_ERR_LEXICON,  /* the lexicon is missing or inconsistent */
  GEORDF_ERR_UNSUPPORTED /* a request (a SPARQL feature) geordf does not
                            implement; nothing was done */
} geordf_status;

/* A static, human-readable name for a status. */
const char *geordf_strerror(geordf_status st);

/* The library version, "MAJOR.MINOR.PATCH". */
const char *geordf_version(void);

/* ---- Lexicon ---------------------------------------------------------- */

typedef struct geordf_lexicon geordf_lexicon;

/* Creates an empty lexicon.  Free with geordf_lexicon_free(). */
geordf_status geordf_lexicon_new(geordf_lexicon **out);

/* Loads every *.ttl file of the folder DIR (the bundled lexicon lives in
 * PKGDATADIR/lexicon).  Errors name the file and line. */
geordf_status geordf_lexicon_load_dir(geordf_lexicon *lex, const char *dir);

/* The folder of the bundled lexicon, to pass to geordf_lexicon_load_dir():
 * for a build running from its build tree, the source tree's; else the
 * data folder installed with the library (found next to the installed
 * program or library even when the installation was moved as a whole, then
 * at the configured PKGDATADIR).  NULL when there is none.  The library
 * reads no environment variable (the geordf tool looks in $GEORDF_DATADIR
 * first; a program that wants the same passes its own folder).  The
 * string is static: copy it before calling again; not thread-safe. */
const char *geordf_lexicon_default_dir(void);

/* Loads one Turtle lexicon file (see geordf-lexicon(5)).  On a parse error
 * nothing of that file is kept. */
geordf_status geordf_lexicon_load_file(geordf_lexicon *lex, const char *path);

/* Loads the syntax model extraction parses sentences with (PATH; NULL
 * for the default: the build tree's, else the installed data folder's
 * geordf-en.model; the geordf tool passes $GEORDF_MODEL when set).  Without one, extraction falls back to
 * reading arguments by word distance.  GEORDF_ERR_IO (no file, or a
 * damaged one) leaves a message in geordf_lexicon_error(). */
geordf_status geordf_lexicon_load_model(geordf_lexicon *lex, const char *path);

/* Prepares the loaded lexicon for matching; call once after loading. */
geordf_status geordf_lexicon_freeze(geordf_lexicon *lex);

/* The message of the last lexicon error (file:line: what), or "". */
const char *geordf_lexicon_error(const geordf_lexicon *lex);

void geordf_lexicon_free(geordf_lexicon *lex);

/* ---- Documents and events ---------------------------------------------- */

/* A document to extract from.  Fields are borrowed for the call. */
typedef struct {
  const char *id;     /* unique document id (required) */
  const char *date;   /* publication date YYYY-MM-DD, or NULL */
  const char *title;  /* headline, or NULL */
  const char *text;   /* body, UTF-8 (required) */
  size_t text_len;    /* bytes in text */
  const char *url;    /* source address, or NULL */
} geordf_document;

typedef enum {
  GEORDF_VISIT = 0,
  GEORDF_ALLIANCE,
  GEORDF_ARMSDEAL,
  GEORDF_SANCTION,
  GEORDF_SHOOTDOWN,
  GEORDF_EVENT_TYPE_COUNT
} geordf_event_type;

/* The local name of an event class: "Visit", "Alliance", ... */
const char *geordf_event_type_name(geordf_event_type t);

typedef enum {
  GEORDF_ROLE_VISITOR = 0, GEORDF_ROLE_DESTINATION, GEORDF_ROLE_HOST,
  GEORDF_ROLE_PLACE, GEORDF_ROLE_PARTY, GEORDF_ROLE_SUPPLIER,
  GEORDF_ROLE_RECIPIENT, GEORDF_ROLE_ITEM, GEORDF_ROLE_IMPOSER,
  GEORDF_ROLE_TARGET, GEORDF_ROLE_ATTACKER, GEORDF_ROLE_VICTIM,
  GEORDF_ROLE_AIRCRAFT,
  GEORDF_ROLE_COUNT
} geordf_role;

/* The property local name of a role: "visitor", "destination", ... */
const char *geordf_role_name(geordf_role r);

typedef enum {
  GEORDF_STATUS_NONE = 0,
  GEORDF_STATUS_PLEDGED, GEORDF_STATUS_AGREED, GEORDF_STATUS_DELIVERED,
  GEORDF_STATUS_CANCELLED, GEORDF_STATUS_IMPOSED, GEORDF_STATUS_THREATENED,
  GEORDF_STATUS_LIFTED, GEORDF_STATUS_EASED
} geordf_event_status;

/* "Pledged", "Imposed", ... or NULL for GEORDF_STATUS_NONE. */
const char *geordf_event_status_name(geordf_event_status s);

/* An entity of the lexicon (country, organization, person, armed group,
 * weapon system, place).  Owned by the lexicon. */
typedef struct geordf_entity geordf_entity;

const char *geordf_entity_iri(const geordf_entity *e);
const char *geordf_entity_label(const geordf_entity *e);
/* The Wikidata id ("Q159") or NULL. */
const char *geordf_entity_qid(const geordf_entity *e);
/* The ontology class local name: "Country", "Person", ... */
const char *geordf_entity_class(const geordf_entity *e);

/* The events found in one document.  Owned by the caller; free with
 * geordf_events_free(). */
typedef struct geordf_events geordf_events;
typedef struct geordf_event geordf_event;

/* Extracts the events of DOC.  *OUT holds them (possibly none). */
geordf_status geordf_extract(geordf_events **out, const geordf_lexicon *lex,
                             const geordf_document *doc);

size_t geordf_events_count(const geordf_events *evs);
const geordf_event *geordf_events_get(const geordf_events *evs, size_t i);
void geordf_events_free(geordf_events *evs);

geordf_event_type geordf_event_get_type(const geordf_event *ev);
/* The number of fillers of ROLE, and the I-th of them. */
size_t geordf_event_role_count(const geordf_event *ev, geordf_role role);
const geordf_entity *geordf_event_role_get(const geordf_event *ev,
                                           geordf_role role, size_t i);
/* Free-text item or aircraft description, or NULL. */
const char *geordf_event_item_text(const geordf_event *ev);
geordf_event_status geordf_event_get_status(const geordf_event *ev);
int geordf_event_planned(const geordf_event *ev);
int geordf_event_negated(const geordf_event *ev);
/* "YYYY", "YYYY-MM" or "YYYY-MM-DD", or NULL when unknown. */
const char *geordf_event_date(const geordf_event *ev);
double geordf_event_confidence(const geordf_event *ev);
/* Evidence sentences: count, and byte offsets [*begin, *end) into the text. */
size_t geordf_event_evidence_count(const geordf_event *ev);
void geordf_event_evidence_get(const geordf_event *ev, size_t i,
                               size_t *begin, size_t *end);

/* ---- RDF output --------------------------------------------------------- */

typedef enum {
  GEORDF_FORMAT_TURTLE = 0,
  GEORDF_FORMAT_NTRIPLES,
  GEORDF_FORMAT_NQUADS,
  GEORDF_FORMAT_RDFXML,
  GEORDF_FORMAT_DOT     /* a GraphViz picture of the events, not RDF */
} geordf_format;

/* Parses "turtle", "ntriples", "nquads", "rdfxml", "dot"; GEORDF_ERR_ARG
 * otherwise. */
geordf_status geordf_format_parse(geordf_format *out, const char *name);

typedef struct geordf_writer geordf_writer;

#define GEORDF_EVIDENCE_MAX 100

/* A writer that streams the RDF of documents to FH (not closed by the
 * writer).  BASE is the IRI prefix for documents (NULL: the default).
 * Free with geordf_writer_free() after geordf_writer_finish(). */
geordf_status geordf_writer_new(geordf_writer **out, FILE *fh,
                                geordf_format format, const char *base);

/* Writes one document node, its events, entities and evidence.  Statements
 * go to the serializer at once; nothing is kept across documents.  An event
 * lists its first GEORDF_EVIDENCE_MAX evidence sentences; one found in more
 * (a transcript, a live blog, a page repeating itself) also carries
 * geo:mentionCount, the number of all, so the output stays small. */
geordf_status geordf_writer_write(geordf_writer *w, const geordf_document *doc,
                                  const geordf_events *evs);

/* Ends the output (closing any open RDF/XML element) and flushes. */
geordf_status geordf_writer_finish(geordf_writer *w);

void geordf_writer_free(geordf_writer *w);

/* ---- Redland models ------------------------------------------------------ */

struct librdf_model_s; /* librdf_model, from <redland.h> */

/* Adds to MODEL the statements geordf_writer_write() writes for DOC and EVS
 * (EVS may be NULL: the document node only), with the same IRIs under BASE
 * (NULL: the default).  When the model's storage keeps contexts (for
 * example "hashes" with contexts='yes') they go into the document's named
 * graph, its IRI, as in N-Quads; otherwise into the model as triples.  The
 * model keeps its own copies.  Returns GEORDF_ERR_ARG for a NULL model or
 * document or a bad BASE, GEORDF_ERR_RDF when librdf refuses a statement;
 * then the statements added so far stay (use a librdf transaction to undo
 * them). */
geordf_status geordf_model_add(struct librdf_model_s *model,
                               const geordf_document *doc,
                               const geordf_events *evs, const char *base);

/* ---- Syntax ------------------------------------------------------------- */

/* A part-of-speech tagger, lemmatizer and dependency parser for English,
 * trained on Universal Dependencies (see README: Syntax).  One parser per
 * thread; the model itself is mapped read-only and shared by the system. */
typedef struct geordf_parser geordf_parser;

/* Creates a parser with no model.  Free with geordf_parser_free(). */
geordf_status geordf_parser_new(geordf_parser **out);

/* Loads the model file PATH, or when PATH is NULL the default one: the
 * model of the build tree the code runs from, else geordf-en.model in the
 * data folder (next to lexicon/).  A missing,
 * truncated or damaged file is GEORDF_ERR_IO or GEORDF_ERR_SYNTAX, with
 * geordf_parser_error() saying which file and what to do. */
geordf_status geordf_parser_load(geordf_parser *p, const char *path);

/* The message of the last error (file: what), or "". */
const char *geordf_parser_error(const geordf_parser *p);

/* A word of a parsed sentence.  Strings belong to the parser and stay
 * valid until the callback returns. */
typedef struct {
  size_t b, e;         /* byte span in the text given (0, 0 for words given
                          one by one) */
  const char *form;    /* the word: a contraction ("don't") is two words
                          ("do", "n't"), as in UD English */
  const char *lemma;   /* "visit" for "visited" */
  const char *upos;    /* a UD part of speech: "NOUN", "VERB", ... */
  size_t head;         /* 0 for the root, else the 1-based index of the
                          head word in the sentence */
  const char *deprel;  /* a UD relation: "nsubj", "obl", "nmod:poss", ... */
} geordf_word;

typedef struct {
  const geordf_word *words; /* words[0] is word 1 */
  size_t n;
  size_t b, e;              /* byte span of the sentence in the text */
} geordf_sentence;

/* Called once per sentence; a non-zero return stops the parse. */
typedef int (*geordf_sentence_fn)(const geordf_sentence *s, void *payload);

/* Splits TEXT[0..LEN) (UTF-8) into sentences and words as extraction does
 * and calls FN with the analysis of each sentence in order. */
geordf_status geordf_parse_text(geordf_parser *p, const char *text, size_t len,
                                geordf_sentence_fn fn, void *payload);

/* Analyzes one sentence given as N words (NUL-terminated UTF-8 strings,
 * already split as UD English splits them) and calls FN once. */
geordf_status geordf_parse_words(geordf_parser *p, const char *const *words, size_t n,
                                 geordf_sentence_fn fn, void *payload);

void geordf_parser_free(geordf_parser *p);

#ifdef __cplusplus
}
#endif
#endif /* GEORDF_GEORDF_H */
