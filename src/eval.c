/* SPDX-License-Identifier: MIT
 * geordf: scores extracted events against gold annotations, matching them
 * exactly as the shared scorer score.py does, but on the in-memory events. */
#include "eval.h"
#include "input.h"
#include "json.h"
#include "schema.h"
#include "strbuf.h"
#include "text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CORE GD_SCHEMA_MAX_CORE /* scored roles: the schema's core roles */
#define EVIDENCE_CHARS 120

static const char *const attr_name[GD_ATTR_COUNT] = {"status", "planned", "date"};

struct gd_eval {
  const geordf_lexicon *lex;
  int keep_errors;
  gd_diag_sink sink;
  void *payload;
  gd_eval_result res;
  gd_eval_error *errors;
  size_t n_errors, cap_errors;
};

/* A gold entity; strings are borrowed from the gold JSON. */
typedef struct {
  const char *key, *label, *qid;
  char **names; /* normalised label and aliases (owned) */
  size_t n_names;
} gold_ent;

typedef struct {
  const gd_json *obj; /* borrowed: attributes are read from it when compared */
  geordf_event_type type;
  int stated[MAX_CORE];   /* the role is not null */
  size_t *keys[MAX_CORE]; /* distinct entity indices (owned) */
  size_t n_keys[MAX_CORE];
  int unknown[MAX_CORE];  /* names a key that is not an entity */
  int optional, negated;
} gold_ev;

typedef struct {
  const geordf_event *ev;
  const geordf_entity **fill[MAX_CORE]; /* distinct by IRI (owned array) */
  size_t n[MAX_CORE];
  /* match[r][i * n_ents + k]: filler i of role r may stand for entity k */
  unsigned char *match[MAX_CORE];
} sys_ev;

typedef struct {
  const char *file;
  unsigned long line;
  const char *id;
  const char *text;
  size_t text_len;
  gold_ent *ents;
  size_t n_ents;
  gold_ev *gold;
  size_t n_gold;
  sys_ev *sys;
  size_t n_sys;
} doc_ctx;

/* ---- normalisation ------------------------------------------------------ */

static int is_word(long cp) {
  return cp == '_' || gd_text_is_letter(cp) || gd_text_is_digit(cp);
}

static size_t utf8_put(char *out, long cp) {
  unsigned long c = cp < 0 ? 0xFFFDUL : (unsigned long)cp;
  if (c < 0x80) { out[0] = (char)c; return 1; }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

char *gd_eval_norm(const char *s) {
  size_t flen = 0;
  char *f = gd_text_fold(s ? s : "", s ? strlen(s) : 0, &flen);
  if (!f) return NULL;
  long *cp = malloc((flen + 1) * sizeof *cp);
  char *out = malloc(flen * 4 + 1);
  if (!cp || !out) {
    free(f); free(cp); free(out);
    return NULL;
  }
  size_t n = 0;
  for (size_t i = 0; i < flen;) cp[n++] = gd_text_next(f, flen, &i);
  free(f);

  /* [’'`]s\b goes first, before punctuation turns into spaces. */
  size_t m = 0;
  for (size_t k = 0; k < n; k++) {
    if ((cp[k] == '\'' || cp[k] == '`' || cp[k] == 0x2019) && k + 1 < n &&
        cp[k + 1] == 's' && (k + 2 == n || !is_word(cp[k + 2]))) {
      k++;
      continue;
    }
    cp[m++] = cp[k];
  }
  n = m;
  for (size_t k = 0; k < n; k++)
    if (!is_word(cp[k]) && !gd_text_is_space(cp[k]) && cp[k] != '-') cp[k] = ' ';

  size_t b = 0, e = n;
  while (b < e && gd_text_is_space(cp[b])) b++;
  while (e > b && gd_text_is_space(cp[e - 1])) e--;
  if (e - b > 3 && cp[b] == 't' && cp[b + 1] == 'h' && cp[b + 2] == 'e' &&
      gd_text_is_space(cp[b + 3])) {
    b += 3;
    while (b < e && gd_text_is_space(cp[b])) b++;
  }
  size_t o = 0;
  int gap = 0;
  for (size_t k = b; k < e; k++) {
    if (gd_text_is_space(cp[k])) { gap = 1; continue; }
    if (gap) out[o++] = ' ';
    gap = 0;
    o += utf8_put(out + o, cp[k]);
  }
  out[o] = '\0';
  free(cp);
  return out;
}

/* ---- small helpers -------------------------------------------------------- */

/* Python's truth value of a JSON value, as score.py's g.get(...) tests. */
static int truthy(const gd_json *v) {
  if (!v) return 0;
  switch (v->type) {
  case GD_JSON_NULL: return 0;
  case GD_JSON_BOOL: case GD_JSON_INT: return v->i != 0;
  case GD_JSON_REAL: return v->d != 0.0;
  case GD_JSON_STRING: return v->len != 0;
  case GD_JSON_ARRAY: case GD_JSON_OBJECT: return v->n != 0;
  }
  return 0;
}

/* Python's str() of a JSON scalar; containers give something no status or
 * date equals. */
static const char *pystr(const gd_json *v, char *buf, size_t n) {
  switch (v->type) {
  case GD_JSON_STRING: return v->s;
  case GD_JSON_NULL: return "None";
  case GD_JSON_BOOL: return v->i ? "True" : "False";
  case GD_JSON_INT:
    snprintf(buf, n, "%lld", v->i);
    return buf;
  case GD_JSON_REAL:
    snprintf(buf, n, "%.17g", v->d);
    if (!strpbrk(buf, ".eEin")) strncat(buf, ".0", n - strlen(buf) - 1);
    return buf;
  default: return "[]";
  }
}

/* A Wikidata id as the RDF writer accepts it for owl:sameAs. */
static int qid_valid(const char *q) {
  if (!q || q[0] != 'Q' || !q[1] || strlen(q) >= 32) return 0;
  for (const char *p = q + 1; *p; p++)
    if (*p < '0' || *p > '9') return 0;
  return 1;
}

/* score.py's local(): the part after the last '#' or '/', trailing ones
 * ignored, with '_' read as a space.  Caller frees. */
static char *local_name(const char *iri) {
  size_t e = strlen(iri);
  while (e && (iri[e - 1] == '/' || iri[e - 1] == '#')) e--;
  size_t b = e;
  while (b && iri[b - 1] != '/' && iri[b - 1] != '#') b--;
  char *s = malloc(e - b + 1);
  if (!s) return NULL;
  for (size_t i = b; i < e; i++) s[i - b] = iri[i] == '_' ? ' ' : iri[i];
  s[e - b] = '\0';
  return s;
}

/* S[0..LEN) on one line, whitespace runs as one space, at most
 * EVIDENCE_CHARS characters.  Caller frees. */
static char *one_line(const char *s, size_t len) {
  char *out = malloc(len + 1);
  if (!out) return NULL;
  size_t o = 0, chars = 0;
  int gap = 0;
  for (size_t i = 0; i < len && chars < EVIDENCE_CHARS;) {
    size_t at = i;
    long cp = gd_text_next(s, len, &i);
    if (gd_text_is_space(cp)) { gap = 1; continue; }
    if (gap && o) { out[o++] = ' '; chars++; }
    gap = 0;
    if (chars >= EVIDENCE_CHARS) break;
    memcpy(out + o, s + at, i - at);
    o += i - at;
    chars++;
  }
  out[o] = '\0';
  return out;
}

/* ---- gold documents ------------------------------------------------------ */

static void doc_clear(doc_ctx *d) {
  for (size_t i = 0; i < d->n_ents; i++) {
    for (size_t k = 0; k < d->ents[i].n_names; k++) free(d->ents[i].names[k]);
    free(d->ents[i].names);
  }
  free(d->ents);
  for (size_t i = 0; i < d->n_gold; i++)
    for (size_t r = 0; r < MAX_CORE; r++) free(d->gold[i].keys[r]);
  free(d->gold);
  for (size_t i = 0; i < d->n_sys; i++)
    for (size_t r = 0; r < MAX_CORE; r++) {
      free((void *)d->sys[i].fill[r]);
      free(d->sys[i].match[r]);
    }
  free(d->sys);
  memset(d, 0, sizeof *d);
}

static int add_name(gold_ent *g, const char *s) {
  char *n = gd_eval_norm(s);
  if (!n) return -1;
  g->names[g->n_names++] = n;
  return 0;
}

/* Reads "entities".  Returns 0, 1 when malformed (WHY says how), -1 when out
 * of memory. */
static int parse_entities(doc_ctx *d, const gd_json *jents, char *why, size_t wn) {
  if (!jents || jents->type == GD_JSON_NULL) return 0;
  if (jents->type != GD_JSON_OBJECT) {
    snprintf(why, wn, "field 'entities' is not an object");
    return 1;
  }
  d->ents = calloc(jents->n + 1, sizeof *d->ents);
  if (!d->ents) return -1;
  for (size_t x = 0; x < jents->n; x++) {
    const char *key = jents->k[x];
    const gd_json *je = jents->v[x];
    gold_ent *g = &d->ents[d->n_ents++];
    g->key = key;
    const gd_json *jl = gd_json_get(je, "label");
    const gd_json *ja = gd_json_get(je, "aliases");
    const gd_json *jq = gd_json_get(je, "qid");
    if (!gd_json_is(je, GD_JSON_OBJECT) || (jl && !gd_json_is(jl, GD_JSON_STRING)) ||
        (ja && !gd_json_is(ja, GD_JSON_ARRAY)) ||
        (jq && !gd_json_is(jq, GD_JSON_NULL) && !gd_json_is(jq, GD_JSON_STRING))) {
      snprintf(why, wn, "entity '%.40s' is not an object with a string "
               "'label', a list 'aliases' and a string 'qid'", key);
      return 1;
    }
    g->label = jl ? jl->s : NULL;
    g->qid = gd_json_is(jq, GD_JSON_STRING) ? jq->s : NULL;
    size_t na = ja ? ja->n : 0;
    if (!(g->names = calloc(na + 1, sizeof *g->names))) return -1;
    if (add_name(g, g->label ? g->label : key)) return -1;
    for (size_t i = 0; i < na; i++) {
      const gd_json *a = ja->v[i];
      if (!gd_json_is(a, GD_JSON_STRING)) {
        snprintf(why, wn, "entity '%.40s': an alias is not a string", key);
        return 1;
      }
      if (add_name(g, a->s)) return -1;
    }
  }
  return 0;
}

static int parse_type(const char *s, geordf_event_type *t) {
  for (int i = 0; i < GEORDF_EVENT_TYPE_COUNT; i++)
    if (!strcmp(s, geordf_event_type_name((geordf_event_type)i))) {
      *t = (geordf_event_type)i;
      return 1;
    }
  return 0;
}

static int parse_events(gd_eval *ev, doc_ctx *d, const gd_json *jevs, char *why, size_t wn) {
  if (!jevs || jevs->type == GD_JSON_NULL) return 0;
  if (jevs->type != GD_JSON_ARRAY) {
    snprintf(why, wn, "field 'events' is not a list");
    return 1;
  }
  d->gold = calloc(jevs->n + 1, sizeof *d->gold);
  if (!d->gold) return -1;
  for (size_t i = 0; i < jevs->n; i++) {
    const gd_json *je = jevs->v[i];
    const gd_json *jt = gd_json_get(je, "type");
    if (!gd_json_is(jt, GD_JSON_STRING)) {
      snprintf(why, wn, "event %zu is not an object with a string 'type'", i + 1);
      return 1;
    }
    geordf_event_type type;
    if (!parse_type(jt->s, &type)) {
      /* score.py scores only its five types and passes over the rest */
      gd_diag_emit(ev->sink, ev->payload, GD_WARNING, d->file, d->line, 0,
                   "event %zu: unknown type '%.40s'; not scored", i + 1,
                   jt->s);
      continue;
    }
    gold_ev *g = &d->gold[d->n_gold++];
    g->obj = je;
    g->type = type;
    g->optional = truthy(gd_json_get(je, "optional"));
    g->negated = truthy(gd_json_get(je, "negated"));
    for (size_t r = 0; r < gd_schema_n_core(type); r++) {
      const char *rname = geordf_role_name(gd_schema_type[type].core[r]);
      const gd_json *jr = gd_json_get(je, rname);
      if (!jr || jr->type == GD_JSON_NULL) continue;
      if (jr->type != GD_JSON_ARRAY) {
        snprintf(why, wn, "event %zu: role '%s' is neither null nor a list", i + 1, rname);
        return 1;
      }
      g->stated[r] = 1;
      if (!(g->keys[r] = calloc(jr->n + 1, sizeof *g->keys[r]))) return -1;
      for (size_t k = 0; k < jr->n; k++) {
        const gd_json *jk = jr->v[k];
        if (!gd_json_is(jk, GD_JSON_STRING)) {
          snprintf(why, wn, "event %zu: role '%s' holds a value that is not an "
                   "entity key", i + 1, rname);
          return 1;
        }
        size_t e = 0;
        while (e < d->n_ents && strcmp(d->ents[e].key, jk->s)) e++;
        if (e == d->n_ents) {
          g->unknown[r] = 1;
          continue;
        }
        size_t t = 0;
        while (t < g->n_keys[r] && g->keys[r][t] != e) t++;
        if (t == g->n_keys[r]) g->keys[r][g->n_keys[r]++] = e;
      }
    }
  }
  return 0;
}

/* ---- system events -------------------------------------------------------- */

/* Whether ENT may stand for gold entity G, as score.py's entity_keys(). */
static int ent_matches(const geordf_entity *ent, const char *const names[2],
                       const gold_ent *g) {
  const char *q = geordf_entity_qid(ent);
  if (g->qid && g->qid[0] && qid_valid(q) && !strcmp(q, g->qid)) return 1;
  for (size_t a = 0; a < g->n_names; a++)
    for (size_t k = 0; k < 2; k++)
      if (names[k] && !strcmp(names[k], g->names[a])) return 1;
  return 0;
}

static int fill_sys(doc_ctx *d, sys_ev *s) {
  geordf_event_type t = geordf_event_get_type(s->ev);
  for (size_t r = 0; r < gd_schema_n_core(t); r++) {
    geordf_role role = gd_schema_type[t].core[r];
    size_t n = geordf_event_role_count(s->ev, role);
    s->fill[r] = calloc(n + 1, sizeof *s->fill[r]);
    s->match[r] = calloc(n * d->n_ents + 1, 1);
    if (!s->fill[r] || !s->match[r]) return -1;
    for (size_t i = 0; i < n; i++) {
      const geordf_entity *e = geordf_event_role_get(s->ev, role, i);
      const char *iri = e ? geordf_entity_iri(e) : NULL;
      if (!iri || !*iri) continue; /* the RDF writer drops it too */
      size_t j = 0;
      while (j < s->n[r] && strcmp(geordf_entity_iri(s->fill[r][j]), iri)) j++;
      if (j < s->n[r]) continue; /* one RDF node per IRI */
      const char *label = geordf_entity_label(e);
      char *local = local_name(iri);
      char *names[2] = {label ? gd_eval_norm(label) : NULL,
                        local ? gd_eval_norm(local) : NULL};
      free(local);
      if (!names[1] || (label && !names[0])) {
        free(names[0]); free(names[1]);
        return -1;
      }
      for (size_t k = 0; k < d->n_ents; k++)
        s->match[r][s->n[r] * d->n_ents + k] =
            (unsigned char)ent_matches(e, (const char *const *)names, &d->ents[k]);
      free(names[0]);
      free(names[1]);
      s->fill[r][s->n[r]++] = e;
    }
  }
  return 0;
}

/* ---- matching ------------------------------------------------------------- */

/* score.py's compatible(); COVERED is scratch space of n_ents bytes. */
static int compatible(const doc_ctx *d, const sys_ev *s, const gold_ev *g,
                      unsigned char *covered) {
  for (size_t r = 0; r < gd_schema_n_core(g->type); r++) {
    if (!g->stated[r]) continue;
    if (g->unknown[r] || s->n[r] != g->n_keys[r]) return 0;
    memset(covered, 0, d->n_ents + 1);
    for (size_t i = 0; i < s->n[r]; i++) {
      int any = 0;
      for (size_t t = 0; t < g->n_keys[r]; t++) {
        size_t k = g->keys[r][t];
        if (s->match[r][i * d->n_ents + k]) covered[k] = any = 1;
      }
      if (!any) return 0;
    }
    for (size_t t = 0; t < g->n_keys[r]; t++)
      if (!covered[g->keys[r][t]]) return 0;
  }
  return 1;
}

static int attr_agrees(const sys_ev *s, const gd_json *want, gd_eval_attr a) {
  char buf[64];
  if (a == GD_ATTR_PLANNED) return (geordf_event_planned(s->ev) != 0) == truthy(want);
  const char *w = pystr(want, buf, sizeof buf);
  if (a == GD_ATTR_STATUS) {
    const char *got = geordf_event_status_name(geordf_event_get_status(s->ev));
    if (!got) return 0;
    char *fg = gd_text_fold(got, strlen(got), NULL), *fw = gd_text_fold(w, strlen(w), NULL);
    int same = fg && fw && !strcmp(fg, fw);
    free(fg);
    free(fw);
    return same;
  }
  const char *got = geordf_event_date(s->ev);
  if (!got) return 0;
  size_t gl = strlen(got), wl = strlen(w);
  if (gl > 10) gl = 10; /* score.py keeps the first ten characters */
  return wl <= gl && !memcmp(got, w, wl);
}

static int attrs_ok(const sys_ev *s, const gold_ev *g) {
  for (int a = 0; a < GD_ATTR_COUNT; a++) {
    const gd_json *w = gd_json_get(g->obj, attr_name[a]);
    if (w && !attr_agrees(s, w, (gd_eval_attr)a)) return 0;
  }
  return 1;
}

/* One augmenting-path step of score.py's max_matching, in the same order so
 * that the same pairs come out. */
static int try_assign(size_t i, size_t ng, const unsigned char *ok,
                      unsigned char *seen, long *match_gold) {
  for (size_t j = 0; j < ng; j++) {
    if (seen[j] || !ok[i * ng + j]) continue;
    seen[j] = 1;
    if (match_gold[j] < 0 || try_assign((size_t)match_gold[j], ng, ok, seen, match_gold)) {
      match_gold[j] = (long)i;
      return 1;
    }
  }
  return 0;
}

/* Maximum matching over OK (NS x NG); MATCH_SYS[i] becomes the gold index of
 * system i or -1.  Returns the number of pairs, or -1 when out of memory. */
static long max_matching(size_t ns, size_t ng, const unsigned char *ok, long *match_sys) {
  unsigned char *seen = malloc(ng + 1);
  long *match_gold = malloc((ng + 1) * sizeof *match_gold);
  if (!seen || !match_gold) {
    free(seen);
    free(match_gold);
    return -1;
  }
  for (size_t j = 0; j < ng; j++) match_gold[j] = -1;
  for (size_t i = 0; i < ns; i++) {
    memset(seen, 0, ng + 1);
    try_assign(i, ng, ok, seen, match_gold);
  }
  long pairs = 0;
  for (size_t i = 0; i < ns; i++) match_sys[i] = -1;
  for (size_t j = 0; j < ng; j++)
    if (match_gold[j] >= 0) {
      match_sys[match_gold[j]] = (long)j;
      pairs++;
    }
  free(seen);
  free(match_gold);
  return pairs;
}

static int regular(const gold_ev *g) { return !g->optional && !g->negated; }

/* Whether stage STAGE of staged_matching() lets S pair with G. */
static int stage_allows(int stage, const sys_ev *s, const gold_ev *g) {
  switch (stage) {
  case 0: return regular(g) && attrs_ok(s, g);
  case 1: return regular(g);
  case 2: return g->optional && !g->negated;
  default: return g->negated;
  }
}

/* score.py's staged_matching() of the system events SYS[0..NS) (indices
 * into d->sys) and gold events GOLD[0..NG); COMPAT[i * ng + j] is
 * compatible().  RESULT[i] is a local gold index or -1. */
static int staged_matching(const doc_ctx *d, const size_t *sys, size_t ns,
                           const size_t *gold, size_t ng,
                           const unsigned char *compat, long *result) {
  size_t *fs = malloc((ns + 1) * sizeof *fs), *fg = malloc((ng + 1) * sizeof *fg);
  unsigned char *ok = malloc(ns * ng + 1), *taken = calloc(ng + 1, 1);
  long *m = malloc((ns + 1) * sizeof *m);
  int rc = -1;
  if (!fs || !fg || !ok || !taken || !m) goto done;
  for (size_t i = 0; i < ns; i++) result[i] = -1;
  for (int stage = 0; stage < 4; stage++) {
    size_t nfs = 0, nfg = 0;
    for (size_t i = 0; i < ns; i++)
      if (result[i] < 0) fs[nfs++] = i;
    for (size_t j = 0; j < ng; j++)
      if (!taken[j]) fg[nfg++] = j;
    for (size_t a = 0; a < nfs; a++)
      for (size_t b = 0; b < nfg; b++)
        ok[a * nfg + b] = (unsigned char)(compat[fs[a] * ng + fg[b]] &&
            stage_allows(stage, &d->sys[sys[fs[a]]], &d->gold[gold[fg[b]]]));
    if (max_matching(nfs, nfg, ok, m) < 0) goto done;
    for (size_t a = 0; a < nfs; a++)
      if (m[a] >= 0) {
        result[fs[a]] = (long)fg[m[a]];
        taken[fg[m[a]]] = 1;
      }
  }
  rc = 0;
done:
  free(fs); free(fg); free(ok); free(taken); free(m);
  return rc;
}

/* ---- error records ------------------------------------------------------- */

/* Appends S to B; -1 when out of memory. */
static int sb_add(gd_strbuf *b, const char *s) { return gd_strbuf_put(b, s, strlen(s)); }

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "role=label,label ..." of a system event (core roles it fills). */
static char *describe_sys(const sys_ev *s) {
  gd_strbuf b = {0};
  int err = 0;
  geordf_event_type t = geordf_event_get_type(s->ev);
  for (size_t r = 0; !err && r < gd_schema_n_core(t); r++) {
    if (!s->n[r]) continue;
    const char **labels = malloc(s->n[r] * sizeof *labels);
    if (!labels) { err = 1; break; }
    for (size_t i = 0; i < s->n[r]; i++) {
      const char *l = geordf_entity_label(s->fill[r][i]);
      labels[i] = l ? l : geordf_entity_iri(s->fill[r][i]);
    }
    qsort(labels, s->n[r], sizeof *labels, cmp_str);
    err = (b.n && sb_add(&b, " ")) ||
          sb_add(&b, geordf_role_name(gd_schema_type[t].core[r])) || sb_add(&b, "=");
    for (size_t i = 0; !err && i < s->n[r]; i++)
      err = (i && sb_add(&b, ",")) || sb_add(&b, labels[i]);
    free(labels);
  }
  if (err) { gd_strbuf_free(&b); return NULL; }
  return gd_strbuf_take(&b);
}

/* "role=label,label ..." of a gold event; "?" marks a role left open. */
static char *describe_gold(const doc_ctx *d, const gold_ev *g) {
  gd_strbuf b = {0};
  int err = 0;
  for (size_t r = 0; !err && r < gd_schema_n_core(g->type); r++) {
    const char *rname = geordf_role_name(gd_schema_type[g->type].core[r]);
    const gd_json *jr = gd_json_get(g->obj, rname);
    err = (r && sb_add(&b, " ")) || sb_add(&b, rname) || sb_add(&b, "=");
    if (!g->stated[r]) {
      err = err || sb_add(&b, "?");
      continue;
    }
    for (size_t i = 0; !err && i < jr->n; i++) {
      const char *key = jr->v[i]->s, *label = key;
      for (size_t e = 0; e < d->n_ents; e++)
        if (!strcmp(d->ents[e].key, key) && d->ents[e].label) label = d->ents[e].label;
      err = (i && sb_add(&b, ",")) || sb_add(&b, label);
    }
  }
  if (err) { gd_strbuf_free(&b); return NULL; }
  return gd_strbuf_take(&b);
}

/* Records a miss (G set) or a false alarm (S set). */
static int add_error(gd_eval *ev, const doc_ctx *d, const char *kind,
                     const sys_ev *s, const gold_ev *g) {
  if (!ev->keep_errors) return 0;
  if (ev->n_errors == ev->cap_errors) {
    size_t nc = ev->cap_errors ? ev->cap_errors * 2 : 32;
    gd_eval_error *p = realloc(ev->errors, nc * sizeof *p);
    if (!p) return -1;
    ev->errors = p;
    ev->cap_errors = nc;
  }
  gd_eval_error *e = &ev->errors[ev->n_errors];
  e->kind = kind;
  e->type = s ? geordf_event_get_type(s->ev) : g->type;
  e->doc_id = strdup(d->id);
  e->roles = s ? describe_sys(s) : describe_gold(d, g);
  if (s && geordf_event_evidence_count(s->ev)) {
    size_t b, end;
    geordf_event_evidence_get(s->ev, 0, &b, &end);
    if (end > d->text_len) end = d->text_len;
    if (b > end) b = end;
    e->evidence = one_line(d->text + b, end - b);
  } else {
    const gd_json *je = g ? gd_json_get(g->obj, "evidence") : NULL;
    const char *t = gd_json_is(je, GD_JSON_STRING) ? je->s : "";
    e->evidence = one_line(t, strlen(t));
  }
  if (!e->doc_id || !e->roles || !e->evidence) {
    free(e->doc_id); free(e->roles); free(e->evidence);
    return -1;
  }
  ev->n_errors++;
  return 0;
}

/* ---- scoring one document ---------------------------------------------- */

/* Scores type T of document D, as the loop body of score.py's score(). */
static int score_type(gd_eval *ev, const doc_ctx *d, geordf_event_type t) {
  size_t *pos = malloc((d->n_sys + 1) * sizeof *pos);
  size_t *neg = malloc((d->n_sys + 1) * sizeof *neg);
  size_t *gold = malloc((d->n_gold + 1) * sizeof *gold);
  size_t *ngold = malloc((d->n_gold + 1) * sizeof *ngold);
  unsigned char *covered = malloc(d->n_ents + 1);
  unsigned char *compat = NULL, *ncompat = NULL, *matched = NULL;
  long *m = NULL;
  size_t np = 0, nn = 0, ng = 0, nng = 0;
  int rc = -1;
  if (!pos || !neg || !gold || !ngold || !covered) goto done;
  for (size_t i = 0; i < d->n_sys; i++)
    if (geordf_event_get_type(d->sys[i].ev) == t) {
      if (geordf_event_negated(d->sys[i].ev)) neg[nn++] = i;
      else pos[np++] = i;
    }
  for (size_t j = 0; j < d->n_gold; j++)
    if (d->gold[j].type == t) {
      gold[ng++] = j;
      if (d->gold[j].negated) ngold[nng++] = j;
    }
  compat = malloc(np * ng + 1);
  ncompat = malloc(nn * nng + 1);
  matched = calloc(ng + 1, 1);
  m = malloc((np + nn + 1) * sizeof *m);
  if (!compat || !ncompat || !matched || !m) goto done;
  for (size_t i = 0; i < np; i++)
    for (size_t j = 0; j < ng; j++)
      compat[i * ng + j] = (unsigned char)compatible(d, &d->sys[pos[i]], &d->gold[gold[j]], covered);
  if (staged_matching(d, pos, np, gold, ng, compat, m)) goto done;

  gd_eval_counts *c = &ev->res.per_type[t];
  for (size_t i = 0; i < np; i++) {
    const sys_ev *s = &d->sys[pos[i]];
    if (m[i] < 0) {
      c->fp++;
      if (add_error(ev, d, "FP", s, NULL)) goto done;
      continue;
    }
    matched[m[i]] = 1;
    const gold_ev *g = &d->gold[gold[m[i]]];
    if (g->negated) {
      c->fp++;
      ev->res.neg_leaked++;
      if (add_error(ev, d, "FP(negated in text)", s, NULL)) goto done;
    } else if (!g->optional) {
      c->tp++;
      for (int a = 0; a < GD_ATTR_COUNT; a++) {
        const gd_json *w = gd_json_get(g->obj, attr_name[a]);
        if (!w) continue;
        ev->res.attr_n[a]++;
        if (attr_agrees(s, w, (gd_eval_attr)a)) ev->res.attr_ok[a]++;
      }
    }
  }
  for (size_t j = 0; j < ng; j++) {
    const gold_ev *g = &d->gold[gold[j]];
    if (matched[j] || g->negated || g->optional) continue;
    c->fn++;
    if (add_error(ev, d, "FN", NULL, g)) goto done;
  }

  ev->res.neg_gold += nng;
  for (size_t i = 0; i < nn; i++)
    for (size_t j = 0; j < nng; j++)
      ncompat[i * nng + j] = (unsigned char)compatible(d, &d->sys[neg[i]], &d->gold[ngold[j]], covered);
  long pairs = max_matching(nn, nng, ncompat, m);
  if (pairs < 0) goto done;
  ev->res.neg_marked += (unsigned long)pairs;
  rc = 0;
done:
  free(pos); free(neg); free(gold); free(ngold); free(covered);
  free(compat); free(ncompat); free(matched); free(m);
  return rc;
}

/* A copy of S[0..LEN) without NUL bytes and with CRLF and CR as LF, as the
 * document reader gives extract its text. */
static char *plain_text(const char *s, size_t len, size_t *out_len) {
  char *t = malloc(len + 1);
  if (!t) return NULL;
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '\0') continue;
    if (s[i] == '\r') {
      if (i + 1 < len && s[i + 1] == '\n') i++;
      t[o++] = '\n';
      continue;
    }
    t[o++] = s[i];
  }
  t[o] = '\0';
  *out_len = o;
  return t;
}

static int id_ok(const gd_json *jid) {
  const char *s = jid->s;
  size_t n = jid->len;
  if (!n) return 0;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F) return 0;
  return 1;
}

/* Scores the gold record OBJ from FILE:LINE.  Returns 0, 1 when the record
 * was skipped (reported), -1 when out of memory. */
static int score_record(gd_eval *ev, const gd_json *obj, const char *file, unsigned long line) {
  char why[200] = "";
  doc_ctx d;
  memset(&d, 0, sizeof d);
  d.file = file;
  d.line = line;
  const gd_json *jid = gd_json_get(obj, "id"), *jtext = gd_json_get(obj, "text");
  int bad = 0;
  if (!gd_json_is(obj, GD_JSON_OBJECT)) snprintf(why, sizeof why, "expected a JSON object"), bad = 1;
  else if (!gd_json_is(jid, GD_JSON_STRING) || !id_ok(jid))
    snprintf(why, sizeof why, "field 'id' is missing, empty or not a plain string"), bad = 1;
  else if (!gd_json_is(jtext, GD_JSON_STRING))
    snprintf(why, sizeof why, "field 'text' is missing or not a string"), bad = 1;
  if (!bad) bad = parse_entities(&d, gd_json_get(obj, "entities"), why, sizeof why);
  if (!bad) bad = parse_events(ev, &d, gd_json_get(obj, "events"), why, sizeof why);
  if (bad) {
    if (bad > 0) {
      gd_diag_emit(ev->sink, ev->payload, GD_ERROR, file, line, 0,
                   "malformed gold record: %s; document skipped", why);
      ev->res.malformed_lines++;
    }
    doc_clear(&d);
    return bad;
  }
  d.id = jid->s;

  geordf_document doc;
  memset(&doc, 0, sizeof doc);
  char *text = plain_text(jtext->s, jtext->len, &doc.text_len);
  if (!text) { doc_clear(&d); return -1; }
  doc.id = d.id;
  doc.text = d.text = text;
  d.text_len = doc.text_len;
  const gd_json *jt = gd_json_get(obj, "title"), *jd = gd_json_get(obj, "date");
  const gd_json *ju = gd_json_get(obj, "url");
  doc.title = gd_json_is(jt, GD_JSON_STRING) ? jt->s : NULL;
  doc.url = gd_json_is(ju, GD_JSON_STRING) ? ju->s : NULL;
  if (gd_json_is(jd, GD_JSON_STRING) && gd_input_date_valid(jd->s))
    doc.date = jd->s;
  else if (jd && jd->type != GD_JSON_NULL)
    gd_diag_emit(ev->sink, ev->payload, GD_WARNING, file, line, 0,
                 "document '%s': malformed date (expected YYYY-MM-DD); ignored", d.id);

  geordf_events *evs = NULL;
  geordf_status st = geordf_extract(&evs, ev->lex, &doc);
  int rc = 0;
  if (st != GEORDF_OK) {
    gd_diag_emit(ev->sink, ev->payload, GD_ERROR, file, line, 0,
                 "document '%s': extraction failed: %s; document skipped", d.id,
                 geordf_strerror(st));
    ev->res.failed++;
    rc = st == GEORDF_ERR_NOMEM ? -1 : 1;
    goto done;
  }
  d.n_sys = geordf_events_count(evs);
  if (!(d.sys = calloc(d.n_sys + 1, sizeof *d.sys))) { rc = -1; goto done; }
  for (size_t i = 0; i < d.n_sys; i++) {
    d.sys[i].ev = geordf_events_get(evs, i);
    if (fill_sys(&d, &d.sys[i])) { rc = -1; goto done; }
  }
  for (int t = 0; t < GEORDF_EVENT_TYPE_COUNT; t++)
    if (score_type(ev, &d, (geordf_event_type)t)) { rc = -1; goto done; }
  ev->res.documents++;
  ev->res.system_events += d.n_sys;
done:
  doc_clear(&d);
  geordf_events_free(evs);
  free(text);
  return rc;
}

/* ---- public --------------------------------------------------------------- */

geordf_status gd_eval_new(gd_eval **out, const geordf_lexicon *lex,
                          int keep_errors, gd_diag_sink sink, void *payload) {
  *out = NULL;
  if (!lex) return GEORDF_ERR_ARG;
  gd_eval *ev = calloc(1, sizeof *ev);
  if (!ev) return GEORDF_ERR_NOMEM;
  ev->lex = lex;
  ev->keep_errors = keep_errors;
  ev->sink = sink;
  ev->payload = payload;
  *out = ev;
  return GEORDF_OK;
}

geordf_status gd_eval_file(gd_eval *ev, const char *path) {
  int is_stdin = !strcmp(path, "-");
  FILE *fh = is_stdin ? stdin : fopen(path, "rb");
  if (!fh) {
    gd_diag_emit(ev->sink, ev->payload, GD_ERROR, path, 0, 0, "cannot read: %s",
                 strerror(errno));
    ev->res.failed++;
    return GEORDF_ERR_IO;
  }
  char *line = NULL;
  size_t cap = 0;
  unsigned long lineno = 0;
  ssize_t got;
  geordf_status st = GEORDF_OK;
  errno = 0;
  while ((got = getline(&line, &cap, fh)) >= 0) {
    lineno++;
    char *p = line;
    size_t len = (size_t)got;
    if (lineno == 1 && len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3, len -= 3;
    size_t k = 0;
    while (k < len && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r' || p[k] == '\n')) k++;
    if (k == len) continue; /* blank lines are no records, as in score.py */
    gd_json *obj;
    char jwhy[160];
    size_t column;
    int jrc = gd_json_parse(p, len, &obj, jwhy, sizeof jwhy, &column);
    if (jrc < 0) { st = GEORDF_ERR_NOMEM; break; }
    if (jrc) {
      size_t shift = (size_t)(p - line); /* a BOM before the record */
      gd_diag_emit(ev->sink, ev->payload, GD_ERROR, path, lineno,
                   column ? (unsigned long)(column + shift) : 0,
                   "malformed JSON: %s; document skipped", jwhy);
      ev->res.malformed_lines++;
      continue;
    }
    int rc = score_record(ev, obj, path, lineno);
    gd_json_free(obj);
    if (rc < 0) { st = GEORDF_ERR_NOMEM; break; }
    errno = 0;
  }
  if (st == GEORDF_OK && ferror(fh)) {
    gd_diag_emit(ev->sink, ev->payload, GD_ERROR, path, lineno, 0, "cannot read: %s",
                 strerror(errno ? errno : EIO));
    ev->res.failed++;
    st = GEORDF_ERR_IO;
  }
  free(line);
  if (!is_stdin) fclose(fh);
  return st;
}

const gd_eval_result *gd_eval_get_result(const gd_eval *ev) { return &ev->res; }
size_t gd_eval_error_count(const gd_eval *ev) { return ev->n_errors; }

const gd_eval_error *gd_eval_error_get(const gd_eval *ev, size_t i) {
  return i < ev->n_errors ? &ev->errors[i] : NULL;
}

void gd_eval_prf(const gd_eval_counts *c, double *p, double *r, double *f1) {
  double tp = (double)c->tp;
  *p = c->tp + c->fp ? tp / (double)(c->tp + c->fp) : 0.0;
  *r = c->tp + c->fn ? tp / (double)(c->tp + c->fn) : 0.0;
  *f1 = *p + *r > 0.0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

gd_eval_counts gd_eval_overall(const gd_eval_result *res) {
  gd_eval_counts o = {0, 0, 0};
  for (int t = 0; t < GEORDF_EVENT_TYPE_COUNT; t++) {
    o.tp += res->per_type[t].tp;
    o.fp += res->per_type[t].fp;
    o.fn += res->per_type[t].fn;
  }
  return o;
}

void gd_eval_free(gd_eval *ev) {
  if (!ev) return;
  for (size_t i = 0; i < ev->n_errors; i++) {
    free(ev->errors[i].doc_id);
    free(ev->errors[i].roles);
    free(ev->errors[i].evidence);
  }
  free(ev->errors);
  free(ev);
}
