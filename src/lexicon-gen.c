/* geordf: build tool that parses the bundled Turtle lexicon with raptor and
 * writes it as C data (src/lexicon-data.h), so that start-up skips the parse.
 * SPDX-License-Identifier: MIT
 *
 * Usage: lexicon-gen OUT.h FILE.ttl...
 * It reads each file exactly as geordf_lexicon_load_file() does (a raptor
 * world per file, the same base IRI) and keeps the same strings: IRIs, the
 * text of literals, blank node labels (the loader adds its per-file scope).
 * A file raptor warns about is left out, so geordf parses it at run time and
 * reports the error itself.  The names are folded into phrase keys here, by
 * the code the lexicon folds a user's names with.  See lexicon-builtin.h. */
#include "hash.h"
#include "lexicon.h"
#include "lexicon-builtin.h"
#include "lexicon-fold.h"

#include <raptor2.h>
#include <utf8proc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  uint32_t s, p, o, flags;
  size_t seq;       /* order of arrival, for a stable sort */
  char *key;        /* the subject as the loader spells it (sorting) */
} stmt;

typedef struct {
  char *pool;       /* the strings, NUL-terminated */
  size_t len, cap;
  uint32_t *slots;  /* hash set of offsets + 1 (0: empty) */
  size_t nslots, used;
  stmt *st;
  size_t n, capst;
  int bad;          /* raptor warned, or memory ran out */
} gen;

static void die(const char *msg) {
  fprintf(stderr, "lexicon-gen: %s\n", msg);
  exit(1);
}

static uint64_t hash_str(const char *s) { return gd_fnv1a(s, strlen(s)); }

/* The offset of S in the pool, adding it once. */
static uint32_t intern(gen *g, const char *s) {
  if ((g->used + 1) * 2 > g->nslots) {
    size_t n = g->nslots ? g->nslots * 2 : 4096;
    uint32_t *v = calloc(n, sizeof *v);
    if (!v) die("out of memory");
    for (size_t i = 0; i < g->nslots; i++) {
      if (!g->slots[i]) continue;
      size_t j = hash_str(g->pool + g->slots[i] - 1) & (n - 1);
      while (v[j]) j = (j + 1) & (n - 1);
      v[j] = g->slots[i];
    }
    free(g->slots);
    g->slots = v;
    g->nslots = n;
  }
  size_t j = hash_str(s) & (g->nslots - 1);
  for (; g->slots[j]; j = (j + 1) & (g->nslots - 1))
    if (!strcmp(g->pool + g->slots[j] - 1, s)) return g->slots[j] - 1;
  size_t l = strlen(s) + 1;
  if (g->len + l > g->cap) {
    size_t cap = g->cap ? g->cap * 2 : 65536;
    while (cap < g->len + l) cap *= 2;
    char *v = realloc(g->pool, cap);
    if (!v) die("out of memory");
    g->pool = v;
    g->cap = cap;
  }
  if (g->len + l > UINT32_MAX / 2) die("lexicon too large");
  memcpy(g->pool + g->len, s, l);
  g->slots[j] = (uint32_t)g->len + 1;
  g->used++;
  g->len += l;
  return (uint32_t)(g->len - l);
}

/* Interns term T; sets BLANK_FLAG or LIT_FLAG in *FLAGS.  -1 if unknown. */
static int term(gen *g, raptor_term *t, uint32_t *off, uint32_t *flags, uint32_t blank_flag,
                uint32_t lit_flag) {
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    *off = intern(g, (const char *)raptor_uri_as_string(t->value.uri));
    return 0;
  case RAPTOR_TERM_TYPE_LITERAL:
    *off = intern(g, (const char *)t->value.literal.string);
    *flags |= lit_flag;
    return 0;
  case RAPTOR_TERM_TYPE_BLANK:
    *off = intern(g, (const char *)t->value.blank.string);
    *flags |= blank_flag;
    return 0;
  default:
    return -1;
  }
}

static void on_statement(void *user, raptor_statement *rs) {
  gen *g = user;
  if (g->n == g->capst) {
    size_t cap = g->capst ? g->capst * 2 : 4096;
    stmt *v = realloc(g->st, cap * sizeof *v);
    if (!v) die("out of memory");
    g->st = v;
    g->capst = cap;
  }
  stmt s = {0, 0, 0, 0, g->n, NULL};
  if (term(g, rs->subject, &s.s, &s.flags, GD_BUILTIN_S_BLANK, 0) ||
      term(g, rs->predicate, &s.p, &s.flags, 0, 0) ||
      term(g, rs->object, &s.o, &s.flags, GD_BUILTIN_O_BLANK, GD_BUILTIN_O_LIT)) {
    g->bad = 1;
    return;
  }
  g->st[g->n++] = s;
}

static void on_log(void *user, raptor_log_message *m) {
  gen *g = user;
  if (m->level >= RAPTOR_LOG_LEVEL_WARN) g->bad = 1;
}

/* Stable by subject, the subject spelled as the loader spells it: it gives
 * blank labels a scope prefix, which keeps their order among themselves and
 * puts them before every absolute IRI, whatever the scope's number. */
static int cmp_stmt(const void *a, const void *b) {
  const stmt *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : (x->seq < y->seq ? -1 : x->seq > y->seq);
}

/* Whether the literals of predicate P are names, which build() folds. */
static int names_pred(const char *p) {
  static const char *const preds[] = {"http://www.w3.org/2000/01/rdf-schema#label",
                                      "http://www.w3.org/2004/02/skos/core#altLabel",
                                      "http://www.w3.org/2004/02/skos/core#prefLabel",
                                      GD_LEX_NS "demonym", GD_LEX_NS "metonym", GD_LEX_NS "surname",
                                      GD_LEX_NS "form", NULL};
  for (const char *const *q = preds; *q; q++)
    if (!strcmp(*q, p)) return 1;
  return 0;
}

/* Appends P[0..N) to the buffer *POOL of *LEN bytes (room for *CAP). */
static void put_bytes(char **pool, size_t *len, size_t *cap, const void *p, size_t n) {
  if (*len + n > *cap) {
    size_t c = *cap ? *cap * 2 : 65536;
    while (c < *len + n) c *= 2;
    char *v = realloc(*pool, c);
    if (!v) die("out of memory");
    *pool = v;
    *cap = c;
  }
  memcpy(*pool + *len, p, n);
  *len += n;
}

/* Lays the fold of each name out just before its string in the pool
 * (lexicon-builtin.h), renumbering the statements' offsets. */
static void add_folds(gen *g) {
  char *named = calloc(g->len + 1, 1);
  uint32_t *at = malloc((g->len + 1) * sizeof *at);
  if (!named || !at) die("out of memory");
  for (size_t i = 0; i < g->n; i++)
    if ((g->st[i].flags & GD_BUILTIN_O_LIT) && names_pred(g->pool + g->st[i].p)) named[g->st[i].o] = 1;
  char *pool = NULL;
  size_t len = 0, cap = 0;
  gd_name_fold f;
  memset(&f, 0, sizeof f);
  for (size_t o = 0; o < g->len; o += strlen(g->pool + o) + 1) {
    const char *name = g->pool + o;
    size_t nl = strlen(name);
    if (named[o]) {
      unsigned caps;
      long nt = gd_fold_name(&f, name, nl, &caps);
      if (nt < 0) die("out of memory");
      size_t klen = nt ? f.ends[nt - 1] : 0;
      if (klen > 0xFFFF || nt > 0xFFFF) {
        named[o] = 0;
      } else {
        unsigned char b[8];
        put_bytes(&pool, &len, &cap, f.key, klen);
        for (long i = 0; i < nt; i++) {
          b[0] = (unsigned char)f.ends[i];
          b[1] = (unsigned char)(f.ends[i] >> 8);
          put_bytes(&pool, &len, &cap, b, 2);
        }
        for (long i = 0; i < nt; i++) {
          uint64_t h = gd_key_hash(f.key, f.ends[i]);
          for (int m = 0; m < 8; m++) b[m] = (unsigned char)(h >> 8 * m);
          put_bytes(&pool, &len, &cap, b, 8);
        }
        uint32_t v[3] = {(uint32_t)klen, (uint32_t)nt, caps};
        for (int k = 0, j = 0; k < 3; k++)
          for (int m = 0; m < (k < 2 ? 2 : 4); m++) b[j++] = (unsigned char)(v[k] >> 8 * m);
        put_bytes(&pool, &len, &cap, b, 8);
      }
    }
    if (len > UINT32_MAX / 2) die("lexicon too large");
    at[o] = (uint32_t)len;
    put_bytes(&pool, &len, &cap, name, nl + 1);
  }
  for (size_t i = 0; i < g->n; i++) {
    stmt *s = &g->st[i];
    if ((s->flags & GD_BUILTIN_O_LIT) && named[s->o]) s->flags |= GD_BUILTIN_O_FOLD;
    s->s = at[s->s];
    s->p = at[s->p];
    s->o = at[s->o];
  }
  gd_name_fold_free(&f);
  free(named);
  free(at);
  free(g->pool);
  g->pool = pool;
  g->len = len;
  g->cap = cap;
}

/* Writes S[0..N) as the body of a C string literal, in lines. */
static void put_string(FILE *out, const char *s, size_t n) {
  size_t col = 0;
  fputs("  \"", out);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\\' || c == '"') col += (size_t)fprintf(out, "\\%c", c);
    else if (c == '?') col += (size_t)fprintf(out, "\\?"); /* no trigraphs */
    else if (c >= 0x20 && c < 0x7F) { fputc(c, out); col++; }
    else col += (size_t)fprintf(out, "\\%03o", c);
    if (c == '\n' || col >= 100) { fputs("\"\n  \"", out); col = 0; }
  }
  fputs("\"", out);
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    char *v = realloc(buf, cap *= 2);
    if (!v) { free(buf); buf = NULL; break; }
    buf = v;
  }
  fclose(f);
  *len = n;
  return buf;
}

static const char *base_name(const char *path) {
  return strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
}

/* The files in the order geordf_lexicon_load_dir() loads them: by name. */
static int cmp_path(const void *a, const void *b) {
  return strcmp(base_name(*(char *const *)a), base_name(*(char *const *)b));
}

/* A statement of all the built-in files, in the order they are loaded. */
typedef struct {
  char *key;        /* the subject as the loader spells it, in its file */
  size_t seq;       /* index in the concatenation */
  uint32_t at;      /* the file's number << 24 | the index in its file */
} gstmt;

static int cmp_gstmt(const void *a, const void *b) {
  const gstmt *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : (x->seq < y->seq ? -1 : x->seq > y->seq);
}

int main(int argc, char **argv) {
  if (argc < 2) die("usage: lexicon-gen OUT.h FILE.ttl...");
  qsort(argv + 2, (size_t)argc - 2, sizeof *argv, cmp_path);
  gstmt *all = NULL;
  size_t nall = 0;
  int all_ok = 1;   /* every file built in: the order below is usable */
  char tmp[4096];
  if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]) >= sizeof tmp) die("output name too long");
  FILE *out = fopen(tmp, "w");
  if (!out) die("cannot write the output file");
  fputs("/* Generated by lexicon-gen from the bundled Turtle lexicon: do not edit.\n"
        " * SPDX-License-Identifier: MIT */\n#include \"lexicon-builtin.h\"\n\n", out);
  fprintf(out, "static const char gd_lexicon_builtin_raptor[] = \"%s\";\n", raptor_version_string);
  fprintf(out, "static const char gd_lexicon_builtin_utf8proc[] = \"%s\";\n\n", utf8proc_version());
  int nfiles = 0;
  char **names = calloc((size_t)argc, sizeof *names);
  if (!names) die("out of memory");
  for (int a = 2; a < argc; a++) {
    size_t len = 0;
    char *text = read_all(argv[a], &len);
    if (!text) die("cannot read a lexicon file");
    gen g;
    memset(&g, 0, sizeof g);
    raptor_world *w = raptor_new_world();
    raptor_parser *p = w ? raptor_new_parser(w, "turtle") : NULL;
    if (!p) die("cannot create a raptor Turtle parser");
    raptor_world_set_log_handler(w, &g, on_log);
    raptor_parser_set_statement_handler(p, &g, on_statement);
    raptor_uri *base = raptor_new_uri(w, (const unsigned char *)GD_LEXICON_BASE);
    FILE *fh = fopen(argv[a], "rb");
    if (!base || !fh) die("cannot open a lexicon file");
    if (raptor_parser_parse_file_stream(p, fh, argv[a], base)) g.bad = 1;
    fclose(fh);
    raptor_free_uri(base);
    raptor_free_parser(p);
    raptor_free_world(w);
    const char *name = base_name(argv[a]);
    if (g.bad) {
      fprintf(stderr, "lexicon-gen: %s: not built in (raptor reported a problem)\n", argv[a]);
      all_ok = 0;
    } else {
      for (size_t i = 0; i < g.n; i++) {
        const char *subj = g.pool + g.st[i].s;
        int blank = (g.st[i].flags & GD_BUILTIN_S_BLANK) != 0;
        g.st[i].key = malloc(strlen(subj) + 6);
        if (!g.st[i].key) die("out of memory");
        sprintf(g.st[i].key, "%s%s", blank ? "_:f0_" : "", subj);
      }
      qsort(g.st, g.n, sizeof *g.st, cmp_stmt);
      /* The subjects as the loader spells them when it loads every file,
       * this one as the (nfiles + 1)th: blank labels scoped "_:f<n>_". */
      gstmt *v = realloc(all, (nall + g.n) * sizeof *v);
      if (!v) die("out of memory");
      all = v;
      for (size_t i = 0; i < g.n; i++) {
        const char *subj = g.pool + g.st[i].s;
        int blank = (g.st[i].flags & GD_BUILTIN_S_BLANK) != 0;
        char *k = malloc(strlen(subj) + 32);
        if (!k) die("out of memory");
        if (blank) sprintf(k, "_:f%d_%s", nfiles + 1, subj);
        else strcpy(k, subj);
        all[nall + i] = (gstmt){k, nall + i, (uint32_t)nfiles << 24 | (uint32_t)i};
      }
      nall += g.n;
      if (g.n >= (size_t)1 << 23 || nfiles >= 255) die("too many statements or files for the order");
      add_folds(&g);
      uint64_t dg[2];
      gd_builtin_digest(text, len, dg);
      fprintf(out, "static const char pool%d[] =\n", nfiles);
      put_string(out, g.pool ? g.pool : "", g.len);
      fprintf(out, ";\nstatic const uint32_t st%d[] = {\n", nfiles);
      for (size_t i = 0; i < g.n; i++)
        fprintf(out, "  %lu, %lu, %lu, %lu,\n", (unsigned long)g.st[i].s, (unsigned long)g.st[i].p,
                (unsigned long)g.st[i].o, (unsigned long)g.st[i].flags);
      fputs("  0};\n\n", out);
      names[nfiles] = malloc(strlen(name) * 4 + 1);
      if (!names[nfiles]) die("out of memory");
      char *q = names[nfiles];
      for (const char *c = name; *c; c++)
        q += (*c == '"' || *c == '\\' || *c == '?') ? sprintf(q, "\\%c", *c) : sprintf(q, "%c", *c);
      fprintf(out, "/* %zu statements, %zu bytes of strings */\n\n", g.n, g.len);
      fprintf(out, "#define FILE%d {\"%s\", {0x%016llxULL, 0x%016llxULL}, %zu, pool%d, sizeof pool%d, st%d, %zu}\n\n",
              nfiles, names[nfiles], (unsigned long long)dg[0], (unsigned long long)dg[1], len, nfiles, nfiles,
              nfiles, g.n);
      nfiles++;
    }
    for (size_t i = 0; i < g.n; i++) free(g.st[i].key);
    free(g.pool);
    free(g.slots);
    free(g.st);
    free(text);
  }
  fputs("static const gd_builtin_file gd_lexicon_builtin[] = {\n", out);
  for (int i = 0; i < nfiles; i++) fprintf(out, "  FILE%d,\n", i);
  fputs("  {NULL, {0, 0}, 0, NULL, 0, NULL, 0}};\n\n", out);
  /* The statements of all the files, loaded one after the other, in the
   * order the loader's stable sort by subject puts them. */
  if (all_ok) qsort(all, nall, sizeof *all, cmp_gstmt);
  fprintf(out, "static const size_t gd_lexicon_builtin_norder = %zu;\n", all_ok ? nall : 0);
  fputs("static const uint32_t gd_lexicon_builtin_order[] = {", out);
  for (size_t i = 0; all_ok && i < nall; i++) {
    int first = !i || strcmp(all[i - 1].key, all[i].key);
    fprintf(out, "%s%lu,", i % 16 ? "" : "\n  ", (unsigned long)(all[i].at | (first ? GD_BUILTIN_FIRST : 0)));
  }
  fputs("\n  0};\n", out);
  for (size_t i = 0; i < nall; i++) free(all[i].key);
  free(all);
  for (int i = 0; i < nfiles; i++) free(names[i]);
  free(names);
  if (ferror(out) | fclose(out)) die("cannot write the output file");
  if (rename(tmp, argv[1])) die("cannot rename the output file");
  return 0;
}
