/* geordf: loads the Turtle lexicon with raptor and builds the phrase table
 * (a trie kept in a hash table: every phrase and every proper prefix).
 * SPDX-License-Identifier: MIT */
#define _DEFAULT_SOURCE /* madvise */
#include "lexicon.h"
#include "hash.h"
#include "lemma.h"
#include "lexicon-builtin.h"
#include "lexicon-fold.h"
#include "schema.h"
#include "synmodel.h"
#include "deps.h"
#include "token.h"

/* The bundled files as parsed at build time, when the build made them
 * (a build without them, like the fuzzing one, parses every file). */
#if defined __has_include
#if __has_include("lexicon-data.h")
#include "lexicon-data.h"
#define GD_HAVE_BUILTIN 1
#endif
#endif
#ifndef GD_HAVE_BUILTIN
static const gd_builtin_file gd_lexicon_builtin[] = {{NULL, {0, 0}, 0, NULL, 0, NULL, 0}};
static const char gd_lexicon_builtin_raptor[] = "";
static const char gd_lexicon_builtin_utf8proc[] = "";
static const size_t gd_lexicon_builtin_norder = 0;
static const uint32_t gd_lexicon_builtin_order[] = {0};
#endif

#include <raptor2.h>
#include <utf8proc.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/stat.h>
#include <dirent.h>

#define GEO GEORDF_NS
#define LEX GD_LEX_NS
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define SKOS_ALT "http://www.w3.org/2004/02/skos/core#altLabel"
#define SKOS_PREF "http://www.w3.org/2004/02/skos/core#prefLabel"
#define OWL_SAME "http://www.w3.org/2002/07/owl#sameAs"
#define WD_ENTITY "http://www.wikidata.org/entity/"

/* A statement read from a lexicon file.  The strings live in the
 * lexicon's statement arena or in the built-in data (lexicon-builtin.h). */
typedef struct {
  const char *s, *p, *o;
  char lit;         /* object is a literal */
  char fold;        /* ... a built-in one, folded at build time (add_phrase) */
  short pk;         /* the predicate as a PRED_* (set when building) */
  short first;      /* the first statement of its subject (set when building) */
} triple;

/* The predicates build() tests on every statement. */
enum { PRED_OTHER = 0, PRED_TYPE, PRED_LABEL, PRED_ALT, PRED_PREF, PRED_SAME,
       /* lex:demonym, metonym, surname, form: a literal is a phrase */
       PRED_DEMONYM, PRED_METONYM, PRED_SURNAME, PRED_FORM,
       /* links to another entity: geo:locatedIn, nationality, originCountry,
        * basedIn (the entity's country), lex:metonymFor, successor,
        * predecessor, soleOperator */
       PRED_COUNTRY, PRED_ORIGIN, PRED_METONYM_FOR, PRED_SUCCESSOR, PRED_PREDECESSOR, PRED_OPERATOR,
       /* lex:served, describedAs, start, end, metonymDuring, member,
        * nonState, geo:kind, lex:holds, affiliation, leaderOffice */
       PRED_SERVED, PRED_DESCRIBED, PRED_START, PRED_END, PRED_METONYM_DURING, PRED_MEMBER,
       PRED_NON_STATE, PRED_KIND, PRED_HOLDS, PRED_AFFILIATION, PRED_LEADER_OFFICE,
       /* inside a dated blank node: lex:office, of, state, collective, permanent */
       PRED_OFFICE, PRED_OF, PRED_STATE, PRED_COLLECTIVE, PRED_PERMANENT, PRED_ACTING };

/* Whether a literal of PK is a phrase of the entity. */
static int pred_names(int pk) { return pk == PRED_LABEL || pk == PRED_ALT || pk == PRED_PREF || (pk >= PRED_DEMONYM && pk <= PRED_FORM); }

/* Keys of up to this many bytes, most of them (single words), are kept
 * in the phrase itself: a lookup that finds one reads no other memory for
 * it (text's lookups wait on memory more than they compute). */
#define PHRASE_INLINE 16

typedef struct {
  gd_sense *senses;
  uint32_t hash_hi;        /* the high half of gd_key_hash() of the key (the
                              low half is the index's tag) */
  uint32_t len_prefix;     /* the key's length << 1, | 1 when longer
                              phrases start with it */
  union {
    char bytes[PHRASE_INLINE]; /* a key of up to PHRASE_INLINE bytes */
    const char *ptr;           /* a longer one, in the pool */
  } key;                   /* (32 bytes a phrase, two to a cache line) */
} phrase;

/* A person in a group of office holders, with the span of their terms in
 * it: the earliest start and the latest end ("" where one is open). */
typedef struct {
  const geordf_entity *who;
  char start[11], end[11];
} held;

/* The people who held an office of a state, in lexicon order: what
 * office_holders() reads, so that "the president of Russia" visits a few
 * people, and "the president" of no state those whose terms span the date,
 * not every office holder. */
typedef struct {
  uint64_t key;           /* held_key() of the state and office */
  held *v;                /* in lex->held_all */
  size_t n, cap;          /* people; terms (room enough) */
} held_group;

/* An entity and the index of its first statement (while building). */
typedef struct grp_ent {
  size_t i;
  struct geordf_entity *e;
} grp_ent;

/* The phrase table, probed for every word of every text: the phrases in
 * one array and a gd_hindex over them (8-byte slots, whose memory is
 * faulted in at every start), tagged with the low half of the hash, which
 * so picks the slot; the high half picks the filter bits. */
typedef struct {
  gd_hindex ix;
  phrase *v;               /* the phrases */
  size_t n, capv;
} phtab;

struct geordf_lexicon {
  triple *tr;
  size_t ntr, captr;
  geordf_entity **ents;
  size_t nents, capents;
  const geordf_entity **office_people; /* those with an office, in lexicon order */
  size_t n_office_people;
  uint64_t *holder_words;  /* a bit for each word of their labels (any case), by hash:
                              HOLDER_WORD_BITS bits */
  held_group *held;       /* by state and office (built at freeze) */
  size_t n_held;
  held *held_all;         /* their people, group after group */
  gd_hindex by_held;      /* held_key() -> its group in held */
  const char **office_names; /* the names of people's offices, each once
                                (in the pool): an office is found by
                                comparing pointers */
  size_t n_office_names, cap_office_names;
  gd_hindex by_iri;       /* IRI -> entity (over ents) */
  struct grp_ent *grp;    /* while building: the entities in statement order */
  gd_hindex blanks;       /* while building: a blank node -> its first
                             statement (over tr) */
  phtab phrases;           /* key -> phrase */
  uint64_t *filter;       /* two bits per phrase key's hash, set at freeze:
                             most words of a text are no phrase, and this
                             bitmap stays in cache where the table does not */
  size_t filter_mask;     /* bits - 1, a power of two less one */
  size_t max_phrase_len;
  gd_trigger *trigs;      /* owned arrays */
  size_t ntrigs;
  gd_office_word *offices;
  size_t noffices;
  struct gd_tokens *pool; /* arena for strings (a token list reused as arena) */
  struct gd_tokens *tpool; /* arena for the statements' strings, until frozen */
  gd_name_fold fold;      /* the name add_phrase folds, buffers reused */
  int builtin_folds;      /* the built-in names' folds may be used */
  size_t n_prefolded;     /* names add_phrase took folded at build time */
  uintptr_t builtin_lo, builtin_hi; /* the span of the built-in pools */
  int no_builtin;         /* parse even files that match the built-in data */
  size_t n_builtin;       /* files taken from the built-in data */
  size_t n_inorder;       /* the first loads were built-in files 0 .. N-1 in
                             turn, into an empty lexicon: sort_triples() may
                             put their statements in gd_lexicon_builtin_order */
  int out_of_order;       /* some other load came before or between them */
  size_t n_deferred;      /* built-in files 0 .. N-1, loaded in turn, whose
                             statements hold tr[0 ..) but are not yet
                             written there (sort_triples() writes them in
                             their final order) */
  int frozen;
  int image;              /* frozen from the build's image (lexicon-image.h):
                             the tables are its static arrays, not owned */
  int image_iri;          /* ... by_iri's slots too (copied on a change) */
  gd_synmodel *syn;       /* the syntax model, or NULL */
  unsigned char relmap[GD_MAX_LABELS]; /* its labels' relations (deps.h) */
  gd_date_words *dates;   /* the date words (date kinds of lex:cue) */
  /* Tag caches given back by the documents extracted with the model, for
   * the next ones (gd_lexicon_take_tagcache); no part of the lexicon's
   * value, so the const lexicon of extraction changes them. */
  _Atomic(gd_tagcache *) tagcache[GD_LEXICON_TAGCACHES];
  unsigned file_seq;      /* blank node scope per file */
  unsigned bpre_seq;      /* the file_seq BPRE was made for */
  char bpre[32];          /* "_:f<file_seq>_" */
  char err[512];
};



/* The tag of a key with gd_key_hash() H in the IRI and blank node indexes:
 * its low half, as in the phrase table.  (gd_hash_tag() would undo
 * gd_key_hash()'s last step, leaving low bits that the last byte of a key of
 * 5 to 7 bytes, or of 13 to 15 and so on, never reaches: blank labels
 * "genid17" and "genid18", and keys differing in their last byte only,
 * fell in one run of slots, and lookups probed tens of them.) */
static uint32_t key_tag(uint64_t h) { return (uint32_t)h; }

/* Makes room for N more phrases, the table at most half full; -1 if out
 * of memory. */
static int phtab_reserve(phtab *t, size_t more) {
  if (t->n + more > t->capv) {
    size_t capv = t->capv ? t->capv * 2 : 1024;
    while (t->n + more > capv) capv *= 2;
    phrase *v = t->v ? realloc(t->v, capv * sizeof *v) : gd_malloc_big(capv * sizeof *v);
    if (!v) return -1;
    t->v = v;
    t->capv = capv;
  }
  return gd_hindex_reserve(&t->ix, more);
}

/* The slot of the phrase with key KEY[0..N) and hash H, or the empty slot
 * where it belongs. */
static gd_hslot *phtab_slot(const phtab *t, const char *key, size_t n, uint64_t h) {
  uint32_t tag = (uint32_t)h;
  gd_hslot *s;
  for (s = gd_hindex_first(&t->ix, tag); s->ix; s = gd_hindex_next(&t->ix, s)) {
    const phrase *ph = &t->v[s->ix - 1];
    if (s->tag == tag && ph->hash_hi == (uint32_t)(h >> 32) && ph->len_prefix >> 1 == n &&
        !memcmp(n <= PHRASE_INLINE ? ph->key.bytes : ph->key.ptr, key, n))
      break;
  }
  return s;
}

static char *pool_dup(geordf_lexicon *lex, const char *s) {
  return gd_tokens_strdup(lex->pool, s, strlen(s));
}

static void set_err(geordf_lexicon *lex, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(lex->err, sizeof lex->err, fmt, ap);
  va_end(ap);
}

geordf_status geordf_lexicon_new(geordf_lexicon **out) {
  *out = NULL;
  geordf_lexicon *lex = calloc(1, sizeof *lex);
  if (!lex) return GEORDF_ERR_NOMEM;
  lex->pool = gd_tokenize("", 0);
  lex->tpool = gd_tokenize("", 0);
  if (!lex->pool || !lex->tpool) {
    gd_tokens_free(lex->pool);
    gd_tokens_free(lex->tpool);
    free(lex);
    return GEORDF_ERR_NOMEM;
  }
  /* The names folded at build time were folded with utf8proc's tables of
   * then: they stand only for the same version. */
  lex->builtin_folds = !strcmp(utf8proc_version(), gd_lexicon_builtin_utf8proc);
  /* The pools are static arrays of this file, so the span from the first
   * to the end of the last holds only the program's read-only data, which
   * lives as long as they do: is_builtin_str() makes one test, not one a
   * file. */
  lex->builtin_lo = UINTPTR_MAX;
  for (const gd_builtin_file *b = gd_lexicon_builtin; b->name; b++) {
    if ((uintptr_t)b->pool < lex->builtin_lo) lex->builtin_lo = (uintptr_t)b->pool;
    if ((uintptr_t)b->pool + b->pool_len > lex->builtin_hi) lex->builtin_hi = (uintptr_t)b->pool + b->pool_len;
  }
  *out = lex;
  return GEORDF_OK;
}

const char *geordf_lexicon_error(const geordf_lexicon *lex) { return lex ? lex->err : ""; }

void geordf_lexicon_free(geordf_lexicon *lex) {
  if (!lex) return;
  free(lex->tr);
  gd_tokens_free(lex->tpool);
  gd_name_fold_free(&lex->fold);
  if (lex->image) {
    /* The tables are the image's static arrays; only the entity list,
     * the date words and what was added since are the lexicon's. */
    free(lex->ents);
    gd_date_words_free(lex->dates);
    if (!lex->image_iri) gd_hindex_free(&lex->by_iri);
    gd_tokens_free(lex->pool);
    if (lex->syn) gd_synmodel_close(lex->syn);
    free(lex->syn);
    for (size_t i = 0; i < GD_LEXICON_TAGCACHES; i++) gd_tagcache_free(atomic_load(&lex->tagcache[i]));
    free(lex);
    return;
  }
  for (size_t i = 0; i < lex->nents; i++) {
    /* The entities, their strings and terms live in the pool. */
    geordf_entity *e = lex->ents[i];
    if (e->era) {
      free(e->era->seats);
      free(e->era->members);
    }
  }
  free(lex->ents);
  free(lex->holder_words);
  free(lex->office_people);
  free(lex->held_all);
  free(lex->held);
  gd_hindex_free(&lex->by_held);
  gd_date_words_free(lex->dates);
  free(lex->office_names);
  /* Phrases and senses live in the pool. */
  gd_hindex_free(&lex->phrases.ix);
  free(lex->phrases.v);
  free(lex->filter);
  gd_hindex_free(&lex->by_iri);
  gd_hindex_free(&lex->blanks);
  free(lex->grp);
  free(lex->trigs);
  free(lex->offices);
  gd_tokens_free(lex->pool);
  if (lex->syn) gd_synmodel_close(lex->syn);
  free(lex->syn);
  for (size_t i = 0; i < GD_LEXICON_TAGCACHES; i++) gd_tagcache_free(atomic_load(&lex->tagcache[i]));
  free(lex);
}

geordf_status geordf_lexicon_load_model(geordf_lexicon *lex, const char *path) {
  if (!lex) return GEORDF_ERR_ARG;
  if (!path) path = gd_model_default_path();
  if (!path) {
    snprintf(lex->err, sizeof lex->err,
             "no syntax model found: build it with make, or set GEORDF_MODEL to a geordf-en.model");
    return GEORDF_ERR_IO;
  }
  gd_synmodel *m = calloc(1, sizeof *m);
  if (!m) return GEORDF_ERR_NOMEM;
  if (gd_synmodel_open(m, path)) {
    snprintf(lex->err, sizeof lex->err, "%s", m->error);
    gd_synmodel_close(m);
    free(m);
    return GEORDF_ERR_IO;
  }
  if (lex->syn) gd_synmodel_close(lex->syn);
  free(lex->syn);
  lex->syn = m;
  gd_deps_relmap(m, lex->relmap);
  return GEORDF_OK;
}

const gd_synmodel *gd_lexicon_syntax(const geordf_lexicon *lex) { return lex->syn; }

const unsigned char *gd_lexicon_relmap(const geordf_lexicon *lex) { return lex->relmap; }

gd_tagcache *gd_lexicon_take_tagcache(const geordf_lexicon *lex) {
  geordf_lexicon *l = (geordf_lexicon *)(uintptr_t)lex;
  for (size_t i = 0; i < GD_LEXICON_TAGCACHES; i++) {
    gd_tagcache *c = atomic_exchange(&l->tagcache[i], NULL);
    if (c) return c;
  }
  return gd_tagcache_new(GD_TAGCACHE_SLOTS);
}

void gd_lexicon_give_tagcache(const geordf_lexicon *lex, gd_tagcache *c) {
  geordf_lexicon *l = (geordf_lexicon *)(uintptr_t)lex;
  for (size_t i = 0; c && i < GD_LEXICON_TAGCACHES; i++) {
    gd_tagcache *none = NULL;
    if (atomic_compare_exchange_strong(&l->tagcache[i], &none, c)) return;
  }
  gd_tagcache_free(c);
}

const gd_date_words *gd_lexicon_date_words(const geordf_lexicon *lex) { return lex->dates; }

/* ---- Reading Turtle ------------------------------------------------------ */

typedef struct {
  geordf_lexicon *lex;
  const char *path;
  int failed;
  int nomem;
} load_ctx;

/* Blank node labels are scoped per file: "_:f<file number>_<label>";
 * blank_str_in() for file number SEQ. */
static const char *blank_str_in(geordf_lexicon *lex, const char *id, unsigned seq) {
  if (lex->bpre_seq != seq) {
    /* "_:f<seq>_" by hand: the built-in statements of the files come
     * interleaved, and snprintf() each time was 2% of start-up. */
    char digits[16];
    size_t nd = 0, k = 0;
    unsigned v = seq;
    do digits[nd++] = (char)('0' + v % 10); while ((v /= 10));
    lex->bpre[k++] = '_';
    lex->bpre[k++] = ':';
    lex->bpre[k++] = 'f';
    while (nd) lex->bpre[k++] = digits[--nd];
    lex->bpre[k++] = '_';
    lex->bpre[k] = '\0';
    lex->bpre_seq = seq;
  }
  size_t k = strlen(lex->bpre), n = strlen(id);
  char *s = gd_tokens_alloc(lex->tpool, k + n + 1);
  if (!s) return NULL;
  memcpy(s, lex->bpre, k);
  memcpy(s + k, id, n + 1);
  return s;
}

static const char *blank_str(geordf_lexicon *lex, const char *id) {
  return blank_str_in(lex, id, lex->file_seq);
}

static const char *term_str(geordf_lexicon *lex, raptor_term *t, int *lit) {
  *lit = 0;
  const char *s;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    s = (const char *)raptor_uri_as_string(t->value.uri);
    return gd_tokens_strdup(lex->tpool, s, strlen(s));
  case RAPTOR_TERM_TYPE_LITERAL:
    *lit = 1;
    s = (const char *)t->value.literal.string;
    return gd_tokens_strdup(lex->tpool, s, strlen(s));
  case RAPTOR_TERM_TYPE_BLANK:
    return blank_str(lex, (const char *)t->value.blank.string);
  default:
    return NULL;
  }
}

/* Room for N more statements. */
static int grow_triples(geordf_lexicon *lex, size_t n) {
  if (lex->captr - lex->ntr >= n) return 0;
  size_t cap = lex->captr ? lex->captr : 4096;
  while (cap - lex->ntr < n) cap *= 2;
  triple *v = lex->tr ? realloc(lex->tr, cap * sizeof *v) : gd_malloc_big(cap * sizeof *v);
  if (!v) return -1;
  lex->tr = v;
  lex->captr = cap;
  return 0;
}

static void on_statement(void *user, raptor_statement *st) {
  load_ctx *c = user;
  geordf_lexicon *lex = c->lex;
  if (grow_triples(lex, 1)) { c->nomem = 1; return; }
  int l1, l2, lit;
  triple t;
  t.s = term_str(lex, st->subject, &l1);
  t.p = term_str(lex, st->predicate, &l2);
  t.o = term_str(lex, st->object, &lit);
  t.lit = (char)lit;
  t.fold = 0;
  if (!t.s || !t.p || !t.o) {
    c->nomem = 1;
    return;
  }
  lex->tr[lex->ntr++] = t;
}

static void on_log(void *user, raptor_log_message *m) {
  load_ctx *c = user;
  if (m->level < RAPTOR_LOG_LEVEL_WARN) return;
  if (!c->failed) {
    int line = m->locator ? m->locator->line : -1;
    if (line > 0)
      set_err(c->lex, "%s:%d: %s", c->path, line, m->text ? m->text : "Turtle error");
    else
      set_err(c->lex, "%s: %s", c->path, m->text ? m->text : "Turtle error");
  }
  c->failed = 1;
}

/* The built-in statements of a file with exactly the bytes FH holds (SIZE
 * bytes), parsed by this same raptor version; NULL when there are none, and
 * then FH is back at its start.  Reading the file again costs far less than
 * parsing it. */
static const gd_builtin_file *builtin_for(const geordf_lexicon *lex, FILE *fh, off_t size) {
  if (lex->no_builtin || strcmp(raptor_version_string, gd_lexicon_builtin_raptor)) return NULL;
  const gd_builtin_file *b = gd_lexicon_builtin;
  while (b->name && (off_t)b->text_len != size) b++;
  if (!b->name) return NULL;
  /* Mapped rather than read: no copy, and no fresh memory to fault in. */
  const gd_builtin_file *found = NULL;
  void *map = size > 0 ? mmap(NULL, (size_t)size, PROT_READ, MAP_PRIVATE, fileno(fh), 0) : MAP_FAILED;
  char *buf = NULL;
  const char *bytes = map;
  if (map == MAP_FAILED) {
    buf = malloc((size_t)size + 1);
    bytes = buf && fread(buf, 1, (size_t)size + 1, fh) == (size_t)size ? buf : NULL;
  }
  uint64_t dg[2] = {0, 0};
  if (bytes) gd_builtin_digest(bytes, (size_t)size, dg);
  for (; bytes && b->name && !found; b++)
    if ((off_t)b->text_len == size && b->digest[0] == dg[0] && b->digest[1] == dg[1]) found = b;
  if (map != MAP_FAILED) munmap(map, (size_t)size);
  free(buf);
  rewind(fh);
  return found;
}

/* Writes statement I of built-in file B, loaded as file number SEQ, to T,
 * scoping its blank labels.  PREV is the statement written from I - 1 of
 * the same file just before, or NULL: a blank subject's statements are
 * adjacent, and share one string.  -1 if out of memory. */
static int put_builtin(geordf_lexicon *lex, triple *t, const gd_builtin_file *b, size_t i, unsigned seq,
                       const triple *prev) {
  const uint32_t *v = b->st + 4 * i;
  if ((v[3] & GD_BUILTIN_S_BLANK) && prev && (v[-1] & GD_BUILTIN_S_BLANK) && v[-4] == v[0])
    t->s = prev->s;
  else
    t->s = (v[3] & GD_BUILTIN_S_BLANK) ? blank_str_in(lex, b->pool + v[0], seq) : b->pool + v[0];
  t->p = b->pool + v[1];
  t->o = (v[3] & GD_BUILTIN_O_BLANK) ? blank_str_in(lex, b->pool + v[2], seq) : b->pool + v[2];
  t->lit = (v[3] & GD_BUILTIN_O_LIT) != 0;
  t->fold = (v[3] & GD_BUILTIN_O_FOLD) && lex->builtin_folds;
  return t->s && t->o ? 0 : -1;
}

/* Writes the statements of built-in file B, loaded as file number SEQ, to
 * tr[AT ..). */
static geordf_status put_builtin_file(geordf_lexicon *lex, size_t at, const gd_builtin_file *b, unsigned seq) {
  for (size_t i = 0; i < b->n_st; i++)
    if (put_builtin(lex, &lex->tr[at + i], b, i, seq, i ? &lex->tr[at + i - 1] : NULL)) return GEORDF_ERR_NOMEM;
  return GEORDF_OK;
}

/* Appends the statements of a built-in file, scoping its blank labels. */
static geordf_status load_builtin(geordf_lexicon *lex, const gd_builtin_file *b) {
  if (grow_triples(lex, b->n_st)) return GEORDF_ERR_NOMEM;
  geordf_status st = put_builtin_file(lex, lex->ntr, b, lex->file_seq);
  if (st == GEORDF_OK) lex->ntr += b->n_st;
  return st;
}

/* Writes the deferred statements, in the order of their files. */
static geordf_status undefer(geordf_lexicon *lex) {
  size_t at = 0;
  for (size_t f = 0; f < lex->n_deferred; f++) {
    geordf_status st = put_builtin_file(lex, at, &gd_lexicon_builtin[f], (unsigned)f + 1);
    if (st != GEORDF_OK) return st;
    at += gd_lexicon_builtin[f].n_st;
  }
  lex->n_deferred = 0;
  return GEORDF_OK;
}

void gd_lexicon_use_builtin(geordf_lexicon *lex, int on) { lex->no_builtin = !on; }

size_t gd_lexicon_builtin_files(const geordf_lexicon *lex) { return lex->n_builtin; }

size_t gd_lexicon_prefolded(const geordf_lexicon *lex) { return lex->n_prefolded; }

int gd_lexicon_from_image(const geordf_lexicon *lex) { return lex->image; }

int gd_lexicon_statement(const geordf_lexicon *lex, size_t i, const char **s, const char **p,
                         const char **o, int *lit) {
  if (i >= lex->ntr || (lex->n_deferred && undefer((geordf_lexicon *)lex) != GEORDF_OK)) return -1;
  *s = lex->tr[i].s;
  *p = lex->tr[i].p;
  *o = lex->tr[i].o;
  *lit = lex->tr[i].lit;
  return 0;
}

geordf_status geordf_lexicon_load_file(geordf_lexicon *lex, const char *path) {
  if (lex->frozen) { set_err(lex, "%s: lexicon already frozen", path); return GEORDF_ERR_ARG; }
  struct stat sb;
  if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) {
    set_err(lex, "%s: cannot read lexicon file (%s)", path,
            stat(path, &sb) != 0 ? "no such file" : "not a regular file");
    return GEORDF_ERR_IO;
  }
  FILE *fh = fopen(path, "rb");
  if (!fh) { set_err(lex, "%s: cannot open lexicon file", path); return GEORDF_ERR_IO; }
  if (!lex->tpool && !(lex->tpool = gd_tokenize("", 0))) {
    fclose(fh);
    return GEORDF_ERR_NOMEM;
  }
  size_t mark = lex->ntr;
  lex->file_seq++;
  load_ctx c = {lex, path, 0, 0};
  raptor_world *w = NULL;
  raptor_parser *p = NULL;
  geordf_status st = GEORDF_OK;
  const gd_builtin_file *b = builtin_for(lex, fh, sb.st_size);
  if (b && !lex->out_of_order && lex->n_deferred == lex->n_inorder && b == &gd_lexicon_builtin[lex->n_inorder] &&
      lex->file_seq == lex->n_inorder + 1) {
    /* The next bundled file in turn: its statements are written when the
     * lexicon is frozen, in their final order (sort_triples()).  The
     * first makes room for the rest too (the bundled files come in turn):
     * one array, no copies. */
    size_t rest = 0;
    for (const gd_builtin_file *f = b; f->name; f++) rest += f->n_st;
    if (grow_triples(lex, lex->n_deferred ? b->n_st : rest)) { st = GEORDF_ERR_NOMEM; goto cleanup; }
    lex->ntr += b->n_st;
    lex->n_deferred++;
    lex->n_inorder++;
    lex->n_builtin++;
    goto cleanup;
  }
  if (b) {
    st = load_builtin(lex, b);
    if (st == GEORDF_OK) lex->n_builtin++;
    if (!lex->out_of_order && gd_lexicon_builtin[lex->n_inorder].name) {
      if (st == GEORDF_OK && b == &gd_lexicon_builtin[lex->n_inorder] && lex->file_seq == lex->n_inorder + 1)
        lex->n_inorder++;
      else
        lex->out_of_order = 1;
    }
    goto cleanup;
  }
  /* (A file after all the bundled ones leaves their order usable.) */
  if (gd_lexicon_builtin[lex->n_inorder].name) lex->out_of_order = 1;
  w = raptor_new_world();
  /* A file stream needs no WWW library (curl and its TLS set-up). */
  if (w) raptor_world_set_flag(w, RAPTOR_WORLD_FLAG_WWW_SKIP_INIT_FINISH, 1);
  p = w ? raptor_new_parser(w, "turtle") : NULL;
  if (!p) { st = GEORDF_ERR_RDF; goto cleanup; }
  raptor_world_set_log_handler(w, &c, on_log);
  raptor_parser_set_statement_handler(p, &c, on_statement);
  /* A base IRI is required by the parser for relative IRIs; lexicon files
   * should use absolute IRIs, so a fixed, recognizable base is used. */
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)GD_LEXICON_BASE);
  if (!base) { st = GEORDF_ERR_NOMEM; goto cleanup; }
  int rc = raptor_parser_parse_file_stream(p, fh, path, base);
  raptor_free_uri(base);
  if (c.nomem) st = GEORDF_ERR_NOMEM;
  else if (rc || c.failed) {
    if (!c.failed) set_err(lex, "%s: cannot parse Turtle", path);
    st = GEORDF_ERR_SYNTAX;
  }
cleanup:
  if (p) raptor_free_parser(p);
  if (w) raptor_free_world(w);
  fclose(fh);
  /* Keep nothing of a file that failed (its strings stay in the arena
   * until the lexicon is frozen). */
  if (st != GEORDF_OK) lex->ntr = mark;
  return st;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

geordf_status geordf_lexicon_load_dir(geordf_lexicon *lex, const char *dir) {
  DIR *d = opendir(dir);
  if (!d) { set_err(lex, "%s: cannot open lexicon folder", dir); return GEORDF_ERR_IO; }
  char **names = NULL;
  size_t n = 0;
  geordf_status st = GEORDF_OK;
  struct dirent *de;
  while ((de = readdir(d))) {
    size_t l = strlen(de->d_name);
    if (l < 5 || strcmp(de->d_name + l - 4, ".ttl")) continue;
    char **v = realloc(names, (n + 1) * sizeof *v);
    if (!v) { st = GEORDF_ERR_NOMEM; break; }
    names = v;
    if (!(names[n] = strdup(de->d_name))) { st = GEORDF_ERR_NOMEM; break; }
    n++;
  }
  closedir(d);
  /* Sorted, so that loading is deterministic. */
  if (n) qsort(names, n, sizeof *names, cmp_str);
  for (size_t i = 0; i < n && st == GEORDF_OK; i++) {
    size_t l = strlen(dir) + strlen(names[i]) + 2;
    char *path = malloc(l);
    if (!path) { st = GEORDF_ERR_NOMEM; break; }
    snprintf(path, l, "%s/%s", dir, names[i]);
    st = geordf_lexicon_load_file(lex, path);
    free(path);
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  if (st == GEORDF_OK && n == 0) {
    set_err(lex, "%s: no lexicon files (*.ttl) found", dir);
    st = GEORDF_ERR_LEXICON;
  }
  return st;
}

/* geordf_lexicon_default_dir() is in datadir.c. */

/* ---- Building entities ---------------------------------------------------- */

static const char *local_of(const char *iri, const char *ns) {
  size_t n = strlen(ns);
  return strncmp(iri, ns, n) ? NULL : iri + n;
}

/* The slot of the entity with IRI (whose tag is TAG) in the index, or the
 * free one where it belongs. */
static gd_hslot *iri_slot(const geordf_lexicon *lex, const char *iri, uint32_t tag) {
  gd_hslot *s;
  for (s = gd_hindex_first(&lex->by_iri, tag); s->ix; s = gd_hindex_next(&lex->by_iri, s))
    if (s->tag == tag && !strcmp(lex->ents[s->ix - 1]->iri, iri)) break;
  return s;
}

/* The slot of the blank node B (tag TAG; its first statement) in the
 * index, or the free one where it belongs. */
static gd_hslot *blank_slot(const geordf_lexicon *lex, const char *b, uint32_t tag) {
  gd_hslot *s;
  for (s = gd_hindex_first(&lex->blanks, tag); s->ix; s = gd_hindex_next(&lex->blanks, s))
    if (s->tag == tag && !strcmp(lex->tr[s->ix - 1].s, b)) break;
  return s;
}

/* Whether S lies in the strings of the built-in data, which live as long
 * as the program: the lexicon may point to them rather than copy them. */
static int is_builtin_str(const geordf_lexicon *lex, const char *s) {
  uintptr_t p = (uintptr_t)s;
  return p >= lex->builtin_lo && p < lex->builtin_hi;
}

/* S, in the lexicon's arena unless it is built-in data. */
static char *keep_str(geordf_lexicon *lex, const char *s) {
  return is_builtin_str(lex, s) ? (char *)s : pool_dup(lex, s);
}

/* Adds an entity; SLOT is iri_slot() for IRI and TAG, or NULL.  Strings
 * of the built-in data are kept, not copied, when BUILTIN_OK. */
static geordf_entity *add_entity(geordf_lexicon *lex, const char *iri, const char *label, const char *qid,
                                 gd_kind kind, gd_hslot *slot, uint32_t tag, int builtin_ok) {
  static const char *const cls[] = {"Thing", "Country", "Organization", "Person",
                                    "ArmedGroup", "WeaponSystem", "Place", "Community"};
  if (lex->image_iri) {
    /* The image's IRI index is static: changed, it is the lexicon's own. */
    gd_hslot *v = malloc(((size_t)lex->by_iri.cap + 1) * sizeof *v);
    if (!v) return NULL;
    memcpy(v, lex->by_iri.slot, lex->by_iri.cap * sizeof *v);
    lex->by_iri.slot = v;
    lex->image_iri = 0;
  }
  if (lex->nents == lex->capents) {
    size_t cap = lex->capents ? lex->capents * 2 : 256;
    geordf_entity **v = realloc(lex->ents, cap * sizeof *v);
    if (!v) return NULL;
    lex->ents = v;
    lex->capents = cap;
  }
  /* The entity and its strings live in the lexicon's arena: tens of
   * thousands of entities, five allocations each to make and to free. */
  geordf_entity *e = gd_tokens_alloc(lex->pool, sizeof *e);
  if (!e) return NULL;
  memset(e, 0, sizeof *e);
  if (!label) label = "";
  e->iri = builtin_ok ? keep_str(lex, iri) : pool_dup(lex, iri);
  e->label = builtin_ok ? keep_str(lex, label) : pool_dup(lex, label);
  e->qid = !qid ? NULL : builtin_ok ? keep_str(lex, qid) : pool_dup(lex, qid);
  e->cls = (char *)cls[kind];
  e->kind = kind;
  if (!e->iri || !e->label || (qid && !e->qid)) return NULL;
  /* A second entity with an IRI takes its place in the index. */
  if (!slot) {
    if (gd_hindex_reserve(&lex->by_iri, 1)) return NULL;
    tag = key_tag(gd_key_hash(e->iri, strlen(e->iri)));
    slot = iri_slot(lex, e->iri, tag);
  }
  if (slot->ix) slot->ix = (uint32_t)lex->nents + 1;
  else gd_hindex_put(&lex->by_iri, slot, tag, lex->nents);
  e->index = (uint32_t)lex->nents;
  lex->ents[lex->nents++] = e;
  return e;
}

geordf_entity *gd_lexicon_add_entity(geordf_lexicon *lex, const char *iri, const char *label,
                                     const char *qid, gd_kind kind) {
  return add_entity(lex, iri, label, qid, kind, NULL, 0, 0);
}

const geordf_entity *gd_lexicon_entity_at(const geordf_lexicon *lex, size_t i) {
  return i < lex->nents ? lex->ents[i] : NULL;
}

const geordf_entity *gd_lexicon_entity(const geordf_lexicon *lex, const char *iri) {
  const gd_hslot *slot = iri_slot(lex, iri, key_tag(gd_key_hash(iri, strlen(iri))));
  return slot->ix ? lex->ents[slot->ix - 1] : NULL;
}

static gd_kind kind_of_class(const char *local, int *weapon) {
  static const char *const weapons[] = {"WeaponSystem", "Aircraft", "Drone", "Helicopter",
                                        "Missile", "AirDefenceSystem", "Vessel", "Vehicle",
                                        "Artillery", NULL};
  *weapon = 0;
  if (!strcmp(local, "Country")) return GD_KIND_COUNTRY;
  if (!strcmp(local, "Organization")) return GD_KIND_ORG;
  if (!strcmp(local, "Person")) return GD_KIND_PERSON;
  if (!strcmp(local, "ArmedGroup")) return GD_KIND_ARMED_GROUP;
  if (!strcmp(local, "Place")) return GD_KIND_PLACE;
  if (!strcmp(local, "Community")) return GD_KIND_COMMUNITY;
  for (int i = 0; weapons[i]; i++)
    if (!strcmp(local, weapons[i])) { *weapon = 1; return GD_KIND_WEAPON; }
  return GD_KIND_NONE;
}

/* The built-in statements of a subject share its string: compare the
 * pointers before the bytes. */
static int same_str(const char *a, const char *b) { return a == b || !strcmp(a, b); }

/* Sorts the statements by subject, keeping their order within a subject;
 * 1 when it also set each one's FIRST, 0 when not, -1 if out of memory.
 * A merge sort of the runs already in order: the built-in files come
 * sorted, so the usual start-up merges a few runs in linear time. */
static int sort_triples(geordf_lexicon *lex) {
  size_t n = lex->ntr;
  /* All the bundled files loaded first, in turn: their statements are put
   * in the order the build computed, one run, without comparing strings. */
  size_t sorted = 1, nb = gd_lexicon_builtin_norder;
  int inorder = nb && !lex->out_of_order && lex->n_inorder && !gd_lexicon_builtin[lex->n_inorder].name && nb <= n;
  const uint32_t *ord = gd_lexicon_builtin_order;
  if (inorder && lex->n_deferred == lex->n_inorder) {
    /* Not yet written: written now, in that order, straight from the
     * files' arrays (each read front to back, as the order merges them),
     * each marked when it starts its subject's statements. */
    size_t prev_at = SIZE_MAX;
    for (size_t j = 0; j < nb; j++) {
      size_t at = ord[j] & ~(uint32_t)GD_BUILTIN_FIRST, f = at >> 24, i = at & 0x7FFFFF;
      if (put_builtin(lex, &lex->tr[j], &gd_lexicon_builtin[f], i, (unsigned)f + 1,
                      i && prev_at == at - 1 ? &lex->tr[j - 1] : NULL))
        return -1;
      lex->tr[j].first = (ord[j] & GD_BUILTIN_FIRST) != 0;
      prev_at = at;
    }
    lex->n_deferred = 0;
    sorted = nb;
    if (nb == n) return 1;
  } else if (lex->n_deferred && undefer(lex) != GEORDF_OK) {
    return -1;
  }
  if (n < 2) return 0;
  if (sorted == 1 && inorder) {
    /* Written already (in the order of their files): put in place,
     * following the permutation's cycles (no copy to fault in). */
    size_t start[256];
    for (size_t f = 0, at = 0; f < 256 && gd_lexicon_builtin[f].name; f++) {
      start[f] = at;
      at += gd_lexicon_builtin[f].n_st;
    }
    uint64_t *done = calloc((nb + 63) / 64, sizeof *done);
    if (!done) return -1;
    for (size_t i = 0; i < nb; i++) {
      if (done[i / 64] >> (i % 64) & 1) continue;
      triple save = lex->tr[i];
      size_t j = i;
      for (;;) {
        done[j / 64] |= (uint64_t)1 << (j % 64);
        size_t k = start[ord[j] >> 24] + (ord[j] & 0x7FFFFF);
        if (k == i) { lex->tr[j] = save; break; }
        lex->tr[j] = lex->tr[k];
        j = k;
      }
    }
    free(done);
    sorted = nb;
    if (nb == n) return 0;
  }
  size_t *run = malloc((n + 1) * sizeof *run); /* run starts, then n */
  triple *tmp = malloc(n * sizeof *tmp);
  if (!run || !tmp) { free(run); free(tmp); return -1; }
  size_t nrun = 0;
  run[nrun++] = 0;
  for (size_t i = sorted; i < n; i++)
    if (lex->tr[i - 1].s != lex->tr[i].s && strcmp(lex->tr[i - 1].s, lex->tr[i].s) > 0)
      run[nrun++] = i;
  run[nrun] = n;
  triple *src = lex->tr, *dst = tmp;
  while (nrun > 1) {
    size_t out = 0;
    for (size_t r = 0; r < nrun; r += 2) {
      /* run[nrun] is n, so an odd run out is copied as it is. */
      size_t a = run[r], am = run[r + 1], b = am, bm = r + 2 <= nrun ? run[r + 2] : am, k = a;
      while (a < am && b < bm) dst[k++] = strcmp(src[b].s, src[a].s) < 0 ? src[b++] : src[a++];
      while (a < am) dst[k++] = src[a++];
      while (b < bm) dst[k++] = src[b++];
      run[out++] = run[r];
    }
    run[out] = n;
    nrun = out;
    triple *t = src; src = dst; dst = t;
  }
  if (src != lex->tr) memcpy(lex->tr, src, n * sizeof *tmp);
  free(run);
  free(tmp);
  return 0;
}

/* The index of the first triple whose subject is S (triples are sorted). */
static size_t first_of(const geordf_lexicon *lex, const char *s) {
  size_t lo = 0, hi = lex->ntr;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(lex->tr[mid].s, s) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Adds a sense to the phrase NAME (tokenized and folded like text).  With
 * PREFOLDED, NAME is a built-in string that lexicon-gen folded at build
 * time, the fold laid out before it (lexicon-builtin.h). */
static int add_phrase(geordf_lexicon *lex, const char *name, gd_sense tmpl, int prefolded) {
  const char *key, *hashes = NULL;
  size_t ntok;
  unsigned caps;
  if (prefolded) {
    const char *head = name - 8;
    size_t klen = gd_builtin_u16(head);
    ntok = gd_builtin_u16(head + 2);
    caps = gd_builtin_u32(head + 4);
    if (gd_name_fold_reserve(&lex->fold, ntok)) return -1;
    lex->n_prefolded++;
    hashes = head - 8 * ntok;
    const char *ends = hashes - 2 * ntok;
    for (size_t i = 0; i < ntok; i++) lex->fold.ends[i] = gd_builtin_u16(ends + 2 * i);
    key = ends - klen;
  } else {
    long nt = gd_fold_name(&lex->fold, name, strlen(name), &caps);
    if (nt < 0) return -1;
    ntok = (size_t)nt;
    key = lex->fold.key;
  }
  if (ntok == 0) return 0;
  if (phtab_reserve(&lex->phrases, ntok)) return -1;
  for (size_t i = 0; i < ntok; i++) {
    /* Every prefix of the key, ending at a token's end, is a phrase. */
    size_t n = lex->fold.ends[i];
    uint64_t h = hashes ? gd_builtin_word(hashes + 8 * i) : gd_key_hash(key, n);
    phtab *pt = &lex->phrases;
    gd_hslot *slot = phtab_slot(pt, key, n, h);
    if (!slot->ix) {
      phrase *ph = &pt->v[pt->n];
      *ph = (phrase){.hash_hi = (uint32_t)(h >> 32), .len_prefix = (uint32_t)n << 1};
      if (n <= PHRASE_INLINE) memcpy(ph->key.bytes, key, n);
      else if (!(ph->key.ptr = gd_tokens_strdup(lex->pool, key, n))) return -1;
      gd_hindex_put(&pt->ix, slot, (uint32_t)h, pt->n++);
    }
    phrase *ph = &pt->v[slot->ix - 1];
    if (i + 1 < ntok) { ph->len_prefix |= 1; continue; }
    /* Append, skipping exact duplicates; of two spellings of one name
     * ("North Atlantic Alliance", "North Atlantic alliance") text may
     * follow either. */
    gd_sense **pp = &ph->senses;
    gd_sense *dup = NULL;
    for (; *pp; pp = &(*pp)->next)
      if ((*pp)->kind == tmpl.kind && (*pp)->u.entity == tmpl.u.entity && (*pp)->how == tmpl.how) dup = *pp;
    if (dup) {
      if (dup->caps_only != caps) {
        /* Capitals ("US") ask more than a capital first letter. */
        unsigned a = dup->caps_only == GD_CAPS_ALL ? GD_CAPS_WORD(0) : dup->caps_only;
        dup->caps_only = a & (caps == GD_CAPS_ALL ? GD_CAPS_WORD(0) : caps);
      }
      continue;
    }
    gd_sense *s = gd_tokens_alloc(lex->pool, sizeof *s);
    if (!s) return -1;
    *s = tmpl;
    s->caps_only = caps;
    s->next = NULL;
    *pp = s;
  }
  if (ntok > lex->max_phrase_len) lex->max_phrase_len = ntok;
  return 0;
}

/* The filter word of hash H, from bits the table's slot index does not
 * use, and the two bits of it that H sets: two bits rather than one let
 * through fewer words that are no phrase, each of which would read the
 * table (a cache miss), and one word keeps it to one memory read. */
static size_t filter_word(const geordf_lexicon *lex, uint64_t h) { return ((size_t)(h >> 32) & lex->filter_mask) / 64; }
static uint64_t filter_bits(uint64_t h) { return (uint64_t)1 << (h >> 32 & 63) | (uint64_t)1 << (h >> 58); }

static int build_filter(geordf_lexicon *lex) {
  size_t bits = 1 << 12;
  while (bits < lex->phrases.n * 16) bits *= 2;
  lex->filter = calloc(bits / 64, sizeof *lex->filter);
  if (!lex->filter) return -1;
  lex->filter_mask = bits - 1;
  for (size_t i = 0; i < lex->phrases.n; i++) {
    uint64_t h = (uint64_t)lex->phrases.v[i].hash_hi << 32;
    lex->filter[filter_word(lex, h)] |= filter_bits(h);
  }
  return 0;
}

uint64_t gd_lexicon_prefetch(const geordf_lexicon *lex, const char *key, size_t keylen) {
  uint64_t h = gd_key_hash(key, keylen);
  if (lex->filter) __builtin_prefetch(&lex->filter[filter_word(lex, h)]);
  if (lex->phrases.ix.cap) __builtin_prefetch(gd_hindex_first(&lex->phrases.ix, (uint32_t)h));
  return h;
}

const gd_sense *gd_lexicon_lookup(const geordf_lexicon *lex, const char *key, size_t keylen,
                                  int *is_prefix) {
  return gd_lexicon_lookup_hashed(lex, key, keylen, gd_key_hash(key, keylen), is_prefix);
}

const gd_sense *gd_lexicon_lookup_hashed(const geordf_lexicon *lex, const char *key, size_t keylen, uint64_t h,
                                         int *is_prefix) {
  *is_prefix = 0;
  if (!lex->phrases.ix.cap) return NULL;
  if (lex->filter) {
    uint64_t m = filter_bits(h);
    if ((lex->filter[filter_word(lex, h)] & m) != m) return NULL;
  }
  const gd_hslot *s = phtab_slot(&lex->phrases, key, keylen, h);
  if (!s->ix) return NULL;
  const phrase *ph = &lex->phrases.v[s->ix - 1];
  *is_prefix = ph->len_prefix & 1;
  return ph->senses;
}

int gd_lexicon_phrase_at(const geordf_lexicon *lex, size_t i, const char **key, size_t *keylen,
                         const gd_sense **senses) {
  if (i >= lex->phrases.n) return 0;
  const phrase *ph = &lex->phrases.v[i];
  *keylen = ph->len_prefix >> 1;
  *key = *keylen <= PHRASE_INLINE ? ph->key.bytes : ph->key.ptr;
  *senses = ph->senses;
  return 1;
}

static int role_of(const char *name, geordf_role *out) {
  for (int r = 0; r < GEORDF_ROLE_COUNT; r++)
    if (!strcmp(geordf_role_name((geordf_role)r), name)) { *out = (geordf_role)r; return 0; }
  return -1;
}

static int status_of(const char *name, geordf_event_status *out) {
  for (int s = 1; s < GD_STATUS_COUNT; s++)
    if (!strcmp(geordf_event_status_name((geordf_event_status)s), name)) {
      *out = (geordf_event_status)s;
      return 0;
    }
  return -1;
}

/* Parses a frame: "subj=visitor obj=destination to=destination poss=visitor". */
static int parse_frame(geordf_lexicon *lex, gd_trigger *tr, const char *frame) {
  char buf[512];
  snprintf(buf, sizeof buf, "%s", frame);
  for (char *save = NULL, *tok = strtok_r(buf, " \t\n", &save); tok; tok = strtok_r(NULL, " \t\n", &save)) {
    char *eq = strchr(tok, '=');
    if (!eq || tr->nslots >= GD_MAX_SLOTS) return -1;
    *eq = '\0';
    gd_slot *s = &tr->slots[tr->nslots];
    if (role_of(eq + 1, &s->role)) return -1;
    s->prep = NULL;
    if (!strcmp(tok, "subj")) s->kind = GD_SLOT_SUBJ;
    else if (!strcmp(tok, "obj")) s->kind = GD_SLOT_OBJ;
    else if (!strcmp(tok, "poss")) s->kind = GD_SLOT_POSS;
    else {
      s->kind = GD_SLOT_PREP;
      for (char *c = tok; *c; c++) if (*c == '_') *c = ' ';
      s->prep = pool_dup(lex, tok);
      if (!s->prep) return -1;
    }
    tr->nslots++;
  }
  return 0;
}

/* A mention keeps its cues as bits of a gd_cues (match.h). */
_Static_assert(GD_CUE_COUNT <= 64, "cue kinds must fit a mention's bit set");

static const char *const cue_names[GD_CUE_COUNT] = {
    "negation", "planned", "threat", "pledge", "agreed", "delivered", "cancelled", "lift",
    "ease", "impose", "determiner", "preposition", "pronoun", "boundary",
    "arms", "place-anaphor", "group-anaphor", "air", "join", "add", "org-anaphor", "seat", "undergo", "request", "refuse", "same", "speech",
    "evade", "deal", "accompany", "lead", "condition", "group", "fixed", "site"};

/* At most the first 10 bytes of S ("YYYY-MM-DD"), as snprintf "%.10s"
 * would write them into OUT[11], without its cost (one per office). */
static void copy_date(char out[11], const char *s) {
  size_t n = 0;
  while (n < 10 && s[n]) { out[n] = s[n]; n++; }
  out[n] = '\0';
}

static int is_space(char c) { return c == ' ' || (unsigned)(c - '\t') < 5; }

/* The word sscanf's "%15s" would read from *AT (leading white space
 * skipped, at most 15 other bytes), found in place without its cost: one
 * call per term of service, tens of thousands at start-up.  Sets *WORD and
 * returns its length, 0 when nothing is left. */
static size_t next_word(const char **at, const char **word) {
  const char *p = *at;
  while (is_space(*p)) p++;
  size_t n = 0;
  while (n < 15 && p[n] && !is_space(p[n])) n++;
  *word = p;
  *at = p + n;
  return n;
}

/* copy_date() of the word W of N bytes. */
static void copy_date_n(char out[11], const char *w, size_t n) {
  if (n > 10) n = 10;
  memcpy(out, w, n);
  out[n] = '\0';
}

/* Whether the word W of N bytes is "..", an open end. */
static int is_open(const char *w, size_t n) { return n == 2 && w[0] == '.' && w[1] == '.'; }

/* Appends *O to the array *V of *N terms, in the lexicon's arena, its room
 * doubled each time it fills (a power of two): a person's terms come one
 * at a time, tens of thousands at start-up, most people with one or two
 * (a malloc() each, and a free() at exit, cost more than the copies left
 * behind; more room for each would be fresh pages to fault in).  -1 if out
 * of memory. */
static int push_office(geordf_lexicon *lex, gd_office **v, size_t *n, const gd_office *o) {
  if (!(*n & (*n - 1))) {
    gd_office *w = gd_tokens_alloc(lex->pool, (*n ? *n * 2 : 1) * sizeof *w);
    if (!w) return -1;
    if (*n) memcpy(w, *v, *n * sizeof *w);
    *v = w;
  }
  (*v)[(*n)++] = *o;
  return 0;
}

/* Adds state O to weapon E's states of origin (in the pool, grown by
 * doubling; a state written twice is kept once). */
static int push_origin(geordf_lexicon *lex, geordf_entity *e, geordf_entity *o) {
  for (unsigned i = 0; i < e->n_origins; i++)
    if (e->origins[i] == o) return 0;
  unsigned n = e->n_origins;
  if (!(n & (n - 1))) {
    geordf_entity **w = gd_tokens_alloc(lex->pool, (n ? n * 2 : 1) * sizeof *w);
    if (!w) return -1;
    if (n) memcpy(w, e->origins, n * sizeof *w);
    e->origins = w;
  }
  e->origins[e->n_origins++] = o;
  return 0;
}

static int offices_cmp(const void *a, const void *b) {
  const gd_office *x = a, *y = b;
  return strcmp(x->start, y->start);
}

/* Gives back the pages of [P, P + N) (read-only data of the program,
 * mapped from its file: read again from the file if touched again). */
static void release_pages(const void *p, size_t n) {
  long ps = sysconf(_SC_PAGESIZE);
  if (ps <= 0 || !p || n < (size_t)ps) return;
  uintptr_t b = ((uintptr_t)p + (uintptr_t)ps - 1) & ~((uintptr_t)ps - 1);
  uintptr_t e = ((uintptr_t)p + n) & ~((uintptr_t)ps - 1);
  if (e > b) madvise((void *)b, e - b, MADV_DONTNEED);
}

/* The bundled files' text and statements are read once, while building:
 * their pages (several MB) need not stay resident after it. */
static void release_builtin(void) {
  for (const gd_builtin_file *b = gd_lexicon_builtin; b->name; b++) {
    release_pages(b->st, b->n_st * 4 * sizeof *b->st);
  }
  release_pages(gd_lexicon_builtin_order, gd_lexicon_builtin_norder * sizeof *gd_lexicon_builtin_order);
}

/* The kinds of office for "the leader" (gd_office.cls): none, lex:Leader,
 * then the heads of state or government by the rank leader_rank() gives
 * them after the state's lex:leaderOffice. */
enum { OC_NONE, OC_LEADER, OC_SUPREME, OC_PRESIDENT, OC_MONARCH, OC_HEAD };

static unsigned char office_class(const char *o) {
  if (!strcmp(o, "Leader")) return OC_LEADER;
  if (!strcmp(o, "SupremeLeader") || !strcmp(o, "Pope")) return OC_SUPREME;
  if (!strcmp(o, "President") || !strcmp(o, "CaptainRegent")) return OC_PRESIDENT;
  if (!strcmp(o, "King") || !strcmp(o, "Queen") || !strcmp(o, "Emir")) return OC_MONARCH;
  if (!strcmp(o, "PrimeMinister") || !strcmp(o, "Chancellor")) return OC_HEAD;
  return OC_NONE;
}

/* The lexicon's one copy of office name NAME (a dozen or so names, held
 * by thousands of terms), and its kind in *CLS; NULL if out of memory. */
static const char *office_name(geordf_lexicon *lex, const char *name, unsigned char *cls) {
  *cls = office_class(name);
  for (size_t i = 0; i < lex->n_office_names; i++)
    if (lex->office_names[i][0] == name[0] && !strcmp(lex->office_names[i], name)) return lex->office_names[i];
  if (lex->n_office_names == lex->cap_office_names) {
    size_t cap = lex->cap_office_names ? 2 * lex->cap_office_names : 16;
    const char **v = realloc(lex->office_names, cap * sizeof *v);
    if (!v) return NULL;
    lex->office_names = v;
    lex->cap_office_names = cap;
  }
  const char *o = pool_dup(lex, name);
  if (o) lex->office_names[lex->n_office_names++] = o;
  return o;
}

/* The hash of the word W (N bytes) in lower case (ASCII, as strncasecmp()
 * compares): where it is in lex->holder_words. */
static uint64_t word_key(const char *w, size_t n) {
  char low[64];
  if (n > sizeof low) n = sizeof low;
  for (size_t i = 0; i < n; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
  return gd_key_hash(low, n);
}

/* The bits of lex->holder_words: 32 KB, for some 15,000 words. */
#define HOLDER_WORD_BITS ((uint64_t)1 << 18)

/* The key of the group of holders of office name OID (lex->office_names[OID
 * - 1]; 0: the head offices "the leader" names, any class but OC_NONE) of
 * the state OF (NULL: of any state). */
static uint64_t held_key(const geordf_entity *of, size_t oid) {
  return (uint64_t)(of ? of->index + 1 : 0) << 32 | oid;
}

/* The slot of the group of KEY, or the free slot where it belongs. */
static gd_hslot *held_slot(const geordf_lexicon *lex, uint64_t key, uint32_t tag) {
  gd_hslot *s;
  for (s = gd_hindex_first(&lex->by_held, tag); s->ix; s = gd_hindex_next(&lex->by_held, s))
    if (s->tag == tag && lex->held[s->ix - 1].key == key) break;
  return s;
}

/* The number of the group of KEY, made when new, counting one more term
 * (*CAP is the room in lex->held); -1 when out of memory. */
static long held_count(geordf_lexicon *lex, size_t *cap, uint64_t key) {
  uint32_t tag = gd_hash_int_tag(key);
  if (gd_hindex_reserve(&lex->by_held, 1)) return -1;
  gd_hslot *s = held_slot(lex, key, tag);
  if (!s->ix) {
    if (lex->n_held == *cap) {
      size_t c = *cap ? 2 * *cap : 256;
      held_group *v = realloc(lex->held, c * sizeof *v);
      if (!v) return -1;
      lex->held = v;
      *cap = c;
    }
    lex->held[lex->n_held] = (held_group){.key = key};
    gd_hindex_put(&lex->by_held, s, tag, lex->n_held++);
  }
  lex->held[s->ix - 1].cap++;
  return (long)s->ix - 1;
}

/* Adds person E's term O to group G: a person's terms come one after
 * another, and a second one widens the span. */
static void held_add(held_group *g, const geordf_entity *e, const gd_office *o) {
  if (g->n && g->v[g->n - 1].who == e) {
    held *h = &g->v[g->n - 1];
    if (!o->start[0] || (h->start[0] && strcmp(o->start, h->start) < 0)) memcpy(h->start, o->start, sizeof h->start);
    if (!o->end[0] || (h->end[0] && strcmp(o->end, h->end) > 0)) memcpy(h->end, o->end, sizeof h->end);
    return;
  }
  held *h = &g->v[g->n++];
  h->who = e;
  memcpy(h->start, o->start, sizeof h->start);
  memcpy(h->end, o->end, sizeof h->end);
}

/* Groups the people who held an office by state and office, and by office
 * alone, so that finding "the president of Russia" reads a few entities,
 * not all: the groups of each term first (and how many terms each has),
 * then their people. */
static geordf_status index_holders(geordf_lexicon *lex) {
  /* (And lists everyone who held an office, for gd_office_sole_state().) */
  free(lex->office_people);
  lex->office_people = NULL;
  lex->n_office_people = 0;
  free(lex->held_all);
  lex->held_all = NULL;
  free(lex->held);
  lex->held = NULL;
  lex->n_held = 0;
  gd_hindex_free(&lex->by_held);
  free(lex->holder_words);
  lex->holder_words = calloc(HOLDER_WORD_BITS / 64, sizeof *lex->holder_words);
  if (!lex->holder_words) return GEORDF_ERR_NOMEM;
  size_t nterms = 0, cap_held = 0;
  for (size_t i = 0; i < lex->nents; i++) {
    nterms += lex->ents[i]->n_offices;
    lex->n_office_people += lex->ents[i]->n_offices > 0;
  }
  lex->office_people = malloc((lex->n_office_people + 1) * sizeof *lex->office_people);
  /* Each term's four groups (-1: none). */
  int32_t *gs = malloc((4 * nterms + 1) * sizeof *gs);
  if (!lex->office_people || !gs) {
    free(gs);
    return GEORDF_ERR_NOMEM;
  }
  size_t np = 0, t = 0;
  for (size_t i = 0; i < lex->nents; i++) {
    const geordf_entity *e = lex->ents[i];
    if (!e->n_offices) continue;
    lex->office_people[np++] = e;
    for (const char *w = e->label; *w;) {
      size_t n = strcspn(w, " ");
      uint64_t k = word_key(w, n) % HOLDER_WORD_BITS;
      lex->holder_words[k / 64] |= (uint64_t)1 << (k % 64);
      w += n;
      while (*w == ' ') w++;
    }
    for (size_t k = 0; k < e->n_offices; k++, t += 4) {
      const gd_office *o = &e->offices[k];
      size_t oid = 1;
      while (oid <= lex->n_office_names && lex->office_names[oid - 1] != o->office) oid++;
      /* The office of the state and of any; a head office for "the
       * leader" too. */
      uint64_t keys[4] = {held_key(o->of, oid), held_key(NULL, oid), held_key(o->of, 0), held_key(NULL, 0)};
      gs[t + 2] = gs[t + 3] = -1;
      for (int j = 0; j < (o->cls != OC_NONE ? 4 : 2); j++) {
        long g = held_count(lex, &cap_held, keys[j]);
        if (g < 0) {
          free(gs);
          return GEORDF_ERR_NOMEM;
        }
        gs[t + j] = (int32_t)g;
      }
    }
  }
  size_t total = 0;
  for (size_t g = 0; g < lex->n_held; g++) total += lex->held[g].cap;
  lex->held_all = malloc((total + 1) * sizeof *lex->held_all);
  if (!lex->held_all) {
    free(gs);
    return GEORDF_ERR_NOMEM;
  }
  total = 0;
  for (size_t g = 0; g < lex->n_held; g++) {
    lex->held[g].v = lex->held_all + total;
    total += lex->held[g].cap;
  }
  t = 0;
  for (size_t i = 0; i < np; i++) {
    const geordf_entity *e = lex->office_people[i];
    for (size_t k = 0; k < e->n_offices; k++)
      for (int j = 0; j < 4; j++, t++)
        if (gs[t] >= 0) held_add(&lex->held[gs[t]], e, &e->offices[k]);
  }
  free(gs);
  return GEORDF_OK;
}

/* A trigger's or cue's phrases: each lex:form as it is, each lex:lemma
 * inflected for part of speech POS (gd_inflect: "suspend trade with" gives
 * "suspended trade with", ...).  Statements [I, J) of SUBJ; WHAT names the
 * entry in an error. */
typedef struct { geordf_lexicon *lex; gd_sense sense; } inflect_ctx;

static int add_inflected(const char *form, void *arg) {
  inflect_ctx *c = arg;
  return add_phrase(c->lex, form, c->sense, 0) ? 1 : 0;
}

static geordf_status add_forms(geordf_lexicon *lex, size_t i, size_t j, gd_sense s, char pos, const char *what,
                               const char *subj) {
  for (size_t k = i; k < j; k++) {
    const triple *t = &lex->tr[k];
    const char *pl = local_of(t->p, LEX);
    if (!pl || !t->lit) continue;
    if (!strcmp(pl, "form")) {
      if (add_phrase(lex, t->o, s, t->fold)) return GEORDF_ERR_NOMEM;
    } else if (!strcmp(pl, "lemma")) {
      inflect_ctx c = {lex, s};
      int r = gd_inflect(t->o, pos, add_inflected, &c);
      if (r == -1) {
        set_err(lex, "%s %s: cannot inflect lex:lemma \"%s\" with lex:pos \"%c\" (a lemma is a lower-case "
                "verb, pos \"v\", or noun, pos \"n\", then fixed words; give the forms of \"be\" and modal "
                "verbs as lex:form)", what, subj, t->o, pos);
        return GEORDF_ERR_LEXICON;
      }
      if (r) return GEORDF_ERR_NOMEM;
    }
  }
  return GEORDF_OK;
}

/* The PRED_* of predicate P, set once per statement, so that the passes
 * below compare numbers, not IRIs.  The built-in statements of a file
 * share their predicate strings: CACHE (64 entries, zeroed), keyed by the
 * pointer, skips most comparisons. */
typedef struct { const char *p; int pk; } pred_cache;

static int pred_kind(pred_cache *cache, const char *p) {
  static const struct { const char *ns, *local; int pk; } named[] = {
      {LEX, "demonym", PRED_DEMONYM},       {LEX, "metonym", PRED_METONYM},
      {LEX, "surname", PRED_SURNAME},       {LEX, "form", PRED_FORM},
      {GEO, "locatedIn", PRED_COUNTRY},     {GEO, "nationality", PRED_COUNTRY},
      {GEO, "originCountry", PRED_ORIGIN}, {GEO, "basedIn", PRED_COUNTRY},
      {LEX, "metonymFor", PRED_METONYM_FOR}, {LEX, "successor", PRED_SUCCESSOR},
      {LEX, "predecessor", PRED_PREDECESSOR}, {LEX, "soleOperator", PRED_OPERATOR}, {LEX, "served", PRED_SERVED},
      {LEX, "describedAs", PRED_DESCRIBED}, {LEX, "start", PRED_START},
      {LEX, "end", PRED_END},               {LEX, "metonymDuring", PRED_METONYM_DURING},
      {LEX, "member", PRED_MEMBER},         {LEX, "nonState", PRED_NON_STATE},
      {GEO, "kind", PRED_KIND},             {LEX, "holds", PRED_HOLDS},
      {LEX, "affiliation", PRED_AFFILIATION}, {LEX, "leaderOffice", PRED_LEADER_OFFICE},
      {LEX, "office", PRED_OFFICE},         {LEX, "of", PRED_OF},
      {LEX, "state", PRED_STATE},           {LEX, "collective", PRED_COLLECTIVE},
      {LEX, "permanent", PRED_PERMANENT},   {LEX, "acting", PRED_ACTING}};
  pred_cache *c = &cache[((uintptr_t)p >> 3) & 63];
  if (c->p != p) {
    c->p = p;
    c->pk = !strcmp(p, RDF_TYPE) ? PRED_TYPE : !strcmp(p, RDFS_LABEL) ? PRED_LABEL
            : !strcmp(p, SKOS_ALT) ? PRED_ALT : !strcmp(p, SKOS_PREF) ? PRED_PREF
            : !strcmp(p, OWL_SAME) ? PRED_SAME : PRED_OTHER;
    for (size_t i = 0; c->pk == PRED_OTHER && i < sizeof named / sizeof *named; i++) {
      const char *l = local_of(p, named[i].ns);
      if (l && !strcmp(l, named[i].local)) c->pk = named[i].pk;
    }
  }
  return c->pk;
}

/* gd_lexicon_entity() for the object of a link: the built-in statements
 * of a file share their object strings, and most links name one of a few
 * hundred states, so a small cache keyed by the pointer spares most of the
 * lookups. */
typedef struct {
  const char *key;
  const geordf_entity *e;
} link_cache;

static const geordf_entity *link_entity(const geordf_lexicon *lex, link_cache *cache, const char *iri) {
  link_cache *c = &cache[((uintptr_t)iri >> 3) & 255];
  if (c->key != iri) {
    c->key = iri;
    c->e = gd_lexicon_entity(lex, iri);
  }
  return c->e;
}

/* Reads the dated blank node NODE, [ lex:of (OF_PK: PRED_OF, PRED_STATE) X ;
 * lex:start ... ; lex:end ... ], into OFF: its lex:office too when
 * WANT_OFFICE (else the office stays unset), and into *FLAG whether the
 * statement of FLAG_PK (PRED_COLLECTIVE, PRED_PERMANENT; -1: none) is true.  A term of office (lex:holds: office, of,
 * collective), an affiliation, a state's leader office, a metonym's term
 * (of) and a membership (state, permanent) are all such nodes. */
static void read_dated_node(geordf_lexicon *lex, link_cache *cache, const char *node, int of_pk,
                            int want_office, int flag_pk, int *flag, gd_office *off) {
  memset(off, 0, sizeof *off);
  const gd_hslot *bs = blank_slot(lex, node, key_tag(gd_key_hash(node, strlen(node))));
  size_t a0 = bs->ix ? bs->ix - 1 : first_of(lex, node);
  for (size_t a = a0; a < lex->ntr && same_str(lex->tr[a].s, node); a++) {
    int pk = lex->tr[a].pk;
    if (want_office && pk == PRED_OFFICE && local_of(lex->tr[a].o, LEX))
      off->office = office_name(lex, local_of(lex->tr[a].o, LEX), &off->cls);
    else if (pk == of_pk)
      off->of = (geordf_entity *)link_entity(lex, cache, lex->tr[a].o);
    else if (pk == PRED_START)
      copy_date(off->start, lex->tr[a].o);
    else if (pk == PRED_END)
      copy_date(off->end, lex->tr[a].o);
    else if (flag_pk >= 0 && pk == flag_pk)
      *flag = !strcmp(lex->tr[a].o, "true") || !strcmp(lex->tr[a].o, "1");
    else if (pk == PRED_ACTING)
      off->acting = !strcmp(lex->tr[a].o, "true") || !strcmp(lex->tr[a].o, "1");
  }
}

static int is_blank(const char *s) { return s[0] == '_' && s[1] == ':'; }

#ifdef GD_LEXICON_WRITER
/* lexicon-image-gen.c: records a date word for the image. */
static void image_note_date(int kind, const char *form, int number);
#endif

/* The forms of the date-word cue SUBJ (statements [I, J)) of date kind
 * KIND, with its lex:number, into lex->dates. */
static geordf_status add_date_words(geordf_lexicon *lex, int kind, const char *subj, size_t i, size_t j) {
  if (!lex->dates && !(lex->dates = gd_date_words_new())) return GEORDF_ERR_NOMEM;
  long number = 0;
  int has_number = 0;
  for (size_t k = i; k < j; k++) {
    const char *pl = local_of(lex->tr[k].p, LEX);
    if (pl && !strcmp(pl, "number") && lex->tr[k].lit) {
      char *end;
      number = strtol(lex->tr[k].o, &end, 10);
      if (end == lex->tr[k].o || *end || number < -1000 || number > 1000) {
        set_err(lex, "cue %s: lex:number %s is no integer", subj, lex->tr[k].o);
        return GEORDF_ERR_LEXICON;
      }
      has_number = 1;
    }
  }
  if (has_number != gd_date_kind_numbered(kind)) {
    set_err(lex, "cue %s (lex:cue \"%s\") %s", subj, gd_date_kind_name(kind),
            has_number ? "takes no lex:number" : "needs a lex:number");
    return GEORDF_ERR_LEXICON;
  }
  for (size_t k = i; k < j; k++) {
    const char *pl = local_of(lex->tr[k].p, LEX);
    if (!pl || strcmp(pl, "form") || !lex->tr[k].lit) continue;
    int r = gd_date_words_add(lex->dates, kind, lex->tr[k].o, (int)number);
    if (r == -1) return GEORDF_ERR_NOMEM;
#ifdef GD_LEXICON_WRITER
    if (!r) image_note_date(kind, lex->tr[k].o, (int)number);
#endif
    if (r) {
      set_err(lex, "cue %s: \"%s\" is no %s word (or %ld no number of one)", subj, lex->tr[k].o,
              gd_date_kind_name(kind), number);
      return GEORDF_ERR_LEXICON;
    }
  }
  return GEORDF_OK;
}

/* Builds entities, triggers, cues and the phrase table from the triples. */
/* E's dates, made on first use (in the arena). */
static gd_era *era_of(geordf_lexicon *lex, geordf_entity *e) {
  if (!e->era) {
    gd_era *r = gd_tokens_alloc(lex->pool, sizeof *r);
    if (!r) return NULL;
    memset(r, 0, sizeof *r);
    e->era = r;
  }
  return (gd_era *)e->era;
}

/* Each former state's or organization's successor learns its predecessor
 * (the first in lexicon order: the Union's names stand for the European
 * Community before 1993-11-01) unless it names one (lex:predecessor), and
 * each place with dated terms gets a copy of itself per term that stands
 * for the term's state (or none) and lies in it. */
static geordf_status link_eras(geordf_lexicon *lex) {
  for (size_t i = 0; i < lex->nents; i++) {
    geordf_entity *e = lex->ents[i];
    if ((e->kind == GD_KIND_COUNTRY || e->kind == GD_KIND_ORG) && e->successor && e->successor != e && e->era && e->era->end[0]) {
      gd_era *r = era_of(lex, e->successor);
      if (!r) return GEORDF_ERR_NOMEM;
      if (!r->predecessor) r->predecessor = e;
    }
    if (e->era && e->era->n_seats) {
      gd_era *r = (gd_era *)e->era;
      r->variants = gd_tokens_alloc(lex->pool, r->n_seats * sizeof *r->variants);
      if (!r->variants) return GEORDF_ERR_NOMEM;
      for (size_t k = 0; k < r->n_seats; k++) {
        geordf_entity *v = gd_tokens_alloc(lex->pool, sizeof *v);
        if (!v) return GEORDF_ERR_NOMEM;
        *v = *e;
        v->era = NULL;
        v->stands_for = r->seats[k].of;
        if (r->seats[k].of) v->country = r->seats[k].of;
        r->variants[k] = v;
      }
    }
  }
  return GEORDF_OK;
}

static geordf_status build(geordf_lexicon *lex) {
  int firsts = sort_triples(lex);
  if (firsts < 0) return GEORDF_ERR_NOMEM;
  /* One pass over the statements: their predicates, where each subject's
   * statements start (for both passes below, whose groups end where the
   * next starts) and how many names there are. */
  size_t nsubj = 0, nlit = 0;
  pred_cache pcache[64];
  memset(pcache, 0, sizeof pcache);
  for (size_t i = 0; i < lex->ntr; i++) {
    triple *t = &lex->tr[i];
    t->pk = (short)pred_kind(pcache, t->p);
    if (!firsts) t->first = !i || !same_str(t->s, t[-1].s);
    nsubj += t->first;
    nlit += t->lit && pred_names(t->pk);
  }
  if (gd_hindex_reserve(&lex->by_iri, nsubj)) return GEORDF_ERR_NOMEM;
  /* The arena in one piece, for the entities (at most one a subject) and
   * the names' keys and senses: on huge pages, as the tables are. */
  if (gd_tokens_reserve(lex->pool, nsubj * sizeof(geordf_entity) + nlit * (sizeof(gd_sense) + 48)))
    return GEORDF_ERR_NOMEM;
  /* Pass 1: entities and counts; GRP lists each entity with the index of
   * its first statement, in order, so that pass 2 need not look it up. */
  size_t ngrp = 0, capgrp = 0, gi = 0;
  free(lex->grp);
  lex->grp = NULL;
  grp_ent *grp = NULL;
  size_t ntrig = 0, noff = 0;
  for (size_t i = 0, j; i < lex->ntr; i = j) {
    for (j = i + 1; j < lex->ntr && !lex->tr[j].first; j++) {}
    gd_kind kind = GD_KIND_NONE;
    const char *clsname = NULL, *label = NULL, *qid = NULL;
    for (size_t k = i; k < j; k++) {
      const triple *t = &lex->tr[k];
      const char *l;
      int weapon;
      if (t->pk == PRED_TYPE) {
        if ((l = local_of(t->o, GEO))) {
          gd_kind kk = kind_of_class(l, &weapon);
          if (kk != GD_KIND_NONE && (kind == GD_KIND_NONE || (kind == GD_KIND_WEAPON && !weapon))) {
            kind = kk;
            clsname = l;
          } else if (kk == GD_KIND_WEAPON && kind == GD_KIND_WEAPON && !strcmp(clsname, "WeaponSystem")) {
            clsname = l;
          }
        } else if ((l = local_of(t->o, LEX))) {
          if (!strcmp(l, "Trigger")) ntrig++;
          else if (!strcmp(l, "Office")) noff++;
        }
      } else if (t->pk == PRED_LABEL && t->lit && !label) {
        label = t->o;
      } else if (t->pk == PRED_SAME && !t->lit && (l = local_of(t->o, WD_ENTITY)) && l[0] == 'Q') {
        qid = l;
      }
    }
    if (kind == GD_KIND_NONE) {
      /* Where each blank node's statements start, for lex:holds and
       * lex:affiliation (thousands: a binary search each is slower). */
      if (is_blank(lex->tr[i].s)) {
        const char *b = lex->tr[i].s;
        uint32_t tag = key_tag(gd_key_hash(b, strlen(b)));
        if (gd_hindex_reserve(&lex->blanks, 1)) return GEORDF_ERR_NOMEM;
        gd_hslot *slot = blank_slot(lex, b, tag);
        if (!slot->ix) gd_hindex_put(&lex->blanks, slot, tag, i);
      }
      continue;
    }
    if (ngrp == capgrp) {
      size_t cap = capgrp ? capgrp * 2 : 1024;
      grp_ent *v = realloc(grp, cap * sizeof *v);
      if (!v) return GEORDF_ERR_NOMEM;
      grp = lex->grp = v;
      capgrp = cap;
    }
    /* (Room for every subject was reserved above.) */
    const char *iri = lex->tr[i].s;
    uint32_t tag = key_tag(gd_key_hash(iri, strlen(iri)));
    gd_hslot *slot = iri_slot(lex, iri, tag);
    grp[ngrp].i = i;
    if (slot->ix) { grp[ngrp++].e = lex->ents[slot->ix - 1]; continue; }
    geordf_entity *e = add_entity(lex, iri, label ? label : iri, qid, kind, slot, tag, 1);
    if (!e) return GEORDF_ERR_NOMEM;
    grp[ngrp++].e = e;
    if (clsname && strcmp(clsname, e->cls) && !(e->cls = pool_dup(lex, clsname))) return GEORDF_ERR_NOMEM;
  }
  /* Size the phrase table once, rather than growing it through every
   * power of two (each round touches fresh pages, and page faults are
   * much of start-up): for about 1.6 keys a name (the bundled lexicon's
   * 38,000 names make 61,000 keys with their prefixes); not for every
   * literal (66,000), which would double the table and its faults. */
  if (phtab_reserve(&lex->phrases, nlit + nlit / 2 + nlit / 8)) return GEORDF_ERR_NOMEM;
  lex->trigs = calloc(ntrig + 1, sizeof *lex->trigs);
  lex->offices = calloc(noff + 1, sizeof *lex->offices);
  if (!lex->trigs || !lex->offices) return GEORDF_ERR_NOMEM;
  /* Pass 2: links, names, triggers, cues, offices. */
  link_cache cache[256];
  memset(cache, 0, sizeof cache);
  typedef struct { uint32_t k4; const geordf_entity *e; } code_cache;
  code_cache codes[64];
  memset(codes, 0, sizeof codes);
  for (size_t i = 0, j; i < lex->ntr; i = j) {
    for (j = i + 1; j < lex->ntr && !lex->tr[j].first; j++) {}
    const char *subj = lex->tr[i].s;
    geordf_entity *e = gi < ngrp && grp[gi].i == i ? grp[gi++].e : NULL;
    int is_trigger = 0, is_cue = 0, is_office = 0;
    for (size_t k = i; k < j; k++) {
      const triple *t = &lex->tr[k];
      const char *l = t->pk == PRED_TYPE ? local_of(t->o, LEX) : NULL;
      if (l && !strcmp(l, "Trigger")) is_trigger = 1;
      if (l && !strcmp(l, "Cue")) is_cue = 1;
      if (l && !strcmp(l, "Office")) is_office = 1;
    }
    if (e) {
      for (size_t k = i; k < j; k++) {
        const triple *t = &lex->tr[k];
        gd_sense s;
        memset(&s, 0, sizeof s);
        s.kind = GD_PH_ENTITY;
        s.u.entity = e;
        if (t->lit && (t->pk == PRED_LABEL || t->pk == PRED_ALT || t->pk == PRED_PREF)) {
          s.how = GD_NAME_PROPER;
        } else if (t->lit && t->pk == PRED_DEMONYM) {
          s.how = GD_NAME_DEMONYM;
        } else if (t->lit && t->pk == PRED_METONYM) {
          s.how = GD_NAME_METONYM;
        } else if (t->lit && t->pk == PRED_SURNAME) {
          s.how = GD_NAME_SURNAME;
        } else {
          int link = t->pk >= PRED_COUNTRY && t->pk <= PRED_OPERATOR;
          /* Only a link's object is looked up (rdf:type objects are many). */
          const geordf_entity *o = link && !t->lit ? link_entity(lex, cache, t->o) : NULL;
          if (o && (t->pk == PRED_COUNTRY || (t->pk == PRED_ORIGIN && !e->n_origins)))
            e->country = (geordf_entity *)o;
          /* A joint design has several makers, the first written its
           * primary one, which stays the weapon's country: the Eurofighter
           * is German, British, Italian and Spanish; the MBDA Meteor has
           * six. */
          if (o && t->pk == PRED_ORIGIN) {
            if (push_origin(lex, e, (geordf_entity *)o)) return GEORDF_ERR_NOMEM;
          } else if (o && t->pk == PRED_METONYM_FOR)
            e->stands_for = (geordf_entity *)o;
          else if (o && t->pk == PRED_SUCCESSOR)
            e->successor = (geordf_entity *)o;
          else if (o && t->pk == PRED_PREDECESSOR) {
            /* A state that broke away names the one it left. */
            gd_era *r = era_of(lex, e);
            if (!r) return GEORDF_ERR_NOMEM;
            r->predecessor = o;
            r->seceded = 1;
          }
          else if (o && t->pk == PRED_OPERATOR)
            e->operator_ = (geordf_entity *)o;
          else if (t->lit && t->pk == PRED_SERVED) {
            /* "USA 2001-01-20 2009-01-20": a state's key under id:, then the
             * term's start and end, ".." where open. */
            gd_office off;
            memset(&off, 0, sizeof off);
            off.office = "";
            char iri[96];
            const char *at = t->o, *key, *d1, *d2;
            size_t kl, l1, l2;
            /* (The IRI by hand: snprintf() was a twentieth of start-up.) */
            static const char idns[] = "https://w3id.org/geordf/id/";
            if ((kl = next_word(&at, &key)) && (l1 = next_word(&at, &d1)) && (l2 = next_word(&at, &d2)) &&
                sizeof idns + kl <= sizeof iri) {
              memcpy(iri, idns, sizeof idns - 1);
              memcpy(iri + sizeof idns - 1, key, kl);
              iri[sizeof idns - 1 + kl] = '\0';
              uint32_t k4 = 0;
              memcpy(&k4, key, kl < 4 ? kl : 4);
              code_cache *cc = &codes[(k4 * 2654435761u) >> 26];
              if (cc->k4 != k4 || kl > 4 || !cc->e) {
                cc->k4 = k4;
                cc->e = gd_lexicon_entity(lex, iri);
              }
              off.of = (geordf_entity *)cc->e;
              if (!is_open(d1, l1)) copy_date_n(off.start, d1, l1);
              if (!is_open(d2, l2)) copy_date_n(off.end, d2, l2);
            }
            if (off.of && push_office(lex, &e->affils, &e->n_affils, &off)) return GEORDF_ERR_NOMEM;
          } else if (t->lit && t->pk == PRED_DESCRIBED) {
            /* "|kingdom|gulf state|": lower case, joined, for "the kingdom". */
            size_t ol = e->described ? strlen(e->described) : 1, nl = strlen(t->o);
            char *buf = malloc(ol + nl + 2);
            if (!buf) return GEORDF_ERR_NOMEM;
            memcpy(buf, e->described ? e->described : "|", ol);
            for (size_t q = 0; q < nl; q++) {
              char ch = t->o[q];
              buf[ol + q] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
            buf[ol + nl] = '|';
            buf[ol + nl + 1] = '\0';
            e->described = pool_dup(lex, buf);
            free(buf);
            if (!e->described) return GEORDF_ERR_NOMEM;
          } else if (t->lit && (t->pk == PRED_START || t->pk == PRED_END)) {
            /* A state's dates: "1922-12-30"^^xsd:date. */
            gd_era *r = era_of(lex, e);
            if (!r) return GEORDF_ERR_NOMEM;
            copy_date(t->pk == PRED_START ? r->start : r->end, t->o);
          } else if (!t->lit && (t->pk == PRED_METONYM_DURING || t->pk == PRED_MEMBER)) {
            /* A place's dated term as a metonym, [ lex:of id:SUN ;
             * lex:start ... ; lex:end ... ] (no lex:of: none then), or
             * an organization's dated membership, [ lex:state id:FIN ;
             * lex:start ... ; lex:end ... ; lex:permanent true ] (one
             * whose member the lexicon lacks is left out). */
            int member = t->pk == PRED_MEMBER, permanent = 0;
            gd_office off;
            read_dated_node(lex, cache, t->o, member ? PRED_STATE : PRED_OF, 0, member ? PRED_PERMANENT : -1, &permanent,
                            &off);
            off.office = !member ? "" : permanent ? "PermanentMember" : "Member";
            if (!member || off.of) {
              gd_era *r = era_of(lex, e);
              if (!r) return GEORDF_ERR_NOMEM;
              gd_office **list = member ? &r->members : &r->seats;
              size_t *n = member ? &r->n_members : &r->n_seats;
              gd_office *v = realloc(*list, (*n + 1) * sizeof *v);
              if (!v) return GEORDF_ERR_NOMEM;
              *list = v;
              v[(*n)++] = off;
            }
          } else if (t->lit && t->pk == PRED_NON_STATE) {
            e->non_state = !strcmp(t->o, "true");
          } else if (t->lit && t->pk == PRED_KIND) {
            if (!(e->weapon_kind = pool_dup(lex, t->o))) return GEORDF_ERR_NOMEM;
          } else if (!t->lit && (t->pk == PRED_HOLDS || t->pk == PRED_AFFILIATION || t->pk == PRED_LEADER_OFFICE)) {
            /* A blank node: find its office, of, start, end.  An
             * affiliation names no office; a state's leader office no
             * state. */
            int affil = t->pk == PRED_AFFILIATION, lead = t->pk == PRED_LEADER_OFFICE, coll = 0;
            gd_office off;
            read_dated_node(lex, cache, t->o, PRED_OF, !affil, !affil && !lead ? PRED_COLLECTIVE : -1, &coll, &off);
            off.collective = coll;
            if (affil) off.office = "";
            if (lead && off.office) {
              gd_era *r = era_of(lex, e);
              off.of = NULL;
              if (!r || push_office(lex, &r->leads, &r->n_leads, &off)) return GEORDF_ERR_NOMEM;
            } else if (off.office && off.of && affil) {
              if (push_office(lex, &e->affils, &e->n_affils, &off)) return GEORDF_ERR_NOMEM;
            } else if (off.office && off.of) {
              if (push_office(lex, &e->offices, &e->n_offices, &off)) return GEORDF_ERR_NOMEM;
            }
          }
          continue;
        }
        if (add_phrase(lex, t->o, s, t->fold)) return GEORDF_ERR_NOMEM;
        /* "The Hague", "The Gambia" are as often written "the Hague" in
         * running text: the name without its article is a name too (its
         * capital keeps it from matching common words). */
        if (s.how == GD_NAME_PROPER && !strncmp(t->o, "The ", 4) && t->o[4] >= 'A' && t->o[4] <= 'Z' &&
            add_phrase(lex, t->o + 4, s, 0))
          return GEORDF_ERR_NOMEM;
      }
      if (e->n_offices > 1) qsort(e->offices, e->n_offices, sizeof *e->offices, offices_cmp);
      if (e->n_affils > 1) qsort(e->affils, e->n_affils, sizeof *e->affils, offices_cmp);
    } else if (is_trigger) {
      gd_trigger *tr = &lex->trigs[lex->ntrigs];
      memset(tr, 0, sizeof *tr);
      tr->iri = pool_dup(lex, subj);
      tr->pos = 'v';
      tr->weight = 0.8;
      int have_type = 0;
      for (size_t k = i; k < j; k++) {
        const triple *t = &lex->tr[k];
        const char *pl = local_of(t->p, LEX), *ol;
        if (!pl) continue;
        if (!strcmp(pl, "eventType") && (ol = local_of(t->o, GEO))) {
          for (int ty = 0; ty < GEORDF_EVENT_TYPE_COUNT; ty++)
            if (!strcmp(ol, geordf_event_type_name((geordf_event_type)ty))) {
              tr->type = (geordf_event_type)ty;
              have_type = 1;
            }
        } else if (!strcmp(pl, "pos")) tr->pos = t->o[0];
        else if (!strcmp(pl, "status") && (ol = local_of(t->o, GEO))) status_of(ol, &tr->status);
        else if (!strcmp(pl, "weight")) tr->weight = atof(t->o);
        else if (!strcmp(pl, "frame")) {
          if (parse_frame(lex, tr, t->o)) {
            set_err(lex, "trigger %s: bad frame \"%s\" (expected slot=role pairs, e.g. subj=visitor to=destination)", subj, t->o);
            return GEORDF_ERR_LEXICON;
          }
        } else if (!strcmp(pl, "flag")) {
          if (!strcmp(t->o, "needsObject")) tr->flags |= GD_TRIG_NEEDS_OBJECT;
          else if (!strcmp(t->o, "planned")) tr->flags |= GD_TRIG_PLANNED;
          else if (!strcmp(t->o, "negative")) tr->flags |= GD_TRIG_NEGATIVE;
          else if (!strcmp(t->o, "orgObject")) tr->flags |= GD_TRIG_ORG_OBJECT;
          else if (!strcmp(t->o, "anaphor")) tr->flags |= GD_TRIG_ANAPHOR;
          else if (!strcmp(t->o, "reciprocal")) tr->flags |= GD_TRIG_RECIPROCAL;
          else if (!strcmp(t->o, "unmannedObject")) tr->flags |= GD_TRIG_UNMANNED;
          else if (!strcmp(t->o, "airObject")) tr->flags |= GD_TRIG_AIR_OBJECT;
          else if (!strcmp(t->o, "dealingObject")) tr->flags |= GD_TRIG_DEALING_OBJECT;
          else if (!strcmp(t->o, "timeObject")) tr->flags |= GD_TRIG_TIME_OBJECT;
          else if (!strcmp(t->o, "orgSubject")) tr->flags |= GD_TRIG_ORG_SUBJECT;
          else if (!strcmp(t->o, "personSubject")) tr->flags |= GD_TRIG_PERSON_SUBJECT;
          else if (!strcmp(t->o, "personObject")) tr->flags |= GD_TRIG_PERSON_OBJECT;
          else if (!strcmp(t->o, "notModal")) tr->flags |= GD_TRIG_NOT_MODAL;
          else if (!strcmp(t->o, "nounObject")) tr->flags |= GD_TRIG_NOUN_OBJECT;
          else if (!strcmp(t->o, "armsDealing")) tr->flags |= GD_TRIG_ARMS_DEALING;
          else if (!strcmp(t->o, "gerund")) tr->flags |= GD_TRIG_GERUND;
          else if (!strcmp(t->o, "barrierObject")) tr->flags |= GD_TRIG_BARRIER_OBJECT;
          else if (!strcmp(t->o, "weaponProgramme")) tr->flags |= GD_TRIG_WEAPON_PROGRAMME;
        }
      }
      if (!have_type) {
        char types[128] = "";   /* the schema's type names */
        for (int ty = 0; ty < GEORDF_EVENT_TYPE_COUNT; ty++)
          snprintf(types + strlen(types), sizeof types - strlen(types), "%s%s", ty ? ", " : "",
                   gd_schema_type[ty].name);
        set_err(lex, "trigger %s has no lex:eventType (%s)", subj, types);
        return GEORDF_ERR_LEXICON;
      }
      gd_sense s;
      memset(&s, 0, sizeof s);
      s.kind = GD_PH_TRIGGER;
      s.u.trigger = tr;
      geordf_status st = add_forms(lex, i, j, s, tr->pos, "trigger", subj);
      if (st != GEORDF_OK) return st;
      lex->ntrigs++;
    } else if (is_cue || is_office) {
      gd_sense s;
      memset(&s, 0, sizeof s);
      if (is_office) {
        gd_office_word *ow = &lex->offices[lex->noffices++];
        ow->office = pool_dup(lex, local_of(subj, LEX) ? local_of(subj, LEX) : subj);
        ow->sole = 0;
        for (size_t k = i; k < j; k++) {
          const char *pl = local_of(lex->tr[k].p, LEX);
          if (pl && !strcmp(pl, "sole") && lex->tr[k].lit) ow->sole = !strcmp(lex->tr[k].o, "true");
        }
        s.kind = GD_PH_OFFICE;
        s.u.office = ow;
      } else {
        s.kind = GD_PH_CUE;
        int found = 0, date = -1;
        for (size_t k = i; k < j; k++) {
          const char *pl = local_of(lex->tr[k].p, LEX);
          if (pl && !strcmp(pl, "cue")) {
            for (int c = 0; c < GD_CUE_COUNT; c++)
              if (!strcmp(cue_names[c], lex->tr[k].o)) { s.u.cue = (gd_cue_kind)c; found = 1; }
            if (gd_date_kind(lex->tr[k].o) >= 0) { date = gd_date_kind(lex->tr[k].o); found = 1; }
          }
        }
        if (!found) {
          set_err(lex, "cue %s has no known lex:cue kind", subj);
          return GEORDF_ERR_LEXICON;
        }
        if (date >= 0) {
          /* Date words go to the date finder's table, not the phrases. */
          geordf_status st = add_date_words(lex, date, subj, i, j);
          if (st != GEORDF_OK) return st;
          continue;
        }
      }
      char pos = 'v';
      for (size_t k = i; k < j; k++) {
        const char *pl = local_of(lex->tr[k].p, LEX);
        if (pl && !strcmp(pl, "pos") && lex->tr[k].lit) pos = lex->tr[k].o[0];
      }
      geordf_status st = add_forms(lex, i, j, s, pos, is_office ? "office" : "cue", subj);
      if (st != GEORDF_OK) return st;
    }
  }
  free(grp);
  lex->grp = NULL;
  geordf_status st = link_eras(lex);
  return st == GEORDF_OK ? index_holders(lex) : st;
}

/* The bundled lexicon frozen at build time (lexicon-image-gen.c), when the
 * build made it: only lexicon.c includes it, after the types it fills. */
#if !defined GD_LEXICON_WRITER && defined GD_HAVE_BUILTIN && defined __has_include
#if __has_include("lexicon-image.h")
#include "lexicon-image.h"
#endif
#endif

#if defined GDI_PRESENT && GDI_PRESENT
/* Whether LEX holds exactly the bundled files, loaded in turn into an empty
 * lexicon and not yet written (so nothing else was loaded), which the image
 * is the frozen form of: the same files (digests), the same statements,
 * names folded by the same utf8proc. */
static int image_fits(const geordf_lexicon *lex) {
  if (!lex->builtin_folds || lex->out_of_order || lex->n_deferred != lex->n_inorder || lex->n_inorder != GDI_NFILES ||
      lex->ntr != GDI_NTR || lex->nents || lex->ntrigs || lex->phrases.n || lex->dates)
    return 0;
  for (size_t f = 0; f < GDI_NFILES; f++)
    if (!gd_lexicon_builtin[f].name || gd_lexicon_builtin[f].digest[0] != gdi_digests[f][0] ||
        gd_lexicon_builtin[f].digest[1] != gdi_digests[f][1])
      return 0;
  return !gd_lexicon_builtin[GDI_NFILES].name;
}

/* Freezes LEX by pointing it into the image: no statement is read. */
static geordf_status use_image(geordf_lexicon *lex) {
  lex->ents = malloc((GDI_NENTS + 1) * sizeof *lex->ents);
  if (!lex->ents) return GEORDF_ERR_NOMEM;
  for (size_t i = 0; i < GDI_NENTS; i++) lex->ents[i] = &gdi_E[i];
  lex->nents = lex->capents = GDI_NENTS;
  lex->by_iri = (gd_hindex){gdi_XI, GDI_XI_CAP, GDI_XI_N};
  lex->office_people = gdi_OP;
  lex->n_office_people = GDI_NOP;
  lex->holder_words = gdi_HW;
  lex->held = gdi_HG;
  lex->n_held = GDI_NHG;
  lex->held_all = gdi_HA;
  lex->by_held = (gd_hindex){gdi_XH, GDI_XH_CAP, GDI_XH_N};
  lex->office_names = gdi_ON;
  lex->n_office_names = lex->cap_office_names = GDI_NON;
  lex->phrases.ix = (gd_hindex){gdi_XP, GDI_XP_CAP, GDI_XP_N};
  lex->phrases.v = gdi_PH;
  lex->phrases.n = lex->phrases.capv = GDI_NPH;
  lex->filter = gdi_F;
  lex->filter_mask = GDI_FMASK;
  lex->max_phrase_len = GDI_MAXLEN;
  lex->trigs = gdi_T;
  lex->ntrigs = GDI_NT;
  lex->offices = gdi_OW;
  lex->noffices = GDI_NOW;
  lex->n_prefolded = GDI_PREFOLDED;
  lex->image = lex->image_iri = 1;
  for (size_t k = 0; k < GDI_ND; k++) {
    if (!lex->dates && !(lex->dates = gd_date_words_new())) return GEORDF_ERR_NOMEM;
    if (gd_date_words_add(lex->dates, gdi_D[k].kind, gdi_D[k].form, gdi_D[k].number)) return GEORDF_ERR_NOMEM;
  }
  lex->n_deferred = 0;
  return GEORDF_OK;
}
#endif

geordf_status geordf_lexicon_freeze(geordf_lexicon *lex) {
  if (lex->frozen) return GEORDF_OK;
  geordf_status st;
#if defined GDI_PRESENT && GDI_PRESENT
  if (image_fits(lex)) {
    st = use_image(lex);
    free(lex->tr);
    lex->tr = NULL;
    gd_tokens_free(lex->tpool);
    lex->tpool = NULL;
    lex->ntr = lex->captr = 0;
    if (st == GEORDF_OK) lex->frozen = 1;
    else set_err(lex, "out of memory while building the lexicon");
    return st;
  }
#endif
  st = build(lex);
  if (st == GEORDF_OK && build_filter(lex)) st = GEORDF_ERR_NOMEM;
  /* The triples are no longer needed once the tables are built. */
  gd_hindex_free(&lex->blanks);
  free(lex->grp);
  lex->grp = NULL;
  free(lex->tr);
  lex->tr = NULL;
  gd_tokens_free(lex->tpool);
  lex->tpool = NULL;
  gd_name_fold_free(&lex->fold);
  lex->ntr = lex->captr = 0;
  if (st == GEORDF_OK) lex->frozen = 1;
  else if (st == GEORDF_ERR_NOMEM) set_err(lex, "out of memory while building the lexicon");
  if (lex->n_builtin) release_builtin();
#ifdef __GLIBC__
  /* (The statements just freed leave holes glibc keeps; give them back.) */
  malloc_trim(0);
#endif
  return st;
}

/* ---- Offices ---------------------------------------------------------------- */

/* Whether an office named WANT is one named HAVE of class CLS: "Leader"
 * is any head of state or government, "HeadOfState" a president, monarch or
 * supreme leader, "HeadOfGovernment" a head of government, president or
 * leader. */
static int office_matches(const char *want, const char *have, unsigned char cls) {
  if (!strcmp(want, have)) return 1;
  if (!strcmp(want, "HeadOfState")) return cls >= OC_LEADER && cls <= OC_MONARCH;
  if (!strcmp(want, "HeadOfGovernment")) return cls == OC_HEAD || cls == OC_PRESIDENT || cls == OC_LEADER;
  return !strcmp(want, "Leader") && cls >= OC_SUPREME;
}

/* The bytes of DATE in_term() compares: 0 when there is no date. */
static size_t date_len(const char *date) {
  if (!date || !*date) return 0;
  size_t n = strlen(date);
  return n < 10 ? n : 10;
}

/* strncmp(A, B, N) of dates, in line: they mostly differ by the fourth
 * byte, and the office scans compare thousands. */
static int date_cmp(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (x != y) return x < y ? -1 : 1;
    if (!x) break;
  }
  return 0;
}

/* Whether DATE, of date_len() DL, falls in [START, END) ("" open).  (The
 * end first: most terms in the lexicon ended before the news.) */
static int in_span(const char *start, const char *end, const char *date, size_t dl) {
  if (!dl) return 1;
  if (end[0] && date_cmp(date, end, SIZE_MAX) >= 0) return 0;
  if (start[0] && date_cmp(date, start, dl) < 0) return 0;
  return 1;
}

/* in_term() for a DATE of date_len() DL. */
static int in_term_n(const gd_office *o, const char *date, size_t dl) { return in_span(o->start, o->end, date, dl); }

static int in_term(const gd_office *o, const char *date) { return in_term_n(o, date, date_len(date)); }

/* The office whose holder "the leader" of state OF names on DATE: its
 * lex:leaderOffice term then (with no date, the current one), or NULL. */
static const char *leader_office(const geordf_entity *of, const char *date) {
  if (!of || !of->era) return NULL;
  for (size_t k = 0; k < of->era->n_leads; k++) {
    const gd_office *t = &of->era->leads[k];
    if (date && *date ? in_term(t, date) : !t->end[0]) return t->office;
  }
  return NULL;
}

/* How surely a term of head office O on DATE makes its holder "the
 * leader" of its state: 0 a lex:Leader term (the Soviet party's general
 * secretary, a junta's chief), 1 the state's lex:leaderOffice then (the
 * British prime minister), else by the office: a supreme leader or pope,
 * a president (or a captain regent of San Marino), a monarch (executive in
 * most monarchies that have no lex:leaderOffice: Morocco, Jordan, the
 * Gulf), a head of government. */
#define LEADER_RANKS 6
static int leader_rank(const gd_office *o, const char *date) {
  const char *lo;
  if (o->cls == OC_LEADER) return 0;
  if ((lo = leader_office(o->of, date)) && !strcmp(lo, o->office)) return 1;
  if (o->cls == OC_SUPREME) return 2;
  if (o->cls == OC_PRESIDENT) return 3;
  if (o->cls == OC_MONARCH) return 4;
  return 5;
}

/* The rank of office O for "the head of state": a president or monarch,
 * else a supreme leader, else a leader where the state had no formal head
 * (Sihanouk, Cambodia's chief of state of 1960-1970); never a head of
 * government ("the Soviet head of state" in 1971 is Podgorny, not
 * Brezhnev; "the British head of state" the queen). */
static int head_of_state_rank(const gd_office *o) {
  if (o->cls == OC_PRESIDENT || o->cls == OC_MONARCH) return 0;
  if (o->cls == OC_SUPREME) return 1;
  if (o->cls == OC_LEADER) return 2;
  return LEADER_RANKS;
}

/* The rank of office O for "the head of government": a prime minister or
 * chancellor, else a president (who governs where there is no prime
 * minister: the American head of government is its president), else a
 * leader (a junta's chief); never a monarch or supreme leader ("the Soviet
 * head of government" in 1967 is Kosygin, though Brezhnev led). */
static int head_of_government_rank(const gd_office *o) {
  if (o->cls == OC_HEAD) return 0;
  if (o->cls == OC_PRESIDENT) return 1;
  if (o->cls == OC_LEADER) return 2;
  return LEADER_RANKS;
}

/* The number of office name NAME in lex->office_names, from 1; 0 when no
 * one holds it. */
static size_t find_office(const geordf_lexicon *lex, const char *name) {
  for (size_t i = 0; i < lex->n_office_names; i++)
    if (!strcmp(lex->office_names[i], name)) return i + 1;
  return 0;
}

/* gd_lexicon_office_holders(), and whether a collective term made it name
 * no one (*COLLECTIVE).  Only the group of the office (and OF) can match,
 * and of it only those whose terms span DATE; they are in lexicon order.  A collective term counts only with a state and a date:
 * among the people of the best rank that anyone holds (for "the leader",
 * leader_rank(); any other office has one), one whose term of that rank
 * is collective makes the office name no one (every candidate is seen,
 * past MAX); at a later rank it is skipped. */
/* Whether LABEL holds the words NAME (LEN bytes, any case) as words of its
 * own, and more besides. */
static int name_in_label(const char *label, const char *name, size_t len) {
  size_t ll = strlen(label);
  if (ll == len) return 0;
  for (size_t at = 0; at + len <= ll; at++)
    if ((at == 0 || label[at - 1] == ' ') && (at + len == ll || label[at + len] == ' ') &&
        !strncasecmp(label + at, name, len))
      return 1;
  return 0;
}

/* Whether one of the NCAND people CAND holds the office of acting term A
 * (of A's state) on DATE (of date_len() DL) in a term of his own. */
static int held_in_own_term(const held *cand, size_t ncand, const gd_office *a, const char *date, size_t dl) {
  for (size_t i = 0; i < ncand; i++) {
    const geordf_entity *e = cand[i].who;
    if (!in_span(cand[i].start, cand[i].end, date, dl)) continue;
    for (size_t k = 0; k < e->n_offices; k++) {
      const gd_office *o = &e->offices[k];
      if (!o->acting && o->office == a->office && o->of == a->of && in_term_n(o, date, dl)) return 1;
    }
  }
  return 0;
}

/* (With NAME, only the people whose label holds it: the name is asked
 * before the terms, which are most of the work.) */
static size_t office_holders(const geordf_lexicon *lex, const char *office, const geordf_entity *of,
                             const char *date, const char *name, size_t nlen, const geordf_entity **out,
                             size_t max, int *collective, int acting) {
  size_t n = 0, dl = date_len(date);
  int dated = of && dl;
  *collective = 0;
  /* A name no holder's label has a word of names no one: most names after a
   * title are no office holder's. */
  if (name) {
    size_t first = 0;
    while (first < nlen && name[first] != ' ') first++;
    uint64_t k = word_key(name, first) % HOLDER_WORD_BITS;
    if (!lex->holder_words || !(lex->holder_words[k / 64] >> (k % 64) & 1)) return 0;
  }
  int head_of_state = !strcmp(office, "HeadOfState");
  int head_of_government = !strcmp(office, "HeadOfGovernment");
  int leader = head_of_state || head_of_government || !strcmp(office, "Leader");
  size_t oid = leader ? 0 : find_office(lex, office);
  if (!leader && !oid) return 0;
  /* ("the acting leader" names no one: acting is said of one office.) */
  if (leader && acting) return 0;
  uint64_t key = held_key(of, oid);
  const gd_hslot *slot = held_slot(lex, key, gd_hash_int_tag(key));
  if (!slot->ix) return 0;
  const held *cand = lex->held[slot->ix - 1].v;
  size_t ncand = lex->held[slot->ix - 1].n;
  if (!leader) {
    /* A person's offices are named by the lexicon's one copy of each name. */
    const char *want = lex->office_names[oid - 1];
    /* The holders in terms of their own; where there are none (or for an
     * acting title), those in acting terms. */
    for (int pass = acting ? 1 : 0; pass < 2 && !n; pass++)
    for (size_t i = 0; i < ncand && (n < max || dated); i++) {
      const geordf_entity *e = cand[i].who;
      int found = 0, coll = 0;
      if (!in_span(cand[i].start, cand[i].end, date, dl) || (name && !name_in_label(e->label, name, nlen))) continue;
      for (size_t k = 0; k < e->n_offices; k++) {
        const gd_office *o = &e->offices[k];
        if ((!of || o->of == of) && o->office == want && !o->acting == !pass && in_term_n(o, date, dl)) {
          found = 1;
          coll |= o->collective;
        }
      }
      if (found && coll && dated) {
        *collective = 1;
        return 0;
      }
      if (found && n < max) out[n++] = e;
    }
    return n;
  }
  /* "The leader": each person's best rank then, read once (bit 7: a
   * collective term of that rank counts); then rank by rank, ties in
   * lexicon order.  An acting term counts, as for its own title, only on
   * a date when no one holds its office of its state in a term of his
   * own (Sadat, acting president after Nasser's death, is "the Egyptian
   * leader"; Jonathan, acting for the ailing Yar'Adua, is not). */
  unsigned char small[512], *rank = ncand <= sizeof small ? small : malloc(ncand);
  if (!rank) return 0;
  size_t per[LEADER_RANKS] = {0};
  for (size_t i = 0; i < ncand; i++) {
    const geordf_entity *e = cand[i].who;
    int best = LEADER_RANKS, coll = 0;
    if (!in_span(cand[i].start, cand[i].end, date, dl) || (name && !name_in_label(e->label, name, nlen))) {
      rank[i] = LEADER_RANKS;
      continue;
    }
    for (size_t k = 0; k < e->n_offices; k++) {
      const gd_office *o = &e->offices[k];
      if ((!of || o->of == of) && o->cls != OC_NONE && in_term_n(o, date, dl) &&
          (!o->acting || (dl && !held_in_own_term(cand, ncand, o, date, dl)))) {
        /* A monarch of another nationality reigns over a realm but does not
         * lead it: "the Canadian leader" is its prime minister, never the
         * British monarch, even where no prime minister is known. */
        if (!head_of_state && o->cls == OC_MONARCH && e->country && e->country != o->of) continue;
        int r = head_of_state        ? head_of_state_rank(o)
                : head_of_government ? head_of_government_rank(o)
                                     : leader_rank(o, date);
        if (r < best) best = r, coll = 0;
        if (r == best && o->collective) coll = 1;
      }
    }
    rank[i] = (unsigned char)(best | (coll && dated ? 0x80 : 0));
    if (best < LEADER_RANKS) per[best]++;
  }
  for (int pass = 0; pass < LEADER_RANKS && n < max; pass++) {
    if (!per[pass]) continue;
    for (size_t i = 0; n == 0 && i < ncand; i++)
      if (rank[i] == (pass | 0x80)) {
        *collective = 1;
        goto done;
      }
    for (size_t i = 0; i < ncand && n < max; i++)
      if (rank[i] == pass) out[n++] = cand[i].who;
  }
done:
  if (rank != small) free(rank);
  return n;
}

size_t gd_lexicon_office_holders(const geordf_lexicon *lex, const char *office,
                                 const geordf_entity *of, const char *date,
                                 const geordf_entity **out, size_t max) {
  int coll;
  return office_holders(lex, office, of, date, NULL, 0, out, max, &coll, 0);
}

size_t gd_lexicon_office_holders_named(const geordf_lexicon *lex, const char *office, const geordf_entity *of,
                                       const char *date, const char *name, size_t len, const geordf_entity **out,
                                       size_t max) {
  int coll;
  return office_holders(lex, office, of, date, name, len, out, max, &coll, 0);
}

size_t gd_lexicon_acting_holders(const geordf_lexicon *lex, const char *office, const geordf_entity *of,
                                 const char *date, const geordf_entity **out, size_t max) {
  int coll;
  return office_holders(lex, office, of, date, NULL, 0, out, max, &coll, 1);
}

int gd_lexicon_office_collective(const geordf_lexicon *lex, const char *office,
                                 const geordf_entity *of, const char *date) {
  const geordf_entity *out[1];
  int coll;
  office_holders(lex, office, of, date, NULL, 0, out, 1, &coll, 0);
  return coll;
}

int gd_state_alive(const geordf_entity *e, const char *date) {
  if (!e || !e->era || !date || !*date) return 1;
  if (e->era->start[0] && strcmp(date, e->era->start) < 0) return 0;
  if (e->era->end[0] && strcmp(date, e->era->end) >= 0) return 0;
  return 1;
}

const geordf_entity *gd_entity_on(const geordf_entity *e, gd_name_kind how, const char *date) {
  /* (Bounded: a chain of predecessors is short, and a cycle in the data
   * must not hang extraction.) */
  for (int hop = 0; hop < 8 && e && e->era && date && *date; hop++) {
    const gd_era *r = e->era;
    if (r->n_seats) {
      /* A movement that ruled a state is that state while it did (the
       * Sandinistas: Nicaragua in 1979-1990); a place lies in it too. */
      for (size_t k = 0; k < r->n_seats; k++)
        if (in_term(&r->seats[k], date))
          return e->kind != GD_KIND_PLACE && r->seats[k].of ? r->seats[k].of : r->variants[k];
      return e;
    }
    const geordf_entity *p = r->predecessor;
    if (!p || !r->start[0] || !gd_state_alive(p, date)) return e;
    /* A seat of a state that broke away was never the predecessor's; its
     * demonym names the republic it was before, whose offices the news
     * titled so ("Croatian President Franjo Tudjman" in 1990, the
     * Ukrainian foreign minister of 1975), where "Russian" named the
     * Soviet. */
    if (strcmp(date, r->start) >= 0 && (how != GD_NAME_METONYM || r->seceded)) return e;
    if (r->seceded && how == GD_NAME_DEMONYM) return e;
    e = p;
  }
  return e;
}

/* The state a person's office, term or nationality names.  Of offices of
 * several states at once (a monarch of several realms), the one of the
 * nationality's state. */
static const geordf_entity *person_state(const geordf_entity *p, const char *date) {
  const geordf_entity *first = NULL;
  for (size_t k = 0; k < p->n_offices; k++)
    if (in_term(&p->offices[k], date)) {
      if (p->offices[k].of == p->country) return p->country;
      if (!first) first = p->offices[k].of;
    }
  if (first) return first;
  /* Only a dated document picks an affiliation over the nationality: an
   * undated one would get the first of several terms. */
  if (date && *date)
    for (size_t k = 0; k < p->n_affils; k++)
      if (in_term(&p->affils[k], date)) return p->affils[k].of;
  return p->country;
}

const geordf_entity *gd_person_state(const geordf_entity *p, const char *date) {
  if (!p || p->kind != GD_KIND_PERSON) return NULL;
  /* A Russian in 1975 acts for the Soviet Union. */
  return gd_entity_on(person_state(p, date), GD_NAME_PROPER, date);
}

const geordf_entity *gd_person_acts_for(const geordf_entity *p, const char *date) {
  if (!p || p->kind != GD_KIND_PERSON) return NULL;
  if (p->non_state) {
    for (size_t k = 0; k < p->n_offices; k++)
      if (in_term(&p->offices[k], date)) return p->offices[k].of;
    for (size_t k = 0; date && *date && k < p->n_affils; k++)
      if (in_term(&p->affils[k], date)) return p->affils[k].of;
    return p;
  }
  return gd_person_state(p, date);
}

/* ---- Memberships ------------------------------------------------------------ */

size_t gd_lexicon_members(const geordf_entity *org, const char *date, const geordf_entity **out,
                          size_t max) {
  size_t n = 0;
  if (!org || !org->era) return 0;
  const gd_era *r = org->era;
  for (size_t k = 0; k < r->n_members; k++) {
    const gd_office *m = &r->members[k];
    if (!in_term(m, date)) continue;
    /* Each member once (two terms of one state both in force with no
     * date): an earlier term in force names it already. */
    size_t j = 0;
    while (j < k && !(r->members[j].of == m->of && in_term(&r->members[j], date))) j++;
    if (j < k) continue;
    if (n < max) out[n] = m->of;
    n++;
  }
  return n;
}

int gd_lexicon_is_member(const geordf_entity *state, const geordf_entity *org, const char *date) {
  if (!state || !org || !org->era) return 0;
  const gd_era *r = org->era;
  for (size_t k = 0; k < r->n_members; k++)
    if (r->members[k].of == state && in_term(&r->members[k], date))
      return strcmp(r->members[k].office, "PermanentMember") ? 1 : 2;
  return 0;
}

const geordf_entity *gd_office_sole_state(const geordf_lexicon *lex, const char *office) {
  const geordf_entity *of = NULL;
  for (size_t i = 0; i < lex->n_office_people; i++) {
    const geordf_entity *e = lex->office_people[i];
    for (size_t k = 0; k < e->n_offices; k++) {
      if (!office_matches(office, e->offices[k].office, e->offices[k].cls)) continue;
      if (of && of != e->offices[k].of) return NULL;
      of = e->offices[k].of;
    }
  }
  return of;
}
