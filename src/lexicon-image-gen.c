/* geordf: build tool that freezes the bundled lexicon with the lexicon's own
 * code and writes the frozen tables as C data (src/lexicon-image.h), so that
 * start-up points into them instead of building them.
 * SPDX-License-Identifier: MIT
 *
 * Usage: lexicon-image-gen OUT.h FILE.ttl...
 * It loads the files as geordf_lexicon_load_dir() does (in the order of
 * their names, each taken from src/lexicon-data.h as at run time), freezes
 * them with geordf_lexicon_freeze() and writes every table freezing made:
 * entities and their terms, triggers, offices, the phrase table with its
 * index and filter, the office holders' groups.  Pointers are written as
 * the addresses of the image's own arrays ("&gdi_E[12]", "gdi_S + 40"), which
 * the compiler and linker resolve: no address of this process is written,
 * and the image is laid out by the compiler of the program that includes it.
 * When the files cannot be frozen, or not all come from lexicon-data.h, the
 * image is left empty (GDI_PRESENT 0) and the program freezes at run time,
 * reporting any error itself. */
#define GD_LEXICON_WRITER 1
#include "lexicon.c"

/* ---- Date words, noted while freezing ------------------------------------ */

typedef struct {
  int kind, number;
  char *form;
} date_note;

static date_note *notes;
static size_t n_notes, cap_notes;

static void image_note_date(int kind, const char *form, int number) {
  if (n_notes == cap_notes) {
    cap_notes = cap_notes ? cap_notes * 2 : 64;
    notes = realloc(notes, cap_notes * sizeof *notes);
    if (!notes) abort();
  }
  notes[n_notes].kind = kind;
  notes[n_notes].number = number;
  notes[n_notes].form = strdup(form);
  if (!notes[n_notes].form) abort();
  n_notes++;
}

static void die_img(const char *msg) {
  fprintf(stderr, "lexicon-image-gen: %s\n", msg);
  exit(1);
}

/* ---- A map from addresses to numbers -------------------------------------- */

typedef struct {
  const void **k;
  size_t *v;
  size_t cap, n;
} pmap;

static size_t pslot(const pmap *m, const void *p) {
  size_t h = (size_t)(((uintptr_t)p >> 3) * 0x9e3779b97f4a7c15ULL);
  size_t i = h & (m->cap - 1);
  while (m->k[i] && m->k[i] != p) i = (i + 1) & (m->cap - 1);
  return i;
}

static void pmap_put(pmap *m, const void *p, size_t v) {
  if ((m->n + 1) * 2 > m->cap) {
    pmap o = *m;
    m->cap = m->cap ? m->cap * 2 : 1024;
    m->k = calloc(m->cap, sizeof *m->k);
    m->v = calloc(m->cap, sizeof *m->v);
    if (!m->k || !m->v) die_img("out of memory");
    m->n = 0;
    for (size_t i = 0; i < o.cap; i++)
      if (o.k[i]) pmap_put(m, o.k[i], o.v[i]);
    free(o.k);
    free(o.v);
  }
  size_t i = pslot(m, p);
  if (!m->k[i]) m->n++;
  m->k[i] = p;
  m->v[i] = v;
}

/* The number of P, or SIZE_MAX. */
static size_t pmap_get(const pmap *m, const void *p) {
  if (!m->cap) return SIZE_MAX;
  size_t i = pslot(m, p);
  return m->k[i] ? m->v[i] : SIZE_MAX;
}

/* ---- The string pool ------------------------------------------------------- */

static char *spool;
static size_t slen, scap;
static struct {
  size_t *off; /* offset + 1; 0 free */
  size_t cap, n;
} sidx;

static uint64_t shash(const char *s, size_t n) { return gd_fnv1a(s, n); }

/* The offset of the N bytes at S, NUL-terminated, in the pool (once). */
static size_t str_off_n(const char *s, size_t n) {
  if ((sidx.n + 1) * 2 > sidx.cap) {
    size_t cap = sidx.cap ? sidx.cap * 2 : 65536;
    size_t *v = calloc(cap, sizeof *v);
    if (!v) die_img("out of memory");
    for (size_t i = 0; i < sidx.cap; i++) {
      if (!sidx.off[i]) continue;
      const char *t = spool + sidx.off[i] - 1;
      size_t j = shash(t, strlen(t)) & (cap - 1);
      while (v[j]) j = (j + 1) & (cap - 1);
      v[j] = sidx.off[i];
    }
    free(sidx.off);
    sidx.off = v;
    sidx.cap = cap;
  }
  size_t j = shash(s, n) & (sidx.cap - 1);
  for (; sidx.off[j]; j = (j + 1) & (sidx.cap - 1)) {
    const char *t = spool + sidx.off[j] - 1;
    if (!strncmp(t, s, n) && t[n] == '\0' && !memchr(s, '\0', n)) return sidx.off[j] - 1;
  }
  if (slen + n + 1 > scap) {
    scap = scap ? scap * 2 : 1 << 20;
    while (scap < slen + n + 1) scap *= 2;
    spool = realloc(spool, scap);
    if (!spool) die_img("out of memory");
  }
  memcpy(spool + slen, s, n);
  spool[slen + n] = '\0';
  sidx.off[j] = slen + 1;
  sidx.n++;
  slen += n + 1;
  return slen - n - 1;
}

static char sbuf[8][64];
static int sbuf_at;

/* The C expression of string S ("0" for NULL), in a buffer that lives for
 * the next seven calls. */
static const char *sref(const char *s) {
  char *b = sbuf[sbuf_at++ & 7];
  if (!s) return "0";
  snprintf(b, 64, "gdi_S + %zu", str_off_n(s, strlen(s)));
  return b;
}

/* A C string literal of the N bytes at S. */
static void put_lit(FILE *out, const char *s, size_t n) {
  fputc('"', out);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\\' || c == '"') fprintf(out, "\\%c", c);
    else if (c == '?') fputs("\\?", out);
    else if (c >= 0x20 && c < 0x7F) fputc(c, out);
    else fprintf(out, "\\%03o", c);
  }
  fputc('"', out);
}

/* ---- The image ---------------------------------------------------------------- */

static pmap ents;     /* entity -> E index, or (1 << 40) + V index */
static pmap offs;     /* an array of terms -> its first in GO */
static pmap eptrs;    /* an array of entity pointers -> its first in EP */
static const geordf_entity **vars; /* the variants, in V order */
static size_t nvars, capvars;

static char ebuf[8][48];
static int ebuf_at;

/* The C expression of entity E. */
static const char *eref(const geordf_entity *e) {
  if (!e) return "0";
  size_t v = pmap_get(&ents, e);
  if (v == SIZE_MAX) die_img("an entity outside the lexicon");
  char *b = ebuf[ebuf_at++ & 7];
  if (v >> 40) snprintf(b, 48, "&gdi_V[%zu]", v & (((size_t)1 << 40) - 1));
  else snprintf(b, 48, "&gdi_E[%zu]", v);
  return b;
}

static FILE *go_out, *ep_out;
static size_t n_go, n_ep;

/* The C expression of the N terms at V, written to GO when new. */
static const char *oref(const gd_office *v, size_t n, char *b) {
  snprintf(b, 48, "0");
  if (!v || !n) return b;
  size_t at = pmap_get(&offs, v);
  if (at == SIZE_MAX) {
    at = n_go;
    pmap_put(&offs, v, at);
    for (size_t k = 0; k < n; k++, n_go++) {
      const gd_office *o = &v[k];
      fprintf(go_out, "  {%s, %s, \"%s\", \"%s\", %d, %d, %u},\n", sref(o->office), eref(o->of), o->start, o->end,
              o->collective, o->acting, (unsigned)o->cls);
    }
  }
  snprintf(b, 48, "&gdi_GO[%zu]", at);
  return b;
}

/* The C expression of the N entity pointers at V, written to EP when new. */
static const char *pref(struct geordf_entity *const *v, size_t n, char *b) {
  snprintf(b, 48, "0");
  if (!v || !n) return b;
  size_t at = pmap_get(&eptrs, v);
  if (at == SIZE_MAX) {
    at = n_ep;
    pmap_put(&eptrs, v, at);
    for (size_t k = 0; k < n; k++, n_ep++) fprintf(ep_out, "  %s,\n", eref(v[k]));
  }
  snprintf(b, 48, "&gdi_EP[%zu]", at);
  return b;
}

static void put_entity(FILE *out, const geordf_entity *e, const char *era) {
  /* (The terms and pointer arrays first: writing them takes the string and
   * entity buffers in turn.) */
  char b1[48], b2[48], b3[48];
  pref(e->origins, e->n_origins, b1);
  oref(e->offices, e->n_offices, b2);
  oref(e->affils, e->n_affils, b3);
  fprintf(out, "  {.iri = %s, .label = %s, .qid = %s, .cls = %s, .kind = %d,\n", sref(e->iri), sref(e->label),
          sref(e->qid), sref(e->cls), (int)e->kind);
  fprintf(out, "   .country = %s, .stands_for = %s, .successor = %s, .operator_ = %s,\n", eref(e->country),
          eref(e->stands_for), eref(e->successor), eref(e->operator_));
  fprintf(out, "   .origins = %s, .n_origins = %u, .weapon_kind = %s, .offices = %s, .n_offices = %zu,\n",
          e->n_origins ? b1 : "0", e->n_origins, sref(e->weapon_kind), e->n_offices ? b2 : "0", e->n_offices);
  fprintf(out, "   .affils = %s, .n_affils = %zu, .non_state = %d, .described = %s, .era = %s, .index = %lu},\n",
          e->n_affils ? b3 : "0", e->n_affils, e->non_state, sref(e->described), era, (unsigned long)e->index);
}

static void put_slots(FILE *out, const char *name, const gd_hindex *x) {
  fprintf(out, "static gd_hslot %s[%lu] = {\n", name, (unsigned long)x->cap + 1);
  for (size_t i = 0; i < x->cap; i++)
    if (x->slot[i].ix) fprintf(out, "  [%zu] = {%lu, %lu},\n", i, (unsigned long)x->slot[i].tag, (unsigned long)x->slot[i].ix);
  fputs("};\n", out);
}

static void write_empty(const char *path, const char *why) {
  fprintf(stderr, "lexicon-image-gen: no image (%s): the lexicon is frozen at run time\n", why);
  FILE *out = fopen(path, "w");
  if (!out) die_img("cannot write the output file");
  fputs("/* Generated by lexicon-image-gen: do not edit.  No image. */\n#define GDI_PRESENT 0\n", out);
  if (fclose(out)) die_img("cannot write the output file");
}

static int cmp_base(const void *a, const void *b) {
  const char *x = *(char *const *)a, *y = *(char *const *)b;
  const char *bx = strrchr(x, '/') ? strrchr(x, '/') + 1 : x, *by = strrchr(y, '/') ? strrchr(y, '/') + 1 : y;
  return strcmp(bx, by);
}

int main(int argc, char **argv) {
  if (argc < 2) die_img("usage: lexicon-image-gen OUT.h FILE.ttl...");
  char tmp[4096];
  if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]) >= sizeof tmp) die_img("output name too long");
  qsort(argv + 2, (size_t)argc - 2, sizeof *argv, cmp_base);
  geordf_lexicon *lex;
  if (geordf_lexicon_new(&lex) != GEORDF_OK) die_img("out of memory");
  for (int a = 2; a < argc; a++)
    if (geordf_lexicon_load_file(lex, argv[a]) != GEORDF_OK) {
      write_empty(argv[1], geordf_lexicon_error(lex));
      geordf_lexicon_free(lex);
      return 0;
    }
  size_t ntr = lex->ntr, nfiles = lex->n_inorder;
  if (!lex->builtin_folds || lex->out_of_order || lex->n_deferred != nfiles || nfiles != (size_t)argc - 2 ||
      !nfiles) {
    write_empty(argv[1], "the files are not all those of lexicon-data.h");
    geordf_lexicon_free(lex);
    return 0;
  }
  if (geordf_lexicon_freeze(lex) != GEORDF_OK) {
    write_empty(argv[1], geordf_lexicon_error(lex));
    geordf_lexicon_free(lex);
    return 0;
  }
  /* Numbers for the entities, then the variants of places. */
  for (size_t i = 0; i < lex->nents; i++) pmap_put(&ents, lex->ents[i], i);
  for (size_t i = 0; i < lex->nents; i++) {
    const gd_era *r = lex->ents[i]->era;
    for (size_t k = 0; r && r->variants && k < r->n_seats; k++) {
      if (nvars == capvars) {
        capvars = capvars ? capvars * 2 : 256;
        vars = realloc(vars, capvars * sizeof *vars);
        if (!vars) die_img("out of memory");
      }
      pmap_put(&ents, r->variants[k], ((size_t)1 << 40) + nvars);
      vars[nvars++] = r->variants[k];
    }
  }
  char *b_body = NULL, *b_go = NULL, *b_ep = NULL;
  size_t l_body = 0, l_go = 0, l_ep = 0;
  FILE *out = open_memstream(&b_body, &l_body);
  go_out = open_memstream(&b_go, &l_go);
  ep_out = open_memstream(&b_ep, &l_ep);
  if (!out || !go_out || !ep_out) die_img("out of memory");
  /* Eras, then entities and variants. */
  size_t n_er = 0;
  fputs("static gd_era gdi_ER[] = {\n", out);
  char **era_of_ent = calloc(lex->nents + 1, sizeof *era_of_ent);
  if (!era_of_ent) die_img("out of memory");
  for (size_t i = 0; i < lex->nents; i++) {
    const gd_era *r = lex->ents[i]->era;
    if (!r) continue;
    char b1[48], b2[48], b3[48], b4[48];
    oref(r->seats, r->n_seats, b1);
    pref(r->variants, r->variants ? r->n_seats : 0, b2);
    oref(r->leads, r->n_leads, b3);
    oref(r->members, r->n_members, b4);
    fprintf(out, "  {\"%s\", \"%s\", %s, %d, %s, %s, %zu, %s, %zu, %s, %zu},\n", r->start, r->end,
            eref(r->predecessor), r->seceded, b1, b2, r->n_seats, b3, r->n_leads, b4, r->n_members);
    era_of_ent[i] = malloc(32);
    if (!era_of_ent[i]) die_img("out of memory");
    snprintf(era_of_ent[i], 32, "&gdi_ER[%zu]", n_er++);
  }
  fputs("  {\"\", \"\", 0, 0, 0, 0, 0, 0, 0, 0, 0}};\n\nstatic geordf_entity gdi_E[] = {\n", out);
  for (size_t i = 0; i < lex->nents; i++) put_entity(out, lex->ents[i], era_of_ent[i] ? era_of_ent[i] : "0");
  fputs("  {0}};\n\nstatic geordf_entity gdi_V[] = {\n", out);
  for (size_t i = 0; i < nvars; i++) put_entity(out, vars[i], "0");
  fputs("  {0}};\n\n", out);
  /* Triggers and office words. */
  fputs("static gd_trigger gdi_T[] = {\n", out);
  for (size_t i = 0; i < lex->ntrigs; i++) {
    const gd_trigger *t = &lex->trigs[i];
    fprintf(out, "  {%s, %d, %d, %d, %.17g, {", sref(t->iri), (int)t->type, (int)t->pos, (int)t->status, t->weight);
    for (unsigned k = 0; k < t->nslots; k++)
      fprintf(out, "{%d, %s, %d}, ", (int)t->slots[k].kind, sref(t->slots[k].prep), (int)t->slots[k].role);
    fprintf(out, "%s}, %u, %uu},\n", t->nslots ? "" : "{0}", t->nslots, t->flags);
  }
  fputs("  {0}};\n\nstatic gd_office_word gdi_OW[] = {\n", out);
  for (size_t i = 0; i < lex->noffices; i++)
    fprintf(out, "  {%s, %d},\n", sref(lex->offices[i].office), lex->offices[i].sole);
  fputs("  {0}};\n\n", out);
  /* Senses, each phrase's in a run, then the phrases. */
  fputs("static gd_sense gdi_SN[] = {\n", out);
  size_t nsn = 0;
  size_t *first_sense = malloc((lex->phrases.n + 1) * sizeof *first_sense);
  if (!first_sense) die_img("out of memory");
  for (size_t i = 0; i < lex->phrases.n; i++) {
    first_sense[i] = SIZE_MAX;
    for (const gd_sense *s = lex->phrases.v[i].senses; s; s = s->next) {
      if (first_sense[i] == SIZE_MAX) first_sense[i] = nsn;
      char u[64];
      switch (s->kind) {
      case GD_PH_ENTITY: snprintf(u, sizeof u, ".entity = %s", eref(s->u.entity)); break;
      case GD_PH_TRIGGER: snprintf(u, sizeof u, ".trigger = &gdi_T[%zu]", (size_t)(s->u.trigger - lex->trigs)); break;
      case GD_PH_CUE: snprintf(u, sizeof u, ".cue = %d", (int)s->u.cue); break;
      case GD_PH_OFFICE: snprintf(u, sizeof u, ".office = &gdi_OW[%zu]", (size_t)(s->u.office - lex->offices)); break;
      }
      nsn++;
      fprintf(out, "  {%d, %d, %uu, {%s}, ", (int)s->kind, (int)s->how, s->caps_only, u);
      if (s->next) fprintf(out, "&gdi_SN[%zu]},\n", nsn);
      else fputs("0},\n", out);
    }
  }
  fputs("  {0}};\n\nstatic phrase gdi_PH[] = {\n", out);
  for (size_t i = 0; i < lex->phrases.n; i++) {
    const phrase *ph = &lex->phrases.v[i];
    size_t n = ph->len_prefix >> 1;
    if (first_sense[i] == SIZE_MAX) fputs("  {0, ", out);
    else fprintf(out, "  {&gdi_SN[%zu], ", first_sense[i]);
    fprintf(out, "%luu, %luu, {", (unsigned long)ph->hash_hi, (unsigned long)ph->len_prefix);
    if (n <= PHRASE_INLINE) {
      fputs(".bytes = ", out);
      put_lit(out, ph->key.bytes, n);
    } else {
      fprintf(out, ".ptr = gdi_S + %zu", str_off_n(ph->key.ptr, n));
    }
    fputs("}},\n", out);
  }
  fputs("  {0}};\n\n", out);
  /* The office holders. */
  fputs("static held gdi_HA[] = {\n", out);
  size_t nha = 0;
  size_t *ha_at = malloc((lex->n_held + 1) * sizeof *ha_at);
  if (!ha_at) die_img("out of memory");
  for (size_t g = 0; g < lex->n_held; g++) {
    /* (The groups share held_all in order, each with room for CAP.) */
    ha_at[g] = (size_t)(lex->held[g].v - lex->held_all);
    size_t end = ha_at[g] + lex->held[g].cap;
    for (; nha < end; nha++) {
      const held *h = &lex->held_all[nha];
      if (nha < ha_at[g] + lex->held[g].n) fprintf(out, "  {%s, \"%s\", \"%s\"},\n", eref(h->who), h->start, h->end);
      else fputs("  {0},\n", out);
    }
  }
  fputs("  {0}};\n\nstatic held_group gdi_HG[] = {\n", out);
  for (size_t g = 0; g < lex->n_held; g++)
    fprintf(out, "  {%lluu, &gdi_HA[%zu], %zu, %zu},\n", (unsigned long long)lex->held[g].key, ha_at[g],
            lex->held[g].n, lex->held[g].cap);
  fputs("  {0}};\n\nstatic const geordf_entity *gdi_OP[] = {\n", out);
  for (size_t i = 0; i < lex->n_office_people; i++) fprintf(out, "  %s,\n", eref(lex->office_people[i]));
  fputs("  0};\n\nstatic const char *gdi_ON[] = {\n", out);
  for (size_t i = 0; i < lex->n_office_names; i++) fprintf(out, "  %s,\n", sref(lex->office_names[i]));
  fputs("  0};\n\nstatic uint64_t gdi_HW[] = {\n", out);
  for (size_t i = 0; i < HOLDER_WORD_BITS / 64; i++)
    if (lex->holder_words[i]) fprintf(out, "  [%zu] = 0x%llxu,\n", i, (unsigned long long)lex->holder_words[i]);
  fprintf(out, "  [%zu] = 0};\n\nstatic uint64_t gdi_F[] = {\n", (size_t)(HOLDER_WORD_BITS / 64));
  size_t nfw = (lex->filter_mask + 1) / 64;
  for (size_t i = 0; i < nfw; i++)
    if (lex->filter[i]) fprintf(out, "  [%zu] = 0x%llxu,\n", i, (unsigned long long)lex->filter[i]);
  fprintf(out, "  [%zu] = 0};\n\n", nfw);
  put_slots(out, "gdi_XI", &lex->by_iri);
  put_slots(out, "gdi_XH", &lex->by_held);
  put_slots(out, "gdi_XP", &lex->phrases.ix);
  fputs("\nstatic const struct { int kind; const char *form; int number; } gdi_D[] = {\n", out);
  for (size_t i = 0; i < n_notes; i++) {
    fprintf(out, "  {%d, ", notes[i].kind);
    put_lit(out, notes[i].form, strlen(notes[i].form));
    fprintf(out, ", %d},\n", notes[i].number);
  }
  fputs("  {0, 0, 0}};\n", out);
  if (fclose(out) | fclose(go_out) | fclose(ep_out)) die_img("out of memory");

  /* The file: numbers, forward declarations, the strings, the arrays. */
  FILE *f = fopen(tmp, "w");
  if (!f) die_img("cannot write the output file");
  fputs("/* Generated by lexicon-image-gen from the bundled lexicon: do not edit.\n"
        " * SPDX-License-Identifier: MIT */\n#define GDI_PRESENT 1\n", f);
  fprintf(f, "#define GDI_NFILES %zu\n#define GDI_NTR %zu\n#define GDI_NENTS %zu\n", nfiles, ntr, lex->nents);
  fprintf(f, "#define GDI_NOP %zu\n#define GDI_NHG %zu\n#define GDI_NON %zu\n#define GDI_NPH %zu\n", lex->n_office_people,
          lex->n_held, lex->n_office_names, lex->phrases.n);
  fprintf(f, "#define GDI_FMASK %zu\n#define GDI_MAXLEN %zu\n#define GDI_NT %zu\n#define GDI_NOW %zu\n", lex->filter_mask,
          lex->max_phrase_len, lex->ntrigs, lex->noffices);
  fprintf(f, "#define GDI_PREFOLDED %zu\n#define GDI_ND %zu\n", lex->n_prefolded, n_notes);
  fprintf(f, "#define GDI_XI_CAP %luu\n#define GDI_XI_N %luu\n", (unsigned long)lex->by_iri.cap, (unsigned long)lex->by_iri.n);
  fprintf(f, "#define GDI_XH_CAP %luu\n#define GDI_XH_N %luu\n", (unsigned long)lex->by_held.cap, (unsigned long)lex->by_held.n);
  fprintf(f, "#define GDI_XP_CAP %luu\n#define GDI_XP_N %luu\n\n", (unsigned long)lex->phrases.ix.cap,
          (unsigned long)lex->phrases.ix.n);
  fputs("static const uint64_t gdi_digests[][2] = {\n", f);
  for (size_t i = 0; i < nfiles; i++)
    fprintf(f, "  {0x%016llxULL, 0x%016llxULL},\n", (unsigned long long)gd_lexicon_builtin[i].digest[0],
            (unsigned long long)gd_lexicon_builtin[i].digest[1]);
  fputs("  {0, 0}};\n\n", f);
  fprintf(f, "static gd_era gdi_ER[%zu];\nstatic geordf_entity gdi_E[%zu];\nstatic geordf_entity gdi_V[%zu];\n", n_er + 1,
          lex->nents + 1, nvars + 1);
  fprintf(f, "static gd_trigger gdi_T[%zu];\nstatic gd_office_word gdi_OW[%zu];\nstatic gd_sense gdi_SN[%zu];\n",
          lex->ntrigs + 1, lex->noffices + 1, nsn + 1);
  fprintf(f, "static gd_office gdi_GO[%zu];\nstatic geordf_entity *gdi_EP[%zu];\nstatic held gdi_HA[%zu];\n\n", n_go + 1,
          n_ep + 1, nha + 1);
  fprintf(f, "static char gdi_S[%zu] =\n", slen + 1);
  for (size_t at = 0; at < slen; at += 96) {
    fputs("  ", f);
    put_lit(f, spool + at, slen - at < 96 ? slen - at : 96);
    fputc('\n', f);
  }
  fputs("  ;\n\nstatic gd_office gdi_GO[] = {\n", f);
  fwrite(b_go, 1, l_go, f);
  fputs("  {0}};\n\nstatic geordf_entity *gdi_EP[] = {\n", f);
  fwrite(b_ep, 1, l_ep, f);
  fputs("  0};\n\n", f);
  fwrite(b_body, 1, l_body, f);
  if (ferror(f) | fclose(f)) die_img("cannot write the output file");
  if (rename(tmp, argv[1])) die_img("cannot rename the output file");
  fprintf(stderr, "lexicon-image-gen: %zu entities, %zu phrases, %zu senses, %zu terms, %zu bytes of strings\n",
          lex->nents, lex->phrases.n, nsn, n_go, slen);
  /* (Freed, so that a sanitizer build finds no leak.) */
  free(b_body);
  free(b_go);
  free(b_ep);
  for (size_t i = 0; i < lex->nents; i++) free(era_of_ent[i]);
  free(era_of_ent);
  free(first_sense);
  free(ha_at);
  free(vars);
  pmap *maps[] = {&ents, &offs, &eptrs};
  for (size_t i = 0; i < 3; i++) {
    free(maps[i]->k);
    free(maps[i]->v);
  }
  free(spool);
  free(sidx.off);
  for (size_t i = 0; i < n_notes; i++) free(notes[i].form);
  free(notes);
  geordf_lexicon_free(lex);
  return 0;
}
