/* geordf: loads the Turtle lexicon with raptor and builds the phrase table
 * (a trie kept in a hash table: every phrase and every proper prefix).
 * SPDX-License-Identifier: MIT */
#include "lexicon.h"
#include "token.h"

#include <raptor2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

/* A statement read from a lexicon file. */
typedef struct {
  char *s, *p, *o;
  int lit;          /* object is a literal */
} triple;

/* Open-addressing hash table from string keys to pointers. */
typedef struct {
  const char **keys;
  void **vals;
  size_t cap, n;
} strmap;

struct geordf_lexicon {
  triple *tr;
  size_t ntr, captr;
  geordf_entity **ents;
  size_t nents, capents;
  strmap by_iri;          /* IRI -> entity */
  strmap phrases;         /* key -> gd_phrase */
  size_t max_phrase_len;
  gd_trigger *trigs;      /* owned arrays */
  size_t ntrigs;
  gd_office_word *offices;
  size_t noffices;
  struct gd_tokens *pool; /* arena for strings (a token list reused as arena) */
  int frozen;
  unsigned file_seq;      /* blank node scope per file */
  char err[512];
};

typedef struct {
  const char *key;
  gd_sense *senses;
  int is_prefix;
} phrase;

static uint64_t hash_str(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 1099511628211ULL; }
  return h;
}

static void **map_slot(strmap *m, const char *key, size_t n, int create, const char **stored) {
  if (create && (m->n + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 1024;
    const char **k = calloc(cap, sizeof *k);
    void **v = calloc(cap, sizeof *v);
    if (!k || !v) { free(k); free(v); return NULL; }
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->keys[i]) continue;
      size_t j = hash_str(m->keys[i], strlen(m->keys[i])) & (cap - 1);
      while (k[j]) j = (j + 1) & (cap - 1);
      k[j] = m->keys[i];
      v[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = k;
    m->vals = v;
    m->cap = cap;
  }
  if (!m->cap) return NULL;
  size_t j = hash_str(key, n) & (m->cap - 1);
  while (m->keys[j]) {
    if (!strncmp(m->keys[j], key, n) && m->keys[j][n] == '\0') return &m->vals[j];
    j = (j + 1) & (m->cap - 1);
  }
  if (!create) return NULL;
  m->keys[j] = *stored;
  m->n++;
  return &m->vals[j];
}

static void map_free(strmap *m) {
  free(m->keys);
  free(m->vals);
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
  if (!lex->pool) { free(lex); return GEORDF_ERR_NOMEM; }
  *out = lex;
  return GEORDF_OK;
}

const char *geordf_lexicon_error(const geordf_lexicon *lex) { return lex ? lex->err : ""; }

void geordf_lexicon_free(geordf_lexicon *lex) {
  if (!lex) return;
  for (size_t i = 0; i < lex->ntr; i++) {
    free(lex->tr[i].s);
    free(lex->tr[i].p);
    free(lex->tr[i].o);
  }
  free(lex->tr);
  for (size_t i = 0; i < lex->nents; i++) {
    geordf_entity *e = lex->ents[i];
    free(e->iri);
    free(e->label);
    free(e->qid);
    free(e->cls);
    free(e->weapon_kind);
    free(e->offices);
    free(e);
  }
  free(lex->ents);
  for (size_t i = 0; i < lex->phrases.cap; i++) {
    phrase *ph = lex->phrases.vals ? lex->phrases.vals[i] : NULL;
    if (!ph) continue;
    for (gd_sense *s = ph->senses, *n; s; s = n) { n = s->next; free(s); }
    free(ph);
  }
  map_free(&lex->phrases);
  map_free(&lex->by_iri);
  free(lex->trigs);
  free(lex->offices);
  gd_tokens_free(lex->pool);
  free(lex);
}

/* ---- Reading Turtle ------------------------------------------------------ */

typedef struct {
  geordf_lexicon *lex;
  const char *path;
  int failed;
  int nomem;
} load_ctx;

static char *term_str(geordf_lexicon *lex, raptor_term *t, int *lit) {
  *lit = 0;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    return strdup((const char *)raptor_uri_as_string(t->value.uri));
  case RAPTOR_TERM_TYPE_LITERAL:
    *lit = 1;
    return strdup((const char *)t->value.literal.string);
  case RAPTOR_TERM_TYPE_BLANK: {
    char buf[64];
    const char *id = (const char *)t->value.blank.string;
    size_t n = strlen(id);
    char *s = malloc(n + sizeof buf);
    if (!s) return NULL;
    snprintf(buf, sizeof buf, "_:f%u_", lex->file_seq);
    strcpy(s, buf);
    strcat(s, id);
    return s;
  }
  default:
    return NULL;
  }
}

static void on_statement(void *user, raptor_statement *st) {
  load_ctx *c = user;
  geordf_lexicon *lex = c->lex;
  if (lex->ntr == lex->captr) {
    size_t cap = lex->captr ? lex->captr * 2 : 4096;
    triple *v = realloc(lex->tr, cap * sizeof *v);
    if (!v) { c->nomem = 1; return; }
    lex->tr = v;
    lex->captr = cap;
  }
  int l1, l2, lit;
  triple t;
  t.s = term_str(lex, st->subject, &l1);
  t.p = term_str(lex, st->predicate, &l2);
  t.o = term_str(lex, st->object, &lit);
  t.lit = lit;
  if (!t.s || !t.p || !t.o) {
    free(t.s); free(t.p); free(t.o);
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
  size_t mark = lex->ntr;
  lex->file_seq++;
  load_ctx c = {lex, path, 0, 0};
  raptor_world *w = raptor_new_world();
  raptor_parser *p = w ? raptor_new_parser(w, "turtle") : NULL;
  geordf_status st = GEORDF_OK;
  if (!p) { st = GEORDF_ERR_RDF; goto cleanup; }
  raptor_world_set_log_handler(w, &c, on_log);
  raptor_parser_set_statement_handler(p, &c, on_statement);
  /* A base IRI is required by the parser for relative IRIs; lexicon files
   * should use absolute IRIs, so a fixed, recognizable base is used. */
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"https://w3id.org/geordf/lexicon-file/");
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
  if (st != GEORDF_OK) {
    /* Keep nothing of a file that failed. */
    for (size_t i = mark; i < lex->ntr; i++) {
      free(lex->tr[i].s); free(lex->tr[i].p); free(lex->tr[i].o);
    }
    lex->ntr = mark;
  }
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

const char *gd_lexicon_default_dir(void) {
  static char buf[4096];
  struct stat sb;
  const char *env = getenv("GEORDF_DATADIR");
  const char *cands[3] = {env, GEORDF_PKGDATADIR,
#ifdef GEORDF_SRCDATADIR
                          GEORDF_SRCDATADIR
#else
                          NULL
#endif
  };
  for (int i = 0; i < 3; i++) {
    if (!cands[i] || !*cands[i]) continue;
    snprintf(buf, sizeof buf, "%s/lexicon", cands[i]);
    if (stat(buf, &sb) == 0 && S_ISDIR(sb.st_mode)) return buf;
    if (i == 0) return NULL; /* an explicit GEORDF_DATADIR must be right */
  }
  return NULL;
}

/* ---- Building entities ---------------------------------------------------- */

static const char *local_of(const char *iri, const char *ns) {
  size_t n = strlen(ns);
  return strncmp(iri, ns, n) ? NULL : iri + n;
}

geordf_entity *gd_lexicon_add_entity(geordf_lexicon *lex, const char *iri, const char *label,
                                     const char *qid, gd_kind kind) {
  static const char *const cls[] = {"Thing", "Country", "Organization", "Person",
                                    "ArmedGroup", "WeaponSystem", "Place"};
  if (lex->nents == lex->capents) {
    size_t cap = lex->capents ? lex->capents * 2 : 256;
    geordf_entity **v = realloc(lex->ents, cap * sizeof *v);
    if (!v) return NULL;
    lex->ents = v;
    lex->capents = cap;
  }
  geordf_entity *e = calloc(1, sizeof *e);
  if (!e) return NULL;
  e->iri = strdup(iri);
  e->label = strdup(label ? label : "");
  e->qid = qid ? strdup(qid) : NULL;
  e->cls = strdup(cls[kind]);
  e->kind = kind;
  if (!e->iri || !e->label || !e->cls || (qid && !e->qid)) {
    free(e->iri); free(e->label); free(e->qid); free(e->cls); free(e);
    return NULL;
  }
  const char *stored = e->iri;
  void **slot = map_slot(&lex->by_iri, e->iri, strlen(e->iri), 1, &stored);
  if (!slot) { free(e->iri); free(e->label); free(e->qid); free(e->cls); free(e); return NULL; }
  *slot = e;
  e->index = (uint32_t)lex->nents;
  lex->ents[lex->nents++] = e;
  return e;
}

const geordf_entity *gd_lexicon_entity(const geordf_lexicon *lex, const char *iri) {
  void **slot = map_slot((strmap *)&lex->by_iri, iri, strlen(iri), 0, NULL);
  return slot ? *slot : NULL;
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
  for (int i = 0; weapons[i]; i++)
    if (!strcmp(local, weapons[i])) { *weapon = 1; return GD_KIND_WEAPON; }
  return GD_KIND_NONE;
}

static int cmp_triple(const void *a, const void *b) {
  const triple *x = a, *y = b;
  int c = strcmp(x->s, y->s);
  return c ? c : (x < y ? -1 : x > y);
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

/* Adds a sense to the phrase NAME (tokenized and folded like text). */
static int add_phrase(geordf_lexicon *lex, const char *name, gd_sense tmpl) {
  gd_tokens *t = gd_tokenize(name, strlen(name));
  if (!t) return -1;
  if (t->ntok == 0) { gd_tokens_free(t); return 0; }
  size_t cap = 0;
  for (size_t i = 0; i < t->ntok; i++) cap += strlen(t->tok[i].norm) + 1;
  char *key = malloc(cap + 1);
  if (!key) { gd_tokens_free(t); return -1; }
  size_t n = 0;
  int rc = 0;
  /* Short names written in capitals ("US", "IS") match only capitals. */
  size_t nl = strlen(name);
  int caps = nl >= 2 && nl <= 3 && t->ntok == 1 && (t->tok[0].flags & GD_TOK_ALLCAPS);
  for (size_t i = 0; i < t->ntok && rc == 0; i++) {
    if (i) key[n++] = ' ';
    size_t l = strlen(t->tok[i].norm);
    memcpy(key + n, t->tok[i].norm, l);
    n += l;
    key[n] = '\0';
    const char *stored = NULL;
    void **slot = map_slot(&lex->phrases, key, n, 0, NULL);
    if (!slot) {
      stored = pool_dup(lex, key);
      if (!stored) { rc = -1; break; }
      slot = map_slot(&lex->phrases, key, n, 1, &stored);
      if (!slot) { rc = -1; break; }
      phrase *ph = calloc(1, sizeof *ph);
      if (!ph) { rc = -1; break; }
      ph->key = stored;
      *slot = ph;
    }
    phrase *ph = *slot;
    if (i + 1 < t->ntok) { ph->is_prefix = 1; continue; }
    gd_sense *s = malloc(sizeof *s);
    if (!s) { rc = -1; break; }
    *s = tmpl;
    s->caps_only = caps ? GD_CAPS_ALL : (t->tok[0].flags & GD_TOK_CAP) ? GD_CAPS_FIRST : 0;
    /* Append, skipping exact duplicates. */
    gd_sense **pp = &ph->senses;
    int dup = 0;
    for (; *pp; pp = &(*pp)->next)
      if ((*pp)->kind == s->kind && (*pp)->u.entity == s->u.entity && (*pp)->how == s->how) dup = 1;
    if (dup) free(s);
    else { s->next = NULL; *pp = s; }
  }
  if (t->ntok > lex->max_phrase_len) lex->max_phrase_len = t->ntok;
  free(key);
  gd_tokens_free(t);
  return rc;
}

const gd_sense *gd_lexicon_lookup(const geordf_lexicon *lex, const char *key, size_t keylen,
                                  int *is_prefix) {
  void **slot = map_slot((strmap *)&lex->phrases, key, keylen, 0, NULL);
  if (!slot) { *is_prefix = 0; return NULL; }
  const phrase *ph = *slot;
  *is_prefix = ph->is_prefix;
  return ph->senses;
}

static int role_of(const char *name, geordf_role *out) {
  for (int r = 0; r < GEORDF_ROLE_COUNT; r++)
    if (!strcmp(geordf_role_name((geordf_role)r), name)) { *out = (geordf_role)r; return 0; }
  return -1;
}

static int status_of(const char *name, geordf_event_status *out) {
  for (int s = 1; s <= GEORDF_STATUS_EASED; s++)
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

static const char *const cue_names[GD_CUE_COUNT] = {
    "negation", "planned", "threat", "pledge", "agreed", "delivered", "cancelled", "lift",
    "ease", "impose", "hedge", "aux", "determiner", "preposition", "pronoun", "boundary", "past",
    "arms", "place-anaphor", "group-anaphor", "air", "join", "add"};

static int offices_cmp(const void *a, const void *b) {
  const gd_office *x = a, *y = b;
  return strcmp(x->start, y->start);
}

/* Builds entities, triggers, cues and the phrase table from the triples. */
static geordf_status build(geordf_lexicon *lex) {
  if (lex->ntr) qsort(lex->tr, lex->ntr, sizeof *lex->tr, cmp_triple);
  /* Pass 1: entities and counts. */
  size_t ntrig = 0, noff = 0;
  for (size_t i = 0, j; i < lex->ntr; i = j) {
    for (j = i; j < lex->ntr && !strcmp(lex->tr[j].s, lex->tr[i].s); j++) {}
    gd_kind kind = GD_KIND_NONE;
    const char *clsname = NULL, *label = NULL, *qid = NULL;
    for (size_t k = i; k < j; k++) {
      const triple *t = &lex->tr[k];
      const char *l;
      int weapon;
      if (!strcmp(t->p, RDF_TYPE)) {
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
      } else if (!strcmp(t->p, RDFS_LABEL) && t->lit && !label) {
        label = t->o;
      } else if (!strcmp(t->p, OWL_SAME) && !t->lit && (l = local_of(t->o, WD_ENTITY)) && l[0] == 'Q') {
        qid = l;
      }
    }
    if (kind == GD_KIND_NONE) continue;
    if (gd_lexicon_entity(lex, lex->tr[i].s)) continue;
    geordf_entity *e = gd_lexicon_add_entity(lex, lex->tr[i].s, label ? label : lex->tr[i].s, qid, kind);
    if (!e) return GEORDF_ERR_NOMEM;
    if (clsname && strcmp(clsname, e->cls)) {
      free(e->cls);
      if (!(e->cls = strdup(clsname))) return GEORDF_ERR_NOMEM;
    }
  }
  lex->trigs = calloc(ntrig + 1, sizeof *lex->trigs);
  lex->offices = calloc(noff + 1, sizeof *lex->offices);
  if (!lex->trigs || !lex->offices) return GEORDF_ERR_NOMEM;
  /* Pass 2: links, names, triggers, cues, offices. */
  for (size_t i = 0, j; i < lex->ntr; i = j) {
    for (j = i; j < lex->ntr && !strcmp(lex->tr[j].s, lex->tr[i].s); j++) {}
    const char *subj = lex->tr[i].s;
    geordf_entity *e = (geordf_entity *)gd_lexicon_entity(lex, subj);
    int is_trigger = 0, is_cue = 0, is_office = 0;
    for (size_t k = i; k < j; k++) {
      const triple *t = &lex->tr[k];
      const char *l = !strcmp(t->p, RDF_TYPE) ? local_of(t->o, LEX) : NULL;
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
        const char *pl;
        if (t->lit && (!strcmp(t->p, RDFS_LABEL) || !strcmp(t->p, SKOS_ALT) || !strcmp(t->p, SKOS_PREF))) {
          s.how = GD_NAME_PROPER;
        } else if (t->lit && (pl = local_of(t->p, LEX)) && !strcmp(pl, "demonym")) {
          s.how = GD_NAME_DEMONYM;
        } else if (t->lit && (pl = local_of(t->p, LEX)) && !strcmp(pl, "metonym")) {
          s.how = GD_NAME_METONYM;
        } else if (t->lit && (pl = local_of(t->p, LEX)) && !strcmp(pl, "surname")) {
          s.how = GD_NAME_SURNAME;
        } else {
          const geordf_entity *o = t->lit ? NULL : gd_lexicon_entity(lex, t->o);
          pl = local_of(t->p, GEO);
          const char *ll = local_of(t->p, LEX);
          if (o && pl && (!strcmp(pl, "locatedIn") || !strcmp(pl, "nationality") ||
                          !strcmp(pl, "originCountry") || !strcmp(pl, "basedIn")))
            e->country = (geordf_entity *)o;
          else if (o && ll && !strcmp(ll, "metonymFor"))
            e->stands_for = (geordf_entity *)o;
          else if (o && ll && !strcmp(ll, "successor"))
            e->successor = (geordf_entity *)o;
          else if (t->lit && pl && !strcmp(pl, "kind")) {
            free(e->weapon_kind);
            if (!(e->weapon_kind = strdup(t->o))) return GEORDF_ERR_NOMEM;
          } else if (!t->lit && ll && !strcmp(ll, "holds")) {
            /* A blank node: find its office, of, start, end. */
            gd_office off;
            memset(&off, 0, sizeof off);
            for (size_t a = first_of(lex, t->o); a < lex->ntr && !strcmp(lex->tr[a].s, t->o); a++) {
              const char *pp = local_of(lex->tr[a].p, LEX);
              if (!pp) continue;
              if (!strcmp(pp, "office") && local_of(lex->tr[a].o, LEX))
                off.office = pool_dup(lex, local_of(lex->tr[a].o, LEX));
              else if (!strcmp(pp, "of"))
                off.of = (geordf_entity *)gd_lexicon_entity(lex, lex->tr[a].o);
              else if (!strcmp(pp, "start"))
                snprintf(off.start, sizeof off.start, "%.10s", lex->tr[a].o);
              else if (!strcmp(pp, "end"))
                snprintf(off.end, sizeof off.end, "%.10s", lex->tr[a].o);
            }
            if (off.office && off.of) {
              gd_office *v = realloc(e->offices, (e->n_offices + 1) * sizeof *v);
              if (!v) return GEORDF_ERR_NOMEM;
              e->offices = v;
              e->offices[e->n_offices++] = off;
            }
          }
          continue;
        }
        if (add_phrase(lex, t->o, s)) return GEORDF_ERR_NOMEM;
      }
      if (e->n_offices > 1) qsort(e->offices, e->n_offices, sizeof *e->offices, offices_cmp);
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
          else if (!strcmp(t->o, "symmetric")) tr->flags |= GD_TRIG_SYMMETRIC;
          else if (!strcmp(t->o, "planned")) tr->flags |= GD_TRIG_PLANNED;
          else if (!strcmp(t->o, "negative")) tr->flags |= GD_TRIG_NEGATIVE;
          else if (!strcmp(t->o, "orgObject")) tr->flags |= GD_TRIG_ORG_OBJECT;
          else if (!strcmp(t->o, "anaphor")) tr->flags |= GD_TRIG_ANAPHOR;
          else if (!strcmp(t->o, "reciprocal")) tr->flags |= GD_TRIG_RECIPROCAL;
        }
      }
      if (!have_type) {
        set_err(lex, "trigger %s has no lex:eventType (Visit, Alliance, ArmsDeal, Sanction, ShootDown)", subj);
        return GEORDF_ERR_LEXICON;
      }
      for (size_t k = i; k < j; k++) {
        const triple *t = &lex->tr[k];
        const char *pl = local_of(t->p, LEX);
        if (pl && !strcmp(pl, "form") && t->lit) {
          gd_sense s;
          memset(&s, 0, sizeof s);
          s.kind = GD_PH_TRIGGER;
          s.u.trigger = tr;
          if (add_phrase(lex, t->o, s)) return GEORDF_ERR_NOMEM;
        }
      }
      lex->ntrigs++;
    } else if (is_cue || is_office) {
      gd_sense s;
      memset(&s, 0, sizeof s);
      if (is_office) {
        gd_office_word *ow = &lex->offices[lex->noffices++];
        ow->office = pool_dup(lex, local_of(subj, LEX) ? local_of(subj, LEX) : subj);
        s.kind = GD_PH_OFFICE;
        s.u.office = ow;
      } else {
        s.kind = GD_PH_CUE;
        int found = 0;
        for (size_t k = i; k < j; k++) {
          const char *pl = local_of(lex->tr[k].p, LEX);
          if (pl && !strcmp(pl, "cue"))
            for (int c = 0; c < GD_CUE_COUNT; c++)
              if (!strcmp(cue_names[c], lex->tr[k].o)) { s.u.cue = (gd_cue_kind)c; found = 1; }
        }
        if (!found) {
          set_err(lex, "cue %s has no known lex:cue kind", subj);
          return GEORDF_ERR_LEXICON;
        }
      }
      for (size_t k = i; k < j; k++) {
        const char *pl = local_of(lex->tr[k].p, LEX);
        if (pl && !strcmp(pl, "form") && lex->tr[k].lit)
          if (add_phrase(lex, lex->tr[k].o, s)) return GEORDF_ERR_NOMEM;
      }
    }
  }
  return GEORDF_OK;
}

geordf_status geordf_lexicon_freeze(geordf_lexicon *lex) {
  if (lex->frozen) return GEORDF_OK;
  geordf_status st = build(lex);
  /* The triples are no longer needed once the tables are built. */
  for (size_t i = 0; i < lex->ntr; i++) {
    free(lex->tr[i].s); free(lex->tr[i].p); free(lex->tr[i].o);
  }
  free(lex->tr);
  lex->tr = NULL;
  lex->ntr = lex->captr = 0;
  if (st == GEORDF_OK) lex->frozen = 1;
  else if (st == GEORDF_ERR_NOMEM) set_err(lex, "out of memory while building the lexicon");
  return st;
}

/* ---- Offices ---------------------------------------------------------------- */

static int is_head_office(const char *o) {
  return !strcmp(o, "President") || !strcmp(o, "PrimeMinister") || !strcmp(o, "Chancellor") ||
         !strcmp(o, "King") || !strcmp(o, "Queen") || !strcmp(o, "Emir") ||
         !strcmp(o, "SupremeLeader") || !strcmp(o, "Pope");
}

static int office_matches(const char *want, const char *have) {
  if (!strcmp(want, have)) return 1;
  return !strcmp(want, "Leader") && is_head_office(have);
}

static int in_term(const gd_office *o, const char *date) {
  if (!date || !*date) return 1;
  if (o->start[0] && strncmp(date, o->start, strlen(date) < 10 ? strlen(date) : 10) < 0) return 0;
  if (o->end[0] && strcmp(date, o->end) >= 0) return 0;
  return 1;
}

size_t gd_lexicon_office_holders(const geordf_lexicon *lex, const char *office,
                                 const geordf_entity *of, const char *date,
                                 const geordf_entity **out, size_t max) {
  size_t n = 0;
  for (size_t i = 0; i < lex->nents && n < max; i++) {
    const geordf_entity *e = lex->ents[i];
    for (size_t k = 0; k < e->n_offices; k++) {
      const gd_office *o = &e->offices[k];
      if ((!of || o->of == of) && office_matches(office, o->office) && in_term(o, date)) {
        out[n++] = e;
        break;
      }
    }
  }
  return n;
}

const geordf_entity *gd_person_state(const geordf_entity *p, const char *date) {
  if (!p || p->kind != GD_KIND_PERSON) return NULL;
  for (size_t k = 0; k < p->n_offices; k++)
    if (in_term(&p->offices[k], date)) return p->offices[k].of;
  return p->country;
}
